"""The pool of numbers an agent can give a subscriber, and the categories they are sold by."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, EnumText, Money, SearchKey, UtcDateTime


class PoolStatus(StrEnum):
    FREE = "free"
    RESERVED = "reserved"
    QUARANTINE = "quarantine"


class NumberCategory(Base):
    """Ordinary numbers are free; "beautiful" ones (bronze … platinum) have a price."""

    __tablename__ = "number_category"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    price: Mapped[Decimal] = mapped_column(Money)
    rank: Mapped[int] = mapped_column(default=0)


class PoolNumber(Base):
    """A number not in use. A released number waits in quarantine until ``quarantine_until``."""

    __tablename__ = "pool_number"

    id: Mapped[int] = mapped_column(primary_key=True)
    msisdn: Mapped[str] = mapped_column(String(16), unique=True)
    msisdn_reversed: Mapped[str] = mapped_column(SearchKey(16), index=True)
    category_code: Mapped[str] = mapped_column(ForeignKey("number_category.code"), index=True)
    status: Mapped[PoolStatus] = mapped_column(EnumText(PoolStatus, "status"))
    quarantine_until: Mapped[datetime | None] = mapped_column(UtcDateTime)

    category: Mapped[NumberCategory] = relationship()

"""Usage records (детализация): every call, message and data session of a line."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import BigInteger, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BigId, EnumText, Money, UtcDateTime
from models.tariff import Direction, UsageKind, Zone


class UsageRecord(Base):
    """One event as billing rated it.

    Calls carry ``duration_s``, data sessions ``volume_bytes``; messages carry neither.
    ``roaming_country`` is the ISO 3166 code of the country a roaming event happened in.
    """

    __tablename__ = "usage_record"
    __table_args__ = (Index("ix_usage_record_line_id_started_at", "line_id", "started_at"),)

    id: Mapped[int] = mapped_column(BigId(), primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("line.id"))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    kind: Mapped[UsageKind] = mapped_column(EnumText(UsageKind, "kind"))
    direction: Mapped[Direction] = mapped_column(EnumText(Direction, "direction"))
    other_party: Mapped[str | None] = mapped_column(String(32))
    duration_s: Mapped[int | None] = mapped_column()
    volume_bytes: Mapped[int | None] = mapped_column(BigInteger)
    zone: Mapped[Zone] = mapped_column(EnumText(Zone, "zone"))
    roaming_country: Mapped[str | None] = mapped_column(String(2))
    cost: Mapped[Decimal] = mapped_column(Money)

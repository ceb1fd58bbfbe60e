"""Tariff plans (тарифные планы) and their prices beyond the included allowances."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, EnumText, Money


class TariffStatus(StrEnum):
    AVAILABLE = "available"
    ARCHIVED = "archived"


class UsageKind(StrEnum):
    VOICE = "voice"
    SMS = "sms"
    MMS = "mms"
    DATA = "data"


class Zone(StrEnum):
    """Where a call or session was made, as billing sees it."""

    HOME = "home"  # the home region
    RUSSIA = "russia"  # other regions of Russia (intercity)
    INTERNATIONAL = "international"  # a call from home to another country
    ROAMING = "roaming"  # the line itself abroad


class Direction(StrEnum):
    OUTGOING = "out"
    INCOMING = "in"


class TariffPlan(Base):
    """A plan with a monthly fee and allowances; archived plans stay on the lines that have them.

    A voluntary block is free for ``block_free_days`` days, then costs ``block_daily_fee``
    a day.
    """

    __tablename__ = "tariff_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[TariffStatus] = mapped_column(EnumText(TariffStatus, "status"))
    for_business: Mapped[bool] = mapped_column(Boolean, default=False)
    monthly_fee: Mapped[Decimal] = mapped_column(Money)
    included_minutes: Mapped[int] = mapped_column(default=0)
    included_sms: Mapped[int] = mapped_column(default=0)
    included_data_mb: Mapped[int] = mapped_column(default=0)
    switch_fee: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    block_free_days: Mapped[int] = mapped_column(default=0)
    block_daily_fee: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    introduced_on: Mapped[date] = mapped_column(Date)
    archived_on: Mapped[date | None] = mapped_column(Date)

    rates: Mapped[list[TariffRate]] = relationship(
        back_populates="tariff", cascade="all, delete-orphan"
    )


class TariffRate(Base):
    """The price of one unit beyond the allowance: a minute, a message or a megabyte."""

    __tablename__ = "tariff_rate"
    __table_args__ = (UniqueConstraint("tariff_id", "kind", "zone", "direction"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tariff_id: Mapped[int] = mapped_column(ForeignKey("tariff_plan.id", ondelete="CASCADE"))
    kind: Mapped[UsageKind] = mapped_column(EnumText(UsageKind, "kind"))
    zone: Mapped[Zone] = mapped_column(EnumText(Zone, "zone"))
    direction: Mapped[Direction] = mapped_column(EnumText(Direction, "direction"))
    price: Mapped[Decimal] = mapped_column(Money)

    tariff: Mapped[TariffPlan] = relationship(back_populates="rates")

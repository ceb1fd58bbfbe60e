"""Additional services (услуги), the tariffs that allow them, and lines' subscriptions."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Boolean, Column, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, EnumText, Money, UtcDateTime
from models.tariff import TariffPlan


class ServiceCategory(StrEnum):
    CALLS = "calls"
    MESSAGING = "messaging"
    INTERNET = "internet"
    ROAMING = "roaming"
    ENTERTAINMENT = "entertainment"
    SECURITY = "security"
    INFO = "info"
    BUSINESS = "business"


class FeePeriod(StrEnum):
    NONE = "none"
    MONTHLY = "monthly"
    DAILY = "daily"


tariff_service = Table(
    "tariff_service",
    Base.metadata,
    Column("tariff_id", ForeignKey("tariff_plan.id", ondelete="CASCADE"), primary_key=True),
    Column("service_id", ForeignKey("service.id", ondelete="CASCADE"), primary_key=True),
)
"""Which services a tariff allows: a service absent here cannot be switched on."""


class Service(Base):
    """A service a line can subscribe to.

    Two services with the same ``incompatibility_group`` cannot be active on one line at
    once (two internet packages, say).
    """

    __tablename__ = "service"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    category: Mapped[ServiceCategory] = mapped_column(EnumText(ServiceCategory, "category"))
    description: Mapped[str] = mapped_column(Text, default="")
    connection_fee: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    fee: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    fee_period: Mapped[FeePeriod] = mapped_column(EnumText(FeePeriod, "fee_period"))
    incompatibility_group: Mapped[str | None] = mapped_column(String(30))
    available: Mapped[bool] = mapped_column(Boolean, default=True)
    # A package adds to the tariff's monthly allowance while it is on.
    bonus_minutes: Mapped[int] = mapped_column(default=0)
    bonus_sms: Mapped[int] = mapped_column(default=0)
    bonus_data_mb: Mapped[int] = mapped_column(default=0)

    tariffs: Mapped[list[TariffPlan]] = relationship(secondary=tariff_service)


class ServiceSubscription(Base):
    """A line's use of a service from ``started_at`` until ``ended_at`` (open while None)."""

    __tablename__ = "service_subscription"
    __table_args__ = (Index("ix_service_subscription_line_id_service_id", "line_id", "service_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("line.id"))
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    service: Mapped[Service] = relationship()

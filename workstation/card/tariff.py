"""The Tariff tab: the plan, its prices beyond the allowance, and this month's use of it.

The month is the billing month in the account's time zone, and packages the line has
subscribed to (extra minutes, messages or gigabytes) count into the allowance.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from models import (
    Direction,
    Line,
    PersonalAccount,
    Service,
    ServiceSubscription,
    TariffPlan,
    TariffRate,
    TariffStatus,
    UsageKind,
    UsageRecord,
    Zone,
)
from workstation.formatting import zone as time_zone

# What the demo catalogue's packages add to a month's allowance, by service code.
PACKAGE_MINUTES = {"MIN_100": 100, "MIN_300": 300}
PACKAGE_SMS = {"SMS_100": 100, "SMS_500": 500}
PACKAGE_DATA_MB = {"DATA_5": 5 * 1024, "DATA_15": 15 * 1024, "DATA_30": 30 * 1024}


@dataclass(frozen=True)
class Rate:
    kind: UsageKind
    zone: Zone
    direction: Direction
    price: Decimal


@dataclass(frozen=True)
class Allowance:
    included: int
    used: int

    @property
    def left(self) -> int:
        return max(0, self.included - self.used)


@dataclass(frozen=True)
class TariffView:
    tariff_id: int
    code: str
    name: str
    description: str
    status: TariffStatus
    for_business: bool
    monthly_fee: Decimal
    switch_fee: Decimal
    block_free_days: int
    block_daily_fee: Decimal
    rates: tuple[Rate, ...]
    period: date
    minutes: Allowance
    sms: Allowance
    data_mb: Allowance
    month_cost: Decimal


def month_bounds(day: date, zone_name: str) -> tuple[datetime, datetime]:
    """The UTC moments a billing month in the given zone starts and ends."""
    tz = time_zone(zone_name)
    start = datetime.combine(day.replace(day=1), time(), tz)
    nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return start.astimezone(UTC), datetime.combine(nxt, time(), tz).astimezone(UTC)


def load_tariff(session: Session, line_id: int, *, now: datetime | None = None) -> TariffView:
    now = now or datetime.now(UTC)
    tariff, zone_name = session.execute(
        select(TariffPlan, PersonalAccount.time_zone)
        .select_from(Line)
        .join(TariffPlan, TariffPlan.id == Line.tariff_id)
        .join(PersonalAccount, PersonalAccount.id == Line.account_id)
        .where(Line.id == line_id)
    ).one()
    period = now.astimezone(time_zone(zone_name)).date().replace(day=1)
    start, end = month_bounds(period, zone_name)
    rates = session.scalars(
        select(TariffRate).where(TariffRate.tariff_id == tariff.id).order_by(TariffRate.id)
    ).all()
    extra_minutes, extra_sms, extra_mb = _packages(session, line_id, start, end)
    used = _month_use(session, line_id, start, end)
    return TariffView(
        tariff_id=tariff.id,
        code=tariff.code,
        name=tariff.name,
        description=tariff.description,
        status=tariff.status,
        for_business=tariff.for_business,
        monthly_fee=tariff.monthly_fee,
        switch_fee=tariff.switch_fee,
        block_free_days=tariff.block_free_days,
        block_daily_fee=tariff.block_daily_fee,
        rates=tuple(Rate(r.kind, r.zone, r.direction, r.price) for r in rates),
        period=period,
        minutes=Allowance(tariff.included_minutes + extra_minutes, used[0]),
        sms=Allowance(tariff.included_sms + extra_sms, used[1]),
        data_mb=Allowance(tariff.included_data_mb + extra_mb, used[2]),
        month_cost=used[3],
    )


def _packages(
    session: Session, line_id: int, start: datetime, end: datetime
) -> tuple[int, int, int]:
    codes = session.scalars(
        select(Service.code)
        .join(ServiceSubscription, ServiceSubscription.service_id == Service.id)
        .where(
            ServiceSubscription.line_id == line_id,
            ServiceSubscription.started_at < end,
            (ServiceSubscription.ended_at.is_(None)) | (ServiceSubscription.ended_at > start),
        )
    ).all()
    return (
        sum(PACKAGE_MINUTES.get(c, 0) for c in codes),
        sum(PACKAGE_SMS.get(c, 0) for c in codes),
        sum(PACKAGE_DATA_MB.get(c, 0) for c in codes),
    )


def _month_use(
    session: Session, line_id: int, start: datetime, end: datetime
) -> tuple[int, int, int, Decimal]:
    """Billed minutes and messages that count against the allowance, megabytes, and cost."""
    domestic = UsageRecord.zone.in_((Zone.HOME, Zone.RUSSIA))
    outgoing = UsageRecord.direction == Direction.OUTGOING
    minutes = func.sum(
        case(
            (
                (UsageRecord.kind == UsageKind.VOICE) & outgoing & domestic,
                (UsageRecord.duration_s + 59) / 60,
            ),
            else_=0,
        )
    )
    messages = func.sum(
        case(((UsageRecord.kind == UsageKind.SMS) & outgoing & domestic, 1), else_=0)
    )
    data = func.sum(
        case(((UsageRecord.kind == UsageKind.DATA) & domestic, UsageRecord.volume_bytes), else_=0)
    )
    row = session.execute(
        select(minutes, messages, data, func.sum(UsageRecord.cost)).where(
            UsageRecord.line_id == line_id,
            UsageRecord.started_at >= start,
            UsageRecord.started_at < end,
        )
    ).one()
    return (
        int(row[0] or 0),
        int(row[1] or 0),
        int(row[2] or 0) // (1024 * 1024),
        row[3] or Decimal("0.00"),
    )

"""Explaining a charge: what an amount on the bill is made of, for the agent to read out.

Billing writes one usage charge per line, month and category equal to the sum of the
costs of the records behind it, so the explanation groups those records and shows both
sums; a difference means billing and the detail disagree, and the agent should not
present the charge as explained. A fee is explained by its tariff or service and the
days it covers, which billing states in the charge's description when it is pro rata.

The records themselves (who was called, when) are the secret of communications: the
explanation carries only their totals by kind, zone and direction, and the list comes
from :func:`records_behind` through the ``view_charge_records`` operation, which needs the
caller verified and puts the view on record.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from models import (
    Charge,
    ChargeCategory,
    Direction,
    FeePeriod,
    Line,
    PersonalAccount,
    Service,
    ServiceSubscription,
    TariffPlan,
    UsageKind,
    UsageRecord,
    Zone,
)
from workstation.card.tariff import month_bounds
from workstation.card.usage import UsageRow
from workstation.errors import DomainError
from workstation.i18n import QT_TRANSLATE_NOOP

RECORDS_SHOWN = 5000
"""Records listed at most; the count and sum always cover them all."""
USAGE_KINDS: dict[ChargeCategory, tuple[UsageKind, ...]] = {
    ChargeCategory.VOICE: (UsageKind.VOICE,),
    ChargeCategory.SMS: (UsageKind.SMS, UsageKind.MMS),
    ChargeCategory.DATA: (UsageKind.DATA,),
    ChargeCategory.ROAMING: tuple(UsageKind),
}
_DAYS = re.compile(r"(\d+)\s*дн\.")
_QUOTED = re.compile(r"«([^»]+)»")
_CONNECTION = "Подключение"
_BLOCK = "блокировк"


class ChargeNotFound(DomainError):
    """The charge asked for does not exist (any more)."""


@dataclass(frozen=True)
class TariffFee:
    """A subscription fee: the plan's monthly fee, or a part of it for ``days`` of the month."""

    tariff_code: str
    tariff_name: str
    monthly_fee: Decimal
    days: int | None
    """Days charged when the month was not whole; None for a whole month."""
    month_days: int


@dataclass(frozen=True)
class ServiceFee:
    service_code: str
    service_name: str
    fee: Decimal
    fee_period: FeePeriod
    connection_fee: Decimal
    connection: bool
    """The charge is the connection fee rather than the periodic fee."""
    days: int | None
    """Days charged of a daily fee."""
    subscriptions: tuple[tuple[datetime, datetime | None], ...]
    """The line's periods with the service that overlap the charge's month."""


@dataclass(frozen=True)
class BlockFee:
    """The daily fee of a voluntary block once the tariff's free days are over."""

    tariff_name: str
    free_days: int
    daily_fee: Decimal
    days: int | None


@dataclass(frozen=True)
class UsageGroup:
    kind: UsageKind
    zone: Zone
    direction: Direction
    count: int
    duration_s: int
    volume_bytes: int
    cost: Decimal


@dataclass(frozen=True)
class UsageBehind:
    """The records of the line, month and category that make a usage charge."""

    kinds: tuple[UsageKind, ...]
    roaming: bool
    """True: every record made abroad; False: the kinds outside roaming."""
    starts: datetime
    ends: datetime
    count: int
    total: Decimal
    groups: tuple[UsageGroup, ...]


@dataclass(frozen=True)
class ChargeRecords:
    """The records behind a usage charge, for a verified caller only."""

    charge_id: int
    line_id: int
    count: int
    """All the records behind the charge; the list may hold fewer."""
    records: tuple[UsageRow, ...]
    """In time order with the running total, the first :data:`RECORDS_SHOWN`."""


@dataclass(frozen=True)
class ChargeExplanation:
    charge_id: int
    account_number: str
    line_id: int | None
    msisdn: str | None
    period: date
    category: ChargeCategory
    amount: Decimal
    description: str
    charged_at: datetime
    reason_code: str | None
    time_zone: str
    tariff_fee: TariffFee | None = None
    service_fee: ServiceFee | None = None
    block_fee: BlockFee | None = None
    usage: UsageBehind | None = None

    @property
    def adds_up(self) -> bool | None:
        """Whether the records sum to the charge; None for a charge that is not usage."""
        return None if self.usage is None else self.usage.total == self.amount


def _days(description: str) -> int | None:
    found = _DAYS.search(description)
    return int(found.group(1)) if found else None


def explain_charge(session: Session, charge_id: int) -> ChargeExplanation:
    """What the charge is made of, to anyone who may see the bill: usage as totals, never
    the records. Raises ChargeNotFound."""
    row = session.execute(
        select(Charge, PersonalAccount.number, PersonalAccount.time_zone, Line)
        .join(PersonalAccount, PersonalAccount.id == Charge.account_id)
        .outerjoin(Line, Line.id == Charge.line_id)
        .where(Charge.id == charge_id)
    ).one_or_none()
    if row is None:
        raise ChargeNotFound(
            QT_TRANSLATE_NOOP("errors", "Charge {charge} not found."), charge=charge_id
        )
    charge, account_number, zone_name, line = row
    base = ChargeExplanation(
        charge_id=charge.id,
        account_number=account_number,
        line_id=charge.line_id,
        msisdn=line.msisdn if line else None,
        period=charge.period,
        category=charge.category,
        amount=charge.amount,
        description=charge.description,
        charged_at=charge.charged_at,
        reason_code=charge.reason_code,
        time_zone=zone_name,
    )
    if line is None:
        return base
    if charge.category in USAGE_KINDS:
        return replace(
            base, usage=usage_behind(session, line.id, charge.category, charge.period, zone_name)
        )
    if charge.category == ChargeCategory.SUBSCRIPTION:
        return replace(base, tariff_fee=_tariff_fee(session, charge, line))
    if charge.category == ChargeCategory.SERVICE and charge.service_id is not None:
        return replace(base, service_fee=_service_fee(session, charge, line, zone_name))
    if charge.category == ChargeCategory.SERVICE and _BLOCK in charge.description.casefold():
        tariff = session.get_one(TariffPlan, line.tariff_id)
        return replace(
            base,
            block_fee=BlockFee(
                tariff.name,
                tariff.block_free_days,
                tariff.block_daily_fee,
                _days(charge.description),
            ),
        )
    return base


def _tariff_fee(session: Session, charge: Charge, line: Line) -> TariffFee:
    """The plan named in the description (the line may have changed plans since)."""
    named = _QUOTED.search(charge.description)
    tariff = None
    if named:
        tariff = session.scalar(select(TariffPlan).where(TariffPlan.name == named.group(1)))
    tariff = tariff or session.get_one(TariffPlan, line.tariff_id)
    month_days = calendar.monthrange(charge.period.year, charge.period.month)[1]
    days = _days(charge.description)
    if days is None and charge.amount != tariff.monthly_fee and line.activated_on > charge.period:
        days = month_days - line.activated_on.day + 1
    return TariffFee(tariff.code, tariff.name, tariff.monthly_fee, days, month_days)


def _service_fee(session: Session, charge: Charge, line: Line, zone_name: str) -> ServiceFee:
    service = session.get_one(Service, charge.service_id)
    starts, ends = month_bounds(charge.period, zone_name)
    periods = session.execute(
        select(ServiceSubscription.started_at, ServiceSubscription.ended_at)
        .where(
            ServiceSubscription.line_id == line.id,
            ServiceSubscription.service_id == service.id,
            ServiceSubscription.started_at < ends,
            or_(ServiceSubscription.ended_at.is_(None), ServiceSubscription.ended_at > starts),
        )
        .order_by(ServiceSubscription.started_at)
    )
    connection = charge.description.startswith(_CONNECTION)
    return ServiceFee(
        service_code=service.code,
        service_name=service.name,
        fee=service.fee,
        fee_period=service.fee_period,
        connection_fee=service.connection_fee,
        connection=connection,
        days=None if connection else _days(charge.description),
        subscriptions=tuple((start, end) for start, end in periods),
    )


def _usage_conditions(category: ChargeCategory) -> list[ColumnElement[bool]]:
    if category == ChargeCategory.ROAMING:
        return [UsageRecord.zone == Zone.ROAMING]
    return [UsageRecord.kind.in_(USAGE_KINDS[category]), UsageRecord.zone != Zone.ROAMING]


def _usage_where(
    line_id: int, category: ChargeCategory, starts: datetime, ends: datetime
) -> list[ColumnElement[bool]]:
    return [
        UsageRecord.line_id == line_id,
        UsageRecord.started_at >= starts,
        UsageRecord.started_at < ends,
        *_usage_conditions(category),
    ]


def usage_behind(
    session: Session, line_id: int, category: ChargeCategory, period: date, zone_name: str
) -> UsageBehind:
    """The line's records of the billing month (in the account's zone) in the category, as
    totals: the records themselves are for a verified caller (:func:`records_behind`)."""
    starts, ends = month_bounds(period, zone_name)
    groups = tuple(
        UsageGroup(kind, zone, direction, int(count), int(seconds or 0), int(volume or 0), cost)
        for kind, zone, direction, count, seconds, volume, cost in session.execute(
            select(
                UsageRecord.kind,
                UsageRecord.zone,
                UsageRecord.direction,
                func.count(),
                func.sum(UsageRecord.duration_s),
                func.sum(UsageRecord.volume_bytes),
                func.sum(UsageRecord.cost),
            )
            .where(*_usage_where(line_id, category, starts, ends))
            .group_by(UsageRecord.kind, UsageRecord.zone, UsageRecord.direction)
            .order_by(UsageRecord.kind, UsageRecord.zone, UsageRecord.direction)
        )
    )
    return UsageBehind(
        kinds=USAGE_KINDS[category],
        roaming=category == ChargeCategory.ROAMING,
        starts=starts,
        ends=ends,
        count=sum(g.count for g in groups),
        total=sum((g.cost for g in groups), Decimal("0.00")),
        groups=groups,
    )


def records_behind(session: Session, *, line_id: int, charge_id: int) -> ChargeRecords:
    """The records that make the usage charge ``charge_id`` of the line ``line_id``.

    Called by the ``view_charge_records`` operation, which checks that the caller of
    ``line_id`` is verified: the charge must be that line's, or a caller verified for one
    line could read another's calls. Raises ChargeNotFound otherwise.
    """
    row = session.execute(
        select(Charge.line_id, Charge.category, Charge.period, PersonalAccount.time_zone)
        .join(PersonalAccount, PersonalAccount.id == Charge.account_id)
        .where(Charge.id == charge_id)
    ).one_or_none()
    if row is None or row.line_id != line_id or row.category not in USAGE_KINDS:
        raise ChargeNotFound(
            QT_TRANSLATE_NOOP("errors", "Charge {charge} is not a usage charge of this line."),
            charge=charge_id,
        )
    starts, ends = month_bounds(row.period, row.time_zone)
    where = _usage_where(line_id, row.category, starts, ends)
    order: list[ColumnElement[Any]] = [UsageRecord.started_at.asc(), UsageRecord.id.asc()]
    running = func.sum(UsageRecord.cost).over(order_by=order, rows=(None, 0))
    records = tuple(
        UsageRow(*record)
        for record in session.execute(
            select(
                UsageRecord.id,
                UsageRecord.started_at,
                UsageRecord.kind,
                UsageRecord.direction,
                UsageRecord.other_party,
                UsageRecord.duration_s,
                UsageRecord.volume_bytes,
                UsageRecord.zone,
                UsageRecord.roaming_country,
                UsageRecord.cost,
                running,
            )
            .where(*where)
            .order_by(*order)
            .limit(RECORDS_SHOWN)
        )
    )
    count = len(records)
    if count == RECORDS_SHOWN:
        count = int(session.scalar(select(func.count()).where(*where)) or 0)
    return ChargeRecords(charge_id, line_id, count, records)

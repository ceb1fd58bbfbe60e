"""Changing the tariff plan while keeping the number.

The agent sees the available plans side by side with the current one: fees, allowances,
and what the subscriber's last three months of usage would have cost on each
(:func:`tariff_options`). The change charges the switch fee, ends the services the new
plan does not allow, and takes effect now or from the next billing period.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models import (
    ChargeCategory,
    CustomerKind,
    Line,
    PersonalAccount,
    Service,
    ServiceSubscription,
    TariffPlan,
    TariffRate,
    TariffStatus,
    UsageRecord,
    tariff_service,
)
from workstation.card.tariff import month_bounds
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.operations.billing_rules import charge, local_date, start_of
from workstation.operations.context import line_for_change
from workstation.operations.errors import Invalid, NotFound
from workstation.operations.framework import Context, operation, touch
from workstation.rating import Allowance, Terms, Usage, month_cost

HISTORY_MONTHS = 3


class Effective(StrEnum):
    NOW = "now"
    NEXT_PERIOD = "next_period"


@dataclass(frozen=True)
class TariffOption:
    tariff_id: int
    code: str
    name: str
    status: TariffStatus
    current: bool
    selectable: bool
    monthly_fee: Decimal
    switch_fee: Decimal
    allowance: Allowance
    history: tuple[tuple[date, Decimal], ...]
    """What each of the last months would have cost on this plan."""
    dropped_services: tuple[str, ...]
    """Services now on that this plan does not allow (they end with the change)."""

    @property
    def average(self) -> Decimal:
        if not self.history:
            return self.monthly_fee
        total = sum((cost for _, cost in self.history), Decimal("0.00"))
        return (total / len(self.history)).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class TariffChanged:
    line_id: int
    old_tariff: str
    new_tariff: str
    effective_on: date
    switch_fee: Decimal
    ended_services: tuple[str, ...]


def terms_of(session: Session, tariff: TariffPlan) -> Terms:
    prices = {
        (r.kind, r.zone, r.direction): r.price
        for r in session.scalars(select(TariffRate).where(TariffRate.tariff_id == tariff.id))
    }
    return Terms(
        tariff.monthly_fee,
        Allowance(tariff.included_minutes, tariff.included_sms, tariff.included_data_mb),
        prices,
    )


def _previous_months(today: date, count: int) -> list[date]:
    out, year, month = [], today.year, today.month
    for _ in range(count):
        month -= 1
        if month == 0:
            month, year = 12, year - 1
        out.append(date(year, month, 1))
    return list(reversed(out))


def _history(
    session: Session, line: Line, account: PersonalAccount, today: date
) -> dict[date, list[Usage]]:
    months = _previous_months(today, HISTORY_MONTHS)
    start, _ = month_bounds(months[0], account.time_zone)
    _, end = month_bounds(months[-1], account.time_zone)
    usage: dict[date, list[Usage]] = {m: [] for m in months}
    for row in session.execute(
        select(
            UsageRecord.started_at,
            UsageRecord.kind,
            UsageRecord.direction,
            UsageRecord.zone,
            UsageRecord.duration_s,
            UsageRecord.volume_bytes,
        )
        .where(
            UsageRecord.line_id == line.id,
            UsageRecord.started_at >= start,
            UsageRecord.started_at < end,
        )
        .order_by(UsageRecord.started_at, UsageRecord.id)
    ):
        month = local_date(row.started_at, account).replace(day=1)
        usage.setdefault(month, []).append(Usage(*row))
    return usage


def _active_services(
    session: Session, line_id: int, at: datetime
) -> list[tuple[ServiceSubscription, Service]]:
    return [
        (sub, service)
        for sub, service in session.execute(
            select(ServiceSubscription, Service)
            .join(Service, Service.id == ServiceSubscription.service_id)
            .where(
                ServiceSubscription.line_id == line_id,
                or_(ServiceSubscription.ended_at.is_(None), ServiceSubscription.ended_at > at),
            )
        ).all()
    ]


def _allowed(session: Session) -> dict[int, set[int]]:
    allowed: dict[int, set[int]] = defaultdict(set)
    for tariff_id, service_id in session.execute(select(tariff_service)):
        allowed[tariff_id].add(service_id)
    return allowed


def tariff_options(session: Session, ctx: Context, *, line_id: int) -> list[TariffOption]:
    """Every plan the line could move to, the current one first, with last months' cost."""
    line = session.get(Line, line_id)
    if line is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Line {line} not found"), line=line_id)
    account = session.get_one(PersonalAccount, line.account_id)
    business = account.customer.kind == CustomerKind.BUSINESS
    history = _history(session, line, account, local_date(ctx.now, account))
    active = _active_services(session, line_id, ctx.now)
    allowed = _allowed(session)
    options = []
    for tariff in session.scalars(select(TariffPlan).order_by(TariffPlan.monthly_fee)):
        current = tariff.id == line.tariff_id
        if not current and (
            tariff.status == TariffStatus.ARCHIVED or tariff.for_business != business
        ):
            continue
        kept = [s for _, s in active if s.id in allowed[tariff.id]]
        extra = Allowance(
            sum(s.bonus_minutes for s in kept),
            sum(s.bonus_sms for s in kept),
            sum(s.bonus_data_mb for s in kept),
        )
        terms = terms_of(session, tariff)
        options.append(
            TariffOption(
                tariff_id=tariff.id,
                code=tariff.code,
                name=tariff.name,
                status=tariff.status,
                current=current,
                selectable=not current and tariff.status == TariffStatus.AVAILABLE,
                monthly_fee=tariff.monthly_fee,
                switch_fee=tariff.switch_fee,
                allowance=terms.allowance,
                history=tuple((m, month_cost(u, terms, extra)) for m, u in history.items()),
                dropped_services=tuple(s.name for _, s in active if s.id not in allowed[tariff.id]),
            )
        )
    options.sort(key=lambda o: (not o.current, o.monthly_fee))
    return options


@operation("change_tariff", verification=True, reason="tariff")
def change_tariff(
    session: Session,
    ctx: Context,
    *,
    line_id: int,
    tariff_code: str,
    effective: Effective = Effective.NOW,
    expected_version: int | None = None,
) -> TariffChanged:
    """Move the line to another available plan, keeping the number."""
    line = line_for_change(session, ctx, line_id, expected_version)
    account = session.get_one(PersonalAccount, line.account_id)
    tariff = session.scalar(
        select(TariffPlan).where(TariffPlan.code == tariff_code.strip().upper())
    )
    if tariff is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Unknown tariff {code}."), code=tariff_code)
    old = session.get_one(TariffPlan, line.tariff_id)
    if tariff.id == old.id:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The line is already on the tariff «{tariff}»."),
            tariff=tariff.name,
        )
    if tariff.status == TariffStatus.ARCHIVED:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The tariff «{tariff}» is archived and cannot be chosen."),
            tariff=tariff.name,
        )
    business = account.customer.kind == CustomerKind.BUSINESS
    if tariff.for_business != business:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The tariff «{tariff}» is not for this kind of customer."),
            tariff=tariff.name,
        )
    today = local_date(ctx.now, account)
    if effective == Effective.NOW:
        at, effective_on = ctx.now, today
        line.tariff_id = tariff.id
        line.next_tariff_id = None
        line.next_tariff_on = None
    else:
        effective_on = _next_month(today)
        at = start_of(effective_on, account)
        line.next_tariff_id = tariff.id
        line.next_tariff_on = effective_on
    allowed = _allowed(session)[tariff.id]
    ended = []
    for subscription, service in _active_services(session, line_id, at):
        if service.id not in allowed:
            subscription.ended_at = at
            ended.append(service.name)
    charge(
        session,
        account,
        amount=tariff.switch_fee,
        category=ChargeCategory.ONE_OFF,
        description=f"Смена тарифа на «{tariff.name}»",
        at=ctx.now,
        line_id=line_id,
    )
    touch(line, ctx)
    touch(account, ctx)
    ctx.record(
        session,
        "change_tariff",
        "line",
        line_id,
        {
            "from": old.code,
            "to": tariff.code,
            "effective": effective_on.isoformat(),
            "switch_fee": str(tariff.switch_fee),
            "ended_services": ended,
        },
    )
    return TariffChanged(
        line_id, old.name, tariff.name, effective_on, tariff.switch_fee, tuple(ended)
    )


def _next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)

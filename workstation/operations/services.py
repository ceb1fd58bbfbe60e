"""Switching a line's services on and off, now or from a date.

Only services its tariff allows; a service of the same incompatibility group as one that
is on is named, and the agent may replace it in the same step. The connection fee and the
first period's fee are charged in the same transaction, and the agent sees both before
confirming (:func:`quote_activation`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models import (
    ChargeCategory,
    FeePeriod,
    Line,
    PersonalAccount,
    Service,
    ServiceSubscription,
    TariffPlan,
    tariff_service,
)
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.operations.billing_rules import charge, local_date, start_of
from workstation.operations.context import line_for_change
from workstation.operations.errors import Invalid, NotFound
from workstation.operations.framework import Context, operation, touch

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class ServiceQuote:
    service_code: str
    service_name: str
    starts_on: date
    connection_fee: Decimal
    first_period_fee: Decimal
    fee_period: FeePeriod
    replaces: tuple[str, ...]
    """Names of the services now on that this one cannot be combined with."""

    @property
    def total(self) -> Decimal:
        return self.connection_fee + self.first_period_fee


@dataclass(frozen=True)
class ServiceChanged:
    line_id: int
    service_code: str
    subscription_id: int
    at: datetime
    charged: Decimal
    ended: tuple[str, ...]


def _service(session: Session, code: str) -> Service:
    service = session.scalar(select(Service).where(Service.code == code.strip().upper()))
    if service is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Unknown service {code}."), code=code)
    return service


def _active(
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


def _start(ctx: Context, account: PersonalAccount, start: date | None) -> datetime:
    today = local_date(ctx.now, account)
    if start is None or start == today:
        return ctx.now
    if start < today:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "The date {day} is in the past."), day=start)
    return start_of(start, account)


def quote_activation(
    session: Session, ctx: Context, *, line_id: int, service_code: str, start: date | None = None
) -> ServiceQuote:
    """What switching the service on will cost and replace; refuses as activation would."""
    line = session.get(Line, line_id)
    if line is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Line {line} not found"), line=line_id)
    account = session.get_one(PersonalAccount, line.account_id)
    service = _service(session, service_code)
    at = _start(ctx, account, start)
    tariff = session.get_one(TariffPlan, line.tariff_id)
    allowed = session.scalar(
        select(tariff_service.c.service_id).where(
            tariff_service.c.tariff_id == line.tariff_id, tariff_service.c.service_id == service.id
        )
    )
    if not service.available:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The service «{service}» is no longer offered."),
            service=service.name,
        )
    if allowed is None:
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "errors", "The service «{service}» is not available on the tariff «{tariff}»."
            ),
            service=service.name,
            tariff=tariff.name,
        )
    active = _active(session, line_id, at)
    if any(s.id == service.id for _, s in active):
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The service «{service}» is already on."),
            service=service.name,
        )
    group = service.incompatibility_group
    replaces = tuple(s.name for _, s in active if group and s.incompatibility_group == group)
    first = {
        FeePeriod.MONTHLY: service.fee,
        FeePeriod.DAILY: service.fee,
        FeePeriod.NONE: ZERO,
    }[service.fee_period]
    return ServiceQuote(
        service.code,
        service.name,
        local_date(at, account),
        service.connection_fee,
        first,
        service.fee_period,
        replaces,
    )


@operation("activate_service", verification=True, reason="service")
def activate_service(
    session: Session,
    ctx: Context,
    *,
    line_id: int,
    service_code: str,
    start: date | None = None,
    replace: bool = False,
    expected_version: int | None = None,
) -> ServiceChanged:
    """Switch a service on, now or from a date, replacing an incompatible one if asked."""
    line = line_for_change(session, ctx, line_id, expected_version)
    quote = quote_activation(session, ctx, line_id=line_id, service_code=service_code, start=start)
    if quote.replaces and not replace:
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "errors",
                "«{service}» cannot be combined with «{other}», which is on. "
                "Replace it in the same step, or switch it off first.",
            ),
            service=quote.service_name,
            other=", ".join(quote.replaces),
        )
    account = session.get_one(PersonalAccount, line.account_id)
    service = _service(session, service_code)
    at = _start(ctx, account, start)
    ended = []
    for subscription, other in _active(session, line_id, at):
        if other.name in quote.replaces:
            subscription.ended_at = at
            ended.append(other.name)
    subscription = ServiceSubscription(line_id=line_id, service_id=service.id, started_at=at)
    session.add(subscription)
    session.flush()
    charge(
        session,
        account,
        amount=quote.connection_fee,
        category=ChargeCategory.SERVICE,
        description=f"Подключение услуги «{service.name}»",
        at=at,
        line_id=line_id,
        service_id=service.id,
    )
    period = "ежемесячная плата" if service.fee_period == FeePeriod.MONTHLY else "плата за 1 день"
    charge(
        session,
        account,
        amount=quote.first_period_fee,
        category=ChargeCategory.SERVICE,
        description=f"Услуга «{service.name}», {period}",
        at=at,
        line_id=line_id,
        service_id=service.id,
    )
    touch(line, ctx)
    touch(account, ctx)
    ctx.record(
        session,
        "activate_service",
        "line",
        line_id,
        {
            "service": service.code,
            "start": at.isoformat(),
            "charged": str(quote.total),
            "replaced": ended,
            "balance": str(account.balance),
        },
    )
    return ServiceChanged(line_id, service.code, subscription.id, at, quote.total, tuple(ended))


@operation("deactivate_service", verification=True, reason="service")
def deactivate_service(
    session: Session,
    ctx: Context,
    *,
    line_id: int,
    service_code: str,
    end: date | None = None,
    expected_version: int | None = None,
) -> ServiceChanged:
    """Switch a service off, now or from a date."""
    line = line_for_change(session, ctx, line_id, expected_version)
    account = session.get_one(PersonalAccount, line.account_id)
    service = _service(session, service_code)
    at = _start(ctx, account, end)
    found = [sub for sub, s in _active(session, line_id, ctx.now) if s.id == service.id]
    if not found:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The service «{service}» is not on."), service=service.name
        )
    subscription = found[0]
    subscription.ended_at = at
    touch(line, ctx)
    ctx.record(
        session,
        "deactivate_service",
        "line",
        line_id,
        {"service": service.code, "end": at.isoformat()},
    )
    return ServiceChanged(line_id, service.code, subscription.id, at, ZERO, (service.name,))

"""The Billing tab: the account's balance, charges by period and category, payments, invoices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Charge, ChargeCategory, Invoice, Line, Payment, PaymentMethod, PersonalAccount
from workstation.card.tariff import month_bounds
from workstation.formatting import zone as time_zone

RECENT_PAYMENTS = 50


@dataclass(frozen=True)
class PeriodCharges:
    period: date
    by_category: tuple[tuple[ChargeCategory, Decimal], ...]
    total: Decimal
    payments: Decimal


@dataclass(frozen=True)
class ChargeRow:
    charge_id: int
    period: date
    category: ChargeCategory
    amount: Decimal
    description: str
    msisdn: str | None
    charged_at: datetime
    line_id: int | None
    service_id: int | None


@dataclass(frozen=True)
class PaymentRow:
    payment_id: int
    paid_at: datetime
    amount: Decimal
    method: PaymentMethod
    reference: str


@dataclass(frozen=True)
class InvoiceRow:
    invoice_id: int
    number: str
    period: date
    opening_balance: Decimal
    charges_total: Decimal
    payments_total: Decimal
    closing_balance: Decimal
    issued_at: datetime
    due_date: date


@dataclass(frozen=True)
class BillingView:
    account_id: int
    account_number: str
    balance: Decimal
    credit_limit: Decimal
    time_zone: str
    periods: tuple[PeriodCharges, ...]
    charges: tuple[ChargeRow, ...]
    """The charges of ``selected`` period, the newest first."""
    selected: date | None
    payments: tuple[PaymentRow, ...]
    invoices: tuple[InvoiceRow, ...]


def _payments_by_period(
    session: Session, account_id: int, zone_name: str, since: date | None
) -> dict[date, Decimal]:
    """Payments per billing month in the account's time zone, from ``since`` on."""
    if since is None:
        return {}
    start, _ = month_bounds(since, zone_name)
    tz = time_zone(zone_name)
    out: dict[date, Decimal] = {}
    for paid_at, amount in session.execute(
        select(Payment.paid_at, Payment.amount).where(
            Payment.account_id == account_id, Payment.paid_at >= start
        )
    ):
        period = paid_at.astimezone(tz).date().replace(day=1)
        out[period] = out.get(period, Decimal("0.00")) + amount
    return out


def load_billing(session: Session, account_id: int, *, period: date | None = None) -> BillingView:
    """The account's money; ``period`` picks whose charges are listed (the newest by default)."""
    account = session.get_one(PersonalAccount, account_id)
    totals: dict[date, dict[ChargeCategory, Decimal]] = {}
    for charge_period, category, amount in session.execute(
        select(Charge.period, Charge.category, func.sum(Charge.amount))
        .where(Charge.account_id == account_id)
        .group_by(Charge.period, Charge.category)
    ):
        totals.setdefault(charge_period, {})[category] = amount
    payments = session.scalars(
        select(Payment)
        .where(Payment.account_id == account_id)
        .order_by(Payment.paid_at.desc())
        .limit(RECENT_PAYMENTS)
    ).all()
    invoices = session.scalars(
        select(Invoice).where(Invoice.account_id == account_id).order_by(Invoice.period.desc())
    ).all()
    paid_by_period = _payments_by_period(
        session, account_id, account.time_zone, min(totals, default=None)
    )
    periods = tuple(
        PeriodCharges(
            period=p,
            by_category=tuple((c, totals[p][c]) for c in ChargeCategory if c in totals[p]),
            total=sum(totals[p].values(), Decimal("0.00")),
            payments=paid_by_period.get(p, Decimal("0.00")),
        )
        for p in sorted(totals, reverse=True)
    )
    selected = period or (periods[0].period if periods else None)
    charges: tuple[ChargeRow, ...] = ()
    if selected is not None:
        charges = tuple(
            ChargeRow(
                charge_id=c.id,
                period=c.period,
                category=c.category,
                amount=c.amount,
                description=c.description,
                msisdn=msisdn,
                charged_at=c.charged_at,
                line_id=c.line_id,
                service_id=c.service_id,
            )
            for c, msisdn in session.execute(
                select(Charge, Line.msisdn)
                .outerjoin(Line, Line.id == Charge.line_id)
                .where(Charge.account_id == account_id, Charge.period == selected)
                .order_by(Charge.charged_at.desc(), Charge.id.desc())
            )
        )
    return BillingView(
        account_id=account.id,
        account_number=account.number,
        balance=account.balance,
        credit_limit=account.credit_limit,
        time_zone=account.time_zone,
        periods=periods,
        charges=charges,
        selected=selected,
        payments=tuple(
            PaymentRow(p.id, p.paid_at, p.amount, p.method, p.reference) for p in payments
        ),
        invoices=tuple(
            InvoiceRow(
                i.id,
                i.number,
                i.period,
                i.opening_balance,
                i.charges_total,
                i.payments_total,
                i.closing_balance,
                i.issued_at,
                i.due_date,
            )
            for i in invoices
        ),
    )

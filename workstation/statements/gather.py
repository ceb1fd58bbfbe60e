"""What an account's statement for a month shows, read from the database to the kopeck.

Charges belong to a month by their ``period``; payments and usage by their moment, within
the month in the account's time zone, as billing counts them. The usage detail can run to
20,000 rows, so it is read as Core tuples, never as ORM objects (DESIGN.md, fast paths).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from models import (
    BillDelivery,
    Charge,
    Customer,
    Invoice,
    Line,
    LineStatus,
    Payment,
    PersonalAccount,
    TariffPlan,
    UsageRecord,
)
from reports import (
    ChargeLine,
    LineSummary,
    PostalAddress,
    StatementData,
    StatementDataError,
    UsageRow,
)
from reports import Customer as StatementCustomer
from reports import Payment as StatementPayment
from workstation.card.header import customer_name
from workstation.card.tariff import month_bounds
from workstation.formatting import zone
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.phone import to_e164
from workstation.statements.errors import (
    FuturePeriod,
    NoStatementData,
    StatementError,
    UnknownAccount,
)

ZERO = Decimal("0.00")
DUE_DAY = 20
"""Invoices fall due on this day of the month after their period, as billing issues them."""


@dataclass(frozen=True, slots=True)
class Statement:
    """A statement's data, with what its variants need besides: how and where it is sent."""

    account_id: int
    data: StatementData
    bill_delivery: BillDelivery
    fax_number: str | None


def find_account(session: Session, *, number: str | None = None, msisdn: str | None = None) -> int:
    """The id of the account with ``number``, or of the account the line ``msisdn`` is on.

    A number now closed still finds the account it was last on, for past statements.

    Raises:
        UnknownAccount: no such account or line.
    """
    if number is not None:
        account_id = session.scalar(
            select(PersonalAccount.id).where(PersonalAccount.number == number.strip())
        )
        if account_id is None:
            raise UnknownAccount(
                QT_TRANSLATE_NOOP("errors", "No personal account {account}"), account=number
            )
        return account_id
    e164 = to_e164(msisdn or "")
    found = None
    if e164 is not None:
        found = session.scalar(
            select(Line.account_id)
            .where(Line.msisdn == e164)
            .order_by((Line.status == LineStatus.CLOSED), Line.closed_at.desc(), Line.id.desc())
            .limit(1)
        )
    if found is None:
        raise UnknownAccount(
            QT_TRANSLATE_NOOP("errors", "No line has the number {msisdn}"), msisdn=msisdn or ""
        )
    return found


def invoice_number(period: date, account_id: int) -> str:
    """The number billing gives the invoice of an account's month: ``2611-00000042``."""
    return f"{period:%y%m}-{account_id:08d}"


def opening_balance(session: Session, account_id: int, period: date) -> Decimal:
    """The balance when the month began: the account's opening balance, plus every payment
    before the month in its time zone, minus every charge of earlier periods."""
    account = session.get_one(PersonalAccount, account_id)
    start, _ = month_bounds(period, account.time_zone)
    paid = session.scalar(
        select(func.sum(Payment.amount)).where(
            Payment.account_id == account_id, Payment.paid_at < start
        )
    )
    charged = session.scalar(
        select(func.sum(Charge.amount)).where(
            Charge.account_id == account_id, Charge.period < period
        )
    )
    return account.opening_balance + (paid or ZERO) - (charged or ZERO)


def gather_statement(
    session: Session, *, account_id: int, period: date, now: datetime | None = None
) -> Statement:
    """Everything the statement of ``account_id`` for the month of ``period`` shows.

    The opening balance and the invoice number come from the month's invoice when billing
    has issued one; otherwise (the current month) they are computed and generated.

    Raises:
        UnknownAccount: no such account.
        FuturePeriod: the month has not begun in the account's time zone.
        NoStatementData: the account has no charge, payment or usage in the month.
        StatementError: the records cannot make a document (the message says which value).
    """
    period = period.replace(day=1)
    row = session.execute(
        select(PersonalAccount, Customer)
        .join(Customer, Customer.id == PersonalAccount.customer_id)
        .where(PersonalAccount.id == account_id)
    ).one_or_none()
    if row is None:
        raise UnknownAccount(
            QT_TRANSLATE_NOOP("errors", "No personal account {account}"), account=account_id
        )
    account, customer = row
    month = f"{period:%Y-%m}"
    today = (now or datetime.now(UTC)).astimezone(zone(account.time_zone)).date()
    if period > today.replace(day=1):
        raise FuturePeriod(
            QT_TRANSLATE_NOOP("errors", "The month {month} has not begun yet"), month=month
        )
    start, end = month_bounds(period, account.time_zone)
    charges = _charges(session, account_id, period)
    payments = _payments(session, account_id, start, end)
    usage = _usage(session, account_id, start, end)
    if not (charges or payments or usage):
        raise NoStatementData(
            QT_TRANSLATE_NOOP(
                "errors", "Account {account} has no charges, payments or usage in {month}"
            ),
            account=account.number,
            month=month,
        )
    invoice = session.scalar(
        select(Invoice).where(Invoice.account_id == account_id, Invoice.period == period)
    )
    following = (period + timedelta(days=31)).replace(day=1)
    try:
        data = StatementData(
            invoice_number=invoice.number if invoice else invoice_number(period, account_id),
            issued_on=(
                invoice.issued_at.astimezone(zone(account.time_zone)).date() if invoice else today
            ),
            period=period,
            due_date=invoice.due_date if invoice else following.replace(day=DUE_DAY),
            customer=StatementCustomer(
                name=customer_name(customer),
                inn=customer.inn,
                kpp=customer.kpp,
                postal_address=_postal_address(account),
                email=account.bill_email or customer.email,
            ),
            account_number=account.number,
            contract_number=account.contract_number,
            time_zone=account.time_zone,
            opening_balance=(
                invoice.opening_balance if invoice else opening_balance(session, account_id, period)
            ),
            lines=_lines(session, account_id, following, start),
            charges=charges,
            payments=payments,
            usage=usage,
        )
    except StatementDataError as exc:
        raise StatementError(
            QT_TRANSLATE_NOOP(
                "errors", "The statement of account {account} cannot be made: {reason}"
            ),
            account=account.number,
            reason=str(exc),
        ) from exc
    return Statement(account_id, data, account.bill_delivery, account.bill_fax)


def has_data(session: Session, period: date) -> bool:
    """Whether any account was charged for the month: a batch for it makes sense."""
    return bool(session.scalar(select(exists().where(Charge.period == period.replace(day=1)))))


def _postal_address(account: PersonalAccount) -> PostalAddress | None:
    """The bill address, when it has what an envelope needs: postcode, city, street, house.

    A city that is a region of its own (``г. Москва``) is written once, not as town and region.
    """
    postcode, city = account.bill_postcode, account.bill_city
    street, house = account.bill_street, account.bill_house
    if not (postcode and city and street and house):
        return None
    region = account.bill_region
    if region == f"г. {city}":
        city, region = region, None
    return PostalAddress(postcode, city, street, house, account.bill_flat, region)


def _lines(
    session: Session, account_id: int, following: date, start: datetime
) -> tuple[LineSummary, ...]:
    """The account's lines that were open at some time in the month, oldest first."""
    rows = session.execute(
        select(Line.msisdn, TariffPlan.name)
        .join(TariffPlan, TariffPlan.id == Line.tariff_id)
        .where(
            Line.account_id == account_id,
            Line.activated_on < following,
            or_(Line.closed_at.is_(None), Line.closed_at >= start),
        )
        .order_by(Line.activated_on, Line.id)
    )
    return tuple(LineSummary(msisdn, tariff) for msisdn, tariff in rows)


def _charges(session: Session, account_id: int, period: date) -> tuple[ChargeLine, ...]:
    rows = session.execute(
        select(Charge.category, Charge.description, Charge.amount, Line.msisdn)
        .outerjoin(Line, Line.id == Charge.line_id)
        .where(Charge.account_id == account_id, Charge.period == period)
        .order_by(Charge.charged_at, Charge.id)
    )
    return tuple(
        ChargeLine(category, description, amount, msisdn)
        for category, description, amount, msisdn in rows
    )


def _payments(
    session: Session, account_id: int, start: datetime, end: datetime
) -> tuple[StatementPayment, ...]:
    rows = session.execute(
        select(Payment.paid_at, Payment.amount, Payment.method, Payment.reference)
        .where(Payment.account_id == account_id, Payment.paid_at >= start, Payment.paid_at < end)
        .order_by(Payment.paid_at, Payment.id)
    )
    return tuple(
        StatementPayment(paid_at, amount, method, reference)
        for paid_at, amount, method, reference in rows
    )


def _usage(
    session: Session, account_id: int, start: datetime, end: datetime
) -> tuple[UsageRow, ...]:
    rows = session.execute(
        select(
            Line.msisdn,
            UsageRecord.started_at,
            UsageRecord.kind,
            UsageRecord.direction,
            UsageRecord.zone,
            UsageRecord.cost,
            UsageRecord.other_party,
            UsageRecord.duration_s,
            UsageRecord.volume_bytes,
            UsageRecord.roaming_country,
        )
        .join(Line, Line.id == UsageRecord.line_id)
        .where(
            Line.account_id == account_id,
            UsageRecord.started_at >= start,
            UsageRecord.started_at < end,
        )
        .order_by(UsageRecord.started_at, UsageRecord.id)
    )
    return tuple(
        UsageRow(msisdn, started, kind, direction, zone_, cost, other, seconds, size, country)
        for msisdn, started, kind, direction, zone_, cost, other, seconds, size, country in rows
    )

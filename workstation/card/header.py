"""The card header: who the subscriber is and the state of line and account at a glance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Customer, CustomerKind, Line, LineStatus, PersonalAccount, TariffPlan
from workstation.errors import DomainError
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.names import full_name
from workstation.phone import format_msisdn


class LineNotFound(DomainError):
    """The line asked for does not exist (any more)."""


@dataclass(frozen=True)
class CardHeader:
    line_id: int
    msisdn: str
    status: LineStatus
    status_changed_at: datetime
    block_until: date | None
    tariff_id: int
    tariff_name: str
    next_tariff_name: str | None
    next_tariff_on: date | None
    account_id: int
    account_number: str
    balance: Decimal
    credit_limit: Decimal
    account_time_zone: str
    customer_id: int
    customer_kind: CustomerKind
    name: str
    line_version: int
    account_version: int
    customer_version: int

    @property
    def msisdn_display(self) -> str:
        return format_msisdn(self.msisdn)

    @property
    def in_debt(self) -> bool:
        """Below the credit limit: the state in which lines are blocked for debt."""
        return self.balance < -self.credit_limit


def customer_name(customer: Customer) -> str:
    if customer.kind == CustomerKind.BUSINESS:
        return customer.company_name or ""
    return full_name(customer.last_name, customer.first_name, customer.middle_name)


def load_header(session: Session, line_id: int) -> CardHeader:
    """Raises LineNotFound when there is no such line."""
    row = session.execute(
        select(Line, PersonalAccount, Customer, TariffPlan.name)
        .join(PersonalAccount, PersonalAccount.id == Line.account_id)
        .join(Customer, Customer.id == PersonalAccount.customer_id)
        .join(TariffPlan, TariffPlan.id == Line.tariff_id)
        .where(Line.id == line_id)
    ).one_or_none()
    if row is None:
        raise LineNotFound(QT_TRANSLATE_NOOP("errors", "Line {line} not found"), line=line_id)
    line, account, customer, tariff_name = row
    next_name = None
    if line.next_tariff_id is not None:
        next_name = session.scalar(
            select(TariffPlan.name).where(TariffPlan.id == line.next_tariff_id)
        )
    return CardHeader(
        line_id=line.id,
        msisdn=line.msisdn,
        status=line.status,
        status_changed_at=line.status_changed_at,
        block_until=line.block_until,
        tariff_id=line.tariff_id,
        tariff_name=tariff_name,
        next_tariff_name=next_name,
        next_tariff_on=line.next_tariff_on,
        account_id=account.id,
        account_number=account.number,
        balance=account.balance,
        credit_limit=account.credit_limit,
        account_time_zone=account.time_zone,
        customer_id=customer.id,
        customer_kind=customer.kind,
        name=customer_name(customer),
        line_version=line.version,
        account_version=account.version,
        customer_version=customer.version,
    )

"""The Profile tab: the customer, contacts, addresses, and the customer's other lines and accounts.

Until the caller is verified the passport, the date of birth and the street address are
masked: an agent should not read personal data to someone who has not proved who they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import (
    AccountStatus,
    BillDelivery,
    Customer,
    CustomerKind,
    Line,
    LineStatus,
    PersonalAccount,
    TariffPlan,
)
from workstation.card.header import LineNotFound, customer_name
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.phone import format_msisdn


@dataclass(frozen=True)
class Address:
    postcode: str | None
    region: str | None
    city: str | None
    street: str | None
    house: str | None
    flat: str | None

    def one_line(self) -> str:
        """``125009, г. Москва, Москва, ул. Тверская, д. 7, кв. 12``."""
        parts = [self.postcode, self.region, self.city, self.street]
        if self.house:
            parts.append(f"д. {self.house}")
        if self.flat:
            parts.append(f"кв. {self.flat}")
        return ", ".join(p for p in parts if p)

    @property
    def empty(self) -> bool:
        return not any((self.postcode, self.city, self.street))

    def masked(self) -> Address:
        """Only the region and town: enough to talk about, not enough to find the door."""
        return Address(None, self.region, self.city, None, None, None)


@dataclass(frozen=True)
class AccountSummary:
    account_id: int
    number: str
    contract_number: str
    status: AccountStatus
    balance: Decimal
    credit_limit: Decimal
    bill_delivery: BillDelivery
    bill_address: Address
    bill_email: str | None
    bill_fax: str | None
    opened_at: datetime


@dataclass(frozen=True)
class LineSummary:
    line_id: int
    msisdn: str
    status: LineStatus
    tariff_name: str
    account_number: str

    @property
    def msisdn_display(self) -> str:
        return format_msisdn(self.msisdn)


@dataclass(frozen=True)
class ProfileView:
    customer_id: int
    kind: CustomerKind
    name: str
    last_name: str | None
    first_name: str | None
    middle_name: str | None
    masked: bool
    birth_date: date | None
    passport: str | None
    passport_issued_by: str | None
    passport_issued_on: date | None
    passport_division_code: str | None
    company_name: str | None
    inn: str | None
    kpp: str | None
    contact_person: str | None
    registration_address: Address
    email: str | None
    contact_phone: str | None
    has_code_word: bool
    customer_since: datetime
    accounts: tuple[AccountSummary, ...]
    lines: tuple[LineSummary, ...]


def mask_passport(series: str | None, number: str | None) -> str | None:
    """``45** ***211``: the first two digits of the series and the last three of the number."""
    if not series or not number:
        return None
    return f"{series[:2]}** ***{number[-3:]}"


def load_profile(session: Session, customer_id: int, *, verified: bool) -> ProfileView:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise LineNotFound(
            QT_TRANSLATE_NOOP("errors", "Customer {customer} not found"), customer=customer_id
        )
    address = Address(
        customer.reg_postcode,
        customer.reg_region,
        customer.reg_city,
        customer.reg_street,
        customer.reg_house,
        customer.reg_flat,
    )
    accounts = session.scalars(
        select(PersonalAccount)
        .where(PersonalAccount.customer_id == customer_id)
        .order_by(PersonalAccount.status, PersonalAccount.number)
    ).all()
    lines = session.execute(
        select(Line.id, Line.msisdn, Line.status, TariffPlan.name, PersonalAccount.number)
        .join(PersonalAccount, PersonalAccount.id == Line.account_id)
        .join(TariffPlan, TariffPlan.id == Line.tariff_id)
        .where(PersonalAccount.customer_id == customer_id)
        .order_by(Line.status == LineStatus.CLOSED, PersonalAccount.number, Line.msisdn)
    ).all()
    individual = customer.kind == CustomerKind.INDIVIDUAL
    masked = individual and not verified
    return ProfileView(
        customer_id=customer.id,
        kind=customer.kind,
        name=customer_name(customer),
        last_name=customer.last_name,
        first_name=customer.first_name,
        middle_name=customer.middle_name,
        masked=masked,
        birth_date=None if masked else customer.birth_date,
        passport=(
            mask_passport(customer.passport_series, customer.passport_number)
            if masked
            else _passport(customer.passport_series, customer.passport_number)
        ),
        passport_issued_by=None if masked else customer.passport_issued_by,
        passport_issued_on=None if masked else customer.passport_issued_on,
        passport_division_code=None if masked else customer.passport_division_code,
        company_name=customer.company_name,
        inn=customer.inn,
        kpp=customer.kpp,
        contact_person=customer.contact_person,
        registration_address=address.masked() if masked else address,
        email=customer.email,
        contact_phone=customer.contact_phone,
        has_code_word=customer.code_word_hash is not None,
        customer_since=customer.created_at,
        accounts=tuple(
            AccountSummary(
                account_id=a.id,
                number=a.number,
                contract_number=a.contract_number,
                status=a.status,
                balance=a.balance,
                credit_limit=a.credit_limit,
                bill_delivery=a.bill_delivery,
                bill_address=_bill_address(a, masked),
                bill_email=a.bill_email,
                bill_fax=a.bill_fax,
                opened_at=a.opened_at,
            )
            for a in accounts
        ),
        lines=tuple(LineSummary(*row) for row in lines),
    )


def _passport(series: str | None, number: str | None) -> str | None:
    if not series or not number:
        return None
    return f"{series[:2]} {series[2:]} {number}"


def _bill_address(account: PersonalAccount, masked: bool) -> Address:
    address = Address(
        account.bill_postcode,
        account.bill_region,
        account.bill_city,
        account.bill_street,
        account.bill_house,
        account.bill_flat,
    )
    return address.masked() if masked else address

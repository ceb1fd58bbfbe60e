"""Small builders of valid rows for tests that need a few specific subscribers."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import count

from sqlalchemy.orm import Session

from models import (
    AccountStatus,
    BillDelivery,
    Customer,
    CustomerKind,
    FeePeriod,
    Line,
    LineStatus,
    PersonalAccount,
    Service,
    ServiceCategory,
    Sim,
    SimStatus,
    TariffPlan,
    TariffStatus,
)
from workstation.names import name_key
from workstation.phone import reversed_digits

_serial = count(1)
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def tariff(session: Session, *, code: str | None = None, fee: str = "500.00") -> TariffPlan:
    n = next(_serial)
    plan = TariffPlan(
        code=code or f"T{n}",
        name=f"Тариф {n}",
        status=TariffStatus.AVAILABLE,
        monthly_fee=Decimal(fee),
        included_minutes=300,
        included_sms=100,
        included_data_mb=10240,
        switch_fee=Decimal("0.00"),
        block_free_days=30,
        block_daily_fee=Decimal("2.50"),
        introduced_on=date(2020, 1, 1),
    )
    session.add(plan)
    session.flush()
    return plan


def service(session: Session, *, code: str | None = None, group: str | None = None) -> Service:
    n = next(_serial)
    item = Service(
        code=code or f"S{n}",
        name=f"Услуга {n}",
        category=ServiceCategory.INTERNET,
        fee=Decimal("100.00"),
        fee_period=FeePeriod.MONTHLY,
        incompatibility_group=group,
    )
    session.add(item)
    session.flush()
    return item


def customer(session: Session, *, last: str = "Иванов", first: str = "Иван") -> Customer:
    person = Customer(
        kind=CustomerKind.INDIVIDUAL,
        last_name=last,
        first_name=first,
        middle_name="Иванович",
        name_key=name_key(last, first, "Иванович"),
        created_at=NOW,
    )
    session.add(person)
    session.flush()
    return person


def account(session: Session, owner: Customer, *, balance: str = "0.00") -> PersonalAccount:
    n = next(_serial)
    acc = PersonalAccount(
        number=f"77{n:010d}",
        contract_number=f"2026-77{n:07d}",
        customer_id=owner.id,
        status=AccountStatus.ACTIVE,
        opening_balance=Decimal(balance),
        balance=Decimal(balance),
        credit_limit=Decimal("0.00"),
        opened_at=NOW,
        bill_delivery=BillDelivery.NONE,
    )
    session.add(acc)
    session.flush()
    return acc


def line(
    session: Session,
    acc: PersonalAccount,
    plan: TariffPlan,
    *,
    msisdn: str | None = None,
    status: LineStatus = LineStatus.ACTIVE,
) -> Line:
    n = next(_serial)
    number = msisdn or f"+7916{n:07d}"
    item = Line(
        msisdn=number,
        msisdn_reversed=reversed_digits(number),
        account_id=acc.id,
        tariff_id=plan.id,
        status=status,
        activated_on=date(2024, 1, 1),
        status_changed_at=NOW,
    )
    session.add(item)
    session.flush()
    return item


def sim(session: Session, item: Line, *, iccid: str | None = None) -> Sim:
    n = next(_serial)
    code = iccid or f"897010100000{n:07d}"
    card = Sim(
        line_id=item.id,
        iccid=code,
        iccid_reversed=code[::-1],
        imsi=f"25001{n:010d}",
        pin1="1234",
        puk1="12345678",
        pin2="4321",
        puk2="87654321",
        status=SimStatus.ACTIVE,
        installed_at=NOW,
    )
    session.add(card)
    session.flush()
    return card

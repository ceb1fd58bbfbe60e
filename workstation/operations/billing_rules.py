"""Writing a charge: the one place that takes money from an account."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy.orm import Session

from models import Charge, ChargeCategory, PersonalAccount
from workstation.formatting import zone


def local_date(moment: datetime, account: PersonalAccount) -> date:
    return moment.astimezone(zone(account.time_zone)).date()


def start_of(day: date, account: PersonalAccount) -> datetime:
    """Midnight of ``day`` in the account's time zone."""
    return datetime.combine(day, time(), zone(account.time_zone))


def charge(
    session: Session,
    account: PersonalAccount,
    *,
    amount: Decimal,
    category: ChargeCategory,
    description: str,
    at: datetime,
    line_id: int | None = None,
    service_id: int | None = None,
    reason_code: str | None = None,
) -> Charge | None:
    """Write a charge and take it from the balance, in the caller's transaction.

    The period is the month of ``at`` in the account's zone. A zero amount writes nothing.
    """
    if amount == 0:
        return None
    row = Charge(
        account_id=account.id,
        line_id=line_id,
        period=local_date(at, account).replace(day=1),
        category=category,
        amount=amount,
        description=description,
        charged_at=at,
        service_id=service_id,
        reason_code=reason_code,
    )
    session.add(row)
    account.balance = account.balance - amount
    return row

"""Accounts with known money for the account and money operations, on top of the World.

The World's own account is left alone (its payment is not in its opening balance); these
accounts keep opening + payments − charges = balance from the start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import (
    AccountStatus,
    BillDelivery,
    Charge,
    Line,
    LineStatus,
    Payment,
    PaymentMethod,
    PersonalAccount,
    TariffPlan,
)
from tests import factories as f
from tests.workstation.operations.conftest import World
from workstation.db import Database


@dataclass
class Bank:
    a: int
    """1 000,00 ₽: lines a1, a2 open, a3 closed; delivery by e-mail, Yekaterinburg time."""
    b: int
    """250,50 ₽: line b1."""
    closed: int
    """A closed account of the same customer."""
    other: int
    """100,00 ₽ of another customer: line o1."""
    a1: int
    a2: int
    a3: int
    b1: int
    o1: int


def make_bank(world: World) -> Bank:
    with world.db.write() as s:
        owner = s.get_one(PersonalAccount, world.account_id).customer
        stranger = f.customer(s, last="Чужой", first="Пётр")
        plan = s.get_one(TariffPlan, world.tariffs["BASIC"])
        a = f.account(s, owner, balance="1000.00")
        a.bill_delivery = BillDelivery.EMAIL
        a.bill_email = "alyoshin@example.ru"
        a.time_zone = "Asia/Yekaterinburg"
        a.credit_limit = Decimal("100.00")
        b = f.account(s, owner, balance="250.50")
        closed = f.account(s, owner)
        closed.status = AccountStatus.CLOSED
        other = f.account(s, stranger, balance="100.00")
        lines = [
            f.line(s, a, plan),
            f.line(s, a, plan),
            f.line(s, a, plan, status=LineStatus.CLOSED),
            f.line(s, b, plan),
            f.line(s, other, plan),
        ]
        s.flush()
        return Bank(a.id, b.id, closed.id, other.id, *(line.id for line in lines))


def pay(db: Database, account_id: int, amount: str) -> None:
    """A payment received (the money identity kept)."""
    with db.write() as s:
        account = s.get_one(PersonalAccount, account_id)
        s.add(
            Payment(
                account_id=account_id,
                amount=Decimal(amount),
                method=PaymentMethod.BANK_CARD,
                paid_at=datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
                reference="TEST",
            )
        )
        account.balance += Decimal(amount)


def identity_gap(session: Session, account_id: int) -> Decimal:
    """opening + payments − charges − balance: zero on an account whose money adds up."""
    account = session.get_one(PersonalAccount, account_id)
    paid = session.scalar(
        select(func.coalesce(func.sum(Payment.amount), 0)).where(Payment.account_id == account_id)
    )
    charged = session.scalar(
        select(func.coalesce(func.sum(Charge.amount), 0)).where(Charge.account_id == account_id)
    )
    return account.opening_balance + Decimal(paid or 0) - Decimal(charged or 0) - account.balance


def balance(db: Database, account_id: int) -> Decimal:
    with db.read() as s:
        return s.get_one(PersonalAccount, account_id).balance


def account_of(db: Database, line_id: int) -> int:
    with db.read() as s:
        return s.get_one(Line, line_id).account_id

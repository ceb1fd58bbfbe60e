"""Random merges and splits of one customer's accounts conserve money to the kopeck.

Each example gives the customer a few accounts with random lines, balances, payments and
charges, then runs random merges and splits as a supervisor. A small model says which of
them must succeed and what every balance must then be; the database must agree, every
account must still satisfy opening + payments − charges = balance, and the customer's
total must not move by a kopeck.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from models import (
    AccountStatus,
    Charge,
    ChargeCategory,
    Line,
    Payment,
    PaymentMethod,
    PersonalAccount,
    TariffPlan,
)
from tests import factories as f
from tests.workstation.operations.bank import identity_gap
from tests.workstation.operations.conftest import World
from workstation.errors import DomainError
from workstation.operations import Context
from workstation.operations.errors import Invalid

pytestmark = pytest.mark.pg

REGION = "55"
CENT = Decimal("0.01")
AT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)

kopecks = st.integers(min_value=-50_000, max_value=500_000)
account_plan = st.tuples(
    kopecks,  # opening balance
    st.lists(st.integers(1, 300_000), max_size=2),  # payments
    st.lists(st.integers(1, 300_000), max_size=2),  # charges
    st.integers(1, 3),  # open lines
)
merge = st.tuples(st.just("merge"), st.integers(0, 9), st.integers(0, 9), st.just(0), st.just(0))
moved = st.one_of(st.just(0), st.integers(1, 50_000), kopecks)
split = st.tuples(st.just("split"), st.integers(0, 9), st.just(0), st.integers(0, 7), moved)


@dataclass
class Model:
    balance: Decimal
    open: bool = True
    lines: list[int] = field(default_factory=list)


@pytest.fixture
def supervisor(world: World) -> Context:
    """One interaction of the supervisor, the customer verified, for every example."""
    return world.verified(world.supervisor)


def _next(session: Session, column: InstrumentedAttribute[str], prefix: str, digits: int) -> str:
    last = session.scalar(select(func.max(column)).where(column.startswith(prefix)))
    return f"{prefix}{int(last[len(prefix) :]) + 1 if last else 1:0{digits}d}"


def _accounts(world: World, plans: list[tuple[int, list[int], list[int], int]]) -> dict[int, Model]:
    """The example's accounts, numbered in the region's own series so splits continue it."""
    models: dict[int, Model] = {}
    with world.db.write() as s:
        owner = s.get_one(PersonalAccount, world.account_id).customer
        plan = s.get_one(TariffPlan, world.tariffs["BASIC"])
        for opening, paid, charged, lines in plans:
            account = f.account(s, owner, balance=str(Decimal(opening) * CENT))
            account.number = _next(s, PersonalAccount.number, REGION, 10)
            account.contract_number = _next(s, PersonalAccount.contract_number, f"2026-{REGION}", 7)
            for amount in paid:
                s.add(
                    Payment(
                        account_id=account.id,
                        amount=amount * CENT,
                        method=PaymentMethod.CASH,
                        paid_at=AT,
                        reference="P",
                    )
                )
            for amount in charged:
                s.add(
                    Charge(
                        account_id=account.id,
                        period=AT.date().replace(day=1),
                        category=ChargeCategory.VOICE,
                        amount=amount * CENT,
                        description="Звонки",
                        charged_at=AT,
                    )
                )
            account.balance += (sum(paid) - sum(charged)) * CENT
            s.flush()
            models[account.id] = Model(
                account.balance, lines=[f.line(s, account, plan).id for _ in range(lines)]
            )
    return models


@dataclass(frozen=True)
class Step:
    """A drawn step in ids and money, and whether the rules let it succeed."""

    kind: str
    source: int
    target: int
    lines: list[int]
    amount: Decimal
    ok: bool


def _step(models: dict[int, Model], drawn: tuple[str, int, int, int, int]) -> Step:
    kind, first, second, mask, amount = drawn
    ids = list(models)
    source, target = ids[first % len(ids)], ids[second % len(ids)]
    if kind == "merge":
        ok = source != target and models[source].open and models[target].open
        return Step(kind, source, target, [], Decimal("0.00"), ok)
    lines = models[source].lines
    chosen = [x for i, x in enumerate(lines) if mask >> i & 1]
    money = Decimal(amount) * CENT
    ok = (
        models[source].open
        and 0 < len(chosen) < len(lines)
        and money >= 0
        and (money == 0 or models[source].balance - money >= 0)
    )
    return Step(kind, source, 0, chosen, money, ok)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    plans=st.lists(account_plan, min_size=2, max_size=4),
    steps=st.lists(st.one_of(merge, split), min_size=1, max_size=5),
)
def test_merges_and_splits_conserve_money(
    world: World,
    supervisor: Context,
    plans: list[tuple[int, list[int], list[int], int]],
    steps: list[tuple[str, int, int, int, int]],
) -> None:
    models = _accounts(world, plans)
    total = sum((m.balance for m in models.values()), Decimal("0.00"))
    for drawn in steps:
        step = _step(models, drawn)
        event(f"{step.kind} {'done' if step.ok else 'refused'}")
        try:
            if step.kind == "merge":
                world.call(
                    supervisor,
                    "merge_accounts",
                    account_id=step.source,
                    target_account_id=step.target,
                )
                models[step.target].balance += models[step.source].balance
                models[step.target].lines += models[step.source].lines
                models[step.source] = Model(Decimal("0.00"), open=False)
            else:
                done = world.call(
                    supervisor,
                    "split_account",
                    account_id=step.source,
                    line_ids=step.lines,
                    amount=step.amount,
                )
                models[step.source].balance -= step.amount
                models[step.source].lines = [
                    x for x in models[step.source].lines if x not in step.lines
                ]
                models[done.new_account_id] = Model(step.amount, lines=list(step.lines))
        except DomainError as refusal:
            assert not step.ok, f"{step} was refused: {refusal}"
            assert isinstance(refusal, Invalid)
        else:
            assert step.ok, f"{step} was done"
    with world.db.read() as s:
        for account_id, model in models.items():
            account = s.get_one(PersonalAccount, account_id)
            assert account.balance == model.balance
            assert (account.status == AccountStatus.ACTIVE) == model.open
            assert identity_gap(s, account_id) == 0
            assert sorted(
                s.scalars(select(Line.id).where(Line.account_id == account_id))
            ) == sorted(model.lines)
    assert sum((m.balance for m in models.values()), Decimal("0.00")) == total

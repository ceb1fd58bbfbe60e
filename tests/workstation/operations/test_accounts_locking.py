"""Two connections on the same accounts at the same moment: consistent money or a clear refusal."""

from __future__ import annotations

import threading
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from models import PersonalAccount, Role
from tests.workstation.operations.bank import Bank, identity_gap, make_bank
from tests.workstation.operations.conftest import World
from workstation.auth import Agent
from workstation.db import Database, open_database
from workstation.errors import DomainError
from workstation.operations import Context, execute
from workstation.operations.errors import Conflict, Invalid
from workstation.operations.money import AdjustmentReason
from workstation.users import add_user

pytestmark = pytest.mark.pg


@pytest.fixture
def bank(world: World) -> Bank:
    return make_bank(world)


def _at_once(world: World, *jobs: tuple[Context, str, dict[str, Any]]) -> list[object]:
    """Run each job on its own connection, released together by a barrier."""
    engines: list[Database] = [world.db] + [open_database(world.db.url) for _ in jobs[1:]]
    outcomes: list[object] = [None] * len(jobs)
    barrier = threading.Barrier(len(jobs))

    def run(index: int) -> None:
        ctx, name, arguments = jobs[index]
        barrier.wait()
        try:
            outcomes[index] = execute(engines[index], ctx, name, **arguments)
        except DomainError as error:
            outcomes[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for engine in engines[1:]:
        engine.dispose()
    assert all(o is not None for o in outcomes), outcomes
    return outcomes


def _money(world: World) -> tuple[Decimal, list[Decimal]]:
    """The customer's total balance, and every account's gap in its money identity."""
    with world.db.read() as s:
        accounts = s.scalars(
            select(PersonalAccount).where(PersonalAccount.customer_id == world.customer_id)
        ).all()
        return (
            sum((a.balance for a in accounts), Decimal("0.00")),
            [identity_gap(s, a.id) for a in accounts if a.id != world.account_id],
        )


def _refused_clearly(outcome: object, *fragments: str) -> bool:
    return isinstance(outcome, Conflict) or (
        isinstance(outcome, Invalid) and any(f in str(outcome) for f in fragments)
    )


def test_a_merge_and_an_adjustment_of_its_source_at_once(world: World, bank: Bank) -> None:
    total, _ = _money(world)
    merging = world.verified(world.supervisor)
    adjusting = world.verified()
    merge, adjust = _at_once(
        world,
        (merging, "merge_accounts", {"account_id": bank.a, "target_account_id": bank.b}),
        (
            adjusting,
            "adjust_balance",
            {
                "account_id": bank.a,
                "amount": Decimal("100.00"),
                "reason_code": AdjustmentReason.GOODWILL,
                "note": "одновременно",
            },
        ),
    )
    assert not isinstance(merge, DomainError), merge
    credited = Decimal("0.00") if isinstance(adjust, DomainError) else Decimal("100.00")
    if isinstance(adjust, DomainError):
        assert _refused_clearly(adjust, "is closed"), adjust
    now_total, gaps = _money(world)
    assert now_total == total + credited
    assert gaps == [Decimal("0.00")] * len(gaps)
    with world.db.read() as s:
        source = s.get_one(PersonalAccount, bank.a)
        target = s.get_one(PersonalAccount, bank.b)
        assert source.balance == 0, "whatever came first, the source is emptied into the target"
        assert target.balance == Decimal("1250.50") + credited


def _second_supervisor(world: World) -> Context:
    """Another supervisor's desk, verified for the same caller."""
    with world.db.write() as s:
        user = add_user(
            s, login="petr", role=Role.SUPERVISOR, full_name="Петров Пётр", password="secret-2"
        )
        agent = Agent(user.id, user.login, user.full_name, user.role)
    return world.verified(agent)


def test_opposite_merges_one_wins_one_is_refused(world: World, bank: Bank) -> None:
    total, _ = _money(world)
    first = world.verified(world.supervisor)
    second = _second_supervisor(world)
    outcomes = _at_once(
        world,
        (first, "merge_accounts", {"account_id": bank.a, "target_account_id": bank.b}),
        (second, "merge_accounts", {"account_id": bank.b, "target_account_id": bank.a}),
    )
    done = [o for o in outcomes if not isinstance(o, DomainError)]
    refused = [o for o in outcomes if isinstance(o, DomainError)]
    assert len(done) == 1 and len(refused) == 1, outcomes
    assert _refused_clearly(refused[0], "is closed"), refused
    now_total, gaps = _money(world)
    assert now_total == total and gaps == [Decimal("0.00")] * len(gaps)


def test_two_adjustments_from_the_same_screen_one_is_refused(world: World, bank: Bank) -> None:
    with world.db.read() as s:
        seen = s.get_one(PersonalAccount, bank.a).version
    total, _ = _money(world)

    def job(ctx: Context, amount: str) -> tuple[Context, str, dict[str, Any]]:
        return (
            ctx,
            "adjust_balance",
            {
                "account_id": bank.a,
                "amount": Decimal(amount),
                "reason_code": AdjustmentReason.CORRECTION,
                "note": "с одной карточки",
                "expected_version": seen,
            },
        )

    outcomes = _at_once(
        world, job(world.verified(), "100.00"), job(world.verified(world.other_agent), "-40.00")
    )
    refused = [o for o in outcomes if isinstance(o, Conflict)]
    done = [o for o in outcomes if not isinstance(o, DomainError)]
    assert len(refused) == 1 and len(done) == 1, outcomes
    now_total, gaps = _money(world)
    assert now_total - total in (Decimal("100.00"), Decimal("-40.00"))
    assert gaps == [Decimal("0.00")] * len(gaps)


def test_a_split_and_a_merge_of_the_same_account_at_once(world: World, bank: Bank) -> None:
    total, _ = _money(world)
    split, merge = _at_once(
        world,
        (
            world.verified(world.supervisor),
            "split_account",
            {"account_id": bank.a, "line_ids": [bank.a1], "amount": Decimal("300.00")},
        ),
        (
            _second_supervisor(world),
            "merge_accounts",
            {"account_id": bank.a, "target_account_id": bank.b},
        ),
    )
    assert not isinstance(merge, DomainError), merge
    if isinstance(split, DomainError):
        assert _refused_clearly(split, "is closed", "is not on the account"), split
        expected_b = Decimal("1250.50")
    else:
        expected_b = Decimal("950.50")  # the 700,00 left on a after the split
    now_total, gaps = _money(world)
    assert now_total == total and gaps == [Decimal("0.00")] * len(gaps)
    with world.db.read() as s:
        assert s.get_one(PersonalAccount, bank.b).balance == expected_b

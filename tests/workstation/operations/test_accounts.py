"""Merging and splitting personal accounts: lines and money move, nothing else; refusals change nothing."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest
from sqlalchemy import select

from models import (
    AccountStatus,
    AuditEvent,
    BillDelivery,
    Charge,
    ChargeCategory,
    Line,
    PersonalAccount,
    PromisedPayment,
    TariffPlan,
)
from tests import factories as f
from tests.workstation.operations.bank import Bank, account_of, balance, identity_gap, make_bank
from tests.workstation.operations.conftest import NOW, World, snapshot
from workstation.operations.accounts import (
    AccountsMerged,
    accounts_of,
    preview_merge,
    preview_split,
)
from workstation.operations.errors import (
    Invalid,
    NotFound,
    PermissionDenied,
    VerificationRequired,
)

pytestmark = pytest.mark.pg


@pytest.fixture
def bank(world: World) -> Bank:
    return make_bank(world)


def _event(world: World, operation: str) -> AuditEvent:
    with world.db.read() as s:
        return s.scalars(
            select(AuditEvent)
            .where(AuditEvent.operation == operation)
            .order_by(AuditEvent.id.desc())
        ).first() or pytest.fail(f"no {operation} event")


def _transfers(world: World, account_id: int) -> list[Decimal]:
    with world.db.read() as s:
        return list(
            s.scalars(
                select(Charge.amount).where(
                    Charge.account_id == account_id,
                    Charge.category == ChargeCategory.ADJUSTMENT,
                    Charge.reason_code == "transfer",
                )
            )
        )


def test_merge_moves_the_lines_and_the_balance_and_closes_the_source(
    world: World, bank: Bank
) -> None:
    ctx = world.verified(world.supervisor)
    with world.db.read() as s:
        preview = preview_merge(s, account_id=bank.a, target_account_id=bank.b)
        versions = {x.id: x.version for x in s.scalars(select(PersonalAccount))}
        a1_version = s.get_one(Line, bank.a1).version
    done = world.call(
        ctx,
        "merge_accounts",
        account_id=bank.a,
        target_account_id=bank.b,
        expected_version=versions[bank.a],
    )
    assert isinstance(done, AccountsMerged)
    assert done == preview
    assert done.moved == Decimal("1000.00") and done.target_balance == Decimal("1250.50")
    assert len(done.lines) == 2
    assert balance(world.db, bank.a) == Decimal("0.00")
    assert balance(world.db, bank.b) == Decimal("1250.50")
    assert [account_of(world.db, x) for x in (bank.a1, bank.a2, bank.b1)] == [bank.b] * 3
    assert account_of(world.db, bank.a3) == bank.a, "a closed line stays with its history"
    assert _transfers(world, bank.a) == [Decimal("1000.00")]
    assert _transfers(world, bank.b) == [Decimal("-1000.00")]
    with world.db.read() as s:
        source = s.get_one(PersonalAccount, bank.a)
        target = s.get_one(PersonalAccount, bank.b)
        assert source.status == AccountStatus.CLOSED and source.closed_at == NOW
        assert source.version > versions[bank.a] and target.version > versions[bank.b]
        assert s.get_one(Line, bank.a1).version > a1_version
        assert target.updated_by_id == world.supervisor.user_id
        assert identity_gap(s, bank.a) == 0 and identity_gap(s, bank.b) == 0
    event = _event(world, "merge_accounts")
    assert event.agent_id == world.supervisor.user_id and event.target_id == str(bank.a)
    assert event.interaction_id == ctx.interaction_id
    summary = json.loads(event.summary)
    assert summary["moved"] == "1000.00" and summary["balance"] == "1250.50"


def test_a_debt_moves_too(world: World, bank: Bank) -> None:
    with world.db.write() as s:
        b = s.get_one(PersonalAccount, bank.b)
        b.opening_balance = b.balance = Decimal("-300.25")
    world.call(
        world.verified(world.supervisor),
        "merge_accounts",
        account_id=bank.b,
        target_account_id=bank.a,
    )
    assert balance(world.db, bank.a) == Decimal("699.75")
    with world.db.read() as s:
        assert identity_gap(s, bank.a) == 0 and identity_gap(s, bank.b) == 0


def test_an_open_promised_payment_follows_the_money(world: World, bank: Bank) -> None:
    world.call(world.verified(), "promised_payment", account_id=bank.a, amount=Decimal("300.00"))
    world.call(
        world.verified(world.supervisor),
        "merge_accounts",
        account_id=bank.a,
        target_account_id=bank.b,
    )
    with world.db.read() as s:
        promised = s.scalars(select(PromisedPayment)).one()
        assert promised.account_id == bank.b
        assert promised.settled_at is None


@pytest.mark.parametrize(
    ("case", "error", "fragment"),
    [
        ("itself", Invalid, "into itself"),
        ("other customer", Invalid, "different customers"),
        ("closed source", Invalid, "is closed"),
        ("closed target", Invalid, "is closed"),
        ("no such account", NotFound, "not found"),
    ],
)
def test_merge_refusals_change_nothing(
    world: World, bank: Bank, case: str, error: type[Exception], fragment: str
) -> None:
    source, target = {
        "itself": (bank.a, bank.a),
        "other customer": (bank.a, bank.other),
        "closed source": (bank.closed, bank.a),
        "closed target": (bank.a, bank.closed),
        "no such account": (bank.a, 10**6),
    }[case]
    ctx = world.verified(world.supervisor)
    before = snapshot(world.db)
    with pytest.raises(error, match=fragment):
        world.call(ctx, "merge_accounts", account_id=source, target_account_id=target)
    assert snapshot(world.db) == before


def test_merge_needs_a_supervisor_and_a_verified_caller(world: World, bank: Bank) -> None:
    before = snapshot(world.db)
    with pytest.raises(PermissionDenied, match="supervisor"):
        world.call(world.verified(), "merge_accounts", account_id=bank.a, target_account_id=bank.b)
    with pytest.raises(VerificationRequired):
        world.call(
            world.start(world.supervisor),
            "merge_accounts",
            account_id=bank.a,
            target_account_id=bank.b,
        )
    after = snapshot(world.db)
    assert after[0]["personal_account"] == before[0]["personal_account"]
    assert after[0]["charge"] == before[0]["charge"]


def test_split_opens_an_account_like_the_source(world: World, bank: Bank) -> None:
    ctx = world.verified(world.supervisor)
    with world.db.read() as s:
        preview = preview_split(s, account_id=bank.a, line_ids=[bank.a1], amount=Decimal("400.10"))
        source_number = s.get_one(PersonalAccount, bank.a).number
    done = world.call(
        ctx, "split_account", account_id=bank.a, line_ids=[bank.a1], amount=Decimal("400.10")
    )
    assert (preview.moved, preview.lines, preview.source_balance) == (
        done.moved,
        done.lines,
        done.source_balance,
    )
    assert preview.new_number is None and done.new_number is not None
    assert re.fullmatch(rf"{source_number[:2]}\d{{10}}", done.new_number)
    assert re.fullmatch(rf"2026-{source_number[:2]}\d{{7}}", done.new_contract_number or "")
    assert done.new_number != source_number
    with world.db.read() as s:
        new = s.get_one(PersonalAccount, done.new_account_id)
        source = s.get_one(PersonalAccount, bank.a)
        assert new.customer_id == source.customer_id
        assert (new.bill_delivery, new.bill_email) == (BillDelivery.EMAIL, "alyoshin@example.ru")
        assert new.time_zone == "Asia/Yekaterinburg" and new.credit_limit == Decimal("100.00")
        assert new.status == AccountStatus.ACTIVE and new.opened_at == NOW
        assert (new.balance, source.balance) == (Decimal("400.10"), Decimal("599.90"))
        assert s.get_one(Line, bank.a1).account_id == new.id
        assert s.get_one(Line, bank.a2).account_id == bank.a
        assert identity_gap(s, new.id) == 0 and identity_gap(s, bank.a) == 0
    assert _transfers(world, bank.a) == [Decimal("400.10")]
    assert _transfers(world, done.new_account_id) == [Decimal("-400.10")]
    summary = json.loads(_event(world, "split_account").summary)
    assert summary["new_account"] == done.new_number and summary["moved"] == "400.10"
    with world.db.write() as s:
        plan = s.get_one(TariffPlan, world.tariffs["BASIC"])
        f.line(s, s.get_one(PersonalAccount, bank.a), plan)
    again = world.call(
        ctx, "split_account", account_id=bank.a, line_ids=[bank.a2], amount=Decimal("0.00")
    )
    assert again.new_number and int(again.new_number) == int(done.new_number) + 1
    assert _transfers(world, again.new_account_id or 0) == [], "nothing moved, nothing charged"


@pytest.mark.parametrize(
    ("case", "amount", "fragment"),
    [
        ("negative leftover", "1000.01", "negative balance"),
        ("every line", "10.00", "at least one must stay"),
        ("another account's line", "10.00", "is not on the account"),
        ("closed line", "10.00", "is closed"),
        ("no lines", "10.00", "Choose the lines"),
        ("negative amount", "-5.00", "cannot be negative"),
        ("fraction of a kopeck", "1.005", "roubles and kopecks"),
        ("closed account", "0.00", "is closed"),
        ("no such line", "10.00", "not found"),
    ],
)
def test_split_refusals_change_nothing(
    world: World, bank: Bank, case: str, amount: str, fragment: str
) -> None:
    account, lines = {
        "every line": (bank.a, [bank.a1, bank.a2]),
        "another account's line": (bank.a, [bank.a1, bank.b1]),
        "closed line": (bank.a, [bank.a3]),
        "no lines": (bank.a, []),
        "closed account": (bank.closed, [bank.a1]),
        "no such line": (bank.a, [10**6]),
    }.get(case, (bank.a, [bank.a1]))
    ctx = world.verified(world.supervisor)
    before = snapshot(world.db)
    with pytest.raises((Invalid, NotFound), match=fragment):
        world.call(ctx, "split_account", account_id=account, line_ids=lines, amount=Decimal(amount))
    assert snapshot(world.db) == before


def test_the_dialogs_list_the_customers_accounts(world: World, bank: Bank) -> None:
    with world.db.read() as s:
        choices = accounts_of(s, world.customer_id)
    by_id = {c.account_id: c for c in choices}
    assert {bank.a, bank.b, bank.closed, world.account_id} == set(by_id)
    assert {x.line_id for x in by_id[bank.a].lines} == {bank.a1, bank.a2}, "open lines only"
    assert choices[-1].status == AccountStatus.CLOSED


def test_the_money_on_the_next_statement(world: World, bank: Bank) -> None:
    """The transfer is an adjustment of this month: it is on the account's bill."""
    world.call(
        world.verified(world.supervisor),
        "merge_accounts",
        account_id=bank.b,
        target_account_id=bank.a,
    )
    with world.db.read() as s:
        rows = s.execute(
            select(Charge.period, Charge.description).where(Charge.account_id == bank.a)
        ).all()
    assert [(p.isoformat(), d.startswith("Перенос остатка с")) for p, d in rows] == [
        ("2026-11-01", True)
    ]


def test_a_split_may_move_the_whole_balance(world: World, bank: Bank) -> None:
    done = world.call(
        world.verified(world.supervisor),
        "split_account",
        account_id=bank.a,
        line_ids=[bank.a2],
        amount=Decimal("1000.00"),
    )
    assert done.source_balance == Decimal("0.00")
    assert balance(world.db, done.new_account_id) == Decimal("1000.00")

"""An agent asks, a supervisor approves or rejects: checked when asked, done once, audited twice."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from models import AccountStatus, ApprovalRequest, ApprovalStatus, AuditEvent, PersonalAccount
from tests.workstation.operations.bank import Bank, account_of, balance, make_bank
from tests.workstation.operations.conftest import NOW, World, assert_refusal_recorded, snapshot
from workstation.errors import DomainError
from workstation.operations import Context
from workstation.operations.accounts import AccountsMerged, AccountSplit
from workstation.operations.approvals import pending_requests
from workstation.operations.errors import (
    Invalid,
    NotFound,
    OverCap,
    PermissionDenied,
    VerificationRequired,
)
from workstation.operations.money import AdjustmentReason, BalanceAdjusted

pytestmark = pytest.mark.pg


@pytest.fixture
def bank(world: World) -> Bank:
    return make_bank(world)


def _events(world: World) -> list[tuple[str, int | None, int | None]]:
    with world.db.read() as s:
        return [
            (e.operation, e.agent_id, e.interaction_id)
            for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))
        ]


def _request(world: World, request_id: int) -> ApprovalRequest:
    with world.db.read() as s:
        return s.get_one(ApprovalRequest, request_id)


def _desk(world: World) -> Context:
    """The supervisor at their own desk: no interaction needed to decide."""
    return world.context(world.supervisor)


def _ask_merge(world: World, bank: Bank, ctx: Context | None = None) -> int:
    asked = world.call(
        ctx or world.verified(),
        "request_approval",
        operation="merge_accounts",
        arguments={"account_id": bank.a, "target_account_id": bank.b},
        note="Клиент просит один счёт",
    )
    return int(asked.request_id)


def test_an_agents_merge_waits_for_a_supervisor_then_runs_as_them(world: World, bank: Bank) -> None:
    ctx = world.verified()
    before = snapshot(world.db)
    request_id = _ask_merge(world, bank, ctx)
    after = snapshot(world.db)
    changed = {t for t in before[0] if before[0][t] != after[0][t]}
    assert changed == {"approval_request", "audit_event"}, "asking changes nothing else"
    request = _request(world, request_id)
    assert request.status == ApprovalStatus.PENDING
    assert json.loads(request.arguments) == {"account_id": bank.a, "target_account_id": bank.b}
    assert (request.customer_id, request.requested_by_id) == (
        world.customer_id,
        world.agent.user_id,
    )
    assert request.interaction_id == ctx.interaction_id and request.requested_at == NOW
    assert (
        "перенос 1\xa0000,00\xa0₽" in request.summary
        and "Клиент просит один счёт" in request.summary
    )
    with world.db.read() as s:
        (pending,) = pending_requests(s)
    assert (pending.request_id, pending.operation, pending.requested_by) == (
        request_id,
        "merge_accounts",
        "Смирнова Анна",
    )
    assert pending.customer_name.startswith("Алёшин Пётр")

    events_before = len(_events(world))
    decided = world.call(_desk(world), "approve_request", request_id=request_id, note="ок")
    assert isinstance(decided.result, AccountsMerged) and decided.status == ApprovalStatus.DONE
    assert balance(world.db, bank.b) == Decimal("1250.50")
    assert account_of(world.db, bank.a1) == bank.b
    request = _request(world, request_id)
    assert (request.status, request.decided_by_id, request.decided_at, request.decision_note) == (
        ApprovalStatus.DONE,
        world.supervisor.user_id,
        NOW,
        "ок",
    )
    assert _events(world)[events_before:] == [
        ("merge_accounts", world.supervisor.user_id, ctx.interaction_id),
        ("approve_request", world.supervisor.user_id, None),
    ]
    with world.db.read() as s:
        assert pending_requests(s) == ()


@pytest.mark.parametrize(
    ("operation", "arguments", "error", "fragment"),
    [
        ("merge_accounts", {"account_id": "a", "target_account_id": "other"}, Invalid, "different"),
        ("merge_accounts", {"account_id": "a", "target_account_id": "a"}, Invalid, "into itself"),
        ("merge_accounts", {"account_id": "a"}, Invalid, "needs target_account_id"),
        ("merge_accounts", {"account_id": "a", "target": 1}, Invalid, "takes no argument target"),
        ("merge_accounts", {"account_id": "a", "target_account_id": "x"}, Invalid, "not valid"),
        ("change_tariff", {"line_id": "a1", "tariff_code": "BIG"}, Invalid, "cannot be asked"),
        (
            "split_account",
            {"account_id": "a", "line_ids": ["a1"], "amount": "1000.01"},
            Invalid,
            "negative balance",
        ),
        (
            "adjust_balance",
            {"account_id": "a", "amount": "10000.01", "reason_code": "goodwill", "note": "x"},
            OverCap,
            "supervisors' cap",
        ),
        ("adjust_balance", {"account_id": "a", "amount": 1.5}, Invalid, "needs reason_code, note"),
        ("merge_accounts", {"account_id": 10**6, "target_account_id": "b"}, NotFound, "No such"),
    ],
)
def test_a_request_is_checked_when_asked(
    world: World,
    bank: Bank,
    operation: str,
    arguments: dict[str, object],
    error: type[DomainError],
    fragment: str,
) -> None:
    ids = {"a": bank.a, "b": bank.b, "other": bank.other, "a1": bank.a1}

    def resolve(value: object) -> object:
        if isinstance(value, list):
            return [resolve(v) for v in value]
        return ids.get(value, value) if isinstance(value, str) else value

    ctx = world.verified()
    before = snapshot(world.db)
    with pytest.raises(error, match=fragment):
        world.call(
            ctx,
            "request_approval",
            operation=operation,
            arguments={k: resolve(v) for k, v in arguments.items()},
        )
    if error.audited is None:
        assert snapshot(world.db) == before
    else:  # asking for an adjustment nobody may make is an attempt on record
        assert_refusal_recorded(world.db, before, "request_approval", error.audited)


def test_asking_needs_the_caller_verified_like_the_operation(world: World, bank: Bank) -> None:
    with pytest.raises(VerificationRequired):
        _ask_merge(world, bank, world.start())


def test_the_same_request_twice_is_refused(world: World, bank: Bank) -> None:
    ctx = world.verified()
    first = _ask_merge(world, bank, ctx)
    with pytest.raises(Invalid, match=f"already waiting .*number {first}"):
        _ask_merge(world, bank, ctx)


def test_a_rejection_says_why_and_changes_nothing_else(world: World, bank: Bank) -> None:
    request_id = _ask_merge(world, bank)
    before = snapshot(world.db)
    with pytest.raises(Invalid, match="Say why"):
        world.call(_desk(world), "reject_request", request_id=request_id, note=" ")
    assert snapshot(world.db) == before
    decided = world.call(
        _desk(world), "reject_request", request_id=request_id, note="Нужен договор"
    )
    assert decided.status == ApprovalStatus.REJECTED and decided.result is None
    request = _request(world, request_id)
    assert (request.status, request.decision_note) == (ApprovalStatus.REJECTED, "Нужен договор")
    assert balance(world.db, bank.a) == Decimal("1000.00")
    assert _events(world)[-1] == ("reject_request", world.supervisor.user_id, None)
    before = snapshot(world.db)
    with pytest.raises(Invalid, match="already been decided by Светлова Светлана"):
        world.call(_desk(world), "approve_request", request_id=request_id)
    assert snapshot(world.db) == before


def test_only_a_supervisor_decides_and_not_on_their_own_request(world: World, bank: Bank) -> None:
    request_id = _ask_merge(world, bank)
    with pytest.raises(PermissionDenied):
        world.call(world.context(world.other_agent), "approve_request", request_id=request_id)
    with pytest.raises(NotFound):
        world.call(_desk(world), "approve_request", request_id=10**6)
    supervisor_asks = world.call(
        world.verified(world.supervisor),
        "request_approval",
        operation="adjust_balance",
        arguments={"account_id": bank.b, "amount": "20", "reason_code": "goodwill", "note": "x"},
    )
    with pytest.raises(Invalid, match="by its author"):
        world.call(_desk(world), "approve_request", request_id=supervisor_asks.request_id)


def test_an_approval_the_accounts_no_longer_allow_is_refused_and_stays_pending(
    world: World, bank: Bank
) -> None:
    request_id = _ask_merge(world, bank)
    with world.db.write() as s:
        s.get_one(PersonalAccount, bank.b).status = AccountStatus.CLOSED
    before = snapshot(world.db)
    with pytest.raises(Invalid, match="is closed"):
        world.call(_desk(world), "approve_request", request_id=request_id)
    assert snapshot(world.db) == before
    assert _request(world, request_id).status == ApprovalStatus.PENDING


def test_a_large_credit_goes_through_a_supervisor(world: World, bank: Bank) -> None:
    ctx = world.verified()
    with world.db.read() as s:
        version = s.get_one(PersonalAccount, bank.a).version
    asked = world.call(
        ctx,
        "request_approval",
        operation="adjust_balance",
        arguments={
            "account_id": bank.a,
            "amount": Decimal("1500.00"),
            "reason_code": AdjustmentReason.BILLING_ERROR,
            "note": "Двойное списание абонентской платы",
            "expected_version": version,
        },
    )
    stored = json.loads(_request(world, asked.request_id).arguments)
    assert stored == {
        "account_id": bank.a,
        "amount": "1500.00",
        "reason_code": "billing_error",
        "note": "Двойное списание абонентской платы",
    }, "the screen's version is not kept: the approval checks the account as it is then"
    assert "+1\xa0500,00\xa0₽ (ошибка начисления)" in asked.summary
    assert balance(world.db, bank.a) == Decimal("1000.00")
    decided = world.call(_desk(world), "approve_request", request_id=asked.request_id)
    assert isinstance(decided.result, BalanceAdjusted)
    assert balance(world.db, bank.a) == Decimal("2500.00")


def test_a_split_request_keeps_its_lines_and_amount(world: World, bank: Bank) -> None:
    asked = world.call(
        world.verified(),
        "request_approval",
        operation="split_account",
        arguments={"account_id": bank.a, "line_ids": [bank.a2], "amount": "250.25"},
    )
    assert json.loads(_request(world, asked.request_id).arguments)["line_ids"] == [bank.a2]
    decided = world.call(_desk(world), "approve_request", request_id=asked.request_id)
    assert isinstance(decided.result, AccountSplit)
    assert decided.result.new_account_id == account_of(world.db, bank.a2)
    assert balance(world.db, bank.a) == Decimal("749.75")

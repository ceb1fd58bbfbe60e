"""Verifying the caller, the locks after failures, and the core refusing the unverified."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from models import (
    AuditEvent,
    Channel,
    Customer,
    Interaction,
    Outcome,
    VerificationAttempt,
    VerificationLock,
)
from tests.workstation.operations.conftest import (
    CODE_WORD,
    LAST_PAYMENT,
    NOW,
    PASSPORT,
    World,
    assert_refusal_recorded,
    snapshot,
)
from workstation.audit import verify_chain
from workstation.operations.errors import (
    Invalid,
    NotFound,
    PermissionDenied,
    VerificationLocked,
    VerificationRequired,
)
from workstation.operations.verification import Method


@pytest.mark.parametrize(
    ("method", "answer"),
    [
        (Method.CODE_WORD, CODE_WORD),
        (Method.CODE_WORD, "  РОМАШКА "),
        (Method.PASSPORT, PASSPORT),
        (Method.PASSPORT, "45 10 123456"),
        (Method.LAST_PAYMENT, LAST_PAYMENT),
        (Method.LAST_PAYMENT, "750 2026-11-20"),
    ],
)
def test_each_method_verifies(world: World, method: Method, answer: str) -> None:
    ctx = world.start()
    result = world.call(ctx, "verify_caller", line_id=world.line_id, method=method, answer=answer)
    assert result.success
    with world.db.read() as s:
        interaction = s.get_one(Interaction, ctx.interaction_id)
        assert interaction.verified_customer_id == world.customer_id
        assert interaction.verified_method == method.value


def test_three_failures_in_an_interaction_lock_until_a_supervisor_unlocks(world: World) -> None:
    ctx = world.start()
    results = [
        world.call(
            ctx, "verify_caller", line_id=world.line_id, method=Method.CODE_WORD, answer="лютик"
        )
        for _ in range(3)
    ]
    assert [r.success for r in results] == [False, False, False]
    assert [r.failures_left for r in results] == [2, 1, 0]
    assert results[-1].locked
    with pytest.raises(Invalid, match="locked"):
        world.call(
            ctx, "verify_caller", line_id=world.line_id, method=Method.CODE_WORD, answer=CODE_WORD
        )
    with pytest.raises(PermissionDenied):
        world.call(world.context(), "unlock_verification", line_id=world.line_id)
    world.call(world.context(world.supervisor), "unlock_verification", line_id=world.line_id)
    assert world.call(
        ctx, "verify_caller", line_id=world.line_id, method=Method.CODE_WORD, answer=CODE_WORD
    ).success
    with world.db.read() as s:
        lock = s.scalars(select(VerificationLock)).one()
        assert lock.unlocked_by_id == world.supervisor.user_id
        attempts = s.scalar(select(func.count()).select_from(VerificationAttempt))
        audited = s.scalar(select(func.count()).where(AuditEvent.operation == "verify_caller"))
    assert attempts == audited == 4


def test_five_failures_in_a_day_across_interactions_lock(world: World) -> None:
    results = []
    for failures in (2, 2, 1):  # never three in one interaction
        ctx = world.start()
        for _ in range(failures):
            results.append(
                world.call(
                    ctx,
                    "verify_caller",
                    line_id=world.line_id,
                    method=Method.PASSPORT,
                    answer="0000 000000",
                )
            )
        world.call(
            ctx, "close_interaction", reasons=["other"], outcome=Outcome.INFORMATION_GIVEN, note="x"
        )
    assert [r.locked for r in results] == [False, False, False, False, True]
    with world.db.read() as s:
        assert s.scalars(select(VerificationLock)).one().reason == "5 failures in 24 hours"


def test_failures_older_than_a_day_do_not_count(world: World) -> None:
    old = world.start()
    for _ in range(2):
        world.call(old, "verify_caller", line_id=world.line_id, method=Method.PASSPORT, answer="1")
    world.call(old, "close_interaction", reasons=["other"], outcome=Outcome.SOLVED, note="x")
    later = world.context(now=NOW + timedelta(hours=25))
    world.call(later, "start_interaction", channel=Channel.FREEPHONE, caller=None)
    results = [
        world.call(
            later, "verify_caller", line_id=world.line_id, method=Method.PASSPORT, answer="1"
        )
        for _ in range(2)
    ]
    assert not any(r.locked for r in results)


def test_a_method_without_data_on_file_is_refused_not_counted(world: World) -> None:
    with world.db.write() as s:
        s.get_one(Customer, world.customer_id).code_word_hash = None
    ctx = world.start()
    before = snapshot(world.db)
    with pytest.raises(Invalid, match="no code word"):
        world.call(ctx, "verify_caller", line_id=world.line_id, method=Method.CODE_WORD, answer="x")
    assert snapshot(world.db) == before


def test_the_core_refuses_an_unverified_caller_and_records_the_attempt(world: World) -> None:
    ctx = world.start()
    before = snapshot(world.db)
    with pytest.raises(VerificationRequired):
        world.call(ctx, "activate_service", line_id=world.line_id, service_code="DAILY")
    event = assert_refusal_recorded(world.db, before, "activate_service", "verification_required")
    assert (event.agent_id, event.interaction_id) == (world.agent.user_id, ctx.interaction_id)
    assert (event.target_type, event.target_id) == ("line", str(world.line_id))


def test_an_attempt_on_a_locked_line_is_refused_unheard_and_on_record(world: World) -> None:
    ctx = world.start()
    for _ in range(3):
        world.call(ctx, "verify_caller", line_id=world.line_id, method=Method.PASSPORT, answer="1")
    before = snapshot(world.db)
    with pytest.raises(VerificationLocked, match="locked"):
        world.call(
            ctx, "verify_caller", line_id=world.line_id, method=Method.PASSPORT, answer=PASSPORT
        )
    # No attempt counted, no answer kept: only that someone tried.
    event = assert_refusal_recorded(world.db, before, "verify_caller", "verification_locked")
    assert (event.target_type, event.target_id) == ("line", str(world.line_id))
    assert "4510" not in event.summary and "123456" not in event.summary
    with world.db.read() as s:
        assert s.scalar(select(func.count()).select_from(VerificationAttempt)) == 3


def test_a_role_without_the_right_is_refused_on_record(world: World) -> None:
    before = snapshot(world.db)
    with pytest.raises(PermissionDenied):
        world.call(world.context(), "unlock_verification", line_id=world.line_id)
    event = assert_refusal_recorded(world.db, before, "unlock_verification", "permission_denied")
    assert (event.agent_id, event.interaction_id) == (world.agent.user_id, None)


def test_a_validation_refusal_leaves_the_chain_as_it_was(world: World) -> None:
    ctx = world.verified()
    before = snapshot(world.db)
    with pytest.raises(NotFound):
        world.call(ctx, "activate_service", line_id=world.line_id, service_code="NOSUCH")
    assert snapshot(world.db) == before
    with world.db.read() as s:
        assert s.scalar(select(func.count()).where(AuditEvent.operation == "refused")) == 0
        assert verify_chain(s).broken_at is None

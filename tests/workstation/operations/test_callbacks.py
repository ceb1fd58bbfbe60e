"""The callback queue: create, take (one agent only), call, record, reschedule, release, cancel."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from models import AuditEvent, CallbackRequest, CallbackStatus
from tests.workstation.operations.conftest import NOW, World, snapshot
from workstation.auth import Agent
from workstation.callbacks import CallbackRow, load_queue, queue_statistics
from workstation.config import Rules
from workstation.db import open_database
from workstation.errors import DomainError
from workstation.operations import Context, execute
from workstation.operations.callbacks import CallbackState, CallResult
from workstation.operations.errors import (
    Conflict,
    InteractionRequired,
    Invalid,
    NotFound,
    PermissionDenied,
)

LATER = NOW + timedelta(hours=2)


def _create(world: World, number: str = "+79161234567", **arguments: Any) -> CallbackState:
    state: CallbackState = world.call(
        world.context(), "create_callback", number=number, **arguments
    )
    return state


def _queue(world: World) -> list[CallbackRow]:
    # A session of its own, closed at once: one left open would hold its transaction, and
    # the next test's TRUNCATE on PostgreSQL would wait for it until a garbage collection.
    with world.db.read() as s:
        return load_queue(s, now=NOW)


def _row(world: World, callback_id: int) -> CallbackRequest:
    with world.db.read() as s:
        return s.get_one(CallbackRequest, callback_id)


def _last_event(world: World) -> AuditEvent:
    with world.db.read() as s:
        return s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()


def _taken(world: World, agent: Agent | None = None) -> CallbackState:
    created = _create(world, due_at=NOW)
    taken: CallbackState = world.call(
        world.context(agent), "take_callback", callback_id=created.callback_id
    )
    return taken


# -- create ---------------------------------------------------------------------------


def test_an_agent_creates_a_callback_without_an_interaction(world: World) -> None:
    state = _create(world, "8 (916) 123-45-67", due_at=LATER, note=" после 18:00 ", priority=2)
    callback = _row(world, state.callback_id)
    assert (callback.msisdn, callback.due_at, callback.priority) == ("+79161234567", LATER, 2)
    assert callback.customer_id == world.customer_id  # the number is one of ours
    assert (callback.status, callback.attempts, callback.note) == (
        CallbackStatus.OPEN,
        0,
        "после 18:00",
    )
    event = _last_event(world)
    assert (event.operation, event.target_type, event.target_id) == (
        "create_callback",
        "callback",
        str(state.callback_id),
    )
    assert event.agent_id == world.agent.user_id and event.interaction_id is None
    assert json.loads(event.summary)["priority"] == 2


def test_a_stranger_s_number_is_due_at_once_and_a_local_time_is_moscow(world: World) -> None:
    asap = _create(world, "+7 903 000-00-01")
    assert _row(world, asap.callback_id).customer_id is None
    assert asap.due_at == NOW
    local = _create(world, due_at=datetime(2026, 11, 25, 18, 0))  # no zone: as typed in Moscow
    assert local.due_at == datetime(2026, 11, 25, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"number": "12-34"}, "not a phone number"),
        ({"number": "+79161234567", "due_at": NOW - timedelta(minutes=5)}, "in the past"),
        ({"number": "+79161234567", "priority": 5}, "priority"),
        ({"number": "+79161234567", "note": "x" * 2001}, "too long"),
    ],
)
def test_create_refuses_bad_input(world: World, arguments: dict[str, Any], message: str) -> None:
    before = snapshot(world.db)
    with pytest.raises(Invalid, match=message):
        world.call(world.context(), "create_callback", **arguments)
    assert snapshot(world.db) == before


def test_an_administrator_does_not_work_the_queue(world: World) -> None:
    with pytest.raises(PermissionDenied):
        world.call(world.context(world.admin), "create_callback", number="+79161234567")


# -- take -----------------------------------------------------------------------------


def test_a_taken_callback_shows_who_has_it_and_no_one_else_can_take_it(world: World) -> None:
    created = _create(world)
    taken = world.call(
        world.context(), "take_callback", callback_id=created.callback_id, expected_version=1
    )
    assert taken.status == CallbackStatus.TAKEN and taken.version == 2
    callback = _row(world, created.callback_id)
    assert (callback.assigned_to_id, callback.taken_at) == (world.agent.user_id, NOW)
    [row] = _queue(world)
    assert (row.taken_by, row.taken_by_id) == ("Смирнова Анна", world.agent.user_id)
    assert _last_event(world).operation == "take_callback"

    before = snapshot(world.db)
    for agent in (world.other_agent, world.supervisor):
        with pytest.raises(
            Conflict, match=r"Смирнова Анна took this callback at 25\.11\.2026 13:00"
        ):
            world.call(world.context(agent), "take_callback", callback_id=created.callback_id)
    with pytest.raises(Invalid, match="already"):
        world.call(world.context(), "take_callback", callback_id=created.callback_id)
    assert snapshot(world.db) == before


def test_take_refuses_a_stale_screen_a_closed_and_an_unknown_callback(world: World) -> None:
    created = _create(world)
    world.call(
        world.context(),
        "reschedule_callback",
        callback_id=created.callback_id,
        due_at=LATER,
    )
    before = snapshot(world.db)
    with pytest.raises(Conflict, match="changed this callback"):
        world.call(
            world.context(world.other_agent),
            "take_callback",
            callback_id=created.callback_id,
            expected_version=created.version,
        )
    with pytest.raises(NotFound):
        world.call(world.context(), "take_callback", callback_id=created.callback_id + 100)
    assert snapshot(world.db) == before
    world.call(world.context(), "cancel_callback", callback_id=created.callback_id, reason="дубль")
    before = snapshot(world.db)
    with pytest.raises(Invalid, match="closed already"):
        world.call(world.context(), "take_callback", callback_id=created.callback_id)
    assert snapshot(world.db) == before


def test_two_agents_take_the_same_callback_at_once_one_wins(world: World) -> None:
    """Two threads, two engines (two real connections), the same version seen by both."""
    created = _create(world)
    engines = [world.db, open_database(world.db.url)]
    contexts = [world.context(), world.context(world.other_agent)]
    outcomes: list[object] = [None, None]
    barrier = threading.Barrier(2)

    def take(index: int) -> None:
        barrier.wait()
        try:
            outcomes[index] = execute(
                engines[index],
                contexts[index],
                "take_callback",
                callback_id=created.callback_id,
                expected_version=created.version,
            )
        except DomainError as error:
            outcomes[index] = error

    threads = [threading.Thread(target=take, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    engines[1].dispose()
    won = [i for i, o in enumerate(outcomes) if isinstance(o, CallbackState)]
    lost = [o for o in outcomes if isinstance(o, Conflict)]
    assert len(won) == 1 and len(lost) == 1, outcomes
    winner = contexts[won[0]].agent
    assert winner.full_name in str(lost[0])
    assert _row(world, created.callback_id).assigned_to_id == winner.user_id
    with world.db.read() as s:
        takes = s.scalars(select(AuditEvent).where(AuditEvent.operation == "take_callback"))
        assert len(takes.all()) == 1


# -- record the outcome ---------------------------------------------------------------


def test_answered_needs_the_conversation_s_interaction_and_closes_the_callback(
    world: World,
) -> None:
    taken = _taken(world)
    before = snapshot(world.db)
    with pytest.raises(InteractionRequired):
        world.call(
            world.context(),
            "record_callback_outcome",
            callback_id=taken.callback_id,
            result=CallResult.ANSWERED,
        )
    assert snapshot(world.db) == before
    ctx = world.start(caller="+79161234567")
    done = world.call(
        ctx,
        "record_callback_outcome",
        callback_id=taken.callback_id,
        result=CallResult.ANSWERED,
        note="Объяснил списание",
        expected_version=taken.version,
    )
    assert (done.status, done.attempts, done.outcome) == (CallbackStatus.DONE, 1, "answered")
    callback = _row(world, taken.callback_id)
    assert callback.answered_at == NOW and callback.note.endswith("Объяснил списание")
    event = _last_event(world)
    assert event.operation == "record_callback_outcome"
    assert event.interaction_id == ctx.interaction_id
    assert _queue(world) == []


def test_no_answer_puts_it_back_later_and_gives_up_after_the_last_attempt(world: World) -> None:
    taken = _taken(world)
    again = world.call(
        world.context(),
        "record_callback_outcome",
        callback_id=taken.callback_id,
        result=CallResult.NO_ANSWER,
    )
    assert (again.status, again.attempts, again.assigned_to_id) == (CallbackStatus.OPEN, 1, None)
    assert again.due_at == NOW + timedelta(minutes=30)
    assert _row(world, taken.callback_id).taken_at is None
    # The next attempt by someone else, at a time the agent chose.
    world.call(world.context(world.other_agent), "take_callback", callback_id=taken.callback_id)
    chosen = world.call(
        world.context(world.other_agent),
        "record_callback_outcome",
        callback_id=taken.callback_id,
        result=CallResult.BUSY,
        retry_at=LATER,
    )
    assert (chosen.status, chosen.attempts, chosen.due_at, chosen.outcome) == (
        CallbackStatus.OPEN,
        2,
        LATER,
        "busy",
    )
    world.call(world.context(), "take_callback", callback_id=taken.callback_id)
    last = world.call(
        world.context(),
        "record_callback_outcome",
        callback_id=taken.callback_id,
        result=CallResult.NO_ANSWER,
    )
    assert (last.status, last.attempts, last.outcome) == (CallbackStatus.DONE, 3, "given_up")
    assert _row(world, taken.callback_id).answered_at is None


def test_the_number_of_attempts_is_a_rule(world: World) -> None:
    taken = _taken(world)
    ctx = Context(world.agent, now=NOW, rules=Rules(callback_max_attempts=1))
    state = world.call(
        ctx, "record_callback_outcome", callback_id=taken.callback_id, result=CallResult.BUSY
    )
    assert state.status == CallbackStatus.DONE


def test_record_refuses_what_makes_no_sense(world: World) -> None:
    open_one = _create(world)
    taken = _taken(world)
    ctx = world.start()
    before = snapshot(world.db)
    cases: list[tuple[Context, dict[str, Any], type[DomainError], str]] = [
        (ctx, {"callback_id": open_one.callback_id}, Invalid, "Take the callback first"),
        (
            world.context(world.other_agent),
            {"callback_id": taken.callback_id},
            Conflict,
            "Смирнова Анна took",
        ),
        (
            world.context(world.supervisor),
            {"callback_id": taken.callback_id},
            Conflict,
            "Смирнова Анна took",
        ),
        (
            ctx,
            {"callback_id": taken.callback_id, "retry_at": LATER},
            Invalid,
            "no further attempt",
        ),
    ]
    for context, arguments, error, message in cases:
        with pytest.raises(error, match=message):
            world.call(context, "record_callback_outcome", result=CallResult.ANSWERED, **arguments)
    with pytest.raises(Invalid, match="in the past"):
        world.call(
            ctx,
            "record_callback_outcome",
            callback_id=taken.callback_id,
            result=CallResult.NO_ANSWER,
            retry_at=NOW - timedelta(hours=1),
        )
    assert snapshot(world.db) == before


# -- reschedule, release, cancel ------------------------------------------------------


def test_reschedule_returns_a_taken_callback_to_the_queue_without_an_attempt(
    world: World,
) -> None:
    taken = _taken(world)
    moved = world.call(
        world.context(),
        "reschedule_callback",
        callback_id=taken.callback_id,
        due_at=LATER,
        note="Просил перезвонить вечером",
        expected_version=taken.version,
    )
    assert (moved.status, moved.due_at, moved.attempts, moved.assigned_to_id) == (
        CallbackStatus.OPEN,
        LATER,
        0,
        None,
    )
    assert _last_event(world).operation == "reschedule_callback"
    before = snapshot(world.db)
    with pytest.raises(Invalid, match="in the past"):
        world.call(
            world.context(),
            "reschedule_callback",
            callback_id=taken.callback_id,
            due_at=NOW - timedelta(hours=1),
        )
    assert snapshot(world.db) == before


def test_only_the_taker_or_a_supervisor_releases_or_reschedules(world: World) -> None:
    taken = _taken(world)
    before = snapshot(world.db)
    with pytest.raises(Conflict, match="Смирнова Анна took"):
        world.call(
            world.context(world.other_agent), "release_callback", callback_id=taken.callback_id
        )
    with pytest.raises(Conflict, match="Смирнова Анна took"):
        world.call(
            world.context(world.other_agent),
            "reschedule_callback",
            callback_id=taken.callback_id,
            due_at=LATER,
        )
    assert snapshot(world.db) == before
    released = world.call(
        world.context(world.supervisor), "release_callback", callback_id=taken.callback_id
    )
    assert (released.status, released.assigned_to_id) == (CallbackStatus.OPEN, None)
    event = _last_event(world)
    assert event.operation == "release_callback" and event.agent_id == world.supervisor.user_id
    with pytest.raises(Invalid, match="not taken"):
        world.call(world.context(), "release_callback", callback_id=taken.callback_id)


def test_cancel_needs_a_reason_and_takes_it_off_the_queue(world: World) -> None:
    taken = _taken(world)
    before = snapshot(world.db)
    with pytest.raises(Invalid, match="why"):
        world.call(world.context(), "cancel_callback", callback_id=taken.callback_id, reason=" ")
    with pytest.raises(Conflict):
        world.call(
            world.context(world.other_agent),
            "cancel_callback",
            callback_id=taken.callback_id,
            reason="дозвонился сам",
        )
    assert snapshot(world.db) == before
    cancelled = world.call(
        world.context(), "cancel_callback", callback_id=taken.callback_id, reason="дозвонился сам"
    )
    assert (cancelled.status, cancelled.outcome) == (CallbackStatus.CANCELLED, "cancelled")
    assert _row(world, taken.callback_id).note.endswith("дозвонился сам")
    assert json.loads(_last_event(world).summary) == {"reason": "дозвонился сам"}


# -- the queue and its statistics -----------------------------------------------------


def test_the_queue_lists_overdue_first_the_urgent_of_them_first(world: World) -> None:
    earlier = world.context(now=NOW - timedelta(hours=5))

    def make(due: datetime, priority: int) -> int:
        state = world.call(
            earlier, "create_callback", number="+79031112233", due_at=due, priority=priority
        )
        return int(state.callback_id)

    late_normal = make(NOW - timedelta(hours=3), 1)
    late_high = make(NOW - timedelta(hours=1), 2)
    late_low = make(NOW - timedelta(hours=4), 0)
    soon_low = make(NOW + timedelta(minutes=10), 0)
    soon_high = make(NOW + timedelta(minutes=10), 2)
    later_high = make(NOW + timedelta(hours=3), 2)
    closed = make(NOW - timedelta(hours=4), 2)
    world.call(world.context(), "cancel_callback", callback_id=closed, reason="дубль")
    rows = _queue(world)
    assert [r.callback_id for r in rows] == [
        late_high,
        late_normal,
        late_low,
        soon_high,
        soon_low,
        later_high,
    ]
    assert [r.overdue for r in rows] == [True, True, True, False, False, False]
    assert rows[0].customer is None and rows[0].msisdn == "+79031112233"


def test_the_queue_names_our_subscriber(world: World) -> None:
    _create(world)
    [row] = _queue(world)
    assert row.customer == "Алёшин Пётр Иванович"


def test_statistics_are_for_supervisors(world: World) -> None:
    with world.db.read() as s, pytest.raises(PermissionDenied):
        queue_statistics(s, world.context())


def test_statistics_size_age_and_answers_within_the_target(world: World) -> None:
    morning = NOW - timedelta(hours=4)  # 09:00 in Moscow
    early = world.context(now=morning)
    ids = [
        world.call(early, "create_callback", number="+79031112233").callback_id for _ in range(4)
    ]
    ctx = world.start()  # the conversation of the answered calls

    def answer(callback_id: int, at: datetime) -> None:
        moment = Context(world.agent, ctx.interaction_id, now=at)
        execute(world.db, moment, "take_callback", callback_id=callback_id)
        execute(
            world.db,
            moment,
            "record_callback_outcome",
            callback_id=callback_id,
            result=CallResult.ANSWERED,
        )

    answer(ids[0], morning + timedelta(minutes=90))  # within the two hours
    answer(ids[1], morning + timedelta(hours=3))  # too late
    world.call(world.context(world.other_agent), "take_callback", callback_id=ids[2])
    hopeless = world.call(early, "create_callback", number="+79034445566").callback_id
    for attempt in range(3):  # the configured attempts, none answered
        moment = Context(world.agent, ctx.interaction_id, now=morning + timedelta(hours=attempt))
        execute(world.db, moment, "take_callback", callback_id=hopeless)
        execute(
            world.db,
            moment,
            "record_callback_outcome",
            callback_id=hopeless,
            result=CallResult.NO_ANSWER,
        )
    _create(world, due_at=LATER)
    with world.db.read() as s:
        stats = queue_statistics(s, world.context(world.supervisor))
        closed = s.get_one(CallbackRequest, hopeless).closed_at
        answered = s.get_one(CallbackRequest, ids[0])
    assert closed == morning + timedelta(hours=2)
    assert answered.closed_at == answered.answered_at == morning + timedelta(minutes=90)
    assert stats.given_up == 1
    assert (stats.size, stats.taken, stats.overdue) == (3, 1, 2)
    assert stats.oldest_created_at == morning
    assert (stats.answered, stats.answered_on_time, stats.on_time_share) == (2, 1, 0.5)
    assert stats.target == timedelta(hours=2)
    assert stats.since == datetime(2026, 11, 24, 21, 0, tzinfo=UTC)  # midnight in Moscow
    with world.db.read() as s:
        tomorrow = queue_statistics(
            s, world.context(world.supervisor), since=NOW + timedelta(days=1)
        )
    assert (tomorrow.answered, tomorrow.on_time_share, tomorrow.given_up) == (0, None, 0)

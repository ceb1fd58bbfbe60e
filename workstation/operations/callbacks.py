"""The callback queue (обратные звонки): create, take, call, record the result, reschedule.

A callback comes from an interaction's "callback needed" outcome, from an agent, or from
the telephony system's list of abandoned calls (:mod:`workstation.callbacks_import`).
Working the queue needs no open interaction: an agent takes a callback (then no one
else can), dials, and records the result. An *answered* callback is a conversation, and
every conversation is an interaction: recording "answered" needs the agent's open
interaction, whose id the audit event carries. The screen starts that interaction with
the channel "callback" and the callback's number as soon as the agent takes one; the
core accepts any channel, because a subscriber who rings 0890 while their callback waits
is served in that inbound interaction and their callback is closed there.

Every change names the version of the callback the agent's screen showed; a callback
changed meanwhile (taken, rescheduled, closed by someone else) is refused, never
overwritten. The row is also locked for the transaction, so of two agents taking the
same callback at the same moment the second one is told who has it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum, StrEnum
from typing import NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import CallbackRequest, CallbackStatus, Line, LineStatus, PersonalAccount, Role, User
from workstation.formatting import moment, zone
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.operations.errors import Conflict, Invalid, NotFound
from workstation.operations.framework import Context, open_interaction, operation
from workstation.phone import to_e164

# The screen offers whole minutes: a time picked in the current minute counts as now.
PAST_GRACE = timedelta(minutes=1)
NOTE_LIMIT = 2000
GIVEN_UP = "given_up"
CANCELLED = "cancelled"
"""The stored outcome of a callback closed without an answer; see :class:`CallResult`."""


class Priority(IntEnum):
    LOW = 0
    NORMAL = 1
    HIGH = 2


class CallResult(StrEnum):
    """What happened when the agent dialled; stored as the callback's last outcome."""

    ANSWERED = "answered"
    NO_ANSWER = "no_answer"
    BUSY = "busy"


@dataclass(frozen=True)
class CallbackState:
    """A callback after an operation: what the queue shows of it, and its new version."""

    callback_id: int
    msisdn: str
    status: CallbackStatus
    due_at: datetime
    attempts: int
    assigned_to_id: int | None
    outcome: str | None
    version: int


def _state(session: Session, callback: CallbackRequest) -> CallbackState:
    session.flush()  # the version moves on at the flush
    return CallbackState(
        callback.id,
        callback.msisdn,
        callback.status,
        callback.due_at,
        callback.attempts,
        callback.assigned_to_id,
        callback.outcome,
        callback.version,
    )


def _aware(value: datetime, ctx: Context) -> datetime:
    """A time typed without a zone (the command line) is the agent's local time."""
    return value if value.tzinfo is not None else value.replace(tzinfo=zone(ctx.time_zone))


def _future(value: datetime, ctx: Context) -> datetime:
    when = _aware(value, ctx)
    if when < ctx.now - PAST_GRACE:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "The callback time is in the past."))
    return when


def _note(text: str) -> str:
    note = text.strip()
    if len(note) > NOTE_LIMIT:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The note is too long: at most {limit} characters."),
            limit=NOTE_LIMIT,
        )
    return note


def _append(callback: CallbackRequest, text: str) -> None:
    note = _note(text)
    if note:
        callback.note = f"{callback.note}\n{note}" if callback.note else note


def _callback(session: Session, ctx: Context, callback_id: int) -> CallbackRequest:
    """The callback, locked for this transaction; refused when closed or another agent's.

    A supervisor may act on another agent's callback; each operation says how far.
    """
    callback = session.get(CallbackRequest, callback_id, with_for_update=True)
    if callback is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Callback {id} not found"), id=callback_id)
    if callback.status in (CallbackStatus.DONE, CallbackStatus.CANCELLED):
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "This callback is closed already: {status}."),
            status=callback.status,
        )
    if _taken_by_other(callback, ctx) and ctx.agent.role != Role.SUPERVISOR:
        _refuse_taken(session, ctx, callback)
    return callback


def _unchanged(callback: CallbackRequest, expected_version: int | None) -> None:
    """Refuse a change decided on a screen that showed an older state of the callback."""
    if expected_version is not None and callback.version != expected_version:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "Someone else changed this callback a moment ago. Nothing was saved; "
                "the queue has been reloaded.",
            )
        )


def _taken_by_other(callback: CallbackRequest, ctx: Context) -> bool:
    return callback.status == CallbackStatus.TAKEN and callback.assigned_to_id != ctx.agent.user_id


def _refuse_taken(session: Session, ctx: Context, callback: CallbackRequest) -> NoReturn:
    who = session.get(User, callback.assigned_to_id) if callback.assigned_to_id else None
    raise Conflict(
        QT_TRANSLATE_NOOP("errors", "{who} took this callback at {when}."),
        who=who.full_name if who else "—",
        when=moment(callback.taken_at, ctx.time_zone) if callback.taken_at else "—",
    )


def _open_again(callback: CallbackRequest) -> None:
    callback.status = CallbackStatus.OPEN
    callback.assigned_to_id = None
    callback.taken_at = None


@operation("create_callback", interaction=False)
def create_callback(
    session: Session,
    ctx: Context,
    *,
    number: str,
    due_at: datetime | None = None,
    note: str = "",
    priority: int = Priority.NORMAL,
) -> CallbackState:
    """Put a subscriber in the callback queue: the number, when to call, why."""
    msisdn = to_e164(number)
    if msisdn is None:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "{caller} is not a phone number."), caller=number)
    if priority not in tuple(Priority):
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The priority must be from {low} to {high}."),
            low=int(Priority.LOW),
            high=int(Priority.HIGH),
        )
    due = ctx.now if due_at is None else _future(due_at, ctx)
    customer = session.scalar(
        select(PersonalAccount.customer_id)
        .join(Line, Line.account_id == PersonalAccount.id)
        .where(Line.msisdn == msisdn, Line.status != LineStatus.CLOSED)
    )
    callback = CallbackRequest(
        msisdn=msisdn,
        customer_id=customer,
        created_at=ctx.now,
        due_at=due,
        priority=int(priority),
        status=CallbackStatus.OPEN,
        attempts=0,
        note=_note(note),
        queue="",
    )
    session.add(callback)
    session.flush()
    ctx.record(
        session,
        "create_callback",
        "callback",
        callback.id,
        {"msisdn": msisdn, "due": due.isoformat(), "priority": int(priority)},
    )
    return _state(session, callback)


@operation("take_callback", interaction=False)
def take_callback(
    session: Session, ctx: Context, *, callback_id: int, expected_version: int | None = None
) -> CallbackState:
    """Take a callback from the queue: from now on it is this agent's to call."""
    callback = _callback(session, ctx, callback_id)
    if callback.status == CallbackStatus.TAKEN:
        if callback.assigned_to_id == ctx.agent.user_id:
            raise Invalid(QT_TRANSLATE_NOOP("errors", "You have taken this callback already."))
        # A supervisor may release or cancel someone else's callback, not take it over.
        _refuse_taken(session, ctx, callback)
    _unchanged(callback, expected_version)
    callback.status = CallbackStatus.TAKEN
    callback.assigned_to_id = ctx.agent.user_id
    callback.taken_at = ctx.now
    ctx.record(session, "take_callback", "callback", callback.id, {"msisdn": callback.msisdn})
    return _state(session, callback)


@operation("record_callback_outcome", interaction=False)
def record_callback_outcome(
    session: Session,
    ctx: Context,
    *,
    callback_id: int,
    result: CallResult,
    retry_at: datetime | None = None,
    note: str = "",
    expected_version: int | None = None,
) -> CallbackState:
    """Record what happened on the call: answered closes it; otherwise a later attempt.

    No answer or busy counts an attempt and puts the callback back in the queue, due at
    ``retry_at`` or after the configured delay, until the configured number of attempts
    is reached and it is given up.
    """
    callback = _callback(session, ctx, callback_id)
    if _taken_by_other(callback, ctx):
        _refuse_taken(session, ctx, callback)
    if callback.status != CallbackStatus.TAKEN:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "Take the callback first."))
    if result == CallResult.ANSWERED:
        if retry_at is not None:
            raise Invalid(
                QT_TRANSLATE_NOOP("errors", "An answered callback needs no further attempt.")
            )
        open_interaction(session, ctx)
    _unchanged(callback, expected_version)
    callback.attempts += 1
    callback.outcome = result.value
    if result == CallResult.ANSWERED:
        callback.status = CallbackStatus.DONE
        callback.answered_at = callback.closed_at = ctx.now
    elif callback.attempts >= ctx.rules.callback_max_attempts:
        callback.status = CallbackStatus.DONE
        callback.outcome = GIVEN_UP
        callback.closed_at = ctx.now
    else:
        callback.due_at = (
            ctx.now + timedelta(minutes=ctx.rules.callback_retry_minutes)
            if retry_at is None
            else _future(retry_at, ctx)
        )
        _open_again(callback)
    _append(callback, note)
    ctx.record(
        session,
        "record_callback_outcome",
        "callback",
        callback.id,
        {
            "result": result.value,
            "attempts": callback.attempts,
            "status": callback.status.value,
            "due": callback.due_at.isoformat(),
        },
    )
    return _state(session, callback)


@operation("reschedule_callback", interaction=False)
def reschedule_callback(
    session: Session,
    ctx: Context,
    *,
    callback_id: int,
    due_at: datetime,
    note: str = "",
    expected_version: int | None = None,
) -> CallbackState:
    """Move a callback to another time (the subscriber asked for it): no attempt counted.

    A taken callback goes back to the queue, due at the new time.
    """
    callback = _callback(session, ctx, callback_id)
    _unchanged(callback, expected_version)
    callback.due_at = _future(due_at, ctx)
    _open_again(callback)
    _append(callback, note)
    ctx.record(
        session,
        "reschedule_callback",
        "callback",
        callback.id,
        {"due": callback.due_at.isoformat()},
    )
    return _state(session, callback)


@operation("release_callback", interaction=False)
def release_callback(
    session: Session, ctx: Context, *, callback_id: int, expected_version: int | None = None
) -> CallbackState:
    """Give a taken callback back to the queue, unchanged, for another agent to take."""
    callback = _callback(session, ctx, callback_id)
    if callback.status != CallbackStatus.TAKEN:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "The callback is not taken by anyone."))
    _unchanged(callback, expected_version)
    released_from = callback.assigned_to_id
    _open_again(callback)
    ctx.record(session, "release_callback", "callback", callback.id, {"from": released_from})
    return _state(session, callback)


@operation("cancel_callback", interaction=False)
def cancel_callback(
    session: Session,
    ctx: Context,
    *,
    callback_id: int,
    reason: str,
    expected_version: int | None = None,
) -> CallbackState:
    """Take a callback off the queue without calling (the subscriber got through meanwhile)."""
    if not reason.strip():
        raise Invalid(QT_TRANSLATE_NOOP("errors", "Say why the callback is cancelled."))
    callback = _callback(session, ctx, callback_id)
    _unchanged(callback, expected_version)
    callback.status = CallbackStatus.CANCELLED
    callback.outcome = CANCELLED
    callback.closed_at = ctx.now
    _append(callback, reason)
    ctx.record(session, "cancel_callback", "callback", callback.id, {"reason": reason.strip()})
    return _state(session, callback)

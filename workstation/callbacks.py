"""The callback queue as the screen shows it, and the supervisor's figures on it.

The queue is every callback still to be made (open or taken), in the order an agent
should work it: the overdue ones first, the most urgent of them first and then the
longest waiting; then the rest by due time, the more urgent first at the same time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from models import CallbackRequest, CallbackStatus, Customer, CustomerKind, Role, User
from workstation.formatting import zone
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.names import full_name
from workstation.operations.callbacks import GIVEN_UP
from workstation.operations.errors import PermissionDenied
from workstation.operations.framework import Context

QUEUE_LIMIT = 1000
"""The rows the screen lists; the statistics count them all."""
WAITING = (CallbackStatus.OPEN, CallbackStatus.TAKEN)


@dataclass(frozen=True)
class CallbackRow:
    """One callback in the queue."""

    callback_id: int
    msisdn: str
    customer: str | None
    """The subscriber's name when the number is one of ours."""
    queue: str
    note: str
    created_at: datetime
    due_at: datetime
    priority: int
    status: CallbackStatus
    attempts: int
    last_result: str | None
    taken_by_id: int | None
    taken_by: str | None
    taken_at: datetime | None
    version: int
    overdue: bool


@dataclass(frozen=True)
class QueueStatistics:
    """The queue now, and how the callbacks answered since ``since`` went."""

    size: int
    taken: int
    overdue: int
    oldest_created_at: datetime | None
    """When the longest-waiting callback in the queue was asked for."""
    since: datetime
    answered: int
    answered_on_time: int
    """Answered within ``target`` of the request."""
    target: timedelta
    given_up: int
    """Closed since ``since`` because every attempt went unanswered."""

    @property
    def on_time_share(self) -> float | None:
        return self.answered_on_time / self.answered if self.answered else None


def load_queue(session: Session, *, now: datetime, limit: int = QUEUE_LIMIT) -> list[CallbackRow]:
    overdue = CallbackRequest.due_at <= now
    rows = session.execute(
        select(
            CallbackRequest.id,
            CallbackRequest.msisdn,
            CallbackRequest.queue,
            CallbackRequest.note,
            CallbackRequest.created_at,
            CallbackRequest.due_at,
            CallbackRequest.priority,
            CallbackRequest.status,
            CallbackRequest.attempts,
            CallbackRequest.outcome,
            CallbackRequest.assigned_to_id,
            User.full_name,
            CallbackRequest.taken_at,
            CallbackRequest.version,
            Customer.kind,
            Customer.last_name,
            Customer.first_name,
            Customer.middle_name,
            Customer.company_name,
        )
        .outerjoin(User, User.id == CallbackRequest.assigned_to_id)
        .outerjoin(Customer, Customer.id == CallbackRequest.customer_id)
        .where(CallbackRequest.status.in_(WAITING))
        .order_by(
            case((overdue, 0), else_=1),
            case((overdue, -CallbackRequest.priority), else_=0),
            CallbackRequest.due_at,
            CallbackRequest.priority.desc(),
            CallbackRequest.id,
        )
        .limit(limit)
    ).all()
    return [
        CallbackRow(
            callback_id=r[0],
            msisdn=r[1],
            customer=_name(r[14], r[15], r[16], r[17], r[18]),
            queue=r[2],
            note=r[3],
            created_at=r[4],
            due_at=r[5],
            priority=r[6],
            status=r[7],
            attempts=r[8],
            last_result=r[9],
            taken_by_id=r[10],
            taken_by=r[11],
            taken_at=r[12],
            version=r[13],
            overdue=r[5] <= now,
        )
        for r in rows
    ]


def _name(
    kind: CustomerKind | None,
    last: str | None,
    first: str | None,
    middle: str | None,
    company: str | None,
) -> str | None:
    if kind is None:
        return None
    if kind == CustomerKind.BUSINESS:
        return company or None
    return full_name(last, first, middle) or None


def queue_statistics(
    session: Session, ctx: Context, *, since: datetime | None = None
) -> QueueStatistics:
    """The supervisor's figures; ``since`` is the start of today in the agent's zone by default.

    Raises:
        PermissionDenied: the agent is not a supervisor.
    """
    if ctx.agent.role != Role.SUPERVISOR:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors", "Your role ({role}) does not allow this operation: {roles}."
            ),
            role=ctx.agent.role,
            roles=(Role.SUPERVISOR,),
        )
    if since is None:
        today = ctx.now.astimezone(zone(ctx.time_zone)).date()
        since = datetime.combine(today, time(), zone(ctx.time_zone))
    size, taken, overdue, oldest = session.execute(
        select(
            func.count(),
            func.count(case((CallbackRequest.status == CallbackStatus.TAKEN, 1))),
            func.count(case((CallbackRequest.due_at <= ctx.now, 1))),
            func.min(CallbackRequest.created_at),
        ).where(CallbackRequest.status.in_(WAITING))
    ).one()
    target = timedelta(minutes=ctx.rules.callback_target_minutes)
    # Durations are compared here rather than in SQL, which SQLite and PostgreSQL spell
    # differently; a day's answered callbacks are a few thousand at most.
    answered = session.execute(
        select(CallbackRequest.created_at, CallbackRequest.answered_at).where(
            CallbackRequest.answered_at >= since
        )
    ).all()
    given_up = session.execute(
        select(func.count()).where(
            CallbackRequest.outcome == GIVEN_UP, CallbackRequest.closed_at >= since
        )
    ).scalar_one()
    return QueueStatistics(
        size=size,
        taken=taken,
        overdue=overdue,
        oldest_created_at=oldest,
        since=since,
        answered=len(answered),
        answered_on_time=sum(
            1 for created, done in answered if done is not None and done - created <= target
        ),
        target=target,
        given_up=given_up,
    )

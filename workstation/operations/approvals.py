"""Operations an agent may not do alone: asked for now, approved or rejected by a supervisor.

An agent asks with :func:`request_approval`: the operation's own code runs at once inside a
savepoint that is rolled back, as a supervisor would run it, so a request that would be
refused is refused now, with the same message, and what it would do is kept as the
request's summary. The arguments are stored as JSON. A supervisor sees the queue
(:func:`pending_requests`) and approves (:func:`approve_request`): the operation then runs,
as the supervisor, in the same transaction that marks the request done. The approval
wraps the operation's function, so the operation records its own audit event (linked to
the interaction it was asked in) and the approval records one more; the framework's one
event per executed operation holds. A supervisor who does the operation directly needs no
request at all.

Operations that can be asked for are marked with :func:`approvable`.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ApprovalRequest, ApprovalStatus, Customer, Interaction, Role, User
from workstation.card.header import customer_name
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.operations.errors import Invalid, NotFound
from workstation.operations.framework import (
    REGISTRY,
    SUPERVISORS,
    Context,
    OperationSpec,
    check_role,
    operation,
    require_verified,
    target_customer,
)

F = TypeVar("F", bound=Callable[..., Any])

APPROVABLE: dict[str, Callable[[Any], str]] = {}
"""Operation name → how its result reads in the supervisor's queue."""

# The agent's screen version is not kept: the approval re-checks the accounts as they are then.
NOT_STORED = frozenset({"expected_version"})


def approvable(describe: Callable[[Any], str]) -> Callable[[F], F]:
    """Let agents ask for this (already registered) operation; ``describe`` words its result."""

    def mark(fn: F) -> F:
        name = next(spec.name for spec in REGISTRY.values() if spec.fn is fn)
        APPROVABLE[name] = describe
        return fn

    return mark


@dataclass(frozen=True)
class ApprovalRequested:
    request_id: int
    operation: str
    summary: str


@dataclass(frozen=True)
class RequestDecided:
    request_id: int
    operation: str
    status: ApprovalStatus
    result: Any
    """What the approved operation returned (None for a rejection)."""


@dataclass(frozen=True)
class PendingRequest:
    request_id: int
    operation: str
    summary: str
    customer_id: int | None
    customer_name: str
    requested_by: str
    requested_by_id: int
    requested_at: datetime


def _spec(name: str) -> OperationSpec:
    if name not in APPROVABLE:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The operation {operation} cannot be asked for approval."),
            operation=name,
        )
    return REGISTRY[name]


def _bad_argument(name: str, value: Any) -> Invalid:
    return Invalid(
        QT_TRANSLATE_NOOP("errors", "The value {value} of «{name}» is not valid."),
        name=name,
        value=str(value),
    )


def _decode(name: str, value: Any, kind: Any) -> Any:
    """A JSON value (or a Python one) as the type the operation's signature names.

    The types of the approvable operations: whole numbers and lists of them, amounts,
    text and enumerations.
    """
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        kind = next(a for a in typing.get_args(kind) if a is not type(None))
        origin = typing.get_origin(kind)
    if origin is list:
        if not isinstance(value, list | tuple):
            raise _bad_argument(name, value)
        (item,) = typing.get_args(kind)
        return [_decode(name, v, item) for v in value]
    try:
        if (
            kind is Decimal
            and isinstance(value, Decimal | int | str)
            and not isinstance(value, bool)
        ):
            amount = Decimal(value)
            if amount.is_finite():
                return amount
        elif kind in (int, str) and type(value) is kind:
            return value
        elif isinstance(kind, type) and issubclass(kind, Enum):
            return kind(value)
    except (ValueError, InvalidOperation):
        pass
    raise _bad_argument(name, value)


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    return value


def checked_arguments(spec: OperationSpec, arguments: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments converted to the operation's types; unknown or missing ones refused."""
    hints = typing.get_type_hints(spec.fn)
    known = {p.name: p for p in spec.parameters}
    unknown = sorted(set(arguments) - set(known))
    if unknown:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The operation {operation} takes no argument {name}."),
            operation=spec.name,
            name=", ".join(unknown),
        )
    missing = [n for n, p in known.items() if p.default is p.empty and n not in arguments]
    if missing:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The operation {operation} needs {name}."),
            operation=spec.name,
            name=", ".join(missing),
        )
    return {name: _decode(name, value, hints[name]) for name, value in arguments.items()}


def dry_run(session: Session, ctx: Context, spec: OperationSpec, arguments: dict[str, Any]) -> Any:
    """Run the operation as a supervisor would, inside a savepoint that is always rolled back.

    Raises:
        DomainError: the refusal the approval would meet now.
    """
    as_approver = Context(
        replace(ctx.agent, role=Role.SUPERVISOR),
        ctx.interaction_id,
        ctx.now,
        ctx.time_zone,
        ctx.rules,
    )
    savepoint = session.begin_nested()
    try:
        return spec.fn(session, as_approver, **arguments)
    finally:
        savepoint.rollback()


@operation("request_approval")
def request_approval(
    session: Session,
    ctx: Context,
    *,
    operation: str,
    arguments: dict[str, Any],
    note: str = "",
) -> ApprovalRequested:
    """Ask a supervisor to approve an operation; it is checked now as if it were done."""
    spec = _spec(operation)
    values = checked_arguments(spec, arguments)
    if spec.verification:
        interaction = session.get_one(Interaction, ctx.interaction_id)
        require_verified(session, interaction, values, spec.methods)
    stored = {k: _encode(v) for k, v in sorted(values.items()) if k not in NOT_STORED}
    text = json.dumps(stored, ensure_ascii=False, sort_keys=True)
    waiting = session.scalar(
        select(ApprovalRequest.id).where(
            ApprovalRequest.operation == operation,
            ApprovalRequest.arguments == text,
            ApprovalRequest.status == ApprovalStatus.PENDING,
        )
    )
    if waiting is not None:
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "errors", "The same request is already waiting for a supervisor (number {id})."
            ),
            id=waiting,
        )
    result = dry_run(session, ctx, spec, values)
    summary = APPROVABLE[operation](result)
    if note.strip():
        summary = f"{summary} — {note.strip()}"
    request = ApprovalRequest(
        operation=operation,
        arguments=text,
        summary=summary,
        customer_id=target_customer(session, values),
        requested_by_id=ctx.agent.user_id,
        interaction_id=ctx.interaction_id,
        requested_at=ctx.now,
        status=ApprovalStatus.PENDING,
        decision_note="",
    )
    session.add(request)
    session.flush()
    ctx.record(
        session,
        "request_approval",
        "approval_request",
        request.id,
        {"operation": operation, "arguments": stored, "summary": summary},
    )
    return ApprovalRequested(request.id, operation, summary)


def _pending(session: Session, request_id: int) -> ApprovalRequest:
    request = session.get(ApprovalRequest, request_id, with_for_update=True)
    if request is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "Approval request {id} not found."), id=request_id
        )
    if request.status != ApprovalStatus.PENDING:
        who = session.get(User, request.decided_by_id) if request.decided_by_id else None
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "errors", "Request {id} has already been decided by {who}: {status}."
            ),
            id=request_id,
            who=who.full_name if who else "—",
            status=request.status,
        )
    return request


@operation("approve_request", roles=SUPERVISORS, interaction=False)
def approve_request(
    session: Session, ctx: Context, *, request_id: int, note: str = ""
) -> RequestDecided:
    """Approve an agent's request: the operation runs now, as the supervisor."""
    request = _pending(session, request_id)
    if request.requested_by_id == ctx.agent.user_id:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "A request cannot be approved by its author."))
    spec = REGISTRY[request.operation]
    check_role(spec, ctx.agent)
    values = checked_arguments(spec, json.loads(request.arguments))
    # The operation belongs to the interaction it was asked in; its event says so.
    inner = Context(ctx.agent, request.interaction_id, ctx.now, ctx.time_zone, ctx.rules)
    result = spec.fn(session, inner, **values)
    if inner.events != 1:
        raise AssertionError(f"operation {spec.name} recorded {inner.events} audit events")
    request.status = ApprovalStatus.DONE
    request.decided_by_id = ctx.agent.user_id
    request.decided_at = ctx.now
    request.decision_note = note.strip()
    ctx.record(
        session,
        "approve_request",
        "approval_request",
        request.id,
        {"operation": request.operation, "requested_by": request.requested_by_id},
    )
    return RequestDecided(request.id, request.operation, request.status, result)


@operation("reject_request", roles=SUPERVISORS, interaction=False)
def reject_request(session: Session, ctx: Context, *, request_id: int, note: str) -> RequestDecided:
    """Reject an agent's request, saying why; nothing else changes."""
    if not note.strip():
        raise Invalid(QT_TRANSLATE_NOOP("errors", "Say why the request is rejected."))
    request = _pending(session, request_id)
    request.status = ApprovalStatus.REJECTED
    request.decided_by_id = ctx.agent.user_id
    request.decided_at = ctx.now
    request.decision_note = note.strip()
    ctx.record(
        session,
        "reject_request",
        "approval_request",
        request.id,
        {"operation": request.operation, "note": request.decision_note},
    )
    return RequestDecided(request.id, request.operation, request.status, None)


def pending_requests(session: Session) -> tuple[PendingRequest, ...]:
    """The supervisors' queue: requests waiting for a decision, the oldest first."""
    rows = session.execute(
        select(ApprovalRequest, User.full_name, Customer)
        .join(User, User.id == ApprovalRequest.requested_by_id)
        .outerjoin(Customer, Customer.id == ApprovalRequest.customer_id)
        .where(ApprovalRequest.status == ApprovalStatus.PENDING)
        .order_by(ApprovalRequest.requested_at, ApprovalRequest.id)
    ).all()
    return tuple(
        PendingRequest(
            request_id=request.id,
            operation=request.operation,
            summary=request.summary,
            customer_id=request.customer_id,
            customer_name=customer_name(customer) if customer is not None else "",
            requested_by=author,
            requested_by_id=request.requested_by_id,
            requested_at=request.requested_at,
        )
        for request, author, customer in rows
    )

"""The core pattern every operation follows (DESIGN.md, "The core pattern").

An operation is a function ``fn(session, ctx, **arguments) -> result`` registered with
:func:`operation`, which declares who may run it and whether the caller must be verified.
:func:`execute` is the only way to run one: it checks the role, opens one transaction,
checks that the agent is inside an interaction and (when required) that the caller of the
target line or account is verified in it, runs the function, and commits; the function
writes exactly one audit event through :meth:`Context.record`. Any refusal is a
:class:`DomainError` raised before the commit, so a refused operation leaves the database
as it was. A refusal that matters for security (its error class names an ``audited``
reason: a role without the right, an unverified or locked-out caller, an adjustment over
the cap) is then put on record as a ``refused`` event in a short transaction of its own;
a plain validation refusal leaves no trace, audit log included.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models import Customer, Interaction, Line, PersonalAccount, Role, User
from workstation import audit
from workstation.auth import Agent
from workstation.config import Rules
from workstation.db import Database
from workstation.errors import DomainError
from workstation.formatting import moment
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.operations.errors import (
    Conflict,
    InteractionRequired,
    NotFound,
    PermissionDenied,
    VerificationRequired,
)

P = ParamSpec("P")
R = TypeVar("R")

AGENTS = frozenset({Role.AGENT, Role.SUPERVISOR})
SUPERVISORS = frozenset({Role.SUPERVISOR})
ADMINS = frozenset({Role.ADMIN})

REFUSED = "refused"
"""The audit log's operation name of a security-relevant refusal."""


@dataclass
class Context:
    """Who acts, in which interaction, and when; collects the operation's audit event."""

    agent: Agent
    interaction_id: int | None = None
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    time_zone: str = "Europe/Moscow"
    rules: Rules = field(default_factory=Rules)
    events: int = 0

    def record(
        self,
        session: Session,
        operation: str,
        target_type: str,
        target_id: int | str,
        summary: Mapping[str, Any] | None = None,
    ) -> None:
        audit.record(
            session,
            operation=operation,
            target_type=target_type,
            target_id=target_id,
            agent_id=self.agent.user_id,
            interaction_id=self.interaction_id,
            summary=summary,
            at=self.now,
        )
        self.events += 1


@dataclass(frozen=True)
class OperationSpec:
    name: str
    fn: Callable[..., Any]
    roles: frozenset[Role]
    verification: bool
    methods: frozenset[str] | None
    """The verification methods good enough for this operation (None: any)."""
    interaction: bool
    reason: str
    """The wrap-up reason of an interaction opened just for this operation (the CLI)."""
    summary: str

    @property
    def parameters(self) -> list[inspect.Parameter]:
        """The keyword arguments the operation takes (after session and context)."""
        return list(inspect.signature(self.fn).parameters.values())[2:]


REGISTRY: dict[str, OperationSpec] = {}


def operation(
    name: str,
    *,
    roles: frozenset[Role] = AGENTS,
    verification: bool = False,
    methods: frozenset[str] | None = None,
    interaction: bool = True,
    reason: str = "other",
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Register an operation under ``name`` (the CLI's and the audit log's name for it)."""

    def register(fn: Callable[P, R]) -> Callable[P, R]:
        doc = (fn.__doc__ or "").strip().splitlines()
        REGISTRY[name] = OperationSpec(
            name, fn, roles, verification, methods, interaction, reason, doc[0] if doc else name
        )
        return fn

    return register


def check_role(spec: OperationSpec, agent: Agent) -> None:
    if agent.role not in spec.roles:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors", "Your role ({role}) does not allow this operation: {roles}."
            ),
            role=agent.role,
            roles=tuple(sorted(spec.roles)),
        )


def check_still_allowed(session: Session, agent: Agent) -> None:
    """Refuse a session whose user an administrator has since deactivated or given a new role.

    The role was checked at login; this makes a change by an administrator take effect at
    the agent's next operation, not at their next login.
    """
    user = session.get(User, agent.user_id)
    if user is None or not user.active or user.role != agent.role:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors",
                "An administrator has deactivated your account or changed its role. Log in again.",
            )
        )


def execute(db: Database, ctx: Context, name: str, **arguments: Any) -> Any:
    """Run the operation ``name`` as ``ctx.agent`` in one transaction.

    Raises:
        DomainError: the refusal, with its reason; nothing was written but, for a refusal
            that matters for security, its ``refused`` audit event.
    """
    spec = REGISTRY[name]
    try:
        return _run(db, ctx, spec, arguments)
    except DomainError as refusal:
        if refusal.audited:
            record_refusal(db, ctx, name, refusal.audited, arguments)
        raise


def record_refusal(
    db: Database, ctx: Context, name: str, reason: str, arguments: Mapping[str, Any]
) -> None:
    """Put a refusal on record, after its transaction was rolled back, in one of its own.

    The event names the operation, the reason code and the line or account aimed at, never
    the arguments themselves (they may hold an answer to a verification question).
    """
    target_type, target_id = "operation", str(name)
    for key, kind in (("line_id", "line"), ("account_id", "account")):
        value = arguments.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            target_type, target_id = kind, str(value)
            break
    with db.write() as session:
        audit.record(
            session,
            operation=REFUSED,
            target_type=target_type,
            target_id=target_id,
            agent_id=ctx.agent.user_id,
            interaction_id=ctx.interaction_id,
            summary={"operation": name, "reason": reason},
            at=ctx.now,
        )


def _run(db: Database, ctx: Context, spec: OperationSpec, arguments: dict[str, Any]) -> Any:
    name = spec.name
    check_role(spec, ctx.agent)
    ctx.events = 0
    try:
        with db.write() as session:
            check_still_allowed(session, ctx.agent)
            if spec.interaction:
                interaction = open_interaction(session, ctx)
                if spec.verification:
                    require_verified(session, interaction, arguments, spec.methods)
            result = spec.fn(session, ctx, **arguments)
            if ctx.events != 1:
                raise AssertionError(f"operation {name} recorded {ctx.events} audit events")
    except StaleDataError as exc:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "Someone else saved a change to this subscriber a moment ago. Nothing was saved; the card has been reloaded.",
            )
        ) from exc
    return result


def open_interaction(session: Session, ctx: Context) -> Interaction:
    if ctx.interaction_id is None:
        raise InteractionRequired(
            QT_TRANSLATE_NOOP("errors", "Start an interaction with the caller first.")
        )
    interaction = session.get(Interaction, ctx.interaction_id)
    if interaction is None or interaction.agent_id != ctx.agent.user_id:
        raise InteractionRequired(QT_TRANSLATE_NOOP("errors", "The interaction is not yours."))
    if interaction.ended_at is not None:
        raise InteractionRequired(
            QT_TRANSLATE_NOOP("errors", "The interaction is closed; start a new one.")
        )
    return interaction


def target_customer(session: Session, arguments: Mapping[str, Any]) -> int:
    """The customer an operation acts on, from its ``line_id`` or ``account_id``."""
    if "line_id" in arguments:
        customer = session.scalar(
            select(PersonalAccount.customer_id)
            .join(Line, Line.account_id == PersonalAccount.id)
            .where(Line.id == arguments["line_id"])
        )
    elif "account_id" in arguments:
        customer = session.scalar(
            select(PersonalAccount.customer_id).where(PersonalAccount.id == arguments["account_id"])
        )
    else:
        raise AssertionError("an operation that needs verification names a line or account")
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such line or account."))
    return int(customer)


def require_verified(
    session: Session,
    interaction: Interaction,
    arguments: Mapping[str, Any],
    methods: frozenset[str] | None = None,
) -> None:
    customer = target_customer(session, arguments)
    if (
        interaction.verified_customer_id == customer
        and methods
        and (interaction.verified_method not in methods)
    ):
        raise VerificationRequired(
            QT_TRANSLATE_NOOP(
                "errors",
                "This operation needs the caller verified by {methods}; "
                "verify again by one of them.",
            ),
            methods=_methods(methods),
        )
    if interaction.verified_customer_id != customer:
        raise VerificationRequired(
            QT_TRANSLATE_NOOP(
                "errors",
                "Verify the caller first: this operation needs the subscriber's identity confirmed.",
            )
        )


def _methods(names: frozenset[str]) -> tuple[Any, ...]:
    """The methods as enumeration members, so that the screen names them in its language."""
    from workstation.operations.verification import Method

    return tuple(Method(name) for name in sorted(names))


def check_version(
    session: Session, ctx: Context, row: Line | PersonalAccount | Customer, expected: int | None
) -> None:
    """Refuse when the row changed since the agent's screen read it, naming who and when."""
    if expected is None or row.version == expected:
        return
    who = session.get(User, row.updated_by_id) if row.updated_by_id else None
    raise Conflict(
        QT_TRANSLATE_NOOP(
            "errors",
            "{who} changed this subscriber at {when}. Nothing was saved; the card has been "
            "reloaded — check it and try again.",
        ),
        who=who.full_name if who else "—",
        when=moment(row.updated_at, ctx.time_zone) if row.updated_at else "—",
    )


def touch(row: Line | PersonalAccount | Customer, ctx: Context) -> None:
    """Stamp a change: who and when, for the next agent's conflict message."""
    row.updated_at = ctx.now
    row.updated_by_id = ctx.agent.user_id

"""Administrators managing the users: create, change the role, deactivate, reactivate, unlock,
reset a password.

Not tied to a caller, so no interaction is needed. Every change first locks the rows of the
active administrators (in the order of their ids, so two administrators never deadlock):
the acting one must still be among them, and a change that would leave none is refused —
of two administrators demoting each other at the same moment, the second is refused. A
password an administrator sets must be changed by the user at the next login; no password
ever goes into the audit summary.

Before the first administrator exists, :func:`run_as_system` lets the command line set the
users up without a login, recorded as the system (no agent).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import AuditAnchor, Role, User
from workstation import audit
from workstation.auth import Agent
from workstation.db import Database
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.operations.errors import Invalid, NotFound, PermissionDenied
from workstation.operations.framework import ADMINS, Context, operation
from workstation.secrets import hash_secret
from workstation.users import add_user, check_password


@dataclass(frozen=True)
class UserView:
    """A user as the administrators' list shows it."""

    user_id: int
    login: str
    full_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    """Set only while the login is locked after failed attempts."""
    must_change_password: bool
    last_login_at: datetime | None
    created_at: datetime


def _view(user: User, now: datetime) -> UserView:
    locked = user.locked_until if user.locked_until and user.locked_until > now else None
    return UserView(
        user.id,
        user.login,
        user.full_name,
        user.role,
        user.active,
        locked,
        user.must_change_password,
        user.last_login_at,
        user.created_at,
    )


def list_users(
    session: Session, agent: Agent | None, *, now: datetime | None = None
) -> tuple[UserView, ...]:
    """Every user, by login. Only administrators see the list (``None``: the system, before
    the first administrator exists)."""
    if agent is not None and agent.role not in ADMINS:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "Only an administrator manages the users.")
        )
    moment = now or datetime.now(UTC)
    return tuple(_view(user, moment) for user in session.scalars(select(User).order_by(User.login)))


def active_admins(session: Session) -> list[int]:
    """The ids of the active administrators, their rows locked for this transaction."""
    return list(
        session.scalars(
            select(User.id)
            .where(User.role == Role.ADMIN, User.active.is_(True))
            .order_by(User.id)
            .with_for_update()
        )
    )


def _acting_admin(session: Session, ctx: Context) -> list[int]:
    """The active administrators; refused when the acting one is no longer among them."""
    admins = active_admins(session)
    if ctx.agent.user_id not in admins:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors",
                "Your account is no longer an active administrator: log in again.",
            )
        )
    return admins


def _user(session: Session, login: str) -> User:
    user = session.scalar(select(User).where(User.login == login.strip().lower()).with_for_update())
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No user with the login {login}."), login=login)
    return user


def _keep_an_admin(user: User, admins: list[int]) -> None:
    """Refuse taking away the last active administrator (the change is about to)."""
    if admins == [user.id]:
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "errors",
                "{login} is the last active administrator: make another user an administrator "
                "first.",
            ),
            login=user.login,
        )


# The work of each operation, shared with run_as_system: it changes the user and returns
# the result and the audit summary; the caller records the event.
Change = tuple[UserView, dict[str, Any]]


def _create(
    session: Session,
    now: datetime,
    admins: list[int],
    *,
    login: str,
    full_name: str,
    role: Role,
    password: str,
    must_change: bool,
) -> Change:
    user = add_user(
        session,
        login=login,
        role=Role(role),
        full_name=full_name,
        password=password,
        must_change_password=must_change,
    )
    summary = {"full_name": user.full_name, "role": user.role.value, "must_change": must_change}
    return _view(user, now), summary


def _set_role(
    session: Session, now: datetime, admins: list[int], *, login: str, role: Role
) -> Change:
    user = _user(session, login)
    role = Role(role)
    if user.role == role:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "{login} already has the role {role}."),
            login=user.login,
            role=role,
        )
    if role != Role.ADMIN:
        _keep_an_admin(user, admins)
    before = user.role
    user.role = role
    return _view(user, now), {"from": before.value, "to": role.value}


def _deactivate(session: Session, now: datetime, admins: list[int], *, login: str) -> Change:
    user = _user(session, login)
    if not user.active:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "{login} is already deactivated."), login=user.login
        )
    _keep_an_admin(user, admins)
    user.active = False
    return _view(user, now), {"role": user.role.value}


def _activate(session: Session, now: datetime, admins: list[int], *, login: str) -> Change:
    user = _user(session, login)
    if user.active:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "{login} is already active."), login=user.login)
    user.active = True
    user.failed_logins = 0
    return _view(user, now), {"role": user.role.value}


def _unlock(session: Session, now: datetime, admins: list[int], *, login: str) -> Change:
    user = _user(session, login)
    if user.locked_until is None or user.locked_until <= now:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "{login} is not locked."), login=user.login)
    locked_until = user.locked_until
    user.locked_until = None
    user.failed_logins = 0
    return _view(user, now), {"locked_until": locked_until.isoformat()}


def _reset_password(
    session: Session,
    now: datetime,
    admins: list[int],
    *,
    login: str,
    password: str,
    must_change: bool,
) -> Change:
    user = _user(session, login)
    check_password(password)
    was_locked = user.locked_until is not None and user.locked_until > now
    user.password_hash = hash_secret(password)
    user.must_change_password = must_change
    # The user asked because they could not log in: the lock those tries caused goes too.
    user.locked_until = None
    user.failed_logins = 0
    return _view(user, now), {"must_change": must_change, "unlocked": was_locked}


def _done(session: Session, ctx: Context, name: str, change: Change) -> UserView:
    view, summary = change
    ctx.record(session, name, "user", view.login, summary)
    return view


@operation("create_user", roles=ADMINS, interaction=False)
def create_user(
    session: Session,
    ctx: Context,
    *,
    login: str,
    full_name: str,
    role: Role,
    password: str,
) -> UserView:
    """Create a user, who must change the initial password at the first login."""
    admins = _acting_admin(session, ctx)
    change = _create(
        session,
        ctx.now,
        admins,
        login=login,
        full_name=full_name,
        role=role,
        password=password,
        must_change=True,
    )
    return _done(session, ctx, "create_user", change)


@operation("set_user_role", roles=ADMINS, interaction=False)
def set_user_role(session: Session, ctx: Context, *, login: str, role: Role) -> UserView:
    """Give a user another role; the last active administrator keeps theirs."""
    admins = _acting_admin(session, ctx)
    return _done(
        session, ctx, "set_user_role", _set_role(session, ctx.now, admins, login=login, role=role)
    )


@operation("deactivate_user", roles=ADMINS, interaction=False)
def deactivate_user(session: Session, ctx: Context, *, login: str) -> UserView:
    """Stop a user from logging in; the user and their history stay."""
    admins = _acting_admin(session, ctx)
    return _done(
        session, ctx, "deactivate_user", _deactivate(session, ctx.now, admins, login=login)
    )


@operation("activate_user", roles=ADMINS, interaction=False)
def activate_user(session: Session, ctx: Context, *, login: str) -> UserView:
    """Let a deactivated user log in again."""
    admins = _acting_admin(session, ctx)
    return _done(session, ctx, "activate_user", _activate(session, ctx.now, admins, login=login))


@operation("unlock_user", roles=ADMINS, interaction=False)
def unlock_user(session: Session, ctx: Context, *, login: str) -> UserView:
    """Lift the lock that failed login attempts put on a login."""
    admins = _acting_admin(session, ctx)
    return _done(session, ctx, "unlock_user", _unlock(session, ctx.now, admins, login=login))


@operation("reset_user_password", roles=ADMINS, interaction=False)
def reset_user_password(session: Session, ctx: Context, *, login: str, password: str) -> UserView:
    """Set a new password, which the user must change at the next login; lifts a lock."""
    admins = _acting_admin(session, ctx)
    change = _reset_password(
        session, ctx.now, admins, login=login, password=password, must_change=True
    )
    return _done(session, ctx, "reset_user_password", change)


_SYSTEM: dict[str, Callable[..., Change]] = {
    "create_user": _create,
    "set_user_role": _set_role,
    "deactivate_user": _deactivate,
    "activate_user": _activate,
    "unlock_user": _unlock,
    "reset_user_password": _reset_password,
}


def run_as_system(
    db: Database, name: str, *, now: datetime | None = None, **arguments: Any
) -> UserView:
    """Run a user operation without a login while no active administrator exists.

    This is how a new database gets its first administrator from the command line. It is
    one transaction with one audit event without an agent, and the passwords given here are
    kept (the person at the console chose them): nobody else has set them.

    Raises:
        PermissionDenied: an active administrator exists; they must do it.
        DomainError: the operation's own refusals.
    """
    moment = now or datetime.now(UTC)
    if name in ("create_user", "reset_user_password"):
        arguments["must_change"] = False
    with db.write() as session:
        # The anchor of the audit chain is locked first, so that of two consoles setting up a new
        # database at once, the second sees the first one's administrator.
        session.scalars(
            select(AuditAnchor.id).where(AuditAnchor.id == audit.ANCHOR_ID).with_for_update()
        ).all()
        admins = active_admins(session)
        if admins:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "errors", "An active administrator exists: only an administrator may do this."
                )
            )
        view, summary = _SYSTEM[name](session, moment, admins, **arguments)
        audit.record(
            session,
            operation=name,
            target_type="user",
            target_id=view.login,
            agent_id=None,
            summary=summary,
            at=moment,
        )
    return view


def has_active_admin(db: Database) -> bool:
    """Whether the user commands need an administrator's login."""
    with db.read() as session:
        return (
            session.scalar(
                select(User.id).where(User.role == Role.ADMIN, User.active.is_(True)).limit(1)
            )
            is not None
        )

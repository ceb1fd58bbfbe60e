"""Logging in: who the agent is, with slow password checks and a lock after five failures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Role, User
from workstation import audit
from workstation.db import Database
from workstation.errors import DomainError
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.secrets import hash_secret, verify_secret

MAX_FAILED_LOGINS = 5
LOCK_DURATION = timedelta(minutes=15)
# Checked against when the login is unknown, so that a wrong login takes as long as a
# wrong password and does not reveal which logins exist.
_DUMMY_HASH = hash_secret("not a password", salt=b"\0" * 16)


class LoginRefused(DomainError):
    """Wrong login or password, a locked login, or a deactivated user."""


@dataclass(frozen=True)
class Agent:
    """The person at the keyboard, as every operation receives it."""

    user_id: int
    login: str
    full_name: str
    role: Role


def authenticate(
    session: Session, login: str, password: str, *, now: datetime | None = None
) -> Agent:
    """Check the password; record every failure; lock after five in a row.

    Raises:
        LoginRefused: with a message for the login dialog. The session's changes (failure
            counters and audit events) must be committed even then.
    """
    now = now or datetime.now(UTC)
    login = login.strip().lower()
    user = session.scalar(select(User).where(User.login == login))
    if user is None:
        verify_secret(password, _DUMMY_HASH)
        audit.record(
            session,
            operation="login_failed",
            target_type="user",
            target_id=login[:40],
            agent_id=None,
            summary={"reason": "unknown login"},
            at=now,
        )
        raise LoginRefused(QT_TRANSLATE_NOOP("errors", "Wrong login or password"))
    if user.locked_until is not None and user.locked_until > now:
        audit.record(
            session,
            operation="login_failed",
            target_type="user",
            target_id=user.login,
            agent_id=user.id,
            summary={"reason": "locked"},
            at=now,
        )
        minutes = max(1, int((user.locked_until - now).total_seconds() + 59) // 60)
        raise LoginRefused(
            QT_TRANSLATE_NOOP(
                "errors", "Too many failed attempts: the login is locked for {minutes} more min."
            ),
            minutes=minutes,
        )
    if not verify_secret(password, user.password_hash) or not user.active:
        user.failed_logins += 1
        locked = user.failed_logins >= MAX_FAILED_LOGINS
        if locked:
            user.locked_until = now + LOCK_DURATION
            user.failed_logins = 0
        audit.record(
            session,
            operation="login_failed",
            target_type="user",
            target_id=user.login,
            agent_id=user.id,
            summary={"reason": "wrong password" if user.active else "inactive", "locked": locked},
            at=now,
        )
        if locked:
            raise LoginRefused(
                QT_TRANSLATE_NOOP(
                    "errors", "Too many failed attempts: the login is locked for {minutes} min."
                ),
                minutes=int(LOCK_DURATION.total_seconds() // 60),
            )
        raise LoginRefused(QT_TRANSLATE_NOOP("errors", "Wrong login or password"))
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    audit.record(
        session,
        operation="login",
        target_type="user",
        target_id=user.login,
        agent_id=user.id,
        at=now,
    )
    return Agent(user.id, user.login, user.full_name, user.role)


def login(db: Database, login_name: str, password: str) -> Agent:
    """Authenticate in its own transaction, keeping the record of a failure."""
    with db.write() as session:
        try:
            return authenticate(session, login_name, password)
        except LoginRefused as refused:
            failure = refused
    raise failure

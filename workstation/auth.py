"""Logging in: who the agent is, with slow password checks and a lock after five failures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Role, User
from workstation import audit
from workstation.db import Database
from workstation.errors import DomainError
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.secrets import hash_secret, verify_secret
from workstation.users import check_password

MAX_FAILED_LOGINS = 5
LOCK_DURATION = timedelta(minutes=15)
# Checked against when the login is unknown, so that a wrong login takes as long as a
# wrong password and does not reveal which logins exist.
_DUMMY_HASH = hash_secret("not a password", salt=b"\0" * 16)


class LoginRefused(DomainError):
    """Wrong login or password, a locked login, or a deactivated user."""


class PasswordChangeRequired(LoginRefused):
    """The right password, but one an administrator set: the user must choose their own."""


@dataclass(frozen=True)
class Agent:
    """The person at the keyboard, as every operation receives it."""

    user_id: int
    login: str
    full_name: str
    role: Role


def _failed(
    session: Session, login: str, user_id: int | None, summary: dict[str, Any], now: datetime
) -> None:
    """A refused login on record: the failure counters' audit trail."""
    audit.record(
        session,
        operation="login_failed",
        target_type="user",
        target_id=login,
        agent_id=user_id,
        summary=summary,
        at=now,
    )


def _check(session: Session, login: str, password: str, now: datetime) -> User:
    """The user whose password this is; every failure recorded, five in a row lock the login.

    Raises:
        LoginRefused: the session's changes (counters and audit events) must be committed.
    """
    user = session.scalar(select(User).where(User.login == login))
    if user is None:
        verify_secret(password, _DUMMY_HASH)
        _failed(session, login[:40], None, {"reason": "unknown login"}, now)
        raise LoginRefused(QT_TRANSLATE_NOOP("errors", "Wrong login or password"))
    if user.locked_until is not None and user.locked_until > now:
        _failed(session, user.login, user.id, {"reason": "locked"}, now)
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
        _failed(
            session,
            user.login,
            user.id,
            {"reason": "wrong password" if user.active else "inactive", "locked": locked},
            now,
        )
        if locked:
            raise LoginRefused(
                QT_TRANSLATE_NOOP(
                    "errors", "Too many failed attempts: the login is locked for {minutes} min."
                ),
                minutes=int(LOCK_DURATION.total_seconds() // 60),
            )
        raise LoginRefused(QT_TRANSLATE_NOOP("errors", "Wrong login or password"))
    return user


def _logged_in(session: Session, user: User, now: datetime) -> Agent:
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


def authenticate(
    session: Session, login: str, password: str, *, now: datetime | None = None
) -> Agent:
    """Check the password; record every failure; lock after five in a row.

    A password an administrator set (a new user, a reset) opens nothing until the user
    picks their own with :func:`change_password`.

    Raises:
        LoginRefused: with a message for the login dialog. The session's changes (failure
            counters and audit events) must be committed even then.
    """
    now = now or datetime.now(UTC)
    user = _check(session, login.strip().lower(), password, now)
    if user.must_change_password:
        user.failed_logins = 0
        _failed(session, user.login, user.id, {"reason": "password change required"}, now)
        raise PasswordChangeRequired(
            QT_TRANSLATE_NOOP(
                "errors",
                "Your password was set by an administrator: choose a new one to log in.",
            )
        )
    return _logged_in(session, user, now)


def change_own_password(
    session: Session,
    login: str,
    password: str,
    new_password: str,
    *,
    now: datetime | None = None,
) -> Agent:
    """Replace the user's password, proven by the current one, and log them in.

    The current password is checked like a login (failures count towards the lock).

    Raises:
        LoginRefused: a wrong current password, a locked or deactivated login.
        DomainError: a new password that is too short, or the same as the current one.
    """
    now = now or datetime.now(UTC)
    user = _check(session, login.strip().lower(), password, now)
    check_password(new_password)
    if new_password == password:
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "The new password must differ from the current one.")
        )
    user.password_hash = hash_secret(new_password)
    user.must_change_password = False
    audit.record(
        session,
        operation="change_password",
        target_type="user",
        target_id=user.login,
        agent_id=user.id,
        at=now,
    )
    return _logged_in(session, user, now)


def login(db: Database, login_name: str, password: str) -> Agent:
    """Authenticate in its own transaction, keeping the record of a failure."""
    with db.write() as session:
        try:
            return authenticate(session, login_name, password)
        except LoginRefused as refused:
            failure = refused
    raise failure


def change_password(db: Database, login_name: str, password: str, new_password: str) -> Agent:
    """:func:`change_own_password` in its own transaction, keeping the record of a failure."""
    with db.write() as session:
        try:
            return change_own_password(session, login_name, password, new_password)
        except LoginRefused as refused:
            failure = refused
    raise failure

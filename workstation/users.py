"""Users of the workstation: the rules of a login, a name and a password, and creating a user.

The administrators' operations (:mod:`workstation.operations.users`) and the login's
password change (:mod:`workstation.auth`) check with these same rules; :func:`add_user`
writes the row without an audit event, for the demo base, the tests and those operations.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Role, User
from workstation.errors import DomainError
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.secrets import hash_secret

LOGIN_PATTERN = re.compile(r"^[a-z][a-z0-9._-]{1,39}$")
MAX_NAME = 120
MIN_PASSWORD_LENGTH = 4
MAX_PASSWORD_LENGTH = 200


def clean_login(login: str) -> str:
    """The login as stored: trimmed, lower-case; refused unless it fits the pattern."""
    login = login.strip().lower()
    if not LOGIN_PATTERN.match(login):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Invalid login {login}: 2–40 Latin letters, digits, '.', '_' or '-', "
                "starting with a letter.",
            ),
            login=login,
        )
    return login


def clean_name(full_name: str) -> str:
    name = " ".join(full_name.split())
    if not name:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "The user's name is empty."))
    if len(name) > MAX_NAME:
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "The name is longer than {limit} characters."),
            limit=MAX_NAME,
        )
    return name


def check_password(password: str) -> None:
    """Refuse a password too short to be one (or too long to be typed); never echo it."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "The password is shorter than {limit} characters."),
            limit=MIN_PASSWORD_LENGTH,
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "The password is longer than {limit} characters."),
            limit=MAX_PASSWORD_LENGTH,
        )


def add_user(
    session: Session,
    *,
    login: str,
    role: Role,
    full_name: str,
    password: str,
    must_change_password: bool = False,
) -> User:
    """Create a user; the login is unique and lower-case, the password stored as a slow hash."""
    login = clean_login(login)
    full_name = clean_name(full_name)
    check_password(password)
    if session.scalar(select(User.id).where(User.login == login)) is not None:
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "A user with the login {login} already exists."),
            login=login,
        )
    user = User(
        login=login,
        full_name=full_name,
        role=role,
        password_hash=hash_secret(password),
        active=True,
        failed_logins=0,
        must_change_password=must_change_password,
    )
    session.add(user)
    session.flush()
    return user

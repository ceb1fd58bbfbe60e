"""Users of the workstation: creating them (the CLI) and looking them up."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Role, User
from workstation.errors import DomainError
from workstation.secrets import hash_secret

LOGIN_PATTERN = re.compile(r"^[a-z][a-z0-9._-]{1,39}$")
MIN_PASSWORD_LENGTH = 4


def add_user(session: Session, *, login: str, role: Role, full_name: str, password: str) -> User:
    """Create a user; the login is unique and lower-case, the password stored as a slow hash."""
    login = login.strip().lower()
    if not LOGIN_PATTERN.match(login):
        raise DomainError(
            f"invalid login {login!r}: 2–40 Latin letters, digits, '.', '_' or '-', "
            "starting with a letter"
        )
    if not full_name.strip():
        raise DomainError("the user's name is empty")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise DomainError(f"the password is shorter than {MIN_PASSWORD_LENGTH} characters")
    if session.scalar(select(User.id).where(User.login == login)) is not None:
        raise DomainError(f"a user with login {login!r} already exists")
    user = User(
        login=login,
        full_name=full_name.strip(),
        role=role,
        password_hash=hash_secret(password),
        active=True,
        failed_logins=0,
    )
    session.add(user)
    session.flush()
    return user

"""``workstation user …``: the users of the workstation, managed from the command line.

Each command is the administrators' operation of the same name (role check, the last
administrator kept, one transaction, one audit event), run as the administrator named by
``--admin`` (password from ``WORKSTATION_PASSWORD`` or a prompt). A database with no
active administrator yet has nobody to log in as: there the commands run without a login,
recorded as the system, so that ``user add … --role admin`` sets up a new database.
Passwords are read from standard input, never from the command line, where other users of
the computer could read them.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from typing import Any

from models import Role
from workstation.auth import Agent, change_password, login
from workstation.config import load_settings
from workstation.db import Database
from workstation.errors import WorkstationError
from workstation.formatting import moment
from workstation.operations import Context, execute
from workstation.operations.users import UserView, has_active_admin, list_users, run_as_system

ENV_PASSWORD = "WORKSTATION_PASSWORD"
ROLES = [r.value for r in Role]


class ArgumentError(WorkstationError):
    """A bad ``user`` argument: exit status 2."""


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    user = commands.add_parser("user", parents=[common], help="users of the workstation")
    actions = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    admin = argparse.ArgumentParser(add_help=False)
    admin.add_argument(
        "--admin",
        metavar="LOGIN",
        help="the administrator doing it (needed once an active administrator exists)",
    )

    def action(name: str, text: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = actions.add_parser(
            name, parents=[common, admin], help=text
        )
        return parser

    add = action("add", "create a user (the password from standard input)")
    add.add_argument("login")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--name", required=True)
    add.add_argument("--password-stdin", action="store_true", required=True)
    listing = action("list", "every user: role, active, locked")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    role = action("set-role", "give a user another role")
    role.add_argument("login")
    role.add_argument("--role", required=True, choices=ROLES)
    for name, text in (
        ("deactivate", "stop a user from logging in"),
        ("activate", "let a deactivated user log in again"),
        ("unlock", "lift the lock of failed login attempts"),
    ):
        action(name, text).add_argument("login")
    reset = action("reset-password", "set a password the user must change at the next login")
    reset.add_argument("login")
    reset.add_argument("--password-stdin", action="store_true", required=True)
    own = actions.add_parser(
        "change-password",
        parents=[common],
        help="change your own password (the current one from WORKSTATION_PASSWORD or a prompt)",
    )
    own.add_argument("login")
    own.add_argument("--password-stdin", action="store_true", required=True)


def _stdin_password() -> str:
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise ArgumentError("no password on standard input")
    return password


def _password_of(login_name: str, what: str = "Password") -> str:
    password = os.environ.get(ENV_PASSWORD)
    if password is None:
        password = getpass.getpass(f"{what} for {login_name}: ")
    return password


def _admin(db: Database, login_name: str | None) -> Agent | None:
    """The administrator logged in, or None while the database has no active one."""
    if login_name:
        return login(db, login_name, _password_of(login_name))
    if has_active_admin(db):
        raise ArgumentError(
            f"an administrator exists: give --admin LOGIN (the password from {ENV_PASSWORD} "
            "or a prompt)"
        )
    return None


def _operation(args: argparse.Namespace) -> tuple[str, dict[str, Any]]:
    """The operation a command runs, with its arguments."""
    command = args.user_command
    if command == "add":
        return "create_user", {
            "login": args.login,
            "full_name": args.name,
            "role": Role(args.role),
            "password": _stdin_password(),
        }
    if command == "set-role":
        return "set_user_role", {"login": args.login, "role": Role(args.role)}
    if command == "reset-password":
        return "reset_user_password", {"login": args.login, "password": _stdin_password()}
    return f"{command}_user", {"login": args.login}


DONE: dict[str, Callable[[UserView], str]] = {
    "create_user": lambda u: (
        f"user {u.login} ({u.role.value}) created"
        + ("; the password must be changed at the first login" if u.must_change_password else "")
    ),
    "set_user_role": lambda u: f"user {u.login} is now {u.role.value}",
    "deactivate_user": lambda u: f"user {u.login} deactivated",
    "activate_user": lambda u: f"user {u.login} reactivated",
    "unlock_user": lambda u: f"user {u.login} unlocked",
    "reset_user_password": lambda u: (
        f"password of {u.login} reset"
        + ("; it must be changed at the next login" if u.must_change_password else "")
    ),
}


def run(args: argparse.Namespace, database: Callable[[], Database]) -> int:
    """Raises DomainError (exit 1) for a refusal, ArgumentError (exit 2) for bad input."""
    if args.user_command == "change-password":
        new_password = _stdin_password()
        db = database()
        change_password(db, args.login, _password_of(args.login, "Current password"), new_password)
        print(f"password of {args.login.strip().lower()} changed")
        return 0
    if args.user_command == "list":
        return _list(database(), args)
    name, arguments = _operation(args)
    db = database()
    agent = _admin(db, args.admin)
    if agent is None:
        user = run_as_system(db, name, **arguments)
    else:
        settings = load_settings()
        ctx = Context(agent, time_zone=settings.time_zone, rules=settings.rules)
        user = execute(db, ctx, name, **arguments)
    print(DONE[name](user))
    return 0


def _list(db: Database, args: argparse.Namespace) -> int:
    agent = _admin(db, args.admin)
    with db.read() as session:
        users = list_users(session, agent)
    if args.json:
        rows = [
            {
                "login": u.login,
                "full_name": u.full_name,
                "role": u.role.value,
                "active": u.active,
                "locked_until": u.locked_until.isoformat() if u.locked_until else None,
                "must_change_password": u.must_change_password,
                "last_login_at": u.last_login_at.isoformat() if u.last_login_at else None,
                "created_at": u.created_at.isoformat(),
            }
            for u in users
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    zone = load_settings().time_zone
    for u in users:
        state = "active" if u.active else "inactive"
        locked = f"locked until {moment(u.locked_until, zone, 'en')}" if u.locked_until else ""
        print(f"{u.login:<20} {u.role.value:<11} {state:<9} {locked:<30} {u.full_name}")
    if not users:
        print("no users", file=sys.stderr)
    return 0

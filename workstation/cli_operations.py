"""``workstation op``: one operation as a named agent, through the same core as the screen.

The operation runs inside an interaction of its own (opened, verified if asked, wrapped
up), with the same permission, verification, validation, locking and audit as when an
agent clicks. Arguments are ``key=value`` pairs converted by the operation's signature.
Every argument is checked before the interaction starts, and the interaction is wrapped
up whatever happens after: an interaction left open would refuse the agent's next ``op``.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import getpass
import json
import os
import sys
import types
import typing
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from sqlalchemy import select

from models import Channel, Line, LineStatus, Outcome, PersonalAccount
from workstation.auth import Agent, login
from workstation.config import load_settings
from workstation.db import Database
from workstation.errors import DomainError, WorkstationError
from workstation.operations import REGISTRY, Context, execute
from workstation.operations.verification import Method
from workstation.phone import format_msisdn, to_e164

ENV_PASSWORD = "WORKSTATION_PASSWORD"


class ArgumentError(WorkstationError):
    """A bad ``op`` argument: exit status 2."""


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    op = commands.add_parser("op", parents=[common], help="run an operation as an agent")
    op.add_argument("name", nargs="?", help="the operation (see --list)")
    op.add_argument("arguments", nargs="*", metavar="key=value")
    op.add_argument("--list", action="store_true", help="list the operations")
    op.add_argument("--agent", metavar="LOGIN")
    target = op.add_mutually_exclusive_group()
    target.add_argument("--msisdn", metavar="N")
    target.add_argument("--account", metavar="A")
    op.add_argument(
        "--channel", default=Channel.SHORT_NUMBER.value, choices=[c.value for c in Channel]
    )
    op.add_argument(
        "--verify",
        metavar="METHOD=VALUE",
        help="code_word=…, passport=…, last_payment='750,00 25.11.2026'",
    )
    op.add_argument("--json", action="store_true", help="print the result as JSON")


def list_operations() -> int:
    for spec in sorted(REGISTRY.values(), key=lambda s: s.name):
        roles = ",".join(sorted(r.value for r in spec.roles))
        verified = "verified caller" if spec.verification else ""
        print(f"{spec.name:<22} {roles:<18} {verified:<16} {spec.summary}")
    return 0


def _convert(name: str, text: str, kind: Any) -> Any:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        return _convert(name, text, options[0])
    if origin is list:
        (item_kind,) = typing.get_args(kind) or (str,)
        items = [item.strip() for item in text.split(",") if item.strip()]
        return [_convert(name, item, item_kind) for item in items]
    if origin is dict:
        try:
            value = json.loads(text, parse_float=Decimal)
        except ValueError:
            value = None
        if not isinstance(value, dict):
            raise ArgumentError(f"{name}={text!r} is not a JSON object")
        return value
    try:
        if kind is bool:
            if text.lower() not in ("yes", "no", "true", "false", "1", "0"):
                raise ValueError(text)
            return text.lower() in ("yes", "true", "1")
        if kind is int:
            return int(text)
        if kind is Decimal:
            return Decimal(text.replace(",", "."))
        if kind is date:
            return date.fromisoformat(text)
        if kind is datetime:
            return datetime.fromisoformat(text)
        if isinstance(kind, type) and issubclass(kind, Enum):
            return kind(text)
    except (ValueError, InvalidOperation):
        raise ArgumentError(
            f"{name}={text!r} is not a valid {getattr(kind, '__name__', kind)}"
        ) from None
    return text


def _arguments(spec_name: str, pairs: list[str], target: dict[str, int]) -> dict[str, Any]:
    spec = REGISTRY[spec_name]
    hints = typing.get_type_hints(spec.fn)
    known = {p.name for p in spec.parameters}
    values: dict[str, Any] = dict(target)
    for pair in pairs:
        key, sep, text = pair.partition("=")
        if not sep:
            raise ArgumentError(f"expected key=value, got {pair!r}")
        if key not in known:
            raise ArgumentError(
                f"{spec_name} takes no argument {key!r}; it takes: {', '.join(sorted(known))}"
            )
        values[key] = _convert(key, text, hints[key])
    missing = [p.name for p in spec.parameters if p.default is p.empty and p.name not in values]
    if missing:
        raise ArgumentError(f"{spec_name} needs: {', '.join(missing)}")
    return {k: v for k, v in values.items() if k in known}


def _target(db: Database, args: argparse.Namespace) -> dict[str, int]:
    with db.read() as session:
        if args.msisdn:
            msisdn = to_e164(args.msisdn)
            line_id = (
                session.scalar(
                    select(Line.id).where(Line.msisdn == msisdn, Line.status != LineStatus.CLOSED)
                )
                if msisdn
                else None
            )
            if line_id is None:
                raise ArgumentError(f"no open line has the number {args.msisdn}")
            return {"line_id": int(line_id)}
        if args.account:
            account_id = session.scalar(
                select(PersonalAccount.id).where(PersonalAccount.number == args.account.strip())
            )
            if account_id is None:
                raise ArgumentError(f"no personal account {args.account}")
            return {"account_id": int(account_id)}
    return {}


def _agent(db: Database, login_name: str | None) -> Agent:
    if not login_name:
        raise ArgumentError("--agent LOGIN is required")
    password = os.environ.get(ENV_PASSWORD)
    if password is None:
        password = getpass.getpass(f"Password for {login_name}: ")
    return login(db, login_name, password)


def _json(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: _json(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal | date | datetime):
        return str(value) if isinstance(value, Decimal) else value.isoformat()
    return value


@dataclass(frozen=True)
class Verification:
    """``--verify``, checked: the method, the caller's answer, and the line to verify on."""

    method: Method
    answer: str
    line_id: int
    note: str = ""
    """Which line, when the account has several: said when the verification runs."""


def _parse_verify(text: str) -> tuple[Method, str]:
    method_text, sep, answer = text.partition("=")
    if not sep or not answer.strip():
        raise ArgumentError("--verify takes METHOD=VALUE")
    try:
        return Method(method_text), answer
    except ValueError:
        raise ArgumentError(
            f"unknown verification method {method_text!r}: code_word, passport, last_payment"
        ) from None


def _verification_line(db: Database, target: dict[str, Any]) -> tuple[int, str]:
    """The line to verify the caller on: the target line, or the account's active one.

    ``target`` is ``--msisdn``/``--account`` or else the operation's own ``line_id`` or
    ``account_id``. Verification is of the customer, so any open line of the account serves;
    an active one first (the lowest id), else a blocked one (a debt-blocked account must be
    verifiable).
    """
    if isinstance(target.get("line_id"), int):
        return int(target["line_id"]), ""
    account_id = target.get("account_id")
    if not isinstance(account_id, int):
        raise ArgumentError("--verify needs --msisdn or --account")
    with db.read() as session:
        number = session.scalar(
            select(PersonalAccount.number).where(PersonalAccount.id == account_id)
        )
        lines = session.execute(
            select(Line.id, Line.msisdn)
            .where(Line.account_id == account_id, Line.status != LineStatus.CLOSED)
            .order_by((Line.status != LineStatus.ACTIVE), Line.id)
        ).all()
    if number is None:
        raise ArgumentError(f"no personal account {account_id}")
    if not lines:
        raise ArgumentError(f"personal account {number} has no open line to verify on")
    note = ""
    if len(lines) > 1:
        note = (
            f"verifying the caller on {format_msisdn(lines[0].msisdn)}, "
            f"one of the {len(lines)} open lines of the account"
        )
    return int(lines[0].id), note


def run(db: Database, args: argparse.Namespace) -> int:
    """Raises DomainError (exit 1) for a refusal, WorkstationError (exit 2) for bad input."""
    if args.list:
        return list_operations()
    if not args.name or args.name not in REGISTRY:
        raise ArgumentError(f"unknown operation {args.name!r}; see 'workstation op --list'")
    spec = REGISTRY[args.name]
    # Everything that can be wrong with the command line is found before anything is written.
    parsed = _parse_verify(args.verify) if args.verify else None
    if parsed and not spec.interaction:
        raise ArgumentError(f"{args.name} runs outside an interaction: it takes no --verify")
    target = _target(db, args)
    arguments = _arguments(args.name, args.arguments, target)
    verification = (
        Verification(*parsed, *_verification_line(db, {**arguments, **target})) if parsed else None
    )
    agent = _agent(db, args.agent)
    settings = load_settings()
    ctx = Context(agent, time_zone=settings.time_zone, rules=settings.rules)
    if spec.interaction:
        result = _in_interaction(db, ctx, args, arguments, target, verification)
    else:
        result = execute(db, ctx, args.name, **arguments)
    if args.json:
        print(json.dumps(_json(result), ensure_ascii=False, indent=2))
    else:
        print(f"{args.name}: done")
        print(json.dumps(_json(result), ensure_ascii=False))
    return 0


def _in_interaction(
    db: Database,
    ctx: Context,
    args: argparse.Namespace,
    arguments: dict[str, Any],
    target: dict[str, int],
    verification: Verification | None,
) -> Any:
    """Open an interaction, run the operation in it, and wrap it up on every path."""
    spec = REGISTRY[args.name]
    caller = None
    if "line_id" in target:
        with db.read() as session:
            caller = session.get_one(Line, target["line_id"]).msisdn
    execute(db, ctx, "start_interaction", channel=Channel(args.channel), caller=caller)
    try:
        if "line_id" in target:
            execute(db, ctx, "attach_subscriber", line_id=target["line_id"])
        if verification is not None:
            _verify(db, ctx, verification)
        result = execute(db, ctx, args.name, **arguments)
    except DomainError as refusal:
        _wrap_up_after_failure(db, ctx, spec.reason, f"{args.name} refused: {refusal}")
        raise
    except BaseException as failure:
        _wrap_up_after_failure(
            db, ctx, spec.reason, f"{args.name} not done: {type(failure).__name__}"
        )
        raise
    _close(db, ctx, spec.reason, Outcome.SOLVED, f"{args.name} done from the command line")
    return result


def _verify(db: Database, ctx: Context, verification: Verification) -> None:
    if verification.note:
        print(verification.note, file=sys.stderr)
    result = execute(
        db,
        ctx,
        "verify_caller",
        line_id=verification.line_id,
        method=verification.method,
        answer=verification.answer,
    )
    if not result.success:
        print(f"verification by {verification.method.value} failed", file=sys.stderr)


def _wrap_up_after_failure(db: Database, ctx: Context, reason: str, note: str) -> None:
    # The failure is what the user must read; a wrap-up that fails too (the database went
    # away) must not hide it.
    with contextlib.suppress(Exception):
        _close(db, ctx, reason, Outcome.INFORMATION_GIVEN, note)


def _close(db: Database, ctx: Context, reason: str, outcome: Outcome, note: str) -> None:
    execute(db, ctx, "close_interaction", reasons=[reason], outcome=outcome, note=note)

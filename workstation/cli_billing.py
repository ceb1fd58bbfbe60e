"""``workstation billing …``: the jobs the operator's scheduler runs on the accounts.

``expire-promised`` takes back the promised payments whose days are over (and blocks the
lines of an account that is then in debt); ``debt-blocks`` blocks the active lines of every
account below its credit limit; ``apply-scheduled`` puts in force the tariffs, blocks and
block ends arranged for a day that has come. They run as the system, without a login: each
account (or line) they change is one transaction and one audit event without an agent.
``--at`` sets the moment they run as (a replay, or a test); the default is now.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from workstation.db import Database
from workstation.formatting import money
from workstation.operations.money import JobReport, apply_debt_blocks, expire_promised_payments
from workstation.operations.scheduled import apply_scheduled_changes


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a moment such as 2026-11-28T09:00+03:00, got {text!r}"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    billing = commands.add_parser("billing", parents=[common], help="billing jobs")
    jobs = billing.add_subparsers(dest="billing_command", metavar="JOB", required=True)
    for name, text in (
        ("expire-promised", "take back expired promised payments, then block what is in debt"),
        ("debt-blocks", "block the active lines of accounts below their credit limit"),
        ("apply-scheduled", "put in force the tariff changes and blocks whose day has come"),
    ):
        job = jobs.add_parser(name, parents=[common], help=text)
        job.add_argument("--at", type=_moment, metavar="MOMENT", help="run as of (default: now)")


def run(db: Database, args: argparse.Namespace) -> int:
    now = args.at or datetime.now(UTC)
    report: JobReport
    if args.billing_command == "apply-scheduled":
        changed = apply_scheduled_changes(db, now)
        print(
            f"lines changed: {changed.lines}; tariffs put in force: {changed.tariffs}; "
            f"blocks started: {changed.blocks_started}; blocks ended: {changed.blocks_ended} "
            f"({money(changed.charged, 'en')} charged)"
        )
    elif args.billing_command == "expire-promised":
        report = expire_promised_payments(db, now)
        print(
            f"promised payments taken back: {report.settled} ({money(report.taken_back, 'en')}); "
            f"lines blocked for debt: {report.blocked}"
        )
    else:
        report = apply_debt_blocks(db, now)
        print(f"lines blocked for debt: {report.blocked} on {report.accounts} account(s)")
    return 0

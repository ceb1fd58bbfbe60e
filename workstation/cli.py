"""The ``workstation`` command: the desktop application and its back-office commands.

Exit status: 0 success, 1 an operation refused, 2 bad input (arguments, configuration,
an unreachable or unwritable database). Every error is one line on stderr, no traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import NoReturn

from sqlalchemy.exc import SQLAlchemyError

from workstation import (
    cli_billing,
    cli_callbacks,
    cli_delivery,
    cli_operations,
    cli_statements,
    cli_users,
    config,
)
from workstation.callbacks_import import ImportFileError
from workstation.db import Database, open_database
from workstation.errors import ConfigError, DatabaseError, DomainError, WorkstationError

EXIT_REFUSED = 1
EXIT_USAGE = 2


class UsageError(WorkstationError):
    """Bad arguments: exit status 2."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, like every other error here."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _whole(minimum: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, got {value}")
        return value

    return parse


def _as_of(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date such as 2026-11-25, got {text!r}"
        ) from None
    return moment if moment.tzinfo else moment.replace(hour=moment.hour or 12, tzinfo=UTC)


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
    parser = _Parser(
        prog="workstation",
        description="Agent Workstation: the contact-center agent's desktop.",
        parents=[common],
    )
    parser.add_argument("--lang", choices=config.LANGUAGES, help="language of the interface")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    db = commands.add_parser("db", parents=[common], help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", parents=[common], help="migrate the schema to the newest")
    stats = db_commands.add_parser("stats", parents=[common], help="counts of every entity")
    stats.add_argument("--json", action="store_true", help="print JSON")

    demo = commands.add_parser("demo-data", parents=[common], help="build the demo base")
    demo.add_argument("--subscribers", type=_whole(1), required=True, metavar="N")
    demo.add_argument("--months", type=_whole(1), default=3, metavar="M")
    demo.add_argument("--seed", type=_whole(0), default=1, metavar="S")
    demo.add_argument("--usage-lines", type=_whole(0), metavar="K")
    demo.add_argument("--as-of", type=_as_of, metavar="DATE", help="the last day (today)")
    demo.add_argument("--replace", action="store_true", help="delete existing subscriber data")

    find = commands.add_parser("search", parents=[common], help="find subscribers")
    find.add_argument("query", help="a number, name, account, contract or ICCID")
    find.add_argument("--limit", type=_whole(1), default=20, metavar="N")
    find.add_argument("--json", action="store_true", help="print a JSON array")

    cli_users.add_parser(commands, common)
    cli_operations.add_parser(commands, common)
    cli_callbacks.add_parser(commands, common)
    cli_statements.add_parser(commands, common)
    cli_billing.add_parser(commands, common)
    cli_delivery.add_parser(commands, common)

    audit_parser = commands.add_parser("audit", parents=[common], help="the audit log")
    audit_commands = audit_parser.add_subparsers(
        dest="audit_command", metavar="ACTION", required=True
    )
    audit_commands.add_parser("verify", parents=[common], help="check the hash chain")

    cfg = commands.add_parser("config", parents=[common], help="settings and secrets")
    cfg_commands = cfg.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    cfg_commands.add_parser(
        "db-password", parents=[common], help="store the database password in the OS keyring"
    )
    cli_delivery.add_config_parsers(cfg_commands, common)
    return parser


def _database(args: argparse.Namespace) -> Database:
    url = config.resolve_database_url(getattr(args, "db", None))
    return open_database(url)


def _progress(done: int, total: int) -> None:
    if not sys.stderr.isatty():
        return
    width = 40
    filled = width * done // max(total, 1)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,}")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def cmd_demo_data(args: argparse.Namespace) -> int:
    from workstation.demo import MAX_MONTHS, build_demo

    if args.months > MAX_MONTHS:  # before the database is opened, so no file is made
        raise UsageError(f"argument --months: must be at most {MAX_MONTHS}, got {args.months}")
    db = _database(args)
    summary = build_demo(
        db,
        subscribers=args.subscribers,
        months=args.months,
        seed=args.seed,
        usage_lines=args.usage_lines,
        replace=args.replace,
        as_of=args.as_of,
        progress=_progress,
    )
    print(
        f"demo base written: {summary.customers:,} customers, {summary.lines:,} lines, "
        f"{summary.usage_records:,} usage records, {summary.rows:,} rows in "
        f"{summary.seconds:.1f} s"
    )
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    from workstation.stats import database_stats

    db = _database(args)
    if args.db_command == "upgrade":
        print(f"database {db.display_url} is at the newest schema")
        return 0
    stats = database_stats(db)
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
    else:
        print(f"database: {stats['database']}")
        for name, count in stats["counts"].items():
            print(f"  {name:<22} {count:>12,}")
        print("lines by status:")
        for name, count in stats["lines_by_status"].items():
            print(f"  {name:<22} {count:>12,}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from workstation.search import QueryError, parse_query, search

    try:
        parse_query(args.query)
    except QueryError as exc:
        raise UsageError(str(exc)) from exc
    db = _database(args)
    with db.read() as session:
        hits = search(session, args.query, limit=args.limit)
    if args.json:
        rows = [
            {
                "msisdn": hit.msisdn,
                "name": hit.name,
                "account": hit.account,
                "status": hit.status.value,
                "balance": f"{hit.balance:.2f}",
                "match": hit.match.value,
            }
            for hit in hits
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for hit in hits:
        print(
            f"{hit.msisdn_display:<17} {hit.name:<40} {hit.account:<13} "
            f"{hit.status.value:<16} {hit.balance:>12.2f}  {hit.match.value}"
        )
    if not hits:
        print("nothing found", file=sys.stderr)
    return 0


def cmd_op(args: argparse.Namespace) -> int:
    try:
        if args.list:
            return cli_operations.list_operations()
        return cli_operations.run(_database(args), args)
    except cli_operations.ArgumentError as exc:
        raise UsageError(str(exc)) from exc


def cmd_callbacks(args: argparse.Namespace) -> int:
    try:
        return cli_callbacks.run(args, lambda: _database(args))
    except ImportFileError as exc:
        raise UsageError(str(exc)) from exc


def cmd_statements(args: argparse.Namespace) -> int:
    try:
        return cli_statements.run(_database(args), args, progress=_progress)
    except cli_statements.BadInput as exc:
        raise UsageError(str(exc)) from exc


def cmd_audit(args: argparse.Namespace) -> int:
    from workstation.audit import verify_chain

    db = _database(args)
    with db.read() as session:
        report = verify_chain(session)
    if report.broken_at is None:
        print(f"audit log: {report.events:,} events, the chain holds")
        return 0
    print(
        f"audit log broken at event {report.broken_at}: {report.reason} "
        f"({report.events:,} events before it hold)"
    )
    return 1


def cmd_user(args: argparse.Namespace) -> int:
    try:
        return cli_users.run(args, lambda: _database(args))
    except cli_users.ArgumentError as exc:
        raise UsageError(str(exc)) from exc


def cmd_config(args: argparse.Namespace) -> int:
    import getpass

    import keyring
    import keyring.errors

    if args.config_command in cli_delivery.CONFIG_COMMANDS:
        return cli_delivery.store_password(args)
    url = config.parse_database_url(config.resolve_database_url(getattr(args, "db", None)))
    if url.get_backend_name() != "postgresql" or not url.username:
        raise UsageError("a password is stored only for a PostgreSQL URL with a user name")
    password = getpass.getpass(f"Password for {config.mask_password(url)}: ")
    try:
        keyring.set_password(config.KEYRING_SERVICE, config.keyring_user(url), password)
    except keyring.errors.KeyringError as exc:
        raise ConfigError(f"the OS keyring is not available: {exc}") from exc
    print(f"password stored in the keyring for {config.keyring_user(url)}")
    return 0


OpenWorkstation = Callable[[str, str | None], int]


def cmd_open(args: argparse.Namespace, open_workstation: OpenWorkstation | None = None) -> int:
    """Open the workstation; on a database created just now, seed the demo base first.

    ``open_workstation`` is the desktop (the UI passes it in); without it, as when the
    core is run on its own, the database is prepared and what would open is printed.
    """
    if open_workstation is not None:
        url = config.resolve_database_url(getattr(args, "db", None))
        config.parse_database_url(url)
        return open_workstation(url, args.lang)
    from workstation.demo import FIRST_START_MONTHS, FIRST_START_SUBSCRIBERS, build_demo

    db = _database(args)
    if db.created:
        print(f"first start: building the demo base in {db.display_url} …", file=sys.stderr)
        build_demo(
            db,
            subscribers=FIRST_START_SUBSCRIBERS,
            months=FIRST_START_MONTHS,
            seed=1,
            progress=_progress,
        )
    print(f"would open the workstation on {db.display_url} in language {args.lang or 'ru'}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "db": cmd_db,
    "demo-data": cmd_demo_data,
    "search": cmd_search,
    "op": cmd_op,
    "callbacks": cmd_callbacks,
    "statement": cmd_statements,
    "statements": cmd_statements,
    "billing": lambda args: cli_billing.run(_database(args), args),
    "outbox": lambda args: cli_delivery.run_outbox(_database(args), args),
    "inbox": lambda args: cli_delivery.run_inbox(_database(args), args),
    "audit": cmd_audit,
    "user": cmd_user,
    "config": cmd_config,
}


def main(argv: Sequence[str] | None = None, open_workstation: OpenWorkstation | None = None) -> int:
    try:
        parser = build_parser()
        args, extra = parser.parse_known_args(argv)
        if args.command == "op":
            # key=value pairs may come after the options, which argparse does not collect.
            args.arguments += [e for e in extra if not e.startswith("-")]
            extra = [e for e in extra if e.startswith("-")]
        if extra:
            parser.error(f"unrecognized arguments: {' '.join(extra)}")
        if args.command is None:
            return cmd_open(args, open_workstation)
        return COMMANDS[args.command](args)
    except UsageError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except (ConfigError, DatabaseError) as exc:
        return _fail(str(exc), EXIT_USAGE)
    except DomainError as exc:
        return _fail(str(exc), EXIT_REFUSED)
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        return _fail(f"database error: {reason}", EXIT_USAGE)
    except KeyboardInterrupt:
        return _fail("interrupted; nothing was written by the unfinished step", 130)


def _fail(message: str, status: int) -> int:
    print(f"workstation: {message}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())

"""``workstation statement`` and ``workstation statements``: one account's month, or everyone's.

Bad input (an unknown account or number, a month not begun or without data, an account
with no address for the variant, a path that cannot be written) is one line on stderr and
exit status 2, and leaves no file behind. In a batch, one account's failure is a line in
the manifest and on stderr; the others go on, and the batch exits with status 1. So does
a batch with ``--send`` that could not queue a finished statement.

Both read the config file: ``[statements] window_offset_mm`` places the address of a
letter, ``[mail] fax_resolution`` and ``fax_compression`` draw the fax image (for one
statement, ``--fax-resolution`` and ``--fax-compression`` choose otherwise).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from models import BillDelivery
from workstation.config import FAX_COMPRESSIONS, FAX_RESOLUTIONS, load_settings
from workstation.db import Database
from workstation.errors import WorkstationError

VARIANTS = ("post", "email", "fax")
LANGUAGES = ("ru", "en")
DELIVERIES = {
    "post": (BillDelivery.POST,),
    "email": (BillDelivery.EMAIL,),
    "fax": (BillDelivery.FAX,),
    "all": (BillDelivery.POST, BillDelivery.EMAIL, BillDelivery.FAX),
}

Progress = Callable[[int, int], None]


class BadInput(WorkstationError):
    """A statement cannot be made from what was asked: exit status 2."""


def month(text: str) -> date:
    """``2026-10`` as the first day of that month."""
    try:
        return datetime.strptime(text.strip(), "%Y-%m").date()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a month such as 2026-10, got {text!r}"
        ) from None


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return int(text)


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    one = commands.add_parser(
        "statement", parents=[common], help="one account's statement for a month as PDF"
    )
    target = one.add_mutually_exclusive_group(required=True)
    target.add_argument("--account", metavar="A", help="personal account number")
    target.add_argument("--msisdn", metavar="N", help="a subscriber number of the account")
    one.add_argument("--period", type=month, required=True, metavar="YYYY-MM")
    one.add_argument("--variant", choices=VARIANTS, required=True)
    one.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    one.add_argument("--tiff", type=Path, metavar="FILE.tif", help="also the fax image (fax)")
    one.add_argument(
        "--fax-resolution",
        choices=FAX_RESOLUTIONS,
        help="of the fax image: fine 204×196 or normal 204×98 dpi (default: [mail] of the config)",
    )
    one.add_argument(
        "--fax-compression",
        choices=FAX_COMPRESSIONS,
        help="of the fax image: CCITT Group 4 or Group 3 (default: [mail] of the config)",
    )
    one.add_argument("--lang", dest="document_language", choices=LANGUAGES, default="ru")

    many = commands.add_parser(
        "statements", parents=[common], help="the statements of every account for a month"
    )
    many.add_argument("--period", type=month, required=True, metavar="YYYY-MM")
    many.add_argument("--delivery", choices=list(DELIVERIES), default="all")
    many.add_argument("--out", type=Path, required=True, metavar="DIR")
    many.add_argument("--jobs", type=_jobs, default=1, metavar="N", help="worker processes")
    many.add_argument("--lang", dest="document_language", choices=LANGUAGES, default="ru")
    many.add_argument(
        "--send",
        action="store_true",
        help="also queue each statement by e-mail or fax in the outbox (the post is printed)",
    )


def run(db: Database, args: argparse.Namespace, progress: Progress | None = None) -> int:
    """Raises BadInput (exit 2) for anything the statements refuse."""
    from workstation.statements import StatementError

    try:
        if args.command == "statement":
            return run_statement(db, args)
        return run_statements(db, args, progress)
    except StatementError as exc:
        raise BadInput(exc.template, **exc.params) from exc


def run_statement(db: Database, args: argparse.Namespace) -> int:
    from reports import Delivery
    from workstation.statements import (
        FaxImage,
        build_document,
        find_account,
        gather_statement,
        require_writable,
        save_document,
        statement_options,
    )

    if args.tiff is not None and args.variant != "fax":
        raise BadInput("--tiff is the fax image: it needs --variant fax")
    if args.tiff is None and (args.fax_resolution or args.fax_compression):
        raise BadInput(
            "--fax-resolution and --fax-compression draw the fax image: they need --tiff"
        )
    settings = load_settings()
    image = FaxImage.named(
        args.fax_resolution or settings.mail.fax_resolution,
        args.fax_compression or settings.mail.fax_compression,
    )
    for path in (args.out, args.tiff):
        if path is not None:
            require_writable(path)
    with db.read() as session:
        account_id = find_account(session, number=args.account, msisdn=args.msisdn)
        statement = gather_statement(session, account_id=account_id, period=args.period)
    options = statement_options(
        statement,
        delivery=Delivery(args.variant),
        language=args.document_language,
        window_offset_mm=settings.statements.window_offset_mm,
    )
    document = build_document(statement, options)
    save_document(document, args.out, args.tiff, image)
    written = f"{args.out}" + (f" and {args.tiff}" if args.tiff else "")
    print(
        f"statement of account {statement.data.account_number} for {args.period:%Y-%m} "
        f"({args.variant}, {document.pages} pages): {written}"
    )
    return 0


def run_statements(db: Database, args: argparse.Namespace, progress: Progress | None) -> int:
    from workstation.statements import Entry, FaxImage, run_batch

    def report(entry: Entry) -> None:
        if entry.message:  # failed, or finished but not queued
            clear = "\r\x1b[K" if sys.stderr.isatty() else ""
            print(f"{clear}workstation: account {entry.account}: {entry.message}", file=sys.stderr)

    settings = load_settings()
    summary = run_batch(
        db,
        period=args.period,
        deliveries=DELIVERIES[args.delivery],
        directory=args.out,
        language=args.document_language,
        jobs=args.jobs,
        now=datetime.now(UTC),
        progress=progress,
        report=report,
        window_offset_mm=settings.statements.window_offset_mm,
        fax_image=FaxImage.configured(settings.mail),
        send=args.send,
    )
    made = summary.done + summary.no_data + summary.failed
    rate = made / summary.seconds if summary.seconds else 0.0
    print(
        f"statements for {args.period:%Y-%m}: {summary.done:,} written, "
        f"{summary.no_data:,} without data, {summary.failed:,} failed, "
        f"{summary.resumed:,} done before ({rate:.1f}/s); manifest {summary.manifest}"
    )
    if args.send:
        print(f"outbox: {summary.queued:,} queued, {summary.not_queued:,} could not be queued")
    return 1 if summary.failed or summary.not_queued else 0

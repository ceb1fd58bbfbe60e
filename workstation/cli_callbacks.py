"""``workstation callbacks import FILE.csv``: the telephony system's abandoned calls.

Each rejected row is one line on stderr, ``FILE:LINE: reason``; the summary goes to
stdout. Exit status: 0 when every row was imported or was already there, 1 when some
rows were rejected (the others are imported), 2 when the file cannot be read at all
(then nothing is imported).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workstation.callbacks_import import ImportFileError, import_abandoned_calls
from workstation.db import Database

EXIT_REJECTED = 1


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    callbacks = commands.add_parser("callbacks", parents=[common], help="the callback queue")
    actions = callbacks.add_subparsers(dest="callbacks_command", metavar="ACTION", required=True)
    load = actions.add_parser(
        "import",
        parents=[common],
        help="import abandoned calls (CSV: number,time,queue) as callbacks",
    )
    load.add_argument("file", type=Path, metavar="FILE.csv")


def run(args: argparse.Namespace, database: Callable[[], Database]) -> int:
    """Raises ImportFileError (exit 2) when the file cannot be read; nothing is written then."""
    path: Path = args.file
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ImportFileError(f"{path} is not UTF-8 text") from None
    except OSError as exc:
        raise ImportFileError(f"cannot read {path}: {exc.strerror}") from None
    db = database()
    try:
        summary = import_abandoned_calls(db, text, source=path.name)
    finally:
        db.dispose()
    for row in summary.rejected:
        print(f"{path}:{row.line}: {row.reason}", file=sys.stderr)
    print(
        f"{path}: imported {summary.imported}, skipped as duplicates {summary.duplicates}, "
        f"rejected {len(summary.rejected)}"
    )
    return EXIT_REJECTED if summary.rejected else 0

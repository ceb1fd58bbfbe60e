"""The manifest of a batch: one JSON object a line for every account, in its output directory.

A line is appended (and flushed) as soon as an account's statement is written or has
failed, so an interrupted batch knows what it finished; a later line for the same account
replaces an earlier one. At the end of a run the file is rewritten with one line per
account, in account order.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, Final

from reports.output import write_atomically

MANIFEST: Final = "manifest.jsonl"


class Status(StrEnum):
    DONE = "done"
    NO_DATA = "no_data"  # nothing was charged, paid or used: there is no statement to send
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Entry:
    """What became of one account: its files (relative to the directory), pages and status.

    ``outbox`` is the message its statement was queued as (``--send``); ``message`` says
    why the statement failed, or why a finished one could not be queued.
    """

    account: str
    delivery: str
    period: str
    language: str
    status: Status
    file: str | None = None
    tiff: str | None = None
    pages: int = 0
    message: str = ""
    outbox: int | None = None

    def complete(self, directory: Path) -> bool:
        """Whether a resumed run may skip the account: finished, with every file in place."""
        if self.status is Status.NO_DATA:
            return True
        files = [name for name in (self.file, self.tiff) if name]
        return self.status is Status.DONE and all((directory / name).is_file() for name in files)


def read_manifest(path: Path) -> dict[str, Entry]:
    """The last entry of every account; a line cut short by an interruption is ignored."""
    entries: dict[str, Entry] = {}
    if not path.exists():
        return entries
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            try:
                fields: dict[str, Any] = json.loads(line)
                entry = Entry(**{**fields, "status": Status(fields["status"])})
            except (ValueError, TypeError, KeyError):
                continue
            entries[entry.account] = entry
    return entries


def append_entry(stream: IO[str], entry: Entry) -> None:
    stream.write(json.dumps(asdict(entry), ensure_ascii=False) + "\n")
    stream.flush()


def rewrite_manifest(path: Path, entries: dict[str, Entry]) -> None:
    """One line per account, sorted by account number, replacing the file in one step."""
    text = "".join(
        json.dumps(asdict(entries[account]), ensure_ascii=False) + "\n"
        for account in sorted(entries)
    )
    write_atomically(path, lambda stream: stream.write(text.encode("utf-8")))

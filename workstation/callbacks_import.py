"""Abandoned calls from the telephony system become callbacks: ``workstation callbacks import``.

The file is CSV in UTF-8 (a byte-order mark is allowed) with a header row naming the
columns ``number``, ``time`` and ``queue`` in any order (other columns are ignored),
separated by commas or, as spreadsheets in Russian locales write them, semicolons: the
header line decides. ``number`` is any way of writing a Russian number
(``+7 916 123-45-67``, ``8 (916) 123-45-67``, ``9161234567``) or an E.164 number;
``time`` is ISO 8601 with its zone (``2026-11-25T09:41:07+03:00``, ``…Z``), because a
time without one would be read hours off; ``queue`` names the line the caller rang (may
be empty).

Each row becomes a callback due at once (the caller has waited since the call), created
at the time of the call, so that the queue's age and the answer times count the
caller's real wait. A row's identity is its number, instant and queue; the same call
read again, from this file or another, is skipped as a duplicate. A malformed row is
reported with its line number and the others are imported, all in one transaction with
one audit event.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert, select

from models import CallbackRequest, CallbackStatus, Line, LineStatus, PersonalAccount
from workstation import audit
from workstation.db import Database
from workstation.errors import WorkstationError
from workstation.operations.callbacks import Priority
from workstation.phone import to_e164

COLUMNS = ("number", "time", "queue")
QUEUE_LENGTH = 40
CLOCK_SKEW = timedelta(minutes=5)
"""How far ahead of this computer's clock the telephony system's may run."""
BATCH = 500


class ImportFileError(WorkstationError):
    """The file as a whole cannot be read: nothing is imported."""


@dataclass(frozen=True)
class AbandonedCall:
    line: int
    msisdn: str
    at: datetime
    queue: str

    @property
    def source_key(self) -> str:
        """The call's identity, the same however the file spelled the number or the zone."""
        identity = f"{self.msisdn}|{self.at.astimezone(UTC).isoformat()}|{self.queue}"
        return "abandoned:" + hashlib.sha256(identity.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Rejected:
    line: int
    reason: str


@dataclass(frozen=True)
class ImportSummary:
    imported: int
    duplicates: int
    rejected: tuple[Rejected, ...]


def parse_abandoned_calls(
    text: str, *, now: datetime
) -> tuple[list[AbandonedCall], list[Rejected]]:
    """The good rows and the rejected ones, each with its line number in the file.

    Raises:
        ImportFileError: no header row, or a column missing from it.
    """
    text = text.removeprefix("\ufeff")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFileError(
            "the file is empty: expected a header row number,time,queue"
        ) from None
    except csv.Error as exc:
        raise ImportFileError(f"line 1: {exc}") from None
    names = [name.strip().lower() for name in header]
    missing = [column for column in COLUMNS if column not in names]
    if missing:
        raise ImportFileError(
            f"the header row lacks the column(s) {', '.join(missing)}: "
            f"expected number,time,queue, found {','.join(header)}"
        )
    where = {column: names.index(column) for column in COLUMNS}
    calls: list[AbandonedCall] = []
    rejected: list[Rejected] = []
    while True:
        # A quoted field may span lines: a row is reported by the line it starts on.
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            rejected.append(Rejected(line, f"not valid CSV: {exc}"))
            continue
        if not any(cell.strip() for cell in row):
            continue
        try:
            calls.append(_call(line, row, where, now))
        except ValueError as exc:
            rejected.append(Rejected(line, str(exc)))
    return calls, rejected


def _call(line: int, row: list[str], where: dict[str, int], now: datetime) -> AbandonedCall:
    if len(row) <= max(where.values()):
        raise ValueError(f"{len(row)} field(s), expected at least {max(where.values()) + 1}")
    number, when, queue = (row[where[column]].strip() for column in COLUMNS)
    msisdn = to_e164(number)
    if msisdn is None:
        raise ValueError(f"{number!r} is not a phone number")
    try:
        at = datetime.fromisoformat(when)
    except ValueError:
        raise ValueError(f"{when!r} is not a time such as 2026-11-25T09:41:07+03:00") from None
    if at.tzinfo is None:
        raise ValueError(f"the time {when!r} has no zone, such as +03:00 or Z")
    if at > now + CLOCK_SKEW:
        raise ValueError(f"the time {when!r} is in the future")
    if len(queue) > QUEUE_LENGTH:
        raise ValueError(f"the queue name is longer than {QUEUE_LENGTH} characters")
    return AbandonedCall(line, msisdn, at.astimezone(UTC), queue)


def import_abandoned_calls(
    db: Database, text: str, *, source: str, now: datetime | None = None
) -> ImportSummary:
    """Parse ``text`` and write its new calls as callbacks in one transaction.

    ``source`` (the file's name) goes into the audit event. A run that finds nothing
    new writes nothing.

    Raises:
        ImportFileError: see :func:`parse_abandoned_calls`.
    """
    now = now or datetime.now(UTC)
    calls, rejected = parse_abandoned_calls(text, now=now)
    unique = {call.source_key: call for call in reversed(calls)}  # the first of equal rows
    with db.write() as session:
        keys = list(unique)
        known: set[str] = set()
        for start in range(0, len(keys), BATCH):
            known.update(
                session.scalars(
                    select(CallbackRequest.source_key).where(
                        CallbackRequest.source_key.in_(keys[start : start + BATCH])
                    )
                )
            )
        new = sorted((c for k, c in unique.items() if k not in known), key=lambda c: c.line)
        customers: dict[str, int] = {}
        numbers = sorted({call.msisdn for call in new})
        for start in range(0, len(numbers), BATCH):
            for msisdn, customer_id in session.execute(
                select(Line.msisdn, PersonalAccount.customer_id)
                .join(PersonalAccount, PersonalAccount.id == Line.account_id)
                .where(
                    Line.msisdn.in_(numbers[start : start + BATCH]),
                    Line.status != LineStatus.CLOSED,
                )
            ):
                customers[msisdn] = customer_id
        if new:
            session.execute(
                insert(CallbackRequest),
                [
                    {
                        "msisdn": call.msisdn,
                        "customer_id": customers.get(call.msisdn),
                        "created_at": min(call.at, now),
                        "due_at": min(call.at, now),
                        "priority": int(Priority.NORMAL),
                        "status": CallbackStatus.OPEN,
                        "attempts": 0,
                        "note": "",
                        "queue": call.queue,
                        "source_key": call.source_key,
                        "version": 1,
                    }
                    for call in new
                ],
            )
            audit.record(
                session,
                operation="import_callbacks",
                target_type="file",
                target_id=source[-40:],
                agent_id=None,
                summary={"imported": len(new), "rejected": len(rejected)},
                at=now,
            )
    return ImportSummary(len(new), len(calls) - len(new), tuple(rejected))

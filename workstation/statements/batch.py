"""Statements of every account that gets its bill one way, for one month, in N processes.

Each worker process opens its own engine from the database URL and makes whole
statements (gather, build, write); the parent only hands out accounts and keeps the
manifest. One account's failure is an entry in the manifest, never the end of the batch.
A run started again over the same directory skips the accounts already finished.

Asked to send (``--send``), the parent also queues each finished statement of an account
whose bills go by e-mail or fax in the outbox, one transaction per account, as the system;
letters by post are left for the print shop. A statement already queued for the month,
by this run, an earlier one or a batch in another directory, is never queued again.
"""

from __future__ import annotations

import multiprocessing
import re
import signal
import time
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Final

from sqlalchemy import select

from models import BillDelivery, PersonalAccount
from reports import Delivery
from workstation.db import Database, open_database
from workstation.errors import WorkstationError
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.statements.document import (
    FINE_G4,
    FaxImage,
    build_document,
    save_document,
    statement_options,
)
from workstation.statements.errors import BatchError, FuturePeriod, NoStatementData, OutputError
from workstation.statements.gather import gather_statement, has_data
from workstation.statements.manifest import (
    MANIFEST,
    Entry,
    Status,
    append_entry,
    read_manifest,
    rewrite_manifest,
)

CHUNK: Final = 4
"""Accounts handed to a worker at a time: few enough to keep the progress bar moving."""
AHEAD_OF_UTC: Final = timedelta(hours=14)
"""No time zone is further ahead: a month not begun at UTC+14 has begun nowhere."""
_UNSAFE: Final = re.compile(r"[^0-9A-Za-z._-]")
SENT: Final = frozenset({BillDelivery.EMAIL.value, BillDelivery.FAX.value})
"""The bill deliveries a batch sends through the outbox; the post is printed."""

Progress = Callable[[int, int], None]
Report = Callable[[Entry], None]
Task = tuple[int, str, str]  # account id, account number, delivery


@dataclass(frozen=True, slots=True)
class BatchJob:
    """What every worker is told: the same for all accounts of the batch."""

    url: str
    period: date
    directory: Path
    language: str
    now: datetime
    window_offset_mm: tuple[float, float] = (0.0, 0.0)
    fax_image: FaxImage = FINE_G4


@dataclass(frozen=True, slots=True)
class BatchSummary:
    accounts: int
    resumed: int  # finished by an earlier run and skipped
    done: int
    no_data: int
    failed: int
    seconds: float
    manifest: Path
    queued: int = 0  # put in the outbox by this run
    not_queued: int = 0  # finished, but could not be queued: the entry says why


def run_batch(
    db: Database,
    *,
    period: date,
    deliveries: Collection[BillDelivery],
    directory: Path,
    language: str = "ru",
    jobs: int = 1,
    now: datetime | None = None,
    progress: Progress | None = None,
    report: Report | None = None,
    window_offset_mm: tuple[float, float] = (0.0, 0.0),
    fax_image: FaxImage = FINE_G4,
    send: bool = False,
) -> BatchSummary:
    """Write the statement of every account whose bills go by one of ``deliveries``.

    ``report`` hears of every account finished (or queued) in this run, as it finishes.
    ``window_offset_mm`` moves the address of letters to the envelopes' window;
    ``fax_image`` is how fax images are drawn. With ``send``, every finished statement
    by e-mail or fax is queued in the outbox, also those finished by an earlier run.

    Raises:
        FuturePeriod, BatchError: the month has not begun, or nobody was charged for it;
            the directory holds a batch of another month or language.
        OutputError: the directory cannot be made or written to.
    """
    started = time.perf_counter()
    now = now or datetime.now(UTC)
    period = period.replace(day=1)
    month = f"{period:%Y-%m}"
    if period > (now + AHEAD_OF_UTC).date().replace(day=1):
        raise FuturePeriod(
            QT_TRANSLATE_NOOP("errors", "The month {month} has not begun yet"), month=month
        )
    with db.read() as session:
        if not has_data(session, period):
            raise BatchError(
                QT_TRANSLATE_NOOP("errors", "No account was charged for {month}"), month=month
            )
        accounts = session.execute(
            select(PersonalAccount.id, PersonalAccount.number, PersonalAccount.bill_delivery)
            .where(PersonalAccount.bill_delivery.in_(deliveries))
            .order_by(PersonalAccount.number)
        ).all()
    manifest = directory / MANIFEST
    entries = _previous_entries(directory, month, language)
    tasks: list[Task] = []
    unsent: list[Entry] = []  # finished by an earlier run, not in the outbox yet
    for account_id, number, delivery in accounts:
        before = entries.get(number)
        if before is None or not before.complete(directory):
            tasks.append((account_id, number, delivery.value))
        elif send and _to_queue(before):
            unsent.append(before)
    resumed = len(accounts) - len(tasks)
    ids = {number: account_id for account_id, number, _ in accounts}
    job = BatchJob(
        db.url.render_as_string(hide_password=False),
        period,
        directory,
        language,
        now,
        window_offset_mm,
        fax_image,
    )
    counts = dict.fromkeys(Status, 0)
    queued = not_queued = 0

    def finish(entry: Entry) -> Entry:
        """Queue the entry's statement when it is to be sent; count how that went."""
        nonlocal queued, not_queued
        if not (send and _to_queue(entry)):
            return entry
        entry, new = _queue(db, job, ids[entry.account], entry)
        queued += new
        not_queued += entry.outbox is None
        return entry

    if progress:
        progress(resumed, len(accounts))
    try:
        with manifest.open("a", encoding="utf-8") as stream:
            for entry in map(finish, unsent):
                append_entry(stream, entry)
                entries[entry.account] = entry
                if report:
                    report(entry)
            for finished, made in enumerate(_statements(db, job, tasks, jobs), start=1):
                counts[made.status] += 1
                entry = finish(made)
                append_entry(stream, entry)
                entries[entry.account] = entry
                if report:
                    report(entry)
                if progress:
                    progress(resumed + finished, len(accounts))
    finally:
        rewrite_manifest(manifest, entries)
    return BatchSummary(
        accounts=len(accounts),
        resumed=resumed,
        done=counts[Status.DONE],
        no_data=counts[Status.NO_DATA],
        failed=counts[Status.FAILED],
        seconds=time.perf_counter() - started,
        manifest=manifest,
        queued=queued,
        not_queued=not_queued,
    )


def _to_queue(entry: Entry) -> bool:
    return entry.status is Status.DONE and entry.delivery in SENT and entry.outbox is None


def _queue(db: Database, job: BatchJob, account_id: int, entry: Entry) -> tuple[Entry, bool]:
    """Put a finished statement in the outbox; the entry with its message, and whether it
    was queued now (not found queued by an earlier run).

    A statement that cannot be queued stays done, with the reason as its message: its
    files are good, and the next run tries to queue it again.
    """
    # Imported here: the outbox's operations import this package.
    from workstation.delivery.outbox_operations import queue_monthly_statement

    try:
        pdf = (job.directory / str(entry.file)).read_bytes()
        result = queue_monthly_statement(
            db,
            account_id=account_id,
            period=job.period,
            delivery=BillDelivery(entry.delivery),
            pdf=pdf,
            pages=entry.pages,
            language=job.language,
            now=job.now,
        )
    except OSError as exc:
        return replace(entry, message=f"cannot read {entry.file}: {exc.strerror or exc}"), False
    except WorkstationError as exc:
        return replace(entry, message=str(exc)), False
    except Exception as exc:  # one account's failure must not stop the batch
        return replace(entry, message=f"{type(exc).__name__}: {exc}"), False
    return replace(entry, outbox=result.outbox_id, message=""), result.queued


def _previous_entries(directory: Path, month: str, language: str) -> dict[str, Entry]:
    """The manifest an earlier run left, which must be of the same month and language."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}"),
            path=str(directory),
            reason=exc.strerror or str(exc),
        ) from exc
    entries = read_manifest(directory / MANIFEST)
    for entry in entries.values():
        if (entry.period, entry.language) != (month, language):
            raise BatchError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{path} holds statements for {other}; choose another directory",
                ),
                path=str(directory),
                other=f"{entry.period} ({entry.language})",
            )
    return entries


def _statements(db: Database, job: BatchJob, tasks: list[Task], jobs: int) -> Iterator[Entry]:
    """The entries of ``tasks`` as they are finished, in this process or in ``jobs``."""
    if jobs <= 1 or len(tasks) <= 1:
        worker = _Worker(db, job)
        yield from map(worker, tasks)
        return
    # Spawned, not forked: the same on every platform, and no inherited connections.
    context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=_start_worker, initargs=(job,)) as pool:
        yield from pool.imap_unordered(_work, tasks, chunksize=CHUNK)
        pool.close()
        pool.join()


class _Worker:
    """Makes one account's statement and says how it went; never raises for one account."""

    def __init__(self, db: Database, job: BatchJob) -> None:
        self.db = db
        self.job = job

    def __call__(self, task: Task) -> Entry:
        account_id, number, delivery = task
        job = self.job
        base = _UNSAFE.sub("_", number)
        pdf = f"{base}.pdf"
        tiff = f"{base}.tif" if delivery == Delivery.FAX else None
        entry = Entry(number, delivery, f"{job.period:%Y-%m}", job.language, Status.FAILED)
        try:
            with self.db.read() as session:
                statement = gather_statement(
                    session, account_id=account_id, period=job.period, now=job.now
                )
            options = statement_options(
                statement,
                delivery=Delivery(delivery),
                language=job.language,
                now=job.now,
                window_offset_mm=job.window_offset_mm,
            )
            document = build_document(statement, options)
            save_document(
                document,
                job.directory / pdf,
                job.directory / tiff if tiff else None,
                job.fax_image,
            )
        except NoStatementData:
            return replace(entry, status=Status.NO_DATA)
        except WorkstationError as exc:
            return replace(entry, message=str(exc))
        except Exception as exc:  # one account's failure must not stop the batch
            return replace(entry, message=f"{type(exc).__name__}: {exc}")
        return replace(entry, status=Status.DONE, file=pdf, tiff=tiff, pages=document.pages)


_worker: _Worker | None = None


def _start_worker(job: BatchJob) -> None:
    """In each worker process: its own engine; Ctrl+C is left to the parent, which stops all."""
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker = _Worker(open_database(job.url, migrate=False), job)


def _work(task: Task) -> Entry:
    assert _worker is not None, "the pool's initializer makes the worker"
    return _worker(task)

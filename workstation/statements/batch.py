"""Statements of every account that gets its bill one way, for one month, in N processes.

Each worker process opens its own engine from the database URL and makes whole
statements (gather, build, write); the parent only hands out accounts and keeps the
manifest. One account's failure is an entry in the manifest, never the end of the batch.
A run started again over the same directory skips the accounts already finished.
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
from workstation.statements.document import build_document, save_document, statement_options
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


@dataclass(frozen=True, slots=True)
class BatchSummary:
    accounts: int
    resumed: int  # finished by an earlier run and skipped
    done: int
    no_data: int
    failed: int
    seconds: float
    manifest: Path


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
) -> BatchSummary:
    """Write the statement of every account whose bills go by one of ``deliveries``.

    ``report`` hears of every account finished in this run, as it finishes.

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
    tasks: list[Task] = [
        (account_id, number, delivery.value)
        for account_id, number, delivery in accounts
        if not (number in entries and entries[number].complete(directory))
    ]
    resumed = len(accounts) - len(tasks)
    job = BatchJob(db.url.render_as_string(hide_password=False), period, directory, language, now)
    counts = dict.fromkeys(Status, 0)
    if progress:
        progress(resumed, len(accounts))
    try:
        with manifest.open("a", encoding="utf-8") as stream:
            for finished, entry in enumerate(_statements(db, job, tasks, jobs), start=1):
                append_entry(stream, entry)
                entries[entry.account] = entry
                counts[entry.status] += 1
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
    )


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
                statement, delivery=Delivery(delivery), language=job.language, now=job.now
            )
            document = build_document(statement, options)
            save_document(document, job.directory / pdf, job.directory / tiff if tiff else None)
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

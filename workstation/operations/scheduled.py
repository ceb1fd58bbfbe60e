"""Changes arranged in advance that come into force on their day.

A tariff chosen "from the next period", a voluntary block asked for from a later day, and
the end of a block with an end date. Only time changes them, so three paths put them in
force, all through :func:`apply_due`:

- the scheduler's job, ``workstation billing apply-scheduled``
  (:func:`apply_scheduled_changes`), for every line whose day has come;
- the card, for its line, before it shows it (:func:`bring_line_up_to_date`), so that an
  agent never reads a plan or a status that is over, whenever the job last ran;
- any change to the line (:func:`workstation.operations.context.line_for_change`), so that
  an operation always sees the line as it is today.

The first two are the system's changes: one transaction and one audit event without an
agent per line changed. The third is part of the agent's operation and its audit event.
Each path locks the line and looks again, so a change is put in force once however many
of them meet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, and_, or_, select
from sqlalchemy.orm import Session

from models import ChargeCategory, Line, LineStatus, PersonalAccount, TariffPlan
from workstation import audit
from workstation.db import Database
from workstation.formatting import zone
from workstation.operations.billing_rules import charge, local_date, start_of
from workstation.operations.framework import Context

ZERO = Decimal("0.00")
BATCH = 500
"""Lines the job reads at a time; each line it changes is a transaction of its own."""
AHEAD_OF_UTC = timedelta(hours=14)
"""The most a local date runs ahead of UTC (UTC+14): what the job's first filter allows."""


@dataclass(frozen=True)
class Applied:
    """What came into force on a line; false when nothing was due."""

    tariff: tuple[str, str] | None = None
    """The codes of the plan left and of the plan now in force."""
    block_started: date | None = None
    block_ended: date | None = None
    charged: Decimal = ZERO
    """The days of the ended block beyond the free ones."""

    def __bool__(self) -> bool:
        return (
            self.tariff is not None
            or self.block_started is not None
            or self.block_ended is not None
        )

    def summary(self) -> dict[str, Any]:
        """The audit event's summary: what changed, and the fee."""
        out: dict[str, Any] = {}
        if self.tariff is not None:
            out["tariff_from"], out["tariff_to"] = self.tariff
        if self.block_started is not None:
            out["block_from"] = self.block_started.isoformat()
        if self.block_ended is not None:
            out["block_until"] = self.block_ended.isoformat()
            out["charged"] = str(self.charged)
        return out


@dataclass(frozen=True)
class ScheduledReport:
    lines: int
    """Lines changed."""
    tariffs: int
    """Plans put in force."""
    blocks_started: int
    blocks_ended: int
    charged: Decimal
    """The fees of the blocks ended, together."""


def _charge_block(
    session: Session, line: Line, account: PersonalAccount, until: date, now: datetime
) -> Decimal:
    tariff = session.scalar(select(TariffPlan).where(TariffPlan.id == line.tariff_id))
    assert tariff is not None
    started = line.block_from or local_date(line.status_changed_at, account)
    paid_days = max(0, (until - started).days - tariff.block_free_days)
    amount = tariff.block_daily_fee * paid_days
    charge(
        session,
        account,
        amount=amount,
        category=ChargeCategory.SERVICE,
        description=f"Добровольная блокировка: {paid_days} дн. × {tariff.block_daily_fee} ₽",
        at=now,
        line_id=line.id,
    )
    return amount


def block_fee(
    session: Session, ctx: Context, line: Line, account: PersonalAccount, until: date
) -> Decimal:
    """Charge the days of a voluntary block beyond the tariff's free ones, up to ``until``."""
    return _charge_block(session, line, account, until, ctx.now)


def apply_due(session: Session, line: Line, now: datetime) -> Applied:
    """Put in force on ``line`` what is due by ``now``, in the caller's transaction."""
    account = session.get_one(PersonalAccount, line.account_id)
    today = local_date(now, account)
    tariff: tuple[str, str] | None = None
    started: date | None = None
    ended: date | None = None
    charged = ZERO
    if line.next_tariff_id is not None and line.next_tariff_on and line.next_tariff_on <= today:
        tariff = (
            session.get_one(TariffPlan, line.tariff_id).code,
            session.get_one(TariffPlan, line.next_tariff_id).code,
        )
        line.tariff_id = line.next_tariff_id
        line.next_tariff_id = None
        line.next_tariff_on = None
    if line.status == LineStatus.ACTIVE and line.block_from and line.block_from <= today:
        started = line.block_from
        line.status = LineStatus.VOLUNTARY_BLOCK
        line.status_changed_at = start_of(line.block_from, account)
    if (
        line.status == LineStatus.VOLUNTARY_BLOCK
        and line.block_until is not None
        and line.block_until <= today
    ):
        ended = line.block_until
        charged = _charge_block(session, line, account, line.block_until, now)
        line.status = LineStatus.ACTIVE
        line.status_changed_at = start_of(line.block_until, account)
        line.block_from = None
        line.block_until = None
    return Applied(tariff, started, ended, charged)


def apply_scheduled(session: Session, ctx: Context, line: Line) -> Applied:
    """Before an agent's change to the line: part of that operation and its audit event."""
    return apply_due(session, line, ctx.now)


_DUE_COLUMNS = (
    Line.id,
    Line.status,
    Line.next_tariff_id,
    Line.next_tariff_on,
    Line.block_from,
    Line.block_until,
    PersonalAccount.time_zone,
)
DueRow = Row[int, LineStatus, int | None, date | None, date | None, date | None, str]


def _is_due(row: DueRow, now: datetime) -> bool:
    """Whether :func:`apply_due` would change the line of ``row`` (of :data:`_DUE_COLUMNS`).

    Nothing comes into force on a closed line.
    """
    if row.status == LineStatus.CLOSED:
        return False
    today = now.astimezone(zone(row.time_zone)).date()
    if row.next_tariff_id is not None and row.next_tariff_on and row.next_tariff_on <= today:
        return True
    if row.status == LineStatus.ACTIVE and row.block_from and row.block_from <= today:
        return True
    return bool(
        row.status == LineStatus.VOLUNTARY_BLOCK and row.block_until and row.block_until <= today
    )


def _apply_line(db: Database, line_id: int, now: datetime) -> Applied:
    """One line in a transaction of its own, audited as the system; nothing when not due."""
    with db.write() as session:
        line = session.get(Line, line_id, with_for_update=True)
        if line is None or line.status == LineStatus.CLOSED:
            return Applied()
        account = session.get_one(PersonalAccount, line.account_id, with_for_update=True)
        applied = apply_due(session, line, now)
        if not applied:
            return applied  # put in force meanwhile by another workstation or job
        line.updated_at = now
        line.updated_by_id = None
        if applied.charged:
            account.updated_at = now
            account.updated_by_id = None
        audit.record(
            session,
            operation="apply_scheduled",
            target_type="line",
            target_id=line.id,
            agent_id=None,
            summary=applied.summary(),
            at=now,
        )
    return applied


def bring_line_up_to_date(db: Database, line_id: int, now: datetime) -> Applied:
    """Put in force what is due on the line before a screen shows it.

    Reads first and writes only when something is due, so opening a card costs one short
    read on an ordinary day.
    """
    with db.read() as session:
        row = session.execute(
            select(*_DUE_COLUMNS)
            .join(PersonalAccount, PersonalAccount.id == Line.account_id)
            .where(Line.id == line_id)
        ).one_or_none()
    if row is None or not _is_due(row, now):
        return Applied()
    return _apply_line(db, line_id, now)


def apply_scheduled_changes(db: Database, now: datetime, *, batch: int = BATCH) -> ScheduledReport:
    """Put in force every change due by ``now`` on every line (the scheduler's job).

    Reads the lines in batches; each line changed is one transaction and one audit event
    without an agent. A second run at the same moment changes nothing.
    """
    horizon = (now.astimezone(UTC) + AHEAD_OF_UTC).date()
    candidates = or_(
        Line.next_tariff_on <= horizon,
        and_(Line.status == LineStatus.ACTIVE, Line.block_from <= horizon),
        and_(Line.status == LineStatus.VOLUNTARY_BLOCK, Line.block_until <= horizon),
    )
    lines = tariffs = started = ended = 0
    charged = ZERO
    after = 0
    while True:
        with db.read() as session:
            rows = session.execute(
                select(*_DUE_COLUMNS)
                .join(PersonalAccount, PersonalAccount.id == Line.account_id)
                .where(Line.id > after, Line.status != LineStatus.CLOSED, candidates)
                .order_by(Line.id)
                .limit(batch)
            ).all()
        for row in rows:
            if not _is_due(row, now):
                continue  # due later in its own time zone
            applied = _apply_line(db, row.id, now)
            if applied:
                lines += 1
                tariffs += applied.tariff is not None
                started += applied.block_started is not None
                ended += applied.block_ended is not None
                charged += applied.charged
        if len(rows) < batch:
            return ScheduledReport(lines, tariffs, started, ended, charged)
        after = rows[-1].id

"""Changes arranged for a later day come into force on that day, whoever touches the line.

The scheduler's job (``apply_scheduled_changes``) does it for every line; the card does it
for its line before it is shown (``bring_line_up_to_date``). Both are the system's changes,
one transaction and one audit event per line, and a second pass changes nothing.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from models import AuditEvent, Charge, ChargeCategory, Line, LineStatus, PersonalAccount
from tests import factories as f
from tests.workstation.operations.conftest import NOW, World, snapshot
from workstation.audit import verify_chain
from workstation.operations import Context
from workstation.operations.errors import Conflict
from workstation.operations.scheduled import (
    apply_scheduled_changes,
    bring_line_up_to_date,
)
from workstation.operations.tariffs import Effective

pytestmark = pytest.mark.pg

# Midnight of 1 December in Moscow (UTC+3) is 21:00 UTC on 30 November.
DECEMBER_IN_MOSCOW = datetime(2026, 11, 30, 21, 0, tzinfo=UTC)


def _line(world: World, line_id: int | None = None) -> Line:
    with world.db.read() as s:
        return s.get_one(Line, line_id or world.line_id)


def _system_events(world: World) -> list[tuple[str, dict[str, object]]]:
    with world.db.read() as s:
        return [
            (e.target_id, json.loads(e.summary))
            for e in s.scalars(
                select(AuditEvent)
                .where(AuditEvent.operation == "apply_scheduled")
                .order_by(AuditEvent.id)
            )
            if e.agent_id is None and e.interaction_id is None
        ]


def _next_period_tariff(world: World) -> Context:
    """BIG from 1 December, asked for on 25 November by a verified caller still on the line."""
    ctx = world.verified()
    changed = world.call(
        ctx,
        "change_tariff",
        line_id=world.line_id,
        tariff_code="BIG",
        effective=Effective.NEXT_PERIOD,
    )
    assert changed.effective_on == date(2026, 12, 1)
    return ctx


def test_a_tariff_for_the_next_period_comes_in_on_the_first_and_not_before(
    world: World,
) -> None:
    _next_period_tariff(world)
    before = snapshot(world.db)
    early = apply_scheduled_changes(world.db, DECEMBER_IN_MOSCOW - timedelta(minutes=1))
    assert early.lines == 0
    assert snapshot(world.db) == before, "on 30 November nothing changes"
    assert _line(world).tariff_id == world.tariffs["BASIC"]

    report = apply_scheduled_changes(world.db, DECEMBER_IN_MOSCOW)
    assert (report.lines, report.tariffs, report.blocks_started, report.blocks_ended) == (
        1,
        1,
        0,
        0,
    )
    line = _line(world)
    assert (line.tariff_id, line.next_tariff_id, line.next_tariff_on) == (
        world.tariffs["BIG"],
        None,
        None,
    )
    assert (line.updated_at, line.updated_by_id) == (DECEMBER_IN_MOSCOW, None)
    assert _system_events(world) == [
        (str(world.line_id), {"tariff_from": "BASIC", "tariff_to": "BIG"})
    ]
    # Idempotent: the same moment again, or later, finds nothing to do.
    after = snapshot(world.db)
    assert apply_scheduled_changes(world.db, DECEMBER_IN_MOSCOW).lines == 0
    assert apply_scheduled_changes(world.db, DECEMBER_IN_MOSCOW + timedelta(days=3)).lines == 0
    assert snapshot(world.db) == after
    with world.db.read() as s:
        assert verify_chain(s).broken_at is None


def test_a_block_from_a_later_day_starts_then_its_end_date_lifts_it(world: World) -> None:
    ctx = world.verified()
    start, end = date(2026, 12, 1), date(2027, 1, 20)  # 50 days: 30 free, 20 × 2,50 ₽
    world.call(ctx, "block_voluntary", line_id=world.line_id, start=start, end=end)
    assert apply_scheduled_changes(world.db, DECEMBER_IN_MOSCOW - timedelta(hours=1)).lines == 0
    assert _line(world).status == LineStatus.ACTIVE

    started = apply_scheduled_changes(world.db, DECEMBER_IN_MOSCOW + timedelta(days=2))
    assert (started.lines, started.blocks_started, started.blocks_ended) == (1, 1, 0)
    line = _line(world)
    assert line.status == LineStatus.VOLUNTARY_BLOCK
    assert line.status_changed_at == DECEMBER_IN_MOSCOW, "blocked from midnight of its day"
    assert (line.block_from, line.block_until) == (start, end)
    assert apply_scheduled_changes(world.db, DECEMBER_IN_MOSCOW + timedelta(days=3)).lines == 0

    lifted_at = datetime(2027, 1, 20, 6, 0, tzinfo=UTC)
    ended = apply_scheduled_changes(world.db, lifted_at)
    assert (ended.lines, ended.blocks_started, ended.blocks_ended) == (1, 0, 1)
    assert ended.charged == Decimal("50.00")
    line = _line(world)
    assert (line.status, line.block_from, line.block_until) == (LineStatus.ACTIVE, None, None)
    assert line.status_changed_at == datetime(2027, 1, 19, 21, 0, tzinfo=UTC)
    with world.db.read() as s:
        fee = s.scalars(select(Charge).where(Charge.category == ChargeCategory.SERVICE)).one()
        assert (fee.amount, fee.line_id, fee.charged_at) == (
            Decimal("50.00"),
            world.line_id,
            lifted_at,
        )
        assert "20 дн." in fee.description
        account = s.get_one(PersonalAccount, world.account_id)
        assert account.balance == Decimal("950.00")
        assert account.updated_by_id is None
    assert [summary for _, summary in _system_events(world)] == [
        {"block_from": "2026-12-01"},
        {"block_until": "2027-01-20", "charged": "50.00"},
    ]


def test_a_block_begun_now_is_lifted_by_its_end_date(world: World) -> None:
    ctx = world.verified()
    world.call(ctx, "block_voluntary", line_id=world.line_id, end=date(2026, 12, 10))
    assert _line(world).status == LineStatus.VOLUNTARY_BLOCK
    assert apply_scheduled_changes(world.db, NOW + timedelta(days=10)).lines == 0
    report = apply_scheduled_changes(world.db, NOW + timedelta(days=15))
    assert (report.blocks_ended, report.charged) == (1, Decimal("0.00"))
    assert _line(world).status == LineStatus.ACTIVE


def test_a_block_whose_both_days_passed_unnoticed_starts_and_ends_in_one_event(
    world: World,
) -> None:
    ctx = world.verified()
    world.call(
        ctx,
        "block_voluntary",
        line_id=world.line_id,
        start=date(2026, 12, 1),
        end=date(2026, 12, 10),
    )
    report = apply_scheduled_changes(world.db, datetime(2026, 12, 20, tzinfo=UTC))
    assert (report.lines, report.blocks_started, report.blocks_ended) == (1, 1, 1)
    assert _line(world).status == LineStatus.ACTIVE
    assert [summary for _, summary in _system_events(world)] == [
        {"block_from": "2026-12-01", "block_until": "2026-12-10", "charged": "0.00"}
    ]


def test_every_line_in_batches_each_in_its_own_time_zone(world: World) -> None:
    """Vladivostok (UTC+10) reaches 1 December hours before Moscow; closed lines wait."""
    with world.db.write() as s:
        basic = s.get_one(Line, world.line_id).tariff
        owner = f.customer(s, last="Дальневосточный")
        far = f.account(s, owner)
        far.time_zone = "Asia/Vladivostok"
        near = s.get_one(PersonalAccount, world.account_id)
        lines = {
            "far": [f.line(s, far, basic) for _ in range(3)],
            "near": [f.line(s, near, basic) for _ in range(4)],
            "closed": [f.line(s, near, basic, status=LineStatus.CLOSED)],
        }
        for group in lines.values():
            for line in group:
                line.next_tariff_id = world.tariffs["BIG"]
                line.next_tariff_on = date(2026, 12, 1)
        ids = {name: [line.id for line in group] for name, group in lines.items()}

    def on_big(group: str) -> list[bool]:
        with world.db.read() as s:
            return [s.get_one(Line, i).tariff_id == world.tariffs["BIG"] for i in ids[group]]

    vladivostok_morning = datetime(2026, 11, 30, 16, 0, tzinfo=UTC)  # 02:00 on 1 December
    first = apply_scheduled_changes(world.db, vladivostok_morning, batch=2)
    assert first.lines == first.tariffs == 3
    assert on_big("far") == [True] * 3 and on_big("near") == [False] * 4
    second = apply_scheduled_changes(world.db, DECEMBER_IN_MOSCOW, batch=2)
    assert second.lines == 4
    assert on_big("near") == [True] * 4
    assert on_big("closed") == [False], "nothing comes into force on a closed line"
    assert len(_system_events(world)) == 7
    assert apply_scheduled_changes(world.db, DECEMBER_IN_MOSCOW, batch=2).lines == 0


def test_the_card_brings_its_line_up_to_date_and_writes_nothing_otherwise(
    world: World,
) -> None:
    _next_period_tariff(world)
    before = snapshot(world.db)
    assert not bring_line_up_to_date(world.db, world.line_id, NOW + timedelta(days=1))
    assert not bring_line_up_to_date(world.db, 10**9, DECEMBER_IN_MOSCOW)
    assert snapshot(world.db) == before, "an ordinary day costs a read, no write"
    applied = bring_line_up_to_date(world.db, world.line_id, DECEMBER_IN_MOSCOW)
    assert applied.tariff == ("BASIC", "BIG")
    assert _line(world).tariff_id == world.tariffs["BIG"]
    assert not bring_line_up_to_date(world.db, world.line_id, DECEMBER_IN_MOSCOW)
    assert apply_scheduled_changes(world.db, DECEMBER_IN_MOSCOW).lines == 0
    assert len(_system_events(world)) == 1


def test_an_agents_change_after_the_job_finds_the_line_as_it_is(world: World) -> None:
    """The job stamps the line as the system's change: a card read before it is stale."""
    ctx = _next_period_tariff(world)
    stale = _line(world).version
    apply_scheduled_changes(world.db, DECEMBER_IN_MOSCOW)
    ctx.now = DECEMBER_IN_MOSCOW + timedelta(hours=1)
    with pytest.raises(Conflict):
        world.call(
            ctx,
            "activate_service",
            line_id=world.line_id,
            service_code="DAILY",
            expected_version=stale,
        )
    world.call(
        ctx,
        "activate_service",
        line_id=world.line_id,
        service_code="DAILY",
        expected_version=_line(world).version,
    )
    assert _line(world).tariff_id == world.tariffs["BIG"]

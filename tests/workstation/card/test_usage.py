"""The usage detail's windows: every order, any offset, running totals that add up."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from models import Direction, UsageKind, UsageRecord, Zone
from tests import factories as f
from workstation.card.usage import SortKey, UsageFilter, usage_window
from workstation.db import Database

RECORDS = 120


@pytest.fixture
def selection(db: Database) -> UsageFilter:
    rng = random.Random(4)
    start = datetime(2026, 10, 1, tzinfo=UTC)
    with db.write() as s:
        line = f.line(s, f.account(s, f.customer(s)), f.tariff(s))
        for _ in range(RECORDS):
            s.add(
                UsageRecord(
                    line_id=line.id,
                    # Some moments and costs repeat, so that ties are broken by the record.
                    started_at=start + timedelta(minutes=rng.randrange(RECORDS // 2)),
                    kind=UsageKind.VOICE,
                    direction=rng.choice([Direction.INCOMING, Direction.OUTGOING]),
                    other_party=f"+7903{rng.randrange(10**7):07d}",
                    duration_s=rng.randrange(1, 600),
                    zone=Zone.HOME,
                    cost=Decimal(rng.randrange(0, 500)) / 100,
                )
            )
        line_id = line.id
    return UsageFilter(line_id, date(2026, 10, 1), date(2026, 10, 31), "Europe/Moscow")


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_windows_at_any_offset_carry_the_running_total_of_everything_before(
    db: Database, selection: UsageFilter, sort: SortKey, descending: bool
) -> None:
    with db.read() as s:
        whole = usage_window(
            s, selection, offset=0, limit=RECORDS, sort=sort, descending=descending
        )
        pieces = [
            row
            for offset in range(0, RECORDS, 35)
            for row in usage_window(
                s, selection, offset=offset, limit=35, sort=sort, descending=descending
            )
        ]
    assert len(whole) == RECORDS
    assert pieces == whole, "the windows are the whole list cut in pieces"
    running = Decimal("0.00")
    for row in whole:
        running += row.cost
        assert row.running_cost == running
    assert running == sum((row.cost for row in whole), Decimal("0.00"))

"""Changing the tariff: the comparison, the switch fee, services ended, now or next period."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from models import (
    Charge,
    ChargeCategory,
    Direction,
    Line,
    Outcome,
    ServiceSubscription,
    UsageKind,
    UsageRecord,
    Zone,
)
from tests.workstation.operations.conftest import NOW, World, snapshot
from workstation.errors import DomainError
from workstation.operations.errors import NotFound
from workstation.operations.tariffs import Effective, tariff_options


def _usage(world: World) -> None:
    """150 minutes of calls in October: 50 beyond the allowance of 100."""
    with world.db.write() as s:
        for day in range(1, 16):
            s.add(
                UsageRecord(
                    line_id=world.line_id,
                    started_at=datetime(2026, 10, day, 12, tzinfo=UTC),
                    kind=UsageKind.VOICE,
                    direction=Direction.OUTGOING,
                    other_party="+79031234567",
                    duration_s=600,
                    zone=Zone.HOME,
                    cost=Decimal("0.00"),
                )
            )


def test_options_side_by_side_with_what_last_months_would_cost(world: World) -> None:
    _usage(world)
    ctx = world.context()
    with world.db.read() as s:
        options = tariff_options(s, ctx, line_id=world.line_id)
    assert options[0].current and options[0].code == "BASIC"
    assert not options[0].selectable
    assert "OLD" not in {o.code for o in options}, "archived plans are not offered"
    basic = {m: c for m, c in options[0].history}
    # 150 min against 100 included: 50 × 3,00 ₽ beyond the fee of 450,00 ₽.
    assert basic[date(2026, 10, 1)] == Decimal("600.00")
    assert basic[date(2026, 9, 1)] == Decimal("450.00")
    big = next(o for o in options if o.code == "BIG")
    assert big.selectable
    assert dict(big.history)[date(2026, 10, 1)] == Decimal("1050.00")


def test_change_now_charges_the_switch_fee_and_ends_disallowed_services(world: World) -> None:
    ctx = world.verified()
    world.call(ctx, "activate_service", line_id=world.line_id, service_code="ONLYBASIC")
    result = world.call(ctx, "change_tariff", line_id=world.line_id, tariff_code="big")
    assert result.switch_fee == Decimal("100.00")
    assert result.ended_services == ("Услуга ONLYBASIC",)
    with world.db.read() as s:
        line = s.get_one(Line, world.line_id)
        assert line.tariff_id == world.tariffs["BIG"]
        fee = s.scalars(select(Charge).where(Charge.category == ChargeCategory.ONE_OFF)).one()
        assert fee.amount == Decimal("100.00")
        assert s.scalars(select(ServiceSubscription.ended_at)).all() == [NOW]


def test_from_the_next_period(world: World) -> None:
    ctx = world.verified()
    result = world.call(
        ctx,
        "change_tariff",
        line_id=world.line_id,
        tariff_code="BIG",
        effective=Effective.NEXT_PERIOD,
    )
    assert result.effective_on == date(2026, 12, 1)
    with world.db.read() as s:
        line = s.get_one(Line, world.line_id)
        assert (line.tariff_id, line.next_tariff_id) == (
            world.tariffs["BASIC"],
            world.tariffs["BIG"],
        )
    # Once December has come, the next change to the line puts the plan in force first.
    world.call(
        ctx, "close_interaction", reasons=["tariff"], outcome=Outcome.SOLVED, note="с 1 декабря"
    )
    later = world.verified()
    later.now = NOW + timedelta(days=7)
    world.call(later, "activate_service", line_id=world.line_id, service_code="DAILY")
    with world.db.read() as s:
        line = s.get_one(Line, world.line_id)
        assert (line.tariff_id, line.next_tariff_id) == (world.tariffs["BIG"], None)


@pytest.mark.parametrize(
    ("code", "error", "message"),
    [
        ("OLD", DomainError, "archived"),
        ("BASIC", DomainError, "already on"),
        ("MISSING", NotFound, "Unknown tariff"),
    ],
)
def test_refusals(world: World, code: str, error: type[Exception], message: str) -> None:
    ctx = world.verified()
    before = snapshot(world.db)
    with pytest.raises(error, match=message):
        world.call(ctx, "change_tariff", line_id=world.line_id, tariff_code=code)
    assert snapshot(world.db) == before

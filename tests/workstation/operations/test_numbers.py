"""Changing the number: the pool, quarantine, the price, and the history of who held it."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from models import Charge, Line, NumberAssignment, OutboxMessage, PoolNumber, PoolStatus
from tests.workstation.operations.conftest import NOW, World, snapshot
from workstation.errors import DomainError
from workstation.operations.numbers import find_free_numbers
from workstation.search import search


def test_finding_free_numbers(world: World) -> None:
    with world.db.read() as s:
        everything = {o.msisdn for o in find_free_numbers(s, now=NOW)}
        assert everything == {"+79990000001", "+79777777777", "+79990000003"}
        assert [o.msisdn for o in find_free_numbers(s, now=NOW, ending="7777")] == ["+79777777777"]
        gold = find_free_numbers(s, now=NOW, category="gold")
        assert [(o.category_name, o.price) for o in gold] == [("Золотой", Decimal("15000.00"))]
        assert [o.msisdn for o in find_free_numbers(s, now=NOW, pattern="999*****01")] == [
            "+79990000001"
        ]


def test_change_number_keeps_the_line_and_quarantines_the_old_one(world: World) -> None:
    ctx = world.verified()
    result = world.call(ctx, "change_number", line_id=world.line_id, new_msisdn="8 977 777-77-77")
    assert (result.old_msisdn, result.new_msisdn) == ("+79161234567", "+79777777777")
    assert result.price == Decimal("15000.00")
    assert result.quarantine_until == NOW + timedelta(days=90)
    with world.db.read() as s:
        line = s.get_one(Line, world.line_id)
        assert line.msisdn == "+79777777777" and line.tariff_id == world.tariffs["BASIC"]
        old = s.scalars(select(PoolNumber).where(PoolNumber.msisdn == "+79161234567")).one()
        assert old.status == PoolStatus.QUARANTINE
        assert (
            s.scalars(select(PoolNumber).where(PoolNumber.msisdn == "+79777777777")).first() is None
        )
        held = s.scalars(select(NumberAssignment).order_by(NumberAssignment.id)).all()
        assert [(h.msisdn, h.released_at is not None) for h in held] == [("+79777777777", False)]
        assert s.scalars(select(Charge.amount)).one() == Decimal("15000.00")
        assert s.scalars(select(OutboxMessage)).all()
        # The new number finds the subscriber at once.
        assert search(s, "+7 977 777-77-77")[0].line_id == world.line_id


@pytest.mark.parametrize(
    ("number", "message"),
    [("+79990000002", "quarantine"), ("+79995550000", "not in the pool"), ("12", "not a phone")],
)
def test_numbers_that_cannot_be_given(world: World, number: str, message: str) -> None:
    ctx = world.verified()
    before = snapshot(world.db)
    with pytest.raises(DomainError, match=message):
        world.call(ctx, "change_number", line_id=world.line_id, new_msisdn=number)
    assert snapshot(world.db) == before


def test_a_quarantine_that_has_ended_frees_the_number(world: World) -> None:
    ctx = world.verified()
    result = world.call(ctx, "change_number", line_id=world.line_id, new_msisdn="+79990000003")
    assert result.price == Decimal("0.00")

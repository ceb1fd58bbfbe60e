"""Interactions: start, one at a time, and no close without a wrap-up."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from models import CallbackRequest, Channel, Interaction, Outcome
from tests.workstation.operations.conftest import NOW, World, snapshot
from workstation.errors import DomainError
from workstation.operations.errors import InteractionRequired, Invalid


def test_start_finds_the_caller_and_links_the_subscriber(world: World) -> None:
    ctx = world.start(caller="8 (916) 123-45-67")
    with world.db.read() as s:
        interaction = s.get_one(Interaction, ctx.interaction_id)
        assert interaction.caller_msisdn == "+79161234567"
        assert interaction.line_id == world.line_id
        assert interaction.customer_id == world.customer_id
        assert interaction.channel == Channel.SHORT_NUMBER


def test_one_interaction_at_a_time(world: World) -> None:
    world.start()
    before = snapshot(world.db)
    with pytest.raises(Invalid, match="still open"):
        world.start()
    assert snapshot(world.db) == before


def test_an_unknown_caller_number_is_refused(world: World) -> None:
    with pytest.raises(Invalid, match="not a phone number"):
        world.start(caller="12-34")


def test_operations_need_an_interaction(world: World) -> None:
    with pytest.raises(InteractionRequired):
        world.call(world.context(), "attach_subscriber", line_id=world.line_id)


@pytest.mark.parametrize(
    ("reasons", "note", "message"),
    [
        ([], "сделано", "at least one reason"),
        (["nonsense"], "x", "at least one reason"),
        (["tariff"], "  ", "note"),
    ],
)
def test_no_wrap_up_no_close(world: World, reasons: list[str], note: str, message: str) -> None:
    ctx = world.start()
    before = snapshot(world.db)
    with pytest.raises(DomainError, match=message):
        world.call(ctx, "close_interaction", reasons=reasons, outcome=Outcome.SOLVED, note=note)
    assert snapshot(world.db) == before


def test_close_with_a_wrap_up_and_a_callback(world: World) -> None:
    ctx = world.start()
    due = NOW + timedelta(hours=3)
    result = world.call(
        ctx,
        "close_interaction",
        reasons=["tariff", "charges"],
        outcome=Outcome.CALLBACK_NEEDED,
        note="Перезвонить после 18:00",
        callback_at=due,
    )
    assert result.callback_id is not None
    with world.db.read() as s:
        interaction = s.get_one(Interaction, ctx.interaction_id)
        assert interaction.ended_at == NOW
        assert [r.code for r in interaction.reasons] == ["charges", "tariff"]
        callback = s.scalars(select(CallbackRequest)).one()
        assert callback.msisdn == "+79161234567"
        assert callback.due_at == due
        assert callback.interaction_id == ctx.interaction_id
    # The interaction is over: the next operation needs a new one.
    with pytest.raises(InteractionRequired, match="closed"):
        world.call(ctx, "attach_subscriber", line_id=world.line_id)
    world.start()

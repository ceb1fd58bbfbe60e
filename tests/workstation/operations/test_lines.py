"""Blocks, lost SIMs, replacements and PIN/PUK codes."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models import (
    AuditEvent,
    Charge,
    Line,
    LineStatus,
    OutboxMessage,
    PersonalAccount,
    Sim,
    SimStatus,
)
from tests.workstation.operations.conftest import LAST_PAYMENT, NOW, World, snapshot
from workstation.errors import DomainError
from workstation.operations.errors import VerificationRequired
from workstation.operations.verification import Method
from workstation.russian_ids import is_valid_luhn


def _line(world: World) -> Line:
    with world.db.read() as s:
        return s.get_one(Line, world.line_id)


def test_block_now_and_unblock_within_the_free_days(world: World) -> None:
    ctx = world.verified()
    result = world.call(ctx, "block_voluntary", line_id=world.line_id, end=date(2026, 12, 31))
    assert result.status == LineStatus.VOLUNTARY_BLOCK
    assert _line(world).block_until == date(2026, 12, 31)
    ctx.now = NOW + timedelta(days=10)
    lifted = world.call(ctx, "unblock_voluntary", line_id=world.line_id)
    assert lifted.charged == Decimal("0.00")
    assert _line(world).status == LineStatus.ACTIVE


def test_days_beyond_the_free_ones_are_charged(world: World) -> None:
    ctx = world.verified()
    world.call(ctx, "block_voluntary", line_id=world.line_id)
    ctx.now = NOW + timedelta(days=40)
    lifted = world.call(ctx, "unblock_voluntary", line_id=world.line_id)
    # 40 days blocked, 30 of them free, 2,50 ₽ a day after.
    assert lifted.charged == Decimal("25.00")
    with world.db.read() as s:
        fee = s.scalars(select(Charge)).one()
        assert fee.amount == Decimal("25.00") and "10 дн." in fee.description


def test_a_block_arranged_for_later_starts_and_ends_on_its_days(world: World) -> None:
    ctx = world.verified()
    start, end = date(2026, 12, 1), date(2026, 12, 10)
    world.call(ctx, "block_voluntary", line_id=world.line_id, start=start, end=end)
    assert _line(world).status == LineStatus.ACTIVE
    ctx.now = NOW + timedelta(days=8)  # 3 December
    world.call(ctx, "activate_service", line_id=world.line_id, service_code="DAILY")
    assert _line(world).status == LineStatus.VOLUNTARY_BLOCK
    ctx.now = NOW + timedelta(days=20)
    world.call(ctx, "deactivate_service", line_id=world.line_id, service_code="DAILY")
    line = _line(world)
    assert (line.status, line.block_from, line.block_until) == (LineStatus.ACTIVE, None, None)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"start": date(2026, 11, 1)}, "in the past"),
        ({"start": date(2026, 12, 10), "end": date(2026, 12, 1)}, "before it starts"),
    ],
)
def test_bad_block_dates(world: World, arguments: dict[str, date], message: str) -> None:
    ctx = world.verified()
    before = snapshot(world.db)
    with pytest.raises(DomainError, match=message):
        world.call(ctx, "block_voluntary", line_id=world.line_id, **arguments)
    assert snapshot(world.db) == before


def test_unblocking_a_line_that_is_not_blocked(world: World) -> None:
    ctx = world.verified()
    before = snapshot(world.db)
    with pytest.raises(DomainError, match="no voluntary block"):
        world.call(ctx, "unblock_voluntary", line_id=world.line_id)
    assert snapshot(world.db) == before


def test_a_lost_sim_needs_code_word_or_passport(world: World) -> None:
    ctx = world.start()
    world.call(
        ctx, "verify_caller", line_id=world.line_id, method=Method.LAST_PAYMENT, answer=LAST_PAYMENT
    )
    with pytest.raises(VerificationRequired, match="passport"):
        world.call(ctx, "block_lost_sim", line_id=world.line_id)
    world.call(
        ctx, "verify_caller", line_id=world.line_id, method=Method.PASSPORT, answer="4510 123456"
    )
    world.call(ctx, "block_lost_sim", line_id=world.line_id)
    assert _line(world).status == LineStatus.LOST_SIM_BLOCK


def test_replacement_issues_a_new_sim_keeps_the_old_and_tells_the_customer(world: World) -> None:
    ctx = world.verified()
    world.call(ctx, "block_lost_sim", line_id=world.line_id)
    result = world.call(ctx, "replace_sim", line_id=world.line_id)
    assert is_valid_luhn(result.iccid) and result.iccid != result.old_iccid
    with world.db.read() as s:
        sims = s.scalars(select(Sim).where(Sim.line_id == world.line_id).order_by(Sim.id)).all()
        assert [c.status for c in sims] == [SimStatus.REPLACED, SimStatus.ACTIVE]
        assert sims[0].replace_reason == "Утеря или кража SIM-карты"
        assert len({sims[0].puk1, sims[1].puk1}) == 2 or sims[0].pin1 != sims[1].pin1
        notices = s.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()
        assert {m.recipient for m in notices} == {
            "+79161234567",
            "+79031112233",
            "p.aleshin@example.ru",
        }
        assert all(result.iccid[-4:] in m.body for m in notices)
    assert _line(world).status == LineStatus.ACTIVE


@pytest.mark.parametrize("iccid", ["8970101000000000017", "8970101000000000018", "12345"])
def test_a_bad_or_taken_iccid_is_refused(world: World, iccid: str) -> None:
    ctx = world.verified()
    before = snapshot(world.db)
    with pytest.raises(DomainError, match=r"ICCID|already issued"):
        world.call(ctx, "replace_sim", line_id=world.line_id, iccid=iccid)
    assert snapshot(world.db) == before


def test_pin_and_puk_only_to_a_verified_caller_and_never_in_the_log(world: World) -> None:
    with world.db.write() as s:
        card = s.scalars(select(Sim).where(Sim.line_id == world.line_id)).one()
        card.pin1, card.puk1 = "4829", "55667788"
    unverified = world.start()
    with pytest.raises(VerificationRequired):
        world.call(unverified, "reveal_sim_codes", line_id=world.line_id)
    from models import Outcome

    world.call(
        unverified,
        "close_interaction",
        reasons=["pin_puk"],
        outcome=Outcome.INFORMATION_GIVEN,
        note="x",
    )
    ctx = world.verified()
    codes = world.call(ctx, "reveal_sim_codes", line_id=world.line_id)
    assert (codes.pin1, codes.puk1) == ("4829", "55667788")
    assert "55667788" not in repr(codes) and "4829" not in repr(codes)
    with world.db.read() as s:
        log = " ".join(s.scalars(select(AuditEvent.summary)).all())
        reveals = s.scalar(select(func.count()).where(AuditEvent.operation == "reveal_sim_codes"))
    assert reveals == 1
    assert "55667788" not in log and "4829" not in log


# -- a lost SIM does not lift another block -----------------------------------------------


def _set(world: World, status: LineStatus, balance: str | None = None) -> None:
    """Put the line (and its account's balance) as the billing or an earlier call left it."""
    with world.db.write() as s:
        line = s.get_one(Line, world.line_id)
        line.status = status
        if balance is not None:
            account = s.get_one(PersonalAccount, world.account_id)
            account.balance = account.opening_balance = Decimal(balance)


def test_a_debt_block_outlives_a_lost_sim_and_its_replacement(world: World) -> None:
    _set(world, LineStatus.DEBT_BLOCK, balance="-200.00")
    ctx = world.verified()
    world.call(ctx, "block_lost_sim", line_id=world.line_id)
    line = _line(world)
    assert (line.status, line.status_before_lost_sim) == (
        LineStatus.LOST_SIM_BLOCK,
        LineStatus.DEBT_BLOCK,
    )
    replaced = world.call(ctx, "replace_sim", line_id=world.line_id)
    assert replaced.status == LineStatus.DEBT_BLOCK
    line = _line(world)
    assert (line.status, line.status_before_lost_sim) == (LineStatus.DEBT_BLOCK, None)
    with world.db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.operation == "replace_sim")).one()
    summary = json.loads(event.summary)
    assert (summary["before"], summary["after"]) == ("lost_sim_block", "debt_block")
    # Only the money lifts it.
    with pytest.raises(DomainError, match="Not enough money"):
        world.call(ctx, "reactivate_after_debt", line_id=world.line_id)
    _set(world, LineStatus.DEBT_BLOCK, balance="10.00")
    world.call(ctx, "reactivate_after_debt", line_id=world.line_id)
    assert _line(world).status == LineStatus.ACTIVE


def test_a_voluntary_block_outlives_a_lost_sim_and_its_replacement(world: World) -> None:
    ctx = world.verified()
    world.call(ctx, "block_voluntary", line_id=world.line_id)
    world.call(ctx, "block_lost_sim", line_id=world.line_id)
    world.call(ctx, "replace_sim", line_id=world.line_id)
    assert _line(world).status == LineStatus.VOLUNTARY_BLOCK
    ctx.now = NOW + timedelta(days=40)
    lifted = world.call(ctx, "unblock_voluntary", line_id=world.line_id)
    assert lifted.charged == Decimal("25.00"), "the fee counts from the block's first day"
    assert _line(world).status == LineStatus.ACTIVE


def test_a_voluntary_block_lifted_while_the_sim_is_lost_is_not_restored(world: World) -> None:
    ctx = world.verified()
    world.call(ctx, "block_voluntary", line_id=world.line_id)
    world.call(ctx, "block_lost_sim", line_id=world.line_id)
    lifted = world.call(ctx, "unblock_voluntary", line_id=world.line_id)
    assert lifted.status == LineStatus.LOST_SIM_BLOCK, "the lost SIM stays blocked"
    assert _line(world).status_before_lost_sim == LineStatus.ACTIVE
    world.call(ctx, "replace_sim", line_id=world.line_id)
    assert _line(world).status == LineStatus.ACTIVE


def test_a_voluntary_block_that_ended_while_the_sim_was_lost_ends_with_the_new_sim(
    world: World,
) -> None:
    ctx = world.verified()
    world.call(ctx, "block_voluntary", line_id=world.line_id, end=date(2026, 12, 5))
    world.call(ctx, "block_lost_sim", line_id=world.line_id)
    ctx.now = NOW + timedelta(days=20)
    world.call(ctx, "replace_sim", line_id=world.line_id)
    line = _line(world)
    assert (line.status, line.block_from, line.block_until) == (LineStatus.ACTIVE, None, None)


def test_a_line_blocked_as_lost_before_the_status_was_kept_becomes_active(world: World) -> None:
    _set(world, LineStatus.LOST_SIM_BLOCK)
    ctx = world.verified()
    assert world.call(ctx, "replace_sim", line_id=world.line_id).status == LineStatus.ACTIVE

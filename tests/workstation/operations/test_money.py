"""Adjustments, promised payments and the debt block: the money, the audit, the refusals."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from models import (
    AuditEvent,
    Charge,
    ChargeCategory,
    Line,
    LineStatus,
    Payment,
    PaymentMethod,
    PersonalAccount,
    PromisedPayment,
)
from tests.workstation.operations.bank import Bank, balance, identity_gap, make_bank, pay
from tests.workstation.operations.conftest import (
    NOW,
    World,
    assert_refusal_recorded,
    snapshot,
)
from workstation.card import load_billing
from workstation.config import Rules
from workstation.operations.errors import Invalid, NotFound, VerificationRequired
from workstation.operations.money import (
    AdjustmentReason,
    apply_debt_blocks,
    debt_status,
    expire_promised_payments,
    promised_fee,
    quote_adjustment,
    quote_promised_payment,
)

pytestmark = pytest.mark.pg


@pytest.fixture
def bank(world: World) -> Bank:
    return make_bank(world)


def _set_balance(world: World, account_id: int, amount: str, *blocked: int) -> None:
    """An account whose money adds up at ``amount``, with ``blocked`` lines blocked for debt."""
    with world.db.write() as s:
        account = s.get_one(PersonalAccount, account_id)
        account.opening_balance = account.balance = Decimal(amount)
        for line_id in blocked:
            s.get_one(Line, line_id).status = LineStatus.DEBT_BLOCK


def _status(world: World, line_id: int) -> LineStatus:
    with world.db.read() as s:
        return s.get_one(Line, line_id).status


def _events(world: World, operation: str) -> list[AuditEvent]:
    with world.db.read() as s:
        return list(
            s.scalars(
                select(AuditEvent).where(AuditEvent.operation == operation).order_by(AuditEvent.id)
            )
        )


def _adjust(world: World, ctx: object, account_id: int, amount: str, **extra: object) -> object:
    arguments = {
        "account_id": account_id,
        "amount": Decimal(amount),
        "reason_code": AdjustmentReason.COMPENSATION,
        "note": "Не было связи 24.11",
        **extra,
    }
    return world.call(ctx, "adjust_balance", **arguments)  # type: ignore[arg-type]


# -- adjustments -------------------------------------------------------------------------


@pytest.mark.parametrize(("amount", "after"), [("300.00", "1300.00"), ("-499.99", "500.01")])
def test_an_agent_credits_or_debits_within_the_cap(
    world: World, bank: Bank, amount: str, after: str
) -> None:
    ctx = world.verified()
    done = _adjust(world, ctx, bank.a, amount)
    assert balance(world.db, bank.a) == Decimal(after)
    with world.db.read() as s:
        charge = s.scalars(select(Charge).where(Charge.account_id == bank.a)).one()
        assert charge.amount == -Decimal(amount)
        assert (charge.category, charge.reason_code) == (ChargeCategory.ADJUSTMENT, "compensation")
        assert charge.description == "Корректировка: компенсация — Не было связи 24.11"
        assert identity_gap(s, bank.a) == 0
        view = load_billing(s, bank.a)
    assert dict(view.periods[0].by_category)[ChargeCategory.ADJUSTMENT] == -Decimal(amount)
    assert [c.category for c in view.charges] == [ChargeCategory.ADJUSTMENT]
    (event,) = _events(world, "adjust_balance")
    assert event.agent_id == world.agent.user_id and event.interaction_id == ctx.interaction_id
    assert json.loads(event.summary)["balance"] == after
    assert done.balance == Decimal(after)  # type: ignore[attr-defined]


def test_over_the_agents_cap_is_refused_naming_the_cap(world: World, bank: Bank) -> None:
    ctx = world.verified()
    before = snapshot(world.db)
    with pytest.raises(Invalid, match=r"over your cap of 500\.00") as refused:
        _adjust(world, ctx, bank.a, "-500.01")
    assert refused.value.params["cap"] == Decimal("500.00")
    # The balance stays; the attempt is on record, in the agent's interaction, on the account.
    assert balance(world.db, bank.a) == Decimal("1000.00")
    event = assert_refusal_recorded(world.db, before, "adjust_balance", "over_cap")
    assert (event.agent_id, event.interaction_id) == (world.agent.user_id, ctx.interaction_id)
    assert (event.target_type, event.target_id) == ("account", str(bank.a))
    with world.db.read() as s:
        quote = quote_adjustment(s, ctx, account_id=bank.a, amount=Decimal("-500.01"))
    assert quote.needs_approval and quote.balance_after == Decimal("499.99")


def test_a_supervisor_goes_to_their_own_cap_and_no_further(world: World, bank: Bank) -> None:
    ctx = world.verified(world.supervisor)
    _adjust(world, ctx, bank.a, "10000.00")
    assert balance(world.db, bank.a) == Decimal("11000.00")
    before = snapshot(world.db)
    with pytest.raises(Invalid, match=r"supervisors' cap of 10000\.00"):
        _adjust(world, ctx, bank.a, "10000.01")
    assert balance(world.db, bank.a) == Decimal("11000.00")
    assert_refusal_recorded(world.db, before, "adjust_balance", "over_cap")


def test_the_caps_come_from_the_rules(world: World, bank: Bank) -> None:
    ctx = world.verified()
    ctx.rules = Rules(adjustment_cap_agent=Decimal("50.00"))
    with pytest.raises(Invalid, match=r"cap of 50\.00"):
        _adjust(world, ctx, bank.a, "60.00")


@pytest.mark.parametrize(
    ("account", "amount", "extra", "fragment"),
    [
        ("a", "0.00", {}, "other than zero"),
        ("a", "10.005", {}, "roubles and kopecks"),
        ("a", "10.00", {"note": "  "}, "Write why"),
        ("a", "10.00", {"reason_code": "bonus"}, "Unknown reason bonus"),
        ("closed", "10.00", {}, "is closed"),
        ("missing", "10.00", {}, "No such line or account"),
    ],
)
def test_adjustment_refusals_change_nothing(
    world: World, bank: Bank, account: str, amount: str, extra: dict[str, object], fragment: str
) -> None:
    account_id = {"a": bank.a, "closed": bank.closed, "missing": 10**6}[account]
    ctx = world.verified()
    before = snapshot(world.db)
    with pytest.raises((Invalid, NotFound, VerificationRequired), match=fragment):
        _adjust(world, ctx, account_id, amount, **extra)
    assert snapshot(world.db) == before


def test_an_adjustment_needs_the_caller_verified(world: World, bank: Bank) -> None:
    with pytest.raises(VerificationRequired):
        _adjust(world, world.start(), bank.a, "10.00")


# -- promised payments -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "fee"),
    [
        ("0.01", "7.00"),
        ("100.00", "7.00"),
        ("100.01", "20.00"),
        ("500.00", "20.00"),
        ("999.99", "40.00"),
        ("1000.00", "40.00"),
        ("1500.00", "60.00"),
        ("2000.00", "60.00"),
    ],
)
def test_the_fee_of_a_promised_payment_goes_by_tier(amount: str, fee: str) -> None:
    assert promised_fee(Decimal(amount)) == Decimal(fee)


def test_a_promised_payment_lifts_the_debt_block_it_covers(world: World, bank: Bank) -> None:
    _set_balance(world, bank.a, "-350.00", bank.a1, bank.a2)  # credit limit 100: 250 missing
    ctx = world.verified()
    with world.db.read() as s:
        quote = quote_promised_payment(s, ctx, account_id=bank.a, amount=Decimal("300.00"))
    assert quote.fee == Decimal("20.00") and quote.balance_after == Decimal("-70.00")
    assert quote.still_missing == 0 and len(quote.unblocks) == 2
    done = world.call(ctx, "promised_payment", account_id=bank.a, amount=Decimal("300.00"))
    assert done.balance == Decimal("-70.00") and done.expires_at == NOW + timedelta(days=3)
    assert _status(world, bank.a1) == _status(world, bank.a2) == LineStatus.ACTIVE
    with world.db.read() as s:
        payment = s.scalars(select(Payment).where(Payment.account_id == bank.a)).one()
        assert (payment.method, payment.amount) == (PaymentMethod.PROMISED, Decimal("300.00"))
        assert payment.reference == "ОП до 28.11.2026"
        fee = s.scalars(select(Charge).where(Charge.account_id == bank.a)).one()
        assert (fee.category, fee.amount) == (ChargeCategory.ONE_OFF, Decimal("20.00"))
        promised = s.scalars(select(PromisedPayment)).one()
        assert (promised.payment_id, promised.fee, promised.settled_at) == (
            payment.id,
            Decimal("20.00"),
            None,
        )
        assert identity_gap(s, bank.a) == 0
    (event,) = _events(world, "promised_payment")
    assert len(json.loads(event.summary)["unblocked"]) == 2


def test_a_promised_payment_too_small_leaves_the_block(world: World, bank: Bank) -> None:
    _set_balance(world, bank.a, "-3000.00", bank.a1)
    ctx = world.verified()
    done = world.call(ctx, "promised_payment", account_id=bank.a, amount=Decimal("2000.00"))
    assert done.unblocked == () and done.balance == Decimal("-1060.00")
    assert _status(world, bank.a1) == LineStatus.DEBT_BLOCK
    with world.db.read() as s:
        assert debt_status(s, line_id=bank.a1).missing == Decimal("960.00")


@pytest.mark.parametrize(
    ("amount", "fragment"),
    [("0.00", "more than zero"), ("2000.01", "at most 2000.00"), ("-5.00", "more than zero")],
)
def test_promised_amount_limits(world: World, bank: Bank, amount: str, fragment: str) -> None:
    ctx = world.verified()
    before = snapshot(world.db)
    with pytest.raises(Invalid, match=fragment):
        world.call(ctx, "promised_payment", account_id=bank.a, amount=Decimal(amount))
    assert snapshot(world.db) == before


def test_one_promised_payment_a_calendar_month(world: World, bank: Bank) -> None:
    ctx = world.verified()
    world.call(ctx, "promised_payment", account_id=bank.a, amount=Decimal("100.00"))
    before = snapshot(world.db)
    with pytest.raises(Invalid, match=r"already given .* this month \(2026-11-25\)"):
        world.call(ctx, "promised_payment", account_id=bank.a, amount=Decimal("100.00"))
    assert snapshot(world.db) == before
    # The next month it may be given again, once the first has been taken back.
    december = world.context(now=NOW + timedelta(days=7))
    december.interaction_id = ctx.interaction_id
    expire_promised_payments(world.db, NOW + timedelta(days=7))
    world.call(december, "promised_payment", account_id=bank.a, amount=Decimal("100.00"))


def test_an_open_promised_payment_blocks_the_next(world: World, bank: Bank) -> None:
    """Given on the last day of a month, it is still open on the first of the next."""
    ctx = world.verified()
    ctx.now = NOW + timedelta(days=5, hours=7)  # 30.11, 22:00 in Yekaterinburg
    world.call(ctx, "promised_payment", account_id=bank.a, amount=Decimal("100.00"))
    ctx.now = NOW + timedelta(days=6)
    with pytest.raises(Invalid, match="still open until 2026-12-03"):
        world.call(ctx, "promised_payment", account_id=bank.a, amount=Decimal("100.00"))


def test_expiry_takes_the_money_back_and_blocks_what_is_in_debt(world: World, bank: Bank) -> None:
    _set_balance(world, bank.a, "-150.00", bank.a1, bank.a2)
    _set_balance(world, bank.b, "50.00")
    ctx = world.verified()
    world.call(ctx, "promised_payment", account_id=bank.a, amount=Decimal("500.00"))
    world.call(ctx, "promised_payment", account_id=bank.b, amount=Decimal("100.00"))
    assert _status(world, bank.a1) == LineStatus.ACTIVE
    early = expire_promised_payments(world.db, NOW + timedelta(days=2))
    assert early.settled == 0
    later = NOW + timedelta(days=3, minutes=1)
    report = expire_promised_payments(world.db, later)
    assert (report.settled, report.taken_back, report.blocked) == (2, Decimal("600.00"), 2)
    assert balance(world.db, bank.a) == Decimal("-170.00")  # the fee stays charged
    assert balance(world.db, bank.b) == Decimal("43.00")
    assert _status(world, bank.a1) == _status(world, bank.a2) == LineStatus.DEBT_BLOCK
    assert _status(world, bank.b1) == LineStatus.ACTIVE
    with world.db.read() as s:
        taken = s.scalars(
            select(Charge).where(Charge.description == "Возврат обещанного платежа")
        ).all()
        assert sorted(c.amount for c in taken) == [Decimal("100.00"), Decimal("500.00")]
        assert all(c.category == ChargeCategory.ONE_OFF for c in taken)
        assert all(p.settled_at == later for p in s.scalars(select(PromisedPayment)))
        assert identity_gap(s, bank.a) == 0 and identity_gap(s, bank.b) == 0
        line = s.get_one(Line, bank.a1)
        assert line.updated_by_id is None and line.status_changed_at == later
    events = _events(world, "expire_promised_payment")
    assert len(events) == 2 and {e.agent_id for e in events} == {None}
    assert expire_promised_payments(world.db, later).settled == 0, "nothing is taken twice"


def test_debt_blocks_block_active_lines_below_the_limit_only(world: World, bank: Bank) -> None:
    _set_balance(world, bank.a, "-100.01")  # credit limit 100
    _set_balance(world, bank.b, "-0.01")  # credit limit 0
    _set_balance(world, bank.other, "-0.00")
    with world.db.write() as s:
        s.get_one(Line, bank.a2).status = LineStatus.VOLUNTARY_BLOCK
    report = apply_debt_blocks(world.db, NOW)
    assert (report.accounts, report.blocked) == (2, 2)
    assert [_status(world, x) for x in (bank.a1, bank.a2, bank.b1, bank.o1)] == [
        LineStatus.DEBT_BLOCK,
        LineStatus.VOLUNTARY_BLOCK,
        LineStatus.DEBT_BLOCK,
        LineStatus.ACTIVE,
    ]
    events = _events(world, "apply_debt_block")
    assert [e.target_id for e in events] == [str(bank.a), str(bank.b)]
    assert {e.agent_id for e in events} == {None}
    before = snapshot(world.db)
    assert apply_debt_blocks(world.db, NOW).blocked == 0
    assert snapshot(world.db) == before


# -- reactivation ------------------------------------------------------------------------


def test_reactivation_names_the_missing_amount_then_works_after_payment(
    world: World, bank: Bank
) -> None:
    _set_balance(world, bank.a, "-223.45", bank.a1, bank.a2)  # credit limit 100
    ctx = world.start()
    before = snapshot(world.db)
    with pytest.raises(Invalid, match=r"123\.45 is missing") as refused:
        world.call(ctx, "reactivate_after_debt", line_id=bank.a1)
    assert refused.value.params["missing"] == Decimal("123.45")
    assert snapshot(world.db) == before
    pay(world.db, bank.a, "123.45")
    with world.db.read() as s:
        assert debt_status(s, line_id=bank.a1).missing == 0
        version = s.get_one(Line, bank.a1).version
    done = world.call(ctx, "reactivate_after_debt", line_id=bank.a1, expected_version=version)
    assert done.balance == Decimal("-100.00")
    assert _status(world, bank.a1) == LineStatus.ACTIVE
    assert _status(world, bank.a2) == LineStatus.DEBT_BLOCK
    (event,) = _events(world, "reactivate_after_debt")
    assert event.target_id == str(bank.a1) and event.agent_id == world.agent.user_id


def test_reactivation_of_a_line_not_blocked_for_debt(world: World, bank: Bank) -> None:
    ctx = world.start()
    before = snapshot(world.db)
    with pytest.raises(Invalid, match="not blocked for debt"):
        world.call(ctx, "reactivate_after_debt", line_id=bank.a1)
    assert snapshot(world.db) == before

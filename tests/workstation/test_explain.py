"""Explaining charges on a demo base: usage adds up to the kopeck, fees name their terms,
and the records behind a charge are listed only to a verified caller, on record."""

from __future__ import annotations

import calendar
from dataclasses import fields
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update

from models import (
    ArticleKind,
    AuditEvent,
    Channel,
    Charge,
    ChargeCategory,
    Customer,
    Line,
    LineStatus,
    Outcome,
    PersonalAccount,
    TariffPlan,
    UsageKind,
    UsageRecord,
    Zone,
)
from workstation.auth import login
from workstation.card.explain import (
    USAGE_KINDS,
    ChargeNotFound,
    ChargeRecords,
    UsageBehind,
    explain_charge,
    records_behind,
)
from workstation.card.payment_methods import load_payment_methods
from workstation.card.tariff import month_bounds
from workstation.db import Database
from workstation.demo import DEMO_PASSWORD, build_demo
from workstation.demo.vocabulary import DEMO_CODE_WORD
from workstation.operations import Context, execute
from workstation.operations.errors import VerificationRequired
from workstation.operations.verification import Method
from workstation.reference import seed_reference

AS_OF = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
USAGE = tuple(USAGE_KINDS)


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, subscribers=40, months=2, seed=11, as_of=AS_OF)
    return db


def _usage_accounts(db: Database) -> set[int]:
    """Accounts with the most usage charges, and some that were abroad."""
    with db.read() as session:
        busiest = session.scalars(
            select(Charge.account_id)
            .where(Charge.category.in_(USAGE))
            .group_by(Charge.account_id)
            .order_by(func.count().desc(), Charge.account_id)
            .limit(6)
        )
        travellers = session.scalars(
            select(Charge.account_id)
            .where(Charge.category == ChargeCategory.ROAMING)
            .order_by(Charge.account_id)
            .limit(3)
        )
        return set(busiest) | set(travellers)


def test_every_usage_charge_of_several_accounts_is_the_sum_of_its_records(
    demo: Database,
) -> None:
    accounts = _usage_accounts(demo)
    explained = set()
    with demo.read() as session:
        charges = session.scalars(
            select(Charge).where(Charge.account_id.in_(accounts), Charge.category.in_(USAGE))
        ).all()
        for charge in charges:
            e = explain_charge(session, charge.id)
            assert e.usage is not None
            assert e.usage.total == charge.amount, (charge.id, charge.category)
            assert e.adds_up is True
            found = records_behind(session, line_id=charge.line_id, charge_id=charge.id)
            assert sum((r.cost for r in found.records), Decimal("0.00")) == charge.amount
            assert len(found.records) == found.count == e.usage.count
            assert e.usage.count == sum(g.count for g in e.usage.groups)
            assert found.records[-1].running_cost == charge.amount
            starts, ends = month_bounds(charge.period, e.time_zone)
            for record in found.records:
                assert starts <= record.started_at < ends
                assert (record.zone == Zone.ROAMING) == (charge.category == ChargeCategory.ROAMING)
                assert record.kind in USAGE_KINDS[charge.category]
            explained.add((charge.account_id, charge.category))
    assert len(accounts) >= 7
    assert {category for _, category in explained} == set(USAGE)


def test_sms_charges_include_mms(demo: Database) -> None:
    with demo.read() as session:
        charge_id = session.scalar(
            select(Charge.id)
            .join(
                UsageRecord,
                (UsageRecord.line_id == Charge.line_id) & (UsageRecord.kind == UsageKind.MMS),
            )
            .where(Charge.category == ChargeCategory.SMS, UsageRecord.zone != Zone.ROAMING)
            .limit(1)
        )
        assert charge_id is not None
        usage = explain_charge(session, charge_id).usage
    assert usage is not None
    assert UsageKind.MMS in usage.kinds


def test_a_record_changed_after_billing_shows_the_difference(demo: Database) -> None:
    with demo.read() as session:
        charge = session.scalars(
            select(Charge).where(Charge.category == ChargeCategory.VOICE).limit(1)
        ).one()
        first = records_behind(session, line_id=charge.line_id, charge_id=charge.id)
    record = next(r for r in first.records if r.cost > 0)
    with demo.write() as session:
        session.execute(
            update(UsageRecord)
            .where(UsageRecord.id == record.record_id)
            .values(cost=record.cost + Decimal("0.01"))
        )
    with demo.read() as session:
        e = explain_charge(session, charge.id)
    assert e.usage is not None
    assert e.adds_up is False
    assert e.usage.total == charge.amount + Decimal("0.01")


def test_a_pro_rata_subscription_fee_names_its_tariff_and_days(demo: Database) -> None:
    checked = 0
    with demo.read() as session:
        charges = session.scalars(
            select(Charge).where(Charge.category == ChargeCategory.SUBSCRIPTION)
        ).all()
        for charge in charges:
            fee = explain_charge(session, charge.id).tariff_fee
            assert fee is not None
            assert f"«{fee.tariff_name}»" in charge.description
            month_days = calendar.monthrange(charge.period.year, charge.period.month)[1]
            assert fee.month_days == month_days
            if fee.days is None:
                assert charge.amount == fee.monthly_fee
            else:
                kopecks = int(fee.monthly_fee * 100) * fee.days // month_days
                assert charge.amount == Decimal(kopecks) / 100
                checked += 1
    assert checked > 0


def test_a_service_charge_names_the_service_and_its_dates(demo: Database) -> None:
    with demo.read() as session:
        charges = session.scalars(
            select(Charge).where(Charge.category == ChargeCategory.SERVICE)
        ).all()
        kinds = set()
        for charge in charges:
            e = explain_charge(session, charge.id)
            if charge.service_id is None:
                assert e.block_fee is not None and e.block_fee.days is not None
                assert charge.amount == e.block_fee.daily_fee * e.block_fee.days
                kinds.add("block")
                continue
            fee = e.service_fee
            assert fee is not None and fee.subscriptions, charge.description
            assert fee.service_name in charge.description
            starts, ends = month_bounds(charge.period, e.time_zone)
            for start, end in fee.subscriptions:
                assert start < ends and (end is None or end > starts)
            if fee.connection:
                assert charge.amount == fee.connection_fee
                kinds.add("connection")
            elif fee.days is not None:
                assert charge.amount == fee.fee * fee.days
                kinds.add("daily")
            else:
                assert charge.amount == fee.fee
                kinds.add("monthly")
    assert {"daily", "monthly"} <= kinds


def test_an_adjustment_shows_its_description_and_reason(demo: Database) -> None:
    with demo.write() as session:
        line = session.scalars(select(Line).limit(1)).one()
        charge = Charge(
            account_id=line.account_id,
            line_id=line.id,
            period=AS_OF.date().replace(day=1),
            category=ChargeCategory.ADJUSTMENT,
            amount=Decimal("-150.00"),
            description="Возврат за перебой связи",
            charged_at=AS_OF,
            reason_code="NETWORK_OUTAGE",
        )
        session.add(charge)
        session.flush()
        charge_id = charge.id
    with demo.read() as session:
        e = explain_charge(session, charge_id)
    assert (e.description, e.reason_code, e.amount) == (
        "Возврат за перебой связи",
        "NETWORK_OUTAGE",
        Decimal("-150.00"),
    )
    assert (e.tariff_fee, e.service_fee, e.block_fee, e.usage, e.adds_up) == (
        None,
        None,
        None,
        None,
        None,
    )


def test_an_unknown_charge_is_refused(demo: Database) -> None:
    with demo.read() as session, pytest.raises(ChargeNotFound):
        explain_charge(session, 10**9)


def test_the_payment_panel_shows_the_rules_and_the_recent_payments(demo: Database) -> None:
    with demo.write() as session:
        seed_reference(session, AS_OF)
    with demo.read() as session:
        account = session.scalars(
            select(PersonalAccount)
            .where(PersonalAccount.balance < -PersonalAccount.credit_limit)
            .order_by(PersonalAccount.id)
            .limit(1)
        ).one()
        view = load_payment_methods(session, account.id)
    assert view.shortfall == -account.credit_limit - account.balance > 0
    assert [a.kind for a in view.articles] == [ArticleKind.PAYMENT] * 8
    assert view.articles[0].code == "PAY_CARD"
    moments = [p.paid_at for p in view.payments]
    assert moments == sorted(moments, reverse=True)
    assert sum(u.count for u in view.methods) == len(view.payments)
    assert sum((u.total for u in view.methods), Decimal("0.00")) == sum(
        (p.amount for p in view.payments), Decimal("0.00")
    )
    for use in view.methods:
        assert use.last_paid_at == max(p.paid_at for p in view.payments if p.method == use.method)


def test_a_tariff_fee_of_a_plan_left_names_the_plan_charged(demo: Database) -> None:
    """The fee of a month on another plan is explained by that plan, not the line's current."""
    with demo.write() as session:
        charge = session.scalars(
            select(Charge).where(Charge.category == ChargeCategory.SUBSCRIPTION).limit(1)
        ).one()
        line = session.get_one(Line, charge.line_id)
        other = session.scalars(
            select(TariffPlan).where(TariffPlan.id != line.tariff_id).limit(1)
        ).one()
        charged_plan = line.tariff_id
        line.tariff_id = other.id
    with demo.read() as session:
        fee = explain_charge(session, charge.id).tariff_fee
        plan = session.get_one(TariffPlan, charged_plan)
    assert fee is not None and fee.tariff_code == plan.code


# -- the records behind a charge: the secret of communications ---------------------------


def _voice_charge_of_a_customer_with_a_code_word(db: Database) -> Charge:
    with db.read() as session:
        return session.scalars(
            select(Charge)
            .join(Line, Line.id == Charge.line_id)
            .join(PersonalAccount, PersonalAccount.id == Line.account_id)
            .join(Customer, Customer.id == PersonalAccount.customer_id)
            .where(
                Charge.category == ChargeCategory.VOICE,
                Customer.code_word_hash.is_not(None),
                Line.status != LineStatus.CLOSED,
            )
            .order_by(PersonalAccount.customer_id, Charge.id)
            .limit(1)
        ).one()


def _in_a_call(db: Database, *, verify_line: int | None = None) -> Context:
    """The demo agent inside an interaction, with the caller of ``verify_line`` verified."""
    ctx = Context(login(db, "agent", DEMO_PASSWORD))
    started = execute(db, ctx, "start_interaction", channel=Channel.SHORT_NUMBER)
    ctx.interaction_id = started.interaction_id
    if verify_line is not None:
        checked = execute(
            db,
            ctx,
            "verify_caller",
            line_id=verify_line,
            method=Method.CODE_WORD,
            answer=DEMO_CODE_WORD,
        )
        assert checked.success
    return ctx


def _views(db: Database) -> list[tuple[int | None, str, str]]:
    with db.read() as session:
        return [
            (e.interaction_id, e.target_id, e.summary)
            for e in session.scalars(
                select(AuditEvent).where(AuditEvent.operation == "view_charge_records")
            )
        ]


def test_the_explanation_carries_totals_not_the_records(demo: Database) -> None:
    """Whoever may see the bill sees what a charge is made of, not whom the line called."""
    assert "records" not in {f.name for f in fields(UsageBehind)}
    charge = _voice_charge_of_a_customer_with_a_code_word(demo)
    with demo.read() as session:
        e = explain_charge(session, charge.id)
    assert e.usage is not None and e.usage.count > 0 and e.usage.groups
    shown = repr(e)
    with demo.read() as session:
        parties = session.scalars(
            select(UsageRecord.other_party).where(
                UsageRecord.line_id == charge.line_id, UsageRecord.other_party.is_not(None)
            )
        ).all()
    assert parties and not any(party in shown for party in parties)


def test_the_records_need_the_caller_verified_and_go_on_record(demo: Database) -> None:
    charge = _voice_charge_of_a_customer_with_a_code_word(demo)
    assert charge.line_id is not None
    asked = {"line_id": charge.line_id, "charge_id": charge.id}
    unverified = _in_a_call(demo)
    with pytest.raises(VerificationRequired):
        execute(demo, unverified, "view_charge_records", **asked)
    assert _views(demo) == []
    execute(
        demo, unverified, "close_interaction", reasons=["charges"], outcome=Outcome.SOLVED, note="-"
    )

    ctx = _in_a_call(demo, verify_line=charge.line_id)
    found = execute(demo, ctx, "view_charge_records", **asked)
    assert isinstance(found, ChargeRecords)
    with demo.read() as session:
        e = explain_charge(session, charge.id)
        assert found == records_behind(session, **asked)
    assert e.usage is not None and found.count == e.usage.count == len(found.records)
    assert sum((r.cost for r in found.records), Decimal("0.00")) == e.usage.total
    assert _views(demo) == [
        (
            ctx.interaction_id,
            str(charge.line_id),
            f'{{"charge":{charge.id},"records":{found.count}}}',
        )
    ]


def test_a_caller_verified_for_one_line_cannot_read_another_lines_records(
    demo: Database,
) -> None:
    mine = _voice_charge_of_a_customer_with_a_code_word(demo)
    with demo.read() as session:
        owner = session.get_one(Line, mine.line_id).account.customer_id
        theirs = session.scalars(
            select(Charge)
            .join(PersonalAccount, PersonalAccount.id == Charge.account_id)
            .where(Charge.category == ChargeCategory.VOICE, PersonalAccount.customer_id != owner)
            .limit(1)
        ).one()
        fee = session.scalars(
            select(Charge)
            .where(Charge.line_id == mine.line_id, Charge.category == ChargeCategory.SUBSCRIPTION)
            .limit(1)
        ).one()
    ctx = _in_a_call(demo, verify_line=mine.line_id)
    with pytest.raises(ChargeNotFound):
        execute(demo, ctx, "view_charge_records", line_id=mine.line_id, charge_id=theirs.id)
    with pytest.raises(VerificationRequired):
        execute(demo, ctx, "view_charge_records", line_id=theirs.line_id, charge_id=theirs.id)
    with pytest.raises(ChargeNotFound, match="not a usage charge"):
        execute(demo, ctx, "view_charge_records", line_id=mine.line_id, charge_id=fee.id)
    assert _views(demo) == []

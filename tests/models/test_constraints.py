"""The schema refuses what the business forbids, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm.exc import StaleDataError

from models import Charge, ChargeCategory, LineStatus, PersonalAccount, Sim
from tests import factories as f
from workstation.db import Database


def test_open_msisdn_is_unique_but_closed_lines_keep_theirs(db: Database) -> None:
    with db.write() as s:
        plan = f.tariff(s)
        acc = f.account(s, f.customer(s))
        f.line(s, acc, plan, msisdn="+79161234567", status=LineStatus.CLOSED)
        f.line(s, acc, plan, msisdn="+79161234567", status=LineStatus.CLOSED)
        f.line(s, acc, plan, msisdn="+79161234567")
    with pytest.raises(IntegrityError), db.write() as s:
        acc2 = f.account(s, f.customer(s, last="Петров"))
        f.line(s, acc2, s.get_one(type(plan), plan.id), msisdn="+79161234567")


def test_iccid_is_unique(db: Database) -> None:
    with db.write() as s:
        item = f.line(s, f.account(s, f.customer(s)), f.tariff(s))
        f.sim(s, item, iccid="8970101000000000017")
        line_id = item.id
    with pytest.raises(IntegrityError), db.write() as s:
        other = f.line(s, s.scalars(select(PersonalAccount)).one(), f.tariff(s))
        f.sim(s, other, iccid="8970101000000000017")
    with db.read() as s:
        assert s.scalars(select(Sim.line_id)).all() == [line_id]


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError), db.write() as s:
        s.add(
            Charge(
                account_id=424242,
                period=datetime(2026, 11, 1).date(),
                category=ChargeCategory.ONE_OFF,
                amount=Decimal("1.00"),
                description="x",
                charged_at=datetime.now(UTC),
            )
        )


@pytest.mark.parametrize(
    "amount",
    ["0.01", "-0.01", "1234.56", "99999999999.99", "-99999999999.99", "0.10", "100.00"],
)
def test_money_round_trips_exactly(db: Database, amount: str) -> None:
    with db.write() as s:
        acc = f.account(s, f.customer(s), balance=amount)
        account_id = acc.id
    with db.read() as s:
        stored = s.get_one(PersonalAccount, account_id).balance
        summed = s.scalar(
            select(PersonalAccount.balance + PersonalAccount.balance).where(
                PersonalAccount.id == account_id
            )
        )
    assert stored == Decimal(amount)
    assert isinstance(stored, Decimal)
    assert summed == Decimal(amount) * 2


def test_money_sums_are_exact(db: Database) -> None:
    """A float sum of 0.1 ten thousand times drifts; the stored representation must not."""
    with db.write() as s:
        acc = f.account(s, f.customer(s))
        s.add_all(
            Charge(
                account_id=acc.id,
                period=datetime(2026, 11, 1).date(),
                category=ChargeCategory.VOICE,
                amount=Decimal("0.10"),
                description="звонок",
                charged_at=datetime.now(UTC),
            )
            for _ in range(10_000)
        )
    with db.read() as s:
        total = s.scalar(select(text("sum(amount)")).select_from(Charge))
        typed = s.scalar(select(Charge.amount).where(Charge.id == 1))
    assert typed == Decimal("0.10")
    # SQLite keeps kopecks, PostgreSQL numeric: either way the raw sum is exact.
    assert Decimal(str(total)) in (Decimal("1000.00"), Decimal("100000"))


def test_float_money_is_refused(db: Database) -> None:
    with pytest.raises(StatementError, match="never float"), db.write() as s:
        acc = f.account(s, f.customer(s))
        acc.balance = 0.1  # type: ignore[assignment]


def test_fractions_of_a_kopeck_are_refused(db: Database) -> None:
    with pytest.raises(StatementError, match="fractions of a kopeck"), db.write() as s:
        f.account(s, f.customer(s), balance="10.005")


def test_timestamps_round_trip_in_utc(db: Database) -> None:
    moscow = timezone(timedelta(hours=3))
    moment = datetime(2026, 3, 31, 23, 59, 59, 123456, tzinfo=moscow)
    with db.write() as s:
        acc = f.account(s, f.customer(s))
        acc.opened_at = moment
        account_id = acc.id
    with db.read() as s:
        back = s.get_one(PersonalAccount, account_id).opened_at
    assert back == moment
    assert back.tzinfo is not None and back.utcoffset() == timedelta(0)
    assert back.hour == 20


def test_naive_timestamps_are_refused(db: Database) -> None:
    with pytest.raises(StatementError, match="naive"), db.write() as s:
        acc = f.account(s, f.customer(s))
        acc.opened_at = datetime(2026, 1, 1, 12, 0)


def test_a_concurrent_change_is_refused_not_overwritten(db: Database) -> None:
    with db.write() as s:
        account_id = f.account(s, f.customer(s), balance="100.00").id
    # Two agents open the same account; each screen keeps what it read.
    first, second = db.session(), db.session()
    try:
        a = first.get_one(PersonalAccount, account_id)
        b = second.get_one(PersonalAccount, account_id)
        first.commit()
        second.commit()
        a.balance = Decimal("150.00")
        first.commit()
        b.balance = Decimal("50.00")
        with pytest.raises(StaleDataError):
            second.commit()
        second.rollback()
    finally:
        first.close()
        second.close()
    with db.read() as s:
        final = s.get_one(PersonalAccount, account_id)
        assert final.balance == Decimal("150.00")
        assert final.version == 2


def test_the_status_a_lost_sim_block_interrupted_is_a_line_status(db: Database) -> None:
    """Migration 0006 adds the column with its CHECK inline: the database refuses a stray value."""
    with db.write() as s:
        line_id = f.line(s, f.account(s, f.customer(s)), f.tariff(s)).id
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.execute(
            text("UPDATE line SET status_before_lost_sim = 'stolen' WHERE id = :id"),
            {"id": line_id},
        )
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE line SET status_before_lost_sim = 'debt_block' WHERE id = :id"),
            {"id": line_id},
        )

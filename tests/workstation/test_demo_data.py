"""The demo base: deterministic, believable, and consistent to the kopeck."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from models import (
    Base,
    Charge,
    Customer,
    CustomerKind,
    Line,
    LineStatus,
    Payment,
    PersonalAccount,
    Service,
    TariffPlan,
    TariffStatus,
    UsageRecord,
)
from workstation.db import Database
from workstation.demo import build_demo
from workstation.demo.generator import COLUMNS
from workstation.errors import DomainError

AS_OF = datetime(2026, 11, 25, 15, 30, tzinfo=UTC)


def _build(db: Database, **kwargs: Any) -> None:
    options: dict[str, Any] = {"subscribers": 60, "months": 2, "seed": 7, "as_of": AS_OF}
    options.update(kwargs)
    build_demo(db, **options)


def _dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every generated table, row by row, as Python values."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.read() as session:
        for name, columns in COLUMNS.items():
            table = Base.metadata.tables[name]
            query = select(*(table.c[c] for c in columns)).order_by(table.c.id)
            out[name] = [tuple(row) for row in session.execute(query)]
    return out


def _balance_mismatches(db: Database) -> list[int]:
    with db.read() as session:
        paid = (
            select(Payment.account_id, func.sum(Payment.amount).label("total"))
            .group_by(Payment.account_id)
            .subquery()
        )
        charged = (
            select(Charge.account_id, func.sum(Charge.amount).label("total"))
            .group_by(Charge.account_id)
            .subquery()
        )
        rows = session.execute(
            select(PersonalAccount.id, PersonalAccount.opening_balance, PersonalAccount.balance)
            .add_columns(paid.c.total, charged.c.total)
            .outerjoin(paid, paid.c.account_id == PersonalAccount.id)
            .outerjoin(charged, charged.c.account_id == PersonalAccount.id)
        ).all()
    return [
        account_id
        for account_id, opening, balance, payments, charges in rows
        if opening + (payments or 0) - (charges or 0) != balance
    ]


def test_same_arguments_give_the_same_data(db: Database, sqlite_db: Database) -> None:
    _build(db)
    _build(sqlite_db)
    first, second = _dump(db), _dump(sqlite_db)
    assert first["usage_record"], "usage was generated"
    for table in COLUMNS:
        assert first[table] == second[table], table
    _build(sqlite_db, replace=True)
    assert _dump(sqlite_db) == second


def test_another_seed_gives_other_data(sqlite_db: Database, db: Database) -> None:
    _build(sqlite_db)
    _build(db, seed=8)
    assert _dump(sqlite_db)["customer"] != _dump(db)["customer"]


def test_the_base_has_every_case_a_screen_needs(db: Database) -> None:
    _build(db, subscribers=400, months=3)
    with db.read() as s:
        tariffs = s.scalars(select(TariffPlan)).all()
        assert len(tariffs) >= 8
        archived = [t.id for t in tariffs if t.status == TariffStatus.ARCHIVED]
        assert len(archived) >= 2
        in_use = s.scalars(select(Line.tariff_id).where(Line.tariff_id.in_(archived)).distinct())
        assert len(in_use.all()) >= 2, "archived tariffs are still on some lines"
        services = s.scalars(select(Service)).all()
        assert len(services) >= 25
        assert len({x.category for x in services}) >= 5
        groups = [x.incompatibility_group for x in services if x.incompatibility_group]
        assert any(groups.count(g) >= 2 for g in groups)
        statuses = set(s.scalars(select(Line.status).distinct()))
        assert statuses == set(LineStatus)
        kinds = set(s.scalars(select(Customer.kind).distinct()))
        assert kinds == set(CustomerKind)
        multi_line = s.scalar(
            select(func.count()).select_from(
                select(Line.account_id)
                .group_by(Line.account_id)
                .having(func.count() > 1)
                .subquery()
            )
        )
        multi_account = s.scalar(
            select(func.count()).select_from(
                select(PersonalAccount.customer_id)
                .group_by(PersonalAccount.customer_id)
                .having(func.count() > 1)
                .subquery()
            )
        )
        assert multi_line and multi_account
        roaming = s.scalar(select(func.count()).where(UsageRecord.zone == "roaming"))
        assert roaming
        former = s.scalar(
            select(func.count()).select_from(
                select(Line.msisdn).group_by(Line.msisdn).having(func.count() > 1).subquery()
            )
        )
        assert former, "some numbers had an earlier owner"


def test_debt_blocked_lines_are_below_their_limit(db: Database) -> None:
    _build(db, subscribers=300)
    with db.read() as s:
        rows = s.execute(
            select(Line.status, PersonalAccount.balance, PersonalAccount.credit_limit).join(
                PersonalAccount, PersonalAccount.id == Line.account_id
            )
        ).all()
    debt = [(b, c) for status, b, c in rows if status == LineStatus.DEBT_BLOCK]
    assert debt
    assert all(balance < -credit for balance, credit in debt)
    others = [
        (b, c) for st_, b, c in rows if st_ in (LineStatus.ACTIVE, LineStatus.VOLUNTARY_BLOCK)
    ]
    assert all(balance >= -credit for balance, credit in others)


def test_usage_charges_equal_their_records(db: Database) -> None:
    _build(db)
    with db.read() as s:
        usage_total = s.scalar(select(func.sum(UsageRecord.cost)))
        charged = s.scalar(
            select(func.sum(Charge.amount)).where(
                Charge.category.in_(("voice", "sms", "data", "roaming"))
            )
        )
    assert usage_total == charged
    assert isinstance(usage_total, Decimal) and usage_total > 0


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seed=st.integers(min_value=0, max_value=2**31),
    subscribers=st.integers(min_value=1, max_value=40),
    months=st.integers(min_value=1, max_value=4),
)
def test_opening_plus_payments_minus_charges_is_the_balance(
    db: Database, seed: int, subscribers: int, months: int
) -> None:
    _build(db, seed=seed, subscribers=subscribers, months=months, replace=True)
    assert _balance_mismatches(db) == []


def test_usage_lines_limits_the_detail(db: Database) -> None:
    _build(db, usage_lines=5)
    with db.read() as s:
        lines_with_usage = s.scalars(select(UsageRecord.line_id).distinct()).all()
    assert lines_with_usage and max(lines_with_usage) <= 5


def test_refuses_a_database_with_data_unless_replacing(db: Database) -> None:
    _build(db, subscribers=5)
    before = _dump(db)
    with pytest.raises(DomainError, match="--replace"):
        _build(db, subscribers=10, seed=99)
    assert _dump(db) == before
    _build(db, subscribers=10, seed=99, replace=True)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 10


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"subscribers": 0}, "at least 1"),
        ({"months": 0}, "between 1 and"),
        ({"usage_lines": -1}, "negative"),
    ],
)
def test_bad_counts_are_refused(db: Database, kwargs: dict[str, int], message: str) -> None:
    with pytest.raises(DomainError, match=message):
        _build(db, **kwargs)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(TariffPlan)) == 0

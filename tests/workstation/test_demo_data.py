"""The demo base: deterministic, believable, and consistent to the kopeck."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from models import (
    ArticleKind,
    Base,
    Charge,
    Customer,
    CustomerKind,
    Line,
    LineStatus,
    Payment,
    PersonalAccount,
    ReferenceArticle,
    Service,
    Sim,
    TariffPlan,
    TariffStatus,
    UsageRecord,
)
from workstation import audit
from workstation.db import Database
from workstation.demo import build_demo
from workstation.demo.generator import CHUNK_CUSTOMERS, DemoSpec
from workstation.demo.lines import iccid_of
from workstation.demo.pipeline import GenerationError, background_batches
from workstation.demo.tables import COLUMNS, Rows
from workstation.demo.writer import BulkWriter
from workstation.errors import DomainError
from workstation.russian_ids import is_valid_luhn, luhn_digit

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


def test_a_second_process_generates_the_same_rows(db: Database, sqlite_db: Database) -> None:
    # More customers than one chunk, so that ids run on from chunk to chunk.
    options = {"subscribers": CHUNK_CUSTOMERS + 40, "months": 1, "usage_lines": 30}
    _build(db, background=True, **options)
    _build(sqlite_db, background=False, **options)
    assert _dump(db) == _dump(sqlite_db)


def test_a_failing_generator_process_is_reported() -> None:
    spec = DemoSpec(subscribers=3, months=1, seed=1, as_of=AS_OF)
    with pytest.raises(GenerationError, match="KeyError"):
        list(background_batches(spec, tariff_ids={}, service_ids={}, dialect="sqlite"))


def test_the_schema_and_its_constraints_hold_after_a_build(
    sqlite_db: Database, sqlite_template: Path
) -> None:
    _build(sqlite_db, subscribers=200)
    schema = "SELECT type, name, tbl_name, sql FROM sqlite_master"
    fresh = sqlite3.connect(sqlite_template)
    built = sqlite3.connect(str(sqlite_db.url.database))
    try:
        assert set(built.execute(schema)) == set(fresh.execute(schema))
        # integrity_check evaluates every CHECK constraint (enum values) and every index.
        assert built.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert built.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        fresh.close()
        built.close()


def test_a_failed_build_leaves_the_database_as_it_was(
    sqlite_db: Database, sqlite_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[int] = []

    def fail_on_the_second_chunk(self: BulkWriter, rows: Rows) -> None:
        if written:
            raise RuntimeError("disk full")
        written.append(len(rows["customer"]))
        original(self, rows)

    original = BulkWriter.write_rows
    monkeypatch.setattr(BulkWriter, "write_rows", fail_on_the_second_chunk)
    with pytest.raises(RuntimeError, match="disk full"):
        _build(sqlite_db, subscribers=CHUNK_CUSTOMERS + 10, months=1, usage_lines=0)
    assert written, "the first chunk was written before the failure"
    schema = "SELECT type, name, tbl_name, sql FROM sqlite_master"
    fresh = sqlite3.connect(sqlite_template)
    after = sqlite3.connect(str(sqlite_db.url.database))
    try:
        assert set(after.execute(schema)) == set(fresh.execute(schema)), "indexes are back"
        assert after.execute("SELECT count(*) FROM customer").fetchone() == (0,)
        assert after.execute("SELECT count(*) FROM tariff_plan").fetchone() == (0,)
    finally:
        fresh.close()
        after.close()


def test_sim_cards_and_payments_are_well_formed(db: Database) -> None:
    _build(db, subscribers=200)
    with db.read() as s:
        iccids = s.scalars(select(Sim.iccid)).all()
        smallest_payment = s.scalar(select(func.min(Payment.amount)))
    assert iccids and all(len(i) == 20 and is_valid_luhn(i) for i in iccids)
    assert smallest_payment is not None and smallest_payment > 0


@pytest.mark.parametrize("serial", [0, 1, 7_919, 123_456_789_012, 10**12 - 1])
def test_an_iccid_ends_with_its_luhn_digit(serial: int) -> None:
    body = f"8970101{serial:012d}"
    assert iccid_of(serial) == body + luhn_digit(body)


def test_the_reference_articles_are_written_with_the_catalogue(db: Database) -> None:
    _build(db, subscribers=5)
    with db.read() as s:
        kinds = dict(
            s.execute(
                select(ReferenceArticle.kind, func.count()).group_by(ReferenceArticle.kind)
            ).all()
        )
        tariffs = s.scalar(select(func.count()).select_from(TariffPlan))
    assert kinds.get(ArticleKind.TARIFF) == tariffs, "one article per tariff"
    assert kinds.get(ArticleKind.SERVICE), "articles on the services"


def test_packages_add_to_the_allowance(db: Database) -> None:
    _build(db, subscribers=5)
    with db.read() as s:
        bonuses = {
            code: (minutes, sms, data_mb)
            for code, minutes, sms, data_mb in s.execute(
                select(
                    Service.code, Service.bonus_minutes, Service.bonus_sms, Service.bonus_data_mb
                )
            )
        }
    assert bonuses["MIN_300"] == (300, 0, 0)
    assert bonuses["SMS_100"] == (0, 100, 0)
    assert bonuses["DATA_15"] == (0, 0, 15 * 1024)
    assert bonuses["MIN_100"][0] < bonuses["MIN_300"][0]


def test_replacing_the_base_keeps_the_audit_log_whole(db: Database) -> None:
    _build(db, subscribers=5)
    with db.write() as s:
        audit.record(s, operation="demo", target_type="line", target_id=1, agent_id=None)
    _build(db, subscribers=6, seed=3, replace=True)
    with db.write() as s:
        audit.record(s, operation="demo", target_type="line", target_id=2, agent_id=None)
    with db.read() as s:
        report = audit.verify_chain(s)
    assert (report.events, report.broken_at) == (2, None)

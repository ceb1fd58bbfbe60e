"""Search without Qt, on both databases: every way an agent types a number or a name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.orm import Session

from models import Customer, CustomerKind, LineStatus, NumberAssignment, PersonalAccount
from tests import factories as f
from workstation.db import Database
from workstation.names import name_key
from workstation.search import Match, QueryError, _plan, parse_query, search
from workstation.search_lookups import _compiled

NUMBER = "+79161234567"


@pytest.fixture
def base(db: Database) -> Database:
    """A handful of subscribers chosen so that each kind of query has one right answer."""
    with db.write() as s:
        plan = f.tariff(s)
        alyoshin = f.customer(s, last="Алёшин", first="Пётр")
        ivanov = f.customer(s, last="Иванов", first="Иван")
        ivanova = f.customer(s, last="Иванова", first="Мария")
        acc = f.account(s, alyoshin, balance="-12.50")
        acc.number = "770000000042"
        acc.contract_number = "2019-770000042"
        line = f.line(s, acc, plan, msisdn=NUMBER)
        f.sim(s, line, iccid="8970101000000012345")
        old = f.line(s, f.account(s, ivanov), plan, msisdn=NUMBER, status=LineStatus.CLOSED)
        s.add(
            NumberAssignment(
                msisdn=NUMBER,
                msisdn_reversed=NUMBER[1:][::-1],
                line_id=old.id,
                customer_id=ivanov.id,
                assigned_at=datetime(2015, 1, 1, tzinfo=UTC),
                released_at=datetime(2020, 1, 1, tzinfo=UTC),
            )
        )
        f.line(s, f.account(s, ivanov), plan, msisdn="+79031112233")
        f.line(s, f.account(s, ivanova), plan, msisdn="+79854445566")
        company = _company(s, "ООО «Вектор»")
        f.line(s, f.account(s, company), plan, msisdn="+79857778899")
    return db


def _company(s: Session, name: str) -> Customer:
    company = Customer(
        kind=CustomerKind.BUSINESS,
        company_name=name,
        name_key=name_key(name),
        created_at=f.NOW,
    )
    s.add(company)
    s.flush()
    return company


def find(db: Database, text: str) -> list[tuple[str, str, Match]]:
    with db.read() as s:
        return [(h.msisdn, h.name, h.match) for h in search(s, text)]


@pytest.mark.parametrize(
    "typed",
    ["+7 916 123-45-67", "8 (916) 123-45-67", "89161234567", "9161234567", "916 123 4567"],
)
def test_a_full_number_in_any_format(base: Database, typed: str) -> None:
    hits = find(base, typed)
    assert hits[0] == (NUMBER, "Алёшин Пётр Иванович", Match.NUMBER)
    assert (NUMBER, "Иванов Иван Иванович", Match.FORMER_OWNER) in hits
    assert len(hits) == 2


@pytest.mark.parametrize("typed", ["123-45-67", "4567", "34567"])
def test_the_last_digits(base: Database, typed: str) -> None:
    hits = find(base, typed)
    assert (NUMBER, "Алёшин Пётр Иванович", Match.NUMBER_TAIL) in hits
    assert all(h[0].endswith(typed.replace("-", "")) or h[2] == Match.ICCID for h in hits)


@pytest.mark.parametrize(
    "typed", ["алёшин", "АЛЕШИН", "Алешин", "алёшин пётр", "Алешин П. И.", "алешин п.и."]
)
def test_a_surname_in_any_case_with_yo_or_ye(base: Database, typed: str) -> None:
    assert find(base, typed) == [(NUMBER, "Алёшин Пётр Иванович", Match.NAME)]


def test_a_whole_surname_comes_before_longer_ones(base: Database) -> None:
    names = [h[1] for h in find(base, "Иванов")]
    assert names[0].startswith("Иванов Иван")
    assert "Иванова Мария Иванович" in names
    assert find(base, "Иванов М.") == []
    assert [h[1] for h in find(base, "Иванова М")] == ["Иванова Мария Иванович"]


def test_a_company_by_its_name_without_the_legal_form(base: Database) -> None:
    assert find(base, "вектор") == [("+79857778899", "ООО «Вектор»", Match.NAME)]


def test_account_contract_and_iccid(base: Database) -> None:
    assert find(base, "770000000042") == [(NUMBER, "Алёшин Пётр Иванович", Match.ACCOUNT)]
    assert find(base, "2019-770000042") == [(NUMBER, "Алёшин Пётр Иванович", Match.CONTRACT)]
    assert find(base, "2019770000042") == [(NUMBER, "Алёшин Пётр Иванович", Match.CONTRACT)]
    assert find(base, "8970101000000012345") == [(NUMBER, "Алёшин Пётр Иванович", Match.ICCID)]
    assert find(base, "12345") == [(NUMBER, "Алёшин Пётр Иванович", Match.ICCID)]


def test_results_carry_status_and_balance(base: Database) -> None:
    with base.read() as s:
        hit = search(s, "89161234567")[0]
    assert hit.status == LineStatus.ACTIVE
    assert str(hit.balance) == "-12.50"
    assert hit.msisdn_display == "+7 916 123-45-67"


@pytest.mark.parametrize(
    "typed",
    [
        "'; DROP TABLE line; --",
        "%",
        "_",
        "%%%%",
        "____",
        "Ivanов",
        "а" * 5000,
        "9" * 5000,
        "xy%'\"\\",
        "иван%",
        "ив_нов",
    ],
)
def test_hostile_or_odd_input_finds_nothing_and_breaks_nothing(base: Database, typed: str) -> None:
    assert find(base, typed) == []
    assert len(find(base, "алёшин")) == 1


@pytest.mark.parametrize("typed", ["", "   ", "12", "9 1", "я"])
def test_empty_or_too_short(typed: str) -> None:
    with pytest.raises(QueryError):
        parse_query(typed)


def test_the_limit_holds_and_the_best_lookup_fills_it_first(base: Database) -> None:
    with base.read() as s:
        hits = search(s, "89161234567", limit=1)
        tails = search(s, "4567", limit=1)
    assert [(h.msisdn, h.match) for h in hits] == [(NUMBER, Match.NUMBER)]
    assert [(h.msisdn, h.match) for h in tails] == [(NUMBER, Match.NUMBER_TAIL)]


def test_a_line_found_twice_is_listed_once_for_its_better_match(db: Database) -> None:
    with db.write() as s:
        line = f.line(s, f.account(s, f.customer(s, last="Петров")), f.tariff(s), msisdn=NUMBER)
        f.sim(s, line, iccid="8970101000000014567")  # the ICCID ends as the number does
    assert find(db, "4567") == [(NUMBER, "Петров Иван Иванович", Match.NUMBER_TAIL)]
    assert find(db, "014567") == [(NUMBER, "Петров Иван Иванович", Match.ICCID)]


@pytest.mark.parametrize(
    "typed", ["89161234567", "4567", "770000000042", "2019-770000042", "8970101000000012345"]
)
def test_no_lookup_scans_a_table(sqlite_db: Database, typed: str) -> None:
    """What keeps a million subscribers fast: every lookup is an index probe or range."""
    for text in (typed, "иванов", "иванов и. п."):
        exact, ranges, params = _plan(parse_query(text))
        params["limit"] = 50
        with sqlite_db.read() as s:
            for lookups in [exact, *ranges] if exact else ranges:
                statement = _compiled(s.get_bind().dialect, lookups)
                values = {**statement.constants, **params}
                assert statement.positions is not None  # SQLite's parameters are positional
                plan = s.connection().exec_driver_sql(
                    f"EXPLAIN QUERY PLAN {statement.sql}",
                    tuple(values[name] for name in statement.positions),
                )
                details = " | ".join(row[-1] for row in plan.all())
                for table in ("line", "personal_account", "customer", "sim", "number_assignment"):
                    assert f"SCAN {table} " not in f"{details} ", (text, lookups, details)
                    assert not details.endswith(f"SCAN {table}")


def test_a_whole_account_number_wins_over_iccids_ending_so(db: Database) -> None:
    with db.write() as s:
        plan = f.tariff(s)
        acc = f.account(s, f.customer(s, last="Алёшин", first="Пётр"))
        acc.number = "770000000042"
        f.line(s, acc, plan, msisdn=NUMBER)
        other = f.line(s, f.account(s, f.customer(s, last="Петров")), plan, msisdn="+79031112233")
        f.sim(s, other, iccid="8970101770000000042")
    assert find(db, "770000000042") == [(NUMBER, "Алёшин Пётр Иванович", Match.ACCOUNT)]
    assert find(db, "770000000043") == []
    assert find(db, "0770000000042") == [], "13 digits are a contract number, and none is"
    with db.write() as s:
        acc = s.get_one(PersonalAccount, acc.id)
        acc.number = "770000000099"
    assert find(db, "770000000042") == [("+79031112233", "Петров Иван Иванович", Match.ICCID)]

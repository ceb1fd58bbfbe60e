"""Gathering a statement: the month's records by the account's clock, and every refusal."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from models import (
    BillDelivery,
    Charge,
    ChargeCategory,
    Direction,
    Invoice,
    LineStatus,
    Payment,
    PaymentMethod,
    PersonalAccount,
    UsageKind,
    UsageRecord,
    Zone,
)
from reports import Delivery, statement_totals
from tests import factories as f
from tests.reports.pdf import page_texts
from workstation.db import Database
from workstation.demo import build_demo
from workstation.statements import (
    FuturePeriod,
    MissingContact,
    NoStatementData,
    OutputError,
    UnknownAccount,
    build_document,
    find_account,
    gather_statement,
    opening_balance,
    require_writable,
    save_document,
    statement_options,
)
from workstation.statements import document as document_module

AS_OF = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
OCTOBER = date(2026, 10, 1)
VLADIVOSTOK = "Asia/Vladivostok"  # UTC+10: its October begins at 14:00 UTC on 30 September


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.fixture
def eastern(db: Database) -> tuple[int, int]:
    """An account in Vladivostok with records on both sides of its October's edges.

    Returns the account's id and its line's id.
    """
    with db.write() as s:
        plan = f.tariff(s)
        owner = f.customer(s, last="Ёлкина", first="Дарья")
        account = f.account(s, owner, balance="100.00")
        account.time_zone = VLADIVOSTOK
        account.bill_delivery = BillDelivery.POST
        account.bill_postcode, account.bill_city = "690091", "Владивосток"
        account.bill_street, account.bill_house = "ул. Светланская", "12"
        account.bill_region = "Приморский край"
        line = f.line(s, account, plan, msisdn="+79241234567")
        closed = f.line(s, account, plan, msisdn="+79247654321", status=LineStatus.CLOSED)
        closed.closed_at = _moment("2026-08-10 00:00")
        charges = [
            ("2026-09-01", ChargeCategory.SUBSCRIPTION, "500.00", "2026-08-31 15:00"),
            ("2026-10-01", ChargeCategory.SUBSCRIPTION, "500.00", "2026-09-30 15:00"),
            ("2026-10-01", ChargeCategory.VOICE, "12.50", "2026-10-31 13:00"),
            ("2026-10-01", ChargeCategory.ADJUSTMENT, "-20.00", "2026-10-15 00:00"),
        ]
        for period, category, amount, at in charges:
            s.add(
                Charge(
                    account_id=account.id,
                    line_id=None if category is ChargeCategory.ADJUSTMENT else line.id,
                    period=date.fromisoformat(period),
                    category=category,
                    amount=Decimal(amount),
                    description=category.value,
                    charged_at=_moment(at),
                )
            )
        # 13:59 UTC on 30 September is still September in Vladivostok; 14:00 is October.
        for amount, at in (("300.00", "2026-09-30 13:59"), ("700.00", "2026-09-30 14:00")):
            s.add(
                Payment(
                    account_id=account.id,
                    amount=Decimal(amount),
                    method=PaymentMethod.BANK_CARD,
                    paid_at=_moment(at),
                    reference="T",
                )
            )
        for cost, at in (("7.50", "2026-09-30 13:30"), ("5.00", "2026-09-30 14:30")):
            s.add(_call(line.id, cost, at))
        s.add(_call(line.id, "7.50", "2026-10-31 13:59"))  # 23:59 local: still October
        s.add(_call(line.id, "99.00", "2026-10-31 14:00"))  # November in Vladivostok
        return account.id, line.id


def _call(line_id: int, cost: str, at: str) -> UsageRecord:
    return UsageRecord(
        line_id=line_id,
        started_at=_moment(at),
        kind=UsageKind.VOICE,
        direction=Direction.OUTGOING,
        other_party="+79161112233",
        duration_s=125,
        zone=Zone.HOME,
        cost=Decimal(cost),
    )


def test_the_month_is_the_accounts_month(db: Database, eastern: tuple[int, int]) -> None:
    account_id, _ = eastern
    with db.read() as s:
        statement = gather_statement(s, account_id=account_id, period=OCTOBER, now=AS_OF)
    data = statement.data
    assert [p.amount for p in data.payments] == [Decimal("700.00")]
    assert sorted(r.cost for r in data.usage) == [Decimal("5.00"), Decimal("7.50")]
    assert sorted(c.amount for c in data.charges) == [
        Decimal("-20.00"),
        Decimal("12.50"),
        Decimal("500.00"),
    ]
    # 100 + 300 paid in September − 500 charged for September.
    assert data.opening_balance == Decimal("-100.00")
    assert data.time_zone == VLADIVOSTOK
    assert [line.msisdn for line in data.lines] == ["+79241234567"]  # the other closed in August
    assert data.invoice_number == f"2610-{account_id:08d}"
    assert data.issued_on == date(2026, 11, 25)
    assert data.due_date == date(2026, 11, 20)
    assert data.customer.name == "Ёлкина Дарья Иванович"
    assert data.customer.postal_address is not None
    assert data.customer.postal_address.region == "Приморский край"
    totals = statement_totals(data)
    assert totals.closing_balance == Decimal("-100.00") + 700 - Decimal("492.50")


def test_usage_is_read_as_tuples_not_objects(db: Database, eastern: tuple[int, int]) -> None:
    with db.read() as s:
        gather_statement(s, account_id=eastern[0], period=OCTOBER, now=AS_OF)
        loaded = {type(obj).__name__ for obj in s.identity_map.values()}
    assert "UsageRecord" not in loaded and "Charge" not in loaded and "Payment" not in loaded


def test_a_number_finds_its_account_as_an_agent_types_it(
    db: Database, eastern: tuple[int, int]
) -> None:
    with db.read() as s:
        number = s.get_one(PersonalAccount, eastern[0]).number
        assert find_account(s, msisdn="8 (924) 123-45-67") == eastern[0]
        assert find_account(s, msisdn="+79247654321") == eastern[0]  # closed, still its account
        assert find_account(s, number=f" {number} ") == eastern[0]
        with pytest.raises(UnknownAccount, match="No line has the number 89990000000"):
            find_account(s, msisdn="89990000000")
        with pytest.raises(UnknownAccount, match="No personal account 123"):
            find_account(s, number="123")


def test_refusals(db: Database, eastern: tuple[int, int]) -> None:
    account_id, _ = eastern
    with db.read() as s:
        with pytest.raises(FuturePeriod, match="2026-12 has not begun"):
            gather_statement(s, account_id=account_id, period=date(2026, 12, 1), now=AS_OF)
        with pytest.raises(NoStatementData, match="no charges, payments or usage in 2026-07"):
            gather_statement(s, account_id=account_id, period=date(2026, 7, 1), now=AS_OF)
        with pytest.raises(UnknownAccount):
            gather_statement(s, account_id=account_id + 1000, period=OCTOBER, now=AS_OF)
        statement = gather_statement(s, account_id=account_id, period=OCTOBER, now=AS_OF)
    with pytest.raises(MissingContact, match="No fax number"):
        statement_options(statement, delivery=Delivery.FAX, language="ru")
    with pytest.raises(MissingContact, match="No fax number"):
        statement_options(statement, delivery=Delivery.FAX, language="ru", fax_number="12")
    fax = statement_options(
        statement, delivery=Delivery.FAX, language="ru", fax_number="8 423 222-33-44"
    )
    assert fax.fax_cover is not None and fax.fax_cover.fax_number == "+74232223344"
    with db.write() as s:
        s.get_one(PersonalAccount, account_id).bill_house = None
    with db.read() as s:
        no_house = gather_statement(s, account_id=account_id, period=OCTOBER, now=AS_OF)
    with pytest.raises(MissingContact, match="no postal address"):
        statement_options(no_house, delivery=Delivery.POST, language="ru")
    statement_options(no_house, delivery=Delivery.EMAIL, language="ru")


def test_a_city_that_is_a_region_of_its_own_is_written_once(
    db: Database, eastern: tuple[int, int]
) -> None:
    with db.write() as s:
        account = s.get_one(PersonalAccount, eastern[0])
        account.bill_city, account.bill_region = "Москва", "г. Москва"
    with db.read() as s:
        statement = gather_statement(s, account_id=eastern[0], period=OCTOBER, now=AS_OF)
    address = statement.data.customer.postal_address
    assert address is not None and (address.city, address.region) == ("г. Москва", None)


def test_a_month_begins_by_the_accounts_clock(db: Database, eastern: tuple[int, int]) -> None:
    """At 14:00 UTC on 30 November it is already December in Vladivostok, not in Moscow."""
    account_id, line_id = eastern
    with db.write() as s:
        s.add(_call(line_id, "1.00", "2026-11-30 14:30"))
    with db.read() as s:
        with pytest.raises(FuturePeriod):
            gather_statement(
                s, account_id=account_id, period=date(2026, 12, 1), now=_moment("2026-11-30 13:59")
            )
        december = gather_statement(
            s, account_id=account_id, period=date(2026, 12, 1), now=_moment("2026-11-30 14:10")
        )
    assert [r.cost for r in december.data.usage] == [Decimal("1.00")]


def test_save_writes_both_files_or_neither(
    db: Database, eastern: tuple[int, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.read() as s:
        statement = gather_statement(s, account_id=eastern[0], period=OCTOBER, now=AS_OF)
    options = statement_options(
        statement, delivery=Delivery.FAX, language="en", fax_number="+74232223344", now=AS_OF
    )
    document = build_document(statement, options)
    assert document.pages == len(page_texts(document.pdf)) >= 3
    out = tmp_path / "out"
    out.mkdir()
    pdf, tiff = out / "s.pdf", out / "s.tif"
    save_document(document, pdf, tiff)
    assert pdf.read_bytes() == document.pdf
    assert tiff.read_bytes()[:4] in (b"II*\x00", b"MM\x00*")

    real_write = document_module._write

    def failing(path: Path, content: bytes) -> None:
        if path.suffix == ".tif":
            raise OutputError("Cannot write {path}: {reason}", path=str(path), reason="disk full")
        real_write(path, content)

    monkeypatch.setattr(document_module, "_write", failing)
    again, again_tiff = out / "t.pdf", out / "t.tif"
    with pytest.raises(OutputError, match="disk full"):
        save_document(document, again, again_tiff)
    assert sorted(p.name for p in out.iterdir()) == ["s.pdf", "s.tif"]


def test_unwritable_paths_are_refused_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="the directory does not exist"):
        require_writable(tmp_path / "missing" / "s.pdf")
    with pytest.raises(OutputError, match="it is a directory"):
        require_writable(tmp_path)
    require_writable(tmp_path / "s.pdf")


# -- a demo base on both databases ---------------------------------------------------------


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, subscribers=40, months=3, seed=11, as_of=AS_OF)
    return db


def test_opening_balance_agrees_with_every_invoice(demo: Database) -> None:
    with demo.read() as s:
        invoices = s.execute(
            select(
                Invoice.account_id, Invoice.period, Invoice.opening_balance, Invoice.closing_balance
            )
        ).all()
        assert len(invoices) > 50
        for account_id, period, opening, closing in invoices:
            assert opening_balance(s, account_id, period) == opening, (account_id, period)
            try:
                statement = gather_statement(s, account_id=account_id, period=period, now=AS_OF)
            except NoStatementData:
                continue
            assert statement.data.opening_balance == opening
            assert statement_totals(statement.data).closing_balance == closing, (account_id, period)

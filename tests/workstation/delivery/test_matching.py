"""Finding who wrote a letter by the sender's address, through indexes."""

from __future__ import annotations

from tests import factories as f
from workstation.db import Database
from workstation.delivery.inbox.matching import address_lookup, customers_with_address


def test_the_sender_is_found_by_own_or_bill_address_in_any_case(db: Database) -> None:
    with db.write() as s:
        own = f.customer(s, last="Алёшин")
        own.email = "P.Aleshin@Example.RU"
        payer = f.customer(s, last="Петров")
        account = f.account(s, payer)
        account.bill_email = "p.aleshin@example.ru"
        f.customer(s, last="Иванов").email = "ivanov@example.ru"
        both = f.customer(s, last="Сидоров")
        both.email = "sidorov@example.ru"
        f.account(s, both).bill_email = "SIDOROV@example.ru"
        ids = (own.id, payer.id, both.id)
    with db.read() as s:
        assert customers_with_address(s, " p.aleshin@EXAMPLE.ru ") == sorted(ids[:2])
        assert customers_with_address(s, "sidorov@example.ru") == [ids[2]]
        assert customers_with_address(s, "nobody@example.ru") == []
        assert customers_with_address(s, "  ") == []


def test_no_table_is_scanned(sqlite_db: Database) -> None:
    statement = address_lookup("p.aleshin@example.ru").compile(
        dialect=sqlite_db.engine.dialect, compile_kwargs={"literal_binds": True}
    )
    with sqlite_db.read() as s:
        plan = s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}").all()
    details = " | ".join(str(row[-1]) for row in plan)
    assert "USING INDEX ix_customer_email_lower" in details, details
    assert "USING INDEX ix_personal_account_bill_email_lower" in details, details
    assert "SCAN customer" not in details and "SCAN personal_account" not in details, details

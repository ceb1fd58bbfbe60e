"""Benchmark: ``workstation statements`` for 10,000 accounts of about 300 usage rows each.

The base is synthetic and made here, so that the figure does not move with the demo
generator: 10,000 accounts of two lines with 150 calls, messages and data sessions each in
March 2025, their charges (each usage charge the sum of its rows), a payment and the
month's invoice; bills go by e-mail (80 %), post (15 %) or fax (5 %, which adds the fax
image). The batch runs as the command runs it (:func:`run_batch`: gather, build, write,
manifest) with ``--jobs 2``. The baseline, measured in the same run, is the same batch in
one process over the first 1,000 accounts; the figures are statements per second and the
speed-up of two processes over one.

Prints one JSON object per figure.

Run: ``.venv/bin/python tests/perf/bench_statements_batch.py [--accounts N]``
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from common import emit, machine
from sqlalchemy import Connection, insert

from models import (
    BillDelivery,
    Charge,
    Customer,
    Invoice,
    Line,
    Payment,
    PersonalAccount,
    TariffPlan,
    UsageRecord,
)
from workstation.db import open_database
from workstation.statements import run_batch

ACCOUNTS = 10_000
BASELINE_ACCOUNTS = 1_000
LINES_PER_ACCOUNT = 2
ROWS_PER_LINE = 150
JOBS = 2
PERIOD = date(2025, 3, 1)
NOW = datetime(2025, 4, 5, 9, 0, tzinfo=UTC)
MONTH_START = datetime(2025, 2, 28, 21, 0, tzinfo=UTC)  # 1 March, 00:00 in Moscow
CHUNK = 20_000
KINDS = ("voice", "voice", "voice", "sms", "sms", "mms", "data", "data")
CATEGORY = {"voice": "voice", "sms": "sms", "mms": "sms", "data": "data"}
SURNAMES = ("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов")
NAMES = ("Алексей", "Дмитрий", "Сергей", "Андрей", "Михаил", "Игорь", "Олег")


def delivery(index: int) -> str:
    return "fax" if index % 20 == 0 else "post" if index % 20 < 4 else "email"


def account_rows(index: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """The customer and the account of number ``index``."""
    last, first = SURNAMES[index % len(SURNAMES)], NAMES[index % len(NAMES)]
    customer = {
        "id": index,
        "kind": "individual",
        "last_name": last,
        "first_name": first,
        "middle_name": "Петрович",
        "name_key": f"{last} {first} петрович".lower(),
        "created_at": datetime(2020, 1, 1, tzinfo=UTC),
    }
    way = delivery(index)
    account = {
        "id": index,
        "number": f"9{index:011d}",
        "contract_number": f"Б-{index:09d}",
        "customer_id": index,
        "status": "active",
        "opening_balance": Decimal("0.00"),
        "balance": Decimal("0.00"),
        "credit_limit": Decimal("0.00"),
        "time_zone": "Europe/Moscow",
        "opened_at": datetime(2020, 1, 1, tzinfo=UTC),
        "bill_delivery": way,
        "bill_postcode": "101000" if way == "post" else None,
        "bill_city": "г. Москва" if way == "post" else None,
        "bill_street": "ул. Мясницкая" if way == "post" else None,
        "bill_house": str(index % 90 + 1) if way == "post" else None,
        "bill_flat": str(index % 300 + 1) if way == "post" else None,
        "bill_email": f"client{index}@example.ru" if way == "email" else None,
        "bill_fax": f"+7495{index:07d}" if way == "fax" else None,
    }
    return customer, account


def usage_rows(rng: random.Random, line_id: int) -> list[dict[str, Any]]:
    rows = []
    for _ in range(ROWS_PER_LINE):
        kind = rng.choice(KINDS)
        roaming = rng.random() < 0.03
        rows.append(
            {
                "line_id": line_id,
                "started_at": MONTH_START + timedelta(seconds=rng.randrange(31 * 86400)),
                "kind": kind,
                "direction": "out" if kind == "data" else rng.choice(("out", "in")),
                "other_party": "internet" if kind == "data" else f"+7916{rng.randrange(10**7):07d}",
                "duration_s": rng.randrange(1, 1800) if kind == "voice" else None,
                "volume_bytes": rng.randrange(1, 300 * 2**20) if kind == "data" else None,
                "zone": "roaming" if roaming else rng.choice(("home", "home", "russia")),
                "roaming_country": "TR" if roaming else None,
                "cost": Decimal(rng.choice((0, 0, 0, 190, 250, 550, 1990))) / 100,
            }
        )
    return rows


def build_base(connection: Connection, accounts: int) -> int:
    """Write the synthetic base; return how many usage rows it holds."""
    rng = random.Random(7)
    connection.execute(
        insert(TariffPlan),
        [
            {
                "id": 1,
                "code": "BENCH",
                "name": "Смарт",
                "status": "available",
                "monthly_fee": Decimal("550.00"),
                "introduced_on": date(2020, 1, 1),
            }
        ],
    )
    tables = (Customer, PersonalAccount, Line, UsageRecord, Charge, Payment, Invoice)
    pending: dict[Any, list[dict[str, Any]]] = {table: [] for table in tables}
    usage_count = 0

    def flush(force: bool = False) -> None:
        """All tables at once, parents first, when one has a chunk's worth of rows."""
        if force or any(len(rows) >= CHUNK for rows in pending.values()):
            for table, rows in pending.items():
                if rows:
                    connection.execute(insert(table), rows)
                    rows.clear()

    for index in range(1, accounts + 1):
        customer, account = account_rows(index)
        pending[Customer].append(customer)
        pending[PersonalAccount].append(account)
        charged = Decimal("0.00")
        for offset in range(LINES_PER_ACCOUNT):
            line_id = (index - 1) * LINES_PER_ACCOUNT + offset + 1
            msisdn = f"+7916{line_id:07d}"
            pending[Line].append(
                {
                    "id": line_id,
                    "msisdn": msisdn,
                    "msisdn_reversed": msisdn[1:][::-1],
                    "account_id": index,
                    "tariff_id": 1,
                    "status": "active",
                    "activated_on": date(2020, 1, 1),
                    "status_changed_at": datetime(2020, 1, 1, tzinfo=UTC),
                }
            )
            rows = usage_rows(rng, line_id)
            usage_count += len(rows)
            pending[UsageRecord].extend(rows)
            sums = {"subscription": Decimal("550.00")}
            for row in rows:
                category = "roaming" if row["zone"] == "roaming" else CATEGORY[row["kind"]]
                sums[category] = sums.get(category, Decimal("0.00")) + row["cost"]
            for category, amount in sums.items():
                charged += amount
                pending[Charge].append(
                    {
                        "account_id": index,
                        "line_id": line_id,
                        "period": PERIOD,
                        "category": category,
                        "amount": amount,
                        "description": category,
                        "charged_at": datetime(2025, 3, 31, 20, 0, tzinfo=UTC),
                    }
                )
        paid = (charged / 100).to_integral_value() * 100 + 100
        pending[Payment].append(
            {
                "account_id": index,
                "amount": paid,
                "method": "bank_card",
                "paid_at": datetime(2025, 3, 10, 9, 0, tzinfo=UTC),
                "reference": f"BC{index:010d}",
            }
        )
        pending[Invoice].append(
            {
                "number": f"2503-{index:08d}",
                "account_id": index,
                "period": PERIOD,
                "opening_balance": Decimal("0.00"),
                "charges_total": charged,
                "payments_total": paid,
                "closing_balance": paid - charged,
                "issued_at": datetime(2025, 3, 31, 21, 0, tzinfo=UTC),
                "due_date": date(2025, 4, 20),
            }
        )
        flush()
    flush(force=True)
    return usage_count


def batch(url: str, directory: Path, accounts: int, jobs: int) -> dict[str, Any]:
    db = open_database(url, migrate=False)
    try:
        summary = run_batch(
            db,
            period=PERIOD,
            deliveries=(BillDelivery.POST, BillDelivery.EMAIL, BillDelivery.FAX),
            directory=directory,
            jobs=jobs,
            now=NOW,
        )
    finally:
        db.dispose()
    assert summary.failed == 0 and summary.done == accounts, summary
    return {
        "statements": summary.done,
        "jobs": jobs,
        "seconds": round(summary.seconds, 1),
        "statements_per_s": round(summary.done / summary.seconds, 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=ACCOUNTS)
    accounts = parser.parse_args().accounts
    with tempfile.TemporaryDirectory(prefix="bench-statements-") as folder:
        root = Path(folder)
        started = time.perf_counter()
        rows = {}
        baseline = min(BASELINE_ACCOUNTS, accounts)
        for name, count in (("baseline", baseline), ("batch", accounts)):
            db = open_database(f"sqlite:///{root / name}.db")
            with db.engine.begin() as connection:
                rows[name] = build_base(connection, count)
            db.dispose()
        emit(
            figure="statements_batch_base",
            accounts=accounts,
            usage_rows_per_statement=rows["batch"] / accounts,
            seconds=round(time.perf_counter() - started, 1),
        )
        one = batch(f"sqlite:///{root / 'baseline'}.db", root / "one", baseline, 1)
        emit(figure="statements_batch_baseline_one_process", **one, **machine())
        two = batch(f"sqlite:///{root / 'batch'}.db", root / "two", accounts, JOBS)
        emit(
            figure="statements_batch",
            **two,
            speedup_over_one_process=round(two["statements_per_s"] / one["statements_per_s"], 2),
            **machine(),
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

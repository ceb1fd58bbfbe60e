"""Every total a statement shows equals the SQL sum of the records behind it, to the kopeck.

On a demo base, on SQLite and on PostgreSQL, for every account and month: the totals of the
gathered data, and the figures printed in the PDF, against sums the database computes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Charge, Line, Payment, PersonalAccount, UsageRecord
from reports import Delivery, statement_totals
from reports.totals import usage_totals
from tests.reports.pdf import money, page_texts
from tests.reports.test_totals import AMOUNT, CATEGORY_RU, KINDS_RU
from workstation.db import Database
from workstation.demo import build_demo
from workstation.statements import (
    NoStatementData,
    Statement,
    build_document,
    gather_statement,
    statement_options,
)

AS_OF = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
PERIODS = (date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1))
PRINTED_ACCOUNTS = 12  # PDFs are the slow part: every account's totals, this many printed


@dataclass(frozen=True)
class Sums:
    """What the database says an account's month holds."""

    charges: dict[str, Decimal]
    payments: Decimal
    usage: dict[str, tuple[int, Decimal]]  # kind: count and cost

    @property
    def empty(self) -> bool:
        return not (self.charges or self.payments or self.usage)


def database_sums(session: Session, account_id: int, period: date) -> Sums:
    zone = ZoneInfo(session.get_one(PersonalAccount, account_id).time_zone)
    start = datetime(period.year, period.month, 1, tzinfo=zone)
    end = datetime(period.year + period.month // 12, period.month % 12 + 1, 1, tzinfo=zone)
    charges = session.execute(
        select(Charge.category, func.sum(Charge.amount))
        .where(Charge.account_id == account_id, Charge.period == period)
        .group_by(Charge.category)
    ).all()
    payments = session.scalar(
        select(func.sum(Payment.amount)).where(
            Payment.account_id == account_id, Payment.paid_at >= start, Payment.paid_at < end
        )
    )
    usage = session.execute(
        select(UsageRecord.kind, func.count(), func.sum(UsageRecord.cost))
        .join(Line, Line.id == UsageRecord.line_id)
        .where(
            Line.account_id == account_id,
            UsageRecord.started_at >= start,
            UsageRecord.started_at < end,
        )
        .group_by(UsageRecord.kind)
    ).all()
    return Sums(
        charges={str(category): amount for category, amount in charges},
        payments=payments or Decimal("0.00"),
        usage={str(kind): (count, cost) for kind, count, cost in usage},
    )


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, subscribers=40, months=3, seed=11, as_of=AS_OF)
    return db


def gathered(demo: Database) -> list[tuple[Statement, Sums]]:
    """Every account's every month with data, with the database's sums beside it."""
    out = []
    with demo.read() as s:
        accounts = s.scalars(select(PersonalAccount.id).order_by(PersonalAccount.id)).all()
        for account_id in accounts:
            for period in PERIODS:
                sums = database_sums(s, account_id, period)
                try:
                    statement = gather_statement(s, account_id=account_id, period=period, now=AS_OF)
                except NoStatementData:
                    assert sums.empty, (account_id, period)
                    continue
                out.append((statement, sums))
    return out


def test_every_total_equals_the_database(demo: Database) -> None:
    statements = gathered(demo)
    assert len(statements) > 100
    assert any(sums.payments for _, sums in statements)
    assert len({category for _, sums in statements for category in sums.charges}) >= 5
    for statement, sums in statements:
        where = (statement.data.account_number, statement.data.period)
        totals = statement_totals(statement.data)
        assert totals.by_category == sums.charges, where
        assert totals.charges == sum(sums.charges.values(), Decimal("0.00")), where
        assert totals.payments == sums.payments, where
        by_kind = {
            kind: (t.count, t.cost) for kind, t in usage_totals(statement.data.usage).items()
        }
        assert by_kind == sums.usage, where


def test_every_printed_total_equals_the_database(demo: Database) -> None:
    statements = gathered(demo)
    # The accounts with the most kinds of charges, then of usage: the richest documents.
    statements.sort(key=lambda pair: (-len(pair[1].charges), -len(pair[1].usage)))
    for statement, sums in statements[:PRINTED_ACCOUNTS]:
        where = (statement.data.account_number, statement.data.period)
        options = statement_options(statement, delivery=Delivery.EMAIL, language="ru")
        text = "\n".join(page_texts(build_document(statement, options).pdf))

        def printed(label: str, text: str = text) -> list[Decimal]:
            return [money(m) for m in re.findall(rf"^{re.escape(label)} {AMOUNT}$", text, re.M)]

        for category, label in CATEGORY_RU.items():
            expected = [sums.charges[category]] if category in sums.charges else []
            assert printed(label) == expected, (where, category)
        assert printed("Итого начислено") == [sum(sums.charges.values(), Decimal("0.00"))], where
        assert printed("Поступило платежей") == [sums.payments], where
        assert printed("Баланс на начало периода") == [statement.data.opening_balance], where
        if not sums.usage:
            continue
        summary = text[text.index("Итоги по видам услуг") : text.index("Итого по детализации")]
        for kind, label in KINDS_RU.items():
            quantity = r"(?:\d+:\d\d:\d\d |[\d ,]+ [КМГ]Б )?"
            found = re.findall(rf"^{label} (\d+) {quantity}{AMOUNT}$", summary, re.M)
            expected = [sums.usage[kind]] if kind in sums.usage else []
            assert [(int(c), money(a)) for c, a in found] == expected, (where, kind)
        usage_cost = sum((cost for _, cost in sums.usage.values()), Decimal("0.00"))
        assert printed("Итого по детализации") == [usage_cost], where

"""Every total printed is the Decimal sum of the records given, to the kopeck."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from io import BytesIO

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reports import (
    CHARGE_CATEGORIES,
    ChargeLine,
    Payment,
    StatementData,
    StatementOptions,
    UsageRow,
    build_statement,
    vat_rate,
)
from reports.totals import vat_included
from tests.reports.pdf import money, page_texts
from tests.reports.sample import MAIN_LINE, SECOND_LINE, sample_statement

CATEGORY_RU = {
    "subscription": "Абонентская плата",
    "service": "Дополнительные услуги",
    "voice": "Звонки",
    "sms": "SMS и MMS",
    "data": "Мобильный интернет",
    "roaming": "Роуминг",
    "one_off": "Разовые начисления",
    "adjustment": "Корректировки",
}
KINDS_RU = {"voice": "Звонки", "sms": "SMS", "mms": "MMS", "data": "Мобильный интернет"}
AMOUNT = r"(-?[\d ]+,\d\d) ₽"

amounts = st.integers(min_value=-500_000, max_value=5_000_000).map(lambda k: Decimal(k) / 100)
costs = st.integers(min_value=0, max_value=1_000_000).map(lambda k: Decimal(k) / 100)
numbers = st.sampled_from((MAIN_LINE, SECOND_LINE, None))
charges = st.builds(
    ChargeLine,
    category=st.sampled_from(CHARGE_CATEGORIES),
    description=st.sampled_from(("Абонентская плата", "Услуга", "Звонки", "Перерасчёт")),
    amount=amounts,
    msisdn=numbers,
)
usage = st.builds(
    UsageRow,
    msisdn=st.sampled_from((MAIN_LINE, SECOND_LINE)),
    started_at=st.integers(0, 30 * 86400).map(
        lambda s: datetime(2025, 2, 28, 21, tzinfo=UTC) + timedelta(seconds=s)
    ),
    kind=st.sampled_from(("voice", "sms", "mms", "data")),
    direction=st.sampled_from(("out", "in")),
    zone=st.sampled_from(("home", "russia", "international", "roaming")),
    cost=costs,
    duration_s=st.integers(0, 7200),
    volume_bytes=st.integers(0, 2**31),
)
payments = st.builds(
    Payment,
    paid_at=st.just(datetime(2025, 3, 10, 12, tzinfo=UTC)),
    amount=costs,
    method=st.sampled_from(("bank_card", "cash", "terminal")),
)


def test_vat_rate_follows_the_period() -> None:
    assert vat_rate(date(2025, 12, 1)) == 20
    assert vat_rate(date(2026, 1, 1)) == 22
    assert vat_included(Decimal("120.00"), Decimal(20)) == Decimal("20.00")
    assert vat_included(Decimal("1.00"), Decimal(22)) == Decimal("0.18")
    assert vat_included(Decimal("-61.00"), Decimal(22)) == Decimal("-11.00")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(charges, max_size=30),
    st.lists(usage, max_size=40),
    st.lists(payments, max_size=4),
    amounts,
)
def test_printed_totals_are_the_sums_of_the_records(
    charge_list: list[ChargeLine],
    usage_list: list[UsageRow],
    payment_list: list[Payment],
    opening: Decimal,
) -> None:
    data: StatementData = replace(
        sample_statement(rows_per_line=0),
        charges=tuple(charge_list),
        usage=tuple(usage_list),
        payments=tuple(payment_list),
        opening_balance=opening,
    )
    stream = BytesIO()
    build_statement(data, stream, StatementOptions())
    text = "\n".join(page_texts(stream.getvalue()))

    def printed(label: str, pattern: str = AMOUNT) -> list[Decimal]:
        return [money(m) for m in re.findall(rf"^{re.escape(label)} {pattern}$", text, re.M)]

    by_category: dict[str, Decimal] = {}
    for charge in charge_list:
        by_category[charge.category] = by_category.get(charge.category, Decimal(0)) + charge.amount
    for category in CHARGE_CATEGORIES:
        expected = [by_category[category]] if category in by_category else []
        assert printed(CATEGORY_RU[category]) == expected, category

    charged = sum((c.amount for c in charge_list), Decimal(0))
    paid = sum((p.amount for p in payment_list), Decimal(0))
    closing = opening + paid - charged
    assert printed("Итого начислено") == [charged]
    assert printed("Начислено за период") == [charged]
    assert printed("Поступило платежей") == [paid]
    assert printed("Баланс на конец периода") == [closing]
    vat = (charged / 6).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert printed("в т. ч. НДС 20 %") == [vat]
    assert printed("Итого поступило") == ([paid] if payment_list else [])
    assert re.search(rf"^К оплате\n{AMOUNT}$", text, re.M)[1] == _ru(max(-closing, Decimal(0)))

    line_totals = printed("Итого по номеру")
    for number in (MAIN_LINE, SECOND_LINE):
        charged_on_line = sum((c.amount for c in charge_list if c.msisdn == number), Decimal(0))
        assert charged_on_line in line_totals
    if any(c.msisdn is None for c in charge_list):
        on_account = sum((c.amount for c in charge_list if c.msisdn is None), Decimal(0))
        assert printed("Итого по лицевому счёту") == [on_account]

    kinds: dict[str, tuple[int, Decimal]] = {}
    for row in usage_list:
        count, cost = kinds.get(row.kind, (0, Decimal(0)))
        kinds[row.kind] = (count + 1, cost + row.cost)
    summary = text[text.index("Итоги по видам услуг") : text.index("Итого по детализации")]
    for kind, label in KINDS_RU.items():
        quantity = r"(?:\d+:\d\d:\d\d |[\d ,]+ [КМГ]Б )?"
        found = re.findall(rf"^{label} (\d+) {quantity}{AMOUNT}$", summary, re.M)
        expected = [(kinds[kind][0], kinds[kind][1])] if kind in kinds else []
        assert [(int(c), money(a)) for c, a in found] == expected, kind
    assert printed("Итого по детализации") == [sum((r.cost for r in usage_list), Decimal(0))]


def _ru(value: Decimal) -> str:
    whole, _, cents = f"{value:.2f}".partition(".")
    return f"{int(whole):,}".replace(",", " ") + f",{cents}"

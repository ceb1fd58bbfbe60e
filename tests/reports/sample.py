"""Believable statement data for the report tests: an account, its lines, a month of usage."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from reports import (
    ChargeLine,
    Customer,
    FaxCover,
    LineSummary,
    Payment,
    PostalAddress,
    StatementData,
    UsageRow,
)

MAIN_LINE = "+79161234567"
SECOND_LINE = "+79037654321"
CUSTOMER_NAME = "Кузнецова Мария Александровна"
ADDRESS = PostalAddress(
    postcode="141701",
    region="Московская обл.",
    city="г. Долгопрудный",
    street="Институтский пер.",
    house="9",
    flat="17",
)
CONTACTS = ("+74957660166", "+79261112233", "+74991234567", "+442079460958", "0890")
COUNTRIES = ("TR", "AE", "KZ")


def usage_rows(
    msisdn: str, count: int, period: date = date(2025, 3, 1), seed: int = 1
) -> list[UsageRow]:
    """``count`` calls, messages and data sessions spread over the month, some abroad."""
    rng = random.Random(seed)
    start = datetime(period.year, period.month, 1, tzinfo=UTC) - timedelta(hours=3)
    rows = []
    for _ in range(count):
        started = start + timedelta(seconds=rng.randrange(28 * 24 * 3600))
        roaming = rng.random() < 0.05
        zone = (
            "roaming"
            if roaming
            else rng.choice(("home", "home", "home", "russia", "international"))
        )
        kind = rng.choice(("voice", "voice", "voice", "sms", "data", "data", "mms"))
        cost = Decimal(rng.choice((0, 0, 0, 150, 290, 1250, 4990))) / 100
        rows.append(
            UsageRow(
                msisdn=msisdn,
                started_at=started,
                kind=kind,
                direction="out" if kind == "data" else rng.choice(("out", "in")),
                zone=zone,
                cost=cost,
                other_party="internet" if kind == "data" else rng.choice(CONTACTS),
                duration_s=rng.randrange(3, 1800) if kind == "voice" else None,
                volume_bytes=rng.randrange(1, 400 * 1024 * 1024) if kind == "data" else None,
                roaming_country=rng.choice(COUNTRIES) if roaming else None,
            )
        )
    return rows


def usage_charges(msisdn: str, rows: list[UsageRow]) -> list[ChargeLine]:
    """The usage charges of a line, each the sum of its rows' costs, as billing makes them."""
    sums: dict[str, Decimal] = {}
    for row in rows:
        category = "roaming" if row.zone == "roaming" else {"mms": "sms"}.get(row.kind, row.kind)
        sums[category] = sums.get(category, Decimal("0.00")) + row.cost
    titles = {
        "voice": "Звонки",
        "sms": "SMS и MMS",
        "data": "Мобильный интернет",
        "roaming": "Связь в роуминге",
    }
    return [
        ChargeLine(category, titles[category], amount, msisdn)
        for category, amount in sums.items()
        if amount
    ]


def sample_statement(
    *,
    rows_per_line: int = 120,
    period: date = date(2025, 3, 1),
    opening_balance: Decimal = Decimal("150.00"),
    postal: bool = True,
    with_inn: bool = False,
) -> StatementData:
    """Two lines with usage, fees, a service, a one-off charge, a credit and two payments."""
    main = usage_rows(MAIN_LINE, rows_per_line, period, seed=1)
    second = usage_rows(SECOND_LINE, rows_per_line // 3, period, seed=2)
    charges = [
        ChargeLine(
            "subscription", "Абонентская плата по тарифу «Смарт Плюс»", Decimal("650.00"), MAIN_LINE
        ),
        ChargeLine(
            "service", "Услуга «Кто звонил», ежемесячная плата", Decimal("49.00"), MAIN_LINE
        ),
        *usage_charges(MAIN_LINE, main),
        ChargeLine(
            "subscription", "Абонентская плата по тарифу «Базовый»", Decimal("300.00"), SECOND_LINE
        ),
        ChargeLine("one_off", "Замена SIM-карты", Decimal("100.00"), SECOND_LINE),
        *usage_charges(SECOND_LINE, second),
        ChargeLine("adjustment", "Перерасчёт по обращению № 58213", Decimal("-75.50"), None),
    ]
    return StatementData(
        invoice_number="2025-03/004211",
        issued_on=date(period.year, period.month, 1) + timedelta(days=34),
        period=period,
        due_date=date(period.year, period.month, 1) + timedelta(days=50),
        customer=Customer(
            name=CUSTOMER_NAME,
            inn="500100732259" if with_inn else None,
            postal_address=ADDRESS if postal else None,
            email="m.kuznetsova@example.ru",
        ),
        account_number="100234567",
        contract_number="Д-2019-0041873",
        time_zone="Europe/Moscow",
        opening_balance=opening_balance,
        lines=(
            LineSummary(MAIN_LINE, "Смарт Плюс"),
            LineSummary(SECOND_LINE, "Базовый"),
        ),
        charges=tuple(charges),
        payments=(
            Payment(
                datetime(2025, 3, 3, 9, 15, tzinfo=UTC),
                Decimal("500.00"),
                "bank_card",
                "СБП 4410-2291",
            ),
            Payment(
                datetime(2025, 3, 18, 16, 2, tzinfo=UTC), Decimal("300.00"), "terminal", "T-000981"
            ),
        ),
        usage=tuple(main + second),
    )


def fax_cover() -> FaxCover:
    return FaxCover(
        recipient="ООО «Вектор», бухгалтерия",
        fax_number="+74957654321",
        sender="Иванова А. П., отдел обслуживания",
        sent_at=datetime(2025, 4, 5, 11, 30, tzinfo=UTC),
        sender_phone="+74957660166",
        note="По вашему запросу от 04.04.2025 направляем счёт и детализацию за март.",
    )

"""How values read: money, dates, durations, volumes, numbers, addresses; and the catalogue."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from babel.numbers import format_currency
from hypothesis import given
from hypothesis import strategies as st

from reports import CHARGE_CATEGORIES, DIRECTIONS, PAYMENT_METHODS, USAGE_KINDS, ZONES
from reports.format import (
    format_amount,
    format_date,
    format_datetime,
    format_duration,
    format_money,
    format_month,
    format_msisdn,
    format_percent,
    format_volume,
    postal_lines,
)
from reports.labels import CATALOGUE
from tests.reports.sample import ADDRESS

NBSP = "\u00a0"
kopecks = st.integers(min_value=-(10**12), max_value=10**12).map(lambda k: Decimal(k) / 100)


def test_money_in_russian_and_english() -> None:
    assert format_money(Decimal("1234.56"), "ru") == f"1{NBSP}234,56{NBSP}₽"
    assert format_money(Decimal("-1234567.50"), "ru") == f"-1{NBSP}234{NBSP}567,50{NBSP}₽"
    assert format_money(Decimal("0.00"), "ru") == f"0,00{NBSP}₽"
    assert format_money(Decimal("-0.00"), "ru") == f"0,00{NBSP}₽"
    assert format_money(Decimal("1234.56"), "en") == f"RUB{NBSP}1,234.56"
    assert format_money(Decimal("-5.00"), "en") == f"-RUB{NBSP}5.00"
    assert format_amount(Decimal("12"), "ru") == "12,00"


@given(kopecks)
def test_money_agrees_with_babel(value: Decimal) -> None:
    """The fast formatter says what Babel says, spaces made no-break and RUB spaced off."""
    babel_ru = format_currency(value, "RUB", locale="ru_RU").replace("\u202f", NBSP)
    assert format_money(value, "ru") == babel_ru
    babel_en = format_currency(value, "RUB", locale="en_US").replace("RUB", f"RUB{NBSP}")
    assert format_money(value, "en") == babel_en


def test_phone_numbers() -> None:
    assert format_msisdn("+79161234567") == "+7 916 123-45-67"
    assert format_msisdn("+74957660166") == "+7 495 766-01-66"
    assert format_msisdn("0890") == "0890"
    assert format_msisdn("+442079460958") == "+442079460958"
    assert format_msisdn("internet") == "internet"


def test_durations_and_volumes() -> None:
    assert format_duration(0) == "0:00:00"
    assert format_duration(333) == "0:05:33"
    assert format_duration(3 * 3600 + 7) == "3:00:07"
    assert format_volume(1, "ru") == f"1{NBSP}КБ"
    assert format_volume(1025, "ru") == f"2{NBSP}КБ"
    assert format_volume(12 * 1024 * 1024 + 357_000, "ru") == f"12,34{NBSP}МБ"
    assert format_volume(3 * 1024**3 + 400 * 1024**2, "en") == f"3.39{NBSP}GB"


def test_dates_months_and_times() -> None:
    assert format_date(date(2025, 4, 5), "ru") == "05.04.2025"
    assert format_date(date(2025, 4, 5), "en") == "5 April 2025"
    assert format_month(date(2025, 3, 1), "ru") == f"март 2025{NBSP}г."
    assert format_month(date(2025, 3, 1), "en") == "March 2025"
    moment = datetime(2025, 3, 31, 22, 30, tzinfo=UTC)
    assert format_datetime(moment, ZoneInfo("Europe/Moscow"), "ru") == "01.04.2025 01:30:00"
    assert format_datetime(moment, ZoneInfo("Europe/Kaliningrad"), "en") == "2025-04-01 00:30:00"


def test_percent() -> None:
    assert format_percent(Decimal(20), "ru") == f"20{NBSP}%"
    assert format_percent(Decimal("22"), "en") == "22%"


def test_postal_lines_follow_the_russian_post() -> None:
    assert postal_lines("Кузнецова Мария Александровна", ADDRESS) == [
        "Кузнецова Мария Александровна",
        f"Институтский пер., д.{NBSP}9, кв.{NBSP}17",
        "г. Долгопрудный",
        "Московская обл.",
        "141701",
    ]


def test_both_languages_have_every_label() -> None:
    assert CATALOGUE["ru"].keys() == CATALOGUE["en"].keys()
    for language in ("ru", "en"):
        labels = CATALOGUE[language]
        assert all(value.strip() for value in labels.values())
        for prefix, values in (
            ("category", CHARGE_CATEGORIES),
            ("method", PAYMENT_METHODS),
            ("kind", USAGE_KINDS),
            ("kinds", USAGE_KINDS),
            ("direction", DIRECTIONS),
            ("zone", ZONES),
        ):
            assert {f"{prefix}.{value}" for value in values} <= labels.keys()


@pytest.mark.parametrize("language", ["ru", "en"])
def test_labels_hold_no_markup(language: str) -> None:
    """Labels go into paragraphs escaped; a tag here would show as text."""
    assert not [key for key, value in CATALOGUE[language].items() if "<" in value]

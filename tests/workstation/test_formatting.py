"""Dates as the screens show them: month names consistent in English, Russian unchanged."""

from __future__ import annotations

from datetime import UTC, date, datetime

from workstation import formatting


def test_english_months_are_three_letters_each_september_included() -> None:
    days = [formatting.day(date(2026, month, 8), "en") for month in range(1, 13)]
    months = [text.split()[1] for text in days]
    assert months == [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]  # fmt: skip
    moment = datetime(2026, 9, 8, 10, 5, tzinfo=UTC)
    assert formatting.moment(moment, "Europe/Moscow", "en") == "08 Sep 2026, 13:05"
    assert formatting.month(date(2026, 9, 1), "en") == "September 2026"


def test_russian_dates_are_numeric_and_months_named_in_the_nominative() -> None:
    assert formatting.day(date(2026, 9, 8), "ru") == "08.09.2026"
    moment = datetime(2026, 9, 8, 10, 5, tzinfo=UTC)
    assert formatting.moment(moment, "Europe/Moscow", "ru", seconds=True) == "08.09.2026 13:05:00"
    assert formatting.month(date(2026, 9, 1), "ru") == "Сентябрь 2026"
    assert formatting.month(date(2026, 9, 1), "ru", title=False) == "сентябрь 2026"

"""Phone numbers as an agent types them, as they are stored and as they are shown."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.phone import format_msisdn, reversed_digits, to_e164


@pytest.mark.parametrize(
    "typed",
    [
        "+7 916 123-45-67",
        "8 (916) 123-45-67",
        "89161234567",
        "9161234567",
        "916 123 4567",
        "+79161234567",
        " 7-916-123-45-67 ",
    ],
)
def test_every_way_of_typing_a_number(typed: str) -> None:
    assert to_e164(typed) == "+79161234567"


@pytest.mark.parametrize("typed", ["123-45-67", "4567", "", "abc", "+7 916", "'; DROP TABLE"])
def test_partial_or_garbage_is_not_a_full_number(typed: str) -> None:
    assert to_e164(typed) is None


def test_display_form() -> None:
    assert format_msisdn("+79161234567") == "+7 916 123-45-67"
    assert format_msisdn("+442079460958") == "+44 20 7946 0958"


@given(st.integers(min_value=9_000_000_000, max_value=9_999_999_999))
def test_round_trip_of_any_russian_mobile(national: int) -> None:
    e164 = f"+7{national}"
    assert to_e164(format_msisdn(e164)) == e164
    assert to_e164(f"8{national}") == e164
    assert reversed_digits(e164) == f"7{national}"[::-1]

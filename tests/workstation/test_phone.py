"""Phone numbers as an agent types them, as they are stored and as they are shown."""

from __future__ import annotations

import phonenumbers
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


@given(st.from_regex(r"[0-9]{10}", fullmatch=True))
def test_the_shortcut_for_plus_seven_agrees_with_the_phone_number_rules(national: str) -> None:
    parsed = phonenumbers.parse(f"+7{national}", "RU")
    assert phonenumbers.is_possible_number(parsed)
    expected = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    assert to_e164(f"+7 {national[:3]} {national[3:]}") == expected
    if national[0] in "3489":
        assert to_e164(national) == expected
    assert to_e164(f"8{national}") == expected


def test_other_countries_still_go_through_the_phone_number_rules() -> None:
    assert to_e164("+44 20 7946 0958") == "+442079460958"
    assert to_e164("+44 20") is None
    assert to_e164("+7 916 123 45 678") is None

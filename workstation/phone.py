"""Phone numbers: E.164 to store, ``+7 916 123-45-67`` to show, anything an agent types to find."""

from __future__ import annotations

import re

import phonenumbers

_NON_DIGITS = re.compile(r"\D+")
RUSSIA = "RU"


def digits(text: str) -> str:
    return _NON_DIGITS.sub("", text)


def to_e164(text: str, region: str = RUSSIA) -> str | None:
    """The E.164 form of a full number as an agent would type it, or None if it is not one.

    ``8 (916) 123-45-67``, ``89161234567``, ``9161234567`` and ``+7 916 123 45 67`` all
    give ``+79161234567``.
    """
    raw = text.strip()
    if not raw:
        return None
    number_digits = digits(raw)
    if not raw.startswith("+"):
        if len(number_digits) == 10 and number_digits[0] in "3489":
            return "+7" + number_digits
        if len(number_digits) == 11 and number_digits[0] in "78":
            return "+7" + number_digits[1:]
        return None
    if number_digits.startswith("7"):
        # Every ten national digits after +7 are a possible number there, and E.164 is the
        # digits themselves: no need for the parser, which costs more than the search's lookup.
        return "+" + number_digits if len(number_digits) == 11 else None
    try:
        parsed = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


def format_msisdn(e164: str) -> str:
    """``+79161234567`` as ``+7 916 123-45-67``; other countries in their international form."""
    if len(e164) == 12 and e164.startswith("+7"):
        d = e164[2:]
        return f"+7 {d[0:3]} {d[3:6]}-{d[6:8]}-{d[8:10]}"
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def reversed_digits(e164: str) -> str:
    """The digits backwards: the last digits of a number become an index prefix."""
    return digits(e164)[::-1]

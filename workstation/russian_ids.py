"""Check digits of Russian and telecom identifiers: INN (ИНН) and the ICCID's Luhn digit."""

from __future__ import annotations

_INN10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _inn_digit(body: str, weights: tuple[int, ...]) -> str:
    return str(sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11 % 10)


def complete_inn(body: str) -> str:
    """Append the check digits to the first 9 (a company) or 10 (a person) digits."""
    if len(body) == 9:
        return body + _inn_digit(body, _INN10)
    if len(body) == 10:
        first = _inn_digit(body, _INN12_1)
        return body + first + _inn_digit(body + first, _INN12_2)
    raise ValueError("an INN body has 9 or 10 digits")


def is_valid_inn(inn: str) -> bool:
    """True for a 10-digit company INN or a 12-digit personal INN with correct check digits."""
    if not inn.isdigit() or len(inn) not in (10, 12):
        return False
    return complete_inn(inn[:9] if len(inn) == 10 else inn[:10]) == inn


def luhn_digit(body: str) -> str:
    """The Luhn check digit that completes ``body`` (as on an ICCID)."""
    total = 0
    for index, char in enumerate(reversed(body)):
        value = int(char)
        if index % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


def is_valid_luhn(number: str) -> bool:
    return number.isdigit() and len(number) > 1 and luhn_digit(number[:-1]) == number[-1]

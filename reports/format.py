"""How values read on a document: money, dates, durations, volumes, numbers and addresses.

Separators and the currency pattern come from Babel's locale data, read once per language;
the detail formats tens of thousands of amounts, so the hot functions apply them with plain
string operations instead of calling Babel for every value (a test holds them equal).
"""

from __future__ import annotations

import math
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Final
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date as babel_format_date

from reports.data import PostalAddress
from reports.labels import labels

NBSP: Final = "\u00a0"
_NARROW_NBSP: Final = "\u202f"
_BABEL_LOCALES: Final = {"ru": "ru_RU", "en": "en_US"}
_CENT: Final = Decimal("0.01")
# Numeric in both languages, so a column of times lines up; ISO order in English, where
# day-first and month-first orders are both common.
DATETIME_FORMATS: Final = {"ru": "%d.%m.%Y %H:%M:%S", "en": "%Y-%m-%d %H:%M:%S"}
_KIB: Final = 1024
_MIB: Final = 1024 * 1024
_GIB: Final = 1024 * 1024 * 1024


@cache
def _translation(language: str) -> dict[int, str]:
    """Python's ``1,234.56`` to the locale's group and decimal symbols.

    Babel gives some locales a narrow no-break space as the group separator; it becomes an
    ordinary no-break space, which every PDF viewer copies and searches as a space.
    """
    symbols = Locale.parse(_BABEL_LOCALES[language]).number_symbols["latn"]
    group = symbols["group"].replace(_NARROW_NBSP, NBSP).replace(" ", NBSP)
    return str.maketrans({",": group, ".": symbols["decimal"]})


def plain_spaces(text: str) -> str:
    """No-break spaces as plain ones, for text outside the page (metadata, the outline)."""
    return text.replace(NBSP, " ")


def format_amount(value: Decimal, language: str) -> str:
    """``1 234,56`` (ru) or ``1,234.56`` (en): money without the currency, for table columns."""
    text = f"{abs(value).quantize(_CENT, ROUND_HALF_UP):,.2f}".translate(_translation(language))
    return f"-{text}" if value < 0 else text


def format_money(value: Decimal, language: str) -> str:
    """``1 234,56 ₽`` in Russian, ``RUB 1,234.56`` in English."""
    if language == "ru":
        return f"{format_amount(value, language)}{NBSP}₽"
    sign = "-" if value < 0 else ""
    return f"{sign}RUB{NBSP}{format_amount(abs(value), language)}"


def format_percent(rate: Decimal, language: str) -> str:
    """``20 %`` in Russian (a space before the sign, as Russian typesetting wants), ``20%``."""
    text = f"{rate.normalize():f}".translate(_translation(language))
    return f"{text}{NBSP}%" if language == "ru" else f"{text}%"


def format_date(value: date, language: str) -> str:
    """``05.04.2025`` in Russian, ``5 April 2025`` in English."""
    if language == "ru":
        return value.strftime("%d.%m.%Y")
    return str(babel_format_date(value, "d MMMM yyyy", locale=_BABEL_LOCALES[language]))


def format_month(period: date, language: str) -> str:
    """The billing month: ``март 2025 г.`` or ``March 2025``."""
    text = str(babel_format_date(period, "LLLL yyyy", locale=_BABEL_LOCALES[language]))
    return f"{text}{NBSP}г." if language == "ru" else text


def format_datetime(value: datetime, zone: ZoneInfo, language: str) -> str:
    """A moment in the account's time zone: ``01.03.2025 14:05:33`` or ``2025-03-01 14:05:33``."""
    return value.astimezone(zone).strftime(DATETIME_FORMATS[language])


def format_utc_offset(zone: ZoneInfo, moment: datetime) -> str:
    """``UTC+03:00``: the offset of the zone at a moment, beside the zone's name."""
    offset = moment.astimezone(zone).strftime("%z")
    return f"UTC{offset[0]}{offset[1:3]}:{offset[3:5]}"


def format_duration(seconds: int) -> str:
    """``0:05:33``: hours, minutes and seconds, so a column of calls lines up."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def format_volume(size: int, language: str) -> str:
    """Data volume in binary units, as operators bill it: ``512 КБ``, ``12,34 МБ``, ``3,38 ГБ``.

    Kilobytes round up, so a short session never reads as nothing.
    """
    text = labels(language)
    if size < _MIB:
        return f"{math.ceil(size / _KIB)}{NBSP}{text['unit.kb']}"
    divisor, unit = (_MIB, text["unit.mb"]) if size < _GIB else (_GIB, text["unit.gb"])
    value = (Decimal(size) / divisor).quantize(_CENT, ROUND_HALF_UP)
    return f"{format_amount(value, language)}{NBSP}{unit}"


def format_msisdn(e164: str) -> str:
    """``+79161234567`` as ``+7 916 123-45-67``; anything else (short numbers, foreign
    numbers, a data resource's name) as it is."""
    if len(e164) == 12 and e164.startswith("+7") and e164[2:].isdigit():
        d = e164[2:]
        return f"+7 {d[0:3]} {d[3:6]}-{d[6:8]}-{d[8:10]}"
    return e164


def postal_lines(name: str, address: PostalAddress) -> list[str]:
    """The recipient block in the Russian post's order: name, street, town, region, postcode."""
    street = f"{address.street}, д.{NBSP}{address.house}"
    if address.flat:
        street += f", кв.{NBSP}{address.flat}"
    lines = [name, street, address.city]
    if address.region:
        lines.append(address.region)
    lines.append(address.postcode)
    return lines

"""Money, dates, durations and volumes as a Russian (or English) reader expects them.

One place for every format the screens and the command line show, through Babel:
``1 234,56 ₽``, ``25.11.2026 14:05``; in English ``RUB 1,234.56``, ``25 Nov 2026, 14:05``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache
from zoneinfo import ZoneInfo

from babel.dates import format_date as babel_date
from babel.dates import format_datetime as babel_datetime
from babel.numbers import format_currency, format_decimal

LOCALES = {"ru": "ru_RU", "en": "en_GB"}
# Month names come from plain English: en_GB shortens September alone to "Sept"
# ("08 Sept" beside "24 Aug"); every month is three letters here.
DATE_LOCALES = {"ru": "ru_RU", "en": "en"}
DATETIME_PATTERNS = {"ru": "dd.MM.yyyy HH:mm", "en": "dd MMM yyyy, HH:mm"}
DATETIME_SECONDS_PATTERNS = {"ru": "dd.MM.yyyy HH:mm:ss", "en": "dd MMM yyyy, HH:mm:ss"}
DATE_PATTERNS = {"ru": "dd.MM.yyyy", "en": "dd MMM yyyy"}
MONTH_PATTERNS = {"ru": "LLLL yyyy", "en": "LLLL yyyy"}
_NARROW_SPACE = "\u202f"
_NO_BREAK_SPACE = "\u00a0"


@cache
def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _locale(lang: str) -> str:
    return LOCALES.get(lang, LOCALES["ru"])


def _date_locale(lang: str) -> str:
    return DATE_LOCALES.get(lang, DATE_LOCALES["ru"])


def warm_up(lang: str = "ru") -> None:
    """Load the locale data of every format now rather than at the first one shown.

    Babel reads a locale's data from disk on first use, some 20–40 ms: on the GUI thread,
    while the first search results are painted, that is a visible stall.
    """
    when = datetime(2026, 11, 25, 14, 5, tzinfo=UTC)
    money(Decimal("1234.56"), lang)
    number(1234, lang)
    moment(when, "Europe/Moscow", lang)
    day(when.date(), lang)
    month(when.date(), lang)


def money(amount: Decimal, lang: str = "ru") -> str:
    """``1 234,56 ₽`` (Russian) or ``RUB 1,234.56`` (English); the group space does not break."""
    pattern = None if lang == "ru" else "¤\u00a0#,##0.00"
    text = format_currency(
        amount, "RUB", format=pattern, locale=_locale(lang), currency_digits=False
    )
    return str(text).replace(_NARROW_SPACE, _NO_BREAK_SPACE)


def number(value: int | Decimal, lang: str = "ru") -> str:
    return str(format_decimal(value, locale=_locale(lang))).replace(_NARROW_SPACE, _NO_BREAK_SPACE)


def moment(value: datetime, time_zone: str, lang: str = "ru", *, seconds: bool = False) -> str:
    """A timestamp in the given zone: ``25.11.2026 14:05``."""
    patterns = DATETIME_SECONDS_PATTERNS if seconds else DATETIME_PATTERNS
    return str(
        babel_datetime(
            value,
            patterns.get(lang, patterns["ru"]),
            tzinfo=zone(time_zone),
            locale=_date_locale(lang),
        )
    )


def day(value: date, lang: str = "ru") -> str:
    return str(
        babel_date(value, DATE_PATTERNS.get(lang, DATE_PATTERNS["ru"]), locale=_date_locale(lang))
    )


def month(value: date, lang: str = "ru", *, title: bool = True) -> str:
    """``Ноябрь 2026`` as a heading, ``ноябрь 2026`` inside a Russian sentence."""
    text = str(babel_date(value, MONTH_PATTERNS["ru"], locale=_date_locale(lang)))
    return text[:1].upper() + text[1:] if title or lang != "ru" else text


def duration(seconds: int) -> str:
    """``2:05`` for a call of two minutes five seconds, ``1:02:05`` past an hour."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def volume(size: int, lang: str = "ru") -> str:
    """Data volume in the unit a subscriber thinks in: KB below a megabyte, MB, then GB."""
    units = ("КБ", "МБ", "ГБ") if lang == "ru" else ("KB", "MB", "GB")
    if size < 1024 * 1024:
        value, unit = Decimal(size) / 1024, units[0]
    elif size < 1024**3:
        value, unit = Decimal(size) / 1024**2, units[1]
    else:
        value, unit = Decimal(size) / 1024**3, units[2]
    rounded = value.quantize(Decimal("0.1")) if value < 100 else value.quantize(Decimal("1"))
    return f"{number(rounded, lang)}{_NO_BREAK_SPACE}{unit}"

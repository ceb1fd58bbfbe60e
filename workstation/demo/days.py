"""Days as ordinals, moments as UTC epoch seconds, and the text a database stores for them.

The generator does date arithmetic tens of millions of times for a large base: a ``date``
object or ``calendar.timegm`` costs a microsecond or more each time, an integer ordinal
(``date.toordinal()``) a few nanoseconds. Dates become ISO text and moments the database's
timestamp text only where a row is made, through caches.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

DAY = 86_400
HOUR = 3_600
EPOCH = date(1970, 1, 1).toordinal()


def midnight(day: int, offset_s: int = 0) -> int:
    """UTC epoch seconds of local midnight of ``day`` in a zone ``offset_s`` east of UTC."""
    return (day - EPOCH) * DAY - offset_s


def weekday(day: int) -> int:
    """Monday 0 … Sunday 6, as ``date.weekday``."""
    return (day + 6) % 7


class _IsoDays(dict[int, str]):
    """``YYYY-MM-DD`` of day ordinals, each made once."""

    def __missing__(self, day: int) -> str:
        text = date.fromordinal(day).isoformat()
        self[day] = text
        return text


ISO_DAYS = _IsoDays()


def iso(day: int) -> str:
    return ISO_DAYS[day]


@dataclass(frozen=True, slots=True)
class Period:
    """A billing month: day ordinals of its first and last day, and its texts."""

    first: int
    last: int
    iso: str
    label: str  # ``yymm``, as invoice numbers carry it

    @property
    def days(self) -> int:
        return self.last - self.first + 1


def month_of(day: int) -> int:
    """The ordinal of the first day of the month ``day`` is in."""
    return day - date.fromordinal(day).day + 1


def next_month(day: int) -> int:
    """The ordinal of the first day of the month after the one ``day`` is in."""
    first = date.fromordinal(month_of(day))
    return date(first.year + (first.month == 12), first.month % 12 + 1, 1).toordinal()


def periods(as_of: date, months: int) -> tuple[Period, ...]:
    """The ``months`` billing months up to the one ``as_of`` is in, oldest first."""
    first = date(as_of.year, as_of.month, 1)
    for _ in range(months - 1):
        first = date(first.year - (first.month == 1), (first.month - 2) % 12 + 1, 1)
    out: list[Period] = []
    day = first.toordinal()
    while day <= as_of.toordinal():
        following = next_month(day)
        start = date.fromordinal(day)
        out.append(Period(day, following - 1, start.isoformat(), f"{start:%y%m}"))
        day = following
    return tuple(out)


Stamp = Callable[[int], str]
"""Epoch seconds to the text of a timestamp column."""


def moment_text(dialect: str) -> Stamp:
    """The timestamp text ``dialect``'s column holds for a moment, as its driver writes it.

    SQLite holds SQLAlchemy's ``YYYY-MM-DD HH:MM:SS.000000`` (UTC); PostgreSQL's ``COPY``
    reads ``YYYY-MM-DD HH:MM:SS+00``. The text is a cached day joined to one of the 86,400
    precomputed times of day, which is what makes a timestamp cheap enough for millions.
    """
    suffix = ".000000" if dialect == "sqlite" else "+00"
    clock = [
        f" {h:02d}:{m:02d}:{s:02d}{suffix}" for h in range(24) for m in range(60) for s in range(60)
    ]
    days = ISO_DAYS

    def stamp(moment: int) -> str:
        return days[EPOCH + moment // DAY] + clock[moment % DAY]

    return stamp

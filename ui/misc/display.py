"""How values are shown on this workstation: its language and time zone, in one object."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from workstation import formatting
from workstation.phone import format_msisdn


@dataclass(frozen=True)
class Display:
    language: str = "ru"
    time_zone: str = "Europe/Moscow"

    def money(self, amount: Decimal) -> str:
        return formatting.money(amount, self.language)

    def moment(self, value: datetime | None, *, seconds: bool = False) -> str:
        if value is None:
            return ""
        return formatting.moment(value, self.time_zone, self.language, seconds=seconds)

    def day(self, value: date | None) -> str:
        return "" if value is None else formatting.day(value, self.language)

    def month(self, value: date, *, title: bool = True) -> str:
        return formatting.month(value, self.language, title=title)

    def number(self, value: int | Decimal) -> str:
        return formatting.number(value, self.language)

    def volume(self, size: int) -> str:
        return formatting.volume(size, self.language)

    @staticmethod
    def duration(seconds: int) -> str:
        return formatting.duration(seconds)

    @staticmethod
    def msisdn(e164: str | None) -> str:
        return "" if not e164 else format_msisdn(e164)

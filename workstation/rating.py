"""Rating usage by a tariff: what a month of calls, messages and data costs on a plan.

The rules are the operator's: the month's allowance (the plan's, plus any package that was
on during the month) is used up first, in the order things happened, by outgoing calls and
messages within Russia and by data at home; each call is rounded up to the minute, each
data session beyond the allowance to the megabyte; what lies beyond is priced by the plan's
rate for its kind, zone and direction. The tariff comparison uses this to show what a
subscriber's last months would have cost on each plan.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from models import Direction, UsageKind, Zone

MB = 1024 * 1024
ZERO = Decimal("0.00")
_DOMESTIC = (Zone.HOME, Zone.RUSSIA)


@dataclass(frozen=True)
class Allowance:
    minutes: int
    sms: int
    data_mb: int

    def __add__(self, other: Allowance) -> Allowance:
        return Allowance(
            self.minutes + other.minutes, self.sms + other.sms, self.data_mb + other.data_mb
        )


@dataclass(frozen=True)
class Terms:
    """What rating needs of a plan: its fee, its allowance and its unit prices."""

    monthly_fee: Decimal
    allowance: Allowance
    prices: Mapping[tuple[UsageKind, Zone, Direction], Decimal]

    def price(self, kind: UsageKind, zone: Zone, direction: Direction) -> Decimal:
        return self.prices.get((kind, zone, direction), ZERO)


@dataclass(frozen=True)
class Usage:
    """One record as rating sees it."""

    started_at: datetime
    kind: UsageKind
    direction: Direction
    zone: Zone
    duration_s: int | None
    volume_bytes: int | None


def rate_month(
    usage: Iterable[Usage], terms: Terms, extra: Allowance | None = None
) -> list[Decimal]:
    """The cost of each record of one month, in the order given (which must be by time)."""
    allowance = terms.allowance + extra if extra else terms.allowance
    minutes, messages, data = allowance.minutes, allowance.sms, allowance.data_mb * MB
    costs: list[Decimal] = []
    for record in usage:
        outgoing = record.direction == Direction.OUTGOING
        price = terms.price(record.kind, record.zone, record.direction)
        if record.kind == UsageKind.VOICE:
            billed = -(-(record.duration_s or 0) // 60)
            if outgoing and record.zone in _DOMESTIC:
                free = min(billed, minutes)
                minutes -= free
                billed -= free
            costs.append(price * billed)
        elif record.kind == UsageKind.SMS and outgoing and record.zone in _DOMESTIC and messages:
            messages -= 1
            costs.append(ZERO)
        elif record.kind == UsageKind.DATA:
            volume = record.volume_bytes or 0
            if record.zone != Zone.ROAMING:
                free = min(volume, data)
                data -= free
                volume -= free
            costs.append(price * -(-volume // MB))
        else:
            costs.append(price)
    return costs


def month_cost(usage: Iterable[Usage], terms: Terms, extra: Allowance | None = None) -> Decimal:
    """The fee plus the usage beyond the allowance of one month."""
    return terms.monthly_fee + sum(rate_month(usage, terms, extra), ZERO)

"""The sums and groupings a statement prints, computed only from the records it is given.

Nothing printed as a total is taken from elsewhere: every figure here is a Decimal sum of
records, so the document adds up to the kopeck by construction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from reports.data import CHARGE_CATEGORIES, USAGE_KINDS, ChargeLine, StatementData, UsageRow

ZERO: Final = Decimal("0.00")
_CENT: Final = Decimal("0.01")
_VAT_22_FROM: Final = date(2026, 1, 1)


def vat_rate(period: date) -> Decimal:
    """The VAT rate in force for a billing period: 20 % through 2025, 22 % from 2026."""
    return Decimal(22) if period >= _VAT_22_FROM else Decimal(20)


def vat_included(gross: Decimal, rate: Decimal) -> Decimal:
    """The VAT contained in an amount that includes it, rounded half up to the kopeck."""
    return (gross * rate / (100 + rate)).quantize(_CENT, ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class UsageTotal:
    """How much of one kind of usage there was: events, seconds, bytes and their cost."""

    count: int
    duration_s: int
    volume_bytes: int
    cost: Decimal


@dataclass(frozen=True, slots=True)
class StatementTotals:
    """The invoice's figures: closing = opening + payments − charges."""

    by_category: Mapping[str, Decimal]
    charges: Decimal
    payments: Decimal
    opening_balance: Decimal
    closing_balance: Decimal
    amount_due: Decimal
    vat_rate: Decimal
    vat: Decimal


def statement_totals(data: StatementData) -> StatementTotals:
    """Sum the charges per category and overall, the payments, and what is left to pay.

    Only categories that have a charge are listed, in the invoice's order. What is due is
    the debt at the end of the period; an account in credit owes nothing.
    """
    by_category = {category: ZERO for category in CHARGE_CATEGORIES}
    present: set[str] = set()
    for charge in data.charges:
        by_category[charge.category] += charge.amount
        present.add(charge.category)
    charges = sum((by_category[c] for c in present), ZERO)
    payments = sum((p.amount for p in data.payments), ZERO)
    closing = data.opening_balance + payments - charges
    rate = vat_rate(data.period)
    return StatementTotals(
        by_category={c: by_category[c] for c in CHARGE_CATEGORIES if c in present},
        charges=charges,
        payments=payments,
        opening_balance=data.opening_balance,
        closing_balance=closing,
        amount_due=-closing if closing < 0 else ZERO,
        vat_rate=rate,
        vat=vat_included(charges, rate),
    )


def usage_totals(rows: Iterable[UsageRow]) -> dict[str, UsageTotal]:
    """Totals per usage kind, in the order kinds are listed; kinds without rows are left out."""
    counts = dict.fromkeys(USAGE_KINDS, 0)
    seconds = dict.fromkeys(USAGE_KINDS, 0)
    volume = dict.fromkeys(USAGE_KINDS, 0)
    cost = dict.fromkeys(USAGE_KINDS, ZERO)
    for row in rows:
        kind = row.kind
        counts[kind] += 1
        seconds[kind] += row.duration_s or 0
        volume[kind] += row.volume_bytes or 0
        cost[kind] += row.cost
    return {
        kind: UsageTotal(counts[kind], seconds[kind], volume[kind], cost[kind])
        for kind in USAGE_KINDS
        if counts[kind]
    }


def line_order(data: StatementData) -> list[str]:
    """The numbers that get a section: the account's lines in their order, then any other
    number that has a charge or usage in the period, sorted."""
    listed = [line.msisdn for line in data.lines]
    known = set(listed)
    others = {c.msisdn for c in data.charges if c.msisdn is not None}
    others.update(row.msisdn for row in data.usage)
    return listed + sorted(others - known)


def charges_by_line(charges: Sequence[ChargeLine]) -> dict[str | None, list[ChargeLine]]:
    """Charges grouped by number (None: on the account), in the order they were given."""
    groups: dict[str | None, list[ChargeLine]] = {}
    for charge in charges:
        groups.setdefault(charge.msisdn, []).append(charge)
    return groups


def usage_by_line(rows: Sequence[UsageRow]) -> dict[str, list[UsageRow]]:
    """Usage grouped by number, each group in time order (a stable sort keeps ties as given)."""
    groups: dict[str, list[UsageRow]] = {}
    for row in rows:
        groups.setdefault(row.msisdn, []).append(row)
    for group in groups.values():
        group.sort(key=lambda row: row.started_at)
    return groups

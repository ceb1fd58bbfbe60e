"""The number pool: free numbers for number changes, "beautiful" ones with a price, quarantine."""

from __future__ import annotations

import random
from collections.abc import Sequence

from models import PoolStatus
from workstation.demo import vocabulary as vocab
from workstation.demo.catalog import NUMBER_CATEGORIES
from workstation.demo.days import DAY, Stamp
from workstation.demo.lines import QUARANTINE_DAYS, MsisdnSpace
from workstation.demo.tables import Rows, empty_rows

_FREE, _QUARANTINE = PoolStatus.FREE.value, PoolStatus.QUARANTINE.value
_BEAUTIFUL = (("bronze", 60), ("silver", 30), ("gold", 14), ("platinum", 6))
assert {c.code for c in NUMBER_CATEGORIES} >= {"ordinary", *(code for code, _ in _BEAUTIFUL)}


def pool(
    seed: int,
    space: MsisdnSpace,
    lines: int,
    quarantined: Sequence[tuple[str, int]],
    stamp: Stamp,
) -> Rows:
    """Ordinary numbers from the end of ``space`` (lines take it from the start), memorable
    numbers in codes of their own, and the recently released numbers of ``quarantined``."""
    rng = random.Random(f"pool:{seed}")
    rows = empty_rows()
    out = rows["pool_number"]
    for index in range(max(300, lines // 20)):
        msisdn = space.number(space.size - 1 - index)
        out.append((len(out) + 1, msisdn, msisdn[:0:-1], "ordinary", _FREE, None))
    seen: set[str] = set()
    for category, target in _BEAUTIFUL:
        made = 0
        while made < target:
            msisdn = _beautiful(rng, category)
            if msisdn in seen:
                continue
            seen.add(msisdn)
            made += 1
            out.append((len(out) + 1, msisdn, msisdn[:0:-1], category, _FREE, None))
    for msisdn, released in quarantined:
        until = stamp(released + QUARANTINE_DAYS * DAY)
        out.append((len(out) + 1, msisdn, msisdn[:0:-1], "ordinary", _QUARANTINE, until))
    return rows


def _beautiful(rng: random.Random, category: str) -> str:
    """A memorable number of the category, in the codes kept for such numbers."""
    code = rng.choice(vocab.BEAUTIFUL_NUMBER_CODES)
    a, b, c = rng.sample("0123456789", 3)
    if category == "platinum":
        local = a * 7
    elif category == "gold":
        local = f"{a}{b}{c}{a * 4}" if rng.random() < 0.5 else f"{a}{b}{c}{b}0{b}0"
        local = f"{rng.randrange(1000):03d}{a * 4}" if rng.random() < 0.5 else local
    elif category == "silver":
        local = f"{rng.randrange(1000):03d}{a}{b}{a}{b}"
    else:
        local = f"{rng.randrange(1000):03d}{a}{a}{b}{b}"
    return f"+7{code}{local}"

"""Lines (абонентские номера) with their SIMs, number history and service subscriptions.

A line's number comes from :class:`MsisdnSpace` by the line's id, so numbers never repeat
among lines; only a former owner's closed line shares the number a newer line holds now.
Archived tariffs are on lines connected while they were on sale, and debt is decided per
account by the caller, so every open line of an account in debt is blocked.
"""

from __future__ import annotations

import bisect
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from models import LineStatus, SimStatus
from workstation.demo import vocabulary as vocab
from workstation.demo.catalog import SERVICES, TARIFFS, ServiceSpec, TariffSpec
from workstation.demo.customers import Customer
from workstation.demo.days import DAY, HOUR, Stamp, iso, midnight
from workstation.demo.tables import Counters, Rows

QUARANTINE_DAYS = 90

ACTIVE, VOLUNTARY_BLOCK, DEBT_BLOCK, LOST_SIM_BLOCK, CLOSED = (
    s.value
    for s in (
        LineStatus.ACTIVE,
        LineStatus.VOLUNTARY_BLOCK,
        LineStatus.DEBT_BLOCK,
        LineStatus.LOST_SIM_BLOCK,
        LineStatus.CLOSED,
    )
)
_SIM_ACTIVE, _SIM_REPLACED = SimStatus.ACTIVE.value, SimStatus.REPLACED.value
_SIM_REASONS = ("Утеря SIM-карты", "Повреждение SIM-карты", "Замена на eSIM")
_SIM_REASON_CUM = (5, 8, 10)
_SERVICES_WANTED_CUM = (25, 55, 77, 91, 100)  # 0 … 4 services on a line

Subscription = tuple[int, ServiceSpec, int, int | None]
"""Service id, the service, started and ended (epoch seconds)."""


@dataclass(slots=True)
class LinePlan:
    """What the generator decided about a line before drawing its usage and charges.

    ``activated`` and ``stop`` (the day usage stops: block or closure) are day ordinals.
    """

    id: int
    msisdn: str
    account_id: int
    tariff: TariffSpec
    status: str
    activated: int
    stop: int | None
    closed_at: int | None
    region: vocab.Region
    offset_s: int
    row_index: int
    subscriptions: list[Subscription] = field(default_factory=list)
    with_usage: bool = False


class MsisdnSpace:
    """A bijection from line numbers to the operator's mobile numbers.

    An affine map modulo the size of the number space spreads consecutive lines over all
    codes and digits, never giving one number twice.
    """

    def __init__(self, codes: tuple[str, ...], seed: int) -> None:
        self.codes = codes
        self.size = len(codes) * 10_000_000
        rng = random.Random(f"msisdn:{seed}")
        multiplier = rng.randrange(self.size // 3, self.size - 1)
        while math.gcd(multiplier, self.size) != 1:
            multiplier += 1
        self.multiplier = multiplier
        self.shift = rng.randrange(self.size)

    def number(self, index: int) -> str:
        value = (index * self.multiplier + self.shift) % self.size
        code, local = divmod(value, 10_000_000)
        return f"+7{self.codes[code]}{local:07d}"


class LineDrawer:
    """Makes lines, SIMs, number assignments and subscriptions for one build."""

    def __init__(
        self,
        *,
        seed: int,
        window_start: int,
        as_of_day: int,
        as_of_ts: int,
        usage_lines: int | None,
        tariff_ids: dict[str, int],
        service_ids: dict[str, int],
        counters: Counters,
        stamp: Stamp,
    ) -> None:
        self.window_start = window_start
        self.as_of_day = as_of_day
        self.as_of_ts = as_of_ts
        self.usage_lines = usage_lines
        self.tariff_ids = tariff_ids
        self.service_ids = service_ids
        self.counters = counters
        self.stamp = stamp
        self.space = MsisdnSpace(vocab.OWN_MOBILE_CODES, seed)
        self.sim_serial = random.Random(f"sim:{seed}").randrange(10**11)
        self.consumer_tariffs = [t for t in TARIFFS if not t.for_business]
        self.business_tariffs = [t for t in TARIFFS if t.for_business]
        self.consumer_cum = _cumulative([t.popularity for t in self.consumer_tariffs])
        self.business_cum = _cumulative([t.popularity for t in self.business_tariffs])
        self.tariff_days = {
            t.code: (
                t.introduced_on.toordinal(),
                t.archived_on.toordinal() if t.archived_on else None,
            )
            for t in TARIFFS
        }
        self.allowed: dict[str, tuple[list[ServiceSpec], list[float]]] = {}
        for tariff in TARIFFS:
            services = [s for s in SERVICES if tariff.code in s.allowed_on]
            self.allowed[tariff.code] = (services, _cumulative([s.popularity for s in services]))
        self.quarantined: list[tuple[str, int]] = []
        """Numbers of lines closed in the last :data:`QUARANTINE_DAYS`, with when."""

    def line(
        self,
        rng: random.Random,
        rows: Rows,
        account_id: int,
        customer: Customer,
        opened: int,
        in_debt: bool,
    ) -> LinePlan:
        """A line of the account opened on day ``opened``, with its SIMs and services."""
        r = rng.random
        customer_id, region, offset = customer.id, customer.region, customer.offset_s
        c = self.counters
        c.line += 1
        line_id = c.line
        if customer.business:
            tariffs, cum = self.business_tariffs, self.business_cum
        else:
            tariffs, cum = self.consumer_tariffs, self.consumer_cum
        tariff = tariffs[bisect.bisect_right(cum, r() * cum[-1])]
        activated = self._activation(rng, tariff, opened)
        status, stop, closed_at, block_until = self._status(rng, activated, in_debt, offset)
        msisdn = self.space.number(line_id - 1)
        reversed_msisdn = msisdn[:0:-1]
        changed = midnight(stop or activated, offset) + (8 + int(r() * 14)) * HOUR
        tariff_id = self.tariff_ids[tariff.code]
        stamp = self.stamp
        closed_text = None if closed_at is None else stamp(closed_at)
        line_rows = rows["line"]
        line_rows.append(
            (
                line_id,
                msisdn,
                reversed_msisdn,
                account_id,
                tariff_id,
                status,
                iso(activated),
                stamp(changed),
                block_until,
                closed_text,
                1,
            )
        )
        c.assignment += 1
        rows["number_assignment"].append(
            (
                c.assignment,
                msisdn,
                reversed_msisdn,
                line_id,
                customer_id,
                stamp(midnight(activated, offset) + 11 * HOUR),
                closed_text,
            )
        )
        self._sims(rng, rows, line_id, activated, offset)
        plan = LinePlan(
            id=line_id,
            msisdn=msisdn,
            account_id=account_id,
            tariff=tariff,
            status=status,
            activated=activated,
            stop=stop,
            closed_at=closed_at,
            region=region,
            offset_s=offset,
            row_index=len(line_rows) - 1,
            with_usage=self.usage_lines is None or line_id <= self.usage_lines,
        )
        if closed_at is not None and closed_at > self.as_of_ts - QUARANTINE_DAYS * DAY:
            self.quarantined.append((msisdn, closed_at))
        self._subscriptions(rng, rows, plan)
        return plan

    def _activation(self, rng: random.Random, tariff: TariffSpec, opened: int) -> int:
        """A day the line could have been connected on: archived plans only while on sale."""
        introduced, archived = self.tariff_days[tariff.code]
        earliest = max(opened, introduced)
        latest = min(self.as_of_day - 1, archived or self.as_of_day)
        if latest < earliest:
            earliest = latest - 30
        if rng.random() < 0.12 and latest >= self.window_start > earliest:
            earliest = self.window_start
        return earliest + int(rng.random() * (latest - earliest + 1))

    def _status(
        self, rng: random.Random, activated: int, in_debt: bool, offset: int
    ) -> tuple[str, int | None, int | None, str | None]:
        """Status, the day usage stopped, when it was closed, and the end of a voluntary block."""
        r = rng.random
        roll = r()
        recent = max(activated + 1, self.as_of_day - 45)
        if recent > self.as_of_day:
            return ACTIVE, None, None, None
        day = recent + int(r() * max(1, self.as_of_day - recent))
        if roll < 0.05:
            closed_day = activated + 1 + int(r() * max(1, self.as_of_day - activated - 1))
            closed_ts = midnight(closed_day, offset) + (9 + int(r() * 12)) * HOUR
            return CLOSED, closed_day, closed_ts, None
        if in_debt:
            return DEBT_BLOCK, day, None, None
        if roll < 0.06:
            return LOST_SIM_BLOCK, day, None, None
        if roll < 0.09:
            until = None
            if r() < 0.7:
                until = iso(day + 14 + int(r() * 107))
            return VOLUNTARY_BLOCK, day, None, until
        return ACTIVE, None, None, None

    def _sims(
        self, rng: random.Random, rows: Rows, line_id: int, activated: int, offset: int
    ) -> None:
        r = rng.random
        installed = midnight(activated, offset) + (9 + int(r() * 12)) * HOUR
        if r() < 0.06:
            span = max(2, self.as_of_day - activated)
            replaced = installed + (1 + int(r() * (span - 1))) * DAY
            reason = _SIM_REASONS[bisect.bisect_right(_SIM_REASON_CUM, r() * 10)]
            self.sim(rng, rows, line_id, _SIM_REPLACED, installed, replaced, reason)
            installed = replaced
        self.sim(rng, rows, line_id, _SIM_ACTIVE, installed, None, None)

    def sim(
        self,
        rng: random.Random,
        rows: Rows,
        line_id: int,
        status: str,
        installed: int,
        replaced: int | None,
        reason: str | None,
    ) -> None:
        r = rng.random
        self.counters.sim += 1
        sim_id = self.counters.sim
        serial = (self.sim_serial + sim_id * 7_919) % 10**12
        iccid = iccid_of(serial)
        rows["sim"].append(
            (
                sim_id,
                line_id,
                iccid,
                iccid[::-1],
                f"25001{(serial * 3) % 10**10:010d}",
                f"{int(r() * 1e4):04d}",
                f"{int(r() * 1e8):08d}",
                f"{int(r() * 1e4):04d}",
                f"{int(r() * 1e8):08d}",
                status,
                self.stamp(installed),
                None if replaced is None else self.stamp(replaced),
                reason,
            )
        )

    def former_owner(
        self,
        rng: random.Random,
        rows: Rows,
        current: LinePlan,
        holder: tuple[int, int, int, bool],
    ) -> None:
        """Give an earlier customer a closed line whose number the ``current`` line holds now."""
        customer_id, account_id, offset, business = holder
        r = rng.random
        released = current.activated - QUARANTINE_DAYS - 5 - int(r() * (700 - QUARANTINE_DAYS - 4))
        activated = released - 200 - int(r() * 1801)
        tariffs = self.business_tariffs if business else self.consumer_tariffs
        tariff = tariffs[int(r() * len(tariffs))]
        self.counters.line += 1
        line_id = self.counters.line
        closed = self.stamp(midnight(released, offset) + 12 * HOUR)
        msisdn = current.msisdn
        rows["line"].append(
            (
                line_id,
                msisdn,
                msisdn[:0:-1],
                account_id,
                self.tariff_ids[tariff.code],
                CLOSED,
                iso(activated),
                closed,
                None,
                closed,
                1,
            )
        )
        assigned = midnight(activated, offset) + 11 * HOUR
        self.counters.assignment += 1
        rows["number_assignment"].append(
            (
                self.counters.assignment,
                msisdn,
                msisdn[:0:-1],
                line_id,
                customer_id,
                self.stamp(assigned),
                closed,
            )
        )
        self.sim(rng, rows, line_id, _SIM_ACTIVE, assigned, None, None)

    def _subscriptions(self, rng: random.Random, rows: Rows, plan: LinePlan) -> None:
        r = rng.random
        allowed, cum = self.allowed[plan.tariff.code]
        wanted = bisect.bisect_right(_SERVICES_WANTED_CUM, r() * 100)
        if not wanted:
            return
        groups: set[str] = set()
        chosen: set[str] = set()
        start_floor = midnight(plan.activated, plan.offset_s) + 12 * HOUR
        end_ceiling = plan.closed_at or self.as_of_ts
        out = rows["service_subscription"]
        for _ in range(wanted * 2):
            if len(chosen) >= wanted:
                break
            service = allowed[bisect.bisect_right(cum, r() * cum[-1])]
            if service.code in chosen or (service.group and service.group in groups):
                continue
            if not service.available and r() < 0.7:
                continue
            chosen.add(service.code)
            if service.group:
                groups.add(service.group)
            span = max(DAY, end_ceiling - start_floor)
            started = start_floor + (int(r() * span) if r() < 0.5 else 0)
            started = min(started, end_ceiling - HOUR)
            ended = None
            if r() < 0.15 and end_ceiling - started > 2 * DAY:
                ended = started + DAY + int(r() * (end_ceiling - started - DAY))
            if plan.closed_at and ended is None:
                ended = plan.closed_at
            self.counters.subscription += 1
            service_id = self.service_ids[service.code]
            out.append(
                (
                    self.counters.subscription,
                    plan.id,
                    service_id,
                    self.stamp(started),
                    None if ended is None else self.stamp(ended),
                )
            )
            plan.subscriptions.append((service_id, service, started, ended))


_ICCID_PREFIX = "8970101"  # 89 telecom, 7 Russia, 01 the operator, 01 the card maker
_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)  # a digit doubled by Luhn, its digits summed


def _luhn_sum(digits: str) -> int:
    """Luhn's sum of ``digits`` counted from the right, the rightmost doubled."""
    return sum(
        _DOUBLED[int(char)] if index % 2 == 0 else int(char)
        for index, char in enumerate(reversed(digits))
    )


# The 19 digits before the check digit are the prefix and a 12-digit serial: in both the
# prefix and each group of four digits of the serial, the rightmost digit is doubled, so
# the sum is a sum of table entries. That is what makes a million ICCIDs cheap.
_PREFIX_SUM = _luhn_sum(_ICCID_PREFIX)
_GROUP_SUM = tuple(_luhn_sum(f"{n:04d}") for n in range(10_000))


def iccid_of(serial: int) -> str:
    """The ICCID of a SIM card's 12-digit serial, with its Luhn check digit."""
    high, rest = divmod(serial, 10**8)
    middle, low = divmod(rest, 10**4)
    total = _PREFIX_SUM + _GROUP_SUM[high] + _GROUP_SUM[middle] + _GROUP_SUM[low]
    return f"{_ICCID_PREFIX}{serial:012d}{(10 - total % 10) % 10}"


def _cumulative(weights: Sequence[float]) -> list[float]:
    out, total = [], 0.0
    for weight in weights:
        total += weight
        out.append(total)
    return out

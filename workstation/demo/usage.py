"""Usage detail: a line's calls, messages and data sessions, rated by its tariff.

Allowances (the tariff's plus any packages subscribed that month) are used up first;
calls are charged by the started minute, data beyond the allowance by the started
megabyte, incoming calls are free at home. What the records cost is summed per period
and category, and those sums become the line's usage charges, so a charge always equals
its records.

This is the innermost loop of the demo base: four to five records per line and day, so
hundreds of millions of random draws for a large base. It therefore works on integers and
tables made once per build: a day's count of events is one draw against a Poisson table,
a moment of the day is one draw against the hourly rhythm, a call's length or a session's
volume is one draw against a table of lognormal quantiles.
"""

from __future__ import annotations

import bisect
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from statistics import NormalDist

from models import ChargeCategory, Direction, UsageKind, Zone
from workstation.demo import vocabulary as vocab
from workstation.demo.customers import local_number
from workstation.demo.days import DAY, Period, Stamp, midnight, next_month, weekday
from workstation.demo.lines import ACTIVE, LinePlan
from workstation.demo.tables import Row

MB = 1_048_576
DATA_CAP = 3 * 1024 * MB
MAX_CALL_S = 5_400

# Share of events by local hour of day (calls and messages; data is flatter).
_CALL_HOURS = (1, 0, 0, 0, 0, 1, 3, 6, 9, 11, 12, 12, 12, 12, 11, 11, 11, 12, 12, 11, 9, 7, 4, 2)
_DATA_HOURS = (4, 2, 1, 1, 1, 2, 4, 7, 9, 9, 8, 8, 9, 8, 8, 8, 8, 9, 10, 11, 12, 12, 10, 7)
_WEEKDAY_CALLS = (1.0, 1.0, 1.0, 1.0, 1.05, 0.8, 0.7)
_WEEKDAY_DATA = (0.95, 0.95, 0.95, 0.95, 1.0, 1.2, 1.25)
# How much a subscriber uses compared with the average one.
_ACTIVITY = (0.35, 0.6, 1.0, 1.0, 1.4, 2.2)
_DATA_ACTIVITY_PAYG = (0.1, 0.2, 0.4)
_DATA_ACTIVITY = (0.5, 1.0, 1.0, 1.6)
_ROAMING_DAMP = 0.4
_CALLS_A_DAY = 2.4
_SMS_A_DAY = 0.8
_SESSIONS_A_DAY = 1.8
_MMS_CHANCE = 0.01

_PACK_MINUTES = {"MIN_100": 100, "MIN_300": 300}
_PACK_SMS = {"SMS_100": 100, "SMS_500": 500}
_PACK_DATA_GB = {"DATA_5": 5, "DATA_15": 15, "DATA_30": 30}

VOICE, SMS, MMS, DATA = (
    k.value for k in (UsageKind.VOICE, UsageKind.SMS, UsageKind.MMS, UsageKind.DATA)
)
OUT, IN = Direction.OUTGOING.value, Direction.INCOMING.value
HOME, RUSSIA, INTERNATIONAL, ROAMING = (
    z.value for z in (Zone.HOME, Zone.RUSSIA, Zone.INTERNATIONAL, Zone.ROAMING)
)
# The usage charge categories, in the order the sums are kept and charged.
USAGE_CATEGORIES = (
    ChargeCategory.VOICE.value,
    ChargeCategory.SMS.value,
    ChargeCategory.DATA.value,
    ChargeCategory.ROAMING.value,
)
_C_VOICE, _C_SMS, _C_DATA, _C_ROAMING = range(4)  # places in a period's costs
# Kinds of event, kept in the two low bits of an event (seconds after midnight × 4 + kind).
_E_CALL, _E_SMS, _E_DATA, _E_MMS = range(4)

Costs = dict[int, list[int]]
"""Cost per period index: voice, SMS, data and roaming, in kopecks."""

Contacts = tuple[list[str], list[str], list[float]]
"""The people a line talks to: numbers, their zones, cumulative weights."""


def _poisson_table(lam: float) -> list[float]:
    """The cumulative distribution of Poisson(``lam``), for one-draw sampling with bisect."""
    table: list[float] = []
    term = total = math.exp(-lam)
    k = 0
    while total < 1 - 1e-12:
        table.append(total)
        k += 1
        term *= lam / k
        total += term
    table.append(1.0)
    return table


class _DayRhythm:
    """Moments of a day: the hour drawn by its weight, the second uniform within the hour."""

    def __init__(self, weights: Sequence[int]) -> None:
        self.cumulative: list[float] = []
        self.starts: list[float] = []
        self.scales: list[float] = []
        total = 0.0
        for weight in weights:
            self.starts.append(total)
            total += weight
            self.cumulative.append(total)
            self.scales.append(3600 / weight if weight else 0.0)
        self.total = total

    def moment(self, r: Callable[[], float]) -> int:
        """Seconds after midnight."""
        u = r() * self.total
        hour = bisect.bisect_right(self.cumulative, u)
        return hour * 3600 + int((u - self.starts[hour]) * self.scales[hour])


class _Quantiles:
    """A lognormal distribution as evenly spaced quantiles, one uniform draw per value."""

    def __init__(self, mu: float, sigma: float, count: int = 4096) -> None:
        normal = NormalDist(mu, sigma)
        self.points = [math.exp(normal.inv_cdf((i + 0.5) / (count + 1))) for i in range(count + 1)]
        self.count = count

    def draw(self, u: float) -> int:
        """The value at ``u`` in [0, 1), interpolated between the two nearest quantiles."""
        x = u * self.count
        i = int(x)
        low = self.points[i]
        return int(low + (x - i) * (self.points[i + 1] - low))


@dataclass(frozen=True, slots=True)
class _Habits:
    """How a line is used: how often a day, whom it calls, and whether it went abroad."""

    calls: list[list[list[float]]]  # Poisson table by weekday and whether abroad
    messages: list[list[float]]  # by whether abroad
    sessions: list[list[float]]  # by weekday
    mms_chance: float
    numbers: list[str]
    zones: list[str]
    weights: list[float]  # cumulative
    trip: tuple[int, int, str] | None  # first and last day abroad, the country


class UsageDrawer:
    """Draws and rates the usage of lines for one build (the window and tariffs fixed)."""

    def __init__(self, periods: Sequence[Period], as_of_day: int, as_of_ts: int, stamp: Stamp):
        self.periods = periods
        self.window_start = periods[0].first
        self.as_of_day = as_of_day
        self.as_of_ts = as_of_ts
        self.stamp = stamp
        self.calls = {
            a: [
                [_poisson_table(_CALLS_A_DAY * a * w * damp) for damp in (1.0, _ROAMING_DAMP)]
                for w in _WEEKDAY_CALLS
            ]
            for a in set(_ACTIVITY)
        }
        self.messages = {
            a: [_poisson_table(_SMS_A_DAY * a * damp) for damp in (1.0, _ROAMING_DAMP)]
            for a in set(_ACTIVITY)
        }
        self.sessions = {
            a: [_poisson_table(_SESSIONS_A_DAY * a * w) for w in _WEEKDAY_DATA]
            for a in {*_DATA_ACTIVITY_PAYG, *_DATA_ACTIVITY}
        }
        self.call_rhythm = _DayRhythm(_CALL_HOURS)
        self.data_rhythm = _DayRhythm(_DATA_HOURS)
        self.call_seconds = _Quantiles(4.1, 1.05)
        self.volumes = _Quantiles(16.9, 1.25)
        self.volumes_payg = _Quantiles(15.2, 1.25)
        self.volumes_abroad = _Quantiles(14.5, 1.0)
        self.intl_cum = _cumulative([w for _, w in vocab.INTERNATIONAL_CODES])
        self.roam_cum = _cumulative([w for *_, w in vocab.ROAMING_COUNTRIES])
        self.country_codes = {iso: code for iso, code, _ in vocab.ROAMING_COUNTRIES}
        self.all_mobile_codes = vocab.OWN_MOBILE_CODES + vocab.OTHER_MOBILE_CODES

    def draw(
        self, rng: random.Random, out: list[Row], next_id: int, plan: LinePlan
    ) -> tuple[Costs, int]:
        """Append the line's records to ``out``, ids from ``next_id``; return costs and next id."""
        costs: Costs = {}
        first = max(self.window_start, plan.activated)
        last = self.as_of_day
        if plan.stop is not None and plan.status != ACTIVE:
            last = min(last, plan.stop - 1)
        if first > last:
            return costs, next_id
        r = rng.random
        habits = self._habits(rng, plan, first, last)
        trip_first, trip_last, country = habits.trip or (0, -1, None)
        country_code = self.country_codes[country] if country else ""
        tariff, line_id, stamp, append = plan.tariff, plan.id, self.stamp, out.append
        numbers, zones, weights = habits.numbers, habits.zones, habits.weights
        as_of = self.as_of_ts
        volume_at = (self.volumes_payg if tariff.monthly_fee == 0 else self.volumes).draw
        volume_abroad_at, seconds_at = self.volumes_abroad.draw, self.call_seconds.draw
        uid = next_id
        month_end = first - 1
        minutes_left = sms_left = data_left = 0
        month_cost = [0, 0, 0, 0]
        day_start = midnight(first, plan.offset_s)
        wd = weekday(first)
        for day in range(first, last + 1):
            if day > month_end:
                index = next(i for i, p in enumerate(self.periods) if p.first <= day <= p.last)
                month_end = self.periods[index].last
                minutes_left, sms_left, data_left = self.allowances(plan, self.periods[index])
                month_cost = costs.setdefault(index, [0, 0, 0, 0])
            abroad = trip_first <= day <= trip_last
            for event in self._day(r, habits, wd, abroad):
                started = day_start + (event >> 2)
                if started >= as_of:
                    break
                what = event & 3
                if what == _E_DATA:
                    if abroad:
                        volume = volume_abroad_at(r())
                        cost = -(-volume // MB) * tariff.roaming_data_mb
                        month_cost[_C_ROAMING] += cost
                        zone = ROAMING
                    else:
                        volume = min(DATA_CAP, volume_at(r()))
                        free = min(volume, data_left)
                        data_left -= free
                        cost = -(-(volume - free) // MB) * tariff.data_mb_price
                        month_cost[_C_DATA] += cost
                        zone = HOME
                    append(
                        (
                            uid,
                            line_id,
                            stamp(started),
                            DATA,
                            OUT,
                            "internet",
                            None,
                            volume,
                            zone,
                            country,
                            cost,
                        )
                    )
                    uid += 1
                    continue
                # A call or a message: who is on the other end.
                outgoing = r() < (0.55 if what == _E_CALL else 0.5)
                if abroad:
                    zone = ROAMING
                    if r() < 0.3:
                        party = f"+{country_code}{int(r() * 1e9):09d}"
                    else:
                        party = numbers[bisect.bisect_right(weights, r() * weights[-1])]
                elif r() < 0.85:
                    index = bisect.bisect_right(weights, r() * weights[-1])
                    party, zone = numbers[index], zones[index]
                else:
                    code = vocab.OTHER_MOBILE_CODES[int(r() * len(vocab.OTHER_MOBILE_CODES))]
                    party, zone = f"+7{code}{int(r() * 1e7):07d}", HOME
                direction = OUT if outgoing else IN
                if what == _E_CALL:
                    duration = min(MAX_CALL_S, max(3, seconds_at(r())))
                    minutes = -(-duration // 60)
                    if zone == ROAMING:
                        price = tariff.roaming_voice if outgoing else tariff.roaming_voice // 2
                        cost = minutes * price
                        month_cost[_C_ROAMING] += cost
                    elif not outgoing:
                        cost = 0
                    elif zone == INTERNATIONAL:
                        cost = minutes * tariff.voice_international
                        month_cost[_C_VOICE] += cost
                    else:
                        free = min(minutes, minutes_left)
                        minutes_left -= free
                        price = tariff.voice_home if zone == HOME else tariff.voice_russia
                        cost = (minutes - free) * price
                        month_cost[_C_VOICE] += cost
                    append(
                        (
                            uid,
                            line_id,
                            stamp(started),
                            VOICE,
                            direction,
                            party,
                            duration,
                            None,
                            zone,
                            country,
                            cost,
                        )
                    )
                else:
                    if not outgoing:
                        cost = 0
                    elif zone == ROAMING:
                        cost = tariff.roaming_sms
                    elif what == _E_MMS:
                        cost = tariff.mms
                    elif zone == INTERNATIONAL:
                        cost = tariff.sms_international
                    elif sms_left:
                        sms_left -= 1
                        cost = 0
                    else:
                        cost = tariff.sms_home
                    month_cost[_C_ROAMING if zone == ROAMING else _C_SMS] += cost
                    kind = SMS if what == _E_SMS else MMS
                    append(
                        (
                            uid,
                            line_id,
                            stamp(started),
                            kind,
                            direction,
                            party,
                            None,
                            None,
                            zone,
                            country,
                            cost,
                        )
                    )
                uid += 1
            day_start += DAY
            wd = 0 if wd == 6 else wd + 1
        return costs, uid

    def _habits(self, rng: random.Random, plan: LinePlan, first: int, last: int) -> _Habits:
        r = rng.random
        activity = _ACTIVITY[int(r() * len(_ACTIVITY))]
        data_choices = _DATA_ACTIVITY_PAYG if plan.tariff.monthly_fee == 0 else _DATA_ACTIVITY
        data_activity = data_choices[int(r() * len(data_choices))]
        numbers, zones, weights = self.contacts(rng, plan.region)
        return _Habits(
            calls=self.calls[activity],
            messages=self.messages[activity],
            sessions=self.sessions[data_activity],
            mms_chance=_MMS_CHANCE * activity,
            numbers=numbers,
            zones=zones,
            weights=weights,
            trip=self.trip(rng, first, last),
        )

    def _day(self, r: Callable[[], float], habits: _Habits, wd: int, abroad: bool) -> list[int]:
        """The day's events in order of time, each as seconds after midnight × 4 + kind."""
        events: list[int] = []
        add = events.append
        bisect_right = bisect.bisect_right
        rhythm = self.call_rhythm
        cumulative, starts, scales, total = (
            rhythm.cumulative,
            rhythm.starts,
            rhythm.scales,
            rhythm.total,
        )
        calls = bisect_right(habits.calls[wd][abroad], r())
        messages = bisect_right(habits.messages[abroad], r())
        for kind in (_E_CALL,) * calls + (_E_SMS,) * messages:
            u = r() * total
            hour = bisect_right(cumulative, u)
            add((hour * 3600 + int((u - starts[hour]) * scales[hour])) * 4 + kind)
        rhythm = self.data_rhythm
        cumulative, starts, scales, total = (
            rhythm.cumulative,
            rhythm.starts,
            rhythm.scales,
            rhythm.total,
        )
        for _ in range(bisect_right(habits.sessions[wd], r())):
            u = r() * total
            hour = bisect_right(cumulative, u)
            add((hour * 3600 + int((u - starts[hour]) * scales[hour])) * 4 + _E_DATA)
        if r() < habits.mms_chance:
            add(self.call_rhythm.moment(r) * 4 + _E_MMS)
        events.sort()
        return events

    def allowances(self, plan: LinePlan, period: Period) -> tuple[int, int, int]:
        """Minutes, messages and bytes included for the month, packages subscribed counted."""
        tariff = plan.tariff
        minutes, sms, data = tariff.minutes, tariff.sms, tariff.data_mb * MB
        month_start = midnight(period.first, plan.offset_s)
        month_end = midnight(next_month(period.first), plan.offset_s)
        for _, service, started, ended in plan.subscriptions:
            if started < month_end and (ended is None or ended > month_start):
                minutes += _PACK_MINUTES.get(service.code, 0)
                sms += _PACK_SMS.get(service.code, 0)
                data += _PACK_DATA_GB.get(service.code, 0) * 1024 * MB
        return minutes, sms, data

    def contacts(self, rng: random.Random, region: vocab.Region) -> Contacts:
        """The people a subscriber talks to, most often to a few of them."""
        r = rng.random
        numbers: list[str] = []
        zones: list[str] = []
        for _ in range(4 + int(r() * 22)):
            roll = r()
            if roll < 0.55:
                code = self.all_mobile_codes[int(r() * len(self.all_mobile_codes))]
                number, zone = f"+7{code}{int(r() * 1e7):07d}", HOME
            elif roll < 0.75:
                number, zone = local_number(rng, region.area_code), HOME
            elif roll < 0.95:
                other = vocab.REGIONS[int(r() * len(vocab.REGIONS))]
                number = local_number(rng, other.area_code)
                zone = HOME if other is region else RUSSIA
            else:
                code = vocab.INTERNATIONAL_CODES[
                    bisect.bisect_right(self.intl_cum, r() * self.intl_cum[-1])
                ][0]
                number, zone = f"+{code}{int(r() * 1e9):09d}", INTERNATIONAL
            numbers.append(number)
            zones.append(zone)
        return numbers, zones, _HARMONIC[len(numbers)]

    def trip(self, rng: random.Random, first: int, last: int) -> tuple[int, int, str] | None:
        """A journey abroad within the days, for some lines: first and last day, country."""
        span = last - first
        r = rng.random
        if span < 5 or r() > 0.08:
            return None
        start = first + int(r() * (span - 2))
        end = min(last, start + 3 + int(r() * 10))
        country = vocab.ROAMING_COUNTRIES[
            bisect.bisect_right(self.roam_cum, r() * self.roam_cum[-1])
        ][0]
        return start, end, country


def _cumulative(weights: Sequence[float]) -> list[float]:
    out, total = [], 0.0
    for weight in weights:
        total += weight
        out.append(total)
    return out


# A subscriber talks to the n-th person of the list in proportion to 1/n.
_HARMONIC = {n: _cumulative([1 / (rank + 1) for rank in range(n)]) for n in range(4, 26)}

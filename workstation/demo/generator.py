"""Deterministic demo subscribers, chunk by chunk: who they are, their accounts and lines.

Everything is drawn from one ``random.Random`` per chunk of customers, seeded from the
seed and the chunk's number, and consumed in a fixed order; ids are counters. The same
arguments therefore give the same rows on any database and in any process. Rows are
plain tuples in the column order of :data:`~workstation.demo.tables.COLUMNS`.

The parts live beside this module: :mod:`.customers`, :mod:`.lines`, :mod:`.usage`,
:mod:`.billing`, :mod:`.contacts` and :mod:`.number_pool`; this one decides, per customer,
how many accounts and lines there are and calls them in order.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from models import AccountStatus
from workstation.demo import vocabulary as vocab
from workstation.demo.billing import Billing
from workstation.demo.contacts import ContactHistory
from workstation.demo.customers import Customer, CustomerDrawer
from workstation.demo.days import HOUR, Period, midnight, moment_text, periods
from workstation.demo.lines import ACTIVE, CLOSED, DEBT_BLOCK, LineDrawer, LinePlan
from workstation.demo.number_pool import pool
from workstation.demo.tables import Counters, Rows, empty_rows
from workstation.demo.usage import Costs, UsageDrawer

CHUNK_CUSTOMERS = 500
_ACCOUNT_ACTIVE, _ACCOUNT_CLOSED = AccountStatus.ACTIVE.value, AccountStatus.CLOSED.value
# A customer that an earlier one of the chunk may have given a number up to.
_Holder = tuple[int, int, int, bool]


@dataclass(frozen=True)
class DemoSpec:
    """What to build: ``subscribers`` customers with ``months`` months of history to ``as_of``."""

    subscribers: int
    months: int
    seed: int
    as_of: datetime
    usage_lines: int | None = None
    code_word_hash: str | None = None
    agent_ids: tuple[int, ...] = ()

    def periods(self) -> tuple[Period, ...]:
        """The billing months with history, oldest first; the last is the current one."""
        return periods(self.as_of.date(), self.months)

    @property
    def chunk_count(self) -> int:
        return -(-self.subscribers // CHUNK_CUSTOMERS)


class DemoGenerator:
    """Builds the demo rows chunk by chunk; moments are written as ``dialect`` stores them."""

    def __init__(
        self,
        spec: DemoSpec,
        tariff_ids: dict[str, int],
        service_ids: dict[str, int],
        dialect: str,
    ) -> None:
        self.spec = spec
        self.counters = Counters()
        self.periods = spec.periods()
        self.as_of_ts = int(spec.as_of.timestamp())
        self.as_of_day = spec.as_of.date().toordinal()
        stamp = moment_text(dialect)
        offsets = {
            r.time_zone: int(
                ZoneInfo(r.time_zone).utcoffset(datetime(2026, 1, 1)).total_seconds()  # type: ignore[union-attr]
            )
            for r in vocab.REGIONS
        }
        window_start = self.periods[0].first
        self.customers = CustomerDrawer(self.as_of_day, offsets, spec.code_word_hash, stamp)
        self.lines = LineDrawer(
            seed=spec.seed,
            window_start=window_start,
            as_of_day=self.as_of_day,
            as_of_ts=self.as_of_ts,
            usage_lines=spec.usage_lines,
            tariff_ids=tariff_ids,
            service_ids=service_ids,
            counters=self.counters,
            stamp=stamp,
        )
        self.usage = UsageDrawer(self.periods, self.as_of_day, self.as_of_ts, stamp)
        self.billing = Billing(self.periods, self.as_of_day, self.as_of_ts, self.counters, stamp)
        self.contacts = ContactHistory(
            midnight(window_start), self.as_of_ts, spec.agent_ids, self.counters, stamp
        )
        self.stamp = stamp

    def chunk(self, index: int) -> Rows:
        """The rows of chunk ``index``: ``CHUNK_CUSTOMERS`` customers and all they have.

        Chunks must be made in order, from 0, since ids continue from the chunk before.
        """
        start = index * CHUNK_CUSTOMERS
        count = min(CHUNK_CUSTOMERS, self.spec.subscribers - start)
        rng = random.Random(f"demo:{self.spec.seed}:{index}")
        r = rng.random
        rows = empty_rows()
        previous: list[_Holder] = []
        for _ in range(count):
            self.counters.customer += 1
            customer = self.customers.customer(rng, self.counters.customer)
            rows["customer"].append(customer.row)
            roll = r() * 100
            if customer.business:
                accounts = 1 if roll < 60 else 2 if roll < 90 else 3
            else:
                accounts = 1 if roll < 88 else 2 if roll < 97 else 3
            opened = customer.since
            for number in range(accounts):
                if number:
                    opened += 30 + int(r() * 871)
                    if opened >= self.as_of_day:
                        opened = self.as_of_day - 1 - int(r() * 20)
                last_line = self._account(rng, rows, customer, opened)
            previous.append(
                (customer.id, self.counters.account, customer.offset_s, customer.business)
            )
            if len(previous) > 1 and r() < 0.03:
                holder = previous[int(r() * (len(previous) - 1))]
                self.lines.former_owner(rng, rows, last_line, holder)
        return rows

    def _account(self, rng: random.Random, rows: Rows, customer: Customer, opened: int) -> LinePlan:
        """Write an account with its lines, charges, payments and invoices; return its last line."""
        r = rng.random
        c = self.counters
        c.account += 1
        account_id = c.account
        offset = customer.offset_s
        terms = self.customers.account_terms(rng, customer)
        opened_ts = midnight(opened, offset) + (9 + int(r() * 11)) * HOUR
        # Debt is decided per account: every open line of it is then blocked.
        in_debt = r() < 0.06
        lines = [
            self.lines.line(rng, rows, account_id, customer, opened, in_debt)
            for _ in range(terms.lines)
        ]
        open_lines = [p for p in lines if p.status != CLOSED]
        if in_debt and not any(p.tariff.monthly_fee for p in open_lines):
            # Nothing is charged on these lines: they cannot run into debt.
            in_debt = False
            line_rows = rows["line"]
            for plan in open_lines:
                if plan.status == DEBT_BLOCK:
                    plan.status = ACTIVE
                    plan.stop = None
                    row = line_rows[plan.row_index]
                    line_rows[plan.row_index] = (*row[:5], ACTIVE, *row[6:])
        credit = 0 if in_debt else terms.credit
        closed = not open_lines
        opening = 0 if in_debt else 100 * int(r() * 300)
        charges = [0] * len(self.periods)
        for plan in lines:
            usage: Costs = {}
            if plan.with_usage:
                usage, next_id = self.usage.draw(rng, rows["usage_record"], c.usage + 1, plan)
                c.usage = next_id - 1
            self.billing.line_charges(rows, plan, usage, charges)
        balance, paid = self.billing.payments(
            rng, rows, account_id, opening, charges, credit, in_debt, customer.business, offset
        )
        self.billing.invoices(rows, account_id, opening, charges, paid, offset)
        region = customer.region
        rows["personal_account"].append(
            (
                account_id,
                f"{region.code:02d}{account_id:010d}",
                f"{date.fromordinal(opened).year}-{region.code:02d}{account_id:07d}",
                customer.id,
                _ACCOUNT_CLOSED if closed else _ACCOUNT_ACTIVE,
                opening,
                balance,
                credit,
                region.time_zone,
                self.stamp(opened_ts),
                self.stamp(max(p.closed_at or 0 for p in lines)) if closed else None,
                terms.delivery,
                *terms.postal,
                terms.email,
                terms.fax,
                1,
            )
        )
        if r() < 0.08 and self.spec.agent_ids:
            self.contacts.interactions(rng, rows, customer.id, lines)
        return lines[-1]

    def finish(self) -> Rows:
        """What follows the last chunk: the number pool and today's unanswered callers."""
        rows = pool(
            self.spec.seed,
            self.lines.space,
            self.counters.line,
            self.lines.quarantined,
            self.stamp,
        )
        rng = random.Random(f"callbacks:{self.spec.seed}")
        for _ in range(min(25, max(3, self.spec.subscribers // 80))):
            index = rng.randrange(max(1, self.counters.line))
            created = self.as_of_ts - rng.randint(600, 6 * HOUR)
            self.contacts.callback(rng, rows, self.lines.space.number(index), None, None, created)
        return rows

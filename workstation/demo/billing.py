"""Charges, payments and invoices of an account, consistent to the kopeck.

Charges follow the tariff and the services: the monthly fee (pro rata for a part month),
the daily fee of a voluntary block after its free days, connection and periodic fees of
services, and one charge per period and usage category equal to its records' costs.
Payments are then drawn so that opening balance + payments − charges = balance, and so
that an account in debt ends below its credit limit while the others stay above it.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from models import ChargeCategory, FeePeriod, PaymentMethod
from workstation.demo.catalog import SERVICES, TARIFFS, ServiceSpec
from workstation.demo.days import DAY, HOUR, Period, Stamp, midnight
from workstation.demo.lines import ACTIVE, CLOSED, VOLUNTARY_BLOCK, LinePlan
from workstation.demo.tables import Counters, Rows
from workstation.demo.usage import USAGE_CATEGORIES, Costs

_SUBSCRIPTION = ChargeCategory.SUBSCRIPTION.value
_SERVICE = ChargeCategory.SERVICE.value
_USAGE_TEXT = dict(
    zip(
        USAGE_CATEGORIES,
        ("Звонки", "SMS и MMS", "Мобильный интернет", "Связь в роуминге"),
        strict=True,
    )
)
_BANK_TRANSFER = PaymentMethod.BANK_TRANSFER.value
_CONSUMER_METHODS = tuple(
    m.value for m in (PaymentMethod.BANK_CARD, PaymentMethod.TERMINAL, PaymentMethod.CASH)
)
_CONSUMER_METHOD_CUM = (70, 88, 100)
_REFERENCE_PREFIX = {m.value: m.value[:2].upper() for m in PaymentMethod}
_TOP_UPS = (0, 5000, 10000, 20000)  # what a subscriber pays beyond the amount due


def money_text(kopecks: int) -> str:
    """``1 234,50 ₽``: an amount as a charge's description shows it."""
    sign = "-" if kopecks < 0 else ""
    rub, kop = divmod(abs(kopecks), 100)
    return f"{sign}{rub:,}".replace(",", " ") + f",{kop:02d} ₽"


@dataclass(frozen=True, slots=True)
class _ServiceTerms:
    """What billing needs of a service, with its charge descriptions made once."""

    connection_fee: int
    fee: int
    monthly: bool
    daily: bool
    connection_text: str
    monthly_text: str
    daily_text: tuple[str, str]  # around the number of days

    @classmethod
    def of(cls, service: ServiceSpec) -> _ServiceTerms:
        return cls(
            connection_fee=service.connection_fee,
            fee=service.fee,
            monthly=service.fee_period == FeePeriod.MONTHLY,
            daily=service.fee_period == FeePeriod.DAILY,
            connection_text=f"Подключение услуги «{service.name}»",
            monthly_text=f"Услуга «{service.name}», ежемесячная плата",
            daily_text=(f"Услуга «{service.name}»: ", f" дн. × {money_text(service.fee)}"),
        )


class Billing:
    """Charges, payments and invoices for one build (the window fixed)."""

    def __init__(
        self,
        periods: Sequence[Period],
        as_of_day: int,
        as_of_ts: int,
        counters: Counters,
        stamp: Stamp,
    ) -> None:
        self.periods = periods
        self.as_of_day = as_of_day
        self.as_of_ts = as_of_ts
        self.counters = counters
        self.stamp = stamp
        self.services = {s.code: _ServiceTerms.of(s) for s in SERVICES}
        self.fee_texts = {t.code: f"Абонентская плата по тарифу «{t.name}»" for t in TARIFFS}
        self.block_texts = {t.code: f" дн. × {money_text(t.block_daily_fee)}" for t in TARIFFS}

    # -- charges -------------------------------------------------------------------------

    def line_charges(self, rows: Rows, plan: LinePlan, usage: Costs, totals: list[int]) -> None:
        """Write every charge of the line, period by period; add them to ``totals``."""
        add = rows["charge"].append
        stamp = self.stamp
        as_of_day, as_of_ts = self.as_of_day, self.as_of_ts
        tariff = plan.tariff
        monthly_fee, block_fee = tariff.monthly_fee, tariff.block_daily_fee
        offset, status, stop = plan.offset_s, plan.status, plan.stop
        account_id, line_id = plan.account_id, plan.id
        # The day the monthly fee stops, and the moment services stop, if they do.
        fee_stop = stop - 1 if stop is not None and status in (CLOSED, VOLUNTARY_BLOCK) else None
        blocked_from = (
            stop + tariff.block_free_days
            if stop is not None and status == VOLUNTARY_BLOCK and block_fee
            else None
        )
        services_stop = midnight(stop, offset) if stop is not None and status != ACTIVE else None
        subscriptions = [(sid, self.services[s.code], a, b) for sid, s, a, b in plan.subscriptions]
        charge_id = self.counters.charge
        for index, period in enumerate(self.periods):
            total = 0
            period_text = period.iso
            first = max(period.first, plan.activated)
            end = min(period.last, as_of_day)
            last = end if fee_stop is None or fee_stop > end else fee_stop
            if first <= last and monthly_fee:
                days = last - first + 1
                # The fee is taken on the first day of the month; a part month is pro rata.
                if first == period.first and (last == period.last or end == as_of_day):
                    fee, text = monthly_fee, self.fee_texts[tariff.code]
                else:
                    fee = monthly_fee * days // period.days
                    text = f"{self.fee_texts[tariff.code]} за {days} дн."
                if fee:
                    total += fee
                    charge_id += 1
                    at = stamp(midnight(first, offset) + 300)
                    add(
                        (
                            charge_id,
                            account_id,
                            line_id,
                            period_text,
                            _SUBSCRIPTION,
                            fee,
                            text,
                            at,
                            None,
                            None,
                        )
                    )
            if blocked_from is not None and max(period.first, blocked_from) <= end:
                days = end - max(period.first, blocked_from) + 1
                text = f"Добровольная блокировка: {days}{self.block_texts[tariff.code]}"
                total += block_fee * days
                charge_id += 1
                at = stamp(midnight(end, offset) + 23 * HOUR)
                add(
                    (
                        charge_id,
                        account_id,
                        line_id,
                        period_text,
                        _SERVICE,
                        block_fee * days,
                        text,
                        at,
                        None,
                        None,
                    )
                )
            period_start = midnight(period.first, offset)
            period_end = midnight(end + 1, offset)
            for service_id, terms, started, ended in subscriptions:
                until = period_end if ended is None or ended > period_end else ended
                if services_stop is not None and services_stop < until:
                    until = services_stop
                if started >= until or until <= period_start:
                    continue
                if terms.connection_fee and period_start <= started < period_end:
                    total += terms.connection_fee
                    charge_id += 1
                    add(
                        (
                            charge_id,
                            account_id,
                            line_id,
                            period_text,
                            _SERVICE,
                            terms.connection_fee,
                            terms.connection_text,
                            stamp(started),
                            service_id,
                            None,
                        )
                    )
                if not terms.fee:
                    continue
                since = started if started > period_start else period_start
                if terms.monthly:
                    amount, text, moment = terms.fee, terms.monthly_text, since + 600
                elif terms.daily:
                    days = max(1, -(-(until - since) // DAY))
                    amount = terms.fee * days
                    text = f"{terms.daily_text[0]}{days}{terms.daily_text[1]}"
                    moment = min(until, as_of_ts) - 60
                else:
                    continue
                total += amount
                charge_id += 1
                at = stamp(moment)
                add(
                    (
                        charge_id,
                        account_id,
                        line_id,
                        period_text,
                        _SERVICE,
                        amount,
                        text,
                        at,
                        service_id,
                        None,
                    )
                )
            costs = usage.get(index)
            if costs:
                at = stamp(min(period_end, as_of_ts) - 60)
                for category, amount in zip(USAGE_CATEGORIES, costs, strict=True):
                    if amount:
                        total += amount
                        charge_id += 1
                        text = _USAGE_TEXT[category]
                        add(
                            (
                                charge_id,
                                account_id,
                                line_id,
                                period_text,
                                category,
                                amount,
                                text,
                                at,
                                None,
                                None,
                            )
                        )
            totals[index] += total
        self.counters.charge = charge_id

    # -- payments and invoices -----------------------------------------------------------

    def payments(
        self,
        rng: random.Random,
        rows: Rows,
        account_id: int,
        opening: int,
        charges: list[int],
        credit: int,
        in_debt: bool,
        business: bool,
        offset: int,
    ) -> tuple[int, list[int]]:
        """Write the account's payments; return the final balance and the total per period."""
        paid = [0] * len(self.periods)
        if in_debt:
            # End below the limit: pay for all but a part of the charges.
            total_charges = sum(charges)
            shortfall = 100 + int(rng.random() * (max(100, min(150000, total_charges - 100)) - 99))
            budget = -credit - shortfall - opening + total_charges
            months = range(max(1, len(self.periods) - 1))
            total_weight = sum(charges[m] for m in months) or 1
            spent = 0
            for m in months:
                if m == months[-1]:
                    amount = budget - spent
                else:
                    amount = budget * charges[m] // total_weight // 1000 * 1000
                if amount > 0:
                    self._payment(rng, rows, account_id, amount, m, offset, business)
                    paid[m] += amount
                    spent += amount
            return opening + spent - total_charges, paid
        balance = opening
        r = rng.random
        for m, due in enumerate(charges):
            need = due - balance + _TOP_UPS[int(r() * len(_TOP_UPS))]
            # Enough on the account: most skip the month, and nobody pays 0 ₽.
            if need <= 0 and (not due or r() < 0.7):
                balance -= due
                continue
            need = max(need, due)
            if business:
                self._payment(rng, rows, account_id, need, m, offset, business)
                amount = need
            else:
                amount = -(-need // 10000) * 10000
                if amount >= 60000 and r() < 0.4:
                    part = amount // 2 // 10000 * 10000
                    self._payment(rng, rows, account_id, part, m, offset, business)
                    self._payment(rng, rows, account_id, amount - part, m, offset, business)
                else:
                    self._payment(rng, rows, account_id, amount, m, offset, business)
            paid[m] += amount
            balance += amount - due
        return balance, paid

    def _payment(
        self,
        rng: random.Random,
        rows: Rows,
        account_id: int,
        amount: int,
        index: int,
        offset: int,
        business: bool,
    ) -> None:
        r = rng.random
        period = self.periods[index]
        last_day = min(period.last, self.as_of_day)
        day = period.first + int(r() * (last_day - period.first + 1))
        at = min(midnight(day, offset) + 7 * HOUR + int(r() * (16 * HOUR + 1)), self.as_of_ts - 60)
        if business:
            method = _BANK_TRANSFER
        else:
            roll = r() * 100
            method = _CONSUMER_METHODS[0 if roll < 70 else 1 if roll < 88 else 2]
        c = self.counters
        c.payment += 1
        rows["payment"].append(
            (
                c.payment,
                account_id,
                amount,
                method,
                self.stamp(at),
                f"{_REFERENCE_PREFIX[method]}{c.payment:010d}",
            )
        )

    def invoices(
        self,
        rows: Rows,
        account_id: int,
        opening: int,
        charges: list[int],
        paid: list[int],
        offset: int,
    ) -> None:
        """Invoices for the closed months: what was owed, charged and paid in each."""
        balance = opening
        out = rows["invoice"]
        # Every month but the current one is closed; its invoice is issued on the next 1st.
        closed = zip(self.periods, self.periods[1:], charges, paid, strict=False)
        for period, nxt, charged, payments in closed:
            closing = balance + payments - charged
            self.counters.invoice += 1
            out.append(
                (
                    self.counters.invoice,
                    f"{period.label}-{account_id:08d}",
                    account_id,
                    period.iso,
                    balance,
                    charged,
                    payments,
                    closing,
                    self.stamp(midnight(nxt.first, offset) + 3 * HOUR),
                    f"{nxt.iso[:8]}20",
                )
            )
            balance = closing

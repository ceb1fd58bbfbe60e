"""Deterministic demo subscribers: customers, accounts, lines, SIMs, usage, charges, payments.

Everything is drawn from one ``random.Random`` per chunk of customers, seeded from the
seed and the chunk's number, and consumed in a fixed order; ids are counters. The same
arguments therefore give the same rows on any database. Rows are plain tuples in the
column order of :data:`COLUMNS`; money is whole kopecks, moments are UTC epoch seconds
and dates are ISO strings, which the writer turns into each database's representation.

Billing follows the tariffs: allowances (the tariff's plus any packages subscribed) are
used up first, each call is rounded up to the minute, each data session beyond the
allowance to the megabyte, and a line's usage charge for a month and category is the sum
of its records' costs. Payments are drawn per account so that opening balance + payments
− charges = balance holds to the kopeck, and the accounts of debt-blocked lines end below
their credit limit.
"""

from __future__ import annotations

import bisect
import calendar
import math
import random
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from models import (
    AccountStatus,
    BillDelivery,
    CallbackStatus,
    ChargeCategory,
    CustomerKind,
    Direction,
    FeePeriod,
    LineStatus,
    Outcome,
    PaymentMethod,
    PoolStatus,
    SimStatus,
    UsageKind,
    Zone,
)
from models.interaction import Channel
from workstation.demo import vocabulary as vocab
from workstation.demo.catalog import (
    NUMBER_CATEGORIES,
    SERVICES,
    TARIFFS,
    ServiceSpec,
    TariffSpec,
)
from workstation.names import name_key
from workstation.russian_ids import complete_inn, luhn_digit

DAY = 86_400
MB = 1_048_576
QUARANTINE_DAYS = 90
CHUNK_CUSTOMERS = 2_000

# Column order of the tuples the generator yields, per table.
COLUMNS: dict[str, tuple[str, ...]] = {
    "customer": (
        "id",
        "kind",
        "last_name",
        "first_name",
        "middle_name",
        "birth_date",
        "passport_series",
        "passport_number",
        "passport_issued_by",
        "passport_issued_on",
        "passport_division_code",
        "company_name",
        "inn",
        "kpp",
        "contact_person",
        "reg_postcode",
        "reg_region",
        "reg_city",
        "reg_street",
        "reg_house",
        "reg_flat",
        "email",
        "contact_phone",
        "code_word_hash",
        "name_key",
        "created_at",
        "version",
    ),
    "personal_account": (
        "id",
        "number",
        "contract_number",
        "customer_id",
        "status",
        "opening_balance",
        "balance",
        "credit_limit",
        "time_zone",
        "opened_at",
        "closed_at",
        "bill_delivery",
        "bill_postcode",
        "bill_region",
        "bill_city",
        "bill_street",
        "bill_house",
        "bill_flat",
        "bill_email",
        "bill_fax",
        "version",
    ),
    "line": (
        "id",
        "msisdn",
        "msisdn_reversed",
        "account_id",
        "tariff_id",
        "status",
        "activated_on",
        "status_changed_at",
        "block_until",
        "closed_at",
        "version",
    ),
    "sim": (
        "id",
        "line_id",
        "iccid",
        "iccid_reversed",
        "imsi",
        "pin1",
        "puk1",
        "pin2",
        "puk2",
        "status",
        "installed_at",
        "replaced_at",
        "replace_reason",
    ),
    "number_assignment": (
        "id",
        "msisdn",
        "msisdn_reversed",
        "line_id",
        "customer_id",
        "assigned_at",
        "released_at",
    ),
    "service_subscription": ("id", "line_id", "service_id", "started_at", "ended_at"),
    "usage_record": (
        "id",
        "line_id",
        "started_at",
        "kind",
        "direction",
        "other_party",
        "duration_s",
        "volume_bytes",
        "zone",
        "roaming_country",
        "cost",
    ),
    "charge": (
        "id",
        "account_id",
        "line_id",
        "period",
        "category",
        "amount",
        "description",
        "charged_at",
        "service_id",
        "reason_code",
    ),
    "payment": ("id", "account_id", "amount", "method", "paid_at", "reference"),
    "invoice": (
        "id",
        "number",
        "account_id",
        "period",
        "opening_balance",
        "charges_total",
        "payments_total",
        "closing_balance",
        "issued_at",
        "due_date",
    ),
    "interaction": (
        "id",
        "agent_id",
        "channel",
        "caller_msisdn",
        "customer_id",
        "line_id",
        "started_at",
        "ended_at",
        "outcome",
        "note",
    ),
    "callback_request": (
        "id",
        "msisdn",
        "customer_id",
        "interaction_id",
        "created_at",
        "due_at",
        "priority",
        "status",
        "attempts",
        "assigned_to_id",
        "note",
        "version",
    ),
    "pool_number": (
        "id",
        "msisdn",
        "msisdn_reversed",
        "category_code",
        "status",
        "quarantine_until",
    ),
}

Rows = dict[str, list[tuple[object, ...]]]
T = TypeVar("T")

# Share of events by local hour of day (calls and messages; data is flatter).
_CALL_HOURS = (1, 0, 0, 0, 0, 1, 3, 6, 9, 11, 12, 12, 12, 12, 11, 11, 11, 12, 12, 11, 9, 7, 4, 2)
_DATA_HOURS = (4, 2, 1, 1, 1, 2, 4, 7, 9, 9, 8, 8, 9, 8, 8, 8, 8, 9, 10, 11, 12, 12, 10, 7)
_CALL_CUM = tuple(sum(_CALL_HOURS[: i + 1]) for i in range(24))
_DATA_CUM = tuple(sum(_DATA_HOURS[: i + 1]) for i in range(24))
_WEEKDAY_CALLS = (1.0, 1.0, 1.0, 1.0, 1.05, 0.8, 0.7)
_WEEKDAY_DATA = (0.95, 0.95, 0.95, 0.95, 1.0, 1.2, 1.25)

_OKATO = {77: "45", 50: "46", 78: "40", 16: "92", 52: "22", 23: "03", 61: "60", 63: "36"}
_OKATO |= {66: "65", 54: "50", 24: "04", 25: "05", 39: "27"}

_INTERACTION_NOTES = (
    (
        "Консультация по тарифу, рассказал о тарифах линейки «Всё включено»",
        Outcome.INFORMATION_GIVEN,
    ),
    ("Вопрос по списанию абонентской платы, объяснил начисления", Outcome.SOLVED),
    ("Подключение пакета интернета", Outcome.SOLVED),
    ("Не проходит платёж банковской картой, передано во второй линию", Outcome.ESCALATED),
    ("Запрос детализации за прошлый месяц, отправлена на e-mail", Outcome.SOLVED),
    ("Абонент просил перезвонить после 18:00", Outcome.CALLBACK_NEEDED),
    ("Добровольная блокировка на время поездки", Outcome.SOLVED),
    ("Вопрос о роуминге в Турции, рассказал об услуге «Весь мир»", Outcome.INFORMATION_GIVEN),
    ("Жалоба на качество связи дома, заявка в техническую поддержку", Outcome.ESCALATED),
    ("Смена способа доставки счёта на электронную почту", Outcome.SOLVED),
)
_CALLBACK_NOTES = (
    "Пропущенный вызов на 0890",
    "Не дождался ответа оператора",
    "Просил перезвонить по вопросу списаний",
    "Обрыв связи во время разговора",
)
_CHANNELS = (
    (Channel.SHORT_NUMBER, 55),
    (Channel.FREEPHONE, 20),
    (Channel.ROAMING_LINE, 3),
    (Channel.WEB_FORM, 10),
    (Channel.EMAIL, 8),
    (Channel.CALLBACK, 4),
)


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

    @property
    def window_start(self) -> date:
        """The first day of the first month with history."""
        year, month = self.as_of.year, self.as_of.month - (self.months - 1)
        while month < 1:
            month += 12
            year -= 1
        return date(year, month, 1)

    def periods(self) -> list[date]:
        out, day = [], self.window_start
        last = self.as_of.date().replace(day=1)
        while day <= last:
            out.append(day)
            day = _next_month(day)
        return out


def _next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _epoch(day: date, offset_s: int = 0) -> int:
    """UTC epoch seconds of local midnight of ``day`` in a zone ``offset_s`` east of UTC."""
    return calendar.timegm(day.timetuple()) - offset_s


def _fmt_money(kopecks: int) -> str:
    sign = "-" if kopecks < 0 else ""
    rub, kop = divmod(abs(kopecks), 100)
    return f"{sign}{rub:,}".replace(",", " ") + f",{kop:02d} ₽"


@dataclass
class _Counters:
    customer: int = 0
    account: int = 0
    line: int = 0
    sim: int = 0
    assignment: int = 0
    subscription: int = 0
    usage: int = 0
    charge: int = 0
    payment: int = 0
    invoice: int = 0
    interaction: int = 0
    callback: int = 0


@dataclass
class _LinePlan:
    """What the generator decided about a line before drawing its usage and charges."""

    id: int
    msisdn: str
    account_id: int
    customer_id: int
    tariff: TariffSpec
    tariff_id: int
    status: LineStatus
    activated: date
    stop: date | None  # the day usage stops (block or closure), if any
    closed_at: int | None
    region: vocab.Region
    offset_s: int
    row_index: int
    subscriptions: list[tuple[int, ServiceSpec, int, int | None]] = field(default_factory=list)
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


class DemoGenerator:
    """Builds the demo rows chunk by chunk; see the module docstring for the rules."""

    def __init__(self, spec: DemoSpec, tariff_ids: dict[str, int], service_ids: dict[str, int]):
        self.spec = spec
        self.tariff_ids = tariff_ids
        self.service_ids = service_ids
        self.periods = spec.periods()
        self.window_start = spec.window_start
        self.as_of_ts = int(spec.as_of.timestamp())
        self.as_of_day = spec.as_of.date()
        self.space = MsisdnSpace(vocab.OWN_MOBILE_CODES, spec.seed)
        self.counters = _Counters()
        self.offsets = {
            r.time_zone: int(
                ZoneInfo(r.time_zone).utcoffset(datetime(2026, 1, 1)).total_seconds()  # type: ignore[union-attr]
            )
            for r in vocab.REGIONS
        }
        self.region_cum = _cumulative([r.weight for r in vocab.REGIONS])
        consumer = [t for t in TARIFFS if not t.for_business]
        business = [t for t in TARIFFS if t.for_business]
        self.consumer_tariffs = consumer
        self.business_tariffs = business
        self.consumer_cum = _cumulative([t.popularity for t in consumer])
        self.business_cum = _cumulative([t.popularity for t in business])
        self.service_by_code = {s.code: s for s in SERVICES}
        self.allowed_services: dict[str, list[ServiceSpec]] = {
            t.code: [s for s in SERVICES if t.code in s.allowed_on] for t in TARIFFS
        }
        self.intl_cum = _cumulative([w for _, w in vocab.INTERNATIONAL_CODES])
        self.roam_cum = _cumulative([w for *_, w in vocab.ROAMING_COUNTRIES])
        self.channel_cum = _cumulative([w for _, w in _CHANNELS])
        self.sim_serial = random.Random(f"sim:{spec.seed}").randrange(10**11)
        self.usage_limit = spec.usage_lines
        self.quarantined: list[tuple[str, int]] = []

    # -- the chunks ----------------------------------------------------------------------

    def chunks(self) -> Iterator[Rows]:
        """Rows of every table, ``CHUNK_CUSTOMERS`` customers at a time."""
        total = self.spec.subscribers
        for chunk, start in enumerate(range(0, total, CHUNK_CUSTOMERS)):
            count = min(CHUNK_CUSTOMERS, total - start)
            rng = random.Random(f"demo:{self.spec.seed}:{chunk}")
            yield self._chunk(rng, count)

    def _chunk(self, rng: random.Random, count: int) -> Rows:
        rows: Rows = defaultdict(list)
        previous_customers: list[tuple[int, int, vocab.Region, int]] = []
        for _ in range(count):
            self._customer(rng, rows, previous_customers)
        return rows

    # -- a customer and its accounts -----------------------------------------------------

    def _customer(
        self,
        rng: random.Random,
        rows: Rows,
        previous: list[tuple[int, int, vocab.Region, int]],
    ) -> None:
        c = self.counters
        c.customer += 1
        customer_id = c.customer
        region = vocab.REGIONS[bisect.bisect(self.region_cum, rng.random() * self.region_cum[-1])]
        business = rng.random() < 0.1
        since = self.as_of_day - timedelta(days=rng.randint(20, 15 * 365))
        created_ts = _epoch(since, self.offsets[region.time_zone]) + rng.randint(9, 19) * 3600
        address = self._address(rng, region)
        if business:
            row, contact_name, email = self._business(rng, region, customer_id)
        else:
            row, contact_name, email = self._individual(rng, region, customer_id, since)
        code_word = self.spec.code_word_hash if rng.random() < 0.7 else None
        contact_phone = None
        if rng.random() < 0.3:
            code = rng.choice(vocab.OTHER_MOBILE_CODES)
            contact_phone = f"+7{code}{rng.randrange(10**7):07d}"
        rows["customer"].append(
            (
                customer_id,
                CustomerKind.BUSINESS.value if business else CustomerKind.INDIVIDUAL.value,
                *row,
                *address,
                email,
                contact_phone,
                code_word,
                name_key(*(str(part) for part in (row[9:10] if business else row[:3]))),
                created_ts,
                1,
            )
        )
        n_accounts = _pick(rng, (1, 2, 3), (88, 9, 3) if not business else (60, 30, 10))
        opened = since
        for index in range(n_accounts):
            if index:
                opened = opened + timedelta(days=rng.randint(30, 900))
                if opened >= self.as_of_day:
                    opened = self.as_of_day - timedelta(days=rng.randint(1, 20))
            self._account(
                rng, rows, customer_id, region, opened, business, address, email, contact_name
            )
        previous.append((customer_id, self.counters.account, region, int(business)))
        if len(previous) > 1 and rng.random() < 0.03:
            self._former_owner(rng, rows, previous[rng.randrange(len(previous) - 1)])

    def _individual(
        self, rng: random.Random, region: vocab.Region, customer_id: int, since: date
    ) -> tuple[tuple[object, ...], str, str | None]:
        female = rng.random() < 0.5
        last, first, middle = _person(rng, female)
        age_days = rng.randint(18 * 365, 82 * 365)
        birth = self.as_of_day - timedelta(days=age_days)
        # A passport is issued at 14 and replaced at 20 and 45; take the one in force now.
        age = age_days // 365
        issue_age = 45 if age >= 45 else 20 if age >= 20 else 14
        issued = birth + timedelta(days=issue_age * 365 + rng.randint(10, 200))
        if issued > self.as_of_day:
            issued = self.as_of_day - timedelta(days=rng.randint(30, 300))
        okato = _OKATO.get(region.code, "45")
        series = f"{okato}{issued.year % 100:02d}"
        number = f"{rng.randrange(10**6):06d}"
        division = f"{region.code:02d}0-{rng.randint(1, 99):03d}"
        email = None
        if rng.random() < 0.6:
            local = f"{vocab.transliterate(first)[0]}.{vocab.transliterate(last)}"
            if rng.random() < 0.6:
                local += str(rng.randint(1, 99) if rng.random() < 0.5 else birth.year)
            email = f"{local}@{rng.choice(vocab.EMAIL_DOMAINS)}"
        row = (
            last,
            first,
            middle,
            birth.isoformat(),
            series,
            number,
            region.passport_authority,
            issued.isoformat(),
            division,
            None,
            None,
            None,
            None,
        )
        return row, f"{last} {first} {middle}", email

    def _business(
        self, rng: random.Random, region: vocab.Region, customer_id: int
    ) -> tuple[tuple[object, ...], str, str | None]:
        form = rng.choice(vocab.COMPANY_FORMS)
        last, first, middle = _person(rng, rng.random() < 0.4)
        contact = f"{last} {first} {middle}"
        if form == "ИП":
            name = f"ИП {last} {first[0]}. {middle[0]}."
            inn = complete_inn(f"{region.code:02d}{rng.randrange(10**8):08d}")
            kpp = None
        else:
            stem = rng.choice(vocab.COMPANY_STEMS) + rng.choice(vocab.COMPANY_ENDINGS)
            name = f"{form} «{stem}»"
            inn = complete_inn(f"{region.code:02d}{rng.randrange(10**7):07d}")
            kpp = f"{region.code:02d}{rng.randint(1, 51):02d}01001"
        slug = vocab.transliterate(name.split("«")[-1].rstrip("»").split()[-1])
        email = f"info@{slug}{rng.randint(1, 999)}.ru"
        row = (None, None, None, None, None, None, None, None, None, name, inn, kpp, contact)
        return row, contact, email

    def _address(self, rng: random.Random, region: vocab.Region) -> tuple[object, ...]:
        town = region.towns[0] if rng.random() < 0.6 else rng.choice(region.towns)
        street = rng.choice(vocab.STREETS)
        house = str(rng.randint(1, 160))
        if rng.random() < 0.2:
            house += f" к{rng.randint(1, 4)}"
        flat = str(rng.randint(1, 320)) if rng.random() < 0.9 else None
        tail = 6 - len(region.postcode_prefix)
        postcode = region.postcode_prefix + f"{rng.randrange(10**tail):0{tail}d}"
        return postcode, region.name, town, street, house, flat

    def _account(
        self,
        rng: random.Random,
        rows: Rows,
        customer_id: int,
        region: vocab.Region,
        opened: date,
        business: bool,
        address: tuple[object, ...],
        email: str | None,
        contact_name: str,
    ) -> None:
        c = self.counters
        c.account += 1
        account_id = c.account
        offset = self.offsets[region.time_zone]
        if business:
            delivery = _pick(
                rng, (BillDelivery.EMAIL, BillDelivery.POST, BillDelivery.FAX), (50, 25, 25)
            )
            credit = rng.choice((500000, 1000000, 2000000, 5000000))
            n_lines = min(40, 1 + int(rng.expovariate(1 / 2.0)))
        else:
            delivery = _pick(
                rng, (BillDelivery.NONE, BillDelivery.EMAIL, BillDelivery.POST), (55, 35, 10)
            )
            credit = 0 if rng.random() < 0.85 else rng.choice((30000, 50000, 100000, 150000))
            n_lines = _pick(rng, (1, 2, 3), (80, 15, 5))
        if delivery == BillDelivery.EMAIL and email is None:
            delivery = BillDelivery.POST
        fax = None
        if delivery == BillDelivery.FAX:
            fax = _local_number(rng, region.area_code)
        postal = address if delivery == BillDelivery.POST else (None,) * 6
        opened_ts = _epoch(opened, offset) + rng.randint(9, 19) * 3600
        # Debt is decided per account: every open line of it is then blocked.
        in_debt = rng.random() < 0.06
        lines = [
            self._line(rng, rows, account_id, customer_id, region, opened, business, in_debt)
            for _ in range(n_lines)
        ]
        open_lines = [p for p in lines if p.status != LineStatus.CLOSED]
        if in_debt and not any(p.tariff.monthly_fee for p in open_lines):
            in_debt = False
            for plan in open_lines:
                if plan.status == LineStatus.DEBT_BLOCK:
                    plan.status = LineStatus.ACTIVE
                    plan.stop = None
                    row = rows["line"][plan.row_index]
                    rows["line"][plan.row_index] = (*row[:5], plan.status.value, *row[6:])
        if in_debt:
            credit = 0
        closed = not open_lines
        closed_ts = max((p.closed_at or 0) for p in lines) if closed else None
        opening = 0 if in_debt else rng.randrange(0, 30000, 100)
        charges = self._account_charges(rng, rows, account_id, lines)
        balance = self._payments(
            rng, rows, account_id, opening, charges, credit, in_debt, business, offset
        )
        self._invoices(rows, account_id, opening, charges, offset)
        year = opened.year
        rows["personal_account"].append(
            (
                account_id,
                f"{region.code:02d}{account_id:010d}",
                f"{year}-{region.code:02d}{account_id:07d}",
                customer_id,
                AccountStatus.CLOSED.value if closed else AccountStatus.ACTIVE.value,
                opening,
                balance,
                credit,
                region.time_zone,
                opened_ts,
                closed_ts,
                delivery.value,
                *postal,
                email if delivery == BillDelivery.EMAIL else None,
                fax,
                1,
            )
        )
        if rng.random() < 0.08 and self.spec.agent_ids:
            self._interactions(rng, rows, customer_id, lines)

    # -- lines ---------------------------------------------------------------------------

    def _line(
        self,
        rng: random.Random,
        rows: Rows,
        account_id: int,
        customer_id: int,
        region: vocab.Region,
        opened: date,
        business: bool,
        in_debt: bool,
    ) -> _LinePlan:
        c = self.counters
        c.line += 1
        line_id = c.line
        offset = self.offsets[region.time_zone]
        if business:
            tariff = self.business_tariffs[
                bisect.bisect(self.business_cum, rng.random() * self.business_cum[-1])
            ]
        else:
            tariff = self.consumer_tariffs[
                bisect.bisect(self.consumer_cum, rng.random() * self.consumer_cum[-1])
            ]
        activated = self._activation(rng, tariff, opened)
        status, stop, closed_at, block_until = self._status(rng, activated, in_debt, offset)
        msisdn = self.space.number(line_id - 1)
        changed = _epoch(stop or activated, offset) + rng.randint(8, 21) * 3600
        rows["line"].append(
            (
                line_id,
                msisdn,
                msisdn[1:][::-1],
                account_id,
                self.tariff_ids[tariff.code],
                status.value,
                activated.isoformat(),
                changed,
                block_until,
                closed_at,
                1,
            )
        )
        assigned = _epoch(activated, offset) + 11 * 3600
        self._assignment(rows, msisdn, line_id, customer_id, assigned, closed_at)
        self._sims(rng, rows, line_id, activated, offset)
        plan = _LinePlan(
            id=line_id,
            msisdn=msisdn,
            account_id=account_id,
            customer_id=customer_id,
            tariff=tariff,
            tariff_id=self.tariff_ids[tariff.code],
            status=status,
            activated=activated,
            stop=stop,
            closed_at=closed_at,
            region=region,
            offset_s=offset,
            row_index=len(rows["line"]) - 1,
            with_usage=self.usage_limit is None or line_id <= self.usage_limit,
        )
        if (
            status == LineStatus.CLOSED
            and closed_at
            and closed_at > self.as_of_ts - QUARANTINE_DAYS * DAY
        ):
            self.quarantined.append((msisdn, closed_at))
        self._subscriptions(rng, rows, plan)
        return plan

    def _activation(self, rng: random.Random, tariff: TariffSpec, opened: date) -> date:
        """A day the line could have been connected on: archived plans only while on sale."""
        earliest = max(opened, tariff.introduced_on)
        latest = min(self.as_of_day - timedelta(days=1), tariff.archived_on or self.as_of_day)
        if latest < earliest:
            earliest = latest - timedelta(days=30)
        if rng.random() < 0.12 and latest >= self.window_start > earliest:
            earliest = self.window_start
        return earliest + timedelta(days=rng.randint(0, (latest - earliest).days))

    def _status(
        self, rng: random.Random, activated: date, in_debt: bool, offset: int
    ) -> tuple[LineStatus, date | None, int | None, str | None]:
        """Status, the day usage stopped, when it was closed, and the end of a voluntary block."""
        roll = rng.random()
        recent = max(activated + timedelta(days=1), self.as_of_day - timedelta(days=45))
        if recent > self.as_of_day:
            return LineStatus.ACTIVE, None, None, None
        day = recent + timedelta(days=rng.randint(0, max(0, (self.as_of_day - recent).days - 1)))
        if roll < 0.05:
            closed_day = activated + timedelta(
                days=rng.randint(1, max(1, (self.as_of_day - activated).days - 1))
            )
            closed_ts = _epoch(closed_day, offset) + rng.randint(9, 20) * 3600
            return LineStatus.CLOSED, closed_day, closed_ts, None
        if in_debt:
            return LineStatus.DEBT_BLOCK, day, None, None
        if roll < 0.06:
            return LineStatus.LOST_SIM_BLOCK, day, None, None
        if roll < 0.09:
            until = None
            if rng.random() < 0.7:
                until = (day + timedelta(days=rng.randint(14, 120))).isoformat()
            return LineStatus.VOLUNTARY_BLOCK, day, None, until
        return LineStatus.ACTIVE, None, None, None

    def _assignment(
        self,
        rows: Rows,
        msisdn: str,
        line_id: int,
        customer_id: int,
        assigned: int,
        released: int | None,
    ) -> None:
        self.counters.assignment += 1
        rows["number_assignment"].append(
            (
                self.counters.assignment,
                msisdn,
                msisdn[1:][::-1],
                line_id,
                customer_id,
                assigned,
                released,
            )
        )

    def _sims(
        self, rng: random.Random, rows: Rows, line_id: int, activated: date, offset: int
    ) -> None:
        installed = _epoch(activated, offset) + rng.randint(9, 20) * 3600
        if rng.random() < 0.06:
            span = max(2, (self.as_of_day - activated).days)
            replaced = installed + rng.randint(1, span - 1) * DAY
            reason = _pick(
                rng, ("Утеря SIM-карты", "Повреждение SIM-карты", "Замена на eSIM"), (5, 3, 2)
            )
            self._sim(rng, rows, line_id, SimStatus.REPLACED, installed, replaced, reason)
            installed = replaced
        self._sim(rng, rows, line_id, SimStatus.ACTIVE, installed, None, None)

    def _sim(
        self,
        rng: random.Random,
        rows: Rows,
        line_id: int,
        status: SimStatus,
        installed: int,
        replaced: int | None,
        reason: str | None,
    ) -> None:
        self.counters.sim += 1
        sim_id = self.counters.sim
        serial = (self.sim_serial + sim_id * 7_919) % 10**12
        body = f"8970101{serial:012d}"
        iccid = body + luhn_digit(body)
        imsi = f"25001{(serial * 3) % 10**10:010d}"
        rows["sim"].append(
            (
                sim_id,
                line_id,
                iccid,
                iccid[::-1],
                imsi,
                f"{rng.randrange(10**4):04d}",
                f"{rng.randrange(10**8):08d}",
                f"{rng.randrange(10**4):04d}",
                f"{rng.randrange(10**8):08d}",
                status.value,
                installed,
                replaced,
                reason,
            )
        )

    def _former_owner(
        self, rng: random.Random, rows: Rows, holder: tuple[int, int, vocab.Region, int]
    ) -> None:
        """Give an earlier customer a closed line whose number a newer line holds now."""
        customer_id, account_id, region, business = holder
        current = rows["line"][-1]
        msisdn = str(current[1])
        activated_now = date.fromisoformat(str(current[6]))
        offset = self.offsets[region.time_zone]
        released = activated_now - timedelta(days=rng.randint(QUARANTINE_DAYS + 5, 700))
        activated = released - timedelta(days=rng.randint(200, 2000))
        tariffs = self.business_tariffs if business else self.consumer_tariffs
        tariff = rng.choice(tariffs)
        self.counters.line += 1
        line_id = self.counters.line
        closed_ts = _epoch(released, offset) + 12 * 3600
        rows["line"].append(
            (
                line_id,
                msisdn,
                msisdn[1:][::-1],
                account_id,
                self.tariff_ids[tariff.code],
                LineStatus.CLOSED.value,
                activated.isoformat(),
                closed_ts,
                None,
                closed_ts,
                1,
            )
        )
        assigned = _epoch(activated, offset) + 11 * 3600
        self._assignment(rows, msisdn, line_id, customer_id, assigned, closed_ts)
        self._sim(rng, rows, line_id, SimStatus.ACTIVE, assigned, None, None)

    def _subscriptions(self, rng: random.Random, rows: Rows, plan: _LinePlan) -> None:
        allowed = self.allowed_services[plan.tariff.code]
        wanted = _pick(rng, (0, 1, 2, 3, 4), (25, 30, 22, 14, 9))
        groups: set[str] = set()
        chosen: set[str] = set()
        weights = [s.popularity for s in allowed]
        start_floor = _epoch(plan.activated, plan.offset_s) + 12 * 3600
        end_ceiling = plan.closed_at or self.as_of_ts
        for _ in range(wanted * 2):
            if len(chosen) >= wanted:
                break
            service = rng.choices(allowed, weights)[0]
            if service.code in chosen or (service.group and service.group in groups):
                continue
            if not service.available and rng.random() < 0.7:
                continue
            chosen.add(service.code)
            if service.group:
                groups.add(service.group)
            span = max(DAY, end_ceiling - start_floor)
            started = start_floor + (rng.randrange(span) if rng.random() < 0.5 else 0)
            started = min(started, end_ceiling - 3600)
            ended = None
            if rng.random() < 0.15 and end_ceiling - started > 2 * DAY:
                ended = started + rng.randrange(DAY, end_ceiling - started)
            if plan.closed_at and ended is None:
                ended = plan.closed_at
            self.counters.subscription += 1
            service_id = self.service_ids[service.code]
            rows["service_subscription"].append(
                (self.counters.subscription, plan.id, service_id, started, ended)
            )
            plan.subscriptions.append((service_id, service, started, ended))

    # -- charges -------------------------------------------------------------------------

    def _account_charges(
        self, rng: random.Random, rows: Rows, account_id: int, lines: list[_LinePlan]
    ) -> dict[date, int]:
        """Write every charge of the account's lines; return the total per period."""
        totals: dict[date, int] = dict.fromkeys(self.periods, 0)
        for plan in lines:
            usage = self._usage(rng, rows, plan) if plan.with_usage else {}
            for period in self.periods:
                for category, amount, text, service_id, at in self._line_charges(
                    plan, period, usage.get(period, {})
                ):
                    self.counters.charge += 1
                    rows["charge"].append(
                        (
                            self.counters.charge,
                            account_id,
                            plan.id,
                            period.isoformat(),
                            category.value,
                            amount,
                            text,
                            at,
                            service_id,
                            None,
                        )
                    )
                    totals[period] += amount
        return totals

    def _line_charges(
        self, plan: _LinePlan, period: date, usage: dict[ChargeCategory, int]
    ) -> Iterator[tuple[ChargeCategory, int, str, int | None, int]]:
        first = max(period, plan.activated)
        end = min(_month_end(period), self.as_of_day)
        last = end
        if plan.status in (LineStatus.CLOSED, LineStatus.VOLUNTARY_BLOCK) and plan.stop:
            last = min(last, plan.stop - timedelta(days=1))
        month_days = calendar.monthrange(period.year, period.month)[1]
        at_start = _epoch(first, plan.offset_s) + 5 * 60
        if first <= last and plan.tariff.monthly_fee:
            days = (last - first).days + 1
            # The fee is taken on the first day of the month; a part month is pro rata.
            if first == period and (last == _month_end(period) or end == self.as_of_day):
                fee = plan.tariff.monthly_fee
            else:
                fee = plan.tariff.monthly_fee * days // month_days
            if fee:
                text = f"Абонентская плата по тарифу «{plan.tariff.name}»"
                if fee != plan.tariff.monthly_fee:
                    text += f" за {days} дн."
                yield ChargeCategory.SUBSCRIPTION, fee, text, None, at_start
        if plan.status == LineStatus.VOLUNTARY_BLOCK and plan.stop:
            yield from self._block_fee(plan, period, end)
        period_start = _epoch(period, plan.offset_s)
        period_end = _epoch(end + timedelta(days=1), plan.offset_s)
        for service_id, service, started, ended in plan.subscriptions:
            stop = min(ended or period_end, period_end)
            if plan.stop and plan.status != LineStatus.ACTIVE:
                stop = min(stop, _epoch(plan.stop, plan.offset_s))
            if started >= stop or stop <= period_start:
                continue
            if service.connection_fee and period_start <= started < period_end:
                yield (
                    ChargeCategory.SERVICE,
                    service.connection_fee,
                    f"Подключение услуги «{service.name}»",
                    service_id,
                    started,
                )
            if service.fee_period == FeePeriod.MONTHLY and service.fee:
                yield (
                    ChargeCategory.SERVICE,
                    service.fee,
                    f"Услуга «{service.name}», ежемесячная плата",
                    service_id,
                    max(started, period_start) + 600,
                )
            elif service.fee_period == FeePeriod.DAILY and service.fee:
                days = max(1, -(-(stop - max(started, period_start)) // DAY))
                yield (
                    ChargeCategory.SERVICE,
                    service.fee * days,
                    f"Услуга «{service.name}»: {days} дн. × {_fmt_money(service.fee)}",
                    service_id,
                    min(stop, self.as_of_ts) - 60,
                )
        closing = min(period_end, self.as_of_ts) - 60
        for category, amount in usage.items():
            if amount:
                yield category, amount, _USAGE_TEXT[category], None, closing

    def _block_fee(
        self, plan: _LinePlan, period: date, end: date
    ) -> Iterator[tuple[ChargeCategory, int, str, int | None, int]]:
        assert plan.stop is not None
        free_until = plan.stop + timedelta(days=plan.tariff.block_free_days)
        first = max(period, free_until)
        if first > end or not plan.tariff.block_daily_fee:
            return
        days = (end - first).days + 1
        yield (
            ChargeCategory.SERVICE,
            plan.tariff.block_daily_fee * days,
            f"Добровольная блокировка: {days} дн. × {_fmt_money(plan.tariff.block_daily_fee)}",
            None,
            _epoch(end, plan.offset_s) + 23 * 3600,
        )

    # -- usage ---------------------------------------------------------------------------

    def _usage(
        self, rng: random.Random, rows: Rows, plan: _LinePlan
    ) -> dict[date, dict[ChargeCategory, int]]:
        """Draw and rate the line's usage; return the cost per period and category."""
        costs: dict[date, dict[ChargeCategory, int]] = {}
        first = max(self.window_start, plan.activated)
        last = self.as_of_day
        if plan.stop and plan.status != LineStatus.ACTIVE:
            last = min(last, plan.stop - timedelta(days=1))
        if first > last:
            return costs
        tariff = plan.tariff
        activity = rng.choice((0.35, 0.6, 1.0, 1.0, 1.4, 2.2))
        payg = tariff.monthly_fee == 0
        data_activity = rng.choice((0.1, 0.2, 0.4)) if payg else rng.choice((0.5, 1.0, 1.0, 1.6))
        contacts = self._contacts(rng, plan.region)
        trip = self._trip(rng, first, last)
        record = rows["usage_record"]
        counters = self.counters
        as_of = self.as_of_ts
        day = first
        month: date | None = None
        minutes_left = sms_left = 0
        data_left = 0
        month_cost: dict[ChargeCategory, int] = {}
        while day <= last:
            if day.replace(day=1) != month:
                month = day.replace(day=1)
                minutes_left, sms_left, data_left = self._allowances(plan, month)
                month_cost = costs.setdefault(month, {})
            weekday = day.weekday()
            day_start = _epoch(day, plan.offset_s)
            roaming = trip is not None and trip[0] <= day <= trip[1]
            country = trip[2] if roaming and trip else None
            damp = 0.4 if roaming else 1.0
            events: list[tuple[int, int]] = []
            n_calls = _poisson(rng, 2.4 * activity * _WEEKDAY_CALLS[weekday] * damp)
            n_sms = _poisson(rng, 0.8 * activity * damp)
            n_data = _poisson(rng, 1.8 * data_activity * _WEEKDAY_DATA[weekday])
            for _ in range(n_calls):
                events.append((day_start + _moment(rng, _CALL_CUM), 0))
            for _ in range(n_sms):
                events.append((day_start + _moment(rng, _CALL_CUM), 1))
            for _ in range(n_data):
                events.append((day_start + _moment(rng, _DATA_CUM), 2))
            if rng.random() < 0.01 * activity:
                events.append((day_start + _moment(rng, _CALL_CUM), 3))
            events.sort()
            for started, what in events:
                if started >= as_of:
                    continue
                if what == 0:
                    outgoing = rng.random() < 0.55
                    party, zone = self._party(rng, contacts, country)
                    duration = min(5400, max(3, int(rng.lognormvariate(4.1, 1.05))))
                    minutes = -(-duration // 60)
                    if zone == Zone.ROAMING:
                        price = tariff.roaming_voice if outgoing else tariff.roaming_voice // 2
                        cost, category = minutes * price, ChargeCategory.ROAMING
                    elif not outgoing:
                        cost, category = 0, ChargeCategory.VOICE
                    elif zone == Zone.INTERNATIONAL:
                        cost, category = minutes * tariff.voice_international, ChargeCategory.VOICE
                    else:
                        free = min(minutes, minutes_left)
                        minutes_left -= free
                        price = tariff.voice_home if zone == Zone.HOME else tariff.voice_russia
                        cost, category = (minutes - free) * price, ChargeCategory.VOICE
                    counters.usage += 1
                    record.append(
                        (
                            counters.usage,
                            plan.id,
                            started,
                            UsageKind.VOICE.value,
                            (Direction.OUTGOING if outgoing else Direction.INCOMING).value,
                            party,
                            duration,
                            None,
                            zone.value,
                            country,
                            cost,
                        )
                    )
                elif what in (1, 3):
                    kind = UsageKind.SMS if what == 1 else UsageKind.MMS
                    outgoing = rng.random() < 0.5
                    party, zone = self._party(rng, contacts, country)
                    if not outgoing:
                        cost = 0
                    elif zone == Zone.ROAMING:
                        cost = tariff.roaming_sms
                    elif kind == UsageKind.MMS:
                        cost = tariff.mms
                    elif zone == Zone.INTERNATIONAL:
                        cost = tariff.sms_international
                    elif sms_left:
                        sms_left -= 1
                        cost = 0
                    else:
                        cost = tariff.sms_home
                    category = (
                        ChargeCategory.ROAMING if zone == Zone.ROAMING else ChargeCategory.SMS
                    )
                    counters.usage += 1
                    record.append(
                        (
                            counters.usage,
                            plan.id,
                            started,
                            kind.value,
                            (Direction.OUTGOING if outgoing else Direction.INCOMING).value,
                            party,
                            None,
                            None,
                            zone.value,
                            country,
                            cost,
                        )
                    )
                else:
                    if roaming:
                        volume = int(rng.lognormvariate(14.5, 1.0))
                        cost = -(-volume // MB) * tariff.roaming_data_mb
                        category, zone = ChargeCategory.ROAMING, Zone.ROAMING
                    else:
                        volume = int(rng.lognormvariate(16.9 if not payg else 15.2, 1.25))
                        volume = min(volume, 3 * 1024 * MB)
                        free = min(volume, data_left)
                        data_left -= free
                        cost = -(-(volume - free) // MB) * tariff.data_mb_price
                        category, zone = ChargeCategory.DATA, Zone.HOME
                    counters.usage += 1
                    record.append(
                        (
                            counters.usage,
                            plan.id,
                            started,
                            UsageKind.DATA.value,
                            Direction.OUTGOING.value,
                            "internet",
                            None,
                            volume,
                            zone.value,
                            country,
                            cost,
                        )
                    )
                if cost:
                    month_cost[category] = month_cost.get(category, 0) + cost
            day += timedelta(days=1)
        return costs

    def _allowances(self, plan: _LinePlan, month: date) -> tuple[int, int, int]:
        """Minutes, messages and bytes included for the month, packages subscribed counted."""
        minutes, sms, data = plan.tariff.minutes, plan.tariff.sms, plan.tariff.data_mb * MB
        month_start = _epoch(month, plan.offset_s)
        month_end = _epoch(_next_month(month), plan.offset_s)
        for _, service, started, ended in plan.subscriptions:
            if started < month_end and (ended is None or ended > month_start):
                minutes += _PACK_MINUTES.get(service.code, 0)
                sms += _PACK_SMS.get(service.code, 0)
                data += _PACK_DATA_GB.get(service.code, 0) * 1024 * MB
        return minutes, sms, data

    def _contacts(
        self, rng: random.Random, region: vocab.Region
    ) -> tuple[list[tuple[str, Zone]], list[float]]:
        """The people a subscriber talks to, most often to a few of them."""
        people: list[tuple[str, Zone]] = []
        for _ in range(rng.randint(4, 25)):
            roll = rng.random()
            if roll < 0.55:
                code = rng.choice(vocab.OWN_MOBILE_CODES + vocab.OTHER_MOBILE_CODES)
                number, zone = f"+7{code}{rng.randrange(10**7):07d}", Zone.HOME
            elif roll < 0.75:
                number, zone = _local_number(rng, region.area_code), Zone.HOME
            elif roll < 0.95:
                other = rng.choice(vocab.REGIONS)
                number = _local_number(rng, other.area_code)
                zone = Zone.HOME if other is region else Zone.RUSSIA
            else:
                code = vocab.INTERNATIONAL_CODES[
                    bisect.bisect(self.intl_cum, rng.random() * self.intl_cum[-1])
                ][0]
                number, zone = f"+{code}{rng.randrange(10**9):09d}", Zone.INTERNATIONAL
            people.append((number, zone))
        weights = _cumulative([1 / (rank + 1) for rank in range(len(people))])
        return people, weights

    def _party(
        self,
        rng: random.Random,
        contacts: tuple[list[tuple[str, Zone]], list[float]],
        country: str | None,
    ) -> tuple[str, Zone]:
        if country is not None:
            if rng.random() < 0.3:
                code = next(c for iso, c, _ in vocab.ROAMING_COUNTRIES if iso == country)
                return f"+{code}{rng.randrange(10**9):09d}", Zone.ROAMING
            people, cum = contacts
            number = people[bisect.bisect(cum, rng.random() * cum[-1])][0]
            return number, Zone.ROAMING
        people, cum = contacts
        if rng.random() < 0.85:
            return people[bisect.bisect(cum, rng.random() * cum[-1])]
        code = rng.choice(vocab.OTHER_MOBILE_CODES)
        return f"+7{code}{rng.randrange(10**7):07d}", Zone.HOME

    def _trip(self, rng: random.Random, first: date, last: date) -> tuple[date, date, str] | None:
        span = (last - first).days
        if span < 5 or rng.random() > 0.08:
            return None
        start = first + timedelta(days=rng.randint(0, span - 3))
        end = min(last, start + timedelta(days=rng.randint(3, 12)))
        country = vocab.ROAMING_COUNTRIES[
            bisect.bisect(self.roam_cum, rng.random() * self.roam_cum[-1])
        ][0]
        return start, end, country

    # -- payments and invoices -----------------------------------------------------------

    def _payments(
        self,
        rng: random.Random,
        rows: Rows,
        account_id: int,
        opening: int,
        charges: dict[date, int],
        credit: int,
        in_debt: bool,
        business: bool,
        offset: int,
    ) -> int:
        """Write the account's payments; return the final balance."""
        total_charges = sum(charges.values())
        balance = opening
        if in_debt:
            # End below the limit: pay for all but a part of the charges.
            shortfall = rng.randint(100, max(100, min(150000, total_charges - 100)))
            target = -credit - shortfall
            budget = target - opening + total_charges
            months = self.periods[:-1] or self.periods
            weights = [charges[m] for m in months]
            total_weight = sum(weights) or 1
            paid = 0
            for index, month in enumerate(months):
                if index == len(months) - 1:
                    amount = budget - paid
                else:
                    amount = budget * weights[index] // total_weight // 1000 * 1000
                if amount > 0:
                    self._payment(rng, rows, account_id, amount, month, offset, business)
                    paid += amount
            return opening + paid - total_charges
        for month in self.periods:
            due = charges[month]
            need = due - balance + rng.choice((0, 5000, 10000, 20000))
            if need <= 0 and rng.random() < 0.7:
                balance -= due
                continue
            need = max(need, due)
            if business:
                self._payment(rng, rows, account_id, need, month, offset, business)
                balance += need
            else:
                amount = -(-need // 10000) * 10000
                parts = 2 if amount >= 60000 and rng.random() < 0.4 else 1
                first_part = amount // parts // 10000 * 10000 if parts == 2 else amount
                for part in (first_part, amount - first_part)[:parts]:
                    self._payment(rng, rows, account_id, part, month, offset, business)
                balance += amount
            balance -= due
        return balance

    def _payment(
        self,
        rng: random.Random,
        rows: Rows,
        account_id: int,
        amount: int,
        month: date,
        offset: int,
        business: bool,
    ) -> None:
        last_day = min(_month_end(month), self.as_of_day)
        day = month + timedelta(days=rng.randint(0, (last_day - month).days))
        at = min(_epoch(day, offset) + rng.randint(7 * 3600, 23 * 3600), self.as_of_ts - 60)
        if business:
            method = PaymentMethod.BANK_TRANSFER
        else:
            method = _pick(
                rng,
                (PaymentMethod.BANK_CARD, PaymentMethod.TERMINAL, PaymentMethod.CASH),
                (70, 18, 12),
            )
        self.counters.payment += 1
        reference = f"{method.value[:2].upper()}{self.counters.payment:010d}"
        rows["payment"].append(
            (self.counters.payment, account_id, amount, method.value, at, reference)
        )

    def _invoices(
        self, rows: Rows, account_id: int, opening: int, charges: dict[date, int], offset: int
    ) -> None:
        """Invoices for the closed months, from the rows just written for this account."""
        paid: dict[str, int] = defaultdict(int)
        for row in reversed(rows["payment"]):
            if row[1] != account_id:
                break
            month = datetime.fromtimestamp(int(row[4]) + offset, UTC).date().replace(day=1)  # type: ignore[call-overload]
            paid[month.isoformat()] += int(row[2])  # type: ignore[call-overload]
        balance = opening
        current = self.as_of_day.replace(day=1)
        for period in self.periods:
            closing = balance + paid[period.isoformat()] - charges[period]
            if period < current:
                self.counters.invoice += 1
                nxt = _next_month(period)
                rows["invoice"].append(
                    (
                        self.counters.invoice,
                        f"{period:%y%m}-{account_id:08d}",
                        account_id,
                        period.isoformat(),
                        balance,
                        charges[period],
                        paid[period.isoformat()],
                        closing,
                        _epoch(nxt, offset) + 3 * 3600,
                        nxt.replace(day=20).isoformat(),
                    )
                )
            balance = closing

    # -- contact history -----------------------------------------------------------------

    def _interactions(
        self, rng: random.Random, rows: Rows, customer_id: int, lines: list[_LinePlan]
    ) -> None:
        for _ in range(rng.randint(1, 3)):
            plan = rng.choice(lines)
            channel = _CHANNELS[
                bisect.bisect(self.channel_cum, rng.random() * self.channel_cum[-1])
            ][0]
            started = _epoch(self.window_start) + rng.randrange(
                max(DAY, self.as_of_ts - _epoch(self.window_start) - DAY)
            )
            ended = started + rng.randint(90, 1200)
            note, outcome = rng.choice(_INTERACTION_NOTES)
            self.counters.interaction += 1
            interaction_id = self.counters.interaction
            rows["interaction"].append(
                (
                    interaction_id,
                    rng.choice(self.spec.agent_ids),
                    channel.value,
                    plan.msisdn if channel != Channel.EMAIL else None,
                    customer_id,
                    plan.id,
                    started,
                    ended,
                    outcome.value,
                    note,
                )
            )
            if outcome == Outcome.CALLBACK_NEEDED:
                self._callback(rng, rows, plan.msisdn, customer_id, interaction_id, ended)

    def _callback(
        self,
        rng: random.Random,
        rows: Rows,
        msisdn: str,
        customer_id: int | None,
        interaction_id: int | None,
        created: int,
    ) -> None:
        due = created + rng.randint(1, 8) * 3600
        done = due < self.as_of_ts - DAY
        self.counters.callback += 1
        rows["callback_request"].append(
            (
                self.counters.callback,
                msisdn,
                customer_id,
                interaction_id,
                created,
                due,
                rng.choice((0, 0, 1, 2)),
                (CallbackStatus.DONE if done else CallbackStatus.OPEN).value,
                1 if done else 0,
                None,
                rng.choice(_CALLBACK_NOTES),
                1,
            )
        )

    def abandoned_calls(self, count: int) -> Rows:
        """Callbacks for calls that gave up in the phone menu in the last hours."""
        rng = random.Random(f"callbacks:{self.spec.seed}")
        rows: Rows = defaultdict(list)
        for _ in range(count):
            index = rng.randrange(max(1, self.counters.line))
            created = self.as_of_ts - rng.randint(600, 6 * 3600)
            self._callback(rng, rows, self.space.number(index), None, None, created)
        return rows

    # -- the number pool -----------------------------------------------------------------

    def pool(self) -> Rows:
        """Free numbers for number changes, "beautiful" ones with a price, and quarantine."""
        rng = random.Random(f"pool:{self.spec.seed}")
        rows: Rows = defaultdict(list)
        pool_id = 0
        count = max(300, self.counters.line // 20)
        for index in range(count):
            pool_id += 1
            msisdn = self.space.number(self.space.size - 1 - index)
            rows["pool_number"].append(
                (pool_id, msisdn, msisdn[1:][::-1], "ordinary", PoolStatus.FREE.value, None)
            )
        seen: set[str] = set()
        for category, target in (("bronze", 60), ("silver", 30), ("gold", 14), ("platinum", 6)):
            made = 0
            while made < target:
                msisdn = _beautiful(rng, category)
                if msisdn in seen:
                    continue
                seen.add(msisdn)
                made += 1
                pool_id += 1
                rows["pool_number"].append(
                    (pool_id, msisdn, msisdn[1:][::-1], category, PoolStatus.FREE.value, None)
                )
        for msisdn, released in self.quarantined:
            pool_id += 1
            until = released + QUARANTINE_DAYS * DAY
            rows["pool_number"].append(
                (pool_id, msisdn, msisdn[1:][::-1], "ordinary", PoolStatus.QUARANTINE.value, until)
            )
        return rows


_USAGE_TEXT = {
    ChargeCategory.VOICE: "Звонки",
    ChargeCategory.SMS: "SMS и MMS",
    ChargeCategory.DATA: "Мобильный интернет",
    ChargeCategory.ROAMING: "Связь в роуминге",
}
_PACK_MINUTES = {"MIN_100": 100, "MIN_300": 300}
_PACK_SMS = {"SMS_100": 100, "SMS_500": 500}
_PACK_DATA_GB = {"DATA_5": 5, "DATA_15": 15, "DATA_30": 30}
assert all(code in {s.code for s in SERVICES} for code in (*_PACK_MINUTES, *_PACK_SMS))
assert {c.code for c in NUMBER_CATEGORIES} >= {"ordinary", "bronze", "silver", "gold", "platinum"}


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


def _person(rng: random.Random, female: bool) -> tuple[str, str, str]:
    """Surname, given name and patronymic; common names most of the time."""
    last = rng.choice(vocab.LAST_NAMES_FEMALE if female else vocab.LAST_NAMES_MALE)
    father = rng.choice(vocab.COMMON_MALE)
    middle = father[2] if female else father[1]
    if rng.random() < 0.85:
        first = rng.choice(vocab.COMMON_FEMALE) if female else rng.choice(vocab.COMMON_MALE)[0]
    else:
        first = rng.choice(vocab.FIRST_NAMES_FEMALE if female else vocab.FIRST_NAMES_MALE)
    if rng.random() < 0.1:
        middle = rng.choice(vocab.MIDDLE_NAMES_FEMALE if female else vocab.MIDDLE_NAMES_MALE)
    return last, first, middle


def _local_number(rng: random.Random, area_code: str) -> str:
    """A landline in the area: the area code and local digits make ten digits after +7."""
    width = 10 - len(area_code)
    return f"+7{area_code}{rng.randrange(10**width):0{width}d}"


def _cumulative(weights: list[int] | list[float]) -> list[float]:
    out, total = [], 0.0
    for weight in weights:
        total += weight
        out.append(total)
    return out


def _pick(rng: random.Random, values: tuple[T, ...], weights: tuple[int, ...]) -> T:
    return rng.choices(values, weights)[0]


def _poisson(rng: random.Random, lam: float) -> int:
    """Knuth's method: fine for the small daily rates used here."""
    if lam <= 0:
        return 0
    limit, k, product = math.exp(-lam), 0, rng.random()
    while product > limit:
        k += 1
        product *= rng.random()
    return k


def _moment(rng: random.Random, cumulative: tuple[int, ...]) -> int:
    """Seconds after local midnight, with the hour drawn from the daily rhythm."""
    hour = bisect.bisect(cumulative, rng.random() * cumulative[-1])
    return hour * 3600 + rng.randrange(3600)

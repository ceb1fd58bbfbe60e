"""Customers and the terms of their personal accounts.

Individuals have a passport of the region they live in (the one in force at their age)
and often an e-mail made from their name; businesses are ООО, АО or ИП with valid INNs and
a contact person. Accounts of businesses get credit limits, more lines and bills by fax.
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from models import BillDelivery, CustomerKind
from workstation.demo import vocabulary as vocab
from workstation.demo.days import HOUR, Stamp, iso, midnight
from workstation.demo.tables import Row
from workstation.names import name_key
from workstation.russian_ids import complete_inn

_INDIVIDUAL, _BUSINESS = CustomerKind.INDIVIDUAL.value, CustomerKind.BUSINESS.value
_POST, _EMAIL, _FAX, _NONE = (
    d.value for d in (BillDelivery.POST, BillDelivery.EMAIL, BillDelivery.FAX, BillDelivery.NONE)
)
_OKATO = {77: "45", 50: "46", 78: "40", 16: "92", 52: "22", 23: "03", 61: "60", 63: "36"}
_OKATO |= {66: "65", 54: "50", 24: "04", 25: "05", 39: "27"}
_BUSINESS_CREDIT = (500000, 1000000, 2000000, 5000000)
_CONSUMER_CREDIT = (30000, 50000, 100000, 150000)
_NO_ADDRESS = (None,) * 6
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Customer:
    """What the accounts of a customer inherit from it."""

    id: int
    region: vocab.Region
    offset_s: int
    business: bool
    since: int  # the day the customer came, an ordinal
    address: Row
    email: str | None
    row: Row


@dataclass(frozen=True, slots=True)
class AccountTerms:
    delivery: str
    credit: int
    lines: int
    postal: Row
    email: str | None
    fax: str | None


class CustomerDrawer:
    """Makes customers and account terms for one build."""

    def __init__(
        self,
        as_of_day: int,
        offsets: dict[str, int],
        code_word_hash: str | None,
        stamp: Stamp,
    ) -> None:
        self.as_of_day = as_of_day
        self.offsets = offsets
        self.code_word_hash = code_word_hash
        self.stamp = stamp
        self.region_cum = [0.0] * len(vocab.REGIONS)
        total = 0.0
        for index, region in enumerate(vocab.REGIONS):
            total += region.weight
            self.region_cum[index] = total

    def customer(self, rng: random.Random, customer_id: int) -> Customer:
        r = rng.random
        region = vocab.REGIONS[bisect.bisect_right(self.region_cum, r() * self.region_cum[-1])]
        offset = self.offsets[region.time_zone]
        business = r() < 0.1
        since = self.as_of_day - 20 - int(r() * (15 * 365 - 19))
        created = midnight(since, offset) + (9 + int(r() * 11)) * HOUR
        address = _address(rng, region)
        if business:
            person, email = self._business(rng, region)
            key = name_key(str(person[9]))
        else:
            person, email = self._individual(rng, region)
            key = name_key(str(person[0]), str(person[1]), str(person[2]))
        code_word = self.code_word_hash if r() < 0.7 else None
        contact_phone = None
        if r() < 0.3:
            code = vocab.OTHER_MOBILE_CODES[int(r() * len(vocab.OTHER_MOBILE_CODES))]
            contact_phone = f"+7{code}{int(r() * 1e7):07d}"
        row = (
            customer_id,
            _BUSINESS if business else _INDIVIDUAL,
            *person,
            *address,
            email,
            contact_phone,
            code_word,
            key,
            self.stamp(created),
            1,
        )
        return Customer(customer_id, region, offset, business, since, address, email, row)

    def _individual(self, rng: random.Random, region: vocab.Region) -> tuple[Row, str | None]:
        r = rng.random
        female = r() < 0.5
        last, first, middle = _person(rng, female)
        age_days = 18 * 365 + int(r() * (64 * 365 + 1))
        birth = self.as_of_day - age_days
        # A passport is issued at 14 and replaced at 20 and 45; take the one in force now.
        age = age_days // 365
        issue_age = 45 if age >= 45 else 20 if age >= 20 else 14
        issued = birth + issue_age * 365 + 10 + int(r() * 191)
        if issued > self.as_of_day:
            issued = self.as_of_day - 30 - int(r() * 271)
        issued_text = iso(issued)
        series = f"{_OKATO.get(region.code, '45')}{issued_text[2:4]}"
        number = f"{int(r() * 1e6):06d}"
        division = f"{region.code:02d}0-{1 + int(r() * 99):03d}"
        email = None
        if r() < 0.6:
            local = f"{vocab.transliterate(first)[0]}.{vocab.transliterate(last)}"
            if r() < 0.6:
                birth_text = iso(birth)
                local += str(1 + int(r() * 99)) if r() < 0.5 else birth_text[:4]
            domain = vocab.EMAIL_DOMAINS[int(r() * len(vocab.EMAIL_DOMAINS))]
            email = f"{local}@{domain}"
        row = (
            last,
            first,
            middle,
            iso(birth),
            series,
            number,
            region.passport_authority,
            issued_text,
            division,
            None,
            None,
            None,
            None,
        )
        return row, email

    def _business(self, rng: random.Random, region: vocab.Region) -> tuple[Row, str | None]:
        r = rng.random
        form = _pick(rng, vocab.COMPANY_FORMS)
        last, first, middle = _person(rng, r() < 0.4)
        contact = f"{last} {first} {middle}"
        if form == "ИП":
            name = f"ИП {last} {first[0]}. {middle[0]}."
            inn = complete_inn(f"{region.code:02d}{int(r() * 1e8):08d}")
            kpp = None
        else:
            stem = _pick(rng, vocab.COMPANY_STEMS) + _pick(rng, vocab.COMPANY_ENDINGS)
            name = f"{form} «{stem}»"
            inn = complete_inn(f"{region.code:02d}{int(r() * 1e7):07d}")
            kpp = f"{region.code:02d}{1 + int(r() * 51):02d}01001"
        slug = vocab.transliterate(name.split("«")[-1].rstrip("»").split()[-1])
        email = f"info@{slug}{1 + int(r() * 999)}.ru"
        row = (None, None, None, None, None, None, None, None, None, name, inn, kpp, contact)
        return row, email

    def account_terms(self, rng: random.Random, customer: Customer) -> AccountTerms:
        """How the account's bill is delivered, its credit limit and its number of lines."""
        r = rng.random
        roll = r() * 100
        if customer.business:
            delivery = _EMAIL if roll < 50 else _POST if roll < 75 else _FAX
            credit = _pick(rng, _BUSINESS_CREDIT)
            lines = min(40, 1 + int(rng.expovariate(1 / 2.0)))
        else:
            delivery = _NONE if roll < 55 else _EMAIL if roll < 90 else _POST
            credit = 0 if r() < 0.85 else _pick(rng, _CONSUMER_CREDIT)
            roll = r() * 100
            lines = 1 if roll < 80 else 2 if roll < 95 else 3
        if delivery == _EMAIL and customer.email is None:
            delivery = _POST
        fax = local_number(rng, customer.region.area_code) if delivery == _FAX else None
        return AccountTerms(
            delivery=delivery,
            credit=credit,
            lines=lines,
            postal=customer.address if delivery == _POST else _NO_ADDRESS,
            email=customer.email if delivery == _EMAIL else None,
            fax=fax,
        )


def _address(rng: random.Random, region: vocab.Region) -> Row:
    r = rng.random
    towns = region.towns
    town = towns[0] if r() < 0.6 else towns[int(r() * len(towns))]
    street = vocab.STREETS[int(r() * len(vocab.STREETS))]
    house = str(1 + int(r() * 160))
    if r() < 0.2:
        house += f" к{1 + int(r() * 4)}"
    flat = str(1 + int(r() * 320)) if r() < 0.9 else None
    tail = 6 - len(region.postcode_prefix)
    postcode = region.postcode_prefix + f"{int(r() * 10**tail):0{tail}d}"
    return postcode, region.name, town, street, house, flat


def _person(rng: random.Random, female: bool) -> tuple[str, str, str]:
    """Surname, given name and patronymic; common names most of the time."""
    r = rng.random
    last = _pick(rng, vocab.LAST_NAMES_FEMALE if female else vocab.LAST_NAMES_MALE)
    father = vocab.COMMON_MALE[int(r() * len(vocab.COMMON_MALE))]
    middle = father[2] if female else father[1]
    if r() < 0.85:
        if female:
            first = _pick(rng, vocab.COMMON_FEMALE)
        else:
            first = vocab.COMMON_MALE[int(r() * len(vocab.COMMON_MALE))][0]
    else:
        first = _pick(rng, vocab.FIRST_NAMES_FEMALE if female else vocab.FIRST_NAMES_MALE)
    if r() < 0.1:
        middle = _pick(rng, vocab.MIDDLE_NAMES_FEMALE if female else vocab.MIDDLE_NAMES_MALE)
    return last, first, middle


def local_number(rng: random.Random, area_code: str) -> str:
    """A landline in the area: the area code and local digits make ten digits after +7."""
    width = 10 - len(area_code)
    return f"+7{area_code}{int(rng.random() * 10**width):0{width}d}"


def _pick(rng: random.Random, values: Sequence[T]) -> T:
    return values[int(rng.random() * len(values))]

"""The plain values a statement is built from: what the gatherer fills in from the database.

Nothing here knows the database or ReportLab, so documents are built and tested from values
alone. Kinds, directions, zones, charge categories and payment methods are the same strings
the models' enums hold (a ``StrEnum`` member passes as it is), so the gatherer maps them
one to one. Money is ``Decimal``; timestamps are timezone-aware.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

CHARGE_CATEGORIES: Final = (
    "subscription",
    "service",
    "voice",
    "sms",
    "data",
    "roaming",
    "one_off",
    "adjustment",
)
"""Charge categories in the order the invoice lists them."""

USAGE_KINDS: Final = ("voice", "sms", "mms", "data")
DIRECTIONS: Final = ("out", "in")
ZONES: Final = ("home", "russia", "international", "roaming")
PAYMENT_METHODS: Final = ("bank_card", "bank_transfer", "cash", "terminal", "promised")
LANGUAGES: Final = ("ru", "en")


class StatementDataError(ValueError):
    """The data cannot make a correct document; the message says which value is wrong."""


class Delivery(StrEnum):
    """How the statement reaches the customer; each gets its own variant of the document."""

    POST = "post"  # printed and folded into a window envelope
    EMAIL = "email"  # read on a screen, with an outline
    FAX = "fax"  # a cover sheet and pure black on white


@dataclass(frozen=True, slots=True)
class BankDetails:
    """The operator's bank account: what a transfer and the payment QR code are made out to.

    The defaults are fictional, with correct check digits, for the demo operator.
    """

    bank_name: str = "ПАО «Столичный расчётный банк»"
    bic: str = "044525341"
    correspondent_account: str = "30101810300000000341"
    settlement_account: str = "40702810300000012345"


@dataclass(frozen=True, slots=True)
class OperatorDetails:
    """The operator as its bills name it; the defaults are the fictional demo operator."""

    name: str = "ПАО «Связь-Телеком»"
    brand: str = "Связь-Телеком"
    inn: str = "7709412350"
    kpp: str = "770901001"
    ogrn: str = "1027700001230"
    address: str = "109028, г. Москва, Покровский бульвар, д. 3, стр. 1"
    phone_short: str = "0890"
    phone_free: str = "8 800 250-0890"
    phone_roaming: str = "+7 495 766-01-66"
    website: str = "svyaz-telecom.example"
    email: str = "help@svyaz-telecom.example"
    bank: BankDetails = field(default_factory=BankDetails)


@dataclass(frozen=True, slots=True)
class PostalAddress:
    """A Russian postal address, printed in the order the post office reads it."""

    postcode: str
    city: str
    street: str
    house: str
    flat: str | None = None
    region: str | None = None


@dataclass(frozen=True, slots=True)
class Customer:
    """The account's owner: a person's full name or a company's name."""

    name: str
    inn: str | None = None
    kpp: str | None = None
    postal_address: PostalAddress | None = None
    email: str | None = None


@dataclass(frozen=True, slots=True)
class LineSummary:
    """A line (subscriber number, E.164) of the account as the bill heads its section."""

    msisdn: str
    tariff_name: str


@dataclass(frozen=True, slots=True)
class ChargeLine:
    """One charge of the period; ``msisdn`` is None for a charge on the account itself.

    ``category`` is one of :data:`CHARGE_CATEGORIES`; a negative amount is a credit.
    """

    category: str
    description: str
    amount: Decimal
    msisdn: str | None = None


@dataclass(frozen=True, slots=True)
class Payment:
    """Money received on the account in the period; ``method`` is one of PAYMENT_METHODS."""

    paid_at: datetime
    amount: Decimal
    method: str
    reference: str = ""


@dataclass(frozen=True, slots=True)
class UsageRow:
    """One call, message or data session as billing rated it.

    Calls carry ``duration_s``, data sessions ``volume_bytes``; ``roaming_country`` is the
    ISO 3166 code of the country a roaming event happened in.
    """

    msisdn: str
    started_at: datetime
    kind: str
    direction: str
    zone: str
    cost: Decimal
    other_party: str | None = None
    duration_s: int | None = None
    volume_bytes: int | None = None
    roaming_country: str | None = None


@dataclass(frozen=True, slots=True)
class StatementData:
    """Everything one account's statement for one month shows.

    ``period`` is the first day of the month, as charges and invoices store it. Every total
    the document prints is computed from ``charges``, ``payments`` and ``usage``, so it adds
    up to the records given, to the kopeck. ``lines`` lists the account's lines in the order
    the bill shows them; a charge or usage row on a number not listed gets a section too.
    """

    invoice_number: str
    issued_on: date
    period: date
    due_date: date
    customer: Customer
    account_number: str
    contract_number: str
    time_zone: str = "Europe/Moscow"
    opening_balance: Decimal = Decimal("0.00")
    lines: tuple[LineSummary, ...] = ()
    charges: tuple[ChargeLine, ...] = ()
    payments: tuple[Payment, ...] = ()
    usage: tuple[UsageRow, ...] = ()
    operator: OperatorDetails = field(default_factory=OperatorDetails)

    def __post_init__(self) -> None:
        if self.period.day != 1:
            raise StatementDataError(f"period must be the first day of a month: {self.period}")
        try:
            ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise StatementDataError(f"unknown time zone: {self.time_zone!r}") from None
        _require_money("opening_balance", self.opening_balance)
        for charge in self.charges:
            _require_money("charge amount", charge.amount)
            if charge.category not in CHARGE_CATEGORIES:
                raise StatementDataError(f"unknown charge category: {charge.category!r}")
        for payment in self.payments:
            _require_money("payment amount", payment.amount)
            _require_aware("payment time", payment.paid_at)
            if payment.method not in PAYMENT_METHODS:
                raise StatementDataError(f"unknown payment method: {payment.method!r}")
        for row in self.usage:
            _require_money("usage cost", row.cost)
            _require_aware("usage start", row.started_at)
            if row.kind not in USAGE_KINDS:
                raise StatementDataError(f"unknown usage kind: {row.kind!r}")
            if row.direction not in DIRECTIONS:
                raise StatementDataError(f"unknown direction: {row.direction!r}")
            if row.zone not in ZONES:
                raise StatementDataError(f"unknown zone: {row.zone!r}")


@dataclass(frozen=True, slots=True)
class FaxCover:
    """What the cover sheet of a fax says; the number of pages is counted when it is built."""

    recipient: str
    fax_number: str
    sender: str
    sent_at: datetime
    sender_phone: str | None = None
    subject: str | None = None  # None: "Счёт № … за <month>" in the document's language
    note: str | None = None


@dataclass(frozen=True, slots=True)
class StatementOptions:
    """How to build the document.

    ``window_offset_mm`` moves the address block from its DIN 5008 form B place (dx to the
    right, dy down) for envelopes whose window sits elsewhere; only the post variant uses it.
    """

    delivery: Delivery = Delivery.EMAIL
    language: str = "ru"
    include_invoice: bool = True
    include_detail: bool = True
    window_offset_mm: tuple[float, float] = (0.0, 0.0)
    fax_cover: FaxCover | None = None

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise StatementDataError(f"unsupported language: {self.language!r}")
        if not (self.include_invoice or self.include_detail):
            raise StatementDataError("a statement needs the invoice, the detail or both")
        if self.delivery is Delivery.FAX and self.fax_cover is None:
            raise StatementDataError("a fax statement needs a fax cover")
        if self.fax_cover is not None:
            _require_aware("fax time", self.fax_cover.sent_at)


def _require_money(what: str, value: object) -> None:
    """Whole kopecks only: a fraction of a kopeck would make printed sums disagree."""
    if not isinstance(value, Decimal) or not value.is_finite() or value != round(value, 2):
        raise StatementDataError(f"{what} must be a Decimal in whole kopecks, not {value!r}")


def _require_aware(what: str, value: datetime) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise StatementDataError(f"{what} must carry a time zone: {value.isoformat()}")

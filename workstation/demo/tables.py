"""The tables the demo generator fills, and the column order of the rows it makes for them.

A row is a plain tuple in the order of :data:`COLUMNS`: money in whole kopecks, dates as
ISO text, moments as the database's timestamp text (see :mod:`workstation.demo.days`).
"""

from __future__ import annotations

from dataclasses import dataclass

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

Row = tuple[object, ...]
Rows = dict[str, list[Row]]


def empty_rows() -> Rows:
    return {name: [] for name in COLUMNS}


@dataclass(slots=True)
class Counters:
    """The last id given in each table; ids are consecutive, in the order rows are made."""

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

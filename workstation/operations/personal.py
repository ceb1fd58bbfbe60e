"""Personal data, how the bill is delivered, and the self-care password.

Every value is checked before it is stored, and what it replaces is kept as a
:class:`DataChange`, so the agent (and the subscriber) can see what it used to be. The
one-time self-care password goes to the subscriber's own number by SMS and is never shown
to the agent.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import (
    BillDelivery,
    Customer,
    CustomerKind,
    DataChange,
    OutboxKind,
    PersonalAccount,
)
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.names import name_key
from workstation.operations.billing_rules import local_date
from workstation.operations.context import account_for_change, line_for_change
from workstation.operations.errors import Invalid
from workstation.operations.framework import Context, check_version, operation, touch
from workstation.outbox import queue_message
from workstation.phone import to_e164
from workstation.secrets import hash_secret

EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
NAME = re.compile(r"^[А-ЯЁа-яёA-Za-z][А-ЯЁа-яёA-Za-z' -]{0,79}$")
POSTCODE = re.compile(r"^\d{6}$")
DIVISION = re.compile(r"^\d{3}-\d{3}$")
PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
PASSWORD_LENGTH = 10

ADDRESS_FIELDS = ("postcode", "region", "city", "street", "house", "flat")


@dataclass(frozen=True)
class DataChanged:
    entity: str
    entity_id: int
    fields: tuple[str, ...]


def _invalid(field: str) -> Invalid:
    return Invalid(QT_TRANSLATE_NOOP("errors", "The value of «{field}» is not valid."), field=field)


def _name(value: str, field: str) -> str:
    value = " ".join(value.split())
    if not NAME.match(value):
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "errors", "«{value}» is not a name: letters, hyphens and spaces only."
            ),
            value=value,
        )
    return value


def _postcode(value: str) -> str:
    value = value.strip()
    if not POSTCODE.match(value):
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "A postcode has six digits; «{value}» does not."),
            value=value,
        )
    return value


def email_address(value: str) -> str:
    value = value.strip()
    if not EMAIL.match(value) or ".." in value:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "«{value}» is not an e-mail address."), value=value
        )
    return value


def _phone(value: str) -> str:
    number = to_e164(value)
    if number is None:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "{caller} is not a phone number."), caller=value)
    return number


def _text(value: str, field: str, limit: int = 150) -> str:
    value = " ".join(value.split())
    if not value or len(value) > limit:
        raise _invalid(field)
    return value


def _record(
    session: Session,
    ctx: Context,
    entity: str,
    entity_id: int,
    row: Any,
    changes: dict[str, Any],
) -> list[str]:
    """Apply the changes to ``row``, keeping each old value; return the fields that changed."""
    changed = []
    for field, new in changes.items():
        old = getattr(row, field)
        if old == new:
            continue
        session.add(
            DataChange(
                entity=entity,
                entity_id=entity_id,
                field=field,
                old_value=None if old is None else str(old),
                new_value=None if new is None else str(new),
                changed_at=ctx.now,
                agent_id=ctx.agent.user_id,
                interaction_id=ctx.interaction_id,
            )
        )
        setattr(row, field, new)
        changed.append(field)
    return changed


PERSON_FIELDS = (
    "last_name",
    "first_name",
    "middle_name",
    "birth_date",
    "passport_series",
    "passport_number",
    "passport_issued_by",
    "passport_issued_on",
    "passport_division_code",
    "reg_postcode",
    "reg_region",
    "reg_city",
    "reg_street",
    "reg_house",
    "reg_flat",
    "email",
    "contact_phone",
)


def _validated_person(values: dict[str, Any], today: date) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for field, value in values.items():
        if field not in PERSON_FIELDS:
            raise _invalid(field)
        if value is None or value == "":
            if field in ("last_name", "first_name", "passport_series", "passport_number"):
                raise _invalid(field)
            out[field] = None
            continue
        if field in ("last_name", "first_name", "middle_name"):
            out[field] = _name(str(value), field)
        elif field in ("birth_date", "passport_issued_on"):
            day = value if isinstance(value, date) else date.fromisoformat(str(value))
            if day > today or day.year < 1900:
                raise _invalid(field)
            out[field] = day
        elif field == "passport_series":
            text = "".join(str(value).split())
            if not (text.isdigit() and len(text) == 4):
                raise Invalid(QT_TRANSLATE_NOOP("errors", "A passport series has four digits."))
            out[field] = text
        elif field == "passport_number":
            text = "".join(str(value).split())
            if not (text.isdigit() and len(text) == 6):
                raise Invalid(QT_TRANSLATE_NOOP("errors", "A passport number has six digits."))
            out[field] = text
        elif field == "passport_division_code":
            if not DIVISION.match(str(value).strip()):
                raise Invalid(QT_TRANSLATE_NOOP("errors", "A division code looks like 770-001."))
            out[field] = str(value).strip()
        elif field == "reg_postcode":
            out[field] = _postcode(str(value))
        elif field == "email":
            out[field] = email_address(str(value))
        elif field == "contact_phone":
            out[field] = _phone(str(value))
        else:
            out[field] = _text(str(value), field)
    return out


@operation("update_personal_data", verification=True, reason="personal_data")
def update_personal_data(
    session: Session,
    ctx: Context,
    *,
    line_id: int,
    last_name: str | None = None,
    first_name: str | None = None,
    middle_name: str | None = None,
    birth_date: date | None = None,
    passport_series: str | None = None,
    passport_number: str | None = None,
    passport_issued_by: str | None = None,
    passport_issued_on: date | None = None,
    passport_division_code: str | None = None,
    reg_postcode: str | None = None,
    reg_region: str | None = None,
    reg_city: str | None = None,
    reg_street: str | None = None,
    reg_house: str | None = None,
    reg_flat: str | None = None,
    email: str | None = None,
    contact_phone: str | None = None,
    expected_version: int | None = None,
) -> DataChanged:
    """Change the customer's name, passport, registration address or contacts.

    A field left None stays as it is; an empty string clears it where that is allowed.
    """
    given = locals()
    changes = {field: given[field] for field in PERSON_FIELDS if given[field] is not None}
    line = line_for_change(session, ctx, line_id, None)
    account = session.get_one(PersonalAccount, line.account_id)
    customer = session.get_one(Customer, account.customer_id, with_for_update=True)
    check_version(session, ctx, customer, expected_version)
    if not changes:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "Nothing to change."))
    values = _validated_person(changes, local_date(ctx.now, account))
    changed = _record(session, ctx, "customer", customer.id, customer, values)
    if not changed:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "Nothing to change."))
    if customer.kind == CustomerKind.INDIVIDUAL:
        customer.name_key = name_key(customer.last_name, customer.first_name, customer.middle_name)
    touch(customer, ctx)
    ctx.record(session, "update_personal_data", "customer", customer.id, {"fields": changed})
    return DataChanged("customer", customer.id, tuple(changed))


@operation("update_bill_delivery", verification=True, reason="bill_delivery")
def update_bill_delivery(
    session: Session,
    ctx: Context,
    *,
    account_id: int,
    method: BillDelivery,
    postcode: str | None = None,
    region: str | None = None,
    city: str | None = None,
    street: str | None = None,
    house: str | None = None,
    flat: str | None = None,
    email: str | None = None,
    fax: str | None = None,
    expected_version: int | None = None,
) -> DataChanged:
    """Change how the bill is delivered: by post (with the address), e-mail, fax, or not at all."""
    account = account_for_change(session, ctx, account_id, expected_version)
    values: dict[str, Any] = {"bill_delivery": method}
    if method == BillDelivery.POST:
        values["bill_postcode"] = _postcode(postcode or "")
        for field, value in (("city", city), ("street", street), ("house", house)):
            if not value or not value.strip():
                raise Invalid(
                    QT_TRANSLATE_NOOP("errors", "A postal address needs the {field}."), field=field
                )
            values[f"bill_{field}"] = _text(value, field)
        values["bill_region"] = _text(region, "region") if region else None
        values["bill_flat"] = _text(flat, "flat", 10) if flat else None
    elif method == BillDelivery.EMAIL:
        values["bill_email"] = email_address(email or "")
    elif method == BillDelivery.FAX:
        values["bill_fax"] = _phone(fax or "")
    changed = _record(session, ctx, "account", account.id, account, values)
    if not changed:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "Nothing to change."))
    touch(account, ctx)
    ctx.record(
        session,
        "update_bill_delivery",
        "account",
        account.id,
        {"method": method.value, "fields": changed},
    )
    return DataChanged("account", account.id, tuple(changed))


@dataclass(frozen=True)
class PasswordReset:
    line_id: int
    sent_to: str


@operation("reset_selfcare_password", verification=True, reason="password_reset")
def reset_selfcare_password(
    session: Session, ctx: Context, *, line_id: int, expected_version: int | None = None
) -> PasswordReset:
    """Send a one-time self-care password by SMS to the line itself; it must be changed at first use."""
    line = line_for_change(session, ctx, line_id, expected_version)
    password = "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(PASSWORD_LENGTH))
    line.selfcare_password_hash = hash_secret(password)
    line.selfcare_must_change = True
    account = session.get_one(PersonalAccount, line.account_id)
    queue_message(
        session,
        kind=OutboxKind.SMS,
        purpose="selfcare_password",
        recipient=line.msisdn,
        body=(
            f"Временный пароль от личного кабинета: {password}. "
            "При первом входе задайте новый. Никому не сообщайте этот пароль."
        ),
        sensitive=True,
        now=ctx.now,
        customer_id=account.customer_id,
        line_id=line.id,
        interaction_id=ctx.interaction_id,
    )
    touch(line, ctx)
    ctx.record(session, "reset_selfcare_password", "line", line_id, {"sent_to": line.msisdn})
    return PasswordReset(line_id, line.msisdn)


def previous_values(session: Session, entity: str, entity_id: int) -> list[DataChange]:
    """The history of changed fields, the newest first."""
    return list(
        session.scalars(
            select(DataChange)
            .where(DataChange.entity == entity, DataChange.entity_id == entity_id)
            .order_by(DataChange.changed_at.desc(), DataChange.id.desc())
        )
    )

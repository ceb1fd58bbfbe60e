"""Changing a subscriber's number for a free one from the pool.

The agent finds numbers by their last digits or by a pattern (``916***77**``), by
category, each with its category's price. The line keeps its tariff, services, balance and
history; the old number rests in quarantine (``[rules] quarantine_days``, 90 by default)
before anyone else can have it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from models import (
    ChargeCategory,
    NumberAssignment,
    NumberCategory,
    PersonalAccount,
    PoolNumber,
    PoolStatus,
)
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.operations.billing_rules import charge
from workstation.operations.context import line_for_change
from workstation.operations.errors import Invalid
from workstation.operations.framework import Context, operation, touch
from workstation.operations.lines import notify_contacts
from workstation.phone import digits, format_msisdn, reversed_digits, to_e164

OFFERS_LIMIT = 50


@dataclass(frozen=True)
class NumberOffer:
    msisdn: str
    category: str
    category_name: str
    price: Decimal

    @property
    def display(self) -> str:
        return format_msisdn(self.msisdn)


@dataclass(frozen=True)
class NumberChanged:
    line_id: int
    old_msisdn: str
    new_msisdn: str
    price: Decimal
    quarantine_until: datetime


def _available(now: datetime) -> object:
    return or_(
        PoolNumber.status == PoolStatus.FREE,
        and_(PoolNumber.status == PoolStatus.QUARANTINE, PoolNumber.quarantine_until <= now),
    )


def find_free_numbers(
    session: Session,
    *,
    now: datetime,
    ending: str = "",
    pattern: str = "",
    category: str | None = None,
    limit: int = OFFERS_LIMIT,
) -> list[NumberOffer]:
    """Numbers that can be given now: by their last digits, a ``*`` pattern, or category.

    A pattern is the ten digits after +7 with ``*`` (or ``?``) for any digit.
    """
    query = (
        select(PoolNumber.msisdn, NumberCategory.code, NumberCategory.name, NumberCategory.price)
        .join(NumberCategory, NumberCategory.code == PoolNumber.category_code)
        .where(_available(now))  # type: ignore[arg-type]
    )
    tail = digits(ending)
    if tail:
        key = reversed_digits("+" + tail)
        query = query.where(
            PoolNumber.msisdn_reversed >= key,
            PoolNumber.msisdn_reversed < key[:-1] + chr(ord(key[-1]) + 1),
        )
    mask = "".join(ch for ch in pattern if ch.isdigit() or ch in "*?")
    if mask:
        if len(mask) != 10:
            raise Invalid(
                QT_TRANSLATE_NOOP(
                    "errors", "A pattern has the ten digits after +7, with * for any digit."
                )
            )
        query = query.where(PoolNumber.msisdn.like("+7" + mask.replace("*", "_").replace("?", "_")))
    if category:
        query = query.where(PoolNumber.category_code == category)
    query = query.order_by(NumberCategory.rank, PoolNumber.msisdn).limit(limit)
    return [NumberOffer(*row) for row in session.execute(query)]


@operation("change_number", verification=True, reason="number_change")
def change_number(
    session: Session,
    ctx: Context,
    *,
    line_id: int,
    new_msisdn: str,
    expected_version: int | None = None,
) -> NumberChanged:
    """Give the line another number from the pool; the old one goes to quarantine."""
    line = line_for_change(session, ctx, line_id, expected_version)
    wanted = to_e164(new_msisdn)
    if wanted is None:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "{caller} is not a phone number."), caller=new_msisdn
        )
    offer = session.scalar(select(PoolNumber).where(PoolNumber.msisdn == wanted))
    if offer is None:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The number {number} is not in the pool of free numbers."),
            number=format_msisdn(wanted),
        )
    if offer.status == PoolStatus.RESERVED or (
        offer.status == PoolStatus.QUARANTINE
        and offer.quarantine_until is not None
        and offer.quarantine_until > ctx.now
    ):
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The number {number} is in quarantine until {day}."),
            number=format_msisdn(wanted),
            day=offer.quarantine_until.astimezone(ctx.now.tzinfo).date()
            if offer.quarantine_until
            else "—",
        )
    category = session.get_one(NumberCategory, offer.category_code)
    account = session.get_one(PersonalAccount, line.account_id)
    old = line.msisdn
    until = ctx.now + timedelta(days=ctx.rules.quarantine_days)
    session.delete(offer)
    session.flush()
    session.add(
        PoolNumber(
            msisdn=old,
            msisdn_reversed=reversed_digits(old),
            category_code="ordinary",
            status=PoolStatus.QUARANTINE,
            quarantine_until=until,
        )
    )
    for assignment in session.scalars(
        select(NumberAssignment).where(
            NumberAssignment.line_id == line_id, NumberAssignment.released_at.is_(None)
        )
    ):
        assignment.released_at = ctx.now
    session.add(
        NumberAssignment(
            msisdn=wanted,
            msisdn_reversed=reversed_digits(wanted),
            line_id=line_id,
            customer_id=account.customer_id,
            assigned_at=ctx.now,
        )
    )
    line.msisdn = wanted
    line.msisdn_reversed = reversed_digits(wanted)
    charge(
        session,
        account,
        amount=category.price,
        category=ChargeCategory.ONE_OFF,
        description=f"Смена номера на {format_msisdn(wanted)} (категория «{category.name}»)",
        at=ctx.now,
        line_id=line_id,
    )
    touch(line, ctx)
    touch(account, ctx)
    notify_contacts(
        session,
        ctx,
        line,
        purpose="number_changed",
        subject="Смена номера",
        text=(
            f"Ваш номер {format_msisdn(old)} заменён на {format_msisdn(wanted)}. Тариф, услуги "
            "и баланс сохранены. Если вы не заказывали смену номера, позвоните по номеру 0890."
        ),
    )
    ctx.record(
        session,
        "change_number",
        "line",
        line_id,
        {
            "old": old,
            "new": wanted,
            "price": str(category.price),
            "quarantine_until": until.isoformat(),
        },
    )
    return NumberChanged(line_id, old, wanted, category.price, until)

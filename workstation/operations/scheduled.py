"""Changes arranged in advance that come into force on their day.

A tariff chosen "from the next period", a voluntary block asked for from a later day, and
the end of a block with an end date. They are put in force before any change to the line
(:func:`workstation.operations.context.line_for_change`), so an operation always sees the
line as it is today.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ChargeCategory, Line, LineStatus, PersonalAccount, TariffPlan
from workstation.operations.billing_rules import charge, local_date, start_of
from workstation.operations.framework import Context


def block_fee(
    session: Session, ctx: Context, line: Line, account: PersonalAccount, until: date
) -> Decimal:
    """Charge the days of a voluntary block beyond the tariff's free ones, up to ``until``."""
    tariff = session.scalar(select(TariffPlan).where(TariffPlan.id == line.tariff_id))
    assert tariff is not None
    started = line.block_from or local_date(line.status_changed_at, account)
    paid_days = max(0, (until - started).days - tariff.block_free_days)
    amount = tariff.block_daily_fee * paid_days
    charge(
        session,
        account,
        amount=amount,
        category=ChargeCategory.SERVICE,
        description=f"Добровольная блокировка: {paid_days} дн. × {tariff.block_daily_fee} ₽",
        at=ctx.now,
        line_id=line.id,
    )
    return amount


def apply_scheduled(session: Session, ctx: Context, line: Line) -> None:
    account = session.get_one(PersonalAccount, line.account_id)
    today = local_date(ctx.now, account)
    if line.next_tariff_id is not None and line.next_tariff_on and line.next_tariff_on <= today:
        line.tariff_id = line.next_tariff_id
        line.next_tariff_id = None
        line.next_tariff_on = None
    if line.status == LineStatus.ACTIVE and line.block_from and line.block_from <= today:
        line.status = LineStatus.VOLUNTARY_BLOCK
        line.status_changed_at = start_of(line.block_from, account)
    if (
        line.status == LineStatus.VOLUNTARY_BLOCK
        and line.block_until is not None
        and line.block_until <= today
    ):
        block_fee(session, ctx, line, account, line.block_until)
        line.status = LineStatus.ACTIVE
        line.status_changed_at = start_of(line.block_until, account)
        line.block_from = None
        line.block_until = None

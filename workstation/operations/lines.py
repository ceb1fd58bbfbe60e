"""Blocks, SIM cards and their codes: what an agent does to a line on the subscriber's word.

A voluntary block runs from a day to a day (or until lifted) and costs what the tariff
says: free for its first days, then a daily fee, charged when it ends. A lost or stolen
SIM is blocked at once, on the word of a caller verified by code word or passport (the
caller may not hold the SIM); the replacement gets a new ICCID, IMSI and codes, the old
card stays in history, and the customer is told on the contacts on file. The line keeps
the status the lost-SIM block interrupted and returns to it with the new SIM: a new card
does not lift a debt block (only the money does) nor a voluntary one (only the subscriber).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import (
    Customer,
    Line,
    LineStatus,
    OutboxKind,
    PersonalAccount,
    Sim,
    SimStatus,
    TariffPlan,
)
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.operations.billing_rules import local_date
from workstation.operations.context import line_for_change
from workstation.operations.errors import Invalid
from workstation.operations.framework import Context, operation, touch
from workstation.operations.scheduled import apply_scheduled, block_fee
from workstation.outbox import queue_message
from workstation.phone import format_msisdn
from workstation.russian_ids import is_valid_luhn, luhn_digit

# The caller may not hold the SIM: identity by what they know, not by the last payment.
STRONG_METHODS = frozenset({"code_word", "passport"})
ICCID_PREFIX = "8970101"
IMSI_PREFIX = "25001"


@dataclass(frozen=True)
class BlockTerms:
    free_days: int
    daily_fee: Decimal


@dataclass(frozen=True)
class BlockChanged:
    line_id: int
    status: LineStatus
    block_from: date | None
    block_until: date | None
    charged: Decimal


@dataclass(frozen=True)
class SimReplaced:
    line_id: int
    iccid: str
    old_iccid: str
    notices: int
    status: LineStatus
    """The line's status with the new SIM: still blocked if a debt or voluntary block stays."""


@dataclass(frozen=True)
class SimCodes:
    """The codes of the line's SIM, for the caller's ears only; never logged or exported."""

    iccid: str
    pin1: str
    puk1: str
    pin2: str
    puk2: str

    def __repr__(self) -> str:
        return f"SimCodes(iccid=…{self.iccid[-4:]}, codes hidden)"


def block_terms(session: Session, line_id: int) -> BlockTerms:
    tariff = session.scalar(
        select(TariffPlan).join(Line, Line.tariff_id == TariffPlan.id).where(Line.id == line_id)
    )
    if tariff is None:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "Line {line} not found"), line=line_id)
    return BlockTerms(tariff.block_free_days, tariff.block_daily_fee)


@operation("block_voluntary", verification=True, reason="voluntary_block")
def block_voluntary(
    session: Session,
    ctx: Context,
    *,
    line_id: int,
    start: date | None = None,
    end: date | None = None,
    expected_version: int | None = None,
) -> BlockChanged:
    """Block the line at the subscriber's request, from a day (today) to a day (or open-ended)."""
    line = line_for_change(session, ctx, line_id, expected_version)
    account = session.get_one(PersonalAccount, line.account_id)
    today = local_date(ctx.now, account)
    start = start or today
    if line.status != LineStatus.ACTIVE:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The line is not active ({status}): it cannot be blocked."),
            status=line.status,
        )
    if line.block_from is not None:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "A block from {day} is already arranged; cancel it first."),
            day=line.block_from,
        )
    if start < today:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "The date {day} is in the past."), day=start)
    if end is not None and end <= start:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The block ends ({end}) before it starts ({start})."),
            end=end,
            start=start,
        )
    line.block_from = start
    line.block_until = end
    if start == today:
        line.status = LineStatus.VOLUNTARY_BLOCK
        line.status_changed_at = ctx.now
    touch(line, ctx)
    ctx.record(
        session,
        "block_voluntary",
        "line",
        line_id,
        {"from": start.isoformat(), "until": end.isoformat() if end else None},
    )
    return BlockChanged(line_id, line.status, start, end, Decimal("0.00"))


@operation("unblock_voluntary", verification=True, reason="voluntary_block")
def unblock_voluntary(
    session: Session, ctx: Context, *, line_id: int, expected_version: int | None = None
) -> BlockChanged:
    """Lift a voluntary block (or cancel one arranged for later), charging the days beyond the free ones."""
    line = line_for_change(session, ctx, line_id, expected_version)
    account = session.get_one(PersonalAccount, line.account_id)
    lost = line.status == LineStatus.LOST_SIM_BLOCK
    # Under a lost-SIM block the voluntary one is what the new SIM would return to.
    status = line.status_before_lost_sim if lost else line.status
    if status != LineStatus.VOLUNTARY_BLOCK and line.block_from is None:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The line has no voluntary block to lift ({status})."),
            status=line.status,
        )
    charged = Decimal("0.00")
    if status == LineStatus.VOLUNTARY_BLOCK:
        charged = block_fee(session, ctx, line, account, local_date(ctx.now, account))
        if lost:
            line.status_before_lost_sim = LineStatus.ACTIVE
        else:
            line.status = LineStatus.ACTIVE
            line.status_changed_at = ctx.now
    line.block_from = None
    line.block_until = None
    touch(line, ctx)
    touch(account, ctx)
    ctx.record(session, "unblock_voluntary", "line", line_id, {"charged": str(charged)})
    return BlockChanged(line_id, line.status, None, None, charged)


@operation("block_lost_sim", verification=True, methods=STRONG_METHODS, reason="lost_sim")
def block_lost_sim(
    session: Session, ctx: Context, *, line_id: int, expected_version: int | None = None
) -> BlockChanged:
    """Block the line at once: the SIM is lost or stolen."""
    line = line_for_change(session, ctx, line_id, expected_version)
    if line.status == LineStatus.LOST_SIM_BLOCK:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "The SIM is already blocked as lost."))
    before = line.status
    if before == LineStatus.VOLUNTARY_BLOCK and line.block_from is None:
        # Its fee counts from its first day, which the status change below would forget.
        account = session.get_one(PersonalAccount, line.account_id)
        line.block_from = local_date(line.status_changed_at, account)
    line.status_before_lost_sim = before
    line.status = LineStatus.LOST_SIM_BLOCK
    line.status_changed_at = ctx.now
    touch(line, ctx)
    ctx.record(session, "block_lost_sim", "line", line_id, {"before": before.value})
    return BlockChanged(line_id, line.status, None, None, Decimal("0.00"))


def _new_iccid(session: Session) -> str:
    while True:
        body = ICCID_PREFIX + f"{secrets.randbelow(10**12):012d}"
        iccid = body + luhn_digit(body)
        if session.scalar(select(Sim.id).where(Sim.iccid == iccid)) is None:
            return iccid


def _new_imsi(session: Session) -> str:
    while True:
        imsi = IMSI_PREFIX + f"{secrets.randbelow(10**10):010d}"
        if session.scalar(select(Sim.id).where(Sim.imsi == imsi)) is None:
            return imsi


def _code(digits: int) -> str:
    return f"{secrets.randbelow(10**digits):0{digits}d}"


@operation("replace_sim", verification=True, methods=STRONG_METHODS, reason="lost_sim")
def replace_sim(
    session: Session,
    ctx: Context,
    *,
    line_id: int,
    iccid: str | None = None,
    expected_version: int | None = None,
) -> SimReplaced:
    """Give the line a new SIM (the blank's ICCID, or a new one); the old card goes to history.

    A line blocked as lost returns to the status the block interrupted (active, or still
    blocked for debt or at the subscriber's request), not simply to active.
    """
    line = line_for_change(session, ctx, line_id, expected_version)
    if iccid is not None:
        iccid = "".join(iccid.split())
        if not (iccid.startswith("89") and len(iccid) in (19, 20) and is_valid_luhn(iccid)):
            raise Invalid(
                QT_TRANSLATE_NOOP("errors", "{iccid} is not a valid ICCID (check the digits)."),
                iccid=iccid,
            )
        if session.scalar(select(Sim.id).where(Sim.iccid == iccid)) is not None:
            raise Invalid(
                QT_TRANSLATE_NOOP("errors", "The SIM {iccid} is already issued."), iccid=iccid
            )
    old = session.scalar(select(Sim).where(Sim.line_id == line_id, Sim.status == SimStatus.ACTIVE))
    lost = line.status == LineStatus.LOST_SIM_BLOCK
    if old is not None:
        old.status = SimStatus.REPLACED
        old.replaced_at = ctx.now
        old.replace_reason = "Утеря или кража SIM-карты" if lost else "Замена SIM-карты"
        session.flush()
    new = Sim(
        line_id=line_id,
        iccid=iccid or _new_iccid(session),
        imsi=_new_imsi(session),
        pin1=_code(4),
        puk1=_code(8),
        pin2=_code(4),
        puk2=_code(8),
        status=SimStatus.ACTIVE,
        installed_at=ctx.now,
    )
    new.iccid_reversed = new.iccid[::-1]
    session.add(new)
    status = line.status
    if lost:
        # A line blocked as lost before the interrupted status was kept: nothing but active.
        line.status = line.status_before_lost_sim or LineStatus.ACTIVE
        line.status_before_lost_sim = None
        line.status_changed_at = ctx.now
        # A voluntary block that was due to start or end while the SIM was lost does now.
        apply_scheduled(session, ctx, line)
    touch(line, ctx)
    notices = notify_contacts(
        session,
        ctx,
        line,
        purpose="sim_replaced",
        subject="Замена SIM-карты",
        text=(
            f"Для номера {format_msisdn(line.msisdn)} выпущена новая SIM-карта "
            f"(…{new.iccid[-4:]}). Прежняя SIM-карта больше не работает. Если вы не "
            "заказывали замену, позвоните по номеру 0890."
        ),
    )
    ctx.record(
        session,
        "replace_sim",
        "line",
        line_id,
        {
            "old_iccid": old.iccid if old else None,
            "new_iccid": new.iccid,
            "notices": notices,
            "before": status.value,
            "after": line.status.value,
        },
    )
    return SimReplaced(line_id, new.iccid, old.iccid if old else "", notices, line.status)


def notify_contacts(
    session: Session, ctx: Context, line: Line, *, purpose: str, subject: str, text: str
) -> int:
    """Tell the customer on the contacts on file: the line itself, the contact phone, e-mail."""
    customer = session.scalar(
        select(Customer)
        .join(PersonalAccount, PersonalAccount.customer_id == Customer.id)
        .where(PersonalAccount.id == line.account_id)
    )
    assert customer is not None
    targets: list[tuple[OutboxKind, str]] = [(OutboxKind.SMS, line.msisdn)]
    if customer.contact_phone and customer.contact_phone != line.msisdn:
        targets.append((OutboxKind.SMS, customer.contact_phone))
    if customer.email:
        targets.append((OutboxKind.EMAIL, customer.email))
    for kind, recipient in targets:
        queue_message(
            session,
            kind=kind,
            purpose=purpose,
            recipient=recipient,
            subject=subject if kind == OutboxKind.EMAIL else "",
            body=text,
            now=ctx.now,
            customer_id=customer.id,
            line_id=line.id,
            interaction_id=ctx.interaction_id,
        )
    return len(targets)


@operation("reveal_sim_codes", verification=True, reason="pin_puk")
def reveal_sim_codes(session: Session, ctx: Context, *, line_id: int) -> SimCodes:
    """Show the SIM's PIN and PUK codes to a verified caller; the view is on record, the codes not."""
    sim = session.scalar(select(Sim).where(Sim.line_id == line_id, Sim.status == SimStatus.ACTIVE))
    if sim is None:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "The line has no active SIM."))
    ctx.record(session, "reveal_sim_codes", "line", line_id, {"iccid_tail": sim.iccid[-4:]})
    return SimCodes(sim.iccid, sim.pin1, sim.puk1, sim.pin2, sim.puk2)

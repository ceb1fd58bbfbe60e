"""Verifying the caller: code word, passport, or the amount and date of the last payment.

Every attempt is recorded and audited, successful or not: the attempt is the operation,
and a wrong answer is its result, not a refusal. Three failures in one interaction, or
five on a line within 24 hours, lock verification of the line until a supervisor
unlocks it; an attempt on a locked line is refused unheard, and the refusal is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import (
    Customer,
    Interaction,
    Line,
    Payment,
    PersonalAccount,
    VerificationAttempt,
    VerificationLock,
)
from workstation.formatting import zone
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.operations.errors import Invalid, NotFound, VerificationLocked
from workstation.operations.framework import SUPERVISORS, Context, operation
from workstation.phone import digits
from workstation.secrets import normalize_code_word, verify_secret

MAX_FAILURES_PER_INTERACTION = 3
MAX_FAILURES_PER_DAY = 5


class Method(StrEnum):
    CODE_WORD = "code_word"
    PASSPORT = "passport"
    LAST_PAYMENT = "last_payment"


@dataclass(frozen=True)
class VerificationResult:
    success: bool
    method: Method
    failures_left: int
    locked: bool


def active_lock(session: Session, line_id: int) -> VerificationLock | None:
    return session.scalar(
        select(VerificationLock).where(
            VerificationLock.line_id == line_id, VerificationLock.unlocked_at.is_(None)
        )
    )


@operation("verify_caller")
def verify_caller(
    session: Session, ctx: Context, *, line_id: int, method: Method, answer: str
) -> VerificationResult:
    """Check what the caller says against the customer's data; record the attempt."""
    line = session.get(Line, line_id)
    if line is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Line {line} not found"), line=line_id)
    if active_lock(session, line_id) is not None:
        # Refused before anything is written; the refusal itself goes on record (framework).
        raise VerificationLocked(
            QT_TRANSLATE_NOOP(
                "errors",
                "Verification of this line is locked after repeated failures: "
                "a supervisor must unlock it.",
            )
        )
    account = session.get_one(PersonalAccount, line.account_id)
    customer = session.get_one(Customer, account.customer_id)
    success = _check(session, ctx, customer, account, method, answer)
    session.add(
        VerificationAttempt(
            interaction_id=ctx.interaction_id,
            line_id=line_id,
            agent_id=ctx.agent.user_id,
            method=method.value,
            success=success,
            at=ctx.now,
        )
    )
    interaction = session.get_one(Interaction, ctx.interaction_id)
    locked = False
    left = 0
    if success:
        interaction.verified_at = ctx.now
        interaction.verified_method = method.value
        interaction.verified_customer_id = customer.id
        interaction.customer_id = customer.id
        interaction.line_id = line_id
        left = MAX_FAILURES_PER_INTERACTION
    else:
        session.flush()
        in_interaction = _failures(session, line_id, interaction_id=ctx.interaction_id)
        in_day = _failures(session, line_id, since=ctx.now - timedelta(hours=24))
        left = max(
            0,
            min(
                MAX_FAILURES_PER_INTERACTION - in_interaction,
                MAX_FAILURES_PER_DAY - in_day,
            ),
        )
        if left == 0:
            locked = True
            reason = (
                "3 failures in one interaction"
                if in_interaction >= MAX_FAILURES_PER_INTERACTION
                else "5 failures in 24 hours"
            )
            session.add(VerificationLock(line_id=line_id, locked_at=ctx.now, reason=reason))
    ctx.record(
        session,
        "verify_caller",
        "line",
        line_id,
        {"method": method.value, "success": success, "locked": locked},
    )
    return VerificationResult(success, method, left, locked)


def _failures(
    session: Session,
    line_id: int,
    *,
    interaction_id: int | None = None,
    since: datetime | None = None,
) -> int:
    query = select(func.count()).where(
        VerificationAttempt.line_id == line_id, VerificationAttempt.success.is_(False)
    )
    if interaction_id is not None:
        query = query.where(VerificationAttempt.interaction_id == interaction_id)
    if since is not None:
        query = query.where(VerificationAttempt.at >= since)
    return int(session.scalar(query) or 0)


def _check(
    session: Session,
    ctx: Context,
    customer: Customer,
    account: PersonalAccount,
    method: Method,
    answer: str,
) -> bool:
    if not answer.strip():
        raise Invalid(QT_TRANSLATE_NOOP("errors", "Type what the caller said."))
    if method == Method.CODE_WORD:
        if customer.code_word_hash is None:
            raise Invalid(
                QT_TRANSLATE_NOOP("errors", "The customer has no code word: use another method.")
            )
        return verify_secret(normalize_code_word(answer), customer.code_word_hash)
    if method == Method.PASSPORT:
        if not customer.passport_series or not customer.passport_number:
            raise Invalid(QT_TRANSLATE_NOOP("errors", "No passport on file: use another method."))
        return digits(answer) == customer.passport_series + customer.passport_number
    return _last_payment_matches(session, account, answer)


def parse_payment_answer(answer: str) -> tuple[Decimal, date]:
    """``"750,00 25.11.2026"`` or ``"750 2026-11-25"``: the amount and the date said."""
    parts = answer.replace(";", " ").split()
    if len(parts) != 2:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "Give the amount and the date of the last payment.")
        )
    amount_text, day_text = parts
    try:
        amount = Decimal(amount_text.replace(",", ".").replace("\u00a0", ""))
    except InvalidOperation:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "{amount} is not an amount of money."), amount=amount_text
        ) from None
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return amount, datetime.strptime(day_text, pattern).date()
        except ValueError:
            continue
    raise Invalid(QT_TRANSLATE_NOOP("errors", "{day} is not a date."), day=day_text)


def _last_payment_matches(session: Session, account: PersonalAccount, answer: str) -> bool:
    amount, day = parse_payment_answer(answer)
    last = session.execute(
        select(Payment.amount, Payment.paid_at)
        .where(Payment.account_id == account.id)
        .order_by(Payment.paid_at.desc())
        .limit(1)
    ).first()
    if last is None:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The account has no payments: use another method.")
        )
    paid_on = last.paid_at.astimezone(zone(account.time_zone)).date()
    return bool(last.amount == amount and paid_on == day)


@operation("unlock_verification", roles=SUPERVISORS, interaction=False)
def unlock_verification(session: Session, ctx: Context, *, line_id: int) -> int:
    """Lift a verification lock of a line (supervisors)."""
    lock = active_lock(session, line_id)
    if lock is None:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "Verification of this line is not locked."))
    lock.unlocked_at = ctx.now
    lock.unlocked_by_id = ctx.agent.user_id
    ctx.record(session, "unlock_verification", "line", line_id, {"lock": lock.id})
    return lock.id

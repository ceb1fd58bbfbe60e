"""Money an agent moves by hand: adjustments, promised payments, and the debt block.

An adjustment is a credit or debit with a reason code, capped by role (``[rules]`` of the
config): above an agent's cap a supervisor approves it (:mod:`.approvals`), above a
supervisor's nobody does. A promised payment is temporary credit: at most once a calendar
month per account, with a fee by amount tier, taken back when it expires
(:func:`expire_promised_payments`). A line is blocked for debt while its account's balance is
below minus the credit limit (:func:`apply_debt_blocks`); it is reactivated once the money is
there, and a promised payment that brings it there lifts the block at once.

The two jobs are not operations of an agent: the operator's scheduler runs them
(``workstation billing …``) without a login, one transaction per account, and each account
they change is audited as a system event (no agent).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import (
    AccountStatus,
    ChargeCategory,
    Line,
    LineStatus,
    Payment,
    PaymentMethod,
    PersonalAccount,
    PromisedPayment,
    Role,
)
from workstation import audit
from workstation.config import Rules
from workstation.db import Database
from workstation.formatting import money
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.operations.approvals import approvable
from workstation.operations.billing_rules import charge, local_date, start_of
from workstation.operations.context import account_for_change, line_for_change
from workstation.operations.errors import Invalid, NotFound, OverCap
from workstation.operations.framework import Context, operation, touch

ZERO = Decimal("0.00")
KOPECK = Decimal("0.01")


class AdjustmentReason(StrEnum):
    COMPENSATION = "compensation"
    BILLING_ERROR = "billing_error"
    GOODWILL = "goodwill"
    CORRECTION = "correction"
    OTHER = "other"


# How the reason reads in the charge's description on the bill (the bill is in Russian).
REASON_ON_BILL: dict[AdjustmentReason, str] = {
    AdjustmentReason.COMPENSATION: "компенсация",
    AdjustmentReason.BILLING_ERROR: "ошибка начисления",
    AdjustmentReason.GOODWILL: "в знак лояльности",
    AdjustmentReason.CORRECTION: "исправление",
    AdjustmentReason.OTHER: "прочее",
}

PROMISED_FEES: tuple[tuple[Decimal, Decimal], ...] = (
    (Decimal("100.00"), Decimal("7.00")),
    (Decimal("500.00"), Decimal("20.00")),
    (Decimal("1000.00"), Decimal("40.00")),
    (Decimal("2000.00"), Decimal("60.00")),
)
"""The fee of a promised payment: the first tier whose upper bound the amount does not pass."""


def exact_amount(amount: Decimal) -> Decimal:
    """The amount if it is roubles and whole kopecks; refused otherwise."""
    if not amount.is_finite() or amount != amount.quantize(KOPECK):
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "{amount} is not an amount in roubles and kopecks."),
            amount=str(amount),
        )
    return amount.quantize(KOPECK)


def missing_amount(account: PersonalAccount) -> Decimal:
    """How much the balance lacks to be at minus the credit limit (zero when it is not in debt)."""
    return max(ZERO, -account.credit_limit - account.balance)


def _open_account(session: Session, account_id: int) -> PersonalAccount:
    account = session.get(PersonalAccount, account_id)
    if account is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "Personal account {account} not found"), account=account_id
        )
    require_open(account)
    return account


def require_open(account: PersonalAccount) -> None:
    """Refuse a change to a closed account (merged away, or closed by the customer)."""
    if account.status == AccountStatus.CLOSED:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The personal account {account} is closed."),
            account=account.number,
        )


# -- adjustments -------------------------------------------------------------------------


def adjustment_cap(rules: Rules, role: Role) -> Decimal:
    return (
        rules.adjustment_cap_supervisor if role == Role.SUPERVISOR else rules.adjustment_cap_agent
    )


@dataclass(frozen=True)
class AdjustmentQuote:
    balance: Decimal
    balance_after: Decimal
    cap: Decimal
    """The cap of the agent's role."""
    needs_approval: bool
    """Over the agent's cap but within a supervisor's: a supervisor must approve it."""


@dataclass(frozen=True)
class BalanceAdjusted:
    account_id: int
    account_number: str
    amount: Decimal
    reason: AdjustmentReason
    balance: Decimal


def quote_adjustment(
    session: Session, ctx: Context, *, account_id: int, amount: Decimal
) -> AdjustmentQuote:
    """The balance after the adjustment and whether the agent may do it alone."""
    account = _open_account(session, account_id)
    amount = exact_amount(amount)
    if amount == 0:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "An adjustment needs an amount other than zero."))
    top = ctx.rules.adjustment_cap_supervisor
    if abs(amount) > top:
        raise OverCap(
            QT_TRANSLATE_NOOP(
                "errors",
                "An adjustment of {amount} is over the supervisors' cap of {cap}: it cannot be made.",
            ),
            amount=abs(amount),
            cap=top,
        )
    cap = adjustment_cap(ctx.rules, ctx.agent.role)
    return AdjustmentQuote(account.balance, account.balance + amount, cap, abs(amount) > cap)


def _describe_adjustment(result: BalanceAdjusted) -> str:
    return (
        f"счёт {result.account_number}: {'+' if result.amount > 0 else '−'}"
        f"{money(abs(result.amount))} ({REASON_ON_BILL[result.reason]}); "
        f"баланс после: {money(result.balance)}"
    )


@approvable(_describe_adjustment)
@operation("adjust_balance", verification=True, reason="charges")
def adjust_balance(
    session: Session,
    ctx: Context,
    *,
    account_id: int,
    amount: Decimal,
    reason_code: AdjustmentReason,
    note: str,
    expected_version: int | None = None,
) -> BalanceAdjusted:
    """Credit (amount > 0) or debit (amount < 0) the account, with a reason, within the role's cap."""
    account = account_for_change(session, ctx, account_id, expected_version)
    quote = quote_adjustment(session, ctx, account_id=account_id, amount=amount)
    if quote.needs_approval:
        raise OverCap(
            QT_TRANSLATE_NOOP(
                "errors",
                "An adjustment of {amount} is over your cap of {cap}: ask a supervisor to "
                "approve it.",
            ),
            amount=abs(amount),
            cap=quote.cap,
        )
    if not note.strip():
        raise Invalid(QT_TRANSLATE_NOOP("errors", "Write why the balance is adjusted."))
    try:
        reason = AdjustmentReason(reason_code)
    except ValueError:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "Unknown reason {code}: use one of {codes}."),
            code=str(reason_code),
            codes=tuple(AdjustmentReason),
        ) from None
    description = f"Корректировка: {REASON_ON_BILL[reason]} — {' '.join(note.split())}"
    charge(
        session,
        account,
        amount=-amount,
        category=ChargeCategory.ADJUSTMENT,
        description=description[:200],
        at=ctx.now,
        reason_code=reason.value,
    )
    touch(account, ctx)
    ctx.record(
        session,
        "adjust_balance",
        "account",
        account.id,
        {
            "amount": str(amount),
            "reason": reason.value,
            "note": note.strip(),
            "balance": str(account.balance),
        },
    )
    return BalanceAdjusted(account.id, account.number, amount, reason, account.balance)


# -- promised payments -------------------------------------------------------------------


def promised_fee(amount: Decimal) -> Decimal:
    for bound, fee in PROMISED_FEES:
        if amount <= bound:
            return fee
    return PROMISED_FEES[-1][1]


@dataclass(frozen=True)
class PromisedQuote:
    amount: Decimal
    fee: Decimal
    expires_at: datetime
    balance_after: Decimal
    unblocks: tuple[str, ...]
    """The numbers blocked for debt that the payment lifts the block of."""
    still_missing: Decimal
    """What would still be missing after it (then the block stays)."""


@dataclass(frozen=True)
class PromisedPaymentGiven:
    account_id: int
    payment_id: int
    amount: Decimal
    fee: Decimal
    expires_at: datetime
    balance: Decimal
    unblocked: tuple[str, ...]


def _debt_blocked(session: Session, account_id: int, *, lock: bool = False) -> list[Line]:
    query = (
        select(Line)
        .where(Line.account_id == account_id, Line.status == LineStatus.DEBT_BLOCK)
        .order_by(Line.id)
    )
    return list(session.scalars(query.with_for_update() if lock else query))


def quote_promised_payment(
    session: Session, ctx: Context, *, account_id: int, amount: Decimal
) -> PromisedQuote:
    """The fee, the expiry and whether the block lifts; refuses as the payment would."""
    account = _open_account(session, account_id)
    amount = exact_amount(amount)
    limit = ctx.rules.promised_payment_max
    if amount <= 0 or amount > limit:
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "errors", "A promised payment must be more than zero and at most {limit}."
            ),
            limit=limit,
        )
    month = start_of(local_date(ctx.now, account).replace(day=1), account)
    earlier = session.scalar(
        select(func.max(PromisedPayment.created_at)).where(
            PromisedPayment.account_id == account.id, PromisedPayment.created_at >= month
        )
    )
    if earlier is not None:
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "errors",
                "A promised payment was already given on this account this month ({day}): "
                "one a calendar month.",
            ),
            day=local_date(earlier, account),
        )
    open_one = session.scalar(
        select(PromisedPayment.expires_at).where(
            PromisedPayment.account_id == account.id, PromisedPayment.settled_at.is_(None)
        )
    )
    if open_one is not None:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The previous promised payment is still open until {day}."),
            day=local_date(open_one, account),
        )
    fee = promised_fee(amount)
    after = account.balance + amount - fee
    still = max(ZERO, -account.credit_limit - after)
    blocked = _debt_blocked(session, account.id)
    return PromisedQuote(
        amount,
        fee,
        ctx.now + timedelta(days=ctx.rules.promised_payment_days),
        after,
        tuple(line.msisdn for line in blocked) if still == 0 else (),
        still,
    )


@operation("promised_payment", verification=True, reason="debt_unblock")
def promised_payment(
    session: Session,
    ctx: Context,
    *,
    account_id: int,
    amount: Decimal,
    expected_version: int | None = None,
) -> PromisedPaymentGiven:
    """Give temporary credit for a few days, with its fee; it lifts a debt block it covers."""
    _debt_blocked(session, account_id, lock=True)  # lines before their account, as everywhere
    account = account_for_change(session, ctx, account_id, expected_version)
    quote = quote_promised_payment(session, ctx, account_id=account_id, amount=amount)
    payment = Payment(
        account_id=account.id,
        amount=quote.amount,
        method=PaymentMethod.PROMISED,
        paid_at=ctx.now,
        reference=f"ОП до {local_date(quote.expires_at, account):%d.%m.%Y}",
    )
    session.add(payment)
    account.balance = account.balance + quote.amount
    charge(
        session,
        account,
        amount=quote.fee,
        category=ChargeCategory.ONE_OFF,
        description=f"Плата за обещанный платёж {money(quote.amount)}",
        at=ctx.now,
    )
    session.flush()
    session.add(
        PromisedPayment(
            account_id=account.id,
            payment_id=payment.id,
            amount=quote.amount,
            fee=quote.fee,
            created_at=ctx.now,
            expires_at=quote.expires_at,
        )
    )
    unblocked = []
    for line in _debt_blocked(session, account.id):
        if line.msisdn in quote.unblocks:
            line.status = LineStatus.ACTIVE
            line.status_changed_at = ctx.now
            touch(line, ctx)
            unblocked.append(line.msisdn)
    touch(account, ctx)
    ctx.record(
        session,
        "promised_payment",
        "account",
        account.id,
        {
            "amount": str(quote.amount),
            "fee": str(quote.fee),
            "expires": quote.expires_at.isoformat(),
            "unblocked": unblocked,
            "balance": str(account.balance),
        },
    )
    return PromisedPaymentGiven(
        account.id,
        payment.id,
        quote.amount,
        quote.fee,
        quote.expires_at,
        account.balance,
        tuple(unblocked),
    )


# -- the debt block ----------------------------------------------------------------------


@dataclass(frozen=True)
class DebtStatus:
    account_id: int
    account_number: str
    balance: Decimal
    credit_limit: Decimal
    missing: Decimal
    """Zero when the line may be reactivated."""
    line_status: LineStatus


@dataclass(frozen=True)
class LineReactivated:
    line_id: int
    msisdn: str
    balance: Decimal


def debt_status(session: Session, *, line_id: int) -> DebtStatus:
    """The line's account against its credit limit: what the reactivation dialog shows."""
    line = session.get(Line, line_id)
    if line is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Line {line} not found"), line=line_id)
    account = session.get_one(PersonalAccount, line.account_id)
    return DebtStatus(
        account.id,
        account.number,
        account.balance,
        account.credit_limit,
        missing_amount(account),
        line.status,
    )


@operation("reactivate_after_debt", reason="debt_unblock")
def reactivate_after_debt(
    session: Session, ctx: Context, *, line_id: int, expected_version: int | None = None
) -> LineReactivated:
    """Lift the debt block of a line once the balance is back at or above the credit limit."""
    line = line_for_change(session, ctx, line_id, expected_version)
    account = session.get_one(PersonalAccount, line.account_id, with_for_update=True)
    if line.status != LineStatus.DEBT_BLOCK:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The line is not blocked for debt ({status})."),
            status=line.status,
        )
    missing = missing_amount(account)
    if missing > 0:
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "errors",
                "Not enough money to reactivate the line: {missing} is missing (balance "
                "{balance}, credit limit {limit}).",
            ),
            missing=missing,
            balance=account.balance,
            limit=account.credit_limit,
        )
    line.status = LineStatus.ACTIVE
    line.status_changed_at = ctx.now
    touch(line, ctx)
    ctx.record(session, "reactivate_after_debt", "line", line.id, {"balance": str(account.balance)})
    return LineReactivated(line.id, line.msisdn, account.balance)


# -- jobs of the billing scheduler -------------------------------------------------------


@dataclass(frozen=True)
class JobReport:
    accounts: int
    """Accounts changed."""
    blocked: int
    """Lines blocked for debt."""
    settled: int
    """Promised payments taken back."""
    taken_back: Decimal


def _stamp(row: Line | PersonalAccount, now: datetime) -> None:
    """A change by the system: when, and no agent."""
    row.updated_at = now
    row.updated_by_id = None


def _block(session: Session, account: PersonalAccount, now: datetime) -> list[str]:
    """Block the account's active lines if it is in debt; the lines must be locked already."""
    if missing_amount(account) == 0:
        return []
    blocked = []
    for line in session.scalars(
        select(Line)
        .where(Line.account_id == account.id, Line.status == LineStatus.ACTIVE)
        .order_by(Line.id)
    ):
        line.status = LineStatus.DEBT_BLOCK
        line.status_changed_at = now
        _stamp(line, now)
        blocked.append(line.msisdn)
    return blocked


def _lock_active_lines(session: Session, account_id: int) -> None:
    session.scalars(
        select(Line.id)
        .where(Line.account_id == account_id, Line.status == LineStatus.ACTIVE)
        .with_for_update()
    ).all()


def expire_promised_payments(db: Database, now: datetime) -> JobReport:
    """Take back every promised payment expired by ``now``, and block what is then in debt."""
    with db.read() as session:
        due = session.execute(
            select(PromisedPayment.id, PromisedPayment.account_id)
            .where(PromisedPayment.settled_at.is_(None), PromisedPayment.expires_at <= now)
            .order_by(PromisedPayment.id)
        ).all()
    accounts = blocked = settled = 0
    taken = ZERO
    for promised_id, account_id in due:
        with db.write() as session:
            _lock_active_lines(session, account_id)
            account = session.get_one(PersonalAccount, account_id, with_for_update=True)
            promised = session.get_one(PromisedPayment, promised_id, with_for_update=True)
            if promised.settled_at is not None or promised.account_id != account_id:
                continue  # settled meanwhile, or moved by a merge: the next run sees it there
            charge(
                session,
                account,
                amount=promised.amount,
                category=ChargeCategory.ONE_OFF,
                description="Возврат обещанного платежа",
                at=now,
            )
            promised.settled_at = now
            lines = _block(session, account, now)
            _stamp(account, now)
            audit.record(
                session,
                operation="expire_promised_payment",
                target_type="account",
                target_id=account.id,
                agent_id=None,
                summary={
                    "promised_payment": promised.id,
                    "taken_back": str(promised.amount),
                    "blocked": lines,
                    "balance": str(account.balance),
                },
                at=now,
            )
        accounts += 1
        settled += 1
        blocked += len(lines)
        taken += promised.amount
    return JobReport(accounts, blocked, settled, taken)


def apply_debt_blocks(db: Database, now: datetime) -> JobReport:
    """Block the active lines of every open account whose balance is below the credit limit."""
    with db.read() as session:
        due = session.scalars(
            select(PersonalAccount.id)
            .where(
                PersonalAccount.status == AccountStatus.ACTIVE,
                PersonalAccount.balance + PersonalAccount.credit_limit < 0,
                PersonalAccount.id.in_(
                    select(Line.account_id).where(Line.status == LineStatus.ACTIVE)
                ),
            )
            .order_by(PersonalAccount.id)
        ).all()
    accounts = blocked = 0
    for account_id in due:
        with db.write() as session:
            _lock_active_lines(session, account_id)
            account = session.get_one(PersonalAccount, account_id, with_for_update=True)
            lines = _block(session, account, now)
            if not lines:
                continue  # paid meanwhile
            audit.record(
                session,
                operation="apply_debt_block",
                target_type="account",
                target_id=account.id,
                agent_id=None,
                summary={
                    "blocked": lines,
                    "balance": str(account.balance),
                    "credit_limit": str(account.credit_limit),
                },
                at=now,
            )
        accounts += 1
        blocked += len(lines)
    return JobReport(accounts, blocked, 0, ZERO)

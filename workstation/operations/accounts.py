"""Merging two personal accounts of one customer, and splitting lines off into a new one.

Money never appears or vanishes: what moves between accounts moves as a pair of adjustment
charges with the reason code ``transfer`` (a debit on one account, the same credit on the
other), so that on each account opening + payments − charges = balance still holds and
each statement shows where the money went. Both operations need the caller verified and a
supervisor: agents ask for them through :mod:`workstation.operations.approvals`.

Locks are taken lines first, then accounts in the order of their ids, as the line
operations do (line, then its account), so that two agents never wait on each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session

from models import (
    AccountStatus,
    ChargeCategory,
    Line,
    LineStatus,
    PersonalAccount,
    PromisedPayment,
)
from workstation.formatting import money
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.operations.approvals import approvable
from workstation.operations.billing_rules import charge, local_date
from workstation.operations.context import account_for_change
from workstation.operations.errors import Conflict, Invalid, NotFound
from workstation.operations.framework import SUPERVISORS, Context, operation, touch
from workstation.operations.money import exact_amount, require_open
from workstation.phone import format_msisdn

TRANSFER = "transfer"
# How many times a new account number is drawn again when another split took it first.
NUMBER_ATTEMPTS = 5


@dataclass(frozen=True)
class LineChoice:
    line_id: int
    msisdn: str
    status: LineStatus


@dataclass(frozen=True)
class AccountChoice:
    """An account of the customer as the merge and split dialogs offer it."""

    account_id: int
    number: str
    status: AccountStatus
    balance: Decimal
    version: int
    lines: tuple[LineChoice, ...]
    """Its lines that are not closed."""


@dataclass(frozen=True)
class AccountsMerged:
    """A merge as it will be (a preview) or as it was done."""

    source_id: int
    source_number: str
    target_id: int
    target_number: str
    moved: Decimal
    """The source's balance, now on the target (negative: a debt moved)."""
    lines: tuple[str, ...]
    target_balance: Decimal
    """The target's balance after the merge."""


@dataclass(frozen=True)
class AccountSplit:
    """A split as it will be (a preview, without the new numbers) or as it was done."""

    source_id: int
    source_number: str
    new_account_id: int | None
    new_number: str | None
    new_contract_number: str | None
    moved: Decimal
    lines: tuple[str, ...]
    source_balance: Decimal
    """The source's balance after the split; the new account holds ``moved``."""


def accounts_of(session: Session, customer_id: int) -> tuple[AccountChoice, ...]:
    """The customer's accounts with their open lines, open accounts first."""
    accounts = session.scalars(
        select(PersonalAccount)
        .where(PersonalAccount.customer_id == customer_id)
        .order_by(PersonalAccount.status, PersonalAccount.number)
    ).all()
    lines: dict[int, list[LineChoice]] = {}
    for line in session.scalars(
        select(Line)
        .where(
            Line.account_id.in_([a.id for a in accounts]),
            Line.status != LineStatus.CLOSED,
        )
        .order_by(Line.msisdn)
    ):
        lines.setdefault(line.account_id, []).append(LineChoice(line.id, line.msisdn, line.status))
    return tuple(
        AccountChoice(a.id, a.number, a.status, a.balance, a.version, tuple(lines.get(a.id, ())))
        for a in accounts
    )


def _open_lines(session: Session, account_id: int, *, lock: bool) -> list[Line]:
    query = (
        select(Line)
        .where(Line.account_id == account_id, Line.status != LineStatus.CLOSED)
        .order_by(Line.id)
    )
    if lock:
        query = query.with_for_update()
    return list(session.scalars(query))


def _account(session: Session, account_id: int) -> PersonalAccount:
    account = session.get(PersonalAccount, account_id)
    if account is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "Personal account {account} not found"), account=account_id
        )
    return account


def _check_merge(source: PersonalAccount, target: PersonalAccount) -> None:
    if source.customer_id != target.customer_id:
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "errors",
                "The accounts {source} and {target} belong to different customers: only "
                "accounts of one customer can be merged.",
            ),
            source=source.number,
            target=target.number,
        )
    require_open(source)
    require_open(target)


def _refuse_itself(account_id: int, target_account_id: int) -> None:
    if account_id == target_account_id:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "An account cannot be merged into itself."))


def _transfer(
    session: Session,
    ctx: Context,
    source: PersonalAccount,
    target: PersonalAccount,
    amount: Decimal,
) -> None:
    """Move ``amount`` of balance: a debit on the source, the same credit on the target."""
    charge(
        session,
        source,
        amount=amount,
        category=ChargeCategory.ADJUSTMENT,
        description=f"Перенос остатка на лицевой счёт {target.number}",
        at=ctx.now,
        reason_code=TRANSFER,
    )
    charge(
        session,
        target,
        amount=-amount,
        category=ChargeCategory.ADJUSTMENT,
        description=f"Перенос остатка с лицевого счёта {source.number}",
        at=ctx.now,
        reason_code=TRANSFER,
    )


def preview_merge(session: Session, *, account_id: int, target_account_id: int) -> AccountsMerged:
    """What merging would do; refuses as the merge would."""
    _refuse_itself(account_id, target_account_id)
    source = _account(session, account_id)
    target = _account(session, target_account_id)
    _check_merge(source, target)
    lines = _open_lines(session, source.id, lock=False)
    return AccountsMerged(
        source.id,
        source.number,
        target.id,
        target.number,
        source.balance,
        tuple(line.msisdn for line in lines),
        target.balance + source.balance,
    )


def _describe_merge(result: AccountsMerged) -> str:
    numbers = ", ".join(format_msisdn(m) for m in result.lines) or "—"
    return (
        f"счёт {result.source_number} → {result.target_number}: перенос {money(result.moved)}; "
        f"номера: {numbers}; баланс после: {money(result.target_balance)}"
    )


@approvable(_describe_merge)
@operation("merge_accounts", roles=SUPERVISORS, verification=True, reason="accounts")
def merge_accounts(
    session: Session,
    ctx: Context,
    *,
    account_id: int,
    target_account_id: int,
    expected_version: int | None = None,
) -> AccountsMerged:
    """Merge an account into another of the same customer: its lines and balance move, it closes."""
    _refuse_itself(account_id, target_account_id)
    _open_lines(session, account_id, lock=True)  # lines before their account, as everywhere
    locked = {
        each: account_for_change(
            session, ctx, each, expected_version if each == account_id else None
        )
        for each in sorted((account_id, target_account_id))
    }
    source, target = locked[account_id], locked[target_account_id]
    _check_merge(source, target)
    lines = _open_lines(session, source.id, lock=True)
    moved = source.balance
    _transfer(session, ctx, source, target, moved)
    for line in lines:
        line.account_id = target.id
        touch(line, ctx)
    # A promised payment still open is taken back from where the money now is.
    for promised in session.scalars(
        select(PromisedPayment)
        .where(PromisedPayment.account_id == source.id, PromisedPayment.settled_at.is_(None))
        .with_for_update()
    ):
        promised.account_id = target.id
    source.status = AccountStatus.CLOSED
    source.closed_at = ctx.now
    touch(source, ctx)
    touch(target, ctx)
    msisdns = tuple(line.msisdn for line in lines)
    ctx.record(
        session,
        "merge_accounts",
        "account",
        source.id,
        {
            "target": target.number,
            "moved": str(moved),
            "lines": list(msisdns),
            "balance": str(target.balance),
        },
    )
    return AccountsMerged(
        source.id, source.number, target.id, target.number, moved, msisdns, target.balance
    )


def _lines_to_split(
    session: Session, source: PersonalAccount, line_ids: Sequence[int]
) -> list[Line]:
    if not line_ids:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "Choose the lines that go to the new account."))
    lines = list(session.scalars(select(Line).where(Line.id.in_(set(line_ids))).order_by(Line.id)))
    found = {line.id for line in lines}
    for line_id in line_ids:
        if line_id not in found:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "Line {line} not found"), line=line_id)
    for line in lines:
        if line.account_id != source.id:
            raise Invalid(
                QT_TRANSLATE_NOOP("errors", "The number {msisdn} is not on the account {account}."),
                msisdn=format_msisdn(line.msisdn),
                account=source.number,
            )
        if line.status == LineStatus.CLOSED:
            raise Invalid(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The number {msisdn} is closed: only open lines move to a new account.",
                ),
                msisdn=format_msisdn(line.msisdn),
            )
    return lines


def _check_split(
    session: Session, source: PersonalAccount, line_ids: Sequence[int], amount: Decimal
) -> list[Line]:
    """The lines to move, once the split is known to be possible."""
    require_open(source)
    lines = _lines_to_split(session, source, line_ids)
    staying = [x for x in _open_lines(session, source.id, lock=False) if x not in lines]
    if not staying:
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "errors",
                "Every line of the account {account} would move: at least one must stay "
                "(to move them all, merge the accounts instead).",
            ),
            account=source.number,
        )
    amount = exact_amount(amount)
    if amount < 0:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "The amount to move cannot be negative."))
    if amount > 0 and source.balance - amount < 0:
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "errors",
                "Moving {amount} would leave the account {account} with a negative balance "
                "({balance}); at most {available} can move.",
            ),
            amount=amount,
            account=source.number,
            balance=source.balance - amount,
            available=max(source.balance, Decimal("0.00")),
        )
    return lines


def preview_split(
    session: Session, *, account_id: int, line_ids: list[int], amount: Decimal
) -> AccountSplit:
    """What splitting would do; refuses as the split would."""
    source = _account(session, account_id)
    lines = _check_split(session, source, line_ids, amount)
    return AccountSplit(
        source.id,
        source.number,
        None,
        None,
        None,
        amount,
        tuple(line.msisdn for line in lines),
        source.balance - amount,
    )


def _next_key(
    session: Session, column: InstrumentedAttribute[str], prefix: str, digits: int
) -> str:
    """The key after the greatest one of the form ``prefix`` + ``digits`` digits."""
    last = session.scalar(
        select(func.max(column)).where(
            column.startswith(prefix), func.length(column) == len(prefix) + digits
        )
    )
    tail = last[len(prefix) :] if last else ""
    return f"{prefix}{(int(tail) if tail.isdigit() else 0) + 1:0{digits}d}"


def _new_account(session: Session, ctx: Context, source: PersonalAccount) -> PersonalAccount:
    """An account of the source's customer, region, delivery and zone, numbered as they are.

    The number is the region's two digits and ten more, the contract the year, a dash, the
    region and seven digits; each is the next free one. When a split elsewhere takes the
    same number first, the unique index refuses it and the next one is drawn.
    """
    region = source.number[:2]
    year = local_date(ctx.now, source).year
    for _ in range(NUMBER_ATTEMPTS):
        account = PersonalAccount(
            number=_next_key(session, PersonalAccount.number, region, 10),
            contract_number=_next_key(
                session, PersonalAccount.contract_number, f"{year}-{region}", 7
            ),
            customer_id=source.customer_id,
            status=AccountStatus.ACTIVE,
            opening_balance=Decimal("0.00"),
            balance=Decimal("0.00"),
            credit_limit=source.credit_limit,
            time_zone=source.time_zone,
            opened_at=ctx.now,
            bill_delivery=source.bill_delivery,
            bill_postcode=source.bill_postcode,
            bill_region=source.bill_region,
            bill_city=source.bill_city,
            bill_street=source.bill_street,
            bill_house=source.bill_house,
            bill_flat=source.bill_flat,
            bill_email=source.bill_email,
            bill_fax=source.bill_fax,
        )
        touch(account, ctx)
        try:
            with session.begin_nested():
                session.add(account)
        except IntegrityError:
            continue
        return account
    raise Conflict(
        QT_TRANSLATE_NOOP(
            "errors", "No free personal account number could be taken; try again in a moment."
        )
    )


def _describe_split(result: AccountSplit) -> str:
    numbers = ", ".join(format_msisdn(m) for m in result.lines)
    return (
        f"счёт {result.source_number} → новый счёт: номера: {numbers}; перенос "
        f"{money(result.moved)}; остаток на {result.source_number}: {money(result.source_balance)}"
    )


@approvable(_describe_split)
@operation("split_account", roles=SUPERVISORS, verification=True, reason="accounts")
def split_account(
    session: Session,
    ctx: Context,
    *,
    account_id: int,
    line_ids: list[int],
    amount: Decimal,
    expected_version: int | None = None,
) -> AccountSplit:
    """Move chosen lines and part of the balance to a new account of the same customer."""
    if line_ids:  # lines before their account, as everywhere
        session.scalars(select(Line.id).where(Line.id.in_(set(line_ids))).with_for_update()).all()
    source = account_for_change(session, ctx, account_id, expected_version)
    lines = _check_split(session, source, line_ids, amount)
    new = _new_account(session, ctx, source)
    _transfer(session, ctx, source, new, amount)
    for line in lines:
        line.account_id = new.id
        touch(line, ctx)
    touch(source, ctx)
    msisdns = tuple(line.msisdn for line in lines)
    ctx.record(
        session,
        "split_account",
        "account",
        source.id,
        {
            "new_account": new.number,
            "contract": new.contract_number,
            "moved": str(amount),
            "lines": list(msisdns),
            "balance": str(source.balance),
        },
    )
    return AccountSplit(
        source.id,
        source.number,
        new.id,
        new.number,
        new.contract_number,
        amount,
        msisdns,
        source.balance,
    )

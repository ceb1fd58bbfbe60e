"""The payment methods panel: the rules to read to the caller, and how this account pays.

The agent answers "how and where can I pay" from the reference's payment articles, and
"has my payment arrived" from the account's recent payments; a caller blocked for debt
also hears how much is missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ArticleKind, Payment, PaymentMethod, PersonalAccount
from workstation.card.billing import RECENT_PAYMENTS, PaymentRow
from workstation.reference import ArticleRow, search_articles


@dataclass(frozen=True)
class MethodUse:
    method: PaymentMethod
    count: int
    total: Decimal
    last_paid_at: datetime


@dataclass(frozen=True)
class PaymentMethodsView:
    account_id: int
    account_number: str
    balance: Decimal
    credit_limit: Decimal
    shortfall: Decimal | None
    """What the account lacks to be back above its credit limit; None when it is not below."""
    payments: tuple[PaymentRow, ...]
    """The newest first, at most :data:`RECENT_PAYMENTS`."""
    methods: tuple[MethodUse, ...]
    """How the recent payments were made, the most used method first."""
    articles: tuple[ArticleRow, ...]


def load_payment_methods(session: Session, account_id: int) -> PaymentMethodsView:
    account = session.get_one(PersonalAccount, account_id)
    payments = tuple(
        PaymentRow(p.id, p.paid_at, p.amount, p.method, p.reference)
        for p in session.scalars(
            select(Payment)
            .where(Payment.account_id == account_id)
            .order_by(Payment.paid_at.desc(), Payment.id.desc())
            .limit(RECENT_PAYMENTS)
        )
    )
    uses: dict[PaymentMethod, MethodUse] = {}
    for p in reversed(payments):
        seen = uses.get(p.method)
        uses[p.method] = MethodUse(
            p.method,
            (seen.count if seen else 0) + 1,
            (seen.total if seen else Decimal("0.00")) + p.amount,
            p.paid_at,
        )
    floor = -account.credit_limit
    return PaymentMethodsView(
        account_id=account.id,
        account_number=account.number,
        balance=account.balance,
        credit_limit=account.credit_limit,
        shortfall=floor - account.balance if account.balance < floor else None,
        payments=payments,
        methods=tuple(sorted(uses.values(), key=lambda u: (-u.count, -u.last_paid_at.timestamp()))),
        articles=search_articles(session, "", kind=ArticleKind.PAYMENT),
    )

"""Whose letter is it: by the sender's address on file, an account number or a phone number.

The address is compared case-insensitively with the customers' e-mail and the accounts'
bill e-mail; an address shared by several customers matches none (the agent decides). A
twelve-digit account number or a phone number written in the letter match next. The
letter's own claims are only a hint for finding the card: being verified is another
matter (:mod:`workstation.delivery.email_operations`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import CompoundSelect, func, select, union
from sqlalchemy.orm import Session

from models import Customer, Line, LineStatus, MatchedBy, PersonalAccount
from workstation.phone import to_e164

ACCOUNT_NUMBER = re.compile(r"(?<!\d)\d{12}(?!\d)")
PHONE_NUMBER = re.compile(
    r"(?<![\d+])(?:\+7|8)?[\s(-]*9\d{2}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)"
)
CANDIDATES = 5
"""How many numbers of each kind in one letter are looked up."""


@dataclass(frozen=True, slots=True)
class Match:
    customer_id: int | None = None
    line_id: int | None = None
    by: MatchedBy | None = None


def customers_with_address(session: Session, address: str) -> list[int]:
    """The customers whose e-mail, or an account's bill e-mail, is ``address``."""
    wanted = address.strip().lower()
    if not wanted:
        return []
    return sorted(set(session.scalars(address_lookup(wanted))))


def address_lookup(wanted: str) -> CompoundSelect[tuple[int]]:
    """Two index lookups (on ``lower(email)`` and ``lower(bill_email)``), not an OR that scans."""
    own = select(Customer.id.label("id")).where(func.lower(Customer.email) == wanted)
    billed = select(PersonalAccount.customer_id.label("id")).where(
        func.lower(PersonalAccount.bill_email) == wanted
    )
    return union(own, billed)


def _open_lines(session: Session, customer_id: int) -> list[int]:
    return list(
        session.scalars(
            select(Line.id)
            .join(PersonalAccount, PersonalAccount.id == Line.account_id)
            .where(PersonalAccount.customer_id == customer_id, Line.status != LineStatus.CLOSED)
            .order_by(Line.id)
        )
    )


def _by_account(session: Session, text: str) -> tuple[int, int | None] | None:
    for number in ACCOUNT_NUMBER.findall(text)[:CANDIDATES]:
        account = session.execute(
            select(PersonalAccount.id, PersonalAccount.customer_id).where(
                PersonalAccount.number == number
            )
        ).first()
        if account is not None:
            lines = session.scalars(
                select(Line.id).where(
                    Line.account_id == account.id, Line.status != LineStatus.CLOSED
                )
            ).all()
            return account.customer_id, lines[0] if len(lines) == 1 else None
    return None


def _by_phone(session: Session, text: str) -> tuple[int, int] | None:
    for written in PHONE_NUMBER.findall(text)[:CANDIDATES]:
        msisdn = to_e164(written)
        if msisdn is None:
            continue
        found = session.execute(
            select(Line.id, PersonalAccount.customer_id)
            .join(PersonalAccount, PersonalAccount.id == Line.account_id)
            .where(Line.msisdn == msisdn, Line.status != LineStatus.CLOSED)
        ).first()
        if found is not None:
            return found.customer_id, found.id
    return None


def match_letter(session: Session, address: str, text: str) -> Match:
    """The customer (and line, when it is clear which) that a letter is from or about."""
    phone = _by_phone(session, text)
    by_address = customers_with_address(session, address)
    if len(by_address) == 1:
        customer = by_address[0]
        if phone is not None and phone[0] == customer:
            return Match(customer, phone[1], MatchedBy.ADDRESS)
        lines = _open_lines(session, customer)
        return Match(customer, lines[0] if len(lines) == 1 else None, MatchedBy.ADDRESS)
    account = _by_account(session, text)
    if account is not None:
        line = phone[1] if phone is not None and phone[0] == account[0] else account[1]
        return Match(account[0], line, MatchedBy.ACCOUNT)
    if phone is not None:
        return Match(phone[0], phone[1], MatchedBy.PHONE)
    return Match()

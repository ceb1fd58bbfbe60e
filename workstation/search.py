"""Finding the subscriber from whatever the agent types in the one search box.

The query is classified first (a full number, the last digits of a number or ICCID, an
account or contract number, a whole ICCID, a name), and each kind becomes index lookups
on keys normalised when the data was written: E.164 numbers, reversed digits (so "the
last digits" is a prefix), and folded names (so case and ``ё`` do not matter). No lookup
scans a table, which is what keeps a million subscribers under ten milliseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, select
from sqlalchemy.orm import Session

from models import Customer, CustomerKind, Line, LineStatus, NumberAssignment, PersonalAccount, Sim
from workstation.errors import WorkstationError
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.names import fold, full_name
from workstation.phone import digits, format_msisdn, to_e164

MIN_DIGITS = 4
MIN_LETTERS = 2
MAX_QUERY_LENGTH = 100
DEFAULT_LIMIT = 50

_LETTERS = re.compile(r"[^\W\d_]")
_CONTRACT = re.compile(r"^\d{4}-\d{5,12}$")
_ICCID_PREFIX = "89"


AnySelect = Select[*tuple[Any, ...]]


class Match(StrEnum):
    """Why a result was found: shown to the agent next to it."""

    NUMBER = "number"
    NUMBER_TAIL = "number_tail"
    FORMER_OWNER = "former_owner"
    NAME = "name"
    ACCOUNT = "account"
    CONTRACT = "contract"
    ICCID = "iccid"


class QueryError(WorkstationError):
    """The query is empty or too short to search."""


@dataclass(frozen=True)
class SearchHit:
    """One line found, with what the agent needs to recognise the caller."""

    line_id: int
    msisdn: str
    name: str
    account_id: int
    account: str
    customer_id: int
    status: LineStatus
    balance: Decimal
    match: Match

    @property
    def msisdn_display(self) -> str:
        return format_msisdn(self.msisdn)


@dataclass(frozen=True)
class Query:
    """A classified query: what to look up and by which keys."""

    text: str
    e164: str | None = None
    tail: str | None = None  # reversed digits, for number and ICCID tails
    account: str | None = None
    contract: str | None = None
    iccid: str | None = None
    name: str | None = None
    initials: tuple[str, ...] = ()


def parse_query(text: str) -> Query:
    """Classify what the agent typed.

    Raises:
        QueryError: nothing typed, or fewer than four digits or two letters.
    """
    text = text.strip()[:MAX_QUERY_LENGTH]
    if not text:
        raise QueryError(
            QT_TRANSLATE_NOOP("errors", "Type a number, a name, an account, a contract or an ICCID")
        )
    letters = _LETTERS.findall(text)
    number = digits(text)
    if letters:
        if len(letters) < MIN_LETTERS:
            raise QueryError(
                QT_TRANSLATE_NOOP("errors", "Type at least {count} letters of the name"),
                count=MIN_LETTERS,
            )
        return _name_query(text)
    if not number:
        return Query(text=text)  # punctuation only: nothing can match
    if len(number) < MIN_DIGITS:
        raise QueryError(
            QT_TRANSLATE_NOOP("errors", "Type at least {count} digits"), count=MIN_DIGITS
        )
    contract = None
    if _CONTRACT.match(text.replace(" ", "")):
        contract = text.replace(" ", "")
    elif len(number) == 13:
        contract = f"{number[:4]}-{number[4:]}"
    return Query(
        text=text,
        e164=to_e164(text),
        tail=number[::-1] if len(number) <= 12 else None,
        account=number if len(number) == 12 else None,
        contract=contract,
        iccid=number if len(number) in (19, 20) and number.startswith(_ICCID_PREFIX) else None,
    )


def _name_query(text: str) -> Query:
    words = fold(text).split()
    # "Иванов И. П." and "Иванов И.П.": the words after the surname that are one letter.
    if len(words) > 1 and all(len(w) == 1 and w.isalpha() for w in words[1:]):
        return Query(text=text, name=words[0], initials=tuple(words[1:]))
    return Query(text=text, name=" ".join(words))


def _next_key(prefix: str) -> str:
    """The smallest string greater than every string starting with ``prefix``."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _prefix(column: Any, prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, as an index range (LIKE would scan on SQLite)."""
    return and_(column >= prefix, column < _next_key(prefix))


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _hits() -> AnySelect:
    """Lines with their account and customer: the columns of a :class:`SearchHit`."""
    return (
        select(
            Line.id,
            Line.msisdn,
            PersonalAccount.id,
            PersonalAccount.number,
            Customer.id,
            Line.status,
            PersonalAccount.balance,
            Customer.last_name,
            Customer.first_name,
            Customer.middle_name,
            Customer.company_name,
            Customer.kind,
        )
        .join(PersonalAccount, PersonalAccount.id == Line.account_id)
        .join(Customer, Customer.id == PersonalAccount.customer_id)
    )


def search(session: Session, text: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """Lines matching ``text``, the best matches first, at most ``limit``.

    Raises:
        QueryError: see :func:`parse_query`.
    """
    query = parse_query(text)
    found: dict[int, SearchHit] = {}
    for match, statement in _lookups(query, limit):
        if len(found) >= limit:
            break
        for row in session.execute(statement.limit(limit)):
            (line_id, msisdn, account_id, account, customer_id, status, balance) = row[:7]
            last, first, middle, company, kind = row[7:]
            if line_id in found:
                continue
            name = company if kind == CustomerKind.BUSINESS else full_name(last, first, middle)
            found[line_id] = SearchHit(
                line_id=line_id,
                msisdn=msisdn,
                name=name or "",
                account_id=account_id,
                account=account,
                customer_id=customer_id,
                status=status,
                balance=balance,
                match=match,
            )
            if len(found) >= limit:
                break
    return list(found.values())


def _open_first(statement: AnySelect) -> AnySelect:
    return statement.order_by((Line.status == LineStatus.CLOSED), Line.msisdn)


def _lookups(query: Query, limit: int) -> list[tuple[Match, AnySelect]]:
    """The statements to run, in the order their results rank."""
    out: list[tuple[Match, AnySelect]] = []
    if query.e164:
        out.append(
            (Match.NUMBER, _hits().where(Line.msisdn == query.e164, Line.status != "closed"))
        )
        former = (
            _hits()
            .join(NumberAssignment, NumberAssignment.line_id == Line.id)
            .where(NumberAssignment.msisdn == query.e164, NumberAssignment.released_at.is_not(None))
            .order_by(NumberAssignment.released_at.desc())
        )
        out.append((Match.FORMER_OWNER, former))
    if query.account:
        statement = _hits().where(PersonalAccount.number == query.account)
        out.append((Match.ACCOUNT, _open_first(statement)))
    if query.contract:
        statement = _hits().where(PersonalAccount.contract_number == query.contract)
        out.append((Match.CONTRACT, _open_first(statement)))
    if query.iccid:
        statement = _hits().join(Sim, Sim.line_id == Line.id).where(Sim.iccid == query.iccid)
        out.append((Match.ICCID, statement))
    if query.tail and not query.e164:
        tail = _hits().where(_prefix(Line.msisdn_reversed, query.tail))
        out.append((Match.NUMBER_TAIL, tail.order_by(Line.msisdn_reversed)))
        by_sim = (
            _hits()
            .join(Sim, Sim.line_id == Line.id)
            .where(_prefix(Sim.iccid_reversed, query.tail))
            .order_by(Sim.iccid_reversed)
        )
        out.append((Match.ICCID, by_sim))
    if query.name:
        out.extend((Match.NAME, _by_customers(c)) for c in _name_lookups(query, limit))
    return out


def _name_lookups(query: Query, limit: int) -> list[AnySelect]:
    """Customers by name: the whole surname (or name) first, then names starting so."""
    assert query.name is not None
    key = Customer.name_key
    if query.initials:
        head = f"{query.name} {query.initials[0]}"
        pattern = _like_escape(query.name) + " " + "% ".join(query.initials) + "%"
        chosen = select(Customer.id).where(_prefix(key, head), key.like(pattern, escape="\\"))
        return [chosen.order_by(key).limit(limit)]
    # The name alone or followed by a space (a given name): one index range, as «!» is the
    # character after the space and no name key holds anything below the space. An OR of
    # the two would make PostgreSQL fetch and sort every namesake before the limit.
    whole = and_(key >= query.name, key < query.name + "!")
    return [
        select(Customer.id).where(whole).order_by(key).limit(limit),
        select(Customer.id).where(_prefix(key, query.name)).order_by(key).limit(limit),
    ]


def _by_customers(customer_ids: AnySelect) -> AnySelect:
    chosen = customer_ids.subquery()
    return (
        _hits()
        .join(chosen, chosen.c.id == Customer.id)
        .order_by(Customer.name_key, Line.status == LineStatus.CLOSED, Line.msisdn)
    )

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
from operator import itemgetter

from sqlalchemy.orm import Session

from models import CustomerKind, LineStatus
from models.base import Money
from workstation.errors import WorkstationError
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.names import fold, full_name
from workstation.phone import digits, format_msisdn, to_e164
from workstation.search_lookups import Lookup, run_lookups

MIN_DIGITS = 4
MIN_LETTERS = 2
MAX_QUERY_LENGTH = 100
DEFAULT_LIMIT = 50
NARROW_TAIL = 8
MSISDN_DIGITS = 11
"""The operator's lines are Russian numbers: eleven digits with the country code."""

_LETTERS = re.compile(r"[^\W\d_]")
_CONTRACT = re.compile(r"^\d{4}-\d{5,12}$")
_ICCID_PREFIX = "89"


class Match(StrEnum):
    """Why a result was found: shown to the agent next to it."""

    NUMBER = "number"
    NUMBER_TAIL = "number_tail"
    FORMER_OWNER = "former_owner"
    NAME = "name"
    ACCOUNT = "account"
    CONTRACT = "contract"
    ICCID = "iccid"


_MATCH = {
    Lookup.NUMBER: Match.NUMBER,
    Lookup.FORMER_OWNER: Match.FORMER_OWNER,
    Lookup.ACCOUNT: Match.ACCOUNT,
    Lookup.CONTRACT: Match.CONTRACT,
    Lookup.ICCID: Match.ICCID,
    Lookup.NUMBER_TAIL: Match.NUMBER_TAIL,
    Lookup.ICCID_TAIL: Match.ICCID,
    Lookup.NAME: Match.NAME,
    Lookup.NAME_INITIALS: Match.NAME,
}


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


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search(session: Session, text: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """Lines matching ``text``, the best matches first, at most ``limit``.

    Raises:
        QueryError: see :func:`parse_query`.
    """
    exact, ranges, params = _plan(parse_query(text))
    params["limit"] = limit
    connection = session.connection()
    dialect = connection.dialect
    found: dict[int, SearchHit] = {}
    for lookups in [exact, *ranges] if exact else ranges:
        rows = run_lookups(connection, lookups, params)
        rows.sort(key=itemgetter(0))  # by the lookup's rank; each lookup's own order is kept
        for rank, line_id, msisdn, account_id, account, customer_id, status, balance, *name in rows:
            if line_id in found:
                continue
            last, first, middle, company, kind = name
            personal = full_name(last, first, middle)
            found[line_id] = SearchHit(
                line_id=line_id,
                msisdn=msisdn,
                name=(company if kind == CustomerKind.BUSINESS else personal) or "",
                account_id=account_id,
                account=account,
                customer_id=customer_id,
                status=LineStatus(status),
                balance=Money.read(balance, dialect),
                match=_MATCH[lookups[rank]],
            )
            if len(found) >= limit:
                return list(found.values())
        if found and lookups is exact:
            break  # a whole account, contract, number or ICCID is what the agent meant
    return list(found.values())


def _plan(
    query: Query,
) -> tuple[tuple[Lookup, ...], list[tuple[Lookup, ...]], dict[str, object]]:
    """The lookups to run, in the order their results rank, and their parameters.

    Exact keys (a whole number, account, contract or ICCID) come first, as one statement;
    the ranges (the last digits, a name) only when no exact key found anything. The ranges
    run one statement each while the limit is not reached: four digits match a hundred
    numbers, and looking up ICCIDs ending so as well would double the work for results the
    agent never scrolls to. From :data:`NARROW_TAIL` digits on, a tail matches a line or
    two even among a hundred million, and one statement for both is cheaper than two.
    """
    exact: list[Lookup] = []
    ranges: list[Lookup] = []
    params: dict[str, object] = {}
    if query.e164:
        exact += [Lookup.NUMBER, Lookup.FORMER_OWNER]
        params["e164"] = query.e164
    if query.account:
        exact.append(Lookup.ACCOUNT)
        params["account"] = query.account
    if query.contract:
        exact.append(Lookup.CONTRACT)
        params["contract"] = query.contract
    if query.iccid:
        exact.append(Lookup.ICCID)
        params["iccid"] = query.iccid
    if query.tail and not query.e164:
        if len(query.tail) <= MSISDN_DIGITS:
            ranges.append(Lookup.NUMBER_TAIL)
        ranges.append(Lookup.ICCID_TAIL)
        params.update(tail_from=query.tail, tail_to=_next_key(query.tail))
    if query.name and query.initials:
        # "Иванов И. П.": the range of "иванов и", then the other initials by pattern.
        head = f"{query.name} {query.initials[0]}"
        ranges.append(Lookup.NAME_INITIALS)
        pattern = _like_escape(query.name) + " " + "% ".join(query.initials) + "%"
        params.update(name_from=head, name_to=_next_key(head), pattern=pattern)
    elif query.name:
        ranges.append(Lookup.NAME)
        params.update(name_from=query.name, name_to=_next_key(query.name))
    if query.tail and len(query.tail) >= NARROW_TAIL:
        stages = [tuple(ranges)] if ranges else []
    else:
        stages = [(r,) for r in ranges]
    return tuple(exact), stages, params

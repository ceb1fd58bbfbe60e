"""The search's index lookups as SQL: built with SQLAlchemy once, run straight on the driver.

A search runs its lookups (a number and the number's former owners, say) as one
``UNION ALL`` statement, so that it costs one round trip to the database. The statement is
built from the mapped tables, compiled once per dialect and set of lookups, and executed
on the DB-API cursor of the session's connection. For a key that sits in one index the
lookup itself takes some 20 µs on SQLite; SQLAlchemy's work on every execution (about
0.1 ms for a core statement, more through the ORM) would be several times that.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Dialect,
    Select,
    and_,
    bindparam,
    literal_column,
    select,
    union_all,
)
from sqlalchemy.engine import Connection

from models import Customer, Line, NumberAssignment, PersonalAccount, Sim

AnySelect = Select[*tuple[Any, ...]]

# A literal, not a bound parameter: once psycopg prepares the statement, PostgreSQL's
# generic plan can use the partial index on open lines' numbers only if the query states
# the index's own condition.
_CLOSED: ColumnElement[str] = literal_column("'closed'")


class Lookup(StrEnum):
    """One way a query can find a line; each is a single index range or probe.

    Parameters by name: ``e164``, ``account``, ``contract``, ``iccid``, ``tail_from`` and
    ``tail_to`` (reversed digits), ``name_from`` and ``name_to`` (a folded name range),
    ``pattern`` (a LIKE pattern within that range) and ``limit``.
    """

    NUMBER = "number"
    FORMER_OWNER = "former_owner"
    ACCOUNT = "account"
    CONTRACT = "contract"
    ICCID = "iccid"
    NUMBER_TAIL = "number_tail"
    ICCID_TAIL = "iccid_tail"
    NAME = "name"
    NAME_INITIALS = "name_initials"


Row = tuple[Any, ...]
"""rank (the lookup's place in the list), line id, number, account id, account number,
customer id, line status, balance as stored, surname, first name, patronymic, company name,
customer kind."""


def run_lookups(
    connection: Connection, lookups: tuple[Lookup, ...], params: Mapping[str, Any]
) -> list[Row]:
    """The rows of ``lookups`` in one statement, each lookup's rows in its own order."""
    statement = _compiled(connection.dialect, lookups)
    values = {**statement.constants, **params}
    # sqlite3 and psycopg both have Connection.execute, cheaper than a cursor of our own.
    driver: Any = connection.connection.driver_connection
    if statement.positions is not None:
        return list(driver.execute(statement.sql, [values[p] for p in statement.positions]))
    return list(driver.execute(statement.sql, values))


@dataclass(frozen=True)
class _Compiled:
    sql: str
    positions: tuple[str, ...] | None  # parameter names in order; None: passed by name
    constants: dict[str, Any]  # parameters the compiler made itself (SQLite's OFFSET 0)


# Filled as searches come; two threads compiling the same statement at once both store it.
_cache: dict[tuple[str, str, tuple[Lookup, ...]], _Compiled] = {}


def _compiled(dialect: Dialect, lookups: tuple[Lookup, ...]) -> _Compiled:
    key = (dialect.name, dialect.driver, lookups)
    found = _cache.get(key)
    if found is None:
        compiled = _statement(lookups).compile(dialect=dialect)
        positions = compiled.positiontup
        found = _Compiled(
            sql=compiled.string,
            positions=tuple(positions) if positions is not None else None,
            constants={k: v for k, v in compiled.params.items() if v is not None},
        )
        _cache[key] = found
    return found


def _statement(lookups: tuple[Lookup, ...]) -> CompoundSelect[*tuple[Any, ...]] | AnySelect:
    members = []
    for rank, lookup in enumerate(lookups):
        # Each lookup is a subquery, so that its ORDER BY and LIMIT hold inside the union.
        inner = _BUILDERS[lookup](rank).limit(bindparam("limit")).subquery(f"lookup_{rank}")
        members.append(select(*inner.c))
    return members[0] if len(members) == 1 else union_all(*members)


def _hits(rank: int) -> AnySelect:
    """Lines with their account and customer, after the rank: the columns of a :data:`Row`."""
    return (
        select(
            literal_column(str(rank)).label("rank"),
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


def _range(column: Any, name: str) -> ColumnElement[bool]:
    """``column`` starts with a prefix, given as ``<name>_from`` and ``<name>_to``.

    An index range: LIKE would scan on SQLite.
    """
    return and_(column >= bindparam(f"{name}_from"), column < bindparam(f"{name}_to"))


def _open_first(statement: AnySelect) -> AnySelect:
    return statement.order_by(Line.status == _CLOSED, Line.msisdn)


def _number(rank: int) -> AnySelect:
    return _hits(rank).where(Line.msisdn == bindparam("e164"), Line.status != _CLOSED)


def _former_owner(rank: int) -> AnySelect:
    return (
        _hits(rank)
        .join(NumberAssignment, NumberAssignment.line_id == Line.id)
        .where(
            NumberAssignment.msisdn == bindparam("e164"), NumberAssignment.released_at.is_not(None)
        )
        .order_by(NumberAssignment.released_at.desc())
    )


def _account(rank: int) -> AnySelect:
    return _open_first(_hits(rank).where(PersonalAccount.number == bindparam("account")))


def _contract(rank: int) -> AnySelect:
    return _open_first(_hits(rank).where(PersonalAccount.contract_number == bindparam("contract")))


def _iccid(rank: int) -> AnySelect:
    return _hits(rank).join(Sim, Sim.line_id == Line.id).where(Sim.iccid == bindparam("iccid"))


def _number_tail(rank: int) -> AnySelect:
    return _hits(rank).where(_range(Line.msisdn_reversed, "tail")).order_by(Line.msisdn_reversed)


def _iccid_tail(rank: int) -> AnySelect:
    return (
        _hits(rank)
        .join(Sim, Sim.line_id == Line.id)
        .where(_range(Sim.iccid_reversed, "tail"))
        .order_by(Sim.iccid_reversed)
    )


def _name(rank: int) -> AnySelect:
    """Customers whose name starts so, the whole surname first.

    Name keys compare byte by byte and hold no character below the space, so in one
    range ordered by key "иванов" and "иванов иван" come before "иванова".
    """
    chosen = select(Customer.id).where(_range(Customer.name_key, "name"))
    return _by_customers(rank, chosen)


def _name_initials(rank: int) -> AnySelect:
    key = Customer.name_key
    chosen = select(Customer.id).where(
        _range(key, "name"), key.like(bindparam("pattern"), escape="\\")
    )
    return _by_customers(rank, chosen)


def _by_customers(rank: int, customer_ids: AnySelect) -> AnySelect:
    """The lines of the first ``limit`` customers chosen, in name order.

    The customers are limited before their lines are joined: a common surname has
    thousands of holders, and sorting all their lines would cost milliseconds.
    """
    chosen = customer_ids.order_by(Customer.name_key).limit(bindparam("limit")).subquery()
    return (
        _hits(rank)
        .join(chosen, chosen.c.id == Customer.id)
        .order_by(Customer.name_key, Line.status == _CLOSED, Line.msisdn)
    )


_BUILDERS: dict[Lookup, Callable[[int], AnySelect]] = {
    Lookup.NUMBER: _number,
    Lookup.FORMER_OWNER: _former_owner,
    Lookup.ACCOUNT: _account,
    Lookup.CONTRACT: _contract,
    Lookup.ICCID: _iccid,
    Lookup.NUMBER_TAIL: _number_tail,
    Lookup.ICCID_TAIL: _iccid_tail,
    Lookup.NAME: _name,
    Lookup.NAME_INITIALS: _name_initials,
}

"""Bulk writing of generated rows, bypassing the ORM for speed.

Rows arrive as tuples with money in kopecks, dates as ISO text and moments already as
the database's timestamp text (see :mod:`workstation.demo.days`). On SQLite they go
through ``executemany`` unchanged, since kopecks are what the money columns hold there;
on PostgreSQL through ``COPY``, with kopecks turned into ``numeric`` text. The writer
uses the caller's connection, so it is part of the caller's one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import Any

from sqlalchemy import Connection

from models import Base, Money
from workstation.demo.tables import COLUMNS, Row, Rows


@cache
def _insert(table_name: str) -> str:
    columns = COLUMNS[table_name]
    marks = ", ".join("?" * len(columns))
    return f"INSERT INTO {table_name} ({', '.join(columns)}) VALUES ({marks})"


@cache
def _money_columns(table_name: str) -> tuple[int, ...]:
    table = Base.metadata.tables[table_name]
    columns = COLUMNS[table_name]
    return tuple(i for i, name in enumerate(columns) if isinstance(table.c[name].type, Money))


def _pg_money(value: object) -> str | None:
    if value is None:
        return None
    assert isinstance(value, int), "money is generated in whole kopecks"
    sign = "-" if value < 0 else ""
    rubles, kopecks = divmod(abs(value), 100)
    return f"{sign}{rubles}.{kopecks:02d}"


class BulkWriter:
    """Appends rows to tables inside the transaction of ``connection``."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.dialect = connection.dialect.name
        raw = connection.connection.dbapi_connection
        assert raw is not None, "the connection is open inside the caller's transaction"
        self.raw = raw
        self.rows_written = 0

    def write_rows(self, rows: Rows) -> None:
        """Every table of ``rows``, parents before children as the foreign keys need."""
        for table in Base.metadata.sorted_tables:
            chunk = rows.get(table.name)
            if chunk:
                self.write(table.name, chunk)

    def write(self, table_name: str, rows: Sequence[Row]) -> None:
        """Rows of one table, in the column order of :data:`COLUMNS`."""
        columns = COLUMNS[table_name]
        cursor = self.raw.cursor()
        try:
            if self.dialect == "sqlite":
                cursor.executemany(_insert(table_name), rows)
            else:
                money = _money_columns(table_name)
                with cursor.copy(f"COPY {table_name} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        if money:
                            values = list(row)
                            for index in money:
                                values[index] = _pg_money(row[index])
                            copy.write_row(values)
                        else:
                            copy.write_row(row)
        finally:
            cursor.close()
        self.rows_written += len(rows)

    @contextmanager
    def bulk_load(self) -> Iterator[None]:
        """Load the (empty) generated tables faster, inside the caller's transaction.

        On SQLite, the indexes led by a text column (names, numbers, ICCIDs, INNs) are
        dropped and created again from their own SQL once the rows are in: those keys
        arrive in random order, and inserting them one by one into a million-row index
        costs more than sorting them once. Indexes led by an id grow at their right edge
        as the rows come and are kept. Being DDL in the same transaction, the drop is
        undone by a rollback, and the schema ends as it began.

        CHECK constraints are not evaluated meanwhile: every enum column has one of the
        form ``x IN ('a', 'b', 'c')``, which SQLite evaluates by building a temporary table
        per row and column, tripling the cost of an insert. The generated values come from
        the enums the constraints are made from, the constraints apply again to every later
        write, and ``PRAGMA integrity_check`` verifies them.
        """
        if self.dialect != "sqlite":
            yield
            return
        cursor: Any = self.raw.cursor()
        try:
            rebuilt = []
            for name in _text_led_indexes():
                (sql,) = cursor.execute(
                    "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
                ).fetchone()
                cursor.execute(f'DROP INDEX "{name}"')
                rebuilt.append(sql)
            cursor.execute("PRAGMA ignore_check_constraints = ON")
            yield
            for sql in rebuilt:
                cursor.execute(sql)
        finally:
            cursor.execute("PRAGMA ignore_check_constraints = OFF")
            cursor.close()

    def reset_sequences(self, tables: Iterable[str]) -> None:
        """After explicit ids on PostgreSQL, move each id sequence past the largest id."""
        if self.dialect != "postgresql":
            return
        cursor = self.raw.cursor()
        try:
            for name in tables:
                table = Base.metadata.tables[name]
                if "id" not in table.c or not table.c["id"].autoincrement:
                    continue
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"coalesce(max(id), 0) + 1, false) FROM {name}"
                )
        finally:
            cursor.close()


def _text_led_indexes() -> list[str]:
    """Names of the indexes of the generated tables whose first column holds text."""
    names = []
    for table_name in COLUMNS:
        for index in Base.metadata.tables[table_name].indexes:
            first = index.expressions[0]  # a column, or lower(column)
            if not isinstance(first, str) and issubclass(first.type.python_type, str):
                names.append(str(index.name))
    return sorted(names)

"""Bulk writing of generated rows, bypassing the ORM for speed.

Rows arrive as tuples with money in kopecks, moments as UTC epoch seconds and dates as
ISO strings (see :mod:`workstation.demo.generator`). On SQLite they go through
``executemany`` in exactly the representation the column types write (kopecks, and
timestamps as SQLAlchemy's text form); on PostgreSQL through ``COPY``. The writer uses
the caller's connection, so it is part of the caller's one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table

from models import Base, Money, UtcDateTime

Converter = Callable[[Any], Any]


class _SqliteTimestamps:
    """Epoch seconds to ``YYYY-MM-DD HH:MM:SS.000000``, with the date part cached per day."""

    def __init__(self) -> None:
        self.days: dict[int, str] = {}

    def __call__(self, value: int | None) -> str | None:
        if value is None:
            return None
        day, seconds = divmod(value, 86_400)
        text = self.days.get(day)
        if text is None:
            text = datetime.fromtimestamp(day * 86_400, UTC).strftime("%Y-%m-%d")
            self.days[day] = text
        hours, rest = divmod(seconds, 3600)
        minutes, secs = divmod(rest, 60)
        return f"{text} {hours:02d}:{minutes:02d}:{secs:02d}.000000"


def _pg_timestamp(value: int | None) -> str | None:
    if value is None:
        return None
    return datetime.fromtimestamp(value, UTC).isoformat(sep=" ")


def _pg_money(value: int | None) -> str | None:
    if value is None:
        return None
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
        self._sqlite_ts = _SqliteTimestamps()

    def _converters(self, table: Table, columns: Sequence[str]) -> list[Converter | None]:
        out: list[Converter | None] = []
        for name in columns:
            column_type = table.c[name].type
            if isinstance(column_type, UtcDateTime):
                out.append(self._sqlite_ts if self.dialect == "sqlite" else _pg_timestamp)
            elif isinstance(column_type, Money) and self.dialect != "sqlite":
                out.append(_pg_money)
            else:
                out.append(None)
        return out

    def write(self, table_name: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        table = Base.metadata.tables[table_name]
        converters = self._converters(table, columns)
        active = [(index, conv) for index, conv in enumerate(converters) if conv is not None]

        def convert(row: Sequence[Any]) -> Sequence[Any]:
            if not active:
                return row
            values = list(row)
            for index, conv in active:
                values[index] = conv(values[index])
            return values

        rows = list(rows)
        if not rows:
            return
        names = ", ".join(columns)
        cursor = self.raw.cursor()
        try:
            if self.dialect == "sqlite":
                marks = ", ".join("?" * len(columns))
                cursor.executemany(
                    f"INSERT INTO {table_name} ({names}) VALUES ({marks})",
                    map(convert, rows),  # type: ignore[arg-type]  # sqlite3 takes any iterable
                )
            else:
                with cursor.copy(f"COPY {table_name} ({names}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(convert(row))
        finally:
            cursor.close()
        self.rows_written += len(rows)

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

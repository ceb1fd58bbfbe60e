"""Declarative base, naming convention and the column types every aggregate shares.

Two storage decisions live here so that no other module has to know about them:

* Money is ``Decimal`` in Python and ``Numeric(14, 2)`` on PostgreSQL. SQLite has no
  decimal type (a ``NUMERIC`` column stores a binary float and ``SUM`` adds floats), so on
  SQLite the same column holds whole kopecks in an ``INTEGER``; arithmetic and sums in
  the database are then exact on both.
* Timestamps are timezone-aware UTC in Python. A naive ``datetime`` is refused on the way
  in, because a silently assumed zone is how an agent ends up reading a call three hours
  off.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Dialect,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
)
from sqlalchemy import Enum as SqlEnum
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator, TypeEngine

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

KOPECK = Decimal("0.01")
MONEY_PRECISION = 14
MONEY_SCALE = 2
MONEY_LIMIT = Decimal(10) ** (MONEY_PRECISION - MONEY_SCALE)


class Base(DeclarativeBase):
    """Base of every mapped class; one metadata with one naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def to_kopecks(amount: Decimal) -> int:
    """Whole kopecks of an amount that must already be exact to the kopeck."""
    if amount != amount.quantize(KOPECK):
        raise ValueError(f"amount {amount} has fractions of a kopeck")
    return int(amount * 100)


def from_kopecks(kopecks: int) -> Decimal:
    return (Decimal(kopecks) / 100).quantize(KOPECK)


class Money(TypeDecorator[Decimal]):
    """Roubles and kopecks: ``Decimal`` with two places, never a float."""

    impl = Numeric(MONEY_PRECISION, MONEY_SCALE, asdecimal=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(Numeric(MONEY_PRECISION, MONEY_SCALE, asdecimal=True))

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money must be Decimal or int, never float")
        amount = Decimal(value)
        if abs(amount) >= MONEY_LIMIT:
            raise ValueError(f"amount {amount} does not fit Numeric(14, 2)")
        kopecks = to_kopecks(amount)
        return kopecks if dialect.name == "sqlite" else from_kopecks(kopecks)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else self.read(value, dialect)

    @staticmethod
    def read(value: Any, dialect: Dialect) -> Decimal:
        """An amount as the driver returns it: for code that reads rows past the ORM."""
        if dialect.name == "sqlite":
            return from_kopecks(int(value))
        return Decimal(value).quantize(KOPECK)

    def coerce_compared_value(self, op: Any, value: Any) -> TypeEngine[Any]:
        return self


class UtcDateTime(TypeDecorator[datetime]):
    """A moment in time, stored as UTC and returned timezone-aware."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected datetime, got {type(value).__name__}")
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime refused: attach a time zone")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        moment: datetime = value
        if moment.tzinfo is None:
            return moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC)


def sqlite_timestamp(moment: datetime) -> str:
    """The text SQLite holds for ``moment``: what bulk writers bypassing the ORM must write."""
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    return utc.isoformat(sep=" ", timespec="microseconds")


def SearchKey(length: int) -> TypeEngine[str]:
    """Text compared by prefix ranges: byte order on PostgreSQL whatever the database collation."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


def BigId() -> TypeEngine[int]:
    """A 64-bit key on PostgreSQL that stays SQLite's rowid alias (INTEGER PRIMARY KEY)."""
    return BigInteger().with_variant(Integer(), "sqlite")


def enum_values(cls: type[enum.Enum]) -> list[str]:
    return [str(member.value) for member in cls]


def EnumText(cls: type[enum.Enum], name: str) -> SqlEnum:
    """A ``StrEnum`` stored as its value in a short text column with a CHECK constraint."""
    return SqlEnum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(v) for v in enum_values(cls)),
        values_callable=enum_values,
        validate_strings=True,
    )


def compared_by_autogenerate(
    item: object, name: str | None, kind: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic's ``include_object``: everything but indexes on expressions (``lower(email)``).

    SQLite cannot reflect those, so autogenerate would propose adding them again each time;
    their migrations are written by hand, and a test checks that they exist.
    """
    if kind == "index" and isinstance(item, Index):
        return all(isinstance(part, Column) for part in item.expressions)
    return True

"""Opening the database: engine, SQLite pragmas, sessions and migrations.

SQLite is driven with the driver's own transaction handling switched off and ``BEGIN``
emitted here, as SQLAlchemy recommends; sessions that write begin ``IMMEDIATE`` so that
two writers queue on the busy timeout instead of failing when one upgrades a read lock.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

import models
from workstation.config import mask_password, parse_database_url, with_keyring_password
from workstation.errors import DatabaseError
from workstation.i18n import QT_TRANSLATE_NOOP

MIGRATIONS_DIR = Path(models.__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 30_000
SQLITE_CACHE_KIB = 64 * 1024
"""Page cache per connection (SQLite's default is 2 MiB). Each page it misses is a read
from the OS, some 8 µs on a virtual machine: more than a cached index lookup takes whole.
A workstation holds a few connections, so this costs well under half a gigabyte."""


@dataclass
class Database:
    """An open database: the engine and the two kinds of session made from it."""

    url: URL
    engine: Engine
    created: bool
    """True when this process created the schema (the first start on this database)."""

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def display_url(self) -> str:
        return mask_password(self.url)

    @property
    def location(self) -> str:
        """What the status bar shows: the file, or user@host/database."""
        if self.dialect == "sqlite":
            return self.url.database or ":memory:"
        return f"{self.url.username or ''}@{self.url.host or 'localhost'}/{self.url.database}"

    def session(self) -> Session:
        """A session for reading (and short writes)."""
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        with Session(_writer(self.engine), expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def _writer(engine: Engine) -> Engine:
    if engine.dialect.name == "sqlite":
        return engine.execution_options(sqlite_begin="IMMEDIATE")
    return engine


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if _is_file(engine.url):
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "")
        connection.exec_driver_sql(f"BEGIN {mode}".strip())


def _is_file(url: URL) -> bool:
    return bool(url.database) and url.database != ":memory:" and "mode=memory" not in str(url)


def _prepare_sqlite_file(url: URL) -> None:
    """Create the directory of the database file, or say clearly why it cannot be."""
    if not _is_file(url):
        return
    path = Path(str(url.database)).expanduser()
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "Cannot create the directory {folder}: {reason}"),
            folder=str(folder),
            reason=exc.strerror,
        ) from exc
    if not path.exists() and not os.access(folder, os.W_OK):
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors", "Cannot create the database {path}: the directory is read-only"
            ),
            path=str(path),
        )
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors", "Cannot write to the database {path}: the file is read-only"
            ),
            path=str(path),
        )


def make_engine(url: str | URL, **kwargs: Any) -> Engine:
    """An engine with the workstation's connection settings; no connection is made yet."""
    parsed = parse_database_url(url) if isinstance(url, str) else url
    parsed = with_keyring_password(parsed)
    if parsed.get_backend_name() == "sqlite":
        _prepare_sqlite_file(parsed)
        engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)
        _install_sqlite_pragmas(engine)
        return engine
    connect_args = {"connect_timeout": 5, "application_name": "agent-workstation"}
    return create_engine(parsed, pool_pre_ping=True, connect_args=connect_args, **kwargs)


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)


def open_database(url: str | URL, *, migrate: bool = True) -> Database:
    """Connect, and bring the schema to the newest revision when ``migrate`` is set.

    Raises:
        ConfigError: the URL is malformed or names an unsupported database.
        DatabaseError: the server cannot be reached, or the file cannot be created.
    """
    engine = make_engine(url)
    display = mask_password(engine.url)
    try:
        with engine.connect() as connection:
            revision = current_revision(connection)
            empty = revision is None and not inspect(connection).get_table_names()
        if migrate and revision != head_revision():
            upgrade(engine)
    except DBAPIError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "Cannot open the database {url}: {reason}"),
            url=display,
            reason=reason,
        ) from exc
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "Cannot open the database {url}: {reason}"),
            url=display,
            reason=str(exc),
        ) from exc
    return Database(url=engine.url, engine=engine, created=empty and migrate)

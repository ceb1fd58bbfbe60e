"""Shared fixtures: a migrated database per test, on SQLite always and on PostgreSQL when asked.

PostgreSQL runs when ``WORKSTATION_TEST_PG_URL`` names a server database (the tests create
and drop a database of their own next to it). Without it those tests are skipped with the
reason; with ``WORKSTATION_REQUIRE_PG=1`` a missing or unreachable server fails them.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from models import Base
from workstation.audit import GENESIS
from workstation.db import Database, open_database

PG_ENV = "WORKSTATION_TEST_PG_URL"
REQUIRE_PG_ENV = "WORKSTATION_REQUIRE_PG"
BACKENDS = ("sqlite", "postgresql")
TRUNCATE_WAIT = "20s"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the developer's own data directory, config or database."""
    monkeypatch.setenv("WORKSTATION_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("WORKSTATION_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.delenv("WORKSTATION_DB", raising=False)


def _pg_unavailable(reason: str) -> None:
    if os.environ.get(REQUIRE_PG_ENV) == "1":
        pytest.fail(f"PostgreSQL is required ({REQUIRE_PG_ENV}=1) but {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


@pytest.fixture(scope="session")
def pg_server_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        _pg_unavailable(f"{PG_ENV} is not set (e.g. postgresql+psycopg://postgres@127.0.0.1/test)")
    assert url is not None
    return url


class PgDatabases:
    """Creates throw-away databases on the test server and drops them at the end."""

    def __init__(self, server_url: str) -> None:
        self.server_url = make_url(server_url)
        self.admin = create_engine(self.server_url, isolation_level="AUTOCOMMIT")
        self.created: list[str] = []

    def new_url(self) -> str:
        name = f"wst_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        self.created.append(name)
        return self.server_url.set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        with self.admin.connect() as conn:
            for name in self.created:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_databases(pg_server_url: str) -> Iterator[PgDatabases]:
    databases = PgDatabases(pg_server_url)
    try:
        with databases.admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        databases.admin.dispose()
        _pg_unavailable(f"cannot connect to {databases.server_url!r}: {exc}")
    yield databases
    databases.drop_all()


@pytest.fixture(scope="session")
def pg_session_database(pg_databases: PgDatabases) -> Iterator[Database]:
    db = open_database(pg_databases.new_url())
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_database(f"sqlite:///{path}")
    db.dispose()
    return path


def _truncate(db: Database) -> None:
    """Empty every table as a fresh migration leaves it: the audit anchor at the genesis."""
    names = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        # A session an earlier test left open holds its locks until a garbage collection
        # frees it; fail here, naming the cause, rather than wait for that for ever.
        conn.execute(text(f"SET LOCAL lock_timeout = '{TRUNCATE_WAIT}'"))
        try:
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        except OperationalError as exc:
            pytest.fail(
                f"an earlier test left a database session open (TRUNCATE waited {TRUNCATE_WAIT}"
                f" for its locks): close every session, e.g. with db.read(); {exc.orig}"
            )
        conn.execute(
            text(
                "INSERT INTO audit_anchor (id, last_event_id, last_hash, events) VALUES (1, 0, :h, 0)"
            ),
            {"h": GENESIS},
        )


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """An empty, migrated database of each backend."""
    if request.param == "sqlite":
        path = tmp_path / "workstation.db"
        shutil.copyfile(sqlite_template, path)
        database = open_database(f"sqlite:///{path}")
        yield database
        database.dispose()
        return
    database = request.getfixturevalue("pg_session_database")
    _truncate(database)
    yield database


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """A second database, always SQLite, for comparing with ``db``."""
    path = tmp_path / "second.db"
    shutil.copyfile(sqlite_template, path)
    database = open_database(f"sqlite:///{path}")
    yield database
    database.dispose()

"""Migrations reach the same schema as the models, and go down and up again, on both databases."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect

from models import Base
from models.base import compared_by_autogenerate
from tests.conftest import PgDatabases
from workstation.db import downgrade, head_revision, make_engine, upgrade


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'migrate.db'}"
    databases: PgDatabases = request.getfixturevalue("pg_databases")
    return databases.new_url()


def test_upgrade_downgrade_upgrade_and_no_drift(empty_url: str) -> None:
    engine = make_engine(empty_url)
    try:
        upgrade(engine)
        tables = set(inspect(engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        downgrade(engine, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        upgrade(engine)
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={
                    "compare_type": True,
                    "render_as_batch": True,
                    "include_object": compared_by_autogenerate,
                },
            )
            assert context.get_current_revision() == head_revision()
            with warnings.catch_warnings():
                # SQLite cannot reflect indexes on expressions; they are checked below.
                warnings.filterwarnings("ignore", "Skipped unsupported reflection")
                warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified")
                assert compare_metadata(context, Base.metadata) == []
            assert _expression_indexes() <= _index_names(connection)
    finally:
        engine.dispose()


def _expression_indexes() -> set[str]:
    return {
        str(index.name)
        for table in Base.metadata.tables.values()
        for index in table.indexes
        if not compared_by_autogenerate(index, index.name, "index", False, None)
    }


def _index_names(connection: Connection) -> set[str]:
    if connection.dialect.name == "sqlite":
        query = "SELECT name FROM sqlite_master WHERE type = 'index'"
    else:
        query = "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
    return set(connection.exec_driver_sql(query).scalars())


def test_upgrading_a_database_that_holds_data(empty_url: str) -> None:
    """0001 → head on a database with users and audit events: the chain's anchor is built."""
    from datetime import UTC, datetime

    from sqlalchemy import text
    from sqlalchemy.orm import Session

    from workstation import audit
    from workstation.audit import GENESIS, event_hash

    engine = make_engine(empty_url)
    try:
        upgrade(engine, "0001")
        moment = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO app_user (id, login, full_name, role, password_hash, active, "
                    "failed_logins, created_at) VALUES (1, 'old', 'Old', 'agent', 'x', true, 0, :at)"
                ),
                {"at": moment.replace(tzinfo=None) if engine.dialect.name == "sqlite" else moment},
            )
            prev = GENESIS
            for _ in range(2):
                digest = event_hash(
                    prev_hash=prev,
                    at=moment,
                    agent_id=1,
                    interaction_id=None,
                    operation="login",
                    target_type="user",
                    target_id="old",
                    summary="{}",
                )
                conn.execute(
                    text(
                        "INSERT INTO audit_event (at, agent_id, operation, target_type, "
                        "target_id, summary, prev_hash, hash) VALUES "
                        "(:at, 1, 'login', 'user', 'old', '{}', :prev, :hash)"
                    ),
                    {
                        "at": moment.replace(tzinfo=None)
                        if engine.dialect.name == "sqlite"
                        else moment,
                        "prev": prev,
                        "hash": digest,
                    },
                )
                prev = digest
        upgrade(engine)
        with Session(engine) as session:
            report = audit.verify_chain(session)
            assert (report.events, report.broken_at) == (2, None)
            audit.record(
                session, operation="login", target_type="user", target_id="old", agent_id=1
            )
            session.commit()
            assert audit.verify_chain(session).events == 3
    finally:
        engine.dispose()

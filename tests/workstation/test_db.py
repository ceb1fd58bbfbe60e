"""How the workstation's SQLite connections are set up."""

from __future__ import annotations

from workstation.db import BUSY_TIMEOUT_MS, SQLITE_CACHE_KIB, Database


def test_every_sqlite_connection_waits_checks_keys_and_caches(sqlite_db: Database) -> None:
    with sqlite_db.read() as session:
        connection = session.connection()

        def pragma(name: str) -> object:
            return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == BUSY_TIMEOUT_MS
        assert pragma("cache_size") == -SQLITE_CACHE_KIB

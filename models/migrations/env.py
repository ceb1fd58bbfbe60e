"""Alembic environment: runs on the connection the application hands over.

``workstation.db`` passes an open connection in ``config.attributes["connection"]``; the
``alembic`` command line (for writing new revisions) uses ``sqlalchemy.url`` from
``alembic.ini`` or ``WORKSTATION_DB``.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection, create_engine

import models

config = context.config
target_metadata = models.Base.metadata


def run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        compare_server_default=False,
        include_object=models.base.compared_by_autogenerate,
    )
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    url = os.environ.get("WORKSTATION_DB") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("set WORKSTATION_DB to the database to migrate")
    engine = create_engine(url)
    with engine.begin() as conn:
        run_on(conn)


main()

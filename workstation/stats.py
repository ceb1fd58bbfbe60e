"""What a database holds: the counts ``workstation db stats`` prints."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from models import Base, Line, LineStatus
from workstation.db import Database


def database_stats(db: Database) -> dict[str, Any]:
    """Counts of every table, lines per status, and the URL with any password masked."""
    with db.read() as session:
        counts = {
            table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        }
        by_status = dict.fromkeys((s.value for s in LineStatus), 0)
        for status, count in session.execute(
            select(Line.status, func.count()).group_by(Line.status)
        ):
            by_status[status.value] = int(count)
    return {
        "database": db.display_url,
        "schema": "head",
        "counts": counts,
        "lines_by_status": by_status,
    }

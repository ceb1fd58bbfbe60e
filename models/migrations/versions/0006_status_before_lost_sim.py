"""lines: the status a lost-SIM block interrupted

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 21:10:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMN = "status_before_lost_sim"
STATUSES = ("active", "voluntary_block", "debt_block", "lost_sim_block", "closed")


def upgrade() -> None:
    # Plain ADD COLUMN with its CHECK inline, on both databases: SQLite accepts it without
    # rebuilding `line` (which it could not do with foreign keys switched on), and the
    # constraint is named as the naming convention names it.
    values = ", ".join(f"'{status}'" for status in STATUSES)
    op.execute(
        f"ALTER TABLE line ADD COLUMN {COLUMN} VARCHAR(15) "
        f"CONSTRAINT ck_line_{COLUMN} CHECK ({COLUMN} IN ({values}))"
    )


def downgrade() -> None:
    op.drop_column("line", COLUMN)

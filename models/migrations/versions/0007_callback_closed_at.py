"""callback requests: when each left the queue

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 00:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "callback_request",
        sa.Column("closed_at", models.base.UtcDateTime(timezone=True), nullable=True),
    )
    # Callbacks closed before: answered ones left the queue when they were answered; for
    # the others the moment was not kept, and the last take is the nearest known to it.
    op.execute(
        "UPDATE callback_request SET closed_at = coalesce(answered_at, taken_at, due_at) "
        "WHERE status IN ('done', 'cancelled')"
    )


def downgrade() -> None:
    op.drop_column("callback_request", "closed_at")

"""customers and accounts: indexes on the e-mail addresses, in lower case

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26 00:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_customer_email_lower", "customer", [sa.text("lower(email)")])
    op.create_index(
        "ix_personal_account_bill_email_lower", "personal_account", [sa.text("lower(bill_email)")]
    )


def downgrade() -> None:
    op.drop_index("ix_personal_account_bill_email_lower", table_name="personal_account")
    op.drop_index("ix_customer_email_lower", table_name="customer")

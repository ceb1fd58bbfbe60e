"""delivery: outbox attachments and claims, the e-mail request inbox

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 19:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True)


def upgrade() -> None:
    op.create_table(
        "outbox_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("outbox_message_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["outbox_message_id"],
            ["outbox_message.id"],
            name=op.f("fk_outbox_attachment_outbox_message_id_outbox_message"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_attachment")),
    )
    op.create_index(
        op.f("ix_outbox_attachment_outbox_message_id"),
        "outbox_attachment",
        ["outbox_message_id"],
        unique=False,
    )

    op.create_table(
        "inbound_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(length=250), nullable=False),
        sa.Column("in_reply_to", sa.String(length=250), nullable=True),
        sa.Column("reference_ids", sa.Text(), nullable=False),
        sa.Column("thread_id", sa.Integer(), nullable=True),
        sa.Column("from_address", sa.String(length=254), nullable=False),
        sa.Column("from_name", sa.String(length=200), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "problem", _enum("problem", "no_text", "unknown_encoding", "bad_sender"), nullable=True
        ),
        sa.Column("sent_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("received_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("line_id", sa.Integer(), nullable=True),
        sa.Column(
            "matched_by",
            _enum("matched_by", "address", "account", "phone", "thread"),
            nullable=True,
        ),
        sa.Column(
            "status", _enum("status", "new", "taken", "answered", "dismissed"), nullable=False
        ),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("taken_by_id", sa.Integer(), nullable=True),
        sa.Column("taken_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_inbound_message_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_inbound_message_interaction_id_interaction"),
        ),
        sa.ForeignKeyConstraint(
            ["line_id"], ["line.id"], name=op.f("fk_inbound_message_line_id_line")
        ),
        sa.ForeignKeyConstraint(
            ["taken_by_id"],
            ["app_user.id"],
            name=op.f("fk_inbound_message_taken_by_id_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["thread_id"],
            ["inbound_message.id"],
            name=op.f("fk_inbound_message_thread_id_inbound_message"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inbound_message")),
        sa.UniqueConstraint("message_id", name=op.f("uq_inbound_message_message_id")),
    )
    for column in ("customer_id", "interaction_id", "thread_id"):
        op.create_index(
            op.f(f"ix_inbound_message_{column}"), "inbound_message", [column], unique=False
        )
    op.create_index(
        "ix_inbound_message_status_received_at",
        "inbound_message",
        ["status", "received_at"],
        unique=False,
    )

    # Plain ADD COLUMN on SQLite: the outbox may be large, and nothing here needs a rebuild.
    op.add_column("outbox_message", sa.Column("claimed_by", sa.String(length=100), nullable=True))
    op.add_column(
        "outbox_message",
        sa.Column("claimed_until", models.base.UtcDateTime(timezone=True), nullable=True),
    )
    op.add_column("outbox_message", sa.Column("in_reply_to", sa.String(length=250), nullable=True))
    op.create_index(
        op.f("ix_outbox_message_interaction_id"),
        "outbox_message",
        ["interaction_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_outbox_message_interaction_id"), table_name="outbox_message")
    for column in ("in_reply_to", "claimed_until", "claimed_by"):
        op.drop_column("outbox_message", column)
    op.drop_index("ix_inbound_message_status_received_at", table_name="inbound_message")
    for column in ("thread_id", "interaction_id", "customer_id"):
        op.drop_index(op.f(f"ix_inbound_message_{column}"), table_name="inbound_message")
    op.drop_table("inbound_message")
    op.drop_index(op.f("ix_outbox_attachment_outbox_message_id"), table_name="outbox_attachment")
    op.drop_table("outbox_attachment")

"""requests, blocks, outbox, reference

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 18:55:58.582242
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reference_article",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "tariff",
                "service",
                "payment",
                "answer",
                name="kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column(
            "search_text",
            sa.String(length=2000).with_variant(
                sa.String(length=2000, collation="C"), "postgresql"
            ),
            nullable=False,
        ),
        sa.Column("updated_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["updated_by_id"],
            ["app_user.id"],
            name=op.f("fk_reference_article_updated_by_id_app_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_article")),
        sa.UniqueConstraint("kind", "code", name=op.f("uq_reference_article_kind")),
    )
    op.create_table(
        "promised_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column(
            "payment_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("amount", models.base.Money(precision=14, scale=2), nullable=False),
        sa.Column("fee", models.base.Money(precision=14, scale=2), nullable=False),
        sa.Column("created_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("settled_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["personal_account.id"],
            name=op.f("fk_promised_payment_account_id_personal_account"),
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["payment.id"], name=op.f("fk_promised_payment_payment_id_payment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promised_payment")),
    )
    with op.batch_alter_table("promised_payment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_promised_payment_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "approval_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("operation", sa.String(length=60), nullable=False),
        sa.Column("arguments", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("requested_by_id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("requested_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "done",
                "rejected",
                name="status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_approval_request_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"],
            ["app_user.id"],
            name=op.f("fk_approval_request_decided_by_id_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_approval_request_interaction_id_interaction"),
        ),
        sa.ForeignKeyConstraint(
            ["requested_by_id"],
            ["app_user.id"],
            name=op.f("fk_approval_request_requested_by_id_app_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_request")),
    )
    with op.batch_alter_table("approval_request", schema=None) as batch_op:
        batch_op.create_index(
            "ix_approval_request_status_requested_at", ["status", "requested_at"], unique=False
        )

    op.create_table(
        "data_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("changed_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["app_user.id"], name=op.f("fk_data_change_agent_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_data_change_interaction_id_interaction"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_change")),
    )
    with op.batch_alter_table("data_change", schema=None) as batch_op:
        batch_op.create_index(
            "ix_data_change_entity_entity_id", ["entity", "entity_id"], unique=False
        )

    op.create_table(
        "outbox_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("email", "sms", "fax", name="kind", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("purpose", sa.String(length=40), nullable=False),
        sa.Column("recipient", sa.String(length=254), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("sensitive", sa.Boolean(), nullable=False),
        sa.Column("message_id", sa.String(length=200), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "queued",
                "sending",
                "sent",
                "failed",
                "cancelled",
                name="status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("sent_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("line_id", sa.Integer(), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_outbox_message_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_outbox_message_interaction_id_interaction"),
        ),
        sa.ForeignKeyConstraint(
            ["line_id"], ["line.id"], name=op.f("fk_outbox_message_line_id_line")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_message")),
        sa.UniqueConstraint("message_id", name=op.f("uq_outbox_message_message_id")),
    )
    with op.batch_alter_table("outbox_message", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outbox_message_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            "ix_outbox_message_status_next_attempt_at", ["status", "next_attempt_at"], unique=False
        )

    op.add_column(
        "callback_request",
        sa.Column("queue", sa.String(length=40), nullable=False, server_default=""),
    )
    op.add_column("callback_request", sa.Column("source_key", sa.String(length=80), nullable=True))
    op.add_column(
        "callback_request",
        sa.Column("taken_at", models.base.UtcDateTime(timezone=True), nullable=True),
    )
    op.add_column(
        "callback_request",
        sa.Column("answered_at", models.base.UtcDateTime(timezone=True), nullable=True),
    )
    op.add_column("callback_request", sa.Column("outcome", sa.String(length=30), nullable=True))
    op.create_index(
        "uq_callback_request_source_key", "callback_request", ["source_key"], unique=True
    )
    op.add_column("line", sa.Column("block_from", sa.Date(), nullable=True))
    op.add_column("line", sa.Column("selfcare_password_hash", sa.String(length=200), nullable=True))
    op.add_column(
        "line",
        sa.Column("selfcare_must_change", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    for column in ("selfcare_must_change", "selfcare_password_hash", "block_from"):
        op.drop_column("line", column)
    op.drop_index("uq_callback_request_source_key", table_name="callback_request")
    for column in ("outcome", "answered_at", "taken_at", "source_key", "queue"):
        op.drop_column("callback_request", column)

    with op.batch_alter_table("outbox_message", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_message_status_next_attempt_at")
        batch_op.drop_index(batch_op.f("ix_outbox_message_customer_id"))

    op.drop_table("outbox_message")
    with op.batch_alter_table("data_change", schema=None) as batch_op:
        batch_op.drop_index("ix_data_change_entity_entity_id")

    op.drop_table("data_change")
    with op.batch_alter_table("approval_request", schema=None) as batch_op:
        batch_op.drop_index("ix_approval_request_status_requested_at")

    op.drop_table("approval_request")
    with op.batch_alter_table("promised_payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_promised_payment_account_id"))

    op.drop_table("promised_payment")
    op.drop_table("reference_article")

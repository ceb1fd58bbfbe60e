"""operations: interactions, verification, audit anchor, scheduled tariff, packages

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 17:54:15.693538
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


PACKAGES = (
    ("MIN_100", "bonus_minutes", 100),
    ("MIN_300", "bonus_minutes", 300),
    ("SMS_100", "bonus_sms", 100),
    ("SMS_500", "bonus_sms", 500),
    ("DATA_5", "bonus_data_mb", 5 * 1024),
    ("DATA_15", "bonus_data_mb", 15 * 1024),
    ("DATA_30", "bonus_data_mb", 30 * 1024),
)
GENESIS = "0" * 64


def _add_reference(table: str, column: str, target: str) -> None:
    """A nullable column referencing ``target.id``, named by the naming convention."""
    name = f"fk_{table}_{column}_{target}"
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN {column} INTEGER "
            f"CONSTRAINT {name} REFERENCES {target} (id)"
        )
        return
    op.add_column(table, sa.Column(column, sa.Integer(), nullable=True))
    op.create_foreign_key(name, table, target, [column], ["id"])


def _anchor() -> None:
    """The chain's head as it stands: the newest event, or the genesis hash when none."""
    bind = op.get_bind()
    last = bind.execute(
        sa.text("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1")
    ).first()
    count = bind.execute(sa.text("SELECT count(*) FROM audit_event")).scalar_one()
    op.execute(
        sa.text(
            "INSERT INTO audit_anchor (id, last_event_id, last_hash, events) "
            "VALUES (1, :last_id, :last_hash, :events)"
        ).bindparams(
            last_id=last[0] if last else 0,
            last_hash=last[1] if last else GENESIS,
            events=count,
        )
    )


def _append_only() -> None:
    """Refuse UPDATE and DELETE on the audit log in the database itself."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$ "
            "BEGIN RAISE EXCEPTION 'audit events are append-only'; END; $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event "
            "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()"
        )
        return
    for action in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER audit_event_no_{action.lower()} BEFORE {action} ON audit_event "
            "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"
        )


def _drop_append_only() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_event_append_only ON audit_event")
        op.execute("DROP FUNCTION audit_event_append_only()")
        return
    op.execute("DROP TRIGGER audit_event_no_update")
    op.execute("DROP TRIGGER audit_event_no_delete")


def upgrade() -> None:
    op.create_table(
        "audit_anchor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "last_event_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("events", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_anchor")),
    )
    op.create_table(
        "verification_lock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("locked_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.String(length=100), nullable=False),
        sa.Column("unlocked_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("unlocked_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["line_id"], ["line.id"], name=op.f("fk_verification_lock_line_id_line")
        ),
        sa.ForeignKeyConstraint(
            ["unlocked_by_id"],
            ["app_user.id"],
            name=op.f("fk_verification_lock_unlocked_by_id_app_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verification_lock")),
    )
    with op.batch_alter_table("verification_lock", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_verification_lock_line_id"), ["line_id"], unique=False)

    op.create_table(
        "interaction_reason",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_interaction_reason_interaction_id_interaction"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("interaction_id", "code", name=op.f("pk_interaction_reason")),
    )
    op.create_table(
        "verification_attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("success", sa.Boolean(), nullable=False),
        sa.Column("at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["app_user.id"], name=op.f("fk_verification_attempt_agent_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_verification_attempt_interaction_id_interaction"),
        ),
        sa.ForeignKeyConstraint(
            ["line_id"], ["line.id"], name=op.f("fk_verification_attempt_line_id_line")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verification_attempt")),
    )
    with op.batch_alter_table("verification_attempt", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_verification_attempt_interaction_id"), ["interaction_id"], unique=False
        )
        batch_op.create_index("ix_verification_attempt_line_id_at", ["line_id", "at"], unique=False)

    # Plain ADD COLUMN with the reference inline: SQLite accepts it without rebuilding the
    # table, which a batch rebuild of `line` could not do with foreign keys switched on.
    op.add_column(
        "interaction",
        sa.Column("verified_at", models.base.UtcDateTime(timezone=True), nullable=True),
    )
    op.add_column("interaction", sa.Column("verified_method", sa.String(length=20), nullable=True))
    _add_reference("interaction", "verified_customer_id", "customer")
    _add_reference("line", "next_tariff_id", "tariff_plan")
    op.add_column("line", sa.Column("next_tariff_on", sa.Date(), nullable=True))
    for column in ("bonus_minutes", "bonus_sms", "bonus_data_mb"):
        op.add_column(
            "service", sa.Column(column, sa.Integer(), nullable=False, server_default="0")
        )
    # The packages of the demo catalogue (services with these codes elsewhere are unaffected
    # unless they are the same packages).
    for code, column, amount in PACKAGES:
        op.execute(
            sa.text(f"UPDATE service SET {column} = :amount WHERE code = :code").bindparams(
                amount=amount, code=code
            )
        )
    _anchor()
    _append_only()


def downgrade() -> None:
    _drop_append_only()
    for column in ("bonus_data_mb", "bonus_sms", "bonus_minutes"):
        op.drop_column("service", column)
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint("fk_line_next_tariff_id_tariff_plan", "line", type_="foreignkey")
        op.drop_constraint(
            "fk_interaction_verified_customer_id_customer", "interaction", type_="foreignkey"
        )
    # SQLite (3.35+) drops a column that no index or constraint other than its own
    # inline reference uses.
    op.drop_column("line", "next_tariff_on")
    op.drop_column("line", "next_tariff_id")
    op.drop_column("interaction", "verified_customer_id")
    op.drop_column("interaction", "verified_method")
    op.drop_column("interaction", "verified_at")

    with op.batch_alter_table("verification_attempt", schema=None) as batch_op:
        batch_op.drop_index("ix_verification_attempt_line_id_at")
        batch_op.drop_index(batch_op.f("ix_verification_attempt_interaction_id"))

    op.drop_table("verification_attempt")
    op.drop_table("interaction_reason")
    with op.batch_alter_table("verification_lock", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_verification_lock_line_id"))

    op.drop_table("verification_lock")
    op.drop_table("audit_anchor")

"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 17:20:46.897781
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=40), nullable=False),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "agent",
                "supervisor",
                "admin",
                name="role",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("last_login_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("created_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("login", name=op.f("uq_app_user_login")),
    )
    op.create_table(
        "number_category",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("price", models.base.Money(precision=14, scale=2), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_number_category")),
    )
    op.create_table(
        "service",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "calls",
                "messaging",
                "internet",
                "roaming",
                "entertainment",
                "security",
                "info",
                "business",
                name="category",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("connection_fee", models.base.Money(precision=14, scale=2), nullable=False),
        sa.Column("fee", models.base.Money(precision=14, scale=2), nullable=False),
        sa.Column(
            "fee_period",
            sa.Enum(
                "none",
                "monthly",
                "daily",
                name="fee_period",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("incompatibility_group", sa.String(length=30), nullable=True),
        sa.Column("available", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service")),
        sa.UniqueConstraint("code", name=op.f("uq_service_code")),
    )
    op.create_table(
        "tariff_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "available", "archived", name="status", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("for_business", sa.Boolean(), nullable=False),
        sa.Column("monthly_fee", models.base.Money(precision=14, scale=2), nullable=False),
        sa.Column("included_minutes", sa.Integer(), nullable=False),
        sa.Column("included_sms", sa.Integer(), nullable=False),
        sa.Column("included_data_mb", sa.Integer(), nullable=False),
        sa.Column("switch_fee", models.base.Money(precision=14, scale=2), nullable=False),
        sa.Column("block_free_days", sa.Integer(), nullable=False),
        sa.Column("block_daily_fee", models.base.Money(precision=14, scale=2), nullable=False),
        sa.Column("introduced_on", sa.Date(), nullable=False),
        sa.Column("archived_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tariff_plan")),
        sa.UniqueConstraint("code", name=op.f("uq_tariff_plan_code")),
    )
    op.create_table(
        "audit_event",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("operation", sa.String(length=60), nullable=False),
        sa.Column("target_type", sa.String(length=30), nullable=False),
        sa.Column("target_id", sa.String(length=40), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["app_user.id"], name=op.f("fk_audit_event_agent_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_event_hash")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_agent_id"), ["agent_id"], unique=False)

    op.create_table(
        "customer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "individual", "business", name="kind", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("last_name", sa.String(length=80), nullable=True),
        sa.Column("first_name", sa.String(length=80), nullable=True),
        sa.Column("middle_name", sa.String(length=80), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("passport_series", sa.String(length=4), nullable=True),
        sa.Column("passport_number", sa.String(length=6), nullable=True),
        sa.Column("passport_issued_by", sa.String(length=200), nullable=True),
        sa.Column("passport_issued_on", sa.Date(), nullable=True),
        sa.Column("passport_division_code", sa.String(length=7), nullable=True),
        sa.Column("company_name", sa.String(length=200), nullable=True),
        sa.Column("inn", sa.String(length=12), nullable=True),
        sa.Column("kpp", sa.String(length=9), nullable=True),
        sa.Column("contact_person", sa.String(length=200), nullable=True),
        sa.Column("reg_postcode", sa.String(length=6), nullable=True),
        sa.Column("reg_region", sa.String(length=100), nullable=True),
        sa.Column("reg_city", sa.String(length=100), nullable=True),
        sa.Column("reg_street", sa.String(length=150), nullable=True),
        sa.Column("reg_house", sa.String(length=20), nullable=True),
        sa.Column("reg_flat", sa.String(length=10), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("contact_phone", sa.String(length=16), nullable=True),
        sa.Column("code_word_hash", sa.String(length=200), nullable=True),
        sa.Column(
            "name_key",
            sa.String(length=300).with_variant(sa.String(length=300, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("created_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_customer_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer")),
    )
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_inn"), ["inn"], unique=False)
        batch_op.create_index(batch_op.f("ix_customer_name_key"), ["name_key"], unique=False)

    op.create_table(
        "pool_number",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("msisdn", sa.String(length=16), nullable=False),
        sa.Column(
            "msisdn_reversed",
            sa.String(length=16).with_variant(sa.String(length=16, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("category_code", sa.String(length=20), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "free",
                "reserved",
                "quarantine",
                name="status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("quarantine_until", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["category_code"],
            ["number_category.code"],
            name=op.f("fk_pool_number_category_code_number_category"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pool_number")),
        sa.UniqueConstraint("msisdn", name=op.f("uq_pool_number_msisdn")),
    )
    with op.batch_alter_table("pool_number", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pool_number_category_code"), ["category_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_pool_number_msisdn_reversed"), ["msisdn_reversed"], unique=False
        )

    op.create_table(
        "tariff_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tariff_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "voice",
                "sms",
                "mms",
                "data",
                name="kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "zone",
            sa.Enum(
                "home",
                "russia",
                "international",
                "roaming",
                name="zone",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "direction",
            sa.Enum("out", "in", name="direction", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("price", models.base.Money(precision=14, scale=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["tariff_id"],
            ["tariff_plan.id"],
            name=op.f("fk_tariff_rate_tariff_id_tariff_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tariff_rate")),
        sa.UniqueConstraint(
            "tariff_id", "kind", "zone", "direction", name=op.f("uq_tariff_rate_tariff_id")
        ),
    )
    op.create_table(
        "tariff_service",
        sa.Column("tariff_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["service.id"],
            name=op.f("fk_tariff_service_service_id_service"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tariff_id"],
            ["tariff_plan.id"],
            name=op.f("fk_tariff_service_tariff_id_tariff_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tariff_id", "service_id", name=op.f("pk_tariff_service")),
    )
    op.create_table(
        "personal_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "number",
            sa.String(length=12).with_variant(sa.String(length=12, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "contract_number",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("active", "closed", name="status", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("opening_balance", models.base.Money(precision=14, scale=2), nullable=False),
        sa.Column("balance", models.base.Money(precision=14, scale=2), nullable=False),
        sa.Column("credit_limit", models.base.Money(precision=14, scale=2), nullable=False),
        sa.Column("time_zone", sa.String(length=40), nullable=False),
        sa.Column("opened_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("closed_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column(
            "bill_delivery",
            sa.Enum(
                "post",
                "email",
                "fax",
                "none",
                name="bill_delivery",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("bill_postcode", sa.String(length=6), nullable=True),
        sa.Column("bill_region", sa.String(length=100), nullable=True),
        sa.Column("bill_city", sa.String(length=100), nullable=True),
        sa.Column("bill_street", sa.String(length=150), nullable=True),
        sa.Column("bill_house", sa.String(length=20), nullable=True),
        sa.Column("bill_flat", sa.String(length=10), nullable=True),
        sa.Column("bill_email", sa.String(length=254), nullable=True),
        sa.Column("bill_fax", sa.String(length=16), nullable=True),
        sa.Column("updated_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_personal_account_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"],
            ["app_user.id"],
            name=op.f("fk_personal_account_updated_by_id_app_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_personal_account")),
        sa.UniqueConstraint("contract_number", name=op.f("uq_personal_account_contract_number")),
        sa.UniqueConstraint("number", name=op.f("uq_personal_account_number")),
    )
    with op.batch_alter_table("personal_account", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_personal_account_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "invoice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.Date(), nullable=False),
        sa.Column("opening_balance", models.base.Money(precision=14, scale=2), nullable=False),
        sa.Column("charges_total", models.base.Money(precision=14, scale=2), nullable=False),
        sa.Column("payments_total", models.base.Money(precision=14, scale=2), nullable=False),
        sa.Column("closing_balance", models.base.Money(precision=14, scale=2), nullable=False),
        sa.Column("issued_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["personal_account.id"],
            name=op.f("fk_invoice_account_id_personal_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice")),
        sa.UniqueConstraint("account_id", "period", name=op.f("uq_invoice_account_id")),
        sa.UniqueConstraint("number", name=op.f("uq_invoice_number")),
    )
    op.create_table(
        "line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("msisdn", sa.String(length=16), nullable=False),
        sa.Column(
            "msisdn_reversed",
            sa.String(length=16).with_variant(sa.String(length=16, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("tariff_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "voluntary_block",
                "debt_block",
                "lost_sim_block",
                "closed",
                name="status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("activated_on", sa.Date(), nullable=False),
        sa.Column("status_changed_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("block_until", sa.Date(), nullable=True),
        sa.Column("closed_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["personal_account.id"],
            name=op.f("fk_line_account_id_personal_account"),
        ),
        sa.ForeignKeyConstraint(
            ["tariff_id"], ["tariff_plan.id"], name=op.f("fk_line_tariff_id_tariff_plan")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_line_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_line")),
    )
    with op.batch_alter_table("line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_line_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_line_msisdn_reversed"), ["msisdn_reversed"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_line_tariff_id"), ["tariff_id"], unique=False)
        batch_op.create_index(
            "uq_line_msisdn_open",
            ["msisdn"],
            unique=True,
            sqlite_where=sa.text("status != 'closed'"),
            postgresql_where=sa.text("status != 'closed'"),
        )

    op.create_table(
        "payment",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("amount", models.base.Money(precision=14, scale=2), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "bank_card",
                "bank_transfer",
                "cash",
                "terminal",
                "promised",
                name="method",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("paid_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["personal_account.id"],
            name=op.f("fk_payment_account_id_personal_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_payment_account_id_paid_at", ["account_id", "paid_at"], unique=False
        )

    op.create_table(
        "charge",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=True),
        sa.Column("period", sa.Date(), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "subscription",
                "service",
                "voice",
                "sms",
                "data",
                "roaming",
                "one_off",
                "adjustment",
                name="category",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("amount", models.base.Money(precision=14, scale=2), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("charged_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=True),
        sa.Column("reason_code", sa.String(length=30), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["personal_account.id"],
            name=op.f("fk_charge_account_id_personal_account"),
        ),
        sa.ForeignKeyConstraint(["line_id"], ["line.id"], name=op.f("fk_charge_line_id_line")),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service.id"], name=op.f("fk_charge_service_id_service")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_charge")),
    )
    with op.batch_alter_table("charge", schema=None) as batch_op:
        batch_op.create_index("ix_charge_account_id_period", ["account_id", "period"], unique=False)
        batch_op.create_index(batch_op.f("ix_charge_line_id"), ["line_id"], unique=False)

    op.create_table(
        "interaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "0890",
                "roaming",
                "8800",
                "web",
                "email",
                "callback",
                name="channel",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("caller_msisdn", sa.String(length=16), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("line_id", sa.Integer(), nullable=True),
        sa.Column("started_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("ended_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column(
            "outcome",
            sa.Enum(
                "solved",
                "callback",
                "escalated",
                "information",
                name="outcome",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["app_user.id"], name=op.f("fk_interaction_agent_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_interaction_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(["line_id"], ["line.id"], name=op.f("fk_interaction_line_id_line")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interaction")),
    )
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interaction_agent_id"), ["agent_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_interaction_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_interaction_line_id"), ["line_id"], unique=False)

    op.create_table(
        "number_assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("msisdn", sa.String(length=16), nullable=False),
        sa.Column(
            "msisdn_reversed",
            sa.String(length=16).with_variant(sa.String(length=16, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("assigned_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("released_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_number_assignment_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["line_id"], ["line.id"], name=op.f("fk_number_assignment_line_id_line")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_number_assignment")),
    )
    with op.batch_alter_table("number_assignment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_number_assignment_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_number_assignment_line_id"), ["line_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_number_assignment_msisdn"), ["msisdn"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_number_assignment_msisdn_reversed"), ["msisdn_reversed"], unique=False
        )

    op.create_table(
        "service_subscription",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("started_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("ended_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["line_id"], ["line.id"], name=op.f("fk_service_subscription_line_id_line")
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service.id"], name=op.f("fk_service_subscription_service_id_service")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_subscription")),
    )
    with op.batch_alter_table("service_subscription", schema=None) as batch_op:
        batch_op.create_index(
            "ix_service_subscription_line_id_service_id", ["line_id", "service_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_service_subscription_service_id"), ["service_id"], unique=False
        )

    op.create_table(
        "sim",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("iccid", sa.String(length=20), nullable=False),
        sa.Column(
            "iccid_reversed",
            sa.String(length=20).with_variant(sa.String(length=20, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("imsi", sa.String(length=15), nullable=False),
        sa.Column("pin1", sa.String(length=8), nullable=False),
        sa.Column("puk1", sa.String(length=8), nullable=False),
        sa.Column("pin2", sa.String(length=8), nullable=False),
        sa.Column("puk2", sa.String(length=8), nullable=False),
        sa.Column(
            "status",
            sa.Enum("active", "replaced", name="status", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("installed_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("replaced_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("replace_reason", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(["line_id"], ["line.id"], name=op.f("fk_sim_line_id_line")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sim")),
        sa.UniqueConstraint("iccid", name=op.f("uq_sim_iccid")),
        sa.UniqueConstraint("imsi", name=op.f("uq_sim_imsi")),
    )
    with op.batch_alter_table("sim", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sim_iccid_reversed"), ["iccid_reversed"], unique=False)
        batch_op.create_index(batch_op.f("ix_sim_line_id"), ["line_id"], unique=False)
        batch_op.create_index(
            "uq_sim_line_id_active",
            ["line_id"],
            unique=True,
            sqlite_where=sa.text("status = 'active'"),
            postgresql_where=sa.text("status = 'active'"),
        )

    op.create_table(
        "usage_record",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("started_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "voice",
                "sms",
                "mms",
                "data",
                name="kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "direction",
            sa.Enum("out", "in", name="direction", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("other_party", sa.String(length=32), nullable=True),
        sa.Column("duration_s", sa.Integer(), nullable=True),
        sa.Column("volume_bytes", sa.BigInteger(), nullable=True),
        sa.Column(
            "zone",
            sa.Enum(
                "home",
                "russia",
                "international",
                "roaming",
                name="zone",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("roaming_country", sa.String(length=2), nullable=True),
        sa.Column("cost", models.base.Money(precision=14, scale=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["line_id"], ["line.id"], name=op.f("fk_usage_record_line_id_line")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_usage_record")),
    )
    with op.batch_alter_table("usage_record", schema=None) as batch_op:
        batch_op.create_index(
            "ix_usage_record_line_id_started_at", ["line_id", "started_at"], unique=False
        )

    op.create_table(
        "callback_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("msisdn", sa.String(length=16), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("created_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("due_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "taken",
                "done",
                "cancelled",
                name="status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("assigned_to_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assigned_to_id"],
            ["app_user.id"],
            name=op.f("fk_callback_request_assigned_to_id_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_callback_request_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_callback_request_interaction_id_interaction"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_callback_request")),
    )
    with op.batch_alter_table("callback_request", schema=None) as batch_op:
        batch_op.create_index(
            "ix_callback_request_status_due_at", ["status", "due_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("callback_request", schema=None) as batch_op:
        batch_op.drop_index("ix_callback_request_status_due_at")

    op.drop_table("callback_request")
    with op.batch_alter_table("usage_record", schema=None) as batch_op:
        batch_op.drop_index("ix_usage_record_line_id_started_at")

    op.drop_table("usage_record")
    with op.batch_alter_table("sim", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_sim_line_id_active",
            sqlite_where=sa.text("status = 'active'"),
            postgresql_where=sa.text("status = 'active'"),
        )
        batch_op.drop_index(batch_op.f("ix_sim_line_id"))
        batch_op.drop_index(batch_op.f("ix_sim_iccid_reversed"))

    op.drop_table("sim")
    with op.batch_alter_table("service_subscription", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_subscription_service_id"))
        batch_op.drop_index("ix_service_subscription_line_id_service_id")

    op.drop_table("service_subscription")
    with op.batch_alter_table("number_assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_number_assignment_msisdn_reversed"))
        batch_op.drop_index(batch_op.f("ix_number_assignment_msisdn"))
        batch_op.drop_index(batch_op.f("ix_number_assignment_line_id"))
        batch_op.drop_index(batch_op.f("ix_number_assignment_customer_id"))

    op.drop_table("number_assignment")
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_line_id"))
        batch_op.drop_index(batch_op.f("ix_interaction_customer_id"))
        batch_op.drop_index(batch_op.f("ix_interaction_agent_id"))

    op.drop_table("interaction")
    with op.batch_alter_table("charge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_charge_line_id"))
        batch_op.drop_index("ix_charge_account_id_period")

    op.drop_table("charge")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index("ix_payment_account_id_paid_at")

    op.drop_table("payment")
    with op.batch_alter_table("line", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_line_msisdn_open",
            sqlite_where=sa.text("status != 'closed'"),
            postgresql_where=sa.text("status != 'closed'"),
        )
        batch_op.drop_index(batch_op.f("ix_line_tariff_id"))
        batch_op.drop_index(batch_op.f("ix_line_msisdn_reversed"))
        batch_op.drop_index(batch_op.f("ix_line_account_id"))

    op.drop_table("line")
    op.drop_table("invoice")
    with op.batch_alter_table("personal_account", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_personal_account_customer_id"))

    op.drop_table("personal_account")
    op.drop_table("tariff_service")
    op.drop_table("tariff_rate")
    with op.batch_alter_table("pool_number", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pool_number_msisdn_reversed"))
        batch_op.drop_index(batch_op.f("ix_pool_number_category_code"))

    op.drop_table("pool_number")
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_name_key"))
        batch_op.drop_index(batch_op.f("ix_customer_inn"))

    op.drop_table("customer")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_agent_id"))

    op.drop_table("audit_event")
    op.drop_table("tariff_plan")
    op.drop_table("service")
    op.drop_table("number_category")
    op.drop_table("app_user")

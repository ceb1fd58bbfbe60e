"""What waits for someone: approvals by a supervisor, promised payments, history of data changes."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, EnumText, Money, UtcDateTime


class ApprovalStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"
    REJECTED = "rejected"


class ApprovalRequest(Base):
    """An operation an agent asked for that a supervisor must approve (merges, large credits).

    The supervisor approves it in their own session, and the operation then runs there,
    as them, with the arguments recorded here.
    """

    __tablename__ = "approval_request"
    __table_args__ = (Index("ix_approval_request_status_requested_at", "status", "requested_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    operation: Mapped[str] = mapped_column(String(60))
    arguments: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interaction.id"))
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime)
    status: Mapped[ApprovalStatus] = mapped_column(EnumText(ApprovalStatus, "status"))
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    decision_note: Mapped[str] = mapped_column(Text, default="")


class PromisedPayment(Base):
    """Temporary credit: a payment now that is taken back when it expires."""

    __tablename__ = "promised_payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("personal_account.id"), index=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payment.id"))
    amount: Mapped[Decimal] = mapped_column(Money)
    fee: Mapped[Decimal] = mapped_column(Money)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    settled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class DataChange(Base):
    """One field of personal data or bill delivery as it was before an agent changed it."""

    __tablename__ = "data_change"
    __table_args__ = (Index("ix_data_change_entity_entity_id", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int] = mapped_column()
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    agent_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interaction.id"))

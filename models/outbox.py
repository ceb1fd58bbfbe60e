"""The outbox: every message to a subscriber, written with the operation that caused it."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, EnumText, UtcDateTime


class OutboxKind(StrEnum):
    EMAIL = "email"
    SMS = "sms"
    FAX = "fax"


class OutboxStatus(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


class OutboxMessage(Base):
    """A message to send. ``sensitive`` ones (a one-time password) never show their body.

    ``message_id`` is stable across retries, so that a message resent after a crash is
    recognised by the recipient's side as the same one. A sender claims a message by
    setting ``claimed_by`` and a lease (``claimed_until``) in a transaction of its own
    before it sends; a message left ``sending`` past its lease was being sent by a
    process that died, and is sent again (``workstation.delivery.sender``).
    """

    __tablename__ = "outbox_message"
    __table_args__ = (
        Index("ix_outbox_message_status_next_attempt_at", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[OutboxKind] = mapped_column(EnumText(OutboxKind, "kind"))
    purpose: Mapped[str] = mapped_column(String(40))
    recipient: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    message_id: Mapped[str] = mapped_column(String(200), unique=True)
    status: Mapped[OutboxStatus] = mapped_column(EnumText(OutboxStatus, "status"))
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    line_id: Mapped[int | None] = mapped_column(ForeignKey("line.id"))
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interaction.id"), index=True)
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    claimed_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    in_reply_to: Mapped[str | None] = mapped_column(String(250))
    """The Message-ID of the customer's letter this one answers (its thread)."""

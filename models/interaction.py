"""Interactions (обращения) with subscribers and callback requests (обратные звонки)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, EnumText, UtcDateTime


class Channel(StrEnum):
    """How a request reached the contact center."""

    SHORT_NUMBER = "0890"
    ROAMING_LINE = "roaming"  # +7 495 766-01-66
    FREEPHONE = "8800"  # 8 800 250-0890
    WEB_FORM = "web"
    EMAIL = "email"
    CALLBACK = "callback"


class Outcome(StrEnum):
    SOLVED = "solved"
    CALLBACK_NEEDED = "callback"
    ESCALATED = "escalated"
    INFORMATION_GIVEN = "information"


class CallbackStatus(StrEnum):
    OPEN = "open"
    TAKEN = "taken"
    DONE = "done"
    CANCELLED = "cancelled"


class Interaction(Base):
    """One contact with a subscriber, from its start to the agent's wrap-up."""

    __tablename__ = "interaction"

    id: Mapped[int] = mapped_column(primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    channel: Mapped[Channel] = mapped_column(EnumText(Channel, "channel"))
    caller_msisdn: Mapped[str | None] = mapped_column(String(16))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    line_id: Mapped[int | None] = mapped_column(ForeignKey("line.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    outcome: Mapped[Outcome | None] = mapped_column(EnumText(Outcome, "outcome"))
    note: Mapped[str] = mapped_column(Text, default="")
    verified_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    verified_method: Mapped[str | None] = mapped_column(String(20))
    verified_customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))

    reasons: Mapped[list[InteractionReason]] = relationship(
        cascade="all, delete-orphan", order_by="InteractionReason.code"
    )


class InteractionReason(Base):
    """Why the subscriber got in touch: one or more codes from the wrap-up list."""

    __tablename__ = "interaction_reason"

    interaction_id: Mapped[int] = mapped_column(
        ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(30), primary_key=True)


class VerificationAttempt(Base):
    """One try at proving who the caller is; failures count towards a lock."""

    __tablename__ = "verification_attempt"
    __table_args__ = (Index("ix_verification_attempt_line_id_at", "line_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interaction.id"), index=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("line.id"))
    agent_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    method: Mapped[str] = mapped_column(String(20))
    success: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime] = mapped_column(UtcDateTime)


class VerificationLock(Base):
    """Verification of a line refused after too many failures, until a supervisor unlocks it."""

    __tablename__ = "verification_lock"

    id: Mapped[int] = mapped_column(primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("line.id"), index=True)
    locked_at: Mapped[datetime] = mapped_column(UtcDateTime)
    reason: Mapped[str] = mapped_column(String(100))
    unlocked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    unlocked_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class CallbackRequest(Base):
    """A subscriber to call back: from an interaction, an agent, or an abandoned call."""

    __tablename__ = "callback_request"
    __table_args__ = (
        Index("ix_callback_request_status_due_at", "status", "due_at"),
        Index("uq_callback_request_source_key", "source_key", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    msisdn: Mapped[str] = mapped_column(String(16))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interaction.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    due_at: Mapped[datetime] = mapped_column(UtcDateTime)
    priority: Mapped[int] = mapped_column(default=0)
    status: Mapped[CallbackStatus] = mapped_column(EnumText(CallbackStatus, "status"))
    attempts: Mapped[int] = mapped_column(default=0)
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    queue: Mapped[str] = mapped_column(String(40), default="")
    source_key: Mapped[str | None] = mapped_column(String(80))
    """Where an imported request came from (file row identity), so that none is imported twice."""
    taken_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    """When it left the queue: answered, given up after its attempts, or cancelled."""
    outcome: Mapped[str | None] = mapped_column(String(30))
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's contract

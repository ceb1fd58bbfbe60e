"""Delivery: the files an outgoing message carries, and the e-mail requests that come in.

An attachment is kept in the database beside its message, not in a spool folder: it is
then written in the same transaction as the message (a statement is never queued without
its PDF, nor a PDF left behind by a rolled-back operation), it is backed up with
everything else, and every workstation and the shared sender of a PostgreSQL deployment
read it alike. Statements are a few hundred kilobytes; the sender's size limits apply.

An inbound message keeps its raw bytes whatever could or could not be read from them, so
that a letter in an unknown encoding, or with no text part, is shown as such and never
lost.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, EnumText, UtcDateTime


class OutboxAttachment(Base):
    """A file sent with an outbox message: a statement's PDF, a fax image."""

    __tablename__ = "outbox_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    outbox_message_id: Mapped[int] = mapped_column(
        ForeignKey("outbox_message.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    filename: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int]
    content: Mapped[bytes] = mapped_column(LargeBinary)


class InboundStatus(StrEnum):
    """Where an e-mail request is: waiting in the queue, with an agent, answered, set aside."""

    NEW = "new"
    TAKEN = "taken"
    ANSWERED = "answered"
    DISMISSED = "dismissed"


class InboundProblem(StrEnum):
    """What could not be read from a letter; the raw letter is kept all the same."""

    NO_TEXT = "no_text"
    UNKNOWN_ENCODING = "unknown_encoding"
    BAD_SENDER = "bad_sender"


class MatchedBy(StrEnum):
    """How the letter was matched to a customer."""

    ADDRESS = "address"
    ACCOUNT = "account"
    PHONE = "phone"
    THREAD = "thread"


class InboundMessage(Base):
    """A letter from the contact center's mailbox: one e-mail request, or a reply in a thread.

    ``message_id`` is unique: the same letter read twice (two workstations polling, a poll
    interrupted before the mailbox was told) is stored once. ``thread_id`` names the first
    letter of the conversation, found by In-Reply-To and References, also through the
    replies the agents sent (``OutboxMessage.in_reply_to``).
    """

    __tablename__ = "inbound_message"
    __table_args__ = (Index("ix_inbound_message_status_received_at", "status", "received_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(String(250), unique=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(250))
    reference_ids: Mapped[str] = mapped_column(Text, default="")
    """The References header: the Message-IDs of the thread, space-separated."""
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_message.id"), index=True)
    from_address: Mapped[str] = mapped_column(String(254))
    from_name: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    problem: Mapped[InboundProblem | None] = mapped_column(EnumText(InboundProblem, "problem"))
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    line_id: Mapped[int | None] = mapped_column(ForeignKey("line.id"))
    matched_by: Mapped[MatchedBy | None] = mapped_column(EnumText(MatchedBy, "matched_by"))
    status: Mapped[InboundStatus] = mapped_column(EnumText(InboundStatus, "status"))
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interaction.id"), index=True)
    taken_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    taken_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    """Why the letter was set aside (dismissed), in the agent's words."""

"""A claimed message as the transports see it: plain values, read in the claim's transaction.

Transports never hold a session: the sender reads what they need while it claims the
message, and sends after that transaction has committed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import OutboxAttachment, OutboxKind, OutboxMessage


@dataclass(frozen=True, slots=True)
class File:
    filename: str
    content_type: str
    content: bytes


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One message to send. ``body`` of a ``sensitive`` one must never be logged."""

    id: int
    kind: OutboxKind
    purpose: str
    recipient: str
    subject: str
    body: str
    sensitive: bool
    message_id: str
    in_reply_to: str | None
    created_at: datetime
    attachments: tuple[File, ...] = ()


def read_outgoing(session: Session, message: OutboxMessage) -> Outgoing:
    files = session.execute(
        select(OutboxAttachment.filename, OutboxAttachment.content_type, OutboxAttachment.content)
        .where(OutboxAttachment.outbox_message_id == message.id)
        .order_by(OutboxAttachment.position)
    ).all()
    return Outgoing(
        id=message.id,
        kind=message.kind,
        purpose=message.purpose,
        recipient=message.recipient,
        subject=message.subject,
        body=message.body,
        sensitive=message.sensitive,
        message_id=message.message_id,
        in_reply_to=message.in_reply_to,
        created_at=message.created_at,
        attachments=tuple(File(*row) for row in files),
    )

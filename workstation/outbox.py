"""Writing messages to the outbox, in the transaction of the operation that causes them.

Nothing is sent here: a sender picks queued messages up later
(:mod:`workstation.delivery.sender`). Writing the message with the operation means a SIM
replacement is never committed without its notice, nor a notice sent for a replacement
that was rolled back; a statement's PDF is written with its message, in the same
transaction, for the same reason.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from models import OutboxAttachment, OutboxKind, OutboxMessage, OutboxStatus

MESSAGE_DOMAIN = "agent-workstation.local"


@dataclass(frozen=True)
class Attachment:
    """A file to send with a message: its name as the recipient sees it, its type, its bytes."""

    filename: str
    content_type: str
    content: bytes


def queue_message(
    session: Session,
    *,
    kind: OutboxKind,
    purpose: str,
    recipient: str,
    body: str,
    now: datetime,
    subject: str = "",
    sensitive: bool = False,
    customer_id: int | None = None,
    line_id: int | None = None,
    interaction_id: int | None = None,
    attachments: Sequence[Attachment] = (),
    in_reply_to: str | None = None,
    message_id: str | None = None,
) -> OutboxMessage:
    """Queue one message; ``sensitive`` bodies (a one-time password) are never shown.

    The recipient is not checked here: a notice must never stop the operation that
    causes it, so a malformed address fails the message at sending, with the reason, in
    the outbox an agent sees. ``message_id`` is for a message that must exist once only
    (the database refuses a second with the same one); otherwise a fresh one is made.
    """
    message = OutboxMessage(
        kind=kind,
        purpose=purpose,
        recipient=recipient,
        subject=subject,
        body=body,
        sensitive=sensitive,
        message_id=message_id or f"<{uuid.uuid4().hex}@{MESSAGE_DOMAIN}>",
        status=OutboxStatus.QUEUED,
        attempts=0,
        next_attempt_at=now,
        created_at=now,
        customer_id=customer_id,
        line_id=line_id,
        interaction_id=interaction_id,
        in_reply_to=in_reply_to,
    )
    session.add(message)
    session.flush()
    session.add_all(
        OutboxAttachment(
            outbox_message_id=message.id,
            position=position,
            filename=item.filename,
            content_type=item.content_type,
            size=len(item.content),
            content=item.content,
        )
        for position, item in enumerate(attachments)
    )
    return message

"""Writing messages to the outbox, in the transaction of the operation that causes them.

Nothing is sent here: a sender picks queued messages up later. Writing the message with
the operation means a SIM replacement is never committed without its notice, nor a
notice sent for a replacement that was rolled back.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from models import OutboxKind, OutboxMessage, OutboxStatus

MESSAGE_DOMAIN = "agent-workstation.local"


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
) -> OutboxMessage:
    """Queue one message; ``sensitive`` bodies (a one-time password) are never shown."""
    message = OutboxMessage(
        kind=kind,
        purpose=purpose,
        recipient=recipient,
        subject=subject,
        body=body,
        sensitive=sensitive,
        message_id=f"<{uuid.uuid4().hex}@{MESSAGE_DOMAIN}>",
        status=OutboxStatus.QUEUED,
        attempts=0,
        next_attempt_at=now,
        created_at=now,
        customer_id=customer_id,
        line_id=line_id,
        interaction_id=interaction_id,
    )
    session.add(message)
    session.flush()
    return message

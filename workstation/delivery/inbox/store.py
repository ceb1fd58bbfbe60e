"""Storing a letter: once by its Message-ID, in its thread, with the customer it is from.

The thread is found through In-Reply-To and then References (nearest first): a letter
of ours that a customer answers is an outbox message whose ``in_reply_to`` names their
earlier letter. A letter in a thread whose interaction is still open goes straight to
that agent's interaction; otherwise it waits in the queue, with the thread's customer if
its own sender matched none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models import InboundMessage, InboundStatus, Interaction, MatchedBy, OutboxMessage
from workstation.delivery.inbox.letters import Letter
from workstation.delivery.inbox.matching import Match, match_letter


@dataclass(frozen=True, slots=True)
class Stored:
    inbound_id: int
    thread_id: int | None
    status: InboundStatus
    customer_id: int | None


def thread_of(session: Session, letter: Letter) -> InboundMessage | None:
    """The first letter of the conversation ``letter`` belongs to, if it belongs to one."""
    for ref in [letter.in_reply_to, *reversed(letter.references)]:
        if ref is None:
            continue
        known = session.scalar(select(InboundMessage).where(InboundMessage.message_id == ref))
        if known is None:
            ours = session.execute(
                select(OutboxMessage.in_reply_to, OutboxMessage.interaction_id).where(
                    OutboxMessage.message_id == ref
                )
            ).first()
            if ours is None:
                continue
            known = session.scalar(
                select(InboundMessage)
                .where(
                    or_(
                        InboundMessage.message_id == ours.in_reply_to,
                        InboundMessage.interaction_id == ours.interaction_id,
                    )
                )
                .order_by(InboundMessage.id)
                .limit(1)
            )
            if known is None:
                continue
        if known.thread_id is None:
            return known
        return session.get_one(InboundMessage, known.thread_id)
    return None


def _open_interaction(session: Session, root: InboundMessage) -> Interaction | None:
    return session.scalar(
        select(Interaction)
        .join(InboundMessage, InboundMessage.interaction_id == Interaction.id)
        .where(
            or_(InboundMessage.id == root.id, InboundMessage.thread_id == root.id),
            Interaction.ended_at.is_(None),
        )
        .limit(1)
    )


def store_letter(session: Session, letter: Letter, *, now: datetime) -> Stored | None:
    """Store ``letter``; None when a letter with its Message-ID is stored already."""
    if session.scalar(
        select(InboundMessage.id).where(InboundMessage.message_id == letter.message_id)
    ):
        return None
    root = thread_of(session, letter)
    match = match_letter(session, letter.from_address, f"{letter.subject}\n{letter.text}")
    if match.customer_id is None and root is not None and root.customer_id is not None:
        match = Match(root.customer_id, root.line_id, MatchedBy.THREAD)
    interaction = _open_interaction(session, root) if root is not None else None
    row = InboundMessage(
        message_id=letter.message_id,
        in_reply_to=letter.in_reply_to,
        reference_ids=" ".join(letter.references),
        thread_id=root.id if root is not None else None,
        from_address=letter.from_address,
        from_name=letter.from_name,
        subject=letter.subject,
        text=letter.text,
        problem=letter.problem,
        sent_at=letter.sent_at,
        received_at=now,
        raw=letter.raw,
        customer_id=match.customer_id,
        line_id=match.line_id,
        matched_by=match.by,
        status=InboundStatus.NEW if interaction is None else InboundStatus.TAKEN,
        interaction_id=interaction.id if interaction is not None else None,
        taken_by_id=interaction.agent_id if interaction is not None else None,
        taken_at=now if interaction is not None else None,
        note="",
    )
    session.add(row)
    session.flush()
    return Stored(row.id, row.thread_id, row.status, row.customer_id)

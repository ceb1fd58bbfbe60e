"""What the outbox view and the e-mail queue show: plain rows, read in one query each.

A sensitive message's text (a one-time password) is never read into a view.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from models import (
    Customer,
    InboundMessage,
    InboundProblem,
    InboundStatus,
    Interaction,
    MatchedBy,
    OutboxAttachment,
    OutboxKind,
    OutboxMessage,
    OutboxStatus,
    User,
)
from workstation.names import full_name

LIMIT = 500


@dataclass(frozen=True)
class OutboxRow:
    outbox_id: int
    kind: OutboxKind
    purpose: str
    recipient: str
    subject: str
    status: OutboxStatus
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None
    sensitive: bool
    files: int


def load_outbox(
    session: Session, *, statuses: Collection[OutboxStatus] = (), limit: int = LIMIT
) -> list[OutboxRow]:
    """The newest messages first, of the given statuses (all when none are given)."""
    files = (
        select(func.count())
        .where(OutboxAttachment.outbox_message_id == OutboxMessage.id)
        .scalar_subquery()
    )
    query = select(
        OutboxMessage.id,
        OutboxMessage.kind,
        OutboxMessage.purpose,
        OutboxMessage.recipient,
        OutboxMessage.subject,
        OutboxMessage.status,
        OutboxMessage.attempts,
        OutboxMessage.next_attempt_at,
        OutboxMessage.last_error,
        OutboxMessage.created_at,
        OutboxMessage.sent_at,
        OutboxMessage.sensitive,
        files,
    )
    if statuses:
        query = query.where(OutboxMessage.status.in_(list(statuses)))
    rows = session.execute(query.order_by(OutboxMessage.id.desc()).limit(limit))
    return [OutboxRow(*tuple(row)) for row in rows]


def outbox_counts(session: Session) -> dict[OutboxStatus, int]:
    rows = session.execute(
        select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
    )
    return {status: int(count) for status, count in rows}


def outbox_text(session: Session, outbox_id: int) -> str | None:
    """The text of a message for the preview; None for a sensitive one."""
    row = session.execute(
        select(OutboxMessage.body, OutboxMessage.sensitive).where(OutboxMessage.id == outbox_id)
    ).first()
    if row is None or row.sensitive:
        return None
    return str(row.body)


@dataclass(frozen=True)
class EmailRow:
    inbound_id: int
    received_at: datetime
    from_address: str
    from_name: str
    subject: str
    text: str
    status: InboundStatus
    problem: InboundProblem | None
    customer: str | None
    matched_by: MatchedBy | None
    taken_by: str | None
    taken_by_id: int | None


def load_email_queue(session: Session, *, limit: int = LIMIT) -> list[EmailRow]:
    """Letters waiting for an agent, the longest waiting first, then those being worked."""
    taker = aliased(User)
    rows = session.execute(
        select(
            InboundMessage.id,
            InboundMessage.received_at,
            InboundMessage.from_address,
            InboundMessage.from_name,
            InboundMessage.subject,
            InboundMessage.text,
            InboundMessage.status,
            InboundMessage.problem,
            Customer.kind,
            Customer.last_name,
            Customer.first_name,
            Customer.middle_name,
            Customer.company_name,
            InboundMessage.matched_by,
            taker.full_name,
            InboundMessage.taken_by_id,
        )
        .outerjoin(Customer, Customer.id == InboundMessage.customer_id)
        .outerjoin(taker, taker.id == InboundMessage.taken_by_id)
        .outerjoin(Interaction, Interaction.id == InboundMessage.interaction_id)
        .where(
            or_(
                InboundMessage.status == InboundStatus.NEW,
                (InboundMessage.status == InboundStatus.TAKEN) & Interaction.ended_at.is_(None),
            )
        )
        .order_by(InboundMessage.status, InboundMessage.received_at, InboundMessage.id)
        .limit(limit)
    )
    return [
        EmailRow(
            row.id,
            row.received_at,
            row.from_address,
            row.from_name,
            row.subject,
            row.text,
            row.status,
            row.problem,
            _name(row.kind, row.last_name, row.first_name, row.middle_name, row.company_name),
            row.matched_by,
            row.full_name,
            row.taken_by_id,
        )
        for row in rows
    ]


def _name(
    kind: object, last: str | None, first: str | None, middle: str | None, company: str | None
) -> str | None:
    if kind is None:
        return None
    return company or full_name(last, first, middle)


@dataclass(frozen=True)
class Entry:
    """One letter of a conversation, in or out."""

    incoming: bool
    at: datetime
    address: str
    subject: str
    text: str
    outbox_status: OutboxStatus | None
    problem: InboundProblem | None


def conversation(session: Session, interaction_id: int) -> list[Entry]:
    """The letters of the interaction's threads and the replies to them, oldest first."""
    roots = select(func.coalesce(InboundMessage.thread_id, InboundMessage.id)).where(
        InboundMessage.interaction_id == interaction_id
    )
    letters = session.scalars(
        select(InboundMessage).where(
            or_(InboundMessage.id.in_(roots), InboundMessage.thread_id.in_(roots))
        )
    ).all()
    ids = [letter.message_id for letter in letters]
    replies = session.scalars(
        select(OutboxMessage).where(
            or_(
                OutboxMessage.interaction_id == interaction_id,
                OutboxMessage.in_reply_to.in_(ids),
            ),
            OutboxMessage.kind == OutboxKind.EMAIL,
            OutboxMessage.sensitive.is_(False),
        )
    ).all()
    entries = [
        Entry(
            True,
            x.sent_at or x.received_at,
            x.from_address,
            x.subject,
            x.text,
            None,
            x.problem,
        )
        for x in letters
    ] + [
        Entry(False, x.created_at, x.recipient, x.subject, x.body, x.status, None) for x in replies
    ]
    # On a tie the customer's letter comes first: a reply answers what came before it.
    return sorted(entries, key=lambda e: (e.at, not e.incoming))


@dataclass(frozen=True)
class EmailWork:
    """What the reply window needs of an e-mail interaction: the letter to answer, the line."""

    inbound_id: int
    subject: str
    from_address: str
    line_id: int | None
    verified: bool


def email_work(session: Session, interaction_id: int) -> EmailWork | None:
    """The newest letter taken into the interaction; None when it has none."""
    row = session.execute(
        select(
            InboundMessage.id,
            InboundMessage.subject,
            InboundMessage.from_address,
            func.coalesce(Interaction.line_id, InboundMessage.line_id),
            Interaction.verified_customer_id,
        )
        .join(Interaction, Interaction.id == InboundMessage.interaction_id)
        .where(InboundMessage.interaction_id == interaction_id)
        .order_by(InboundMessage.received_at.desc(), InboundMessage.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return EmailWork(row[0], row[1], row[2], row[3], row[4] is not None)

"""The audit log: every operation, verification attempt and view of sensitive data.

Events are appended in the transaction of what they record, and each carries the SHA-256
of its own content and the previous event's hash, so that changing or deleting any event
breaks the chain from there on (``verify_chain``). The anchor row holds the newest event
and the count, which reveals a removed last event; appending locks that row first, so two
agents never chain onto the same predecessor. The database refuses UPDATE and DELETE on
the events themselves (triggers of migration 0002).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import AuditAnchor, AuditEvent

GENESIS = "0" * 64
ANCHOR_ID = 1


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def event_hash(
    *,
    prev_hash: str,
    at: datetime,
    agent_id: int | None,
    interaction_id: int | None,
    operation: str,
    target_type: str,
    target_id: str,
    summary: str,
) -> str:
    content = _canonical(
        [
            prev_hash,
            at.astimezone(UTC).isoformat(timespec="microseconds"),
            agent_id,
            interaction_id,
            operation,
            target_type,
            target_id,
            summary,
        ]
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def record(
    session: Session,
    *,
    operation: str,
    target_type: str,
    target_id: str | int,
    agent_id: int | None,
    interaction_id: int | None = None,
    summary: Mapping[str, Any] | None = None,
    at: datetime | None = None,
) -> AuditEvent:
    """Append one event in the session's transaction. ``summary`` must hold no secret."""
    anchor = session.scalars(
        select(AuditAnchor).where(AuditAnchor.id == ANCHOR_ID).with_for_update()
    ).one()
    prev = anchor.last_hash
    moment = at or datetime.now(UTC)
    body = _canonical(dict(summary or {}))
    event = AuditEvent(
        at=moment,
        agent_id=agent_id,
        interaction_id=interaction_id,
        operation=operation,
        target_type=target_type,
        target_id=str(target_id),
        summary=body,
        prev_hash=prev,
        hash=event_hash(
            prev_hash=prev,
            at=moment,
            agent_id=agent_id,
            interaction_id=interaction_id,
            operation=operation,
            target_type=target_type,
            target_id=str(target_id),
            summary=body,
        ),
    )
    session.add(event)
    session.flush()
    anchor.last_event_id = event.id
    anchor.last_hash = event.hash
    anchor.events += 1
    session.flush()
    return event


@dataclass(frozen=True)
class ChainReport:
    events: int
    broken_at: int | None
    """The id of the first event whose hash or link does not hold, or None."""
    reason: str | None


def verify_chain(session: Session, *, batch: int = 5000) -> ChainReport:
    """Walk the log in order and recompute every hash and link."""
    prev = GENESIS
    count = 0
    last_id = 0
    while True:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.id > last_id).order_by(AuditEvent.id).limit(batch)
        ).all()
        if not events:
            return _check_anchor(session, count, last_id, prev)
        for event in events:
            if event.prev_hash != prev:
                return ChainReport(count, event.id, "the link to the previous event is broken")
            expected = event_hash(
                prev_hash=event.prev_hash,
                at=event.at,
                agent_id=event.agent_id,
                interaction_id=event.interaction_id,
                operation=event.operation,
                target_type=event.target_type,
                target_id=event.target_id,
                summary=event.summary,
            )
            if expected != event.hash:
                return ChainReport(count, event.id, "the event's content does not match its hash")
            prev = event.hash
            count += 1
            last_id = event.id
        session.expunge_all()


def _check_anchor(session: Session, count: int, last_id: int, last_hash: str) -> ChainReport:
    """The walk ended: the anchor must name the same newest event and the same count."""
    anchor = session.get(AuditAnchor, ANCHOR_ID)
    if anchor is None:
        return ChainReport(count, last_id or None, "the anchor of the chain is missing")
    if (anchor.last_event_id, anchor.last_hash, anchor.events) != (last_id, last_hash, count):
        return ChainReport(
            count,
            anchor.last_event_id,
            "events at the end of the log are missing (the anchor names a later event)",
        )
    return ChainReport(count, None, None)

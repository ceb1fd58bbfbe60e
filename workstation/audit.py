"""The audit log: every operation, verification attempt and view of sensitive data.

Events are appended in the transaction of what they record, and each carries the SHA-256
of its own content and the previous event's hash, so that changing or deleting any event
breaks the chain from there on (``verify_chain``). Appending takes a lock first (the write
lock on SQLite, an advisory lock on PostgreSQL) so that two agents never chain onto the
same predecessor.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models import AuditEvent

GENESIS = "0" * 64
_PG_LOCK_KEY = 0x61756469  # "audi": one advisory lock for the whole log


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
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
    last = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    prev = last or GENESIS
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
            return ChainReport(count, None, None)
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

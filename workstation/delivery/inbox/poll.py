"""One poll of the mailbox: each letter stored in a transaction of its own, then marked done."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError

from models import InboundStatus
from workstation.db import Database
from workstation.delivery.inbox.letters import read_letter
from workstation.delivery.inbox.sources import InboxUnavailable, Source
from workstation.delivery.inbox.store import store_letter


@dataclass(frozen=True)
class PollSummary:
    """What a poll took in; ``problem`` is why it stopped early."""

    new: int = 0
    to_open_interactions: int = 0
    duplicates: int = 0
    unreadable: int = 0
    """Letters stored with a problem (no text, unknown encoding, no sender address)."""
    problem: str | None = None


def poll_inbox(
    db: Database, source: Source, *, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
) -> PollSummary:
    """Take in every letter ``source`` offers; never raises for what a letter contains."""
    new = attached = duplicates = unreadable = 0
    try:
        for key, raw in source.letters():
            letter = read_letter(raw)
            try:
                with db.write() as session:
                    stored = store_letter(session, letter, now=clock())
            except IntegrityError:  # another workstation stored it a moment ago
                stored = None
            source.done(key)
            if stored is None:
                duplicates += 1
                continue
            new += stored.status == InboundStatus.NEW
            attached += stored.status == InboundStatus.TAKEN
            unreadable += letter.problem is not None
    except InboxUnavailable as exc:
        return PollSummary(new, attached, duplicates, unreadable, str(exc))
    finally:
        source.close()
    return PollSummary(new, attached, duplicates, unreadable)

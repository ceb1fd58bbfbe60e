"""The audit log: append-only events, each carrying the hash of the one before."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BigId, UtcDateTime


class AuditEvent(Base):
    """Who did what to which subject, when, in which interaction; never a secret.

    ``interaction_id`` and the target are plain values, not foreign keys: the log must
    outlive anything it speaks of.
    """

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(BigId(), primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    interaction_id: Mapped[int | None] = mapped_column()
    operation: Mapped[str] = mapped_column(String(60))
    target_type: Mapped[str] = mapped_column(String(30))
    target_id: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class AuditAnchor(Base):
    """The head of the chain: the newest event and how many there are.

    Updated with every append, it is what reveals a removed last event; its row is also
    the lock that makes appends queue one behind the other.
    """

    __tablename__ = "audit_anchor"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_event_id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"))
    last_hash: Mapped[str] = mapped_column(String(64))
    events: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"))

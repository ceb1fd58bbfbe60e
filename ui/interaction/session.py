"""The agent's current interaction, shared by the bar, the card and the dialogs.

Signals:
    changed(): the interaction started, ended, or its verification changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal

from models import Channel
from workstation.auth import Agent
from workstation.config import Rules
from workstation.db import Database
from workstation.operations import Context
from workstation.operations.interactions import open_interaction_of


@dataclass
class Current:
    interaction_id: int
    channel: Channel
    caller: str | None
    started_at: datetime
    verified_customer_id: int | None = None
    customer_id: int | None = None


class InteractionSession(QObject):
    changed = Signal()

    def __init__(
        self,
        db: Database,
        agent: Agent,
        time_zone: str = "Europe/Moscow",
        rules: Rules | None = None,
    ) -> None:
        super().__init__()
        self.db = db
        self.agent = agent
        self.time_zone = time_zone
        self.rules = rules or Rules()
        self.current: Current | None = None

    def context(self) -> Context:
        """A fresh context for one operation: now, this agent, this interaction."""
        return Context(
            self.agent,
            self.current.interaction_id if self.current else None,
            datetime.now(UTC),
            self.time_zone,
            self.rules,
        )

    def resume(self) -> None:
        """After a restart, carry on with the interaction left open (it must still be wrapped up)."""
        with self.db.read() as session:
            open_one = open_interaction_of(session, self.agent.user_id)
            if open_one is not None:
                self.current = Current(
                    open_one.id,
                    open_one.channel,
                    open_one.caller_msisdn,
                    open_one.started_at,
                    open_one.verified_customer_id,
                    open_one.customer_id,
                )
        self.changed.emit()

    def started(
        self, interaction_id: int, channel: Channel, caller: str | None, at: datetime
    ) -> None:
        self.current = Current(interaction_id, channel, caller, at)
        self.changed.emit()

    def attached(self, customer_id: int) -> None:
        if self.current is None:
            return
        if self.current.customer_id != customer_id:
            self.current.verified_customer_id = None
        self.current.customer_id = customer_id
        self.changed.emit()

    def verified(self, customer_id: int) -> None:
        if self.current is not None:
            self.current.verified_customer_id = customer_id
            self.current.customer_id = customer_id
            self.changed.emit()

    def ended(self) -> None:
        self.current = None
        self.changed.emit()

    def is_verified(self, customer_id: int | None) -> bool:
        return (
            self.current is not None
            and customer_id is not None
            and self.current.verified_customer_id == customer_id
        )

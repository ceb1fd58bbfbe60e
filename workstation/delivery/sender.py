"""The outbox sender: claim a message, send it, record what happened — never lose one.

Each message goes through three short transactions, and the network is used only
between them:

1. **claim** — a conditional UPDATE makes a due message ``sending`` with this sender's
   name and a lease (``lease_seconds``), and counts the attempt. Of two senders, only one
   claims a message; a message still ``sending`` past its lease belonged to a process that
   died, and is due again.
2. **send** — the message, composed the same way every time (the same Message-ID, Date
   and MIME boundary), goes to the server.
3. **record** — ``sent``; or ``failed`` with the reason (a permanent refusal, or attempts
   used up); or back to ``queued`` with the next attempt after an exponential backoff.

A process killed between 2 and 3 leaves the message ``sending``: it is sent again after
the lease, with the same Message-ID, so delivery is at least once and the receiving side
(mail store, fax or SMS gateway) recognises a repeat. When the service itself fails (the
server down, the login refused) the message goes back uncounted and the run stops.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, or_, select, update

from models import OutboxMessage, OutboxStatus
from workstation.config import KEYRING_SERVICE, MailSettings, mail_keyring_user
from workstation.db import Database
from workstation.delivery.courier import Courier
from workstation.delivery.errors import Deferred, DeliveryError, Rejected, ServiceUnavailable
from workstation.delivery.outgoing import Outgoing, read_outgoing
from workstation.delivery.smtp import SmtpMailer

BATCH = 50
ERROR_LIMIT = 1000


@dataclass(frozen=True)
class RunSummary:
    """What one run did; ``problem`` is why it stopped early (the service failed)."""

    sent: int = 0
    failed: int = 0
    deferred: int = 0
    problem: str | None = None


def smtp_password(settings: MailSettings) -> str | None:
    """The SMTP password from the OS keyring; None when no user is set or none is stored."""
    if not settings.user:
        return None
    import keyring
    import keyring.errors

    entry = mail_keyring_user("smtp", settings.user, settings.smtp_host, settings.smtp_port)
    try:
        password: str | None = keyring.get_password(KEYRING_SERVICE, entry)
    except keyring.errors.KeyringError:
        return None
    return password


def default_courier(settings: MailSettings) -> Courier:
    return Courier(settings, SmtpMailer(settings, smtp_password(settings)))


def sender_name() -> str:
    """Who holds a claim: host, process and a random part (a pid is reused after a restart)."""
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _due(now: datetime) -> Any:
    return or_(
        and_(OutboxMessage.status == OutboxStatus.QUEUED, OutboxMessage.next_attempt_at <= now),
        and_(OutboxMessage.status == OutboxStatus.SENDING, OutboxMessage.claimed_until < now),
    )


class OutboxSender:
    """Sends what is due in the outbox of ``db``; safe to run in several processes at once."""

    def __init__(
        self,
        db: Database,
        settings: MailSettings,
        *,
        courier: Callable[[MailSettings], Courier] = default_courier,
        clock: Callable[[], datetime] = _utc_now,
        name: str | None = None,
    ) -> None:
        self.db = db
        self.settings = settings
        self.courier = courier
        self.clock = clock
        self.name = name or sender_name()

    def run(self) -> RunSummary:
        """Send every message due now, in batches, until none is left or the service fails."""
        sent = failed = deferred = 0
        tried: set[int] = set()
        courier: Courier | None = None
        try:
            while True:
                ids = [i for i in self._due_ids(tried) if i not in tried]
                if not ids:
                    return RunSummary(sent, failed, deferred)
                for message_id in ids:
                    tried.add(message_id)
                    outgoing = self._claim(message_id)
                    if outgoing is None:
                        continue
                    courier = courier or self.courier(self.settings)
                    status, error = self._send(courier, outgoing)
                    if isinstance(error, ServiceUnavailable):
                        return RunSummary(sent, failed, deferred, str(error))
                    sent += status == OutboxStatus.SENT
                    failed += status == OutboxStatus.FAILED
                    deferred += status == OutboxStatus.QUEUED
        finally:
            if courier is not None:
                courier.close()

    def _due_ids(self, tried: set[int]) -> list[int]:
        with self.db.read() as session:
            query = select(OutboxMessage.id).where(_due(self.clock()))
            if tried:
                query = query.where(OutboxMessage.id.not_in(tried))
            order = (OutboxMessage.next_attempt_at, OutboxMessage.id)
            return list(session.scalars(query.order_by(*order).limit(BATCH)))

    def _claim(self, message_id: int) -> Outgoing | None:
        """Make the message ours for the lease, in a transaction of its own; None if not due."""
        now = self.clock()
        with self.db.write() as session:
            claimed = session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == message_id, _due(now))
                .values(
                    status=OutboxStatus.SENDING,
                    claimed_by=self.name,
                    claimed_until=now + timedelta(seconds=self.settings.lease_seconds),
                    attempts=OutboxMessage.attempts + 1,
                )
                .execution_options(synchronize_session=False)
            )
            if getattr(claimed, "rowcount", 0) != 1:
                return None
            return read_outgoing(session, session.get_one(OutboxMessage, message_id))

    def _send(
        self, courier: Courier, outgoing: Outgoing
    ) -> tuple[OutboxStatus | None, DeliveryError | None]:
        """Deliver and record: the message's new status, and the error if it was not sent."""
        try:
            courier.deliver(outgoing)
        except DeliveryError as exc:
            error: DeliveryError = exc
        except Exception as exc:  # a fault of ours (a document that cannot be rendered…)
            error = Deferred(f"{type(exc).__name__}: {exc}")
        else:
            return self._record(outgoing.id, lambda _m: {"status": OutboxStatus.SENT}), None
        return self._record(outgoing.id, lambda message: self._after(message, error)), error

    def _after(self, message: OutboxMessage, error: DeliveryError) -> dict[str, Any]:
        now = self.clock()
        reason = str(error)[:ERROR_LIMIT]
        if isinstance(error, Rejected):
            return {"status": OutboxStatus.FAILED, "last_error": reason}
        if isinstance(error, ServiceUnavailable):
            return {
                "status": OutboxStatus.QUEUED,
                "attempts": message.attempts - 1,
                "next_attempt_at": now + timedelta(seconds=self.settings.retry_seconds),
                "last_error": reason,
            }
        if message.attempts >= self.settings.max_attempts:
            return {
                "status": OutboxStatus.FAILED,
                "last_error": f"gave up after {message.attempts} attempts: {reason}"[:ERROR_LIMIT],
            }
        return {
            "status": OutboxStatus.QUEUED,
            "next_attempt_at": now + self.backoff(message.attempts),
            "last_error": reason,
        }

    def backoff(self, attempts: int) -> timedelta:
        """The wait before the next attempt: doubling from ``retry_seconds``, capped."""
        s = self.settings
        seconds = min(s.retry_max_seconds, s.retry_seconds * 2 ** max(0, attempts - 1))
        return timedelta(seconds=seconds)

    def _record(
        self, message_id: int, values: Callable[[OutboxMessage], dict[str, Any]]
    ) -> OutboxStatus | None:
        """Write the outcome, unless another sender has since claimed the message."""
        with self.db.write() as session:
            message = session.get(OutboxMessage, message_id, with_for_update=True)
            if message is None or message.claimed_by != self.name:
                return None
            changes = values(message)
            if changes["status"] == OutboxStatus.SENT:
                changes |= {"sent_at": self.clock(), "last_error": None}
            changes |= {"claimed_by": None, "claimed_until": None}
            for key, value in changes.items():
                setattr(message, key, value)
            return message.status

"""The sending process killed with SIGKILL in the middle of a run: nothing lost, nothing twice.

A real ``workstation outbox run --once`` process sends to a real SMTP server on localhost;
the server kills it while it holds a message, either before accepting that message or
just after storing it (the worst moment: delivered, but the sender never heard so). A
sender started afterwards leaves the dead process's claim alone until its lease is over,
then sends the message again with its Message-ID; the mailbox, like a real one, keeps one
copy per Message-ID.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from models import OutboxKind, OutboxMessage, OutboxStatus
from tests.workstation.delivery.smtpd import Mailbox, smtp_server
from tests.workstation.operations.conftest import NOW
from workstation.config import load_settings
from workstation.db import Database
from workstation.delivery.sender import OutboxSender
from workstation.outbox import Attachment, queue_message

ROOT = Path(__file__).resolve().parents[3]
LEASE = 300
MESSAGES = 10
KILLED_AT = 4


def _statuses(db: Database) -> dict[str, OutboxStatus]:
    with db.read() as session:
        rows = session.execute(select(OutboxMessage.message_id, OutboxMessage.status))
        return {message_id: status for message_id, status in rows}


@pytest.mark.parametrize("delivered", [True, False], ids=["after-storing", "before-storing"])
def test_a_sender_killed_mid_send_loses_nothing_and_delivers_nothing_twice(
    db: Database, mailbox: Mailbox, tmp_path: Path, delivered: bool
) -> None:
    with db.write() as session:
        for n in range(MESSAGES):
            queue_message(
                session,
                kind=OutboxKind.EMAIL,
                purpose="statement",
                recipient=f"client{n}@example.ru",
                subject=f"Счёт № {n}",
                body="Во вложении — счёт.",
                now=NOW,
                attachments=[Attachment("счёт.pdf", "application/pdf", b"%PDF" + bytes(50_000))],
            )
    seen: list[str] = []
    process: subprocess.Popen[bytes] | None = None

    def kill(message_id: str) -> bool:
        """Kill the sender at its KILLED_AT-th letter (before storing it: and drop it)."""
        seen.append(message_id)
        if len(seen) == KILLED_AT and process is not None:
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
            return False
        return True

    if delivered:
        mailbox.after_store = kill
    else:
        mailbox.before_store = kill
    with smtp_server(mailbox) as port:
        Path(os.environ["WORKSTATION_CONFIG"]).write_text(
            f'[mail]\nsmtp_host = "127.0.0.1"\nsmtp_port = {port}\nsecurity = "none"\n'
            f"lease_seconds = {LEASE}\n",
            encoding="utf-8",
        )
        url = db.url.render_as_string(hide_password=False)
        errors = tmp_path / "stderr.txt"
        with errors.open("wb") as stderr:
            process = subprocess.Popen(
                [sys.executable, "-m", "workstation", "outbox", "run", "--once", "--db", url],
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
            process.wait(timeout=120)
        assert process.returncode == -signal.SIGKILL, errors.read_text()

        after_crash = _statuses(db)
        assert len(after_crash) == MESSAGES, "no message is lost"
        counts = {s: list(after_crash.values()).count(s) for s in set(after_crash.values())}
        assert counts == {
            OutboxStatus.SENT: KILLED_AT - 1,
            OutboxStatus.SENDING: 1,
            OutboxStatus.QUEUED: MESSAGES - KILLED_AT,
        }
        (held,) = [m for m, s in after_crash.items() if s == OutboxStatus.SENDING]
        assert held == seen[-1]
        assert (held in mailbox.letters) is delivered

        settings = load_settings().mail
        restarted = OutboxSender(db, settings)
        assert restarted.run().sent == MESSAGES - KILLED_AT, "the dead sender's lease still holds"
        assert _statuses(db)[held] == OutboxStatus.SENDING
        after_lease = OutboxSender(
            db, settings, clock=lambda: datetime.now(UTC) + timedelta(seconds=LEASE + 1)
        )
        assert after_lease.run().sent == 1
    final = _statuses(db)
    assert set(final.values()) == {OutboxStatus.SENT}
    assert set(mailbox.letters) == set(final), "every message arrived"
    assert mailbox.repeats == ([held] if delivered else []), "a repeat is the held one only"
    with db.read() as session:
        attempts = session.scalar(
            select(OutboxMessage.attempts).where(OutboxMessage.message_id == held)
        )
    assert attempts == 2

"""Benchmark: 1,000 statement e-mails with a 200 KB PDF through the outbox sender.

The same letters go to the same local SMTP server (aiosmtpd, in this process) twice: by the
outbox sender (claim, compose, send and record each message in the database) and by a
plain ``smtplib`` loop over one connection that only composes and sends — the least any
sender of these letters can cost. Goal: the outbox at least half the plain loop's rate.
Prints one JSON object per figure; exits 1 if the goal is missed.

Run: ``.venv/bin/python tests/perf/bench_outbox.py``
"""

from __future__ import annotations

import json
import random
import smtplib
import sys
import tempfile
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from aiosmtpd.controller import Controller  # noqa: E402

from models import OutboxKind, OutboxStatus  # noqa: E402
from tests.workstation.delivery.smtpd import free_port  # noqa: E402
from workstation.config import MailSettings  # noqa: E402
from workstation.db import open_database  # noqa: E402
from workstation.delivery.compose import WIRE  # noqa: E402
from workstation.delivery.sender import OutboxSender  # noqa: E402
from workstation.outbox import Attachment, queue_message  # noqa: E402

MESSAGES = 1_000
ATTACHMENT = 200 * 1024
GOAL = 0.5
SUBJECT = "Счёт за октябрь 2026 г., лицевой счёт 770000000001"
BODY = "Здравствуйте!\n\nВо вложении — счёт и детализация за октябрь 2026 г.\n"
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


class Counter:
    """Accepts everything and keeps only the Message-IDs (a real mailbox would store)."""

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.letters = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        content = envelope.original_content or envelope.content
        head = bytes(content[: content.find(b"\r\n\r\n")])
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"message-id:"):
                self.ids.add(line.split(b":", 1)[1].strip().decode())
        self.letters += 1
        return "250 OK"


def server(handler: Counter) -> tuple[Controller, int]:
    port = free_port()
    controller = Controller(
        handler, hostname="127.0.0.1", port=port, data_size_limit=8 * 1024 * 1024
    )
    controller.start()
    return controller, port


def emit(figure: str, value: float, unit: str, **extra: Any) -> None:
    print(
        json.dumps(
            {"benchmark": "outbox", "figure": figure, "value": round(value, 3), "unit": unit}
            | extra,
            ensure_ascii=False,
        ),
        flush=True,
    )


def plain_loop(port: int, pdf: bytes) -> float:
    """Seconds to compose and send the letters with smtplib alone, over one connection."""
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port) as client:
        for n in range(MESSAGES):
            message = EmailMessage(policy=WIRE)
            message["From"] = "Контактный центр <care@example.org>"
            message["To"] = f"client{n}@example.ru"
            message["Subject"] = SUBJECT
            message["Date"] = format_datetime(NOW)
            message["Message-ID"] = make_msgid(domain="bench.local")
            message.set_content(BODY, charset="utf-8")
            message.add_attachment(
                pdf, maintype="application", subtype="pdf", filename="statement.pdf"
            )
            client.send_message(message)
    return time.perf_counter() - started


def outbox(port: int, pdf: bytes, folder: Path) -> float:
    db = open_database(f"sqlite:///{folder / 'outbox.db'}")
    with db.write() as session:
        for n in range(MESSAGES):
            queue_message(
                session,
                kind=OutboxKind.EMAIL,
                purpose="statement",
                recipient=f"client{n}@example.ru",
                subject=SUBJECT,
                body=BODY,
                now=NOW,
                attachments=[Attachment("statement.pdf", "application/pdf", pdf)],
            )
    settings = MailSettings(smtp_host="127.0.0.1", smtp_port=port, security="none")
    started = time.perf_counter()
    summary = OutboxSender(db, settings).run()
    seconds = time.perf_counter() - started
    assert summary.sent == MESSAGES and summary.problem is None, summary
    with db.read() as session:
        from sqlalchemy import func, select

        from models import OutboxMessage

        sent = session.scalar(select(func.count()).where(OutboxMessage.status == OutboxStatus.SENT))
    assert sent == MESSAGES
    db.dispose()
    return seconds


def main() -> int:
    pdf = b"%PDF-1.7\n" + random.Random(1).randbytes(ATTACHMENT) + b"\n%%EOF\n"
    with tempfile.TemporaryDirectory() as folder:
        plain_handler, ours_handler = Counter(), Counter()
        plain_server, plain_port = server(plain_handler)
        ours_server, ours_port = server(ours_handler)
        try:
            baseline = plain_loop(plain_port, pdf)
            ours = outbox(ours_port, pdf, Path(folder))
        finally:
            plain_server.stop()
            ours_server.stop()
    assert plain_handler.letters == ours_handler.letters == MESSAGES
    assert len(ours_handler.ids) == MESSAGES, "each message once, each with its own Message-ID"
    rate, base_rate = MESSAGES / ours, MESSAGES / baseline
    emit("plain_smtplib_rate", base_rate, "messages/s", messages=MESSAGES, attachment=ATTACHMENT)
    emit("outbox_sender_rate", rate, "messages/s", messages=MESSAGES, attachment=ATTACHMENT)
    ratio = rate / base_rate
    emit("ratio_to_plain_smtplib", ratio, "x", goal=GOAL, met=ratio >= GOAL)
    return 0 if ratio >= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())

"""Retry and cancel from the outbox view; a statement sent by e-mail or fax; a message
written by an operation that is then rolled back is gone with it."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from io import BytesIO
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import (
    AuditEvent,
    BillDelivery,
    OutboxAttachment,
    OutboxKind,
    OutboxMessage,
    OutboxStatus,
)
from tests.workstation.delivery.smtpd import Mailbox
from tests.workstation.operations.conftest import CODE_WORD, NOW, World, snapshot
from workstation.config import MailSettings
from workstation.delivery.sender import OutboxSender
from workstation.errors import DomainError
from workstation.operations import Context
from workstation.operations.errors import VerificationRequired
from workstation.operations.verification import Method
from workstation.outbox import queue_message

NOVEMBER = date(2026, 11, 1)


def queued(world: World, status: OutboxStatus = OutboxStatus.QUEUED, **extra: object) -> int:
    with world.db.write() as s:
        message = queue_message(
            s,
            kind=OutboxKind.SMS,
            purpose="sim_replaced",
            recipient="+79161234567",
            body="SIM-карта заменена",
            now=NOW,
        )
        message.status = status
        for key, value in extra.items():
            setattr(message, key, value)
        return message.id


def state(world: World, outbox_id: int) -> OutboxMessage:
    with world.db.read() as s:
        return s.get_one(OutboxMessage, outbox_id)


def test_a_failed_message_is_retried_now_with_fresh_attempts(world: World) -> None:
    outbox_id = queued(world, OutboxStatus.FAILED, attempts=8, last_error="550 no")
    later = world.context(now=NOW + timedelta(hours=1))
    result = world.call(later, "retry_outbox_message", outbox_id=outbox_id)
    assert (result.status, result.next_attempt_at) == (
        OutboxStatus.QUEUED,
        NOW + timedelta(hours=1),
    )
    assert state(world, outbox_id).attempts == 0
    with world.db.read() as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert event is not None and event.operation == "retry_outbox_message"


def test_cancel_keeps_the_message_and_sent_or_sending_ones_cannot_change(world: World) -> None:
    waiting = queued(world)
    world.call(world.context(), "cancel_outbox_message", outbox_id=waiting, reason="Ошибка")
    assert state(world, waiting).status == OutboxStatus.CANCELLED
    with pytest.raises(DomainError, match="cancelled already"):
        world.call(world.context(), "cancel_outbox_message", outbox_id=waiting)
    sent = queued(world, OutboxStatus.SENT)
    with pytest.raises(DomainError, match="sent already"):
        world.call(world.context(), "retry_outbox_message", outbox_id=sent)
    sending = queued(world, OutboxStatus.SENDING, claimed_until=NOW + timedelta(minutes=5))
    with pytest.raises(DomainError, match="being sent right now"):
        world.call(world.context(), "cancel_outbox_message", outbox_id=sending)
    # Past its lease, the sender that claimed it is gone: the agent may act.
    later = world.context(now=NOW + timedelta(minutes=6))
    assert world.call(later, "retry_outbox_message", outbox_id=sending).status == "queued"


def test_a_statement_by_email_goes_with_its_pdf(
    world: World, mailbox: Mailbox, relay: MailSettings
) -> None:
    ctx = world.start()
    with pytest.raises(VerificationRequired):
        world.call(
            ctx,
            "send_statement",
            account_id=world.account_id,
            period=NOVEMBER,
            delivery=BillDelivery.EMAIL,
        )
    world.call(
        ctx, "verify_caller", line_id=world.line_id, method=Method.CODE_WORD, answer=CODE_WORD
    )
    result = world.call(
        ctx,
        "send_statement",
        account_id=world.account_id,
        period=NOVEMBER,
        delivery=BillDelivery.EMAIL,
    )
    assert result.recipient == "p.aleshin@example.ru"
    with world.db.read() as s:
        (file,) = s.scalars(select(OutboxAttachment)).all()
        assert file.content.startswith(b"%PDF") and file.size == len(file.content)
    assert OutboxSender(world.db, relay, clock=lambda: NOW).run().sent == 1
    letter = mailbox.parsed(state(world, result.outbox_id).message_id)
    assert letter["Subject"].startswith("Счёт за ноябрь 2026 г., лицевой счёт 77")
    (attached,) = list(letter.iter_attachments())
    assert attached.get_content_type() == "application/pdf"
    assert attached.get_filename().endswith("-2026-11.pdf")


def test_a_statement_by_fax_reaches_the_gateway_as_a_tiff(
    world: World, mailbox: Mailbox, relay: MailSettings
) -> None:
    ctx = world.verified()
    with pytest.raises(DomainError, match="not a phone number"):
        world.call(
            ctx,
            "send_statement",
            account_id=world.account_id,
            period=NOVEMBER,
            delivery=BillDelivery.FAX,
            address="факс",
        )
    result = world.call(
        ctx,
        "send_statement",
        account_id=world.account_id,
        period=NOVEMBER,
        delivery=BillDelivery.FAX,
        address="8 495 123-45-67",
    )
    assert result.recipient == "+74951234567"
    assert OutboxSender(world.db, replace(relay), clock=lambda: NOW).run().sent == 1
    letter = mailbox.parsed(state(world, result.outbox_id).message_id)
    assert letter["To"] == "74951234567@fax.example.org"
    (image,) = list(letter.iter_attachments())
    assert image.get_content_type() == "image/tiff"
    assert image.get_content()[:4] in (b"II*\x00", b"MM\x00*")


def test_a_statement_of_a_month_without_data_or_by_post_is_refused(world: World) -> None:
    ctx = world.verified()
    with pytest.raises(DomainError, match="no charges, payments or usage"):
        world.call(
            ctx,
            "send_statement",
            account_id=world.account_id,
            period=date(2025, 1, 1),
            delivery=BillDelivery.EMAIL,
        )
    with pytest.raises(DomainError, match="by e-mail or by fax"):
        world.call(
            ctx,
            "send_statement",
            account_id=world.account_id,
            period=NOVEMBER,
            delivery=BillDelivery.POST,
        )


def test_a_fax_over_the_gateways_limit_fails_with_both_sizes(
    world: World, mailbox: Mailbox, relay: MailSettings
) -> None:
    ctx = world.verified()
    result = world.call(
        ctx,
        "send_statement",
        account_id=world.account_id,
        period=NOVEMBER,
        delivery=BillDelivery.FAX,
        address="+74951234567",
    )
    OutboxSender(world.db, replace(relay, fax_max_bytes=1000), clock=lambda: NOW).run()
    failed = state(world, result.outbox_id)
    assert failed.status == OutboxStatus.FAILED
    assert failed.last_error is not None
    assert failed.last_error.startswith("the fax document is ")
    assert failed.last_error.endswith("the fax gateway takes at most 1,000 bytes")
    assert mailbox.letters == {}


def test_a_fax_goes_into_the_spool_folder_with_its_control_file(
    world: World, relay: MailSettings, tmp_path: object
) -> None:
    from pathlib import Path

    spool = Path(str(tmp_path)) / "spool"
    spool.mkdir()
    ctx = world.verified()
    result = world.call(
        ctx,
        "send_statement",
        account_id=world.account_id,
        period=NOVEMBER,
        delivery=BillDelivery.FAX,
        address="+74951234567",
    )
    settings = replace(relay, fax_spool=str(spool))
    assert OutboxSender(world.db, settings, clock=lambda: NOW).run().sent == 1
    names = sorted(p.name for p in spool.iterdir())
    assert names == [f"fax-{result.outbox_id}.job", f"fax-{result.outbox_id}.tif"]
    control = (spool / f"fax-{result.outbox_id}.job").read_text().splitlines()
    assert control[:2] == ["number: +74951234567", f"document: fax-{result.outbox_id}.tif"]
    assert control[2] == f"message-id: {state(world, result.outbox_id).message_id}"
    assert (spool / f"fax-{result.outbox_id}.tif").read_bytes()[:4] in (b"II*\x00", b"MM\x00*")


def test_the_fax_image_is_drawn_as_the_mail_section_says(
    world: World, mailbox: Mailbox, relay: MailSettings
) -> None:
    result = world.call(
        world.verified(),
        "send_statement",
        account_id=world.account_id,
        period=NOVEMBER,
        delivery=BillDelivery.FAX,
        address="+74951234567",
    )
    settings = replace(relay, fax_resolution="normal", fax_compression="g3")
    assert OutboxSender(world.db, settings, clock=lambda: NOW).run().sent == 1
    letter = mailbox.parsed(state(world, result.outbox_id).message_id)
    (image,) = list(letter.iter_attachments())
    with Image.open(BytesIO(image.get_content())) as tiff:
        assert tiff.info["dpi"] == (204, 98)
        assert tiff.info["compression"] == "group3"


class DiskFull(Exception):
    pass


@pytest.mark.parametrize("operation", ["replace_sim", "send_statement"])
def test_an_operation_that_fails_after_writing_to_the_outbox_leaves_no_message(
    world: World, monkeypatch: pytest.MonkeyPatch, operation: str
) -> None:
    """The notices of a SIM replacement, or a statement with its PDF, are written in the
    operation's transaction; the operation fails after that (its audit event cannot be
    written), and nothing of them is left to be sent."""
    arguments: dict[str, Any] = {
        "replace_sim": {"line_id": world.line_id},
        "send_statement": {
            "account_id": world.account_id,
            "period": NOVEMBER,
            "delivery": BillDelivery.EMAIL,
        },
    }[operation]
    ctx = world.verified()
    before = snapshot(world.db)
    written: list[tuple[int, int]] = []

    def record_then_fail(self: Context, session: Session, *args: object, **kw: object) -> None:
        session.flush()
        written.append(
            (
                session.scalar(select(func.count()).select_from(OutboxMessage)) or 0,
                session.scalar(select(func.count()).select_from(OutboxAttachment)) or 0,
            )
        )
        raise DiskFull("no space left for the audit event")

    monkeypatch.setattr(Context, "record", record_then_fail)
    with pytest.raises(DiskFull):
        world.call(ctx, operation, **arguments)
    messages, files = written[0]
    assert messages > before[0]["outbox_message"]  # written inside the transaction…
    assert files == before[0]["outbox_attachment"] + (operation == "send_statement")
    monkeypatch.undo()
    assert snapshot(world.db) == before  # …and rolled back with it
    with world.db.read() as s:
        assert s.scalars(select(OutboxMessage)).all() == []


def test_a_monthly_statement_is_queued_as_the_system_once(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workstation.delivery import outbox_operations

    def queue() -> outbox_operations.MonthlyStatementQueued:
        return outbox_operations.queue_monthly_statement(
            world.db,
            account_id=world.account_id,
            period=NOVEMBER,
            delivery=BillDelivery.EMAIL,
            pdf=b"%PDF-1.7 statement",
            pages=3,
            language="ru",
            now=NOW,
        )

    first = queue()
    assert first.queued
    message = state(world, first.outbox_id)
    assert (message.kind, message.recipient, message.purpose) == (
        OutboxKind.EMAIL,
        "p.aleshin@example.ru",
        "statement",
    )
    with world.db.read() as s:
        (event,) = s.scalars(select(AuditEvent).where(AuditEvent.operation == "send_statement"))
        assert (event.agent_id, event.target_id) == (None, str(world.account_id))
        assert json.loads(event.summary)["outbox"] == first.outbox_id
    assert queue() == replace(first, queued=False)
    # A batch that looked a moment before another queued it: the database refuses the
    # second letter, and the first one stands.
    real = outbox_operations._queued
    calls: list[str] = []

    def blind_at_first(session: Session, message_id: str) -> int | None:
        calls.append(message_id)
        return None if len(calls) == 1 else real(session, message_id)

    monkeypatch.setattr(outbox_operations, "_queued", blind_at_first)
    assert queue() == replace(first, queued=False)
    assert len(calls) == 2
    with world.db.read() as s:
        assert s.scalar(select(func.count()).select_from(OutboxMessage)) == 1
        assert s.scalar(select(func.count()).select_from(OutboxAttachment)) == 1

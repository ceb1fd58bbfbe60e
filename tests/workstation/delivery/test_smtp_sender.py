"""The sender against a real SMTP server on localhost: success, refusals, outages, retries."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from models import OutboxKind, OutboxMessage, OutboxStatus
from tests.workstation.delivery.conftest import MemoryKeyring, secured, store_smtp_password
from tests.workstation.delivery.smtpd import Mailbox, free_port, smtp_server
from tests.workstation.operations.conftest import NOW
from workstation.config import MailSettings
from workstation.db import Database
from workstation.delivery.sender import OutboxSender
from workstation.outbox import Attachment, queue_message

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
SUBJECT = "Счёт за октябрь 2026 г., лицевой счёт 770000000001"
BODY = "Здравствуйте, Пётр Алёшин!\n\nВо вложении — счёт и детализация.\n"


def queue(db: Database, recipient: str = "p.aleshin@example.ru", **extra: object) -> int:
    arguments: dict[str, object] = {
        "kind": OutboxKind.EMAIL,
        "purpose": "statement",
        "recipient": recipient,
        "subject": SUBJECT,
        "body": BODY,
        "now": NOW,
        "attachments": [Attachment("счёт-2026-10.pdf", "application/pdf", PDF)],
    } | extra
    with db.write() as session:
        return queue_message(session, **arguments).id  # type: ignore[arg-type]


def row(db: Database, outbox_id: int) -> OutboxMessage:
    with db.read() as session:
        return session.get_one(OutboxMessage, outbox_id)


def sender(db: Database, settings: MailSettings, at: datetime = NOW) -> OutboxSender:
    return OutboxSender(db, settings, clock=lambda: at)


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_a_statement_email_arrives_with_proper_headers_russian_text_and_the_file(
    db: Database,
    mailbox: Mailbox,
    certificate: tuple[Path, Path],
    ring: MemoryKeyring,
    security: str,
) -> None:
    outbox_id = queue(db)
    with smtp_server(mailbox, security=security, certificate=certificate) as port:
        settings = secured(
            MailSettings(smtp_host="127.0.0.1", smtp_port=port), certificate, security
        )
        store_smtp_password(ring, settings)
        summary = sender(db, settings).run()
    sent = row(db, outbox_id)
    assert sent.last_error is None
    assert (summary.sent, summary.failed, summary.deferred, summary.problem) == (1, 0, 0, None)
    assert sent.status == OutboxStatus.SENT
    assert (sent.attempts, sent.sent_at, sent.claimed_by, sent.last_error) == (1, NOW, None, None)
    letter = mailbox.parsed(sent.message_id)
    assert letter["Message-ID"] == sent.message_id
    assert letter["Subject"] == SUBJECT
    assert letter["To"] == "p.aleshin@example.ru"
    assert letter["From"].addresses[0].addr_spec == "care@example.org"
    assert letter["From"].addresses[0].display_name == "Контактный центр"
    assert letter["Date"].datetime == NOW
    assert letter["MIME-Version"] == "1.0"
    assert letter["Auto-Submitted"] == "auto-generated"
    assert letter.get_content_type() == "multipart/mixed"
    assert letter.get_body(("plain",)).get_content().replace("\r\n", "\n") == BODY
    (file,) = list(letter.iter_attachments())
    assert file.get_filename() == "счёт-2026-10.pdf"
    assert file.get_content() == PDF
    assert "MIME-Version" not in file, "the header is the letter's, once"
    raw = mailbox.letters[sent.message_id]
    assert raw.isascii(), "the letter travels as 7-bit: encoded words and base64"
    assert mailbox.recipients[sent.message_id] == ["p.aleshin@example.ru"]


def test_a_wrong_password_keeps_the_message_queued_with_the_servers_reason(
    db: Database, mailbox: Mailbox, certificate: tuple[Path, Path], ring: MemoryKeyring
) -> None:
    outbox_id = queue(db)
    with smtp_server(mailbox, security="starttls", certificate=certificate) as port:
        settings = secured(
            MailSettings(smtp_host="127.0.0.1", smtp_port=port), certificate, "starttls"
        )
        no_password = sender(db, settings).run()
        store_smtp_password(ring, settings, "wrong")
        later = NOW + timedelta(seconds=settings.retry_seconds)
        wrong = sender(db, settings, later).run()
    assert no_password.problem is not None and "workstation config smtp" in no_password.problem
    assert wrong.problem is not None and "refused the login" in wrong.problem
    assert "535" in wrong.problem
    assert "wrong" not in wrong.problem
    message = row(db, outbox_id)
    assert message.status == OutboxStatus.QUEUED
    assert message.attempts == 0, "the server's fault is not the message's"
    assert message.last_error == wrong.problem
    assert message.next_attempt_at == later + timedelta(seconds=settings.retry_seconds)
    assert mailbox.letters == {}


CYRILLIC_PASSWORD = "Пароль-ёжик-2026"


def test_a_cyrillic_password_logs_in_as_utf8(
    db: Database, mailbox: Mailbox, certificate: tuple[Path, Path], ring: MemoryKeyring
) -> None:
    outbox_id = queue(db)
    with smtp_server(
        mailbox, security="starttls", certificate=certificate, password=CYRILLIC_PASSWORD
    ) as port:
        settings = secured(
            MailSettings(smtp_host="127.0.0.1", smtp_port=port), certificate, "starttls"
        )
        store_smtp_password(ring, settings, CYRILLIC_PASSWORD)
        summary = sender(db, settings).run()
    assert (summary.sent, summary.problem) == (1, None)
    assert row(db, outbox_id).status == OutboxStatus.SENT
    assert len(mailbox.letters) == 1


def test_a_cyrillic_password_on_a_server_without_auth_plain_is_explained(
    db: Database, mailbox: Mailbox, certificate: tuple[Path, Path], ring: MemoryKeyring
) -> None:
    outbox_id = queue(db)
    with smtp_server(
        mailbox,
        security="starttls",
        certificate=certificate,
        password=CYRILLIC_PASSWORD,
        mechanisms=("PLAIN",),
    ) as port:
        settings = secured(
            MailSettings(smtp_host="127.0.0.1", smtp_port=port), certificate, "starttls"
        )
        store_smtp_password(ring, settings, CYRILLIC_PASSWORD)
        summary = sender(db, settings).run()
    assert summary.problem is not None and "no AUTH PLAIN" in summary.problem
    assert CYRILLIC_PASSWORD not in summary.problem
    assert row(db, outbox_id).status == OutboxStatus.QUEUED
    assert mailbox.letters == {}


def test_a_server_that_is_down_leaves_the_message_queued_and_it_goes_when_it_is_back(
    db: Database, mailbox: Mailbox
) -> None:
    first, second = queue(db), queue(db, "second@example.ru")
    down = MailSettings(smtp_host="127.0.0.1", smtp_port=free_port(), security="none")
    summary = sender(db, down).run()
    assert summary.problem is not None and "cannot use the SMTP server" in summary.problem
    assert summary.sent == 0
    states = {i: row(db, i) for i in (first, second)}
    assert {m.status for m in states.values()} == {OutboxStatus.QUEUED}
    assert states[first].last_error == summary.problem, "the run stopped at the first message"
    assert states[second].last_error is None
    # Not due again before the retry time; sent after it, by the server now up.
    with smtp_server(mailbox) as port:
        up = replace(down, smtp_port=port)
        assert sender(db, up, NOW + timedelta(seconds=30)).run().sent == 1
        assert sender(db, up, NOW + timedelta(seconds=61)).run().sent == 1
    assert {row(db, i).status for i in (first, second)} == {OutboxStatus.SENT}
    assert len(mailbox.letters) == 2


def test_a_refused_recipient_fails_with_the_servers_reason_and_the_others_go(
    db: Database, mailbox: Mailbox, relay: MailSettings
) -> None:
    mailbox.refuse["nobody@example.ru"] = (
        "550 5.1.1 <nobody@example.ru>: Recipient address rejected: User unknown"
    )
    refused, fine = queue(db, "nobody@example.ru"), queue(db)
    summary = sender(db, relay).run()
    assert (summary.sent, summary.failed, summary.problem) == (1, 1, None)
    failed = row(db, refused)
    assert failed.status == OutboxStatus.FAILED
    assert failed.last_error is not None
    assert "550 5.1.1" in failed.last_error and "User unknown" in failed.last_error
    assert row(db, fine).status == OutboxStatus.SENT


def test_a_temporary_refusal_is_retried_with_backoff_until_the_attempts_run_out(
    db: Database, mailbox: Mailbox, relay: MailSettings
) -> None:
    mailbox.refuse["busy@example.ru"] = "451 4.7.1 Greylisted, try again later"
    settings = replace(relay, max_attempts=3, retry_seconds=60)
    outbox_id = queue(db, "busy@example.ru")
    at = NOW
    waits = []
    for _ in range(2):
        assert sender(db, settings, at).run().deferred == 1
        message = row(db, outbox_id)
        assert message.status == OutboxStatus.QUEUED
        assert message.last_error is not None and "451 4.7.1" in message.last_error
        waits.append(message.next_attempt_at - at)
        at = message.next_attempt_at
    assert waits == [timedelta(seconds=60), timedelta(seconds=120)]
    assert sender(db, settings, at).run().failed == 1
    message = row(db, outbox_id)
    assert message.status == OutboxStatus.FAILED
    assert message.last_error is not None
    assert message.last_error.startswith("gave up after 3 attempts: ")


def test_bad_addresses_and_numbers_fail_at_once_without_bothering_the_server(
    db: Database, mailbox: Mailbox, relay: MailSettings
) -> None:
    malformed = queue(db, "p.aleshin@@example")
    fax = queue(db, "не номер", kind=OutboxKind.FAX)
    sms = queue(db, "12", kind=OutboxKind.SMS, attachments=[])
    summary = sender(db, relay).run()
    assert summary.failed == 3
    reasons = {i: row(db, i).last_error for i in (malformed, fax, sms)}
    assert reasons == {
        malformed: "«p.aleshin@@example» is not an e-mail address",
        fax: "«не номер» is not a fax number",
        sms: "«12» is not a phone number",
    }
    assert mailbox.letters == {}


def test_an_attachment_over_the_limit_fails_naming_both_sizes(
    db: Database, mailbox: Mailbox, relay: MailSettings
) -> None:
    outbox_id = queue(db)
    sender(db, replace(relay, max_attachment_bytes=1000)).run()
    message = row(db, outbox_id)
    assert message.status == OutboxStatus.FAILED
    assert message.last_error == (
        f"the attachments are {len(PDF):,} bytes; the mail server takes at most 1,000 bytes"
    )


def test_a_claim_is_the_senders_alone_until_its_lease_runs_out(
    db: Database, mailbox: Mailbox, relay: MailSettings
) -> None:
    outbox_id = queue(db)
    settings = replace(relay, lease_seconds=300)
    first = OutboxSender(db, settings, clock=lambda: NOW, name="first")
    assert first._claim(outbox_id) is not None
    second_early = OutboxSender(db, settings, clock=lambda: NOW + timedelta(seconds=299))
    assert second_early.run().sent == 0
    second_late = OutboxSender(db, settings, clock=lambda: NOW + timedelta(seconds=301))
    assert second_late.run().sent == 1
    # The first sender comes back to record its outcome: the message is not its own now.
    assert first._record(outbox_id, lambda _m: {"status": OutboxStatus.FAILED}) is None
    message = row(db, outbox_id)
    assert (message.status, message.attempts) == (OutboxStatus.SENT, 2)


def test_the_body_of_a_sensitive_message_is_in_no_error_or_view(
    db: Database, mailbox: Mailbox, relay: MailSettings
) -> None:
    from workstation.delivery.views import load_outbox, outbox_text

    mailbox.refuse["79161234567@sms.example.org"] = "554 5.7.1 Service unavailable"
    outbox_id = queue(
        db,
        "+79161234567",
        kind=OutboxKind.SMS,
        body="Временный пароль: qwe123rty",
        sensitive=True,
        attachments=[],
    )
    sender(db, relay).run()
    message = row(db, outbox_id)
    assert message.status == OutboxStatus.FAILED
    assert "qwe123rty" not in (message.last_error or "")
    with db.read() as session:
        assert outbox_text(session, outbox_id) is None
        (shown,) = load_outbox(session)
    assert "qwe123rty" not in repr(shown)


def test_sms_and_fax_go_to_their_gateways(
    db: Database, mailbox: Mailbox, relay: MailSettings
) -> None:
    sms = queue(
        db, "8 (916) 123-45-67", kind=OutboxKind.SMS, body="SIM-карта заменена", attachments=[]
    )
    fax = queue(db, "+7 495 766-01-66", kind=OutboxKind.FAX)
    settings = replace(relay, fax_format="pdf")
    assert sender(db, settings).run().sent == 2
    sms_letter = mailbox.parsed(row(db, sms).message_id)
    assert sms_letter["To"] == "79161234567@sms.example.org"
    assert sms_letter.get_content().strip() == "SIM-карта заменена"
    fax_letter = mailbox.parsed(row(db, fax).message_id)
    assert fax_letter["To"] == "74957660166@fax.example.org"
    (document,) = list(fax_letter.iter_attachments())
    assert document.get_content() == PDF


def test_messages_are_composed_identically_every_time(db: Database) -> None:
    from workstation.delivery.compose import compose
    from workstation.delivery.outgoing import read_outgoing

    outbox_id = queue(db)
    with db.read() as session:
        outgoing = read_outgoing(session, session.get_one(OutboxMessage, outbox_id))
    first = compose(outgoing, sender="Контактный центр <care@example.org>", to="a@example.ru")
    again = compose(outgoing, sender="Контактный центр <care@example.org>", to="a@example.ru")
    assert first.as_bytes() == again.as_bytes()


def test_nothing_is_due_twice_in_one_run(
    db: Database, mailbox: Mailbox, relay: MailSettings
) -> None:
    for n in range(120):
        queue(db, f"client{n}@example.ru", attachments=[])
    summary = sender(db, relay).run()
    assert summary.sent == 120
    with db.read() as session:
        statuses = set(session.scalars(select(OutboxMessage.status)))
    assert statuses == {OutboxStatus.SENT}
    assert len(mailbox.letters) == 120 and mailbox.repeats == []

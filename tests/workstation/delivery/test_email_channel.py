"""The e-mail channel end to end: a letter in the Maildir, the queue, the agent, the reply.

Taking, verifying the sender, acting through the same operations as for a call, replying
through the outbox, and the customer's answer coming back into the same conversation.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from models import (
    InboundMessage,
    InboundStatus,
    Interaction,
    Line,
    MatchedBy,
    OutboxMessage,
    OutboxStatus,
    Outcome,
    PersonalAccount,
    VerificationLock,
)
from tests.workstation.delivery.letters import NO_SENDER, NO_TEXT, UNKNOWN_CHARSET, letter
from tests.workstation.delivery.smtpd import Mailbox
from tests.workstation.operations.conftest import NOW, World
from workstation.config import MailSettings
from workstation.delivery.inbox.poll import poll_inbox
from workstation.delivery.inbox.sources import InboxUnavailable, MaildirSource
from workstation.delivery.sender import OutboxSender
from workstation.delivery.views import conversation, load_email_queue
from workstation.errors import DomainError
from workstation.operations.errors import Conflict


@pytest.fixture
def maildir(tmp_path: Path) -> Path:
    folder = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (folder / sub).mkdir(parents=True)
    return folder


def deliver(maildir: Path, name: str, raw: bytes) -> None:
    (maildir / "new" / name).write_bytes(raw)


def poll(world: World, maildir: Path) -> tuple[int, int, int, int]:
    summary = poll_inbox(world.db, MaildirSource(maildir), clock=lambda: NOW)
    assert summary.problem is None
    return summary.new, summary.to_open_interactions, summary.duplicates, summary.unreadable


def inbound(world: World, message_id: str) -> InboundMessage:
    with world.db.read() as s:
        row = s.scalar(select(InboundMessage).where(InboundMessage.message_id == message_id))
        assert row is not None
        return row


def account_number(world: World) -> str:
    with world.db.read() as s:
        return s.get_one(PersonalAccount, world.account_id).number


def test_letters_are_taken_in_once_matched_and_moved_out_of_new(
    world: World, maildir: Path
) -> None:
    deliver(maildir, "1", letter())
    deliver(maildir, "2", letter(message_id="<req-1@mail.example.ru>"))  # the same, twice
    deliver(
        maildir,
        "3",
        letter(f"Счёт {account_number(world)}", sender="x@other.ru", message_id="<acc@x>"),
    )
    deliver(
        maildir, "4", letter("Номер 8 (916) 123-45-67", sender="y@other.ru", message_id="<ph@y>")
    )
    deliver(maildir, "5", letter("Хочу подключиться", sender="z@other.ru", message_id="<un@z>"))
    for n, raw in enumerate((UNKNOWN_CHARSET, NO_TEXT, NO_SENDER), start=6):
        deliver(maildir, str(n), raw)
    assert poll(world, maildir) == (7, 0, 1, 3)
    assert sorted(p.name for p in (maildir / "new").iterdir()) == []
    assert len(list((maildir / "cur").iterdir())) == 8
    assert poll(world, maildir) == (0, 0, 0, 0)
    by_address = inbound(world, "<req-1@mail.example.ru>")
    assert (by_address.customer_id, by_address.line_id, by_address.matched_by) == (
        world.customer_id,
        world.line_id,
        MatchedBy.ADDRESS,
    )
    assert inbound(world, "<acc@x>").matched_by == MatchedBy.ACCOUNT
    assert inbound(world, "<ph@y>").line_id == world.line_id
    unknown = inbound(world, "<un@z>")
    assert (unknown.customer_id, unknown.status) == (None, InboundStatus.NEW)
    with world.db.read() as s:
        queue = load_email_queue(s)
    assert len(queue) == 7
    assert {r.customer for r in queue if r.customer} == {"Алёшин Пётр Иванович"}


def test_an_unusable_maildir_is_said_so(tmp_path: Path) -> None:
    with pytest.raises(InboxUnavailable, match="is not a Maildir"):
        MaildirSource(tmp_path)


def test_take_verify_act_reply_and_the_customers_answer_joins_the_conversation(
    world: World, maildir: Path, mailbox: Mailbox, relay: MailSettings
) -> None:
    deliver(maildir, "1", letter("Сбросьте пароль от личного кабинета. Кодовое слово: Ромашка"))
    poll(world, maildir)
    first = inbound(world, "<req-1@mail.example.ru>")
    ctx = world.context()
    taken = world.call(ctx, "take_email", inbound_id=first.id)
    assert (taken.customer_id, taken.line_id, taken.caller_msisdn) == (
        world.customer_id,
        world.line_id,
        "+79161234567",
    )
    with world.db.read() as s:
        interaction = s.get_one(Interaction, taken.interaction_id)
        assert interaction.channel.value == "email"
    # Operations that need a verified caller are refused until the sender is verified.
    with pytest.raises(DomainError, match="Verify the caller first"):
        world.call(ctx, "reset_selfcare_password", line_id=world.line_id)
    with pytest.raises(DomainError, match="not in the letter"):
        world.call(
            ctx,
            "verify_email_sender",
            inbound_id=first.id,
            line_id=world.line_id,
            code_word="тюльпан",
        )
    verified = world.call(
        ctx, "verify_email_sender", inbound_id=first.id, line_id=world.line_id, code_word="ромашка"
    )
    assert verified.success
    world.call(ctx, "reset_selfcare_password", line_id=world.line_id)
    reply = world.call(
        ctx,
        "reply_email",
        inbound_id=first.id,
        text="Здравствуйте! Временный пароль отправлен SMS на ваш номер.",
    )
    assert reply.recipient == "p.aleshin@example.ru"
    assert inbound(world, "<req-1@mail.example.ru>").status == InboundStatus.ANSWERED
    assert OutboxSender(world.db, relay, clock=lambda: NOW).run().sent >= 1
    with world.db.read() as s:
        ours = s.get_one(OutboxMessage, reply.outbox_id)
    sent = mailbox.parsed(ours.message_id)
    assert sent["In-Reply-To"] == "<req-1@mail.example.ru>"
    assert sent["Subject"] == "Re: Отключить услугу"
    assert "Auto-Submitted" not in sent
    # The customer answers our reply while the agent still has the interaction open.
    deliver(
        maildir,
        "2",
        letter(
            "Спасибо, получил.",
            message_id="<req-2@x>",
            in_reply_to=ours.message_id,
            sent=NOW + timedelta(hours=1),
        ),
    )
    assert poll(world, maildir) == (0, 1, 0, 0)
    answer = inbound(world, "<req-2@x>")
    assert (answer.thread_id, answer.interaction_id, answer.status) == (
        first.id,
        taken.interaction_id,
        InboundStatus.TAKEN,
    )
    with world.db.read() as s:
        talk = conversation(s, taken.interaction_id)
    assert [(e.incoming, e.subject) for e in talk] == [
        (True, "Отключить услугу"),
        (False, "Re: Отключить услугу"),
        (True, "Отключить услугу"),
    ]
    world.call(
        ctx, "close_interaction", reasons=["password_reset"], outcome=Outcome.SOLVED, note="Пароль"
    )
    # After the wrap-up, a letter in the thread from another address waits in the queue,
    # with the thread's customer.
    deliver(
        maildir,
        "3",
        letter(
            "И ещё вопрос", sender="wife@other.ru", message_id="<req-3@x>", in_reply_to="<req-2@x>"
        ),
    )
    assert poll(world, maildir) == (1, 0, 0, 0)
    later = inbound(world, "<req-3@x>")
    assert (later.status, later.thread_id, later.customer_id, later.matched_by) == (
        InboundStatus.NEW,
        first.id,
        world.customer_id,
        MatchedBy.THREAD,
    )


def test_an_e_mail_from_another_address_cannot_verify(world: World, maildir: Path) -> None:
    deliver(maildir, "1", letter("Кодовое слово ромашка", sender="thief@other.ru"))
    poll(world, maildir)
    ctx = world.context()
    world.call(ctx, "take_email", inbound_id=inbound(world, "<req-1@mail.example.ru>").id)
    with pytest.raises(DomainError, match="not from an address on file"):
        world.call(
            ctx,
            "verify_email_sender",
            inbound_id=inbound(world, "<req-1@mail.example.ru>").id,
            line_id=world.line_id,
            code_word="ромашка",
        )


def test_a_wrong_code_word_counts_towards_the_lock(world: World, maildir: Path) -> None:
    deliver(maildir, "1", letter("Кодовое слово: лютик"))
    poll(world, maildir)
    letter_id = inbound(world, "<req-1@mail.example.ru>").id
    ctx = world.context()
    world.call(ctx, "take_email", inbound_id=letter_id)
    results = [
        world.call(
            ctx,
            "verify_email_sender",
            inbound_id=letter_id,
            line_id=world.line_id,
            code_word="лютик",
        )
        for _ in range(3)
    ]
    assert [(r.success, r.failures_left, r.locked) for r in results] == [
        (False, 2, False),
        (False, 1, False),
        (False, 0, True),
    ]
    with world.db.read() as s:
        assert s.scalar(select(VerificationLock.reason)) == "e-mail code word"


def test_two_agents_cannot_take_one_letter_and_an_open_interaction_comes_first(
    world: World, maildir: Path
) -> None:
    deliver(maildir, "1", letter())
    deliver(maildir, "2", letter(message_id="<other@x>"))
    poll(world, maildir)
    letter_id = inbound(world, "<req-1@mail.example.ru>").id
    world.call(world.context(), "take_email", inbound_id=letter_id)
    with pytest.raises(Conflict, match="Смирнова Анна took this e-mail"):
        world.call(world.context(world.other_agent), "take_email", inbound_id=letter_id)
    with pytest.raises(DomainError, match="is still open"):
        world.call(world.context(), "take_email", inbound_id=inbound(world, "<other@x>").id)


def test_a_letter_is_dismissed_with_a_reason_and_a_bad_sender_gets_no_reply(
    world: World, maildir: Path
) -> None:
    deliver(maildir, "1", letter(message_id="<spam@x>"))
    deliver(maildir, "2", NO_SENDER)
    poll(world, maildir)
    spam = inbound(world, "<spam@x>").id
    with pytest.raises(DomainError, match="Say why"):
        world.call(world.context(), "dismiss_email", inbound_id=spam, reason=" ")
    world.call(world.context(), "dismiss_email", inbound_id=spam, reason="Рассылка")
    assert inbound(world, "<spam@x>").status == InboundStatus.DISMISSED
    with world.db.read() as s:
        nameless = s.scalar(select(InboundMessage.id).where(InboundMessage.from_address == ""))
    ctx = world.context()
    world.call(ctx, "take_email", inbound_id=nameless)
    with pytest.raises(DomainError, match="no sender address"):
        world.call(ctx, "reply_email", inbound_id=nameless, text="Ответ")
    with world.db.read() as s:
        assert s.scalar(select(OutboxMessage.id)) is None


def test_a_reply_needs_the_letter_in_the_agents_interaction(world: World, maildir: Path) -> None:
    deliver(maildir, "1", letter())
    poll(world, maildir)
    ctx = world.start()
    with pytest.raises(DomainError, match="Take the e-mail first"):
        world.call(
            ctx, "reply_email", inbound_id=inbound(world, "<req-1@mail.example.ru>").id, text="x"
        )


def test_an_unknown_senders_letter_waits_for_the_agent_to_find_the_subscriber(
    world: World, maildir: Path
) -> None:
    deliver(maildir, "1", letter("Здравствуйте", sender="new@other.ru"))
    poll(world, maildir)
    ctx = world.context()
    taken = world.call(ctx, "take_email", inbound_id=inbound(world, "<req-1@mail.example.ru>").id)
    assert (taken.customer_id, taken.caller_msisdn) == (None, None)
    world.call(ctx, "attach_subscriber", line_id=world.line_id)
    with world.db.read() as s:
        assert s.get_one(Interaction, taken.interaction_id).customer_id == world.customer_id
        assert s.get_one(Line, world.line_id).msisdn == "+79161234567"


def test_the_sender_sends_replies_only_once_per_message(
    world: World, maildir: Path, mailbox: Mailbox, relay: MailSettings
) -> None:
    deliver(maildir, "1", letter())
    poll(world, maildir)
    ctx = world.context()
    letter_id = inbound(world, "<req-1@mail.example.ru>").id
    world.call(ctx, "take_email", inbound_id=letter_id)
    world.call(ctx, "reply_email", inbound_id=letter_id, text="Первый ответ")
    world.call(ctx, "reply_email", inbound_id=letter_id, text="Дополнение")
    sender = OutboxSender(world.db, replace(relay), clock=lambda: NOW)
    assert sender.run().sent == 2
    assert sender.run().sent == 0
    with world.db.read() as s:
        assert set(s.scalars(select(OutboxMessage.status))) == {OutboxStatus.SENT}
    assert len(mailbox.letters) == 2

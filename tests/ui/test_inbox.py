"""The e-mail queue and the reply window from the keyboard: take, verify, answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models import (
    Channel,
    Customer,
    InboundMessage,
    InboundStatus,
    Line,
    LineStatus,
    OutboxMessage,
    PersonalAccount,
)
from tests.ui.conftest import type_text
from tests.workstation.delivery.letters import letter
from tests.workstation.operations.conftest import NOW
from ui.inbox.model import EmailQueueModel
from ui.inbox.queue import EmailQueueWidget
from ui.inbox.reply import ReplyDialog
from ui.interaction.session import InteractionSession
from ui.misc.display import Display
from ui.misc.tasks import InlineRunner
from ui.outbox.worker import DeliveryWorker
from workstation.auth import Agent
from workstation.config import MailSettings
from workstation.db import Database
from workstation.delivery.inbox.letters import read_letter
from workstation.delivery.inbox.store import store_letter
from workstation.delivery.views import load_email_queue


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    return shown


def _customer_with_email(db: Database) -> tuple[str, int]:
    """The e-mail and single open line of a demo customer with a code word."""
    with db.read() as s:
        for customer in s.scalars(
            select(Customer)
            .where(Customer.email.is_not(None), Customer.code_word_hash.is_not(None))
            .order_by(Customer.id)
        ):
            lines = s.scalars(
                select(Line.id)
                .join(PersonalAccount, PersonalAccount.id == Line.account_id)
                .where(PersonalAccount.customer_id == customer.id, Line.status != LineStatus.CLOSED)
            ).all()
            same = s.scalars(select(Customer.id).where(Customer.email == customer.email)).all()
            if len(lines) == 1 and len(same) == 1 and customer.email:
                return customer.email, lines[0]
    raise AssertionError("the demo base has no customer with an e-mail and a code word")


def _store(db: Database, raw: bytes) -> int:
    with db.write() as s:
        stored = store_letter(s, read_letter(raw), now=NOW)
        assert stored is not None
        return stored.inbound_id


def test_the_queue_model_is_a_proper_model(
    qtmodeltester: ModelTester, demo_db: Database, display: Display
) -> None:
    address, _line = _customer_with_email(demo_db)
    _store(demo_db, letter(sender=address))
    _store(demo_db, b"From: nobody\r\nSubject: x\r\n\r\n")
    model = EmailQueueModel(display)
    with demo_db.read() as s:
        model.set_rows(load_email_queue(s))
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_an_agent_takes_a_letter_verifies_the_sender_and_replies(
    qtbot: QtBot, demo_db: Database, agent: Agent, display: Display, warnings: list[str]
) -> None:
    address, line_id = _customer_with_email(demo_db)
    inbound_id = _store(
        demo_db, letter("Сбросьте пароль. Кодовое слово: ромашка", sender=f"Клиент <{address}>")
    )
    session = InteractionSession(demo_db, agent)
    runner = InlineRunner()
    queue = EmailQueueWidget(session, runner, display)
    qtbot.addWidget(queue)
    queue.show()
    queue.reload()
    assert queue.model.rowCount() == 1
    assert "Кодовое слово" in queue.preview.toPlainText()
    with qtbot.waitSignal(queue.taken) as taken:
        qtbot.keyClick(queue.table, Qt.Key.Key_Return)
    assert taken.args is not None and taken.args[0].line_id == line_id
    assert session.current is not None and session.current.channel == Channel.EMAIL
    assert not queue.take_button.isEnabled()

    provided: list[QWidget] = []

    def provider(parent: QWidget) -> str:
        provided.append(parent)
        return "Сменить пароль можно в личном кабинете."

    dialog = ReplyDialog(session, runner, display, reference_provider=provider)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Сбросьте пароль" in dialog.history.toPlainText()
    assert dialog.subject.text() == "Re: Отключить услугу"
    type_text(dialog.code_word, "Ромашка")
    dialog.verify_button.click()
    assert warnings == []
    assert session.is_verified(session.current.customer_id)
    assert not dialog.verify_button.isEnabled()
    dialog.editor.clear()
    type_text(dialog.editor, "Здравствуйте! ")
    dialog.reference_button.click()
    assert provided == [dialog]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.replied):
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with demo_db.read() as s:
        reply = s.scalars(select(OutboxMessage)).one()
        assert reply.body == "Здравствуйте! Сменить пароль можно в личном кабинете.\n"
        assert reply.recipient == address.lower()
        assert s.get_one(InboundMessage, inbound_id).status == InboundStatus.ANSWERED


def test_the_worker_brings_new_letters_from_the_maildir(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    maildir = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    (maildir / "new" / "1").write_bytes(letter())
    settings = MailSettings(inbox="maildir", inbox_maildir=str(maildir), workstation_sends=False)
    worker = DeliveryWorker(demo_db, settings, InlineRunner())
    with qtbot.waitSignal(worker.letters_arrived) as arrived:
        worker.poll_now()
    assert arrived.args == [1]

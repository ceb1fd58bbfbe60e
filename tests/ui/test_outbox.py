"""The outbox window: every message with its status, retry and cancel from the keyboard;
and the background sender of the workstation against a real SMTP server."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from models import OutboxKind, OutboxMessage, OutboxStatus
from tests.workstation.delivery.smtpd import Mailbox, smtp_server
from ui.interaction.session import InteractionSession
from ui.misc.display import Display
from ui.misc.tasks import InlineRunner
from ui.outbox.model import OutboxModel
from ui.outbox.view import OutboxDialog
from ui.outbox.worker import DeliveryWorker
from workstation.auth import Agent
from workstation.config import MailSettings
from workstation.db import Database
from workstation.delivery.views import load_outbox
from workstation.outbox import queue_message

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    return shown


def _queue(db: Database, status: OutboxStatus, **extra: object) -> int:
    arguments: dict[str, object] = {
        "kind": OutboxKind.EMAIL,
        "purpose": "statement",
        "recipient": "p.aleshin@example.ru",
        "subject": "Счёт за октябрь 2026 г.",
        "body": "Во вложении — счёт.",
        "now": NOW,
    } | extra
    with db.write() as s:
        message = queue_message(s, **arguments)  # type: ignore[arg-type]
        message.status = status
        if status == OutboxStatus.FAILED:
            message.last_error = "the server refused p.aleshin@example.ru: 550 5.1.1 User unknown"
            message.attempts = 1
        return message.id


def _status(db: Database, outbox_id: int) -> OutboxStatus:
    with db.read() as s:
        return s.get_one(OutboxMessage, outbox_id).status


def test_the_outbox_model_is_a_proper_model(
    qtmodeltester: ModelTester, demo_db: Database, display: Display
) -> None:
    _queue(demo_db, OutboxStatus.SENT)
    _queue(demo_db, OutboxStatus.FAILED)
    model = OutboxModel(display)
    with demo_db.read() as s:
        model.set_rows(load_outbox(s))
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_failed_messages_are_sent_again_and_waiting_ones_cancelled(
    qtbot: QtBot,
    demo_db: Database,
    agent: Agent,
    display: Display,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    failed = _queue(demo_db, OutboxStatus.FAILED)
    waiting = _queue(demo_db, OutboxStatus.QUEUED)
    secret = _queue(
        demo_db, OutboxStatus.SENT, kind=OutboxKind.SMS, body="Пароль: abc123", sensitive=True
    )
    dialog = OutboxDialog(InteractionSession(demo_db, agent), InlineRunner(), display)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 3
    assert "failed: 1" in dialog.summary.text() or "ошибкой: 1" in dialog.summary.text()
    dialog.table.selectRow(dialog.model.row_of(secret) or 0)
    assert "abc123" not in dialog.preview.toPlainText()
    assert not dialog.retry_button.isEnabled()
    dialog.filter.setCurrentIndex(2)  # failed only
    assert [r.outbox_id for r in dialog.model.rows] == [failed]
    assert "550 5.1.1" in dialog.model.data(dialog.model.index(0, 9))
    dialog.retry_button.click()
    assert _status(demo_db, failed) == OutboxStatus.QUEUED
    dialog.filter.setCurrentIndex(0)
    dialog.table.selectRow(dialog.model.row_of(waiting) or 0)
    assert dialog.preview.toPlainText() == "Во вложении — счёт."
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Клиент передумал", True))
    dialog.cancel_button.click()
    assert _status(demo_db, waiting) == OutboxStatus.CANCELLED
    assert warnings == []


def test_the_workstation_sends_in_the_background_and_says_so(
    qtbot: QtBot, demo_db: Database
) -> None:
    _queue(demo_db, OutboxStatus.QUEUED)
    mailbox = Mailbox()
    with smtp_server(mailbox) as port:
        settings = MailSettings(smtp_host="127.0.0.1", smtp_port=port, security="none")
        worker = DeliveryWorker(demo_db, settings, InlineRunner())
        with qtbot.waitSignal(worker.status_changed) as said:
            worker.send_now()
    assert len(mailbox.letters) == 1
    assert said.args is not None and "1" in said.args[0]
    down = DeliveryWorker(
        demo_db, MailSettings(smtp_host="127.0.0.1", smtp_port=1, security="none"), InlineRunner()
    )
    _queue(demo_db, OutboxStatus.QUEUED)
    with qtbot.waitSignal(down.status_changed) as said:
        down.send_now()
    assert said.args is not None and "cannot use the SMTP server" in said.args[0]


def test_every_delivery_value_shown_has_a_label() -> None:
    from enum import Enum

    from models import InboundProblem, InboundStatus, MatchedBy
    from ui.misc.labels import _NAMES

    shown: tuple[type[Enum], ...] = (
        OutboxKind,
        OutboxStatus,
        InboundStatus,
        InboundProblem,
        MatchedBy,
    )
    assert [m for kind in shown for m in kind if (kind, m.value) not in _NAMES] == []


def test_the_main_window_has_the_mail_entries_with_their_keys(
    qtbot: QtBot, demo_db: Database, agent: Agent, display: Display
) -> None:
    from ui.mainwindow.window import MainWindow

    window = MainWindow(demo_db, agent, InlineRunner(), display)
    qtbot.addWidget(window)
    window.show()
    keys = {a.shortcut().toString() for a in window.actions_with_keys}
    assert {"Ctrl+Shift+M", "Ctrl+Shift+R", "Ctrl+Shift+O"} <= keys
    window.mail.show_queue()
    assert window.mail.dock is not None and window.mail.dock.isVisible()
    window.mail.reply()  # no e-mail interaction: a hint, no window
    assert "Ctrl+Shift+M" in window.mail.status_label.text()
    window.close()

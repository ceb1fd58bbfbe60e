"""The reference dialog: search, read, copy; the subscriber's items first; admins edit."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from models import (
    ArticleKind,
    AuditEvent,
    Line,
    LineStatus,
    ReferenceArticle,
    ServiceSubscription,
)
from tests.ui.conftest import type_text
from ui.mainwindow.window import MainWindow
from ui.misc.display import Display
from ui.misc.tasks import InlineRunner
from ui.reference.dialog import ReferenceDialog
from workstation.auth import Agent, login
from workstation.db import Database
from workstation.demo import DEMO_PASSWORD
from workstation.reference import seed_reference, subscriber_codes


@pytest.fixture
def seeded(demo_db: Database) -> Database:
    with demo_db.write() as session:
        seed_reference(session, datetime.now(UTC))
    return demo_db


def _line_with_services(db: Database) -> int:
    with db.read() as s:
        return int(
            s.scalar(
                select(Line.id)
                .join(ServiceSubscription, ServiceSubscription.line_id == Line.id)
                .where(Line.status == LineStatus.ACTIVE, ServiceSubscription.ended_at.is_(None))
                .group_by(Line.id)
                .order_by(func.count().desc(), Line.id)
                .limit(1)
            )
        )


def _dialog(
    qtbot: QtBot,
    db: Database,
    agent: Agent,
    runner: InlineRunner,
    display: Display,
    line_id: int | None = None,
) -> ReferenceDialog:
    dialog = ReferenceDialog(db, runner, display, agent, line_id=line_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_subscriber_tariff_and_services_come_first(
    qtbot: QtBot, seeded: Database, agent: Agent, runner: InlineRunner, display: Display
) -> None:
    line_id = _line_with_services(seeded)
    with seeded.read() as s:
        codes = subscriber_codes(s, line_id)
    dialog = _dialog(qtbot, seeded, agent, runner, display, line_id)
    own = 1 + len(codes.service_codes)
    first = dialog.model.rows[:own]
    assert first[0].code == codes.tariff_code
    assert {a.code for a in first[1:]} == set(codes.service_codes)
    assert not any(a.own for a in dialog.model.rows[own:])
    index = dialog.model.index(0, 0)
    assert dialog.model.data(index, Qt.ItemDataRole.FontRole).bold()
    assert dialog.pane.article == first[0]
    assert dialog.pane.title.text() == first[0].title
    assert "of this subscriber" in dialog.pane.meta.text()


def test_search_as_you_type_open_and_copy(
    qtbot: QtBot, seeded: Database, agent: Agent, runner: InlineRunner, display: Display
) -> None:
    dialog = _dialog(qtbot, seeded, agent, runner, display)
    type_text(dialog.search, "ОБЕЩАННЫЙ платеж")
    assert dialog.search.text() == "ОБЕЩАННЫЙ платеж"
    assert dialog.model.rows[0].code == "PAY_PROMISED"
    assert dialog.pane.title.text() == "Обещанный платёж"
    assert "Обещанный платёж" in dialog.pane.text.toPlainText()
    dialog.search.setText("потеря sim")
    row = next(n for n, a in enumerate(dialog.model.rows) if a.code == "ANS_LOST_SIM")
    dialog.table.setCurrentIndex(dialog.model.index(row, 0))
    assert dialog.pane.article is not None and dialog.pane.article.code == "ANS_LOST_SIM"
    qtbot.mouseClick(dialog.pane.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Потеря или кража SIM-карты\n\n1. Сразу заблокируйте номер.")
    assert copied == dialog.pane.article.text
    assert dialog.status.text() == "Copied to the clipboard."
    dialog.search.setText("щщщщ")
    assert dialog.model.rowCount() == 0
    assert dialog.pane.article is None
    assert not dialog.pane.copy_button.isEnabled()


def test_agents_read_but_do_not_edit(
    qtbot: QtBot, seeded: Database, agent: Agent, runner: InlineRunner, display: Display
) -> None:
    dialog = _dialog(qtbot, seeded, agent, runner, display)
    assert dialog.pane.edit_button.isHidden()
    assert dialog.pane.new_button.isHidden()
    assert dialog.pane.text.isReadOnly()


def test_an_admin_edits_an_article_through_the_operation(
    qtbot: QtBot, seeded: Database, runner: InlineRunner, display: Display
) -> None:
    admin = login(seeded, "admin", DEMO_PASSWORD)
    dialog = _dialog(qtbot, seeded, admin, runner, display)
    dialog.search.setText("НДС")
    assert dialog.model.rows[0].code == "ANS_VAT"
    assert not dialog.pane.edit_button.isHidden()
    qtbot.mouseClick(dialog.pane.edit_button, Qt.MouseButton.LeftButton)
    assert dialog.pane.editing
    assert dialog.pane.title_edit.text() == "НДС в счёте"
    dialog.pane.title_edit.clear()
    type_text(dialog.pane.title_edit, "НДС в цене")
    dialog.pane.body_edit.setPlainText("Все цены включают НДС.")
    qtbot.mouseClick(dialog.pane.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.pane.editing
    with seeded.read() as s:
        article = s.scalars(
            select(ReferenceArticle).where(ReferenceArticle.code == "ANS_VAT")
        ).one()
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
    assert (article.title, article.body) == ("НДС в цене", "Все цены включают НДС.")
    assert (event.operation, event.agent_id) == ("edit_reference_article", admin.user_id)
    assert dialog.pane.title.text() == "НДС в цене"
    assert admin.full_name in dialog.pane.meta.text()


def test_an_admin_adds_a_standard_answer(
    qtbot: QtBot, seeded: Database, runner: InlineRunner, display: Display
) -> None:
    admin = login(seeded, "admin", DEMO_PASSWORD)
    dialog = _dialog(qtbot, seeded, admin, runner, display)
    qtbot.mouseClick(dialog.pane.new_button, Qt.MouseButton.LeftButton)
    dialog.pane.kind.setCurrentIndex(dialog.pane.kind.findData(ArticleKind.ANSWER))
    type_text(dialog.pane.title_edit, "Режим работы салонов")
    dialog.pane.body_edit.setPlainText("Салоны связи работают с 9 до 21 часа.")
    qtbot.mouseClick(dialog.pane.save_button, Qt.MouseButton.LeftButton)
    assert dialog.pane.article is not None
    assert dialog.pane.article.title == "Режим работы салонов"
    assert dialog.pane.article.kind == ArticleKind.ANSWER
    with seeded.read() as s:
        assert (
            s.scalar(select(func.count()).where(ReferenceArticle.title == "Режим работы салонов"))
            == 1
        )


def test_the_articles_model(
    qtmodeltester: ModelTester,
    qtbot: QtBot,
    seeded: Database,
    agent: Agent,
    runner: InlineRunner,
    display: Display,
) -> None:
    dialog = _dialog(qtbot, seeded, agent, runner, display, _line_with_services(seeded))
    assert dialog.model.rowCount() > 60
    qtmodeltester.check(dialog.model)


def test_f2_opens_the_reference_for_the_open_card(
    qtbot: QtBot, seeded: Database, agent: Agent, runner: InlineRunner
) -> None:
    line_id = _line_with_services(seeded)
    window = MainWindow(seeded, agent, runner, Display())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.card.open(line_id)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    dialogs = window.findChildren(ReferenceDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert dialogs[0].line_id == line_id
    assert dialogs[0].model.rows[0].own
    assert dialogs[0].model.rows[0].kind == ArticleKind.TARIFF


def test_an_article_goes_into_an_email_reply(
    qtbot: QtBot,
    seeded: Database,
    agent: Agent,
    runner: InlineRunner,
    display: Display,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reply window's reference button: the agent picks an article, its text is inserted."""
    from PySide6.QtWidgets import QDialog, QWidget

    from ui.reference.dialog import reference_picker

    chosen: list[ReferenceDialog] = []

    def pick_first(self: ReferenceDialog) -> int:
        chosen.append(self)
        self.table.selectRow(0)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ReferenceDialog, "exec", pick_first)
    parent = QWidget()
    qtbot.addWidget(parent)
    text = reference_picker(seeded, runner, display, agent)(parent)
    assert chosen and chosen[0].pane.article is not None
    assert text == chosen[0].pane.article.text and text

"""The login dialog against the users of the database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from models import AuditEvent, User
from ui.login.dialog import LoginDialog
from ui.misc import settings as options
from ui.misc.tasks import InlineRunner
from workstation.db import Database


def _dialog(qtbot: QtBot, db: Database, runner: InlineRunner) -> LoginDialog:
    dialog = LoginDialog(db, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type(qtbot: QtBot, dialog: LoginDialog, login: str, password: str) -> None:
    dialog.login_edit.clear()
    qtbot.keyClicks(dialog.login_edit, login)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def test_the_demo_agent_logs_in_and_the_login_is_remembered(
    qtbot: QtBot, demo_db: Database, runner: InlineRunner
) -> None:
    dialog = _dialog(qtbot, demo_db, runner)
    _type(qtbot, dialog, "agent", "demo")
    assert dialog.agent is not None
    assert dialog.agent.login == "agent"
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert options.LAST_LOGIN.read(options.settings()) == "agent"
    again = _dialog(qtbot, demo_db, runner)
    assert again.login_edit.text() == "agent"
    assert again.password_edit.text() == ""


def test_a_wrong_password_is_refused_and_recorded(
    qtbot: QtBot, demo_db: Database, runner: InlineRunner
) -> None:
    dialog = _dialog(qtbot, demo_db, runner)
    _type(qtbot, dialog, "agent", "wrong")
    assert dialog.agent is None
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text()
    assert dialog.password_edit.text() == ""
    with demo_db.read() as s:
        user = s.scalars(select(User).where(User.login == "agent")).one()
        assert user.failed_logins == 1
        failures = s.scalar(select(func.count()).where(AuditEvent.operation == "login_failed"))
        assert failures == 1


def test_five_failures_lock_the_login(
    qtbot: QtBot, demo_db: Database, runner: InlineRunner
) -> None:
    dialog = _dialog(qtbot, demo_db, runner)
    for _ in range(5):
        _type(qtbot, dialog, "supervisor", "nope")
    _type(qtbot, dialog, "supervisor", "demo")
    assert dialog.agent is None, "the right password does not open a locked login"
    assert "15" in dialog.error_label.text()
    with demo_db.read() as s:
        user = s.scalars(select(User).where(User.login == "supervisor")).one()
        assert user.locked_until is not None

"""The administrators' Users window, and a new user's first login."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models import AuditEvent, Role, User
from ui.login.dialog import LoginDialog
from ui.mainwindow.window import MainWindow
from ui.misc.display import Display
from ui.misc.tasks import InlineRunner
from ui.users.dialog import NewUserDialog, UsersDialog
from workstation.auth import Agent, login
from workstation.db import Database
from workstation.demo import DEMO_PASSWORD


def _window(qtbot: QtBot, db: Database, agent: Agent, runner: InlineRunner) -> MainWindow:
    window = MainWindow(db, agent, runner, Display())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _user(db: Database, login_name: str) -> User:
    with db.read() as s:
        return s.scalars(select(User).where(User.login == login_name)).one()


def test_an_admin_deactivates_a_user_from_the_users_window(
    qtbot: QtBot, demo_db: Database, runner: InlineRunner
) -> None:
    admin = login(demo_db, "admin", DEMO_PASSWORD)
    window = _window(qtbot, demo_db, admin, runner)
    assert window.users_action is not None
    assert window.users_action.shortcut().toString() == "Ctrl+Shift+U"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(
        window,
        Qt.Key.Key_U,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.findChild(UsersDialog)
    assert dialog is not None and dialog.isVisible()
    assert {"admin", "agent", "petrov"} <= {u.login for u in dialog.model.rows}
    dialog.select("petrov")
    assert dialog.deactivate_button.isEnabled() and not dialog.activate_button.isEnabled()
    qtbot.mouseClick(dialog.deactivate_button, Qt.MouseButton.LeftButton)

    assert not _user(demo_db, "petrov").active
    with demo_db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.operation == "deactivate_user")).one()
    assert (event.agent_id, event.target_id) == (admin.user_id, "petrov")
    shown = dialog.current()
    assert shown is not None and shown.login == "petrov" and not shown.active
    assert "petrov" in dialog.status.text()
    assert dialog.activate_button.isEnabled() and not dialog.deactivate_button.isEnabled()


def test_the_last_administrator_cannot_deactivate_themselves(
    qtbot: QtBot, demo_db: Database, runner: InlineRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *_a: warnings.append(text)
    )
    admin = login(demo_db, "admin", DEMO_PASSWORD)
    dialog = UsersDialog(demo_db, runner, Display(), admin)
    qtbot.addWidget(dialog)
    dialog.select("admin")
    dialog.deactivate()
    assert len(warnings) == 1
    assert _user(demo_db, "admin").active


def test_an_agent_has_no_users_window(
    qtbot: QtBot, demo_db: Database, agent: Agent, runner: InlineRunner
) -> None:
    window = _window(qtbot, demo_db, agent, runner)
    assert window.users_action is None
    assert not any(a.shortcut().toString() == "Ctrl+Shift+U" for a in window.actions())
    assert not any("Administration" in a.text() for a in window.menuBar().actions())
    window.show_users()
    assert window.findChild(UsersDialog) is None
    # Nor does the core show an agent the list.
    dialog = UsersDialog(demo_db, runner, Display(), agent)
    qtbot.addWidget(dialog)
    assert dialog.model.rows == []
    assert dialog.status.text()


def test_a_new_user_chooses_their_own_password_at_the_first_login(
    qtbot: QtBot, demo_db: Database, runner: InlineRunner
) -> None:
    admin = login(demo_db, "admin", DEMO_PASSWORD)
    users = UsersDialog(demo_db, runner, Display(), admin)
    qtbot.addWidget(users)
    form = NewUserDialog(demo_db, runner, users.context, users)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.login, "sidorov")
    form.full_name.setText("Сидоров Семён")
    form.role.setCurrentIndex(form.role.findData(Role.SUPERVISOR.value))
    qtbot.keyClicks(form.password, "start-1")
    qtbot.keyClicks(form.repeat, "start-2")
    form.submit()
    assert form.user is None and form.error.isVisibleTo(form)
    qtbot.keyClicks(form.repeat, "start-1")
    form.submit()
    assert form.user is not None and form.user.must_change_password
    assert form.result() == NewUserDialog.DialogCode.Accepted
    created = _user(demo_db, "sidorov")
    assert created.role == Role.SUPERVISOR and created.must_change_password
    with demo_db.read() as s:
        summary = s.scalars(
            select(AuditEvent.summary).where(AuditEvent.operation == "create_user")
        ).one()
    assert "start-1" not in summary and json.loads(summary)["role"] == "supervisor"

    dialog = LoginDialog(demo_db, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.login_edit.setText("sidorov")
    qtbot.keyClicks(dialog.password_edit, "start-1")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.agent is None
    assert dialog.new_password_edit.isVisible() and dialog.repeat_edit.isVisible()
    assert dialog.error_label.isVisible()
    qtbot.keyClicks(dialog.new_password_edit, "my-own-1")
    qtbot.keyClicks(dialog.repeat_edit, "my-own-1")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert dialog.agent is not None and dialog.agent.login == "sidorov"
    assert not _user(demo_db, "sidorov").must_change_password
    assert login(demo_db, "sidorov", "my-own-1").role == Role.SUPERVISOR

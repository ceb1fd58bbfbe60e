"""The users of the workstation, for an administrator (Administration → Users…, Ctrl+Shift+U).

The list shows each user's login, name, role, whether they may log in and until when a
login is locked after failed attempts. Every change is the core's operation, run in the
background: create a user, change the role, deactivate, reactivate, unlock, reset the
password. A refusal (the last active administrator, a login taken) is shown with its
reason and the list stays as it was. Passwords are typed twice and never shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import Role
from ui.misc.display import Display
from ui.misc.i18n import error_text
from ui.misc.labels import NEGATIVE, label
from ui.misc.operations import run_operation
from ui.misc.settings import GeometryMixin
from ui.misc.table import Column, RowsModel, make_table
from ui.misc.tasks import Runner
from workstation.auth import Agent
from workstation.db import Database
from workstation.operations import Context
from workstation.operations.users import UserView, list_users

ContextFactory = Callable[[], Context]


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _role_box(current: Role = Role.AGENT) -> QComboBox:
    box = QComboBox()
    for role in Role:
        box.addItem(label(role), role.value)
    box.setCurrentIndex(box.findData(current.value))
    return box


class _UserChangeDialog(QDialog):
    """A form that runs one operation: it closes when done and stays open when refused.

    Attributes:
        user: the user as the operation left them, once done.
    """

    def __init__(
        self, db: Database, runner: Runner, context: ContextFactory, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.context = context
        self.user: UserView | None = None
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    @property
    def ok(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def submit(self) -> None:
        raise NotImplementedError

    def same_passwords(self, first: QLineEdit, second: QLineEdit) -> bool:
        if first.text() and first.text() == second.text():
            return True
        self.error.setText(self.tr("Type the same password in both fields."))
        self.error.show()
        second.clear()
        first.setFocus()
        return False

    def run(self, name: str, arguments: dict[str, Any]) -> None:
        self.ok.setEnabled(False)
        self.error.hide()
        run_operation(
            self.runner,
            self.db,
            self.context(),
            name,
            arguments,
            parent=self,
            done=self._done,
            failed=lambda _error: self.ok.setEnabled(True),
        )

    def _done(self, user: UserView) -> None:
        self.user = user
        self.accept()


class NewUserDialog(_UserChangeDialog):
    """A new user: login, name, role and the initial password, which they change at login."""

    def __init__(
        self, db: Database, runner: Runner, context: ContextFactory, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, runner, context, parent)
        self.setObjectName("NewUserDialog")
        self.setWindowTitle(self.tr("New user"))
        self.setMinimumWidth(440)
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("Latin letters and digits, e.g. ivanova"))
        self.full_name = QLineEdit()
        self.role = _role_box()
        self.password = _password_edit()
        self.repeat = _password_edit()
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Name:"), self.full_name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("Initial &password:"), self.password)
        form.addRow(self.tr("R&epeat it:"), self.repeat)
        hint = QLabel(self.tr("The user must change this password at the first login."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.login.setFocus()

    def submit(self) -> None:
        if not self.same_passwords(self.password, self.repeat):
            return
        self.run(
            "create_user",
            {
                "login": self.login.text(),
                "full_name": self.full_name.text(),
                "role": Role(self.role.currentData()),
                "password": self.password.text(),
            },
        )


class RoleDialog(_UserChangeDialog):
    """Another role for a user."""

    def __init__(
        self,
        db: Database,
        runner: Runner,
        context: ContextFactory,
        user: UserView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, runner, context, parent)
        self.setObjectName("RoleDialog")
        self.setWindowTitle(self.tr("Change the role"))
        self.setMinimumWidth(380)
        self.target = user
        self.role = _role_box(user.role)
        form = QFormLayout()
        form.addRow(self.tr("User:"), QLabel(f"{user.full_name} ({user.login})"))
        form.addRow(self.tr("&Role:"), self.role)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.role.setFocus()

    def submit(self) -> None:
        self.run(
            "set_user_role", {"login": self.target.login, "role": Role(self.role.currentData())}
        )


class ResetPasswordDialog(_UserChangeDialog):
    """A new password for a user who forgot theirs; they change it at the next login."""

    def __init__(
        self,
        db: Database,
        runner: Runner,
        context: ContextFactory,
        user: UserView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, runner, context, parent)
        self.setObjectName("ResetPasswordDialog")
        self.setWindowTitle(self.tr("Reset the password"))
        self.setMinimumWidth(420)
        self.target = user
        self.password = _password_edit()
        self.repeat = _password_edit()
        form = QFormLayout()
        form.addRow(self.tr("User:"), QLabel(f"{user.full_name} ({user.login})"))
        form.addRow(self.tr("New &password:"), self.password)
        form.addRow(self.tr("R&epeat it:"), self.repeat)
        hint = QLabel(
            self.tr("The user must change it at the next login. A locked login is unlocked.")
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.password.setFocus()

    def submit(self) -> None:
        if self.same_passwords(self.password, self.repeat):
            self.run(
                "reset_user_password",
                {"login": self.target.login, "password": self.password.text()},
            )


class UsersDialog(GeometryMixin, QDialog):
    """Attributes:
    model: every user, by login.
    table: the list; the buttons act on its current row.
    status: what the last change did, or why the list could not be read.
    """

    def __init__(
        self,
        db: Database,
        runner: Runner,
        display: Display,
        agent: Agent,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("UsersDialog")
        self.setWindowTitle(self.tr("Users"))
        self.db = db
        self.runner = runner
        self.display = display
        self.agent = agent
        d = display
        self.model = RowsModel[UserView](
            [
                Column(self.tr("Login"), lambda u: u.login, 130),
                Column(self.tr("Name"), lambda u: u.full_name, 240),
                Column(self.tr("Role"), lambda u: label(u.role), 130),
                Column(self.tr("State"), self._state, 120, color=self._state_color),
                Column(self.tr("Locked until"), lambda u: d.moment(u.locked_until), 140),
                Column(self.tr("Password"), self._password, 150),
                Column(self.tr("Last login"), lambda u: d.moment(u.last_login_at), 140),
            ]
        )
        self.table = make_table(self.model)
        self.table.setObjectName("usersTable")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New user…"))
        self.role_button = QPushButton(self.tr("Change the &role…"))
        self.deactivate_button = QPushButton(self.tr("&Deactivate"))
        self.activate_button = QPushButton(self.tr("Re&activate"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.password_button = QPushButton(self.tr("Reset the &password…"))
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        close = QPushButton(self.tr("Close"))
        self.new_button.clicked.connect(self.new_user)
        self.role_button.clicked.connect(self.change_role)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.activate_button.clicked.connect(self.activate)
        self.unlock_button.clicked.connect(self.unlock)
        self.password_button.clicked.connect(self.reset_password)
        self.refresh_button.clicked.connect(self.reload)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.role_button,
            self.deactivate_button,
            self.activate_button,
            self.unlock_button,
            self.password_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        if not self.restore_geometry():
            self.resize(1150, 520)
        self.finished.connect(lambda _r: self.save_geometry())
        self._update_buttons()
        self.reload()

    # -- the list ------------------------------------------------------------------------

    def _state(self, user: UserView) -> str:
        return self.tr("Active") if user.active else self.tr("Deactivated")

    @staticmethod
    def _state_color(user: UserView) -> QColor | None:
        return None if user.active else NEGATIVE

    def _password(self, user: UserView) -> str:
        return self.tr("to be changed") if user.must_change_password else ""

    def reload(self) -> None:
        db, agent = self.db, self.agent

        def work() -> tuple[UserView, ...]:
            with db.read() as session:
                return list_users(session, agent)

        self.runner.submit(work, self._loaded, lambda e: self.status.setText(error_text(e)))

    def _loaded(self, users: tuple[UserView, ...]) -> None:
        chosen = self.current()
        self.model.set_rows(users)
        logins = [u.login for u in users]
        if users:
            row = logins.index(chosen.login) if chosen and chosen.login in logins else 0
            self.table.selectRow(row)
        self._update_buttons()

    def current(self) -> UserView | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def select(self, login: str) -> None:
        """Make the user with this login the current row (the keyboard's and the tests')."""
        for row, user in enumerate(self.model.rows):
            if user.login == login:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        user = self.current()
        self.role_button.setEnabled(user is not None)
        self.password_button.setEnabled(user is not None)
        self.deactivate_button.setEnabled(user is not None and user.active)
        self.activate_button.setEnabled(user is not None and not user.active)
        self.unlock_button.setEnabled(user is not None and user.locked_until is not None)

    # -- the changes ---------------------------------------------------------------------

    def context(self) -> Context:
        return Context(self.agent, time_zone=self.display.time_zone)

    def _changed(self, text: str, user: UserView) -> None:
        self.status.setText(text.format(login=user.login, role=label(user.role)))
        self.reload()

    def _run(self, name: str, text: str) -> None:
        user = self.current()
        if user is None:
            return
        run_operation(
            self.runner,
            self.db,
            self.context(),
            name,
            {"login": user.login},
            parent=self,
            done=lambda changed: self._changed(text, changed),
        )

    def _form(self, dialog: _UserChangeDialog, text: str) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.user is not None:
            self._changed(text, dialog.user)
            self.select(dialog.user.login)

    def new_user(self) -> None:
        self._form(
            NewUserDialog(self.db, self.runner, self.context, self),
            self.tr("User {login} created ({role}); they change the password at the first login."),
        )

    def change_role(self) -> None:
        user = self.current()
        if user is not None:
            self._form(
                RoleDialog(self.db, self.runner, self.context, user, self),
                self.tr("{login} is now: {role}."),
            )

    def reset_password(self) -> None:
        user = self.current()
        if user is not None:
            self._form(
                ResetPasswordDialog(self.db, self.runner, self.context, user, self),
                self.tr("The password of {login} is reset; they change it at the next login."),
            )

    def deactivate(self) -> None:
        self._run("deactivate_user", self.tr("{login} is deactivated: they cannot log in."))

    def activate(self) -> None:
        self._run("activate_user", self.tr("{login} is active again."))

    def unlock(self) -> None:
        self._run("unlock_user", self.tr("{login} is unlocked."))

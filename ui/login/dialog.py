"""The login dialog: login and password against the users in the database.

A password an administrator set (a new user, a reset) is accepted only together with a new
one the user chooses: the dialog then asks for it twice and changes it as it logs in.

Attributes:
    agent: the authenticated agent once the dialog is accepted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.misc import settings as options
from ui.misc.i18n import error_text
from ui.misc.tasks import Runner
from workstation.auth import Agent, LoginRefused, PasswordChangeRequired, change_password, login
from workstation.db import Database


class LoginDialog(QDialog):
    def __init__(self, db: Database, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LoginDialog")
        self.db = db
        self.runner = runner
        self.agent: Agent | None = None
        self.setWindowTitle(self.tr("Agent Workstation — log in"))
        self.setMinimumWidth(420)

        title = QLabel(self.tr("Agent Workstation"))
        title.setObjectName("loginTitle")
        subtitle = QLabel(self.tr("Database: {location}").format(location=db.location))
        subtitle.setObjectName("muted")
        subtitle.setWordWrap(True)

        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("login")
        self.login_edit.setText(options.LAST_LOGIN.read(options.settings()))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password_edit = QLineEdit()
        self.new_password_edit.setObjectName("newPassword")
        self.new_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("repeatPassword")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("&New password:"), self.new_password_edit)
        form.addRow(self.tr("&Repeat it:"), self.repeat_edit)
        self._ask_new_password(False)

        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Log in"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        focus = self.password_edit if self.login_edit.text() else self.login_edit
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ask_new_password(self, ask: bool) -> None:
        """Show or hide the rows of the new password (the login is fixed while they show)."""
        self.changing = ask
        for field in (self.new_password_edit, self.repeat_edit):
            self.form.setRowVisible(field, ask)
            field.clear()
        self.login_edit.setReadOnly(ask)

    def try_login(self) -> None:
        name, password = self.login_edit.text().strip(), self.password_edit.text()
        if not name or not password:
            self._show_error(self.tr("Enter your login and password."))
            return
        if self.changing:
            new = self.new_password_edit.text()
            if not new or new != self.repeat_edit.text():
                self._show_error(self.tr("Type the same new password in both fields."))
                self.repeat_edit.clear()
                self.new_password_edit.setFocus()
                return
            self.buttons.setEnabled(False)
            self.runner.submit(
                lambda: change_password(self.db, name, password, new),
                self._logged_in,
                self._refused,
            )
            return
        self.buttons.setEnabled(False)
        self.runner.submit(lambda: login(self.db, name, password), self._logged_in, self._refused)

    def _logged_in(self, agent: Agent) -> None:
        self.agent = agent
        options.LAST_LOGIN.write(options.settings(), agent.login)
        self.password_edit.clear()
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self._show_error(error_text(error))
        if isinstance(error, PasswordChangeRequired) or (
            self.changing and not isinstance(error, LoginRefused)
        ):
            # The current password was right: keep it, and ask for (another) new one.
            self._ask_new_password(True)
            self.new_password_edit.setFocus()
            return
        self._ask_new_password(False)
        self.password_edit.clear()
        self.password_edit.setFocus()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

"""Dialogs of the callback queue: a new callback, the result of a call, another time, cancel.

Each runs one operation with the version of the callback the queue showed, closes when
it is done and stays open, the reason on screen, when refused; a conflict with another
agent's change closes it so that the queue reloads. Times are picked and shown in the
workstation's zone, whatever the computer's own.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.interaction.session import InteractionSession
from ui.misc.display import Display
from ui.misc.labels import label
from ui.misc.operations import run_operation
from ui.misc.tasks import Runner
from workstation.callbacks import CallbackRow
from workstation.formatting import zone
from workstation.operations.callbacks import CallbackState, CallResult, Priority


def time_edit(display: Display, value: datetime) -> QDateTimeEdit:
    """A picker of a moment, to the minute, in the workstation's zone."""
    local = value.astimezone(zone(display.time_zone))
    edit = QDateTimeEdit(
        QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    )
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy HH:mm")
    return edit


def picked(display: Display, edit: QDateTimeEdit) -> datetime:
    day, clock = edit.date(), edit.time()
    return datetime(
        day.year(),
        day.month(),
        day.day(),
        clock.hour(),
        clock.minute(),
        tzinfo=zone(display.time_zone),
    ).astimezone(UTC)


class _CallbackDialog(QDialog):
    """Attributes:
    state: the callback as the operation left it, once done.
    """

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        display: Display,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.display = display
        self.state: CallbackState | None = None
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)

    @property
    def ok(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def submit(self) -> None:
        raise NotImplementedError

    def run(self, name: str, arguments: dict[str, Any]) -> None:
        self.ok.setEnabled(False)
        run_operation(
            self.runner,
            self.session.db,
            self.session.context(),
            name,
            arguments,
            parent=self,
            done=self._done,
            conflict=self.reject,
            failed=lambda _error: self.ok.setEnabled(True),
        )

    def _done(self, state: CallbackState) -> None:
        self.state = state
        self.accept()


class CreateCallbackDialog(_CallbackDialog):
    """A callback the agent promises: the number, when, how urgent, and why."""

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        display: Display,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, display, parent)
        self.setObjectName("CreateCallbackDialog")
        self.setWindowTitle(self.tr("New callback"))
        self.setMinimumWidth(460)
        self.number = QLineEdit()
        self.number.setPlaceholderText("+7 916 123-45-67")
        self.due = time_edit(display, datetime.now(UTC) + timedelta(hours=1))
        self.priority = QComboBox()
        for priority in Priority:
            self.priority.addItem(label(priority), int(priority))
        self.priority.setCurrentIndex(self.priority.findData(int(Priority.NORMAL)))
        self.note.setPlaceholderText(self.tr("What the subscriber is waiting to hear"))
        form = QFormLayout()
        form.addRow(self.tr("&Number:"), self.number)
        form.addRow(self.tr("Call &at:"), self.due)
        form.addRow(self.tr("&Priority:"), self.priority)
        form.addRow(self.tr("N&ote:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.ok.setText(self.tr("Add to the queue"))

    def submit(self) -> None:
        self.run(
            "create_callback",
            {
                "number": self.number.text(),
                "due_at": picked(self.display, self.due),
                "priority": int(self.priority.currentData()),
                "note": self.note.toPlainText(),
            },
        )


class OutcomeDialog(_CallbackDialog):
    """What happened on the call; after no answer, when to try again."""

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        display: Display,
        row: CallbackRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, display, parent)
        self.setObjectName("CallbackOutcomeDialog")
        self.row = row
        self.setWindowTitle(self.tr("Result of the call"))
        self.setMinimumWidth(540)
        self.results = QButtonGroup(self)
        captions = {
            CallResult.ANSWERED: self.tr("&Answered: the callback is done"),
            CallResult.NO_ANSWER: self.tr("&No answer"),
            CallResult.BUSY: self.tr("&Busy"),
        }
        results = QVBoxLayout()
        self.radios: dict[CallResult, QRadioButton] = {}
        for number, (result, caption) in enumerate(captions.items()):
            radio = QRadioButton(caption)
            self.results.addButton(radio, number)
            self.radios[result] = radio
            results.addWidget(radio)
        self.hint = QLabel(
            self.tr(
                "An answered call is recorded in its interaction: start it first (Ctrl+N), "
                "then record the result."
            )
        )
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.automatic = QRadioButton(
            self.tr("In %n minute(s)", "", session.rules.callback_retry_minutes)
        )
        self.chosen = QRadioButton(self.tr("A&t:"))
        self.retry_at = time_edit(display, datetime.now(UTC) + timedelta(hours=2))
        self.automatic.setChecked(True)
        self.retry_at.setEnabled(False)
        self.chosen.toggled.connect(self.retry_at.setEnabled)
        at = QHBoxLayout()
        at.addWidget(self.chosen)
        at.addWidget(self.retry_at)
        at.addStretch(1)
        self.retry_box = QWidget()
        retry = QVBoxLayout(self.retry_box)
        retry.setContentsMargins(0, 0, 0, 0)
        retry.addWidget(self.automatic)
        retry.addLayout(at)
        left = session.rules.callback_max_attempts - row.attempts - 1
        self.attempts = QLabel(
            self.tr("Attempts so far: %n.", "", row.attempts)
            + " "
            + (
                self.tr("If not answered now, it is given up.")
                if left <= 0
                else self.tr("Attempts left after this one: %n.", "", left)
            )
        )
        self.attempts.setWordWrap(True)
        title = QLabel(f"{display.msisdn(row.msisdn)}  {row.customer or ''}".strip())
        title.setObjectName("sectionTitle")
        form = QFormLayout()
        form.addRow(self.tr("Next attempt:"), self.retry_box)
        form.addRow(self.tr("N&ote:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(results)
        layout.addWidget(self.hint)
        layout.addWidget(self.attempts)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.ok.setText(self.tr("Record"))
        self.results.idToggled.connect(lambda _id, _on: self._result_changed())
        self.radios[CallResult.ANSWERED if session.current else CallResult.NO_ANSWER].setChecked(
            True
        )
        self._result_changed()

    def result_chosen(self) -> CallResult:
        return list(self.radios)[max(0, self.results.checkedId())]

    def _result_changed(self) -> None:
        answered = self.result_chosen() == CallResult.ANSWERED
        self.retry_box.setEnabled(not answered)
        self.hint.setVisible(answered and self.session.current is None)

    def submit(self) -> None:
        result = self.result_chosen()
        arguments: dict[str, Any] = {
            "callback_id": self.row.callback_id,
            "result": result,
            "note": self.note.toPlainText(),
            "expected_version": self.row.version,
        }
        if result != CallResult.ANSWERED and self.chosen.isChecked():
            arguments["retry_at"] = picked(self.display, self.retry_at)
        self.run("record_callback_outcome", arguments)


class RescheduleDialog(_CallbackDialog):
    """Another time, as the subscriber asked; no attempt is counted."""

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        display: Display,
        row: CallbackRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, display, parent)
        self.setObjectName("RescheduleCallbackDialog")
        self.row = row
        self.setWindowTitle(self.tr("Call back at another time"))
        self.setMinimumWidth(420)
        self.due = time_edit(display, max(row.due_at, datetime.now(UTC)) + timedelta(hours=1))
        form = QFormLayout()
        form.addRow(self.tr("Call &at:"), self.due)
        form.addRow(self.tr("N&ote:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{display.msisdn(row.msisdn)}  {row.customer or ''}".strip()))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.ok.setText(self.tr("Reschedule"))

    def submit(self) -> None:
        self.run(
            "reschedule_callback",
            {
                "callback_id": self.row.callback_id,
                "due_at": picked(self.display, self.due),
                "note": self.note.toPlainText(),
                "expected_version": self.row.version,
            },
        )


class CancelDialog(_CallbackDialog):
    """Off the queue without a call: the reason is kept with the callback."""

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        display: Display,
        row: CallbackRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, display, parent)
        self.setObjectName("CancelCallbackDialog")
        self.row = row
        self.setWindowTitle(self.tr("Cancel the callback"))
        self.setMinimumWidth(420)
        self.note.setPlaceholderText(self.tr("for example: the subscriber got through"))
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{display.msisdn(row.msisdn)}  {row.customer or ''}".strip()))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.ok.setText(self.tr("Cancel the callback"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep it"))

    def submit(self) -> None:
        self.run(
            "cancel_callback",
            {
                "callback_id": self.row.callback_id,
                "reason": self.note.toPlainText(),
                "expected_version": self.row.version,
            },
        )

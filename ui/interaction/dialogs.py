"""Dialogs of an interaction: start it, verify the caller, wrap it up.

Each collects input and runs one operation through :func:`run_operation`; the dialog
closes when the operation succeeds and stays open, with the reason shown, when refused.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models import Channel, Outcome
from ui.interaction.session import InteractionSession
from ui.misc.labels import label
from ui.misc.operations import run_operation
from ui.misc.tasks import Runner
from workstation.card import CardHeader
from workstation.operations.interactions import REASONS, InteractionStarted
from workstation.operations.verification import Method, VerificationResult


class _OperationDialog(QDialog):
    def __init__(self, session: InteractionSession, runner: Runner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.hide()

    def submit(self) -> None:
        raise NotImplementedError

    def run(self, name: str, arguments: dict[str, Any], done: Any) -> None:
        self.buttons.setEnabled(False)

        def failed(_error: BaseException) -> None:
            self.buttons.setEnabled(True)

        run_operation(
            self.runner,
            self.session.db,
            self.session.context(),
            name,
            arguments,
            parent=self,
            done=done,
            failed=failed,
        )

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class StartInteractionDialog(_OperationDialog):
    """The channel the request came by and, for a call, the caller's number.

    ``channel`` and ``caller`` pre-fill it, as for the callback an agent has just taken.
    """

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        channel: Channel | None = None,
        caller: str | None = None,
    ) -> None:
        super().__init__(session, runner, parent)
        self.setObjectName("StartInteractionDialog")
        self.setWindowTitle(self.tr("Start an interaction"))
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(label(channel), channel)
        self.caller = QLineEdit(caller or "")
        self.caller.setPlaceholderText("+7 916 123-45-67")
        if channel is not None:
            self.channel.setCurrentIndex(max(0, self.channel.findData(channel)))
        form = QFormLayout()
        form.addRow(self.tr("&Channel:"), self.channel)
        form.addRow(self.tr("Caller's &number:"), self.caller)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.started: InteractionStarted | None = None

    def submit(self) -> None:
        caller = self.caller.text().strip() or None
        self.run(
            "start_interaction",
            # Qt hands an enumeration back as its string value.
            {"channel": Channel(self.channel.currentData()), "caller": caller},
            self._done,
        )

    def _done(self, result: InteractionStarted) -> None:
        self.started = result
        self.session.started(
            result.interaction_id, result.channel, result.caller_msisdn, result.started_at
        )
        self.accept()


class VerifyDialog(_OperationDialog):
    """Check the caller by code word, passport, or the last payment's amount and date."""

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        header: CardHeader,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, parent)
        self.setObjectName("VerifyDialog")
        self.header = header
        self.setWindowTitle(self.tr("Verify the caller"))
        self.methods = QButtonGroup(self)
        self.answers: dict[Method, QLineEdit] = {}
        form = QFormLayout()
        prompts = {
            Method.CODE_WORD: (self.tr("&Code word"), self.tr("as the caller says it")),
            Method.PASSPORT: (self.tr("&Passport"), self.tr("series and number: 4510 123456")),
            Method.LAST_PAYMENT: (
                self.tr("&Last payment"),
                self.tr("amount and date: 750,00 20.11.2026"),
            ),
        }
        for number, (method, (caption, hint)) in enumerate(prompts.items()):
            radio = QRadioButton(caption)
            self.methods.addButton(radio, number)
            edit = QLineEdit()
            edit.setPlaceholderText(hint)
            edit.textEdited.connect(lambda _t, r=radio: r.setChecked(True))
            self.answers[method] = edit
            form.addRow(radio, edit)
            if number == 0:
                radio.setChecked(True)
        title = QLabel(
            self.tr("Subscriber: {name}, {number}").format(
                name=header.name, number=header.msisdn_display
            )
        )
        title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Check"))
        self.result_value: VerificationResult | None = None

    def method(self) -> Method:
        return list(self.answers)[max(0, self.methods.checkedId())]

    def submit(self) -> None:
        method = self.method()
        self.run(
            "verify_caller",
            {
                "line_id": self.header.line_id,
                "method": method,
                "answer": self.answers[method].text(),
            },
            self._done,
        )

    def _done(self, result: VerificationResult) -> None:
        self.result_value = result
        self.buttons.setEnabled(True)
        if result.success:
            self.session.verified(self.header.customer_id)
            self.accept()
            return
        for edit in self.answers.values():
            edit.clear()
        if result.locked:
            self.show_message(
                self.tr(
                    "The answer is wrong. Verification of this line is now locked: a supervisor must unlock it."
                )
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        else:
            self.show_message(
                self.tr("The answer is wrong. Attempts left: %n", "", result.failures_left)
            )


class WrapUpDialog(_OperationDialog):
    """Reasons, outcome and a note; a callback time when one is needed."""

    def __init__(
        self, session: InteractionSession, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, runner, parent)
        self.setObjectName("WrapUpDialog")
        self.setWindowTitle(self.tr("Wrap up the interaction"))
        self.resize(520, 560)
        self.reasons = QListWidget()
        for code, text in REASONS.items():
            item = QListWidgetItem(QCoreApplication.translate("reasons", text))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.reasons.addItem(item)
        self.outcome = QComboBox()
        for outcome in Outcome:
            self.outcome.addItem(label(outcome), outcome)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What the subscriber asked and what was done"))
        self.note.setTabChangesFocus(True)
        self.callback_at = QDateTimeEdit()
        self.callback_at.setCalendarPopup(True)
        self.callback_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.callback_at.setDateTime(QDateTime.currentDateTime().addSecs(2 * 3600))
        self.callback_label = QLabel(self.tr("Call &back at:"))
        self.callback_label.setBuddy(self.callback_at)
        form = QFormLayout()
        form.addRow(self.tr("&Outcome:"), self.outcome)
        form.addRow(self.callback_label, self.callback_at)
        form.addRow(self.tr("&Note:"), self.note)
        reasons_label = QLabel(self.tr("&Reasons (one or more):"))
        reasons_label.setBuddy(self.reasons)
        layout = QVBoxLayout(self)
        layout.addWidget(reasons_label)
        layout.addWidget(self.reasons, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Close the interaction")
        )

    def _outcome_changed(self) -> None:
        needed = self.outcome.currentData() == Outcome.CALLBACK_NEEDED
        self.callback_at.setVisible(needed)
        self.callback_label.setVisible(needed)

    def chosen_reasons(self) -> list[str]:
        return [
            str(self.reasons.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.reasons.count())
            if self.reasons.item(row).checkState() == Qt.CheckState.Checked
        ]

    def submit(self) -> None:
        arguments: dict[str, Any] = {
            "reasons": self.chosen_reasons(),
            "outcome": Outcome(self.outcome.currentData()),
            "note": self.note.toPlainText(),
        }
        if self.outcome.currentData() == Outcome.CALLBACK_NEEDED:
            moment = self.callback_at.dateTime().toPython()
            assert isinstance(moment, datetime)
            arguments["callback_at"] = moment.astimezone(UTC)
        self.run("close_interaction", arguments, self._done)

    def _done(self, _result: object) -> None:
        self.session.ended()
        self.accept()

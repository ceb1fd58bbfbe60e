"""The reply window of an e-mail interaction (Ctrl+Shift+R): the conversation, the sender's
verification, and the answer.

The sender is verified by the code word the letter gives, from an address on file
(:mod:`workstation.delivery.email_operations`). The answer goes to the outbox with the
letter's thread; the conversation stays on the interaction.

A reference text can be put into the answer through :meth:`ReplyDialog.insert_text`;
``reference_provider``, when set, is offered as a button and gives the text to insert
(or None when the agent chose nothing).

Signals:
    replied(int): the answer is in the outbox (its outbox id): the sender may go at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.interaction.session import InteractionSession
from ui.misc.display import Display
from ui.misc.i18n import error_text
from ui.misc.labels import label
from ui.misc.operations import run_operation
from ui.misc.settings import GeometryMixin
from ui.misc.tasks import Runner
from workstation.delivery.email_operations import ReplyQueued, SenderVerified
from workstation.delivery.views import EmailWork, Entry, conversation, email_work

ReferenceProvider = Callable[[QWidget], str | None]


@dataclass(frozen=True)
class _Loaded:
    work: EmailWork | None
    entries: list[Entry]


class ReplyDialog(GeometryMixin, QDialog):
    replied = Signal(int)

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        display: Display,
        parent: QWidget | None = None,
        reference_provider: ReferenceProvider | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ReplyDialog")
        self.setWindowTitle(self.tr("Reply to the e-mail"))
        self.session = session
        self.runner = runner
        self.display = display
        self.reference_provider = reference_provider
        self.work: EmailWork | None = None
        self.history = QPlainTextEdit()
        self.history.setObjectName("conversation")
        self.history.setReadOnly(True)
        self.code_word = QLineEdit()
        self.code_word.setObjectName("codeWord")
        self.code_word.setPlaceholderText(self.tr("as the letter gives it"))
        code_label = QLabel(self.tr("Code &word from the letter:"))
        code_label.setBuddy(self.code_word)
        self.verify_button = QPushButton(self.tr("&Verify the sender"))
        self.verify_button.clicked.connect(self.verify)
        self.verified = QLabel()
        self.verified.setObjectName("verifiedBadge")
        self.subject = QLineEdit()
        self.subject.setObjectName("replySubject")
        subject_label = QLabel(self.tr("&Subject:"))
        subject_label.setBuddy(self.subject)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("replyText")
        self.editor.setPlainText(
            self.tr("Hello!\n\n\n\nKind regards,\n{agent}\nContact centre").format(
                agent=session.agent.full_name
            )
        )
        self.message = QLabel()
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        self.reference_button = QPushButton(self.tr("Insert a &reference text…"))
        self.reference_button.setVisible(reference_provider is not None)
        self.reference_button.clicked.connect(self._reference)
        self.send_button = QPushButton(self.tr("Se&nd the reply"))
        self.send_button.setDefault(True)
        self.send_button.setToolTip(self.tr("Ctrl+Enter"))
        self.send_button.clicked.connect(self.send)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.send)
        verify_row = QHBoxLayout()
        verify_row.addWidget(code_label)
        verify_row.addWidget(self.code_word, 1)
        verify_row.addWidget(self.verify_button)
        verify_row.addWidget(self.verified)
        subject_row = QHBoxLayout()
        subject_row.addWidget(subject_label)
        subject_row.addWidget(self.subject, 1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(verify_row)
        lower_layout.addLayout(subject_row)
        lower_layout.addWidget(self.editor, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("replySplitter")
        splitter.addWidget(self.history)
        splitter.addWidget(lower)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reference_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        if not self.restore_geometry():
            self.resize(900, 760)
        self.finished.connect(lambda _r: self.save_geometry())
        self._enable()
        self.reload()

    def reload(self) -> None:
        current = self.session.current
        if current is None:
            self.message.setText(self.tr("No interaction in progress."))
            return
        db, interaction_id = self.session.db, current.interaction_id

        def work() -> _Loaded:
            with db.read() as session:
                return _Loaded(
                    email_work(session, interaction_id), conversation(session, interaction_id)
                )

        self.runner.submit(work, self._loaded, lambda e: self.message.setText(error_text(e)))

    def _loaded(self, loaded: _Loaded) -> None:
        self.work = loaded.work
        if loaded.work is None:
            self.message.setText(self.tr("The interaction has no letter to answer."))
        elif not self.subject.text():
            from workstation.delivery.email_operations import reply_subject

            self.subject.setText(reply_subject(loaded.work.subject))
        self.history.setPlainText("\n\n".join(self._entry(e) for e in loaded.entries))
        self._enable()

    def _entry(self, entry: Entry) -> str:
        when = self.display.moment(entry.at)
        if entry.incoming:
            head = self.tr("{when} — from {address}: {subject}").format(
                when=when, address=entry.address or self.tr("(no address)"), subject=entry.subject
            )
            if entry.problem is not None:
                head += f" [{label(entry.problem)}]"
        else:
            head = self.tr("{when} — our reply to {address} ({status}): {subject}").format(
                when=when,
                address=entry.address,
                status=label(entry.outbox_status),
                subject=entry.subject,
            )
        return f"{head}\n{entry.text or self.tr('(no text)')}"

    def _enable(self) -> None:
        verified = self.work is not None and (
            self.work.verified
            or self.session.is_verified(
                self.session.current.customer_id if self.session.current else None
            )
        )
        self.verified.setText(self.tr("Verified") if verified else self.tr("Not verified"))
        self.verified.setProperty("verified", verified)
        can = self.work is not None
        self.verify_button.setEnabled(
            can and not verified and self.work is not None and self.work.line_id is not None
        )
        self.send_button.setEnabled(can)

    def insert_text(self, text: str) -> None:
        """Put ``text`` into the answer at the cursor (a reference text, a template)."""
        self.editor.insertPlainText(text)
        self.editor.setFocus()

    def _reference(self) -> None:
        if self.reference_provider is not None:
            text = self.reference_provider(self)
            if text:
                self.insert_text(text)

    def verify(self) -> None:
        work = self.work
        if work is None or work.line_id is None or not self.verify_button.isEnabled():
            return
        run_operation(
            self.runner,
            self.session.db,
            self.session.context(),
            "verify_email_sender",
            {
                "inbound_id": work.inbound_id,
                "line_id": work.line_id,
                "code_word": self.code_word.text(),
            },
            parent=self,
            done=self._verified,
        )

    def _verified(self, result: SenderVerified) -> None:
        if result.success:
            self.message.setText(self.tr("The sender is verified."))
            self.reload()
            if self.session.current is not None and self.session.current.customer_id is not None:
                self.session.verified(self.session.current.customer_id)
            return
        self.message.setText(
            self.tr("The code word does not match. Attempts left: {left}.").format(
                left=result.failures_left
            )
            if not result.locked
            else self.tr("The code word does not match; verification of the line is now locked.")
        )

    def send(self) -> None:
        work = self.work
        if work is None or not self.send_button.isEnabled():
            return
        run_operation(
            self.runner,
            self.session.db,
            self.session.context(),
            "reply_email",
            {
                "inbound_id": work.inbound_id,
                "text": self.editor.toPlainText(),
                "subject": self.subject.text(),
            },
            parent=self,
            done=self._sent,
        )

    def _sent(self, result: ReplyQueued) -> None:
        self.replied.emit(result.outbox_id)
        self.accept()

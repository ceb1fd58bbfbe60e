"""The e-mail queue dock (Ctrl+Shift+M): letters waiting for an agent, taken like calls.

Enter takes the selected letter: the agent's e-mail interaction starts with the customer
it was matched to, and the reply window opens. A letter that needs no answer is set
aside with a reason. The queue reloads after each change, when the poller brings
letters, and every 30 seconds while shown.

Signals:
    taken(EmailTaken): the agent took a letter; its interaction has started.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models import Channel, InboundStatus
from ui.inbox.model import EmailQueueModel
from ui.interaction.session import InteractionSession
from ui.misc.display import Display
from ui.misc.i18n import error_text
from ui.misc.operations import run_operation
from ui.misc.refresh import RefreshWhileShown
from ui.misc.table import make_table
from ui.misc.tasks import Runner
from workstation.delivery.email_operations import EmailTaken
from workstation.delivery.views import EmailRow, load_email_queue
from workstation.operations.framework import AGENTS

REFRESH_MS = 30_000


class EmailQueueWidget(QWidget):
    taken = Signal(object)

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        display: Display,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EmailQueue")
        self.session = session
        self.runner = runner
        self.display = display
        self._generation = 0
        self.model = EmailQueueModel(display)
        self.table = make_table(self.model)
        self.table.setObjectName("emailTable")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.table.activated.connect(self._activated)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("emailPreview")
        self.preview.setReadOnly(True)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        self.take_button = QPushButton(self.tr("&Take"))
        self.take_button.setToolTip(
            self.tr("Take the letter: it starts your e-mail interaction (Enter)")
        )
        self.dismiss_button = QPushButton(self.tr("Set &aside…"))
        self.refresh_button = QPushButton(self.tr("R&efresh"))
        self.take_button.clicked.connect(self.take)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.refresh_button.clicked.connect(self.reload)
        splitter = QSplitter()
        splitter.setObjectName("emailSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.refresh = RefreshWhileShown(self, self.reload, REFRESH_MS)
        self._selected()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        db = self.session.db

        def work() -> list[EmailRow]:
            with db.read() as session:
                return load_email_queue(session)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.summary.setText(error_text(error))

        self.runner.submit(work, lambda rows: self._loaded(generation, rows), failed)

    def _loaded(self, generation: int, rows: list[EmailRow]) -> None:
        if generation != self._generation:
            return
        chosen = self.current()
        self.model.set_rows(rows)
        row = self.model.row_of(chosen.inbound_id) if chosen else None
        if self.model.rows:
            self.table.selectRow(row or 0)
        waiting = sum(1 for r in rows if r.status == InboundStatus.NEW)
        self.summary.setText(
            self.tr("Waiting: {waiting}, being answered: {taken}.").format(
                waiting=self.display.number(waiting),
                taken=self.display.number(len(rows) - waiting),
            )
        )
        self._selected()

    def current(self) -> EmailRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def _selected(self) -> None:
        row = self.current()
        works = self.session.agent.role in AGENTS
        waiting = row is not None and row.status == InboundStatus.NEW
        self.take_button.setEnabled(works and waiting)
        self.dismiss_button.setEnabled(works and waiting)
        self.preview.setPlainText(row.text if row is not None else "")

    def _activated(self, _index: QModelIndex) -> None:
        self.take()

    def take(self) -> None:
        row = self.current()
        if row is None or not self.take_button.isEnabled():
            return
        run_operation(
            self.runner,
            self.session.db,
            self.session.context(),
            "take_email",
            {"inbound_id": row.inbound_id},
            parent=self,
            done=self._taken,
            conflict=self.reload,
        )

    def _taken(self, result: EmailTaken) -> None:
        self.session.started(
            result.interaction_id, Channel.EMAIL, result.caller_msisdn, result.started_at
        )
        if result.customer_id is not None:
            self.session.attached(result.customer_id)
        self.reload()
        self.taken.emit(result)

    def dismiss(self) -> None:
        row = self.current()
        if row is None or not self.dismiss_button.isEnabled():
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Set the letter aside"), self.tr("Why does it need no answer?")
        )
        if not ok:
            return
        run_operation(
            self.runner,
            self.session.db,
            self.session.context(),
            "dismiss_email",
            {"inbound_id": row.inbound_id, "reason": reason},
            parent=self,
            done=lambda _id: self.reload(),
            conflict=self.reload,
        )


class EmailQueueDock(QDockWidget):
    """The queue docked in the main window; its place is remembered with the window."""

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        display: Display,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emailDock")
        self.setWindowTitle(self.tr("E-mail requests"))
        self.queue = EmailQueueWidget(session, runner, display, self)
        self.setWidget(self.queue)

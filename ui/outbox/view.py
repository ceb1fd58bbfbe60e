"""The outbox window (Ctrl+Shift+O): every message with its status; retry or cancel one.

Signals:
    none; it reloads after each change, and every 15 seconds while shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models import OutboxStatus
from ui.interaction.session import InteractionSession
from ui.misc.display import Display
from ui.misc.i18n import error_text
from ui.misc.labels import label
from ui.misc.operations import run_operation
from ui.misc.refresh import RefreshWhileShown
from ui.misc.settings import GeometryMixin
from ui.misc.table import make_table
from ui.misc.tasks import Runner
from ui.outbox.model import OutboxModel
from workstation.delivery.views import OutboxRow, load_outbox, outbox_counts, outbox_text

REFRESH_MS = 15_000
WAITING = (OutboxStatus.QUEUED, OutboxStatus.SENDING)


@dataclass(frozen=True)
class _View:
    rows: list[OutboxRow]
    counts: dict[OutboxStatus, int]


class OutboxDialog(GeometryMixin, QDialog):
    """Attributes:
    model: the rows shown; filter: which statuses (all, waiting, failed, sent, cancelled).
    """

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        display: Display,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("OutboxDialog")
        self.setWindowTitle(self.tr("Outbox"))
        self.session = session
        self.runner = runner
        self.display = display
        self._generation = 0
        self.filter = QComboBox()
        self.filter.setObjectName("outboxFilter")
        self.choices: list[tuple[str, Sequence[OutboxStatus]]] = [
            (self.tr("All"), ()),
            (self.tr("Waiting"), WAITING),
            (label(OutboxStatus.FAILED), (OutboxStatus.FAILED,)),
            (label(OutboxStatus.SENT), (OutboxStatus.SENT,)),
            (label(OutboxStatus.CANCELLED), (OutboxStatus.CANCELLED,)),
        ]
        for text, _ in self.choices:
            self.filter.addItem(text)
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.filter)
        self.model = OutboxModel(display)
        self.table = make_table(self.model)
        self.table.setObjectName("outboxTable")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("outboxPreview")
        self.preview.setReadOnly(True)
        self.summary = QLabel()
        self.summary.setObjectName("outboxSummary")
        self.summary.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("&Send again"))
        self.cancel_button = QPushButton(self.tr("&Cancel the message…"))
        self.refresh_button = QPushButton(self.tr("R&efresh"))
        close = QPushButton(self.tr("Close"))
        self.retry_button.clicked.connect(self.retry)
        self.cancel_button.clicked.connect(self.cancel)
        self.refresh_button.clicked.connect(self.reload)
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(show)
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.summary, 3)
        splitter = QSplitter()
        splitter.setObjectName("outboxSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.refresh = RefreshWhileShown(self, self.reload, REFRESH_MS, on_show=True)
        if not self.restore_geometry():
            self.resize(1300, 650)
        self._update_buttons()
        self.finished.connect(lambda _r: self.save_geometry())

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        db = self.session.db
        statuses = self.choices[max(0, self.filter.currentIndex())][1]

        def work() -> _View:
            with db.read() as session:
                return _View(load_outbox(session, statuses=statuses), outbox_counts(session))

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.summary.setText(error_text(error))

        self.runner.submit(work, lambda view: self._loaded(generation, view), failed)

    def _loaded(self, generation: int, view: _View) -> None:
        if generation != self._generation:
            return
        chosen = self.current()
        self.model.set_rows(view.rows)
        row = self.model.row_of(chosen.outbox_id) if chosen else None
        if self.model.rows:
            self.table.selectRow(row or 0)
        d = self.display
        self.summary.setText(
            self.tr("Waiting: {waiting}, failed: {failed}, sent: {sent}.").format(
                waiting=d.number(sum(view.counts.get(s, 0) for s in WAITING)),
                failed=d.number(view.counts.get(OutboxStatus.FAILED, 0)),
                sent=d.number(view.counts.get(OutboxStatus.SENT, 0)),
            )
        )
        self._selected()

    def current(self) -> OutboxRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def _selected(self) -> None:
        self._update_buttons()
        row = self.current()
        if row is None:
            self.preview.clear()
            return
        error = (
            self.tr("Last error: {error}").format(error=row.last_error) + "\n\n"
            if row.last_error
            else ""
        )
        if row.sensitive:
            self.preview.setPlainText(
                error
                + self.tr("The text of this message is secret (a one-time password): not shown.")
            )
            return
        db = self.session.db

        def work() -> str | None:
            with db.read() as session:
                return outbox_text(session, row.outbox_id)

        self.runner.submit(work, lambda text: self.preview.setPlainText(error + (text or "")))

    def _update_buttons(self) -> None:
        row = self.current()
        changeable = row is not None and row.status not in (OutboxStatus.SENT, OutboxStatus.SENDING)
        self.retry_button.setEnabled(changeable)
        self.cancel_button.setEnabled(
            changeable and row is not None and row.status != OutboxStatus.CANCELLED
        )

    def retry(self) -> None:
        row = self.current()
        if row is not None and self.retry_button.isEnabled():
            self._run("retry_outbox_message", {"outbox_id": row.outbox_id})

    def cancel(self) -> None:
        row = self.current()
        if row is None or not self.cancel_button.isEnabled():
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Cancel the message"), self.tr("Why is it cancelled?")
        )
        if ok:
            self._run("cancel_outbox_message", {"outbox_id": row.outbox_id, "reason": reason})

    def _run(self, name: str, arguments: dict[str, object]) -> None:
        run_operation(
            self.runner,
            self.session.db,
            self.session.context(),
            name,
            dict(arguments),
            parent=self,
            done=lambda _state: self.reload(),
            conflict=self.reload,
        )

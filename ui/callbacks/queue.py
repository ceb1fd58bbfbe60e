"""The callback queue dock: the list, the buttons to work it, a supervisor's figures.

Enter on a waiting callback takes it; on one of the agent's own it records the result.
The queue reloads after every change, every 30 seconds while it is shown, and after a
conflict with another agent's change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import CallbackStatus, Role
from ui.callbacks.dialogs import CancelDialog, CreateCallbackDialog, OutcomeDialog, RescheduleDialog
from ui.callbacks.model import CallbackQueueModel
from ui.interaction.session import InteractionSession
from ui.misc.display import Display
from ui.misc.i18n import error_text
from ui.misc.operations import run_operation
from ui.misc.refresh import RefreshWhileShown
from ui.misc.table import make_table
from ui.misc.tasks import Runner
from workstation.callbacks import CallbackRow, QueueStatistics, load_queue, queue_statistics
from workstation.operations.callbacks import CallbackState
from workstation.operations.framework import AGENTS

REFRESH_MS = 30_000


@dataclass(frozen=True)
class _View:
    rows: list[CallbackRow]
    statistics: QueueStatistics | None


class CallbackQueueWidget(QWidget):
    """Signals:
    call_requested(str): the agent took the callback of this number and has no
        interaction open: start one of channel "callback" with it.
    """

    call_requested = Signal(str)

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        display: Display,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CallbackQueue")
        self.session = session
        self.runner = runner
        self.display = display
        self.supervisor = session.agent.role == Role.SUPERVISOR
        self._generation = 0
        self.model = CallbackQueueModel(display)
        self.table = make_table(self.model)
        self.table.setObjectName("callbackTable")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.activated.connect(self._activated)
        self.statistics = QLabel()
        self.statistics.setObjectName("callbackStatistics")
        self.statistics.setWordWrap(True)
        self.statistics.setVisible(self.supervisor)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)

        self.take_button = QPushButton(self.tr("&Take"))
        self.outcome_button = QPushButton(self.tr("&Record the result…"))
        self.reschedule_button = QPushButton(self.tr("Resche&dule…"))
        self.release_button = QPushButton(self.tr("Re&lease"))
        self.cancel_button = QPushButton(self.tr("&Cancel…"))
        self.create_button = QPushButton(self.tr("&New callback…"))
        self.refresh_button = QPushButton(self.tr("R&efresh"))
        self.take_button.setToolTip(self.tr("Take the callback: no one else can take it (Enter)"))
        self.release_button.setToolTip(self.tr("Give the callback back to the queue"))
        self.take_button.clicked.connect(self.take)
        self.outcome_button.clicked.connect(self.record_outcome)
        self.reschedule_button.clicked.connect(self.reschedule)
        self.release_button.clicked.connect(self.release)
        self.cancel_button.clicked.connect(self.cancel)
        self.create_button.clicked.connect(self.create)
        self.refresh_button.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        for button in (
            self.take_button,
            self.outcome_button,
            self.reschedule_button,
            self.release_button,
            self.cancel_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.statistics)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.create_button.setEnabled(session.agent.role in AGENTS)
        self.refresh = RefreshWhileShown(self, self.reload, REFRESH_MS)
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        db, ctx, supervisor = self.session.db, self.session.context(), self.supervisor

        def work() -> _View:
            with db.read() as session:
                rows = load_queue(session, now=ctx.now)
                statistics = queue_statistics(session, ctx) if supervisor else None
            return _View(rows, statistics)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.summary.setText(error_text(error))

        self.runner.submit(work, lambda view: self._loaded(generation, view), failed)

    def _loaded(self, generation: int, view: _View) -> None:
        if generation != self._generation:
            return
        chosen = self.current()
        self.model.set_rows(view.rows)
        row = self.model.row_of(chosen.callback_id) if chosen else None
        if self.model.rows:
            self.table.selectRow(row or 0)
        overdue = sum(1 for r in view.rows if r.overdue)
        self.summary.setText(
            self.tr("Callbacks: {count}, overdue: {overdue}.").format(
                count=self.display.number(len(view.rows)),
                overdue=self.display.number(overdue),
            )
        )
        if view.statistics is not None:
            self.statistics.setText(self._statistics_text(view.statistics))
        self._update_buttons()

    def _statistics_text(self, stats: QueueStatistics) -> str:
        d = self.display
        oldest = (
            self._span(datetime.now(UTC) - stats.oldest_created_at)
            if stats.oldest_created_at
            else "—"
        )
        share = stats.on_time_share
        return self.tr(
            "In the queue: {size} (taken {taken}, overdue {overdue}); waiting longest: "
            "{oldest}. Answered today: {answered}, within {target}: {on_time} ({share}); "
            "given up after every attempt: {given_up}."
        ).format(
            size=d.number(stats.size),
            taken=d.number(stats.taken),
            overdue=d.number(stats.overdue),
            oldest=oldest,
            answered=d.number(stats.answered),
            target=self._span(stats.target),
            on_time=d.number(stats.answered_on_time),
            given_up=d.number(stats.given_up),
            share="—"
            if share is None
            else self.tr("{percent}%").format(percent=round(share * 100)),
        )

    def _span(self, span: timedelta) -> str:
        """``3 h 20 min``: how long someone has waited, to the minute."""
        minutes = max(0, int(span.total_seconds()) // 60)
        days, rest = divmod(minutes, 24 * 60)
        hours, minutes = divmod(rest, 60)
        if days:
            return self.tr("{days} d {hours} h").format(days=days, hours=hours)
        if hours and minutes:
            return self.tr("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
        if hours:
            return self.tr("{hours} h").format(hours=hours)
        return self.tr("{minutes} min").format(minutes=minutes)

    # -- the selected callback -----------------------------------------------------------

    def current(self) -> CallbackRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def _mine(self, row: CallbackRow) -> bool:
        return row.status == CallbackStatus.TAKEN and row.taken_by_id == self.session.agent.user_id

    def _may_change(self, row: CallbackRow) -> bool:
        """Open, the agent's own, or any for a supervisor: the core's rule, for the buttons."""
        return row.status == CallbackStatus.OPEN or self._mine(row) or self.supervisor

    def _update_buttons(self) -> None:
        row = self.current()
        works = self.session.agent.role in AGENTS
        self.take_button.setEnabled(works and row is not None and row.status == CallbackStatus.OPEN)
        self.outcome_button.setEnabled(row is not None and self._mine(row))
        self.reschedule_button.setEnabled(works and row is not None and self._may_change(row))
        self.cancel_button.setEnabled(works and row is not None and self._may_change(row))
        self.release_button.setEnabled(
            row is not None
            and row.status == CallbackStatus.TAKEN
            and (self._mine(row) or self.supervisor)
        )

    def _activated(self, _index: QModelIndex) -> None:
        row = self.current()
        if row is None:
            return
        if row.status == CallbackStatus.OPEN:
            self.take()
        elif self._mine(row):
            self.record_outcome()

    # -- actions -------------------------------------------------------------------------

    def take(self) -> None:
        row = self.current()
        if row is None or not self.take_button.isEnabled():
            return
        run_operation(
            self.runner,
            self.session.db,
            self.session.context(),
            "take_callback",
            {"callback_id": row.callback_id, "expected_version": row.version},
            parent=self,
            done=lambda state: self._taken(state),
            conflict=self.reload,
        )

    def _taken(self, state: CallbackState) -> None:
        self.reload()
        if self.session.current is None:
            self.call_requested.emit(state.msisdn)
        else:
            self.summary.setText(
                self.tr(
                    "The callback is yours. Wrap up the current interaction, then start the "
                    "callback's one (Ctrl+N) and call {number}."
                ).format(number=self.display.msisdn(state.msisdn))
            )

    def release(self) -> None:
        row = self.current()
        if row is None or not self.release_button.isEnabled():
            return
        run_operation(
            self.runner,
            self.session.db,
            self.session.context(),
            "release_callback",
            {"callback_id": row.callback_id, "expected_version": row.version},
            parent=self,
            done=lambda _state: self.reload(),
            conflict=self.reload,
        )

    def record_outcome(self) -> None:
        row = self.current()
        if row is not None and self.outcome_button.isEnabled():
            self._dialog(OutcomeDialog(self.session, self.runner, self.display, row, self))

    def reschedule(self) -> None:
        row = self.current()
        if row is not None and self.reschedule_button.isEnabled():
            self._dialog(RescheduleDialog(self.session, self.runner, self.display, row, self))

    def cancel(self) -> None:
        row = self.current()
        if row is not None and self.cancel_button.isEnabled():
            self._dialog(CancelDialog(self.session, self.runner, self.display, row, self))

    def create(self) -> None:
        if self.create_button.isEnabled():
            self._dialog(CreateCallbackDialog(self.session, self.runner, self.display, self))

    def _dialog(self, dialog: QDialog) -> None:
        """Show ``dialog`` without blocking; the queue reloads when it closes, done or not."""
        dialog.finished.connect(lambda _result: self.reload())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()


class CallbackDock(QDockWidget):
    """The queue docked in the main window (Ctrl+B); its place is remembered with the window."""

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        display: Display,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callbackDock")
        self.setWindowTitle(self.tr("Callbacks"))
        self.queue = CallbackQueueWidget(session, runner, display, self)
        self.setWidget(self.queue)

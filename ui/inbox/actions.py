"""The mail entries of the main window: the e-mail queue, the reply window, the outbox,
and the background sender and poller with their line in the status bar.

Signals:
    open_line(int): an e-mail was taken whose sender's line is known: open its card.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from models import Channel
from ui.inbox.queue import EmailQueueDock
from ui.inbox.reply import ReferenceProvider, ReplyDialog
from ui.interaction.session import InteractionSession
from ui.misc.display import Display
from ui.misc.tasks import Runner
from ui.outbox.view import OutboxDialog
from ui.outbox.worker import DeliveryWorker
from workstation.config import MailSettings
from workstation.delivery.email_operations import EmailTaken


class MailActions(QObject):
    open_line = Signal(int)

    def __init__(
        self,
        window: QMainWindow,
        session: InteractionSession,
        runner: Runner,
        display: Display,
        settings: MailSettings,
        reference_provider: ReferenceProvider | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.runner = runner
        self.display = display
        self.reference_provider = reference_provider
        self.actions: list[QAction] = []
        self.dock: EmailQueueDock | None = None
        self.status_label = QLabel()
        self.status_label.setObjectName("mailStatus")
        self.worker = DeliveryWorker(session.db, settings, parent=self)
        self.worker.status_changed.connect(self.status_label.setText)
        self.worker.letters_arrived.connect(lambda _n: self.dock and self.dock.queue.reload())
        self.worker.start()

    def _action(self, text: str, keys: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        self.window.addAction(action)
        self.actions.append(action)
        return action

    def build_interaction(self, menu: QMenu) -> None:
        menu.addAction(self._action(self.tr("E-mail re&quests…"), "Ctrl+Shift+M", self.show_queue))
        menu.addAction(self._action(self.tr("Re&ply to the e-mail…"), "Ctrl+Shift+R", self.reply))

    def build_view(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(self._action(self.tr("&Outbox…"), "Ctrl+Shift+O", self.show_outbox))

    def show_queue(self) -> None:
        """The e-mail queue docked in the window, where it was last, focused."""
        if self.dock is None:
            self.dock = EmailQueueDock(self.session, self.runner, self.display, self.window)
            self.dock.queue.taken.connect(self._taken)
            if not self.window.restoreDockWidget(self.dock):
                self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.show()
        self.dock.raise_()
        self.dock.queue.reload()
        self.dock.queue.table.setFocus()

    def _taken(self, taken: EmailTaken) -> None:
        if taken.line_id is not None:
            self.open_line.emit(taken.line_id)
        self.reply()

    def reply(self) -> None:
        current = self.session.current
        if current is None or current.channel != Channel.EMAIL:
            self.status_label.setText(
                self.tr("Take an e-mail from the queue first (Ctrl+Shift+M).")
            )
            return
        dialog = ReplyDialog(
            self.session, self.runner, self.display, self.window, self.reference_provider
        )
        dialog.replied.connect(lambda _id: self.worker.send_now())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_outbox(self) -> None:
        dialog = OutboxDialog(self.session, self.runner, self.display, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def stop(self) -> None:
        self.worker.stop()

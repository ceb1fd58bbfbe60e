"""The main window of the workstation.

Search on the left, the subscriber card in the middle, a status bar with the agent, role,
database and connection state. Every action has a menu entry and a shortcut; window and
splitter geometry are remembered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import text

from models import Channel, Role
from ui.approvals.dialog import ApprovalsDialog
from ui.callbacks.queue import CallbackDock
from ui.card.line_menu import LineActions
from ui.card.widget import CardWidget
from ui.inbox.actions import MailActions
from ui.interaction.bar import InteractionBar
from ui.interaction.dialogs import StartInteractionDialog, VerifyDialog, WrapUpDialog
from ui.interaction.session import InteractionSession
from ui.mainwindow.language import LanguageMenu
from ui.mainwindow.shortcuts import ShortcutsDialog
from ui.misc.display import Display
from ui.misc.labels import label
from ui.misc.operations import run_operation
from ui.misc.settings import GeometryMixin
from ui.misc.tasks import Runner
from ui.reference.dialog import open_reference, reference_picker
from ui.search.panel import SearchPanel
from ui.users.dialog import UsersDialog
from workstation.auth import Agent
from workstation.card import CardHeader
from workstation.config import load_settings
from workstation.db import Database

PING_INTERVAL_MS = 30_000


class MainWindow(GeometryMixin, QMainWindow):
    def __init__(self, db: Database, agent: Agent, runner: Runner, display: Display) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.db = db
        self.agent = agent
        self.runner = runner
        self.display = display
        self.setWindowTitle(self.tr("Agent Workstation"))

        self.session = InteractionSession(db, agent, display.time_zone, load_settings().rules)
        self.search = SearchPanel(db, runner, display.language)
        self.card = CardWidget(db, runner, display, self.session)
        self.bar = InteractionBar(self.session, display)
        self.bar.start_requested.connect(self.start_interaction)
        self.bar.verify_requested.connect(self.verify_caller)
        self.bar.wrap_up_requested.connect(self.wrap_up)
        self.search.open_line.connect(self.card.open)
        self.card.open_line.connect(self.card.open)
        self.card.line_opened.connect(self._line_opened)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.search)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 1000])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.actions_with_keys: list[QAction] = []
        self.callbacks: CallbackDock | None = None
        self.users_action: QAction | None = None
        self.mail = MailActions(
            self,
            self.session,
            runner,
            display,
            load_settings().mail,
            reference_provider=reference_picker(db, runner, display, agent),
        )
        self.mail.open_line.connect(self.card.open)
        self._menus()
        self._status_bar()
        if not self.restore_geometry():
            self.resize(1500, 900)
        self.ping_timer = QTimer(self)
        self.ping_timer.setInterval(PING_INTERVAL_MS)
        self.ping_timer.timeout.connect(self.ping)
        self.ping_timer.start()
        self.search.focus_search()
        self.session.resume()

    # -- menus and shortcuts -------------------------------------------------------------

    def _action(self, text: str, keys: QKeySequence | str | None, slot: object) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            self.actions_with_keys.append(action)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("&Quit"), QKeySequence("Ctrl+Q"), self.close))
        interaction = bar.addMenu(self.tr("&Interaction"))
        interaction.addAction(
            self._action(self.tr("&Start an interaction…"), "Ctrl+N", self.start_interaction)
        )
        interaction.addAction(
            self._action(self.tr("&Verify the caller…"), "Ctrl+Shift+V", self.verify_caller)
        )
        interaction.addAction(self._action(self.tr("&Wrap up…"), "Ctrl+E", self.wrap_up))
        interaction.addAction(self._action(self.tr("&Callbacks…"), "Ctrl+B", self.show_callbacks))
        approvals = self._action(
            self.tr("&Approval requests…"), "Ctrl+Shift+A", self.show_approvals
        )
        approvals.setEnabled(self.agent.role == Role.SUPERVISOR)
        interaction.addAction(approvals)
        self.mail.build_interaction(interaction)
        line_menu = bar.addMenu(self.tr("&Line"))
        self.line_actions = LineActions(self, self.card, self.session, self.runner, self.display)
        self.line_actions.build(line_menu)
        self.actions_with_keys += [
            a for a in self.line_actions.actions if not a.shortcut().isEmpty()
        ]
        subscriber = bar.addMenu(self.tr("&Subscriber"))
        subscriber.addAction(
            self._action(self.tr("&Find a subscriber"), "Ctrl+F", self.search.focus_search)
        )
        subscriber.addAction(self._action(self.tr("R&eference…"), "F2", self.open_reference))
        subscriber.addAction(self._action(self.tr("&Reload the card"), "F5", self.card.reload))
        subscriber.addAction(self._action(self.tr("&Close the card"), "Ctrl+W", self.close_card))
        view = bar.addMenu(self.tr("&View"))
        for number, page in enumerate(self.card.tab_pages, start=1):
            view.addAction(
                self._action(
                    page.title(),
                    f"Ctrl+{number}",
                    lambda _=False, n=number: self.card.show_tab(n - 1),
                )
            )
        self.mail.build_view(view)
        view.addSeparator()
        self.language = LanguageMenu(self, self.display.language)
        self.language.build(view)
        self.actions_with_keys += self.mail.actions
        if self.agent.role == Role.ADMIN:
            administration = bar.addMenu(self.tr("&Administration"))
            self.users_action = self._action(self.tr("&Users…"), "Ctrl+Shift+U", self.show_users)
            administration.addAction(self.users_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts))
        help_menu.addAction(self._action(self.tr("&About"), None, self.about))

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.actions_with_keys, self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr("Agent Workstation: the contact-center agent's desktop of a mobile operator."),
        )

    def close_card(self) -> None:
        self.card.close_card()
        self.bar.set_card_customer(None)
        self.search.focus_search()

    # -- the interaction -----------------------------------------------------------------

    def start_interaction(self) -> None:
        if self.session.current is not None:
            return
        dialog = StartInteractionDialog(self.session, self.runner, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.started is not None:
            caller = dialog.started.caller_msisdn
            if caller:
                # The caller's number is searched at once; Enter opens a single match.
                self.search.edit.setText(caller)
                self.search.run_search()
                self.search.focus_search()
            elif self.card.current is not None:
                self._attach(self.card.current)

    def verify_caller(self) -> None:
        if self.session.current is None or self.card.current is None:
            return
        VerifyDialog(self.session, self.runner, self.card.current, self).exec()

    def wrap_up(self) -> None:
        if self.session.current is None:
            return
        WrapUpDialog(self.session, self.runner, self).exec()

    def open_reference(self) -> None:
        """The reference, with the open card's tariff and services first."""
        line_id = self.card.current.line_id if self.card.current is not None else None
        open_reference(self, self.db, self.runner, self.display, self.agent, line_id)

    def show_approvals(self) -> None:
        """The supervisors' queue of agents' requests."""
        if self.agent.role == Role.SUPERVISOR:
            ApprovalsDialog(self.session, self.runner, self.display, self).exec()

    def show_users(self) -> None:
        """The administrators' list of users (the core refuses anyone else as well)."""
        if self.agent.role != Role.ADMIN:
            return
        dialog = UsersDialog(self.db, self.runner, self.display, self.agent, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_callbacks(self) -> None:
        """Open the callback queue docked in the window, where it was last, and focus it."""
        if self.callbacks is None:
            self.callbacks = CallbackDock(self.session, self.runner, self.display, self)
            self.callbacks.queue.call_requested.connect(self.call_back)
            if not self.restoreDockWidget(self.callbacks):
                self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.callbacks)
        self.callbacks.show()
        if self.callbacks.height() < self.height() // 3:
            self.resizeDocks([self.callbacks], [self.height() * 2 // 5], Qt.Orientation.Vertical)
        self.callbacks.raise_()
        self.callbacks.queue.reload()
        self.callbacks.queue.table.setFocus()

    def call_back(self, number: str) -> None:
        """Start the interaction of the callback just taken: channel "callback", its number."""
        if self.session.current is not None:
            return
        dialog = StartInteractionDialog(
            self.session,
            self.runner,
            self,
            channel=Channel.CALLBACK,
            caller=self.display.msisdn(number),
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.started is not None:
            self.search.edit.setText(dialog.started.caller_msisdn or number)
            self.search.run_search()
            self.search.focus_search()

    def _attach(self, header: CardHeader) -> None:
        """Link the open interaction to the subscriber whose card is now shown."""
        if self.session.current is None:
            return
        if self.session.current.customer_id == header.customer_id:
            return
        run_operation(
            self.runner,
            self.db,
            self.session.context(),
            "attach_subscriber",
            {"line_id": header.line_id},
            parent=self,
            done=lambda _r: self.session.attached(header.customer_id),
        )

    # -- status bar ----------------------------------------------------------------------

    def _status_bar(self) -> None:
        status = self.statusBar()
        self.agent_label = QLabel(
            self.tr("Agent: {name} ({role})").format(name=self.agent.full_name, role=self._role())
        )
        self.agent_label.setObjectName("agentLabel")
        self.db_label = QLabel(self.tr("Database: {location}").format(location=self.db.location))
        self.db_label.setObjectName("databaseLabel")
        self.db_label.setToolTip(self.db.display_url)
        self.connection_label = QLabel(self.tr("Connected"))
        self.connection_label.setObjectName("connectionLabel")
        self.line_label = QLabel()
        status.addWidget(self.agent_label)
        status.addWidget(_separator())
        status.addWidget(self.db_label)
        status.addWidget(_separator())
        status.addWidget(self.connection_label)
        status.addWidget(self.mail.status_label)
        status.addPermanentWidget(self.line_label)

    def _role(self) -> str:
        return label(self.agent.role)

    def ping(self) -> None:
        """Check the connection in the background and show its state."""
        db = self.db

        def work() -> bool:
            with db.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            return True

        self.runner.submit(
            work, lambda _ok: self._connection(True), lambda _e: self._connection(False)
        )

    def _connection(self, ok: bool) -> None:
        self.connection_label.setText(self.tr("Connected") if ok else self.tr("No connection"))
        self.connection_label.setProperty("offline", not ok)
        self.connection_label.style().unpolish(self.connection_label)
        self.connection_label.style().polish(self.connection_label)

    def _line_opened(self, header: CardHeader) -> None:
        self.line_label.setText(f"{header.msisdn_display} · {label(header.status)}")
        self.bar.set_card_customer(header.customer_id)
        self._attach(header)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        self.ping_timer.stop()
        self.mail.stop()
        super().closeEvent(event)


def _separator() -> QWidget:
    line = QLabel("|")
    line.setObjectName("muted")
    return line

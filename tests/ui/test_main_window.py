"""The main window: shortcuts, the status bar, and remembered geometry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models import Line, LineStatus
from ui.mainwindow.shortcuts import ShortcutsDialog
from ui.mainwindow.window import MainWindow
from ui.misc.display import Display
from ui.misc.settings import GeometryMixin, settings
from ui.misc.tasks import InlineRunner
from workstation.auth import Agent
from workstation.db import Database


def _window(qtbot: QtBot, db: Database, agent: Agent, runner: InlineRunner) -> MainWindow:
    window = MainWindow(db, agent, runner, Display())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_status_bar_shows_agent_role_and_database(
    qtbot: QtBot, demo_db: Database, agent: Agent, runner: InlineRunner
) -> None:
    window = _window(qtbot, demo_db, agent, runner)
    assert agent.full_name in window.agent_label.text()
    assert demo_db.location in window.db_label.text()
    window.ping()
    assert window.connection_label.property("offline") is False


def test_keys_find_open_switch_tabs_and_close(
    qtbot: QtBot, demo_db: Database, agent: Agent, runner: InlineRunner
) -> None:
    with demo_db.read() as s:
        line_id, msisdn = s.execute(
            select(Line.id, Line.msisdn).where(Line.status == LineStatus.ACTIVE).limit(1)
        ).one()
    window = _window(qtbot, demo_db, agent, runner)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.card.tabs.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search.edit
    qtbot.keyClicks(window.search.edit, msisdn)
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    assert window.card.current is not None and window.card.current.line_id == line_id
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.card.tabs.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.card.current is None
    assert window.card.stack.currentIndex() == 0


def test_f1_lists_every_shortcut(
    qtbot: QtBot, demo_db: Database, agent: Agent, runner: InlineRunner
) -> None:
    window = _window(qtbot, demo_db, agent, runner)
    dialog = ShortcutsDialog(window.actions_with_keys, window)
    qtbot.addWidget(dialog)
    keys = {row[0] for row in dialog.model.rows}
    assert {"Ctrl+F", "Ctrl+W", "F1", "Ctrl+1", "Ctrl+6"} <= keys


class _Small(GeometryMixin, QMainWindow):
    """A window small enough for the 800×800 offscreen screen, with a named splitter."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("SmallWindow")
        self.splitter = QSplitter()
        self.splitter.setObjectName("split")
        self.splitter.addWidget(QLabel("left"))
        self.splitter.addWidget(QLabel("right"))
        self.setCentralWidget(self.splitter)


def test_geometry_and_splitters_are_remembered(qtbot: QtBot) -> None:
    window = _Small()
    qtbot.addWidget(window)
    window.resize(613, 411)
    window.show()
    window.splitter.setSizes([170, 443])
    sizes = window.splitter.sizes()
    window.save_geometry()
    again = _Small()
    qtbot.addWidget(again)
    assert again.restore_geometry()
    again.show()
    assert (again.width(), again.height()) == (613, 411)
    assert again.splitter.sizes() == sizes


def test_the_main_window_saves_its_geometry_on_close(
    qtbot: QtBot, demo_db: Database, agent: Agent, runner: InlineRunner
) -> None:
    window = _window(qtbot, demo_db, agent, runner)
    window.close()
    store = settings()
    assert store.value("geometry/MainWindow/window") is not None
    assert store.value("geometry/MainWindow/mainSplitter") is not None

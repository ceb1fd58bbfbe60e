"""Starting the desktop application: language, database, first-start demo base, login, window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from ui.login.dialog import LoginDialog
from ui.mainwindow.window import MainWindow
from ui.misc import i18n
from ui.misc import settings as options
from ui.misc.display import Display
from ui.misc.heap import settle_heap
from ui.misc.tasks import Runner
from workstation import config, formatting
from workstation.db import Database, open_database
from workstation.errors import WorkstationError

STYLE_SHEET = Path(__file__).resolve().parents[1] / "resources" / "style.qss"


def application() -> QApplication:
    """The QApplication, created once, with the workstation's style."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(options.ORGANIZATION)
    app.setApplicationName(options.APPLICATION)
    app.setStyle("Fusion")
    if STYLE_SHEET.exists():
        app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))
    return app


def choose_language(requested: str | None) -> str:
    """``--lang``, else the language chosen in the settings, else the config file's (Russian)."""
    if requested:
        return requested
    saved = options.LANGUAGE.read(options.settings())
    if saved in config.LANGUAGES:
        return saved
    return config.load_settings().language


def seed_first_start(db: Database, runner: Runner) -> None:
    """Build the small demo base on a database created just now, with a progress dialog."""
    from workstation.demo import FIRST_START_MONTHS, FIRST_START_SUBSCRIBERS, build_demo

    dialog = QProgressDialog(
        QApplication.translate("FirstStart", "First start: building the demo base…"),
        "",
        0,
        FIRST_START_SUBSCRIBERS,
    )
    dialog.setWindowTitle(QApplication.translate("FirstStart", "Agent Workstation"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    loop = QEventLoop()
    failure: list[BaseException] = []

    def work() -> None:
        build_demo(db, subscribers=FIRST_START_SUBSCRIBERS, months=FIRST_START_MONTHS, seed=1)

    def failed(error: BaseException) -> None:
        failure.append(error)
        loop.quit()

    runner.submit(work, lambda _r: loop.quit(), failed)
    loop.exec()
    dialog.close()
    if failure:
        raise failure[0]


def open_workstation(url: str, language: str | None) -> int:
    """Run the GUI on the database at ``url``; the process's exit status."""
    app = application()
    lang = choose_language(language)
    i18n.install(lang)
    runner = Runner(app)
    try:
        db = open_database(url)
        if db.created:
            seed_first_start(db, runner)
    except WorkstationError as error:
        QMessageBox.critical(
            None, QApplication.translate("FirstStart", "Agent Workstation"), i18n.error_text(error)
        )
        return 2
    login = LoginDialog(db, runner)
    if login.exec() != QDialog.DialogCode.Accepted or login.agent is None:
        return 0
    settings = config.load_settings()
    window = MainWindow(db, login.agent, runner, Display(lang, settings.time_zone))
    window.show()
    # Off the GUI thread: the window is usable while Babel reads its locale data.
    runner.submit(lambda: formatting.warm_up(lang), lambda _result: None)
    settle_heap(runner)
    status = app.exec()
    runner.wait()
    db.dispose()
    return status

"""The interface language: chosen in the window for the next start, English plurals at run time."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from ui.app import choose_language
from ui.mainwindow.window import MainWindow
from ui.misc import i18n
from ui.misc import settings as options
from ui.misc.display import Display
from ui.misc.tasks import InlineRunner
from workstation.auth import Agent
from workstation.db import Database

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def no_saved_language() -> Iterator[None]:
    """No language in the settings before the test, and none left behind for the others."""
    options.settings().remove(options.LANGUAGE.key)
    yield
    options.settings().remove(options.LANGUAGE.key)


@pytest.mark.usefixtures("no_saved_language")
def test_choosing_english_is_saved_and_picked_at_the_next_start(
    qtbot: QtBot, demo_db: Database, agent: Agent, runner: InlineRunner
) -> None:
    window = MainWindow(demo_db, agent, runner, Display("ru"))
    qtbot.addWidget(window)
    window.show()
    menu = window.findChild(QMenu, "languageMenu")
    assert menu is not None
    entries = {action.text(): action for action in menu.actions()}
    assert list(entries) == ["Русский", "English"]
    assert entries["Русский"].isChecked() and not entries["English"].isChecked()

    entries["English"].trigger()

    assert options.LANGUAGE.read(options.settings()) == "en"
    assert entries["English"].isChecked() and not entries["Русский"].isChecked()
    note = window.language.note
    assert note is not None and note.isVisible()
    assert "English" in note.text() and "next start" in note.text()
    assert choose_language(None) == "en"
    assert choose_language("ru") == "ru"  # --lang still wins for one run
    note.close()

    entries["Русский"].trigger()
    assert options.LANGUAGE.read(options.settings()) == "ru"
    assert choose_language(None) == "ru"


@pytest.fixture
def english_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The English .qm built from the .ts as it is now, installed; the source language after."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    source = ROOT / "resources" / "translations" / "workstation_en.ts"
    subprocess.run(
        [str(lrelease), "-silent", str(source), "-qm", str(tmp_path / "workstation_en.qm")],
        check=True,
        timeout=60,
    )
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)
    app = QApplication.instance()
    assert app is not None
    locale = QLocale()
    i18n.install("en")
    yield
    for translator in i18n._installed:
        app.removeTranslator(translator)
    i18n._installed.clear()
    QLocale.setDefault(locale)


@pytest.mark.usefixtures("english_catalogue")
def test_english_plurals_say_day_and_days_not_day_s() -> None:
    def tr(context: str, text: str, n: int) -> str:
        return QCoreApplication.translate(context, text, "", n)

    block = "free for %n day(s), then {fee} a day"
    assert tr("TariffTab", block, 1) == "free for 1 day, then {fee} a day"
    assert tr("TariffTab", block, 30) == "free for 30 days, then {fee} a day"
    assert tr("OutcomeDialog", "In %n minute(s)", 1) == "In 1 minute"
    assert tr("OutcomeDialog", "In %n minute(s)", 15) == "In 15 minutes"
    # A message without plural forms stays the English source.
    assert QCoreApplication.translate("TariffTab", "Tariff") == "Tariff"

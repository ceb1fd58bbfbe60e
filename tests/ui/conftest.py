"""UI fixtures: a small demo base shared by the session, a fresh copy per test, inline tasks."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui.misc.display import Display
from ui.misc.tasks import InlineRunner, Runner
from workstation.auth import Agent, login
from workstation.db import Database, open_database
from workstation.demo import DEMO_PASSWORD, build_demo

AS_OF = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session", autouse=True)
def _private_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Settings written by the tests go to a temporary directory, not the developer's."""
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ui-demo") / "demo.db"
    db = open_database(f"sqlite:///{path}")
    build_demo(db, subscribers=120, months=2, seed=5, as_of=AS_OF)
    db.dispose()
    return path


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Iterator[Database]:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    db = open_database(f"sqlite:///{path}")
    yield db
    db.dispose()


@pytest.fixture
def runner() -> InlineRunner:
    return InlineRunner()


@pytest.fixture
def agent(demo_db: Database) -> Agent:
    return login(demo_db, "agent", DEMO_PASSWORD)


@pytest.fixture
def display() -> Display:
    return Display("ru", "Europe/Moscow")


class ManualRunner(Runner):
    """Holds jobs until the test releases them, in any order: for races and stale answers."""

    def __init__(self) -> None:
        super().__init__()
        self.jobs: list[tuple[Callable[[], Any], Callable[[Any], None], Any]] = []

    def submit(
        self, fn: Callable[[], Any], done: Callable[[Any], None], failed: Any = None
    ) -> None:
        self.jobs.append((fn, done, failed))

    def release(self, index: int) -> None:
        fn, done, failed = self.jobs.pop(index)
        try:
            result = fn()
        except Exception as exc:
            if failed is None:
                raise
            failed(exc)
            return
        done(result)


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Cyrillic included, as key events (QTest knows only ASCII keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)

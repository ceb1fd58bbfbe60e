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

from ui.interaction.session import InteractionSession
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


def start_verified(db: Database, agent: Agent, line_id: int) -> InteractionSession:
    """An interaction with the line's caller verified by the demo code word."""
    from models import Channel
    from workstation.demo.vocabulary import DEMO_CODE_WORD
    from workstation.operations import execute
    from workstation.operations.verification import Method

    session = InteractionSession(db, agent)
    started = execute(db, session.context(), "start_interaction", channel=Channel.SHORT_NUMBER)
    session.started(started.interaction_id, started.channel, None, started.started_at)
    result = execute(
        db,
        session.context(),
        "verify_caller",
        line_id=line_id,
        method=Method.CODE_WORD,
        answer=DEMO_CODE_WORD,
    )
    assert result.success
    with db.read() as s:
        from models import Line

        session.verified(s.get_one(Line, line_id).account.customer_id)
    return session

"""Every user setting declared once, read and written through QSettings.

Nothing user-specific lives in the repository: window geometry, the last login name and
the language are per user, in the platform's settings store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

T = TypeVar("T")
ORGANIZATION = "agent-workstation"
APPLICATION = "Agent Workstation"


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    kind: type

    def read(self, settings: QSettings) -> T:
        value: Any = settings.value(self.key, self.default, type=self.kind)
        return self.default if value is None else value

    def write(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)


LAST_LOGIN = Option("login/last", "", str)
LANGUAGE = Option("ui/language", "", str)
TIME_ZONE = Option("ui/time_zone", "Europe/Moscow", str)


def settings() -> QSettings:
    return QSettings(ORGANIZATION, APPLICATION)


class GeometryMixin:
    """Saves and restores a window's geometry and its splitters under the window's name.

    Call ``restore_geometry()`` after building the window and ``save_geometry()`` when it
    closes; each QSplitter child with an object name is remembered too.
    """

    def _geometry_key(self) -> str:
        widget: object = self
        assert isinstance(widget, QWidget)
        return f"geometry/{widget.objectName() or type(widget).__name__}"

    def save_geometry(self) -> None:
        assert isinstance(self, QWidget)
        store = settings()
        key = self._geometry_key()
        store.setValue(f"{key}/window", self.saveGeometry())
        if isinstance(self, QMainWindow):
            store.setValue(f"{key}/state", self.saveState())
        for splitter in self.findChildren(QSplitter):
            if splitter.objectName():
                store.setValue(f"{key}/{splitter.objectName()}", splitter.saveState())

    def restore_geometry(self) -> bool:
        assert isinstance(self, QWidget)
        store = settings()
        key = self._geometry_key()
        window: Any = store.value(f"{key}/window")
        if not isinstance(window, QByteArray) or window.isEmpty():
            return False
        self.restoreGeometry(window)
        state: Any = store.value(f"{key}/state")
        if isinstance(self, QMainWindow) and isinstance(state, QByteArray):
            self.restoreState(state)
        for splitter in self.findChildren(QSplitter):
            saved: Any = store.value(f"{key}/{splitter.objectName()}")
            if splitter.objectName() and isinstance(saved, QByteArray):
                splitter.restoreState(saved)
        return True

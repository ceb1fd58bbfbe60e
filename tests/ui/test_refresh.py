"""A list reloads on a timer only while it is on screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.misc.refresh import RefreshWhileShown


def test_reloads_while_shown_and_rests_while_hidden(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    reloads: list[int] = []
    refresh = RefreshWhileShown(widget, lambda: reloads.append(1), 10, on_show=True)
    assert not refresh.timer.isActive()
    widget.show()
    assert refresh.timer.isActive() and reloads == [1], "shown: reloaded at once, then timed"
    qtbot.waitUntil(lambda: len(reloads) >= 3, timeout=2000)
    widget.hide()
    assert not refresh.timer.isActive()
    count = len(reloads)
    qtbot.wait(50)
    assert len(reloads) == count, "hidden: no reloads"

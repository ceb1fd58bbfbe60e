"""The Qt binding itself: a defect in it crashes the workstation however right our code is."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calls_that_return_nothing_leave_none_alive(qtbot: QtBot) -> None:
    # PySide6 6.12.0 released a reference to None on each such call; on CPython 3.11 the
    # interpreter then aborts ("deallocating None") once the count runs out, which a
    # delegate's sizeHint reached within minutes of scrolling. (From 3.12 None is immortal
    # and its count never moves.)
    label, size = QLabel(), QSize(1, 2)
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(100):
        label.setText("абонент")
        size.setHeight(3)
    assert sys.getrefcount(None) >= before - 10

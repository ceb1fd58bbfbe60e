"""Tables fit their columns: values never cut, the free text takes the rest, tooltips where cut."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from ui.misc import table as table_module
from ui.misc.table import ROW_HEIGHT, Column, ColumnFitter, RowsModel, make_table

NOTE = "The subscriber asked why the bill grew and was told about the roaming in Turkey"


@dataclass(frozen=True)
class Row:
    when: str
    amount: str
    note: str


ROWS = [Row("25.11.2026 14:05", "1 234,56 ₽", NOTE), Row("01.11.2026 00:05", "7,50 ₽", "ok")]


def _table(qtbot: QtBot, width: int, *, wrap: bool = False) -> tuple[QTableView, RowsModel[Row]]:
    model = RowsModel[Row](
        [
            Column("When", lambda r: r.when, 200),
            Column("Amount", lambda r: r.amount, 150, right=True),
            Column("Note", lambda r: r.note, 160, stretch=True, wrap=wrap),
        ]
    )
    table = make_table(model)
    qtbot.addWidget(table)
    table.resize(width, 300)
    table.show()
    qtbot.waitExposed(table)
    model.set_rows(ROWS)
    QApplication.processEvents()
    return table, model


def _text_width(table: QTableView, text: str) -> int:
    return table.fontMetrics().horizontalAdvance(text)


def test_values_fit_and_the_note_takes_the_room_left(qtbot: QtBot) -> None:
    table, _ = _table(qtbot, 900)
    when, amount, note = (table.columnWidth(c) for c in range(3))
    assert _text_width(table, "25.11.2026 14:05") < when <= 200
    assert _text_width(table, "1 234,56 ₽") < amount <= 150
    assert when + amount + note == table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0

    table.resize(1200, 300)
    QApplication.processEvents()
    assert table.columnWidth(2) == table.viewport().width() - when - amount


class _ToolTips:
    """Stands in for QToolTip (a real one warns on the offscreen platform): what was shown."""

    def __init__(self) -> None:
        self.text = ""

    def showText(self, _pos: object, text: str, *_args: object) -> None:
        self.text = text

    def hideText(self) -> None:
        self.text = ""


@pytest.fixture
def tooltips(monkeypatch: pytest.MonkeyPatch) -> _ToolTips:
    shown = _ToolTips()
    monkeypatch.setattr(table_module, "QToolTip", shown)
    return shown


def _tooltip_at(table: QTableView, tooltips: _ToolTips, row: int, column: int) -> str:
    rect = table.visualRect(table.model().index(row, column))
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), table.viewport().mapToGlobal(QPoint()))
    QApplication.sendEvent(table.viewport(), event)
    return tooltips.text


def test_a_narrow_table_scrolls_and_only_a_cut_text_has_a_tooltip(
    qtbot: QtBot, tooltips: _ToolTips
) -> None:
    table, _ = _table(qtbot, 300)
    assert table.columnWidth(2) >= 160  # the note's least, rather than squeezed to nothing
    assert table.horizontalScrollBar().maximum() > 0
    assert _tooltip_at(table, tooltips, 0, 2) == NOTE
    assert _tooltip_at(table, tooltips, 0, 0) == ""
    assert _tooltip_at(table, tooltips, 1, 2) == ""


def test_a_value_longer_than_its_cap_is_cut_and_a_dragged_column_is_kept(qtbot: QtBot) -> None:
    table, model = _table(qtbot, 900)
    model.set_rows([Row("when " * 60, "1,00 ₽", "ok")])
    assert table.columnWidth(0) == 200
    fitter = table.findChild(ColumnFitter)
    assert isinstance(fitter, ColumnFitter)
    fitter.manual = True  # as after the agent dragged a column's edge
    table.setColumnWidth(0, 90)
    model.set_rows(ROWS)
    assert table.columnWidth(0) == 90


@pytest.mark.parametrize("wrap", [False, True])
def test_a_wrapped_note_grows_its_row_and_short_rows_keep_their_height(
    qtbot: QtBot, tooltips: _ToolTips, wrap: bool
) -> None:
    table, _ = _table(qtbot, 300, wrap=wrap)
    assert table.rowHeight(1) == ROW_HEIGHT
    if wrap:
        assert table.rowHeight(0) > 2 * table.fontMetrics().lineSpacing()
        assert _tooltip_at(table, tooltips, 0, 2) == ""  # the whole note is in view
    else:
        assert table.rowHeight(0) == ROW_HEIGHT
        assert _tooltip_at(table, tooltips, 0, 2) == NOTE

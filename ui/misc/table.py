"""A read-only table of view objects: the columns say how each row is shown.

Most tabs of the card list a few hundred rows at most; they use :class:`RowsModel` with
a list of :class:`Column`. Long lists (search results, usage detail) have models of their
own.

Columns are fitted to what they hold each time the rows change (a column the agent
dragged stays as dragged), and one free-text column, a description or a note, takes the
room the others leave, so that no number or date is cut off while a note is only ever
elided. A cell whose text does not fit shows it whole in a tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
ROW_HEIGHT = 26
ROW_PADDING = 3  # above and below a wrapped text, whose row has no height to spare
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
FIT_ROWS = 200  # rows measured when fitting a column: enough to see its widest values
CELL_PADDING = 12  # the delegate's margins and the grid line around a measured text
WRAP_LEAST = 160  # a wrapped column is not narrowed below this: a few words a line
BREATHING = 8  # room beyond a cell's own size hint, so that text does not touch the grid


@dataclass(frozen=True)
class Column(Generic[R]):
    """How one column shows a row.

    ``width`` is the most the column is widened to fit its contents (longer values are
    elided, with a tooltip, or broken onto more lines in a ``wrap`` column, whose table's
    rows then grow to their contents). The ``stretch`` column, the free text, also takes
    the room the others leave; without one the last column does.
    """

    title: str
    text: Callable[[R], str]
    width: int = 120
    right: bool = False
    color: Callable[[R], QColor | None] | None = None
    stretch: bool = False
    wrap: bool = False


class RowsModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]]) -> None:
        super().__init__()
        self.columns = list(columns)
        self.rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            return column.color(row)
        return None


class CellDelegate(QStyledItemDelegate):
    """Draws cells as usual; a tooltip shows the whole text only where it was cut off."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> Any:
        size = super().sizeHint(option, index)
        # One line of text keeps the usual row height (the grid line is added to it); a
        # wrapped text grows its row.
        view = self.parent()
        grid = 1 if isinstance(view, QTableView) and view.showGrid() else 0
        line = option.fontMetrics.lineSpacing()
        if size.height() < 2 * line - 2:
            size.setHeight(ROW_HEIGHT - grid)
        else:
            size.setHeight(size.height() + 2 * ROW_PADDING)
        return size

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if event.type() != QEvent.Type.ToolTip or index.data(Qt.ItemDataRole.ToolTipRole):
            return super().helpEvent(event, view, option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if isinstance(text, str) and text and self._cut_off(option, index):
            QToolTip.showText(event.globalPos(), text, view, option.rect)
        else:
            QToolTip.hideText()
        return True

    def _cut_off(self, option: QStyleOptionViewItem, index: Index) -> bool:
        cell = option.rect
        needed = self.sizeHint(option, index)
        return bool(needed.width() > cell.width() or needed.height() > cell.height())


class ColumnFitter(QObject):
    """Fits a table's columns to their contents and stretches its free-text column.

    ``limits`` are the most each column is widened to (none: as wide as its contents);
    ``samples``, when given, are the texts to measure a column by, for models whose rows
    are not all at hand (the usage detail reads windows of rows); ``sortable`` says which
    columns of a sorted table need room in their title for the sort arrow.
    """

    def __init__(
        self,
        table: QTableView,
        limits: Callable[[], Sequence[int]],
        stretch: Callable[[], int | None],
        samples: Callable[[int], Iterable[str]] | None = None,
        wrapped: Callable[[], frozenset[int]] = frozenset,
        sortable: Callable[[int], bool] = lambda _column: True,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.limits = limits
        self.stretch = stretch
        self.samples = samples
        self.wrapped = wrapped
        self.sortable = sortable
        self.manual = False  # the agent dragged a column: their widths are kept
        self._least = 0  # the stretching column's own fitted width
        self._adjusting = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(FIT_ROWS)
        header.sectionResized.connect(self._resized)
        table.viewport().installEventFilter(self)
        model = table.model()
        model.modelReset.connect(self.fit)
        model.rowsInserted.connect(self.fit)
        model.layoutChanged.connect(self.fit)
        model.headerDataChanged.connect(self.fit)
        self.fit()

    def fit(self) -> None:
        """Size every column to its title and contents (within its cap), then stretch."""
        table = self.table
        if self.manual:
            self.fill()
            return
        table.ensurePolished()
        header = table.horizontalHeader()
        limits = self.limits()
        stretch = self.stretch()
        metrics = table.fontMetrics()
        titles = self._titles()
        table.setWordWrap(bool(self.wrapped()))  # columns may come with the rows
        self._adjusting = True
        try:
            for column in range(table.model().columnCount()):
                if not self._fitted(column):
                    continue
                title = titles[column]
                if self.samples is not None:
                    contents = max(
                        (metrics.horizontalAdvance(s) + CELL_PADDING for s in self.samples(column)),
                        default=0,
                    )
                else:
                    contents = table.sizeHintForColumn(column) + BREATHING
                cap = limits[column] if column < len(limits) else contents
                width = max(title, min(contents, cap), header.minimumSectionSize())
                if column == stretch:
                    self._least = width
                table.setColumnWidth(column, width)
        finally:
            self._adjusting = False
        self.fill()

    def _titles(self) -> list[int]:
        """The width each column's title needs, the sort arrow's room only where it sorts."""
        header = self.table.horizontalHeader()
        columns = range(header.count())
        with_arrow = [header.sectionSizeHint(c) for c in columns]
        if not header.isSortIndicatorShown():
            return with_arrow
        header.setSortIndicatorShown(False)
        plain = [header.sectionSizeHint(c) for c in columns]
        header.setSortIndicatorShown(True)
        return [with_arrow[c] if self.sortable(c) else plain[c] for c in columns]

    def fill(self) -> None:
        """Give the stretching column the room the others leave, if it is more than it needs."""
        stretch = self.stretch()
        table = self.table
        if stretch is None or not self._fitted(stretch) or self._adjusting:
            return
        header = table.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != stretch and not header.isSectionHidden(c)
        )
        least = max(self._least, header.sectionSizeHint(stretch))
        wrapped = self.wrapped()
        if stretch in wrapped:
            least = min(least, max(header.sectionSizeHint(stretch), WRAP_LEAST))
        width = max(least, table.viewport().width() - others)
        self._adjusting = True
        try:
            if header.sectionSize(stretch) != width:
                table.setColumnWidth(stretch, width)
            if wrapped:
                self._fit_rows()
        finally:
            self._adjusting = False

    def _fit_rows(self) -> None:
        """Rows as tall as their wrapped text (not resizeRowsToContents: it would make every
        row as tall as the hidden row header's styled section)."""
        table = self.table
        rows = table.verticalHeader()
        for row in range(table.model().rowCount()):
            rows.resizeSection(row, table.sizeHintForRow(row))

    def _fitted(self, column: int) -> bool:
        header = self.table.horizontalHeader()
        return (
            column < header.count()
            and header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive
        )

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if self._adjusting:
            return
        if QGuiApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            self.manual = True  # a drag of the header by the agent
        if column != self.stretch():
            self.fill()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fill()
        return False


def make_table(model: QAbstractItemModel, parent: QWidget | None = None) -> QTableView:
    """A table as every list in the workstation looks: rows selected whole, fixed heights.

    A :class:`RowsModel`'s columns are fitted (see :class:`ColumnFitter`); other models
    keep the default sizes unless :func:`fit_columns` is called.
    """
    table = QTableView(parent)
    table.setModel(model)
    table.setItemDelegate(CellDelegate(table))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setHighlightSections(False)
    if isinstance(model, RowsModel):
        rows: RowsModel[Any] = model
        ColumnFitter(
            table,
            limits=lambda: [column.width for column in rows.columns],
            stretch=lambda: _stretching(rows.columns),
            wrapped=lambda: frozenset(n for n, column in enumerate(rows.columns) if column.wrap),
        )
    return table


def fit_columns(
    table: QTableView,
    widths: Sequence[int],
    stretch: int | None,
    samples: Callable[[int], Iterable[str]] | None = None,
    sortable: Callable[[int], bool] = lambda _column: True,
) -> ColumnFitter:
    """Fit the columns of a table whose model is not a :class:`RowsModel` (see ColumnFitter)."""
    return ColumnFitter(table, lambda: widths, lambda: stretch, samples, sortable=sortable)


def _stretching(columns: Sequence[Column[Any]]) -> int | None:
    for number, column in enumerate(columns):
        if column.stretch:
            return number
    return len(columns) - 1 if columns else None

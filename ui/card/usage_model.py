"""The usage detail as a table model that holds only windows of rows around the view.

``rowCount`` is the size of the whole selection (from one count query); rows are fetched
a page at a time, off the GUI thread, the first time the view asks for them, and pages
far from the latest one are dropped. A hundred thousand records cost a dozen pages of
memory, and sorting is a new query, not a sort in Python.

Signals:
    totals_changed(object): the :class:`UsageTotals` of a new selection.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from decimal import Decimal
from functools import partial
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from models import Direction, UsageKind, Zone
from ui.misc.display import Display
from ui.misc.labels import label
from ui.misc.tasks import Runner
from workstation.card.usage import (
    SortKey,
    UsageFilter,
    UsageRow,
    UsageTotals,
    usage_totals,
    usage_window,
)
from workstation.db import Database

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
MAX_PAGES = 12
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class UsageModel(QAbstractTableModel):
    totals_changed = Signal(object)

    NUMBER, TIME, KIND, DIRECTION, PARTY, AMOUNT, ZONE, COST, RUNNING = range(9)
    SORTABLE: ClassVar[dict[int, SortKey]] = {
        TIME: SortKey.TIME,
        KIND: SortKey.KIND,
        PARTY: SortKey.PARTY,
        AMOUNT: SortKey.DURATION,
        COST: SortKey.COST,
    }

    def __init__(self, db: Database, runner: Runner, display: Display) -> None:
        super().__init__()
        self.db = db
        self.runner = runner
        self.display = display
        self.selection: UsageFilter | None = None
        self.count = 0
        self.sort_key = SortKey.TIME
        self.descending = False
        # Each page's rows with their texts, formatted by the worker that read them: a
        # repaint asks for some 1,500 cells, too many to format on the GUI thread.
        self.pages: dict[int, list[tuple[UsageRow, tuple[str, ...]]]] = {}
        self.requested: set[int] = set()
        self.wanted: list[int] = []
        self.generation = 0
        self.fetch_timer = QTimer(self)
        self.fetch_timer.setSingleShot(True)
        self.fetch_timer.setInterval(0)
        self.fetch_timer.timeout.connect(self._fetch_wanted)
        self.headers = (
            self.tr("№"),
            self.tr("Date and time"),
            self.tr("Kind"),
            self.tr("Direction"),
            self.tr("Other party"),
            # Two lines: the column is as narrow as its values, not as its title.
            self.tr("Duration /\nvolume"),
            self.tr("Zone"),
            self.tr("Amount"),
            self.tr("Running\ntotal"),
        )

    # -- selection -----------------------------------------------------------------------

    def set_filter(self, selection: UsageFilter | None) -> None:
        """Show a new selection: count it, then fetch rows as the view asks."""
        self.generation += 1
        generation = self.generation
        self.beginResetModel()
        self.selection = selection
        self.count = 0
        self.pages.clear()
        self.requested.clear()
        self.wanted.clear()
        self.endResetModel()
        if selection is None:
            self.totals_changed.emit(None)
            return
        db = self.db

        def work() -> UsageTotals:
            with db.read() as session:
                return usage_totals(session, selection)

        self.runner.submit(work, lambda totals: self._counted(generation, totals))

    def _counted(self, generation: int, totals: UsageTotals) -> None:
        if generation != self.generation:
            return
        self.beginResetModel()
        self.count = totals.count
        self.endResetModel()
        self.totals_changed.emit(totals)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORTABLE.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.generation += 1
        self.beginResetModel()
        self.pages.clear()
        self.requested.clear()
        self.wanted.clear()
        self.endResetModel()

    # -- fetching pages ------------------------------------------------------------------

    def _want(self, page: int) -> None:
        if page in self.requested:
            return
        self.requested.add(page)
        self.wanted.append(page)
        self.fetch_timer.start()

    def _fetch_wanted(self) -> None:
        selection = self.selection
        if selection is None:
            return
        pages, self.wanted = self.wanted, []
        generation = self.generation
        key, descending, db = self.sort_key, self.descending, self.db
        for page in pages:

            def work(page: int = page) -> list[tuple[UsageRow, tuple[str, ...]]]:
                with db.read() as session:
                    rows = usage_window(
                        session,
                        selection,
                        offset=page * PAGE,
                        limit=PAGE,
                        sort=key,
                        descending=descending,
                    )
                return [(row, self._texts(row)) for row in rows]

            self.runner.submit(work, partial(self._arrived, generation, page))

    def _arrived(
        self, generation: int, page: int, rows: list[tuple[UsageRow, tuple[str, ...]]]
    ) -> None:
        if generation != self.generation:
            return
        self.pages[page] = rows
        while len(self.pages) > MAX_PAGES:
            farthest = max(self.pages, key=lambda p: abs(p - page))
            del self.pages[farthest]
            self.requested.discard(farthest)
        first = page * PAGE
        last = min(self.count, first + len(rows)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def row_at(self, row: int) -> UsageRow | None:
        shown = self._shown(row)
        return shown[0] if shown else None

    def _shown(self, row: int) -> tuple[UsageRow, tuple[str, ...]] | None:
        page, offset = divmod(row, PAGE)
        rows = self.pages.get(page)
        if rows is None:
            self._want(page)
            return None
        return rows[offset] if offset < len(rows) else None

    # -- the model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.NUMBER,
            self.AMOUNT,
            self.COST,
            self.RUNNING,
        ):
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.NUMBER:
            return str(index.row() + 1)
        shown = self._shown(index.row())
        if shown is None:
            return "…" if column == self.TIME else ""
        return shown[1][column]

    def samples(self, column: int) -> Iterable[str]:
        """The widest texts a column can show, to size it without reading every row."""
        d = self.display
        if column == self.NUMBER:
            return [str(max(self.count, 999))]
        if column == self.TIME:
            return [
                d.moment(datetime(2026, month, 28, 20, 58, 58, tzinfo=UTC), seconds=True)
                for month in range(1, 13)
            ]
        if column == self.KIND:
            return [label(kind) for kind in UsageKind]
        if column == self.DIRECTION:
            return [label(direction) for direction in Direction]
        if column == self.PARTY:
            return [d.msisdn("+79999999999")]
        if column == self.AMOUNT:
            return [d.duration(35999), d.volume(999 * 1024 * 1024)]
        if column == self.ZONE:
            return [*(label(zone) for zone in Zone), f"{label(Zone.ROAMING)}, TR"]
        if column == self.COST:
            return [d.money(Decimal("-999.99"))]
        return [d.money(Decimal("-99999.99"))]

    def _texts(self, row: UsageRow) -> tuple[str, ...]:
        """Every column's text of ``row`` (the number column's is the row's place, not here)."""
        return ("", *(self._text(row, column) for column in range(1, len(self.headers))))

    def _text(self, row: UsageRow, column: int) -> str:
        d = self.display
        if column == self.TIME:
            return d.moment(row.started_at, seconds=True)
        if column == self.KIND:
            return label(row.kind)
        if column == self.DIRECTION:
            return label(row.direction) if row.kind != UsageKind.DATA else ""
        if column == self.PARTY:
            if row.kind == UsageKind.DATA:
                return row.other_party or ""
            return d.msisdn(row.other_party)
        if column == self.AMOUNT:
            if row.duration_s is not None:
                return d.duration(row.duration_s)
            if row.volume_bytes is not None:
                return d.volume(row.volume_bytes)
            return ""
        if column == self.ZONE:
            zone = label(row.zone)
            return f"{zone}, {row.roaming_country}" if row.roaming_country else zone
        if column == self.COST:
            return d.money(row.cost)
        return d.money(row.running_cost)

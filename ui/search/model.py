"""The search results as a Qt table model over immutable :class:`SearchHit` rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.misc.labels import NEGATIVE, label, status_color
from workstation import formatting
from workstation.search import SearchHit

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The :class:`SearchHit` of a row, for the delegate that draws it."""


class SearchResultsModel(QAbstractTableModel):
    NUMBER, NAME, ACCOUNT, STATUS, BALANCE, MATCH = range(6)

    def __init__(self, language: str = "ru") -> None:
        super().__init__()
        self.language = language
        self.hits: list[SearchHit] = []
        self._headers = (
            self.tr("Number"),
            self.tr("Subscriber"),
            self.tr("Account"),
            self.tr("Status"),
            self.tr("Balance"),
            self.tr("Found by"),
        )

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self.hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        column = index.column()
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                hit.msisdn_display,
                hit.name,
                hit.account,
                label(hit.status),
                formatting.money(hit.balance, self.language),
                label(hit.match),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.BALANCE and hit.balance < 0:
                return NEGATIVE
            if column == self.STATUS:
                return status_color(hit.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.BALANCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.msisdn_display} — {hit.name}"
        return None

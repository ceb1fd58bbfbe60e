"""The list of reference articles: the subscriber's own tariff and services in bold."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ui.misc.table import Column, RowsModel
from workstation.reference import ArticleRow

Index = QModelIndex | QPersistentModelIndex


class ArticlesModel(RowsModel[ArticleRow]):
    def __init__(self, columns: Sequence[Column[ArticleRow]]) -> None:
        super().__init__(columns)
        self._bold = QFont()
        self._bold.setBold(True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and self.rows[index.row()].own:
            return self._bold
        return super().data(index, role)

    def row_of(self, article_id: int | None) -> int | None:
        """Where the article is in the list now, if it is there."""
        for number, row in enumerate(self.rows):
            if row.article_id == article_id:
                return number
        return None

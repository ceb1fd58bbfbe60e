"""Draws a search result as a two-line card: number and name, then account, status,
balance and what matched. Fits a narrow panel and reads at a glance; every row has the
same height, so a long list scrolls without measuring rows.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.misc.labels import NEGATIVE, label, status_color
from ui.search.model import HIT_ROLE
from workstation import formatting
from workstation.search import SearchHit

PADDING = 8
MUTED = QColor("#6b7280")


class SearchHitDelegate(QStyledItemDelegate):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + PADDING * 2 + 4)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, SearchHit):
            super().paint(painter, option, index)
            return
        painter.save()
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(rect, QColor("#dbeafe") if selected else QColor("white"))
        painter.setPen(QColor("#e5e7eb"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        base: QFont = option.font
        bold = QFont(base)
        bold.setBold(True)
        metrics = QFontMetrics(base)
        line = metrics.height()
        inner = rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        first = QRect(inner.left(), inner.top(), inner.width(), line)
        second = QRect(inner.left(), inner.top() + line + 4, inner.width(), line)

        painter.setFont(bold)
        painter.setPen(QColor("#111827"))
        number_width = QFontMetrics(bold).horizontalAdvance(hit.msisdn_display) + 12
        painter.drawText(
            first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, hit.msisdn_display
        )
        balance = formatting.money(hit.balance, self.language)
        balance_width = QFontMetrics(bold).horizontalAdvance(balance)
        painter.setPen(NEGATIVE if hit.balance < 0 else QColor("#111827"))
        painter.drawText(
            first, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, balance
        )
        painter.setFont(base)
        painter.setPen(QColor("#111827"))
        name_rect = first.adjusted(number_width, 0, -balance_width - 12, 0)
        name = metrics.elidedText(hit.name, Qt.TextElideMode.ElideRight, name_rect.width())
        painter.drawText(
            name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name
        )

        status = label(hit.status)
        painter.setPen(status_color(hit.status))
        painter.drawText(
            second, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, status
        )
        status_width = metrics.horizontalAdvance(status) + 12
        painter.setPen(MUTED)
        details = f"{hit.account} · {label(hit.match)}"
        details = metrics.elidedText(
            details, Qt.TextElideMode.ElideRight, second.width() - status_width
        )
        painter.drawText(
            second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, details
        )
        painter.restore()

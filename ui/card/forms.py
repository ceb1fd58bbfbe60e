"""Label/value forms of the card: a titled group of rows that are refilled per subscriber."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget


class InfoGroup(QGroupBox):
    """A group box of named values; ``set`` shows a value, an empty one as a dash."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.form = QFormLayout(self)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(6)
        self.values: dict[str, QLabel] = {}

    def add(self, key: str, caption: str) -> QLabel:
        value = QLabel("—")
        value.setObjectName(f"value_{key}")
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setWordWrap(True)
        self.values[key] = value
        self.form.addRow(caption, value)
        return value

    def set(self, key: str, text: str | None) -> None:
        self.values[key].setText(text or "—")

    def set_row_visible(self, key: str, visible: bool) -> None:
        self.form.setRowVisible(self.values[key], visible)

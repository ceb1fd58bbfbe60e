"""The list of keyboard shortcuts that F1 shows."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.misc.table import Column, RowsModel, make_table


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 460)
        rows = [
            (a.shortcut().toString(), a.text().replace("&", ""))
            for a in actions
            if not a.shortcut().isEmpty()
        ]
        model = RowsModel[tuple[str, str]](
            [
                Column(self.tr("Keys"), lambda r: r[0], 140),
                Column(self.tr("Action"), lambda r: r[1], 320),
            ]
        )
        model.set_rows(rows)
        self.model = model
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Every action of the workstation has a key:")))
        layout.addWidget(make_table(model))
        layout.addWidget(buttons)

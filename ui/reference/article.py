"""One reference article: read, copied into a reply, or corrected by an admin.

Signals:
    save_requested(object, str, str): the admin asked to save; the kind is an
        :class:`ArticleKind` for a new article and None for the one shown.
    copied(): the article's text went to the clipboard.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models import ArticleKind
from ui.misc.display import Display
from ui.misc.labels import label
from workstation.operations.reference import WRITTEN_KINDS
from workstation.reference import ArticleRow


class ArticlePane(QWidget):
    save_requested = Signal(object, str, str)
    copied = Signal()

    def __init__(self, display: Display, *, editable: bool = False) -> None:
        super().__init__()
        self.display = display
        self.article: ArticleRow | None = None
        self.adding = False

        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.meta = QLabel()
        self.meta.setObjectName("muted")
        self.text = QPlainTextEdit()
        self.text.setObjectName("articleText")
        self.text.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Copy the title and text, to paste into an e-mail"))
        self.copy_button.clicked.connect(self.copy)
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.new_button = QPushButton(self.tr("&New article…"))
        self.edit_button.clicked.connect(self.start_edit)
        self.new_button.clicked.connect(self.start_new)
        for button in (self.edit_button, self.new_button):
            button.setVisible(editable)
        view_buttons = QHBoxLayout()
        view_buttons.addWidget(self.copy_button)
        view_buttons.addStretch(1)
        view_buttons.addWidget(self.new_button)
        view_buttons.addWidget(self.edit_button)
        view = QWidget()
        view_layout = QVBoxLayout(view)
        view_layout.setContentsMargins(0, 0, 0, 0)
        view_layout.addWidget(self.title)
        view_layout.addWidget(self.meta)
        view_layout.addWidget(self.text, 1)
        view_layout.addLayout(view_buttons)

        self.kind = QComboBox()
        for kind in sorted(WRITTEN_KINDS):
            self.kind.addItem(label(kind), kind)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.body_edit = QPlainTextEdit()
        self.save_button = QPushButton(self.tr("&Save"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.save_button.clicked.connect(self._save)
        self.cancel_button.clicked.connect(self.stop_edit)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Section:"), self.kind)
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        edit_buttons = QHBoxLayout()
        edit_buttons.addStretch(1)
        edit_buttons.addWidget(self.save_button)
        edit_buttons.addWidget(self.cancel_button)
        edit = QWidget()
        edit_layout = QVBoxLayout(edit)
        edit_layout.setContentsMargins(0, 0, 0, 0)
        edit_layout.addLayout(self.form)
        edit_layout.addWidget(self.body_edit, 1)
        edit_layout.addLayout(edit_buttons)

        self.pages = QStackedWidget()
        self.pages.addWidget(view)
        self.pages.addWidget(edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.show_article(None)

    @property
    def editing(self) -> bool:
        return self.pages.currentIndex() == 1

    def show_article(self, article: ArticleRow | None) -> None:
        self.article = article
        self.title.setText(article.title if article else self.tr("Nothing found"))
        self.text.setPlainText(article.body if article else "")
        self.meta.setText(self._meta(article) if article else "")
        self.copy_button.setEnabled(article is not None)
        self.edit_button.setEnabled(article is not None)

    def _meta(self, article: ArticleRow) -> str:
        kind = label(article.kind)
        if article.own:
            kind = self.tr("{kind} of this subscriber").format(kind=kind)
        if article.updated_by is None:
            return kind
        return self.tr("{kind} · edited by {who} on {when}").format(
            kind=kind, who=article.updated_by, when=self.display.moment(article.updated_at)
        )

    def copy(self) -> None:
        if self.article is not None:
            QGuiApplication.clipboard().setText(self.article.text)
            self.copied.emit()

    def start_edit(self) -> None:
        if self.article is None:
            return
        self.adding = False
        self.form.setRowVisible(self.kind, False)
        self.title_edit.setText(self.article.title)
        self.body_edit.setPlainText(self.article.body)
        self._open_editor()

    def start_new(self) -> None:
        self.adding = True
        self.form.setRowVisible(self.kind, True)
        self.title_edit.clear()
        self.body_edit.clear()
        self._open_editor()

    def _open_editor(self) -> None:
        self.save_button.setEnabled(True)
        self.pages.setCurrentIndex(1)
        self.title_edit.setFocus()

    def stop_edit(self) -> None:
        self.pages.setCurrentIndex(0)

    def _save(self) -> None:
        self.save_button.setEnabled(False)
        # A combo box hands its data back as plain text, not the enumeration.
        kind = ArticleKind(self.kind.currentData()) if self.adding else None
        self.save_requested.emit(kind, self.title_edit.text(), self.body_edit.toPlainText())

    def save_failed(self) -> None:
        self.save_button.setEnabled(True)

"""The reference window: search the articles, read one out, copy it into a reply.

Opened from the main window (F2), with the open card's line so that the subscriber's
own tariff and services come first. It stays open beside the card while the agent talks.
Admins also edit and add articles here, through the operations of the core.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models import ArticleKind
from ui.misc.display import Display
from ui.misc.i18n import error_text
from ui.misc.labels import label
from ui.misc.operations import run_operation
from ui.misc.settings import GeometryMixin
from ui.misc.table import Column, make_table
from ui.misc.tasks import Runner
from ui.reference.article import ArticlePane
from ui.reference.model import ArticlesModel
from workstation.auth import Agent
from workstation.db import Database
from workstation.operations import Context
from workstation.operations.framework import ADMINS
from workstation.operations.reference import ArticleSaved
from workstation.reference import ArticleRow, SubscriberCodes, search_articles, subscriber_codes


class ReferenceDialog(GeometryMixin, QDialog):
    """Attributes:
    search: the search box; typing filters the list at once.
    model: the articles found (:class:`ArticlesModel`).
    pane: the article shown (:class:`ArticlePane`).
    """

    def __init__(
        self,
        db: Database,
        runner: Runner,
        display: Display,
        agent: Agent,
        *,
        line_id: int | None = None,
        parent: QWidget | None = None,
        pick: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ReferenceDialog")
        self.setWindowTitle(self.tr("Reference"))
        self.db = db
        self.runner = runner
        self.display = display
        self.agent = agent
        self.line_id = line_id
        self.codes: SubscriberCodes | None = None
        self._generation = 0
        self._wanted: int | None = None

        self.search = QLineEdit()
        self.search.setObjectName("referenceSearch")
        self.search.setPlaceholderText(
            self.tr("Words from the title or text: tariff, service, payment, roaming…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.search.installEventFilter(self)
        self.model = ArticlesModel(
            [
                Column(self.tr("Article"), lambda a: a.title, 250),
                Column(self.tr("Section"), lambda a: label(a.kind), 130),
            ]
        )
        self.table = make_table(self.model)
        self.table.setObjectName("referenceArticles")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.pane = ArticlePane(display, editable=agent.role in ADMINS)
        self.pane.copied.connect(lambda: self.status.setText(self.tr("Copied to the clipboard.")))
        self.pane.save_requested.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("muted")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("referenceSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        if pick:
            # Opened from an e-mail reply: the article chosen goes into the answer.
            insert = buttons.addButton(
                self.tr("&Insert into the reply"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            insert.setDefault(True)
            buttons.accepted.connect(self.accept)
        find = QLabel(self.tr("&Find:"))
        find.setBuddy(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(find)
        search_row.addWidget(self.search, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        if not self.restore_geometry():
            self.resize(1080, 640)
            splitter.setSizes([340, 740])
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down or Enter in the search box moves to the list, as in the subscriber search."""
        if watched is self.search and isinstance(event, QKeyEvent):
            keys = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if event.type() == QEvent.Type.KeyPress and event.key() in keys:
                self.table.setFocus()
                return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        """Search again with the box's text; the article shown stays shown if still found."""
        self._generation += 1
        generation = self._generation
        db, line_id, codes, text = self.db, self.line_id, self.codes, self.search.text()

        def work() -> tuple[SubscriberCodes | None, tuple[ArticleRow, ...]]:
            with db.read() as session:
                found = codes
                if found is None and line_id is not None:
                    found = subscriber_codes(session, line_id)
                return found, search_articles(
                    session,
                    text,
                    tariff_code=found.tariff_code if found else None,
                    service_codes=found.service_codes if found else (),
                )

        self.runner.submit(work, lambda result: self._found(generation, *result), self._failed)

    def _found(
        self, generation: int, codes: SubscriberCodes | None, rows: tuple[ArticleRow, ...]
    ) -> None:
        if generation != self._generation:
            return
        self.codes = codes
        keep = self._wanted or (self.pane.article.article_id if self.pane.article else None)
        self._wanted = None
        self.model.set_rows(rows)
        self.status.setText(self.tr("Articles found: {count}").format(count=len(rows)))
        row = self.model.row_of(keep)
        self.select_row(0 if row is None else row)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self.pane.show_article(None)

    def _current_changed(self, current: Any, _previous: Any) -> None:
        if self.pane.editing:
            return
        if current.isValid():
            self.pane.show_article(self.model.rows[current.row()])

    def save(self, kind: ArticleKind | None, title: str, body: str) -> None:
        ctx = Context(self.agent, time_zone=self.display.time_zone)
        if kind is not None:
            name, arguments = "add_reference_article", {"kind": kind, "title": title, "body": body}
        else:
            article = self.pane.article
            if article is None:
                return
            name = "edit_reference_article"
            arguments = {
                "article_id": article.article_id,
                "title": title,
                "body": body,
                "expected_updated_at": article.updated_at,
            }
        run_operation(
            self.runner,
            self.db,
            ctx,
            name,
            arguments,
            parent=self,
            done=self._saved,
            conflict=self._reload_after_conflict,
            failed=lambda _error: self.pane.save_failed(),
        )

    def _saved(self, saved: ArticleSaved) -> None:
        self.pane.stop_edit()
        self._wanted = saved.article_id
        self.status.setText(self.tr("Saved: {title}").format(title=saved.title))
        self.refresh()

    def _reload_after_conflict(self) -> None:
        self.pane.stop_edit()
        self.refresh()

    def done(self, result: int) -> None:
        self.save_geometry()
        super().done(result)


def open_reference(
    parent: QWidget,
    db: Database,
    runner: Runner,
    display: Display,
    agent: Agent,
    line_id: int | None,
) -> ReferenceDialog:
    """Show the reference beside the main window, for the card's line; one at a time."""
    for old in parent.findChildren(ReferenceDialog):
        old.close()
        old.deleteLater()
    dialog = ReferenceDialog(db, runner, display, agent, line_id=line_id, parent=parent)
    dialog.show()
    dialog.search.setFocus()
    return dialog


def reference_picker(
    db: Database, runner: Runner, display: Display, agent: Agent
) -> Callable[[QWidget], str | None]:
    """A provider of reference texts for an e-mail reply: the agent picks an article."""

    def pick(parent: QWidget) -> str | None:
        work = getattr(parent, "work", None)
        line_id = getattr(work, "line_id", None)
        dialog = ReferenceDialog(
            db, runner, display, agent, line_id=line_id, parent=parent, pick=True
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.pane.article is None:
            return None
        return dialog.pane.article.text

    return pick

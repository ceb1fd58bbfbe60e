"""The search panel: as-you-type search off the GUI thread, results, and opening a line.

Signals:
    open_line(int): the agent chose a line (Enter or double click).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from ui.misc.i18n import error_text
from ui.misc.tasks import Runner
from ui.search.delegate import SearchHitDelegate
from ui.search.model import SearchResultsModel
from workstation.db import Database
from workstation.search import Match, QueryError, SearchHit, parse_query, search

DEBOUNCE_MS = 50


class SearchPanel(QWidget):
    open_line = Signal(int)

    def __init__(self, db: Database, runner: Runner, language: str = "ru") -> None:
        super().__init__()
        self.setObjectName("SearchPanel")
        self.db = db
        self.runner = runner
        self.generation = 0
        self.answered = 0
        self.pending_open = False

        self.edit = QLineEdit()
        self.edit.setObjectName("searchEdit")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Number, name, account, contract or ICCID"))
        self.edit.installEventFilter(self)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)

        self.model = SearchResultsModel(language)
        self.table = QListView()
        self.table.setObjectName("searchResults")
        self.table.setModel(self.model)
        self.table.setModelColumn(SearchResultsModel.NUMBER)
        self.table.setItemDelegate(SearchHitDelegate(language))
        self.table.setUniformItemSizes(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(self._open_index)
        self.table.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        title = QLabel(self.tr("Search"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.edit.textChanged.connect(self._text_changed)
        self._show_hint(self.tr("Type a number, a surname, an account, a contract or an ICCID."))

    # -- typing and searching ------------------------------------------------------------

    def focus_search(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def _text_changed(self, _text: str) -> None:
        self.pending_open = False
        self.timer.start()

    def run_search(self) -> None:
        """Search for what is typed now; an answer to an older query will be dropped."""
        self.timer.stop()
        text = self.edit.text()
        self.generation += 1
        generation = self.generation
        try:
            parse_query(text)
        except QueryError as error:
            self.answered = generation
            self.pending_open = False
            self.model.set_hits([])
            self._show_hint("" if not text.strip() else error_text(error))
            return
        db = self.db

        def work() -> list[SearchHit]:
            with db.read() as session:
                return search(session, text)

        self.runner.submit(
            work,
            lambda hits: self._results(generation, hits),
            lambda error: self._failed(generation, error),
        )

    def _results(self, generation: int, hits: list[SearchHit]) -> None:
        if generation != self.generation:
            return  # a newer query was typed meanwhile
        self.answered = generation
        self.model.set_hits(hits)
        if hits:
            self._select(0)
            self._show_hint(self.tr("Found: %n", "", len(hits)))
        else:
            self._show_hint(self.tr("Nothing found."))
        if self.pending_open:
            self.pending_open = False
            self._open_direct()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self.generation:
            self.answered = generation
            self.model.set_hits([])
            self._show_hint(error_text(error))

    def _select(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, SearchResultsModel.NUMBER))

    def _show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    # -- keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.clear()
            return True
        if watched is self.edit:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._enter()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                self.table.setFocus()
                row = self.table.currentIndex().row()
                step = 1 if key == Qt.Key.Key_Down else -1
                self._select(max(0, min(self.model.rowCount() - 1, row + step)))
                return True
        elif watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_index(self.table.currentIndex())
            return True
        return False

    def _enter(self) -> None:
        if self.timer.isActive():
            # The agent pressed Enter before the search ran: search now, then open.
            self.pending_open = True
            self.run_search()
        elif self.answered != self.generation:
            self.pending_open = True  # the answer is on its way
        else:
            self._open_direct()

    def _open_direct(self) -> None:
        """A full number of one open line opens at once; otherwise the selected result."""
        numbers = [h for h in self.model.hits if h.match == Match.NUMBER]
        if len(numbers) == 1:
            self.open_line.emit(numbers[0].line_id)
            return
        index = self.table.currentIndex()
        if index.isValid():
            self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_line.emit(self.model.hit(index.row()).line_id)

    def clear(self) -> None:
        self.edit.clear()
        self.timer.stop()
        self.generation += 1
        self.model.set_hits([])
        self._show_hint("")
        self.edit.setFocus()

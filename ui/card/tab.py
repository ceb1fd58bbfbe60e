"""What every tab of the card shares: loading its view off the GUI thread for one line.

A tab is told which line is open (``set_line``) and loads when it is first shown; an
answer that arrives after the card moved to another line is dropped.

Signals:
    open_line(int): the agent asked to open another line from this tab.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ui.interaction.session import InteractionSession
from ui.misc.display import Display
from ui.misc.i18n import error_text
from ui.misc.tasks import Runner
from workstation.card import CardHeader
from workstation.db import Database


class CardTab(QWidget):
    """Signals:
    open_line(int): open another line of the customer.
    line_changed(): an operation changed the line; the card reloads.
    """

    open_line = Signal(int)
    line_changed = Signal()

    def __init__(self, db: Database, runner: Runner, display: Display) -> None:
        super().__init__()
        self.db = db
        self.runner = runner
        self.display = display
        self.header: CardHeader | None = None
        self.session: InteractionSession | None = None
        self.loaded_for: int | None = None
        self._generation = 0
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.hide()
        self.body = QWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.status)
        layout.addWidget(self.body, 1)

    def title(self) -> str:
        raise NotImplementedError

    def query(self, session: Session, header: CardHeader) -> Any:
        """Build the tab's view in a background thread."""
        raise NotImplementedError

    def show_view(self, view: Any) -> None:
        """Fill the widgets from the view, on the GUI thread."""
        raise NotImplementedError

    @property
    def verified(self) -> bool:
        """The caller of this card's subscriber is verified in the current interaction."""
        return (
            self.session is not None
            and self.header is not None
            and self.session.is_verified(self.header.customer_id)
        )

    @property
    def can_change(self) -> bool:
        return (
            self.session is not None
            and self.session.current is not None
            and self.header is not None
        )

    def set_line(self, header: CardHeader | None) -> None:
        self.header = header
        self.loaded_for = None
        self._generation += 1

    def ensure_loaded(self) -> None:
        if self.header is not None and self.loaded_for != self.header.line_id:
            self.reload()

    def reload(self) -> None:
        header = self.header
        if header is None:
            return
        self._generation += 1
        generation = self._generation
        self.loaded_for = header.line_id
        self.status.setText(self.tr("Loading…"))
        self.status.show()
        db = self.db

        def work() -> Any:
            with db.read() as session:
                return self.query(session, header)

        self.runner.submit(
            work, lambda view: self._done(generation, view), self._failed_for(generation)
        )

    def _done(self, generation: int, view: Any) -> None:
        if generation != self._generation:
            return
        self.status.hide()
        self.show_view(view)

    def _failed_for(self, generation: int) -> Any:
        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.status.setText(error_text(error))
                self.status.show()

        return failed

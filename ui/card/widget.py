"""The subscriber card: the header and the six tabs, loaded for one line at a time.

Signals:
    line_opened(object): the :class:`CardHeader` of the line now shown.
    open_line(int): a tab asked to open another line of the customer.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ui.card.billing import BillingTab
from ui.card.header import CardHeaderWidget
from ui.card.history import HistoryTab
from ui.card.profile import ProfileTab
from ui.card.services import ServicesTab
from ui.card.tab import CardTab
from ui.card.tariff import TariffTab
from ui.card.usage import UsageTab
from ui.interaction.session import InteractionSession
from ui.misc.display import Display
from ui.misc.i18n import error_text
from ui.misc.tasks import Runner
from workstation.card import CardHeader, load_header
from workstation.db import Database
from workstation.operations.scheduled import bring_line_up_to_date


class CardWidget(QWidget):
    line_opened = Signal(object)
    open_line = Signal(int)

    def __init__(
        self,
        db: Database,
        runner: Runner,
        display: Display,
        session: InteractionSession | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("CardWidget")
        self.db = db
        self.runner = runner
        self.session = session
        self._verified = False
        self.current: CardHeader | None = None
        self._generation = 0

        self.header = CardHeaderWidget(display)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cardTabs")
        self.tab_pages: list[CardTab] = [
            ProfileTab(db, runner, display),
            ServicesTab(db, runner, display),
            TariffTab(db, runner, display),
            BillingTab(db, runner, display),
            UsageTab(db, runner, display),
            HistoryTab(db, runner, display),
        ]
        for number, page in enumerate(self.tab_pages, start=1):
            self.tabs.addTab(page, f"&{number} {page.title()}")
            page.open_line.connect(self.open_line)
            page.line_changed.connect(self.reload)
            page.session = session
        if session is not None:
            session.changed.connect(self._session_changed)
        self.tabs.currentChanged.connect(self._tab_changed)

        card = QWidget()
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.addWidget(self.header)
        card_layout.addWidget(self.tabs, 1)
        self.placeholder = QLabel(
            self.tr("Find a subscriber on the left (Ctrl+F) and press Enter to open the card.")
        )
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(card)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    @property
    def profile(self) -> ProfileTab:
        page = self.tab_pages[0]
        assert isinstance(page, ProfileTab)
        return page

    def open(self, line_id: int) -> None:
        """Load the line's header, then the visible tab; the others when they are shown.

        A tariff or block arranged for a day that has come is put in force first, so the
        card never shows a plan or status that is over (the scheduler's job may not have
        run yet).
        """
        self._generation += 1
        generation = self._generation
        db = self.db

        def work() -> CardHeader:
            bring_line_up_to_date(db, line_id, datetime.now(UTC))
            with db.read() as session:
                return load_header(session, line_id)

        self.runner.submit(work, lambda header: self._show(generation, header), self._failed)

    def reload(self) -> None:
        if self.current is not None:
            self.open(self.current.line_id)

    def _show(self, generation: int, header: CardHeader) -> None:
        if generation != self._generation:
            return
        self.current = header
        self.header.show_header(header)
        self._verified = self.session is not None and self.session.is_verified(header.customer_id)
        self.header.set_verified(self._verified)
        for page in self.tab_pages:
            page.set_line(header)
        self.stack.setCurrentIndex(1)
        self._tab_changed(self.tabs.currentIndex())
        self.line_opened.emit(header)

    def _session_changed(self) -> None:
        """Verification opens (or closes again) the masked data: reload what shows it."""
        if self.current is None or self.session is None:
            return
        verified = self.session.is_verified(self.current.customer_id)
        self.header.set_verified(verified)
        if verified != self._verified:
            self._verified = verified
            for page in self.tab_pages:
                page.set_line(self.current)
            self._tab_changed(self.tabs.currentIndex())
        else:
            # Buttons that need an interaction follow whether one is open.
            self.tab_pages[self.tabs.currentIndex()].reload()

    def _failed(self, error: BaseException) -> None:
        self.placeholder.setText(error_text(error))
        self.stack.setCurrentIndex(0)

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(self.tab_pages):
            self.tab_pages[index].ensure_loaded()

    def show_tab(self, index: int) -> None:
        if self.current is not None and 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def close_card(self) -> None:
        self._generation += 1
        self.current = None
        for page in self.tab_pages:
            page.set_line(None)
        self.stack.setCurrentIndex(0)

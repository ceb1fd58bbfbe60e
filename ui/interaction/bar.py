"""The interaction bar: always on screen, it says who is on the line and whether verified.

Signals:
    start_requested(), verify_requested(), wrap_up_requested(): the agent pressed a button.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.interaction.session import InteractionSession
from ui.misc.display import Display
from ui.misc.labels import label


class InteractionBar(QFrame):
    start_requested = Signal()
    verify_requested = Signal()
    wrap_up_requested = Signal()

    def __init__(
        self, session: InteractionSession, display: Display, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interactionBar")
        self.session = session
        self.display = display
        self.state = QLabel()
        self.state.setObjectName("interactionState")
        self.elapsed = QLabel()
        self.elapsed.setObjectName("interactionElapsed")
        self.verified = QLabel()
        self.verified.setObjectName("verifiedBadge")
        self.start_button = QPushButton(self.tr("Start an interaction"))
        self.verify_button = QPushButton(self.tr("Verify the caller"))
        self.wrap_button = QPushButton(self.tr("Wrap up"))
        self.start_button.clicked.connect(self.start_requested)
        self.verify_button.clicked.connect(self.verify_requested)
        self.wrap_button.clicked.connect(self.wrap_up_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.state)
        layout.addWidget(self.elapsed)
        layout.addWidget(self.verified)
        layout.addStretch(1)
        layout.addWidget(self.start_button)
        layout.addWidget(self.verify_button)
        layout.addWidget(self.wrap_button)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        session.changed.connect(self.refresh)
        self.card_customer: int | None = None
        self.refresh()

    def set_card_customer(self, customer_id: int | None) -> None:
        self.card_customer = customer_id
        self.refresh()

    def refresh(self) -> None:
        current = self.session.current
        active = current is not None
        self.start_button.setVisible(not active)
        self.verify_button.setVisible(active)
        self.wrap_button.setVisible(active)
        self.elapsed.setVisible(active)
        self.verified.setVisible(active)
        self.setProperty("active", active)
        self.style().unpolish(self)
        self.style().polish(self)
        if current is None:
            self.timer.stop()
            self.state.setText(self.tr("No interaction in progress"))
            return
        caller = self.display.msisdn(current.caller) or self.tr("number unknown")
        self.state.setText(
            self.tr("Interaction {id}: {channel}, caller {caller}").format(
                id=current.interaction_id, channel=label(current.channel), caller=caller
            )
        )
        verified = self.session.is_verified(self.card_customer or current.customer_id)
        self.verified.setText(
            self.tr("Caller verified") if verified else self.tr("Caller not verified")
        )
        self.verified.setProperty("verified", verified)
        self.verified.style().unpolish(self.verified)
        self.verified.style().polish(self.verified)
        self.verify_button.setEnabled(self.card_customer is not None and not verified)
        self._tick()
        self.timer.start()

    def _tick(self) -> None:
        current = self.session.current
        if current is None:
            return
        seconds = max(0, int((datetime.now(UTC) - current.started_at).total_seconds()))
        self.elapsed.setText(self.display.duration(seconds))

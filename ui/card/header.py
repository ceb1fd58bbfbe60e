"""The card header: always visible, whatever tab is open.

Name, number, account, the line status as a coloured badge, balance (red below zero) and
credit limit, tariff, and whether the caller is verified.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QWidget

from ui.misc.display import Display
from ui.misc.labels import STATUS_COLORS, label
from workstation.card import CardHeader


class CardHeaderWidget(QFrame):
    def __init__(self, display: Display, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardHeader")
        self.display = display
        self.name = QLabel()
        self.name.setObjectName("cardName")
        self.number = QLabel()
        self.number.setObjectName("cardNumber")
        self.badge = QLabel()
        self.badge.setObjectName("statusBadge")
        self.verified = QLabel()
        self.verified.setObjectName("verifiedBadge")
        self.account = QLabel()
        self.balance = QLabel()
        self.balance.setObjectName("cardBalance")
        self.limit = QLabel()
        self.tariff = QLabel()
        for value in (self.account, self.limit, self.tariff):
            value.setObjectName("headerValue")

        top = QHBoxLayout()
        top.addWidget(self.name)
        top.addSpacing(12)
        top.addWidget(self.number)
        top.addSpacing(12)
        top.addWidget(self.badge)
        top.addWidget(self.verified)
        top.addStretch(1)
        facts = QGridLayout()
        facts.setHorizontalSpacing(24)
        for column, (caption, value) in enumerate(
            (
                (self.tr("Account"), self.account),
                (self.tr("Balance"), self.balance),
                (self.tr("Credit limit"), self.limit),
                (self.tr("Tariff"), self.tariff),
            )
        ):
            title = QLabel(caption)
            title.setObjectName("headerCaption")
            facts.addWidget(title, 0, column)
            facts.addWidget(value, 1, column)
        facts.setColumnStretch(4, 1)
        layout = QGridLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top, 0, 0)
        layout.addLayout(facts, 1, 0)
        self.set_verified(False)

    def show_header(self, header: CardHeader) -> None:
        d = self.display
        self.name.setText(header.name)
        self.number.setText(header.msisdn_display)
        self.badge.setText(label(header.status))
        self.badge.setStyleSheet(f"background: {STATUS_COLORS[header.status]};")
        self.account.setText(header.account_number)
        self.balance.setText(d.money(header.balance))
        self.balance.setProperty("negative", header.balance < 0)
        self.balance.style().unpolish(self.balance)
        self.balance.style().polish(self.balance)
        self.limit.setText(d.money(header.credit_limit))
        tariff = header.tariff_name
        if header.next_tariff_name and header.next_tariff_on:
            tariff += self.tr(" → {next} from {day}").format(
                next=header.next_tariff_name, day=d.day(header.next_tariff_on)
            )
        self.tariff.setText(tariff)

    def set_verified(self, verified: bool) -> None:
        self.verified.setText(
            self.tr("Caller verified") if verified else self.tr("Caller not verified")
        )
        self.verified.setProperty("verified", verified)
        self.verified.style().unpolish(self.verified)
        self.verified.style().polish(self.verified)

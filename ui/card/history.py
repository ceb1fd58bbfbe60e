"""The History tab: the customer's interactions with the contact center and recorded changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout
from sqlalchemy.orm import Session

from models import LineStatus
from ui.card.tab import CardTab
from ui.misc.display import Display
from ui.misc.labels import label, operation_name
from ui.misc.table import Column, RowsModel, make_table
from ui.misc.tasks import Runner
from workstation.card import CardHeader, HistoryView, load_history
from workstation.card.history import ChangeRow, InteractionRow
from workstation.db import Database
from workstation.operations.interactions import REASONS


class HistoryTab(CardTab):
    def __init__(self, db: Database, runner: Runner, display: Display) -> None:
        super().__init__(db, runner, display)
        d = self.display
        self.interactions = RowsModel[InteractionRow](
            [
                Column(self.tr("Started"), lambda i: d.moment(i.started_at), 130),
                Column(self.tr("Channel"), lambda i: label(i.channel), 170),
                Column(self.tr("Caller"), lambda i: d.msisdn(i.caller_msisdn), 140),
                Column(self.tr("Agent"), lambda i: i.agent, 200),
                Column(self.tr("Outcome"), lambda i: label(i.outcome), 150),
                Column(self.tr("Verified"), lambda i: self.tr("yes") if i.verified else "", 80),
                Column(self.tr("What was done"), self._operations, 260),
                Column(self.tr("Reasons"), self._reasons, 220),
                Column(self.tr("Note"), lambda i: i.note, 400),
            ]
        )
        kinds = {
            "number_assigned": self.tr("Number assigned"),
            "number_released": self.tr("Number released"),
            "sim_replaced": self.tr("SIM replaced"),
            "status": self.tr("Line status"),
        }
        self.changes = RowsModel[ChangeRow](
            [
                Column(self.tr("When"), lambda c: d.moment(c.at), 130),
                Column(self.tr("What"), lambda c: kinds.get(c.kind, c.kind), 170),
                Column(self.tr("Number"), lambda c: d.msisdn(c.msisdn), 140),
                Column(self.tr("Details"), self._detail, 300),
                Column(self.tr("By"), lambda c: c.agent or "", 160),
            ]
        )
        first = QGroupBox(self.tr("Interactions"))
        QVBoxLayout(first).addWidget(make_table(self.interactions))
        second = QGroupBox(self.tr("Changes on record"))
        QVBoxLayout(second).addWidget(make_table(self.changes))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(first)
        splitter.addWidget(second)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def title(self) -> str:
        return self.tr("History")

    def _operations(self, row: InteractionRow) -> str:
        return ", ".join(operation_name(name) for name in row.operations)

    def _reasons(self, row: InteractionRow) -> str:
        return ", ".join(
            QCoreApplication.translate("reasons", REASONS[code])
            for code in row.reasons
            if code in REASONS
        )

    def _detail(self, change: ChangeRow) -> str:
        if change.kind == "status":
            return label(LineStatus(change.detail))
        return change.detail

    def query(self, session: Session, header: CardHeader) -> HistoryView:
        return load_history(session, header.customer_id)

    def show_view(self, view: HistoryView) -> None:
        self.interactions.set_rows(view.interactions)
        self.changes.set_rows(view.changes)

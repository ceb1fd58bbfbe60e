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
from workstation.names import short_name
from workstation.operations.interactions import REASONS


class HistoryTab(CardTab):
    def __init__(self, db: Database, runner: Runner, display: Display) -> None:
        super().__init__(db, runner, display)
        d = self.display
        self.interactions = RowsModel[InteractionRow](
            [
                Column(self.tr("Started"), lambda i: d.moment(i.started_at), 180),
                Column(self.tr("Channel"), lambda i: label(i.channel), 160),
                Column(self.tr("Caller"), lambda i: d.msisdn(i.caller_msisdn), 160),
                Column(self.tr("Agent"), lambda i: _short(i.agent), 180),
                Column(self.tr("Outcome"), lambda i: label(i.outcome), 180),
                Column(self.tr("Verified"), lambda i: self.tr("yes") if i.verified else "", 100),
                # Reasons, what was done and the note are free text: one column, wrapped.
                Column(self.tr("Details"), self._details, 240, stretch=True, wrap=True),
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
                Column(self.tr("When"), lambda c: d.moment(c.at), 180),
                Column(self.tr("What"), lambda c: kinds.get(c.kind, c.kind), 200),
                Column(self.tr("Number"), lambda c: d.msisdn(c.msisdn), 160),
                Column(self.tr("Details"), self._detail, 240, stretch=True),
                Column(self.tr("By"), lambda c: c.agent or "", 240),
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

    def _details(self, row: InteractionRow) -> str:
        """Why they called, what was done and the agent's note, a line each."""
        reasons = ", ".join(
            QCoreApplication.translate("reasons", REASONS[code])
            for code in row.reasons
            if code in REASONS
        )
        done = ", ".join(operation_name(name) for name in row.operations)
        lines = [
            self.tr("Reasons: {reasons}").format(reasons=reasons) if reasons else "",
            self.tr("Done: {operations}").format(operations=done) if done else "",
            self.tr("Note: {note}").format(note=row.note) if row.note else "",
        ]
        return "\n".join(line for line in lines if line)

    def _detail(self, change: ChangeRow) -> str:
        if change.kind == "status":
            return label(LineStatus(change.detail))
        return change.detail

    def query(self, session: Session, header: CardHeader) -> HistoryView:
        return load_history(session, header.customer_id)

    def show_view(self, view: HistoryView) -> None:
        self.interactions.set_rows(view.interactions)
        self.changes.set_rows(view.changes)


def _short(name: str) -> str:
    """``Смирнова А. С.`` for an agent's full name: the column stays narrow."""
    parts = name.split()
    if not parts:
        return ""
    given = [*parts[1:3], None, None]
    return short_name(parts[0], given[0], given[1])

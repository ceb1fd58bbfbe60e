"""The Usage detail tab: every call, SMS and data session of a period, with filters.

The table reads windows of rows from :class:`UsageModel`; the filters become a new
selection in the database. The footer shows the totals of the whole selection.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models import Direction, UsageKind
from ui.card.tab import CardTab
from ui.card.usage_model import UsageModel
from ui.misc.display import Display
from ui.misc.labels import label
from ui.misc.operations import run_operation
from ui.misc.table import fit_columns, make_table
from ui.misc.tasks import Runner
from workstation.card import CardHeader
from workstation.card.usage import UsageFilter, UsageTotals
from workstation.db import Database
from workstation.formatting import zone

MONTHS_BACK = 12


def _month_start(day: date, back: int) -> date:
    month = day.month - back
    year = day.year
    while month < 1:
        month += 12
        year -= 1
    return date(year, month, 1)


class UsageTab(CardTab):
    def __init__(self, db: Database, runner: Runner, display: Display) -> None:
        super().__init__(db, runner, display)
        self.model = UsageModel(db, runner, display)
        self.model.totals_changed.connect(self._show_totals)
        self.table = make_table(self.model)
        self.table.setObjectName("usageTable")
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(UsageModel.TIME, Qt.SortOrder.AscendingOrder)
        fit_columns(
            self.table,
            (),
            UsageModel.PARTY,
            self.model.samples,
            sortable=lambda column: column in UsageModel.SORTABLE,
        )

        self.month = QComboBox()
        self.month.setObjectName("usageMonth")
        self.month.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.month.setMinimumContentsLength(14)
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.kinds: dict[UsageKind, QCheckBox] = {}
        for kind in UsageKind:
            box = QCheckBox(label(kind))
            box.setChecked(True)
            box.toggled.connect(self.apply_filter)
            self.kinds[kind] = box
        self.direction = QComboBox()
        self.direction.addItem(self.tr("All directions"), None)
        self.direction.addItem(self.tr("Outgoing only"), Direction.OUTGOING)
        self.direction.addItem(self.tr("Incoming only"), Direction.INCOMING)
        self.direction.currentIndexChanged.connect(self.apply_filter)
        self.totals = QLabel()
        self.totals.setObjectName("usageTotals")

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:")))
        bar.addWidget(self.month)
        bar.addWidget(QLabel(self.tr("from")))
        bar.addWidget(self.first)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.last)
        bar.addSpacing(16)
        for box in self.kinds.values():
            bar.addWidget(box)
        bar.addSpacing(16)
        bar.addWidget(self.direction)
        bar.addStretch(1)
        self.masked_note = QLabel(
            self.tr(
                "The usage detail is shown once the caller is verified: calls and messages are "
                "protected by the secret of communications."
            )
        )
        self.masked_note.setObjectName("placeholder")
        self.masked_note.setWordWrap(True)
        self.masked_note.hide()
        self.filters: list[QWidget] = [
            self.month,
            self.first,
            self.last,
            self.direction,
            *self.kinds.values(),
        ]
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.masked_note)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        self.month.currentIndexChanged.connect(self._month_chosen)
        self.first.dateChanged.connect(self.apply_filter)
        self.last.dateChanged.connect(self.apply_filter)
        self._quiet = False
        self._audited: tuple[int, date, date] | None = None

    def title(self) -> str:
        return self.tr("Usage detail")

    def set_line(self, header: CardHeader | None) -> None:
        super().set_line(header)
        self.model.set_filter(None)

    def query(self, session: Session, header: CardHeader) -> Any:
        return header  # the model does its own queries; nothing to load here

    def show_view(self, view: Any) -> None:
        assert isinstance(view, CardHeader)
        masked = not self.verified
        self.masked_note.setVisible(masked)
        self.table.setVisible(not masked)
        self.totals.setVisible(not masked)
        for widget in self.filters:
            widget.setEnabled(not masked)
        if masked:
            self.model.set_filter(None)
            return
        today = datetime.now(UTC).astimezone(zone(view.account_time_zone)).date()
        self._quiet = True
        self.month.clear()
        for back in range(MONTHS_BACK):
            start = _month_start(today, back)
            self.month.addItem(self.display.month(start), start)
        self._quiet = False
        self.month.setCurrentIndex(0)
        self._month_chosen(0)

    def _month_chosen(self, index: int) -> None:
        start = self.month.itemData(index)
        if self._quiet or not isinstance(start, date):
            return
        end = _month_start(start, -1) - timedelta(days=1)
        self._quiet = True
        self.first.setDate(QDate(start.year, start.month, start.day))
        self.last.setDate(QDate(end.year, end.month, end.day))
        self._quiet = False
        self.apply_filter()

    def apply_filter(self) -> None:
        if self._quiet or self.header is None or not self.verified:
            return
        first, last = self.first.date().toPython(), self.last.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        if self.session is not None and self._audited != (self.header.line_id, first, last):
            # Opening someone's calls is on record, like every view of sensitive data.
            self._audited = (self.header.line_id, first, last)
            run_operation(
                self.runner,
                self.db,
                self.session.context(),
                "view_usage_detail",
                {"line_id": self.header.line_id, "first": first, "last": last},
                parent=self,
                done=lambda _r: None,
            )
        kinds = frozenset(k for k, box in self.kinds.items() if box.isChecked())
        self.model.set_filter(
            UsageFilter(
                line_id=self.header.line_id,
                first=first,
                last=max(first, last),
                time_zone=self.header.account_time_zone,
                kinds=kinds if len(kinds) < len(self.kinds) else None,
                direction=Direction(direction)
                if (direction := self.direction.currentData())
                else None,
            )
        )

    def _show_totals(self, totals: UsageTotals | None) -> None:
        if totals is None:
            self.totals.clear()
            return
        d = self.display
        self.totals.setText(
            self.tr(
                "Records: {count} · calls: {calls} ({duration}) · messages: {messages} · "
                "internet: {volume} · total: {cost}"
            ).format(
                count=d.number(totals.count),
                calls=d.number(totals.calls),
                duration=d.duration(totals.call_seconds),
                messages=d.number(totals.messages),
                volume=d.volume(totals.data_bytes),
                cost=d.money(totals.cost),
            )
        )

"""The Services tab: the line's services, and the others its tariff allows."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout
from sqlalchemy.orm import Session

from ui.card.actions import ActivateServiceDialog, DeactivateServiceDialog
from ui.card.tab import CardTab
from ui.misc.display import Display
from ui.misc.labels import label
from ui.misc.table import Column, RowsModel, make_table
from ui.misc.tasks import Runner
from workstation.card import CardHeader, ServicesView, load_services
from workstation.card.services import AvailableService, ServiceInfo, Subscription
from workstation.db import Database


class ServicesTab(CardTab):
    def __init__(self, db: Database, runner: Runner, display: Display) -> None:
        super().__init__(db, runner, display)
        d = self.display
        self.active = RowsModel[Subscription](
            [
                Column(self.tr("Service"), lambda s: s.service.name, 200, stretch=True),
                Column(self.tr("Category"), lambda s: label(s.service.category), 160),
                Column(self.tr("Fee"), lambda s: self._fee(s.service), 200, right=True),
                Column(self.tr("Since"), lambda s: d.moment(s.started_at), 170),
                Column(self.tr("Until"), lambda s: d.moment(s.ended_at), 170),
            ]
        )
        self.available = RowsModel[AvailableService](
            [
                Column(self.tr("Service"), lambda a: a.service.name, 200, wrap=True),
                Column(self.tr("Category"), lambda a: label(a.service.category), 160),
                Column(
                    self.tr("Connection"),
                    lambda a: d.money(a.service.connection_fee),
                    150,
                    right=True,
                ),
                Column(self.tr("Fee"), lambda a: self._fee(a.service), 200, right=True),
                Column(self.tr("Conflicts with"), lambda a: a.conflicts_with or "", 180, wrap=True),
                Column(
                    self.tr("What it does"),
                    lambda a: a.service.description,
                    240,
                    stretch=True,
                    wrap=True,
                ),
            ]
        )
        self.active_table = make_table(self.active)
        self.available_table = make_table(self.available)
        self.activate_button = QPushButton(self.tr("Switch &on…"))
        self.deactivate_button = QPushButton(self.tr("Switch o&ff…"))
        self.activate_button.clicked.connect(self.activate)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.available_table.doubleClicked.connect(lambda _i: self.activate())
        self.view: ServicesView | None = None
        active_box = QGroupBox(self.tr("Services of the line"))
        active_layout = QVBoxLayout(active_box)
        active_layout.addWidget(self.active_table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.deactivate_button)
        buttons.addStretch(1)
        active_layout.addLayout(buttons)
        available_box = QGroupBox(self.tr("Available on the tariff"))
        available_layout = QVBoxLayout(available_box)
        available_layout.addWidget(self.available_table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.activate_button)
        buttons.addStretch(1)
        available_layout.addLayout(buttons)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(active_box, 2)
        layout.addWidget(available_box, 3)

    def title(self) -> str:
        return self.tr("Services")

    def _fee(self, service: ServiceInfo) -> str:
        if not service.fee:
            return self.tr("free")
        return f"{self.display.money(service.fee)} {label(service.fee_period)}"

    def query(self, session: Session, header: CardHeader) -> ServicesView:
        return load_services(session, header.line_id)

    def show_view(self, view: ServicesView) -> None:
        self.view = view
        self.active.set_rows(view.active)
        self.available.set_rows(view.available)
        self.activate_button.setEnabled(self.can_change)
        self.deactivate_button.setEnabled(self.can_change)

    def activate(self) -> None:
        if not self.can_change or self.view is None or self.header is None or self.session is None:
            return
        index = self.available_table.currentIndex()
        chosen = self.available.rows[index.row()].service.code if index.isValid() else None
        dialog = ActivateServiceDialog(
            self.session, self.runner, self.header, self.display, self.view.available, self, chosen
        )
        dialog.exec()
        if dialog.result() == QDialog.DialogCode.Accepted or dialog.conflicted:
            self.line_changed.emit()

    def deactivate(self) -> None:
        if not self.can_change or self.header is None or self.session is None:
            return
        index = self.active_table.currentIndex()
        if not index.isValid():
            return
        dialog = DeactivateServiceDialog(
            self.session,
            self.runner,
            self.header,
            self.display,
            self.active.rows[index.row()],
            self,
        )
        dialog.exec()
        if dialog.result() == QDialog.DialogCode.Accepted or dialog.conflicted:
            self.line_changed.emit()

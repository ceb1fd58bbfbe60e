"""The Tariff tab: the plan, its prices beyond the allowance, and this month's use of it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)
from sqlalchemy.orm import Session

from ui.card.actions import ChangeTariffDialog
from ui.card.forms import InfoGroup
from ui.card.tab import CardTab
from ui.misc.display import Display
from ui.misc.labels import label
from ui.misc.table import Column, RowsModel, make_table
from ui.misc.tasks import Runner
from workstation.card import CardHeader, TariffView, load_tariff
from workstation.card.tariff import Allowance, Rate
from workstation.db import Database


class TariffTab(CardTab):
    def __init__(self, db: Database, runner: Runner, display: Display) -> None:
        super().__init__(db, runner, display)
        self.plan = InfoGroup(self.tr("Tariff plan"))
        for key, caption in (
            ("name", self.tr("Name:")),
            ("status", self.tr("Status:")),
            ("fee", self.tr("Monthly fee:")),
            ("included", self.tr("Included:")),
            ("switch_fee", self.tr("Fee for switching to it:")),
            ("block", self.tr("Voluntary block:")),
            ("description", self.tr("Description:")),
        ):
            self.plan.add(key, caption)
        self.usage_box = QGroupBox(self.tr("This month"))
        usage = QGridLayout(self.usage_box)
        self.bars: dict[str, tuple[QProgressBar, QLabel]] = {}
        for row, (key, caption) in enumerate(
            (
                ("minutes", self.tr("Minutes")),
                ("sms", self.tr("SMS")),
                ("data", self.tr("Internet")),
            )
        ):
            bar = QProgressBar()
            bar.setTextVisible(False)
            text = QLabel()
            self.bars[key] = (bar, text)
            usage.addWidget(QLabel(caption), row, 0)
            usage.addWidget(bar, row, 1)
            usage.addWidget(text, row, 2)
        self.month_cost = QLabel()
        usage.addWidget(self.month_cost, 3, 0, 1, 3)
        usage.setColumnStretch(1, 1)
        self.rates = RowsModel[Rate](
            [
                Column(self.tr("Kind"), lambda r: label(r.kind), 140),
                Column(self.tr("Where"), lambda r: label(r.zone), 120, stretch=True),
                Column(self.tr("Direction"), lambda r: label(r.direction), 140),
                Column(self.tr("Price"), lambda r: self._price(r), 200, right=True),
            ]
        )
        rates_box = QGroupBox(self.tr("Prices beyond the allowance"))
        QVBoxLayout(rates_box).addWidget(make_table(self.rates))
        self.change_button = QPushButton(self.tr("&Change the tariff…"))
        self.change_button.clicked.connect(self.change)
        grid = QGridLayout(self.body)
        grid.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 2, 0, 1, 2)
        grid.addWidget(self.plan, 0, 0)
        grid.addWidget(self.usage_box, 1, 0)
        grid.addWidget(rates_box, 0, 1, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def title(self) -> str:
        return self.tr("Tariff")

    def _price(self, rate: Rate) -> str:
        unit = {
            "voice": self.tr("per min"),
            "sms": self.tr("per SMS"),
            "mms": self.tr("per MMS"),
            "data": self.tr("per MB"),
        }[rate.kind.value]
        return f"{self.display.money(rate.price)} {unit}"

    def query(self, session: Session, header: CardHeader) -> TariffView:
        return load_tariff(session, header.line_id)

    def show_view(self, view: TariffView) -> None:
        d = self.display
        self.plan.set("name", view.name)
        self.plan.set("status", label(view.status))
        self.plan.set("fee", d.money(view.monthly_fee))
        self.plan.set(
            "included",
            self.tr("{minutes} min, {sms} SMS, {data}").format(
                minutes=d.number(view.minutes.included),
                sms=d.number(view.sms.included),
                data=d.volume(view.data_mb.included * 1024 * 1024),
            ),
        )
        self.plan.set("switch_fee", d.money(view.switch_fee))
        self.plan.set(
            "block",
            self.tr("free for %n day(s), then {fee} a day", "", view.block_free_days).format(
                fee=d.money(view.block_daily_fee)
            ),
        )
        self.plan.set("description", view.description)
        self.usage_box.setTitle(
            self.tr("Allowance used in {month}").format(month=d.month(view.period, title=False))
        )
        self._bar("minutes", view.minutes, self.tr("{used} of {total} min"))
        self._bar("sms", view.sms, self.tr("{used} of {total} SMS"))
        self._bar("data", view.data_mb, self.tr("{used} of {total} MB"))
        self.month_cost.setText(
            self.tr("Usage beyond the allowance this month: {cost}").format(
                cost=d.money(view.month_cost)
            )
        )
        self.rates.set_rows(view.rates)
        self.change_button.setEnabled(self.can_change)
        if self.header is not None and self.header.next_tariff_name and self.header.next_tariff_on:
            self.plan.set(
                "name",
                self.tr("{name} (from {day}: {next})").format(
                    name=view.name,
                    day=d.day(self.header.next_tariff_on),
                    next=self.header.next_tariff_name,
                ),
            )

    def change(self) -> None:
        if not self.can_change or self.header is None or self.session is None:
            return
        dialog = ChangeTariffDialog(self.session, self.runner, self.header, self.display, self)
        dialog.exec()
        if dialog.result() == QDialog.DialogCode.Accepted or dialog.conflicted:
            self.line_changed.emit()

    def _bar(self, key: str, allowance: Allowance, template: str) -> None:
        bar, text = self.bars[key]
        bar.setMaximum(max(1, allowance.included))
        bar.setValue(min(allowance.used, allowance.included))
        text.setText(
            template.format(
                used=self.display.number(allowance.used),
                total=self.display.number(allowance.included),
            )
        )

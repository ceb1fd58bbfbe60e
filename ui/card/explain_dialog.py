"""What a charge is made of, opened from the Billing tab ("Explain…" or a double-click).

A fee is explained by its tariff or service and the days it covers; a usage charge by
the records behind it, grouped and listed, with their sum beside the charge so that the
agent sees at once whether the two agree. The groups and sums may be read to any caller;
the records themselves (numbers, times) are the secret of communications: they are listed
only once the caller is verified, through the ``view_charge_records`` operation, which
puts the view on record.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.misc.display import Display
from ui.misc.i18n import error_text
from ui.misc.labels import label
from ui.misc.settings import GeometryMixin
from ui.misc.table import Column, RowsModel, make_table
from ui.misc.tasks import Runner
from workstation.card.explain import (
    BlockFee,
    ChargeExplanation,
    ChargeRecords,
    ServiceFee,
    TariffFee,
    UsageBehind,
    UsageGroup,
    explain_charge,
)
from workstation.card.usage import UsageRow
from workstation.db import Database
from workstation.operations import Context, execute
from workstation.phone import format_msisdn


class ExplainDialog(GeometryMixin, QDialog):
    """Attributes:
    groups: the usage records by kind, zone and direction.
    records: the usage records themselves, with the running total; empty until the
        caller is verified.
    records_note: why the records are not listed (not verified, loading, refused).
    check: whether the records add up to the charge.

    ``context`` makes the context of the agent's interaction when its caller is verified
    for this subscriber; without it the records stay hidden.
    """

    def __init__(
        self,
        db: Database,
        runner: Runner,
        display: Display,
        charge_id: int,
        parent: QWidget | None = None,
        *,
        context: Callable[[], Context] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ExplainDialog")
        self.setWindowTitle(self.tr("What the charge is made of"))
        self.db = db
        self.runner = runner
        self.context = context
        self.display = display
        d = display
        self.explanation: ChargeExplanation | None = None
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check = QLabel()
        self.check.setWordWrap(True)
        self.groups = RowsModel[UsageGroup](
            [
                Column(self.tr("Kind"), lambda g: label(g.kind), 110),
                Column(self.tr("Zone"), lambda g: label(g.zone), 160),
                Column(self.tr("Direction"), lambda g: label(g.direction), 130),
                Column(self.tr("Records"), lambda g: d.number(g.count), 90, right=True),
                Column(self.tr("Duration or volume"), self._amount_of, 130, right=True),
                Column(self.tr("Cost"), lambda g: d.money(g.cost), 120, right=True),
            ]
        )
        self.records = RowsModel[UsageRow](
            [
                Column(self.tr("Time"), lambda r: d.moment(r.started_at, seconds=True), 150),
                Column(self.tr("Kind"), lambda r: label(r.kind), 90),
                Column(self.tr("Direction"), lambda r: label(r.direction), 120),
                Column(self.tr("Number"), self._party, 170),
                Column(self.tr("Duration or volume"), self._size, 120, right=True),
                Column(self.tr("Zone"), lambda r: label(r.zone), 160),
                Column(self.tr("Cost"), lambda r: d.money(r.cost), 100, right=True),
                Column(
                    self.tr("Running total"), lambda r: d.money(r.running_cost), 120, right=True
                ),
            ]
        )
        self.usage_box = QSplitter(Qt.Orientation.Vertical)
        self.usage_box.setObjectName("explainSplitter")
        groups_box = QGroupBox(self.tr("By kind, zone and direction"))
        self.groups_table = make_table(self.groups)
        QVBoxLayout(groups_box).addWidget(self.groups_table)
        records_box = QGroupBox(self.tr("The records"))
        self.records_table = make_table(self.records)
        self.records_table.hide()
        self.records_note = QLabel()
        self.records_note.setObjectName("placeholder")
        self.records_note.setWordWrap(True)
        records_layout = QVBoxLayout(records_box)
        records_layout.addWidget(self.records_note)
        records_layout.addWidget(self.records_table, 1)
        self.usage_box.addWidget(groups_box)
        self.usage_box.addWidget(records_box)
        self.usage_box.setSizes([190, 330])
        self.usage_box.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.detail)
        layout.addWidget(self.check)
        layout.addWidget(self.usage_box, 1)
        # A fee's explanation is a few lines: keep them together at the top.
        layout.addStretch(1)
        self.filler = layout.count() - 1
        layout.addWidget(buttons)
        if not self.restore_geometry():
            self.resize(1060, 640)

        def work() -> ChargeExplanation:
            with db.read() as session:
                return explain_charge(session, charge_id)

        runner.submit(work, self.show_explanation, lambda e: self.heading.setText(error_text(e)))

    def _amount_of(self, group: UsageGroup) -> str:
        if group.volume_bytes:
            return self.display.volume(group.volume_bytes)
        if group.duration_s:
            return self.display.duration(group.duration_s)
        return ""

    def _size(self, row: UsageRow) -> str:
        if row.volume_bytes is not None:
            return self.display.volume(row.volume_bytes)
        if row.duration_s is not None:
            return self.display.duration(row.duration_s)
        return ""

    @staticmethod
    def _party(row: UsageRow) -> str:
        party = format_msisdn(row.other_party) if row.other_party else ""
        return f"{party} ({row.roaming_country})" if row.roaming_country else party

    def show_explanation(self, e: ChargeExplanation) -> None:
        d = self.display
        self.explanation = e
        self.heading.setText(
            self.tr("{category}: {amount}").format(
                category=label(e.category), amount=d.money(e.amount)
            )
        )
        self.form.addRow(self.tr("Period:"), QLabel(d.month(e.period)))
        self.form.addRow(self.tr("Account:"), QLabel(e.account_number))
        if e.msisdn:
            self.form.addRow(self.tr("Number:"), QLabel(d.msisdn(e.msisdn)))
        self.form.addRow(self.tr("Charged:"), QLabel(d.moment(e.charged_at)))
        self.form.addRow(self.tr("Description:"), QLabel(e.description))
        if e.reason_code:
            self.form.addRow(self.tr("Reason code:"), QLabel(e.reason_code))
        if e.tariff_fee is not None:
            self.detail.setText(self._tariff_text(e.tariff_fee))
        elif e.service_fee is not None:
            self.detail.setText(self._service_text(e.service_fee))
        elif e.block_fee is not None:
            self.detail.setText(self._block_text(e.block_fee))
        elif e.usage is not None:
            self._show_usage(e, e.usage)
        else:
            self.detail.setText(
                self.tr("A one-off charge or a correction: its description and reason say why.")
            )

    def _tariff_text(self, fee: TariffFee) -> str:
        text = self.tr("The monthly fee of the tariff plan «{tariff}»: {fee} a month.").format(
            tariff=fee.tariff_name, fee=self.display.money(fee.monthly_fee)
        )
        if fee.days is None:
            return text + " " + self.tr("Charged for the whole month.")
        return (
            text
            + " "
            + self.tr(
                "Charged pro rata for {days} of the month's {month_days} days: "
                "the fee × {days} / {month_days}."
            ).format(days=fee.days, month_days=fee.month_days)
        )

    def _service_text(self, fee: ServiceFee) -> str:
        d = self.display
        if fee.connection:
            what = self.tr("the connection fee of the service «{service}»: {fee}.").format(
                service=fee.service_name, fee=d.money(fee.connection_fee)
            )
        elif fee.days is not None:
            what = self.tr("the daily fee of «{service}», {fee} a day, for {days} days.").format(
                service=fee.service_name, fee=d.money(fee.fee), days=fee.days
            )
        else:
            what = self.tr("the fee of «{service}»: {fee} {period}.").format(
                service=fee.service_name, fee=d.money(fee.fee), period=label(fee.fee_period)
            )
        periods = [
            self.tr("from {start} until {end}").format(start=d.moment(start), end=d.moment(end))
            if end
            else self.tr("from {start}, still on").format(start=d.moment(start))
            for start, end in fee.subscriptions
        ]
        on = "; ".join(periods) or self.tr("no subscription in this month")
        return self.tr("This is {what} The service was on: {periods}.").format(
            what=what, periods=on
        )

    def _block_text(self, fee: BlockFee) -> str:
        d = self.display
        if fee.free_days:
            text = self.tr(
                "A voluntary block on the tariff «{tariff}»: free for {free} days, then {fee} a day."
            ).format(tariff=fee.tariff_name, free=fee.free_days, fee=d.money(fee.daily_fee))
        else:
            text = self.tr(
                "A voluntary block on the tariff «{tariff}»: {fee} a day from the first day."
            ).format(tariff=fee.tariff_name, fee=d.money(fee.daily_fee))
        if fee.days is None:
            return text
        return text + " " + self.tr("Charged for {days} days.").format(days=fee.days)

    def _show_usage(self, e: ChargeExplanation, usage: UsageBehind) -> None:
        d = self.display
        self.detail.setText(
            self.tr(
                "{count} records of the line from {start} to {end} ({kinds}); the period is the "
                "calendar month in the account's time zone."
            ).format(
                count=d.number(usage.count),
                start=d.moment(usage.starts),
                end=d.moment(usage.ends),
                kinds=self.tr("everything used abroad")
                if usage.roaming
                else self.tr("{kinds}, outside roaming").format(kinds=label(e.category)),
            )
        )
        if e.adds_up:
            self.check.setText(
                self.tr("✓ The records add up to {total}, the same as the charge.").format(
                    total=d.money(usage.total)
                )
            )
        else:
            self.check.setText(
                self.tr(
                    "The records add up to {total}, but the charge is {amount}: "
                    "pass it to billing before explaining it."
                ).format(total=d.money(usage.total), amount=d.money(e.amount))
            )
            self.check.setObjectName("error")
            self.check.style().unpolish(self.check)
            self.check.style().polish(self.check)
        self.groups.set_rows(usage.groups)
        shown = min(len(usage.groups), 6)
        header = self.groups_table.horizontalHeader().sizeHint().height()
        self.groups_table.setMinimumHeight(header + shown * self.groups_table.rowHeight(0) + 4)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.setStretch(self.filler, 0)
        self.usage_box.show()
        self._load_records(e)

    def _load_records(self, e: ChargeExplanation) -> None:
        """List the records for a verified caller: the core checks and records the view."""
        if self.context is None:
            self.records_note.setText(
                self.tr(
                    "The records are shown once the caller is verified: calls and messages are "
                    "protected by the secret of communications."
                )
            )
            return
        assert e.line_id is not None
        self.records_note.setText(self.tr("Loading the records…"))
        db, ctx, line_id, charge_id = self.db, self.context(), e.line_id, e.charge_id

        def work() -> ChargeRecords:
            return execute(db, ctx, "view_charge_records", line_id=line_id, charge_id=charge_id)

        self.runner.submit(
            work, self.show_records, lambda error: self.records_note.setText(error_text(error))
        )

    def show_records(self, found: ChargeRecords) -> None:
        self.records.set_rows(found.records)
        self.records_note.hide()
        self.records_table.show()
        if len(found.records) < found.count:
            self.check.setText(
                self.check.text()
                + " "
                + self.tr("The list shows the first {shown} records.").format(
                    shown=self.display.number(len(found.records))
                )
            )

    def done(self, result: int) -> None:
        self.save_geometry()
        super().done(result)

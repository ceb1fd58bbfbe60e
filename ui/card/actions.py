"""Dialogs that change a line from its card: services on and off, the tariff plan.

Each shows what will happen before it happens (the cost, what is replaced or ended),
then runs one operation with the line's version as the card read it, so that a change
made meanwhile by another agent is refused rather than overwritten.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.interaction.session import InteractionSession
from ui.misc.display import Display
from ui.misc.i18n import error_text
from ui.misc.operations import run_operation
from ui.misc.table import Column, RowsModel, make_table
from ui.misc.tasks import Runner
from workstation.card import CardHeader
from workstation.card.services import AvailableService, Subscription
from workstation.formatting import zone
from workstation.operations import REGISTRY
from workstation.operations.services import ServiceQuote, quote_activation
from workstation.operations.tariffs import Effective, TariffOption, tariff_options


class _ChangeDialog(QDialog):
    """Runs its operation; on a conflict asks the card to reload, and closes."""

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        header: CardHeader,
        display: Display,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.header = header
        self.display = display
        self.conflicted = False
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.note = QLabel()
        self.note.setWordWrap(True)

    @property
    def ok(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def submit(self) -> None:
        raise NotImplementedError

    def run(self, name: str, arguments: dict[str, Any], version: int | None = None) -> None:
        """Run ``name``; the version is the line's as the card read it unless another is given
        (as ``version`` or among the arguments)."""
        self.ok.setEnabled(False)

        def conflict() -> None:
            self.conflicted = True
            self.reject()

        arguments = dict(arguments)
        if version is not None:
            arguments["expected_version"] = version
        elif any(p.name == "expected_version" for p in REGISTRY[name].parameters):
            arguments.setdefault("expected_version", self.header.line_version)
        run_operation(
            self.runner,
            self.session.db,
            self.session.context(),
            name,
            arguments,
            parent=self,
            done=self.finished,
            conflict=conflict,
            failed=lambda _error: self.ok.setEnabled(True),
        )

    def finished(self, _result: Any) -> None:
        """The operation succeeded: close, unless the dialog has more to show."""
        self.accept()

    def today(self) -> QDate:
        """Today in the account's time zone: the day the core measures dates against."""
        local = datetime.now(UTC).astimezone(zone(self.header.account_time_zone)).date()
        return QDate(local.year, local.month, local.day)

    def when(self) -> tuple[QRadioButton, QRadioButton, QDateEdit]:
        now = QRadioButton(self.tr("&Now"))
        later = QRadioButton(self.tr("&From"))
        day = QDateEdit()
        day.setCalendarPopup(True)
        day.setDisplayFormat("dd.MM.yyyy")
        day.setMinimumDate(self.today())
        day.setDate(self.today().addDays(1))
        now.setChecked(True)
        day.setEnabled(False)
        later.toggled.connect(day.setEnabled)
        return now, later, day


class ActivateServiceDialog(_ChangeDialog):
    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        header: CardHeader,
        display: Display,
        available: tuple[AvailableService, ...],
        parent: QWidget | None = None,
        chosen: str | None = None,
    ) -> None:
        super().__init__(session, runner, header, display, parent)
        self.setObjectName("ActivateServiceDialog")
        self.setWindowTitle(self.tr("Switch a service on"))
        self.setMinimumWidth(520)
        self.service = QComboBox()
        for item in available:
            self.service.addItem(item.service.name, item.service.code)
        if chosen:
            self.service.setCurrentIndex(max(0, self.service.findData(chosen)))
        self.now, self.later, self.day = self.when()
        self.replace = QCheckBox()
        self.replace.hide()
        self.quote: ServiceQuote | None = None
        when = QHBoxLayout()
        when.addWidget(self.now)
        when.addWidget(self.later)
        when.addWidget(self.day)
        when.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Service:"), self.service)
        form.addRow(self.tr("When:"), when)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.replace)
        layout.addWidget(self.buttons)
        self.ok.setText(self.tr("Switch on"))
        self.service.currentIndexChanged.connect(self.refresh_quote)
        self.later.toggled.connect(self.refresh_quote)
        self.day.dateChanged.connect(self.refresh_quote)
        self.refresh_quote()

    def start(self) -> date | None:
        if not self.later.isChecked():
            return None
        value = self.day.date().toPython()
        assert isinstance(value, date)
        return value

    def refresh_quote(self) -> None:
        code = self.service.currentData()
        if code is None:
            self.ok.setEnabled(False)
            return
        db, line_id, start, ctx = (
            self.session.db,
            self.header.line_id,
            self.start(),
            self.session.context(),
        )

        def work() -> ServiceQuote:
            with db.read() as session:
                return quote_activation(
                    session, ctx, line_id=line_id, service_code=code, start=start
                )

        self.runner.submit(work, self._quoted, self._not_possible)

    def _quoted(self, quote: ServiceQuote) -> None:
        d = self.display
        self.quote = quote
        self.note.setText(
            self.tr(
                "It will cost {total}: connection {connection} and the first period {first}. "
                "From {day}."
            ).format(
                total=d.money(quote.total),
                connection=d.money(quote.connection_fee),
                first=d.money(quote.first_period_fee),
                day=d.day(quote.starts_on),
            )
        )
        self.replace.setVisible(bool(quote.replaces))
        self.replace.setChecked(False)
        self.replace.setText(
            self.tr("Replace «{other}», which cannot be combined with it").format(
                other=", ".join(quote.replaces)
            )
        )
        self.ok.setEnabled(True)

    def _not_possible(self, error: BaseException) -> None:
        self.quote = None
        self.note.setText(error_text(error))
        self.replace.hide()
        self.ok.setEnabled(False)

    def submit(self) -> None:
        self.run(
            "activate_service",
            {
                "line_id": self.header.line_id,
                "service_code": self.service.currentData(),
                "start": self.start(),
                "replace": self.replace.isChecked(),
            },
        )


class DeactivateServiceDialog(_ChangeDialog):
    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        header: CardHeader,
        display: Display,
        subscription: Subscription,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, header, display, parent)
        self.setObjectName("DeactivateServiceDialog")
        self.subscription = subscription
        self.setWindowTitle(self.tr("Switch a service off"))
        self.now, self.later, self.day = self.when()
        when = QHBoxLayout()
        when.addWidget(self.now)
        when.addWidget(self.later)
        when.addWidget(self.day)
        when.addStretch(1)
        self.note.setText(
            self.tr("Switch off «{service}»? Fees already charged are not returned.").format(
                service=subscription.service.name
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(when)
        layout.addWidget(self.buttons)
        self.ok.setText(self.tr("Switch off"))

    def submit(self) -> None:
        end = None
        if self.later.isChecked():
            value = self.day.date().toPython()
            assert isinstance(value, date)
            end = value
        self.run(
            "deactivate_service",
            {
                "line_id": self.header.line_id,
                "service_code": self.subscription.service.code,
                "end": end,
            },
        )


class ChangeTariffDialog(_ChangeDialog):
    """The plans side by side with the current one, and what the last months would have cost."""

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        header: CardHeader,
        display: Display,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, header, display, parent)
        self.setObjectName("ChangeTariffDialog")
        self.setWindowTitle(self.tr("Change the tariff plan"))
        self.resize(1320, 520)
        self.options: list[TariffOption] = []
        self.model = RowsModel[TariffOption]([])
        self.table = make_table(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.clicked.connect(lambda _index: self._selection_changed())
        self.now = QRadioButton(self.tr("&Now"))
        self.next_period = QRadioButton(self.tr("From the &next billing period"))
        self.now.setChecked(True)
        when = QHBoxLayout()
        when.addWidget(QLabel(self.tr("The new plan takes effect:")))
        when.addWidget(self.now)
        when.addWidget(self.next_period)
        when.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Cost per month: the fee and usage beyond the allowance, had the subscriber's "
                    "usage of the last three months been on each plan."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(when)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.ok.setText(self.tr("Change the plan"))
        self.ok.setEnabled(False)
        self.load()

    def load(self) -> None:
        db, line_id, ctx = self.session.db, self.header.line_id, self.session.context()

        def work() -> list[TariffOption]:
            with db.read() as session:
                return tariff_options(session, ctx, line_id=line_id)

        self.runner.submit(work, self._loaded, lambda e: self.note.setText(error_text(e)))

    def _loaded(self, options: list[TariffOption]) -> None:
        d = self.display
        self.options = options
        months = [m for m, _ in options[0].history] if options else []
        columns: list[Column[TariffOption]] = [
            Column(
                self.tr("Plan"),
                lambda o: o.name + (self.tr(" (current)") if o.current else ""),
                190,
            ),
            Column(self.tr("Fee"), lambda o: d.money(o.monthly_fee), 100, right=True),
            Column(self.tr("Minutes"), lambda o: d.number(o.allowance.minutes), 80, right=True),
            Column(self.tr("SMS"), lambda o: d.number(o.allowance.sms), 70, right=True),
            Column(
                self.tr("Internet"),
                lambda o: d.volume(o.allowance.data_mb * 1024 * 1024),
                90,
                right=True,
            ),
            Column(self.tr("Switch fee"), lambda o: d.money(o.switch_fee), 135, right=True),
        ]
        for index, month in enumerate(months):
            columns.append(
                Column(
                    d.month(month),
                    lambda o, i=index: d.money(o.history[i][1]),  # type: ignore[misc]
                    135,
                    right=True,
                )
            )
        columns.append(Column(self.tr("Average"), lambda o: d.money(o.average), 105, right=True))
        columns.append(
            Column(
                self.tr("Services that end"),
                lambda o: ", ".join(o.dropped_services),
                220,
                stretch=True,
                wrap=True,
            )
        )
        self.model.beginResetModel()
        self.model.columns = columns
        self.model.rows = options
        self.model.endResetModel()  # the table fits its columns to the plans shown

    def chosen(self) -> TariffOption | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.options[index.row()]

    def _selection_changed(self) -> None:
        option = self.chosen()
        if option is None or not option.selectable:
            self.ok.setEnabled(False)
            self.note.setText(
                self.tr("This is the current plan.") if option and option.current else ""
            )
            return
        ends = ", ".join(option.dropped_services) or self.tr("none")
        self.note.setText(
            self.tr("Switch fee {fee}. Services that end with the change: {ends}.").format(
                fee=self.display.money(option.switch_fee), ends=ends
            )
        )
        self.ok.setEnabled(True)

    def select(self, code: str) -> None:
        for row, option in enumerate(self.options):
            if option.code == code:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))
                self._selection_changed()

    def submit(self) -> None:
        option = self.chosen()
        if option is None:
            return
        effective = Effective.NEXT_PERIOD if self.next_period.isChecked() else Effective.NOW
        self.run(
            "change_tariff",
            {"line_id": self.header.line_id, "tariff_code": option.code, "effective": effective},
        )

"""The Billing tab: balance, charges by period and category, the charges of a period,
payments and invoices, and the statement of the period picked.

Signals:
    period_selected(date): the agent picked a period.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
)
from sqlalchemy.orm import Session

from models import ChargeCategory
from ui.card.accounts_dialogs import MoneyActions
from ui.card.explain_dialog import ExplainDialog
from ui.card.statement_dialog import StatementDialog
from ui.card.tab import CardTab
from ui.misc.display import Display
from ui.misc.labels import NEGATIVE, label
from ui.misc.table import RIGHT, Column, RowsModel, fit_columns, make_table
from ui.misc.tasks import Runner
from ui.reference.payments import PaymentMethodsDialog
from workstation.card import BillingView, CardHeader, load_billing
from workstation.card.billing import ChargeRow, InvoiceRow, PaymentRow, PeriodCharges
from workstation.db import Database

Index = QModelIndex | QPersistentModelIndex


class PeriodMatrix(QAbstractTableModel):
    """Charges by category (rows) and period (columns), with the totals and payments below."""

    def __init__(self, display: Display) -> None:
        super().__init__()
        self.display = display
        self.periods: list[PeriodCharges] = []
        self.categories: list[ChargeCategory] = []

    def set_periods(self, periods: Sequence[PeriodCharges]) -> None:
        self.beginResetModel()
        self.periods = list(periods)
        present = {c for p in periods for c, _ in p.by_category}
        self.categories = [c for c in ChargeCategory if c in present]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.categories) + 2

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.periods) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Category")
        return self.display.month(self.periods[section - 1].period)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        total_row, paid_row = len(self.categories), len(self.categories) + 1
        if role == Qt.ItemDataRole.FontRole and row >= total_row:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            if row == total_row:
                return self.tr("Total charged")
            if row == paid_row:
                return self.tr("Paid")
            return label(self.categories[row])
        period = self.periods[column - 1]
        if row == total_row:
            return self.display.money(period.total)
        if row == paid_row:
            return self.display.money(period.payments)
        amount = dict(period.by_category).get(self.categories[row])
        return "" if amount is None else self.display.money(amount)


class BillingTab(CardTab):
    period_selected = Signal(date)

    def __init__(self, db: Database, runner: Runner, display: Display) -> None:
        super().__init__(db, runner, display)
        d = self.display
        self.selected: date | None = None
        self.summary = QLabel()
        self.summary.setObjectName("billingSummary")
        self.summary.setWordWrap(True)  # the buttons beside it keep their room

        self.periods = PeriodMatrix(display)
        self.charges = RowsModel[ChargeRow](
            [
                Column(self.tr("Date"), lambda c: d.moment(c.charged_at), 180),
                Column(self.tr("Number"), lambda c: d.msisdn(c.msisdn), 170),
                Column(self.tr("Category"), lambda c: label(c.category), 180),
                Column(
                    self.tr("Amount"),
                    lambda c: d.money(c.amount),
                    150,
                    right=True,
                    color=lambda c: NEGATIVE if c.amount < 0 else None,
                ),
                Column(self.tr("Description"), lambda c: c.description, 200, stretch=True),
            ]
        )
        self.payments = RowsModel[PaymentRow](
            [
                Column(self.tr("Date"), lambda p: d.moment(p.paid_at), 180),
                Column(self.tr("Method"), lambda p: label(p.method), 200),
                Column(self.tr("Amount"), lambda p: d.money(p.amount), 150, right=True),
                Column(self.tr("Reference"), lambda p: p.reference, 120, stretch=True),
            ]
        )
        self.invoices = RowsModel[InvoiceRow](
            [
                Column(self.tr("Invoice"), lambda i: i.number, 160),
                Column(self.tr("Period"), lambda i: d.month(i.period), 160),
                Column(self.tr("Opening"), lambda i: d.money(i.opening_balance), 150, right=True),
                Column(self.tr("Charged"), lambda i: d.money(i.charges_total), 150, right=True),
                Column(self.tr("Paid"), lambda i: d.money(i.payments_total), 150, right=True),
                Column(self.tr("Closing"), lambda i: d.money(i.closing_balance), 150, right=True),
                Column(self.tr("Due"), lambda i: d.day(i.due_date), 120, stretch=True),
            ]
        )
        self.periods_table = make_table(self.periods)
        self.periods_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        # Months as wide as their title ("September 2026") and sums, and alike where they fit.
        self.periods_table.horizontalHeader().setMinimumSectionSize(130)
        fit_columns(self.periods_table, (), None)
        self.periods_table.clicked.connect(self._pick_period)
        self.periods_table.activated.connect(self._pick_period)
        self.periods_table.horizontalHeader().sectionClicked.connect(self._pick_column)
        periods_box = QGroupBox(self.tr("Charges by period (click a month for its charges)"))
        QVBoxLayout(periods_box).addWidget(self.periods_table)
        self.charges_box = QGroupBox(self.tr("Charges of the period"))
        self.charges_table = make_table(self.charges)
        self.charges_table.doubleClicked.connect(self.explain)
        QVBoxLayout(self.charges_box).addWidget(self.charges_table)
        # Payments and invoices each need the whole width for their columns: two tabs.
        bottom = QTabWidget()
        bottom.setObjectName("billingMoneyTabs")
        bottom.addTab(make_table(self.payments), self.tr("Payments"))
        bottom.addTab(make_table(self.invoices), self.tr("Invoices"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("billingSplitter")
        splitter.addWidget(periods_box)
        splitter.addWidget(self.charges_box)
        splitter.addWidget(bottom)
        splitter.setSizes([160, 300, 220])
        self.statement_button = QPushButton(self.tr("&Statement…"))
        self.statement_button.setObjectName("statementButton")
        self.statement_button.setEnabled(False)
        self.statement_button.clicked.connect(self.open_statement)
        self.explain_button = QPushButton(self.tr("E&xplain…"))
        self.explain_button.setToolTip(self.tr("What the selected charge is made of"))
        self.explain_button.setEnabled(False)
        self.explain_button.clicked.connect(lambda: self.explain())
        self.charges.modelReset.connect(lambda: self.explain_button.setEnabled(False))
        self.charges_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.explain_button.setEnabled(current.isValid())
        )
        self.payment_methods_button = QPushButton(self.tr("Payment &methods…"))
        self.payment_methods_button.clicked.connect(self.open_payment_methods)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.explain_button)
        top.addWidget(self.payment_methods_button)
        top.addWidget(self.statement_button)
        self.money = MoneyActions(self)
        top.addWidget(self.money.button)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Billing")

    def set_line(self, header: CardHeader | None) -> None:
        super().set_line(header)
        self.selected = None

    def query(self, session: Session, header: CardHeader) -> BillingView:
        return load_billing(session, header.account_id, period=self.selected)

    def show_view(self, view: BillingView) -> None:
        d = self.display
        self.summary.setText(
            self.tr("Account {account}: balance {balance}, credit limit {limit}").format(
                account=view.account_number,
                balance=d.money(view.balance),
                limit=d.money(view.credit_limit),
            )
        )
        self.periods.set_periods(view.periods)
        rows = self.periods.rowCount()
        header = self.periods_table.horizontalHeader().height()
        self.periods_table.setMinimumHeight(header + rows * self.periods_table.rowHeight(0) + 24)
        self.charges.set_rows(view.charges)
        self.payments.set_rows(view.payments)
        self.invoices.set_rows(view.invoices)
        self.selected = view.selected
        # The statement holds the usage detail, which only a verified caller may have.
        self.statement_button.setEnabled(view.selected is not None and self.verified)
        self.statement_button.setToolTip(
            "" if self.verified else self.tr("A statement is made once the caller is verified.")
        )
        self.money.update()
        if view.selected is not None:
            self.charges_box.setTitle(
                self.tr("Charges of {month}").format(month=d.month(view.selected, title=False))
            )
            for column, period in enumerate(view.periods, start=1):
                if period.period == view.selected:
                    self.periods_table.selectColumn(column)

    def open_statement(self) -> None:
        """The statement dialog for the period picked (the newest by default)."""
        if self.header is None or self.selected is None:
            return
        dialog = StatementDialog(
            self.db,
            self.runner,
            self.display,
            account_id=self.header.account_id,
            account_number=self.header.account_number,
            period=self.selected,
            sender=self.session.agent.full_name if self.session else None,
            parent=self,
            context=self.session.context if self.session and self.session.current else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def explain(self, index: QModelIndex | None = None) -> None:
        """What the charge double-clicked, or else the one selected, is made of."""
        if index is None:
            index = self.charges_table.currentIndex()
        if not index.isValid():
            return
        charge_id = self.charges.rows[index.row()].charge_id
        # The records behind a charge are the caller's calls: listed only once verified.
        context = self.session.context if self.session is not None and self.verified else None
        dialog = ExplainDialog(self.db, self.runner, self.display, charge_id, self, context=context)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_payment_methods(self) -> None:
        """The rules of paying to read out, beside the account's recent payments."""
        if self.header is None:
            return
        dialog = PaymentMethodsDialog(
            self.db, self.runner, self.display, self.header.account_id, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _pick_period(self, index: QModelIndex) -> None:
        if index.isValid():
            self._pick_column(index.column())

    def _pick_column(self, column: int) -> None:
        if column < 1 or column > len(self.periods.periods):
            return
        period = self.periods.periods[column - 1].period
        if period != self.selected:
            self.selected = period
            self.period_selected.emit(period)
            self.reload()

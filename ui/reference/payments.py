"""The payment methods panel, opened from the Billing tab.

The rules of paying from the reference, to read out or copy into a reply, beside the
account's recent payments and the methods it has used, so that "has my payment come"
and "how do I pay" are answered in one place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
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
from ui.reference.article import ArticlePane
from ui.reference.model import ArticlesModel
from workstation.card.billing import PaymentRow
from workstation.card.payment_methods import PaymentMethodsView, load_payment_methods
from workstation.db import Database


class PaymentMethodsDialog(GeometryMixin, QDialog):
    """Attributes:
    articles: the payment articles (:class:`ArticlesModel`).
    payments: the account's recent payments.
    pane: the article shown.
    """

    def __init__(
        self,
        db: Database,
        runner: Runner,
        display: Display,
        account_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PaymentMethodsDialog")
        self.setWindowTitle(self.tr("Payment methods"))
        self.display = display
        d = display
        self.view: PaymentMethodsView | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.shortfall = QLabel()
        self.shortfall.setObjectName("error")
        self.shortfall.setWordWrap(True)
        self.shortfall.hide()
        self.articles = ArticlesModel([Column(self.tr("How to pay"), lambda a: a.title, 260)])
        self.articles_table = make_table(self.articles)
        self.articles_table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.pane = ArticlePane(display)
        self.methods = QLabel()
        self.methods.setWordWrap(True)
        self.payments = RowsModel[PaymentRow](
            [
                Column(self.tr("Date"), lambda p: d.moment(p.paid_at), 140),
                Column(self.tr("Method"), lambda p: label(p.method), 170),
                Column(self.tr("Amount"), lambda p: d.money(p.amount), 110, right=True),
                Column(self.tr("Reference"), lambda p: p.reference, 130),
            ]
        )
        rules = QSplitter(Qt.Orientation.Horizontal)
        rules.addWidget(self.articles_table)
        rules.addWidget(self.pane)
        rules.setStretchFactor(1, 1)
        rules.setSizes([300, 600])
        paid_box = QGroupBox(self.tr("Recent payments of the account"))
        paid_layout = QVBoxLayout(paid_box)
        paid_layout.addWidget(self.methods)
        paid_layout.addWidget(make_table(self.payments), 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("paymentMethodsSplitter")
        splitter.addWidget(rules)
        splitter.addWidget(paid_box)
        splitter.setSizes([380, 260])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.shortfall)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        if not self.restore_geometry():
            self.resize(980, 700)

        def work() -> PaymentMethodsView:
            with db.read() as session:
                return load_payment_methods(session, account_id)

        runner.submit(work, self.show_view, lambda e: self.summary.setText(error_text(e)))

    def show_view(self, view: PaymentMethodsView) -> None:
        d = self.display
        self.view = view
        self.summary.setText(
            self.tr("Account {account}: balance {balance}, credit limit {limit}.").format(
                account=view.account_number,
                balance=d.money(view.balance),
                limit=d.money(view.credit_limit),
            )
        )
        if view.shortfall is not None:
            self.shortfall.setText(
                self.tr(
                    "The balance is below the credit limit: {amount} is missing to lift "
                    "the debt block."
                ).format(amount=d.money(view.shortfall))
            )
        self.shortfall.setVisible(view.shortfall is not None)
        used = [
            self.tr("{method}: {count} ({total}), last on {day}").format(
                method=label(use.method),
                count=use.count,
                total=d.money(use.total),
                day=d.moment(use.last_paid_at),
            )
            for use in view.methods
        ]
        self.methods.setText(
            "\n".join(used) if used else self.tr("The account has no payments yet.")
        )
        self.payments.set_rows(view.payments)
        self.articles.set_rows(view.articles)
        if view.articles:
            self.articles_table.setCurrentIndex(self.articles.index(0, 0))

    def _current_changed(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            self.pane.show_article(self.articles.rows[current.row()])

    def done(self, result: int) -> None:
        self.save_geometry()
        super().done(result)

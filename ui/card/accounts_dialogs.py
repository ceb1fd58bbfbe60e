"""Dialogs of the customer's accounts and money: merge, split, adjust, promise, reactivate.

Each shows what will happen before it happens (the lines that move, the amounts, the
balances after), computed by the core in the background with the same checks as the
operation, so a change that would be refused is refused in the preview already. What an
agent may not do alone (a merge, a split, an adjustment over the agent's cap) is sent to a
supervisor as a request instead; a supervisor does it at once.

:class:`MoneyActions` (Billing tab) and :class:`AccountsActions` (Profile tab) hold the
buttons that open them.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models import AccountStatus, LineStatus, Role
from ui.card.actions import _ChangeDialog
from ui.card.tab import CardTab
from ui.interaction.session import InteractionSession
from ui.misc.display import Display
from ui.misc.i18n import error_text
from ui.misc.labels import label
from ui.misc.operations import run_operation
from ui.misc.tasks import Runner
from workstation.card import CardHeader
from workstation.operations.accounts import (
    AccountChoice,
    AccountsMerged,
    AccountSplit,
    accounts_of,
    preview_merge,
    preview_split,
)
from workstation.operations.approvals import ApprovalRequested
from workstation.operations.money import (
    AdjustmentQuote,
    AdjustmentReason,
    DebtStatus,
    PromisedQuote,
    debt_status,
    quote_adjustment,
    quote_promised_payment,
)


def parse_amount(text: str) -> Decimal | None:
    """Roubles as an agent types them: ``1 500,50``, ``1500.5``, ``300 ₽``; None if not a number."""
    cleaned = "".join(text.replace("₽", "").replace(",", ".").split())
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        return None
    return amount if amount.is_finite() else None


class _AccountDialog(_ChangeDialog):
    """Previews in the background, then runs the operation or asks a supervisor for it.

    Attributes:
        preview: what will happen, or why it cannot.
        outcome: the operation's result (or the request made) once accepted.
        conflicted: another agent changed the subscriber meanwhile; the card must reload.
    """

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        header: CardHeader,
        display: Display,
        parent: QWidget | None,
    ) -> None:
        super().__init__(session, runner, header, display, parent)
        self.outcome: Any = None
        self._generation = 0
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setWordWrap(True)
        self.preview.setMinimumHeight(60)

    @property
    def supervisor(self) -> bool:
        return self.session.agent.role == Role.SUPERVISOR

    def preview_work(self) -> Callable[[], Any] | None:
        """The core call that computes the preview, or None while the input is incomplete."""
        raise NotImplementedError

    def describe(self, preview: Any) -> str:
        raise NotImplementedError

    def hint(self) -> str:
        """What the preview says while the input is incomplete."""
        return ""

    def allowed(self, preview: Any) -> bool:
        """Whether the previewed change may go ahead."""
        return True

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        work = self.preview_work()
        if work is None:
            self.preview.setText(self.hint())
            self.ok.setEnabled(False)
            return

        def shown(preview: Any) -> None:
            if generation == self._generation:
                self.preview.setText(self.describe(preview))
                self.ok.setEnabled(self.allowed(preview))

        def refused(error: BaseException) -> None:
            if generation == self._generation:
                self.preview.setText(error_text(error))
                self.ok.setEnabled(False)

        self.runner.submit(work, shown, refused)

    def finished(self, result: Any) -> None:
        self.outcome = result
        self.accept()

    def ask(self, operation: str, arguments: dict[str, Any], note: str = "") -> None:
        """Send the operation to a supervisor; the agent is told the request's number."""
        self.ok.setEnabled(False)

        def done(request: ApprovalRequested) -> None:
            self.outcome = request
            QMessageBox.information(
                self,
                self.tr("Sent to a supervisor"),
                self.tr(
                    "Request {number} is waiting for a supervisor's approval; it will be done "
                    "as soon as it is approved."
                ).format(number=request.request_id),
            )
            self.accept()

        run_operation(
            self.runner,
            self.session.db,
            self.session.context(),
            "request_approval",
            {"operation": operation, "arguments": arguments, "note": note},
            parent=self,
            done=done,
            failed=lambda _error: self.ok.setEnabled(True),
        )

    def read(self, query: Callable[[Any], Any]) -> Callable[[], Any]:
        """Work for the runner: ``query(session)`` in a read transaction."""
        db = self.session.db

        def work() -> Any:
            with db.read() as session:
                return query(session)

        return work

    def money(self, amount: Decimal) -> str:
        return self.display.money(amount)

    def numbers(self, msisdns: tuple[str, ...] | list[str]) -> str:
        return ", ".join(self.display.msisdn(m) for m in msisdns) or self.tr("none")

    def finish_layout(self, form: QFormLayout) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self.ok.setEnabled(False)


class _CustomerAccountsDialog(_AccountDialog):
    """A dialog that first loads the customer's accounts with their open lines."""

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        header: CardHeader,
        display: Display,
        parent: QWidget | None,
    ) -> None:
        super().__init__(session, runner, header, display, parent)
        self.accounts: dict[int, AccountChoice] = {}

    def load(self) -> None:
        customer = self.header.customer_id
        self.runner.submit(
            self.read(lambda s: accounts_of(s, customer)),
            self.loaded,
            lambda error: self.preview.setText(error_text(error)),
        )

    def loaded(self, accounts: tuple[AccountChoice, ...]) -> None:
        self.accounts = {a.account_id: a for a in accounts if a.status == AccountStatus.ACTIVE}

    def fill(self, combo: QComboBox, skip: int | None = None) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for account in self.accounts.values():
            if account.account_id != skip:
                combo.addItem(
                    self.tr("{number} — {balance}, {lines} number(s)").format(
                        number=account.number,
                        balance=self.money(account.balance),
                        lines=len(account.lines),
                    ),
                    account.account_id,
                )
        index = combo.findData(chosen if chosen is not None else self.header.account_id)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def action_text(self, done_by_supervisor: str) -> str:
        return done_by_supervisor if self.supervisor else self.tr("Ask a supervisor")


class MergeAccountsDialog(_CustomerAccountsDialog):
    """Merge one of the customer's accounts into another."""

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        header: CardHeader,
        display: Display,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, header, display, parent)
        self.setObjectName("MergeAccountsDialog")
        self.setWindowTitle(self.tr("Merge personal accounts"))
        self.setMinimumWidth(560)
        self.source = QComboBox()
        self.target = QComboBox()
        form = QFormLayout()
        form.addRow(self.tr("&Merge the account:"), self.source)
        form.addRow(self.tr("&into the account:"), self.target)
        self.finish_layout(form)
        self.ok.setText(self.action_text(self.tr("Merge")))
        self.source.currentIndexChanged.connect(self._source_changed)
        self.target.currentIndexChanged.connect(self.refresh)
        self.load()

    def loaded(self, accounts: tuple[AccountChoice, ...]) -> None:
        super().loaded(accounts)
        self.fill(self.source)
        self._source_changed()

    def _source_changed(self) -> None:
        self.fill(self.target, skip=self.source.currentData())
        self.refresh()

    def hint(self) -> str:
        return self.tr("The customer has no other open account to merge with.")

    def preview_work(self) -> Callable[[], Any] | None:
        source, target = self.source.currentData(), self.target.currentData()
        if source is None or target is None:
            return None
        return self.read(lambda s: preview_merge(s, account_id=source, target_account_id=target))

    def describe(self, preview: AccountsMerged) -> str:
        return self.tr(
            "The numbers {lines} move to the account {target}, and the balance of {moved} with "
            "them. The account {target} will have {balance}; the account {source} will be closed."
        ).format(
            lines=self.numbers(preview.lines),
            target=preview.target_number,
            moved=self.money(preview.moved),
            balance=self.money(preview.target_balance),
            source=preview.source_number,
        )

    def submit(self) -> None:
        source = self.source.currentData()
        arguments = {"account_id": source, "target_account_id": self.target.currentData()}
        if self.supervisor:
            version = self.accounts[source].version
            self.run("merge_accounts", {**arguments, "expected_version": version})
        else:
            self.ask("merge_accounts", arguments)


class SplitAccountDialog(_CustomerAccountsDialog):
    """Move chosen lines and part of the balance to a new account of the customer."""

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        header: CardHeader,
        display: Display,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, header, display, parent)
        self.setObjectName("SplitAccountDialog")
        self.setWindowTitle(self.tr("Split a personal account"))
        self.setMinimumWidth(560)
        self.account = QComboBox()
        self.lines = QListWidget()
        self.lines.setMaximumHeight(140)
        self.amount = QLineEdit("0,00")
        self.amount.setPlaceholderText(self.tr("roubles, e.g. 500,00"))
        form = QFormLayout()
        form.addRow(self.tr("&Account:"), self.account)
        form.addRow(self.tr("&Numbers to move:"), self.lines)
        form.addRow(self.tr("Amount to &move:"), self.amount)
        self.finish_layout(form)
        self.ok.setText(self.action_text(self.tr("Split")))
        self.account.currentIndexChanged.connect(self._account_changed)
        self.lines.itemChanged.connect(lambda _item: self.refresh())
        self.amount.textChanged.connect(lambda _text: self.refresh())
        self.load()

    def loaded(self, accounts: tuple[AccountChoice, ...]) -> None:
        super().loaded(accounts)
        self.fill(self.account)
        self._account_changed()

    def _account_changed(self) -> None:
        self.lines.blockSignals(True)
        self.lines.clear()
        account = self.accounts.get(self.account.currentData())
        for line in account.lines if account else ():
            text = f"{self.display.msisdn(line.msisdn)}  {label(line.status)}"
            item = QListWidgetItem(text, self.lines)
            item.setData(Qt.ItemDataRole.UserRole, line.line_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.lines.blockSignals(False)
        self.refresh()

    def chosen(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.lines.item(i) for i in range(self.lines.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def hint(self) -> str:
        if parse_amount(self.amount.text()) is None:
            return self.tr("Type the amount to move in roubles, e.g. 500,00.")
        return self.tr("Tick the numbers that go to the new account.")

    def preview_work(self) -> Callable[[], Any] | None:
        account, lines, amount = (
            self.account.currentData(),
            self.chosen(),
            parse_amount(self.amount.text()),
        )
        if account is None or not lines or amount is None:
            return None
        return self.read(
            lambda s: preview_split(s, account_id=account, line_ids=lines, amount=amount)
        )

    def describe(self, preview: AccountSplit) -> str:
        return self.tr(
            "A new account of {customer} gets the numbers {lines} and {moved}; the account "
            "{source} keeps {balance}. The new account has the same bill delivery and time zone."
        ).format(
            customer=self.header.name,
            lines=self.numbers(preview.lines),
            moved=self.money(preview.moved),
            source=preview.source_number,
            balance=self.money(preview.source_balance),
        )

    def submit(self) -> None:
        account = self.account.currentData()
        arguments = {
            "account_id": account,
            "line_ids": self.chosen(),
            "amount": parse_amount(self.amount.text()),
        }
        if self.supervisor:
            version = self.accounts[account].version
            self.run("split_account", {**arguments, "expected_version": version})
        else:
            self.ask("split_account", arguments)


class AdjustBalanceDialog(_AccountDialog):
    """A credit or debit on the card's account, with a reason; over the cap, a request."""

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        header: CardHeader,
        display: Display,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, header, display, parent)
        self.setObjectName("AdjustBalanceDialog")
        self.setWindowTitle(self.tr("Adjust the balance"))
        self.setMinimumWidth(520)
        self.quote: AdjustmentQuote | None = None
        self.credit = QRadioButton(self.tr("&Credit (in the subscriber's favour)"))
        self.debit = QRadioButton(self.tr("&Debit"))
        self.credit.setChecked(True)
        direction = QHBoxLayout()
        direction.addWidget(self.credit)
        direction.addWidget(self.debit)
        direction.addStretch(1)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("roubles, e.g. 150,00"))
        self.reason = QComboBox()
        for reason in AdjustmentReason:
            self.reason.addItem(label(reason), reason.value)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("why: it goes on the bill"))
        form = QFormLayout()
        form.addRow(
            self.tr("Account:"),
            QLabel(
                self.tr("{account}, balance {balance}").format(
                    account=header.account_number, balance=self.money(header.balance)
                )
            ),
        )
        form.addRow(self.tr("Kind:"), direction)
        form.addRow(self.tr("&Amount:"), self.amount)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Note:"), self.note)
        self.finish_layout(form)
        self.ok.setText(self.tr("Adjust"))
        self.credit.toggled.connect(lambda _on: self.refresh())
        self.amount.textChanged.connect(lambda _text: self.refresh())
        self.note.textChanged.connect(lambda _text: self.refresh())
        self.refresh()

    def signed(self) -> Decimal | None:
        amount = parse_amount(self.amount.text())
        if amount is None:
            return None
        return amount if self.credit.isChecked() else -amount

    def hint(self) -> str:
        if self.signed() is None:
            return self.tr("Type the amount in roubles, e.g. 150,00.")
        return self.tr("Write why the balance is adjusted: the note goes on the bill.")

    def preview_work(self) -> Callable[[], Any] | None:
        amount, ctx, account = self.signed(), self.session.context(), self.header.account_id
        self.quote = None
        if amount is None or not self.note.text().strip():
            return None
        return self.read(lambda s: quote_adjustment(s, ctx, account_id=account, amount=amount))

    def describe(self, preview: AdjustmentQuote) -> str:
        self.quote = preview
        text = self.tr("The balance will be {after}.").format(
            after=self.money(preview.balance_after)
        )
        if preview.needs_approval:
            self.ok.setText(self.tr("Ask a supervisor"))
            return (
                text
                + " "
                + self.tr("That is over your cap of {cap}: a supervisor must approve it.").format(
                    cap=self.money(preview.cap)
                )
            )
        self.ok.setText(self.tr("Adjust"))
        return text

    def submit(self) -> None:
        arguments = {
            "account_id": self.header.account_id,
            "amount": self.signed(),
            "reason_code": AdjustmentReason(self.reason.currentData()),
            "note": self.note.text().strip(),
        }
        if self.quote is not None and self.quote.needs_approval:
            self.ask("adjust_balance", arguments, self.note.text().strip())
        else:
            self.run(
                "adjust_balance", {**arguments, "expected_version": self.header.account_version}
            )


class PromisedPaymentDialog(_AccountDialog):
    """Temporary credit for a few days, with its fee; it may lift a debt block."""

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        header: CardHeader,
        display: Display,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, header, display, parent)
        self.setObjectName("PromisedPaymentDialog")
        self.setWindowTitle(self.tr("Promised payment"))
        self.setMinimumWidth(520)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(
            self.tr("up to {limit}").format(limit=self.money(session.rules.promised_payment_max))
        )
        form = QFormLayout()
        form.addRow(
            self.tr("Account:"),
            QLabel(
                self.tr("{account}, balance {balance}, credit limit {limit}").format(
                    account=header.account_number,
                    balance=self.money(header.balance),
                    limit=self.money(header.credit_limit),
                )
            ),
        )
        form.addRow(self.tr("&Amount:"), self.amount)
        self.finish_layout(form)
        self.ok.setText(self.tr("Give"))
        self.amount.textChanged.connect(lambda _text: self.refresh())
        self.refresh()

    def hint(self) -> str:
        return self.tr(
            "Type the amount in roubles. It is credited now and taken back after {days} days; "
            "a fee is charged by amount."
        ).format(days=self.session.rules.promised_payment_days)

    def preview_work(self) -> Callable[[], Any] | None:
        amount, ctx, account = (
            parse_amount(self.amount.text()),
            self.session.context(),
            self.header.account_id,
        )
        if amount is None:
            return None
        return self.read(
            lambda s: quote_promised_payment(s, ctx, account_id=account, amount=amount)
        )

    def describe(self, preview: PromisedQuote) -> str:
        text = self.tr(
            "Fee {fee}, charged now. The amount is taken back on {day}. The balance will be "
            "{after}."
        ).format(
            fee=self.money(preview.fee),
            day=self.display.moment(preview.expires_at),
            after=self.money(preview.balance_after),
        )
        if preview.unblocks:
            return (
                text
                + " "
                + self.tr("The debt block of {lines} is lifted at once.").format(
                    lines=self.numbers(preview.unblocks)
                )
            )
        if preview.still_missing > 0 and self.header.status == LineStatus.DEBT_BLOCK:
            return (
                text
                + " "
                + self.tr("The debt block stays: {missing} would still be missing.").format(
                    missing=self.money(preview.still_missing)
                )
            )
        return text

    def submit(self) -> None:
        self.run(
            "promised_payment",
            {
                "account_id": self.header.account_id,
                "amount": parse_amount(self.amount.text()),
                "expected_version": self.header.account_version,
            },
        )


class ReactivateDialog(_AccountDialog):
    """Lift the debt block of the card's line once the money is on the account."""

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        header: CardHeader,
        display: Display,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, header, display, parent)
        self.setObjectName("ReactivateDialog")
        self.setWindowTitle(self.tr("Reactivate after debt"))
        self.setMinimumWidth(480)
        form = QFormLayout()
        form.addRow(self.tr("Number:"), QLabel(header.msisdn_display))
        self.finish_layout(form)
        self.ok.setText(self.tr("Reactivate"))
        self.refresh()

    def preview_work(self) -> Callable[[], Any] | None:
        line = self.header.line_id
        return self.read(lambda s: debt_status(s, line_id=line))

    def describe(self, preview: DebtStatus) -> str:
        values = {
            "balance": self.money(preview.balance),
            "limit": self.money(preview.credit_limit),
            "missing": self.money(preview.missing),
        }
        if preview.line_status != LineStatus.DEBT_BLOCK:
            return self.tr("The line is not blocked for debt ({status}).").format(
                status=label(preview.line_status)
            )
        if preview.missing > 0:
            return self.tr(
                "Not enough money: {missing} is missing (balance {balance}, credit limit "
                "{limit}). A payment or a promised payment comes first."
            ).format(**values)
        return self.tr(
            "The balance {balance} is within the credit limit {limit}: the line can be reactivated."
        ).format(**values)

    def allowed(self, preview: DebtStatus) -> bool:
        return preview.line_status == LineStatus.DEBT_BLOCK and preview.missing == 0

    def submit(self) -> None:
        self.run(
            "reactivate_after_debt",
            {"line_id": self.header.line_id, "expected_version": self.header.line_version},
        )


def _open(tab: CardTab, make: Callable[..., _AccountDialog]) -> None:
    """Open a dialog on the tab's card; the card reloads after a change or a conflict."""
    if tab.session is None or tab.header is None:
        return
    dialog = make(tab.session, tab.runner, tab.header, tab.display, tab)
    dialog.exec()
    if dialog.result() == QDialog.DialogCode.Accepted or dialog.conflicted:
        tab.line_changed.emit()


class MoneyActions(QObject):
    """The Billing tab's account menu: adjust the balance, promised payment, reactivate.

    Attributes:
        button: opens the menu; enabled inside an interaction.
    """

    def __init__(self, tab: CardTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.button = QPushButton(self.tr("Account &actions"))
        self.button.setObjectName("moneyButton")
        menu = QMenu(self.button)
        self.adjust = menu.addAction(self.tr("&Adjust the balance…"))
        self.adjust.triggered.connect(lambda: _open(tab, AdjustBalanceDialog))
        self.promised = menu.addAction(self.tr("&Promised payment…"))
        self.promised.triggered.connect(lambda: _open(tab, PromisedPaymentDialog))
        self.reactivate = menu.addAction(self.tr("&Reactivate after debt…"))
        self.reactivate.triggered.connect(lambda: _open(tab, ReactivateDialog))
        self.button.setMenu(menu)
        self.update()

    def update(self) -> None:
        """Follow the interaction, the verification and the line's status."""
        header = self.tab.header
        self.button.setEnabled(self.tab.can_change)
        self.adjust.setEnabled(self.tab.verified)
        self.promised.setEnabled(self.tab.verified)
        self.reactivate.setEnabled(header is not None and header.status == LineStatus.DEBT_BLOCK)


class AccountsActions(QObject):
    """The Profile tab's buttons to merge and split the customer's accounts.

    Attributes:
        bar: the row of buttons, under the accounts table.
    """

    def __init__(self, tab: CardTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.merge_button = QPushButton(self.tr("&Merge accounts…"))
        self.merge_button.clicked.connect(lambda: _open(tab, MergeAccountsDialog))
        self.split_button = QPushButton(self.tr("S&plit the account…"))
        self.split_button.clicked.connect(lambda: _open(tab, SplitAccountDialog))
        self.bar = QWidget()
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.merge_button)
        row.addWidget(self.split_button)
        row.addStretch(1)
        self.update()

    def update(self) -> None:
        """Both need the caller verified."""
        for button in (self.merge_button, self.split_button):
            button.setEnabled(self.tab.verified)
            button.setToolTip("" if self.tab.verified else self.tr("Verify the caller first"))

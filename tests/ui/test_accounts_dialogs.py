"""The account and money dialogs from the keyboard: what they preview, what reaches the database."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from models import (
    AccountStatus,
    ApprovalRequest,
    ApprovalStatus,
    Charge,
    ChargeCategory,
    Customer,
    Line,
    LineStatus,
    Payment,
    PaymentMethod,
    PersonalAccount,
)
from tests.ui.conftest import start_verified
from ui.approvals.dialog import ApprovalsDialog
from ui.card.accounts_dialogs import (
    AdjustBalanceDialog,
    MergeAccountsDialog,
    PromisedPaymentDialog,
    ReactivateDialog,
    SplitAccountDialog,
    parse_amount,
)
from ui.card.billing import BillingTab
from ui.card.profile import ProfileTab
from ui.card.widget import CardWidget
from ui.interaction.session import InteractionSession
from ui.mainwindow.window import MainWindow
from ui.misc.display import Display
from ui.misc.labels import _NAMES, label
from ui.misc.tasks import InlineRunner
from workstation.auth import Agent, login
from workstation.card import CardHeader, load_header
from workstation.db import Database
from workstation.demo import DEMO_PASSWORD
from workstation.operations.money import AdjustmentReason

NBSP = "\xa0"


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Message boxes, collected instead of blocking the test; an error box fails it."""
    shown: dict[str, list[str]] = {"warning": [], "information": []}
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown["warning"].append(text))
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text: shown["information"].append(text)
    )

    def unexpected(_parent: object, _title: str, text: str) -> None:
        raise AssertionError(f"an unexpected error reached the screen: {text}")

    monkeypatch.setattr(QMessageBox, "critical", unexpected)
    return shown


@pytest.fixture
def supervisor(demo_db: Database) -> Agent:
    return login(demo_db, "supervisor", DEMO_PASSWORD)


def _line(db: Database, *, debt: bool = False, lines: int = 1, accounts: int = 1) -> int:
    """A line of a customer with a code word whose account has ``lines`` open lines and
    who has ``accounts`` open accounts; blocked for debt if asked."""
    sibling = aliased(Line)
    open_lines = (
        select(func.count())
        .select_from(sibling)
        .where(sibling.account_id == PersonalAccount.id, sibling.status != LineStatus.CLOSED)
        .scalar_subquery()
    )
    other = aliased(PersonalAccount)
    open_accounts = (
        select(func.count())
        .select_from(other)
        .where(other.customer_id == Customer.id, other.status == AccountStatus.ACTIVE)
        .scalar_subquery()
    )
    with db.read() as s:
        line_id = s.scalar(
            select(Line.id)
            .join(PersonalAccount, PersonalAccount.id == Line.account_id)
            .join(Customer, Customer.id == PersonalAccount.customer_id)
            .where(
                Line.status == (LineStatus.DEBT_BLOCK if debt else LineStatus.ACTIVE),
                PersonalAccount.status == AccountStatus.ACTIVE,
                Customer.code_word_hash.is_not(None),
                open_lines >= lines,
                open_accounts >= accounts,
            )
            .order_by(Line.id)
            .limit(1)
        )
    assert line_id is not None, "the demo base has no such line"
    return int(line_id)


def _header(db: Database, line_id: int) -> CardHeader:
    with db.read() as s:
        return load_header(s, line_id)


def _ok(dialog: QDialog, qtbot: QtBot) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    preview = dialog.findChild(QLabel, "preview")
    assert button.isEnabled(), preview.text() if preview else ""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _account(db: Database, account_id: int) -> PersonalAccount:
    with db.read() as s:
        return s.get_one(PersonalAccount, account_id)


def test_amounts_are_read_as_agents_type_them() -> None:
    assert parse_amount("1 500,50") == Decimal("1500.50")
    assert parse_amount(f"300{NBSP}₽") == Decimal("300")
    assert parse_amount("12.5") == Decimal("12.5")
    assert parse_amount("двести") is None and parse_amount("") is None
    assert parse_amount("NaN") is None
    assert all((AdjustmentReason, r.value) in _NAMES for r in AdjustmentReason)
    assert label(AdjustmentReason.BILLING_ERROR) == "Billing error"


def test_a_supervisor_merges_two_accounts(
    qtbot: QtBot,
    demo_db: Database,
    supervisor: Agent,
    runner: InlineRunner,
    display: Display,
    messages: dict[str, list[str]],
) -> None:
    line_id = _line(demo_db, accounts=2)
    header = _header(demo_db, line_id)
    session = start_verified(demo_db, supervisor, line_id)
    dialog = MergeAccountsDialog(session, runner, header, display)
    qtbot.addWidget(dialog)
    assert dialog.source.currentData() == header.account_id
    target = dialog.target.currentData()
    assert target is not None and target != header.account_id
    before = _account(demo_db, target).balance
    expected = display.money(before + header.balance)
    assert expected in dialog.preview.text() and header.msisdn_display in dialog.preview.text()
    assert dialog.ok.text() == "Merge"
    _ok(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted and not messages["warning"]
    assert _account(demo_db, header.account_id).status == AccountStatus.CLOSED
    assert _account(demo_db, target).balance == before + header.balance
    assert _header(demo_db, line_id).account_id == target


def test_an_agent_asks_and_the_supervisor_approves_in_the_queue(
    qtbot: QtBot,
    demo_db: Database,
    agent: Agent,
    supervisor: Agent,
    runner: InlineRunner,
    display: Display,
    messages: dict[str, list[str]],
) -> None:
    line_id = _line(demo_db, accounts=2)
    header = _header(demo_db, line_id)
    session = start_verified(demo_db, agent, line_id)
    dialog = MergeAccountsDialog(session, runner, header, display)
    qtbot.addWidget(dialog)
    assert dialog.ok.text() == "Ask a supervisor"
    target = dialog.target.currentData()
    _ok(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "waiting for a supervisor" in messages["information"][-1]
    assert _account(demo_db, header.account_id).status == AccountStatus.ACTIVE, "not yet"
    again = MergeAccountsDialog(session, runner, header, display)
    qtbot.addWidget(again)
    _ok(again, qtbot)
    assert again.result() != QDialog.DialogCode.Accepted
    assert "already waiting" in messages["warning"][-1], "the refusal is on screen"

    desk = InteractionSession(demo_db, supervisor)
    queue = ApprovalsDialog(desk, runner, display)
    qtbot.addWidget(queue)
    assert queue.model.rowCount() == 1
    assert queue.model.data(queue.model.index(0, 3)) == "Merge accounts"
    assert header.name in queue.model.data(queue.model.index(0, 2))
    assert f"{header.account_number} → " in queue.detail.text()
    qtbot.mouseClick(queue.approve_button, Qt.MouseButton.LeftButton)
    assert queue.model.rowCount() == 0 and "approved" in queue.status.text()
    assert (
        queue.detail.text() == "No requests are waiting." and not queue.approve_button.isEnabled()
    )
    assert _account(demo_db, header.account_id).status == AccountStatus.CLOSED
    assert _header(demo_db, line_id).account_id == target


def test_a_rejection_needs_a_note(
    qtbot: QtBot,
    demo_db: Database,
    agent: Agent,
    supervisor: Agent,
    runner: InlineRunner,
    display: Display,
    messages: dict[str, list[str]],
) -> None:
    line_id = _line(demo_db)
    header = _header(demo_db, line_id)
    dialog = AdjustBalanceDialog(start_verified(demo_db, agent, line_id), runner, header, display)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.amount, "1500")
    qtbot.keyClicks(dialog.note, "Dvoinoe spisanie")
    assert "over your cap of 500,00" in dialog.preview.text()
    assert dialog.ok.text() == "Ask a supervisor"
    _ok(dialog, qtbot)
    queue = ApprovalsDialog(InteractionSession(demo_db, supervisor), runner, display)
    qtbot.addWidget(queue)
    qtbot.mouseClick(queue.reject_button, Qt.MouseButton.LeftButton)
    assert "Say why" in messages["warning"][-1]
    qtbot.keyClicks(queue.note, "No reason for a credit")
    qtbot.mouseClick(queue.reject_button, Qt.MouseButton.LeftButton)
    assert queue.model.rowCount() == 0
    with demo_db.read() as s:
        request = s.scalars(select(ApprovalRequest)).one()
        assert (request.status, request.decision_note) == (
            ApprovalStatus.REJECTED,
            "No reason for a credit",
        )
    assert _account(demo_db, header.account_id).balance == header.balance


def test_a_supervisor_splits_off_a_line_with_money(
    qtbot: QtBot,
    demo_db: Database,
    supervisor: Agent,
    runner: InlineRunner,
    display: Display,
    messages: dict[str, list[str]],
) -> None:
    line_id = _line(demo_db, lines=2)
    header = _header(demo_db, line_id)
    with demo_db.write() as s:  # money to move, received as a payment
        account = s.get_one(PersonalAccount, header.account_id)
        s.add(
            Payment(
                account_id=account.id,
                amount=Decimal("5000.00"),
                method=PaymentMethod.BANK_CARD,
                paid_at=datetime(2026, 11, 24, 9, tzinfo=UTC),
                reference="UI",
            )
        )
        account.balance += Decimal("5000.00")
    header = _header(demo_db, line_id)
    dialog = SplitAccountDialog(
        start_verified(demo_db, supervisor, line_id), runner, header, display
    )
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled() and "Tick the numbers" in dialog.preview.text()
    dialog.lines.item(0).setCheckState(Qt.CheckState.Checked)
    moved_line = dialog.chosen()[0]
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "1 000 000")
    assert "negative balance" in dialog.preview.text() and not dialog.ok.isEnabled()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "250,50")
    assert f"250,50{NBSP}₽" in dialog.preview.text()
    assert display.money(header.balance - Decimal("250.50")) in dialog.preview.text()
    _ok(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted and not messages["warning"]
    assert dialog.outcome.moved == Decimal("250.50")
    with demo_db.read() as s:
        moved = s.get_one(Line, moved_line)
        assert moved.account_id == dialog.outcome.new_account_id
        assert s.get_one(PersonalAccount, moved.account_id).balance == Decimal("250.50")


def test_an_agent_credits_within_the_cap(
    qtbot: QtBot,
    demo_db: Database,
    agent: Agent,
    runner: InlineRunner,
    display: Display,
    messages: dict[str, list[str]],
) -> None:
    line_id = _line(demo_db)
    header = _header(demo_db, line_id)
    dialog = AdjustBalanceDialog(start_verified(demo_db, agent, line_id), runner, header, display)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.amount, "120,40")
    assert not dialog.ok.isEnabled() and "Write why" in dialog.preview.text()
    dialog.debit.setChecked(True)
    dialog.reason.setCurrentIndex(dialog.reason.findData(AdjustmentReason.CORRECTION.value))
    qtbot.keyClicks(dialog.note, "Correction of the roaming charge")
    assert display.money(header.balance - Decimal("120.40")) in dialog.preview.text()
    assert dialog.ok.text() == "Adjust"
    _ok(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted and not messages["warning"]
    assert _account(demo_db, header.account_id).balance == header.balance - Decimal("120.40")
    with demo_db.read() as s:
        charge = s.scalars(select(Charge).order_by(Charge.id.desc()).limit(1)).one()
        assert (charge.category, charge.reason_code, charge.amount) == (
            ChargeCategory.ADJUSTMENT,
            "correction",
            Decimal("120.40"),
        )


def test_a_promised_payment_lifts_the_block_and_the_second_is_refused(
    qtbot: QtBot,
    demo_db: Database,
    agent: Agent,
    runner: InlineRunner,
    display: Display,
    messages: dict[str, list[str]],
) -> None:
    line_id = _line(demo_db, debt=True)
    header = _header(demo_db, line_id)
    missing = -header.credit_limit - header.balance
    assert 0 < missing < Decimal("1900")
    session = start_verified(demo_db, agent, line_id)
    dialog = PromisedPaymentDialog(session, runner, header, display)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.amount, "2000,01")
    assert "at most" in dialog.preview.text() and not dialog.ok.isEnabled()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "2000")
    assert "lifted at once" in dialog.preview.text() and f"60,00{NBSP}₽" in dialog.preview.text()
    _ok(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted and not messages["warning"]
    assert _header(demo_db, line_id).status == LineStatus.ACTIVE
    again = PromisedPaymentDialog(session, runner, _header(demo_db, line_id), display)
    qtbot.addWidget(again)
    qtbot.keyClicks(again.amount, "100")
    assert "already given" in again.preview.text() and not again.ok.isEnabled()


def test_reactivation_shows_what_is_missing_until_it_is_paid(
    qtbot: QtBot,
    demo_db: Database,
    agent: Agent,
    runner: InlineRunner,
    display: Display,
    messages: dict[str, list[str]],
) -> None:
    line_id = _line(demo_db, debt=True)
    header = _header(demo_db, line_id)
    missing = -header.credit_limit - header.balance
    session = start_verified(demo_db, agent, line_id)
    dialog = ReactivateDialog(session, runner, header, display)
    qtbot.addWidget(dialog)
    assert f"{display.money(missing)} is missing" in dialog.preview.text()
    assert not dialog.ok.isEnabled()
    with demo_db.write() as s:
        account = s.get_one(PersonalAccount, header.account_id)
        s.add(
            Payment(
                account_id=account.id,
                amount=missing,
                method=PaymentMethod.TERMINAL,
                paid_at=datetime(2026, 11, 25, 9, tzinfo=UTC),
                reference="UI",
            )
        )
        account.balance += missing
    paid = ReactivateDialog(session, runner, _header(demo_db, line_id), display)
    qtbot.addWidget(paid)
    assert "can be reactivated" in paid.preview.text()
    _ok(paid, qtbot)
    assert paid.result() == QDialog.DialogCode.Accepted and not messages["warning"]
    assert _header(demo_db, line_id).status == LineStatus.ACTIVE


def test_the_tabs_offer_the_actions_once_the_caller_is_verified(
    qtbot: QtBot, demo_db: Database, agent: Agent, runner: InlineRunner, display: Display
) -> None:
    line_id = _line(demo_db, debt=True)
    session = InteractionSession(demo_db, agent)
    card = CardWidget(demo_db, runner, display, session)
    qtbot.addWidget(card)
    card.open(line_id)
    profile, billing = card.tab_pages[0], card.tab_pages[3]
    assert isinstance(profile, ProfileTab) and isinstance(billing, BillingTab)
    card.show_tab(3)
    assert not billing.money.button.isEnabled(), "no interaction, no changes"
    assert not profile.account_actions.merge_button.isEnabled()
    verified = start_verified(demo_db, agent, line_id)
    session.current = verified.current
    session.changed.emit()
    card.show_tab(3)
    assert billing.money.button.isEnabled()
    assert billing.money.adjust.isEnabled() and billing.money.promised.isEnabled()
    assert billing.money.reactivate.isEnabled(), "the line is blocked for debt"
    card.show_tab(0)
    assert profile.account_actions.merge_button.isEnabled()
    assert profile.account_actions.split_button.isEnabled()


def test_ctrl_shift_a_opens_the_queue_for_supervisors_only(
    qtbot: QtBot,
    demo_db: Database,
    agent: Agent,
    supervisor: Agent,
    runner: InlineRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[ApprovalsDialog] = []
    monkeypatch.setattr(ApprovalsDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    for who, enabled in ((agent, False), (supervisor, True)):
        window = MainWindow(demo_db, who, runner, Display())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        (action,) = [
            a for a in window.actions_with_keys if a.shortcut().toString() == "Ctrl+Shift+A"
        ]
        assert action.isEnabled() is enabled
        qtbot.keyClick(
            window,
            Qt.Key.Key_A,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert len(opened) == int(enabled)
        window.close()

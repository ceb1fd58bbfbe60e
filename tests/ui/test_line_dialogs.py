"""The Line menu's dialogs, typed into, with what reached the database checked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models import (
    BillDelivery,
    Customer,
    Line,
    LineStatus,
    OutboxMessage,
    PersonalAccount,
    TariffPlan,
)
from tests.ui.conftest import start_verified, type_text
from ui.card.line_dialogs import (
    BillDeliveryDialog,
    ChangeNumberDialog,
    ConfirmDialog,
    PersonalDataDialog,
    SimCodesDialog,
    VoluntaryBlockDialog,
)
from ui.interaction.session import InteractionSession
from ui.misc.display import Display
from ui.misc.tasks import InlineRunner
from workstation.auth import Agent
from workstation.card import CardHeader, load_header, load_profile
from workstation.db import Database


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))

    def unexpected(_parent: object, _title: str, text: str) -> None:
        raise AssertionError(f"an unexpected error reached the screen: {text}")

    monkeypatch.setattr(QMessageBox, "critical", unexpected)
    return shown


@pytest.fixture
def verified(demo_db: Database, agent: Agent) -> tuple[InteractionSession, CardHeader]:
    with demo_db.read() as s:
        line_id = int(
            s.scalar(
                select(Line.id)
                .join(PersonalAccount, PersonalAccount.id == Line.account_id)
                .join(Customer, Customer.id == PersonalAccount.customer_id)
                .join(TariffPlan, TariffPlan.id == Line.tariff_id)
                .where(
                    Line.status == LineStatus.ACTIVE,
                    Customer.code_word_hash.is_not(None),
                    Customer.kind == "individual",
                    TariffPlan.block_daily_fee > 0,
                )
                .order_by(Line.id)
                .limit(1)
            )
        )
        header = load_header(s, line_id)
    return start_verified(demo_db, agent, line_id), header


def _ok(dialog: QDialog, qtbot: QtBot) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _line(db: Database, line_id: int) -> Line:
    with db.read() as s:
        return s.get_one(Line, line_id)


def test_voluntary_block_shows_its_fee_rules(
    qtbot: QtBot,
    demo_db: Database,
    runner: InlineRunner,
    warnings: list[str],
    verified: tuple[InteractionSession, CardHeader],
) -> None:
    session, header = verified
    dialog = VoluntaryBlockDialog(session, runner, header, Display())
    qtbot.addWidget(dialog)
    assert "₽" in dialog.note.text()
    dialog.open_ended.setChecked(True)
    _ok(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted, warnings
    line = _line(demo_db, header.line_id)
    assert line.status == LineStatus.VOLUNTARY_BLOCK and line.block_until is None


def test_pin_and_puk_are_shown_then_hidden(
    qtbot: QtBot,
    demo_db: Database,
    runner: InlineRunner,
    warnings: list[str],
    verified: tuple[InteractionSession, CardHeader],
) -> None:
    session, header = verified
    dialog = SimCodesDialog(session, runner, header, Display())
    qtbot.addWidget(dialog)
    _ok(dialog, qtbot)
    assert "PUK1" in dialog.codes.text() and not dialog.codes.isHidden()
    assert dialog.timer.isActive() and dialog.timer.interval() == 30_000
    dialog.timer.timeout.emit()
    assert dialog.codes.text() == "" and dialog.codes.isHidden()


def test_change_the_number_from_the_pool(
    qtbot: QtBot,
    demo_db: Database,
    runner: InlineRunner,
    warnings: list[str],
    verified: tuple[InteractionSession, CardHeader],
) -> None:
    session, header = verified
    dialog = ChangeNumberDialog(session, runner, header, Display())
    qtbot.addWidget(dialog)
    assert dialog.offers.rowCount() > 0
    target = dialog.offers.rows[0]
    type_text(dialog.ending, target.msisdn[-4:])
    dialog.find()
    row = next(i for i, o in enumerate(dialog.offers.rows) if o.msisdn == target.msisdn)
    dialog.table.setCurrentIndex(dialog.offers.index(row, 0))
    dialog._chosen()
    assert target.display in dialog.note.text()
    _ok(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted, warnings
    assert _line(demo_db, header.line_id).msisdn == target.msisdn


def test_personal_data_sends_only_what_changed(
    qtbot: QtBot,
    demo_db: Database,
    runner: InlineRunner,
    warnings: list[str],
    verified: tuple[InteractionSession, CardHeader],
) -> None:
    session, header = verified
    with demo_db.read() as s:
        profile = load_profile(s, header.customer_id, verified=True)
    current = {"last_name": profile.last_name or "", "email": profile.email or ""}
    dialog = PersonalDataDialog(session, runner, header, Display(), profile, current)
    qtbot.addWidget(dialog)
    dialog.edits["email"].clear()
    type_text(dialog.edits["email"], "new.address@example.org")
    assert dialog.changes() == {"email": "new.address@example.org"}
    _ok(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted, warnings
    with demo_db.read() as s:
        assert s.get_one(Customer, header.customer_id).email == "new.address@example.org"


def test_bill_delivery_refuses_a_bad_postcode_then_saves(
    qtbot: QtBot,
    demo_db: Database,
    runner: InlineRunner,
    warnings: list[str],
    verified: tuple[InteractionSession, CardHeader],
) -> None:
    session, header = verified
    dialog = BillDeliveryDialog(session, runner, header, Display(), {"method": "none"})
    qtbot.addWidget(dialog)
    dialog.method.setCurrentIndex(dialog.method.findData("post"))
    for field, text in (
        ("postcode", "12345"),
        ("city", "Москва"),
        ("street", "ул. Тверская"),
        ("house", "7"),
    ):
        type_text(dialog.edits[field], text)
    _ok(dialog, qtbot)
    assert warnings and "12345" in warnings[-1]
    assert dialog.result() != QDialog.DialogCode.Accepted
    type_text(dialog.edits["postcode"], "9")
    _ok(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted, warnings
    with demo_db.read() as s:
        account = s.get_one(PersonalAccount, header.account_id)
        assert (account.bill_delivery, account.bill_postcode) == (BillDelivery.POST, "123459")


def test_password_reset_goes_by_sms(
    qtbot: QtBot,
    demo_db: Database,
    runner: InlineRunner,
    warnings: list[str],
    verified: tuple[InteractionSession, CardHeader],
) -> None:
    session, header = verified
    dialog = ConfirmDialog(
        session,
        runner,
        header,
        Display(),
        title="t",
        text="x",
        action="Send",
        operation="reset_selfcare_password",
    )
    qtbot.addWidget(dialog)
    _ok(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted, warnings
    with demo_db.read() as s:
        message = s.scalars(
            select(OutboxMessage).where(OutboxMessage.purpose == "selfcare_password")
        ).one()
    assert message.recipient == header.msisdn and message.sensitive

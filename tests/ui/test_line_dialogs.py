"""The Line menu's dialogs, typed into, with what reached the database checked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models import (
    BillDelivery,
    Channel,
    Customer,
    Line,
    LineStatus,
    OutboxMessage,
    Payment,
    PersonalAccount,
    Sim,
    SimStatus,
    TariffPlan,
)
from tests.ui.conftest import start_verified, type_text
from ui.card.line_dialogs import (
    BillDeliveryDialog,
    ChangeNumberDialog,
    ConfirmDialog,
    PersonalDataDialog,
    ReplaceSimDialog,
    SimCodesDialog,
    VoluntaryBlockDialog,
)
from ui.card.line_menu import LineActions
from ui.card.widget import CardWidget
from ui.interaction.session import InteractionSession
from ui.misc.display import Display
from ui.misc.labels import label
from ui.misc.tasks import InlineRunner
from workstation.auth import Agent
from workstation.card import CardHeader, load_header, load_profile
from workstation.db import Database
from workstation.formatting import zone
from workstation.operations import execute
from workstation.operations.lines import ICCID_PREFIX
from workstation.operations.verification import Method
from workstation.russian_ids import luhn_digit


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))

    def unexpected(_parent: object, _title: str, text: str) -> None:
        raise AssertionError(f"an unexpected error reached the screen: {text}")

    monkeypatch.setattr(QMessageBox, "critical", unexpected)
    return shown


@pytest.fixture
def header(demo_db: Database) -> CardHeader:
    """An active line of an individual with a code word, on a tariff whose block costs money."""
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
        return load_header(s, line_id)


@pytest.fixture
def verified(
    demo_db: Database, agent: Agent, header: CardHeader
) -> tuple[InteractionSession, CardHeader]:
    return start_verified(demo_db, agent, header.line_id), header


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


def _menu(qtbot: QtBot, session: InteractionSession, runner: InlineRunner) -> LineActions:
    """The Line menu as the main window builds it: its dialogs are the ones the agent opens.

    Keep the result while its dialogs are in use: they belong to its window.
    """
    window = QWidget()
    card = CardWidget(session.db, runner, Display(), session)
    qtbot.addWidget(window)
    qtbot.addWidget(card)
    return LineActions(window, card, session, runner, Display())


def _press_enter(dialog: QDialog, qtbot: QtBot, widget: QWidget | None = None) -> None:
    """Enter where the agent's cursor is: the dialog's default button answers it."""
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(widget or dialog, Qt.Key.Key_Return)


def _reread(db: Database, header: CardHeader) -> CardHeader:
    """The card reloaded after a change made outside the dialog under test."""
    with db.read() as s:
        return load_header(s, header.line_id)


def _state(db: Database, line_id: int) -> tuple[object, ...]:
    """What the line dialogs change: the line's status, block, version and its SIM cards."""
    with db.read() as s:
        line = s.get_one(Line, line_id)
        sims = s.execute(
            select(Sim.id, Sim.iccid, Sim.status).where(Sim.line_id == line_id).order_by(Sim.id)
        ).all()
        return (
            line.status,
            line.status_before_lost_sim,
            line.block_from,
            line.block_until,
            line.version,
            tuple(tuple(row) for row in sims),
        )


def _sims(db: Database, line_id: int) -> list[Sim]:
    with db.read() as s:
        return list(s.scalars(select(Sim).where(Sim.line_id == line_id).order_by(Sim.id)))


def _free_iccid(db: Database) -> str:
    body = ICCID_PREFIX + "424242424242"
    iccid = body + luhn_digit(body)
    with db.read() as s:
        assert s.scalar(select(Sim.id).where(Sim.iccid == iccid)) is None
    return iccid


def _start_by_last_payment(db: Database, agent: Agent, line_id: int) -> InteractionSession:
    """An interaction with the caller verified only by the amount and day of the last payment."""
    with db.read() as s:
        line = s.get_one(Line, line_id)
        account = s.get_one(PersonalAccount, line.account_id)
        last = s.execute(
            select(Payment.amount, Payment.paid_at)
            .where(Payment.account_id == account.id)
            .order_by(Payment.paid_at.desc())
            .limit(1)
        ).one()
        paid_on = last.paid_at.astimezone(zone(account.time_zone)).date()
        customer_id = account.customer_id
    session = InteractionSession(db, agent)
    started = execute(db, session.context(), "start_interaction", channel=Channel.SHORT_NUMBER)
    session.started(started.interaction_id, started.channel, None, started.started_at)
    result = execute(
        db,
        session.context(),
        "verify_caller",
        line_id=line_id,
        method=Method.LAST_PAYMENT,
        answer=f"{last.amount} {paid_on:%d.%m.%Y}",
    )
    assert result.success
    session.verified(customer_id)
    return session


def test_lost_sim_blocks_the_line_at_once(
    qtbot: QtBot,
    demo_db: Database,
    runner: InlineRunner,
    warnings: list[str],
    verified: tuple[InteractionSession, CardHeader],
) -> None:
    session, header = verified
    menu = _menu(qtbot, session, runner)
    dialog = menu._lost(header)
    assert "code word" in dialog.note.text()
    _press_enter(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted, warnings
    assert not warnings
    line = _line(demo_db, header.line_id)
    assert line.status == LineStatus.LOST_SIM_BLOCK
    assert line.status_before_lost_sim == LineStatus.ACTIVE
    assert line.version > header.line_version
    assert [c.status for c in _sims(demo_db, header.line_id)] == [SimStatus.ACTIVE]


def test_lost_sim_is_refused_for_a_caller_verified_by_last_payment(
    qtbot: QtBot,
    demo_db: Database,
    agent: Agent,
    runner: InlineRunner,
    warnings: list[str],
    header: CardHeader,
) -> None:
    session = _start_by_last_payment(demo_db, agent, header.line_id)
    before = _state(demo_db, header.line_id)
    menu = _menu(qtbot, session, runner)
    dialog = menu._lost(header)
    _ok(dialog, qtbot)
    assert len(warnings) == 1
    assert label(Method.CODE_WORD) in warnings[0] and label(Method.PASSPORT) in warnings[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ok.isEnabled()
    assert _state(demo_db, header.line_id) == before
    assert _line(demo_db, header.line_id).status == LineStatus.ACTIVE


def test_replace_a_lost_sim_with_a_blank_after_a_mistyped_iccid(
    qtbot: QtBot,
    demo_db: Database,
    runner: InlineRunner,
    warnings: list[str],
    verified: tuple[InteractionSession, CardHeader],
) -> None:
    session, header = verified
    execute(demo_db, session.context(), "block_lost_sim", line_id=header.line_id)
    header = _reread(demo_db, header)
    old = _sims(demo_db, header.line_id)
    assert [c.status for c in old] == [SimStatus.ACTIVE]
    iccid = _free_iccid(demo_db)
    typo = iccid[:-1] + str((int(iccid[-1]) + 1) % 10)
    before = _state(demo_db, header.line_id)

    menu = _menu(qtbot, session, runner)
    dialog = menu._replace(header)
    assert isinstance(dialog, ReplaceSimDialog)
    dialog.iccid.setFocus()
    type_text(dialog.iccid, typo)
    _press_enter(dialog, qtbot, dialog.iccid)
    assert len(warnings) == 1 and typo in warnings[0]
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert _state(demo_db, header.line_id) == before

    dialog.iccid.clear()
    type_text(dialog.iccid, iccid[:10] + " " + iccid[10:])
    _press_enter(dialog, qtbot, dialog.iccid)
    assert dialog.result() == QDialog.DialogCode.Accepted, warnings
    assert len(warnings) == 1

    sims = _sims(demo_db, header.line_id)
    assert [(c.id, c.status) for c in sims] == [
        (old[0].id, SimStatus.REPLACED),
        (sims[1].id, SimStatus.ACTIVE),
    ]
    assert sims[0].iccid == old[0].iccid and sims[0].replaced_at is not None
    assert sims[0].replace_reason == "Утеря или кража SIM-карты"
    assert sims[1].iccid == iccid and sims[1].imsi != old[0].imsi
    line = _line(demo_db, header.line_id)
    assert line.status == LineStatus.ACTIVE and line.status_before_lost_sim is None
    with demo_db.read() as s:
        notices = s.scalars(
            select(OutboxMessage).where(OutboxMessage.purpose == "sim_replaced")
        ).all()
    assert header.msisdn in {m.recipient for m in notices}
    assert all(iccid[-4:] in m.body for m in notices)


def test_replace_sim_with_no_iccid_issues_a_new_card(
    qtbot: QtBot,
    demo_db: Database,
    runner: InlineRunner,
    warnings: list[str],
    verified: tuple[InteractionSession, CardHeader],
) -> None:
    session, header = verified
    old = _sims(demo_db, header.line_id)
    dialog = ReplaceSimDialog(session, runner, header, Display())
    qtbot.addWidget(dialog)
    assert dialog.iccid.text() == ""
    _ok(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted, warnings
    sims = _sims(demo_db, header.line_id)
    assert [c.status for c in sims] == [SimStatus.REPLACED, SimStatus.ACTIVE]
    assert sims[0].id == old[0].id and sims[0].replace_reason == "Замена SIM-карты"
    assert sims[1].iccid.startswith(ICCID_PREFIX) and sims[1].iccid != old[0].iccid
    assert _line(demo_db, header.line_id).status == LineStatus.ACTIVE


def test_lift_the_voluntary_block(
    qtbot: QtBot,
    demo_db: Database,
    runner: InlineRunner,
    warnings: list[str],
    verified: tuple[InteractionSession, CardHeader],
) -> None:
    session, header = verified
    execute(demo_db, session.context(), "block_voluntary", line_id=header.line_id, end=None)
    header = _reread(demo_db, header)
    blocked = _line(demo_db, header.line_id)
    assert blocked.status == LineStatus.VOLUNTARY_BLOCK and blocked.block_from is not None
    menu = _menu(qtbot, session, runner)
    dialog = menu._unblock(header)
    _press_enter(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted, warnings
    assert not warnings
    line = _line(demo_db, header.line_id)
    assert line.status == LineStatus.ACTIVE
    assert (line.block_from, line.block_until) == (None, None)
    assert line.version > header.line_version


def test_lifting_a_block_from_a_line_not_blocked_is_refused(
    qtbot: QtBot,
    demo_db: Database,
    runner: InlineRunner,
    warnings: list[str],
    verified: tuple[InteractionSession, CardHeader],
) -> None:
    session, header = verified
    before = _state(demo_db, header.line_id)
    menu = _menu(qtbot, session, runner)
    dialog = menu._unblock(header)
    _ok(dialog, qtbot)
    assert len(warnings) == 1 and label(LineStatus.ACTIVE) in warnings[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ok.isEnabled() and not dialog.conflicted
    assert _state(demo_db, header.line_id) == before

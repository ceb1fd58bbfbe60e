"""The interaction from the agent's keyboard: start, verify, change services and tariff, wrap up."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from models import (
    CallbackRequest,
    Channel,
    Customer,
    Interaction,
    Line,
    LineStatus,
    Outcome,
    PersonalAccount,
    ServiceSubscription,
    TariffPlan,
)
from tests.ui.conftest import start_verified, type_text
from ui.card.actions import ActivateServiceDialog, ChangeTariffDialog, DeactivateServiceDialog
from ui.interaction.dialogs import StartInteractionDialog, VerifyDialog, WrapUpDialog
from ui.interaction.session import InteractionSession
from ui.misc.display import Display
from ui.misc.tasks import InlineRunner
from workstation.auth import Agent
from workstation.card import load_header, load_services
from workstation.db import Database
from workstation.demo.vocabulary import DEMO_CODE_WORD
from workstation.operations.verification import Method


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Refusals that would show a message box, collected instead of blocking the test."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))

    def unexpected(_parent: object, _title: str, text: str) -> None:
        raise AssertionError(f"an unexpected error reached the screen: {text}")

    monkeypatch.setattr(QMessageBox, "critical", unexpected)
    return shown


def _consumer_line(db: Database) -> int:
    with db.read() as s:
        return int(
            s.scalar(
                select(Line.id)
                .join(PersonalAccount, PersonalAccount.id == Line.account_id)
                .join(Customer, Customer.id == PersonalAccount.customer_id)
                .join(TariffPlan, TariffPlan.id == Line.tariff_id)
                .where(
                    Line.status == LineStatus.ACTIVE,
                    Customer.code_word_hash.is_not(None),
                    TariffPlan.for_business.is_(False),
                    TariffPlan.status == "available",
                )
                .order_by(Line.id)
                .limit(1)
            )
        )


def _ok(dialog: QDialog, qtbot: QtBot) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_start_verify_and_wrap_up_with_a_callback(
    qtbot: QtBot, demo_db: Database, agent: Agent, runner: InlineRunner, warnings: list[str]
) -> None:
    line_id = _consumer_line(demo_db)
    with demo_db.read() as s:
        header = load_header(s, line_id)
    session = InteractionSession(demo_db, agent)
    start = StartInteractionDialog(session, runner)
    qtbot.addWidget(start)
    start.channel.setCurrentIndex(start.channel.findData(Channel.FREEPHONE))
    qtbot.keyClicks(start.caller, header.msisdn_display)
    _ok(start, qtbot)
    assert start.result() == QDialog.DialogCode.Accepted
    assert session.current is not None and session.current.caller == header.msisdn

    verify = VerifyDialog(session, runner, header)
    qtbot.addWidget(verify)
    type_text(verify.answers[Method.CODE_WORD], "одуванчик")
    _ok(verify, qtbot)
    assert verify.result_value is not None and not verify.result_value.success
    assert "2" in verify.message.text()
    type_text(verify.answers[Method.CODE_WORD], DEMO_CODE_WORD.upper())
    _ok(verify, qtbot)
    assert verify.result() == QDialog.DialogCode.Accepted
    assert session.is_verified(header.customer_id)

    wrap = WrapUpDialog(session, runner)
    qtbot.addWidget(wrap)
    _ok(wrap, qtbot)
    assert warnings and wrap.result() != QDialog.DialogCode.Accepted, "no wrap-up, no close"
    wrap.reasons.item(0).setCheckState(Qt.CheckState.Checked)
    wrap.outcome.setCurrentIndex(wrap.outcome.findData(Outcome.CALLBACK_NEEDED))
    type_text(wrap.note, "Перезвонить после 18:00")
    _ok(wrap, qtbot)
    assert wrap.result() == QDialog.DialogCode.Accepted
    assert session.current is None
    with demo_db.read() as s:
        interaction = s.scalars(select(Interaction).order_by(Interaction.id.desc()).limit(1)).one()
        assert interaction.ended_at is not None and interaction.outcome == Outcome.CALLBACK_NEEDED
        assert interaction.verified_customer_id == header.customer_id
        assert (
            s.scalar(select(func.count()).where(CallbackRequest.interaction_id == interaction.id))
            == 1
        )


def test_switch_a_service_on_with_its_price_shown_first(
    qtbot: QtBot, demo_db: Database, agent: Agent, runner: InlineRunner, warnings: list[str]
) -> None:
    line_id = _consumer_line(demo_db)
    session = start_verified(demo_db, agent, line_id)
    with demo_db.read() as s:
        header = load_header(s, line_id)
        available = load_services(s, line_id).available
    priced = next(a for a in available if a.service.fee > 0 and not a.conflicts_with)
    dialog = ActivateServiceDialog(
        session, runner, header, Display(), available, chosen=priced.service.code
    )
    qtbot.addWidget(dialog)
    assert Display().money(priced.service.fee) in dialog.note.text()
    _ok(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted, warnings
    with demo_db.read() as s:
        on = s.scalars(
            select(ServiceSubscription).where(
                ServiceSubscription.line_id == line_id,
                ServiceSubscription.service_id == priced.service.service_id,
                ServiceSubscription.ended_at.is_(None),
            )
        ).all()
        balance = s.get_one(PersonalAccount, header.account_id).balance
    assert len(on) == 1
    assert balance == header.balance - priced.service.connection_fee - priced.service.fee


def test_a_stale_card_is_refused_and_reloads(
    qtbot: QtBot, demo_db: Database, agent: Agent, runner: InlineRunner, warnings: list[str]
) -> None:
    line_id = _consumer_line(demo_db)
    session = start_verified(demo_db, agent, line_id)
    with demo_db.read() as s:
        header = load_header(s, line_id)
        available = load_services(s, line_id).available
    # Another agent changes the line after this card was read.
    with demo_db.write() as s:
        s.get_one(Line, line_id).status_changed_at = header.status_changed_at
        s.get_one(Line, line_id).updated_by_id = agent.user_id
    dialog = ActivateServiceDialog(session, runner, header, Display(), available)
    qtbot.addWidget(dialog)
    _ok(dialog, qtbot)
    assert dialog.conflicted
    assert (warnings and "Смирнова" in warnings[-1]) or "changed" in warnings[-1]


def test_change_the_tariff_from_the_comparison(
    qtbot: QtBot, demo_db: Database, agent: Agent, runner: InlineRunner, warnings: list[str]
) -> None:
    line_id = _consumer_line(demo_db)
    session = start_verified(demo_db, agent, line_id)
    with demo_db.read() as s:
        header = load_header(s, line_id)
    dialog = ChangeTariffDialog(session, runner, header, Display())
    qtbot.addWidget(dialog)
    assert dialog.options[0].current
    assert len(dialog.options[0].history) == 3
    target = next(o for o in dialog.options if o.selectable)
    dialog.select(target.code)
    assert Display().money(target.switch_fee) in dialog.note.text()
    _ok(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted, warnings
    with demo_db.read() as s:
        assert s.get_one(Line, line_id).tariff_id == target.tariff_id
    assert target.monthly_fee >= Decimal("0")


def test_switch_a_service_off(
    qtbot: QtBot, demo_db: Database, agent: Agent, runner: InlineRunner, warnings: list[str]
) -> None:
    with demo_db.read() as s:
        line_id = int(
            s.scalar(
                select(ServiceSubscription.line_id)
                .join(Line, Line.id == ServiceSubscription.line_id)
                .join(PersonalAccount, PersonalAccount.id == Line.account_id)
                .join(Customer, Customer.id == PersonalAccount.customer_id)
                .where(
                    ServiceSubscription.ended_at.is_(None),
                    Line.status == LineStatus.ACTIVE,
                    Customer.code_word_hash.is_not(None),
                )
                .limit(1)
            )
        )
        header = load_header(s, line_id)
        subscription = load_services(s, line_id).active[0]
    session = start_verified(demo_db, agent, line_id)
    dialog = DeactivateServiceDialog(session, runner, header, Display(), subscription)
    qtbot.addWidget(dialog)
    assert subscription.service.name in dialog.note.text()
    _ok(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted, warnings
    with demo_db.read() as s:
        ended = s.get_one(ServiceSubscription, subscription.subscription_id).ended_at
    assert ended is not None

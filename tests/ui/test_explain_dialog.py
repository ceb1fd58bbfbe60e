"""From a charge in the Billing tab to what it is made of; the payment methods panel.

The records behind a usage charge are listed only to a verified caller, and on record.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from models import AuditEvent, Charge, ChargeCategory, Customer, Line, PersonalAccount, UsageRecord
from tests.ui.conftest import start_verified
from ui.card.billing import BillingTab
from ui.card.explain_dialog import ExplainDialog
from ui.interaction.session import InteractionSession
from ui.misc.display import Display
from ui.misc.tasks import InlineRunner
from ui.reference.payments import PaymentMethodsDialog
from workstation.auth import Agent
from workstation.card import load_header
from workstation.db import Database
from workstation.reference import seed_reference


def _billing_tab(
    qtbot: QtBot,
    db: Database,
    runner: InlineRunner,
    line_id: int,
    session: InteractionSession | None = None,
) -> BillingTab:
    tab = BillingTab(db, runner, Display("ru", "Europe/Moscow"))
    tab.session = session
    qtbot.addWidget(tab)
    with db.read() as s:
        tab.set_line(load_header(s, line_id))
    tab.show()
    tab.ensure_loaded()
    return tab


def _voice_charge(db: Database) -> tuple[int, int, Decimal]:
    """The line, id and amount of a calls charge of the newest period with many records, of
    a customer with a code word (so that the caller can be verified)."""
    with db.read() as s:
        newest = s.scalar(select(func.max(Charge.period)))
        line_id, charge_id, amount = s.execute(
            select(Charge.line_id, Charge.id, Charge.amount)
            .join(UsageRecord, UsageRecord.line_id == Charge.line_id)
            .join(PersonalAccount, PersonalAccount.id == Charge.account_id)
            .join(Customer, Customer.id == PersonalAccount.customer_id)
            .where(
                Charge.category == ChargeCategory.VOICE,
                Charge.period == newest,
                Customer.code_word_hash.is_not(None),
            )
            .group_by(Charge.line_id, Charge.id, Charge.amount)
            .order_by(func.count().desc(), Charge.id)
            .limit(1)
        ).one()
    return int(line_id), int(charge_id), amount


def _open_explanation(qtbot: QtBot, tab: BillingTab, charge_id: int) -> ExplainDialog:
    row = next(n for n, c in enumerate(tab.charges.rows) if c.charge_id == charge_id)
    tab.charges_table.setCurrentIndex(tab.charges.index(row, 0))
    assert tab.explain_button.isEnabled()
    qtbot.mouseClick(tab.explain_button, Qt.MouseButton.LeftButton)
    dialogs = tab.findChildren(ExplainDialog)
    assert len(dialogs) == 1
    return dialogs[0]


def _record_views(db: Database) -> list[tuple[int | None, int | None, str]]:
    with db.read() as s:
        return [
            (e.agent_id, e.interaction_id, e.target_id)
            for e in s.scalars(
                select(AuditEvent).where(AuditEvent.operation == "view_charge_records")
            )
        ]


def test_before_verification_a_calls_charge_is_explained_without_its_records(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    demo_db: Database,
    runner: InlineRunner,
    agent: Agent,
) -> None:
    """The secret of communications: totals by kind, zone and direction, no numbers."""
    line_id, charge_id, amount = _voice_charge(demo_db)
    session = InteractionSession(demo_db, agent)  # no call, nobody verified
    tab = _billing_tab(qtbot, demo_db, runner, line_id, session)
    assert not tab.explain_button.isEnabled()
    dialog = _open_explanation(qtbot, tab, charge_id)
    e = dialog.explanation
    assert e is not None and e.usage is not None
    assert e.usage.total == amount and e.usage.count > 1
    assert dialog.groups.rowCount() == len(e.usage.groups) > 0
    assert dialog.check.text().startswith("✓")
    assert Display().money(amount) in dialog.check.text()
    assert dialog.usage_box.isVisibleTo(dialog)
    assert dialog.records.rowCount() == 0
    assert not dialog.records_table.isVisibleTo(dialog)
    assert dialog.records_note.isVisibleTo(dialog)
    assert "verified" in dialog.records_note.text()
    with demo_db.read() as s:
        parties = set(
            s.scalars(
                select(UsageRecord.other_party).where(
                    UsageRecord.line_id == line_id, UsageRecord.other_party.is_not(None)
                )
            )
        )
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel)).replace(" ", "")
    assert parties and not any(p[-7:] in shown for p in parties)
    assert _record_views(demo_db) == [], "nothing was seen, nothing is on record"
    qtmodeltester.check(dialog.groups)


def test_a_verified_caller_hears_the_records_and_the_view_is_on_record(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    demo_db: Database,
    runner: InlineRunner,
    agent: Agent,
) -> None:
    line_id, charge_id, amount = _voice_charge(demo_db)
    session = start_verified(demo_db, agent, line_id)
    tab = _billing_tab(qtbot, demo_db, runner, line_id, session)
    dialog = _open_explanation(qtbot, tab, charge_id)
    e = dialog.explanation
    assert e is not None and e.usage is not None
    assert dialog.records.rowCount() == e.usage.count
    assert dialog.groups.rowCount() == len(e.usage.groups)
    last = dialog.records.index(dialog.records.rowCount() - 1, 7)
    assert dialog.records.data(last) == Display().money(amount)
    assert dialog.records_table.isVisibleTo(dialog)
    assert not dialog.records_note.isVisibleTo(dialog)
    assert session.current is not None
    assert _record_views(demo_db) == [(agent.user_id, session.current.interaction_id, str(line_id))]
    qtmodeltester.check(dialog.records)
    qtmodeltester.check(dialog.groups)


def test_a_double_click_on_a_fee_explains_its_tariff(
    qtbot: QtBot, demo_db: Database, runner: InlineRunner
) -> None:
    with demo_db.read() as s:
        newest = s.scalar(select(func.max(Charge.period)))
        line_id, charge_id, description = s.execute(
            select(Charge.line_id, Charge.id, Charge.description)
            .join(Line, Line.id == Charge.line_id)
            .where(Charge.category == ChargeCategory.SUBSCRIPTION, Charge.period == newest)
            .order_by(Charge.id)
            .limit(1)
        ).one()
    tab = _billing_tab(qtbot, demo_db, runner, line_id)
    row = next(n for n, c in enumerate(tab.charges.rows) if c.charge_id == charge_id)
    tab.charges_table.doubleClicked.emit(tab.charges.index(row, 2))
    dialog = tab.findChildren(ExplainDialog)[0]
    assert dialog.explanation is not None and dialog.explanation.tariff_fee is not None
    assert f"«{dialog.explanation.tariff_fee.tariff_name}»" in dialog.detail.text()
    assert f"«{dialog.explanation.tariff_fee.tariff_name}»" in description
    assert not dialog.usage_box.isVisibleTo(dialog)


def test_payment_methods_show_the_rules_and_the_payments(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_db: Database, runner: InlineRunner
) -> None:
    with demo_db.write() as s:
        seed_reference(s, datetime.now(UTC))
    line_id, _charge, _amount = _voice_charge(demo_db)
    tab = _billing_tab(qtbot, demo_db, runner, line_id)
    qtbot.mouseClick(tab.payment_methods_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChildren(PaymentMethodsDialog)[0]
    assert dialog.view is not None
    assert dialog.articles.rowCount() == 8
    assert dialog.pane.title.text() == "Оплата банковской картой"
    assert dialog.payments.rowCount() == len(dialog.view.payments) > 0
    assert dialog.view.account_number in dialog.summary.text()
    assert dialog.shortfall.isHidden() == (dialog.view.shortfall is None)
    dialog.articles_table.setCurrentIndex(dialog.articles.index(5, 0))
    assert dialog.pane.article == dialog.articles.rows[5]
    qtmodeltester.check(dialog.articles)
    qtmodeltester.check(dialog.payments)

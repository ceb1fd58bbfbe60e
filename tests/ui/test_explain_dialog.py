"""From a charge in the Billing tab to what it is made of; the payment methods panel."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from models import Charge, ChargeCategory, Line, UsageRecord
from ui.card.billing import BillingTab
from ui.card.explain_dialog import ExplainDialog
from ui.misc.display import Display
from ui.misc.tasks import InlineRunner
from ui.reference.payments import PaymentMethodsDialog
from workstation.card import load_header
from workstation.db import Database
from workstation.reference import seed_reference


def _billing_tab(qtbot: QtBot, db: Database, runner: InlineRunner, line_id: int) -> BillingTab:
    tab = BillingTab(db, runner, Display("ru", "Europe/Moscow"))
    qtbot.addWidget(tab)
    with db.read() as s:
        tab.set_line(load_header(s, line_id))
    tab.show()
    tab.ensure_loaded()
    return tab


def _voice_charge(db: Database) -> tuple[int, int, Decimal]:
    """The line, id and amount of a calls charge of the newest period with many records."""
    with db.read() as s:
        newest = s.scalar(select(func.max(Charge.period)))
        line_id, charge_id, amount = s.execute(
            select(Charge.line_id, Charge.id, Charge.amount)
            .join(UsageRecord, UsageRecord.line_id == Charge.line_id)
            .where(Charge.category == ChargeCategory.VOICE, Charge.period == newest)
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


def test_explain_a_calls_charge_and_see_its_records(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_db: Database, runner: InlineRunner
) -> None:
    line_id, charge_id, amount = _voice_charge(demo_db)
    tab = _billing_tab(qtbot, demo_db, runner, line_id)
    assert not tab.explain_button.isEnabled()
    dialog = _open_explanation(qtbot, tab, charge_id)
    e = dialog.explanation
    assert e is not None and e.usage is not None
    assert e.usage.total == amount and e.usage.count > 1
    assert dialog.records.rowCount() == e.usage.count
    assert dialog.groups.rowCount() == len(e.usage.groups)
    assert dialog.check.text().startswith("✓")
    assert Display().money(amount) in dialog.check.text()
    last = dialog.records.index(dialog.records.rowCount() - 1, 7)
    assert dialog.records.data(last) == Display().money(amount)
    assert dialog.usage_box.isVisibleTo(dialog)
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

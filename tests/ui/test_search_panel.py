"""The search panel: typing, the stale-answer rule, keys, and opening a line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models import Customer, Line, LineStatus, PersonalAccount
from tests.ui.conftest import ManualRunner, type_text
from ui.misc.tasks import InlineRunner
from ui.search.panel import SearchPanel
from workstation.db import Database
from workstation.names import name_key
from workstation.search import Match


def _active_line(db: Database) -> tuple[int, str, str]:
    with db.read() as s:
        line_id, msisdn, last_name = s.execute(
            select(Line.id, Line.msisdn, Customer.last_name)
            .join(PersonalAccount, PersonalAccount.id == Line.account_id)
            .join(Customer, Customer.id == PersonalAccount.customer_id)
            .where(Line.status == LineStatus.ACTIVE, Customer.last_name.is_not(None))
            .order_by(Line.id)
            .limit(1)
        ).one()
    return line_id, msisdn, last_name


def _panel(qtbot: QtBot, db: Database, runner: InlineRunner | ManualRunner) -> SearchPanel:
    panel = SearchPanel(db, runner)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_a_typed_number_opens_its_card_on_enter(
    qtbot: QtBot, demo_db: Database, runner: InlineRunner
) -> None:
    line_id, msisdn, _ = _active_line(demo_db)
    national = msisdn[2:]
    typed = f"8 ({national[:3]}) {national[3:6]}-{national[6:8]}-{national[8:]}"
    panel = _panel(qtbot, demo_db, runner)
    qtbot.keyClicks(panel.edit, typed)
    with qtbot.waitSignal(panel.open_line, timeout=2000) as opened:
        qtbot.keyClick(panel.edit, Qt.Key.Key_Return)
    assert opened.args == [line_id]
    assert panel.model.hits[0].match == Match.NUMBER


def test_a_surname_with_yo_typed_as_ye_then_arrows_and_enter(
    qtbot: QtBot, demo_db: Database, runner: InlineRunner
) -> None:
    line_id, _, _ = _active_line(demo_db)
    with demo_db.write() as s:
        owner = s.get_one(Line, line_id).account.customer
        owner.last_name = "Алёшина"
        owner.name_key = name_key("Алёшина", owner.first_name, owner.middle_name)
    panel = _panel(qtbot, demo_db, runner)
    type_text(panel.edit, "АЛЕШИНА")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=2000)
    assert all(h.match == Match.NAME for h in panel.model.hits)
    assert line_id in {h.line_id for h in panel.model.hits}
    qtbot.keyClick(panel.edit, Qt.Key.Key_Down)
    assert panel.table.hasFocus()
    chosen = panel.model.hits[panel.table.currentIndex().row()]
    with qtbot.waitSignal(panel.open_line, timeout=1000) as opened:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened.args == [chosen.line_id]


def test_an_answer_to_an_older_query_is_dropped(qtbot: QtBot, demo_db: Database) -> None:
    runner = ManualRunner()
    _, msisdn, last_name = _active_line(demo_db)
    panel = _panel(qtbot, demo_db, runner)
    panel.edit.setText(last_name)
    panel.run_search()
    panel.edit.setText(msisdn)
    panel.run_search()
    assert len(runner.jobs) == 2
    runner.release(1)  # the newer answer arrives first
    assert [h.msisdn for h in panel.model.hits][:1] == [msisdn]
    runner.release(0)  # then the stale one: ignored
    assert panel.model.hits[0].msisdn == msisdn
    assert all(h.match != Match.NAME for h in panel.model.hits)


def test_escape_clears_and_short_input_explains(
    qtbot: QtBot, demo_db: Database, runner: InlineRunner
) -> None:
    panel = _panel(qtbot, demo_db, runner)
    qtbot.keyClicks(panel.edit, "12")
    panel.run_search()
    assert panel.hint.text()
    assert panel.model.rowCount() == 0
    qtbot.keyClick(panel.edit, Qt.Key.Key_Escape)
    assert panel.edit.text() == ""
    assert not panel.hint.isVisible()

"""End to end in the main window: type what the caller says, Enter, and every tab of the card.

The window runs as the agent has it, the real thread pool included: a query typed as an
agent types it (a formatted number, a surname with ``ё`` typed as ``е``), the result waited
for, Enter, the caller verified, then Ctrl+1…6 and each tab compared with the database.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, or_, select

from models import (
    Channel,
    Charge,
    Customer,
    Interaction,
    Line,
    LineStatus,
    Outcome,
    Payment,
    PersonalAccount,
    ServiceSubscription,
    TariffPlan,
    UsageRecord,
)
from tests.ui.conftest import start_verified, type_text
from ui.card.billing import BillingTab
from ui.card.history import HistoryTab
from ui.card.profile import ProfileTab
from ui.card.services import ServicesTab
from ui.card.tariff import TariffTab
from ui.card.usage import UsageTab
from ui.mainwindow.window import MainWindow
from ui.misc.display import Display
from ui.misc.tasks import Runner
from workstation.auth import Agent
from workstation.card.billing import RECENT_PAYMENTS
from workstation.card.history import HISTORY_LIMIT
from workstation.db import Database
from workstation.demo.vocabulary import DEMO_CODE_WORD
from workstation.names import full_name
from workstation.operations import execute
from workstation.operations.verification import Method
from workstation.phone import format_msisdn
from workstation.search import Match

WAIT_MS = 10_000


def _busy_line(db: Database) -> int:
    """An active line of a private customer with a code word, services, calls and history."""
    with db.read() as s:
        line_id = s.scalar(
            select(Line.id)
            .join(PersonalAccount, PersonalAccount.id == Line.account_id)
            .join(Customer, Customer.id == PersonalAccount.customer_id)
            .join(Interaction, Interaction.customer_id == Customer.id)
            .join(ServiceSubscription, ServiceSubscription.line_id == Line.id)
            .join(UsageRecord, UsageRecord.line_id == Line.id)
            .where(
                Line.status == LineStatus.ACTIVE,
                Customer.code_word_hash.is_not(None),
                Customer.kind == "individual",
            )
            .order_by(Line.id)
            .limit(1)
        )
    assert line_id is not None
    return int(line_id)


def _as_agent_types_it(msisdn: str) -> str:
    """``+79161234567`` as ``8 (916) 123-45-67``."""
    national = msisdn[2:]
    return f"8 ({national[:3]}) {national[3:6]}-{national[6:8]}-{national[8:]}"


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, agent: Agent) -> Iterator[MainWindow]:
    """The main window on a real thread pool, an interaction (a call on 0890) started."""
    runner = Runner()
    window = MainWindow(demo_db, agent, runner, Display("en"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    started = execute(
        demo_db, window.session.context(), "start_interaction", channel=Channel.SHORT_NUMBER
    )
    window.session.started(started.interaction_id, started.channel, None, started.started_at)
    yield window
    window.ping_timer.stop()
    runner.wait()


def _search(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the answer to what is typed now is shown."""
    panel = window.search
    qtbot.waitUntil(
        lambda: not panel.timer.isActive() and panel.answered == panel.generation,
        timeout=WAIT_MS,
    )


def _open_verified(qtbot: QtBot, window: MainWindow, db: Database, line_id: int) -> None:
    """Enter opens the card; the caller gives the code word; the card shows it all."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    card = window.card
    qtbot.waitUntil(
        lambda: card.current is not None and card.current.line_id == line_id, timeout=WAIT_MS
    )
    result = execute(
        db,
        window.session.context(),
        "verify_caller",
        line_id=line_id,
        method=Method.CODE_WORD,
        answer=DEMO_CODE_WORD,
    )
    assert result.success
    assert card.current is not None
    window.session.verified(card.current.customer_id)
    qtbot.waitUntil(lambda: bool(card.header.verified.text()), timeout=WAIT_MS)


def _check_every_tab(qtbot: QtBot, window: MainWindow, db: Database, line_id: int) -> None:
    """Ctrl+1…6 in turn: each tab filled, and with what the database holds."""
    now = datetime.now(UTC)
    with db.read() as s:
        line = s.get_one(Line, line_id)
        account = line.account
        customer = account.customer
        name = full_name(customer.last_name, customer.first_name, customer.middle_name)
        msisdn, account_id, customer_id, zone = (
            line.msisdn,
            account.id,
            customer.id,
            ZoneInfo(account.time_zone),
        )
        tariff = s.scalar(select(TariffPlan.name).where(TariffPlan.id == line.tariff_id))
        lines = s.scalar(
            select(func.count())
            .select_from(Line)
            .join(PersonalAccount, PersonalAccount.id == Line.account_id)
            .where(PersonalAccount.customer_id == customer_id)
        )
        accounts = s.scalar(select(func.count()).where(PersonalAccount.customer_id == customer_id))
        services = s.scalar(
            select(func.count()).where(
                ServiceSubscription.line_id == line_id,
                or_(ServiceSubscription.ended_at.is_(None), ServiceSubscription.ended_at > now),
            )
        )
        periods = s.scalar(
            select(func.count(func.distinct(Charge.period))).where(Charge.account_id == account_id)
        )
        payments = s.scalar(select(func.count()).where(Payment.account_id == account_id))
        interactions = s.scalar(select(func.count()).where(Interaction.customer_id == customer_id))

    card = window.card
    assert card.header.number.text() == format_msisdn(msisdn)
    assert card.header.name.text() == name
    assert card.header.tariff.text().startswith(tariff)

    def tab(number: int) -> object:
        qtbot.keyClick(
            window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier
        )
        assert card.tabs.currentIndex() == number - 1
        page = card.tab_pages[number - 1]
        qtbot.waitUntil(
            lambda: page.loaded_for == line_id and page.status.isHidden(), timeout=WAIT_MS
        )
        return page

    profile = tab(1)
    assert isinstance(profile, ProfileTab)
    assert profile.person.values["name"].text() == name
    assert profile.lines.rowCount() == lines
    assert format_msisdn(msisdn) in {row.msisdn_display for row in profile.lines.rows}
    assert profile.accounts.rowCount() == accounts

    services_tab = tab(2)
    assert isinstance(services_tab, ServicesTab)
    assert services_tab.active.rowCount() == services > 0
    assert services_tab.available.rowCount() > 0

    tariff_tab = tab(3)
    assert isinstance(tariff_tab, TariffTab)
    assert tariff_tab.plan.values["name"].text().startswith(tariff)
    assert tariff_tab.rates.rowCount() > 0

    billing = tab(4)
    assert isinstance(billing, BillingTab)
    assert billing.periods.columnCount() == periods + 1 > 1
    assert billing.charges.rowCount() > 0
    assert billing.payments.rowCount() == min(payments, RECENT_PAYMENTS)

    usage = tab(5)
    assert isinstance(usage, UsageTab)
    assert usage.masked_note.isHidden() and not usage.table.isHidden()
    first, last = usage.first.date().toPython(), usage.last.date().toPython()
    start = datetime.combine(first, time(), zone)
    end = datetime.combine(last + timedelta(days=1), time(), zone)
    with db.read() as s:
        records = s.scalar(
            select(func.count()).where(
                UsageRecord.line_id == line_id,
                UsageRecord.started_at >= start,
                UsageRecord.started_at < end,
            )
        )
    qtbot.waitUntil(lambda: bool(usage.totals.text()), timeout=WAIT_MS)
    assert usage.model.rowCount() == records
    assert usage.totals.text().startswith(f"Records: {window.display.number(records)} ")

    history = tab(6)
    assert isinstance(history, HistoryTab)
    assert history.interactions.rowCount() == min(interactions, HISTORY_LIMIT) > 0


def test_a_formatted_number_then_enter_opens_a_card_with_every_tab_filled(
    qtbot: QtBot, demo_db: Database, window: MainWindow
) -> None:
    line_id = _busy_line(demo_db)
    with demo_db.read() as s:
        msisdn = s.get_one(Line, line_id).msisdn
    typed = _as_agent_types_it(msisdn)
    assert typed.startswith("8 (") and typed.count("-") == 2

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search.edit, typed)
    _search(qtbot, window)
    hits = window.search.model.hits
    assert [h.line_id for h in hits if h.match == Match.NUMBER] == [line_id]
    _open_verified(qtbot, window, demo_db, line_id)
    _check_every_tab(qtbot, window, demo_db, line_id)


@pytest.fixture
def yo_line(demo_db: Database, agent: Agent) -> tuple[int, str]:
    """A busy line whose customer's surname is spelt with ``ё``, and the name to type.

    The small test base may hold no busy line of such a customer, so one customer's
    surname is corrected to its ``ё`` spelling the way an agent does it: a verified call,
    then the operation. Other customers of that surname (the demo has some) may match too,
    so the first name is typed after it.
    """
    line_id = _busy_line(demo_db)
    with demo_db.read() as s:
        customer = s.get_one(Line, line_id).account.customer
        female, first_name = (customer.last_name or "").endswith("а"), customer.first_name
    surname = "Королёва" if female else "Королёв"
    session = start_verified(demo_db, agent, line_id)
    execute(demo_db, session.context(), "update_personal_data", line_id=line_id, last_name=surname)
    execute(
        demo_db,
        session.context(),
        "close_interaction",
        reasons=["personal_data"],
        outcome=Outcome.SOLVED,
        note="Фамилия через «ё», как в паспорте",
    )
    return line_id, f"{surname} {first_name}"


def test_a_surname_with_yo_typed_with_ye_then_arrows_and_enter_open_the_card(
    qtbot: QtBot, demo_db: Database, yo_line: tuple[int, str], window: MainWindow
) -> None:
    line_id, name = yo_line
    surname = name.split()[0]
    typed = name.replace("ё", "е").lower()
    assert "ё" not in typed

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(window.search.edit, typed)
    _search(qtbot, window)
    hits = window.search.model.hits
    assert hits and all(h.match == Match.NAME for h in hits)
    # Королёва and Королева alike: ё and е are one letter to the search.
    assert all(h.name.lower().replace("ё", "е").startswith(typed) for h in hits)
    assert any(h.name.startswith(surname) for h in hits)
    assert line_id in {h.line_id for h in hits}
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Down)
    table = window.search.table
    assert table.hasFocus()
    target = next(row for row, h in enumerate(window.search.model.hits) if h.line_id == line_id)
    key = Qt.Key.Key_Down if target > table.currentIndex().row() else Qt.Key.Key_Up
    for _ in range(len(window.search.model.hits)):
        if table.currentIndex().row() == target:
            break
        qtbot.keyClick(table, key)
    assert table.currentIndex().row() == target, "the arrows reach every result"
    _open_verified(qtbot, window, demo_db, line_id)
    _check_every_tab(qtbot, window, demo_db, line_id)

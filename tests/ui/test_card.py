"""The card: open a line and see every tab filled from the database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from models import (
    AuditEvent,
    Charge,
    Customer,
    Interaction,
    Line,
    LineStatus,
    PersonalAccount,
    ServiceSubscription,
    TariffPlan,
    UsageRecord,
)
from tests.ui.conftest import start_verified
from ui.card.billing import BillingTab
from ui.card.history import HistoryTab
from ui.card.profile import ProfileTab
from ui.card.services import ServicesTab
from ui.card.tariff import TariffTab
from ui.card.usage import UsageTab
from ui.card.widget import CardWidget
from ui.interaction.session import InteractionSession
from ui.misc.display import Display
from ui.misc.tasks import InlineRunner
from workstation.auth import Agent
from workstation.db import Database
from workstation.formatting import zone
from workstation.phone import format_msisdn


def _busy_line(db: Database) -> int:
    """An active line with usage, services, a code word and an interaction on record."""
    with db.read() as s:
        return int(
            s.scalar(
                select(Line.id)
                .join(PersonalAccount, PersonalAccount.id == Line.account_id)
                .join(Customer, Customer.id == PersonalAccount.customer_id)
                .join(Interaction, Interaction.customer_id == PersonalAccount.customer_id)
                .join(ServiceSubscription, ServiceSubscription.line_id == Line.id)
                .join(UsageRecord, UsageRecord.line_id == Line.id)
                .where(Line.status == LineStatus.ACTIVE, Customer.code_word_hash.is_not(None))
                .order_by(Line.id)
                .limit(1)
            )
        )


def test_open_a_line_and_every_tab(
    qtbot: QtBot, demo_db: Database, runner: InlineRunner, display: Display, agent: Agent
) -> None:
    line_id = _busy_line(demo_db)
    card = CardWidget(demo_db, runner, display, start_verified(demo_db, agent, line_id))
    qtbot.addWidget(card)
    card.show()
    with qtbot.waitSignal(card.line_opened, timeout=2000):
        card.open(line_id)
    with demo_db.read() as s:
        line = s.get_one(Line, line_id)
        msisdn, account_id = line.msisdn, line.account_id
        customer_id = line.account.customer_id
        services = s.scalar(
            select(func.count()).where(
                ServiceSubscription.line_id == line_id,
                (ServiceSubscription.ended_at.is_(None))
                | (ServiceSubscription.ended_at > datetime.now(UTC)),
            )
        )
        periods = s.scalar(
            select(func.count(func.distinct(Charge.period))).where(Charge.account_id == account_id)
        )
        interactions = s.scalar(select(func.count()).where(Interaction.customer_id == customer_id))
    assert card.header.number.text() == format_msisdn(msisdn)
    assert card.header.verified.text()

    profile = card.tab_pages[0]
    assert isinstance(profile, ProfileTab)
    assert profile.person.values["name"].text() == card.header.name.text()
    assert profile.lines.rowCount() >= 1

    card.show_tab(1)
    tab = card.tab_pages[1]
    assert isinstance(tab, ServicesTab)
    assert tab.active.rowCount() == services
    assert tab.available.rowCount() > 0

    card.show_tab(2)
    tariff = card.tab_pages[2]
    assert isinstance(tariff, TariffTab)
    assert tariff.rates.rowCount() > 0
    assert tariff.plan.values["name"].text() == card.header.tariff.text()

    card.show_tab(3)
    billing = card.tab_pages[3]
    assert isinstance(billing, BillingTab)
    assert billing.periods.columnCount() == periods + 1
    assert billing.charges.rowCount() > 0

    card.show_tab(4)
    usage = card.tab_pages[4]
    assert isinstance(usage, UsageTab)
    qtbot.waitUntil(lambda: bool(usage.totals.text()), timeout=2000)

    card.show_tab(5)
    history = card.tab_pages[5]
    assert isinstance(history, HistoryTab)
    assert history.interactions.rowCount() == interactions


def test_the_usage_filters_narrow_the_selection(
    qtbot: QtBot, demo_db: Database, runner: InlineRunner, display: Display, agent: Agent
) -> None:
    line_id = _busy_line(demo_db)
    card = CardWidget(demo_db, runner, display, start_verified(demo_db, agent, line_id))
    qtbot.addWidget(card)
    card.open(line_id)
    card.show_tab(4)
    usage = card.tab_pages[4]
    assert isinstance(usage, UsageTab)
    # The whole history of the line, then only its calls.
    usage.first.setDate(usage.first.date().addYears(-5))
    everything = usage.model.rowCount()
    for kind, box in usage.kinds.items():
        box.setChecked(kind.value == "voice")
    with demo_db.read() as s:
        calls = s.scalar(
            select(func.count()).where(UsageRecord.line_id == line_id, UsageRecord.kind == "voice")
        )
    assert usage.model.rowCount() == calls
    assert 0 < calls < everything


def test_before_verification_personal_data_and_calls_are_hidden(
    qtbot: QtBot, demo_db: Database, runner: InlineRunner, display: Display, agent: Agent
) -> None:
    line_id = _busy_line(demo_db)
    session = InteractionSession(demo_db, agent)
    card = CardWidget(demo_db, runner, display, session)
    qtbot.addWidget(card)
    card.open(line_id)
    profile = card.tab_pages[0]
    assert isinstance(profile, ProfileTab)
    with demo_db.read() as s:
        owner = s.get_one(Line, line_id).account.customer
        passport, flat = f"{owner.passport_series}{owner.passport_number}", owner.reg_flat
    shown = " ".join(label.text() for label in profile.person.values.values())
    assert passport[-3:] in shown.replace(" ", "") and passport not in shown.replace(" ", "")
    assert profile.person.values["birth_date"].text() != "—"
    assert not flat or f"кв. {flat}" not in profile.contacts.values["address"].text()
    card.show_tab(4)
    usage = card.tab_pages[4]
    assert isinstance(usage, UsageTab)
    assert not usage.masked_note.isHidden() and usage.model.rowCount() == 0
    # Verification opens both, and each view is on record.
    verified = start_verified(demo_db, agent, line_id)
    session.current = verified.current
    session.changed.emit()
    assert usage.model.rowCount() > 0
    card.show_tab(0)
    assert passport in profile.person.values["passport"].text().replace(" ", "")
    with demo_db.read() as s:
        views = s.scalars(
            select(AuditEvent.operation).where(AuditEvent.operation.like("view_%"))
        ).all()
    assert set(views) == {"view_usage_detail", "view_personal_data"}


def test_opening_the_card_after_the_day_shows_the_tariff_now_in_force(
    qtbot: QtBot, demo_db: Database, runner: InlineRunner, display: Display
) -> None:
    """A plan chosen "from the next period" is in force on its day, job run or not."""
    with demo_db.write() as s:
        due, later = s.scalars(
            select(Line)
            .where(Line.status == LineStatus.ACTIVE, Line.block_from.is_(None))
            .order_by(Line.id)
            .limit(2)
        ).all()
        names = {}
        for line, days in ((due, 0), (later, 2)):
            plan = s.scalars(
                select(TariffPlan).where(TariffPlan.id != line.tariff_id).order_by(TariffPlan.id)
            ).first()
            assert plan is not None
            today = datetime.now(UTC).astimezone(zone(line.account.time_zone)).date()
            line.next_tariff_id, line.next_tariff_on = plan.id, today + timedelta(days=days)
            names[line.id] = plan.name
        due_id, later_id = due.id, later.id
    card = CardWidget(demo_db, runner, display)
    qtbot.addWidget(card)
    with qtbot.waitSignal(card.line_opened, timeout=2000):
        card.open(due_id)
    assert card.header.tariff.text() == names[due_id]
    assert card.current is not None and card.current.next_tariff_name is None
    card.show_tab(2)
    tariff = card.tab_pages[2]
    assert isinstance(tariff, TariffTab)
    assert tariff.plan.values["name"].text() == names[due_id]
    with demo_db.read() as s:
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.operation == "apply_scheduled")
        ).all()
        assert [(e.agent_id, e.target_id) for e in events] == [(None, str(due_id))]
        assert s.get_one(Line, later_id).next_tariff_id is not None
    with qtbot.waitSignal(card.line_opened, timeout=2000):
        card.open(later_id)
    assert f"→ {names[later_id]}" in card.header.tariff.text(), "not before its day"


def test_a_line_that_does_not_exist(
    qtbot: QtBot, demo_db: Database, runner: InlineRunner, display: Display
) -> None:
    card = CardWidget(demo_db, runner, display)
    qtbot.addWidget(card)
    card.open(10**9)
    assert card.stack.currentIndex() == 0
    assert str(10**9) in card.placeholder.text()

"""The callback queue from the keyboard: take, record the result, reschedule, cancel, create."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models import CallbackRequest, CallbackStatus, Channel, Interaction
from tests.ui.conftest import type_text
from ui.callbacks.dialogs import CancelDialog, CreateCallbackDialog, OutcomeDialog, RescheduleDialog
from ui.callbacks.model import CallbackQueueModel
from ui.callbacks.queue import CallbackQueueWidget
from ui.interaction.dialogs import StartInteractionDialog
from ui.interaction.session import InteractionSession
from ui.mainwindow.window import MainWindow
from ui.misc.display import Display
from ui.misc.labels import label
from ui.misc.tasks import InlineRunner
from workstation.auth import Agent, login
from workstation.callbacks import load_queue
from workstation.db import Database
from workstation.demo import DEMO_PASSWORD
from workstation.operations import Context, execute
from workstation.operations.callbacks import CallResult, Priority

NUMBER = "+79035550101"


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Refusals that would show a message box, collected instead of blocking the test."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))

    def unexpected(_parent: object, _title: str, text: str) -> None:
        raise AssertionError(f"an unexpected error reached the screen: {text}")

    monkeypatch.setattr(QMessageBox, "critical", unexpected)
    return shown


def _create(
    db: Database, agent: Agent, number: str = NUMBER, ago: timedelta = timedelta(), **arguments: Any
) -> int:
    """A callback created by ``agent``, ``ago`` before now (so that it can be overdue)."""
    ctx = Context(agent, now=datetime.now(UTC) - ago)
    state = execute(db, ctx, "create_callback", number=number, **arguments)
    return int(state.callback_id)


def _row(db: Database, callback_id: int) -> CallbackRequest:
    with db.read() as s:
        return s.get_one(CallbackRequest, callback_id)


def _queue(
    qtbot: QtBot, db: Database, agent: Agent, runner: InlineRunner, display: Display
) -> CallbackQueueWidget:
    widget = CallbackQueueWidget(InteractionSession(db, agent), runner, display)
    qtbot.addWidget(widget)
    widget.resize(1400, 500)
    widget.show()
    widget.reload()
    return widget


def _select(widget: CallbackQueueWidget, callback_id: int) -> None:
    row = widget.model.row_of(callback_id)
    assert row is not None, "the callback is not in the queue"
    widget.table.setCurrentIndex(widget.model.index(row, 0))


def _ok(dialog: QDialog, qtbot: QtBot) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _set_time(edit: Any, display: Display, moment: datetime) -> None:
    from workstation.formatting import zone

    local = moment.astimezone(zone(display.time_zone))
    edit.setDateTime(
        QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    )


def _open_dialog(widget: CallbackQueueWidget, kind: type[QDialog]) -> Any:
    dialogs = [d for d in widget.findChildren(kind) if d.isVisible()]
    assert len(dialogs) == 1, dialogs
    return dialogs[0]


def test_the_queue_model_passes_the_model_tester(
    qtmodeltester: ModelTester, demo_db: Database, agent: Agent, display: Display
) -> None:
    for hours in (-2, 1, 3):
        due = datetime.now(UTC) + timedelta(hours=hours)
        _create(demo_db, agent, ago=timedelta(hours=3), due_at=due, priority=Priority.LOW)
    model = CallbackQueueModel(display)
    with demo_db.read() as s:
        model.set_rows(load_queue(s, now=datetime.now(UTC)))
    assert model.rowCount() >= 3
    qtmodeltester.check(model)


def test_enter_takes_a_callback_and_offers_its_interaction(
    qtbot: QtBot,
    demo_db: Database,
    agent: Agent,
    runner: InlineRunner,
    display: Display,
    warnings: list[str],
) -> None:
    callback_id = _create(demo_db, agent, priority=Priority.HIGH)
    widget = _queue(qtbot, demo_db, agent, runner, display)
    _select(widget, callback_id)
    assert widget.take_button.isEnabled() and not widget.outcome_button.isEnabled()
    with qtbot.waitSignal(widget.call_requested) as asked:
        qtbot.keyClick(widget.table, Qt.Key.Key_Return)
    assert asked.args == [NUMBER]
    callback = _row(demo_db, callback_id)
    assert (callback.status, callback.assigned_to_id) == (CallbackStatus.TAKEN, agent.user_id)
    row = widget.model.rows[widget.model.row_of(callback_id) or 0]
    assert row.taken_by == agent.full_name
    assert widget.outcome_button.isEnabled() and not widget.take_button.isEnabled()
    assert warnings == []


def test_another_agent_sees_who_has_it_and_cannot_take_it(
    qtbot: QtBot,
    demo_db: Database,
    agent: Agent,
    runner: InlineRunner,
    display: Display,
    warnings: list[str],
) -> None:
    callback_id = _create(demo_db, agent)
    petrov = login(demo_db, "petrov", DEMO_PASSWORD)
    theirs = _queue(qtbot, demo_db, petrov, runner, display)
    _select(theirs, callback_id)  # petrov's screen shows it waiting ...
    mine = _queue(qtbot, demo_db, agent, runner, display)
    _select(mine, callback_id)
    qtbot.mouseClick(mine.take_button, Qt.MouseButton.LeftButton)  # ... when the agent takes it
    qtbot.mouseClick(theirs.take_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and agent.full_name in warnings[0]
    assert _row(demo_db, callback_id).assigned_to_id == agent.user_id
    # The refusal reloaded petrov's queue: it now says who has the callback.
    _select(theirs, callback_id)
    row = theirs.current()
    assert row is not None and row.taken_by == agent.full_name
    assert not theirs.take_button.isEnabled() and not theirs.release_button.isEnabled()
    taken_by = theirs.model.index(theirs.table.currentIndex().row(), 7)
    assert theirs.model.data(taken_by) == agent.full_name


def test_no_answer_at_a_chosen_time_then_answered_in_the_interaction(
    qtbot: QtBot,
    demo_db: Database,
    agent: Agent,
    runner: InlineRunner,
    display: Display,
    warnings: list[str],
) -> None:
    callback_id = _create(demo_db, agent)
    widget = _queue(qtbot, demo_db, agent, runner, display)
    _select(widget, callback_id)
    widget.take()
    _select(widget, callback_id)
    qtbot.mouseClick(widget.outcome_button, Qt.MouseButton.LeftButton)
    dialog = _open_dialog(widget, OutcomeDialog)
    assert dialog.radios[CallResult.NO_ANSWER].isChecked(), "no interaction: not answered"
    dialog.radios[CallResult.BUSY].setChecked(True)
    dialog.chosen.setChecked(True)
    retry = (datetime.now(UTC) + timedelta(hours=5)).replace(second=0, microsecond=0)
    _set_time(dialog.retry_at, display, retry)
    type_text(dialog.note, "Занято, перезвонить вечером")
    _ok(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted, warnings
    callback = _row(demo_db, callback_id)
    assert (callback.status, callback.attempts, callback.outcome) == (
        CallbackStatus.OPEN,
        1,
        "busy",
    )
    assert callback.due_at == retry and callback.note.endswith("Занято, перезвонить вечером")
    _select(widget, callback_id)
    assert widget.model.data(widget.model.index(widget.table.currentIndex().row(), 5)) == label(
        CallResult.BUSY
    )

    # The next try: the agent took it, started the call's interaction, and was answered.
    widget.session.started(
        execute(
            demo_db,
            widget.session.context(),
            "start_interaction",
            channel=Channel.CALLBACK,
            caller=NUMBER,
        ).interaction_id,
        Channel.CALLBACK,
        NUMBER,
        datetime.now(UTC),
    )
    widget.take()
    _select(widget, callback_id)
    widget.record_outcome()
    dialog = _open_dialog(widget, OutcomeDialog)
    assert dialog.radios[CallResult.ANSWERED].isChecked() and not dialog.hint.isVisible()
    _ok(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted, warnings
    callback = _row(demo_db, callback_id)
    assert (callback.status, callback.attempts) == (CallbackStatus.DONE, 2)
    assert callback.answered_at is not None
    assert widget.model.row_of(callback_id) is None


def test_answered_without_an_interaction_is_explained_and_refused(
    qtbot: QtBot,
    demo_db: Database,
    agent: Agent,
    runner: InlineRunner,
    display: Display,
    warnings: list[str],
) -> None:
    callback_id = _create(demo_db, agent)
    widget = _queue(qtbot, demo_db, agent, runner, display)
    _select(widget, callback_id)
    widget.take()
    _select(widget, callback_id)
    widget.record_outcome()
    dialog = _open_dialog(widget, OutcomeDialog)
    dialog.radios[CallResult.ANSWERED].setChecked(True)
    assert dialog.hint.isVisible() and not dialog.retry_box.isEnabled()
    _ok(dialog, qtbot)
    assert dialog.isVisible() and warnings == ["Start an interaction with the caller first."]
    assert _row(demo_db, callback_id).status == CallbackStatus.TAKEN


def test_reschedule_release_and_cancel(
    qtbot: QtBot,
    demo_db: Database,
    agent: Agent,
    runner: InlineRunner,
    display: Display,
    warnings: list[str],
) -> None:
    first = _create(demo_db, agent)
    second = _create(demo_db, agent, number="+79035550102")
    widget = _queue(qtbot, demo_db, agent, runner, display)
    _select(widget, first)
    widget.take()
    _select(widget, first)
    qtbot.mouseClick(widget.release_button, Qt.MouseButton.LeftButton)
    assert _row(demo_db, first).status == CallbackStatus.OPEN

    _select(widget, first)
    qtbot.mouseClick(widget.reschedule_button, Qt.MouseButton.LeftButton)
    dialog = _open_dialog(widget, RescheduleDialog)
    later = (datetime.now(UTC) + timedelta(days=1)).replace(second=0, microsecond=0)
    _set_time(dialog.due, display, later)
    _ok(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted, warnings
    assert _row(demo_db, first).due_at == later

    _select(widget, second)
    qtbot.mouseClick(widget.cancel_button, Qt.MouseButton.LeftButton)
    dialog = _open_dialog(widget, CancelDialog)
    _ok(dialog, qtbot)
    assert warnings == ["Say why the callback is cancelled."] and dialog.isVisible()
    type_text(dialog.note, "Абонент дозвонился сам")
    _ok(dialog, qtbot)
    callback = _row(demo_db, second)
    assert (callback.status, callback.outcome) == (CallbackStatus.CANCELLED, "cancelled")


def test_a_new_callback_from_the_queue(
    qtbot: QtBot,
    demo_db: Database,
    agent: Agent,
    runner: InlineRunner,
    display: Display,
    warnings: list[str],
) -> None:
    widget = _queue(qtbot, demo_db, agent, runner, display)
    qtbot.mouseClick(widget.create_button, Qt.MouseButton.LeftButton)
    dialog = _open_dialog(widget, CreateCallbackDialog)
    qtbot.keyClicks(dialog.number, "8 (903) 555-01-09")
    dialog.priority.setCurrentIndex(dialog.priority.findData(int(Priority.HIGH)))
    type_text(dialog.note, "Вопрос по счёту")
    _ok(dialog, qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted, warnings
    with demo_db.read() as s:
        callback = s.scalars(
            select(CallbackRequest).where(CallbackRequest.msisdn == "+79035550109")
        ).one()
    assert (callback.priority, callback.note, callback.status) == (
        2,
        "Вопрос по счёту",
        CallbackStatus.OPEN,
    )
    assert widget.model.row_of(callback.id) is not None


def test_supervisors_see_the_statistics(
    qtbot: QtBot, demo_db: Database, agent: Agent, runner: InlineRunner, display: Display
) -> None:
    _create(demo_db, agent)
    mine = _queue(qtbot, demo_db, agent, runner, display)
    assert mine.statistics.isHidden()
    supervisor = login(demo_db, "supervisor", DEMO_PASSWORD)
    theirs = _queue(qtbot, demo_db, supervisor, runner, display)
    assert theirs.statistics.isVisible()
    assert "In the queue:" in theirs.statistics.text() and "within 2 h" in theirs.statistics.text()
    assert "given up after every attempt: 0" in theirs.statistics.text()


def test_ctrl_b_opens_the_queue_and_taking_starts_a_callback_interaction(
    qtbot: QtBot,
    demo_db: Database,
    agent: Agent,
    runner: InlineRunner,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    callback_id = _create(demo_db, agent)
    prefilled: list[tuple[str, str]] = []

    def start(dialog: StartInteractionDialog) -> int:
        """The agent confirms the pre-filled dialog."""
        prefilled.append((dialog.channel.currentData(), dialog.caller.text()))
        dialog.submit()
        return int(dialog.result())

    monkeypatch.setattr(StartInteractionDialog, "exec", start)
    window = MainWindow(demo_db, agent, runner, Display())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.callbacks is not None and window.callbacks.isVisible()
    queue = window.callbacks.queue
    _select(queue, callback_id)
    queue.take()
    assert prefilled == [(Channel.CALLBACK.value, "+7 903 555-01-01")]
    assert window.session.current is not None
    assert window.session.current.channel == Channel.CALLBACK
    with demo_db.read() as s:
        interaction = s.get_one(Interaction, window.session.current.interaction_id)
    assert (interaction.channel, interaction.caller_msisdn) == (Channel.CALLBACK, NUMBER)
    assert window.search.edit.text() == NUMBER
    assert warnings == []

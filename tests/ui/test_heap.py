"""Full garbage collections only while the agent is quiet (ui.misc.heap)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from ui.misc.heap import NO_AUTOMATIC_FULL_PASSES, IdleCollector, collect_everything, settle_heap
from ui.misc.tasks import Runner


@pytest.fixture
def restored_gc() -> Iterator[None]:
    """Whatever a test does to the collector, the next test finds it as it was."""
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def collector(clock: Clock, passes: list[float]) -> tuple[Runner, IdleCollector]:
    runner = Runner()
    idle = IdleCollector(
        runner,
        quiet=5,
        longest=900,
        check_ms=60_000,
        clock=clock,
        collect=lambda: passes.append(clock.now),
    )
    return runner, idle


@pytest.mark.usefixtures("restored_gc")
def test_after_start_up_the_heap_is_frozen_and_full_passes_wait_for_a_quiet_moment(
    qtbot: QtBot,
) -> None:
    runner = Runner()
    idle = settle_heap(runner)
    assert idle is not None
    assert gc.get_freeze_count() > 10_000, "the modules and widgets made so far are exempt"
    assert len(gc.get_objects()) < gc.get_freeze_count()
    assert gc.get_threshold()[2] == NO_AUTOMATIC_FULL_PASSES


@pytest.mark.usefixtures("restored_gc")
def test_a_full_pass_collects_cycles_made_before_the_freeze() -> None:
    class Node:
        other: object = None

    a, b = Node(), Node()
    a.other, b.other = b, a
    gone = weakref.ref(a)
    gc.freeze()
    del a, b
    gc.collect()
    assert gone() is not None, "frozen, the cycle survives an ordinary collection"
    collect_everything()
    assert gone() is None
    assert gc.get_freeze_count() > 0


def test_a_pass_runs_once_the_agent_has_been_quiet(qtbot: QtBot) -> None:
    clock, passes = Clock(), []
    _runner, idle = collector(clock, passes)
    clock.now += 60
    idle.check()
    assert passes == [], "no activity since start-up: nothing to collect"

    field = QLineEdit()
    qtbot.addWidget(field)
    QApplication.sendEvent(
        field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    )
    clock.now += 4
    idle.check()
    assert passes == [], "four seconds after a key is still typing"
    clock.now += 1
    idle.check()
    assert passes == [clock.now]
    clock.now += 60
    idle.check()
    assert len(passes) == 1, "once per burst of activity"


def test_no_pass_while_something_loads(qtbot: QtBot) -> None:
    clock, passes = Clock(), []
    runner, idle = collector(clock, passes)
    runner.busy_changed.emit(True)
    clock.now += 30
    idle.check()
    assert passes == []
    runner.busy_changed.emit(False)
    clock.now += 5
    idle.check()
    assert passes == [clock.now]


def test_a_busy_agent_still_gets_a_pass_now_and_then(qtbot: QtBot) -> None:
    clock, passes = Clock(), []
    _runner, idle = collector(clock, passes)
    for _ in range(15):
        clock.now += 60
        idle.last_activity = clock.now  # typing without pause for a quarter of an hour
        idle.check()
    assert passes == [clock.now]


def test_the_mouse_wheel_counts_as_activity(qtbot: QtBot) -> None:
    clock, passes = Clock(), []
    _runner, idle = collector(clock, passes)
    field = QLineEdit()
    qtbot.addWidget(field)
    clock.now += 100
    wheel = QWheelEvent(
        QPointF(1, 1),
        QPointF(1, 1),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(field, wheel)
    assert idle.last_activity == clock.now

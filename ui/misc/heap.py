"""The garbage collector kept out of the agent's way.

A full collection walks every object the process holds: the modules, the schema, the Qt
wrappers and the views of whatever the agent has open, hundreds of thousands of them. It
holds the interpreter for 50–150 ms, and whichever thread runs it, the GUI thread waits:
a visible stall in the middle of typing. So after start-up the heap is frozen, automatic
full collections are switched off (the young generations still collect as usual, which
is cheap), and the full pass runs when the agent has stopped touching the keyboard and
mouse and nothing is loading.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from ui.misc.tasks import Runner

NO_AUTOMATIC_FULL_PASSES = 1_000_000_000
"""Generation-1 collections before a full one: never, in a working day."""

QUIET_SECONDS = 5.0
"""No input and no loading for this long: the agent is reading or talking, not typing."""

LONGEST_SECONDS = 15 * 60.0
"""A full pass at the latest this long after the last, however busy the agent is."""

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


def collect_everything() -> None:
    """One full pass over the whole heap, then everything that survived frozen again."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def settle_heap(runner: Runner | None = None) -> IdleCollector | None:
    """Freeze what start-up made and move full collections to the agent's quiet moments.

    Without a ``runner`` (no event loop to time the passes) the heap is only frozen.
    """
    gc.collect()
    gc.freeze()
    if runner is None:
        return None
    young, middle, _full = gc.get_threshold()
    gc.set_threshold(young, middle, NO_AUTOMATIC_FULL_PASSES)
    return IdleCollector(runner)


class IdleCollector(QObject):
    """Runs :func:`collect_everything` once the agent has been quiet for a while.

    Activity is input (keys, clicks, the wheel) and background work starting or ending.
    A pass runs when there was activity since the last one, none for ``quiet`` seconds and
    nothing is loading; or when ``longest`` seconds have passed since the last one.
    """

    def __init__(
        self,
        runner: Runner,
        *,
        quiet: float = QUIET_SECONDS,
        longest: float = LONGEST_SECONDS,
        check_ms: int = 1000,
        clock: Callable[[], float] = time.monotonic,
        collect: Callable[[], None] = collect_everything,
    ) -> None:
        super().__init__(runner)
        self.quiet, self.longest = quiet, longest
        self._clock, self._collect = clock, collect
        self._busy = False
        self.last_activity = self.last_pass = clock()
        runner.busy_changed.connect(self._busy_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.last_activity = self._clock()
        return False

    def _busy_changed(self, busy: bool) -> None:
        self._busy = busy
        self.last_activity = self._clock()

    def check(self) -> None:
        now = self._clock()
        quiet = (
            not self._busy
            and self.last_activity > self.last_pass
            and now - self.last_activity >= self.quiet
        )
        if quiet or now - self.last_pass >= self.longest:
            self._collect()
            self.last_pass = self._clock()

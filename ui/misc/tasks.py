"""Running core work off the GUI thread and handing the result back on it.

Every call into ``workstation`` that touches the database goes through a runner: the
widget gives a function and what to do with its result or its error, and never waits.
Tests swap in :class:`InlineRunner`, which runs the function at once, so that they are
fast and deterministic.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread; a worker emits, the slot runs on the GUI thread."""

    finished = Signal(object, object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:
            self.relay.finished.emit(None, exc)
            return
        self.relay.finished.emit(result, None)


class Runner(QObject):
    """Runs functions on a thread pool.

    Signals:
        busy_changed(bool): true while any job is running (for a busy indicator).
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._running = 0
        self._relays: set[_Relay] = set()

    def submit(self, fn: Callable[[], Any], done: Done, failed: Failed | None = None) -> None:
        relay = _Relay(self)
        self._relays.add(relay)

        def deliver(result: Any, error: BaseException | None) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            self._set_running(-1)
            if error is None:
                done(result)
            elif failed is not None:
                failed(error)
            else:
                raise error

        relay.finished.connect(deliver)
        self._set_running(+1)
        self.pool.start(_Job(fn, relay))

    def _set_running(self, delta: int) -> None:
        before = self._running
        self._running += delta
        if (before == 0) != (self._running == 0):
            self.busy_changed.emit(self._running > 0)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)


class InlineRunner(Runner):
    """Runs each function at once on the calling thread: for tests."""

    def submit(self, fn: Callable[[], Any], done: Done, failed: Failed | None = None) -> None:
        try:
            result = fn()
        except Exception as exc:
            if failed is None:
                raise
            failed(exc)
            return
        done(result)

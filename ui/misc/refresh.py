"""Lists that stay current while on screen: a reload every so often, none while hidden."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class RefreshWhileShown(QObject):
    """Calls ``reload`` every ``interval_ms`` while ``widget`` is shown.

    A queue or an outbox left open in a corner of the screen follows what other agents and
    the sender do; hidden, it costs the database nothing. With ``on_show`` it also reloads
    the moment it is shown again, for a window opened anew.
    """

    def __init__(
        self,
        widget: QWidget,
        reload: Callable[[], None],
        interval_ms: int,
        *,
        on_show: bool = False,
    ) -> None:
        super().__init__(widget)
        self.reload = reload
        self.on_show = on_show
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(reload)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.timer.start()
            if self.on_show:
                self.reload()
        elif event.type() == QEvent.Type.Hide:
            self.timer.stop()
        return False

"""The sender and the inbox poller of the workstation, on a thread of their own.

Each runs on a timer (``send_interval_seconds``, ``inbox_interval_seconds`` of ``[mail]``)
and never twice at once; their result is one line for the status bar. A workstation of
a deployment whose server runs ``workstation outbox run`` does not send
(``workstation_sends = false``); without an ``inbox`` it does not poll.

Signals:
    status_changed(str): what the last run did, or why the mail server could not be used.
    letters_arrived(int): this many letters were taken into the e-mail queue.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ui.misc.i18n import error_text
from ui.misc.tasks import Runner
from workstation.config import MailSettings
from workstation.db import Database
from workstation.delivery.inbox.poll import PollSummary, poll_inbox
from workstation.delivery.inbox.sources import InboxUnavailable, open_source
from workstation.delivery.sender import OutboxSender, RunSummary


class DeliveryWorker(QObject):
    status_changed = Signal(str)
    letters_arrived = Signal(int)

    def __init__(
        self,
        db: Database,
        settings: MailSettings,
        runner: Runner | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.runner = runner or Runner(self, threads=1)
        self.sender = OutboxSender(db, settings)
        self._sending = self._polling = False
        self.send_timer = QTimer(self)
        self.send_timer.setInterval(max(1, settings.send_interval_seconds) * 1000)
        self.send_timer.timeout.connect(self.send_now)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(max(1, settings.inbox_interval_seconds) * 1000)
        self.poll_timer.timeout.connect(self.poll_now)

    @property
    def sends(self) -> bool:
        return self.settings.workstation_sends

    @property
    def polls(self) -> bool:
        return bool(self.settings.inbox)

    def start(self) -> None:
        if self.sends:
            self.send_timer.start()
        if self.polls:
            self.poll_timer.start()

    def stop(self) -> None:
        self.send_timer.stop()
        self.poll_timer.stop()

    def send_now(self) -> None:
        """Send what is due, unless a run is on already (a reply just written goes at once)."""
        if not self.sends or self._sending:
            return
        self._sending = True
        self.runner.submit(self.sender.run, self._sent, self._send_failed)

    def _sent(self, summary: RunSummary) -> None:
        self._sending = False
        if summary.problem:
            self.status_changed.emit(
                self.tr("Mail not sent: {reason}").format(reason=summary.problem)
            )
        elif summary.sent or summary.failed or summary.deferred:
            self.status_changed.emit(
                self.tr("Outbox: sent {sent}, failed {failed}, to retry {retry}").format(
                    sent=summary.sent, failed=summary.failed, retry=summary.deferred
                )
            )

    def _send_failed(self, error: BaseException) -> None:
        self._sending = False
        self.status_changed.emit(
            self.tr("Mail not sent: {reason}").format(reason=error_text(error))
        )

    def poll_now(self) -> None:
        if not self.polls or self._polling:
            return
        self._polling = True
        db, settings = self.db, self.settings

        def work() -> PollSummary:
            try:
                source = open_source(settings)
            except InboxUnavailable as exc:
                return PollSummary(problem=str(exc))
            return poll_inbox(db, source)

        self.runner.submit(work, self._polled, self._poll_failed)

    def _polled(self, summary: PollSummary) -> None:
        self._polling = False
        if summary.problem:
            self.status_changed.emit(
                self.tr("Mailbox not read: {reason}").format(reason=summary.problem)
            )
        arrived = summary.new + summary.to_open_interactions
        if arrived:
            self.status_changed.emit(self.tr("New e-mail requests: {count}").format(count=arrived))
            self.letters_arrived.emit(arrived)

    def _poll_failed(self, error: BaseException) -> None:
        self._polling = False
        self.status_changed.emit(
            self.tr("Mailbox not read: {reason}").format(reason=error_text(error))
        )

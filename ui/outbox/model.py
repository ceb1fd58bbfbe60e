"""The outbox as a table: newest first, failed ones in red; the core caps what it lists."""

from __future__ import annotations

from models import OutboxStatus
from ui.misc.display import Display
from ui.misc.labels import NEGATIVE, label
from ui.misc.table import Column, RowsModel
from workstation.delivery.views import OutboxRow


class OutboxModel(RowsModel[OutboxRow]):
    def __init__(self, display: Display) -> None:
        super().__init__([])
        d = display
        self.columns = [
            Column(self.tr("Written"), lambda r: d.moment(r.created_at), 125),
            Column(self.tr("Way"), lambda r: label(r.kind), 80),
            Column(self.tr("To"), lambda r: r.recipient, 190),
            Column(self.tr("Subject"), lambda r: r.subject or self.tr("(no subject)"), 260),
            Column(
                self.tr("Status"),
                lambda r: label(r.status),
                95,
                color=lambda r: NEGATIVE if r.status == OutboxStatus.FAILED else None,
            ),
            Column(self.tr("Attempts"), lambda r: d.number(r.attempts), 75, right=True),
            Column(self.tr("Next attempt"), self._next, 150),
            Column(self.tr("Sent"), lambda r: d.moment(r.sent_at), 125),
            Column(
                self.tr("Files"), lambda r: d.number(r.files) if r.files else "", 55, right=True
            ),
            Column(self.tr("Last error"), lambda r: r.last_error or "", 400),
        ]
        self.display = display

    def _next(self, row: OutboxRow) -> str:
        return self.display.moment(row.next_attempt_at) if row.status == OutboxStatus.QUEUED else ""

    def row_of(self, outbox_id: int) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.outbox_id == outbox_id), None)

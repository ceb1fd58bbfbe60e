"""The e-mail queue as a table: waiting letters first, the longest waiting on top."""

from __future__ import annotations

from ui.misc.display import Display
from ui.misc.labels import NEGATIVE, label
from ui.misc.table import Column, RowsModel
from workstation.delivery.views import EmailRow


class EmailQueueModel(RowsModel[EmailRow]):
    def __init__(self, display: Display) -> None:
        super().__init__([])
        d = display
        self.columns = [
            Column(self.tr("Received"), lambda r: d.moment(r.received_at), 125),
            Column(self.tr("From"), self._sender, 240),
            Column(self.tr("Subject"), lambda r: r.subject or self.tr("(no subject)"), 260),
            Column(self.tr("Subscriber"), lambda r: r.customer or self.tr("not found"), 210),
            Column(self.tr("Found"), lambda r: label(r.matched_by), 130),
            Column(
                self.tr("Problem"),
                lambda r: label(r.problem),
                130,
                color=lambda r: NEGATIVE if r.problem else None,
            ),
            Column(self.tr("Status"), lambda r: label(r.status), 80),
            Column(self.tr("Taken by"), lambda r: r.taken_by or "", 200),
        ]

    def _sender(self, row: EmailRow) -> str:
        if not row.from_address:
            return row.from_name or self.tr("(no address)")
        return f"{row.from_name} <{row.from_address}>" if row.from_name else row.from_address

    def row_of(self, inbound_id: int) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.inbound_id == inbound_id), None)

"""The queue as a table: one row per callback, overdue due times in red.

The queue is short (it is worked down all day, and the core caps what it lists), so the
model holds the rows the core returned; order and filtering are the core's.
"""

from __future__ import annotations

from ui.misc.display import Display
from ui.misc.labels import NEGATIVE, label
from ui.misc.table import Column, RowsModel
from workstation.callbacks import CallbackRow
from workstation.operations.callbacks import CallResult, Priority


def _last_result(row: CallbackRow) -> str:
    try:
        return label(CallResult(row.last_result)) if row.last_result else ""
    except ValueError:
        return row.last_result or ""


def _priority(row: CallbackRow) -> str:
    try:
        return label(Priority(row.priority))
    except ValueError:
        return str(row.priority)


class CallbackQueueModel(RowsModel[CallbackRow]):
    def __init__(self, display: Display) -> None:
        super().__init__([])
        d = display
        self.columns = [
            Column(
                self.tr("Due"),
                lambda r: d.moment(r.due_at),
                125,
                color=lambda r: NEGATIVE if r.overdue else None,
            ),
            Column(self.tr("Number"), lambda r: d.msisdn(r.msisdn), 135),
            Column(self.tr("Subscriber"), lambda r: r.customer or "", 210),
            Column(self.tr("Priority"), _priority, 95),
            Column(self.tr("Attempts"), lambda r: d.number(r.attempts), 80, right=True),
            Column(self.tr("Last attempt"), _last_result, 160),
            Column(self.tr("Status"), lambda r: label(r.status), 90),
            Column(self.tr("Taken by"), lambda r: r.taken_by or "", 210),
            Column(self.tr("Line"), lambda r: r.queue, 65),
            Column(self.tr("Waiting since"), lambda r: d.moment(r.created_at), 125),
            Column(self.tr("Note"), lambda r: r.note.replace("\n", " · "), 300),
        ]

    def row_of(self, callback_id: int) -> int | None:
        for number, row in enumerate(self.rows):
            if row.callback_id == callback_id:
                return number
        return None

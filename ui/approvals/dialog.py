"""Requests agents sent for a supervisor's approval: read each, approve it or reject it.

Approving runs the operation at once, as the supervisor; a request the accounts no longer
allow is refused with the reason and stays in the list, to be rejected with a note.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.interaction.session import InteractionSession
from ui.misc.display import Display
from ui.misc.i18n import error_text
from ui.misc.labels import operation_name
from ui.misc.operations import run_operation
from ui.misc.settings import GeometryMixin
from ui.misc.table import Column, RowsModel, make_table
from ui.misc.tasks import Runner
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.operations.approvals import PendingRequest, RequestDecided, pending_requests

# What a request asks for; the audit log's names (operation_name) say what was done.
ASKED: dict[str, str] = {
    "merge_accounts": QT_TRANSLATE_NOOP("ApprovalsDialog", "Merge accounts"),
    "split_account": QT_TRANSLATE_NOOP("ApprovalsDialog", "Split an account"),
    "adjust_balance": QT_TRANSLATE_NOOP("ApprovalsDialog", "Adjust the balance"),
}


class ApprovalsDialog(GeometryMixin, QDialog):
    """Attributes:
    model: the pending requests, the oldest first.
    detail: the whole summary of the request chosen.
    note: the supervisor's note for the decision (required to reject).
    status: what happened to the last decision.
    """

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        display: Display,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ApprovalsDialog")
        self.setWindowTitle(self.tr("Approval requests"))
        self.resize(1100, 480)
        self.session = session
        self.runner = runner
        d = display
        self.model = RowsModel[PendingRequest](
            [
                Column(self.tr("Asked"), lambda r: d.moment(r.requested_at), 150),
                Column(self.tr("By"), lambda r: r.requested_by, 170),
                Column(self.tr("Customer"), lambda r: r.customer_name, 200),
                Column(self.tr("Operation"), self.asked, 170),
                Column(self.tr("What it does"), lambda r: r.summary, 520),
            ]
        )
        self.table = make_table(self.model)
        self.table.doubleClicked.connect(lambda _index: self.approve())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._selection())
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("required to reject; goes to the agent"))
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.reject_button = QPushButton(self.tr("&Reject"))
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject_request)
        self.refresh_button.clicked.connect(self.load)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Decision &note:"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.restore_geometry()
        self.load()

    def asked(self, request: PendingRequest) -> str:
        text = ASKED.get(request.operation)
        return self.tr(text) if text else operation_name(request.operation)

    def load(self) -> None:
        db = self.session.db

        def work() -> tuple[PendingRequest, ...]:
            with db.read() as session:
                return pending_requests(session)

        self.runner.submit(work, self._loaded, lambda e: self.status.setText(error_text(e)))

    def _loaded(self, rows: tuple[PendingRequest, ...]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self._selection()

    def _selection(self) -> None:
        request = self.chosen()
        self.approve_button.setEnabled(request is not None)
        self.reject_button.setEnabled(request is not None)
        self.detail.setText(request.summary if request else self.tr("No requests are waiting."))

    def chosen(self) -> PendingRequest | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _decide(self, name: str, done_text: str) -> None:
        request = self.chosen()
        if request is None:
            return
        # A decision belongs to the supervisor's desk, not to a caller they may be talking to.
        ctx = replace(self.session.context(), interaction_id=None)

        def done(decided: RequestDecided) -> None:
            self.status.setText(
                done_text.format(
                    number=decided.request_id, operation=operation_name(decided.operation)
                )
            )
            self.note.clear()
            self.load()

        arguments: dict[str, Any] = {"request_id": request.request_id, "note": self.note.text()}
        run_operation(self.runner, self.session.db, ctx, name, arguments, parent=self, done=done)

    def approve(self) -> None:
        self._decide("approve_request", self.tr("Request {number} approved: {operation}."))

    def reject_request(self) -> None:
        self._decide("reject_request", self.tr("Request {number} rejected: {operation}."))

    def done(self, result: int) -> None:
        self.save_geometry()
        super().done(result)

"""The Line menu: every operation on the open line, each a dialog, each with its keys.

Signals:
    changed(): an operation succeeded or met another agent's change; the card reloads.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from ui.card.actions import _ChangeDialog
from ui.card.line_dialogs import (
    BillDeliveryDialog,
    ChangeNumberDialog,
    ConfirmDialog,
    PersonalDataDialog,
    ReplaceSimDialog,
    SimCodesDialog,
    VoluntaryBlockDialog,
)
from ui.card.widget import CardWidget
from ui.interaction.session import InteractionSession
from ui.misc.display import Display
from ui.misc.tasks import Runner
from workstation.card import CardHeader, ProfileView, load_profile


class LineActions(QObject):
    changed = Signal()

    def __init__(
        self,
        window: QWidget,
        card: CardWidget,
        session: InteractionSession,
        runner: Runner,
        display: Display,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.card = card
        self.session = session
        self.runner = runner
        self.display = display
        self.actions: list[QAction] = []
        self.changed.connect(card.reload)

    def build(self, menu: QMenu) -> None:
        items: list[tuple[str, str | None, Callable[[CardHeader], QDialog]]] = [
            (self.tr("Voluntary &block…"), "Ctrl+Shift+B", self._block),
            (self.tr("&Lift the voluntary block…"), None, self._unblock),
            (self.tr("Block: SIM &lost or stolen…"), "Ctrl+Shift+L", self._lost),
            (self.tr("&Replace the SIM card…"), None, self._replace),
            (self.tr("&PIN and PUK codes…"), "Ctrl+Shift+P", self._codes),
            (self.tr("Change the &number…"), "Ctrl+Shift+N", self._number),
            (self.tr("Personal &data…"), "Ctrl+Shift+D", self._personal),
            (self.tr("Bill d&elivery…"), None, self._delivery),
            (self.tr("Reset the self-care &password…"), None, self._password),
        ]
        for text, keys, make in items:
            action = QAction(text, self.window)
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda _=False, make=make: self.open(make))
            menu.addAction(action)
            self.window.addAction(action)
            self.actions.append(action)

    def open(self, make: Callable[[CardHeader], QDialog]) -> None:
        """Open the dialog for the card's line, once the agent is inside an interaction."""
        header = self.card.current
        if header is None:
            return
        if self.session.current is None:
            QMessageBox.information(
                self.window,
                self.tr("Start an interaction"),
                self.tr(
                    "Operations on a subscriber are done inside an interaction: start one first (Ctrl+N)."
                ),
            )
            return
        dialog = make(header)
        dialog.exec()
        conflicted = isinstance(dialog, _ChangeDialog) and dialog.conflicted
        if dialog.result() == QDialog.DialogCode.Accepted or conflicted:
            self.changed.emit()

    def _profile(self, header: CardHeader) -> ProfileView:
        with self.session.db.read() as s:
            return load_profile(
                s, header.customer_id, verified=self.session.is_verified(header.customer_id)
            )

    def _block(self, header: CardHeader) -> QDialog:
        return VoluntaryBlockDialog(self.session, self.runner, header, self.display, self.window)

    def _confirm(
        self, header: CardHeader, title: str, text: str, action: str, operation: str
    ) -> QDialog:
        return ConfirmDialog(
            self.session,
            self.runner,
            header,
            self.display,
            title=title,
            text=text,
            action=action,
            operation=operation,
            parent=self.window,
        )

    def _unblock(self, header: CardHeader) -> QDialog:
        return self._confirm(
            header,
            self.tr("Lift the voluntary block"),
            self.tr("The line becomes active again. Days beyond the free ones are charged now."),
            self.tr("Lift the block"),
            "unblock_voluntary",
        )

    def _lost(self, header: CardHeader) -> QDialog:
        return self._confirm(
            header,
            self.tr("SIM lost or stolen"),
            self.tr(
                "The line is blocked at once: no calls, messages or internet until a new SIM "
                "card is issued. Needs the caller verified by code word or passport."
            ),
            self.tr("Block now"),
            "block_lost_sim",
        )

    def _replace(self, header: CardHeader) -> QDialog:
        return ReplaceSimDialog(self.session, self.runner, header, self.display, self.window)

    def _codes(self, header: CardHeader) -> QDialog:
        return SimCodesDialog(self.session, self.runner, header, self.display, self.window)

    def _number(self, header: CardHeader) -> QDialog:
        return ChangeNumberDialog(self.session, self.runner, header, self.display, self.window)

    def _personal(self, header: CardHeader) -> QDialog:
        profile = self._profile(header)
        address = profile.registration_address
        current = {
            "last_name": profile.last_name or "",
            "first_name": profile.first_name or "",
            "middle_name": profile.middle_name or "",
            "email": profile.email or "",
            "contact_phone": profile.contact_phone or "",
        }
        if not profile.masked:
            current |= {
                "passport_issued_by": profile.passport_issued_by or "",
                "passport_division_code": profile.passport_division_code or "",
                "reg_postcode": address.postcode or "",
                "reg_region": address.region or "",
                "reg_city": address.city or "",
                "reg_street": address.street or "",
                "reg_house": address.house or "",
                "reg_flat": address.flat or "",
            }
            if profile.passport:
                series, number = (
                    profile.passport.replace(" ", "")[:4],
                    profile.passport.replace(" ", "")[4:],
                )
                current |= {"passport_series": series, "passport_number": number}
        return PersonalDataDialog(
            self.session, self.runner, header, self.display, profile, current, self.window
        )

    def _delivery(self, header: CardHeader) -> QDialog:
        profile = self._profile(header)
        account = next(a for a in profile.accounts if a.account_id == header.account_id)
        address = account.bill_address
        current = {
            "method": account.bill_delivery.value,
            "postcode": address.postcode or "",
            "region": address.region or "",
            "city": address.city or "",
            "street": address.street or "",
            "house": address.house or "",
            "flat": address.flat or "",
            "email": account.bill_email or "",
            "fax": account.bill_fax or "",
        }
        return BillDeliveryDialog(
            self.session, self.runner, header, self.display, current, self.window
        )

    def _password(self, header: CardHeader) -> QDialog:
        return self._confirm(
            header,
            self.tr("Reset the self-care password"),
            self.tr(
                "A one-time password goes by SMS to {number}; the subscriber must change it at "
                "the first login. You will not see it."
            ).format(number=header.msisdn_display),
            self.tr("Send"),
            "reset_selfcare_password",
        )

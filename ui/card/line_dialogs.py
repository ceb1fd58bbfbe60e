"""Dialogs for what is done to the line itself: blocks, SIM, codes, number, data, password.

Each one states what will happen (the block's fee rules, a number's price, where a
password goes) and runs one operation with the card's version of the row it changes.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import BillDelivery
from ui.card.actions import _ChangeDialog
from ui.interaction.session import InteractionSession
from ui.misc.display import Display
from ui.misc.i18n import error_text
from ui.misc.labels import label
from ui.misc.table import Column, RowsModel, make_table
from ui.misc.tasks import Runner
from workstation.card import CardHeader, ProfileView
from workstation.operations.lines import BlockTerms, SimCodes, block_terms
from workstation.operations.numbers import NumberOffer, find_free_numbers

CODES_SHOWN_SECONDS = 30


def _date_edit(today: QDate, days_ahead: int = 0) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setMinimumDate(today)
    edit.setDate(today.addDays(days_ahead))
    return edit


def _day(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


class VoluntaryBlockDialog(_ChangeDialog):
    """From a day (today) to a day, or until the subscriber asks to lift it."""

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        header: CardHeader,
        display: Display,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, header, display, parent)
        self.setObjectName("VoluntaryBlockDialog")
        self.setWindowTitle(self.tr("Voluntary block"))
        self.start = _date_edit(self.today())
        self.end = _date_edit(self.today(), 30)
        self.open_ended = QCheckBox(self.tr("&Until the subscriber asks to lift it"))
        self.open_ended.toggled.connect(lambda on: self.end.setEnabled(not on))
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&To:"), self.end)
        form.addRow("", self.open_ended)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.ok.setText(self.tr("Block"))
        db = session.db
        line_id = header.line_id

        def work() -> BlockTerms:
            with db.read() as s:
                return block_terms(s, line_id)

        runner.submit(work, self._terms, lambda e: self.note.setText(error_text(e)))

    def _terms(self, terms: BlockTerms) -> None:
        if not terms.daily_fee:
            text = self.tr("The block is free.")
        else:
            text = self.tr(
                "Free for %n day(s), then {fee} a day, charged when the block ends.",
                "",
                terms.free_days,
            ).format(fee=self.display.money(terms.daily_fee))
        self.note.setText(text)

    def submit(self) -> None:
        self.run(
            "block_voluntary",
            {
                "line_id": self.header.line_id,
                "start": _day(self.start),
                "end": None if self.open_ended.isChecked() else _day(self.end),
            },
        )


class ConfirmDialog(_ChangeDialog):
    """A yes/no operation on the line with its consequences spelled out."""

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        header: CardHeader,
        display: Display,
        *,
        title: str,
        text: str,
        action: str,
        operation: str,
        arguments: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, header, display, parent)
        self.setObjectName(f"Confirm_{operation}")
        self.operation = operation
        self.arguments = arguments or {}
        self.setWindowTitle(title)
        self.note.setText(text)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        self.extra = QFormLayout()
        layout.addLayout(self.extra)
        layout.addWidget(self.buttons)
        self.ok.setText(action)

    def submit(self) -> None:
        self.run(self.operation, {"line_id": self.header.line_id, **self.arguments})


class ReplaceSimDialog(ConfirmDialog):
    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        header: CardHeader,
        display: Display,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session,
            runner,
            header,
            display,
            title=self.tr("Replace the SIM card"),
            text=self.tr(
                "A new SIM card replaces the current one, which stops working. The customer "
                "is told by SMS and e-mail on the contacts on file."
            ),
            action=self.tr("Replace"),
            operation="replace_sim",
            parent=parent,
        )
        self.iccid = QLineEdit()
        self.iccid.setPlaceholderText(
            self.tr("ICCID of the blank SIM, or empty to issue a new one")
        )
        self.extra.addRow(self.tr("&ICCID:"), self.iccid)

    def submit(self) -> None:
        self.arguments = {"iccid": self.iccid.text().strip() or None}
        super().submit()


class SimCodesDialog(ConfirmDialog):
    """Shows the PIN and PUK codes for thirty seconds, then hides them for good."""

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        header: CardHeader,
        display: Display,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session,
            runner,
            header,
            display,
            title=self.tr("PIN and PUK codes"),
            text=self.tr(
                "The codes are shown for {seconds} seconds. Read them to the caller only."
            ).format(seconds=CODES_SHOWN_SECONDS),
            action=self.tr("Show the codes"),
            operation="reveal_sim_codes",
            parent=parent,
        )
        self.codes = QLabel()
        self.codes.setObjectName("simCodes")
        self.codes.hide()
        self.extra.addRow(self.codes)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CODES_SHOWN_SECONDS * 1000)
        self.timer.timeout.connect(self.hide_codes)

    def finished(self, result: Any) -> None:
        assert isinstance(result, SimCodes)
        self.codes.setText(
            self.tr("SIM …{tail}\nPIN1: {pin1}   PUK1: {puk1}\nPIN2: {pin2}   PUK2: {puk2}").format(
                tail=result.iccid[-4:],
                pin1=result.pin1,
                puk1=result.puk1,
                pin2=result.pin2,
                puk2=result.puk2,
            )
        )
        self.codes.show()
        self.ok.setEnabled(False)
        self.timer.start()

    def hide_codes(self) -> None:
        self.codes.clear()
        self.codes.hide()
        self.note.setText(self.tr("The codes are hidden."))


class ChangeNumberDialog(_ChangeDialog):
    """Free numbers by their last digits, a pattern or category, each with its price."""

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        header: CardHeader,
        display: Display,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, header, display, parent)
        self.setObjectName("ChangeNumberDialog")
        self.setWindowTitle(self.tr("Change the number"))
        self.resize(640, 520)
        self.ending = QLineEdit()
        self.ending.setPlaceholderText(self.tr("e.g. 7777"))
        self.pattern = QLineEdit()
        self.pattern.setPlaceholderText("916***77**")
        self.category = QComboBox()
        self.category.addItem(self.tr("Any category"), None)
        for code, name in (
            ("ordinary", self.tr("Ordinary")),
            ("bronze", self.tr("Bronze")),
            ("silver", self.tr("Silver")),
            ("gold", self.tr("Gold")),
            ("platinum", self.tr("Platinum")),
        ):
            self.category.addItem(name, code)
        find = QPushButton(self.tr("&Find"))
        find.clicked.connect(self.find)
        d = display
        self.offers = RowsModel[NumberOffer](
            [
                Column(self.tr("Number"), lambda o: o.display, 170),
                Column(self.tr("Category"), lambda o: o.category_name, 150),
                Column(self.tr("Price"), lambda o: d.money(o.price), 120, right=True),
            ]
        )
        self.table = make_table(self.offers)
        self.table.clicked.connect(lambda _i: self._chosen())
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Ending with:")), 0, 0)
        grid.addWidget(self.ending, 0, 1)
        grid.addWidget(QLabel(self.tr("Pattern:")), 0, 2)
        grid.addWidget(self.pattern, 0, 3)
        grid.addWidget(self.category, 1, 1)
        grid.addWidget(find, 1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.ok.setText(self.tr("Change the number"))
        self.ok.setEnabled(False)
        self.find()

    def find(self) -> None:
        db, ctx = self.session.db, self.session.context()
        ending, pattern, category = (
            self.ending.text(),
            self.pattern.text(),
            self.category.currentData(),
        )

        def work() -> list[NumberOffer]:
            with db.read() as s:
                return find_free_numbers(
                    s, now=ctx.now, ending=ending, pattern=pattern, category=category
                )

        self.runner.submit(work, self._found, lambda e: self.note.setText(error_text(e)))

    def _found(self, offers: list[NumberOffer]) -> None:
        self.offers.set_rows(offers)
        self.note.setText(self.tr("Free numbers found: %n", "", len(offers)))
        self.ok.setEnabled(False)

    def chosen(self) -> NumberOffer | None:
        index = self.table.currentIndex()
        return self.offers.rows[index.row()] if index.isValid() else None

    def _chosen(self) -> None:
        offer = self.chosen()
        if offer is None:
            return
        self.note.setText(
            self.tr("{old} becomes {new} for {price}. The old number rests in quarantine.").format(
                old=self.header.msisdn_display,
                new=offer.display,
                price=self.display.money(offer.price),
            )
        )
        self.ok.setEnabled(True)

    def submit(self) -> None:
        offer = self.chosen()
        if offer is not None:
            self.run("change_number", {"line_id": self.header.line_id, "new_msisdn": offer.msisdn})


PERSON_FIELDS = (
    "last_name",
    "first_name",
    "middle_name",
    "passport_series",
    "passport_number",
    "passport_issued_by",
    "passport_division_code",
    "reg_postcode",
    "reg_region",
    "reg_city",
    "reg_street",
    "reg_house",
    "reg_flat",
    "email",
    "contact_phone",
)


class PersonalDataDialog(_ChangeDialog):
    """The customer's name, passport, registration address and contacts; only changes are sent."""

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        header: CardHeader,
        display: Display,
        profile: ProfileView,
        current: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, header, display, parent)
        self.setObjectName("PersonalDataDialog")
        self.setWindowTitle(self.tr("Personal data"))
        self.current = current
        captions = {
            "last_name": self.tr("Surname:"),
            "first_name": self.tr("Name:"),
            "middle_name": self.tr("Patronymic:"),
            "passport_series": self.tr("Passport series:"),
            "passport_number": self.tr("Passport number:"),
            "passport_issued_by": self.tr("Issued by:"),
            "passport_division_code": self.tr("Division code:"),
            "reg_postcode": self.tr("Postcode:"),
            "reg_region": self.tr("Region:"),
            "reg_city": self.tr("City:"),
            "reg_street": self.tr("Street:"),
            "reg_house": self.tr("House:"),
            "reg_flat": self.tr("Flat:"),
            "email": self.tr("E-mail:"),
            "contact_phone": self.tr("Contact phone:"),
        }
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for field in PERSON_FIELDS:
            edit = QLineEdit(current.get(field, ""))
            self.edits[field] = edit
            form.addRow(captions[field], edit)
        self.note.setText(self.tr("Changes are kept in the history with the old values."))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(profile.name))
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.ok.setText(self.tr("Save"))

    def changes(self) -> dict[str, str]:
        return {
            field: edit.text().strip()
            for field, edit in self.edits.items()
            if edit.text().strip() != self.current.get(field, "")
        }

    def submit(self) -> None:
        self.run(
            "update_personal_data",
            {"line_id": self.header.line_id, **self.changes()},
            version=self.header.customer_version,
        )


class BillDeliveryDialog(_ChangeDialog):
    """By post (the address in the envelope window), e-mail, fax, or not at all."""

    def __init__(
        self,
        session: InteractionSession,
        runner: Runner,
        header: CardHeader,
        display: Display,
        current: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, runner, header, display, parent)
        self.setObjectName("BillDeliveryDialog")
        self.setWindowTitle(self.tr("Bill delivery"))
        self.method = QComboBox()
        for method in BillDelivery:
            self.method.addItem(label(method), method.value)
        self.method.setCurrentIndex(max(0, self.method.findData(current.get("method", "none"))))
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Delivery:"), self.method)
        for field, caption in (
            ("postcode", self.tr("Postcode:")),
            ("region", self.tr("Region:")),
            ("city", self.tr("City:")),
            ("street", self.tr("Street:")),
            ("house", self.tr("House:")),
            ("flat", self.tr("Flat:")),
            ("email", self.tr("E-mail:")),
            ("fax", self.tr("Fax number:")),
        ):
            edit = QLineEdit(current.get(field, ""))
            self.edits[field] = edit
            form.addRow(caption, edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.ok.setText(self.tr("Save"))

    def submit(self) -> None:
        arguments: dict[str, Any] = {
            "account_id": self.header.account_id,
            "method": BillDelivery(self.method.currentData()),
        }
        for field, edit in self.edits.items():
            if edit.text().strip():
                arguments[field] = edit.text().strip()
        self.run("update_bill_delivery", arguments, version=self.header.account_version)

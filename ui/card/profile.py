"""The Profile tab: the customer, contacts, addresses, the customer's other lines and accounts."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QVBoxLayout
from sqlalchemy.orm import Session

from models import CustomerKind
from ui.card.accounts_dialogs import AccountsActions
from ui.card.forms import InfoGroup
from ui.card.tab import CardTab
from ui.misc.display import Display
from ui.misc.labels import NEGATIVE, label, status_color
from ui.misc.table import Column, RowsModel, make_table
from ui.misc.tasks import Runner
from workstation.card import CardHeader, ProfileView, load_profile
from workstation.card.profile import AccountSummary, LineSummary
from workstation.db import Database
from workstation.operations import execute


class ProfileTab(CardTab):
    def __init__(self, db: Database, runner: Runner, display: Display) -> None:
        super().__init__(db, runner, display)
        self.person = InfoGroup(self.tr("Customer"))
        for key, caption in (
            ("name", self.tr("Name:")),
            ("kind", self.tr("Type:")),
            ("birth_date", self.tr("Date of birth:")),
            ("passport", self.tr("Passport:")),
            ("passport_issued", self.tr("Issued:")),
            ("inn", self.tr("INN / KPP:")),
            ("contact_person", self.tr("Contact person:")),
            ("code_word", self.tr("Code word:")),
            ("since", self.tr("Customer since:")),
        ):
            self.person.add(key, caption)
        self.contacts = InfoGroup(self.tr("Contacts and address"))
        for key, caption in (
            ("email", self.tr("E-mail:")),
            ("phone", self.tr("Contact phone:")),
            ("address", self.tr("Registration address:")),
        ):
            self.contacts.add(key, caption)

        d = self.display
        self.accounts = RowsModel[AccountSummary](
            [
                Column(self.tr("Account"), lambda a: a.number, 140),
                Column(self.tr("Contract"), lambda a: a.contract_number, 160),
                Column(self.tr("Status"), lambda a: label(a.status), 140),
                Column(
                    self.tr("Balance"),
                    lambda a: d.money(a.balance),
                    150,
                    right=True,
                    color=lambda a: NEGATIVE if a.balance < 0 else None,
                ),
                Column(self.tr("Bill delivery"), _delivery, 160, stretch=True),
            ]
        )
        self.lines = RowsModel[LineSummary](
            [
                Column(self.tr("Number"), lambda x: x.msisdn_display, 160),
                Column(
                    self.tr("Status"),
                    lambda x: label(x.status),
                    200,
                    color=lambda x: status_color(x.status),
                ),
                Column(self.tr("Tariff"), lambda x: x.tariff_name, 200, stretch=True),
                Column(self.tr("Account"), lambda x: x.account_number, 140),
            ]
        )
        accounts_box = QGroupBox(self.tr("Personal accounts"))
        self.account_actions = AccountsActions(self)
        accounts_layout = QVBoxLayout(accounts_box)
        accounts_layout.addWidget(make_table(self.accounts))
        accounts_layout.addWidget(self.account_actions.bar)
        lines_box = QGroupBox(self.tr("Customer's numbers (double-click to open)"))
        self.lines_table = make_table(self.lines)
        self.lines_table.doubleClicked.connect(
            lambda index: self.open_line.emit(self.lines.rows[index.row()].line_id)
        )
        QVBoxLayout(lines_box).addWidget(self.lines_table)

        grid = QGridLayout(self.body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.person, 0, 0)
        grid.addWidget(self.contacts, 1, 0)
        grid.addWidget(accounts_box, 0, 1)
        grid.addWidget(lines_box, 1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)

    def title(self) -> str:
        return self.tr("Profile")

    def query(self, session: Session, header: CardHeader) -> ProfileView:
        verified = self.verified
        if verified and self.session is not None:
            execute(self.db, self.session.context(), "view_personal_data", line_id=header.line_id)
        return load_profile(session, header.customer_id, verified=verified)

    def show_view(self, view: ProfileView) -> None:
        d = self.display
        hidden = self.tr("hidden until the caller is verified")
        business = view.kind == CustomerKind.BUSINESS
        self.person.set("name", view.name)
        self.person.set("kind", label(view.kind))
        self.person.set("birth_date", hidden if view.masked else d.day(view.birth_date))
        passport = view.passport
        if view.masked and passport:
            passport = f"{passport} ({hidden})"
        self.person.set("passport", passport)
        issued = ", ".join(
            p
            for p in (
                view.passport_issued_by,
                d.day(view.passport_issued_on),
                view.passport_division_code,
            )
            if p
        )
        self.person.set("passport_issued", hidden if view.masked else issued)
        self.person.set("inn", " / ".join(p for p in (view.inn, view.kpp) if p))
        self.person.set("contact_person", view.contact_person)
        self.person.set("code_word", self.tr("set") if view.has_code_word else self.tr("not set"))
        self.person.set("since", d.day(view.customer_since.date()))
        for key in ("birth_date", "passport", "passport_issued"):
            self.person.set_row_visible(key, not business)
        for key in ("inn", "contact_person"):
            self.person.set_row_visible(key, business)
        self.contacts.set("email", view.email)
        self.contacts.set("phone", d.msisdn(view.contact_phone))
        address = view.registration_address.one_line()
        if view.masked:
            address = f"{address} ({hidden})"
        self.contacts.set("address", address)
        self.accounts.set_rows(view.accounts)
        self.account_actions.update()
        self.lines.set_rows(view.lines)


def _delivery(account: AccountSummary) -> str:
    where = (
        account.bill_email or Display.msisdn(account.bill_fax) or account.bill_address.one_line()
    )
    kind = label(account.bill_delivery)
    return f"{kind}: {where}" if where else kind

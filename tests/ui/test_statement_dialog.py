"""The statement dialog: preview draws the pages, print and save produce them, refusals show."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pypdfium2
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import exists, func, select

from models import BillDelivery, Charge, Line, LineStatus, PersonalAccount, UsageRecord
from tests.reports.pdf import MM, page_texts, text_box
from tests.ui.conftest import start_verified
from ui.card import statement_dialog
from ui.card.billing import BillingTab
from ui.card.statement_dialog import StatementDialog
from ui.card.widget import CardWidget
from ui.interaction.session import InteractionSession
from ui.misc.display import Display
from ui.misc.tasks import InlineRunner
from workstation.auth import Agent
from workstation.config import Settings
from workstation.db import Database

OCTOBER = date(2026, 10, 1)
SCREENSHOT_ENV = "WORKSTATION_SCREENSHOTS"  # a directory: the test leaves its pictures there


def busy_account(db: Database, delivery: BillDelivery) -> tuple[int, str, int]:
    """An account by ``delivery`` with October charges and the most October usage:
    its id, number and one active line."""
    with db.read() as s:
        row = s.execute(
            select(PersonalAccount.id, PersonalAccount.number, Line.id)
            .join(Line, Line.account_id == PersonalAccount.id)
            .join(UsageRecord, UsageRecord.line_id == Line.id)
            .where(
                PersonalAccount.bill_delivery == delivery,
                Line.status == LineStatus.ACTIVE,
                UsageRecord.started_at >= datetime(2026, 10, 1, tzinfo=UTC),
                UsageRecord.started_at < datetime(2026, 11, 1, tzinfo=UTC),
                exists().where(Charge.account_id == PersonalAccount.id, Charge.period == OCTOBER),
            )
            .group_by(PersonalAccount.id, PersonalAccount.number, Line.id)
            .order_by(func.count(UsageRecord.id).desc(), Line.id)
            .limit(1)
        ).one()
    return int(row[0]), str(row[1]), int(row[2])


def make_dialog(
    qtbot: QtBot,
    db: Database,
    runner: InlineRunner,
    display: Display,
    delivery: BillDelivery,
    settings: Settings | None = None,
) -> StatementDialog:
    account_id, number, _ = busy_account(db, delivery)
    dialog = StatementDialog(
        db,
        runner,
        display,
        account_id=account_id,
        account_number=number,
        period=OCTOBER,
        sender="Смирнова Анна Сергеевна",
        settings=settings,
    )
    qtbot.addWidget(dialog)
    dialog.resize(900, 760)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def screenshot(widget: QWidget, name: str) -> None:
    folder = os.environ.get(SCREENSHOT_ENV)
    if folder:
        widget.grab().save(str(Path(folder) / name))


def test_preview_draws_the_pages_as_they_scroll_into_view(
    qtbot: QtBot, demo_db: Database, runner: InlineRunner, display: Display
) -> None:
    dialog = make_dialog(qtbot, demo_db, runner, display, BillDelivery.POST)
    assert dialog.delivery.value == "post"  # the account's own way of getting its bills
    with qtbot.waitSignal(dialog.document_ready) as ready:
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    count = ready.args[0]
    assert count >= 3
    pages = dialog.pages.pages
    assert len(pages) == count
    assert dialog.status.text() == f"Pages: {count}"
    qtbot.waitUntil(lambda: not pages[0].pixmap().isNull())
    assert pages[0].pixmap().width() == pages[0].width()
    assert pages[-1].pixmap().isNull()
    screenshot(dialog, "statement-dialog.png")
    bar = dialog.pages.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: not pages[-1].pixmap().isNull())

    # The preview follows the language.
    with qtbot.waitSignal(dialog.document_ready):
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert len(dialog.pages.pages) >= 3
    qtbot.waitUntil(lambda: not dialog.pages.pages[0].pixmap().isNull())


def test_save_writes_the_pdf_and_the_fax_image(
    qtbot: QtBot,
    demo_db: Database,
    runner: InlineRunner,
    display: Display,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = make_dialog(qtbot, demo_db, runner, display, BillDelivery.EMAIL)
    asked: list[str] = []

    def choose(parent: QWidget, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "statement"), filters

    monkeypatch.setattr(statement_dialog.QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "statement.pdf"
    document = pypdfium2.PdfDocument(pdf)
    pages = len(document)
    document.close()
    assert pages >= 2 and asked[0].endswith("-2026-10.pdf")
    assert "Страница 1 из" in page_texts(pdf.read_bytes())[0]
    assert str(pdf) in dialog.status.text()

    dialog.variant.setCurrentIndex(dialog.variant.findData("fax"))
    assert dialog.fax_number.isVisible() and dialog.with_tiff.isChecked()
    dialog.fax_number.clear()
    qtbot.keyClicks(dialog.fax_number, "8 495 765-43-21")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = page_texts(pdf.read_bytes())[0]
    assert "ФАКС" in text and "+7 495 765-43-21" in text and "Смирнова Анна Сергеевна" in text
    with Image.open(tmp_path / "statement.tif") as image:
        assert image.n_frames == len(page_texts(pdf.read_bytes())) > pages  # a cover, larger type


def test_the_config_file_places_the_address_and_draws_the_fax_image(
    qtbot: QtBot,
    demo_db: Database,
    runner: InlineRunner,
    display: Display,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Path(os.environ["WORKSTATION_CONFIG"]).write_text(
        '[statements]\nwindow_offset_mm = "-5,7"\n'
        '[mail]\nfax_resolution = "normal"\nfax_compression = "g3"\n',
        encoding="utf-8",
    )
    chosen = iter(["plain", "moved", "fax"])
    monkeypatch.setattr(
        statement_dialog.QFileDialog,
        "getSaveFileName",
        lambda *args: (str(tmp_path / next(chosen)), ""),
    )
    plain = make_dialog(qtbot, demo_db, runner, display, BillDelivery.POST, Settings())
    qtbot.mouseClick(plain.save_button, Qt.MouseButton.LeftButton)
    configured = make_dialog(qtbot, demo_db, runner, display, BillDelivery.POST)
    qtbot.mouseClick(configured.save_button, Qt.MouseButton.LeftButton)
    assert configured.statement is not None
    name = configured.statement.data.customer.name
    before = text_box((tmp_path / "plain.pdf").read_bytes(), 0, name)
    after = text_box((tmp_path / "moved.pdf").read_bytes(), 0, name)
    assert after[0] - before[0] == pytest.approx(-5 * MM, abs=0.01)  # to the left
    assert after[3] - before[3] == pytest.approx(-7 * MM, abs=0.01)  # and down

    configured.variant.setCurrentIndex(configured.variant.findData("fax"))
    configured.fax_number.setText("8 495 765-43-21")
    assert configured.with_tiff.isChecked()
    qtbot.mouseClick(configured.save_button, Qt.MouseButton.LeftButton)
    with Image.open(tmp_path / "fax.tif") as image:
        assert image.info["dpi"] == (204, 98)
        assert image.info["compression"] == "group3"


def test_print_sends_every_page_to_the_printer(
    qtbot: QtBot,
    demo_db: Database,
    runner: InlineRunner,
    display: Display,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = make_dialog(qtbot, demo_db, runner, display, BillDelivery.EMAIL)
    printed = tmp_path / "printed.pdf"

    class PrintDialog:
        """The system's print dialog, answered with a PDF printer and OK."""

        def __init__(self, printer: QPrinter, parent: QWidget) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))

        def exec(self) -> Any:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(statement_dialog, "QPrintDialog", PrintDialog)
    with qtbot.waitSignal(dialog.document_ready) as ready:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    document = pypdfium2.PdfDocument(printed)
    assert len(document) == ready.args[0]
    document.close()
    assert dialog.print_button.isEnabled()


def test_what_cannot_be_made_is_said_and_nothing_is_offered(
    qtbot: QtBot, demo_db: Database, runner: InlineRunner, display: Display
) -> None:
    account_id, number, _ = busy_account(demo_db, BillDelivery.EMAIL)
    empty = StatementDialog(
        demo_db,
        runner,
        display,
        account_id=account_id,
        account_number=number,
        period=date(2020, 1, 1),
    )
    qtbot.addWidget(empty)
    assert empty.status.text() == (f"Account {number} has no charges, payments or usage in 2020-01")
    assert not empty.preview_button.isEnabled() and not empty.save_button.isEnabled()

    dialog = make_dialog(qtbot, demo_db, runner, display, BillDelivery.EMAIL)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.pages
    # The preview follows the variant: one that cannot be made takes the old one away.
    dialog.variant.setCurrentIndex(dialog.variant.findData("post"))
    assert dialog.status.text() == (
        f"Account {number} has no postal address for bills: cannot send by post"
    )
    assert dialog.pages.pages == []
    assert dialog.preview_button.isEnabled()  # another variant may still be chosen


def test_the_billing_tab_offers_the_statement_to_a_verified_caller(
    qtbot: QtBot, demo_db: Database, runner: InlineRunner, display: Display, agent: Agent
) -> None:
    _, number, line_id = busy_account(demo_db, BillDelivery.POST)
    session = InteractionSession(demo_db, agent)
    card = CardWidget(demo_db, runner, display, session)
    qtbot.addWidget(card)
    card.open(line_id)
    card.show_tab(3)
    billing = card.tab_pages[3]
    assert isinstance(billing, BillingTab)
    assert billing.selected is not None
    assert not billing.statement_button.isEnabled()

    verified = start_verified(demo_db, agent, line_id)
    session.current = verified.current
    session.changed.emit()
    assert billing.statement_button.isEnabled()
    qtbot.mouseClick(billing.statement_button, Qt.MouseButton.LeftButton)
    dialog = billing.findChild(StatementDialog)
    assert dialog is not None and dialog.isVisible()
    assert number in dialog.windowTitle() and dialog.period == billing.selected
    assert dialog.sender_name == agent.full_name
    dialog.close()


def test_send_queues_the_statement_in_the_outbox(
    qtbot: QtBot, demo_db: Database, runner: InlineRunner, display: Display, agent: Agent
) -> None:
    from models import OutboxAttachment, OutboxKind, OutboxMessage

    account_id, number, line_id = busy_account(demo_db, BillDelivery.EMAIL)
    session = start_verified(demo_db, agent, line_id)
    dialog = StatementDialog(
        demo_db,
        runner,
        display,
        account_id=account_id,
        account_number=number,
        period=OCTOBER,
        context=session.context,
    )
    qtbot.addWidget(dialog)
    dialog.variant.setCurrentIndex(dialog.variant.findData("email"))
    qtbot.waitUntil(dialog.send_button.isEnabled, timeout=5000)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert "outbox" in dialog.status.text() or "очеред" in dialog.status.text()
    with demo_db.read() as s:
        message = s.scalars(select(OutboxMessage).where(OutboxMessage.purpose == "statement")).one()
        assert message.kind == OutboxKind.EMAIL
        attachments = s.scalars(
            select(OutboxAttachment).where(OutboxAttachment.outbox_message_id == message.id)
        ).all()
    assert attachments and attachments[0].filename.endswith(".pdf")
    with demo_db.read() as s:
        from models import AuditEvent

        made = s.scalars(
            select(AuditEvent.operation).where(AuditEvent.operation == "view_statement")
        ).all()
    assert made == ["view_statement"], "making the statement is on record"

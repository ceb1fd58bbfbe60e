"""The statement of an account for a month: preview it, print it, save it.

The records are gathered once when the dialog opens; the document is built for the chosen
variant and language when an action first needs it. Both run off the GUI thread, and so
does drawing: a page is drawn only when it scrolls into view, so that a statement of
hundreds of pages opens as fast as one of three. A letter's address sits where the config
file's ``[statements]`` puts it, and a fax image is drawn as its ``[mail]`` says.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models import BillDelivery
from reports import Delivery
from ui.misc.display import Display
from ui.misc.i18n import error_text
from ui.misc.operations import run_operation
from ui.misc.settings import GeometryMixin
from ui.misc.tasks import Runner
from workstation.config import Settings, load_settings
from workstation.db import Database
from workstation.operations import Context
from workstation.statements import (
    Document,
    FaxImage,
    PageBitmap,
    Statement,
    build_document,
    gather_statement,
    page_sizes,
    render_pages,
    save_document,
    statement_options,
)

PREVIEW_DPI = 96
PRINT_DPI = 300
KEPT_PAGES = 12
"""Drawn pages kept while scrolling; the others are drawn again when they come back."""
PAGE_GAP = 12


@dataclass(frozen=True)
class Built:
    """A document with the size of each page in points, for laying out the preview."""

    document: Document
    sizes: tuple[tuple[float, float], ...]


def _image(page: PageBitmap) -> QImage:
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB32)
    return image.copy()  # the bytes belong to the page; the image must outlive them


def print_document(printer: QPrinter, pdf: bytes, pages: int) -> int:
    """Draw every page onto the printer, scaled to its page and centred; return the count.

    Runs off the GUI thread: Qt allows painting on a QPrinter from any one thread.
    """
    dpi = min(printer.resolution(), PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("StatementDialog", "The printer cannot be used."))
    try:
        for page in render_pages(pdf, range(pages), dpi):
            if page.index:
                printer.newPage()
            area = painter.viewport()
            size = QSize(page.width, page.height).scaled(
                area.size(), Qt.AspectRatioMode.KeepAspectRatio
            )
            left = area.x() + (area.width() - size.width()) // 2
            top = area.y() + (area.height() - size.height()) // 2
            painter.drawImage(QRect(left, top, size.width(), size.height()), _image(page))
    finally:
        painter.end()
    return pages


class PagesView(QScrollArea):
    """The pages of a PDF one under another, each drawn when it first scrolls into view.

    Attributes:
        pages: one label a page; ``pixmap()`` is null until the page has been drawn.
    """

    def __init__(self, runner: Runner) -> None:
        super().__init__()
        self.setObjectName("statementPages")
        self.runner = runner
        self.pages: list[QLabel] = []
        self._tops: list[int] = []
        self._pdf = b""
        self._generation = 0
        self._pending: set[int] = set()
        self._drawn: list[int] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._draw_visible)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # Not connected to start() itself: the value would become the interval.
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._timer.start())
        self._sheet = QWidget()
        self._sheet.setObjectName("statementSheet")
        self._column = QVBoxLayout(self._sheet)
        self._column.setSpacing(PAGE_GAP)
        self._column.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self._column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(self._sheet)

    def show_pdf(self, pdf: bytes, sizes: Sequence[tuple[float, float]]) -> None:
        """Lay out a blank page of the right size for each page, then draw what is visible."""
        self.clear()
        self._pdf = pdf
        self.verticalScrollBar().setValue(0)  # another document: its first page first
        scale = PREVIEW_DPI / 72
        top = PAGE_GAP
        for index, (width, height) in enumerate(sizes):
            page = QLabel()
            page.setObjectName("statementPage")
            page.setFixedSize(round(width * scale), round(height * scale))
            self._tops.append(top)
            top += page.height() + PAGE_GAP
            page.setAccessibleName(
                self.tr("Page {number} of {count}").format(number=index + 1, count=len(sizes))
            )
            self._column.addWidget(page)
            self.pages.append(page)
        self._timer.start()

    def clear(self) -> None:
        self._generation += 1
        self._pending.clear()
        self._drawn.clear()
        for page in self.pages:
            page.deleteLater()
        self.pages = []
        self._tops = []

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._timer.start()

    def _visible(self) -> list[int]:
        """The pages in the viewport, from the sizes laid out (known before Qt lays them out)."""
        top = self.verticalScrollBar().value()
        bottom = top + max(self.viewport().height(), 1)
        return [
            index
            for index, (page, page_top) in enumerate(zip(self.pages, self._tops, strict=True))
            if page_top < bottom and page_top + page.height() > top
        ]

    def _draw_visible(self) -> None:
        wanted = [
            i for i in self._visible() if self.pages[i].pixmap().isNull() and i not in self._pending
        ]
        if not wanted:
            return
        self._pending.update(wanted)
        pdf, generation = self._pdf, self._generation
        ratio = self.devicePixelRatioF()

        def work() -> list[QImage]:
            images = []
            for page in render_pages(pdf, wanted, PREVIEW_DPI * ratio):
                image = _image(page)
                image.setDevicePixelRatio(ratio)
                images.append(image)
            return images

        self.runner.submit(work, lambda images: self._drawn_pages(generation, wanted, images))

    def _drawn_pages(self, generation: int, indexes: list[int], images: list[QImage]) -> None:
        if generation != self._generation:
            return
        for index, image in zip(indexes, images, strict=True):
            self._pending.discard(index)
            self.pages[index].setPixmap(QPixmap.fromImage(image))
            self._drawn.append(index)
        while len(self._drawn) > KEPT_PAGES:
            self.pages[self._drawn.pop(0)].clear()


class StatementDialog(GeometryMixin, QDialog):
    """Preview, print or save the statement of one account for one month.

    Signals:
        document_ready(int): a document was built for the chosen options; its page count.
    """

    document_ready = Signal(int)

    def __init__(
        self,
        db: Database,
        runner: Runner,
        display: Display,
        *,
        account_id: int,
        account_number: str,
        period: date,
        sender: str | None = None,
        parent: QWidget | None = None,
        context: Callable[[], Context] | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("StatementDialog")
        self.context = context
        self.settings = settings if settings is not None else load_settings()
        self.db = db
        self.runner = runner
        self.display = display
        self.account_id = account_id
        self.period = period
        self.sender_name = sender
        self.statement: Statement | None = None
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._built: dict[tuple[Delivery, str, str], Built] = {}
        self.setWindowTitle(
            self.tr("Statement of account {account} for {month}").format(
                account=account_number, month=display.month(period, title=False)
            )
        )
        self.variant = QComboBox()
        self.variant.addItem(self.tr("E-mail"), Delivery.EMAIL.value)
        self.variant.addItem(self.tr("Post"), Delivery.POST.value)
        self.variant.addItem(self.tr("Fax"), Delivery.FAX.value)
        self.language = QComboBox()
        self.language.addItem(self.tr("Russian"), "ru")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(display.language)))
        self.fax_number = QLineEdit()
        self.fax_number.setPlaceholderText("+7 495 123-45-67")
        self.with_tiff = QCheckBox(self.tr("Also save the fax &image (TIFF) beside the PDF"))
        self.with_tiff.setChecked(True)
        self.status = QLabel(self.tr("Gathering the records…"))
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.pages = PagesView(runner)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.preview_button = self._action(self.tr("&Preview"), self.preview)
        self.print_button = self._action(self.tr("P&rint…"), self.print_statement)
        self.save_button = self._action(self.tr("&Save…"), self.save)
        self.send_button = self._action(self.tr("Sen&d"), self.send)
        self.send_button.setToolTip(
            self.tr(
                "Queue the statement in the outbox: by e-mail to the address on file, or by fax"
            )
        )
        self.actions_enabled(False)

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Variant:"), self.variant)
        self.form.addRow(self.tr("&Language:"), self.language)
        self.form.addRow(self.tr("Fax &number:"), self.fax_number)
        self.form.addRow("", self.with_tiff)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.variant.currentIndexChanged.connect(self._variant_changed)
        self.language.currentIndexChanged.connect(self._options_changed)
        self.fax_number.editingFinished.connect(self._options_changed)
        self._variant_changed()
        if not self.restore_geometry():
            self.resize(900, 760)
        self._gather()

    def _action(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    def actions_enabled(self, enabled: bool) -> None:
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(enabled)
        sendable = self.delivery in (Delivery.EMAIL, Delivery.FAX) and self.context is not None
        self.send_button.setEnabled(enabled and sendable)

    @property
    def delivery(self) -> Delivery:
        return Delivery(self.variant.currentData())

    def send(self) -> None:
        """Queue the statement by e-mail or fax through the outbox (an audited operation)."""
        if self.context is None or self.delivery is Delivery.POST:
            return
        fax = self.delivery is Delivery.FAX
        self.send_button.setEnabled(False)

        def queued(_result: object) -> None:
            self.status.setText(self.tr("The statement is in the outbox; it goes out in a moment."))

        run_operation(
            self.runner,
            self.db,
            self.context(),
            "send_statement",
            {
                "account_id": self.account_id,
                "period": self.period,
                "delivery": BillDelivery.FAX if fax else BillDelivery.EMAIL,
                "address": self.fax_number.text().strip() or None if fax else None,
                "language": self.language.currentData(),
            },
            parent=self,
            done=queued,
            failed=lambda _error: self.send_button.setEnabled(True),
        )

    def _variant_changed(self) -> None:
        fax = self.delivery is Delivery.FAX
        self.form.setRowVisible(self.fax_number, fax)
        self.form.setRowVisible(self.with_tiff, fax)
        self._options_changed()

    def _options_changed(self) -> None:
        """A preview on screen follows the options; nothing else is built before it is asked for."""
        if self.pages.pages:
            self.preview()

    def _gather(self) -> None:
        db, account_id, period = self.db, self.account_id, self.period

        def work() -> Statement:
            with db.read() as session:
                return gather_statement(session, account_id=account_id, period=period)

        self.runner.submit(work, self._gathered, self._failed)

    def _gathered(self, statement: Statement) -> None:
        if self.context is not None and self.statement is None:
            # The statement holds the calls of the month: making it is on record.
            run_operation(
                self.runner,
                self.db,
                self.context(),
                "view_statement",
                {"account_id": self.account_id, "period": self.period},
                parent=self,
                done=lambda _r: None,
            )
        self.statement = statement
        preferred = self.variant.findData(statement.bill_delivery.value)
        if preferred >= 0:  # an account that gets no bills keeps the e-mail variant
            self.variant.setCurrentIndex(preferred)
        self.fax_number.setText(self.display.msisdn(statement.fax_number))
        self.status.setText(self.tr("Choose the variant, then preview, print or save."))
        self.actions_enabled(True)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))
        self.actions_enabled(self.statement is not None)

    def _with_document(self, then: Callable[[Built], None]) -> None:
        """Build the document for the chosen options unless it is built already, then go on."""
        statement = self.statement
        if statement is None:
            return
        delivery, language = self.delivery, str(self.language.currentData())
        fax = self.fax_number.text().strip() if delivery is Delivery.FAX else ""
        key = (delivery, language, fax)
        if key in self._built:
            then(self._built[key])
            return
        sender = self.sender_name
        offset = self.settings.statements.window_offset_mm

        def work() -> Built:
            options = statement_options(
                statement,
                delivery=delivery,
                language=language,
                sender=sender,
                fax_number=fax,
                window_offset_mm=offset,
            )
            document = build_document(statement, options)
            return Built(document, page_sizes(document.pdf))

        def done(built: Built) -> None:
            self._built[key] = built
            self.actions_enabled(True)
            self.status.setText(self.tr("Pages: %n", "", built.document.pages))
            self.document_ready.emit(built.document.pages)
            then(built)

        self.actions_enabled(False)
        self.status.setText(self.tr("Building the statement…"))

        def failed(error: BaseException) -> None:
            self.pages.clear()  # a preview of other options would pass for this one
            self._failed(error)

        self.runner.submit(work, done, failed)

    def preview(self) -> None:
        self._with_document(lambda built: self.pages.show_pdf(built.document.pdf, built.sizes))

    def print_statement(self) -> None:
        self._with_document(self._print)

    def _print(self, built: Built) -> None:
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        printer, document = self.printer, built.document

        def printed(pages: int) -> None:
            self.actions_enabled(True)
            self.status.setText(self.tr("Pages sent to the printer: %n", "", pages))

        self.actions_enabled(False)
        self.status.setText(self.tr("Printing…"))
        self.runner.submit(
            lambda: print_document(printer, document.pdf, document.pages), printed, self._failed
        )

    def save(self) -> None:
        self._with_document(self._save)

    def _save(self, built: Built) -> None:
        assert self.statement is not None, "a document is built from the statement"
        suggested = f"{self.statement.data.account_number}-{self.period:%Y-%m}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the statement"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not name:
            return
        pdf = Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")
        tiff = None
        if self.delivery is Delivery.FAX and self.with_tiff.isChecked():
            tiff = pdf.with_suffix(".tif")
        document = built.document
        image = FaxImage.configured(self.settings.mail)

        def saved(_: None) -> None:
            self.actions_enabled(True)
            shown = f"{pdf}" + (f", {tiff}" if tiff else "")
            self.status.setText(self.tr("Saved: {files}").format(files=shown))

        self.actions_enabled(False)
        self.status.setText(self.tr("Saving…"))
        self.runner.submit(lambda: save_document(document, pdf, tiff, image), saved, self._failed)

    def done(self, result: int) -> None:
        self.save_geometry()
        self.pages.clear()
        super().done(result)

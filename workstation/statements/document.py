"""A gathered statement made into its variant: the PDF in memory, then its files on disk.

The PDF is built in memory and the files are written only once everything they need is
made, each atomically; the fax image and its PDF are written both or neither, so no
reader ever finds half a statement.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Final, NoReturn

from reports import (
    Delivery,
    FaxCompression,
    FaxCover,
    FaxResolution,
    StatementDataError,
    StatementOptions,
    build_statement,
    write_fax_tiff,
)
from reports.output import write_atomically
from workstation.config import MailSettings
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.phone import to_e164
from workstation.statements.errors import MissingContact, OutputError, StatementError
from workstation.statements.gather import Statement
from workstation.statements.render import PDFIUM

BACK_OFFICE: Final = {"ru": "Контактный центр", "en": "Contact centre"}
"""Who a fax cover says it is from when no agent sends it (the command line, a batch)."""


COMPRESSIONS: Final = {"g4": FaxCompression.GROUP4, "g3": FaxCompression.GROUP3}
"""The fax codings by the names the config file and the command line use."""


@dataclass(frozen=True, slots=True)
class Document:
    """A built statement: the PDF and how many pages it has."""

    pdf: bytes
    pages: int


@dataclass(frozen=True, slots=True)
class FaxImage:
    """How a fax image is drawn: fine Group 4 unless the gateway or the machine at the
    other end takes only normal resolution or Group 3 (``[mail]`` of the config)."""

    resolution: FaxResolution = FaxResolution.FINE
    compression: FaxCompression = FaxCompression.GROUP4

    @classmethod
    def named(cls, resolution: str, compression: str) -> FaxImage:
        """From the config's names: ``fine``/``normal`` and ``g4``/``g3``."""
        return cls(FaxResolution(resolution), COMPRESSIONS[compression])

    @classmethod
    def configured(cls, mail: MailSettings) -> FaxImage:
        return cls.named(mail.fax_resolution, mail.fax_compression)


FINE_G4: Final = FaxImage()
"""What every gateway of today takes."""


def statement_options(
    statement: Statement,
    *,
    delivery: Delivery,
    language: str,
    sender: str | None = None,
    fax_number: str | None = None,
    now: datetime | None = None,
    window_offset_mm: tuple[float, float] = (0.0, 0.0),
) -> StatementOptions:
    """The options of a variant; a fax goes to ``fax_number`` or the account's fax number.

    ``window_offset_mm`` (``[statements]`` of the config) moves the address of a letter to
    the window of the envelopes in use; the other variants have no envelope.

    Raises:
        MissingContact: a letter with no postal address, a fax with no (valid) fax number.
    """
    data = statement.data
    if delivery is Delivery.POST and data.customer.postal_address is None:
        raise MissingContact(
            QT_TRANSLATE_NOOP(
                "errors", "Account {account} has no postal address for bills: cannot send by post"
            ),
            account=data.account_number,
        )
    cover = None
    if delivery is Delivery.FAX:
        number = to_e164(fax_number) if fax_number else statement.fax_number
        if number is None:
            raise MissingContact(
                QT_TRANSLATE_NOOP("errors", "No fax number to send the statement of {account} to"),
                account=data.account_number,
            )
        cover = FaxCover(
            recipient=data.customer.name,
            fax_number=number,
            sender=sender or BACK_OFFICE.get(language, BACK_OFFICE["ru"]),
            sent_at=now or datetime.now(UTC),
        )
    return StatementOptions(
        delivery=delivery,
        language=language,
        fax_cover=cover,
        window_offset_mm=window_offset_mm if delivery is Delivery.POST else (0.0, 0.0),
    )


def build_document(statement: Statement, options: StatementOptions) -> Document:
    """The statement's PDF in memory.

    Raises:
        StatementError: the records cannot make the document asked for.
    """
    stream = BytesIO()
    try:
        pages = build_statement(statement.data, stream, options)
    except StatementDataError as exc:
        raise StatementError(
            QT_TRANSLATE_NOOP(
                "errors", "The statement of account {account} cannot be made: {reason}"
            ),
            account=statement.data.account_number,
            reason=str(exc),
        ) from exc
    return Document(stream.getvalue(), pages)


def fax_image(pdf: bytes, image: FaxImage = FINE_G4) -> bytes:
    """The fax gateway's TIFF of a PDF (204×196 dpi, Group 4 unless ``image`` says less)."""
    stream = BytesIO()
    with PDFIUM:
        write_fax_tiff(pdf, stream, resolution=image.resolution, compression=image.compression)
    return stream.getvalue()


def require_writable(path: Path) -> None:
    """Refuse a path whose file cannot be made, before any work is done for it.

    Raises:
        OutputError: the folder does not exist or is read-only, or the path is a folder.
    """
    folder = path.parent
    if path.is_dir():
        _cannot_write(path, "it is a directory")
    if not folder.is_dir():
        _cannot_write(path, "the directory does not exist")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        _cannot_write(path, "permission denied")


def save_document(
    document: Document,
    pdf_path: Path,
    tiff_path: Path | None = None,
    image: FaxImage = FINE_G4,
) -> None:
    """Write the PDF and, when asked, its fax image (drawn as ``image`` says): both or neither.

    Raises:
        OutputError: a file cannot be written; nothing is left of either.
    """
    if tiff_path is None:
        _write(pdf_path, document.pdf)
        return
    tiff = fax_image(document.pdf, image)
    _write(pdf_path, document.pdf)
    try:
        _write(tiff_path, tiff)
    except BaseException:
        pdf_path.unlink(missing_ok=True)
        raise


def _write(path: Path, content: bytes) -> None:
    try:
        write_atomically(path, lambda stream: stream.write(content))
    except OSError as exc:
        _cannot_write(path, exc.strerror or str(exc))


def _cannot_write(path: Path, reason: str) -> NoReturn:
    raise OutputError(
        QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}"), path=str(path), reason=reason
    )

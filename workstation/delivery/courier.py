"""Each kind of message to its way out: e-mail, the SMS gateway, the fax gateway or spool.

E-mail goes to the customer's address. An SMS and a fax go by e-mail to a gateway whose
address is made from a template (``{number}@sms.example.org``; ``{number}`` is the number's
digits, ``79161234567``), or a fax is written into a fax server's spool folder as the
document and a small control file. Whatever is wrong with the message itself — a malformed
address, a fax number that is not a number, a file over the gateway's limit — is a
:class:`Rejected` with the reason.
"""

from __future__ import annotations

from pathlib import Path

from models import OutboxKind
from reports.output import write_atomically
from workstation.config import MailSettings
from workstation.delivery.compose import compose, envelope_sender, mail_address
from workstation.delivery.errors import Rejected, ServiceUnavailable
from workstation.delivery.outgoing import File, Outgoing
from workstation.delivery.smtp import SmtpMailer
from workstation.phone import digits, to_e164

PDF = "application/pdf"
TIFF = "image/tiff"


def _size(value: int) -> str:
    return f"{value / 1024 / 1024:.1f} MB" if value >= 1024 * 1024 else f"{value:,} bytes"


class Courier:
    """Delivers claimed messages; one per sender run, closed at its end."""

    def __init__(self, settings: MailSettings, mailer: SmtpMailer) -> None:
        self.settings = settings
        self.mailer = mailer

    def deliver(self, outgoing: Outgoing) -> None:
        """Raises Rejected, Deferred or ServiceUnavailable (``workstation.delivery.errors``)."""
        if outgoing.kind == OutboxKind.EMAIL:
            self._email(outgoing)
        elif outgoing.kind == OutboxKind.SMS:
            self._sms(outgoing)
        else:
            self._fax(outgoing)

    def close(self) -> None:
        self.mailer.close()

    def _mail(self, outgoing: Outgoing, to: str, files: tuple[File, ...]) -> None:
        sender = self.settings.from_address
        message = compose(outgoing, sender=sender, to=to, files=files)
        self.mailer.send(message, envelope_sender(sender), to)

    def _email(self, outgoing: Outgoing) -> None:
        address = mail_address(outgoing.recipient)
        total = sum(len(f.content) for f in outgoing.attachments)
        limit = self.settings.max_attachment_bytes
        if total > limit:
            raise Rejected(
                f"the attachments are {_size(total)}; the mail server takes at most {_size(limit)}"
            )
        self._mail(outgoing, address, outgoing.attachments)

    def _gateway(self, template: str, number: str, what: str) -> str:
        try:
            address = template.format(number=digits(number))
        except (KeyError, IndexError, ValueError) as exc:
            raise ServiceUnavailable(
                f"the {what} gateway template {template!r} is not valid: {exc}"
            ) from None
        try:
            return mail_address(address)
        except Rejected:
            raise ServiceUnavailable(
                f"the {what} gateway template {template!r} makes «{address}», not an address"
            ) from None

    def _sms(self, outgoing: Outgoing) -> None:
        number = to_e164(outgoing.recipient)
        if number is None:
            raise Rejected(f"«{outgoing.recipient}» is not a phone number")
        if outgoing.attachments:
            raise Rejected("an SMS cannot carry a file")
        length, limit = len(outgoing.body), self.settings.sms_max_chars
        if length > limit:
            raise Rejected(
                f"the SMS text is {length} characters; the gateway takes at most {limit}"
            )
        self._mail(outgoing, self._gateway(self.settings.sms_gateway, number, "SMS"), ())

    def _fax(self, outgoing: Outgoing) -> None:
        number = to_e164(outgoing.recipient)
        if number is None:
            raise Rejected(f"«{outgoing.recipient}» is not a fax number")
        document = fax_document(outgoing, self.settings)
        limit = self.settings.fax_max_bytes
        if len(document.content) > limit:
            raise Rejected(
                f"the fax document is {_size(len(document.content))}; "
                f"the fax gateway takes at most {_size(limit)}"
            )
        if self.settings.fax_spool:
            spool_fax(Path(self.settings.fax_spool), outgoing, number, document)
            return
        self._mail(outgoing, self._gateway(self.settings.fax_gateway, number, "fax"), (document,))


def fax_document(outgoing: Outgoing, settings: MailSettings) -> File:
    """The one document a fax carries: the PDF, or a TIFF rendered from it at the
    resolution and in the coding of ``[mail]`` when the gateway wants a TIFF."""
    documents = [f for f in outgoing.attachments if f.content_type in (PDF, TIFF)]
    if len(documents) != 1:
        raise Rejected("a fax carries exactly one PDF or TIFF document")
    document = documents[0]
    if settings.fax_format == "tiff" and document.content_type == PDF:
        from workstation.statements import FaxImage, fax_image

        stem = document.filename.rsplit(".", 1)[0]
        image = fax_image(document.content, FaxImage.configured(settings))
        return File(f"{stem}.tif", TIFF, image)
    return document


def spool_fax(folder: Path, outgoing: Outgoing, number: str, document: File) -> None:
    """Write the fax job: the document first, then the control file the fax server looks for.

    Both names come from the outbox row, so a job written again after a crash replaces
    itself rather than making a second fax; the control file carries the Message-ID.
    """
    if not folder.is_dir():
        raise ServiceUnavailable(f"the fax spool folder {folder} does not exist")
    stem = f"fax-{outgoing.id}"
    suffix = ".tif" if document.content_type == TIFF else ".pdf"
    control = (
        f"number: {number}\n"
        f"document: {stem}{suffix}\n"
        f"message-id: {outgoing.message_id}\n"
        f"created: {outgoing.created_at.isoformat()}\n"
    )
    try:
        write_atomically(folder / f"{stem}{suffix}", lambda s: s.write(document.content))
        write_atomically(folder / f"{stem}.job", lambda s: s.write(control.encode()))
    except OSError as exc:
        raise ServiceUnavailable(f"cannot write to the fax spool {folder}: {exc}") from None

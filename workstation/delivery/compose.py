"""An outbox message as an Internet message: headers, the Russian text, the files.

The same outbox row always makes the same bytes: ``Date`` is when the message was
written, ``Message-ID`` is the row's, and the MIME boundary is derived from it. A message
sent again after a crash is therefore the very same letter, which is what lets the
receiving side recognise and drop the repeat.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

from workstation.delivery.errors import Rejected
from workstation.delivery.outgoing import File, Outgoing

# 7-bit on the wire: every relay and gateway takes it; Cyrillic goes as base64 (RFC 2045),
# headers as encoded words (RFC 2047), file names as RFC 2231 parameters.
WIRE = policy.SMTP.clone(cte_type="7bit")
ADDRESS = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
AGENT_WRITTEN = frozenset({"email_reply"})
"""Purposes written by a person; every other message is generated and says so."""


def mail_address(text: str) -> str:
    """A bare e-mail address, checked; raises :class:`Rejected` naming what was wrong."""
    address = text.strip()
    if not ADDRESS.match(address) or ".." in address or len(address) > 254:
        raise Rejected(f"«{text}» is not an e-mail address")
    return address


def envelope_sender(from_header: str) -> str:
    """The address of a ``From`` such as ``Контактный центр <care@example.org>``."""
    return parseaddr(from_header)[1]


def compose(
    outgoing: Outgoing, *, sender: str, to: str, files: Sequence[File] | None = None
) -> EmailMessage:
    """The e-mail for ``outgoing`` addressed to ``to`` (the customer, or a gateway)."""
    message = EmailMessage(policy=WIRE)
    message["From"] = sender
    message["To"] = to
    message["Subject"] = outgoing.subject
    message["Date"] = format_datetime(outgoing.created_at)
    message["Message-ID"] = outgoing.message_id
    if outgoing.in_reply_to:
        message["In-Reply-To"] = outgoing.in_reply_to
        message["References"] = outgoing.in_reply_to
    if outgoing.purpose not in AGENT_WRITTEN:
        message["Auto-Submitted"] = "auto-generated"
    message.set_content(outgoing.body, charset="utf-8")
    for item in outgoing.attachments if files is None else files:
        maintype, _, subtype = item.content_type.partition("/")
        message.add_attachment(
            item.content,
            maintype=maintype or "application",
            subtype=subtype or "octet-stream",
            filename=item.filename,
        )
    if message.is_multipart():
        for part in message.iter_parts():
            del part["MIME-Version"]  # the email package repeats it on each part; once will do
        digest = hashlib.sha256(outgoing.message_id.encode()).hexdigest()[:32]
        message.set_boundary(f"=_aw_{digest}")
    return message

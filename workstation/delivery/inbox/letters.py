"""A raw letter as the queue shows it: sender, subject, text, thread headers.

Nothing here refuses a letter. A letter in an unknown encoding is decoded as well as can
be and marked; one with no text part (an attachment alone) is marked; a sender that is no
address is marked; the raw bytes are kept in every case.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from html.parser import HTMLParser

from models import InboundProblem
from workstation.delivery.compose import ADDRESS

MESSAGE_ID = re.compile(r"<[^<>\s]+>")
ID_LIMIT = 250
SUBJECT_LIMIT = 300
TEXT_LIMIT = 100_000
# C0 controls but tab and newline: PostgreSQL text refuses NUL, and none is meant to be read.
CONTROLS = dict.fromkeys(c for c in range(32) if c not in (9, 10))


@dataclass(frozen=True, slots=True)
class Letter:
    message_id: str
    in_reply_to: str | None
    references: tuple[str, ...]
    from_address: str
    from_name: str
    subject: str
    text: str
    problem: InboundProblem | None
    sent_at: datetime | None
    raw: bytes


def read_letter(raw: bytes) -> Letter:
    """Everything the queue needs from ``raw``; never raises on a malformed letter."""
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    ids = MESSAGE_ID.findall(_header(message, "Message-ID"))
    message_id = (
        ids[0] if ids else f"<{hashlib.sha256(raw).hexdigest()[:40]}@no-message-id.invalid>"
    )
    replied = MESSAGE_ID.findall(_header(message, "In-Reply-To"))
    address, name = _sender(message)
    text, problem = _text(message)
    if not address:
        problem = problem or InboundProblem.BAD_SENDER
    return Letter(
        message_id=message_id[:ID_LIMIT],
        in_reply_to=replied[0][:ID_LIMIT] if replied else None,
        references=tuple(i[:ID_LIMIT] for i in MESSAGE_ID.findall(_header(message, "References"))),
        from_address=address,
        from_name=_clean(name)[:200],
        subject=" ".join(_clean(_header(message, "Subject")).split())[:SUBJECT_LIMIT],
        text=_clean(text)[:TEXT_LIMIT],
        problem=problem,
        sent_at=_date(message),
        raw=raw,
    )


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").translate(CONTROLS)


def _header(message: EmailMessage, name: str) -> str:
    try:
        return str(message.get(name, ""))
    except (LookupError, ValueError, TypeError, IndexError):
        return ""


def _sender(message: EmailMessage) -> tuple[str, str]:
    """The address and name of ``From``; an empty address when there is no usable one."""
    try:
        header = message.get("From")
        addresses = getattr(header, "addresses", ())
    except (LookupError, ValueError, TypeError, IndexError):
        return "", ""
    if not addresses:
        return "", ""
    first = addresses[0]
    address = str(first.addr_spec).strip()
    if not ADDRESS.match(address):
        return "", str(first.display_name)
    return address.lower(), str(first.display_name)


def _date(message: EmailMessage) -> datetime | None:
    try:
        moment = getattr(message.get("Date"), "datetime", None)
    except (LookupError, ValueError, TypeError, IndexError):
        return None
    if not isinstance(moment, datetime):
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _text(message: EmailMessage) -> tuple[str, InboundProblem | None]:
    """The letter's text (plain preferred, else HTML made plain) and what went wrong."""
    try:
        body = message.get_body(preferencelist=("plain", "html"))
    except (LookupError, ValueError, TypeError, IndexError):
        body = None
    if body is None:
        return "", InboundProblem.NO_TEXT
    try:
        content = str(body.get_content())
    except (LookupError, UnicodeError, ValueError, AssertionError):
        # A charset Python does not know: UTF-8 if the bytes are that, else marked.
        payload = body.get_payload(decode=True)
        content = (payload if isinstance(payload, bytes) else b"").decode("utf-8", "replace")
    problem = InboundProblem.UNKNOWN_ENCODING if "\ufffd" in content else None
    if body.get_content_subtype() == "html":
        content = html_text(content)
    content = _clean(content).strip()
    if not content:
        return "", problem or InboundProblem.NO_TEXT
    return content, problem


class _PlainText(HTMLParser):
    BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in ("script", "style"):
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_text(html: str) -> str:
    """The words of an HTML letter, a line per block, without scripts and styles."""
    parser = _PlainText()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)

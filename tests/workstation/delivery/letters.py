"""Letters as customers send them, to put in a mailbox."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime

from tests.workstation.operations.conftest import NOW


def letter(
    text: str = "Прошу отключить услугу. Кодовое слово: ромашка.",
    *,
    sender: str = "Пётр Алёшин <P.Aleshin@example.ru>",
    subject: str = "Отключить услугу",
    message_id: str = "<req-1@mail.example.ru>",
    in_reply_to: str | None = None,
    sent: datetime = NOW,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "care@example.org"
    message["Subject"] = subject
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = message_id
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    message.set_content(text)
    return message.as_bytes()


UNKNOWN_CHARSET = (
    b"From: client@example.ru\r\nSubject: =?x-mac-klingon?B?AAAA?=\r\n"
    b"Message-ID: <charset@example.ru>\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: text/plain; charset="x-mac-klingon"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
    + "Прошу перезвонить".encode("cp1251")
    + b"\r\n"
)
NO_TEXT = (
    b"From: client@example.ru\r\nSubject: scan\r\nMessage-ID: <notext@example.ru>\r\n"
    b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
    b"--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    b"JVBERi0xLjcK\r\n--b--\r\n"
)
HTML_ONLY = (
    b"From: client@example.ru\r\nSubject: html\r\nMessage-ID: <html@example.ru>\r\n"
    b'MIME-Version: 1.0\r\nContent-Type: text/html; charset="utf-8"\r\n'
    b"Content-Transfer-Encoding: 8bit\r\n\r\n"
    + "<html><style>p{}</style><p>Мой номер</p><p>8 916 123-45-67</p></html>".encode()
)
NO_SENDER = b"From: undisclosed\r\nSubject: ?\r\n\r\nhello\r\n"

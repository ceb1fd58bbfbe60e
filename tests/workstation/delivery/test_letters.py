"""Reading letters: whatever arrives is read as far as it can be, marked, and kept raw."""

from __future__ import annotations

from models import InboundProblem
from tests.workstation.delivery.letters import (
    HTML_ONLY,
    NO_SENDER,
    NO_TEXT,
    UNKNOWN_CHARSET,
    letter,
)
from tests.workstation.operations.conftest import NOW
from workstation.delivery.inbox.letters import read_letter


def test_an_ordinary_russian_letter() -> None:
    read = read_letter(letter(in_reply_to="<ours@agent-workstation.local>"))
    assert read.message_id == "<req-1@mail.example.ru>"
    assert read.in_reply_to == "<ours@agent-workstation.local>"
    assert read.references == ("<ours@agent-workstation.local>",)
    assert (read.from_address, read.from_name) == ("p.aleshin@example.ru", "Пётр Алёшин")
    assert read.subject == "Отключить услугу"
    assert read.text == "Прошу отключить услугу. Кодовое слово: ромашка."
    assert read.sent_at == NOW
    assert read.problem is None


def test_a_letter_in_an_unknown_encoding_is_marked_and_kept() -> None:
    read = read_letter(UNKNOWN_CHARSET)
    assert read.problem == InboundProblem.UNKNOWN_ENCODING
    assert "\ufffd" in read.text
    assert read.raw == UNKNOWN_CHARSET


def test_a_letter_with_no_text_part_is_marked() -> None:
    read = read_letter(NO_TEXT)
    assert (read.text, read.problem) == ("", InboundProblem.NO_TEXT)


def test_an_html_letter_is_made_plain() -> None:
    read = read_letter(HTML_ONLY)
    assert read.text == "Мой номер\n8 916 123-45-67"
    assert read.problem is None


def test_a_sender_that_is_no_address_and_no_message_id() -> None:
    first, again = read_letter(NO_SENDER), read_letter(NO_SENDER)
    assert first.from_address == ""
    assert first.problem == InboundProblem.BAD_SENDER
    assert first.message_id == again.message_id, "a letter read twice is the same letter"
    assert first.message_id.endswith("@no-message-id.invalid>")


def test_garbage_does_not_raise() -> None:
    for raw in (
        b"",
        b"\x00\xff\xfe",
        b"From: <<<@>>>\r\n\r\n",
        b"Subject: =?utf-8?B?###?=\r\n\r\n",
    ):
        read = read_letter(raw)
        assert read.raw == raw
        assert read.problem is not None


def test_control_characters_never_reach_the_database() -> None:
    read = read_letter(b"From: a@b.ru\r\nSubject: a\x00b\r\n\r\nx\x00y\x07z\ttab\r\nnext\r\n")
    assert read.subject == "ab"
    assert read.text == "xyz\ttab\nnext"

"""The IMAP path against a real Dovecot on localhost (see ``dovecot.py``)."""

from __future__ import annotations

import imaplib
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from models import InboundMessage, InboundProblem
from tests.workstation.delivery.conftest import MemoryKeyring
from tests.workstation.delivery.dovecot import (
    CYRILLIC_PASSWORD,
    CYRILLIC_USER,
    Dovecot,
    private_dovecot,
)
from tests.workstation.delivery.letters import UNKNOWN_CHARSET, letter
from tests.workstation.operations.conftest import NOW, World
from workstation.config import KEYRING_SERVICE, MailSettings, mail_keyring_user
from workstation.delivery.inbox.poll import poll_inbox
from workstation.delivery.inbox.sources import KEYWORD, ImapSource, InboxUnavailable, open_source


@pytest.fixture(scope="module")
def dovecot() -> Iterator[Dovecot]:
    with private_dovecot() as server:
        yield server


@pytest.fixture
def settings(dovecot: Dovecot, ring: MemoryKeyring) -> Iterator[MailSettings]:
    mail = MailSettings(
        inbox="imap",
        inbox_host="127.0.0.1",
        inbox_port=dovecot.port,
        inbox_security="none",
        inbox_user=dovecot.user,
    )
    entry = mail_keyring_user("imap", mail.inbox_user, mail.inbox_host, mail.inbox_port)
    ring.set_password(KEYRING_SERVICE, entry, dovecot.password)
    yield mail
    _client(dovecot, empty=True).logout()


def _client(dovecot: Dovecot, *, empty: bool = False) -> imaplib.IMAP4:
    client = imaplib.IMAP4("127.0.0.1", dovecot.port)
    client.login(dovecot.user, dovecot.password)
    _, count = client.select("INBOX")
    if empty and count[0] != b"0":
        client.store("1:*", "+FLAGS", "\\Deleted")
        client.expunge()
    return client


def _append(dovecot: Dovecot, *letters: bytes) -> None:
    client = _client(dovecot)
    for raw in letters:
        client.append("INBOX", None, None, raw)
    client.logout()


def test_new_letters_are_taken_in_once_and_marked_on_the_server(
    world: World, dovecot: Dovecot, settings: MailSettings
) -> None:
    _append(dovecot, letter(), letter("Номер 89161234567", message_id="<two@x>"), UNKNOWN_CHARSET)
    summary = poll_inbox(world.db, open_source(settings), clock=lambda: NOW)
    assert (summary.new, summary.duplicates, summary.unreadable, summary.problem) == (3, 0, 1, None)
    again = poll_inbox(world.db, open_source(settings), clock=lambda: NOW)
    assert (again.new, again.duplicates) == (0, 0)
    client = _client(dovecot)
    status, data = client.uid("SEARCH", f"KEYWORD {KEYWORD}")
    assert status == "OK" and len(data[0].split()) == 3
    client.logout()
    with world.db.read() as s:
        rows = {r.message_id: r for r in s.scalars(select(InboundMessage))}
    assert rows["<req-1@mail.example.ru>"].customer_id == world.customer_id
    assert rows["<two@x>"].line_id == world.line_id
    assert rows["<charset@example.ru>"].problem == InboundProblem.UNKNOWN_ENCODING
    assert rows["<charset@example.ru>"].raw.replace(b"\r\n", b"\n") == UNKNOWN_CHARSET.replace(
        b"\r\n", b"\n"
    )


def test_a_poll_that_died_before_marking_stores_nothing_twice(
    world: World, dovecot: Dovecot, settings: MailSettings
) -> None:
    _append(dovecot, letter())

    class Forgetful(ImapSource):
        def done(self, key: str) -> None:  # the process died before telling the server
            pass

    poll_inbox(world.db, Forgetful(settings, dovecot.password), clock=lambda: NOW)
    summary = poll_inbox(world.db, open_source(settings), clock=lambda: NOW)
    assert (summary.new, summary.duplicates) == (0, 1)
    with world.db.read() as s:
        assert s.scalar(select(func.count()).select_from(InboundMessage)) == 1


def test_a_wrong_password_or_folder_is_said_so(dovecot: Dovecot, settings: MailSettings) -> None:
    with pytest.raises(InboxUnavailable, match="cannot read the mailbox"):
        ImapSource(settings, "wrong")
    with pytest.raises(InboxUnavailable, match="no folder"):
        ImapSource(replace(settings, inbox_folder="Nowhere"), dovecot.password)
    with pytest.raises(InboxUnavailable, match="workstation config imap"):
        ImapSource(settings, None)


def test_a_cyrillic_password_logs_in_as_utf8(dovecot: Dovecot, settings: MailSettings) -> None:
    mine = replace(settings, inbox_user=CYRILLIC_USER)
    source = ImapSource(mine, CYRILLIC_PASSWORD)
    try:
        assert list(source.letters()) == []
    finally:
        source.close()
    with pytest.raises(InboxUnavailable, match="cannot read the mailbox") as refused:
        ImapSource(mine, "Пароль-неверный")
    assert "Пароль" not in str(refused.value)

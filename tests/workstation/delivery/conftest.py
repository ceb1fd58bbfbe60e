"""Fixtures of the delivery tests: the operations' small world, a keyring, a mail server."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from tests.workstation.delivery.smtpd import PASSWORD, USER, Mailbox, make_certificate, smtp_server
from tests.workstation.operations.conftest import World, world
from workstation.config import KEYRING_SERVICE, MailSettings, mail_keyring_user


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def ring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    memory = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_password", memory.get_password)
    monkeypatch.setattr(keyring, "set_password", memory.set_password)
    return memory


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def mailbox() -> Mailbox:
    return Mailbox()


@pytest.fixture
def relay(mailbox: Mailbox) -> Iterator[MailSettings]:
    """Mail settings for a relay on this host that takes mail without TLS or login."""
    with smtp_server(mailbox) as port:
        yield MailSettings(smtp_host="127.0.0.1", smtp_port=port, security="none", retry_seconds=60)


def secured(settings: MailSettings, certificate: tuple[Path, Path], security: str) -> MailSettings:
    return replace(settings, security=security, user=USER, ca_file=str(certificate[0]))


def store_smtp_password(
    ring: MemoryKeyring, settings: MailSettings, password: str = PASSWORD
) -> None:
    entry = mail_keyring_user("smtp", settings.user, settings.smtp_host, settings.smtp_port)
    ring.set_password(KEYRING_SERVICE, entry, password)


__all__ = ["World", "secured", "store_smtp_password", "world"]

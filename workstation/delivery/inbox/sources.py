"""Where letters come from: an IMAP mailbox, or a Maildir folder a mail server delivers to.

A source lists the letters not yet taken in, and is told when one is safely stored
(:meth:`Source.done`). IMAP marks it with the keyword ``$AwImported`` (and ``\\Seen``),
or only ``\\Seen`` where the server keeps no keywords; Maildir moves it from ``new`` to
``cur`` with the seen flag, as a mail reader would.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from workstation.config import KEYRING_SERVICE, MailSettings, mail_keyring_user
from workstation.delivery.plain_login import needs_utf8, plain_response

KEYWORD = "$AwImported"
_UID = re.compile(rb"UID (\d+)")


class InboxUnavailable(Exception):
    """The mailbox cannot be read now; ``str()`` says why (no letter is lost: none was taken)."""


class Source(Protocol):
    def letters(self) -> Iterator[tuple[str, bytes]]:
        """(key, raw letter) of every letter not yet taken in."""
        ...

    def done(self, key: str) -> None:
        """The letter ``key`` is stored: do not offer it again."""
        ...

    def close(self) -> None: ...


class MaildirSource:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        for sub in ("new", "cur"):
            if not (folder / sub).is_dir():
                raise InboxUnavailable(f"{folder} is not a Maildir: it has no {sub}/ folder")

    def letters(self) -> Iterator[tuple[str, bytes]]:
        for path in sorted((self.folder / "new").iterdir()):
            if path.is_file() and not path.name.startswith("."):
                try:
                    yield path.name, path.read_bytes()
                except FileNotFoundError:  # another poller took it in meanwhile
                    continue

    def done(self, key: str) -> None:
        source = self.folder / "new" / key
        with contextlib.suppress(FileNotFoundError):
            source.rename(self.folder / "cur" / f"{key}:2,S")

    def close(self) -> None:
        pass


class ImapSource:
    """One IMAP connection to the configured folder, for one poll."""

    def __init__(self, settings: MailSettings, password: str | None) -> None:
        self.where = f"{settings.inbox_host}:{settings.inbox_port}"
        if not settings.inbox_user or not password:
            raise InboxUnavailable(
                f"no IMAP user or no password in the OS keyring for {self.where}: set "
                "inbox_user in [mail] and run 'workstation config imap'"
            )
        self.client = self._connect(settings)
        try:
            self._login(settings.inbox_user, password)
            status, _ = self.client.select(_quoted(settings.inbox_folder))
            if status != "OK":
                raise InboxUnavailable(f"no folder {settings.inbox_folder} on {self.where}")
            flags = self.client.untagged_responses.get("PERMANENTFLAGS", [])
            self.keywords = any(isinstance(f, bytes) and b"\\*" in f for f in flags)
        except (OSError, imaplib.IMAP4.error, InboxUnavailable) as exc:
            self.close()
            if isinstance(exc, InboxUnavailable):
                raise
            raise InboxUnavailable(f"cannot read the mailbox on {self.where}: {exc}") from None

    def _login(self, user: str, password: str) -> None:
        """Log in; credentials beyond ASCII go through AUTHENTICATE PLAIN (:mod:`..plain_login`)."""
        if not needs_utf8(user, password):
            self.client.login(user, password)
            return
        if "AUTH=PLAIN" not in self.client.capabilities:
            raise InboxUnavailable(
                f"the IMAP server {self.where} offers no AUTHENTICATE PLAIN, the only way to "
                f"send a login or password with non-ASCII characters: use an ASCII password "
                f"for {user}"
            )
        response = plain_response(user, password)
        self.client.authenticate("PLAIN", lambda _challenge: response)

    def _connect(self, settings: MailSettings) -> imaplib.IMAP4:
        context = ssl.create_default_context(cafile=settings.ca_file or None)
        host, port = settings.inbox_host, settings.inbox_port
        try:
            if settings.inbox_security == "tls":
                return imaplib.IMAP4_SSL(host, port, ssl_context=context, timeout=60)
            client = imaplib.IMAP4(host, port, timeout=60)
        except (OSError, imaplib.IMAP4.error) as exc:
            raise InboxUnavailable(f"cannot reach the mailbox on {self.where}: {exc}") from None
        if settings.inbox_security == "starttls":
            try:
                client.starttls(context)
            except (OSError, imaplib.IMAP4.error) as exc:
                client.shutdown()
                raise InboxUnavailable(f"no TLS on {self.where}: {exc}") from None
        return client

    def letters(self) -> Iterator[tuple[str, bytes]]:
        query = f"UNKEYWORD {KEYWORD}" if self.keywords else "UNSEEN"
        try:
            status, data = self.client.uid("SEARCH", query)
            uids = data[0].split() if status == "OK" and data and data[0] else []
            for uid in uids:
                status, parts = self.client.uid("FETCH", uid, "(BODY.PEEK[])")
                raw = next((p[1] for p in parts if isinstance(p, tuple)), None)
                if status == "OK" and isinstance(raw, bytes):
                    yield uid.decode(), raw
        except (OSError, imaplib.IMAP4.error) as exc:
            raise InboxUnavailable(f"reading the mailbox on {self.where} failed: {exc}") from None

    def done(self, key: str) -> None:
        flags = f"({KEYWORD} \\Seen)" if self.keywords else "(\\Seen)"
        try:
            self.client.uid("STORE", key, "+FLAGS", flags)
        except (OSError, imaplib.IMAP4.error) as exc:
            raise InboxUnavailable(f"cannot mark a letter on {self.where}: {exc}") from None

    def close(self) -> None:
        try:
            self.client.logout()
        except (OSError, imaplib.IMAP4.error):
            self.client.shutdown()


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def imap_password(settings: MailSettings) -> str | None:
    import keyring
    import keyring.errors

    entry = mail_keyring_user("imap", settings.inbox_user, settings.inbox_host, settings.inbox_port)
    try:
        password: str | None = keyring.get_password(KEYRING_SERVICE, entry)
    except keyring.errors.KeyringError:
        return None
    return password


def open_source(settings: MailSettings) -> Source:
    """The configured mailbox; raises InboxUnavailable when there is none or it cannot be read."""
    if settings.inbox == "maildir":
        return MaildirSource(Path(settings.inbox_maildir))
    if settings.inbox == "imap":
        return ImapSource(settings, imap_password(settings))
    raise InboxUnavailable("no inbox is configured: set inbox in the [mail] section")

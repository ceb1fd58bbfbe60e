"""A real SMTP server on localhost (aiosmtpd) that behaves as the receiving mailbox would.

A mail store or a fax/SMS gateway that sees a Message-ID it has already accepted keeps
the first copy and drops the repeat; :class:`Mailbox` does the same and counts the
repeats, so that a test can tell "sent again after a crash" from "delivered twice".
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER = "workstation@example.org"
PASSWORD = "s3cret-Passw0rd"


@dataclass
class Mailbox:
    """Accepted letters by Message-ID; ``refuse`` maps an address to the server's reply."""

    letters: dict[str, bytes] = field(default_factory=dict)
    recipients: dict[str, list[str]] = field(default_factory=dict)
    repeats: list[str] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)
    before_store: Callable[[str], bool] | None = None
    """Called with each letter's Message-ID before it is stored; False drops the letter."""
    after_store: Callable[[str], None] | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        content = bytes(envelope.original_content or envelope.content)
        message_id = str(message_from_bytes(content).get("Message-ID", ""))
        if self.before_store and not self.before_store(message_id):
            return "451 4.3.0 Not stored"
        with self.lock:
            if message_id in self.letters:
                self.repeats.append(message_id)
            else:
                self.letters[message_id] = content
                self.recipients[message_id] = list(envelope.rcpt_tos)
        if self.after_store:
            self.after_store(message_id)
        return "250 2.0.0 OK: queued"

    def parsed(self, message_id: str) -> EmailMessage:
        letter = message_from_bytes(self.letters[message_id], policy=policy.default)
        assert isinstance(letter, EmailMessage)
        return letter


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost: (certificate, key)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "server.crt", folder / "server.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def _authenticator(password: str) -> Callable[..., AuthResult]:
    def check(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = (
            isinstance(data, LoginPassword)
            and data.login.decode() == USER
            and data.password.decode() == password
        )
        return AuthResult(success=ok, handled=False)

    return check


@contextmanager
def smtp_server(
    mailbox: Mailbox,
    *,
    security: str = "none",
    certificate: tuple[Path, Path] | None = None,
    password: str = PASSWORD,
    mechanisms: tuple[str, ...] = (),
) -> Iterator[int]:
    """Run an SMTP server for ``mailbox`` on a free port of 127.0.0.1; yields the port.

    ``starttls`` and ``tls`` require a login (``USER`` and ``password``); ``none`` takes mail
    from anyone, as a relay on the same host would. ``mechanisms`` are AUTH mechanisms
    the server does not offer.
    """
    port = free_port()
    kwargs: dict[str, Any] = {}
    if security != "none":
        assert certificate is not None
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(str(certificate[0]), str(certificate[1]))
        kwargs = {
            "authenticator": _authenticator(password),
            "auth_require_tls": True,
            "auth_exclude_mechanism": mechanisms,
        }
        if security == "tls":
            # aiosmtpd cannot tell an implicit-TLS session is encrypted: it is, from the start.
            kwargs |= {"ssl_context": context, "auth_require_tls": False}
        else:
            kwargs |= {"tls_context": context, "require_starttls": True}
    controller = Controller(
        mailbox,
        hostname="127.0.0.1",
        port=port,
        data_size_limit=64 * 1024 * 1024,
        ready_timeout=10,
        server_hostname="localhost",
        **kwargs,
    )
    controller.start()
    try:
        yield port
    finally:
        controller.stop()

"""The SMTP server: one connection, opened at the first message of a run and reused.

STARTTLS or implicit TLS with the system's CAs (or ``ca_file``), and a login when a user
is configured, the password from the OS keyring. Each failure is classified for the
sender (:mod:`workstation.delivery.errors`): the server's own words are kept as the reason,
never the message.
"""

from __future__ import annotations

import base64
import smtplib
import ssl
from email.message import EmailMessage

from workstation.config import MailSettings
from workstation.delivery.errors import Deferred, Rejected, ServiceUnavailable
from workstation.delivery.plain_login import needs_utf8, plain_response

SIZE_REFUSED = 552


def _reply(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return f"{code} {' '.join(words.split())}"


def _classified(code: int, reason: str) -> Rejected | Deferred:
    return Rejected(reason) if code >= 500 else Deferred(reason)


class SmtpMailer:
    """Sends e-mails through the configured server; call :meth:`close` when the run ends."""

    def __init__(self, settings: MailSettings, password: str | None) -> None:
        self.settings = settings
        self.password = password
        self.where = f"{settings.smtp_host}:{settings.smtp_port}"
        self._client: smtplib.SMTP | None = None

    def _tls(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.settings.ca_file or None)

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        if s.user and not self.password:
            raise ServiceUnavailable(
                f"no password for the SMTP user {s.user} in the OS keyring: "
                "run 'workstation config smtp'"
            )
        client: smtplib.SMTP | None = None
        try:
            if s.security == "tls":
                client = smtplib.SMTP_SSL(
                    s.smtp_host, s.smtp_port, timeout=s.timeout_seconds, context=self._tls()
                )
            else:
                client = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.timeout_seconds)
            client.ehlo()
            if s.security == "starttls":
                client.starttls(context=self._tls())
                client.ehlo()
            if s.user:
                _login(client, s.user, self.password or "")
        except smtplib.SMTPAuthenticationError as exc:
            _quit(client)
            raise ServiceUnavailable(
                f"the SMTP server {self.where} refused the login of {s.user}: "
                f"{_reply(exc.smtp_code, exc.smtp_error)}"
            ) from None
        except _NoUtf8Login:
            _quit(client)
            raise ServiceUnavailable(
                f"the SMTP server {self.where} offers no AUTH PLAIN, the only way to send a "
                f"login or password with non-ASCII characters: use an ASCII password for {s.user}"
            ) from None
        except smtplib.SMTPNotSupportedError as exc:
            _quit(client)
            raise ServiceUnavailable(f"the SMTP server {self.where}: {exc}") from None
        except (OSError, smtplib.SMTPException) as exc:
            _quit(client)
            raise ServiceUnavailable(
                f"cannot use the SMTP server {self.where}: {exc or type(exc).__name__}"
            ) from None
        return client

    def send(self, message: EmailMessage, envelope_from: str, recipient: str) -> None:
        """Send ``message`` to ``recipient``, reconnecting once if the server hung up.

        Raises:
            Rejected, Deferred: the server refused this message (5xx, 4xx).
            ServiceUnavailable: the server cannot be used now.
        """
        for attempt in (1, 2):
            client = self._client or self._connect()
            self._client = client
            try:
                client.send_message(message, from_addr=envelope_from, to_addrs=[recipient])
                return
            except smtplib.SMTPServerDisconnected:
                self._drop()
                if attempt == 2:
                    raise ServiceUnavailable(
                        f"the SMTP server {self.where} closed the connection"
                    ) from None
            except smtplib.SMTPRecipientsRefused as exc:
                code, text = exc.recipients.get(recipient, (550, b"refused"))
                raise _classified(
                    code, f"the server refused {recipient}: {_reply(code, text)}"
                ) from None
            except smtplib.SMTPSenderRefused as exc:
                reason = _reply(exc.smtp_code, exc.smtp_error)
                if exc.smtp_code == SIZE_REFUSED:
                    raise Rejected(f"the server refused the message: {reason}") from None
                raise ServiceUnavailable(
                    f"the SMTP server {self.where} refused the sender {envelope_from}: {reason}"
                ) from None
            except smtplib.SMTPResponseException as exc:
                reason = _reply(exc.smtp_code, exc.smtp_error)
                if exc.smtp_code == 421:
                    self._drop()
                    raise ServiceUnavailable(f"the SMTP server {self.where}: {reason}") from None
                raise _classified(
                    exc.smtp_code, f"the server refused the message: {reason}"
                ) from None
            except (OSError, smtplib.SMTPException) as exc:
                self._drop()
                raise ServiceUnavailable(
                    f"the SMTP server {self.where} failed: {exc or type(exc).__name__}"
                ) from None

    def _drop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            client.close()

    def close(self) -> None:
        client, self._client = self._client, None
        _quit(client)


class _NoUtf8Login(Exception):
    """The server cannot take a login that is not ASCII."""


def _login(client: smtplib.SMTP, user: str, password: str) -> None:
    """Log in; credentials beyond ASCII go through AUTH PLAIN (:mod:`.plain_login`)."""
    if not needs_utf8(user, password):
        client.login(user, password)
        return
    if "PLAIN" not in client.esmtp_features.get("auth", "").upper().split():
        raise _NoUtf8Login
    token = base64.b64encode(plain_response(user, password)).decode("ascii")
    code, reply = client.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def _quit(client: smtplib.SMTP | None) -> None:
    """Say goodbye if the server still listens; a dead connection is just closed."""
    if client is None:
        return
    try:
        client.quit()
    except (OSError, smtplib.SMTPException):
        client.close()

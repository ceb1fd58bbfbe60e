"""Logging in to a mail server with a login or password beyond ASCII.

smtplib and imaplib send LOGIN and every SASL answer as ASCII, so a Cyrillic password
fails before it reaches the server. SASL PLAIN (RFC 4616) carries UTF-8, and both servers
the workstation talks to offer it; the SMTP and IMAP senders use it for such credentials.
"""

from __future__ import annotations


def needs_utf8(user: str, password: str) -> bool:
    return not (user.isascii() and password.isascii())


def plain_response(user: str, password: str) -> bytes:
    """The SASL PLAIN answer: no authorisation identity, the login, the password."""
    return f"\0{user}\0{password}".encode()

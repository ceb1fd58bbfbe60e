"""``workstation outbox run``, ``workstation inbox poll``, ``workstation config smtp|imap``.

``outbox run`` is the sender for a server that sends for every agent (set
``workstation_sends = false`` in ``[mail]`` then); ``--once`` sends what is due and
exits, 1 when the mail server could not be used. ``inbox poll`` takes the mailbox's new
letters into the e-mail queue. The passwords go to the OS keyring, never to a file.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from typing import Any

from workstation import config
from workstation.db import Database
from workstation.errors import ConfigError

CONFIG_COMMANDS = ("smtp", "imap")
EXIT_SERVICE = 1


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    outbox = commands.add_parser("outbox", parents=[common], help="messages to subscribers")
    actions = outbox.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    run = actions.add_parser("run", parents=[common], help="send what is due, every interval")
    run.add_argument("--once", action="store_true", help="send what is due now and exit")
    inbox = commands.add_parser("inbox", parents=[common], help="e-mail requests")
    inbox_actions = inbox.add_subparsers(dest="inbox_command", metavar="ACTION", required=True)
    poll = inbox_actions.add_parser("poll", parents=[common], help="take in the new letters")
    poll.add_argument("--once", action="store_true", help="poll once and exit")


def add_config_parsers(actions: Any, common: argparse.ArgumentParser) -> None:
    actions.add_parser(
        "smtp", parents=[common], help="store the SMTP password ([mail] user) in the OS keyring"
    )
    actions.add_parser(
        "imap", parents=[common], help="store the IMAP password ([mail] inbox_user) in the keyring"
    )


def run_outbox(db: Database, args: argparse.Namespace) -> int:
    from workstation.delivery.sender import OutboxSender

    settings = config.load_settings().mail
    sender = OutboxSender(db, settings)
    try:
        while True:
            summary = sender.run()
            print(
                f"outbox: sent {summary.sent}, failed {summary.failed}, "
                f"to retry {summary.deferred}",
                flush=True,
            )
            if summary.problem:
                print(f"workstation: outbox: {summary.problem}", file=sys.stderr, flush=True)
            if args.once:
                return EXIT_SERVICE if summary.problem else 0
            time.sleep(settings.send_interval_seconds)
    finally:
        db.dispose()


def run_inbox(db: Database, args: argparse.Namespace) -> int:
    from workstation.delivery.inbox.poll import PollSummary, poll_inbox
    from workstation.delivery.inbox.sources import InboxUnavailable, open_source

    settings = config.load_settings().mail
    try:
        while True:
            try:
                summary = poll_inbox(db, open_source(settings))
            except InboxUnavailable as exc:
                summary = PollSummary(problem=str(exc))
            print(
                f"inbox: new {summary.new}, to open interactions {summary.to_open_interactions}, "
                f"already stored {summary.duplicates}, with problems {summary.unreadable}",
                flush=True,
            )
            if summary.problem:
                print(f"workstation: inbox: {summary.problem}", file=sys.stderr, flush=True)
            if args.once:
                return EXIT_SERVICE if summary.problem else 0
            time.sleep(settings.inbox_interval_seconds)
    finally:
        db.dispose()


def store_password(args: argparse.Namespace) -> int:
    """Ask for the SMTP or IMAP password of the configured user and keep it in the keyring."""
    import keyring
    import keyring.errors

    mail = config.load_settings().mail
    if args.config_command == "smtp":
        service, user, host, port = "smtp", mail.user, mail.smtp_host, mail.smtp_port
        setting = "user"
    else:
        service, user, host, port = "imap", mail.inbox_user, mail.inbox_host, mail.inbox_port
        setting = "inbox_user"
    if not user:
        raise ConfigError(f"set {setting} in the [mail] section of {config.config_path()} first")
    entry = config.mail_keyring_user(service, user, host, port)
    password = getpass.getpass(f"{service.upper()} password for {user}@{host}:{port}: ")
    try:
        keyring.set_password(config.KEYRING_SERVICE, entry, password)
    except keyring.errors.KeyringError as exc:
        raise ConfigError(f"the OS keyring is not available: {exc}") from exc
    print(f"password stored in the keyring for {entry}")
    return 0

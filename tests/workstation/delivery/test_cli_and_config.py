"""The ``[mail]`` section, ``workstation config smtp|imap``, ``outbox run``, ``inbox poll``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from models import OutboxKind, OutboxStatus
from tests.workstation.delivery.conftest import MemoryKeyring
from tests.workstation.delivery.letters import letter
from tests.workstation.delivery.smtpd import Mailbox, free_port, smtp_server
from tests.workstation.operations.conftest import NOW, World
from workstation import config
from workstation.cli import main
from workstation.errors import ConfigError
from workstation.outbox import queue_message


def _config(text: str) -> None:
    Path(os.environ["WORKSTATION_CONFIG"]).write_text(text, encoding="utf-8")


def test_the_mail_section_is_read_and_checked() -> None:
    _config(
        '[mail]\nsmtp_host = "smtp.example.org"\nsmtp_port = 465\nsecurity = "tls"\n'
        'user = "crm@example.org"\nfax_gateway = "{number}@fax.example.org"\n'
        "workstation_sends = false\n"
    )
    mail = config.load_settings().mail
    assert (mail.smtp_host, mail.smtp_port, mail.security, mail.workstation_sends) == (
        "smtp.example.org",
        465,
        "tls",
        False,
    )
    for wrong, message in (
        ('password = "x"', "holds \\[mail\\] password"),
        ('security = "ssl"', "use one of starttls, tls, none"),
        ("smtp_port = -1", "is not a whole number"),
        ('colour = "red"', "unknown setting \\[mail\\] colour"),
        ('workstation_sends = "yes"', "must be true or false"),
    ):
        _config(f"[mail]\n{wrong}\n")
        with pytest.raises(ConfigError, match=message):
            config.load_settings()


def test_config_smtp_stores_the_password_in_the_keyring_only(
    ring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("getpass.getpass", lambda prompt: "Пароль-1")
    assert main(["config", "smtp"]) == 2
    assert "set user in the [mail] section" in capsys.readouterr().err
    _config('[mail]\nsmtp_host = "smtp.example.org"\nuser = "crm@example.org"\n')
    assert main(["config", "smtp"]) == 0
    assert ring.store == {
        ("agent-workstation", "smtp:crm@example.org@smtp.example.org:587"): "Пароль-1"
    }
    assert "Пароль-1" not in Path(os.environ["WORKSTATION_CONFIG"]).read_text()
    _config('[mail]\ninbox = "imap"\ninbox_host = "imap.example.org"\ninbox_user = "req"\n')
    assert main(["config", "imap"]) == 0
    assert ("agent-workstation", "imap:req@imap.example.org:993") in ring.store


def test_outbox_run_once_sends_and_says_so(
    world: World, mailbox: Mailbox, capsys: pytest.CaptureFixture[str]
) -> None:
    with world.db.write() as s:
        queue_message(
            s, kind=OutboxKind.SMS, purpose="test", recipient="+79161234567", body="Тест", now=NOW
        )
    url = world.db.url.render_as_string(hide_password=False)
    down = free_port()
    _config(
        f'[mail]\nsmtp_host = "127.0.0.1"\nsmtp_port = {down}\nsecurity = "none"\n'
        "retry_seconds = 0\n"
    )
    assert main(["outbox", "run", "--once", "--db", url]) == 1
    captured = capsys.readouterr()
    assert "outbox: sent 0, failed 0, to retry 0" in captured.out
    assert "cannot use the SMTP server 127.0.0.1" in captured.err
    with smtp_server(mailbox) as port:
        _config(
            f'[mail]\nsmtp_host = "127.0.0.1"\nsmtp_port = {port}\nsecurity = "none"\n'
            "retry_seconds = 0\n"
        )
        assert main(["outbox", "run", "--once", "--db", url]) == 0
    assert "outbox: sent 1, failed 0, to retry 0" in capsys.readouterr().out
    assert len(mailbox.letters) == 1
    from workstation.delivery.views import outbox_counts

    with world.db.read() as s:
        assert outbox_counts(s) == {OutboxStatus.SENT: 1}


def test_inbox_poll_once_from_a_maildir(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = world.db.url.render_as_string(hide_password=False)
    _config('[mail]\ninbox = ""\n')
    assert main(["inbox", "poll", "--once", "--db", url]) == 1
    assert "no inbox is configured" in capsys.readouterr().err
    maildir = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    (maildir / "new" / "1").write_bytes(letter())
    _config(f'[mail]\ninbox = "maildir"\ninbox_maildir = "{maildir}"\n')
    assert main(["inbox", "poll", "--once", "--db", url]) == 0
    assert "inbox: new 1, to open interactions 0, already stored 0" in capsys.readouterr().out

"""A private Dovecot IMAP server for the tests: a config file, a passwd-file user, a free port.

It runs unprivileged — as the user running the tests, or as ``nobody`` when that is root
(CI) — with everything under a temporary folder, and is stopped at the end. Without
Dovecot installed (Debian: ``apt-get install dovecot-imapd``) the IMAP tests are skipped
with that reason, unless ``WORKSTATION_REQUIRE_IMAP=1`` makes it a failure (``.ci/run``).
"""

from __future__ import annotations

import getpass
import grp
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.workstation.delivery.smtpd import free_port

REQUIRE_ENV = "WORKSTATION_REQUIRE_IMAP"
USER = "requests@example.org"
PASSWORD = "imap-secret-1"
CYRILLIC_USER = "zayavki@example.org"
CYRILLIC_PASSWORD = "Пароль-ёжик-2026"


@dataclass(frozen=True)
class Dovecot:
    port: int
    user: str
    password: str


def dovecot_binary() -> str:
    found = shutil.which("dovecot") or next(
        (p for p in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot") if Path(p).exists()), None
    )
    if found is None:
        reason = "Dovecot is not installed (apt-get install dovecot-imapd)"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"the IMAP tests are required ({REQUIRE_ENV}=1) but {reason}")
        pytest.skip(f"IMAP tests skipped: {reason}")
    return found


def _config(folder: Path, port: int, user: str, group: str) -> str:
    chroot_off = "".join(
        f"service {name} {{\n  chroot =\n}}\n"
        for name in ("anvil", "imap-login", "pop3-login", "submission-login")
    )
    return f"""protocols = imap
listen = 127.0.0.1
base_dir = {folder}/run
state_dir = {folder}/state
log_path = {folder}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
first_valid_uid = 1
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {folder}/passwd
}}
userdb {{
  driver = static
  args = uid={user} gid={group} home={folder}/home/%u
}}
mail_location = maildir:~/Maildir
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
{chroot_off}"""


@contextmanager
def private_dovecot() -> Iterator[Dovecot]:
    binary = dovecot_binary()
    root = os.geteuid() == 0
    user = "nobody" if root else getpass.getuser()
    group = grp.getgrgid(pwd.getpwnam(user).pw_gid).gr_name
    folder = Path(tempfile.mkdtemp(prefix="aw-dovecot-"))
    port = free_port()
    try:
        for sub in ("run", "state", "home"):
            (folder / sub).mkdir()
        (folder / "passwd").write_text(
            f"{USER}:{{PLAIN}}{PASSWORD}::::::\n"
            f"{CYRILLIC_USER}:{{PLAIN}}{CYRILLIC_PASSWORD}::::::\n",
            encoding="utf-8",
        )
        config = folder / "dovecot.conf"
        config.write_text(_config(folder, port, user, group))
        if root:
            folder.chmod(0o755)
            for path in [folder, *folder.rglob("*")]:
                shutil.chown(path, user, group)
        process = subprocess.Popen(
            [binary, "-F", "-c", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            **({"user": user, "group": group} if root else {}),
        )
        try:
            _wait_for(port, process, folder)
            yield Dovecot(port, USER, PASSWORD)
        finally:
            process.terminate()
            process.wait(timeout=20)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _wait_for(port: int, process: subprocess.Popen[bytes], folder: Path) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log = folder / "dovecot.log"
            raise RuntimeError(f"Dovecot exited: {log.read_text() if log.exists() else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("Dovecot did not start listening in 15 s")

"""``workstation user …``: a new database set up without a login, an administrator's afterwards."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from models import AuditEvent, User
from workstation import cli
from workstation.db import Database, open_database

ADMIN_PASSWORD = "boss-secret"


class Cli:
    """``workstation --db URL user …`` in this process: stdin given, exit status and output."""

    def __init__(
        self, url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        self.url = url
        self.monkeypatch = monkeypatch
        self.capsys = capsys

    def __call__(
        self, *args: str, stdin: str = "", password: str | None = None
    ) -> tuple[int, str, str]:
        self.monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        if password is None:
            self.monkeypatch.delenv("WORKSTATION_PASSWORD", raising=False)
        else:
            self.monkeypatch.setenv("WORKSTATION_PASSWORD", password)
        # A prompt would hang the test: every password comes from the environment.
        self.monkeypatch.setattr("getpass.getpass", _no_prompt)
        status = cli.main(["--db", self.url, "user", *args])
        out, err = self.capsys.readouterr()
        return status, out, err


def _no_prompt(prompt: str = "") -> str:
    raise AssertionError(f"unexpected prompt: {prompt}")


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    url = f"sqlite:///{tmp_path / 'ws.db'}"
    assert cli.main(["--db", url, "db", "upgrade"]) == 0
    capsys.readouterr()
    return Cli(url, monkeypatch, capsys)


@pytest.fixture
def database(run: Cli) -> Iterator[Database]:
    db = open_database(run.url)
    yield db
    db.dispose()


def _one_line(err: str, *fragments: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("workstation: ")
    for fragment in fragments:
        assert fragment in lines[0]


def _user(db: Database, login: str) -> User:
    with db.read() as s:
        return s.scalars(select(User).where(User.login == login)).one()


def _bootstrap(run: Cli) -> None:
    status, out, err = run(
        "add",
        "boss",
        "--role",
        "admin",
        "--name",
        "Начальник",
        "--password-stdin",
        stdin=f"{ADMIN_PASSWORD}\n",
    )
    assert status == 0, err
    assert out.strip() == "user boss (admin) created"


def test_the_first_administrator_needs_no_login_and_is_recorded_as_the_system(
    run: Cli, database: Database
) -> None:
    _bootstrap(run)
    boss = _user(database, "boss")
    assert boss.active and not boss.must_change_password
    with database.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.operation == "create_user")).one()
    assert (event.agent_id, event.target_id) == (None, "boss")
    assert ADMIN_PASSWORD not in event.summary
    # Once an administrator exists, nobody else adds users without logging in as one.
    status, _out, err = run(
        "add", "mole", "--role", "admin", "--name", "Крот", "--password-stdin", stdin="x-mole\n"
    )
    assert status == 2
    _one_line(err, "--admin LOGIN")
    status, _out, err = run("list")
    assert status == 2
    _one_line(err, "--admin LOGIN")
    with database.read() as s:
        assert s.scalar(select(User).where(User.login == "mole")) is None


def test_an_administrator_manages_users_from_the_command_line(run: Cli, database: Database) -> None:
    _bootstrap(run)
    status, out, err = run(
        "add",
        "ivan",
        "--role",
        "agent",
        "--name",
        "Иванов Иван",
        "--password-stdin",
        "--admin",
        "boss",
        stdin="first-pw\n",
        password=ADMIN_PASSWORD,
    )
    assert status == 0, err
    assert "must be changed at the first login" in out
    ivan = _user(database, "ivan")
    assert ivan.must_change_password
    with database.read() as s:
        event = s.scalars(
            select(AuditEvent).where(
                AuditEvent.operation == "create_user", AuditEvent.target_id == "ivan"
            )
        ).one()
    assert event.agent_id == _user(database, "boss").id
    assert "first-pw" not in event.summary

    as_boss = {"password": ADMIN_PASSWORD}
    assert run("set-role", "ivan", "--role", "supervisor", "--admin", "boss", **as_boss)[0] == 0
    assert _user(database, "ivan").role == "supervisor"
    assert run("deactivate", "ivan", "--admin", "boss", **as_boss)[0] == 0
    assert not _user(database, "ivan").active
    assert run("activate", "ivan", "--admin", "boss", **as_boss)[0] == 0
    status, out, err = run(
        "reset-password",
        "ivan",
        "--password-stdin",
        "--admin",
        "boss",
        stdin="second-pw\n",
        **as_boss,
    )
    assert status == 0, err
    assert "reset" in out

    status, out, _err = run("list", "--json", "--admin", "boss", **as_boss)
    assert status == 0
    rows = {row["login"]: row for row in json.loads(out)}
    assert set(rows) == {"boss", "ivan"}
    assert rows["ivan"]["role"] == "supervisor" and rows["ivan"]["active"] is True
    assert rows["ivan"]["must_change_password"] is True
    assert not any("password_hash" in row for row in rows.values())
    status, out, _err = run("list", "--admin", "boss", **as_boss)
    assert status == 0 and "Иванов Иван" in out

    # The user picks their own password; it is then theirs to log in with.
    status, _out, err = run(
        "change-password", "ivan", "--password-stdin", stdin="ivans-own\n", password="second-pw"
    )
    assert status == 0, err
    assert not _user(database, "ivan").must_change_password
    with database.read() as s:
        summaries = "".join(s.scalars(select(AuditEvent.summary)))
    for secret in (ADMIN_PASSWORD, "first-pw", "second-pw", "ivans-own"):
        assert secret not in summaries


def test_refusals_exit_1_and_bad_arguments_exit_2(run: Cli, database: Database) -> None:
    _bootstrap(run)
    as_boss = {"password": ADMIN_PASSWORD}
    for args in (("deactivate", "boss"), ("set-role", "boss", "--role", "agent")):
        status, _out, err = run(*args, "--admin", "boss", **as_boss)
        assert status == 1
        _one_line(err, "last active administrator")
    assert _user(database, "boss").active
    status, _out, err = run("unlock", "boss", "--admin", "boss", **as_boss)
    assert status == 1
    _one_line(err, "not locked")
    status, _out, err = run("deactivate", "nobody", "--admin", "boss", **as_boss)
    assert status == 1
    _one_line(err, "No user with the login nobody")
    status, _out, err = run("list", "--admin", "boss", password="wrong")
    assert status == 1
    _one_line(err, "Wrong login or password")
    # A supervisor is not an administrator.
    assert (
        run(
            "add",
            "sveta",
            "--role",
            "supervisor",
            "--name",
            "Светлана",
            "--password-stdin",
            "--admin",
            "boss",
            stdin="sveta-1\n",
            **as_boss,
        )[0]
        == 0
    )
    status, _out, err = run(
        "change-password", "sveta", "--password-stdin", stdin="sveta-2\n", password="sveta-1"
    )
    assert status == 0, err
    status, _out, err = run("deactivate", "boss", "--admin", "sveta", password="sveta-2")
    assert status == 1
    _one_line(err, "does not allow")
    status, _out, err = run("list", "--admin", "sveta", password="sveta-2")
    assert status == 1
    _one_line(err, "Only an administrator")

    bad: list[tuple[tuple[str, ...], str, str]] = [
        (("set-role", "boss", "--role", "king"), "", "invalid choice"),
        (("frobnicate",), "", "invalid choice"),
        (("add", "x1", "--role", "agent", "--name", "X"), "pw-x1\n", "--password-stdin"),
        (("reset-password", "sveta", "--password-stdin", "--admin", "boss"), "\n", "no password"),
    ]
    for words, stdin, fragment in bad:
        status, _out, err = run(*words, stdin=stdin, **as_boss)
        assert status == 2, (words, err)
        _one_line(err, fragment)

"""The command line: set-up commands, and one clear line with exit status 2 for bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workstation import cli, demo
from workstation.db import open_database


def run(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The real console script in a child process, as a user would run it."""
    return subprocess.run(
        [sys.executable, "-m", "workstation", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


def one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("workstation: ")
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["demo-data", "--subscribers", "-5"], "at least 1"),
        (["demo-data", "--subscribers", "много"], "whole number"),
        (["demo-data", "--subscribers", "10", "--months", "x"], "--months"),
        (["demo-data", "--subscribers", "10", "--frobnicate"], "--frobnicate"),
        (["--db", "mysql://nobody@nowhere/x", "db", "stats"], "unsupported database"),
        (["--db", "not a url at all", "db", "stats"], "malformed database URL"),
        (["--db", "postgresql+psycopg://u:hunter2@127.0.0.1:1/x", "db", "stats"], "Cannot open"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], fragment: str) -> None:
    result = run(*args)
    one_line_error(result, fragment)
    assert "hunter2" not in result.stderr


def test_too_many_months_make_no_database_file(tmp_path: Path) -> None:
    path = tmp_path / "ws.db"
    result = run("--db", f"sqlite:///{path}", "demo-data", "--subscribers", "5", "--months", "40")
    one_line_error(result, "--months", f"at most {demo.MAX_MONTHS}")
    assert not path.exists()


def test_demo_data_without_as_of_is_the_same_all_day(tmp_path: Path) -> None:
    dumps = []
    for name in ("a.db", "b.db"):
        db = open_database(f"sqlite:///{tmp_path / name}")
        try:
            demo.build_demo(db, subscribers=8, months=1, seed=5)
            with db.engine.connect() as connection:
                dumps.append(
                    connection.exec_driver_sql(
                        "SELECT line_id, started_at, cost FROM usage_record ORDER BY id"
                    ).all()
                )
        finally:
            db.dispose()
    assert dumps[0] and dumps[0] == dumps[1]


def test_a_database_path_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    result = run("--db", f"sqlite:///{blocker}/sub/ws.db", "db", "upgrade")
    one_line_error(result, "Cannot create the directory")


def test_a_read_only_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Root may write anywhere, so the check is exercised by making the directory unwritable
    # as the code sees it.
    monkeypatch.setattr(os, "access", lambda *_a, **_k: False)
    status = cli.main(["--db", f"sqlite:///{tmp_path}/ws.db", "db", "upgrade"])
    assert status == 2
    assert "read-only" in capsys.readouterr().err
    assert not (tmp_path / "ws.db").exists()


def test_demo_data_then_stats(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ws.db'}"
    built = run("--db", url, "demo-data", "--subscribers", "30", "--months", "1", "--seed", "3")
    assert built.returncode == 0, built.stderr
    assert "30 customers" in built.stdout
    again = run("--db", url, "demo-data", "--subscribers", "30")
    assert again.returncode == 1
    assert "--replace" in again.stderr
    stats = run("--db", url, "db", "stats", "--json")
    assert stats.returncode == 0, stats.stderr
    data = json.loads(stats.stdout)
    assert data["counts"]["customer"] == 30
    assert data["counts"]["app_user"] == len(demo.DEMO_USERS)
    assert sum(data["lines_by_status"].values()) == data["counts"]["line"]
    assert data["database"] == url


def test_stats_masks_the_password(tmp_path: Path) -> None:
    result = run("--db", "postgresql+psycopg://clerk:s3cret@127.0.0.1:1/x", "db", "stats")
    assert "s3cret" not in result.stderr + result.stdout
    assert "***" in result.stderr


def test_db_upgrade_makes_no_users_and_user_add_makes_one(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ws.db'}"
    assert run("--db", url, "db", "upgrade").returncode == 0
    assert json.loads(run("--db", url, "db", "stats", "--json").stdout)["counts"]["app_user"] == 0
    added = run(
        "--db",
        url,
        "user",
        "add",
        "ivanov",
        "--role",
        "agent",
        "--name",
        "Иванов И. И.",
        "--password-stdin",
        stdin="correct horse\n",
    )
    assert added.returncode == 0, added.stderr
    duplicate = run(
        "--db",
        url,
        "user",
        "add",
        "ivanov",
        "--role",
        "agent",
        "--name",
        "Другой",
        "--password-stdin",
        stdin="another one\n",
    )
    assert duplicate.returncode == 1
    assert "already exists" in duplicate.stderr
    db = open_database(url)
    try:
        with db.read() as session:
            from sqlalchemy import select

            from models import User
            from workstation.secrets import verify_secret

            user = session.scalars(select(User)).one()
            assert user.full_name == "Иванов И. И."
            assert verify_secret("correct horse", user.password_hash)
            assert "correct horse" not in user.password_hash
    finally:
        db.dispose()


def test_first_start_seeds_the_demo_base(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(demo, "FIRST_START_SUBSCRIBERS", 12)
    monkeypatch.setattr(demo, "FIRST_START_MONTHS", 1)
    assert cli.main([]) == 0
    assert (tmp_path / "data" / "workstation.db").exists()
    assert cli.main(["db", "stats", "--json"]) == 0
    out = capsys.readouterr().out
    stats = json.loads(out[out.index("{") :])
    assert stats["counts"]["customer"] == 12
    # The second start opens the same base and does not seed again.
    assert cli.main([]) == 0
    assert cli.main(["db", "stats", "--json"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out[out.index("{") :])["counts"]["customer"] == 12


def test_search_from_the_command_line(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ws.db'}"
    assert run("--db", url, "demo-data", "--subscribers", "20", "--months", "1").returncode == 0
    db = open_database(url)
    try:
        with db.read() as session:
            from sqlalchemy import select

            from models import Line, LineStatus

            msisdn = session.scalars(
                select(Line.msisdn).where(Line.status == LineStatus.ACTIVE).limit(1)
            ).one()
    finally:
        db.dispose()
    national = msisdn[2:]
    typed = f"8 ({national[:3]}) {national[3:6]}-{national[6:8]}-{national[8:]}"
    found = run("--db", url, "search", typed, "--json")
    assert found.returncode == 0, found.stderr
    rows = json.loads(found.stdout)
    assert rows[0]["msisdn"] == msisdn
    assert rows[0]["match"] == "number"
    assert set(rows[0]) >= {"msisdn", "name", "account", "status", "balance", "match"}
    assert rows[0]["balance"].count(".") == 1 and len(rows[0]["balance"].split(".")[1]) == 2
    nothing = run("--db", url, "search", "Щщщщщщ", "--json")
    assert nothing.returncode == 0
    assert json.loads(nothing.stdout) == []
    limited = run("--db", url, "search", "9", "--json")
    one_line_error(limited, "at least 4 digits")
    one_line_error(run("--db", url, "search", "  "), "Type a number")


def _demo(tmp_path: Path) -> tuple[str, str]:
    """A small demo base and the number of an active line whose customer has a code word."""
    url = f"sqlite:///{tmp_path / 'ops.db'}"
    assert run("--db", url, "demo-data", "--subscribers", "40", "--months", "1").returncode == 0
    db = open_database(url)
    try:
        with db.read() as session:
            from sqlalchemy import select

            from models import Customer, Line, LineStatus, PersonalAccount, TariffPlan

            msisdn = session.scalars(
                select(Line.msisdn)
                .join(PersonalAccount, PersonalAccount.id == Line.account_id)
                .join(Customer, Customer.id == PersonalAccount.customer_id)
                .join(TariffPlan, TariffPlan.id == Line.tariff_id)
                .where(
                    Line.status == LineStatus.ACTIVE,
                    Customer.code_word_hash.is_not(None),
                    TariffPlan.for_business.is_(False),
                )
                .limit(1)
            ).one()
    finally:
        db.dispose()
    return url, msisdn


def test_op_runs_an_operation_as_an_agent(tmp_path: Path) -> None:
    url, msisdn = _demo(tmp_path)
    env = {"WORKSTATION_PASSWORD": "demo"}
    listing = run("--db", url, "op", "--list")
    assert listing.returncode == 0
    assert "change_tariff" in listing.stdout and "unlock_verification" in listing.stdout
    refused = run(
        "--db",
        url,
        "op",
        "change_tariff",
        "--agent",
        "agent",
        "--msisdn",
        msisdn,
        "tariff_code=ALL_L",
        env=env,
    )
    assert refused.returncode == 1
    assert "Verify the caller" in refused.stderr
    done = run(
        "--db",
        url,
        "op",
        "change_tariff",
        "--agent",
        "agent",
        "--msisdn",
        msisdn,
        "--verify",
        "code_word=Ромашка",
        "tariff_code=BASIC",
        "effective=next_period",
        "--json",
        env=env,
    )
    if done.returncode == 1 and "already on" in done.stderr:
        done = run(
            "--db",
            url,
            "op",
            "change_tariff",
            "--agent",
            "agent",
            "--msisdn",
            msisdn,
            "--verify",
            "code_word=Ромашка",
            "tariff_code=ALL_S",
            "effective=next_period",
            "--json",
            env=env,
        )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["effective_on"].endswith("-01")
    verified = run("--db", url, "audit", "verify")
    assert verified.returncode == 0
    assert "the chain holds" in verified.stdout


@pytest.mark.parametrize(
    ("arguments", "fragment"),
    [
        (["op", "no_such_op", "--agent", "agent"], "unknown operation"),
        (
            [
                "op",
                "change_tariff",
                "--agent",
                "agent",
                "--msisdn",
                "+79990000000",
                "tariff_code=X",
            ],
            "no open line",
        ),
        (
            ["op", "change_tariff", "--agent", "agent", "tariff_code=X", "colour=red"],
            "takes no argument",
        ),
        (["op", "change_tariff", "--agent", "agent", "tariff_code"], "key=value"),
    ],
)
def test_op_bad_arguments_exit_2(tmp_path: Path, arguments: list[str], fragment: str) -> None:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    result = run("--db", url, *arguments, env={"WORKSTATION_PASSWORD": "demo"})
    one_line_error(result, fragment)


def test_a_wrong_password_is_refused(tmp_path: Path) -> None:
    url, _ = _demo(tmp_path)
    result = run(
        "--db",
        url,
        "op",
        "start_interaction",
        "--agent",
        "agent",
        "channel=0890",
        env={"WORKSTATION_PASSWORD": "wrong"},
    )
    assert result.returncode == 1
    assert "Wrong login or password" in result.stderr

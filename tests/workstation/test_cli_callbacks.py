"""``workstation callbacks import``: good rows in, bad rows named by line, nothing twice."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from models import AuditEvent, CallbackRequest, CallbackStatus, Role
from tests import factories as f
from tests.workstation.operations.conftest import snapshot
from tests.workstation.test_cli import run
from workstation import cli
from workstation.callbacks_import import import_abandoned_calls, parse_abandoned_calls
from workstation.db import Database, open_database
from workstation.users import add_user

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
GOOD = (
    "number,time,queue\n"
    "+7 916 123-45-67,2026-11-25T09:41:07+03:00,0890\n"
    "8 (903) 765-43-21,2026-11-25T06:50:00Z,8800\n"
    "9057770011,2026-11-25 10:15:00+03:00,\n"
)


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _import(db: Database, path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = cli.main(["--db", _url(db), "callbacks", "import", str(path)])
    out, err = capsys.readouterr()
    return status, out, err


def _callbacks(db: Database) -> list[CallbackRequest]:
    with db.read() as s:
        return list(s.scalars(select(CallbackRequest).order_by(CallbackRequest.id)))


def test_good_rows_are_imported_once(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.write() as s:
        ours = f.line(s, f.account(s, f.customer(s)), f.tariff(s), msisdn="+79161234567")
        customer_id = ours.account.customer_id
    path = tmp_path / "abandoned.csv"
    path.write_text(GOOD, encoding="utf-8")
    status, out, err = _import(db, path, capsys)
    assert (status, err) == (0, "")
    assert "imported 3, skipped as duplicates 0, rejected 0" in out
    rows = _callbacks(db)
    assert [(r.msisdn, r.queue) for r in rows] == [
        ("+79161234567", "0890"),
        ("+79037654321", "8800"),
        ("+79057770011", ""),
    ]
    first = rows[0]
    assert first.created_at == first.due_at == datetime(2026, 11, 25, 6, 41, 7, tzinfo=UTC)
    assert (first.status, first.customer_id, rows[1].customer_id) == (
        CallbackStatus.OPEN,
        customer_id,
        None,
    )
    with db.read() as s:
        [event] = s.scalars(select(AuditEvent).where(AuditEvent.operation == "import_callbacks"))
    assert (event.target_id, event.agent_id) == ("abandoned.csv", None)
    assert json.loads(event.summary) == {"imported": 3, "rejected": 0}

    # The same calls again, the time written in another zone and the number another way.
    again = tmp_path / "again.csv"
    again.write_text(
        "queue;time;number\n0890;2026-11-25T06:41:07+00:00;89161234567\n", encoding="utf-8"
    )
    before = snapshot(db)
    assert _import(db, path, capsys)[:2] == (
        0,
        f"{path}: imported 0, skipped as duplicates 3, rejected 0\n",
    )
    status, out, _err = _import(db, again, capsys)
    assert (status, "skipped as duplicates 1" in out) == (0, True)
    assert snapshot(db) == before


def test_a_malformed_row_is_named_by_its_line_and_the_others_are_imported(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text(
        "\ufeffNumber,Time,Queue\n"  # a spreadsheet's byte-order mark and capitals
        "+79161234567,2026-11-25T09:41:07+03:00,0890\n"
        "12-34,2026-11-25T09:41:07+03:00,0890\n"
        "\n"
        "+79161234568,2026-11-25 09:41,0890\n"
        "+79161234569,вчера,0890\n"
        "+79161234570\n"
        "+79161234571,2026-11-25T09:41:07+03:00,0890\n"
        "+79161234571,2026-11-25T09:41:07+03:00,0890\n",
        encoding="utf-8",
    )
    status, out, err = _import(db, path, capsys)
    assert status == 1
    assert err.splitlines() == [
        f"{path}:3: '12-34' is not a phone number",
        f"{path}:5: the time '2026-11-25 09:41' has no zone, such as +03:00 or Z",
        f"{path}:6: 'вчера' is not a time such as 2026-11-25T09:41:07+03:00",
        f"{path}:7: 1 field(s), expected at least 3",
    ]
    assert "imported 2, skipped as duplicates 1, rejected 4" in out
    assert [r.msisdn for r in _callbacks(db)] == ["+79161234567", "+79161234571"]


def test_rows_that_cannot_be_true_are_rejected() -> None:
    calls, rejected = parse_abandoned_calls(
        "number,time,queue\n"
        "+79161234567,2026-11-26T09:00:00+03:00,0890\n"
        f"+79161234567,2026-11-25T09:00:00+03:00,{'x' * 41}\n"
        '"+79161234567,2026-11-25T09:00:00+03:00,0890\n',
        now=NOW,
    )
    assert calls == []
    assert [(r.line, r.reason) for r in rejected] == [
        (2, "the time '2026-11-26T09:00:00+03:00' is in the future"),
        (3, "the queue name is longer than 40 characters"),
        (4, "not valid CSV: unexpected end of data"),
    ]


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("", "the file is empty"),
        (
            "phone,when\n+79161234567,2026-11-25T09:41:07+03:00\n",
            "lacks the column(s) number, time",
        ),
    ],
)
def test_a_file_without_its_header_imports_nothing(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, fragment: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    before = snapshot(db)
    status, out, err = _import(db, path, capsys)
    assert (status, out) == (2, "")
    assert err.startswith("workstation: ") and fragment in err
    assert snapshot(db) == before


def test_a_file_that_cannot_be_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'ws.db'}"
    (tmp_path / "cp1251.csv").write_bytes("number,time,queue\n+7916,вчера,0890\n".encode("cp1251"))
    assert cli.main(["--db", url, "callbacks", "import", str(tmp_path / "cp1251.csv")]) == 2
    assert "is not UTF-8" in capsys.readouterr().err
    assert cli.main(["--db", url, "callbacks", "import", str(tmp_path / "none.csv")]) == 2
    assert "No such file" in capsys.readouterr().err


def test_the_console_script_exit_status(tmp_path: Path) -> None:
    """As cron would run it: 1 and the line on stderr when a row is rejected."""
    path = tmp_path / "calls.csv"
    path.write_text(GOOD + "12-34,2026-11-25T09:41:07+03:00,0890\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'ws.db'}"
    result = run("--db", url, "callbacks", "import", str(path))
    assert result.returncode == 1, result.stderr
    assert result.stderr == f"{path}:5: '12-34' is not a phone number\n"
    assert result.stdout == f"{path}: imported 3, skipped as duplicates 0, rejected 1\n"


def test_the_core_import_needs_no_command_line(db: Database) -> None:
    summary = import_abandoned_calls(db, GOOD, source="x.csv", now=NOW)
    assert (summary.imported, summary.duplicates, summary.rejected) == (3, 0, ())
    assert import_abandoned_calls(db, GOOD, source="x.csv", now=NOW).duplicates == 3


def test_the_queue_operations_run_from_workstation_op(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.write() as s:
        add_user(s, login="anna", role=Role.AGENT, full_name="Смирнова Анна", password="pw-1")
    monkeypatch.setenv("WORKSTATION_PASSWORD", "pw-1")
    # The command leaves its connections to the end of the process; the test closes them.
    opened: list[Database] = []
    monkeypatch.setattr(
        cli, "open_database", lambda url: opened.append(open_database(url)) or opened[-1]
    )
    common = ["--db", _url(db), "op", "--agent", "anna", "--json"]
    try:
        assert cli.main([*common, "create_callback", "number=89161234567", "priority=2"]) == 0
        created = json.loads(capsys.readouterr().out)
        assert (created["msisdn"], created["status"]) == ("+79161234567", "open")
        take = [*common, "take_callback", f"callback_id={created['callback_id']}"]
        assert cli.main([*take, "expected_version=1"]) == 0
        assert json.loads(capsys.readouterr().out)["status"] == "taken"
        assert cli.main(take) == 1  # taken already: refused, with the reason
        assert "You have taken this callback already" in capsys.readouterr().err
    finally:
        for database in opened:
            database.dispose()

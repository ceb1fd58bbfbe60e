"""The billing jobs and the account operations from the command line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import select

from models import (
    ApprovalRequest,
    ApprovalStatus,
    AuditEvent,
    Line,
    LineStatus,
    PersonalAccount,
)
from tests.workstation.operations.bank import Bank, account_of, balance, make_bank
from tests.workstation.operations.conftest import CODE_WORD, World
from workstation import cli
from workstation.db import Database, open_database
from workstation.operations.tariffs import Effective

pytestmark = pytest.mark.pg


@pytest.fixture(autouse=True)
def _closed_after(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The command runs in this process: its database is closed as the process would close it."""
    opened: list[Database] = []

    def opening(url: str) -> Database:
        opened.append(open_database(url))
        return opened[-1]

    monkeypatch.setattr(cli, "open_database", opening)
    yield
    for db in opened:
        db.dispose()


@pytest.fixture
def bank(world: World, monkeypatch: pytest.MonkeyPatch) -> Bank:
    monkeypatch.setenv("WORKSTATION_PASSWORD", "secret-1")
    return make_bank(world)


def _url(world: World) -> str:
    return world.db.url.render_as_string(hide_password=False)


def _op(world: World, agent: str, name: str, *arguments: str) -> list[str]:
    return [
        "--db",
        _url(world),
        "op",
        name,
        "--agent",
        agent,
        "--msisdn",
        "+79161234567",
        "--verify",
        f"code_word={CODE_WORD}",
        *arguments,
        "--json",
    ]


def test_the_jobs_block_debtors_and_take_back_promised_payments(
    world: World, bank: Bank, capsys: pytest.CaptureFixture[str]
) -> None:
    with world.db.write() as s:
        b = s.get_one(PersonalAccount, bank.b)
        b.opening_balance = b.balance = Decimal("-10.00")
    assert cli.main(["--db", _url(world), "billing", "debt-blocks"]) == 0
    assert "lines blocked for debt: 1 on 1 account(s)" in capsys.readouterr().out
    with world.db.read() as s:
        assert s.get_one(Line, bank.b1).status == LineStatus.DEBT_BLOCK
    assert (
        cli.main(_op(world, "anna", "promised_payment", f"account_id={bank.b}", "amount=50")) == 0
    )
    given = json.loads(capsys.readouterr().out)
    with world.db.read() as s:
        line = s.get_one(Line, bank.b1)
        assert line.status == LineStatus.ACTIVE and given["unblocked"] == [line.msisdn]
    at = ["--at", "2099-01-01T00:00:00+03:00"]
    assert cli.main(["--db", _url(world), "billing", "expire-promised", *at]) == 0
    out = capsys.readouterr().out
    assert "promised payments taken back: 1 (RUB\xa050.00); lines blocked for debt: 1" in out
    assert balance(world.db, bank.b) == Decimal("-17.00")  # the 7,00 fee stays


def test_the_job_puts_in_force_what_was_arranged_for_a_day_that_has_come(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    ctx = world.verified()
    world.call(
        ctx,
        "change_tariff",
        line_id=world.line_id,
        tariff_code="BIG",
        effective=Effective.NEXT_PERIOD,
    )
    job = ["--db", _url(world), "billing", "apply-scheduled", "--at"]
    assert cli.main([*job, "2026-11-30T23:59:00+03:00"]) == 0
    assert capsys.readouterr().out.startswith("lines changed: 0;")
    assert cli.main([*job, "2026-12-01T00:00:00+03:00"]) == 0
    assert capsys.readouterr().out == (
        "lines changed: 1; tariffs put in force: 1; blocks started: 0; blocks ended: 0 "
        "(RUB\xa00.00 charged)\n"
    )
    with world.db.read() as s:
        line = s.get_one(Line, world.line_id)
        assert (line.tariff_id, line.next_tariff_id) == (world.tariffs["BIG"], None)
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.operation == "apply_scheduled")
        ).all()
        assert [(e.agent_id, e.target_id) for e in events] == [(None, str(world.line_id))]
    assert cli.main([*job, "2026-12-01T00:00:00+03:00"]) == 0
    assert capsys.readouterr().out.startswith("lines changed: 0;"), "a second run changes nothing"


def test_a_bad_moment_is_one_line_and_exit_2(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--db", _url(world), "billing", "debt-blocks", "--at", "вчера"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "expected a moment" in err[0]


def test_merge_and_split_from_the_command_line(
    world: World, bank: Bank, capsys: pytest.CaptureFixture[str]
) -> None:
    split = _op(
        world,
        "sveta",
        "split_account",
        f"account_id={bank.a}",
        f"line_ids={bank.a1}, {bank.a2}",
        "amount=100,50",
    )
    assert cli.main(split) == 1, "both open lines would move"
    assert "at least one must stay" in capsys.readouterr().err
    split[-3] = f"line_ids={bank.a1}"
    assert cli.main(split) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["moved"] == "100.50" and len(result["lines"]) == 1
    assert account_of(world.db, bank.a1) == result["new_account_id"]
    merge = _op(
        world, "sveta", "merge_accounts", f"account_id={bank.b}", f"target_account_id={bank.a}"
    )
    assert cli.main(merge) == 0
    assert json.loads(capsys.readouterr().out)["target_balance"] == "1150.00"


def test_an_agent_asks_and_a_supervisor_approves_from_the_command_line(
    world: World, bank: Bank, capsys: pytest.CaptureFixture[str]
) -> None:
    asked = _op(
        world,
        "anna",
        "request_approval",
        "operation=adjust_balance",
        f'arguments={{"account_id": {bank.a}, "amount": 1200.50, "reason_code": "goodwill",'
        ' "note": "Сбой связи"}',
    )
    assert cli.main(asked) == 0
    request_id = json.loads(capsys.readouterr().out)["request_id"]
    approve = ["--db", _url(world), "op", "approve_request", "--agent", "sveta"]
    assert cli.main([*approve, f"request_id={request_id}", "note=согласовано"]) == 0
    assert balance(world.db, bank.a) == Decimal("2200.50")
    with world.db.read() as s:
        request = s.scalars(select(ApprovalRequest)).one()
        assert (request.status, request.decision_note) == (ApprovalStatus.DONE, "согласовано")
    assert cli.main([*approve, "request_id=1", "--json"]) == 1
    assert "already been decided" in capsys.readouterr().err
    bad = _op(world, "anna", "request_approval", "operation=adjust_balance", "arguments=[1]")
    assert cli.main(bad) == 2
    assert "is not a JSON object" in capsys.readouterr().err

"""``workstation op`` on every path, and ``workstation audit verify``'s exit status.

Whatever goes wrong, the agent is not left with an open interaction (which would refuse
their next ``op``): bad arguments are found before one starts, and one that started is
wrapped up.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from models import AuditEvent, Interaction, Line, LineStatus, PersonalAccount
from tests.workstation.operations.bank import Bank, balance, make_bank
from tests.workstation.operations.conftest import CODE_WORD, World, snapshot
from tests.workstation.operations.test_audit import _unguarded
from workstation import cli, cli_operations
from workstation.db import Database, open_database

pytestmark = pytest.mark.pg


@pytest.fixture(autouse=True)
def _closed_after(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The command runs in this process: its database is closed as the process would close it."""
    opened: list[Database] = []

    def opening(url: str) -> Database:
        opened.append(open_database(url))
        return opened[-1]

    monkeypatch.setattr(cli, "open_database", opening)
    monkeypatch.setenv("WORKSTATION_PASSWORD", "secret-1")
    yield
    for db in opened:
        db.dispose()


@pytest.fixture
def bank(world: World) -> Bank:
    return make_bank(world)


def _url(world: World) -> str:
    return world.db.url.render_as_string(hide_password=False)


def _op(world: World, name: str, *arguments: str, agent: str = "anna") -> list[str]:
    return ["--db", _url(world), "op", name, "--agent", agent, *arguments]


def _number(world: World, account_id: int) -> str:
    with world.db.read() as s:
        return s.get_one(PersonalAccount, account_id).number


def _open_interactions(world: World) -> int:
    with world.db.read() as s:
        return int(
            s.scalar(
                select(func.count()).select_from(Interaction).where(Interaction.ended_at.is_(None))
            )
            or 0
        )


def _one_line(capsys: pytest.CaptureFixture[str], *fragments: str) -> None:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("workstation: ")
    for fragment in fragments:
        assert fragment in err[0]


@pytest.mark.parametrize(
    ("arguments", "fragment"),
    [
        (("--msisdn", "+79161234567", "--verify", "codeword=x"), "unknown verification method"),
        (("--msisdn", "+79161234567", "--verify", "code_word="), "METHOD=VALUE"),
        (("--msisdn", "+79161234567", "--verify", "code_word"), "METHOD=VALUE"),
    ],
)
def test_a_bad_verify_exits_2_before_anything_is_written(
    world: World,
    capsys: pytest.CaptureFixture[str],
    arguments: tuple[str, ...],
    fragment: str,
) -> None:
    before = snapshot(world.db)
    assert cli.main(_op(world, "change_tariff", *arguments, "tariff_code=BIG")) == 2
    _one_line(capsys, fragment)
    assert snapshot(world.db) == before
    # The agent's next command is not refused for an interaction left open.
    done = _op(
        world,
        "change_tariff",
        "--msisdn",
        "+79161234567",
        "--verify",
        f"code_word={CODE_WORD}",
        "tariff_code=BIG",
    )
    assert cli.main(done) == 0, capsys.readouterr().err
    assert _open_interactions(world) == 0


def test_verify_needs_a_line_or_an_account(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    asked = _op(
        world,
        "request_approval",
        "--verify",
        f"code_word={CODE_WORD}",
        "operation=merge_accounts",
        'arguments={"account_id": 1, "target_account_id": 2}',
    )
    assert cli.main(asked) == 2
    _one_line(capsys, "--verify needs --msisdn or --account")
    assert _open_interactions(world) == 0


def test_verify_through_the_operations_own_line_argument(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    arguments = (f"line_id={world.line_id}", "--verify", f"code_word={CODE_WORD}")
    assert cli.main(_op(world, "change_tariff", *arguments, "tariff_code=BIG")) == 0, (
        capsys.readouterr().err
    )
    assert _open_interactions(world) == 0


def test_verify_on_an_operation_outside_an_interaction_is_a_bad_argument(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    arguments = ("--msisdn", "+79161234567", "--verify", f"code_word={CODE_WORD}")
    assert cli.main(_op(world, "unlock_verification", *arguments, agent="sveta")) == 2
    _one_line(capsys, "takes no --verify")


def test_a_refusal_exits_1_and_wraps_the_interaction_up(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    refused = _op(world, "change_tariff", "--msisdn", "+79161234567", "tariff_code=BIG")
    assert cli.main(refused) == 1
    _one_line(capsys, "Verify the caller")
    assert _open_interactions(world) == 0
    with world.db.read() as s:
        interaction = s.scalars(select(Interaction)).one()
    assert interaction.note.startswith("change_tariff refused: Verify the caller")


def test_an_interruption_after_the_start_still_wraps_up(
    world: World, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_operations, "_verify", interrupted)
    arguments = ("--msisdn", "+79161234567", "--verify", f"code_word={CODE_WORD}")
    assert cli.main(_op(world, "change_tariff", *arguments, "tariff_code=BIG")) == 130
    assert _open_interactions(world) == 0
    with world.db.read() as s:
        assert s.scalars(select(Interaction.note)).one() == (
            "change_tariff not done: KeyboardInterrupt"
        )


def test_an_account_operation_verifies_through_the_accounts_line(
    world: World, bank: Bank, capsys: pytest.CaptureFixture[str]
) -> None:
    """A debt-blocked account: its only line is blocked, and the caller is verified on it."""
    with world.db.write() as s:
        s.get_one(Line, bank.b1).status = LineStatus.DEBT_BLOCK
        account = s.get_one(PersonalAccount, bank.b)
        account.balance = account.opening_balance = Decimal("-10.00")
    given = _op(
        world,
        "promised_payment",
        "--account",
        _number(world, bank.b),
        "--verify",
        f"code_word={CODE_WORD}",
        "amount=50",
        "--json",
    )
    assert cli.main(given) == 0, capsys.readouterr().err
    out = capsys.readouterr()
    assert out.err == ""
    with world.db.read() as s:
        line = s.get_one(Line, bank.b1)
        interaction = s.scalars(select(Interaction)).one()
    assert json.loads(out.out)["unblocked"] == [line.msisdn]
    assert line.status == LineStatus.ACTIVE
    assert interaction.verified_method == "code_word" and interaction.line_id == bank.b1
    assert _open_interactions(world) == 0


def test_an_account_of_several_lines_says_which_one_verified(
    world: World, bank: Bank, capsys: pytest.CaptureFixture[str]
) -> None:
    adjust = _op(
        world,
        "adjust_balance",
        "--account",
        _number(world, bank.a),
        "--verify",
        f"code_word={CODE_WORD}",
        "amount=10",
        "reason_code=goodwill",
        "note=Сбой связи",
    )
    assert cli.main(adjust) == 0
    with world.db.read() as s:
        first = s.get_one(Line, bank.a1).msisdn
    err = capsys.readouterr().err
    assert "one of the 2 open lines" in err and first[-2:] in err
    assert balance(world.db, bank.a) == Decimal("1010.00")


def test_an_account_without_an_open_line_cannot_be_verified(
    world: World, bank: Bank, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(world.db)
    closed = _number(world, bank.closed)
    arguments = ("--account", closed, "--verify", f"code_word={CODE_WORD}", "amount=10")
    assert cli.main(_op(world, "promised_payment", *arguments)) == 2
    _one_line(capsys, f"personal account {closed} has no open line")
    assert snapshot(world.db) == before


def test_audit_verify_exit_status(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    ctx = world.verified()
    world.call(ctx, "activate_service", line_id=world.line_id, service_code="DAILY")
    audit_verify = ["--db", _url(world), "audit", "verify"]
    assert cli.main(audit_verify) == 0
    assert "3 events, the chain holds" in capsys.readouterr().out
    with world.db.read() as s:
        second = s.scalars(select(AuditEvent.id).order_by(AuditEvent.id)).all()[1]
    with _unguarded(world.db), world.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_event SET summary = :s WHERE id = :id"),
            {"s": '{"method":"passport","success":true,"locked":false}', "id": second},
        )
    assert cli.main(audit_verify) == 1
    out = capsys.readouterr().out
    assert f"audit log broken at event {second}:" in out
    assert "content does not match its hash" in out

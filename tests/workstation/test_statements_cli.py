"""``workstation statement`` and ``statements``: the files, the manifest, resuming, refusals."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image
from sqlalchemy import exists, func, select

from models import (
    AuditEvent,
    BillDelivery,
    Charge,
    Customer,
    Line,
    OutboxAttachment,
    OutboxKind,
    OutboxMessage,
    PersonalAccount,
)
from tests.reports.pdf import MM, page_texts, text_box
from workstation import cli
from workstation.db import Database, open_database
from workstation.demo import build_demo
from workstation.statements import MANIFEST, read_manifest
from workstation.statements.batch import _Worker

AS_OF = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
PERIOD = "2026-10"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("statements") / "demo.db"
    db = open_database(f"sqlite:///{path}")
    build_demo(db, subscribers=30, months=2, seed=3, as_of=AS_OF)
    db.dispose()
    return path


@pytest.fixture
def base(tmp_path: Path, template: Path) -> Iterator[Database]:
    path = tmp_path / "demo.db"
    shutil.copyfile(template, path)
    db = open_database(f"sqlite:///{path}")
    yield db
    db.dispose()


def account_by(db: Database, delivery: BillDelivery) -> tuple[str, str]:
    """The number and customer name of the first account whose bills go by ``delivery``
    and that was charged in October."""
    charged = exists().where(
        Charge.account_id == PersonalAccount.id, Charge.period == date(2026, 10, 1)
    )
    with db.write() as s:
        account = s.scalars(
            select(PersonalAccount)
            .where(PersonalAccount.bill_delivery == delivery, charged)
            .order_by(PersonalAccount.number)
        ).first()
        if account is None:
            # A small base may have no such account: make one, as an agent would.
            account = s.scalars(
                select(PersonalAccount).where(charged).order_by(PersonalAccount.number)
            ).first()
            assert account is not None
            account.bill_delivery = delivery
            account.bill_fax = account.bill_fax or "+74951234567"
            account.bill_email = account.bill_email or "bills@example.org"
            account.bill_postcode = account.bill_postcode or "125009"
            account.bill_city = account.bill_city or "Москва"
            account.bill_street = account.bill_street or "ул. Тверская"
            account.bill_house = account.bill_house or "7"
        customer = s.get_one(Customer, account.customer_id)
        return account.number, customer.last_name or customer.company_name or ""


def configure(text: str) -> None:
    Path(os.environ["WORKSTATION_CONFIG"]).write_text(text, encoding="utf-8")


def statement(db: Database, *args: str) -> int:
    return cli.main(["--db", str(db.url), "statement", "--period", PERIOD, *args])


def statements(db: Database, *args: str) -> int:
    return cli.main(["--db", str(db.url), "statements", "--period", PERIOD, *args])


def test_a_statement_by_post(
    base: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number, name = account_by(base, BillDelivery.POST)
    out = tmp_path / "post.pdf"
    assert statement(base, "--account", number, "--variant", "post", "--out", str(out)) == 0
    texts = page_texts(out.read_bytes())
    assert name in texts[0] and number in texts[0]
    assert f"Страница 1 из {len(texts)}" in texts[0]
    assert f"{len(texts)} pages" in capsys.readouterr().out


def test_a_fax_in_english_with_its_image(base: Database, tmp_path: Path) -> None:
    number, _ = account_by(base, BillDelivery.FAX)
    with base.read() as s:
        msisdn = s.scalar(
            select(Line.msisdn)
            .join(PersonalAccount, PersonalAccount.id == Line.account_id)
            .where(PersonalAccount.number == number)
        )
    assert msisdn is not None
    out, tiff = tmp_path / "fax.pdf", tmp_path / "fax.tif"
    args = ["--msisdn", msisdn, "--variant", "fax", "--lang", "en"]
    assert statement(base, *args, "--out", str(out), "--tiff", str(tiff)) == 0
    texts = page_texts(out.read_bytes())
    assert "FAX" in texts[0] and "Contact centre" in texts[0]
    assert f"Page {len(texts)} of {len(texts)}" in texts[-1]
    with Image.open(tiff) as image:
        assert image.n_frames == len(texts)
        assert image.size[0] == 1728


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--account", "000", "--variant", "email"], "No personal account 000"),
        (["--msisdn", "+79990000000", "--variant", "email"], "No line has the number"),
        (["--account", "{post}", "--period", "2099-01", "--variant", "post"], "not begun"),
        (["--account", "{post}", "--period", "2020-01", "--variant", "post"], "no charges"),
        (["--account", "{email}", "--variant", "post"], "no postal address"),
        (["--account", "{post}", "--variant", "fax"], "No fax number"),
        (["--account", "{post}", "--variant", "post", "--tiff", "x.tif"], "needs --variant fax"),
        (["--account", "{post}", "--variant", "fax", "--fax-compression", "g3"], "need --tiff"),
        (["--account", "{post}", "--variant", "fax", "--fax-resolution", "high"], "invalid choice"),
        (
            ["--account", "{post}", "--variant", "post", "--out", "/nonexistent/x.pdf"],
            "Cannot write",
        ),
        (["--account", "{post}", "--period", "2026-13", "--variant", "post"], "--period"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_no_file(
    base: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    fragment: str,
) -> None:
    numbers = {
        "post": account_by(base, BillDelivery.POST)[0],
        "email": account_by(base, BillDelivery.EMAIL)[0],
    }
    out = tmp_path / "out"
    out.mkdir()
    args = [arg.format(**numbers) for arg in args]
    if "--out" not in args:
        args += ["--out", str(out / "s.pdf")]
    assert statement(base, *args) == 2
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and error[0].startswith("workstation: "), error
    assert fragment in error[0]
    assert list(out.iterdir()) == []


def manifest_lines(directory: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (directory / MANIFEST).read_text().splitlines()]


def test_a_batch_in_two_processes(
    base: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "batch"
    assert statements(base, "--out", str(out), "--jobs", "2") == 0
    with base.read() as s:
        accounts = dict(
            s.execute(
                select(PersonalAccount.number, PersonalAccount.bill_delivery).where(
                    PersonalAccount.bill_delivery != BillDelivery.NONE
                )
            ).all()
        )
    lines = manifest_lines(out)
    assert [line["account"] for line in lines] == sorted(accounts)
    done = [line for line in lines if line["status"] == "done"]
    assert len(done) > len(lines) // 2
    assert {line["status"] for line in lines} <= {"done", "no_data"}
    for line in done:
        assert line["delivery"] == accounts[str(line["account"])]
        document = pypdfium2.PdfDocument(out / str(line["file"]))
        assert len(document) == line["pages"]
        document.close()
        assert (line["tiff"] is not None) == (line["delivery"] == "fax")
        if line["tiff"]:
            assert (out / str(line["tiff"])).is_file()
    names = {p.name for p in out.iterdir()}
    assert names == {MANIFEST} | {str(line["file"]) for line in done} | {
        str(line["tiff"]) for line in done if line["tiff"]
    }
    assert f"{len(done)} written" in capsys.readouterr().out


def test_an_interrupted_batch_resumes_where_it_stopped(
    base: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "batch"
    made = 0
    real = _Worker.__call__

    def interrupted_at_the_sixth(self: _Worker, task: tuple[int, str, str]) -> object:
        nonlocal made
        made += 1
        if made == 6:
            raise KeyboardInterrupt
        return real(self, task)

    monkeypatch.setattr(_Worker, "__call__", interrupted_at_the_sixth)
    assert statements(base, "--out", str(out), "--delivery", "email") == 130
    first = read_manifest(out / MANIFEST)
    assert len(first) == 5
    files = {p.name: p.stat().st_mtime_ns for p in out.glob("*.pdf")}
    monkeypatch.undo()
    capsys.readouterr()

    assert statements(base, "--out", str(out), "--delivery", "email") == 0
    assert "5 done before" in capsys.readouterr().out
    for name, mtime in files.items():
        assert (out / name).stat().st_mtime_ns == mtime, f"{name} was made again"
    with base.read() as s:
        email = s.scalars(
            select(PersonalAccount.number).where(
                PersonalAccount.bill_delivery == BillDelivery.EMAIL
            )
        ).all()
    assert sorted(read_manifest(out / MANIFEST)) == sorted(email)

    # A statement lost since is made again; the manifest keeps one line per account.
    lost = next(iter(files))
    (out / lost).unlink()
    assert statements(base, "--out", str(out), "--delivery", "email") == 0
    assert f"1 written, 0 without data, 0 failed, {len(email) - 1} done before" in (
        capsys.readouterr().out
    )
    assert (out / lost).is_file()
    assert len(manifest_lines(out)) == len(email)


def test_one_accounts_failure_does_not_stop_the_batch(
    base: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken, _ = account_by(base, BillDelivery.POST)
    with base.write() as s:
        account = s.scalars(select(PersonalAccount).where(PersonalAccount.number == broken)).one()
        account.bill_postcode = None
    out = tmp_path / "batch"
    assert statements(base, "--out", str(out), "--delivery", "post", "--jobs", "2") == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == (
        f"workstation: account {broken}: "
        f"Account {broken} has no postal address for bills: cannot send by post"
    )
    entries = read_manifest(out / MANIFEST)
    assert entries[broken].status == "failed" and "no postal address" in entries[broken].message
    assert not (out / f"{broken}.pdf").exists()
    others = [e for number, e in entries.items() if number != broken]
    assert others and all(e.status in ("done", "no_data") for e in others)
    assert "1 failed" in captured.out


def test_a_batch_refuses_what_it_cannot_do(
    base: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "batch"
    for period, fragment in (("2099-01", "not begun"), ("2020-01", "No account was charged")):
        code = cli.main(
            ["--db", str(base.url), "statements", "--period", period, "--out", str(out)]
        )
        assert code == 2
        assert fragment in capsys.readouterr().err
    assert not out.exists()
    account_by(base, BillDelivery.FAX)  # at least one account whose bills go by fax
    assert statements(base, "--out", str(out), "--delivery", "fax") == 0
    code = cli.main(["--db", str(base.url), "statements", "--period", "2026-11", "--out", str(out)])
    assert code == 2
    assert "holds statements for 2026-10 (ru)" in capsys.readouterr().err
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert statements(base, "--out", str(blocker / "batch")) == 2
    assert "Cannot write" in capsys.readouterr().err


def test_the_configured_window_offset_moves_the_address_of_a_letter(
    base: Database, tmp_path: Path
) -> None:
    number, name = account_by(base, BillDelivery.POST)
    plain, moved = tmp_path / "plain.pdf", tmp_path / "moved.pdf"
    args = ["--account", number, "--variant", "post"]
    assert statement(base, *args, "--out", str(plain)) == 0
    configure('[statements]\nwindow_offset_mm = "6,-4.5"\n')
    assert statement(base, *args, "--out", str(moved)) == 0
    before = text_box(plain.read_bytes(), 0, name)
    after = text_box(moved.read_bytes(), 0, name)
    assert after[0] - before[0] == pytest.approx(6 * MM, abs=0.01)  # to the right
    assert after[3] - before[3] == pytest.approx(4.5 * MM, abs=0.01)  # and up
    # The batch places it the same way.
    out = tmp_path / "batch"
    assert statements(base, "--out", str(out), "--delivery", "post") == 0
    entry = read_manifest(out / MANIFEST)[number]
    assert text_box((out / str(entry.file)).read_bytes(), 0, name) == pytest.approx(after)


def test_a_fax_image_at_normal_resolution_in_group_3_on_request(
    base: Database, tmp_path: Path
) -> None:
    number, _ = account_by(base, BillDelivery.FAX)
    out, tiff = tmp_path / "fax.pdf", tmp_path / "fax.tif"
    args = ["--account", number, "--variant", "fax", "--out", str(out), "--tiff", str(tiff)]

    def image_of(path: Path) -> tuple[tuple[float, float], str, tuple[int, int]]:
        with Image.open(path) as image:
            return image.info["dpi"], image.info["compression"], image.size

    assert statement(base, *args) == 0
    assert image_of(tiff) == ((204, 196), "group4", (1728, 2348))
    flags = ["--fax-resolution", "normal", "--fax-compression", "g3"]
    assert statement(base, *args, *flags) == 0
    assert image_of(tiff) == ((204, 98), "group3", (1728, 1174))
    # The config file's [mail] choice is the default, for one statement and for a batch.
    configure('[mail]\nfax_resolution = "normal"\nfax_compression = "g3"\n')
    assert statement(base, *args) == 0
    assert image_of(tiff) == ((204, 98), "group3", (1728, 1174))
    assert statement(base, *args, "--fax-resolution", "fine", "--fax-compression", "g4") == 0
    assert image_of(tiff) == ((204, 196), "group4", (1728, 2348))
    batch = tmp_path / "batch"
    assert statements(base, "--out", str(batch), "--delivery", "fax") == 0
    entry = read_manifest(batch / MANIFEST)[number]
    assert image_of(batch / str(entry.tiff))[:2] == ((204, 98), "group3")


def outbox(db: Database) -> dict[int, tuple[OutboxKind, str, int | None]]:
    """Every queued message: its kind, recipient and customer."""
    with db.read() as s:
        rows = s.execute(
            select(
                OutboxMessage.id,
                OutboxMessage.kind,
                OutboxMessage.recipient,
                OutboxMessage.customer_id,
            )
        ).all()
    return {row[0]: (row[1], row[2], row[3]) for row in rows}


def system_sends(db: Database) -> list[AuditEvent]:
    with db.read() as s:
        return list(
            s.scalars(
                select(AuditEvent)
                .where(AuditEvent.operation == "send_statement")
                .order_by(AuditEvent.id)
            )
        )


def test_a_batch_with_send_queues_one_message_per_email_and_fax_account(
    base: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    account_by(base, BillDelivery.EMAIL)
    account_by(base, BillDelivery.FAX)
    assert outbox(base) == {}
    out = tmp_path / "batch"
    assert statements(base, "--out", str(out), "--send", "--jobs", "2") == 0
    entries = read_manifest(out / MANIFEST)
    sent = {
        number: entry
        for number, entry in entries.items()
        if entry.status == "done" and entry.delivery in ("email", "fax")
    }
    assert {entry.delivery for entry in sent.values()} == {"email", "fax"}
    assert all(e.outbox is None for n, e in entries.items() if n not in sent)  # post: printed
    messages = outbox(base)
    assert sorted(messages) == sorted(entry.outbox for entry in sent.values())
    with base.read() as s:
        accounts = {
            a.number: a
            for a in s.scalars(select(PersonalAccount).where(PersonalAccount.number.in_(sent)))
        }
        emails = dict(s.execute(select(Customer.id, Customer.email)).all())
        files = dict(
            s.execute(select(OutboxAttachment.outbox_message_id, OutboxAttachment.content)).all()
        )
    for number, entry in sent.items():
        assert entry.outbox is not None
        kind, recipient, customer_id = messages[entry.outbox]
        account = accounts[number]
        assert customer_id == account.customer_id
        if entry.delivery == "email":
            assert kind == OutboxKind.EMAIL
            assert recipient == (account.bill_email or emails[account.customer_id])
        else:
            assert (kind, recipient) == (OutboxKind.FAX, account.bill_fax)
        assert files[entry.outbox] == (out / str(entry.file)).read_bytes()
    events = system_sends(base)
    assert len(events) == len(sent)
    assert all(event.agent_id is None and event.interaction_id is None for event in events)
    assert {event.target_id for event in events} == {str(a.id) for a in accounts.values()}
    assert f"outbox: {len(sent)} queued, 0 could not be queued" in capsys.readouterr().out

    # Run again: everything is done and in the outbox already.
    assert statements(base, "--out", str(out), "--send") == 0
    assert "outbox: 0 queued, 0 could not be queued" in capsys.readouterr().out
    assert outbox(base) == messages
    assert len(system_sends(base)) == len(sent)


def test_statements_made_before_are_sent_later_and_never_twice(
    base: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number, _ = account_by(base, BillDelivery.EMAIL)
    out = tmp_path / "batch"
    assert statements(base, "--out", str(out), "--delivery", "email") == 0
    assert outbox(base) == {}
    made = {p.name: p.stat().st_mtime_ns for p in out.glob("*.pdf")}
    done = sum(e.status == "done" for e in read_manifest(out / MANIFEST).values())
    capsys.readouterr()

    # A finished statement is queued from its file, not made again.
    assert statements(base, "--out", str(out), "--delivery", "email", "--send") == 0
    assert f"outbox: {done} queued" in capsys.readouterr().out
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.pdf")} == made
    messages = outbox(base)
    assert len(messages) == done

    # Another directory, so another manifest: the outbox itself knows what went.
    other = tmp_path / "again"
    assert statements(base, "--out", str(other), "--delivery", "email", "--send") == 0
    assert "outbox: 0 queued, 0 could not be queued" in capsys.readouterr().out
    assert outbox(base) == messages
    assert read_manifest(other / MANIFEST)[number].outbox == (
        read_manifest(out / MANIFEST)[number].outbox
    )


def test_a_statement_without_an_address_to_send_to_is_reported_and_sent_once_it_has_one(
    base: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number, _ = account_by(base, BillDelivery.EMAIL)
    with base.write() as s:
        account = s.scalars(select(PersonalAccount).where(PersonalAccount.number == number)).one()
        customer = s.get_one(Customer, account.customer_id)
        account.bill_email, address, customer.email = None, customer.email, None
    out = tmp_path / "batch"
    assert statements(base, "--out", str(out), "--delivery", "email", "--send") == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == (
        f"workstation: account {number}: "
        f"Account {number} has no e-mail address for bills: cannot send"
    )
    assert "1 could not be queued" in captured.out
    entry = read_manifest(out / MANIFEST)[number]
    assert (entry.status, entry.outbox) == ("done", None)
    with base.read() as s:
        queued = s.scalar(select(func.count()).select_from(OutboxMessage))
    with base.write() as s:
        account = s.scalars(select(PersonalAccount).where(PersonalAccount.number == number)).one()
        account.bill_email = address or "bills@example.org"
    assert statements(base, "--out", str(out), "--delivery", "email", "--send") == 0
    assert "outbox: 1 queued, 0 could not be queued" in capsys.readouterr().out
    entry = read_manifest(out / MANIFEST)[number]
    assert entry.outbox is not None and entry.message == ""
    assert len(outbox(base)) == (queued or 0) + 1

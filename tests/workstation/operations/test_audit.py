"""The audit log: one event per operation, append-only, and a chain that shows tampering."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from models import AuditEvent
from tests.workstation.operations.conftest import World
from workstation.audit import verify_chain
from workstation.db import Database


def _events(db: Database) -> list[AuditEvent]:
    with db.read() as s:
        return list(s.scalars(select(AuditEvent).order_by(AuditEvent.id)))


@contextmanager
def _unguarded(db: Database) -> Iterator[None]:
    """What someone with direct access to the database could do before tampering.

    The guards are put back afterwards: the PostgreSQL test database lives for the session.
    """
    with db.engine.begin() as conn:
        if db.dialect == "postgresql":
            conn.execute(text("DROP TRIGGER audit_event_append_only ON audit_event"))
        else:
            conn.execute(text("DROP TRIGGER audit_event_no_update"))
            conn.execute(text("DROP TRIGGER audit_event_no_delete"))
    try:
        yield
    finally:
        with db.engine.begin() as conn:
            if db.dialect == "postgresql":
                conn.execute(
                    text(
                        "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "
                        "audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()"
                    )
                )
            else:
                for action in ("UPDATE", "DELETE"):
                    conn.execute(
                        text(
                            f"CREATE TRIGGER audit_event_no_{action.lower()} BEFORE {action} "
                            "ON audit_event BEGIN SELECT RAISE(ABORT, 'audit events are "
                            "append-only'); END"
                        )
                    )


def test_each_operation_writes_one_event_without_secrets(world: World) -> None:
    ctx = world.verified()
    world.call(ctx, "activate_service", line_id=world.line_id, service_code="DAILY")
    events = _events(world.db)
    assert [e.operation for e in events] == [
        "start_interaction",
        "verify_caller",
        "activate_service",
    ]
    assert all(e.interaction_id == ctx.interaction_id for e in events)
    assert all(e.agent_id == world.agent.user_id for e in events)
    verify = json.loads(events[1].summary)
    assert verify == {"method": "code_word", "success": True, "locked": False}
    assert "ромашка" not in " ".join(e.summary.lower() for e in events)


@pytest.mark.parametrize(
    "statement", ["UPDATE audit_event SET summary = '{}'", "DELETE FROM audit_event"]
)
def test_the_database_refuses_to_change_events(world: World, statement: str) -> None:
    world.start()
    with pytest.raises(DBAPIError, match="append-only"), world.db.engine.begin() as conn:
        conn.execute(text(statement))
    with world.db.read() as s:
        assert verify_chain(s).broken_at is None


def test_an_altered_event_breaks_the_chain(world: World) -> None:
    ctx = world.verified()
    world.call(ctx, "activate_service", line_id=world.line_id, service_code="DAILY")
    events = _events(world.db)
    with _unguarded(world.db), world.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_event SET summary = :s WHERE id = :id"),
            {"s": '{"method":"passport","success":true,"locked":false}', "id": events[1].id},
        )
    with world.db.read() as s:
        report = verify_chain(s)
    assert report.broken_at == events[1].id
    assert report.events == 1


@pytest.mark.parametrize("which", [1, -1])
def test_a_removed_event_breaks_the_chain(world: World, which: int) -> None:
    ctx = world.verified()
    world.call(ctx, "activate_service", line_id=world.line_id, service_code="DAILY")
    events = _events(world.db)
    with _unguarded(world.db), world.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE id = :id"), {"id": events[which].id})
    with world.db.read() as s:
        report = verify_chain(s)
    expected = events[which + 1].id if which >= 0 else events[which].id
    assert report.broken_at == expected

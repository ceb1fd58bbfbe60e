"""Administrators managing users: each operation, each refusal, and the last administrator kept."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from models import AuditEvent, Role, User
from tests.workstation.operations.conftest import World, snapshot
from workstation import auth
from workstation.audit import verify_chain
from workstation.auth import LoginRefused, PasswordChangeRequired
from workstation.db import Database
from workstation.errors import DomainError
from workstation.operations import Context
from workstation.operations.errors import Invalid, NotFound, PermissionDenied
from workstation.operations.users import list_users, run_as_system

SECRET = "Tr0ub4dor&3"


def _user(db: Database, login: str) -> User:
    with db.read() as s:
        return s.scalars(select(User).where(User.login == login)).one()


def _events(db: Database, operation: str) -> list[AuditEvent]:
    with db.read() as s:
        return list(
            s.scalars(
                select(AuditEvent).where(AuditEvent.operation == operation).order_by(AuditEvent.id)
            )
        )


def _no_password_in_the_log(db: Database, *passwords: str) -> None:
    with db.read() as s:
        summaries = list(s.scalars(select(AuditEvent.summary)))
    for password in passwords:
        assert not any(password in summary for summary in summaries)


def _state(db: Database) -> tuple[list[tuple[Any, ...]], list[str], dict[str, int]]:
    """The users, the audit events other than recorded refusals, and the row counts.

    A refusal changes none of these (the framework may put a refusal that matters for
    security on record, as a ``refused`` event, and nothing else).
    """
    with db.read() as s:
        users = [
            tuple(row)
            for row in s.execute(
                select(
                    User.login,
                    User.full_name,
                    User.role,
                    User.active,
                    User.password_hash,
                    User.must_change_password,
                    User.failed_logins,
                    User.locked_until,
                ).order_by(User.login)
            )
        ]
        events = list(
            s.scalars(
                select(AuditEvent.operation)
                .where(AuditEvent.operation != "refused")
                .order_by(AuditEvent.id)
            )
        )
    counts = {k: v for k, v in snapshot(db)[0].items() if k not in ("audit_event",)}
    return users, events, counts


def _now(world: World, agent: Any = None) -> Context:
    """A context at the real time: the login lock the tests cause is set by the clock."""
    return world.context(agent or world.admin, now=datetime.now(UTC))


def _lock(db: Database, login: str) -> None:
    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(LoginRefused):
            auth.login(db, login, "wrong")


def test_an_admin_creates_a_user_who_must_change_the_password(world: World) -> None:
    ctx = world.context(world.admin)
    user = world.call(
        ctx,
        "create_user",
        login=" Ivanova ",
        full_name="Иванова  Мария",
        role=Role.AGENT,
        password=SECRET,
    )
    assert (user.login, user.full_name, user.role, user.active) == (
        "ivanova",
        "Иванова Мария",
        Role.AGENT,
        True,
    )
    assert user.must_change_password
    (event,) = _events(world.db, "create_user")
    assert (event.agent_id, event.target_type, event.target_id) == (
        world.admin.user_id,
        "user",
        "ivanova",
    )
    assert json.loads(event.summary) == {
        "full_name": "Иванова Мария",
        "role": "agent",
        "must_change": True,
    }
    assert event.interaction_id is None
    # The initial password opens nothing until the user chooses their own.
    with pytest.raises(PasswordChangeRequired):
        auth.login(world.db, "ivanova", SECRET)
    with pytest.raises(DomainError, match="differ"):
        auth.change_password(world.db, "ivanova", SECRET, SECRET)
    with pytest.raises(LoginRefused):
        auth.change_password(world.db, "ivanova", "not it", "mine-now")
    agent = auth.change_password(world.db, "ivanova", SECRET, "mine-now")
    assert agent.login == "ivanova"
    assert auth.login(world.db, "ivanova", "mine-now").role == Role.AGENT
    assert not _user(world.db, "ivanova").must_change_password
    assert [e.target_id for e in _events(world.db, "change_password")] == ["ivanova"]
    _no_password_in_the_log(world.db, SECRET, "mine-now")
    with world.db.read() as s:
        assert verify_chain(s).broken_at is None


@pytest.mark.parametrize(
    ("name", "arguments"),
    [
        ("create_user", {"login": "x1", "full_name": "X", "role": Role.ADMIN, "password": SECRET}),
        ("set_user_role", {"login": "anna", "role": Role.ADMIN}),
        ("deactivate_user", {"login": "boris"}),
        ("activate_user", {"login": "boris"}),
        ("unlock_user", {"login": "boris"}),
        ("reset_user_password", {"login": "root", "password": SECRET}),
    ],
)
@pytest.mark.parametrize("who", ["agent", "supervisor"])
def test_only_an_administrator_manages_users(
    world: World, name: str, arguments: dict[str, Any], who: str
) -> None:
    before = _state(world.db)
    with pytest.raises(PermissionDenied):
        world.call(world.context(getattr(world, who)), name, **arguments)
    assert _state(world.db) == before


@pytest.mark.parametrize(
    ("arguments", "fragment"),
    [
        ({"login": "anna"}, "already exists"),
        ({"login": "Анна"}, "Invalid login"),
        ({"login": "1anna"}, "Invalid login"),
        ({"full_name": "   "}, "name is empty"),
        ({"password": "abc"}, "shorter than 4"),
    ],
)
def test_creating_a_user_is_refused_with_the_reason(
    world: World, arguments: dict[str, Any], fragment: str
) -> None:
    before = _state(world.db)
    values = {"login": "newbie", "full_name": "Новиков", "role": Role.AGENT, "password": SECRET}
    with pytest.raises(DomainError, match=fragment):
        world.call(world.context(world.admin), "create_user", **{**values, **arguments})
    assert _state(world.db) == before


def test_changing_a_role(world: World) -> None:
    ctx = world.context(world.admin)
    user = world.call(ctx, "set_user_role", login="sveta", role=Role.ADMIN)
    assert user.role == Role.ADMIN
    (event,) = _events(world.db, "set_user_role")
    assert json.loads(event.summary) == {"from": "supervisor", "to": "admin"}
    before = _state(world.db)
    with pytest.raises(Invalid, match="already has the role admin"):
        world.call(ctx, "set_user_role", login="sveta", role=Role.ADMIN)
    with pytest.raises(NotFound, match="nobody"):
        world.call(ctx, "set_user_role", login="nobody", role=Role.AGENT)
    assert _state(world.db) == before


def test_the_last_active_administrator_is_kept(world: World) -> None:
    ctx = world.context(world.admin)
    before = _state(world.db)
    for name, arguments in (
        ("deactivate_user", {"login": "root"}),
        ("set_user_role", {"login": "root", "role": Role.SUPERVISOR}),
    ):
        with pytest.raises(Invalid, match="root is the last active administrator"):
            world.call(ctx, name, **arguments)
    assert _state(world.db) == before
    # With a second administrator, the first may step down; and then may not act as one.
    world.call(ctx, "set_user_role", login="sveta", role=Role.ADMIN)
    world.call(ctx, "set_user_role", login="root", role=Role.AGENT)
    before = _state(world.db)
    with pytest.raises(PermissionDenied, match="changed its role"):
        world.call(ctx, "set_user_role", login="root", role=Role.ADMIN)
    assert _state(world.db) == before
    sveta = auth.Agent(world.supervisor.user_id, "sveta", "Светлова Светлана", Role.ADMIN)
    with pytest.raises(Invalid, match="sveta is the last active administrator"):
        world.call(world.context(sveta), "deactivate_user", login="sveta")


def test_two_administrators_deactivating_each_other_leave_one(world: World) -> None:
    world.call(world.context(world.admin), "set_user_role", login="sveta", role=Role.ADMIN)
    sveta = auth.Agent(world.supervisor.user_id, "sveta", "Светлова Светлана", Role.ADMIN)

    def deactivate(agent: auth.Agent, login: str) -> str:
        try:
            world.call(world.context(agent), "deactivate_user", login=login)
        except DomainError as refused:
            return type(refused).__name__
        return "done"

    with ThreadPoolExecutor(2) as pool:
        results = list(
            pool.map(lambda pair: deactivate(*pair), [(world.admin, "sveta"), (sveta, "root")])
        )
    assert results.count("done") == 1, results
    assert set(results) - {"done"} <= {"Invalid", "PermissionDenied"}
    with world.db.read() as s:
        admins = s.scalars(select(User.login).where(User.role == Role.ADMIN, User.active)).all()
    assert len(admins) == 1


def test_deactivating_and_reactivating(world: World) -> None:
    ctx = world.context(world.admin)
    user = world.call(ctx, "deactivate_user", login="anna")
    assert not user.active
    with pytest.raises(LoginRefused):
        auth.login(world.db, "anna", "secret-1")
    before = _state(world.db)
    with pytest.raises(Invalid, match="already deactivated"):
        world.call(ctx, "deactivate_user", login="anna")
    assert _state(world.db) == before
    assert world.call(ctx, "activate_user", login="anna").active
    assert auth.login(world.db, "anna", "secret-1").login == "anna"
    with pytest.raises(Invalid, match="already active"):
        world.call(ctx, "activate_user", login="anna")
    assert [e.target_id for e in _events(world.db, "deactivate_user")] == ["anna"]
    assert [e.target_id for e in _events(world.db, "activate_user")] == ["anna"]


def test_unlocking_a_login_locked_by_failed_attempts(world: World) -> None:
    _lock(world.db, "anna")
    with pytest.raises(LoginRefused, match="locked"):
        auth.login(world.db, "anna", "secret-1")
    user = world.call(_now(world), "unlock_user", login="anna")
    assert user.locked_until is None
    assert auth.login(world.db, "anna", "secret-1").login == "anna"
    (event,) = _events(world.db, "unlock_user")
    assert "locked_until" in json.loads(event.summary)
    before = _state(world.db)
    with pytest.raises(Invalid, match="anna is not locked"):
        world.call(_now(world), "unlock_user", login="anna")
    assert _state(world.db) == before


def test_resetting_a_password_unlocks_and_must_be_changed(world: World) -> None:
    _lock(world.db, "boris")
    user = world.call(_now(world), "reset_user_password", login="boris", password=SECRET)
    assert user.must_change_password and user.locked_until is None
    (event,) = _events(world.db, "reset_user_password")
    assert json.loads(event.summary) == {"must_change": True, "unlocked": True}
    with pytest.raises(LoginRefused):
        auth.login(world.db, "boris", "secret-1")
    with pytest.raises(PasswordChangeRequired):
        auth.login(world.db, "boris", SECRET)
    assert auth.change_password(world.db, "boris", SECRET, "boris-own").login == "boris"
    _no_password_in_the_log(world.db, SECRET, "boris-own")
    before = _state(world.db)
    with pytest.raises(DomainError, match="shorter than"):
        world.call(_now(world), "reset_user_password", login="boris", password="x")
    assert _state(world.db) == before


def test_the_list_of_users_is_for_administrators(world: World) -> None:
    _lock(world.db, "boris")
    with world.db.read() as s:
        users = list_users(s, world.admin)
        with pytest.raises(PermissionDenied):
            list_users(s, world.supervisor)
        later = list_users(s, world.admin, now=datetime.now(UTC) + timedelta(hours=1))
    assert [u.login for u in users] == ["anna", "boris", "root", "sveta"]
    locked = {u.login: u.locked_until for u in users}
    assert locked["boris"] is not None and locked["anna"] is None
    assert all(u.locked_until is None for u in later), "an expired lock is not shown"


def test_the_system_sets_up_users_only_while_no_administrator_exists(db: Database) -> None:
    first = run_as_system(
        db, "create_user", login="boss", full_name="Начальник", role=Role.ADMIN, password=SECRET
    )
    assert first.role == Role.ADMIN and not first.must_change_password
    (event,) = _events(db, "create_user")
    assert event.agent_id is None and event.target_id == "boss"
    assert SECRET not in event.summary
    assert auth.login(db, "boss", SECRET).role == Role.ADMIN
    before = _state(db)
    with pytest.raises(PermissionDenied, match="administrator exists"):
        run_as_system(
            db, "create_user", login="mole", full_name="Крот", role=Role.ADMIN, password=SECRET
        )
    assert _state(db) == before


def test_a_deactivated_agent_is_refused_at_the_next_operation(world: World) -> None:
    ctx = world.start()
    world.call(world.context(world.admin), "deactivate_user", login=world.agent.login)
    with pytest.raises(PermissionDenied, match="deactivated your account"):
        world.call(ctx, "verify_caller", line_id=world.line_id, method="code_word", answer="x")
    (event,) = _events(world.db, "refused")
    assert json.loads(event.summary)["reason"] == "permission_denied"

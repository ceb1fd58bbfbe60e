"""Two agents on the same subscriber, over two real connections: nothing is overwritten."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from models import Line, ServiceSubscription
from tests.workstation.operations.conftest import World, snapshot
from workstation.db import open_database
from workstation.errors import DomainError
from workstation.operations import Context, execute
from workstation.operations.errors import Conflict


def test_the_second_save_is_refused_with_who_and_when(world: World) -> None:
    with world.db.read() as s:
        seen = s.get_one(Line, world.line_id).version  # both cards show this version
    second_db = open_database(world.db.url)
    try:
        anna = world.verified()
        boris = world.verified(world.other_agent)
        world.call(
            anna,
            "activate_service",
            line_id=world.line_id,
            service_code="DAILY",
            expected_version=seen,
        )
        before = snapshot(world.db)
        with pytest.raises(Conflict, match="Смирнова Анна") as refused:
            execute(
                second_db,
                boris,
                "change_tariff",
                line_id=world.line_id,
                tariff_code="BIG",
                expected_version=seen,
            )
        assert "13:00" in str(refused.value)  # 10:00 UTC shown in Moscow time
        assert snapshot(world.db) == before
    finally:
        second_db.dispose()


def test_simultaneous_changes_one_wins_one_is_refused(world: World) -> None:
    """Two threads, two engines, the same expected version, at the same moment."""
    with world.db.read() as s:
        seen = s.get_one(Line, world.line_id).version
    contexts: list[Context] = [world.verified(), world.verified(world.other_agent)]
    engines = [world.db, open_database(world.db.url)]
    outcomes: list[object] = [None, None]
    barrier = threading.Barrier(2)

    def run(index: int, code: str) -> None:
        barrier.wait()
        try:
            outcomes[index] = execute(
                engines[index],
                contexts[index],
                "activate_service",
                line_id=world.line_id,
                service_code=code,
                expected_version=seen,
            )
        except DomainError as error:
            outcomes[index] = error

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(("DAILY", "PACK5"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    engines[1].dispose()
    refused = [o for o in outcomes if isinstance(o, Conflict)]
    done = [o for o in outcomes if not isinstance(o, DomainError)]
    assert len(refused) == 1 and len(done) == 1, outcomes
    with world.db.read() as s:
        assert len(s.scalars(select(ServiceSubscription)).all()) == 1

"""Services on and off: allowed on the tariff, incompatibilities, the money, the refusals."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from models import Charge, ChargeCategory, PersonalAccount, ServiceSubscription
from tests.workstation.operations.conftest import NOW, World, snapshot
from workstation.errors import DomainError
from workstation.operations.errors import NotFound, PermissionDenied
from workstation.operations.services import quote_activation


def _balance(world: World) -> Decimal:
    with world.db.read() as s:
        return s.get_one(PersonalAccount, world.account_id).balance


def test_the_quote_and_the_charges_agree(world: World) -> None:
    ctx = world.verified()
    with world.db.read() as s:
        quote = quote_activation(s, ctx, line_id=world.line_id, service_code="PACK5")
    assert (quote.connection_fee, quote.first_period_fee, quote.total) == (
        Decimal("50.00"),
        Decimal("200.00"),
        Decimal("250.00"),
    )
    result = world.call(ctx, "activate_service", line_id=world.line_id, service_code="pack5")
    assert result.charged == Decimal("250.00")
    assert _balance(world) == Decimal("750.00")
    with world.db.read() as s:
        charges = s.scalars(select(Charge).order_by(Charge.id)).all()
        assert [(c.category, c.amount) for c in charges] == [
            (ChargeCategory.SERVICE, Decimal("50.00")),
            (ChargeCategory.SERVICE, Decimal("200.00")),
        ]
        assert {c.period for c in charges} == {date(2026, 11, 1)}


def test_an_incompatible_service_is_named_and_can_be_replaced(world: World) -> None:
    ctx = world.verified()
    world.call(ctx, "activate_service", line_id=world.line_id, service_code="PACK5")
    before = snapshot(world.db)
    with pytest.raises(DomainError, match="Услуга PACK5"):
        world.call(ctx, "activate_service", line_id=world.line_id, service_code="PACK15")
    assert snapshot(world.db) == before
    result = world.call(
        ctx, "activate_service", line_id=world.line_id, service_code="PACK15", replace=True
    )
    assert result.ended == ("Услуга PACK5",)
    with world.db.read() as s:
        on = s.scalars(
            select(ServiceSubscription.service_id).where(ServiceSubscription.ended_at.is_(None))
        ).all()
    assert len(on) == 1


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"service_code": "NOPE"}, NotFound, "Unknown service"),
        ({"service_code": "DAILY", "start": date(2026, 11, 1)}, DomainError, "in the past"),
    ],
)
def test_refusals_leave_the_database_as_it_was(
    world: World, arguments: dict[str, object], error: type[Exception], message: str
) -> None:
    ctx = world.verified()
    before = snapshot(world.db)
    with pytest.raises(error, match=message):
        world.call(ctx, "activate_service", line_id=world.line_id, **arguments)
    assert snapshot(world.db) == before


def test_a_service_the_tariff_does_not_allow(world: World) -> None:
    ctx = world.verified()
    world.call(ctx, "change_tariff", line_id=world.line_id, tariff_code="BIG")
    before = snapshot(world.db)
    with pytest.raises(DomainError, match="not available on the tariff"):
        world.call(ctx, "activate_service", line_id=world.line_id, service_code="ONLYBASIC")
    assert snapshot(world.db) == before


def test_a_closed_line(world: World) -> None:
    ctx = world.verified()
    with pytest.raises(DomainError, match="closed"):
        world.call(ctx, "activate_service", line_id=world.closed_line_id, service_code="DAILY")


def test_from_a_date_and_switching_off(world: World) -> None:
    ctx = world.verified()
    start = (NOW + timedelta(days=10)).date()
    result = world.call(
        ctx, "activate_service", line_id=world.line_id, service_code="DAILY", start=start
    )
    # From midnight in the account's zone: Moscow midnight is 21:00 UTC the day before.
    assert result.at.astimezone(UTC) == datetime(2026, 12, 4, 21, 0, tzinfo=UTC)
    off = world.call(
        ctx,
        "deactivate_service",
        line_id=world.line_id,
        service_code="DAILY",
        end=date(2026, 12, 31),
    )
    assert off.service_code == "DAILY"
    with pytest.raises(DomainError, match="not on"):
        world.call(ctx, "deactivate_service", line_id=world.line_id, service_code="PACK15")


def test_an_administrator_does_not_serve_callers(world: World) -> None:
    with pytest.raises(PermissionDenied, match="admin"):
        world.call(world.context(world.admin), "start_interaction", channel="0890")  # type: ignore[arg-type]

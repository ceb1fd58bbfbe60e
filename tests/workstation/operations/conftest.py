"""A small, fully known world for the operations: users, a tariff pair, services, a subscriber."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, insert, select

from models import (
    AuditAnchor,
    AuditEvent,
    Base,
    Direction,
    FeePeriod,
    LineStatus,
    NumberCategory,
    Payment,
    PaymentMethod,
    PoolNumber,
    PoolStatus,
    Role,
    Service,
    ServiceCategory,
    TariffPlan,
    TariffRate,
    TariffStatus,
    UsageKind,
    Zone,
    tariff_service,
)
from models.interaction import Channel
from tests import factories as f
from workstation.audit import verify_chain
from workstation.auth import Agent
from workstation.db import Database
from workstation.operations import Context, execute
from workstation.secrets import hash_secret, normalize_code_word
from workstation.users import add_user

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
CODE_WORD = "Ромашка"
PASSPORT = "4510 123456"
LAST_PAYMENT = "750,00 20.11.2026"


@dataclass
class World:
    db: Database
    agent: Agent
    other_agent: Agent
    supervisor: Agent
    admin: Agent
    line_id: int
    account_id: int
    customer_id: int
    closed_line_id: int
    tariffs: dict[str, int]

    def context(self, agent: Agent | None = None, **kwargs: Any) -> Context:
        return Context(agent or self.agent, now=kwargs.pop("now", NOW), **kwargs)

    def call(self, ctx: Context, name: str, **arguments: Any) -> Any:
        return execute(self.db, ctx, name, **arguments)

    def start(self, agent: Agent | None = None, caller: str | None = "+79161234567") -> Context:
        ctx = self.context(agent)
        self.call(ctx, "start_interaction", channel=Channel.SHORT_NUMBER, caller=caller)
        return ctx

    def verified(self, agent: Agent | None = None) -> Context:
        from workstation.operations.verification import Method

        ctx = self.start(agent)
        result = self.call(
            ctx, "verify_caller", line_id=self.line_id, method=Method.CODE_WORD, answer=CODE_WORD
        )
        assert result.success
        return ctx


def _agent(db: Database, login: str, role: Role, name: str) -> Agent:
    with db.write() as s:
        user = add_user(s, login=login, role=role, full_name=name, password="secret-1")
        return Agent(user.id, user.login, user.full_name, user.role)


def _tariff(
    s: Any,
    code: str,
    fee: str,
    *,
    status: TariffStatus = TariffStatus.AVAILABLE,
    switch: str = "0.00",
) -> TariffPlan:
    plan = TariffPlan(
        code=code,
        name=f"Тариф {code}",
        status=status,
        monthly_fee=Decimal(fee),
        included_minutes=100,
        included_sms=50,
        included_data_mb=1024,
        switch_fee=Decimal(switch),
        block_free_days=30,
        block_daily_fee=Decimal("2.50"),
        introduced_on=date(2020, 1, 1),
    )
    plan.rates = [
        TariffRate(
            kind=UsageKind.VOICE,
            zone=Zone.HOME,
            direction=Direction.OUTGOING,
            price=Decimal("3.00"),
        ),
        TariffRate(
            kind=UsageKind.SMS, zone=Zone.HOME, direction=Direction.OUTGOING, price=Decimal("2.00")
        ),
        TariffRate(
            kind=UsageKind.DATA, zone=Zone.HOME, direction=Direction.OUTGOING, price=Decimal("5.00")
        ),
    ]
    s.add(plan)
    s.flush()
    return plan


def _service(
    s: Any,
    code: str,
    fee: str,
    period: FeePeriod,
    *,
    group: str | None = None,
    connection: str = "0.00",
) -> Service:
    item = Service(
        code=code,
        name=f"Услуга {code}",
        category=ServiceCategory.INTERNET,
        fee=Decimal(fee),
        fee_period=period,
        connection_fee=Decimal(connection),
        incompatibility_group=group,
    )
    s.add(item)
    s.flush()
    return item


@pytest.fixture
def world(db: Database) -> World:
    agent = _agent(db, "anna", Role.AGENT, "Смирнова Анна")
    other = _agent(db, "boris", Role.AGENT, "Борисов Борис")
    supervisor = _agent(db, "sveta", Role.SUPERVISOR, "Светлова Светлана")
    admin = _agent(db, "root", Role.ADMIN, "Админов Админ")
    with db.write() as s:
        basic = _tariff(s, "BASIC", "450.00")
        big = _tariff(s, "BIG", "900.00", switch="100.00")
        old = _tariff(s, "OLD", "200.00", status=TariffStatus.ARCHIVED)
        pack5 = _service(
            s, "PACK5", "200.00", FeePeriod.MONTHLY, group="data_pack", connection="50.00"
        )
        pack15 = _service(s, "PACK15", "400.00", FeePeriod.MONTHLY, group="data_pack")
        daily = _service(s, "DAILY", "5.00", FeePeriod.DAILY)
        only_basic = _service(s, "ONLYBASIC", "10.00", FeePeriod.MONTHLY)
        links = [(t.id, x.id) for t in (basic, big, old) for x in (pack5, pack15, daily)]
        links.append((basic.id, only_basic.id))
        s.execute(insert(tariff_service), [{"tariff_id": t, "service_id": x} for t, x in links])
        owner = f.customer(s, last="Алёшин", first="Пётр")
        owner.code_word_hash = hash_secret(normalize_code_word(CODE_WORD))
        owner.passport_series, owner.passport_number = "4510", "123456"
        account = f.account(s, owner, balance="1000.00")
        owner.email = "p.aleshin@example.ru"
        owner.contact_phone = "+79031112233"
        line = f.line(s, account, basic, msisdn="+79161234567")
        f.sim(s, line, iccid="8970101000000000017")
        s.add_all(
            [
                NumberCategory(code="ordinary", name="Обычный", price=Decimal("0.00"), rank=0),
                NumberCategory(code="gold", name="Золотой", price=Decimal("15000.00"), rank=3),
            ]
        )
        s.flush()
        for msisdn, category, status, until in (
            ("+79990000001", "ordinary", PoolStatus.FREE, None),
            ("+79777777777", "gold", PoolStatus.FREE, None),
            ("+79990000002", "ordinary", PoolStatus.QUARANTINE, NOW + timedelta(days=30)),
            ("+79990000003", "ordinary", PoolStatus.QUARANTINE, NOW - timedelta(days=1)),
        ):
            s.add(
                PoolNumber(
                    msisdn=msisdn,
                    msisdn_reversed=msisdn[1:][::-1],
                    category_code=category,
                    status=status,
                    quarantine_until=until,
                )
            )
        closed = f.line(s, account, basic, msisdn="+79161230000", status=LineStatus.CLOSED)
        s.add(
            Payment(
                account_id=account.id,
                amount=Decimal("750.00"),
                method=PaymentMethod.BANK_CARD,
                paid_at=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
                reference="T1",
            )
        )
        s.flush()
        world = World(
            db,
            agent,
            other,
            supervisor,
            admin,
            line.id,
            account.id,
            owner.id,
            closed.id,
            {"BASIC": basic.id, "BIG": big.id, "OLD": old.id},
        )
    return world


def snapshot(db: Database) -> tuple[dict[str, int], str]:
    """Row counts of every table and the head of the audit chain: "nothing changed" is equality."""
    with db.read() as s:
        counts = {
            t.name: int(s.scalar(select(func.count()).select_from(t)) or 0)
            for t in Base.metadata.sorted_tables
        }
        head = s.scalar(select(AuditAnchor.last_hash)) or ""
    return counts, head


def assert_refusal_recorded(
    db: Database, before: tuple[dict[str, int], str], operation: str, reason: str
) -> AuditEvent:
    """A refusal that matters: nothing changed but one ``refused`` event, and the chain holds."""
    counts, head = snapshot(db)
    assert head != before[1]
    assert counts == {**before[0], "audit_event": before[0]["audit_event"] + 1}
    with db.read() as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        assert verify_chain(s).broken_at is None
    assert event.operation == "refused"
    assert json.loads(event.summary) == {"operation": operation, "reason": reason}
    return event

"""Demo data: a believable operator's subscriber base, built in one transaction.

``build_demo`` is what ``workstation demo-data`` and the first start of the workstation
call. The catalogue (tariffs, services, number categories) is written through the ORM;
the subscriber base, which can run to millions of rows, through :class:`BulkWriter`,
generated in a second process for a large base (see :mod:`workstation.demo.pipeline`).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, delete, func, insert, select, text
from sqlalchemy.orm import Session

from models import (
    AuditAnchor,
    AuditEvent,
    Base,
    Customer,
    NumberCategory,
    Role,
    Service,
    TariffPlan,
    TariffRate,
    User,
    tariff_service,
)
from models.base import from_kopecks
from workstation.db import Database
from workstation.demo.catalog import NUMBER_CATEGORIES, SERVICES, TARIFFS
from workstation.demo.generator import DemoSpec
from workstation.demo.pipeline import background_batches, batches
from workstation.demo.tables import COLUMNS
from workstation.demo.vocabulary import DEMO_CODE_WORD
from workstation.demo.writer import BulkWriter
from workstation.errors import DomainError
from workstation.reference import seed_reference
from workstation.secrets import hash_secret, normalize_code_word

DEMO_PASSWORD = "demo"
DEMO_USERS: tuple[tuple[str, str, Role], ...] = (
    ("agent", "Смирнова Анна Сергеевна", Role.AGENT),
    ("supervisor", "Кузнецов Дмитрий Олегович", Role.SUPERVISOR),
    ("admin", "Волков Игорь Петрович", Role.ADMIN),
    ("ivanova", "Иванова Мария Андреевна", Role.AGENT),
    ("petrov", "Петров Сергей Николаевич", Role.AGENT),
)
FIRST_START_SUBSCRIBERS = 2_000
FIRST_START_MONTHS = 3
MAX_MONTHS = 36
# Below this, starting a second process costs about as much as it saves.
BACKGROUND_FROM = 5_000
# Tables that demo data never touches: people who log in, and the append-only log with
# the anchor that seals its head.
KEPT_TABLES = frozenset({User.__tablename__, AuditEvent.__tablename__, AuditAnchor.__tablename__})

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    lines: int
    usage_records: int
    rows: int
    seconds: float


def build_demo(
    db: Database,
    *,
    subscribers: int,
    months: int,
    seed: int,
    usage_lines: int | None = None,
    replace: bool = False,
    as_of: datetime | None = None,
    progress: Progress | None = None,
    background: bool | None = None,
) -> DemoSummary:
    """Write a demo base of ``subscribers`` customers; refuse a database holding data.

    ``background`` generates the rows in a second process while this one writes them;
    by default it does so from :data:`BACKGROUND_FROM` subscribers. The rows are the same.

    Raises:
        DomainError: bad counts, or data present without ``replace``.
        GenerationError: the generator process failed; nothing was written.
    """
    if subscribers < 1:
        raise DomainError("the number of subscribers must be at least 1")
    if not 1 <= months <= MAX_MONTHS:
        raise DomainError(f"the number of months must be between 1 and {MAX_MONTHS}")
    if usage_lines is not None and usage_lines < 0:
        raise DomainError("the number of lines with usage detail cannot be negative")
    # By default the base ends at the start of today (UTC): the same arguments give the
    # same rows all day long.
    if as_of is None:
        as_of = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    as_of = as_of.astimezone(UTC).replace(microsecond=0)
    started = datetime.now(UTC)
    engine = db.engine.execution_options(sqlite_begin="IMMEDIATE")
    with engine.begin() as connection:
        if _holds_data(connection):
            if not replace:
                raise DomainError(
                    "the database already holds subscriber data; "
                    "use --replace to delete it and build the demo base anew"
                )
            _clear(connection)
        agent_ids = _ensure_users(connection)
        tariff_ids, service_ids = _write_catalog(connection)
        with Session(bind=connection) as session:
            seed_reference(session, as_of)
        spec = DemoSpec(
            subscribers=subscribers,
            months=months,
            seed=seed,
            as_of=as_of,
            usage_lines=usage_lines,
            code_word_hash=hash_secret(
                normalize_code_word(DEMO_CODE_WORD), salt=seed.to_bytes(16, "big", signed=True)
            ),
            agent_ids=agent_ids,
        )
        if background is None:
            background = subscribers >= BACKGROUND_FROM
        produce = background_batches if background else batches
        writer = BulkWriter(connection)
        counters = None
        with (
            writer.bulk_load(),
            closing(produce(spec, tariff_ids, service_ids, connection.dialect.name)) as stream,
        ):
            for batch in stream:
                writer.write_rows(batch.rows)
                counters = batch.counters
                if progress and counters is None:
                    progress(batch.customers, subscribers)
        writer.reset_sequences(COLUMNS)
    assert counters is not None, "the last batch carries the counts"
    return DemoSummary(
        customers=counters.customer,
        lines=counters.line,
        usage_records=counters.usage,
        rows=writer.rows_written,
        seconds=(datetime.now(UTC) - started).total_seconds(),
    )


def _holds_data(connection: Connection) -> bool:
    for model in (Customer, TariffPlan):
        if connection.scalar(select(func.count()).select_from(model)):
            return True
    return False


def _clear(connection: Connection) -> None:
    tables = [t for t in Base.metadata.sorted_tables if t.name not in KEPT_TABLES]
    if connection.dialect.name == "postgresql":
        names = ", ".join(t.name for t in tables)
        connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY"))
        return
    for table in reversed(tables):
        connection.execute(delete(table))


def _ensure_users(connection: Connection) -> tuple[int, ...]:
    """The agents demo interactions are attributed to; the demo users on an empty database."""
    existing = connection.execute(select(User.id, User.role).order_by(User.id)).all()
    if not existing:
        with Session(bind=connection) as session:
            password_hash = hash_secret(DEMO_PASSWORD)
            for login, name, role in DEMO_USERS:
                session.add(
                    User(
                        login=login,
                        full_name=name,
                        role=role,
                        password_hash=password_hash,
                        active=True,
                        failed_logins=0,
                    )
                )
            session.flush()
        existing = connection.execute(select(User.id, User.role).order_by(User.id)).all()
    agents = tuple(uid for uid, role in existing if role in (Role.AGENT, Role.SUPERVISOR))
    return agents or tuple(uid for uid, _ in existing)


def _write_catalog(connection: Connection) -> tuple[dict[str, int], dict[str, int]]:
    tariff_ids: dict[str, int] = {}
    service_ids: dict[str, int] = {}
    with Session(bind=connection) as session:
        for number, spec in enumerate(TARIFFS, start=1):
            tariff = TariffPlan(
                id=number,
                code=spec.code,
                name=spec.name,
                description=spec.description,
                status=spec.status,
                for_business=spec.for_business,
                monthly_fee=from_kopecks(spec.monthly_fee),
                included_minutes=spec.minutes,
                included_sms=spec.sms,
                included_data_mb=spec.data_mb,
                switch_fee=from_kopecks(spec.switch_fee),
                block_free_days=spec.block_free_days,
                block_daily_fee=from_kopecks(spec.block_daily_fee),
                introduced_on=spec.introduced_on,
                archived_on=spec.archived_on,
            )
            tariff.rates = [
                TariffRate(kind=kind, zone=zone, direction=direction, price=from_kopecks(price))
                for kind, zone, direction, price in spec.rates()
            ]
            session.add(tariff)
            tariff_ids[spec.code] = number
        for number, service_spec in enumerate(SERVICES, start=1):
            session.add(
                Service(
                    id=number,
                    code=service_spec.code,
                    name=service_spec.name,
                    category=service_spec.category,
                    description=service_spec.description,
                    connection_fee=from_kopecks(service_spec.connection_fee),
                    fee=from_kopecks(service_spec.fee),
                    fee_period=service_spec.fee_period,
                    incompatibility_group=service_spec.group,
                    available=service_spec.available,
                    bonus_minutes=service_spec.bonus_minutes,
                    bonus_sms=service_spec.bonus_sms,
                    bonus_data_mb=service_spec.bonus_data_mb,
                )
            )
            service_ids[service_spec.code] = number
        for category in NUMBER_CATEGORIES:
            session.add(
                NumberCategory(
                    code=category.code,
                    name=category.name,
                    price=from_kopecks(category.price),
                    rank=category.rank,
                )
            )
        session.flush()
    links = [
        {"tariff_id": tariff_ids[code], "service_id": service_ids[s.code]}
        for s in SERVICES
        for code in sorted(s.allowed_on)
    ]
    connection.execute(insert(tariff_service), links)
    BulkWriter(connection).reset_sequences(["tariff_plan", "tariff_rate", "service"])
    return tariff_ids, service_ids

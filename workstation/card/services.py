"""The Services tab: what the line has switched on, and what its tariff allows besides."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models import FeePeriod, Line, Service, ServiceCategory, ServiceSubscription, tariff_service


@dataclass(frozen=True)
class ServiceInfo:
    service_id: int
    code: str
    name: str
    category: ServiceCategory
    description: str
    connection_fee: Decimal
    fee: Decimal
    fee_period: FeePeriod
    group: str | None
    available: bool


@dataclass(frozen=True)
class Subscription:
    subscription_id: int
    service: ServiceInfo
    started_at: datetime
    ended_at: datetime | None


@dataclass(frozen=True)
class AvailableService:
    service: ServiceInfo
    conflicts_with: str | None
    """The name of an active service of the same incompatibility group, if any."""


@dataclass(frozen=True)
class ServicesView:
    line_id: int
    active: tuple[Subscription, ...]
    ended: tuple[Subscription, ...]
    available: tuple[AvailableService, ...]


def service_info(service: Service) -> ServiceInfo:
    return ServiceInfo(
        service_id=service.id,
        code=service.code,
        name=service.name,
        category=service.category,
        description=service.description,
        connection_fee=service.connection_fee,
        fee=service.fee,
        fee_period=service.fee_period,
        group=service.incompatibility_group,
        available=service.available,
    )


def load_services(session: Session, line_id: int, *, now: datetime | None = None) -> ServicesView:
    now = now or datetime.now(UTC)
    rows = session.execute(
        select(ServiceSubscription, Service)
        .join(Service, Service.id == ServiceSubscription.service_id)
        .where(ServiceSubscription.line_id == line_id)
        .order_by(ServiceSubscription.started_at.desc())
    ).all()
    active, ended = [], []
    for subscription, service in rows:
        item = Subscription(
            subscription.id, service_info(service), subscription.started_at, subscription.ended_at
        )
        if subscription.ended_at is None or subscription.ended_at > now:
            active.append(item)
        else:
            ended.append(item)
    tariff_id = session.scalar(select(Line.tariff_id).where(Line.id == line_id))
    active_ids = {s.service.service_id for s in active}
    groups = {s.service.group: s.service.name for s in active if s.service.group}
    allowed = session.scalars(
        select(Service)
        .join(tariff_service, tariff_service.c.service_id == Service.id)
        .where(tariff_service.c.tariff_id == tariff_id, Service.available.is_(True))
        .where(or_(Service.id.not_in(active_ids), Service.id.is_(None)))
        .order_by(Service.category, Service.name)
    ).all()
    available = tuple(
        AvailableService(service_info(s), groups.get(s.incompatibility_group or ""))
        for s in allowed
    )
    active.sort(key=lambda s: (s.service.category, s.service.name))
    return ServicesView(line_id, tuple(active), tuple(ended), available)

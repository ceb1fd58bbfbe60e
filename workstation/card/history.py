"""The History tab: the customer's interactions with the contact center, and recorded changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import (
    AuditEvent,
    Channel,
    Interaction,
    Line,
    LineStatus,
    NumberAssignment,
    Outcome,
    PersonalAccount,
    Sim,
    User,
)
from workstation.phone import format_msisdn

HISTORY_LIMIT = 200
# Steps every interaction has; the History tab lists what was done besides them.
ROUTINE = ("start_interaction", "attach_subscriber", "close_interaction")


@dataclass(frozen=True)
class InteractionRow:
    interaction_id: int
    started_at: datetime
    ended_at: datetime | None
    channel: Channel
    agent: str
    caller_msisdn: str | None
    outcome: Outcome | None
    note: str
    verified: bool
    reasons: tuple[str, ...]
    operations: tuple[str, ...]
    """What was done in it, from the audit log, in order."""


@dataclass(frozen=True)
class ChangeRow:
    """A change on record: what happened to which line, when, and by whom if known."""

    at: datetime
    kind: str
    """``number_assigned``, ``number_released``, ``sim_replaced`` or ``status``."""
    msisdn: str
    detail: str
    agent: str | None


@dataclass(frozen=True)
class HistoryView:
    customer_id: int
    interactions: tuple[InteractionRow, ...]
    changes: tuple[ChangeRow, ...]


def load_history(session: Session, customer_id: int) -> HistoryView:
    rows = session.execute(
        select(Interaction, User.full_name)
        .join(User, User.id == Interaction.agent_id)
        .where(Interaction.customer_id == customer_id)
        .order_by(Interaction.started_at.desc())
        .limit(HISTORY_LIMIT)
    ).all()
    done: dict[int, list[str]] = {}
    ids = [i.id for i, _ in rows]
    if ids:
        for interaction_id, operation in session.execute(
            select(AuditEvent.interaction_id, AuditEvent.operation)
            .where(AuditEvent.interaction_id.in_(ids), AuditEvent.operation.not_in(ROUTINE))
            .order_by(AuditEvent.id)
        ):
            if interaction_id is not None:
                done.setdefault(interaction_id, []).append(operation)
    return HistoryView(
        customer_id=customer_id,
        interactions=tuple(
            InteractionRow(
                interaction_id=i.id,
                started_at=i.started_at,
                ended_at=i.ended_at,
                channel=i.channel,
                agent=agent,
                caller_msisdn=i.caller_msisdn,
                outcome=i.outcome,
                note=i.note,
                verified=i.verified_at is not None,
                reasons=tuple(r.code for r in i.reasons),
                operations=tuple(done.get(i.id, ())),
            )
            for i, agent in rows
        ),
        changes=tuple(sorted(_changes(session, customer_id), key=lambda c: c.at, reverse=True)),
    )


def _changes(session: Session, customer_id: int) -> list[ChangeRow]:
    out: list[ChangeRow] = []
    for msisdn, assigned, released in session.execute(
        select(NumberAssignment.msisdn, NumberAssignment.assigned_at, NumberAssignment.released_at)
        .where(NumberAssignment.customer_id == customer_id)
        .limit(HISTORY_LIMIT)
    ):
        out.append(ChangeRow(assigned, "number_assigned", msisdn, format_msisdn(msisdn), None))
        if released is not None:
            out.append(ChangeRow(released, "number_released", msisdn, format_msisdn(msisdn), None))
    lines = (
        select(Line.id)
        .join(PersonalAccount, PersonalAccount.id == Line.account_id)
        .where(PersonalAccount.customer_id == customer_id)
    )
    for sim in session.scalars(
        select(Sim).where(Sim.line_id.in_(lines), Sim.replaced_at.is_not(None))
    ):
        assert sim.replaced_at is not None
        msisdn = sim.line.msisdn
        detail = f"{sim.replace_reason or ''} ({sim.iccid})"
        out.append(ChangeRow(sim.replaced_at, "sim_replaced", msisdn, detail, None))
    for msisdn, status, changed in session.execute(
        select(Line.msisdn, Line.status, Line.status_changed_at).where(
            Line.id.in_(lines), Line.status != LineStatus.ACTIVE
        )
    ):
        out.append(ChangeRow(changed, "status", msisdn, status.value, None))
    return out

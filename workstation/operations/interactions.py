"""Interactions (обращения): start one with its channel, link the subscriber, wrap it up.

An agent has one interaction open at a time; it is always on screen, every operation done
during it is linked to it, and it cannot be closed without a wrap-up: one or more reasons,
an outcome and a note. A "callback needed" outcome puts a callback request in the queue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import (
    CallbackRequest,
    CallbackStatus,
    Channel,
    Interaction,
    InteractionReason,
    Line,
    Outcome,
    PersonalAccount,
)
from workstation.card.explain import ChargeRecords, records_behind
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.operations.errors import Invalid, NotFound
from workstation.operations.framework import Context, operation
from workstation.phone import to_e164

# The request types of the contact center (DESIGN.md, the scope), as wrap-up reasons.
REASONS: dict[str, str] = {
    "service": QT_TRANSLATE_NOOP("reasons", "Services: switch on or off"),
    "tariff": QT_TRANSLATE_NOOP("reasons", "Tariff change"),
    "support": QT_TRANSLATE_NOOP("reasons", "Technical or service support"),
    "number_change": QT_TRANSLATE_NOOP("reasons", "Number change"),
    "voluntary_block": QT_TRANSLATE_NOOP("reasons", "Voluntary block or unblock"),
    "pin_puk": QT_TRANSLATE_NOOP("reasons", "PIN and PUK codes"),
    "debt_unblock": QT_TRANSLATE_NOOP("reasons", "Unblock after a debt"),
    "fax_documents": QT_TRANSLATE_NOOP("reasons", "Bills and documents by fax"),
    "accounts": QT_TRANSLATE_NOOP("reasons", "Merge or split personal accounts"),
    "usage_detail": QT_TRANSLATE_NOOP("reasons", "Usage detail"),
    "charges": QT_TRANSLATE_NOOP("reasons", "Explaining charges and the bill"),
    "payments": QT_TRANSLATE_NOOP("reasons", "Payment methods and rules"),
    "service_pricing": QT_TRANSLATE_NOOP("reasons", "How a service is charged"),
    "lost_sim": QT_TRANSLATE_NOOP("reasons", "Lost or stolen SIM"),
    "personal_data": QT_TRANSLATE_NOOP("reasons", "Personal data"),
    "bill_delivery": QT_TRANSLATE_NOOP("reasons", "Bill delivery"),
    "password_reset": QT_TRANSLATE_NOOP("reasons", "Self-care password"),
    "complaint": QT_TRANSLATE_NOOP("reasons", "Complaint"),
    "other": QT_TRANSLATE_NOOP("reasons", "Other"),
}
CALLBACK_DELAY = timedelta(hours=2)


@dataclass(frozen=True)
class InteractionStarted:
    interaction_id: int
    channel: Channel
    caller_msisdn: str | None
    started_at: datetime


@dataclass(frozen=True)
class InteractionClosed:
    interaction_id: int
    outcome: Outcome
    callback_id: int | None


@operation("start_interaction", interaction=False)
def start_interaction(
    session: Session, ctx: Context, *, channel: Channel, caller: str | None = None
) -> InteractionStarted:
    """Start an interaction: the channel it came by and the caller's number if known."""
    already = session.scalar(
        select(Interaction.id).where(
            Interaction.agent_id == ctx.agent.user_id, Interaction.ended_at.is_(None)
        )
    )
    if already is not None:
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "errors", "Interaction {id} is still open: wrap it up before starting another."
            ),
            id=already,
        )
    msisdn = None
    if caller:
        msisdn = to_e164(caller)
        if msisdn is None:
            raise Invalid(
                QT_TRANSLATE_NOOP("errors", "{caller} is not a phone number."), caller=caller
            )
    line = (
        session.scalar(select(Line).where(Line.msisdn == msisdn, Line.status != "closed"))
        if msisdn
        else None
    )
    interaction = Interaction(
        agent_id=ctx.agent.user_id,
        channel=channel,
        caller_msisdn=msisdn,
        line_id=line.id if line else None,
        customer_id=line.account.customer_id if line else None,
        started_at=ctx.now,
        note="",
    )
    session.add(interaction)
    session.flush()
    ctx.interaction_id = interaction.id
    ctx.record(
        session,
        "start_interaction",
        "interaction",
        interaction.id,
        {"channel": channel.value, "caller": msisdn},
    )
    return InteractionStarted(interaction.id, channel, msisdn, interaction.started_at)


@operation("attach_subscriber")
def attach_subscriber(session: Session, ctx: Context, *, line_id: int) -> int:
    """Link the interaction to the subscriber whose card the agent opened."""
    line = session.get(Line, line_id)
    if line is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Line {line} not found"), line=line_id)
    interaction = session.get_one(Interaction, ctx.interaction_id)
    customer = session.scalar(
        select(PersonalAccount.customer_id).where(PersonalAccount.id == line.account_id)
    )
    if interaction.customer_id != customer:
        # Verification belongs to one subscriber: another one starts unverified.
        interaction.verified_at = None
        interaction.verified_method = None
        interaction.verified_customer_id = None
    interaction.line_id = line.id
    interaction.customer_id = customer
    ctx.record(session, "attach_subscriber", "line", line.id, {"customer": customer})
    return line.id


@operation("close_interaction")
def close_interaction(
    session: Session,
    ctx: Context,
    *,
    reasons: list[str],
    outcome: Outcome,
    note: str,
    callback_at: datetime | None = None,
) -> InteractionClosed:
    """Wrap up the interaction: reasons, outcome and a note; a callback if one is needed."""
    unknown = [r for r in reasons if r not in REASONS]
    if not reasons or unknown:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "Choose at least one reason from the list to wrap up.")
        )
    if not note.strip():
        raise Invalid(QT_TRANSLATE_NOOP("errors", "Write a note on what was done to wrap up."))
    interaction = session.get_one(Interaction, ctx.interaction_id)
    callback_id = None
    if outcome == Outcome.CALLBACK_NEEDED:
        number = interaction.caller_msisdn or _line_number(session, interaction.line_id)
        if number is None:
            raise Invalid(
                QT_TRANSLATE_NOOP("errors", "A callback needs the caller's number or a subscriber.")
            )
        due = callback_at or ctx.now + CALLBACK_DELAY
        if due < ctx.now:
            raise Invalid(QT_TRANSLATE_NOOP("errors", "The callback time is in the past."))
        callback = CallbackRequest(
            msisdn=number,
            customer_id=interaction.customer_id,
            interaction_id=interaction.id,
            created_at=ctx.now,
            due_at=due,
            priority=1,
            status=CallbackStatus.OPEN,
            attempts=0,
            note=note.strip(),
        )
        session.add(callback)
        session.flush()
        callback_id = callback.id
    interaction.reasons = [InteractionReason(code=r) for r in sorted(set(reasons))]
    interaction.outcome = outcome
    interaction.note = note.strip()
    interaction.ended_at = ctx.now
    ctx.record(
        session,
        "close_interaction",
        "interaction",
        interaction.id,
        {"outcome": outcome.value, "reasons": sorted(set(reasons)), "callback": callback_id},
    )
    return InteractionClosed(interaction.id, outcome, callback_id)


def _line_number(session: Session, line_id: int | None) -> str | None:
    return (
        None if line_id is None else session.scalar(select(Line.msisdn).where(Line.id == line_id))
    )


def open_interaction_of(session: Session, agent_id: int) -> Interaction | None:
    """The agent's interaction still open (after a restart the workstation resumes it)."""
    return session.scalar(
        select(Interaction).where(Interaction.agent_id == agent_id, Interaction.ended_at.is_(None))
    )


@operation("view_personal_data", verification=True, reason="personal_data")
def view_personal_data(session: Session, ctx: Context, *, line_id: int) -> int:
    """Record that the agent saw the verified caller's passport, birth date and address."""
    ctx.record(session, "view_personal_data", "line", line_id)
    return line_id


@operation("view_usage_detail", verification=True, reason="usage_detail")
def view_usage_detail(
    session: Session, ctx: Context, *, line_id: int, first: date, last: date
) -> int:
    """Record that the agent opened the usage detail (the secret of communications)."""
    ctx.record(
        session,
        "view_usage_detail",
        "line",
        line_id,
        {"first": first.isoformat(), "last": last.isoformat()},
    )
    return line_id


@operation("view_charge_records", verification=True, reason="charges")
def view_charge_records(
    session: Session, ctx: Context, *, line_id: int, charge_id: int
) -> ChargeRecords:
    """List the calls and messages behind a usage charge (the secret of communications)."""
    found = records_behind(session, line_id=line_id, charge_id=charge_id)
    ctx.record(
        session,
        "view_charge_records",
        "line",
        line_id,
        {"charge": charge_id, "records": found.count},
    )
    return found


@operation("view_statement", verification=True, reason="usage_detail")
def view_statement(session: Session, ctx: Context, *, account_id: int, period: date) -> int:
    """Record that the agent made a statement (it carries the usage detail) for the caller."""
    ctx.record(session, "view_statement", "account", account_id, {"period": period.isoformat()})
    return account_id

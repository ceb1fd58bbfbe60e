"""The e-mail channel worked like a call: take a letter, verify the sender, act, reply.

**Taking** a letter from the queue starts the agent's interaction of channel "email"
with the customer it was matched to, and takes the other waiting letters of its thread
along; of two agents taking it at once, the second is told who has it.

**Verifying** an e-mail sender needs both what the sender controls and what only the
customer knows: the letter must come from an address on file for that customer (their
e-mail, or an account's bill e-mail) *and* carry the customer's code word, which the
agent copies from the letter and the core checks against its hash and against the
letter's text. An address alone can be forged, and a code word alone could have been
overheard; together they count as verification by ``email_code_word``. That is enough
for the e-mail requests of the contact center (personal data, bill delivery, self-care
password, services, tariff, blocks); blocking a lost SIM and replacing it need a code
word or passport given in a call. Failures count towards the line's verification lock
like a caller's.

**Replying** queues the answer in the outbox, threaded to the customer's letter
(In-Reply-To); the letter and the reply stay on the interaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from models import (
    Channel,
    Customer,
    InboundMessage,
    InboundStatus,
    Interaction,
    Line,
    OutboxKind,
    PersonalAccount,
    User,
    VerificationAttempt,
    VerificationLock,
)
from workstation.delivery.compose import mail_address
from workstation.delivery.errors import Rejected
from workstation.delivery.inbox.matching import customers_with_address
from workstation.formatting import moment
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.operations.errors import Conflict, Invalid, NotFound, VerificationLocked
from workstation.operations.framework import Context, open_interaction, operation
from workstation.operations.verification import (
    MAX_FAILURES_PER_DAY,
    MAX_FAILURES_PER_INTERACTION,
    active_lock,
)
from workstation.outbox import queue_message
from workstation.secrets import normalize_code_word, verify_secret

EMAIL_CODE_WORD = "email_code_word"
REPLY_LIMIT = 20_000
REPLY = "email_reply"


@dataclass(frozen=True)
class EmailTaken:
    interaction_id: int
    inbound_id: int
    letters: int
    customer_id: int | None
    line_id: int | None
    caller_msisdn: str | None
    started_at: datetime


@dataclass(frozen=True)
class SenderVerified:
    success: bool
    failures_left: int
    locked: bool


@dataclass(frozen=True)
class ReplyQueued:
    outbox_id: int
    recipient: str


def _letter(session: Session, inbound_id: int) -> InboundMessage:
    letter = session.get(InboundMessage, inbound_id, with_for_update=True)
    if letter is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "E-mail {id} not found"), id=inbound_id)
    return letter


def _thread(letter: InboundMessage) -> int:
    return letter.thread_id or letter.id


def _refuse_taken(session: Session, ctx: Context, letter: InboundMessage) -> None:
    who = session.get(User, letter.taken_by_id) if letter.taken_by_id else None
    raise Conflict(
        QT_TRANSLATE_NOOP("errors", "{who} took this e-mail at {when}."),
        who=who.full_name if who else "—",
        when=moment(letter.taken_at, ctx.time_zone) if letter.taken_at else "—",
    )


def _in_my_interaction(session: Session, ctx: Context, inbound_id: int) -> InboundMessage:
    letter = _letter(session, inbound_id)
    if letter.interaction_id is None or letter.interaction_id != ctx.interaction_id:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "Take the e-mail first: it is not in your interaction.")
        )
    return letter


@operation("take_email", interaction=False)
def take_email(session: Session, ctx: Context, *, inbound_id: int) -> EmailTaken:
    """Take an e-mail request from the queue: it starts the agent's e-mail interaction."""
    letter = _letter(session, inbound_id)
    if letter.status == InboundStatus.TAKEN and letter.taken_by_id != ctx.agent.user_id:
        _refuse_taken(session, ctx, letter)
    if letter.status != InboundStatus.NEW:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "This e-mail has been dealt with already: {status}."),
            status=letter.status,
        )
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
    msisdn = session.scalar(select(Line.msisdn).where(Line.id == letter.line_id))
    interaction = Interaction(
        agent_id=ctx.agent.user_id,
        channel=Channel.EMAIL,
        caller_msisdn=msisdn,
        customer_id=letter.customer_id,
        line_id=letter.line_id,
        started_at=ctx.now,
        note="",
    )
    session.add(interaction)
    session.flush()
    ctx.interaction_id = interaction.id
    root = _thread(letter)
    waiting = session.scalars(
        select(InboundMessage)
        .where(
            or_(InboundMessage.id == root, InboundMessage.thread_id == root),
            InboundMessage.status == InboundStatus.NEW,
        )
        .with_for_update()
    ).all()
    for item in waiting:
        item.status = InboundStatus.TAKEN
        item.interaction_id = interaction.id
        item.taken_by_id = ctx.agent.user_id
        item.taken_at = ctx.now
    ctx.record(
        session,
        "take_email",
        "inbound_message",
        letter.id,
        {"interaction": interaction.id, "letters": len(waiting)},
    )
    return EmailTaken(
        interaction.id,
        letter.id,
        len(waiting),
        letter.customer_id,
        letter.line_id,
        msisdn,
        interaction.started_at,
    )


@operation("dismiss_email", interaction=False)
def dismiss_email(session: Session, ctx: Context, *, inbound_id: int, reason: str) -> int:
    """Set aside a letter that needs no answer (spam, an auto-reply), saying why."""
    if not reason.strip():
        raise Invalid(QT_TRANSLATE_NOOP("errors", "Say why the e-mail is set aside."))
    letter = _letter(session, inbound_id)
    if letter.status == InboundStatus.TAKEN and letter.taken_by_id != ctx.agent.user_id:
        _refuse_taken(session, ctx, letter)
    if letter.status not in (InboundStatus.NEW, InboundStatus.TAKEN):
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "This e-mail has been dealt with already: {status}."),
            status=letter.status,
        )
    letter.status = InboundStatus.DISMISSED
    letter.note = reason.strip()
    ctx.record(session, "dismiss_email", "inbound_message", letter.id, {"reason": reason.strip()})
    return letter.id


def _failures(session: Session, line_id: int, interaction_id: int, since: datetime) -> int:
    failed = select(func.count()).where(
        VerificationAttempt.line_id == line_id, VerificationAttempt.success.is_(False)
    )
    in_interaction = session.scalar(
        failed.where(VerificationAttempt.interaction_id == interaction_id)
    )
    in_day = session.scalar(failed.where(VerificationAttempt.at >= since))
    return min(
        MAX_FAILURES_PER_INTERACTION - int(in_interaction or 0),
        MAX_FAILURES_PER_DAY - int(in_day or 0),
    )


@operation("verify_email_sender")
def verify_email_sender(
    session: Session, ctx: Context, *, inbound_id: int, line_id: int, code_word: str
) -> SenderVerified:
    """Verify the sender of an e-mail: an address on file and the code word in the letter."""
    letter = _in_my_interaction(session, ctx, inbound_id)
    line = session.get(Line, line_id)
    if line is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Line {line} not found"), line=line_id)
    if active_lock(session, line_id) is not None:
        raise VerificationLocked(
            QT_TRANSLATE_NOOP(
                "errors",
                "Verification of this line is locked after repeated failures: "
                "a supervisor must unlock it.",
            )
        )
    account = session.get_one(PersonalAccount, line.account_id)
    customer = session.get_one(Customer, account.customer_id)
    if customer.id not in customers_with_address(session, letter.from_address):
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "errors",
                "The e-mail is not from an address on file for this subscriber: it cannot "
                "verify them. Ask them to write from the address they gave us, or to call.",
            )
        )
    if customer.code_word_hash is None:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The customer has no code word: use another method.")
        )
    said = normalize_code_word(code_word)
    if not said or said not in normalize_code_word(f"{letter.subject}\n{letter.text}"):
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "errors",
                "Copy the code word exactly as the letter gives it; it is not in the letter.",
            )
        )
    success = verify_secret(said, customer.code_word_hash)
    session.add(
        VerificationAttempt(
            interaction_id=ctx.interaction_id,
            line_id=line_id,
            agent_id=ctx.agent.user_id,
            method=EMAIL_CODE_WORD,
            success=success,
            at=ctx.now,
        )
    )
    interaction = session.get_one(Interaction, ctx.interaction_id)
    locked = False
    left = MAX_FAILURES_PER_INTERACTION
    if success:
        interaction.verified_at = ctx.now
        interaction.verified_method = EMAIL_CODE_WORD
        interaction.verified_customer_id = customer.id
        interaction.customer_id = customer.id
        interaction.line_id = line_id
    else:
        session.flush()
        left = max(0, _failures(session, line_id, interaction.id, ctx.now - timedelta(hours=24)))
        if left == 0:
            locked = True
            session.add(
                VerificationLock(line_id=line_id, locked_at=ctx.now, reason="e-mail code word")
            )
    ctx.record(
        session,
        "verify_email_sender",
        "line",
        line_id,
        {"inbound": letter.id, "success": success, "locked": locked},
    )
    return SenderVerified(success, left, locked)


def reply_subject(subject: str) -> str:
    if not subject.strip():
        return "Ответ на ваше обращение"
    return subject if subject.lower().startswith(("re:", "на:")) else f"Re: {subject}"


@operation("reply_email")
def reply_email(
    session: Session, ctx: Context, *, inbound_id: int, text: str, subject: str | None = None
) -> ReplyQueued:
    """Answer an e-mail request: the reply goes by the outbox, threaded to the letter."""
    letter = _in_my_interaction(session, ctx, inbound_id)
    body = text.strip()
    if not body:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "Write the reply first."))
    if len(body) > REPLY_LIMIT:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The reply is too long: at most {limit} characters."),
            limit=REPLY_LIMIT,
        )
    try:
        recipient = mail_address(letter.from_address)
    except Rejected:
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "errors",
                "The letter has no sender address a reply could go to; call the subscriber.",
            )
        ) from None
    interaction = open_interaction(session, ctx)
    message = queue_message(
        session,
        kind=OutboxKind.EMAIL,
        purpose=REPLY,
        recipient=recipient,
        subject=(subject or "").strip() or reply_subject(letter.subject),
        body=body + "\n",
        now=ctx.now,
        customer_id=interaction.customer_id or letter.customer_id,
        line_id=interaction.line_id,
        interaction_id=interaction.id,
        in_reply_to=letter.message_id,
    )
    answered = session.scalars(
        select(InboundMessage).where(
            InboundMessage.interaction_id == interaction.id,
            InboundMessage.status == InboundStatus.TAKEN,
        )
    ).all()
    for item in answered:
        item.status = InboundStatus.ANSWERED
    ctx.record(session, "reply_email", "inbound_message", letter.id, {"outbox": message.id})
    return ReplyQueued(message.id, recipient)

"""What an agent does with the outbox: retry or cancel a message, send a statement.

A statement goes out as a message with the PDF attached, queued in the transaction that
gathered it: the agent is told at once what is wrong with the request (no such month, no
address, no fax number), and the sender does the rest. A fax carries the PDF; the sender
renders the gateway's TIFF from it when the gateway wants one.

The monthly statements of a batch (``workstation statements --send``) are queued by
:func:`queue_monthly_statement`, not by an agent: as the system, one transaction and one
audit event without an agent per account, and never twice for the same account and month.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models import BillDelivery, Customer, OutboxKind, OutboxMessage, OutboxStatus, PersonalAccount
from reports import Delivery
from reports.format import format_month, plain_spaces
from workstation import audit
from workstation.db import Database
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.operations.errors import Invalid, NotFound
from workstation.operations.framework import Context, operation
from workstation.operations.personal import email_address
from workstation.outbox import MESSAGE_DOMAIN, Attachment, queue_message
from workstation.phone import to_e164
from workstation.statements import (
    MissingContact,
    StatementError,
    build_document,
    gather_statement,
)
from workstation.statements import statement_options as variant_options

PDF = "application/pdf"
CONTACTS = {
    "ru": "Вопросы можно задать по номеру 0890 (бесплатно с мобильного) или 8 800 250-0890.",
    "en": "Questions: call 0890 (free from your mobile) or 8 800 250-0890.",
}


@dataclass(frozen=True)
class OutboxState:
    outbox_id: int
    status: OutboxStatus
    next_attempt_at: datetime


def _message(session: Session, outbox_id: int, ctx: Context) -> OutboxMessage:
    message = session.get(OutboxMessage, outbox_id, with_for_update=True)
    if message is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Message {id} not found"), id=outbox_id)
    if message.status == OutboxStatus.SENT:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "The message has been sent already."))
    if message.status == OutboxStatus.SENDING and (
        message.claimed_until is None or message.claimed_until > ctx.now
    ):
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "errors", "The message is being sent right now; it cannot be changed."
            )
        )
    return message


@operation("retry_outbox_message", interaction=False)
def retry_outbox_message(session: Session, ctx: Context, *, outbox_id: int) -> OutboxState:
    """Send a failed, cancelled or waiting message again now, with a fresh count of attempts."""
    message = _message(session, outbox_id, ctx)
    was = message.status
    message.status = OutboxStatus.QUEUED
    message.next_attempt_at = ctx.now
    message.attempts = 0
    message.claimed_by = None
    message.claimed_until = None
    ctx.record(session, "retry_outbox_message", "outbox_message", message.id, {"was": was.value})
    return OutboxState(message.id, message.status, message.next_attempt_at)


@operation("cancel_outbox_message", interaction=False)
def cancel_outbox_message(
    session: Session, ctx: Context, *, outbox_id: int, reason: str = ""
) -> OutboxState:
    """Take a message that has not gone yet off the outbox; it is kept, marked cancelled."""
    message = _message(session, outbox_id, ctx)
    if message.status == OutboxStatus.CANCELLED:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "The message is cancelled already."))
    was = message.status
    message.status = OutboxStatus.CANCELLED
    message.claimed_by = None
    message.claimed_until = None
    ctx.record(
        session,
        "cancel_outbox_message",
        "outbox_message",
        message.id,
        {"was": was.value, "reason": reason.strip()},
    )
    return OutboxState(message.id, message.status, message.next_attempt_at)


@dataclass(frozen=True)
class StatementQueued:
    outbox_id: int
    recipient: str
    pages: int


@operation("send_statement", verification=True, reason="fax_documents")
def send_statement(
    session: Session,
    ctx: Context,
    *,
    account_id: int,
    period: date,
    delivery: BillDelivery,
    address: str | None = None,
    language: str = "ru",
) -> StatementQueued:
    """Send the statement of a month by e-mail or fax (to the address on file, or another)."""
    if delivery not in (BillDelivery.EMAIL, BillDelivery.FAX):
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "errors", "A statement is sent by e-mail or by fax; a letter by post is printed."
            )
        )
    if language not in CONTACTS:
        language = "ru"
    account = session.get(PersonalAccount, account_id)
    if account is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "No personal account {account}"), account=account_id
        )
    try:
        statement = gather_statement(session, account_id=account_id, period=period, now=ctx.now)
        if delivery == BillDelivery.EMAIL:
            recipient = email_address(
                address or account.bill_email or _customer_email(session, account)
            )
            options = variant_options(statement, delivery=Delivery.EMAIL, language=language)
        else:
            fax = to_e164(address) if address else statement.fax_number
            if fax is None:
                raise Invalid(
                    QT_TRANSLATE_NOOP("errors", "{caller} is not a phone number."),
                    caller=address or "—",
                )
            recipient = fax
            options = variant_options(
                statement,
                delivery=Delivery.FAX,
                language=language,
                sender=ctx.agent.full_name,
                fax_number=fax,
                now=ctx.now,
            )
        document = build_document(statement, options)
    except StatementError as exc:
        raise Invalid(exc.template, **exc.params) from exc
    message = _queue_statement(
        session,
        account,
        period=period,
        delivery=delivery,
        recipient=recipient,
        pdf=document.pdf,
        pages=document.pages,
        language=language,
        now=ctx.now,
        interaction_id=ctx.interaction_id,
    )
    ctx.record(
        session,
        "send_statement",
        "account",
        account_id,
        {
            "period": f"{period:%Y-%m}",
            "delivery": delivery.value,
            "outbox": message.id,
            "pages": document.pages,
        },
    )
    return StatementQueued(message.id, recipient, document.pages)


@dataclass(frozen=True)
class MonthlyStatementQueued:
    outbox_id: int
    queued: bool
    """False when an earlier run had queued it: nothing was written this time."""


def monthly_message_id(account_id: int, period: date) -> str:
    """The one Message-ID of an account's monthly statement: what makes a batch run again
    (from the same directory or another) find the letter instead of queueing a second."""
    return f"<statement-{period:%Y-%m}-{account_id}@{MESSAGE_DOMAIN}>"


def queue_monthly_statement(
    db: Database,
    *,
    account_id: int,
    period: date,
    delivery: BillDelivery,
    pdf: bytes,
    pages: int,
    language: str,
    now: datetime,
) -> MonthlyStatementQueued:
    """Queue the statement a batch made for ``delivery`` to the account's address for it,
    as the system.

    One transaction: the message, its PDF and one audit event without an agent, or
    nothing. A fax carries the PDF, like an agent's; the sender draws the gateway's image.

    Raises:
        MissingContact: the account has no e-mail address or fax number for its bills.
        Invalid: the address on file is not an e-mail address; ``delivery`` is the post.
    """
    message_id = monthly_message_id(account_id, period)
    try:
        with db.write() as session:
            found = _queued(session, message_id)
            if found is not None:
                return MonthlyStatementQueued(found, queued=False)
            account = session.get_one(PersonalAccount, account_id)
            recipient = _bill_recipient(session, account, delivery)
            message = _queue_statement(
                session,
                account,
                period=period,
                delivery=delivery,
                recipient=recipient,
                pdf=pdf,
                pages=pages,
                language=language if language in CONTACTS else "ru",
                now=now,
                message_id=message_id,
            )
            audit.record(
                session,
                operation="send_statement",
                target_type="account",
                target_id=account_id,
                agent_id=None,
                summary={
                    "period": f"{period:%Y-%m}",
                    "delivery": delivery.value,
                    "outbox": message.id,
                    "pages": pages,
                },
                at=now,
            )
            return MonthlyStatementQueued(message.id, queued=True)
    except IntegrityError:
        # Another batch of the same month queued it a moment ago: that one stands.
        with db.read() as session:
            found = _queued(session, message_id)
        if found is None:
            raise
        return MonthlyStatementQueued(found, queued=False)


def _queued(session: Session, message_id: str) -> int | None:
    return session.scalar(select(OutboxMessage.id).where(OutboxMessage.message_id == message_id))


def _bill_recipient(session: Session, account: PersonalAccount, delivery: BillDelivery) -> str:
    """Where the account's bills go: its bill e-mail (else the customer's), or its fax."""
    if delivery == BillDelivery.EMAIL:
        address = account.bill_email or session.scalar(
            select(Customer.email).where(Customer.id == account.customer_id)
        )
        if not address:
            raise MissingContact(
                QT_TRANSLATE_NOOP(
                    "errors", "Account {account} has no e-mail address for bills: cannot send"
                ),
                account=account.number,
            )
        return email_address(address)
    if delivery == BillDelivery.FAX:
        fax = to_e164(account.bill_fax or "")
        if fax is None:
            raise MissingContact(
                QT_TRANSLATE_NOOP("errors", "No fax number to send the statement of {account} to"),
                account=account.number,
            )
        return fax
    raise Invalid(
        QT_TRANSLATE_NOOP(
            "errors", "A statement is sent by e-mail or by fax; a letter by post is printed."
        )
    )


def _queue_statement(
    session: Session,
    account: PersonalAccount,
    *,
    period: date,
    delivery: BillDelivery,
    recipient: str,
    pdf: bytes,
    pages: int,
    language: str,
    now: datetime,
    interaction_id: int | None = None,
    message_id: str | None = None,
) -> OutboxMessage:
    """The statement's message with its PDF: the same letter from an agent or a batch."""
    month = plain_spaces(format_month(period, language))
    filename = f"statement-{account.number}-{period:%Y-%m}.pdf"
    subject, body = _texts(language, account.number, month, pages)
    return queue_message(
        session,
        kind=OutboxKind.EMAIL if delivery == BillDelivery.EMAIL else OutboxKind.FAX,
        purpose="statement",
        recipient=recipient,
        subject=subject,
        body=body,
        now=now,
        customer_id=account.customer_id,
        interaction_id=interaction_id,
        attachments=[Attachment(filename, PDF, pdf)],
        message_id=message_id,
    )


def _customer_email(session: Session, account: PersonalAccount) -> str:
    email = session.scalar(select(Customer.email).where(Customer.id == account.customer_id))
    if not email:
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "errors", "Account {account} has no e-mail address: type the address to send to."
            ),
            account=account.number,
        )
    return email


def _texts(language: str, account: str, month: str, pages: int) -> tuple[str, str]:
    if language == "en":
        return (
            f"Statement for {month}, account {account}",
            f"Hello,\n\nPlease find attached the bill and usage detail of account {account} "
            f"for {month} ({pages} pages).\n\nThis message was sent automatically; there is "
            f"no need to reply. {CONTACTS['en']}\n\nContact centre\n",
        )
    return (
        f"Счёт за {month}, лицевой счёт {account}",
        f"Здравствуйте!\n\nВо вложении — счёт и детализация по лицевому счёту {account} "
        f"за {month} (страниц: {pages}).\n\nПисьмо отправлено автоматически, отвечать на "
        f"него не нужно. {CONTACTS['ru']}\n\nКонтактный центр\n",
    )

"""Names the interface shows for the core's enumerations, translated.

The translation context is ``labels``; each table is written out with
``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate`` collects every name.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from models import (
    AccountStatus,
    ApprovalStatus,
    ArticleKind,
    BillDelivery,
    ChargeCategory,
    CustomerKind,
    Direction,
    FeePeriod,
    InboundProblem,
    InboundStatus,
    LineStatus,
    MatchedBy,
    OutboxKind,
    OutboxStatus,
    PaymentMethod,
    Role,
    ServiceCategory,
    TariffStatus,
    UsageKind,
    Zone,
)
from models.interaction import CallbackStatus, Channel, Outcome
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.operations.callbacks import CallResult, Priority
from workstation.operations.money import AdjustmentReason
from workstation.operations.verification import Method
from workstation.search import Match

CONTEXT = "labels"

_ENTRIES: tuple[tuple[Enum, str], ...] = (
    (LineStatus.ACTIVE, QT_TRANSLATE_NOOP("labels", "Active")),
    (LineStatus.VOLUNTARY_BLOCK, QT_TRANSLATE_NOOP("labels", "Voluntary block")),
    (LineStatus.DEBT_BLOCK, QT_TRANSLATE_NOOP("labels", "Blocked for debt")),
    (LineStatus.LOST_SIM_BLOCK, QT_TRANSLATE_NOOP("labels", "Lost SIM block")),
    (LineStatus.CLOSED, QT_TRANSLATE_NOOP("labels", "Closed")),
    (Match.NUMBER, QT_TRANSLATE_NOOP("labels", "number")),
    (Match.NUMBER_TAIL, QT_TRANSLATE_NOOP("labels", "end of number")),
    (Match.FORMER_OWNER, QT_TRANSLATE_NOOP("labels", "former owner of the number")),
    (Match.NAME, QT_TRANSLATE_NOOP("labels", "name")),
    (Match.ACCOUNT, QT_TRANSLATE_NOOP("labels", "account")),
    (Match.CONTRACT, QT_TRANSLATE_NOOP("labels", "contract")),
    (Match.ICCID, QT_TRANSLATE_NOOP("labels", "ICCID")),
    (CustomerKind.INDIVIDUAL, QT_TRANSLATE_NOOP("labels", "Individual")),
    (CustomerKind.BUSINESS, QT_TRANSLATE_NOOP("labels", "Business customer")),
    (AccountStatus.ACTIVE, QT_TRANSLATE_NOOP("labels", "Active")),
    (AccountStatus.CLOSED, QT_TRANSLATE_NOOP("labels", "Closed")),
    (Role.AGENT, QT_TRANSLATE_NOOP("labels", "agent")),
    (Role.SUPERVISOR, QT_TRANSLATE_NOOP("labels", "supervisor")),
    (Role.ADMIN, QT_TRANSLATE_NOOP("labels", "administrator")),
    (BillDelivery.POST, QT_TRANSLATE_NOOP("labels", "By post")),
    (BillDelivery.EMAIL, QT_TRANSLATE_NOOP("labels", "By e-mail")),
    (BillDelivery.FAX, QT_TRANSLATE_NOOP("labels", "By fax")),
    (BillDelivery.NONE, QT_TRANSLATE_NOOP("labels", "Not sent")),
    (ChargeCategory.SUBSCRIPTION, QT_TRANSLATE_NOOP("labels", "Subscription fee")),
    (ChargeCategory.SERVICE, QT_TRANSLATE_NOOP("labels", "Services")),
    (ChargeCategory.VOICE, QT_TRANSLATE_NOOP("labels", "Calls")),
    (ChargeCategory.SMS, QT_TRANSLATE_NOOP("labels", "SMS and MMS")),
    (ChargeCategory.DATA, QT_TRANSLATE_NOOP("labels", "Mobile internet")),
    (ChargeCategory.ROAMING, QT_TRANSLATE_NOOP("labels", "Roaming")),
    (ChargeCategory.ONE_OFF, QT_TRANSLATE_NOOP("labels", "One-off")),
    (ChargeCategory.ADJUSTMENT, QT_TRANSLATE_NOOP("labels", "Adjustments")),
    (PaymentMethod.BANK_CARD, QT_TRANSLATE_NOOP("labels", "Bank card")),
    (PaymentMethod.BANK_TRANSFER, QT_TRANSLATE_NOOP("labels", "Bank transfer")),
    (PaymentMethod.CASH, QT_TRANSLATE_NOOP("labels", "Cash in a shop")),
    (PaymentMethod.TERMINAL, QT_TRANSLATE_NOOP("labels", "Payment terminal")),
    (PaymentMethod.PROMISED, QT_TRANSLATE_NOOP("labels", "Promised payment")),
    (ArticleKind.TARIFF, QT_TRANSLATE_NOOP("labels", "Tariff plan")),
    (ArticleKind.SERVICE, QT_TRANSLATE_NOOP("labels", "Service")),
    (ArticleKind.PAYMENT, QT_TRANSLATE_NOOP("labels", "Payment")),
    (ArticleKind.ANSWER, QT_TRANSLATE_NOOP("labels", "Standard answer")),
    (ServiceCategory.CALLS, QT_TRANSLATE_NOOP("labels", "Calls")),
    (ServiceCategory.MESSAGING, QT_TRANSLATE_NOOP("labels", "Messages")),
    (ServiceCategory.INTERNET, QT_TRANSLATE_NOOP("labels", "Internet")),
    (ServiceCategory.ROAMING, QT_TRANSLATE_NOOP("labels", "Roaming")),
    (ServiceCategory.ENTERTAINMENT, QT_TRANSLATE_NOOP("labels", "Entertainment")),
    (ServiceCategory.SECURITY, QT_TRANSLATE_NOOP("labels", "Security")),
    (ServiceCategory.INFO, QT_TRANSLATE_NOOP("labels", "Information")),
    (ServiceCategory.BUSINESS, QT_TRANSLATE_NOOP("labels", "For business")),
    (FeePeriod.NONE, QT_TRANSLATE_NOOP("labels", "no fee")),
    (FeePeriod.MONTHLY, QT_TRANSLATE_NOOP("labels", "per month")),
    (FeePeriod.DAILY, QT_TRANSLATE_NOOP("labels", "per day")),
    (TariffStatus.AVAILABLE, QT_TRANSLATE_NOOP("labels", "Available")),
    (TariffStatus.ARCHIVED, QT_TRANSLATE_NOOP("labels", "Archived")),
    (UsageKind.VOICE, QT_TRANSLATE_NOOP("labels", "Call")),
    (UsageKind.SMS, QT_TRANSLATE_NOOP("labels", "SMS")),
    (UsageKind.MMS, QT_TRANSLATE_NOOP("labels", "MMS")),
    (UsageKind.DATA, QT_TRANSLATE_NOOP("labels", "Internet")),
    (Direction.OUTGOING, QT_TRANSLATE_NOOP("labels", "outgoing")),
    (Direction.INCOMING, QT_TRANSLATE_NOOP("labels", "incoming")),
    (Zone.HOME, QT_TRANSLATE_NOOP("labels", "Home region")),
    (Zone.RUSSIA, QT_TRANSLATE_NOOP("labels", "Russia")),
    (Zone.INTERNATIONAL, QT_TRANSLATE_NOOP("labels", "International")),
    (Zone.ROAMING, QT_TRANSLATE_NOOP("labels", "Roaming")),
    (Channel.SHORT_NUMBER, QT_TRANSLATE_NOOP("labels", "0890")),
    (Channel.ROAMING_LINE, QT_TRANSLATE_NOOP("labels", "+7 495 766-01-66 (roaming)")),
    (Channel.FREEPHONE, QT_TRANSLATE_NOOP("labels", "8 800 250-0890")),
    (Channel.WEB_FORM, QT_TRANSLATE_NOOP("labels", "Web form")),
    (Channel.EMAIL, QT_TRANSLATE_NOOP("labels", "E-mail")),
    (Channel.CALLBACK, QT_TRANSLATE_NOOP("labels", "Callback")),
    (Method.CODE_WORD, QT_TRANSLATE_NOOP("labels", "code word")),
    (Method.PASSPORT, QT_TRANSLATE_NOOP("labels", "passport")),
    (Method.LAST_PAYMENT, QT_TRANSLATE_NOOP("labels", "last payment")),
    (Outcome.SOLVED, QT_TRANSLATE_NOOP("labels", "Solved")),
    (Outcome.CALLBACK_NEEDED, QT_TRANSLATE_NOOP("labels", "Callback needed")),
    (Outcome.ESCALATED, QT_TRANSLATE_NOOP("labels", "Escalated")),
    (Outcome.INFORMATION_GIVEN, QT_TRANSLATE_NOOP("labels", "Information given")),
    (CallbackStatus.OPEN, QT_TRANSLATE_NOOP("labels", "Waiting")),
    (CallbackStatus.TAKEN, QT_TRANSLATE_NOOP("labels", "Taken")),
    (CallbackStatus.DONE, QT_TRANSLATE_NOOP("labels", "Done")),
    (CallbackStatus.CANCELLED, QT_TRANSLATE_NOOP("labels", "Cancelled")),
    (CallResult.ANSWERED, QT_TRANSLATE_NOOP("labels", "Answered")),
    (CallResult.NO_ANSWER, QT_TRANSLATE_NOOP("labels", "No answer")),
    (CallResult.BUSY, QT_TRANSLATE_NOOP("labels", "Busy")),
    (Priority.LOW, QT_TRANSLATE_NOOP("labels", "Low")),
    (Priority.NORMAL, QT_TRANSLATE_NOOP("labels", "Normal")),
    (Priority.HIGH, QT_TRANSLATE_NOOP("labels", "High")),
    (AdjustmentReason.COMPENSATION, QT_TRANSLATE_NOOP("labels", "Compensation")),
    (AdjustmentReason.BILLING_ERROR, QT_TRANSLATE_NOOP("labels", "Billing error")),
    (AdjustmentReason.GOODWILL, QT_TRANSLATE_NOOP("labels", "Goodwill")),
    (AdjustmentReason.CORRECTION, QT_TRANSLATE_NOOP("labels", "Correction")),
    (AdjustmentReason.OTHER, QT_TRANSLATE_NOOP("labels", "Other")),
    (ApprovalStatus.PENDING, QT_TRANSLATE_NOOP("labels", "Waiting for approval")),
    (ApprovalStatus.DONE, QT_TRANSLATE_NOOP("labels", "Approved")),
    (ApprovalStatus.REJECTED, QT_TRANSLATE_NOOP("labels", "Rejected")),
    (OutboxKind.EMAIL, QT_TRANSLATE_NOOP("labels", "E-mail")),
    (OutboxKind.SMS, QT_TRANSLATE_NOOP("labels", "SMS")),
    (OutboxKind.FAX, QT_TRANSLATE_NOOP("labels", "Fax")),
    (OutboxStatus.QUEUED, QT_TRANSLATE_NOOP("labels", "Queued")),
    (OutboxStatus.SENDING, QT_TRANSLATE_NOOP("labels", "Sending")),
    (OutboxStatus.SENT, QT_TRANSLATE_NOOP("labels", "Sent")),
    (OutboxStatus.FAILED, QT_TRANSLATE_NOOP("labels", "Failed")),
    (OutboxStatus.CANCELLED, QT_TRANSLATE_NOOP("labels", "Cancelled")),
    (InboundStatus.NEW, QT_TRANSLATE_NOOP("labels", "New")),
    (InboundStatus.TAKEN, QT_TRANSLATE_NOOP("labels", "Taken")),
    (InboundStatus.ANSWERED, QT_TRANSLATE_NOOP("labels", "Answered")),
    (InboundStatus.DISMISSED, QT_TRANSLATE_NOOP("labels", "Set aside")),
    (InboundProblem.NO_TEXT, QT_TRANSLATE_NOOP("labels", "no text")),
    (InboundProblem.UNKNOWN_ENCODING, QT_TRANSLATE_NOOP("labels", "unknown encoding")),
    (InboundProblem.BAD_SENDER, QT_TRANSLATE_NOOP("labels", "no sender address")),
    (MatchedBy.ADDRESS, QT_TRANSLATE_NOOP("labels", "by address")),
    (MatchedBy.ACCOUNT, QT_TRANSLATE_NOOP("labels", "by account number")),
    (MatchedBy.PHONE, QT_TRANSLATE_NOOP("labels", "by phone number")),
    (MatchedBy.THREAD, QT_TRANSLATE_NOOP("labels", "by the conversation")),
)
# Keyed by type and value: StrEnum members of different enums compare equal.
_NAMES = {(type(member), member.value): text for member, text in _ENTRIES}

STATUS_COLORS: dict[LineStatus, str] = {
    LineStatus.ACTIVE: "#1e7b34",
    LineStatus.VOLUNTARY_BLOCK: "#946200",
    LineStatus.DEBT_BLOCK: "#b3261e",
    LineStatus.LOST_SIM_BLOCK: "#7b1fa2",
    LineStatus.CLOSED: "#5f6368",
}
NEGATIVE = QColor("#b3261e")


def label(value: Enum | None) -> str:
    """The translated name of an enumeration value; an empty string for None."""
    if value is None:
        return ""
    text = _NAMES.get((type(value), value.value))
    if text is None:
        return str(value.value)
    return QCoreApplication.translate(CONTEXT, text)


def status_color(status: LineStatus) -> QColor:
    return QColor(STATUS_COLORS[status])


# What the History tab calls each operation of the audit log.
OPERATIONS: dict[str, str] = {
    "start_interaction": QT_TRANSLATE_NOOP("operations", "interaction started"),
    "attach_subscriber": QT_TRANSLATE_NOOP("operations", "card opened"),
    "close_interaction": QT_TRANSLATE_NOOP("operations", "interaction closed"),
    "verify_caller": QT_TRANSLATE_NOOP("operations", "caller verification"),
    "unlock_verification": QT_TRANSLATE_NOOP("operations", "verification unlocked"),
    "activate_service": QT_TRANSLATE_NOOP("operations", "service switched on"),
    "deactivate_service": QT_TRANSLATE_NOOP("operations", "service switched off"),
    "change_tariff": QT_TRANSLATE_NOOP("operations", "tariff changed"),
    "view_personal_data": QT_TRANSLATE_NOOP("operations", "personal data viewed"),
    "view_usage_detail": QT_TRANSLATE_NOOP("operations", "usage detail viewed"),
    "view_statement": QT_TRANSLATE_NOOP("operations", "statement made"),
    "view_charge_records": QT_TRANSLATE_NOOP("operations", "records of a charge viewed"),
    "block_voluntary": QT_TRANSLATE_NOOP("operations", "voluntary block"),
    "unblock_voluntary": QT_TRANSLATE_NOOP("operations", "voluntary block lifted"),
    "block_lost_sim": QT_TRANSLATE_NOOP("operations", "blocked: SIM lost"),
    "replace_sim": QT_TRANSLATE_NOOP("operations", "SIM replaced"),
    "reveal_sim_codes": QT_TRANSLATE_NOOP("operations", "PIN and PUK given"),
    "change_number": QT_TRANSLATE_NOOP("operations", "number changed"),
    "update_personal_data": QT_TRANSLATE_NOOP("operations", "personal data changed"),
    "update_bill_delivery": QT_TRANSLATE_NOOP("operations", "bill delivery changed"),
    "reset_selfcare_password": QT_TRANSLATE_NOOP("operations", "self-care password reset"),
    "create_callback": QT_TRANSLATE_NOOP("operations", "callback requested"),
    "take_callback": QT_TRANSLATE_NOOP("operations", "callback taken"),
    "record_callback_outcome": QT_TRANSLATE_NOOP("operations", "callback made"),
    "reschedule_callback": QT_TRANSLATE_NOOP("operations", "callback rescheduled"),
    "release_callback": QT_TRANSLATE_NOOP("operations", "callback returned to the queue"),
    "cancel_callback": QT_TRANSLATE_NOOP("operations", "callback cancelled"),
    "edit_reference_article": QT_TRANSLATE_NOOP("operations", "reference article edited"),
    "add_reference_article": QT_TRANSLATE_NOOP("operations", "reference article added"),
    "merge_accounts": QT_TRANSLATE_NOOP("operations", "accounts merged"),
    "split_account": QT_TRANSLATE_NOOP("operations", "account split"),
    "adjust_balance": QT_TRANSLATE_NOOP("operations", "balance adjusted"),
    "promised_payment": QT_TRANSLATE_NOOP("operations", "promised payment given"),
    "reactivate_after_debt": QT_TRANSLATE_NOOP("operations", "reactivated after debt"),
    "request_approval": QT_TRANSLATE_NOOP("operations", "supervisor's approval requested"),
    "approve_request": QT_TRANSLATE_NOOP("operations", "request approved"),
    "reject_request": QT_TRANSLATE_NOOP("operations", "request rejected"),
    "apply_debt_block": QT_TRANSLATE_NOOP("operations", "blocked for debt"),
    "expire_promised_payment": QT_TRANSLATE_NOOP("operations", "promised payment taken back"),
    "apply_scheduled": QT_TRANSLATE_NOOP("operations", "scheduled change came into force"),
    "retry_outbox_message": QT_TRANSLATE_NOOP("operations", "message sent again"),
    "cancel_outbox_message": QT_TRANSLATE_NOOP("operations", "message cancelled"),
    "send_statement": QT_TRANSLATE_NOOP("operations", "statement sent"),
    "take_email": QT_TRANSLATE_NOOP("operations", "e-mail taken"),
    "dismiss_email": QT_TRANSLATE_NOOP("operations", "e-mail set aside"),
    "verify_email_sender": QT_TRANSLATE_NOOP("operations", "e-mail sender verification"),
    "reply_email": QT_TRANSLATE_NOOP("operations", "e-mail answered"),
    "create_user": QT_TRANSLATE_NOOP("operations", "user created"),
    "set_user_role": QT_TRANSLATE_NOOP("operations", "user's role changed"),
    "deactivate_user": QT_TRANSLATE_NOOP("operations", "user deactivated"),
    "activate_user": QT_TRANSLATE_NOOP("operations", "user reactivated"),
    "unlock_user": QT_TRANSLATE_NOOP("operations", "login unlocked"),
    "reset_user_password": QT_TRANSLATE_NOOP("operations", "user's password reset"),
    "refused": QT_TRANSLATE_NOOP("operations", "operation refused"),
}


def operation_name(name: str) -> str:
    text = OPERATIONS.get(name)
    return QCoreApplication.translate("operations", text) if text else name

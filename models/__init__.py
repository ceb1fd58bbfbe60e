"""The data model of the operator's CRM and billing: one module per aggregate.

Importing this package registers every table on ``Base.metadata``.
"""

from models.account import AccountStatus, BillDelivery, PersonalAccount
from models.audit import AuditAnchor, AuditEvent
from models.base import Base, Money, UtcDateTime
from models.billing import Charge, ChargeCategory, Invoice, Payment, PaymentMethod
from models.customer import Customer, CustomerKind
from models.delivery import (
    InboundMessage,
    InboundProblem,
    InboundStatus,
    MatchedBy,
    OutboxAttachment,
)
from models.interaction import (
    CallbackRequest,
    CallbackStatus,
    Channel,
    Interaction,
    InteractionReason,
    Outcome,
    VerificationAttempt,
    VerificationLock,
)
from models.line import Line, LineStatus, NumberAssignment, Sim, SimStatus
from models.number_pool import NumberCategory, PoolNumber, PoolStatus
from models.outbox import OutboxKind, OutboxMessage, OutboxStatus
from models.reference import ArticleKind, ReferenceArticle
from models.requests import ApprovalRequest, ApprovalStatus, DataChange, PromisedPayment
from models.service import FeePeriod, Service, ServiceCategory, ServiceSubscription, tariff_service
from models.tariff import Direction, TariffPlan, TariffRate, TariffStatus, UsageKind, Zone
from models.usage import UsageRecord
from models.user import Role, User

__all__ = [
    "AccountStatus",
    "ApprovalRequest",
    "ApprovalStatus",
    "ArticleKind",
    "AuditAnchor",
    "AuditEvent",
    "Base",
    "BillDelivery",
    "CallbackRequest",
    "CallbackStatus",
    "Channel",
    "Charge",
    "ChargeCategory",
    "Customer",
    "CustomerKind",
    "DataChange",
    "Direction",
    "FeePeriod",
    "InboundMessage",
    "InboundProblem",
    "InboundStatus",
    "Interaction",
    "InteractionReason",
    "Invoice",
    "Line",
    "LineStatus",
    "MatchedBy",
    "Money",
    "NumberAssignment",
    "NumberCategory",
    "OutboxAttachment",
    "OutboxKind",
    "OutboxMessage",
    "OutboxStatus",
    "Outcome",
    "Payment",
    "PaymentMethod",
    "PersonalAccount",
    "PoolNumber",
    "PoolStatus",
    "PromisedPayment",
    "ReferenceArticle",
    "Role",
    "Service",
    "ServiceCategory",
    "ServiceSubscription",
    "Sim",
    "SimStatus",
    "TariffPlan",
    "TariffRate",
    "TariffStatus",
    "UsageKind",
    "UsageRecord",
    "User",
    "UtcDateTime",
    "VerificationAttempt",
    "VerificationLock",
    "Zone",
    "tariff_service",
]

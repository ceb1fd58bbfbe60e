"""Money on an account: charges (списания), payments (платежи) and monthly invoices."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BigId, EnumText, Money, UtcDateTime


class ChargeCategory(StrEnum):
    """The categories an invoice groups charges by."""

    SUBSCRIPTION = "subscription"  # the tariff's monthly fee
    SERVICE = "service"  # additional services
    VOICE = "voice"  # calls
    SMS = "sms"  # SMS and MMS
    DATA = "data"  # mobile internet
    ROAMING = "roaming"  # everything used abroad
    ONE_OFF = "one_off"  # SIM replacement, number change, switch fees
    ADJUSTMENT = "adjustment"  # a correction by an agent; negative is a credit


class PaymentMethod(StrEnum):
    BANK_CARD = "bank_card"
    BANK_TRANSFER = "bank_transfer"
    CASH = "cash"
    TERMINAL = "terminal"
    PROMISED = "promised"


class Charge(Base):
    """An amount taken from an account for a period (the first day of its month).

    Usage charges are per line, period and category and equal the sum of the costs of
    the usage records behind them; that is what lets an agent explain a charge.
    """

    __tablename__ = "charge"
    __table_args__ = (Index("ix_charge_account_id_period", "account_id", "period"),)

    id: Mapped[int] = mapped_column(BigId(), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("personal_account.id"))
    line_id: Mapped[int | None] = mapped_column(ForeignKey("line.id"), index=True)
    period: Mapped[date] = mapped_column(Date)
    category: Mapped[ChargeCategory] = mapped_column(EnumText(ChargeCategory, "category"))
    amount: Mapped[Decimal] = mapped_column(Money)
    description: Mapped[str] = mapped_column(String(200))
    charged_at: Mapped[datetime] = mapped_column(UtcDateTime)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id"))
    reason_code: Mapped[str | None] = mapped_column(String(30))


class Payment(Base):
    """Money received on an account; a promised payment is temporary credit."""

    __tablename__ = "payment"
    __table_args__ = (Index("ix_payment_account_id_paid_at", "account_id", "paid_at"),)

    id: Mapped[int] = mapped_column(BigId(), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("personal_account.id"))
    amount: Mapped[Decimal] = mapped_column(Money)
    method: Mapped[PaymentMethod] = mapped_column(EnumText(PaymentMethod, "method"))
    paid_at: Mapped[datetime] = mapped_column(UtcDateTime)
    reference: Mapped[str] = mapped_column(String(40))


class Invoice(Base):
    """The bill of an account for a closed month: opening + payments − charges = closing."""

    __tablename__ = "invoice"
    __table_args__ = (UniqueConstraint("account_id", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("personal_account.id"))
    period: Mapped[date] = mapped_column(Date)
    opening_balance: Mapped[Decimal] = mapped_column(Money)
    charges_total: Mapped[Decimal] = mapped_column(Money)
    payments_total: Mapped[Decimal] = mapped_column(Money)
    closing_balance: Mapped[Decimal] = mapped_column(Money)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    due_date: Mapped[date] = mapped_column(Date)

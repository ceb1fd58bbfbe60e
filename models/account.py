"""Personal accounts (лицевые счета): where money is kept and bills are sent."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, EnumText, Money, SearchKey, UtcDateTime

if TYPE_CHECKING:
    from models.customer import Customer
    from models.line import Line


class AccountStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"


class BillDelivery(StrEnum):
    POST = "post"
    EMAIL = "email"
    FAX = "fax"
    NONE = "none"


class PersonalAccount(Base):
    """An account with a balance and the lines paid from it.

    ``credit_limit`` is how far below zero the balance may go: a line is blocked for debt
    when ``balance < -credit_limit``. ``opening_balance`` is the balance before the first
    recorded charge or payment, so that opening + payments − charges = balance always.
    """

    __tablename__ = "personal_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(SearchKey(12), unique=True)
    contract_number: Mapped[str] = mapped_column(SearchKey(20), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    status: Mapped[AccountStatus] = mapped_column(EnumText(AccountStatus, "status"))
    opening_balance: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    balance: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    credit_limit: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    time_zone: Mapped[str] = mapped_column(String(40), default="Europe/Moscow")
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    bill_delivery: Mapped[BillDelivery] = mapped_column(EnumText(BillDelivery, "bill_delivery"))
    bill_postcode: Mapped[str | None] = mapped_column(String(6))
    bill_region: Mapped[str | None] = mapped_column(String(100))
    bill_city: Mapped[str | None] = mapped_column(String(100))
    bill_street: Mapped[str | None] = mapped_column(String(150))
    bill_house: Mapped[str | None] = mapped_column(String(20))
    bill_flat: Mapped[str | None] = mapped_column(String(10))
    bill_email: Mapped[str | None] = mapped_column(String(254))
    bill_fax: Mapped[str | None] = mapped_column(String(16))

    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    version: Mapped[int] = mapped_column(default=1)

    customer: Mapped[Customer] = relationship(back_populates="accounts")
    lines: Mapped[list[Line]] = relationship(back_populates="account")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's contract


# The bill e-mail, in any case, for matching a letter's sender (see customer.py).
Index(
    "ix_personal_account_bill_email_lower", func.lower(PersonalAccount.bill_email, type_=String())
)

"""Customers (абоненты): individuals and businesses, the owners of personal accounts."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Index, String, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, EnumText, SearchKey, UtcDateTime

if TYPE_CHECKING:
    from models.account import PersonalAccount


class CustomerKind(StrEnum):
    INDIVIDUAL = "individual"
    BUSINESS = "business"


class Customer(Base):
    """A person or a company with a contract; owns one or more personal accounts.

    ``name_key`` is the name folded for search (lower case, ``ё`` as ``е``, one space
    between words), written together with the name so that search is an index range.
    """

    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[CustomerKind] = mapped_column(EnumText(CustomerKind, "kind"))

    # An individual (физическое лицо).
    last_name: Mapped[str | None] = mapped_column(String(80))
    first_name: Mapped[str | None] = mapped_column(String(80))
    middle_name: Mapped[str | None] = mapped_column(String(80))
    birth_date: Mapped[date | None] = mapped_column(Date)
    passport_series: Mapped[str | None] = mapped_column(String(4))
    passport_number: Mapped[str | None] = mapped_column(String(6))
    passport_issued_by: Mapped[str | None] = mapped_column(String(200))
    passport_issued_on: Mapped[date | None] = mapped_column(Date)
    passport_division_code: Mapped[str | None] = mapped_column(String(7))

    # A business (юридическое лицо).
    company_name: Mapped[str | None] = mapped_column(String(200))
    inn: Mapped[str | None] = mapped_column(String(12), index=True)
    kpp: Mapped[str | None] = mapped_column(String(9))
    contact_person: Mapped[str | None] = mapped_column(String(200))

    # Registration address of an individual, legal address of a business.
    reg_postcode: Mapped[str | None] = mapped_column(String(6))
    reg_region: Mapped[str | None] = mapped_column(String(100))
    reg_city: Mapped[str | None] = mapped_column(String(100))
    reg_street: Mapped[str | None] = mapped_column(String(150))
    reg_house: Mapped[str | None] = mapped_column(String(20))
    reg_flat: Mapped[str | None] = mapped_column(String(10))

    email: Mapped[str | None] = mapped_column(String(254))
    contact_phone: Mapped[str | None] = mapped_column(String(16))
    code_word_hash: Mapped[str | None] = mapped_column(String(200))

    name_key: Mapped[str] = mapped_column(SearchKey(300), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    version: Mapped[int] = mapped_column(default=1)

    accounts: Mapped[list[PersonalAccount]] = relationship(back_populates="customer")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's contract


# Letters to the contact center are matched to customers by the sender's address, in any
# case: without this index every letter read the whole customer table.
Index("ix_customer_email_lower", func.lower(Customer.email, type_=String()))

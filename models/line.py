"""Lines (абонентские номера), their SIM cards and the history of who held a number."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, EnumText, SearchKey, UtcDateTime

if TYPE_CHECKING:
    from models.account import PersonalAccount
    from models.tariff import TariffPlan


class LineStatus(StrEnum):
    ACTIVE = "active"
    VOLUNTARY_BLOCK = "voluntary_block"
    DEBT_BLOCK = "debt_block"
    LOST_SIM_BLOCK = "lost_sim_block"
    CLOSED = "closed"


class SimStatus(StrEnum):
    ACTIVE = "active"
    REPLACED = "replaced"


class Line(Base):
    """A subscriber number on an account, with its tariff.

    An MSISDN is unique among lines that are not closed; a closed line keeps its number for
    history, and the number may later belong to someone else. ``msisdn_reversed`` holds the
    digits backwards so that "the last digits" is an index prefix lookup.
    """

    __tablename__ = "line"
    __table_args__ = (
        Index(
            "uq_line_msisdn_open",
            "msisdn",
            unique=True,
            sqlite_where=text("status != 'closed'"),
            postgresql_where=text("status != 'closed'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    msisdn: Mapped[str] = mapped_column(String(16))
    msisdn_reversed: Mapped[str] = mapped_column(SearchKey(16), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("personal_account.id"), index=True)
    tariff_id: Mapped[int] = mapped_column(ForeignKey("tariff_plan.id"), index=True)
    next_tariff_id: Mapped[int | None] = mapped_column(ForeignKey("tariff_plan.id"))
    next_tariff_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[LineStatus] = mapped_column(EnumText(LineStatus, "status"))
    status_before_lost_sim: Mapped[LineStatus | None] = mapped_column(
        EnumText(LineStatus, "status_before_lost_sim")
    )
    """What a lost-SIM block interrupted: the new SIM returns the line to it, so a debt or
    voluntary block outlives the replacement."""
    activated_on: Mapped[date] = mapped_column(Date)
    status_changed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    block_from: Mapped[date | None] = mapped_column(Date)
    """The first day of a voluntary block asked for in advance."""
    block_until: Mapped[date | None] = mapped_column(Date)
    selfcare_password_hash: Mapped[str | None] = mapped_column(String(200))
    selfcare_must_change: Mapped[bool] = mapped_column(default=False)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    version: Mapped[int] = mapped_column(default=1)

    account: Mapped[PersonalAccount] = relationship(back_populates="lines")
    tariff: Mapped[TariffPlan] = relationship(foreign_keys=[tariff_id])
    sims: Mapped[list[Sim]] = relationship(back_populates="line", order_by="Sim.installed_at")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's contract


class Sim(Base):
    """A SIM card; a line has one active SIM, replaced ones stay for history.

    PIN and PUK codes are what the card was issued with; they are shown only to a verified
    caller and never leave the database in a log, a search result or an export.
    """

    __tablename__ = "sim"
    __table_args__ = (
        Index(
            "uq_sim_line_id_active",
            "line_id",
            unique=True,
            sqlite_where=text("status = 'active'"),
            postgresql_where=text("status = 'active'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("line.id"), index=True)
    iccid: Mapped[str] = mapped_column(String(20), unique=True)
    iccid_reversed: Mapped[str] = mapped_column(SearchKey(20), index=True)
    imsi: Mapped[str] = mapped_column(String(15), unique=True)
    pin1: Mapped[str] = mapped_column(String(8))
    puk1: Mapped[str] = mapped_column(String(8))
    pin2: Mapped[str] = mapped_column(String(8))
    puk2: Mapped[str] = mapped_column(String(8))
    status: Mapped[SimStatus] = mapped_column(EnumText(SimStatus, "status"))
    installed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    replaced_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    replace_reason: Mapped[str | None] = mapped_column(String(100))

    line: Mapped[Line] = relationship(back_populates="sims")


class NumberAssignment(Base):
    """Who held a number when: the answer to "this number used to be someone else's"."""

    __tablename__ = "number_assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    msisdn: Mapped[str] = mapped_column(String(16), index=True)
    msisdn_reversed: Mapped[str] = mapped_column(SearchKey(16), index=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("line.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    assigned_at: Mapped[datetime] = mapped_column(UtcDateTime)
    released_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

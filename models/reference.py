"""The agent's reference: tariffs, services, payment methods and standard answers, in the database."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, EnumText, SearchKey, UtcDateTime


class ArticleKind(StrEnum):
    TARIFF = "tariff"
    SERVICE = "service"
    PAYMENT = "payment"
    ANSWER = "answer"


class ReferenceArticle(Base):
    """A text the agent reads to the caller or puts into an e-mail reply; admins edit them.

    ``code`` ties a tariff or service article to its plan or service code.
    """

    __tablename__ = "reference_article"
    __table_args__ = (UniqueConstraint("kind", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ArticleKind] = mapped_column(EnumText(ArticleKind, "kind"))
    code: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(SearchKey(2000), default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

"""The agent's reference: seeding its articles, and finding them by words.

Articles live in the database so that admins can correct them without a release. The
search key of an article is the distinct folded words of its title and body, in order
(``ё`` read as ``е``, any case), so that "все включено" finds «Всё включено» and a word's
beginning finds the word. The subscriber's own tariff and services come first, because
that is what the caller is asking about.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, selectinload

from models import (
    ArticleKind,
    Line,
    ReferenceArticle,
    Service,
    ServiceSubscription,
    TariffPlan,
    User,
    tariff_service,
)
from workstation.config import Rules
from workstation.names import fold
from workstation.reference_content import service_body, tariff_body
from workstation.reference_texts import ANSWERS, Text, payment_texts

SEARCH_KEY_LENGTH = 2000
KIND_ORDER = (ArticleKind.TARIFF, ArticleKind.SERVICE, ArticleKind.PAYMENT, ArticleKind.ANSWER)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ArticleRow:
    """An article as the screen shows it; ``own`` marks the subscriber's tariff or service."""

    article_id: int
    kind: ArticleKind
    code: str
    title: str
    body: str
    own: bool
    updated_at: datetime
    updated_by: str | None
    """The admin who last edited it; None for the text as seeded."""

    @property
    def text(self) -> str:
        """Title and body, as pasted into an e-mail reply."""
        return f"{self.title}\n\n{self.body}"


@dataclass(frozen=True)
class SubscriberCodes:
    tariff_code: str | None
    service_codes: tuple[str, ...]


def words(text: str) -> list[str]:
    """The folded words of a text, in order."""
    return _WORD.findall(fold(text))


def search_key(title: str, body: str) -> str:
    """Distinct folded words of title and body, cut at a word so that it fits the column."""
    key = ""
    for word in dict.fromkeys(words(f"{title} {body}")):
        candidate = f"{key} {word}" if key else word
        if len(candidate) > SEARCH_KEY_LENGTH:
            break
        key = candidate
    return key


def _matches(word: str) -> ColumnElement[bool]:
    column = ReferenceArticle.search_text
    return or_(
        column.startswith(word, autoescape=True), column.contains(f" {word}", autoescape=True)
    )


def search_articles(
    session: Session,
    text: str,
    *,
    tariff_code: str | None = None,
    service_codes: Iterable[str] = (),
    kind: ArticleKind | None = None,
) -> tuple[ArticleRow, ...]:
    """Articles holding every word of ``text`` as the start of a word; all when it is blank.

    The subscriber's tariff and services first, then articles whose title matches, then by
    kind in the order they were written (the catalogue's order for tariffs and services).
    """
    wanted = words(text)
    services = tuple(service_codes)
    statement = select(ReferenceArticle, User.full_name).outerjoin(
        User, User.id == ReferenceArticle.updated_by_id
    )
    statement = statement.where(*(_matches(w) for w in wanted))
    if kind is not None:
        statement = statement.where(ReferenceArticle.kind == kind)
    rows = []
    for article, editor in session.execute(statement):
        own = (article.kind == ArticleKind.TARIFF and article.code == tariff_code) or (
            article.kind == ArticleKind.SERVICE and article.code in services
        )
        rows.append(
            ArticleRow(
                article.id,
                article.kind,
                article.code,
                article.title,
                article.body,
                own,
                article.updated_at,
                editor,
            )
        )
    title_words = {row.article_id: words(row.title) for row in rows}

    def in_title(row: ArticleRow) -> bool:
        return all(any(t.startswith(w) for t in title_words[row.article_id]) for w in wanted)

    rows.sort(
        key=lambda r: (
            not r.own,
            not (wanted and in_title(r)),
            KIND_ORDER.index(r.kind),
            r.article_id,
        )
    )
    return tuple(rows)


def subscriber_codes(
    session: Session, line_id: int, *, now: datetime | None = None
) -> SubscriberCodes:
    """The line's tariff and the services on it now: what the reference puts first."""
    now = now or datetime.now(UTC)
    tariff = session.scalar(
        select(TariffPlan.code)
        .join(Line, Line.tariff_id == TariffPlan.id)
        .where(Line.id == line_id)
    )
    services = session.scalars(
        select(Service.code)
        .join(ServiceSubscription, ServiceSubscription.service_id == Service.id)
        .where(
            ServiceSubscription.line_id == line_id,
            ServiceSubscription.started_at <= now,
            or_(ServiceSubscription.ended_at.is_(None), ServiceSubscription.ended_at > now),
        )
        .order_by(Service.code)
    ).all()
    return SubscriberCodes(tariff, tuple(services))


def seed_reference(session: Session, now: datetime, *, rules: Rules | None = None) -> int:
    """Write the articles that are absent: one per tariff and service, payments, answers.

    An article already present (perhaps edited by an admin) is left as it is, so the seed
    can run on every start. Returns how many articles were written.
    """
    present = {
        (kind, code)
        for kind, code in session.execute(select(ReferenceArticle.kind, ReferenceArticle.code))
    }
    written = 0
    for kind, code, title, body in _articles(session, rules or Rules()):
        if (kind, code) in present:
            continue
        session.add(
            ReferenceArticle(
                kind=kind,
                code=code,
                title=title,
                body=body,
                search_text=search_key(title, body),
                updated_at=now,
                updated_by_id=None,
            )
        )
        written += 1
    session.flush()
    return written


def _articles(session: Session, rules: Rules) -> Iterable[tuple[ArticleKind, str, str, str]]:
    tariffs = session.scalars(
        select(TariffPlan).options(selectinload(TariffPlan.rates)).order_by(TariffPlan.id)
    ).all()
    for tariff in tariffs:
        yield ArticleKind.TARIFF, tariff.code, tariff.name, tariff_body(tariff)
    by_id = {t.id: t for t in tariffs}
    allowed: dict[int, list[TariffPlan]] = {}
    for tariff_id, service_id in session.execute(
        select(tariff_service.c.tariff_id, tariff_service.c.service_id)
    ):
        allowed.setdefault(service_id, []).append(by_id[tariff_id])
    services = session.scalars(select(Service).order_by(Service.id)).all()
    for service in services:
        group = service.incompatibility_group
        others = [
            s.name
            for s in services
            if group and s.incompatibility_group == group and s.id != service.id
        ]
        body = service_body(service, others, allowed.get(service.id, []))
        yield ArticleKind.SERVICE, service.code, service.name, body
    yield from _written(ArticleKind.PAYMENT, payment_texts(rules))
    yield from _written(ArticleKind.ANSWER, ANSWERS)


def _written(
    kind: ArticleKind, texts: Iterable[Text]
) -> Iterable[tuple[ArticleKind, str, str, str]]:
    for code, title, body in texts:
        yield kind, code, title, body

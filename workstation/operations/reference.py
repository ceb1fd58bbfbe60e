"""Admins correcting the agent's reference: an article's text, and new written articles.

Not tied to a caller, so no interaction is needed. An edit carries the time the admin's
screen read the article, so that two admins editing one text do not overwrite each other.
Articles about tariffs and services are made from the catalogue by the seed; only written
ones (payment rules, standard answers) are added by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ArticleKind, ReferenceArticle, User
from workstation.formatting import moment
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.operations.errors import Conflict, Invalid, NotFound
from workstation.operations.framework import ADMINS, Context, operation
from workstation.reference import search_key

MAX_TITLE = 200
WRITTEN_KINDS = frozenset({ArticleKind.PAYMENT, ArticleKind.ANSWER})
_CODE = re.compile(r"[A-Z0-9_]{1,40}")


@dataclass(frozen=True)
class ArticleSaved:
    article_id: int
    kind: ArticleKind
    code: str
    title: str
    updated_at: datetime


def _clean(title: str, body: str) -> tuple[str, str]:
    title = " ".join(title.split())
    body = body.strip()
    if not title:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "The article needs a title."))
    if len(title) > MAX_TITLE:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The title is longer than {limit} characters."),
            limit=MAX_TITLE,
        )
    if not body:
        raise Invalid(QT_TRANSLATE_NOOP("errors", "The article needs a text."))
    return title, body


def _saved(article: ReferenceArticle) -> ArticleSaved:
    return ArticleSaved(article.id, article.kind, article.code, article.title, article.updated_at)


@operation("edit_reference_article", roles=ADMINS, interaction=False)
def edit_reference_article(
    session: Session,
    ctx: Context,
    *,
    article_id: int,
    title: str,
    body: str,
    expected_updated_at: datetime | None = None,
) -> ArticleSaved:
    """Correct the title and text of a reference article."""
    article = session.get(ReferenceArticle, article_id, with_for_update=True)
    if article is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "Reference article {article} not found."),
            article=article_id,
        )
    if expected_updated_at is not None and article.updated_at != expected_updated_at:
        editor = session.get(User, article.updated_by_id) if article.updated_by_id else None
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "{who} changed this article at {when}. Nothing was saved; the article has "
                "been reloaded — check it and edit again.",
            ),
            who=editor.full_name if editor else "—",
            when=moment(article.updated_at, ctx.time_zone),
        )
    title, body = _clean(title, body)
    changed = [
        name
        for name, old, new in (("title", article.title, title), ("body", article.body, body))
        if old != new
    ]
    if not changed:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "Nothing to save: the title and text are unchanged.")
        )
    article.title = title
    article.body = body
    article.search_text = search_key(title, body)
    article.updated_at = ctx.now
    article.updated_by_id = ctx.agent.user_id
    ctx.record(
        session,
        "edit_reference_article",
        "reference_article",
        article.id,
        {"kind": article.kind.value, "code": article.code, "title": title, "changed": changed},
    )
    return _saved(article)


@operation("add_reference_article", roles=ADMINS, interaction=False)
def add_reference_article(
    session: Session,
    ctx: Context,
    *,
    kind: ArticleKind,
    title: str,
    body: str,
    code: str | None = None,
) -> ArticleSaved:
    """Add a payment rule or a standard answer to the reference."""
    if kind not in WRITTEN_KINDS:
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "errors",
                "Articles about tariffs and services are made from the catalogue; "
                "edit the one there is.",
            )
        )
    title, body = _clean(title, body)
    codes = set(session.scalars(select(ReferenceArticle.code).where(ReferenceArticle.kind == kind)))
    if code is None:
        prefix = "PAY" if kind == ArticleKind.PAYMENT else "ANS"
        code = next(
            f"{prefix}_{n}" for n in range(1, len(codes) + 2) if f"{prefix}_{n}" not in codes
        )
    code = code.strip().upper()
    if not _CODE.fullmatch(code):
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "errors", "The code {code} may hold only Latin letters, digits and _ (up to 40)."
            ),
            code=code,
        )
    if code in codes:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "An article with the code {code} already exists."),
            code=code,
        )
    article = ReferenceArticle(
        kind=kind,
        code=code,
        title=title,
        body=body,
        search_text=search_key(title, body),
        updated_at=ctx.now,
        updated_by_id=ctx.agent.user_id,
    )
    session.add(article)
    session.flush()
    ctx.record(
        session,
        "add_reference_article",
        "reference_article",
        article.id,
        {"kind": kind.value, "code": code, "title": title},
    )
    return _saved(article)

"""The agent's reference: seeded from the catalogue, found by words, edited only by admins."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from models import (
    ArticleKind,
    AuditEvent,
    Line,
    LineStatus,
    ReferenceArticle,
    Service,
    ServiceSubscription,
    TariffPlan,
    tariff_service,
)
from tests.workstation.operations.conftest import snapshot
from workstation.auth import Agent, login
from workstation.db import Database
from workstation.demo import DEMO_PASSWORD, build_demo
from workstation.operations import Context, execute
from workstation.operations.errors import Conflict, Invalid, PermissionDenied
from workstation.reference import (
    SEARCH_KEY_LENGTH,
    search_articles,
    search_key,
    seed_reference,
    subscriber_codes,
    words,
)
from workstation.reference_content import rub
from workstation.reference_texts import ANSWERS

AS_OF = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
SEEDED = datetime(2026, 11, 25, 13, 0, tzinfo=UTC)


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, subscribers=40, months=2, seed=11, as_of=AS_OF)
    with db.write() as session:
        seed_reference(session, SEEDED)
    return db


def _article(db: Database, kind: ArticleKind, code: str) -> ReferenceArticle:
    with db.read() as session:
        return session.scalars(
            select(ReferenceArticle).where(
                ReferenceArticle.kind == kind, ReferenceArticle.code == code
            )
        ).one()


def _edit(db: Database, agent: Agent, article_id: int, **arguments: Any) -> Any:
    return execute(
        db,
        Context(agent, now=SEEDED + timedelta(hours=1)),
        "edit_reference_article",
        article_id=article_id,
        **arguments,
    )


def test_seed_writes_an_article_per_tariff_and_service_and_the_written_ones(demo: Database) -> None:
    with demo.read() as session:
        tariffs = set(session.scalars(select(TariffPlan.code)))
        services = set(session.scalars(select(Service.code)))
        kinds = {
            kind: count
            for kind, count in session.execute(
                select(ReferenceArticle.kind, func.count()).group_by(ReferenceArticle.kind)
            )
        }
        tariff_codes = set(
            session.scalars(
                select(ReferenceArticle.code).where(ReferenceArticle.kind == ArticleKind.TARIFF)
            )
        )
        service_codes = set(
            session.scalars(
                select(ReferenceArticle.code).where(ReferenceArticle.kind == ArticleKind.SERVICE)
            )
        )
    assert tariff_codes == tariffs and len(tariffs) == 11
    assert service_codes == services and len(services) == 41
    assert kinds[ArticleKind.PAYMENT] == 8
    assert 10 <= kinds[ArticleKind.ANSWER] == len(ANSWERS) <= 15


def test_seed_is_idempotent_and_keeps_an_edited_text(demo: Database) -> None:
    admin = login(demo, "admin", DEMO_PASSWORD)
    greeting = _article(demo, ArticleKind.ANSWER, "ANS_GREETING")
    _edit(demo, admin, greeting.id, title="Приветствие", body="Здравствуйте!")
    before = snapshot(demo)
    with demo.write() as session:
        assert seed_reference(session, SEEDED + timedelta(days=1)) == 0
    assert snapshot(demo) == before
    assert _article(demo, ArticleKind.ANSWER, "ANS_GREETING").body == "Здравствуйте!"


def test_tariff_and_service_articles_say_what_billing_charges(demo: Database) -> None:
    with demo.read() as session:
        articles = {(a.kind, a.code): a.body for a in session.scalars(select(ReferenceArticle))}
        for tariff in session.scalars(select(TariffPlan)):
            body = articles[ArticleKind.TARIFF, tariff.code]
            assert tariff.description in body
            if tariff.monthly_fee:
                assert f"Абонентская плата — {rub(tariff.monthly_fee)} в месяц" in body
            for rate in tariff.rates:
                if rate.price:
                    assert rub(rate.price) in body, (tariff.code, rate.kind, rate.zone)
        services = session.scalars(select(Service)).all()
        allowed = {(t, s) for t, s in session.execute(select(tariff_service))}
        names = {t.id: t.name for t in session.scalars(select(TariffPlan))}
        for service in services:
            body = articles[ArticleKind.SERVICE, service.code]
            assert service.description in body
            if service.fee:
                assert rub(service.fee) in body
            group = service.incompatibility_group
            mates = [s.name for s in services if group and s.incompatibility_group == group]
            for name in mates:
                assert (f"«{name}»" in body) == (name != service.name)
            assert ("Совместима с любыми" in body) == (len(mates) < 2)
            for tariff_id, name in names.items():
                assert (f"«{name}»" in body) == ((tariff_id, service.id) in allowed)


def test_every_search_key_holds_every_word_of_its_article(demo: Database) -> None:
    with demo.read() as session:
        for article in session.scalars(select(ReferenceArticle)):
            expected = " ".join(dict.fromkeys(words(f"{article.title} {article.body}")))
            assert article.search_text == expected
            assert len(expected) <= SEARCH_KEY_LENGTH


def test_search_key_is_cut_at_a_word() -> None:
    key = search_key("Заголовок", " ".join(f"слово{n}" for n in range(1000)))
    assert len(key) <= SEARCH_KEY_LENGTH
    assert key.split()[-1].startswith("слово")
    assert key.split()[-1] in {f"слово{n}" for n in range(1000)}


@pytest.mark.parametrize("query", ["ВСЁ ВКЛЮЧЕНО", "все включ", "вСе   ВкЛ"])
def test_search_by_words_in_any_case_reads_yo_as_ye(demo: Database, query: str) -> None:
    with demo.read() as session:
        found = search_articles(session, query)
    assert [a.title for a in found[:3]] == ["Всё включено S", "Всё включено M", "Всё включено L"]


def test_search_needs_every_word_at_the_start_of_a_word(demo: Database) -> None:
    with demo.read() as session:
        assert [a.code for a in search_articles(session, "переадрес")] == [
            "FORWARD",
            "ANS_ROAMING",
        ]
        assert search_articles(session, "адресация") == ()
        assert search_articles(session, "обещанный платёж")[0].code == "PAY_PROMISED"
        lost = search_articles(session, "потеря sim")
        assert lost[0].code == "ANS_LOST_SIM"
        assert search_articles(session, "щщщ") == ()
        assert len(search_articles(session, "")) == len(search_articles(session, "  ,. "))


def test_search_puts_the_subscriber_tariff_and_services_first(demo: Database) -> None:
    with demo.read() as session:
        line_id, count = session.execute(
            select(Line.id, func.count(ServiceSubscription.id))
            .join(ServiceSubscription, ServiceSubscription.line_id == Line.id)
            .where(ServiceSubscription.ended_at.is_(None), Line.status == LineStatus.ACTIVE)
            .group_by(Line.id)
            .order_by(func.count(ServiceSubscription.id).desc(), Line.id)
            .limit(1)
        ).one()
        codes = subscriber_codes(session, line_id, now=AS_OF)
        everything = search_articles(
            session, "", tariff_code=codes.tariff_code, service_codes=codes.service_codes
        )
        plain = search_articles(session, "")
        priced = search_articles(
            session, "плата", tariff_code=codes.tariff_code, service_codes=codes.service_codes
        )
    assert codes.tariff_code is not None and len(codes.service_codes) == count >= 2
    own = {(ArticleKind.TARIFF, codes.tariff_code)} | {
        (ArticleKind.SERVICE, code) for code in codes.service_codes
    }
    first = everything[: len(own)]
    assert {(a.kind, a.code) for a in first} == own and all(a.own for a in first)
    assert not any(a.own for a in everything[len(own) :])
    assert first[0].kind == ArticleKind.TARIFF
    assert not any(a.own for a in plain) and plain[0].kind == ArticleKind.TARIFF
    assert [a.kind for a in plain] == sorted(
        (a.kind for a in plain),
        key=[
            ArticleKind.TARIFF,
            ArticleKind.SERVICE,
            ArticleKind.PAYMENT,
            ArticleKind.ANSWER,
        ].index,
    )
    assert priced[0].own


@pytest.mark.parametrize("login_name", ["agent", "supervisor"])
def test_editing_is_refused_to_agents_and_changes_nothing_but_the_record(
    demo: Database, login_name: str
) -> None:
    agent = login(demo, login_name, DEMO_PASSWORD)
    article = _article(demo, ArticleKind.PAYMENT, "PAY_CARD")
    before = snapshot(demo)
    with pytest.raises(PermissionDenied):
        _edit(demo, agent, article.id, title="Карта", body="Новый текст")
    with pytest.raises(PermissionDenied):
        execute(
            demo,
            Context(agent),
            "add_reference_article",
            kind=ArticleKind.ANSWER,
            title="Новое",
            body="Текст",
        )
    counts, _ = snapshot(demo)
    assert counts == {**before[0], "audit_event": before[0]["audit_event"] + 2}
    with demo.read() as session:
        refused = session.execute(
            select(AuditEvent.agent_id, AuditEvent.target_type, AuditEvent.summary)
            .where(AuditEvent.operation == "refused")
            .order_by(AuditEvent.id)
        ).all()
    assert [tuple(row) for row in refused] == [
        (
            agent.user_id,
            "operation",
            '{"operation":"edit_reference_article","reason":"permission_denied"}',
        ),
        (
            agent.user_id,
            "operation",
            '{"operation":"add_reference_article","reason":"permission_denied"}',
        ),
    ]


def test_an_admin_edit_is_saved_searchable_and_audited(demo: Database) -> None:
    admin = login(demo, "admin", DEMO_PASSWORD)
    article = _article(demo, ArticleKind.PAYMENT, "PAY_CARD")
    saved = _edit(
        demo,
        admin,
        article.id,
        title="  Оплата   картой ",
        body="Картой «Мир» — без комиссии.\n",
        expected_updated_at=article.updated_at,
    )
    after = _article(demo, ArticleKind.PAYMENT, "PAY_CARD")
    assert (after.title, after.body) == ("Оплата картой", "Картой «Мир» — без комиссии.")
    assert after.updated_by_id == admin.user_id and saved.updated_at == after.updated_at
    with demo.read() as session:
        found = search_articles(session, "мир комисс")
        assert [a.code for a in found] == ["PAY_CARD"]
        assert found[0].updated_by == admin.full_name
        assert search_articles(session, "СБП", kind=ArticleKind.PAYMENT) != ()
        assert "PAY_CARD" not in {a.code for a in search_articles(session, "телефона")}
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
    assert (event.operation, event.target_id, event.agent_id) == (
        "edit_reference_article",
        str(article.id),
        admin.user_id,
    )
    assert '"changed":["title","body"]' in event.summary


def test_an_edit_over_another_admins_change_is_refused(demo: Database) -> None:
    admin = login(demo, "admin", DEMO_PASSWORD)
    article = _article(demo, ArticleKind.ANSWER, "ANS_VAT")
    _edit(
        demo,
        admin,
        article.id,
        title="НДС",
        body="Цены с НДС.",
        expected_updated_at=article.updated_at,
    )
    before = snapshot(demo)
    with pytest.raises(Conflict):
        _edit(
            demo,
            admin,
            article.id,
            title="НДС",
            body="Иначе.",
            expected_updated_at=article.updated_at,
        )
    assert snapshot(demo) == before


@pytest.mark.parametrize(
    ("title", "body"), [("", "текст"), ("   ", "текст"), ("Заголовок", " \n "), ("Я" * 201, "т")]
)
def test_an_empty_or_long_text_is_refused(demo: Database, title: str, body: str) -> None:
    admin = login(demo, "admin", DEMO_PASSWORD)
    article = _article(demo, ArticleKind.ANSWER, "ANS_VAT")
    before = snapshot(demo)
    with pytest.raises(Invalid):
        _edit(demo, admin, article.id, title=title, body=body)
    assert snapshot(demo) == before


def test_an_unchanged_text_is_not_saved(demo: Database) -> None:
    admin = login(demo, "admin", DEMO_PASSWORD)
    article = _article(demo, ArticleKind.ANSWER, "ANS_VAT")
    with pytest.raises(Invalid):
        _edit(demo, admin, article.id, title=article.title, body=article.body)


def test_an_admin_adds_a_standard_answer(demo: Database) -> None:
    admin = login(demo, "admin", DEMO_PASSWORD)
    ctx = Context(admin)
    saved = execute(
        demo, ctx, "add_reference_article", kind=ArticleKind.ANSWER, title="Ёлка", body="Праздник"
    )
    assert saved.code == "ANS_1"
    with demo.read() as session:
        assert [a.title for a in search_articles(session, "елк")] == ["Ёлка"]
    before = snapshot(demo)
    with pytest.raises(Invalid):
        execute(
            demo,
            ctx,
            "add_reference_article",
            kind=ArticleKind.ANSWER,
            title="Ещё",
            body="т",
            code="ans_1",
        )
    with pytest.raises(Invalid):
        execute(
            demo, ctx, "add_reference_article", kind=ArticleKind.TARIFF, title="Тариф", body="т"
        )
    with pytest.raises(Invalid):
        execute(
            demo,
            ctx,
            "add_reference_article",
            kind=ArticleKind.PAYMENT,
            title="Т",
            body="т",
            code="с пробелом",
        )
    assert snapshot(demo) == before

"""Every item model passes pytest-qt's model tester with real data in it."""

from __future__ import annotations

from datetime import date

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from models import Line, UsageRecord
from ui.card.billing import PeriodMatrix
from ui.card.usage_model import PAGE, UsageModel
from ui.misc.display import Display
from ui.misc.table import Column, RowsModel
from ui.misc.tasks import InlineRunner
from ui.search.model import SearchResultsModel
from workstation.card import load_billing, load_header
from workstation.card.usage import UsageFilter
from workstation.db import Database
from workstation.search import search


def test_search_results_model(qtmodeltester: ModelTester, demo_db: Database) -> None:
    model = SearchResultsModel("ru")
    with demo_db.read() as s:
        name = s.scalar(select(Line.msisdn).limit(1))
        assert name is not None
        model.set_hits(search(s, name[-4:]))
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_rows_model(qtmodeltester: ModelTester) -> None:
    model = RowsModel[tuple[int, str]](
        [Column("a", lambda r: str(r[0])), Column("b", lambda r: r[1], right=True)]
    )
    model.set_rows([(1, "x"), (2, "y"), (3, "z")])
    qtmodeltester.check(model)


def test_period_matrix(qtmodeltester: ModelTester, demo_db: Database) -> None:
    model = PeriodMatrix(Display())
    with demo_db.read() as s:
        model.set_periods(load_billing(s, 1).periods)
    assert model.columnCount() > 1
    qtmodeltester.check(model)


def test_usage_model_counts_the_selection_and_fetches_windows(
    qtmodeltester: ModelTester, qtbot: QtBot, demo_db: Database
) -> None:
    with demo_db.read() as s:
        line_id, count = s.execute(
            select(UsageRecord.line_id, func.count())
            .group_by(UsageRecord.line_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        header = load_header(s, line_id)
    model = UsageModel(demo_db, InlineRunner(), Display())
    model.set_filter(
        UsageFilter(line_id, date(2020, 1, 1), date(2030, 1, 1), header.account_time_zone)
    )
    assert model.rowCount() == count
    assert count > PAGE, "the busiest line has more than one page"
    first = model.index(0, UsageModel.TIME)
    assert model.data(first) == "…"  # asked for, not yet here
    with qtbot.waitSignal(model.dataChanged, timeout=2000):
        pass
    assert model.data(first) not in ("…", "")
    last = model.index(count - 1, UsageModel.COST)
    model.data(last)
    with qtbot.waitSignal(model.dataChanged, timeout=2000):
        pass
    assert model.data(last)
    assert len(model.pages) == 2
    qtmodeltester.check(model)

"""Benchmark: a statement with 10,000 and 20,000 usage rows against plain canvas drawing.

The baseline draws the same rows' cells with one ``drawString`` each on a bare canvas, in the
same embedded font, with no layout at all: the least any PDF of these rows can cost. Goals:
the statement within 3× of that baseline, and 20,000 rows at most 2.2× the time of 10,000
(linear, with room for noise). Prints one JSON object per figure; exits 1 if a goal is missed.

Run: ``.venv/bin/python tests/perf/bench_statement.py``
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from reports import (
    ChargeLine,
    Customer,
    LineSummary,
    PostalAddress,
    StatementData,
    UsageRow,
    build_statement,
)
from reports.fonts import CONDENSED, register_fonts

SIZES = (10_000, 20_000)
RUNS = 3
BASELINE_GOAL = 3.0
SCALING_GOAL = 2.2
LINES = ("+79161234567", "+79037654321", "+79852223344")
PERIOD = date(2025, 3, 1)


def synthetic(rows: int, seed: int = 7) -> StatementData:
    """An account of three lines whose usage adds up to ``rows`` records over March."""
    rng = random.Random(seed)
    start = datetime(2025, 2, 28, 21, tzinfo=UTC)
    usage = []
    for index in range(rows):
        kind = rng.choice(("voice", "voice", "sms", "mms", "data"))
        roaming = rng.random() < 0.03
        usage.append(
            UsageRow(
                msisdn=LINES[index % len(LINES)],
                started_at=start + timedelta(seconds=rng.randrange(31 * 86400)),
                kind=kind,
                direction="out" if kind == "data" else rng.choice(("out", "in")),
                zone="roaming" if roaming else rng.choice(("home", "home", "russia")),
                cost=Decimal(rng.randrange(0, 5000)) / 100,
                other_party="internet" if kind == "data" else f"+7916{rng.randrange(10**7):07d}",
                duration_s=rng.randrange(1, 3600) if kind == "voice" else None,
                volume_bytes=rng.randrange(1, 500 * 2**20) if kind == "data" else None,
                roaming_country="TR" if roaming else None,
            )
        )
    charges = [
        ChargeLine("subscription", "Абонентская плата по тарифу «Смарт»", Decimal("550.00"), line)
        for line in LINES
    ]
    return StatementData(
        invoice_number="2025-03/000001",
        issued_on=date(2025, 4, 3),
        period=PERIOD,
        due_date=date(2025, 4, 20),
        customer=Customer(
            name="ООО «Бенчмарк»",
            postal_address=PostalAddress("101000", "г. Москва", "ул. Мясницкая", "1"),
        ),
        account_number="100000001",
        contract_number="Д-2025-0000001",
        lines=tuple(LineSummary(line, "Смарт") for line in LINES),
        charges=tuple(charges),
        usage=tuple(usage),
    )


def baseline(data: StatementData) -> None:
    """The same cells, one ``drawString`` each, on a bare canvas: no layout, no formatting."""
    canvas = Canvas(BytesIO(), pagesize=A4, initialFontName=CONDENSED)
    y = 800.0
    for row in data.usage:
        if y < 60:
            canvas.showPage()
            y = 800.0
        canvas.setFont(CONDENSED, 7.5)
        cells = (
            row.msisdn,
            row.started_at.isoformat(),
            row.kind,
            row.direction,
            row.other_party or "",
            str(row.duration_s or row.volume_bytes or ""),
            row.zone,
            str(row.cost),
        )
        for column, value in enumerate(cells):
            canvas.drawString(30 + column * 66, y, value)
        y -= 10.5
    canvas.save()


def statement(data: StatementData) -> None:
    build_statement(data, BytesIO())


def best_of(runs: int, work: Callable[[], None]) -> float:
    """The fastest of a few runs: the figure least disturbed by the rest of the machine."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    register_fonts()
    statement(synthetic(500))  # warm up: fonts parsed, modules imported
    seconds: dict[int, float] = {}
    met = True
    for rows in SIZES:
        data = synthetic(rows)
        base = best_of(RUNS, lambda data=data: baseline(data))
        seconds[rows] = best_of(RUNS, lambda data=data: statement(data))
        ratio = seconds[rows] / base
        met &= ratio <= BASELINE_GOAL
        print(
            json.dumps(
                {
                    "figure": "statement_vs_canvas_baseline",
                    "rows": rows,
                    "statement_s": round(seconds[rows], 3),
                    "baseline_s": round(base, 3),
                    "ratio": round(ratio, 2),
                    "goal": BASELINE_GOAL,
                    "met": ratio <= BASELINE_GOAL,
                }
            )
        )
    small, large = SIZES
    scaling = seconds[large] / seconds[small]
    met &= scaling <= SCALING_GOAL
    print(
        json.dumps(
            {
                "figure": "statement_scaling",
                "rows": [small, large],
                "ratio": round(scaling, 2),
                "goal": SCALING_GOAL,
                "met": scaling <= SCALING_GOAL,
            }
        )
    )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())

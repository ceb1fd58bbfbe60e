"""Benchmark: ``workstation demo-data`` on SQLite against plain executemany of the same rows.

Two bases: 100,000 subscribers with three months of usage, and 1,000,000 subscribers
with usage detail on the first 10,000 lines (``--usage-lines 10000``). Each is built with
:func:`workstation.demo.build_demo` into a new migrated file, timed from the call to the
commit. The baseline, measured in the same run, then writes exactly the rows of that base,
read back from it beforehand, into a second new migrated file: plain ``sqlite3``
``executemany`` from ready tuples, in one transaction with the builder's pragmas and its
index handling (:meth:`BulkWriter.bulk_load`), so that what the ratio shows is the cost of
making the rows, not a difference in how they are stored. Only the executemany calls, the
index rebuild and the commit are timed.

Goals, for the 1,000,000-subscriber base: under 5 minutes, and at least half the
baseline's rows per second. Prints one JSON object per figure; exits 1 if a goal is missed.
The machine's load average is printed with each figure: on a shared 2-core machine the
figures move with whatever else runs.

Run: ``.venv/bin/python tests/perf/bench_demo_data.py [--only small|large]``
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import BENCHMARK_BASE, BaseSpec, cache_dir, emit, keep, machine, remove_database

from models import Base
from workstation.db import open_database
from workstation.demo import build_demo
from workstation.demo.tables import COLUMNS
from workstation.demo.writer import BulkWriter

SMALL = BaseSpec(subscribers=100_000, months=3, usage_lines=None)
LARGE = BENCHMARK_BASE
GOAL_SECONDS = 300.0
GOAL_RATIO = 0.5
FETCH = 50_000


def build(spec: BaseSpec, path: Path) -> tuple[int, float]:
    """Rows written and seconds taken by the demo builder for ``spec``."""
    db = open_database(f"sqlite:///{path}")
    try:
        started = time.perf_counter()
        summary = build_demo(db, **spec.arguments())
        return summary.rows, time.perf_counter() - started
    finally:
        db.dispose()


def baseline(built: Path, path: Path) -> tuple[int, float]:
    """Rows written and seconds taken by plain executemany to write the rows of ``built``."""
    db = open_database(f"sqlite:///{path}")
    source = sqlite3.connect(f"file:{built}?mode=ro", uri=True)
    try:
        _copy_catalogue(path, built)
        rows = 0
        reading = 0.0
        engine = db.engine.execution_options(sqlite_begin="IMMEDIATE")
        with engine.connect() as connection:
            transaction = connection.begin()
            raw = connection.connection.dbapi_connection
            assert raw is not None
            started = time.perf_counter()
            with BulkWriter(connection).bulk_load():
                for table in Base.metadata.sorted_tables:
                    if table.name not in COLUMNS:
                        continue
                    names = ", ".join(COLUMNS[table.name])
                    marks = ", ".join("?" * len(COLUMNS[table.name]))
                    insert = f"INSERT INTO {table.name} ({names}) VALUES ({marks})"
                    cursor = source.execute(f"SELECT {names} FROM {table.name} ORDER BY id")
                    while True:
                        before = time.perf_counter()
                        batch = cursor.fetchmany(FETCH)
                        reading += time.perf_counter() - before
                        if not batch:
                            break
                        raw.executemany(insert, batch)
                        rows += len(batch)
            transaction.commit()
            return rows, time.perf_counter() - started - reading
    finally:
        source.close()
        db.dispose()


def _copy_catalogue(target: Path, built: Path) -> None:
    """What else the build wrote, which the rows refer to: users, tariffs, services (not timed)."""
    connection = sqlite3.connect(str(target), isolation_level=None)
    try:
        connection.execute("ATTACH DATABASE ? AS built", (f"file:{built}?mode=ro",))
        connection.execute("BEGIN")
        for table in Base.metadata.sorted_tables:
            name = table.name
            if name in COLUMNS or not connection.execute(f"SELECT 1 FROM built.{name}").fetchone():
                continue
            if connection.execute(f"SELECT 1 FROM main.{name}").fetchone():
                continue  # written by a migration
            names = ", ".join(
                row[1] for row in connection.execute(f"PRAGMA built.table_info({name})")
            )
            connection.execute(
                f"INSERT INTO main.{name} ({names}) SELECT {names} FROM built.{name}"
            )
        connection.execute("COMMIT")
        connection.execute("DETACH DATABASE built")
    finally:
        connection.close()


def measure(spec: BaseSpec, work: Path, *, cache: bool) -> dict[str, Any]:
    built_path, baseline_path = work / "built.db", work / "baseline.db"
    load_before = machine()
    rows, seconds = build(spec, built_path)
    baseline_rows, baseline_seconds = baseline(built_path, baseline_path)
    assert baseline_rows == rows, f"the baseline wrote {baseline_rows:,} rows, the build {rows:,}"
    remove_database(baseline_path)
    if cache:
        keep(built_path, spec)  # the search and UI benchmarks reuse it
    else:
        remove_database(built_path)
    rate, baseline_rate = rows / seconds, rows / baseline_seconds
    return {
        "bench": "demo_data",
        "database": "sqlite",
        "subscribers": spec.subscribers,
        "months": spec.months,
        "usage_lines": spec.usage_lines,
        "rows": rows,
        "seconds": round(seconds, 1),
        "rows_per_s": round(rate),
        "baseline_seconds": round(baseline_seconds, 1),
        "baseline_rows_per_s": round(baseline_rate),
        "ratio": round(rate / baseline_rate, 3),
        "load_before": load_before["load_avg"],
        **machine(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("small", "large"))
    args = parser.parse_args()
    missed = []
    with tempfile.TemporaryDirectory(prefix="bench-demo-data-", dir=cache_dir()) as folder:
        if args.only != "large":
            emit(**measure(SMALL, Path(folder), cache=False))
        if args.only != "small":
            figure = measure(LARGE, Path(folder), cache=True)
            figure["goals"] = {"seconds": GOAL_SECONDS, "ratio": GOAL_RATIO}
            emit(**figure)
            if figure["seconds"] >= GOAL_SECONDS:
                missed.append(f"{LARGE.subscribers:,} subscribers took {figure['seconds']} s")
            if figure["ratio"] < GOAL_RATIO:
                missed.append(f"ratio {figure['ratio']} is below {GOAL_RATIO}")
    for goal in missed:
        print(f"goal missed: {goal}", file=sys.stderr)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())

"""What the benchmarks share: the cached benchmark base, and how a figure is printed.

The search and UI benchmarks need a large subscriber base, and building one takes minutes,
so :func:`benchmark_base` builds it once and keeps it in the user cache directory
(``~/.cache/agent-workstation-bench`` on Linux; ``WORKSTATION_BENCH_CACHE`` points
elsewhere). Its parameters are fixed, so it is the same base on every machine. Its file
name carries a fingerprint of the demo generator and the schema: when either changes, the
next benchmark builds a new base and the stale one is deleted.
"""

from __future__ import annotations

import hashlib
import json
import os
import statistics
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# A benchmark measures this checkout, wherever the environment's editable install points.
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import platformdirs  # noqa: E402

import models  # noqa: E402
import workstation.demo  # noqa: E402
from workstation.db import open_database  # noqa: E402
from workstation.demo import build_demo  # noqa: E402

CACHE_ENV = "WORKSTATION_BENCH_CACHE"


@dataclass(frozen=True)
class BaseSpec:
    """The arguments of ``workstation demo-data`` a benchmark base is built with."""

    subscribers: int = 1_000_000
    months: int = 3
    usage_lines: int | None = 10_000
    seed: int = 1
    as_of: datetime = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

    @property
    def file_name(self) -> str:
        usage = "all" if self.usage_lines is None else self.usage_lines
        return (
            f"demo-{self.subscribers}-m{self.months}-u{usage}-s{self.seed}"
            f"-{self.as_of:%Y%m%dT%H%M}-{fingerprint()}.db"
        )

    def arguments(self) -> dict[str, Any]:
        """Keyword arguments of :func:`workstation.demo.build_demo`."""
        return {
            "subscribers": self.subscribers,
            "months": self.months,
            "usage_lines": self.usage_lines,
            "seed": self.seed,
            "as_of": self.as_of,
        }


BENCHMARK_BASE = BaseSpec()
"""1,000,000 subscribers, three months, usage detail on the first 10,000 lines."""


def cache_dir() -> Path:
    folder = Path(
        os.environ.get(CACHE_ENV) or platformdirs.user_cache_dir("agent-workstation-bench")
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def fingerprint() -> str:
    """A digest of the sources that decide the rows of a base: the generator and the schema."""
    digest = hashlib.sha256()
    roots = (Path(workstation.demo.__file__).parent, Path(models.__file__).parent)
    for root in roots:
        for path in sorted(root.rglob("*.py")):
            digest.update(path.relative_to(root.parent).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def benchmark_base(spec: BaseSpec = BENCHMARK_BASE) -> Path:
    """The cached base of ``spec``, built first (and stale versions deleted) if missing."""
    path = cache_dir() / spec.file_name
    if path.exists():
        return path
    building = path.with_suffix(".building")
    remove_database(building)
    print(f"building the benchmark base {path.name} (minutes) …", file=sys.stderr)
    db = open_database(f"sqlite:///{building}")
    try:
        build_demo(db, **spec.arguments())
    finally:
        db.dispose()
    return keep(building, spec)


def keep(built: Path, spec: BaseSpec) -> Path:
    """Move a base just built with ``spec`` into the cache, unless one is there already.

    The database must be closed (no ``-wal`` file left beside it).
    """
    path = cache_dir() / spec.file_name
    if path.exists():
        remove_database(built)
        return path
    stale = path.name.rsplit("-", 1)[0] + "-*.db"
    for old in path.parent.glob(stale):
        remove_database(old)
    os.replace(built, path)
    return path


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def emit(**figure: Any) -> None:
    """Print one figure as one JSON object on one line."""
    print(json.dumps(figure, ensure_ascii=False), flush=True)


def machine() -> dict[str, Any]:
    """What says how loaded the machine was while a figure was measured."""
    return {"cpus": os.cpu_count(), "load_avg": [round(x, 2) for x in os.getloadavg()]}


def percentile(values: list[float], q: int) -> float:
    """The ``q``-th percentile of ``values`` (1…99), as the figures report them."""
    return statistics.quantiles(values, n=100)[q - 1]

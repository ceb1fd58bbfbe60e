"""Generating the demo rows, in this process or in a second one while this one writes.

Generation (Python arithmetic) and writing (the database driver) each keep a core busy,
so a large base is built with the generator in a child process sending finished chunks
through a pipe, one chunk ahead of the writer. The child runs the same generator in the
same order, so the rows are identical either way. It is started with ``spawn``, which is
safe in a process that runs Qt or other threads and works the same on Windows.
"""

from __future__ import annotations

import multiprocessing
import pickle
import traceback
from collections.abc import Generator
from dataclasses import dataclass
from multiprocessing.connection import Connection

from workstation.demo.generator import DemoGenerator, DemoSpec
from workstation.demo.tables import Counters, Rows


@dataclass(frozen=True, slots=True)
class Batch:
    """Rows to write, how many customers are done, and on the last batch the final counts."""

    rows: Rows
    customers: int
    counters: Counters | None = None


class GenerationError(RuntimeError):
    """The generator process failed (a bug: the message holds its traceback) or was killed."""


def batches(
    spec: DemoSpec, tariff_ids: dict[str, int], service_ids: dict[str, int], dialect: str
) -> Generator[Batch, None, None]:
    """Every chunk, then the number pool and callbacks, made in this process."""
    generator = DemoGenerator(spec, tariff_ids, service_ids, dialect)
    for index in range(spec.chunk_count):
        rows = generator.chunk(index)
        yield Batch(rows, generator.counters.customer)
    yield Batch(generator.finish(), generator.counters.customer, generator.counters)


def background_batches(
    spec: DemoSpec, tariff_ids: dict[str, int], service_ids: dict[str, int], dialect: str
) -> Generator[Batch, None, None]:
    """The same batches as :func:`batches`, made by a child process.

    Raises:
        GenerationError: the child failed (its traceback is in the message) or died.
    """
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_produce,
        args=(sender, spec, tariff_ids, service_ids, dialect),
        name="workstation demo-data generator",
        daemon=True,
    )
    process.start()
    sender.close()
    try:
        while True:
            try:
                kind, payload = pickle.loads(receiver.recv_bytes())
            except EOFError:
                raise GenerationError("the demo data generator process stopped") from None
            if kind == "error":
                raise GenerationError(f"the demo data generator failed:\n{payload}")
            yield payload
            if payload.counters is not None:
                return
    finally:
        receiver.close()
        process.join(timeout=5)
        if process.is_alive():
            process.terminate()
            process.join()


def _produce(
    sender: Connection,
    spec: DemoSpec,
    tariff_ids: dict[str, int],
    service_ids: dict[str, int],
    dialect: str,
) -> None:
    """The child's work: send each batch as soon as it is made; on failure, why."""
    try:
        for batch in batches(spec, tariff_ids, service_ids, dialect):
            sender.send_bytes(pickle.dumps(("batch", batch), protocol=pickle.HIGHEST_PROTOCOL))
    except (BrokenPipeError, KeyboardInterrupt):
        pass  # the writer is gone or the user interrupted: it rolls back on its side
    except Exception:
        sender.send_bytes(pickle.dumps(("error", traceback.format_exc())))
    finally:
        sender.close()

"""Writing a document so that no reader ever sees half of it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import BinaryIO, TypeVar

Target = str | os.PathLike[str] | BinaryIO
"""Where a document goes: a file path, or a binary stream opened for writing."""

T = TypeVar("T")


def write_atomically(target: Target, produce: Callable[[BinaryIO], T]) -> T:
    """Run ``produce`` on a temporary file and put the result in place only if it succeeds.

    A path gets a temporary file in its own directory (so the final ``os.replace`` is a
    rename on one file system) that replaces the target when complete and is removed on any
    error; the target is never left partly written. A stream gets the whole document in one
    ``write`` after it is complete. The temporary file is readable by its owner only, as a
    statement holds personal data, and keeps that mode.
    """
    if isinstance(target, str | os.PathLike):
        path = Path(target)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
        try:
            with os.fdopen(handle, "wb") as stream:
                result = produce(stream)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return result
    buffer = BytesIO()
    result = produce(buffer)
    target.write(buffer.getvalue())
    return result

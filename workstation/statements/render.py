"""A statement's pages as bitmaps, for the screen's preview and for a printer.

pdfium is not thread-safe, and the workstation calls it from background threads (preview,
print, fax image), so every call of this process into it holds :data:`PDFIUM`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Final

import pypdfium2

PDFIUM: Final = threading.Lock()
POINTS_PER_INCH: Final = 72


@dataclass(frozen=True, slots=True)
class PageBitmap:
    """One rendered page: 4 bytes a pixel in B, G, R, unused order (Qt's ``Format_RGB32``)."""

    index: int
    width: int
    height: int
    stride: int
    pixels: bytes


def page_sizes(pdf: bytes) -> tuple[tuple[float, float], ...]:
    """Width and height in points of every page, to lay out a preview before it is drawn."""
    with PDFIUM:
        document = pypdfium2.PdfDocument(pdf)
        try:
            sizes = [document[index].get_size() for index in range(len(document))]
        finally:
            document.close()
    return tuple((float(width), float(height)) for width, height in sizes)


def render_pages(pdf: bytes, indexes: Iterable[int], dpi: float) -> Iterator[PageBitmap]:
    """Draw the pages ``indexes`` (from 0) at ``dpi``, one at a time, so that a long
    document never needs all its bitmaps in memory at once."""
    scale = dpi / POINTS_PER_INCH
    for index in indexes:
        with PDFIUM:
            document = pypdfium2.PdfDocument(pdf)
            try:
                bitmap = document[index].render(scale=scale, prefer_bgrx=True)
                pixels = bytes(bitmap.buffer)
                page = PageBitmap(index, bitmap.width, bitmap.height, bitmap.stride, pixels)
            finally:
                document.close()
        yield page

"""The fonts of every document: DejaVu Sans, embedded, because it covers Cyrillic and ₽.

ReportLab falls back to Helvetica, one of the standard 14 fonts that are never embedded and
have no Cyrillic; every canvas and style here names these fonts instead.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Final

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR: Final = Path(__file__).resolve().parent.parent / "resources" / "fonts"

REGULAR: Final = "DejaVuSans"
BOLD: Final = "DejaVuSans-Bold"
CONDENSED: Final = "DejaVuSansCondensed"
CONDENSED_BOLD: Final = "DejaVuSansCondensed-Bold"

_FILES: Final = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}


@cache
def register_fonts() -> None:
    """Register the fonts with ReportLab once per process; later calls do nothing.

    The families map ``<b>`` in paragraphs to the bold face; there is no italic face, so
    italic maps to the upright one rather than to Helvetica.
    """
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    for regular, bold in ((REGULAR, BOLD), (CONDENSED, CONDENSED_BOLD)):
        pdfmetrics.registerFontFamily(
            regular, normal=regular, bold=bold, italic=regular, boldItalic=bold
        )

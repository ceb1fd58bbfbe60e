"""Colours, rule weights and type sizes of each variant, and the paragraph styles made of them.

The screen and post variants share a quiet colour scheme. The fax variant is pure black on
white: no fills (a fax machine turns a tint into noise), no rule under 0.5 pt (a hairline
vanishes at 204×196 dpi) and no text under 9 pt.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor, black
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, TableStyle

from reports.data import Delivery
from reports.fonts import BOLD, CONDENSED, CONDENSED_BOLD, REGULAR


@dataclass(frozen=True, slots=True)
class Theme:
    """What differs between the variants; ``fill`` and ``stripe`` are None where tints are banned.

    Sizes are in points: ``body`` for running text, ``small`` for secondary text, ``table``
    and ``row`` for the usage detail's text and row height. ``interactive`` documents are
    read on a screen and get an outline and links; paper gets neither.
    """

    accent: Color
    text: Color
    muted: Color
    rule: Color
    fill: Color | None
    stripe: Color | None
    highlight: Color | None
    thin: float
    thick: float
    body: float
    small: float
    table: float
    row: float
    fold_marks: bool
    interactive: bool


SCREEN: Final = Theme(
    accent=HexColor("#0A5A8C"),
    text=HexColor("#1B1F23"),
    muted=HexColor("#5B6670"),
    rule=HexColor("#B9C4CE"),
    fill=HexColor("#E6EDF3"),
    stripe=HexColor("#F4F7FA"),
    highlight=HexColor("#EDF4FA"),
    thin=0.4,
    thick=0.9,
    body=9,
    small=7.5,
    table=7.5,
    row=10.5,
    fold_marks=False,
    interactive=True,
)

POST: Final = replace(SCREEN, fold_marks=True, interactive=False)

FAX: Final = Theme(
    accent=black,
    text=black,
    muted=black,
    rule=black,
    fill=None,
    stripe=None,
    highlight=None,
    thin=0.6,
    thick=1.2,
    body=10,
    small=9,
    table=9,
    row=12.5,
    fold_marks=False,
    interactive=False,
)


def theme_for(delivery: Delivery) -> Theme:
    return {Delivery.EMAIL: SCREEN, Delivery.POST: POST, Delivery.FAX: FAX}[delivery]


@dataclass(frozen=True, slots=True)
class Styles:
    """The paragraph styles of a theme, so no paragraph falls back to Helvetica."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold_right: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_muted_right: ParagraphStyle


def styles_for(theme: Theme) -> Styles:
    body, small = theme.body, theme.small

    def style(name: str, font: str, size: float, **extra: object) -> ParagraphStyle:
        fields: dict[str, object] = {
            "fontName": font,
            "fontSize": size,
            "leading": round(size * 1.3, 1),
            "textColor": theme.text,
            "alignment": TA_LEFT,
        }
        fields.update(extra)
        return ParagraphStyle(name, **fields)

    return Styles(
        title=style("title", BOLD, body + 6, textColor=theme.accent, spaceAfter=1),
        subtitle=style("subtitle", REGULAR, body + 1, textColor=theme.muted, spaceAfter=8),
        heading=style(
            "heading",
            BOLD,
            body + 2,
            textColor=theme.accent,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        subheading=style("subheading", BOLD, body, spaceBefore=6, spaceAfter=2, keepWithNext=1),
        body=style("body", REGULAR, body),
        small=style("small", REGULAR, small, textColor=theme.muted),
        cell=style("cell", CONDENSED, body - 0.5),
        cell_bold=style("cell_bold", CONDENSED_BOLD, body - 0.5),
        cell_right=style("cell_right", CONDENSED, body - 0.5, alignment=TA_RIGHT),
        cell_bold_right=style("cell_bold_right", CONDENSED_BOLD, body - 0.5, alignment=TA_RIGHT),
        cell_muted=style("cell_muted", CONDENSED, small, textColor=theme.muted),
        cell_muted_right=style(
            "cell_muted_right", CONDENSED, small, textColor=theme.muted, alignment=TA_RIGHT
        ),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: data may hold ``&`` or ``<``, which are markup to ReportLab."""
    return Paragraph(escape(text), style)


def table_style(commands: list[tuple[object, ...]]) -> TableStyle:
    """A table style whose cells name an embedded font.

    A table sets its cells' font before drawing any cell, flowable or not; left unset that
    is Helvetica, which would put a standard, unembedded font in the file.
    """
    return TableStyle([("FONT", (0, 0), (-1, -1), CONDENSED), *commands])


def grid_style(theme: Theme, rows: int, *, total_rows: int = 0) -> TableStyle:
    """A table with a header row, light rules between rows and total rows at the bottom.

    ``rows`` counts every row, header and totals included; the last ``total_rows`` rows get a
    heavier rule above them.
    """
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, 0), theme.thin, theme.rule),
    ]
    if rows - total_rows > 1:
        commands.append(("LINEBELOW", (0, 1), (-1, rows - total_rows - 1), theme.thin, theme.rule))
    if theme.fill is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), theme.fill))
    else:
        commands.append(("LINEABOVE", (0, 0), (-1, 0), theme.thin, theme.rule))
    if total_rows:
        commands.append(
            ("LINEABOVE", (0, rows - total_rows), (-1, rows - total_rows), theme.thick, theme.text)
        )
    return table_style(commands)

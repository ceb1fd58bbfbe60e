"""The usage detail (детализация): every call, message and data session, line by line.

Rows are drawn by a flowable of their own rather than a platypus ``Table``: a table measures
every cell of every row and grows faster than linearly with them, while here every row has
the same height and fixed column widths, so a page takes a slice of rows by arithmetic and
the whole detail costs time in proportion to its rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Final
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable, Spacer, Table

from reports.data import DIRECTIONS, USAGE_KINDS, ZONES, UsageRow
from reports.fonts import CONDENSED, CONDENSED_BOLD
from reports.format import (
    DATETIME_FORMATS,
    format_amount,
    format_duration,
    format_money,
    format_msisdn,
    format_utc_offset,
    format_volume,
)
from reports.pages import CONTENT_WIDTH, Bookmark, Context, line_heading
from reports.theme import Theme, grid_style, para
from reports.totals import ZERO, UsageTotal, line_order, usage_by_line, usage_totals

# (label key, right-aligned); the columns are as wide as their widest value or heading,
# and share what is left of the page's width; a longer other party is clipped.
_COLUMNS: Final = (
    ("col.no", True),
    ("col.time", False),
    ("col.kind", False),
    ("col.direction", False),
    ("col.party", False),
    ("col.quantity", True),
    ("col.zone", False),
    ("col.amount", True),
)
_PARTY: Final = 4
_PADDING: Final = 1.3 * mm
# A page break leaves at least this many rows on either side of it.
_MIN_ROWS: Final = 3
# The widest values the fixed columns are sized for; a usage row costs less than 100 000 ₽.
_WIDEST_MOMENT: Final = datetime(2025, 12, 28, 23, 58, 58)
_WIDEST_DURATION: Final = 35999
_WIDEST_VOLUME: Final = 1023 * 1024 * 1024
_WIDEST_AMOUNT: Final = Decimal("99999.99")
_WIDEST_PARTY: Final = "+7 999 999-99-99"


@dataclass(frozen=True, slots=True)
class _Layout:
    """Everything a slice of rows needs to draw itself, worked out once per document."""

    theme: Theme
    font: Any
    size: float
    row: float
    caption: float
    header: float
    starts: tuple[float, ...]
    ends: tuple[float, ...]
    right: tuple[bool, ...]
    headings: tuple[str, ...]
    continued: str
    kinds: dict[str, str]
    directions: dict[str, str]
    zones: dict[str, str]
    zone: ZoneInfo
    language: str
    time_format: str
    interactive: bool


def _layout(ctx: Context, most_rows: int) -> _Layout:
    theme, text, language = ctx.theme, ctx.text, ctx.language
    size = theme.table
    time_format = DATETIME_FORMATS[language]
    kinds = {kind: text[f"kind.{kind}"] for kind in USAGE_KINDS}
    directions = {d: text[f"direction.{d}"] for d in DIRECTIONS}
    zones = {zone: text[f"zone.{zone}"] for zone in ZONES}
    samples: list[list[str]] = [
        [str(most_rows)],
        [_WIDEST_MOMENT.strftime(time_format)],
        list(kinds.values()),
        list(directions.values()),
        [_WIDEST_PARTY],
        [format_duration(_WIDEST_DURATION), format_volume(_WIDEST_VOLUME, language)],
        [*zones.values(), f"{zones['roaming']} WW"],
        [format_amount(_WIDEST_AMOUNT, language)],
    ]
    headings = [text[key] for key, _ in _COLUMNS]
    widths = [
        max(
            [
                stringWidth(heading, CONDENSED_BOLD, size),
                *(stringWidth(value, CONDENSED, size) for value in values),
            ]
        )
        + 2 * _PADDING
        for heading, values in zip(headings, samples, strict=True)
    ]
    spare = (CONTENT_WIDTH - sum(widths)) / len(widths)
    widths = [width + spare for width in widths]
    starts: list[float] = []
    ends: list[float] = []
    x = 0.0
    for width in widths:
        starts.append(x + _PADDING)
        x += width
        ends.append(x - _PADDING)
    return _Layout(
        theme=theme,
        font=getFont(CONDENSED),
        size=size,
        row=theme.row,
        caption=size * 2.2,
        header=theme.row * 1.25,
        starts=tuple(starts),
        ends=tuple(ends),
        right=tuple(right for _, right in _COLUMNS),
        headings=tuple(headings),
        continued=text["detail.continued"],
        kinds=kinds,
        directions=directions,
        zones=zones,
        zone=ctx.zone,
        language=language,
        time_format=time_format,
        interactive=theme.interactive,
    )


class UsageRows(Flowable):  # type: ignore[misc]  # ReportLab ships no type information
    """A slice ``[start, stop)`` of one line's rows: a caption, the column header, the rows.

    Splitting gives two slices of the same list, so a split costs nothing whatever the size;
    every slice repeats the header, and the ones after the first say they continue.
    """

    def __init__(
        self,
        layout: _Layout,
        rows: Sequence[UsageRow],
        start: int,
        stop: int,
        caption: str,
        bookmark: tuple[str, str] | None,
    ) -> None:
        super().__init__()
        self.layout = layout
        self.rows = rows
        self.start = start
        self.stop = stop
        self.caption = caption
        self.bookmark = bookmark
        self.width = CONTENT_WIDTH
        self.height = layout.caption + layout.header + (stop - start) * layout.row

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        layout = self.layout
        left = self.stop - self.start
        fit = int((available_height - layout.caption - layout.header) // layout.row)
        if fit >= left:
            return [self]
        fit = min(fit, left - _MIN_ROWS)
        if fit < _MIN_ROWS:
            return []
        middle = self.start + fit
        continued = layout.continued.format(msisdn=format_msisdn(self.rows[self.start].msisdn))
        return [
            UsageRows(layout, self.rows, self.start, middle, self.caption, self.bookmark),
            UsageRows(layout, self.rows, middle, self.stop, continued, None),
        ]

    def draw(self) -> None:
        canvas: Any = self.canv
        layout, theme = self.layout, self.layout.theme
        top = self.height
        if self.bookmark is not None and layout.interactive:
            key, title = self.bookmark
            canvas.bookmarkHorizontal(key, 0, top)
            canvas.addOutlineEntry(title, key, 1)

        canvas.setFillColor(theme.accent)
        canvas.setFont(CONDENSED_BOLD, layout.size + 1)
        canvas.drawString(0, top - layout.caption + layout.size * 0.7, self.caption)

        header_bottom = top - layout.caption - layout.header
        self._draw_header(canvas, header_bottom)
        body_top = header_bottom
        count = self.stop - self.start
        if theme.stripe is not None:
            canvas.setFillColor(theme.stripe)
            for index in range(1, count, 2):
                canvas.rect(0, body_top - (index + 1) * layout.row, self.width, layout.row, 0, 1)
        else:
            # No tints on a fax: a rule every five rows guides the eye instead.
            canvas.setStrokeColor(theme.rule)
            canvas.setLineWidth(theme.thin)
            for index in range(5, count, 5):
                y = body_top - index * layout.row
                canvas.line(0, y, self.width, y)
        canvas.setStrokeColor(theme.rule)
        canvas.setLineWidth(theme.thin)
        bottom = body_top - count * layout.row
        canvas.line(0, bottom, self.width, bottom)
        self._draw_rows(canvas, body_top)

    def _draw_header(self, canvas: Any, bottom: float) -> None:
        layout, theme = self.layout, self.layout.theme
        if theme.fill is not None:
            canvas.setFillColor(theme.fill)
            canvas.rect(0, bottom, self.width, layout.header, 0, 1)
        else:
            canvas.setStrokeColor(theme.rule)
            canvas.setLineWidth(theme.thick)
            canvas.line(0, bottom, self.width, bottom)
            canvas.line(0, bottom + layout.header, self.width, bottom + layout.header)
        canvas.setFillColor(theme.muted)
        canvas.setFont(CONDENSED_BOLD, layout.size)
        baseline = bottom + (layout.header - layout.size) / 2 + layout.size * 0.22
        for label, start, end, right in zip(
            layout.headings, layout.starts, layout.ends, layout.right, strict=True
        ):
            if right:
                canvas.drawRightString(end, baseline, label)
            else:
                canvas.drawString(start, baseline, label)

    def _draw_rows(self, canvas: Any, top: float) -> None:
        """All the rows' text as one text object: far fewer operators than a string each."""
        layout = self.layout
        font, size = layout.font, layout.size
        starts, ends, right = layout.starts, layout.ends, layout.right
        party_width = ends[_PARTY] - starts[_PARTY]
        text = canvas.beginText()
        text.setFont(CONDENSED, size)
        text.setFillColor(layout.theme.text)
        baseline = top - layout.row + (layout.row - size) / 2 + size * 0.22
        for number in range(self.start, self.stop):
            cells = _cells(layout, self.rows[number], number + 1)
            if font.stringWidth(cells[_PARTY], size) > party_width:
                cells[_PARTY] = _clip(font, cells[_PARTY], size, party_width)
            for column, value in enumerate(cells):
                if not value:
                    continue
                if right[column]:
                    text.setTextOrigin(ends[column] - font.stringWidth(value, size), baseline)
                else:
                    text.setTextOrigin(starts[column], baseline)
                text.textOut(value)
            baseline -= layout.row
        canvas.drawText(text)


def _cells(layout: _Layout, row: UsageRow, number: int) -> list[str]:
    kind = row.kind
    if kind == "voice" and row.duration_s is not None:
        quantity = format_duration(row.duration_s)
    elif kind == "data" and row.volume_bytes is not None:
        quantity = format_volume(row.volume_bytes, layout.language)
    else:
        quantity = ""
    zone = layout.zones[row.zone]
    if row.zone == "roaming" and row.roaming_country:
        zone = f"{zone} {row.roaming_country}"
    started: datetime = row.started_at.astimezone(layout.zone)
    return [
        str(number),
        started.strftime(layout.time_format),
        layout.kinds[kind],
        "" if kind == "data" else layout.directions[row.direction],
        format_msisdn(row.other_party) if row.other_party else "",
        quantity,
        zone,
        format_amount(row.cost, layout.language),
    ]


def _clip(font: Any, value: str, size: float, width: float) -> str:
    """The value shortened with an ellipsis to fit the column."""
    while value and font.stringWidth(value + "…", size) > width:
        value = value[:-1]
    return value + "…"


def detail_story(ctx: Context) -> list[Flowable]:
    """The flowables of the detail: its title, totals by kind, then every line's rows."""
    data, text, styles = ctx.data, ctx.text, ctx.styles
    title = text["detail.title"].format(month=ctx.month)
    first_day = datetime(data.period.year, data.period.month, 1, 12, tzinfo=ctx.zone)
    story: list[Flowable] = [
        Bookmark(ctx, "detail", title, 0),
        para(title, styles.title),
        para(
            text["detail.subtitle"].format(
                account=data.account_number,
                zone=data.time_zone,
                offset=format_utc_offset(ctx.zone, first_day),
            ),
            styles.subtitle,
        ),
        para(text["detail.summary"], styles.heading),
        _kind_table(ctx, usage_totals(data.usage), text["detail.total"]),
        Spacer(1, 4 * mm),
    ]
    groups = usage_by_line(data.usage)
    layout = _layout(ctx, max((len(rows) for rows in groups.values()), default=1))
    for msisdn in line_order(data):
        rows = groups.get(msisdn, [])
        heading = line_heading(ctx, msisdn)
        key = f"detail-{msisdn}"
        if not rows:
            story += [
                Bookmark(ctx, key, format_msisdn(msisdn), 1),
                para(heading, styles.subheading),
                para(text["detail.empty"], styles.body),
                Spacer(1, 4 * mm),
            ]
            continue
        story += [
            UsageRows(layout, rows, 0, len(rows), heading, (key, format_msisdn(msisdn))),
            Spacer(1, 1.5 * mm),
            _kind_table(ctx, usage_totals(rows), text["detail.line_total"]),
            Spacer(1, 5 * mm),
        ]
    return story


def _kind_table(ctx: Context, totals: dict[str, UsageTotal], total_label: str) -> Table:
    """Count, duration or volume and cost per kind of usage, and the cost in all."""
    text, styles, lang = ctx.text, ctx.styles, ctx.language
    rows: list[list[Any]] = [
        [
            para(text["sum.kind"], styles.cell_muted),
            para(text["sum.count"], styles.cell_muted_right),
            para(text["sum.quantity"], styles.cell_muted_right),
            para(text["sum.amount"], styles.cell_muted_right),
        ]
    ]
    for kind, total in totals.items():
        if kind == "voice":
            quantity = format_duration(total.duration_s)
        elif kind == "data":
            quantity = format_volume(total.volume_bytes, lang)
        else:
            quantity = ""
        rows.append(
            [
                para(text[f"kinds.{kind}"], styles.cell),
                para(str(total.count), styles.cell_right),
                para(quantity, styles.cell_right),
                para(format_money(total.cost, lang), styles.cell_right),
            ]
        )
    if not totals:
        rows.append([para(text["detail.empty"], styles.cell_muted), "", "", ""])
    overall = sum((total.cost for total in totals.values()), ZERO)
    rows.append(
        [
            para(total_label, styles.cell_bold),
            "",
            "",
            para(format_money(overall, lang), styles.cell_bold_right),
        ]
    )
    return Table(
        rows,
        colWidths=[CONTENT_WIDTH - 110 * mm, 30 * mm, 40 * mm, 40 * mm],
        style=grid_style(ctx.theme, len(rows), total_rows=1),
        repeatRows=1,
        hAlign="LEFT",
    )

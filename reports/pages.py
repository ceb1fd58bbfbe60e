"""Pages: the canvas that counts them, their geometry, and what is drawn on every page.

Positions are measured from the top-left corner of an A4 sheet, in millimetres, as the
envelope and folding standards give them; :func:`y_from_top` turns them into ReportLab's
bottom-up points.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Final
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from reports.data import Delivery, StatementData, StatementDataError, StatementOptions
from reports.fonts import BOLD, CONDENSED, CONDENSED_BOLD, REGULAR
from reports.format import (
    format_date,
    format_month,
    format_msisdn,
    plain_spaces,
    postal_lines,
)
from reports.labels import labels
from reports.theme import Styles, Theme, styles_for, theme_for
from reports.totals import StatementTotals, statement_totals

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT: Final = 20 * mm
MARGIN_RIGHT: Final = 15 * mm
CONTENT_WIDTH: Final = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
RIGHT_EDGE: Final = PAGE_WIDTH - MARGIN_RIGHT

# DIN 5008 form B: the address field of a window envelope, from the sheet's top-left corner.
WINDOW_LEFT: Final = 20 * mm
WINDOW_RIGHT: Final = 105 * mm
WINDOW_TOP: Final = 45 * mm
WINDOW_BOTTOM: Final = 90 * mm
# The letter moves in the envelope; text keeps this far from the window's edges.
WINDOW_PADDING: Final = 4 * mm
# Form B folds at 105 and 210 mm; the mark at 148.5 mm is for the hole punch.
FOLD_MARKS: Final = (105 * mm, 148.5 * mm, 210 * mm)

ACCOUNT_BOX_LEFT: Final = 112 * mm
FIRST_FRAME_TOP: Final = 97 * mm
LATER_FRAME_TOP: Final = 24 * mm
COVER_FRAME_TOP: Final = 48 * mm
FRAME_BOTTOM: Final = 18 * mm

PageFinisher = Callable[[Canvas, int, int], None]


def y_from_top(distance: float) -> float:
    """ReportLab's y (from the bottom) of a point ``distance`` points below the top edge."""
    return float(PAGE_HEIGHT - distance)


class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type information
    """A canvas that holds its pages until the document ends, so a page can show the count.

    Platypus calls ``showPage`` at each page end; the page is put aside together with what
    must be drawn on it once the count is known (its finishers) and its bookmarks, which
    ReportLab binds to the page being written and so are replayed then as well. The pages
    are plain lists of drawing operators, so holding them costs little and stays linear.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []
        self._finishers: list[PageFinisher] = []
        self._bookmarks: list[tuple[str, dict[str, Any]]] = []
        self.page_count = 0

    def finish_page_with(self, finisher: PageFinisher) -> None:
        """Draw ``finisher(canvas, page, pages)`` on the current page when the count is known."""
        self._finishers.append(finisher)

    def bookmarkPage(self, key: str, **kwargs: Any) -> None:
        self._bookmarks.append((key, kwargs))

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._finishers = []
        self._bookmarks = []
        self._startPage()

    def save(self) -> None:
        pages = self._held_pages
        for number, state in enumerate(pages, start=1):
            self.__dict__.update(state)
            for finisher in self._finishers:
                self.saveState()
                finisher(self, number, len(pages))
                self.restoreState()
            for key, kwargs in self._bookmarks:
                super().bookmarkPage(key, **kwargs)
            super().showPage()
        # Restoring the pages' states rolled these back; they are set once all pages are out.
        self._held_pages = []
        self.page_count = len(pages)
        super().save()


@dataclass(frozen=True, slots=True)
class Context:
    """What every part of a document needs to know: the data, the options and their look."""

    data: StatementData
    options: StatementOptions
    theme: Theme
    styles: Styles
    text: Mapping[str, str]
    totals: StatementTotals
    zone: ZoneInfo
    tariffs: Mapping[str, str]

    @property
    def language(self) -> str:
        return self.options.language

    @property
    def month(self) -> str:
        return format_month(self.data.period, self.language)

    def format_date(self, value: date) -> str:
        return format_date(value, self.language)


def make_context(data: StatementData, options: StatementOptions) -> Context:
    theme = theme_for(options.delivery)
    return Context(
        data=data,
        options=options,
        theme=theme,
        styles=styles_for(theme),
        text=labels(options.language),
        totals=statement_totals(data),
        zone=ZoneInfo(data.time_zone),
        tariffs={line.msisdn: line.tariff_name for line in data.lines},
    )


def period_range(ctx: Context) -> str:
    """``01.03.2025 – 31.03.2025`` or ``1–31 March 2025``."""
    start = ctx.data.period
    end = start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if ctx.language == "ru":
        return f"{ctx.format_date(start)} – {ctx.format_date(end)}"
    return f"1–{end.day} {ctx.month}"


def draw_letterhead(canvas: Canvas, ctx: Context) -> None:
    """The operator's name, legal details and contact numbers across the top of a sheet.

    Both columns are short lines, so they stay clear of each other at the fax's 9 pt too.
    """
    operator, theme, text = ctx.data.operator, ctx.theme, ctx.text
    small = theme.small
    leading = small * 1.35
    brand_y = y_from_top(18 * mm)
    canvas.setFillColor(theme.accent)
    canvas.setFont(BOLD, 17)
    canvas.drawString(MARGIN_LEFT, brand_y, operator.brand)

    y = brand_y - 5.5 * mm
    canvas.setFillColor(theme.text)
    canvas.setFont(BOLD, small)
    canvas.drawString(MARGIN_LEFT, y, operator.name)
    canvas.setFillColor(theme.muted)
    canvas.setFont(REGULAR, small)
    for line in (
        text["operator.inn_kpp"].format(inn=operator.inn, kpp=operator.kpp),
        text["operator.ogrn"].format(ogrn=operator.ogrn),
        operator.address,
    ):
        y -= leading
        canvas.drawString(MARGIN_LEFT, y, line)
    lowest = y

    contacts = (
        (operator.phone_short, f" — {text['operator.phone_short']}"),
        (operator.phone_free, f" — {text['operator.phone_free']}"),
        (operator.phone_roaming, f" — {text['operator.phone_roaming']}"),
        (operator.website, ""),
        ("", operator.email),
    )
    links = {operator.website: f"https://{operator.website}", "": f"mailto:{operator.email}"}
    y = brand_y + small * 0.2
    for number, note in contacts:
        canvas.setFillColor(theme.muted)
        canvas.setFont(REGULAR, small)
        canvas.drawRightString(RIGHT_EDGE, y, note)
        canvas.setFillColor(theme.text)
        canvas.setFont(BOLD, small)
        note_width = stringWidth(note, REGULAR, small)
        canvas.drawRightString(RIGHT_EDGE - note_width, y, number)
        if theme.interactive and number in links:
            width = note_width + stringWidth(number, BOLD, small)
            area = (RIGHT_EDGE - width, y - small * 0.25, RIGHT_EDGE, y + small * 0.8)
            canvas.linkURL(links[number], area, relative=1, thickness=0)
        lowest = min(lowest, y)
        y -= leading

    canvas.setStrokeColor(theme.accent)
    canvas.setLineWidth(theme.thick)
    rule_y = min(y_from_top(39 * mm), lowest - 2.5 * mm)
    canvas.line(MARGIN_LEFT, rule_y, RIGHT_EDGE, rule_y)


def draw_address_block(canvas: Canvas, ctx: Context) -> None:
    """The recipient in the envelope window (post), or the payer at the same place.

    For the post the block moves by the window offset, starts with the operator's return
    address, and shrinks its type until it fits inside the window's padded rectangle.
    """
    data, theme, text = ctx.data, ctx.theme, ctx.text
    customer = data.customer
    post = ctx.options.delivery is Delivery.POST
    dx, dy = ctx.options.window_offset_mm if post else (0.0, 0.0)
    left = WINDOW_LEFT + WINDOW_PADDING + dx * mm
    width = WINDOW_RIGHT - WINDOW_LEFT - 2 * WINDOW_PADDING
    top = WINDOW_TOP + WINDOW_PADDING + dy * mm
    bottom = WINDOW_BOTTOM - WINDOW_PADDING + dy * mm

    if customer.postal_address is not None:
        lines = postal_lines(customer.name, customer.postal_address)
    else:
        lines = [customer.name, *([customer.email] if customer.email else [])]

    minimum = theme.small
    if post:
        sender = f"{data.operator.name}, {data.operator.address}"
        size = max(minimum - 1, 6.0)
        heading = simpleSplit(sender, REGULAR, size, width)[:2]
    else:
        size = minimum
        heading = [text["window.payer"]]
    canvas.setFillColor(theme.muted)
    canvas.setFont(REGULAR, size)
    y = top + size
    for line in heading:
        canvas.drawString(left, y_from_top(y), line)
        y += size * 1.25
    if post:
        canvas.setStrokeColor(theme.muted)
        canvas.setLineWidth(max(theme.thin, 0.5))
        rule = y - size * 0.85
        canvas.line(left, y_from_top(rule), left + width, y_from_top(rule))
        y += 2 * mm

    font_size, wrapped = _fit_address(lines, width, bottom - y, theme.body + 1.5, minimum + 0.5)
    leading = font_size * 1.25
    y += font_size - leading
    canvas.setFillColor(theme.text)
    for line_no, line in wrapped:
        y += leading
        canvas.setFont(BOLD if line_no == 0 else REGULAR, font_size)
        canvas.drawString(left, y_from_top(y), line)


def _fit_address(
    lines: list[str], width: float, height: float, largest: float, smallest: float
) -> tuple[float, list[tuple[int, str]]]:
    """The largest size at which the lines, wrapped to the width, fit the height.

    Raises :class:`StatementDataError` when they do not fit even at the smallest size: a
    letter must not go out with its postcode cut off.
    """
    size = largest
    while True:
        wrapped = [
            (number, part)
            for number, line in enumerate(lines)
            for part in simpleSplit(line, BOLD if number == 0 else REGULAR, size, width)
        ]
        if len(wrapped) * size * 1.25 <= height:
            return size, wrapped
        if size <= smallest:
            raise StatementDataError("the name and address do not fit the envelope window")
        size = max(smallest, size - 0.5)


def draw_account_box(canvas: Canvas, ctx: Context) -> None:
    """The invoice's identifiers beside the address: number, dates, account, contract."""
    data, theme, text = ctx.data, ctx.theme, ctx.text
    rows = [
        (text["info.invoice"], data.invoice_number),
        (text["info.issued"], ctx.format_date(data.issued_on)),
        (text["info.account"], data.account_number),
        (text["info.contract"], data.contract_number),
        (text["info.period"], period_range(ctx)),
        (text["info.due"], ctx.format_date(data.due_date)),
    ]
    if data.customer.inn:
        rows.append(
            (
                text["info.customer_inn"],
                " / ".join(filter(None, (data.customer.inn, data.customer.kpp))),
            )
        )
    padding = 3 * mm
    height = WINDOW_BOTTOM - WINDOW_TOP
    row = min(theme.small * 1.9, (height - 2 * padding) / len(rows))
    box_bottom = y_from_top(WINDOW_TOP + 2 * padding + row * len(rows))
    box_width = RIGHT_EDGE - ACCOUNT_BOX_LEFT
    canvas.setLineWidth(theme.thin)
    canvas.setStrokeColor(theme.rule)
    if theme.highlight is not None:
        canvas.setFillColor(theme.highlight)
        canvas.roundRect(
            ACCOUNT_BOX_LEFT,
            box_bottom,
            box_width,
            y_from_top(WINDOW_TOP) - box_bottom,
            2 * mm,
            stroke=0,
            fill=1,
        )
    else:
        canvas.rect(
            ACCOUNT_BOX_LEFT,
            box_bottom,
            box_width,
            y_from_top(WINDOW_TOP) - box_bottom,
            stroke=1,
            fill=0,
        )
    y = WINDOW_TOP + padding
    for label, value in rows:
        y += row
        baseline = y_from_top(y - row * 0.32)
        canvas.setFillColor(theme.muted)
        canvas.setFont(CONDENSED, theme.small)
        canvas.drawString(ACCOUNT_BOX_LEFT + padding, baseline, label)
        canvas.setFillColor(theme.text)
        canvas.setFont(CONDENSED_BOLD, theme.small + 0.5)
        canvas.drawRightString(RIGHT_EDGE - padding, baseline, value)


def draw_fold_marks(canvas: Canvas, ctx: Context) -> None:
    """Short marks in the left margin where the sheet folds for a form B envelope."""
    canvas.setStrokeColor(ctx.theme.muted)
    canvas.setLineWidth(0.5)
    for distance in FOLD_MARKS:
        length = 7 * mm if distance == FOLD_MARKS[1] else 5 * mm
        y = y_from_top(distance)
        canvas.line(5 * mm, y, 5 * mm + length, y)


def draw_running_header(canvas: Canvas, ctx: Context, key: str) -> None:
    """The operator and the document's identity at the top of every page after the first."""
    data, theme = ctx.data, ctx.theme
    baseline = y_from_top(16 * mm)
    canvas.setFillColor(theme.accent)
    canvas.setFont(BOLD, theme.body + 1)
    canvas.drawString(MARGIN_LEFT, baseline, data.operator.brand)
    canvas.setFillColor(theme.muted)
    canvas.setFont(REGULAR, theme.small)
    running = ctx.text[key].format(
        number=data.invoice_number, account=data.account_number, month=ctx.month
    )
    canvas.drawRightString(RIGHT_EDGE, baseline, running)
    canvas.setStrokeColor(theme.rule)
    canvas.setLineWidth(theme.thin)
    rule = y_from_top(19 * mm)
    canvas.line(MARGIN_LEFT, rule, RIGHT_EDGE, rule)


def footer(ctx: Context) -> PageFinisher:
    """The finisher that draws the footer and ``Страница N из M`` once the count is known."""
    operator, theme, text = ctx.data.operator, ctx.theme, ctx.text
    left = f"{operator.name} · {operator.phone_short} · {operator.phone_free} · {operator.website}"

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        rule = FRAME_BOTTOM - 5 * mm
        baseline = rule - theme.small - 1.5
        canvas.setStrokeColor(theme.rule)
        canvas.setLineWidth(theme.thin)
        canvas.line(MARGIN_LEFT, rule, RIGHT_EDGE, rule)
        canvas.setFillColor(theme.muted)
        canvas.setFont(REGULAR, theme.small)
        canvas.drawString(MARGIN_LEFT, baseline, left)
        canvas.setFillColor(theme.text)
        canvas.drawRightString(
            RIGHT_EDGE, baseline, text["page.number"].format(page=page, pages=pages)
        )

    return draw


def line_heading(ctx: Context, msisdn: str) -> str:
    """``Номер +7 916 123-45-67 · тариф «Смарт»``: a line as its sections are headed."""
    number = format_msisdn(msisdn)
    if msisdn in ctx.tariffs:
        return ctx.text["lines.heading"].format(msisdn=number, tariff=ctx.tariffs[msisdn])
    return ctx.text["lines.heading_bare"].format(msisdn=number)


class Bookmark(Flowable):  # type: ignore[misc]  # ReportLab ships no type information
    """An outline entry pointing at the place where it stands in the story (screen only)."""

    def __init__(self, ctx: Context, key: str, title: str, level: int) -> None:
        super().__init__()
        self.enabled = ctx.theme.interactive
        self.keepWithNext = True  # the entry goes to the page its heading lands on
        self.key = key
        self.title = plain_spaces(title)
        self.level = level

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if self.enabled:
            self.canv.bookmarkHorizontal(self.key, 0, 0)
            self.canv.addOutlineEntry(self.title, self.key, self.level, closed=self.level > 0)

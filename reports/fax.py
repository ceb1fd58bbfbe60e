"""Fax: the cover sheet before a faxed statement, and the TIFF image a fax gateway sends.

The image follows TIFF Class F: 1728 pixels across (a fax line), 204 dpi across and 196
("fine") or 98 ("normal") dpi down, one bit per pixel, CCITT Group 4 or Group 3, white
stored as zero.
"""

from __future__ import annotations

import os
import struct
from enum import StrEnum
from io import BytesIO
from typing import Any, BinaryIO, Final

import pypdfium2
from PIL import Image
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from reports.fonts import BOLD
from reports.format import format_msisdn
from reports.output import Target, write_atomically
from reports.pages import CONTENT_WIDTH, Context, NumberedCanvas
from reports.theme import para, table_style

FAX_WIDTH_PX: Final = 1728
HORIZONTAL_DPI: Final = 204
# Anti-aliased edges a little lighter than mid-grey still count as ink, so thin strokes
# keep their weight when the page becomes one bit deep.
_INK_THRESHOLD: Final = 176
_PHOTOMETRIC: Final = 262
_WHITE_IS_ZERO: Final = 0


class FaxResolution(StrEnum):
    FINE = "fine"  # 204×196 dpi
    NORMAL = "normal"  # 204×98 dpi

    @property
    def vertical_dpi(self) -> int:
        return 196 if self is FaxResolution.FINE else 98


class FaxCompression(StrEnum):
    GROUP4 = "group4"  # CCITT T.6, what gateways prefer
    GROUP3 = "group3"  # CCITT T.4, for the oldest gateways


def fax_cover_story(ctx: Context) -> list[Flowable]:
    """The cover sheet: to whom, which fax, from whom, when, how many pages, about what."""
    cover = ctx.options.fax_cover
    assert cover is not None, "StatementOptions refuses a fax without a cover"
    data, text, styles, theme = ctx.data, ctx.text, ctx.styles, ctx.theme
    value = styles.body.clone("fax_value", fontSize=theme.body + 2, leading=(theme.body + 2) * 1.3)
    label = styles.body.clone("fax_label", fontName=BOLD)
    subject = cover.subject or text["fax.subject_default"].format(
        number=data.invoice_number, month=ctx.month
    )
    sent = cover.sent_at.astimezone(ctx.zone).strftime("%d.%m.%Y %H:%M")
    rows: list[tuple[str, Any]] = [
        (text["fax.to"], cover.recipient),
        (text["fax.number"], format_msisdn(cover.fax_number)),
        (text["fax.from"], f"{cover.sender}, {data.operator.name}"),
        (text["fax.phone"], format_msisdn(cover.sender_phone or data.operator.phone_free)),
        (text["fax.date"], sent),
        (text["fax.pages"], _PageCount(value.fontSize)),
        (text["fax.subject"], subject),
    ]
    table = Table(
        [
            [
                para(name, label),
                content if isinstance(content, Flowable) else para(content, value),
            ]
            for name, content in rows
        ],
        colWidths=[55 * mm, CONTENT_WIDTH - 55 * mm],
        style=table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
                ("LINEBELOW", (0, 0), (-1, -1), theme.thin, theme.rule),
                ("LINEABOVE", (0, 0), (-1, 0), theme.thick, theme.rule),
            ]
        ),
    )
    title = styles.title.clone("fax_title", fontSize=32, leading=38, spaceAfter=8 * mm)
    story: list[Flowable] = [para(text["fax.title"], title), table]
    if cover.note:
        story += [Spacer(1, 8 * mm), para(cover.note, value)]
    notice = text["fax.notice"].format(phone=data.operator.phone_free)
    story += [Spacer(1, 12 * mm), para(notice, styles.body)]
    return story


class _PageCount(Flowable):  # type: ignore[misc]  # ReportLab ships no type information
    """The document's page count, drawn where this stands once the count is known."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, self.size * 1.3

    def draw(self) -> None:
        canvas: NumberedCanvas = self.canv
        x, y = canvas.absolutePosition(0, self.size * 0.3)
        size = self.size

        def finish(page_canvas: Any, page: int, pages: int) -> None:
            page_canvas.setFont(BOLD, size)
            page_canvas.drawString(x, y, str(pages))

        canvas.finish_page_with(finish)


def write_fax_tiff(
    pdf: bytes | str | os.PathLike[str],
    target: Target,
    *,
    resolution: FaxResolution = FaxResolution.FINE,
    compression: FaxCompression = FaxCompression.GROUP4,
) -> int:
    """Write the PDF's pages as a multi-page fax TIFF to ``target``; return the page count.

    Each page is scaled so its width fills the 1728-pixel fax line and its height keeps the
    page's proportions at the chosen vertical resolution. The file appears complete or not
    at all.
    """
    source = pdf if isinstance(pdf, bytes) else os.fspath(pdf)
    document = pypdfium2.PdfDocument(source)
    try:
        pages = [_fax_page(document[index], resolution) for index in range(len(document))]
    finally:
        document.close()

    def produce(stream: BinaryIO) -> int:
        buffer = BytesIO()
        pages[0].save(
            buffer,
            format="TIFF",
            save_all=True,
            append_images=pages[1:],
            compression=compression.value,
            dpi=(HORIZONTAL_DPI, resolution.vertical_dpi),
        )
        stream.write(_white_is_zero(bytearray(buffer.getvalue())))
        return len(pages)

    return write_atomically(target, produce)


def _fax_page(page: Any, resolution: FaxResolution) -> Image.Image:
    """One page, one bit deep, with ink stored as 1 (see :func:`_white_is_zero`)."""
    width_pt, height_pt = page.get_size()
    scale = FAX_WIDTH_PX / width_pt
    height_px = round(height_pt * scale * resolution.vertical_dpi / HORIZONTAL_DPI)
    grey: Image.Image = page.render(scale=scale, grayscale=True).to_pil()
    grey = grey.resize((FAX_WIDTH_PX, height_px), Image.Resampling.LANCZOS)
    ink = grey.point(lambda level: 255 if level < _INK_THRESHOLD else 0)
    return ink.convert("1", dither=Image.Dither.NONE)


def _white_is_zero(tiff: bytearray) -> bytes:
    """Mark every page of a bilevel TIFF as WhiteIsZero, as Class F requires.

    Pillow writes bilevel images as BlackIsZero and, asked for WhiteIsZero, inverts them
    pixel by pixel in Python (seconds a page). The pages here were drawn with ink as 1, so
    relabelling the photometric tag of each page is all that is needed.
    """
    order = "<" if tiff[:2] == b"II" else ">"
    (offset,) = struct.unpack_from(f"{order}I", tiff, 4)
    while offset:
        (count,) = struct.unpack_from(f"{order}H", tiff, offset)
        for entry in range(offset + 2, offset + 2 + 12 * count, 12):
            (tag,) = struct.unpack_from(f"{order}H", tiff, entry)
            if tag == _PHOTOMETRIC:
                struct.pack_into(f"{order}H", tiff, entry + 8, _WHITE_IS_ZERO)
        (offset,) = struct.unpack_from(f"{order}I", tiff, offset + 2 + 12 * count)
    return bytes(tiff)

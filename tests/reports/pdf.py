"""Reading back what a PDF holds, through pdfium: text, where it stands, fonts, colours, rules."""

from __future__ import annotations

import ctypes
import re
from collections.abc import Iterator
from decimal import Decimal

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

MM = 72 / 25.4
STANDARD_14 = {
    "Courier",
    "Courier-Bold",
    "Courier-BoldOblique",
    "Courier-Oblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-BoldOblique",
    "Helvetica-Oblique",
    "Symbol",
    "Times-Bold",
    "Times-BoldItalic",
    "Times-Italic",
    "Times-Roman",
    "ZapfDingbats",
}
_OBJECT = re.compile(rb"(\d+) 0 obj\s*<<(.*?)>>\s*(?:stream|endobj)", re.DOTALL)


def normalise(text: str) -> str:
    """Spaces of every kind as one, lines split on ``\\n``."""
    return text.replace("\r\n", "\n").replace("\u00a0", " ").replace("\u202f", " ")


def page_texts(data: bytes) -> list[str]:
    document = pdfium.PdfDocument(data)
    try:
        return [normalise(page.get_textpage().get_text_range()) for page in document]
    finally:
        document.close()


def money(text: str) -> Decimal:
    """``-1 234,56`` (as printed in Russian) as a Decimal."""
    return Decimal(text.replace(" ", "").replace(",", "."))


def text_box(data: bytes, page_index: int, needle: str) -> tuple[float, float, float, float]:
    """The box (left, bottom, right, top in points) around the first place ``needle`` is."""
    document = pdfium.PdfDocument(data)
    try:
        textpage = document[page_index].get_textpage()
        text = normalise(textpage.get_text_range().replace("\r\n", " \n"))
        start = text.find(needle)
        assert start >= 0, f"{needle!r} is not on page {page_index + 1}"
        boxes = [textpage.get_charbox(index) for index in range(start, start + len(needle))]
    finally:
        document.close()
    boxes = [box for box in boxes if box[2] > box[0]]  # spaces pdfium made up have no box
    return (
        min(box[0] for box in boxes),
        min(box[1] for box in boxes),
        max(box[2] for box in boxes),
        max(box[3] for box in boxes),
    )


def page_objects(data: bytes) -> Iterator[tuple[int, object]]:
    """Every page object (text, path, image) with the index of its page, forms included."""
    document = pdfium.PdfDocument(data)
    try:
        for index, page in enumerate(document):
            for obj in page.get_objects():
                yield index, obj
    finally:
        document.close()


def text_fonts(data: bytes) -> set[tuple[str, bool]]:
    """The (base font name, embedded) of every text object."""
    fonts = set()
    for _, obj in page_objects(data):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
            font = pdfium_c.FPDFTextObj_GetFont(obj.raw)
            name = ctypes.create_string_buffer(256)
            pdfium_c.FPDFFont_GetBaseFontName(font, name, 256)
            fonts.add((name.value.decode(), bool(pdfium_c.FPDFFont_GetIsEmbedded(font))))
    return fonts


def text_sizes(data: bytes) -> set[float]:
    """The size in points at which each text object is shown on its page."""
    sizes = set()
    for _, obj in page_objects(data):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
            size = ctypes.c_float()
            pdfium_c.FPDFTextObj_GetFontSize(obj.raw, size)
            sizes.add(round(size.value * obj.get_matrix().d, 2))
    return sizes


def colours(data: bytes) -> set[tuple[int, int, int]]:
    """Every fill and stroke colour any object is painted with."""
    found = set()
    for _, obj in page_objects(data):
        red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
        for getter in (pdfium_c.FPDFPageObj_GetFillColor, pdfium_c.FPDFPageObj_GetStrokeColor):
            if getter(obj.raw, red, green, blue, alpha):
                found.add((red.value, green.value, blue.value))
    return found


def strokes(data: bytes) -> list[tuple[int, float, tuple[float, float, float, float]]]:
    """Every stroked path: its page, line width and bounds (left, bottom, right, top)."""
    found = []
    for index, obj in page_objects(data):
        if obj.type != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
        pdfium_c.FPDFPath_GetDrawMode(obj.raw, fill_mode, stroke)
        if stroke.value:
            width = ctypes.c_float()
            pdfium_c.FPDFPageObj_GetStrokeWidth(obj.raw, width)
            found.append((index, width.value, obj.get_bounds()))
    return found


def render(data: bytes, page_index: int, scale: float, *, smooth: bool = True) -> Image.Image:
    """A page as an RGB image; without smoothing every pixel keeps a colour that was drawn."""
    document = pdfium.PdfDocument(data)
    try:
        bitmap = document[page_index].render(
            scale=scale,
            no_smoothtext=not smooth,
            no_smoothpath=not smooth,
            no_smoothimage=not smooth,
        )
        return bitmap.to_pil().convert("RGB")
    finally:
        document.close()


def raw_fonts(data: bytes) -> list[tuple[str, bool]]:
    """Each font dictionary's /BaseFont and whether its descriptor holds a /FontFile2.

    Read from the file's bytes, independently of pdfium: ReportLab writes dictionaries
    uncompressed and compresses only streams.
    """
    objects = {int(number): body for number, body in _OBJECT.findall(data)}
    fonts = []
    for body in objects.values():
        if b"/Type /Font" not in body or b"/Type /FontDescriptor" in body:
            continue
        base = re.search(rb"/BaseFont /(\S+)", body)
        assert base is not None
        descriptor = re.search(rb"/FontDescriptor (\d+) 0 R", body)
        embedded = descriptor is not None and b"/FontFile2" in objects[int(descriptor[1])]
        fonts.append((base[1].decode(), embedded))
    return fonts


def text_right_of(data: bytes, page_index: int, needle: str) -> str:
    """What stands on the same line to the right of ``needle``, wherever it was drawn from."""
    _, bottom, right, top = text_box(data, page_index, needle)
    document = pdfium.PdfDocument(data)
    try:
        page = document[page_index]
        textpage = page.get_textpage()
        found = textpage.get_text_bounded(
            left=right + 1, bottom=bottom - 1, right=page.get_width(), top=top + 1
        )
        return normalise(found).strip()
    finally:
        document.close()

"""The fax variant: a cover sheet, pure black on white, and the TIFF a fax gateway sends."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from reports import (
    Delivery,
    FaxCompression,
    FaxResolution,
    StatementOptions,
    build_statement,
    write_fax_tiff,
)
from tests.reports.pdf import colours, page_texts, render, strokes, text_right_of, text_sizes
from tests.reports.sample import CUSTOMER_NAME, fax_cover, sample_statement

BLACK_AND_WHITE = {(0, 0, 0), (255, 255, 255)}


def build(delivery: Delivery) -> tuple[bytes, int]:
    stream = BytesIO()
    cover = fax_cover() if delivery is Delivery.FAX else None
    options = StatementOptions(delivery=delivery, fax_cover=cover)
    pages = build_statement(sample_statement(rows_per_line=150), stream, options)
    return stream.getvalue(), pages


@pytest.fixture(scope="module")
def fax() -> tuple[bytes, int]:
    return build(Delivery.FAX)


@pytest.fixture(scope="module")
def email() -> tuple[bytes, int]:
    return build(Delivery.EMAIL)


def test_the_cover_sheet_comes_first_and_counts_the_pages(fax: tuple[bytes, int]) -> None:
    pdf, pages = fax
    texts = page_texts(pdf)
    cover = texts[0]
    assert cover.startswith("Связь-Телеком")
    assert "ФАКС" in cover
    assert "Кому ООО «Вектор», бухгалтерия" in cover
    assert "Номер факса +7 495 765-43-21" in cover
    assert "От Иванова А. П., отдел обслуживания, ПАО «Связь-Телеком»" in " ".join(cover.split())
    assert "Дата 05.04.2025 14:30" in cover  # 11:30 UTC in Moscow
    assert "Тема Счёт № 2025-03/004211 за март 2025 г." in cover
    assert text_right_of(pdf, 0, "Страниц, включая эту") == str(pages)
    assert len(texts) == pages
    assert "Счёт № 2025-03/004211 от 04.04.2025" in texts[1]
    assert f"Страница 1 из {pages}" in cover
    # The letterhead and the payer's block are on the cover and the statement's first page.
    assert [i for i, text in enumerate(texts) if "ИНН 7709412350" in text] == [0, 1]
    assert [i for i, text in enumerate(texts) if CUSTOMER_NAME in text] == [1]


def test_the_fax_is_drawn_in_black_only(fax: tuple[bytes, int], email: tuple[bytes, int]) -> None:
    assert colours(fax[0]) <= BLACK_AND_WHITE
    assert not colours(email[0]) <= BLACK_AND_WHITE


def test_no_grey_pixel_on_any_fax_page(fax: tuple[bytes, int], email: tuple[bytes, int]) -> None:
    """Rendered without smoothing, a page shows only colours that were drawn on it."""
    pdf, pages = fax
    for index in range(pages):
        drawn = {colour for _, colour in render(pdf, index, 1.5, smooth=False).getcolors(1 << 24)}
        assert drawn <= BLACK_AND_WHITE, f"page {index + 1}: {drawn - BLACK_AND_WHITE}"
    screen = render(email[0], 0, 1.5, smooth=False).getcolors(1 << 24)
    assert {colour for _, colour in screen} - BLACK_AND_WHITE


def test_fax_text_is_9_pt_or_more_and_rules_half_a_point_or_more(
    fax: tuple[bytes, int], email: tuple[bytes, int]
) -> None:
    assert min(text_sizes(fax[0])) >= 9
    assert min(width for _, width, _ in strokes(fax[0])) >= 0.5
    assert min(text_sizes(email[0])) < 9
    assert min(width for _, width, _ in strokes(email[0])) < 0.5


@pytest.fixture(scope="module")
def tiff(fax: tuple[bytes, int]) -> bytes:
    stream = BytesIO()
    assert write_fax_tiff(fax[0], stream) == fax[1]
    return stream.getvalue()


def test_the_tiff_is_a_fine_group_4_fax_page_for_each_pdf_page(
    fax: tuple[bytes, int], tiff: bytes
) -> None:
    image = Image.open(BytesIO(tiff))
    assert image.n_frames == fax[1]
    for index in range(image.n_frames):
        image.seek(index)
        assert image.mode == "1"
        assert image.size == (1728, 2348)  # A4's proportions at 204×196 dpi
        assert image.info["dpi"] == (204, 196)
        assert image.info["compression"] == "group4"
        assert image.tag_v2[262] == 0  # WhiteIsZero, as TIFF Class F wants
        pixels = image.convert("L")
        assert pixels.getpixel((5, 5)) == 255  # the margin is white
        histogram = pixels.histogram()
        assert histogram[0] > 1000  # there is ink
        assert histogram[0] + histogram[255] == 1728 * 2348


def test_the_tiff_page_reads_like_the_pdf_page(fax: tuple[bytes, int], tiff: bytes) -> None:
    """The ink of the fax page falls where the PDF page has it."""
    image = Image.open(BytesIO(tiff))
    image.seek(1)
    fax_page = image.convert("L")
    scale = 1728 / 595.276
    reference = render(fax[0], 1, scale).convert("L").resize(fax_page.size)
    ink_in_fax = ink_in_both = 0
    for y in range(0, fax_page.height, 7):
        for x in range(0, 1728, 7):
            if fax_page.getpixel((x, y)) == 0:
                ink_in_fax += 1
                ink_in_both += reference.getpixel((x, y)) < 200
    assert ink_in_fax > 500
    assert ink_in_both / ink_in_fax > 0.97


def test_group_3_and_normal_resolution_on_request(fax: tuple[bytes, int]) -> None:
    stream = BytesIO()
    write_fax_tiff(
        fax[0], stream, resolution=FaxResolution.NORMAL, compression=FaxCompression.GROUP3
    )
    image = Image.open(BytesIO(stream.getvalue()))
    assert image.n_frames == fax[1]
    assert image.size == (1728, 1174)
    assert image.info["dpi"] == (204, 98)
    assert image.info["compression"] == "group3"


def test_the_tiff_is_written_whole_or_not_at_all(tmp_path: Path, fax: tuple[bytes, int]) -> None:
    pdf_path = tmp_path / "statement.pdf"
    pdf_path.write_bytes(fax[0])
    target = tmp_path / "statement.tif"
    assert write_fax_tiff(pdf_path, target) == fax[1]
    with Image.open(target) as image:
        assert image.n_frames == fax[1]
    broken = tmp_path / "broken.tif"
    with pytest.raises(Exception):  # noqa: B017 - pdfium's own error type is not the point
        write_fax_tiff(b"%PDF-1.4 not really", broken)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["statement.pdf", "statement.tif"]

"""A bank app can read the payment QR code: decoded by zxing-cpp from the rendered pages."""

from __future__ import annotations

from io import BytesIO

import zxingcpp
from PIL import Image

from reports import (
    Delivery,
    FaxCompression,
    StatementData,
    StatementOptions,
    build_statement,
    statement_payload,
    statement_totals,
    write_fax_tiff,
)
from tests.reports.pdf import render
from tests.reports.sample import fax_cover, sample_statement


def _decoded(image: object) -> list[str]:
    return [barcode.bytes.decode("utf-8") for barcode in zxingcpp.read_barcodes(image)]


def test_a_bank_app_can_read_the_code_on_the_invoice() -> None:
    data: StatementData = sample_statement(rows_per_line=20)
    stream = BytesIO()
    build_statement(data, stream, StatementOptions(delivery=Delivery.POST))
    payload = statement_payload(data, statement_totals(data).amount_due)
    # 150 dpi: what a phone's camera sees of a printed page, roughly.
    assert _decoded(render(stream.getvalue(), 0, 150 / 72)) == [payload]


def test_the_code_survives_the_fax() -> None:
    data = sample_statement(rows_per_line=20)
    pdf = BytesIO()
    build_statement(data, pdf, StatementOptions(delivery=Delivery.FAX, fax_cover=fax_cover()))
    tiff = BytesIO()
    write_fax_tiff(pdf.getvalue(), tiff, compression=FaxCompression.GROUP4)
    image = Image.open(BytesIO(tiff.getvalue()))
    found = []
    for index in range(image.n_frames):
        image.seek(index)
        found += _decoded(image.convert("L"))
    assert found == [statement_payload(data, statement_totals(data).amount_due)]

"""The payment QR code: GOST R 56042-2014 payload, and a code on the page a bank app can read."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from io import BytesIO

import pytest
import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.colors import black
from reportlab.pdfgen.canvas import Canvas

from reports import (
    BankDetails,
    OperatorDetails,
    StatementDataError,
    statement_payload,
    statement_totals,
)
from reports.qr import QrCode, gost_payload
from tests.reports.pdf import render
from tests.reports.sample import sample_statement


def fields(payload: str) -> dict[str, str]:
    """The payload's fields; the character after the header is the separator."""
    assert payload.startswith("ST00012")
    separator = payload[7]
    pairs = [part.split("=", 1) for part in payload[8:].split(separator)]
    return {name: value for name, value in pairs}


def test_the_payload_carries_the_payee_the_amount_and_the_account() -> None:
    data = sample_statement(rows_per_line=20)
    due = statement_totals(data).amount_due
    assert due > 0
    payload = statement_payload(data, due)
    assert payload.startswith("ST00012|Name=")
    bank = data.operator.bank
    assert fields(payload) == {
        "Name": "ПАО «Связь-Телеком»",
        "PersonalAcc": bank.settlement_account,
        "BankName": bank.bank_name,
        "BIC": bank.bic,
        "CorrespAcc": bank.correspondent_account,
        "Sum": str(int(due * 100)),
        "Purpose": "Оплата услуг связи по лицевому счёту № 100234567, счёт № 2025-03/004211",
        "PayeeINN": data.operator.inn,
        "KPP": data.operator.kpp,
        "PersAcc": "100234567",
    }
    assert list(fields(payload))[:5] == ["Name", "PersonalAcc", "BankName", "BIC", "CorrespAcc"]


def test_the_sum_is_in_kopecks() -> None:
    data = sample_statement(rows_per_line=1)
    assert fields(statement_payload(data, Decimal("1957.10")))["Sum"] == "195710"
    assert fields(statement_payload(data, Decimal("0.07")))["Sum"] == "7"


def test_without_a_debt_the_payer_types_the_sum() -> None:
    data = sample_statement(rows_per_line=1, opening_balance=Decimal("100000.00"))
    assert statement_totals(data).amount_due == 0
    assert "Sum" not in fields(statement_payload(data, Decimal("0.00")))


def test_another_separator_when_a_value_holds_the_usual_one() -> None:
    data = sample_statement(rows_per_line=1)
    data = replace(data, operator=replace(data.operator, name="ООО «Связь | Телеком»"))
    payload = statement_payload(data, Decimal("10.00"))
    assert payload.startswith("ST00012#Name=ООО «Связь | Телеком»#")
    assert fields(payload)["Name"] == "ООО «Связь | Телеком»"


@pytest.mark.parametrize(
    "bank",
    [
        BankDetails(bic="04452534"),  # eight digits
        BankDetails(settlement_account="4070281030000001234X"),
        BankDetails(bank_name="Б" * 46),
    ],
)
def test_details_the_standard_does_not_allow_are_refused(bank: BankDetails) -> None:
    data = replace(sample_statement(rows_per_line=1), operator=OperatorDetails(bank=bank))
    with pytest.raises(StatementDataError):
        statement_payload(data, Decimal("1.00"))


def test_the_required_fields_come_first() -> None:
    with pytest.raises(StatementDataError, match="start with"):
        gost_payload([("Sum", "100"), ("Name", "x")])


def test_the_drawn_code_is_the_qr_code_of_the_payload() -> None:
    """Draw the code alone, render it, and read each module against a fresh qrcode."""
    payload = statement_payload(sample_statement(rows_per_line=1), Decimal("1957.10"))
    expected = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
    expected.add_data(payload.encode("utf-8"))
    expected.make(fit=True)
    matrix = expected.get_matrix()

    size = 200.0
    stream = BytesIO()
    canvas = Canvas(stream, pagesize=(size, size))
    code = QrCode(payload, size, black)
    code.wrap(size, size)
    code.drawOn(canvas, 0, 0)
    canvas.showPage()
    canvas.save()

    scale = 4
    image = render(stream.getvalue(), 0, scale).convert("L")
    module = size * scale / len(matrix)
    read = [
        [
            image.getpixel((int((column + 0.5) * module), int((row + 0.5) * module))) < 128
            for column in range(len(matrix))
        ]
        for row in range(len(matrix))
    ]
    assert read == matrix

"""The payment QR code Russian banks' apps read (GOST R 56042-2014), drawn as vector squares.

A vector code stays sharp at any zoom, on any printer and through a fax at 204 dpi, where an
embedded bitmap would be smoothed by some viewers into something a phone cannot read.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Final

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from reports.data import StatementData, StatementDataError

# "ST" format, version "0001", encoding "2" (UTF-8); the separator follows.
HEADER: Final = "ST00012"
# "|" is the usual separator; the standard lets another be chosen when a value holds it.
_SEPARATORS: Final = "|#;~^"
# What the standard allows in the fields the statement fills in:
# (shortest, longest, digits only).
_LIMITS: Final = {
    "Name": (1, 160, False),
    "PersonalAcc": (20, 20, True),
    "BankName": (1, 45, False),
    "BIC": (9, 9, True),
    "CorrespAcc": (1, 20, True),
    "Sum": (1, 18, True),
    "Purpose": (1, 210, False),
    "PayeeINN": (10, 12, True),
    "KPP": (9, 9, True),
    "PersAcc": (1, 30, False),
}
_REQUIRED: Final = ("Name", "PersonalAcc", "BankName", "BIC", "CorrespAcc")


def gost_payload(fields: Sequence[tuple[str, str]]) -> str:
    """``ST00012|Name=…|PersonalAcc=…|…``: the fields in order, after the header.

    The five required fields must come first, as the standard orders them. Raises
    :class:`StatementDataError` when a value is too short or too long, not digits where
    digits are required, or when every separator the standard allows occurs in some value.
    """
    names = tuple(name for name, _ in fields)
    if names[: len(_REQUIRED)] != _REQUIRED:
        raise StatementDataError(f"the payment code must start with {', '.join(_REQUIRED)}")
    clean: list[tuple[str, str]] = []
    for name, raw in fields:
        value = " ".join(raw.split())
        shortest, longest, digits = _LIMITS[name]
        if not shortest <= len(value) <= longest or (digits and not value.isdigit()):
            raise StatementDataError(f"{name} cannot go into a payment code: {raw!r}")
        clean.append((name, value))
    for separator in _SEPARATORS:
        if all(separator not in value for _, value in clean):
            return HEADER + "".join(f"{separator}{name}={value}" for name, value in clean)
    raise StatementDataError("no separator is free for the payment code")


def payment_purpose(data: StatementData) -> str:
    """What the bank transfer says it is for; in Russian, since a bank reads it."""
    return (
        f"Оплата услуг связи по лицевому счёту №\u00a0{data.account_number}, "
        f"счёт №\u00a0{data.invoice_number}"
    )


def statement_payload(data: StatementData, amount_due: Decimal) -> str:
    """The code for paying a statement: the operator's account, the amount in kopecks (left
    out when nothing is due, so the payer types it), the purpose and the personal account."""
    operator, bank = data.operator, data.operator.bank
    fields = [
        ("Name", operator.name),
        ("PersonalAcc", bank.settlement_account),
        ("BankName", bank.bank_name),
        ("BIC", bank.bic),
        ("CorrespAcc", bank.correspondent_account),
    ]
    if amount_due > 0:
        fields.append(("Sum", str(int(amount_due * 100))))
    fields += [
        ("Purpose", payment_purpose(data)),
        ("PayeeINN", operator.inn),
        ("KPP", operator.kpp),
        ("PersAcc", data.account_number),
    ]
    return gost_payload(fields)


def qr_matrix(payload: str) -> list[list[bool]]:
    """The code's modules, True for dark, with the four-module quiet zone around them.

    The payload goes in as UTF-8 bytes, as the header's encoding tag promises; medium error
    correction survives a crease or a fax line's noise.
    """
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
    code.add_data(payload.encode("utf-8"))
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


class QrCode(Flowable):  # type: ignore[misc]  # ReportLab ships no type information
    """A square QR code of the given side, quiet zone included, as one filled path."""

    def __init__(self, payload: str, size: float, color: Color) -> None:
        super().__init__()
        self.matrix = qr_matrix(payload)
        self.size = size
        self.color = color

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas: Any = self.canv
        modules = len(self.matrix)
        module = self.size / modules
        path = canvas.beginPath()
        for row_index, row in enumerate(self.matrix):
            y = self.size - (row_index + 1) * module
            column = 0
            while column < modules:
                if not row[column]:
                    column += 1
                    continue
                run_start = column
                while column < modules and row[column]:
                    column += 1
                path.rect(run_start * module, y, (column - run_start) * module, module)
        canvas.setFillColor(self.color)
        canvas.drawPath(path, stroke=0, fill=1)

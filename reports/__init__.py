"""PDF documents of an account (invoice, usage detail, fax cover and fax image) from plain data.

The package knows no database: the caller fills the data classes and calls a build function.
"""

from reports.data import (
    CHARGE_CATEGORIES,
    DIRECTIONS,
    LANGUAGES,
    PAYMENT_METHODS,
    USAGE_KINDS,
    ZONES,
    BankDetails,
    ChargeLine,
    Customer,
    Delivery,
    FaxCover,
    LineSummary,
    OperatorDetails,
    Payment,
    PostalAddress,
    StatementData,
    StatementDataError,
    StatementOptions,
    UsageRow,
)
from reports.fax import FaxCompression, FaxResolution, write_fax_tiff
from reports.qr import statement_payload
from reports.statement import build_statement
from reports.totals import StatementTotals, statement_totals, vat_rate

__all__ = [
    "CHARGE_CATEGORIES",
    "DIRECTIONS",
    "LANGUAGES",
    "PAYMENT_METHODS",
    "USAGE_KINDS",
    "ZONES",
    "BankDetails",
    "ChargeLine",
    "Customer",
    "Delivery",
    "FaxCompression",
    "FaxCover",
    "FaxResolution",
    "LineSummary",
    "OperatorDetails",
    "Payment",
    "PostalAddress",
    "StatementData",
    "StatementDataError",
    "StatementOptions",
    "StatementTotals",
    "UsageRow",
    "build_statement",
    "statement_payload",
    "statement_totals",
    "vat_rate",
    "write_fax_tiff",
]

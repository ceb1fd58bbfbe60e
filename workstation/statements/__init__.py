"""Statements of a personal account for a month: gathered here, laid out by ``reports``.

:func:`gather_statement` reads what the document shows; :func:`statement_options` and
:func:`build_document` make the post, e-mail or fax variant; :func:`save_document` writes
it (and the fax image); :func:`run_batch` does all of it for every account of a month.
"""

from workstation.statements.batch import BatchSummary, run_batch
from workstation.statements.document import (
    Document,
    FaxImage,
    build_document,
    fax_image,
    require_writable,
    save_document,
    statement_options,
)
from workstation.statements.errors import (
    BatchError,
    FuturePeriod,
    MissingContact,
    NoStatementData,
    OutputError,
    StatementError,
    UnknownAccount,
)
from workstation.statements.gather import (
    Statement,
    find_account,
    gather_statement,
    invoice_number,
    opening_balance,
)
from workstation.statements.manifest import MANIFEST, Entry, Status, read_manifest
from workstation.statements.render import PageBitmap, page_sizes, render_pages

__all__ = [
    "MANIFEST",
    "BatchError",
    "BatchSummary",
    "Document",
    "Entry",
    "FaxImage",
    "FuturePeriod",
    "MissingContact",
    "NoStatementData",
    "OutputError",
    "PageBitmap",
    "Statement",
    "StatementError",
    "Status",
    "UnknownAccount",
    "build_document",
    "fax_image",
    "find_account",
    "gather_statement",
    "invoice_number",
    "opening_balance",
    "page_sizes",
    "read_manifest",
    "render_pages",
    "require_writable",
    "run_batch",
    "save_document",
    "statement_options",
]

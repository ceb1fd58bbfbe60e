"""Why a statement cannot be made: each a message for the agent's screen or the CLI's stderr.

All of them are bad input rather than a refused operation: the command line exits with
status 2, the dialog shows the message and leaves the choice to the agent.
"""

from __future__ import annotations

from workstation.errors import WorkstationError


class StatementError(WorkstationError):
    """The statement asked for cannot be made; nothing was written."""


class UnknownAccount(StatementError):
    """No personal account has the number given, or no line the subscriber number."""


class FuturePeriod(StatementError):
    """The month asked for has not begun in the account's time zone."""


class NoStatementData(StatementError):
    """The account has no charge, payment or usage in the month: there is nothing to bill."""


class MissingContact(StatementError):
    """The variant needs a postal address or a fax number the account does not have."""


class OutputError(StatementError):
    """A file cannot be written where it was asked for."""


class BatchError(StatementError):
    """The output directory of a batch holds another batch, or no account has any data."""

"""Why an operation was refused: each a :class:`DomainError` with a message for the agent.

The refusals that matter for security carry a reason code in ``audited``: the framework
records them in the audit log (:func:`workstation.operations.framework.execute`). Plain
validation refusals do not, so a mistyped date leaves the database exactly as it was.
"""

from __future__ import annotations

from workstation.errors import DomainError


class PermissionDenied(DomainError):
    """The agent's role does not allow the operation."""

    audited = "permission_denied"


class VerificationRequired(DomainError):
    """The caller has not proved who they are in this interaction."""

    audited = "verification_required"


class InteractionRequired(DomainError):
    """Operations on a subscriber happen inside an interaction."""


class Conflict(DomainError):
    """Someone else changed the subscriber since the card was loaded; nothing was saved."""


class NotFound(DomainError):
    """The line, account, service or tariff named does not exist."""


class Invalid(DomainError):
    """The input does not make sense for the operation (a date in the past, a closed line…)."""


class VerificationLocked(Invalid):
    """Another attempt to verify a caller on a line locked after repeated failures."""

    audited = "verification_locked"


class OverCap(Invalid):
    """A balance adjustment larger than the agent's role may make."""

    audited = "over_cap"

"""Why an operation was refused: each a :class:`DomainError` with a message for the agent."""

from __future__ import annotations

from workstation.errors import DomainError


class PermissionDenied(DomainError):
    """The agent's role does not allow the operation."""


class VerificationRequired(DomainError):
    """The caller has not proved who they are in this interaction."""


class InteractionRequired(DomainError):
    """Operations on a subscriber happen inside an interaction."""


class Conflict(DomainError):
    """Someone else changed the subscriber since the card was loaded; nothing was saved."""


class NotFound(DomainError):
    """The line, account, service or tariff named does not exist."""


class Invalid(DomainError):
    """The input does not make sense for the operation (a date in the past, a closed line…)."""

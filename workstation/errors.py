"""Errors the core raises with a message fit for the agent's screen or the CLI's stderr."""

from __future__ import annotations


class WorkstationError(Exception):
    """Base of every error whose message is meant for a person, not a traceback."""


class ConfigError(WorkstationError):
    """The configuration (file, environment or command line) is not usable."""


class DatabaseError(WorkstationError):
    """The database cannot be opened, reached, created or migrated."""


class DomainError(WorkstationError):
    """An operation was refused: its message says why, in the agent's language."""

"""Errors the core raises with a message fit for the agent's screen or the CLI's stderr.

A message is an English template with named parameters. The command line prints it as
it is; the UI looks the template up in the Qt translation catalogue (context ``errors``)
and fills in the parameters, so the agent reads it in Russian. Templates are marked with
:func:`workstation.i18n.QT_TRANSLATE_NOOP` so that ``pyside6-lupdate`` finds them.
"""

from __future__ import annotations

from typing import Any


class WorkstationError(Exception):
    """Base of every error whose message is meant for a person, not a traceback."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)


class ConfigError(WorkstationError):
    """The configuration (file, environment or command line) is not usable."""


class DatabaseError(WorkstationError):
    """The database cannot be opened, reached, created or migrated."""


class DomainError(WorkstationError):
    """An operation was refused: its message says why."""

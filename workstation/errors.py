"""Errors the core raises with a message fit for the agent's screen or the CLI's stderr.

A message is an English template with named parameters. The command line prints it as
it is; the UI looks the template up in the Qt translation catalogue (context ``errors``)
and fills in the parameters, so the agent reads it in Russian. Templates are marked with
:func:`workstation.i18n.QT_TRANSLATE_NOOP` so that ``pyside6-lupdate`` finds them.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, ClassVar


def plain(value: Any) -> Any:
    """A parameter as the command line shows it: an enumeration by its value, a list joined."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list | frozenset | set):
        return ", ".join(str(plain(v)) for v in value)
    return value


class WorkstationError(Exception):
    """Base of every error whose message is meant for a person, not a traceback.

    Parameters keep their type (an enumeration, a date, an amount) so that the UI can show
    them in the agent's language; ``str()`` gives the plain English form.
    """

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        text = template.format(**{k: plain(v) for k, v in params.items()}) if params else template
        super().__init__(text)


class ConfigError(WorkstationError):
    """The configuration (file, environment or command line) is not usable."""


class DatabaseError(WorkstationError):
    """The database cannot be opened, reached, created or migrated."""


class DomainError(WorkstationError):
    """An operation was refused: its message says why.

    ``audited`` is the reason code under which a refusal of this kind is put on record
    (a security-relevant refusal: someone tried what they may not do); None for a plain
    refusal of bad input, which leaves no trace.
    """

    audited: ClassVar[str | None] = None

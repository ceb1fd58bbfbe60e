"""Marking core messages for translation without importing Qt.

``pyside6-lupdate`` recognises calls to a function of this name in any Python file and
puts their text into the ``.ts`` catalogue under the given context; at run time it only
returns the text. The UI translates the text when it shows it.
"""

from __future__ import annotations

ERRORS = "errors"
"""The context of core messages. Calls spell it out as ``"errors"``: lupdate reads only
a literal there."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text

"""Loading the interface language, and showing core errors in it."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workstation import formatting
from workstation.errors import WorkstationError
from workstation.i18n import ERRORS

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
_installed: list[QTranslator] = []


def install(language: str) -> None:
    """Install the translators of ``language`` (``ru`` or ``en``).

    English is the source language; its catalogue has only the plural forms of ``%n``
    messages, which the source (``day(s)``) cannot give.
    """
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Russian if language == "ru" else QLocale.Language.English)
    )
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"workstation_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":
        return
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)


def error_text(error: BaseException) -> str:
    """The message of a core error in the interface language, its values formatted for it."""
    if isinstance(error, WorkstationError):
        template = QCoreApplication.translate(ERRORS, error.template)
        params = {key: _param(value) for key, value in error.params.items()}
        try:
            return template.format(**params) if params else template
        except (KeyError, IndexError):
            return str(error)
    return str(error)


def _param(value: Any) -> Any:
    from ui.misc.labels import label

    language = "en" if QLocale().language() == QLocale.Language.English else "ru"
    if isinstance(value, Enum):
        return label(value)
    if isinstance(value, tuple | list | frozenset | set):
        return ", ".join(str(_param(v)) for v in value)
    if isinstance(value, date) and not isinstance(value, datetime):
        return formatting.day(value, language)
    if isinstance(value, Decimal):
        return formatting.money(value, language)
    return value

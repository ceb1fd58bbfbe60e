"""View → Language: the agent picks the interface language, remembered for the next start.

Every screen is built already translated, so a new language shows from the next start
(``choose_language`` in ``ui.app`` reads the choice); the agent is told so.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ui.misc import settings as options

# Each language is named in itself, so that an agent who cannot read the current one
# still finds their own.
LANGUAGES: tuple[tuple[str, str], ...] = (("ru", "Русский"), ("en", "English"))


class LanguageMenu(QObject):
    """The Language submenu: one checkable entry a language, the current one checked."""

    def __init__(self, parent: QWidget, current: str) -> None:
        super().__init__(parent)
        self.owner = parent
        self.current = current
        self.chosen = current
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        self.note: QMessageBox | None = None

    def build(self, menu: QMenu) -> QMenu:
        languages = menu.addMenu(self.tr("&Language"))
        languages.setObjectName("languageMenu")
        for code, name in LANGUAGES:
            action = QAction(name, self.group)
            action.setCheckable(True)
            action.setChecked(code == self.current)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            languages.addAction(action)
            self.actions[code] = action
        return languages

    def choose(self, code: str) -> None:
        """Remember the language; it applies from the next start of the workstation."""
        options.LANGUAGE.write(options.settings(), code)
        self.actions[code].setChecked(True)
        if code == self.chosen:
            return
        self.chosen = code
        name = dict(LANGUAGES)[code]
        if code == self.current:
            text = self.tr("The interface stays in {language}.").format(language=name)
        else:
            text = self.tr(
                "The interface will be in {language} from the next start of the workstation."
            ).format(language=name)
        self.note = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Language"), text, parent=self.owner
        )
        self.note.open()  # not exec(): nothing waits on it

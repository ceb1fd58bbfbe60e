"""Running an operation from a widget: in the background, with the refusal on screen.

Every change an agent makes goes through :func:`run_operation`: the core's
``execute`` runs off the GUI thread; the result goes to ``done``; a refusal is shown
in a message box in the agent's language, and a conflict with another agent's change
also asks the card to reload.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.misc.i18n import error_text
from ui.misc.tasks import Runner
from workstation.db import Database
from workstation.errors import WorkstationError
from workstation.operations import Context, execute
from workstation.operations.errors import Conflict


def run_operation(
    runner: Runner,
    db: Database,
    ctx: Context,
    name: str,
    arguments: dict[str, Any],
    *,
    parent: QWidget,
    done: Callable[[Any], None],
    conflict: Callable[[], None] | None = None,
    failed: Callable[[BaseException], None] | None = None,
) -> None:
    def work() -> Any:
        return execute(db, ctx, name, **arguments)

    def refused(error: BaseException) -> None:
        if failed is not None:
            failed(error)
        if isinstance(error, Conflict) and conflict is not None:
            conflict()
        if isinstance(error, WorkstationError):
            QMessageBox.warning(
                parent, QCoreApplication.translate("Operations", "Not done"), error_text(error)
            )
        else:
            QMessageBox.critical(
                parent, QCoreApplication.translate("Operations", "Error"), str(error)
            )

    runner.submit(work, done, refused)

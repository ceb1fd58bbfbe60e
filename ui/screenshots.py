"""Render the main screens to PNG files: ``python -m ui.screenshots OUTDIR``.

Builds a small demo base in a temporary directory, logs in as the demo agent, and saves
the login dialog, the search with results and every tab of a card, in Russian and in
English. ``make screenshots`` runs it offscreen into ``docs/screenshots``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from models import Channel, Outcome
from ui.app import application
from ui.card.actions import ChangeTariffDialog
from ui.interaction.dialogs import WrapUpDialog
from ui.login.dialog import LoginDialog
from ui.mainwindow.window import MainWindow
from ui.misc import i18n
from ui.misc.display import Display
from ui.misc.tasks import InlineRunner
from workstation.auth import login
from workstation.db import Database, open_database
from workstation.demo import DEMO_PASSWORD, build_demo
from workstation.demo.vocabulary import DEMO_CODE_WORD
from workstation.operations import execute
from workstation.operations.verification import Method

SIZE = (1500, 900)


def settle() -> None:
    for _ in range(20):
        QCoreApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(path)


def common_surname(db: Database) -> str:
    """A surname several demo customers share, so that the search shows a real list."""
    from sqlalchemy import func, select

    from models import Customer

    with db.read() as session:
        name = session.scalar(
            select(Customer.last_name)
            .where(Customer.last_name.is_not(None))
            .group_by(Customer.last_name)
            .order_by(func.count().desc(), Customer.last_name)
            .limit(1)
        )
    return name or "Иванов"


def verifiable_line(db: Database) -> int:
    """An active line of a private customer with a code word, services and calls."""
    from sqlalchemy import select

    from models import Customer, Line, LineStatus, PersonalAccount, ServiceSubscription

    with db.read() as session:
        line = session.scalar(
            select(Line.id)
            .join(PersonalAccount, PersonalAccount.id == Line.account_id)
            .join(Customer, Customer.id == PersonalAccount.customer_id)
            .join(ServiceSubscription, ServiceSubscription.line_id == Line.id)
            .where(
                Line.status == LineStatus.ACTIVE,
                Customer.code_word_hash.is_not(None),
                Customer.kind == "individual",
            )
            .order_by(Line.id)
            .limit(1)
        )
    assert line is not None
    return int(line)


def shoot(db: Database, language: str, out: Path) -> None:
    i18n.install(language)
    runner = InlineRunner()
    dialog = LoginDialog(db, runner)
    dialog.login_edit.setText("agent")
    dialog.password_edit.setText("demo")
    dialog.show()
    save(dialog, out / f"{language}-01-login.png")
    dialog.close()
    agent = login(db, "agent", DEMO_PASSWORD)
    window = MainWindow(db, agent, runner, Display(language))
    window.resize(*SIZE)
    window.show()
    window.search.edit.setText(common_surname(db))
    window.search.run_search()
    save(window, out / f"{language}-02-search.png")
    target = verifiable_line(db)
    started = execute(
        db, window.session.context(), "start_interaction", channel=Channel.SHORT_NUMBER
    )
    window.session.started(started.interaction_id, started.channel, None, started.started_at)
    window.card.open(target)
    result = execute(
        db,
        window.session.context(),
        "verify_caller",
        line_id=target,
        method=Method.CODE_WORD,
        answer=DEMO_CODE_WORD,
    )
    assert result.success
    assert window.card.current is not None
    window.session.verified(window.card.current.customer_id)
    names = ("profile", "services", "tariff", "billing", "usage", "history")
    for index, name in enumerate(names):
        window.card.show_tab(index)
        save(window, out / f"{language}-{index + 3:02d}-{name}.png")
    header = window.card.current
    dialogs: list[tuple[str, QWidget]] = [
        (
            "tariff-change",
            ChangeTariffDialog(window.session, runner, header, window.display, window),
        ),
        ("wrap-up", WrapUpDialog(window.session, runner, window)),
    ]
    for number, (name, dialog) in enumerate(dialogs, start=9):
        dialog.show()
        save(dialog, out / f"{language}-{number:02d}-{name}.png")
        dialog.close()
    execute(
        db,
        window.session.context(),
        "close_interaction",
        reasons=["tariff"],
        outcome=Outcome.INFORMATION_GIVEN,
        note="Рассказал о тарифах",
    )
    window.close()


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        # Keep the user's own settings out of the pictures, and the pictures out of them.
        os.environ["XDG_CONFIG_HOME"] = home
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, home)
        application()
        db = open_database(f"sqlite:///{Path(home) / 'screens.db'}")
        build_demo(db, subscribers=400, months=3, seed=1)
        for language in ("ru", "en"):
            shoot(db, language, out)
        db.dispose()
    QApplication.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

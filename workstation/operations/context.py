"""Shared lookups of the operations: a line or account ready to change, or a clear refusal."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from models import Line, LineStatus, PersonalAccount
from workstation.formatting import zone
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.operations.errors import Invalid, NotFound
from workstation.operations.framework import Context, check_version


def line_for_change(
    session: Session, ctx: Context, line_id: int, expected_version: int | None
) -> Line:
    """The line, locked for this transaction, unchanged since the agent read it, not closed."""
    line = session.get(Line, line_id, with_for_update=True)
    if line is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Line {line} not found"), line=line_id)
    check_version(session, ctx, line, expected_version)
    apply_scheduled_tariff(line, ctx.now.astimezone(zone(line.account.time_zone)).date())
    if line.status == LineStatus.CLOSED:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The line is closed: nothing can be changed on it.")
        )
    return line


def apply_scheduled_tariff(line: Line, today: date) -> bool:
    """Put a tariff chosen "from the next period" into force once its day has come."""
    if line.next_tariff_id is None or line.next_tariff_on is None or line.next_tariff_on > today:
        return False
    line.tariff_id = line.next_tariff_id
    line.next_tariff_id = None
    line.next_tariff_on = None
    return True


def account_for_change(
    session: Session, ctx: Context, account_id: int, expected_version: int | None
) -> PersonalAccount:
    account = session.get(PersonalAccount, account_id, with_for_update=True)
    if account is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "Personal account {account} not found"), account=account_id
        )
    check_version(session, ctx, account, expected_version)
    return account

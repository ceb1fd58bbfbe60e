"""Shared lookups of the operations: a line or account ready to change, or a clear refusal."""

from __future__ import annotations

from sqlalchemy.orm import Session

from models import Line, LineStatus, PersonalAccount
from workstation.i18n import QT_TRANSLATE_NOOP
from workstation.operations.errors import Invalid, NotFound
from workstation.operations.framework import Context, check_version
from workstation.operations.scheduled import apply_scheduled


def line_for_change(
    session: Session, ctx: Context, line_id: int, expected_version: int | None
) -> Line:
    """The line, locked for this transaction, unchanged since the agent read it, not closed."""
    line = session.get(Line, line_id, with_for_update=True)
    if line is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Line {line} not found"), line=line_id)
    check_version(session, ctx, line, expected_version)
    apply_scheduled(session, ctx, line)
    if line.status == LineStatus.CLOSED:
        raise Invalid(
            QT_TRANSLATE_NOOP("errors", "The line is closed: nothing can be changed on it.")
        )
    return line


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

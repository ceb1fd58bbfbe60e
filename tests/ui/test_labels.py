"""Every value the core can hand the screen has a name on it."""

from __future__ import annotations

from enum import Enum

import models
from ui.misc.labels import _NAMES, OPERATIONS, label
from workstation.operations import REGISTRY
from workstation.search import Match

SHOWN = (
    models.LineStatus,
    models.AccountStatus,
    models.CustomerKind,
    models.BillDelivery,
    models.ChargeCategory,
    models.PaymentMethod,
    models.ServiceCategory,
    models.FeePeriod,
    models.TariffStatus,
    models.UsageKind,
    models.Direction,
    models.Zone,
    models.Channel,
    models.Outcome,
    models.Role,
    Match,
)


def test_every_enumeration_value_shown_has_a_label() -> None:
    missing: list[Enum] = [
        member for kind in SHOWN for member in kind if (kind, member.value) not in _NAMES
    ]
    assert missing == []
    assert label(models.ChargeCategory.SMS) != label(models.UsageKind.SMS)


def test_every_operation_has_a_name_for_the_history() -> None:
    assert set(REGISTRY) <= set(OPERATIONS)

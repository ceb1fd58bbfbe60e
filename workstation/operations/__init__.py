"""The operations agents perform: each registered in :data:`REGISTRY` and run by :func:`execute`.

Importing this package registers them all; the permission table the README shows is
:func:`permission_table`.
"""

# The delivery package's operations (e-mail, outbox) register on import like the rest.
from workstation.delivery import email_operations, outbox_operations
from workstation.operations import (
    accounts,
    approvals,
    callbacks,
    interactions,
    lines,
    money,
    numbers,
    personal,
    reference,
    services,
    tariffs,
    users,
    verification,
)
from workstation.operations.framework import REGISTRY, Context, OperationSpec, execute

__all__ = [
    "REGISTRY",
    "Context",
    "OperationSpec",
    "accounts",
    "approvals",
    "callbacks",
    "email_operations",
    "execute",
    "interactions",
    "lines",
    "money",
    "numbers",
    "outbox_operations",
    "permission_table",
    "personal",
    "reference",
    "services",
    "tariffs",
    "users",
    "verification",
]


def permission_table() -> list[tuple[str, str, bool]]:
    """Operation, the roles allowed, whether the caller must be verified: for the README."""
    return [
        (spec.name, ", ".join(sorted(r.value for r in spec.roles)), spec.verification)
        for spec in sorted(REGISTRY.values(), key=lambda s: s.name)
    ]

"""The operations agents perform: each registered in :data:`REGISTRY` and run by :func:`execute`.

Importing this package registers them all; the permission table the README shows is
:func:`permission_table`.
"""

from workstation.operations import (
    interactions,
    lines,
    numbers,
    personal,
    services,
    tariffs,
    verification,
)
from workstation.operations.framework import REGISTRY, Context, OperationSpec, execute

__all__ = [
    "REGISTRY",
    "Context",
    "OperationSpec",
    "execute",
    "interactions",
    "lines",
    "numbers",
    "permission_table",
    "personal",
    "services",
    "tariffs",
    "verification",
]


def permission_table() -> list[tuple[str, str, bool]]:
    """Operation, the roles allowed, whether the caller must be verified: for the README."""
    return [
        (spec.name, ", ".join(sorted(r.value for r in spec.roles)), spec.verification)
        for spec in sorted(REGISTRY.values(), key=lambda s: s.name)
    ]

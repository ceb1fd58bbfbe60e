"""The README's table of operations and roles is the one the core enforces."""

from __future__ import annotations

import re
from pathlib import Path

from workstation.operations import permission_table

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_shows_the_permission_table_in_force() -> None:
    rows = re.findall(r"^\| `(\w+)` \| ([\w, ]+) \| (yes|no) \|$", README.read_text(), re.MULTILINE)
    shown = [(name, roles, verified == "yes") for name, roles, verified in rows]
    assert shown == permission_table()

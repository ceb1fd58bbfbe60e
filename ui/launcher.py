"""The ``workstation`` console script: the GUI, or any back-office command of the core CLI.

The core CLI does not import Qt; it is handed the function that opens the window, so
that ``workstation`` with no command starts the desktop and every other command stays
headless.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _open(url: str, language: str | None) -> int:
    from ui.app import open_workstation

    return open_workstation(url, language)


def main(argv: Sequence[str] | None = None) -> int:
    from workstation.cli import main as cli_main

    return cli_main(argv, open_workstation=_open)


if __name__ == "__main__":
    sys.exit(main())

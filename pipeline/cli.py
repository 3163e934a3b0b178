"""The ``papers`` command: a thin typer layer over the library.

Read-only commands (extract, status) never import prefect, so they start in
about a second; ``ingest`` imports it only when it runs the flow. The commands live
in ``cli_load``, ``cli_read``, ``cli_fetch`` and ``cli_prefect``; importing them registers them.
"""

from __future__ import annotations

from pipeline.cli_base import app

# Imported for their commands, in the order the help lists them.
from pipeline import cli_load  # noqa: E402,F401  isort: skip
from pipeline import cli_read  # noqa: E402,F401  isort: skip
from pipeline import cli_fetch  # noqa: E402,F401  isort: skip
from pipeline import cli_prefect  # noqa: E402,F401  isort: skip

__all__ = ["app"]

if __name__ == "__main__":
    app()

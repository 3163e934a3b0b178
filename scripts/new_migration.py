"""Write the next numbered migration for the tables new in the models: ``python scripts/new_migration.py NAME``
(see pipeline/new_migration.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.new_migration import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())

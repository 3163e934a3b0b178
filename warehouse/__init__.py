"""The warehouse's SQL: migrations and data checks, shipped as package data.

The DuckDB file itself (``warehouse/papers.duckdb`` by default) is git-ignored.
"""

from importlib.resources import files


def sql_files(folder: str) -> list[tuple[str, str]]:
    """(name, SQL text) of every ``.sql`` file in ``folder``, in name order."""
    root = files(__name__) / folder
    return [(entry.name, entry.read_text(encoding="utf-8")) for entry in sorted(root.iterdir(), key=lambda e: e.name) if entry.name.endswith(".sql")]

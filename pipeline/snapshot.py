"""Readers never wait on an ingest: the writer publishes a read-only snapshot, readers open it.

DuckDB lets one process write a file and, while it does, no other process open it at all. So
at the end of every write session (an ingest, a fetch's record) the writer checkpoints, copies
the file beside itself and swaps the copy in with an atomic rename: ``papers.duckdb`` gets
``papers.duckdb.snapshot``, and a sidecar ``papers.duckdb.snapshot.json`` records the size and
mtime the main file had once the writer had closed it.

A reader (query, trends, report, export, search, status, the notebook) opens the snapshot when
it is current (the main file is as recorded). When the main file changed since, it opens the
main file if it can, at once; if a writer holds it, it opens the last snapshot (consistent, as of
the previous session) instead of waiting; only with no snapshot at all does it wait for the lock.
A reader that has the snapshot open keeps its inode through a swap, and never blocks a writer.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Callable

import duckdb

from pipeline import store
from pipeline.errors import WarehouseLocked

SUFFIX = ".snapshot"


def snapshot_path(warehouse: str | Path) -> Path:
    path = Path(warehouse)
    return path.with_name(path.name + SUFFIX)


def _record_path(warehouse: str | Path) -> Path:
    path = Path(warehouse)
    return path.with_name(path.name + SUFFIX + ".json")


def _stat(path: Path) -> dict | None:
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return {"size": info.st_size, "mtime_ns": info.st_mtime_ns}


def copy_for_readers(con: duckdb.DuckDBPyConnection, warehouse: str | Path) -> None:
    """Inside a write session, before its connection closes: checkpoint (so the file holds every
    committed row and the write-ahead log is empty) and swap in a copy of the file."""
    path = Path(warehouse)
    con.execute("CHECKPOINT")
    target = snapshot_path(path)
    partial = target.with_name(target.name + ".partial")
    shutil.copyfile(path, partial)
    with partial.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)


def record_published(warehouse: str | Path) -> None:
    """After the writer's connection closed: the main file's stat that the snapshot matches."""
    stat = _stat(Path(warehouse))
    if stat is not None and snapshot_path(warehouse).exists():
        partial = _record_path(warehouse).with_suffix(".partial")
        partial.write_text(json.dumps(stat), encoding="utf-8")
        os.replace(partial, _record_path(warehouse))


def is_current(warehouse: str | Path) -> bool:
    """The snapshot holds what the main file holds (no write since it was published)."""
    if not snapshot_path(warehouse).exists():
        return False
    try:
        recorded = json.loads(_record_path(warehouse).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return recorded == _stat(Path(warehouse))


def connect_reader(
    warehouse: str | Path, wait: float = 0.0, on_wait: Callable[[str], None] | None = None
) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the newest consistent state that can be opened without waiting
    on a writer (see the module docstring)."""
    path = Path(warehouse)
    snapshot = snapshot_path(path)
    if path.exists() and is_current(path):
        return store.connect(snapshot, read_only=True)
    if not snapshot.exists():
        return store.connect(path, read_only=True, wait=wait, on_wait=on_wait)
    try:
        return store.connect(path, read_only=True)
    except WarehouseLocked:
        if on_wait:
            on_wait(f"the warehouse {path} is being written: reading its last published snapshot")
        return store.connect(snapshot, read_only=True)

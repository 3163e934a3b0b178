"""Plan: which files an ingest parses, which it skips and which it cannot parse. Planning writes
nothing; the load step records what it returns (``loading.register``)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, NamedTuple, Sequence

import duckdb

from extractors.parsing.parse import SUPPORTED_SUFFIXES
from pipeline import store
from pipeline.ingest.outcomes import Candidate, Outcome
from pipeline.read import sha256_file
from schemas.records import DocumentStatus, storable_text


@dataclass(frozen=True)
class SeenFile:
    """A path's ``files`` row, with the status of its document at the current pipeline version."""

    document_id: str
    size_bytes: int
    mtime_ns: int
    status: DocumentStatus

    def unchanged(self, stat: os.stat_result, retry_failed: bool) -> bool:
        """Same size and mtime as when last seen, and its document need not be parsed again."""
        return (self.size_bytes, self.mtime_ns) == (stat.st_size, stat.st_mtime_ns) and not (
            retry_failed and self.status != "loaded"
        )


def seen_files(con: duckdb.DuckDBPyConnection, version: str) -> dict[str, SeenFile]:
    """Every path whose document is recorded at ``version`` (one query, not one per file)."""
    rows = con.execute(
        "SELECT f.path, f.document_id, f.size_bytes, f.mtime_ns, d.status FROM files f "
        f"JOIN documents d ON d.id = f.document_id WHERE d.pipeline_version = {store.constant(version)}"
    ).fetchall()
    return {path: SeenFile(*rest) for path, *rest in rows}


class Plan(NamedTuple):
    """What to do with the files: parse ``todo``; report ``skipped`` and ``not_parsed`` (unsupported
    types and files that could not be read); record ``unsupported`` as documents of that status and
    refresh the ``files`` rows of ``touched`` (skipped files whose document is known)."""

    todo: list[Candidate]
    skipped: list[Outcome]
    not_parsed: list[Outcome]
    unsupported: list[Candidate]
    touched: list[Candidate]


def plan(
    con: duckdb.DuckDBPyConnection,
    files: Sequence[Path],
    version: str,
    retry_failed: bool = False,
    verify: bool = False,
) -> Plan:
    """Decide what to parse (``decide``), reading the warehouse at pipeline ``version``.

    ``verify`` hashes every file, even one a stat says is unchanged (a file rewritten in place
    with its size and mtime kept is seen only so)."""

    def status_of(digest: str) -> str | None:
        rows = con.execute(
            "SELECT status FROM documents WHERE id = ? AND pipeline_version = ?", [digest, version]
        ).fetchall()
        return rows[0][0] if rows else None

    return decide(files, {} if verify else seen_files(con, version), status_of, retry_failed)


def decide(
    files: Sequence[Path],
    seen: dict[str, SeenFile],
    status_of: Callable[[str], str | None],
    retry_failed: bool = False,
) -> Plan:
    """The one place that decides whether a file is parsed.

    A file ``seen`` with its path, size and mtime is skipped from a stat alone, without reading
    it. Other files are hashed: a document whose status ``status_of`` its hash gives is not parsed
    again, whatever its status (failed ones only with ``retry_failed``). Two files with the same
    bytes are one document, parsed once. Bytes recorded only as an unsupported file are parsed
    when a supported file carries them (the file type, not the bytes, was what could not be read).
    """
    todo: list[Candidate] = []
    skipped: list[Outcome] = []
    not_parsed: list[Outcome] = []
    unsupported: list[Candidate] = []
    touched: list[Candidate] = []
    queued: set[str] = set()
    for path in files:
        try:
            stat = path.stat()
        except OSError as error:
            not_parsed.append(Outcome(str(path), None, "failed", f"could not be read: {_os_reason(error)}"))
            continue
        known = seen.get(storable_text(str(path)))
        if known and known.unchanged(stat, retry_failed) and path.suffix.lower() in SUPPORTED_SUFFIXES:
            skipped.append(Outcome(str(path), known.document_id, "skipped", f"unchanged since last ingest ({known.status})"))
            touched.append(Candidate(str(path), known.document_id, stat.st_size, stat.st_mtime_ns))
            continue
        try:
            digest = sha256_file(path)
        except OSError as error:
            not_parsed.append(Outcome(str(path), None, "failed", f"could not be read: {_os_reason(error)}"))
            continue
        candidate = Candidate(str(path), digest, stat.st_size, stat.st_mtime_ns)
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            not_parsed.append(Outcome(str(path), digest, "unsupported", unsupported_reason(path)))
            unsupported.append(candidate)
            continue
        status = status_of(digest)
        if status is not None and status != "unsupported" and not (retry_failed and status != "loaded"):
            skipped.append(Outcome(str(path), digest, "skipped", f"unchanged since last ingest ({status})"))
            touched.append(candidate)
        elif digest in queued:
            skipped.append(Outcome(str(path), digest, "skipped", "same bytes as another file in this run"))
            touched.append(candidate)
        else:
            queued.add(digest)
            todo.append(candidate)
    return Plan(todo, skipped, not_parsed, unsupported, touched)


def unsupported_reason(path: str | Path) -> str:
    """The error recorded for a file of a type the parser does not read (in the run's outcomes and
    on its ``documents`` row)."""
    return f"unsupported file type {Path(path).suffix or '(none)'!r}"


def _os_reason(error: OSError) -> str:
    """'No such file or directory' and the like, without the path (the outcome names it)."""
    return error.strerror or type(error).__name__

"""Where downloads go, what they are called, and ``manifest.csv``: one row per downloaded version.

Layout: ``raw/<site>/<committee>/<meeting-date>/<title>_<url-hash>.pdf``. A remote
name never becomes a path: the file name is the title reduced to safe
characters plus a hash of the URL, so one URL always has one name and two
papers with the same title never collide. When a URL's bytes change, the old
file moves to ``<meeting-date>/.versions/`` (hidden, so ``papers ingest raw/``
passes over it) and the new bytes take the stable name: the ``files`` table,
and so search, then follow the current version, while the old document's rows
stay in the warehouse. A document's identity is its content hash: bytes already held
under another URL are not stored again; the new URL's row points at the same file.

``manifest.csv`` (which ingest ignores) sits in the committee folder and is
rewritten atomically after each poll. A cell a spreadsheet would read as a
formula (starting with =, +, -, @, tab or CR) is written with a leading
``'`` (the OWASP rule), as is a cell that starts with ``'`` itself, so that
reading the file back removes exactly one quote and gives the value as it was.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
import unicodedata
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from pydantic import ValidationError

from pipeline.export import csv_safe
from pipeline.fetch.errors import FetchError, UnsafeUrl
from schemas.fetch import ManifestEntry

MANIFEST_NAME = "manifest.csv"
VERSIONS_DIR = ".versions"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_STEM = 80


def site_folder(site_url: str) -> str:
    """'https://democracy.kent.gov.uk/' -> 'democracy.kent.gov.uk'; a non-default port is kept ('127.0.0.1-8080')."""
    parts = urlsplit(site_url)
    name = (parts.hostname or "site").lower()
    if parts.port:
        name = f"{name}-{parts.port}"
    return safe_name(name)


def safe_name(text: str) -> str:
    """Letters, digits, '.', '_' and '-' only; no leading dots (no hidden files, no '..')."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    name = _UNSAFE.sub("-", ascii_text).strip("-._")
    name = re.sub(r"-{2,}", "-", name)
    return name[:MAX_STEM].rstrip("-._") or "document"


def url_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:12]


def file_name(title: str, url: str, suffix: str = ".pdf") -> str:
    stem = safe_name(re.sub(r"\.pdf$", "", title, flags=re.IGNORECASE))
    return f"{stem}_{url_key(url)}{suffix}"


def inside(folder: Path, relative: str) -> Path:
    """``folder / relative``, refusing any path that would leave ``folder`` (absolute, '..', symlinks)."""
    pure = PurePosixPath(relative)
    if pure.is_absolute() or ".." in pure.parts:
        raise UnsafeUrl(f"path {relative!r} leaves {folder}")
    target = (folder / pure).resolve()
    if not target.is_relative_to(folder.resolve()):
        raise UnsafeUrl(f"path {relative!r} leaves {folder}")
    return target


def _quoted(value: object) -> object:
    """A text cell a spreadsheet would run as a formula (``csv_safe``), or that starts with a quote, behind one ``'``."""
    if not isinstance(value, str):
        return value
    return f"'{value}" if value.startswith("'") else csv_safe(value)


def _unquoted(value: str | None) -> str | None:
    return value[1:] if value and value.startswith("'") else value


class Manifest:
    """The versions downloaded for one committee, loaded from and saved to its ``manifest.csv``."""

    def __init__(self, committee_dir: Path, committee_id: int):
        self.committee_dir = committee_dir
        self.committee_id = committee_id
        self.path = committee_dir / MANIFEST_NAME
        self.rows: list[ManifestEntry] = []
        if self.path.exists():
            with self.path.open(newline="", encoding="utf-8") as handle:
                for number, raw in enumerate(csv.DictReader(handle), start=2):
                    values = {k: (_unquoted(v) if v else None) for k, v in raw.items()}
                    try:
                        self.rows.append(ManifestEntry.model_validate(values))
                    except ValidationError as error:
                        raise FetchError(f"{self.path}, line {number}: {error.errors()[0]['msg']}") from None

    def latest(self, url: str) -> ManifestEntry | None:
        versions = [row for row in self.rows if row.url == url]
        return max(versions, key=lambda row: row.version) if versions else None

    def current(self) -> list[ManifestEntry]:
        newest: dict[str, ManifestEntry] = {}
        for row in self.rows:
            if row.url not in newest or row.version > newest[row.url].version:
                newest[row.url] = row
        return list(newest.values())

    def holding(self, sha256: str, url: str) -> ManifestEntry | None:
        """A current version of another URL with these bytes, whose file is on disk: the same paper
        under another URL (``mgConvert2PDF.aspx?ID=N`` from the web service, ``documents/sN/...`` from the page)."""
        for row in self.current():
            if row.sha256 == sha256 and row.url != url and self.file(row).exists():
                return row
        return None

    def file(self, row: ManifestEntry) -> Path:
        return inside(self.committee_dir, row.path)

    def replace(self, old: ManifestEntry, new: ManifestEntry) -> None:
        self.rows[self.rows.index(old)] = new

    def add(self, row: ManifestEntry) -> None:
        self.rows.append(row)

    def retire(self, row: ManifestEntry) -> ManifestEntry:
        """Move a superseded version's file into .versions/ and return its row with the new path."""
        if any(other.path == row.path and other.url != row.url for other in self.current()):
            return row  # its file is also another URL's current version: it stays where it is
        old = PurePosixPath(row.path)
        retired = old.parent / VERSIONS_DIR / f"{old.stem}.v{row.version}{old.suffix}"
        source = self.file(row)
        if source.exists():
            target = inside(self.committee_dir, str(retired))
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
        moved = row.model_copy(update=dict(path=str(retired)))
        self.replace(row, moved)
        return moved

    def save(self) -> None:
        self.committee_dir.mkdir(parents=True, exist_ok=True)
        temp = self.path.with_name(f".{MANIFEST_NAME}.tmp")
        columns = list(ManifestEntry.model_fields)
        with temp.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns)
            writer.writeheader()
            for row in sorted(self.rows, key=lambda r: (r.meeting_date, r.url, r.version)):
                data = row.model_dump(mode="json")
                writer.writerow({k: "" if data[k] is None else _quoted(data[k]) for k in columns})
        os.replace(temp, self.path)

"""Repeated content costs its parse only: a worker process keeps the extraction and the search
terms of the documents it extracted last, and a document whose parsed content equals one of
them (a copy re-published with one byte changed, the same file under another name) reuses them.

What is reused is a pure function of the parsed document (``extract_document`` and the stemmed
words of each search unit), so the key is a hash of every ``ParsedDocument`` field except two:
``sha256``, which the extraction reads only into each fact's ``Provenance`` (rebound here to the
new document), and ``path``, which no extractor reads (a test runs every extractor on a document
that records which fields are read). Title, format, parser, warnings and every page field (text,
offsets, printed numbers, ruled tables, line sources) are in the key: a document that differs
from a cached one in any of them is extracted again. Fact rows and search units hold the
document id in their ids, so they are built again from the rebound extraction (a few percent of
the extraction's cost); only the units' word counting and stemming is skipped, per unit whose
title and text equal a cached unit's.

The cache is least recently used, bounded by documents and by characters of document text. It is
on only in the worker processes (``pipeline.workers`` calls ``enable`` as each starts), which the
CLI, the flow and the Dask runner parse in and which live for a run (a Dask worker's, for its
life): a process that extracts in place (a test patching an extractor, a daemonic Dask worker)
extracts every document.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Callable

from pydantic import BaseModel

from schemas.extraction import DocumentExtraction
from schemas.parsed import ParsedDocument
from schemas.provenance import Provenance

# Not in the key: the file's hash (rebound) and its path (read by no extractor).
NOT_IN_KEY = frozenset({"sha256", "path"})
_TERM_FIELDS = ("terms", "tfs", "n_terms")


def content_key(parsed: ParsedDocument) -> str:
    """SHA-256 of every field of ``parsed`` but ``NOT_IN_KEY`` (a field added later is in it)."""
    return hashlib.sha256(parsed.model_dump_json(exclude=set(NOT_IN_KEY)).encode()).hexdigest()


def rebind(value, old: str, new: str):
    """``value`` with every ``Provenance`` of document ``old`` moved to document ``new``; models,
    lists, tuples and dicts holding one are copied, everything else is shared."""
    if isinstance(value, Provenance):
        return value.model_copy(update={"document_sha256": new}) if value.document_sha256 == old else value
    if isinstance(value, BaseModel):
        changed = {}
        for name in type(value).model_fields:
            item = getattr(value, name)
            moved = rebind(item, old, new)
            if moved is not item:
                changed[name] = moved
        return value.model_copy(update=changed) if changed else value
    if isinstance(value, (list, tuple)):
        moved = [rebind(item, old, new) for item in value]
        if any(a is not b for a, b in zip(moved, value)):
            return moved if isinstance(value, list) else tuple(moved)
        return value
    if isinstance(value, dict):
        moved = {key: rebind(item, old, new) for key, item in value.items()}
        return moved if any(moved[key] is not item for key, item in value.items()) else value
    return value


def _unit_text(unit: dict) -> tuple[str, str]:
    return unit["title"], unit["text"]


@dataclass
class Entry:
    """One extracted content: the document it was extracted from, its extraction, and the stemmed
    terms of each of its search units by (title, text)."""

    sha256: str
    extraction: DocumentExtraction
    weight: int
    terms: dict[tuple[str, str], tuple] = field(default_factory=dict)

    def fill_terms(self, units: list[dict]) -> list[dict]:
        """The units whose (title, text) this entry knows, given their terms; the others returned
        for counting."""
        left = []
        for unit in units:
            known = self.terms.get(_unit_text(unit))
            if known is None:
                left.append(unit)
            else:
                unit.update(zip(_TERM_FIELDS, known))
        return left

    def keep_terms(self, units: list[dict]) -> None:
        for unit in units:
            self.terms.setdefault(_unit_text(unit), tuple(unit[name] for name in _TERM_FIELDS))


class ExtractionCache:
    """Least recently used extractions, at most ``max_documents`` and ``max_chars`` characters of
    document text (0 documents: nothing is kept)."""

    def __init__(self, max_documents: int = 32, max_chars: int = 4_000_000):
        self.max_documents = max_documents
        self.max_chars = max_chars
        self._entries: OrderedDict[str, Entry] = OrderedDict()
        self._chars = 0
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    def extract(
        self, parsed: ParsedDocument, extract: Callable[[ParsedDocument], DocumentExtraction]
    ) -> tuple[DocumentExtraction, Entry | None, str]:
        """(extraction of ``parsed``, the cached entry it came from or None, the content key)."""
        key = content_key(parsed)
        entry = self._entries.get(key)
        if entry is None:
            self.misses += 1
            return extract(parsed), None, key
        self.hits += 1
        self._entries.move_to_end(key)
        return rebind(entry.extraction, entry.sha256, parsed.sha256), entry, key

    def put(self, key: str, parsed: ParsedDocument, extraction: DocumentExtraction, units: list[dict]) -> None:
        """Keep ``parsed``'s extraction and units' terms under ``key``, dropping the least recently
        used entries over the bounds."""
        weight = len(parsed.text)
        if self.max_documents <= 0 or weight > self.max_chars or key in self._entries:
            return
        entry = Entry(parsed.sha256, extraction, weight)
        entry.keep_terms(units)
        self._entries[key] = entry
        self._chars += weight
        while len(self._entries) > self.max_documents or self._chars > self.max_chars:
            _, dropped = self._entries.popitem(last=False)
            self._chars -= dropped.weight


# This process's cache: keeps nothing until ``enable``.
CACHE = ExtractionCache(0)


def enable() -> None:
    """Reuse extractions in this process from now on (a worker process, as it starts)."""
    global CACHE
    CACHE = ExtractionCache()

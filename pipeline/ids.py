"""Deterministic ids from content, the disjoint sets that group linked things under one id, and
the hash of a step's own code (an input of the refreshes)."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path
from typing import Callable, Generic, Hashable, Iterable, TypeVar

Key = TypeVar("Key", bound=Hashable)
Item = TypeVar("Item")


def content_id(*parts: object) -> str:
    """24 hex characters of SHA-256 over the parts joined by '|' (None as empty): the same
    content always gives the same id, across runs and machines."""
    return hashlib.sha256("|".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:24]


class DisjointSets(Generic[Key]):
    """Union-find over known keys: ``join(a, b)`` puts b's group under a's root."""

    def __init__(self, keys: Iterable[Key]) -> None:
        self.parent: dict[Key, Key] = {key: key for key in keys}

    def root(self, key: Key) -> Key:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def join(self, a: Key, b: Key) -> None:
        self.parent[self.root(b)] = self.root(a)

    def groups(self, items: Iterable[Item], key: Callable[[Item], Key]) -> list[list[Item]]:
        """``items`` grouped by the root of their ``key``, groups and members in the order met."""
        grouped: dict[Key, list[Item]] = {}
        for item in items:
            grouped.setdefault(self.root(key(item)), []).append(item)
        return list(grouped.values())


def code_sha256(*modules: str) -> str:
    """SHA-256 of the source files of the named modules, found without importing them: a step's
    own code is one of its inputs, so an edit to it rebuilds on the next ingest even when no
    document changed."""
    digest = hashlib.sha256()
    for name in modules:
        digest.update(Path(importlib.util.find_spec(name).origin).read_bytes())
    return digest.hexdigest()

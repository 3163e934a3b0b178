"""Deterministic ids from content, and the disjoint sets that group linked things under one id."""

from __future__ import annotations

import hashlib
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

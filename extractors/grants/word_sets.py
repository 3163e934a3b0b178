"""Finding the word sets that nearly equal a given one without comparing it to every set.

Two project names are the same project when they share 80 % of the shorter name's words and
60 % of the longer one's (``same_project``). Comparing each name with every group before it
made a document of thousands of listed projects quadratic. This index is prefix filtering (as
in set-similarity joins): words are ranked rarest first over all the names, and two sets that
share at least ``o`` words must share one among the first ``len - o + 1`` words of each.
``candidates`` returns a superset of the matching sets; the caller still applies
``same_project``, so the groups come out exactly as from the full comparison.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable


def same_project(a: frozenset[str], b: frozenset[str]) -> bool:
    """Nearly all words shared: 80% of the shorter name and 60% of the longer one."""
    if not a or not b:
        return False
    shared = len(a & b)
    return shared / min(len(a), len(b)) >= 0.8 and shared / max(len(a), len(b)) >= 0.6


def _overlap(w: int, k: int) -> int:
    """The fewest shared words ``same_project`` accepts between sets of sizes ``w`` and ``k``."""
    shorter, longer = min(w, k), max(w, k)
    return max((4 * shorter + 4) // 5, (3 * longer + 4) // 5)


def _sizes(w: int) -> range:
    """Sizes of the sets that can match a set of ``w`` words (3/5 to 5/3 of it)."""
    return range((3 * w + 4) // 5, 5 * w // 3 + 1)


class WordSetIndex:
    """Sets added under their position; ``candidates(words)`` narrows the ones worth comparing."""

    def __init__(self, every_set: Iterable[frozenset[str]]) -> None:
        counts = Counter(word for words in every_set for word in words)
        self._rank = {word: i for i, word in enumerate(sorted(counts, key=lambda w: (counts[w], w)))}
        self._postings: dict[tuple[int, str], list[int]] = {}
        self._sizes: set[int] = set()

    def _ordered(self, words: frozenset[str]) -> list[str]:
        return sorted(words, key=lambda w: (self._rank.get(w, -1), w))

    def add(self, position: int, words: frozenset[str]) -> None:
        if not words:
            return
        k = len(words)
        fewest = min(_overlap(w, k) for w in _sizes(k))
        for word in self._ordered(words)[: k - fewest + 1]:
            self._postings.setdefault((k, word), []).append(position)
        self._sizes.add(k)

    def candidates(self, words: frozenset[str]) -> list[int]:
        """Positions of the added sets that may satisfy ``same_project`` with ``words``, in order."""
        if not words:
            return []
        w, ordered, found = len(words), self._ordered(words), set()
        for k in _sizes(w):
            if k not in self._sizes:
                continue
            for word in ordered[: w - _overlap(w, k) + 1]:
                found.update(self._postings.get((k, word), ()))
        return sorted(found)

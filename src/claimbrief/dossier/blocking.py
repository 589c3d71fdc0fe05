"""Blocking: which items are worth comparing, without comparing every pair.

A dossier of a thousand articles has tens of thousands of statements; comparing every pair
is quadratic.  Each item is described by hashed features (word n-grams or content words).
The features are ranked by how many items have them (rarest first, ties by hash), and
each item is indexed and looked up by its ``keep`` rarest features only (prefix
filtering: two items that share much share one of their rarest features).  A feature that
more than ``max_share`` of the items have is too common to block on and is skipped.  A
look-up returns at most ``limit`` earlier items, those sharing the most features first, so
an item is compared with at most ``limit`` others: the comparisons grow linearly with the
number of items, whatever the input.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

KEEP = 8
LIMIT = 25
MAX_SHARE = 0.05
MIN_COMMON = 50  # a feature of fewer items than this is never "too common"


@dataclass
class Index:
    """An index of items by their rarest features (see the module docstring)."""

    frequency: Counter
    total: int
    keep: int = KEEP
    limit: int = LIMIT
    max_share: float = MAX_SHARE
    postings: dict[int, list[int]] = field(default_factory=dict)
    comparisons: int = 0  # candidates handed out so far: the work the caller does

    @classmethod
    def of(cls, features: list[set[int]], **options) -> "Index":
        """An empty index whose feature ranks come from every item's ``features``."""
        frequency: Counter = Counter()
        for found in features:
            frequency.update(found)
        return cls(frequency=frequency, total=len(features), **options)

    def prefix(self, found: set[int]) -> list[int]:
        """The ``keep`` rarest of ``found`` that are not too common."""
        ceiling = max(MIN_COMMON, self.max_share * self.total)
        usable = [f for f in found if self.frequency[f] <= ceiling]
        return sorted(usable, key=lambda f: (self.frequency[f], f))[: self.keep]

    def add(self, item: int, found: set[int]) -> None:
        """Index ``item`` under its rarest features."""
        for feature in self.prefix(found):
            self.postings.setdefault(feature, []).append(item)

    def candidates(self, found: set[int]) -> list[int]:
        """Indexed items sharing one of the rarest features of ``found``, most shared
        first, at most ``limit``; each counts as one comparison."""
        shared: Counter = Counter()
        for feature in self.prefix(found):
            shared.update(self.postings.get(feature, ()))
        ranked = [item for item, _ in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[: self.limit]]
        self.comparisons += len(ranked)
        return ranked


def components(count: int, links) -> list[int]:
    """Connected components of ``count`` items joined by ``links`` (pairs): each item's
    component number, numbered by its first item."""
    parent = list(range(count))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in links:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    roots = [root(i) for i in range(count)]
    number: dict[int, int] = {}
    return [number.setdefault(r, len(number)) for r in roots]

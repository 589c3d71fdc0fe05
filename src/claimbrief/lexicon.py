"""The word lists the extraction rules use, loaded from ``data/lexicon.yaml``.

The lists are data, documented in that file, and not chosen to fit any one article.
Loaded once per process.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .paths import DATA_DIR, LEXICON_FILE


def _load_yaml(path) -> object:
    """A data file parsed by libyaml when PyYAML has it (ten times faster), else by PyYAML;
    safe loading either way (no tags that construct objects)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)  # noqa: S506 - a safe loader


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The parsed lexicon (a dict of lists and mappings)."""
    return _load_yaml(LEXICON_FILE)


@lru_cache(maxsize=1)
def countries() -> dict:
    """Country names, aliases, demonyms and capitals keyed by ISO alpha-2 (data/countries.yaml)."""
    return {str(code): entry for code, entry in _load_yaml(DATA_DIR / "countries.yaml").items()}


@lru_cache(maxsize=None)
def word_set(key: str) -> frozenset[str]:
    """A word list from the lexicon as a set, for membership tests (made once per list)."""
    return frozenset(lexicon()[key])


def words(key: str) -> list[str]:
    """A word list from the lexicon, longest entries first (so alternations match greedily)."""
    return sorted(lexicon()[key], key=len, reverse=True)


# The capital letters of the Latin alphabets, for a regex class ("[{UPPER}]"): datelines set
# in capitals are "BOGOTÁ", "SÃO PAULO", "ŁÓDŹ" as often as "SEOUL".
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(chr(c) for c in range(0x100, 0x180) if chr(c).isupper())


def alternation(items) -> str:
    """A regex alternation of literal phrases, longest first; spaces match any whitespace."""
    ordered = sorted(set(items), key=len, reverse=True)
    return "|".join(re.escape(item).replace(r"\ ", r"\s+") for item in ordered)


def trie_alternation(items, ignorecase: bool = False) -> str:
    """The same alternation as :func:`alternation`, written as a tree of shared prefixes
    ("sa(?:id|ys)" for "said|says").  It matches exactly what the flat form matches (of
    the phrases that fit at a position, the longest that lets the rest of the pattern match),
    but the regex engine compares each letter once instead of trying every phrase at every
    word, which matters for lists of hundreds of phrases run over every sentence.
    ``ignorecase``: the pattern is compiled with re.IGNORECASE, so phrases that differ only
    in case are one branch (required then: two such branches would be tried in the wrong
    order)."""
    root: dict = {}
    for item in sorted(set(items)):  # sorted: the same pattern in every process
        if not item:
            raise ValueError("an empty phrase in a word list")
        node = root
        for char in item.lower() if ignorecase else item:
            node = node.setdefault(r"\s+" if char == " " else re.escape(char), {})
        node[""] = {}  # a phrase may end here

    def branch(node: dict) -> str:
        # longer continuations first (a greedy optional), as the flat list puts longer phrases first
        tails = [token + branch(child) for token, child in node.items() if token]
        if not tails:
            return ""
        if len(tails) == 1 and "" not in node:
            return tails[0]
        return "(?:" + "|".join(tails) + ")" + ("?" if "" in node else "")

    return branch(root)

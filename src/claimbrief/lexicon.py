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


def words(key: str) -> list[str]:
    """A word list from the lexicon, longest entries first (so alternations match greedily)."""
    return sorted(lexicon()[key], key=len, reverse=True)


def alternation(items) -> str:
    """A regex alternation of literal phrases, longest first; spaces match any whitespace."""
    ordered = sorted(set(items), key=len, reverse=True)
    return "|".join(re.escape(item).replace(r"\ ", r"\s+") for item in ordered)

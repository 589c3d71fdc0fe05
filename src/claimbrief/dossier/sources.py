"""Sources across articles: one name per source, and who relays whom.

Rules (the dossier's appendix repeats them):

- A claimant's name is made canonical by the team's register (an alias gives the entry's
  name); names the register does not know are compared folded (case, spacing, a leading
  "the"), and a one-word name that is the last word of exactly one longer person's name
  of the dossier is that person ("Machava" is "Ana Machava").
- A name of two or more words that another name of the dossier ends with, of the same kind
  (the articles' actors say which; unlisted, an organisation by its last word, else
  unknown), is that longer name ("Health Trust" is "Kafue Community Health Trust"), as an
  article merges a person's shorter name with the full one; when the longer names it ends
  are not one chain of names each ending the next, it is kept as it is.
- An organisation's name that opens exactly one longer organisation's name of the dossier,
  which adds at most two words, is that longer name ("Lumeta" is "Lumeta Copper", as an
  article that gives both merges them).
- A named source is one source however many outlets carry it: the same claimant quoted by
  three outlets, or relayed through a conduit ("via" a news agency), counts once.
- The article's own voice ("article") and unattributed reports are not named sources:
  each outlet's own voice is a source of its own (``"<outlet> (own reporting)"``), and it
  never corroborates a named source's claim.
- A source's reliability is its register grade; an outlet's own voice takes the outlet's
  grade from the article's metadata; anything else cannot be judged (F).
"""

from __future__ import annotations

import re

import pandas as pd

from ..register import ARTICLE_VOICES, Register, fold_name
from .inputs import records, typed

OWN_VOICE = "{outlet} (own reporting)"
UNNAMED = "{outlet} (unattributed reports)"

SOURCE_COLUMNS = {
    "source": "string",         # the canonical name (an outlet's own voice: "<outlet> (own reporting)")
    "named": "boolean",         # False: an outlet's own voice or unattributed reports
    "kind": "string",           # the register's kind, else empty
    "state": "string",          # the register's state, else empty
    "reliability": "string",    # A-F (see the module docstring)
    "registered": "boolean",
    "names": "string",          # the names the articles used, "; "-separated
    "statements": "Int64",      # statements across the articles
    "claims": "Int64",          # claim groups it affirms or denies
    "corroborated": "Int64",    # of those, claims another independent source also affirms
    "articles": "string",       # "; "-separated, story order
    "outlets": "string",        # outlets that carry it, "; "-separated
    "vias": "string",           # conduits it reached the outlets through
    "first_article": "string",
    "first_published": "string",
}
RELAY_COLUMNS = {
    "claim": "Int64",           # the claim group (claims.claim_groups)
    "statement": "Int64",       # the statement (claims.statements)
    "source": "string",         # who said it (canonical)
    "via": "string",            # the conduit, empty when the outlet heard it directly
    "outlet": "string",         # the outlet that published it
    "article": "string",
    "published": "string",
    "certainty": "string",
}


class Names:
    """Canonical source names of one dossier (see the module docstring)."""

    def __init__(self, register: Register | None, person_names=(), names=()):
        """``person_names``: the people the articles' actors tables name; ``names``: every
        name the articles give a source or a conduit, as (name, actors' kind or None)."""
        self.register = register or Register()
        self.spelling: dict[str, str] = {}
        self.longer: dict[str, str] = {}
        full = [self.canonical(n) for n in person_names if isinstance(n, str) and len(n.split()) > 1]
        by_surname: dict[str, set[str]] = {}
        for name in full:
            by_surname.setdefault(fold_name(name.split()[-1]), set()).add(name)
        self.surnames = {s: next(iter(names)) for s, names in by_surname.items() if len(names) == 1}
        self.longer = longer_names(names)

    def canonical(self, name) -> str | None:
        """The canonical name of a claimant (None for no claimant)."""
        if not isinstance(name, str) or not name.strip():
            return None
        name = re.sub(r"\s+", " ", name).strip()
        if name in ARTICLE_VOICES:
            return name
        found = self.register.find(name)
        if found is not None:
            return found.name
        key = fold_name(name)
        if " " not in key and key in getattr(self, "surnames", {}):
            return self.surnames[key]
        if key in self.longer:
            return self.canonical(self.longer[key])
        return self.spelling.setdefault(key, name)

    def source(self, claimant, outlet: str) -> tuple[str | None, bool]:
        """(the source a statement counts for, whether it is a named source)."""
        name = self.canonical(claimant)
        if name is None:
            return None, False
        if name == "article":
            return OWN_VOICE.format(outlet=outlet), False
        if name in ARTICLE_VOICES:
            return UNNAMED.format(outlet=outlet), False
        return name, True

    def grade(self, source: str, named: bool, outlet_reliability: str = "F") -> tuple[str, str | None, str | None, bool]:
        """(reliability, kind, state, registered) of a source."""
        if not named:
            return outlet_reliability or "F", None, None, False
        found = self.register.find(source)
        if found is None:
            return "F", None, None, False
        return found.reliability, found.kind, found.state, True


def _kind(name: str, listed: str | None) -> str | None:
    """A name's kind for :func:`longer_names`: the actors table's, else an organisation by
    its words ("... Union", "Ministry of ..."), else unknown (None)."""
    if listed:
        return listed
    from ..extract.actors import is_organisation

    return "organisation" if is_organisation(name) else None


def longer_names(names) -> dict[str, str]:
    """Folded name -> the longer name of the dossier it is short for (see the module
    docstring): a proper name of two or more words that other names of the same kind end
    with, when those longer names are one chain (each ending the next), goes to the
    longest.  ``names``: (name, kind or None) pairs.  Linear in the number of words: each
    name's endings are looked up, never every pair of names compared."""
    spelled: dict[str, str] = {}
    kinds: dict[str, str | None] = {}
    for name, kind in names:
        if not isinstance(name, str) or not name.strip() or name in ARTICLE_VOICES:
            continue
        name = re.sub(r"\s+", " ", name).strip()
        key = fold_name(name)
        spelled.setdefault(key, name)
        if kinds.get(key) is None:
            kinds[key] = kind if isinstance(kind, str) and kind else None
    kinds = {key: _kind(spelled[key], kind) for key, kind in kinds.items()}
    ends: dict[str, list[str]] = {}  # a name -> the longer names that end with it
    for key in spelled:
        words = key.split(" ")
        for i in range(1, len(words) - 1):  # endings of two or more words
            ending = " ".join(words[i:])
            if ending in spelled and spelled[ending][:1].isupper() and kinds[ending] == kinds[key]:
                ends.setdefault(ending, []).append(key)
    out = {}
    for short, longer in ends.items():
        longest = max(longer, key=len)
        if all(longest == other or longest.endswith(" " + other) for other in longer):
            out[short] = spelled[longest]
    starts: dict[str, list[str]] = {}  # an organisation's name -> the longer ones it opens
    for key in spelled:
        words = key.split(" ")
        for i in range(max(1, len(words) - 2), len(words)):
            opening = " ".join(words[:i])
            if opening in spelled and opening not in out and spelled[opening][:1].isupper() \
                    and kinds[opening] == kinds[key] == "organisation":
                starts.setdefault(opening, []).append(key)
    for short, longer in starts.items():
        if len(longer) == 1:
            out[short] = spelled[longer[0]]
    return out


def _joined(values) -> str | None:
    seen = list(dict.fromkeys(v for v in values if isinstance(v, str) and v))
    return "; ".join(seen) or None


def sources_frame(statements: pd.DataFrame, groups: pd.DataFrame, names: Names) -> pd.DataFrame:
    """One row per source, the first to speak first (columns: :data:`SOURCE_COLUMNS`)."""
    if not len(statements):
        return typed([], SOURCE_COLUMNS)
    corroborated = set(groups.loc[groups["corroborated"].fillna(False).astype(bool), "claim"].tolist()) \
        if len(groups) else set()
    by_source: dict[str, list[dict]] = {}
    for r in records(statements):
        by_source.setdefault(r["source"], []).append(r)
    rows = []
    for source, own in by_source.items():
        own.sort(key=lambda r: (r["order"], r["sentence_id"]))
        first = own[0]
        named = bool(first["named"])
        reliability, kind, state, registered = names.grade(source, named, first["outlet_reliability"])
        claims = {r["claim"] for r in own}
        rows.append({"source": source, "named": named, "kind": kind, "state": state, "reliability": reliability,
                     "registered": registered, "names": _joined(r["claimant_as_written"] for r in own),
                     "statements": len(own), "claims": len(claims), "corroborated": len(claims & corroborated),
                     "articles": _joined(r["article"] for r in own), "outlets": _joined(r["outlet"] for r in own),
                     "vias": _joined(r["via"] for r in own), "first_article": first["article"],
                     "first_published": first["published"], "_first": (first["order"], first["sentence_id"])})
    rows.sort(key=lambda r: r.pop("_first"))
    return typed(rows, SOURCE_COLUMNS)


def relays_frame(statements: pd.DataFrame) -> pd.DataFrame:
    """The relay chain of every statement, source -> via -> outlet (columns:
    :data:`RELAY_COLUMNS`); a chart draws one edge per distinct (source, via, outlet)."""
    if not len(statements):
        return typed([], RELAY_COLUMNS)
    frame = statements[["claim", "statement", "source", "via", "outlet", "article", "published", "certainty"]]
    return typed(records(frame), RELAY_COLUMNS)

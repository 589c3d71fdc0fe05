"""The team's source register: ``sources.yaml`` at the project root, shared by every article.

Each entry grades a source once (a person, a ministry, an agency, a state outlet): its
canonical name, the other names articles use for it, its kind, its state (ISO 3166-1
alpha-2) and a reliability grade on the NATO/Admiralty scale (A-F) with a note::

    sources:
      - name: Ministry of Health of Examplia
        aliases: [the health ministry, Examplia's health ministry]
        kind: government
        state: XX
        reliability: B
        note: Official figures; revised upward in past outbreaks.

:func:`read_register` is the edge that reads the file; :func:`apply_register` (aliases
to canonical names in the claims and figures) and :func:`register_frame` (each claimant
of an article with its grade, or a ready-to-paste entry) are pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .article import RELIABILITY
from .errors import RegisterError

KINDS = ("person", "government", "agency", "military", "state media", "news agency", "media", "company",
         "court", "NGO", "international organisation", "political party", "armed group", "organisation", "other")
_ENTRY_KEYS = ("name", "aliases", "kind", "state", "reliability", "note")
#: Voices of the article itself, never sources to register.
ARTICLE_VOICES = ("article", "unattributed reports")
# How the actors table's kinds map onto the register's, for a suggested entry.
_ACTOR_KINDS = {"person": "person", "state": "government", "organisation": "organisation"}

COLUMNS = ["claimant", "registered", "kind", "state", "reliability", "note", "statements", "entry"]


@dataclass(frozen=True)
class Source:
    """One entry of the register."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "other"
    state: str | None = None
    reliability: str = "F"
    note: str = ""


@dataclass
class Register:
    """The register's entries, and every name and alias (folded) to its entry."""

    sources: list[Source] = field(default_factory=list)
    names: dict[str, Source] = field(default_factory=dict)

    def find(self, name) -> Source | None:
        """The entry a claimant's name (or alias) belongs to, if any."""
        if not isinstance(name, str):
            return None
        return self.names.get(fold_name(name))


def fold_name(name: str) -> str:
    """A name as compared: case, spacing, a leading 'the' and curly apostrophes ignored."""
    name = re.sub(r"\s+", " ", name.replace("’", "'")).strip().casefold()
    return re.sub(r"^the ", "", name)


def parse_register(raw: str, source: str) -> Register:
    """Validate the text of a register file; a problem is one sentence naming the line and the key."""
    from . import safeyaml

    loaded = safeyaml.load(raw, source, RegisterError)
    data = loaded.data
    if data is None:
        return Register()
    if not isinstance(data, dict) or set(data) - {"sources"}:
        extra = sorted(str(k) for k in data) if isinstance(data, dict) else []
        raise RegisterError(f"{source}, line {loaded.line(*(extra[:1]))}: expected one key 'sources' holding a list "
                            f"of entries" + (f", not {extra[0]!r}" if extra and extra[0] != "sources" else "") + ".")
    entries = data.get("sources") or []
    if not isinstance(entries, list):
        raise RegisterError(f"{source}, line {loaded.line('sources')}: key 'sources' must be a list of entries.")
    register = Register()
    for i, entry in enumerate(entries):
        at = ("sources", i)
        if not isinstance(entry, dict):
            raise RegisterError(f"{source}, line {loaded.line(*at)}: entry {i + 1} must be a mapping with "
                                f"keys {', '.join(_ENTRY_KEYS)}.")
        for key in entry:
            if key not in _ENTRY_KEYS:
                raise RegisterError(f"{source}, line {loaded.line(*at, key)}: unknown key {key!r}; "
                                    f"expected one of {', '.join(_ENTRY_KEYS)}.")
        src = _entry(entry, lambda key: f"{source}, line {loaded.line(*at, key)}")
        for name in (src.name, *src.aliases):
            other = register.names.get(fold_name(name))
            if other is not None:
                raise RegisterError(f"{source}, line {loaded.line(*at, 'name' if name == src.name else 'aliases')}: "
                                    f"the name {name!r} is already used by the entry {other.name!r}.")
            register.names[fold_name(name)] = src
        register.sources.append(src)
    return register


def _entry(entry: dict, where) -> Source:
    def text(key: str, required: bool = False) -> str | None:
        value = entry.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                raise RegisterError(f"{where(key)}: key {key!r} is missing or empty; expected a non-empty string.")
            return None
        if not isinstance(value, str):
            raise RegisterError(f"{where(key)}: key {key!r} is {value!r}; expected a string.")
        return value.strip()

    name = text("name", required=True)
    aliases = entry.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise RegisterError(f"{where('aliases')}: key 'aliases' is {aliases!r}; expected a list of names.")
    kind = text("kind") or "other"
    if kind not in KINDS:
        raise RegisterError(f"{where('kind')}: key 'kind' is {kind!r}; expected one of {', '.join(KINDS)}.")
    state = text("state")
    if state is not None:
        state = state.upper()
        import pycountry

        if state != "XX" and pycountry.countries.get(alpha_2=state) is None:
            raise RegisterError(f"{where('state')}: key 'state' is {entry['state']!r}; expected an ISO 3166-1 "
                                "alpha-2 code such as FR (XX: no single state).")
    reliability = (text("reliability") or "F").upper()
    if reliability not in RELIABILITY:
        raise RegisterError(f"{where('reliability')}: key 'reliability' is {entry['reliability']!r}; "
                            "expected one letter from A to F.")
    return Source(name=name, aliases=tuple(a.strip() for a in aliases), kind=kind, state=state,
                  reliability=reliability, note=text("note") or "")


def read_register(path: str | Path | None = None) -> Register:
    """Read the register (default: the project's ``sources.yaml``); no file is an empty register."""
    from . import paths

    path = Path(path) if path else paths.register_file()
    if not path.is_file():
        return Register()
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RegisterError(f"{path} is not UTF-8 text.") from None
    return parse_register(raw, str(path))


def apply_register(claims, figures, register: Register) -> tuple:
    """Claimants (and conduits) named by an alias get their canonical name; returns the
    two tables and each (name as extracted, canonical name) that was changed."""
    changed: dict[str, str] = {}

    def canonical(value):
        found = register.find(value)
        if found is None or value == found.name:
            return value
        changed[value] = found.name
        return found.name

    claims, figures = claims.copy(), figures.copy()
    for frame, columns in ((claims, ("claimant", "via")), (figures, ("claimant",))):
        for column in columns:
            if len(frame):
                frame[column] = frame[column].map(canonical, na_action="ignore").astype("string")
    return claims, figures, sorted(changed.items())


def register_frame(claims, actors, register: Register):
    """Each source that speaks in the claims (a DataFrame): whether it is in the register,
    its grade, and for one that is not, an entry to paste into ``sources.yaml``."""
    import pandas as pd

    kinds = {}
    for name, kind, aliases in zip(actors["name"], actors["kind"], actors["aliases"]):
        for alias in [name, *(str(aliases).split("; ") if isinstance(aliases, str) else [])]:
            kinds.setdefault(alias, kind)
    counts = claims["claimant"].dropna().value_counts()
    rows = []
    for claimant in sorted(counts.index, key=lambda c: (-counts[c], c)):
        if claimant in ARTICLE_VOICES:
            continue
        found = register.find(claimant)
        if found is not None:
            rows.append({"claimant": claimant, "registered": True, "kind": found.kind, "state": found.state,
                         "reliability": found.reliability, "note": found.note,
                         "statements": int(counts[claimant]), "entry": None})
        else:
            rows.append({"claimant": claimant, "registered": False, "kind": None, "state": None, "reliability": None,
                         "note": None, "statements": int(counts[claimant]),
                         "entry": suggest_entry(claimant, kinds.get(claimant))})
    frame = pd.DataFrame(rows, columns=COLUMNS)
    return frame.astype({"claimant": "string", "registered": "boolean", "kind": "string", "state": "string",
                         "reliability": "string", "note": "string", "statements": "Int64", "entry": "string"})


def suggest_entry(name: str, actor_kind: str | None = None) -> str:
    """A register entry for ``name`` on one line, ready to paste under ``sources:``; graded F
    (cannot be judged) until an analyst grades it."""
    import yaml

    entry = {"name": name, "aliases": [], "kind": _ACTOR_KINDS.get(actor_kind or "", "other"), "state": None,
             "reliability": "F", "note": "not graded yet"}
    flow = yaml.safe_dump(entry, default_flow_style=True, sort_keys=False, allow_unicode=True, width=10_000)
    return "- " + flow.strip()

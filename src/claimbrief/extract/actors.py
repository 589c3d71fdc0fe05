"""Actors: people (with roles and aliases), organisations and states.

No statistical NER model is used (none may be downloaded); people are found from the
patterns news copy uses for them: a title before a name ("Defense Minister Kim
Jae-won"), the subject of a reporting verb ("Smith said"), an appositive ("Smith, the
company's chief executive, said").  A bare surname or any single part of a full name,
and "he"/"she", resolve to the person named before (see :func:`resolve_person`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import alternation, countries, lexicon, words

# Initialisms ("U.S.") and company abbreviations ("Corp.") keep their periods.
# A plural possessive inside a name keeps its apostrophe ("Dairy Farmers' Union");
# acronyms are words of a name ("SITE Intelligence Group").
_NAME_PART = r"(?:(?:[A-Z]\.){2,}|(?:Corp|Inc|Ltd|Co|Bros|Jr|Sr|St|Mt|Ft|Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Rep|Sen|Gov|Rev)\.|[A-Z][a-zà-ÿ’'\-]*[a-zà-ÿ](?:(?<=s)[’'](?=\s+[A-Z]))?|[A-Z]{2,}(?![\w-])|[A-Z]\.|(?:al|el|bin|ibn|de|da|van|von|der|le|la|du|dos|di)(?=[\s-]))"
_CAP_RUN = re.compile(rf"{_NAME_PART}(?:[\s-]+{_NAME_PART})*")


@dataclass
class Actor:
    """One actor and where the text names it."""

    name: str
    kind: str  # person, organisation, state
    role: str | None = None
    aliases: set[str] = field(default_factory=set)
    spans: list[tuple[int, int]] = field(default_factory=list)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    lex = lexicon()
    verbs = [v for group in lex["reporting_verbs"].values() for v in group]
    return {
        "role": re.compile(rf"^(?:{alternation(lex['role_words'])})$"),
        "verb": re.compile(rf"^(?:{alternation(verbs)})\b", re.IGNORECASE),
        "org_end": re.compile(rf"(?:^|\s)(?:{alternation(lex['organisation_words'])})$"),
        "news": re.compile(rf"^(?:the\s+)?(?:{alternation(lex['news_organisations'])})$", re.IGNORECASE),
        "courtesy": re.compile(rf"(?:{alternation(lex['courtesy_titles'])})\s"),
    }


@lru_cache(maxsize=1)
def _base_forms() -> frozenset[str]:
    """Reporting verbs in their base form: those whose -s form is also listed."""
    verbs = {v.lower() for group in lexicon()["reporting_verbs"].values() for v in group}
    return frozenset(v for v in verbs if v + "s" in verbs or v + "es" in verbs)


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    return frozenset(lexicon()["not_name_words"])


@lru_cache(maxsize=1)
def geo_words() -> dict[str, str]:
    """Lower-cased country names, aliases, demonyms and capitals -> ISO alpha-2."""
    table: dict[str, str] = {}
    for code, entry in countries().items():
        names = [entry.get("name"), *entry.get("aliases", []), *entry.get("demonyms", []),
                 entry.get("capital"), *entry.get("capital_aliases", [])]
        for name in names:
            if name:
                table.setdefault(name.lower().removeprefix("the "), code)
    return table


def is_geo_name(name: str) -> bool:
    return name.lower().removeprefix("the ") in geo_words()


def is_organisation(name: str) -> bool:
    pats = _patterns()
    return bool(pats["news"].match(name) or pats["org_end"].search(name)
                or (name.isupper() and 2 <= len(name) <= 6 and not is_geo_name(name)))


def is_news_organisation(name: str) -> bool:
    pats = _patterns()
    media = words("media_nouns")
    return bool(pats["news"].match(name)) or any(name.endswith(" " + m.title()) for m in media) or \
        bool(re.search(r"\b(?:News|Times|Post|Journal|Herald|Tribune|Telegraph|Gazette|Press|Television|TV|Radio|Broadcasting)$", name))


def capitalised_runs(text: str, start: int = 0, end: int | None = None):
    """Yield (start, end, words) of runs of capitalised words inside text[start:end]."""
    for match in _CAP_RUN.finditer(text, start, len(text) if end is None else end):
        yield match.start(), match.end(), match.group()


def _split_role(run: str) -> tuple[str | None, str]:
    """Split "Finance Minister Lee Jae-won" into (role, name)."""
    tokens = run.split()
    role_pat = _patterns()["role"]
    last_role = -1
    for i, token in enumerate(tokens):
        if role_pat.match(token) and i < len(tokens) - 1:
            last_role = i
    if last_role < 0:
        return None, run
    role = " ".join(tokens[: last_role + 1])
    courtesy = set(lexicon()["courtesy_titles"])
    if role in courtesy:
        role = None
    return role, " ".join(tokens[last_role + 1:])


def _clean_name(name: str) -> str:
    tokens = name.split()
    skip = _not_name_words()
    # "Lisbon-based Marlin Shipping": a hyphenated place modifier is not part of the name
    while tokens and (tokens[0] in skip or tokens[0].rstrip("’'s") in skip
                      or re.search(r"-(?:based|born|headquartered)$", tokens[0])):
        tokens.pop(0)
    while tokens and tokens[-1] in skip:
        tokens.pop()
    return " ".join(tokens)


def find_people(text: str, sentences: list[dict]) -> list[Actor]:
    """People named in the text: titled names and subjects of reporting verbs, with aliases."""
    people: dict[str, Actor] = {}
    pats = _patterns()
    for sentence in sentences:
        s, e = sentence["start"], sentence["end"]
        for r_start, r_end, run in capitalised_runs(text, s, e):
            role, name = _split_role(run)
            name = _clean_name(name)
            if not name or is_geo_name(name) or is_organisation(name):
                continue
            after = text[r_end:e].lstrip(" ,")
            verb = pats["verb"].match(re.sub(r"^(?:has|have|had|also|previously|later|then|again|further|\s)+\b", "", after).lstrip())
            # a base form ("state", "estimate") after a name is no singular subject's verb:
            # "São Paulo state", "Analysts at Sakura Securities estimate"
            verb_follows = bool(verb) and verb.group(0).lower() not in _base_forms()
            said_before = re.search(r"\b(?:said|says|told|added|noted|according to)\s*$", text[s:r_start])
            appositive = re.match(r",\s+(?:the|a|an|who|whose)\b", text[r_end:e])
            multi = len(name.split()) >= 2
            titled = pats["courtesy"].match(run) is not None and multi
            if role or titled or (multi and (verb_follows or said_before or appositive)):
                name_start = r_start + run.rfind(name)
                _add_person(people, name, role, (name_start, name_start + len(name)))
    # Single-token subjects that are part of a known name become aliases ("Lee", "Moreau").
    return list(people.values())


def _add_person(people: dict[str, Actor], name: str, role: str | None, span: tuple[int, int]) -> None:
    full = _full_name_for(people, name)
    if full is None:
        people[name] = Actor(name=name, kind="person", role=role, spans=[span])
        return
    actor = people[full]
    if name != full:
        actor.aliases.add(name)
    if role and not actor.role:
        actor.role = role
    actor.spans.append(span)


def _full_name_for(people: dict[str, Actor], name: str) -> str | None:
    """The known full name that ``name`` refers to: itself, or a full name containing it."""
    if name in people:
        return name
    tokens = set(name.split())
    for full in people:
        full_tokens = full.split()
        if tokens <= set(full_tokens) or tokens <= {t.split("-")[0] for t in full_tokens}:
            return full
    # a longer name seen after a shorter one: promote
    for short in list(people):
        if set(short.split()) < tokens:
            actor = people.pop(short)
            actor.aliases.add(short)
            actor.name = name
            people[name] = actor
            return name
    return None


def resolve_person(people: list[Actor], mention: str) -> Actor | None:
    """The person a mention (full name, surname or any part of the name) refers to."""
    mention = _clean_name(_split_role(mention)[1])
    if not mention:
        return None
    tokens = mention.split()
    for actor in people:
        if mention == actor.name or mention in actor.aliases:
            return actor
    for actor in people:
        parts = actor.name.split()
        if all(t in parts for t in tokens):
            actor.aliases.add(mention)  # the text calls them so: "Lopez", "Kim"
            return actor
    return None

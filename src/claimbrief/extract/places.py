"""Places: toponyms used as locations, resolved through the offline gazetteer.

A name counts as a place when it is used locatively: after a locative preposition
("in", "near", "into the"), as a region ("Kursk region", "western Russia"), or as a
demonym with a place noun ("the Ukrainian terrain").  States and capitals used as
actors ("fighting for Russia", "Moscow's side", "Kyiv is gathering") and event names
("the Ukraine conflict") are not places.  Unknown names in a locative slot are matched
fuzzily against city names ("Mariopul" -> Mariupol); a name several cities share is
resolved by the countries the article talks about, then by population.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from rapidfuzz.distance import OSA

from ..lexicon import alternation, lexicon
from . import gazetteer as gz
from .actors import capitalised_runs

_POSSESSIVE = re.compile(r"^(?:’s|'s|’|')(?=\W)")


@lru_cache(maxsize=1)
def _patterns() -> dict:
    lex = lexicon()
    direction = alternation(lex["directions"])
    return {
        "locative": re.compile(
            rf"\b(?:{alternation(lex['locative_prepositions'])})\s+(?:the\s+)?(?:(?:{direction})\s+)?(?:part\s+of\s+)?$",
            re.IGNORECASE),
        "actor_before": re.compile(rf"\b(?:{alternation(lex['actor_prepositions'])})\s+(?:the\s+)?$", re.IGNORECASE),
        "actor_after": re.compile(rf"\s+(?:{alternation(lex['actor_verbs'])})\b", re.IGNORECASE),
        "event_after": re.compile(rf"\s+(?:{alternation(lex['event_nouns'])})\b", re.IGNORECASE),
        "possessive_place": re.compile(rf"\s+(?:[a-z]+\s+)?(?:{alternation(lex['possessive_place_nouns'])})\b", re.IGNORECASE),
        "region_after": re.compile(rf"\s+({alternation(lex['region_words'])})\b", re.IGNORECASE),
        "direction_before": re.compile(rf"\b((?:{direction}))\s+$", re.IGNORECASE),
        "place_noun_after": re.compile(rf"\s+(?:{alternation(lex['place_nouns'])})\b", re.IGNORECASE),
        "region_locative": re.compile(rf"\b(?:{alternation(lex['region_prepositions'])})\s+(?:the\s+)?$", re.IGNORECASE),
        "list_joiner": re.compile(rf"^\s*(?:{alternation(lex['list_joiners'])})\s*(?:the\s+)?$", re.IGNORECASE),
        "compound_after": re.compile(rf"^-(?:{alternation(lex['place_compounds'])})\b", re.IGNORECASE),
        "compound_suffix": re.compile(rf"-(?:{alternation(lex['place_compounds'])})$", re.IGNORECASE),
        "direction_word": re.compile(rf"^(?:{direction})$", re.IGNORECASE),
        "attributive_before": re.compile(r"\b(?:of|a|an|the)\s+$"),
    }


@lru_cache(maxsize=1)
def _not_place_words() -> frozenset[str]:
    """Capitalised function words, months and weekdays: never a place, however many towns
    share the name ("Sunday", "August")."""
    return frozenset(lexicon()["not_name_words"])


def _place_runs(text: str, start: int, end: int):
    """Capitalised runs, with runs joined by "of"/"of the" merged: "Isle of Man",
    "Gulf of Aden" are one name."""
    runs = list(capitalised_runs(text, start, end))
    merged: list[tuple[int, int]] = []
    for a, b, _ in runs:
        if merged and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[merged[-1][1]:a]):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return [(a, b, text[a:b]) for a, b in merged]


@lru_cache(maxsize=1)
def _subdivision_words() -> dict[str, set[str]]:
    """Folded word of a first-level region's name -> countries: "sulawesi" -> {ID}, so that
    "Central Java" (ISO: Jawa Tengah) is known to lie in Indonesia."""
    index: dict[str, set[str]] = {}
    for key, matches in gz.subdivisions().items():
        for word in key.split():
            if len(word) >= 4:
                index.setdefault(word, set()).update(code[:2] for code, _, _ in matches)
    return index


@lru_cache(maxsize=1)
def _subdivision_heads() -> dict[str, set[str]]:
    """Folded first word of a region's ISO name -> countries: "guangdong" (Guangdong Sheng)
    -> {CN}.  Compass words and type words are left out."""
    lex = lexicon()
    skip = {gz.fold(w) for w in lex["directions"] + lex["region_words"]}
    index: dict[str, set[str]] = {}
    for key, matches in gz.subdivisions().items():
        words = key.split()
        if len(words) >= 2 and len(words[0]) >= 4 and words[0] not in skip:
            index.setdefault(words[0], set()).update(code[:2] for code, _, _ in matches)
    return index


def _region(name: str, context: Counter, pats) -> tuple[str, str] | None:
    """(canonical, country) of a first-level region named ``name``: an ISO 3166-2 name or
    English exonym, or a compass word before a word of region names found in one country
    only ("Central Java", "Western Cape")."""
    key = gz.fold(name)
    matches = gz.subdivisions().get(key)
    if matches and len(key) >= 4:
        code, local, _ = max(matches, key=lambda m: context.get(m[0][:2], 0))
        return (name if gz.fold(local) != key else local), code[:2]
    words = key.split()
    if len(words) == 1 and len(_subdivision_heads().get(key, ())) == 1:
        return name, next(iter(_subdivision_heads()[key]))  # "Guangdong" (ISO: Guangdong Sheng)
    if len(words) >= 2 and pats["direction_word"].match(words[0]):
        countries = set()
        for word in words[1:]:
            countries |= _subdivision_words().get(word, set())
        if len(countries) == 1:
            return name, countries.pop()
    return None


def _context_countries(text: str) -> Counter:
    """How often the article names each country (by name, demonym or capital)."""
    counts: Counter = Counter()
    countries, demonyms, capitals = gz.country_index(), gz.demonym_index(), gz.capital_index()
    for _, _, run in capitalised_runs(text):
        tokens = run.split()
        for n in range(min(4, len(tokens)), 0, -1):
            for i in range(len(tokens) - n + 1):
                key = gz.fold(" ".join(tokens[i:i + n]))
                code = (countries.get(key) or (None,))[0] or demonyms.get(key) or capitals.get(key)
                if code:
                    counts[code] += 1
    return counts


def _pick_city(candidates: list[gz.City], context: Counter) -> tuple[gz.City, bool]:
    """The city meant: prominence (population) plus the article's countries. Returns
    (city, whether context decided it)."""
    capitals = gz.capital_index()

    def score(city: gz.City) -> float:
        # a national capital is what a bare name means far more often than its namesakes
        capital = 1.5 if capitals.get(gz.fold(city.name)) == city.country else 0.0
        return math.log10(max(city.population, 10)) + 2.0 * math.log1p(context.get(city.country, 0)) + capital
    best = max(candidates, key=score)
    return best, best is not candidates[0] or len({c.country for c in candidates}) > 1


def _subdivision(stem: str, context: Counter, word: str) -> tuple[str, str, str | None] | None:
    """(canonical, country, namesake key) for "<stem> region": ISO 3166-2 first, then a
    namesake city's country."""
    key = gz.fold(stem)
    matches = gz.subdivisions().get(key, [])
    if not matches:
        matches = [m for k, v in gz.subdivisions().items() if k.startswith(key) for m in v] if len(key) >= 4 else []
    if matches:
        code, local, sub_type = max(matches, key=lambda m: context.get(m[0][:2], 0))
        local_f = gz.fold(local)
        if "oblast" in local_f:
            suffix = "Oblast"
        elif "kray" in local_f or "krai" in local_f:
            suffix = "Krai"
        else:
            suffix = word.title()
        return f"{stem} {suffix}", code[:2], code
    found = _region(stem, context, _patterns())
    if found:
        return f"{stem} {word.title()}", found[1], None
    by_name, _ = gz.cities()
    if key in by_name:
        city, _ = _pick_city(by_name[key], context)
        return f"{stem} {word.title()}", city.country, None
    return None


def _namesake_point(stem: str, country: str) -> tuple[float | None, float | None]:
    by_name, by_alias = gz.cities()
    for city in by_name.get(gz.fold(stem), []) + by_alias.get(gz.fold(stem), []):
        if city.country == country:
            return city.lat, city.lon
    return gz.country_point(country)


def _fuzzy_city(token: str) -> gz.City | None:
    """A city whose name is one edit (two for long names) from a misspelt token."""
    if len(token) < 5:
        return None
    limit = 1 if len(token) <= 8 else 2
    key = gz.fold(token)
    best = None
    for name, found, alias in _fuzzy_candidates(key[0], len(key)):
        distance = OSA.distance(key, name, score_cutoff=limit)
        if distance <= (1 if alias else limit):  # alternate names are many: one edit only
            city = found[0]
            if city.population >= 50000 and (best is None or (distance, -city.population) < best[0]):
                best = ((distance, -city.population), city)
    return best[1] if best else None


@lru_cache(maxsize=None)
def _fuzzy_candidates(first: str, length: int) -> list[tuple[str, list, bool]]:
    """Official and alternate city names (a misspelling may be nearer a common English
    spelling than the official one, which may carry an article or transliteration)."""
    by_name, by_alias = gz.cities()
    return [(name, cities, table is by_alias) for table in (by_name, by_alias) for name, cities in table.items()
            if name[:1] == first and abs(len(name) - length) <= 2]


def _row(sentence: dict, start: int, end: int, text: str, canonical: str, country: str, kind: str,
         lat, lon, resolution: str) -> dict:
    return {"sentence_id": sentence["id"], "start": start, "end": end, "mention": text[start:end],
            "canonical": canonical, "country": country, "kind": kind, "lat": lat, "lon": lon,
            "resolution": resolution}


def extract_places(text: str, sentences: list[dict], blocked_spans: list[tuple[int, int]] = ()) -> list[dict]:
    """Rows of the places table.  ``blocked_spans`` are names already known to be people
    or organisations (never places)."""
    pats = _patterns()
    context = _context_countries(text)
    countries, demonyms, capitals = gz.country_index(), gz.demonym_index(), gz.capital_index()
    by_name, by_alias = gz.cities()
    rows: list[dict] = []
    taken: list[tuple[int, int]] = list(blocked_spans)

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for sentence in sentences:
        s, e = sentence["start"], sentence["end"]
        last: dict | None = None  # the last place of this sentence, and whether it was a region slot
        last_region_slot = False
        for r_start, r_end, run in _place_runs(text, s, e):
            tokens = []
            for m in re.finditer(r"\S+", run):
                a, b = m.start() + r_start, m.end() + r_start
                possessive = re.search(r"(?:[’']s|[’'])$", m.group())
                compound = pats["compound_suffix"].search(m.group())  # "Lisbon-based"
                cut = possessive or compound
                tokens.append((a, b - len(cut.group()) if cut else b, bool(cut)))
            i = 0
            while i < len(tokens):
                matched = False
                for n in range(min(6, len(tokens) - i), 0, -1):
                    if any(tokens[k][2] for k in range(i, i + n - 1)):
                        continue  # a possessive inside: "Indonesia's Central" is not one name
                    a, b = tokens[i][0], tokens[i + n - 1][1]
                    name = text[a:b]
                    key = gz.fold(name)
                    if not free(a, b) or not key or name in _not_place_words():
                        continue
                    listed = last is not None and pats["list_joiner"].match(text[last["end"]:a]) is not None
                    # a name listed after a region is a region too ("in Texas and Florida")
                    region_slot = pats["region_locative"].search(text[max(s, a - 40):a]) is not None or \
                        (listed and (last_region_slot or last["kind"] == "region"))
                    row = _resolve_name(text, sentence, a, b, key, context, pats, countries, demonyms,
                                        capitals, by_name, by_alias, listed=listed, region_slot=region_slot)
                    if row:
                        rows.append(row)
                        taken.append((row["start"], row["end"]))
                        last, last_region_slot = row, region_slot
                        i += n
                        matched = True
                        break
                    if key in countries or key in demonyms or key in by_name or key in capitals:
                        i += n  # a known name, used as an actor or event: consumed, not a place
                        matched = True
                        break
                if not matched:
                    i += 1
    rows.sort(key=lambda r: r["start"])
    return rows


def _host_of_place(after: str, context: Counter, pats) -> bool:
    """A possessive followed by a place: "India's Kerala", "Indonesia's Central Java"."""
    possessive = _POSSESSIVE.match(after)
    if not possessive:
        return False
    runs = list(capitalised_runs(after, possessive.end(), min(len(after), possessive.end() + 60)))
    if not runs or after[possessive.end():runs[0][0]].strip():
        return False
    words = runs[0][2].split()
    by_name, _ = gz.cities()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        if _region(name, context, pats) or gz.fold(name) in by_name:
            return True
    return False


def _resolve_name(text, sentence, a, b, key, context, pats, countries, demonyms, capitals, by_name, by_alias,
                  listed=False, region_slot=False):
    s, e = sentence["start"], sentence["end"]
    # the right-anchored tests need only the words just before the name
    before, after = text[max(s, a - 60):a], text[b:e]
    name = text[a:b]
    # "<Name> region" is a first-level region whatever precedes it
    region = pats["region_after"].match(after)
    if region and key not in demonyms:
        found = _subdivision(name, context, region.group(1))
        if found:
            canonical, country, _ = found
            lat, lon = _namesake_point(name, country)
            return _row(sentence, a, b + region.end(), text, canonical, country, "region", lat, lon, "alias")
    # "<Demonym> terrain" is a location in that country
    if key in demonyms and pats["place_noun_after"].match(after):
        code = demonyms[key]
        end = b + pats["place_noun_after"].match(after).end()
        lat, lon = gz.country_point(code)
        return _row(sentence, a, end, text, gz.country_name(code), code, "country", lat, lon, "alias")
    if key in demonyms and key not in countries:
        return None
    if pats["event_after"].match(after):
        return None
    host = _host_of_place(after, context, pats)
    possessive = _POSSESSIVE.match(after)
    if possessive and not host and not pats["possessive_place"].match(after[possessive.end():]):
        return None
    # a locative slot: after a preposition, listed with a place, "Lisbon-based", or the
    # host of a place ("India's Kerala"); a possessive place right after its host
    locative = bool(pats["locative"].search(before) or listed or pats["compound_after"].match(after) or host
                    or re.search(r"[’']s\s+$", before) and _is_place_host(before, countries))
    direction = pats["direction_before"].search(before)
    if key in countries:
        code, how = countries[key]
        if direction:
            start = a - len(direction.group(0))
            lat, lon = gz.part_point(code, direction.group(1))
            return _row(sentence, start, b, text, gz.country_name(code), code, "region", lat, lon, how)
        if not locative or _actor_use(before, after, pats):
            return None
        lat, lon = gz.country_point(code)
        return _row(sentence, a, b, text, gz.country_name(code), code, "country", lat, lon, how)
    attributive = (not locative and " " in name and key in by_name and key not in capitals
                   and pats["attributive_before"].search(before) and re.match(r"\s+[a-z]", after)
                   and by_name[key][0].population >= 50000)
    if attributive:
        locative = True  # "the founder of Mountain View startup X": a city naming where X is
    if not locative or _actor_use(before, after, pats):
        return None
    if region_slot or " " in key:
        found = _region(name, context, pats)
        if found and (region_slot or key not in by_name):
            canonical, code = found
            lat, lon = _namesake_point(name, code)
            return _row(sentence, a, b, text, canonical, code, "region", lat, lon, "exact")
    if key in capitals and key not in by_name and key not in by_alias:
        return None
    candidates = by_name.get(key)
    how = "exact"
    if not candidates and key in capitals:
        candidates = [c for c in by_alias.get(key, []) if c.country == capitals[key]]
        how = "alias"
    if not candidates:
        candidates = by_alias.get(key)
        how = "alias"
    if candidates:
        city, by_context = _pick_city(candidates, context)
        return _row(sentence, a, b, text, city.name, city.country, "city", city.lat, city.lon,
                    "context" if by_context else how)
    found = _region(name, context, pats)
    if found:
        canonical, code = found
        lat, lon = _namesake_point(name, code)
        return _row(sentence, a, b, text, canonical, code, "region", lat, lon, "exact")
    if " " not in name and name[0].isupper() and name[1:].islower():
        city = _fuzzy_city(name)
        if city:
            return _row(sentence, a, b, text, city.name, city.country, "city", city.lat, city.lon, "fuzzy")
    return None


def _is_place_host(before: str, countries) -> bool:
    """Whether the possessive right before a name is a country's ("India's Kerala")."""
    match = re.search(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})[’']s\s+$", before)
    return bool(match) and gz.fold(match.group(1)) in countries


def _actor_use(before: str, after: str, pats) -> bool:
    """A state or capital used for its government: "for Russia", "Moscow said"."""
    if pats["actor_after"].match(after) and not re.match(r"\s+(?:is|was)\s+(?:located|situated|home)\b", after):
        # "camps on the outskirts of Lagos are struggling": after a locative it is a place
        return not pats["locative"].search(before)
    return False

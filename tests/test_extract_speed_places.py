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

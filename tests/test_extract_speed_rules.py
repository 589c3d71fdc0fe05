"""The shortcuts the places and claims rules take for speed give exactly what the long way
gives (the other stages' are in test_extract_speed.py)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from claimbrief.extract import claims, places

FIXTURES = Path(__file__).parent / "fixtures"


def _texts() -> list[str]:
    # (the holdout stays unread: nothing is tried on it but the scores)
    return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt")) if "holdout" not in p.parts]


def _pieces(text: str, rng: random.Random) -> list[str]:
    """The text, its lines and random slices of it (which cut words and sentences anywhere)."""
    pieces = [text, *text.split("\n")]
    for _ in range(40):
        a = rng.randrange(len(text) + 1)
        pieces.append(text[a:a + rng.randrange(1, 300)])
    return pieces


_ODD = ["SAID", "He Said", "re-said", "said_", "_said", "sa\u0130d", "Kelvin \u212aept", "\u017faid", "said  it",
        "told-told", "put its estimate at 5", "PUT THEIR TOLL AT 9", "cut its forecast", "said1", "1said",
        "\u00c9 said", "are thought to", "it is seen as", "Saïd said", "", " ", "said's", "’said’"]


@pytest.mark.parametrize("key", sorted(set(claims._cue_phrases()) - {"definition"}))
def test_cue_matches_are_what_the_cue_patterns_find(key):
    pattern = claims._patterns()[key]
    # (a list with a phrase opening with no word, as "'ll" of "predicted", is searched as before)
    rng = random.Random(7)
    for text in _texts():
        for piece in _pieces(text, rng):
            assert [m.span() for m in claims._cue_matches(key, piece)] == [m.span() for m in pattern.finditer(piece)]
    for piece in _ODD + [phrase for phrase in claims._cue_phrases()[key]] + \
            [phrase.upper() + " x" for phrase in claims._cue_phrases()[key]]:
        assert [m.span() for m in claims._cue_matches(key, piece)] == [m.span() for m in pattern.finditer(piece)], piece
    assert (claims._cue_search(key, "He said it may be so.") or None) == (pattern.search("He said it may be so.") or None) \
        or claims._cue_search(key, "He said it may be so.").span() == pattern.search("He said it may be so.").span()


def test_place_prefilters_hold_every_match_of_their_patterns():
    """The tails searched for first (a route's hyphen and link word, an Arabic article's
    hyphen, "'s capital") are in every text the full patterns match in."""
    capital_of = places._patterns()["capital_of"]
    probes = ["the Kathmandu-Pokhara road", "the Alpha Beta–Gamma highway", "Deir el-Balah", "in al-Bab",
              "Ras al-Ain", "Freedonia's capital", "Freedonia’s capital city", "Mid-East", "al-", "x-Y"]
    for text in _texts() + probes:
        if places._ROUTE_PAIR.search(text):
            assert places._ROUTE_TAIL.search(text)
        if places._ARTICLE_NAME.search(text):
            hyphen = places._HYPHEN_CAPITAL.search(text)
            assert hyphen and places._ARTICLE_TAIL.search(text, max(0, hyphen.start() - 3))
        if capital_of.search(text):
            assert places._CAPITAL_POSSESSIVE.search(text)


def test_multi_country_regions_found_from_their_core_are_what_the_search_finds():
    pattern = places._patterns()["multi_country"]
    rng = random.Random(13)
    probes = ["the Sahel and the Middle East", "Sahel Dispatch", "theSahel", "xSahel", "Middle Eastern",
              "the  Horn of Africa", "the\nBalkans", "Sub-Saharan Africa", "Indo-Pacific"]
    for text in _texts() + probes:
        for piece in _pieces(text, rng) if len(text) > 40 else [text]:
            assert [m.span() for m in places._core_matches(pattern, places._multi_country_core(), piece)] == \
                [m.span() for m in pattern.finditer(piece)]


def test_a_coordinated_denial_holds_one_of_its_verbs():
    for text in _texts() + ["and denied", "and flatly rejected it", "And denied", "anddenied"]:
        if claims._AND_DENIED.search(text):
            assert claims._DENIAL_VERB.search(text)


def test_a_based_prefix_holds_a_hyphen():
    from claimbrief import extract

    for text in _texts() + ["Lisbon-based", "Paris-born", "X-headquartered", "based"]:
        for word in text.split():
            if extract._BASED.search(word):
                assert "-" in word


def test_last_words_from_the_eighth_word_from_the_end_are_what_the_search_finds():
    rng = random.Random(17)
    probes = ["", " ", "a", "a b c d e f g h i j", "a b c d e f g h i j\n", "x, a b c d e f g h", "(a) b-c d.e f’s g h i j k",
              "a  b\tc\nd e f g h i j k ", "“Quote” a b c d e f g h i", "a b c d e f g h i j,"]
    for text in _texts() + probes:
        pieces = _pieces(text, rng) + [p.strip() for p in _pieces(text, rng)] if len(text) > 40 else [text]
        for piece in [p for p in pieces if len(p) <= 400]:  # (the long way is slow on long texts)
            want = claims._LAST_WORDS.search(piece)
            got = claims._last_words(piece)
            assert (want and want.span()) == (got and got.span()), piece


def test_first_country_is_the_first_citys_country():
    from claimbrief.extract import gazetteer as gz

    for table in gz.cities():
        keys = list(table)[::97] + ["no such place", ""]
        for key in keys:
            first = table.first(key)
            assert table.first_country(key) == (first.country if first else None)

"""The dates stage's shortcuts for speed give exactly what the long way gives: the clause
pattern that takes runs of characters whole, the search for an ordinal quarter pair run
only where its parts are in the text, and the plain-ASCII test that skips its search."""

from __future__ import annotations

import random
import re
from pathlib import Path

from claimbrief.extract import dates, figures

FIXTURES = Path(__file__).parent / "fixtures"

# the clause pattern as it was written first: one character per repetition of the group
_CLAUSE_ONE_BY_ONE = re.compile(r"(?:[^,;:]|(?<=\d),(?=\d))+")


def _texts() -> list[str]:
    # (the holdout stays unread)
    return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt")) if "holdout" not in p.parts]


def test_clauses_are_the_runs_the_one_character_pattern_finds():
    rng = random.Random(3)
    texts = ["", ",", "1,000", "a,1", "1,a", "it rose 1,200, said: 3,4; end", *_texts()]
    # random strings of the characters that matter: digits, separators, letters, spaces
    texts += ["".join(rng.choice("ab1 ,;:9\n") for _ in range(rng.randrange(40))) for _ in range(3000)]
    for text in texts:
        for _ in range(3):
            lo = rng.randrange(len(text) + 1)
            hi = rng.randrange(lo, len(text) + 1)
            assert [m.span() for m in dates._CLAUSE.finditer(text, lo, hi)] == \
                [m.span() for m in _CLAUSE_ONE_BY_ONE.finditer(text, lo, hi)], (text, lo, hi)


_PAIRS = [
    "Third-quarter profit rose 4% in the quarter ended September 30, the company said",
    "the July-September quarter, the second quarter of its fiscal year",
    "the Oct.–Dec. period, the third quarter",
    "the first quarter (January-March) was weak",
    "the FOURTH QUARTER, OCTOBER-DECEMBER",
    "in the second-quarter, April–June",
]
_NO_PAIRS = [
    "Quarter of the homes were flooded in the first quarter.",
    "the second quarter of 2024 and the third quarter",
    "a quarter ending in March",
    "January-March",
]


def test_an_ordinal_quarter_pair_is_searched_for_only_where_it_can_be_found():
    parts = dates._patterns()["quarter_pair_parts"]
    pair = dates._patterns()["quarter_pair"]
    for text in _PAIRS:
        assert pair.search(text), text  # (the probes hold a pair)
    for text in [*_PAIRS, *_NO_PAIRS, *_texts()]:
        if pair.search(text):
            # every part the gate asks for is in a text that holds a pair
            assert (parts[0].search(text) or parts[1].search(text)) and parts[2].search(text), text


def test_dates_are_the_same_with_the_pair_searched_for_everywhere(monkeypatch):
    import datetime as dt

    from claimbrief.extract.sentences import split_sentences

    texts = [f"Acme posted its results on Tuesday.\n\n{pair}, and sales rose in the second quarter." for pair in _PAIRS]
    texts += [f"Acme said on Tuesday that {text}" for text in _NO_PAIRS]
    published = dt.date(2025, 11, 14)
    gated = [dates.extract_dates(t, split_sentences(t), published) for t in texts]
    everywhere = re.compile("")  # (finds a match in every text)
    monkeypatch.setitem(dates._patterns(), "quarter_pair_parts", (everywhere, everywhere, everywhere))
    assert [dates.extract_dates(t, split_sentences(t), published) for t in texts] == gated
    # (and the pairs do set the financial year: a quarter is read from it)
    assert any(r["precision"] == "quarter" for rows in gated for r in rows)


def _plain_by_search(segment: str) -> bool:
    return segment.isascii() and not dates._SEPARATORS.search(segment)


def test_plain_ascii_is_what_the_search_for_separators_says():
    samples = ["", "plain text", "tab\there", "line\nbreak", "unit\x1fsep", "group\x1dsep", "bell\x07",
               "del\x7f", "caf\u00e9", "“quoted”", "\x1c", "ok 1,200 people"]
    rng = random.Random(5)
    samples += ["".join(rng.choice("ab \t\n\x1c\x1f\x00\x7f.") for _ in range(rng.randrange(12))) for _ in range(2000)]
    for text in samples:
        assert dates._plain_ascii(text, 0, len(text)) == _plain_by_search(text), repr(text)
        if text.isascii():
            assert figures._plain_ascii(text) == (not figures._SEPARATORS.search(text)), repr(text)

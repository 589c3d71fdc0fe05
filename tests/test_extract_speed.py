"""The shortcuts the extraction takes for speed give exactly what the long way gives."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from syntok import segmenter

from claimbrief.extract import sentences
from claimbrief.lexicon import alternation, lexicon, trie_alternation

FIXTURES = Path(__file__).parent / "fixtures"


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]


def _word_lists() -> list[tuple[str, list[str]]]:
    lists = []
    for key, value in lexicon().items():
        items = list(value) if isinstance(value, (list, dict)) else []
        if items and all(isinstance(item, str) and item for item in items):
            lists.append((key, items))
    return lists


def test_trie_alternation_shares_prefixes():
    assert trie_alternation(["said", "says", "say"]) == "sa(?:id|y(?:s)?)"
    assert trie_alternation(["put at"]) == r"put\s+at"


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_trie_alternation_matches_what_the_flat_alternation_matches(flags):
    texts = _texts()[::4]  # a sample of the fixtures keeps the test quick
    for key, items in _word_lists():
        for frame in (r"\b(?:{})\b", r"(?:{})", r"^(?:{})$"):
            flat = re.compile(frame.format(alternation(items)), flags)
            tree = re.compile(frame.format(trie_alternation(items, bool(flags))), flags)
            for text in texts:
                assert [m.span() for m in flat.finditer(text)] == [m.span() for m in tree.finditer(text)], key
            for item in items:  # every phrase, its capitalised form and its prefixes
                for probe in (item, item.title(), item.upper(), item[:-1], item + "s"):
                    a, b = flat.match(probe), tree.match(probe)
                    assert (a and a.span()) == (b and b.span()), (key, probe)


def test_trie_alternation_keeps_the_longest_phrase_that_lets_the_pattern_match():
    # with nothing after the alternation the longest phrase wins, as in the flat list
    assert re.match(trie_alternation(["State", "states"], ignorecase=True), "States", re.IGNORECASE).group() == "States"
    assert re.match(rf"(?:{trie_alternation(['said', 'said in'])})\s+a", "said in a").group() == "said in a"


def _syntok_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for paragraph in segmenter.analyze(text[start:end]):
        for sentence in paragraph:
            tokens = list(sentence)
            if tokens:
                spans.append((start + tokens[0].offset, start + tokens[-1].offset + len(tokens[-1].value)))
    return spans


def test_a_paragraph_left_whole_is_one_that_syntok_leaves_whole():
    rng = random.Random(5)
    pieces = [".", "!", "?", ";", "”", '"', "'", ")", "(", "]", " ", "\n", "…", "...", "’", "\u200b", "\xa0",
              "\u2009", ":", ",", "-", "—", "A", "a", "Word", " The", "1"]
    chunks = [text[s:e] for text in _texts() for s, e in sentences._paragraphs(text)]
    chunks += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(5000)]
    chunks += [c.rstrip(".") + "".join(rng.choice(pieces) for _ in range(3)) for c in chunks[:500]]
    whole = 0
    for chunk in chunks:
        if not sentences._one_sentence(chunk):
            continue
        whole += 1
        text = "x\n" + chunk + "\ny"
        start, end = 2, 2 + len(chunk)
        expected = _syntok_spans(text, start, end)
        if not chunk.strip():
            assert expected == []
            continue
        assert len(expected) == 1, chunk
        # the same first character (cross-heads are matched from it) and, stripped, the same span
        assert expected[0][0] == sentences._strip(text, start, end)[0], chunk
        assert sentences._strip(text, *expected[0]) == sentences._strip(text, start, end), chunk
    assert whole > 1000  # the shortcut is taken, not only allowed
    assert not sentences._one_sentence("Rain fell. Roads closed.")
    assert not sentences._one_sentence("Rain fell. (Roads closed.)")  # syntok splits before the bracket
    assert sentences._one_sentence("Rain fell (briefly) on Monday.")  # ... and keeps one inside a sentence
    assert sentences._one_sentence("  Officials said the road would reopen.”  ")


def test_city_table_get_and_first_give_what_the_mapping_gives():
    from collections.abc import Mapping

    from claimbrief.extract import gazetteer

    for table in gazetteer.cities():
        keys = list(table)[::97] + ["no such place", "", "victoria", "san jose", "portville"]
        for key in keys:
            expected = Mapping.get(table, key)
            assert table.get(key) == expected, key
            assert table.get(key, []) == Mapping.get(table, key, []), key
            assert table.first(key) == (expected[0] if expected else None), key


def test_extraction_leaves_the_garbage_collector_as_it_found_it():
    import gc

    from claimbrief.article import make_article
    from claimbrief.extract import extract

    before = gc.get_threshold()
    extract(make_article("Floods hit Portville\n\nThe agency said 12 people died on Monday.", title="Floods hit Portville"))
    assert gc.get_threshold() == before  # raised only while an article is extracted
    assert gc.isenabled()  # paused only while the indexes load


def _boundary_after_look_behinds(pattern: re.Pattern) -> re.Pattern:
    """The form a pattern had before its leading \\b was moved ahead of its look-behinds."""
    found = re.match(r"\\b((?:\(\?<![^()]*\))+)(.*)", pattern.pattern, re.S)
    assert found, pattern.pattern[:60]
    return re.compile(found.group(1) + r"\b" + found.group(2), pattern.flags)


def test_patterns_testing_a_word_boundary_first_match_what_they_matched_before():
    # \b moved before the look-behinds it stood after (zero-width tests at one position)
    from claimbrief.extract import claims, dates

    lex = lexicon()
    before = {
        dates._patterns()["past"]: re.compile(
            # (a listed form after "to" or a modal is the base form, no past: "forecast to hit";
            # one glued after a hyphen is an adjective: "the hardest-hit parishes")
            rf"(?<!-)(?<!\bbe\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bcan\s)(?<!\bmay\s)(?<!\bmight\s)"
            rf"(?<!\bmust\s)(?<!\bshould\s)\b(?:{trie_alternation(lex['past_cues'], True)})\b|(?<!-)(?<!\bbe\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bis\s)(?<!\bare\s)\b"
            # (nor a present in -eed: "exceed", "need")
            r"(?!hundred\b|indeed\b|(?:ex|suc|pro)ceed\b|(?:n|f|sp|br|bl|h|s|w|d|gr|cr|st|r)eed\b)(?-i:[a-z]{2,}ed)\b", re.IGNORECASE),
        # (the future pattern's look-behinds grow with the rules: its \b is put back after them)
        dates._patterns()["future"]: _boundary_after_look_behinds(dates._patterns()["future"]),
        claims._patterns()["event"]: re.compile(
            r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bget\s)(?<!\bgot\s)"
            rf"\b(?:{trie_alternation(lex['event_verbs'], False)})\b"),
    }
    rng = random.Random(3)
    vocabulary = ["be", "has", "have", "was", "were", "been", "is", "are", "get", "got", "than", "as", "hundred",
                  "indeed", "reported", "Reported", "said", "will", "expected", "killed", "arrested", "won", "ſed",
                  "-", "'", "’", ",", ".", "\n", "  ", "x", "2024"]
    made_up = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    for new, old in before.items():
        for text in _texts() + made_up:
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], (new.pattern[:40], text)


def test_odd_space_set_is_what_the_category_pattern_matched_on_every_code_point():
    import sys

    old = re.compile(r"[^\S \t\n\r\f\v\xa0]|\u200b")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert bool(sentences._ODD_SPACE.match(char)) == bool(old.match(char)), hex(code)


def test_paragraph_tail_by_rstrip_is_where_the_tail_pattern_began():
    old = re.compile("[" + re.escape(sentences._TAIL_CHARS) + "]*$")
    rng = random.Random(9)
    pieces = [".", "!", "?", ";", "”", '"', "'", ")", "]", "’", "a", " ", "…", "》", "\n", "x."]
    bodies = [text[s:e].rstrip() for text in _texts() for s, e in sentences._paragraphs(text)]
    bodies += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))).rstrip() for _ in range(5000)]
    for body in bodies:
        assert len(body.rstrip(sentences._TAIL_CHARS)) == old.search(body).start(), body


def test_furniture_lines_are_the_same_without_searching_lines_that_lack_a_needed_string():
    pats = sentences._patterns()
    rng = random.Random(4)
    pieces = ["Live", "|", " | ", ":", "via", " via ", "Key points", "KCNA", "Reuters", " ", "a", "A", "12:05", "x"]
    lines = [text[s:e].strip() for text in _texts() for s, e in sentences._paragraphs(text)]
    lines += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))).strip() for _ in range(5000)]
    for name, needed in sentences._NEEDED.items():
        for line in lines:
            if needed not in line:
                assert pats[name].search(line) is None, (name, line)


def test_glued_sentences_are_cut_where_the_look_arounds_cut_them():
    old = re.compile(r"(?<=[a-z0-9]{2}[.!?])(?=[A-Z][a-z])|(?<=\d[.!?])(?=[A-Z][a-z])")
    rng = random.Random(6)
    pieces = ["troops", ".", "!", "?", "The", "In", "A", "US", "8", "٣", "é", " ", "x", "Oct", "e.g", "\n"]
    texts = _texts() + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(5000)]
    for text in texts:
        for _ in range(3):
            s = rng.randint(0, len(text))
            e = rng.randint(s, len(text))
            expected = [m.start() for m in old.finditer(text, s, e)]
            assert [m.end() for m in sentences._GLUED.finditer(text, max(s - 1, 0), e)] == expected, (text, s, e)


def test_possessive_ending_by_endswith_is_what_the_pattern_matched():
    from claimbrief.extract import places

    old = re.compile(r"(?:[’']s|[’'])$")
    rng = random.Random(8)
    pieces = ["a", "s", "S", "'", "’", "Farmers", "Kenya", "-", "x", "é"]
    words = [w for text in _texts() for w in text.split()]
    words += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(20000)]
    for word in words:
        found = old.search(word)
        assert places._possessive_end(word) == (len(found.group()) if found else 0), word
        assert word[:len(word) - places._possessive_end(word)] == old.sub("", word), word


def test_runs_without_a_line_break_or_dash_hold_no_run_break():
    from claimbrief.extract import places

    rng = random.Random(2)
    pieces = ["Port", "ville", " ", "  ", "\t", "A", "-", "–", "—", "\n", "•", "*", "x"]
    for _ in range(20000):
        run = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        if not any(c in run for c in "\n-–—"):
            assert places._RUN_BREAK.search(run) is None, run


def test_a_printable_run_without_a_space_is_one_word():
    # the shortcut of the places' token loop (and of _states_in_run): such a run is one \S+
    import sys

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char.isprintable() and char != " ":
            assert re.fullmatch(r"\S", char), hex(code)


def test_ascii_word_runs_are_the_unicode_word_runs_of_an_ascii_text():
    from claimbrief.extract import claims

    for code in range(128):  # \w of ASCII by table or by Unicode look-up: the same characters
        assert bool(claims._WORD_RUN.match(chr(code))) == bool(claims._WORD_RUN_ASCII.match(chr(code))), code
    for text in _texts():
        if text.isascii():
            assert claims._WORD_RUN_ASCII.findall(text.lower()) == claims._WORD_RUN.findall(text.lower())


def test_the_ascii_date_pattern_matches_what_the_date_pattern_matches_in_plain_ascii():
    from claimbrief.extract import dates

    unicode, ascii_only = dates._patterns()["date"], dates._patterns()["date_ascii"]
    rng = random.Random(12)
    vocabulary = ["in", "the", "last", "week", "on", "Monday", "March", "3", "2024", "Q3", "first", "half", "of",
                  "since", "early", "two", "days", "ago", "later", "this", "year", "fiscal", "FY25", "-", "–", ",",
                  ".", "a", "few", "months", "Christmas", "x", "Kelvin", "is", "\x1c", "\t", "\n", "12:05", "GMT"]
    texts = [t for t in _texts() if t.isascii()]
    texts += [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 14))) for _ in range(5000)]
    checked = 0
    for text in texts:
        start = rng.randint(0, len(text) // 2)
        if dates._plain_ascii(text, max(start - 1, 0), len(text)):
            checked += 1
            assert [(m.span(), m.groupdict()) for m in ascii_only.finditer(text, start)] == \
                [(m.span(), m.groupdict()) for m in unicode.finditer(text, start)]
    assert checked > 1000


def test_no_locative_phrase_ends_a_window_the_quick_test_rules_out():
    from claimbrief.extract import places

    pattern = places._patterns()["locative"]
    rng = random.Random(13)
    vocabulary = ["in", "near", "the", "northern", "part", "of", "In", "NEAR", "outskirts", "x", "—", "\n", "  ", "é", "to"]
    texts = _texts() + [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 8))) + rng.choice(["", " ", "\n"])
                        for _ in range(5000)]
    for text in texts:
        for a in [m.start() for m in re.finditer(r"[A-Z]", text)] + [len(text)]:
            lo = max(0, a - 40)
            if pattern.search(text, lo, a):
                assert places._may_end_locative(text[lo:a]), (text[lo:a],)


def _states_in_run_the_long_way(run: str) -> tuple:
    """extract._states_in_run as it was written before the per-word memo of its tokens."""
    from claimbrief.extract import capital_index, country_index, demonym_index, fold
    from claimbrief.extract import _first_words_of_states

    countries, demonyms, capitals = country_index(), demonym_index(), capital_index()
    tokens = [m.span() for m in re.finditer(r"\S+", run)]
    found, i = [], 0
    while i < len(tokens):
        head = fold(run[tokens[i][0]:tokens[i][1]]).split()
        longest = min(4, len(tokens) - i) if not head or head[0] in _first_words_of_states() else 1
        for n in range(longest, 0, -1):
            a, b = tokens[i][0], tokens[i + n - 1][1]
            words = run[a:b].rstrip("’'s").rstrip("’'")
            key = fold(words)
            code = (countries.get(key) or (None,))[0] or demonyms.get(key) or capitals.get(key)
            if code:
                found.append((code, a, words))
                i += n
                break
        else:
            i += 1
    return tuple(found)


def test_states_named_in_a_run_are_the_long_ways():
    import claimbrief.extract as extract
    from claimbrief.extract.actors import capitalised_runs, forget_article

    extract.load_indexes()
    runs = {run for text in _texts() for _, _, run in capitalised_runs(text)}
    runs |= {"Freedonia's", "North Korean", "South Korea's", "The Democratic Republic of the Congo",
             "New Zealand’s Prime Minister", "Russian-occupied", "’s", "Washington DC", "Greater Seoul",
             "Côte d’Ivoire", "the United States", "Kyiv Moscow Beijing", "Papua New Guinea", "UK US"}
    forget_article()
    for run in sorted(runs):
        assert extract._states_in_run(run) == _states_in_run_the_long_way(run), run

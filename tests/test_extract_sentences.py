"""Sentence boundaries and blocks."""

from claimbrief.extract.sentences import is_caption, split_sentences


def _texts(text, title=None):
    return [s["text"] for s in split_sentences(text, title)]


def test_glued_sentence_after_abbreviated_date_is_split():
    text = "Headline here\n\nThe trial opened on Oct. 8.In a statement, the board said it would cooperate."
    assert _texts(text)[1:] == ["The trial opened on Oct. 8.", "In a statement, the board said it would cooperate."]


def test_abbreviations_do_not_end_sentences():
    text = "Headline here\n\nAssistant U.S. Attorney Laura Bryce spoke to Dr. Smith on Oct. 15 in court. He left."
    assert _texts(text)[1:] == ["Assistant U.S. Attorney Laura Bryce spoke to Dr. Smith on Oct. 15 in court.", "He left."]


def test_blocks_headline_caption_body():
    text = ("Storm hits coast\n\nRescuers search a house in Palu. Photo: Jane Doe/Wire\n\n"
            "The storm struck on Monday. Ten people died.")
    rows = split_sentences(text, "Storm hits coast")
    assert [r["block"] for r in rows] == ["headline", "caption", "furniture", "body", "body"]  # the credit is furniture


def test_wire_credit_as_last_sentence_makes_a_caption():
    assert is_caption("Soldiers patrol a street in Gao, northern Mali. Reuters..")
    assert is_caption("A man leaves the courthouse, Oct. 23, 2024. REUTERS/Maya Ortiz")
    assert not is_caption("The minister said the toll had risen, she told Reuters.")


def test_spans_index_the_text():
    text = "Headline\n\nOne sentence here. Another one follows."
    for row in split_sentences(text):
        assert text[row["start"]:row["end"]] == row["text"]


def test_page_furniture_is_a_block_of_its_own():
    text = ("Ferry sinks off the coast\n\n"
            "By Jane Roe and Amit Das\n\n"
            "PORTVILLE, May 4 (Meridian) - A ferry sank on Saturday, the coastguard said.\n\n"
            "Rescue under way\n\n"
            "Divers searched the wreck overnight.\n\n"
            "14:05 GMT\n\n"
            "Read more:\n\nFerry safety in the region\nWhy overloading persists\n\n"
            "Media contact: press@coastguard.example\n\n"
            "(Reporting by Jane Roe; Editing by Tom Hart)\n\n"
            "(end)")
    rows = split_sentences(text, "Ferry sinks off the coast")
    blocks = {r["text"]: r["block"] for r in rows}
    assert blocks["By Jane Roe and Amit Das"] == "furniture"
    assert blocks["PORTVILLE, May 4 (Meridian) - A ferry sank on Saturday, the coastguard said."] == "body"
    assert blocks["Rescue under way"] == "furniture"  # a cross-head
    assert blocks["Divers searched the wreck overnight."] == "body"
    for line in ("14:05 GMT", "Read more:", "Ferry safety in the region", "Why overloading persists",
                 "Media contact: press@coastguard.example", "(Reporting by Jane Roe; Editing by Tom Hart)", "(end)"):
        assert blocks[line] == "furniture", line


def test_sentences_that_only_look_like_furniture_stay_in_the_story():
    text = ("Talks resume\n\nBy Tuesday, the talks had resumed. Updated figures showed 40 people died in the floods.\n\n"
            "This is the worst flood in a decade, the mayor said.")
    assert [r["block"] for r in split_sentences(text)] == ["headline", "body", "body", "body"]


def test_a_station_ident_is_furniture():
    text = ("Volcano erupts\n\nThis is the English Service of Radio Meridian. I'm Ana Cruz with the news. "
            "A volcano erupted on Monday, officials said.")
    assert [r["block"] for r in split_sentences(text)] == ["headline", "furniture", "furniture", "body"]


def test_a_title_abbreviation_does_not_end_a_sentence():
    text = "Troops withdraw\n\nLt. Gen. Ivan Roe said the troops had withdrawn. Col. Ana Diaz agreed."
    assert _texts(text)[1:] == ["Lt. Gen. Ivan Roe said the troops had withdrawn.", "Col. Ana Diaz agreed."]


def test_more_furniture_forms():
    text = ("Results beat forecasts\n\nPicture: Jane Roe/Harbour Times\n\nLive | Last updated 14:20 GMT\n\n"
            "Key points:\n- Profit rose 41%\n- Sales fell\n\nFOR IMMEDIATE RELEASE\n\n"
            "The company said profit rose.\n\n($1 = 1,425.6 won)\n\nBy Jane Roe.\n\n"
            "Translated from Ukrainian by Iryna Bond\n\nJane Roe, Press Officer\nTel: +264 61 208 7000\n"
            "Email: media@ministry.example")
    blocks = {r["text"]: r["block"] for r in split_sentences(text)}
    assert blocks["The company said profit rose."] == blocks["- Profit rose 41%"] == "body"  # key points are the story
    for line in ("Picture: Jane Roe/Harbour Times", "Live | Last updated 14:20 GMT", "Key points:",
                 "FOR IMMEDIATE RELEASE", "($1 = 1,425.6 won)", "By Jane Roe.", "Translated from Ukrainian by Iryna Bond",
                 "Tel: +264 61 208 7000", "Email: media@ministry.example"):
        assert blocks[line] == "furniture", line


def test_a_cross_head_run_into_the_next_sentence_is_split():
    text = "Floods hit the north\n\nRescue under way The army said on Monday that 40 people had been rescued."
    assert _texts(text)[1:] == ["Rescue under way", "The army said on Monday that 40 people had been rescued."]
    assert [r["block"] for r in split_sentences(text)][1:] == ["furniture", "body"]
    kept = "Floods hit the north\n\nThe Lord of The Rings opened in London. Voice of The people won an award."
    assert _texts(kept)[1] == "The Lord of The Rings opened in London."


# The shortcuts that spare syntok (sentences._sentence_spans) must give exactly syntok's spans.

def _ends_trimmed(chunk, spans):
    # syntok ends a paragraph's last sentence after its trailing spaces; the stage strips them
    return [(a, a + len(chunk[a:b].rstrip())) for a, b in spans]


def _assert_same_as_syntok(chunk):
    from claimbrief.extract import sentences

    fast, slow = sentences._sentence_spans(chunk), sentences._syntok_spans(chunk)
    assert _ends_trimmed(chunk, fast) == _ends_trimmed(chunk, slow), chunk


def test_sentence_shortcuts_agree_with_syntok_on_the_fixtures():
    from pathlib import Path

    from claimbrief.extract.sentences import _paragraphs

    root = Path(__file__).parent / "fixtures"
    paths = sorted(root.rglob("*.txt")) + sorted((Path(__file__).parents[1] / "seeds").glob("*.txt"))
    for path in (p for p in paths if "holdout" not in p.parts):  # the holdout set is for scoring only
        text = path.read_text(encoding="utf-8")
        for start, end in _paragraphs(text):
            _assert_same_as_syntok(text[start:end])


def test_sentence_shortcuts_agree_with_syntok_on_made_up_paragraphs():
    import random

    rng = random.Random(11)
    lower = ["the", "troops", "said", "no", "etc", "vs", "approx", "may", "mar", "ago", "de", "in", "x", "a", "e", "st",
             "year's", "don't", "re-elected", "2,500", "9.8", "4", "444", "a.m", "p.m"]
    upper = ["The", "He", "It", "A", "I", "II", "IV", "In", "However", "Smith", "U.S.", "Mr.", "Dr.", "St.", "B52", "Jan.",
             "May", "No.", "X", "Long-term", "I'm", "Doesn't", "FEA's", "Kessler’s", "McDonald", "REUTERS/Maya", "Oct", "NO"]
    other = ["3.5", "2024", "12", "1,200", "e.g.", "x.y", "a.B", "(FEA)", "(see below.)", "($1 = 1.4 won)", "[1]", "(a; B)",
             "-(", "—)", "“quoted”", "'s", "(Meridian) -", "p.m.,", "S.A.,", "—", ",", ":", "“", "\"", "...", "Élan",
             "(" + "w " * 30 + ")", "8.In", "(The " + "w " * 34 + "end.)", "(" + "a, " * 15 + ")", "(" + "a," * 22 + ")",
             # brackets before a terminal, and an opening bracket after one (the cuts made past them)
             "(Smith)", "(The", "end)", "(x)", "(FEA),", "(FEA);", "(FEA):", "(", ")", "{A}", "(A", "B)", "(he said)"]
    ends = [".", ".", "?", "!", ";", ".\"", ".”", ".’", "...", ":", ",", "", ".,", ".\","]
    for _ in range(3000):
        sentences = []
        for _ in range(rng.randint(1, 4)):
            words = [rng.choice(rng.choice([lower, lower, upper, other])) for _ in range(rng.randint(1, 10))]
            if rng.random() < 0.3:
                words[0] = rng.choice(["\"", "“", "‘", "("]) + words[0]
            sentences.append(" ".join(words) + rng.choice(ends))
        _assert_same_as_syntok(rng.choice([" ", "  ", "\n"]).join(sentences) + rng.choice(["", " "]))

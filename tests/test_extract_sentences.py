"""Sentence boundaries and blocks."""

import pytest

from claimbrief.extract.sentences import is_caption, is_furniture, split_sentences


def _blocks(text, title):
    """Each sentence's text -> its block."""
    return {r["text"]: r["block"] for r in split_sentences(text, title)}


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
            "The company said profit rose.\n\n($1 = 1,300.0 won)\n\nBy Jane Roe.\n\n"
            "Translated from Ukrainian by Iryna Bond\n\nJane Roe, Press Officer\nTel: +264 61 208 7000\n"
            "Email: media@ministry.example")
    blocks = {r["text"]: r["block"] for r in split_sentences(text)}
    assert blocks["The company said profit rose."] == blocks["- Profit rose 41%"] == "body"  # key points are the story
    for line in ("Picture: Jane Roe/Harbour Times", "Live | Last updated 14:20 GMT", "Key points:",
                 "FOR IMMEDIATE RELEASE", "($1 = 1,300.0 won)", "By Jane Roe.", "Translated from Ukrainian by Iryna Bond",
                 "Tel: +264 61 208 7000", "Email: media@ministry.example"):
        assert blocks[line] == "furniture", line


def test_a_tables_rows_set_with_bars_are_the_story_and_its_header_furniture():
    text = ("Cases fall\n\nCases and deaths by state, week 12\nState | Cases | Deaths\nAlpha | 2,310 | 9\n"
            "Beta | 480 | 3\n\nLive | Last updated 14:20 GMT")
    blocks = {r["text"]: r["block"] for r in split_sentences(text)}
    assert blocks["Alpha | 2,310 | 9"] == blocks["Beta | 480 | 3"] == "body"
    assert blocks["State | Cases | Deaths"] == blocks["Live | Last updated 14:20 GMT"] == "furniture"


def test_a_tables_rows_set_with_dashes_are_the_story_not_stamps_nor_entries():
    text = ("Alpha wins\n\nResults by party (votes, share, seats):\n\nALP – 1,204,113 – 30.2% – 61\n\n"
            "Beta Union – 902,400 – 22.6% – 44\n\nGreens – 301,950 – 7.6% – 12\n\nSource: Tarnow Election Office\n\n"
            "Turnout was 61.2 percent.\n\nJane Roe – 12 October 2026 – 10:42")
    blocks = _blocks(text, "Alpha wins")
    assert blocks["ALP – 1,204,113 – 30.2% – 61"] == blocks["Beta Union – 902,400 – 22.6% – 44"] == \
        blocks["Greens – 301,950 – 7.6% – 12"] == "body"
    # (a byline's dashes stay the page's)
    assert blocks["Jane Roe – 12 October 2026 – 10:42"] == "furniture"


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


def _block_of(line: str, at: int = 1) -> str:
    """The block a line gets standing as a paragraph of its own inside a short story."""
    body = ["The army said on Monday that 40 soldiers had crossed the river near the town.",
            "The ministry said the figure could rise as more bodies were found in the area.",
            "More than 200 people have been evacuated from the villages near the river.",
            "Rescue teams from three provinces were sent to the area on Tuesday, the agency said.",
            "The governor said schools in the district would stay closed until further notice."]
    text = "\n\n".join(["Troops cross the river, officials say"] + body[:at] + [line] + body[at:])
    start = text.index("\n\n" + line + "\n\n") + 2
    return "/".join(r["block"] for r in split_sentences(text) if start <= r["start"] and r["end"] <= start + len(line))


def test_what_the_page_says_about_itself_is_furniture():
    for line in ("Jane Roe contributed reporting from Kyiv.", "— Jane Roe contributed to this report.",
                 "The Meridian agency contributed to this report.", "This story has been updated with comments from the ministry.",
                 "This article was originally published in Korean.", "This is a developing story.",
                 "An earlier version of this article misstated the date of the attack.", "We will update this story as more details become available.",
                 "Correction: An earlier version of this article misstated the date.", "This article first appeared in the Harbour Times.",
                 "Copyright © 2024 Harbour Times", "Copyright 2024 The Harbour Times. All rights reserved.", "(C) 2024 Harbour Times",
                 "— Harbour Times staff", "-- Meridian", "More details to follow.", "-END-", "Sign up for our morning briefing.",
                 "For media enquiries, please contact the press office.", "[Reporting by Jane Roe; Editing by John Doe]",
                 "Full results and table, page 46", "Continued on page 5", "*This story has been updated.*",
                 "_Jane Roe contributed reporting._", "For Radio Meridian, I'm Jane Roe in Seoul.",
                 "Jane Roe reporting for Radio Meridian.", "That's all for this bulletin.", "Seoul — December 2, 2024",
                 "edited by Jane Roe", "By staff reporters.", "Staff and agencies.", "Here is what we know so far:",
                 "Listen to this article", "Share this article", "Jane Roe | jroe@example.org",
                 "(Reporting by Jane Roe in Seoul, Tom Hart in Kyiv and John Doe in Washington; Editing by Mary Major and Peter Minor)"):
        assert set(_block_of(line).split("/")) == {"furniture"}, line


def test_a_line_that_is_only_a_time_stamp_or_a_dateline_is_furniture():
    for line in ("Tue 24 Dec 2024 10.42 GMT", "Dec. 24, 2024 at 10:42 a.m. EST", "Last modified on Tue 24 Dec 2024 10.42 GMT",
                 "Updated December 24, 2024 at 10:42 a.m.", "December 24, 2024", "2 hours ago", "5 min read",
                 "SEOUL, Dec. 23 (Meridian) --", "Seoul, December 23", "Filed at 10:42 GMT"):
        assert _block_of(line) == "furniture", line
    # a line of news with a date in it stays in the story
    for line in ("Dec. 24, 2024 was the coldest day of the year in Seoul.", "Copyright cases rose 20% in 2024, the court said.",
                 "The report was published on Monday by the agency.", "Germany contributed 40 troops to the mission."):
        assert "furniture" not in _block_of(line), line


def test_a_photo_credit_makes_a_caption_anywhere_in_the_story():
    for line in ("A soldier walks past a destroyed building in the region on December 20. (Jane Roe/AFP)",
                 "Rescuers search the rubble on Tuesday. Jane Roe/AFP via Getty Images",
                 "Rescuers search the rubble on Tuesday. REUTERS/Jane Roe",
                 "FILE - Soldiers march on October 10, 2020. (AP Photo/Jane Roe, File)",
                 "Pictured: rescuers search the rubble on Tuesday.",
                 "This photo, released by the army, shows soldiers in the region. (PHOTO NOT FOR SALE) (Meridian)"):
        for at in (1, 4):
            assert _block_of(line, at).split("/")[0] == "caption", (line, at)
    # a slash or a colon in a sentence of the story is no credit
    assert _block_of("Talks on the 2024/25 budget resumed on Monday, officials said.", 4) == "body"
    assert _block_of("Above all, the ministry said, the roads must reopen.", 4) == "body"


def test_a_kicker_a_deck_and_a_byline_around_the_headline():
    body = "\n\nSEOUL, Dec 2 (Meridian) - Soldiers have been killed, the agency said on Monday.\n\nThe ministry said the figure could rise."
    blocks = lambda head: [r["block"] for r in split_sentences(head + body)][:-2]
    assert blocks("BREAKING\n\nTroops killed near the border, officials say") == ["furniture", "headline"]
    assert blocks("World | Asia\n\nTroops killed near the border, officials say") == ["furniture", "headline"]
    assert blocks("By Jane Roe\n\nTroops killed near the border, officials say") == ["furniture", "headline"]
    # a deck: a second headline line under the first, without a full stop
    assert blocks("Troops killed near the border\n\nFirst deaths confirmed as the army reports heavy losses") == ["headline", "headline"]
    # a byline without "By" in the slot under the headline
    for byline in ("Jane Roe, Seoul correspondent", "Jane Roe and John Doe", "Staff Reporter", "From our correspondent in Seoul"):
        assert blocks("Troops killed near the border\n\n" + byline) == ["headline", "furniture"], byline
    # a headline with no kicker keeps the first line; a lede under it stays the story
    assert blocks("Troops killed near the border") == ["headline"]


def test_a_note_on_the_writer_at_the_foot_is_furniture():
    story = ("Troops cross the river\n\nThe army said on Monday that 40 soldiers had crossed the river.\n\n"
             "Jane Roe is the Harbour Times' Seoul bureau chief, the paper said in a note.\n\n"
             "The ministry said the figure could rise.\n\nMore than 200 people were evacuated.\n\n"
             "The governor said schools would stay shut.\n\nJane Roe is a Seoul-based correspondent covering North Korea.")
    blocks = {r["text"]: r["block"] for r in split_sentences(story)}
    assert blocks["Jane Roe is a Seoul-based correspondent covering North Korea."] == "furniture"
    # the same words in the story's middle are the story's
    assert blocks["Jane Roe is the Harbour Times' Seoul bureau chief, the paper said in a note."] == "body"


def test_a_commentarys_note_on_its_writer_and_its_own_notes_are_furniture():
    story = ("What the deaths mean\n\nBy Jane Roe\n\nThe army said on Monday that 40 soldiers had crossed the river.\n\n"
             "The ministry said the figure could rise.\n\nMore than 200 people were evacuated.\n\n"
             "Jane Roe is a senior fellow at the Centre for Strategic Studies.\n\n"
             "The views expressed in this article are the author's own.\n\nContact the author: jroe@example.org")
    blocks = {r["text"]: r["block"] for r in split_sentences(story)}
    assert blocks["Jane Roe is a senior fellow at the Centre for Strategic Studies."] == "furniture"
    assert blocks["The views expressed in this article are the author's own."] == "furniture"
    assert blocks["Contact the author: jroe@example.org"] == "furniture"
    assert _block_of("Follow us on Telegram for the latest updates.") == "furniture"
    # an expert the story quoted, or introduces and then quotes, is the story's
    quoted = ("Dam holds\n\nOfficials said the dam had held.\n\n\"The water rose fast,\" said Tom Smith, a hydrologist.\n\n"
              "Tom Smith is a professor of hydrology at Eastvik University.")
    assert split_sentences(quoted)[-1]["block"] == "body"
    introduced = ("Dam holds\n\nOfficials said the dam had held.\n\nTom Smith is a professor of hydrology at Eastvik University."
                  "\n\n\"The dam was old,\" he said.")
    assert [r["block"] for r in split_sentences(introduced)][-2] == "body"


def test_a_date_in_page_furniture_dates_the_page_not_an_event():
    import datetime as dt

    from claimbrief.article import make_article
    from claimbrief.extract import extract_rows

    text = ("Troops cross the river\n\nBy Jane Roe December 4, 2024 6:42 PM 3 min read\n\n"
            "The army said on Tuesday that 40 soldiers had crossed the river.")
    dates = extract_rows(make_article(text, title="Troops cross the river", published=dt.date(2024, 12, 4)))["dates"]
    stamp = next(d for d in dates if d["mention"].startswith("December 4"))
    assert stamp["resolved"] == "2024-12-04" and stamp["event"].startswith("publication")
    story = next(d for d in dates if "Tuesday" in d["mention"])
    assert not story["event"].startswith("publication")


def test_a_standfirst_between_the_headline_and_the_byline_is_headline_sentence_by_sentence():
    text = ("Troops Are Dying in the War. The Capital Isn't Saying So.\n\n"
            "The leader has sent thousands of soldiers. The first casualties are now being counted.\n\n"
            "By Jane Roe and Tom Hart\n\nWASHINGTON — Soldiers sent to the front have begun to die, officials said.")
    rows = split_sentences(text, "Troops Are Dying in the War. The Capital Isn't Saying So.")
    assert [r["block"] for r in rows] == ["headline", "headline", "headline", "furniture", "body"]
    assert rows[0]["text"] == "Troops Are Dying in the War. The Capital Isn't Saying So."  # the headline stays whole
    # with no byline under it, the paragraph after the headline is the story's
    plain = split_sentences("Troops cross the river\n\nThe army said 40 soldiers crossed. More may follow.\n\nOfficials said so.")
    assert [r["block"] for r in plain] == ["headline", "body", "body", "body"]


def test_a_line_that_introduces_a_quotation_stays_in_the_story():
    # "Kovalenko said:" opens the quotation below it; a label ("Key facts:") says nothing
    for line in ("Kovalenko said:", "He added:", "The minister told reporters:"):
        assert _block_of(line) == "body", line
    rows = split_sentences("Troops killed\n\nThe ministry said so. (END)\n\nMore was said.")
    assert [r["block"] for r in rows] == ["headline", "body", "furniture", "body"]


def test_a_related_topics_line_is_furniture():
    text = "Floods hit the north\n\nTwelve people died, officials said.\n\nRelated topics: Floods, Ruritania\n\nMore stories: rains"
    blocks = {s["text"]: s["block"] for s in split_sentences(text, "Floods hit the north")}
    assert blocks["Related topics: Floods, Ruritania"] == "furniture" and blocks["More stories: rains"] == "furniture"
    assert blocks["Twelve people died, officials said."] == "body"


def test_a_state_agencys_dateline_is_one_furniture_sentence():
    text = "Talks stall\n\nMOSCOW, December 17. /TASS/. The spokesman declined to comment on the reports."
    rows = split_sentences(text, "Talks stall")
    assert [(r["text"], r["block"]) for r in rows[1:]] == [
        ("MOSCOW, December 17. /TASS/.", "furniture"), ("The spokesman declined to comment on the reports.", "body")]


def test_an_explainers_question_over_its_answer_is_a_crosshead_not_an_interviewers():
    text = ("What we know\n\nSeoul says 100 soldiers were killed.\n\nHow many troops has Freedonia sent?\n\n"
            "Officials estimate about 11,000.")
    blocks = {s["text"]: s["block"] for s in split_sentences(text, "What we know")}
    assert blocks["How many troops has Freedonia sent?"] == "furniture"
    # an interview the source gave an outlet makes no interview of the explainer
    text = ("What we know\n\nThe president, speaking to Meridian in an interview published Sunday, said 100 soldiers "
            "were killed.\n\nHere's what we know so far.\n\nHow many troops has Freedonia sent?\n\n"
            "Officials estimate about 11,000.")
    blocks = {s["text"]: s["block"] for s in split_sentences(text, "What we know")}
    assert blocks["How many troops has Freedonia sent?"] == blocks["Here's what we know so far."] == "furniture"
    # an interview's questions are the interviewer's: none is a cross-head
    for lede in ("In an interview, the minister defended the count.", "The minister spoke on Monday."):
        text = f"Minister speaks\n\n{lede}\n\nWill there be more troops?\n\nNo.\n\nHow did you count them?\n\nBy bus."
        blocks = {s["text"]: s["block"] for s in split_sentences(text, "Minister speaks")}
        assert blocks["Will there be more troops?"] == "body"


def test_short_lines_with_no_stop_after_the_story_are_the_pages_foot():
    story = ("Dam holds\n\nOfficials said on Monday that the dam had held.\n\nRescue teams were sent to three districts.\n\n"
             "Most Read\n\nJane Roe in Seoul\n\n(Reporting by Jane Roe; Editing by John Doe)\n\nWith inputs from agencies")
    blocks = {r["text"]: r["block"] for r in split_sentences(story)}
    assert blocks["Rescue teams were sent to three districts."] == "body"
    assert blocks["Most Read"] == blocks["Jane Roe in Seoul"] == blocks["With inputs from agencies"] == "furniture"
    # a line with a number may be a result or a table's row: left to the story
    results = "Vote count\n\nThe commission said the count was over.\n\nUnity Party 48 seats"
    assert split_sentences(results)[-1]["block"] == "body"


def test_notes_on_a_translation_its_writer_and_pointers_are_furniture():
    assert _block_of("Translated from the Kazakh by Jane Roe.") == "furniture"
    assert _block_of("Translation: Jane Roe.") == "furniture"
    assert _block_of("Disclaimer: The views in this piece are the writer's own.") == "furniture"
    assert _block_of("Read the full report here.") == "furniture"
    assert _block_of("- Meridian") != "furniture"  # no agency the lexicon knows: maybe a list item
    assert _block_of("- Reuters") == "furniture"
    story = ("What the deaths mean\n\nThe army said on Monday that 40 soldiers had crossed the river.\n\n"
             "The ministry said the figure could rise.\n\n"
             "The author is a professor of international relations at Eastvik University.")
    assert split_sentences(story)[-1]["block"] == "furniture"
    # a sentence of the story that says where to read more is no pointer
    assert _block_of("Officials said residents could read the evacuation plan here and online.") == "body"


@pytest.mark.parametrize("line", [
    "Jane Roe is director of the Korea Program at the Centre for Strategic Studies.",
    "Jane Roe, a senior fellow at the Centre for Strategic Studies, is the author of \"The Hermit State\".",
    "Jane Roe previously served as a deputy national security adviser.",
    "This commentary was originally published by the Lowland Herald.",
    "This analysis is part of the Centre's series on the war.",
    "Commentary is produced by the Centre, a nonpartisan research institution.",
    "The Centre for Strategic Studies does not take specific policy positions.",
    "Accordingly, all views, positions, and conclusions expressed in this publication should be understood "
    "to be solely those of the author(s).",
])
def test_a_think_tanks_notes_at_the_foot_of_a_commentary_are_furniture(line):
    story = ("What the deaths mean\n\nBy Jane Roe\n\nThe army said on Monday that 40 soldiers had crossed the river.\n\n"
             "The ministry said the figure could rise.\n\nMore than 200 people were evacuated.")
    rows = split_sentences(story + "\n\n" + line)
    assert {r["block"] for r in rows if r["start"] >= len(story)} == {"furniture"}


@pytest.mark.parametrize("kicker", ["Commentary", "Critical Questions", "Perspective", "Op-Ed"])
def test_a_think_tanks_or_papers_format_over_the_headline_is_a_kicker(kicker):
    text = (kicker + "\n\nWhat the river crossing means\n\nBy Jane Roe\n\n"
            "The army said on Monday that 40 soldiers had crossed the river.\n\nThe ministry said the figure could rise.")
    blocks = [r["block"] for r in split_sentences(text)]
    assert blocks[:3] == ["furniture", "headline", "furniture"]


@pytest.mark.parametrize("line", [
    "Aktau, March 12 (Kazinform).", "Aktau, 12 March 2024.", "Almaty. March 12. KazTAG –",
    "Text: Jane Roe.", "Reporter: Jane Roe.", "Translated from Russian.", "(Translated from Russian)",
    "Original in Kazakh.", "Machine translation, edited by staff.", "Photo: Reuters.", "(Photo: Jane Roe/Harbour Times)",
    "PHOTO: ESO/L. Calcada",
])
def test_a_translated_pieces_dateline_and_notes_are_furniture(line):
    assert set(_block_of(line, at=0).split("/")) == {"furniture"}  # (some are cut at their stops)
    assert set(_block_of(line, at=2).split("/")) == {"furniture"}


@pytest.mark.parametrize("label", ["Writer", "Byline"])
def test_a_writer_labelled_under_the_standfirst_is_furniture(label):
    text = ("Alpha Air swings to quarterly profit\n\nCabin factor slips as the carrier adds flights\n\nBUSINESS / AVIATION\n\n"
            f"Posted: 2 Mar 2026 at 17:45\n\n{label}: Jane Roe\n\n"
            "Alpha Air swung to a profit in the first half, the airline said on Monday.")
    rows = split_sentences(text)
    assert next(r["block"] for r in rows if r["text"].startswith(label)) == "furniture"


def test_a_caption_that_describes_is_no_credit():
    assert _block_of("Photo: Rescuers search the rubble in Palu.", at=0) == "caption"


def test_a_dateline_in_capitals_with_accents_standing_alone_is_furniture():
    assert _block_of("SÃO PAULO, Dec. 3 (AFP) --", at=0) == "furniture"
    assert _block_of("BOGOTÁ, Dec. 3. /TASS/.", at=0) == "furniture"


@pytest.mark.parametrize("credit", [
    "(Photo by Jane Roe/Wire Images)", "[Photo by Jane Roe]", "(Courtesy of the General Staff)", "Courtesy of the Defence Ministry",
    "Photo courtesy of the brigade", "Photo by Jane Roe / Harbour Times", "© Jane Roe", "Photo © Harbour Times",
    "Harbour Times file", "Meridian photo", "Representational image", "File picture", "(File photo)",
    "(Illustrative purposes only)", "(Screenshot: Telegram)", "Screengrab/Telegram", "[MERIDIAN/HARBOUR]", "[MERIDIAN]",
    "Sputnik / Jane Roe", "Image credit: Ministry of Defence",
])
def test_a_caption_closed_by_a_credit_in_a_picture_desks_form_is_a_caption(credit):
    caption = "Soldiers fire a howitzer near the front line on Dec. 10, 2024. " + credit
    blocks = _block_of(caption, at=2).split("/")
    assert blocks[0] == "caption" and set(blocks[1:]) <= {"furniture"}  # the credit itself is furniture
    assert _block_of(caption, at=4).split("/")[0] == "caption"  # deep in the story too


@pytest.mark.parametrize("credit", ["Photo: Meridian", "Jane Roe/Meridian", "(Photo: General Staff)", "Photo by Jane Roe",
                                    "Meridian photo", "Getty Images", "AFP"])
def test_the_line_over_a_photos_credit_is_its_caption(credit):
    caption = "Soldiers fire a howitzer near the front line on Dec. 10, 2024."
    text = ("Troops cross the river, officials say\n\nBy Jane Roe\n\n" + caption + "\n" + credit + "\n\n"
            "The army said on Monday that 40 soldiers had crossed the river.\n\nThe ministry said the figure could rise.")
    blocks = {r["text"]: r["block"] for r in split_sentences(text)}
    assert blocks[caption] == "caption" and blocks[credit] == "furniture"


def test_a_bare_agency_closes_a_caption_above_the_story_but_not_the_story():
    story = "\n\nThe army said on Monday that 40 soldiers had crossed the river.\n\nThe ministry said the figure could rise."
    for caption in ("Soldiers fire a howitzer near the front line on Dec. 10, 2024. (Reuters)",
                    "Soldiers fire a howitzer near the front line on Dec. 10, 2024 — Reuters"):
        rows = split_sentences("Troops cross the river, officials say\n\n" + caption + story)
        assert rows[1]["block"] == "caption"
    # a story's last paragraph may end in its source's name; a story's source line at its foot
    rows = split_sentences("Troops cross the river, officials say\n\nThe talks resume next week. (Reuters)")
    assert rows[1]["block"] == "body"
    rows = split_sentences("Troops cross the river, officials say" + story + "\n\nAFP")
    assert [r["block"] for r in rows][1:3] == ["body", "body"]


@pytest.mark.parametrize("sentence", ["Pictures by residents showed flooded streets.",
                                      "Courtesy of the ministry, the team received food.",
                                      "The ministry's file photo showed the plant before the blast.",
                                      "Inflation rose to 3.1% in November (Statistics Office)."])
def test_a_sentence_about_photos_or_with_a_bracket_is_no_caption(sentence):
    assert _block_of(sentence, at=2) == "body"
    assert _block_of(sentence, at=4) == "body"


@pytest.mark.parametrize("line", [
    "This interview has been condensed and edited for clarity.", "This transcript has been edited for length and clarity.",
    "The interview has been edited for length and clarity.",
    "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
    "This live page is now closed.", "- Harbour Times staff, wires", "5 Comments", "Comments (12)",
    "Meridian's Jane Roe reported from Kyiv and John Doe from Seoul.", "Jane Roe reported from Kyiv.",
])
def test_a_pages_notes_on_itself_and_its_counters_are_furniture(line):
    assert set(_block_of(line, at=2).split("/")) == {"furniture"}


@pytest.mark.parametrize("line", [
    "Join our WhatsApp channel for the latest news.", "Catch all the latest news and updates on our app.",
    "Get the latest news delivered to your inbox.", "Download our app for breaking news alerts.",
    "Stay informed with our free newsletter.", "Support independent journalism. Donate today.",
    "Your support helps us to tell the story.", "If you value our reporting, please consider subscribing.",
    "Want more stories like this? Sign up for our newsletter.", "Have a news tip? Email us at tips@example.org.",
    "Got a story? Contact our newsroom.", "You can read our previous live coverage here.",
    "We'll bring you the latest updates as they come in.", "We are pausing our live coverage for now.",
    "Thank you for following our coverage.", "Hello, welcome back to our live coverage of the floods.",
    "Welcome back to our live coverage. This is Jane Roe with a rundown on the latest.",
    "Reporter Jane Roe has the details.", "Jane Roe has more from Seoul.", "Have storm photos? Send them to us.",
    # a live page or a bulletin minding its own business
    "Good afternoon and welcome back", "We're pausing the page now.", "Our live page on the floods has moved here.",
    "This is how the day unfolded in Portville.", "Read back over how Friday's events unfolded on our page.",
    "The latest posts are at the top.", "All times are Tarnow time.", "Times are local (EET).",
    "More news after the break.", "That's all from us for now", "Here are the main stories this evening.",
    "Translated and adapted from the Freedonian original.",
])
def test_the_page_talking_to_its_reader_is_furniture(line):
    assert set(_block_of(line, at=2).split("/")) == {"furniture"}


@pytest.mark.parametrize("line", [
    "The Pentagon has more troops in Europe than at any time since 1990.", "This is Seoul's largest deployment in decades.",
    "Stay indoors and follow official alerts.", "Contact your nearest health facility if symptoms persist.",
    "Get vaccinated, the ministry urged residents.", "Support for the ruling party fell to 31%, the poll showed.",
    "Thank you for your service, the president told the troops.", "The company's app was down for six hours on Tuesday.",
    "\"We will bring you home,\" the minister told families.", "This report is based on data from 42 hospitals.",
    "Reporter Jane Roe was injured in the blast.", "Residents were told to stay tuned to local radio for updates.",
    "Good news came for farmers when rain fell on Monday.", "All times are hard for the farmers.",
    "The times are changing, officials said.", "Welcome to Portville, the mayor told the visitors.",
])
def test_a_sentence_of_the_story_that_speaks_of_apps_support_or_reporters_stays_the_storys(line):
    assert "furniture" not in _block_of(line, at=2).split("/")


@pytest.mark.parametrize("headline", ["RESCUERS REACH CUT-OFF VILLAGES", "Rescuers reach cut-off villages | World News",
                                      "Watch: rescuers reach cut-off villages", "Updated: rescuers reach cut-off villages",
                                      "Listen: the sound of the river rising"])
@pytest.mark.parametrize("under", ["By Jane Roe", "Jane Roe, Seoul correspondent", "December 17, 2024"])
@pytest.mark.parametrize("titled", [True, False])
def test_a_headline_that_reads_as_furniture_stays_the_headline_over_a_byline_or_stamp(headline, under, titled):
    text = (headline + "\n\n" + under + "\n\nThe army said on Monday that 40 soldiers had crossed the river.\n\n"
            "The ministry said the figure could rise.")
    blocks = [r["block"] for r in split_sentences(text, headline if titled else None)]
    assert blocks[:2] == ["headline", "furniture"]


@pytest.mark.parametrize("line", ["Jane Roe, Seoul correspondent", "Jane Roe | Staff Writer", "Jane Roe - Chief Political Correspondent"])
def test_a_writers_name_and_post_without_by_is_furniture(line):
    assert _block_of(line, at=2) == "furniture"


@pytest.mark.parametrize("above", ["Home > World > Asia", "Home / News / World", "World\n\nAsia-Pacific", "LIVE\n\nUpdated 5 minutes ago",
                                   "Skip to main content\n\nWorld", "Advertisement\n\nWorld news", "World | Asia\n\nDecember 17, 2024",
                                   "Breaking\n\nExclusive", "News\nWorld\nAsia"])
@pytest.mark.parametrize("titled", [True, False])
def test_the_headline_under_several_lines_of_page_furniture_is_found(above, titled):
    headline = "Rescuers reach cut-off villages after floods"
    text = (above + "\n\n" + headline + "\n\nBy Jane Roe\n\nThe army said on Monday that 40 soldiers had crossed the river.\n\n"
            "The ministry said the figure could rise.")
    rows = split_sentences(text, headline if titled else None)
    assert [r["block"] for r in rows if r["text"] == headline] == ["headline"]
    assert {r["block"] for r in rows if r["start"] < text.index(headline)} == {"furniture"}


def test_an_initials_stop_does_not_end_a_headline():
    text = "N. Korean troops killed near border, Kyiv says | The Harbour Times\n\nSEOUL -- The army said on Monday that 40 soldiers died."
    assert split_sentences(text)[0]["block"] == "headline"


@pytest.mark.parametrize("line", [
    "Next release: 15 January 2025", "Release date: 17 December 2024", "Reference period: November 2024",
    "Note: Figures may not add up due to rounding.", "Table 1: Consumer price index, annual change", "Chart 2: Inflation by region",
    "Figure 1. New cases by week", "Situation report No. 12", "Epidemiological week 50", "Case No. 123/2024", "Page 2 of 4",
    "Before: Justice Jane Roe", "Counsel for the State: Jane Roe", "Ref: MOH/PR/2024/112", "[2024] ZAGPPHC 1234",
    "Data as of 17 December 2024", "Issued on 17 December 2024", "Judgment delivered on 17 December 2024",
    "Embargoed until 00:01 GMT, 18 December 2024", "Statement ends.", "1h ago",
])
def test_a_releases_bulletins_or_court_records_field_and_date_lines_are_furniture(line):
    assert set(_block_of(line, at=2).split("/")) == {"furniture"}


@pytest.mark.parametrize("line", [
    "Note the rise in cases among children under five.", "Volume increased by 4% in November.",
    "Before the vote, the party held 41 seats.", "Counsel for the defence argued that the evidence was weak.",
    "Table 3 shows prices rose 4%.", "Issued in 2019, the licence expires next year.", "Case numbers rose to 1,200 in the district.",
])
def test_a_sentence_that_opens_with_a_field_labels_word_stays_the_storys(line):
    assert "furniture" not in _block_of(line, at=2).split("/")


def test_an_embargo_line_over_a_news_release_is_furniture_and_the_title_the_headline():
    title = "Restored bogs may take a decade to store carbon, study finds"
    text = ("EMBARGOED until 00:01 GMT Wednesday 21 January 2026\n\n" + title + "\n\nNews release | University of the North\n\n"
            "Peat bogs can return to soaking up carbon once restored, a study found.")
    assert [r["block"] for r in split_sentences(text, title)][:3] == ["furniture", "headline", "furniture"]


@pytest.mark.parametrize("line", ["It went on:", "The statement read:", "The ministry's notice concluded:", "The agency announced:"])
def test_a_line_that_introduces_a_quotation_is_no_label(line):
    assert _block_of(line, at=2) == "body"


@pytest.mark.parametrize("line", [
    "Meridian | Dec. 17, 2024", "Kyiv • 17 December 2024, 14:22", "Dec. 17, 2024, 3:04 AM EST / Updated Dec. 17, 2024, 9:12 AM EST",
    "MERIDIAN NEWS - Dec 17, 2024 - 14:22 | World, All", "Portville, December 17 (Meridian) --", "___", "* * *",
    "https://example.org/news/2024/12/17/floods", "Link Copied!", "Illustrative photo: Jane Roe/Meridian",
    "Support independent journalism. Join us in this fight for the truth.", "Become a member today.",
])
def test_stamp_lines_in_parts_rules_addresses_and_page_tools_are_furniture(line):
    assert set(_block_of(line, at=2).split("/")) == {"furniture"}


@pytest.mark.parametrize("line", ["Shares fell 4% - the biggest drop since 2020.", "Join NATO as a full member, the minister urged.",
                                  "Kyiv / Moscow talks resume on Dec. 17"])
def test_a_sentence_with_dashes_or_slashes_and_a_date_stays_the_storys(line):
    assert "furniture" not in _block_of(line, at=2).split("/")


@pytest.mark.parametrize("head", ["Related article", "More from World", "Read next", "Most read", "Recommended for you",
                                  "You may also like", "Watch more"])
def test_the_titles_under_a_heading_of_links_without_a_colon_are_furniture(head):
    text = ("Troops cross the river, officials say\n\nThe army said on Monday that 40 soldiers had crossed the river.\n\n"
            "The ministry said the figure could rise.\n\n" + head + "\nWhy the river crossing matters so much to both of the armies\n"
            "Will the old bridge over the river hold after the worst floods in forty years of records?\n\nThe governor said schools would stay closed.")
    blocks = {r["text"]: r["block"] for r in split_sentences(text)}
    assert blocks["Why the river crossing matters so much to both of the armies"] == "furniture"
    assert blocks["Will the old bridge over the river hold after the worst floods in forty years of records?"] == "furniture"
    assert blocks["The governor said schools would stay closed."] == "body"


def test_bullets_under_a_crosshead_that_is_no_link_heading_stay_the_storys():
    text = ("Troops cross the river, officials say\n\nThe army said on Monday that 40 soldiers had crossed the river.\n\n"
            "The ministry said the figure could rise.\n\nLatest developments\n- Forty soldiers crossed the river\n"
            "- Schools stay closed\n\nThe governor said schools would stay closed.")
    blocks = {r["text"]: r["block"] for r in split_sentences(text)}
    assert blocks["- Forty soldiers crossed the river"] == "body"


@pytest.mark.parametrize("line", ["Jane Roe, Harbour TV News.", "Jane Roe, Meridian Radio News, Seoul.",
                                  "New Delhi, UPDATED: Dec 17, 2024 09:12 IST", "Portville, Updated 17 December 2024"])
def test_a_reporters_sign_off_naming_the_station_and_a_stamp_after_a_town_are_furniture(line):
    assert set(_block_of(line, at=2).split("/")) == {"furniture"}


def test_a_prompt_under_the_headline_is_no_deck():
    text = "Troops cross the river, officials say\n\nDownload the app now\n\nThe army said on Monday that 40 soldiers crossed.\n\nMore came."
    assert split_sentences(text)[1]["block"] == "furniture"


def test_a_sentence_naming_a_person_and_a_station_stays_the_storys():
    assert _block_of("Lee Min-ho, a lawmaker, told Harbour News on Tuesday.", at=2) == "body"


@pytest.mark.parametrize("line", ["Image caption, Soldiers are believed to have crossed the river at night",
                                  "Media caption: Watch: footage said to show the crossing"])
def test_a_pages_own_caption_label_makes_a_caption(line):
    assert _block_of(line, at=4).split("/")[0] == "caption"


@pytest.mark.parametrize("line", [
    "When citing and using any materials on the Internet, links to the website not lower than the first paragraph are mandatory.",
    "Any use of materials is allowed only with a hyperlink to the source.",
    "Reproduction of this article in any form is prohibited without permission.",
    "Unauthorized reproduction and redistribution prohibited.", "All content is subject to copyright.",
    "This material may not be published, broadcast, rewritten or redistributed.",
])
def test_a_pages_terms_of_reuse_are_furniture(line):
    assert _block_of(line, at=2) == "furniture"


@pytest.mark.parametrize("line", ["Citing national security, the court prohibited publication of the report.",
                                  "Reproduction of the seized documents is prohibited by law.",
                                  "Use of the materials required permission from the army."])
def test_a_sentence_on_reproduction_or_permission_in_the_story_stays_the_storys(line):
    assert _block_of(line, at=2) == "body"


@pytest.mark.parametrize("line", ["— Jane Roe (@janeroe) December 17, 2024", "pic.twitter.com/AbC123xyZ",
                                  "A post shared by Jane Roe (@janeroe)", "This content is not available in your region.",
                                  "Please enable JavaScript to view this content.", "Allow cookies to view this content."])
def test_an_embedded_posts_footer_and_an_embed_that_did_not_load_are_furniture(line):
    assert _block_of(line, at=2) == "furniture"


@pytest.mark.parametrize("line", ["This video was filmed on Tuesday near the border.",
                                  "The content of the talks was not available to reporters."])
def test_a_sentence_about_a_video_or_content_stays_the_storys(line):
    assert _block_of(line, at=2) == "body"


@pytest.mark.parametrize("tail", ["(Reporting by Jane Roe; Editing by John Doe)", "Read more: Why the river matters",
                                  "Jane Roe contributed reporting from Kyiv.", "This story has been updated.", "© 2024 Harbour Times",
                                  "(Additional reporting by Jane Roe in Seoul)", "Editing by John Doe.", "-- Meridian"])
def test_furniture_glued_after_the_storys_last_sentence_is_furniture_and_the_sentence_stays_the_storys(tail):
    blocks = _block_of("The ministry gave no figure. " + tail, at=2).split("/")
    assert blocks == ["body", "furniture"]


@pytest.mark.parametrize("sentence", ["The ministry gave no figure. By Tuesday, 40 people had died.",
                                      "The ministry gave no figure. Updated figures are expected on Friday.",
                                      "The ministry gave no figure. Sources said the talks had failed."])
def test_a_second_sentence_that_opens_like_furniture_stays_the_storys(sentence):
    assert _block_of(sentence, at=2) == "body/body"


@pytest.mark.parametrize("first", ["By Jane Roe", "December 17, 2024", "Photo: Meridian"])
@pytest.mark.parametrize("titled", [True, False])
def test_a_text_without_its_headline_takes_no_byline_stamp_or_credit_for_one(first, titled):
    text = first + "\n\nForty soldiers crossed the river, officials said.\n\nThe ministry said the figure could rise."
    rows = split_sentences(text, "Troops cross the river, officials say" if titled else None)
    assert [r["block"] for r in rows] == ["furniture", "body", "body"]


def test_a_lede_that_opens_with_a_dateline_is_no_headline():
    text = ("PORTVILLE, Dec. 17 (Meridian) -- Forty soldiers crossed the river, officials said.\n\n"
            "The ministry said the figure could rise.")
    for title in (None, "Troops cross the river, officials say"):
        assert split_sentences(text, title)[0]["block"] == "body"
    lede = "Forty soldiers crossed the river on Monday, officials said.\n\nThe ministry said the figure could rise."
    assert split_sentences(lede, "Troops cross the river, officials say")[0]["block"] == "body"


@pytest.mark.parametrize("kicker", ["World / Asia", "Asia-Pacific › Korea", "News • World"])
def test_a_section_and_its_part_over_the_headline_is_a_kicker(kicker):
    text = (kicker + "\n\nRescuers reach cut-off villages after floods\n\nBy Jane Roe\n\n"
            "The army said on Monday that 40 soldiers crossed the river.\n\nMore came.")
    assert [r["block"] for r in split_sentences(text)][:3] == ["furniture", "headline", "furniture"]


@pytest.mark.parametrize("line", ["Stay with Harbour News for updates on this developing story.", "Check back for updates.",
                                  "Refresh this page for updates.", "Check back later for more information.", "More details to come.",
                                  "For the latest news, weather, sports, and streaming video, head to Harbour News."])
def test_a_pages_promise_of_updates_is_furniture(line):
    assert _block_of(line, at=2) == "furniture"


def test_a_caption_cue_word_inside_a_sentence_makes_no_caption():
    assert _block_of("Residents shared video, photos and messages from the flooded town on Tuesday.", at=2) == "body"


def test_a_live_pages_entry_headline_under_its_time_stamp_is_a_headline():
    text = ("Floods live: rescuers reach cut-off villages\n\nLive | Updated 14:20 GMT\n\n"
            "14:20 GMT\nGovernor: 40 villages still cut off\n\nThe governor said 40 villages were still cut off.\n\n"
            "13:05 GMT\nThe army said it had sent 12 boats to the district.\n\n"
            "1h ago\nArmy sends boats to flooded district\n\nThe army said it had sent 12 boats.")
    blocks = {r["text"]: r["block"] for r in split_sentences(text)}
    assert blocks["Governor: 40 villages still cut off"] == blocks["Army sends boats to flooded district"] == "headline"
    assert blocks["14:20 GMT"] == blocks["1h ago"] == "furniture"
    assert blocks["The army said it had sent 12 boats to the district."] == "body"  # an entry's first sentence


def test_several_writers_notes_in_one_paragraph_at_the_foot_are_furniture():
    text = ("Troops cross the river, officials say\n\nThe army said on Monday that 40 soldiers had crossed the river.\n\n"
            "The ministry said the figure could rise.\n\nJane Roe is a defence correspondent for Harbour News. "
            "John Doe is a national security reporter for Harbour News.\n\nJane Doe contributed reporting from Kyiv.")
    assert [r["block"] for r in split_sentences(text)][3:5] == ["furniture", "furniture"]


@pytest.mark.parametrize("line", ["[Photo caption: Soldiers ride an armoured vehicle near the border in August. (Jane Roe / Wire)]",
                                  "Stay tuned to Harbour Radio English on 97.3 FM for updates every hour."])
def test_a_bracketed_photo_caption_label_and_a_stations_stay_tuned_with_its_frequency(line):
    blocks = _block_of(line, at=4).split("/")
    assert blocks[0] == ("caption" if "caption" in line else "furniture")


@pytest.mark.parametrize("line", ["In a time of misinformation, quality journalism is more crucial than ever.",
                                  "By subscribing, you can help us get the story right."])
def test_a_papers_appeal_for_subscribers_is_furniture(line):
    assert _block_of(line, at=2) == "furniture"


def test_a_wires_tag_glued_after_the_last_sentence_is_furniture():
    assert _block_of("The agency made the assessment in a briefing to lawmakers. (Reuters)", at=4) == "body/furniture"


def test_a_sentence_about_journalism_in_the_story_stays_the_storys():
    assert _block_of("The ministry funds quality journalism projects in rural areas.", at=2) == "body"


@pytest.mark.parametrize("line", ["The National Police said 12 people were arrested.",
                                  "A spokesman for the Federal Police said the raids continued."])
def test_a_bodys_name_running_into_police_is_no_cross_head(line):
    sentences = split_sentences("Raids across the country\n\n" + line)
    assert [s["text"] for s in sentences[1:]] == [line]
    # a cross-head glued to the next sentence is still split from it
    glued = split_sentences("Raids across the country\n\nRescue efforts continue Police said 12 people were rescued.")
    assert [s["text"] for s in glued[1:]] == ["Rescue efforts continue", "Police said 12 people were rescued."]


def test_a_councillors_abbreviated_title_does_not_end_a_sentence():
    text = "Headline here\n\nCllr. Tom Ashby said the library would close. He voted against it."
    assert _texts(text)[1:] == ["Cllr. Tom Ashby said the library would close.", "He voted against it."]


def test_a_police_force_named_by_its_region_opens_its_sentence_whole():
    text = "Headline here\n\nLakeshore Valley Police said two men were arrested. Both were released."
    assert _texts(text)[1:] == ["Lakeshore Valley Police said two men were arrested.", "Both were released."]


@pytest.mark.parametrize("lede", [
    "PORTVILLE (Meridian) - Gunmen killed five people at a market on Sunday, police said.",
    "PORTVILLE (Northern Agency Wire) -- The central bank cut its main rate to 9 percent.",
    "EAST PORTVILLE - The floodwater reached the roofs of forty houses overnight.",
    "PORTVILLE — The council voted 11-5 to raise the levy.",
])
def test_a_dateline_stays_with_the_first_sentence_it_opens(lede):
    # the gold names the lede by its first words, dateline included; syntok cuts after an
    # agency's bracket and a dash-closed dateline looked like a cross-head glued to the lede
    rows = split_sentences("Levy rises again\n\n" + lede + "\n\nThe vote followed a long debate.", "Levy rises again")
    assert [(r["text"], r["block"]) for r in rows[1:3]] == [(lede, "body"), ("The vote followed a long debate.", "body")]


def test_a_capitalised_crosshead_with_no_dash_is_still_cut_from_the_sentence_it_ran_into():
    rows = split_sentences("Levy rises again\n\nThe levy rose.\n\nWHAT COMES NEXT The council meets in March.", "Levy rises again")
    assert [r["text"] for r in rows[2:]] == ["WHAT COMES NEXT", "The council meets in March."]


@pytest.mark.parametrize("body, expected", [
    ("Water returned at 6 a.m. Schools stay shut in three districts.",
     ["Water returned at 6 a.m.", "Schools stay shut in three districts."]),
    ("The bridge reopens at 5 p.m. Monday, engineers said.", ["The bridge reopens at 5 p.m. Monday, engineers said."]),
    ("Trains resume at 7 a.m. Eastern on weekdays.", ["Trains resume at 7 a.m. Eastern on weekdays."]),
    ("Markets open at 9 a.m. Lagos time.", ["Markets open at 9 a.m. Lagos time."]),
])
def test_a_capitalised_word_after_a_clock_times_am_or_pm_opens_a_sentence_unless_it_names_the_day_or_zone(body, expected):
    assert _texts("Water back\n\n" + body, "Water back")[1:] == expected


def test_a_plural_title_abbreviation_does_not_end_a_sentence():
    assert _texts("Senators write\n\nSens. Jane Roe and Ann Lee wrote to the regulator.", "Senators write")[1:] == [
        "Sens. Jane Roe and Ann Lee wrote to the regulator."]


def test_a_wires_sign_off_with_its_credits_joined_by_a_semicolon_is_one_furniture_line():
    rows = split_sentences("Water back\n\nWater returned on Monday.\n\nReporting by Jane Roe; Editing by John Doe", "Water back")
    assert [(r["text"], r["block"]) for r in rows[2:]] == [("Reporting by Jane Roe; Editing by John Doe", "furniture")]


def test_a_live_pages_entry_headline_in_a_text_with_no_headline_line_is_split():
    # (a live page's entry title with no headline found above it once stopped the splitter)
    text = "Last updated: 21:35 EEST, Tuesday 11 August 2026\n\n21:35\nWinds expected to ease overnight\n\nThe fire service said winds would drop.\n"
    rows = split_sentences(text)
    assert any(r["text"].startswith("The fire service said") for r in rows)


@pytest.mark.parametrize("line", [
    "Listen to this article: 4 minutes",
    "Analysis by Daniel Whitcomb and Priya Anand",
    "This report by The Dominion Press was first published Feb. 17, 2026.",
    "Published in the print edition of the Ledger on Thursday, January 22, 2026",
    "RSN Tacloban will continue to update this story.",
    "Forward-looking statements: This release contains statements about future events.",
    "Conference call: Thursday, November 6, at 11:00 a.m.",
    "Investor Relations – Banco Cerrado S.A.",
])
def test_page_furniture_of_analyses_live_pages_and_releases(line):
    text = "Floods hit the north\n\nForty people died on Monday, officials said.\n\n" + line + "\n\nThe rain stopped on Tuesday."
    rows = split_sentences(text)
    assert [r["block"] for r in rows if r["text"].startswith(line[:12])] == ["furniture"]
    assert rows[-1]["block"] == "body"


def test_a_summary_box_heading_is_furniture_over_the_storys_own_lines_and_related_links_are_not():
    text = ("Wildfire live\n\nLast updated: 21:35 EEST\n\nKey points\n\n- Evacuation orders issued for three villages\n\n"
            "- More than 200 firefighters battling the blaze\n\nThe fire began on Monday.\n\n[Related News]\n\n"
            "- Heatwave Grips the Region Again\n\n- Farmers Count Losses")
    blocks = {r["text"]: r["block"] for r in split_sentences(text)}
    assert blocks["Key points"] == "furniture"
    assert blocks["- Evacuation orders issued for three villages"] == "body"
    assert blocks["- Heatwave Grips the Region Again"] == blocks["- Farmers Count Losses"] == "furniture"


def test_a_caption_credited_after_a_dash_with_pic_by():
    text = ("PN wins by-election\n\nBy Farah Aziz\n\nThe winner is carried by supporters in Sungai Petani last night. "
            "— MalayaPost pic by Lim Wei Seng\n\nPN won the seat by 9,842 votes, officials said.")
    blocks = [r["block"] for r in split_sentences(text)]
    assert blocks == ["headline", "furniture", "caption", "furniture", "body"]


def test_a_writers_note_with_an_address_and_a_note_above_links_are_furniture():
    story = ("Runoff set\n\nBy Jane Roe\n\nThe army said on Monday that 40 soldiers had crossed the river.\n\n"
             "The ministry said the figure could rise.\n\n"
             "Jane Roe covers politics for The Harbour Times. Reach her at jroe@harbour.example.")
    blocks = {r["text"]: r["block"] for r in split_sentences(story)}
    assert blocks["Reach her at jroe@harbour.example."] == "furniture"
    assert blocks["Jane Roe covers politics for The Harbour Times."] == "furniture"
    commentary = ("What the deaths mean\n\nCOMMENTARY | 27 December 2024 | Jane Roe\n\n"
                  "The army said on Monday that 40 soldiers had crossed the river.\n\n"
                  "The ministry said the figure could rise.\n\nMore than 200 people were evacuated.\n\n"
                  "Jane Roe is a senior research fellow at the Centre for Strategic Studies in Tallinn.\n\n"
                  "The views expressed in this commentary are the author's own.\n\n"
                  "Related publications\n\nBrief: The arms trade in numbers\n\nPodcast: What the envoys want\n\n"
                  "Report: Sanctions two years on")
    blocks = {r["text"]: r["block"] for r in split_sentences(commentary)}
    assert blocks["Jane Roe is a senior research fellow at the Centre for Strategic Studies in Tallinn."] == "furniture"


def test_a_roman_numeral_ending_a_sentence_ends_it():
    text = ("Headline\n\nIt was the first assault on the country's soil since World War II. Western officials said "
            "troops had massed. Part II of the plan is due.")
    assert [r["text"] for r in split_sentences(text)][1:] == [
        "It was the first assault on the country's soil since World War II.",
        "Western officials said troops had massed.", "Part II of the plan is due."]


def test_a_caption_credited_to_an_agencys_photo_desk_in_brackets():
    text = ("Rivers burst their banks\n\nFirefighters evacuate residents by boat in a hamlet on Monday. (PNA photo/Jane Roe)"
            "\n\nBOLOGNA - Some 3,100 people have been evacuated, officials said.")
    blocks = [(r["block"], r["text"]) for r in split_sentences(text)]
    assert blocks[1] == ("caption", "Firefighters evacuate residents by boat in a hamlet on Monday.")
    assert blocks[2] == ("furniture", "(PNA photo/Jane Roe)")


def test_a_photos_line_without_a_credit_under_the_furniture_is_a_caption():
    text = ("Troops killed in border fighting\n\nDecember 3, 2024 13:05 JST\n\nWORLD | Politics\n\n"
            "Defense Minister Jane Roe answers reporters' questions at the ministry on December 3.\n\n"
            "Government sources say soldiers have been killed in fighting near the border.")
    blocks = [(r["block"], r["text"][:20]) for r in split_sentences(text)]
    assert blocks[3] == ("caption", "Defense Minister Jan")
    assert blocks[4][0] == "body"
    # a lede in the present that someone says stays the story's
    lede = ("Troops killed\n\nWORLD | Politics\n\nThe minister says troops were killed on Monday.\n\nMore followed.")
    assert [r["block"] for r in split_sentences(lede)][2] == "body"


@pytest.mark.parametrize("line", [
    "READ: Farmers count losses as abaca fields flattened",
    "(ATTN: UPDATES with ministry comments in paras 9-12; ADDS background in last para)",
    "Published on 3 December 2024 at 11:20 am (Paris), updated at 4:05 pm",
    "Click here to see the institute's interactive map of the fighting along the whole front line.",
    "This article is a translation of the French edition.",
    "Only the original French text is authoritative.",
    "[1] Meridian News, December 1, 2024.",
    "[6] Briefing to the Intelligence Committee, November 2024.",
])
def test_wire_notes_link_lines_translation_notes_and_source_notes_are_furniture(line):
    assert set(_block_of(line, 1).split("/")) == {"furniture"}


def test_a_video_line_under_a_time_stamp_is_a_caption_not_a_live_entry_s_headline():
    title = "Troops are dying in the war. Officials think it's only the beginning"
    text = (f"{title}\n\nBy Jane Roe, MNN\nUpdated 9:14 AM EST, Tue December 3, 2024\n\n"
            "Video: Why the leader is sending soldiers to fight 02:41 - Source: MNN\n\n"
            "Soldiers sent to the front have begun to suffer deaths, the president says.")
    blocks = [(r["block"], r["text"][:6]) for r in split_sentences(text, title)]
    assert blocks[0] == ("headline", "Troops") and ("caption", "Video:") in blocks


@pytest.mark.parametrize("line", [
    "Good morning.", "Not a subscriber?", "Was this forwarded to you?", "Go deeper: Who are the soldiers at the front?",
    "Today's newsletter was edited by Jane Roe.", "Date 02.12.2024", "ab/lh (Meridian, dpa, AFP)",
    "This article is for information only and does not constitute financial advice.",
])
def test_a_newsletter_s_own_lines_a_disclaimer_and_a_desk_s_initials_are_furniture(line):
    assert set(_block_of(line, 1).split("/")) == {"furniture"}


def test_a_greeting_in_a_sentence_stays_in_the_story_and_a_live_entry_s_greeting_is_furniture():
    assert _block_of("Good morning, she said, and left the room before anyone answered.", 1) == "body"
    text = "Live: floods\n\n[09:30] Good morning\n\nWe will bring you the latest here.\n\n[09:45] Rain eases\n\nThe rain eased, the agency said."
    assert [r["block"] for r in split_sentences(text) if "Good morning" in r["text"]] == ["furniture"]


def test_read_next_a_slug_code_details_later_and_a_long_more_on_heading_are_furniture():
    text = ("Bank cuts rates\n\nBy Jane Roe\n\nThe bank cut its rate to 4.5% on Wednesday, the governor said.\n\n"
            "Details later...\n\nDNA/MR/SK/1805\n\n"
            "Read next: Bond yields fall to four-month low ahead of the decision\n\n"
            "More on the Castilla y León election\n- Map: how every province voted\n"
            "- Who is Tom Roe, the man who could decide the next government?")
    blocks = {r["text"]: r["block"] for r in split_sentences(text, "Bank cuts rates")}
    assert blocks["The bank cut its rate to 4.5% on Wednesday, the governor said."] == "body"
    for line in ("Details later...", "DNA/MR/SK/1805", "Read next: Bond yields fall to four-month low ahead of the decision",
                 "- Map: how every province voted", "- Who is Tom Roe, the man who could decide the next government?"):
        assert blocks[line] == "furniture", line


def test_a_caption_opened_by_its_cue_or_closed_by_its_owner_s_bracketed_credit():
    text = ("Jury awards $63.5 million\n\nLakeshore 7 News | Investigations\n\nBy Jane Roe\n\n"
            "Published: 5:14 PM CDT Oct. 21, 2026\n\n"
            "Attorney Tom Roe speaks to reporters outside the court in Chicago on Tuesday after the verdict. (Lakeshore 7 News)\n\n"
            "A jury has ordered a forklift maker to pay $63.5 million, court records show.\n\n"
            "The verdict came after seven hours of deliberations.\n\n"
            "The company said it would appeal.\n\n"
            "Photo: The state Supreme Court hears arguments in the case at the Capitol in Madison on Oct. 14. (Courier file photo)\n\n"
            "The court will rule next year.")
    rows = split_sentences(text, "Jury awards $63.5 million")
    blocks = [(r["text"][:20], r["block"]) for r in rows]
    assert ("Attorney Tom Roe spe", "caption") in blocks and ("(Lakeshore 7 News)", "furniture") in blocks
    assert ("Photo: The state Sup", "caption") in blocks and ("(Courier file photo)", "furniture") in blocks
    assert ("A jury has ordered a", "body") in blocks and ("The court will rule ", "body") in blocks


def test_a_live_pages_own_lines_are_furniture():
    text = ("Storm live: thousands without power\n\nBy Staff\n\nWhat we're covering\n\n"
            "- The storm struck on Monday and ten people died.\n\nWhat we know about the damage\n\n"
            "The utility said 300,000 customers had no power.\n\n9:45 a.m. ET\n\nGood morning\n\n"
            "We're following the latest on the storm in Freedonia. Reporting from our teams in Portville and Tarnow "
            "will appear here throughout the day.\n\n(MW)\n\n==MW\n")
    rows = split_sentences(text, "Storm live: thousands without power")
    block = {r["text"]: r["block"] for r in rows}
    for line in ("What we're covering", "What we know about the damage", "Good morning",
                 "We're following the latest on the storm in Freedonia.", "==MW"):
        assert block[line] == "furniture", line
    assert block["Reporting from our teams in Portville and Tarnow will appear here throughout the day."] == "furniture"
    assert block["The utility said 300,000 customers had no power."] == "body"


def test_a_live_pages_heading_under_a_stamp_is_no_entry_headline():
    title = "LIVE UPDATES: Floods cut the Portville road"
    text = (f"{title}\n\nBy Staff\nUpdated 6:42 p.m. ET, Mon March 2, 2026\n\nWhat we're covering\n\n"
            "• The river burst its banks on Sunday.\n\n6:40 p.m. ET\n\nWhere things stand\n\n"
            "The governor said 40 homes were flooded.\n")
    block = _blocks(text, title)
    assert block["What we're covering"] == "furniture"
    assert block["Where things stand"] == "furniture"
    assert block["• The river burst its banks on Sunday."] == "body"


def test_a_section_and_date_line_over_the_title_and_a_name_under_a_stamp_are_furniture():
    title = "Cholera: Cases pass 1,200 as outbreak spreads to five regions"
    text = (f"General News of Wednesday, 2 September 2026\n\nSource: coastline.example\n\n{title}\n\n"
            "The health service has recorded 1,284 suspected cases.\n")
    block = _blocks(text, title)
    assert block["General News of Wednesday, 2 September 2026"] == "furniture"
    assert block[title] == "headline"
    title = "Portville can no longer hide its role, analyst says"
    text = (f"{title}\n\n3 December 2024, 07:45\n\nNosipho Khumalo\n\n"
            "Freedonia's army has lost its first soldiers in the region, officials said on Monday.\n")
    block = _blocks(text, title)
    assert block["Nosipho Khumalo"] == "furniture"


def test_bylines_agency_credits_and_an_outlet_line_at_the_top_are_furniture():
    title = "Freedonia says its first soldiers were killed"
    text = (f"{title}\n\nBy Jess Harrington\n\n8News Digital\n\nUpdated 6:05am Dec 3, 2024\n\n"
            "Tom Roe confirmed the deaths on Monday, officials said.\n")
    block = _blocks(text, title)
    assert block["8News Digital"] == "furniture"
    assert block["Tom Roe confirmed the deaths on Monday, officials said."] == "body"
    text = (f"{title}\n\nWORLD | Monday, December 2, 2024\n\nAMP and APN\n\n"
            "Updated Dec 2, 2024, 07:40 PM\n\nBy the Asia desk, The Portville Ledger\n\n"
            "PORTVILLE - Dozens of soldiers have been killed, officials said on Monday.\n")
    block = _blocks(text, title)
    assert block["AMP and APN"] == "furniture"
    assert block["By the Asia desk, The Portville Ledger"] == "furniture"


def test_more_of_the_pages_own_lines_are_furniture_wherever_they_stand():
    from claimbrief.extract.sentences import is_furniture

    for line in ("Loading...", "An analysis by Katrin Vollmer and Tom Roe", "More world news on Meridian News",
                 "Photo courtesy of the Portville MDRRMO", "Translated from Ruritanian by the editors"):
        assert is_furniture(line), line
    title = "Floods cut the Portville road"
    text = f"{title}\n\nPhoto courtesy of MDRRMO Tarnow\n\nPORTVILLE - The river burst its banks, officials said.\n"
    assert _blocks(text, title)["Photo courtesy of MDRRMO Tarnow"] == "furniture"
    # a story's sentence that starts alike stays the story's
    assert not is_furniture("More than 200 homes were flooded, officials said.")
    # the page's signposts, under the headline too
    for line in ("Story continues below advertisement", "Continue reading the main story",
                 "Catch all the latest news on Meridian"):
        text = f"{title}\n\n{line}\n\nPORTVILLE - The river burst its banks, officials said.\n"
        assert _blocks(text, title)[line] == "furniture", line


def test_a_radio_site_s_lines_a_byline_with_its_agency_and_a_headed_link_list_are_furniture():
    from claimbrief.extract.sentences import is_furniture

    for line in ("toggle caption", "Heard on Morning Edition", "Enlarge this image",
                 "More from Meridian Radio: How drone crews learned to fly at night",
                 "Text by: Jane Roe with AFP", "By Jane Roe with Reuters"):
        assert is_furniture(line), line
    assert not is_furniture("Heard on the street, the rumours grew louder.")
    # a live page's entry credit, not a sentence of "From X's" point of view
    assert is_furniture("From MCN's Jane Roe") and is_furniture("From MCN’s Tom Roe in Portville")
    assert not is_furniture("From Portville's point of view, the talks failed.")
    assert not is_furniture("From MCN's Jane Roe came the first report.")
    title = "Floods cut the Portville road"
    # under the page's stamp, a segment's line is no live entry's headline
    text = (f"{title}\n\nDecember 28, 2024 · 8:06 AM ET\n\nHeard on Weekend Morning\n\nBy Jane Roe\n\n"
            "PORTVILLE - The river burst its banks, officials said.\n\nThe mayor said schools would reopen.\n\n"
            "MORE WORLD NEWS\n\nTarnow council votes to close two bridges\n\nPortville crews brace for first snow\n")
    blocks = _blocks(text, title)
    assert blocks["Heard on Weekend Morning"] == "furniture"
    # the titles under a heading of links in capitals are links
    assert blocks["Tarnow council votes to close two bridges"] == blocks["Portville crews brace for first snow"] == "furniture"
    assert blocks["The mayor said schools would reopen."] == "body"


def test_a_desk_s_credit_after_a_bar_closes_a_caption():
    title = "Floods cut the Portville road"
    text = (f"{title}\n\nThe river burst its banks, officials said.\n\n"
            "Herders water camels at a borehole near Tarnow last month. PHOTO | FILE\n\n"
            "Portville's mayor inspects the bridge on Nov. 29. | MERIDIAN / VIA WIRE\n\n"
            "The mayor said schools would reopen on Friday.\n")
    blocks = _blocks(text, title)
    assert blocks["Herders water camels at a borehole near Tarnow last month."] == "caption"
    assert blocks["PHOTO | FILE"] == blocks["| MERIDIAN / VIA WIRE"] == "furniture"
    assert blocks["The mayor said schools would reopen on Friday."] == "body"


def test_a_dateline_standing_as_a_sentence_and_a_credit_in_capitals_are_furniture():
    from claimbrief.extract.places import extract_places

    title = "Dengue cases fall 47% so far this year"
    text = (f"{title}\n\nResidents inspect a house flattened by the quake in Lianga on Thursday. "
            "PHOTO COURTESY OF LIANGA MDRRMO\n\n"
            "Lima, Apr. 15 (AAN). Peru recorded 48,372 cases of dengue in the first 14 weeks of the year.\n")
    rows = split_sentences(text, title)
    block = {r["text"]: r["block"] for r in rows}
    assert block["PHOTO COURTESY OF LIANGA MDRRMO"] == "furniture"
    assert block["Residents inspect a house flattened by the quake in Lianga on Thursday."] == "caption"
    assert block["Lima, Apr. 15 (AAN)."] == "furniture"
    assert block["Peru recorded 48,372 cases of dengue in the first 14 weeks of the year."] == "body"
    assert "Lima" in {r["mention"] for r in extract_places(text, rows)}  # the dateline's place is still a place


def test_a_cross_head_that_says_what_someone_did_is_a_headline_a_topic_label_furniture():
    title = "Freedonia confirms its first soldiers were killed"
    text = (f"{title}\n\nPORTVILLE, March 3 (Meridian) - Freedonia said on Monday that its first soldiers had died.\n\n"
            "The army gave no figure.\n\nRuritania denies\n\nThe Ruritanian foreign ministry called the report false.\n\n"
            "Funding gap\n\nThe appeal is only a third funded, the agency said.\n\n"
            "Tarnow: 'A dangerous widening'\n\nA spokesman in Tarnow said the war was spreading.\n\n"
            "Council 'cannot confirm' toll\n\nThe Freedonian council said it could not confirm the toll.\n")
    block = _blocks(text, title)
    assert block["Ruritania denies"] == "headline"
    assert block["Tarnow: 'A dangerous widening'"] == "headline"
    assert block["Council 'cannot confirm' toll"] == "headline"
    assert block["Funding gap"] == "furniture"


def test_a_lede_under_its_dateline_is_no_caption():
    title = "Roe wins by a landslide as turnout slumps"
    text = (f"{title}\n\nPORTVILLE DISPATCH | Politics\nTuesday, 25 November 2025\n\n"
            "PORTVILLE — Jane Roe of the League will be the next president of the region after her coalition won "
            "the regional election by almost 30 points, final results published by the Interior Ministry showed on Tuesday.\n\n"
            "Roe, 44, took 61.8 per cent of the vote.\n")
    rows = split_sentences(text, title)
    assert [r["block"] for r in rows if r["text"].startswith("PORTVILLE —")] == ["body"]


@pytest.mark.parametrize("caption,credit", [
    ("A patrol on a road outside Portville.", "Archive photo: Harbour Bulletin"),
    ("The Rural Fire Service says the fire could burn for weeks.", "(Supplied: NSW RFS)"),
    ("Freedonian military intelligence says units have been in combat since early November.", "© RMI archive"),
])
def test_a_caption_closed_by_an_archive_a_supplied_or_a_copyright_credit(caption, credit):
    title = "Fire spreads in the north"
    text = f"{title}\n\nBy Staff\n\n{caption} {credit}\n\nPORTVILLE — The fire spread on Monday, officials said.\n\nIt burned 200 hectares.\n"
    rows = split_sentences(text, title)
    assert [(r["block"], r["text"]) for r in rows[2:4]] == [("caption", caption), ("furniture", credit)]


def test_the_lines_under_highlights_are_the_storys_own():
    title = "Ruling alliance heads for second term"
    text = (f"{title}\n\nLast Updated: November 23, 2024, 23:10 IST | Ranchi\n\nHIGHLIGHTS\n"
            "* Ruling alliance set to cross majority mark of 41 in 81-member House\n"
            "* Chief Minister Jane Roe wins Barhait by 31,442 votes\n\n"
            "The ruling alliance won 44 of the 81 seats, the Election Commission said.\n")
    rows = split_sentences(text, title)
    assert [r["block"] for r in rows if r["text"].startswith("*")] == ["body", "body"]


def test_an_agency_s_photo_credit_alone_in_brackets_closes_a_caption_and_an_authors_note_is_furniture():
    title = "Death toll rises to 17"
    text = (f"{title}\n\nRescue workers search the rubble of a collapsed building in Palu, April 8, 2026. (AA Photo)\n\n"
            "The number of people killed rose to 17 on Thursday, the agency said.\n\n"
            "About the authors: Jane Roe is a senior fellow. Tom Roe is a research associate who covers security.")
    blocks = _blocks(text, title)
    assert blocks["(AA Photo)"] == "furniture" and blocks[
        "Rescue workers search the rubble of a collapsed building in Palu, April 8, 2026."] == "caption", blocks
    assert blocks["Tom Roe is a research associate who covers security."] == "furniture", blocks
    assert blocks["The number of people killed rose to 17 on Thursday, the agency said."] == "body", blocks


def test_a_crosshead_between_dashes_or_in_quotation_marks_and_a_wire_s_initials_are_furniture():
    text = ("Toll rises\n\nThe agency said 100 soldiers died.\n\n- Freedonia's count -\n\nThe ministry gave no figure.\n\n"
            "- 'Nothing to add' -\n\nThe palace declined to comment.\n\n'A clear mandate'\n\n"
            "Jane Roe said voters had spoken.\n\n\"We will win.\"\n\nShe left on Monday.\n\nbur-ol/jpk/sbk")
    blocks = _blocks(text, "Toll rises")
    assert blocks["- Freedonia's count -"] == blocks["- 'Nothing to add' -"] == blocks["'A clear mandate'"] == "furniture"
    assert blocks["bur-ol/jpk/sbk"] == "furniture"
    # a quotation that is a sentence stays the story's
    assert blocks["\"We will win.\""] == "body"


@pytest.mark.parametrize("credit", [
    "MERIDIAN PHOTO", "KCNA VIA WIRE", "JANE ROE (AFP)", "Jane Roe (Reuters)", "ÉLODIE ROE / AGENCE PORTVILLE",
    "PHOTO | JANE ROE | SENTINEL", "HTN Photo Jane Roe", "(Meridian: Jane Roe)", "(Jane Roe for The Portville Ledger)",
    "Jane Roe for The Portville Ledger", "[Portville Post/Jane Roe]", "(Video: 8Portville)", "Supplied: Portville Council",
    "Jane Roe/AFP via Getty Images",
])
def test_a_caption_closed_by_a_photographer_and_the_outlet_they_shot_for(credit):
    caption = "Rescuers search a collapsed house in Portville on Tuesday. " + credit
    blocks = _block_of(caption, at=2).split("/")
    assert blocks[0] == "caption" and set(blocks[1:]) == {"furniture"}  # the credit itself is furniture


def test_a_heading_with_a_possessive_is_no_photographer_s_credit():
    caption = "Rescuers search a collapsed house in Portville on Tuesday. Tarnow's Soldiers for Ruritania"
    assert _block_of(caption, at=2).split("/")[0] != "caption"


def test_credits_after_a_dash_calls_to_the_reader_and_stamps_with_credits_are_furniture():
    for line in ("- Additional reporting by John Doe in Eastbrook", "- Staff reporter", "- AFP, Reuters",
                 "– Portville Radio News / Reuters / AFP",
                 "Sign up to our weekly newsletter for more English-language reporting from the Portville Ledger",
                 "Click here for the council's live map of closed roads. It is refreshed every hour.",
                 "Got a tip? Email the news desk.",
                 "Contact Jane Roe at jroe@ledger.example or 555-0100.", "Watch video 3:05",
                 "If you have spotted an error, select it and press Ctrl+Enter.",
                 "Got an idea for an opinion piece? Send us a short pitch.",
                 "Added 14th March 2025 09:40 AM", "3 March 2025, 09:20 · Story by Meridian · Translation by Jane Roe",
                 "03.03.2025, 14:40 | Press service of the Portville City Council",
                 "Jane Roe and news agencies | Published: 03.03.25, 07:50",
                 "By Africa correspondent Jane Roe in Portville and John Doe", "mwa ab/cd xx n2 ef",
                 "Follow the Portville council on Telegram and WhatsApp.",
                 "This release was approved for lodgement by the directors of Portville Minerals.",
                 "A version of this story appeared in print on March 4, 2025, on page 12.",
                 "Storm cuts power in Eastbrook (05.03.2025)", "Ruritania recalls its envoy over border shelling (Mar. 2)",
                 "Contributing: Jane Roe in Eastbrook."):
        assert set(_block_of(line, at=4).split("/")) == {"furniture"}, line
    # (lines a short story takes as cross-heads anyway are furniture wherever they stand)
    for line in ("Related news: Storm cuts power in Eastbrook", "See all the results: Portville council election tracker",
                 "Read more Storm cuts power in Eastbrook", "Storm cuts power in Eastbrook [LATEST]"):
        assert is_furniture(line), line
    # a bulleted line of the story's own, and one sentence saying where results are, stay in it
    for line in ("- Two people were hurt in Portville, police said.", "- Roads into Eastbrook stay shut",
                 "Contact with the crew was lost at 3 p.m., the coast guard said.",
                 "Good morning, the mayor told the crowd, before the count of the 40 ballot boxes began.",
                 "The council approved the plan on Tuesday (Nov. 5).", "Followers of the party gathered in Portville on Sunday."):
        assert "furniture" not in _block_of(line, at=4), line


def test_a_dateline_with_its_year_opening_a_paragraph_is_furniture():
    text = ("Ruritania reports 40 attacks\n\nPortville, 3 March 2025. The General Staff reports that 40 attacks were repelled.\n\n"
            "The agency said the figure could rise.")
    blocks = {r["text"]: r["block"] for r in split_sentences(text)}
    assert blocks["Portville, 3 March 2025."] == "furniture"
    assert blocks["The General Staff reports that 40 attacks were repelled."] == "body"


def test_a_table_set_with_bars_is_one_sentence_a_line_whatever_its_cells():
    # (syntok had run these lines into one sentence)
    text = ("Alpha results\n\nResults by division (€ million)\n\n"
            "Division | Revenue | Change | Profit | Profit 2024\nIndustrial Coatings | 2,450 | -4% | 231 | 240\n"
            "Beta Care | 980 | +1% | 77 | 80\n\nMargins held, the group said.")
    lines = [s["text"] for s in split_sentences(text, "Alpha results") if "|" in s["text"]]
    assert lines == text.split("\n\n")[2].split("\n")


def test_a_copyright_line_with_its_holder_before_the_year_and_a_labelled_illustration():
    text = ("Airline swings to profit\n\nBANGKOK — The airline returned to profit.\n\n"
            "Illustration - Firefighters on a ridge above the valley in May 2025.\n\n"
            "Copyright The Harbour Ledger, 2026\n\n(c) Meridian Markets Wire 2025\n\n"
            "Copyright holders sued the firm in 2024 over the songs.")
    blocks = _blocks(text, "Airline swings to profit")
    assert blocks["Illustration - Firefighters on a ridge above the valley in May 2025."] == "caption"
    assert blocks["Copyright The Harbour Ledger, 2026"] == "furniture"
    assert blocks["(c) Meridian Markets Wire 2025"] == "furniture"
    assert blocks["Copyright holders sued the firm in 2024 over the songs."] == "body"


def test_a_box_of_long_labelled_lines_is_a_list_not_wrapped_prose():
    text = ("Alpha Bank profit rises\n\nKey highlights\nGross earnings: P1.42 trillion, +39.2% on the year\n"
            "Net interest income: P612.7 billion, +57.2% on the year\nFX revaluation gain: P96.3 billion, -75.2% on the year\n"
            "Impairment charges: P141.2 billion, +44.8% on the year\nProfit before tax: P318.4 billion, +31.0% on the year\n")
    assert _texts(text)[1:] == text.split("\n")[2:-1]


def test_a_tables_rows_of_decimal_figures_are_no_time_stamps_and_keep_their_figures():
    text = ("Alpha output edges up 0.7% in first quarter\n\nBy Jane Roe\n\nOutput rose 0.7%, the statistics office said.\n\n"
            "ALPHA OUTPUT (% change)\n                          q/q     y/y\nCPI                       1.3     4.6\n"
            "Exports (goods)          -2.4     0.5\n\nTABLE: Jobless rate (%)\nMay 34.6\nJuly 30.85\n\n"
            "Related: Central bank holds rates\n\nCopyright © 2026 Alpha Daily.")
    rows = {r["text"]: r["block"] for r in split_sentences(text)}
    assert rows["CPI                       1.3     4.6"] == "body"
    assert rows["Exports (goods)          -2.4     0.5"] == "body"
    assert rows["May 34.6"] == rows["July 30.85"] == "body"
    assert is_furniture("Tue 24 Dec 2024 10.42 GMT") and not is_furniture("May 34.6")

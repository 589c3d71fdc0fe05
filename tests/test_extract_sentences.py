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
    assert [r["block"] for r in rows] == ["headline", "caption", "caption", "body", "body"]


def test_wire_credit_as_last_sentence_makes_a_caption():
    assert is_caption("Soldiers patrol a street in Gao, northern Mali. Reuters..")
    assert is_caption("A man leaves the courthouse, Oct. 23, 2024. REUTERS/Maya Ortiz")
    assert not is_caption("The minister said the toll had risen, she told Reuters.")


def test_spans_index_the_text():
    text = "Headline\n\nOne sentence here. Another one follows."
    for row in split_sentences(text):
        assert text[row["start"]:row["end"]] == row["text"]

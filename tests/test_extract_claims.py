"""Claims: claimant, certainty and kind, sentence by sentence."""

import datetime as dt
import hashlib
from pathlib import Path

from claimbrief.article import Article, Metadata
from claimbrief.extract import extract_rows


def _claims(body, published=dt.date(2024, 12, 1)):
    text = "A test headline about events\n\n" + body
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title="A test headline about events", published=published),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    return extract_rows(article)["claims"][1:]


def _who(body, **kw):
    return [(c["claimant"], c["certainty"]) for c in _claims(body, **kw)]


def test_according_to_makes_the_source_the_claimant():
    assert _who("The ivory is worth $1.5 million, according to the Kenya Wildlife Service.") == \
        [("Kenya Wildlife Service", "reported")]
    assert _who("Traffic backed up for 35 km, according to the ADAC motoring club.") == [("ADAC", "reported")]
    assert _who("She led with 51 percent, according to provisional results released by the Electoral Commission on Sunday.") == \
        [("Electoral Commission", "reported")]


def test_appositive_subject_and_pronoun_resolution():
    body = ("Dwi Santoso, a spokesman for the National Disaster Management Agency, said the toll was expected to rise. "
            "He said 31 people died in Palu.")
    assert _who(body) == [("Dwi Santoso", "predicted"), ("Dwi Santoso", "stated")]
    assert _who("Osei-Tutu, who served as minister until 2021, said his party had evidence. "
                "Kwabena Osei-Tutu is the ruling party's candidate.")[0] == ("Kwabena Osei-Tutu", "stated")


def test_reports_indicate_is_unattributed():
    assert _who("Reports indicate that two supermarkets were looted.") == [("unattributed reports", "reported")]
    assert _who("Several former employees reportedly told investigators that he lied.") == \
        [("unattributed reports", "reported")]


def test_organisations_as_claimants():
    assert _who("Kaneda Motor Corp. said on Thursday that its profit fell 12%.")[0][0] == "Kaneda Motor Corp."
    rows = _who("The Malian army said on Monday that it had repelled an attack. "
                "The army's first statement had put its own losses at six dead.")
    assert rows == [("Malian army", "stated"), ("Malian army", "stated")]
    assert _who("Work is incomplete, engineers at the provincial irrigation department said.")[0][0] == "engineers"


def test_multi_sentence_quote_belongs_to_the_closing_speaker():
    body = "“Brazil has been our hardest market. Interest rates there are strangling car loans,” Takeda said."
    rows = _who("Chief Financial Officer Hiroshi Takeda spoke on Monday. " + body)
    assert rows[1:] == [("Hiroshi Takeda", "stated"), ("Hiroshi Takeda", "stated")]


def test_quote_before_attribution_sets_certainty():
    assert _who('"We will appeal this verdict," Tom Alvarez told reporters.') == [("Tom Alvarez", "predicted")]
    assert _who('"We cannot compete with rules that would be illegal here," said Georg Huber.') == \
        [("Georg Huber", "stated")]


def test_gaps_denials_and_kinds():
    rows = _claims("Officials have not said how many people remain stranded. "
                   "Police have not yet made any arrests. "
                   "Cholera is an acute diarrhoeal infection caused by contaminated water. "
                   "The treaty obliges both nations to help each other. "
                   "Fighting broke out between the fans. "
                   "Floods in 2022 submerged a third of the country.")
    assert [(c["kind"], c["certainty"]) for c in rows] == [
        ("gap", "stated"), ("claim", "denied"), ("definition", None), ("background", "stated"),
        ("claim", "stated"), ("background", "stated")]


def test_negated_reporting_verb_is_no_attribution():
    rows = _claims("Berlin has not yet said how it will vote.")
    assert (rows[0]["claimant"], rows[0]["kind"], rows[0]["certainty"]) == ("article", "gap", "stated")


def test_anonymous_sources_and_company_nouns():
    assert _who("Talks stalled, according to two aides familiar with the talks.") == [("unattributed reports", "reported")]
    rows = _who("Acme Motor Corp. said on Thursday that profit fell 12%. "
                "Revenue rose 4.5 percent, the Osaka-based company said.")
    assert rows == [("Acme Motor Corp.", "stated"), ("Acme Motor Corp.", "stated")]


def test_subject_after_the_verb_only_when_post_posed():
    rows = _who('"The outlook is hard," said Zhang Wei, an economist. "We expect Beijing to add stimulus."')
    assert rows == [("Zhang Wei", "stated"), ("Zhang Wei", "predicted")]

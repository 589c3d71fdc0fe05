import datetime as dt

from claimbrief.article import make_article
from claimbrief.extract import extract


def test_an_acronym_is_the_organisation_it_abbreviates():
    text = ("Floods hit the north\n\nThe National Disaster Response Agency said 40 people had died on Monday. "
            "The NDRA said rescue teams were still searching villages.")
    tables = extract(make_article(text, title="Floods hit the north", published=dt.date(2024, 5, 8)))
    claimants = set(tables.claims["claimant"].dropna())
    assert "National Disaster Response Agency" in claimants and "NDRA" not in claimants
    agency = tables.actors[tables.actors["name"] == "National Disaster Response Agency"].iloc[0]
    assert "NDRA" in agency["aliases"]


def test_people_keep_role_and_aliases():
    text = ("Minister speaks\n\nForeign Minister Maria Lopez said the talks would resume. "
            "Lopez told reporters she expects an agreement. She added that no date was set.")
    tables = extract(make_article(text, title="Minister speaks", published=dt.date(2024, 5, 8)))
    lopez = tables.actors[tables.actors["name"] == "Maria Lopez"].iloc[0]
    assert lopez["kind"] == "person" and lopez["role"] == "Foreign Minister"
    assert "Lopez" in lopez["aliases"]
    assert set(tables.claims[tables.claims["kind"] != "headline"]["claimant"]) == {"Maria Lopez"}

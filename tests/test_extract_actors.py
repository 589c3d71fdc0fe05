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


def test_an_acronym_before_its_expansion_and_dotted_forms_are_one_actor():
    text = ("Aid resumes\n\nFEA said roads were closed on Monday. The Federal Emergency Agency (FEA) said "
            "12 bridges had collapsed. The U.N. said aid was blocked. The UN later said convoys had resumed.")
    tables = extract(make_article(text, title="Aid resumes", published=dt.date(2024, 5, 8)))
    claimants = list(tables.claims["claimant"].dropna())[1:]
    assert claimants == ["Federal Emergency Agency", "Federal Emergency Agency", "U.N.", "U.N."]


def test_transliteration_variants_of_one_person_are_merged():
    text = ("Drones hit town\n\nRegional governor Oleh Hryhorenko said two people were killed. "
            "Grigorenko told reporters that more drones were seen. Mohammad Rezaei said the dam held. "
            "Mohammed Rezaei added that 300 homes were flooded.")
    tables = extract(make_article(text, title="Drones hit town", published=dt.date(2024, 5, 8)))
    people = tables.actors[tables.actors["kind"] == "person"].set_index("name")
    assert set(people.index) == {"Oleh Hryhorenko", "Mohammad Rezaei"}
    assert "Grigorenko" in people.loc["Oleh Hryhorenko", "aliases"]
    assert people.loc["Oleh Hryhorenko", "role"] == "Regional governor"
    assert "Mohammed Rezaei" in people.loc["Mohammad Rezaei", "aliases"]


def test_titles_and_honorifics_go_to_the_role():
    text = ("Troops withdraw\n\nLt. Gen. Ivan Petrov said troops had withdrawn. Chief spokeswoman Maria "
            "Sokolova told reporters the claims were false. Dr. Amina Yusuf warned that cases would rise.")
    tables = extract(make_article(text, title="Troops withdraw", published=dt.date(2024, 5, 8)))
    people = tables.actors[tables.actors["kind"] == "person"].set_index("name")
    assert set(people.index) >= {"Ivan Petrov", "Maria Sokolova", "Amina Yusuf"}
    assert "Gen" in people.loc["Ivan Petrov", "role"]


def test_a_state_acting_is_its_government_with_the_names_the_text_uses():
    text = "Launch condemned\n\nSeoul said the launch violated resolutions. South Korea urged restraint."
    tables = extract(make_article(text, title="Launch condemned", published=dt.date(2024, 5, 8)))
    state = tables.actors[tables.actors["name"] == "Government of South Korea"].iloc[0]
    assert state["kind"] == "state" and {"Seoul", "South Korea"} <= set(state["aliases"].split("; "))


def test_every_source_is_in_the_actors_table_with_the_words_the_text_used():
    text = ("Fuel seized\n\nThe police in Juliaca said 40 drums were seized. Officials in Juliaca estimate that "
            "losses reach $2 million. The Ministry of Mines said checks would continue. In a statement, it said "
            "the border was closed.")
    tables = extract(make_article(text, title="Fuel seized", published=dt.date(2024, 5, 8)))
    actors = tables.actors.set_index("name")
    assert "police in Juliaca" in actors.loc["Juliaca police", "aliases"]
    assert "Officials in Juliaca" in actors.loc["Juliaca officials", "aliases"]
    assert list(tables.claims["claimant"])[-1] == "Ministry of Mines"  # "it": the body named before


def test_a_person_is_known_by_the_surname_repeated_later():
    text = ("Farmer waits\n\nYerlan Abdrakhmanov has grown rice here for 31 years.\n\n"
            '"The water comes later every year," he said.\n\nAbdrakhmanov expects a poor harvest.')
    tables = extract(make_article(text, title="Farmer waits", published=dt.date(2024, 5, 8)))
    assert list(tables.claims["claimant"])[2:] == ["Yerlan Abdrakhmanov", "Yerlan Abdrakhmanov"]


def test_a_name_never_runs_over_a_line_break():
    text = "Farmer waits\n\nBy Dana Serikbayeva\n\nYerlan Abdrakhmanov said the canal was dry."
    tables = extract(make_article(text, title="Farmer waits", published=dt.date(2024, 5, 8)))
    assert "Yerlan Abdrakhmanov" in set(tables.actors["name"])


def test_british_honorifics_without_a_stop_go_to_the_role():
    text = ("Lawyer says client is innocent\n\nDefence lawyer Tom Vukan said his client would plead not guilty. "
            "\"He drives what he is told to drive,\" Mr Vukan said.")
    article = make_article(text, title="Lawyer says client is innocent", published=dt.date(2024, 12, 1))
    names = list(extract(article).actors["name"])
    assert "Tom Vukan" in names and "Mr Vukan" not in names

"""Claims: claimant, certainty and kind, sentence by sentence."""

import datetime as dt
import hashlib
from pathlib import Path

from claimbrief.article import Article, Metadata, make_article
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


def test_according_to_a_body_described_a_post_s_office_or_a_record_its_issuer_released():
    assert _who("Some 600 boats stayed in port, according to the harbour police.") == [("harbour police", "reported")]
    assert _who("Some 1,250 postal votes came in after polling day, according to numbers from the county treasurer's "
                "office.") == [("county treasurer's office", "reported")]
    assert _who("Around 3,100 families were moved, according to data the Freedonian Red Cross published on Monday.") == \
        [("Freedonian Red Cross", "reported")]


def test_a_body_s_staff_named_by_its_initials_speak_for_the_body():
    who = _who("The Freedonian Central Bank (FCB) held rates. In September, FCB staff projected inflation would rise. "
               "Hospital staff said beds were full.")
    assert who[1] == ("Freedonian Central Bank", "predicted")
    assert who[2][0] != "Freedonian Central Bank"  # (no "staff" of the bank's to take others' staff for it)


def test_a_count_the_country_reported_is_where_it_was_counted_not_a_source():
    who = _who("The ministry said cases rose. Over the same weeks of 2024, the country had reported 7,050 cases. "
               "Kyiv reported 3,000 casualties.")
    assert who[1][0] == "article"
    assert who[2][0] == "Government of Ukraine"  # (a capital's count is its government's)


def test_a_participle_in_a_with_phrase_is_no_verb_of_a_source():
    assert _who("About 350 firefighters are on the fire line, with crews from Alpha Province expected to arrive "
                "by Tuesday evening.")[0][0] == "article"


def test_a_headline_s_expert_is_the_one_academic_or_analyst_the_story_quotes():
    body = ("Jane Roe, a senior lecturer in naval history at the University of Portville, said the fleet losses were "
            "modest. "
            "Tom Kay, the defence minister, said nothing.")
    for title in ("Fleet losses modest, says Portville expert", "Old ships sink the budget, expert says"):
        text = title + "\n\n" + body
        article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title=title, published=dt.date(2024, 12, 1)),
                          sha256=hashlib.sha256(text.encode()).hexdigest())
        assert extract_rows(article)["claims"][0]["claimant"] == "Jane Roe"


def test_analysts_contacted_by_an_outlet_are_the_analysts_not_the_outlet():
    assert _who("Several economists interviewed by The Harbour Ledger predict a pause in rate rises.") == \
        [("economists interviewed by The Harbour Ledger", "predicted")]
    assert _who("Traders surveyed by the Harbour Times expect a weaker crown.")[0][0] == "Traders polled by the Harbour Times"


def test_a_figure_put_in_a_currency_s_letters_or_given_as_a_range_is_the_givers():
    who = _who("The union put the arrears at R57 million. The mine put its own number \"nearer to R44 million\". "
               "Community leaders at the dam gave estimates ranging from 50 to 90.")
    assert [c for c, _ in who] == ["union", "mine", "Community leaders"]


def test_a_group_placed_near_or_outside_somewhere_is_the_group():
    who = _who("Villagers near the lake believe the dam leaked for weeks. Farmers outside Portville said crops failed.")
    assert [c for c, _ in who] == ["Villagers", "Farmers outside Portville"]


def test_official_data_in_a_lede_are_the_statistics_office_the_story_names_later():
    who = _who("Freedonian consumer prices climbed 6.2% in the year to March, official figures show. "
               "The Freedonian Statistical Institute (FSI) said food prices rose 2%.")
    assert who[0][0] == "Freedonian Statistical Institute"


def test_so_far_between_subject_and_verb_is_no_part_of_the_name():
    assert _who("The Freedonian Red Cross has so far confirmed 310 of the arrivals.") == [("Freedonian Red Cross", "confirmed")]


def test_a_record_by_a_body_described_in_lowercase_words_is_that_body_s_not_any_office():
    assert _who("Two people died, according to a projection by the district water office. "
                "Four died, according to a projection by the county roads office.") == \
        [("district water office", "reported"), ("county roads office", "reported")]

def test_a_figure_put_closer_to_a_number_or_an_assessment_given_is_the_givers():
    assert _who("The Freedonian president Jane Roe has put the toll nearer to 5,000. "
                "The Borduria Intelligence Agency (BIA) gave its assessment to senators on Friday.") == \
        [("Jane Roe", "stated"), ("Borduria Intelligence Agency", "stated")]


def test_a_measure_put_at_a_figure_with_its_short_form_or_its_place_is_the_givers():
    assert _who("The Freedonia Health Service (FHS) reported 40 deaths. On Friday the Service put the overall "
                "attack rate (AR) at 3.6 per cent.")[1] == ("Freedonia Health Service", "stated")
    assert _who("The Freedonian Forest Service put the flooded land in Alpha at 8,700 hectares.") == \
        [("Freedonian Forest Service", "stated")]
    # (a longer phrase before "at" is no measure: "backing for the plan at 61%" stays unread)
    assert _who("An opinion poll had put backing for the new ring road at 61%.")[0][0] == "article"


def test_a_post_of_a_state_then_its_holder_s_name_after_the_comma_is_the_speaker():
    # (not a post set off after the name: "Jane Roe, Chairwoman of Alpha, said")
    assert _who("The navy has lost 40 sailors, President of Chile Jane Roe said on Monday.") == \
        [("Jane Roe", "stated")]

def test_a_fronted_count_a_source_owns_is_that_source_s_relayed():
    assert _who("The Borduria Disaster Agency said roads were shut on Monday. "
                "By the agency's own count, 400 homes were lost. By most accounts, the storm was the worst in years.") == \
        [("Borduria Disaster Agency", "stated"), ("Borduria Disaster Agency", "reported"), ("article", "stated")]

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
    # (a group described by what it knows is a source of its own, as when it is the subject of "said")
    assert _who("Talks stalled, according to two aides familiar with the talks.") == [("aides familiar with the talks", "reported")]
    rows = _who("Acme Motor Corp. said on Thursday that profit fell 12%. "
                "Revenue rose 4.5 percent, the Osaka-based company said.")
    assert rows == [("Acme Motor Corp.", "stated"), ("Acme Motor Corp.", "stated")]
    # a firm named by its trade without a legal suffix is the company too, not the analyst's employer
    rows = _who("Brightwater Foods said quarterly profit rose 12 percent. Mia Roe, an analyst at Fjord Capital, "
                "called the result strong. The company raised its full-year forecast.")
    assert rows[2][0] == "Brightwater Foods"
    # a firm named once, after what it is, closing the sentence
    assert _who("Flights were cancelled, carrier SkyJet said.") == [("SkyJet", "stated")]
    assert _who("Demand fell, chipmaker Orion said on Tuesday.")[0][0] == "Orion"


def test_subject_after_the_verb_only_when_post_posed():
    rows = _who('"The outlook is hard," said Zhang Wei, an economist. "We expect Beijing to add stimulus."')
    assert rows == [("Zhang Wei", "stated"), ("Zhang Wei", "predicted")]


# --- real-copy attribution (issue 9) -------------------------------------------------

def test_states_capitals_and_their_regimes_speak_as_their_government():
    assert _who("Seoul said the launch violated two resolutions.") == [("Government of South Korea", "stated")]
    assert _who("The Syrian regime denied any role in the attack.") == [("Government of Syria", "denied")]
    assert _who("Manila said the ship had left port.")[0][0] == "Government of the Philippines"
    # "the presidency" is the state the story is about, not one named for the other side of a meeting
    assert _who("Kenya's president met donors on Monday. The presidency said he had spoken with his French counterpart.")[1][0] == \
        "Government of Kenya"
    assert _who("A statement from the presidency said the president had spoken with his French counterpart.")[0][0] == "presidency"


def test_state_media_of_a_named_state_is_a_source_of_its_own():
    assert _who("North Korean state media reported that the test succeeded.")[0][0] == "North Korean state media"


def test_a_possessive_body_of_a_state_is_an_organisation_of_that_state():
    assert _who("Ukraine's military intelligence said the strike killed 30 soldiers.")[0][0] == \
        "Ukrainian military intelligence"


def test_reporting_verbs_beyond_said():
    rows = _who("Prime Minister Ana Lopes condemned the attack. Lopes thanked the rescuers. "
                "She vowed to rebuild every school. Lopes acknowledged the delays.")
    assert rows == [("Ana Lopes", "stated"), ("Ana Lopes", "stated"), ("Ana Lopes", "predicted"), ("Ana Lopes", "confirmed")]


def test_a_definite_description_is_the_nearest_actor_of_its_kind_or_says_it_is_unresolved():
    claims = _claims("The Federal Emergency Agency (FEA) said 40 people had died. FEA said rescuers were on the way. "
                     "The agency said roads were closed. The court said it would rule on Friday.")
    assert [c["claimant"] for c in claims[:3]] == ["Federal Emergency Agency"] * 3
    assert claims[3]["claimant"] == "court" and claims[3]["claimant_role"].startswith("unresolved")


def test_a_role_noun_is_the_person_who_holds_it():
    rows = _who("Interior Minister Jan Kral said the dam held. The minister said in an interview with Radio "
                "Meridian that talks had stalled.")
    assert rows == [("Jan Kral", "stated"), ("Jan Kral", "stated")]
    assert _claims("Interior Minister Jan Kral said the dam held. The minister said in an interview with Radio "
                   "Meridian that talks had stalled.")[1]["via"] == "Radio Meridian"


def test_a_group_in_a_place_is_the_group_not_the_place():
    assert _who("The police in Portville said two men were arrested.")[0][0] == "Portville police"
    assert _who("Authorities in the Philippines say the ferry was overloaded.")[0][0] == "Philippine authorities"


def test_citing_makes_the_cited_source_the_claimant_and_the_outlet_its_conduit():
    claims = _claims("Meridian TV reported, citing the National Grid Authority, that power was cut.")
    assert (claims[0]["claimant"], claims[0]["via"], claims[0]["certainty"]) == \
        ("National Grid Authority", "Meridian TV", "reported")


def test_nested_attribution_gives_the_believer_and_its_verb():
    claims = _claims("The National Fire Service was called in. Interior Minister Jan Kral said the service "
                     "believes the fire was arson.")
    assert (claims[1]["claimant"], claims[1]["via"], claims[1]["certainty"]) == \
        ("National Fire Service", "Jan Kral", "hedged")


def test_the_claimants_own_verb_decides_the_certainty():
    assert _who("Colonel Ivan Roe suggested that troops will be sent.")[0] == ("Ivan Roe", "hedged")
    assert _who("No arrest has been made.") == [("article", "denied")]
    assert _who("Prices are likely to rise in May.") == [("article", "hedged")]


def test_unattributed_quote_paragraphs_belong_to_the_adjacent_speaker():
    body = ('"We will rebuild," Governor Sam Okoro said on Monday.\n\n'
            '"Every school will reopen by June. Every road will be repaired.\n\n'
            '"This is a promise to every family," he said.\n\nResidents were sceptical.')
    assert [c["claimant"] for c in _claims(body)] == ["Sam Okoro"] * 4 + ["article"]
    body = 'Governor Sam Okoro spoke to reporters.\n\n"Every school will reopen by June."\n\n"It is a promise," Okoro said.'
    assert [c["claimant"] for c in _claims(body)][1:] == ["Sam Okoro", "Sam Okoro"]


def test_a_quote_after_a_colon_is_its_speakers():
    assert _who('Okoro wrote on social media: "The worst is over."')[0][0] == "Okoro"


def test_a_present_tense_headline_is_attributed_to_its_subject():
    text = ("Minister praises rescuers for quick response\n\n"
            "Health Minister Ana Pires said rescuers had saved 40 people on Tuesday.")
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title=text.split("\n")[0]),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    headline = extract_rows(article)["claims"][0]
    assert (headline["kind"], headline["claimant"]) == ("headline", "Ana Pires")


def test_furniture_is_never_a_claim():
    claims = _claims("The ferry sank on Saturday, officials said.\n\n(Reporting by Jane Roe; Editing by Tom Hart)")
    assert [(c["kind"], c["claimant"], c["certainty"]) for c in claims][1] == ("furniture", None, None)


def test_a_headline_speaks_for_the_body_it_names():
    text = "Ministry launches borehole programme\n\nThe Ministry of Water Supply said drilling would begin in March."
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title=text.split("\n")[0]),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    assert extract_rows(article)["claims"][0]["claimant"] == "Ministry of Water Supply"


def test_the_speakers_first_cue_decides_inside_a_quote():
    assert _who('"We fear what we will find," Mayor Ana Roe said.')[0] == ("Ana Roe", "hedged")
    assert _who("Tokyo said no debris had fallen in its waters.")[0] == ("Government of Japan", "denied")
    assert _who("His lawyer, Joana Reis, said he would appeal.")[0] == ("Joana Reis", "predicted")


def test_a_company_reporting_its_own_figures_states_them():
    assert _who("Hanul Chemical Co. reported a 41% rise in quarterly profit.")[0] == ("Hanul Chemical Co.", "stated")
    assert _who("Local news sites reported that fighters were seen near the border.")[0] == \
        ("unattributed reports", "reported")


def test_a_place_after_a_preposition_is_not_the_subject():
    assert _who("A security analyst based in Dakar believes the attack was planned abroad.")[0][0] != \
        "Government of Senegal"


def test_a_time_between_subject_and_verb_keeps_the_subject():
    assert _who("Lumeta Copper on Friday denied that it had ignored any warning.")[0] == ("Lumeta Copper", "denied")
    assert _who("The National Water Authority on Tuesday said 40 wells had dried up.")[0][0] == "National Water Authority"


def test_a_states_own_body_named_bare_is_that_states():
    assert _who("Rescuers in Bolivia reached the miners. The search was suspended, police said.")[1][0] == \
        "Bolivian police"


def test_it_is_the_body_named_before():
    rows = _who("The ministry denied receiving any warning. In a statement, it said the shaft was safe.")
    assert rows[1][0] == rows[0][0] == "ministry"


def test_a_headline_role_with_nobody_holding_it_is_the_articles():
    text = "Minister praises rescuers\n\nRescuers freed 14 miners on Tuesday."
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title="Minister praises rescuers"),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    assert extract_rows(article)["claims"][0]["claimant"] == "article"


def test_a_negated_main_clause_is_denied():
    # the claimant's own clause says it did not happen
    assert _who('"Clients are not cancelling, but they are slower to sign," Anil Mehta told analysts on a call.') == \
        [("Anil Mehta", "denied")]
    assert _who('"There are no such talks," Anil Mehta said.') == [("Anil Mehta", "denied")]
    assert _who("No illnesses linked to the product have been reported, the agency added.")[0][1] == "denied"
    assert _who("Anil Mehta said the council had not studied the alternatives.") == [("Anil Mehta", "denied")]
    assert _claims("He did not enter a plea.")[0]["certainty"] == "denied"
    assert _who("No arrests were made, according to the Harwick Police Service.")[0][1] == "denied"
    # a state described, a modal, a subordinate clause's negation: not denials
    assert _who('"It is not a tourist attraction," Anil Mehta said.') == [("Anil Mehta", "stated")]
    assert _who('"There is no immediate danger to the public," Anil Mehta said.') == [("Anil Mehta", "stated")]
    assert _who("Anil Mehta said the cap could cut output next year if it is not lifted.")[0][1] != "denied"
    assert _claims("The court found that the villages had been left dry because the pipe was never finished.")[0]["certainty"] != "denied"


def test_parenthetical_attribution_takes_the_clause_before_it():
    assert _who("No teacher on a continuing contract has been laid off, Anil Mehta said, and most posts will go "
                "through retirements.") == [("Anil Mehta", "denied")]


def test_according_to_records_names_their_owner_or_the_records():
    assert _who("The consensus forecast was 1,910 crore rupees, according to StreetLine data.") == [("StreetLine", "reported")]
    assert _who("According to court documents, border officers found the drug inside tiles.") == \
        [("court documents", "reported")]
    assert _who("The home side had 61 percent of possession, according to the league's match data.") == \
        [("league", "reported")]


def test_understood_and_not_ruled_out_are_hedges():
    assert _claims("It is understood police are looking for a third person.")[0]["certainty"] == "hedged"
    assert _who('Anil Mehta said in a statement that further arrests "could not be ruled out".') == \
        [("Anil Mehta", "hedged")]


def test_a_denied_report_is_the_object_not_a_nested_source():
    body = "Harlow Systems Ltd reported higher profit. Harlow also denied a media report last week that it was in talks."
    assert _who(body)[1] == ("Harlow Systems Ltd", "denied")


def test_contrary_to_reports_with_a_post_posed_speaker_is_denied():
    assert _who("Contrary to reports circulating on social media, no coach fell into a river, "
                "the rail corporation said in a statement on Wednesday afternoon.") == [("rail corporation", "denied")]


def test_a_count_opening_a_headline_is_no_claimant():
    text = "Nine confirmed dead as train derails\n\nAt least nine passengers died, police said."
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title="Nine confirmed dead as train derails",
                      published=dt.date(2024, 12, 1)), sha256=hashlib.sha256(text.encode()).hexdigest())
    assert extract_rows(article)["claims"][0]["claimant"] != "Nine"


def test_a_reporting_participle_speaks_for_the_sentence_subject():
    body = ("Magistrate Helen Ashby heard the case on Monday. "
            "Magistrate Helen Ashby refused the application, saying the risk of flight was real.")
    assert _who(body)[1] == ("Helen Ashby", "stated")
    body = ("Harbour coach Peter Mwangi spoke after the match. "
            "Harbour coach Peter Mwangi was furious about the corner, insisting the ball had crossed the line.")
    assert _who(body)[1] == ("Peter Mwangi", "stated")


def test_poll_respondents_are_the_claimant_not_the_pollster():
    assert _who("Analysts polled by Kestrel Wire had expected a median of 4.85%.")[0][0] == "Analysts polled by Kestrel Wire"
    assert _who("Eleven of 17 economists polled this week expect the bank to hold.")[0] == ("economists polled", "predicted")


def test_a_school_district_is_an_actor():
    assert _who("The district estimates the closures will save $3.1 million a year.") [0][1] == "hedged"
    assert _who("The district estimates the closures will save $3.1 million a year.")[0][0] != "article"


def test_a_will_inside_an_embedded_question_is_no_prediction():
    assert _who('"The sample is small and cannot tell us how bogs elsewhere will behave," Anil Mehta said.') == \
        [("Anil Mehta", "stated")]


def test_post_posed_speaker_with_a_trailing_appositive():
    assert _who("Inflation eased to 4.92% in November, the statistics agency said on Friday, a smaller drop than "
                "economists had forecast that may make the bank wary.")[0][1] == "stated"


def test_per_before_a_unit_is_no_source_and_the_notice_is_its_issuer():
    body = ("The Harwick Food Standards Authority ordered a recall on Monday. "
            "Samples contained 41 micrograms of aflatoxin per kilogram, according to the notice.")
    assert _who(body)[1] == ("Harwick Food Standards Authority", "reported")
    # nor before a currency named by its country
    assert _who("The tenge traded at about 512 per US dollar on Friday, according to the central bank.")[0][0] == "central bank"
    assert _who("The toll rose to 40, per the ministry.")[0] == ("ministry", "reported")


def test_a_second_that_clause_does_not_regrade_the_first():
    assert _who("Anil Mehta said the authority had suspended the licence for 30 days, and that it may widen the recall.") == \
        [("Anil Mehta", "stated")]


def test_a_body_that_revises_or_updates_a_count_is_its_source():
    # "revised the death toll to 31": the count is the office's, as if it had said it
    assert _who("The Portville Emergency Office on Tuesday revised the death toll from the storm to 31.") == \
        [("Portville Emergency Office", "stated")]
    assert _who("The Portville Emergency Office updated its count of the missing to 12.") == \
        [("Portville Emergency Office", "stated")]


# The speed work replaced some patterns with tests that skip them or do their work another
# way; these check each replacement against the pattern, on random texts.

def test_a_source_known_only_by_its_description_is_the_claimant():
    # any head noun: news copy describes a source it does not name ("the secretariat")
    rows = _who("About 900 families are staying in church halls, the county relief secretariat said in a statement. "
                "No one has been hurt, the secretariat said. "
                "The regional planning inspectorate said the embankment had failed twice before.")
    assert [r[0] for r in rows] == ["county relief secretariat"] * 2 + ["regional planning inspectorate"]
    assert _who("A senior engineer, who spoke on condition of anonymity, said the dam was under strain.")[0][0] == "A senior engineer"
    assert _who("The dam is under strain, a guard there said.")[0][0] == "a guard there"
    # a counted group is the group, not its count
    assert _who("Two former agency employees, who asked not to be named, told us that files were closed early.")[0][0] == \
        "former agency employees"
    # a thing as the subject of a verb that is not surely speech is no source
    assert _who("The drought adds to the strain on the valley, where 5,000 herders have left since 2019.")[0][0] == "article"
    assert _who("The shipping unit posted a loss of 12 million euros.")[0][0] == "article"


def test_an_age_or_a_named_body_after_a_name_is_an_appositive():
    assert _who("At a shelter in Portville, Mary Okafor, 61, said the water had reached her roof within an hour.")[0][0] == "Mary Okafor"
    assert _who("Tom Reyes, 45, a fisherman, said he had lost his boat.")[0][0] == "Tom Reyes"
    assert _who("Jane Mbeki of the rights group Voice of the People said the warnings had come too late.")[0][0] == "Jane Mbeki"
    assert _who("Amina Juma of the consumer group Sauti ya Haki said shops should be named.")[0][0] == "Amina Juma"


def test_a_second_verb_shares_the_subject_that_opens_the_sentence():
    assert _who("The weather bureau has extended its warning until Friday and said more rain could fall.")[0][0] == "weather bureau"
    assert _who("Northland Mining Ltd cut 200 jobs in May and said it would close a second pit.")[0] == ("Northland Mining Ltd", "predicted")
    # "suspected and confirmed cases": an adjective, not a second verb
    assert _who("Ruritania has logged 52 suspected and confirmed cases of measles since March 2, the Ministry of Health said.")[0] == \
        ("Ministry of Health", "stated")


def test_research_and_issued_documents_speak_for_their_authors():
    rows = _who("Northland Mining Ltd reported a 12% fall in quarterly output on Monday. "
                "Zinc made up half of sales, the filing showed. "
                "Salt marshes restored after 2010 stored more carbon than untouched ones, the study found. "
                "Officers seized 7 boats and $20,000 in cash, the statement said.")
    assert [r[0] for r in rows] == ["Northland Mining Ltd"] * 2 + ["study", "Northland Mining Ltd"]


def test_they_is_the_group_that_spoke_last():
    rows = _who("Officials in Portville say the road will reopen on Friday. About 40 families have been moved to a school, they said.")
    assert rows == [("Portville officials", "predicted"), ("Portville officials", "stated")]
    # a firm is no "they"
    rows = _who("Northland Mining Ltd reported a fall in output. About 40 families have been moved to a school, they said.")
    assert rows[1][0] == "article"


def test_a_source_revising_its_own_estimate_or_forecast_claims_it():
    rows = _who("Northland Mining Ltd reported a 12% fall in quarterly output on Monday. "
                "The company cut its full-year forecast for zinc output to 80,000 tonnes. "
                "The national statistics office said inflation eased to 4.9%. "
                "Separately, the office lowered its estimate of first-quarter growth to 1.3% from 1.6%. "
                "The central bank kept its inflation target at 3%.")
    assert rows[1:] == [("Northland Mining Ltd", "predicted"), ("national statistics office", "stated"),
                        ("national statistics office", "stated"), ("central bank", "predicted")]
    # a reporting verb that is also a revision verb: the forecast it keeps decides
    assert _who("Northland Mining Ltd reported a 12% fall in quarterly output on Monday. "
                "The company maintained its 2026 guidance for zinc output.")[1] == ("Northland Mining Ltd", "predicted")
    assert _who("The minister maintained that the count was right.") == [("minister", "stated")]
    assert _who("Northland Mining Ltd reported a 12% fall in quarterly output on Monday. "
                "It retained its operating margin guidance of 19-20 per cent.")[1] == ("Northland Mining Ltd", "predicted")


def test_could_after_a_past_verb_is_a_possibility_where_it_says_what_may_be():
    assert _who("Analysts at Pine Securities said in a note that the tariff could cut exports by 8% next year if it stays.") == \
        [("Pine Securities", "hedged")]
    assert _who("Dr Ana Ruiz said the real number of cases could be far higher.") == [("Ana Ruiz", "hedged")]
    # the past of "can": what the machines were able to do
    assert _who("Lawyer Mark Osei told jurors that the scanners could reliably read fewer than 40 badges.") == \
        [("Mark Osei", "stated")]


def test_nouns_and_participles_of_reporting_verbs_set_no_certainty():
    assert _who("Defence lawyer Ian Moss said his client had been paid $500 and had hired the van for a wedding "
                "planned a year before.")[0][1] == "stated"
    assert _who("Northland Mining Ltd reported a 3% fall in quarterly sales on Monday and trimmed its full-year sales "
                "forecast.")[0][1] == "stated"
    assert _who("Health officials in Kiru said three more patients had been admitted to the isolation ward on Friday.")[0][1] == \
        "stated"
    assert _who("The trial was postponed when the accused was admitted to hospital.")[0][1] == "stated"
    # an intent after a possessive is still one
    assert _who("Northland Mining Ltd announced its plans to close the mine.")[0][1] == "predicted"


def test_the_speakers_own_hedge_verb_and_a_coordinated_denial_decide():
    assert _who('"Our figures suggest the coast will keep retreating," Maria Lind said.') == [("Maria Lind", "hedged")]
    assert _who("The army said it had hit fuel depots and denied shelling homes.")[0][1] == "denied"
    # an expectation the facts have overtaken is the analysts' figure, not a forecast
    assert _who("Traders polled by Pine Securities had expected a rise of 0.3%.")[0][1] == "stated"
    assert _who("Economists expect inflation to ease next month.")[0][1] == "predicted"


def test_the_government_is_the_state_the_story_is_about():
    rows = _who("Paraguay's new water law drew crowds of farmers in Paraguay on Saturday. "
                "A station broadcasting from Uruguay put the crowd at 3,000. "
                "The government said on Monday that the law stands.")
    assert rows[-1][0] == "Government of Paraguay"


def test_bare_state_media_belong_to_the_state_the_story_is_about():
    rows = _who("Paraguay's president left Paraguay on Monday for talks. State television reported that he had landed.")
    assert rows[-1] == ("Paraguayan state television", "reported")


def test_unattributed_quote_paragraphs_of_an_interview_are_its_subjects():
    text = ('"The wells are talking to us": a hydrologist on a drying delta\n\n'
            "For twenty years, Dr Mariam Tall has measured the river. She spent a day with us last week.\n\n"
            '"We are taking more water out than the rain puts back. That is the whole story.\n\n'
            '"In 2010 the wells were full. Now they are dry."\n\n'
            "The ministry says it will build two dams.\n")
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title="The wells are talking to us", published=dt.date(2024, 12, 1)),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    rows = extract_rows(article)["claims"]
    assert rows[0]["claimant"] == "Mariam Tall"  # the headline quotes the story's subject
    quoted = [r["claimant"] for r in rows if r["text"].startswith(("\"We are", "That is", "\"In 2010", "Now they"))]
    assert quoted == ["Mariam Tall"] * 4
    assert _who("The Centre for River Research counts eels. Eel numbers fell by a quarter, according to the centre's surveys.")[1] == \
        ("Centre for River Research", "reported")


def test_it_is_the_body_that_opened_the_sentence_before():
    rows = _who("The National Road Safety Authority (NRSA) checked the bridge in May. "
                "The regulator would not comment. In a statement, it said the checks were complete.")
    assert rows[-1] == ("National Road Safety Authority", "stated")


def test_the_head_of_state_is_the_president_named():
    rows = _who('President Omar Bakri opened the plant on Friday. "Water is life," the head of state said.')
    assert rows[-1][0] == "Omar Bakri"


def test_a_relative_clause_verb_speaks_for_its_antecedent():
    assert _who("The ferry is run by Harbour Line SA, which carries 2 million passengers a year and says it has "
                "never lost a vessel.")[0][0] == "Harbour Line SA"
    # a relative clause that closes before the main verb is no attribution
    assert _who("Kofi Mensah, who denied every count during the hearing, was led away in handcuffs.")[0][0] == \
        "article"
    assert _who("A security analyst based in Lagos, who asked not to be named, said the gang may have new boats.")[0][0] == \
        "A security analyst based in Lagos"


def test_a_document_seen_by_an_outlet_is_relayed():
    rows = _who("Figures from the National Roads Agency, seen by Radio Coastline, show that 300 bridges need repair. "
                "Documents seen by the Daily Courier show that the tests were delayed. "
                "One span was shut for a week in May, an internal memo shows.")
    assert rows[0] == ("National Roads Agency", "reported")
    assert rows[1] == ("documents", "reported")
    assert rows[2][0] == "internal memo"
    assert [c["via"] for c in _claims("Documents seen by the Daily Courier show that the tests were delayed.")] == ["Daily Courier"]


def test_the_note_of_a_research_firm_speaks_for_it():
    rows = _who("Rents will keep rising, economists at Birch Analytics wrote in a note. "
                '"Demand has not cooled. We would not be surprised by another jump," the note said.')
    assert [r[0] for r in rows] == ["Birch Analytics"] * 3


def test_a_press_release_speaks_in_its_issuers_voice():
    text = ("Northland Cells to build battery plant\n\nPRESS RELEASE\n\n"
            "PORTVILLE, March 3, 2026 -- Northland Cells JSC, a maker of battery systems, today announced that it will build a plant.\n\n"
            "The project will create about 1,800 jobs.\n\n"
            '"This plant moves us forward," said Anna Berg, the chief executive.\n\n'
            "Founded in 2016, the firm employs 2,400 people.\n")
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title="Northland Cells to build battery plant", published=dt.date(2026, 3, 3)),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    rows = [(r["claimant"], r["kind"]) for r in extract_rows(article)["claims"]]
    assert rows[0][0] == "Northland Cells JSC"
    assert [c for c, k in rows if k != "furniture"] == ["Northland Cells JSC"] * 3 + ["Anna Berg", "Northland Cells JSC"]
    # without the release's own mark the article speaks for itself
    assert _who("Northland Cells JSC built a plant in May. The project created 1,800 jobs.")[1][0] == "article"


def test_a_release_marked_in_a_line_of_several_marks_speaks_in_its_issuers_voice():
    for mark in ("NEWS RELEASE – FOR IMMEDIATE PUBLICATION", "Corporate News | Portville, 12 May 2026"):
        text = (f"Alpha Foods grows sales\n\n{mark}\n\n"
                "Portville, 12 May 2026 – Alpha Foods AG today announced that it will open a bakery in Eastfield.\n\n"
                "Sales in Eastfield rose 4% to EUR 12.1 million last year.\n")
        article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title="Alpha Foods grows sales", published=dt.date(2026, 5, 12)),
                          sha256=hashlib.sha256(text.encode()).hexdigest())
        rows = {r["text"][:5]: r["claimant"] for r in extract_rows(article)["claims"]}
        assert rows["Sales"] == "Alpha Foods AG", mark


def test_a_listed_companys_exchange_announcement_speaks_in_its_voice():
    text = ("ASX ANNOUNCEMENT\n\n23 October 2025\n\nQuarterly Activities Report\n\n"
            "Meridian Gold Limited (ASX: MGL) reports its activities for the quarter ended 30 September 2025.\n\n"
            "Gold production of 31,204 ounces, up 12% on the prior corresponding period.\n")
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title="Quarterly Activities Report", published=dt.date(2025, 10, 23)),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    rows = [(r["claimant"], r["kind"]) for r in extract_rows(article)["claims"]]
    assert [c for c, k in rows if k == "claim"] == ["Meridian Gold Limited"] * 2


def test_a_rank_after_a_name_between_commas_is_no_name():
    assert _who("Lead counsel to the petitioners, Mr Olusegun Ogundipe, SAN, told journalists his clients would appeal.")[0][0] == \
        "Olusegun Ogundipe"
    assert _who("Counsel for the state, Jane Roe, QC, said the ruling was sound.")[0][0] == "Jane Roe"
    assert _who("Tom Doe, MP, said the vote was fair.")[0][0] == "Tom Doe"
    # (and before a clause that describes the speaker)
    assert _who("Tom Jones, SAN, who leads the defence team, called the charge baseless.")[0][0] == \
        "Tom Jones"


def test_a_plural_possessive_before_a_verb_noun_is_no_subject():
    # "prosecutors' demand": a noun after a plural possessive, not "demand" said by "below prosecutors"
    assert _who("The court ordered a restitution below prosecutors' demand.")[0][0] != "below prosecutors"
    assert _who("The fine fell short of the regulators' estimate.")[0][0] == "article"


def test_a_post_in_capitals_after_a_name_is_the_persons_appositive():
    body = ("The Portville Health Service (PHS) said 1,200 cases were recorded. Dr. Efua Mensah-Bonsu, Director of "
            "Public Health at the PHS, said a single week's figures meant little.")
    assert _who(body)[1][0] == "Efua Mensah-Bonsu"


def test_a_title_that_runs_over_of_is_the_role_of_the_name_after_it():
    assert _who("Minister of Foreign Affairs John Smith said the talks would resume.")[0] == ("John Smith", "predicted")
    assert _who("Deputy Chairman of the Council of Ministers Peter Orr said the bridge cost $90 million.")[0][0] == "Peter Orr"
    assert _who('"The crews worked through the night," Minister of Transport Luis Condo Apaza told reporters.')[0][0] == \
        "Luis Condo Apaza"
    # the holder named after the title that follows the verb; the quote before the verb sets the certainty
    assert _who('"We will deliver," said the Minister of Health, Dr. Anna Kruger.') == [("Anna Kruger", "predicted")]


def test_a_second_modal_predicate_does_not_regrade_what_was_done():
    assert _who("Harbour Line said it had halted all ferries and would help investigators.")[0][1] == "stated"
    assert _who("Pine Resorts said it would cut jobs and close plants.")[0][1] == "predicted"


def test_an_estimated_figure_is_hedged_and_an_unpublished_one_a_gap():
    assert _who("The fire service says the blaze is now estimated at 40 hectares.")[0][1] == "hedged"
    assert _who("The fund holds an estimated 3 percent of the city's budget.")[0][1] == "hedged"
    rows = _claims("The agency has not yet published its count.")
    assert (rows[0]["kind"], rows[0]["certainty"]) == ("gap", "stated")


def test_names_with_extended_latin_letters_and_plural_nouns_before_a_preposition():
    assert _who('"The tests do not show any leak," said Dr Ioana Brâncuși, a chemist.')[0][0] == "Ioana Brâncuși"
    assert _who("Łukasz Nowak said the plant would close.")[0] == ("Łukasz Nowak", "predicted")
    # "reports for this newspaper": a noun, not the verb of the clause
    assert _who("Dr Ana Ruiz, a chemist who read the test reports for this newspaper, said the results may be wrong.")[0] == \
        ("Ana Ruiz", "hedged")
    assert _who("The union calls on members to strike.")[0][0] == "union"


def test_the_news_set_in_its_series_is_background_and_what_a_group_did_a_claim():
    kinds = [c["kind"] for c in _claims("It is the third ferry accident on the lake this year. "
                                        "It was the worst storm since 2009. Councillors voted no. Most members backed the plan.")]
    assert kinds == ["background", "background", "claim", "claim"]


def test_a_stretch_of_months_that_ends_lately_is_no_history():
    # the stretch is dated from its first month, but it runs to its last: a shutdown "between
    # February and October" told in November is this year's news, one that ended long ago is
    # background
    published = dt.date(2026, 11, 20)
    kinds = [c["kind"] for c in _claims("The plant was shut between February and October. "
                                        "The plant was shut between January and March 2025.", published)]
    assert kinds == ["claim", "background"]


def test_a_quote_that_goes_on_after_its_attribution_keeps_its_speaker():
    rows = _who('"The wards in the north are full," said Dr Nadia Karim, head of the unit. '
                '"We are turning people away. Patients should come in before the weekend."')
    assert [r[0] for r in rows] == ["Nadia Karim"] * 3


def test_a_participle_phrase_is_an_appositive_and_a_newspaper_a_conduit():
    rows = _claims("Energy Minister Paul Rix told the Daily Courier that fuel imports would fall by a third. "
                   "Rix, speaking to reporters in the capital, said prices would rise.")
    assert [(r["claimant"], r["via"]) for r in rows] == [("Paul Rix", "Daily Courier"), ("Paul Rix", None)]


def _headline_certainty(headline):
    text = headline + "\n\nThe firm said so on Monday.\n"
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title=headline, published=dt.date(2024, 12, 1)),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    return extract_rows(article)["claims"][0]["certainty"]


def test_a_headline_subject_to_a_verb_is_a_prediction():
    assert _headline_certainty("Harbour Line to build new ferry terminal") == "predicted"
    assert _headline_certainty("Town pool to stay shut until 2027 as bill climbs") == "predicted"
    assert _headline_certainty("Prices rise to record high") == "stated"
    assert _headline_certainty("Sales fell to 3 billion") == "stated"


def test_what_a_source_aims_or_intends_to_do_and_a_headlines_study_finds():
    assert _who("The regional government aims to restore 25,000 hectares by 2030.")[0] == ("regional government", "predicted")
    assert _who("France intends to close two plants.")[0] == ("Government of France", "predicted")
    text = "Restored marshes may take a decade to recover, study finds\n\nThe team measured 30 marshes.\n"
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title=text.split("\n")[0], published=dt.date(2024, 12, 1)),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    assert extract_rows(article)["claims"][0]["claimant"] == "study"


def _random_texts(pieces, separators, count, seed, most=8):
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) + rng.choice(separators) for _ in range(rng.randint(0, most)))
            for _ in range(count)]


def test_the_words_before_a_name_are_what_the_full_name_pattern_captures():
    import re

    from claimbrief.extract.claims import _words_before_name

    words = ["Lee", "Lee", "Kofi", "Kim", "O’Lee", "Lee-Kim", "de", "x", "Ab", "K", "Leeds", "É"]
    separators = [" ", " ", "\n", ", ", "-", "’s ", "  ", "'s", ""]
    for i, text in enumerate(_random_texts(words, separators, 20000, 1)):
        token = ["Lee", "Lee-", "Kim", "Lee-Kim", "Kofi", "Leeds"][i % 6]
        match = re.search(rf"\b((?:[A-Z][\w’'-]+\s+){{1,2}}){re.escape(token)}\b(?![’']s\s+[a-z])", text)
        assert _words_before_name(text, token) == (match.group(1) if match else None), (text, token)


def test_the_auxiliaries_ending_a_clause_go_as_the_pattern_takes_them():
    from claimbrief.extract.claims import _patterns, _without_aux_tail

    words = ["has", "Has", "also", "said", "Smith", "on", "Monday", "on Friday", "in a statement", "had earlier", "ſtill",
             "STILL", "x", "week", "last", "this", "earlier this", "late on", "will", "not", "a", "statement", "in"]
    for left in _random_texts(words, [" ", ", ", ",", "  ", "\n", " ,", "", "\t"], 20000, 2):
        assert _without_aux_tail(left) == _patterns()["aux_tail"].sub("", left), left


def test_no_cue_pattern_is_skipped_where_it_matches():
    import re

    from claimbrief.extract.claims import _NEGATION_WORD, _patterns, _sentence_cues
    from claimbrief.lexicon import lexicon

    lex, pats = lexicon(), _patterns()
    phrases = [phrase for key in ("according_phrases", "hedge_phrases", "reported_phrases", "predicted_phrases",
                                  "denied_phrases", "gap_phrases", "conduit_phrases", "definition_phrases")
               for phrase in lex[key]] + list(pats["verb_group"]) + re.findall(r"[a-z]+", _NEGATION_WORD.pattern)
    filler = ["The", "x", "said", "Smith", "term", "(a)", "“", "'", ",", "ſ", "Xmeans", "is", "was", "reported", "not",
              "didn't", "WON’T", "cannot"]
    bodies = _random_texts(phrases + filler, [" ", "  ", "\n", "-", ""], 20000, 3, most=5)
    matched = 0
    for body in bodies + [body.upper() for body in bodies[:5000]]:
        can_match = _sentence_cues(body)
        for key in ("verb", "according", "hedged", "reported", "predicted", "denied", "gap", "conduit", "passive_verb"):
            if pats[key].search(body):
                matched += 1
                assert key in can_match, (key, body)
        if pats["definition"].match(body):
            assert "definition" in can_match, body
        if _NEGATION_WORD.search(body):
            assert "negation" in can_match, body
    assert matched > 10000  # the test reaches the patterns


def test_hedges_predictions_and_gaps_of_news_copy():
    assert _who("The toll is feared to be higher.")[0][1] == "hedged"
    assert _who("The trawler was presumed to have sunk with all hands.")[0][1] == "hedged"
    assert _who("Officials said a gas leak was the possible cause of the blast.")[0] == ("unnamed officials", "hedged")
    assert _who("The ferry line is on track to carry two million passengers this year.")[0][1] == "predicted"
    rows = _claims("It is not clear whether the new dose protects against the variant.")
    assert (rows[0]["kind"], rows[0]["claimant"]) == ("gap", "article")


def test_absence_of_what_was_looked_for_is_a_denial():
    assert _who("Police said there was no evidence of foul play.") == [("police", "denied")]
    assert _who("There was no sign of a leak, the plant operator said.")[0][1] == "denied"
    assert _who("Inspectors found no trace of the chemical in the river.")[0][1] == "denied"


def test_the_press_relays_what_it_reports():
    assert _who("Three guards were killed, local media reported.") == [("local media", "reported")]
    assert _who("Two bridges collapsed, state television reported.")[0][1] == "reported"
    assert _who("Media reports said the mayor had resigned.") == [("unattributed reports", "reported")]
    # a body's own "reported" gives its own figures
    assert _who("The agency reported 300 new cases on Monday.")[0][1] == "stated"


def test_unnamed_and_role_group_sources():
    assert _who("A deal was close, a source close to the talks said.")[0][0] == "unattributed reports"
    assert _who("A deal was close, according to a person with knowledge of the plans.")[0] == ("unattributed reports", "reported")
    assert _who("Western diplomats said a deal was close.")[0][0] == "Western diplomats"
    assert _who("A truce was near, diplomats said.")[0][0] == "diplomats"


def test_an_aside_after_a_withheld_answer_leaves_the_gap():
    rows = _claims("The prison service would not say whether any guards were disciplined, although a local radio station reported that three had been.")
    assert (rows[0]["kind"], rows[0]["claimant"], rows[0]["certainty"]) == ("gap", "article", "stated")


def test_what_a_source_says_is_false_or_possible():
    assert _who('"That is simply not true," the spokesman said.')[0][1] == "denied"
    assert _who("The ministry said the report was false.")[0][1] == "denied"
    assert _who("It is possible that more people are buried under the rubble, the rescue chief said.")[0][1] == "hedged"


def test_court_and_office_events_are_claims():
    rows = _claims("The defendant pleaded guilty to two counts of theft. "
                   "The magistrate remanded him in custody. "
                   "The assembly elected a new speaker.")
    assert [c["kind"] for c in rows] == ["claim", "claim", "claim"]
    # a verdict, a rescue, a recall are events; a judgement of one's own is not a verdict
    rows = _claims("The jury found Vance guilty on all counts. Rescuers pulled a boy from the rubble. "
                   "The company recalled the product. She found the work rewarding.")
    assert [c["kind"] for c in rows] == ["claim", "claim", "claim", "background"]


def test_a_described_speaker_after_the_verb():
    # the clause before the comma is what was said, never the source
    assert _who("The mill will close, said an official who asked not to be named.") == [("unnamed official", "predicted")]
    assert _who("Prices could rise further, said an economist at the central bank.") == [("unnamed economist", "hedged")]
    assert _who("The pier would reopen, said the harbour master.")[0][0] == "harbour master"
    assert _who("The mill will close, said Tom Weller, who heads the union and has led it since 2019.") == \
        [("Tom Weller", "predicted")]
    # "one" is a determiner as "a" is; a description that makes the source anonymous is read with it
    assert _who('"It was terrifying," said one resident, who asked not to be named.') == [("one resident", "stated")]
    assert _who('"This is a disaster," said a diplomat familiar with the talks.') == [("unattributed reports", "reported")]
    assert _who("The deal is off, said an official close to the negotiations.") == [("unattributed reports", "reported")]


def test_ruling_out_and_forecasts_in_the_passive():
    assert _who("The inspectorate ruled out sabotage.") == [("inspectorate", "denied")]
    assert _who("The inspectorate did not rule out sabotage.") == [("inspectorate", "hedged")]
    assert _who("He did not point out the error.")[0][1] == "denied"  # only "rule out" turns into a hedge
    assert _who("More snow is forecast for the weekend.")[0][1] == "predicted"
    assert _who("The cyclone is projected to strengthen.")[0][1] == "predicted"
    assert _who("Final results are expected by Friday.")[0][1] == "predicted"
    assert _who("The new levy takes effect on January 1.")[0][1] == "predicted"
    assert _who("The council said early test results suggest the well was contaminated.")[0] == ("council", "hedged")


def test_a_possibility_left_open_in_a_reported_clause_is_a_hedge():
    assert _who("Inspectors said they had not yet ruled out sabotage.") == [("Inspectors", "hedged")]
    assert _who("Police said they could not rule out further arrests.")[0][1] == "hedged"
    assert _who("Police said no arrests had been made.")[0][1] == "denied"


def test_an_indefinite_speaker_placed_where_they_work_or_live():
    # "a doctor at the hospital", "a farmer in the village": the speaker as written, before or after the quote
    assert _who('"We have no more beds," a doctor at the hospital said.') == [("a doctor at the hospital", "stated")]
    assert _who("A fisherman in the village said three boats were missing.") == [("A fisherman in the village", "stated")]
    assert _who('"We are ready," an engineer at the plant told reporters.')[0][0] == "an engineer at the plant"
    # a noun for no speaker is not made one by a place after it
    assert _who("A rise in the cost of living suggests that inflation is back.")[0][0] == "article"


def test_a_person_known_by_one_name_after_the_verb():
    # a one-word name the story gives no more of, with an apposition, a relative clause or an age
    # after it, is a person, as it is before the verb ("Fatima, a mother of four, said")
    assert _who('"Prices have doubled," said Fatima, a mother of four.') == [("Fatima", "stated")]
    assert _who('"We sleep in the car," said Maria, 61.') == [("Maria", "stated")]
    assert _who('"The army must leave," said Joseph, who gave only his first name.')[0][0] == "Joseph"
    assert _who('"It was very cold," said Monday.')[0][0] == "article"


def test_a_clause_before_a_post_posed_verb_is_no_description_of_its_speaker():
    # "The strike hit a depot" is what was said: a description has no article inside it
    assert _who("The strike hit a depot, said Kyiv.") == [("Government of Ukraine", "stated")]
    assert _who("The blast destroyed a depot, said the army.") == [("army", "stated")]


def test_a_post_held_in_a_place_named_by_a_common_noun():
    # "the mayor of the town": the holder named before, else the post as written; a body's post
    # after the verb is the body, as before the verb
    assert _who("The mayor of the town said 40 homes were flooded.")[0][0] == "mayor of the town"
    assert _who("Governor Elena Castro toured the coast. The dam is safe, said the governor of the province.")[1] == \
        ("Elena Castro", "stated")
    assert _who("Fuel will run out by Friday, said the chairman of the port authority.")[0][0] == "port authority"


def test_the_sides_of_a_debate_are_groups_that_claim():
    assert _who("Critics say testing has been too slow.") == [("Critics", "stated")]
    assert _who("Supporters of the plan say it will save money.")[0][0] == "Supporters"
    assert _who("Opponents argue that the tax is unfair.")[0][0] == "Opponents"


def test_a_name_in_another_language_given_in_an_aside_names_the_body_later():
    body = ("The Attorney General's Office said on Monday it had charged 17 people. The office, known in "
            "Ruritanian as the Prokuratura, said the arrests were made in raids. According to the Prokuratura, "
            "the network sold gold abroad. Two officials were arrested, the Prokuratura said.")
    assert _who(body) == [("Attorney General's Office", "stated")] * 2 + \
        [("Attorney General's Office", "reported"), ("Attorney General's Office", "stated")]


def test_the_speaker_who_closes_a_sentence_says_the_concessive_clause_before():
    body = ('Jane Roe, a spokeswoman for the port, said ships were moving. The terminal stayed open, though '
            'some carriers warned of delays, she added. The gates stayed shut, although the union said it '
            'would strike, Roe said.')
    who = _who(body)
    assert who[1][0] == "Jane Roe" and who[2][0] == "Jane Roe"
    # a quotation of its own inside the sentence, before the speaker, stays the quoted one's
    assert _who('The union said "the port will close" if talks fail, Tom Roe said.')[0][0] == "union"


def test_a_named_body_in_a_place_is_the_body():
    assert _who("The APC in the state rejected the result.") == [("APC", "denied")]
    assert _who("The Red Cross in Lagos said 40 homes were flooded.") == [("Red Cross", "stated")]
    # a body its place tells apart from the others of its kind keeps it
    assert _who("The Freedonian embassy in Bangkok said the reports were false.")[0][0] != "Freedonian embassy"
    # leaders of a group speak for it
    assert _who("The road was reopened, but community leaders said they would resume the blockade.")[0][0] == \
        "community leaders"


def test_a_province_that_reports_a_count_is_where_it_happened_not_a_source():
    body = ("Isabela accounted for seven of the dead, while Cagayan reported five. "
            "Aurora and Apayao reported three and two deaths, respectively.")
    assert [c for c, _ in _who(body)] == ["article", "article"]


def test_a_pledge_after_a_first_verb_is_the_subjects_named_here_first():
    assert _who("Chancellor Tom Roe arrived in Portville on Monday and promised another 650 million euros in weapons.") == \
        [("Tom Roe", "predicted")]


def test_a_place_ending_two_bodies_names_does_not_make_them_one():
    body = ("Adelante Andalucía won two seats in Cádiz. The PP had 53 seats, according to provisional results "
            "published by the Junta de Andalucía.")
    assert _who(body)[1][0] != "Adelante Andalucía"
    # a body's own name ending in a place still finds it by that last word
    assert _who("Periódico Atlántico said the march was peaceful. The crowd was large, "
                "according to the Madrid-based news site Periódico Atlántico.")[1][0] == "Periódico Atlántico"


def test_the_parties_to_a_case_are_groups_that_claim():
    assert _who("According to the petitioners, elections to 2,450 local bodies are pending.") == \
        [("petitioners", "reported")]
    assert _who("The plaintiffs said the company knew of the leak.")[0][0] == "plaintiffs"
    assert _who("The respondents argued that the poll was lawful.")[0][0] == "respondents"


def test_a_sentence_adverb_set_off_after_the_subject_leaves_the_subject():
    assert _who("Russia's defence ministry, for its part, said 12 drones were destroyed.")[0][0] == "Russian defence ministry"
    assert _who("The army, however, said 12 drones were destroyed.")[0][0] == "army"
    assert _who("Lina Berg, for her part, said the vote was rigged.")[0][0] == "Lina Berg"
    assert _who("The company, in turn, said the claims were false.") == [("company", "denied")]


def test_remarks_after_a_possessive_are_a_noun_and_a_fire_brigade_a_source():
    assert _who("Jan Novak spoke on Monday. Novak's remarks came after the opposition demanded his resignation.")[1][0] \
        != "Novak's"
    assert _who("Two people died, according to the fire brigade.") == [("fire brigade", "reported")]


def test_he_or_she_after_one_unnamed_speaker_is_that_speaker():
    assert _who('A local official said the road was cut. "We cannot reach them," he said.')[1][0] == "unnamed local official"
    assert _who("The fire chief said the blaze was under control. She said two firefighters were hurt.")[1][0] == "fire chief"
    # a group is no "he"
    assert _who('Two officials said the road was cut. "We cannot reach them," he said.')[1][0] == "article"


def test_a_trade_written_as_a_title_is_the_role_not_part_of_the_name():
    assert _who("Meteorologist Ben Ola said the front would move east.")[0][0] == "Ben Ola"
    assert _who("Farmer Joe Banda said his crops were lost.")[0][0] == "Joe Banda"
    body = 'Political scientist Mia Berg of the University of Lakeland said a deal was unlikely. "It is thin," she said.'
    assert [c for c, _ in _who(body)] == ["Mia Berg", "Mia Berg"]


def test_one_of_a_group_after_the_verb():
    assert _who("The fire was set deliberately, said one of the inspectors.") == [("inspectors", "stated")]


def test_contracted_will_counterfactuals_and_no_reports():
    assert _who('"We’ll rebuild every home," the governor said.') == [("governor", "predicted")]
    assert _who("\"We'll reopen on Monday,\" the governor said.")[0][1] == "predicted"
    assert _who("Without the dam, the valley would have flooded.")[0][1] == "stated"
    assert _who("Gate operator Jane Roe said that without the barrier the water would be in the square.")[0][1] == "stated"
    assert _who("If the talks fail, the union would strike.")[0][1] == "predicted"
    assert _who("The harbour master Jane Roe said they had no reports of damage to homes.")[0] == ("Jane Roe", "denied")


def test_nested_source_after_a_longer_noun_phrase_and_past_passives():
    assert _who("The mayor said senior fire officers suspect arson.") == [("senior fire officers", "hedged")]
    rows = _claims("The mayor said senior fire officers suspect arson.")
    assert rows[0]["via"] == "mayor"
    # "was planned" reports what was done; "was expected to" and "is planned for" still foresee
    assert _who("The envoy said the raid was planned abroad.")[0][1] == "stated"
    assert _who("The envoy said the vote was planned for June.")[0][1] == "predicted"
    assert _who("The driver is reported to have fallen asleep.")[0][1] == "reported"


def _headline_rows(title, body):
    text = title + "\n\n" + body
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title=title, published=dt.date(2024, 12, 1)),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    return [(c["claimant"], c["certainty"]) for c in extract_rows(article)["claims"]]


def test_a_headline_group_source_is_the_group_the_story_names():
    assert _headline_rows("Police say three held after brawl", "Police in Sorvik said three men were held on Sunday.")[0] == \
        ("Sorvik police", "stated")
    assert _headline_rows("Two hurt in tram crash, police say", "Two people were hurt when a tram derailed, police said.")[0] == \
        ("police", "stated")
    assert _headline_rows("Storm damages homes", "Officials said 30 homes were damaged.")[0] == ("article", "stated")


def test_honorifics_and_verbs_of_state_copy():
    assert _who("His Excellency Tom Weller said the harvest was a great success.")[0][0] == "Tom Weller"
    assert _who("Comrade Tom Weller said the harvest was a great success.")[0][0] == "Tom Weller"
    assert _who("Tom Weller underlined that the harvest was a great success.") == [("Tom Weller", "stated")]
    assert _who("Tom Weller highlighted that exports had doubled.")[0][0] == "Tom Weller"
    assert _who("Tom Weller expressed concern that the harvest would fail.") == [("Tom Weller", "hedged")]
    assert _who("Tom Weller expressed confidence that the harvest would be a success.") == [("Tom Weller", "predicted")]


def test_quoted_as_saying_and_quoted_by():
    rows = _claims("Tom Weller was quoted by Orbis as saying the harvest was a success.")
    assert (rows[0]["claimant"], rows[0]["via"], rows[0]["certainty"]) == ("Tom Weller", "Orbis", "reported")
    assert _who("The harvest will be a record, Tom Weller was quoted as saying.") == [("Tom Weller", "predicted")]
    rows = _claims("Tom Weller, quoted by the Orbis news agency, said the harvest was a success.")
    assert (rows[0]["claimant"], rows[0]["via"]) == ("Tom Weller", "Orbis news agency")


def test_a_prepositional_aside_between_speaker_and_verb():
    rows = _claims("Maria Lopez, in comments to the Herald, said the mill would close.")
    assert (rows[0]["claimant"], rows[0]["via"], rows[0]["certainty"]) == ("Maria Lopez", "Herald", "predicted")
    assert _who("Maria Lopez, at a rally in Sorvik, said the mill would close.")[0][0] == "Maria Lopez"


def test_failed_checks_and_unclaimed_acts_are_gaps():
    for body in ("The agency could not independently verify the footage.",
                 "There was no immediate claim of responsibility.",
                 "Officials gave no reason for the closure.",
                 # a silence "not immediately" broken is still one: no denial
                 "The federal government did not immediately comment on the figures.",
                 "The White House did not immediately reply to questions."):
        rows = _claims(body)
        assert (rows[0]["kind"], rows[0]["claimant"]) == ("gap", "article"), body
    assert _who("The militia is widely believed to be behind the raid.")[0][1] == "hedged"
    assert _who("Ruritania is also thought to have shipped shells by rail.")[0] == ("article", "hedged")
    assert _who("About 200 people are now believed to be dead.")[0] == ("article", "hedged")


def test_expert_groups_and_sources_cited_by_a_common_noun():
    assert _who("Seismologists at the national institute estimate that aftershocks could last weeks.")[0] == \
        ("Seismologists", "hedged")
    rows = _claims("Jars were still on sale, the broadcaster reported, citing shopkeepers.")
    assert (rows[0]["claimant"], rows[0]["via"], rows[0]["certainty"]) == ("shopkeepers", "broadcaster", "reported")
    # a building is no source
    assert _who("Dozens of people gathered outside the police station in Sorvik on Monday.")[0][0] == "article"


def test_intentions_and_nouns_after_a_past_verb():
    assert _who("The ferry line hopes to resume sailings on Friday.")[0][1] == "predicted"
    assert _who("The bank said it is considering further rate cuts.") == [("bank", "predicted")]
    # "raised fears": a noun, the object of the verb before it, not a source's verb
    assert _who("The drought raised fears that the harvest could fail.")[0][0] == "article"
    assert _who("The flood sparked claims that the dam was unsafe.")[0][0] == "article"


def test_an_unnamed_spokesperson_of_a_named_body_is_the_body():
    assert _who("A Sorvik Port Authority spokesperson said the terminal was closed.")[0][0] == "Sorvik Port Authority"
    # where the spokesperson spoke is no part of the body
    assert _who("A Sorvik Port Authority spokesperson in Portville said the terminal was closed.")[0][0] == "Sorvik Port Authority"
    assert _who("The terminal was closed, an Interior Ministry spokesman said.")[0][0] == "Interior Ministry"
    # a spokesperson who asked not to be named is an unnamed source of its own (a plain "a police
    # spokeswoman said" speaks for the police: see the test of common-noun bodies below)
    assert _who("Three men were held, a police spokeswoman, who asked not to be named, said.")[0][0] == \
        "unnamed police spokeswoman"


def test_the_official_is_the_post_holder_named_before():
    assert _who("Deputy Mayor Jane Roe said the road would reopen. The official added that repairs were costly.") == \
        [("Jane Roe", "predicted"), ("Jane Roe", "stated")]
    # a person named without a post is no "official"
    assert _who("Jane Roe said the road would reopen. The official added that repairs were costly.")[1][0] == "official"


def test_answers_of_a_printed_interview_are_the_interviewee_s():
    body = ("Aminata Kane, a fisheries scientist, says the catch is collapsing.\n\n"
            "Q: How bad is the decline?\n\n"
            "A: The catch has halved in ten years. We will see more boats leave.\n\n"
            "Q: Did Minister Tom Weller consult you?\n\n"
            "A: They must cut the quota.")
    rows = _who(body)
    assert rows[1] == (None, None)  # the question is the interviewer's, and claims nothing
    assert rows[2:4] == [("Aminata Kane", "stated"), ("Aminata Kane", "predicted")]
    assert rows[-1][0] == "Aminata Kane"  # not the minister the question named


def test_it_after_a_sentence_that_opens_with_it_resolves_without_looping():
    """Two sentences in a row opening "It said" / "It added" (state-media copy): the second
    "it" is the body the first was put to; asking the first sentence's opener again looped
    for ever (RecursionError)."""
    body = "The news agency condemned the drills on Tuesday. It said the drills were reckless. " \
           "It added that the region would answer."
    assert [c for c, _ in _who(body)] == ["news agency"] * 3
    assert _who("It said the drills were reckless. It added that the region would answer.")  # no loop


def test_x_quoted_y_as_saying_gives_y_via_x():
    # agencies and broadcasters relay a source in the active form too
    rows = _claims("Senator Lina Ostrova said the panel met on Monday. "
                   "Ostrova quoted the port authority as saying that about 40 ships had been held.")
    assert (rows[1]["claimant"], rows[1]["via"], rows[1]["certainty"]) == ("port authority", "Lina Ostrova", "stated")
    rows = _claims("Most of the ships carry grain, the senators quoted the agency as saying.")
    assert (rows[0]["claimant"], rows[0]["via"]) == ("agency", "senators")
    rows = _claims("Orbis News quoted Mayor Tomas Veld as saying the bridge would reopen.")
    assert (rows[0]["claimant"], rows[0]["via"], rows[0]["certainty"]) == ("Tomas Veld", "Orbis News", "predicted")


def test_a_reporting_verb_inside_a_quotation_is_relayed_by_the_quotations_speaker():
    body = ("Mary Roe chairs the committee. “The losses are heavy,” Roe said. "
            "“The ministry believes more troops will be sent,” she said. “They will not stop.”")
    rows = _claims(body)
    assert [(r["claimant"], r["via"]) for r in rows[1:]] == [
        ("Mary Roe", None), ("ministry", "Mary Roe"), ("Mary Roe", None)]
    assert rows[2]["certainty"] == "hedged"
    # the sentences of the quotation around the relayed claim are the speaker's own
    rows = _claims('Mary Roe chairs the committee. "The crews are tired. The agency told us '
                   'the pumps have never been serviced," Roe told reporters. "We should expect more floods."')
    assert [(r["claimant"], r["via"]) for r in rows[1:]] == [
        ("Mary Roe", None), ("agency", "Mary Roe"), ("Mary Roe", None)]


def test_it_opening_sentence_after_sentence_opening_with_it_does_not_recurse():
    # "It stressed …" then "…, it said.": "it" is looked for in the sentence before, which opens with "it"
    rows = _claims("The commentary said the report was false. It stressed that the talks had failed. "
                   "The treaty will come into force on Wednesday, it said.")
    assert rows[-1]["claimant"] == "commentary"


def test_not_confirmed_or_acknowledged_by_a_party_is_a_denial_and_not_yet_confirmed_a_gap():
    rows = _claims("The Portville government has not confirmed that troops are fighting in the region. "
                   "Both governments have never officially acknowledged the losses. "
                   "State media has made no mention of the deployment. "
                   "The agency has not yet confirmed the figure.")
    # (what a party has not owned up to it asserts not so: a denial, as the blind golds read it,
    # 16 to 6; what is not yet confirmed, or not mentioned, is withheld)
    assert [(r["kind"], r["certainty"]) for r in rows] == \
        [("claim", "denied"), ("claim", "denied"), ("gap", "stated"), ("gap", "stated")]
    rows = _claims("Senator Jane Roe met reporters on Monday. She said the agency had not given a figure for the dead.")
    assert (rows[1]["claimant"], rows[1]["kind"], rows[1]["certainty"]) == ("Jane Roe", "gap", "stated")


def test_an_appositive_with_the_question_put_to_the_source_is_skipped():
    assert _who("President Jane Roe, asked about the soldiers in October, said it was a sovereign matter.")[0][0] == "Jane Roe"
    assert _who("Acme Corp shut the plant. Its spokeswoman Jane Roe, contacted by phone, said the plant had reopened.")[1][0] == \
        "Jane Roe"


def test_a_bracketed_acronym_names_all_the_words_it_spells():
    rows = _who("In the capital, the Board of Water Supply(BWS) said two mains had burst. "
                "The BWS added that it was repairing them.")
    assert [r[0] for r in rows] == ["Board of Water Supply", "Board of Water Supply"]
    assert _who("The storm hit at 11 p.m., the Coastal Flood Warning and Forecast Centre (CFWFC) said.")[0][0] == \
        "Coastal Flood Warning and Forecast Centre"


def test_and_inside_an_organisations_name_joins_it():
    assert _who("The storm hit at 11 p.m., the Coastal Flood Warning and Forecast Centre said.")[0][0] == \
        "Coastal Flood Warning and Forecast Centre"
    assert _who("The Health Ministry and Finance Ministry said the budget was balanced.")[0][0] != \
        "Health Ministry and Finance Ministry"


def _headline(title, body):
    text = title + "\n\n" + body
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title=title, published=dt.date(2024, 12, 1)),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    row = extract_rows(article)["claims"][0]
    return row["claimant"], row["certainty"]


def test_a_headline_naming_its_source_before_a_colon_is_that_sources():
    assert _headline("WHO: cholera cases double in a month",
                     "Cholera cases doubled in a month, the World Health Organization (WHO) said on Friday.")[0] == \
        "World Health Organization"
    assert _headline("Roe: first soldiers killed",
                     "Defence Minister Jane Roe said on Sunday that the first soldiers had been killed.") == ("Jane Roe", "stated")
    # a place or a label before the colon is no source (the count is the governor's, who gives it in the body)
    assert _headline("Ukraine: strikes kill five in Kharkiv",
                     "Strikes killed five people in Kharkiv, regional governor Oleh Petrenko said.")[0] == "Oleh Petrenko"
    assert _headline("Ukraine: strikes hit Kharkiv", "Strikes hit Kharkiv, regional governor Oleh Petrenko said.")[0] == "article"
    assert _headline("Analysis: Why the vote matters", "The vote matters, analysts said.")[0] == "article"
    assert _headline("Live: Eruption on the peninsula", "An eruption began on Monday, Blue Lagoon Live reported.")[0] == "article"


def test_a_description_with_an_acronym_in_brackets_is_the_acronyms_organisation():
    rows = _who("Three ships were held, the country's customs agency (CXA) said on Monday. "
                "According to CXA, the ships carried no papers. "
                '"The owners must come forward," the agency wrote on its website.')
    assert [r[0] for r in rows] == ["CXA", "CXA", "CXA"]
    assert [r[0] for r in _who("The country's statistics office (INE) said inflation rose to 4%. "
                               "The office added that food prices fell.")] == ["INE", "INE"]


def test_a_reporting_noun_after_a_possessive_is_no_verb_and_not_mentioning_is_a_gap():
    rows = _claims("The transport ministry has not mentioned the closures in its weekly reports.")
    assert (rows[0]["claimant"], rows[0]["kind"], rows[0]["certainty"]) == ("article", "gap", "stated")


def test_a_second_reporting_verb_does_not_regrade_the_first_clause():
    rows = _who("President Jane Roe spoke on Sunday. Roe said the storm has destroyed around 3,000 homes, "
                "and warned that the river could rise again if the rain goes on.")
    assert rows[1] == ("Jane Roe", "stated")


def test_a_day_told_first_without_a_comma_is_no_part_of_the_subject():
    rows = _who("On Tuesday a senior Freedonian official put the casualties at several hundred. "
                "Last week the ministry said 40 people had died.")
    assert rows == [("unnamed senior Freedonian official", "stated"), ("ministry", "stated")]


def test_a_warning_of_what_may_come_is_a_prediction():
    rows = _who("President Jane Roe spoke on Sunday. Roe warned that Freedonia could send more troops to the border. "
                "The agency warned that the river might rise again. Roe warned that dozens may have died.")
    assert rows[1:] == [("Jane Roe", "predicted"), ("agency", "predicted"), ("Jane Roe", "hedged")]


def test_a_countrys_initials_and_its_seat_of_government_speak_as_its_government():
    rows = _claims("Embassy spokesperson Col. Mara Lind said on Friday that the U.K. assesses "
                   "the ferries are unsafe.")
    assert (rows[0]["claimant"], rows[0]["via"], rows[0]["certainty"]) == \
        ("Government of the United Kingdom", "Mara Lind", "hedged")
    assert _who("The Kremlin said the report was false.")[0][0] == "Government of Russia"
    assert _who("The White House said on Monday that it would respond.")[0][0] == "Government of the United States"
    assert _who("Kremlin spokesman Ivan Sorokin said the report was false.")[0][0] == "Ivan Sorokin"


def test_put_the_noun_of_something_at_a_figure_is_the_sources_figure():
    assert _who("President Jane Roe spoke on Sunday. She put the total crowd at about 8,000.")[1] == ("Jane Roe", "stated")
    assert _who("President Jane Roe spoke on Sunday. She put the number of injured at 17.")[1] == ("Jane Roe", "stated")


def test_an_assessment_that_judges_is_hedged_and_in_a_quote_relayed_by_its_speaker():
    rows = _claims('Senator Lina Ostrova attended the hearing. "The agency judges that most of the '
                   'levees have been weakened by the rain," said Lina Ostrova, a senator.')
    assert (rows[1]["claimant"], rows[1]["via"], rows[1]["certainty"]) == ("agency", "Lina Ostrova", "hedged")


def test_a_post_described_by_its_state_is_its_holder_of_that_state_or_stays_described():
    rows = _who("Chilean President Ana Torres spoke on Sunday. Peruvian President Luis Mora spoke on Monday. "
                "The Chilean president said the border would stay open.")
    assert rows[-1][0] == "Ana Torres"
    assert _who("A Peruvian deputy interior minister said the border was closed.")[0][0] == \
        "Peruvian deputy interior minister"


def test_according_to_a_counted_group_is_that_group():
    rows = _claims("The board approved the budget in a private session, "
                   "according to two council members who spoke to reporters.")
    assert (rows[0]["claimant"], rows[0]["certainty"]) == ("council members", "reported")
    assert _who("The army withdrew overnight, according to three residents reached by phone.")[0] == ("residents", "reported")
    assert _who("The vote was postponed, according to two people familiar with the matter.")[0][0] == "people familiar with the matter"


def test_a_quotation_its_speaker_opens_after_a_colon_runs_on_to_its_closing_mark():
    rows = _who('Health Minister Jane Roe spoke at the hospital on Monday. She said: "The wards are full. '
                'We are asking people to stay home.\n\n"The next two weeks will be hard. We expect more cases."')
    assert [r[0] for r in rows[1:]] == ["Jane Roe"] * 4
    rows = _who('Interior Minister Jan Kowalski wrote on Telegram: “Our forces destroyed two tanks. The enemy will not pass.”')
    assert [r[0] for r in rows] == ["Jan Kowalski", "Jan Kowalski"]


def test_an_unnamed_insider_is_known_by_the_body_it_is_in_and_one_of_a_group_speaks_for_it():
    rows = _claims("A clerk was questioned, a source in the mayor's office told reporters.")
    assert rows[0]["claimant"] == "unnamed mayor's office source"
    rows = _who("Two former drivers, who asked not to be named, told us that overtime was unpaid. "
                "One said that at least six shifts had been cut. Another said the managers knew.")
    assert [r[0] for r in rows] == ["former drivers"] * 3


def test_one_name_for_a_body_named_with_words_before_its_kind_and_its_acronym_between_commas():
    rows = _who("The Veterinary Research Institute of Chile, VRIC, says most herds had been vaccinated. "
                "The institute has also warned that cases have been reported across the border.")
    assert [r[0] for r in rows] == ["Veterinary Research Institute of Chile"] * 2
    # and "Perth Magistrates Court on Wednesday" is no organisation's name
    assert "Perth Magistrates Court on Wednesday" not in _actor_names("Jane Roe appeared in Perth Magistrates Court on Wednesday.")


def test_an_unnamed_official_of_a_body_named_by_acronym_is_apart_from_the_body():
    rows = _who("The Board of Water Supply (BWS) said two mains had burst. "
                "A BWS official told reporters that some valves had failed. "
                "Jane Roe of the opposition Green Party said the board had known for months.")
    # (listed as unnamed, as "A WHO official" is)
    assert [r[0] for r in rows] == ["Board of Water Supply", "unnamed BWS official", "Jane Roe"]


def _actor_names(body):
    text = "A test headline about events\n\n" + body
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title="A test headline about events", published=dt.date(2024, 12, 1)),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    return [a["name"] for a in extract_rows(article)["actors"]]


def test_business_copy_epithets_and_a_named_analyst_of_a_firm():
    rows = _who("Ostmark Aero Co posted first-quarter profits of 12 cents per share. "
                "The aerospace giant said it earned $45 million in the quarter.")
    assert [r[0] for r in rows] == ["Ostmark Aero Co", "Ostmark Aero Co"]
    assert _who('"Demand is weak," said Acme Securities economist Jane Roe.')[0][0] == "Jane Roe"
    rows = _claims("Per its standard practice, the chief executive would not comment on future products.")
    assert (rows[0]["kind"], rows[0]["certainty"]) == ("gap", "stated")


def test_a_states_leader_its_outlet_after_a_possessive_and_neither_confirmed_nor_denied():
    rows = _claims("Moldovan President Jan Novak said in an interview with France's Orbis news agency that the "
                   "harvest had failed. The Moldovan leader said about 9,000 farms had been hit.")
    assert [(r["claimant"], r["via"]) for r in rows] == [("Jan Novak", "Orbis"), ("Jan Novak", None)]
    rows = _claims("The government has neither confirmed nor denied sending troops.")
    assert (rows[0]["kind"], rows[0]["certainty"]) == ("gap", "stated")


def test_an_unnamed_spokesperson_of_a_body_named_by_a_common_noun_speaks_for_the_body():
    assert _who("A state police spokesman said in a statement that two men had been fined.")[0][0] == "state police"
    rows = _who("The Ministry of Health reported 40 cases. A ministry spokeswoman said the outbreak was slowing.")
    assert [r[0] for r in rows] == ["Ministry of Health", "Ministry of Health"]


def test_a_line_ending_in_a_colon_introduces_the_quotation_paragraph_below_it():
    rows = _who('"The dam is safe," the agency said in a statement.\n\nIt went on:\n\n'
                '"The engineers inspected every gate. Nobody downstream is at risk."')
    assert [r[0] for r in rows if r[0]] == ["agency", "agency", "agency", "agency"]
    # the bare introducing line is the speaker's, but says nothing itself: no claim
    intro = [c for c in _claims('"The dam is safe," the agency said.\n\nIt went on:\n\n"Every gate was inspected."')
             if c["text"] == "It went on:"]
    assert [(c["claimant"], c["kind"]) for c in intro] == [("agency", "background")]


def test_a_document_quoted_in_full_is_its_issuers_over_every_paragraph():
    body = ("The Coastal Defence Authority said in a statement on Tuesday that the levee had held.\n\n"
            "The statement reads in full:\n\n"
            '"On Monday night the river rose by two metres along the northern bank.\n\n'
            "The Harbour Police evacuated 300 residents of Millbrook.\n\n"
            'According to forecasts, the Water Board expects the level to fall by Friday."\n\n'
            "Residents returned home on Wednesday.")
    rows = _who(body)
    assert [r[0] for r in rows[2:5]] == ["Coastal Defence Authority"] * 3
    assert rows[4][1] == "predicted"
    assert rows[5][0] == "article"


def test_it_tells_you_inside_a_speakers_next_quotation_is_the_speakers_own():
    body = ("The Fisheries Agency has said nothing about the catch.\n\n"
            '"The boats are being used as a cover," said Ana Roe, a fellow at the Ocean Institute, a think tank. '
            '"That is costly, and it tells you the fleet sees them as expendable."')
    # (what the agency has said nothing about is the article's gap: see the test of "said nothing")
    assert [r[0] for r in _who(body)] == ["article", "Ana Roe", "Ana Roe"]


def test_a_title_case_headline_speaks_for_its_subject_or_its_commentarys_owner():
    assert _headline("Agency Commentary Slams Smear Campaign",
                     "The regime is spreading a fabrication, the Ruritanian News Agency (RNA) said in a commentary.")[0] == \
        "Ruritanian News Agency"
    assert _headline("Prices Rise As Storm Hits Farms", "Prices rose 4%, the statistics office said.")[0] == "article"


def test_officials_of_two_states_stay_one_group_as_written():
    assert _who("By the end of that month, Chilean and Peruvian officials said the road had reopened.")[0][0] == \
        "Chilean and Peruvian officials"


def test_brokerages_polled_by_an_outlet_are_the_polls_respondents():
    assert _who("Six brokerages polled by Harbour Finance Weekly had on average expected sales of 90 million.")[0] == \
        ("brokerages polled by Harbour Finance Weekly", "predicted")


def test_a_quotation_closing_before_its_speaker_is_graded_whatever_follows_the_verb():
    rows = _who('Analyst Tomas Veld spoke on Friday.\n\n"Sales held up. We think the target looks ambitious," '
                'Veld said in a note to investors on Friday.')
    assert rows[-1] == ("Tomas Veld", "hedged")


def test_a_description_refers_back_to_an_earlier_source_known_by_the_same_noun():
    rows = _who("A senior Ruritanian border official said the crossing was shut. "
                "\"Nobody has come through since Tuesday,\" the official said.")
    assert rows[1][0] == rows[0][0] == "unnamed senior Ruritanian border official"
    rows = _who("Freedonia's flood agency said 12 villages were cut off. "
                "More rain is likely, the flood agency said.")
    assert rows[1][0] == rows[0][0]


def test_a_headline_naming_its_source_after_a_final_colon_speaks_for_it():
    def headline(text):
        article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title=text.splitlines()[0], published=dt.date(2024, 12, 1)),
                          sha256=hashlib.sha256(text.encode()).hexdigest())
        return extract_rows(article)["claims"][0]
    row = headline("Floods cut off 12 villages in the north: FEA\n\n"
                   "The Federal Emergency Agency (FEA) said on Monday that 12 villages were cut off.")
    assert row["kind"] == "headline" and row["claimant"] == "Federal Emergency Agency"
    # a name the story does not give as a source is no source ("… : Portville" is a place)
    assert headline("Rivers rise after a week of rain: Portville\n\n"
                    "The river in Portville rose two metres on Monday.")["claimant"] == "article"


def test_a_body_named_after_its_states_possessive_is_that_body():
    # (the state stays in a name whose initials leave it out only where the text spells it so)
    rows = _who("Chile's Joint Staff Command (JSC) said the border was calm. "
                "The JSC said patrols would continue.")
    assert rows[0] == (rows[1][0], "stated") and rows[1][0].endswith("Joint Staff Command")
    rows = _who("Chile's Joint Chiefs of Defence (JCD) said the coast was calm. The JCD said patrols would go on.")
    assert rows == [("Joint Chiefs of Defence", "stated"), ("Joint Chiefs of Defence", "predicted")]


def test_a_speakers_first_name_is_not_taken_across_a_paragraph_break():
    body = ("14:05 BST\n\nHalvorsen says the dam will hold\n\n"
            "\"The water is falling,\" Halvorsen wrote on social media.")
    assert {c["claimant"] for c in _claims(body) if c["kind"] != "furniture"} == {"Halvorsen"}


def test_a_states_body_described_before_its_name_is_one_source_with_it():
    rows = _who("Chile's spy agency said on Monday that 40 officers had defected. "
                "The National Intelligence Bureau (NIB) told lawmakers that most had fled north. "
                "More defections are expected, the spy agency said.")
    assert [r[0] for r in rows] == ["National Intelligence Bureau"] * 3
    # a body of another kind named next is another source
    rows = _who("Peru's health agency said 12 people were sick. "
                "The National Weather Service (NWS) said the rain would ease.")
    assert rows[0][0] != rows[1][0] == "National Weather Service"


def test_wire_tags_and_time_zones_are_no_organisations():
    text = ("(LEAD) Ferry sinks off the coast: FEA\n\nThe Federal Emergency Agency (FEA) said 12 people were rescued.\n\n"
            "09:30 BST\n\nRescuers say the search will go on.\n\n(END)")
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title=text.splitlines()[0], published=dt.date(2024, 12, 1)),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    names = {a["name"] for a in extract_rows(article)["actors"]}
    assert "Federal Emergency Agency" in names and not names & {"LEAD", "END", "BST"}


def test_currency_codes_measures_labels_and_datelines_in_capitals_are_no_organisations():
    text = ("Harbour Group lifts margin goal\n\nPORT VILA, Aug 16 (Meridian) - Harbour Group said sales rose to CHF 1.84 "
            "billion and EBITDA rose 4%, while the FSB said GDP grew.\n\nWORLD\n\nPHOTO: The plant. "
            "The photo was taken on Monday.\n\nWorld War II veterans attended.")
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title=text.splitlines()[0], published=dt.date(2024, 12, 1)),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    names = {a["name"] for a in extract_rows(article)["actors"]}
    assert "FSB" in names and not names & {"CHF", "EBITDA", "GDP", "WORLD", "PHOTO", "VILA", "II"}


def test_a_description_the_text_says_a_source_is_known_by_finds_it_later():
    rows = _who("Peru's border intelligence agency, known as the DIF, said on Monday that 30 smugglers were held. "
                "The agency said more arrests would follow.")
    assert [r[0] for r in rows] == ["DIF", "DIF"]


def test_an_aside_on_the_name_a_body_goes_by_leaves_the_body_the_speaker():
    rows = _who("The Attorney General's Office of Freedonia arrested 17 people on Sunday. The office, known in "
                "Spanish as the Fiscalía, said the arrests were made in 23 raids.")
    assert rows[1][0] == "Attorney General's Office of Freedonia"
    rows = _who("The regulator fined Downland £40m. The Water Services Regulation Authority, as Ofwat is "
                "formally known, said it was monitoring the company closely.")
    assert rows[1][0] == "Water Services Regulation Authority"


def test_a_sentence_adverb_between_a_pronoun_and_its_verb_keeps_the_speaker():
    rows = _who("Health director Jane Roe said 40 people had died. She however admitted that some treatment "
                "centres were overstretched.")
    assert rows[1][0] == "Jane Roe"


def test_a_reporting_participle_speaks_for_the_organisation_opening_the_sentence():
    rows = _who("The Coastal Weather Bureau (CWB) issued a storm alert on Monday, warning that waves of up to "
                "six metres could reach the harbour.")
    assert rows[0][0] == "Coastal Weather Bureau"


def test_a_name_ending_in_international_is_an_organisation():
    text = "A test headline about events\n\nThe ban covers 40 rivers, according to Clearwater International."
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title="A test headline about events", published=dt.date(2024, 12, 1)),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    rows = extract_rows(article)
    assert rows["claims"][1]["claimant"] == "Clearwater International"
    assert [(a["name"], a["kind"]) for a in rows["actors"]] == [("Clearwater International", "organisation")]


def test_a_lede_description_is_the_body_named_next_and_the_official_is_the_last_one_quoted():
    rows = _who("Turnout was 61 percent, the electoral body said on Friday. "
                "The National Electoral Board (NEB) said counting would end on Monday.")
    assert [r[0] for r in rows] == ["National Electoral Board"] * 2
    rows = _who("Party leader Tomas Varga rejected the count. A senior election official said the tally was final. "
                "The official, who asked not to be named, said 300 forms were checked.")
    assert [r[0] for r in rows] == ["Tomas Varga", "unnamed senior election official", "unnamed senior election official"]


def test_what_a_warning_says_could_happen_is_hedged():
    rows = _who("The Coastal Weather Bureau (CWB) issued a storm alert on Monday, warning that the river could "
                "burst its banks.")
    assert rows == [("Coastal Weather Bureau", "hedged")]


def test_a_post_described_in_the_lede_is_its_holder_named_next():
    """Ledes describe a source by post before naming them ("Ruritania's defence minister
    told lawmakers …", then "Jane Roe, the defence minister, said" or "Foreign Minister Tom
    Ash said"): one source, not an unresolved "defence minister" beside the person."""
    rows = _who("Ruritania's defense minister told lawmakers that four officers died. "
                "Jana Holm, the defence minister, said the units were poorly trained.")
    assert [r[0] for r in rows] == ["Jana Holm", "Jana Holm"]
    rows = _who("Freedonia's foreign minister said talks would resume. "
                "Foreign Minister Tomas Adler said on Monday that the talks were useful.")
    assert [r[0] for r in rows] == ["Tomas Adler", "Tomas Adler"]
    # two holders of the post named next: which one is not plain
    rows = _who("The foreign minister said talks would resume. Foreign Minister Tomas Adler and "
                "Foreign Minister Ana Ruiz met on Monday.")
    assert rows[0][0] == "foreign minister"


def test_a_verb_of_speech_before_a_station_named_radio_or_television_is_still_a_verb():
    # "told Radio Meridian": "told" is never the noun "state media" guards against
    assert [(c["claimant"], c["via"]) for c in _claims("Jana Holm told Radio Meridian that 40 people had died.")] == \
        [("Jana Holm", "Radio Meridian")]
    assert _who("Jana Holm told state television that 40 people had died.") == [("Jana Holm", "stated")]
    # the noun stays a noun: "state media reported" is no verb "state"
    assert _claims("State media reported that 40 people had died.")[0]["claimant"] != "article"


def test_a_subject_with_a_relative_clause_inside_it():
    assert _who("Volunteers with a relief group that took part in the rescue said 11 bodies had been recovered.") == \
        [("Volunteers", "stated")]
    assert [(c["claimant"], c["via"]) for c in _claims(
        "Volunteers from a relief group that took part in the rescue told the Harbour Times that 11 bodies were found.")] == \
        [("Volunteers", "Harbour Times")]
    assert _who("Residents of the village, many of whom lost their homes, said the water rose within minutes.") == \
        [("Residents", "stated")]
    # a participle opening the sentence is no subject
    assert _claims('Asked who was to blame, Jana Holm did not hesitate: "The farms take what they want."')[0]["claimant"] != "Asked"


def test_a_body_whose_name_lists_its_fields_is_one_body():
    rows = extract_rows(Article(name="t", path=Path("t.txt"), text=(text := "Prices rise\n\nThe Ministry of Agriculture, Forestry and "
                                "Fisheries said prices rose. An official at the Ministry of Food, Agriculture and Light Industry "
                                "said the toll could rise."), meta=Metadata(title="Prices rise", published=dt.date(2024, 12, 1)),
                                sha256=hashlib.sha256(text.encode()).hexdigest()))
    names = {a["name"]: a["kind"] for a in rows["actors"]}
    assert names.get("Ministry of Agriculture, Forestry and Fisheries") == "organisation"
    assert "Fisheries" not in names and "Light Industry" not in names
    assert [c["claimant"] for c in rows["claims"][1:]] == ["Ministry of Agriculture, Forestry and Fisheries", "unnamed ministry official"]


def test_according_to_a_record_names_its_keeper_or_the_record():
    assert _who("According to the police report, the driver was speeding.") == [("police", "reported")]
    assert _who("According to preliminary results, the party won 40 seats.") == [("preliminary results", "reported")]
    assert _who("Exports fell 3% in October, according to customs data released on Friday.") == [("customs data", "reported")]
    assert _who("According to a Meridian tally, 40 people died.") == [("Meridian", "reported")]
    assert _who("According to Ukrainian estimates, 3,000 soldiers have been killed or wounded.") == [("Government of Ukraine", "reported")]
    assert _who("According to an assessment by the Institute for the Study of War, the troops were poorly trained.") == \
        [("Institute for the Study of War", "reported")]
    # a definite record with no owner is the last body's that spoke ("the indictment" after the prosecutors)
    assert _who("Prosecutors said the mayor took bribes. According to the indictment, he approved 37 permits.")[1] == \
        ("Prosecutors", "reported")
    # reports nobody is named for stay unattributed
    assert _who("According to reports, the troops were moved.") == [("unattributed reports", "reported")]


def test_what_is_withheld_or_still_unknown_is_a_gap():
    for sentence in ("The company did not disclose the terms of the deal.", "The cause of the fire is under investigation.",
                     "Whether the troops will stay is an open question.", "The ministry did not reveal how many had died."):
        assert _claims(sentence)[0]["kind"] == "gap", sentence


def test_a_speaker_who_withholds_only_their_own_name_is_no_gap():
    # the relative clause says why the source goes unnamed; what they say is the claim
    assert [(c["kind"], c["claimant"]) for c in _claims("One resident, who declined to give her name, said the shelling lasted all night.")] == \
        [("claim", "One resident")]
    assert _claims("A guard, who declined to identify himself, said the gate had been locked since Monday.")[0]["kind"] == "claim"
    # a name withheld of someone else is still a gap
    assert _claims("The driver was arrested. Police did not give his name.")[1]["kind"] == "gap"


def test_what_a_body_has_yet_to_give_or_will_not_confirm_is_a_gap():
    for sentence in ("Authorities have yet to release an official toll.", "The government has yet to say when schools will reopen.",
                     "The cause of the fire is still under investigation.", "The agency did not name the victims.",
                     "Officials would not confirm the report.", "He said officials had not given a timeline for the repairs.",
                     "A police spokesperson said it was too early to say what caused the blast."):
        row = _claims(sentence)[0]
        assert (row["kind"], row["certainty"]) == ("gap", "stated"), sentence
    # a fact about what has not happened yet is no gap
    assert _claims("The party has yet to win a seat in the capital.")[0]["kind"] != "gap"
    # a forecast that then leaves its timing open stays the forecast
    row = _claims("A volcanologist told reporters that a larger eruption was likely in the coming days, "
                  "but she said it was too early to say when.")[0]
    assert row["kind"] == "claim"


def test_a_wire_datelines_agency_tag_is_no_part_of_the_subject():
    """"(Agency) -- South Korea's spy agency" was taken whole for the claimant."""
    for lede, claimant in (("SEOUL, Dec. 19 (Meridian) -- South Korea's spy agency said on Thursday that 100 soldiers had died.",
                            "South Korean spy agency"),
                           ("KYIV, Dec 17 (Meridian) - Ukraine's military intelligence said on Tuesday that 30 soldiers were killed.",
                            "Ukrainian military intelligence"),
                           ("New Delhi, Dec 18 (Meridian) The ministry said on Wednesday that talks had begun.", "ministry")):
        assert _claims(lede)[0]["claimant"] == claimant, lede
    # a name with its acronym before a title is no dateline
    row = _claims("The Pacific Health Organization (PHO) Director Jane Roe said cases had doubled.")[0]
    assert row["claimant"] == "Jane Roe"


def _head_row(head, body):
    text = head + "\n\n" + body
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title=head, published=dt.date(2024, 12, 19)),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    return extract_rows(article)["claims"][0]


def test_a_one_word_name_opening_a_headline_is_the_name_the_story_writes_not_a_description():
    head, body = "Pentagon says troops were killed", "The Pentagon said on Monday that troops were killed in Portville."
    text = head + "\n\n" + body
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title=head, published=dt.date(2024, 12, 19)),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    rows = extract_rows(article)
    assert [r["claimant"] for r in rows["claims"]] == ["Pentagon", "Pentagon"]
    assert [a["name"] for a in rows["actors"]] == ["Pentagon"]  # one source, not "pentagon" beside it


def test_a_headline_described_or_sourced_after_a_dash_names_the_storys_source():
    body = ("SEOUL, Dec. 19 -- At least 100 soldiers have been killed, South Korea's National Intelligence "
            "Service (NIS) said on Thursday.\n\nThe figure could rise, officials said.")
    assert _head_row("Spy agency says 100 soldiers killed", body)["claimant"] == "National Intelligence Service"
    assert _head_row("At least 100 soldiers killed, 1,000 wounded – Seoul", body)["claimant"] == "Government of South Korea"
    # a country's label before a colon, and the page's outlet after a dash, are no source
    assert _head_row("Chile: floods kill 10 in the south", body)["claimant"] == "article"
    assert _head_row("Floods kill 10 in the south - Reuters", body)["claimant"] == "article"


def test_a_think_tank_is_no_verb_and_a_field_of_study_ends_a_bodys_name():
    """"a Washington think tank, said" made the United States think; "Institute for the
    Study of War" was cut to "Institute for the Study"."""
    for sentence, claimant in (
            ("The Institute for the Study of War, a Washington think tank, said the troops lacked drones.",
             "Institute for the Study of War"),
            ("The Centre for the Prevention of Torture, a Geneva think-tank, said prisoners were abused.",
             "Centre for the Prevention of Torture")):
        row = _claims(sentence)[0]
        assert (row["claimant"], row["certainty"]) == (claimant, "stated"), sentence
    assert _who("Analysts think the troops lacked drones.") == [("Analysts", "hedged")]


def test_analysts_at_a_body_with_a_long_name_speak_for_it():
    """"Analysts at the Institute for the Study of War said" had no source (and "… for
    Strategic Studies" gave "Strategic Studies")."""
    for sentence, body in (("Analysts at the Institute for the Study of War said units were fighting.", "Institute for the Study of War"),
                           ("An expert at the Institute for Strategic Studies said units were fighting.", "Institute for Strategic Studies")):
        assert _claims(sentence)[0]["claimant"] == body, sentence


def test_listeners_told_by_an_agent_hear_the_agents_claim():
    assert _who("Lawmakers were told by the National Intelligence Service that 100 soldiers had died.") == \
        [("National Intelligence Service", "stated")]
    assert _who("Members of the committee were briefed by the National Intelligence Service on Thursday that more "
                "troops may be sent.") == [("National Intelligence Service", "hedged")]


def test_the_group_named_last_is_the_one_a_definite_description_refers_to():
    claimants = [c["claimant"] for c in _claims("Pentagon officials said 100 had died.\n\nUkrainian officials said 200 had died."
                                                "\n\nThe officials said the figure could rise.")]
    assert claimants == ["Pentagon officials", "Ukrainian officials", "Ukrainian officials"]


def test_a_state_s_body_named_then_described_is_one_source():
    body = ("South Korea's National Intelligence Service (NIS) said 100 soldiers had been killed. "
            "The spy agency told lawmakers that 1,000 had been wounded. Seoul's spy agency said the troops lacked training. "
            "South Korean intelligence believes more troops may be sent. "
            "Ukraine's military intelligence agency, known as the HUR, said 30 soldiers were killed. "
            "Ukrainian military intelligence later said the figure had risen.")
    claimants = [c["claimant"] for c in _claims(body)]
    nis = "National Intelligence Service"  # (the owner's possessive is no part of the name)
    assert claimants == [nis, nis, nis, nis, "HUR", "HUR"]
    # a body of another state is not taken for it
    other = _claims("South Korea's National Intelligence Service (NIS) said 100 soldiers had died. "
                    "Ukrainian military intelligence said 30 had died.")
    assert other[1]["claimant"] == "Ukrainian military intelligence"


def test_forms_of_a_us_paper_on_a_war_story():
    # a group of several states listed after "according to"
    assert _who("Soldiers have begun to die, according to American, South Korean and Ukrainian officials, in the fighting.") == \
        [("American, South Korean and Ukrainian officials", "reported")]
    # a noun after a country's possessive is no verb, and the country no person
    assert _who("Ukraine's claims could not be independently verified.") == [("article", "stated")]
    # a figure of the speaker's own: "put the toll far higher", "offered a higher estimate of"
    assert _who("President Jana Holm put the toll far higher.")[0][0] == "Jana Holm"
    assert _who("On Monday, the South Korean military's Joint Chiefs of Staff offered a higher estimate of about 1,100 casualties.") == \
        [("Joint Chiefs of Staff", "stated")]
    # what a government has never (formally) acknowledged it denies (the blind golds, 8 rows to 1)
    assert _claims("The Kremlin has never formally acknowledged the deployment.")[0]["certainty"] == "denied"
    # "could" of what may still happen after a past verb of speech hedges
    assert _who("Analysts said the losses could push the leader to seek more weapons.") == [("Analysts", "hedged")]
    # "and" inside a research centre's name
    rows = _claims("\"They are cannon fodder,\" said Victor Cha, a Korea expert at the Center for Strategic and International Studies.")
    assert rows[0]["claimant"] == "Victor Cha"


def test_a_body_described_by_one_state_is_not_another_state_s_named_body():
    # the NIS was first described as South Korea's: "Ukraine's military intelligence" is not it
    rows = extract_rows(Article(name="t", path=Path("t.txt"), text=(text := (
        "Troops killed\n\nAt least 100 soldiers have been killed, South Korea's spy agency said Thursday.\n\n"
        "The National Intelligence Service (NIS) made the assessment in a briefing.\n\n"
        "Ukraine's military intelligence said 30 soldiers were killed. (PHOTO NOT FOR SALE)")),
        meta=Metadata(title="Troops killed", published=dt.date(2024, 12, 19)), sha256=hashlib.sha256(text.encode()).hexdigest()))
    said = next(c for c in rows["claims"] if c["text"].startswith("Ukraine's military intelligence"))
    assert said["claimant"] == "Ukrainian military intelligence"
    assert "SALE" not in {a["name"] for a in rows["actors"]}  # a tag in capitals names no body


def test_a_state_s_head_described_before_being_named():
    assert [c["claimant"] for c in _claims("Ukraine's president says the troops suffered heavy losses. "
                                            "President Andriy Kovalenko made the remarks in his nightly address.")][:1] == \
        ["Andriy Kovalenko"]
    # "leader": the one head of that state named next, not another state's president
    assert _claims("Ukraine's leader says the troops suffered heavy losses. Russian President Vladimir Putin denied it. "
                   "President Andriy Kovalenko spoke in his nightly address.")[0]["claimant"] == "Andriy Kovalenko"
    # nobody named with the post: the post of that state, unresolved
    row = _claims("Ukraine's president says the troops suffered heavy losses.")[0]
    assert row["claimant"] == "Ukrainian president"


def test_appositive_post_without_article_and_age_before_a_relative_clause():
    # a post with no article between commas is an apposition ("…, commander of …, said")
    assert _who("Lt. Gen. Mara Pell, commander of the army's eastern group, said 40 soldiers were killed on Sunday.")[0][0] == "Mara Pell"
    assert _who("Tobias Wren, spokesman for the Ministry of Transport, told reporters that 12 trains were cancelled.")[0][0] == "Tobias Wren"
    assert _who("Ilse Varga, deputy head of the agency's press office, said 300 people had been evacuated.")[0][0] == "Ilse Varga"
    # an age before a relative clause: both are skipped to the subject
    assert _who("A court jailed Dario Fenn on Monday. Fenn, 62, who served in the cabinet from 2015 to 2020, "
                "denied the charges throughout the trial.")[1] == ("Dario Fenn", "denied")


def test_object_pronoun_quoted_as_saying_and_pronouns_that_name_nobody():
    rows = _who("Defence Minister Oren Kalt said 14 villages had been retaken. "
                "The Harbour News Agency quoted him as saying the front was stable.")
    assert rows[1][0] == "Oren Kalt"
    rows = _who('Defence Minister Oren Kalt said 14 villages had been retaken. "We lost eleven men in the first hour. '
                'Nobody expected them to come from the river," he said.')
    assert [r[0] for r in rows] == ["Oren Kalt"] * 3


def test_more_reporting_verbs_and_a_body_that_owns_its_spokesperson():
    assert _who("Gen. Mara Pell leads the army. Pell boasted that 40 tanks had reached the front.")[1][0] == "Mara Pell"
    assert _who("The opposition contended that the vote had been rigged.")[0][0] == "opposition"
    assert _who("Gen. Mara Pell leads the army. Pell lamented that 300 soldiers had died in a week.")[1] == ("Mara Pell", "stated")
    # "the Pentagon's spokesman", "the ministry's spokeswoman": the body speaks through its spokesperson
    assert _who("The Pentagon's spokesman said about 1,000 troops had been moved.")[0][0] == "Pentagon"
    rows = _who("The Health Ministry said 40 people were ill. The ministry's spokeswoman said 12 more cases were found.")
    assert rows[1][0] == "Health Ministry"


def test_two_coordinated_subjects_give_the_first():
    rows = _who("Rep. Lars Moen of the ruling Unity Party and Rep. Ida Berg of the opposition Green Party told reporters "
                "on Wednesday that 600 soldiers had died. Moen and Berg said 4,100 had been wounded.")
    assert [r[0] for r in rows] == ["Lars Moen", "Lars Moen"]
    assert _who("Ruling party lawmaker Lars Moen and opposition lawmaker Ida Berg said 4,100 had been wounded.")[0][0] == "Lars Moen"
    # a body of states is no person ("United Nations"), and comes first as a body does
    assert _who("The United Nations and the Red Cross said aid convoys had been blocked.")[0][0] == "United Nations"
    # a first conjunct with its own clause is left alone
    assert _who("Lars Moen chairs the committee. Moen, who chairs the committee, and Ida Berg said the figures were low.")[1][0] == "Ida Berg"
    # an "and" inside an apposition after the subject coordinates no subjects
    assert _who("The Rapid Support Forces (RSF), the paramilitary group fighting Freedonia's army and allied movements "
                "for control of the area, denied targeting civilians.")[0][0] == "Rapid Support Forces"


def test_a_state_s_intelligence_named_by_its_trade():
    rows = _who("Mexican military intelligence said 2,000 troops had crossed the river. "
                "Peruvian intelligence said 300 soldiers were killed. "
                "According to Chilean intelligence, 600 soldiers had died.")
    assert [r[0] for r in rows] == ["Mexican military intelligence", "Peruvian intelligence", "Chilean intelligence"]


def test_according_to_a_post_then_its_holder_an_insider_at_a_body_and_a_group_described_by_a_participle():
    assert _who("According to the governor of the province, Elena Marsh, 12 towns were cut off.")[0] == ("Elena Marsh", "reported")
    assert _who("According to a senior official at the interior ministry, 20 people are missing.")[0][0] == "unnamed interior ministry official"
    assert _who("According to a senior official at the U.S. Embassy, 20 people are missing.")[0][0] == "unnamed U.S. Embassy official"
    assert _who("According to Chilean lawmakers briefed by the spy agency, 300 soldiers died.")[0][0] == "Chilean lawmakers"


def test_a_participle_with_by_inside_the_subject_is_not_its_verb():
    # the group the participle describes speaks, not its agent; but a group a source briefed
    # passes on the source's claim ("reported", the group its conduit)
    rows = _claims("Lawmakers briefed by the spy agency said 300 soldiers died.")
    assert (rows[0]["claimant"], rows[0]["via"], rows[0]["certainty"]) == ("spy agency", "Lawmakers", "reported")
    assert _who("Senators informed by the Harbour Authority told reporters two cranes had collapsed.")[0] == \
        ("Harbour Authority", "reported")
    assert _who("Residents evacuated by the army told reporters the water rose fast.")[0][0] == "Residents"
    # a document's agent is its issuer
    assert _who("A report published by the World Health Organization said 40 cases were found.")[0][0] == \
        "World Health Organization"


def test_unmarked_interview_answers_warned_of_and_a_colon_quotation():
    body = ("In an interview, Finance Minister Karl Dorn defended the budget.\n\nWhy did you raise taxes?\n\n"
            "We had no choice. The deficit reached 6 percent of GDP last year.\n\nWill there be more cuts?\n\n"
            "The worst is behind us, and growth will return in 2026.")
    rows = _who(body)
    assert [r[0] for r in rows[2:4]] == ["Karl Dorn", "Karl Dorn"] and rows[5][0] == "Karl Dorn"
    assert rows[1][0] is None  # the question is the interviewer's, and claims nothing
    # one rhetorical question is no interview
    assert _who("Minister Karl Dorn spoke on Monday.\n\nWhat happens next?\n\nThe deficit reached 6 percent.")[2][0] == "article"
    assert _who("The Harbour Weather Bureau warned of winds of 150 km/h on Tuesday.")[0][0] == "Harbour Weather Bureau"
    rows = _who('Its director, Sara Lind, told a news conference that 30 roads were shut.\n\n'
                'She went on: "We have moved 2,000 people to shelters."')
    assert rows[1] == ("Sara Lind", "stated")


def test_questions_over_answers_after_an_interview_s_setup_are_the_interviewee_s():
    body = ("Freedonia's president confirmed the first deaths at the weekend.\n\n"
            "The foreign desk asked Jane Roe, a senior researcher at the Portville Centre for Security Studies, "
            "what the confirmation means. The interview has been edited for length and clarity.\n\n"
            "What does the statement tell us?\n\n"
            "Less than the headlines suggest. My own rough estimate is that 200 soldiers have been killed.\n\n"
            "Is 12,000 a credible number?\n\nIt is broadly in line with what intelligence services have said.")
    rows = _claims(body)
    assert [r["claimant"] for r in rows[4:6]] == ["Jane Roe", "Jane Roe"] and rows[7]["claimant"] == "Jane Roe"
    assert [rows[i]["kind"] for i in (3, 6)] == ["furniture", "furniture"]  # the questions assert nothing
    # an explainer's questions over its own answers, with no one asked, stay the article's
    rows = _claims("Freedonia's president Jane Roe confirmed the first deaths at the weekend.\n\n"
                   "How many soldiers are there?\n\nAbout 12,000 were sent in October.\n\n"
                   "What happens next?\n\nMore troops are expected to arrive.")
    assert rows[2]["claimant"] == "article"


def _headline_who(title, body):
    text = title + "\n\n" + body
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title=title, published=dt.date(2024, 12, 1)),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    return [(c["claimant"], c["certainty"]) for c in extract_rows(article)["claims"]]


def test_a_headline_s_source_after_a_label_an_act_of_its_subject_and_an_explainer_s_tail():
    body = ("The Ghana Health Service (GHS) said 58 people had died. The Kremlin referred questions to the Defence "
            "Ministry. The Economic and Financial Crimes Commission (EFCC) arrested a former commissioner on Monday.")
    # a label before the colon, the source after the final dash (its initials a currency's code too)
    assert _headline_who("Cholera: Death toll rises to 58 as cases top 5,000 – GHS", body)[0][0] == "Ghana Health Service"
    assert _headline_who("Kremlin refers questions about troops to Defense Ministry", body)[0][0] == "Government of Russia"
    assert _headline_who("EFCC arrests ex-finance commissioner over fraud", body)[0][0] == \
        "Economic and Financial Crimes Commission"
    assert _headline_who("Soldiers have died, Ghana Health Service says: what we know", body)[0][0] == "Ghana Health Service"
    assert _headline_who("Malawi: measles outbreak spreads", body)[0][0] == "article"


def test_a_headline_s_described_subject_is_the_one_the_story_names_first():
    assert _headline_who("Army chief warns of new offensive",
                         "Gen. Mara Pell, the army chief, said the enemy was massing troops.")[0][0] == "Mara Pell"
    assert _headline_who("Chile's army chief warns of new offensive",
                         "Gen. Mara Pell, the army chief, said the enemy was massing troops.")[0][0] == "Mara Pell"
    assert _headline_who("Chile's spy agency says 300 soldiers killed",
                         "The National Intelligence Bureau (NIB) told lawmakers on Thursday that 300 soldiers had "
                         "been killed.")[0][0] == "National Intelligence Bureau"
    # a post nobody in the story holds stays the article's
    assert _headline_who("Army chief warns of new offensive",
                         "Gen. Mara Pell said the enemy was massing troops.")[0][0] == "article"


def test_he_or_she_is_the_last_speaker_before_the_last_name_and_according_to_him():
    rows = _who("Interior Minister Ana Ruiz said on Monday that 300 soldiers had been deployed. "
                "Ruiz, who visited the town with President Carlos Vega, said the army would stay until March. "
                "She said 40 people had died. Vega, speaking separately, said aid would arrive within days. "
                "He also said the government had released $20 million. According to him, talks were not possible.")
    assert [r[0] for r in rows] == ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz", "Carlos Vega", "Carlos Vega", "Carlos Vega"]
    assert rows[5][1] == "reported"
    # "her" before a noun is a possessive, not the person
    assert _who("Ana Ruiz leads the ministry. According to her ministry's figures, 40 people died.")[1][0] != "Ana Ruiz"


def test_a_name_after_its_role_after_the_verb_and_quotations_in_single_marks():
    rows = _who("Housing Minister Tom Hale visited the town on Monday. "
                "‘The water came in at night,’ said resident Mary Cole, 64. ‘We lost everything. The insurance will not pay.’")
    assert [r[0] for r in rows[1:]] == ["Mary Cole"] * 3
    assert _who('"We have seen nothing like it," said local councillor Sam Pike.')[0][0] == "Sam Pike"
    # "said during talks with …": no role before the name
    assert _who('Housing Minister Tom Hale spoke on Monday. "We will rebuild," Hale said during talks with Mary Cole.')[1][0] == "Tom Hale"
    rows = _who("Housing Minister Tom Hale spoke on Monday.\n\n'The army is on standby,' Hale told reporters. 'We have 500 soldiers ready.'")
    assert rows[2][0] == "Tom Hale"


def test_the_data_a_body_gave_signalled_and_data_from_a_described_body():
    rows = _who("Consumer prices rose 3.1% in October, the statistics office said on Tuesday. "
                "Economists polled by Reuters had expected a reading of 3.2%. "
                "Core inflation eased to 2.8%, the data showed. "
                "Governor Lars Holm has signalled that cuts could come early next year. "
                "Separate data from the labour ministry showed unemployment at 5.2%.")
    assert [r[0] for r in rows] == ["statistics office", "Economists polled by Reuters", "statistics office",
                                    "Lars Holm", "labour ministry"]
    assert rows[3][1] == "hedged"


def test_a_record_from_a_named_body_after_the_clause_is_that_body_s():
    rows = _who("The ruling Unity Party won 54% of the vote in Sunday's election, preliminary results from the "
                "Central Election Commission showed on Monday.")
    assert rows[0][0] == "Central Election Commission"


def test_more_reporting_participles_speak_for_the_subject():
    assert _who("Opposition leader Mara Vale refused to concede, alleging widespread fraud.")[0] == ("Mara Vale", "stated")
    assert _who("Prime Minister Ivan Petrov toured the port, vowing to rebuild every pier.")[0] == ("Ivan Petrov", "predicted")
    assert _who("Defence Minister Oren Kalt spoke to troops, acknowledging that 30 soldiers had died.")[0] == \
        ("Oren Kalt", "confirmed")


def test_one_unnamed_witness_is_a_source_as_written():
    assert _who('Survivors described scenes of panic. "The building just collapsed," one woman told local television.')[1][0] == \
        "one woman"


def test_a_state_media_honorific_title_is_the_person_named_with_that_post():
    rows = _who("Tan Roe, general secretary of the Unity Party, oversaw the drill on Tuesday. "
                "The respected General Secretary expressed great satisfaction over the test.")
    assert rows[1][0] == "Tan Roe"


def test_a_headline_s_source_after_a_dash_but_not_its_outlet():
    body = "Chilean President Ana Varga said on Monday that 3,000 homes had been flooded."
    assert _headline_who("Coastal towns suffering heavy losses – Varga", body)[0][0] == "Ana Varga"
    body = "Chilean President Ana Varga told Reuters on Monday that 3,000 homes had been flooded."
    assert _headline_who("Coastal towns suffering heavy losses - Reuters", body)[0][0] == "article"


def test_a_spokesperson_owned_by_a_pronoun_speaks_for_its_owner():
    rows = _who("President Ana Ruiz visited the flooded region on Monday. Her spokesman said the visit would last two days.")
    assert rows[1][0] == "Ana Ruiz"
    rows = _who("The Harbour Weather Bureau said 30 roads were shut. Its spokeswoman said 12 more would close.")
    assert rows[1][0] == "Harbour Weather Bureau"


def test_according_to_a_source_s_channel_and_a_state_s_intelligence_assessment():
    rows = _who("Defence Minister Oren Kalt spoke on Monday. According to Kalt's Signal channel, 40 soldiers were captured. "
                "According to a Peruvian intelligence assessment, the losses were heavy.")
    assert rows[1] == ("Oren Kalt", "reported")
    assert rows[2] == ("Peruvian intelligence", "reported")


def test_according_to_a_post_on_a_source_s_channel():
    rows = _who("The Harbour Defence Ministry said 30 drones were downed. "
                "The losses were heavy, according to a post on the Harbour Defence Ministry's Signal channel.")
    assert rows[1] == ("Harbour Defence Ministry", "reported")


def test_a_companion_between_commas_is_no_subject():
    rows = _who("President Ana Ruiz visited the port on Monday. "
                "Ruiz, along with her defence minister, said the troops were ready.")
    assert rows[1][0] == "Ana Ruiz"


def test_a_speaker_named_after_the_verb_a_title_then_a_name_and_an_air_force():
    assert _who("Four people were killed, said the head of the regional military administration, Ivan Fedor.")[0][0] == "Ivan Fedor"
    assert _who("The troops lack drones, said Oles Koval, a military analyst with the Information Resistance group.")[0][0] == \
        "Oles Koval"
    assert _who("Peru fired 40 flares overnight, Chile's air force said, adding that 30 were seen.")[0][0] == \
        "Chilean air force"
    # an apposition before the verb still names the subject
    assert _who("Jana Holm, the defence minister, said Oren Kalt had resigned.")[0][0] == "Jana Holm"


def test_a_headline_word_the_story_never_names_as_a_person_is_none():
    assert _headline_who("Live: Flood updates", "Rescuers have pulled 30 people from the rubble.")[0][0] == "article"


def test_according_to_a_named_person_with_a_party_is_the_person():
    body = ("Rep. Lee Seong-kweun said the briefing was closed. The agency made the assessment at the briefing, "
            "according to Rep. Lee Seong-kweun of the ruling People Power Party.")
    assert _claims(body)[1]["claimant"] == "Lee Seong-kweun"


def test_a_big_town_speaking_alone_is_its_authorities_not_a_person():
    assert _claims("Belgorod announced a curfew on Monday.")[0]["claimant"] == "Belgorod authorities"
    assert _claims("Okoro wrote that the vote was rigged.")[0]["claimant"] == "Okoro"  # one name, no town


def test_neither_nor_has_confirmed_is_the_article_s_denial_and_has_commented_a_gap():
    row = _claims("Neither Portville nor Ruritania has officially acknowledged the deployment.")[0]
    assert (row["kind"], row["claimant"], row["certainty"]) == ("claim", "article", "denied")
    row = _claims("Neither Portville nor Ruritania has commented on the report.")[0]
    assert (row["kind"], row["claimant"]) == ("gap", "article")
    assert _claims("The army said neither side had won.")[0]["claimant"] == "army"


def test_a_headline_s_common_noun_subject_is_the_holder_the_story_names():
    text = ("Engineer says cracks in the dam were visible in January\n\nBy Jane Roe\n\n"
            "KITWE — An independent engineer who inspected the dam in January says cracks were visible.\n\n"
            "Dr Mara Venn, a geotechnical engineer based in Kitwe, inspected the dam on January 20.")
    rows = extract_rows(Article(name="t", path=Path("t.txt"), text=text,
                                meta=Metadata(title="Engineer says cracks in the dam were visible in January",
                                              published=dt.date(2025, 3, 18)), sha256=hashlib.sha256(text.encode()).hexdigest()))
    assert rows["claims"][0]["claimant"] == "Mara Venn"
    assert "Engineer" not in {a["name"] for a in rows["actors"]}


def test_a_report_relayed_as_an_outlet_reported_is_its_speakers_via_the_outlet():
    rows = _claims("As Meridian Daily reported, President Ivan Petrenko said on Monday that the first "
                   "casualties had been recorded. As reported by the Harbour Times, the plant closed in March.")
    assert (rows[0]["claimant"], rows[0]["via"], rows[0]["certainty"]) == ("Ivan Petrenko", "Meridian Daily", "stated")
    assert (rows[1]["claimant"], rows[1]["certainty"]) == ("Harbour Times", "reported")


def test_a_headline_opening_with_a_states_body_described_speaks_for_it():
    text = ("Peruvian intelligence: troops suffer heavy losses\n\nThe Peruvian Intelligence Directorate (PID) "
            "said on Monday that 30 soldiers were killed.")
    from claimbrief.article import make_article
    rows = extract_rows(make_article(text, title="Peruvian intelligence: troops suffer heavy losses",
                                     published=dt.date(2024, 12, 17)))["claims"]
    assert rows[0]["claimant"] == "Peruvian Intelligence Directorate"


def test_a_newsrooms_failed_check_and_a_neither_nor_after_and_are_gaps():
    rows = _claims("The Meridian agency has not been able to verify the figures independently. "
                   "Officials have not commented, and neither Lisbon nor Madrid has confirmed that troops were sent.")
    assert [(r["kind"], r["claimant"], r["certainty"]) for r in rows] == [("gap", "article", "stated")] * 2


def test_others_after_a_group_are_that_kind_of_source():
    rows = _claims("Some analysts say the leader wants technology. Others warn the deployment could drag on.")
    # (the group, however much of it speaks: "Some analysts" are analysts, as the golds name them)
    assert [r["claimant"] for r in rows] == ["analysts", "analysts"]


def test_the_body_official_is_the_person_whose_post_that_body_gives():
    rows = _claims("Harbour Authority Spokesman Ivan Petrenko declined to comment on the reports. "
                   "“We have nothing to add,” the Harbour Authority official told reporters. "
                   "A Harbour Authority official later said the port was open.")
    assert rows[1]["claimant"] == "Ivan Petrenko" and rows[2]["claimant"] != "Ivan Petrenko"


def test_a_states_body_described_is_not_another_states_body_named_next():
    rows = _claims("Peru's military intelligence has said that 300 soldiers are in the region. "
                   "Chile's National Intelligence Agency said last week that at least 100 had died. "
                   "The agency told lawmakers that 1,000 were wounded.")
    assert rows[0]["claimant"] != "National Intelligence Agency"
    assert rows[1]["claimant"] == rows[2]["claimant"] == "National Intelligence Agency"


def test_a_cause_a_source_gives_and_a_statement_attributed_to_it_are_its_claims():
    rows = _claims("The Harbour Health Agency said 40 people were admitted. "
                   "The agency attributed the rise in cases to the floods. "
                   "A statement attributed to the agency said the wards were full.")
    assert [r["claimant"] for r in rows] == ["Harbour Health Agency"] * 3


def test_remaining_silent_is_a_gap():
    rows = _claims("Freedonia's state media have remained silent on the deployment.")
    assert (rows[0]["kind"], rows[0]["certainty"]) == ("gap", "stated")


def test_a_states_body_described_under_a_name_the_gazetteer_cannot_place_is_the_body_named_next():
    rows = _claims("At least 100 soldiers were killed, Ruritania's spy agency said Thursday. "
                   "The National Intelligence Bureau (NIB) gave the figure at a closed-door briefing.")
    assert rows[0]["claimant"] == "National Intelligence Bureau"


def test_an_unnamed_post_holder_somewhere_speaks_and_is_the_he_that_follows():
    rows = _claims("Governor Ivan Petrenko said two depots burned. "
                   "A Peruvian commander in the Alpha region told our correspondent that the units attack in large groups. "
                   "\\u201cThey just keep coming,\\u201d he said.")
    assert [r["claimant"] for r in rows] == ["Ivan Petrenko", "Peruvian commander", "Peruvian commander"]


def test_a_list_items_bullet_is_no_part_of_its_subject():
    rows = _claims("Here are the latest developments:\\n\\n- The Harbour Health Agency said 40 people were admitted.")
    assert rows[-1]["claimant"] == "Harbour Health Agency"


def test_a_figures_old_baseline_does_not_make_its_sentence_history():
    rows = _claims("Turnout was 41%, down from 48% four years ago. Turnout was 48% in the 2019 election.")
    assert [r["kind"] for r in rows] == ["claim", "background"]


def test_a_source_putting_any_measure_at_a_number_gives_its_own_figure():
    rows = _claims("An independent group of economists, FENAG, put annual inflation at 88.6%. "
                   "The Red Cross puts the number of displaced at 8,000. The decision put the town at risk.")
    assert [r["claimant"] for r in rows] == ["FENAG", "Red Cross", "article"]


def test_it_was_reported_opens_an_unattributed_report_whoever_speaks_later_in_the_sentence():
    rows = _claims("The state disaster secretariat said 3,000 people were in shelters. It was reported last week that "
                   "the government had set aside $5 million, though the secretariat said it had received nothing. "
                   "It was noted that a second phase will be completed by 2028.")
    assert [(r["claimant"], r["certainty"]) for r in rows[1:]] == [("unattributed reports", "reported"),
                                                                    ("unattributed reports", "predicted")]


def test_a_unit_posting_results_says_nothing():
    rows = _claims("The petrochemicals division posted an operating loss of 38 billion won.")
    assert rows[0]["claimant"] == "article"


def test_lawmakers_relaying_an_agency_pass_on_its_claim():
    lede = "The Central Intelligence Bureau (CIB) briefed lawmakers on Thursday. "
    for body, certainty in (("Lawmakers said the spy agency had confirmed that at least 100 soldiers had died.", "confirmed"),
                            ("Lawmakers cited the CIB as saying at least 100 soldiers had died.", "stated")):
        row = _claims(lede + body)[1]
        assert (row["claimant"], row["via"], row["certainty"]) == ("Central Intelligence Bureau", "Lawmakers", certainty)


def test_plural_bodies_are_sources():
    rows = _claims("Western intelligence agencies estimate that about 11,000 troops were sent.")
    assert (rows[0]["claimant"], rows[0]["certainty"]) == ("Western intelligence agencies", "hedged")


def test_a_headlines_post_is_its_holder_named_in_apposition_after_the_post():
    rows = _headline_who("Mayor warns of water shortages",
                         "The mayor of Portville, Ana Costa, said on Monday that the reservoirs were at 18 percent.")
    assert rows[0][0] == rows[1][0] == "Ana Costa"

def test_a_forecast_measured_against_or_named_by_a_noun_is_no_prediction():
    # "more than expected", "as planned": a comparison with a forecast; "against his will": the noun
    assert _who("Inflation rose more than expected in November, the statistics office said.")[0][1] == "stated"
    assert _who("The vote went ahead as planned on Sunday.") == [("article", "stated")]
    assert _who("He was held against his will for three days.") == [("article", "stated")]
    assert _who("He would later become the country's first elected president.") == [("article", "stated")]
    assert _who('"We would rather hold market share than chase margin," managing director Ana Roe said.')[0][1] == "stated"


def test_a_future_in_a_side_clause_or_a_second_predicate_does_not_regrade_the_claim():
    assert _who("The factory, which will employ 500 workers, opened on Monday.") == [("article", "stated")]
    assert _who("The agency said the vaccine, which will be shipped next month, had passed all trials.")[0][1] == "stated"
    assert _who("The second man was remanded in custody last month and is expected to apply for bail.") == \
        [("article", "stated")]
    assert _who("The army said it had lost contact with the unit, which has not reported since Friday.")[0][1] == "stated"


def test_plans_in_the_progressive_and_be_to_futures_are_predictions():
    assert _who("The company is planning to cut 300 jobs.") == [("article", "predicted")]
    assert _who("The minister is to visit the flooded region.") == [("article", "predicted")]
    assert _who("The hearing resumes tomorrow.") == [("article", "predicted")]
    assert _who("The vote is slated for March.") == [("article", "predicted")]
    assert _who("The government is to blame for the delays.") == [("article", "stated")]


def test_a_withheld_answer_is_stated_not_foreseen():
    rows = _claims("The ministry said it would not comment on the report.")
    assert (rows[0]["kind"], rows[0]["certainty"]) == ("gap", "stated")


def test_denials_in_other_words():
    assert _who("The company called the allegations false and misleading.")[0][1] == "denied"
    assert _who("The embassy said the claims were groundless.")[0][1] == "denied"
    assert _who("The ministry said the video was fake.")[0][1] == "denied"
    assert _who('"This is a lie," the spokeswoman said.')[0][1] == "denied"
    assert _who('"We reject any suggestion that our products are unsafe," the chief executive said.')[0][1] == "denied"
    assert _who('"We do not accept the outcome in three districts," the party leader said.')[0][1] == "denied"
    assert _who('"There is nothing unusual in these numbers," the returning officer said.')[0][1] == "denied"


def test_a_negation_that_denies_nothing():
    assert _who('"Our order book has never been stronger," the managing director said.')[0][1] == "stated"
    assert _who("The war has not only cut exports but also emptied the villages.") == [("article", "stated")]


def test_official_and_state_media_words_of_denial():
    assert _who('"This looks like another piece of fake news," the spokesman told reporters.')[0][1] == "denied"
    assert _who('The spokesman described the allegations as "fake news".')[0][1] == "denied"
    assert _who('The ministry called the reports "far-fetched".')[0][1] == "denied"
    assert _who('The agency said claims of heavy losses were "an absurd lie".')[0][1] == "denied"


def test_a_headline_with_a_plural_subject_and_its_verb_is_no_to_future():
    def headline(title):
        text = title + "\n\nThe story body said nothing new."
        article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title=title, published=dt.date(2024, 12, 1)),
                          sha256=hashlib.sha256(text.encode()).hexdigest())
        return extract_rows(article)["claims"][0]["certainty"]
    assert headline("Officials respond to claims") == "stated"
    assert headline("Residents return to flooded homes") == "stated"
    assert headline("Government to raise fuel taxes") == "predicted"


def test_a_present_tense_with_a_date_still_to_come_is_a_prediction():
    assert _who("The trial starts on January 13.", published=dt.date(2024, 12, 20)) == [("article", "predicted")]
    assert _who("The court hears the case next week.", published=dt.date(2024, 12, 20)) == [("article", "predicted")]
    # done already, or only bounded by the date: stated
    assert _who("The hearing was adjourned until January 14.", published=dt.date(2024, 12, 20)) == [("article", "stated")]


def test_an_old_date_in_a_side_clause_does_not_make_the_news_background():
    rows = _claims("The union is demanding a pay rise of 7.8 percent after the company booked record orders last year.",
                   published=dt.date(2025, 10, 1))
    assert rows[0]["kind"] == "claim"
    rows = _claims("His co-accused, whose company won the contract in 2020, received 10 years.", published=dt.date(2025, 10, 1))
    assert rows[0]["kind"] == "claim"
    # the old date in the sentence's own clause still makes it background
    rows = _claims("In 2019 the village flooded twice.", published=dt.date(2025, 10, 1))
    assert rows[0]["kind"] == "background"


def test_a_vague_duration_alone_makes_no_sentence_a_claim():
    # "for weeks" is a figure (how long), but it counts nothing a reader could check
    rows = _claims("For weeks, the leak at the Portville dam was little more than a rumour. "
                   "Tarnow has for years recorded more floods than any other district.")
    assert [r["kind"] for r in rows] == ["background", "background"]
    assert _claims("For weeks, 40 families have slept in the Portville school.")[0]["kind"] == "claim"


def test_a_standing_or_recurring_fact_in_the_present_is_background_whatever_its_figure():
    for body in ("It employs more than 2,400 people at plants in two provinces.",
                 "The resort draws tens of thousands of visitors each winter.",
                 "The district is home to about 400,000 people.",
                 "Around a third of the workforce depends on herding, according to government statistics."):
        assert _claims(body)[0]["kind"] == "background", body
    # news told in the present or the past stays a claim
    assert _claims("Inflation stands at 3.1%, the highest in a decade.")[0]["kind"] == "claim"
    assert _claims("The company employed 2,400 people before the fire.")[0]["kind"] == "claim"


def test_a_past_passive_or_an_ongoing_event_is_a_claim_and_a_past_decade_is_history():
    for body in ("Rescue teams were deployed to the worst-hit villages.", "The company itself was fined.",
                 "Power was cut to much of the city.", "Water levels are still rising in the south."):
        assert _claims(body)[0]["kind"] == "claim", body
    # what a thing is, told in the passive, stays background
    assert _claims("The company was based in the capital.")[0]["kind"] == "background"
    assert _claims("Much of the bog was ploughed and planted with conifers in the 1980s.")[0]["kind"] == "background"


def test_causes_counterfactuals_compared_plans_and_set_off_participles_are_no_forecasts():
    assert _who("The delay is due to heavy rain in the north.") == [("article", "stated")]
    assert _who("The minister said the troops would not have survived without air cover.")[0][1] == "stated"
    assert _who("The company said sales were lower than it had planned.")[0][1] == "stated"
    assert _who("The government's plan to raise taxes was dropped on Tuesday.") == [("article", "stated")]
    assert _who("The summit, planned for months, collapsed on Tuesday.") == [("article", "stated")]
    # the schedule itself is still one
    assert _who("The ship is due to arrive on Friday.")[0][1] == "predicted"


def test_doubt_and_second_hand_accounts_in_other_words():
    assert _who("Analysts say the losses are unlikely to change the leader's calculus.")[0][1] == "hedged"
    assert _who("The gang is suspected of ferrying fuel across the lake at night, a police spokeswoman said.")[0][1] == "hedged"
    assert _who("There were reports of looting in the capital.") == [("unattributed reports", "reported")]
    assert _who("There were no reports of looting in the capital.")[0][1] == "denied"


def test_a_second_hand_word_in_a_side_clause_does_not_make_the_sentence_reported():
    rows = _claims("Dozens of residents gathered outside the police station on Wednesday, some of whom are reportedly "
                   "members of a transport union.")
    assert (rows[0]["claimant"], rows[0]["certainty"]) == ("article", "stated")


def test_a_tests_confirmation_or_one_in_a_side_clause_is_stated_not_confirmed():
    assert _who("Of the 87 cases, 41 have been confirmed by laboratory tests, the ministry said.")[0][1] == "stated"
    assert _who("The ministry said 146 suspected cases had been recorded, 38 of which had been confirmed.")[0][1] == "stated"
    # the source's own confirmation still is one
    assert _who("Health Minister Ana Roe said outbreaks had also been confirmed in the provinces of the north.")[0][1] == "confirmed"


def test_gaps_in_other_words():
    for body in ("The cause of the fire has not been determined.", "Neither side has given casualty figures.",
                 "No official death toll has been published.", "The defence ministry did not reply to questions about the deployment.",
                 "Details of the agreement were not made public.", "The spokesperson did not elaborate."):
        rows = _claims(body)
        assert (rows[0]["kind"], rows[0]["certainty"]) == ("gap", "stated"), body


def test_no_harm_no_fault_and_a_charge_denied():
    assert _who("No injuries were reported.") == [("article", "denied")]
    assert _who("There were no immediate reports of casualties.") == [("article", "denied")]
    assert _who("The regulator found no wrongdoing.") == [("article", "denied")]
    assert _who("Defence lawyer Ian Moss said his client was innocent.")[0][1] == "denied"
    assert _who("The army said its soldiers were not responsible for the attack.")[0][1] == "denied"
    assert _who('Minister Jana Roe said claims that the dam had burst were "completely untrue".')[0][1] == "denied"


def test_could_of_perception_or_of_what_came_next_puts_no_doubt():
    assert _who("The fire could be seen from miles away.") == [("article", "stated")]
    assert _who("The flood waters receded before rescuers could reach the village.") == [("article", "stated")]
    # a possibility still is one
    assert _who("Salote Roe said that if the rain returns, they could see a second wave.")[0][1] == "hedged"


def test_an_opening_set_in_the_storys_past_makes_background_whoever_speaks():
    rows = _claims("At the time, the council estimated repairs at 1.2 million euros.")
    assert rows[0]["kind"] == "background"
    assert _claims("In recent years, floods have destroyed thousands of homes in the province.")[0]["kind"] == "background"
    # "at the time of" names a moment, not the story's past
    assert _claims("At the time of the blast, 40 workers were inside the plant.")[0]["kind"] == "claim"


def test_perfect_passives_report_events_and_rules_and_baselines_are_told_apart():
    assert _claims("Only one district has so far been spared.")[0]["kind"] == "claim"
    assert _claims("The ministry has sent an emergency alert to mobile phones.")[0]["kind"] == "claim"
    assert _claims("Under the constitution, the winning party has three days to form a government.")[0]["kind"] == "background"
    rows = _claims("The party won 24.6 percent of the vote, up from 19.2 percent at the last election in January.",
                   published=dt.date(2025, 12, 1))
    assert rows[0]["kind"] == "claim"


def test_a_claim_that_withholds_only_in_its_last_clause_is_a_claim_and_quoted_gaps_keep_their_speaker():
    rows = _claims("The boat's owner was arrested on Sunday morning, officials in Kisumu said, without giving his name.")
    assert rows[0]["kind"] == "claim"
    rows = _claims('Spokesman Ivan Roe confirmed that losses were "far above last year", but declined to give a number.')
    assert rows[0]["kind"] == "claim"
    assert _claims("He added that the true figure may never be known.")[0]["kind"] == "gap"
    rows = _claims('"We still have no contact with some villages. We fear what we will find there," Governor Ana Roe said.')
    assert (rows[0]["kind"], rows[0]["claimant"]) == ("gap", "Ana Roe")


def test_membership_and_make_up_are_standing_facts():
    assert _claims("The men belong to a cooperative of about 40 miners.")[0]["kind"] == "background"
    assert _claims("The council consists of 45 members.")[0]["kind"] == "background"


def test_a_headline_whose_words_set_a_certainty_keeps_its_subject_as_source():
    title = "Prime Minister Jana Roe slams fake news about the floods"
    text = title + "\n\nPrime Minister Jana Roe visited the flooded region on Monday."
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title=title, published=dt.date(2024, 12, 1)),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    row = extract_rows(article)["claims"][0]
    assert (row["claimant"], row["certainty"]) == ("Jana Roe", "denied")


def test_a_headline_speaker_missing_from_the_story_leaves_the_certainty_its_clause_gives():
    title = "Minister says claims are untrue"
    text = title + "\n\nFlood waters receded across the region on Monday."
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title=title, published=dt.date(2024, 12, 1)),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    row = extract_rows(article)["claims"][0]
    assert (row["claimant"], row["certainty"]) == ("article", "denied")


def test_the_speakers_own_confirmation_and_a_relayed_neutral_verb_leave_certainty_to_the_clause():
    assert _who("The National Intelligence Service (NIS) said it confirmed that a soldier was killed.")[0] == \
        ("National Intelligence Service", "confirmed")
    rows = _claims("The National Intelligence Service (NIS) briefed lawmakers on Monday. "
                   "The lawmakers said the NIS told the committee that the North might send more troops.")
    assert (rows[1]["claimant"], rows[1]["certainty"]) == ("National Intelligence Service", "hedged")


def test_refusing_to_accept_a_result_denies_it():
    assert _who("The opposition refused to accept the result and called for a recount.")[0][1] == "denied"


def test_the_time_of_another_event_ahead_is_no_forecast():
    assert _who("Officials met on Monday ahead of next week's summit.") == [("article", "stated")]
    assert _who("Ministers agreed on Friday to extend the programme until next year.") == [("article", "stated")]


def test_a_short_clause_after_the_speakers_verb_is_what_was_said():
    assert _who("The ministry said the vaccines arrive next month.")[0] == ("ministry", "predicted")
    assert _who("The ministry said the claims were groundless.")[0][1] == "denied"


def test_a_comparisons_baseline_year_is_no_recurrence():
    assert _claims("Revenue is up 12% from a year earlier.")[0]["kind"] == "claim"
    assert _claims("The plant produces 2 million tonnes a year.")[0]["kind"] == "background"


def test_a_hope_is_a_prediction_and_its_noun_sets_nothing():
    assert _who("The ministry hopes the bridge reopens by spring.")[0] == ("ministry", "predicted")
    assert _who("The government pinned its hopes on foreign aid.") == [("article", "stated")]


def test_according_to_a_name_no_list_knows_or_to_an_unowned_record_is_relayed():
    assert _who("According to Merovia, the deal was signed on Monday.") == [("Merovia", "reported")]
    assert _who("Some 300 homes were destroyed, according to a preliminary assessment.") == \
        [("unattributed reports", "reported")]
    assert _who("The project went according to plan.") == [("article", "stated")]


def test_a_bodys_statement_saying_and_a_record_of_a_body_opening_the_sentence():
    assert _who("Harbour Police issued a statement saying two men were arrested.") == [("Harbour Police", "stated")]
    assert _who("Data from the National Statistics Office showed inflation rose to 5.1%.")[0][0] == \
        "National Statistics Office"


def test_coordinated_states_share_a_noun_of_more_words():
    # the head noun belongs to both modifiers: the group as written, not the first conjunct
    # alone nor an earlier agency the plural "agencies" was taken to be
    body = ("The Harbour News Agency (HNA) reported the visit. "
            "Japanese and Western intelligence agencies said about 9,000 troops had been sent. "
            "US and Philippine intelligence services said the troops were in combat.")
    assert [c for c, _ in _who(body)][1:] == ["Japanese and Western intelligence agencies",
                                               "US and Philippine intelligence services"]


def test_a_record_owned_by_a_pronoun_speaks_for_its_owner():
    body = ("The Harbour Monitoring Group was founded in 2011. According to its website, it tracks 40 ports. "
            "The Port Authority published new figures on Monday. Its statement said 14 ships were held.")
    rows = _who(body)
    assert rows[1] == ("Harbour Monitoring Group", "reported")
    assert rows[3][0] == "Port Authority"


def test_information_given_by_an_agent_is_the_agents():
    body = ("The Joint Staff Command (JSC) met on Monday. "
            "The figures were shared by the country's Joint Staff Command at a separate briefing. "
            "The casualty estimates were provided to lawmakers by the National Security Bureau.")
    assert [c for c, _ in _who(body)][1:] == ["Joint Staff Command", "National Security Bureau"]
    assert _who("The nation's Joint Staff Command said the convoy had crossed the border.")[0][0] == "Joint Staff Command"


def test_a_negated_trend_is_no_denial():
    assert _who("The problem is not going away, analysts warned.") == [("analysts", "stated")]
    assert _who("The situation is not getting better, the minister said.")[0][1] == "stated"
    assert _who("Flights are not being cancelled, the airline said.")[0][1] == "denied"


def test_state_media_titles_are_the_honoured_leader():
    body = ("The respected Comrade Tan Roe, general secretary of the Unity Party, inspected a drone test on Wednesday. "
            "The Supreme Leader stressed that the army must be ready. "
            "The dear leader expressed great satisfaction over the results.")
    assert [c for c, _ in _who(body)][1:] == ["Tan Roe", "Tan Roe"]


def test_a_calendar_date_between_subject_and_verb_is_skipped():
    assert _who('Government spokesman Tan Roe on Dec. 17 called the reports "another fake."') == [("Tan Roe", "denied")]
    assert _who("The Port Authority on December 16, 2024 said two ships had been held.")[0][0] == "Port Authority"
    assert _who("The Port Authority on 3 March said two ships had been held.")[0][0] == "Port Authority"


def test_a_label_of_propaganda_denies():
    assert _who("Tan Roe called the claims more foreign propaganda.") == [("Tan Roe", "denied")]
    assert _who("The Port Authority described the video as disinformation.")[0][1] == "denied"


def test_a_dateline_dash_opens_the_subjects_clause():
    body = "MANILA, Dec. 19 (Meridian) -- Japan's Board of Maritime Safety (BMS) said Thursday that two ships had been held."
    assert _who(body)[0][0] == "Board of Maritime Safety"


def test_a_modifier_of_its_own_is_another_group():
    body = "Russian defence officials said the assault failed. Intelligence officials said artillery had been sent too."
    assert [c for c, _ in _who(body)] == ["Russian defence officials", "Intelligence officials"]


def test_a_bodys_press_service_and_its_short_name_are_the_body():
    body = ("The Russian Defence Ministry said its forces had repelled attacks. "
            "The Defence Ministry's press service said the troops were advancing. "
            "The Defence Ministry said 40 drones were downed.")
    assert [c for c, _ in _who(body)] == ["Russian Defence Ministry"] * 3


def test_a_surname_opening_a_list_item_is_its_speaker():
    body = ("Key points\n\n- Ostrova says 30 boats were held\n\n- The Port Authority says the harbour is closed\n\n"
            "• Ostrova says the strike will end on Friday")
    rows = _claims(body)
    assert [r["claimant"] for r in rows if r["text"].lstrip("-• ").startswith("Ostrova")] == ["Ostrova", "Ostrova"]


def test_state_media_leader_named_after_his_titles():
    # the honorific opens a title the name follows; "the head of state" and "the esteemed
    # President" are the man so honoured, and a headline's "Esteemed President" no person
    body = ("PORTVILLE, 18 June (Agency) -- On Thursday, the esteemed President of Turkmenistan, Hero of Turkmenistan "
            "Tan Roeberg, opened a bridge. The head of state said the bridge would carry 9,000 cars a day. "
            "Addressing the guests, the esteemed President stressed that roads are a priority.")
    assert [c for c, _ in _who(body)][1:] == ["Tan Roeberg", "Tan Roeberg"]


def test_a_transcripts_speaker_caption_gives_the_paragraph_after_it():
    body = ("Jane Roe / AFP\n\nThe ferry sank on Monday.\n\n[Tan Roeberg / Unity Party]\n\n"
            "About 100 have died. The losses come from the storm.\n\nThe bridge was closed for a week.\n\n"
            '[Ana Costa / Deputy Minister: "We will rebuild the port."]')
    rows = [(r["claimant"], r["text"][:12]) for r in _claims(body) if r["kind"] != "furniture"]
    assert rows == [("article", "The ferry sa"), ("Tan Roeberg", "About 100 ha"), ("Tan Roeberg", "The losses c"),
                    ("article", "The bridge w"), ("Ana Costa", "[Ana Costa /")]


def test_this_was_stated_by_gives_the_paragraph_before_it_to_its_source():
    body = ("Two ferries sank off the coast. Hundreds of people were rescued. This was stated by President "
            "Ana Costa in her evening address.\n\nThe port lost 40 boats. This was reported by the Ministry of "
            "Fisheries on Telegram.\n\nThe bridge was closed. That was a first.")
    rows = [(r["claimant"], r["certainty"]) for r in _claims(body)]
    assert rows[:5] == [("Ana Costa", "stated")] * 3 + [("Ministry of Fisheries", "reported")] * 2
    assert rows[5:] == [("article", "stated")] * 2


def test_a_description_before_a_name_is_the_name():
    body = ("The ferry sank on Monday. This was announced by state news agency HBC.\n\n"
            "According to public broadcaster Radio Meridian, 40 people were rescued.")
    assert [c for c, _ in _who(body)] == ["HBC", "HBC", "Radio Meridian"]


def test_a_body_named_after_the_listener_and_the_time_or_put_at_a_figure_claims():
    body = ("The Flood Forecasting Office (FFO) gave its figures to a closed session on Monday. "
            "Rep. Lia Morant of the Harbour Party, who sits on the panel, told reporters after the session "
            "that the forecasting office estimated at least 200 homes had flooded. "
            "Rep. Dan Okoro of the main opposition Green Party said the forecasting office put the number of "
            "evacuees at about 3,000, most of them farmers.")
    rows = [(r["claimant"], r["via"]) for r in _claims(body)]
    assert rows[1:] == [("Flood Forecasting Office", "Lia Morant"), ("Flood Forecasting Office", "Dan Okoro")]
    # (an officer of a body the text names, telling an outlet what "the company" expects, speaks for it himself)
    assert _who("Ostrava Cables Ltd reported a loss on Monday. Chief Operating Officer Pavel Marek told Meridian "
                "that the company expects sales to fall.")[1][0] == "Pavel Marek"


def test_a_body_named_after_the_listener_or_with_what_it_found_claims():
    body = ("Chile's National Security Bureau (NSB) briefed lawmakers. "
            "Rep. Tan Roeberg told reporters that the NSB had confirmed about 100 deaths. "
            "Rep. Ana Costa of the opposition Unity Party said the agency had also tracked 2,000 containers of shells. "
            "Ana Costa said the troops had detected drones.")
    rows = [(r["claimant"], r["via"]) for r in _claims(body)]
    assert rows[1:] == [("National Security Bureau", "Tan Roeberg"), ("National Security Bureau", "Ana Costa"),
                        ("Ana Costa", None)]
    # (an officer telling an outlet what "the company" expects speaks for it himself)
    assert _who("Chief Financial Officer Ken Ogata told Meridian that the company expects sales to fall.")[0][0] == "Ken Ogata"


def test_a_sources_view_as_subject_and_a_person_of_a_common_noun_body():
    body = ("Chile's National Security Bureau (NSB) briefed lawmakers. "
            "The NSB's assessment is that the ships will return. "
            "The ministry's position is that no ships were sent. "
            "Rep. Ana Costa of the main opposition party said the bridge had closed.")
    assert _who(body)[1:] == [("National Security Bureau", "hedged"), ("ministry", "denied"), ("Ana Costa", "stated")]
    assert _who("The problem is that nobody knows.")[0][0] == "article"


def test_a_demonym_before_an_acronym_post_keeps_its_state():
    assert _who("At least 40 boats were held, a South African MP has said.")[0][0] == "South African MP"


def test_a_bodys_state_is_read_in_its_own_sentence_nearest_first():
    # (the headline's "Chile" just before the paragraph is not the body's state)
    body = "Peru's National Weather Service (NWS) said 30 boats were lost.\n\nLima's weather service said the storm would ease."
    article_text = "Boats lost off Chile\n\n" + body
    import hashlib
    from pathlib import Path
    from claimbrief.article import Article, Metadata
    article = Article(name="t", path=Path("t.txt"), text=article_text, meta=Metadata(title="Boats lost off Chile", published=dt.date(2024, 12, 1)),
                      sha256=hashlib.sha256(article_text.encode()).hexdigest())
    rows = extract_rows(article)["claims"][1:]
    assert [r["claimant"] for r in rows] == ["National Weather Service"] * 2


def test_a_bodys_briefing_speaks_for_it():
    body = ("Chile's National Security Bureau (NSB) briefed lawmakers on Thursday. "
            "The NSB's briefing also showed that the ships lacked permits. "
            "The briefing also revealed that a captain had been arrested.")
    assert [c for c, _ in _who(body)][1:] == ["National Security Bureau"] * 2


def test_a_bodys_statement_to_someone_speaks_for_it():
    body = ("Chile's National Security Bureau (NSB) briefed lawmakers on Thursday. "
            "The bureau's report to parliament said 100 boats had been seized.")
    assert _who(body)[1][0] == "National Security Bureau"


def test_a_refusal_to_speak_in_any_tense_is_a_gap():
    rows = _claims("Government aide Tan Roe declined to discuss the issue. The ministry refused to comment on the seizure.")
    assert [r["kind"] for r in rows] == ["gap", "gap"]


def test_a_denunciation_is_its_subjects_statement():
    assert _who("The foreign ministry denounced the drills as a provocation.")[0][0] == "foreign ministry"
    assert _who("Tan Roe lambasted the sanctions on Monday.")[0][0] == "Tan Roe"


def test_what_could_follow_for_others_is_hedged_after_a_past_verb():
    assert _who("Analysts said the result could make it harder for the government to pass budgets.") == [("Analysts", "hedged")]
    assert _who("Some analysts argued that the losses could damage morale.")[0][1] == "hedged"


def test_a_head_of_state_named_by_that_post_is_the_leader_and_the_president():
    body = ("Head of State Ana Costa reported that dozens of boats were seized off Peru. "
            "The Peruvian leader recalled that 40 crews had been arrested in Peru. "
            "The President emphasized that patrols would continue. "
            "The Chilean leader said the boats were Chilean.")
    assert [c for c, _ in _who(body)] == ["Ana Costa", "Ana Costa", "Ana Costa", "Chilean leader"]


def _headline_claimant(headline, body):
    text = headline + "\n\n" + body
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title=headline, published=dt.date(2024, 12, 1)),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    return extract_rows(article)["claims"][0]["claimant"]


def test_a_quote_in_single_marks_belongs_to_the_speaker_after_it():
    body = "Defence Minister Tan Roe spoke on Tuesday. 'We will answer the attack,' says Roe."
    assert _who(body)[1] == ("Tan Roe", "predicted")
    assert _headline_claimant("'We will answer,' says Roe", "Defence Minister Tan Roe said the strike would be answered.") == "Tan Roe"


def test_a_headlines_source_described_without_an_article_is_the_one_the_story_names():
    minister = "Defence Minister Tan Roe said on Tuesday that the troops were short of food."
    bureau = "Chile's State Intelligence Bureau said on Thursday that about 40 boats had been seized."
    assert _headline_claimant("Troops short of food, says defence minister", minister) == "Tan Roe"
    assert _headline_claimant("'We will answer,' says defence minister", minister) == "Tan Roe"
    assert _headline_claimant("Minister: 'No decision yet' on observers", minister) == "Tan Roe"
    assert _headline_claimant("Spy agency: 40 boats seized off the coast", bureau) == "State Intelligence Bureau"
    assert _headline_claimant("Boats seized off the coast – spy agency", bureau) == "State Intelligence Bureau"
    assert _headline_claimant("Boats seized, says Chilean intelligence chief",
                              "Chile's military intelligence chief Ivo Marek said boats had been seized.") == "Ivo Marek"
    assert _headline_claimant("Live updates: boats seized off the coast", bureau) == "article"
    # a place before the description, at the end after a colon
    assert _headline_claimant("Boats seized off the coast: Chilean intelligence",
                              "Chile's National Security Bureau said on Thursday that 40 boats had been seized.") == "National Security Bureau"


def test_a_quote_standing_alone_is_the_speaker_who_goes_on_after_it():
    body = 'Health Minister Ana Pires visited the ward on Tuesday. "The wards are full." She said more nurses would come.'
    assert [c for c, _ in _who(body)] == ["article", "Ana Pires", "Ana Pires"]
    body = 'Mayor Tan Roe toured the port. "The harbour is closed." Roe added that ferries would resume.'
    assert _who(body)[1][0] == "Tan Roe"


def test_a_quote_reopened_after_its_speaker_runs_on_into_the_next_paragraph():
    body = ("Ivo Marek, a farmer in the valley, said the river had failed again.\n\n"
            '"The river is late every year," he said. "In May we waited a month. The seedlings had dried out.\n\n'
            '"My sons have left the farm. The land is tired.\n\n'
            '"If nothing changes, nobody will farm here," he said.')
    assert [c for c, _ in _who(body)] == ["Ivo Marek"] * 7


def test_the_believer_claims_and_the_speaker_or_outlet_relays():
    lede = "Chile's National Security Bureau (NSB) briefed lawmakers on Thursday. "
    rows = _claims(lede + "Lawmaker Ivo Marek said the bureau estimated that 40 boats had been seized.")
    assert (rows[1]["claimant"], rows[1]["via"], rows[1]["certainty"]) == ("National Security Bureau", "Ivo Marek", "hedged")
    rows = _claims(lede + "Lawmaker Ivo Marek said that, according to the bureau, 40 boats had been seized.")
    assert (rows[1]["claimant"], rows[1]["via"], rows[1]["certainty"]) == ("National Security Bureau", "Ivo Marek", "reported")
    rows = _claims(lede + "According to Meridian, citing the bureau, 40 boats had been seized.")
    assert (rows[1]["claimant"], rows[1]["via"]) == ("National Security Bureau", "Meridian")
    # the source closing the sentence carries the speaker's words, as before
    rows = _claims(lede + "Lawmaker Ivo Marek claimed 40 boats had been seized, according to Meridian.")
    assert (rows[1]["claimant"], rows[1]["via"]) == ("Ivo Marek", "Meridian")


def test_a_headline_that_is_only_a_quotation_is_the_ledes_speaker():
    lede = "District chief Sam Kiprop said on Sunday that no aid had arrived."
    assert _headline_claimant("'We are running out of everything'", lede) == "Sam Kiprop"
    assert _headline_claimant('"We are running out of everything"', lede) == "Sam Kiprop"
    assert _headline_claimant("'We are running out of everything,' district chief warns", lede) == "Sam Kiprop"


def test_a_quotation_its_speaker_opens_is_hers_to_the_end_of_the_paragraph_when_it_runs_on():
    body = ("Health Minister Ana Pires said: “The wards are full. We are asking people to stay home.\n\n"
            "“Nobody should come to hospital unless they must.”")
    assert [c for c, _ in _who(body)] == ["Ana Pires"] * 3


def test_the_points_of_a_list_a_source_introduces_are_its_own():
    body = ("The National Disaster Agency said in its latest update:\n\n- 40 people have died.\n"
            "- 14,500 homes have been damaged.\n\nRescue teams reached the valley on Monday.")
    assert [c for c, _ in _who(body)] == ["National Disaster Agency"] * 3 + ["article"]
    body = "Key points:\n\n- 40 people have died.\n- 14,500 homes have been damaged."
    assert all(c in ("article", None) for c, _ in _who(body))


def test_the_rows_of_a_table_a_source_introduces_are_its_own():
    # a table set as lines, each a label and its figures, after a source's sentence and a colon
    body = ("The Portville Fire Service said the blazes had burned, by district:\n\nAlpha: 6,300\n\n"
            "Beta: 2,150 hectares\n\nGamma (north) 780 (12.5%)\n\nRain fell in the valley on Friday.")
    assert [c for c, _ in _who(body)] == ["Portville Fire Service"] * 4 + ["article"]
    # a row is no sentence: a line that ends with a stop ends the table
    body = ("The Portville Fire Service said the blazes had burned, by district:\n\nAlpha: 6,300\n\n"
            "Rain fell on 40 new fires.")
    assert [c for c, _ in _who(body)] == ["Portville Fire Service"] * 2 + ["article"]
    # a bare label introduces no source
    assert all(c in ("article", None) for c, _ in _who("Hectares by district:\n\nAlpha: 6,300\n\nBeta: 2,150"))


def test_counsel_and_police_ranks_before_and_after_a_name_are_no_part_of_the_source():
    # court copy: counsel's rank after the name, then whom counsel acts for, set off by commas
    assert _who("Jane Roe SC, for Mr Doe, told the court the search had been unlawful.")[0][0] == "Jane Roe"
    assert _who("Tom Jones KC, for the defence, said the lorry had been moved twice.")[0][0] == "Tom Jones"
    # a police rank of two words, then the station the officer serves at
    assert _who("Detective Garda Tom Jones of Portville Garda Station said the van was found on Monday.")[0][0] == \
        "Tom Jones"
    # "Garda" alone opens the force's own names
    assert _who("An Garda Síochána said two men had been arrested.")[0][0] == "Garda Síochána"


def test_a_verb_that_is_also_a_noun_is_a_noun_after_a_possessive():
    assert _who("Jane Roe, a spokesperson for Tarnow's state police, said the road was shut.")[0][0] == \
        "Jane Roe"


def test_a_plan_told_as_done_predicts_nothing():
    assert _who("Jane Roe said the man had planned the attack.") == [("Jane Roe", "stated")]
    assert _who("Jane Roe said the council planned to reopen the road.")[0][1] == "predicted"


def test_a_speaker_reading_a_bodys_numbers_claims_what_they_show():
    assert _who("Jane Roe, an analyst at Civic Lab, said the bureau's figures indicated that turnout had fallen.") == \
        [("Jane Roe", "hedged")]
    assert _who("Jane Roe said the ministry's figures showed that turnout had fallen.") == [("Jane Roe", "stated")]
    # a body's own belief is still the body's, passed on by the speaker
    assert _who("Jane Roe said the ministry believes turnout fell.")[0][0] != "Jane Roe"


def test_a_name_then_its_states_description_in_apposition_is_the_name():
    assert _who("The National Security Bureau, Chile's main spy agency, said 40 boats had been seized.")[0][0] == \
        "National Security Bureau"
    assert _who("Harbour Bank, Chile's largest lender, said profit rose 12%.")[0][0] == "Harbour Bank"


def test_quoting_a_source_is_citing_it():
    lede = "Chile's National Security Bureau (NSB) briefed lawmakers on Thursday. "
    rows = _claims(lede + "Meridian said, quoting the bureau, that 40 boats had been seized.")
    assert (rows[1]["claimant"], rows[1]["via"], rows[1]["certainty"]) == ("National Security Bureau", "Meridian", "reported")


def test_a_release_named_in_the_lede_goes_on_giving_its_figures_until_another_voice():
    body = ("Nine more people died of cholera by Monday, the Health Directorate said in its latest update.\n\n"
            "Three of the dead were children. Another 4,100 patients have been treated since January.\n\n"
            "Shares in drugmakers rose 2% on the news.\n\n"
            "Dr Ana Pires, an epidemiologist, said the outbreak would peak in May.\n\n"
            "Another 300 cases were recorded in the north.")
    assert [c for c, _ in _who(body)] == ["Health Directorate"] * 3 + ["article", "Ana Pires", "article"]
    body = ("Orion Foods reported a 24% rise in quarterly net profit on Friday. Revenue grew 11% to $3.2 billion.")
    assert [c for c, _ in _who(body)] == ["Orion Foods"] * 2


def test_a_lede_giving_a_firms_results_for_a_period_opens_its_release():
    # the results named by their period and measure, whatever the verb and however far apart
    body = ("Tarnow Motors said on Monday that its second-quarter operating income had fallen 14% on weak demand.\n\n"
            "Sales slipped 6% to 21.4 billion crowns.\n\nIts margin fell to 7.9% from 9.1%.")
    assert [c for c, _ in _who(body)] == ["Tarnow Motors"] * 3
    body = ("Beta Shipyards said on Friday that nine-month operating profit had doubled.\n\nRevenue rose 12% to 3.1 trillion won.")
    assert [c for c, _ in _who(body)] == ["Beta Shipyards"] * 2
    # a lede with no period of results opens none
    body = ("Beta Shipyards said on Friday it would build a new dock.\n\nRevenue rose 12% to 3.1 trillion won.")
    assert [c for c, _ in _who(body)] == ["Beta Shipyards", "article"]


def test_the_group_or_company_is_the_firm_introduced_by_what_it_makes():
    # a one-word name no legal form marks as a firm, introduced by a business's common noun
    who = _who("Freedonian drugmaker Veltra lifted its outlook on Monday. "
               "The Portville-based group now expects sales to grow by 6%.")
    assert who[1][0] == "Veltra"
    who = _who("Freedonian chemicals group Pellam cut its forecast on Monday. Sales fell 8%, the Tarnow-based company said.")
    assert who[1][0] == "Pellam"
    # a public body's noun is no firm of that kind
    who = _who("Freedonian drugmaker Veltra raised its forecast. The central bank said inflation was 3%.")
    assert who[1][0] != "Veltra"


def test_another_body_opening_a_sentence_does_not_give_the_release_its_act():
    body = ("Underlying prices climbed 2.7% in May, the Portville Statistics Office said on Friday in its monthly report.\n\n"
            "Prices edged up 0.2% from April.\n\nThe Central Bank of Portville kept its key rate at 6.5% a week ago.\n\n"
            "Rents went up 3.9%.")
    office = "Portville Statistics Office"
    assert [c for c, _ in _who(body, published=dt.date(2026, 6, 12))] == [office, office, "article", office]
    # (a party the results count is no other voice)
    body = ("The Alpha Party took 31 of 90 seats, the Portville Election Commission said in its final results on Monday.\n\n"
            "The Beta Party took 22 seats.")
    assert [c for c, _ in _who(body)] == ["Portville Election Commission"] * 2


def test_a_relative_aside_listing_places_and_a_group_from_places_are_no_place_subjects():
    body = ("Alpha Bank Group posted higher earnings on Monday.\n\n"
            "The lender, which has branches in Ghana, Togo and Benin, said its units abroad did well.")
    assert [c for c, _ in _who(body)][1] == "Alpha Bank Group"
    body = "The water had not gone down by Friday, villagers from Alpha and Beta said."
    assert [c for c, _ in _who(body)] == ["villagers from Alpha and Beta"]


def test_a_named_bodys_data_are_the_bodys_however_first_named():
    for body in ("Central Bank of Portville (CBP) data show lending to farmers grew 9 percent in June.",
                 "Central Bank of Portville data show lending to farmers grew 9 percent in June."):
        assert [c for c, _ in _who(body)] == ["Central Bank of Portville"]


def test_the_agent_of_a_participle_is_no_subject_of_recorded():
    body = ("Output expanded 1.1% in the first quarter, Statistics South Africa (Stats SA) reported on Thursday.\n\n"
            "Four of the nine industries followed by the agency recorded higher output, Jane Roe, the agency's chief "
            "director, told reporters.")
    assert [c for c, _ in _who(body)] == ["Statistics South Africa", "Jane Roe"]


def test_the_company_is_the_firm_named_before_not_a_broker_quoted_further_down():
    body = ("PORTVILLE, May 4 (Wire) - Freedonian tin miner Minera Alta Beta posted a 20% rise in half-year profit.\n\n"
            "Earnings climbed to $91 million in the six months, the Portville-quoted company added in a statement.\n\n"
            '"A solid half," said Tom Kay, who follows mining stocks at Gamma Securities.')
    assert [c for c, _ in _who(body)][:2] == ["Minera Alta Beta"] * 2
    # a Thai public company's legal form marks a firm: "the carrier" is it
    body = ("Alpha Sky Airways Pcl (ASA) was back in the black in the first half.\n\n"
            "In a statement on Monday, the carrier reported earnings of 740 million baht.")
    assert [c for c, _ in _who(body)][1] == "Alpha Sky Airways Pcl"


def test_the_headline_and_opening_above_a_releases_lede_give_the_release():
    text = ("Alpha Air posts first-half profit on busier routes\n\n"
            "Alpha Air Pcl swung back to a profit in the first half.\n\n"
            "The airline reported a net profit of 740 million baht for the first half in a statement on Monday.\n\n"
            "Sales went up 6% to 21.2 billion baht.")
    def claimants(text):
        article = make_article(text, title=text.split("\n")[0], published=dt.date(2026, 7, 20))
        return [c["claimant"] for c in extract_rows(article)["claims"]]

    assert claimants(text) == ["Alpha Air Pcl"] * 4
    # a headline setting the results against forecasts is the story's reading
    assert claimants(text.replace("posts first-half profit", "beats profit forecasts"))[0] == "article"
    # the story's own account of an event above a bulletin's lede stays its own
    body = ("The river burst its banks near Portville before dawn on Monday.\n\n"
            "Seven people drowned, the disaster agency said in its daily bulletin.\n\nTwo of the dead were farmers.")
    assert [c for c, _ in _who(body)] == ["article", "disaster agency", "disaster agency"]


def test_a_firms_chief_executive_speaking_does_not_end_the_release_of_its_results():
    body = ("Alpha Trucks posted a 12% fall in operating income for the third quarter on Friday.\n\n"
            '"Demand will recover," Chief Executive Jane Roe said.\n\nNet sales fell 5% to 40.2 billion crowns.')
    assert [c for c, _ in _who(body)] == ["Alpha Trucks", "Jane Roe", "Alpha Trucks"]
    # another voice, an analyst, ends it
    body = ("Alpha Trucks posted a 12% fall in operating income for the third quarter on Friday.\n\n"
            '"Demand will recover," said Tom Jones, an analyst at Beta Securities.\n\nNet sales fell 5% to 40.2 billion crowns.')
    assert [c for c, _ in _who(body)][2] == "article"


def test_an_interim_report_opens_a_release_that_the_analysts_forecast_does_not_end():
    body = ("Alpha Paper Oyj said on Tuesday that its operating profit fell by a third in the third quarter. "
            "Operating profit came to EUR 43 million, the company said in its interim report.\n\n"
            "Analysts polled by Beta Data had on average expected EUR 48 million.\n\n"
            "Sales were EUR 905 million.\n\nPulp deliveries rose to 540,000 tonnes.")
    assert [c for c, _ in _who(body)][2:] == ["Analysts polled by Beta Data"] + ["Alpha Paper Oyj"] * 2


def test_a_release_of_results_goes_on_but_a_forecast_is_not_its_count():
    body = ("The ruling party won 112 of 200 seats, the Electoral Commission said in its final results on Monday.\n\n"
            "The opposition won 64 seats. More rain is forecast for the next three days.")
    assert [c for c, _ in _who(body)] == ["Electoral Commission"] * 2 + ["article"]


def test_a_blame_in_a_second_predicate_is_the_shared_subjects_claim():
    assert _who("Opposition leader Maria Okonjo conceded defeat but blamed the delay on the heavy rain.")[0][0] == \
        "Maria Okonjo"
    assert _who("The Unity Party (UP) said it would appeal. UP leader Ivo Marek conceded defeat but blamed the delay "
                "on the government's choice of date.")[1][0] == "Ivo Marek"


def test_a_quotation_after_a_colon_is_the_speaker_its_clause_opens_with():
    body = ('Ivo Marek, a farmer, said the river had failed again. '
            'Asked who was to blame, Marek did not hesitate: "The farms upstream take everything." '
            'On the question of aid, Marek put it simply: "We have had none."')
    assert [c for c, _ in _who(body)] == ["Ivo Marek"] * 3


def test_a_states_side_is_its_government_and_a_so_called_label_is_no_part_of_a_name():
    claimants = [c for c, _ in _who("The Kremlin dismissed the reports. The Russian side has repeatedly refuted such allegations. "
                                    "The so-called Ukrainian government said it had won. The home side lost 2-1, the coach said.")]
    assert claimants == ["Government of Russia", "Government of Russia", "Government of Ukraine", "coach"]


def test_a_counted_group_with_an_irregular_plural_is_the_source():
    # "-men" and irregular plurals are groups as "-s" plurals are
    assert _who("Two fishermen who took part in the search said the boat had left late.")[0][0] == "fishermen"
    assert _who("Two fishermen told the Lakeside Courier that the boat had left late.")[0][0] == "fishermen"
    assert _who("Three firemen who fought the blaze told reporters the roof fell in first.")[0][0] == "firemen"


def test_a_postposed_name_after_a_title_abbreviation_is_the_source():
    assert _who("The outbreak is thought to have started near the river, said Dr. Jane Kolle, "
                "the ministry's chief medical officer.") == [("Jane Kolle", "hedged")]
    assert _who("The outbreak started in a village near the river, said Prof. Tom Weir of the national institute.")[0][0] == "Tom Weir"


def test_a_post_of_common_nouns_in_an_appositive_is_skipped_to_the_name():
    assert _who("Dr. Amal Rashid, director of disease control, said cases usually peak in September.")[0][0] == "Amal Rashid"
    assert _who("Tom Vesey, head of communications, said the company would not comment.")[0][0] == "Tom Vesey"


def test_records_named_by_their_keeper_without_an_article_are_the_keepers():
    assert _who("Health ministry data showed 300 patients in hospital.")[0][0] == "health ministry"
    assert _who("Jobless claims fell to 210,000, Labor Department data showed.")[0][0] == "Labor Department"
    assert _who("Prices in Colombia rose 0.3 percent in May, government figures released on Friday showed.")[0][0] == \
        "Government of Colombia"


def test_records_named_by_how_they_came_are_the_release_at_hands():
    who = _who("Inflation eased to 3.1 percent in February, the national statistics office said on Wednesday. "
               "Official data showed food prices rose 5.2 percent. The latest figures show rents rose 6 percent.")
    assert [w[0] for w in who] == ["national statistics office"] * 3


def test_a_plural_noun_that_is_also_a_verb_of_saying_before_a_movement_is_the_subject():
    assert _who("Jobless claims fell to 210,000 last week.")[0][0] in ("article", "unattributed reports")
    assert _who("Analysts' estimates were cut twice in March.")[0][0] in ("article", "unattributed reports")


def test_a_verb_of_saying_in_a_relative_clause_after_the_main_clause_is_a_side_remark():
    assert _who("The court also ordered him to repay 418,000 euros, which prosecutors said he received "
                "through a consultancy.")[0][0] in ("article", "unattributed reports")
    assert _who("The ferry, which officials said was carrying 200 people, sank off the coast.")[0][0] in \
        ("article", "unattributed reports")
    assert _who("Prosecutors said he received 418,000 euros, which he spent on property.")[0][0] == "Prosecutors"


def test_a_spokesperson_for_a_body_or_a_person_speaks_for_them():
    who = _who("The Westmarch High Court jailed the former mayor on Tuesday. "
               "A spokesperson for the court said the full ruling would be published next week.")
    assert who[1][0] == "Westmarch High Court"
    assert _who("Justice Minister Carla Venn's spokesman said the government respected the decision.")[0][0] == "Carla Venn"


def test_a_telephone_call_inside_a_speakers_clause_is_no_claim_of_the_caller():
    who = _who("Kofi Mensah conceded. Party spokesman Sam Boateng said Mensah had called the winner to congratulate him.")
    assert who[1][0] == "Sam Boateng"
    who = _who("Kofi Mensah conceded. Party spokesman Sam Boateng said Mensah had called the result a fraud.")
    assert who[1][0] == "Kofi Mensah"


def test_goods_or_an_envoy_recalled_are_an_act_not_a_memory_told():
    assert _who("The company recalled 12,000 jars of peanut butter last week.")[0][0] in ("article", "unattributed reports")
    assert _who("Mlima Foods recalled three batches of peanut butter.")[0][0] in ("article", "unattributed reports")
    assert _who("Tom Reed, a fisherman, recalled that the water rose in minutes.")[0][0] == "Tom Reed"


def test_a_warning_given_out_changed_or_ended_is_its_givers_statement():
    assert _who("The weather agency issued a red alert for three provinces.") == [("weather agency", "stated")]
    assert _who("Earlier this week, the Ashfield Volcano Office raised its alert to the second-highest level.")[0][0] == \
        "Ashfield Volcano Office"
    assert _who("The Marsh Meteorological Agency lifted its tsunami warning two hours later.")[0][0] == "Marsh Meteorological Agency"
    assert _who("The storm raised the risk of floods.")[0][0] in ("article", "unattributed reports")


def test_what_a_body_measured_or_recorded_is_its_claim_but_not_a_places_count():
    assert _who("The national weather service had recorded gusts of up to 60 km per hour on Saturday.")[0][0] == \
        "national weather service"
    assert _who("The health ministry recorded 1,146 new cases in 24 hours.")[0][0] == "health ministry"
    assert _who("Zambia recorded more than 900 cholera deaths in the last outbreak.")[0][0] in ("article", "unattributed reports")
    assert _who("A station in Lower Brook recorded 210mm in the 24 hours to 9am.")[0][0] in ("article", "unattributed reports")
    assert _who("Jane Roe recorded a song in 2019.")[0][0] in ("article", "unattributed reports")


def test_put_the_number_of_a_two_word_group_at_is_the_sources_own_figure():
    assert _who("The Red Cross put the number of people killed at 40.") == [("Red Cross", "stated")]
    assert _who("Radio Sol, an independent station that broadcasts from exile, put the number of people detained "
                "at more than 60.")[0][0] == "Radio Sol"


def test_asking_why_or_how_something_happened_is_the_askers_claim():
    assert _who("Councillor Mark Dunne (Lab) asked why the survey had missed the damage.") == [("Mark Dunne", "stated")]
    assert _who("Opposition leader Jane Roe asked how the ministry had spent 4 million dollars.")[0][0] == "Jane Roe"


def test_one_of_a_bodys_own_saying_what_the_body_believes_is_the_claimant():
    who = _who("The World Health Organization (WHO) sent a team. WHO country representative Dr. Ama Dione said "
               "the organisation believed the outbreak could spread.")
    assert who[1] == ("Ama Dione", "hedged")
    who = _who("Kestrel Foods Ltd reported results. Kestrel Foods chief executive Anil Rao said the company "
               "expected margins to improve.")
    assert who[1][0] == "Anil Rao"
    # (an outsider passes the body's belief on: the body claims)
    who = _who("The National Intelligence Service (NIS) briefed lawmakers. Lawmaker Lee Sung-min said the "
               "agency believed 100 soldiers had died.")
    assert who[1][0] == "National Intelligence Service"


def test_the_last_field_of_a_bodys_name_after_and_is_no_persons_surname():
    assert _who("Officials from the Department of Water and Sanitation said repairs would take a month.")[0][0] == \
        "Department of Water and Sanitation"
    assert _who("The Marlandian Institute of Volcanology and Seismology said there was no tsunami threat.")[0][0] == \
        "Marlandian Institute of Volcanology and Seismology"


def test_a_second_verb_after_a_comma_and_but_shares_the_opening_subject():
    who = _who("The central bank kept its benchmark rate unchanged at 4.5 percent on Wednesday, as expected, "
               "but signalled it could begin cutting borrowing costs later this year.")
    assert who[0][0] == "central bank"
    assert _who("The company cut 500 jobs in March, and said more cuts would follow.")[0][0] == "company"
    assert _who("Sales rose 5 percent, but warned that costs would rise.")[0][0] in ("article", "unattributed reports")


def test_a_place_below_a_state_reporting_a_count_is_where_it_happened_not_a_source():
    assert _who("Neighbouring Kell County reported 12 structures lost.")[0][0] in ("article", "unattributed reports")
    who = _who("Dengue infections have risen to 14,200 this year, the health ministry said in its weekly bulletin on Monday. "
               "Eastern district reported 212 cases and Riverside 187.")
    assert who[1][0] == "health ministry"
    assert _who("Kenya confirmed two cases on Monday.")[0][0] == "Government of Kenya"


def test_a_document_named_by_its_issuer_without_an_article_is_the_issuers():
    who = _who("Police arrested 11 people, the Federal Police said. A police statement said the operation "
               "involved more than 200 officers.")
    assert who[1][0] == "Federal Police"
    assert _who("A Health Ministry notice said clinics would close.")[0][0] == "Health Ministry"
    assert _who("An internal memo shows the plan was dropped.")[0][0] in ("article", "unattributed reports")


def test_a_report_noun_before_said_is_the_subject_not_a_verb():
    assert _who("A leaked police report said the officers had fired first.")[0][1] == "reported"


def test_a_counted_groups_words_with_the_count_are_one_of_its_names():
    text = "A test headline about events\n\nTwo fishermen who took part in the search told reporters the boat had left late."
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title="A test headline about events",
                      published=dt.date(2025, 5, 4)), sha256=hashlib.sha256(text.encode()).hexdigest())
    actors = [a for a in extract_rows(article)["actors"] if a["name"] == "fishermen"]
    assert actors and "Two fishermen" in str(actors[0]["aliases"])


def test_a_verb_of_saying_in_a_relative_clause_without_a_pronoun_is_a_side_remark():
    who = _who("The ministry has not said how many of the deaths occurred at home, a figure health experts say "
               "is a key sign of late treatment.")
    assert who[0][0] in ("article", "unattributed reports")
    assert _who("At least 40 people died, the ministry said.")[0][0] == "ministry"


def test_of_two_common_noun_subjects_the_first_named_is_the_source():
    assert _who("At least 23 people drowned after a boat capsized, police and rescue officials said on Sunday.")[0][0] == "police"
    assert _who("The army and the police said 23 people drowned.")[0][0] == "army"
    assert _who("Prices rose and officials said the rise was temporary.")[0][0] == "unnamed officials"


def test_a_consensus_a_data_provider_compiled_is_the_providers():
    assert _who("Analysts had expected 356 billion won, according to a poll of 14 brokerages compiled by data "
                "provider QuantLine.")[0][0] == "QuantLine"
    assert _who("Analysts had expected a profit of 390 million rupees, according to Tessera data.")[0][0] == "Tessera"


def test_counsel_for_a_body_set_off_by_commas_is_the_speaker():
    assert _who("Defence counsel Jane Odera, for the Office of the Public Defender (OPD), said the ruling "
                "would be appealed.")[0][0] == "Jane Odera"


def test_a_confederation_is_a_body_not_a_generals_surname():
    assert _who('The General Confederation of Workers (CTR) called the offer "an insult".')[0][0] == \
        "General Confederation of Workers"


def test_police_counting_and_a_body_putting_losses_at_give_their_own_figures():
    assert _who("In Lyon, police counted 14,500 marchers, while organisers claimed 120,000.")[0][0] == "police"
    assert _who("The Department of Agriculture puts initial crop losses at around 1.2 billion pesos.")[0] == \
        ("Department of Agriculture", "stated")
    assert _who("The storm put lives at risk.")[0][0] in ("article", "unattributed reports")


def test_an_acronyms_data_are_its_records():
    assert _who("Economic growth slowed to 4.6 percent, KSB data showed last month.")[0][0] == "KSB"


def test_a_bulletins_table_of_places_is_the_bulletins():
    who = _who("Encephalitis has killed 40 people this year, the state health department said in its daily bulletin "
               "on Friday. Kerrow district has reported the highest number of deaths, eight, followed by Dunmore with six. "
               "Ashby, Corran, Dalmore and Kell (Metro) have reported two or three deaths each, the bulletin showed. "
               "Nine deaths were recorded in the 48 hours to Friday evening alone.")
    assert [w[0] for w in who] == ["state health department"] * 4


def test_the_head_of_a_body_saying_what_the_body_expects_is_the_claimant():
    who = _who("The Central Bank of Westmarch cut its rate. Governor Daniel Okoth told a news conference the committee "
               "had weighed the risk. Okoth said the bank expected the economy to grow by about 5.2 percent.")
    assert who[2] == ("Daniel Okoth", "predicted")


def test_results_a_paragraph_gives_after_a_firm_reported_them_are_the_firms():
    # (no period of results named: the lede opens no release, the paragraph's rule alone)
    who = _who("Gamma Foods reported net income of 212 million reais, down 38% from a "
               "year earlier. Net revenue rose 4.1% to 5.87 billion reais. The adjusted margin narrowed to 9.8% from 13.2%. "
               "Shares fell 3% in Sao Paulo.\n\nExports rose 5%.")
    assert [w[0] for w in who] == ["Gamma Foods"] * 3 + ["article", "article"]


def test_a_participle_set_off_by_commas_with_a_long_phrase_is_no_verb_of_the_subject():
    who = _who("Kestrel Foods SA said it was recalling chicken. The recall, announced in a securities filing alongside "
               "third-quarter results, covers 14 batches produced in September, the company said.")
    assert who[1][0] == "Kestrel Foods SA"


def test_a_bulletin_named_with_its_time_or_by_according_to_opens_a_release():
    who = _who("At least 23 people are dead after the typhoon, the disaster council says. In its six o'clock bulletin "
               "on Thursday, the council says eleven of the dead are from the islands. Kerrow recorded six deaths, "
               "Dunmore three and Ashby two.")
    assert who[2][0] == who[1][0] != "article"
    who = _who("At least 41 people have died, the state health department said. According to the department's daily "
               "bulletin, 312 cases have been confirmed. Nine deaths were recorded in the 48 hours to Friday evening alone.")
    assert who[2][0] == "state health department"


def test_a_base_form_noun_after_a_determiner_and_a_modifier_is_no_verb_of_saying():
    assert _who("A third state, Negeri Jaya, returned a hung assembly.")[0][0] in ("article", "unattributed reports")
    assert _who("The neighbouring state declared an emergency.")[0][0] != "neighbouring"
    assert _who("The company will state its case on Monday.")[0][0] == "company"
    # a possessive and three modifiers, the comma of an apposition after it
    assert _who("Minas Gerais, Freedonia's second most populous state, has recorded 312,450 cases.")[0][0] == "article"


def test_a_body_putting_a_figure_at_inside_a_speakers_clause_is_the_claimant():
    who = _who("The Red Cross sent teams. Mayor Tom Hale said the Red Cross put the toll at 40.")
    assert (who[1][0], who[1][1]) == ("Red Cross", "stated")


def test_an_estimate_verb_before_an_approximate_count_is_a_verb():
    assert _who("The army estimates about 1,100 troops killed.") == [("army", "hedged")]
    assert _who("Kenya's military estimates about 1,100 troops killed or wounded.")[0][1] == "hedged"
    assert _who("He read the test reports for this newspaper.")[0][0] in ("article", "unattributed reports")


def test_states_after_a_list_of_state_names_is_the_plural_noun():
    who = _who("Kestrel Foods SA said on Tuesday it was recalling chicken. The recall covers 14 batches sold in "
               "Santa Catarina, Paraná and São Paulo states, the company said.")
    assert who[1][0] == "Kestrel Foods SA"
    assert _who("The plan failed, Ana Lima states.")[0][0] == "Ana Lima"
    assert _who("Ana Lima states that the plan failed.")[0][0] == "Ana Lima"


def test_members_of_a_named_body_with_its_offices_place_speak_for_the_body():
    assert _who("Forecasters with the National Weather Service in Sacramento said winds were likely to ease.")[0][0] == \
        "National Weather Service"


def test_an_unnamed_holder_of_a_post_who_asked_not_to_be_named_is_a_source_of_its_own():
    who = _who("Superintendent Dr. Tom Sarma told this newspaper that 63 patients were admitted. A WHO official, who asked "
               "not to be named as they were not authorised to speak to the media, said the agency was supporting the state.")
    assert who[1][0] == "unnamed WHO official"
    who = _who("The chief executive of a mid-sized lender, who asked not to be named, said banks were unlikely to cut rates.")
    assert who[0][0] == "The chief executive of a mid-sized lender"
    assert _who("Tom Roe, who asked not to be named, said it rained.")[0][0] == "Tom Roe"


def test_an_unnamed_expert_or_professional_is_a_source_of_its_own():
    # a city-based expert who stays anonymous, then the same expert again
    who = _who("A Portville-based naval expert who asked not to be identified told the Courier that the fleet was "
               "ageing. The expert estimated that repairs would take years.")
    assert who[0][0] == "unnamed Portville-based naval expert"
    assert who[1][0] == who[0][0]
    assert _who("An expert who asked not to be quoted by name said the count was too high.")[0][0] == "unnamed expert"
    # after a quotation, and after an opening adverb at a body named in capitals (a doctor speaks
    # for no hospital)
    assert _who('"The river may rise by Thursday," a senior FWS scientist said.')[0][0] == "unnamed senior FWS scientist"
    assert _who("Still, a doctor at Portville General Hospital, who asked not to be identified, said the wards "
                "had no free beds.")[0][0] == "a doctor at Portville General Hospital"
    # an official at a body named in capitals still speaks for the body
    assert _who("The Freedonian Weather Service said rain would ease. An official at the Freedonian Weather Service, "
                "who asked not to be identified, said the gauges had failed.")[1][0] == "Freedonian Weather Service"


def test_a_counsels_title_is_the_role_not_the_name():
    assert _who("Okoth's lawyer, Senior Counsel Omar Salim, said his client had always denied receiving any money.")[0][0] == \
        "Omar Salim"


def test_anonymous_sources_described_by_the_place_they_speak_from_are_sources_of_their_own():
    assert _who("Two are in critical condition, hospital sources said.") == [("hospital sources", "stated")]
    assert _who("Two are in intensive care, police sources said.")[0][0] == "police sources"
    assert _who("Sources said the talks had stalled.") == [("unattributed reports", "reported")]
    # the state and its arm they speak from describe them too; "the sources" are those again
    assert _who("The talks stalled, Japanese government sources said on Friday. "
                "About 11,000 troops are in Russia, the sources said.") == [("Japanese government sources", "stated")] * 2
    assert _who("The talks stalled, military sources said.")[0][0] == "military sources"


def test_a_refusal_with_a_reporting_participle_is_the_subjects_after_an_opening_setting_or_a_body_spokesman():
    who = _who("The Harbour Authority (HA) said it was monitoring the dock. At a regular briefing on Friday, HA "
               "spokesman Col. Tom Brandt declined to comment on the losses, saying it was not the right time.")
    assert who[1] == ("Tom Brandt", "stated")
    assert _who("Port spokesman Tom Brandt declined to comment on the losses, telling reporters that questions "
                "should go to the ministry.")[0][0] == "Tom Brandt"
    assert _who("The ministry sent an alert, telling residents to leave.")[0][0] == "article"  # an order, no speech


def test_an_expectation_of_what_someone_would_do_stays_a_forecast_after_had():
    assert _who("Nine of 12 economists polled by Harbour Wire had expected the bank to hold its rate.")[0][1] == "predicted"
    assert _who("Analysts had expected 3.1%.")[0][1] == "stated"  # a figure the facts overtook


def test_the_rest_of_a_counted_group_is_that_group():
    who = _who("Nine of 12 economists polled by Harbour Wire had expected a hold. The other three forecast a cut of 25 basis points.")
    assert who[1] == ("economists polled by Harbour Wire", "predicted")
    who = _who("Six analysts surveyed by Harbour Wire expect a hold. The remaining two economists predict a cut.")
    assert who[1] == ("analysts polled by Harbour Wire", "predicted")
    assert _who("Nine of 12 economists polled by Harbour Wire had expected a hold. The other three were ignored.")[1][0] == "article"
    assert _who("The council had promised to finish the embankments by June.")[0][1] == "stated"  # its own pledge, overtaken


def _page_claims(text):
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title=text.split("\n")[0], published=dt.date(2024, 12, 1)),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    return extract_rows(article)["claims"]


def test_a_live_pages_entry_headline_in_the_articles_voice_is_the_source_of_the_entrys_first_sentence():
    text = ("Harbour floods live: river tops its banks in Portville\n\nLive | Updated 18:00 GMT\n\n"
            "17:10 GMT\nPortville: about 300 homes flooded\n\n"
            "The Portville Flood Agency said about 300 homes had been flooded overnight.\n\n"
            "16:05 GMT\nRain eases over the hills\n\nThe rain eased over the hills in the afternoon.\n\n"
            "15:20 GMT\nSchools shut across the valley\n\nThe Portville Flood Agency said 12 schools had closed.\n")
    rows = {r["text"].strip(): r["claimant"] for r in _page_claims(text)}
    assert rows["Portville: about 300 homes flooded"] == "Portville Flood Agency"
    assert rows["Rain eases over the hills"] == "article"  # an entry in the page's own voice
    # a summary in the page's own words names no speaker: it stays the article's, whoever the entry quotes
    assert rows["Schools shut across the valley"] == "article"


def test_a_body_a_speaker_says_put_a_long_described_number_at_or_saw_nothing_is_the_claimant():
    who = _claims("The Harbour Intelligence Agency (HIA) briefed lawmakers on Monday. Rep. Tom Brandt, who also sits on the "
                  "committee, said the HIA put the number of Ruritanian troops in Alpha province at about 3,500. Brandt said the "
                  "agency had seen no sign yet of a second contingent leaving.")
    assert (who[1]["claimant"], who[1]["via"]) == ("Harbour Intelligence Agency", "Tom Brandt")
    assert (who[2]["claimant"], who[2]["certainty"]) == ("Harbour Intelligence Agency", "denied")


def test_it_in_a_relaying_speakers_next_clause_is_the_body_he_relayed():
    who = _claims("The Harbour Intelligence Agency (HIA) briefed lawmakers on Monday. Tom Brandt said the agency had seen "
                  "no sign yet of a second contingent leaving. It could not rule out further deployments, he added. "
                  "It was not clear when, he said.")
    assert (who[2]["claimant"], who[2]["via"]) == ("Harbour Intelligence Agency", "Tom Brandt")
    assert who[3]["claimant"] == "Tom Brandt"  # ("It was not clear": no body's "it")


def test_a_headlines_described_body_that_puts_a_figure_at_a_number_is_the_body_the_story_names():
    text = ("Spy agency puts wounded at close to 1,000 in border fighting\n\n"
            "About 1,000 soldiers have been wounded, the Harbour Intelligence Agency told lawmakers on Thursday.\n")
    assert _page_claims(text)[0]["claimant"] == "Harbour Intelligence Agency"
    text = "Spy agency puts budget on hold\n\nThe Harbour Intelligence Agency told lawmakers on Thursday that 40 people died.\n"
    assert _page_claims(text)[0]["claimant"] == "article"  # no figure put at a number


def test_according_to_closing_a_quoted_speakers_sentence_carries_his_words():
    # "…," he said, according to X.: X relays the speaker's words (no clause follows X)
    lede = "Opposition leader Ben Asante said on Monday he had won. "
    rows = _claims(lede + '"We will form the next government," he said, according to Radio Orbis.')
    assert (rows[1]["claimant"], rows[1]["via"]) == ("Ben Asante", "Radio Orbis")
    rows = _claims(lede + '"We will win," Asante said, according to the Nordic Press Agency.')
    assert (rows[1]["claimant"], rows[1]["via"]) == ("Ben Asante", "Nordic Press Agency")
    # a clause after the source: the source's account, the speaker relaying it
    rows = _claims("Lawmaker Ivo Marek said, according to the bureau, 40 boats had been seized.")
    assert (rows[0]["claimant"], rows[0]["via"]) == ("bureau", "Ivo Marek")
    # the source's apposition is no clause: "the agency said, according to Marek, a member …"
    rows = _claims("At least 40 boats had been seized, the Coastal Intelligence Bureau said, according to Ivo Marek, "
                   "a member of the fisheries committee.")
    assert (rows[0]["claimant"], rows[0]["via"]) == ("Coastal Intelligence Bureau", "Ivo Marek")


def test_second_reporting_verb_after_an_object_is_the_subjects():
    # "accused X of … but said": the subject's second verb, not X's words relayed
    rows = _claims("Ben Asante accused the commission of ballot stuffing but said he would not go to court.")
    assert (rows[0]["claimant"], rows[0]["via"], rows[0]["certainty"]) == ("Ben Asante", None, "predicted")
    rows = _claims("Mayor Ida Lund accused the railway of neglect and said repairs would start in May.")
    assert (rows[0]["claimant"], rows[0]["via"]) == ("Ida Lund", None)


def test_a_plan_told_by_a_speaker_closing_the_sentence_is_the_speakers():
    # "X plans to …, a source said": X's plan is what the closing speaker says
    assert _who("Interior minister Jana Kolar plans to resign, a government source said Sunday.") == \
        [("unnamed government source", "predicted")]
    assert _who("Harbour chief Ola Berg intends to step down next week, two officials said.") == [("unnamed officials", "predicted")]
    # a pronoun for the subject itself, or no speaker found: the subject's own plan
    assert _who("The ministry plans to close 12 schools, it said in a statement.") == [("ministry", "predicted")]
    assert _who("The ministry plans to close 12 schools.") == [("ministry", "predicted")]


def test_a_speaker_who_continued_or_went_on_closes_his_words():
    lede = 'Mayor Irina Volkan spoke on Friday. "We read the report with surprise," Volkan noted. '
    for tail in ('"We must respond," she went on to say.', '"We must respond," she continued.', '"We must respond," she went on.'):
        rows = _claims(lede + tail)
        assert (rows[2]["claimant"], rows[2]["certainty"], rows[2]["kind"]) == ("Irina Volkan", "stated", "claim")
    assert _who(lede + "The town would appeal, she went on to say.")[2] == ("Irina Volkan", "predicted")
    assert _who("Despite the rain, the search continued.")[0][0] == "article"


def test_a_station_named_with_its_number_is_the_source():
    # the capitalised runs stop at the digits of "Channel 9", "France 24", "TV5", "7News"
    assert _who("The aide was stabbed on Saturday, Channel 9 reported.") == [("Channel 9", "reported")]
    assert _who("France 24 reported that the aide was stabbed.") == [("France 24", "reported")]
    assert _who("The aide was stabbed, according to Radio 1.") == [("Radio 1", "reported")]
    assert _who("The aide was stabbed on Saturday, 7News reported on Monday.") == [("7News", "reported")]
    rows = _claims('"We have no suspect yet," Inspector Ana Lu told Channel 9.')
    assert (rows[0]["claimant"], rows[0]["via"]) == ("Ana Lu", "Channel 9")
    assert _who("Flight 17 was hit by a missile, investigators said.")[0][0] == "investigators"


def test_the_statement_said_is_the_body_that_issued_it_the_sentence_before():
    body = "Two officials said the dredging would resume. The ministry issued a statement on Friday. " \
           "The statement said the inquiry would widen."
    assert _who(body)[2] == ("ministry", "predicted")
    # no body opening the sentence before: nobody to give it to
    assert _who("Mayor Tom Roe spoke on Friday. The statement said the inquiry would widen.")[1][0] == "article"


def test_an_it_after_a_relay_by_nobody_named_is_not_handed_on():
    body = ("Mayor Ida Lund has told aides she plans to step down, according to a government source. "
            "It was announced on Friday that the council would meet again next week.")
    rows = _claims(body)
    assert (rows[1]["claimant"], rows[1]["via"]) == ("unattributed reports", None)


def test_a_paper_named_by_its_title_word_reports_what_it_did_not_say_itself():
    # "Star", "Sentinel", "Globe": a newspaper's title; its "reported" passes on, not states
    for paper in ("the Evening Star", "the Harbour Sentinel", "the Valley Globe"):
        assert _who(f"The mayor resigned on Monday, {paper} reported.") == [(paper[4:], "reported")]
    assert _who("Star Energy said output rose 4 percent.") == [("Star Energy", "stated")]


def test_people_quoted_by_what_they_do_speak_for_themselves_even_after_a_relative_clause():
    assert _who("Inspectors who visited the sites said two of the roads were unfinished.")[0][0] == "Inspectors"
    assert _who("Farmers who lost their crops told reporters they had no insurance.")[0][0] == "Farmers"
    # counted, the group is the source and the count one of its names, actor noun or not
    assert _who("Two residents said the water rose within minutes.")[0][0] == "residents"
    assert _who("Two passengers said the ferry listed before it sank.")[0][0] == "passengers"


def test_a_finding_told_with_that_is_its_finders_claim():
    assert _who("Investigators determined that the fire started in the kitchen.") == [("Investigators", "stated")]
    assert _who("Geologists discovered that the glacier was melting faster.")[0][0] == "Geologists"
    assert _who("Doctors determined the cause of death on Monday.")[0][0] == "article"  # an act, no finding told


def test_records_named_by_their_keeper_are_the_keepers_claim_whatever_follows_the_verb():
    body = "The Lakeland Relief Society said it had opened camps. Relief Society figures show 900 homes were damaged."
    assert _who(body)[1][0] == "Lakeland Relief Society"
    assert _who("Police said two men were held. Police data show burglaries rose 9 percent.")[1][0] == "police"


def test_they_after_a_group_that_opened_its_sentence_is_that_group():
    body = "Fishermen say the catch has halved since spring. The season may be lost, they say."
    assert _who(body)[1][0] == "Fishermen"
    assert _who("Nurses said the ward was full. It had no spare beds, they said.")[1][0] == "Nurses"


def test_a_dateline_hyphen_between_spaces_is_a_dash_not_part_of_the_body_name():
    body = "PORTVILLE, Ruritania - The Department of Water Works said 30 wells had run dry."
    assert _who(body)[0][0] == "Department of Water Works"


def test_the_spokesperson_again_speaks_for_the_body_the_first_one_spoke_for():
    body = ("A spokeswoman for the Lakeland Ferry Authority said the crossing was shut. "
            "The spokeswoman said it would reopen on Friday.")
    assert _who(body)[1][0] == "Lakeland Ferry Authority"
    body = "A coast guard spokesman said two boats were missing. The spokesman said the search would resume."
    assert _who(body)[1][0] == _who(body)[0][0] == "coast guard"


def test_a_report_owned_by_a_body_named_with_of_is_the_bodys():
    body = "The Ministry of Water's annual report said 40 dams needed repairs."
    assert _who(body)[0][0] == "Ministry of Water"


def test_they_closing_a_clause_after_a_body_speaks_for_that_body():
    body = ("Engineers at the Lakeland Port Authority said the quay had subsided. "
            "It could take a year to rebuild, they said.")
    assert _who(body)[1][0] == "Lakeland Port Authority"


def test_a_description_set_off_after_a_body_is_what_a_later_definite_description_means():
    body = ("The Lakeland Policy Institute, a Portville-based think tank, said rents had doubled. "
            "The think tank said wages had not kept pace.")
    assert _who(body)[1][0] == "Lakeland Policy Institute"


def test_a_description_by_level_of_government_is_the_group_named_with_its_place():
    body = "Police in Alpha province said two men were held. The provincial police said both were armed."
    assert _who(body)[1][0] == _who(body)[0][0] == "Alpha province police"
    body = "Officials in Portville said the bridge was shut. The local officials said it would reopen."
    assert _who(body)[1][0] == "Portville officials"
    # a state's own body is no province's
    assert _who("The Ruritanian government said taxes would rise. The provincial government said "
                "it would resist.")[1][0] == "provincial government"


def test_the_n_year_old_is_the_person_named_before():
    body = 'Tomas Riva, a fisherman, said the storm sank his boat. "I have nothing left," the 61-year-old said.'
    assert _who(body)[1][0] == "Tomas Riva"
    body = 'Tomas Riva, a fisherman, said the storm sank his boat. "I have nothing left," the 61-year-old fisherman told us.'
    assert _who(body)[1][0] == "Tomas Riva"


def test_a_breakdown_of_figures_by_area_is_the_releasing_bodys():
    body = "The relief agency said 44 people had died. Province-wise figures show 20 deaths in the north and 24 in the east."
    assert _who(body)[1][0] == "relief agency"


def test_a_councillors_abbreviated_title_is_her_role_not_her_name():
    assert _who("Cllr Mary Dunne said the pool would reopen in May. Ms Dunne said the repairs cost €40,000.") \
        == [("Mary Dunne", "predicted"), ("Mary Dunne", "stated")]


def test_a_capitalised_post_with_no_name_is_its_holder_or_the_post_itself():
    assert _who("The Chief Fire Officer said the blaze was out.")[0][0] == "Chief Fire Officer"
    assert _who("The county's Director of Public Works said the bridge was unsafe.")[0][0] == "Director of Public Works"
    body = "Chief Fire Officer Ann Vale said the blaze was out. The Chief Fire Officer said no one was hurt."
    assert _who(body)[1][0] == "Ann Vale"


def test_the_force_is_the_police_force_named_before():
    body = "Lakeshore Valley Police said two men were arrested. The force said both were released on bail."
    assert _who(body)[1][0] == "Lakeshore Valley Police"
    body = "The Harbour City Police said 12 people were held. The police force said more raids would follow."
    assert _who(body)[1][0] == "Harbour City Police"


def test_a_seat_of_government_is_the_government_even_where_taken_for_a_name():
    assert _who("Casa Rosada said the peso would be stabilised.")[0][0] == "Government of Argentina"
    assert _who("Downing Street said the minister had resigned.")[0][0] == "Government of the United Kingdom"


def test_a_post_given_in_apposition_is_what_the_post_later_refers_back_to():
    body = "Lina Berg, the fisheries minister, said quotas would be cut. The minister said stocks had halved."
    assert _who(body)[1][0] == "Lina Berg"
    body = "The port's director, Omar Said, said the quay was closed. The director said repairs had begun."
    assert _who(body)[1][0] == "Omar Said"
    # another post is another person
    body = "Lina Berg, the fisheries minister, said quotas would be cut. The finance minister said funds were short."
    assert _who(body)[1][0] == "finance minister"


def test_thats_according_to_gives_the_paragraph_before_it_to_its_source():
    body = "Bread prices have doubled since June. That's according to the bakers' union."
    assert [w for w, _ in _who(body)] == ["bakers' union", "bakers' union"]


def test_a_subjects_name_in_the_actors_table_leaves_off_the_conjunction_its_clause_opens_with():
    for lead in ("although", "while", "but"):
        text = ("A test headline about events\n\nThe rebels still hold the valley, " + lead +
                " Peru's interior ministry says most of it has been retaken.")
        article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title="A test headline about events",
                          published=dt.date(2025, 5, 4)), sha256=hashlib.sha256(text.encode()).hexdigest())
        aliases = {a for row in extract_rows(article)["actors"] for a in str(row["aliases"]).split("; ")}
        assert "Peru's interior ministry" in aliases and not any(a.lower().startswith(lead + " ") for a in aliases), lead


def test_a_local_government_named_by_its_kind_and_place_is_that_body():
    # (a shire or municipality no list knows: the sentence was the article's background)
    assert _who("The Shire of Wyndham said it had asked the miner to fund a new clinic.") == [("Shire of Wyndham", "stated")]
    assert _who("The Municipality of Santa Rita, which covers 21 villages, said it had run out of rice.")[0][0] == \
        "Municipality of Santa Rita"


def test_advice_is_its_givers_statement():
    assert _who("The water board advised households to boil tap water until Friday.") == [("water board", "stated")]
    assert _who("She was advised by her doctors to rest.")[0][0] == "article"  # (the passive names no speaker of a claim)


def test_placed_or_pegged_a_figure_at_is_the_source_giving_its_own_figure():
    # "placed the damage at", "pegged the loss at": the same form as "put the toll at"
    assert _who("The state roads agency placed the cost of the flood repairs at 80 million rand.") == \
        [("state roads agency", "stated")]
    assert _who("The tourism board pegged the loss to the hotel trade at 300 million pesos.") == \
        [("tourism board", "stated")]


def test_according_to_a_described_person_source_is_that_source_as_written():
    # a source described, not named: the description, not "unattributed reports"
    assert _who("The ferry left port two hours late, according to a harbour source.")[0] == ("unnamed harbour source", "reported")
    assert _who("The rebels pulled back from the dam, according to Chadian army commanders.") == \
        [("Chadian army commanders", "reported")]
    # a record nobody is named for stays unattributed
    assert _who("The rebels pulled back from the dam, according to a preliminary assessment.") == \
        [("unattributed reports", "reported")]


def test_a_bare_plural_description_before_a_speech_verb_is_the_source():
    # no determiner, no name: "Tribal elders said", "Senior commanders told"
    assert _who("Village elders said the well had run dry in May.") == [("village elders", "stated")]
    assert _who("Night shift nurses told the inquiry that the ward was understaffed.")[0][0].lower() == "night shift nurses"


def test_an_acronym_joined_to_its_region_is_that_regional_office():
    # "XYZ-Region said": one body's regional office, not a person and not the article
    assert _who("In its noon bulletin, DPWH-Ilocos said three bridges were impassable.") == [("DPWH-Ilocos", "stated")]
    assert _who("The NEA-Mindanao said power had been restored to 40 towns.")[0][0] == "NEA-Mindanao"


def test_a_connective_before_a_subject_with_a_relative_clause_leaves_the_subject():
    # "However, X with Y that … told": the connective is not part of the subject
    assert _who("However, nurses at a field hospital that treated the injured told Radio Delta that 9 people had died.")[0] == \
        ("nurses", "stated")
    assert _who("Meanwhile, farmers who lost their herds said the drought was the worst in decades.")[0][0] == "farmers"


def test_a_person_who_refuses_to_say_is_the_claimant_of_the_gap():
    body = "Captain Ilse Marten said the tanker had been boarded at dawn. She would not say how many crew were aboard."
    assert _claims(body)[1]["kind"] == "gap"
    assert _who(body)[1] == ("Ilse Marten", "stated")
    assert _who("Fire chief Tom Okafor declined to comment on the cause of the blaze.") == [("Tom Okafor", "stated")]
    # a body that declines to comment stays a gap in the article's voice
    assert _who("The regulator declined to comment on the inquiry.") == [("article", "stated")]
    # a question passed on to another body is left unanswered, by whoever passed it on
    rows = _claims("Spokesman Ivan Petrenko has repeatedly referred questions about the figures to the Defence Ministry.")
    assert (rows[0]["kind"], rows[0]["claimant"], rows[0]["certainty"]) == ("gap", "Ivan Petrenko", "stated")
    assert _claims("The Kremlin referred questions to the Defence Ministry.")[0]["kind"] == "gap"


def test_declining_to_break_a_figure_down_is_a_gap():
    body = "A senior engineer at the plant said 14 turbines had failed. The engineer declined to break the total down by site."
    assert _claims(body)[1]["kind"] == "gap"


def test_a_verb_with_only_an_object_inside_a_quotation_is_the_speakers_words():
    body = 'Coach Marta Iles praised her side. "The keeper showed great courage," she said.'
    assert _who(body)[1] == ("Marta Iles", "stated")
    # a verb that opens a clause inside the quotation still gives its subject's claim, relayed
    body = 'Coach Marta Iles praised her side. "The league believes the pitch is unsafe," she said.'
    assert _who(body)[1] == ("league", "hedged")


def test_a_name_no_list_knows_after_an_actor_description_is_that_actor():
    # "the <description> <Name>": the name is the source even when nothing else names it
    assert _who("Bus fares rose 12 percent, according to the transport charity Moveright.") == [("Moveright", "reported")]
    assert _who("The conservation group Wildmarsh said the heron count had halved.")[0][0] == "Wildmarsh"


def test_the_clause_after_the_hearer_of_told_sets_the_certainty():
    # "told <hearer> (that) <clause>": the clause, not the hearer, is what was told
    assert _who("The harbourmaster told journalists that no vessel had left port since Friday.") == [("harbourmaster", "denied")]
    assert _who("The mayor told the council the market hall will reopen in May.")[0] == ("mayor", "predicted")


def test_research_of_a_group_is_the_research_not_the_group():
    # "A survey of X showed": the survey claims, not the people it asked
    assert _who("A survey of hotel owners showed bookings fell for a second summer.")[0][0] == "survey of hotel owners"
    assert _who("A poll of 2,400 parents found that most backed the later school start.")[0][0] == "poll of 2,400 parents"


def test_a_firm_with_its_ticker_in_brackets_posting_results_states_them():
    assert _who("Brisbane-based Kowari Foods (ASX: KWF) has posted a 9 per cent rise in half-year sales.")[0] == \
        ("Kowari Foods", "stated")


def test_a_full_name_after_a_description_opening_the_sentence_before_of_the_body_is_the_person():
    assert _who("Marine biologist Tessa Quill of the University of Tasmania said the reef had bleached again.")[0][0] == "Tessa Quill"


def test_an_adjunct_between_the_verb_and_that_leaves_the_clause_to_set_the_certainty():
    assert _who("The airline said in a statement that the engine had not caught fire.") == [("airline", "denied")]
    assert _who("The regulator said at a briefing that fares will rise in April.") == [("regulator", "predicted")]


def test_people_familiar_with_something_as_the_subject_are_a_source_of_their_own():
    body = ("Three people familiar with the negotiations said the lender was close to a deal. "
            "Two of the people said the price had not been agreed.")
    assert _who(body) == [("people familiar with the negotiations", "stated"),
                          ("people familiar with the negotiations", "denied")]


def test_neither_party_commenting_in_the_simple_past_is_a_gap():
    assert _claims("Neither the airline nor the airport operator commented.")[0]["kind"] == "gap"
    assert _claims("Neither side gave details of the ceasefire terms.")[0]["kind"] == "gap"


def test_a_spokesperson_for_a_described_body_speaks_for_the_body():
    assert _who("A spokesman for the hospital said three patients were in a serious condition.")[0][0] == "hospital"


def _aliases(body):
    text = "A test headline about events\n\n" + body
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title="A test headline about events", published=dt.date(2024, 12, 1)),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    rows = extract_rows(article)
    return {r["name"]: {a.strip() for a in str(r.get("aliases") or "").split(";") if a.strip()} for r in rows["actors"]}


def test_an_indefinite_speaker_has_its_words_without_the_article_among_its_names():
    # "A retired surveyor told …": the analyst lists "retired surveyor"
    assert "retired surveyor" in _aliases("A retired surveyor told the inquiry that the dam had cracked in 2019.")["A retired surveyor"]
    assert "obscure faction" in _aliases("An obscure faction claimed responsibility for the sabotage.")["An obscure faction"]


def test_witness_before_a_full_name_is_a_title():
    # court copy: "Witness Jane Roe told the court …" is Jane Roe
    assert _who("Witness Oskar Lind told the court he had heard two shots before dawn.")[0] == ("Oskar Lind", "stated")


def test_the_bank_refers_back_to_a_bank_whose_name_opens_with_the_word():
    # "the Bank of X … The bank said": the bank named before, wherever "Bank" is in its name
    body = "The Bank of Ostrava kept its rate at 5 percent.\n\nThe bank said prices had steadied in the spring."
    assert _who(body)[-1] == ("Bank of Ostrava", "stated")


def test_quoted_as_saying_by_an_outlet_after_the_verb_is_reported():
    # the outlet after "as saying", and an outlet named by what it is ("state radio")
    assert _who("The transport minister was quoted as saying by the Harlow Gazette that the ferry had sunk.")[0] == \
        ("transport minister", "reported")
    assert _who("The transport minister was quoted by state radio as saying that the ferry had sunk.")[0] == \
        ("transport minister", "reported")


def test_a_closing_description_refers_back_to_a_body_named_earlier_in_its_sentence():
    # "Sales at X fell …, the company said": X, though the sentence names it after its start
    assert _who("Orders at Quillon Textiles Ltd dropped 6 percent in the spring, the company said.")[0] == \
        ("Quillon Textiles Ltd", "stated")
    body = "Harwick Paper Co closed a mill.\n\nOrders at Quillon Textiles Ltd dropped 6 percent, the company said."
    assert _who(body)[-1] == ("Quillon Textiles Ltd", "stated")


def test_a_closing_group_refers_back_to_a_body_named_earlier_in_its_sentence():
    assert _who("Pre-tax profit at Sorrel Holdings slipped 4 percent, the group said.")[0] == ("Sorrel Holdings", "stated")


def test_were_expected_closing_a_reported_clause_is_a_prediction():
    # "said more X were expected": the backshifted "more X are expected"
    assert _who("Fire chief Nadia Rowe said more evacuations were expected.")[0] == ("Nadia Rowe", "predicted")
    assert _who("The coach said a decision was expected on Thursday.")[0][1] == "predicted"
    # a past expectation set against what happened is not
    assert _who("The coach said the defeat was expected, and the players had known it.")[0][1] != "predicted"


def test_an_emphatic_never_of_how_much_is_no_denial():
    assert _who('"We have never seen so many broken bones in one night," the surgeon said.')[0] == ("surgeon", "stated")
    assert _who('"I had never known a drought like this," the shepherd said.')[0][1] == "stated"
    # a plain "never" still denies
    assert _who('"We have never been paid for the overtime," the driver said.')[0][1] == "denied"


def test_according_to_described_bodies_and_pairs_of_sources():
    # a plural body described by its kind, and two described sources joined by "and", are the
    # source as written, not "unattributed reports"
    assert _who("Heat killed 68 people last year, according to provincial health departments.") == \
        [("provincial health departments", "reported")]
    assert _who("Thousands marched on Saturday, according to residents and rights groups.") == \
        [("residents and rights groups", "reported")]
    assert _who("The vote was delayed, according to local officials and aid agencies.") == \
        [("local officials and aid agencies", "reported")]
    # (a record with no source named stays unattributed)
    assert _who("Prices rose, according to the schedule and the rules.")[0][0] != "the schedule and the rules"


def test_a_town_that_recorded_a_reading_is_no_source_beside_according_to():
    # "Jacobabad recorded 51 C, according to the weather office": where the reading was taken;
    # the office the sentence cites is the source
    assert _who("Jacobabad recorded a maximum of 51 C on Wednesday, according to the Pakistan "
                "Meteorological Department (PMD).") == [("Pakistan Meteorological Department", "reported")]


def test_an_unnamed_source_whose_anonymity_clause_has_no_commas():
    assert _claims("The dam could fail within days, a water board official who asked not to be named "
                   "told Reuters.")[0]["claimant"] == "unnamed water board official"
    assert _who("A senior police officer speaking on condition of anonymity said 12 suspects were held.") == \
        [("unnamed senior police officer", "stated")]
    assert _who("Exports would fall sharply, according to a source in the customs service who was not "
                "authorized to speak.") == [("unnamed customs service source", "reported")]


def test_a_verb_inside_the_clause_that_describes_the_speaker_is_not_the_speakers():
    # "because her bank advises the government" describes the economist; "said" is her verb
    assert _who("Another economist, who asked not to be named because her bank advises the government, "
                "said the forecast was optimistic.") == [("unnamed economist", "stated")]
    assert _who("Rates will rise, an analyst said.") == [("unnamed analyst", "predicted")]


def test_a_body_named_by_its_kind_and_place_and_a_document_by_its_issuers_noun():
    # "the health ministry in Gaza" is one body, known by its place, as "Police in Bremen" is
    assert _who("The health ministry in Gaza said 40 people were killed.")[0][0] == "Gaza health ministry"
    assert _who("The regional health department in Tver said two died.")[0][0] == "Tver regional health department"
    # (a bare "ministry" in a capital stays as written: which ministry is not said)
    assert _who("The ministry in Moscow said nothing.")[0][0] != "Moscow ministry"
    # "A police statement said": the police speak through it
    assert _who("A police statement said three men were arrested.") == [("police", "stated")]
    assert _who("An army bulletin said two posts were hit.") == [("army", "stated")]


def test_patients_who_were_admitted_are_no_admission_of_the_speaker():
    # "admitted" after "were" is a hospital's admission, stated; "admitted that" confirms
    assert _who("Dr. Amina Yusuf said 40 patients were admitted.") == [("Amina Yusuf", "stated")]
    assert _who("The hospital said 40 patients had been admitted overnight.")[0][1] == "stated"
    assert _who("The minister admitted that the plan had failed.")[0][1] == "confirmed"


def test_a_relative_clause_with_a_grouped_number_and_a_document_set_off_with_its_issuer():
    # the comma inside "9,000" does not end the clause that describes the company
    assert _who("The company, which employs 9,000 people, said it would cut 400 jobs.")[0][0] == "company"
    assert _who("The report, published by the Institute for War Studies on Monday, said Russian forces "
                "had advanced 4 km.")[0][0] == "Institute for War Studies"
    assert _who("The survey, carried out by the statistics office in May, found that 30 percent were "
                "jobless.")[0][0] == "statistics office"


def test_a_disaster_that_claimed_lives_makes_no_claim():
    # "claimed six lives" counts deaths; "claimed that" or "claimed lives were at risk" is saying
    assert _who("Earlier this month, flash floods in Chitral district of Khyber Pakhtunkhwa claimed six lives.")[0][0] == "article"
    assert _who("The fire claimed the lives of 12 people.")[0][0] == "article"
    assert _who("The storm claimed at least 14 lives.")[0][0] == "article"
    assert _who("Ana Roe claimed lives were at risk.")[0][0] == "Ana Roe"
    assert _who("The group claimed responsibility for the attack.")[0][0] == "group"


def test_a_source_that_said_or_published_nothing_is_a_gap_in_the_articles_voice():
    # as "has not said" is: what the source has not told is what is not known
    for text in ("North Korea's state media have said nothing about the deaths.",
                 "The North's official KCNA news agency has published nothing about the losses.",
                 "Neither mentioned any North Koreans.",
                 "The army has said little about the operation."):
        rows = _claims(text)
        assert (rows[0]["kind"], rows[0]["claimant"]) == ("gap", "article"), text
    # "nothing" that opens the clause said is what was said
    assert _claims("Officials said nothing had been found.")[0]["kind"] == "claim"
    assert _claims("He said nothing could stop the plan.")[0]["kind"] == "claim"


def test_a_statistics_office_named_by_its_country_is_the_office():
    assert _who("Inflation eased to 3.1% from 3.4% in February, Statistics South Africa (Stats SA) said "
                "on Wednesday.")[0][0] == "Statistics South Africa"
    assert _who("Statistics Canada said 40,000 jobs were added.")[0][0] == "Statistics Canada"


def test_says_inside_a_noun_phrase_is_no_attribution_of_the_sentence():
    # "the government says is needed" describes the package; the sentence is the article's
    assert _who("Wages have been frozen under an austerity package the government says is needed to cut "
                "the deficit.")[0][0] == "article"
    assert _who("The plan the minister said would save money failed.")[0][0] == "article"
    assert _who("Police said the man was armed.")[0][0] == "police"


def test_an_insider_described_by_his_own_kind_and_counted_or_familiar_sources():
    assert _who("A police official at the Chilas city police station says the cause is still being "
                "investigated.")[0][0] == "unnamed police official"
    assert _who("No soldier has been taken prisoner so far, according to two Ukrainian officers fighting "
                "in the region.")[0][0] == "Ukrainian officers"
    assert _who("The deal is close, according to three people familiar with the talks.") == \
        [("people familiar with the talks", "reported")]


def test_a_place_that_confirmed_cases_beside_according_to_and_acts_that_are_declared():
    assert _who("Lilongwe district confirmed its first two cases on Sunday, according to the district "
                "health office.")[0][0] == "district health office"
    # a state of emergency, a dividend: declared by doing it, not a claim
    assert _who("Wonosobo regent Hendra Prasetyo declared a 14-day emergency on Sunday.")[0][0] == "article"
    assert _who("The board declared an interim dividend of 12 rupees per share.")[0][0] == "article"
    assert _who("The minister declared that the crisis was over.")[0][0] == "minister"
    # "a 2023 study by X": its author
    assert _who("Roughly 60 percent of the area is under crops, according to a 2023 study by Gadjah Mada "
                "University in Yogyakarta.")[0][0] == "Gadjah Mada University"


def test_what_has_been_ruled_out_and_what_has_not():
    # (a passive of a verb of more than one word: "has been ruled out" once stopped the extraction)
    assert _who("Foul play has been ruled out.") == [("article", "denied")]
    assert _who("Excessive speed on a sharp bend has not been ruled out.") == [("article", "hedged")]
    assert _who("Police said sabotage has not been ruled out.") == [("police", "hedged")]


def test_a_holder_described_with_the_name_of_a_body_is_an_unnamed_source():
    assert _who("In Brussels, a senior European Union diplomat said the bloc regarded the deployment "
                "as a serious escalation.")[0][0] == "unnamed senior European Union diplomat"


def test_a_quantified_group_after_a_sentence_adverb_is_the_group():
    assert _who("Most economists, however, now expect a cut of 25 basis points.") == [("economists", "predicted")]
    assert _who("The ministry, for its part, also said 3 died.")[0][0] == "ministry"


def test_a_name_no_list_knows_described_between_commas_as_a_body():
    assert _who("K-Electric, Karachi's power utility, denied that it was carrying out unscheduled "
                "load-shedding.")[0][0] == "K-Electric"
    assert _who("Kestrel, the data firm, said 3 died.")[0][0] == "Kestrel"


def test_a_named_person_and_others_of_her_kind_are_her():
    assert _who("Lena Marchetti and other analysts said the losses were unlikely to deter Kim.")[0][0] == "Lena Marchetti"


def test_a_body_under_another_and_a_pronoun_subject_inside_a_continued_quote():
    assert _who("According to the Epidemiology and Disease Control Division (EDCD) under the Department of "
                "Health Services, 436 suspected cases had been reported.")[0][0] == "Epidemiology and Disease Control Division"
    assert _who("The Disaster Risk Office (DRO) under the Ministry of Defence said 3 died.")[0][0] == "Disaster Risk Office"
    # "…, and they have told Putrajaya" inside the speaker's quotation: no source of its own
    rows = _who('PN secretary-general Anuar Salleh said the win showed that voters were unhappy.\n\n'
                '"The message is clear. Voters want a government that listens, and they have told Putrajaya '
                'that loudly tonight," he told reporters.')
    assert [r[0] for r in rows] == ["Anuar Salleh"] * 3
    # ("have long complained": an adverb, no part of the group's name)
    assert _who("Local residents in Morococha have long complained about the roads.")[0][0] == "Morococha residents"


def test_a_headline_fact_before_a_sources_clause_is_the_articles():
    body = "The regulator ordered the recall on Monday. Governor Ana Pires said the bank would pause. " \
           "The defence said it would appeal. Officials in Sorvik said the turnout was low."
    # a fact of the headline's own, then what a source says in a clause after it
    assert _headline_rows("Court convicts Sorvik mayor; defence says it will appeal", body)[0][0] == "article"
    assert _headline_rows("Central bank cuts rates, governor signals pause until July", body)[0][0] == "article"
    assert _headline_rows("Turnout falls to 48%; officials blame the rain", body)[0][0] == "article"
    # a source that closes the headline, or speaks first, speaks for all of it
    assert _headline_rows("Two hurt in tram crash, police say", "Two people were hurt when a tram derailed, police said.")[0] == \
        ("police", "stated")
    assert _headline_rows("Ana Pires says bank will pause; markets rally", body)[0][0] == "Ana Pires"


def test_no_means_of_is_a_noun_not_a_definition():
    assert _who('"They have almost no means of defending themselves against drones," Choi said.') == [("Choi", "stated")]
    assert _claims("Kharif means the monsoon crop season.")[0]["kind"] == "definition"
    assert _claims("'Cannon fodder' means soldiers deemed expendable.")[0]["kind"] == "definition"
    # what a thing leads to is no definition of a term
    for body in ("A longer war means higher prices for fertiliser.", "It means voters judge candidates on services.",
                 '"Today\'s decision means voters can plan for November," Roe said.'):
        assert _claims(body)[0]["kind"] != "definition", body


def test_a_subject_inside_a_running_quotation_paragraph_is_talked_of_not_speaking():
    rows = _who('The National Intelligence Service (NIS) says 120 soldiers were killed. Citing the NIS, Choi said '
                'the dead included one general.\n\n'
                '"We heard the units are being pushed to the front," Choi said.\n\n'
                '"The agency considers its own numbers conservative. It counted only casualties that it could '
                'cross-check through separate sources.\n\n'
                '"There are also signs that the North is making suicide drones."')
    assert [r[0] for r in rows[2:]] == ["Choi"] * 4


def test_a_motive_cited_a_subject_cited_by_a_medium_and_a_bodys_data_with_its_acronym():
    # "citing personal reasons" gives a motive, no source
    assert _who("The two legislators resigned citing personal reasons.")[0][0] == "article"
    assert _who("The airline cancelled flights, citing security concerns.")[0][0] == "article"
    # the subject set off before "cited by" speaks; the medium carried it
    row = _claims("A U.S. official, cited by American media, put the number of casualties in the hundreds.")[0]
    assert (row["claimant"], row["via"]) == ("unnamed U.S. official", "American media")
    # "put the magnitude at": a figure of the source's own
    assert _who("Kandilli Observatory put the magnitude slightly higher, at 5.9.")[0][0] == "Kandilli Observatory"
    # a body's data, its acronym between
    assert _who("AAP won by 12,418 votes, according to Election Commission of India (ECI) data.")[0][0] == \
        "Election Commission of India"


def test_state_before_the_noun_it_modifies_is_no_verb():
    assert _who("Congress state chief Amarjit Singh Brar said the party had won.")[0][0] == "Amarjit Singh Brar"
    assert _who("BJP state president Sunil Jakhar said the count was fair.")[0][0] == "Sunil Jakhar"


def test_a_whose_clause_describes_the_subject():
    assert _who("A Ukrainian officer whose unit is deployed near Sudzha said the infantry had attacked.")[0][0] == \
        "unnamed Ukrainian officer"
    assert _who("A resident whose house was flooded said the water rose fast.")[0][0] != "article"


def test_a_consensus_is_its_compilers_whole_name():
    assert _who("Economists had expected 2.4 per cent, according to a consensus compiled by financial data firm "
                "Fenwick Analytics.")[0][0] == "Fenwick Analytics"


def test_never_having_confirmed_is_a_denial_not_having_said_is_a_gap():
    row = _claims("Moscow has never confirmed that North Korean troops are fighting on its side.")[0]
    assert (row["kind"], row["certainty"]) == ("claim", "denied")
    row = _claims("Moscow and Pyongyang have never officially acknowledged the deployment.")[0]
    assert (row["kind"], row["certainty"]) == ("claim", "denied")
    row = _claims("The ministry has not said how many people died.")[0]
    assert (row["kind"], row["certainty"]) == ("gap", "stated")


def test_what_happened_five_months_before_publication_is_background():
    rows = _claims("The seat fell vacant in May. The commission counted the votes on Saturday.", published=dt.date(2024, 11, 23))
    assert [r["kind"] for r in rows] == ["background", "claim"]


def test_a_treaty_signed_or_in_force_is_background():
    rows = _claims("Russia and North Korea signed a mutual defence treaty in June. It entered into force on Dec. 4. "
                   "The pact took effect on Dec. 4. The two firms signed a supply agreement on Monday.",
                   published=dt.date(2024, 12, 20))
    assert [r["kind"] for r in rows] == ["background", "background", "background", "claim"]


def test_a_headline_whose_first_clause_has_its_own_sources_is_not_the_articles_fact():
    from claimbrief.extract.claims import _source_after_own_clause
    assert not _source_after_own_clause("Kiev, Seoul claim troop losses in Kursk; Moscow, Pyongyang reject reports")
    assert _source_after_own_clause("Regulator orders recall of peanut butter; maker blames supplier")


def test_a_bodys_data_after_its_the():
    assert _who("AAP won by 12,418 votes, as per the Election Commission of India (ECI) data.")[0][0] == \
        "Election Commission of India"
    assert _who("Prices rose, according to the Fed's data.")[0][0] == "Fed"


def test_a_statement_that_read_what_the_quotation_says():
    rows = _who('The EFCC said in a statement on Tuesday that Garba was arrested. "At least N6.8bn was released. '
                'Our operatives visited the sites," the statement read.')
    assert [r[0] for r in rows] == ["EFCC"] * 3
    assert _who("He read the report and resigned.")[0][0] == "article"


def test_a_storms_expected_track_is_the_named_weather_services_forecast():
    rows = _who("The Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) said the "
                "storm had weakened. It is expected to leave the Philippine Area of Responsibility on Wednesday morning.")
    assert rows[1] == ("Philippine Atmospheric, Geophysical and Astronomical Services Administration", "predicted")
    assert _who("Prices are expected to rise.")[0][0] in ("article", "unattributed reports")


def test_a_record_by_a_body_with_the_time_after_it():
    assert _who("The KPÖ had 27.1 percent of the vote, according to figures published by the electoral office "
                "shortly after 9 p.m. on Sunday.")[0][0] == "electoral office"
    assert _who("Mohd Hafiz polled 38,615 votes, according to the official result announced by the EC returning "
                "officer at 10.40pm.")[0][0] == "EC"


def test_a_statement_signed_for_a_body_is_the_bodys():
    rows = _who("The Economic and Financial Crimes Commission (EFCC) arrested him on Monday. The statement, signed by "
                "the EFCC's Head of Media and Publicity, Sanusi Adeyemi, said he approved payments to 14 companies.")
    assert rows[1][0] == "Economic and Financial Crimes Commission"


def test_what_a_group_had_done_is_the_speakers_account_not_a_nested_source():
    assert _who("Jorge Quispe, secretary general of the union, said workers had reported cracks in the tunnel.")[0][0] == \
        "Jorge Quispe"
    assert _who("Jorge Quispe said residents believe the mine is unsafe.")[0] == ("residents", "hedged")


def test_a_parliamentary_committee_on_intelligence_is_no_states_intelligence_service():
    rows = _who("The NIS told the National Assembly's Intelligence Committee that 100 were killed. "
                "Ukrainian military intelligence has separately claimed that at least 30 soldiers were killed.")
    assert rows[1][0] == "Ukrainian military intelligence"


def test_a_count_between_two_numbers_is_the_counters():
    assert _who("Smaller rallies were held in Cluj-Napoca and Iasi, where local police counted between 1,500 and "
                "3,000 people at each.")[0][0] == "local police"


def test_a_breakdown_of_a_sources_figure_is_that_sources():
    rows = _who("The National Disaster Council said 52,000 families were affected. "
                "Of these, 21,907 families were still in evacuation centres.")
    assert rows[1] == ("National Disaster Council", "stated")
    assert _who("Mayor Ramon Cruz said 40 people were hurt. Of the 40 injured, 14 were taken to hospital.")[1][0] == "Ramon Cruz"
    # no figure of the source's before it: the article's own breakdown stays the article's
    assert _who("The storm hit the coast. Of these, 14 were taken to hospital.")[1][0] == "article"
    assert _who('"We told them the water was rising faster this time," said Jane Roe, the village headman.\n\n'
                "Of the nine deaths, five were in the north.")[1][0] == "article"


def test_a_court_s_and_counsel_s_words_and_the_bench_that_sits():
    rows = _who("Counsel Jane Roe said the state needed time. She submitted that the exercise could be completed "
                "in about six weeks.")
    assert rows[1] == ("Jane Roe", "hedged")
    assert _who("Justice Ana Ortiz held that the law applied.")[0][0] == "Ana Ortiz"
    rows = _who("The Supreme Court of Freedonia heard the case on Tuesday. The bench declined the request, noting "
                "that the state had given a similar assurance on January 7.")
    assert rows[1][0] == "Supreme Court of Freedonia"
    assert _who("The party held talks on Monday.")[0][0] == "article"


def test_a_named_body_after_lower_case_modifiers_and_in_a_clause_with_that_left_out():
    body = ("Jane Roe of the ruling party won the by-election by 331 votes, a result the opposition Citizens Coalition "
            "for Change (CCC) has vowed to challenge in court. The opposition Citizens Coalition for Change said the vote "
            "was rigged.")
    assert [r[0] for r in _who(body)] == ["Citizens Coalition for Change"] * 2


def test_a_big_city_where_a_body_sits_is_no_person_and_no_source():
    claimant = _who("Freedonia's embassy in Tel Aviv said in a statement that the deployment was a threat.")[0][0]
    assert "embassy" in claimant and claimant != "Tel Aviv"
    text = "A test headline\n\nThe embassy in Buenos Aires said the deployment was a threat."
    article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title="A test headline", published=dt.date(2024, 12, 1)),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    assert not [a for a in extract_rows(article)["actors"] if a["kind"] == "person"]
    assert _who("A community leader in Um Baru told the paper that 27 civilians were killed.")[0][0] != "Um Baru"


def test_a_municipality_is_a_body_and_a_capital_out_of_ascii_opens_its_name():
    assert _who("No evacuations were needed there, the İzmir Metropolitan Municipality said.")[0][0] == \
        "İzmir Metropolitan Municipality"


def test_a_statistics_office_s_release_and_its_survey_described():
    rows = _who("Freedonia's economy added more jobs than expected in October, Statistics Freedonia said Friday. "
                "The agency's labour force survey showed employment rose by 24,600 last month. "
                "Ontario led the provinces with 18,900 new jobs.")
    assert [r[0] for r in rows] == ["Statistics Freedonia"] * 3


def test_a_count_added_is_no_words_added_and_a_place_is_no_short_name_of_a_body():
    rows = _who("The Alberta Enterprise Council said hiring was strong. Alberta added 9,200 jobs and its rate fell "
                "to 6.9 per cent.")
    assert rows[1][0] == "article"
    assert _who("Minister Jane Roe spoke on Monday. She added that 40 people had died.")[1][0] == "Jane Roe"


def test_a_source_described_after_its_inverted_verb():
    assert _who("Prices rose, said an Acme Corp spokesman.")[0][0] == "Acme Corp"
    rows = _who("Rescue teams searched for a family in tambon Mon Pin, Fang district, whose home was hit by a mudslide "
                "on Sunday, said a Fang district official who asked not to be named.")
    assert rows[0][0] == "unnamed Fang district official"
    # (a listener after "told" is no subject)
    assert _who("Deaths rose, the ministry's director, Jane Roe, told a press conference on Thursday.")[0][0] == "Jane Roe"


def test_a_condition_confirms_nothing():
    assert _who("Inspector Rosa Huertas said that if violations are confirmed, the company will be fined.") == \
        [("Rosa Huertas", "predicted")]
    assert _who("Inspector Rosa Huertas said that violations had been confirmed.")[0][1] == "confirmed"


def test_places_that_reported_counts_are_no_sources_and_no_people():
    rows = _claims("Among districts, Awutu Senya East Municipal remained the epicentre. In the Western Region, "
                   "Ahanta West Municipal and Shama District reported new clusters last week.")
    assert rows[1]["claimant"] == "article"
    # a county that speaks is its government's voice, by its name
    assert _who("Nairobi County said 40 people had died.")[0][0] == "Nairobi County"


def test_refusals_quoted_or_told_are_gaps_of_who_refused():
    rows = _claims("Pentagon spokesman Tom Whitcomb said troops had died. "
                   "He would not speculate on whether Ruritania planned to send more.")
    assert (rows[1]["kind"], rows[1]["claimant"]) == ("gap", "Tom Whitcomb")
    rows = _claims("\"This is a question for the Defence Ministry. We have nothing to add,\" "
                   "press secretary Ivan Volsky told reporters.")
    assert [(r["kind"], r["claimant"]) for r in rows] == [("gap", "Ivan Volsky")] * 2
    rows = _claims("Neither government has even confirmed that the troops are there.")
    assert (rows[0]["kind"], rows[0]["claimant"]) == ("gap", "article")


def test_the_office_of_a_post_named_with_of_and_officials_named_by_their_field():
    rows = _claims("Haddock had 11,482 votes, according to unofficial results from the Georgia Secretary of State's office.")
    assert (rows[0]["claimant"], rows[0]["certainty"]) == ("Georgia Secretary of State's office", "reported")
    assert _who("Elections officials in Bibb County said 310 ballots remained.")[0][0] == "Bibb County elections officials"


def test_first_persons_going_to_is_a_prediction():
    assert _who("\"We're going to knock on every door,\" candidate Brent Haddock said.") == [("Brent Haddock", "predicted")]
    assert _who("\"I'm going to pray on it,\" pastor Wesley Pruitt said.") == [("Wesley Pruitt", "predicted")]


def test_nobody_did_and_no_report_of_are_denials():
    assert _who("\"Nobody came to reinforce that tunnel,\" union leader Jorge Quispe said.") == [("Jorge Quispe", "denied")]
    assert _who("\"There is no report of anyone trapped,\" Governor Ana Diaz said.") == [("Ana Diaz", "denied")]
    # an instruction to nobody is no denial
    assert _who("\"Nobody should go near the embankments,\" Governor Ana Diaz said.")[0][1] != "denied"


def test_a_live_entry_stamped_on_its_headline_line_is_its_labelled_source():
    text = ("[LIVE] Floods in the north: dam holds, thousands moved\n\nHarbour News | Live\n\n"
            "Top stories on this page\n- Dam holds\n- Thousands moved\n\n"
            "[21:40] Water agency: dam to be inspected Tuesday\n\n"
            "The National Water Agency said engineers will inspect the dam at 10 a.m. on Tuesday.\n\n"
            "[18:30] Governor Roe: dozens believed trapped\n\n"
            "In an interview with the Harbour Times, Governor Jane Roe said dozens of people were trapped.\n\n"
            "[09:30] Good morning\n\nWelcome to our live coverage of the floods.\n\n"
            "Copyright ⓒ Harbour News.\n\nReproduction and redistribution prohibited.")
    article = make_article(text, title="[LIVE] Floods in the north: dam holds, thousands moved",
                           published=dt.date(2024, 12, 2))
    rows = {r["text"]: r for r in extract_rows(article)["claims"]}
    entry = rows["[21:40] Water agency: dam to be inspected Tuesday"]
    assert (entry["kind"], entry["claimant"], entry["certainty"]) == ("headline", "National Water Agency", "predicted")
    entry = rows["[18:30] Governor Roe: dozens believed trapped"]
    assert (entry["claimant"], entry["certainty"]) == ("Jane Roe", "hedged")
    for furniture in ("Top stories on this page", "[09:30] Good morning", "Copyright ⓒ Harbour News.",
                      "Reproduction and redistribution prohibited."):
        assert rows[furniture]["kind"] == "furniture", furniture


def test_a_live_entry_stamped_before_a_dash_is_a_headline_of_its_labelled_source():
    text = ("(LIVE) Floods in the north\n\nLast updated 17:10 KST, Jan. 20, 2025\n\n"
            "17:10 KST -- Water agency: dam to be inspected Tuesday\n\n"
            "The National Water Agency said engineers will inspect the dam at 10 a.m. on Tuesday.\n\n"
            "15:05 KST -- Portville shelters full\n\nAbout 3,000 people spent the night in schools.")
    article = make_article(text, title="(LIVE) Floods in the north", published=dt.date(2025, 1, 20))
    rows = {r["text"]: r for r in extract_rows(article)["claims"]}
    entry = rows["17:10 KST -- Water agency: dam to be inspected Tuesday"]
    assert (entry["kind"], entry["claimant"], entry["certainty"]) == ("headline", "National Water Agency", "predicted")
    # (an entry headline in the page's own words stays the article's)
    assert (rows["15:05 KST -- Portville shelters full"]["kind"], rows["15:05 KST -- Portville shelters full"]["claimant"]) == \
        ("headline", "article")


def test_a_suspect_is_no_verb_and_a_minister_of_two_fields_is_one_speaker():
    rows = _claims("The prosecutor's office said one man was held. "
                   "The second suspect, a 19-year-old, was released under judicial control, it said.")
    assert rows[1]["claimant"] == "prosecutor's office"
    assert _who("Police suspect arson.") == [("police", "hedged")]
    assert _who("Agriculture and Forestry Minister Kemal Roe said the fire was under control.")[0][0] == "Kemal Roe"
    assert _who("Disaster Management and Relief Secretary Mohammad Islam said nine people died.")[0][0] == "Mohammad Islam"


def test_a_headline_labelled_with_its_place_or_storm_is_the_articles():
    for title, body in (("Malawi: measles outbreak spreads to six districts",
                         "UNICEF Malawi said 40 children had died. The ministry said the campaign would start on Monday."),
                        ("Cyclone Arnab: 9 dead as storm batters coast",
                         "Cyclone Arnab made landfall on Sunday, the meteorological department said.")):
        article = make_article(f"{title}\n\n{body}", title=title, published=dt.date(2026, 5, 25))
        assert extract_rows(article)["claims"][0]["claimant"] == "article", title


def test_an_interviews_medium_and_two_bodies_named_together():
    rows = _claims("In an interview with Japan's Kyodo News published on Sunday, President Jane Roe said "
                   "the first casualties had been confirmed.")
    assert (rows[0]["claimant"], rows[0]["via"]) == ("Jane Roe", "Kyodo News")
    rows = _claims("According to the latest estimates from the World Health Organization (WHO) and the "
                   "United Nations Children's Fund (UNICEF), 88 percent of children received the first dose.")
    assert (rows[0]["claimant"], rows[0]["certainty"]) == ("World Health Organization", "reported")


def test_withholdings_are_gaps_and_a_quoted_one_keeps_its_speaker():
    rows = _claims("The claim could not be independently confirmed. There was also no reaction from the ministry.")
    assert [(r["kind"], r["claimant"]) for r in rows] == [("gap", "article"), ("gap", "article")]
    rows = _claims("Mayor Roberto Tabuzo toured the town on Monday.\n\n"
                   "\"We believe the damage is heavy, maybe worse than in 2020. I cannot give a number yet.\"")
    assert [(r["kind"], r["claimant"]) for r in rows[1:]] == [("claim", "Roberto Tabuzo"), ("gap", "Roberto Tabuzo")]


def test_a_body_with_an_aside_on_who_runs_it_speaks_itself():
    assert _who("The Cyclone Preparedness Programme, run jointly by the government and the Red Crescent, "
                "said 78,000 of its volunteers were deployed.")[0][0] == "Cyclone Preparedness Programme"


def test_what_a_state_calls_a_thing_is_no_claim_of_it():
    rows = _claims("Most of them reportedly come from what Ruritania calls its Storm Corps, an elite formation.")
    assert (rows[0]["claimant"], rows[0]["certainty"]) == ("unattributed reports", "reported")


def test_a_bodys_name_listing_its_fields_with_and_is_one_name():
    assert _who("Analysts at the Freedonian Institute for International and Security Affairs, a think tank, "
                "said the deployment would last.")[0][0] == "Freedonian Institute for International and Security Affairs"


def test_a_speaker_before_two_asides():
    assert _who("Hannah Roe, an Asia specialist at the institute, which is better known by its acronym SWP, "
                "thinks the deployment will last.")[0][0] == "Hannah Roe"


def test_remarks_made_in_an_interview_and_a_first_time_between_subject_and_verb():
    # the interview ran in an outlet; its publishing is no words of the outlet's
    assert _claims("Jane Roe made the remarks in an interview with Freedonia's Meridian News published on Sunday, "
                   "saying the deaths occurred in the western region.")[0]["claimant"] == "Jane Roe"
    rows = _claims("Jane Roe made the comments in an interview with the Portville Times published on Sunday.")
    assert (rows[0]["claimant"], rows[0]["via"]) == ("Jane Roe", "Portville Times")
    assert _who("President Jane Roe has for the first time confirmed that soldiers were killed.") == [("Jane Roe", "confirmed")]
    assert _who("The regime's head Jane Roe has made similar claims without presenting any evidence.")[0][0] == "Jane Roe"
    # (the clause after "as" is another source's, not the main clause's)
    assert _who("Portville, Dec. 2 (PNA) President Jane Roe has for the first time acknowledged that soldiers were "
                "killed, as Freedonia's Ministry of Defence said on Monday it was studying the war.")[0][0] == "Jane Roe"


def test_a_transcript_cited_is_no_source_and_an_unnamed_national_source_after_its_verb():
    rows = _who("The defence minister, Jane Roe, told lawmakers in October that six officers were killed, PNA said, "
                "citing a transcript of the parliamentary hearing.")
    assert rows[0][0] == "Jane Roe"
    assert _who('"They are brave and unprepared for drones," said a Freedonian officer in the northern sector, '
                "who asked not to be named.")[0][0] == "unnamed Freedonian officer"


def test_a_relative_clause_s_subject_and_a_possessive_owner_according_to():
    assert _who("The plan costs 4 billion euros, a sum that the Finance Ministry has called too low.")[0][0] == "Finance Ministry"
    # (never the noun and its clause as one name)
    assert _who("The plan costs 4 billion euros, a sum that opposition politicians in Portville have called too low.")[0][0] == \
        "opposition politicians in Portville"
    assert _who("Roe took 51.4 percent of the vote, according to the Interior Ministry's official results platform.")[0][0] == \
        "Interior Ministry"


def test_an_opening_adverb_a_party_s_state_chairman_and_the_figures_of_the_body_before():
    assert _who("Separately, the unification ministry, which handles relations with the North, said state media "
                "had made no mention of the deployment.")[0][0] == "unification ministry"
    assert _who("Rejecting the result, the PDP state chairman, Chief Kayode Ojomo, described the election as a "
                "bazaar.")[0][0] == "Kayode Ojomo"
    rows = _who("The Independent National Electoral Commission declared the result on Sunday. According to the "
                "figures, 511,987 voters were accredited.")
    assert rows[1] == ("Independent National Electoral Commission", "reported")
    assert _who("The US Geological Survey measured the quake at magnitude 5.6.")[0][0] == "US Geological Survey"


def test_what_our_commander_told_us_inside_a_quote_is_the_speaker_s_account():
    rows = _who('"At first we thought they were raiders," said Andriy, 29, a machine-gunner.\n\n'
                '"Then they came across the field in lines. We had drones up.\n\n'
                '"Afterwards our commander told us they were foreigners. I saw a lot of bodies."')
    assert {r[0] for r in rows} == {"Andriy"}


def test_an_unnamed_source_placed_in_a_town_and_no_noun_of_a_clause_as_a_source():
    assert _who("A Freedonian diplomat in Portville told Meridian that roughly 8,000 troops are deployed.")[0][0] == \
        "unnamed Freedonian diplomat"
    # (a noun placed in something is no source: "an increase in value-added tax took effect")
    assert _who("Prices rose 0.7% after a 1.1% jump in January, when an increase in value-added tax took effect.")[0][0] == "article"


def test_a_lawyer_s_title_ends_no_sentence_a_position_repeated_and_a_rate_put_at_a_figure():
    rows = _who('"Objections are not votes. Anyone can object to a ballot," her counsel, Atty. Jane Roe, told reporters.')
    assert [r[0] for r in rows] == ["Jane Roe", "Jane Roe"]
    assert _who('Spokesman Dmitry Ivanov on Monday repeated that the cooperation "is not directed against anyone".')[0][0] == \
        "Dmitry Ivanov"
    assert _who("In Portville, district health officials put second-dose coverage at 54 percent last year.")[0][0] == \
        "district health officials"


def test_a_court_s_and_counsel_s_verbs_closing_a_quote_and_an_act_others_are_asked_to_do():
    rows = _who('The Portville Bench of the High Court heard the petition on Tuesday.\n\n'
                '"We have been patient. The State cannot treat a notice as an invitation," the Bench observed on Tuesday.')
    assert rows[1][0] == rows[2][0] != "article"
    assert _who('State counsel Jane Roe opposed the plea. "The figures are exaggerated," she submitted.')[1][0] == "Jane Roe"
    rows = _who('Fire officer Abdul Karim said divers were searching.\n\n"The current is strong. We work by touch," he said.\n\n'
                '"Some bodies may have drifted. We have asked fishermen in the area to inform us if they find anything."')
    assert {r[0] for r in rows} == {"Abdul Karim"}


def test_a_civil_defence_is_a_body_and_no_person_before_the_speaker_after_the_verb():
    rows = _who("The search entered its third day on Sunday with divers of the Fire Service and Civil Defence, the Navy and "
                "the Coast Guard combing a stretch of the river about four kilometres long, said Abdul Karim, station "
                "officer of the Portville Fire Service.")
    assert rows[0][0] == "Abdul Karim"


def test_a_possibility_and_maybe_hedge():
    assert _who('"There is a high possibility that the units were rotated," Jane Roe said.') == [("Jane Roe", "hedged")]
    assert _who('"It went on for maybe forty minutes," Jane Roe said.') == [("Jane Roe", "hedged")]


def test_whom_a_thing_worries_is_no_worried_source_and_a_quote_paragraph_stays_its_speaker_s():
    text = ("Britain's Ministry of Defence said 10,000 troops had been deployed.\n\n"
            "Dr Jane Roe, a senior fellow at a London think tank, said the losses were unlikely to matter.\n\n"
            "\"The ruler is not counting coffins. He is counting what comes back: hard currency and oil.\n\n"
            "\"A few thousand casualties is a price this regime will pay. The men who come home will be its most "
            "experienced soldiers, and that ought to worry Portville far more than it worries Freedonia.\"")
    rows = _claims(text)
    assert [r["claimant"] for r in rows[2:]] == ["Jane Roe"] * 4


def test_a_state_s_spy_agency_is_no_think_tank_with_security_in_its_name():
    text = ("Dr Jane Roe, a senior fellow at the Harcourt Institute for Security Studies, said the losses mattered little. "
            "The institute estimates that each soldier costs $2,000 a month. "
            "Chile's spy agency told lawmakers last month that it was tracking transfers.")
    assert _claims(text)[-1]["claimant"] != "Harcourt Institute for Security Studies"


def test_analysts_at_a_firm_in_a_town_speak_for_the_firm_known_or_not():
    row = _claims("Analysts at Ibis Capital in Rio de Janeiro said the bank could cut by mid-year.")[0]
    assert row["claimant"] == "Ibis Capital"


def test_a_figure_a_body_expects_to_rise_is_a_side_remark_not_the_claimant():
    row = _claims("Damage was placed at P18.6 million by the regional office, a figure the office expects to rise.")[0]
    assert row["claimant"] != "a figure the office" and not row["claimant"].startswith("a figure")


def test_a_record_owned_by_an_acronym_with_several_words_before_its_noun_is_the_owner_s():
    # the record's noun alone ("report") names nobody; the owner before it does
    text = ("Cases rose by half this year, the Bureau of Health (BOH) said on Thursday. "
            "The figure is 186 percent higher than last year, according to the BOH's latest disease surveillance report.")
    row = _claims(text)[1]
    assert (row["claimant"], row["certainty"]) in {("Bureau of Health", "reported"), ("BOH", "reported")}
    assert _claims("Prices rose, according to reports.")[0]["claimant"] == "unattributed reports"


def test_a_ministry_s_initials_in_mixed_case_are_the_ministry_speaking():
    # British and US copy write a ministry's or a department's "of" small: "MoD", "DoJ"
    text = ("The Ministry of Defence (MoD) said forces had suffered losses. "
            "In its daily intelligence update on Sunday, the MoD said losses had averaged 1,520 a day. "
            "Later, the DoJ said it had opened an inquiry.")
    rows = _claims(text)
    assert [r["claimant"] in ("Ministry of Defence", "MoD") for r in rows[:2]] == [True, True]
    assert rows[2]["claimant"] == "DoJ"
    assert _claims("McCoy said the team would win.")[0]["claimant"] == "McCoy"


def test_a_body_that_declines_to_comment_is_the_gap_s_source_but_not_one_that_will_not_confirm_a_report():
    text = ("The Department of Health and Social Care (DHSC) said waiting lists had grown. "
            "The DHSC declined to comment on the dispute. "
            "Downing Street again refused to be drawn. "
            "The Judicial Investigation Agency (OIJ) would not confirm the report.")
    rows = _claims(text)
    assert [(r["kind"], r["claimant"]) for r in rows[1:]] == [
        ("gap", "Department of Health and Social Care"), ("gap", "Government of the United Kingdom"), ("gap", "article")]


def test_a_source_putting_a_force_s_size_at_a_figure_and_a_figure_placed_by_an_agent_are_theirs():
    text = ("Jane Roe, the governor, spoke on Sunday. Roe put the overall deployment at approximately 12,000 soldiers. "
            "Initial damage was placed at P18.6 million by the Office of Civil Defense (OCD) in Caraga. "
            "Losses were placed at 2 million.")
    rows = _claims(text)
    assert [(r["claimant"], r["certainty"]) for r in rows[1:3]] == [("Jane Roe", "stated"), ("Office of Civil Defense", "stated")]
    assert rows[3]["claimant"] == "article"


def test_a_directorate_general_is_one_name_and_a_division_recording_cases_is_no_source():
    text = ("Six more people died of dengue, the Directorate General of Health Services said. "
            "Outside the capital, Dhaka division recorded 198 admissions, the health directorate said. "
            "A total of 3,870 patients are in hospital, it added.")
    assert [r["claimant"] for r in _claims(text)] == ["Directorate General of Health Services"] * 3


def test_a_lower_case_gloss_in_brackets_and_a_town_s_state_inside_an_aside_do_not_hide_the_subject():
    assert _claims("Dr Jane Roe, director (disease control) at the directorate, told Meridian News that "
                   "the rain was unusual.")[0]["claimant"] == "Jane Roe"
    assert _claims("Hallbrook, which is based in Dayton, Ohio, said it would appeal.")[0]["claimant"] == "Hallbrook"
    assert _claims("Hallbrook, based in Dayton, Ohio, said it would appeal.")[0]["claimant"] == "Hallbrook"
    # (a spokesman named after his post is no town's state)
    assert _claims("Portville applies the sanctions, a spokesman, Tom Roe, said in Bern.")[0]["claimant"] == "Tom Roe"


def test_a_party_named_coalition_is_nobody_and_an_accented_name_is_a_source():
    text = ("The Coalition Avenir Québec, which governed the province for eight years, was reduced to 12 seats. "
            "The PQ won 68 seats, according to preliminary results published by Élections Québec. "
            "She said the count was fair.")
    rows = _claims(text)
    assert rows[1]["claimant"] == "Élections Québec"
    assert "Coalition Avenir Québec" not in {r["claimant"] for r in rows}


def test_an_agency_s_photo_credit_in_capitals_is_no_speaker_label():
    text = ("PQ Leader Tom Roe speaks to supporters in Montreal on election night. THE MAPLE WIRE/Sarah Thibodeau\n\n"
            "QUEBEC CITY — The Parti Québécois will form the next government after winning a majority.")
    rows = _claims(text)
    assert rows[-1]["claimant"] == "article" and rows[-1]["certainty"] == "predicted"


def test_a_body_s_initials_then_its_province_and_an_opening_phrase_before_a_shared_subject():
    text = ("The Provincial Disaster Management Authority (PDMA) Sindh said it had set up 112 camps. "
            "The Authority said it had set up camps. In a statement issued on Sunday night, the authority asked "
            "district administrations to keep hospitals on emergency footing and urged people to stay indoors.")
    rows = _claims(text)
    assert rows[0]["claimant"] == "Provincial Disaster Management Authority"
    assert rows[2]["claimant"] != "article"


def test_a_counted_noun_before_a_participle_of_counting_is_no_speaker():
    rows = _claims("Barguna district remains the worst-hit area, with more than 9,000 cases reported since the season began. "
                   "The hospital reported 40 cases.")
    assert [r["claimant"] for r in rows] == ["article", "hospital"]


def test_a_pronoun_with_its_verb_in_one_word_is_no_name():
    # "I've told …" goes on the quotation of the speaker named before it
    rows = _who('"We have families who have lost everything," Jane Roe said. '
                '"I\'ve told the president\'s team that we need individual assistance, and we need it now."')
    assert [c for c, _ in rows] == ["Jane Roe", "Jane Roe"]


def test_a_body_owned_by_another_is_not_the_longer_name_it_ends():
    rows = _who("The Federal Emergency Management Agency said it sent 1,400 staff. "
                "In Portville, the state's Emergency Management Agency said three people had died.")
    assert [c for c, _ in rows] == ["Federal Emergency Management Agency", "Emergency Management Agency"]
    # (the longer name's own first word may own it: "Kenya's Red Cross" is the Kenya Red Cross)
    rows = _who("The Kenya Red Cross said 20 people died. Kenya's Red Cross said more were missing.")
    assert [c for c, _ in rows] == ["Kenya Red Cross", "Kenya Red Cross"]


def test_a_working_figure_is_its_owners_own():
    assert _who("Kenya's working figure is that about 12,000 troops have been sent.") == [("Government of Kenya", "stated")]
    assert _who("The agency's latest assessment is that about 12,000 troops have been sent.")[0][1] == "hedged"


def test_a_speaker_before_an_aide_who_issued_the_words_is_the_source():
    for aide in ("her Special Adviser on Media, Alhaji Tom Doe,", "her spokesman, Tom Doe,"):
        rows = _who(f"Governor Jane Roe, in a statement by {aide} condemned the attack and said the state would not pay.")
        assert rows[0][0] == "Jane Roe", aide


def test_a_number_put_at_a_figure_after_a_long_phrase_is_the_speakers():
    rows = _who("Tom Roe said the first casualties had been recorded.\n\n"
                "He put the number of Ruritanian workers moved to the new Portville plant at about 1,200 but did not say how many had left.")
    assert [c for c, _ in rows] == ["Tom Roe", "Tom Roe"]


def test_a_photo_credit_in_brackets_gives_the_lede_no_speaker():
    rows = _claims("A utility crew replaces a snapped pole in Golden Meadow on Wednesday. (Jane Roe/Gulf Coast Ledger)\n\n"
                   "PORTVILLE, La. — The death toll from the storm rose to nine on Thursday after the county coroner "
                   "confirmed that two men found in a flooded home had drowned.")
    assert rows[-1]["claimant"] != "Jane Roe"
    assert rows[-1]["kind"] == "claim"


def test_a_live_pages_label_before_the_colon_is_no_subject():
    assert _headline("LIVE UPDATES: Jane Roe confirms first deaths in Freedonia",
                     "Jane Roe, the president, said on Sunday that the first soldiers had died.") == ("Jane Roe", "confirmed")
    assert _headline("LIVE UPDATES: army expects more fighting", "The army said it expects more fighting.")[0] != "LIVE"


def test_a_person_of_a_body_is_the_person():
    for body in ("Security analyst Jane Roe, of the Portville-based consultancy Riesgo Norte, said the attacks were new.",
                 "Jane Roe, of Riesgo Norte, said the attacks were new.",
                 "Analyst Luca Ferrante of Banca Meridiana said the attacks were new."):
        assert _who(body)[0][0] in ("Jane Roe", "Luca Ferrante"), body


def test_where_a_body_is_based_and_a_dashed_aside_are_no_part_of_its_name():
    assert _who("The Brussels-based Centre for Eurasian Security Studies (CESS) estimated in a note that "
                "200 soldiers may have been killed.")[0][0] == "Centre for Eurasian Security Studies"
    rows = _who("The Main Intelligence Directorate of Freedonia's defence ministry, known as the HUR, said troops were in combat. "
                "The HUR – formally the Main Intelligence Directorate of Freedonia's defence ministry – added that some "
                "500 officers had been attached.")
    assert rows[1][0] == rows[0][0] != "article"


def test_a_description_known_by_a_name_nobody_else_gives_is_the_description():
    rows = _who("Freedonia's Ministry for Europe and Foreign Affairs condemned the deployment. "
                "The ministry, known as the Quai d'Orsay, said the minister had raised the matter.")
    assert rows[1][0] == rows[0][0]


def test_a_headlines_source_before_a_clause_of_its_own_speaks_for_the_claim():
    body = "Freedonian President Jane Roe said on Monday that soldiers had died. Ruritania warned of escalation."
    assert _headline("Soldiers killed in the war, Roe says, as Ruritania warns of 'dangerous escalation'", body)[0] == "Jane Roe"
    # (a second clause with its own source after a fact of the article's stays the article's)
    assert _headline("Central bank cuts rates, governor signals pause until July", body)[0] == "article"


def test_the_report_is_that_of_the_body_that_last_spoke():
    rows = _who("The National Bureau of Statistics said inflation slowed to 16.42 per cent in October. "
                "According to the report, Taraba recorded the highest rate.")
    assert rows[1] == ("National Bureau of Statistics", "reported")
    # (with no body before it, a report nobody is named for)
    assert _who("According to the report, Taraba recorded the highest rate.")[0][0] == "unattributed reports"


def test_a_reports_title_in_a_headline_is_no_one_reporting():
    def headline(title, body):
        text = f"{title}\n\n{body}"
        article = Article(name="t", path=Path("t.txt"), text=text, meta=Metadata(title=title, published=dt.date(2026, 6, 2)),
                          sha256=hashlib.sha256(text.encode()).hexdigest())
        return extract_rows(article)["claims"][0]["claimant"]
    body = "The Tarnow Grain Board said the wheat harvest would fall by 12%. Farm Outlook analysts agreed."
    assert headline("Farm Outlook Report – June 2026 Quarter", body) == "article"
    assert headline("Tarnow Harvest Review: June 2026", body) == "article"
    # a plural subject reporting something is still the source
    assert headline("Residents Report Flooding in Tarnow", "Residents said the river rose by two metres.") == "residents"


def test_a_big_town_that_posted_a_figure_is_where_it_was_counted_not_a_source():
    rows = _claims("Prices rose 0.3% in October, the statistics office said. "
                   "Guadalajara posted 0.35%, the highest of the 55 cities.", published=dt.date(2025, 11, 10))
    assert rows[1]["claimant"] in ("article", "statistics office")
    # a town's authorities who say something are still its authorities
    assert _who("Guadalajara said it would close two markets.", published=dt.date(2025, 11, 10))[0][0] != "article"


def test_an_adverb_opening_the_sentence_without_a_comma_is_no_part_of_the_subject():
    assert _who("Now the Portville administration says 40 troops are lost every day.")[0][0] == "Portville administration"
    assert _who("Still the ministry says it counted 12 deaths.")[0][0] == "ministry"


def test_a_quotation_a_live_page_labels_quote_is_the_speaker_s_before_it():
    body = ("President Jane Roe said in her evening address that Tarnow forces were losing ground.\n\n"
            'Quote: "The occupiers are throwing new units into attacks. Today we have the first clear picture of this. '
            'Our partners see it as well."\n\n'
            "The figures could not be verified.")
    assert [c for c, _ in _who(body)][:4] == ["Jane Roe"] * 4


def test_quotations_in_single_marks_are_read_as_quotations():
    # British and South Asian copy quotes its speakers in single marks
    body = ("Collector Jane Roe said the search was moving slowly.\n\n"
            "'We have mapped every house on that slope. Six people are still missing, and we will not stop.\n\n"
            "'The dogs picked up signals at two spots this morning,' she told reporters on Sunday.\n\n"
            "Residents said the signs had been plain. 'The hill had been cracking since Thursday,' said Tom Doe, "
            "a farmer. 'We told the council. Nobody came.'")
    rows = _claims(body, published=dt.date(2025, 7, 28))
    assert [r["claimant"] for r in rows[1:4]] == ["Jane Roe"] * 3
    assert [r["claimant"] for r in rows[-3:]] == ["Tom Doe"] * 3
    # the rows keep the article's own marks; apostrophes are no marks
    assert rows[1]["text"].startswith("'We have")
    assert _who("The farmers' union said the council's plan didn't work.")[0][0] != "article"


def test_a_speaker_named_before_an_aside_then_a_colon_and_a_quotation_running_on():
    body = ("Jane Roe, who studies the army at the Portville Institute, put it more bluntly: “These are light troops. "
            "Tarnow in December is flat farmland.”\n\nThe ministry said 40 soldiers died.")
    assert [c for c, _ in _who(body)][:2] == ["Jane Roe", "Jane Roe"]


def test_a_quotation_after_the_speaker_s_own_words_in_one_paragraph_is_the_speaker_s():
    body = ("Analysts were divided.\n\nJane Roe said the losses would not change the leader's mind. “He is not counting "
            "the dead. He is measuring what Tarnow gives back.”\n\nThe ministry said 40 soldiers died.")
    assert [c for c, _ in _who(body)][1:4] == ["Jane Roe"] * 3


def test_a_judge_who_held_closes_her_quotation():
    body = ('Justice Jane Roe granted bail on Tuesday.\n\n"Bail is not a punishment. The law presumes the defendant '
            'innocent, and the court will not keep him in custody," she held.')
    assert [c for c, _ in _who(body)][1:3] == ["Jane Roe", "Jane Roe"]


def test_a_participle_after_its_noun_before_an_infinitive_is_no_one_s_verb():
    # "the 11,000 troops thought to be in the region": a passive describing the troops
    rows = _claims("The war went on.\n\nA few percent of the 11,000 troops thought to be in the region may have been "
                   "killed.\n\nThe 300 people estimated to have died were buried on Monday.")
    assert [r["claimant"] for r in rows[-2:]] == ["article", "article"], rows


def test_a_superlative_s_estimate_is_a_noun_and_hyphenated_law_officers_are_posts():
    rows = _claims("The war went on.\n\nIt is the most detailed official estimate so far, but not the first.")
    assert rows[-1]["claimant"] == "article" and rows[-1]["certainty"] == "stated", rows
    # "the Advocate-General, appearing for the State, argued": the law officer, not the state
    rows = _claims("The court ruled.\n\nThe Advocate-General, appearing for the State, argued that the order was lawful.")
    assert rows[-1]["claimant"].lower() == "advocate-general", rows


def test_a_day_fronted_with_by_and_no_comma_is_no_part_of_the_subject():
    rows = _claims("The quake struck on Wednesday.\n\nBy late Friday the ministry said 40 people had died.\n\n"
                   "By Thursday morning the agency had counted 212 aftershocks.")
    assert rows[-2]["claimant"] == "ministry", rows
    assert "Thursday" not in str(rows[-1]["claimant"]), rows


def test_one_who_tells_reporters_after_a_closed_briefing_relays_the_briefing_s_source():
    body = ("The National Intelligence Service (NIS) estimated that 100 soldiers had died.\n\n"
            "Lee Seong-kweun, a member of the intelligence committee, told reporters after a closed-door briefing that "
            "the casualties occurred this month.\n\n"
            "Tom Roe told reporters after a briefing by the Defence Intelligence Agency that 300 had died.\n\n"
            "Jane Roe told reporters that 400 had died.")
    rows = _claims(body)
    assert [(r["claimant"], r["via"], r["certainty"]) for r in rows[1:3]] == [
        ("National Intelligence Service", "Lee Seong-kweun", "reported"),
        ("Defence Intelligence Agency", "Tom Roe", "reported")], rows
    assert rows[3]["claimant"] == "Jane Roe" and rows[3]["via"] is None, rows


def test_a_court_s_holding_that_is_its_finding():
    rows = _claims("The case went on.\n\nThe Freedonia High Court on Tuesday set aside the acquisition of 412 acres, "
                   "holding that the project had been wrongly exempted.")
    assert rows[-1]["claimant"] == "Freedonia High Court", rows


def test_a_case_dismissed_is_an_act_and_a_dispute_after_a_preposition_a_noun():
    rows = _claims("The tribunal met.\n\nIf the recount shows nothing new, the tribunal may dismiss the protest outright.\n\n"
                   "Elsewhere, the runoffs passed without dispute.\n\nThe ministry dismissed the report as propaganda.")
    assert [r["claimant"] for r in rows[1:]] == ["article", "article", "ministry"], rows
    assert rows[2]["certainty"] != "denied" and rows[3]["certainty"] == "denied", rows


def test_what_follows_on_a_condition_is_predicted_unless_the_source_s_own_verb_hedges():
    rows = _claims("The river rose.\n\nIf the rain returns this week, the river could burst its banks, the agency said.\n\n"
                   "Tom Roe believes that if the talks fail, the army could attack.\n\nThe river could burst its banks.")
    assert [r["certainty"] for r in rows[1:]] == ["predicted", "hedged", "hedged"], rows


def test_a_second_verb_after_an_opening_participle_clause_shares_the_subject_after_it():
    rows = _claims("The war went on.\n\nAsked about the deployment in October, Freedonian President Jane Roe did not deny it "
                   "and said how the country carried out its treaty was its own affair.")
    assert rows[-1]["claimant"] == "Jane Roe", rows


def test_a_body_that_said_or_found_what_according_to_opens_claims_it_via_the_source():
    body = ("Lawmaker Jane Roe told reporters after a closed-door briefing by the Freedonian Intelligence Service "
            "(FIS) that 100 soldiers had died. According to the lawmaker, the agency put the high toll down to "
            "inexperience. According to Roe, the FIS has also detected signs of a second deployment.")
    rows = _claims(body)
    assert [(r["claimant"], r["via"]) for r in rows[1:]] == [
        ("Freedonian Intelligence Service", "Jane Roe"), ("Freedonian Intelligence Service", "Jane Roe")]
    # the source's own judgment of a body's figure, and a place a report counts, stay the source's
    assert _claims("Jane Roe said the Freedonian Intelligence Service (FIS) briefed the committee. "
                   "According to Roe, the spy agency's figure is a conservative one.")[1]["claimant"] == "Jane Roe"
    assert _claims("The Portville Statistics Office published its report on Monday. According to the report, "
                   "Tarnow recorded the highest rate.")[1]["claimant"] == "Portville Statistics Office"


def test_an_intelligence_service_that_assumes_hedges_and_claims_via_the_lawmaker():
    rows = _claims("Lawmaker Jane Roe sits on the panel that oversees the Freedonian Intelligence Service (FIS). "
                   "Roe said the service assumes Freedonian losses so far number in the dozens.")
    assert (rows[1]["claimant"], rows[1]["certainty"], rows[1]["via"]) == ("Freedonian Intelligence Service", "hedged", "Jane Roe")


def test_data_a_speaker_cites_with_no_owner_leave_the_claim_the_speaker_s():
    # "citing preliminary data", "according to preliminary data": what the speaker bases it on
    rows = _claims("More than 900 homes have been damaged, Governor Jan Tarnow said on Monday, citing preliminary data.")
    assert (rows[0]["claimant"], rows[0]["via"], rows[0]["certainty"]) == ("Jan Tarnow", None, "stated")
    rows = _claims("Citing preliminary figures from his fire chief, Jan Tarnow said losses had passed 900 homes.")
    assert (rows[0]["claimant"], rows[0]["certainty"]) == ("Jan Tarnow", "stated")
    rows = _claims("The Portville Coast Guard said around 40 boats had been stopped, citing intercepted radio traffic.")
    assert rows[0]["claimant"] == "Portville Coast Guard"
    rows = _claims("Jan Tarnow wrote that, according to preliminary data, more than 900 homes had been damaged.")
    assert (rows[0]["claimant"], rows[0]["via"], rows[0]["certainty"]) == ("Jan Tarnow", None, "stated")
    # (data owned by a body named there are that body's: "citing data from the Portville Bureau")
    rows = _claims("Jan Tarnow said prices rose 3%, citing data from the Portville Statistics Bureau.")
    assert rows[0]["claimant"] == "Portville Statistics Bureau"
    # (so is the intelligence a body bases its estimate on, however it is put)
    rows = _claims('The Tarnow Joint Staff said it believes about 900 troops were hurt, citing "multiple intelligence sources".')
    assert (rows[0]["claimant"], rows[0]["certainty"]) == ("Tarnow Joint Staff", "hedged")


def test_a_body_s_representative_speaks_for_it_as_its_spokesperson_does():
    rows = _claims("Freedonia's fisheries inspectorate, known as FIS, said 200 boats had been seized. "
                   "A FIS representative told the national broadcaster that the fleet had few patrol craft.")
    assert rows[1]["claimant"] == "FIS"
    assert _who("A representative of the Portville Water Board said supplies were safe.") == [("Portville Water Board", "stated")]


def test_a_body_s_spokesperson_saying_the_body_intends_is_the_body_s_claim():
    # "said the department (the administration) intends": the body speaking of itself, no nested believer
    rows = _claims("Freedonia's government has said nothing. "
                   "A Harbour Department spokesperson said the administration intends to release the remaining funds. "
                   "A Harbour Department spokesperson said the department was concerned.")
    assert [(r["claimant"], r["via"]) for r in rows[1:]] == [("Harbour Department", None), ("Harbour Department", None)]


def test_a_verb_of_thought_under_a_modal_is_no_claim_of_its_subject():
    # "Tarnow will expect to be paid", "every side will dispute it": foreseen of the subject, not held by it
    rows = _claims("The Portville Water Board said in May that 40 wells had run dry.\n\n"
                   "\"The count will come later, and every side will dispute it. Tarnow will expect to be paid.\"\n\n"
                   "\"The river is low,\" Jane Roe said.")
    assert [(r["claimant"], r["certainty"]) for r in rows[1:3]] == [("Jane Roe", "predicted"), ("Jane Roe", "predicted")]
    assert _who("The Portville Water Board may dispute the count.") == [("article", "hedged")]
    assert _who("The Portville Statistics Office will publish its next report on Friday.")[0][0] == "article"
    # (with no modal the subject holds it: "Tarnow expects to be paid")
    assert _who("The Portville Water Board expects more wells to run dry.") == [("Portville Water Board", "predicted")]


def test_one_charged_is_no_accuser():
    # "A third accused, …": a noun after a determiner or an ordinal, no verb of accusing
    assert _who("A third accused, surveyor Jane Roe, was acquitted on Monday.")[0][0] == "article"
    assert _who("The co-accused, Jan Tarnow, was freed on bail.")[0][0] == "article"
    assert _who("The Portville government accused Freedonia of shelling the port.")[0][0] == "Portville government"


def test_a_title_s_short_form_between_the_title_and_the_name_after_said():
    rows = _claims("\"Search is continuing,\" said Deputy Inspector General (DIG) Jan Tarnow, spokesperson for the "
                   "Portville Police. \"Rain has made it hard to reach the sites.\"")
    assert [r["claimant"] for r in rows] == ["Jan Tarnow", "Jan Tarnow"]


def test_for_a_described_person_opening_a_sentence_gives_that_person_s_view():
    rows = _claims("Jane Roe teaches security at Tarnow University.\n\n"
                   "For Jane Roe, who teaches security at a university in Tarnow, the admission matters more for "
                   "what it confirms than for its size.\n\n"
                   "For Freedonia, the stakes are high.")
    assert [(r["claimant"], r["certainty"]) for r in rows[1:]] == [("Jane Roe", "stated"), ("article", "stated")]
    assert _who("For Jan Tarnow, a professor at Portville University, the losses mean little.") == [("Jan Tarnow", "stated")]


def test_a_quotation_s_verb_with_a_clause_of_time_after_it_is_the_speaker_s_words():
    # '"Portville denies until it can no longer deny," Roe said': no clause said, the speaker's
    rows = _claims("\"The Kremlin denies until it can no longer deny, and then it calls the thing cooperation,\" Jane Roe said.")
    assert (rows[0]["claimant"], rows[0]["certainty"]) == ("Jane Roe", "stated")


def test_a_speaker_who_puts_it_this_way_before_a_colon_speaks_the_quotation_that_runs_on():
    rows = _claims("Jan Tarnow leads the inquiry.\n\nTarnow put it this way to reporters: \"The agency thinks Freedonia "
                   "can send more men. Portville needs infantry.\"")
    assert [(r["claimant"], r["via"]) for r in rows[1:]] == [("agency", "Jan Tarnow"), ("Jan Tarnow", None)]


def _headline_claim(text, title):
    rows = extract_rows(make_article(title + "\n\n" + text, title=title, published=dt.date(2026, 3, 4)))
    return rows["claims"][0]["claimant"]


def test_a_headline_count_is_the_named_source_the_body_gives_for_it():
    body = "Floods killed 14 people in Tarnow province, the Tarnow Civil Defence Agency said on Tuesday."
    assert _headline_claim(body, "Floods kill 14 in Tarnow") == "Tarnow Civil Defence Agency"
    # not where the body's source is unnamed, nor where it gives another count
    assert _headline_claim(body.replace("the Tarnow Civil Defence Agency", "officials"), "Floods kill 14 in Tarnow") == "article"
    assert _headline_claim(body, "Floods kill 15 in Tarnow") == "article"


def test_a_headline_opening_with_a_source_the_body_quotes_acting_in_the_present_is_its_news():
    body = ("Eastbrook Mining cut its profit outlook for the year on Thursday. \"Prices have fallen,\" "
            "Eastbrook Mining said in a statement.")
    assert _headline_claim(body, "Eastbrook Mining cuts outlook again") == "Eastbrook Mining"
    # a result told of it is the article's report
    assert _headline_claim(body, "Eastbrook Mining beats estimates") == "article"


def test_a_person_of_a_body_after_the_verb_is_the_person_as_before_it():
    assert _who('"The surveys missed the rural vote," said Professor Jane Roe of Tarnow University.')[0][0] == "Jane Roe"
    assert _who("The surveys missed the vote, said Jane Roe of the World Bank.")[0][0] == "Jane Roe"
    # a body alone after the verb is the body
    assert _who("The surveys missed the vote, said the Ministry of Health.")[0][0] == "Ministry of Health"


def test_a_reporting_verb_that_is_also_a_noun_after_its_article_is_the_noun():
    assert _who("The seasonal demand we expect in spring lifts our margins.")[0][0] == "article"
    assert _who("The union demand was rejected.")[0][0] == "article"
    # a plural subject before it makes it the verb
    assert _who("The workers demand a raise.")[0][0] != "article"


def test_a_verb_of_telling_inside_a_clause_of_time_or_condition_is_no_attribution():
    assert _who("Villagers must go when the Portville council tells them to.")[0][0] == "article"
    assert _who('"Families must stay until the army orders them to return," Jane Roe said.')[0][0] == "Jane Roe"
    # the same verb in the main clause is the source's
    assert _who("The district administration told residents to leave.")[0][0] != "article"


def test_plain_speech_before_a_colon_introduces_the_speakers_quotation():
    text = 'Defence Minister Jane Roe condemned the deployment. The minister did not mince her words: "Tarnow must pay."'
    assert _who(text)[-1] == ("Jane Roe", "stated")


def test_what_a_thing_shows_is_the_reading_of_the_speaker_who_closes_the_sentence():
    assert _who("The use of Ruritanian conscripts in Freedonian offensives in the Tarnow region shows how little President "
                "Jan Roe values them, Eastbrook Foreign Minister Joris van Tarnow said.")[0][0] \
        == "Joris van Tarnow"
    # and "that tells you" is what a thing shows, not a source telling
    assert _who("NATO said it was watching the front. It also tells you that Freedonia has run out of volunteers.")[1][0] == "article"
    # and so is how much a thing tells "you"
    assert _who('Jane Roe, an analyst, was blunt. "The map tells you less than the weather does," she said.')[1][0] \
        == "Jane Roe"


def test_a_quotation_a_speaker_opens_with_a_colon_runs_on_from_that_speaker():
    text = ('NATO said on Monday it was watching the front. Defence Minister Jane Roe condemned the deployment.\n\n'
            'The minister did not mince her words: "These conscripts are thrown at the wire like sandbags.\n\n'
            '"They go in without armour or air cover.\n\n"It also tells you that Freedonia has run out of volunteers."')
    rows = _claims(text)
    assert [r["claimant"] for r in rows if r["text"].startswith(('"They go in', '"It also'))] == ["Jane Roe", "Jane Roe"]


def test_a_listed_point_naming_its_source_before_a_colon_speaks_for_it():
    text = ("The Freedonian Emergency Agency (FEA) gave new figures on Monday.\n\n"
            "- FEA: some 1,100 people are still in shelters.\n\n- Chile: schools reopened.")
    assert _who(text)[1][0] == "Freedonian Emergency Agency"
    assert _who(text)[2][0] == "article"  # (a place before the colon is a label)


def test_a_post_of_a_body_or_a_town_by_its_possessive_is_the_posts_holder():
    text = "The Freedonian Emergency Agency (FEA) met on Monday. FEA's chief said 1,100 people had fled."
    assert _who(text)[1][0] == "chief of FEA"
    assert _who("Floods hit Tarnow. Tarnow's mayor said damage was heavy.")[1][0] == "mayor of Tarnow"
    # the holder the story names with that post is the person
    text = "Tarnow Mayor Jan Roe said the town was flooded. Tarnow's mayor said damage was heavy."
    assert _who(text)[1][0] == "Jan Roe"


def test_according_to_a_post_then_its_holder_closing_the_sentence_is_the_holder():
    assert _who("The bridge gave way before dawn, according to Tarnow's mayor, Jan Roe.")[0] == ("Jan Roe", "reported")
    assert _who("The bridge gave way before dawn, according to the mayor of Tarnow, Jan Roe.")[0][0] == "Jan Roe"


def test_a_press_secretary_speaks_for_the_body_as_a_spokesperson_does():
    assert _who("The FEA's press secretary said 1,100 people had fled.")[0][0] == "FEA"
    # a press secretary named with the body is the person
    assert _who("FEA press secretary Jan Roe said 1,100 people had fled.")[0][0] == "Jan Roe"


def test_a_participle_of_speech_speaks_for_a_subject_named_by_its_owner_or_its_state():
    text = 'The FEA\'s press secretary revised the figure, telling reporters that "about 600" homes were lost.'
    assert _who(text)[0][0] == "FEA"
    text = 'A Chilean deputy trade minister went further, calling the tariff plan "a bad joke".'
    assert _who(text)[0][0] == "Chilean deputy trade minister"
    # "calling" with no quoted words after it is no speech
    assert _who("The army set up checkpoints, calling in reserves from Tarnow.")[0][0] == "article"


def test_what_a_subject_would_do_is_the_word_of_the_speaker_closing_the_sentence():
    text = "Jan Roe said the count was rising. Tarnow would publish its own tally when the divers finished, he said."
    assert _who(text)[1][0] == "Jan Roe"
    # a participle of the speaker's own may follow, and a quotation later in the sentence
    text = ('Jan Roe said the count was rising. Tarnow would publish its own tally when the divers finished, he said, '
            'warning of what he called a "hard winter".')
    assert _who(text)[1][0] == "Jan Roe"
    # the subject's own report, with no speaker closing the sentence, stays the subject's
    assert _who("The Tarnow Emergency Agency (TEA) published a count on Monday.")[0][0] == "Tarnow Emergency Agency"


def test_a_figure_of_its_own_set_against_anothers_is_the_givers_claim():
    text = "The Tarnow Emergency Agency (TEA) met on Monday. The TEA gave a far smaller figure."
    assert _who(text)[1][0] == "Tarnow Emergency Agency"
    assert _who("The Tarnow Emergency Agency (TEA) met. The TEA put its own number on the damage.")[1][0] \
        == "Tarnow Emergency Agency"
    # a figure not given is no claim of the body's
    assert _who("The Tarnow Emergency Agency (TEA) met. The TEA did not give a figure.")[1][0] == "article"


def test_a_span_before_or_after_another_event_opening_the_sentence_is_no_part_of_its_subject():
    text = "Hours earlier Chile's Joint Chiefs of Staff said 900 sailors had been rescued."
    assert _who(text)[0][0] == "Joint Chiefs of Staff"
    assert _who("Three days later Jane Roe said 900 sailors had been rescued.")[0][0] == "Jane Roe"


def test_a_figure_given_is_graded_by_the_participle_after_it():
    text = ("Chile's Joint Chiefs of Staff (JCS) gave a far smaller figure on Friday, estimating that "
            "about 600 sailors were missing.")
    assert _who(text)[0] == ("Joint Chiefs of Staff", "hedged")


def test_a_source_going_further_is_that_sources_claim():
    assert _who("The Tarnow mayor, Jan Roe, went further on Friday.")[0][0] == "Jan Roe"
    assert _who("Colonel Jan Roe went much further, telling reporters that 300 boats had sunk.")[0][0] == "Jan Roe"
    # going further somewhere is no saying
    assert _who("The army went further into the Tarnow region.")[0][0] == "article"


def test_a_believer_opening_a_quotation_after_a_colon_claims_it_the_speaker_relaying():
    text = ('The Tarnow Intelligence Service (TIS) briefed lawmakers. Jan Roe, a lawmaker, spoke to reporters. '
            'He added: "The TIS believes more boats are missing."')
    assert _who(text)[-1] == ("Tarnow Intelligence Service", "hedged")
    # the speaker's own words after the colon stay the speaker's
    assert _who('Jan Roe, a lawmaker, spoke to reporters. He added: "The army will hold the line."')[-1][0] == "Jan Roe"


def test_estimates_of_two_states_pooled_are_no_one_sources():
    text = "About 4,000 sailors are thought to be aboard, according to South Korean and Western estimates."
    assert _who(text)[0][0] == "unattributed reports"
    # one state's estimates are its government's
    assert _who("Some troops were sent, according to Ukrainian estimates.")[0][0] == "Government of Ukraine"


def test_words_quoted_after_a_headlines_subject_are_the_subjects():
    body = "Chile said on Tuesday it was watching closely."
    assert _headline_claim(body, 'Chile "deeply alarmed" after Jan Roe confirms sinking') == "Government of Chile"
    # a word in scare quotes after a state's adjective names no speaker
    assert _headline_claim("Troops died, Jan Roe said.", 'North Korean "volunteers" killed in Tarnow') == "article"


def test_a_transcripts_turns_are_their_speakers_up_to_the_next_label():
    body = ("Retired colonel Jane Roe spoke to Meridian's Tom Jones about the floods in Portville.\n\n"
            "JONES: The ministry says 40 people died. Does that number surprise you?\n\n"
            "ROE: Not at all. The river rose two metres in a night.\n\n"
            "The dams were never finished. Nobody wanted to pay for them.\n\n"
            "JONES: Will the toll rise?\n\n"
            "ROE: I think it will, by the end of the week.\n\n"
            "The Portville agency, where Roe served until 2019, does not comment on interviews.\n\n"
            "The council met on Monday.")
    rows = {r["text"][:12]: r["claimant"] for r in _claims(body)}
    assert rows["ROE: Not at "] == rows["The river ro"] == rows["The dams wer"] == rows["Nobody wante"] == "Jane Roe"
    assert rows["ROE: I think"] == "Jane Roe"
    # the interviewer's questions, and the story's own voice after the last turn, are not Roe's
    assert rows["Does that nu"] != "Jane Roe" and rows["JONES: Will "] != "Jane Roe"
    assert rows["The Portvill"] == rows["The council "] == "article"


def test_a_transcripts_labels_greetings_and_thanks_are_nobodys_background():
    body = ("Retired colonel Jane Roe spoke to Meridian's Tom Jones about the floods.\n\n"
            "TOM JONES [00:00:12]\n\n"
            "JONES: Good evening.\n\n"
            "ROE: Thank you for inviting me.\n\n"
            "JONES: The ministry says 40 people died. Does that surprise you?\n\n"
            "ROE: Thanks to the early warnings, fewer died than in 2019.\n\n"
            "JONES: Colonel Jane Roe, thank you.")
    rows = {r["text"][:12]: r for r in _claims(body)}
    for line in ("TOM JONES [0", "JONES: Good ", "ROE: Thank y", "JONES: Colon"):
        assert (rows[line]["kind"], rows[line]["claimant"], rows[line]["certainty"]) == ("background", None, None)
    # (a turn that opens with "Thanks to" says something)
    assert rows["ROE: Thanks "]["claimant"] == "Jane Roe"

def test_one_label_before_a_colon_is_no_transcript():
    body = ("Jane Roe, the mayor of Portville, visited the dam on Monday.\n\n"
            "ROE: The dam held. Engineers checked it twice.\n\n"
            "The council met on Tuesday.")
    assert {r["text"][:12]: r["claimant"] for r in _claims(body)}["Engineers ch"] == "article"


def test_an_owners_determiner_is_no_part_of_a_bodys_name():
    body = ("The Portville department declared an emergency on Monday.\n\n"
            "Its Regional Relief Board (RRB) said that 40 homes had burned.\n\n"
            "Their Regional Council said it would meet.")
    claimants = [r["claimant"] for r in _claims(body)]
    assert "Regional Relief Board" in claimants and "Regional Council" in claimants
    assert not any(str(c).startswith(("Its ", "Their ")) for c in claimants)


def test_a_turn_label_is_its_speakers_surname_not_any_part_of_a_name():
    body = ("Roe Anders, the mayor, said the dams held. Tom Jones spoke to a resident about the floods.\n\n"
            "JONES: Were the dams ready?\n\nROE: Not at all. The river rose two metres in a night.\n\n"
            "JONES: Will it rise again?\n\nROE: I think it will.")
    rows = {r["text"][:12]: r["claimant"] for r in _claims(body)}
    assert rows["ROE: Not at "] != "Roe Anders" and rows["ROE: I think"] != "Roe Anders"


def test_a_body_s_formal_wish_to_speak_is_no_part_of_its_name():
    rows = _claims("The Tarnow Water Board wishes to inform the public that supply was restored on Monday. "
                   "The Portville Health Department is pleased to announce that the clinic reopened.")
    assert [r["claimant"] for r in rows if r["kind"] == "claim"] == ["Tarnow Water Board", "Portville Health Department"]


def test_a_transcript_s_speaker_label_on_its_own_line_gives_the_turn_below_it_to_the_speaker():
    rows = _claims("JANE ROE [00:00:04]\nThe floods moved thousands. With me is Dr. Tom Jones, who studies the region.\n\n"
                   "TOM JONES [00:00:21]\nAbout 4,000 people were moved in October. I would take that count as a minimum.\n\n"
                   "JANE ROE [00:00:50]\nThe ministry puts the number lower. Is that what you found?\n\n"
                   "TOM JONES [00:01:02]\nBroadly, it is.")
    who = {r["text"]: r["claimant"] for r in rows}
    assert who["About 4,000 people were moved in October."] == who["Broadly, it is."] == "Tom Jones"
    assert who["I would take that count as a minimum."] == "Tom Jones"
    # (a label names no one the prose need name: the host is a speaker too)
    # (a greeting alone is the programme's furniture: "Good evening.")
    assert who["The floods moved thousands."] == "Jane Roe" and who["TOM JONES [00:00:21]"] != "Jane Roe"
    # an all-capitals cross-head has neither a time nor a colon: no speaker
    rows = _claims("ROADS CUT\n\nThe bridge at Tarnow was shut on Monday.\n\nROADS CUT\n\nTwo more roads closed.")
    assert {r["claimant"] for r in rows if r["kind"] == "claim"} == {"article"}


def test_a_press_statement_printed_in_full_below_the_story_s_words_is_its_issuer_s():
    rows = _claims("The Tarnow Water Board on Monday issued an update on the outage. Its full text follows.\n\n"
                   "PRESS STATEMENT\n\nUPDATE ON THE OUTAGE IN TARNOW\n\n"
                   "The Tarnow Water Board wishes to inform residents about the outage. Supply was restored to 4,100 homes "
                   "on Sunday. Crews will work through the night.")
    who = {r["text"]: r["claimant"] for r in rows}
    assert who["Supply was restored to 4,100 homes on Sunday."] == who["Crews will work through the night."] == "Tarnow Water Board"
    # (the story's own words above the mark stay its own)
    assert who["Its full text follows."] == "article"


def test_a_quote_closing_on_a_modal_say_keeps_its_speaker_and_a_nested_said_its_source():
    rows = _claims('Jane Roe, an analyst in Portville, said the losses had been expected.\n\n'
                   '"The crews were tired," she said.\n\n'
                   '"Nobody prepared them for a flood this size.\n\n'
                   '"What we know comes from the insurers. The board will tell us nothing, and Portville will say still less."')
    who = {r["text"]: r["claimant"] for r in rows}
    assert who["The board will tell us nothing, and Portville will say still less.\""] == "Jane Roe"
    assert who['"Nobody prepared them for a flood this size.'] == "Jane Roe"


def test_a_health_centre_is_the_agency_and_its_situation_report_s_figures_are_its_own():
    rows = _claims("The Tarnow Centre for Disease Control (TCDC) has recorded 12 deaths from 530 suspected measles "
                   "cases in the week, its latest situation report shows. The figures represent a 9 per cent rise, "
                   "the agency said. The weekly case fatality rate stood at 2.3 per cent.")
    assert [r["claimant"] for r in rows] == ["Tarnow Centre for Disease Control"] * 3


def test_citing_a_body_s_briefing_names_the_body():
    rows = _claims("The Tarnow Security Bureau (TSB) told lawmakers that 40 guards had quit.\n\n"
                   "The figures were passed on by Jane Roe, a lawmaker, after a closed briefing by the bureau.\n\n"
                   "The Meridian news agency, citing the briefing, reported that the guards had left in May.")
    assert (rows[-1]["claimant"], rows[-1]["certainty"]) == ("Tarnow Security Bureau", "reported")


def test_a_board_that_approves_the_results_confirming_them_gives_their_figures():
    rows = _claims("The Tarnow Election Board (TEB) on Friday approved the final results of the vote, confirming that "
                   "the Unity Party will be the largest party.\n\nThe Unity Party won 40 seats, six short of a majority.\n\n"
                   "The Labour Party won 12 seats.")
    assert [(r["claimant"], r["certainty"]) for r in rows] == [("Tarnow Election Board", "confirmed")] + \
        [("Tarnow Election Board", "stated")] * 2


def test_a_party_s_possessive_before_a_surname_is_no_first_name():
    text = "By-election: UP's Roe wins Tarnow seat\n\nJane Roe of the Unity Party won with 31,274 votes.\n\n" \
           "Ms Roe, in her acceptance speech, said she would fix the roads."
    article = make_article(text, title="By-election: UP's Roe wins Tarnow seat", published=dt.date(2026, 3, 2))
    claims = extract_rows(article)["claims"]
    assert claims[-1]["claimant"] == "Jane Roe"


def test_a_tables_rows_are_the_body_its_source_line_names():
    text = ("Count ends in Tarnow\n\nThe Tarnow Electoral Commission (TEC) announced the results on Thursday.\n\n"
            "Results by ward\n\nWard 3, Portville: Alpha gain from Beta, 44.8%; turnout 29.3%\n\n"
            "Ward 9, Eastfield: Beta hold, 61.2%; turnout 41.7%\n\nSource: TEC\n\n"
            "Ward 9 had 4,120 voters.\n\n"
            "Hectares burned by district\nNorth: 12,400\nSouth: 9,700\nSource: Reuters/AFP")
    rows = extract_rows(make_article(text, title="Count ends in Tarnow", published=dt.date(2026, 5, 8)))["claims"]
    by_text = {c["text"]: c["claimant"] for c in rows}
    assert by_text["Ward 3, Portville: Alpha gain from Beta, 44.8%; turnout 29.3%"] == "Tarnow Electoral Commission"
    assert by_text["Ward 9, Eastfield: Beta hold, 61.2%; turnout 41.7%"] == "Tarnow Electoral Commission"
    # (a sentence after the source line is the story's own; a news agency's line names no body)
    assert by_text["Ward 9 had 4,120 voters."] == "article"
    assert by_text["North: 12,400"] == "article" and by_text["South: 9,700"] == "article"


def test_a_source_line_naming_a_body_with_and_in_its_name():
    text = ("Roads office speeds up repairs; 19 bridges shut\n\nThe Office of Roads and Bridges said on "
            "Monday that 214 culverts had failed.\n\nLocal failures by ward (to Sunday)\nPortville: 71\n"
            "Eastfield: 52\nTotal: 123\nSource: Office of Roads and Bridges")
    rows = extract_rows(make_article(text, title="Roads office speeds up repairs; 19 bridges shut",
                                     published=dt.date(2026, 5, 8)))["claims"]
    by_text = {c["text"]: c["claimant"] for c in rows}
    assert by_text["Portville: 71"] == by_text["Total: 123"] == "Office of Roads and Bridges"


def test_a_list_whose_figures_the_story_says_a_body_released_is_that_bodys():
    body = ("The Tarnow Disaster Management Authority (TDMA) reported 58 deaths.\n\n"
            "Figures compiled by the TDMA for each district were:\n\n"
            "Portville | 19 | 2,110\n\nEastfield | 6 | 870\n\nRescue work went on through the night.")
    claimants = [c for c, _ in _who(body, published=dt.date(2026, 8, 27))]
    assert claimants[2:4] == ["Tarnow Disaster Management Authority"] * 2 and claimants[4] == "article"


def test_a_tables_title_naming_its_source_or_breaking_a_count_down_makes_its_rows_the_sources():
    # the source in brackets in a title with no colon, past the row of column names
    body = ("Cases rose again this week, the Tarnow Health Agency (THA) said on Monday.\n\n"
            "Shops in the capital reopened.\n\n"
            "Cases counted in each region since January (source: THA)\n\nRegion | Cases | Deaths\n\n"
            "Portville | 412 | 3\n\nEastfield | 286 | 2\n\nSchools will reopen next week.")
    who = [c for c, _ in _who(body, published=dt.date(2026, 6, 2))]
    assert who[-3:] == ["Tarnow Health Agency"] * 2 + ["article"]
    # a title that breaks a count down, with a date in it, and no source of its own: the
    # story's latest source (not a person quoted since)
    body = ("The number of cases has risen to 187, according to the Tarnow Health Agency.\n\n"
            '"We are worried," said Jane Roe, a nurse.\n\n'
            "Cases counted by district, as of 4 May:\n\n"
            "Portville — 81 cases, 2 deaths\n\nEastfield — 44 cases, 1 death")
    who = [c for c, _ in _who(body, published=dt.date(2026, 3, 19))]
    assert who[-2:] == ["Tarnow Health Agency"] * 2
    # a bare label opens no source's list
    body = ("The Tarnow Health Agency said cases had risen.\n\nMain figures, six months (US$ million)\n\n"
            "Revenue: 21.4\n\nProfit: 3.2")
    assert [c for c, _ in _who(body)][-2:] == ["article"] * 2


def test_more_lead_ins_of_a_tables_source():
    published = dt.date(2026, 3, 19)
    lede = "The Tarnow Disaster Agency (TDA) said 40 people had died.\n\nRoads were cut.\n\n"
    # the source as the declarer in brackets, with when in brackets, and owning the breakdown
    for title in ("ALL RESULTS (as declared by the TDA)", "Figures by town (TDA, as of 6 pm Monday)",
                  "The TDA's breakdown at noon on Monday (deaths and homes):"):
        body = lede + f"{title}\n\nPortville: 14 dead\n\nEastfield: 9 dead"
        assert [c for c, _ in _who(body, published=published)][-2:] == ["Tarnow Disaster Agency"] * 2, title
    # a lead-in saying what the rows count, in an update's words: the story's source; a section's
    # heading inside the list is passed over; a title of another table ends the list
    body = (lede + "According to the count, the towns hit are:\n\nNorth Region\n\nPortville: 14 dead\n\n"
            "Eastfield: 9 dead\n\nProjected seats on the 31-member council\n\nAlpha: 11")
    assert [c for c, _ in _who(body, published=published)][-4:] == ["Tarnow Disaster Agency"] * 2 + [None, "article"]
    # a body its source line names after the table is its source; a unit in brackets names none
    body = ("Roads were cut, the Tarnow Disaster Agency (TDA) said.\n\nCases by town, as of May 4:\n\n"
            "Portville — 81 cases\n\nEastfield — 44 cases\n\nSource: TDA bulletin\n\n"
            "Results by unit (USD million):\n\nAlpha: 2,300")
    assert [c for c, _ in _who(body, published=published)][2:4] == ["Tarnow Disaster Agency"] * 2
    assert _who(body, published=published)[-1][0] == "article"
    # the market's forecast is no source of a table
    body = ("Alpha Radio said its sales fell.\n\nNet sales were 41.2 billion crowns, below the 42.0 billion analysts "
            "had expected.\n\nSales by segment (SEK billion)\n\nNetworks: 36.0\n\nEnterprise: 5.6")
    assert "analysts" not in [c for c, _ in _who(body, published=published)][-2:]


def test_a_tables_title_and_column_names_say_nothing_themselves():
    body = ("Alpha Bank said its profit rose.\n\nMain figures (in million crowns)\n\nRevenue: 2,840\n\nProfit: 171\n\n"
            "Votes by list (all districts)\n\nTown | Votes | Share\n\nPortville | 4,120 | 41.1%\n\n"
            "The council met on Monday.\n\nShops in the old town reopened after the floods\n\nThe council met again.")
    rows = {r["text"]: (r["kind"], r["claimant"]) for r in _claims(body)}
    assert rows["Main figures (in million crowns)"] == ("background", None)
    assert rows["Votes by list (all districts)"] == ("background", None)
    # (a line with no table below it is the story's)
    assert rows["Shops in the old town reopened after the floods"][1] == "article"


def test_a_body_named_with_its_initials_inside_a_speakers_clause_is_the_claimant():
    body = ("The Tarnow Intelligence Bureau (TIB) briefed lawmakers on Thursday.\n\n"
            "Tom Jones, who sits on the oversight panel, said the Tarnow Intelligence Bureau (TIB) had reported 35 deaths.")
    rows = _claims(body)
    assert (rows[-1]["claimant"], rows[-1]["via"]) == ("Tarnow Intelligence Bureau", "Tom Jones")


def test_a_question_in_the_storys_own_voice_claims_nothing():
    body = ("Alpha Agency said 40 soldiers died.\n\nThe figures vary widely. Why do the counts differ so much? "
            "The agency counts only bodies recovered.\n\n"
            '"Why would we lie?" the minister asked.')
    rows = {r["text"]: (r["kind"], r["claimant"]) for r in _claims(body)}
    assert rows["Why do the counts differ so much?"][1] is None
    # (a question inside quotation marks is not the story's own)
    assert rows['"Why would we lie?" the minister asked.'][1] is not None


def test_a_gloss_on_the_sentence_has_its_speaker_in_its_relative_clause():
    body = ("The Ministry of Health said 40 people had died. "
            "Six of the deaths were at home, a trend the ministry said showed late care.")
    assert _who(body)[1][0] == "Ministry of Health"


def test_a_single_word_body_and_another_with_initials_for_the_whole_are_one_body():
    # (initials in another language, which spell no English words of it)
    body = ("Estonia eases checks.\n\nLorries waited less than an hour at the Valga crossing on Monday, "
            "the Police and Border Guard Board (PXA) said.")
    assert _who(body)[1] == ("Police and Border Guard Board", "stated")


def test_according_to_opening_what_a_speaker_passes_on_makes_the_source_the_claimant():
    body = ("The Tarnow Intelligence Bureau (TIB) briefed lawmakers on Thursday. Rep. Tom Jones relayed the briefing.\n\n"
            "The lawmaker added that, according to the bureau, the troops were held back by the cold.\n\n"
            '"According to the bureau, the soldiers lack winter boots," Jones told reporters.\n\n'
            '"We will hold," Jones said, according to the bureau.')
    rows = _claims(body)
    assert [(c["claimant"], c["via"], c["certainty"]) for c in rows[2:4]] == \
        [("Tarnow Intelligence Bureau", "Tom Jones", "reported")] * 2
    # (a source closing the sentence carries the speaker's words: the speaker's claim)
    assert rows[4]["claimant"] == "Tom Jones"


def test_a_plural_noun_spelled_as_a_reporting_verb_reports_nothing():
    body = ("The Tarnow Election Tribunal dismissed the petition on Friday.\n\n"
            "It ruled that the VRS reports filed by the opposition had been altered.\n\n"
            "It found that the agency reports were never certified.")
    assert [c for c, _ in _who(body)][1:] == ["Tarnow Election Tribunal"] * 2


def test_a_state_keeping_up_ties_says_nothing():
    assert _who("Freedonia maintains diplomatic relations with both Koreas.") == [("article", "stated")]
    assert _who("The minister maintained that the vote was fair.")[0][0] == "minister"


def test_a_court_ruling_told_as_its_act_is_the_courts_claim():
    body = ("The Portville High Court heard the appeal on Monday.\n\n"
            "The court ordered Tom Jones to repay 40 million pesos to the city.\n\n"
            "PORTVILLE: The Tarnow High Court (THC) on Monday quashed the conviction of Jane Roe.\n\n"
            "Justice Ana Moreno sentenced him to nine years in prison.\n\n"
            "The jury found Tom Jones guilty of fraud.\n\n"
            "The court had convicted him in 2019 of a lesser charge.\n\n"
            "The court will sit again in March to hear the costs application.\n\n"
            "A court in Alpha sentenced his brother in 2021.")
    who = [c for c, _ in _who(body)]
    assert who[1:4] == ["Portville High Court", "Tarnow High Court", "Ana Moreno"]
    # (a jury's verdict, a court's past act and what is still to come stay the article's)
    assert who[4:] == ["article"] * 4


def test_a_ruling_by_a_court_seated_in_a_town_or_a_judge_with_an_aside_is_theirs():
    who = _who("The Freedonian Labour Court (FLC) in Portville has suspended the dockers' walkout and ordered the men "
               "back to the quays. Justice Jane Roe, reading out her judgment, also barred the port from cutting wages.")
    assert [c for c, _ in who] == ["Freedonian Labour Court", "Jane Roe"]


def test_a_ruling_by_the_top_court_described_or_by_it_or_a_bench_is_that_courts():
    body = ("The Constitutional Court of Freedonia on Thursday ordered Portville to restore water.\n\n"
            "In its judgment, the apex court confirmed a decision of the Alpha Division of the High Court.\n\n"
            "It also ordered the city to cover the legal bills of the tenants' group.\n\n"
            "The court said the city had failed its poorest residents.\n\n"
            "A bench of Justices Jane Roe and Tom Poe directed the state to report within 60 days.\n\n"
            "The Constitutional Court yesterday (11) found that the cuts broke the law.\n\n"
            "The same court threw out the city's parking bylaw in 2021.")
    who = [c for c, _ in _who(body, published=dt.date(2026, 3, 25))]
    # (not the lower court the ruling names last)
    assert who[:6] == ["Constitutional Court of Freedonia"] * 6
    # (a court's past act stays the article's)
    assert who[6] == "article"


def test_a_list_of_figures_from_a_body_is_that_bodys():
    body = ("The Tarnow Disaster Management Authority (TDMA) said 58 people had died.\n\n"
            "Figures from the TDMA operations desk (dead / missing):\n\n"
            "Portville: 3 / 0\n\nEastfield: 2 / 1\n\nRescue work went on through the night.")
    claimants = [c for c, _ in _who(body, published=dt.date(2026, 5, 19))]
    assert claimants[2:] == ["Tarnow Disaster Management Authority"] * 2 + ["article"]


def test_a_list_its_lead_in_says_a_body_gave_is_that_bodys():
    body = ("The Tarnow Relief Office (TRO) said 400 people had left for higher ground.\n\n"
            "A man drowned near Portville on Monday, Tarnow police said.\n\n"
            "The TRO released these totals per ward, the sheltered first:\n\n"
            "- Portville: 120 evacuated, 40 in shelters\n\n- Eastfield: 80 evacuated, 12 in shelters")
    claimants = [c for c, _ in _who(body, published=dt.date(2026, 5, 19))]
    # (not the police, the last source before the list)
    assert claimants[3:] == ["Tarnow Relief Office"] * 2


def test_a_list_whose_lead_in_names_its_source_in_brackets_is_that_sources():
    body = ("The Tarnow Disaster Management Authority (TDMA) said 58 people had died.\n\n"
            "Damage by district (TDMA data at noon):\n\n"
            "Portville: 3 dead, 40 injured\n\nEastfield: 2 dead, 11 injured\n\n"
            "Results by unit (USD million):\n\nAlpha: 2,300\n\nRescue work went on through the night.")
    claimants = [c for c, _ in _who(body, published=dt.date(2026, 5, 19))]
    assert claimants[2:4] == ["Tarnow Disaster Management Authority"] * 2
    # (a unit in brackets names no source)
    assert claimants[5:] == ["article", "article"]


def test_a_judge_s_order_told_by_she_or_he_is_the_judge_s():
    who = _who("Judge Jane Roe called the sackings unlawful. She ordered the firm to take the drivers back within a month. "
               "Tom Kay, the union leader, said he was happy. He ordered the workers back to work.")
    assert [c for c, _ in who] == ["Jane Roe", "Jane Roe", "Tom Kay", "article"]


def test_people_dismissed_are_let_go_not_a_denial():
    who = _who("The Freedonian Labour Court has ordered Alpha Mines to rehire 90 drillers, finding that the company "
               "dismissed them unfairly. The company dismissed 40 staff last year. "
               "The spokesman dismissed them as fake.")
    assert who[0] == ("Freedonian Labour Court", "stated")
    assert who[1] == ("article", "stated")
    assert who[2] == ("spokesman", "denied")


def test_a_group_placed_in_two_places_is_one_group_of_both():
    assert _who("Aid workers in Alpha and Beta say many camps have no clean water.")[0][0] == "Alpha and Beta aid workers"
    assert _who("Officials in Alpha, Beta and Gamma said roads were closed.")[0][0] == "Alpha, Beta and Gamma officials"
    assert _who("Community health workers in Alpha say parents refused.")[0][0] == "Alpha community health workers"


def test_a_list_under_a_bulletin_named_by_its_issuer_or_dated_in_brackets_is_the_issuers():
    body = ("The Freedonian Disaster Authority (FDA) said 58 people had died.\n\n"
            "Key figures (FDA, 2 March - 9 May 2026)\nDead: 58\nMissing: 6\n\n"
            "The county fire service said the blaze was contained.\n\n"
            "Fire service bulletin - 6 p.m. Friday\n\nHomes lost: 212\n\nInjured: 9\n\n"
            "Rescue work went on through the night.")
    claimants = [c for c, _ in _who(body, published=dt.date(2026, 8, 5))]
    assert claimants[2:4] == ["Freedonian Disaster Authority"] * 2
    assert claimants[6:8] == ["county fire service"] * 2
    assert claimants[-1] == "article"


def test_admitting_people_to_bail_or_hospital_is_an_act_not_an_admission():
    assert _who("Justice Jane Roe admitted both accused to bail of 5 million each.") == \
        [("article", "stated")]
    assert _who("The hospital admitted 40 patients on Monday.") == [("article", "stated")]
    assert _who("The minister admitted that the plan had failed.")[0][1] == "confirmed"


def test_a_preposition_like_among_is_no_part_of_a_sources_name():
    # (the estimates' holders are the source, not a "source" named by the whole phrase)
    assert _who("Figures passed among allied spy services suggest about 700 troops were hurt.") == \
        [("allied spy services", "hedged")]


def test_a_thing_that_tells_inside_a_quotation_is_no_source():
    # '"The weather data tells us …," Roe said': the quotation is the speaker's, its subject no source
    rows = _claims('"The weather data tells us that the season is late," chief forecaster Jane Roe said.')
    assert [(r["claimant"], r["via"]) for r in rows] == [("Jane Roe", None)]


def test_a_conjunction_and_an_adverb_before_the_subject_are_no_part_of_it():
    assert _who("But now the council says the bridge will reopen.") == [("council", "predicted")]
    assert _who("And yesterday the council said the bridge had reopened.")[0][0] == "council"


def test_a_headlines_label_and_infinitive_are_no_verbs_of_a_subject():
    body = ("Portville's National Intelligence Service (NIS) said the soldier died. "
            "Jane Roe, a researcher at Portville University, said the capture was hard to dismiss.")
    row = _head_row("Flood LIVE Updates: Portville dam holds overnight, says Portville's water agency", body)
    assert (row["claimant"], row["certainty"]) == ("Portville's National Intelligence Service", "stated")
    row = _head_row("Vote 'far harder to explain' than polls suggested, Portville researcher says", body)
    assert (row["claimant"], row["certainty"]) == ("Jane Roe", "stated")


def test_according_to_a_bodys_bulletin_with_its_hour_is_the_body():
    rows = _who("The Tarnow Civil Defence Agency (TCDA) said rivers were rising. "
                "More than 6,000 people are in shelters, according to the agency's 6 p.m. bulletin. "
                "About 400 were hurt, according to TCDA's latest update.")
    assert rows[1:] == [("Tarnow Civil Defence Agency", "reported")] * 2


def test_a_kind_defined_by_what_makes_one_and_a_term_with_its_initials_are_definitions():
    rows = _claims("A suspected case is a patient who has a fever and a rash. "
                   "The attack rate (AR) is the share of people exposed who fall ill. "
                   "Tarnowka is the worst hit. Turnout is the second factor.")
    assert [(r["kind"], r["claimant"]) for r in rows] == [
        ("definition", None), ("definition", None), ("background", "article"), ("background", "article")]


def test_a_thing_rejected_or_dismissed_in_the_passive_is_no_denial():
    # "ballots were rejected": done to the subject; "rejected by the ministry" is the ministry's denial
    assert _who("A total of 212 ballots were rejected. The appeal was dismissed in May.") == \
        [("article", "stated"), ("article", "stated")]
    assert _who("The claim was rejected by the ministry.") == [("ministry", "denied")]


def test_a_headlines_question_clause_names_no_source():
    row = _head_row("Who won the recount? What the parties say, and what they won't",
                        "Neither party has said how it will respond.")
    assert row["claimant"] == "article"


def test_a_candidates_camp_speaks():
    assert _who("Tom Jones said the count was flawed. Jones's camp dismissed the claim.")[1] == ("Jones's camp", "denied")


def test_a_bidding_inside_a_quotation_names_no_source():
    rows = _who('"Let the agency, which knows the river, tell us what is fair," Justice Tom Jones said.')
    assert rows == [("Tom Jones", "stated")]


def test_a_transcripts_turns_labelled_by_a_family_name_written_first():
    rows = _claims("Retired colonel Park Sang-ho spoke to the programme.\n\n"
                   "KIM: Good evening. How many have died?\n\n"
                   "PARK: Several hundred, I think. Mostly artillery did it.\n\n"
                   "KIM: Will more be sent?\n\n"
                   "PARK: I expect so. Another group is training now.")
    assert [r["claimant"] for r in rows if any(w in r["text"] for w in ("Several", "Mostly", "Another"))] == \
        ["Park Sang-ho"] * 3


def test_spoke_of_gives_an_account_in_the_speakers_words():
    assert _who('A navy official spoke of "a few dozen" hurt.') == [("unnamed navy official", "stated")]
    assert _who("Jane Roe spoke at the rally.") == [("article", "stated")]


def test_according_to_a_bodys_own_account_by_any_name_is_the_body():
    rows = _who("The Tarnow Statistics Office published its monthly report on Tuesday. "
                "Rents rose 2.1%, according to the office's housing cost index. "
                "It fell, according to Jane Roe's lawyer.")
    assert rows[1] == ("Tarnow Statistics Office", "reported")
    assert rows[2][0] != "Jane Roe"  # her lawyer speaks for himself


def test_a_speaker_passing_on_what_a_body_has_not_found_gives_the_bodys_denial():
    rows = _claims("Portville's Security Service (PSS) briefed members of parliament on Friday. "
                   "Deputy Jan Roe said the service had not traced any convoy on the roads. "
                   "Roe said the service had not yet confirmed reports of a second deployment.")
    assert [(r["claimant"], r["via"], r["certainty"]) for r in rows[1:]] == \
        [("Portville's Security Service", "Jan Roe", "denied")] * 2


def test_an_appositive_post_of_an_indefinite_thing_is_set_off_from_the_name():
    assert _who("Portville said troops died. Jane Roe, author of a book about ports, added that they would stay.")[1][0] == "Jane Roe"


def test_a_count_put_in_the_several_hundreds_is_the_putters():
    assert _who('A senior Portville defence official puts the losses in the "several hundreds".')[0][0] == \
        "unnamed senior Portville defence official"


def test_a_speaker_who_told_reporters_what_a_body_believes_with_no_that_passes_it_on():
    rows = _claims("Portville's Security Service (PSS) briefed members of parliament on Friday. "
                   "Deputy Jan Roe, who attended, told reporters the service believes the convoy was hit.")
    assert (rows[1]["claimant"], rows[1]["via"], rows[1]["certainty"]) == ("Portville's Security Service", "Jan Roe", "hedged")


def test_an_unnamed_person_of_a_place_is_described_with_the_place():
    rows = _who("Rivers rose in Tarnow. A nurse in Dalby said the ward was full. "
                "A farmer from Tarnow said the crops had failed. A resident of Tarnow said the water was rising.")
    assert [r[0] for r in rows[1:]] == ["unnamed nurse in Dalby", "unnamed farmer from Tarnow",
                                        "unnamed resident of Tarnow"]


def test_a_common_word_an_indefinite_body_or_people_who_told_the_speaker_inside_a_quote_are_the_speaker_s_words():
    rows = _who("Jane Roe, a historian at Portville University, said small parties rarely stay apart. "
                '"Experience shows the small ones fold into a bigger bloc by spring," she said. '
                '"Farmers keep telling me the river took everything," said Tom Kay, a nurse in Alpha. '
                '"At last a tribunal has found the permit unlawful," said Tom Kay.')
    assert [r[0] for r in rows[1:]] == ["Jane Roe", "Tom Kay", "Tom Kay"]


def test_a_named_body_that_told_the_speaker_inside_a_quote_stays_the_body_s_claim():
    rows = _claims("The Freedonian Intelligence Bureau met the defence committee on Friday. "
                   '"The bureau told us the convoy moved at night," Tom Kay said afterwards.')
    assert (rows[1]["claimant"], rows[1]["via"]) == ("Freedonian Intelligence Bureau", "Tom Kay")


def test_an_outlet_s_own_tally_is_the_article_s_statement():
    assert _who("Four former mayors were beaten, according to a tally by this newspaper.") == \
        [("article", "stated")]
    assert _who("Nine mayors were re-elected, according to this newspaper's count.") == [("article", "stated")]


def test_according_to_a_body_s_website_is_the_body():
    assert _who("According to the website of the Freedonian Fire Authority (FFA), 380 crews were on the lines "
                "by dusk.") == [("Freedonian Fire Authority", "reported")]
    assert _who("Infections climbed to 57, according to the newest bulletin from the Alpha Health Centre (AHC).") == \
        [("Alpha Health Centre", "reported")]


def test_the_returning_officer_is_the_person_given_that_post_before():
    rows = _who("The returning officer, Professor Jane Doe of Alpha University, announced the result on Sunday. "
                "According to the figures announced by the returning officer, turnout was 46 percent.")
    assert [r[0] for r in rows] == ["Jane Doe", "Jane Doe"]


def test_an_undotted_military_or_police_rank_is_no_part_of_the_name():
    rows = _who("Lt Gen Anan Wongsa told reporters the ruling was fair. "
                "Pol Gen Chai Sombat, who filed the complaint, said the panel had been fair.")
    assert [r[0] for r in rows] == ["Anan Wongsa", "Chai Sombat"]


def test_a_table_s_total_row_is_no_source():
    assert _who("Total counted wards | 88 | 41")[0][0] != "Total"


def test_according_to_the_bulletin_between_dashes_is_the_body_that_issued_it():
    rows = _who("The Freedonian Disaster Bureau said six people died. About 3,000 of them – 2,871, according to "
                "the bulletin – were staying in school halls.")
    assert rows[1] == ("Freedonian Disaster Bureau", "reported")


def test_according_to_an_investor_presentation_or_a_filing_is_the_company():
    rows = _who("Acme Glass Ltd reported a 12% rise in profit on Monday. Borrowings shrank to 410 million pesos, "
                "according to an investor presentation. Beta Steel Ltd said sales fell. "
                "The plant will close in May, according to its stock exchange filing.")
    assert [r[0] for r in rows] == ["Acme Glass Ltd"] * 2 + ["Beta Steel Ltd"] * 2


def test_what_neither_did_and_a_question_left_open_are_nobody_s_claim():
    rows = _claims("Jan Roe, a researcher at Portville University, says the losses are high. "
                   "Neither Freedonia nor Alpha has confirmed that troops are fighting. "
                   "Neither office said where its numbers came from. "
                   "It remained unclear whether the regulator intends to appeal. "
                   '"Alpha has moved its troops away from the border," he says.')
    assert [r["claimant"] for r in rows] == ["Jan Roe", "article", "article", "article", "Jan Roe"]


def test_a_department_that_reported_the_most_cases_is_where_they_were_counted():
    rows = _who("The Health Secretariat said cases rose. Alpha department, home to the port of Beta, has reported "
                "the most cases, 1,320 of them. The Fire Department reported two deaths.")
    assert [r[0] for r in rows] == ["Health Secretariat", "article", "Fire Department"]


def test_what_the_publishing_outlet_itself_counted_is_the_article_s_statement():
    text = ("A test headline about events\n\nBy Portville Markets Daily's calculations, gains made up 30% of profit. "
            "Alpha Bank said profit rose.\n")
    meta = Metadata(title="A test headline about events", published=dt.date(2026, 5, 6),
                    outlet="Portville Markets Daily (a business news site)")
    article = Article(name="t", path=Path("t.txt"), text=text, meta=meta, sha256=hashlib.sha256(text.encode()).hexdigest())
    rows = extract_rows(article)["claims"][1:]
    assert [(r["claimant"], r["certainty"]) for r in rows] == [("article", "stated"), ("Alpha Bank", "stated")]


def test_a_fronted_span_with_its_comma_is_no_subject_and_the_reports_a_speaker_reads_are_the_speaker_s():
    assert _who("A day earlier, Freedonia's spy agency, the FSA, said 40 soldiers had been killed.")[0][0] != "A day earlier"
    assert _who('In Portville, the Interior Office said these reports showed a "widening reach" of the conflict.') == \
        [("Interior Office", "stated")]


def test_according_to_the_ruling_is_the_court_that_ruled():
    rows = _who("The National Court jailed Tom Kay for six years. Prosecutors had asked for nine. "
                "According to the judgment, the bribes went through a shell firm.")
    assert rows[2] == ("National Court", "reported")


def test_a_polled_group_keeps_the_word_the_story_used_as_an_alias():
    text = "A test headline about events\n\nEconomists surveyed by the Harbour Ledger had forecast growth near 1.7%.\n"
    article = Article(name="t", path=Path("t.txt"), text=text,
                      meta=Metadata(title="A test headline about events", published=dt.date(2026, 5, 6)),
                      sha256=hashlib.sha256(text.encode()).hexdigest())
    actors = extract_rows(article)["actors"]
    group = next(a for a in actors if a["name"].startswith("Economists"))
    assert "Economists surveyed by the Harbour Ledger" in (group["aliases"] or "").split("; ")


def test_a_spokesman_for_a_body_named_after_its_state_speaks_for_the_body():
    assert _who("A spokesman for the Farmers Association of Chile said flooded pastures could hurt "
                "the calving season.")[0][0] == "Farmers Association of Chile"


def test_of_a_body_and_its_initials_and_another_body_the_first_is_the_source():
    rows = _who("Some 58,000 villagers have fled the rising water, the Freedonian Disaster Agency (FDA) and the "
                "United Nations reported late on Friday.")
    assert rows[0][0] == "Freedonian Disaster Agency"


def test_a_minister_of_a_province_s_two_portfolios_is_the_person_named():
    rows = _who("Beta Province Mines and Energy Minister Cde Tom Kay said 9,500 families had been given "
                "purification kits.")
    assert rows[0][0] == "Tom Kay"


def test_a_count_reported_in_the_passive_is_the_body_giving_the_story_s_figures():
    rows = _who("The Freedonian Health Ministry put the outbreak at 73 infections on Friday. Overnight, "
                "five further infections were reported from Alphaville. Infections have been reported in 12 districts. "
                "A week later, bigger rallies were reported in Beta. It was reported that the governor had quit. "
                "Bakers were reported to be charging twice the usual price.")
    assert [r[0] for r in rows[1:]] == ["Freedonian Health Ministry"] * 2 + ["unattributed reports"] * 3
    assert rows[1][1] == "stated"


def test_according_to_a_body_s_data_as_of_a_time_is_the_body():
    rows = _who("The Freedonian Disaster Agency (FDA) said 16 had died. According to FDA data as of Friday, "
                "roughly 900 homes lost their roofs.")
    assert rows[1] == ("Freedonian Disaster Agency", "reported")


def test_the_electoral_umpire_is_the_election_commission_named_before():
    rows = _who("The Alpha State Independent Electoral Commission (ASIEC) declared the results. According to the "
                "electoral umpire, turnout was just under a third.")
    assert rows[1] == ("Alpha State Independent Electoral Commission", "reported")


def test_a_speaker_citing_the_own_count_of_the_body_he_speaks_for_claims_it_himself():
    rows = _who("The Alpha Party said its candidate did well. Citing the party's own count, Tom Kay said the "
                "candidate had carried 17 of the 25 districts.")
    assert rows[1] == ("Tom Kay", "stated")


def test_according_to_the_decision_is_the_court_that_decided():
    rows = _who("The Portville Appeals Court cleared Tom Kay on Friday. According to the decision, the "
                "prosecution never showed where the money went.")
    assert rows[1] == ("Portville Appeals Court", "reported")


def test_peak_demand_that_touched_a_record_is_a_noun_not_a_speaker():
    rows = _who("Peak demand touched a record 41 gigawatts on Monday, according to the Alpha Grid Authority.")
    assert rows[0][0] == "Alpha Grid Authority"


def test_a_tables_rows_cut_into_cells_are_its_points():
    published = dt.date(2026, 5, 19)
    lede = "The Tarnow Disaster Agency (TDA) said 40 people had died.\n\nRoads were cut.\n\n"
    # rows of many cells (bars, slashes and dashes, semicolons) are rows, however many words
    body = (lede + "The TDA gave these figures by district (dead / homes lost / displaced):\n\n"
            "Portville: 9 / 730 / 12,450 — Alpha 6 dead, Beta 2, Gamma 1\n\n"
            "Eastfield | Jane Roe | Unity Party of the North | 5,318 | 44.10%\n\n"
            "Westbury: 4 dead, 1 missing, 7 injured; 8,100 houses flooded; 2,600 hectares of crops damaged")
    who = [c for c, _ in _who(body, published=published)]
    assert who[-5:] == ["Tarnow Disaster Agency"] * 5
    # a lead-in with a time in it leads the rows in, it is none of them
    body = lede + "The agency's tally at 9 a.m. on Friday:\n\nPortville: 3 dead; 5,400 homes flooded"
    rows = _claims(body, published=published)
    assert rows[-3]["claimant"] == "article"
    assert [r["claimant"] for r in rows[-2:]] == ["Tarnow Disaster Agency"] * 2
    # a row of column names with periods in it is no row of figures
    body = ("Alpha Seeds AG raised its outlook.\n\nSales by division\n\nEUR millions | H1 2026 | H1 2025 | Change\n\n"
            "Seeds | 14.6 | 13.9 | +5%")
    rows = {r["text"]: r["claimant"] for r in _claims(body)}
    assert rows["EUR millions | H1 2026 | H1 2025 | Change"] != "Alpha Seeds AG"


def test_a_tables_source_in_brackets_with_of_after_a_period_or_over_a_standfirst():
    published = dt.date(2026, 3, 15)
    body = ("Infections rose again, the Ministry of Dryland Water said.\n\nShops reopened.\n\n"
            "New suspected infections, week to 12 March (Ministry of Dryland Water)\n\nAlpha: 611\n\nBeta: 203")
    rows = _claims(body, published=published)
    assert (rows[-3]["kind"], rows[-3]["claimant"]) == ("background", None)
    assert [r["claimant"] for r in rows[-2:]] == ["Ministry of Dryland Water"] * 2
    # the period first, then a short name the story gave the body in brackets
    body = ("Prices rose 1.2%, the Alpha Statistical Institute (AlphaStat) said.\n\nShops reopened.\n\n"
            "KEY FIGURES (June 2026, AlphaStat)\n\nAnnual CPI: 27.4%\n\nMonthly CPI: 1.21%")
    assert [c for c, _ in _who(body, published=published)][-2:] == ["Alpha Statistical Institute"] * 2
    # a title set as a standfirst under the date line
    text = ("Typhoid spreads in Alpha\n\nBy Jane Roe\n14 June 2026\n\nKey figures (ARC, 2 February - 9 June 2026)\n\n"
            "Suspected infections: 52,700\n\nDeaths: 96\n\nThe Alpha Relief Corps (ARC) said infections were rising.")
    article = make_article(text, "Typhoid spreads in Alpha", dt.date(2026, 6, 14))
    rows = extract_rows(article)["claims"]
    assert [r["claimant"] for r in rows if r["text"].startswith(("Suspected", "Deaths"))] == ["Alpha Relief Corps"] * 2


def test_a_count_s_adjective_and_a_party_s_will_are_no_speaker_and_no_modal():
    who = _who("New suspected cholera cases rose to 40 last week. Fresh confirmed cases were found in Alpha.")
    assert [c for c, _ in who] == ["article", "article"]
    who = _who("The Civic Will-Green Party won two seats. The Popular Will Party won one. The council will meet on Monday.")
    assert [cert for _, cert in who] == ["stated", "stated", "predicted"]


def test_according_to_a_record_released_by_a_body_with_an_adverb_or_by_it_or_by_no_one_named():
    # the issuer after the participle and an adverb; a modifier with a hyphen
    who = _who("The Alpha Electoral Commission (AEC) said counting was over. Tom Kay took 38% of the vote, according "
               "to provisional results released late by the Alpha Electoral Commission (AEC).")
    assert who[-1] == ("Alpha Electoral Commission", "reported")
    who = _who("The county registrar's office in Alpha counted again. Attendance was 31%, according to precinct-level "
               "figures posted by the registrar's office.")
    assert who[-1][0] == "registrar's office"
    # "figures it released": the body the story named last
    who = _who("The Alpha Fraud Board said it made arrests. It won 730 cases, according to figures "
               "it released in March.")
    assert who[-1][0] == "Alpha Fraud Board"
    # a record released with no issuer named: the body that last spoke; a record released to
    # someone is no release of the last body's
    who = _who("The Alpha Statistics Office (ASO) said prices rose. Output grew 2.9%, according to revised numbers "
               "issued with Friday's release. The repairs cost $75,000, according to data released to the "
               "Portville Courier.")
    assert [c for c, _ in who][1:] == ["Alpha Statistics Office", "data"]
    # results of a vote with no issuer: the body counting the vote the story named before
    who = _who("The Alpha Electoral Commission said counting was over. The Unity Party conceded. Tom Kay took 38%, "
               "according to partial results.")
    assert who[-1] == ("Alpha Electoral Commission", "reported")


def test_the_report_said_after_a_bodys_figures_is_that_bodys_report():
    who = _who("The Alpha Health Service said cases rose to 200. Laboratory tests have confirmed typhoid in 58 "
               "samples, the report said.")
    assert who[-1][0] == "Alpha Health Service"
    # (no body before it: no one's report)
    assert _who("The report said the toll was higher.")[0][0] == "unattributed reports"


def test_a_body_that_has_said_something_inside_a_quotation_is_the_speakers_reading():
    rows = _claims('The Alpha Labour Tribunal ruled for the union on Monday. "The tribunal has now said clearly that our '
                   'members were right," Tom Kay said. "The tribunal said it would publish reasons soon," Kay said.')
    assert [(r["claimant"], r["via"]) for r in rows[-2:]] == [("Tom Kay", None), ("Alpha Labour Tribunal", "Tom Kay")]


def test_a_body_of_fields_listed_with_commas_before_its_acronym_is_one_name():
    text = ("A test headline about events\n\nThe National Centre for Soils, Crop Protection and Irrigation (NCS) "
            "said 14 wells had failed. The NCS said yields fell.\n\nThe Institute of Geology, Hydrology and "
            "Mining Studies (IGH) issued an alert. IGH said shafts flooded.")
    rows = extract_rows(make_article(text, "A test headline about events", dt.date(2026, 4, 10)))
    names = [c["claimant"] for c in rows["claims"][1:]]
    assert names == ["National Centre for Soils, Crop Protection and Irrigation"] * 2 + \
        ["Institute of Geology, Hydrology and Mining Studies"] * 2
    actors = {a["name"] for a in rows["actors"] if a["kind"] != "place"}
    assert "National Centre for Soils" not in actors


def test_a_bodys_branch_named_with_its_country_is_the_body_not_the_government():
    who = _who("Transparency Botswana, which sent monitors, said vote-buying was rare. Amnesty Uruguay said "
               "the detentions were unlawful. Uruguay said it would reply. North Macedonia said it agreed.")
    assert [c for c, _ in who] == ["Transparency Botswana", "Amnesty Uruguay", "Government of Uruguay",
                                   "Government of North Macedonia"]
    # (a person named like a country is still a person)
    assert _who("Michael Jordan, a fan, said the team would win.")[0][0] == "Michael Jordan"


def test_the_active_progressive_is_its_subject_s_verb():
    # "were expecting" is no passive: the economists expect, as "had expected" says
    assert _who("Economists were expecting prices to rise by 2.3%.") == [("Economists", "predicted")]
    assert _who("Analysts were forecasting a second cut.") == [("Analysts", "predicted")]
    # (an expectation the facts have overtaken is stated, as "had expected 3.1%" is)
    assert _who("Analysts had been expecting 3.1%.") == [("Analysts", "stated")]
    assert _who("Traders are expecting two cuts this year.") == [("Traders", "predicted")]
    assert _who("The forecasting office estimated the damage at $2 million.")[0][1] == "hedged"  # a noun's modifier


def test_a_post_with_its_field_in_capitals_is_its_holder_s():
    # "chief UK and European economist at X", "senior Asia economist at X": the person, not the firm
    assert _who("Tom Kay, chief UK and European economist at Alpha Insight, said the rise was temporary.") == \
        [("Tom Kay", "stated")]
    assert _who("Jane Roe, senior Asia economist at Beta Capital, said the rise was temporary.") == [("Jane Roe", "stated")]


def test_a_measure_that_has_started_to_take_effect_is_no_forecast():
    assert [certainty for _, certainty in _who('"The price rises have started to take effect," Jane Roe said.')] == ["stated"]
    assert _who("The levy takes effect in March, the treasury said.") == [("treasury", "predicted")]


def test_a_region_s_state_post_is_no_verb_of_saying():
    # "Kerala state revenue minister Tom Kay told": the minister, not the state as a speaker of "state"
    assert _who('"We are moving people to camps," Alphapur state revenue minister Tom Kay told reporters.') == \
        [("Tom Kay", "stated")]
    assert _who("Officials state that the dam is safe.") == [("unnamed officials", "stated")]


def test_a_national_wire_named_in_full_over_of_is_the_conduit():
    rows = [(r["claimant"], r["via"]) for r in _claims('"The flood is huge," Tom Kay told the Press Trust of India.')]
    assert rows == [("Tom Kay", "Press Trust of India")]


def test_a_group_noun_opening_a_sentence_is_the_group_named_before_in_lower_case():
    # "…, authorities said" and "Authorities in both states said": one source, not two
    rows = _claims("Some 26 people died in the west, authorities said. Authorities in both states said they were "
                   "moving people.")
    assert [r["claimant"] for r in rows] == ["authorities", "authorities"]


def test_a_verb_of_saying_inside_a_quotation_is_what_its_speaker_talks_of():
    # the quoted paragraph is the skipper's: "the office warns" inside it names no source
    body = ('"We have moved the nets inland," said Jane Roe, the harbour skipper.\n\n'
            '"Boats are ready. If the office warns us twice, we will sail at dawn."')
    assert _who(body) == [("Jane Roe", "stated"), ("Jane Roe", "stated"), ("Jane Roe", "predicted")]
    # the same quotation going on in the speaker's own paragraph
    assert [c for c, _ in _who('"We are ready," said Jane Roe. "The crews are tired. The office warns of more rain."')] == \
        ["Jane Roe"] * 3
    # a source outside the marks still speaks
    assert _who('"Stay home," the office warned.') == [("office", "stated")]


def test_a_time_word_or_our_teams_opening_a_quotation_names_no_source():
    # "Tonight Alphaville chose …" inside the quotation: the speaker's words, not "Tonight Alphaville"'s
    rows = _claims('Jane Roe, the mayor, won the race in Alphaville, officials said.\n\n'
                   '"Tonight Alphaville signalled that it wants change," Roe told the crowd.')
    assert [r["claimant"] for r in rows][-1] == "Jane Roe"
    # '"By noon our engineers had counted …," X said': no body "it" can stand for later
    rows = _claims('Portville Mayor Tom Kay said most families had left the quay before the surge.\n\n'
                   '"By noon our engineers had counted 40 sheds lost. Those figures may still rise," Kay told '
                   'reporters.\n\nThe harbour office gave no alert, but it urged boat owners to stay ashore.')
    assert "noon our engineers" not in [r["claimant"] for r in rows]


def test_the_embassy_is_the_embassy_in_a_city_named_before():
    rows = _claims('The Alphan embassy in Portville denied the arrests.\n\n'
                   'The charges were "invented", the embassy added on its website.')
    assert [r["claimant"] for r in rows] == ["The Alphan embassy in Portville"] * 2


def test_a_speaker_after_the_verb_written_with_initials_one_name_or_an_owner_s_post():
    assert _who('"The herds need hay now," said B. Dorj, the union\'s chairman.') == [("B. Dorj", "stated")]
    assert _who("Hay ran out in March, said Dorjsuren, the chairman.") == [("Dorjsuren", "stated")]
    assert _who("The choir sang at 40 weddings last year, said its treasurer, Ana Lind, 67, of Portville.") == \
        [("Ana Lind", "stated")]


def test_a_body_known_by_one_name_after_the_speaks():
    # "the Sejm", "the Storting": one capitalised word no list knows, named as the text names it
    assert _who("The ferry will not sail before Monday, the Alphatat said.") == [("Alphatat", "predicted")]
    assert _who("The Alphatat said the ferry would sail again.") == [("Alphatat", "predicted")]
    # a kind of body stays what it was
    assert _who("The ferry will not sail, the Ministry said.") != [("Ministry", "predicted")]


def test_a_speaker_with_a_title_s_short_form_a_nickname_or_a_party_tag():
    assert _who("The bells will ring at noon, said the Rev. Tom Kay, who has kept the chapel since 2001.") == \
        [("Tom Kay", "predicted")]
    assert _who("The ferry left at dusk, said District Relief Officer (DRO) Jane Roe.") == [("Jane Roe", "stated")]
    assert _who('The roof gave way at night, said Thomas "Tom" Kay, who runs the depot.') == [("Thomas Kay", "stated")]
    # an American legislator's party and state between the name and the verb
    assert _who('"This bill is a tax on farms," Rep. Jane Roe, D-Ore., wrote on Monday.') == [("Jane Roe", "stated")]
    assert _who("Sen. Tom Kay, R-Mont., said the tariff would hurt ranchers.") == [("Tom Kay", "predicted")]


def test_officials_there_are_the_officials():
    assert _who("The last ballot box will arrive by boat on Friday, officials there said.") == \
        [("unnamed officials", "predicted")]


def test_an_event_cited_as_the_reason_is_no_source():
    assert _who("Alpha Bank cut its dividend, citing weak demand.")[0][0] != "weak demand"
    rows = _claims("The governor closed the port in May, citing a failed mutiny.")
    assert rows[0]["claimant"] != "a failed mutiny"
    # a source cited stays the source
    assert _who("Radio Alpha reported the deaths, citing an army source in Portville.")[0][0] != "article"
    assert _who("The agency said 300 died, citing a senior official.") == [("unnamed senior official", "reported")]


def test_a_person_of_or_with_a_body_is_the_speaker():
    assert _who("Tom Kay with the Alpha Rangers said the trail was closed.") == [("Tom Kay", "stated")]
    assert _who("Virologist Jane Roe of the State University of Alphaland said cases were undercounted.")[0][0] == \
        "Jane Roe"
    # a post before "of" is no name ("Director of Outreach Jane Roe"): not "Director"
    assert _who("Board Director of Outreach Ms. Jane Roe said the count was paused.")[0][0] not in ("Board Director", "Director")

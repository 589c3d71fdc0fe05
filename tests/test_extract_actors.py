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



def test_a_clipped_compound_of_a_body_s_name_is_that_body():
    # "StatBor" for "Statistics Borduria": the first letters of each word run together
    text = ("Jobs rise\n\nEmployment rose by 12,000 in May, Statistics Borduria said on Friday. "
            "Part-time work fell by 3,000, StatBor said. Retail lost 900 jobs.")
    tables = extract(make_article(text, title="Jobs rise", published=dt.date(2025, 6, 8)))
    assert list(tables.claims["claimant"].dropna())[1:] == ["Statistics Borduria"] * 3
    office = tables.actors[tables.actors["name"] == "Statistics Borduria"].iloc[0]
    assert "StatBor" in office["aliases"] and "StatBor" not in set(tables.actors["name"])

def test_a_ministry_s_mixed_case_initials_are_the_ministry_and_one_of_its_aliases():
    # "MoD": the "of" in lower case, as British and US copy write a ministry or a department
    text = ("Losses mount\n\nBritain's Ministry of Defence said on Saturday that losses had grown. "
            "In its daily update on Sunday, the MoD said losses had averaged 1,520 a day.")
    tables = extract(make_article(text, title="Losses mount", published=dt.date(2024, 12, 2)))
    assert list(tables.claims["claimant"].dropna())[1:] == ["Ministry of Defence", "Ministry of Defence"]
    ministry = tables.actors[tables.actors["name"] == "Ministry of Defence"].iloc[0]
    assert "MoD" in ministry["aliases"]

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


# The speed work replaced patterns compiled for each name with tests of the places a name is
# written; these check each replacement against the pattern it replaced, on random texts.

def _random_texts(pieces, count, seed, most=12):
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(count)]


def test_locate_finds_what_the_spaced_name_pattern_finds():
    import random
    import re

    from claimbrief.extract.actors import locate

    rng = random.Random(1)
    words = ["A", "AA", "Bank", "B", "Ban", "k", "x", "\n", "  "]
    for _ in range(20000):
        run = " ".join(rng.choice(words) for _ in range(rng.randint(0, 6)))
        name = " ".join(rng.choice(words[:7]) for _ in range(rng.randint(0, 3)))
        pattern = r"\s+".join(re.escape(word) for word in name.split())
        found = list(re.finditer(pattern, run)) if pattern else []
        for last in (False, True):
            expected = (found[-1] if last else found[0]).span() if found else None
            assert locate(run, name, last) == expected, (run, name, last)


def test_named_again_agrees_with_the_patterns_it_replaced():
    import re

    from claimbrief.extract.actors import _named_again, _not_name_words

    def by_patterns(text, name, after):
        last = name.split()[-1]
        if len(last) < 3 or not last[0].isupper() or last.isupper() or last in _not_name_words():
            return False
        rest, word = text[after:], re.escape(last)
        alone = re.search(rf"(?<![\w’'-]){word}(?![\w’'-])", rest)
        in_name = re.search(rf"(?<![\w’'-])[A-Z][\w’'-]+\s+{word}(?![\w’'-])", rest)
        subject = re.search(rf"(?<![A-Za-z’'-]\s)(?<![\w’'-]){word}\s+(?:said|says|told|added|wrote|did|does|has|had"
                            rf"|is|was|believes|expects)\b", rest)
        return alone is not None and in_name is None or subject is not None

    pieces = ["Roe", "Roe", "Roes", "Kofi", "said", "told", " ", " ", "\n", ",", "’", "'", "-", "_", "1", "a", "É", "O’Roe"]
    for i, text in enumerate(_random_texts(pieces, 20000, 2)):
        name = ["Jo Roe", "Kofi Roes", "A Roe-x", "Ann O’Roe"][i % 4]
        after = i % (len(text) + 1)
        assert _named_again(text, name, after) == by_patterns(text, name, after), (text, name, after)


def test_runs_of_a_sentence_taken_from_the_whole_text_are_those_read_in_the_sentence():
    import random

    from claimbrief.extract.actors import _CAP_RUN, _runs_inside

    rng = random.Random(3)
    pieces = ["Smith", "de", "la", "Farmers’", "Farmers'", "U.S.", "Corp.", "NATO", "A.", " ", "\xa0", "\r\n", "  ", "\t",
              "-", " - ", ".", ",", "’s", "Van", "el", "ABC", "x", "Élan"]
    for text in _random_texts(pieces, 30000, 4):
        runs = tuple((m.start(), m.end(), m.group()) for m in _CAP_RUN.finditer(text))
        start = rng.randint(0, len(text))
        stop = rng.randint(start, len(text))
        inside = _runs_inside(text, ([run[0] for run in runs], runs), start, stop)
        if inside is not None:
            assert inside == tuple((m.start(), m.end(), m.group()) for m in _CAP_RUN.finditer(text, start, stop))


def test_name_skeleton_agrees_with_its_first_spelling():
    import re
    import unicodedata

    from claimbrief.extract.actors import _TRANSLIT, name_skeleton

    def first_spelling(name):
        key = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))
        key = re.sub(r"[^a-z]", "", key)
        for old, new in _TRANSLIT:
            key = key.replace(old, new)
        return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", key))

    letters = list("abcdefghijklmnopqrstuvwxyzKHGZDJTCSWQXY ’'-") + ["é", "ü", "ł", "ſ", "K", "İ", "ß", "\u0301"]
    for name in _random_texts(letters, 20000, 5) + ["Hryhorenko", "Grigorenko", "Muhammed", "Mohammad"]:
        assert name_skeleton.__wrapped__(name) == first_spelling(name), name


def test_a_name_added_as_an_alias_later_is_found_by_it():
    from claimbrief.extract.actors import Actor, resolve_person

    people = [Actor(name="Ana Diaz", kind="person")]
    assert resolve_person(people, "Spokeswoman Lopez") is None
    people[0].aliases.add("Lopez")  # the index of the people is made again when an alias is added
    assert resolve_person(people, "Spokeswoman Lopez") is people[0]
    people.append(Actor(name="Kofi Mensah", kind="person"))  # and when a person is
    assert resolve_person(people, "Mensah") is people[1]


def test_honorifics_of_regional_copy_go_to_the_role():
    from claimbrief.extract.actors import _role_and_name

    assert _role_and_name("Datuk Seri Ahmad Zaki") == ("Datuk Seri", "Ahmad Zaki")
    assert _role_and_name("Alhaji Musa Bello")[1] == "Musa Bello"
    assert _role_and_name("Oba Adewale Ojo")[1] == "Adewale Ojo"


def test_an_engineers_title_does_not_end_the_sentence():
    from claimbrief.extract.sentences import split_sentences

    rows = split_sentences("Head line\n\nSpeaking at the depot, Engr. Musa Ode said the line would reopen.\n")
    assert rows[-1]["text"].startswith("Speaking at the depot, Engr. Musa Ode said")


def test_a_name_followed_by_its_initials_is_an_organisation():
    text = ("Vote watch\n\nCoastal Rights Forum (CRF) said it had logged 90 complaints on Monday. "
            "CRF said most concerned vote buying. The forum said it would publish a report.")
    tables = extract(make_article(text, title="Vote watch", published=dt.date(2024, 5, 8)))
    body = tables.claims[tables.claims["kind"] != "headline"]
    assert set(body["claimant"]) == {"Coastal Rights Forum"}
    forum = tables.actors[tables.actors["name"] == "Coastal Rights Forum"].iloc[0]
    assert forum["kind"] == "organisation" and "CRF" in forum["aliases"]
    assert "CRF" not in set(tables.actors["name"])


def test_an_agency_is_no_news_outlet_unless_it_says_news():
    text = ("Storm\n\nThe Federal Storm Agency said 20 people died. Two towns flooded, the Orbis News Agency reported.")
    tables = extract(make_article(text, title="Storm", published=dt.date(2024, 5, 8)))
    roles = {name: role if isinstance(role, str) else None for name, role in zip(tables.actors["name"], tables.actors["role"])}
    assert roles["Federal Storm Agency"] != "news organisation"
    assert roles["Orbis News Agency"] in ("news organisation", "conduit")


def test_names_beyond_latin1_stay_whole():
    text = ("Bridge shut\n\nTomasz Wójcik, the mayor of Łódź, said the bridge was closed. "
            "Wójcik said repairs would take a month. Nguyễn Thị Hằng said the dyke held.")
    tables = extract(make_article(text, title="Bridge shut", published=dt.date(2024, 5, 8)))
    body = tables.claims[tables.claims["kind"] != "headline"]
    assert list(body["claimant"]) == ["Tomasz Wójcik", "Tomasz Wójcik", "Nguyễn Thị Hằng"]


def test_a_body_named_by_initials_before_an_appositive_is_itself():
    text = ("Vote watch\n\nThe Harbour Unity Front (HUF) won 40 seats on Sunday. "
            "Coastal Rights Forum (CRF), a volunteer observer group, said it had logged 90 complaints. "
            "The group said ballot boxes had been opened early in two towns.")
    tables = extract(make_article(text, title="Vote watch", published=dt.date(2024, 5, 8)))
    body = tables.claims[tables.claims["kind"] != "headline"]
    assert list(body["claimant"])[1:] == ["Coastal Rights Forum", "Coastal Rights Forum"]


def test_a_bracketed_second_title_stays_in_its_sentence():
    text = ("Crash\n\nThe State Commissioner for Health, Dr. (Mrs.) Ada Obi, said nine patients remained in intensive care.")
    tables = extract(make_article(text, title="Crash", published=dt.date(2024, 5, 8)))
    body = tables.claims[tables.claims["kind"] != "headline"]
    assert len(body) == 1 and body.iloc[0]["claimant"] == "Ada Obi"


def test_the_name_start_look_ahead_holds_every_letter_a_name_part_begins_with():
    # _CAP_RUN tests _NAME_START before anything else: it must hold every character a match
    # of _NAME_PART can begin with (read from the parsed pattern), so it rules out nothing
    import re

    try:
        from re import _constants as c, _parser as parser  # Python 3.11+
    except ImportError:  # pragma: no cover
        import sre_constants as c
        import sre_parse as parser

    from claimbrief.extract import actors

    def firsts(items) -> set[int]:
        op, av = list(items)[0]
        if op is c.LITERAL:
            return {av}
        if op is c.IN:
            out = set()
            for kind, value in av:
                assert kind in (c.LITERAL, c.RANGE), kind  # (no negated set, no category)
                out |= {value} if kind is c.LITERAL else set(range(value[0], value[1] + 1))
            return out
        if op is c.SUBPATTERN:
            return firsts(av[3])
        if op is c.BRANCH:
            return set().union(*(firsts(branch) for branch in av[1]))
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            assert av[0] >= 1  # (an optional first item would let the next one begin)
            return firsts(av[2])
        raise AssertionError(op)

    allowed = re.compile(f"[{actors._NAME_START}]")
    for code in firsts(parser.parse(actors._NAME_PART)):
        assert allowed.match(chr(code)), chr(code)
    texts = ["Jane Roe met de Souza and al-Sharif, van Gaal, Łukasz and U.S. Sen. Ivan Roe (SITE) at St. Mary's.",
             "the Ministry of Foreign Affairs' ter Horst; dos Santos, di Maria, le Pen, la Fontaine, du Bois, bin Laden"]
    pattern = re.compile(actors._CAP_RUN.pattern[len(f"(?=[{actors._NAME_START}])"):])
    for text in texts:
        assert [m.span() for m in actors._CAP_RUN.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_a_given_name_with_or_without_its_hyphen_is_one_person():
    text = ("Leader visits troops\n\nMarshal Kim Jong Un praised the soldiers on Monday. Kim Jong-un said the work was heroic. "
            "Lawmaker Lee Seong-kweun said 100 had died. Lee Seong Kweun added that more were wounded.")
    actors = extract(make_article(text, title="Leader visits troops", published=dt.date(2024, 12, 3))).actors
    people = actors[actors["kind"] == "person"]
    assert sorted(people["name"]) == ["Kim Jong Un", "Lee Seong-kweun"]
    kim = people[people["name"] == "Kim Jong Un"].iloc[0]
    assert "Kim Jong-un" in kim["aliases"]
    # two names that only share a hyphenated word stay two people
    text = "Talks resume\n\nPark Ji-won said talks would resume. Park Ji-sung said he disagreed."
    actors = extract(make_article(text, title="Talks resume", published=dt.date(2024, 12, 3))).actors
    assert len(actors[actors["kind"] == "person"]) == 2


def test_a_place_after_its_country_s_possessive_is_no_person():
    # "Belgorod" named again later made "Russia's Belgorod" a person's full name
    text = ("Soldiers killed\n\nThe agency said 100 soldiers had been killed in Russia's Belgorod region. "
            "About 11,000 soldiers are in Belgorod, officials said.")
    actors = extract(make_article(text, title="Soldiers killed", published=dt.date(2024, 12, 19))).actors
    assert not len(actors[actors["kind"] == "person"])


def test_and_inside_a_research_centre_s_name():
    text = ("Analysis\n\n\"They are cannon fodder,\" said Victor Cha, a Korea expert at the Center for Strategic and "
            "International Studies in Washington.")
    actors = extract(make_article(text, title="Analysis", published=dt.date(2024, 12, 24))).actors
    assert "Center for Strategic and International Studies" in set(actors["name"])


def test_a_wire_dateline_without_brackets_and_abbreviated_korea():
    text = ("Kovalenko says N. Korean troops suffered losses\n\nKYIV, Dec. 16 Meridian - Ukrainian President Andriy "
            "Kovalenko told Meridian News on Monday that North Korean soldiers had suffered losses.")
    actors = extract(make_article(text, title="Kovalenko says N. Korean troops suffered losses", published=dt.date(2024, 12, 16))).actors
    people = actors[actors["kind"] == "person"].set_index("name")
    assert list(people.index) == ["Andriy Kovalenko"]  # "N. Korean" is no person
    assert people.loc["Andriy Kovalenko", "role"] == "Ukrainian President"  # the dash ends the dateline
    north = actors[actors["name"] == "Government of North Korea"].iloc[0]
    assert "N. Korean" in north["aliases"]


def test_a_body_whose_name_joins_two_fields_with_and_is_one_organisation():
    text = ("Roads cut\n\nRoads into the province remain blocked, the Department of Public Works and Highways said. "
            "The Ministry of Agriculture and Rural Development said 40,000 hectares were flooded. "
            "The Ministry of Defence and Foreign Minister Jana Roe said the talks had failed.")
    tables = extract(make_article(text, title="Roads cut", published=dt.date(2024, 5, 8)))
    claimants = list(tables.claims["claimant"])[1:]
    assert claimants[:2] == ["Department of Public Works and Highways", "Ministry of Agriculture and Rural Development"]
    names = set(tables.actors["name"])
    assert "Rural Development" not in names and "Highways" not in names
    assert "Jana Roe" in names  # a person after "and" stays a person


def test_a_state_s_possessive_owns_a_body_without_being_part_of_its_name():
    text = ("Troops sent\n\nNew Zealand's National Water Bureau (NWB) said about 11,000 homes had been flooded. "
            "According to data from Mexico's National Water Commission (Conagua), rainfall reached 500 mm.")
    tables = extract(make_article(text, title="Troops sent", published=dt.date(2024, 5, 8)))
    assert list(tables.claims["claimant"])[1:] == ["National Water Bureau", "National Water Commission"]
    nwb = tables.actors[tables.actors["name"] == "National Water Bureau"].iloc[0]
    assert "New Zealand's National Water Bureau" in nwb["aliases"] and "NWB" in nwb["aliases"]


def test_a_post_s_place_or_body_before_the_holder_is_no_part_of_the_name():
    text = ("Envoys speak\n\nFormer U.S. ambassador to New Zealand Harry Dean said the deployment was a turning point. "
            "Vice Chairman of the State Affairs Commission Tan Roe told the assembly the army was ready.")
    tables = extract(make_article(text, title="Envoys speak", published=dt.date(2024, 5, 8)))
    assert list(tables.claims["claimant"])[1:] == ["Harry Dean", "Tan Roe"]
    names = set(tables.actors["name"])
    assert "New Zealand Harry Dean" not in names and "Commission Tan Roe" not in names


def test_a_holder_named_between_commas_after_the_post_is_a_person_not_a_place():
    text = "Live coverage\n\nOur correspondent in Seoul, Jane Roe, will bring you the latest from the capital."
    tables = extract(make_article(text, title="Live coverage", published=dt.date(2024, 12, 19)))
    assert "Jane Roe" in set(tables.actors[tables.actors["kind"] == "person"]["name"])
    assert "Jane Roe" not in set(tables.places["mention"])


def test_a_body_named_by_the_first_words_of_its_name_is_one_source():
    text = ("Miner denies warnings\n\nLumeta Copper said on Monday that its engineers had inspected the wall. "
            "Lumeta said it had found no risk. The Meridian News agency reported it first; Meridian said the dam was old.")
    tables = extract(make_article(text, title="Miner denies warnings", published=dt.date(2025, 3, 7)))
    names = set(tables.actors["name"])
    assert "Lumeta Copper" in names and "Lumeta" not in names
    assert set(tables.claims["claimant"].dropna()) >= {"Lumeta Copper"}
    assert "Lumeta" in tables.actors.set_index("name").loc["Lumeta Copper", "aliases"]


def test_a_body_named_without_its_place_or_qualifier_is_one_source():
    claimants, names = _claimants_and_names(
        "Floods kill 14\n\nFloods killed 14 people, the Kenya Red Cross said on Sunday. "
        "The Red Cross said it had set up 12 camps. The Philippine Coast Guard said 40 were rescued. "
        "The Coast Guard said the search would go on.", "Floods kill 14")
    assert claimants[1:] == ["Kenya Red Cross", "Kenya Red Cross", "Philippine Coast Guard", "Philippine Coast Guard"]
    assert not {"Red Cross", "Coast Guard"} & names
    # two bodies the words could be: neither
    claimants, names = _claimants_and_names(
        "Floods kill 17\n\nThe Kenya Red Cross said 14 people died. The Uganda Red Cross said 3 died. "
        "The Red Cross said camps were open.", "Floods kill 17")
    assert claimants[-1] == "Red Cross"
    # the words of a body the longer name holds with another body's word after them name that body
    claimants, names = _claimants_and_names(
        "Aid late\n\nThe Ruritanian United Nations Association said aid was late. "
        "The United Nations said 40 trucks had crossed.", "Aid late")
    assert claimants[-1] == "United Nations"


def test_a_society_a_league_and_a_college_are_bodies_not_people():
    tables = extract(make_article("Boat capsizes\n\nThe Nigerian Red Cross Society said 40 passengers were rescued. "
                                  "The Red Cross said the search would go on. The Fishers' League said boats were old. "
                                  "Doctors at Lakeside Medical College said 12 were treated.",
                                  title="Boat capsizes", published=dt.date(2025, 3, 7)))
    kinds = dict(zip(tables.actors["name"], tables.actors["kind"]))
    assert kinds["Nigerian Red Cross Society"] == "organisation" and "Red Cross" not in kinds
    assert list(tables.claims["claimant"])[1:3] == ["Nigerian Red Cross Society", "Nigerian Red Cross Society"]
    assert kinds.get("Fishers' League") == "organisation" and kinds.get("Lakeside Medical College") == "organisation"


def test_a_body_inside_a_body_named_in_full_is_another_source():
    text = ("Aid arrives\n\nThe United Nations Children's Fund said 40 children were hurt.\n\n"
            "The United Nations said aid was on the way.\n\nThe World Bank Group said it would lend $40 million.\n\n"
            "The World Bank said the loan was approved.")
    tables = extract(make_article(text, title="Aid arrives", published=dt.date(2025, 3, 7)))
    assert list(tables.claims["claimant"])[1:] == ["United Nations Children's Fund", "United Nations", "World Bank Group",
                                                   "World Bank Group"]


def _claimants_and_names(text: str, title: str) -> tuple[list, set]:
    tables = extract(make_article(text, title=title, published=dt.date(2025, 3, 7)))
    body = tables.claims[tables.claims["kind"] != "furniture"]
    return list(body["claimant"]), set(tables.actors["name"])


def test_a_body_named_by_generic_words_is_the_one_body_named_in_full_with_them():
    # "Defence Intelligence" (an intelligence body) is the Intelligence Directorate; the
    # "Health Ministry" is the Ministry of Health
    text = ("Ruritania: raids continue\n\nThe Main Intelligence Directorate of the Ministry of Defence of Ruritania "
            "said 30 soldiers were killed on Monday. Defence Intelligence also said three soldiers were missing. "
            "The Ministry of Health said 12 civilians were treated. The Health Ministry added that two died.")
    claimants, names = _claimants_and_names(text, "Ruritania: raids continue")
    directorate = "Main Intelligence Directorate of the Ministry of Defence of Ruritania"
    assert claimants[1:] == [directorate, directorate, "Ministry of Health", "Ministry of Health"]
    assert "Defence Intelligence" not in names and "Health Ministry" not in names


def test_a_generic_name_of_another_kind_or_state_stays_its_own_source():
    # a ministry is no directorate; Freedonia's Health Ministry is not Ruritania's ministry
    text = ("Talks stall\n\nThe Main Intelligence Directorate of the Ministry of Defence of Ruritania said 30 soldiers "
            "were killed. The Defence Ministry said two bases were hit. The Ministry of Health of Ruritania said 12 "
            "civilians were treated. Freedonia's Health Ministry said its hospitals were full.")
    claimants, names = _claimants_and_names(text, "Talks stall")
    assert "Defence Ministry" in claimants[2] and "Health Ministry" in claimants[4]


def test_a_court_of_one_tier_is_not_the_court_of_another():
    # (a court of first instance is no appeal court of the same field)
    text = ("Court orders rehiring\n\nThe Labour Court ruled on Tuesday that the drillers had been let go without cause. "
            "Alpha Mines has 30 days to petition the Labour Appeal Court.")
    claimants, names = _claimants_and_names(text, "Court orders rehiring")
    assert claimants[1] == "Labour Court" and "Labour Court" in names and "Labour Appeal Court" in names


def test_a_seat_of_a_body_is_the_body_the_article_names():
    # "the Pentagon" and "the U.S. Defense Department" are one source; alone it keeps its name
    text = ("Troops arrive\n\nThe Pentagon said last week that the troops had entered combat. "
            "The U.S. Defense Department estimates that about 11,000 troops are in the region.")
    claimants, names = _claimants_and_names(text, "Troops arrive")
    assert claimants[1] == claimants[2] == "U.S. Defense Department" and "Pentagon" not in names
    alone, _ = _claimants_and_names("Troops arrive\n\nThe Pentagon said last week that the troops had entered combat.",
                                    "Troops arrive")
    assert alone[1] in ("Pentagon", "The Pentagon")


def test_a_body_whose_name_joins_two_fields_with_and_is_one_when_its_initials_are_written():
    text = ("Regulator wins case\n\nThe Harbour Securities and Investments Commission said the sentence was fair. "
            "HSIC said it was still trying to recover $12 million. The Health Ministry and Finance Ministry "
            "said nothing.")
    names = set(extract(make_article(text, title="Regulator wins case", published=dt.date(2025, 9, 12))).actors["name"])
    assert "Harbour Securities and Investments Commission" in names and "HSIC" not in names
    assert "Investments Commission" not in names


def test_the_judge_is_the_justice_named_before():
    text = ("Executive jailed\n\nJustice Helen Marsh said the accused had shown sustained dishonesty. "
            "He will be eligible for parole after three years, the judge said.")
    claims = extract(make_article(text, title="Executive jailed", published=dt.date(2025, 9, 12))).claims
    assert list(claims["claimant"])[1:] == ["Helen Marsh", "Helen Marsh"]


def test_a_name_followed_by_an_acronym_in_brackets_is_a_body_even_when_it_spells_another_language():
    text = ("Cases climb\n\nDoctors Without Borders (MSF) warned that overcrowding could fuel spread. "
            "Photographer Jane Roe (AFP) took the picture.")
    actors = extract(make_article(text, title="Cases climb", published=dt.date(2024, 9, 5))).actors.set_index("name")
    assert actors.loc["Doctors Without Borders", "kind"] == "organisation"
    assert "MSF" in actors.loc["Doctors Without Borders", "aliases"]


def test_a_region_opening_with_a_compass_word_is_nobodys_name():
    text = ("Cases climb\n\nMore than 1,200 cases were recorded, the provincial health division of North Kivu said. "
            "At least 17 people have died, according to the division's latest bulletin.")
    tables = extract(make_article(text, title="Cases climb", published=dt.date(2024, 9, 5)))
    assert "person" not in set(tables.actors["kind"])
    assert list(tables.claims["claimant"])[1:] == ["provincial health division of North Kivu"] * 2


def test_a_sea_and_a_time_zone_are_no_actors():
    text = ("Carrier beats forecasts\n\nThe Harbour Line carrier reported a better quarter on Wednesday, citing "
            "resilient freight rates as vessels continued to avoid the Red Sea. Shares rose 6.2% by 0915 GMT.")
    tables = extract(make_article(text, title="Carrier beats forecasts", published=dt.date(2024, 11, 6)))
    assert not {"Red Sea", "GMT"} & set(tables.actors["name"])
    assert "Red Sea" not in set(tables.claims["claimant"].dropna())


def test_a_disaster_agency_under_four_names_is_one_source():
    # described first, then named with "and" after a one-word field, then "known as" an
    # acronym of its name in another language
    text = ("Quake kills 14\n\nA strong earthquake struck eastern Turkey early Tuesday, killing at least 14 people, "
            "the country's disaster agency said. The quake hit at 4:17 a.m., according to the Disaster and Emergency "
            "Management Authority, known as AFAD. AFAD said 40 aftershocks followed.")
    tables = extract(make_article(text, title="Quake kills 14", published=dt.date(2025, 10, 14)))
    assert set(tables.claims["claimant"][1:]) == {"Disaster and Emergency Management Authority"}
    assert "AFAD" in tables.actors.set_index("name").loc["Disaster and Emergency Management Authority", "aliases"]


def test_a_title_case_headline_makes_no_person_of_a_name_and_the_words_after_it():
    text = ("Respected Comrade Ivan Petrenko Inspects Munitions Enterprises\n\nIvan Petrenko said that the "
            "enterprises had overfulfilled their plan.")
    tables = extract(make_article(text, title="Respected Comrade Ivan Petrenko Inspects Munitions Enterprises",
                                  published=dt.date(2024, 12, 17)))
    people = set(tables.actors[tables.actors["kind"] == "person"]["name"])
    assert people == {"Ivan Petrenko"} and tables.claims.iloc[1]["claimant"] == "Ivan Petrenko"


def test_a_titled_name_in_the_possessive_is_the_name_without_it():
    text = "A headline\n\nJustice Minister Carla Venn's spokesman said the government respected the decision."
    tables = extract(make_article(text, title="A headline", published=dt.date(2025, 3, 1)))
    assert set(tables.actors[tables.actors["kind"] == "person"]["name"]) == {"Carla Venn"}


def test_a_name_capitalised_inside_is_one_word_a_firm_unless_a_surname_prefix_opens_it():
    text = ("Funds sell\n\nBlackRock said it had cut its stake on Monday. The shares fell 4 percent, MarketLens said. "
            "McAllister told reporters the sale was routine.")
    tables = extract(make_article(text, title="Funds sell", published=dt.date(2024, 5, 8)))
    assert list(tables.claims["claimant"])[1:] == ["BlackRock", "MarketLens", "McAllister"]
    kinds = dict(zip(tables.actors["name"], tables.actors["kind"]))
    assert kinds.get("McAllister") == "person" and kinds.get("BlackRock") != "person"


def test_a_source_described_but_not_named_is_listed_as_unnamed_under_its_description():
    text = ("Outbreak slows\n\nA WHO official, who asked not to be named, said the outbreak was slowing. "
            "Officials said 40 people had died. Later, a WHO official said 12 more cases had been found.")
    tables = extract(make_article(text, title="Outbreak slows", published=dt.date(2024, 5, 8)))
    assert list(tables.claims["claimant"])[1:] == ["unnamed WHO official", "unnamed officials", "unnamed WHO official"]
    official = tables.actors[tables.actors["name"] == "unnamed WHO official"].iloc[0]
    assert {"A WHO official", "WHO official"} <= set(official["aliases"].split("; "))


def test_a_body_whose_name_lists_its_fields_with_commas_is_named_whole_by_its_acronym():
    text = ("Boats lost\n\nThe Coastal, Marine and Inland Waters Authority (CMIWA) said 12 boats sank. "
            "CMIWA said two crews were missing.")
    claimants, names = _claimants_and_names(text, "Boats lost")
    assert claimants[1:] == ["Coastal, Marine and Inland Waters Authority"] * 2


def test_a_body_whose_name_lists_its_fields_before_an_acronym_in_another_language():
    text = ("Rain warning\n\nThe Meteorology, Climatology and Geophysics Agency (BMKG) has warned of heavy "
            "rain. BMKG said the risk of landslides remains high.")
    tables = extract(make_article(text, title="Rain warning", published=dt.date(2026, 1, 20)))
    body = "Meteorology, Climatology and Geophysics Agency"
    assert list(tables.claims["claimant"])[1:] == [body, body]
    assert "BMKG" in tables.actors[tables.actors["name"] == body].iloc[0]["aliases"]


def test_a_post_written_with_its_district_then_its_holder():
    # "Deputy Commissioner Diamer, Tariq Mehmood Awan,": Diamer is the district, not a person
    text = ("Coach plunges into gorge\n\nDeputy Commissioner Diamer, Tariq Mehmood Awan, told reporters that "
            "19 bodies were recovered. \"The slope is almost vertical,\" the deputy commissioner said.")
    tables = extract(make_article(text, title="Coach plunges into gorge", published=dt.date(2025, 8, 19)))
    assert list(tables.claims["claimant"])[1:] == ["Tariq Mehmood Awan"] * 2
    assert "Diamer" not in set(tables.actors["name"])
    awan = tables.actors[tables.actors["name"] == "Tariq Mehmood Awan"].iloc[0]
    assert awan["role"] == "Deputy Commissioner of Diamer"


def test_a_title_before_an_island_is_a_place_not_a_person():
    text = "Prices\n\nIn Prince Edward Island, prices were up 3.0 per cent, the agency said."
    tables = extract(make_article(text, title="Prices", published=dt.date(2024, 5, 8)))
    assert "Edward Island" not in set(tables.actors["name"])
    assert list(tables.places["mention"]) == ["Prince Edward Island"]


def test_a_short_name_used_before_a_states_longer_one_is_its_own_body():
    text = ("Japan counts losses\n\nTOKYO - The Defense Ministry estimates that 11,000 troops are in Russia, officials said. "
            "Kremlin spokesman Dmitry Peskov referred questions to the Russian Defense Ministry, which said nothing.")
    tables = extract(make_article(text, title="Japan counts losses", published=dt.date(2024, 12, 27)))
    assert tables.claims.iloc[1]["claimant"] != "Russian Defense Ministry"
    text = ("Drones downed\n\nThe Russian Defence Ministry said 40 drones were downed. The Defence Ministry added that two hit a depot.")
    tables = extract(make_article(text, title="Drones downed", published=dt.date(2024, 12, 27)))
    assert list(tables.claims["claimant"])[1:] == ["Russian Defence Ministry"] * 2


def test_a_body_s_initials_and_the_land_it_serves_are_one_organisation():
    from claimbrief.extract.actors import is_organisation

    assert is_organisation("NHS England") and is_organisation("NHS Scotland")
    assert not is_organisation("NHS Jane") and not is_organisation("Jane England")
    text = ("Waits fall\n\nNHS England data published on Thursday shows the waiting list stood at 7.39 million.")
    tables = extract(make_article(text, title="Waits fall", published=dt.date(2025, 11, 13)))
    assert list(tables.claims["claimant"].dropna())[1:] == ["NHS England"]


def test_a_body_for_one_field_and_a_second_is_one_name():
    text = ("Lassa toll rises\n\nThe Nigeria Centre for Disease Control and Prevention (NCDC) has said that 79 people "
            "have died. The Institute for Security Studies and Jane Roe said so.")
    tables = extract(make_article(text, title="Lassa toll rises", published=dt.date(2026, 2, 20)))
    claimants = list(tables.claims["claimant"].dropna())[1:]
    assert claimants[0] == "Nigeria Centre for Disease Control and Prevention"
    assert "Institute for Security Studies and Jane Roe" not in claimants
    # more fields after "for" where the name's initials, in its own language, follow it; "the agency" is that body
    text = ("Alert raised\n\nThe Centre for Seismology and Coastal Hazard Mitigation (PSBP) raised the alert. "
            "Residents must leave the zone, the agency said.")
    tables = extract(make_article(text, title="Alert raised", published=dt.date(2026, 2, 20)))
    assert list(tables.claims["claimant"].dropna())[1:] == ["Centre for Seismology and Coastal Hazard Mitigation"] * 2


def test_the_short_names_a_release_defines_for_its_issuer_are_the_issuer():
    # 'X Limited (ASX: TRN) ("Tarnow" or "the Company")': the listing code and the defined
    # short names are aliases of the one issuer, and "The Company expects" is its claim
    text = ("Quarterly Activities Report – March 2026 Quarter\n\n"
            'Tarnow Copper Limited (ASX: TRN) ("Tarnow" or "the Company") reports output of 4,100 tonnes.\n\n'
            "The Company expects higher grades in the June quarter.\n\n"
            "TRN shares rose 3% after the report.")
    tables = extract(make_article(text, title="Quarterly Activities Report – March 2026 Quarter", published=dt.date(2026, 4, 20)))
    actors = tables.actors.set_index("name")
    assert "Company" not in actors.index and "TRN" not in actors.index and "Quarterly Activities" not in actors.index
    assert {"Tarnow", "Company", "TRN"} <= set(actors.loc["Tarnow Copper Limited", "aliases"].split("; "))
    assert list(tables.claims["claimant"])[1:3] == ["Tarnow Copper Limited"] * 2


def test_a_release_names_its_listed_issuer_and_its_officers_with_their_posts_in_capitals():
    # "Tarnow (Euronext Paris: TRN)": the one-word name before the listing is the issuer, the
    # code an alias; "Jane Roe, Chairwoman and Chief Executive Officer of Tarnow, said" is Jane
    # Roe's; "About Tarnow", the boilerplate heading, is nobody
    title = "Tarnow: third-quarter 2025 revenue"
    text = (f"{title}\n\nPortville, 16 October 2025 – Tarnow (Euronext Paris: TRN), the luxury goods group, today "
            "reported revenue of €4,118 million for the third quarter.\n\n"
            'Jane Roe, Chairwoman and Chief Executive Officer of Tarnow, said: "We are back to growth."\n\n'
            "Tom Roe, Chief Financial Officer, said costs rose.\n\n"
            "About Tarnow\n\nTarnow designs and sells leather goods.")
    tables = extract(make_article(text, title=title, published=dt.date(2025, 10, 16)))
    actors = tables.actors.set_index("name")
    assert {"Tarnow", "Jane Roe", "Tom Roe"} <= set(actors.index)
    assert "TRN" in actors.loc["Tarnow", "aliases"].split("; ")
    assert not {"TRN", "About Tarnow", "Financial Officer", "Chief Financial Officer"} & set(actors.index)
    assert list(tables.claims["claimant"])[2:4] == ["Jane Roe", "Tom Roe"]


def test_a_bank_defined_by_a_quoted_term_after_its_name_is_one_source():
    text = ('Portville results\n\nPortville Savings Bank (the "Bank") said profit rose 8%.\n\n'
            "The Bank said deposits grew by 2 billion euros.")
    claimants, names = _claimants_and_names(text, "Portville results")
    assert claimants[1:] == ["Portville Savings Bank", "Portville Savings Bank"]
    assert "Bank" not in names


def test_the_initials_of_a_term_in_lower_case_are_no_body():
    # "all-in sustaining cost (AISC)" is a measure's initials; "military intelligence agency
    # (HUR)" a body's, whose kind is the last word before the bracket
    text = ("Output rises\n\nThe mine's all-in sustaining cost (AISC) fell to $1,600 an ounce. "
            "AISC rose in the prior quarter.\n\nRuritania's military intelligence agency (HUR) said 40 soldiers died. "
            "HUR said more would follow.")
    _claimants, names = _claimants_and_names(text, "Output rises")
    assert "AISC" not in names and "HUR" in names
    # the initials after a figure only mark it ("up 4% (CER)"): the term is read where defined
    text = ("Sales rise\n\n- Sales of CHF 2.1 billion, up 4% at constant exchange rates (CER)\n"
            "- Alpha unit sales rise 6% (CER)\n\nBeta Holdings said sales rose 5% (CER) in Asia.")
    claimants, names = _claimants_and_names(text, "Sales rise")
    assert "CER" not in names and "CER" not in claimants and "Beta Holdings" in claimants


def test_a_one_word_field_before_and_opens_a_body_s_name_and_a_city_s_possessive_owns_its_body():
    text = ("Quake shakes Tarnow\n\nThe quake injured 38 people, the Disaster and Emergency Management Presidency (AFAD) said. "
            "AFAD said 12 buildings had collapsed.\n\nLagos's Meridian Observatory put its magnitude at 5.6.")
    claimants, names = _claimants_and_names(text, "Quake shakes Tarnow")
    assert claimants[1:] == ["Disaster and Emergency Management Presidency"] * 2 + ["Meridian Observatory"]
    assert "Emergency Management Presidency" not in names and "Lagos's Meridian Observatory" not in names


def test_an_initial_with_no_period_is_part_of_a_name():
    # South Asian copy writes initials bare: "Revenue Minister K Sasidharan", "M K Roe"
    text = ("Landslide toll rises\n\nRevenue Minister K Tharakan, who visited the camp on Sunday, said 1,286 people "
            "had been moved. Chief Minister M K Roe said the state would pay.")
    claimants, names = _claimants_and_names(text, "Landslide toll rises")
    assert claimants[1:3] == ["K Tharakan", "M K Roe"]
    # a town listed before "and" does not open a body's name: "Ennis, Nenagh and St John's Hospital"
    _c, names = _claimants_and_names("Hospitals full\n\nThe HSE urged people to use the units at Ennis, Nenagh "
                                     "and St John's Hospital in Limerick.", "Hospitals full")
    assert not any(n.startswith("Nenagh") for n in names)


def test_a_body_named_in_spanish_or_portuguese_opens_with_its_kind():
    text = ("Port works resume\n\nCargo rose 7.3% in the first quarter, the Instituto Portuario de Obras y Servicios "
            "said in its report. The Secretaría de Vivienda said on Monday that 71 homes had been rebuilt. "
            "Brazil's Ministério da Pesca said exports rose 12%.")
    tables = extract(make_article(text, title="Port works resume", published=dt.date(2026, 4, 14)))
    claimants = list(tables.claims[tables.claims["kind"] == "claim"]["claimant"])
    assert claimants == ["Instituto Portuario de Obras y Servicios", "Secretaría de Vivienda", "Ministério da Pesca"]
    organisations = set(tables.actors[tables.actors["kind"] == "organisation"]["name"])
    assert {"Secretaría de Vivienda", "Ministério da Pesca", "Instituto Portuario de Obras y Servicios"} <= organisations
    assert "Instituto Portuario de Obras" not in organisations  # (its second field is part of its name)


def test_a_surname_whose_particle_opens_a_sentence_is_the_person_named_in_full():
    text = "Defence Minister Joris van Tarnow condemned the deployment on Monday. Van Tarnow said Eastbrook would keep up its support."
    tables = extract(make_article(text, title="Minister speaks", published=dt.date(2024, 5, 8)))
    people = tables.actors[tables.actors["kind"] == "person"]["name"].tolist()
    assert people == ["Joris van Tarnow"]
    assert tables.claims["claimant"].tolist()[-1] == "Joris van Tarnow"


def test_an_adverb_opening_the_sentence_is_no_part_of_a_name_or_an_alias():
    text = ("Defence Minister Jane Roe spoke first. Later Jane Roe said Eastbrook would keep up its support. "
            "Separately Jan Tarnow said the talks would resume.")
    tables = extract(make_article(text, title="Ministers speak", published=dt.date(2024, 5, 8)))
    people = tables.actors[tables.actors["kind"] == "person"]
    assert people["name"].tolist() == ["Jane Roe", "Jan Tarnow"]
    assert not any(str(a).startswith(("Later", "Separately")) for a in people["aliases"].fillna("").str.split("; ").sum())


def test_a_regions_type_word_in_capitals_is_no_organisation_and_its_region_a_place():
    text = ("Polls in Nigeria\n\nVoters in Tarnow State, Nigeria, went to the polls on Saturday. Turnout was lowest "
            "in Eastbrook LGA, the commission said, and the ruling party won 15 of the 16 LGAs.")
    tables = extract(make_article(text, published=dt.date(2026, 10, 19)))
    assert not {"LGA", "LGAs"} & set(tables.actors["name"])
    assert ("Eastbrook LGA", "NG") in set(zip(tables.places["mention"], tables.places["country"]))
    assert "Eastbrook LGA" in set(tables.places["canonical"])


def test_a_prosecution_service_named_as_a_procuracy_is_an_organisation():
    text = ("Court jails bankers\n\nA third of the money was traced, according to the People's Procuracy of Tarnow. "
            "The Supreme People's Procuratorate said 40 officials were charged.")
    tables = extract(make_article(text, published=dt.date(2025, 4, 17)))
    assert list(tables.claims["claimant"])[1:] == ["People's Procuracy of Tarnow", "Supreme People's Procuratorate"]


def test_a_short_form_of_clipped_words_and_initials_in_brackets_is_one_of_the_bodys_names():
    text = ("Economy grows\n\nOutput expanded 1.1% in the first quarter, Statistics South Africa (Stats SA) reported on Thursday.\n\n"
            "Farm output fell 2.3%, Stats SA said.")
    tables = extract(make_article(text, title="Economy grows", published=dt.date(2026, 6, 18)))
    assert list(tables.claims["claimant"])[1:] == ["Statistics South Africa"] * 2
    actors = tables.actors.set_index("name")
    assert "Stats SA" in actors.loc["Statistics South Africa", "aliases"] and "Stats SA" not in actors.index
    # (a bracket whose words are no short form of the name is no name of it)
    text = ("Economy grows\n\nOutput expanded 1.1%, Statistics South Africa (Pretoria Office) reported.\n\n"
            "Farm output fell 2.3%, Pretoria Office said.")
    actors = extract(make_article(text, title="Economy grows", published=dt.date(2026, 6, 18))).actors.set_index("name")
    assert "Pretoria Office" not in str(actors.loc["Statistics South Africa", "aliases"])


def test_a_bodys_short_name_in_brackets_that_is_no_initials_is_one_of_its_names():
    # a long run of capitals and one capitalised word, as bodies known by a contraction of
    # their name in another language are written; the short name alone speaks for the body
    text = ("Count ends\n\nThe Tarnow Provincial Independent Polling Commission (TAPIPOC) declared the results. "
            "TAPIPOC said the chairmen would be sworn in on Thursday.\n\n"
            "The Freedonian Polling Service (Fripol) counted the ballots. The Fripol said that every "
            "station had opened on time. Fripol later said no complaint had been filed.\n\n"
            "The Office of the Ombudsman opened an inquiry. The Ombudsman said in a statement that it would report in May.")
    tables = extract(make_article(text, title="Count ends", published=dt.date(2026, 5, 8)))
    claimants = list(tables.claims["claimant"])[1:]
    assert claimants == ["Tarnow Provincial Independent Polling Commission"] * 2 + ["Freedonian Polling Service"] * 3 \
        + [claimants[5], "Office of the Ombudsman"]
    actors = tables.actors.set_index("name")
    assert "TAPIPOC" in actors.loc["Tarnow Provincial Independent Polling Commission", "aliases"]
    assert "Fripol" in actors.loc["Freedonian Polling Service", "aliases"]
    assert "TAPIPOC" not in actors.index and "Fripol" not in actors.index
    # (a place with its part in brackets is no body and gives none a short name)
    text = "Deaths rise\n\nSonitpur and Kamrup (Metro) each reported one death on Monday, officials said."
    actors = extract(make_article(text, title="Deaths rise", published=dt.date(2026, 5, 8))).actors
    assert "organisation" not in set(actors["kind"])


def test_a_firm_named_with_its_legal_form_after_a_comma_is_the_firm():
    text = ("Profit falls at Cementos Norte\n\nAlpha Cementos del Norte, S.A.B. de C.V. (BMV: ACNOR) said quarterly "
            "sales slipped 2%.\n\nThe company expected demand to recover in 2027, its finance director said.\n\n"
            "Beta Foods, Inc. said sales rose 3%.")
    tables = extract(make_article(text, title="Profit falls at Cementos Norte", published=dt.date(2025, 10, 23)))
    body = tables.claims[tables.claims["kind"] != "headline"]
    assert list(body["claimant"]) == ["Alpha Cementos del Norte"] * 2 + ["Beta Foods"]
    names = set(tables.actors["name"])
    assert {"Alpha Cementos del Norte", "Beta Foods"} <= names
    assert not names & {"C.V.", "S.A.B. de C.V.", "Inc."}  # (no legal form is a source of its own)
    firm = tables.actors[tables.actors["name"] == "Alpha Cementos del Norte"].iloc[0]
    assert "Alpha Cementos del Norte, S.A.B. de C.V." in firm["aliases"] and "ACNOR" in firm["aliases"]
    # (the headline's last words above it are no part of its name)
    assert not any("\n" in str(a) for a in tables.actors["aliases"]) and not any("\n" in n for n in names)


def test_a_firm_whose_name_ends_in_a_dotted_suffix_or_joins_words_with_an_ampersand_is_a_firm():
    text = ("Orders rise\n\nTarnow Steel & Wire Co. said on Wednesday its orders rose. "
            "The company expects more next year. Alpha Engineering Co. said it would hire 200 workers.")
    tables = extract(make_article(text, title="Orders rise", published=dt.date(2025, 10, 29)))
    kinds = dict(zip(tables.actors["name"], tables.actors["kind"]))
    assert kinds.get("Tarnow Steel & Wire Co.") == kinds.get("Alpha Engineering Co.") == "organisation"
    body = tables.claims[tables.claims["kind"] != "headline"]
    assert list(body["claimant"]) == ["Tarnow Steel & Wire Co."] * 2 + ["Alpha Engineering Co."]


def test_a_province_opening_a_firms_name_is_no_short_name_of_the_firm():
    text = ("Pits closed\n\nThe pit is run by Hebei Tarnow Mining Co. The company said it would help the inquiry.\n\n"
            "The Hebei provincial government told every pit in the county to stop work, and said "
            "checks would follow.")
    tables = extract(make_article(text, title="Pits closed", published=dt.date(2025, 3, 1)))
    assert tables.claims.iloc[-1]["claimant"] == "Hebei provincial government"
    # (China's provinces are regions by their names alone, as ISO writes them "Hebei Sheng")
    from claimbrief.extract.actors import is_region_name

    assert is_region_name("Hebei") and is_region_name("Ningxia") and is_region_name("Guangxi")


def _kinds_and_claimants(text: str) -> tuple[dict, list]:
    """The actors' kinds by name and the claimants in order, of an article whose title is its first line."""
    tables = extract(make_article(text, title=text.split("\n")[0], published=dt.date(2025, 8, 5)))
    return dict(zip(tables.actors["name"], tables.actors["kind"])), list(tables.claims["claimant"])


def test_a_body_named_in_capitals_is_an_organisation_and_its_description_refers_to_it():
    # "ROAD SAFE" as an agency writes its own name: a body, not a person; "the state road
    # agency" after it is the same body (its field, "road", is in the name)
    kinds, claimants = _kinds_and_claimants(
        "Crash toll rises\n\nROAD SAFE said 14 people were hurt. Two lanes stayed shut, according to the state "
        "road agency. ROAD SAFE's estimate for reopening is Friday.")
    assert kinds.get("ROAD SAFE") == "organisation"
    assert claimants[1:3] == ["ROAD SAFE", "ROAD SAFE"]
    assert "state road agency" not in kinds


def test_a_description_before_the_name_with_its_type_word_inside_is_that_body():
    # the name says "bureau" inside it, not at its end, and is given after the description
    kinds, claimants = _kinds_and_claimants(
        "Floods recede\n\nFour people died, the national flood office said. The National Bureau for Flood and "
        "Drought Response said 12 people were hurt.")
    assert claimants[1:] == ["National Bureau for Flood and Drought Response"] * 2
    assert "national flood office" not in kinds


def test_a_described_body_of_another_level_or_kind_stays_its_own_source():
    # the state health department is not the National Health Mission named before it
    kinds, claimants = _kinds_and_claimants(
        "Fever cases rise\n\nThe National Health Mission said 40 people were treated. Two died, the state health "
        "department said.")
    assert claimants[1:] == ["National Health Mission", "state health department"]


def test_a_bodys_office_in_a_town_is_that_body():
    kinds, claimants = _kinds_and_claimants(
        "Heat to last\n\nThe Freedonian Weather Service said the heat would last. The Freedonian Weather Service "
        "office in Fresno said nights would stay warm. The Freedonian Weather Service in Denver said snow was likely.")
    assert claimants[1:] == ["Freedonian Weather Service"] * 3
    assert kinds == {"Freedonian Weather Service": "organisation"}


def test_a_local_post_before_a_name_is_the_role():
    tables = extract(make_article("Roads shut\n\nTulsa County Supervisor Jane Okafor said two roads were shut.",
                                  title="Roads shut", published=dt.date(2025, 8, 5)))
    person = tables.actors[tables.actors["kind"] == "person"].iloc[0]
    assert (person["name"], person["role"]) == ("Jane Okafor", "Tulsa County Supervisor")


def test_a_jury_a_firm_named_by_its_trade_and_a_plc_are_organisations():
    kinds, claimants = _kinds_and_claimants(
        "Vote goes to a second round\n\nThe Freedonian Jury of Elections (FJE) said the second round would be held "
        "on Sunday. Minera Alto Beta, which is 75% owned by Gamma Copper Plc, said crews had kept the plant running.")
    assert kinds.get("Freedonian Jury of Elections") == "organisation"
    assert kinds.get("Minera Alto Beta") == "organisation"
    assert kinds.get("Gamma Copper Plc") == "organisation"
    assert claimants[1:] == ["Freedonian Jury of Elections", "Minera Alto Beta"]


def test_an_engineers_title_a_comrades_and_a_gulf_firms_legal_form_are_no_part_of_a_name_or_its_end():
    kinds, claimants = _kinds_and_claimants(
        "Port results\n\nPortville, 3 May 2025 – Alpha Ports SAOG today announced its results. "
        'Commenting on the results, Chief Executive Officer Eng. Tom Jones said: "We grew." '
        "Health Minister Cde Jane Roe said 40 people had died.")
    assert kinds.get("Alpha Ports SAOG") == "organisation" and "SAOG" not in kinds
    assert kinds.get("Tom Jones") == "person" and kinds.get("Jane Roe") == "person"
    assert claimants[-2:] == ["Tom Jones", "Jane Roe"]


def test_a_newspapers_title_after_told_is_nobodys_name():
    kinds, claimants = _kinds_and_claimants(
        "Live: the war\n\nA spokesperson for the ministry told The Portville Ledger that talks went on.\n\n"
        "Tom Jones, a research fellow, told us the figure was plausible.\n\n"
        '"The first wave was wasted."\n\nHe cautioned that evidence was thin.')
    assert kinds.get("Portville Ledger") != "person"
    assert claimants[-2:] == ["Tom Jones"] * 2

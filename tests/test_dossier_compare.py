"""The dossier's comparison rules, each on a few invented statements."""

from __future__ import annotations

import datetime as dt

import pytest

from claimbrief.dossier import compare
from claimbrief.dossier.claims import credibility
from claimbrief.errors import DossierError
from claimbrief.register import parse_register
from dossier_helpers import article, figure

D = dt.date(2025, 3, 1)
LEDE = "At least 14 people were killed when a ferry capsized on Lake Orin, the Harbour Authority said."


def day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def claim_of(dossier, article_name: str, starts: str) -> int:
    st = dossier.statements
    row = st[(st["article"] == article_name) & st["text"].str.startswith(starts)]
    assert len(row) == 1, (article_name, starts)
    return int(row["claim"].iloc[0])


def test_one_claimant_carried_by_three_outlets_is_one_source():
    arts = [article(f"a{i}", [{"text": text, "claimant": "Harbour Authority"}], outlet=outlet, published=day(i))
            for i, (outlet, text) in enumerate([
                ("Wire", LEDE),
                ("Broadcaster", "Fourteen people died after a ferry capsized on Lake Orin, the Harbour Authority told "
                                "the Broadcaster."),
                ("Daily", "The Harbour Authority said at least 14 were killed when the ferry capsized on Lake Orin.")])]
    d = compare(arts)
    claims = {claim_of(d, a.name, a.tables.claims["text"].iloc[0][:20]) for a in arts}
    assert len(claims) == 1
    group = d.claims.set_index("claim").loc[claims.pop()]
    assert group["sources"] == 1 and group["outlets"] == 3
    assert bool(group["relayed"]) and not bool(group["corroborated"])
    assert group["credibility"] == 6  # one source: cannot be judged
    assert set(d.relays["outlet"]) == {"Wire", "Broadcaster", "Daily"} and set(d.relays["source"]) == {"Harbour Authority"}


def test_a_count_most_articles_repeat_still_ties_its_relays_together():
    """A figure's value in most of the articles is the fact they carry, never a word of the
    story that weighs nothing: three outlets relaying the authority's toll in other words
    stay one claim while the 14 is in five articles of eight."""
    relays = ["The Harbour Authority said 14 people were killed on the northern ferry crossing.",
              "Fourteen people were killed, the Harbour Authority told reporters on the quay at dusk.",
              "The Harbour Authority confirmed 14 people killed in overnight storms off the cape."]
    later = ["The 14 victims were buried in the port town on Sunday.",
             "Relatives of the 14 dead gathered at the town hall for a vigil.",
             "Divers recovered a fourteenth body on Tuesday, the police said.",
             "The owners said they would pay for the funerals of the 14.",
             "An inquiry into the sinking opens in March."]
    arts = [article(f"a{i}", [{"text": r, "claimant": "Harbour Authority"}], outlet=f"Outlet {i}", published=day(i),
                    figures=[figure(1, "Fourteen" if r.startswith("Fourteen") else "14", 14, "killed",
                                    "Harbour Authority")])
            for i, r in enumerate(relays)]
    arts += [article(f"b{i}", [{"text": t, "claimant": "article"}], outlet=f"Daily {i}", published=day(5 + i),
                     figures=[figure(1, "14", 14, "buried", "article")] if " 14" in t else None)
             for i, t in enumerate(later)]
    d = compare(arts)
    claims = {claim_of(d, a.name, r[:20]) for a, r in zip(arts, relays)}
    assert len(claims) == 1
    group = d.claims.set_index("claim").loc[claims.pop()]
    assert group["sources"] == 1 and group["outlets"] == 3 and bool(group["relayed"])


def test_outlets_own_voices_are_no_corroboration():
    arts = [article("a", [{"text": LEDE.replace(", the Harbour Authority said", ""), "claimant": "article"}],
                    outlet="Wire", published=day(0)),
            article("b", [{"text": LEDE.replace(", the Harbour Authority said", " on Tuesday"), "claimant": "article"}],
                    outlet="Daily", published=day(1))]
    d = compare(arts)
    group = d.claims.iloc[0]
    assert len(d.claims) == 1 and group["sources"] == 0 and not bool(group["corroborated"])
    assert group["credibility"] == 6
    assert set(d.sources["named"]) == {False}


def _corroborated(second_reliability: str):
    union = "The dockers' union said it had reported rust holes in the ferry's hull to the owners in January."
    inspector = "An independent inspector said she had seen rust holes along the ferry's hull during a January survey."
    other = [{"text": "The weather was calm on the lake that morning, residents said.", "claimant": "residents"},
             {"text": "Divers resumed the search for the missing at dawn, the police said.", "claimant": "police"},
             {"text": "The ferry operator has not commented on the sinking so far.", "claimant": "article"},
             {"text": "A memorial service will be held in the port town next week.", "claimant": "article"}]
    arts = [article("a", [{"text": union, "claimant": "Dockers' Union"}, *other[:2]], outlet="Daily", published=day(0)),
            article("b", [{"text": inspector, "claimant": "Mara Venn"}, *other[2:]], outlet="Weekly",
                    published=day(1), reliability=second_reliability)]
    return compare(arts)


def test_two_independent_sources_corroborate_a_claim_in_other_words():
    d = _corroborated("B")
    a, b = claim_of(d, "a", "The dockers"), claim_of(d, "b", "An independent")
    assert a == b
    group = d.claims.set_index("claim").loc[a]
    assert bool(group["corroborated"]) and group["sources"] == 2
    assert group["credibility"] == 1 and group["grade"] == "B1"
    # unrelated statements of the same articles stay apart
    assert claim_of(d, "a", "The weather") != claim_of(d, "b", "A memorial")


def test_credibility_is_never_better_than_the_sources_allow():
    d = _corroborated("C")  # the inspector reaches us only through a C-graded outlet
    group = d.claims.set_index("claim").loc[claim_of(d, "a", "The dockers")]
    assert group["credibility"] == 2 and "graded C" in group["basis"]
    assert credibility(["x", "y"], [], {"x": "A", "y": "E"}, [6])[0] == 4
    assert credibility(["x", "y"], ["z"], {"x": "A", "y": "B"}, [6])[0] == 2
    assert credibility(["x"], ["z"], {"x": "A"}, [6])[0] == 4
    assert credibility(["x"], ["z", "w"], {"x": "A"}, [6])[0] == 5
    assert credibility(["x"], [], {"x": "A"}, [3, 6])[0] == 3  # the metadata graded it
    assert credibility([], [], {}, [1])[0] == 6


def test_a_denial_naming_the_other_source_contradicts_it():
    arts = [article("a", [
        {"text": "The dockers' union said it had warned the owners about the hull in January.",
         "claimant": "Dockers' Union"},
        {"text": "Orin Ferries denied that it had ignored warnings from the union.", "claimant": "Orin Ferries",
         "certainty": "denied"}], published=day(0))]
    d = compare(arts)
    assert len(d.contradictions) == 1
    row = d.contradictions.iloc[0]
    assert row["affirms_source"] == "Dockers' Union" and row["denies_source"] == "Orin Ferries"
    assert row["rule"] == "denial names the source"
    assert bool(d.claims.set_index("claim").loc[int(row["affirms_claim"]), "contradicted"])


def test_a_wire_copy_is_one_claim_and_its_article_a_reprint():
    body = [LEDE, "Rescuers pulled 31 survivors from the water before nightfall, the authority said.",
            "The ferry was licensed to carry 60 passengers but had more than 90 on board, witnesses said.",
            "The cause of the capsizing is under investigation."]
    arts = [article("wire", [{"text": t, "claimant": "Harbour Authority"} for t in body], outlet="Wire",
                    published=day(0)),
            article("copy", [{"text": t.replace("the authority said", "the Harbour Authority said")}
                             for t in body], outlet="Review", published=day(0))]
    arts[1] = article("copy", [{"text": ("(Wire) - " if i == 0 else "") + t.replace("the authority said",
                                                                              "the Harbour Authority said"),
                                "claimant": "Harbour Authority"} for i, t in enumerate(body)], outlet="Review",
                      published=day(0))
    arts.append(article("other", [{"text": "Parliament debated a new budget on Monday.", "claimant": "article"}],
                        published=day(2)))
    d = compare(arts)
    assert list(d.reprints[["original", "reprint"]].itertuples(index=False, name=None)) == [("wire", "copy")]
    assert d.articles.set_index("article").loc["copy", "reprint_of"] == "wire"
    assert claim_of(d, "wire", "Rescuers") == claim_of(d, "copy", "Rescuers")
    assert any("reprints wire" in n for n in d.notes)


def test_register_aliases_make_two_names_one_source():
    register = parse_register("sources:\n  - name: Harbour Authority of Orin\n    aliases: [Harbour Authority, "
                              "the port authority]\n    reliability: A\n", "sources.yaml")
    arts = [article("a", [{"text": LEDE, "claimant": "Harbour Authority"}], outlet="Wire", published=day(0)),
            article("b", [{"text": "Fourteen people died after a ferry capsized on Lake Orin, the port authority said.",
                           "claimant": "the port authority"}], outlet="Daily", published=day(1))]
    d = compare(arts, register)
    assert list(d.sources["source"]) == ["Harbour Authority of Orin"]
    assert d.sources.iloc[0]["reliability"] == "A" and bool(d.sources.iloc[0]["registered"])


def test_a_name_that_a_longer_name_ends_with_is_that_source():
    arts = [article("a", [{"text": "The Kafue Community Health Trust said 41 people died in the flood at Orin.",
                           "claimant": "Kafue Community Health Trust"}], outlet="Wire", published=day(0)),
            article("b", [{"text": "Forty-one people died in the Orin flood, the Community Health Trust said.",
                           "claimant": "Community Health Trust"}], outlet="Daily", published=day(1))]
    d = compare(arts)
    assert list(d.sources["source"]) == ["Kafue Community Health Trust"]
    assert d.sources.iloc[0]["names"] == "Kafue Community Health Trust; Community Health Trust"
    assert d.sources.iloc[0]["outlets"] == "Wire; Daily"


def test_a_shorter_name_joins_a_longer_one_only_when_one_chain_of_the_same_kind_ends_with_it():
    from claimbrief.dossier.sources import longer_names

    chain = [("Health Trust", None), ("Community Health Trust", None), ("Kafue Community Health Trust", None)]
    assert longer_names(chain) == {"health trust": "Kafue Community Health Trust",
                                   "community health trust": "Kafue Community Health Trust"}
    # two different trusts end with it: which one is meant is not known
    assert longer_names([("Health Trust", None), ("Kafue Health Trust", None), ("Orin Health Trust", None)]) == {}
    # a person is not an organisation that ends with their name, a lower-case phrase is no name,
    # and one word ("Authority") is too little to tell
    assert longer_names([("Peter Mwale", "person"), ("Kafue Peter Mwale", "organisation")]) == {}
    assert longer_names([("health trust", None), ("Kafue Health Trust", None)]) == {}
    assert longer_names([("Authority", None), ("Harbour Authority", None)]) == {}


def test_an_organisations_name_that_opens_one_longer_name_is_that_organisation():
    from claimbrief.dossier.sources import longer_names

    assert longer_names([("Lumeta", "organisation"), ("Lumeta Copper", "organisation")]) == {"lumeta": "Lumeta Copper"}
    # two longer names open with it, or a person's: which one is meant is not known
    assert longer_names([("Lumeta", "organisation"), ("Lumeta Copper", "organisation"),
                         ("Lumeta Gold", "organisation")]) == {}
    assert longer_names([("Lumeta", "organisation"), ("Lumeta Jones", "person")]) == {}


def _toll_dossier():
    a = article("a", [{"text": "At least 14 people were killed, the Harbour Authority said."},
                      {"text": "Thirty people were injured, the Harbour Authority said."}],
                published=day(0), figures=[figure(1, "At least 14", 14, "dead", "Harbour Authority"),
                                           figure(2, "Thirty", 30, "injured", "Harbour Authority")])
    b = article("b", [{"text": "The toll rose to 19, the Harbour Authority said."},
                      {"text": "A charity, Lake Aid, said at least 41 people died."}],
                published=day(3), figures=[figure(1, "19", 19, "dead", "Harbour Authority"),
                                           figure(2, "at least 41", 41, "dead", "Lake Aid")])
    c = article("c", [{"text": "The authority's first count of 14 dead was an undercount, Lake Aid said."},
                      {"text": "The Harbour Authority said on Monday the final toll was 23."}],
                published=day(9), figures=[figure(1, "14", 14, "dead", "Lake Aid"),
                                           figure(2, "23", 23, "dead", "Harbour Authority")])
    for art, claimants in ((a, ["Harbour Authority"] * 2), (b, ["Harbour Authority", "Lake Aid"]),
                           (c, ["Lake Aid", "Harbour Authority"])):
        art.tables.claims["claimant"] = claimants
    return compare([c, a, b])


def test_figures_of_one_measure_conflicts_and_revisions():
    d = _toll_dossier()
    groups = d.figure_groups.set_index("measure")
    assert set(groups.index) == {"dead", "injured"}  # two measures never share a group
    dead = groups.loc["dead"]
    assert dead["latest_value"] == 23 and dead["latest_source"] == "Harbour Authority"
    assert dead["conservative_value"] == 14
    revisions = d.revisions[d.revisions["source"] == "Harbour Authority"]
    assert list(revisions["values"]) == ["14 → 19 → 23"]
    pairs = {frozenset((r.a_value, r.b_value)) for r in d.conflicts.itertuples()}
    # 19 was the authority's current value when Lake Aid said 41, 23 when it said 41 again later
    assert frozenset((19.0, 41.0)) in pairs
    # the authority's 14 had been revised before Lake Aid spoke: history, not a conflict
    assert frozenset((14.0, 41.0)) not in pairs
    # a source's own later value is a revision, never a conflict with itself
    assert all(r.a_source != r.b_source for r in d.conflicts.itertuples())


def test_what_changed_lists_new_claims_changed_figures_and_new_sources():
    d = _toll_dossier()
    changes = d.changes
    assert changes["order"].min() == 2 and "a" not in set(changes["article"])
    b = changes[changes["article"] == "b"]
    assert "changed figure" in set(b["change"]) and "new source" in set(b["change"])
    assert any("14" in w and "19" in w for w in b.loc[b["change"] == "changed figure", "what"])
    assert "Lake Aid" in set(b.loc[b["change"] == "new source", "source"])


def test_undated_last_other_language_listed_not_compared_and_notes():
    arts = [article("z_undated", [{"text": LEDE, "claimant": "Harbour Authority"}], published=None),
            article("b_french", [{"text": "Le ferry a chaviré sur le lac.", "claimant": "article"}],
                    published=day(1), language="fr"),
            article("c", [{"text": LEDE, "claimant": "Harbour Authority"}], published=day(2))]
    d = compare(arts)
    listing = d.articles.set_index("article")
    assert list(d.articles["article"]) == ["b_french", "c", "z_undated"]
    assert bool(listing.loc["z_undated", "undated"]) and not bool(listing.loc["b_french", "compared"])
    assert "b_french" not in set(d.statements["article"])
    assert d.claims.iloc[0]["first_article"] == "c"  # an undated article is never the first report
    assert any("no publication date" in n for n in d.notes) and any("French" in n for n in d.notes)


def test_one_article_says_so_and_two_with_one_name_are_refused():
    d = compare([article("only", [{"text": LEDE, "claimant": "Harbour Authority"}], published=day(0))])
    assert any("one article" in n for n in d.notes) and len(d.claims) == 1
    with pytest.raises(DossierError, match="two articles are named 'x'"):
        compare([article("x", [{"text": LEDE}]), article("x", [{"text": LEDE}])])
    with pytest.raises(DossierError):
        compare([])


def test_timeline_and_places_count_articles():
    dates = [{"sentence": 1, "mention": "on Tuesday", "resolved": "2025-03-04", "precision": "day",
              "event": "a ferry capsized on Lake Orin"}]
    places = [{"sentence": 1, "mention": "Lake Orin", "canonical": "Lake Orin", "country": "XX", "kind": "lake",
               "resolution": "exact"}]
    text = "A ferry capsized on Lake Orin on Tuesday, the police said."
    arts = [article(n, [{"text": text, "claimant": "police"}], published=day(i), dates=dates, places=places)
            for i, n in enumerate(["a", "b", "c"])]
    d = compare(arts)
    assert len(d.timeline) == 1 and d.timeline.iloc[0]["articles"] == 3 and d.timeline.iloc[0]["date"] == "2025-03-04"
    assert d.places.iloc[0]["place"] == "Lake Orin" and d.places.iloc[0]["articles"] == 3


def test_tables_have_their_documented_columns():
    from claimbrief.dossier import claims, figures, sources, timeline, changes, inputs

    d = _toll_dossier()
    documented = {"articles": inputs.ARTICLE_COLUMNS, "sources": sources.SOURCE_COLUMNS,
                  "relays": sources.RELAY_COLUMNS, "statements": claims.STATEMENT_COLUMNS,
                  "claims": claims.GROUP_COLUMNS, "contradictions": claims.CONTRADICTION_COLUMNS,
                  "reprints": claims.REPRINT_COLUMNS, "figures": figures.FIGURE_COLUMNS,
                  "figure_groups": figures.GROUP_COLUMNS, "conflicts": figures.CONFLICT_COLUMNS,
                  "revisions": figures.REVISION_COLUMNS, "timeline": timeline.TIMELINE_COLUMNS,
                  "places": timeline.PLACE_COLUMNS, "changes": changes.CHANGE_COLUMNS}
    for name, frame in d.frames().items():
        assert {c: str(t) for c, t in frame.dtypes.items()} == documented[name], name


def test_a_source_affirming_a_claim_is_no_denier_of_it_for_denying_something_else():
    # the inspector saw the rust holes (affirms) and denies any contact with the union (another
    # claim, which names the union): her own affirmation stands
    union = "The dockers' union said it had reported rust holes in the ferry's hull to the owners in January."
    inspector = "An independent inspector said she had seen rust holes along the ferry's hull during a January survey."
    contact = ("Mara Venn said she had never had any contact with the dockers' union, which says it reported rust holes "
               "in the ferry's hull to the owners in January.")
    arts = [article("a", [{"text": union, "claimant": "Dockers' Union"}], outlet="Daily", published=day(0)),
            article("b", [{"text": inspector, "claimant": "Mara Venn"},
                          {"text": contact, "claimant": "Mara Venn", "certainty": "denied"}], outlet="Weekly", published=day(1))]
    d = compare(arts)
    group = d.claims.set_index("claim").loc[claim_of(d, "a", "The dockers")]
    assert "Mara Venn" in str(group["source_list"]) and "Mara Venn" not in str(group["denier_list"])
    assert group["sources"] == 2 and group["credibility"] <= 2


def test_the_party_a_claim_is_about_does_not_corroborate_it_by_being_grouped_with_it():
    # the owners, whom the union's and the inspector's statements name, answer with words of
    # their own that share the claim's words (grouped with it): no source of it
    union = "The dockers' union said it had reported rust holes in the hull to Alpha Ferries in January."
    inspector = "An independent inspector said she had seen rust holes in the hull of the Alpha Ferries vessel in January."
    owners = "Alpha Ferries said every report of rust holes in the hull was logged and inspected in January."
    arts = [article("a", [{"text": union, "claimant": "Dockers' Union"}], outlet="Daily", published=day(0)),
            article("b", [{"text": inspector, "claimant": "Mara Venn"}], outlet="Weekly", published=day(1)),
            article("c", [{"text": owners, "claimant": "Alpha Ferries"}], outlet="Daily", published=day(2))]
    d = compare(arts)
    assert claim_of(d, "c", "Alpha Ferries") == claim_of(d, "a", "The dockers")
    group = d.claims.set_index("claim").loc[claim_of(d, "a", "The dockers")]
    assert group["source_list"] == "Dockers' Union; Mara Venn" and group["sources"] == 2
    # a body another source names as a speaker ("… Alpha Ferries reported …") is no party to it
    union = "The dockers' union said Alpha Ferries reported rust holes in the hull of its vessel in January."
    owners = "Alpha Ferries said it found rust holes in the hull of its vessel in January."
    d = compare([article("a", [{"text": union, "claimant": "Dockers' Union"}], outlet="Daily", published=day(0)),
                 article("c", [{"text": owners, "claimant": "Alpha Ferries"}], outlet="Weekly", published=day(2))])
    assert claim_of(d, "c", "Alpha Ferries") == claim_of(d, "a", "The dockers")
    assert "Alpha Ferries" in str(d.claims.set_index("claim").loc[claim_of(d, "a", "The dockers")]["source_list"])
    # a party that confirms the claim does corroborate it
    owners = "Alpha Ferries confirmed that rust holes in the hull had been reported to it in January."
    arts[2] = article("c", [{"text": owners, "claimant": "Alpha Ferries", "certainty": "confirmed"}], outlet="Daily", published=day(2))
    d = compare(arts)
    group = d.claims.set_index("claim").loc[claim_of(d, "c", "Alpha Ferries")]
    assert "Alpha Ferries" in str(group["source_list"])


def test_a_range_is_compared_once_not_as_its_two_numbers():
    from claimbrief.article import make_article
    from claimbrief.dossier.inputs import dossier_article
    from claimbrief.extract import extract

    text = ("Families flee\n\nBetween 3,100 and 3,400 residents of Portville were evacuated on Monday, "
            "the district office said.")
    article = make_article(text, title="Families flee", published=dt.date(2026, 3, 10))
    tables = extract(article)
    assert tables.figures["bound"].eq("upper").sum() == 1
    compared = dossier_article(article, tables).tables.figures
    assert len(compared) == len(tables.figures) - 1 and not compared["bound"].eq("upper").any()
    assert compared["high"].dropna().tolist() == [3400]

"""Measures: key figures, agreement, inconsistencies and changes, from the figures table."""

import pandas as pd

from claimbrief import measures


def _figures(rows):
    columns = ["sentence_id", "start", "end", "mention", "value", "low", "high", "approximate", "vague", "unit",
               "class", "measure", "counts", "subject", "claimant", "certainty"]
    return pd.DataFrame([dict(zip(columns, r)) for r in rows], columns=columns)


ROWS = [
    # sentence, start, end, mention, value, low, high, approx, vague, unit, class, measure, counts, subject, claimant, certainty
    (1, 0, 5, "1,840", 1840.0, None, None, False, False, "people", "people", "dead", "people", None, "Interior Ministry", "stated"),
    (1, 10, 15, "3,200", 3200.0, None, None, False, False, "people", "people", "injured", "others", None, "Interior Ministry", "stated"),
    (2, 30, 36, "72 hours", 72.0, None, None, False, False, "hours", "duration", "search", "hours", None, "article", None),
    (3, 50, 70, "more than 1,800", 1800.0, None, None, True, False, "people", "people", "dead", "people", None, "article", "stated"),
    (4, 80, 85, "2,100", 2100.0, None, None, False, False, "people", "people", "dead", "people", None, "Red Cross", "stated"),
    (5, 90, 100, "$3.2 billion", 3.2e9, None, None, False, False, "USD", "money", "revenue", "revenue", "Kaneda Motor", "Kaneda Motor", "stated"),
]


def test_key_figures_are_people_money_and_share_measures_headline_first():
    figures = _figures(ROWS)
    key = measures.key_figures(figures, headline_ids={5})
    # the article's "more than 1,800 dead" echoes the ministry's 1,840: one source, not two
    assert list(key["measure"]) == ["revenue", "dead", "injured", "dead"]
    assert list(key["claimant"]) == ["Kaneda Motor", "Interior Ministry", "Interior Ministry", "Red Cross"]
    assert "search" not in set(key["measure"])  # a duration is context


def test_the_key_figures_sentence_names_claimants_and_what_is_withheld():
    sentence = measures.key_figures_sentence(_figures(ROWS[:3]), withheld=["deaths among rescuers: not disclosed"])
    assert sentence == ("Key figures: 1,840 dead, 3,200 injured (Interior Ministry, stated). "
                        "Deaths among rescuers: not disclosed.")
    revenue = _figures(ROWS).iloc[5]
    assert measures.measure_label(revenue) == "$3.2 billion revenue"  # its own figure: the source names it
    assert measures.measure_label(dict(revenue) | {"claimant": "analysts"}) == "$3.2 billion revenue (Kaneda Motor)"


def test_a_rounding_or_a_bound_agrees_and_a_different_value_conflicts():
    figures = _figures(ROWS)
    a, bound, other = figures.iloc[0], figures.iloc[3], figures.iloc[4]
    assert measures.values_agree(a, bound)  # "more than 1,800" and 1,840
    assert not measures.values_agree(a, other)
    found = measures.inconsistencies(figures)
    # "more than 1,800" is met by 2,100 too: only the two exact tolls conflict
    assert [(measures.who(f["first"]), measures.who(f["second"])) for f in found] == [("Interior Ministry", "Red Cross")]


def test_a_share_as_a_fraction_and_as_a_percent_are_one_scale():
    """"a third of the troops" (0.333) and "33 percent of the troops" agree; half does not."""
    rows = [(1, 0, 7, "a third", 0.333, None, None, False, False, "fraction", "share", "share of troops", "troops", None, "A", "stated"),
            (2, 0, 10, "33 percent", 33.0, None, None, False, False, "percent", "share", "share of troops", "troops", None, "B", "stated"),
            (3, 0, 10, "50 percent", 50.0, None, None, False, False, "percent", "share", "share of troops", "troops", None, "C", "stated")]
    figures = _figures(rows)
    assert measures.values_agree(figures.iloc[0], figures.iloc[1])
    assert not measures.values_agree(figures.iloc[0], figures.iloc[2])
    assert measures.number_text(figures.iloc[0]) == "about 33.3%"
    assert [(measures.who(f["first"]), measures.who(f["second"])) for f in measures.inconsistencies(figures)] == \
        [("A", "C"), ("B", "C")]


def test_a_later_value_from_the_same_source_that_says_it_changed_is_an_update():
    figures = _figures([ROWS[0], (7, 200, 205, "1,900", 1900.0, None, None, False, False, "people", "people", "dead",
                                  "people", None, "Interior Ministry", "stated")])
    assert measures.inconsistencies(figures, {7: "The toll rose to 1,900, the ministry said."}) == []
    assert len(measures.inconsistencies(figures, {7: "The ministry said 1,900 people died."})) == 1


def test_a_change_within_a_sentence_is_a_before_and_after_pair():
    figures = _figures([(1, 20, 25, "1,840", 1840.0, None, None, False, False, "people", "people", "dead", "people", None,
                         "article", "stated"),
                        (1, 31, 36, "1,500", 1500.0, None, None, False, False, "people", "people", "dead", "people", None,
                         "article", "stated")])
    pairs = measures.changes(figures, {1: "The toll climbed to 1,840 from 1,500 overnight."})
    assert [(b["value"], a["value"]) for b, a in pairs] == [(1500.0, 1840.0)]


def test_the_article_repeating_a_sources_figure_is_not_a_second_source():
    figures = _figures([
        (1, 0, 5, "23", 23.0, None, None, False, False, "people", "people", "dead", "people", None, "article", "stated"),
        (2, 10, 20, "at least 23", 23.0, None, None, True, False, "people", "people", "dead", "people", None,
         "disaster agency", "stated"),
        (2, 30, 32, "41", 41.0, None, None, False, False, "missing", "people", "missing", "missing", None,
         "disaster agency", "stated"),
    ])
    assert measures.key_figures_sentence(figures) == "Key figures: at least 23 dead, 41 missing (disaster agency, stated)."


def test_a_conversion_in_another_currency_is_no_change():
    figures = _figures([
        (1, 10, 22, "₩412 billion", 4.12e11, None, None, False, False, "KRW", "money", "net profit", "", None, "company", "stated"),
        (1, 24, 37, "$289 million", 2.89e8, None, None, False, False, "USD", "money", "net profit", "", None, "company", "stated"),
    ])
    assert measures.changes(figures, {1: "Net profit rose to ₩412 billion ($289 million) from a year earlier."}) == []


def test_a_figure_told_again_with_what_it_is_about_is_one_key_figure():
    figures = _figures([
        (1, 0, 5, "12", 12.0, None, None, False, False, "people", "people", "dead", "people", None,
         "disaster agency", "stated"),
        (2, 10, 20, "12", 12.0, None, None, False, False, "people", "people", "dead", "people", "Storm Alpha",
         "disaster agency", "stated"),
        (2, 30, 32, "40", 40.0, None, None, False, False, "people", "people", "dead", "people", "Tarnow",
         "disaster agency", "stated"),
    ])
    assert measures.key_figures_sentence(figures, headline_ids={1}) == \
        "Key figures: 12 dead, 40 dead (Tarnow) (disaster agency, stated)."

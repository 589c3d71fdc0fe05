"""Figures: what counts, what does not, ranges, vague quantities."""

import pytest

from claimbrief.extract.figures import extract_figures


def _figures(text):
    return extract_figures(text, [{"id": 1, "start": 0, "end": len(text), "block": "body"}])


def _one(text):
    rows = _figures(text)
    assert len(rows) == 1, rows
    return rows[0]


def test_a_few_weeks_is_vague_with_its_unit():
    row = _one("Soldiers receive only a few weeks of training.")
    assert row["vague"] and row["value"] is None and row["unit"] == "week"
    assert row["mention"] == "a few weeks"


@pytest.mark.parametrize("text", [
    "They fire a Soviet S-60 anti-aircraft gun.",
    "She showed jurors Exhibit No. 84, a spreadsheet.",
    "The plant opened in 2021 and closed later.",
    "The fans flew on a chartered Boeing 737.",
    "The match resumed in the second half of the game.",
])
def test_identifiers_years_and_periods_are_not_figures(text):
    assert _figures(text) == []


def test_between_range_and_hyphen_range():
    row = _one("Between 10,000 and 12,000 people fled.")
    assert (row["value"], row["low"], row["high"]) == (10000, 10000, 12000)
    row = _one("About 1,500-2,000 head of cattle drowned.")
    assert (row["low"], row["high"], row["approximate"]) == (1500, 2000, True)
    assert "cattle" in row["counts"]


def test_from_to_is_a_change_not_a_range():
    rows = _figures("Projections were raised from $2 million to $30 million.")
    assert [(r["value"], r["unit"]) for r in rows] == [(2000000, "USD"), (30000000, "USD")]


def test_scaled_currency_and_percent():
    row = _one("Profit fell to ¥286.4 billion.")
    assert (row["value"], row["unit"]) == (286.4e9, "JPY")
    row = _one("Turnout was around 61 percent.")
    assert (row["value"], row["unit"], row["approximate"]) == (61, "percent", True)


def test_plural_head_is_the_counted_noun_not_the_verb():
    row = _one("Thousands of farmers drove tractors into the city.")
    assert row["vague"] and row["unit"] == "farmer"
    row = _one("Several former employees reportedly told investigators.")
    assert row["unit"] == "employee"


def test_bare_crowd_word_counts_people():
    row = _one("Floods displace thousands in the south.")
    assert row["vague"] and row["unit"] == "people"


def test_fractions_and_one_of_a_counted_set():
    assert _one("Sales fell by nearly a third.")["value"] == pytest.approx(0.333)
    rows = _figures("One of the plant's two assembly lines is idle.")
    assert [r["value"] for r in rows] == [1, 2]
    assert _figures("It is one of the most dangerous areas.") == []

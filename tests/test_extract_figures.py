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


@pytest.mark.parametrize("text, value", [
    ("Some 25-hundred pilgrims waited at the gate.", 2500),
    ("About 40-thousand tonnes of grain were stored.", 40000),
    ("Officials counted two-thousand-five-hundred ballots.", 2500),
    ("One hundred and twenty nurses walked out.", 120),
    ("Forty-two miners were rescued.", 42),
])
def test_broadcast_numbers_in_words_and_hyphens(text, value):
    row = _one(text)
    assert row["value"] == value and row["low"] is None and not row["vague"]


@pytest.mark.parametrize("text", ["Three-quarters of the wells ran dry.",
                                  "About three-quarter of the orchards failed."])
def test_three_quarters(text):
    assert _one(text)["value"] == pytest.approx(0.75)


def test_a_dozen_is_twelve():
    row = _one("A dozen fishing boats capsized.")
    assert (row["value"], row["vague"], row["unit"]) == (12, False, "boat")


@pytest.mark.parametrize("text, floor, unit", [
    ("Dozens were treated for smoke.", 12, "people"),
    ("Tens of thousands marched to the square.", 10000, "people"),
    ("Tens of thousands of pilgrims gathered.", 10000, "pilgrim"),
    ("Tens of cattle drowned in the river.", 10, "cattle"),
    ("Hundreds of shops stayed shut.", 100, "shop"),
    ("Thousands fled the valley.", 1000, "people"),
])
def test_vague_magnitudes_keep_an_empty_value_and_acled_floor_as_low(text, floor, unit):
    row = _one(text)
    assert row["vague"] and row["value"] is None and row["high"] is None
    assert (row["low"], row["unit"]) == (floor, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("The port cost $3.2 billion to build.", 3.2e9, "USD"),
    ("Exports reached 1.5 trillion won.", 1.5e12, "KRW"),
    ("The club paid €40m for the striker.", 40e6, "EUR"),
    ("The bridge will cost Rs 12 crore.", 12e7, "INR"),
    ("Donors pledged USD 40 million.", 40e6, "USD"),
])
def test_money_with_scale(text, value, unit):
    row = _one(text)
    assert (row["value"], row["unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text", [
    "In one incident, a guard was pushed into a ditch.",
    "At one point the crowd surged forward.",
    "It was one of the wettest summers on record.",
    "He finished third in the race.",
    "The ferry left at 14:05 GMT.",
    "The law was passed in 1998.",
])
def test_determiner_one_ordinals_times_and_years_are_not_figures(text):
    assert _figures(text) == []


def test_one_in_and_a_counted_one_still_count():
    assert _one("One in five voters stayed home.")["value"] == pytest.approx(0.2)
    assert _one("Officers detained one man at the scene.")["value"] == 1


@pytest.mark.parametrize("text, value, unit", [
    ("Temperatures reached 43C in the valley.", 43, "celsius"),
    ("The dam holds back a 12km reservoir.", 12, "kilometre"),
    ("The contract was worth R27 million.", 27e6, "ZAR"),
])
def test_units_and_currency_letters_against_the_number(text, value, unit):
    row = _one(text)
    assert (row["value"], row["unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text, value", [
    ("Exports are expected to double by the end of the decade.", 2),
    ("Prices rose almost threefold.", 3),
    ("The bill was more than twice the estimate.", 2),
])
def test_multipliers(text, value):
    assert _one(text)["value"] == value


def test_ages_count_and_one_of_them():
    assert _one("A 71-year-old fisherman was rescued.")["value"] == 71
    assert _one("One of them was a teacher.")["value"] == 1


@pytest.mark.parametrize("text", [
    "Call the hotline. Tel: +44 20 7946 0000",
    "Officials did not say how many people remain.",
    "It was a third year of drought.",
])
def test_phone_numbers_how_many_and_ordinal_fractions_are_not_figures(text):
    assert _figures(text) == []


def test_many_with_a_noun_is_vague():
    row = _one("Many shopkeepers stayed closed.")
    assert row["vague"] and row["value"] is None and row["low"] is None


@pytest.mark.parametrize("text, value, unit", [
    ("The pilot was jailed for four years and three months.", 51, "month"),
    ("The crossing took three hours and 20 minutes.", 200, "minute"),
])
def test_compound_durations_add_up_in_the_smaller_unit(text, value, unit):
    row = _one(text)
    assert (row["value"], row["unit"]) == (value, unit)


def test_half_of_a_first_half_and_a_quarter_a_year_earlier():
    assert _figures("Its first-half revenue rose.") == []
    assert _one("Exports fell to a quarter a year earlier.")["value"] == 0.25

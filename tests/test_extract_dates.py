"""Dates: resolution against the publication date, qualifiers, undatable expressions."""

import datetime as dt

from claimbrief.extract.dates import NO_PUBLICATION, extract_dates

PUBLISHED = dt.date(2024, 12, 1)  # a Sunday


def _dates(text, published=PUBLISHED):
    return extract_dates(text, [{"id": 1, "start": 0, "end": len(text), "block": "body"}], published)


def _one(text, published=PUBLISHED):
    rows = _dates(text, published)
    assert len(rows) == 1, rows
    return rows[0]


def test_as_early_as_month_is_no_later_than():
    row = _one("The deployment was revealed as early as July.")
    assert (row["resolved"], row["precision"], row["qualifier"]) == ("2024-07", "month", "no later than")


def test_month_after_publication_month_is_last_year():
    assert _one("The talks began in December.", dt.date(2024, 11, 14))["resolved"] == "2023-12"


def test_weekdays_and_last_week():
    assert _one("The attack came on Thursday.")["resolved"] == "2024-11-28"
    assert _one("Police said on Sunday that it was over.")["resolved"] == "2024-12-01"
    row = _one("Rains intensified last week.")
    assert (row["resolved"], row["precision"]) == ("2024-11-18", "week")


def test_no_publication_date_leaves_relative_dates_empty_with_a_note():
    row = _one("Farmers protested on Monday.", None)
    assert row["resolved"] is None and row["note"] == NO_PUBLICATION
    assert _one("Farmers protested in 2023.", None)["resolved"] == "2023"


def test_undatable_and_adjectival_earlier():
    row = _one("He had previously noted the risk.")
    assert row["resolved"] is None and row["mention"] == "previously"
    assert _dates("Sales fell from an earlier forecast of 1.85 million.") == []


def test_end_of_the_month_and_since():
    row = _one("Rain will continue until the end of the month.")
    assert (row["resolved"], row["qualifier"]) == ("2024-12", "until")
    row = _one("Deaths since July stand at 47.")
    assert (row["resolved"], row["qualifier"]) == ("2024-07", "since")

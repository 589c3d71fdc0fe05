"""Dates: resolution against the publication date, qualifiers, undatable expressions."""

import datetime as dt

from claimbrief.extract.dates import NO_PUBLICATION, extract_dates
from claimbrief.extract.sentences import split_sentences

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
    assert (row["resolved"], row["qualifier"]) == ("2024-12-31", "until")  # the month's last day
    row = _one("Deaths since July stand at 47.")
    assert (row["resolved"], row["qualifier"]) == ("2024-07", "since")


def _resolved(text, published=PUBLISHED):
    return [(r["mention"], r["resolved"], r["precision"]) for r in _dates(text, published)]


def test_weekday_forms():
    assert _one("The dam burst late on Thursday.")["resolved"] == "2024-11-28"
    assert _one("Thursday's storm flattened crops.")["resolved"] == "2024-11-28"
    row = _one("The strike began on Tuesday of last week.")
    assert (row["mention"], row["resolved"]) == ("on Tuesday of last week", "2024-11-19")


def test_a_future_verb_points_a_date_without_a_year_after_publication():
    assert _one("The governor will be sworn in on January 13.")["resolved"] == "2025-01-13"
    assert _one("The mayor was arrested on March 4.")["resolved"] == "2024-03-04"
    assert _one("Talks will resume on Monday.")["resolved"] == "2024-12-02"
    assert _one("The pumps would be repaired by February.")["resolved"] == "2025-02"
    assert _one("Roads were cut off since the weekend.")["resolved"] == "2024-11-30"


def test_month_parts_and_this_week():
    assert _resolved("Rain eased in late March.") == [("late March", "2024-03", "month")]
    assert _resolved("A ferry sank at the end of March.") == [("at the end of March", "2024-03-31", "day")]
    assert _one("The alert was raised earlier this week.")["resolved"] == "2024-11-25"


def test_anchored_dates_count_from_the_date_before_them():
    text = "The levee failed on November 20. Two days later, the water receded. That day, schools shut."
    assert _resolved(text) == [("on November 20", "2024-11-20", "day"), ("Two days later", "2024-11-22", "day"),
                               ("That day", "2024-11-22", "day")]
    # from a month the day is not certain, the quarter is (late October and two days: 23 October
    # to 2 November)
    assert _resolved("Hearings stopped in late October; they resumed two days later.")[1] == \
        ("two days later", "2024-Q4", "quarter")
    assert _dates("That day nobody came.") == []  # nothing to count from


def test_quarters_fiscal_years_and_year_ago_quarters():
    published = dt.date(2025, 10, 30)
    assert _resolved("Profit rose in the third quarter from the year-ago quarter.", published) == [
        ("in the third quarter", "2025-Q3", "quarter"), ("from the year-ago quarter", "2024-Q3", "quarter")]
    # (the quarter compared with is not the one reported: the year-ago quarter is still told from Q3 2025)
    text = ("Revenue for the third quarter of 2025 was up 1% compared with the third quarter of 2024. "
            "Sales in Portville fell against a high base in the year-ago quarter.")
    assert _resolved(text, published)[-1] == ("in the year-ago quarter", "2024-Q3", "quarter")
    assert _one("Q2 sales slipped.", published)["resolved"] == "2025-Q2"
    # a half told by the day it ended: the year-earlier period is the year before, at the year
    text = "Earnings rose to 613c in the six months to December 31, from 273c in the year-earlier period."
    assert _resolved(text, dt.date(2026, 2, 24))[-1] == ("in the year-earlier period", "2024", "year")
    assert _one("Sales will recover in the fourth quarter.", published)["resolved"] == "2025-Q4"
    assert _one("Output fell in July-September.", published)["resolved"] == "2025-Q3"
    assert _one("Margins in the first quarter of 2023 were thin.", published)["resolved"] == "2023-Q1"
    assert _resolved("It kept its fiscal 2026 forecast and its FY2024/25 dividend.", published) == [
        ("fiscal 2026", "2026", "year"), ("FY2024/25", "2025", "year")]


def test_spans_resolve_at_the_precision_that_is_certain():
    # a stretch up to publication is a figure to date, dated to the day it ends (24 Nov - 1 Dec)
    assert _one("Residents fled over the past week.")["resolved"] == "2024-12-01"
    # a stretch to come is dated by its end, no later than which it runs
    assert _one("Floods may come in the next 72 hours.")["resolved"] == "2024-12-04"
    assert _one("The plan runs over the next three years.")["resolved"] == "2027"
    assert _one("Health officials logged 40 cases in epidemiological week 6.")["resolved"] == "2024-02-04"  # its Sunday
    assert _one("A government will be in place within two weeks.")["resolved"] == "2024-12-15"
    assert _dates("Prices doubled in five years.") == []


def test_clock_times_and_live_time_stamps_date_to_the_day_told():
    assert _resolved("14:05 GMT") == [("14:05 GMT", "2024-12-01", "day")]
    text = "The convoy left on Friday. At about 6:40 a.m. it was hit."
    sentences = [{"id": 1, "start": 0, "end": 26}, {"id": 2, "start": 27, "end": len(text)}]
    assert [(r["mention"], r["resolved"]) for r in extract_dates(text, sentences, PUBLISHED)] == [
        ("on Friday", "2024-11-29"), ("At about 6:40 a.m.", "2024-11-29")]
    # a clock time beside its day is one expression with it, as the gold marks "8am on Monday"
    assert _resolved("The convoy left at 6:40 a.m. on Friday.") == [("at 6:40 a.m. on Friday", "2024-11-29", "day")]


def test_soon_and_later_alone_are_not_dates():
    assert _dates("Aid will arrive soon, and more later.") == []
    assert _one("Talks will resume later that day, after a fire on Monday.")["mention"] == "on Monday"


def test_date_without_year_or_verb_is_the_nearest():
    # no verb points it: "meets again" is scheduled, "a record date of" has no verb
    assert _one("Its board meets again on Dec. 19.", dt.date(2025, 12, 5))["resolved"] == "2025-12-19"
    assert _one("The dividend has a record date of Oct. 24.", dt.date(2025, 10, 16))["resolved"] == "2025-10-24"
    assert _one("Cuts resume in the first quarter.", dt.date(2025, 12, 5))["resolved"] == "2026-Q1"
    # about as far either way: the one before publication
    assert _one("In March, it withdrew two brands.", dt.date(2025, 9, 18))["resolved"] == "2025-03"


def test_scheduled_present_until_and_comparison_point_the_date():
    # a schedule told in the present points ahead
    assert _one("Stars travel to Nairobi on Wednesday.", dt.date(2025, 3, 9))["resolved"] == "2025-03-12"
    # "until" looks ahead when no simple past says otherwise ("has extended" is not one)
    assert _one("It has extended its warning until Friday.", dt.date(2025, 11, 26))["resolved"] == "2025-11-28"
    # "less than expected" compares; the month reported is last month
    assert _one("Inflation slows less than expected in November.", dt.date(2025, 12, 5))["resolved"] == "2025-11"


def test_holidays_and_hypothetical_weekdays():
    row = _one("We are ready to stay out until Christmas.", dt.date(2025, 10, 22))
    assert (row["resolved"], row["qualifier"]) == ("2025-12-25", "until")
    assert _dates("Christmas shopping fell.") == []
    assert _dates("People talk as if you block a ditch on Monday and bank the carbon on Friday.") == []


def test_clause_bounds_for_the_verb_that_points_a_date():
    # a coordinated verb after the date is not its verb
    row = _one("It has extended its warning until Friday and said rain could fall.", dt.date(2025, 11, 26))
    assert row["resolved"] == "2025-11-28"
    # ", with ..." carries no tense of the clause before it
    row = _one("The board declared a dividend, with a record date of Oct. 24.", dt.date(2025, 10, 16))
    assert row["resolved"] == "2025-10-24"


def test_quarters_relative_to_the_reported_one_and_fiscal_quarters():
    rows = _resolved("Third-quarter growth was 2.1%, from 1.8% in the previous quarter. Deals signed in the quarter "
                     "were worth $1 billion, up from $870 million in the previous three months.", dt.date(2025, 12, 5))
    assert [r[1] for r in rows] == ["2025-Q3", "2025-Q2", "2025-Q3", "2025-Q2"]
    # an article that states its financial year (April to March): Q2 is July to September
    rows = _resolved("Q2 profit rises. It expects growth in the fiscal year ending March 2026. "
                     "We expect the second half to be better.", dt.date(2025, 10, 16))
    assert rows[0] == ("Q2", "2025-Q3", "quarter")
    assert ("the second half", None, None) in rows  # October to March: no one year


def test_bare_half_is_a_half_year_only_in_a_story_of_results():
    assert _one("It made 1.2 trillion won in operating profit in the first half.", dt.date(2025, 10, 22))["resolved"] == "2025"
    assert _dates("He scored twice in the first half.", dt.date(2025, 10, 22)) == []


def _by_sentence(text, published=PUBLISHED):
    """The rows of a text whose sentences each end in '. '."""
    sentences, start = [], 0
    for i, m in enumerate([*__import__("re").finditer(r"(?<=\.) ", text), None]):
        end = m.start() if m else len(text)
        sentences.append({"id": i, "start": start, "end": end, "block": "body"})
        start = end + 1
    return [(r["mention"], r["resolved"], r["precision"]) for r in extract_dates(text, sentences, published)]


def test_in_the_quarter_is_the_first_quarter_named():
    rows = _by_sentence("Profit rose in the July-September quarter. The margin fell from the April-June quarter. "
                     "Deals signed in the quarter rose.", dt.date(2025, 10, 16))
    assert rows[-1] == ("in the quarter", "2025-Q3", "quarter")
    assert [r[0] for r in _resolved("Profit fell in the quarter ended Dec. 31.")] == ["Dec. 31"]
    # a quarter named in the sentence is the one "the previous quarter" counts from
    rows = _by_sentence("Cuts resume in the first quarter. Third-quarter growth was 2.1%, from 1.8% in the previous quarter.",
                     dt.date(2025, 12, 5))
    assert rows[-1][1] == "2025-Q2"


def test_year_ends_seasons_decades_and_deadlines():
    pub = dt.date(2025, 12, 5)
    assert _one("Expectations for the end of 2026 rose.", pub)["resolved"] == "2026-12"
    assert _one("It expects inflation to end the year close to 4.8%.", pub)["resolved"] == "2025-12"
    assert _one("Tickets cost double the price of last season.", dt.date(2025, 3, 9))["resolved"] == "2024"
    assert _one("Funds were set aside this monsoon season.", pub)["resolved"] == "2025"
    assert _one("Sites restored more than a decade ago took up carbon.", dt.date(2026, 1, 21))["resolved"] == "2016"
    row = _one("The bog was ploughed in the 1980s.", pub)
    assert row["resolved"] is None and "1980s" in row["mention"]
    assert _one("He was directed to submit a report within 72 hours.", dt.date(2025, 8, 27))["resolved"] == "2025-08-30"
    assert _one("A holiday planned months earlier.", pub)["resolved"] is None
    rows = _resolved("The march began on Wednesday and ended peacefully in the late afternoon.", dt.date(2025, 10, 22))
    assert rows[-1][1] == "2025-10-22"


def test_clause_after_comma_ranges_negated_overnight_and_the_month_reported():
    pub = dt.date(2025, 10, 16)
    # ", after deferring ...": the clause's own tense, not "would give" before it
    rows = _resolved("It said it would give raises from November, after deferring the annual round from April.", pub)
    assert rows[-1] == ("from April", "2025-04", "month")
    row = _one("Methane rose in the first two to four years after rewetting.", pub)
    assert row["resolved"] is None
    assert _dates("We did not get here overnight.", pub) == []
    rows = _by_sentence("Inflation slowed in November. Prices rose 0.31% from October. Food prices climbed 0.9% in the month after weeks of rain.",
                        dt.date(2025, 12, 5))
    assert rows[-1] == ("in the month", "2025-11", "month")


def test_mid_joined_by_a_hyphen_to_its_month_or_year():
    row = _one("Schools closed in mid-February.")
    assert (row["mention"], row["resolved"], row["precision"]) == ("mid-February", "2024-02", "month")
    assert _one("Talks are planned for mid-April, officials said.")["resolved"] == "2025-04"
    row = _one("The plant is due to open by mid-2026.")
    assert (row["resolved"], row["precision"]) == ("2026-06", "month")
    assert _dates("The mid-term elections were held.") == []


def test_turning_points_of_the_day_and_24_hour_times():
    # a live page's "before dawn" with no date before it is the day of publication
    row = _one("A landslide buried the road north of the town before dawn.")
    assert (row["mention"], row["resolved"], row["precision"]) == ("before dawn", "2024-12-01", "day")
    assert _one("The footbridge collapsed shortly before noon.")["resolved"] == "2024-12-01"
    assert _one("River levels have fallen since the morning.")["resolved"] == "2024-12-01"
    assert _one("Workers left the plant at 09:00, the operator said.")["resolved"] == "2024-12-01"
    # beside a date it adds nothing to that date: one expression with it
    row = _one("Two drones entered the airspace before dawn on Monday.")
    assert (row["mention"], row["resolved"]) == ("before dawn on Monday", "2024-11-25")
    assert _dates("The team won 2:1 at home and the ratio stood at 3:2.") == []


def test_adjectives_in_ed_and_participles_after_be_do_not_point_to_the_past():
    published = dt.date(2026, 5, 20)
    text = "The agency says it will impose a three-month closed period from August 1."
    assert _one(text, published)["resolved"] == "2026-08-01"
    assert _one("A hearing will be held at the courthouse on December 10.", published)["resolved"] == "2026-12-10"
    text = "Commuters face more delays after the board heard on Monday that costs had doubled."
    assert _one(text, published)["resolved"] == "2026-05-18"


def test_deadlines_within_a_span():
    published = dt.date(2026, 2, 14)
    row = _one("The regulator ordered inspections of all ferries within two weeks.", published)
    assert (row["resolved"], row["precision"], row["qualifier"]) == ("2026-02-28", "day", "no later than")
    row = _one("The governor told agencies to submit within three months a recovery plan.", published)
    assert row["resolved"] == "2026-05-14"
    # counted from the day the sentence tells, and to the day a month runs out
    rows = _dates("She said on Tuesday she would call the minister to testify within a month.", dt.date(2026, 4, 16))
    assert [(r["mention"], r["resolved"]) for r in rows] == [("on Tuesday", "2026-04-14"), ("within a month", "2026-05-14")]
    # a length of time after a past event is no date
    assert _dates("The river had reached the second floor within two hours.", published) == []


def test_a_rate_before_a_clause_is_no_date():
    rows = _dates("The clinic, opened in 2004, saw 40,000 patients a year before it shut.")
    assert [r["mention"] for r in rows] == ["in 2004"]
    # "a year earlier" after a quantity still dates the comparison
    rows = _dates("Output rose to 12 tonnes in January from 10 tonnes a year earlier.", dt.date(2025, 3, 1))
    assert [(r["mention"], r["resolved"]) for r in rows] == [("in January", "2025-01"), ("a year earlier", "2024-01")]


def test_agency_forms_of_weekdays_weekends_and_year_ends():
    published = dt.date(2025, 3, 14)  # a Friday
    row = _one("Rain fell overnight Tuesday.", published)
    assert (row["mention"], row["resolved"]) == ("overnight Tuesday", "2025-03-11")
    assert _one("Fans celebrated this past weekend.", published)["resolved"] == "2025-03-08"
    row = _one("Output will peak by end-2025.", published)
    assert (row["resolved"], row["precision"], row["qualifier"]) == ("2025", "year", "no later than")
    assert _one("Talks could end by end-March.", published)["resolved"] == "2025-03"
    row = _one("The bill passed the day before yesterday.", published)
    assert (row["mention"], row["resolved"]) == ("the day before yesterday", "2025-03-12")


def test_at_the_time_is_the_date_just_told():
    rows = _dates("The bridge shut in August. At the time, engineers put repairs at 2 million.",
                  dt.date(2025, 11, 27))
    assert [(r["mention"], r["resolved"]) for r in rows] == [("in August", "2025-08"), ("At the time", "2025-08")]
    rows = _dates("The base was hit in May. Officers were at the base at the time of the attack.", dt.date(2025, 11, 27))
    assert [r["mention"] for r in rows] == ["in May"]


def test_a_record_in_n_years_looks_back():
    published = dt.date(2026, 9, 27)
    row = _one("Voters chose regional councils for the first time in twelve years.", published)
    assert (row["mention"], row["resolved"], row["precision"]) == ("in twelve years", "2014", "year")
    assert _one("It was the deadliest storm in 30 years, officials said.", published)["resolved"] == "1996"
    # a length of time, or a time ahead, as before
    assert _dates("Prices doubled in five years.", published) == []
    assert _one("The plant will pay for itself in five years.", published)["resolved"] == "2031"


def test_a_pair_of_months_shares_the_year_after_it():
    published = dt.date(2026, 4, 16)
    rows = _dates("Inspectors sampled the wells between March and September 2025.", published)
    assert [(r["mention"], r["resolved"], r["note"]) for r in rows] == [
        ("between March and September 2025", "2025-03", "a stretch of months, to 2025-09")]
    rows = _dates("The survey ran from May to July 2024.", published)
    assert [(r["resolved"], r["qualifier"]) for r in rows] == [("2024-05", "from")]
    assert [r["resolved"] for r in _dates("Sales rose in January and February 2025.", published)] == ["2025-01", "2025-02"]


def test_both_ends_of_a_range_of_days_in_one_month():
    assert _resolved("The fair ran from March 3 to 5.") == [("from March 3", "2024-03-03", "day"), ("to 5", "2024-03-05", "day")]
    # (hyphened, the span is one date, from its first day, as the golds write it: see below)
    assert [r for _, r, _ in _resolved("The talks were held March 3-5 in Geneva.")] == ["2024-03-03"]
    assert [r for _, r, _ in _resolved("Voting took place between 14 and 16 June.")] == ["2024-06-14", "2024-06-16"]
    # a number that is no day: a figure after "to", a count after the date
    assert [r for _, r, _ in _resolved("Prices rose on March 3 to 5.2 percent.")] == ["2024-03-03"]
    assert [r for _, r, _ in _resolved("On March 3, 5 people died.")] == ["2024-03-03"]


def test_the_second_month_of_a_pair_and_a_hyphenated_span_of_years():
    assert [r for _, r, _ in _resolved("Sales rose between January and March.")] == ["2024-Q1"]
    assert [r for _, r, _ in _resolved("Sales rose between January and April.")] == ["2024-01"]
    # a hyphenated span of years is one stretch, dated from its first year (as the golds write it)
    # (its second year is no date of its own)
    assert _resolved("Data for 2019-2021 were released.") == [("2019", "2019", "year")]
    assert _resolved("Call 0800-2015 for help.") == []


def test_numeric_dates_iso_and_slashes_whose_order_the_numbers_tell():
    assert _resolved("The report was published on 2024-09-14.") == [("on 2024-09-14", "2024-09-14", "day")]
    assert _one("The storm hit on 14/09/2024.")["resolved"] == "2024-09-14"
    assert _one("The storm hit on 09/14/2024.")["resolved"] == "2024-09-14"
    assert (_one("The storm hit on 04/05/2024.")["resolved"], _one("The storm hit on 04/05/2024.")["precision"]) == ("2024", "year")
    # the reading in the fortnight up to publication, when the other is not, is the outlet's order
    assert _one("Posted 02/12/2024 09:12 GMT+7. The storm hit.", dt.date(2024, 12, 2))["resolved"] == "2024-12-02"
    assert _one("The storm hit on 12/02/2024.", dt.date(2024, 12, 5))["resolved"] == "2024-12-02"


def test_a_future_cue_after_a_verb_of_comparison_is_a_noun():
    assert _one("Profit beat forecasts in the fourth quarter.", dt.date(2025, 6, 4))["resolved"] == "2024-Q4"


def test_a_quarter_under_way_at_publication_is_this_years_whatever_the_verb():
    published = dt.date(2025, 10, 30)
    assert _one("The company gave guidance for the fourth quarter.", published)["resolved"] == "2025-Q4"
    assert _one("The board said margins in the fourth quarter looked weak.", published)["resolved"] == "2025-Q4"
    # a result told of it is of the last one ended, and a quarter not yet begun is last year's
    assert _one("Sales fell in the fourth quarter.", published)["resolved"] == "2024-Q4"
    assert _one("Sales fell in the fourth quarter.", dt.date(2025, 9, 30))["resolved"] == "2024-Q4"


def test_a_weekday_with_next_or_last_week_after_it_and_must_points_ahead():
    published = dt.date(2025, 6, 4)  # a Wednesday
    assert _one("Talks will take place on Friday next week.", published)["resolved"] == "2025-06-13"
    assert _one("The vote was held on Tuesday last week.", published)["resolved"] == "2025-05-27"
    row = _one("The army must withdraw within 48 hours.", published)
    assert (row["resolved"], row["qualifier"]) == ("2025-06-06", "no later than")


def test_a_month_or_a_day_told_with_last_this_or_next_year_and_last_or_next_month_name():
    published = dt.date(2025, 6, 4)
    assert _resolved("The law was passed in March last year.", published) == [("in March last year", "2024-03", "month")]
    assert _resolved("Prices rose in March of last year.", published) == [("in March of last year", "2024-03", "month")]
    assert _one("The mayor was arrested on March 3 last year.", published)["resolved"] == "2024-03-03"
    assert _one("The vote is set for 12 June next year.", published)["resolved"] == "2026-06-12"
    assert _one("Sales slumped last March.", published)["resolved"] == "2025-03"
    assert _one("Talks will resume next March.", published)["resolved"] == "2026-03"
    assert _one("Sales slumped last August.", published)["resolved"] == "2024-08"


def test_a_day_in_words_or_after_the_month_as_broadcasters_write_it():
    published = dt.date(2025, 6, 4)
    assert _one("The law took effect on the twelfth of March.", published)["resolved"] == "2025-03-12"
    assert _one("The vote was held on March the 3rd.", published)["resolved"] == "2025-03-03"
    assert _one("The vote will be held on June the twenty-first.", published)["resolved"] == "2025-06-21"
    assert _one("In March the third wave began.", published)["resolved"] == "2025-03"


def test_a_season_after_a_preposition_is_the_nearest_in_the_verbs_direction():
    published = dt.date(2024, 12, 27)
    assert _resolved("The offensive began in the summer.", published) == [("in the summer", "2024", "year")]
    assert _resolved("Talks will resume in the autumn.", published) == [("in the autumn", "2025", "year")]
    row = _one("By the spring, the line will be complete.", published)
    assert (row["resolved"], row["qualifier"]) == ("2025", "no later than")
    assert _one("Troops were redeployed over the summer, officials said.", published)["resolved"] == "2024"
    # a winter runs over two years: no one year holds it
    assert _one("Fighting eased during the winter.", published)["resolved"] is None
    assert _dates("The summer was hot.", published) == []
    assert _dates("The city held out until the fall of the fortress.", published) == []


def test_a_recurring_time_is_a_date_with_no_resolution():
    row = _one("The resort draws thousands of visitors each winter.")
    assert (row["mention"], row["resolved"]) == ("each winter", None)
    assert _one("Every Monday, the council meets.")["resolved"] is None
    assert _dates("Every day-trip costs $5.") == []


def test_a_day_declared_a_day_of_mourning_is_the_next_such_day():
    published = dt.date(2025, 3, 27)  # a Thursday
    assert _one("The council declared Saturday a day of mourning in the town.", published)["resolved"] == "2025-03-29"
    assert _one("The president declared Monday a national day of mourning.", published)["resolved"] == "2025-03-31"
    assert _one("Officials said the plant reopened on Monday.", published)["resolved"] == "2025-03-24"


def test_the_day_a_thing_was_said_is_no_anchor_for_the_events_told():
    published = dt.date(2025, 10, 22)  # a Wednesday
    rows = _resolved("Workers marched on Wednesday. The ministry said on Tuesday that it had sent mediators. "
                     "The march ended in the late afternoon.", published)
    assert rows[-1] == ("in the late afternoon", "2025-10-22", "day")
    text = "The quake struck late on Thursday, the agency said on Friday. It hit at 11:47 p.m. local time (1802 GMT)."
    rows = extract_dates(text, split_sentences(text), dt.date(2026, 11, 27))
    assert [r["resolved"] for r in rows] == ["2026-11-26", "2026-11-27", "2026-11-26", "2026-11-26"]


def test_days_are_counted_from_the_last_day_told_not_from_a_month_or_a_look_back():
    published = dt.date(2025, 5, 20)
    rows = _resolved("Thousands marched on Saturday. The protests began in late April, after cuts were announced "
                     "from June. Two days later, smaller marches were reported.", published)
    assert rows[-1] == ("Two days later", "2025-05-19", "day")
    rows = _resolved("On Dec. 3, the army claimed gains over the previous day. "
                     "The governor wrote the same evening that a drone had struck.", dt.date(2024, 12, 4))
    assert rows[-1] == ("the same evening", "2024-12-03", "day")
    rows = _resolved("The pool closed in August. At the time, the council estimated repairs at €1m.", dt.date(2025, 11, 27))
    assert rows[-1] == ("At the time", "2025-08", "month")


def test_the_end_of_that_month_and_horizons():
    rows = _resolved("In early October, troops moved. By the end of that month, thousands had arrived.")
    assert rows[-1] == ("By the end of that month", "2024-10", "month")
    assert _one("Few expect the partnership to unravel in the near term.")["resolved"] is None
    assert _one("Talks might follow the inauguration on January 20.")["resolved"] == "2025-01-20"
    assert _resolved("In 2024 GMT was renamed.") == [("In 2024", "2024", "year")]


def _sentences(text, published):
    return [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]


def test_quarters_of_a_financial_year_named_by_its_months_or_its_end():
    published = dt.date(2026, 11, 13)
    text = ("Agro Q2 profit jumps 31%. The company reported profit for the September quarter. Net profit for the "
            "July-September period, the second quarter of fiscal 2027, rose from the year-ago quarter. Revenue grew "
            "11.2%, from 2,111.5 crore a year earlier. The plant will start production in the fourth quarter.")
    assert _sentences(text, published) == [
        ("Q2", "2026-Q3"), ("the September quarter", "2026-Q3"), ("the July-September", "2026-Q3"),
        ("the second quarter of fiscal 2027", "2026-Q3"), ("from the year-ago quarter", "2025-Q3"),
        ("a year earlier", "2025-Q3"), ("in the fourth quarter", "2027-Q1")]
    text = "Kaneda said its third-quarter operating profit fell 12% to ¥286.4 billion in the quarter ended December 31."
    assert _sentences(text, dt.date(2025, 2, 7))[0] == ("third-quarter", "2024-Q4")
    text = ("The company expects growth in fiscal 2027, which ends on March 31. Profit rose in Q2. For the first "
            "half of the fiscal year, net profit rose 24%. We expect the second half to be better.")
    assert _sentences(text, published)[2:] == [("in Q2", "2026-Q3"), ("the first half of the fiscal year", "2026"),
                                               ("the second half", None)]
    assert _one("Profit rose in the second quarter of fiscal 2025.", published)["resolved"] == "2025-Q2"
    text = '"The guidance looks stretched unless the business recovers in the March quarter," Apte said.'
    assert _one(text, published)["resolved"] == "2027-Q1"


def test_british_clock_times_and_the_rest_of_a_month_or_year_told():
    published = dt.date(2024, 12, 24)
    assert _resolved("Updated at 2.52pm BST", published) == [("at 2.52pm", "2024-12-24", "day")]
    assert _resolved("The talks collapsed on March 3. The following month, fighting resumed.", published)[-1] == \
        ("The following month", "2024-04", "month")
    assert _resolved("The talks collapsed on March 3. Later that year, fighting resumed.", published)[-1] == \
        ("Later that year", "2024", "year")
    assert _resolved("The troops arrived in October. Earlier in the month, officials had warned of it.", published)[-1] == \
        ("Earlier in the month", "2024-10", "month")
    assert _resolved("Prices rose 9% in October from a year earlier.", published)[-1] == ("from a year earlier", "2023-10", "month")
    assert _resolved("The quake struck on Friday. Hours later, a second quake hit.", published)[-1] == \
        ("Hours later", "2024-12-20", "day")
    assert _resolved("The very next day, the troops withdrew.", published) == []  # no day told before it
    row = _one("Officials reported 1,250 deaths from Monday's pre-dawn earthquake.", published)
    assert (row["resolved"], row["qualifier"]) == ("2024-12-23", None)


def test_a_results_storys_own_day_and_the_same_period_a_year_earlier():
    published = dt.date(2025, 11, 14)
    rows = _resolved("The firm reported results on Thursday. The record date is Nov. 24. "
                     "Shares closed higher before the results were announced.", published)
    assert rows[-1] == ("before the results were announced", "2025-11-13", "day")
    assert _one("Shares closed higher before the results were announced.", published)["resolved"] == "2025-11-14"
    rows = _resolved("Remittances fell 6 percent in the first nine months of the year compared with the same "
                     "period a year earlier.", published)
    assert rows[-1] == ("the same period a year earlier", "2024", "year")
    rows = _resolved("Profit rose in the third quarter from the same period last year.", published)
    assert rows[-1][1] == "2024-Q3"


def test_a_clause_hung_on_a_verb_that_points_ahead_and_the_month_may_is_no_modal():
    published = dt.date(2025, 11, 27)
    assert _one("Work could not begin before tenders were returned in March.", published)["resolved"] == "2026-03"
    # a condition on a verb that points ahead is as far ahead: "would file … if he was not arraigned by Friday"
    assert _one("The defence would file for his release if he was not arraigned by Friday.", published)["resolved"] == "2025-11-28"
    assert _one("The firm, which would later collapse, was sold in March.", published)["resolved"] == "2025-03"
    rows = _resolved("KISUMU, Kenya, May 4 (Meridian) - At least 23 people drowned after a boat capsized late on "
                     "Saturday, police said.", dt.date(2025, 5, 4))
    assert rows[-1] == ("late on Saturday", "2025-05-03", "day")


def test_state_media_calendar_years_and_the_preceding_month():
    published = dt.date(2020, 3, 21)
    assert _one("The session will be convened on April 10, Juche 109 (2020).", published)["resolved"] == "2020-04-10"
    rows = _resolved("Inflation rose to 14.89 percent in November, compared to 14.23 percent in the preceding month.",
                     published)
    assert rows[-1] == ("in the preceding month", "2019-10", "month")


def test_a_pair_of_days_before_their_month_is_one_date_from_the_first():
    published = dt.date(2024, 12, 27)
    assert _resolved("Talks were held on 2-3 December.", published) == [("on 2-3 December", "2024-12-02", "day")]
    assert _resolved("Talks were held in December.", published) == [("in December", "2024-12", "month")]


def test_until_a_day_after_a_past_verb_is_the_nearest_such_day():
    published = dt.date(2025, 11, 14)
    row = _one("He was remanded in custody until November 28.", published)
    assert (row["resolved"], row["qualifier"]) == ("2025-11-28", "until")
    assert _one("The road reopened on November 2.", published)["resolved"] == "2025-11-02"


def test_since_an_event_the_text_does_not_date_and_since_the_start_of_the_year():
    published = dt.date(2025, 11, 14)
    row = _one("Turnout was the lowest since the end of the civil war, the commission said.", published)
    assert (row["mention"], row["resolved"]) == ("since the end of the civil war", None)
    assert _one("Livestock have died since the start of winter.", published)["resolved"] is None
    assert _resolved("Cases have doubled since the start of the outbreak in September.", published) == \
        [("in September", "2025-09", "month")]
    assert _resolved("Since the start of the full-scale invasion in February 2022, Russia has lost troops.",
                     published) == [("in February 2022", "2022-02", "month")]
    row = _one("Prices have fallen 4% since the start of the year.", published)
    assert (row["resolved"], row["qualifier"]) == ("2025-01-01", "since")  # (its first day: see below)
    assert _one("Trucks have brought water since the end of March.", published)["resolved"] == "2025-03"


def test_a_schedule_told_in_the_present_points_ahead():
    published = dt.date(2025, 11, 12)  # a Wednesday
    assert _one("The summit opens Monday in Seoul.", published)["resolved"] == "2025-11-17"
    assert _one("The trial resumes Monday.", published)["resolved"] == "2025-11-17"
    assert _one("The minister arrives at the courthouse on Monday.", published)["resolved"] == "2025-11-10"


def test_a_span_of_months_that_is_no_quarter_is_one_stretch_from_its_first_month():
    published = dt.date(2025, 11, 12)
    assert _resolved("Prices rose in the January-September period.", published) == [
        ("January-September", "2025-01", "month")]
    rows = _dates("Exports rose 5% in January-October 2024.", published)
    assert [(r["mention"], r["resolved"], r["qualifier"], r["note"]) for r in rows] == [
        ("January-October 2024", "2024-01", "from", "a stretch of months, to 2024-10")]
    assert _resolved("Net profit for the July-September quarter rose.", published)[0][1] == "2025-Q3"
    # two months named apart are two dates, not a stretch
    assert [r for _, r, _ in _resolved("Rain fell in March and in May.", published)] == ["2025-03", "2025-05"]
    assert [r for _, r, _ in _resolved("The vote is due in March or May 2026.", published)] == ["2026-03", "2026-05"]


def test_overnight_before_a_date_is_the_night_of_that_date():
    published = dt.date(2024, 12, 4)
    assert [r for _, r, _ in _resolved("Russia attacked with drones overnight on Dec. 1.", published)] == \
        ["2024-12-01", "2024-12-01"]
    assert _resolved("Rescuers worked overnight.", published) == [("overnight", "2024-12-04", "day")]


def test_that_month_the_month_before_and_the_end_of_the_day():
    published = dt.date(2024, 12, 4)
    assert _resolved("The treaty was ratified in June. That month, troops began training.", published)[-1] == \
        ("That month", "2024-06", "month")
    assert _resolved("The troops arrived in October. The month before, the treaty was ratified.", published)[-1] == \
        ("The month before", "2024-09", "month")
    assert _resolved("He was in Kursk the week before last.", published) == [("the week before last", "2024-11-18", "week")]
    row = _one("The report is due by the end of the day.", published)
    assert (row["resolved"], row["qualifier"]) == ("2024-12-04", "no later than")
    assert _one("Repairs will be finished by year's end.", published)["resolved"] == "2024-12"


def test_a_participle_after_its_noun_does_not_turn_a_future_clause_past():
    published = dt.date(2024, 12, 5)
    text = '"I would be surprised if we did not see units used in large-scale assaults by late January," he said.'
    assert _one(text, published)["resolved"] == "2025-01"
    assert _one("He said troops would stay, and that soldiers killed in the attack were buried in March.",
                published)["resolved"] == "2024-03"


def test_this_coming_friday_and_the_coming_weekend_are_ahead():
    published = dt.date(2025, 11, 12)  # a Wednesday
    assert _one("The vote is this coming Friday.", published)["resolved"] == "2025-11-14"
    assert _one("Talks are planned for the coming weekend.", published)["resolved"] == "2025-11-15"
    assert _one("The deal was signed this Monday.", published)["resolved"] == "2025-11-10"


def test_last_and_next_season_are_the_latest_ended_and_the_first_to_begin():
    published = dt.date(2024, 12, 27)
    assert _one("Troops were first sent last summer.", published)["resolved"] == "2024"
    assert _one("Troops were first sent last autumn.", published)["resolved"] == "2024"
    assert _one("The pool will reopen by next summer.", published)["resolved"] == "2025"
    assert _one("Herders lost animals last summer.", dt.date(2025, 2, 10))["resolved"] == "2024"


def test_date_matches_finds_what_the_date_pattern_finds():
    # the lower-case finder (_date_matches) against the date pattern's own finditer, over the
    # fixtures and made-up texts: capitals where the pattern wants them and where it does not
    # ("Q3"/"q3", "this monsoon season"/"this Monsoon season"), non-ASCII, \x1c, every start
    import random
    import re
    from pathlib import Path

    from claimbrief.extract import dates

    pattern = dates._patterns()["date"]
    rng = random.Random(21)
    vocabulary = ["in", "In", "the", "The", "last", "week", "on", "Monday", "monday", "March", "MARCH", "may", "3",
                  "2024", "1998s", "Q3", "q3", "first", "half", "of", "since", "Since", "early", "two", "days", "ago",
                  "later", "this", "This", "Monsoon", "monsoon", "season", "year", "fiscal", "FY25", "fy2025", "-",
                  "–", ",", ".", "a", "few", "months", "Christmas", "christmas", "x", "Kelvin", "\u212a", "is",
                  "\x1c", "\t", "\n", "12:05", "GMT", "at", "9", "p.m.", "end-2025", "mid-February", "é", "May-July",
                  "quarter", "Jan.", "$", "%", "weekend", "within", "five", "years", "until", "up", "to", "will",
                  "Will", "be", "scheduled", "Ahmed", "ahmed", "HUNDRED", "closed", "than", "expected", "has", "said"]
    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "fixtures").glob("*.txt"))]
    texts += [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 16))) for _ in range(6000)]
    texts += [re.sub(r"\s+", "", t) for t in texts[-500:]]  # words run together
    for text in texts:
        for lo, hi in ((0, len(text)), (rng.randint(0, len(text)), len(text)),
                       (rng.randint(0, len(text) // 2), rng.randint(len(text) // 2, len(text)))):
            assert [(m.span(), m.groupdict()) for m in dates._date_matches(text, lo, hi)] == \
                [(m.span(), m.groupdict()) for m in pattern.finditer(text, lo, hi)], (text[lo:hi],)
            # the tense cues, found the same way in a clause cut out of its sentence (see _direction;
            # their look-behinds see several characters back, so only a whole string is searched so)
            clause = text[lo:hi]
            for name in ("future", "past"):
                cue = dates._patterns()[name]
                found = dates._matches_by_lower_case(cue, dates._patterns()[name + "_lower"], clause, 0, len(clause))
                if found is not None:
                    assert [m.span() for m in found] == [m.span() for m in cue.finditer(clause)], (clause,)
                    first = dates._matches_by_lower_case(cue, dates._patterns()[name + "_lower"], clause, 0, len(clause),
                                                         first=True)
                    assert [m.span() for m in first] == [m.span() for m in found[:1]]


def test_the_lower_case_date_pattern_keeps_escapes_and_drops_groups_and_case():
    from claimbrief.extract import dates

    assert dates._lower_case_pattern(r"(?<![\w-])(?P<m>May|JUNE)\s+(?-i:Q(?P<q>[1-4]))\b\D") == \
        r"(?<![\w-])(?:may|june)\s+(?:q(?:[1-4]))\b\D"


def test_the_patterns_found_by_lower_case_copies_have_no_case_sensitive_part_in_a_negative_look_around():
    # _lower_case_pattern drops case sensitivity: its copy matches more only if no
    # case-sensitive part ("(?-i:...)") stands in a negative look-around, where dropping it
    # would make the copy match less (and _matches_by_lower_case miss a match); nor may a
    # part turn case sensitivity on ("(?i:...)" in a pattern without re.IGNORECASE)
    import re
    try:
        from re import _constants as c, _parser as parser  # Python 3.11+
    except ImportError:  # pragma: no cover
        import sre_constants as c
        import sre_parse as parser

    from claimbrief.extract import dates, figures

    def check(items, negative: bool) -> None:
        for op, av in items:
            if op is c.SUBPATTERN:
                _, add_flags, del_flags, sub = av
                assert not add_flags & re.IGNORECASE
                assert not (negative and del_flags & re.IGNORECASE)
                check(sub, negative)
            elif op is c.ASSERT_NOT:
                check(av[1], True)
            elif op is c.ASSERT:
                check(av[1], negative)
            elif op is c.BRANCH:
                for branch in av[1]:
                    check(branch, negative)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
                check(av[2], negative)

    patterns = [dates._patterns()[name] for name in ("date", "future", "past")]
    patterns += [figures._measure_patterns()["level_verb"], figures._patterns()["unit_alone"]]
    for pattern in patterns:
        assert pattern.flags & re.IGNORECASE
        check(parser.parse(pattern.pattern, pattern.flags), False)


def test_an_event_keeps_the_thousands_in_its_numbers():
    """The event a date dates is its clause; a comma between digits is no clause break, so
    the timeline does not show "000 soldiers the North has sent"."""
    event = _one("Of the roughly 11,000 soldiers sent since October, most are in the border region.")["event"]
    assert event.startswith("Of the roughly 11,000 soldiers sent"), event
    assert _one("The old paper mill closed in March, and 40 people lost their jobs.")["event"] == "The old paper mill closed"
    # (the date words taken out leave no space before the comma after them)
    event = [r for r in _dates("Flood\n\nShelters held 38 families on Monday, down from 44 on Friday, the council said.")
             if r["mention"] == "on Friday"][0]["event"]
    assert "44 ," not in event and "down from 44, the council said" in event, event


def test_a_wire_dateline_days_before_publication_is_the_day_weekdays_are_told_from():
    """A page dated Thursday that carries a story filed on Monday ("SEOUL, Dec. 23 (Agency)
    --") tells its "on Tuesday" and "yesterday" from the Monday: the Tuesday before it, not
    the one after."""
    published = dt.date(2024, 12, 26)  # a Thursday
    text = ("Troops lost\n\nSEOUL, Dec. 23 (Agency) -- Soldiers were killed on Saturday, officials said on Monday. "
            "Officials met on Tuesday. Talks ended yesterday.")
    got = {m: r for m, r, _ in _resolved(text, published)}
    assert got["on Tuesday"] == "2024-12-17" and got["yesterday"] == "2024-12-22", got
    assert got["on Saturday"] == "2024-12-21" and got["on Monday"] == "2024-12-23", got
    text = "KYIV, Ukraine, 23 December – Officials said on Thursday that the units had moved."
    assert _resolved(text, published)[1] == ("on Thursday", "2024-12-19", "day")
    text = "Polls close\n\nDec. 23 (Agency) — The first polls closed on Thursday evening."
    assert _resolved(text, published)[1] == ("on Thursday evening", "2024-12-19", "day")
    # a date further back is no dateline of this story, and none moves a same-day page
    text = "LONDON, March 3 - The talks, first held on Thursday, resumed."
    assert _resolved(text, published)[1] == ("on Thursday", "2024-12-26", "day")


def test_a_modal_before_have_looks_back():
    """"could have been killed on Tuesday", "may have been deployed on Friday": a modal
    perfect tells what may have happened, so its weekday is the one before publication."""
    published = dt.date(2024, 12, 26)  # a Thursday
    assert _one("The troops could have been killed in drone strikes on Tuesday.", published)["resolved"] == "2024-12-24"
    assert _one("The soldiers may have been deployed on Friday.", published)["resolved"] == "2024-12-20"
    assert _one("The unit would not have left before Sunday.", published)["resolved"] == "2024-12-22"
    # a modal alone, and "will have", still point ahead
    assert _one("Talks could resume on Monday.", published)["resolved"] == "2024-12-30"
    assert _one("Troops will have withdrawn by Friday.", published)["resolved"] == "2024-12-27"


def test_due_to_a_cause_and_a_plan_told_in_the_past_do_not_point_ahead():
    """"cancelled due to heavy snow on Tuesday" gives a cause, "were expected to announce
    it on Tuesday" a plan already overtaken: both Tuesdays are before publication; "is due
    on Friday" and "are due to resume on Monday" still point ahead."""
    published = dt.date(2024, 12, 26)  # a Thursday
    assert _one("Flights were cancelled due to heavy snow on Tuesday.", published)["resolved"] == "2024-12-24"
    assert _one("The closures were due to a strike on Monday.", published)["resolved"] == "2024-12-23"
    assert _one("Officials were expected to announce the result on Tuesday.", published)["resolved"] == "2024-12-24"
    assert _one("Analysts had expected a cut on Wednesday.", published)["resolved"] == "2024-12-25"
    assert _one("The report is due on Friday.", published)["resolved"] == "2024-12-27"
    assert _one("Talks are due to resume on Monday.", published)["resolved"] == "2024-12-30"
    assert _one("The verdict is due Monday.", published)["resolved"] == "2024-12-30"


def test_a_live_pages_time_stamp_is_the_day_its_entries_are_told_from():
    """Entries under "Dec 23, 2024, 9:15 PM EST" on a page updated on Dec 24 tell "earlier
    today", "this evening" and "overnight" of Dec 23; a date in a sentence moves nothing."""
    published = dt.date(2024, 12, 24)
    text = ("Live: latest\n\nDec 24, 2024, 10:42 AM EST\nThe military said it captured two soldiers.\n\n"
            "Dec 23, 2024, 9:15 PM EST\nThe ministry said overnight strikes hit the region. Earlier today, officials met.\n\n"
            "Monday 23 December 2024\nThe president said this evening that the troops had been sent.\n\n"
            "Posted at 08:12 22 Dec\nOfficials said on Sunday that talks were over.")
    rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]
    assert ("overnight", "2024-12-23") in rows and ("Earlier today", "2024-12-23") in rows, rows
    assert ("this evening", "2024-12-23") in rows and ("on Sunday", "2024-12-22") in rows, rows
    text = "The meeting on December 20 ended. Officials said today that talks were over."
    assert _resolved(text, published)[1] == ("today", "2024-12-24", "day")
    # (a stamp writes its date out: "Yesterday." alone is none)
    text = "Troops arrived. When? Yesterday. Officials said on Tuesday that they had left."
    rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]
    assert rows[1:] == [("on Tuesday", "2024-12-24")], rows
    for stamp in ("Mon, 23 Dec 2024 14:05:00 GMT", "Updated: Dec. 23, 2024 at 2:05 p.m. ET", "23.12.2024 12:30",
                  "By Jane Roe | Dec 23, 2024", "Seoul, December 23, 2024", "Kim Min-ji · 2024.12.23 14:05"):
        text = f"Troops\n\nBy Jane Roe\n{stamp}\n\nOfficials said that troops were killed yesterday."
        rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]
        assert rows[-1] == ("yesterday", "2024-12-22"), (stamp, rows)


def test_an_aim_a_need_or_an_undertaking_points_ahead_and_set_for_march_is_a_month():
    """"hopes to finish the road in March", "promised to pay the arrears in February",
    "should fall in October": what is still to be done lies after publication; "set for
    March" names the month after "for"."""
    published = dt.date(2024, 11, 20)
    assert _one("The company wants to list its shares in October.", published)["resolved"] == "2025-10"
    assert _one("The ministry promised to pay the arrears in February.", published)["resolved"] == "2025-02"
    assert _one("The union vowed to strike in September.", published)["resolved"] == "2025-09"
    assert _one("Officials are preparing to hold the vote in August.", published)["resolved"] == "2025-08"
    assert _one("Prices should fall in October.", published)["resolved"] == "2025-10"
    assert _one("The government needs to repay the bond in September.", published)["resolved"] == "2025-09"
    assert _one("The vote is set for March.", published)["resolved"] == "2025-03"
    assert _one("A rally is planned for May.", published)["resolved"] == "2025-05"
    assert _dates("Protesters march for peace. Theresa May spoke.", published) == []


def test_numeric_dates_with_dots_or_year_first_and_years_after_a_determiner():
    """"23.12.2024" (day first, European copy), "2024/12/20" (year first, East Asian copy);
    a year of our times after a determiner, a possessive or "for"/"with" is a year ("a 2018
    summit", "Russia's 2022 invasion", "the forecast for 2025"), a round "2000" a count."""
    assert _resolved("The count was released on 23.12.2024.") == [("on 23.12.2024", "2024-12-23", "day")]
    assert _resolved("It reported on 2024/12/20.") == [("on 2024/12/20", "2024-12-20", "day")]
    assert _resolved("A 2018 summit failed.") == [("2018", "2018", "year")]
    assert _resolved("Russia's 2022 invasion changed that.") == [("2022", "2022", "year")]
    assert _resolved("The forecast for 2025 is weak. Compared with 2023, exports rose.") == \
        [("2025", "2025", "year"), ("2023", "2023", "year")]
    assert _dates("They paid for 2000 tickets. A 2000 strong force came.") == []


def test_a_few_days_or_several_weeks_past_and_over_the_years_have_no_date():
    rows = _resolved("Over the past few days, fighting grew. In the past several weeks, losses mounted. "
                     "Over the years, ties grew.")
    assert [(m.lower(), r) for m, r, _ in rows] == [("the past few days", None), ("in the past several weeks", None),
                                                   ("over the years", None)], rows


def test_the_past_24_hours_is_the_day_the_count_ends():
    """"In the past 24 hours" counts to publication and is dated to that day, as "the 24
    hours to 8am" is; longer stretches stay at the precision that is certain."""
    published = dt.date(2024, 12, 26)
    assert _one("In the past 24 hours, 30 clashes were recorded.", published)["resolved"] == "2024-12-26"
    assert _one("Over the past day, fighting eased.", published)["resolved"] == "2024-12-26"
    assert _one("Over the past 48 hours, ten died.", published)["resolved"] == "2024-12"
    assert _one("Rain will fall in the next 24 hours.", published)["resolved"] == "2024-12-27"  # (by its end)


def test_the_final_quarter_of_a_year_and_the_year_before_last():
    published = dt.date(2024, 12, 26)
    assert _resolved("Sales rose in the final quarter of 2023.", published) == \
        [("in the final quarter of 2023", "2023-Q4", "quarter")]
    assert _one("Revenue fell in the last quarter of last year.", published)["resolved"] == "2023-Q4"
    assert _dates("The team scored twice in the final quarter.", published) == []
    assert _resolved("Exports rose the year before last.", published) == [("the year before last", "2022", "year")]
    assert _one("Prices peaked the month before last.", published)["resolved"] == "2024-10"


def test_a_day_named_by_its_ordinal_alone_is_of_the_month_told():
    """"said on the 23rd that", "on the morning of the 18th" (as translated copy writes it):
    that day of the month last told, else of publication's month, or the month before when
    the day is still to come and the verb looks back; "the 47th Brigade", "the 18th century"
    and "on the 3rd day" are no days."""
    published = dt.date(2024, 12, 26)
    assert _resolved("The agency said on the 23rd that troops died. On the morning of the 18th, drones struck.",
                     published) == [("on the 23rd", "2024-12-23", "day"), ("the 18th", "2024-12-18", "day")]
    assert _resolved("Talks began on November 3. On the 5th, troops withdrew.", published)[1] == \
        ("On the 5th", "2024-11-05", "day")
    assert _one("Officials said on the 28th they would meet.", published)["resolved"] == "2024-11-28"
    assert _one("The vote will be held on the 30th.", published)["resolved"] == "2024-12-30"
    assert _dates("Units of the 47th Brigade fought on. In the 18th century it was a fort. "
                  "He finished on the 3rd day.", published) == []
    assert _resolved("The soldier, born 1999, said so.", published) == [("1999", "1999", "year")]


def test_march_or_may_at_the_end_of_a_stretch_is_a_month():
    published = dt.date(2024, 11, 19)
    assert _resolved("In the year to March, sales fell. Output in the three months to May rose.", published) == \
        [("March", "2024-03", "month"), ("May", "2024-05", "month")]
    assert _dates("He spoke to May about it.", published) == []


def test_a_caption_in_the_present_tells_what_the_photo_shows():
    """A caption's "meets ... on Monday" is the Monday the photo was taken; the same verb in
    the story is a schedule."""
    published = dt.date(2024, 12, 26)
    text = ("Leaders meet in the capital\n\nThe president meets the prime minister in the capital on Monday. "
            "(Photo: Jane Roe/Agency)\n\nThe two leaders signed a pact. The president meets his counterpart again on Friday.")
    rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text, "Leaders meet in the capital"),
                                                                 published)]
    assert rows == [("on Monday", "2024-12-23"), ("on Friday", "2024-12-27")], rows


def test_a_linked_headline_in_the_present_tells_past_news():
    text = "Stocks rise\n\nStocks rose on Friday.\n\nRelated:\n- Index ends February up 3%\n"
    rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text, "Stocks rise"), dt.date(2026, 3, 6))]
    assert rows[-1] == ("February", "2026-02"), rows


def test_the_past_decade_has_no_one_date():
    rows = _resolved("Cases doubled in the past decade. Over the last two decades, aid fell.")
    assert [(m.lower(), r) for m, r, _ in rows] == [("in the past decade", None), ("the last two decades", None)], rows


def test_a_year_by_its_shape_in_brackets_or_as_a_subject():
    """"2022's invasion", "The study (2023)", "2023 was the hottest year", "back at 2019
    levels", "in both 2019 and 2020", "unlike 2021": years of our times a count never takes."""
    rows = _resolved("Output is back at 2019 levels. 2022's invasion changed that. The study (2023) found gains. "
                     "2024 was the hottest year. Unlike 2021, the harvest was good. In both 2017 and 2018 it rained.")
    assert [m for m, _, _ in rows] == ["2019", "2022", "2023", "2024", "2021", "2017", "2018"], rows
    assert _dates("2019 people fled. Gamma (2000) voted.") == []


def test_the_analysts_short_forms_of_quarters_and_halves():
    published = dt.date(2024, 11, 14)
    assert _resolved("Revenue rose in H1 2024. Margins improved in 3Q24. Sales fell in Q2'23. Profit rose in 1H24.",
                     published) == [("in H1 2024", "2024", "year"), ("in 3Q24", "2024-Q3", "quarter"),
                                    ("in Q2'23", "2023-Q2", "quarter"), ("in 1H24", "2024", "year")]
    assert _resolved("Margins improved in 3Q24 from the year-ago quarter.", published)[1][1] == "2023-Q3"
    assert _dates("The H1 visa rules changed.", published) == []


def test_set_for_takes_place_and_this_weekday_without_a_verb():
    published = dt.date(2024, 12, 26)  # a Thursday
    assert _one("The vote is set for Sunday.", published)["resolved"] == "2024-12-29"
    assert _one("The summit takes place on Monday.", published)["resolved"] == "2024-12-30"
    assert _one("The rally took place on Monday.", published)["resolved"] == "2024-12-23"
    assert _one("Voters head to the polls this Sunday.", published)["resolved"] == "2024-12-29"
    assert _one("This Monday's strike hit the port.", published)["resolved"] == "2024-12-23"


def test_a_quarter_told_from_publications_quarter():
    published = dt.date(2024, 11, 14)
    rows = _resolved("Sales should recover this quarter. Profit fell last quarter. Growth will pick up next quarter. "
                     "Orders rose in the past quarter.", published)
    assert [(m.lower(), r) for m, r, _ in rows] == [("this quarter", "2024-Q4"), ("last quarter", "2024-Q3"),
                                                   ("next quarter", "2025-Q1"), ("in the past quarter", "2024-Q3")], rows
    assert _resolved("Profit fell last quarter from the year-ago quarter.", published)[1][1] == "2023-Q3"
    assert _dates("The team scored twice in the last quarter.", published) == []


def test_the_start_of_the_month_or_week_and_the_start_of_next_year():
    published = dt.date(2024, 12, 26)
    rows = _resolved("Since the start of the month, 300 cases were logged. Since the beginning of the week, rain fell. "
                     "The law takes effect at the start of next year.", published)
    assert [(m.lower(), r, p) for m, r, p in rows] == [("since the start of the month", "2024-12", "month"),
                                                      ("since the beginning of the week", "2024-12-23", "week"),
                                                      ("at the start of next year", "2025-01", "month")], rows
    assert _one("Since the start of the war, ten died.", published)["resolved"] is None


def test_earlier_or_later_in_the_day_is_the_day_told():
    rows = _resolved("The agency briefed lawmakers on Wednesday. Earlier in the day, it met the president. "
                     "Later in the day, officials met.", dt.date(2024, 12, 19))
    assert [r for _, r, _ in rows] == ["2024-12-18"] * 3, rows


def test_a_first_half_goal_is_no_half_year():
    assert _dates("A first-half goal from the striker settled it. Second-half substitutes changed the game.") == []
    assert _resolved("First-half profit rose 12%.")[0][1:] == ("2024", "year")


def test_days_later_without_a_count_is_dated_as_far_as_is_certain():
    rows = _resolved("Police seized the drugs on January 14. Days later, two men were arrested. "
                     "The dam burst on March 28. Days later, the toll rose.", dt.date(2026, 2, 10))
    assert rows[1] == ("Days later", "2026-01", "month") and rows[3] == ("Days later", "2025", "year"), rows
    assert _resolved("The storm blew in on March 3.", dt.date(2026, 2, 10)) == [("on March 3", "2025-03-03", "day")]


def test_hours_or_several_days_ago_without_a_count():
    rows = _resolved("Just hours ago, officials met. Several days ago, talks ended. Years ago, ties were warm.",
                     dt.date(2024, 12, 19))
    assert [(m.lower(), r) for m, r, _ in rows] == [("hours ago", "2024-12-19"), ("several days ago", "2024-12"),
                                                   ("years ago", None)], rows


def test_today_or_yesterday_in_a_quotation_is_told_from_the_day_it_was_said():
    published = dt.date(2024, 12, 28)  # a Saturday
    rows = _resolved('"We struck them yesterday," the commander said on Friday. Officials said on Friday that '
                     'talks ended yesterday.', published)
    assert rows == [("yesterday", "2024-12-26", "day"), ("on Friday", "2024-12-27", "day"),
                    ("on Friday", "2024-12-27", "day"), ("yesterday", "2024-12-27", "day")], rows


def test_today_in_a_quotation_is_the_day_the_sentence_before_told_of_its_saying():
    # 'told analysts on Thursday evening.' then the quotation: its "today" is Thursday
    published = dt.date(2024, 12, 28)  # a Saturday
    text = ('Results\n\nThe chief executive spoke to analysts on Thursday evening. "The forecast we have given you '
            'today is a cautious one," he said.\n\n"Prices rose today," a trader said.')
    rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]
    assert ("today", "2024-12-26") in rows and ("on Thursday evening", "2024-12-26") in rows, rows
    # a quotation whose saying no sentence before dates stays the day of publication
    assert rows[-1] == ("today", "2024-12-28"), rows


def test_days_later_opening_a_sentence_count_from_the_day_the_sentence_before_told_its_saying_included():
    published = dt.date(2024, 12, 20)
    text = ("Losses\n\nThe agency estimated on Thursday that 100 soldiers had died. The service first said on Oct. 18 "
            "that troops had been shipped.\n\nFive days later, the agency reported that units had reached the region. "
            "Nine days earlier, officials had said nothing.")
    rows = {r["mention"]: r["resolved"] for r in extract_dates(text, split_sentences(text), published)}
    assert rows["Five days later"] == "2024-10-23", rows
    # (a count after a sentence that told no day of its own stays on the story's anchor)
    assert rows["Nine days earlier"] == "2024-10-14", rows


def test_the_coming_days_and_weeks_are_the_month_of_publication_when_they_cannot_leave_it():
    early, late = dt.date(2024, 12, 3), dt.date(2024, 12, 20)
    text = "Troops will be sent in the coming weeks. Rain is expected in the coming days. Talks resume in the weeks ahead."
    assert [(r["resolved"], r["precision"]) for r in _dates(text, early)] == [("2024-12", "month")] * 3
    # (three weeks from the 20th run into January: no one month)
    assert [r["resolved"] for r in _dates(text, late)] == [None, "2024-12", None]


def test_a_clock_time_after_a_bound_is_of_the_day_the_story_told():
    published = dt.date(2023, 10, 16)  # a Monday
    text = "Voters went to the polls on Sunday.\n\nThe count finished shortly after 11 p.m., officials said."
    rows = [(r["mention"], r["resolved"], r["qualifier"]) for r in extract_dates(text, split_sentences(text), published)]
    assert rows[-1] == ("after 11 p.m.", "2023-10-15", "after"), rows
    # (a count that ran past midnight ends on the day after: "declared shortly after 1am")
    text = "Polls closed on Sunday.\n\nThe result was declared shortly after 1am, officials said."
    rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]
    assert rows[-1] == ("after 1am", "2023-10-16"), rows


def test_the_weekend_as_a_modifier_after_in():
    published = dt.date(2024, 12, 17)  # a Tuesday
    assert _resolved("The losses came in weekend fighting near three villages.", published) == \
        [("in weekend", "2024-12-14", "day")]
    assert _dates("The ministry will report on weekday talks.", published) == []


def test_a_weekday_bound_as_a_deadline_points_ahead_or_is_the_nearer_after_a_past_verb():
    published = dt.date(2024, 12, 18)  # a Wednesday
    assert _resolved("Authorities extended the evacuation order until Friday.", published) == \
        [("until Friday", "2024-12-20", "day")]
    assert _resolved("Residents were told to leave by Friday.", published) == [("by Friday", "2024-12-20", "day")]
    assert _resolved("The agency issued a storm warning through Saturday.", published) == \
        [("through Saturday", "2024-12-21", "day")]
    assert _resolved("Voters have until noon on Saturday to register.", published) == [("on Saturday", "2024-12-21", "day")]
    assert _resolved("The border crossing stays closed until 6 a.m. Friday, the ministry said.", published)[-1][1] == \
        "2024-12-20"
    assert _resolved("The bridge was closed until late Friday.", published) == [("until late Friday", "2024-12-20", "day")]
    # the nearer one may lie behind, and a fronted "By Friday" is told after the day
    assert _resolved("The airport was closed until Monday.", published) == [("until Monday", "2024-12-16", "day")]
    assert _resolved("By Friday, the toll had risen to 40.", published) == [("By Friday", "2024-12-13", "day")]


def test_a_clock_time_is_joined_to_its_day_or_dated_to_the_day_its_sentence_names():
    published = dt.date(2024, 12, 18)  # a Wednesday
    assert _resolved("The quake struck at 3:40 a.m. local time on Monday.", published) == \
        [("at 3:40 a.m. local time on Monday", "2024-12-16", "day")]
    assert _resolved("The quake struck on Monday at 3:40 a.m., officials said.", published) == \
        [("on Monday at 3:40 a.m.", "2024-12-16", "day")]
    assert _resolved("Rescuers reached the site by 7 a.m. Tuesday.", published) == [("by 7 a.m. Tuesday", "2024-12-17", "day")]
    assert _resolved("The statement was issued at 10 a.m. Korea time Monday.", published) == \
        [("at 10 a.m. Korea time Monday", "2024-12-16", "day")]
    assert _resolved("The strike hit at 4 a.m., the ministry said on Monday.", published) == \
        [("at 4 a.m.", "2024-12-16", "day"), ("on Monday", "2024-12-16", "day")]
    # not to a day counted from another ("two days later"): that clock time is left out
    text = "The trial opened on Monday. Two days later, the jury returned its verdict shortly after 10 a.m."
    rows = [r["mention"] for r in extract_dates(text, split_sentences(text), published)]
    assert rows == ["on Monday", "Two days later"], rows
    # the military's four-digit time before "local time"
    assert _resolved("The drones struck around 0300 local time.", published) == [("around 0300 local time", "2024-12-18", "day")]


def test_a_stamp_line_with_an_update_an_offset_or_an_outlet_still_dates_the_story():
    published = dt.date(2024, 12, 24)
    for stamp in ("December 23, 2024 10:15 PM GMT+9 Updated 2 hours ago", "Updated 2:34 AM EST, Mon December 23, 2024",
                  "Posted : 2024-12-23 14:05 Updated : 2024-12-23 15:00", "December 23, 2024 / 10:15 PM / Daily Planet",
                  "Published : Dec. 23, 2024 - 15:44 Updated : Dec. 23, 2024 - 16:00", "23 Dec 2024 • 14:05",
                  "23 December 2024 | 2 min read"):
        text = f"Troops\n\nBy Jane Roe\n{stamp}\n\nOfficials said today that troops were killed overnight."
        rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]
        assert rows[-2:] == [("today", "2024-12-23"), ("overnight", "2024-12-23")], (stamp, rows)


def test_a_length_of_time_is_no_date_and_several_past_years_are_no_one_year():
    published = dt.date(2024, 12, 18)
    assert _dates("Fighting has raged for weeks, and talks dragged on for months.", published) == []
    assert _resolved("Over the past five years, prices doubled.", published) == [("the past five years", None, None)]
    assert _resolved("Prices rose over the past year.", published) == [("the past year", "2024-12-18", "day")]
    assert _resolved("The plan runs over the next three years.", published) == [("the next three years", "2027", "year")]


def test_could_of_the_senses_tells_what_was_perceived_not_what_is_ahead():
    published = dt.date(2024, 12, 16)  # a Monday
    assert _resolved("Explosions could be heard across the city late Friday night.", published) == \
        [("late Friday night", "2024-12-13", "day")]
    assert _resolved("Residents could hear gunfire on Saturday.", published) == [("on Saturday", "2024-12-14", "day")]
    assert _resolved("Rain could fall on Friday.", published) == [("on Friday", "2024-12-20", "day")]


def test_a_date_an_event_is_moved_to_is_the_nearest_such_date_whatever_the_tense():
    published = dt.date(2024, 12, 1)
    assert _resolved("The election commission said voting was postponed to January 19.", published)[-1][1] == "2025-01-19"
    assert _resolved("The trial was adjourned to January 19.", published)[-1][1] == "2025-01-19"
    assert _resolved("The hearing was set for January 19.", published)[-1][1] == "2025-01-19"
    # the nearest may lie behind
    assert _resolved("The vote was postponed from October to November 3.", published)[-1][1] == "2024-11-03"


def test_a_term_that_starts_and_what_is_next_point_ahead():
    published = dt.date(2024, 12, 1)
    assert _resolved("The senator, who won the election in November, takes office on January 20.", published)[-1][1] == \
        "2025-01-20"
    assert _resolved("The bank left rates unchanged and said its next meeting is on January 19.", published)[-1][1] == \
        "2025-01-19"
    assert _resolved("Polls close at 8 p.m. on Sunday.", dt.date(2024, 11, 14)) == [("at 8 p.m. on Sunday", "2024-11-17", "day")]
    assert _resolved("The president, whose term ends in May, cannot run again.", dt.date(2024, 11, 18)) == \
        [("in May", "2025-05", "month")]
    assert _resolved("A bomb exploded next to the station on Monday.", dt.date(2024, 12, 18)) == [("on Monday", "2024-12-16", "day")]
    # "the next day" is told from a day before, not from publication
    assert _resolved("The next day, March 3, troops withdrew.", published)[-1][1] == "2024-03-03"


def test_the_same_year_as_the_one_told_and_the_previous_year_with_none_told():
    published = dt.date(2024, 12, 1)
    text = "The dam was built in 1998. The same year, floods hit the valley."
    assert [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)] == \
        [("in 1998", "1998"), ("The same year", "1998")]
    assert _resolved("Exports rose 5% from the previous year.", published) == [("from the previous year", "2023", "year")]
    text = "Sales rose in October. In the same month last year, they fell."
    # (the month told, a year before: not this October)
    assert [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)] == \
        [("in October", "2024-10"), ("In the same month last year", "2023-10")]


def test_a_year_ago_or_earlier_beside_a_reported_period_is_that_period_a_year_before():
    published = dt.date(2024, 11, 14)
    assert _resolved("Acme said on Thursday its third-quarter profit rose 12% from a year ago.", published)[-1] == \
        ("from a year ago", "2023-Q3", "quarter")
    assert _resolved("Retail sales in October were 3% higher than a year ago.", published)[-1] == \
        ("a year ago", "2023-10", "month")
    text = "Acme reported third-quarter results on Tuesday. The company said on Tuesday that profit fell 20% " \
           "compared with a year earlier."
    assert [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)][-1] == \
        ("a year earlier", "2023-Q3")
    # (the same month that year: its year holds, and the month is as certain)
    assert _resolved("A year ago, the plant was closed.", published) == [("A year ago", f"2023-{published.month:02d}", "month")]


def test_a_deadline_for_what_was_still_to_be_done_is_the_nearest_month():
    published = dt.date(2024, 12, 1)
    assert _resolved("The bridge was expected to reopen by March.", published) == [("by March", "2025-03", "month")]
    assert _resolved("The government pledged last week to restore power by February.", published)[-1][1] == "2025-02"
    assert _resolved("The talks were extended until February.", published) == [("until February", "2025-02", "month")]
    # done by then, or a state that ran until then
    assert _resolved("Troops had reached the river by March.", published) == [("by March", "2024-03", "month")]
    assert _resolved("The plant was completed by March.", published) == [("by March", "2024-03", "month")]
    assert _resolved("The ceasefire held until February.", published) == [("until February", "2024-02", "month")]
    assert _resolved("By March, the fighting had spread.", published) == [("By March", "2024-03", "month")]


def test_a_february_with_no_verb_to_point_it_is_dated_in_a_year_that_is_not_leap():
    assert _resolved("Inflation in February.", dt.date(2025, 12, 1)) == [("in February", "2026-02", "month")]


def test_hours_after_an_event_are_of_the_day_told():
    published = dt.date(2024, 12, 18)
    for text, mention, day in (("A missile hit the city on Monday. An hour after the strike, rescuers arrived.",
                                "An hour after", "2024-12-16"),
                               ("Polls opened on Sunday. Two hours before the vote, the power failed.",
                                "Two hours before", "2024-12-15"),
                               ("The quake struck on Friday. Hours after the quake, aid arrived.", "Hours after", "2024-12-13")):
        rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]
        assert rows[-1] == (mention, day), rows
    # minutes are a match's or a flight's, lengths of time
    text = "The match began on Sunday. Stars levelled eight minutes after the break."
    assert [r["mention"] for r in extract_dates(text, split_sentences(text), published)] == ["on Sunday"]


def test_overnight_told_on_a_day_before_the_pages_is_the_night_that_ended_on_that_day():
    published = dt.date(2024, 12, 17)  # a Tuesday
    assert _resolved("Russia launched 50 drones overnight, the air force said on Monday.", published) == \
        [("overnight", "2024-12-16", "day"), ("on Monday", "2024-12-16", "day")]
    assert _resolved("The air force said on Monday that 50 drones were launched overnight.", published)[-1] == \
        ("overnight", "2024-12-16", "day")
    assert _resolved("Russia launched 50 drones overnight, the air force said.", published) == \
        [("overnight", "2024-12-17", "day")]


def test_times_told_by_pointing_back_or_ahead_are_undatable_rows():
    for text, mention in (("Since then, the front has barely moved.", "Since then"), ("By then, the troops had left.", "By then"),
                          ("Until now, talks have failed.", "Until now"), ("Next time, the army will be ready.", "Next time")):
        assert _resolved(text) == [(mention, None, None)], text


def test_the_second_day_of_a_pair_before_a_place_or_a_verb():
    published = dt.date(2024, 12, 17)
    assert _resolved("Troops were hit on December 14 and 15 near three villages.", published) == \
        [("on December 14", "2024-12-14", "day"), ("and 15", "2024-12-15", "day")]
    assert _resolved("Prices rose from March 3 to 5 percent.", published) == [("from March 3", "2024-03-03", "day")]


def test_the_three_months_to_a_quarters_last_month_and_a_july_to_september_period_are_quarters():
    published = dt.date(2024, 11, 14)
    assert _resolved("The economy grew 0.4% in the three months to September.", published) == \
        [("in the three months to September", "2024-Q3", "quarter")]
    assert _resolved("GDP grew 2.8% in the July-to-September period.", published)[0][1:] == ("2024-Q3", "quarter")
    # three months to another month are no calendar quarter
    assert _resolved("Unemployment rose to 4.3% in the three months to November.", published) == \
        [("November", "2024-11", "month")]


def test_a_part_of_the_day_told_of_the_date_after_it_is_one_expression_with_it():
    published = dt.date(2024, 12, 17)
    assert _resolved("The ship sank in the early morning of Dec. 14.", published) == \
        [("in the early morning of Dec. 14", "2024-12-14", "day")]
    assert _resolved("Temperatures hit 41C on Sunday, with winds strengthening in the afternoon.", published) == \
        [("on Sunday", "2024-12-15", "day"), ("in the afternoon", "2024-12-15", "day")]


def test_a_count_after_an_event_dated_in_its_phrase_counts_from_that_date():
    published = dt.date(2024, 12, 17)
    assert _resolved("The vote came a day after the attack on Monday.", published) == \
        [("a day after", "2024-12-17", "day"), ("on Monday", "2024-12-16", "day")]
    text = "The ceasefire began on Friday. Hours after the quake on Sunday, aid arrived."
    assert [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)][1] == \
        ("Hours after", "2024-12-15")


def test_a_dateline_after_an_agency_tag_or_closed_by_a_colon_dates_the_story():
    published = dt.date(2024, 12, 24)
    for dateline in ("(LEAD) SEOUL, Dec. 23 (Agency) --", "Portville, December 23:"):
        text = f"Troops killed\n\n{dateline} Officials said today that troops were killed overnight."
        rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]
        assert rows[-2:] == [("today", "2024-12-23"), ("overnight", "2024-12-23")], (dateline, rows)


def test_a_length_of_time_before_an_event_is_no_date():
    published = dt.date(2025, 3, 12)
    assert _resolved("The jury deliberated for two days before reaching a verdict on Tuesday.", published) == \
        [("on Tuesday", "2025-03-11", "day")]
    text = "The quake struck on Friday. Two days later, aid came."
    assert [r["mention"] for r in extract_dates(text, split_sentences(text), published)] == ["on Friday", "Two days later"]


def test_results_still_to_come_are_of_the_quarter_just_ended():
    published = dt.date(2025, 2, 6)
    assert _resolved("Results for the December quarter will be released next Tuesday.", published)[0][1] == "2024-Q4"
    assert _resolved("The company will report fourth-quarter earnings on Feb. 20.", published)[0][1] == "2024-Q4"
    assert _resolved("Profit will rise in the fourth quarter, the company said.", published)[0][1] == "2025-Q4"


def test_earlier_in_the_year_with_none_told_a_week_of_a_named_month_and_set_for_the_spring():
    published = dt.date(2024, 12, 17)
    assert _resolved("Talks collapsed earlier in the year.", published) == [("earlier in the year", "2024", "year")]
    assert _resolved("The outbreak began in the last week of November.", published) == [("of November", "2024-11", "month")]
    assert _resolved("Over the past week of talks, little changed.", published) == [("the past week", "2024-12-17", "day")]
    assert _resolved("The election is set for the spring.", published) == [("the spring", "2025", "year")]


def test_a_year_told_in_passing_after_the_days_event_does_not_move_the_time_just_told():
    published = dt.date(2024, 12, 17)
    text = "The strike on Saturday hit a school built in 1998. At the time, 200 pupils were inside."
    assert [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)][-1] == \
        ("At the time", "2024-12-14")
    text = "Officials said on Monday that troops were sent in October. At the time, Seoul estimated 10,000."
    assert [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)][-1] == \
        ("At the time", "2024-10")


def test_a_count_from_now_or_away_is_counted_from_publication():
    published = dt.date(2025, 9, 2)
    assert _resolved("The deadline is three days from now.", published) == [("three days from now", "2025-09-05", "day")]
    assert _resolved("The summit is two weeks away.", published) == [("two weeks away", "2025-09-16", "day")]
    assert _dates("The town lies two days away by road.", published) == []


def test_earlier_alone_places_an_event_before_publication_without_a_date():
    assert _resolved("The agency said earlier that 12 people had died.") == [("earlier", None, None)]
    assert _resolved("Earlier, officials said the road was closed.") == [("Earlier", None, None)]
    assert _dates("Sales fell from an earlier forecast.") == []
    assert _resolved("Officials said earlier this week that talks had stalled.")[0][0] == "earlier this week"


def test_a_turning_point_of_the_day_as_a_bound_is_of_the_day_told():
    published = dt.date(2025, 9, 2)
    text = "The train derailed on Monday. Volunteers said 11 bodies had been recovered by midnight."
    assert [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)] == \
        [("on Monday", "2025-09-01"), ("by midnight", "2025-09-01")]
    assert _resolved("The curfew runs until midnight on Friday.", published) == [("until midnight on Friday", "2025-09-05", "day")]


def test_at_the_time_of_the_storys_event_is_the_day_it_was_told():
    published = dt.date(2025, 10, 22)
    text = "Drones struck the base before dawn on Monday. Instructors were at the base at the time of the attack."
    assert [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)][-1] == \
        ("at the time", "2025-10-20")
    assert _dates("At the time of writing, no group had claimed it.", published) == []
    assert _dates("He was 40 at the time of his death.", published) == []


def test_the_year_earlier_period_in_its_forms_is_the_reported_quarter_a_year_before():
    published = dt.date(2024, 11, 7)
    for phrase in ("in the year-earlier period", "from the prior-year period", "from the same quarter one year ago",
                   "from the same period of last year"):
        text = f"Acme said on Thursday its third-quarter profit rose 20%. Revenue rose 4% {phrase}."
        rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]
        assert rows[-1] == (phrase, "2023-Q3"), rows
    text = "The dam was built in 1998. The prior year, floods hit the valley."
    assert [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)][-1] == \
        ("The prior year", "1997")


def test_the_middle_of_the_week_or_month_is_publications():
    published = dt.date(2024, 12, 18)
    assert _resolved("The talks will resume in the middle of the week.", published) == \
        [("in the middle of the week", "2024-12-16", "week")]
    assert _resolved("Prices peaked in the middle of the month.", published) == [("in the middle of the month", "2024-12", "month")]


def test_a_comparison_with_a_forecast_points_nowhere_ahead():
    # "better-than-expected", "beats forecasts": what was expected, not what will be
    published = dt.date(2024, 11, 6)
    assert [r[1] for r in _resolved("The firm reported a better-than-expected third-quarter profit on Wednesday.",
                                    published)] == ["2024-Q3", "2024-11-06"]
    assert [r[1] for r in _resolved("Harbour Line Q3 profit beats forecasts.", published)] == ["2024-Q3"]
    # (after the comparison's participle too: the month the story reports, not next year's)
    assert [r[1] for r in _resolved("Alpha adds 900 staff in October, beating forecasts.", published)] == ["2024-10"]
    assert [r[1] for r in _resolved("Alpha's sales fell in October, missing estimates.", published)] == ["2024-10"]


def test_the_current_year_is_publications():
    published = dt.date(2025, 6, 15)
    assert [r[1] for r in _resolved("Sales are expected to grow in the current year.", published)] == ["2025"]
    assert [r[1] for r in _resolved("The firm expects a loss for the current financial year.", published)] == ["2025"]


def test_datelines_of_press_wires_and_south_asian_agencies_and_a_point_after_the_place():
    """"PORTVILLE, Dec. 23, 2024 /Newswire/ --", "Portville, Dec 23 (Agency) The ..." (no dash),
    "PORTVILLE. Dec 23 (Agency) -": each dates the story the day before the page."""
    published = dt.date(2024, 12, 24)
    for dateline in ("PORTVILLE, Dec. 23, 2024 /Newswire/ --", "Portville, Dec 23 (Agency)", "PORTVILLE. Dec 23 (Agency) -"):
        text = f"Troops killed\n\n{dateline} Officials said today that troops were killed overnight."
        rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]
        assert rows[-2:] == [("today", "2024-12-23"), ("overnight", "2024-12-23")], (dateline, rows)


def test_a_stamp_written_without_spaces_or_with_its_outlet_in_brackets_dates_the_story():
    published = dt.date(2024, 12, 24)
    for stamp in ("Written: 2024-12-23 08:29:06Updated: 2024-12-23 09:31:04", "December 23, 2024 (Daily Planet)"):
        text = f"Troops\n\n{stamp}\n\nOfficials said today that troops were killed overnight."
        rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]
        assert rows[-2:] == [("today", "2024-12-23"), ("overnight", "2024-12-23")], (stamp, rows)


def test_a_local_time_with_its_gmt_conversion_is_of_the_local_day():
    """"at 4:17 a.m. local time (1917 GMT Tuesday)": east of Greenwich the local morning is the
    day after the GMT evening; "10 p.m. local time (1900 GMT Tuesday)" is the same day."""
    published = dt.date(2024, 12, 25)  # a Wednesday
    assert _resolved("The quake struck at 4:17 a.m. local time (1917 GMT Tuesday).", published) == \
        [("at 4:17 a.m.", "2024-12-25", "day"), ("1917 GMT Tuesday", "2024-12-24", "day")]
    assert _resolved("The missile was fired at 7:10 a.m. (2210 GMT on Monday), the military said.", published)[0] == \
        ("at 7:10 a.m.", "2024-12-24", "day")
    assert _resolved("The blast came at 10 p.m. local time (1900 GMT Tuesday).", published)[0] == ("at 10 p.m.", "2024-12-24", "day")
    assert _resolved("Polls closed at 8 p.m. local time (0100 GMT Wednesday).", published)[0] == ("at 8 p.m.", "2024-12-24", "day")


def test_a_relative_clause_or_a_present_passive_does_not_point_a_date_back():
    """"the governor, who won the election, takes office on Jan. 20": the past verb of the relative
    clause is not the main verb's tense; "once he is inaugurated on Jan. 20" is a present
    passive.  With no tense left, the nearest such date (49 days ahead, not 317 back)."""
    published = dt.date(2024, 12, 2)
    assert _one("The senator, who lost his seat, leaves office on Jan. 3.", published)["resolved"] == "2025-01-03"
    assert _one("The general, whose unit was disbanded, retires on Jan. 31.", published)["resolved"] == "2025-01-31"
    assert _one("He has pledged to end the war quickly once he is inaugurated on Jan. 20.", published)["resolved"] == "2025-01-20"
    assert _one("The country, which has 11,000 troops deployed, leaves the pact on Jan. 3.", published)["resolved"] == "2025-01-03"
    # the main verb still decides
    assert _one("The soldier, who was wounded, died on Nov. 28.", published)["resolved"] == "2024-11-28"
    assert _one("The soldier, who is wounded, was captured on Jan. 30.", published)["resolved"] == "2024-01-30"


def test_the_end_of_a_month_as_a_bound_is_its_last_day():
    published = dt.date(2024, 12, 24)
    assert _resolved("Funding runs out by the end of March.", published) == [("by the end of March", "2025-03-31", "day")]
    assert _resolved("Talks continue until the end of January.", published) == [("until the end of January", "2025-01-31", "day")]
    # a time at the month's end is its last day too (the day still holds the month); one
    # counted from it stays the month
    assert _resolved("The troops arrived at the end of October.", published) == [("at the end of October", "2024-10-31", "day")]
    assert _resolved("Prices have risen since the end of March.", published) == [("since the end of March", "2024-03", "month")]


def test_the_rest_of_the_week_month_or_year():
    published = dt.date(2024, 12, 17)
    assert _resolved("Rain is forecast for the rest of the week.", published) == [("the rest of the week", "2024-12-16", "week")]
    assert _resolved("Prices should hold for the remainder of the year.", published) == [("the remainder of the year", "2024", "year")]
    assert _resolved("Results come over the course of the week.", published) == [("the course of the week", "2024-12-16", "week")]


def test_a_year_told_in_an_aside_does_not_move_the_story_off_its_day():
    """"The depot, built in 1998, held fuel. At the time, ...": the aside's year is about the
    depot; "at the time" is still the day of the strike."""
    published = dt.date(2024, 12, 24)
    text = "A drone hit the depot on Sunday, officials said. The depot, built in 1998, held fuel. At the time, 20 workers were inside."
    assert _resolved(text, published)[-1] == ("At the time", "2024-12-22", "day")
    text = "The strike hit on Sunday. The unit, which was formed in 2022, lost 30 men. At the time it was in reserve."
    assert _resolved(text, published)[-1] == ("At the time", "2024-12-22", "day")
    text = "The strike hit on Sunday. The unit, which lost 1,000 men in 2022, was rebuilt. At the time it was in reserve."
    assert _resolved(text, published)[-1] == ("At the time", "2024-12-22", "day")
    # a year the story moves to is still the time just told
    assert _resolved("The firm was founded in 1998. At the time, it had 3 staff.", published)[-1] == ("At the time", "1998", "year")


def test_a_year_ago_after_the_figure_it_is_compared_with_is_the_reported_quarter_a_year_before():
    published = dt.date(2024, 10, 31)
    text = ("The company said on Wednesday its third-quarter operating profit rose 12% to 9.2 billion dinars. "
            "Net profit climbed to 10 billion dinars, compared with 5.8 billion dinars a year ago. "
            "Operating margin was 11.6%, up from 8% a year ago.")
    assert [r for r in _resolved(text, published) if r[0] == "a year ago"] == [("a year ago", "2023-Q3", "quarter")] * 2
    assert _resolved("Shares traded at $50 a year ago.", published) == [("a year ago", "2023-10", "month")]


def test_a_financial_year_told_from_the_one_reported():
    published = dt.date(2026, 11, 13)
    text = ("Net profit for the second quarter of fiscal 2027 rose 20%, as prices eased from the highs of the "
            "previous financial year.")
    assert _resolved(text, published)[-1] == ("of the previous financial year", "2026", "year")
    assert _resolved("Sales for the fiscal year will rise.", dt.date(2024, 10, 31)) == [("the fiscal year", "2024", "year")]


def test_the_same_year_and_the_next_year_after_a_year_told():
    published = dt.date(2024, 10, 31)
    assert _resolved("He was elected in 2016 and a treaty was signed the same year a war began.", published)[-1] == \
        ("the same year", "2016", "year")
    assert _resolved("He was elected in 2016 and the next year he was impeached.", published)[-1] == ("the next year", "2017", "year")
    assert _resolved("Troops arrived in October 2022. The next month, they attacked.", published)[-1] == \
        ("The next month", "2022-11", "month")
    # a stretch from publication stays one
    assert _resolved("Prices rose in 2023 and will rise over the next year.", published)[-1] == ("the next year", "2025", "year")


def test_a_local_time_converted_to_an_american_zone_is_of_the_day_after_when_it_reads_earlier():
    published = dt.date(2024, 12, 25)  # a Wednesday
    assert _resolved("It hit at 2:06 a.m. (9:06 a.m. PDT Tuesday) at a depth of 47 miles.", published)[0] == \
        ("at 2:06 a.m.", "2024-12-25", "day")
    assert _resolved("The vote closed at 8 p.m. (2 p.m. EST Tuesday).", published)[0] == ("at 8 p.m.", "2024-12-24", "day")


def test_days_after_an_event_count_from_the_day_of_their_own_sentence():
    """"The ministry said on Monday ..., a day after the envoy's visit": the visit is the Sunday, not a day
    before a date an earlier sentence told."""
    published = dt.date(2024, 12, 24)
    text = ("Supplies may stop after a transit contract expires on 31 December. "
            "The ministry said on Monday the situation was very complicated, a day after the visit.")
    assert _resolved(text, published)[-1] == ("a day after", "2024-12-22", "day")


def test_a_plan_told_in_the_past_perfect_is_no_longer_ahead():
    published = dt.date(2024, 12, 13)
    assert _one("Sentencing had been set for Nov. 28 but was postponed.", published)["resolved"] == "2024-11-28"
    assert _one("The hearing has been set for Jan. 7.", published)["resolved"] == "2025-01-07"


def test_a_clock_time_with_a_zone_offset_joins_its_date():
    text = "Updated 6:41 PM GMT+8, December 12, 2024"
    assert _resolved(text, dt.date(2024, 12, 13)) == [("6:41 PM GMT+8, December 12, 2024", "2024-12-12", "day")]


def test_an_aside_dates_what_its_own_sentence_counts_from_it():
    published = dt.date(2024, 11, 16)
    text = ("The alliance won Thursday's election, results showed on Friday. "
            "Its leader, who took office in September, dissolved parliament days later.")
    rows = extract_dates(text, split_sentences(text), published)
    assert (rows[-1]["mention"], rows[-1]["resolved"]) == ("days later", "2024"), rows


def test_the_early_hours_and_the_near_future():
    published = dt.date(2024, 12, 24)
    assert _resolved("Drones struck Portville in the early hours of Sunday.", published) == \
        [("in the early hours of Sunday", "2024-12-22", "day")]
    assert _resolved("Missiles hit the city on Sunday. In the early hours, sirens sounded.", published)[-1] == \
        ("In the early hours", "2024-12-22", "day")
    assert _resolved("Drones struck in the early hours.", published) == [("in the early hours", "2024-12-24", "day")]
    assert _resolved("The troops will be deployed in the near future.", published) == [("in the near future", None, None)]


def test_on_the_day_is_the_day_just_told_unless_it_names_another():
    published = dt.date(2024, 12, 19)
    text = "He spoke on Thursday. The spokesman said at a press conference on the day that the capital was watching."
    assert _resolved(text, published)[-1] == ("on the day", "2024-12-19", "day")
    assert _resolved("He spoke on Thursday. Officials met on the day.", published)[-1] == ("on the day", "2024-12-19", "day")
    assert [m for m, _, _ in _resolved("He spoke on Thursday. Three died on the day of the vote.", published)] == ["on Thursday"]
    assert _resolved("Thousands marched on the day that he died.", published) == []


def test_earlier_before_a_date_is_no_row_of_its_own():
    published = dt.date(2024, 12, 21)
    assert _resolved("Earlier, on 16 December, the agency reported losses.", published) == [("on 16 December", "2024-12-16", "day")]
    assert _resolved("As the agency reported earlier, troops moved.", published) == [("earlier", None, None)]


def test_stamps_of_east_asian_sites_and_bylines_with_the_agency_date_the_story():
    published = dt.date(2024, 12, 24)
    for stamp in ("Posted on : Dec.23,2024 17:05 KST Modified on : Dec.23,2024 17:05 KST",
                  "PLANET NEWS - Dec 23, 2024 - 17:05 | World, All", "Date: 23/12/2024",
                  "By Jane Roe Published on Dec 23, 2024 at 5:05 pm", "Jane Roe | Planet Press | Dec 23, 2024",
                  "Jane Roe December 23, 2024"):
        text = f"Troops\n\n{stamp}\n\nOfficials said today that troops were killed overnight."
        rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]
        assert rows[-2:] == [("today", "2024-12-23"), ("overnight", "2024-12-23")], (stamp, rows)
    text = "Troops\n\nPortville, Freedonia – December 23, 2024 – Officials said today that troops were killed overnight."
    rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]
    assert rows[-2:] == [("today", "2024-12-23"), ("overnight", "2024-12-23")], rows


def test_a_month_a_deadline_was_set_or_wanted_for_is_the_nearest_such_month():
    published = dt.date(2024, 12, 20)
    assert _one("Ruritania wanted the region back by January, officials said.", published)["resolved"] == "2025-01"
    assert _one("The general demanded the units return by February.", published)["resolved"] == "2025-02"
    # what was done by then, and what was told, stay behind
    assert _one("Troops had reached the river by October.", published)["resolved"] == "2024-10"
    assert _one("Officials told reporters the troops had reached the river by March.", published)["resolved"] == "2024-03"


def test_a_date_set_for_an_event_in_the_past_tense_is_the_nearest_such_date():
    published = dt.date(2024, 12, 20)
    assert _one("Elections were called for Feb. 9.", published)["resolved"] == "2025-02-09"
    assert _one("The vote was planned for Jan. 20.", published)["resolved"] == "2025-01-20"
    assert _one("Police called for calm on Dec. 14.", published)["resolved"] == "2024-12-14"


def test_a_clock_time_still_to_come_is_not_of_a_day_gone_by():
    published = dt.date(2024, 12, 24)
    for text, day in (("Ruritania fired a missile on Monday. The council will meet at 10 a.m. local time.", "2024-12-24"),
                      ("Troops attacked on Monday. The blast came at 10 p.m. local time.", "2024-12-23")):
        rows = extract_dates(text, split_sentences(text), published)
        assert rows[-1]["resolved"] == day, rows
    assert _resolved("The council will meet at 10 a.m., the ministry said on Monday.", published)[0] == ("at 10 a.m.", "2024-12-24", "day")
    assert _resolved("The blast came at 4 a.m., the ministry said on Monday.", published)[0] == ("at 4 a.m.", "2024-12-23", "day")


def test_the_stamp_under_a_headline_and_deck_dates_them_too():
    published = dt.date(2024, 12, 24)
    text = ("Troops killed in Portville, army says\n\nFreedonia says soldiers were killed today in a failed assault\n\n"
            "By Jane Roe\nDecember 23, 2024\n\nOfficials said the assault began at dawn.")
    rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]
    assert rows == [("today", "2024-12-23"), ("December 23, 2024", "2024-12-23"), ("at dawn", "2024-12-23")], rows


def test_a_bare_month_before_a_capitalised_word_is_a_name():
    published = dt.date(2024, 12, 20)
    assert _dates("June Lee, a spokeswoman, said nothing.", published) == []
    assert _resolved("A November report said 100 died.", published) == [("November", "2024-11", "month")]
    assert _resolved("Between June and November Ruritania lost ground.", published) == [
        ("Between June and November", "2024-06", "month")]


def test_what_has_happened_is_not_counted_from_a_date_still_to_come():
    published = dt.date(2024, 12, 21)
    text = "Troops left on Dec. 3. The vote is set for Jan. 9. Two days later, troops returned."
    rows = extract_dates(text, split_sentences(text), published)
    assert (rows[-1]["mention"], rows[-1]["resolved"]) == ("Two days later", "2024-12-05"), rows
    text = "The court will rule on Jan. 7. The next day, protests are planned."
    rows = extract_dates(text, split_sentences(text), published)
    assert (rows[-1]["mention"], rows[-1]["resolved"]) == ("The next day", "2025-01-08"), rows


def test_a_year_ago_after_a_figure_per_share_is_the_reported_quarter_a_year_before():
    text = ("The company said on Tuesday its third-quarter net income was $1.2 billion, or 50 cents a share, "
            "versus $1.1 billion, or 45 cents a share, a year ago.")
    assert _resolved(text, dt.date(2024, 10, 31))[-1] == ("a year ago", "2023-Q3", "quarter")


def test_a_clock_time_that_recurs_is_no_one_day():
    assert _resolved("Markets must shut by 6 p.m. daily.", dt.date(2025, 3, 12)) == [("by 6 p.m.", None, None)]
    assert _resolved("Troops attacked at 6 a.m. on Monday.", dt.date(2025, 3, 12)) == [("at 6 a.m. on Monday", "2025-03-10", "day")]


def test_a_year_earlier_compared_with_a_period_named_after_it():
    published = dt.date(2024, 10, 31)
    text = "Operating profit rose 12% from a year earlier to 9.2 billion dinars in the July-September period, the company said."
    assert _resolved(text, published)[0] == ("from a year earlier", "2023-Q3", "quarter")
    text = "Profit jumped 277% from a year ago to 9.18 billion dinars in the third quarter."
    assert _resolved(text, published)[0] == ("from a year ago", "2023-Q3", "quarter")
    assert _resolved("Sales fell 3% from a year earlier in October, the agency said.", published)[0] == \
        ("from a year earlier", "2023-10", "month")
    assert _resolved("He was elected a year ago in a landslide.", published) == [("a year ago", "2023-10", "month")]


def test_a_year_that_modifies_a_noun_does_not_move_the_story_off_its_day():
    published = dt.date(2024, 12, 24)
    text = ("A drone hit the depot on Sunday, officials said. Ruritania's 2022 invasion destroyed much of the area. "
            "At the time, 20 workers were inside.")
    rows = extract_dates(text, split_sentences(text), published)
    assert (rows[-1]["mention"], rows[-1]["resolved"]) == ("At the time", "2024-12-22"), rows
    text = "Troops attacked on Sunday. In 2018 talks had failed. A year later, a deal was signed."
    rows = extract_dates(text, split_sentences(text), published)
    assert (rows[-1]["mention"], rows[-1]["resolved"]) == ("A year later", "2019"), rows


def test_the_first_day_of_an_event_just_told_and_the_weeks_ahead():
    published = dt.date(2024, 12, 24)
    text = "The offensive began on Dec. 14. On the first day, 30 soldiers died."
    assert _resolved(text, published)[-1] == ("On the first day", "2024-12-14", "day")
    assert _dates("People should come to hospital on the first day of fever.", published) == []
    assert _resolved("More troops may arrive in the weeks ahead.", published) == [("in the weeks ahead", None, None)]


def test_weeks_are_counted_from_the_day_told_not_a_month_in_passing():
    published = dt.date(2024, 12, 23)
    text = ("The military said on Monday that the troops entered combat in early December. "
            "The assessment came a week after the spy agency's briefing.")
    rows = extract_dates(text, split_sentences(text), published)
    assert (rows[-1]["mention"], rows[-1]["resolved"], rows[-1]["precision"]) == ("a week after", "2024-12-16", "week"), rows


def test_the_same_month_a_year_before_is_the_reported_month_a_year_before():
    published = dt.date(2024, 11, 30)
    assert _resolved("Exports in October rose 5% from the same month of the previous year.", published)[-1] == \
        ("from the same month of the previous year", "2023-10", "month")
    assert _resolved("Sales rose 5% from the same month last year.", published) == [("from the same month last year", "2023", "year")]


def test_the_verb_after_a_relative_clause_is_not_the_tense_of_a_date_in_it():
    published = dt.date(2024, 12, 2)
    assert _one("The governor, who leaves office on Jan. 20, approved the aid.", published)["resolved"] == "2025-01-20"
    assert _one("The envoy, who in March visited Portville, said little.", published)["resolved"] == "2024-03"


def test_the_day_a_past_verb_aimed_at_is_the_nearest_such_day():
    published = dt.date(2024, 12, 2)
    assert _one("The minister said he hoped to meet him after the inauguration on Jan. 20.", published)["resolved"] == "2025-01-20"
    assert _one("He was sent to fight in the region on Nov. 28.", published)["resolved"] == "2024-11-28"
    assert _one("Troops went to Portville on Jan. 5.", published)["resolved"] == "2024-01-05"


def test_a_day_hung_on_a_scheduled_event_is_the_nearest_not_the_verbs():
    # a day without a year after "<preposition toward> <event> on", or in "the <day> <event>",
    # is not placed by the clause's past verb: the nearest such day to publication
    december, june = dt.date(2024, 12, 19), dt.date(2024, 6, 12)
    for text, resolved in (
            ("Officials pointed to the inauguration on Jan. 20 as a turning point.", "2025-01-20"),
            ("Officials pointed to the Jan. 20 inauguration as a turning point.", "2025-01-20"),
            ("Traders bought bonds ahead of the vote on Feb. 9.", "2025-02-09"),
            ("Markets rallied ahead of the presidential inauguration on January 20.", "2025-01-20"),
            ("Lawmakers prepared for the 20 January handover of power.", "2025-01-20"),
            ("Investors stayed cautious before the central bank's rate decision on Jan. 29.", "2025-01-29"),
            ("The ministry said it prepared for talks on March 3 with the union.", "2025-03-03"),
            # where or with whom the event is held may stand between the noun and its day
            ("Markets slipped ahead of talks in Geneva on March 3.", "2025-03-03"),
            ("The remarks came weeks before the handover of power on Jan. 20.", "2025-01-20"),
            ("The envoy flew home before the summit with Portland on Jan. 14.", "2025-01-14"),
            ("Diplomats prepared for negotiations between Portville and Eastburg on Feb. 2.", "2025-02-02")):
        assert _one(text, december)["resolved"] == resolved, text
    # in June the nearest Jan. 20 is the one behind
    assert _one("Officials pointed to the inauguration on Jan. 20 as a turning point.", june)["resolved"] == "2024-01-20"
    # the clause's own verb still places a day it governs, or an event it takes as object
    for text, resolved in (
            ("The troops arrived on Jan. 20.", "2024-01-20"),
            ("Seoul said on Oct. 18 that troops had arrived.", "2024-10-18"),
            ("The two sides held talks on Jan. 20.", "2024-01-20"),
            ("Leaders attended the summit on Jan. 20 in the capital.", "2024-01-20"),
            ("After the vote on Feb. 9, protesters rallied in the square.", "2024-02-09"),
            ("Troops were sent to the front before the attack on Jan. 20.", "2024-01-20"),
            ("The vote on Jan. 20 was marred by violence.", "2024-01-20"),
            ("The envoy held talks in Geneva on March 3.", "2024-03-03"),
            ("Troops returned to the base in Portville on Jan. 20.", "2024-01-20"),
            ("The talks, set for March 3, were postponed.", "2025-03-03")):
        assert _one(text, december)["resolved"] == resolved, text


def test_a_reported_scheduled_event_takes_the_nearest_day_not_the_saying_verbs_tense():
    # the subject of a clause told after "said" is dated by neither "said" nor the clause's
    # back-shifted past; a past perfect, or a clause of its own before the noun, still puts it behind
    december = dt.date(2024, 12, 19)
    for text, resolved in (
            ("Officials said the new leader's inauguration on Jan. 20 offered a chance for talks.", "2025-01-20"),
            ("Officials said talks on March 3 offered a chance for peace.", "2025-03-03"),
            ("Officials said the Jan. 20 inauguration offered a chance for talks.", "2025-01-20"),
            ("The opposition said the vote on Jan. 20 had been rigged.", "2024-01-20"),
            ("The ministry said it held talks on March 3.", "2024-03-03"),
            ("He said the sides held talks on March 3.", "2024-03-03")):
        assert _one(text, december)["resolved"] == resolved, text


def test_a_month_hung_on_a_scheduled_event_is_the_nearest_one():
    december, june = dt.date(2024, 12, 19), dt.date(2024, 6, 12)
    assert _one("Traders bought bonds ahead of the election in March.", december)["resolved"] == "2025-03"
    assert _one("Officials said the summit in February offered a chance for peace.", december)["resolved"] == "2025-02"
    assert _one("Traders bought bonds ahead of the election in March.", june)["resolved"] == "2024-03"
    # the clause's verb still places a month it governs
    assert _one("The party held the vote in February.", december)["resolved"] == "2024-02"


def test_late_or_early_year_is_its_last_or_first_quarter():
    # the quarter still holds the year, so a year-precision reading matches it too
    for text, resolved in (("The scheme collapsed in late 2021.", "2021-Q4"),
                           ("Prices peaked in early 2023.", "2023-Q1"),
                           ("The building was sold by late 2022.", "2022-Q4")):
        row = _one(text)
        assert (row["resolved"], row["precision"]) == (resolved, "quarter"), text
    assert _one("Stocks fell back to the mid-2024 level.")["resolved"] == "2024-06"  # (its June: the month holds the year)
    # a whole year counted from such a quarter is a year, not a quarter
    rows = _dates("The scheme collapsed in late 2021 and was revived the following year.")
    assert [(r["resolved"], r["precision"]) for r in rows] == [("2021-Q4", "quarter"), ("2022", "year")]
    rows = _dates("The firm was founded in early 2019; that year it hired 40 staff.")
    assert rows[-1]["resolved"] == "2019" and rows[-1]["precision"] == "year"


def test_at_the_end_of_a_month_is_its_last_day():
    december = dt.date(2024, 12, 18)
    for text, resolved in (("The mine closed at the end of March.", "2024-03-31"),
                           ("The levy expires at the end of January, officials said.", "2025-01-31"),
                           ("Sales fell at the end of September.", "2024-09-30")):
        row = _one(text, december)
        assert (row["resolved"], row["precision"]) == (resolved, "day"), text


def _article_dates(text, published):
    """The dates of a text of several paragraphs, split into sentences as the pipeline does."""
    return [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text, ""), published)]


def test_year_ago_comparisons_in_a_results_story_are_the_reported_quarter_a_year_before():
    published = dt.date(2024, 10, 22)
    text = ("Greenfield Foods on Tuesday reported a net loss of $42 million for the quarter ended Sept. 30, "
            "compared with a profit of $15 million a year ago.\n\n"
            "Deliveries rose to 1,200 trucks from 900 a year earlier.\n\n"
            "The shares have lost 30 percent since January.\n\n"
            "Adjusted earnings were 41 cents per share, up from 35 cents a year earlier.\n\n"
            "Same-store sales fell 2 percent versus a year ago.")
    rows = dict((m, v) for m, v in _article_dates(text, published) if m != "a year earlier")
    assert rows["a year ago"] == "2023-Q3"
    assert [v for m, v in _article_dates(text, published) if m in ("a year earlier", "a year ago")] == ["2023-Q3"] * 4
    # a comparison told with "a year ago" is not a date the next one counts from
    text = ("Hanbit Motors said its third-quarter net profit rose 18 percent.\n\n"
            "Net profit was 1.2 trillion won, compared with 1.02 trillion won a year ago.\n\n"
            "Revenue climbed to 40.1 trillion won from 37.5 trillion won a year earlier.")
    assert [v for m, v in _article_dates(text, dt.date(2024, 10, 24)) if m.startswith("a year")] == ["2023-Q3", "2023-Q3"]


def test_a_deadline_still_to_come_is_no_day_the_story_moves_to():
    # (Wednesday 18 December) the weekday bound by a clock time's deadline word dates the
    # deadline only: a clock time told after it is of the story's day
    text = ("The river burst its banks at 4 a.m. local time, the agency said.\n\n"
            "Residents were told to leave by 10 a.m. Thursday.\n\n"
            "Rescue boats reached the village at 7 a.m. and evacuated 200 people.")
    assert _article_dates(text, dt.date(2024, 12, 18)) == [
        ("at 4 a.m.", "2024-12-18"), ("by 10 a.m. Thursday", "2024-12-19"), ("at 7 a.m.", "2024-12-18")]


def test_a_weekday_after_a_dateline_a_day_behind_its_page_is_the_page_day():
    # a wire filed from a place a time zone ahead, dated the day before its page: "Thursday"
    # is the page's Thursday, not the one six days before the dateline
    text = ("TOKYO, Dec 18 (Wire) - A magnitude 6.1 earthquake struck off the coast on Thursday, "
            "the meteorological agency said.")
    assert ("on Thursday", "2024-12-19") in _article_dates(text, dt.date(2024, 12, 19))
    # a weekday before the dateline's day is still the one before it
    text = "TOKYO, Dec 18 (Wire) - A magnitude 6.1 earthquake struck off the coast on Monday."
    assert ("on Monday", "2024-12-16") in _article_dates(text, dt.date(2024, 12, 19))


def test_a_daily_round_is_how_often_not_a_time():
    # "every day", "each night" tell how often (as "daily" does); a recurring season, year or
    # weekday is still a temporal expression with no one date
    for text in ("Rescuers worked every day to reach the village.", "Aid convoys arrive each night.",
                 "Volunteers cook for the displaced every morning."):
        assert _dates(text) == [], text
    for text, mention in (("The resort draws 40,000 visitors each winter.", "each winter"),
                          ("Output doubles every year.", "every year")):
        row = _one(text)
        assert (row["mention"], row["resolved"]) == (mention, None), text


def test_a_year_told_from_a_quarter_is_the_quarter_only_when_compared():
    text = ("Hanbit Motors said its third-quarter net profit rose 18 percent from the previous year.\n\n"
            "Revenue rose 5 percent compared with the same quarter the previous year.\n\n"
            "The firm had expanded its plant in the third quarter. The following year it opened a second one.")
    assert [v for m, v in _article_dates(text, dt.date(2024, 10, 24)) if "year" in m.lower()] == ["2023-Q3", "2023-Q3", "2025"]


def test_a_scheduled_verb_coordinated_after_a_past_one_points_its_date_ahead():
    december = dt.date(2024, 12, 18)
    assert _dates("Schools closed on Dec. 10 and reopen on Jan. 8.", december)[-1]["resolved"] == "2025-01-08"
    assert _one("The party held its congress on Jan. 8.", december)["resolved"] == "2024-01-08"
    # a state told in the present points no date ahead
    assert _one("The ruling party holds a majority after Sunday's vote.", december)["resolved"] == "2024-12-15"


def test_a_state_after_a_verb_of_staying_takes_that_verbs_tense():
    thursday = dt.date(2024, 11, 14)
    for text in ("Schools will remain closed until Monday.", "The airport is expected to stay closed until Monday.",
                 "The office remains closed until Monday."):
        assert _one(text, thursday)["resolved"] == "2024-11-18", text
    assert _one("Schools remained closed until Monday.", thursday)["resolved"] == "2024-11-11"


def test_the_start_of_a_stretch_to_now_is_the_time_just_told():
    # "since Sunday" names the day the event began: "at the time" after it is of that day
    text = ("Officials said on Wednesday that the death toll had risen to 40. Rescuers have been searching "
            "since Sunday. At the time, about 300 people lived in the valley.")
    assert ("At the time", "2024-12-15") in _article_dates(text, dt.date(2024, 12, 19))


def test_a_fronted_n_days_after_dates_the_event_just_told():
    december = dt.date(2024, 12, 18)
    text = "Voters went to the polls on Oct. 27. Two days after the vote, the commission declared the winner."
    assert ("Two days after", "2024-10-27") in _article_dates(text, december)
    text = "The storm made landfall in early October. Two days after the storm hit, rescuers reached the village."
    assert ("Two days after", "2024-10") in _article_dates(text, december)
    # told after a date of its own sentence, it still counts back from that date
    text = "The commission declared the winner on Oct. 29, two days after the vote."
    assert ("two days after", "2024-10-27") in _article_dates(text, december)


def test_a_clock_times_day_in_greenwich_is_no_day_the_story_moves_to():
    text = ("SEOUL, Dec 19 (Wire) - North Korea fired a ballistic missile on Thursday, the military said.\n\n"
            "The missile was launched at 7:50 a.m. local time (2250 GMT Wednesday) and flew about 800 km.\n\n"
            "A second launch came at about 9 a.m. local time, the military said.")
    rows = _article_dates(text, dt.date(2024, 12, 19))
    assert ("2250 GMT Wednesday", "2024-12-18") in rows
    assert ("at about 9 a.m.", "2024-12-19") in rows


def test_a_participle_aside_tells_its_own_time():
    december = dt.date(2024, 12, 18)
    for text in ("The deal, signed last month, takes effect on Feb. 5.", "The aid, promised in November, arrives on Feb. 5.",
                 "The plant, hit by strikes in October, restarts on Feb. 5.",
                 "The law, passed by parliament in March, applies from Feb. 5."):
        assert _dates(text, december)[-1]["resolved"] == "2025-02-05", text
    assert _dates("Troops, deployed in October, withdrew on Feb. 5.", december)[-1]["resolved"] == "2024-02-05"


def test_a_month_just_ahead_that_a_past_verb_aimed_at_is_the_nearer_one():
    november = dt.date(2025, 11, 27)
    text = "The minister said on Wednesday that hospitals had been told to prepare for a peak in early December."
    assert ("early December", "2025-12") in _article_dates(text, november)
    # a month further off after a past verb is still the last one
    assert ("in March", "2025-03") in _article_dates("He was sentenced to five years in prison in March.", november)


def test_a_plan_in_reported_speech_may_still_lie_ahead():
    tuesday = dt.date(2026, 9, 8)
    text = "Forecasters said winds were likely to ease on Wednesday."
    assert ("on Wednesday", "2026-09-09") in _article_dates(text, tuesday)
    # told as what was planned, with no one saying it, the plan is past
    text = "The minister was expected to announce it on Wednesday, but the meeting was cancelled."
    assert ("on Wednesday", "2026-09-02") in _article_dates(text, tuesday)


def test_a_stretch_to_come_is_dated_by_its_end():
    published = dt.date(2026, 11, 22)
    rows = {r["mention"]: r for r in _dates("The next 24 hours will be decisive. Inspections will be extended over "
                                            "the coming month.", published)}
    assert (rows["The next 24 hours"]["resolved"], rows["The next 24 hours"]["qualifier"]) == ("2026-11-23", "no later than")
    assert rows["the coming month"]["resolved"] == "2026-12"
    # how many days is not said: no date
    assert _one("Officials warned of floods in the coming days.", published)["resolved"] is None


def test_a_month_that_names_a_thing_takes_no_tense_from_the_verb():
    october = dt.date(2026, 10, 6)
    text = "The bank expected the economy to grow by 5.2 percent this year, slightly below its June forecast of 5.4 percent."
    assert ("June", "2026-06") in _article_dates(text, october)
    # a plan in reported speech, its date after a long object, is still the nearer day
    text = ("A senior official told a reporter the coalition was expected to open talks with the regional party, "
            "the Heritage Party, as early as Tuesday.")
    assert ("as early as Tuesday", "2026-08-18") in _article_dates(text, dt.date(2026, 8, 16))


def test_in_recent_days_is_their_month_when_that_is_certain():
    assert _one("Troops have suffered heavy losses in recent days.", dt.date(2024, 12, 19))["resolved"] == "2024-12"
    # early in a month the days may be the last one's: only the quarter is certain
    assert _one("Troops have suffered heavy losses in recent days.", dt.date(2024, 12, 4))["resolved"] == "2024-Q4"
    assert _one("Troops have suffered heavy losses in recent weeks.", dt.date(2024, 12, 19))["resolved"] is None


def test_a_time_of_day_in_words_is_a_clock_time():
    thursday = dt.date(2026, 8, 20)
    assert ("six o'clock", "2026-08-20") in _article_dates("In its six o'clock bulletin, the agency gave no toll.", thursday)
    text = "The typhoon made landfall on Wednesday. It hit the town at around half past nine."
    assert ("at around half past nine", "2026-08-19") in _article_dates(text, thursday)
    assert ("at a quarter to ten", "2026-08-20") in _article_dates("The storm hit at a quarter to ten.", thursday)
    # "a quarter to ten million" is a change, not a time
    assert _dates("Sales rose by a quarter to ten million units.", thursday) == []


def test_the_same_financial_year_is_the_year_just_told():
    # with no reported quarter, "the same financial year" is the year told before it, not
    # the story's own
    text = ("The ministry paid 12 million dollars in 2017 for a bridge that was never built.\n\n"
            "Auditors said other tenders awarded in the same financial year are still being checked.")
    assert ("in the same financial year", "2017") in _article_dates(text, dt.date(2025, 5, 6))


def test_a_quarter_named_by_its_ordinal_alone_is_the_quarter_of_the_one_told():
    # "in the first" after "in the third quarter": the noun is left out, the year is the same
    row = [r for r in _dates("Exports grew 3.1 percent in the third quarter, after 2.4 percent in the first.")
           if r["mention"].endswith("first")]
    assert [(r["mention"], r["resolved"]) for r in row] == [("in the first", "2024-Q1")]
    # (the fourth quarter before publication in December 2024 is 2023's: its second is too)
    row = [r for r in _dates("Output fell in the fourth quarter from a year high in the second, the office said last week.")
           if r["mention"].endswith("second")]
    assert [(r["mention"], r["resolved"]) for r in row] == [("in the second", "2023-Q2")]
    # a first that names something else is no quarter
    assert len(_dates("Sales fell in the third quarter, the first in the region to fall.")) == 1


def test_a_time_stamps_hour_joins_its_day_unless_the_stamp_names_the_day_twice():
    # a page's stamp line (furniture): a page posted and updated on one day names it once, its
    # hours left out; a stamp of one day and its hour is one expression, whether after a comma,
    # a dash or a bar (golds mark the hour as a date of that day too)
    for text, mentions in (("March 4, 2025, 8:10 AM CET / Updated March 4, 2025, 11:25 AM CET",
                            ["March 4, 2025", "March 4, 2025"]),
                           ("Lakeside Radio | Tuesday, 4 March 2025 | 11:25 AM", ["Tuesday, 4 March 2025 | 11:25 AM"]),
                           ("March 4, 2025 - 4:15 p.m. CST", ["March 4, 2025 - 4:15 p.m."])):
        rows = extract_dates(text, [{"id": 1, "start": 0, "end": len(text), "block": "furniture"}], dt.date(2025, 3, 4))
        assert [r["mention"] for r in rows] == mentions, text
        assert {r["resolved"] for r in rows} == {"2025-03-04"}
    # in the story's own sentences the clock and its day are one expression
    assert _one("The tremor struck on March 3, 2025, 8:10 AM.")["mention"] == "on March 3, 2025, 8:10 AM"


def test_a_turning_point_as_a_start_or_bound_is_a_time_of_its_day():
    published = dt.date(2025, 6, 12)
    # "since midnight" runs to the time of telling: publication's day, not a day told before
    text = ("Crews reached the valley on Tuesday.\n\n"
            "\"We have had no word from the upper villages since midnight,\" the mayor says.")
    assert ("since midnight", "2025-06-12") in _article_dates(text, published)
    # ... but of the day its own sentence tells
    assert ("since midnight", "2025-06-10") in _article_dates(
        "On Tuesday the mayor said there had been no word from the villages since midnight.", published)
    # "until the early afternoon": a part of the day as a bound
    assert ("until the early afternoon", "2025-06-12") in _article_dates(
        "Trams ran with long delays until the early afternoon.", published)


def test_a_range_of_months_that_recurs_each_year_is_one_undated_expression():
    # a recurrence word or the season it spells out: one row, no date, and no row of its own
    # for "every year"
    for text, mention in (("Cholera is endemic here, and outbreaks come almost every year between May and August.",
                           "between May and August"),
                          ("Sensors ran only over the growing season, from April to October, the study said.",
                           "from April to October"),
                          ("The festival usually runs from July to August.", "from July to August")):
        assert [(r["mention"], r["resolved"]) for r in _dates(text)] == [(mention, None)], text
    # a range told once is one stretch, dated from its first month
    assert [(r["resolved"], r["qualifier"]) for r in _dates("Prices rose between June and September.")] == [("2024-06", "from")]


def test_a_clock_time_naming_a_thing_of_that_hour_is_of_the_day_told():
    # "in its 7 p.m. update": the update of the day the story tells, as "at 7 p.m." is
    published = dt.date(2025, 3, 12)
    text = ("Floodwater covered the lower town by Tuesday night.\n\n"
            "The county put the number of homes flooded at 212 in its 9 p.m. bulletin.")
    assert ("9 p.m.", "2025-03-11") in _article_dates(text, published)


def test_polling_day_is_the_day_told_as_the_votes():
    published = dt.date(2025, 4, 14)
    text = ("The ruling party lost four seats in Sunday's municipal elections, results showed.\n\n"
            "Police said they had detained nine people over clashes near a school on polling day.")
    assert ("on polling day", "2025-04-13") in _article_dates(text, published)
    # with no day told as the vote's, none
    assert not any(m == "on election day" for m, _ in _article_dates("Turnout was high on election day.", published))


def test_a_weekday_a_past_verb_tells_done_by_is_the_last_one():
    published = dt.date(2025, 3, 12)  # a Wednesday
    assert _resolved("Crews restored power to the hospital by Thursday.", published) == \
        [("by Thursday", "2025-03-06", "day")]
    assert _resolved("The canal had burst its banks by 9 p.m. Thursday.", published) == \
        [("by 9 p.m. Thursday", "2025-03-06", "day")]
    # a deadline set or still to be met stays the nearer one
    assert _resolved("Tenants were ordered out by Thursday.", published) == [("by Thursday", "2025-03-13", "day")]
    assert _resolved("Tenants were told to pack up by Thursday.", published) == [("by Thursday", "2025-03-13", "day")]


def test_to_after_a_verb_of_going_is_where_one_went_dated_by_its_tense():
    published = dt.date(2025, 3, 12)
    assert _resolved("Islanders went to the polls on May 18.", published) == [("on May 18", "2024-05-18", "day")]
    assert _resolved("The envoys returned to the talks on April 2.", published) == [("on April 2", "2024-04-02", "day")]
    # an event looked toward keeps the nearest such day
    assert _resolved("Traders pointed to the vote on May 18.", published) == [("on May 18", "2025-05-18", "day")]


def test_march_or_may_opening_a_pair_of_months_is_the_month():
    published = dt.date(2025, 9, 1)
    assert _resolved("Wells ran dry between March and June.", published) == \
        [("between March and June", "2025-03", "month")]
    assert _resolved("Wells ran dry between May and August.", published) == \
        [("between May and August", "2025-05", "month")]
    # the verb alone stays no month
    assert _resolved("Farmers may march to the capital in June.", published)[0][0] == "in June"


def test_a_pair_of_months_runs_forward_in_one_year():
    published = dt.date(2025, 4, 10)
    # past, on a page in the middle of the stretch: the last whole one
    # (three months that make a quarter are the quarter)
    assert _resolved("Wells ran dry from April to June.", published) == \
        [("from April to June", "2024-Q2", "quarter")]
    assert _resolved("Wells ran dry between April and June last year.", published) == \
        [("between April and June last year", "2024-Q2", "quarter")]
    # across a new year, and one still to come, each from its first month to its last
    assert [(r["mention"], r["resolved"], r["note"]) for r in _dates("Snow lay from November to February.", published)] == \
        [("from November to February", "2024-11", "a stretch of months, to 2025-02")]
    assert [(r["mention"], r["resolved"], r["note"]) for r in _dates("The fair will run from May to July.", published)] == \
        [("from May to July", "2025-05", "a stretch of months, to 2025-07")]


def test_a_fortnight_counts_two_weeks():
    published = dt.date(2025, 3, 12)
    # (that many days before: "a fortnight ago" on 12 March is 26 February, as "two weeks ago" is)
    assert _resolved("The ferry sank a fortnight ago.", published) == [("a fortnight ago", "2025-02-26", "day")]
    assert _resolved("He was arrested three weeks ago.", published) == [("three weeks ago", "2025-02-19", "day")]
    assert _resolved("Prices will be frozen for the next fortnight.", published) == \
        [("the next fortnight", "2025-03-26", "day")]
    assert _resolved("Prices climbed over the past fortnight.", dt.date(2025, 3, 20)) == \
        [("the past fortnight", "2025-03-20", "day")]


def test_year_to_date_is_the_year_of_publication():
    published = dt.date(2025, 3, 12)
    assert _resolved("Copper has gained 11 percent year to date.", published) == [("year to date", "2025", "year")]
    assert _resolved("Its year-to-date loss widened.", published) == [("year-to-date", "2025", "year")]


def test_the_second_of_two_years_told_as_alternatives_is_a_year():
    assert _resolved("The smelter could restart in 2027 or 2028.") == \
        [("in 2027", "2027", "year"), ("2028", "2028", "year")]
    assert _resolved("The smelter ships 2027 or 2028 tonnes a week.") == []


def test_a_plural_subject_whose_term_expires_on_a_weekday_points_ahead():
    published = dt.date(2025, 3, 12)  # a Wednesday
    assert _resolved("The fishing licences expire on Friday.", published) == [("on Friday", "2025-03-14", "day")]
    assert _resolved("The fishing licences expired on Friday.", published) == [("on Friday", "2025-03-07", "day")]


def test_a_relative_clause_open_at_its_date_tells_its_own_tense():
    published = dt.date(2026, 1, 5)  # a Monday
    assert _resolved("Pilgrims flocked to the shrine for the harvest feast, which falls on Feb. 20.", published) == \
        [("on Feb. 20", "2026-02-20", "day")]
    assert _resolved("Pilgrims flocked to the shrine for the harvest feast, which fell on Dec. 20.", published) == \
        [("on Dec. 20", "2025-12-20", "day")]


def test_the_quarter_to_a_month_is_that_quarter():
    published = dt.date(2025, 11, 4)
    assert _resolved("Sales of the brewer fell 6 percent in the quarter to September.", published) == \
        [("in the quarter to September", "2025-Q3", "quarter")]
    assert _resolved("The mill's output for the quarter ended June 2025 was flat.", published) == \
        [("the quarter ended June 2025", "2025-Q2", "quarter")]
    # its last day told, the day stays the date
    assert _resolved("The mill's loss for the quarter ended Sept. 30 narrowed.", published) == \
        [("Sept. 30", "2025-09-30", "day")]


def test_h1_and_h2_are_halves_of_the_year_in_a_results_sentence():
    published = dt.date(2025, 8, 4)
    assert _resolved("The brewer's H1 revenue rose 4 percent and it sees a firmer H2.", published) == \
        [("H1", "2025", "year"), ("H2", "2025", "year")]
    assert _resolved("The H1N1 strain spread among pigs.", published) == []
    assert _resolved("The plant will make green H2 for export.", published) == []


def test_a_part_of_the_day_before_or_after_the_day_told():
    published = dt.date(2026, 1, 5)
    assert _resolved("The ferry was towed to port on Sunday. Its crew had radioed for help the previous evening.", published) == \
        [("on Sunday", "2026-01-04", "day"), ("the previous evening", "2026-01-03", "day")]
    assert _resolved("The auction opened on Dec. 30 and closed the following afternoon.", published) == \
        [("on Dec. 30", "2025-12-30", "day"), ("the following afternoon", "2025-12-31", "day")]


def test_a_deadline_counted_from_an_undated_event_is_a_row_without_a_date():
    published = dt.date(2026, 1, 5)
    row = _one("Objections may be lodged within 30 days of the plan being published.", published)
    assert (row["mention"], row["resolved"], row["qualifier"]) == ("within 30 days of", None, "no later than")
    row = _one("Councils must meet within two weeks of the count.", published)
    assert (row["resolved"], row["qualifier"]) == (None, "no later than")
    # a length of time, not a deadline
    assert _resolved("The saplings doubled in height within three years of the fence being built.", published) == []
    assert _resolved("She quit within a month of taking the job.", published) == []


def test_a_deadline_counted_from_the_event_the_story_dates_runs_from_that_day():
    published = dt.date(2026, 8, 10)
    text = ("Tarnow wins mayoral race\n\n"
            "The city's election board on Monday named Tarnow the winner of Saturday's mayoral election.\n\n"
            "Tarnow took 41,000 votes, the board's chair announced in Portville at 4:40 p.m. on Sunday.\n\n"
            "Objections may be lodged within 30 days of the announcement of the result.\n\n"
            "The new council must sit within 14 days of the election.")
    rows = dict(_article_dates(text, published))
    assert rows["within 30 days of"] == "2026-09-08"  # the announcement's Sunday, 9 August
    assert rows["within 14 days of"] == "2026-08-22"  # the election's Saturday, 8 August
    # the story's first day, where no sentence names the event with a day
    text = ("Court clears Portville mill\n\n"
            "The court in Portville on Friday threw out the suit against the mill.\n\n"
            "Under the rules, an appeal may be lodged within 14 days of the ruling.")
    assert dict(_article_dates(text, dt.date(2026, 11, 14)))["within 14 days of"] == "2026-11-27"


def test_years_earlier_on_a_figure_s_other_side_count_from_the_story_s_own_time():
    published = dt.date(2026, 5, 8)
    text = ("Tarnow holds Portville\n\n"
            "The Greens, who ran Portville from 1986, won 9 seats.\n\n"
            "Turnout was 41.2% in Portville, compared with 44.0% four years earlier.")
    assert dict(_article_dates(text, published))["four years earlier"] == "2022"
    # (told after a year of its own sentence's events, from that year)
    text = ("Tarnow holds Portville\n\n"
            "The mill closed in 1998. Four years earlier, it had employed 900 people.")
    assert dict(_article_dates(text, published))["Four years earlier"] == "1994"


def test_two_days_joined_by_and_share_their_month_and_year_and_are_dated_by_the_first():
    published = dt.date(2025, 7, 18)
    assert _resolved("Stalls were demolished on March 9 and 10, 2023, the court heard.", published) == \
        [("on March 9 and 10, 2023", "2023-03-09", "day")]
    assert _resolved("The storms on 9 and 10 March 2023 cut power to 4,000 homes.", published) == \
        [("on 9 and 10 March 2023", "2023-03-09", "day")]


def test_a_padded_day_month_and_two_digit_year_is_a_day():
    published = dt.date(2024, 12, 17)
    assert _resolved("Repairs recorded from 03.05.21 to 11.06.23:", published) == \
        [("from 03.05.21", "2021-05-03", "day"), ("11.06.23", "2023-06-11", "day")]
    # (unpadded, or a decimal run on, it is no date)
    assert _resolved("The index moved 1.12.24 points.", published) == []


def test_a_headline_s_quarter_and_the_lede_s_months_tell_the_financial_year():
    published = dt.date(2025, 11, 6)
    text = ("Tarnow Rail's Q2 loss widens; operator keeps FY26 guidance\n\n"
            "Tarnow Rail on Thursday reported a net loss of Rs 212 crore for the July-September quarter, "
            "wider than its loss a year earlier.\n\n"
            "The operator carried 4.1 million passengers in the quarter.")
    rows = _article_dates(text, published)
    assert ("Q2", "2025-Q3") in rows and ("a year earlier", "2024-Q3") in rows and ("in the quarter", "2025-Q3") in rows
    # (a calendar year's quarter, the months agreeing, stays as it is)
    text = ("Tarnow Foods' Q3 profit rises; FY25 outlook kept\n\n"
            "Tarnow Foods reported a profit for the July-September quarter.")
    assert ("Q3", "2025-Q3") in _article_dates(text, published)


def test_a_bounded_clock_keeps_its_half_of_the_day():
    published = dt.date(2026, 4, 12)
    assert _resolved("Storms hit on Saturday night. One crossed Portville County shortly after 9:50 p.m., "
                     "flattening barns.", published) == \
        [("on Saturday night", "2026-04-11", "day"), ("shortly after 9:50 p.m.", "2026-04-11", "day")]


def test_a_timeline_entry_is_told_from_the_day_it_opens_with():
    published = dt.date(2024, 12, 24)
    text = ("Timeline\n\n"
            "Nov. 20: The fisheries ministry tells lawmakers that some 400 boats have been seized.\n\n"
            "Dec. 16: Freedonia's coast guard says 30 boats were seized over the weekend; "
            "the ministry confirms the count the same day.")
    rows = dict(_article_dates(text, published))
    assert (rows["the weekend"], rows["the same day"]) == ("2024-12-14", "2024-12-16")
    # (to the entry's paragraph's end; and a day told with "On", as the entry's is)
    text = ("Timeline\n\n"
            "Dec. 16: Freedonia's coast guard reports 30 boats seized. The ministry declines to "
            "comment the same day.\n\n"
            "On Dec. 9, the coast guard said 12 boats had been seized over the weekend.")
    rows = dict(_article_dates(text, published))
    assert (rows["the same day"], rows["the weekend"]) == ("2024-12-16", "2024-12-07")
    # (a weekend in a sentence of its own is the last one before publication)
    assert dict(_article_dates("Timeline\n\nThirty soldiers were killed over the weekend.", published))["the weekend"] == "2024-12-21"


def test_the_stretch_around_a_holiday_is_told_by_its_day():
    published = dt.date(2026, 1, 5)
    assert _resolved("Bakeries said trade over Christmas was slow.", published) == [("Christmas", "2025-12-25", "day")]
    assert _resolved("Ferry bookings fell during the Christmas holidays.", published) == [("Christmas", "2025-12-25", "day")]
    assert _resolved("Christmas lights went up in the square.", published) == []


def test_feasts_that_move_with_easter():
    assert _resolved("The ferry sank on Good Friday.", dt.date(2025, 5, 2)) == [("on Good Friday", "2025-04-18", "day")]
    assert _resolved("The bridge will reopen after Easter.", dt.date(2027, 2, 10)) == [("after Easter", "2027-03-28", "day")]
    assert _resolved("Hotels were full over the Easter weekend.", dt.date(2024, 4, 9)) == [("Easter", "2024-03-31", "day")]
    assert _resolved("The Good Friday accord still holds.", dt.date(2024, 4, 9)) == []


def test_a_named_day_is_no_weekday():
    assert _resolved("Black Friday discounts drew crowds to the mall.") == []
    assert _resolved("Nine states vote on Super Tuesday.") == []


def test_the_second_day_of_a_pair_before_a_conjunction():
    published = dt.date(2026, 1, 5)
    assert _resolved("Snow fell on December 29 and 30 and again on January 3.", published) == \
        [("on December 29", "2025-12-29", "day"), ("and 30", "2025-12-30", "day"), ("on January 3", "2026-01-03", "day")]


def test_a_fiscal_year_named_by_its_two_years_before_the_word_is_the_year_it_ends_in():
    published = dt.date(2026, 1, 19)
    assert _resolved("Port fees will rise in the 2026-27 fiscal year.", published) == [("2026-27 fiscal year", "2027", "year")]
    assert _resolved("Tea exports grew in the 2024/25 financial year.", published) == [("2024/25 financial year", "2025", "year")]


def test_a_record_measured_back_to_a_date_or_a_compared_date_is_no_anchor():
    published = dt.date(2026, 1, 19)
    text = ("Car sales rose 9 percent in December from 7 percent in October, the fastest pace since May 2023. "
            "Truck sales fell the month before.")
    assert _resolved(text, published)[-1] == ("the month before", "2025-11", "month")


def test_a_quarters_data_still_to_come_are_of_the_quarter_just_ended():
    published = dt.date(2026, 1, 19)
    assert _resolved("Fourth-quarter trade data are due next month.", published)[0] == ("Fourth-quarter", "2025-Q4", "quarter")
    assert _resolved("The bureau will publish its fourth-quarter jobless figures soon.", published) == \
        [("fourth-quarter", "2025-Q4", "quarter")]


def test_a_capitalised_past_form_inside_a_clause_is_a_name_not_a_verb():
    published = dt.date(2026, 1, 5)
    assert _resolved("Traders await the Jan. 28 Fed meeting.", published) == [("Jan. 28", "2026-01-28", "day")]
    assert _resolved("Analysts watching the Fed expect a pause on Jan. 28.", published) == [("on Jan. 28", "2026-01-28", "day")]
    assert _resolved("Traders fled the market on Dec. 28.", published) == [("on Dec. 28", "2025-12-28", "day")]


def test_a_state_a_decision_sets_going_from_a_day_starts_on_the_nearest_such_day():
    monday = dt.date(2026, 1, 5)
    assert _resolved("The council declared a week of mourning starting Wednesday.", monday) == \
        [("starting Wednesday", "2026-01-07", "day")]
    assert _resolved("The council imposed a ban on fishing from Tuesday.", dt.date(2026, 1, 9)) == \
        [("from Tuesday", "2026-01-06", "day")]
    assert _resolved("The council's ban on fishing ran from Tuesday.", monday) == [("from Tuesday", "2025-12-30", "day")]


def test_an_epidemiological_week_across_new_year_is_of_its_epidemiological_year():
    published = dt.date(2026, 1, 12)
    # (week 1 is the week that holds 4 January, from its Sunday: 4 to 10 January 2026)
    assert _resolved("Measles cases doubled in epidemiological week 1.", published) == \
        [("in epidemiological week 1", "2026-01-04", "week")]
    assert _resolved("Measles cases doubled in epidemiological week 53 of 2020.", published) == \
        [("in epidemiological week 53 of 2020", "2020-12-27", "week")]


def test_a_season_told_in_the_present_as_running_between_months_recurs():
    published = dt.date(2026, 1, 12)
    assert _resolved("Roads flood in the wet season, which runs from November to April.", published) == \
        [("from November to April", None, None)]
    assert _resolved("The fishing season lasts from May to August.", published) == [("from May to August", None, None)]
    assert _resolved("The strike ran from November to December.", published) == \
        [("from November to December", "2025-11", "month")]


def test_the_plan_a_new_date_replaced_is_no_future_cue():
    published = dt.date(2026, 1, 5)
    assert _resolved("The auction, originally scheduled for Dec. 12, was put off until Jan. 30.", published) == \
        [("Dec. 12", "2025-12-12", "day"), ("until Jan. 30", "2026-01-30", "day")]
    assert _resolved("The auction, originally scheduled for Jan. 12, will now open in March.", published)[0] == \
        ("Jan. 12", "2026-01-12", "day")


def test_in_or_within_a_fortnight_counts_two_weeks_ahead():
    published = dt.date(2026, 1, 5)
    assert _resolved("The bridge will reopen in a fortnight.", published) == [("in a fortnight", "2026-01-19", "day")]
    row = _one("Repairs are due within a fortnight.", published)
    assert (row["resolved"], row["qualifier"]) == ("2026-01-19", "no later than")
    assert _resolved("It was the first dry day in a fortnight.", published) == []


def test_a_colon_inside_a_clock_time_breaks_no_clause():
    published = dt.date(2026, 1, 3)  # a Saturday
    assert _resolved("Ferries will be halted from 6 a.m. on Sunday.", published) == \
        [("from 6 a.m. on Sunday", "2026-01-04", "day")]
    assert _resolved("Ferries will be halted from 06:00 on Sunday.", published)[-1][1:] == ("2026-01-04", "day")


def test_a_24_hour_clock_after_a_bound_is_a_time_of_its_day():
    published = dt.date(2026, 1, 4)
    assert _resolved("The tunnel stays shut until 18:00 on Sunday.", published) == \
        [("until 18:00 on Sunday", "2026-01-04", "day")]
    row = _one("The bypass has been closed since 14:30.", published)
    assert (row["resolved"], row["qualifier"]) == ("2026-01-04", "since")


def test_the_new_year_is_next_year_late_in_a_year_and_this_one_early_in_it():
    assert _resolved("The inquiry will report in the new year.", dt.date(2025, 12, 15)) == [("in the new year", "2026", "year")]
    assert _resolved("The inquiry will report in the new year.", dt.date(2026, 1, 5)) == [("in the new year", "2026", "year")]
    assert _resolved("Crowds gathered for the mayor's address in the New Year's Eve rain.", dt.date(2025, 12, 15)) == []


def test_a_clock_time_is_of_the_day_told_not_of_a_day_named_as_an_events():
    published = dt.date(2026, 1, 12)  # a Monday
    text = "Tellers resumed work on Monday on ballots from Thursday's referendum, finishing two regions by 9 a.m."
    assert _resolved(text, published)[-1] == ("by 9 a.m.", "2026-01-12", "day")
    # with no other day, the event's day it is
    assert _resolved("Polls in Thursday's referendum closed at 6 p.m.", published) == \
        [("Thursday's", "2026-01-08", "day"), ("at 6 p.m.", "2026-01-08", "day")]


def test_a_decision_in_the_present_perfect_sets_a_weekday_going_from_the_nearest_one():
    published = dt.date(2025, 3, 13)  # a Thursday
    text = "The county has ordered libraries to shut from Saturday until March 20, officials said."
    assert _resolved(text, published)[0] == ("from Saturday", "2025-03-15", "day")


def test_a_present_passive_before_a_weekday_tells_the_nearest_one():
    published = dt.date(2025, 3, 16)  # a Sunday
    text = "Absentee ballots, which are tallied on Monday, could still change the result."
    assert _resolved(text, published) == [("on Monday", "2025-03-17", "day")]


def test_a_count_of_past_days_is_dated_to_the_day_it_ends():
    published = dt.date(2025, 7, 9)  # a Wednesday
    assert _resolved("The clinic treated 90 people for burns over the past four days.", published) == \
        [("the past four days", "2025-07-09", "day")]
    # (so is a count of weeks, months or a year: "over the last 12 months", a figure to date)
    assert _resolved("The clinic treated 90 people over the past week.", published) == \
        [("the past week", "2025-07-09", "day")]
    assert _resolved("Attrition was 13 percent over the last 12 months.", published) == \
        [("the last 12 months", "2025-07-09", "day")]
    # and it runs up to the day told before it in its sentence
    text = "The army claimed on Tuesday that rebels had lost 30 fighters over the past day."
    assert _resolved(text, published) == [("on Tuesday", "2025-07-08", "day"), ("the past day", "2025-07-08", "day")]


def test_a_bound_at_the_end_of_the_month_is_its_last_day():
    published = dt.date(2025, 2, 10)
    assert _resolved("The ban on burning stubble stays in force until the end of the month.", published) == \
        [("until the end of the month", "2025-02-28", "day")]
    assert _resolved("The port expects to clear the backlog by the end of next month.", published) == \
        [("by the end of next month", "2025-03-31", "day")]


def test_a_turning_point_beside_a_part_of_the_same_day_is_kept():
    published = dt.date(2025, 4, 9)  # a Wednesday
    text = ("A mudslide buried the road early on Tuesday. Crews cleared one lane by midday and "
            "reopened the second in the evening.")
    rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]
    assert rows[1:] == [("by midday", "2025-04-08"), ("in the evening", "2025-04-08")]


def test_the_same_quarter_of_a_named_year_is_the_quarter_told_in_that_year():
    published = dt.date(2025, 7, 24)
    text = "The brewer's second-quarter sales rose to 4.1 billion rand, from 3.8 billion in the same quarter of 2024."
    assert _resolved(text, published) == [("second-quarter", "2025-Q2", "quarter"), ("in the same quarter of 2024", "2024-Q2", "quarter")]


def test_a_year_something_slips_into_is_a_date():
    assert _resolved("Two of the turbines could slip into 2027, the developer said.") == [("2027", "2027", "year")]


def test_this_monsoon_is_dated_to_its_year():
    assert _resolved("It is the third bridge washed away this monsoon.", dt.date(2025, 8, 2)) == [("this monsoon", "2025", "year")]


def test_the_last_weeks_of_an_event_are_no_stretch_to_now():
    assert _resolved("The dispute over fares dominated the last weeks of the campaign.") == []
    assert _resolved("Prices have risen over the last weeks.") == [("the last weeks", None, None)]


def test_the_end_of_a_period_counted_over_is_no_day_the_story_moves_to():
    published = dt.date(2025, 8, 27)  # a Wednesday
    text = ("The grain trader reported its results on Wednesday morning. Margins averaged 4% in the year to "
            "June 30, against 5% a year earlier. Its shares fell 2% by midday.")
    rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]
    assert rows == [("on Wednesday morning", "2025-08-27"), ("June 30", "2025-06-30"),
                    ("a year earlier", "2024-06-30"), ("by midday", "2025-08-27")]


def test_a_turning_point_in_a_speakers_own_words_is_of_the_day_they_speak():
    published = dt.date(2025, 10, 14)  # a Tuesday
    text = ('A barge sank in the estuary on Sunday afternoon, the port authority said on Tuesday. '
            '"Our crews are heading back out at dawn," the harbour master said.')
    rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]
    assert rows[-1] == ("at dawn", "2025-10-14")
    # (told in the past, it is of the day told before)
    text = 'A barge sank in the estuary on Sunday afternoon. "We heard it go down at dawn," a fisherman said.'
    rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]
    assert rows[-1] == ("at dawn", "2025-10-12")


def test_a_speakers_this_morning_is_no_day_the_narration_after_the_quote_goes_on_from():
    published = dt.date(2025, 10, 14)  # a Tuesday
    text = ('A barge sank in the estuary on Sunday afternoon, the port authority said. '
            '"The current was strong. It is calmer this morning." '
            'The barge had left the quay at 4 p.m.')
    rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]
    assert rows == [("on Sunday afternoon", "2025-10-12"), ("this morning", "2025-10-14"), ("at 4 p.m.", "2025-10-12")]


def test_within_months_and_an_office_holders_term_are_undatable():
    assert _resolved("The new pipes leaked within months of being laid.") == [("within months", None, None)]
    assert _resolved("The governor awarded the contract during his term.") == [("during his term", None, None)]


def test_a_weekday_after_a_present_copula_is_the_coming_one():
    # "is on <weekday>" sets a day ahead, as "was on <weekday>" tells one gone by
    published = dt.date(2025, 2, 19)  # a Wednesday
    assert _resolved("The club's cup tie is on Saturday.", published) == [("on Saturday", "2025-02-22", "day")]
    assert _resolved("The sentencing is on Thursday, the prosecutor said.", published) == [("on Thursday", "2025-02-20", "day")]
    assert _resolved("The club's cup tie was on Saturday.", published) == [("on Saturday", "2025-02-15", "day")]


def test_decades_later_count_on_from_the_year_told():
    published = dt.date(2025, 2, 19)
    assert _resolved("The mill shut in 1985 and was turned into flats a decade later.", published) == \
        [("in 1985", "1985", "year"), ("a decade later", "1995", "year")]
    assert _resolved("The pier was built in 1931; three decades later a storm took it.", published)[-1] == \
        ("three decades later", "1961", "year")


def test_an_ordinal_quarter_that_ends_on_a_named_month_is_the_calendar_quarter_ending_then():
    # a financial year that does not start in January: the fiscal quarter's own end tells which
    # three months it is ("fourth quarter ended March 31" is January to March)
    published = dt.date(2025, 6, 4)
    assert _resolved("The brewer's net income for the fourth quarter ended March 31 slipped 4%.", published)[0] == \
        ("the fourth quarter", "2025-Q1", "quarter")
    assert _resolved("Second-quarter sales fell 2% in the three months ended Sept. 30.", published)[0] == \
        ("Second-quarter", "2024-Q3", "quarter")


def test_a_weekday_a_spell_runs_on_into_comes_after_the_day_told_before_it():
    published = dt.date(2025, 2, 19)  # a Wednesday
    assert _resolved("Freezing fog is possible tonight and into Friday morning.", published)[-1] == \
        ("Friday morning", "2025-02-21", "day")
    assert _resolved("The blockade held on Saturday and into Sunday.", published) == \
        [("on Saturday", "2025-02-15", "day"), ("Sunday", "2025-02-16", "day")]


def test_the_following_or_previous_weekday_counts_from_the_day_told_before_it():
    published = dt.date(2025, 6, 18)
    assert _resolved("The ferry sank on April 9. Divers reached the wreck the following Saturday.", published)[-1] == \
        ("Saturday", "2025-04-12", "day")
    assert _resolved("The verdict came on April 11, after the jury had retired the previous Monday.", published)[-1] == \
        ("Monday", "2025-04-07", "day")
    assert _resolved("The ferry sank on April 9 and was raised the next Thursday.", published)[-1] == \
        ("next Thursday", "2025-04-10", "day")
    # with no "the", the next one is told from publication
    assert _resolved("The ferry will be raised next Thursday.", published) == [("next Thursday", "2025-06-19", "day")]


def test_a_calendar_year_named_against_a_financial_one_is_its_year():
    published = dt.date(2025, 6, 18)
    assert _resolved("The miner cut its calendar 2025 output guidance.", published) == [("2025", "2025", "year")]


def test_a_year_of_the_nineteenth_century_after_a_preposition():
    published = dt.date(2025, 6, 18)
    assert _resolved("The lighthouse has stood on the headland since 1868.", published) == [("since 1868", "1868", "year")]
    assert _resolved("The rainfall was the heaviest since records began in 1891.", published)[-1] == ("in 1891", "1891", "year")
    # a count is no year: after "to", "of" or none
    assert _resolved("The index climbed to 1868 points.", published) == []
    assert _resolved("Officials counted 1868 ballots.", published) == []


def test_an_event_that_runs_from_a_weekday_is_set_for_the_coming_one():
    published = dt.date(2025, 2, 19)  # a Wednesday
    assert _resolved("The craft fair runs from 9am on Sunday.", published) == [("from 9am on Sunday", "2025-02-23", "day", )]
    # the one who runs something tells no time: the nearer past verb does
    assert _resolved("The woman who runs the kiosk was robbed on Sunday.", published) == [("on Sunday", "2025-02-16", "day")]


def test_a_wire_four_digit_time_after_a_bound_is_of_the_day_told():
    published = dt.date(2025, 2, 19)
    assert _resolved("The rand had firmed 0.6% by 0745 GMT.", published) == [("by 0745 GMT", "2025-02-19", "day")]
    assert _resolved("Dealing in the bonds was suspended until 1330 GMT on Monday.", published) == \
        [("until 1330 GMT on Monday", "2025-02-17", "day")]


def test_the_first_half_in_a_story_of_quarterly_results_is_a_half_year():
    published = dt.date(2025, 11, 12)
    text = "Operating profit rose 9% in the third quarter. The group sold two hotels in the first half."
    assert _article_dates(text, published)[-1] == ("in the first half", "2025")
    # a match's half stays no date, though a quarter is told before it
    text = "The visitors led after the third quarter. They had been behind in the first half."
    assert [m for m, _ in _article_dates(text, published)] == ["after the third quarter"]


def test_a_reported_forecast_without_an_infinitive_may_still_lie_ahead():
    published = dt.date(2026, 3, 9)  # a Monday
    assert _resolved("Forecasters said gales were expected from Wednesday.", published) == \
        [("from Wednesday", "2026-03-11", "day")]
    assert _resolved("The clerk said the ruling was due on Thursday.", published) == [("on Thursday", "2026-03-12", "day")]


def test_a_past_form_that_is_also_the_base_one_is_no_past_after_to_or_a_modal():
    published = dt.date(2025, 2, 19)  # a Wednesday
    assert _resolved("The cyclone is forecast to hit the islands on Saturday.", published) == [("on Saturday", "2025-02-22", "day")]
    assert _resolved("The cyclone could hit the islands on Saturday.", published) == [("on Saturday", "2025-02-22", "day")]
    assert _resolved("The cyclone hit the islands on Saturday.", published) == [("on Saturday", "2025-02-15", "day")]


def test_a_forecast_told_in_the_present_points_ahead():
    published = dt.date(2025, 2, 19)  # a Wednesday
    assert _resolved("Sleet is forecast for Sunday across the uplands.", published) == [("Sunday", "2025-02-23", "day")]
    assert _resolved("Power cuts are likely on Friday, the grid operator warned.", published) == [("on Friday", "2025-02-21", "day")]
    # reported: what forecasters said was possible is still ahead
    assert _resolved("Forecasters said more storms were possible on Friday.", published) == [("on Friday", "2025-02-21", "day")]
    # a forecast told in the past stays the past day
    assert _resolved("The sleet that was forecast for Sunday never fell.", published) == [("Sunday", "2025-02-16", "day")]


def test_a_lower_bound_is_a_qualifier_of_its_date():
    published = dt.date(2025, 6, 18)
    assert _dates("The tunnel opens no earlier than April, engineers said.", published)[0]["mention"] == "no earlier than April"
    row = _one("The tunnel will open not before 2027.", published)
    assert (row["mention"], row["resolved"], row["qualifier"]) == ("not before 2027", "2027", "no earlier than")


def test_a_holiday_after_the_days_around_it_is_its_date():
    published = dt.date(2025, 6, 18)
    assert _resolved("Toy sales slumped in the run-up to Christmas.", published) == [("Christmas", "2024-12-25", "day")]
    assert _resolved("Bookings picked up in the weeks before Easter.", published) == [("Easter", "2025-04-20", "day")]
    assert _resolved("She returned to Christmas carols.", published) == []


def test_later_this_week_and_early_or_late_in_a_year():
    published = dt.date(2024, 12, 17)  # a Tuesday
    # "later this week": by the week's Sunday (not its Monday, which is already past)
    assert _resolved("The agency will update lawmakers later this week.", published) == \
        [("later this week", "2024-12-22", "day")]
    # "early next year", "late last year": the year's first or last quarter
    assert _resolved("The EU may add sanctions early next year.", published) == [("early next year", "2025-Q1", "quarter")]
    assert _resolved("Cases rose late last year.", published) == [("late last year", "2023-Q4", "quarter")]
    assert _resolved("The plant will close at the end of next year.", published)[0][1] == "2025-12"


def test_the_first_three_months_of_the_year_are_its_first_quarter():
    published = dt.date(2026, 4, 22)
    assert _resolved("Inflation averaged 3.2 percent in the first three months of the year.", published) == \
        [("in the first three months of the year", "2026-Q1", "quarter")]
    # (six months are a half, dated to the year)
    assert _resolved("Sales fell in the first six months of the year.", published)[0][1:] == ("2026", "year")


def test_a_time_in_words_with_its_minutes():
    published = dt.date(2025, 8, 19)
    # a broadcaster's "at around eleven-forty" is a time of the day told, as "at 11:40 p.m." is
    rows = _resolved("The coach left the road at around eleven-forty at night on Monday.", published)
    assert rows[0][0].startswith("at around eleven-forty") and rows[0][1] == "2025-08-18"
    # (not a number that rose to it)
    assert _resolved("The index rose to eleven-forty.", published) == []


def test_a_night_rescuers_worked_through_ends_on_the_day_told():
    published = dt.date(2025, 8, 19)
    assert _resolved("Rescuers worked right through the night.", published) == [("through the night", "2025-08-19", "day")]
    # (the day it ended is the day it was told, as for "overnight")
    rows = _resolved("Nineteen bodies were recovered during the night, officials said on Monday.", published)
    assert rows[0] == ("during the night", "2025-08-18", "day")


def test_the_first_or_last_months_of_a_year_are_its_first_or_last_quarter():
    published = dt.date(2026, 11, 3)
    assert _resolved("The plant should open in the first months of next year.", published)[0][1:] == ("2027-Q1", "quarter")
    assert _resolved("Cases rose in the final months of last year.", published)[0][1:] == ("2025-Q4", "quarter")


def test_a_live_pages_entry_stamps_and_a_night_still_to_come():
    text = ("Last updated: 21:35 EEST, Tuesday 11 August 2026\n\n21:35\nWinds expected to ease overnight\n\n"
            "The fire service said winds would drop.\n\n16:40\nTwo hospitalised\n\n"
            "A wildfire broke out shortly after 15:30 in a forested area, the fire service said.\n")
    sentences = split_sentences(text)
    rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, sentences, dt.date(2026, 8, 11))]
    # an entry's stamp alone on its line, and a 24-hour time after "after", are of the page's day
    assert ("16:40", "2026-08-11") in rows and ("shortly after 15:30", "2026-08-11") in rows
    # the night to come ends the next day, and dates nothing told after it
    assert ("overnight", "2026-08-12") in rows
    published = dt.date(2025, 3, 6)
    assert _resolved("Drones attacked overnight, the air force said.", published) == [("overnight", "2025-03-06", "day")]


def test_a_live_pages_entry_stamp_with_its_zone_alone_on_its_line():
    text = ("Updated 16:05 CET, 3 February 2026\n\n16:05 CET\n\nDiplomats met officials.\n\n"
            "13:50 CET\n\nA researcher spoke to us.\n")
    sentences = split_sentences(text)
    rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, sentences, dt.date(2026, 2, 3))]
    assert ("16:05 CET", "2026-02-03") in rows and ("13:50 CET", "2026-02-03") in rows


def test_a_live_pages_entries_across_midnight_are_of_two_days():
    # newest first: the entries below the midnight crossed are of the day before, with their times
    text = ("Last updated 12 May 2026, 00:50\n\n00:50\n\nThe count is over.\n\n00:15\n\nResults are in.\n\n"
            "23:40\n\nThe commission will publish results tonight.\n\n22:05\n\nPolls closed by 19:30 in every town.\n")
    sentences = split_sentences(text)
    rows = dict((r["mention"], r["resolved"]) for r in extract_dates(text, sentences, dt.date(2026, 5, 12)))
    assert (rows["00:50"], rows["00:15"]) == ("2026-05-12", "2026-05-12")
    assert (rows["23:40"], rows["tonight"], rows["22:05"], rows["by 19:30"]) == ("2026-05-11",) * 4
    # a 12-hour clock's afternoon after its noon crosses no midnight
    text = ("Live updates\n\n7:45 PM\n\nThe page closes.\n\n3:10 PM\n\nTroops were seen.\n\n"
            "12:05 PM\n\nA reporter spoke.\n\n8:30 AM\n\nThe day began.\n")
    sentences = split_sentences(text)
    assert {r["resolved"] for r in extract_dates(text, sentences, dt.date(2024, 12, 23))} == {"2024-12-23"}


def test_a_month_before_its_noun_and_a_forecast_made():
    published = dt.date(2026, 3, 5)
    assert _resolved("The bank's March projection sees inflation at 2.4%.", published)[0][1:] == ("2026-03", "month")
    assert _resolved("The March report showed a drop.", published)[0][1] == "2026-03"
    assert _resolved("Protesters march through the city.", published) == []
    assert _resolved("The March of Dimes gave $5.", published) == []
    # "it forecast" is a forecast made: the November before, not the one to come
    assert _one("GDP will grow 3.4%, less than the 3.6% it forecast in November.", published)["resolved"] == "2025-11"


def test_a_quoted_tonight_in_a_story_of_last_night_is_that_night():
    published = dt.date(2025, 11, 23)
    rows = _resolved('The party won the by-election last night. "Voters spoke loudly tonight," he told reporters.', published)
    assert rows[-1] == ("tonight", "2025-11-22", "day")
    # without the night before told, "tonight" is the page's day; outside a quotation too
    assert _resolved('"Voters spoke loudly tonight," he told reporters.', published)[-1][1] == "2025-11-23"
    assert _resolved("The party won last night. Talks resume tonight.", published)[-1][1] == "2025-11-23"
    # nor a night still ahead of the speaker
    assert _resolved('The quake struck last night. "Tonight we will sleep outside again," he said.', published)[-1][1] == "2025-11-23"


def test_what_is_set_for_a_weekday_lies_ahead():
    published = dt.date(2026, 8, 11)  # a Tuesday
    assert _one("The authority has placed Attica on very high fire risk for Wednesday.", published)["resolved"] == "2026-08-12"
    assert _one("The forecast for Friday is rain.", published)["resolved"] == "2026-08-14"
    assert _one("He was jailed for Friday's attack.", published)["resolved"] == "2026-08-07"


def test_what_is_done_after_a_gerund_under_a_future_verb_is_the_nearest_day():
    published = dt.date(2026, 3, 5)  # a Thursday
    text = "The bank will keep rates on hold after cutting them on Wednesday, the governor said."
    assert _resolved(text, published)[0] == ("on Wednesday", "2026-03-04", "day")
    assert _one("The team will rest after playing on Saturday.", published)["resolved"] == "2026-03-07"
    assert _one("The team will rest on Wednesday.", published)["resolved"] == "2026-03-11"


def test_a_clock_time_is_not_of_a_day_it_is_compared_against():
    published = dt.date(2026, 3, 5)
    rows = _resolved("The zloty traded at 4.21 per euro by 1545 GMT, 0.3% stronger than on Wednesday evening.", published)
    assert rows[0] == ("by 1545 GMT", "2026-03-05", "day")
    rows = _resolved("The zloty traded at 4.21 per euro by 1545 GMT on Wednesday.", published)
    assert rows[0][1] == "2026-03-04"


def test_a_present_condition_or_relative_clause_before_a_season():
    published = dt.date(2026, 3, 5)
    text = '"If the tariffs are raised in the autumn, as ministers have suggested, inflation could jump," he said.'
    assert _one(text, published)["resolved"] == "2026"
    text = '"Gasoline did most of the damage, and that is a base effect that disappears in the spring," she said.'
    assert _one(text, dt.date(2026, 2, 17))["resolved"] == "2026"
    assert _one("The storm, which hit on Monday, was strong.", dt.date(2026, 2, 17))["resolved"] == "2026-02-16"


def test_a_year_ago_after_a_figure_in_letters_and_a_sign_is_the_year_ago_quarter():
    rows = _resolved("Banco X reported net income of R$4.1 billion for 3Q25. "
                     "Market NII fell to R$410 million from R$520 million a year ago.", dt.date(2025, 11, 5))
    assert rows[-1] == ("a year ago", "2024-Q3", "quarter")


def test_a_present_perfect_with_an_adverb_and_a_quote_closed_before_said():
    published = dt.date(2026, 3, 5)
    text = '"The governor has effectively closed the door for the second quarter," said Marta Roe.'
    assert _one(text, published)["resolved"] == "2026-Q2"
    assert _one('"The bridge opened in May," she said.', published)["resolved"] == "2025-05"


def test_the_same_day_is_the_day_just_told_even_a_day_of_saying():
    text = ("Fighting flared on Friday, the army said. The minister said on Monday that losses had passed 3,000. "
            "The army put the number the same day at 1,100.")
    assert _sentences(text, dt.date(2024, 12, 27))[-1] == ("the same day", "2024-12-23")
    # said "later the same day", after a saying that told of days before it: the saying's day
    text = ("On Monday, the agency said that thirty soldiers had been killed over the weekend near Portville. "
            "The claims could not be verified. In Tarnow, the spokesman said later the same day that there were casualties.")
    assert _sentences(text, dt.date(2024, 12, 17))[-1] == ("the same day", "2024-12-16")


def test_a_quarter_of_a_named_financial_year_that_has_ended_sets_the_year_start():
    # "Q2 FY26" told in October 2025: the calendar's Q2 2026 is still to come, so the
    # financial year starts in April and its Q2 is July-September 2025
    text = ("Harbourline Tech reported a 8% rise in net profit for the second quarter of fiscal 2026 (Q2 FY26) "
            "on Thursday. It expects furloughs in the third quarter. Attrition eased from 13.4% in Q1 FY26. "
            "Hiring will pick up from the next fiscal year.")
    rows = dict(_sentences(text, dt.date(2025, 10, 16)))
    assert rows["the second quarter of fiscal 2026"] == "2025-Q3" and rows["Q2 FY26"] == "2025-Q3"
    assert rows["in the third quarter"] == "2025-Q4" and rows["in Q1 FY26"] == "2025-Q2"
    assert rows["from the next fiscal year"] == "2027"
    # a calendar quarter that has ended keeps its calendar reading
    assert dict(_sentences("Sales rose in Q2 FY25, the firm said.", dt.date(2025, 8, 1)))["in Q2 FY25"] == "2025-Q2"


def test_a_day_naming_an_event_is_the_nearest_such_day_whatever_the_tense():
    rows = dict(_sentences("Haddock fell short of a majority on Tuesday, setting up a June 16 runoff.", dt.date(2026, 5, 20)))
    assert rows["June 16"] == "2026-06-16"
    assert dict(_sentences("The vote was held on June 16.", dt.date(2026, 5, 20)))["on June 16"] == "2025-06-16"


def test_a_present_in_eed_is_no_past_verb():
    assert _one("Deaths will exceed 4,000 in February.", dt.date(2024, 12, 27))["resolved"] == "2025-02"
    assert _one("Losses could exceed 4,000 by February.", dt.date(2024, 12, 27))["resolved"] == "2025-02"
    assert _one("Deaths exceeded 4,000 in February.", dt.date(2024, 12, 27))["resolved"] == "2024-02"


def test_after_midnight_is_the_day_after_the_day_told():
    rows = _sentences("Polls closed on Tuesday evening. Haddock told supporters shortly after midnight that he would win.",
                      dt.date(2026, 5, 20))
    assert ("shortly after midnight", "2026-05-20") in rows
    # beside its own day it is that day's early hours
    assert _sentences("The quake struck shortly after midnight on Friday.", dt.date(2025, 9, 6)) == \
        [("shortly after midnight on Friday", "2025-09-05")]


def test_before_midnight_and_a_part_of_the_day_as_a_stretch_are_the_day_told():
    rows = _sentences("Polls closed on Tuesday evening. Roe told supporters shortly before midnight that she had won.",
                      dt.date(2026, 5, 20))
    assert ("shortly before midnight", "2026-05-19") in rows
    rows = _sentences("Voting ended on Sunday. Two machines had to be replaced during the day, officials said.",
                      dt.date(2026, 5, 19))
    assert ("during the day", "2026-05-17") in rows
    rows = _sentences("The fire reached Portville on Monday. Crews stayed all night to hold the line.", dt.date(2026, 5, 19))
    assert ("all night", "2026-05-18") in rows
    # (but told ahead, of the day still being lived: the day of publication)
    rows = _sentences("Roe spoke on Sunday. Reports will appear here throughout the day.", dt.date(2024, 12, 2))
    assert ("throughout the day", "2024-12-02") in rows


def test_a_live_entrys_bracketed_stamp_is_the_pages_day_beside_the_day_its_headline_tells():
    text = ("[LIVE] Floods in the north\n\nLast updated 2024.12.02 21:40 KST\n\n"
            "[21:40] Water agency: dam to be inspected Tuesday\n\n"
            "The agency said engineers will inspect the dam on Tuesday.\n\n"
            "[18:30] Thousands moved\n\nSome 3,000 people left their homes, officials said.")
    rows = _sentences(text, dt.date(2024, 12, 2))
    assert ("21:40", "2024-12-02") in rows and ("18:30", "2024-12-02") in rows
    assert ("on Tuesday", "2024-12-03") in rows
    # (a stamp before a dash, with its zone, is one too)
    rows = _sentences("[LIVE] Floods\n\n17:10 KST -- Thousands moved from Portville\n\nThe agency said so.", dt.date(2025, 1, 20))
    assert ("17:10 KST", "2025-01-20") in rows


def test_the_month_of_publication_ahead_is_this_month_and_a_noun_is_no_fixture_s_verb():
    # late in October, what is still to come in October is this October's, not next year's
    row = _one("The agency will publish its final October figures soon.", published=dt.date(2026, 10, 30))
    assert (row["mention"], row["resolved"]) == ("October", "2026-10")
    # "play" after an adjective is a noun: the weekend told in the past is the one gone by
    assert _one("Outlets gave the claim prominent play over the weekend.", published=dt.date(2024, 12, 3))["resolved"] == "2024-11-30"
    assert _one("The teams play over the weekend.", published=dt.date(2024, 12, 3))["resolved"] == "2024-12-07"


def test_a_year_earlier_is_not_counted_from_the_month_a_figure_is_compared_with_after_it():
    text = ("Consumer prices rose 2.3% in October, up from 2.1% in September. Energy prices were 0.8% lower "
            "than a year earlier, a smaller fall than September's 1.9% decline.")
    sentences = [{"id": 1, "start": 0, "end": 63, "block": "body"}, {"id": 2, "start": 64, "end": len(text), "block": "body"}]
    rows = {r["mention"]: r["resolved"] for r in extract_dates(text, sentences, dt.date(2026, 10, 30))}
    assert rows["a year earlier"] == "2025-10"


def test_a_part_of_the_day_as_a_bound_is_the_day_told():
    assert _one("Shares were down 4% by lunchtime.", published=dt.date(2026, 2, 18))["resolved"] == "2026-02-18"
    rows = _dates("The quake struck on Tuesday. The toll had risen to 16 by evening.", published=dt.date(2026, 2, 18))
    assert [(r["mention"], r["resolved"]) for r in rows] == [("on Tuesday", "2026-02-17"), ("by evening", "2026-02-17")]


def test_a_bulletin_s_epidemiological_weeks_are_dated_from_their_sunday():
    rows = _dates("Peru recorded 40 deaths up to epidemiological week 14, and 3,910 cases in week 14 alone "
                  "against 3,100 in week 13. The peak is expected between epidemiological weeks 16 and 18.",
                  published=dt.date(2026, 4, 15))
    got = {r["mention"]: (r["resolved"], r["precision"]) for r in rows}
    assert got["up to epidemiological week 14"] == ("2026-04-05", "week")
    assert got["in week 13"] == ("2026-03-29", "week")
    assert got["epidemiological weeks 16 and 18"] == ("2026-Q2", "quarter")  # 19 April to 9 May
    # a week numbered where no bulletin numbers them is no date
    assert _dates("In week 13 of the season the team lost.", published=dt.date(2026, 4, 15)) == []


def test_a_plan_told_in_the_past_is_the_nearest_such_day():
    wednesday = dt.date(2026, 4, 15)
    assert _one("Survey crews were expected in Shelby County on Thursday.", wednesday)["resolved"] == "2026-04-16"
    assert _one("The envoy was due in the capital on Tuesday.", wednesday)["resolved"] == "2026-04-14"


def test_a_span_of_days_in_one_month_is_one_date_from_its_first_day():
    published = dt.date(2026, 3, 18)
    assert _resolved("The next meeting is scheduled for April 28-29.", published) == [("April 28-29", "2026-04-28", "day")]
    assert _resolved("On 14-15 December, units attacked.", dt.date(2024, 12, 20)) == [("On 14-15 December", "2024-12-14", "day")]


def test_a_condition_inside_a_quotation_does_not_point_the_speaker_s_verb_ahead():
    text = '"People must keep away, because lahars can come down if it rains," he told reporters on Sunday evening.'
    assert _one(text, dt.date(2026, 7, 20))["resolved"] == "2026-07-19"


def test_a_count_after_to_is_no_second_epidemiological_week():
    rows = _resolved("In the epidemiological bulletin, cases rose from 69 in week 6 to 81 in week 7.", dt.date(2026, 2, 24))
    assert [m for m, _, _ in rows] == ["in week 6", "in week 7"]


def test_mid_year_is_june_of_the_year_the_verb_points_to():
    assert _resolved("The bank could cut faster by mid-year.", dt.date(2026, 3, 18)) == [("by mid-year", "2026-06", "month")]
    assert _resolved("Rates should peak by mid-year.", dt.date(2026, 9, 18)) == [("by mid-year", "2027-06", "month")]
    assert _dates("Students sat their midyear exams.") == []
    # (and "mid-2026" is that year's June, as "mid-year" is)
    assert _resolved("Output should double by mid-2027.", dt.date(2026, 3, 18)) == [("by mid-2027", "2027-06", "month")]


def test_the_three_months_to_a_quarter_s_last_day_are_that_quarter():
    published = dt.date(2024, 10, 23)
    assert _resolved("It produced 61,240 ounces in the three months to 30 September.", published) == \
        [("in the three months to 30 September", "2024-Q3", "quarter")]
    assert _resolved("Sales fell in the three months to 31 January.", published)[0][1:] == ("2024-01", "month")


def test_overnight_into_a_weekday_is_that_weekday_not_the_next():
    rows = _resolved("Crews were called at 11:20am on Monday, after the fire crossed the lines overnight into Monday.",
                     dt.date(2026, 1, 12))
    assert {r for _, r, _ in rows} == {"2026-01-12"}


def test_a_clock_of_saying_is_no_time_of_a_day_told_in_what_was_said():
    rows = _resolved("The agency said in a post at about 3pm that 30 troops were killed on Dec 14.", dt.date(2024, 12, 17))
    assert rows[0][:2] == ("at about 3pm", "2024-12-17")


def test_what_was_said_tells_its_own_time_after_the_verb_of_saying():
    published = dt.date(2025, 11, 10)
    assert _one("He said a further cut in December could not be ruled out if the pound stayed stable.",
                published)["resolved"] == "2025-12"
    # (the day of the saying itself, and a past told after "said", stay past)
    assert _one("He said on Tuesday the plant would close.", published)["resolved"] == "2025-11-04"
    assert _one("He said the plant closed in December.", published)["resolved"] == "2024-12"


def test_a_payment_a_target_an_open_end_and_a_state_of_mind_point_ahead():
    published = dt.date(2026, 2, 24)
    # a dividend payable on a day, and a target for one, are still to come
    assert _one("The board declared an interim dividend of 94 cents a share, payable on 7 April.",
                published)["resolved"] == "2026-04-07"
    assert _one("Performance rose to 75.1% but stayed below the 78% target for the end of March.",
                published)["resolved"] == "2026-03"
    # an end not yet known ("until at least") lies ahead even in reported speech
    assert _one('The commission said a weak El Niño was "probable" until at least June.',
                published)["resolved"] == "2026-06"
    # "I am convinced" is a state of mind, not a past: the nearest Christmas (not the last)
    assert _one("I am convinced that we can have a new government in place before Christmas.",
                dt.date(2026, 9, 21))["resolved"] == "2026-12-25"
    # (a past told plainly stays past)
    assert _one("The dividend was paid on 7 April.", published)["resolved"] == "2025-04-07"
    assert _one("The road stayed closed until June.", published)["resolved"] == "2025-06"


def test_a_month_takes_the_year_told_right_after_it_or_after_the_thing_it_names():
    published = dt.date(2026, 4, 28)
    rows = _dates("Sales in May of 2023 fell.", published)
    assert rows[0]["resolved"] == "2023-05"
    rows = _dates("The floods come two years after the March-May rains of 2024 killed 270 people.", published)
    assert [(r["mention"], r["resolved"], r["note"]) for r in rows if r["precision"] == "month"] == [
        ("March-May", "2024-03", "a stretch of months, to 2024-05")]
    # (a month that is no noun's modifier keeps its own year: "In March the rains of 2024 …")
    assert _dates("In March the rains of 2024 were forgotten.", published)[0]["resolved"] == "2026-03"


def test_the_other_side_of_a_comparison_and_a_promise_made_on_a_day():
    published = dt.date(2024, 10, 28)
    text = ("Roe elected mayor\n\nJane Roe was elected mayor on Sunday. Turnout was 71.8%, down from 74.2% in the first "
            "round on October 6, the court said. The result was confirmed about two hours after polls closed.")
    rows = extract_dates(text, split_sentences(text), published)
    # (a day told on the other side of a comparison is no anchor for the hours after it)
    assert [r["resolved"] for r in rows if r["mention"] == "two hours after"] == ["2024-10-27"]
    # a promise made on a day is dated by the promise, not by what was promised
    assert _one("Speaking to supporters on Sunday night, Roe promised to present a plan.", published)["resolved"] == "2024-10-27"
    assert _one("Roe promised to present a plan on Sunday.", published)["resolved"] == "2024-11-03"


def test_overnight_before_a_money_market_term_is_no_night():
    pub = dt.date(2025, 11, 20)
    assert _dates("The bank trimmed the overnight deposit rate to 24 percent.", pub) == []
    assert _dates("Traders priced the cut through overnight index swaps.", pub) == []
    assert _dates("The river burst its banks overnight.", pub) != []


def test_hours_before_or_after_count_from_the_day_their_sentence_or_the_one_before_told():
    def told(text, published):
        return {r["mention"]: r["resolved"] for r in extract_dates(text, split_sentences(text), published)}

    published = dt.date(2024, 12, 24)  # a Tuesday
    # a caption's date first; the speech's day in the sentence is what "hours earlier" counts from
    text = ("Losses mount\n\nThe minister at a news conference on December 19, 2024.\n\n"
            "The minister said on Monday that 3,000 soldiers had been lost, three times the toll the army gave only hours earlier.")
    assert told(text, published)["hours earlier"] == "2024-12-23"
    # "Hours later" opening a sentence: the day the sentence before told
    text = ("Losses mount\n\nThe spy agency told lawmakers in Portville on Thursday that 100 soldiers had died.\n\n"
            "Hours later in Tarnow, the defence ministry gave its own count.")
    assert told(text, published)["Hours later"] == "2024-12-19"


def test_a_clock_time_told_in_the_past_is_not_of_a_day_still_to_come():
    text = ("Quake shakes Tarnow\n\nThe quake struck at 3:47 a.m. on Wednesday, injuring 38 people. "
            "Schools will stay closed on Thursday. The agency had recorded 124 aftershocks, the largest at 5:12 a.m.")
    rows = {r["mention"]: r["resolved"] for r in extract_dates(text, split_sentences(text), dt.date(2026, 4, 8))}
    assert rows["at 5:12 a.m."] == "2026-04-08" and rows["on Thursday"] == "2026-04-09"


def test_until_further_notice_is_a_time_with_no_date():
    row = _one("The road between Portville and Tarnow stays closed until further notice.")
    assert (row["mention"], row["resolved"], row["precision"]) == ("until further notice", None, None)


def test_the_other_side_of_a_comparison_with_a_scale_glued_to_its_figure_moves_no_later_day_part():
    text = ("The company said on Tuesday that it had net cash of R4.1bn, up from R1.9bn at the end of June. "
            "Its shares were up 4.8% by midday.")
    assert _sentences(text, dt.date(2026, 2, 24))[-1] == ("by midday", "2026-02-24")


def test_a_gap_of_months_or_years_after_an_event_dates_neither_event():
    text = ("Floods return\n\nThe floods come two years after the storm of October 2024 that killed 40 people in Tarnow. "
            "Two months after the first units arrived, the army built a bridge.")
    mentions = [r["mention"] for r in extract_dates(text, split_sentences(text), dt.date(2026, 10, 22))]
    assert any("October 2024" in m for m in mentions)
    assert not any("after" in m for m in mentions)
    # a range of years after something is still one undatable stretch, as told
    rows = {r["mention"]: r["resolved"] for r in extract_dates(
        "Peat\n\nWater tables rose in the first two to four years after rewetting.",
        split_sentences("Peat\n\nWater tables rose in the first two to four years after rewetting."), dt.date(2026, 1, 5))}
    assert any("years after" in m for m in rows) and all(v is None for v in rows.values())


def test_a_gap_of_hours_beside_the_time_told_or_lasted_is_no_date_of_its_own():
    published = dt.date(2026, 7, 20)  # a Monday
    for sentence in ("The alert was raised at 16:00 on Sunday, about two hours after the eruption began.",
                     "Residents were told to stay away from the shore for about two hours after the main shock.",
                     "The monitors recorded 87 tremors in the 24 hours before the eruption.",
                     "The count was completed in less than three hours after polls closed."):
        text = "Alert\n\n" + sentence
        mentions = [r["mention"] for r in extract_dates(text, split_sentences(text), published)]
        assert not any("hours" in m for m in mentions), sentence
    # told alone, hours after an event still date it from the day before
    text = "Capsize\n\nThe ferry capsized on Sunday.\n\nTwo hours after the capsize, the boat was found."
    assert ("Two hours after", "2026-07-19") in _article_dates(text, published)


def test_a_quoted_tonight_is_the_day_of_the_saying_the_narrations_clock_tells():
    text = ("Runoff won\n\nJane Roe has won the mayoralty of Portville in Sunday's runoff.\n\n"
            "\"The people asked for a different way of running this city, and tonight they got it,\" "
            "Roe told supporters shortly after 11 p.m.")
    assert {("tonight", "2023-10-15"), ("after 11 p.m.", "2023-10-15")} <= set(_article_dates(text, dt.date(2023, 10, 16)))


def test_a_stretch_of_hours_is_one_time_and_no_date_when_it_is_kept_rather_than_lived():
    def told(sentence, published=dt.date(2026, 7, 20)):
        text = "Hours\n\n" + sentence
        return [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]

    # lived on a day its sentence tells: one row for the stretch, of that day
    assert told("The bodies recovered on Sunday were found between 7:00am and 2:30pm, two near the bank.") == [
        ("on Sunday", "2026-07-19"), ("7:00am and 2:30pm", "2026-07-19")]
    assert told("Concourse C, between 2:15 p.m. and 6:30 p.m. on April 9.", dt.date(2026, 4, 14)) == [
        ("2:15 p.m. and 6:30 p.m. on April 9", "2026-04-09")]
    # advice and curfews: the hours of every day they hold, no date
    assert told("Health authorities urged people to avoid the sun between 11 a.m. and 3 p.m. and to drink water.") == []
    assert [m for m, _ in told("The sheriff said a curfew from 8 p.m. to 6 a.m. would stay in place through the weekend.")] == [
        "through the weekend"]


def test_a_stamp_lines_other_hours_add_no_date_of_their_own():
    # posted at one hour and updated at another of the same day, the update's hour given alone:
    # the stamp's day once, as golds mostly mark it
    for text, mentions in (("By Jane Roe - Feb 15, 2026 11:20 AM | Updated 4:05 PM", ["Feb 15, 2026 11:20 AM"]),
                           ("May 18, 2026 — 6:00am", ["May 18, 2026"]),
                           ("Dec. 4, 2025, updated 6:40 p.m. CT", ["Dec. 4, 2025"])):
        rows = extract_dates(text, [{"id": 1, "start": 0, "end": len(text), "block": "furniture"}], dt.date(2026, 2, 15))
        assert [r["mention"] for r in rows] == mentions, text
    # a story's sentence keeps a clock apart from its day as a time of that day
    text = "Quake\n\nThe ministry said on Monday the quake struck at 4 a.m., killing three."
    assert ("at 4 a.m.", "2026-02-09") in [(r["mention"], r["resolved"]) for r in
                                          extract_dates(text, split_sentences(text), dt.date(2026, 2, 15))]


def test_two_weekdays_told_together_are_days_of_one_week():
    published = dt.date(2026, 9, 17)  # a Thursday

    def told(sentence):
        text = "Weather\n\n" + sentence
        return [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]

    assert told("Even moderate rain on Saturday and Sunday could trigger new slides, the forecaster said.") == [
        ("on Saturday", "2026-09-19"), ("Sunday", "2026-09-20")]
    assert told("The office has issued an orange alert for Friday and Saturday, forecasting heavy rain.") == [
        ("Friday", "2026-09-18"), ("Saturday", "2026-09-19")]
    assert told("Schools were shut on Monday and Tuesday.") == [("on Monday", "2026-09-14"), ("Tuesday", "2026-09-15")]


def test_a_past_form_glued_to_a_word_before_it_is_no_past_tense():
    # "the hardest-hit parishes": an adjective; "would begin" points ahead
    text = "Storm\n\nA spokeswoman said teams would begin registration in the hardest-hit parishes on Friday."
    rows = extract_dates(text, split_sentences(text), dt.date(2026, 9, 17))
    assert [(r["mention"], r["resolved"]) for r in rows] == [("on Friday", "2026-09-18")]


def test_a_plan_passed_on_in_the_tense_of_its_saying_is_the_nearest_such_day():
    published = dt.date(2026, 10, 16)  # a Friday
    text = "Typhoon\n\nHe said two teams from the Freedonian Army were expected to reach Tarnow on Saturday."
    assert _article_dates(text, published) == [("on Saturday", "2026-10-17")]
    # a plan told as gone by, with no saying before it, stays the last such day
    text = "Budget\n\nThe minister was expected to announce the budget on Tuesday but postponed it."
    assert _article_dates(text, published) == [("on Tuesday", "2026-10-13")]


def test_a_year_earlier_after_a_sentence_that_compared_another_month_is_the_reported_month_a_year_before():
    text = ("Inflation slows\n\nInflation slowed to 16.42% in October from 18.13% in September, the bureau said.\n\n"
            "The figure is 1.71 points lower than the rate recorded in September. On a year-on-year basis, it "
            "was 17.32 points below the 33.74 per cent recorded a year earlier.")
    assert ("a year earlier", "2024-10") in _article_dates(text, dt.date(2025, 11, 15))


def test_a_hope_told_in_the_past_and_a_date_under_a_condition_still_to_be_met_are_the_nearest_and_ahead():
    published = dt.date(2025, 9, 26)
    assert _one("Jane Roe said she hoped to return to her home in Tarnow before Christmas.", published)["resolved"] == "2025-12-25"
    # (what was done before it, told in the past, stays the last such day)
    assert _one("Jane Roe said she returned to her home in Tarnow before Christmas.", published)["resolved"] == "2024-12-25"
    published = dt.date(2025, 6, 30)
    rows = _dates("The first round is scheduled for Nov. 16, with a runoff on Dec. 14 if no candidate wins a majority.", published)
    assert [r["resolved"] for r in rows] == ["2025-11-16", "2025-12-14"]
    # (with no condition, the phrase after ", with" keeps its own tense: the last such day)
    assert _one("Freedonia voted, with a runoff on Dec. 14.", published)["resolved"] == "2024-12-14"


def test_this_quarter_told_in_the_past_of_results_is_the_quarter_reported_and_a_plan_that_had_been_is_the_nearest():
    published = dt.date(2025, 10, 29)
    text = ("Portville Telecom reported profit for the July-September quarter. \"We did not chase numbers this "
            "quarter,\" Jane Roe said. She said margins should widen this quarter.")
    assert _sentences(text, published)[-2:] == [("this quarter", "2025-Q3"), ("this quarter", "2025-Q4")]
    published = dt.date(2026, 2, 11)
    assert _one("The ruling had originally been scheduled for Jan. 20 but was reset.", published)["resolved"] == "2026-01-20"
    assert _one("The ruling is scheduled for Jan. 20.", published)["resolved"] == "2027-01-20"


def test_a_quoted_today_in_a_story_told_the_day_after_is_the_day_it_opens_on():
    published = dt.date(2026, 6, 10)  # a Wednesday
    text = ("Tarnow clerk jailed\n\nA former clerk was sentenced on Tuesday in Portville to three years for fraud.\n\n"
            "She had taken the money over four years.\n\n\"Today the judge said our loss counted,\" Jane Roe said.")
    assert _article_dates(text, published)[-1] == ("Today", "2026-06-09")
    # where the page's own day has news, "today" is the day the page tells
    assert _article_dates(text + " Her lawyer filed an appeal on Wednesday.", published)[-2] == ("Today", "2026-06-10")
    # as it is for a day still ahead of the speaker, or outside a quotation
    ahead = text.replace("the judge said our loss counted", "we will ask the judge to say our loss counts")
    assert _article_dates(ahead, published)[-1] == ("Today", "2026-06-10")
    told = text.replace('"Today the judge said our loss counted," Jane Roe said', "Jane Roe said today the judge had decided")
    assert _article_dates(told, published)[-1] == ("today", "2026-06-10")


def test_the_full_year_is_the_year_lived_or_reported_and_a_financial_year_by_the_month_it_ends_in():
    assert _one("Portville Steel sees its margin near 9% for the full year.", dt.date(2025, 10, 23))["resolved"] == "2025"
    # fourth-quarter results out in January: the year just ended
    text = ("Tarnow Bank results\n\nTarnow Bank reported fourth-quarter profit of $40 million on Thursday.\n\n"
            "Over the full year, Tarnow Bank earned $90 million.")
    assert ("the full year", "2025") in _article_dates(text, dt.date(2026, 1, 22))
    # with a financial year that ends in June: that June
    text = ("Eastbrook Mining interims\n\nEastbrook Mining, whose financial year ends in June, said profit rose in the "
            "six months to December 31.\n\nIt plans to spend R1.1bn on new shafts in the full year.")
    assert ("in the full year", "2026-06") in _article_dates(text, dt.date(2026, 2, 24))
    # a year the words after it name is theirs to tell
    assert all(r["mention"] != "for the year" for r in _dates("Profit for the year ended March 31 rose.", dt.date(2026, 6, 1)))
    assert all(r["mention"] != "for the year" for r in _dates("Sales for the year-ago quarter were flat.", dt.date(2026, 6, 1)))


def test_since_then_runs_from_the_time_just_told():
    rows = _dates("Freedonian inflation hit a record 61% in May 2024 and has eased steadily since then.", dt.date(2026, 11, 3))
    assert [(r["mention"], r["resolved"], r["qualifier"]) for r in rows] == [
        ("in May 2024", "2024-05", None), ("since then", "2024-05", "since")]
    # with no time told before it, it dates nothing
    assert _dates("Since then, the front has barely moved.", dt.date(2026, 11, 3))[0]["resolved"] is None


def test_a_time_in_an_indonesian_zone_is_of_the_day_it_is_told_with():
    rows = _dates("The tremor was felt on Tuesday at 13.27 WIB, the Portville observatory said.", dt.date(2026, 3, 4))
    assert [(r["mention"], r["resolved"]) for r in rows] == [("on Tuesday at 13.27 WIB", "2026-03-03")]
    # a figure with a full stop is no time
    assert _dates("Prices rose 13.27 percent.", dt.date(2026, 3, 4)) == []


def test_a_quoted_tonight_after_a_sentence_dating_no_saying_is_not_told_from_that_day():
    published = dt.date(2026, 10, 6)
    text = ("Ruritania votes\n\nNearly a million electors voted early at advance polls, which closed on Sept. 28.\n\n"
            '"Tonight, Ruritanians chose a new course," Jane Roe told supporters in Eastbrook.')
    assert _article_dates(text, published)[-1] != ("Tonight", "2026-09-28")


def test_an_evening_hour_with_no_day_of_its_own_is_of_the_evening_the_story_opened_with():
    published = dt.date(2026, 10, 6)
    text = ("Ruritania votes\n\nThe Eastbrook party won the provincial election on Monday night, results showed "
            "early Tuesday.\n\nJane Roe admitted defeat just after 10:30 p.m.")
    assert _article_dates(text, published)[-1] == ("just after 10:30 p.m.", "2026-10-05")
    # and a story opening with the day of publication keeps its evening
    assert _article_dates(text.replace("on Monday night", "on Tuesday"), published)[-1][1] == "2026-10-06"


def test_a_speakers_today_in_a_quotation_is_the_day_the_sentence_says_it_was_spoken():
    published = dt.date(2025, 7, 28)
    text = ("Slide\n\n'Divers found the hull this morning, and they are cutting into it,' "
            "she told reporters on the quay on Sunday.")
    assert _article_dates(text, published)[0] == ("this morning", "2025-07-27")
    text = 'Slide\n\n"We found two more people today," Jane Roe said on Sunday.'
    assert _article_dates(text, published)[0] == ("today", "2025-07-27")
    # the narrator's own "this morning" is the page's
    assert _article_dates("Slide\n\nTeams resumed digging this morning, officials said on Sunday.", published)[0] \
        == ("this morning", "2025-07-28")


def test_a_year_earlier_is_not_dated_by_the_period_of_a_second_comparison_after_it():
    published = dt.date(2025, 10, 29)
    text = ("Eastbrook results\n\nEastbrook Telecom on Tuesday reported profit for the July-September quarter, "
            "the second quarter of fiscal 2026.\n\nSales rose to Rs 9,120 crore from Rs 8,340 crore a year earlier, "
            "and were up 3 per cent from Rs 8,860 crore in the June quarter.")
    dates = dict(_article_dates(text, published))
    assert dates["a year earlier"] == "2024-Q3" and dates["in the June quarter"] == "2025-Q2"


def test_a_year_ago_after_a_figure_spaced_from_its_currency_is_the_other_side_of_a_comparison():
    published = dt.date(2025, 10, 29)
    text = ("Eastbrook results\n\nEastbrook Telecom on Tuesday reported profit for the July-September quarter.\n\n"
            "Average revenue per subscriber rose to Rs 176 from Rs 158 a year ago.")
    assert dict(_article_dates(text, published))["a year ago"] == "2024-Q3"


def test_a_weekday_s_possessive_is_the_date_not_the_preposition_before_it():
    rows = _dates("Turnout in Sunday's vote was low. Results of Wednesday's count came. He spoke on Sunday.")
    assert [r["mention"] for r in rows] == ["Sunday's", "Wednesday's", "on Sunday"]
    assert rows[0]["resolved"] == rows[2]["resolved"]


def test_a_quarter_under_way_is_this_year_s_unless_its_own_clause_tells_a_result():
    published = dt.date(2025, 11, 6)
    text = "Margins were thin, and the fourth quarter is often the busiest. Output fell in the fourth quarter."
    assert [r["resolved"] for r in _dates(text, published)] == ["2025-Q4", "2024-Q4"]


def test_the_year_ago_quarter_is_a_year_before_the_storys_quarter_not_the_last_one_named():
    text = ("Alpha Oil said third-quarter profit rose. Output rose from Q3 2024. "
            "It drilled 14 wells, five more than in the year-ago quarter.")
    rows = extract_dates(text, split_sentences(text), dt.date(2025, 11, 7))
    assert (rows[-1]["mention"], rows[-1]["resolved"]) == ("in the year-ago quarter", "2024-Q3")


def test_a_time_of_day_of_a_market_move_is_the_storys_day():
    text = "Net debt at June 30 was $1.6 billion. Alpha shares fell 2.4 per cent by noon."
    rows = extract_dates(text, split_sentences(text), dt.date(2025, 8, 19))
    assert [(r["mention"], r["resolved"]) for r in rows] == [("June 30", "2025-06-30"), ("by noon", "2025-08-19")]


def test_the_same_point_last_year_is_the_storys_month_a_year_before():
    assert _resolved("Deaths were 17, against 95 at the same point last year.", dt.date(2025, 9, 30)) == \
        [("at the same point last year", "2024-09", "month")]
    assert _resolved("Cases fell from 38,400 at the same point in 2023.", dt.date(2025, 9, 30)) == \
        [("at the same point in 2023", "2023-09", "month")]


def test_the_first_nine_months_of_a_results_story_are_of_its_year():
    assert _resolved("Revenue rose 1.7 percent in the first nine months.", dt.date(2025, 10, 30)) == \
        [("in the first nine months", "2025", "year")]
    assert _dates("Losses in the first six months of the war were high.", dt.date(2025, 10, 30)) == []


def test_a_tables_note_unless_stated_points_nowhere():
    rows = _sentences("OSLO, Oct 22 (Wire) - Beta Marine reported lower income on Thursday.\n\n"
                      "Summary, second quarter (NOK million unless stated)\n\nRevenue 31,420 (29,880)", dt.date(2026, 8, 20))
    assert ("second quarter", "2026-Q2") in rows
    # (a condition still to be met points ahead)
    assert _one("The runoff is on Dec. 14 unless a candidate wins outright.", published=dt.date(2026, 10, 22))["resolved"] == "2026-12-14"


def test_a_month_of_a_plan_told_in_the_past_is_the_nearest_such_month():
    row = _one("Officials said talks on a new deal were expected to begin in January.", published=dt.date(2024, 12, 17))
    assert (row["mention"], row["resolved"]) == ("in January", "2025-01")
    # (a month of what was done stays the one gone by)
    assert _one("The package was agreed in January.", published=dt.date(2024, 12, 17))["resolved"] == "2024-01"


def test_a_participle_past_a_comma_after_a_future_verb_keeps_its_own_past():
    row = _one("Beta will have to find allies, according to the tally finished by the commission late on Saturday.",
               published=dt.date(2026, 10, 11))
    assert (row["mention"], row["resolved"]) == ("late on Saturday", "2026-10-10")


def test_a_day_a_court_fixes_for_a_hearing_is_the_nearest_such_day():
    assert _one("The bench fixed 3 February for the next sitting.", published=dt.date(2025, 11, 18))["resolved"] == "2026-02-03"
    assert _one("The talks ended on 3 February with no deal.", published=dt.date(2025, 11, 18))["resolved"] == "2025-02-03"


def test_a_day_an_undertaking_told_in_the_past_names_is_the_nearest():
    # "agreed to hold a vote on Wednesday", told on a Monday: this week's Wednesday
    published = dt.date(2026, 4, 20)
    assert _resolved("The council agreed to hold a vote on Wednesday.", published) == [
        ("on Wednesday", "2026-04-22", "day")]
    assert _resolved("The mayor promised to reply on Friday.", published)[0][1] == "2026-04-24"
    # a deed itself, told in the past, is the last such day
    assert _resolved("The council held a vote on Wednesday.", published)[0][1] == "2026-04-15"


def test_an_epidemiological_week_told_by_its_ordinal():
    published = dt.date(2026, 9, 19)
    assert _resolved("Cases fell in the 23rd epidemiological week of 2025.", published) == [
        ("23rd epidemiological week of 2025", "2025-06-01", "week")]
    assert _resolved("In the ninth epidemiological week of the year, 120 cases were reported.", published)[0][1:] == \
        ("2026-03-01", "week")
    assert _resolved("The thirty-first epidemiological week ended.", published)[0][1] == "2026-08-02"
    # an ordinal with no epidemiological week is no date
    assert _resolved("She came twenty-third in the race.", published) == []


def test_a_copyright_line_dates_the_page_to_its_year_and_a_bare_year_elsewhere_needs_context():
    text = ("Headline\n\nThe plant was founded 2019 by Roe and employs 2020 people.\n\n"
            "© 2024 Alpha Wire. All rights reserved.\n\nCopyright 2023 Beta Times.")
    found = {(d["mention"], d["resolved"], d["precision"]) for d in _dates(text)}
    assert found == {("2024", "2024", "year"), ("2023", "2023", "year")}


def test_a_day_later_opening_a_sentence_counts_from_the_day_the_sentence_before_told():
    # (the saying's day, not the day of the events told before it)
    text = ("Headline\n\nThe agency said 40 soldiers had been killed on Saturday.\n\n"
            "The ministry reported on Monday that troops had been killed.\n\n"
            "A day later, an official put casualties at 300.")
    found = {d["mention"]: d["resolved"] for d in extract_dates(text, split_sentences(text), dt.date(2024, 12, 19))}
    assert found["A day later"] == "2024-12-17"


def test_a_relative_clauses_past_verb_after_that_dates_what_it_tells():
    # "grain that docked at the port in August" came, though the main clause looks ahead
    assert _resolved("Bakeries would reopen soon, using grain that docked at Tarnow in August.",
                     dt.date(2025, 9, 10)) == [("in August", "2025-08", "month")]
    # "that closed season": an adjective, no verb of the date
    assert _resolved("The hunt will reopen in that closed area in August.", dt.date(2025, 9, 10)) == \
        [("in August", "2026-08", "month")]


def test_a_participle_after_will_have_looks_ahead():
    assert _resolved("Crews will have the fire contained by the weekend.", dt.date(2026, 7, 8)) == \
        [("by the weekend", "2026-07-11", "day")]


def test_odds_given_for_a_day_point_to_the_nearest_such_day():
    assert _resolved("Traders priced in even odds of a hike at the board's April 28 sitting.", dt.date(2026, 4, 3)) == \
        [("April 28", "2026-04-28", "day")]


def test_the_same_period_last_year_in_a_bulletin_is_the_month_a_year_before():
    published = dt.date(2025, 11, 5)
    # (in a bulletin, no quarter reported: the month a year before, within the year the gold gives)
    assert _resolved("Admissions are 40% higher than in the same period last year.", published) == \
        [("in the same period last year", "2024-11", "month")]


def test_a_figure_forecast_in_a_month_is_that_month_past_whatever_the_sentence_expects():
    rows = _dates("T\n\nThe maker now expects sales of 80 billion pesos, short of the 84 billion forecast in August. "
                  "The agency will forecast in August how much rain will fall.", dt.date(2025, 11, 6))
    assert [r["resolved"] for r in rows] == ["2025-08", "2026-08"]


def test_a_date_after_followed_by_keeps_the_tense_of_the_one_before():
    rows = _dates("T\n\nThe first round of talks will open on 3 March, followed by a second round on 17 March.",
                  dt.date(2026, 3, 20))
    assert [r["resolved"] for r in rows] == ["2027-03-03", "2027-03-17"]


def test_a_month_before_a_figure_in_a_table_is_the_month_not_a_day():
    published = dt.date(2026, 8, 5)
    rows = _resolved("Monthly jobless rate (%), Alpha Statistics\nApril 31.5\nJune 34.2\nJuly 30.75", published)
    assert rows == [("April", "2026-04", "month"), ("June", "2026-06", "month"), ("July", "2026-07", "month")]
    assert _resolved("It opened on July 30.", published) == [("on July 30", "2026-07-30", "day")]


def test_earlier_in_the_week_after_a_month_told_in_passing_is_publications_week():
    published = dt.date(2025, 10, 17)
    text = ("Attendance was 51%, under the 70% seen at the spring congress in April. "
            "Tallies released earlier in the week gave Unity 12 districts.")
    rows = _resolved(text, published)
    assert rows[-1][0] == "earlier in the week" and rows[-1][1].startswith("2025-10"), rows


def test_a_plan_whose_own_verb_is_past_is_the_nearest_such_month():
    published = dt.date(2025, 8, 20)
    assert _resolved("A bridge inspection planned for the valley in June never took place.", published) == \
        [("in June", "2025-06", "month")]
    assert _resolved("A ballot scheduled for June will test the alliance.", published)[0][1] == "2026-06"


def test_since_the_start_of_the_year_is_its_first_day():
    published = dt.date(2026, 5, 12)
    assert _resolved("Fares have climbed 9% since the start of the year.", published) == \
        [("since the start of the year", "2026-01-01", "day")]
    assert _resolved("At the start of the year, cases were low.", published)[0][1:] == ("2026-01", "month")


def test_a_month_earlier_in_a_months_data_is_the_month_before_the_one_reported():
    # not the month before a comparison's month in the same sentence, nor before a month told in passing
    text = ("Alphaland's inflation eased to 6.3% in March 2026, the statistics office said.\n\n"
            "Prices climbed 0.8% from February, compared with 0.9% a month earlier.\n\n"
            "The rate was 7.4% in October last year.\n\nThe core measure was 5.5%, easing from 5.6% a month earlier.")
    rows = _sentences(text, dt.date(2026, 4, 9))
    assert [r for m, r in rows if m == "a month earlier"] == ["2026-02", "2026-02"]


def test_a_week_earlier_counts_from_the_end_of_the_period_a_bulletin_covers():
    text = ("The ministry last gave figures on January 12.\n\n"
            "Its report, for the week up to Friday, says that nine villages have now had cases, against five a week earlier.")
    assert _sentences(text, dt.date(2026, 2, 9))[-1] == ("a week earlier", "2026-01-30")


def test_a_bare_day_that_starts_or_ends_a_stretch_is_the_nearest_such_day():
    # a Wednesday's page: the Friday ahead, not the one before, whatever verb is nearest
    published = dt.date(2026, 7, 29)
    assert _sentences("The weather office sees showers from Friday.", published) == [("from Friday", "2026-07-31")]
    assert _sentences("The premier said he would meet the heads of every party that entered parliament from Friday.", published) == \
        [("from Friday", "2026-07-31")]
    assert _sentences("The curfew ordered from Sunday is still in place.", published) == [("from Sunday", "2026-07-26")]
    # a weekend a stretch runs through ends on its Sunday
    assert _sentences("It forecast gales and high seas through the weekend.", published) == \
        [("through the weekend", "2026-08-02")]


def test_a_date_first_in_what_was_said_takes_the_tense_of_the_words_said():
    assert _sentences("The mayor told reporters on Friday that from 3 November buses would run every ten minutes.",
                      dt.date(2025, 10, 17)) == [("on Friday", "2025-10-17"), ("from 3 November", "2025-11-03")]
    assert _sentences("The mayor said that in March the depot closed.", dt.date(2025, 10, 17)) == [("in March", "2025-03")]


def test_a_quarter_compared_with_as_since_revised_is_no_quarter_the_sentence_reports():
    text = ("Output expanded 0.9% in the January-March period from a year earlier, the office said. "
            "That compared with a revised 1.7% in the October-December quarter and 2.2% in the year-ago quarter.")
    assert _sentences(text, dt.date(2025, 5, 19))[-1] == ("in the year-ago quarter", "2024-Q1")


def test_a_span_before_an_event_counts_back_from_it():
    published = dt.date(2025, 11, 17)
    text = "The mill burned down on Saturday. Its pump was serviced four days before the blaze. Crews left in the afternoon."
    rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), published)]
    # (the service is an aside: the afternoon is still the blaze's)
    assert rows == [("on Saturday", "2025-11-15"), ("four days before", "2025-11-11"), ("in the afternoon", "2025-11-15")]
    # the day its own clause told, a day before the event named after it
    assert _resolved("He died on Monday, a day before his test result came back.", published)[-1][:2] == \
        ("a day before", "2025-11-17")
    # (years before an event date the event: "three years before the next census")
    text = "Alpha won the seat in 2021. It was a blow to Beta three years before the next census."
    assert [r["resolved"] for r in extract_dates(text, split_sentences(text), published)] == ["2021", "2024"]


def test_a_dashed_moving_quarter_is_its_last_month_and_short_month_spans_are_read():
    published = dt.date(2026, 8, 31)
    # a moving quarter by its last month; a longer span in short month names by its year
    assert _resolved("Joblessness in Portville stood at 6.1% in its May-July rolling quarter.", published) == \
        [("May-July", "2026-07", "month")]
    assert _resolved("Exports in Jan-Aug rose 4%.", published) == [("Jan-Aug", "2026", "year")]
    assert _resolved("Main results | Jan-Sep 2026 | Jan-Sep 2025", published) == \
        [("Jan-Sep 2026", "2026", "year"), ("Jan-Sep 2025", "2025", "year")]
    # (a stretch in words is still dated from its first month)
    assert _resolved("Rain fell between February and June.", published)[0][1:] == ("2026-02", "month")


def test_a_compared_figure_in_pc_is_a_comparison_s_side():
    # "from 3.4pc a month earlier", told of May's data, is April, as "from 3.4% a month earlier" is
    # (not a month before a day told in passing)
    text = ("Prices in Portville rose 2.9pc in May, the bureau said on Monday. Bus fares had gone up on April 27. "
            "Food prices cooled to 2.2pc from 3.4pc a month earlier.")
    rows = [(r["mention"], r["resolved"]) for r in extract_dates(text, split_sentences(text), dt.date(2026, 6, 1))]
    assert rows[-1] == ("a month earlier", "2026-04")


def test_a_day_bidden_in_the_past_is_the_nearest_such_day():
    # "asked crews to reopen the bridge on Tuesday", told on a Monday: tomorrow, as it is nearest
    published = dt.date(2024, 11, 25)
    assert _resolved("The mayor asked crews to reopen the bridge on Tuesday.", published) == \
        [("on Tuesday", "2024-11-26", "day")]
    assert _resolved("Officials asked residents to return on Thursday.", published) == [("on Thursday", "2024-11-28", "day")]
    # (the asking's own day is still the past one)
    assert _resolved("Officials asked residents on Thursday to return.", published) == [("on Thursday", "2024-11-21", "day")]

"""make_table builds typed columns directly and validate_table checks them without
pandas row operations; both must behave exactly like the plain pandas route
(``from_records`` then ``astype``; ``duplicated``, ``dropna``, ``iterrows``)."""

import numpy as np
import pandas as pd
import pytest

from claimbrief.errors import TableError
from claimbrief.tables import SCHEMAS, TABLE_NAMES, make_table, make_tables, validate_table, validate_tables


def _reference(name, rows):
    """The plain pandas route make_table must agree with."""
    schema = SCHEMAS[name]
    frame = pd.DataFrame.from_records(rows, columns=list(schema)) if rows else pd.DataFrame(columns=list(schema))
    return frame.astype(schema)


def _outcome(build, name, rows):
    try:
        return "ok", build(name, rows)
    except Exception as exc:  # noqa: BLE001 - the exception itself is what is compared
        return type(exc).__name__, str(exc)


def _assert_same(name, rows):
    got, want = _outcome(make_table, name, rows), _outcome(_reference, name, rows)
    assert got[0] == want[0]
    if got[0] == "ok":
        pd.testing.assert_frame_equal(got[1], want[1], check_exact=True)
        assert type(got[1].index) is type(want[1].index)
    else:
        assert got[1] == want[1]


FIGURE = {"sentence_id": 1, "start": 0, "end": 3, "mention": "six", "value": 6.0, "low": None, "high": 7,
          "approximate": False, "vague": None, "unit": "officer", "counts": "officers", "claimant": "article",
          "certainty": "stated"}


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_empty_tables_have_the_schema_and_a_range_index(name):
    _assert_same(name, [])
    frame = make_table(name, [])
    assert list(frame.columns) == list(SCHEMAS[name])
    assert [str(t) for t in frame.dtypes] == list(SCHEMAS[name].values())


def test_plain_rows_missing_and_extra_keys_and_nan_match_pandas():
    _assert_same("figures", [FIGURE, dict(FIGURE, start=4, end=7, value=float("nan"), low=1, approximate=True),
                             {"start": 9, "end": 10, "extra": "ignored"}])
    _assert_same("actors", [{"name": "Jane Doe", "mentions": 2, "start": 5, "end": 13},
                            {"name": None, "role": "claimant"}])
    frame = make_table("figures", [dict(FIGURE, value=float("nan"))])
    assert frame["value"].isna().all()  # NaN is a missing value, as astype makes it


@pytest.mark.parametrize("column,value", [
    ("start", 3.0), ("start", 3.5), ("start", "7"), ("start", "x"), ("start", True), ("start", np.int64(4)),
    ("start", float("nan")), ("start", pd.NA), ("value", "2.5"), ("value", np.float32(2.5)), ("value", True),
    ("approximate", 1), ("approximate", "yes"), ("approximate", np.bool_(True)), ("mention", 5),
    ("mention", float("nan")), ("mention", pd.NA), ("unit", b"x"),
])
def test_odd_values_convert_or_fail_exactly_as_in_pandas(column, value):
    _assert_same("figures", [FIGURE, {**FIGURE, "start": 4, "end": 7, column: value}])


def test_missing_keys_are_duplicates_of_each_other_as_in_pandas():
    frame = make_table("actors", [{"name": None}, {"name": None}])
    with pytest.raises(TableError, match="duplicate key"):
        validate_table("actors", frame)
    frame = make_table("figures", [dict(FIGURE, start=None, end=None), dict(FIGURE, start=None, end=None)])
    with pytest.raises(TableError, match="duplicate key"):
        validate_table("figures", frame)
    validate_table("figures", make_table("figures", [dict(FIGURE, start=None, end=None), FIGURE]))


def test_spans_with_a_missing_end_are_not_checked_and_the_first_bad_span_is_named():
    validate_table("actors", make_table("actors", [{"name": "A", "start": -5, "end": None}]), text_length=10)
    rows = [{"name": "A", "start": 2, "end": 50}, {"name": "B", "start": 8, "end": 4}]
    # spans that run backwards (or start before 0) are named before spans past the text's end
    with pytest.raises(TableError, match=r"span 8-4 lies outside the text"):
        validate_table("actors", make_table("actors", rows), text_length=10)
    with pytest.raises(TableError, match=r"span 2-50 lies outside the text"):
        validate_table("actors", make_table("actors", rows[:1]), text_length=10)
    validate_table("actors", make_table("actors", rows[:1]))  # no text: only order and sign are checked


def test_vocabulary_ignores_missing_values_and_names_the_first_unknown():
    validate_table("claims", make_table("claims", [{"sentence_id": 1, "kind": None, "certainty": None}]))
    with pytest.raises(TableError, match="column kind has 'aside'"):
        validate_table("claims", make_table("claims", [{"sentence_id": 1, "kind": "zzz"},
                                                       {"sentence_id": 2, "kind": "aside"}]))


def test_wrong_dtype_and_a_column_given_twice_are_named():
    frame = make_table("figures", [FIGURE]).astype({"start": "float64"})
    with pytest.raises(TableError, match="column start is float64, expected Int64"):
        validate_table("figures", frame)
    frame = make_table("figures", [FIGURE])
    twice = pd.concat([frame, frame[["mention"]]], axis=1)
    with pytest.raises(TableError, match="column 'mention' twice"):
        validate_table("figures", twice)


def test_mentions_are_checked_against_the_text():
    text = "six killed, ten hurt"
    good = make_tables({"figures": [FIGURE, dict(FIGURE, start=12, end=15, mention="ten")]})
    validate_tables(good, text)
    bad = make_tables({"figures": [FIGURE, dict(FIGURE, start=12, end=15, mention="tan")]})
    with pytest.raises(TableError, match="mention 'tan' does not match its span"):
        validate_tables(bad, text)

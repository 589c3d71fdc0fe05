import subprocess
import sys

import pytest

from claimbrief.errors import TableError
from claimbrief.tables import make_table, make_tables, read_tables, validate_table, validate_tables, write_tables


def _figure(**change):
    row = {"sentence_id": 1, "start": 0, "end": 3, "mention": "six", "value": 6.0, "low": None, "high": None,
           "approximate": False, "vague": False, "unit": "officer", "counts": "officers", "claimant": "article",
           "certainty": "stated"}
    row.update(change)
    return row


def test_roundtrip_through_csv_keeps_types(tmp_path):
    tables = make_tables({"figures": [_figure()], "sentences": [{"id": 1, "start": 0, "end": 10, "text": "six killed", "block": "body"}]})
    write_tables(tables, tmp_path)
    back = read_tables(tmp_path)
    assert back.figures.iloc[0]["value"] == 6.0 and not back.figures.iloc[0]["approximate"]
    assert list(back.figures.columns) == list(tables.figures.columns)


def test_duplicate_keys_bad_spans_and_vocabulary_are_named():
    with pytest.raises(TableError, match="duplicate key"):
        validate_table("figures", make_table("figures", [_figure(), _figure()]))
    with pytest.raises(TableError, match="outside the text"):
        validate_table("figures", make_table("figures", [_figure(end=99)]), text_length=10)
    with pytest.raises(TableError, match="certainty"):
        validate_table("claims", make_table("claims", [{"sentence_id": 1, "kind": "claim", "certainty": "sure"}]))
    with pytest.raises(TableError, match="does not match its span"):
        validate_tables(make_tables({"figures": [_figure(mention="six")]}), "ten killed")


def test_importing_the_extraction_loads_no_plotting_or_notebook_stack():
    code = "import sys, claimbrief.extract; print(any(m in sys.modules for m in ('matplotlib', 'nbconvert', 'papermill')))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


def test_a_quarter_is_a_precision_of_the_dates_table():
    dates = make_table("dates", [{"sentence_id": 1, "start": 0, "end": 2, "mention": "Q3",
                                  "resolved": "2025-Q3", "precision": "quarter"}])
    assert validate_table("dates", dates, 10)["precision"].tolist() == ["quarter"]


def test_typed_arrays_built_directly_equal_pandas_own_conversion():
    import numpy as np
    import pandas as pd

    from claimbrief.tables import SCHEMAS, _make_table_with_pandas

    rows = [_figure(), _figure(start=4, end=7, low=None, high=8, approximate=None, unit=None),
            _figure(start=8, end=9, value=float("nan"), vague=True, counts=None)]
    odd = [rows[:1] + [{k: v for k, v in rows[1].items() if k != "unit"}],  # a row lacking a key
           [_figure(start=np.int64(2))], [_figure(approximate=1)], [dict(_figure(), extra="x")], []]
    for table in [rows, *odd]:
        built = make_table("figures", table)
        pd.testing.assert_frame_equal(built, _make_table_with_pandas(SCHEMAS["figures"], table), check_index_type=False)
        assert [str(t) for t in built.dtypes] == list(SCHEMAS["figures"].values())
    assert make_table("figures", rows)["unit"].isna().tolist() == [False, True, False]
    assert make_table("figures", rows)["value"].isna().tolist() == [False, False, True]


def test_integer_keys_with_a_missing_value_are_read_as_pandas_gives_them():
    from claimbrief.tables import _key_values

    frame = make_table("figures", [_figure(), _figure(start=None, end=5)])
    assert _key_values(frame, "start") == [(0, False), (0, True)]
    assert _key_values(frame, "end", plain=True) == [3, 5]
    assert _key_values(frame, "start", plain=True) == frame["start"].array.tolist()

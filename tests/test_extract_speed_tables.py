"""Speed changes of the tables' construction and checks give what the straightforward
version gives: the same frames, or the same error."""

from __future__ import annotations

import copy
import datetime as dt

import numpy as np
import pytest

from claimbrief.article import make_article
from claimbrief.errors import TableError
from claimbrief.extract import extract_rows
from claimbrief.tables import TABLE_NAMES, make_tables, make_valid_tables, validate_tables

_TEXT = """Storm floods coastal towns

PORTVILLE, Freedonia, March 3 (Meridian) - Floods killed at least 12 people in Portville and Eastbrook
on Monday, the Interior Ministry said, and about 3,000 homes were damaged.

"We have never seen water this high," said Jana Roe, the mayor of Portville. Officials said
damage could reach $40 million, up 15% on last year's storm.

Rain is expected to ease by Thursday, forecasters said.
"""


def _rows() -> tuple[dict[str, list[dict]], str]:
    article = make_article(_TEXT, title="Storm floods coastal towns", published=dt.date(2025, 3, 3))
    rows = extract_rows(article)
    assert all(rows[name] for name in ("sentences", "claims", "figures", "dates", "places", "actors"))
    return rows, article.text


def _outcome(build):
    try:
        tables = build()
    except (TableError, TypeError, ValueError) as error:
        return type(error), str(error)
    return [(name, [str(t) for t in frame.dtypes], frame.to_csv(index=False)) for name, frame in tables.items()]


def _mutations():
    """Rows as the extraction makes them, and rows each breaking one check (or holding a
    value only pandas converts)."""
    yield "as extracted", lambda rows, text: None

    def duplicate(name, key_of):
        def change(rows, text):
            rows[name].append(dict(rows[name][0]))
        return change
    for name in TABLE_NAMES:
        yield f"duplicate {name} key", duplicate(name, None)

    def set_value(name, column, value, index=0):
        def change(rows, text):
            rows[name][index][column] = value
        return change
    for name in ("sentences", "claims", "figures", "dates", "places", "actors"):
        yield f"{name} start negative", set_value(name, "start", -1)
        yield f"{name} end before start", set_value(name, "end", -5)
        yield f"{name} end past the text", set_value(name, "end", 10 ** 6)
        yield f"{name} start missing", set_value(name, "start", None)
        yield f"{name} start as numpy integer", set_value(name, "start", np.int64(3))
        yield f"{name} start as float", set_value(name, "start", 3.0)
    yield "bad block", set_value("sentences", "block", "sidebar")
    yield "missing block", set_value("sentences", "block", None)
    yield "bad kind", set_value("claims", "kind", "rumour")
    yield "bad certainty", set_value("claims", "certainty", "certain")
    yield "missing certainty", set_value("claims", "certainty", None)
    yield "bad precision", set_value("dates", "precision", "hour")
    yield "bad resolution", set_value("places", "resolution", "guess")
    yield "bad class", set_value("figures", "class", "weather")
    yield "figure mention off its span", set_value("figures", "mention", "nothing like it")
    yield "figure mention missing", set_value("figures", "mention", None)
    yield "figure end missing", set_value("figures", "end", None)
    yield "figure value as string", set_value("figures", "value", "12")
    yield "figure flag as integer", set_value("figures", "approximate", 1)
    yield "actor name missing", set_value("actors", "name", None)
    yield "place lat as integer", set_value("places", "lat", 5)

    def drop_key(rows, text):
        del rows["dates"][0]["note"]
    yield "a row without a key", drop_key

    def empty(rows, text):
        rows["places"] = []
        rows["figures"] = []
    yield "empty tables", empty


@pytest.mark.parametrize("with_text", [True, False])
def test_valid_tables_from_rows_are_what_validating_the_made_tables_gives(with_text):
    base, text = _rows()
    for label, change in _mutations():
        rows = copy.deepcopy(base)
        change(rows, text)
        given = text if with_text else None
        expected = _outcome(lambda: validate_tables(make_tables(copy.deepcopy(rows)), given))
        assert _outcome(lambda: make_valid_tables(copy.deepcopy(rows), given)) == expected, label


def test_frames_built_from_blocks_are_the_frames_from_arrays_builds(monkeypatch):
    from claimbrief import tables

    base, text = _rows()
    variants = [base, {name: [] for name in TABLE_NAMES}, {name: base[name][:1] for name in TABLE_NAMES}]
    for rows in variants:
        direct = make_tables(copy.deepcopy(rows))
        with monkeypatch.context() as patched:
            patched.setattr(tables, "_BlockManager", None)  # DataFrame._from_arrays
            plain = make_tables(copy.deepcopy(rows))
        for name, frame in direct.items():
            other = getattr(plain, name)
            assert frame.to_csv(index=False) == other.to_csv(index=False)
            assert list(frame.columns) == list(other.columns) and frame.index.equals(other.index)
            assert [str(t) for t in frame.dtypes] == [str(t) for t in other.dtypes]
            assert [(type(b), type(b.values), str(b.dtype), b.mgr_locs.as_array.tolist()) for b in frame._mgr.blocks] \
                == [(type(b), type(b.values), str(b.dtype), b.mgr_locs.as_array.tolist()) for b in other._mgr.blocks]
            assert frame._mgr.is_consolidated() and other._mgr.is_consolidated()
            # the frames behave alike: a column set, rows taken, a copy changed
            for one in (frame, other):
                one["extra"] = 1
            assert frame.iloc[::-1].to_csv() == other.iloc[::-1].to_csv()
            assert frame.copy().drop(columns="extra").equals(other.copy().drop(columns="extra"))


def test_the_schema_groups_columns_as_pandas_groups_the_builders_arrays():
    """_dtype_groups reads off the schema the grouping _extension_blocks used to make of the
    arrays themselves (by dtype object, in the order each first occurs)."""
    from claimbrief import tables

    for name, schema in tables.SCHEMAS.items():
        arrays = [tables._BUILDERS[dtype]([None]) for dtype in schema.values()]
        groups: dict[int, list[int]] = {}
        for i, array in enumerate(arrays):
            groups.setdefault(id(array.dtype), []).append(i)
        assert tables._dtype_groups(name) == tuple(tuple(g) for g in groups.values()), name

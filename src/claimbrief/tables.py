"""The six records every stage shares, their schemas, and their checks.

Extraction returns plain rows (dicts); :func:`make_tables` turns them into pandas
DataFrames with fixed columns and types, and :func:`validate_tables` checks them at
every stage boundary: columns, types, no duplicate keys, spans inside the text.
CSV is the on-disk form (UTF-8, header row, resolved dates as ISO strings).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd

from .errors import TableError

# column -> pandas dtype.  "string" columns may be empty (NA); Int64 and Float64 allow NA too.
SCHEMAS: dict[str, dict[str, str]] = {
    "sentences": {"id": "Int64", "start": "Int64", "end": "Int64", "text": "string", "block": "string"},
    "claims": {
        "sentence_id": "Int64", "start": "Int64", "end": "Int64", "kind": "string", "claimant": "string",
        "claimant_role": "string", "via": "string", "certainty": "string", "cue": "string", "text": "string",
    },
    "figures": {
        "sentence_id": "Int64", "start": "Int64", "end": "Int64", "mention": "string", "value": "Float64",
        "low": "Float64", "high": "Float64", "approximate": "boolean", "vague": "boolean", "unit": "string",
        "class": "string", "measure": "string", "counts": "string", "subject": "string",
        "scope_place": "string", "scope_date": "string", "part_of": "string",
        "claimant": "string", "certainty": "string", "bound": "string",
    },
    "dates": {
        "sentence_id": "Int64", "start": "Int64", "end": "Int64", "mention": "string", "resolved": "string",
        "precision": "string", "qualifier": "string", "event": "string", "note": "string",
    },
    "places": {
        "sentence_id": "Int64", "start": "Int64", "end": "Int64", "mention": "string", "canonical": "string",
        "country": "string", "kind": "string", "lat": "Float64", "lon": "Float64", "resolution": "string",
    },
    "actors": {
        "name": "string", "role": "string", "kind": "string", "aliases": "string", "mentions": "Int64",
        "start": "Int64", "end": "Int64",
    },
}
KEYS = {
    "sentences": ["id"],
    "claims": ["sentence_id"],
    "figures": ["start", "end"],
    "dates": ["start", "end"],
    "places": ["start", "end"],
    "actors": ["name"],
}
TABLE_NAMES = tuple(SCHEMAS)
KINDS = ("claim", "gap", "background", "definition", "caption", "headline", "furniture")
CERTAINTIES = ("confirmed", "stated", "reported", "hedged", "predicted", "denied")
BLOCKS = ("headline", "caption", "body", "furniture")
PRECISIONS = ("day", "week", "month", "quarter", "year")
RESOLUTIONS = ("exact", "alias", "fuzzy", "context")
# what a figure measures, by kind of quantity (the gold files use the same list)
FIGURE_CLASSES = ("people", "objects", "money", "share", "duration", "magnitude", "distance", "age", "events")


@dataclass
class Tables:
    """The six tables of one article."""

    sentences: pd.DataFrame
    claims: pd.DataFrame
    figures: pd.DataFrame
    dates: pd.DataFrame
    places: pd.DataFrame
    actors: pd.DataFrame

    def items(self) -> Iterable[tuple[str, pd.DataFrame]]:
        for name in TABLE_NAMES:
            yield name, getattr(self, name)


def ranges_once(tables: Tables) -> Tables:
    """The tables a reader is shown: a range's upper number ("3,400" of "between 3,100 and
    3,400") is a row of the figures record, as every number the article counts with is,
    but the range's own row already reads "3,100–3,400", so it is shown and drawn once."""
    figures = tables.figures
    if "bound" not in figures or not figures["bound"].notna().any():
        return tables
    from dataclasses import replace

    return replace(tables, figures=figures[figures["bound"].isna()].reset_index(drop=True))


def make_table(name: str, rows: list[dict]) -> pd.DataFrame:
    """A DataFrame with exactly the columns and dtypes of table ``name``.

    Keys of a row that are not columns are ignored; a missing key is a missing value.
    Columns whose values are all of the plain Python type of their dtype (or None) are
    built directly as typed arrays; anything else goes through pandas' own conversion
    (``from_records`` then ``astype``), so odd values convert, or fail, exactly as there."""
    return _table_and_values(name, rows)[0]


def _table_and_values(name: str, rows: list[dict]) -> tuple[pd.DataFrame, dict[str, list] | None]:
    """:func:`make_table`'s frame, and the plain values of its columns (column -> values,
    each an int, float, bool, str or None as its dtype allows) when the frame was built
    from them directly; None when pandas converted the rows."""
    schema = SCHEMAS[name]
    columns = {}
    plain = {}
    for (column, dtype), values in zip(schema.items(), _column_values(name, rows)):
        array = _BUILDERS[dtype](values)
        if array is None:
            return _make_table_with_pandas(schema, rows), None
        columns[column] = array
        plain[column] = values
    return _frame(name, columns, len(rows)), plain


def _frame(name: str, columns: dict, length: int) -> pd.DataFrame:
    blocks = _extension_blocks(list(columns.values()), _dtype_groups(name))
    if blocks is not None:
        # the blocks and manager _from_arrays makes of such arrays, made directly: its
        # checks of each array, its grouping machinery and its consolidation pass (no
        # extension block consolidates) cost three times what building them does
        manager = _BlockManager(blocks, [_column_index(name).view(), pd.RangeIndex(length)], verify_integrity=False)
        return pd.DataFrame._from_mgr(manager, manager.axes)
    build = getattr(pd.DataFrame, "_from_arrays", None)
    if build is None:
        return pd.DataFrame(columns, copy=False)
    # Typed arrays of one length under the schema's unique columns: the checks and the
    # column index the DataFrame constructor makes (more than half of its cost) are
    # needed by nothing here.  Each table's index is made once; every frame gets a view of
    # it of its own (an Index's values are immutable, its name is not).
    return build(list(columns.values()), columns=_column_index(name).view(), index=pd.RangeIndex(length),
                 verify_integrity=False)


try:  # pandas' internals (pinned in uv.lock); a pandas without them builds frames the plain way
    from pandas._libs.internals import BlockPlacement as _BlockPlacement
    from pandas.core.dtypes.common import is_1d_only_ea_dtype as _is_1d_only_ea_dtype
    from pandas.core.internals.blocks import get_block_type as _get_block_type
    from pandas.core.internals.managers import BlockManager as _BlockManager
except ImportError:  # pragma: no cover - another pandas
    _BlockManager = None


def _extension_blocks(arrays: list, groups: tuple[tuple[int, ...], ...]) -> list | None:
    """The blocks ``DataFrame._from_arrays`` makes of typed arrays of one length that are all
    extension arrays held one per block (as every builder's array is): one block per
    array, grouped by dtype in the order each dtype first occurs, as its ``_form_blocks``
    orders them (by the dtype object); None where an array is of another kind or pandas
    lacks the internals.  ``groups`` are the positions of the arrays of each dtype object in
    that order, read off the schema (:func:`_dtype_groups`): a dtype is then read and checked
    once per group, not once per array."""
    if _BlockManager is None or not hasattr(pd.DataFrame, "_from_mgr"):
        return None
    blocks = []
    for group in groups:
        dtype = arrays[group[0]].dtype
        if not _is_1d_only_ea_dtype(dtype):
            return None
        block_type = _get_block_type(dtype)
        blocks.extend(block_type(arrays[i], placement=_BlockPlacement(i), ndim=2) for i in group)
    return blocks


@lru_cache(maxsize=None)
def _dtype_groups(name: str) -> tuple[tuple[int, ...], ...]:
    """The positions of table ``name``'s columns grouped as ``_form_blocks`` groups the
    builders' arrays, by dtype object, in the order each first occurs: the integer, float
    and string builders give all their arrays one dtype object each; every boolean array
    has a dtype object of its own."""
    groups: dict[object, list[int]] = {}
    for i, dtype in enumerate(SCHEMAS[name].values()):
        groups.setdefault((dtype, i) if dtype == "boolean" else dtype, []).append(i)
    return tuple(tuple(group) for group in groups.values())


@lru_cache(maxsize=None)
def _column_index(name: str) -> pd.Index:
    return pd.Index(list(SCHEMAS[name]))


def _column_values(name: str, rows: list[dict]) -> list:
    """The values of each column of table ``name`` in ``rows``, None where a row lacks the
    key.  Plain dicts with every column are read by one C-level getter per row; any other
    rows key by key."""
    schema = SCHEMAS[name]
    if rows and len(schema) > 1 and all(type(row) is dict for row in rows):  # noqa: E721 - not a subclass
        try:
            return list(zip(*map(_row_getter(name), rows)))
        except KeyError:
            pass
    return [[row.get(column) for row in rows] for column in schema]


@lru_cache(maxsize=None)
def _row_getter(name: str):
    return itemgetter(*SCHEMAS[name])


def _make_table_with_pandas(schema: dict[str, str], rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(rows, columns=list(schema)) if rows else pd.DataFrame(columns=list(schema))
    return frame.astype(schema)


# Each builder returns the typed array of a column, or None when a value is not of the
# column's plain Python type (then the whole table is built by pandas).  The types of a
# column's values are collected by one C-level pass; a column with no missing value is
# converted by numpy in one call.

_NONE = type(None)
_INTEGER_TYPES = frozenset({int, _NONE})  # bool is not an integer here
_FLOAT_TYPES = frozenset({float, int, _NONE})
_BOOLEAN_TYPES = frozenset({bool, _NONE})
_STRING_TYPES = frozenset({str, _NONE})


def _integers(values):
    types = set(map(type, values))
    if not types <= _INTEGER_TYPES:
        return None
    if _NONE in types:
        mask = np.fromiter((v is None for v in values), dtype=bool, count=len(values))
        data = np.fromiter((0 if v is None else v for v in values), dtype=np.int64, count=len(values))
    else:
        mask = np.zeros(len(values), dtype=bool)
        data = np.array(values, dtype=np.int64)
    return pd.arrays.IntegerArray(data, mask)


def _floats(values):
    types = set(map(type, values))
    if not types <= _FLOAT_TYPES:
        return None
    if _NONE in types:
        data = np.fromiter((0.0 if v is None else v for v in values), dtype=np.float64, count=len(values))
        mask = np.fromiter((v is None for v in values), dtype=bool, count=len(values)) | np.isnan(data)
    else:
        data = np.array(values, dtype=np.float64)
        mask = np.isnan(data)
    data[mask] = 0.0
    return pd.arrays.FloatingArray(data, mask)


def _booleans(values):
    types = set(map(type, values))
    if not types <= _BOOLEAN_TYPES:
        return None
    if _NONE in types:
        mask = np.fromiter((v is None for v in values), dtype=bool, count=len(values))
        data = np.fromiter((v is True for v in values), dtype=bool, count=len(values))
    else:
        mask = np.zeros(len(values), dtype=bool)
        data = np.array(values, dtype=bool)
    return pd.arrays.BooleanArray(data, mask)


_STRING = pd.StringDtype()
_STRING_ARRAY = _STRING.construct_array_type()


def _strings(values):
    types = set(map(type, values))
    if not types <= _STRING_TYPES:
        return None
    simple_new = getattr(_STRING_ARRAY, "_simple_new", None)
    if simple_new is None:
        return _STRING_ARRAY._from_sequence(values, dtype=_STRING)
    # what _from_sequence makes of str and None (an object array of the strings and NA),
    # without its conversion of every value to str
    if _NONE in types:
        values = [pd.NA if v is None else v for v in values]
    data = np.empty(len(values), dtype=object)
    data[:] = values
    return simple_new(data, _STRING)


_BUILDERS = {"Int64": _integers, "Float64": _floats, "boolean": _booleans, "string": _strings}


def make_tables(rows: dict[str, list[dict]]) -> Tables:
    return Tables(**{name: make_table(name, rows.get(name, [])) for name in TABLE_NAMES})


def _check_vocabulary(name: str, frame: pd.DataFrame, column: str, allowed: tuple[str, ...]) -> None:
    # the column is of dtype "string" (checked before): its values are str or NA
    values = {v for v in _array(frame, column).tolist() if isinstance(v, str)} - set(allowed)
    if values:
        raise TableError(f"table {name}: column {column} has {sorted(values)[0]!r}; expected one of {', '.join(allowed)}.")


def _dtypes(frame: pd.DataFrame) -> list:
    # DataFrame.dtypes builds a Series, which costs more than all the other checks of a
    # small table; the block manager holds the same list (pandas is pinned in uv.lock,
    # and the plain route is kept for a pandas without it)
    get = getattr(getattr(frame, "_mgr", None), "get_dtypes", None)
    return list(get()) if get is not None else list(frame.dtypes)


def _array(frame: pd.DataFrame, column: str):
    # the column's array without building a Series (frame[column].array costs five times
    # more); the plain route for a pandas without the shortcut.  Columns are unique here.
    get = getattr(frame, "_get_column_array", None)
    return get(frame.columns.get_loc(column)) if get is not None else frame[column].array


def _key_values(frame: pd.DataFrame, column: str, plain: bool = False) -> list:
    """The values of one column as plain Python values, NA as pd.NA (what ``tolist``
    gives); ``plain=False`` gives an Int64 column as (value, is NA) pairs, which compare
    as those values do.  ``tolist`` of a masked array is ten times slower."""
    array = _array(frame, column)
    if not isinstance(array, pd.arrays.IntegerArray):
        return array.tolist()
    values, missing = _integers_and_mask(array)
    if plain:
        return array.tolist() if missing.any() else values.tolist()
    return list(zip(values.tolist(), missing.tolist()))


def _integers_and_mask(array) -> tuple[np.ndarray, np.ndarray]:
    """An Int64 array's values (0 where missing) and its missing mask, as
    ``to_numpy(dtype=np.int64, na_value=0)`` and ``isna()`` give them, read from the two
    arrays the masked array holds (``to_numpy`` sets up warning filters on every call);
    the plain route for a pandas without them.  Read only."""
    data, mask = getattr(array, "_data", None), getattr(array, "_mask", None)
    if isinstance(data, np.ndarray) and isinstance(mask, np.ndarray) and data.dtype == np.int64 and mask.dtype == bool:
        return (np.where(mask, 0, data) if mask.any() else data), mask
    return array.to_numpy(dtype=np.int64, na_value=0), np.asarray(array.isna())


def validate_table(name: str, frame: pd.DataFrame, text_length: int | None = None) -> pd.DataFrame:
    """Check one table against its schema; raise :class:`TableError` naming what is wrong."""
    schema = SCHEMAS[name]
    columns = list(frame.columns)
    missing = [c for c in schema if c not in columns]
    if missing:
        raise TableError(f"table {name} lacks column {missing[0]!r}.")
    extra = [c for c in columns if c not in schema]
    if extra:
        raise TableError(f"table {name} has unexpected column {extra[0]!r}.")
    if len(columns) != len(schema):
        twice = next(c for i, c in enumerate(columns) if c in columns[:i])
        raise TableError(f"table {name} has column {twice!r} twice.")
    dtypes = dict(zip(columns, _dtypes(frame)))
    for column, dtype in schema.items():
        if str(dtypes[column]) != dtype:
            raise TableError(f"table {name}: column {column} is {dtypes[column]}, expected {dtype}.")
    keys = KEYS[name]
    # Key columns are Int64 or string (checked above), so their values are int, str or
    # NA, and a set finds duplicates as pandas does (all NA keys are equal).
    key_rows = list(zip(*(_key_values(frame, k) for k in keys)))
    if len(set(key_rows)) != len(key_rows):
        dup = frame[frame.duplicated(subset=keys)].iloc[0]
        raise TableError(f"table {name} has a duplicate key {tuple(dup[k] for k in keys)}.")
    if "start" in frame.columns and len(frame):
        starts, no_start = _integers_and_mask(_array(frame, "start"))
        ends, no_end = _integers_and_mask(_array(frame, "end"))
        present = ~(no_start | no_end)
        bad = present & ((starts < 0) | (ends < starts))
        if text_length is not None:
            bad |= present & (ends > text_length)
        if bad.any():
            # the first bad row, in the order the message has always named it
            spans = frame.dropna(subset=["start", "end"])
            bad = spans[(spans["start"] < 0) | (spans["end"] < spans["start"])]
            if text_length is not None:
                bad = pd.concat([bad, spans[spans["end"] > text_length]])
            row = bad.iloc[0]
            raise TableError(f"table {name}: span {row['start']}-{row['end']} lies outside the text.")
    if name == "sentences":
        _check_vocabulary(name, frame, "block", BLOCKS)
    if name == "claims":
        _check_vocabulary(name, frame, "kind", KINDS)
        _check_vocabulary(name, frame, "certainty", CERTAINTIES)
    if name == "dates":
        _check_vocabulary(name, frame, "precision", PRECISIONS)
    if name == "places":
        _check_vocabulary(name, frame, "resolution", RESOLUTIONS)
    if name == "figures":
        _check_vocabulary(name, frame, "class", FIGURE_CLASSES)
    return frame


def validate_tables(tables: Tables, text: str | None = None) -> Tables:
    """Check all six tables; spans are checked against ``text`` when given."""
    length = len(text) if text is not None else None
    for name, frame in tables.items():
        validate_table(name, frame, length)
    if text is not None:
        figures = tables.figures
        for start, end, mention in zip(_key_values(figures, "start", plain=True),
                                       _key_values(figures, "end", plain=True), _array(figures, "mention").tolist()):
            if text[start:end] != mention:
                raise TableError(f"table figures: mention {mention!r} does not match its span.")
    return tables


def make_valid_tables(rows: dict[str, list[dict]], text: str | None = None) -> Tables:
    """``validate_tables(make_tables(rows), text)``, with the checks read from the rows'
    plain values where the tables were built from them directly: the frames' columns and
    dtypes are then the schema's by construction, and keys, spans, vocabularies and the
    figures' mentions are checked on the lists the frames were made of (reading them back
    out of the frames cost more than building them).  Where a table was converted by
    pandas, or any check does not plainly pass, the frames are validated as
    :func:`validate_tables` does, so an error is the one it raises."""
    built = {name: _table_and_values(name, rows.get(name, [])) for name in TABLE_NAMES}
    tables = Tables(**{name: frame for name, (frame, _) in built.items()})
    length = len(text) if text is not None else None
    if not all(values is not None and _plainly_valid(name, values, length) for name, (_, values) in built.items()) \
            or text is not None and not _mentions_match(built["figures"][1], text):
        return validate_tables(tables, text)
    return tables


def _plainly_valid(name: str, values: dict[str, list], text_length: int | None) -> bool:
    """Whether the plain values of table ``name`` pass :func:`validate_table`'s checks of
    keys, spans and vocabularies (its columns and dtypes are the schema's: see
    :func:`make_valid_tables`).  False where a check fails: the frame is then validated."""
    key_rows = list(zip(*(values[k] for k in KEYS[name])))
    if len(set(key_rows)) != len(key_rows):
        return False
    if "start" in values:
        for start, end in zip(values["start"], values["end"]):
            if start is not None and end is not None and (
                    start < 0 or end < start or text_length is not None and end > text_length):
                return False
    for column, allowed in _VOCABULARIES.get(name, ()):
        if not set(values[column]) <= allowed:
            return False
    return True


def _mentions_match(figures: dict[str, list], text: str) -> bool:
    """Whether every figure's mention is the text of its span (no span or mention missing)."""
    for start, end, mention in zip(figures["start"], figures["end"], figures["mention"]):
        if start is None or end is None or mention is None or text[start:end] != mention:
            return False
    return True


# the vocabulary columns validate_table checks, with the values they allow (or None: NA)
_VOCABULARIES = {
    "sentences": (("block", frozenset(BLOCKS) | {None}),),
    "claims": (("kind", frozenset(KINDS) | {None}), ("certainty", frozenset(CERTAINTIES) | {None})),
    "dates": (("precision", frozenset(PRECISIONS) | {None}),),
    "places": (("resolution", frozenset(RESOLUTIONS) | {None}),),
    "figures": (("class", frozenset(FIGURE_CLASSES) | {None}),),
}


def write_tables(tables: Tables, folder: Path) -> list[Path]:
    """Write each table as ``<folder>/<name>.csv`` (UTF-8, header row, LF line ends)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.items():
        path = folder / f"{name}.csv"
        frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
        written.append(path)
    return written


def read_tables(folder: Path) -> Tables:
    """Read the six CSV tables written by :func:`write_tables`, with their dtypes."""
    frames = {}
    for name, schema in SCHEMAS.items():
        path = Path(folder) / f"{name}.csv"
        if not path.is_file():
            raise TableError(f"{path} is missing; run the extraction first.")
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
        for column, dtype in schema.items():
            if dtype == "boolean" and column in frame:
                frame[column] = frame[column].map({"True": True, "False": False})
        frames[name] = validate_table(name, frame.astype(schema), None)
    return Tables(**frames)

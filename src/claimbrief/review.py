"""Analyst review: decisions on rows of the machine's tables, kept in
``seeds/<name>.review.yaml`` and applied on every build, after the extraction and before
the notebooks.

A decision names one row of the claims, figures, dates or places by a stable id, made
from the table, the sentence's text and the mention (never a row number), so it finds
its row again after the article is re-extracted or the tool is upgraded::

    decisions:
      - id: fig-3f9a2c1b0d
        action: correct            # accept | correct | reject | add
        set: {counts: jobs cut}    # correct / add: the columns and their values
        note: The 1,100 are jobs, not vehicles.
        reviewer: ana
        date: 2025-02-10
      - action: add                # a row the extraction missed
        table: figures
        sentence: Vehicle sales in the U.S. climbed to 418,500 units, ...
        mention: nearly a third
        set: {value: 0.33, unit: share, approximate: true}

A decision that no longer finds its row is reported (which one and why) and kept in the
file.  :func:`apply_review` is pure (tables and decisions in, reviewed tables and an
:class:`Outcome` out); reading, writing and the notebook API (:class:`Review`) are at
the edges below it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from .errors import ReviewError, TableError
from .register import Register, apply_register, register_frame
from .tables import CERTAINTIES, KINDS, PRECISIONS, RESOLUTIONS, SCHEMAS, TABLE_NAMES, Tables, validate_tables

ACTIONS = ("accept", "correct", "reject", "add")
REVIEWED = ("claims", "figures", "dates", "places")
PREFIXES = {"claims": "claim", "figures": "fig", "dates": "date", "places": "place"}
_TABLE_OF = {p: t for t, p in PREFIXES.items()}
_ID = re.compile(r"^(claim|fig|date|place)-[0-9a-f]{10}$")
_ANY_ID = re.compile(r"\b(?:claim|fig|date|place)-[0-9a-f]{10}\b")
# The span and the words a row stands on: fixed by the text, never corrected.
_FIXED = ("sentence_id", "start", "end", "mention", "text")
_DECISION_KEYS = ("id", "action", "table", "set", "sentence", "mention", "note", "reviewer", "date")
_VOCABULARIES = {("claims", "kind"): KINDS, ("claims", "certainty"): CERTAINTIES,
                 ("figures", "certainty"): CERTAINTIES, ("dates", "precision"): PRECISIONS,
                 ("places", "resolution"): RESOLUTIONS}
_RESOLVED = {"year": r"\d{4}", "quarter": r"\d{4}-Q[1-4]", "month": r"\d{4}-\d{2}", "week": r"\d{4}-\d{2}-\d{2}",
             "day": r"\d{4}-\d{2}-\d{2}"}
OUTCOME_COLUMNS = {"id": "string", "table": "string", "action": "string", "status": "string", "column": "string",
                   "machine": "string", "analyst": "string", "note": "string", "reviewer": "string",
                   "date": "string", "sentence_id": "Int64", "start": "Int64", "end": "Int64",
                   "mention": "string", "reason": "string"}


def correctable(table: str) -> tuple[str, ...]:
    """The columns of ``table`` an analyst may set (all but the span and its words)."""
    return tuple(c for c in SCHEMAS[table] if c not in _FIXED)


# ---------------------------------------------------------------------------- ids

def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", str(text)).strip()


def make_id(table: str, sentence: str, mention: str = "", occurrence: int = 0) -> str:
    """The stable id of a row: its table, its sentence's text, its mention and (when the
    mention is in the sentence more than once) which occurrence it is."""
    key = "\0".join([table, _fold(sentence), _fold(mention)] + ([str(occurrence)] if occurrence else []))
    return f"{PREFIXES[table]}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:10]}"


def row_ids(tables: Tables, text: str) -> dict[str, list[str]]:
    """The id of every row of the four reviewed tables, in row order."""
    sentences = {int(i): (int(s), _text(t)) for i, s, t in
                 zip(tables.sentences["id"], tables.sentences["start"], tables.sentences["text"])}
    ids: dict[str, list[str]] = {}
    for name in REVIEWED:
        frame = getattr(tables, name)
        found = []
        for row in frame.itertuples(index=False):
            start, sentence = sentences.get(int(row.sentence_id), (0, ""))
            if name == "claims":
                found.append(make_id(name, sentence))
            else:
                mention = _text(row.mention)
                occurrence = text[start:int(row.start)].count(mention) if mention else 0
                found.append(make_id(name, sentence, mention, occurrence))
        ids[name] = found
    return ids


def table_of(row_id: str) -> str:
    """The table an id belongs to (its prefix)."""
    return _TABLE_OF[row_id.split("-", 1)[0]]


# ---------------------------------------------------------------------------- decisions

@dataclass(frozen=True)
class Decision:
    """One analyst decision; ``line`` is where it is in the review file (0: not from a file)."""

    action: str
    id: str | None = None
    table: str | None = None
    set: dict = field(default_factory=dict)
    sentence: str | None = None
    mention: str | None = None
    note: str | None = None
    reviewer: str | None = None
    date: str | None = None
    line: int = 0

    def as_yaml_dict(self) -> dict:
        """The decision as written in the review file (no empty keys)."""
        out = {}
        for key in _DECISION_KEYS:
            value = getattr(self, key)
            if value not in (None, {}, "") and not (key == "table" and self.action != "add"):
                out[key] = dict(value) if key == "set" else value
        return out


def _nearest(word: str, choices) -> str | None:
    from rapidfuzz import process

    choices = [c for c in choices if c]
    found = process.extractOne(str(word), choices) if choices else None
    return found[0] if found else None


def _allowed(what: str, value, choices) -> str:
    near = _nearest(value, choices)
    return (f"{what} is {value!r}; expected one of {', '.join(choices)}"
            + (f" (nearest: {near!r})" if near else "") + ".")


def convert_value(table: str, column: str, value, where: str = "") -> object:
    """``value`` (from YAML or a command line's text) as the type of ``table.column``, or a
    :class:`ReviewError` naming what is allowed."""
    prefix = f"{where}: " if where else ""
    allowed = correctable(table)
    if column not in allowed:
        raise ReviewError(prefix + _allowed(f"column {column!r} of table {table}", column, allowed)
                          .replace(f"is {column!r}; ", "is not one an analyst sets; "))
    dtype = SCHEMAS[table][column]
    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "null", "none", "~")):
        return None
    bad = f"{prefix}column {column!r} is {value!r}; expected "
    if dtype == "boolean":
        if isinstance(value, bool):
            return value
        word = str(value).strip().lower()
        if word in ("true", "yes"):
            return True
        if word in ("false", "no"):
            return False
        raise ReviewError(bad + "true or false.")
    if isinstance(value, bool):
        raise ReviewError(bad + ("a number." if dtype in ("Float64", "Int64") else "a string."))
    if dtype in ("Float64", "Int64"):
        try:
            number = float(str(value).replace(",", "").replace("_", "")) if isinstance(value, str) else float(value)
        except (TypeError, ValueError):
            raise ReviewError(bad + "a number.") from None
        if number != number or number in (float("inf"), float("-inf")):
            raise ReviewError(bad + "a finite number.")
        return int(number) if dtype == "Int64" else number
    if isinstance(value, (dt.date, dt.datetime)):
        value = value.isoformat()[:10]
    if not isinstance(value, (str, int, float)):
        raise ReviewError(bad + "a string.")
    value = str(value).strip()
    vocabulary = _VOCABULARIES.get((table, column))
    if vocabulary and value not in vocabulary:
        raise ReviewError(prefix + _allowed(f"column {column!r}", value, vocabulary))
    if (table, column) == ("places", "country"):
        import pycountry

        value = value.upper()
        if pycountry.countries.get(alpha_2=value) is None:
            raise ReviewError(bad + "an ISO 3166-1 alpha-2 code such as FR.")
    if (table, column) == ("dates", "resolved") and not any(re.fullmatch(p, value) for p in _RESOLVED.values()):
        raise ReviewError(bad + "a date written YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD.")
    return value


def _decision(item, i: int, source: str, located) -> Decision:
    at = ("decisions", i)

    def where(key=None) -> str:
        return f"{source}, line {located.line(*at, *((key,) if key else ()))}"

    if not isinstance(item, dict):
        raise ReviewError(f"{where()}: decision {i + 1} must be a mapping with keys such as id, action, note.")
    for key in item:
        if key not in _DECISION_KEYS:
            raise ReviewError(f"{where(key)}: " + _allowed("key", str(key), _DECISION_KEYS))
    action = item.get("action")
    if action not in ACTIONS:
        if action is None:
            raise ReviewError(f"{where()}: key 'action' is missing; expected one of {', '.join(ACTIONS)}.")
        raise ReviewError(f"{where('action')}: " + _allowed("key 'action'", str(action), ACTIONS))
    for key in ("table", "sentence", "mention", "note", "reviewer", "id"):
        value = item.get(key)
        if value is not None and not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise ReviewError(f"{where(key)}: key {key!r} is {value!r}; expected a string.")
    row_id = str(item["id"]).strip() if item.get("id") is not None else None
    table = str(item["table"]).strip() if item.get("table") is not None else None
    if action == "add":
        if table not in REVIEWED:
            raise ReviewError(f"{where('table')}: " + _allowed("key 'table' of an add", str(table), REVIEWED))
        if not item.get("sentence"):
            raise ReviewError(f"{where()}: an add needs key 'sentence' (the exact text of the sentence it is in).")
        if table != "claims" and not item.get("mention"):
            raise ReviewError(f"{where()}: an add to {table} needs key 'mention' (its exact words in the sentence).")
        row_id = None
    else:
        if row_id is None:
            raise ReviewError(f"{where()}: key 'id' is missing; every {action} names its row by id "
                              "(`claimbrief review ARTICLE --list` shows them).")
        if not _ID.match(row_id):
            raise ReviewError(f"{where('id')}: key 'id' is {row_id!r}; expected an id such as fig-0123456789 "
                              "(claim-, fig-, date- or place- and ten hex digits).")
        table = table_of(row_id)
    values = item.get("set") or {}
    if not isinstance(values, dict):
        raise ReviewError(f"{where('set')}: key 'set' must be a mapping of columns to values, e.g. "
                          "{certainty: hedged}.")
    if action == "correct" and not values:
        raise ReviewError(f"{where()}: a correct needs key 'set' with the columns to change, e.g. {{certainty: hedged}}.")
    if action in ("accept", "reject") and values:
        raise ReviewError(f"{where('set')}: an {action} changes no column; use action: correct to set values.")
    converted = {str(k): convert_value(table, str(k), v, where("set")) for k, v in values.items()}
    date = item.get("date")
    if isinstance(date, (dt.date, dt.datetime)):
        date = date.isoformat()[:10]
    elif date is not None:
        if not isinstance(date, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date.strip()):
            raise ReviewError(f"{where('date')}: key 'date' is {date!r}; expected a date written YYYY-MM-DD.")
        date = date.strip()
    text = {k: (str(item[k]) if item.get(k) is not None else None) for k in ("sentence", "mention", "note", "reviewer")}
    return Decision(action=action, id=row_id, table=table, set=converted, date=date,
                    line=located.line(*at), **text)


def parse_review(raw: str, source: str) -> list[Decision]:
    """Validate the text of a review file; a problem is one sentence naming the line and the key."""
    from . import safeyaml

    located = safeyaml.load(raw, source, ReviewError)
    data = located.data
    if data is None:
        return []
    if not isinstance(data, dict):
        raise ReviewError(f"{source}, line 1: expected a mapping with one key 'decisions' holding a list.")
    for key in data:
        if key != "decisions":
            raise ReviewError(f"{source}, line {located.line(key)}: unknown key {key!r}; expected 'decisions'.")
    items = data.get("decisions") or []
    if not isinstance(items, list):
        raise ReviewError(f"{source}, line {located.line('decisions')}: key 'decisions' must be a list of decisions.")
    return [_decision(item, i, source, located) for i, item in enumerate(items)]


def read_review(path: str | Path) -> list[Decision]:
    """The decisions of a review file; no file is no decisions."""
    path = Path(path)
    if not path.is_file():
        return []
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ReviewError(f"{path} is not UTF-8 text.") from None
    return parse_review(raw, str(path))


# ---------------------------------------------------------------------------- applying

@dataclass
class Outcome:
    """What the review did: one row per decision (per corrected cell for a correction),
    with the machine's and the analyst's values, and the register's view of the sources."""

    review: pd.DataFrame
    sources: pd.DataFrame
    machine_rows: int = 0
    mapped: list = field(default_factory=list)

    @property
    def stale(self) -> pd.DataFrame:
        return self.review[self.review["status"] == "stale"]

    def counts(self) -> dict[str, int]:
        """Rows reviewed (accepted, corrected or rejected), corrected, rejected, added; stale decisions."""
        live = self.review[self.review["status"] == "applied"]
        by = {a: live[live["action"] == a]["id"].nunique() for a in ACTIONS}
        return {"reviewed": by["accept"] + by["correct"] + by["reject"], "accepted": by["accept"],
                "corrected": by["correct"], "rejected": by["reject"], "added": by["add"],
                "stale": self.stale["id"].nunique() if len(self.stale) else 0, "machine_rows": self.machine_rows}

    def corrected_cells(self, table: str) -> dict[tuple, set[str]]:
        """Row key (sentence_id for claims, (start, end) otherwise) -> its corrected columns."""
        live = self.review[(self.review["status"] == "applied") & (self.review["table"] == table)
                           & self.review["action"].isin(["correct", "add"]) & self.review["column"].notna()]
        cells: dict[tuple, set[str]] = {}
        for r in live.itertuples():
            key = (int(r.sentence_id),) if table == "claims" else (int(r.start), int(r.end))
            cells.setdefault(key, set()).add(r.column)
        return cells


def empty_outcome() -> Outcome:
    """The outcome of no review at all."""
    from .register import COLUMNS

    return Outcome(review=_outcome_frame([]), sources=pd.DataFrame(columns=COLUMNS))


def _outcome_frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(OUTCOME_COLUMNS))
    return frame.astype(OUTCOME_COLUMNS)


def _text(value, default: str = "") -> str:
    return default if value is None or value is pd.NA or (isinstance(value, float) and value != value) else str(value)


def _shown(value) -> str | None:
    """A cell's value as the outcome table writes it."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _fold_decisions(decisions: list[Decision]) -> dict[str, Decision]:
    """The decision in force for each id: the last one, a correction's columns merged into
    an earlier correction's (two analysts each fixing one column keep both)."""
    folded: dict[str, Decision] = {}
    for d in decisions:
        earlier = folded.get(d.id)
        if earlier is not None:  # what an earlier decision says of the row's words stays known
            d = replace(d, sentence=d.sentence or earlier.sentence, mention=d.mention or earlier.mention)
        if earlier is not None and earlier.action == d.action == "correct":
            d = replace(d, set={**earlier.set, **d.set}, note=d.note or earlier.note,
                        reviewer=d.reviewer or earlier.reviewer, date=d.date or earlier.date)
        folded[d.id] = d
    return folded


def _find_sentence(sentences: pd.DataFrame, wanted: str) -> tuple[int, int, int, str] | str:
    """(id, start, end, text) of the sentence whose text is ``wanted`` (or the one that
    holds it), else the reason it is not found."""
    want = _fold(wanted)
    rows = list(zip(sentences["id"], sentences["start"], sentences["end"], sentences["text"]))
    exact = [r for r in rows if _fold(r[3]) == want]
    holding = exact or [r for r in rows if want and want in _fold(r[3])]
    if len(holding) == 1:
        i, s, e, t = holding[0]
        return int(i), int(s), int(e), str(t)
    if len(holding) > 1:
        return f"the words {wanted[:60]!r} are in {len(holding)} sentences; give the whole sentence"
    return f"no sentence of the article is {wanted[:80]!r} any more"


def _describe(table: str, row) -> str:
    if table == "claims":
        return _text(row.get("text")).strip()
    return _text(row.get("mention"))


def _stale_reason(d: Decision, tables: Tables, text: str, ids: dict[str, list[str]]) -> str:
    """Why a decision's id finds no row now, with the nearest id of its table."""
    table = d.table or table_of(d.id)
    frame = getattr(tables, table)
    if d.sentence:
        found = _find_sentence(tables.sentences, d.sentence)
        if isinstance(found, str):
            reason = found.replace("no sentence of the article is", "its sentence") if "no sentence" in found else found
            if "no sentence" in found:
                reason = f"its sentence ({_fold(d.sentence)[:60]!r}) is no longer in the article or is split differently"
        elif table == "claims":
            reason = f"sentence {found[0]} is no longer extracted as a claim"
        else:
            reason = (f"the extraction no longer finds {d.mention!r} in sentence {found[0]}" if d.mention
                      else f"the extraction no longer finds its {table[:-1]} in sentence {found[0]}")
    else:
        reason = ("its row is no longer extracted (the article, its sentence or the extraction changed); "
                  "the file does not say which sentence it was about")
    if len(frame):
        labels = [f"{i} {_describe(table, r)}" for i, (_, r) in zip(ids[table], frame.iterrows())]
        target = f"{d.mention or ''} {d.sentence or ''}".strip() or d.id
        near = _nearest(target, labels)
        if near:
            reason += f"; the nearest row now is {near.split(' ', 1)[0]} ({near.split(' ', 1)[1][:50]!r})"
    return reason


def _place_fill(values: dict) -> dict:
    """A place corrected to a gazetteer entry (canonical, and country when there are
    several): its kind and coordinates from the gazetteer, unless the analyst gave them."""
    if "canonical" not in values or values.get("canonical") is None or ("lat" in values and "lon" in values):
        return values
    found = place_candidates(values["canonical"])
    if values.get("country"):
        found = [c for c in found if c["country"] == values["country"]]
    if not found:
        options = [f"{c['canonical']} ({c['country']})" for c in place_candidates(values["canonical"])]
        raise ReviewError(f"the gazetteer has no place {values['canonical']!r}"
                          + (f" in {values['country']}" if values.get("country") else "")
                          + (f"; its candidates are {', '.join(options[:8])}" if options else "")
                          + "; give lat and lon to place it yourself.")
    best = found[0]  # most populous first, countries before cities
    return {**{k: best[k] for k in ("canonical", "country", "kind", "lat", "lon")}, **values,
            "canonical": best["canonical"]}


def place_candidates(name: str) -> list[dict]:
    """The gazetteer's entries a place name can mean: countries, then cities, most populous first."""
    from .extract import gazetteer as gz

    key = gz.fold(name).removeprefix("the ")
    found = []
    country = gz.country_index().get(key)
    if country:
        lat, lon = gz.country_point(country[0])
        found.append({"canonical": gz.country_name(country[0]), "country": country[0], "kind": "country",
                      "lat": lat, "lon": lon, "population": None})
    by_name, by_alias = gz.cities()
    seen = set()
    for city in [*by_name.get(key, []), *by_alias.get(key, [])]:
        if (city.name, city.country, city.lat) in seen:
            continue
        seen.add((city.name, city.country, city.lat))
        found.append({"canonical": city.name, "country": city.country, "kind": "city", "lat": city.lat,
                      "lon": city.lon, "population": city.population, "admin1": city.admin1})
    return found


def _new_row(table: str, d: Decision, tables: Tables, text: str) -> tuple[dict, str] | str:
    """The row an ``add`` makes (its span found in its sentence) and its id, or why it cannot."""
    found = _find_sentence(tables.sentences, d.sentence or "")
    if isinstance(found, str):
        return found
    sid, start, end, sentence = found
    if table == "claims":
        row = {"sentence_id": sid, "start": start, "end": end, "text": text[start:end], "kind": "claim",
               "claimant": "article", "certainty": "stated"}
        return {**row, **d.set}, make_id(table, sentence)
    mention = d.mention or ""
    at = text.find(mention, start, end)
    if at < 0:
        return f"the words {mention!r} are not in sentence {sid}"
    row = {"sentence_id": sid, "start": at, "end": at + len(mention), "mention": mention}
    if table == "figures":
        row.update({"approximate": False, "vague": False})
    values = _place_fill(d.set) if table == "places" else d.set
    return {**row, **values}, make_id(table, sentence, mention, 0)


def apply_review(tables: Tables, text: str, decisions: list[Decision], register: Register | None = None
                 ) -> tuple[Tables, Outcome]:
    """The reviewed tables and what the review did: ``decisions`` applied to the machine's
    ``tables`` (of the article ``text``), then the register's canonical names."""
    from .register import Register as _Register
    from .tables import make_table

    register = register or _Register()
    ids = row_ids(tables, text)
    adds = [d for d in decisions if d.action == "add"]
    folded = _fold_decisions([d for d in decisions if d.action != "add"])
    outcome: list[dict] = []
    used: set[str] = set()
    new_frames = {}

    def record(d: Decision, status: str, row: dict | None = None, **extra) -> None:
        row = row or {}
        outcome.append({"id": d.id, "table": d.table, "action": d.action, "status": status, "note": d.note,
                        "reviewer": d.reviewer, "date": d.date, "sentence_id": row.get("sentence_id"),
                        "start": row.get("start"), "end": row.get("end"),
                        "mention": _describe(d.table, row) if row else d.mention, **extra})

    added_by_table: dict[str, list[tuple[Decision, dict, str]]] = {t: [] for t in REVIEWED}
    for d in adds:
        made = _new_row(d.table, d, tables, text)
        if isinstance(made, str):
            record(replace(d, id=d.id or make_id(d.table, d.sentence or "", d.mention or "")), "stale",
                   reason=made)
            continue
        row, row_id = made
        added_by_table[d.table].append((replace(d, id=row_id), row, row_id))
    for name in REVIEWED:
        frame = getattr(tables, name)
        key_of = (lambda r: (r["sentence_id"],)) if name == "claims" else (lambda r: (r["start"], r["end"]))
        pending = {row_id: (d, row) for d, row, row_id in added_by_table[name]}
        rows = []
        for row_id, (_, machine) in zip(ids[name], frame.iterrows()):
            row = {c: (None if pd.isna(v) else v) for c, v in machine.items()}
            d = folded.get(row_id)
            if row_id in pending:  # the analyst added it; the extraction now finds it too
                d_add, added = pending.pop(row_id)
                d = replace(d_add, action="correct") if d is None else d
                d = replace(d, set={k: v for k, v in added.items() if k not in _FIXED})
            if d is None:
                rows.append(row)
                continue
            used.add(row_id)
            if d.action == "reject":
                record(d, "applied", row, reason=d.note or "no reason given")
                continue
            if d.action == "accept":
                record(d, "applied", row)
            else:
                values = _place_fill(d.set) if name == "places" else d.set
                changed = False
                for column, value in values.items():
                    before = row.get(column)
                    if _shown(before) != _shown(value):
                        changed = True
                        record(d, "applied", row, column=column, machine=_shown(before), analyst=_shown(value))
                    row[column] = value
                if not changed:
                    record(d, "applied", row, column=None, reason="the machine's values already agree")
            rows.append(row)
        taken = {key_of(r) for r in rows}
        for row_id, (d, row) in pending.items():
            if key_of(row) in taken:
                record(d, "stale", row, reason=f"another {name[:-1]} already holds that span; correct it instead")
                continue
            taken.add(key_of(row))
            used.add(row_id)
            for column in [c for c in row if c not in _FIXED]:
                record(d, "applied", row, column=column, analyst=_shown(row[column]))
            if not [c for c in row if c not in _FIXED]:
                record(d, "applied", row)
            rows.append(row)
        order = (lambda r: (r["sentence_id"],)) if name == "claims" else (lambda r: (r["start"], r["end"]))
        rows.sort(key=order)
        try:
            new_frames[name] = make_table(name, [_python(r) for r in rows])
        except (TypeError, ValueError) as exc:
            raise ReviewError(f"the review of table {name} gives a value it cannot hold ({exc}).") from None
    for row_id, d in folded.items():
        if row_id not in used and row_id not in {i for i in ids[d.table]}:
            record(d, "stale", reason=_stale_reason(d, tables, text, ids))
    # a corrected claim's claimant and certainty carry over to the figures it states,
    # unless the analyst set those figures' own
    claims = new_frames["claims"]
    figures = _follow_claims(tables.claims, claims, new_frames["figures"], outcome)
    claims, figures, mapped = apply_register(claims, figures, register)
    reviewed = Tables(sentences=tables.sentences, claims=claims, figures=figures, dates=new_frames["dates"],
                      places=new_frames["places"], actors=tables.actors)
    try:
        validate_tables(reviewed, text)
    except TableError as exc:
        raise ReviewError(f"the reviewed tables break their schema: {exc}") from None
    frame = _outcome_frame(outcome)
    if len(frame):
        rank = {t: i for i, t in enumerate(REVIEWED)}
        frame = frame.assign(_t=frame["table"].map(rank), _s=frame["start"].fillna(-1),
                             _q=frame["sentence_id"].fillna(-1))
        frame = frame.sort_values(["_t", "_q", "_s", "id", "column"], kind="stable", na_position="first")
        frame = frame.drop(columns=["_t", "_s", "_q"]).reset_index(drop=True)
    machine_rows = sum(len(getattr(tables, n)) for n in REVIEWED)
    return reviewed, Outcome(review=frame, sources=register_frame(claims, tables.actors, register),
                             machine_rows=machine_rows, mapped=mapped)


def _python(row: dict) -> dict:
    """Plain Python values (numpy's become int, float, bool) for :func:`make_table`."""
    out = {}
    for k, v in row.items():
        if hasattr(v, "item") and not isinstance(v, (str, bytes)):
            v = v.item()
        out[k] = v
    return out


def _follow_claims(machine: pd.DataFrame, claims: pd.DataFrame, figures: pd.DataFrame, outcome: list[dict]
                   ) -> pd.DataFrame:
    own = {(r["start"], r["end"], r["column"]) for r in outcome if r["table"] == "figures" and r.get("column")}
    before = {int(s): (c, q) for s, c, q in zip(machine["sentence_id"], machine["claimant"], machine["certainty"])}
    after = {int(s): (c, q) for s, c, q in zip(claims["sentence_id"], claims["claimant"], claims["certainty"])}
    if not len(figures):
        return figures
    figures = figures.copy()
    for i, (sid, start, end) in enumerate(zip(figures["sentence_id"], figures["start"], figures["end"])):
        old, new = before.get(int(sid)), after.get(int(sid))
        if old is None or new is None or old == new:
            continue
        for column, was, now in (("claimant", old[0], new[0]), ("certainty", old[1], new[1])):
            if (start, end, column) not in own and _shown(figures.at[i, column]) == _shown(was) and _shown(was) != _shown(now):
                figures.at[i, column] = now
    return figures


# ---------------------------------------------------------------------------- files of a build

MACHINE_SUFFIX = ".machine.csv"
OUTCOME_FILE = "review.csv"
SOURCES_FILE = "sources.csv"


def write_reviewed(folder: Path, machine: Tables, reviewed: Tables, outcome: Outcome) -> list[Path]:
    """Write the reviewed tables (``<table>.csv``), the machine's (``<table>.machine.csv``),
    what the review did (``review.csv``) and the sources with their grades (``sources.csv``)."""
    from .tables import write_tables

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = write_tables(reviewed, folder)
    for name, frame in machine.items():
        path = folder / f"{name}{MACHINE_SUFFIX}"
        frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
        written.append(path)
    for frame, file in ((outcome.review, OUTCOME_FILE), (outcome.sources, SOURCES_FILE)):
        frame.to_csv(folder / file, index=False, encoding="utf-8", lineterminator="\n")
        written.append(folder / file)
    return written


def read_machine_tables(folder: Path) -> Tables:
    """The machine's tables written beside the reviewed ones by :func:`write_reviewed`."""
    import shutil
    import tempfile

    from .tables import read_tables

    with tempfile.TemporaryDirectory() as tmp:
        for name in TABLE_NAMES:
            source = Path(folder) / f"{name}{MACHINE_SUFFIX}"
            if not source.is_file():
                raise TableError(f"{source} is missing; run the build first.")
            shutil.copyfile(source, Path(tmp) / f"{name}.csv")
        return read_tables(Path(tmp))


def read_outcome(folder: Path) -> Outcome:
    """What the review did, as written by :func:`write_reviewed` (no file: no review)."""
    from .register import COLUMNS

    folder = Path(folder)
    path = folder / OUTCOME_FILE
    if not path.is_file():
        return empty_outcome()
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
    review = frame.astype(OUTCOME_COLUMNS)
    sources_path = folder / SOURCES_FILE
    sources = pd.DataFrame(columns=COLUMNS)
    if sources_path.is_file():
        sources = pd.read_csv(sources_path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
        sources["registered"] = sources["registered"].map({"True": True, "False": False})
    machine_rows = 0
    for name in REVIEWED:
        machine_file = folder / f"{name}{MACHINE_SUFFIX}"
        if machine_file.is_file():
            with open(machine_file, encoding="utf-8") as handle:
                import csv

                machine_rows += max(0, sum(1 for _ in csv.reader(handle)) - 1)
    return Outcome(review=review, sources=sources, machine_rows=machine_rows)


def review_inputs(article_path: Path) -> tuple[list[Decision], Register]:
    """The article's decisions and the project's register, both checked (the edge that reads them)."""
    from . import paths
    from .register import read_register

    return read_review(paths.review_file(article_path)), read_register()


def stale_messages(outcome: Outcome, source: str) -> list[str]:
    """One line per decision that no longer applies: which one (id, action, line of the file) and why."""
    lines = []
    for r in outcome.stale.drop_duplicates("id").itertuples():
        what = f"{r.action} {r.id}" if r.action != "add" else f"add to {r.table} ({_text(r.mention)!r})"
        lines.append(f"{source}: decision {what} no longer applies: {r.reason}; it is kept in the file.")
    return lines


# ---------------------------------------------------------------------------- the review file

_HEADER = """\
# The analyst's review of {article}: decisions on the machine's rows, applied on every build
# (after the extraction, before the notebooks) and never overwritten by claimbrief.
#
# Each decision names a row by its id (from the table, the sentence's text and the mention,
# so it survives re-extraction).  Uncomment a row below and set its action:
#   accept   the row is right as extracted
#   correct  with set: the columns to change, e.g. set: {{certainty: hedged, claimant: Jane Doe}}
#   reject   not a claim / figure / date / place; say why in note:
#   add      a row the extraction missed: table:, sentence: (its exact text), mention:, set:
# Optional on every decision: note:, reviewer:, date: (YYYY-MM-DD).
# Columns an analyst may set:
{columns}
# `claimbrief review ARTICLE --check` lists decisions that no longer find their row.
decisions:
"""


def _comment_row(table: str, row_id: str, row: pd.Series) -> str:
    shown = " | ".join(f"{c}: {_text(row[c], '-') if not isinstance(row[c], float) else _shown(row[c]) or '-'}"
                       for c in correctable(table))
    where = f"sentence {int(row['sentence_id'])}"
    mention = "" if table == "claims" else f"  #   mention: {_yaml_scalar(_text(row['mention']))}\n"
    quote = _fold(_text(row["text"] if table == "claims" else row["mention"]))
    return (f"  # - id: {row_id}\n"
            f"  #   action: accept\n"
            f"{mention}"
            f"  #   # {where}: {quote[:90]}{'…' if len(quote) > 90 else ''}\n"
            f"  #   # {shown}\n")


def _yaml_scalar(value: str) -> str:
    import yaml

    return yaml.safe_dump(value, default_style=None, allow_unicode=True, width=10_000).strip().removesuffix("\n...").strip()


def starting_text(article_name: str, tables: Tables, text: str, existing: str | None = None) -> tuple[str, int]:
    """The text of a review file to start from (every row, with its id and values, as a
    comment), or ``existing`` with the rows it does not mention yet appended as comments;
    and how many rows were written."""
    ids = row_ids(tables, text)
    known = set(_ANY_ID.findall(existing or ""))
    blocks = []
    count = 0
    for name in REVIEWED:
        frame = getattr(tables, name)
        rows = [(i, r) for i, (_, r) in zip(ids[name], frame.iterrows()) if i not in known]
        if not rows:
            continue
        block = [f"  # ---- {name}: {len(rows)} row(s) ----\n"]
        block += [_comment_row(name, i, r) for i, r in rows]
        blocks.append("".join(block))
        count += len(rows)
    if existing is None:
        columns = "\n".join(f"#   {name}: {', '.join(correctable(name))}" for name in REVIEWED)
        return _HEADER.format(article=article_name, columns=columns) + "".join(blocks), count
    if not blocks:
        return existing, 0
    stamp = f"  # ---- rows new since the last `claimbrief review` ({dt.date.today().isoformat()}) ----\n"
    return existing + ("" if existing.endswith("\n") else "\n") + stamp + "".join(blocks), count


def _decision_text(d: Decision, indent: int) -> str:
    import yaml

    item = d.as_yaml_dict()
    body = yaml.safe_dump([{k: v for k, v in item.items() if k != "set"}], sort_keys=False, allow_unicode=True,
                          width=100, default_flow_style=False)
    if "set" in item:  # the columns on one line, after the action: {measure: jobs cut, certainty: hedged}
        values = yaml.safe_dump(item["set"], default_flow_style=True, allow_unicode=True, width=10_000).strip()
        lines = body.splitlines()
        at = next(i for i, line in enumerate(lines) if line[2:].startswith("action:")) + 1
        body = "\n".join(lines[:at] + [f"  set: {values}"] + lines[at:])
    return "".join(" " * indent + line + "\n" for line in body.splitlines())


def _with_decision(existing: str, d: Decision, source: str) -> str:
    """``existing`` (a review file's text) with ``d`` appended as its last decision, keeping
    every comment and the analyst's own layout; rewritten whole only when it cannot be."""
    import yaml

    before = parse_review(existing, source) if existing.strip() else []
    base = existing if existing.strip() else _HEADER.format(
        article=source, columns="\n".join(f"#   {n}: {', '.join(correctable(n))}" for n in REVIEWED))
    if not base.endswith("\n"):
        base += "\n"
    if re.search(r"^decisions:\s*(#.*)?$", base, re.MULTILINE) is None and "decisions" not in (yaml.safe_load(base) or {}):
        base += "decisions:\n"
    for indent in (2, 0):
        candidate = base + _decision_text(d, indent)
        try:
            after = parse_review(candidate, source)
        except ReviewError:
            continue
        if len(after) == len(before) + 1 and after[:-1] == [replace(b, line=a.line) for a, b in zip(after, before)]:
            return candidate
    # The file's layout cannot take one more item at its end (a flow list, say): write it
    # out again, its decisions kept, with the header.
    items = [b.as_yaml_dict() for b in before] + [d.as_yaml_dict()]
    header = "".join(line + "\n" for line in existing.splitlines() if line.startswith("#"))
    return header + yaml.safe_dump({"decisions": items}, sort_keys=False, allow_unicode=True, width=100)


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file swapped in: a failed write
    (a full disk, an interruption) leaves the file as it was."""
    import tempfile

    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def review_lock(path: Path):
    """A lock beside the build's files (not in seeds/) for writers of one review file."""
    from filelock import FileLock

    from . import paths

    folder = paths.build_dir(Path(path).name.split(".")[0])
    folder.mkdir(parents=True, exist_ok=True)
    return FileLock(str(folder / ".review.lock"), timeout=60)


def append_decision(path: Path, d: Decision) -> None:
    """Add ``d`` to the review file at ``path`` (created if missing), under a lock so two
    processes writing at once lose neither's decision, atomically."""
    path = Path(path)
    with review_lock(path):
        existing = path.read_bytes().decode("utf-8-sig") if path.is_file() else ""
        write_atomically(path, _with_decision(existing, d, str(path)))


# ---------------------------------------------------------------------------- the notebook and command API

def machine_tables(article) -> Tables:
    """The machine's tables of ``article``: the last build's when they are current, else extracted now."""
    from . import paths
    from .build import MACHINE_KEY_FILE, package_fingerprint, tables_key

    folder = paths.build_dir(article.name) / "data"
    try:
        current = (folder / MACHINE_KEY_FILE).read_text(encoding="ascii").strip()
    except OSError:
        current = None
    if current == tables_key(article, None, package_fingerprint()):
        try:
            return read_machine_tables(folder)
        except TableError:
            pass
    from .extract import extract

    return extract(article)


class Review:
    """One article's review, for a notebook or the command line::

        from claimbrief.review import Review
        rv = Review("seeds/my-article.txt")
        rv.rows("figures")                                  # every row with its id
        rv.correct("fig-0123456789", counts="jobs cut", note="jobs, not cars")
        rv.reject("claim-0123456789", note="a caption, not a claim")
        rv.add("dates", sentence="The plant closed last May.", mention="last May", resolved="2024-05", precision="month")
        rv.side_by_side("figures")                          # machine and reviewed values

    Every call checks the decision against the article's rows (an unknown id, column or
    value names the allowed ones and the nearest id) and writes it to the review file at once."""

    def __init__(self, article: str | Path, reviewer: str | None = None):
        from . import paths
        from .article import read_article

        path = Path(article)
        if not path.exists() and (paths.project_root() / path).exists():
            path = paths.project_root() / path
        self.article = read_article(path)
        self.path = paths.review_file(path)
        self.reviewer = reviewer or os.environ.get("CLAIMBRIEF_REVIEWER") or _user()
        self.machine = machine_tables(self.article)
        self.ids = row_ids(self.machine, self.article.text)
        self.refresh()

    def refresh(self) -> None:
        """Read the review file and the register again and re-apply them."""
        decisions, register = review_inputs(self.article.path)
        self.decisions = decisions
        self.tables, self.outcome = apply_review(self.machine, self.article.text, decisions, register)

    # -- reading
    def rows(self, table: str) -> pd.DataFrame:
        """The machine's rows of ``table`` with their ids (first column), and the decision in force on each."""
        table = self._table(table)
        frame = getattr(self.machine, table).copy()
        frame.insert(0, "id", self.ids[table])
        folded = _fold_decisions([d for d in self.decisions if d.action != "add"])
        frame.insert(1, "decision", [folded[i].action if i in folded else "" for i in self.ids[table]])
        return frame

    def side_by_side(self, table: str) -> pd.DataFrame:
        """Each row's machine and reviewed values of the columns an analyst sets (``col`` and
        ``col (analyst)`` where they differ), rejected and added rows included."""
        table = self._table(table)
        machine = self.rows(table)
        reviewed = getattr(self.tables, table).copy()
        reviewed.insert(0, "id", row_ids(self.tables, self.article.text)[table])
        merged = machine.merge(reviewed, on="id", how="outer", suffixes=("", " (analyst)"), indicator=True)
        merged["decision"] = merged["decision"].fillna("")
        merged.loc[merged["_merge"] == "right_only", "decision"] = "add"
        merged.loc[merged["_merge"] == "left_only", "decision"] = "reject"
        keep = ["id", "decision"]
        for column in correctable(table):
            keep.append(column)
            a, b = merged[column].astype("string"), merged[f"{column} (analyst)"].astype("string")
            if not (a.fillna("\0") == b.fillna("\0")).all():
                keep.append(f"{column} (analyst)")
        label = "text" if table == "claims" else "mention"
        merged[label] = merged[label].fillna(merged[f"{label} (analyst)"])
        at = "sentence_id" if table == "claims" else "start"
        order = merged[at].fillna(merged[f"{at} (analyst)"]).astype("Int64")
        merged = merged.assign(_at=order).sort_values("_at", kind="stable").reset_index(drop=True)
        return merged[["id", label, *keep[1:]]]

    def stale(self) -> pd.DataFrame:
        """Decisions that no longer find their row, and why."""
        return self.outcome.stale[["id", "table", "action", "reason"]]

    def candidates(self, row_id: str) -> pd.DataFrame:
        """The gazetteer's places a place row's mention can mean (for ``correct(id, canonical=..., country=...)``)."""
        row = self._row(row_id)
        return pd.DataFrame(place_candidates(_text(row["mention"])))

    # -- deciding
    def accept(self, row_id: str, note: str | None = None) -> None:
        """The row is right as extracted."""
        self._decide("accept", row_id, {}, note)

    def correct(self, row_id: str, note: str | None = None, **columns) -> None:
        """Set columns of a row, e.g. ``correct(id, certainty="hedged", note="...")``."""
        if not columns:
            raise ReviewError("a correction needs at least one column=value, e.g. certainty='hedged'.")
        self._decide("correct", row_id, columns, note)

    def reject(self, row_id: str, note: str | None = None) -> None:
        """The row is not a claim / figure / date / place; ``note`` says why."""
        self._decide("reject", row_id, {}, note)

    def add(self, table: str, sentence: str, mention: str | None = None, note: str | None = None, **columns) -> str:
        """A row the extraction missed: its sentence (exact text, or words only it holds), its
        mention (the exact words) and its columns; returns its id."""
        table = self._table(table)
        values = {k: convert_value(table, k, v) for k, v in columns.items()}
        found = _find_sentence(self.machine.sentences, sentence)
        if isinstance(found, str):
            raise ReviewError(f"cannot add to {table}: {found}.")
        d = self._stamp(Decision(action="add", table=table, set=values, sentence=found[3], mention=mention, note=note))
        made = _new_row(table, d, self.machine, self.article.text)
        if isinstance(made, str):
            raise ReviewError(f"cannot add to {table}: {made}.")
        append_decision(self.path, d)
        self.refresh()
        return made[1]

    def _decide(self, action: str, row_id: str, columns: dict, note: str | None) -> None:
        row = self._row(row_id)
        table = table_of(row_id)
        values = {k: convert_value(table, k, v) for k, v in columns.items()}
        if table == "places":
            _place_fill(values)  # an unknown place is refused now, not at the next build
        sentence = self.machine.sentences.set_index("id").loc[int(row["sentence_id"]), "text"]
        d = self._stamp(Decision(action=action, id=row_id, table=table, set=values, note=note,
                                 sentence=_fold(sentence), mention=None if table == "claims" else row["mention"]))
        append_decision(self.path, d)
        self.refresh()

    def _stamp(self, d: Decision) -> Decision:
        return replace(d, reviewer=self.reviewer, date=dt.date.today().isoformat())

    def _table(self, table: str) -> str:
        if table not in REVIEWED:
            raise ReviewError(_allowed("table", table, REVIEWED))
        return table

    def _row(self, row_id: str) -> pd.Series:
        row_id = str(row_id).strip()
        every = [i for t in REVIEWED for i in self.ids[t]]
        if row_id not in every:
            near = _nearest(row_id, every)
            raise ReviewError(f"no row of {self.article.name} has the id {row_id!r}"
                              + (f"; the nearest id is {near}" if near else "")
                              + " (ids start with claim-, fig-, date- or place-; list them with rows(TABLE)).")
        table = table_of(row_id)
        return getattr(self.machine, table).iloc[self.ids[table].index(row_id)]


def _user() -> str | None:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name (a container without one): none recorded
        return None

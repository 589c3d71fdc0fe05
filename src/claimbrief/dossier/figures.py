"""Figures across articles: the same measure gathered from every article, its latest and
most conservative values, conflicts between sources and a source's own revisions.

Rules (the dossier's appendix repeats them):

- **Which figures.** Numbered figures (a value or a range) the extraction gave a measure
  that is more than the figure's class or unit ("duration", "days" measure nothing), of
  every class (durations, ages, magnitudes and distances too: a deadline or a height
  can be compared like a toll).
- **The same measure.** Two figures are of one group when they have the same normalised
  measure, class, subject and whole (``part_of``): the measure's words in lower case, a
  parenthesised qualifier dropped, each ``figure_measures`` synonym mapped to its measure
  ("killed", "deaths" -> dead), function words dropped, plural endings cut, in sorted
  order; the subject by its canonical source name (register aliases), dropped when it is
  the figure's own claimant (who gives a figure is not what it counts); the whole folded.
  This is :func:`claimbrief.measures.same_measure` read across articles, except that the
  scope (``scope_place``, ``scope_date``) is compared, not matched: news copy names the
  event's place in one sentence and not the next, so figures of one measure stay in one
  group and their scopes decide which of them can conflict.  A group never holds two
  measures, classes, subjects or wholes.
- **Scope.** Two figures have compatible scopes when their places are the same folded
  name (or one gives none) and their periods overlap.  A figure's period is its
  ``scope_date`` resolved through the dates table of its sentence ("since January" runs
  from January to the day it was stated; "in October" is October); a figure without one
  is taken to cover any period.
- **Date stated.** The date in the figure's sentence attached to its claim's reporting verb
  ("said on Monday"), else the article's publication date; an undated article's figures
  are stated after every dated one, in their order in the article.
- **Current value.** A source's current value at a time is the last value it stated by
  then (a value it repeats is one value).
- **Conflict.** Two figures of one group conflict when they come from two different named
  sources (an outlet's own voice reports figures, it is no source of them), their scopes
  are compatible, their values do not agree (:func:`claimbrief.measures.values_agree`:
  equal, one a rounding of the other within 10 %, a bound the other meets, a range
  holding it), and each is its source's current value when the later of the two was
  stated (a toll its own source had revised before the other spoke is history, not a
  conflict).  Each pair of (source, value) is listed once, at its first statement.
- **Revision.** A source's successive values of one group that are not the same number as
  the one before (equal, a rounding within 10 %, a range holding it; a bound does not
  hold a later value: "at least 12" then 19 is a revision) are its revisions, in the
  order stated, never a conflict.
- **Latest and most conservative.** The latest value is the one stated last (then the later
  article); the most conservative is the smallest (a range's low end, a bound's number), as
  ACLED codes the lowest of conflicting fatality counts.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import pandas as pd

from ..lexicon import lexicon
from ..measures import (CONTEXT_CLASSES, ROUNDING, as_percent, figure_class, is_numbered, measure_name, number_text,
                        values_agree)
from ..register import fold_name
from .inputs import records, typed
from .text import _stem

FIGURE_COLUMNS = {
    "figure": "Int64",         # row number in this table
    "group": "Int64",          # the figure group (figure_groups.group)
    "article": "string",
    "order": "Int64",          # the article's place in story order
    "outlet": "string",
    "published": "string",
    "sentence_id": "Int64",
    "start": "Int64",
    "end": "Int64",
    "mention": "string",
    "value": "Float64",
    "low": "Float64",
    "high": "Float64",
    "approximate": "boolean",
    "range": "boolean",        # a range (low-high)
    "number": "string",        # as a reader writes it: "about 1,800", "10–12"
    "measure": "string",       # as the article's figure gives it
    "measure_key": "string",   # normalised (see the module docstring)
    "class": "string",
    "subject": "string",
    "scope_place": "string",
    "scope_date": "string",
    "period_start": "string",  # ISO date, empty: any
    "period_end": "string",
    "part_of": "string",
    "claimant": "string",      # as extracted
    "source": "string",        # canonical (sources.source)
    "named": "boolean",
    "certainty": "string",
    "stated": "string",        # ISO date the figure was stated, empty when unknown
    "text": "string",          # the sentence
}
GROUP_COLUMNS = {
    "group": "Int64",
    "measure": "string",       # the words most figures of the group use
    "measure_key": "string",
    "class": "string",
    "subject": "string",
    "scope_place": "string",
    "part_of": "string",
    "figures": "Int64",        # figures in the group
    "articles": "Int64",       # articles that give one
    "sources": "Int64",        # distinct sources
    "values": "string",        # "37 (Ana Machava, 2025-03-17, d01); ..." in the order stated
    "latest_value": "Float64",
    "latest_number": "string",
    "latest_source": "string",
    "latest_stated": "string",
    "latest_article": "string",
    "conservative_value": "Float64",
    "conservative_number": "string",
    "conservative_source": "string",
    "conservative_article": "string",
    "conflicts": "Int64",
    "revisions": "Int64",
    "first_article": "string",
}
CONFLICT_COLUMNS = {
    "group": "Int64", "measure": "string", "class": "string", "subject": "string",
    "a_figure": "Int64", "a_article": "string", "a_mention": "string", "a_source": "string", "a_value": "Float64",
    "a_number": "string", "a_stated": "string",
    "b_figure": "Int64", "b_article": "string", "b_mention": "string", "b_source": "string", "b_value": "Float64",
    "b_number": "string", "b_stated": "string",
    "difference": "Float64",   # |a - b| / max(|a|, |b|)
}
REVISION_COLUMNS = {
    "group": "Int64", "measure": "string", "source": "string",
    "values": "string",        # "37 → 52", in the order stated
    "numbers": "string",       # as written, " → "-separated
    "stated": "string",        # their dates, " → "-separated
    "articles": "string",      # "; "-separated
    "figures": "string",       # figure ids, "; "-separated
}


@lru_cache(maxsize=1)
def _measure_vocabulary() -> tuple[dict[str, str], frozenset[str]]:
    lex = lexicon()
    surface = {f.lower(): m for m, forms in lex["figure_measures"].items() for f in forms}
    surface.update({m.lower(): m for m in lex["figure_measures"]})
    return surface, frozenset(w.lower() for w in lex.get("function_words", []))


def measure_key(row) -> str:
    """The normalised measure of a figure (see the module docstring)."""
    surface, stop = _measure_vocabulary()
    phrase = re.sub(r"\([^)]*\)", " ", measure_name(row).lower())
    phrase = re.sub(r"\s+", " ", phrase).strip()
    phrase = surface.get(phrase, phrase)
    words = set()
    for word in re.findall(r"[\w'-]+", phrase):
        if word in stop:
            continue
        word = surface.get(word, word)
        words.update(_stem(part) for part in word.split())
    return " ".join(sorted(words))


def _fold(value) -> str:
    return fold_name(value) if isinstance(value, str) else ""


def figure_subject(row, names) -> str | None:
    """A figure's subject by its canonical name; None when it is the figure's own claimant."""
    subject = names.canonical(row.get("subject")) if isinstance(row.get("subject"), str) else None
    if subject is not None and subject == names.canonical(row.get("claimant")):
        return None
    return subject


def figure_key(row, names) -> tuple:
    """What makes two figures one measure: (measure, class, subject, whole)."""
    return measure_key(row), figure_class(row), _fold(figure_subject(row, names)), _fold(row.get("part_of"))


def comparable(row) -> bool:
    """Whether a figure takes part in the comparison: numbered, with a measure, not context."""
    # only figures the extraction gave a measure: a counted noun alone ("KRW") measures nothing
    # nor does a measure that only names the figure's class or unit ("duration", "days")
    measure = row.get("measure")
    if not is_numbered(row) or not isinstance(measure, str) or not measure.strip():
        return False
    key = measure_key(row)
    if not key or key == figure_class(row):
        return False
    # a duration, distance, age or magnitude "measured" by its unit ("days") measures nothing
    return not (figure_class(row) in CONTEXT_CLASSES and key == _stem(str(row.get("unit") or "").lower()))


def period(scope: str | None, dates: list[dict], stated: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """The period a figure covers, from its ``scope_date`` and its sentence's dates."""
    from ..extract.dates import date_span

    if not isinstance(scope, str) or not scope.strip():
        return None, None
    for d in dates:
        mention = d.get("mention")
        resolved = d.get("resolved")
        if not isinstance(mention, str) or not isinstance(resolved, str):
            continue
        if mention.lower() in scope.lower() or scope.lower() in mention.lower():
            try:
                first, last = date_span(resolved, d.get("precision"))
            except (ValueError, TypeError):
                return None, None
            qualifier = str(d.get("qualifier") or "").lower()
            if qualifier == "since" or scope.lower().startswith("since"):
                return first, stated
            if "no later" in qualifier or scope.lower().startswith(("by ", "until ")):
                return None, last
            return first, last
    return None, None


def _compatible(a, b) -> bool:
    """Whether two figures' scopes meet: the same place (or one gives none), periods overlapping."""
    pa, pb = _fold(a.get("scope_place")), _fold(b.get("scope_place"))
    return (not pa or not pb or pa == pb) and _overlap(a, b)


def _overlap(a, b) -> bool:
    a0, a1 = _day(a["period_start"]), _day(a["period_end"])
    b0, b1 = _day(b["period_start"]), _day(b["period_end"])
    return (a1 is None or b0 is None or b0 <= a1) and (b1 is None or a0 is None or a0 <= b1)


def _day(value) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def _row(record: dict) -> dict:
    """A figures-table record as measures' functions read it (no NA values)."""
    return {k: (None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else v) for k, v in record.items()}


def figures_frame(articles, names, stated_dates: dict) -> pd.DataFrame:
    """Every comparable figure of the compared articles, grouped (columns: :data:`FIGURE_COLUMNS`).

    ``stated_dates`` maps (article, sentence_id) to the date that sentence's claim was made."""
    rows: list[dict] = []
    keys: dict[tuple, int] = {}
    for order, article in enumerate(articles, start=1):
        if not article.compared:
            continue
        tables = article.tables
        texts = dict(zip(tables.sentences["id"].tolist(), tables.sentences["text"].tolist()))
        dates_by_sentence: dict[int, list[dict]] = {}
        for d in records(tables.dates):
            dates_by_sentence.setdefault(int(d["sentence_id"]), []).append(_row(d))
        published = article.published.isoformat() if article.published else None
        for record in records(tables.figures):
            fig = as_percent(_row(record))  # "a third" and "33%" are compared on one scale
            if not comparable(fig):
                continue
            sid = int(fig["sentence_id"])
            stated = stated_dates.get((article.name, sid)) or article.published
            start, end = period(fig.get("scope_date"), dates_by_sentence.get(sid, []), stated)
            source, named = names.source(fig.get("claimant"), article.outlet_name)
            key = figure_key(fig, names)
            rows.append({
                "figure": len(rows), "group": keys.setdefault(key, len(keys)), "article": article.name,
                "order": order, "outlet": article.outlet_name, "published": published, "sentence_id": sid,
                "start": fig["start"], "end": fig["end"], "mention": fig.get("mention"), "value": fig.get("value"),
                "low": fig.get("low"), "high": fig.get("high"), "approximate": bool(fig.get("approximate")),
                "range": fig.get("low") is not None and fig.get("high") is not None and fig.get("value") is None,
                "number": number_text(fig), "measure": measure_name(fig), "measure_key": key[0],
                "class": key[1], "subject": figure_subject(fig, names), "scope_place": fig.get("scope_place"),
                "scope_date": fig.get("scope_date"),
                "period_start": start.isoformat() if start else None, "period_end": end.isoformat() if end else None,
                "part_of": fig.get("part_of"), "claimant": fig.get("claimant"), "source": source or "unknown",
                "named": named, "certainty": fig.get("certainty"),
                "stated": stated.isoformat() if stated else None, "text": texts.get(sid)})
    return typed(rows, FIGURE_COLUMNS)


def _low(r: dict) -> float:
    return float(r["low"]) if r.get("low") is not None else float(r["value"])


def _when(r: dict) -> tuple:
    # undated statements sort after dated ones, then story order, then place in the article
    return (r.get("stated") is None, r.get("stated") or "", r["order"], r["sentence_id"], r["start"])


def _current(own: list[dict], when: tuple) -> dict | None:
    """The value a source stands by at ``when``: the last it stated by then, the figure
    that first gave that value (``own`` in the order stated, one figure per value)."""
    current = None
    for r in own:
        if _when(r) > when:
            break
        if current is None or not same_number(current, r):
            current = r
    return current


def same_number(a: dict, b: dict) -> bool:
    """Whether a source gives the same number twice: equal, a rounding of the other (10 %)
    or a range holding it.  Unlike :func:`claimbrief.measures.values_agree`, a bound is
    not met by a later value: "at least 12" then 19 is a revision."""
    va, vb = _value(a), _value(b)
    if va == vb:
        return True
    for x, vy in ((a, vb), (b, va)):
        if x.get("low") is not None and x.get("high") is not None and float(x["low"]) <= vy <= float(x["high"]):
            return True
    approximate = a.get("approximate") is True or b.get("approximate") is True
    return approximate and not _bounded(a) and not _bounded(b) and abs(va - vb) <= ROUNDING * max(abs(va), abs(vb))


def _bounded(r: dict) -> bool:
    return bool(re.match(r"(?i)(?:at least|more than|over|up to|nearly|almost|fewer than|less than|no fewer|no more)",
                         str(r.get("mention") or "")))


def _distinct(members: list[dict]) -> list[dict]:
    """One figure per (source, number): a value repeated by its source is compared once."""
    seen: dict[tuple, dict] = {}
    for r in sorted(members, key=_when):
        seen.setdefault((r["source"], r.get("value"), r.get("low"), r.get("high"), r["number"]), r)
    return list(seen.values())


def compare_figures(figures: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(figure groups, conflicts, revisions) of the grouped figures (columns:
    :data:`GROUP_COLUMNS`, :data:`CONFLICT_COLUMNS`, :data:`REVISION_COLUMNS`)."""
    groups, conflicts, revisions = [], [], []
    recs = [_row(r) for r in records(figures)]
    by_group: dict[int, list[dict]] = {}
    for r in recs:
        by_group.setdefault(r["group"], []).append(r)
    for group, members in by_group.items():
        members.sort(key=_when)
        distinct = _distinct(members)
        found_conflicts, found_revisions = [], []
        by_source: dict[str, list[dict]] = {}
        for r in distinct:
            by_source.setdefault(r["source"], []).append(r)
        for i, a in enumerate(distinct):
            for b in distinct[i + 1:]:
                if a["source"] == b["source"] or not (a["named"] and b["named"]) or values_agree(a, b) \
                        or not _compatible(a, b):
                    continue
                later = max(_when(a), _when(b))
                if _current(by_source[a["source"]], later) is a and _current(by_source[b["source"]], later) is b:
                    found_conflicts.append((a, b))
        for source, own in by_source.items():
            chain = [own[0]]
            for r in own[1:]:
                if not same_number(chain[-1], r):
                    chain.append(r)
            if len(chain) > 1:
                found_revisions.append((source, chain))
        head = members[0]
        measure = pd.Series([m["measure"] for m in members]).mode().iloc[0]
        latest = max(members, key=_when)
        conservative = min(members, key=lambda r: (_low(r), _when(r)))
        groups.append({
            "group": group, "measure": measure, "measure_key": head["measure_key"], "class": head["class"],
            "subject": head.get("subject"), "scope_place": head.get("scope_place"), "part_of": head.get("part_of"),
            "figures": len(members), "articles": len({m["article"] for m in members}),
            "sources": len({m["source"] for m in members}),
            "values": "; ".join(f"{r['number']} ({r['source']}, {r.get('stated') or 'undated'}, {r['article']})"
                                for r in distinct),
            "latest_value": latest.get("value") if latest.get("value") is not None else _low(latest),
            "latest_number": latest["number"], "latest_source": latest["source"],
            "latest_stated": latest.get("stated"), "latest_article": latest["article"],
            "conservative_value": _low(conservative), "conservative_number": conservative["number"],
            "conservative_source": conservative["source"], "conservative_article": conservative["article"],
            "conflicts": len(found_conflicts), "revisions": len(found_revisions), "first_article": head["article"]})
        for a, b in found_conflicts:
            va, vb = _value(a), _value(b)
            conflicts.append({"group": group, "measure": measure, "class": head["class"], "subject": head.get("subject"),
                              **{f"a_{k}": v for k, v in _side(a).items()},
                              **{f"b_{k}": v for k, v in _side(b).items()},
                              "difference": abs(va - vb) / max(abs(va), abs(vb)) if max(abs(va), abs(vb)) else 0.0})
        for source, chain in found_revisions:
            revisions.append({"group": group, "measure": measure, "source": source,
                              "values": " → ".join(_plain(_value(r)) for r in chain),
                              "numbers": " → ".join(r["number"] for r in chain),
                              "stated": " → ".join(r.get("stated") or "undated" for r in chain),
                              "articles": "; ".join(dict.fromkeys(r["article"] for r in chain)),
                              "figures": "; ".join(str(r["figure"]) for r in chain)})
    groups.sort(key=lambda g: g["group"])
    return typed(groups, GROUP_COLUMNS), typed(conflicts, CONFLICT_COLUMNS), typed(revisions, REVISION_COLUMNS)


def _value(r: dict) -> float:
    if r.get("value") is not None:
        return float(r["value"])
    return (float(r["low"]) + float(r["high"])) / 2


def _plain(value: float) -> str:
    return f"{int(value):,}" if value == int(value) else f"{value:,g}"


def _side(r: dict) -> dict:
    return {"figure": r["figure"], "article": r["article"], "mention": r["mention"], "source": r["source"],
            "value": _value(r), "number": r["number"], "stated": r.get("stated")}

"""Measures: the figures table read as measures of the story.

An analyst reads figures as measures (dead, injured, seats won, revenue), compares the
same measure between sources and subjects, and treats durations, ages and magnitudes as
context.  These pure functions take the figures table (its ``measure``, ``class``,
``subject`` and ``claimant`` columns) and return what the briefing and the dossier show:
the key figures, the groups a chart sets side by side, changes within the article, and
figures of one measure that disagree.

Rules, in the order they apply:

- Key figures are numbered figures of the classes the story rests on (people, money,
  share), those in the headline first, then in the order the article gives them; one
  row per measure, subject and claimant (the first the article gives).
- Two values of one measure agree when one is a rounding of the other (an approximate
  value within 10 % of the other) or a bound the other meets ("more than 1,800" and
  1,840); a later value from the same claimant is an update, not a conflict.
"""

from __future__ import annotations

import math
import re

import pandas as pd

KEY_CLASSES = ("people", "money", "share")
CONTEXT_CLASSES = ("duration", "magnitude", "age", "distance")
PANEL_ORDER = ("people", "money", "share", "objects", "events", "distance", "duration", "magnitude", "age")
ROUNDING = 0.10  # an approximate value within 10 % of another is its rounding

_LOWER_BOUND = re.compile(r"^(?:more than|over|at least|above|in excess of|upwards of|no fewer than|no less than)\b",
                          re.IGNORECASE)
_UPPER_BOUND = re.compile(r"^(?:up to|nearly|almost|fewer than|less than|under|below|at most|no more than|just under)\b",
                          re.IGNORECASE)
_UPDATE = re.compile(r"\b(?:rose|risen|climbed|increased|jumped|grew|fell|dropped|revised|updated|now|raised|"
                     r"lowered|latest|new toll)\b", re.IGNORECASE)
_CHANGE = re.compile(r"\bfrom\b[^.;]*?\bto\b", re.IGNORECASE)
_CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "KRW": "₩", "RUB": "₽"}


def _present(value) -> bool:
    return value is not None and value is not pd.NA and not (isinstance(value, float) and math.isnan(value))


def _text(value) -> str:
    return str(value).strip() if _present(value) else ""


def figure_class(row) -> str:
    """The class of a figure: its ``class`` column, else what its unit says."""
    found = _text(row.get("class"))
    if found:
        return found
    unit = _text(row.get("unit")).lower()
    if unit == "percent":
        return "share"
    if unit.isalpha() and unit.upper() == _text(row.get("unit")) and len(unit) == 3:
        return "money"
    if unit in ("year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes"):
        return "duration"
    if unit in ("magnitude",):
        return "magnitude"
    if unit in ("kilometre", "kilometres", "km", "mile", "miles", "metre", "metres", "hectare", "hectares"):
        return "distance"
    return "people" if unit in ("people", "person", "") else "objects"


def measure_name(row) -> str:
    """What a figure measures: its ``measure`` column, else what it counts."""
    return _text(row.get("measure")) or _text(row.get("counts")) or _text(row.get("unit")) or _text(row.get("mention"))


def is_numbered(row) -> bool:
    """Whether a figure gives a number (a value or a range), not only a vague quantity."""
    return _present(row.get("value")) or (_present(row.get("low")) and _present(row.get("high")))


def as_percent(row):
    """A share given as a fraction ("a third": 0.333, "three-quarters": 0.75) on the percent
    scale shares are compared and shown on (33.3%, 75%), approximate as a fraction word is;
    any other figure as it is.  "a third of the troops" and "33 percent of the troops" from
    two sources then agree instead of contradicting each other."""
    if _text(row.get("unit")).lower() != "fraction":
        return row
    out = dict(row)
    out["unit"], out["approximate"] = "percent", True
    for key in ("value", "low", "high"):
        if _present(out.get(key)):
            out[key] = round(float(out[key]) * 100, 1)
    return out


def number_text(row) -> str:
    """The figure's number as a reader writes it: "about 1,800", "$3.2 billion", "54.3%",
    "10–12", "about 33.3%" (a third)."""
    row = as_percent(row)
    unit = _text(row.get("unit"))
    approx = "about " if row.get("approximate") is True and not _LOWER_BOUND.match(_text(row.get("mention"))) else ""
    bound = ""
    mention = _text(row.get("mention"))
    for pattern in (_LOWER_BOUND, _UPPER_BOUND):
        found = pattern.match(mention)
        if found:
            bound, approx = found.group(0).lower() + " ", ""
    if _present(row.get("low")) and _present(row.get("high")):
        number = f"{format_number(float(row['low']))}–{format_number(float(row['high']))}"
    else:
        number = format_number(float(row["value"]))
    if unit == "percent":
        number += "%"
    elif figure_class(row) == "money" and unit:
        sign = _CURRENCY_SIGNS.get(unit.upper())
        number = f"{sign}{number}" if sign else f"{number} {unit}"
    return f"{bound or approx}{number}"


def format_number(value: float) -> str:
    """1840 -> "1,840"; 3.2e9 -> "3.2 billion"; 54.3 -> "54.3"."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:.3g} {word}"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def what_counted(row) -> str:
    """The counted group with what happened to it, as a reader says it: "Ruritanian
    soldiers sent", "people dead" -> "dead", "seats won"."""
    measure, counts = _text(row.get("measure")), _text(row.get("counts"))
    if not measure:
        return counts
    generic = counts.lower() in ("", "people", "persons", "others", "them", "those", "percent", measure.lower())
    if generic or figure_class(row) not in ("people", "objects", "events") or measure.lower() in counts.lower() \
            or counts.lower() in measure.lower() or len(counts.split()) > 5:
        return measure
    return f"{counts} {measure}"


def measure_label(row) -> str:
    """A figure as a measure: "1,840 dead", "$3.2 billion revenue (Kaneda Motor)",
    "54.3% of the vote (Green League)"."""
    measure = what_counted(row)
    if figure_class(row) in ("money", "share") and measure.lower() in ("percent", _text(row.get("unit")).lower()):
        measure = ""  # the unit is in the number already ("41%", "$289 million")
    if figure_class(row) == "share":
        measure = re.sub(r"^share\s+", "", measure)
    label = f"{number_text(row)} {measure}".strip()
    subject = _text(row.get("subject"))
    if not subject or subject.lower() in label.lower() or subject.lower() == _text(row.get("claimant")).lower():
        return label  # (a source's own figure names it once: "₩356 billion expected (Analysts)")
    return f"{label} ({subject})"


def key_figures(figures: pd.DataFrame, headline_ids: set[int] | frozenset = frozenset()) -> pd.DataFrame:
    """The figures the story rests on: people, money and share measures with a number,
    headline's first, then in the article's order; one per measure, subject and claimant."""
    if figures.empty:
        return figures.iloc[0:0]
    rows = figures[[is_numbered(r) and figure_class(r) in KEY_CLASSES for _, r in figures.iterrows()]].copy()
    if rows.empty:
        return rows
    rows["_headline"] = ~rows["sentence_id"].isin(list(headline_ids))
    rows["_key"] = [(measure_name(r).lower(), _text(r.get("subject")).lower(), _text(r.get("claimant")).lower())
                    for _, r in rows.iterrows()]
    rows = rows.sort_values(["_headline", "sentence_id", "start"], kind="stable")
    rows = rows.drop_duplicates("_key", keep="first")
    rows = rows[[not _told_again(i, rows) for i in range(len(rows))]]
    rows = rows[[not echoes_a_source(r, rows) for _, r in rows.iterrows()]]
    return rows.drop(columns=["_headline", "_key"])


def _told_again(at: int, rows: pd.DataFrame) -> bool:
    """Whether the figure at position ``at`` repeats one kept before it, with the same measure,
    value and claimant, the one or the other naming no subject (the headline's "14 dead" and
    the lede's "14 dead" of the storm): one figure, not two."""
    row = rows.iloc[at]
    measure, subject, claimant = row["_key"]
    return any(other["_key"][0] == measure and other["_key"][2] == claimant and (not subject or not other["_key"][1])
               and is_numbered(other) and values_agree(row, other) for _, other in rows.iloc[:at].iterrows())


def echoes_a_source(row, figures: pd.DataFrame) -> bool:
    """Whether a figure in the article's own voice repeats what a named source gives for the
    same measure (a headline's "23 dead" over the agency's "at least 23 dead"): one source, not two."""
    if who(row) not in ("the article", "unnamed reports"):
        return False
    return any(who(other) not in ("the article", "unnamed reports") and same_measure(row, other, loose=True)
               and is_numbered(other) and values_agree(row, other) for _, other in figures.iterrows())


def who(row) -> str:
    """The claimant of a figure as the bottom line names it."""
    claimant = _text(row.get("claimant"))
    if not claimant or claimant == "article":
        return "the article"
    if claimant == "unattributed reports":
        return "unnamed reports"
    return claimant


def key_figures_sentence(figures: pd.DataFrame, headline_ids: set[int] | frozenset = frozenset(),
                         withheld: list[str] | None = None, limit: int = 5) -> str | None:
    """"Key figures: 1,840 dead, 3,200 injured (interior ministry, stated); about 1,800
    dead (the article). Deaths: not disclosed." — None when there is nothing to say."""
    key = key_figures(figures, headline_ids).head(limit)
    groups: dict[tuple[str, str], list[str]] = {}
    for _, row in key.iterrows():
        certainty = _text(row.get("certainty"))
        groups.setdefault((who(row), certainty), []).append(measure_label(row))
    parts = [f"{', '.join(labels)} ({name}{', ' + certainty if certainty else ''})"
             for (name, certainty), labels in groups.items()]
    sentence = f"Key figures: {'; '.join(parts)}." if parts else ""
    hidden = [w for w in withheld or [] if w]
    if hidden:
        sentence += (" " if sentence else "") + "; ".join(h[:1].upper() + h[1:] for h in hidden) + "."
    return sentence or None


def _bound(row) -> str | None:
    mention = _text(row.get("mention"))
    if _LOWER_BOUND.match(mention):
        return "lower"
    if _UPPER_BOUND.match(mention):
        return "upper"
    return None


def _value(row) -> float:
    if _present(row.get("value")):
        return float(row["value"])
    return (float(row["low"]) + float(row["high"])) / 2


def values_agree(a, b) -> bool:
    """Whether two figures of one measure agree: equal, one a rounding of the other, a
    bound the other meets, or a range holding the other (a fraction on the percent scale)."""
    a, b = as_percent(a), as_percent(b)
    va, vb = _value(a), _value(b)
    if va == vb:
        return True
    for x, y, vx, vy in ((a, b, va, vb), (b, a, vb, va)):
        if _present(x.get("low")) and _present(x.get("high")) and float(x["low"]) <= vy <= float(x["high"]):
            return True
        if _bound(x) == "lower" and vy >= vx or _bound(x) == "upper" and vy <= vx:
            return True
        if x.get("approximate") is True and abs(vx - vy) <= ROUNDING * max(abs(vx), abs(vy)):
            return True
    return False


def same_measure(a, b, loose: bool = False) -> bool:
    """Whether two figures measure one thing: the same measure and class, of the same
    subject, place, period and whole (``loose``: a place, period or whole one of them leaves
    out does not differ — a headline drops what the body says)."""
    def differ(column: str) -> bool:
        x, y = _text(a.get(column)).lower(), _text(b.get(column)).lower()
        return x != y and not (loose and (not x or not y))
    return (measure_name(a).lower() == measure_name(b).lower() and figure_class(a) == figure_class(b)
            and not any(differ(c) for c in ("subject", "scope_place", "scope_date", "part_of")))


def inconsistencies(figures: pd.DataFrame, texts: dict[int, str] | None = None) -> list[dict]:
    """Figures of one measure (same measure, class, subject, place, period and whole) that disagree, each pair
    once: ``{"measure", "first", "second"}`` (rows).  A later value from the same claimant
    in a sentence that says it changed ("rose to", "revised") is an update, not a conflict."""
    texts = texts or {}
    # only figures the extraction gave a measure: counted nouns alone ("KRW") compare nothing
    numbered = [r for _, r in figures.iterrows()
                if is_numbered(r) and figure_class(r) not in CONTEXT_CLASSES and _text(r.get("measure"))]
    found = []
    for i, a in enumerate(numbered):
        for b in numbered[i + 1:]:
            if not same_measure(a, b) or values_agree(a, b) or a.get("sentence_id") == b.get("sentence_id"):
                continue
            later = b if (b.get("sentence_id"), b.get("start")) > (a.get("sentence_id"), a.get("start")) else a
            if who(a) == who(b) and _UPDATE.search(texts.get(int(later["sentence_id"]), "")):
                continue
            found.append({"measure": measure_name(a), "first": a, "second": b})
    return found


def changes(figures: pd.DataFrame, texts: dict[int, str]) -> list[tuple[pd.Series, pd.Series]]:
    """Changes the article states in one sentence ("rose from 1,500 to 1,840", "climbed to
    1,840 from 1,500"): pairs of figures of one measure as (before, after)."""
    pairs = []
    for sentence_id, group in figures.groupby("sentence_id"):
        text = texts.get(int(sentence_id), "")
        if not _CHANGE.search(text) and not re.search(r"\bto\b[^.;]*?\bfrom\b", text, re.IGNORECASE):
            continue
        rows = [r for _, r in group.sort_values("start").iterrows() if is_numbered(r)]
        for a, b in zip(rows, rows[1:]):
            if measure_name(a).lower() != measure_name(b).lower() or figure_class(a) != figure_class(b) \
                    or _text(a.get("unit")) != _text(b.get("unit")):
                continue  # "₩412 billion ($289 million)" is a conversion, not a change
            # the value after "from" is the one before the change
            b_first = re.search(rf"\bfrom\s+(?:\S+\s+)?{re.escape(_text(b.get('mention')))}", text) is not None
            pairs.append((b, a) if b_first else (a, b))
    return pairs

"""Dates: every temporal expression, resolved against the publication date at its real
precision (a month stays a month), with its qualifier ("as early as July" -> no later
than July) and the event it dates.

Absolute dates are parsed with dateutil; relative ones ("last week", "on Thursday",
"three days ago") are resolved with relativedelta from the publication date.  Without
a publication date, relative expressions are kept unresolved and the note says why.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from dateutil.relativedelta import MO, relativedelta

from ..lexicon import alternation, lexicon

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1, "several": None, "a few": None}
NO_PUBLICATION = "no publication date to resolve against"
UNDATABLE = "not datable from the text"


@lru_cache(maxsize=1)
def _patterns() -> dict:
    lex = lexicon()
    month = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
    weekday = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    qualifier = alternation(lex["date_qualifiers"])
    lead = rf"(?:(?P<qual>{qualifier})\s+)?(?:(?:in|on|during|of|early|late|mid|mid-|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of)\s+)?"
    ordinal = r"(?:st|nd|rd|th)?"
    expressions = [
        ("mdy", rf"(?:{weekday},?\s+)?(?P<m1>{month})\s+(?P<d1>\d{{1,2}}){ordinal}\b(?:,?\s+(?P<y1>(?:19|20)\d\d)\b)?"),
        ("dmy", rf"(?:{weekday},?\s+)?(?:the\s+)?(?P<d2>\d{{1,2}}){ordinal}\s+(?:of\s+)?(?P<m2>{month})(?:,?\s+(?P<y2>(?:19|20)\d\d))?\b"),
        ("my", rf"(?P<m3>{month})(?:,?\s+(?P<y3>(?:19|20)\d\d))?\b"),
        ("ago", r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|several|a few)\s+(?P<unit>day|week|month|year)s?\s+ago\b"),
        ("weekday", rf"(?P<rel>last|this|next|on|late|early)?\s*(?P<wd>{weekday})(?:\s+(?P<part>morning|afternoon|evening|night))?\b"),
        ("relative", rf"(?P<phrase>{alternation(lex['relative_dates'])})\b"),
        ("year", rf"(?<![\d,.$])(?P<y4>(?:19|20)\d\d)(?![\d%]|,\d)(?:s\b)?"),
        ("undatable", rf"(?P<und>{alternation(lex['undatable'])})\b"),
    ]
    body = "|".join(f"(?P<{name}>{pattern})" for name, pattern in expressions)
    return {
        "date": re.compile(rf"(?<![\w-]){lead}(?:{body})", re.IGNORECASE),
        "year_context": re.compile(r"(?:\b(?:in|since|by|until|of|from|during|early|late|mid|before|after|through|the|year|fiscal|between|and|to)\s+|[-–]\s*)$", re.IGNORECASE),
    }


def _month(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


def _past_year(published: dt.date, month: int, day: int = 1) -> int:
    """The year of the most recent (month, day) on or before publication."""
    return published.year if (month, day) <= (published.month, published.day) else published.year - 1


def _resolve(match: re.Match, published: dt.date | None) -> tuple[str | None, str | None, str | None]:
    """(resolved ISO string, precision, note) for one match."""
    g = match.groupdict()
    if g["mdy"] or g["dmy"]:
        month = _month(g["m1"] or g["m2"])
        day = int(g["d1"] or g["d2"])
        year = g["y1"] or g["y2"]
        if year is None:
            if published is None:
                return None, "day", NO_PUBLICATION
            year = _past_year(published, month, day)
        try:
            return dt.date(int(year), month, day).isoformat(), "day", None
        except ValueError:
            return None, "day", "not a real date"
    if g["my"]:
        month = _month(g["m3"])
        if g["y3"]:
            return f"{int(g['y3']):04d}-{month:02d}", "month", None
        if published is None:
            return None, "month", NO_PUBLICATION
        return f"{_past_year(published, month):04d}-{month:02d}", "month", None
    if g["year"]:
        return g["y4"], "year", None
    if g["undatable"]:
        return None, None, UNDATABLE
    if published is None:
        return None, None, NO_PUBLICATION
    if g["ago"]:
        n = g["n"].lower()
        count = int(n) if n.isdigit() else _NUMBER_WORDS.get(n)
        unit = g["unit"].lower()
        if count is None:
            return None, None, UNDATABLE
        return _shift(published, unit, -count)
    if g["weekday"]:
        weekday = _WEEKDAYS[g["wd"].lower()]
        rel = (g["rel"] or "").lower()
        if rel == "next":
            delta = (weekday - published.weekday()) % 7 or 7
            return (published + dt.timedelta(days=delta)).isoformat(), "day", None
        delta = (published.weekday() - weekday) % 7
        if rel == "last" and delta == 0:
            delta = 7
        return (published - dt.timedelta(days=delta)).isoformat(), "day", None
    if g["relative"]:
        unit, offset = lexicon()["relative_dates"][re.sub(r"\s+", " ", g["phrase"].lower())]
        return _shift(published, unit, offset)
    return None, None, UNDATABLE


def _shift(published: dt.date, unit: str, offset: int) -> tuple[str, str, None]:
    if unit == "day":
        return (published + dt.timedelta(days=offset)).isoformat(), "day", None
    if unit == "week":
        monday = published + relativedelta(weekday=MO(-1)) + dt.timedelta(weeks=offset)
        return monday.isoformat(), "week", None
    if unit == "month":
        first = published.replace(day=1) + relativedelta(months=offset)
        return f"{first.year:04d}-{first.month:02d}", "month", None
    return f"{published.year + offset:04d}", "year", None


def _is_date_context(text: str, match: re.Match, sentence_start: int) -> bool:
    """Reject matches that are not dates: "May" the verb, a bare number, a figure."""
    g = match.groupdict()
    if g["my"] and not g["y3"]:
        word = g["m3"]
        has_lead = bool(g["qual"]) or match.group(0)[: match.start("m3") - match.start()].strip() != ""
        if word.lower() in ("may", "march") and not has_lead:
            return False
        if not word[0].isupper():
            return False
        if word.endswith(".") is False and len(word) <= 4 and word.lower() not in ("may", "june", "july") and not has_lead:
            return False  # "Jan" alone is a name more often than a month
    if g["year"]:
        before = text[max(sentence_start, match.start("y4") - 25):match.start("y4")]
        has_lead = bool(g["qual"]) or match.start("y4") > match.start()
        if not has_lead and not _patterns()["year_context"].search(before):
            return False
    if g["weekday"] and not g["wd"][0].isupper():
        return False
    if g["undatable"] and g["und"].lower() in ("earlier", "later") and (
            re.match(r"\s+(?:than|this|in|on|that)\b", text[match.end():match.end() + 6])
            or re.search(r"\b(?:a|an|the|its|their|his|her|our|this|that)\s+$", text[max(sentence_start, match.start() - 8):match.start()],
                         re.IGNORECASE)
            or re.search(r"\b(?:from|than|on)\s+a\s+(?:year|month|quarter|week)\s+$", text[max(sentence_start, match.start() - 20):match.start()],
                         re.IGNORECASE)):
        return False  # "earlier than", "an earlier forecast", "up 2% from a year earlier"
    return True


def _event(text: str, sentence: dict, start: int, end: int) -> str:
    """A short description of what the date dates: its clause, without the date words."""
    s, e = sentence["start"], sentence["end"]
    clauses = [(m.start(), m.end()) for m in re.finditer(r"[^,;:]+", text[s:e])]
    clause = next((text[s + a:s + b] for a, b in clauses if s + a <= start < s + b + 1), text[s:e])
    clause = clause.replace(text[start:end], " ").strip(" .,;:“”\"")
    clause = re.sub(r"\s+", " ", clause)
    clause = re.sub(r"^(?:and|but|when|while|after|as|which|that|following)\s+", "", clause, flags=re.IGNORECASE)
    if len(clause.split()) < 4:
        clause = re.sub(r"\s+", " ", text[s:e].replace(text[start:end], " ")).strip(" .")
    if len(clause) > 110:
        clause = clause[:107].rsplit(" ", 1)[0] + "…"
    return clause[:1].upper() + clause[1:]


def extract_dates(text: str, sentences: list[dict], published: dt.date | None) -> list[dict]:
    """Rows of the dates table."""
    rows = []
    qualifiers = lexicon()["date_qualifiers"]
    for sentence in sentences:
        for match in _patterns()["date"].finditer(text, sentence["start"], sentence["end"]):
            if not _is_date_context(text, match, sentence["start"]):
                continue
            start, end = match.start(), match.end()
            while end > start and text[end - 1] in " ,":
                end -= 1
            resolved, precision, note = _resolve(match, published)
            qual = match.group("qual")
            qualifier = qualifiers.get(re.sub(r"\s+", " ", qual.lower())) if qual else None
            rows.append({
                "sentence_id": sentence["id"], "start": start, "end": end, "mention": text[start:end],
                "resolved": resolved, "precision": precision, "qualifier": qualifier,
                "event": _event(text, sentence, start, end), "note": note,
            })
    return rows

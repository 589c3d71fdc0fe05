"""Timeline and places across articles.

- **Events.** Every resolved date of the compared articles, grouped by its resolved value
  and precision; within one date, two mentions are one event when the words of their
  events are at least ``EVENT_SIMILARITY`` similar (rapidfuzz ``token_set_ratio``) — a
  mention is compared only with the first mention of each event of its date, at most
  ``EVENT_LIMIT`` of them.  Each event lists the articles that date it.
- **Places.** Every place mention grouped by its canonical name and country, with how
  many articles mention it.
"""

from __future__ import annotations

import pandas as pd
from rapidfuzz import fuzz

from .figures import _row
from .inputs import records, typed
from .text import fold_text

EVENT_SIMILARITY = 70
EVENT_LIMIT = 25

TIMELINE_COLUMNS = {
    "event": "Int64",
    "date": "string",          # resolved: YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD
    "precision": "string",
    "qualifier": "string",     # e.g. "no later than", from the first mention
    "what": "string",          # the first mention's event words
    "mentions": "Int64",
    "articles": "Int64",
    "article_list": "string",  # "; "-separated, story order
    "first_article": "string",
}
PLACE_COLUMNS = {
    "place": "string", "country": "string", "kind": "string", "lat": "Float64", "lon": "Float64",
    "mentions": "Int64",
    "articles": "Int64",
    "article_list": "string",
    "first_article": "string",
}


def timeline_frame(articles) -> tuple[pd.DataFrame, int]:
    """(one row per event, sorted by date; columns :data:`TIMELINE_COLUMNS`), and the
    number of pairs compared."""
    buckets: dict[tuple[str, str], list[list[dict]]] = {}
    compared = 0
    for order, article in enumerate(articles, start=1):
        if not article.compared:
            continue
        for record in records(article.tables.dates):
            d = _row(record)
            if not d.get("resolved"):
                continue
            d["_article"], d["_order"], d["_what"] = article.name, order, fold_text(d.get("event") or "")
            events = buckets.setdefault((d["resolved"], d.get("precision") or ""), [])
            for event in events[:EVENT_LIMIT]:
                compared += 1
                if fuzz.token_set_ratio(event[0]["_what"], d["_what"]) >= EVENT_SIMILARITY:
                    event.append(d)
                    break
            else:
                events.append([d])
    rows = []
    for (resolved, precision), events in buckets.items():
        for members in events:
            first = members[0]
            articles_in = list(dict.fromkeys(m["_article"] for m in members))
            rows.append({"date": resolved, "precision": precision or None, "qualifier": first.get("qualifier"),
                         "what": first.get("event"), "mentions": len(members), "articles": len(articles_in),
                         "article_list": "; ".join(articles_in), "first_article": first["_article"],
                         "_key": (resolved, first["_order"], first["sentence_id"])})
    rows.sort(key=lambda r: r.pop("_key"))
    for i, r in enumerate(rows):
        r["event"] = i
    return typed(rows, TIMELINE_COLUMNS), compared


def places_frame(articles) -> pd.DataFrame:
    """One row per place, the most mentioned first (columns: :data:`PLACE_COLUMNS`)."""
    found: dict[tuple[str, str], dict] = {}
    for article in articles:
        if not article.compared:
            continue
        for record in records(article.tables.places):
            p = _row(record)
            name = p.get("canonical") or p.get("mention")
            key = (name, p.get("country") or "")
            row = found.setdefault(key, {"place": name, "country": p.get("country"), "kind": p.get("kind"),
                                         "lat": p.get("lat"), "lon": p.get("lon"), "mentions": 0, "_articles": {}})
            row["mentions"] += 1
            row["_articles"].setdefault(article.name, None)
    rows = []
    for row in found.values():
        names = list(row.pop("_articles"))
        rows.append({**row, "articles": len(names), "article_list": "; ".join(names), "first_article": names[0]})
    rows.sort(key=lambda r: (-r["articles"], -r["mentions"], r["place"]))
    return typed(rows, PLACE_COLUMNS)

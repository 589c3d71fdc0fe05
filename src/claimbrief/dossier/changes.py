"""What changed: for each article after the first, what it adds to those before it.

In story order, an article adds:

- a **new claim**: a claim group whose first report it is;
- a **new figure**: a figure group no earlier article gave a value of;
- a **changed figure**: a value of a figure group that is not the same number
  (:func:`claimbrief.dossier.figures.same_number`) as the latest value the earlier
  articles gave, shown with that value and its source;
- a **new source**: a source no earlier article quoted.
"""

from __future__ import annotations

import pandas as pd

from .figures import _row, _when, same_number
from .inputs import records, typed

CHANGE_COLUMNS = {
    "article": "string",
    "order": "Int64",          # the article's place in story order (2, 3, ...)
    "change": "string",        # new claim, new figure, changed figure, new source
    "what": "string",          # one line a reader can take in
    "claim": "Int64",          # the claim group (new claim)
    "group": "Int64",          # the figure group (new / changed figure)
    "source": "string",        # the source (new source, or who gives the figure)
}
_RANK = {"new claim": 0, "changed figure": 1, "new figure": 2, "new source": 3}


def changes_frame(articles, statements: pd.DataFrame, groups: pd.DataFrame, figures: pd.DataFrame,
                  sources: pd.DataFrame) -> pd.DataFrame:
    """One row per thing an article adds to the ones before it (columns: :data:`CHANGE_COLUMNS`)."""
    orders = {a.name: i for i, a in enumerate(articles, start=1) if a.compared}
    first_order = min(orders.values(), default=0)
    rows = []
    for g in records(groups):
        order = orders.get(g["first_article"])
        if order and order > first_order:
            rows.append({"article": g["first_article"], "order": order, "change": "new claim",
                         "what": f"{g['first_source']}: {g['text']}", "claim": g["claim"], "source": g["first_source"]})
    by_group: dict[int, list[dict]] = {}
    for r in records(figures):
        by_group.setdefault(int(r["group"]), []).append(_row(r))
    for group, members in by_group.items():
        members.sort(key=lambda r: (r["order"], r["sentence_id"], r["start"]))
        seen: list[dict] = []
        for article, order in sorted({(m["article"], m["order"]) for m in members}, key=lambda x: x[1]):
            own = [m for m in members if m["article"] == article]
            if order > first_order:
                if not seen:
                    m = own[0]
                    rows.append({"article": article, "order": order, "change": "new figure",
                                 "what": f"{m['measure']}: {m['number']} ({m['source']})", "group": group,
                                 "source": m["source"]})
                else:
                    latest = max(seen, key=_when)
                    for m in own:
                        if not same_number(latest, m):
                            rows.append({"article": article, "order": order, "change": "changed figure",
                                         "what": f"{m['measure']}: {latest['number']} ({latest['source']}, "
                                                 f"{latest['article']}) → {m['number']} ({m['source']})",
                                         "group": group, "source": m["source"]})
                            break
            seen += own
    for s in records(sources):
        order = orders.get(s["first_article"])
        if order and order > first_order:
            rows.append({"article": s["first_article"], "order": order, "change": "new source",
                         "what": s["source"], "source": s["source"]})
    rows.sort(key=lambda r: (r["order"], _RANK[r["change"]]))
    return typed(rows, CHANGE_COLUMNS)

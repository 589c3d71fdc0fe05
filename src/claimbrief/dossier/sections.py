"""The dossier's sections: pure functions from the comparison's tables to narrative and
HTML fragments, as :mod:`claimbrief.sections` is for one briefing.  The dossier's
notebooks call these and display the result; nothing here reads or writes files except
:func:`load_dossier`, the edge the notebooks start from.

Every piece of article text is escaped (``html.escape``) before it becomes HTML.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .. import __version__
from ..sections import html_table
from .compare import Dossier

esc = html.escape
#: "What changed" names at most this many changed figures and new sources per article (the rest are counted).
SHOWN = 3
#: "What changed" covers at most this many articles, the latest (the rest are in data/changes.csv)
CHANGED_ARTICLES = 8
#: a table of the report shows at most this many rows (its first, in the table's order);
#: the rest are in the report's data/*.csv, which a sentence under the table names.  A
#: dossier of a thousand articles has tens of thousands of claims: all of them would make
#: a PDF of thousands of pages that no reader pages through, and take minutes to lay out;
#: twenty rows of each keep a dossier of twenty articles near a briefing's length, so a
#: rebuild after one article changed lays out no more pages than one article's briefing.
MAX_ROWS = 20


@dataclass
class DossierContext:
    """What every dossier notebook works from: the comparison and where charts go."""

    name: str
    title: str
    dossier: Dossier  # or a DossierTables: each table read from the build's CSV when first used
    inputs: pd.DataFrame | None  # None: read from the build's CSV when the appendix needs it
    figures_dir: Path
    parameters: dict


def load_dossier(articles=None, name: str | None = None, data_dir=None, figures_dir=None,
                 title: str | None = None) -> DossierContext:
    """The comparison: read from ``data_dir`` when the build wrote it there, else made now
    from ``articles`` (default: :func:`claimbrief.paths.default_dossier_articles`), so a
    notebook runs in JupyterLab with no build first."""
    from .. import paths
    from .tables import DossierTables, has_dossier, inputs_frame

    if has_dossier(data_dir):
        dossier, inputs = DossierTables(Path(data_dir)), None
    else:
        from ..register import read_register
        from .compare import compare
        from .inputs import read_articles

        chosen = [Path(a) for a in articles] if articles else paths.default_dossier_articles()
        chosen = [a if a.is_absolute() or a.exists() else paths.project_root() / a for a in chosen]
        register = read_register()
        read = read_articles(chosen, register)
        dossier = compare(read, register)
        inputs = inputs_frame([{"article": a.name, "file": None, "text_sha256": a.sha256} for a in read])
    name = name or "dossier"
    folder = Path(figures_dir) if figures_dir else paths.dossier_figures_dir(name)
    params = {"articles": [str(a) for a in articles] if articles else None, "name": name,
              "data_dir": str(data_dir) if data_dir else None, "figures_dir": str(folder), "title": title}
    return DossierContext(name=name, title=title or f"Dossier: {name}", dossier=dossier, inputs=inputs,
                          figures_dir=folder, parameters=params)


# ---------------------------------------------------------------------------- helpers

def ledger_html(frame: pd.DataFrame, csv: str, caption: str | None = None, limit: int | None = None) -> str:
    """``frame`` as a ledger table, cut to its first ``limit`` rows (default
    :data:`MAX_ROWS`) with a sentence saying how many are shown and that every row is in
    ``data/<csv>``; a table that fits is shown whole, with no sentence."""
    limit = MAX_ROWS if limit is None else limit
    if len(frame) <= limit:
        return html_table(frame, "ledger", caption=caption)
    return (html_table(frame.head(limit), "ledger", caption=caption)
            + f'<p class="table-note">The first {limit:,} rows of {len(frame):,} are shown; every row is in '
              f"data/{esc(csv)} (attached to the PDF).</p>")


def _na(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _t(value, default: str = "") -> str:
    return default if _na(value) else str(value)


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _outlets(ctx: DossierContext) -> dict[str, str]:
    """Article name -> "Outlet, date" (how a reader tells the articles apart), made once
    per context: every row of every table asks for it."""
    if "_outlets" not in ctx.__dict__:
        ctx.__dict__["_outlets"] = {r.article: f"{_t(r.outlet, r.article)}, {_t(r.published, 'undated')}"
                                    for r in ctx.dossier.articles.itertuples()}
    return ctx.__dict__["_outlets"]


#: a table cell names at most this many articles (the first, in story order) and counts the rest
CELL_ARTICLES = 5


def _labels(ctx: DossierContext, names) -> str:
    """"Orbis, 2025-03-05; ..." for a "; "-separated list of article names, the first
    :data:`CELL_ARTICLES` of them and "and N more" (a claim carried by hundreds of
    articles would otherwise fill a page with one cell)."""
    known = _outlets(ctx)
    listed = [known.get(n.strip(), n.strip()) for n in _t(names).split(";") if n.strip()]
    if len(listed) > CELL_ARTICLES:
        return "; ".join(listed[:CELL_ARTICLES]) + f" and {len(listed) - CELL_ARTICLES} more"
    return "; ".join(listed)


def _article_count(names) -> int:
    return len([n for n in _t(names).split(";") if n.strip()])


def chart_html(chart, folder, stem: str) -> str:
    """The ``<figure>`` of a dossier chart, its drawings also written to ``folder`` as
    ``<stem>.svg`` and ``<stem>-narrow.svg``.  Each drawing is rendered once, and as SVG
    only: :func:`claimbrief.charts.save_chart` then :func:`~claimbrief.charts.chart_html`
    would render each twice and a PNG besides, which for a dossier's large charts is most
    of a section's time and is paid again whenever an article changes.  A PNG of the
    same stem left by an older build is removed, so the folder never holds a stale one."""
    from ..charts import svg_bytes
    from ..components import chart_figure_html

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    drawings = {stem: svg_bytes(chart)}
    if chart.narrow is not None:
        drawings[f"{stem}-narrow"] = svg_bytes(chart.narrow)
    for name, svg in drawings.items():
        (folder / f"{name}.svg").write_bytes(svg)
        (folder / f"{name}.png").unlink(missing_ok=True)
    return chart_figure_html(drawings[stem], chart.alt, narrow=drawings.get(f"{stem}-narrow"), title=chart.title,
                             subtitle=chart.subtitle, source=chart.source)


def _chart_key(draw, args: tuple, kwargs: dict) -> str:
    """What a chart is drawn from: the drawing function, its arguments (a DataFrame by its
    columns, dtypes and cells), the package and its locked libraries, and the house style."""
    import hashlib
    import json

    from ..build import package_fingerprint

    digest = hashlib.sha256(f"{draw.__module__}.{draw.__qualname__}\0{package_fingerprint()}".encode())
    for value in (*args, *sorted(kwargs.items())):
        if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str):
            digest.update(value[0].encode() + b"=")
            value = value[1]
        if isinstance(value, pd.DataFrame):
            digest.update(json.dumps([list(map(str, value.columns)), list(map(str, value.dtypes))]).encode())
            digest.update(pd.util.hash_pandas_object(value, index=False).to_numpy().tobytes())
        else:
            digest.update(repr(value).encode())
        digest.update(b"\0")
    return digest.hexdigest()


def cached_chart_html(folder, stem: str, draw, *args, **kwargs) -> str:
    """The ``<figure>`` of ``draw(*args, **kwargs)`` (see :func:`chart_html`), kept in
    ``folder`` as ``<stem>.figure.html`` beside its key: when the chart's inputs are those
    of the last run (:func:`_chart_key`), the kept figure is used and nothing is drawn.

    A dossier draws a few of its many rows (the most-named places, the events dated by
    the most articles...), so an article that changes the tables often leaves a chart
    as it was; drawing it again (the text of a chart is most of a section's time) would
    give the same bytes."""
    folder = Path(folder)
    key = _chart_key(draw, args, kwargs)
    kept, key_file = folder / f"{stem}.figure.html", folder / f"{stem}.figure.key"
    try:
        if key_file.read_text(encoding="ascii").strip() == key and (folder / f"{stem}.svg").is_file():
            return kept.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        pass
    figure = chart_html(draw(*args, **kwargs), folder, stem)
    key_file.unlink(missing_ok=True)  # the key last: an interrupted run leaves no key for a figure it did not write
    kept.write_text(figure, encoding="utf-8")
    key_file.write_text(key + "\n", encoding="ascii")
    return figure


# ---------------------------------------------------------------------------- top of the dossier

def notes_html(ctx: DossierContext) -> str:
    """The sentences a reader must see first (one article only, undated articles,
    articles not compared, reprints), as a note box; nothing when there are none."""
    if not ctx.dossier.notes:
        return ""
    items = "".join(f"<li>{esc(n)}</li>" for n in ctx.dossier.notes)
    return f'<aside class="source-box" aria-label="Notes on the articles"><ul>{items}</ul></aside>'


def bottom_line(ctx: DossierContext) -> list[str]:
    """Two to four sentences from the comparison: what the articles are, how many
    independent sources, the figures in conflict, the claims corroborated or contradicted."""
    d = ctx.dossier
    arts = d.articles
    compared = arts[arts["compared"].fillna(False).astype(bool)]
    dates = sorted(p for p in arts["published"].dropna())
    span = f" published between {dates[0]} and {dates[-1]}" if len(dates) > 1 else \
        (f" published on {dates[0]}" if dates else "")
    outlets = arts["outlet"].fillna(arts["article"]).nunique()
    out = [f"{_plural(len(arts), 'article')} from {_plural(outlets, 'outlet')}{span}; "
           f"{len(compared)} compared."]
    named = d.sources[d.sources["named"].fillna(False).astype(bool)] if len(d.sources) else d.sources
    if len(named):
        carried = named[named["outlets"].fillna("").map(lambda s: len([x for x in s.split(";") if x.strip()])) > 1]
        out.append(f"They quote {_plural(len(named), 'independent named source')}"
                   + (f"; {_plural(len(carried), 'source')} reach{'es' if len(carried) == 1 else ''} readers through "
                      "more than one outlet and count once" if len(carried) else "") + ".")
    conflicted = d.figure_groups[d.figure_groups["conflicts"].fillna(0) > 0] if len(d.figure_groups) else []
    if len(conflicted):
        parts = [f"{r.measure} ({r.conservative_number} to {_highest(d, r.group)})" for r in conflicted.itertuples()]
        out.append(f"Sources disagree on {_plural(len(conflicted), 'measure')}: " + "; ".join(parts[:4]) + ".")
    claims = d.claims
    if len(claims):
        corroborated = int(claims["corroborated"].fillna(False).astype(bool).sum())
        contradicted = int(claims["contradicted"].fillna(False).astype(bool).sum())
        out.append(f"{_plural(corroborated, 'claim')} {'is' if corroborated == 1 else 'are'} corroborated by "
                   f"independent sources and {_plural(contradicted, 'claim')} contradicted, of "
                   f"{_plural(len(claims), 'claim')} across the articles.")
    return out


def _highest(d: Dossier, group: int) -> str:
    rows = d.figures[d.figures["group"] == group]
    if not len(rows):
        return "?"
    top = rows.loc[rows["value"].astype(float).idxmax()]
    return _t(top["number"])


def bottom_line_html(ctx: DossierContext) -> str:
    return '<div class="bluf">' + "".join(f"<p>{esc(s)}</p>" for s in bottom_line(ctx)) + "</div>"


def changes_html(ctx: DossierContext) -> str:
    """The "what changed" box: for each article after the first, in story order, the
    figures it changes, the sources it adds and its new claims (the first few, counted)."""
    d = ctx.dossier
    if len(d.articles) < 2:
        return ('<aside class="bluf what-changed" aria-labelledby="what-changed-title"><p class="box-title" '
                'id="what-changed-title"><strong>Article by article</strong></p><p>One article only: nothing to compare it with yet.</p>'
                "</aside>")
    labels = _outlets(ctx)
    items = []
    later = list(d.articles["article"])[1:]
    earlier = later[:-CHANGED_ARTICLES]
    by_article = dict(tuple(d.changes.groupby("article", sort=False))) if len(d.changes) else {}
    for article in later[len(earlier):]:
        rows = by_article.get(article, d.changes.iloc[0:0])
        label = labels.get(article, article)
        if not len(rows):
            items.append(f"<li><strong>{esc(label)}</strong>: adds nothing new.</li>")
            continue
        parts = []
        figures = rows[rows["change"] == "changed figure"]["what"].tolist()
        if figures:
            parts.append("changes " + "; ".join(esc(f) for f in figures[:SHOWN])
                         + (f" and {len(figures) - SHOWN} more" if len(figures) > SHOWN else ""))
        sources = rows[rows["change"] == "new source"]["what"].tolist()
        if sources:
            parts.append("quotes " + ", ".join(esc(s) for s in sources[:SHOWN])
                         + (f" and {len(sources) - SHOWN} more" if len(sources) > SHOWN else "") + " for the first time")
        new_figures = int((rows["change"] == "new figure").sum())
        claims = rows[rows["change"] == "new claim"]["what"].tolist()
        counted = [_plural(n, w) for n, w in ((len(claims), "new claim"), (new_figures, "new figure")) if n]
        if counted:
            parts.append(" and ".join(counted) + (f", first: “{esc(claims[0])}”" if claims else ""))
        # one line for each kind of change, so a reader can scan the figures, sources and claims
        items.append(f"<li><strong>{esc(label)}</strong> ({esc(article)})<ul>"
                     + "".join(f"<li>{p[:1].upper()}{p[1:]}</li>" for p in parts) + "</ul></li>")
    title = "Article by article"  # under the section's own "What changed" heading
    note = ""
    if earlier:
        title = f"The latest {len(items)} articles"
        note = (f'<p class="table-note">What the {len(earlier):,} articles before them added, from the second on, '
                "is in data/changes.csv (attached to the PDF).</p>")
    # A box that the house style keeps on one page (.bluf, break-inside: avoid), but this one
    # can run longer than a page: kept whole, it left a page empty before it in the PDF.
    return ('<aside class="bluf what-changed" style="break-inside: auto" aria-labelledby="what-changed-title">'
            f'<p class="box-title" id="what-changed-title"><strong>{title}</strong></p>'
            # numbered as the articles are (the first is 1); the counter too, as WeasyPrint ignores start
            f'<ol start="{len(earlier) + 2}" style="counter-reset: list-item {len(earlier) + 1}">{"".join(items)}</ol>'
            f'{note}</aside>')


# ---------------------------------------------------------------------------- sources

def articles_frame(ctx: DossierContext) -> pd.DataFrame:
    """Every article: order, outlet, date, grade, language, what a reader must know."""
    rows = []
    for r in ctx.dossier.articles.itertuples():
        rows.append({"#": int(r.order), "Article": _t(r.title), "Outlet": _t(r.outlet, "—"),
                     "Published": _t(r.published, "undated"), "Grade": _t(r.grade),
                     "Language": _t(r.language), "File": _t(r.article),
                     "Note": " ".join(x for x in (_t(r.note), f"Reprints {r.reprint_of}." if not _na(r.reprint_of)
                                                  else "") if x) or "—"})
    return pd.DataFrame(rows)


def sources_frame(ctx: DossierContext) -> pd.DataFrame:
    """Every source (named first), with its grade, its claims and the outlets that carry it."""
    rows = []
    src = ctx.dossier.sources
    for r in src.sort_values(["named", "claims"], ascending=[False, False], kind="stable").itertuples():
        rows.append({"Source": _t(r.source), "Reliability": _t(r.reliability, "F"),
                     "Claims": int(r.claims), "Corroborated": int(r.corroborated),
                     "Outlets": _t(r.outlets, "—").replace(";", ","), "Via": _t(r.vias, "—"),
                     "First report": _labels(ctx, r.first_article)})
    return pd.DataFrame(rows)


def claims_by_source_frame(ctx: DossierContext) -> pd.DataFrame:
    """Every claimant with their claims across the articles: one row per source and claim,
    with the certainty it was stated with and the articles that carry it."""
    st = ctx.dossier.statements
    if not len(st):
        return pd.DataFrame(columns=["Source", "Claim", "Certainty", "Articles"])
    from .inputs import records

    grades = dict(zip(ctx.dossier.claims["claim"].tolist(), ctx.dossier.claims["grade"].tolist()))
    order = {s: i for i, s in enumerate(ctx.dossier.sources["source"])}
    # grouped over plain records, not DataFrame.groupby: a thousand articles make tens of
    # thousands of (source, claim) groups, and pandas spends milliseconds on each
    by_pair: dict[tuple, list[dict]] = {}
    for r in records(st[["source", "claim", "order", "sentence_id", "text", "certainty", "article"]]):
        if r["source"] is not None and r["claim"] is not None:
            by_pair.setdefault((r["source"], r["claim"]), []).append(r)
    rows = []
    for (source, claim), own in by_pair.items():
        rows.append({"_o": (order.get(source, 10 ** 6), min(int(r["order"]) for r in own),
                            min(int(r["sentence_id"]) for r in own)),
                     "Source": source, "Claim": _t(own[0]["text"]),
                     "Certainty": ", ".join(dict.fromkeys(r["certainty"] for r in own if r["certainty"] is not None)),
                     "Credibility": _t(grades[claim]) if claim in grades else "",
                     "Articles": _labels(ctx, "; ".join(dict.fromkeys(r["article"] for r in own)))})
    rows.sort(key=lambda r: r.pop("_o"))
    return pd.DataFrame(rows)


def relays_frame(ctx: DossierContext) -> pd.DataFrame:
    """The relay chain of each claim a named source makes that reaches readers through
    more than one outlet or through a conduit: source → conduit → outlets."""
    rel = ctx.dossier.relays
    named = set(ctx.dossier.sources.loc[ctx.dossier.sources["named"].fillna(False).astype(bool), "source"])
    rows = []
    claims = ctx.dossier.claims.set_index("claim")
    for (claim, source), own in rel[rel["source"].isin(named)].groupby(["claim", "source"], sort=False):
        outlets = list(dict.fromkeys(own["outlet"].dropna()))
        vias = list(dict.fromkeys(own["via"].dropna()))
        if len(outlets) < 2 and not vias:
            continue
        text = _t(claims.loc[claim, "text"]) if claim in claims.index else ""
        # (each counts as one source: the section says so once, not a column on every row)
        rows.append({"Claim": text, "Source": source, "Via": ", ".join(vias) or "—", "Outlets": ", ".join(outlets)})
    return pd.DataFrame(rows, columns=["Claim", "Source", "Via", "Outlets"])


# ---------------------------------------------------------------------------- figures

def shared_groups(ctx: DossierContext) -> pd.DataFrame:
    """The figure groups given by two or more articles, or in conflict, or revised."""
    g = ctx.dossier.figure_groups
    if not len(g):
        return g
    keep = (g["articles"].fillna(0) > 1) | (g["conflicts"].fillna(0) > 0) | (g["revisions"].fillna(0) > 0)
    return g[keep].reset_index(drop=True)


def figure_groups_frame(ctx: DossierContext) -> pd.DataFrame:
    """One row per measure given by two or more articles: its values in the order stated,
    the latest and the most conservative side by side, conflicts and revisions."""
    rows = []
    for r in shared_groups(ctx).itertuples():
        what = _t(r.measure) + (f" ({r.subject})" if not _na(r.subject) else "")
        rows.append({"Measure": what, "Latest": f"{_t(r.latest_number)} ({_t(r.latest_source)}, "
                                               f"{_t(r.latest_stated, 'undated')})",
                     "Most conservative": f"{_t(r.conservative_number)} ({_t(r.conservative_source)})",
                     "Conflicts": int(_t(r.conflicts, "0")), "Revisions": int(_t(r.revisions, "0")),
                     "Articles": int(r.articles), "Values as stated": _first_values(r.values)})
    return pd.DataFrame(rows, columns=["Measure", "Latest", "Most conservative", "Conflicts", "Revisions",
                                       "Articles", "Values as stated"])


#: a figure group's row names at most this many of its values (the first stated; the rest counted)
SHOWN_VALUES = 6


def _first_values(values) -> str:
    """The first :data:`SHOWN_VALUES` of a group's "; "-separated values, and how many more
    (data/figure_groups.csv has them all): a measure a hundred articles give is otherwise
    a cell pages long."""
    listed = [v for v in _t(values).split("; ") if v]
    if len(listed) <= SHOWN_VALUES:
        return "; ".join(listed)
    return "; ".join(listed[:SHOWN_VALUES]) + f"; and {len(listed) - SHOWN_VALUES} more"


def single_groups_sentence(ctx: DossierContext) -> str:
    g = ctx.dossier.figure_groups
    rest = len(g) - len(shared_groups(ctx))
    if rest <= 0:
        return ""
    return (f"{_plural(rest, 'other measure')} {'is' if rest == 1 else 'are'} given by one article only, without "
            "conflict or revision (listed in data/figure_groups.csv).")


def conflicts_frame(ctx: DossierContext) -> pd.DataFrame:
    """Every conflict with both sources: who says what, where and when."""
    rows = []
    labels = _outlets(ctx)
    for r in ctx.dossier.conflicts.itertuples():
        rows.append({"Measure": _t(r.measure),
                     "One source says": f"{_t(r.a_number)} — {_t(r.a_source)} ({labels.get(r.a_article, r.a_article)}"
                                        f"; stated {_t(r.a_stated, 'undated')})",
                     "Another says": f"{_t(r.b_number)} — {_t(r.b_source)} ({labels.get(r.b_article, r.b_article)}"
                                     f"; stated {_t(r.b_stated, 'undated')})",
                     "Apart by": f"{float(r.difference):.0%}" if not _na(r.difference) else "—"})
    return pd.DataFrame(rows, columns=["Measure", "One source says", "Another says", "Apart by"])


def revisions_frame(ctx: DossierContext) -> pd.DataFrame:
    """Each source's own revisions of a measure, in the order stated."""
    rows = []
    for r in ctx.dossier.revisions.itertuples():
        rows.append({"Measure": _t(r.measure), "Source": _t(r.source), "Values": _t(r.numbers) or _t(r.values),
                     "Stated": _t(r.stated), "Articles": _labels(ctx, r.articles)})
    return pd.DataFrame(rows, columns=["Measure", "Source", "Values", "Stated", "Articles"])


# ---------------------------------------------------------------------------- claims

def claims_frame(ctx: DossierContext, everything: bool = False) -> pd.DataFrame:
    """Claims carried by two or more articles or sources, corroborated or contradicted
    (``everything``: every claim), with the first report and the computed credibility."""
    c = ctx.dossier.claims
    if not len(c):
        return pd.DataFrame(columns=["Claim", "First report", "Sources", "Articles", "Grade, and why"])
    if not everything:
        keep = (c["articles"].fillna(0) > 1) | (c["sources"].fillna(0) > 1) | c["contradicted"].fillna(False) \
            .astype(bool) | c["corroborated"].fillna(False).astype(bool)
        c = c[keep]
    rows = []
    for r in c.itertuples():
        status = "corroborated" if bool(r.corroborated) else "contradicted" if bool(r.contradicted) else \
            "relayed" if bool(r.relayed) else ""
        sources = _t(r.source_list, "—") + (f"; denied by {r.denier_list}" if not _na(r.denier_list) else "")
        # the grade, the status and the reason in one column: seven columns did not fit a page
        rows.append({"Claim": _t(r.text), "First report": f"{_t(r.first_source)} ({_labels(ctx, r.first_article)})",
                     "Sources": sources, "Articles": int(r.articles),
                     "Grade, and why": " ".join(x for x in (_t(r.grade), status) if x) + f" — {_t(r.basis)}"})
    return pd.DataFrame(rows)


def other_claims_sentence(ctx: DossierContext) -> str:
    rest = len(ctx.dossier.claims) - len(claims_frame(ctx))
    if rest <= 0:
        return ""
    return (f"{_plural(rest, 'other claim')} {'is' if rest == 1 else 'are'} carried by one article and one source "
            "only (listed in data/claims.csv, and under each source above).")


def contradictions_frame(ctx: DossierContext) -> pd.DataFrame:
    rows = []
    labels = _outlets(ctx)
    for r in ctx.dossier.contradictions.itertuples():
        rows.append({"Affirms": f"{_t(r.affirms_source)}: “{_t(r.affirms_text)}” ({labels.get(r.affirms_article, r.affirms_article)})",
                     "Denies": f"{_t(r.denies_source)}: “{_t(r.denies_text)}” ({labels.get(r.denies_article, r.denies_article)})",
                     "Found by": _t(r.rule)})
    return pd.DataFrame(rows, columns=["Affirms", "Denies", "Found by"])


def reprints_sentence(ctx: DossierContext) -> str:
    r = ctx.dossier.reprints
    if not len(r):
        return "No article reprints another."
    labels = _outlets(ctx)
    return " ".join(f"{labels.get(x.reprint, x.reprint)} reprints {labels.get(x.original, x.original)} "
                    f"({x.shared} of its {x.statements} statements are copies): its copies count once."
                    for x in r.itertuples())


# ---------------------------------------------------------------------------- timeline and places

#: the timeline chart draws at most this many events, those dated by the most articles (the table lists all)
TIMELINE_CHART_EVENTS = 20


def charted_events(ctx: DossierContext) -> pd.DataFrame:
    """The events the timeline chart draws, in date order: all of them, or when there are
    more than :data:`TIMELINE_CHART_EVENTS`, those dated by the most articles (on a tie,
    the earlier)."""
    events = ctx.dossier.timeline
    if len(events) <= TIMELINE_CHART_EVENTS:
        return events
    most = events.sort_values("articles", ascending=False, kind="stable").head(TIMELINE_CHART_EVENTS)
    return events.loc[sorted(most.index)]


def timeline_sentence(ctx: DossierContext) -> str:
    shown, every = len(charted_events(ctx)), len(ctx.dossier.timeline)
    if shown == every:
        return f"The chart draws every one of the {_plural(every, 'dated event')}; the table lists them with the articles that date them."
    return (f"The chart draws the {_plural(shown, 'event')} dated by the most articles; the table below lists the "
            f"first of all {every:,} dated events with the articles that date them, and data/timeline.csv every one.")


def timeline_dates(ctx: DossierContext) -> pd.DataFrame:
    """The charted events as a dates table for :func:`claimbrief.charts.timeline_chart`,
    each event with how many articles date it."""
    rows = []
    for r in charted_events(ctx).itertuples():
        rows.append({"mention": _t(r.date), "resolved": _t(r.date) or None, "precision": _t(r.precision) or None,
                     "qualifier": _t(r.qualifier) or None,
                     "event": f"{_t(r.what, '(no event words)')} — {_plural(int(r.articles), 'article')}"})
    return pd.DataFrame(rows, columns=["mention", "resolved", "precision", "qualifier", "event"])


def timeline_frame(ctx: DossierContext) -> pd.DataFrame:
    rows = [{"Date": (_t(r.qualifier) + " " if not _na(r.qualifier) else "") + _t(r.date), "Event": _t(r.what, "—"),
             "Articles": int(r.articles), "Dated by": _labels(ctx, r.article_list)}
            for r in ctx.dossier.timeline.itertuples()]
    return pd.DataFrame(rows, columns=["Date", "Event", "Articles", "Dated by"])


#: the map marks at most this many places, those named by the most articles (the table lists all)
MAP_PLACES = 20


def mapped_places(ctx: DossierContext) -> pd.DataFrame:
    """The places the map marks: the first :data:`MAP_PLACES` of the places table, which
    lists those named by the most articles first.  Beyond a few dozen, labels cover the
    map and each other, and drawing them takes minutes."""
    return ctx.dossier.places.head(MAP_PLACES)


def map_sentence(ctx: DossierContext) -> str:
    shown, every = len(mapped_places(ctx)), len(ctx.dossier.places)
    if shown == every:
        return ""
    return (f"The map marks the {shown} places named by the most articles; {every - shown:,} more are listed in "
            "the table below (its first rows) and in data/places.csv.")


def map_places(ctx: DossierContext) -> pd.DataFrame:
    """The mapped places (:func:`mapped_places`) as a places table for
    :func:`claimbrief.maps.locator_map`, each labelled with how many articles mention it
    ("Lusaka (3)")."""
    rows = []
    for i, r in enumerate(mapped_places(ctx).itertuples()):
        rows.append({"mention": f"{_t(r.place)} ({int(r.articles)})", "canonical": _t(r.place), "country": r.country,
                     "kind": r.kind, "lat": r.lat, "lon": r.lon, "start": i, "end": i})
    return pd.DataFrame(rows, columns=["mention", "canonical", "country", "kind", "lat", "lon", "start", "end"])


def places_frame(ctx: DossierContext) -> pd.DataFrame:
    rows = [{"Place": _t(r.place), "Country": _t(r.country, "—"), "Kind": _t(r.kind, "—"),
             "Articles": int(r.articles), "Mentions": int(r.mentions), "First named in": _labels(ctx, r.first_article)}
            for r in ctx.dossier.places.itertuples()]
    return pd.DataFrame(rows, columns=["Place", "Country", "Kind", "Articles", "Mentions", "First named in"])


# ---------------------------------------------------------------------------- appendix

#: the comparison's modules whose docstrings state its rules, in the order a reader meets them
RULE_MODULES = (("Sources", "sources"), ("Claims", "claims"), ("Figures", "figures"),
                ("Timeline and places", "timeline"), ("What changed", "changes"))


def _plain_rst(text: str) -> str:
    """A docstring as Markdown: Sphinx roles (:mod:`x`, :func:`~a.b`) become code, the
    ``literal`` double backticks single ones."""
    text = re.sub(r":\w+:`~?([^`]+)`", lambda m: f"`{m.group(1).split('.')[-1]}`", text)
    return text.replace("``", "`")


def rules_markdown() -> str:
    """The comparison's rules, as its modules state them (the appendix's text)."""
    import importlib
    import inspect

    parts = []
    for heading, module in RULE_MODULES:
        doc = inspect.getdoc(importlib.import_module(f"claimbrief.dossier.{module}")) or ""
        body = doc.split("\n\n", 1)[1] if "\n\n" in doc else doc
        parts.append(f"#### {heading}\n\n{_plain_rst(body)}")
    return "\n\n".join(parts)


def provenance_html(ctx: DossierContext) -> str:
    """The tool, the parameters and every input's hashes."""
    rows = [("Tool", f"claimbrief {__version__}"), ("Dossier", ctx.name),
            ("Pairs compared", str(ctx.dossier.comparisons))]
    for key in ("title", "data_dir", "figures_dir"):
        value = ctx.parameters.get(key)
        rows.append((f"Parameter {key}", Path(value).name if value and key != "title" else (value or "—")))
    body = "".join(f"<tr><th>{esc(k)}</th><td>{esc(str(v))}</td></tr>" for k, v in rows)
    inputs = (ctx.inputs if ctx.inputs is not None else ctx.dossier.inputs).copy()
    # The first 16 hex digits identify a file as surely as a reader needs, on one line each;
    # every hash in full is in data/inputs.csv.
    hashes = {"text_sha256": "text", "metadata_sha256": "metadata", "review_sha256": "review file and register"}
    for column in hashes:
        inputs[column] = inputs[column].map(lambda v: "—" if _na(v) else f"{str(v)[:HASH_SHOWN]}…")
    inputs = inputs.rename(columns={"article": "Article", "file": "File",
                                    **{c: f"SHA-256 of the {w}" for c, w in hashes.items()}})
    return (f'<table class="source">{body}</table>' + ledger_html(inputs, "inputs.csv")
            + f'<p class="table-note">Each hash is cut to its first {HASH_SHOWN} hex digits; data/inputs.csv has '
              "every one in full.</p>")


#: the appendix shows this many hex digits of each input's SHA-256 (data/inputs.csv has them whole)
HASH_SHOWN = 16

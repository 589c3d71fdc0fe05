"""The briefing's sections: pure functions from an article and its tables to narrative
and HTML fragments.  Notebooks call these and display the result; nothing here reads
or writes files except :func:`load_context`, the edge the notebooks start from.

Every piece of article text is escaped here (``html.escape``) before it becomes HTML,
so nothing an article contains can become an element or an attribute.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import __version__, measures
from .article import CREDIBILITY, RELIABILITY, Article, read_article
from .extract.sentences import dateline_end
from .language import ENGLISH, language_name, not_extracted_note
from .tables import CERTAINTIES, Tables

esc = html.escape

CERTAINTY_MEANINGS = {
    "confirmed": "the claimant confirms or acknowledges it",
    "stated": "the claimant asserts it directly (said, told, a quote), or the article says it in its own voice",
    "reported": "it reaches the article second-hand (according to, reportedly, reports indicate)",
    "hedged": "doubt is signalled (it appears, believes, estimates)",
    "predicted": "it is about the future (predicts, will, expects, plans)",
    "denied": "the claimant denies it, or says it has not happened",
}
CERTAINTY_VERBS = {"confirmed": "confirms", "stated": "states", "reported": "reports", "hedged": "suggests",
                   "predicted": "predicts", "denied": "denies"}
ARTICLE_VOICES = {"article", "unattributed reports"}


@dataclass
class Context:
    """What every notebook works from: the article and its six tables."""

    article: Article
    tables: Tables
    figures_dir: Path
    parameters: dict
    review: object = None  # review.Outcome: the analyst's decisions and the register's grades


def load_context(article: str | Path | None = None, published: str | None = None,
                 data_dir: str | Path | None = None, figures_dir: str | Path | None = None,
                 title: str | None = None, **parameters) -> Context:
    """Read the article; read its tables from ``data_dir`` when they are there, else extract
    them now (so a notebook runs in JupyterLab with no build first)."""
    from . import paths
    from .tables import ranges_once, read_tables

    path = Path(article) if article else paths.default_article()
    if not path.is_absolute() and not path.exists() and (paths.project_root() / path).exists():
        path = paths.project_root() / path  # "seeds/x.txt" from a notebook run in notebooks/
    art = read_article(path, published=published)
    if title:
        from dataclasses import replace

        art = replace(art, meta=replace(art.meta, title=str(title)))
    from . import review

    if data_dir and (Path(data_dir) / "sentences.csv").is_file():
        tables = read_tables(Path(data_dir))  # reviewed by the build
        outcome = review.read_outcome(Path(data_dir))
    else:
        from .extract import extract

        # the review file and the register applied here too, as the build applies them
        decisions, register = review.review_inputs(path)
        tables, outcome = review.apply_review(extract(art), art.text, decisions, register)
    folder = Path(figures_dir) if figures_dir else paths.figures_dir(art.name)
    params = {"article": str(path), "published": published, "data_dir": str(data_dir) if data_dir else None,
              "figures_dir": str(folder), "title": title, **parameters}
    return Context(article=art, tables=ranges_once(tables), figures_dir=folder, parameters=params, review=outcome)


# ---------------------------------------------------------------------------- helpers

def _na(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _text(value, default: str = "") -> str:
    return default if _na(value) else str(value)


def format_value(row) -> str:
    """A figure as a reader writes it: "≈4,500", "6", "4,000–4,500", "4.5%", "vague"."""
    if bool(row.get("vague")) or _na(row.get("value")):
        return "no number (vague)"
    def num(v: float) -> str:
        if float(v).is_integer():
            return f"{int(v):,}"
        return f"{v:,.2f}".rstrip("0").rstrip(".")
    if not _na(row.get("low")) and not _na(row.get("high")):
        body = f"{num(row['low'])}–{num(row['high'])}"
    else:
        body = num(row["value"])
    unit = _text(row.get("unit"))
    if unit == "percent":
        body += "%"
    elif unit in ("USD", "EUR", "GBP", "JPY") or (unit.isupper() and len(unit) == 3):
        body = f"{body} {unit}"
    return ("≈" if row.get("approximate") else "") + body


def claimant_label(name, role=None) -> str:
    name = _text(name, "—")
    if name == "article":
        return "the article (own voice)"
    if not _na(role) and role:
        return f"{name} ({role})"
    return name


def html_table(frame: pd.DataFrame, css_class: str = "data", caption: str | None = None) -> str:
    """An escaped HTML table with a header row (repeated on every PDF page)."""
    head = "".join(f"<th>{esc(str(c))}</th>" for c in frame.columns)
    body = []
    for _, row in frame.iterrows():
        cells = "".join(f"<td>{esc(_text(v))}</td>" for v in row)
        body.append(f"<tr>{cells}</tr>")
    cap = f"<caption>{esc(caption)}</caption>" if caption else ""
    return (f'<div class="table-wrap"><table class="{css_class}">{cap}<thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table></div>")


def _join(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# ---------------------------------------------------------------------------- analysis

def gaps(ctx: Context) -> list[str]:
    """What is not known: gap sentences, unnamed sources, missing provenance."""
    claims = ctx.tables.claims
    found = [f"“{_text(r.text).strip()}”" for r in claims.itertuples() if _text(r.kind) == "gap"]
    unnamed = claims[claims["claimant"] == "unattributed reports"]
    if len(unnamed):
        found.append(f"Who the unnamed sources are: {len(unnamed)} statement(s) rest on unattributed reports.")
    meta = ctx.article.meta
    if not meta.outlet:
        found.append("The outlet that published the article is not named.")
    if meta.published is None:
        found.append("The publication date is unknown, so relative dates cannot be resolved.")
    elif meta.published_basis and "earliest" in meta.published_basis.lower():
        found.append(f"The exact publication date: {meta.published.isoformat()} is the earliest possible date.")
    undated = ctx.tables.dates[ctx.tables.dates["resolved"].isna()]
    for row in undated.itertuples():
        found.append(f"When “{row.mention}” was: the text does not date it.")
    return found


def withheld(ctx: Context) -> list[str]:
    """Figures the article says were not given, as short labels ("the number of X: not disclosed")."""
    labels = []
    for row in ctx.tables.claims.itertuples():
        if _text(row.kind) != "gap":
            continue
        match = re.search(r"\b(?:the\s+)?(number|figure|count|toll|total|amount|size|scale|extent)\s+of\s+([^,.;]+)", _text(row.text), re.IGNORECASE)
        if match:
            labels.append(f"{match.group(1).lower()} of {match.group(2).strip()}: not disclosed")
    return labels


def inconsistencies(ctx: Context) -> list[str]:
    """Tensions inside the text an analyst should notice."""
    notes = []
    places, sentences = ctx.tables.places, ctx.tables.sentences
    blocks = dict(zip(sentences["id"], sentences["block"]))
    headline_places = places[places["sentence_id"].map(blocks) == "headline"]
    body_places = places[places["sentence_id"].map(blocks) == "body"]
    for row in headline_places.itertuples():
        others = body_places[(body_places["country"] != row.country)]
        if len(others):
            where = _join(sorted({f"“{m}”" for m in others["mention"]}))
            notes.append(f"The headline places events in “{row.mention}”; the body also places them in {where}.")
    caption_places = places[places["sentence_id"].map(blocks) == "caption"]
    for row in caption_places.itertuples():
        if row.canonical not in set(body_places["canonical"]):
            notes.append(f"The photo caption shows {row.canonical}, a place the body does not mention: "
                         "an illustration, not evidence.")
    for row in places[places["resolution"] == "fuzzy"].drop_duplicates("mention").itertuples():
        notes.append(f"“{row.mention}” is a misspelling of {row.canonical}.")
    for conflict in measures.inconsistencies(ctx.tables.figures, sentence_texts(ctx)):
        a, b = conflict["first"], conflict["second"]
        notes.append(f"Two values for “{conflict['measure']}”: {measures.number_text(a)} ({measures.who(a)}, "
                     f"sentence {int(a['sentence_id'])}) against {measures.number_text(b)} ({measures.who(b)}, "
                     f"sentence {int(b['sentence_id'])}).")
    return notes


def indicators(ctx: Context) -> list[dict]:
    """Forward-looking statements: what to watch."""
    rows = []
    for row in ctx.tables.claims.itertuples():
        if _text(row.certainty) == "predicted":
            rows.append({"claimant": claimant_label(row.claimant), "watch": _text(row.text).strip()})
    return rows


# ---------------------------------------------------------------------------- sections

def bottom_line(ctx: Context) -> list[str]:
    """Two to four sentences generated from the tables: who claims what, key figures, gaps."""
    claims = ctx.tables.claims
    worthy = claims[claims["kind"].isin(["claim", "headline", "gap"]) & claims["claimant"].notna()]
    sentences = []
    people = worthy[~worthy["claimant"].isin(ARTICLE_VOICES)]
    if len(people):
        counts = Counter(people["claimant"])
        top, n = counts.most_common(1)[0]
        role = people[people["claimant"] == top]["claimant_role"].dropna()
        spread = Counter(people[people["claimant"] == top]["certainty"].dropna())
        how = ", ".join(f"{spread[c]} {c}" for c in CERTAINTIES if spread.get(c))
        others = [c for c in counts if c != top]
        runner_up = counts.most_common(2)[1][1] if len(counts) > 1 else 0
        if n > runner_up:
            s = (f"{claimant_label(top, role.iloc[0] if len(role) else None)} is the main source: "
                 f"{n} of {len(worthy)} statements ({how})")
            if others:
                s += f"; {_join(others)} also {'speaks' if len(others) == 1 else 'speak'} on the record"
        else:
            named = [f"{c} ({k})" for c, k in counts.most_common(6)]
            more = len(counts) - len(named)
            s = (f"{len(counts)} named sources share {len(people)} of {len(worthy)} statements, none leading: "
                 f"{_join(named + ([f'{more} more'] if more > 0 else []))}")
        sentences.append(s + ".")
    else:
        sentences.append(f"The article makes {len(worthy)} statements without a named source.")
    key = measures.key_figures_sentence(ctx.tables.figures, _headline_ids(ctx), withheld(ctx))
    if key:
        sentences.append(key)
    unnamed = claims[(claims["claimant"] == "unattributed reports")]
    if len(unnamed):
        sentences.append(f"{len(unnamed)} statement{'s' if len(unnamed) > 1 else ''} rest{'s' if len(unnamed) == 1 else ''} on unnamed reports and cannot be traced to a source.")
    return sentences[:4]


def sentence_texts(ctx: Context) -> dict[int, str]:
    """Sentence id -> its text (the figures chart reads stated changes from it)."""
    sentences = ctx.tables.sentences
    return dict(zip(sentences["id"].astype(int), sentences["text"]))


def _headline_ids(ctx: Context) -> set[int]:
    sentences = ctx.tables.sentences
    return {int(i) for i in sentences[sentences["block"] == "headline"]["id"]}


def _attribution(row) -> str:
    """"per Jane Doe, stated" / "the article's own statement" for a figure row."""
    claimant, certainty = _text(row.get("claimant"), "article"), _text(row.get("certainty"))
    if claimant == "article":
        who = "the article's own statement"
    elif claimant == "unattributed reports":
        who = "per unnamed reports"
    else:
        who = f"per {claimant}"
    return f"{who}, {certainty}" if certainty else who


def _quotes_closed(text: str) -> str:
    """A sentence cut out of a quotation that runs on ('"We will rebuild every school.' before
    the next sentence closes it) with its quotation marks paired, so that a key point quoting
    it does not leave a quotation open (or close one it never opened)."""
    opened, closed = text.count("“"), text.count("”")
    if opened > closed:
        text += "”"
    elif closed > opened:
        text = "“" + text
    if text.count('"') % 2:
        # (straight marks: one that opens the sentence is left open, else one before it was)
        text = text + '"' if text.startswith('"') else '"' + text
    return text


def key_points(ctx: Context, limit: int = 5) -> list[str]:
    claims = ctx.tables.claims
    rows = claims[claims["kind"] == "claim"]
    points = []
    for r in rows.head(limit).itertuples():
        text = _text(r.text).strip()
        text = text[dateline_end(text):]  # ("LAGOS (Wire) - Gunmen killed …": the point, not its dateline)
        text = _quotes_closed(text)
        points.append(f"{text} — {claimant_label(r.claimant, r.claimant_role)}, {r.certainty}"
                      + (f", via {r.via}" if not _na(r.via) else ""))
    return points


def bottom_line_html(ctx: Context, key_point_count: int = 5) -> str:
    lead = " ".join(esc(s) for s in bottom_line(ctx))
    points = "".join(f"<li>{esc(p)}</li>" for p in key_points(ctx, key_point_count))
    graded = register_line(ctx)
    graded = f'<p class="register-note">{esc(graded)}</p>' if graded else ""
    return f'<p class="bluf">{lead}</p>{graded}<h3>Key points</h3><ul class="key-points">{points}</ul>'


def source_box_html(ctx: Context) -> str:
    meta, art = ctx.article.meta, ctx.article
    published = meta.published.isoformat() if meta.published else "unknown"
    if meta.published and meta.published_precision and meta.published_precision != "day":
        published += f" ({meta.published_precision})"
    rows = [
        ("Title", meta.title), ("Outlet", meta.outlet or "not named"), ("Published", published),
        ("URL", meta.url or "not known"), ("Author", meta.author or "not named"),
        ("SHA-256 of the text", art.sha256),
        ("Source grade", f"{meta.source_grade}: source {RELIABILITY[meta.source_reliability]}; "
                         f"information {CREDIBILITY[meta.information_credibility]}"),
    ]
    code, basis = art.language
    rows.append(("Language", f"{language_name(code)} ({'metadata' if basis == 'metadata' else 'identified from the text'})"))
    if meta.photo_credit:
        rows.append(("Photo credit", meta.photo_credit))
    body = "".join(f"<tr><th>{esc(k)}</th><td>{esc(str(v))}</td></tr>" for k, v in rows)
    note = (f'<p class="machine-note">Content machine-extracted by claimbrief {esc(__version__)}; '
            f"{esc(review_summary(ctx))} Reported information is kept apart from "
            "judgment: the Assessment section is the only place that interprets.</p>")
    if code != ENGLISH:
        note = f'<p class="machine-note not-extracted"><strong>{esc(not_extracted_note(code, basis))}</strong></p>' + note
    return f'<div class="source-box"><table class="source">{body}</table>{note}</div>'


def ledger_frame(ctx: Context, max_rows: int | None = None) -> pd.DataFrame:
    """The claims ledger: one row per sentence that asserts something."""
    t = ctx.tables
    rows = []
    corrected = _outcome(ctx).corrected_cells("claims")
    grades = source_grades(ctx)
    for c in t.claims.itertuples():
        if _text(c.kind) in ("caption", "definition", "furniture"):
            continue  # (a caption's credit line is furniture: it asserts nothing)
        sid = c.sentence_id
        figs = "; ".join(format_value(r) for _, r in t.figures[t.figures["sentence_id"] == sid].iterrows())
        dates = "; ".join(_text(r.resolved, r.mention) for r in t.dates[t.dates["sentence_id"] == sid].itertuples())
        places = "; ".join(sorted({_text(r.canonical) for r in t.places[t.places["sentence_id"] == sid].itertuples()}))
        fixed = corrected.get((int(sid),), set())
        rows.append({"#": int(sid), "Quote": _text(c.text).strip(),
                     "Claimant": _marked(claimant_label(c.claimant, c.claimant_role), fixed & {"claimant", "claimant_role"}),
                     "Via": _marked(_text(c.via), fixed & {"via"}), "Certainty": _marked(_text(c.certainty), fixed & {"certainty"}),
                     "Grade": grades.get(_text(c.claimant), "—" if _text(c.claimant) in ARTICLE_VOICES else "not graded"),
                     "Kind": _marked(_text(c.kind), fixed & {"kind"}),
                     "Figures": figs, "Dates": dates, "Places": places})
    frame = pd.DataFrame(rows, columns=["#", "Quote", "Claimant", "Via", "Certainty", "Grade", "Kind", "Figures", "Dates",
                                        "Places"])
    return frame.head(max_rows) if max_rows else frame


def figures_frame(ctx: Context) -> pd.DataFrame:
    rows = []
    for _, r in ctx.tables.figures.iterrows():
        rows.append({"Figure": format_value(r), "Measure": measures.measure_name(r), "Class": measures.figure_class(r),
                     "Subject": _text(r.get("subject")), "Mention": r["mention"], "Counts": _text(r["counts"]),
                     "Approximate": "yes" if r["approximate"] else "no", "Vague": "yes" if r["vague"] else "no",
                     "Stated by": claimant_label(r["claimant"]), "Certainty": _text(r["certainty"]),
                     "Sentence": int(r["sentence_id"])})
    for label in withheld(ctx):
        rows.append({"Figure": "not disclosed", "Measure": label.replace(": not disclosed", ""), "Class": "", "Subject": "",
                     "Mention": "", "Counts": label.replace(": not disclosed", ""),
                     "Approximate": "", "Vague": "", "Stated by": "withheld", "Certainty": "", "Sentence": ""})
    frame = pd.DataFrame(rows, columns=["Figure", "Measure", "Class", "Subject", "Mention", "Counts", "Approximate",
                                        "Vague", "Stated by", "Certainty", "Sentence"])
    return mark_corrected(frame, ctx, "figures")


def dates_frame(ctx: Context) -> pd.DataFrame:
    rows = []
    for r in ctx.tables.dates.itertuples():
        rows.append({"Mention": r.mention, "Resolved": _text(r.resolved, "undated"), "Precision": _text(r.precision),
                     "Qualifier": _text(r.qualifier), "Event": _text(r.event), "Note": _text(r.note),
                     "Sentence": int(r.sentence_id)})
    frame = pd.DataFrame(rows, columns=["Mention", "Resolved", "Precision", "Qualifier", "Event", "Note", "Sentence"])
    return mark_corrected(frame, ctx, "dates")


def places_frame(ctx: Context) -> pd.DataFrame:
    rows = []
    for r in ctx.tables.places.itertuples():
        rows.append({"Mention": r.mention, "Place": _text(r.canonical), "Country": _text(r.country), "Kind": _text(r.kind),
                     "Lat": "" if _na(r.lat) else f"{r.lat:.2f}", "Lon": "" if _na(r.lon) else f"{r.lon:.2f}",
                     "Resolved by": _text(r.resolution), "Sentence": int(r.sentence_id)})
    frame = pd.DataFrame(rows, columns=["Mention", "Place", "Country", "Kind", "Lat", "Lon", "Resolved by", "Sentence"])
    return mark_corrected(frame, ctx, "places")


def list_html(items: list[str], empty: str) -> str:
    if not items:
        return f"<p>{esc(empty)}</p>"
    return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"


def assessment_html(ctx: Context) -> str:
    parts = ['<p class="judgment-note">Assessment: analytic judgment, separate from the reported information above.</p>',
             "<h3>Information gaps</h3>", list_html(gaps(ctx), "The article names no gaps."),
             "<h3>Inconsistencies inside the text</h3>", list_html(inconsistencies(ctx), "None found."),
             "<h3>Indicators to watch</h3>"]
    watch = indicators(ctx)
    parts.append(html_table(pd.DataFrame(watch, columns=["claimant", "watch"]).rename(
        columns={"claimant": "Claimant", "watch": "Statement about the future"}), "ledger") if watch
        else "<p>No forward-looking statements.</p>")
    return "".join(parts)


def highlighted_article_html(ctx: Context) -> str:
    """The article with every extracted span marked and numbered, each number naming its table row."""
    text = ctx.article.text
    t = ctx.tables
    spans = []
    for name, frame in (("figure", t.figures), ("date", t.dates), ("place", t.places)):
        for i, r in enumerate(frame.itertuples(), 1):
            spans.append((int(r.start), int(r.end), name, i))
    spans.sort()
    chosen, last = [], -1
    for span in spans:  # nested spans: keep the outer one
        if span[0] >= last:
            chosen.append(span)
            last = span[1]
    sentence_of = {}
    for r in t.sentences.itertuples():
        sentence_of[int(r.start)] = int(r.id)
    out, pos = [], 0
    for start, end, name, i in chosen:
        out.append(_escape_with_sentences(text, pos, start, sentence_of))
        label = f"{name[0].upper()}{i}"
        out.append(f'<mark class="span-{name}" title="{esc(name)} {i}">{esc(text[start:end])}'
                   f'<sup>{esc(label)}</sup></mark>')
        pos = end
    out.append(_escape_with_sentences(text, pos, len(text), sentence_of))
    body = "".join(out)
    paragraphs = [p for p in re.split(r"\n\s*\n", body) if p.strip()]
    return '<div class="article-text">' + "".join(f"<p>{p.strip().replace(chr(10), '<br/>')}</p>" for p in paragraphs) + "</div>"


def _escape_with_sentences(text: str, a: int, b: int, sentence_of: dict[int, int]) -> str:
    out, pos = [], a
    for start in sorted(k for k in sentence_of if a <= k < b):
        out.append(esc(text[pos:start]))
        out.append(f'<span class="sid">[{sentence_of[start]}]</span>')
        pos = start
    out.append(esc(text[pos:b]))
    return "".join(out)


def legends_html() -> str:
    certainty = pd.DataFrame([{"Certainty": k, "Meaning": CERTAINTY_MEANINGS[k]} for k in CERTAINTIES])
    reliability = pd.DataFrame([{"Code": k, "Source reliability": v} for k, v in RELIABILITY.items()])
    credibility = pd.DataFrame([{"Code": str(k), "Information credibility": v} for k, v in CREDIBILITY.items()])
    return ("<h3>Certainty</h3>" + html_table(certainty, "legend")
            + "<h3>Source grading (NATO/Admiralty code)</h3>"
            + "<p>A grade is written as reliability letter and credibility number together, e.g. B2. "
              "A single article with no corroboration gets credibility 6 unless its metadata says otherwise.</p>"
            + html_table(reliability, "legend") + html_table(credibility, "legend"))


def provenance_html(ctx: Context) -> str:
    art = ctx.article
    rows = [("Tool", f"claimbrief {__version__}"), ("Article file", art.path.name),
            ("SHA-256 of the text", art.sha256), ("SHA-256 of the metadata", art.meta_sha256 or "—")]
    for key, value in sorted(ctx.parameters.items()):
        if key in ("article", "data_dir", "figures_dir"):
            value = Path(value).name if value else value
        rows.append((f"Parameter {key}", "—" if value is None else str(value)))
    body = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    return f'<table class="source">{body}</table>'


# ---------------------------------------------------------------------------- analyst review and the register

CORRECTED = " (corrected)"
# A table's columns -> the column of its frame in the briefing that shows them.
_SHOWN_IN = {
    "figures": {"value": "Figure", "low": "Figure", "high": "Figure", "unit": "Figure", "measure": "Measure",
                "class": "Class", "subject": "Subject", "counts": "Counts", "approximate": "Approximate",
                "vague": "Vague", "claimant": "Stated by", "certainty": "Certainty"},
    "dates": {"resolved": "Resolved", "precision": "Precision", "qualifier": "Qualifier", "event": "Event",
              "note": "Note"},
    "places": {"canonical": "Place", "country": "Country", "kind": "Kind", "lat": "Lat", "lon": "Lon",
               "resolution": "Resolved by"},
}
_ROW_NAMES = {"claims": "claim", "figures": "figure", "dates": "date", "places": "place"}


def _outcome(ctx: Context):
    from .review import empty_outcome

    return ctx.review if ctx.review is not None else empty_outcome()


def _marked(value: str, corrected) -> str:
    """A cell's text, marked in words (not by colour alone) when the analyst corrected it."""
    return f"{value}{CORRECTED}" if corrected else value


def mark_corrected(frame: pd.DataFrame, ctx: Context, table: str) -> pd.DataFrame:
    """Mark the cells of a section's frame (one row per row of ``table``, in its order,
    first) whose values the analyst corrected."""
    cells = _outcome(ctx).corrected_cells(table)
    if not cells or not len(frame):
        return frame
    frame = frame.copy()
    source = getattr(ctx.tables, table)
    for i, (start, end) in enumerate(zip(source["start"], source["end"])):
        for column in {_SHOWN_IN[table].get(c) for c in cells.get((int(start), int(end)), ())} - {None}:
            if column in frame.columns and i < len(frame):
                frame.iat[i, frame.columns.get_loc(column)] = _marked(_text(frame.iat[i, frame.columns.get_loc(column)]), True)
    return frame


def review_summary(ctx: Context) -> str:
    """The source box's line on the analyst's review: rows reviewed, corrected, rejected, added."""
    counts = _outcome(ctx).counts()
    n = counts["machine_rows"] or sum(len(getattr(ctx.tables, t)) for t in ("claims", "figures", "dates", "places"))
    line = (f"analyst review: {counts['reviewed']} of {n} extracted rows reviewed "
            f"({counts['accepted']} accepted, {counts['corrected']} corrected, {counts['rejected']} rejected), "
            f"{counts['added']} added by the analyst.")
    if counts["stale"]:
        line += (f" {counts['stale']} decision{'s' if counts['stale'] > 1 else ''} of the review file no longer "
                 "find their rows (see the appendix).")
    return line


def source_grades(ctx: Context) -> dict[str, str]:
    """Each registered claimant's reliability grade (A-F) from the team's register."""
    sources = _outcome(ctx).sources
    if not len(sources):
        return {}
    return {str(c): str(g) for c, g, r in zip(sources["claimant"], sources["reliability"], sources["registered"])
            if r is True and isinstance(g, str)}


def register_line(ctx: Context) -> str:
    """How much of the article rests on sources graded in the team's register."""
    claims = ctx.tables.claims
    claims = claims[~claims["kind"].isin(["caption", "definition", "furniture"])]
    if not len(claims):
        return ""
    grades = source_grades(ctx)
    named = claims[~claims["claimant"].isin(ARTICLE_VOICES) & claims["claimant"].notna()]
    graded = named[named["claimant"].map(lambda c: grades.get(c, "F") != "F")]
    unregistered = named[~named["claimant"].isin(list(grades))]
    total = len(claims)
    return (f"Of the article's {total} statements, {len(graded)} ({round(100 * len(graded) / total)}%) rest on "
            f"sources graded A–E in the team's register, {len(unregistered)} on named sources not in it, and "
            f"{total - len(named)} on the article's own voice or unnamed reports.")


def _row_label(r) -> str:
    table = _text(r.table)
    where = f"sentence {int(r.sentence_id)}" if not _na(r.sentence_id) else "sentence unknown"
    words = _text(r.mention).strip()
    words = words if len(words) <= 80 else words[:79] + "…"
    return f"{_ROW_NAMES.get(table, table)} “{words}” ({where})"


def review_html(ctx: Context) -> str:
    """The appendix's record of the analyst's review: every correction (the machine's value
    beside the analyst's, with the note), rows removed and added by the analyst, decisions
    that no longer apply, and the sources with their grades in the team's register."""
    review = _outcome(ctx).review
    parts = [f"<p>{esc(review_summary(ctx)[0].upper() + review_summary(ctx)[1:])}</p>"]
    live = review[review["status"] == "applied"]
    fixes = live[(live["action"] == "correct") & live["column"].notna()]
    if len(fixes):
        frame = pd.DataFrame([{"Row": _row_label(r), "Column": r.column, "Machine": _text(r.machine, "—"),
                               "Analyst": _text(r.analyst, "—"), "Note": _text(r.note),
                               "Reviewer": _text(r.reviewer), "Date": _text(r.date)} for r in fixes.itertuples()])
        parts.append("<h4>Corrected by the analyst</h4>" + html_table(frame, "ledger"))
    removed = live[live["action"] == "reject"]
    if len(removed):
        parts.append("<h4>Removed by the analyst</h4>" + list_html(
            [f"{_row_label(r)}: removed by the analyst — {_text(r.reason)}"
             + (f" ({', '.join(x for x in (_text(r.reviewer), _text(r.date)) if x)})"
                if _text(r.reviewer) or _text(r.date) else "") for r in removed.itertuples()], ""))
    added = live[live["action"] == "add"].drop_duplicates("id")
    if len(added):
        parts.append("<h4>Added by the analyst</h4>" + list_html(
            [f"{_row_label(r)}: added by the analyst" + (f" — {_text(r.note)}" if _text(r.note) else "")
             for r in added.itertuples()], ""))
    stale = review[review["status"] == "stale"].drop_duplicates("id")
    if len(stale):
        parts.append("<h4>Decisions that no longer apply</h4>" + list_html(
            [f"{_text(r.action)} {_text(r.id)}: {_text(r.reason)} (kept in the review file)" for r in stale.itertuples()], ""))
    sources = _outcome(ctx).sources
    parts.append("<h4>Sources and the team's register</h4>")
    if not len(sources):
        parts.append("<p>No named source speaks in the article.</p>")
        return "".join(parts)
    registered = sources[sources["registered"] == True]  # noqa: E712 - a nullable boolean column
    if len(registered):
        parts.append(html_table(pd.DataFrame([{"Source": r.claimant, "Grade": _text(r.reliability),
                                               "Kind": _text(r.kind), "State": _text(r.state),
                                               "Note": _text(r.note), "Statements": _text(r.statements)}
                                              for r in registered.itertuples()]), "ledger"))
    missing = sources[sources["registered"] != True]  # noqa: E712
    if len(missing):
        parts.append("<p>Not in the register (an entry to paste under <code>sources:</code> in "
                     "<code>sources.yaml</code>, then grade it):</p>"
                     + "<ul>" + "".join(f"<li><code>{esc(_text(r.entry))}</code></li>" for r in missing.itertuples())
                     + "</ul>")
    return "".join(parts)

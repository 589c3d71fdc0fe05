"""The figures chart: how many of what, according to whom.

Figures are drawn as measures (:mod:`claimbrief.measures`): one panel per class of thing
counted (people, money in each currency, shares, objects, events), each on its own scale
from zero (a log scale only where one panel's magnitudes differ by more than 1.5 orders,
and then labelled), bars grouped by measure so the same measure from different sources
or for different subjects stands side by side, each bar labelled with its number, measure,
subject and who states it how surely.  Approximate values are hatched, ranges drawn as
ranges, a change the article states ("rose from 1,500 to 1,840") as an arrow.  Durations,
ages, magnitudes and distances are context, listed under the chart with the vague and
the withheld figures.  The title states the key measures and their source.
"""

from __future__ import annotations

import math

import matplotlib

matplotlib.use("Agg")
import pandas as pd  # noqa: E402
from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullLocator  # noqa: E402

from .. import measures  # noqa: E402
from .page import (  # noqa: E402
    _NOTE_SIZE, _NOTES_GAP, _PANEL_GAP, _SMALL_SIZE, ACCENT, GREY, INK, MUTED, SHEET_HEIGHT, SPLIT_ABOVE, Chart, _blank, _clean,
    _draw_runs, _flag, _fmt_tick, _footer_height, _header_height, _heading_lines, _house, _layout_runs, _Note,
    _note_height, _number_word, _panel_height, _panels_page, _plot_w, _plural, _present, _Run, _runs_height,
    is_narrow, responsive, source_line,
)

_CLASS_NAMES = {"people": "People", "money": "Money", "share": "Shares", "objects": "Things", "events": "Events",
                "distance": "Distances", "duration": "Durations", "magnitude": "Magnitudes", "age": "Ages"}
_LOG_ORDERS = 1.5  # a panel whose values differ by more orders of magnitude than this is drawn on a log scale


def _who(row) -> str:
    """"per Jane Roe, stated" / "the article, stated"."""
    name = measures.who(row)
    who = name if name in ("the article", "unnamed reports") else f"per {name}"
    certainty = _clean(row.get("certainty"))
    return f"{who}, {certainty}" if certainty else who


def _what(row) -> str:
    """The measure of a figure as its bar's label says it: "dead", "seats won · Green League"."""
    measure = measures.what_counted(row) or _clean(row.get("unit"))
    if measure.lower() in ("percent", _clean(row.get("unit")).lower()) and _clean(row.get("counts")):
        measure = _clean(row.get("counts"))
    subject = _clean(row.get("subject"))
    return f"{measure} · {subject}" if subject and subject.lower() not in measure.lower() else measure


def _panel(row) -> tuple[str, str]:
    """(class, unit) of the panel a figure is drawn in: money and shares share an axis only
    with the same currency or unit."""
    kind = measures.figure_class(row)
    unit = _clean(row.get("unit")) if kind in ("money", "share") else ""
    return kind, unit


def _panel_heading(panel: tuple[str, str], log: bool, count: int) -> str:
    kind, unit = panel
    name = _CLASS_NAMES.get(kind, kind.title() or "Figures")
    if kind == "money" and unit:
        name += f" ({unit})"
    elif kind == "share" and unit and unit != "percent":
        name += f" ({unit})"
    scale = "log scale" if log else "from zero"
    return f"{name}: {_plural(count, 'figure')}, {scale}"


def _split_gap(gap: str) -> tuple[str, str]:
    """"deaths: not disclosed" -> ("deaths", "not disclosed")."""
    gap = _clean(gap)
    if ":" in gap:
        head, tail = (part.strip() for part in gap.split(":", 1))
        return head or gap, tail or "not disclosed"
    return gap, "not disclosed"


def figures_table(figures: pd.DataFrame, gaps: list[str] | None = None,
                  texts: dict[int, str] | None = None) -> pd.DataFrame:
    """One row per figure to draw, in drawing order: numbered figures by panel (the key
    classes first) and by measure (in the order the article gives them), then context
    figures, vague and withheld ones; with the label each gets and the value it changed
    from, where the article states a change."""
    changed = {}
    for before, after in measures.changes(figures, texts or {}) if len(figures) else []:
        changed[(int(after["start"]), int(after["end"]))] = before
    panels_order = {kind: i for i, kind in enumerate(measures.PANEL_ORDER)}
    rows = []
    for _, row in figures.iterrows():
        if not measures.is_numbered(row) or measures.echoes_a_source(row, figures):
            continue  # (the article repeating a source's number is that source's figure, drawn once)
        row = measures.as_percent(row)  # "nearly a third" drawn where its label puts it: 33.3 on the percent axis
        panel = _panel(row)
        kind = "context" if panel[0] in measures.CONTEXT_CLASSES else (
            "range" if _present(row.get("low")) and _present(row.get("high")) and not _present(row.get("value"))
            else "number")
        if kind == "number" and _present(row.get("low")) and _present(row.get("high")):
            kind = "range"
        before = changed.get((int(row["start"]), int(row["end"])))
        value = float(row["value"]) if _present(row.get("value")) else (float(row["low"]) + float(row["high"])) / 2
        number = measures.number_text(row)
        if kind == "context":  # "three days", "magnitude 6.2": the article's words say it best
            number = _clean(row.get("mention")) or number
        rows.append({
            "kind": kind, "panel": panel, "class": panel[0], "unit": panel[1], "measure": _clean(row.get("measure")),
            "what": _what(row), "subject": _clean(row.get("subject")), "number": number, "value": value,
            "low": float(row["low"]) if kind == "range" else None, "high": float(row["high"]) if kind == "range" else None,
            "approximate": _flag(row.get("approximate")), "claimant": _clean(row.get("claimant")) or None,
            "certainty": _clean(row.get("certainty")) or None, "mention": _clean(row.get("mention")),
            "who": _who(row), "from": float(measures.as_percent(before)["value"])
            if before is not None and _present(before.get("value")) else None,
            "label": f"{number} {_what(row)} — {_who(row)}",
            "_order": (panels_order.get(panel[0], 99), panel[1], int(row["sentence_id"]), int(row["start"])),
        })
    first_seen: dict[tuple, int] = {}
    for r in sorted(rows, key=lambda r: r["_order"]):
        first_seen.setdefault((r["panel"], r["what"].split(" · ")[0].lower()), len(first_seen))
    # within a measure, the article's order: the toll it leads with first, then other sources'
    rows.sort(key=lambda r: (r["kind"] == "context", r["_order"][0], r["_order"][1],
                             first_seen[(r["panel"], r["what"].split(" · ")[0].lower())], r["_order"][2:]))
    seen, unique = set(), []
    for r in rows:  # a figure the article repeats (headline and body) is drawn once
        key = (r["panel"], r["what"].lower(), r["value"], r["low"], r["high"], r["who"])
        if key not in seen:
            seen.add(key)
            unique.append(r)
    rows = unique
    vague = []
    for _, row in figures.iterrows():
        if measures.is_numbered(row):
            continue
        mention = _clean(row.get("mention"))
        status = "vague, no number" if _flag(row.get("vague")) else "no number given"
        vague.append({"kind": "vague", "panel": None, "class": measures.figure_class(row), "unit": "",
                      "measure": _clean(row.get("measure")), "what": _what(row) or mention,
                      "subject": _clean(row.get("subject")), "number": "", "value": None, "low": None, "high": None,
                      "approximate": _flag(row.get("approximate")), "claimant": _clean(row.get("claimant")) or None,
                      "certainty": _clean(row.get("certainty")) or None, "mention": mention, "who": _who(row),
                      "from": None, "label": f"{mention} — {status} — {_who(row)}"})
    withheld = []
    for gap in gaps or []:
        if not _clean(gap):
            continue
        head, tail = _split_gap(gap)
        withheld.append({"kind": "withheld", "panel": None, "class": "", "unit": "", "measure": head, "what": head,
                         "subject": "", "number": "", "value": None, "low": None, "high": None, "approximate": False,
                         "claimant": None, "certainty": None, "mention": _clean(gap), "who": "",
                         "from": None, "label": f"{head} — {tail}"})
    columns = ["kind", "panel", "class", "unit", "measure", "what", "subject", "label", "number", "value", "low", "high",
               "from", "approximate", "claimant", "certainty", "who", "mention"]
    table = pd.DataFrame([{k: r[k] for k in columns} for r in rows] + vague + withheld, columns=columns)
    return table.astype({"value": "Float64", "low": "Float64", "high": "Float64", "from": "Float64",
                         "approximate": "boolean"})


def _magnitudes(rows: pd.DataFrame) -> list[float]:
    values = []
    for _, r in rows.iterrows():
        for column in ("value", "low", "high", "from"):
            if _present(r[column]) and float(r[column]) > 0:
                values.append(float(r[column]))
    return values


def _use_log(rows: pd.DataFrame) -> bool:
    """Log scale when positive magnitudes differ by more than 1.5 orders and none is negative."""
    values = _magnitudes(rows)
    if len(values) < 2 or any(_present(v) and float(v) < 0 for v in rows["value"]):
        return False
    return math.log10(max(values) / min(values)) > _LOG_ORDERS


def _figures_title(figures: pd.DataFrame, table: pd.DataFrame) -> str:
    """The finding about the key measures: "1,840 dead, 3,200 injured and 310 missing, per
    the Interior Ministry; deaths: not disclosed"."""
    numbers = table[table["kind"].isin(["number", "range"])]
    vague = table[table["kind"] == "vague"]
    withheld = table[table["kind"] == "withheld"]
    context = table[table["kind"] == "context"]
    tail = ""
    if len(withheld) == 1:
        head, tail_word = _split_gap(withheld.iloc[0]["mention"])
        tail = f"; {head}: {tail_word}"
    elif len(withheld) > 1:
        tail = f"; {_number_word(len(withheld))} more are not disclosed"
    key = measures.key_figures(figures) if len(figures) else figures
    if len(key):
        first = key.iloc[0]
        same = key[[measures.who(r) == measures.who(first) for _, r in key.iterrows()]].head(3)
        labels = [measures.measure_label(r) for _, r in same.iterrows()]
        listed = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]
        who = measures.who(first)
        title = f"{listed}, per {who}"
        rival = [r for _, r in key.iterrows() if measures.same_measure(first, r)
                 and measures.who(r) != who and not measures.values_agree(first, r)]
        if rival:
            title += f"; {measures.number_text(rival[0])} per {measures.who(rival[0])}"
        return (title + tail)[:1].upper() + (title + tail)[1:]
    if len(numbers):
        biggest = numbers.sort_values("value", ascending=False).iloc[0]
        if len(numbers) == 1:
            return f"One figure: {biggest['number']} {biggest['what']}, {biggest['who']}{tail}"
        return f"The largest of {_number_word(len(numbers))} figures is {biggest['number']} {biggest['what']}, " \
               f"{biggest['who']}{tail}"
    if len(context):
        return f"The article's {_plural(len(context), 'figure')} are context: " \
               f"{', '.join(context['mention'].head(3))}{tail}"
    if len(vague) or len(withheld):
        parts = []
        if len(vague):
            parts.append(f"{_number_word(len(vague))} vague figure{'s' if len(vague) > 1 else ''}")
        if len(withheld):
            parts.append(f"{_number_word(len(withheld))} withheld")
        return f"The article gives no exact figures: {' and '.join(parts)}"
    return "The article gives no figures"


@responsive
def figures_chart(figures: pd.DataFrame, gaps: list[str] | None = None, source: str | None = None,
                  texts: dict[int, str] | None = None) -> Chart:
    """Every figure as a measure: one panel per class on its own scale, bars grouped by
    measure with who states them, approximate ones hatched, ranges as ranges, changes as
    arrows; context, vague and withheld figures listed below.  ``texts`` (sentence id ->
    text) lets the chart find the changes a sentence states."""
    source = source_line(source)
    table = figures_table(figures, gaps, texts)
    numbers = table[table["kind"].isin(["number", "range"])].reset_index(drop=True)
    others = table[~table["kind"].isin(["number", "range"])].reset_index(drop=True)
    panels = list(dict.fromkeys(numbers["panel"])) if len(numbers) else []
    logs = {p: _use_log(numbers[numbers["panel"] == p]) for p in panels}
    title = _figures_title(figures, table)
    if numbers.empty:
        subtitle = "Numbers the article gives for what it counts, with who states them"
    else:
        subtitle = ("Number stated for each measure, with who states it; one panel per kind of thing counted, "
                    "bars from zero" + (" (log scale where a panel says so)" if any(logs.values()) else ""))
        if numbers["approximate"].any():
            subtitle += "; hatched = approximate"
        if (numbers["kind"] == "range").any():
            subtitle += "; line with end caps = range"
        if numbers["from"].notna().any():
            subtitle += "; arrow = change the article states"
    subtitle += "; context and figures without a number listed below" if len(others) else ""
    alt = _alt(numbers, others, logs)

    with _house():
        bar_h, gap, band = 0.2, 0.16, 0.5
        layouts = {p: [_label(r) for _, r in numbers[numbers["panel"] == p].iterrows()] for p in panels}
        heights = {p: [_runs_height(lines) + 0.03 + bar_h + gap for lines in layouts[p]] for p in panels}
        headings = {p: _panel_heading(p, logs[p], len(layouts[p])) for p in panels}
        notes = _notes(others)
        story = {measures.measure_name(r).lower() for _, r in measures.key_figures(figures).head(3).iterrows()} \
            if len(figures) else set()
        drawn = []
        for number, (chunks, sheet_notes) in enumerate(_sheets(title, subtitle, source, headings, heights, notes, band)):
            bodies = [(headings[p] + (" (continued)" if start else ""), sum(heights[p][start:end]), band)
                      for p, start, end in chunks]
            if not bodies:
                bodies = [("", 0.01 if sheet_notes else 1.0, 0.0)]
            # a continuation sheet says whose it is in one muted line, not a second title
            fig, axes = _panels_page(*((title, subtitle) if number == 0 else ("", _continued(title))), source, bodies,
                                     notes=sheet_notes)
            if not chunks:
                if sheet_notes:
                    axes[0].set_axis_off()
                else:
                    _blank(axes[0], "No figures in the article")
            for ax, (p, start, end) in zip(axes, chunks):
                rows = numbers[numbers["panel"] == p].reset_index(drop=True)
                _draw_panel(ax, rows.iloc[start:end], layouts[p][start:end], logs[p], bar_h, gap, story, scale=rows)
            drawn.append((fig, [bodies[i][0] for i in range(len(chunks))], sheet_notes))
    chart = Chart(drawn[0][0], title, subtitle, source, alt, table)
    for fig, sheet_headings, sheet_notes in drawn[1:]:
        parts = [heading.split(":")[0] + (" (continued)" if heading.endswith("(continued)") else "")
                 for heading in sheet_headings]
        parts += [note.runs[0].text for note in sheet_notes if note.heading]
        chart.more.append(Chart(fig, _continued(title), "", source,
                                "Continuation of the chart above: " + "; ".join(parts) + ".", table))
    return chart


def _continued(title: str) -> str:
    return f"{title} (continued)"


def _sheets(title: str, subtitle: str, source: str, headings: dict, heights: dict, notes: list[_Note],
            band: float) -> list[tuple[list[tuple], list[_Note]]]:
    """The sheets a chart is drawn on, as (chunks, notes) each, a chunk being (panel, first
    row, end row): one sheet when the chart fits a printed page as one picture
    (:data:`SPLIT_ABOVE`) or is drawn for a narrow screen, which scrolls; else sheets of at
    most :data:`SHEET_HEIGHT` filled in order with panels, then notes, a panel that does not
    fit going on in the next sheet, and a notes heading kept with the note after it."""
    whole = [(p, 0, len(rows)) for p, rows in heights.items()]
    if is_narrow():
        return [(whole, notes)]
    note_heights = [_note_height(note, _layout_runs(note.runs, _plot_w() - note.indent)) for note in notes]
    footer = _footer_height(source)

    def panel_cost(p: str, start: int, first_on_sheet: bool) -> float:
        heading = headings[p] + (" (continued)" if start else "")
        return (0.0 if first_on_sheet else _PANEL_GAP) + _panel_height(_heading_lines(heading), 0.0, band)

    one = _header_height(title, subtitle) + footer + sum(
        panel_cost(p, 0, i == 0) + sum(heights[p]) for i, p in enumerate(heights)) \
        + (_NOTES_GAP + sum(note_heights) if notes else 0.0)
    if one <= SPLIT_ABOVE:
        return [(whole, notes)]

    sheets: list[tuple[list[tuple], list[_Note]]] = []
    chunks: list[tuple] = []
    sheet_notes: list[_Note] = []
    used = 0.0

    def room() -> float:
        header = _header_height(title, subtitle) if not sheets else _header_height("", _continued(title))
        return SHEET_HEIGHT - header - footer - used

    def close() -> None:
        nonlocal chunks, sheet_notes, used
        sheets.append((chunks, sheet_notes))
        chunks, sheet_notes, used = [], [], 0.0

    for p, rows in heights.items():
        start = 0
        while start < len(rows):
            fixed = panel_cost(p, start, not chunks)
            end, body = start, 0.0
            while end < len(rows) and fixed + body + rows[end] <= room():
                body += rows[end]
                end += 1
            if end == start:
                if chunks:
                    close()
                    continue
                end, body = start + 1, rows[start]  # a bar taller than a sheet has a sheet of its own
            chunks.append((p, start, end))
            used += fixed + body
            start = end
            if start < len(rows):
                close()
    i = 0
    while i < len(notes):
        together = 2 if notes[i].heading and i + 1 < len(notes) else 1  # a heading and its first note
        cost = sum(note_heights[i:i + together]) + (0.0 if sheet_notes else _NOTES_GAP)
        if cost > room() and (chunks or sheet_notes):
            close()
            continue
        sheet_notes.extend(notes[i:i + together])
        used += cost
        i += together
    if chunks or sheet_notes or not sheets:
        close()
    return sheets


def _label(row) -> list:
    """The label over one bar: number in bold, the measure, who states it (muted)."""
    runs = [_Run(row["number"], weight="bold"), _Run(" " + row["what"])]
    if _present(row["from"]):
        runs.append(_Run(f" (from {measures.format_number(float(row['from']))})", color=INK))
    runs.append(_Run(" — " + row["who"], color=MUTED))
    return _layout_runs(runs, _plot_w())


def _alt(numbers: pd.DataFrame, others: pd.DataFrame, logs: dict) -> str:
    sentences = []
    for panel in dict.fromkeys(numbers["panel"]) if len(numbers) else []:
        rows = numbers[numbers["panel"] == panel]
        scale = "log scale" if logs[panel] else "scale from zero"
        sentences.append(f"{_panel_heading(panel, logs[panel], len(rows)).split(':')[0]} ({scale}): "
                         + "; ".join(rows["label"]) + ".")
    context = others[others["kind"] == "context"]
    if len(context):
        sentences.append("Context: " + "; ".join(context["label"]) + ".")
    vague = others[others["kind"] == "vague"]
    if len(vague):
        sentences.append("Without a number: " + "; ".join(vague["label"]) + ".")
    withheld = others[others["kind"] == "withheld"]
    if len(withheld):
        sentences.append("Not disclosed: " + "; ".join(withheld["what"]) + ".")
    return " ".join(sentences) if sentences else "The chart is empty: the article gives no figures."


def _notes(others: pd.DataFrame) -> list[_Note]:
    """Context figures, vague and withheld ones, as text rows under the panels."""
    notes = []
    for kind, heading in (("context", "Context (durations, ages, magnitudes, distances)"),
                          ("vague", "Without a number"), ("withheld", "Not disclosed")):
        rows = others[others["kind"] == kind]
        if rows.empty:
            continue
        notes.append(_Note([_Run(heading, size=_NOTE_SIZE, weight="bold", color=MUTED)], gap_before=0.06 if notes else 0.0,
                           heading=True))
        for _, r in rows.iterrows():
            bullet = _Run("• ", size=_NOTE_SIZE, color=GREY, keep=True)
            if kind == "withheld":
                runs = [bullet, _Run(r["what"], size=_NOTE_SIZE, weight="bold"),
                        _Run(" — " + r["label"].split(" — ", 1)[1], size=_NOTE_SIZE, style="italic", color=INK)]
            elif kind == "vague":
                mention, status, who = r["label"].split(" — ", 2)
                runs = [bullet, _Run(f"“{mention}”", size=_NOTE_SIZE, weight="bold"),
                        _Run(f" {r['what']}" if r["what"] != mention else "", size=_NOTE_SIZE),
                        _Run(f" — {status}", size=_NOTE_SIZE, style="italic"),
                        _Run(f" — {who}", size=_NOTE_SIZE, color=MUTED)]
            else:
                what = r["what"] if r["what"].lower() not in r["number"].lower() else ""
                runs = [bullet, _Run(r["number"], size=_NOTE_SIZE, weight="bold"),
                        _Run(f" {what}" if what else "", size=_NOTE_SIZE),
                        _Run(f" — {r['who']}", size=_NOTE_SIZE, color=MUTED)]
            notes.append(_Note(runs, gap_before=0.05))
    return notes


def _draw_panel(ax, rows: pd.DataFrame, label_lines, log: bool, bar_h: float, gap: float,
                story: set[str] | frozenset = frozenset(), scale: pd.DataFrame | None = None) -> None:
    """One panel's bars; the measures of the story (the title's) in the accent colour, the
    rest in grey.  ``scale`` is the whole panel when ``rows`` are the part of it one sheet
    draws: every sheet of a panel has the same axis."""
    scale = rows if scale is None else scale
    values = _magnitudes(scale)
    if log:
        lo = 10 ** math.floor(math.log10(min(values)))
        if lo == min(values):
            lo /= 10 ** 0.3
        hi = 10 ** math.ceil(math.log10(max(values) * 1.25))
        ax.set_xscale("log")
        ax.set_xlim(lo, hi)
        ax.xaxis.set_major_locator(LogLocator(base=10, numticks=4 if is_narrow() else 8))
        ax.xaxis.set_minor_locator(NullLocator())
        ax.set_xlabel("Number stated (log scale)", loc="left")
    else:
        top = max([float(v) for v in scale["value"]] + [float(v) for v in scale["high"].dropna()]
                  + [float(v) for v in scale["from"].dropna()])
        bottom = min([0.0] + [float(v) for v in scale["value"]] + [float(v) for v in scale["low"].dropna()])
        ax.set_xlim(bottom * 1.05, top * 1.05 if top > 0 else 1)  # bars start at zero, even below it
        ax.xaxis.set_major_locator(MaxNLocator(nbins=3 if is_narrow() else 6))
        ax.set_xlabel("Percent stated" if (scale["unit"] == "percent").all() else "Number stated", loc="left")
    ax.xaxis.set_major_formatter(FuncFormatter(_fmt_tick))
    base = ax.get_xlim()[0]
    y = 0.0
    for (_, r), lines in zip(rows.iterrows(), label_lines):
        y += _draw_runs(ax, lines, 0.0, y) + 0.03
        centre = y + bar_h / 2
        approx = bool(r["approximate"])
        colour = ACCENT if not story or r["measure"].lower() in story else GREY
        if r["kind"] == "range":
            low, high = float(r["low"]), float(r["high"])
            if log and low <= 0:
                low = base
            ax.barh(centre, high - low, left=low, height=bar_h, color=colour, alpha=0.25, linewidth=0,
                    hatch="////" if approx else None, zorder=2)
            line = ax.plot([low, high], [centre, centre], color=colour, linewidth=2, zorder=3,
                           solid_capstyle="butt")[0]
            line.set_label(f"range: {r['label']}")
            for end in (low, high):
                ax.plot([end, end], [centre - bar_h / 2, centre + bar_h / 2], color=colour, linewidth=2, zorder=3)
        else:
            value = float(r["value"])
            if log and value <= 0:
                ax.text(base, centre, " 0", va="center", ha="left", fontsize=_SMALL_SIZE, color=MUTED)
            else:
                left = base if log else 0.0
                bars = ax.barh(centre, value - left, left=left, height=bar_h, zorder=2,
                               color="white" if approx else colour, edgecolor=colour,
                               linewidth=1.0, hatch="////" if approx else None)
                bars.patches[0].set_label(f"{'approximate' if approx else 'exact'}: {r['label']}")
        if _present(r["from"]):  # the value it changed from, and an arrow to the new one
            before = float(r["from"])
            ax.plot([before, before], [centre - bar_h / 2 - 0.04, centre + bar_h / 2 + 0.04], color=INK,
                    linewidth=1.2, zorder=4)
            ax.annotate("", xy=(float(r["value"]), centre), xytext=(before, centre), zorder=5,
                        arrowprops={"arrowstyle": "-|>", "color": INK, "linewidth": 1.2, "shrinkA": 0, "shrinkB": 0})
        y += bar_h + gap

"""The dossier's figures over time: each measure given by several articles, its values
plotted against the date each was stated, one colour and marker per source.

Approximate values are hollow markers, a lower bound ("at least 41") has a caret above
it, a range is a vertical bar; a source's own values are joined by a thin line (its
revisions, in the order stated).  Each panel's heading gives the latest value and the
most conservative one side by side; values with no date stated are listed under the
chart.  Axes start at zero."""

from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.ticker import FuncFormatter, MaxNLocator

from .. import measures
from .page import (GREY, INK, MUTED, OKABE_ITO, Chart, _blank, _fmt_tick, _house, _LABEL_SIZE, _Note, _page,
                   _panels_page, _plot_w, _plural, _Run, _SMALL_SIZE, is_narrow, responsive, source_line)
from .timeline import _date_ticks

#: at most this many measures are drawn (those given by the most articles first)
MOST_PANELS = 6
#: a panel draws the values of at most this many sources (see :func:`panel_sources`)
PANEL_SOURCES = 5
#: at most this many values with no date stated are named under the chart (the rest counted)
UNDATED_SHOWN = 6
_COLOURS = [OKABE_ITO[c] for c in ("blue", "vermillion", "green", "orange", "purple", "sky", "black")]
_MARKERS = ["o", "s", "D", "^", "v", "P", "X"]
_AXIS_LEFT = 0.45  # inches for the value axis's labels


def _day(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if isinstance(value, str) and value else None
    except ValueError:
        return None


def _bound(mention) -> bool:
    return isinstance(mention, str) and measures._LOWER_BOUND.match(mention) is not None


def trend_groups(groups: pd.DataFrame, limit: int = MOST_PANELS) -> pd.DataFrame:
    """The groups worth a panel: given by two or more articles, or in conflict, or revised;
    conflicts first, then the most articles."""
    if not len(groups):
        return groups
    disputed = (groups["conflicts"].fillna(0) > 0) | (groups["revisions"].fillna(0) > 0)
    # a measure every article gives the same value of is in the table; the chart shows change
    chosen = (groups[disputed] if disputed.any() else groups[groups["articles"].fillna(0) > 1]).copy()
    chosen["_rank"] = chosen["conflicts"].fillna(0) + chosen["revisions"].fillna(0)
    chosen = chosen.sort_values(["_rank", "articles", "group"], ascending=[False, False, True], kind="stable")
    return chosen.drop(columns="_rank").head(limit).reset_index(drop=True)


def chart_inputs(figures: pd.DataFrame, groups: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(figures, groups) of the measures the chart draws (:func:`trend_groups`) only: the
    chart of these is the chart of the whole tables, and they are what a cached drawing is
    keyed on (a new figure of a measure not drawn leaves the chart as it was).  The
    comparison's running numbers, which a figure added to an earlier article shifts and
    the chart never shows, are left out: figures lose their number, groups are numbered
    in the order drawn."""
    chosen = trend_groups(groups)
    rank = {g: i for i, g in enumerate(chosen["group"].tolist())}
    members = figures[figures["group"].isin(list(rank))].drop(columns=["figure"], errors="ignore")
    members = members.assign(group=members["group"].map(rank).astype(figures["group"].dtype))
    return members, chosen.assign(group=pd.array(range(len(chosen)), dtype=chosen["group"].dtype))


def panel_sources(figures: pd.DataFrame, group) -> list[str]:
    """The sources a panel draws, at most :data:`PANEL_SOURCES`: the sources of its latest
    and most conservative values, then those giving the most values (on a tie, the first
    to give one).  A measure a thousand articles give has hundreds of sources: all of
    them would be a cloud of markers under a column of labels that overlap."""
    own = figures[figures["group"] == group["group"]].sort_values(["order", "sentence_id"], kind="stable")
    counts = own.groupby("source", sort=False).size()
    first = {s: i for i, s in enumerate(dict.fromkeys(own["source"]))}
    ranked = sorted(counts.index, key=lambda s: (-int(counts[s]), first[s]))
    chosen = [s for s in dict.fromkeys([group["latest_source"], group["conservative_source"]]) if s in first]
    return (chosen + [s for s in ranked if s not in chosen])[:PANEL_SOURCES]


def _palette(panels: list[list[str]]) -> dict[str, int]:
    """A colour (and marker) index per source, in the order drawn: the first index no other
    source of a panel it is drawn in has (colours repeat across panels, never within one
    while a panel has no more sources than colours)."""
    palette: dict[str, int] = {}
    for sources in panels:
        for source in sources:
            if source in palette:
                continue
            taken = {palette[o] for other in panels if source in other for o in other if o in palette}
            palette[source] = next((i for i in range(len(_COLOURS)) if i not in taken), len(palette) % len(_COLOURS))
    return palette


def _heading(g) -> str:
    what = str(g["measure"]) + (f" ({g['subject']})" if isinstance(g["subject"], str) and g["subject"] else "")
    latest = f"latest {g['latest_number']} ({g['latest_source']})"
    conservative = f"most conservative {g['conservative_number']} ({g['conservative_source']})"
    flags = []
    if g["conflicts"] and int(g["conflicts"]):
        flags.append("sources conflict")
    if g["revisions"] and int(g["revisions"]):
        flags.append("revised")
    return f"{what[:1].upper()}{what[1:]}: {latest}; {conservative}" + (f" — {', '.join(flags)}" if flags else "")


def _title(chosen: pd.DataFrame) -> str:
    if not len(chosen):
        return "No measure is given by more than one article"
    conflicted = chosen[chosen["conflicts"].fillna(0) > 0]
    if len(conflicted):
        g = conflicted.iloc[0]
        return (f"Sources disagree on {g['measure']}: the most conservative figure is {g['conservative_number']}, "
                f"the latest {g['latest_number']} ({g['latest_source']})")
    g = chosen.iloc[0]
    return f"{str(g['measure'])[:1].upper()}{str(g['measure'])[1:]}: the latest figure is {g['latest_number']} " \
           f"({g['latest_source']})"


@responsive
def trends_chart(figures: pd.DataFrame, groups: pd.DataFrame, source: str | None = None) -> Chart:
    """One panel per measure given by several articles (see :func:`trend_groups`): each
    value at the date it was stated, by source."""
    source = source_line(source or "claimbrief comparison of the dossier's articles")
    chosen = trend_groups(groups)
    title = _title(chosen)
    subtitle = ("Value of each measure by the date it was stated, one colour and marker per source; hollow = "
                "approximate, caret = lower bound, bar = range, thin line = a source's own revisions; "
                "axes from zero")
    every = figures[figures["group"].isin(chosen["group"])] if len(chosen) else figures.iloc[0:0]
    drawn = [panel_sources(figures, g) for _, g in chosen.iterrows()]
    keep = pd.Series(False, index=every.index)
    for (_, g), sources in zip(chosen.iterrows(), drawn):
        keep |= (every["group"] == g["group"]) & every["source"].isin(sources)
    members = every[keep]
    palette = _palette(drawn)
    undated = members[members["stated"].map(_day).isna()] if len(members) else members
    notes = []
    if len(every) > len(members):
        left = every[~keep]
        notes.append(_Note([_Run(f"Each panel draws at most {PANEL_SOURCES} sources (the latest value's and the most "
                                 f"conservative's first, then those giving the most values); "
                                 f"{_plural(len(left), 'value')} of {_plural(left['source'].nunique(), 'other source')} "
                                 "are not drawn (every value is in data/figures.csv).", size=_SMALL_SIZE, color=MUTED)]))
    if len(undated):
        notes.append(_Note([_Run("No date stated (not plotted)", size=_SMALL_SIZE, weight="bold", color=MUTED)]))
        for r in list(undated.itertuples())[:UNDATED_SHOWN]:
            notes.append(_Note([_Run(f"• {r.measure}: ", size=_SMALL_SIZE, color=INK),
                                _Run(str(r.number), size=_SMALL_SIZE, weight="bold"),
                                _Run(f" — {r.source} ({r.article})", size=_SMALL_SIZE, color=MUTED)], gap_before=0.03))
        if len(undated) > UNDATED_SHOWN:
            notes.append(_Note([_Run(f"• and {len(undated) - UNDATED_SHOWN} more", size=_SMALL_SIZE, color=MUTED)],
                               gap_before=0.03))
    if is_narrow() and palette:  # direct labels do not fit a phone's panels: a key under them
        notes.insert(0, _Note([_Run("Sources: ", size=_SMALL_SIZE, weight="bold", color=MUTED)] + [
            _Run(f"{_MARKER_TEXT[_MARKERS[i % len(_MARKERS)]]} {s}   ", size=_SMALL_SIZE, color=_COLOURS[i])
            for s, i in palette.items()]))
    alt = _alt(chosen, members)
    with _house():
        if not len(chosen):
            fig, ax = _page(title, subtitle, source, 1.0, 0.0, notes)
            _blank(ax, "No measure is given by more than one article")
            return Chart(fig, title, subtitle, source, alt, members)
        narrow = is_narrow()
        body = 1.5 if narrow else 1.7
        panels = [(_heading(g), body, 0.45 + (0.0 if narrow else 0.0)) for _, g in chosen.iterrows()]
        fig, axes = _panels_page(title, subtitle, source, panels, notes)
        dated = members[members["stated"].map(_day).notna()]
        days = [_day(s) for s in dated["stated"]] or [dt.date.today()]
        lo, hi = min(days), max(days)
        pad = max(dt.timedelta(days=2), (hi - lo) * 0.06)
        right = (hi - lo + 2 * pad) * (0.0 if narrow else 0.75)  # room for the direct labels
        for ax, (_, g) in zip(axes, chosen.iterrows()):
            _draw(ax, dated[dated["group"] == g["group"]], palette, lo - pad, hi + pad + right, narrow,
                  data_end=hi + pad)
    return Chart(fig, title, subtitle, source, alt, members)


def _draw(ax, rows: pd.DataFrame, palette: dict[str, int], lo: dt.date, hi: dt.date, narrow: bool,
          data_end: dt.date | None = None) -> None:
    fig_w = ax.figure.get_figwidth()
    x0, y0, w, h = ax.get_position().bounds
    ax.set_position((x0 + _AXIS_LEFT / fig_w, y0, w - _AXIS_LEFT / fig_w, h))
    ax.spines["left"].set_visible(True)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=3, integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(_fmt_tick))
    ax.tick_params(axis="y", length=3, labelsize=_SMALL_SIZE)
    values = [float(v) for v in rows["value"]] + [float(v) for v in rows["high"].dropna()]
    top = max(values + [1.0])
    ax.set_ylim(0, top * 1.2)
    ax.set_xlim(mdates.date2num(lo), mdates.date2num(hi))
    ticks, labels = _date_ticks(lo, data_end or hi, most=4 if narrow else 5)
    ax.set_xticks([mdates.date2num(t) for t in ticks], labels)
    ax.tick_params(axis="x", labelsize=_SMALL_SIZE)
    labels: list[list] = []
    label_x = mdates.date2num(data_end) if data_end else mdates.date2num(hi)
    for src, own in rows.sort_values(["stated", "order"]).groupby("source", sort=False):
        i = palette.get(src, 0)
        colour, marker = _COLOURS[i], _MARKERS[i % len(_MARKERS)]
        xs = [mdates.date2num(_day(s)) for s in own["stated"]]
        ys = [float(v) for v in own["value"]]
        if len(own) > 1:
            ax.plot(xs, ys, color=colour, linewidth=0.9, alpha=0.6, zorder=2)
        for x, r in zip(xs, own.itertuples()):
            if pd.notna(r.low) and pd.notna(r.high):
                ax.plot([x, x], [float(r.low), float(r.high)], color=colour, linewidth=2.2, zorder=3)
            hollow = bool(r.approximate) and not _bound(r.mention)
            point = ax.plot([x], [float(r.value)], marker=marker, markersize=7, linestyle="none", zorder=4,
                            markerfacecolor="white" if hollow else colour, markeredgecolor=colour,
                            markeredgewidth=1.5)[0]
            point.set_label(f"{src}: {r.number} ({r.stated})")
            if _bound(r.mention):
                ax.annotate("", xy=(x, float(r.value) + top * 0.12), xytext=(x, float(r.value) + top * 0.03),
                            arrowprops={"arrowstyle": "-|>", "color": colour, "linewidth": 1.2}, zorder=4)
        if not narrow:
            labels.append([float(own["value"].iloc[-1]), float(own["value"].iloc[-1]), xs[-1],
                           f"{_short(src)}: {own['number'].iloc[-1]}", colour])
    if labels:
        _direct_labels(ax, labels, label_x, top * 1.2)


def _direct_labels(ax, labels: list[list], x: float, span: float) -> None:
    """Each source's last value named in a column right of the data, nudged apart so no
    two overlap, with a leader line to its point."""
    h_in = ax.get_position().height * ax.figure.get_figheight()
    gap = span * (_SMALL_SIZE * 1.45 / 72) / h_in
    labels.sort(key=lambda item: item[0])
    for i in range(1, len(labels)):
        labels[i][1] = max(labels[i][1], labels[i - 1][1] + gap)
    overflow = labels[-1][1] - (span - gap / 2)
    if overflow > 0:
        for item in labels:
            item[1] -= overflow
    for value, y, x_point, text, colour in labels:
        ax.plot([x_point, x], [value, y], color=colour, linewidth=0.6, alpha=0.6, zorder=1)
        ax.text(x, y, " " + text, fontsize=_SMALL_SIZE, color=colour, va="center", fontweight="bold", zorder=5)


_MARKER_TEXT = {"o": "●", "s": "■", "D": "◆", "^": "▲", "v": "▼", "P": "✚", "X": "✖"}


def _short(name: str, most: int = 28) -> str:
    return name if len(name) <= most else name[: most - 1].rstrip() + "…"


def _alt(chosen: pd.DataFrame, members: pd.DataFrame) -> str:
    if not len(chosen):
        return "No measure is given by more than one article."
    parts = []
    for _, g in chosen.iterrows():
        own = members[members["group"] == g["group"]]
        values = "; ".join(f"{r.number} by {r.source} ({r.stated if isinstance(r.stated, str) else 'undated'})"
                           for r in own.itertuples())
        parts.append(f"{_heading(g)}. Values: {values}.")
    return f"{_plural(len(chosen), 'measure')} across articles. " + " ".join(parts)

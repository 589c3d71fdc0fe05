"""The dossier's relay chart: who said it (named sources, left), through whom (conduits,
middle) and where readers met it (outlets, right), line width by number of claims.

A source carried by several outlets is drawn once, on the left, in the accent colour:
however many outlets relay it, it counts as one source.  On a phone the same chains are
listed source by source (three columns do not fit a phone's width)."""

from __future__ import annotations

import pandas as pd

from .page import (ACCENT, GREY, INK, MUTED, Chart, _blank, _house, _LABEL_SIZE, _line_height, _Note, _page,
                   _plot_w, _plural, _Run, _SMALL_SIZE, _wrap, is_narrow, responsive, source_line)

#: at most this many sources are drawn (the most quoted); the rest are counted under the chart
MOST_SOURCES = 14


def relay_table(relays: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """One row per chain (source, via, outlet) of a named source, with the claims it carries,
    the sources with the most claims first."""
    named = set(sources.loc[sources["named"].fillna(False).astype(bool), "source"]) if len(sources) else set()
    rel = relays[relays["source"].isin(named)].copy() if len(relays) else relays
    if not len(rel):
        return pd.DataFrame(columns=["source", "via", "outlet", "claims", "source_claims", "source_outlets"])
    rel["via"] = rel["via"].fillna("")
    rows = rel.groupby(["source", "via", "outlet"], sort=False)["claim"].nunique().reset_index(name="claims")
    per_source = rel.groupby("source")["claim"].nunique()
    outlets = rel.groupby("source")["outlet"].nunique()
    rows["source_claims"] = rows["source"].map(per_source).astype(int)
    rows["source_outlets"] = rows["source"].map(outlets).astype(int)
    first = {s: i for i, s in enumerate(dict.fromkeys(rel["source"]))}
    rows["_first"] = rows["source"].map(first)
    rows = rows.sort_values(["source_outlets", "source_claims", "_first"], ascending=[False, False, True],
                            kind="stable")
    return rows.drop(columns="_first").reset_index(drop=True)


def _title(table: pd.DataFrame) -> str:
    if not len(table):
        return "No named source is quoted in the articles"
    sources = table.drop_duplicates("source")
    relayed = sources[sources["source_outlets"] > 1]
    top = sources.iloc[0]
    if not len(relayed):
        return f"Each of the {_plural(len(sources), 'named source')} reaches readers through one outlet only"
    lead = f"{top['source']} reaches readers through {int(top['source_outlets'])} outlets but counts as one source"
    if len(relayed) > 1:
        lead += f"; {len(relayed)} of {len(sources)} named sources are carried by more than one outlet"
    return lead


def _alt(shown: pd.DataFrame, left_out: int = 0) -> str:
    """The chains drawn, in words, and how many sources are not drawn (the alt text says
    what the drawing shows: the chains of hundreds of sources would be pages of it)."""
    if not len(shown):
        return "The relay chart is empty: no named source is quoted."
    parts = []
    for source, own in shown.groupby("source", sort=False):
        chains = [f"{'via ' + r.via + ' to ' if r.via else ''}{r.outlet} ({_plural(int(r.claims), 'claim')})"
                  for r in own.itertuples()]
        parts.append(f"{source}: " + "; ".join(chains))
    rest = f" {_plural(left_out, 'other named source')} with fewer claims are not drawn." if left_out else ""
    return "Relay chains, source to outlet. " + ". ".join(parts) + "." + rest


@responsive
def relay_chart(relays: pd.DataFrame, sources: pd.DataFrame, source: str | None = None) -> Chart:
    """The relay chain of every claim of a named source (source → conduit → outlet), each
    chain once, line width by the number of claims it carries."""
    source = source_line(source or "claimbrief comparison of the dossier's articles")
    table = relay_table(relays, sources)
    shown_sources = list(dict.fromkeys(table["source"]))[:MOST_SOURCES]
    left_out = len(dict.fromkeys(table["source"])) - len(shown_sources)
    shown = table[table["source"].isin(shown_sources)].reset_index(drop=True)
    title = _title(table)
    subtitle = ("Named sources (left), the conduits that relayed them (middle) and the outlets that published them "
                "(right); line width = claims carried; accent = a source carried by more than one outlet")
    if is_narrow():
        subtitle = ("Each named source, then the outlets that published it (via a conduit where one relayed it), "
                    "with the claims carried; accent = carried by more than one outlet")
    notes = [_Note([_Run(f"{_plural(left_out, 'other named source')} with fewer claims "
                         "(listed in the table below)", size=_SMALL_SIZE, color=MUTED)])] if left_out else []
    alt = _alt(shown, left_out)
    with _house():
        if not len(shown):
            fig, ax = _page(title, subtitle, source, 1.0, 0.0, notes)
            _blank(ax, "No named source in the articles")
            return Chart(fig, title, subtitle, source, alt, table)
        if is_narrow():
            return Chart(*_narrow(shown, title, subtitle, source, notes), alt, table)
        fig = _wide(shown, title, subtitle, source, notes)
    return Chart(fig, title, subtitle, source, alt, table)


def _column(names: list[str], width: float, weight: str = "normal") -> tuple[dict[str, tuple[float, list[str]]], float]:
    """Each name's wrapped lines and the y of its middle, stacked from the top; total height."""
    placed, y = {}, 0.12
    for name in names:
        lines = _wrap(name, _LABEL_SIZE, width, weight)
        h = len(lines) * _line_height(_LABEL_SIZE)
        placed[name] = (y + h / 2, lines)
        y += h + 0.16
    return placed, y


def _wide(shown: pd.DataFrame, title: str, subtitle: str, source: str, notes):
    width = _plot_w()
    col = width * 0.3
    left, right = _column(list(dict.fromkeys(shown["source"])), col, "bold"), \
        _column(list(dict.fromkeys(shown["outlet"])), col)
    vias = [v for v in dict.fromkeys(shown["via"]) if v]
    middle = _column(vias, width * 0.22)
    body = max(left[1], right[1], middle[1], 0.6)
    fig, ax = _page(title, subtitle, source, body, 0.0, notes)
    ax.set_xlim(0, width)
    ax.set_axis_off()
    # centre the shorter columns on the tallest
    offsets = {id(c): (body - c[1]) / 2 for c in (left, right, middle)}
    x_src, x_out, x_via = col, width - col, width / 2
    most = max(int(shown["claims"].max()), 1)
    for r in shown.itertuples():
        y0 = left[0][r.source][0] + offsets[id(left)]
        y1 = right[0][r.outlet][0] + offsets[id(right)]
        colour = ACCENT if r.source_outlets > 1 else GREY
        lw = 1.0 + 4.0 * int(r.claims) / most
        if r.via:
            ym = middle[0][r.via][0] + offsets[id(middle)]
            xs, ys = [x_src + 0.06, x_via - 0.05, x_via + 0.05, x_out - 0.06], [y0, ym, ym, y1]
        else:
            xs, ys = [x_src + 0.06, x_out - 0.06], [y0, y1]
        line = ax.plot(xs, ys, color=colour, linewidth=lw, alpha=0.75, solid_capstyle="round", zorder=2)[0]
        line.set_label(f"{r.source} → {r.via + ' → ' if r.via else ''}{r.outlet}: {r.claims}")
    for column, x, align, weight, colour in ((left, x_src, "right", "bold", INK), (right, x_out, "left", "normal", INK),
                                             (middle, x_via, "center", "normal", MUTED)):
        for name, (y, lines) in column[0].items():
            y += offsets[id(column)]
            top = y - len(lines) * _line_height(_LABEL_SIZE) / 2
            for i, line in enumerate(lines):
                ax.text(x + {"right": -0.1, "left": 0.1, "center": 0.0}[align],
                        top + (i + 0.5) * _line_height(_LABEL_SIZE), line, ha=align, va="center_baseline",
                        fontsize=_LABEL_SIZE, fontweight=weight, color=colour, zorder=4,
                        bbox={"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none"}
                        if align == "center" else None)
    return fig


def _narrow(shown: pd.DataFrame, title: str, subtitle: str, source: str, notes):
    """Source by source: the name in bold, then one line per outlet, a bar of the claims' width."""
    width = _plot_w()
    blocks, y = [], 0.05
    for name, own in shown.groupby("source", sort=False):
        lines = _wrap(name, _LABEL_SIZE, width, "bold")
        chain = []
        for r in own.itertuples():
            text = f"→ {'via ' + r.via + ' → ' if r.via else ''}{r.outlet} ({_plural(int(r.claims), 'claim')})"
            chain.append(_wrap(text, _SMALL_SIZE + 1, width - 0.15))
        blocks.append((y, lines, chain, int(own["source_outlets"].iloc[0]) > 1))
        y += len(lines) * _line_height(_LABEL_SIZE) + sum(len(c) for c in chain) * _line_height(_SMALL_SIZE + 1) + 0.14
    fig, ax = _page(title, subtitle, source, y, 0.0, notes)
    ax.set_xlim(0, width)
    ax.set_axis_off()
    for y0, lines, chain, relayed in blocks:
        colour = ACCENT if relayed else GREY
        h = len(lines) * _line_height(_LABEL_SIZE) + sum(len(c) for c in chain) * _line_height(_SMALL_SIZE + 1)
        ax.plot([0.02, 0.02], [y0 + 0.02, y0 + h - 0.02], color=colour, linewidth=3, solid_capstyle="butt")
        y = y0
        for line in lines:
            ax.text(0.1, y + _line_height(_LABEL_SIZE) / 2, line, fontsize=_LABEL_SIZE, fontweight="bold", color=INK,
                    va="center_baseline")
            y += _line_height(_LABEL_SIZE)
        for wrapped in chain:
            for line in wrapped:
                ax.text(0.2, y + _line_height(_SMALL_SIZE + 1) / 2, line, fontsize=_SMALL_SIZE + 1, color=INK,
                        va="center_baseline")
                y += _line_height(_SMALL_SIZE + 1)
    return fig, title, subtitle, source

"""The charts: matplotlib figures in the house style, each with its finding as title,
its measure as subtitle, a Source line, alt text, and the table behind it.

A chart function takes tables and returns a :class:`Chart`; :func:`save_chart` writes
SVG and PNG (byte-stable: fixed SVG ids, no dates in metadata) and :func:`chart_html`
returns the ``<figure>`` the briefing embeds (the SVG inline as a data URI, with alt).

Every chart is laid out in inches on a fixed 7 in page width: the title and subtitle at
the top, the plot, then notes (text rows such as undated references) and the Source line,
so a saved PNG or SVG stands alone.  Titles, subtitles and alt text are generated from
the tables; nothing here knows about any one article.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import math
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import matplotlib.style  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.font_manager import FontProperties  # noqa: E402
from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullLocator  # noqa: E402
from matplotlib.transforms import blended_transform_factory  # noqa: E402

from .paths import STYLE_FILE  # noqa: E402
from .extract import claims as _claims_extract  # noqa: E402
from .tables import CERTAINTIES  # noqa: E402

# Okabe-Ito palette (colour-blind safe); ACCENT carries the story, GREY the context.
OKABE_ITO = {
    "orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7", "black": "#000000",
}
ACCENT = OKABE_ITO["vermillion"]
GREY = "#8C8C8C"
INK = "#222222"
MUTED = "#555555"

# Surer certainties in cool colours, less sure in warm ones; every segment also carries text.
CERTAINTY_COLOURS = {
    "confirmed": OKABE_ITO["blue"], "stated": OKABE_ITO["green"], "reported": OKABE_ITO["sky"],
    "hedged": OKABE_ITO["orange"], "predicted": OKABE_ITO["purple"], "denied": OKABE_ITO["vermillion"],
}
UNATTRIBUTED = "Unattributed"
DEFAULT_SOURCE = "claimbrief extraction of the article"

_SVG_METADATA = {"Date": None, "Creator": "claimbrief"}
_PNG_METADATA = {"Software": "claimbrief"}
_STABLE_RC = {"svg.hashsalt": "claimbrief", "svg.fonttype": "none"}

# Page geometry, in inches.
_WIDTH = 7.0
_LEFT = 0.3
_RIGHT = 0.3
_PLOT_W = _WIDTH - _LEFT - _RIGHT
_TITLE_SIZE = 13.0
_SUBTITLE_SIZE = 9.5
_LABEL_SIZE = 9.0
_SMALL_SIZE = 8.0
_NOTE_SIZE = 8.5
_SOURCE_SIZE = 8.0
_LEADING = 1.32  # line height as a multiple of the font size
# Hinting rounds glyph advances differently at each resolution: measure at the ones we output.
_MEASURE_DPIS = (100, 150, 1200)

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                 "ten", "eleven", "twelve")


@dataclass
class Chart:
    """A finished chart and everything a reader needs around it."""

    figure: "matplotlib.figure.Figure"
    title: str
    subtitle: str
    source: str
    alt: str
    data: pd.DataFrame = field(default_factory=pd.DataFrame)

    def _repr_html_(self) -> str:  # JupyterLab shows the chart as the briefing does
        return chart_html(self)


def use_style() -> None:
    """Apply the house style and the settings that make SVG output byte-stable."""
    plt.style.use(STYLE_FILE)
    matplotlib.rcParams["svg.hashsalt"] = "claimbrief"
    matplotlib.rcParams["svg.fonttype"] = "none"


@contextmanager
def _house() -> Iterator[None]:
    """The house style for the duration of a build or a save, leaving global state alone."""
    with matplotlib.style.context(STYLE_FILE), matplotlib.rc_context(_STABLE_RC):
        yield


def svg_bytes(chart: Chart) -> bytes:
    """The chart as SVG bytes: the same bytes for the same chart, every time."""
    buffer = io.BytesIO()
    with _house():
        chart.figure.savefig(buffer, format="svg", metadata=_SVG_METADATA)
    return buffer.getvalue()


def png_bytes(chart: Chart, dpi: int = 150) -> bytes:
    """The chart as PNG bytes (no timestamp in the metadata)."""
    buffer = io.BytesIO()
    with _house():
        chart.figure.savefig(buffer, format="png", dpi=dpi, metadata=_PNG_METADATA)
    return buffer.getvalue()


def save_chart(chart: Chart, folder: Path, stem: str) -> tuple[Path, Path]:
    """Write ``<stem>.svg`` and ``<stem>.png`` into ``folder``; return both paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    svg_path, png_path = folder / f"{stem}.svg", folder / f"{stem}.png"
    svg_path.write_bytes(svg_bytes(chart))
    png_path.write_bytes(png_bytes(chart))
    return svg_path, png_path


def chart_html(chart: Chart) -> str:
    """The ``<figure>`` for the briefing: the image (which draws its own title, subtitle and
    Source line) with alt text, and the same words as a caption for screen readers and search,
    hidden from sight so they are not shown twice."""
    data = base64.b64encode(svg_bytes(chart)).decode("ascii")
    esc = html.escape
    return (
        '<figure class="chart">'
        f'<img alt="{esc(chart.alt, quote=True)}" src="data:image/svg+xml;base64,{data}"/>'
        f'<figcaption class="sr-only"><span class="chart-title">{esc(chart.title)}</span> '
        f'<span class="chart-subtitle">{esc(chart.subtitle)}</span> '
        f'<span class="chart-source">Source: {esc(chart.source)}</span></figcaption>'
        "</figure>"
    )


# --------------------------------------------------------------------------- text helpers


@lru_cache(maxsize=4096)
def _text_width(text: str, size: float, weight: str = "normal", style: str = "normal") -> float:
    """Width of one line of text in inches: the widest of the Agg renderings at screen, PNG and
    near-unhinted (SVG) resolutions, so runs placed side by side never overlap in any of them."""
    prop = FontProperties(family="DejaVu Sans", size=size, weight=weight, style=style)
    return max(_renderer(dpi).get_text_width_height_descent(text, prop, ismath=False)[0] / dpi
               for dpi in _MEASURE_DPIS)


@lru_cache(maxsize=None)
def _renderer(dpi: int):
    from matplotlib.backends.backend_agg import RendererAgg

    return RendererAgg(10, 10, dpi)


def _line_height(size: float) -> float:
    return size * _LEADING / 72.0


def _wrap(text: str, size: float, width: float, weight: str = "normal", style: str = "normal") -> list[str]:
    """Greedy word wrap by measured width; a word longer than a line is split by characters."""
    lines: list[str] = []
    for paragraph in str(text).split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if _text_width(candidate, size, weight, style) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while _text_width(word, size, weight, style) > width and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and _text_width(word[:cut] + "-", size, weight, style) > width:
                    cut -= 1
                lines.append(word[:cut] + "-")
                word = word[cut:]
            line = word
        lines.append(line)
    return lines or [""]


@dataclass
class _Run:
    """A piece of a label line with its own look; ``keep`` pieces never break."""

    text: str
    size: float = _LABEL_SIZE
    weight: str = "normal"
    style: str = "normal"
    color: str = INK
    keep: bool = False
    glue: bool = False  # no line break between this run and the next


def _layout_runs(runs: list[_Run], width: float) -> list[list[_Run]]:
    """Break runs into lines no wider than ``width`` inches, at spaces."""
    tokens: list[_Run] = []
    for run in runs:
        if run.keep:
            tokens.append(run)
            continue
        words = run.text.split(" ")
        for i, word in enumerate(words):
            piece = word + (" " if i < len(words) - 1 else "")
            if piece:
                tokens.append(_Run(piece, run.size, run.weight, run.style, run.color))
    # units: tokens joined by glue never break apart
    units: list[list[_Run]] = []
    for token in tokens:
        if units and units[-1][-1].glue:
            units[-1].append(token)
        else:
            units.append([token])
    lines: list[list[_Run]] = [[]]
    used = 0.0
    for unit in units:
        w = sum(_text_width(t.text, t.size, t.weight, t.style) for t in unit[:-1]) + \
            _text_width(unit[-1].text.rstrip(), unit[-1].size, unit[-1].weight, unit[-1].style)
        if lines[-1] and used + w > width:
            lines.append([])
            used = 0.0
            first = unit[0]
            unit = [_Run(first.text.lstrip(), first.size, first.weight, first.style, first.color, first.keep,
                         first.glue), *unit[1:]]
            unit = [t for t in unit if t.text]
        for token in unit:
            lines[-1].append(token)
            used += _text_width(token.text, token.size, token.weight, token.style)
    # merge neighbours with the same look so each line is a few text objects, not one per word
    merged = []
    for line in lines:
        out: list[_Run] = []
        for token in line:
            if out and (out[-1].size, out[-1].weight, out[-1].style, out[-1].color) == (
                    token.size, token.weight, token.style, token.color):
                out[-1] = _Run(out[-1].text + token.text, token.size, token.weight, token.style, token.color)
            else:
                out.append(token)
        if out:
            out[-1] = _Run(out[-1].text.rstrip(), out[-1].size, out[-1].weight, out[-1].style, out[-1].color)
        merged.append(out)
    return merged


def _runs_height(lines: list[list[_Run]]) -> float:
    return sum(_line_height(max((r.size for r in line), default=_LABEL_SIZE)) for line in lines)


def _draw_runs(ax, lines: list[list[_Run]], x: float, y: float, align: str = "left",
               x_in_data: bool = False, backdrop: bool = False) -> float:
    """Draw laid-out lines from the top ``y`` (inches down the body); return the height used.

    ``x`` is inches from the plot's left edge, or a data value when ``x_in_data``;
    ``align`` "right" ends the block's widest line at ``x``.
    """
    trans = blended_transform_factory(ax.transAxes, ax.transData)
    if x_in_data:
        x = _data_to_inches(ax, x)
    top = y
    line_widths = [[_text_width(r.text, r.size, r.weight, r.style) for r in line] for line in lines]
    # "right": a left-aligned block whose widest line ends at x (ragged-left text reads badly)
    block_left = x - max((sum(w) for w in line_widths), default=0.0) if align == "right" else x
    for line, widths in zip(lines, line_widths):
        height = _line_height(max((r.size for r in line), default=_LABEL_SIZE))
        cursor = block_left
        for run, w in zip(line, widths):
            kwargs = {}
            if backdrop:
                kwargs["bbox"] = {"boxstyle": "square,pad=0.08", "facecolor": "white", "edgecolor": "none"}
            ax.text((cursor + _lead(run)) / _PLOT_W, top + height / 2, run.text.strip(), transform=trans,
                    fontsize=run.size,
                    fontweight=run.weight, fontstyle=run.style, color=run.color, ha="left",
                    va="center_baseline", clip_on=False, zorder=4, **kwargs)
            cursor += w
        top += height
    return top - y


def _lead(run: _Run) -> float:
    """Width of a run's leading spaces: SVG collapses them, so they become an x offset."""
    stripped = run.text.lstrip()
    if stripped == run.text:
        return 0.0
    return (_text_width(run.text, run.size, run.weight, run.style)
            - _text_width(stripped, run.size, run.weight, run.style))


def _data_to_inches(ax, value: float) -> float:
    """Horizontal position of a data value, in inches from the plot's left edge."""
    lo, hi = ax.get_xlim()
    if ax.get_xscale() == "log":
        return (math.log10(value) - math.log10(lo)) / (math.log10(hi) - math.log10(lo)) * _PLOT_W
    return (value - lo) / (hi - lo) * _PLOT_W


def _contrast_text(colour: str) -> str:
    """Black or white, whichever reads better on ``colour`` (WCAG contrast)."""
    r, g, b = (int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4))

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    return "#000000" if (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) else "#FFFFFF"


def _number_word(n: int) -> str:
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else f"{n:,}"


def _plural(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n:,} {singular if n == 1 else (plural or singular + 's')}"


def _fmt_number(value: float) -> str:
    """1500 -> "1,500"; 2500000 -> "2.5 million"; 0.5 -> "0.5"."""
    a = abs(value)
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if a >= scale:
            return f"{value / scale:.4g} {word}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _fmt_tick(value: float, _pos=None) -> str:
    if value == 0:
        return "0"
    a = abs(value)
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if a >= scale:
            return f"{value / scale:g}{suffix}"
    return f"{value:,.0f}" if float(value).is_integer() or a >= 10 else f"{value:g}"


def _present(value) -> bool:
    if value is None:
        return False
    try:
        return not bool(pd.isna(value))
    except (TypeError, ValueError):
        return True


def _flag(value) -> bool:
    return _present(value) and bool(value)


def _clean(value) -> str:
    return " ".join(str(value).split()) if _present(value) else ""


def _join_words(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def source_line(source: str | None) -> str:
    """What a chart's Source line says: a full line is kept; a bare article title becomes
    "claimbrief extraction of <title>"; nothing gives the generic line."""
    source = _clean(source)
    if not source:
        return DEFAULT_SOURCE
    if source.lower().startswith("claimbrief") or source.lower().startswith("source:"):
        return source.split(":", 1)[1].strip() if source.lower().startswith("source:") else source
    return f"claimbrief extraction of “{source}”"


# --------------------------------------------------------------------------- page


@dataclass
class _Note:
    """A line (or paragraph) of text below the plot."""

    runs: list[_Run]
    gap_before: float = 0.0
    indent: float = 0.0


def _page(title: str, subtitle: str, source: str, body: float, axis_band: float,
          notes: list[_Note] | None = None):
    """A figure with title and subtitle on top, a plot ``body`` inches tall, ``axis_band``
    inches below it for tick labels, then ``notes`` and the Source line.  The plot's y axis
    runs in inches from its top (0) down (``body``), so text and marks share one unit."""
    notes = notes or []
    title_lines = _wrap(title, _TITLE_SIZE, _PLOT_W, "bold")
    subtitle_lines = _wrap(subtitle, _SUBTITLE_SIZE, _PLOT_W)
    source_lines = _wrap(f"Source: {source}", _SOURCE_SIZE, _PLOT_W)
    note_lines = [(note, _layout_runs(note.runs, _PLOT_W - note.indent)) for note in notes]

    header = 0.16 + len(title_lines) * _line_height(_TITLE_SIZE) + 0.04 \
        + len(subtitle_lines) * _line_height(_SUBTITLE_SIZE) + 0.16
    notes_h = sum(note.gap_before + _runs_height(lines) for note, lines in note_lines)
    footer = axis_band + (notes_h + 0.1 if notes else 0.0) + 0.1 \
        + len(source_lines) * _line_height(_SOURCE_SIZE) + 0.12
    height = header + body + footer

    fig = Figure(figsize=(_WIDTH, height))
    fig.patch.set_facecolor("white")

    def put(y_in: float, text: str, size: float, **kw) -> None:
        fig.text(_LEFT / _WIDTH, 1 - (y_in + _line_height(size) / 2) / height, text, fontsize=size,
                 ha="left", va="center_baseline", **kw)

    y = 0.16
    for line in title_lines:
        put(y, line, _TITLE_SIZE, fontweight="bold", color=INK)
        y += _line_height(_TITLE_SIZE)
    y += 0.04
    for line in subtitle_lines:
        put(y, line, _SUBTITLE_SIZE, color=MUTED)
        y += _line_height(_SUBTITLE_SIZE)

    ax = fig.add_axes((_LEFT / _WIDTH, footer / height, _PLOT_W / _WIDTH, max(body, 1e-3) / height))
    ax.set_ylim(body, 0.0)
    ax.yaxis.set_major_locator(NullLocator())
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    ax.set_facecolor("none")

    y = header + body + axis_band + (0.1 if notes else 0.0)
    for note, lines in note_lines:
        y += note.gap_before
        for line in lines:
            h = _line_height(max(r.size for r in line)) if line else _line_height(_NOTE_SIZE)
            cursor = _LEFT + note.indent
            for run in line:
                fig.text((cursor + _lead(run)) / _WIDTH, 1 - (y + h / 2) / height, run.text.strip(),
                         fontsize=run.size,
                         fontweight=run.weight, fontstyle=run.style, color=run.color,
                         ha="left", va="center_baseline")
                cursor += _text_width(run.text, run.size, run.weight, run.style)
            y += h
    y = height - 0.12 - len(source_lines) * _line_height(_SOURCE_SIZE)
    for line in source_lines:
        put(y, line, _SOURCE_SIZE, color=MUTED)
        y += _line_height(_SOURCE_SIZE)
    return fig, ax


def _blank(ax, message: str) -> None:
    """An empty plot that says why it is empty."""
    ax.set_axis_off()
    lo, hi = ax.get_ylim()
    ax.text(0.0, (lo + hi) / 2, message, transform=blended_transform_factory(ax.transAxes, ax.transData),
            ha="left", va="center", fontsize=11, color=MUTED, fontstyle="italic")


# --------------------------------------------------------------------------- claims

# Sentences that assert something (background, definitions and captions do not).
_CLAIM_KINDS = ("claim", "headline", "gap")
# The extraction's placeholder claimants, and how a reader sees them.
_VOICE_LABELS = {_claims_extract.ARTICLE: "The article itself",
                 _claims_extract.UNATTRIBUTED: "Unattributed reports"}
# Claimants that are not people: titles say "come from <them>", never "who ...".
_NOT_PEOPLE = (UNATTRIBUTED, *_VOICE_LABELS.values())

# How a claimant's dominant certainty reads in a title: (plural object, singular object).
_CLAIMANT_VERBS = {
    "confirmed": ("confirms them", "confirms it"),
    "stated": ("states them directly", "states it directly"),
    "reported": ("reports them second-hand", "reports it second-hand"),
    "hedged": ("hedges them", "hedges it"),
    "predicted": ("frames them as predictions", "frames it as a prediction"),
    "denied": ("denies them", "denies it"),
}
_CERTAINTY_PARTICIPLES = {
    "confirmed": "confirmed", "stated": "stated directly", "reported": "reported second-hand",
    "hedged": "hedged", "predicted": "framed as predictions", "denied": "denied",
}


def _claim_rows(claims: pd.DataFrame) -> pd.DataFrame:
    """(claimant, certainty) of every claim with a certainty; no claimant -> Unattributed."""
    rows = claims[claims["certainty"].notna()]
    rows = rows[rows["certainty"].isin(CERTAINTIES) & rows["kind"].fillna("claim").isin(_CLAIM_KINDS)]
    names = rows["claimant"].astype("string").str.strip().fillna("").replace("", UNATTRIBUTED)
    names = names.map(lambda n: _VOICE_LABELS.get(n, n))
    return pd.DataFrame({"claimant": names.to_numpy(dtype=object),
                         "certainty": rows["certainty"].to_numpy(dtype=object)})


def claims_table(claims: pd.DataFrame, top: int = 10) -> pd.DataFrame:
    """Claims with a certainty counted by claimant (rows) and certainty (columns), largest first.

    A missing claimant counts as "Unattributed"; beyond ``top`` claimants the rest are one row.
    """
    table = _claim_rows(claims)
    counts = (table.groupby(["claimant", "certainty"]).size().unstack(fill_value=0)
              .reindex(columns=list(CERTAINTIES), fill_value=0))
    counts["total"] = counts.sum(axis=1)
    counts = counts.reset_index()
    counts = counts.sort_values(["total", "claimant"], ascending=[False, True], kind="mergesort")
    if len(counts) > top:
        rest = counts.iloc[top - 1:]
        other = rest[list(CERTAINTIES) + ["total"]].sum()
        other["claimant"] = f"{len(rest)} other claimants"
        counts = pd.concat([counts.iloc[:top - 1], other.to_frame().T], ignore_index=True)
    counts = counts.reset_index(drop=True)
    counts.columns.name = None
    for column in list(CERTAINTIES) + ["total"]:
        counts[column] = counts[column].astype("int64")
    return counts[["claimant", *CERTAINTIES, "total"]]


def _dominant(row: pd.Series) -> str:
    # ties go to the surer certainty (the fixed order)
    return max(CERTAINTIES, key=lambda c: (row[c], -CERTAINTIES.index(c)))


def _claims_title(table: pd.DataFrame) -> str:
    total = int(table["total"].sum())
    if total == 0:
        return "The article has no claims with a certainty"
    first = table.iloc[0]
    name, n = first["claimant"], int(first["total"])
    dominant = _dominant(first)
    always = int(first[dominant]) == n
    majority = int(first[dominant]) * 2 > n
    verbs = _CLAIMANT_VERBS[dominant][1 if n == 1 else 0]
    if majority:
        manner = f"who {'' if always else 'mostly '}{verbs}"
    else:  # no certainty dominates: say how many are of the largest kind
        manner = f"{int(first[dominant]):,} of them {dominant}"
    unattributed = name == UNATTRIBUTED
    part = _CERTAINTY_PARTICIPLES[dominant]
    how = f"{'all' if always else 'mostly'} {part}" if majority else f"{int(first[dominant]):,} of them {dominant}"
    if len(table) == 1:
        if unattributed:
            return f"All {_plural(total, 'claim')} in the article are unattributed, {how}"
        if name in _NOT_PEOPLE:
            return f"All {_plural(total, 'claim')} come from {name[:1].lower() + name[1:]}, {how}"
        if total == 1:
            return f"The article's one claim comes from {name}, {manner}"
        return f"All {total:,} claims come from {name}, {manner}"
    tied = table[table["total"] == n]
    if len(tied) > 1:
        names = _join_words(list(tied["claimant"].head(3)) + (["others"] if len(tied) > 3 else []))
        return f"{names} make the most claims, {n:,} each of {total:,}"
    if unattributed:
        share = "Most claims" if n * 2 > total else "The largest group of claims"
        return f"{share} ({n:,} of {total:,}) are unattributed, {how}"
    if name in _NOT_PEOPLE:
        share = "Most claims" if n * 2 > total else "The largest group of claims"
        return f"{share} ({n:,} of {total:,}) come from {name[:1].lower() + name[1:]}, {how}"
    if n * 2 > total:
        return f"Most claims ({n:,} of {total:,}) come from {name}, {manner}"
    return f"{name} makes the most claims ({n:,} of {total:,}), {manner}"


def _breakdown(row: pd.Series) -> list[str]:
    return [f"{int(row[c]):,} {c}" for c in CERTAINTIES if row[c]]


def claims_chart(claims: pd.DataFrame, source: str | None = None, top: int = 10) -> Chart:
    """Claims (rows with a certainty) by claimant and certainty, as horizontal stacked bars."""
    source = source_line(source)
    table = claims_table(claims, top=top)
    total = int(table["total"].sum())
    claimants = _claim_rows(claims)["claimant"].nunique()
    title = _claims_title(table)
    subtitle = (f"Number of claims per claimant, split by certainty "
                f"({_plural(total, 'claim')} from {_plural(claimants, 'claimant')}); "
                "one claim is one asserting sentence")
    if total == 0:
        alt = "The chart is empty: no sentence in the article was found to assert a claim with a certainty."
    else:
        parts = [f"{r['claimant']}: {int(r['total']):,} ({', '.join(_breakdown(r))})" for _, r in table.iterrows()]
        alt = (f"Horizontal stacked bar chart of {_plural(total, 'claim')} by claimant and certainty "
               f"(confirmed, stated, reported, hedged, predicted, denied). " + "; ".join(parts) + ".")

    with _house():
        bar_h, gap = 0.24, 0.2
        layouts = []
        for _, row in table.iterrows():
            runs = [_Run(str(row["claimant"]), weight="bold"),
                    _Run(f"  {_plural(int(row['total']), 'claim')}", color=MUTED, keep=True)]
            for c in CERTAINTIES:
                if row[c]:
                    runs.append(_Run("   ■", color=CERTAINTY_COLOURS[c], keep=True, glue=True))
                    runs.append(_Run(f" {int(row[c]):,} {c}", size=_SMALL_SIZE + 0.5, color=MUTED, keep=True))
            layouts.append(_layout_runs(runs, _PLOT_W))
        body = sum(_runs_height(lines) + 0.04 + bar_h + gap for lines in layouts) if total else 1.2
        fig, ax = _page(title, subtitle, source, body, axis_band=0.5 if total else 0.0)
        if not total:
            _blank(ax, "No claims with a certainty in the article")
        else:
            xmax = max(1, int(table["total"].max()))
            ax.set_xlim(0, xmax)
            ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=8))
            ax.xaxis.set_major_formatter(FuncFormatter(_fmt_tick))
            ax.set_xlabel("Number of claims", loc="left")
            per_unit = _PLOT_W / xmax
            y = 0.0
            for (_, row), lines in zip(table.iterrows(), layouts):
                y += _draw_runs(ax, lines, 0.0, y) + 0.04
                centre = y + bar_h / 2
                left = 0
                for c in CERTAINTIES:
                    n = int(row[c])
                    if not n:
                        continue
                    colour = CERTAINTY_COLOURS[c]
                    bar = ax.barh(centre, n, left=left, height=bar_h, color=colour, edgecolor="white",
                                  linewidth=0.8, zorder=2)
                    bar.patches[0].set_label(f"{row['claimant']}: {c}")
                    for text in (f"{n:,} {c}", f"{n:,}"):
                        if _text_width(text, _SMALL_SIZE) + 0.08 <= n * per_unit:
                            ax.text(left + n / 2, centre, text, ha="center", va="center_baseline",
                                    fontsize=_SMALL_SIZE, color=_contrast_text(colour), zorder=3)
                            break
                    left += n
                y += bar_h + gap
    return Chart(fig, title, subtitle, source, alt, table)


# --------------------------------------------------------------------------- figures


def _what(row: pd.Series) -> str:
    counts, unit = _clean(row["counts"]), _clean(row["unit"])
    if unit == "percent":
        return counts
    # a currency code goes with the number; any other unit is the head noun of what is counted
    if unit and unit.isupper() and unit.lower() not in counts.lower():
        return f"{unit} {counts}".strip()
    return counts or unit or _clean(row["mention"])


def _figure_number(row: pd.Series) -> str:
    approx = "≈" if _flag(row["approximate"]) else ""
    pct = "%" if _clean(row["unit"]) == "percent" else ""
    if _present(row["low"]) and _present(row["high"]):
        return f"{approx}{_fmt_number(float(row['low']))}{pct}–{_fmt_number(float(row['high']))}{pct}"
    return f"{approx}{_fmt_number(float(row['value']))}{pct}"


def _who(row: pd.Series) -> str:
    claimant = _clean(row["claimant"])
    certainty = _clean(row["certainty"])
    who = _per(claimant)
    return f"{who}, {certainty}" if certainty else who


def _per(claimant: str | None) -> str:
    if not claimant:
        return "unattributed"
    if claimant == _claims_extract.ARTICLE:
        return "in the article's own voice"
    return f"per {claimant}"


def _split_gap(gap: str) -> tuple[str, str]:
    """"deaths: not disclosed" -> ("deaths", "not disclosed")."""
    gap = _clean(gap)
    if ":" in gap:
        head, tail = (part.strip() for part in gap.split(":", 1))
        return head or gap, tail or "not disclosed"
    return gap, "not disclosed"


def figures_table(figures: pd.DataFrame, gaps: list[str] | None = None) -> pd.DataFrame:
    """One row per figure to draw: numbers (value or range) largest first, then vague
    figures, then withheld ones, with the label each gets on the chart."""
    rows = []
    for _, row in figures.iterrows():
        is_range = _present(row["low"]) and _present(row["high"])
        if _present(row["value"]) or is_range:
            value = float(row["value"]) if _present(row["value"]) else (float(row["low"]) + float(row["high"])) / 2
            number = _figure_number(row)
            rows.append({
                "kind": "range" if is_range else "number", "number": number, "what": _what(row),
                "label": f"{number} {_what(row)} — {_who(row)}", "value": value,
                "low": float(row["low"]) if is_range else None, "high": float(row["high"]) if is_range else None,
                "approximate": _flag(row["approximate"]), "claimant": _clean(row["claimant"]) or None,
                "certainty": _clean(row["certainty"]) or None, "mention": _clean(row["mention"]),
            })
    numbers = sorted(rows, key=lambda r: (-r["value"], r["label"]))
    vague = []
    for _, row in figures.iterrows():
        if _present(row["value"]) or (_present(row["low"]) and _present(row["high"])):
            continue
        mention = _clean(row["mention"])
        what = _clean(row["counts"]) or mention
        status = "vague, no number" if _flag(row["vague"]) else "no number given"
        vague.append({
            "kind": "vague", "number": "", "what": what,
            "label": f"{mention} — {status} — {_who(row)}", "value": None, "low": None, "high": None,
            "approximate": _flag(row["approximate"]), "claimant": _clean(row["claimant"]) or None,
            "certainty": _clean(row["certainty"]) or None, "mention": mention,
        })
    withheld = []
    for gap in gaps or []:
        if not _clean(gap):
            continue
        head, tail = _split_gap(gap)
        withheld.append({
            "kind": "withheld", "number": "", "what": head, "label": f"{head} — {tail}", "value": None,
            "low": None, "high": None, "approximate": False, "claimant": None, "certainty": None,
            "mention": _clean(gap),
        })
    columns = ["kind", "label", "number", "what", "value", "low", "high", "approximate", "claimant",
               "certainty", "mention"]
    table = pd.DataFrame(numbers + vague + withheld, columns=columns)
    return table.astype({"value": "Float64", "low": "Float64", "high": "Float64", "approximate": "boolean"})


def _magnitudes(numbers: pd.DataFrame) -> list[float]:
    values = []
    for _, r in numbers.iterrows():
        for column in ("value", "low", "high"):
            if _present(r[column]) and float(r[column]) > 0:
                values.append(float(r[column]))
    return values


def _use_log(numbers: pd.DataFrame) -> bool:
    """Log scale when positive magnitudes differ by more than 1.5 orders and none is negative."""
    values = _magnitudes(numbers)
    if len(values) < 2 or any(_present(v) and float(v) < 0 for v in numbers["value"]):
        return False
    return math.log10(max(values) / min(values)) > 1.5


def _figures_title(table: pd.DataFrame, log: bool) -> str:
    numbers = table[table["kind"].isin(["number", "range"])]
    vague = table[table["kind"] == "vague"]
    withheld = table[table["kind"] == "withheld"]
    if numbers.empty and vague.empty and withheld.empty:
        return "The article gives no figures"
    tail = ""
    if len(withheld) == 1:
        head, tail_word = _split_gap(withheld.iloc[0]["mention"])
        tail = f"; {head}: {tail_word}"
    elif len(withheld) > 1:
        tail = f"; {_number_word(len(withheld))} more are not disclosed"
    if numbers.empty:
        parts = []
        if len(vague):
            parts.append(f"{_number_word(len(vague))} vague figure{'s' if len(vague) > 1 else ''}")
        if len(withheld):
            parts.append(f"{_number_word(len(withheld))} withheld")
        return f"The article gives no exact figures: {' and '.join(parts)}"
    if len(numbers) == 1:
        first = numbers.iloc[0]
        return f"One figure: {first['number']} {first['what']}, {_who_short(first)}{tail}"
    biggest, smallest = numbers.iloc[0], numbers.iloc[-1]
    if log:
        values = _magnitudes(numbers)
        orders = math.log10(max(values) / min(values))
        whole = int(orders)
        span = f"over {_number_word(whole)}" if orders - whole > 0.15 else _number_word(whole)
        noun = "order" if whole == 1 and orders - whole <= 0.15 else "orders"
        return f"Figures span {span} {noun} of magnitude, {smallest['number']} to {biggest['number']}{tail}"
    return f"The largest of {_number_word(len(numbers))} figures is {biggest['number']} {biggest['what']}, {_who_short(biggest)}{tail}"


def _who_short(row: pd.Series) -> str:
    return _per(row["claimant"] if _present(row["claimant"]) else None)


def figures_chart(figures: pd.DataFrame, gaps: list[str] | None = None, source: str | None = None) -> Chart:
    """Every figure side by side: numbers as bars (log scale when magnitudes differ), ranges as
    intervals, approximate ones hatched; vague and withheld figures as rows of text."""
    source = source_line(source)
    table = figures_table(figures, gaps)
    numbers = table[table["kind"].isin(["number", "range"])].reset_index(drop=True)
    others = table[~table["kind"].isin(["number", "range"])].reset_index(drop=True)
    log = _use_log(numbers)
    title = _figures_title(table, log)
    scale = "log scale" if log else "linear scale from zero"
    if numbers.empty:
        subtitle = "Numbers the article gives for what it counts, with who states them"
    else:
        subtitle = f"Number stated for each figure, with who states it ({scale})"
        if numbers["approximate"].any():
            subtitle += "; hatched = approximate (≈)"
        if (numbers["kind"] == "range").any():
            subtitle += "; line with end caps = range"
    subtitle += "; figures without a number listed below" if len(others) else ""

    sentences = []
    if not numbers.empty:
        sentences.append(f"Chart of {_plural(len(numbers), 'figure')} from the article on a {scale}: "
                         + "; ".join(numbers["label"]) + ".")
    vague = others[others["kind"] == "vague"]
    if len(vague):
        sentences.append("Without a number: " + "; ".join(vague["label"]) + ".")
    withheld = others[others["kind"] == "withheld"]
    if len(withheld):
        sentences.append("Not disclosed: " + "; ".join(withheld["what"]) + ".")
    alt = " ".join(sentences) if sentences else "The chart is empty: the article gives no figures."

    with _house():
        bar_h, gap = 0.2, 0.18
        label_lines = [_layout_runs([_Run(r["number"], weight="bold"), _Run(" " + r["what"]),
                                     _Run(" — " + _who(r), color=MUTED)], _PLOT_W)
                       for _, r in numbers.iterrows()]
        notes = []
        if len(others):
            notes.append(_Note([_Run("Without a number", size=_NOTE_SIZE, weight="bold", color=MUTED)],
                               gap_before=0.0))
            for _, r in others.iterrows():
                if r["kind"] == "withheld":
                    runs = [_Run("• ", size=_NOTE_SIZE, color=GREY, keep=True),
                            _Run(r["what"], size=_NOTE_SIZE, weight="bold"),
                            _Run(" — " + r["label"].split(" — ", 1)[1], size=_NOTE_SIZE, style="italic", color=INK)]
                else:
                    mention, status, who = r["label"].split(" — ", 2)
                    runs = [_Run("• ", size=_NOTE_SIZE, color=GREY, keep=True),
                            _Run(f"“{mention}”", size=_NOTE_SIZE, weight="bold"),
                            _Run(f" — {status}", size=_NOTE_SIZE, style="italic"),
                            _Run(f" — {who}", size=_NOTE_SIZE, color=MUTED)]
                notes.append(_Note(runs, gap_before=0.05, indent=0.0))
        if numbers.empty:
            body = 0.0 if len(others) else 1.0
        else:
            body = sum(_runs_height(lines) + 0.03 + bar_h + gap for lines in label_lines)
        fig, ax = _page(title, subtitle, source, body if body else 0.01,
                        axis_band=0.5 if len(numbers) else 0.0, notes=notes)
        if numbers.empty:
            if len(others):
                ax.set_axis_off()
            else:
                _blank(ax, "No figures in the article")
        else:
            _draw_figures(ax, numbers, label_lines, log, bar_h, gap)
    return Chart(fig, title, subtitle, source, alt, table)


def _draw_figures(ax, numbers: pd.DataFrame, label_lines, log: bool, bar_h: float, gap: float) -> None:
    values = _magnitudes(numbers)
    if log:
        lo = 10 ** math.floor(math.log10(min(values)))
        if lo == min(values):
            lo /= 10 ** 0.3
        hi = 10 ** math.ceil(math.log10(max(values) * 1.25))
        ax.set_xscale("log")
        ax.set_xlim(lo, hi)
        ax.xaxis.set_major_locator(LogLocator(base=10))
        ax.xaxis.set_minor_locator(NullLocator())
        ax.set_xlabel("Number stated (log scale)", loc="left")
    else:
        top = max([float(v) for v in numbers["value"]] + [float(v) for v in numbers["high"].dropna()])
        bottom = min([0.0] + [float(v) for v in numbers["value"]] + [float(v) for v in numbers["low"].dropna()])
        ax.set_xlim(bottom * 1.05, top * 1.05 if top > 0 else 1)  # bars start at zero, even below it
        ax.xaxis.set_major_locator(MaxNLocator(nbins=6))
        ax.set_xlabel("Percent stated" if numbers["number"].str.endswith("%").all() else "Number stated", loc="left")
    ax.xaxis.set_major_formatter(FuncFormatter(_fmt_tick))
    base = ax.get_xlim()[0]
    y = 0.0
    for (_, r), lines in zip(numbers.iterrows(), label_lines):
        y += _draw_runs(ax, lines, 0.0, y) + 0.03
        centre = y + bar_h / 2
        approx = bool(r["approximate"])
        if r["kind"] == "range":
            low, high = float(r["low"]), float(r["high"])
            if log and low <= 0:
                low = base
            ax.barh(centre, high - low, left=low, height=bar_h, color=ACCENT, alpha=0.25, linewidth=0,
                    hatch="////" if approx else None, zorder=2)
            line = ax.plot([low, high], [centre, centre], color=ACCENT, linewidth=2, zorder=3,
                           solid_capstyle="butt")[0]
            line.set_label(f"range: {r['label']}")
            for end in (low, high):
                ax.plot([end, end], [centre - bar_h / 2, centre + bar_h / 2], color=ACCENT, linewidth=2, zorder=3)
        else:
            value = float(r["value"])
            if log and value <= 0:
                ax.text(base, centre, " 0", va="center", ha="left", fontsize=_SMALL_SIZE, color=MUTED)
            else:
                left = base if log else 0.0
                bars = ax.barh(centre, value - left, left=left, height=bar_h, zorder=2,
                               color="white" if approx else ACCENT, edgecolor=ACCENT,
                               linewidth=1.0, hatch="////" if approx else None)
                bars.patches[0].set_label(f"{'approximate' if approx else 'exact'}: {r['label']}")
        y += bar_h + gap


# --------------------------------------------------------------------------- timeline


def _date_ticks(lo: dt.date, hi: dt.date, most: int = 8) -> tuple[list[dt.date], list[str]]:
    """Tick dates and labels for an axis from ``lo`` to ``hi``: years, months or days,
    the year written under the first tick and wherever it changes."""
    days = (hi - lo).days
    ticks: list[dt.date] = []
    if days > 3 * 365:
        years = hi.year - lo.year + 1
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 1000) if years / s <= most)
        ticks = [dt.date(y, 1, 1) for y in range(lo.year, hi.year + 1) if y % step == 0]
        ticks = [t for t in ticks if lo <= t <= hi]
        return ticks, [str(t.year) for t in ticks]
    if days > 75:
        months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
        step = next(s for s in (1, 2, 3, 6, 12) if months / s <= most)
        index = lo.year * 12 + lo.month - 1
        while index <= hi.year * 12 + hi.month - 1:
            tick = dt.date(index // 12, index % 12 + 1, 1)
            if lo <= tick <= hi and (index % 12) % step == 0:
                ticks.append(tick)
            index += 1
    else:
        step = next(s for s in (1, 2, 7, 14, 28) if days / s <= most)
        tick = lo if step < 7 else lo + dt.timedelta(days=(7 - lo.weekday()) % 7)  # weeks start Monday
        while tick <= hi:
            ticks.append(tick)
            tick += dt.timedelta(days=step)
    labels, year = [], None
    for t in ticks:
        text = _MONTHS[t.month - 1][:3] if days > 75 else f"{t.day} {_MONTHS[t.month - 1][:3]}"
        labels.append(text if t.year == year else f"{text}\n{t.year}")
        year = t.year
    return ticks, labels


def _parse_resolved(resolved: str, precision: str) -> tuple[dt.date, dt.date] | None:
    """(first day, day after the last) of a resolved date at its precision, or None."""
    text = _clean(resolved)
    try:
        if precision == "quarter" or "-Q" in text:
            year, quarter = int(text[:4]), int(text[-1])
            start = dt.date(year, 3 * quarter - 2, 1)
            return start, dt.date(year + quarter // 4, (3 * quarter) % 12 + 1, 1)
        if precision in ("day", "week") or len(text) == 10:
            start = dt.date.fromisoformat(text[:10])
            return start, start + dt.timedelta(days=7 if precision == "week" else 1)
        if precision == "month" or len(text) == 7:
            year, month = int(text[:4]), int(text[5:7])
            start = dt.date(year, month, 1)
            end = dt.date(year + month // 12, month % 12 + 1, 1)
            return start, end
        if precision == "year" or len(text) == 4:
            year = int(text[:4])
            return dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
    except ValueError:
        return None
    return None


def _date_text(start: dt.date, precision: str) -> str:
    if precision == "day":
        return f"{start.day} {_MONTHS[start.month - 1]} {start.year}"
    if precision == "week":
        return f"week of {start.day} {_MONTHS[start.month - 1]} {start.year}"
    if precision == "month":
        return f"{_MONTHS[start.month - 1]} {start.year}"
    if precision == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    return f"{start.year}"


def _coerce_date(value) -> dt.date | None:
    if value is None or (not isinstance(value, (dt.date, str)) and not _present(value)):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, pd.Timestamp):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


def timeline_table(dates: pd.DataFrame) -> pd.DataFrame:
    """Dated references in time order with their spans (end exclusive), then undated ones."""
    rows = []
    for _, r in dates.iterrows():
        precision = _clean(r["precision"]) or "day"
        span = _parse_resolved(r["resolved"], precision) if _present(r["resolved"]) else None
        qualifier = _clean(r["qualifier"])
        event = _clean(r["event"]) or _clean(r["mention"])
        when = (f"{qualifier} {_date_text(span[0], precision)}".strip() if span
                else _clean(r["mention"]) or "undated")
        rows.append({
            "dated": span is not None, "when": when, "event": event,
            "start": span[0] if span else None, "end": span[1] if span else None,
            "precision": precision if span else None, "qualifier": qualifier or None,
            "mention": _clean(r["mention"]), "resolved": _clean(r["resolved"]) or None,
        })
    table = pd.DataFrame(rows, columns=["dated", "when", "event", "start", "end", "precision",
                                        "qualifier", "mention", "resolved"])
    if table.empty:
        return table
    table["_order"] = table["start"].map(lambda d: d.toordinal() if d else 10 ** 9)
    table["_len"] = table["end"].map(lambda d: d.toordinal() if d else 0)
    table = table.sort_values(["_order", "_len", "event"], kind="mergesort").drop(columns=["_order", "_len"])
    return table.drop_duplicates(subset=["when", "event"]).reset_index(drop=True)


def _period_part(row: pd.Series, year: bool = True) -> str:
    if row["precision"] == "year":
        return str(row["start"].year)
    return f"{_MONTHS[row['start'].month - 1]}{' ' + str(row['start'].year) if year else ''}"


def _last_part(row: pd.Series) -> tuple[str, int]:
    last = row["end"] - dt.timedelta(days=1)
    if row["precision"] == "year":
        return str(last.year), last.year
    return f"{_MONTHS[last.month - 1]} {last.year}", last.year


def _timeline_title(dated: pd.DataFrame, undated: pd.DataFrame, published: dt.date | None) -> str:
    if dated.empty:
        extra = f"; {_plural(len(undated), 'reference')} without a date" if len(undated) else ""
        return f"The article dates no events{extra}"
    first = dated.iloc[0]
    last = dated.loc[dated["end"].map(lambda d: d.toordinal()).idxmax()]
    if len(dated) == 1:
        title = f"The article dates one event, {first['when']}"
    else:
        end_text, end_year = _last_part(last)
        start_text = _period_part(first, year=first["start"].year != end_year or first["precision"] == "year")
        if start_text == end_text or _period_part(first) == end_text:
            period = f"in {end_text}"
        else:
            period = f"from {start_text} to {end_text}"
        title = f"{_number_word(len(dated)).capitalize()} dated events run {period}"
    if published is not None:
        after = dated[dated["start"].map(lambda d: d > published)]
        if len(after):
            title += f"; {_number_word(len(after))} {'lies' if len(after) == 1 else 'lie'} after publication"
    return title


def timeline_chart(dates: pd.DataFrame, published: dt.date | None = None, source: str | None = None) -> Chart:
    """Every resolved date at its precision (day = dot; week, month, year = span), the
    publication date as a vertical line, undated references listed below."""
    source = source_line(source)
    published = _coerce_date(published)
    table = timeline_table(dates)
    dated = table[table["dated"]].reset_index(drop=True) if len(table) else table
    undated = table[~table["dated"]].reset_index(drop=True) if len(table) else table
    title = _timeline_title(dated, undated, published)
    subtitle = "Date of each event as the article gives it, at its precision: dot = day; bar = week, month, quarter or year"
    if published is not None:
        subtitle += "; dashed line = publication date"
    sentences = []
    if len(dated):
        sentences.append(f"Timeline of {_plural(len(dated), 'dated event')}: "
                         + "; ".join(f"{w}: {e}" for w, e in zip(dated["when"], dated["event"])) + ".")
    else:
        sentences.append("The timeline is empty: the article gives no resolvable dates.")
    if published is not None:
        sentences.append(f"A vertical line marks publication on {_date_text(published, 'day')}.")
    if len(undated):
        sentences.append("Undated: " + "; ".join(f"{w} — {e}" for w, e in zip(undated["when"], undated["event"])) + ".")
    alt = " ".join(sentences)

    with _house():
        notes = []
        if len(undated):
            notes.append(_Note([_Run("Undated references", size=_NOTE_SIZE, weight="bold", color=MUTED)]))
            for _, r in undated.iterrows():
                notes.append(_Note([_Run(f"“{r['when']}”", size=_NOTE_SIZE, weight="bold"),
                                    _Run(f" — {r['event']}", size=_NOTE_SIZE)], gap_before=0.04))
        if dated.empty:
            fig, ax = _page(title, subtitle, source, 1.0, 0.0, notes)
            _blank(ax, "No dated events in the article")
            return Chart(fig, title, subtitle, source, alt, table)
        starts = list(dated["start"]) + ([published] if published else [])
        ends = list(dated["end"]) + ([published + dt.timedelta(days=1)] if published else [])
        lo, hi = min(starts), max(ends)
        # a short stretch of time still gets an axis of about two months, centred on it
        pad = max(dt.timedelta(days=4), (hi - lo) * 0.04, (dt.timedelta(days=60) - (hi - lo)) / 2)
        lo_num, hi_num = mdates.date2num(lo - pad), mdates.date2num(hi + pad)
        per_day = _PLOT_W / (hi_num - lo_num)
        span_h, gap = 0.16, 0.16
        placed = []
        for _, r in dated.iterrows():
            x0 = (mdates.date2num(r["start"]) - lo_num) * per_day
            x1 = (mdates.date2num(r["end"]) - lo_num) * per_day if r["precision"] != "day" else x0
            room_right, room_left = _PLOT_W - x1 - 0.1, x0 - 0.1
            right = room_right >= min(2.6, _PLOT_W * 0.4) or room_right >= room_left
            width = max(room_right if right else room_left, 1.2)
            lines = _layout_runs([_Run(r["when"], weight="bold", keep=True)], width) + \
                _layout_runs([_Run(r["event"])], width)
            placed.append((r, x0, x1, right, lines))
        top_band = 0.26 if published else 0.06
        body = top_band + sum(max(_runs_height(lines), span_h) + gap for *_, lines in placed)
        fig, ax = _page(title, subtitle, source, body, 0.42, notes)
        ax.set_xlim(lo_num, hi_num)
        ticks, labels = _date_ticks(lo - pad, hi + pad)
        ax.set_xticks([mdates.date2num(t) for t in ticks], labels)
        y = top_band
        for r, x0, x1, right, lines in placed:
            first_h = _line_height(_LABEL_SIZE)
            centre = y + first_h / 2
            start_num = mdates.date2num(r["start"])
            if r["precision"] == "day":
                mark = ax.plot([start_num], [centre], marker="o", markersize=7, color=ACCENT,
                               linestyle="none", zorder=3)[0]
            else:
                mark = ax.barh(centre, mdates.date2num(r["end"]) - start_num, left=start_num, height=span_h,
                               color=ACCENT, edgecolor="none", zorder=3).patches[0]
            mark.set_label(f"{r['precision']}: {r['when']}")
            marker_pad = 0.09 if r["precision"] == "day" else 0.07
            if right:
                _draw_runs(ax, lines, x1 + marker_pad, y, backdrop=True)
            else:
                _draw_runs(ax, lines, x0 - marker_pad, y, align="right", backdrop=True)
            y += max(_runs_height(lines), span_h) + gap
        if published is not None:
            pub = mdates.date2num(published)
            ax.axvline(pub, color=MUTED, linestyle=(0, (4, 3)), linewidth=1.0, zorder=1)
            frac = (pub - lo_num) / (hi_num - lo_num)
            ha = "right" if frac > 0.8 else "left" if frac < 0.2 else "center"
            offset = {"right": -0.05, "left": 0.05, "center": 0.0}[ha] * (hi_num - lo_num) / _PLOT_W
            ax.text(pub + offset, 0.1, f"published {_date_text(published, 'day')}", ha=ha,
                    va="center_baseline", fontsize=_SMALL_SIZE, color=MUTED, zorder=4)
    return Chart(fig, title, subtitle, source, alt, table)

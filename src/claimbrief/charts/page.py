"""The page every chart is drawn on: house style, palette, Chart, byte-stable SVG/PNG output
and the briefing's <figure>, text measurement and wrapping, the title / subtitle /
notes / Source line layout, and number formatting shared by every chart."""

from __future__ import annotations

import functools
import glob
import io
import math
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import matplotlib.style  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.font_manager import FontProperties  # noqa: E402
from matplotlib.transforms import blended_transform_factory  # noqa: E402
from matplotlib.ticker import NullLocator  # noqa: E402

from ..paths import STYLE_FILE  # noqa: E402


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
PRINT_WIDTH = 7.0  # inches: a page column of the PDF and a desktop screen
# The tallest sheet a chart is drawn on for print. The 7-inch width fills the PDF's 176 mm
# column at about its size, so a sheet is about 117 mm tall: two sheets fit a page, and the
# first fits under a section's heading and intro in the lower half of a page. A taller
# drawing would be pushed whole onto the next page, leaving the one before it empty, and
# shrunk to at most 190 mm (briefing.css), its text with it. A chart with more to draw goes
# on in further sheets (``Chart.more``), each a whole drawing; one no taller than
# SPLIT_ABOVE (a 190 mm picture at the column's width) stays one drawing.
SHEET_HEIGHT = 4.6
SPLIT_ABOVE = 7.4
# A phone's column: 390 CSS px less margins shows this drawing at about 1:1, so an 8 pt label
# is 11 CSS px or more there (the desktop drawing shrunk to a phone would be a third of that).
NARROW_WIDTH = 3.4
_PAGE_WIDTH: ContextVar[float] = ContextVar("page_width", default=PRINT_WIDTH)


def _width() -> float:
    """The width of the page being drawn, in inches (print, or narrow inside :func:`narrow`)."""
    return _PAGE_WIDTH.get()


def _plot_w() -> float:
    return _width() - _LEFT - _RIGHT


@contextmanager
def narrow() -> Iterator[None]:
    """Draw charts for a narrow screen while inside: the same content laid out on a page
    NARROW_WIDTH inches wide (labels wrap, fewer ticks), not a scaled copy."""
    token = _PAGE_WIDTH.set(NARROW_WIDTH)
    try:
        yield
    finally:
        _PAGE_WIDTH.reset(token)


def is_narrow() -> bool:
    """Whether the chart being drawn is the narrow-screen one."""
    return _width() < PRINT_WIDTH
_LEFT = 0.3
_RIGHT = 0.3
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
    narrow: "Chart | None" = None  # the same chart laid out for a phone (see :func:`responsive`)
    # Its continuation sheets, when it is too tall for a printed page (see SHEET_HEIGHT); the
    # narrow drawing (a phone scrolls) is always one sheet.
    more: "list[Chart]" = field(default_factory=list)

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
    """Write ``<stem>.svg`` and ``<stem>.png`` into ``folder`` (``<stem>-2.svg``, ``.png``...
    for its continuation sheets, and ``<stem>-narrow.svg``, ``.png`` when the chart has a
    narrow drawing); return the print drawing's two paths.  Sheets of an earlier, longer
    drawing of the same stem are removed."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    svg_path, png_path = folder / f"{stem}.svg", folder / f"{stem}.png"
    svg_path.write_bytes(svg_bytes(chart))
    png_path.write_bytes(png_bytes(chart))
    for number, sheet in enumerate(chart.more, start=2):
        (folder / f"{stem}-{number}.svg").write_bytes(svg_bytes(sheet))
        (folder / f"{stem}-{number}.png").write_bytes(png_bytes(sheet))
    for old in [*folder.glob(f"{glob.escape(stem)}-*.svg"), *folder.glob(f"{glob.escape(stem)}-*.png")]:
        number = old.stem[len(stem) + 1:]
        if number.isdigit() and int(number) > len(chart.more) + 1:
            old.unlink(missing_ok=True)
    if chart.narrow is not None:
        (folder / f"{stem}-narrow.svg").write_bytes(svg_bytes(chart.narrow))
        (folder / f"{stem}-narrow.png").write_bytes(png_bytes(chart.narrow))
    return svg_path, png_path


def responsive(draw):
    """Make a chart function draw its chart twice: for print and desktop, and laid out
    anew for a narrow screen (``chart.narrow``), which the briefing shows on phones."""
    @functools.wraps(draw)
    def both(*args, **kwargs) -> Chart:
        chart = draw(*args, **kwargs)
        if not is_narrow():
            with narrow():
                chart.narrow = draw(*args, **kwargs)
        return chart
    return both


def chart_html(chart: Chart) -> str:
    """The ``<figure>`` for the briefing (:func:`claimbrief.components.chart_figure_html`): the
    drawing and its continuation sheets, and on a phone its narrow drawing, with alt text;
    the title, subtitle and Source line (which the drawing shows) as a caption for screen
    readers and search."""
    from ..components import chart_figure_html

    return chart_figure_html(svg_bytes(chart), chart.alt,
                             narrow=svg_bytes(chart.narrow) if chart.narrow is not None else None,
                             title=chart.title, subtitle=chart.subtitle, source=chart.source,
                             more=[(svg_bytes(sheet), sheet.alt) for sheet in chart.more])


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
            ax.text((cursor + _lead(run)) / _plot_w(), top + height / 2, run.text.strip(), transform=trans,
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
        return (math.log10(value) - math.log10(lo)) / (math.log10(hi) - math.log10(lo)) * _plot_w()
    return (value - lo) / (hi - lo) * _plot_w()


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
    heading: bool = False  # a heading over the notes after it


def _page(title: str, subtitle: str, source: str, body: float, axis_band: float,
          notes: list[_Note] | None = None):
    """A figure with title and subtitle on top, a plot ``body`` inches tall, ``axis_band``
    inches below it for tick labels, then ``notes`` and the Source line.  The plot's y axis
    runs in inches from its top (0) down (``body``), so text and marks share one unit."""
    fig, axes = _panels_page(title, subtitle, source, [("", body, axis_band)], notes)
    return fig, axes[0]


_PANEL_HEADING_SIZE = 9.5
_PANEL_GAP = 0.22  # between two panels
_NOTES_GAP = 0.1  # between the last panel and the notes


def _header_height(title: str, subtitle: str) -> float:
    """Inches above the first panel: the title and the subtitle (each none when empty)."""
    subtitle_lines = _wrap(subtitle, _SUBTITLE_SIZE, _plot_w()) if subtitle else []
    title_lines = _wrap(title, _TITLE_SIZE, _plot_w(), "bold") if title else []
    return 0.16 + len(title_lines) * _line_height(_TITLE_SIZE) + 0.04 \
        + len(subtitle_lines) * _line_height(_SUBTITLE_SIZE) + 0.16


def _footer_height(source: str) -> float:
    """Inches below the notes: the Source line and the margin."""
    return 0.1 + len(_wrap(f"Source: {source}", _SOURCE_SIZE, _plot_w())) * _line_height(_SOURCE_SIZE) + 0.12


def _panel_height(heading_lines: list[str], body: float, band: float) -> float:
    """Inches a panel takes: its heading, its plot ``body`` and the ``band`` for its ticks."""
    return (len(heading_lines) * _line_height(_PANEL_HEADING_SIZE) + 0.08 if heading_lines else 0.0) + body + band


def _note_height(note: _Note, lines: list[list[_Run]]) -> float:
    return note.gap_before + _runs_height(lines)


def _heading_lines(heading: str) -> list[str]:
    return _wrap(heading, _PANEL_HEADING_SIZE, _plot_w(), "bold") if heading else []


def _panels_page(title: str, subtitle: str, source: str, panels: list[tuple[str, float, float]],
                 notes: list[_Note] | None = None):
    """Like :func:`_page` with several plots stacked: ``panels`` is a list of (heading,
    body inches, axis band inches); each plot gets its heading above it and its own axes.
    Returns the figure and the axes, top to bottom."""
    notes = notes or []
    title_lines = _wrap(title, _TITLE_SIZE, _plot_w(), "bold") if title else []
    subtitle_lines = _wrap(subtitle, _SUBTITLE_SIZE, _plot_w()) if subtitle else []
    source_lines = _wrap(f"Source: {source}", _SOURCE_SIZE, _plot_w())
    note_lines = [(note, _layout_runs(note.runs, _plot_w() - note.indent)) for note in notes]
    headings = [_heading_lines(heading) for heading, _, _ in panels]

    header = _header_height(title, subtitle)
    panels_h = sum(_panel_height(lines, body, band) + (_PANEL_GAP if i < len(panels) - 1 else 0.0)
                   for i, ((_, body, band), lines) in enumerate(zip(panels, headings)))
    notes_h = sum(_note_height(note, lines) for note, lines in note_lines)
    footer = (notes_h + _NOTES_GAP if notes else 0.0) + _footer_height(source)
    height = header + panels_h + footer

    fig = Figure(figsize=(_width(), height))
    fig.patch.set_facecolor("white")

    def put(y_in: float, text: str, size: float, **kw) -> None:
        fig.text(_LEFT / _width(), 1 - (y_in + _line_height(size) / 2) / height, text, fontsize=size,
                 ha="left", va="center_baseline", **kw)

    y = 0.16
    for line in title_lines:
        put(y, line, _TITLE_SIZE, fontweight="bold", color=INK)
        y += _line_height(_TITLE_SIZE)
    y += 0.04
    for line in subtitle_lines:
        put(y, line, _SUBTITLE_SIZE, color=MUTED)
        y += _line_height(_SUBTITLE_SIZE)

    y = header
    axes = []
    for i, ((_, body, band), lines) in enumerate(zip(panels, headings)):
        for line in lines:
            put(y, line, _PANEL_HEADING_SIZE, fontweight="bold", color=INK)
            y += _line_height(_PANEL_HEADING_SIZE)
        y += 0.08 if lines else 0.0
        bottom = height - y - body
        ax = fig.add_axes((_LEFT / _width(), bottom / height, _plot_w() / _width(), max(body, 1e-3) / height))
        ax.set_ylim(body, 0.0)
        ax.yaxis.set_major_locator(NullLocator())
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0)
        ax.set_facecolor("none")
        axes.append(ax)
        y += body + band + (_PANEL_GAP if i < len(panels) - 1 else 0.0)

    y += _NOTES_GAP if notes else 0.0
    for note, lines in note_lines:
        y += note.gap_before
        for line in lines:
            h = _line_height(max(r.size for r in line)) if line else _line_height(_NOTE_SIZE)
            cursor = _LEFT + note.indent
            for run in line:
                fig.text((cursor + _lead(run)) / _width(), 1 - (y + h / 2) / height, run.text.strip(),
                         fontsize=run.size,
                         fontweight=run.weight, fontstyle=run.style, color=run.color,
                         ha="left", va="center_baseline")
                cursor += _text_width(run.text, run.size, run.weight, run.style)
            y += h
    y = height - 0.12 - len(source_lines) * _line_height(_SOURCE_SIZE)
    for line in source_lines:
        put(y, line, _SOURCE_SIZE, color=MUTED)
        y += _line_height(_SOURCE_SIZE)
    return fig, axes


def _blank(ax, message: str) -> None:
    """An empty plot that says why it is empty."""
    ax.set_axis_off()
    lo, hi = ax.get_ylim()
    ax.text(0.0, (lo + hi) / 2, message, transform=blended_transform_factory(ax.transAxes, ax.transData),
            ha="left", va="center", fontsize=11, color=MUTED, fontstyle="italic")

"""The figures chart: the numbers the article gives, side by side, with the table behind it."""

from __future__ import annotations

import math

import matplotlib

matplotlib.use("Agg")
import pandas as pd  # noqa: E402
from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullLocator  # noqa: E402

from ..extract import claims as _claims_extract  # noqa: E402
from .page import (  # noqa: E402
    responsive,
    ACCENT, GREY, INK, MUTED, _plot_w, _SMALL_SIZE, _NOTE_SIZE, Chart, _house, _Run, _layout_runs,
    _runs_height, _draw_runs, _number_word, _plural, _fmt_number, _fmt_tick, _present, _flag, _clean,
    source_line, _Note, _page, _blank,
)


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


@responsive
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
                                     _Run(" — " + _who(r), color=MUTED)], _plot_w())
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

"""The claims chart: claims by claimant and certainty, with the table behind it."""

from __future__ import annotations


import matplotlib

matplotlib.use("Agg")
import pandas as pd  # noqa: E402
from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: E402

from ..extract import claims as _claims_extract  # noqa: E402
from ..tables import CERTAINTIES  # noqa: E402
from .page import (  # noqa: E402
    responsive,
    MUTED, CERTAINTY_COLOURS, UNATTRIBUTED, _plot_w, _SMALL_SIZE, Chart, _house, _text_width, _Run,
    _layout_runs, _runs_height, _draw_runs, _contrast_text, _plural, _fmt_tick, _join_words, source_line,
    _page, _blank,
)


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


@responsive
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
            layouts.append(_layout_runs(runs, _plot_w()))
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
            per_unit = _plot_w() / xmax
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

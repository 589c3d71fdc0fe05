"""The timeline chart: every dated event at its real precision, with the table behind it."""

from __future__ import annotations

import datetime as dt

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import pandas as pd  # noqa: E402

from .page import (  # noqa: E402
    responsive,
    ACCENT, MUTED, _plot_w, _LABEL_SIZE, _SMALL_SIZE, _NOTE_SIZE, _MONTHS, Chart, _house, _line_height, _Run,
    _layout_runs, _runs_height, _draw_runs, _number_word, _plural, _present, _clean, source_line, _Note,
    _page, _blank,
)


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


@responsive
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
        per_day = _plot_w() / (hi_num - lo_num)
        span_h, gap = 0.16, 0.16
        placed = []
        for _, r in dated.iterrows():
            x0 = (mdates.date2num(r["start"]) - lo_num) * per_day
            x1 = (mdates.date2num(r["end"]) - lo_num) * per_day if r["precision"] != "day" else x0
            room_right, room_left = _plot_w() - x1 - 0.1, x0 - 0.1
            right = room_right >= min(2.6, _plot_w() * 0.4) or room_right >= room_left
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
            offset = {"right": -0.05, "left": 0.05, "center": 0.0}[ha] * (hi_num - lo_num) / _plot_w()
            ax.text(pub + offset, 0.1, f"published {_date_text(published, 'day')}", ha=ha,
                    va="center_baseline", fontsize=_SMALL_SIZE, color=MUTED, zorder=4)
    return Chart(fig, title, subtitle, source, alt, table)

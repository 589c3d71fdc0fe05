"""Charts: findings in titles come from the data, scales are honest, output is byte-stable."""

from __future__ import annotations

import base64
import datetime as dt
import re
from pathlib import Path

import matplotlib.pyplot as plt
import pytest

from claimbrief import charts
from claimbrief.tables import make_table


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _claims(spec: list[tuple[str | None, str, int]]):
    rows, i = [], 0
    for claimant, certainty, n in spec:
        for _ in range(n):
            rows.append({"sentence_id": i, "start": i * 10, "end": i * 10 + 9, "kind": "claim",
                         "claimant": claimant, "certainty": certainty, "text": "x"})
            i += 1
    return make_table("claims", rows)


def _figure(i: int, value=None, **extra) -> dict:
    row = {"sentence_id": i, "start": i * 10, "end": i * 10 + 5, "mention": str(value), "value": value,
           "approximate": False, "vague": False, "unit": None, "counts": "items", "claimant": "Source A",
           "certainty": "stated"}
    row.update(extra)
    return row


def _texts(chart: charts.Chart) -> str:
    """Every string drawn on the figure, in one blob."""
    found = [t.get_text() for t in chart.figure.findobj(lambda a: hasattr(a, "get_text"))]
    return "\n".join(found)


def _close(chart: charts.Chart) -> None:
    plt.close(chart.figure)


# --------------------------------------------------------------------------- claims


def test_claims_chart_title_names_top_claimant_and_count():
    chart = charts.claims_chart(_claims([("Ana Lima", "stated", 5), ("Ana Lima", "hedged", 1),
                                         ("Bo Chen", "reported", 2), (None, "reported", 1)]),
                                source="claimbrief extraction of Test")
    assert "Ana Lima" in chart.title and "6 of 9" in chart.title
    assert "states them directly" in chart.title
    assert "9 claims" in chart.subtitle and "3 claimants" in chart.subtitle
    assert "Ana Lima: 6 (5 stated, 1 hedged)" in chart.alt
    assert "Unattributed" in chart.alt
    assert chart.source == "claimbrief extraction of Test"
    assert "Source: claimbrief extraction of Test" in _texts(chart)
    assert chart.title.split()[0] in _texts(chart)  # the figure carries its own title
    assert list(chart.data["claimant"]) == ["Ana Lima", "Bo Chen", "Unattributed"]
    assert list(chart.data["total"]) == [6, 2, 1]
    _close(chart)


def test_claims_chart_title_follows_the_data_not_a_fixed_sentence():
    a = charts.claims_chart(_claims([("Ana Lima", "stated", 3), ("Bo Chen", "reported", 1)]))
    b = charts.claims_chart(_claims([("Bo Chen", "hedged", 4), ("Ana Lima", "stated", 1)]))
    assert a.title != b.title
    assert "Bo Chen" in b.title and "hedges" in b.title
    _close(a), _close(b)


def test_claims_chart_bars_start_at_zero_with_integer_ticks_and_text_on_every_colour():
    chart = charts.claims_chart(_claims([("Ana Lima", "confirmed", 4), ("Ana Lima", "denied", 3)]))
    ax = chart.figure.axes[0]
    assert ax.get_xlim()[0] == 0
    assert all(float(t).is_integer() for t in ax.get_xticks())
    drawn = _texts(chart)
    # colour is never alone: each certainty is named next to its colour
    assert "4 confirmed" in drawn and "3 denied" in drawn
    _close(chart)


def test_claims_chart_ignores_rows_without_certainty_and_handles_none():
    rows = _claims([("Ana Lima", "stated", 2)])
    rows.loc[0, "certainty"] = None
    chart = charts.claims_chart(rows)
    assert "The article's one claim comes from Ana Lima" in chart.title
    _close(chart)
    empty = charts.claims_chart(make_table("claims", []))
    assert "no claims" in empty.title
    assert "No claims" in _texts(empty)
    _close(empty)


def test_chart_html_escapes_hostile_claimant():
    chart = charts.claims_chart(_claims([("<script>alert(1)</script>", "stated", 2)]))
    page = charts.chart_html(chart)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    alt = re.search(r'alt="([^"]*)"', page).group(1)
    assert "&lt;script&gt;" in alt
    svg = base64.b64decode(re.search(r"base64,([A-Za-z0-9+/=]+)", page).group(1)).decode()
    assert "<script>" not in svg
    _close(chart)


# --------------------------------------------------------------------------- figures


def test_figures_chart_uses_log_scale_in_a_panel_whose_magnitudes_differ():
    figures = make_table("figures", [
        _figure(1, 12000.0, approximate=True, counts="soldiers", claimant="Leader X", **{"class": "people"}, measure="sent"),
        _figure(2, 6.0, counts="officers", claimant="Minister Y", **{"class": "people"}, measure="killed"),
    ])
    chart = charts.figures_chart(figures, gaps=["deaths: not disclosed"])
    ax = chart.figure.axes[0]
    assert ax.get_xscale() == "log"
    assert "log scale" in chart.subtitle and "log scale" in ax.get_xlabel()
    assert "People: 2 figures, log scale" in _texts(chart)
    assert chart.title.startswith("About 12,000 soldiers sent, per Leader X") and "deaths: not disclosed" in chart.title
    drawn = _texts(chart)
    assert "about 12,000" in drawn and "per Leader X, stated" in drawn and "per Minister Y, stated" in drawn
    assert "not disclosed" in drawn and "deaths" in drawn
    assert "12,000" in chart.alt and "Not disclosed: deaths" in chart.alt
    assert list(chart.data["kind"]) == ["number", "number", "withheld"]
    # approximate figure drawn hatched, exact one solid
    hatches = [p.get_hatch() for p in ax.patches]
    assert "////" in hatches and None in hatches
    _close(chart)


def test_figures_chart_has_a_panel_per_class_and_context_below():
    figures = make_table("figures", [
        _figure(1, 1840.0, counts="people", claimant="Interior Ministry", **{"class": "people"}, measure="dead"),
        _figure(2, 2100.0, counts="people", claimant="Red Cross", **{"class": "people"}, measure="dead"),
        _figure(3, 3.2e9, unit="USD", counts="damage", claimant="Interior Ministry", **{"class": "money"}, measure="damage"),
        _figure(4, 72.0, mention="72 hours", unit="hours", counts="hours", claimant="article", **{"class": "duration"},
                measure="search"),
    ])
    chart = charts.figures_chart(figures)
    drawn = _texts(chart)
    assert len(chart.figure.axes) == 2  # people and money on their own scales; the duration is context
    assert "People: 2 figures, from zero" in drawn and "Money (USD): 1 figure, from zero" in drawn
    assert "Context" in drawn and "72 hours" in drawn
    assert all(ax.get_xlim()[0] == 0 for ax in chart.figure.axes)
    # the same measure from two sources side by side, and the title says both
    assert chart.title == "1,840 dead and $3.2 billion damage, per Interior Ministry; 2,100 per Red Cross"
    _close(chart)


def test_a_share_given_as_a_fraction_is_drawn_on_the_percent_axis_its_label_uses():
    figures = make_table("figures", [
        _figure(1, 12.0, mention="12%", unit="percent", counts="profit", claimant="Firm", **{"class": "share"}, measure="profit fall"),
        _figure(2, 0.333, mention="nearly a third", unit="fraction", counts="sales", claimant="Firm", **{"class": "share"},
                measure="sales fall"),
    ])
    chart = charts.figures_chart(figures)
    shares = chart.data[chart.data["kind"] == "number"]
    assert set(shares["unit"]) == {"percent"} and sorted(shares["value"]) == [12.0, 33.3]
    assert len(chart.figure.axes) == 1 and "nearly 33.3%" in _texts(chart)
    _close(chart)


def test_figures_chart_draws_a_stated_change_as_an_arrow():
    figures = make_table("figures", [
        _figure(1, 1840.0, mention="1,840", counts="people", **{"class": "people"}, measure="dead", start=25, end=30),
        _figure(1, 1500.0, mention="1,500", counts="people", **{"class": "people"}, measure="dead", start=36, end=41),
    ])
    chart = charts.figures_chart(figures, texts={1: "The toll climbed to 1,840 from 1,500 overnight."})
    assert "(from 1,500)" in _texts(chart) and "arrow" in chart.subtitle
    assert any(a.arrow_patch is not None for a in chart.figure.axes[0].texts if hasattr(a, "arrow_patch"))
    _close(chart)


def test_figures_chart_stays_linear_from_zero_when_magnitudes_are_close():
    figures = make_table("figures", [_figure(1, 30.0), _figure(2, 12.0)])
    chart = charts.figures_chart(figures)
    ax = chart.figure.axes[0]
    assert ax.get_xscale() == "linear"
    assert ax.get_xlim()[0] == 0
    assert "log" not in chart.subtitle
    assert "30" in chart.title
    _close(chart)


def test_figures_chart_vague_range_and_withheld_rows():
    figures = make_table("figures", [
        _figure(1, None, mention="a few weeks", vague=True, approximate=True, counts="weeks of training"),
        _figure(2, None, mention="10 to 20", low=10.0, high=20.0, counts="drones"),
    ])
    chart = charts.figures_chart(figures, gaps=["wounded: not disclosed"])
    drawn = _texts(chart)
    assert "a few weeks" in drawn and "vague, no number" in drawn
    assert "10–20" in drawn
    assert "wounded" in drawn and "not disclosed" in drawn
    assert "range" in chart.subtitle
    _close(chart)


def test_figures_chart_with_no_figures_says_so():
    chart = charts.figures_chart(make_table("figures", []))
    assert "no figures" in chart.title.lower()
    assert "No figures in the article" in _texts(chart)
    _close(chart)


def test_figures_chart_with_one_and_many_figures():
    one = charts.figures_chart(make_table("figures", [_figure(1, 7.0, counts="ships")]))
    assert "7 ships" in one.title
    _close(one)
    long = "people displaced from the eastern regions after a long campaign of strikes on the grid"
    many = charts.figures_chart(make_table("figures", [_figure(i, float(10 * (i + 1)), counts=long)
                                                         for i in range(20)]))
    assert len(many.data) == 20
    width, height = many.figure.get_size_inches()
    assert width == pytest.approx(7.0)
    assert len(many.narrow.figure.axes) == 1 and not many.narrow.more  # a phone scrolls: one drawing
    _close(many)


def _many_figures(n: int = 24, context: int = 0):
    long = "people displaced from the eastern regions after a long campaign of strikes on the grid"
    rows = [_figure(i, float(10 * i + 13), counts=long, mention=f"{10 * i + 13} people") for i in range(n)]
    rows += [_figure(n + j, float(j + 2), counts="days", unit="days", mention=f"{j + 2} days of fighting near the river")
             for j in range(context)]
    return make_table("figures", rows)


def test_figures_chart_too_tall_for_a_printed_page_goes_on_in_whole_sheets():
    chart = charts.figures_chart(_many_figures())
    sheets = [chart, *chart.more]
    assert len(sheets) >= 3
    for sheet in sheets:
        assert sheet.figure.get_size_inches()[1] <= charts.page.SHEET_HEIGHT + 1e-9
    drawn = [_texts(sheet) for sheet in sheets]
    for i in range(24):  # every bar on exactly one sheet (its number is a text of its own)
        assert sum(str(10 * i + 13) in text.split("\n") for text in drawn) == 1, i
    assert "(continued)" not in chart.title and all(sheet.title.endswith("(continued)") for sheet in chart.more)
    assert "People: 24 figures, from zero (continued)" in drawn[1]
    # one panel, one scale: every sheet's axis runs over the same values
    limits = {tuple(round(v, 6) for v in sheet.figure.axes[0].get_xlim()) for sheet in sheets}
    assert len(limits) == 1
    assert all(sheet.alt.startswith("Continuation of the chart above: People (continued)") for sheet in chart.more)
    for sheet in sheets:
        _close(sheet)


def test_figures_chart_keeps_a_notes_heading_with_the_note_under_it():
    chart = charts.figures_chart(_many_figures(n=9, context=14))
    sheets = [chart, *chart.more]
    assert len(sheets) >= 2
    for sheet in sheets:
        assert sheet.figure.get_size_inches()[1] <= charts.page.SHEET_HEIGHT + 1e-9
        texts = [t.get_text() for t in sheet.figure.texts if t.get_text().strip()]
        heading = [i for i, t in enumerate(texts) if t.startswith("Context (")]
        assert all(i + 1 < len(texts) and texts[i + 1] == "•" for i in heading), texts
    assert sum("Context (" in _texts(sheet) for sheet in sheets) == 1
    assert sum(_texts(sheet).count("days of fighting") for sheet in sheets) == 14
    for sheet in sheets:
        _close(sheet)


def test_chart_html_shows_the_sheets_and_hides_them_where_the_narrow_drawing_is_whole(tmp_path):
    chart = charts.figures_chart(_many_figures())
    page = charts.chart_html(chart)
    figure = re.search(r'<figure class="([^"]*)"', page).group(1).split()
    assert figure == ["chart", "chart-sheets", "chart-whole-narrow"]
    sheets = re.findall(r'<img class="chart-sheet" alt="([^"]*)"', page)
    assert len(sheets) == len(chart.more) and all(alt.startswith("Continuation of the chart above") for alt in sheets)
    (tmp_path / "figures-9.svg").write_text("stale")
    charts.save_chart(chart, tmp_path, "figures")
    written = {p.name for p in tmp_path.glob("figures*.svg")}
    assert written == {"figures.svg", "figures-narrow.svg", *(f"figures-{n}.svg" for n in range(2, len(chart.more) + 2))}
    assert not (tmp_path / "figures-9.svg").exists()
    phone = (Path(charts.__file__).parent.parent / "templates" / "briefing" / "phone.css").read_text()
    assert re.search(r"figure\.chart\.chart-whole-narrow img\.chart-sheet \{ display: none; \}", phone)
    one = charts.figures_chart(_many_figures(n=3))
    assert not one.more and "chart-sheet" not in charts.chart_html(one)


# --------------------------------------------------------------------------- timeline


def _dates():
    return make_table("dates", [
        {"sentence_id": 1, "start": 0, "end": 4, "mention": "as early as July", "resolved": "2024-07",
         "precision": "month", "qualifier": "no later than", "event": "A treaty was signed"},
        {"sentence_id": 2, "start": 10, "end": 19, "mention": "on 3 October", "resolved": "2024-10-03",
         "precision": "day", "event": "A strike was reported"},
        {"sentence_id": 3, "start": 20, "end": 29, "mention": "previously", "resolved": None,
         "precision": None, "event": "Troops were deployed"},
    ])


def test_timeline_month_is_a_span_and_day_a_point():
    chart = charts.timeline_chart(_dates(), dt.date(2024, 12, 1))
    ax = chart.figure.axes[0]
    month = [p for p in ax.patches if p.get_label().startswith("month:")]
    day = [line for line in ax.lines if line.get_label().startswith("day:")]
    assert len(month) == 1 and len(day) == 1
    assert month[0].get_width() == pytest.approx(31)  # all of July
    assert len(day[0].get_xdata()) == 1  # a single point
    drawn = _texts(chart)
    assert "no later than July 2024" in drawn
    assert "published 1 December 2024" in drawn
    assert "previously" in drawn and "Troops were deployed" in drawn
    assert "July" in chart.title and "October 2024" in chart.title
    assert "Two dated events" in chart.title
    assert "publication on 1 December 2024" in chart.alt
    assert "Undated" in chart.alt
    _close(chart)


def test_timeline_week_and_year_spans():
    dates = make_table("dates", [
        {"sentence_id": 1, "start": 0, "end": 4, "mention": "last week", "resolved": "2024-11-18",
         "precision": "week", "event": "Talks resumed"},
        {"sentence_id": 2, "start": 5, "end": 9, "mention": "in 2023", "resolved": "2023",
         "precision": "year", "event": "Sanctions were tightened"},
    ])
    chart = charts.timeline_chart(dates, None)
    ax = chart.figure.axes[0]
    widths = {p.get_label().split(":")[0]: p.get_width() for p in ax.patches}
    assert widths["week"] == pytest.approx(7) and widths["year"] == pytest.approx(365)
    assert "published" not in _texts(chart)
    _close(chart)


def test_timeline_quarter_is_a_span_labelled_by_its_quarter():
    dates = make_table("dates", [
        {"sentence_id": 1, "start": 0, "end": 4, "mention": "the third quarter", "resolved": "2025-Q3",
         "precision": "quarter", "event": "Orders picked up"},
        {"sentence_id": 2, "start": 5, "end": 9, "mention": "Q4", "resolved": "2025-Q4",
         "precision": "quarter", "event": "Shipments slowed"},
    ])
    table = charts.timeline_table(dates)
    assert table["start"].tolist() == [dt.date(2025, 7, 1), dt.date(2025, 10, 1)]
    assert table["end"].tolist() == [dt.date(2025, 10, 1), dt.date(2026, 1, 1)]
    assert table["when"].tolist() == ["Q3 2025", "Q4 2025"]
    chart = charts.timeline_chart(dates, None)
    widths = [p.get_width() for p in chart.figure.axes[0].patches if p.get_label().startswith("quarter:")]
    assert widths == [pytest.approx(92), pytest.approx(92)]
    _close(chart)


def test_timeline_with_no_dates():
    chart = charts.timeline_chart(make_table("dates", []), None)
    assert "no events" in chart.title
    assert "No dated events in the article" in _texts(chart)
    _close(chart)


# --------------------------------------------------------------------------- output


def test_save_chart_is_byte_stable(tmp_path):
    chart = charts.timeline_chart(_dates(), dt.date(2024, 12, 1))
    svg1, png1 = charts.save_chart(chart, tmp_path / "a", "timeline")
    svg2, png2 = charts.save_chart(chart, tmp_path / "b", "timeline")
    assert svg1.read_bytes() == svg2.read_bytes()
    assert png1.read_bytes() == png2.read_bytes()
    again = charts.timeline_chart(_dates(), dt.date(2024, 12, 1))
    assert charts.svg_bytes(again) == svg1.read_bytes()  # a rebuilt chart gives the same bytes
    assert b"<dc:date>" not in svg1.read_bytes()
    _close(chart), _close(again)


def test_house_style_file_applies():
    import matplotlib

    with matplotlib.rc_context():
        charts.use_style()
        assert matplotlib.rcParams["axes.spines.top"] is False
        assert matplotlib.rcParams["axes.spines.right"] is False
        assert matplotlib.rcParams["axes.titlelocation"] == "left"
        assert matplotlib.rcParams["svg.hashsalt"] == "claimbrief"
        assert matplotlib.rcParams["axes.prop_cycle"].by_key()["color"][0].upper() == "#0072B2"


def test_source_line_accepts_a_title_or_a_full_line():
    assert charts.source_line("A Headline") == "claimbrief extraction of “A Headline”"
    assert charts.source_line("claimbrief extraction of X") == "claimbrief extraction of X"
    assert charts.source_line(None) == charts.DEFAULT_SOURCE


def test_dollar_signs_in_labels_are_text_not_mathtext():
    chart = charts.claims_chart(_claims([("Fund $a_b$ 5$", "stated", 1)]))
    assert "Fund $a_b$ 5$" in _texts(chart)
    charts.svg_bytes(chart)  # would raise if "$a_b$" were parsed as mathtext
    _close(chart)


def test_every_chart_has_its_own_narrow_drawing_for_phones():
    chart = charts.claims_chart(_claims([("Ana Lima", "stated", 3), ("Bo Chen", "reported", 1)]))
    try:
        assert chart.narrow is not None and chart.narrow.narrow is None
        assert chart.figure.get_figwidth() == charts.PRINT_WIDTH
        assert chart.narrow.figure.get_figwidth() == charts.NARROW_WIDTH
        # laid out anew, not scaled: the narrow page is taller for the same content
        assert chart.narrow.figure.get_figheight() / charts.NARROW_WIDTH > chart.figure.get_figheight() / charts.PRINT_WIDTH
        html = charts.chart_html(chart)
        assert html.count("data:image/svg+xml;base64,") == 2 and "<picture><source media=" in html
        assert html.index("<source") < html.index("<img")  # the print drawing is the fallback (PDF)
    finally:
        _close(chart)
        _close(chart.narrow)


def test_saving_a_chart_writes_its_narrow_drawing_beside_it(tmp_path):
    chart = charts.claims_chart(_claims([("Ana Lima", "stated", 3)]))
    try:
        charts.save_chart(chart, tmp_path, "claims")
        assert {p.name for p in tmp_path.iterdir()} == {"claims.svg", "claims.png", "claims-narrow.svg", "claims-narrow.png"}
    finally:
        _close(chart)
        _close(chart.narrow)

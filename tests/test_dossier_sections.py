"""What a dossier draws and lists stays readable however many articles it has: charts, map,
"what changed" and table cells draw or name their first items and say how many are left
out; a chart whose inputs did not change is not drawn again."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pandas as pd
import pytest

from claimbrief.charts import relays, svg_bytes, trends, use_style
from claimbrief.dossier import sections
from claimbrief.dossier.sections import DossierContext


def _context(**tables) -> DossierContext:
    arts = pd.DataFrame({"order": range(1, 31), "article": [f"a{i:02d}" for i in range(30)],
                         "outlet": [f"Outlet {i % 4}" for i in range(30)],
                         "published": [(dt.date(2025, 1, 1) + dt.timedelta(days=i)).isoformat() for i in range(30)]})
    return DossierContext(name="t", title="t", dossier=SimpleNamespace(articles=arts, **tables), inputs=None,
                          figures_dir=None, parameters={})


def test_the_map_marks_the_places_named_by_the_most_articles_and_says_how_many_more():
    n = sections.MAP_PLACES + 9
    places = pd.DataFrame({"place": [f"Town {i}" for i in range(n)], "country": "ZM", "kind": "city",
                           "lat": [-12.0 - i * 0.3 for i in range(n)], "lon": 28.0, "articles": [n - i for i in range(n)],
                           "mentions": 1})
    ctx = _context(places=places)
    marked = sections.map_places(ctx)
    assert list(marked["canonical"]) == [f"Town {i}" for i in range(sections.MAP_PLACES)]
    assert f"The map marks the {sections.MAP_PLACES} places named by the most articles; 9 more" \
        in sections.map_sentence(ctx)
    assert sections.map_sentence(_context(places=places.head(3))) == ""


def test_the_timeline_chart_draws_the_events_dated_by_the_most_articles_in_date_order():
    n = sections.TIMELINE_CHART_EVENTS + 15
    events = pd.DataFrame({"date": [(dt.date(2024, 1, 1) + dt.timedelta(days=i)).isoformat() for i in range(n)],
                           "precision": "day", "qualifier": None, "what": [f"event {i}" for i in range(n)],
                           "articles": [1 + (i % 7) for i in range(n)]})
    ctx = _context(timeline=events)
    drawn = sections.charted_events(ctx)
    assert len(drawn) == sections.TIMELINE_CHART_EVENTS
    assert list(drawn["date"]) == sorted(drawn["date"])
    assert drawn["articles"].min() >= events.sort_values("articles")["articles"].iloc[-sections.TIMELINE_CHART_EVENTS]
    assert f"all {n:,} dated events" in sections.timeline_sentence(ctx)


def test_what_changed_covers_the_latest_articles_and_points_to_the_csv_for_the_rest():
    changes = pd.DataFrame({"article": [f"a{i:02d}" for i in range(1, 30)], "order": range(2, 31),
                            "change": "new claim", "what": [f"claim {i}" for i in range(1, 30)]})
    out = sections.changes_html(_context(changes=changes))
    assert out.count("<li><strong>") == sections.CHANGED_ARTICLES
    assert "claim 29" in out and "claim 1<" not in out and "“claim 1”" not in out
    assert f"What the {29 - sections.CHANGED_ARTICLES} articles before them added" in out and "data/changes.csv" in out
    assert f'<ol start="{30 - sections.CHANGED_ARTICLES + 1}" style="counter-reset: list-item {30 - sections.CHANGED_ARTICLES}">' in out


def test_a_cell_names_a_few_articles_and_counts_the_rest():
    ctx = _context()
    cell = sections._labels(ctx, "; ".join(f"a{i:02d}" for i in range(12)))
    assert cell.startswith("Outlet 0, 2025-01-01; Outlet 1, 2025-01-02")
    assert cell.endswith(f" and {12 - sections.CELL_ARTICLES} more") and cell.count(";") == sections.CELL_ARTICLES - 1


def _figures(sources: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    rows = [{"figure": i, "group": 0, "article": f"a{i:02d}", "order": i + 1, "sentence_id": 1, "value": 10.0 + i,
             "low": None, "high": None, "approximate": False, "number": str(10 + i), "measure": "dead",
             "mention": str(10 + i), "source": f"Source {i}", "stated": f"2025-01-{i + 1:02d}"}
            for i in range(sources)]
    groups = pd.DataFrame([{"group": 0, "measure": "dead", "subject": None, "articles": sources, "conflicts": 3,
                            "revisions": 0, "latest_number": str(9 + sources), "latest_source": f"Source {sources - 1}",
                            "conservative_number": "10", "conservative_source": "Source 0"}])
    return pd.DataFrame(rows), groups


def test_a_trend_panel_draws_a_few_sources_the_latest_and_most_conservative_among_them():
    figures, groups = _figures(12)
    drawn = trends.panel_sources(figures, groups.iloc[0])
    assert len(drawn) == trends.PANEL_SOURCES and drawn[:2] == ["Source 11", "Source 0"]
    use_style()
    chart = trends.trends_chart(figures, groups)
    assert set(chart.data["source"]) == set(drawn)
    assert "Source 5" not in chart.alt and "Source 11" in chart.alt
    # the chart of the drawn measures' rows is the chart of the whole tables
    other = pd.concat([figures, figures.head(2).assign(group=1, figure=[100, 101])])
    same = trends.trends_chart(*trends.chart_inputs(other, groups))
    assert svg_bytes(same) == svg_bytes(chart)


def test_the_relay_chart_alt_text_names_the_sources_drawn_and_counts_the_rest():
    n = relays.MOST_SOURCES + 6
    rel = pd.DataFrame({"claim": range(n), "statement": range(n), "source": [f"Source {i}" for i in range(n)],
                        "via": None, "outlet": "Outlet 0", "article": "a00", "published": "2025-01-01",
                        "certainty": "stated"})
    src = pd.DataFrame({"source": [f"Source {i}" for i in range(n)], "named": True})
    use_style()
    chart = relays.relay_chart(rel, src)
    assert f"Source {relays.MOST_SOURCES - 1}:" in chart.alt and f"Source {n - 1}:" not in chart.alt
    assert "6 other named sources with fewer claims are not drawn" in chart.alt


def test_a_chart_is_drawn_again_only_when_its_inputs_change(tmp_path):
    calls = []

    def draw(frame, source=""):
        calls.append(frame)
        use_style()
        return trends.trends_chart(*_figures(3)) if len(frame) else trends.trends_chart(*_figures(2))

    one = pd.DataFrame({"x": [1, 2]})
    first = sections.cached_chart_html(tmp_path, "c", draw, one, source="s")
    assert sections.cached_chart_html(tmp_path, "c", draw, one.copy(), source="s") == first
    assert len(calls) == 1 and (tmp_path / "c.svg").is_file() and (tmp_path / "c-narrow.svg").is_file()
    sections.cached_chart_html(tmp_path, "c", draw, one, source="another")
    sections.cached_chart_html(tmp_path, "c", draw, pd.DataFrame({"x": [1, 3]}), source="another")
    assert len(calls) == 3
    (tmp_path / "c.svg").unlink()  # a figure whose drawing is gone is drawn again
    sections.cached_chart_html(tmp_path, "c", draw, pd.DataFrame({"x": [1, 3]}), source="another")
    assert len(calls) == 4


@pytest.mark.parametrize("stale", ["c.png", "c-narrow.png"])
def test_a_stale_png_of_a_chart_is_removed(tmp_path, stale):
    (tmp_path / stale).write_bytes(b"old")
    use_style()
    sections.chart_html(trends.trends_chart(*_figures(2)), tmp_path, "c")
    assert not (tmp_path / stale).exists()


def test_a_measure_given_many_times_names_its_first_values_and_counts_the_rest():
    values = "; ".join(f"{i} (Source {i}, 2025-01-{i + 1:02d}, a{i:02d})" for i in range(sections.SHOWN_VALUES + 4))
    groups = pd.DataFrame([{"group": 0, "measure": "dead", "subject": None, "articles": 10, "conflicts": 1,
                            "revisions": 0, "latest_number": "9", "latest_source": "Source 9", "latest_stated": None,
                            "conservative_number": "0", "conservative_source": "Source 0", "values": values}])
    row = sections.figure_groups_frame(_context(figure_groups=groups)).iloc[0]
    assert row["Values as stated"].startswith("0 (Source 0, 2025-01-01, a00); 1 (Source 1")
    assert row["Values as stated"].endswith(f"(Source {sections.SHOWN_VALUES - 1}, 2025-01-0{sections.SHOWN_VALUES}, "
                                            f"a0{sections.SHOWN_VALUES - 1}); and 4 more")

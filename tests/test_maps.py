"""Tests for claimbrief.maps: the locator map of the places table."""

from __future__ import annotations

import itertools

import pytest

from claimbrief import charts, geo, maps, tables


def place(n, mention, canonical, country, kind, lat, lon):
    return {
        "sentence_id": n, "start": 100 * n, "end": 100 * n + len(mention), "mention": mention,
        "canonical": canonical, "country": country, "kind": kind, "lat": lat, "lon": lon, "resolution": "exact",
    }


def country(n, code, name):
    lat, lon, _ = geo.country_points()[code]
    return place(n, name, name, code, "country", lat, lon)


@pytest.fixture(scope="module")
def europe():
    return tables.make_table("places", [
        place(1, "Pariss", "Paris", "FR", "city", 48.857, 2.352),
        place(2, "Kyiv", "Kyiv", "UA", "city", 50.45, 30.52),
        place(3, "Berlin", "Berlin", "DE", "city", 52.52, 13.40),
        place(4, "Warsaw", "Warsaw", "PL", "city", 52.23, 21.01),
        place(5, "Bavaria", "Bavaria", "DE", "region", 48.79, 11.50),
        place(6, "Munich", "Munich", "DE", "city", 48.14, 11.58),
        place(7, "Lodz", "Łódź", "PL", "city", 51.76, 19.46),
        country(8, "PL", "Poland"),
        place(9, "Paris", "Paris", "FR", "city", 48.857, 2.352),  # a second mention of one place
    ])


@pytest.fixture(scope="module")
def far_apart():
    return tables.make_table("places", [
        place(1, "São Paulo", "São Paulo", "BR", "city", -23.55, -46.63),
        place(2, "Rio", "Rio de Janeiro", "BR", "city", -22.91, -43.17),
        place(3, "Tokyo", "Tokyo", "JP", "city", 35.68, 139.69),
        country(4, "JP", "Japan"),
    ])


def all_texts(chart):
    return [t.get_text() for ax in chart.figure.axes for t in ax.texts]


def covers(ax, lat, lon):
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    return x0 <= lon <= x1 and y0 <= lat <= y1


def test_main_map_covers_every_place(europe):
    chart = maps.locator_map(europe, source="Test article")
    assert len(chart.figure.axes) == 1
    ax = chart.figure.axes[0]
    for _, row in europe.iterrows():
        assert covers(ax, row["lat"], row["lon"]), row["canonical"]


def test_every_place_is_labelled_once(europe):
    chart = maps.locator_map(europe, source="Test article")
    texts = all_texts(chart)
    for name in ("Paris", "Kyiv", "Berlin", "Warsaw", "Bavaria", "Munich", "Łódź"):
        assert texts.count(name) == 1, name
    assert "POLAND" in texts  # the country named, written on it
    assert "FRANCE" in texts and "UKRAINE" in texts  # the countries holding places, named not just tinted


def test_labels_do_not_overlap(europe):
    chart = maps.locator_map(europe, source="Test article")
    renderer = chart.figure.canvas.get_renderer()
    for ax in chart.figure.axes:
        boxes = [t.get_window_extent(renderer) for t in ax.texts]
        for a, b in itertools.combinations(boxes, 2):
            assert not a.overlaps(b)


def test_far_apart_places_get_a_world_overview(far_apart):
    chart = maps.locator_map(far_apart, source="Test article")
    main, overview = chart.figure.axes
    assert covers(main, -23.55, -46.63) and covers(main, -22.91, -43.17)
    assert not covers(main, 35.68, 139.69)
    assert covers(overview, 35.68, 139.69)
    assert overview.get_xlim()[1] - overview.get_xlim()[0] >= 300  # the whole world
    assert any("Tokyo" in text for text in (t.get_text() for t in overview.texts))
    assert "overview" in chart.subtitle
    assert set(chart.data["panel"]) == {"main", "overview"}


def test_single_city_is_not_zoomed_to_a_dot():
    chart = maps.locator_map(tables.make_table("places", [
        place(1, "Denver", "Denver", "US", "city", 39.74, -104.99),
    ]), source="Test article")
    ax = chart.figure.axes[0]
    assert covers(ax, 39.74, -104.99)
    assert ax.get_ylim()[1] - ax.get_ylim()[0] >= maps.MIN_SPAN
    assert chart.title == "The one place named is Denver, United States of America"


def test_alt_text_names_every_place_and_country(europe):
    chart = maps.locator_map(europe, source="Test article")
    for name in ("Paris", "Kyiv", "Berlin", "Warsaw", "Bavaria", "Munich", "Łódź", "Poland",
                 "France", "Ukraine", "Germany"):
        assert name in chart.alt, name
    assert "“Pariss”" in chart.alt  # the spelling in the text, beside the resolved name


def test_places_without_coordinates_are_skipped_and_listed():
    chart = maps.locator_map(tables.make_table("places", [
        place(1, "Kyiv", "Kyiv", "UA", "city", 50.45, 30.52),
        place(2, "Nowhere", "Nowhere", None, "city", None, None),
    ]), source="Test article")
    assert "Nowhere" in chart.alt and "no coordinates" in chart.alt
    assert "Nowhere" not in all_texts(chart)
    assert list(chart.data["panel"]) == ["main", "none"]


def test_zero_places():
    chart = maps.locator_map(tables.make_table("places", []), source="Test article")
    assert chart.title == "The article names no places"
    assert len(chart.figure.axes) == 1
    assert "no places" in chart.alt
    assert chart.data.empty


def test_title_source_and_subtitle(europe):
    chart = maps.locator_map(europe, source="Test article")
    assert chart.title == "Places named span 4 countries, most in Germany"
    assert chart.source.startswith("Test article. Boundaries: Natural Earth 1:50m via world-atlas ")
    assert chart.source.endswith("(public domain).")
    assert "dot: city" in chart.subtitle and "ring: region" in chart.subtitle


def test_countries_of_places_get_distinct_tints(europe):
    chart = maps.locator_map(europe, source="Test article")
    fills = {p.get_facecolor() for p in chart.figure.axes[0].patches}
    # Four tints (France, Ukraine, Germany, Poland), grey context, ocean-free land underlay.
    assert len(fills) >= 5


def test_svg_is_byte_stable(far_apart):
    first = charts.svg_bytes(maps.locator_map(far_apart, source="Test article"))
    second = charts.svg_bytes(maps.locator_map(far_apart, source="Test article"))
    assert first == second


def test_crowded_places_get_a_detail_map_with_a_locator_overview():
    chart = maps.locator_map(tables.make_table("places", [
        place(1, "Irpin", "Irpin", "UA", "city", 50.52, 30.25),
        place(2, "Bucha", "Bucha", "UA", "city", 50.54, 30.22),
        place(3, "Hostomel", "Hostomel", "UA", "city", 50.57, 30.26),
    ]), source="Test article")
    main, overview = chart.figure.axes
    assert main.get_ylim()[1] - main.get_ylim()[0] < 3  # zoomed in far enough to tell them apart
    assert overview.get_xlim()[1] - overview.get_xlim()[0] < 90  # a regional locator, not the world
    for lat, lon in ((50.52, 30.25), (50.54, 30.22), (50.57, 30.26)):
        assert covers(main, lat, lon) and covers(overview, lat, lon)


def test_small_named_country_is_marked_not_just_tinted():
    chart = maps.locator_map(tables.make_table("places", [
        place(1, "Monaco", "Monaco", "MC", "country", 43.74, 7.42),
        place(2, "Nice", "Nice", "FR", "city", 43.70, 7.27),
    ]), source="Test article")
    texts = all_texts(chart)
    assert texts.count("Monaco") == 1 and "MONACO" not in texts
    assert "square" in chart.subtitle


def test_a_hand_set_extent_frames_the_map_and_is_checked():
    import pytest

    from claimbrief.errors import ClaimbriefError
    from claimbrief.maps import locator_map
    from claimbrief.tables import make_table

    rows = [{"sentence_id": 1, "start": 0, "end": 5, "mention": "Paris", "canonical": "Paris", "country": "FR",
             "kind": "city", "lat": 48.85, "lon": 2.35, "resolution": "exact"}]
    chart = locator_map(make_table("places", rows), source="test", extent=(-10, 20, 35, 60))
    west, east = chart.figure.axes[0].get_xlim()
    assert west <= -9 and east >= 19 and east - west < 45
    with pytest.raises(ClaimbriefError):
        locator_map(make_table("places", rows), source="test", extent=(20, -10, 35, 60))

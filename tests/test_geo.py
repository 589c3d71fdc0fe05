"""Tests for claimbrief.geo: the shipped Natural Earth boundaries and the country points."""

from __future__ import annotations

import hashlib
import math
import subprocess
import sys

import pycountry
import pytest
from shapely.geometry import Point

from claimbrief import geo

# (lat, lon) of well-known places, used only to check the shapes.
PARIS = (48.857, 2.352)
TOKYO = (35.68, 139.69)
KYIV = (50.45, 30.52)
SIMFEROPOL = (44.95, 34.10)
DENVER = (39.74, -104.99)
BRASILIA = (-15.79, -47.88)
HARGEISA = (9.56, 44.06)
KYRENIA = (35.34, 33.32)
PRISTINA = (42.66, 21.17)
KALININGRAD = (54.71, 20.51)


def contains(geometry, lat_lon) -> bool:
    lat, lon = lat_lon
    return geometry.contains(Point(lon, lat))


def true_area_km2(geometry) -> float:
    # Square degrees scaled by cos(latitude) per polygon: good to a few per cent away from the poles.
    polygons = getattr(geometry, "geoms", [geometry])
    return sum(p.area * 111.32**2 * math.cos(math.radians(p.centroid.y)) for p in polygons)


@pytest.fixture(scope="module")
def shapes():
    return geo.country_shapes()


@pytest.mark.parametrize(("code", "place"), [
    ("FR", PARIS), ("JP", TOKYO), ("UA", KYIV), ("US", DENVER), ("BR", BRASILIA),
])
def test_well_known_countries_contain_their_capitals(shapes, code, place):
    assert shapes[code].is_valid
    assert contains(shapes[code], place)


def test_every_shape_is_valid_and_polygonal(shapes):
    assert len(shapes) > 230
    for code, shape in shapes.items():
        assert shape.is_valid, code
        assert shape.geom_type in ("Polygon", "MultiPolygon"), code


def test_ids_map_to_alpha2_codes(shapes):
    for code in shapes:
        assert code == "XK" or pycountry.countries.get(alpha_2=code) is not None, code
    assert contains(shapes["XK"], PRISTINA)  # Kosovo has no numeric id in the data
    assert contains(shapes["SO"], HARGEISA)  # Somaliland is drawn inside Somalia
    assert contains(shapes["CY"], KYRENIA)  # so is northern Cyprus inside Cyprus
    assert contains(shapes["RU"], KALININGRAD)


def test_crimea_is_drawn_inside_ukraine(shapes):
    assert contains(shapes["UA"], SIMFEROPOL)
    assert not contains(shapes["RU"], SIMFEROPOL)


def test_shapes_are_cut_at_the_antimeridian(shapes):
    # Uncut, Russia and Fiji read as bands round the globe and their areas come out wrong.
    for code in ("RU", "FJ", "US"):  # (Antarctica's mainland rightly spans every longitude)
        for polygon in getattr(shapes[code], "geoms", [shapes[code]]):
            west, _, east, _ = polygon.bounds
            assert east - west < 180, code
    assert true_area_km2(shapes["RU"]) == pytest.approx(17.1e6, rel=0.05)
    assert true_area_km2(shapes["FJ"]) == pytest.approx(18.3e3, rel=0.1)
    assert true_area_km2(shapes["AQ"]) > 10e6


def test_representative_points_lie_inside_their_countries(shapes):
    points = geo.country_points()
    assert set(points) == set(shapes)
    for code, (lat, lon, name) in points.items():
        assert contains(shapes[code], (lat, lon)), (code, name)


def test_russia_point_is_on_the_russian_mainland():
    lat, lon, name = geo.country_points()["RU"]
    assert name == "Russia"
    mainland = geo.largest_polygon(geo.country_shapes()["RU"])
    assert contains(mainland, (lat, lon))
    assert 50 < lat < 70 and 40 < lon < 140  # Siberia, not the Arctic Ocean or Chukotka


@pytest.mark.parametrize(("code", "west", "south", "east", "north"), [
    ("US", -125, 25, -67, 49),  # the contiguous states, not Alaska or Hawaii
    ("FR", -5, 42, 8, 51),  # metropolitan France, not French Guiana
    ("NO", 4, 57, 31, 71),  # mainland Norway, not Svalbard
])
def test_points_of_scattered_countries_lie_on_the_main_landmass(code, west, south, east, north):
    lat, lon, _ = geo.country_points()[code]
    assert west < lon < east and south < lat < north


def test_country_names_are_natural_earths():
    names = geo.country_names()
    assert names["RU"] == "Russia"
    assert names["SO"] == "Somalia"  # not Somaliland
    assert names["AU"] == "Australia"  # not Ashmore and Cartier Is.
    assert names["XK"] == "Kosovo"


def test_coarse_scale_and_unknown_scale():
    coarse = geo.country_shapes("110m")
    assert 150 < len(coarse) < len(geo.country_shapes())
    assert contains(coarse["JP"], TOKYO)
    with pytest.raises(ValueError, match="scale"):
        geo.country_shapes("10m")


def test_land_covers_the_countries():
    land = geo.land_shape()
    assert land.is_valid
    for point in (PARIS, TOKYO, DENVER):
        assert contains(land, point)


def test_shipped_files_match_their_provenance():
    provenance = geo.boundaries_provenance()
    assert provenance["upstream"]["licence"] == "public domain"
    for entry in provenance["files"]:
        data = (geo.WORLD_DIR / entry["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        assert len(data) == entry["bytes"]


def test_citation_names_dataset_and_version():
    version = geo.boundaries_provenance()["origin"]["version"]
    assert geo.boundaries_citation() == f"Natural Earth 1:50m via world-atlas {version} (public domain)"


def test_import_does_not_load_matplotlib():
    code = "import sys, claimbrief.geo; print('matplotlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_part_point_lies_in_the_named_part_of_the_country():
    from shapely.geometry import Point

    from claimbrief.geo import country_shapes, part_point

    lat, lon = part_point("RU", "western")
    assert country_shapes()["RU"].contains(Point(lon, lat))
    assert lon < 80  # the western third of Russia, not Siberia
    south, north = part_point("PK", "southern"), part_point("PK", "northern")
    assert south[0] < north[0]
    assert part_point("RU", "sideways") is None

"""Country boundaries that ship with the package: Natural Earth via world-atlas (TopoJSON).

Load: GDAL's TopoJSON driver (through pyogrio) reads the shipped files in ``data/world``;
nothing is fetched at run time. Process: rings that cross the antimeridian are cut there
(world-atlas leaves them whole, which a planar library reads as a band round the globe),
invalid rings are repaired, and world-atlas ids (ISO 3166-1 numeric) are mapped to
ISO 3166-1 alpha-2 codes with pycountry. Results are cached, so every call after the
first is free. Importing this module does not import matplotlib.

Coordinates are longitude/latitude in degrees (WGS 84): shapely's x is longitude.
"""

from __future__ import annotations

import math
from functools import lru_cache

import pycountry
import pyogrio.raw
import shapely
import yaml
from shapely import affinity
from shapely.geometry import MultiPolygon, Point, Polygon, box
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel

from .paths import DATA_DIR

WORLD_DIR = DATA_DIR / "world"
PROVENANCE_FILE = WORLD_DIR / "PROVENANCE.yaml"
SCALES = ("50m", "110m")

# Fixes to the source data: Natural Earth features that carry no ISO 3166-1 numeric id,
# mapped to an alpha-2 code by their Natural Earth name.
_ALPHA2_BY_NAME = {
    "Kosovo": "XK",  # no ISO code yet; XK is the user-assigned code the EU, CLDR and ISO itself use
    "Somaliland": "SO",  # self-declared state, internationally recognised as part of Somalia
    "N. Cyprus": "CY",  # recognised only by Turkey; internationally part of Cyprus
    "Indian Ocean Ter.": "AU",  # Christmas and Cocos (Keeling) Islands, Australian external territories
}
# "Siachen Glacier" (disputed between India and Pakistan) keeps no code: it is drawn as land only.

# Natural Earth 4.1.0 draws some territory on its de facto rather than its internationally
# recognised side. A briefing draws recognised borders, so these polygons move: each entry is
# (from, to, lon0, lat0, lon1, lat1), and every polygon of `from` whose representative point
# lies in the box moves to `to`.
_RECOGNISED_BORDERS = (
    # Crimea: annexed in 2014, recognised as part of the state it was annexed from
    # (UN General Assembly resolution 68/262).
    ("RU", "UA", 32.0, 44.0, 37.0, 46.5),
)

# The TopoJSON's quantisation puts the poles at +-89.999: a ring this close to one runs along it.
_POLE_MARGIN = 0.01


def _world_file(scale: str) -> str:
    if scale not in SCALES:
        raise ValueError(f"unknown boundary scale {scale!r}; expected one of {', '.join(SCALES)}")
    return str(WORLD_DIR / f"countries-{scale}.json")


@lru_cache(maxsize=1)
def boundaries_provenance() -> dict:
    """The provenance sidecar of the shipped boundaries (origin, version, licence, checksums)."""
    with open(PROVENANCE_FILE, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def boundaries_citation(scale: str = "50m") -> str:
    """The line that cites the boundary data, e.g. for a chart's Source line."""
    _world_file(scale)
    origin = boundaries_provenance()["origin"]
    upstream = boundaries_provenance()["upstream"]
    return f"{upstream['name']} 1:{scale} via {origin['package']} {origin['version']} ({upstream['licence']})"


def _unwrap(coords: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Make longitudes continuous along a ring: a jump of more than 180 degrees crosses the antimeridian."""
    out = [coords[0]]
    shift = 0.0
    for (x0, _), (x1, y1) in zip(coords, coords[1:]):
        step = x1 - x0
        if step > 180:
            shift -= 360
        elif step < -180:
            shift += 360
        out.append((x1 + shift, y1))
    if abs(out[-1][0] - out[0][0]) > 180:
        # The ring goes round a pole (Antarctica): close it along the pole.
        pole = math.copysign(90.0, sum(y for _, y in out) / len(out))
        out += [(out[-1][0], pole), (out[0][0], pole), out[0]]
    return out


def _cut_antimeridian(geometry: BaseGeometry) -> BaseGeometry:
    """Cut polygons whose rings cross the antimeridian into pieces on either side of it."""
    pieces = []
    for polygon in getattr(geometry, "geoms", [geometry]):
        rings = [list(polygon.exterior.coords), *(list(r.coords) for r in polygon.interiors)]
        if not any(abs(b[0] - a[0]) > 180 for ring in rings for a, b in zip(ring, ring[1:])):
            pieces.append(polygon)
            continue
        # Each ring unwrapped on its own, combined even-odd: inside where an odd number of rings
        # cover. This also fits Antarctica, which GDAL reads as a hole (the coast) inside a
        # shell that runs along the pole.
        area = None
        for ring in rings:
            if all(abs(y) > 90 - _POLE_MARGIN for _, y in ring):
                continue  # a ring along a pole encloses nothing
            unwrapped = shapely.make_valid(Polygon(_unwrap(ring)))
            if area is None:
                area = unwrapped
                continue
            # Put the ring on the same sheet as the first one (the same 360-degree window).
            unwrapped = max(
                (affinity.translate(unwrapped, xoff=k) for k in (-360, 0, 360)),
                key=lambda shifted: shifted.intersection(area).area,
            )
            area = area.symmetric_difference(unwrapped)
        if area is None:
            continue
        for offset in (-360, 0, 360):
            part = area.intersection(box(-180 - offset, -90, 180 - offset, 90))
            if not part.is_empty:
                pieces.extend(_polygons(affinity.translate(part, xoff=offset)))
    # The pieces lie on either side of the antimeridian and never overlap: no union is needed.
    return pieces[0] if len(pieces) == 1 else MultiPolygon(pieces)


def _polygons(geometry: BaseGeometry) -> list[Polygon]:
    """The non-empty polygons in a geometry of any kind."""
    polygons: list[Polygon] = []
    for part in getattr(geometry, "geoms", [geometry]):
        if isinstance(part, Polygon):
            polygons.append(part)
        elif hasattr(part, "geoms"):
            polygons.extend(_polygons(part))
    return [p for p in polygons if not p.is_empty and p.area > 0]


def _polygonal(geometry: BaseGeometry) -> BaseGeometry:
    """Keep only the polygons of a geometry (repairing it first), as a Polygon or MultiPolygon."""
    if not geometry.is_valid:
        geometry = shapely.make_valid(geometry)
    polygons = _polygons(geometry)
    return polygons[0] if len(polygons) == 1 else MultiPolygon(polygons)


@lru_cache(maxsize=None)
def _features(scale: str) -> tuple[tuple[str | None, str, BaseGeometry], ...]:
    """Every feature of the countries layer as (world-atlas id, Natural Earth name, geometry)."""
    meta, _, wkb, fields = pyogrio.raw.read(_world_file(scale), layer="countries")
    columns = dict(zip(meta["fields"], fields))
    geometries = shapely.from_wkb(wkb)
    return tuple(
        (fid or None, name, _cut_antimeridian(geometry))
        for fid, name, geometry in zip(columns["id"], columns["name"], geometries)
    )


def _alpha2(numeric: str | None, name: str) -> str | None:
    if name in _ALPHA2_BY_NAME:
        return _ALPHA2_BY_NAME[name]
    if numeric:
        country = pycountry.countries.get(numeric=numeric)
        if country is not None:
            return country.alpha_2
    return None


def _equal_area_weight(polygon: Polygon) -> float:
    """Area in square degrees scaled by cos(latitude): proportional to the true area."""
    return polygon.area * math.cos(math.radians(polygon.centroid.y))


def _total_weight(geometry: BaseGeometry) -> float:
    return sum(_equal_area_weight(p) for p in getattr(geometry, "geoms", [geometry]))


@lru_cache(maxsize=None)
def _coded_features(scale: str) -> tuple[dict[str, BaseGeometry], dict[str, str]]:
    shapes: dict[str, list[BaseGeometry]] = {}
    names: dict[str, tuple[bool, float, str]] = {}
    for numeric, name, geometry in _features(scale):
        code = _alpha2(numeric, name)
        if code is None:
            continue
        shapes.setdefault(code, []).append(geometry)
        # The name of a code is the feature that carries the code itself (Somalia, not
        # Somaliland), and among those the largest (Australia, not Ashmore and Cartier Is.).
        rank = (name not in _ALPHA2_BY_NAME, _total_weight(geometry), name)
        if code not in names or rank > names[code]:
            names[code] = rank
    # Every shape repaired, a single feature too: at 1:110m a few are invalid as shipped (a
    # self-touching ring, a ring of too few points), and a map's clipping of an invalid
    # shape fails (GEOS: TopologyException).
    merged = {
        code: _polygonal(shapely.unary_union(parts) if len(parts) > 1 else parts[0]) for code, parts in shapes.items()
    }
    return _recognise_borders(merged), {code: rank[2] for code, rank in names.items()}


def _recognise_borders(shapes: dict[str, BaseGeometry]) -> dict[str, BaseGeometry]:
    for source, target, *bounds in _RECOGNISED_BORDERS:
        if source not in shapes or target not in shapes:
            continue
        area = box(*bounds)
        parts = list(getattr(shapes[source], "geoms", [shapes[source]]))
        moving = [p for p in parts if area.contains(p.representative_point())]
        if moving and len(moving) < len(parts):
            shapes[source] = _polygonal(MultiPolygon([p for p in parts if p not in moving]))
            shapes[target] = _polygonal(shapely.unary_union([shapes[target], *moving]))
    return shapes


def country_shapes(scale: str = "50m") -> dict[str, BaseGeometry]:
    """Each country's boundary as a shapely (Multi)Polygon in lon/lat, keyed by ISO alpha-2 code.

    ``scale`` is "50m" (Natural Earth 1:50m, 241 features) or "110m" (1:110m, coarser).
    Features without an ISO code are mapped by name (Kosovo -> XK, Somaliland -> SO, ...).
    """
    return dict(_coded_features(scale)[0])


def country_names() -> dict[str, str]:
    """Each country's Natural Earth short name ("Dem. Rep. Congo"), keyed by ISO alpha-2 code."""
    return dict(_coded_features("50m")[1])


@lru_cache(maxsize=None)
def land_shape(scale: str = "50m") -> BaseGeometry:
    """All land as one geometry (the world-atlas "land" object), for grey context on maps."""
    _, _, wkb, _ = pyogrio.raw.read(_world_file(scale), layer="land")
    return MultiPolygon([p for g in shapely.from_wkb(wkb) for p in _polygons(_cut_antimeridian(g))])


def largest_polygon(geometry: BaseGeometry) -> Polygon:
    """The polygon of largest true area (mainland France, the contiguous United States)."""
    polygons = [p for p in getattr(geometry, "geoms", [geometry]) if isinstance(p, Polygon)]
    if not polygons:
        raise ValueError("geometry has no polygon")
    return max(polygons, key=_equal_area_weight)


def label_point(geometry: BaseGeometry) -> Point:
    """A point well inside the largest polygon: its pole of inaccessibility on a cos(lat)-corrected plane.

    Unlike a centroid this always lies inside the shape and away from its edges, so it suits
    a label or a marker; for a country of many parts it lies on the main landmass.
    """
    polygon = largest_polygon(geometry)
    squeeze = max(math.cos(math.radians(polygon.centroid.y)), 0.05)
    flat = affinity.scale(polygon, xfact=squeeze, yfact=1.0, origin=(0, 0))
    minx, miny, maxx, maxy = flat.bounds
    point = polylabel(flat, tolerance=max(maxx - minx, maxy - miny) / 200)
    return Point(point.x / squeeze, point.y)


@lru_cache(maxsize=1)
def _country_points() -> dict[str, tuple[float, float, str]]:
    names = country_names()
    points = {}
    for code, geometry in country_shapes("50m").items():
        point = label_point(geometry)
        points[code] = (round(point.y, 4), round(point.x, 4), names[code])
    return points


def country_points() -> dict[str, tuple[float, float, str]]:
    """A representative point per country as (lat, lon, Natural Earth name), keyed by alpha-2.

    The point lies inside the country's largest polygon, well away from its borders (see
    :func:`label_point`): Canada's lies on the mainland, not in the Arctic archipelago, and
    France's in metropolitan France. This is the gazetteer's coordinate for a country.
    """
    return dict(_country_points())


# Which slice of a country's bounding box a compass word names: (x0, x1, y0, y1) as fractions.
_COMPASS_PARTS = {
    "northern": (0, 1, 2 / 3, 1), "southern": (0, 1, 0, 1 / 3), "eastern": (2 / 3, 1, 0, 1),
    "western": (0, 1 / 3, 0, 1), "central": (1 / 3, 2 / 3, 1 / 3, 2 / 3),
    "northeastern": (1 / 2, 1, 1 / 2, 1), "northwestern": (0, 1 / 2, 1 / 2, 1),
    "southeastern": (1 / 2, 1, 0, 1 / 2), "southwestern": (0, 1 / 2, 0, 1 / 2),
}


@lru_cache(maxsize=None)
def part_point(code: str, direction: str) -> tuple[float, float] | None:
    """A (lat, lon) inside the part of a country a compass word names ("western Russia"):
    the label point of the country's main landmass clipped to that slice of its extent."""
    from shapely.geometry import box

    part = _COMPASS_PARTS.get(direction.lower().replace("-", ""))
    shape = country_shapes().get(code)
    if shape is None or part is None:
        return None
    main = largest_polygon(shape)
    minx, miny, maxx, maxy = main.bounds
    w, h = maxx - minx, maxy - miny
    clip = main.intersection(box(minx + part[0] * w, miny + part[2] * h, minx + part[1] * w, miny + part[3] * h))
    if clip.is_empty:
        return None
    point = label_point(clip)
    return point.y, point.x

"""The locator map: every place mentioned, drawn offline on the shipped Natural Earth boundaries.

:func:`locator_map` takes the places table and returns a :class:`~claimbrief.charts.Chart`.
The map is equirectangular with the aspect corrected by cos(latitude) at its centre, which
is honest enough for the regional frames a briefing needs. Places are grouped into clusters
of nearby places; the main map frames the biggest cluster, and when places lie far apart a
small world overview (in the emptiest corner of the map, or beside it) shows where the main
map lies and marks the far places.
Labels are placed greedily around their markers so that none overlaps another.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pycountry
import shapely
from matplotlib import patheffects
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import PathPatch, Rectangle
from matplotlib.path import Path as MplPath
from matplotlib.transforms import Bbox
from shapely import affinity
from shapely.geometry import Point, box
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient

from . import charts, geo
from .charts import ACCENT, OKABE_ITO, Chart

# Places closer than this (degrees, longitude scaled by cos(latitude)) belong to one cluster.
CLUSTER_DISTANCE = 20.0
# The main map is never smaller than this (degrees of latitude; longitude scaled likewise),
# so a single city is shown with its surroundings rather than zoomed to a dot.
MIN_SPAN = 8.0
# A frame more than this share of which one country covers is widened (up to GROW_LIMIT degrees
# of latitude) and gets a world overview: it would otherwise show no border or coast.
DOMINANT_SHARE = 0.8
GROW_LIMIT = 30.0
# Places whose markers would lie closer than CROWDED_PT points on a locator frame (but are not
# at one spot, which no zoom separates) get a detail frame instead, at least DETAIL_MIN_SPAN
# degrees across, with the locator frame as its overview.
CROWDED_PT = 10.0
SAME_SPOT = 0.05
DETAIL_MIN_SPAN = 1.5
# Beyond this longitude span the main map gets a world overview beside it.
OVERVIEW_SPAN = 60.0
# The main landmass of a country that is named or holds a place is framed whole only while the
# frame stays within these spans (scaled degrees), so a city in a vast country does not pull
# the map out across a continent while a city in Brazil is shown within Brazil.
FRAME_COUNTRY_MAX = (50.0, 42.0)
PADDING = 0.12  # share of the span added on every side
ASPECT_RANGE = (1.15, 1.9)  # width / height of the main map
FIGURE_WIDTH = 7.0  # inches: a page column, as the house style
# The map for a phone is drawn anew at the charts' narrow width, its text no smaller than
# 8 pt (11 CSS px or more where the briefing shows it); a place label that would collide
# there is replaced by a number on the map and named in a key under it.
NARROW_FONT = {"label": 9.0, "country": 8.5, "inset_label": 8.0, "inset_country": 8.0, "key": 8.5}
PRINT_FONT = {"label": 8.5, "country": 8.0, "inset_label": 7.0, "inset_country": 6.5, "key": 8.0}
SIMPLIFY_DPI = 200  # boundaries are simplified to a pixel at this resolution
OVERVIEW_SHARE = 0.34  # share of the figure's width an overview beside the map takes
INSET_SHARE = 0.36  # share of the main map's width an overview in its corner takes
# A named country narrower than this share of the map is marked like a point, not as an area.
AREA_LABEL_SHARE = 0.04
WORLD_VIEW = (-180.0, 180.0, -58.0, 84.0)  # lon0, lon1, lat0, lat1: the world without Antarctica

# Tints of the Okabe-Ito colours, in an order that keeps neighbouring entries far apart.
_TINT_ORDER = ("sky", "orange", "green", "purple", "yellow", "blue", "vermillion")
_TINT_STRENGTH = 0.5
OCEAN = "#EBF1F5"
CONTEXT_LAND = "#DEDEDE"
BORDER = "#FFFFFF"
INK = "#1F1F1F"
CONTEXT_INK = "#7A7A7A"
KIND_ORDER = {"city": 0, "region": 1, "country": 2}


@dataclass
class _Place:
    """One distinct place (mentions of the same place merged)."""

    label: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None
    mentions: list[str] = field(default_factory=list)
    order: int = 0

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None


def _tint(name: str) -> str:
    rgb = np.array([int(OKABE_ITO[name][i:i + 2], 16) for i in (1, 3, 5)], dtype=float)
    mixed = rgb * (1 - _TINT_STRENGTH) + 255 * _TINT_STRENGTH
    return "#" + "".join(f"{round(v):02X}" for v in mixed)


def _text(value) -> str | None:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip()
    return text or None


def _number(value) -> float | None:
    if value is None or value is pd.NA:
        return None
    number = float(value)
    return None if math.isnan(number) else number


def _label_for(mention: str | None, canonical: str | None) -> str:
    """The canonical name, unless the mention says more ("northern Italy" beside "Italy")."""
    if canonical and mention and len(mention) > len(canonical):
        if re.search(rf"(?<!\w){re.escape(canonical)}(?!\w)", mention, flags=re.IGNORECASE):
            return mention[0].upper() + mention[1:]
    return canonical or mention or "?"


def _distinct_places(places: pd.DataFrame) -> list[_Place]:
    merged: dict[tuple, _Place] = {}
    rows = places.sort_values(["start", "end"], na_position="last", kind="stable") if len(places) else places
    for _, row in rows.iterrows():
        mention, canonical = _text(row["mention"]), _text(row["canonical"])
        kind = _text(row["kind"]) or "place"
        country = _text(row["country"])
        lat, lon = _number(row["lat"]), _number(row["lon"])
        label = _label_for(mention, canonical)
        spot = None if lat is None or lon is None else (round(lat, 2), round(lon, 2))
        key = (label.lower(), kind, country, spot)
        if key not in merged:
            merged[key] = _Place(label, kind, country, lat, lon, order=len(merged))
        if mention and mention not in merged[key].mentions:
            merged[key].mentions.append(mention)
    return list(merged.values())


def _country_name(code: str | None) -> str:
    if not code:
        return "an unknown country"
    names = geo.country_names()
    if code in names:
        return names[code]
    country = pycountry.countries.get(alpha_2=code)
    return country.name if country else code


# ---- clustering and framing ---------------------------------------------------------------

def _squeezed(geometry: BaseGeometry, lat: float) -> BaseGeometry:
    return affinity.scale(geometry, xfact=math.cos(math.radians(lat)), yfact=1.0, origin=(0, 0))


def _footprint(place: _Place, shapes: dict[str, BaseGeometry]) -> BaseGeometry:
    """What a place occupies: a country its main landmass, anything else its point."""
    if place.kind == "country" and place.country in shapes:
        return geo.largest_polygon(shapes[place.country])
    return Point(place.lon, place.lat)


def _distance(a: BaseGeometry, b: BaseGeometry) -> float:
    lat = (a.centroid.y + b.centroid.y) / 2
    return _squeezed(a, lat).distance(_squeezed(b, lat))


def _cluster(places: list[_Place], shapes: dict[str, BaseGeometry]) -> list[list[_Place]]:
    """Single-linkage clusters: places within CLUSTER_DISTANCE of a member join its cluster."""
    footprints = [_footprint(p, shapes) for p in places]
    parent = list(range(len(places)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(places)):
        for j in range(i + 1, len(places)):
            if root(i) != root(j) and _distance(footprints[i], footprints[j]) <= CLUSTER_DISTANCE:
                parent[root(j)] = root(i)
    groups: dict[int, list[_Place]] = {}
    for i, place in enumerate(places):
        groups.setdefault(root(i), []).append(place)
    clusters = sorted(
        groups.values(),
        key=lambda g: (-len(g), -sum(p.kind != "country" for p in g), min(p.order for p in g)),
    )
    return clusters


def _scaled_span(bounds: tuple[float, float, float, float]) -> tuple[float, float]:
    x0, y0, x1, y1 = bounds
    return (x1 - x0) * math.cos(math.radians((y0 + y1) / 2)), y1 - y0


def _union_bounds(a, b):
    if a is None:
        return b
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _dominant_share(view, shapes) -> float:
    """The largest share of the frame that a single country covers."""
    lon0, lon1, lat0, lat1 = view
    frame = box(lon0, lat0, lon1, lat1)
    shares = [
        shape.intersection(frame).area / frame.area
        for shape in shapes.values() if shapely.intersects(shapely.envelope(shape), frame) and shape.intersects(frame)
    ]
    return max(shares, default=0.0)


def _frame(cluster: list[_Place], shapes: dict[str, BaseGeometry], *, detail: bool = False):
    """The main map's extent (lon0, lon1, lat0, lat1) around a cluster, padded and proportioned.

    A locator frame shows the countries of the places whole where it can; a ``detail`` frame
    fits the places alone, for places too close together to tell apart on a locator frame.
    """
    bounds = None
    for place in cluster:
        if not (place.kind == "country" and place.country in shapes):
            bounds = _union_bounds(bounds, (place.lon, place.lat, place.lon, place.lat))
    if detail and bounds is not None:
        x0, y0, x1, y1 = bounds
        width, height = _scaled_span(bounds)
        span = max(width * (1 + 2 * PADDING), height * (1 + 2 * PADDING), DETAIL_MIN_SPAN)
        return _proportion(x0, y0, x1, y1, span, span)
    # Named countries first (a map of only countries frames them whatever their size), then
    # the countries that hold the places, smallest first.
    named = sorted({p.country for p in cluster if p.kind == "country" and p.country in shapes})
    holders = sorted({p.country for p in cluster if p.country in shapes} - set(named))
    for codes in (named, holders):
        for land in sorted((geo.largest_polygon(shapes[c]) for c in codes), key=lambda g: g.area):
            wider = _union_bounds(bounds, land.bounds)
            width, height = _scaled_span(wider)
            only_countries = codes is named and not any(p.kind != "country" for p in cluster)
            if bounds is None or only_countries or (width <= FRAME_COUNTRY_MAX[0] and height <= FRAME_COUNTRY_MAX[1]):
                bounds = wider
    x0, y0, x1, y1 = bounds
    cos = max(math.cos(math.radians((y0 + y1) / 2)), 0.2)
    width, height = (x1 - x0) * cos, y1 - y0
    width, height = width * (1 + 2 * PADDING), height * (1 + 2 * PADDING)
    width, height = max(width, MIN_SPAN), max(height, MIN_SPAN)
    # A frame filled by one country shows no border or coast to locate it by: widen it.
    while height < GROW_LIMIT and _dominant_share(_proportion(x0, y0, x1, y1, width, height), shapes) > DOMINANT_SHARE:
        width, height = width * 1.4, height * 1.4
    return _proportion(x0, y0, x1, y1, width, height)


def _crowded(cluster: list[_Place], view) -> bool:
    """True when two distinct spots of the cluster would nearly touch on a map of ``view``."""
    lon0, lon1, lat0, lat1 = view
    cos = math.cos(math.radians((lat0 + lat1) / 2))
    points_per_degree = FIGURE_WIDTH * 72 / ((lon1 - lon0) * cos)
    spots = [p for p in cluster if p.kind != "country"]
    for a, b in itertools.combinations(spots, 2):
        apart = math.hypot((a.lon - b.lon) * cos, a.lat - b.lat)
        if SAME_SPOT < apart and apart * points_per_degree < CROWDED_PT:
            return True
    return False


def _proportion(x0, y0, x1, y1, width, height) -> tuple[float, float, float, float]:
    """A frame of at least ``width`` x ``height`` scaled degrees centred on the bounds, proportioned."""
    low, high = ASPECT_RANGE
    if width / height < low:
        width = height * low
    elif width / height > high:
        height = width / high
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    half_h = min(height / 2, 85.0)
    cy = min(max(cy, -88.0 + half_h), 88.0 - half_h)
    # Re-derive the longitude span with the cos of the final centre so the proportions hold.
    cos = max(math.cos(math.radians(cy)), 0.2)
    half_w = min(width / cos / 2, 180.0)
    cx = min(max(cx, -180.0 + half_w), 180.0 - half_w)
    return cx - half_w, cx + half_w, cy - half_h, cy + half_h


# ---- drawing -------------------------------------------------------------------------------

def _path(geometry: BaseGeometry) -> MplPath:
    vertices, codes = [], []
    for polygon in getattr(geometry, "geoms", [geometry]):
        polygon = orient(polygon, sign=1.0)
        for ring in (polygon.exterior, *polygon.interiors):
            coords = np.asarray(ring.coords)
            vertices.append(coords)
            codes.append(np.full(len(coords), MplPath.LINETO, dtype=np.uint8))
            codes[-1][0], codes[-1][-1] = MplPath.MOVETO, MplPath.CLOSEPOLY
    return MplPath(np.concatenate(vertices), np.concatenate(codes))


class _Labels:
    """Greedy label placement in display space: a label goes where it overlaps nothing."""

    def __init__(self, ax, renderer):
        self.ax, self.renderer = ax, renderer
        self.frame = ax.get_window_extent(renderer)
        self.taken: list[Bbox] = []  # labels and panels: kept a little apart
        self.markers: list[Bbox] = []  # markers: a label may come close
        self.scale = ax.figure.dpi / 72.0  # pixels per point

    def block_point(self, lon: float, lat: float, radius_pt: float) -> None:
        x, y = self.ax.transData.transform((lon, lat))
        r = radius_pt * self.scale
        self.markers.append(Bbox.from_extents(x - r, y - r, x + r, y + r))

    def _cost(self, bbox: Bbox) -> float:
        pad = 2.5 * self.scale
        grown = Bbox.from_extents(bbox.x0 - pad, bbox.y0 - pad, bbox.x1 + pad, bbox.y1 + pad)
        outside = max(0.0, self.frame.x0 - bbox.x0) + max(0.0, bbox.x1 - self.frame.x1)
        outside += max(0.0, self.frame.y0 - bbox.y0) + max(0.0, bbox.y1 - self.frame.y1)
        overlap = 0.0
        for area, others in ((grown, self.taken), (bbox, self.markers)):
            for other in others:
                w = min(area.x1, other.x1) - max(area.x0, other.x0)
                h = min(area.y1, other.y1) - max(area.y0, other.y0)
                if w > 0 and h > 0:
                    overlap += w * h
        return overlap + 1000.0 * outside

    def place_near(self, lon: float, lat: float, text: str, gap_pt: float, *, optional: bool = False, **style):
        """A label beside a marker: right, left, above, below, diagonals, then farther out.
        An ``optional`` label that finds no free spot is not drawn (None is returned)."""
        candidates = []
        for distance in (gap_pt, gap_pt + 7, gap_pt + 16):
            d = distance
            diagonal = d * 0.75
            candidates += [
                ((d, 0), "left", "center"), ((-d, 0), "right", "center"),
                ((0, d), "center", "bottom"), ((0, -d), "center", "top"),
                ((diagonal, diagonal), "left", "bottom"), ((-diagonal, diagonal), "right", "bottom"),
                ((diagonal, -diagonal), "left", "top"), ((-diagonal, -diagonal), "right", "top"),
            ]
        artist = self.ax.annotate(
            text, xy=(lon, lat), xytext=candidates[0][0], textcoords="offset points",
            ha=candidates[0][1], va=candidates[0][2], annotation_clip=False, **style,
        )
        def put(candidate):
            artist.xyann = candidate[0]
            artist.set_ha(candidate[1])
            artist.set_va(candidate[2])

        cost, (offset, ha, va), bbox = self._least_cost(artist, candidates, put)
        artist.remove()
        if optional and cost > 0:
            return None
        if math.hypot(*offset) > gap_pt + 10:
            # A label pushed far from its marker gets a leader line back to it.
            style["arrowprops"] = {"arrowstyle": "-", "color": INK, "lw": 0.5, "shrinkA": 1, "shrinkB": gap_pt * 0.7}
        artist = self.ax.annotate(
            text, xy=(lon, lat), xytext=offset, textcoords="offset points", ha=ha, va=va,
            annotation_clip=False, **style,
        )
        self.taken.append(bbox)
        return artist

    def _least_cost(self, artist, options, put):
        """(cost, option, bbox) of the first free option for an artist, else the least crowded."""
        best = None
        for option in options:
            put(option)
            bbox = artist.get_window_extent(self.renderer)
            cost = self._cost(bbox)
            if best is None or cost < best[0]:
                best = (cost, option, bbox)
            if cost == 0:
                break
        return best

    def place_inside(self, area: BaseGeometry, text: str, *, required: bool, **style):
        """A label inside an area (a country's visible part), as near its middle as is free."""
        polygon = geo.largest_polygon(area)
        middle = geo.label_point(polygon)
        minx, miny, maxx, maxy = polygon.bounds
        grid = [
            Point(x, y)
            for x in np.linspace(minx, maxx, 9)[1:-1]
            for y in np.linspace(miny, maxy, 9)[1:-1]
        ]
        spots = [middle] + sorted((p for p in grid if polygon.contains(p)), key=middle.distance)
        artist = self.ax.text(middle.x, middle.y, text, ha="center", va="center", **style)
        cost, spot, bbox = self._least_cost(artist, spots, lambda p: artist.set_position((p.x, p.y)))
        if cost > 0 and not required:
            artist.remove()
            return None
        artist.set_position((spot.x, spot.y))
        self.taken.append(bbox)
        return artist


_HALO = [patheffects.withStroke(linewidth=2.6, foreground="white")]


def _add_patch(ax, patch) -> None:
    # add_artist, not add_patch: the limits are set by hand, and add_patch's update of the data
    # limits walks every vertex of every country.
    patch.set_transform(ax.transData)
    ax.add_artist(patch)


def _simplified(geometry: BaseGeometry, tolerance: float, keep_small: bool) -> BaseGeometry:
    """The geometry simplified to about a pixel, small islands of context countries dropped."""
    simple = shapely.simplify(geometry, tolerance, preserve_topology=True)
    if keep_small:
        return simple
    parts = [p for p in getattr(simple, "geoms", [simple]) if p.area >= tolerance**2]
    return shapely.MultiPolygon(parts) if parts else shapely.Polygon()


def _draw_base(ax, view, shapes, tints, scale) -> None:
    """The ocean, grey land, tinted countries of the places; limits set, no ticks."""
    lon0, lon1, lat0, lat1 = view
    window = box(lon0 - 1, lat0 - 1, lon1 + 1, lat1 + 1)
    # About a pixel: finer detail only bloats the SVG (a world map at full 1:50m is megabytes).
    width_inches = ax.get_position().width * ax.figure.get_figwidth()
    tolerance = (lon1 - lon0) / (width_inches * SIMPLIFY_DPI)
    ax.set_facecolor(OCEAN)
    # Land under the countries fills the hairline gaps that simplifying each country leaves,
    # and the few areas no country claims.
    land = _simplified(geo.land_shape(scale).intersection(window), tolerance, keep_small=False)
    if not land.is_empty:
        _add_patch(ax, PathPatch(_path(land), facecolor=CONTEXT_LAND, edgecolor="none", zorder=1))
    for code in sorted(shapes):
        geometry = shapes[code]
        if not shapely.intersects(window, shapely.envelope(geometry)):
            continue
        visible = geometry.intersection(window)
        if visible.is_empty:
            continue
        visible = _simplified(visible, tolerance, keep_small=code in tints)
        if visible.is_empty:
            continue
        colour = tints.get(code, CONTEXT_LAND)
        _add_patch(ax, PathPatch(
            _path(visible), facecolor=colour, edgecolor=BORDER, linewidth=0.6, zorder=2 if code not in tints else 3,
        ))
    ax.set_xlim(lon0, lon1)
    ax.set_ylim(lat0, lat1)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
    for spine in ax.spines.values():
        spine.set_visible(True)
        spine.set_color("#9A9A9A")
        spine.set_linewidth(0.6)


_MARKERS = {
    "city": {"marker": "o", "ms": 5.5, "mfc": INK, "mec": "white", "mew": 0.8},
    "region": {"marker": "o", "ms": 11, "mfc": "none", "mec": INK, "mew": 1.4},
    "country": {"marker": "s", "ms": 5, "mfc": "white", "mec": INK, "mew": 1.2},
    "place": {"marker": "D", "ms": 5, "mfc": INK, "mec": "white", "mew": 0.8},
}


def _wide_enough(shape: BaseGeometry, view) -> bool:
    """Whether a country is wide enough on a map of ``view`` to carry its name."""
    minx, _, maxx, _ = geo.largest_polygon(shape).bounds
    return maxx - minx >= (view[1] - view[0]) * AREA_LABEL_SHARE


def _shown_as_area(place: _Place, view, shapes) -> bool:
    """Whether a place is drawn as a named, tinted area on a map of ``view`` (else as a marker)."""
    return place.kind == "country" and place.country in shapes and _wide_enough(shapes[place.country], view)


def _marker_radius(kind: str) -> float:
    return _MARKERS.get(kind, _MARKERS["place"])["ms"] / 2 + 1


def _draw_places(ax, labels: _Labels, places: list[_Place], shapes, view, *, label_size: float,
                 country_size: float, overview: bool, key: list[str] | None = None) -> None:
    """Markers, place labels and country names for one panel.

    On the main map the countries holding places are named on their area, and the other
    countries in grey italics; on the small overview a place's label carries its country.
    With ``key`` (a narrow map), a label that would collide is replaced by a number on the
    map, and "number name" is appended to ``key`` for the list under the map.
    """
    lon0, lon1, lat0, lat1 = view
    window = box(lon0, lat0, lon1, lat1)
    # A country named as a place is shown by its tinted area and its name in bold, unless it is
    # too small on this panel to carry it (always so on the overview): then it gets a marker.
    areas = {} if overview else {p.country: p.label for p in places if _shown_as_area(p, view, shapes)}
    point_places = [p for p in places if not (p.kind == "country" and p.country in areas)]
    mentioned = set(areas)
    for place in point_places:
        style = _MARKERS.get(place.kind, _MARKERS["place"])
        ax.plot([place.lon], [place.lat], linestyle="none", zorder=6, **style)
        labels.block_point(place.lon, place.lat, _marker_radius(place.kind))
    for place in sorted(point_places, key=lambda p: (KIND_ORDER.get(p.kind, 3), p.order)):
        text = place.label
        country_name = _country_name(place.country)
        if overview and place.country and place.kind != "country" and country_name.lower() not in text.lower():
            text = f"{place.label}, {country_name}"
        style = {"fontsize": label_size, "color": INK, "zorder": 8, "path_effects": _HALO,
                 "fontweight": "bold" if place.kind == "country" else "normal"}
        if key is not None and labels.place_near(place.lon, place.lat, text, _marker_radius(place.kind) + 3,
                                                 optional=True, **style) is None:
            key.append(f"{len(key) + 1} {text}")
            text = str(len(key))
        elif key is not None:
            continue
        labels.place_near(place.lon, place.lat, text, _marker_radius(place.kind) + 3, **style)
    # Country names: first the countries mentioned as places (bold), then the countries that
    # only hold places; both are required, since their tint must never carry meaning alone.
    # (A country too small to carry its name is named by its places' labels and the alt text.)
    holders = set() if overview else {
        p.country for p in places
        if p.kind != "country" and p.country in shapes and _wide_enough(shapes[p.country], view)
    } - mentioned
    ordered = sorted(mentioned, key=lambda c: min(p.order for p in places if p.country == c))
    ordered += sorted(holders, key=lambda c: min(p.order for p in places if p.country == c))
    for code in ordered:
        visible = shapes[code].intersection(window)
        if visible.is_empty:
            continue
        name = areas.get(code) or _country_name(code)
        labels.place_inside(
            visible, name.upper(), required=True, fontsize=country_size, color=INK, zorder=7,
            fontweight="bold" if code in mentioned else "normal", path_effects=_HALO,
        )
    if not overview:
        for code in sorted(shapes):
            if code in mentioned or code in holders or not window.intersects(shapely.envelope(shapes[code])):
                continue
            visible = shapes[code].intersection(window)
            if visible.is_empty or geo.largest_polygon(visible).area < (lat1 - lat0) ** 2 * 0.01:
                continue
            labels.place_inside(
                visible, _country_name(code), required=False, fontsize=country_size - 0.5,
                color=CONTEXT_INK, style="italic", zorder=5,
            )


def _inside(place: _Place, view, shapes) -> bool:
    lon0, lon1, lat0, lat1 = view
    if place.kind == "country" and place.country in shapes:
        return shapes[place.country].intersects(box(lon0, lat0, lon1, lat1))
    return lon0 <= place.lon <= lon1 and lat0 <= place.lat <= lat1


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _title(located: list[_Place], unlocated: list[_Place]) -> str:
    if not located and not unlocated:
        return "The article names no places"
    if not located:
        return "No place named in the article could be located on a map"
    counts: dict[str, list[_Place]] = {}
    for place in located:
        if place.country:
            counts.setdefault(place.country, []).append(place)
    ranked = sorted(counts, key=lambda c: (-len(counts[c]), min(p.order for p in counts[c])))
    names = [_country_name(c) for c in ranked]
    verb = "located" if unlocated else "named"  # with some places off the map, speak of those on it
    if len(located) == 1:
        place = located[0]
        if place.kind == "country" or not names:
            return f"The one place {verb} is {place.label}"
        return f"The one place {verb} is {place.label}, {names[0]}"
    if not names:
        return f"{len(located)} places {verb}, in no known country"
    if len(names) == 1:
        return f"All {len(located)} places {verb} are in one country: {names[0]}"
    if len(names) <= 3:
        return f"Places {verb} span {_join(names)}"
    return f"Places {verb} span {len(names)} countries, most in {names[0]}"


def _subtitle(near: list[_Place], far: list[_Place], main_view, shapes, overview: bool) -> str:
    located = near + far
    if not located:
        return "No place could be marked: the world map is shown for context only."
    kinds = {p.kind for p in located}
    parts = []
    if "city" in kinds:
        parts.append("dot: city")
    if "region" in kinds:
        parts.append("ring: region (approximate centre)")
    areas = [p for p in near if _shown_as_area(p, main_view, shapes)]
    if areas:
        parts.append("bold capitals: country named")
    if any(p.kind == "country" and p not in areas for p in located):
        parts.append("square: country named" + (", small or far" if areas else ""))
    if kinds - set(KIND_ORDER):
        parts.append("diamond: other place")
    text = "Places named in the article"
    if parts:
        text += " (" + "; ".join(parts) + ")"
    text += "; their countries tinted and named in capitals, others grey"
    if overview:
        text += ". The overview outlines the main map's frame and marks places outside it"
    return text + "."


def _alt(located, unlocated, main_view, far) -> str:
    if not located and not unlocated:
        return "Map: the article names no places, so none are shown."
    described = []
    for place in sorted(located + unlocated, key=lambda p: p.order):
        detail = place.kind if place.kind == "country" else f"{place.kind} in {_country_name(place.country)}"
        written = [m for m in place.mentions if m.lower() != place.label.lower()]
        if written:
            detail += "; written " + ", ".join(f"“{m}”" for m in written)
        if not place.located:
            detail += "; not on the map: no coordinates"
        described.append(f"{place.label} ({detail})")
    text = "Locator map of the places named in the article: " + "; ".join(described) + "."
    if main_view is not None:
        lon0, lon1, lat0, lat1 = main_view
        text += (
            f" The main map spans {_degrees(lon0, 'EW')} to {_degrees(lon1, 'EW')},"
            f" {_degrees(lat0, 'NS')} to {_degrees(lat1, 'NS')}."
        )
    if far:
        text += " An overview marks the places outside it: " + ", ".join(p.label for p in far) + "."
    return text


def _degrees(value: float, hemispheres: str) -> str:
    return f"{abs(value):.0f}°{hemispheres[0] if value >= 0 else hemispheres[1]}"


def _apply_style() -> None:
    try:
        charts.use_style()
    except OSError:
        # The style file ships with the package; without it the map still draws in defaults.
        pass


def _data(located, unlocated, far) -> pd.DataFrame:
    rows = []
    far_ids = {id(p) for p in far}
    for place in sorted(located + unlocated, key=lambda p: p.order):
        panel = "none" if not place.located else ("overview" if id(place) in far_ids else "main")
        rows.append({
            "place": place.label, "kind": place.kind, "country": place.country,
            "country_name": _country_name(place.country) if place.country else None,
            "lat": place.lat, "lon": place.lon, "mentions": "; ".join(place.mentions), "panel": panel,
        })
    columns = ["place", "kind", "country", "country_name", "lat", "lon", "mentions", "panel"]
    return pd.DataFrame(rows, columns=columns)


def _world_view(located: list[_Place]) -> tuple[float, float, float, float]:
    lon0, lon1, lat0, lat1 = WORLD_VIEW
    lowest = min((p.lat for p in located), default=0.0)
    if lowest < lat0 + 2:
        lat0 = max(lowest - 6, -90.0)
    return lon0, lon1, lat0, lat1


def _inset_corner(view, ratio, inset_w, inset_h, near, shapes, tints):
    """The corner of the main map where a world overview hides least: (x, y) in axes fraction.

    None when every corner would hide a place or much of a country that holds one.
    """
    lon0, lon1, lat0, lat1 = view
    margin = 0.015
    best = None
    for fx, fy in ((1 - margin - inset_w, margin), (margin, margin), (1 - margin - inset_w, 1 - margin - inset_h),
                   (margin, 1 - margin - inset_h)):
        # The corner in data coordinates, grown a little so labels of nearby markers fit too.
        x0 = lon0 + (fx - 0.03) * (lon1 - lon0)
        x1 = lon0 + (fx + inset_w + 0.03) * (lon1 - lon0)
        y0 = lat0 + (fy - 0.05) * (lat1 - lat0)
        y1 = lat0 + (fy + inset_h + 0.05) * (lat1 - lat0)
        corner = box(x0, y0, x1, y1)
        hidden_places = sum(1 for p in near if p.kind != "country" and corner.contains(Point(p.lon, p.lat)))
        tinted = sum(shapes[c].intersection(corner).area for c in tints if shapes[c].intersects(corner))
        land = geo.land_shape("110m").intersection(corner).area
        score = (hidden_places, tinted + 0.2 * land)
        if best is None or score < best[0]:
            best = (score, (fx, fy), tinted / corner.area)
    (hidden, _), corner_xy, tinted_share = best
    frame = box(lon0, lat0, lon1, lat1)
    frame_tinted = sum(shapes[c].intersection(frame).area for c in tints if shapes[c].intersects(frame)) / frame.area
    # Hiding much of a tinted country is worth avoiding, unless tint fills the whole frame anyway.
    if hidden or (tinted_share > 0.3 and frame_tinted < 0.6):
        return None
    return corner_xy


def _ratio(view) -> float:
    """Width / height of a view; regional views are drawn with cos(latitude) aspect, the world plainly."""
    lon0, lon1, lat0, lat1 = view
    if lat1 - lat0 >= 100:
        return (lon1 - lon0) / (lat1 - lat0)
    return (lon1 - lon0) * math.cos(math.radians((lat0 + lat1) / 2)) / (lat1 - lat0)


def _draw(main_view, overview_view, near, far, overview, shapes, tints, scale, *, empty_message,
          width: float = FIGURE_WIDTH, fonts: dict | None = None, thin: bool = False):
    """Lay out and draw the figure, ``width`` inches wide: the main map, and the overview in
    a corner or beside it.  ``thin`` (the narrow map): labels that collide become numbers,
    named in a key under the map."""
    fonts = fonts or PRINT_FONT
    key: list[str] | None = [] if thin else None
    view = main_view or WORLD_VIEW
    lon0, lon1, lat0, lat1 = view
    ratio = _ratio(view)
    margin = 0.05  # inches around the map
    world = overview_view
    world_ratio = _ratio(world)
    regional = world[1] - world[0] < 300

    corner = None
    main_width = width - 2 * margin
    if overview:
        corner = _inset_corner(view, ratio, INSET_SHARE, INSET_SHARE * ratio / world_ratio, near, shapes, tints)
        if corner is None:
            main_width -= width * OVERVIEW_SHARE
    main_height = main_width / ratio
    height = main_height + 2 * margin
    figure = Figure(figsize=(width, height))
    FigureCanvasAgg(figure)
    renderer = figure.canvas.get_renderer()
    ax = figure.add_axes((margin / width, margin / height, main_width / width, main_height / height))
    _draw_base(ax, view, shapes, tints if main_view else {}, scale)
    labels = _Labels(ax, renderer)

    inset = None
    if overview and corner is not None:
        fx, fy = corner
        main_box = ax.get_position()
        inset = figure.add_axes((
            main_box.x0 + fx * main_box.width, main_box.y0 + fy * main_box.height,
            INSET_SHARE * main_box.width, INSET_SHARE * ratio / world_ratio * main_box.height,
        ))
        labels.taken.append(inset.get_window_extent(renderer).expanded(1.04, 1.08))
    elif overview:
        over_width = width * OVERVIEW_SHARE - 2 * margin
        over_height = over_width / world_ratio
        left = (2 * margin + main_width + margin) / width
        bottom = (height - margin - over_height - 0.22) / height
        inset = figure.add_axes((left, bottom, over_width / width, over_height / height))
        inset.set_title("Overview" if regional else "World overview", fontsize=max(8, fonts["inset_label"]),
                        fontweight="normal",
                        color=CONTEXT_INK, loc="left", pad=3)

    if empty_message:
        ax.text(0.5, 0.5, empty_message, transform=ax.transAxes, ha="center", va="center", fontsize=12,
                color=INK, path_effects=_HALO)
    else:
        _draw_places(ax, labels, near, shapes, view, label_size=fonts["label"], country_size=fonts["country"],
                     overview=False, key=key)

    if inset is not None:
        _draw_base(inset, world, shapes, tints, scale)
        inset.set_zorder(10)
        for spine in inset.spines.values():
            spine.set_color("#6E6E6E")
            spine.set_linewidth(0.8)
        inset.add_patch(Rectangle(
            (lon0, lat0), lon1 - lon0, lat1 - lat0, fill=False, edgecolor=ACCENT, linewidth=1.3, zorder=9,
        ))
        inset_labels = _Labels(inset, renderer)
        x0, y0 = inset.transData.transform((lon0, lat0))
        x1, y1 = inset.transData.transform((lon1, lat1))
        inset_labels.taken.append(Bbox.from_extents(x0, y0, x1, y1))
        _draw_places(inset, inset_labels, far, shapes, world, label_size=fonts["inset_label"],
                     country_size=fonts["inset_country"], overview=True)
        if regional:
            # A regional overview locates a detail map: name the countries it shows tinted.
            frame = box(world[0], world[2], world[1], world[3])
            for code in tints:
                visible = shapes[code].intersection(frame)
                if not visible.is_empty:
                    inset_labels.place_inside(visible, _country_name(code).upper(), required=False,
                                              fontsize=fonts["inset_country"], color=INK, path_effects=_HALO,
                                              zorder=7)
    if key:
        _add_key(figure, key, width, fonts["key"])
    return figure


def _add_key(figure, key: list[str], width: float, size: float) -> None:
    """Grow ``figure`` at the bottom and list the numbered places there, wrapped to its width."""
    from .charts.page import _line_height, _wrap

    lines = _wrap("On the map: " + " · ".join(key), size, width - 0.1)
    extra = len(lines) * _line_height(size) + 0.08
    old_w, old_h = figure.get_size_inches()
    new_h = old_h + extra
    for axes in figure.axes:  # keep every panel where it was, in inches from the top
        box_ = axes.get_position()
        axes.set_position((box_.x0, (box_.y0 * old_h + extra) / new_h, box_.width, box_.height * old_h / new_h))
    figure.set_size_inches(old_w, new_h)
    for i, line in enumerate(lines):
        y = extra - 0.04 - (i + 0.5) * _line_height(size)
        figure.text(0.05 / old_w, y / new_h, line, fontsize=size, color=INK, ha="left", va="center")


def _check_extent(extent) -> tuple[float, float, float, float]:
    """Validate a hand-set map extent: four numbers, west < east, south < north, on the globe."""
    from .errors import ClaimbriefError

    try:
        west, east, south, north = (float(v) for v in extent)
    except (TypeError, ValueError):
        raise ClaimbriefError(f"map extent {extent!r} must be four numbers: west, east, south, north.") from None
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        raise ClaimbriefError(
            f"map extent {extent!r} must have -180 <= west < east <= 180 and -90 <= south < north <= 90.")
    return west, east, south, north


def locator_map(places: pd.DataFrame, *, source: str, scale: str = "50m",
                extent: tuple[float, float, float, float] | None = None) -> Chart:
    """A locator map of the places table: every located place marked and labelled.

    ``source`` names where the places come from (the article); the boundary dataset is cited
    after it. Places without coordinates are left off the map and listed in the alt text.
    ``extent`` (west, east, south, north in degrees) frames the main map by hand; places
    outside it go to the overview.
    """
    if extent is not None:
        extent = _check_extent(extent)
    _apply_style()
    shapes = geo.country_shapes(scale)
    every = _distinct_places(places)
    located = [p for p in every if p.located]
    unlocated = [p for p in every if not p.located]

    tints: dict[str, str] = {}
    for place in located:
        if place.country in shapes and place.country not in tints:
            tints[place.country] = _tint(_TINT_ORDER[len(tints) % len(_TINT_ORDER)])

    main_view, far, overview_view = None, [], None
    if located:
        cluster = _cluster(located, shapes)[0]
        main_view = extent or _frame(cluster, shapes)
        if extent is None and _crowded(cluster, main_view):
            detail = _frame(cluster, shapes, detail=True)
            if detail[1] - detail[0] < (main_view[1] - main_view[0]) / 2:
                main_view, overview_view = detail, main_view
        far = [p for p in located if not _inside(p, main_view, shapes)]
    far_ids = {id(p) for p in far}
    near = [p for p in located if id(p) not in far_ids]
    if far or overview_view is None:
        overview_view = _world_view(located)
    overview = main_view is not None and (
        bool(far) or overview_view != _world_view(located) or (main_view[1] - main_view[0]) > OVERVIEW_SPAN
        or _dominant_share(main_view, shapes) > DOMINANT_SHARE
    )
    empty = None if located else ("No places named" if not unlocated else "No place named could be located")
    figure = _draw(main_view, overview_view, near, far, overview, shapes, tints, scale, empty_message=empty)
    narrow = _draw(main_view, overview_view, near, far, overview, shapes, tints, scale, empty_message=empty,
                   width=charts.NARROW_WIDTH, fonts=NARROW_FONT, thin=True)
    citation = geo.boundaries_citation(scale)
    source_line = source.rstrip().rstrip(".")
    chart = Chart(
        figure=figure,
        title=_title(located, unlocated),
        subtitle=_subtitle(near, far, main_view, shapes, overview),
        source=f"{source_line}. Boundaries: {citation}." if source_line else f"Boundaries: {citation}.",
        alt=_alt(located, unlocated, main_view, far),
        data=_data(located, unlocated, far),
    )
    # The phone's drawing: the same frame and places, laid out for the narrow width.
    chart.narrow = Chart(figure=narrow, title=chart.title, subtitle=chart.subtitle, source=chart.source,
                         alt=chart.alt, data=chart.data)
    return chart

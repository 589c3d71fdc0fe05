"""The dossier's map: drawn at either boundary scale from places all over the world."""

from __future__ import annotations

import pandas as pd
import pytest
import shapely

from claimbrief import geo, maps
from claimbrief.dossier.sections import DossierContext, map_places


@pytest.mark.parametrize("scale", geo.SCALES)
def test_every_country_shape_is_valid(scale):
    # A map clips each country to its frame; GEOS refuses to clip an invalid shape
    # (TopologyException), and 1:110m ships a few (a self-touching ring, a ring of too few points).
    invalid = {code: shapely.is_valid_reason(shape) for code, shape in geo.country_shapes(scale).items()
               if not shape.is_valid}
    assert not invalid


def _context(places: pd.DataFrame) -> DossierContext:
    from types import SimpleNamespace

    return DossierContext(name="t", title="t", dossier=SimpleNamespace(places=places), inputs=None,
                          figures_dir=None, parameters={})


# Places around the world, among them one on the border the 1:110m data drew with a self-touching ring.
WORLD = [("Juba", "SS", "city", 4.85, 31.58), ("Khartoum", "SD", "city", 15.5, 32.56),
         ("Malakal", "SS", "city", 9.53, 31.66), ("Lusaka", "ZM", "city", -15.41, 28.29),
         ("Lima", "PE", "city", -12.05, -77.04), ("Osaka", "JP", "city", 34.69, 135.5),
         ("Rason", "KP", "city", 42.26, 130.3), ("Lyon", "FR", "city", 45.76, 4.84)]


@pytest.mark.parametrize("scale", geo.SCALES)
def test_dossier_map_draws_places_across_the_world_at_either_scale(scale):
    places = pd.DataFrame([{"place": p, "country": c, "kind": k, "lat": lat, "lon": lon, "articles": 2,
                            "mentions": 3} for p, c, k, lat, lon in WORLD])
    chart = maps.locator_map(map_places(_context(places)), source="test", scale=scale)
    assert chart.data["panel"].isin(["main", "overview"]).all()
    assert set(chart.data["place"]) == {f"{p} (2)" for p, *_ in WORLD}

"""The extraction meets its bars on the seed's gold file and on the fixtures' gold files."""

from pathlib import Path

import pytest

from claimbrief.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
SHARED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"
FIXTURE_GOLD = sorted((ROOT / "tests" / "fixtures").glob("*.gold.yaml"))


def _assert_bars(score):
    assert score.figures.f1 >= 0.95, score.as_dict()
    assert score.dates.f1 >= 0.95, score.as_dict()
    assert score.places.f1 >= 0.90, score.as_dict()
    assert score.not_places_reported == [], score.not_places_reported
    assert score.kind.value >= 0.90, score.as_dict()
    assert score.claimant.value >= 0.90, score.as_dict()
    assert score.certainty.value >= 0.85, score.as_dict()


@pytest.mark.skipif(not sorted(SHARED_GOLD.glob("*.yaml")), reason="shared gold files not present")
def test_seed_gold_bars():
    scores, total = evaluate(sorted(SHARED_GOLD.glob("*.yaml")))
    for score in scores:
        _assert_bars(score)
    _assert_bars(total)


def test_fixture_gold_bars():
    assert FIXTURE_GOLD, "no fixture gold files"
    _, total = evaluate(FIXTURE_GOLD)
    _assert_bars(total)

"""Issue 13's bar on the fixture story (tests/fixtures/dossier): every conflict and every
corroborated claim of its gold found, no figure group merging two gold groups' measures."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimbrief.evaluate import format_dossier_report, is_dossier_gold, score_dossier

GOLD = Path(__file__).parent / "fixtures" / "dossier" / "dossier.gold.yaml"


@pytest.fixture(scope="module")
def score():
    return score_dossier(GOLD)


def test_the_gold_is_recognised_as_a_dossier():
    assert is_dossier_gold(GOLD)
    assert not is_dossier_gold(GOLD.parent.parent / "cholera_mozambique.gold.yaml")


def test_every_conflict_and_corroborated_claim_found(score):
    report = format_dossier_report(score, show_misses=True)
    assert score.conflicts.fn == 0 and score.conflicts.tp >= 1, report
    assert score.corroborated.correct == score.corroborated.total >= 1, report
    assert score.credibility.correct == score.credibility.total, report


def test_relays_counted_once_and_reprints_grouped(score):
    assert score.relayed.correct == score.relayed.total >= 1
    assert score.reprints.fn == 0 and score.reprints.fp == 0


def test_no_figure_group_merges_two_gold_measures(score):
    assert score.figure_groups_merging == 0, format_dossier_report(score, show_misses=True)


def test_every_contradiction_found(score):
    assert score.contradicted.correct == score.contradicted.total

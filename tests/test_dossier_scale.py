"""The matching is not quadratic: comparisons grow linearly with the articles, and a
thousand generated articles compare within the memory bar (issue 13: under 2 GiB)."""

from __future__ import annotations

import tracemalloc

from claimbrief.dossier import compare
from dossier_helpers import generated_articles


def test_comparisons_grow_linearly_with_articles():
    counts = {}
    for n in (50, 100, 200, 400):
        counts[n] = compare(generated_articles(n)).comparisons
    # each statement is compared with at most a fixed number of others
    assert counts[400] <= 8 * 1.25 * counts[50]
    assert counts[400] <= 2 * 1.25 * counts[200]
    statements = 400 * 20
    assert counts[400] <= 60 * statements


def test_a_thousand_articles_compare_in_bounded_memory():
    articles = generated_articles(1000)
    tracemalloc.start()
    dossier = compare(articles)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(dossier.statements) == 20_000
    assert peak < 1 * 2**30  # well under the 2 GiB bar (the tables themselves are small)

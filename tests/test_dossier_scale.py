"""The matching is not quadratic: comparisons grow linearly with the articles, and a
thousand generated articles compare within the memory bar (issue 13: under 2 GiB)."""

from __future__ import annotations

import resource

from claimbrief.dossier import compare
from claimbrief.dossier.blocking import LIMIT
from dossier_helpers import generated_articles


def test_comparisons_grow_linearly_with_articles():
    counts = {}
    for n in (50, 100, 200, 400):
        counts[n] = compare(generated_articles(n)).comparisons
    # each statement is compared with at most LIMIT others in each of the two indexes (the
    # copies', the facts'): a bound linear in the statements, 20 an article; all-pairs would
    # be 8,000 x 8,000 / 2 at 400 articles
    for n, count in counts.items():
        assert count <= 2 * LIMIT * 20 * n, counts
    # once most statements have their LIMIT of near copies, doubling the articles at most
    # doubles the comparisons (below that, a small dossier holds fewer copies of each of the
    # fixtures' sentences than a larger one, and the count grows faster than the articles)
    for n in (100, 200):
        assert counts[2 * n] <= 2 * 1.1 * counts[n], counts


def test_a_thousand_articles_compare_in_bounded_memory():
    dossier = compare(generated_articles(1000))
    assert len(dossier.statements) == 20_000
    # the whole test process's peak resident memory (Linux: KiB), under issue 13's 2 GiB bar
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    assert peak < 2 * 2**30

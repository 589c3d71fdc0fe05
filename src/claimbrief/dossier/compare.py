"""The comparison: several articles' tables in, the dossier's tables out.

:func:`compare` is pure: a list of :class:`~claimbrief.dossier.inputs.DossierArticle`
(see :func:`~claimbrief.dossier.inputs.read_articles` for the edge that reads them) and
the team's register in, a :class:`Dossier` of pandas DataFrames out.  Each table's
columns are documented where it is made (the ``*_COLUMNS`` dicts: name -> dtype); every
list-valued cell is a "; "-separated string, so each table writes to CSV as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ..errors import DossierError
from ..language import language_name
from ..register import Register
from .changes import changes_frame
from .claims import claim_groups, group_claims, reprints, stated_dates, statements_frame
from .figures import compare_figures, figures_frame
from .inputs import DossierArticle, articles_frame, check_names, story_order
from .sources import Names, relays_frame, sources_frame
from .timeline import places_frame, timeline_frame

#: the tables of a dossier, in the order a reader meets them
TABLES = ("articles", "changes", "sources", "claims", "statements", "relays", "contradictions", "reprints",
          "figure_groups", "figures", "conflicts", "revisions", "timeline", "places")


@dataclass
class Dossier:
    """The comparison of several articles: one DataFrame per table of :data:`TABLES`,
    the notes a reader must see (one sentence each) and the pairs compared."""

    articles: pd.DataFrame
    changes: pd.DataFrame
    sources: pd.DataFrame
    claims: pd.DataFrame
    statements: pd.DataFrame
    relays: pd.DataFrame
    contradictions: pd.DataFrame
    reprints: pd.DataFrame
    figure_groups: pd.DataFrame
    figures: pd.DataFrame
    conflicts: pd.DataFrame
    revisions: pd.DataFrame
    timeline: pd.DataFrame
    places: pd.DataFrame
    notes: list[str] = field(default_factory=list)
    comparisons: int = 0

    def frames(self) -> dict[str, pd.DataFrame]:
        """Table name -> DataFrame, in the order of :data:`TABLES`."""
        return {name: getattr(self, name) for name in TABLES}


def compare(articles: list[DossierArticle], register: Register | None = None) -> Dossier:
    """Compare ``articles`` (any order; they are put in story order) source by source."""
    if not articles:
        raise DossierError("a dossier needs at least one article.")
    check_names([a.name for a in articles])
    articles = story_order(articles)
    names = Names(register, *_names(articles))
    stated = stated_dates(articles)

    statements, figure_keys = statements_frame(articles, names, stated)
    statements, opposed, compared = group_claims(statements, figure_keys)
    reliability = {s: names.grade(s, True)[0] for s in set(statements["source"][statements["named"]])}
    metadata = {a.name: a.credibility for a in articles}
    groups, contradictions = claim_groups(statements, opposed, reliability, metadata)
    copies = reprints(statements)
    sources = sources_frame(statements, groups, names)

    figures = figures_frame(articles, names, stated)
    figure_groups, conflicts, revisions = compare_figures(figures)
    timeline, event_pairs = timeline_frame(articles)
    places = places_frame(articles)
    changes = changes_frame(articles, statements, groups, figures, sources)
    listing = articles_frame(articles, dict(zip(copies["reprint"], copies["original"])))
    return Dossier(articles=listing, changes=changes, sources=sources, claims=groups, statements=statements,
                   relays=relays_frame(statements), contradictions=contradictions, reprints=copies,
                   figure_groups=figure_groups, figures=figures, conflicts=conflicts, revisions=revisions,
                   timeline=timeline, places=places, notes=notes(articles, copies),
                   comparisons=compared + event_pairs)


def _names(articles: list[DossierArticle]) -> tuple[list[str], list[tuple]]:
    """The people the compared articles' actors tables name, and every name they give a
    source or a conduit with its kind where the actors tables list it (for :class:`Names`)."""
    people, named = [], []
    for a in articles:
        if not a.compared:
            continue
        t = a.tables
        kinds = dict(zip(t.actors["name"].tolist(), t.actors["kind"].tolist()))
        people += [n for n, k in kinds.items() if k == "person"]
        said = [*t.claims["claimant"].tolist(), *t.claims["via"].tolist(), *t.figures["claimant"].tolist()]
        named += list(kinds.items()) + [(n, kinds.get(n)) for n in said if isinstance(n, str)]
    return people, named


def notes(articles: list[DossierArticle], copies: pd.DataFrame | None = None) -> list[str]:
    """The sentences a reader must see before the comparison: one article only, undated
    articles, articles not compared, reprints."""
    out = []
    compared = [a for a in articles if a.compared]
    if len(articles) == 1:
        out.append(f"This dossier holds one article ({articles[0].name}): there is nothing to compare it with yet.")
    elif len(compared) < 2:
        out.append(f"Only {len(compared)} of the {len(articles)} articles can be compared: nothing is compared.")
    for a in articles:
        if a.published is None:
            out.append(f"{a.name} has no publication date: it is placed last and is never taken as a first report.")
        if not a.compared:
            out.append(f"{a.name} is written in {language_name(a.language)}: it is listed, not compared "
                       "(the extraction reads English).")
    if copies is not None:
        for r in copies.itertuples():
            out.append(f"{r.reprint} reprints {r.original} ({r.shared} of its {r.statements} statements): "
                       "its copies count once.")
    return out

"""The dossier's inputs: each article's metadata and tables, in story order.

:func:`read_articles` is the one edge that reads files: each article and its metadata,
and its tables either from the CSVs a build wrote (``tables_dirs``) or by extracting the
article and applying its analyst review and the team's register.  Everything else is pure.

Story order: dated articles by publication date (then name), undated articles last; an
article not in English is listed but its tables are not compared (the extraction rules
read English).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..errors import DossierError
from ..language import ENGLISH
from ..tables import Tables, ranges_once

ARTICLE_COLUMNS = {
    "order": "Int64",          # 1, 2, ... in story order
    "article": "string",       # the article's name (file stem)
    "title": "string",
    "outlet": "string",
    "published": "string",     # ISO date, empty when undated
    "precision": "string",     # day, month, year
    "reliability": "string",   # the outlet's source reliability A-F (metadata)
    "credibility": "Int64",    # the metadata's information credibility 1-6
    "grade": "string",         # the two together, e.g. B6
    "language": "string",      # ISO 639-1
    "compared": "boolean",     # False: listed only (not in English)
    "undated": "boolean",
    "reprint_of": "string",    # the article this one copies (see claims.reprints)
    "note": "string",          # one sentence: why it is placed last or not compared
}


@dataclass(frozen=True)
class DossierArticle:
    """One article of a dossier: what its metadata says and its (reviewed) tables."""

    name: str
    title: str
    tables: Tables
    outlet: str | None = None
    published: dt.date | None = None
    precision: str | None = None
    reliability: str = "F"
    credibility: int = 6
    language: str = ENGLISH
    language_basis: str = "metadata"
    url: str | None = None
    sha256: str = ""

    @property
    def compared(self) -> bool:
        """Whether its tables take part in the comparison (English only)."""
        return self.language == ENGLISH

    @property
    def outlet_name(self) -> str:
        """The outlet, or the article's name where the metadata gives none."""
        return self.outlet or self.name


def dossier_article(article, tables: Tables) -> DossierArticle:
    """A :class:`DossierArticle` from an :class:`~claimbrief.article.Article` and its tables."""
    code, basis = article.language
    meta = article.meta
    # (a range's upper number is compared as the range it belongs to)
    return DossierArticle(name=article.name, title=meta.title, tables=ranges_once(tables), outlet=meta.outlet,
                          published=meta.published, precision=meta.published_precision,
                          reliability=meta.source_reliability, credibility=meta.information_credibility,
                          language=code, language_basis=basis, url=meta.url, sha256=article.sha256)


def story_order(articles: list[DossierArticle]) -> list[DossierArticle]:
    """Dated articles by date then name, undated ones last (by name)."""
    return sorted(articles, key=lambda a: (a.published is None, a.published or dt.date.min, a.name))


def check_names(names: list[str]) -> None:
    """Two articles with one name would overwrite each other's tables: refuse them."""
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise DossierError(f"two articles are named {name!r}; rename one (a dossier keys articles by name).")
        seen.add(name)


def read_articles(paths: list[str | Path], register=None, tables_dirs: dict[str, Path] | None = None
                  ) -> list[DossierArticle]:
    """Read each article (text and metadata) and its tables, in story order.

    ``tables_dirs`` maps an article's name to the folder where a build wrote its (reviewed)
    tables; an article not in it is extracted here, its review file and ``register`` applied.
    """
    from ..article import read_article
    from ..tables import read_tables

    check_names([Path(p).stem for p in paths])
    out = []
    for path in paths:
        article = read_article(path)
        folder = (tables_dirs or {}).get(article.name)
        if folder is not None:
            tables = read_tables(Path(folder))
        else:
            tables = _extracted(article, register)
        out.append(dossier_article(article, tables))
    return story_order(out)


def _extracted(article, register) -> Tables:
    from .. import paths
    from ..extract import extract
    from ..review import apply_review, read_review

    tables = extract(article)
    decisions = read_review(paths.review_file(article.path))
    if decisions or register is not None:
        tables, _ = apply_review(tables, article.text, decisions, register)
    return tables


def articles_frame(articles: list[DossierArticle], reprints: dict[str, str] | None = None) -> pd.DataFrame:
    """One row per article in story order (columns: :data:`ARTICLE_COLUMNS`)."""
    from ..language import language_name

    rows = []
    for i, a in enumerate(story_order(articles), start=1):
        notes = []
        if a.published is None:
            notes.append("No publication date: placed last, and its statements are never the first report.")
        if not a.compared:
            notes.append(f"Written in {language_name(a.language)}: listed, not compared "
                         "(the extraction reads English).")
        rows.append({"order": i, "article": a.name, "title": a.title, "outlet": a.outlet,
                     "published": a.published.isoformat() if a.published else None, "precision": a.precision,
                     "reliability": a.reliability, "credibility": a.credibility,
                     "grade": f"{a.reliability}{a.credibility}", "language": a.language, "compared": a.compared,
                     "undated": a.published is None, "reprint_of": (reprints or {}).get(a.name),
                     "note": " ".join(notes) or None})
    return typed(rows, ARTICLE_COLUMNS)


def records(frame: pd.DataFrame) -> list[dict]:
    """The rows of ``frame`` as dicts, missing values as None (many times faster than
    ``DataFrame.to_dict``, which boxes every cell)."""
    columns = list(frame.columns)
    values = [[None if v is pd.NA or (isinstance(v, float) and v != v) else v for v in frame[c].tolist()]
              for c in columns]
    return [dict(zip(columns, row)) for row in zip(*values)]


def typed(rows: list[dict], columns: dict[str, str]) -> pd.DataFrame:
    """A frame with exactly ``columns`` (name -> dtype), in that order."""
    frame = pd.DataFrame(rows, columns=list(columns))
    return frame.astype(columns) if len(frame) else frame.astype(columns)

"""Every directory claimbrief reads or writes, spelled once.

The project root is found from the working directory (the nearest folder holding
``pyproject.toml`` and ``seeds/``), falling back to the current directory, so the
command works from a clone and from an installed package alike.  ``CLAIMBRIEF_ROOT``
overrides it.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
TEMPLATES_DIR = PACKAGE_DIR / "templates"
LEXICON_FILE = DATA_DIR / "lexicon.yaml"
STYLE_FILE = DATA_DIR / "claimbrief.mplstyle"


def project_root() -> Path:
    """Return the project folder: $CLAIMBRIEF_ROOT, else the nearest parent with seeds/."""
    env = os.environ.get("CLAIMBRIEF_ROOT")
    if env:
        return Path(env).resolve()
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "seeds").is_dir() and (folder / "pyproject.toml").is_file():
            return folder
    # A source checkout run from elsewhere: the package lives in <root>/src/claimbrief.
    repo = PACKAGE_DIR.parent.parent
    if (repo / "seeds").is_dir():
        return repo
    return here


def seeds_dir() -> Path:
    return project_root() / "seeds"


def notebooks_dir() -> Path:
    return project_root() / "notebooks"


def figures_dir(name: str | None = None) -> Path:
    base = project_root() / "figures"
    return base / name if name else base


def report_dir(name: str | None = None) -> Path:
    base = project_root() / "report"
    return base / name if name else base


def build_dir(name: str | None = None) -> Path:
    base = project_root() / "build"
    return base / name if name else base


def register_file() -> Path:
    """The team's source register, shared by every article."""
    return project_root() / "sources.yaml"


def review_file(article: Path) -> Path:
    """The analyst's review file of an article: ``<name>.review.yaml`` beside it."""
    return Path(article).with_suffix(".review.yaml")


def default_article() -> Path:
    """The first article in seeds/ (sorted), the default for every notebook."""
    articles = sorted(seeds_dir().glob("*.txt"))
    return articles[0] if articles else seeds_dir() / "article.txt"

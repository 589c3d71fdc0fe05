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


# ---- dossiers (several articles compared; see claimbrief.dossier_build) ----------------

def dossier_notebooks_dir() -> Path:
    """The dossier's section notebooks, ``notebooks/dossier/NN-topic.ipynb``."""
    return notebooks_dir() / "dossier"


def dossier_report_dir(name: str | None = None) -> Path:
    """``report/dossiers/<name>/``: dossier.html, dossier.pdf, data/*.csv."""
    base = report_dir() / "dossiers"
    return base / name if name else base


def dossier_build_dir(name: str | None = None) -> Path:
    """``build/dossiers/<name>/``: the comparison tables and the executed notebooks."""
    base = build_dir() / "dossiers"
    return base / name if name else base


def dossier_figures_dir(name: str | None = None) -> Path:
    base = figures_dir() / "dossiers"
    return base / name if name else base


def dossier_fixture_dir() -> Path:
    """The invented story of the tests (nine articles), the notebooks' default dossier."""
    return project_root() / "tests" / "fixtures" / "dossier"


def default_dossier_articles() -> list[Path]:
    """The notebooks' default: the fixture story when the project has it, else every seeds/*.txt."""
    story = sorted(dossier_fixture_dir().glob("*.txt"))
    return story or sorted(seeds_dir().glob("*.txt"))

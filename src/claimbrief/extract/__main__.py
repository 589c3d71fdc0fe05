"""``python -m claimbrief.extract``: the build's extraction process (see
:mod:`claimbrief.worker`).  Its one job: ``{"article": path, "published": date or null,
"out": folder}``; it reads the article and its metadata, extracts the six tables and
writes them as CSV into ``out``."""

from __future__ import annotations

import sys


def run(job: dict) -> None:
    from pathlib import Path

    from ..article import read_article
    from ..language import ENGLISH, not_extracted_note
    from ..tables import write_tables
    from . import extract

    article = read_article(job["article"], published=job["published"])
    write_tables(extract(article), Path(job["out"]))
    code, basis = article.language
    if code != ENGLISH:
        print(not_extracted_note(code, basis), file=sys.stderr)  # passed on to the terminal


if __name__ == "__main__":
    from ..worker import serve

    sys.exit(serve(run, "the tables could not be extracted"))

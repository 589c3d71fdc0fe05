"""The dossier's comparison process (``python -m claimbrief.dossier``; see
:mod:`claimbrief.worker` for the protocol and :mod:`claimbrief.dossier_build` for the build).

One job: the articles, each with the folder of its tables (``build/<name>/data/``, the
briefing's own) and whether they must be extracted again or only reviewed again.  The
articles whose tables are stale are extracted here, one after another, the gazetteer
loaded once for all of them, and written exactly as ``claimbrief build`` writes them
(the same keys, the analyst's review applied), each under its article's build lock, so a
briefing and a dossier share one extraction.  Then every article's tables are read,
compared (:func:`claimbrief.dossier.compare`) and the dossier's tables written to the
job's ``out`` folder; the process exits and takes the articles' tables with it.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


class _InProcess:
    """Extraction in this process, in the place of the build's extraction process (the
    same job: an article, its publication date and the folder to write the six tables to)."""

    def run(self, job: dict, deadline: float) -> None:
        from ..article import read_article
        from ..extract import extract
        from ..tables import write_tables

        write_tables(extract(read_article(job["article"], published=job["published"])), Path(job["out"]))


def compare_job(job: dict) -> None:
    """Bring every article's tables up to date, compare them, write the dossier's tables."""
    from filelock import FileLock, Timeout

    from .. import build
    from ..article import read_article
    from ..errors import BuildError
    from ..register import read_register
    from ..tables import read_tables
    from .compare import compare
    from .inputs import dossier_article
    from .tables import inputs_frame, write_dossier

    deadline = time.monotonic() + float(job["seconds"])
    extraction = _InProcess()
    articles, inputs = [], []
    for item in job["articles"]:
        article = read_article(item["path"])
        data_dir = Path(item["data_dir"])
        if item["review"]:
            lock = FileLock(item["lock"])
            try:
                lock.acquire(timeout=max(0.1, deadline - time.monotonic()))
            except Timeout:
                raise BuildError(f"the build timed out waiting for {article.name}'s tables "
                                 "(another claimbrief process holds them; see --build-timeout).") from None
            try:
                build._write_tables_atomically(extraction if item["extract"] else None, article, None, data_dir,
                                               tuple(item["keys"]), build.read_review_inputs(article), deadline)
            finally:
                lock.release()
        if time.monotonic() > deadline:
            raise BuildError("the build timed out during the comparison (see --build-timeout).")
        articles.append(dossier_article(article, read_tables(data_dir)))
        inputs.append({"article": article.name, "file": article.path.name, "text_sha256": article.sha256,
                       "metadata_sha256": article.meta_sha256 or None, "review_sha256": item["review_sha256"]})
    dossier = compare(articles, read_register())
    del articles  # the articles' tables are not needed any more; the dossier's are small
    out = Path(job["out"])
    write_dossier(dossier, inputs_frame(inputs), out)
    (out / build.REPORT_KEY_FILE).write_text(job["key"] + "\n", encoding="ascii")


def main() -> int:
    """Serve one comparison job (see :func:`compare_job`)."""
    from ..worker import serve

    def warm_up() -> None:
        from ..extract import extract  # noqa: F401 - loaded while the build starts its kernels

    return serve(compare_job, "the articles could not be compared", warm_up=warm_up)


if __name__ == "__main__":
    sys.exit(main())

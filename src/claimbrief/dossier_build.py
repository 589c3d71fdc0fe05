"""The dossier's build: several articles compared, made like a briefing.

``claimbrief dossier ARTICLE... --name NAME`` writes ``report/dossiers/<name>/``
(``dossier.html``, ``dossier.pdf``, ``data/*.csv``) with the machinery of
:mod:`claimbrief.build`, called rather than copied:

1. each article's tables are the briefing's own (``build/<article>/data/``, the same keys:
   text, metadata, package, review file and register): an article is extracted once, and
   again only when one of those changes, whether by ``build`` or by ``dossier``.  Stale
   tables are extracted, all of them in one short-lived comparison process
   (``python -m claimbrief.dossier``: the gazetteer is loaded once for all), which then
   compares every article and writes the dossier's compact tables to
   ``build/dossiers/<name>/data/``; the comparison runs only when an article's tables
   changed (its key is the articles' table keys);
2. the dossier's notebooks (``notebooks/dossier/NN-*.ipynb``) read those tables, never the
   articles': they run in the build's kernels, with the same time limits, each cached by
   notebook, parameters and the hashes of the table files it reads (its metadata's
   ``claimbrief.tables``; :class:`claimbrief.dossier.tables.DossierTables` records what a
   notebook reads, and the tests hold each notebook to its list), so a changed article
   runs again only the notebooks whose tables changed.  The kernels start while the
   comparison runs; which notebooks they run is decided when its tables are written;
3. the build's assembly process makes the HTML and the PDF (PDF/A-3 carrying the dossier's
   CSV tables), written to a staging folder and swapped in only when complete.

This module stays light (no pandas, no comparison code) so the build process's memory
stays flat however many articles a dossier has: the comparison lives and dies in its
own process.  Bad input is one sentence each: two different files with one name are
refused (exit 2, nothing written); the same file given twice is used once, and said so;
an undated article, a single article and an article in another language are built and
said so in the dossier itself.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import time
from pathlib import Path
from types import SimpleNamespace

from . import build, paths
from .article import Article, read_article
from .errors import BuildError, DossierError
from .worker import Worker

NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
HTML_FILE, PDF_FILE = "dossier.html", "dossier.pdf"
#: the notebooks' data tables that become the report's data/*.csv (and the PDF's attachments)
DATA_SUFFIX = ".csv"


def dossier_notebooks() -> list[Path]:
    """The dossier's section notebooks, in order."""
    from .build import notebook_paths

    return notebook_paths(paths.dossier_notebooks_dir())


def notebook_tables(notebook: Path) -> list[str]:
    """The comparison's files (``<table>.csv``, ``notes.json``) ``notebook`` reads, as its
    metadata ``claimbrief.tables`` declares them (no declaration: every file)."""
    declared = json.loads(notebook.read_text(encoding="utf-8")).get("metadata", {}).get("claimbrief", {})
    return sorted(declared["tables"]) if "tables" in declared else ["*"]


def tables_digest(data_dir: Path, files: list[str]) -> str:
    """The SHA-256 of ``files`` of ``data_dir`` (``"*"``: every file), names and bytes."""
    digest = hashlib.sha256()
    chosen = sorted(p.name for p in data_dir.iterdir() if p.is_file()) if "*" in files else files
    for name in chosen:
        path = data_dir / name
        digest.update(name.encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest() if path.is_file() else b"missing")
    return digest.hexdigest()


def check_name(name: str) -> str:
    """A dossier's name becomes a folder: letters, digits, '.', '_' and '-' only."""
    if not isinstance(name, str) or not NAME_PATTERN.fullmatch(name) or name.endswith((".staging", ".old")):
        raise DossierError(f"--name {name!r} must be 1-100 letters, digits, '.', '_' or '-', starting with a "
                           "letter or digit (it names the folder report/dossiers/<name>/).")
    return name


def distinct_articles(targets: list[Path]) -> list[Path]:
    """The articles given, each file once; two different files with one name are refused
    (their tables would share one folder)."""
    seen: dict[str, Path] = {}
    out = []
    for path in targets:
        path = Path(path)
        name = path.stem
        if name in seen:
            if _same_file(seen[name], path):
                build.say(f"claimbrief: {path} is given twice; it is used once.")
                continue
            raise DossierError(f"two different articles are named {name!r} ({seen[name]} and {path}); rename one, "
                               "as a dossier keys each article's tables by its name.")
        seen[name] = path
        out.append(path)
    return out


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or a.read_bytes() == b.read_bytes()
    except OSError:
        return False


def _sha(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode())
        digest.update(b"\0")
    return digest.hexdigest()


def _article_item(article: Article, fingerprint: str, force: bool) -> dict:
    """What the comparison process needs to know of one article: where its tables are,
    their keys (as ``claimbrief build`` computes them) and whether they are stale."""
    machine_key = build.tables_key(article, None, fingerprint)
    review = build._review_digest(article)
    data_key = hashlib.sha256(f"{machine_key}\0{review}".encode()).hexdigest()  # as build._build_locked
    work = paths.build_dir(article.name)
    data_dir = work / "data"
    extract = force or build._report_key(data_dir, build.MACHINE_KEY_FILE) != machine_key
    return {"path": str(article.path.resolve()), "data_dir": str(data_dir.resolve()), "keys": [machine_key, data_key],
            "extract": extract, "review": extract or build._report_key(data_dir) != data_key,
            "lock": str((work / ".lock").resolve()), "review_sha256": review}


def _subtitle(articles: list[Article]) -> tuple[str, str, dt.date | None]:
    """(subtitle, date label, latest publication date) of a dossier."""
    dates = sorted(a.meta.published for a in articles if a.meta.published)
    outlets = {a.meta.outlet or a.name for a in articles}
    count = f"{len(articles)} article{'s' if len(articles) != 1 else ''} from {len(outlets)} " \
            f"outlet{'s' if len(outlets) != 1 else ''}"
    if not dates:
        return f"Dossier · {count} · dates unknown", "date unknown", None
    span = dates[0].isoformat() if dates[0] == dates[-1] else f"{dates[0].isoformat()} to {dates[-1].isoformat()}"
    return f"Dossier · {count} · {span}", dates[-1].isoformat(), dates[-1]


def build_dossier(articles: list[Path] | None, name: str, *, force: bool = False, jobs: int | None = None,
                  timeout: float = 600, build_timeout: float = 3600, pdf: bool = True,
                  title: str | None = None) -> build.Summary:
    """Build the dossier ``name`` of ``articles`` (default: every ``seeds/*.txt``)."""
    import math
    import os

    started = time.perf_counter()
    check_name(name)
    targets = [Path(a) for a in articles] if articles else sorted(paths.seeds_dir().glob("*.txt"))
    if not targets:
        raise DossierError(f"no articles for the dossier: {paths.seeds_dir()} has no .txt files.")
    targets = distinct_articles(targets)
    loaded = [read_article(path) for path in targets]  # every input checked before any work
    for article in loaded:
        build.read_review_inputs(article)  # a malformed review file or register: one sentence, nothing written
    if jobs is None:
        jobs = min(os.cpu_count() or 1, build.MAX_DEFAULT_KERNELS)
    if jobs < 1:
        raise BuildError("--jobs must be at least 1.")
    if not (0 < timeout < math.inf and 0 < build_timeout < math.inf):
        raise BuildError("--timeout and --build-timeout must be positive numbers of seconds.")
    build._source_date_epoch()
    deadline = time.monotonic() + build_timeout
    notebooks = dossier_notebooks()
    fingerprint = build.package_fingerprint()

    from filelock import FileLock, Timeout

    work = paths.dossier_build_dir(name)
    work.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(work / ".lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise BuildError(f"the dossier {name} is being built by another claimbrief process; "
                         "try again when it ends.") from None
    try:
        summary = _build_locked(loaded, name, notebooks, work, force=force, jobs=jobs, timeout=timeout,
                                deadline=deadline, pdf=pdf, title=title, fingerprint=fingerprint)
    finally:
        lock.release()
    phases = {k: v for k, v in summary.seconds.items() if not k.endswith(".ipynb")}
    build.say(f"[dossier {name}] ran {len(summary.ran)} notebook(s), {len(summary.cached)} cached"
              + ("; timings: " + ", ".join(f"{k} {v:.1f} s" for k, v in phases.items()) if phases else ""))
    for output in summary.outputs[:2]:
        print(output)
    build.say(f"built the dossier {name} of {len(loaded)} article(s) in {time.perf_counter() - started:.1f} s")
    return summary


def _build_locked(loaded: list[Article], name: str, notebooks: list[Path], work: Path, *, force: bool, jobs: int,
                  timeout: float, deadline: float, pdf: bool, title: str | None,
                  fingerprint: str) -> build.Summary:
    label = f"dossier {name}"
    summary = build.Summary(label)
    data_dir, executed_dir = work / "data", work / "notebooks"
    executed_dir.mkdir(parents=True, exist_ok=True)
    items = [_article_item(article, fingerprint, force) for article in loaded]
    # The comparison's key: every article's tables (by their keys) and which file each is.
    compare_key = _sha(json.dumps(sorted((i["path"], i["keys"][1]) for i in items)), fingerprint)
    compare_needed = force or any(i["review"] for i in items) or build._report_key(data_dir) != compare_key
    title = title or f"Dossier: {name}"
    parameters = {"articles": [i["path"] for i in items], "name": name, "data_dir": str(data_dir.resolve()),
                  "figures_dir": str(paths.dossier_figures_dir(name).resolve()), "title": title}
    declared = {notebook: notebook_tables(notebook) for notebook in notebooks}

    def key_of(notebook: Path) -> str:
        # what the notebook reads, for build.cache_key: the hashes of its tables' files
        read = SimpleNamespace(sha256=tables_digest(data_dir, declared[notebook]), meta_sha256="")
        return build.cache_key(notebook, parameters, read, fingerprint)

    keys: dict[Path, str] = {}
    if compare_needed:
        # Which notebooks the new tables change is known once they are written: every
        # notebook is queued, its kernel started while the comparison runs, and a notebook
        # whose tables turn out unchanged is skipped (set in compare_tables).
        todo = [build.Job(nb, executed_dir / nb.name, "") for nb in notebooks]
    else:  # the tables are those on disk: every key is known now
        keys = {nb: key_of(nb) for nb in notebooks}
        todo = [build.Job(nb, executed_dir / nb.name, keys[nb]) for nb in notebooks
                if force or build._recorded_key(executed_dir / nb.name) != keys[nb]]

    def report_key_of() -> str:
        return hashlib.sha256(json.dumps([[keys[nb] for nb in notebooks], pdf, title], sort_keys=True)
                              .encode()).hexdigest()

    final = paths.dossier_report_dir(name)
    if not todo and not compare_needed and build._report_key(final) == report_key_of() \
            and (final / HTML_FILE).is_file() and (not pdf or (final / PDF_FILE).is_file()):
        build.say(f"[{label}] up to date: nothing changed since the last build")
        summary.cached.extend(nb.name for nb in notebooks)
        summary.outputs = [final / HTML_FILE] + ([final / PDF_FILE] if pdf else [])
        return summary
    cwd = str(paths.project_root())
    prefix = f"[{label}] "
    comparison = Worker("claimbrief.dossier", "comparison", cwd, prefix) if compare_needed else None
    assembly = Worker("claimbrief.render", "assembly", cwd, prefix)
    running = build.Running(w for w in (comparison, assembly) if w is not None)

    def compare_tables() -> None:
        if comparison is None:
            return
        extracted = sum(1 for i in items if i["extract"])
        build.say(prefix + (f"extracting {extracted} article(s) and comparing {len(items)}" if extracted
                       else f"comparing {len(items)} article(s)"))
        started = time.perf_counter()
        staging = data_dir.with_name(data_dir.name + ".tmp")
        shutil.rmtree(staging, ignore_errors=True)
        try:
            comparison.run({"articles": items, "out": str(staging), "key": compare_key,
                            "seconds": max(0.1, deadline - time.monotonic())}, deadline)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        shutil.rmtree(data_dir, ignore_errors=True)
        staging.replace(data_dir)
        summary.seconds["compare"] = time.perf_counter() - started
        keys.update({nb: key_of(nb) for nb in notebooks})
        for job in todo:  # written with the key of the tables they read, or skipped
            job.key = keys[job.notebook]
            job.skip = not force and build._recorded_key(job.executed) == job.key

    pools: list = []
    started = time.perf_counter()
    try:
        if todo:
            pools.append(build._run_notebooks(SimpleNamespace(name=label), todo, jobs, parameters, timeout,
                                              deadline, summary, compare_tables, running))
        else:
            compare_tables()
        ran = {job.notebook for job in todo if not job.skip}
        for nb in notebooks:
            if nb not in ran:
                summary.cached.append(nb.name)
                build.say(f"[{label}] {nb.name}: its tables unchanged, cached")
        report_key = report_key_of()
        summary.seconds["notebooks"] = time.perf_counter() - started
        started = time.perf_counter()
        build.say(prefix + "assembling the dossier")
        summary.outputs = _assemble(assembly, loaded, [executed_dir / nb.name for nb in notebooks], data_dir,
                                    final, pdf=pdf, title=title, report_key=report_key, deadline=deadline)
        summary.seconds["assemble"] = time.perf_counter() - started
    except BaseException:
        build._kill_kernels(running)
        raise
    finally:
        for worker in (comparison, assembly):
            if worker is not None:
                worker.kill()
        for pool in pools:
            pool.shutdown(wait=True)
    return summary


def _assemble(assembly: Worker, articles: list[Article], executed: list[Path], data_dir: Path, final: Path, *,
              pdf: bool, title: str, report_key: str, deadline: float) -> list[Path]:
    """The dossier's HTML and PDF (made by the ``assembly`` process) and its tables in a
    staging folder, then swapped in (:func:`claimbrief.build.swap_in`)."""
    subtitle, date_label, latest = _subtitle(articles)
    epoch = build._source_date_epoch() or build._epoch(latest)
    staging = final.with_name(f".{final.name}.staging")
    shutil.rmtree(staging, ignore_errors=True)
    tables = sorted(data_dir.glob(f"*{DATA_SUFFIX}"))
    try:
        (staging / "data").mkdir(parents=True)
        assembly.run({"notebooks": [str(p) for p in executed], "html_path": str(staging / HTML_FILE),
                      "pdf_path": str(staging / PDF_FILE) if pdf else None, "title": title,
                      "subtitle": subtitle, "lang": "en", "date_label": date_label, "epoch": epoch,
                      "last_pdf": str(final / PDF_FILE) if pdf else None,
                      "attachments": [str(t) for t in tables], "article_metadata": None}, deadline)
        for table in tables:
            shutil.copyfile(table, staging / "data" / table.name)
        (staging / build.REPORT_KEY_FILE).write_text(report_key + "\n", encoding="ascii")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    final.parent.mkdir(parents=True, exist_ok=True)
    build.swap_in(staging, final)
    return [final / HTML_FILE] + ([final / PDF_FILE] if pdf else []) + sorted((final / "data").glob("*.csv"))

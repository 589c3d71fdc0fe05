"""The build: extraction, one papermill run per notebook (cached, in parallel), then
the assembly of one HTML briefing and its PDF.

For each article:

1. the six tables are extracted and written to ``build/<name>/data/``;
2. every ``notebooks/NN-*.ipynb`` runs with the article's parameters injected, unless
   its cache key (notebook, parameters, article and metadata, package, lock file) is
   the one recorded in the executed notebook from the last run;
3. the executed notebooks are merged and rendered to ``briefing.html`` and
   ``briefing.pdf``, which with the CSV tables are written to a staging folder and
   swapped into ``report/<name>/`` only when complete, so a failure never leaves a
   half-written report where the last good one was.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__, paths
from .article import Article, read_article
from .errors import BuildError

CACHE_KEY = "cache_key"


@dataclass
class Summary:
    """What one article's build did, for the closing summary."""

    name: str
    ran: list[str] = field(default_factory=list)
    cached: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    outputs: list[Path] = field(default_factory=list)


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def notebook_paths() -> list[Path]:
    found = sorted(paths.notebooks_dir().glob("[0-9][0-9]-*.ipynb"))
    if not found:
        raise BuildError(f"no notebooks found in {paths.notebooks_dir()}.")
    return found


def package_fingerprint() -> str:
    """A hash of the package's own files and the lock file: a change to either re-runs notebooks."""
    digest = hashlib.sha256(__version__.encode())
    for file in sorted(paths.PACKAGE_DIR.rglob("*")):
        if file.is_file() and file.suffix in (".py", ".yaml", ".j2", ".css", ".json", ".mplstyle"):
            digest.update(file.relative_to(paths.PACKAGE_DIR).as_posix().encode())
            digest.update(file.read_bytes())
    lock = paths.project_root() / "uv.lock"
    if lock.is_file():
        digest.update(lock.read_bytes())
    return digest.hexdigest()


def cache_key(notebook: Path, parameters: dict, article: Article, fingerprint: str) -> str:
    digest = hashlib.sha256()
    for part in (notebook.read_bytes(), json.dumps(parameters, sort_keys=True).encode(),
                 article.sha256.encode(), article.meta_sha256.encode(), fingerprint.encode()):
        digest.update(part)
        digest.update(b"\0")
    return digest.hexdigest()


def _recorded_key(executed: Path) -> str | None:
    try:
        with open(executed, encoding="utf-8") as handle:
            return json.load(handle).get("metadata", {}).get("claimbrief", {}).get(CACHE_KEY)
    except (OSError, ValueError):
        return None


def ipc_kernel_manager(folder: Path):
    """A kernel manager whose kernel listens on Unix sockets in ``folder`` (IPC transport),
    never on a network interface; jupyter_client removes the socket files at shutdown."""
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    class IPCKernelManager(AsyncKernelManager):
        @default("transport")
        def _default_transport(self):
            return "ipc"

        @default("ip")
        def _default_ip(self):
            return str(folder / "kernel")

    return IPCKernelManager


def _run_notebook(notebook: Path, executed: Path, parameters: dict, key: str, timeout: float) -> float:
    import tempfile

    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    started = time.perf_counter()
    partial = executed.with_suffix(".partial.ipynb")
    sockets = Path(tempfile.mkdtemp(prefix="claimbrief-kernel-"))
    try:
        papermill.execute_notebook(
            str(notebook), str(partial), parameters=parameters, kernel_name="python3",
            progress_bar=False, log_output=False, cwd=str(paths.project_root()),
            execution_timeout=timeout, request_save_on_cell_execute=False,
            kernel_manager_class=ipc_kernel_manager(sockets),
        )
    except PapermillExecutionError as exc:
        kept = executed.with_suffix(".failed.ipynb")
        if partial.exists():
            os.replace(partial, kept)
        raise BuildError(
            f"notebook {notebook.name} failed in cell {exc.cell_index + 1}: {exc.ename}: {exc.evalue.strip()} "
            f"(the executed notebook is kept at {kept})."
        ) from None
    except Exception as exc:  # kernel death, timeout, missing kernel
        kept = executed.with_suffix(".failed.ipynb")
        if partial.exists():
            os.replace(partial, kept)
        raise BuildError(f"notebook {notebook.name} could not run: {exc.__class__.__name__}: {str(exc).strip()[:300]}.") from None
    finally:
        shutil.rmtree(sockets, ignore_errors=True)
    nb = nbformat.read(partial, as_version=4)
    nb.metadata.setdefault("claimbrief", {})[CACHE_KEY] = key
    nbformat.write(nb, partial)
    os.replace(partial, executed)
    return time.perf_counter() - started


def _write_tables_atomically(article: Article, folder: Path) -> None:
    from .extract import extract
    from .tables import write_tables

    tables = extract(article)
    staging = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(staging, ignore_errors=True)
    write_tables(tables, staging)
    if folder.exists():
        # keep the files when nothing changed, so their timestamps and the cache stay put
        same = all((folder / f.name).is_file() and (folder / f.name).read_bytes() == f.read_bytes()
                   for f in staging.iterdir())
        if same:
            shutil.rmtree(staging)
            return
        shutil.rmtree(folder)
    os.replace(staging, folder)


def build_article(article: Article, notebooks: list[Path], *, force: bool, jobs: int, published: str | None,
                  timeout: float, pdf: bool, fingerprint: str) -> Summary:
    """Build one article's briefing; return what ran and where the outputs are."""
    from filelock import FileLock, Timeout

    work = paths.build_dir(article.name)
    work.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(work / ".lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise BuildError(f"{article.name} is being built by another claimbrief process; try again when it ends.") from None
    try:
        return _build_locked(article, notebooks, work, force=force, jobs=jobs, published=published,
                             timeout=timeout, pdf=pdf, fingerprint=fingerprint)
    finally:
        lock.release()


def _build_locked(article: Article, notebooks: list[Path], work: Path, *, force: bool, jobs: int,
                  published: str | None, timeout: float, pdf: bool, fingerprint: str) -> Summary:
    summary = Summary(article.name)
    data_dir, executed_dir = work / "data", work / "notebooks"
    executed_dir.mkdir(parents=True, exist_ok=True)
    _say(f"[{article.name}] extracting tables")
    started = time.perf_counter()
    _write_tables_atomically(article, data_dir)
    summary.seconds["extract"] = time.perf_counter() - started
    figures = paths.figures_dir(article.name)
    parameters = {"article": str(article.path.resolve()), "published": published,
                  "data_dir": str(data_dir.resolve()), "figures_dir": str(figures.resolve())}
    todo = []
    for notebook in notebooks:
        executed = executed_dir / notebook.name
        key = cache_key(notebook, parameters, article, fingerprint)
        if not force and executed.is_file() and _recorded_key(executed) == key:
            summary.cached.append(notebook.name)
        else:
            todo.append((notebook, executed, key))
    for name in summary.cached:
        _say(f"[{article.name}] {name}: unchanged, cached")
    if todo:
        with ThreadPoolExecutor(max_workers=max(1, min(jobs, len(todo)))) as pool:
            futures = {}
            for i, (notebook, executed, key) in enumerate(todo, 1):
                futures[notebook.name] = pool.submit(_run_notebook, notebook, executed, parameters, key, timeout)
                _say(f"[{article.name}] notebook {i} of {len(todo)}: {notebook.name} started")
            errors = []
            for name, future in futures.items():
                try:
                    summary.seconds[name] = future.result()
                    summary.ran.append(name)
                    _say(f"[{article.name}] {name}: done in {summary.seconds[name]:.1f} s")
                except BuildError as exc:
                    errors.append(exc)
            if errors:
                raise errors[0]
    started = time.perf_counter()
    _say(f"[{article.name}] assembling the briefing")
    summary.outputs = _assemble(article, [executed_dir / nb.name for nb in notebooks], data_dir, pdf)
    summary.seconds["assemble"] = time.perf_counter() - started
    return summary


def _assemble(article: Article, executed: list[Path], data_dir: Path, pdf: bool) -> list[Path]:
    import nbformat

    from .render import merge_notebooks, render_html, render_pdf

    merged = merge_notebooks([nbformat.read(p, as_version=4) for p in executed])
    meta = article.meta
    date_label = meta.published.isoformat() if meta.published else "date unknown"
    subtitle = f"Analyst briefing · {meta.outlet or 'outlet not named'} · {date_label}"
    page = render_html(merged, title=meta.title, subtitle=subtitle, lang=meta.language)
    final = paths.report_dir(article.name)
    staging = final.with_name(f".{final.name}.staging")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        (staging / "data").mkdir(parents=True)
        (staging / "briefing.html").write_text(page, encoding="utf-8")
        if pdf:
            epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0")) or _epoch(meta.published)
            render_pdf(page, staging / "briefing.pdf", title=meta.title, date_label=date_label, epoch=epoch)
        for csv in sorted(data_dir.glob("*.csv")):
            shutil.copyfile(csv, staging / "data" / csv.name)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)  # never leave a half-written report behind
        raise
    old = final.with_name(f".{final.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        os.replace(final, old)
    os.replace(staging, final)
    shutil.rmtree(old, ignore_errors=True)
    outputs = [final / "briefing.html"] + ([final / "briefing.pdf"] if pdf else [])
    return outputs + sorted((final / "data").glob("*.csv"))


def _epoch(published) -> int:
    import calendar
    import datetime as dt

    day = published or dt.date(2000, 1, 1)
    return calendar.timegm(day.timetuple())


def build(articles: list[Path] | None = None, *, force: bool = False, jobs: int | None = None,
          published: str | None = None, timeout: float = 600, pdf: bool = True) -> list[Summary]:
    """Build the briefing of each article (default: every ``seeds/*.txt``)."""
    started = time.perf_counter()
    targets = [Path(a) for a in articles] if articles else sorted(paths.seeds_dir().glob("*.txt"))
    if not targets:
        raise BuildError(f"no articles to build: {paths.seeds_dir()} has no .txt files.")
    loaded = [read_article(path, published=published) for path in targets]  # every input checked first
    notebooks = notebook_paths()
    fingerprint = package_fingerprint()
    jobs = jobs or os.cpu_count() or 1
    if jobs < 1:
        raise BuildError("--jobs must be at least 1.")
    summaries = []
    for article in loaded:
        summaries.append(build_article(article, notebooks, force=force, jobs=jobs, published=published,
                                       timeout=timeout, pdf=pdf, fingerprint=fingerprint))
    total = time.perf_counter() - started
    for summary in summaries:
        _say(f"[{summary.name}] ran {len(summary.ran)} notebook(s), {len(summary.cached)} cached")
        for output in summary.outputs[:2]:
            print(output)
    _say(f"built {len(summaries)} briefing(s) in {total:.1f} s")
    return summaries

"""The build: extraction, the notebooks (parameters injected by papermill, executed by
nbclient; cached, in parallel), then the assembly of one HTML briefing and its PDF.

For each article:

1. the six tables are extracted (by a short-lived process, see :mod:`claimbrief.worker`)
   and written to ``build/<name>/data/``;
2. every ``notebooks/NN-*.ipynb`` runs with the article's parameters injected, unless
   its cache key (notebook, parameters, article and metadata, package, lock file) is
   the one recorded in the executed notebook from the last run.  Notebooks to run are
   shared among up to ``jobs`` kernels, each started once on IPC sockets and reset
   between notebooks, so kernel start-up and imports are not paid per notebook; each
   notebook and the whole build have a time limit;
3. the executed notebooks are merged and rendered to ``briefing.html`` and
   ``briefing.pdf`` by a short-lived assembly process (started with the kernels so its
   imports overlap the notebooks; the kernels stop while it works); these and the CSV
   tables are written to a staging folder and swapped into ``report/<name>/`` only when
   complete, so a failure never leaves a half-written report where the last good one was.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__, paths
from .article import Article, read_article
from .errors import BuildError
from .pdf import article_metadata
from .worker import Worker

CACHE_KEY = "cache_key"
MAX_DEFAULT_KERNELS = 3


@dataclass
class Summary:
    """What one article's build did, for the closing summary."""

    name: str
    ran: list[str] = field(default_factory=list)
    cached: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    outputs: list[Path] = field(default_factory=list)


def say(message: str) -> None:
    """One line of build progress on stderr (the briefing's and the dossier's builds)."""
    print(message, file=sys.stderr, flush=True)



def notebook_paths(folder: Path | None = None) -> list[Path]:
    """The section notebooks (NN-topic.ipynb) of ``folder`` (the briefing's by default), in order."""
    folder = folder or paths.notebooks_dir()
    found = sorted(folder.glob("[0-9][0-9]-*.ipynb"))
    if not found:
        raise BuildError(f"no notebooks found in {folder}.")
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


def cache_key(notebook: Path, parameters: dict, article: Article, fingerprint: str, review: str = "") -> str:
    """A notebook's key: what it runs, on what (``review``: the review file and register's hash)."""
    digest = hashlib.sha256()
    for part in (notebook.read_bytes(), json.dumps(parameters, sort_keys=True).encode(),
                 article.sha256.encode(), article.meta_sha256.encode(), fingerprint.encode(), review.encode()):
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


# A Unix socket's path holds at most 107 bytes; a kernel's are <folder>/kernel-<n>.
_SOCKET_PATH_MAX = 107
_SOCKET_FALLBACKS = ("/tmp", "/dev/shm")


def _socket_dir() -> Path:
    """A new private folder for one kernel's sockets: in the temporary folder, or where
    its path is too long for a socket (a deep $TMPDIR), in /tmp or /dev/shm."""
    import tempfile

    prefix = "claimbrief-kernel-"
    longest = len(prefix) + 8 + len("/kernel-99")  # mkdtemp adds 8 characters
    for base in (tempfile.gettempdir(), *_SOCKET_FALLBACKS):
        if len(os.fsencode(os.path.abspath(base))) + 1 + longest <= _SOCKET_PATH_MAX \
                and os.access(base, os.W_OK | os.X_OK):
            return Path(tempfile.mkdtemp(prefix=prefix, dir=base))
    raise BuildError(f"the temporary folder {tempfile.gettempdir()} has a path too long for the kernels' "
                     f"sockets and neither /tmp nor /dev/shm is writable; set TMPDIR to a shorter path.")


# Run first in a reused kernel so each notebook starts from an empty namespace, as it
# would alone in JupyterLab, while the modules it imports stay loaded.
_RESET_SOURCE = "get_ipython().run_line_magic('reset', '-f')"


@dataclass
class Job:
    """One notebook to run for one article."""

    notebook: Path
    executed: Path
    key: str
    #: set while the tables are written: the notebook turned out cached and is not run
    #: (the dossier starts its kernels before it knows which notebooks its tables change)
    skip: bool = False


def _failed(nb, job: Job, message: str) -> BuildError:
    """Keep the executed notebook for inspection and make the one-sentence error."""
    import nbformat

    kept = job.executed.with_suffix(".failed.ipynb")
    try:
        nbformat.write(nb, kept)
    except Exception:  # noqa: BLE001 - the error about the notebook matters more
        pass
    return BuildError(f"notebook {job.notebook.name} {message} (the executed notebook is kept at {kept}).")


def _error_cell(nb) -> tuple[int, str]:
    """(1-based index among the notebook's cells, 'Name: value') of the first cell with an error."""
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                return index, f"{output.get('ename')}: {str(output.get('evalue', '')).strip()}"
    return -1, "an error"


def _is_import(line: str) -> bool:
    """Whether a line is one import statement and nothing else (never run code to warm up)."""
    import ast

    try:
        body = ast.parse(line).body
    except SyntaxError:
        return False
    return len(body) == 1 and isinstance(body[0], (ast.Import, ast.ImportFrom))


def _warm_up_source(notebooks: list[Path]) -> str:
    """The import lines of the notebooks a kernel will run, each guarded, so the kernel loads
    what they use (and nothing else) while the build process extracts the tables."""
    lines = []
    for notebook in notebooks:
        for cell in json.loads(notebook.read_text(encoding="utf-8")).get("cells", []):
            if cell.get("cell_type") != "code":
                continue
            source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
            for line in source.splitlines():
                if _is_import(line) and line not in lines:
                    lines.append(line)
    return "\n".join(f"try:\n    {line}\nexcept Exception:\n    pass" for line in lines)


async def _run_jobs(jobs: list[Job], parameters: dict, timeout: float, deadline: float, report,
                    ready=None, running: Running | None = None, finished=None) -> None:
    """Run notebooks one after another in one kernel (started once, on IPC sockets).  The
    kernel starts and imports what the notebooks use at once; notebooks wait for ``ready``
    (the tables being written) and are skipped if it is set with ``ready.failed``.  The
    future ``finished`` is resolved when the last notebook is written, before the kernel
    is stopped, so the assembly need not wait for that."""
    sockets = _socket_dir()
    km = ipc_kernel_manager(sockets)(kernel_name="python3")
    try:
        try:
            # (its temporary files in its own folder, removed with its sockets when it stops:
            # a kernel killed at the build's deadline leaves none in the user's)
            await km.start_kernel(cwd=str(paths.project_root()), env={**os.environ, "TMPDIR": str(sockets)})
        except Exception as exc:  # noqa: BLE001 - a kernel that cannot start is the user's to fix
            raise BuildError(f"a notebook kernel could not start: {exc.__class__.__name__}: "
                             f"{str(exc).strip()[:200]}.") from None
        if running is not None:
            running.append(km)
            # Stopped while the kernel started (Ctrl-C or a failure before it was listed
            # in ``running``): nobody else will kill it, so this thread stops here.
            if getattr(running, "stopped", False):
                return
        import zmq

        # The client's sockets connect before the kernel listens: retry every 10 ms, not
        # every 100 ms (zmq's default), so the kernel is heard as soon as it is up.
        km.context.setsockopt(zmq.RECONNECT_IVL, 10)
        # One client for every notebook this kernel runs: connecting a client costs ~0.2 s
        # (it waits to hear the kernel on IOPub), and each holds threads and sockets.  No
        # heartbeat channel: whether the kernel lives is asked of its manager (the process),
        # and a heartbeat thread stopped before it has made its socket dies with a
        # traceback (ZMQError) when a build ends while the kernels start.
        kc = km.client()
        kc.allow_stdin = False
        kc.start_channels(hb=False)
        try:
            # Loaded here, while the kernel boots in its own process and the client connects.
            import nbclient  # noqa: F401
            import papermill.parameterize  # noqa: F401

            # Import what the notebooks use while the tables are extracted; with nothing
            # to wait for, each notebook imports what it uses itself.
            await _warm_up(kc, km, jobs, deadline, imports=ready is not None and not ready.is_set())
            if ready is not None:
                import asyncio

                await asyncio.get_running_loop().run_in_executor(None, ready.wait)
                if getattr(ready, "failed", False):
                    return
            for job in jobs:
                if getattr(running, "stopped", False):
                    return
                if not job.skip:
                    await _run_job(job, kc, km, parameters, timeout, deadline, report)
            if finished is not None:
                finished.set_result(None)
        finally:
            kc.stop_channels()
    finally:
        try:
            if await km.is_alive():
                await km.shutdown_kernel(now=True)
        finally:
            await km.cleanup_resources()
            shutil.rmtree(sockets, ignore_errors=True)


async def _kernel_ready(kc, km, deadline: float) -> None:
    """Wait until the kernel answers on its shell channel and is heard on IOPub.

    jupyter_client's ``wait_for_ready`` does the same and then drains IOPub until it has
    been quiet for 0.2 s, a fixed 0.2 s per kernel; here what is left on IOPub stays, as
    nbclient takes only the messages of the cells it runs."""
    from queue import Empty

    while True:
        kc.kernel_info()
        try:
            reply = await kc.shell_channel.get_msg(timeout=min(1.0, max(0.05, deadline - time.monotonic())))
        except Empty:
            pass
        else:
            if reply["msg_type"] == "kernel_info_reply":
                try:
                    await kc.iopub_channel.get_msg(timeout=0.2)
                except Empty:
                    pass  # IOPub not connected yet: ask again
                else:
                    return
        if not await km.is_alive():
            raise RuntimeError("the kernel died before it answered")
        if time.monotonic() >= deadline:
            raise TimeoutError("the kernel did not answer in time")


async def _warm_up(kc, km, jobs: list[Job], deadline: float, imports: bool = True) -> None:
    """Wait for the kernel, then (``imports``) import what its notebooks import."""
    import nbformat
    from nbclient import NotebookClient

    try:
        await _kernel_ready(kc, km, deadline)
        if not imports:
            return
        warm = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(_warm_up_source([j.notebook for j in jobs]))])
        client = NotebookClient(warm, km=km, timeout=max(1, int(deadline - time.monotonic())), kernel_name="python3")
        client.kc = kc
        try:
            await client.async_execute()
        finally:
            await _release_client(client)
    except Exception as exc:  # noqa: BLE001 - a kernel that cannot start is the user's to fix
        if time.monotonic() >= deadline:
            raise BuildError("the build timed out while its kernels started (see --build-timeout).") from None
        raise BuildError(f"a notebook kernel could not start: {exc.__class__.__name__}: "
                         f"{str(exc).strip()[:200]}.") from None


async def _run_job(job: Job, kc, km, parameters: dict, timeout: float, deadline: float, report) -> None:
    """Run one notebook in the kernel behind ``kc``; write the executed notebook with its key."""
    import math

    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    started = time.perf_counter()
    # The kernel is always python3: a notebook saved without kernel metadata still runs
    # (papermill would otherwise raise, and the build end in a traceback).
    nb = parameterize_notebook(load_notebook_node(str(job.notebook)), parameters, kernel_name="python3",
                               language="python")
    nb.cells.insert(0, nbformat.v4.new_code_cell(_RESET_SOURCE, metadata={"tags": ["remove"]}))
    notebook_deadline = time.monotonic() + timeout
    current: dict = {}

    def cell_timeout(cell):
        current["cell"] = cell
        left = min(notebook_deadline, deadline) - time.monotonic()
        if left <= 0:
            raise CellTimeoutError.error_from_timeout_and_cell("The time allowed ran out", 0, cell)
        return max(1, math.ceil(left))

    client = NotebookClient(nb, km=km, timeout_func=cell_timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(paths.project_root())}})
    client.kc = kc
    try:
        await client.async_execute()
    except CellTimeoutError:
        index = next((i for i, c in enumerate(nb.cells) if c is current.get("cell")), 0)
        which = "the build" if time.monotonic() >= deadline else "the notebook"
        raise _failed(nb, job, f"timed out in cell {index} ({which} has a limit; see --timeout and --build-timeout)") from None
    except DeadKernelError:
        raise _failed(nb, job, "lost its kernel: the kernel process died while a cell ran") from None
    except CellExecutionError:
        index, error = _error_cell(nb)
        raise _failed(nb, job, f"failed in cell {index}: {error}") from None
    finally:
        await _release_client(client)
    nb.cells.pop(0)
    nb.metadata.setdefault("claimbrief", {})[CACHE_KEY] = job.key
    partial = job.executed.with_suffix(".partial.ipynb")
    nbformat.write(nb, partial)
    os.replace(partial, job.executed)
    report(job, time.perf_counter() - started)


async def _release_client(client) -> None:
    """Detach a notebook's client from the kernel's shared connection, which stays open
    for the next notebook.  A poller nbclient may leave behind after an error is
    cancelled, so it cannot trip over the next notebook or the closed connection."""
    import asyncio

    current = asyncio.current_task()
    strays = [task for task in asyncio.all_tasks() if task is not current]
    for task in strays:
        task.cancel()
    await asyncio.gather(*strays, return_exceptions=True)
    client.kc = None


def _run_group(jobs: list[Job], parameters: dict, timeout: float, deadline: float, report, ready, running: Running,
               finished) -> None:
    """One kernel's notebooks (a thread's work); ``finished`` is resolved when they are
    written, or fails with the error that stopped them."""
    import asyncio

    try:
        asyncio.run(_run_jobs(jobs, parameters, timeout, deadline, report, ready, running, finished))
    except BaseException as exc:
        if not finished.done():
            finished.set_exception(exc)
        raise
    finally:
        if not finished.done():  # skipped: the tables failed
            finished.set_result(None)


class Running(list):
    """The kernels and stage processes of one build, to kill at once on a failure or a
    signal.  ``stopped`` is set before they are killed: a kernel still starting then is
    not in the list yet, and its thread, which adds it, sees the flag and stops it
    (without the flag it ran its notebooks to their time limit after a Ctrl-C)."""

    stopped = False


def _kill_kernels(running: list) -> None:
    """Stop every kernel and stage process at once (a failure, Ctrl-C, SIGTERM): a kernel's
    notebook thread then sees a dead kernel, cleans up its sockets and ends.  The flag
    is set first, so a thread that lists its kernel after the loop below has read the
    list sees it (each thread lists its kernel, then reads the flag)."""
    if isinstance(running, Running):
        running.stopped = True
    for km in list(running):
        if isinstance(km, Worker):
            process = km.process
        else:
            process = getattr(getattr(km, "provisioner", None), "process", None)
        try:
            if process is not None:
                process.kill()
        except OSError:
            pass


def tables_key(article: Article, published: str | None, fingerprint: str) -> str:
    """The machine tables' key: the text, its metadata, the publication date and the package."""
    return hashlib.sha256("\0".join([article.sha256, article.meta_sha256, str(published),
                                      fingerprint]).encode()).hexdigest()


def _write_tables_atomically(extraction: Worker | None, article: Article, published: str | None, folder: Path,
                             keys: tuple[str, str], review_inputs, deadline: float) -> None:
    """The machine's tables (extracted by ``extraction``, or the last build's when it is
    None), the analyst's review applied to them, all written beside ``folder`` and swapped in."""
    from .review import apply_review, read_machine_tables, write_reviewed
    from .tables import read_tables

    machine_key, key = keys
    staging = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        if extraction is not None:
            raw = staging / "machine"
            extraction.run({"article": str(article.path), "published": published, "out": str(raw)}, deadline)
            machine = read_tables(raw)
            shutil.rmtree(raw)
        else:
            machine = read_machine_tables(folder)
        decisions, register = review_inputs
        reviewed, _ = apply_review(machine, article.text, decisions, register)
        write_reviewed(staging, machine, reviewed, _)
        (staging / MACHINE_KEY_FILE).write_text(machine_key + "\n", encoding="ascii")
        (staging / REPORT_KEY_FILE).write_text(key + "\n", encoding="ascii")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
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
                  timeout: float, pdf: bool, fingerprint: str, deadline: float, title: str | None = None,
                  review_inputs=None) -> Summary:
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
                             timeout=timeout, pdf=pdf, fingerprint=fingerprint, deadline=deadline, title=title,
                             review_inputs=review_inputs)
    finally:
        lock.release()


def _build_locked(article: Article, notebooks: list[Path], work: Path, *, force: bool, jobs: int,
                  published: str | None, timeout: float, pdf: bool, fingerprint: str, deadline: float,
                  title: str | None, review_inputs=None) -> Summary:
    summary = Summary(article.name)
    data_dir, executed_dir = work / "data", work / "notebooks"
    executed_dir.mkdir(parents=True, exist_ok=True)
    figures = paths.figures_dir(article.name)
    parameters = {"article": str(article.path.resolve()), "published": published,
                  "data_dir": str(data_dir.resolve()), "figures_dir": str(figures.resolve()), "title": title}
    todo, keys = [], []
    review = _review_digest(article)
    for notebook in notebooks:
        executed = executed_dir / notebook.name
        key = cache_key(notebook, parameters, article, fingerprint, review)
        keys.append(key)
        if not force and executed.is_file() and _recorded_key(executed) == key:
            summary.cached.append(notebook.name)
        else:
            todo.append(Job(notebook, executed, key))
    # The report's key: every notebook's key and how it is assembled.  Equal to the one
    # recorded beside the last report: nothing changed, nothing to do.
    report_key = hashlib.sha256(json.dumps([keys, pdf, title], sort_keys=True).encode()).hexdigest()
    final = paths.report_dir(article.name)
    if not todo and _report_key(final) == report_key and (final / "briefing.html").is_file() \
            and (not pdf or (final / "briefing.pdf").is_file()):
        say(f"[{article.name}] up to date: nothing changed since the last build")
        _say_stale(article, data_dir)
        summary.outputs = [final / "briefing.html"] + ([final / "briefing.pdf"] if pdf else [])
        return summary
    for name in summary.cached:
        say(f"[{article.name}] {name}: unchanged, cached")
    # The machine's tables depend on the text, its metadata, the publication date and the
    # package; the reviewed ones on these, the review file and the register as well.
    machine_key = tables_key(article, published, fingerprint)
    data_key = hashlib.sha256(f"{machine_key}\0{review}".encode()).hexdigest()
    extract_needed = _report_key(data_dir, MACHINE_KEY_FILE) != machine_key
    review_needed = extract_needed or _report_key(data_dir) != data_key
    if review_needed and review_inputs is None:
        review_inputs = read_review_inputs(article)
    cwd = str(paths.project_root())
    running = Running()  # the kernels and the stage processes, to kill at once on a failure or a signal
    label = f"[{article.name}] "
    extraction = Worker("claimbrief.extract", "extraction", cwd, label) if extract_needed else None
    assembly = Worker("claimbrief.render", "assembly", cwd, label)
    running += [w for w in (extraction, assembly) if w is not None]

    def extract_tables() -> None:
        if review_needed:
            say(f"[{article.name}] " + ("extracting tables" if extraction is not None
                                         else "applying the review to the tables"))
            started = time.perf_counter()
            _write_tables_atomically(extraction, article, published, data_dir, (machine_key, data_key),
                                     review_inputs, deadline)
            summary.seconds["extract"] = time.perf_counter() - started
        _say_stale(article, data_dir)

    notebooks_started = time.perf_counter()
    kernels = None
    try:
        if not todo:
            extract_tables()
        else:
            kernels = _run_notebooks(article, todo, jobs, parameters, timeout, deadline, summary, extract_tables,
                                     running)
        summary.seconds["notebooks"] = time.perf_counter() - notebooks_started
        started = time.perf_counter()
        say(f"[{article.name}] assembling the briefing")
        summary.outputs = _assemble(assembly, article, [executed_dir / nb.name for nb in notebooks], data_dir,
                                    pdf, title, report_key, deadline)
        summary.seconds["assemble"] = time.perf_counter() - started
    except BaseException:
        _kill_kernels(running)
        raise
    finally:
        for worker in (extraction, assembly):
            if worker is not None:
                worker.kill()
        if kernels is not None:
            kernels.shutdown(wait=True)  # the kernels' threads, stopping them, end
    return summary


def _run_notebooks(article: Article, todo: list[Job], jobs: int, parameters: dict, timeout: float,
                   deadline: float, summary: Summary, extract_tables, running: Running) -> ThreadPoolExecutor:
    """Run the notebooks of ``todo`` while ``extract_tables`` runs here; return when every
    notebook is written, with the pool whose threads are still stopping the kernels.

    A few kernels, each running several notebooks in turn: start-up and imports are paid
    once per kernel instead of once per notebook, and while the tables are extracted,
    the kernels start and import what their notebooks use."""
    from concurrent.futures import Future

    kernels = max(1, min(jobs, len(todo)))
    groups = [todo[i::kernels] for i in range(kernels)]
    for i, job in enumerate(todo, 1):
        say(f"[{article.name}] notebook {i} of {len(todo)}: {job.notebook.name} queued")

    def report(job: Job, seconds: float) -> None:
        summary.seconds[job.notebook.name] = seconds
        summary.ran.append(job.notebook.name)
        say(f"[{article.name}] {job.notebook.name}: done in {seconds:.1f} s")

    ready = threading.Event()
    ready.failed = False
    pool = ThreadPoolExecutor(max_workers=kernels)
    finished = [Future() for _ in groups]
    for group, done in zip(groups, finished):
        pool.submit(_run_group, group, parameters, timeout, deadline, report, ready, running, done)
    try:
        try:
            extract_tables()
        except BaseException:
            ready.failed = True
            raise
        finally:
            ready.set()
        errors = []
        for done in finished:
            try:
                done.result()
            except BuildError as exc:
                errors.append(exc)
                _kill_kernels(running)  # one notebook failed: the others need not finish
        if errors:
            raise errors[0]
    except BaseException:
        _kill_kernels(running)
        pool.shutdown(wait=True)
        raise
    return pool


REPORT_KEY_FILE = ".claimbrief-key"
MACHINE_KEY_FILE = ".claimbrief-machine-key"


def _report_key(folder: Path, file: str = REPORT_KEY_FILE) -> str | None:
    try:
        return (folder / file).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None


def _review_digest(article: Article) -> str:
    """The hash of the article's review file and the project's register."""
    digest = hashlib.sha256()
    for path in (paths.review_file(article.path), paths.register_file()):
        digest.update(path.read_bytes() if path.is_file() else b"-")
        digest.update(b"\0")
    return digest.hexdigest()


def read_review_inputs(article: Article) -> tuple:
    """The article's review decisions and the register, checked (a malformed file is a
    one-sentence error before anything is written).  The review module (and pandas) is
    loaded only when there is a review file."""
    from .register import read_register

    register = read_register()
    if not paths.review_file(article.path).is_file():
        return [], register
    from .review import read_review

    return read_review(paths.review_file(article.path)), register


def _say_stale(article: Article, data_dir: Path) -> None:
    """Say which decisions of the review file no longer find their row, and why (read from
    the tables' folder, so a build that changes nothing says it again)."""
    import csv

    try:
        with open(data_dir / "review.csv", encoding="utf-8", newline="") as handle:
            rows = [r for r in csv.DictReader(handle) if r.get("status") == "stale"]
    except OSError:
        return
    source = paths.review_file(article.path).name
    seen = set()
    for r in rows:
        if r["id"] in seen:
            continue
        seen.add(r["id"])
        what = f"{r['action']} {r['id']}" if r["action"] != "add" else f"add to {r['table']} ({r['mention']!r})"
        say(f"[{article.name}] {source}: decision {what} no longer applies: {r['reason']}; it is kept in the file")


def _assemble(assembly: Worker, article: Article, executed: list[Path], data_dir: Path, pdf: bool,
              title: str | None, report_key: str, deadline: float) -> list[Path]:
    """The briefing's HTML and PDF (made by the ``assembly`` process) and the tables in a
    staging folder, then swapped in."""
    meta = article.meta
    date_label = meta.published.isoformat() if meta.published else "date unknown"
    subtitle = f"Analyst briefing · {meta.outlet or 'outlet not named'} · {date_label}"
    title = title or meta.title
    epoch = _source_date_epoch() or _epoch(meta.published)
    final = paths.report_dir(article.name)
    staging = final.with_name(f".{final.name}.staging")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        (staging / "data").mkdir(parents=True)
        assembly.run({"notebooks": [str(p) for p in executed], "html_path": str(staging / "briefing.html"),
                      "pdf_path": str(staging / "briefing.pdf") if pdf else None, "title": title,
                      "subtitle": subtitle, "lang": article.language[0], "date_label": date_label, "epoch": epoch,
                      "last_pdf": str(final / "briefing.pdf") if pdf else None,
                      # The PDF carries its tables and its article's metadata (PDF/A-3 attachments).
                      "attachments": [str(csv) for csv in sorted(data_dir.glob("*.csv"))],
                      "article_metadata": article_metadata(article)}, deadline)
        for csv in sorted(data_dir.glob("*.csv")):
            shutil.copyfile(csv, staging / "data" / csv.name)
        (staging / REPORT_KEY_FILE).write_text(report_key + "\n", encoding="ascii")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)  # never leave a half-written report behind
        raise
    swap_in(staging, final)
    outputs = [final / "briefing.html"] + ([final / "briefing.pdf"] if pdf else [])
    return outputs + sorted((final / "data").glob("*.csv"))


def swap_in(staging: Path, final: Path) -> None:
    """Put the complete report folder ``staging`` where ``final`` is (the last good one is
    moved aside first and removed only when the new one is in place)."""
    old = final.with_name(f".{final.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        os.replace(final, old)
    os.replace(staging, final)
    shutil.rmtree(old, ignore_errors=True)


def _source_date_epoch() -> int:
    """$SOURCE_DATE_EPOCH as a whole number of seconds; 0 when it is not set."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return 0
    try:
        return int(raw)
    except ValueError:
        raise BuildError(f"SOURCE_DATE_EPOCH must be a whole number of seconds, not {raw!r}.") from None


def _epoch(published) -> int:
    import calendar
    import datetime as dt

    day = published or dt.date(2000, 1, 1)
    return calendar.timegm(day.timetuple())


def build(articles: list[Path] | None = None, *, force: bool = False, jobs: int | None = None,
          published: str | None = None, timeout: float = 600, pdf: bool = True,
          build_timeout: float = 3600, title: str | None = None) -> list[Summary]:
    """Build the briefing of each article (default: every ``seeds/*.txt``)."""
    started = time.perf_counter()
    targets = [Path(a) for a in articles] if articles else sorted(paths.seeds_dir().glob("*.txt"))
    if not targets:
        raise BuildError(f"no articles to build: {paths.seeds_dir()} has no .txt files.")
    loaded = [read_article(path, published=published) for path in targets]  # every input checked first
    reviews = {article.name: read_review_inputs(article) for article in loaded}  # review files and register too
    notebooks = notebook_paths()
    fingerprint = package_fingerprint()
    # Each kernel holds ~250 MiB: by default no more than three, whatever the core count.
    if jobs is None:
        jobs = min(os.cpu_count() or 1, MAX_DEFAULT_KERNELS)
    if jobs < 1:
        raise BuildError("--jobs must be at least 1.")
    import math

    if not (0 < timeout < math.inf and 0 < build_timeout < math.inf):
        raise BuildError("--timeout and --build-timeout must be positive numbers of seconds.")
    _source_date_epoch()  # a malformed $SOURCE_DATE_EPOCH is refused before any work
    deadline = time.monotonic() + build_timeout
    summaries = []
    for article in loaded:
        summaries.append(build_article(article, notebooks, force=force, jobs=jobs, published=published,
                                       timeout=timeout, pdf=pdf, fingerprint=fingerprint,
                                       deadline=deadline, title=title, review_inputs=reviews[article.name]))
    total = time.perf_counter() - started
    for summary in summaries:
        say(f"[{summary.name}] ran {len(summary.ran)} notebook(s), {len(summary.cached)} cached")
        phases = {k: v for k, v in summary.seconds.items() if not k.endswith(".ipynb")}
        if phases:
            say(f"[{summary.name}] timings: " + ", ".join(f"{k} {v:.1f} s" for k, v in phases.items()))
        for output in summary.outputs[:2]:
            print(output)
    say(f"built {len(summaries)} briefing(s) in {total:.1f} s")
    return summaries

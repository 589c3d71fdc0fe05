"""Reliability (issue 4, items 1, 3 and 4): broken inputs, faults during a build, and
byte-identical rebuilds, each through the command line against a temporary project.

One project is built once (module fixture) from a fixture article saved with a
byte-order mark and CRLF line endings (which must work).  Every broken input is then
tried against it: each must end with exit code 2, one line on stderr naming the file or
option and the problem, no traceback, and nothing written.  Faults (a kernel that dies,
a notebook that hangs, the build's time limit, SIGTERM and SIGINT, a full disk) must
leave the last good report byte-identical, no kernel process and no temporary file.
A second project in another folder, built later, must give the same bytes.

The build subprocesses get a private TMPDIR, so "nothing left in the temporary folder"
and "no kernel left" (kernels are found by their connection file, which lives there)
are checked without counting other people's processes or files.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT
from harness import (ARTICLE, BROKEN_INPUTS, CLI, NAME, OK_META, SOURCE, TXT, Project, full_disk,
                     interrupt, kernels_of, leftovers)

# ---------------------------------------------------------------------------- helpers


def _build_project(root: Path) -> tuple[Project, dict[str, str]]:
    project = Project(root)
    result = project.run("build", f"seeds/{NAME}.txt", timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    return project, project.outputs()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The project, built once, with the hashes of its outputs right after the build."""
    project, hashes = _build_project(tmp_path_factory.mktemp("reliability"))
    yield project, hashes
    project.restore()


@pytest.fixture
def project(built):
    project, _ = built
    project.restore()
    yield project
    project.restore()


def assert_clean_refusal(result: subprocess.CompletedProcess, *words: str) -> str:
    """Exit 2, exactly one line on stderr containing ``words``, no traceback, nothing on stdout."""
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    for word in words:
        assert word in lines[0], f"{word!r} not in {lines[0]!r}"
    return lines[0]


# ---------------------------------------------------------------------------- broken inputs

@pytest.mark.parametrize("case, setup, args, words", [pytest.param(*case, id=case[0]) for case in BROKEN_INPUTS])
def test_broken_input_is_refused_in_one_sentence_and_writes_nothing(project, built, case, setup, args, words):
    _, hashes = built
    setup(project.root / "seeds")
    before = project.state()
    result = project.run("build", *args, timeout=120)
    assert_clean_refusal(result, *words)
    assert project.state() == before, "the refused build wrote something"
    assert project.outputs() == {k: v for k, v in hashes.items()}, "the last good report changed"
    assert leftovers(project.root) == []
    assert not (project.root / "pwned").exists()


def test_an_article_above_the_limit_is_refused_before_it_is_read(project, monkeypatch):
    from claimbrief import article as article_module
    from claimbrief.errors import ArticleError

    big = project.root / "seeds" / "huge.txt"
    with open(big, "wb") as handle:  # sparse: 1 MiB over the limit on paper, nothing on disk
        handle.truncate(article_module.MAX_ARTICLE_BYTES + 2**20)
    (project.root / "seeds" / "huge.yaml").write_text(OK_META)
    before = project.state()
    started = time.perf_counter()
    result = project.run("build", "seeds/huge.txt", timeout=60)
    assert_clean_refusal(result, "huge.txt", "2.0 MiB", "1 MiB")
    assert time.perf_counter() - started < 10
    assert project.state() == before
    # in process: the size is checked before a single byte is read
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"{self} was read"))
    with pytest.raises(ArticleError, match="refused"):
        article_module.read_article(big)


def test_extract_refuses_a_broken_article_in_one_sentence(project, tmp_path):
    (project.root / "seeds" / f"{NAME}.txt").write_bytes(b"\xff\xfe b\x00a\x00d\x00")
    result = project.run("extract", ARTICLE, "--out", str(tmp_path / "out"), timeout=60)
    assert_clean_refusal(result, TXT)
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------------------- inputs that must work

def test_bom_and_crlf_give_the_same_tables_as_plain_utf8(built, tmp_path):
    """The good article is saved with a BOM and CRLF (and it built); its tables equal those
    of the plain file, so every span indexes the same normalised text."""
    from claimbrief.article import read_article
    from claimbrief.extract import extract

    project, _ = built
    plain = tmp_path / "plain.txt"
    plain.write_bytes(SOURCE.with_suffix(".txt").read_bytes().replace(b"\r\n", b"\n"))
    shutil.copyfile(SOURCE.with_suffix(".yaml"), tmp_path / "plain.yaml")
    variants = {"bom-crlf": project.root / "seeds" / f"{NAME}.txt"}
    for label, data in {"bom": b"\xef\xbb\xbf" + plain.read_bytes(),
                        "crlf": plain.read_bytes().replace(b"\n", b"\r\n"),
                        "cr": plain.read_bytes().replace(b"\n", b"\r")}.items():
        variants[label] = tmp_path / f"{label}.txt"
        variants[label].write_bytes(data)
        shutil.copyfile(SOURCE.with_suffix(".yaml"), tmp_path / f"{label}.yaml")
    expected = extract(read_article(plain))
    for label, path in variants.items():
        article = read_article(path)
        assert not article.text.startswith("\ufeff") and "\r" not in article.text, label
        tables = extract(article)
        for table in ("sentences", "claims", "figures", "dates", "places", "actors"):
            assert getattr(tables, table).equals(getattr(expected, table)), f"{label}: {table} differs"
    assert (project.report / "briefing.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("written, date, precision", [
    ("2024", "2024-01-01", "year"),  # YAML reads a bare year as a number
    ("'2024'", "2024-01-01", "year"),
    ("2024-05", "2024-05-01", "month"),
    ("2024-05-10", "2024-05-10", "day"),
    ("2024-05-10 23:59:59", "2024-05-10", "day"),
])
def test_every_documented_date_form_is_accepted(written, date, precision):
    from claimbrief.article import parse_metadata

    meta = parse_metadata(f"title: A\npublished: {written}\n", "a.yaml")
    assert (meta.published.isoformat(), meta.published_precision) == (date, precision)


def _generated_article(size: int) -> str:
    paragraphs = []
    for path in sorted(FIXTURES.glob("*.txt")):
        paragraphs += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n")[1:] if p.strip()]
    out, total, i = ["A long generated article for the size test"], 0, 0
    while total < size:
        out.append(paragraphs[i % len(paragraphs)])
        total += len(out[-1].encode("utf-8")) + 2
        i += 1
    return "\n\n".join(out) + "\n"


def test_a_quarter_megabyte_article_extracts(tmp_path):
    article = tmp_path / "long.txt"
    article.write_text(_generated_article(256 * 1024), encoding="utf-8")
    (tmp_path / "long.yaml").write_text(OK_META)
    started = time.perf_counter()
    result = subprocess.run([*CLI, "extract", str(article), "--out", str(tmp_path / "out")],
                            capture_output=True, text=True, timeout=300)
    seconds = time.perf_counter() - started
    assert result.returncode == 0, result.stderr[-2000:]
    assert (tmp_path / "out" / "claims.csv").stat().st_size > 10_000
    assert seconds < 60, f"256 KiB took {seconds:.0f} s"


def test_a_ten_megabyte_article_is_refused_at_once(tmp_path):
    """Above the documented limit (1 MiB) the refusal comes before any work."""
    article = tmp_path / "big.txt"
    article.write_text(_generated_article(10 * 1024 * 1024), encoding="utf-8")
    (tmp_path / "big.yaml").write_text(OK_META)
    started = time.perf_counter()
    result = subprocess.run([*CLI, "extract", str(article), "--out", str(tmp_path / "out")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "are refused" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert time.perf_counter() - started < 30
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------------------- faults

@pytest.fixture
def faulty(project):
    """The project, for a test that adds a ``99-*`` notebook: ``project`` restores it after
    the test, which removes that notebook and its executed copy again."""
    yield project


def _assert_survived(project: Project, hashes: dict[str, str]) -> None:
    assert project.outputs() == hashes, "the last good report or its figures changed"
    assert kernels_of(project.root) == [], "a kernel process was left running"
    assert leftovers(project.root) == []


WARM_UP = ("build.py: the kernels' warm-up runs every line that starts with 'import' or 'from', "
           "so `import os; os._exit(1)` runs there, and its errors are not BuildErrors")


@pytest.mark.parametrize("source", [
    "import os\nos._exit(1)",
    pytest.param("import os; os._exit(1)"),
], ids=["two-lines", "one-line"])
def test_a_kernel_that_dies_mid_cell(faulty, built, source):
    _, hashes = built
    faulty.add_notebook("99-die", source)
    result = faulty.run("build", ARTICLE, timeout=300)
    assert result.returncode == 2, result.stderr[-2000:]
    last = result.stderr.strip().splitlines()[-1]
    assert "99-die.ipynb" in last and "kernel" in last and "died" in last, last
    assert "Traceback" not in result.stderr
    _assert_survived(faulty, hashes)


@pytest.mark.parametrize("limit, words", [
    (["--timeout", "5"], ["99-hang.ipynb", "timed out", "the notebook has a limit"]),
    (["--build-timeout", "10"], ["timed out", "the build has a limit"]),
], ids=["notebook-hangs", "whole-build-limit"])
def test_a_hanging_notebook_is_stopped_by_the_time_limit(faulty, built, limit, words):
    """A notebook that hangs: the notebook's limit (``--timeout``) or the whole build's
    (``--build-timeout``) ends the build within a minute, in one sentence naming the limit."""
    _, hashes = built
    faulty.add_notebook("99-hang", "import time\ntime.sleep(600)")
    started = time.perf_counter()
    result = faulty.run("build", *limit, ARTICLE, timeout=300)
    seconds = time.perf_counter() - started
    assert result.returncode == 2, result.stderr[-2000:]
    last = result.stderr.strip().splitlines()[-1]
    assert all(word in last for word in words), last
    assert "Traceback" not in result.stderr
    assert seconds < 60, f"a {' '.join(limit)} limit took {seconds:.0f} s to end the build"
    _assert_survived(faulty, hashes)


def test_a_build_limit_shorter_than_the_kernel_start(faulty, built):
    _, hashes = built
    faulty.add_notebook("99-hang", "import time\ntime.sleep(600)")
    result = faulty.run("build", "--build-timeout", "1", ARTICLE, timeout=300)
    assert result.returncode == 2, result.stderr[-2000:]
    lines = result.stderr.strip().splitlines()
    assert "timed out" in lines[-1] and "--build-timeout" in lines[-1], lines[-3:]
    assert not any(line.startswith(("claimbrief:", "Traceback")) for line in lines[:-1]), lines
    _assert_survived(faulty, hashes)


def _wait_for(predicate, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return False


SIGNAL_PENDING = ("build.py: the main thread gets KeyboardInterrupt, but the notebook threads run on until "
                  "their notebooks end or time out, so a build with a running cell does not stop")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_stops_the_build_at_once_and_cleans_up(faulty, built, signum):
    """Sent while a cell runs (a notebook that would hang): the build ends within seconds,
    with its kernel shut down and nothing left in the temporary folder.  The cell's time
    limit (120 s) is far from the bound (30 s), so a build that waits for its cells fails
    the test while a busy machine's slow shutdown does not."""
    _, hashes = built
    faulty.add_notebook("99-hang", "import time\ntime.sleep(600)")
    with faulty.start("build", "--timeout", "120", ARTICLE) as (process, stderr):
        assert _wait_for(lambda: any("queued" in line for line in stderr.lines), 120), stderr.lines
        assert _wait_for(lambda: kernels_of(faulty.root), 60), "no kernel started"
        time.sleep(2)  # the kernel is in the hanging cell
        code, seconds = interrupt(process, signum)
    stderr.join(timeout=10)
    assert code != 0
    assert "interrupted" in stderr.lines[-1], stderr.lines[-3:]
    assert not any("Traceback" in line for line in stderr.lines), "\n".join(stderr.lines)
    assert seconds < 30, f"the build went on for {seconds:.0f} s after the signal"
    _assert_survived(faulty, hashes)


def test_a_kernel_still_starting_when_the_build_is_stopped_stops_itself(tmp_path, monkeypatch):
    """The race behind a Ctrl-C that was not obeyed on a busy machine: the signal lands
    while a kernel is starting, before its thread has listed it in ``running``, so
    ``_kill_kernels`` cannot see it.  The thread must see that the build was stopped and
    shut its kernel down instead of running its notebooks to their time limit."""
    import asyncio
    import tempfile

    from claimbrief import build as build_module

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    running = build_module.Running()
    started = []
    factory = build_module.ipc_kernel_manager

    def slow_to_list(folder):
        class Manager(factory(folder)):
            async def start_kernel(self, **kwargs):
                await super().start_kernel(**kwargs)
                started.append(self.provisioner.process.pid)
                build_module._kill_kernels(running)  # the signal, in the window
        return Manager

    ran = []

    async def run_job(job, *args):  # the notebook that would hang until its time limit
        ran.append(job)

    monkeypatch.setattr(build_module, "ipc_kernel_manager", slow_to_list)
    monkeypatch.setattr(build_module, "_run_job", run_job)
    monkeypatch.setattr(build_module, "_warm_up", lambda *args, **kwargs: asyncio.sleep(0))
    job = build_module.Job(tmp_path / "99-hang.ipynb", tmp_path / "out.ipynb", "key")
    began = time.monotonic()
    asyncio.run(build_module._run_jobs([job], {}, 600, time.monotonic() + 600, None, running=running))
    assert started and ran == [], "the notebook ran after the build was stopped"
    assert time.monotonic() - began < 60
    assert _wait_for(lambda: not Path(f"/proc/{started[0]}").exists()
                     or (Path(f"/proc/{started[0]}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"), 10)
    assert list(tmp_path.iterdir()) == [], "the kernel's sockets were left behind"


def _open_files_and_threads() -> tuple[int, int]:
    status = Path("/proc/self/status").read_text()
    threads = int(next(line.split()[1] for line in status.splitlines() if line.startswith("Threads:")))
    return len(os.listdir("/proc/self/fd")), threads


def test_builds_in_a_row_leave_no_descriptor_or_thread_behind(tmp_path_factory, monkeypatch, capsys):
    """In process, as ``make briefing`` builds article after article: a second build (one
    notebook, forced) leaves the process with as many open files and threads as the first."""
    import tempfile

    from claimbrief import build as build_module

    root = tmp_path_factory.mktemp("leak")  # a short path: kernel sockets live under its tmp/
    for folder in ("seeds", "notebooks", "tmp"):
        (root / folder).mkdir(parents=True)
    shutil.copyfile(ROOT / "notebooks" / "06-assessment.ipynb", root / "notebooks" / "06-assessment.ipynb")
    shutil.copyfile(ROOT / "uv.lock", root / "uv.lock")
    for suffix in (".txt", ".yaml"):
        shutil.copyfile(SOURCE.with_suffix(suffix), root / "seeds" / f"{NAME}{suffix}")
    monkeypatch.setenv("CLAIMBRIEF_ROOT", str(root))
    monkeypatch.setenv("TMPDIR", str(root / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", str(root / "tmp"))
    article = root / "seeds" / f"{NAME}.txt"
    build_module.build([article], pdf=False, jobs=1)
    time.sleep(1)  # the assembly's background preloading has ended
    before = _open_files_and_threads()
    build_module.build([article], pdf=False, jobs=1, force=True)
    after = _open_files_and_threads()
    capsys.readouterr()
    assert after[0] - before[0] <= 3, f"open files {before[0]} -> {after[0]}"
    assert after[1] - before[1] <= 1, f"threads {before[1]} -> {after[1]}"
    assert kernels_of(root) == [] and list((root / "tmp").iterdir()) == []


@pytest.fixture
def in_process(built, monkeypatch):
    """Run ``claimbrief.cli.main`` in this process against the project; SIGTERM's handler restored."""
    from claimbrief import cli

    project, hashes = built
    monkeypatch.setenv("CLAIMBRIEF_ROOT", str(project.root))
    monkeypatch.chdir(project.root)
    handler = signal.getsignal(signal.SIGTERM)
    yield project, hashes, cli.main
    signal.signal(signal.SIGTERM, handler)


def _no_space(*args, **kwargs):
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("where", ["html", "pdf", "csv", "key"])
def test_a_full_disk_keeps_the_last_good_report(in_process, monkeypatch, capsys, tmp_path, where):
    """A write fails (as root, chmod cannot stop one, so the failure is patched in) while
    the briefing is assembled: the HTML or the PDF in the assembly process, the tables or
    the report's key in the build: exit 2, one sentence, the last report untouched."""
    import claimbrief.build

    project, hashes, main = in_process
    key_file = project.report / ".claimbrief-key"
    key = key_file.read_bytes()
    args = ["build", ARTICLE]
    if where in ("html", "pdf"):
        monkeypatch.setenv("PYTHONPATH", full_disk(tmp_path, f".briefing.{where}."))
        key_file.write_bytes(b"stale\n")  # the notebooks' keys hold: only the assembly runs
    elif where == "csv":
        monkeypatch.setattr(claimbrief.build.shutil, "copyfile", _no_space)
        args.insert(1, "--no-pdf")  # the report key changes, the notebooks' keys do not
    else:
        real = Path.write_text

        def write_text(self, *a, **k):
            if ".staging" in str(self):
                _no_space()
            return real(self, *a, **k)
        monkeypatch.setattr(Path, "write_text", write_text)
        args.insert(1, "--no-pdf")
    try:
        before = project.outputs()
        code = main(args)
        captured = capsys.readouterr()
        after = project.outputs()
    finally:
        key_file.write_bytes(key)
    assert code == 2
    last = captured.err.strip().splitlines()[-1]
    assert "No space left on device" in last, captured.err
    assert "Traceback" not in captured.err
    assert after == before
    assert project.outputs() == hashes
    assert leftovers(project.root) == []


@pytest.mark.parametrize("sitecustomize, expected", [
    ("os.kill(os.getpid(), signal.SIGKILL)", "the assembly process ended unexpectedly (killed by SIGKILL)."),
    # WeasyPrint cannot be imported, as when Pango is missing
    ("sys.modules['weasyprint'] = None", "the assembly process ended unexpectedly (exit code 1): "
                                         "ModuleNotFoundError: import of weasyprint halted; None in sys.modules."),
], ids=["killed", "cannot-start"])
def test_an_assembly_process_that_fails_is_reported_in_one_sentence(in_process, monkeypatch, capsys, tmp_path,
                                                                    sitecustomize, expected):
    """The assembly process is killed, or cannot start: exit 2, one sentence saying how
    it ended (with its last line), no traceback, the last report untouched."""
    project, hashes, main = in_process
    key_file = project.report / ".claimbrief-key"
    key = key_file.read_bytes()
    (tmp_path / "sitecustomize.py").write_text(
        f"import os, signal, sys\nif 'claimbrief.render' in sys.orig_argv:\n    {sitecustomize}\n")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    key_file.write_bytes(b"stale\n")  # the notebooks' keys hold: only the assembly runs
    try:
        code = main(["build", ARTICLE])
        captured = capsys.readouterr()
    finally:
        key_file.write_bytes(key)
    assert code == 2
    assert captured.err.strip().splitlines()[-1] == f"claimbrief: {expected}", captured.err
    assert "Traceback" not in captured.err
    assert project.outputs() == hashes
    assert leftovers(project.root) == []


def test_kernel_sockets_move_to_a_short_folder_when_the_temporary_one_is_too_deep(tmp_path, monkeypatch):
    """A Unix socket's path holds 107 bytes: under a deep $TMPDIR the kernels' sockets go
    to /tmp instead of failing to bind."""
    import tempfile

    from claimbrief.build import _socket_dir

    deep = tmp_path / ("d" * 60) / ("e" * 60)
    deep.mkdir(parents=True)
    monkeypatch.setattr(tempfile, "tempdir", str(deep))
    folder = _socket_dir()
    try:
        assert folder.parent == Path("/tmp")
        assert len(str(folder / "kernel-99")) <= 107
    finally:
        folder.rmdir()
    shallow = tmp_path / "t"
    shallow.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(shallow))
    folder = _socket_dir()
    assert folder.parent == shallow
    folder.rmdir()


# ---------------------------------------------------------------------------- byte-identical rebuilds

REPRODUCIBLE = ("report/good/briefing.html", "report/good/briefing.pdf")


def test_two_clones_built_at_different_times_give_identical_bytes(built, tmp_path_factory):
    _, first = built
    time.sleep(1)
    _, second = _build_project(tmp_path_factory.mktemp("second-clone"))
    compared = [k for k in first if k in REPRODUCIBLE or k.endswith((".csv", ".svg", ".png"))]
    assert set(REPRODUCIBLE) <= set(compared)
    assert sum(k.endswith(".csv") for k in compared) == 14  # six reviewed tables, the machine's six, review, sources
    drawings = [k for k in compared if k.endswith((".svg", ".png"))]
    sheets = [k for k in drawings if re.search(r"-\d+\.(?:svg|png)$", k)]  # a tall chart's further sheets
    assert len(drawings) - len(sheets) == 16  # four charts, print and narrow, SVG and PNG
    differ = [k for k in compared if first[k] != second.get(k)]
    assert differ == [], f"differ between the clones: {differ}"


def test_a_fault_of_claimbrief_itself_is_one_sentence_not_a_traceback(project, monkeypatch, capsys, tmp_path):
    """An unexpected error inside the tool (here the extraction raising) ends the command
    with exit 70 and one sentence naming it, writes nothing, and CLAIMBRIEF_DEBUG=1 shows
    the traceback to a developer."""
    import claimbrief.extract
    from claimbrief import cli

    def broken(article):
        raise RecursionError("maximum recursion depth exceeded")
    monkeypatch.setattr(claimbrief.extract, "extract", broken)
    monkeypatch.setattr(signal, "signal", lambda *a: None)  # main's SIGTERM handler stays out of pytest
    monkeypatch.chdir(project.root)
    monkeypatch.delenv("CLAIMBRIEF_DEBUG", raising=False)
    out = tmp_path / "out"
    code = cli.main(["extract", ARTICLE, "--out", str(out)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 70
    assert len(err) == 1 and err[0].startswith("claimbrief: internal error (RecursionError: maximum recursion"), err
    assert not out.exists()
    monkeypatch.setenv("CLAIMBRIEF_DEBUG", "1")
    with pytest.raises(RecursionError):
        cli.main(["extract", ARTICLE, "--out", str(out)])

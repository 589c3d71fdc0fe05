"""The reliability counts of issue 4: broken inputs tried and handled cleanly, hostile
articles built with nothing injected, faults survived with the last good report intact.

Everything runs against a temporary project (the real notebooks, a fixture article) with
a private TMPDIR, through the command line as an analyst would run it; in the full-disk
faults the failing write is patched in (as root, a read-only folder does not stop a
write): in process for the tables and the report's key, through a ``sitecustomize`` on
the assembly process's PYTHONPATH for the HTML and the PDF.  Prints one line per count, and a line per case that failed;
exits non-zero if any case failed.

    .venv/bin/python scripts/reliability_counts.py [--keep] [--verbose]

Takes a few minutes: one good build, six hostile builds, and the faults.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The temporary project, the checks on what a build leaves, the start and interruption
# of a build and the HTML parser are shared with the tests (tests/harness.py), so that
# both count the same way.
sys.path.insert(0, str(ROOT / "tests"))
from harness import (  # noqa: E402
    ALLOWED_ATTRIBUTES, ALLOWED_TAGS, ARTICLE, BROKEN_INPUTS, CLI, FIXTURES, NAME, OK_META, SOURCE, TXT, Page, Project,
    full_disk, interrupt, kernels_of,
)



# ---------------------------------------------------------------------------- the tally

class Tally:
    def __init__(self, verbose: bool):
        self.tried, self.passed, self.failures, self.verbose = 0, 0, [], verbose

    def record(self, case: str, problems: list[str]) -> None:
        self.tried += 1
        if problems:
            self.failures.append(f"{case}: {'; '.join(problems)}")
        else:
            self.passed += 1
        if self.verbose:
            print(f"  {'ok  ' if not problems else 'FAIL'} {case}" + (f": {'; '.join(problems)}" if problems else ""),
                  flush=True)


# ---------------------------------------------------------------------------- broken inputs

def one_line_refusal(result: subprocess.CompletedProcess, words: list[str]) -> list[str]:
    problems = []
    lines = result.stderr.strip().splitlines()
    if result.returncode != 2:
        problems.append(f"exit code {result.returncode}")
    if len(lines) != 1:
        problems.append(f"{len(lines)} lines on stderr")
    if "Traceback" in result.stderr:
        problems.append("a traceback")
    if result.stdout:
        problems.append("output on stdout")
    first = lines[0] if lines else ""
    missing = [w for w in words if w not in first]
    if missing:
        problems.append(f"{missing} not in {first[:160]!r}")
    return problems


def check_broken(project: Project, good: dict[str, str], tally: Tally) -> None:
    for case, setup, args, words in BROKEN_INPUTS:
        project.restore()
        setup(project.root / "seeds")
        before = project.state()
        result = project.run("build", *args, timeout=300)
        problems = one_line_refusal(result, words)
        if project.state() != before:
            problems.append("it wrote something")
        if project.outputs() != good:
            problems.append("the last good report changed")
        if project.leftovers():
            problems.append(f"left {project.leftovers()}")
        if (project.root / "pwned").exists():
            problems.append("a YAML tag ran a command")
        tally.record(case, problems)
        if project.outputs() != good:  # later cases need the good report: build it again
            project.restore()
            project.run("build", ARTICLE)
            good.clear()
            good.update(project.outputs())
    project.restore()
    # extract refuses the same way
    (project.root / "seeds" / TXT).write_bytes(b"\xff\xfe b\x00a\x00d")
    out = project.root / "tmp-extract"
    result = project.run("extract", ARTICLE, "--out", str(out), timeout=120)
    problems = one_line_refusal(result, [TXT])
    if out.exists():
        problems.append("extract wrote a folder")
        shutil.rmtree(out)
    tally.record("extract of a binary article", problems)
    project.restore()


def check_must_work(project: Project, tally: Tally) -> None:
    """The good article itself is BOM + CRLF (it built); CR-only line endings and a
    quarter-megabyte article extract."""
    tally.record("BOM + CRLF article builds", [] if (project.root / "report" / NAME / "briefing.pdf").is_file()
                 else ["no PDF"])
    work = project.root / "tmp-work"
    work.mkdir(exist_ok=True)
    plain = SOURCE.with_suffix(".txt").read_bytes().replace(b"\r\n", b"\n")
    (work / "cr.txt").write_bytes(plain.replace(b"\n", b"\r"))
    (work / "cr.yaml").write_text(OK_META)
    result = subprocess.run([*CLI, "extract", str(work / "cr.txt"), "--out", str(work / "cr")],
                            capture_output=True, text=True, env=project.env, timeout=300)
    tally.record("CR-only line endings extract", [] if result.returncode == 0 else [result.stderr[-200:]])
    (work / "long.txt").write_text(generated_text(256 * 1024, seed=1), encoding="utf-8")
    (work / "long.yaml").write_text(OK_META)
    started = time.perf_counter()
    result = subprocess.run([*CLI, "extract", str(work / "long.txt"), "--out", str(work / "long")],
                            capture_output=True, text=True, env=project.env, timeout=600)
    seconds = time.perf_counter() - started
    tally.record(f"256 KiB article extracts ({seconds:.0f} s)", [] if result.returncode == 0
                 else [result.stderr[-200:]])
    shutil.rmtree(work)


def generated_text(size: int, seed: int = 0) -> str:
    import random

    paragraphs = []
    for path in sorted(FIXTURES.glob("*.txt")):
        paragraphs += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n")[1:] if p.strip()]
    rng = random.Random(seed)
    out, total = ["A generated article"], 0
    while total < size:
        out.append(rng.choice(paragraphs))
        total += len(out[-1].encode("utf-8")) + 2
    return "\n\n".join(out) + "\n"


# ---------------------------------------------------------------------------- hostile articles

BODY = "The ministry said on Monday that 12 people were injured in Kyiv."
HOSTILE = {
    "markup": ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[link](javascript:alert(1))",
               '<a href="javascript:alert(2)">x</a>', "<!-- comment -->", "<iframe src=//evil.example>",
               "<object data=x></object>", "<svg onload=alert(1)>", "<style>body{display:none}</style>",
               "<meta http-equiv=refresh content='0;url=//evil.example'>", "<base href=//evil.example/>"],
    "attribute breakers": ['"><script>alert(1)</script>', "'><img src=x onerror=alert(1)>",
                           '" onmouseover="alert(1)', "</title><script>alert(1)</script>",
                           "</style><script>alert(1)</script>", "</textarea></noscript><script>x</script>"],
    "templates": ["{{ 7*7 }}", "{% raw %}", "{% endraw %}", "{{ config.items() }}", "${7*7}", "#{7*7}",
                  "{{ resources.briefing }}", "{#", "#}"],
    "markdown and LaTeX": ["**bold**", "# heading", "> quote", "`code`", "---", "![img](http://evil.example/x.png)",
                           "$\\frac{1}{2}$", "$$x^2$$", "\\begin{equation}", "%%javascript", "!rm -rf /"],
    "entities": ["&lt;script&gt;", "&#x3C;script&#x3E;", "&amp;amp;", "&nbsp;", "&#0;"],
    "unicode": ["\u202e", "\u200b", "\u2028", "\u2029", "\ufeff", "\x07", "\x1b[31m", "e\u0301\u0302\u0303",
                "\U0001f4a3", "\u6771\u4eac", "\ufffd", "\u00a0", "x" * 10_000],
}
PDF_WORDS = {
    "markup": ["<script>alert(1)</script>", "onerror=alert(1)", "javascript:alert(1)"],
    "attribute breakers": ['"><script>alert(1)</script>', "onmouseover"],
    "templates": ["{{7*7}}", "{%raw%}", "${7*7}"],
    "markdown and LaTeX": ["**bold**", "#heading", "$\\frac{1}{2}$", "%%javascript"],
    "entities": ["&lt;script&gt;", "&#x3C;script&#x3E;", "&amp;amp;"],
    "unicode": ["\u6771\u4eac"],
}


def hostile_article(pieces: list[str]) -> str:
    paragraphs = [f"Ministry says 12 people hurt in Kyiv {pieces[0]}"]
    for i, piece in enumerate(pieces):
        paragraphs.append(f"Item {i}: {piece} end of item {i}. {BODY}")
    return "\n\n".join(paragraphs) + "\n"


def injected(page_text: str, pieces: list[str], title: str) -> list[str]:
    parsed = Page.parse(page_text)
    problems = []
    tags = [tag for tag, _ in parsed.elements]
    if set(tags) - ALLOWED_TAGS:
        problems.append(f"elements {sorted(set(tags) - ALLOWED_TAGS)}")
    if tags.count("h1") != 1:
        problems.append(f"{tags.count('h1')} h1 elements")
    if tags.count("img") != 4:
        problems.append(f"{tags.count('img')} images")
    for tag, attrs in parsed.elements:
        for name, value in attrs:
            value = value or ""
            if name not in ALLOWED_ATTRIBUTES or name.startswith("on"):
                problems.append(f"attribute <{tag} {name}>")
            if "javascript:" in value.lower().replace(" ", ""):
                problems.append(f"javascript: in <{tag} {name}>")
            if name in ("src", "href") and not value.startswith(("data:", "#")):
                problems.append(f"URL <{tag} {name}={value[:40]!r}>")
    if parsed.comments:
        problems.append(f"comments {parsed.comments[:3]}")
    policy = [dict(a).get("content", "") for t, a in parsed.elements
              if t == "meta" and (dict(a).get("http-equiv") or "").lower() == "content-security-policy"]
    if len(policy) != 1 or "script-src 'none'" not in policy[0] or "default-src 'none'" not in policy[0]:
        problems.append("no Content-Security-Policy")
    text = "".join(parsed.reader_text)  # as the reader sees it: annotation labels aside
    for piece in pieces + [title]:
        if piece not in text:
            problems.append(f"{piece[:40]!r} is not shown as text")
    return problems


def pdf_text(path: Path) -> str:
    """The PDF's text: poppler's pdftotext when installed (it reads WeasyPrint's font
    subsets faithfully; pypdf garbles some), else pypdf."""
    if shutil.which("pdftotext"):
        result = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, timeout=120)
        if result.returncode == 0:
            return result.stdout.decode("utf-8", errors="replace")
    from pypdf import PdfReader

    return "".join(page.extract_text() for page in PdfReader(path).pages)


def check_hostile(project: Project, tally: Tally) -> None:
    """Each variant built on its own (one failing article would stop a build of several),
    checked, and its outputs removed so the good report is the only one left."""
    seeds = project.root / "seeds"
    for i, (label, pieces) in enumerate(HOSTILE.items()):
        project.restore()
        name = f"hostile{i}"
        title = f"{pieces[0][:200]} {label} <b>title</b>"
        (seeds / f"{name}.txt").write_text(hostile_article(pieces), encoding="utf-8")
        (seeds / f"{name}.yaml").write_text(
            "\n".join([f"title: {json.dumps(title)}", f"outlet: {json.dumps(pieces[-1][:200])}",
                       "url: 'javascript:alert(5)'", "published: 2024-05-10",
                       "language: 'en\" onload=\"alert(6)'"]) + "\n", encoding="utf-8")
        result = project.run("build", f"seeds/{name}.txt", timeout=900)
        report = project.root / "report" / name
        problems = []
        if result.returncode != 0:
            problems.append(f"the build failed: {result.stderr.strip().splitlines()[-1:]}")
        else:
            problems += injected((report / "briefing.html").read_text(encoding="utf-8"), pieces, title)
            pdf = re.sub(r"\s+", "", pdf_text(report / "briefing.pdf"))
            problems += [f"{w!r} not in the PDF" for w in PDF_WORDS[label] if w not in pdf]
        problems += [f"left {x}" for x in project.leftovers()]
        tally.record(f"hostile article: {label}", problems)
        for folder in ("report", "figures", "build"):
            shutil.rmtree(project.root / folder / name, ignore_errors=True)
    project.restore()


# ---------------------------------------------------------------------------- faults

def _survived(project: Project, good: dict[str, str]) -> list[str]:
    problems = []
    if project.outputs() != good:
        problems.append("the last good report changed")
    if kernels_of(project.root):
        problems.append(f"kernel processes left: {kernels_of(project.root)}")
    if project.leftovers():
        problems.append(f"left {project.leftovers()}")
    return problems


def _failed_with(result, *words) -> list[str]:
    problems = []
    if result.returncode != 2:
        problems.append(f"exit code {result.returncode}")
    last = (result.stderr.strip().splitlines() or [""])[-1]
    problems += [f"{w!r} not in {last[:160]!r}" for w in words if w not in last]
    if "Traceback" in result.stderr:
        problems.append("a traceback")
    return problems


def _notebook_fault(project, good, tally, case, source, args, words, within=None):
    project.restore()
    project.add_notebook("99-fault", source)
    started = time.perf_counter()
    result = project.run("build", *args, ARTICLE, timeout=900)
    seconds = time.perf_counter() - started
    problems = _failed_with(result, *words) + _survived(project, good)
    if within and seconds > within:
        problems.append(f"took {seconds:.0f} s")
    tally.record(case, problems)
    project.restore()


def _signal_fault(project, good, tally, signum):
    project.restore()
    project.add_notebook("99-fault", "import time\ntime.sleep(600)")
    with project.start("build", "--timeout", "30", ARTICLE) as (process, stderr):
        end = time.monotonic() + 180
        while time.monotonic() < end and not (any("queued" in x for x in stderr.lines) and kernels_of(project.root)):
            time.sleep(0.1)
        time.sleep(2)
        code, seconds = interrupt(process, signum)
    stderr.join(timeout=10)
    lines = stderr.lines
    problems = []
    if code == 0:
        problems.append("exit code 0")
    if seconds > 5:
        problems.append(f"went on for {seconds:.0f} s after the signal")
    if not lines or "interrupted" not in lines[-1]:
        problems.append(f"last line {lines[-1:]!r}")
    if any("Traceback" in x for x in lines):
        problems.append("a traceback")
    problems += _survived(project, good)
    tally.record(f"{signal.Signals(signum).name} during a running cell", problems)
    project.restore()


def _lock_fault(project, good, tally):
    from filelock import FileLock

    project.restore()
    (project.root / "build" / NAME).mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(project.root / "build" / NAME / ".lock"))
    with lock:
        result = project.run("build", "--force", ARTICLE, timeout=120)
    tally.record("a second build of the same article at once",
                 _failed_with(result, "being built by another") + _survived(project, good))


def _disk_full_fault(project, good, tally, where):
    """A write fails with ENOSPC: the HTML or the PDF in the assembly process (its fsync
    fails, see harness.full_disk), the tables or the report's key in the build (in
    process, the failing write patched in)."""
    import claimbrief.build
    import claimbrief.cli

    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    project.restore()
    key_file = project.root / "report" / NAME / ".claimbrief-key"
    key = key_file.read_bytes()
    saved = {k: os.environ.get(k) for k in ("CLAIMBRIEF_ROOT", "TMPDIR", "PYTHONPATH")}
    cwd, tempdir, handler = os.getcwd(), tempfile.tempdir, signal.getsignal(signal.SIGTERM)
    real_write_text, real_copyfile = Path.write_text, shutil.copyfile
    args = ["build", ARTICLE]
    if where in ("HTML", "PDF"):
        os.environ["PYTHONPATH"] = full_disk(project.root / "full-disk", f".briefing.{where.lower()}.")
        key_file.write_bytes(b"stale\n")  # the report must look out of date for the assembly to run
    elif where == "CSV":
        shutil.copyfile = no_space
        args.insert(1, "--no-pdf")
    else:  # the report's key, the last file of the staging folder
        def write_text(self, *a, **k):
            if ".staging" in str(self):
                no_space()
            return real_write_text(self, *a, **k)
        Path.write_text = write_text
        args.insert(1, "--no-pdf")
    err = io.StringIO()
    try:
        os.environ.update(CLAIMBRIEF_ROOT=str(project.root), TMPDIR=str(project.root / "tmp"))
        tempfile.tempdir = str(project.root / "tmp")
        os.chdir(project.root)
        before = project.outputs()
        with contextlib.redirect_stderr(err):
            code = claimbrief.cli.main(args)
        after = project.outputs()
    finally:
        Path.write_text, shutil.copyfile = real_write_text, real_copyfile
        shutil.rmtree(project.root / "full-disk", ignore_errors=True)
        key_file.write_bytes(key)
        os.chdir(cwd)
        tempfile.tempdir = tempdir
        signal.signal(signal.SIGTERM, handler)
        for k, v in saved.items():
            os.environ.pop(k, None) if v is None else os.environ.__setitem__(k, v)
    problems = []
    last = (err.getvalue().strip().splitlines() or [""])[-1]
    if code != 2:
        problems.append(f"exit code {code}")
    if "No space left on device" not in last:
        problems.append(f"last line {last!r}")
    if "Traceback" in err.getvalue():
        problems.append("a traceback")
    if after != before:
        problems.append("the report changed")
    tally.record(f"disk full while writing the {where}", problems + _survived(project, good))


def check_faults(project: Project, good: dict[str, str], tally: Tally) -> None:
    _notebook_fault(project, good, tally, "a notebook that raises", "raise RuntimeError('boom')", [],
                    ["99-fault.ipynb", "RuntimeError: boom"])
    _notebook_fault(project, good, tally, "a kernel that dies mid-cell", "import os\nos._exit(1)", [],
                    ["99-fault.ipynb", "kernel", "died"])
    _notebook_fault(project, good, tally, "a notebook that hangs (--timeout 5)", "import time\ntime.sleep(600)",
                    ["--timeout", "5"], ["99-fault.ipynb", "timed out", "the notebook has a limit"], within=60)
    _notebook_fault(project, good, tally, "the whole build's limit (--build-timeout 10)",
                    "import time\ntime.sleep(600)", ["--build-timeout", "10"], ["timed out", "the build has a limit"],
                    within=60)
    _notebook_fault(project, good, tally, "a notebook that raises after a flood of output",
                    "for i in range(20000):\n    print('x' * 100)\nraise MemoryError('simulated')", [],
                    ["99-fault.ipynb", "MemoryError"])
    _signal_fault(project, good, tally, signal.SIGTERM)
    _signal_fault(project, good, tally, signal.SIGINT)
    _lock_fault(project, good, tally)
    for where in ("HTML", "PDF", "CSV", "report key"):
        _disk_full_fault(project, good, tally, where)


# ---------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", action="store_true", help="keep the temporary project and print its path")
    parser.add_argument("--verbose", action="store_true", help="print every case as it ends")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    root = Path(tempfile.mkdtemp(prefix="reliability-counts-"))
    try:
        project = Project(root)
        result = project.run("build", ARTICLE, timeout=900)
        if result.returncode != 0:
            print(f"the good article did not build: {result.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
            return 1
        good = project.outputs()
        broken, works, hostile, faults = (Tally(args.verbose) for _ in range(4))
        check_broken(project, good, broken)
        check_must_work(project, works)
        check_hostile(project, hostile)
        check_faults(project, good, faults)
    finally:
        if args.keep:
            print(f"project kept at {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    print(f"broken inputs: {broken.tried} tried, {broken.passed} handled cleanly")
    print(f"inputs that must work: {works.tried} tried, {works.passed} worked")
    print(f"hostile articles: {hostile.tried} built, {hostile.passed} with nothing injected")
    print(f"faults: {faults.tried} tried, {faults.passed} survived with the last good report intact")
    failures = broken.failures + works.failures + hostile.failures + faults.failures
    for failure in failures:
        print(f"  FAILED {failure}")
    print(f"({time.perf_counter() - started:.0f} s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

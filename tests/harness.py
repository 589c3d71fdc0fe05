"""Shared by the reliability tests (tests/test_reliability.py, tests/test_hostile.py) and
scripts/reliability_counts.py: a temporary project to build in (and a build in it to
start and interrupt), the checks on what a build leaves behind, and a parser of the
built HTML.

Not a test module (pytest collects ``test_*.py`` only); the tests import it as they
import ``conftest`` (tests/ is on sys.path under pytest), the script puts tests/ on
sys.path first.  Nothing here imports pytest.
"""

from __future__ import annotations

import contextlib
import hashlib
import html.parser
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
#: The fixture article every project is built from, saved there as ``seeds/{NAME}.txt``.
SOURCE = FIXTURES / "earnings_kaneda_motor"
NAME = "good"
CLI = [sys.executable, "-m", "claimbrief.cli"]


# ---------------------------------------------------------------------------- hashes and processes

def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (hidden ones too) with the SHA-256 of its bytes."""
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): _digest(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def kernels_of(root: Path) -> list[int]:
    """Live kernel processes started for the project at ``root`` (their connection file
    is in its private TMPDIR, or their working directory is the project)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            if "ipykernel" not in cmdline:
                continue
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            cwd = os.readlink(entry / "cwd")
        except OSError:
            continue
        if state != "Z" and (str(root) in cmdline or cwd == str(root)):
            found.append(int(entry.name))
    return found


def leftovers(root: Path) -> list[str]:
    """Temporary files and half-written outputs a build must never leave behind."""
    left = [f"tmp/{p.name}" for p in (root / "tmp").iterdir()]
    left += [p.name for p in (root / "report").glob(".*") if p.name.endswith((".staging", ".old"))]
    left += [p.name for p in (root / "report").rglob("*.part")]
    left += [p.as_posix() for p in (root / "build").rglob("*.partial.ipynb")]
    left += [p.as_posix() for p in (root / "build").glob("*/data.tmp")]
    return left


class Lines(threading.Thread):
    """Collects a stream's lines (``lines``, without their line ends) while the process runs."""

    def __init__(self, stream):
        super().__init__(daemon=True)
        self.stream, self.lines = stream, []
        self.start()

    def run(self):
        for line in self.stream:
            self.lines.append(line.rstrip("\n"))


def interrupt(process: subprocess.Popen, signum: signal.Signals, timeout: float = 120) -> tuple[int, float]:
    """Send ``signum`` to ``process`` and wait for it to end: its exit code and the
    seconds from the signal to the end."""
    process.send_signal(signum)
    sent = time.monotonic()
    code = process.wait(timeout=timeout)
    return code, time.monotonic() - sent


# ---------------------------------------------------------------------------- the project

# ---------------------------------------------------------------------------- a full disk

_FULL_DISK = """
import errno, os
_fsync = os.fsync
def fsync(fd):
    if {part!r} in os.readlink(f"/proc/self/fd/{{fd}}"):
        raise OSError(errno.ENOSPC, "No space left on device")
    return _fsync(fd)
os.fsync = fsync
"""


def full_disk(folder: Path, part: str) -> str:
    """Make ``folder`` a PYTHONPATH entry whose ``sitecustomize`` makes ``os.fsync`` fail
    with ENOSPC, as on a full disk, for every file whose path contains ``part``; return
    the folder to put on the PYTHONPATH of the process (the assembly) that should fail.
    As root, a read-only folder does not stop a write, so the failure is patched in."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sitecustomize.py").write_text(_FULL_DISK.format(part=part), encoding="utf-8")
    return str(folder)


class Project:
    """A temporary project folder with the real notebooks and one article, ``seeds/{NAME}.txt``
    (the fixture article saved with a BOM and CRLF line endings, which must work), built
    through the command line with a private TMPDIR (``tmp/`` in the project)."""

    def __init__(self, root: Path):
        self.root = root
        for folder in ("seeds", "tmp"):
            (root / folder).mkdir(parents=True, exist_ok=True)
        shutil.copytree(ROOT / "notebooks", root / "notebooks")
        shutil.copyfile(ROOT / "uv.lock", root / "uv.lock")
        # The article must work as saved by an editor on Windows: BOM and CRLF.
        text = SOURCE.with_suffix(".txt").read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        self.text_bytes = b"\xef\xbb\xbf" + text
        self.meta_bytes = SOURCE.with_suffix(".yaml").read_bytes()
        self.env = {**os.environ, "CLAIMBRIEF_ROOT": str(root), "TMPDIR": str(root / "tmp")}
        self.restore()

    @property
    def report(self) -> Path:
        """The good article's report folder."""
        return self.root / "report" / NAME

    def restore(self) -> None:
        """Put the good article and its metadata back, and nothing else, in seeds/; remove
        the notebooks added by :meth:`add_notebook` (``99-*``) and their executed copies."""
        seeds = self.root / "seeds"
        for path in seeds.iterdir():
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
        (seeds / f"{NAME}.txt").write_bytes(self.text_bytes)
        (seeds / f"{NAME}.yaml").write_bytes(self.meta_bytes)
        for path in (self.root / "notebooks").glob("99-*.ipynb"):
            path.unlink()
        for path in (self.root / "build" / NAME / "notebooks").glob("99-*"):
            path.unlink()

    def run(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
        """``claimbrief ARGS`` in the project, its output captured as text."""
        return subprocess.run([*CLI, *args], cwd=self.root, env=self.env, capture_output=True, text=True,
                              timeout=timeout)

    @contextlib.contextmanager
    def start(self, *args: str) -> Iterator[tuple[subprocess.Popen, Lines]]:
        """``claimbrief ARGS`` started in the project, with its stderr's lines collected as
        they come; killed when the block ends (or fails) with the process still running."""
        process = subprocess.Popen([*CLI, *args], cwd=self.root, env=self.env, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        try:
            yield process, Lines(process.stderr)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()

    def outputs(self) -> dict[str, str]:
        """Hashes of what a reader gets: report/ and figures/."""
        return {**{f"report/{k}": v for k, v in tree(self.root / "report").items()},
                **{f"figures/{k}": v for k, v in tree(self.root / "figures").items()}}

    def state(self) -> dict[str, str]:
        """Hashes of everything the build writes: report/, figures/ and build/."""
        return {**self.outputs(), **{f"build/{k}": v for k, v in tree(self.root / "build").items()}}

    def leftovers(self) -> list[str]:
        """:func:`leftovers` of this project."""
        return leftovers(self.root)

    def add_notebook(self, name: str, source: str) -> Path:
        """A notebook ``notebooks/{name}.ipynb`` (with the kernelspec of the real ones) whose
        one cell after the parameters is ``source``; name it ``99-*`` for :meth:`restore`."""
        import nbformat

        model = nbformat.read(self.root / "notebooks" / "06-assessment.ipynb", as_version=4)
        nb = nbformat.v4.new_notebook(metadata=model.metadata)
        nb.cells = [nbformat.v4.new_code_cell("article = None", metadata={"tags": ["parameters"]}),
                    nbformat.v4.new_code_cell(source)]
        path = self.root / "notebooks" / f"{name}.ipynb"
        nbformat.write(nb, path)
        return path


# ---------------------------------------------------------------------------- the built HTML

#: Elements the package itself writes (template, sections, charts); anything else came from outside.
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "h4", "p", "nav",
    "ol", "ul", "li", "a", "main", "div", "table", "caption", "thead", "tbody", "tr", "th", "td",
    "img", "figure", "figcaption", "mark", "sup", "span", "br", "wbr", "em", "strong", "code",
}
#: Attributes the package itself writes.
ALLOWED_ATTRIBUTES = {"class", "id", "href", "src", "alt", "title", "lang", "charset", "http-equiv",
                      "content", "name", "type", "media", "aria-labelledby", "colspan", "rowspan"}

_VOID = {"br", "wbr", "img", "meta", "hr", "link", "input", "source", "col", "area", "base", "embed"}


class Page(html.parser.HTMLParser):
    """Elements with their attributes, comments, all text (``text``) and the text a reader
    sees (``reader_text``: without the annotation labels in ``<sup>`` and the sentence
    numbers in ``<span class="sid">``) of a page; character references are decoded."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.comments: list[str] = []
        self.text: list[str] = []
        self.reader_text: list[str] = []
        self._stack: list[tuple[str, bool]] = []
        self._skip = 0  # inside <sup> labels and <span class="sid"> sentence numbers

    @classmethod
    def parse(cls, page: str) -> Page:
        """``page`` (HTML text), fed whole and closed."""
        parsed = cls()
        parsed.feed(page)
        parsed.close()
        return parsed

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))
        if tag in _VOID:
            return
        classes = (dict(attrs).get("class") or "").split()
        skip = tag == "sup" or (tag == "span" and "sid" in classes)
        self._stack.append((tag, skip))
        self._skip += skip

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, attrs))

    def handle_endtag(self, tag):
        if tag not in [opened for opened, _ in self._stack]:
            return
        while self._stack:
            opened, skip = self._stack.pop()
            self._skip -= skip
            if opened == tag:
                break

    def handle_comment(self, data):
        self.comments.append(data)

    def handle_data(self, data):
        self.text.append(data)
        if not self._skip:
            self.reader_text.append(data)

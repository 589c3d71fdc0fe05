"""Shared by the reliability tests (tests/test_reliability.py, tests/test_hostile.py) and
scripts/reliability_counts.py: a temporary project to build in (and a build in it to
start and interrupt), the checks on what a build leaves behind, the list of broken
inputs (so the tests and the counts try the same ones), a full disk, and a parser of the
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
        they come; killed when the block ends (or fails) with the process still running.

        The process gets Ctrl-C as a terminal's foreground job does: a test run started in
        the background (``&``, nohup) has SIGINT ignored, which a child inherits, and the
        signal tests then found a build that could not be interrupted."""
        if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
            signal.signal(signal.SIGINT, signal.default_int_handler)  # a handler is reset at exec
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


# ---------------------------------------------------------------------------- broken inputs

ARTICLE = f"seeds/{NAME}.txt"
TXT, YML = f"{NAME}.txt", f"{NAME}.yaml"
OK_META = "title: A good title\npublished: 2024-05-10\n"


def _write(name: str, data: bytes | str):
    def setup(seeds: Path) -> None:
        (seeds / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return setup


def _remove(name: str):
    def setup(seeds: Path) -> None:
        (seeds / name).unlink()
    return setup


def _meta(text: str | bytes):
    return _write(YML, text)


def _nothing(seeds: Path) -> None:
    pass


def _sparse(seeds: Path) -> None:
    with open(seeds / "huge.txt", "wb") as handle:  # 21 MiB on paper, nothing on disk
        handle.truncate(21 * 2**20)
    (seeds / "huge.yaml").write_text(OK_META)


#: Every broken input, tried by the tests and counted by scripts/reliability_counts.py:
#: (case, setup of seeds/, arguments after "build", words the one line on stderr must hold).
BROKEN_INPUTS = [
    ("missing article", _remove(TXT), [ARTICLE], [TXT, "does not exist"]),
    ("empty article", _write(TXT, b""), [ARTICLE], [TXT, "empty"]),
    ("whitespace-only article", _write(TXT, b" \r\n\t\n   \n\xc2\xa0\n"), [ARTICLE], [TXT, "empty"]),
    ("BOM-only article", _write(TXT, b"\xef\xbb\xbf\r\n"), [ARTICLE], [TXT, "empty"]),
    ("Latin-1 article", _write(TXT, "Caf\u00e9 in S\u00e3o Paulo\n\nThe mayor said 12 caf\u00e9s closed.\n"
                               .encode("latin-1")), [ARTICLE], [TXT, "not UTF-8"]),
    ("UTF-16 article", _write(TXT, "Headline\n\nThe mayor said so.\n".encode("utf-16")), [ARTICLE], [TXT]),
    ("binary article", _write(TXT, bytes(range(256)) * 64), [ARTICLE], [TXT, "binary"]),
    ("NUL bytes in text", _write(TXT, b"Headline\n\nThe minister said\x00 5 people died.\n"), [ARTICLE],
     [TXT, "NUL"]),
    ("article far above the size limit (21 MiB)", _sparse, ["seeds/huge.txt"], ["huge.txt", "MiB"]),
    ("metadata missing", _remove(YML), [ARTICLE], [YML, "missing"]),
    ("metadata not UTF-8", _meta("title: Caf\u00e9\n".encode("latin-1")), [ARTICLE], [YML, "UTF-8"]),
    ("malformed YAML", _meta("title: [unclosed\npublished: 2024-05-10\n"), [ARTICLE], [YML, "not valid YAML"]),
    ("malformed YAML indentation", _meta("title: A\n  published: 2024-05-10\n outlet: x\n"), [ARTICLE],
     [YML, "YAML"]),
    ("YAML not a mapping", _meta("- title\n- published\n"), [ARTICLE], [YML, "mapping"]),
    ("empty metadata", _meta(""), [ARTICLE], [YML]),
    ("unknown key", _meta(OK_META + "colour: red\n"), [ARTICLE], [YML, "unknown key 'colour'"]),
    ("wrong type (text for a number)", _meta(OK_META + "information_credibility: high\n"), [ARTICLE],
     [YML, "information_credibility"]),
    ("wrong type (list for a string)", _meta("title: [a, b]\n"), [ARTICLE], [YML, "'title'"]),
    ("wrong type (boolean)", _meta(OK_META + "outlet: yes\n"), [ARTICLE], [YML, "'outlet'"]),
    ("value out of range", _meta(OK_META + "source_reliability: Z\n"), [ARTICLE], [YML, "source_reliability"]),
    ("title missing", _meta("published: 2024-05-10\n"), [ARTICLE], [YML, "'title'"]),
    ("impossible date", _meta("title: A\npublished: 2024-02-30\n"), [ARTICLE], [YML, "not a real date"]),
    ("impossible month", _meta("title: A\npublished: '2024-13-01'\n"), [ARTICLE], [YML, "not a real date"]),
    ("malformed date", _meta("title: A\npublished: 1st of May\n"), [ARTICLE], [YML, "'published'"]),
    ("future date", _meta("title: A\npublished: 2999-01-01\n"), [ARTICLE], [YML, "future"]),
    ("YAML tag python/object/apply", _meta("title: !!python/object/apply:os.system ['touch pwned']\n"),
     [ARTICLE], [YML, "YAML tag"]),
    ("YAML tag python/name", _meta("title: A\nnotes: !!python/name:os.system\n"), [ARTICLE], [YML, "YAML tag"]),
    ("YAML custom tag", _meta("title: !evil A\n"), [ARTICLE], [YML, "YAML tag"]),
    ("YAML billion laughs", _meta("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                                  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\ntitle: A\n"), [ARTICLE],
     [YML, "unknown key"]),
    ("--published impossible", _nothing, ["--published", "2024-13-01", ARTICLE], ["published", "not a real date"]),
    ("--published not a date", _nothing, ["--published", "yesterday", ARTICLE], ["published"]),
    ("--published in the future", _nothing, ["--published", "2999-01-01", ARTICLE], ["published", "future"]),
    # --timeout -1 as well: a build that took --jobs 0 would still refuse, and write nothing
    ("--jobs 0", _nothing, ["--jobs", "0", "--timeout", "-1", ARTICLE], ["--jobs"]),
    ("--jobs -1", _nothing, ["--jobs", "-1", ARTICLE], ["--jobs"]),
    ("--timeout -1", _nothing, ["--timeout", "-1", ARTICLE], ["--timeout"]),
    ("--timeout nan", _nothing, ["--timeout", "nan", "--force", ARTICLE], ["--timeout"]),
    ("--timeout inf", _nothing, ["--timeout", "inf", "--build-timeout", "inf", "--force", ARTICLE], ["--timeout"]),
    ("--timeout not a number", _nothing, ["--timeout", "soon", ARTICLE], ["--timeout"]),
    ("--build-timeout 0", _nothing, ["--build-timeout", "0", ARTICLE], ["--build-timeout"]),
    ("unknown option", _nothing, ["--pubished", "2024-01-01", ARTICLE], ["--pubished"]),
    ("path that does not exist", _nothing, ["/nonexistent/folder/article.txt"], ["article.txt", "does not exist"]),
    ("path that is a folder", _nothing, ["seeds"], ["seeds", "not a file"]),
    ("one good and one missing", _nothing, [ARTICLE, "seeds/other.txt"], ["other.txt", "does not exist"]),
]


# ---------------------------------------------------------------------------- the built HTML

#: Elements the package itself writes (template, sections, charts); anything else came from outside.
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "h4", "p", "nav",
    "ol", "ul", "li", "a", "main", "div", "table", "caption", "thead", "tbody", "tr", "th", "td",
    "img", "figure", "figcaption", "mark", "sup", "span", "br", "wbr", "em", "strong", "code",
    "picture", "source",  # a chart's print and phone drawings (components.picture_html)
}
#: Attributes the package itself writes.
ALLOWED_ATTRIBUTES = {"class", "id", "href", "src", "alt", "title", "lang", "charset", "http-equiv",
                      "content", "name", "type", "media", "aria-labelledby", "colspan", "rowspan",
                      # a phone's cards and scrolling tables (components, render.finish_html)
                      "srcset", "data-label", "aria-label", "role", "tabindex"}

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

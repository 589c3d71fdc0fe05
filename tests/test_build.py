"""End to end: notebooks run by papermill for the seed and two fixture articles, the
briefing assembled, and the HTML, PDF and command checked."""

from __future__ import annotations

import html.parser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claimbrief.article import read_article
from claimbrief.extract import extract
from claimbrief.sections import format_value

from conftest import FIXTURES, ROOT, SEED

FAR_FROM_SEED = ["earnings_kaneda_motor", "quake_central_sulawesi"]
SECTIONS = ["Bottom line up front", "Claims ledger", "Figures", "Timeline", "Places", "Assessment", "Appendix"]


def _copy_article(src: Path, seeds: Path) -> Path:
    shutil.copyfile(src, seeds / src.name)
    shutil.copyfile(src.with_suffix(".yaml"), seeds / (src.stem + ".yaml"))
    return seeds / src.name


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A project folder with the real notebooks and three articles, built once."""
    root = tmp_path_factory.mktemp("project")
    (root / "seeds").mkdir()
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    shutil.copyfile(ROOT / "uv.lock", root / "uv.lock")
    names = [_copy_article(SEED, root / "seeds").stem]
    for name in FAR_FROM_SEED:
        names.append(_copy_article(FIXTURES / f"{name}.txt", root / "seeds").stem)
    env = {**os.environ, "CLAIMBRIEF_ROOT": str(root)}
    result = subprocess.run([sys.executable, "-m", "claimbrief.cli", "build"], cwd=root, env=env,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    return root, names, env, result


def _claimbrief(root: Path, env: dict, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run the command line in a project folder, as a user would."""
    return subprocess.run([sys.executable, "-m", "claimbrief.cli", *args], cwd=root, env=env,
                          capture_output=True, text=True, timeout=timeout)


class _Parser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.urls, self.text, self.headings, self._in_h2 = [], [], [], [], False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._in_h2 = tag == "h2"
        for name, value in attrs:
            if name in ("src", "href", "data", "action", "poster") and value:
                self.urls.append(value)

    def handle_endtag(self, tag):
        if tag == "h2":
            self._in_h2 = False

    def handle_data(self, data):
        self.text.append(data)
        if self._in_h2:
            self.headings.append(data.strip())


def _parse(path: Path) -> _Parser:
    parser = _Parser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_every_article_gets_html_pdf_and_csv(project):
    root, names, _, result = project
    for name in names:
        report = root / "report" / name
        assert (report / "briefing.html").stat().st_size > 10_000
        assert (report / "briefing.pdf").read_bytes().startswith(b"%PDF")
        for table in ("sentences", "claims", "figures", "dates", "places", "actors"):
            assert (report / "data" / f"{table}.csv").is_file()
        for chart in ("claims", "figures", "timeline", "map"):
            assert (root / "figures" / name / f"{chart}.svg").is_file()
            assert (root / "figures" / name / f"{chart}.png").is_file()
    assert "notebook 1 of 7" in result.stderr and "built 3 briefing(s)" in result.stderr


def test_html_has_every_section_and_no_code_or_remote_resource(project):
    root, names, _, _ = project
    for name in names:
        parsed = _parse(root / "report" / name / "briefing.html")
        text = " ".join(parsed.text)
        for section in SECTIONS:
            assert any(section.lower() in h.lower() for h in parsed.headings), f"{name}: no {section} heading"
        assert "script" not in parsed.tags and "iframe" not in parsed.tags
        for url in parsed.urls:
            assert url.startswith(("data:", "#")), f"{name}: remote or file resource {url[:60]}"
        page = (root / "report" / name / "briefing.html").read_text()
        for code in ("load_context", "from claimbrief", "display(HTML", "import sections"):
            assert code not in page, f"{name}: notebook code {code!r} shown"
        assert "Content-Security-Policy" in page
        assert "confirmed" in text and "NATO/Admiralty" in text  # the legends
        parsed_imgs = parsed.tags.count("img")
        assert parsed_imgs >= 4


def test_html_shows_the_extracted_values(project):
    root, names, _, _ = project
    for name in names:
        article = read_article(root / "seeds" / f"{name}.txt")
        tables = extract(article)
        text = " ".join(_parse(root / "report" / name / "briefing.html").text)
        for claimant in set(tables.claims["claimant"].dropna()) - {"article", "unattributed reports"}:
            assert claimant in text, f"{name}: claimant {claimant} missing"
        for _, row in tables.figures.iterrows():
            assert format_value(row) in text, f"{name}: figure {row['mention']} missing"
        for mention in tables.places["mention"]:
            assert mention in text


def test_pdf_pages_title_and_numbers(project):
    from pypdf import PdfReader

    root, names, _, _ = project
    for name in names:
        article = read_article(root / "seeds" / f"{name}.txt")
        reader = PdfReader(root / "report" / name / "briefing.pdf")
        pages = len(reader.pages)
        assert pages >= 3
        first = reader.pages[0].extract_text()
        assert article.meta.title.split()[0] in first
        assert f"page 1 of {pages}" in first
        assert f"page {pages} of {pages}" in reader.pages[-1].extract_text()


def test_rebuild_with_nothing_changed_is_cached(project):
    root, names, env, _ = project
    before = (root / "report" / names[0] / "briefing.pdf").read_bytes()
    result = _claimbrief(root, env, "build", f"seeds/{names[0]}.txt", timeout=600)
    assert result.returncode == 0, result.stderr
    assert "ran 0 notebook(s), 7 cached" in result.stderr
    assert (root / "report" / names[0] / "briefing.pdf").read_bytes() == before


def test_a_failing_notebook_names_itself_and_keeps_the_last_good_report(project, tmp_path):
    root, names, env, _ = project
    report = root / "report" / names[0] / "briefing.html"
    before = report.read_bytes()
    broken = root / "notebooks" / "99-broken.ipynb"
    shutil.copyfile(root / "notebooks" / "06-assessment.ipynb", broken)
    text = broken.read_text().replace("sections.assessment_html(ctx)", "sections.no_such_function(ctx)")
    broken.write_text(text)
    try:
        result = _claimbrief(root, env, "build", f"seeds/{names[0]}.txt", timeout=600)
    finally:
        broken.unlink()
    assert result.returncode == 2
    last = result.stderr.strip().splitlines()[-1]
    assert "99-broken.ipynb" in last and "cell" in last and "AttributeError" in last
    assert "Traceback" not in result.stderr
    assert report.read_bytes() == before
    assert (root / "build" / names[0] / "notebooks" / "99-broken.failed.ipynb").is_file()


@pytest.mark.parametrize("args, words", [
    (["build", "seeds/missing.txt"], "does not exist"),
    (["extract", "seeds/missing.txt", "--out", "x"], "does not exist"),
    (["build", "--published", "2024-13-40"], "not a real date"),
])
def test_command_errors_are_one_sentence_and_exit_2(project, args, words):
    root, _, env, _ = project
    result = _claimbrief(root, env, *args, timeout=120)
    assert result.returncode == 2
    assert words in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_help_answers(project):
    result = subprocess.run([sys.executable, "-m", "claimbrief.cli", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "build" in result.stdout


def test_a_second_build_of_the_same_article_refuses_while_one_runs(project):
    from filelock import FileLock

    root, names, env, _ = project
    report = root / "report" / names[0] / "briefing.html"
    before = report.read_bytes()
    lock = FileLock(str(root / "build" / names[0] / ".lock"))
    lock.acquire()
    try:
        result = _claimbrief(root, env, "build", f"seeds/{names[0]}.txt", timeout=120)
    finally:
        lock.release()
    assert result.returncode == 2
    assert "being built by another claimbrief process" in result.stderr
    assert report.read_bytes() == before


def test_touching_one_notebook_reruns_only_that_notebook(project):
    """A space added to a heading: that notebook runs again, the page comes out the same,
    so the last PDF is kept (its inputs hash the same); a word added: a new PDF."""
    root, names, env, _ = project
    notebook = root / "notebooks" / "06-assessment.ipynb"
    pdf = root / "report" / names[0] / "briefing.pdf"
    original, before = notebook.read_text(), pdf.read_bytes()
    notebook.write_text(original.replace("## Assessment", "## Assessment ", 1))
    try:
        touched = _claimbrief(root, env, "build", f"seeds/{names[0]}.txt", timeout=600)
        kept = pdf.read_bytes()
        notebook.write_text(original.replace("## Assessment", "## Assessment of the article", 1))
        edited = _claimbrief(root, env, "build", f"seeds/{names[0]}.txt", timeout=600)
        remade = pdf.read_bytes()
    finally:
        notebook.write_text(original)
    assert touched.returncode == 0, touched.stderr
    assert "ran 1 notebook(s), 6 cached" in touched.stderr
    assert f"[{names[0]}] PDF unchanged (the same page as the last build): kept" in touched.stderr
    assert kept == before
    assert edited.returncode == 0, edited.stderr
    assert "PDF unchanged" not in edited.stderr
    assert remade != before and b"Assessment of the article" not in remade  # laid out anew (text is compressed)
    assert "Assessment of the article" in (root / "report" / names[0] / "briefing.html").read_text()


def test_a_pdf_tampered_with_is_not_kept(project):
    """The last PDF is kept only if its bytes are those recorded beside it."""
    root, names, env, _ = project
    pdf = root / "report" / names[0] / "briefing.pdf"
    key = pdf.with_name(".claimbrief-key")
    assert _claimbrief(root, env, "build", f"seeds/{names[0]}.txt", timeout=600).returncode == 0  # current
    good, good_key = pdf.read_bytes(), key.read_bytes()
    pdf.write_bytes(good[:-10] + b"tampered!\n")
    key.write_text("stale\n")  # the report must look out of date for the assembly to run
    try:
        result = _claimbrief(root, env, "build", f"seeds/{names[0]}.txt", timeout=600)
        assert result.returncode == 0, result.stderr
        assert "PDF unchanged" not in result.stderr
        assert pdf.read_bytes() == good  # laid out again: the same bytes as before the tampering
    finally:
        pdf.write_bytes(good)
        key.write_bytes(good_key)


def test_title_parameter_overrides_the_metadata_title():
    from claimbrief.sections import load_context, source_box_html

    ctx = load_context(str(SEED), title="Analyst's own <title>")
    assert ctx.article.meta.title == "Analyst's own <title>"
    assert "Analyst&#x27;s own &lt;title&gt;" in source_box_html(ctx)
    assert ctx.parameters["title"] == "Analyst's own <title>"


def test_a_notebook_runs_alone_from_the_notebooks_folder_on_another_article(tmp_path):
    """As in JupyterLab: cwd notebooks/, no build first, a relative article path."""
    import papermill

    out = tmp_path / "out.ipynb"
    papermill.execute_notebook(str(ROOT / "notebooks" / "03-figures.ipynb"), str(out), cwd=str(ROOT / "notebooks"),
                               parameters={"article": "tests/fixtures/floods_sindh.txt",
                                           "figures_dir": str(tmp_path / "figs")},
                               progress_bar=False, kernel_name="python3")
    assert (tmp_path / "figs" / "figures.svg").is_file()
    assert "10,000" in out.read_text()

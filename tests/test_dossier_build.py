"""The dossier as its readers get it: ``claimbrief dossier`` on the fixture story
(tests/fixtures/dossier/, nine articles, d09 undated) in a temporary project, then the
report's files, the gold's conflicts and corroborated claims in its HTML and CSVs, the
cache (nothing changed; one article changed), bad input, and the HTML at a phone's width.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, ROOT

STORY = FIXTURES / "dossier"
GOLD = yaml.safe_load((STORY / "dossier.gold.yaml").read_text(encoding="utf-8"))
NAME = "story"
TABLES = ("articles", "changes", "sources", "claims", "statements", "relays", "contradictions", "reprints",
          "figure_groups", "figures", "conflicts", "revisions", "timeline", "places", "inputs")


def _run(root: Path, *args: str, timeout: float = 1500) -> subprocess.CompletedProcess:
    env = {**os.environ, "CLAIMBRIEF_ROOT": str(root)}
    return subprocess.run([sys.executable, "-m", "claimbrief.cli", "dossier", *args], cwd=root, env=env,
                          capture_output=True, text=True, timeout=timeout)


def _project(root: Path) -> Path:
    (root / "seeds").mkdir(parents=True)
    shutil.copytree(ROOT / "notebooks", root / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    shutil.copyfile(ROOT / "pyproject.toml", root / "pyproject.toml")
    shutil.copytree(STORY, root / "story", ignore=shutil.ignore_patterns("*.gold.yaml"))
    return root


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The fixture story's dossier, built once (HTML, PDF, CSV)."""
    root = _project(tmp_path_factory.mktemp("dossier"))
    articles = [str(root / "story" / a) for a in GOLD["articles"]]
    result = _run(root, *articles, "--name", NAME)
    assert result.returncode == 0, result.stderr[-3000:]
    return root, articles, result


def _report(root: Path) -> Path:
    return root / "report" / "dossiers" / NAME


def test_report_has_html_pdf_and_every_table(built):
    root, _, result = built
    report = _report(root)
    assert (report / "dossier.html").stat().st_size > 10_000
    assert (report / "dossier.pdf").read_bytes().startswith(b"%PDF")
    for table in TABLES:
        assert (report / "data" / f"{table}.csv").is_file(), table
    assert "Traceback" not in result.stderr
    html = (report / "dossier.html").read_text(encoding="utf-8")
    for heading in ("Bottom line", "Sources", "Figures across articles", "Claims across articles",
                    "Timeline", "Places", "Appendix"):
        assert f">{heading}</h2>" in html, heading
    # the bottom line leads, "what changed" right under it
    assert html.index('class="bluf"') < html.index(">What changed</h3>") < html.index('class="bluf what-changed"')
    # no code, and the charts are inline (nothing to fetch)
    assert "get_ipython" not in html and "sections.load_dossier" not in html
    assert html.count('<figure class="chart">') >= 4


def test_every_article_is_listed_in_story_order_with_the_undated_one_last(built):
    root, _, _ = built
    rows = _rows(_report(root) / "data" / "articles.csv")
    assert [r["article"] for r in rows] == [Path(a).stem for a in GOLD["articles"]]
    assert rows[-1]["undated"] == "True"
    html = (_report(root) / "dossier.html").read_text(encoding="utf-8")
    assert "d09_tailingswatch_explainer_undated has no publication date: it is placed last" in html


def test_every_gold_conflict_is_in_the_csv_and_the_html(built):
    root, _, _ = built
    conflicts = _rows(_report(root) / "data" / "conflicts.csv")
    html = (_report(root) / "dossier.html").read_text(encoding="utf-8")
    for gold in GOLD["conflicts"]:
        values = {float(gold["a"]["value"]), float(gold["b"]["value"])}
        found = [c for c in conflicts if c["measure"] == gold["measure"]
                 and {float(c["a_value"]), float(c["b_value"])} == values]
        assert found, f"conflict {gold['measure']} {sorted(values)} not found"
        assert any(f"{c['a_number']} — {c['a_source']}" in html and f"{c['b_number']} — {c['b_source']}" in html
                   for c in found), "the conflict's two sides are not both in the HTML"


def test_every_gold_corroborated_claim_is_in_the_csv_and_the_html(built):
    root, _, _ = built
    statements = _rows(_report(root) / "data" / "statements.csv")
    claims = {c["claim"]: c for c in _rows(_report(root) / "data" / "claims.csv")}
    html = (_report(root) / "dossier.html").read_text(encoding="utf-8")
    for gold in GOLD["corroborated"]:
        ids = {s["claim"] for s in statements for g in gold["sentences"]
               if s["article"] == Path(g["article"]).stem and s["text"].startswith(g["sentence_starts_with"])}
        corroborated = [claims[i] for i in ids if claims[i]["corroborated"] == "True"]
        assert corroborated, f"no claim of {gold['claim']!r} is corroborated"
        assert any(c["text"].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                   .replace('"', "&quot;") in html or c["text"] in html for c in corroborated)


def test_a_rebuild_with_nothing_changed_is_cached(built):
    root, articles, _ = built
    before = _tree(_report(root))
    result = _run(root, *articles, "--name", NAME)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "up to date" in result.stderr
    assert _tree(_report(root)) == before


def test_a_changed_article_is_the_only_one_extracted_again(built, tmp_path):
    root, articles, _ = built
    keys = {Path(a).stem: (root / "build" / Path(a).stem / "data" / ".claimbrief-machine-key").read_text()
            for a in articles}
    changed = Path(articles[3])
    original = changed.read_text(encoding="utf-8")
    try:
        changed.write_text(original.rstrip("\n") + "\n\nThe union said it would publish its letter.\n",
                           encoding="utf-8")
        result = _run(root, *articles, "--name", NAME, "--no-pdf")
        assert result.returncode == 0, result.stderr[-2000:]
        assert "extracting 1 article(s) and comparing 9" in result.stderr
        after = {Path(a).stem: (root / "build" / Path(a).stem / "data" / ".claimbrief-machine-key").read_text()
                 for a in articles}
        assert [n for n in keys if keys[n] != after[n]] == [changed.stem]
    finally:
        changed.write_text(original, encoding="utf-8")


def test_two_articles_with_one_name_are_refused_and_the_report_kept(built, tmp_path):
    root, articles, _ = built
    before = _tree(_report(root))
    other = root / "elsewhere"
    other.mkdir(exist_ok=True)
    twin = other / Path(articles[0]).name
    twin.write_text("Another headline\n\nSomething else entirely was said on Monday.\n", encoding="utf-8")
    shutil.copyfile(Path(articles[0]).with_suffix(".yaml"), twin.with_suffix(".yaml"))
    result = _run(root, *articles, str(twin), "--name", NAME)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "two different articles are named" in lines[0], result.stderr
    assert _tree(_report(root)) == before


def test_the_same_file_given_twice_is_used_once(built):
    root, articles, _ = built
    result = _run(root, *articles, articles[0], "--name", NAME)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "is given twice; it is used once" in result.stderr


def test_a_failing_notebook_leaves_the_last_good_report(built):
    root, articles, _ = built
    before = _tree(_report(root))
    broken = root / "notebooks" / "dossier" / "99-broken.ipynb"
    broken.write_text('{"cells": [{"cell_type": "code", "execution_count": null, "id": "x", "metadata": {}, '
                      '"outputs": [], "source": "raise ValueError(\'broken on purpose\')"}], "metadata": {}, '
                      '"nbformat": 4, "nbformat_minor": 5}', encoding="utf-8")
    try:
        result = _run(root, *articles, "--name", NAME)
    finally:
        broken.unlink()
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "99-broken.ipynb failed in cell" in result.stderr.strip().splitlines()[-1]
    assert "broken on purpose" in result.stderr
    assert _tree(_report(root)) == before


def test_a_bad_name_is_one_sentence(tmp_path):
    root = _project(tmp_path / "p")
    result = _run(root, str(root / "story" / GOLD["articles"][0]), "--name", "../escape")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("claimbrief: --name '../escape' must be")
    assert not (root / "report").exists()


def test_a_single_article_and_one_in_another_language_still_build(tmp_path):
    root = _project(tmp_path / "p")
    first = root / "story" / GOLD["articles"][0]
    result = _run(root, str(first), "--name", "one", "--no-pdf")
    assert result.returncode == 0, result.stderr[-2000:]
    html = (root / "report" / "dossiers" / "one" / "dossier.html").read_text(encoding="utf-8")
    assert "This dossier holds one article" in html
    french = root / "story" / "fr_barrage.txt"
    french.write_text("Un barrage cède près d'une mine de cuivre en Zambie\n\nLe bureau provincial a déclaré "
                      "mercredi que douze personnes étaient mortes et que trente autres étaient portées disparues "
                      "après la rupture du barrage de résidus.\n", encoding="utf-8")
    french.with_suffix(".yaml").write_text("title: Un barrage cède en Zambie\npublished: 2025-03-06\nlanguage: fr\n",
                                           encoding="utf-8")
    result = _run(root, str(first), str(french), "--name", "two", "--no-pdf")
    assert result.returncode == 0, result.stderr[-2000:]
    report = root / "report" / "dossiers" / "two"
    html = (report / "dossier.html").read_text(encoding="utf-8")
    assert "fr_barrage is written in French: it is listed, not compared" in html
    assert [r["article"] for r in _rows(report / "data" / "articles.csv")] == [first.stem, "fr_barrage"]


# ---- the HTML in Chromium (helpers of tests/test_browser.py) ---------------------------

from test_browser import DESKTOP, PHONE, _Visit, browser  # noqa: E402,F401 - the browser fixture


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_html_fits_the_screen_and_asks_for_nothing(built, browser, viewport):  # noqa: F811
    root, _, _ = built
    visit = _Visit(browser, _report(root) / "dossier.html", viewport)
    try:
        page = visit.page
        assert visit.errors == []
        assert [u for u in visit.requests if u != visit.url and not u.startswith("data:")] == []
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        wide = page.evaluate("""(limit) => [...document.querySelectorAll('main *, header *')]
            .filter(e => !e.closest('.sr-only, table.cards > thead') && getComputedStyle(e).display !== 'none')
            .map(e => [e.tagName, e.className, e.getBoundingClientRect()])
            .filter(([t, c, r]) => r.width > 0 && r.height > 1 && (r.right > limit + 0.5 || r.left < -0.5))
            .map(([t, c, r]) => `${t}.${c} ${Math.round(r.left)}..${Math.round(r.right)}`)
            .slice(0, 10)""", viewport["width"])
        assert wide == []
    finally:
        visit.close()


def test_a_changed_article_runs_again_only_the_notebooks_whose_tables_changed(built):
    from claimbrief.dossier_build import notebook_tables

    root, articles, _ = built
    data = root / "build" / "dossiers" / NAME / "data"

    def hashes() -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}

    _run(root, *articles, "--name", NAME, "--no-pdf")  # whatever earlier tests left, built once
    before = hashes()
    changed = Path(articles[3])
    original = changed.read_text(encoding="utf-8")
    try:
        changed.write_text(original.rstrip("\n") + "\n\nThe union said it would publish its letter.\n",
                           encoding="utf-8")
        result = _run(root, *articles, "--name", NAME, "--no-pdf")
        assert result.returncode == 0, result.stderr[-2000:]
        after = hashes()
        files = {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}
        notebooks = sorted((root / "notebooks" / "dossier").glob("[0-9][0-9]-*.ipynb"))
        expected = {nb.name for nb in notebooks if files & set(notebook_tables(nb))}
        ran = {nb.name for nb in notebooks if f"{nb.name}: done in" in result.stderr}
        cached = {nb.name for nb in notebooks if f"{nb.name}: its tables unchanged, cached" in result.stderr}
        assert ran == expected, (sorted(files), result.stderr[-2000:])
        assert cached == {nb.name for nb in notebooks} - expected
        assert cached, f"every notebook reads a changed table ({sorted(files)}): the test shows nothing"
    finally:
        changed.write_text(original, encoding="utf-8")

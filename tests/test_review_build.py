"""The analyst's review through whole builds: a fixture briefing built with each kind of
decision and a register; rebuilt with --force, after a change of the review file alone
and after the extraction changes (the article edited, every span moved); every decision
found in the HTML and the tables each time, the stale one reported."""

from __future__ import annotations

import csv
import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claimbrief import review as rv
from claimbrief.article import read_article
from claimbrief.build import package_fingerprint
from claimbrief.extract import extract

from conftest import FIXTURES, ROOT

NAME = "earnings_kaneda_motor"
JOBS_SENTENCE = ("He also revealed that the company had cut approximately 1,100 jobs at its plant in Sorocaba, "
                 "in São Paulo state, last year.")


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _page_text(root: Path) -> str:
    page = (root / "report" / NAME / "briefing.html").read_text(encoding="utf-8")
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))


def _build(root: Path, env: dict, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "claimbrief.cli", "build", f"seeds/{NAME}.txt", "--no-pdf", *args],
                            cwd=root, env=env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    return result


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("review-project")
    (root / "seeds").mkdir()
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    shutil.copyfile(ROOT / "uv.lock", root / "uv.lock")
    for suffix in (".txt", ".yaml"):
        shutil.copyfile(FIXTURES / f"{NAME}{suffix}", root / "seeds" / f"{NAME}{suffix}")
    (root / "sources.yaml").write_text(
        "sources:\n  - name: Kaneda Motor Corp.\n    aliases: [Kaneda Motor]\n    kind: company\n    state: JP\n"
        "    reliability: B\n    note: Audited results.\n", encoding="utf-8")
    article = read_article(root / "seeds" / f"{NAME}.txt")
    tables = extract(article)
    ids = rv.row_ids(tables, article.text)

    def find(table, words):
        column = "text" if table == "claims" else "mention"
        return next(i for i, v in zip(ids[table], getattr(tables, table)[column]) if words in v)

    decisions = {
        "correct": find("figures", "1,100"), "reject": find("figures", "One"),
        "accept": find("places", "Tokyo"), "claim": find("claims", "Vehicle sales in the U.S."),
    }
    path = root / "seeds" / f"{NAME}.review.yaml"
    for d in (
        rv.Decision("correct", id=decisions["correct"], table="figures", set={"counts": "jobs cut"},
                    note="The 1,100 are jobs, per the CFO.", reviewer="ana", date="2025-02-10",
                    sentence=JOBS_SENTENCE, mention="approximately 1,100"),
        rv.Decision("reject", id=decisions["reject"], table="figures", note="Names one line; counts nothing.",
                    reviewer="ana"),
        rv.Decision("accept", id=decisions["accept"], table="places"),
        rv.Decision("correct", id=decisions["claim"], table="claims", set={"certainty": "confirmed"},
                    note="The company's own release."),
        rv.Decision("add", table="dates", sentence="Its shares fell 3.1 percent in Tokyo trading after the results.",
                    mention="after the results", set={"resolved": "2025-02-06", "precision": "day"},
                    note="The results came out on Thursday."),
        rv.Decision("reject", id="fig-0123456789", table="figures", note="from an older version",
                    sentence="A sentence the article never had.", mention="7"),
    ):
        rv.append_decision(path, d)
    env = {**os.environ, "CLAIMBRIEF_ROOT": str(root)}
    return root, env, decisions


def _check_every_decision(root: Path, decisions: dict) -> None:
    data = root / "report" / NAME / "data"
    figures, machine = _rows(data / "figures.csv"), _rows(data / "figures.machine.csv")
    jobs = next(r for r in figures if "1,100" in r["mention"])
    assert jobs["counts"] == "jobs cut"
    assert next(r for r in machine if "1,100" in r["mention"])["counts"] != "jobs cut"
    assert "One" not in {r["mention"] for r in figures} and "One" in {r["mention"] for r in machine}
    claim = next(r for r in _rows(data / "claims.csv") if r["text"].startswith("Vehicle sales"))
    assert claim["certainty"] == "confirmed"
    assert "Kaneda Motor" not in {r["claimant"] for r in _rows(data / "claims.csv")}  # the register's alias
    assert "after the results" in {r["mention"] for r in _rows(data / "dates.csv")}
    assert "after the results" not in {r["mention"] for r in _rows(data / "dates.machine.csv")}
    log = _rows(data / "review.csv")
    assert {r["action"] for r in log if r["status"] == "applied"} == {"accept", "correct", "reject", "add"}
    assert [r["id"] for r in log if r["status"] == "stale"] == ["fig-0123456789"]
    text = _page_text(root)
    assert "analyst review: 4 of" in text and "(1 accepted, 2 corrected, 1 rejected), 1 added by the analyst" in text
    assert "1 decision of the review file no longer find their rows" in text
    assert "jobs cut (corrected)" in text and "confirmed (corrected)" in text
    assert re.search(r"figure “approximately 1,100” \(sentence \d+\) counts jobs jobs cut The 1,100 are jobs, per the CFO\. "
                     r"ana 2025-02-10", text), "the appendix row of the correction"
    assert "figure “One” (sentence" in text and "removed by the analyst — Names one line; counts nothing." in text
    assert "date “after the results” (sentence" in text and "added by the analyst" in text
    assert "reject fig-0123456789:" in text and "kept in the review file" in text
    assert "Kaneda Motor Corp. B company JP Audited results." in text
    assert "- {name: Hiroshi Takeda, aliases: [], kind: person" in text  # a ready-to-paste entry
    assert re.search(r"Of the article's \d+ statements, [1-9]\d* \(\d+%\) rest on sources graded A–E", text)


def _stale_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if "no longer applies" in line]


def test_a_briefing_shows_every_decision_through_rebuilds_and_an_extraction_change(project):
    root, env, decisions = project
    first = _build(root, env)
    _check_every_decision(root, decisions)
    (stale,) = _stale_lines(first)
    assert "fig-0123456789" in stale and "kept in the file" in stale
    review_file = root / "seeds" / f"{NAME}.review.yaml"
    kept = review_file.read_bytes()

    forced = _build(root, env, "--force")
    _check_every_decision(root, decisions)
    assert len(_stale_lines(forced)) == 1 and "ran 7 notebook(s)" in forced.stderr
    # (a checkout shared with others whose edits change the package re-extracts: then the
    # cache's part of these checks cannot be made)
    package = package_fingerprint()
    unchanged = _build(root, env)
    assert len(_stale_lines(unchanged)) == 1
    if package_fingerprint() == package:
        assert "up to date" in unchanged.stderr

    # the review file alone changes: the tables are not extracted again, the notebooks run
    rv.append_decision(review_file, rv.Decision("correct", id=decisions["correct"], table="figures",
                                                set={"certainty": "confirmed"}))
    package = package_fingerprint()
    reviewed = _build(root, env)
    if package_fingerprint() == package:
        assert "applying the review to the tables" in reviewed.stderr and "extracting tables" not in reviewed.stderr
    assert "ran 7 notebook(s)" in reviewed.stderr
    assert "confirmed (corrected)" in _page_text(root)

    # the extraction changes: a paragraph before the article moves every span, and the
    # sentence of the jobs figure is edited, so its decision no longer finds its row
    seed = root / "seeds" / f"{NAME}.txt"
    original = seed.read_text(encoding="utf-8")
    lines = original.split("\n", 1)
    seed.write_text(lines[0] + "\n\nAn editor's note added above the story.\n" + lines[1].replace(
        "approximately 1,100 jobs", "about 1,100 jobs"), encoding="utf-8")
    moved = _build(root, env)
    assert "extracting tables" in moved.stderr
    stale = _stale_lines(moved)
    assert len(stale) == 2 and any(decisions["correct"] in line and "is no longer in the article" in line
                                   and "nearest row now is fig-" in line for line in stale)
    data = root / "report" / NAME / "data"
    assert "One" not in {r["mention"] for r in _rows(data / "figures.csv")}  # the others still hold
    assert "after the results" in {r["mention"] for r in _rows(data / "dates.csv")}
    claim = next(r for r in _rows(data / "claims.csv") if r["text"].startswith("Vehicle sales"))
    assert claim["certainty"] == "confirmed"
    assert decisions["correct"] in _page_text(root)  # the appendix lists it as no longer applying
    assert review_file.read_bytes().startswith(kept)  # never rewritten by the build

    seed.write_text(original, encoding="utf-8")
    back = _build(root, env)
    _check_every_decision(root, decisions)
    assert len(_stale_lines(back)) == 1


def test_a_malformed_review_file_stops_the_build_before_anything_is_written(project):
    root, env, _ = project
    review_file = root / "seeds" / f"{NAME}.review.yaml"
    kept = review_file.read_bytes()
    before = {p: p.stat().st_mtime_ns for p in (root / "report").rglob("*") if p.is_file()}
    try:
        review_file.write_bytes(kept + b"  - id: fig-0123456789\n    action: correct\n    set: {certainty: sure}\n")
        result = subprocess.run([sys.executable, "-m", "claimbrief.cli", "build", f"seeds/{NAME}.txt", "--no-pdf"],
                                cwd=root, env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and f"{NAME}.review.yaml, line" in result.stderr
        assert "'certainty'" in result.stderr and "hedged" in result.stderr
        assert {p: p.stat().st_mtime_ns for p in (root / "report").rglob("*") if p.is_file()} == before
    finally:
        review_file.write_bytes(kept)

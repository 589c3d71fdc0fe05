"""Analyst review: stable ids, each kind of decision, stale decisions, the review file
(parsing, the starting file, atomic and concurrent writes), the register, and the
`claimbrief review` command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claimbrief import review as rv
from claimbrief.article import read_article
from claimbrief.errors import RegisterError, ReviewError
from claimbrief.extract import extract
from claimbrief.register import Register, apply_register, parse_register, register_frame

from conftest import FIXTURES, ROOT

NAME = "earnings_kaneda_motor"


@pytest.fixture(scope="module")
def machine():
    article = read_article(FIXTURES / f"{NAME}.txt")
    return article, extract(article)


@pytest.fixture
def project(tmp_path):
    """A project folder with the fixture article; its review file is seeds/<name>.review.yaml."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "pyproject.toml").write_text("")
    for suffix in (".txt", ".yaml"):
        shutil.copyfile(FIXTURES / f"{NAME}{suffix}", tmp_path / "seeds" / f"{NAME}{suffix}")
    env = {**os.environ, "CLAIMBRIEF_ROOT": str(tmp_path), "CLAIMBRIEF_REVIEWER": "tester"}
    return tmp_path, env


def _id(tables, text, table, mention):
    frame = getattr(tables, table)
    ids = rv.row_ids(tables, text)[table]
    column = "text" if table == "claims" else "mention"
    return next(i for i, value in zip(ids, frame[column]) if mention in value)


# ---------------------------------------------------------------------------- ids

def test_ids_survive_moved_spans_and_depend_on_sentence_and_mention(machine):
    article, tables = machine
    ids = rv.row_ids(tables, article.text)
    assert all(len(set(v)) == len(v) for v in ids.values())  # one id per row
    shifted_text = "A new first paragraph, added by an editor.\n\n" + article.text
    shifted = extract(read_article_text(shifted_text, article))
    moved = rv.row_ids(shifted, shifted_text)
    for table in rv.REVIEWED:
        assert set(ids[table]) <= set(moved[table]), table  # every old row found again by its id
    assert rv.make_id("figures", "One sentence.", "12") != rv.make_id("figures", "Another sentence.", "12")
    assert rv.make_id("figures", "It rose  12 and\n12.", "12", 1) != rv.make_id("figures", "It rose 12 and 12.", "12")
    assert rv.make_id("figures", "It rose  12 and\n12.", "12") == rv.make_id("figures", "It rose 12 and 12.", "12")


def read_article_text(text, like):
    from dataclasses import replace

    from claimbrief.article import make_article

    made = make_article(text, title=like.meta.title, published=like.meta.published, name=like.name)
    return replace(made, meta=like.meta)


# ---------------------------------------------------------------------------- applying decisions

def test_each_kind_of_decision_is_applied_and_recorded(machine):
    article, tables = machine
    text = article.text
    jobs = _id(tables, text, "figures", "1,100")
    one = _id(tables, text, "figures", "One")
    sales = _id(tables, text, "claims", "Vehicle sales in the U.S.")
    tokyo = _id(tables, text, "places", "Tokyo")
    decisions = [
        rv.Decision("correct", id=jobs, table="figures", set={"counts": "jobs cut", "certainty": "confirmed"},
                    note="Jobs, confirmed by the CFO."),
        rv.Decision("reject", id=one, table="figures", note="Names one line; counts nothing."),
        rv.Decision("correct", id=sales, table="claims", set={"claimant": "Kaneda Motor Corp."}),
        rv.Decision("accept", id=tokyo, table="places"),
        rv.Decision("add", table="dates", sentence="Its shares fell 3.1 percent in Tokyo trading after the results.",
                    mention="after the results", set={"resolved": "2025-02-06", "precision": "day"}),
    ]
    reviewed, outcome = rv.apply_review(tables, text, decisions)
    figures = reviewed.figures.set_index("mention")
    assert figures.loc["approximately 1,100", "counts"] == "jobs cut"
    assert figures.loc["approximately 1,100", "certainty"] == "confirmed"
    assert "One" not in set(reviewed.figures["mention"]) and "One" in set(tables.figures["mention"])
    claim = reviewed.claims[reviewed.claims["text"].str.startswith("Vehicle sales")].iloc[0]
    assert claim["claimant"] == "Kaneda Motor Corp."
    # the figures that claim states follow its claimant
    assert set(reviewed.figures[reviewed.figures["sentence_id"] == claim["sentence_id"]]["claimant"]) == {"Kaneda Motor Corp."}
    added = reviewed.dates[reviewed.dates["mention"] == "after the results"].iloc[0]
    assert text[added["start"]:added["end"]] == "after the results" and added["resolved"] == "2025-02-06"
    counts = outcome.counts()
    assert counts == {"reviewed": 4, "accepted": 1, "corrected": 2, "rejected": 1, "added": 1, "stale": 0,
                      "machine_rows": counts["machine_rows"]}
    log = outcome.review
    fix = log[(log["id"] == jobs) & (log["column"] == "counts")].iloc[0]
    assert (fix["machine"], fix["analyst"], fix["note"]) == ("jobs", "jobs cut", "Jobs, confirmed by the CFO.")
    assert log[log["action"] == "reject"].iloc[0]["reason"] == "Names one line; counts nothing."
    assert outcome.corrected_cells("figures")[(int(figures.loc["approximately 1,100", "start"]),
                                               int(figures.loc["approximately 1,100", "end"]))] == {"counts", "certainty"}


def test_a_decision_that_finds_no_row_is_stale_with_its_reason_and_the_nearest_id(machine):
    article, tables = machine
    text = article.text
    jobs = _id(tables, text, "figures", "1,100")
    edited = text.replace("approximately 1,100 jobs", "about 1,100 jobs")
    tables2 = extract(read_article_text(edited, article))
    decisions = [rv.Decision("correct", id=jobs, table="figures", set={"counts": "jobs cut"},
                             sentence="He also revealed that the company had cut approximately 1,100 jobs at its "
                                      "plant in Sorocaba, in São Paulo state, last year.", mention="approximately 1,100"),
                 rv.Decision("add", table="figures", sentence="No such sentence is in the article.", mention="7")]
    reviewed, outcome = rv.apply_review(tables2, edited, decisions)
    stale = outcome.stale
    assert len(stale) == 2
    reason = stale[stale["id"] == jobs].iloc[0]["reason"]
    assert "no longer in the article" in reason and "nearest row now is fig-" in reason
    assert "about 1,100" in reason  # the nearest row is the edited figure
    assert outcome.counts()["stale"] == 2
    assert rv.stale_messages(outcome, "x.review.yaml")[0].endswith("it is kept in the file.")


def test_correcting_a_place_takes_the_gazetteer_entry_and_refuses_an_unknown_one(machine):
    article, tables = machine
    tokyo = _id(tables, article.text, "places", "Tokyo")
    reviewed, _ = rv.apply_review(tables, article.text, [rv.Decision("correct", id=tokyo, table="places",
                                                                      set={"canonical": "Nagoya"})])
    row = reviewed.places[reviewed.places["mention"] == "Tokyo"].iloc[0]
    assert (row["canonical"], row["country"]) == ("Nagoya", "JP") and abs(row["lat"] - 35.18) < 0.1
    with pytest.raises(ReviewError, match="gazetteer has no place 'Atlantis Prime'"):
        rv.apply_review(tables, article.text, [rv.Decision("correct", id=tokyo, table="places",
                                                           set={"canonical": "Atlantis Prime"})])


# ---------------------------------------------------------------------------- the review file

GOOD = """decisions:
  - id: fig-0123456789
    action: correct
    set: {certainty: hedged, value: 1100}
    note: why
    date: 2025-02-10
"""


@pytest.mark.parametrize("raw, words", [
    ("decisions:\n  - id: fig-0123456789\n    action: fix\n", ["line 3", "'action'", "accept, correct, reject, add"]),
    ("decisions:\n  - id: fig-0123456789\n    action: correct\n    set: {certainty: sure}\n",
     ["line 4", "'certainty'", "'sure'", "hedged", "nearest"]),
    ("decisions:\n  - id: fig-0123456789\n    action: correct\n    set: {mesure: x}\n",
     ["line 4", "'mesure'", "nearest: 'measure'"]),
    ("decisions:\n  - id: 12\n    action: accept\n", ["line 2", "'id'"]),
    ("decisions:\n  - action: accept\n", ["line 2", "'id' is missing"]),
    ("decisions:\n  - id: fig-0123456789\n    action: accept\n    colour: red\n", ["line 4", "'colour'"]),
    ("decisions:\n  - id: !!python/object/apply:os.system ['true']\n", ["line 2", "YAML tag"]),
    ("decisions:\n  - id: !evil fig-0123456789\n", ["YAML tag"]),
    ("decisions:\n  - &a {id: fig-0123456789, action: accept}\n  - *a\n", ["line 2", "aliases"]),
    ("decisions: [unclosed\n", ["not valid YAML", "line 2"]),
    ("decision:\n  - id: fig-0123456789\n", ["line 1", "'decision'"]),
    ("decisions:\n  - action: add\n    table: figures\n    sentence: It rose.\n", ["line 2", "'mention'"]),
    ("decisions:\n  - id: date-0123456789\n    action: correct\n    set: {resolved: last week}\n",
     ["line 4", "'resolved'", "YYYY-MM-DD"]),
])
def test_a_malformed_review_file_is_one_sentence_with_the_line_and_the_key(raw, words):
    with pytest.raises(ReviewError) as caught:
        rv.parse_review(raw, "seeds/a.review.yaml")
    message = str(caught.value)
    assert message.startswith("seeds/a.review.yaml") and "\n" not in message
    for word in words:
        assert word in message, message


def test_a_good_review_file_is_read_with_typed_values():
    (d,) = rv.parse_review(GOOD, "x")
    assert d.table == "figures" and d.set == {"certainty": "hedged", "value": 1100.0} and d.date == "2025-02-10"
    assert rv.parse_review("# only comments\ndecisions:\n  # - id: fig-0123456789\n", "x") == []


def test_the_starting_file_lists_every_row_is_valid_and_only_grows(machine):
    article, tables = machine
    text, count = rv.starting_text(f"{NAME}.txt", tables, article.text)
    assert count == sum(len(getattr(tables, t)) for t in rv.REVIEWED)
    assert rv.parse_review(text, "x") == []  # every row a comment: no decision yet
    for ids in rv.row_ids(tables, article.text).values():
        assert all(i in text for i in ids)
    # uncommenting one row gives one decision
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("  # - id: fig-"))
    lines[at], lines[at + 1] = lines[at].replace("  # ", "  ", 1), lines[at + 1].replace("  # ", "  ", 1)
    (d,) = rv.parse_review("\n".join(lines), "x")
    assert d.action == "accept" and d.table == "figures"
    again, added = rv.starting_text(f"{NAME}.txt", tables, article.text, existing="\n".join(lines))
    assert added == 0 and again == "\n".join(lines)
    fewer = rv.starting_text(f"{NAME}.txt", tables, article.text)[0].replace(rv.row_ids(tables, article.text)["places"][0], "gone")
    grown, added = rv.starting_text(f"{NAME}.txt", tables, article.text, existing=fewer)
    assert added == 1 and grown.startswith(fewer) and "rows new since" in grown


def test_appending_keeps_comments_and_earlier_decisions(tmp_path):
    path = tmp_path / "a.review.yaml"
    path.write_text("# my notes\n" + GOOD + "  # a comment of mine\n")
    rv.append_decision(path, rv.Decision("reject", id="claim-0123456789", table="claims", note="a caption"))
    text = path.read_text()
    assert "# my notes" in text and "# a comment of mine" in text
    decisions = rv.parse_review(text, str(path))
    assert [d.action for d in decisions] == ["correct", "reject"]
    # a flow-style list cannot take an item at its end: written out again, nothing lost
    path.write_text("# header\ndecisions: [{id: fig-0123456789, action: accept}]\n")
    rv.append_decision(path, rv.Decision("accept", id="date-0123456789", table="dates"))
    assert [d.id for d in rv.parse_review(path.read_text(), "x")] == ["fig-0123456789", "date-0123456789"]
    assert path.read_text().startswith("# header")


def test_a_failed_write_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "a.review.yaml"
    path.write_text(GOOD)
    before = path.read_bytes()

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        rv.append_decision(path, rv.Decision("accept", id="date-0123456789", table="dates"))
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.review.yaml"]  # no temporary file left


_WRITER = """
import sys
from claimbrief import review as rv
path, tag = sys.argv[1], sys.argv[2]
for i in range(15):
    rv.append_decision(path, rv.Decision("reject", id=f"{tag}-{i:010x}", table="claims" if tag == "claim" else "dates",
                                         note=f"{tag} {i}"))
"""


def test_two_processes_writing_one_review_file_lose_neither_decision(tmp_path):
    path = tmp_path / "seeds" / "a.review.yaml"
    path.parent.mkdir()
    env = {**os.environ, "CLAIMBRIEF_ROOT": str(tmp_path)}
    writers = [subprocess.Popen([sys.executable, "-c", _WRITER, str(path), tag], env=env) for tag in ("claim", "date")]
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    ids = {d.id for d in rv.parse_review(path.read_text(), "x")}
    assert len(ids) == 30


# ---------------------------------------------------------------------------- the register

# (the extraction itself names the carmaker "Kaneda Motor Corp.", "Kaneda Motor" an alias of
# it: the register's own name for it is another, which the mapping must give)
REGISTER = """sources:
  - name: Kaneda Motor Corporation
    aliases: [Kaneda Motor Corp., Kaneda Motor, Kaneda]
    kind: company
    state: jp
    reliability: b
    note: Audited results.
"""


def test_the_register_maps_aliases_grades_claimants_and_suggests_entries(machine):
    article, tables = machine
    register = parse_register(REGISTER, "sources.yaml")
    assert register.find("the kaneda motor").name == "Kaneda Motor Corporation" and register.sources[0].state == "JP"
    claims, figures, mapped = apply_register(tables.claims, tables.figures, register)
    assert ("Kaneda Motor Corp.", "Kaneda Motor Corporation") in mapped
    assert "Kaneda Motor Corp." not in set(claims["claimant"]) and "Kaneda Motor Corp." in set(tables.claims["claimant"])
    frame = register_frame(claims, tables.actors, register)
    row = frame.set_index("claimant").loc["Kaneda Motor Corporation"]
    assert row["registered"] and row["reliability"] == "B"
    missing = frame[~frame["registered"]]
    assert len(missing) and "article" not in set(frame["claimant"])
    # each suggested entry pastes into a register as it is
    pasted = REGISTER + "".join(f"  {entry}\n" for entry in missing["entry"])
    assert len(parse_register(pasted, "sources.yaml").sources) == 1 + len(missing)


@pytest.mark.parametrize("raw, words", [
    ("sources:\n  - name: A\n    reliability: Z\n", ["line 3", "'reliability'", "A to F"]),
    ("sources:\n  - name: A\n    kind: blog\n", ["line 3", "'kind'", "state media"]),
    ("sources:\n  - name: A\n    state: Narnia\n", ["line 3", "'state'", "ISO 3166-1"]),
    ("sources:\n  - name: A\n    grade: B\n", ["line 3", "'grade'"]),
    ("sources:\n  - aliases: [x]\n", ["'name'"]),
    ("sources:\n  - name: A\n  - name: B\n    aliases: [a]\n", ["line 4", "already used"]),
    ("sources:\n  - name: !!python/name:os.system\n", ["line 2", "YAML tag"]),
    ("sources: [\n", ["not valid YAML"]),
])
def test_a_malformed_register_is_one_sentence_with_the_line_and_the_key(raw, words):
    with pytest.raises(RegisterError) as caught:
        parse_register(raw, "sources.yaml")
    for word in words:
        assert word in str(caught.value), str(caught.value)


def test_the_project_ships_an_empty_register():
    assert parse_register((ROOT / "sources.yaml").read_text(), "sources.yaml").sources == []


# ---------------------------------------------------------------------------- the command and the API

def _cli(root, env, *args):
    return subprocess.run([sys.executable, "-m", "claimbrief.cli", "review", *args], cwd=root, env=env,
                          capture_output=True, text=True, timeout=300)


def test_the_review_command_starts_records_checks_and_refuses(project, machine):
    root, env = project
    article, tables = machine
    path = root / "seeds" / f"{NAME}.review.yaml"
    started = _cli(root, env, f"seeds/{NAME}.txt")
    assert started.returncode == 0, started.stderr
    assert "not in the register" in started.stdout and "- {name:" in started.stdout
    first = path.read_text()
    again = _cli(root, env, f"seeds/{NAME}.txt")
    assert again.returncode == 0 and path.read_text() == first  # never overwritten
    jobs = _id(tables, article.text, "figures", "1,100")
    done = _cli(root, env, f"seeds/{NAME}.txt", "--correct", jobs, "--set", "counts=jobs cut", "--note", "jobs")
    assert done.returncode == 0, done.stderr
    (d,) = rv.read_review(path)
    assert (d.id, d.set, d.note, d.reviewer) == (jobs, {"counts": "jobs cut"}, "jobs", "tester")
    assert first in path.read_text()  # the comments are kept
    bad = _cli(root, env, f"seeds/{NAME}.txt", "--correct", jobs, "--set", "certainty=sure")
    assert bad.returncode == 2 and "hedged" in bad.stderr and bad.stderr.count("\n") == 1
    wrong_id = _cli(root, env, f"seeds/{NAME}.txt", "--accept", jobs[:-1] + "x")
    assert wrong_id.returncode == 2 and f"nearest id is {jobs}" in wrong_id.stderr
    before = path.read_bytes()
    assert _cli(root, env, f"seeds/{NAME}.txt", "--check").returncode == 0
    path.write_text(path.read_text() + "  - id: fig-0123456789\n    action: reject\n    note: gone\n")
    check = _cli(root, env, f"seeds/{NAME}.txt", "--check")
    assert check.returncode == 1 and "fig-0123456789" in check.stdout and "no longer applies" in check.stdout
    path.write_bytes(before + b"  - id: fig-0123456789\n    action: explode\n")
    broken = path.read_bytes()
    refused = _cli(root, env, f"seeds/{NAME}.txt", "--accept", jobs)
    assert refused.returncode == 2 and f"{NAME}.review.yaml, line" in refused.stderr and "'action'" in refused.stderr
    assert path.read_bytes() == broken  # nothing written
    path.write_bytes(before)
    (root / "sources.yaml").write_text("sources:\n  - name: A\n    reliability: Q\n")
    refused = _cli(root, env, f"seeds/{NAME}.txt", "--check")
    assert refused.returncode == 2 and "sources.yaml, line 3" in refused.stderr


def test_the_notebook_api_one_call_per_decision(project, monkeypatch):
    root, _ = project
    monkeypatch.setenv("CLAIMBRIEF_ROOT", str(root))
    review = rv.Review(f"seeds/{NAME}.txt", reviewer="nb")
    figures = review.rows("figures")
    jobs = figures[figures["mention"].str.contains("1,100")]["id"].iloc[0]
    review.correct(jobs, counts="jobs cut", note="jobs")
    one = figures[figures["mention"] == "One"]["id"].iloc[0]
    review.reject(one, note="counts nothing")
    new = review.add("figures", "One of the plant's two assembly lines", mention="two assembly lines", value=2,
                     counts="assembly lines")
    side = review.side_by_side("figures")
    assert side.set_index("id").loc[jobs, "counts (analyst)"] == "jobs cut"
    assert side.set_index("id").loc[one, "decision"] == "reject"
    assert side.set_index("id").loc[new, "decision"] == "add"
    with pytest.raises(ReviewError, match="nearest id"):
        review.accept("fig-00000000zz")
    with pytest.raises(ReviewError, match="expected one of claims, figures, dates, places"):
        review.rows("figure")
    assert len(rv.read_review(review.path)) == 3

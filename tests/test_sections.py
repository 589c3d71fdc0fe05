"""The briefing's sections built from one article's tables."""

import datetime as dt
from pathlib import Path

from claimbrief.article import make_article
from claimbrief.extract import extract
from claimbrief.sections import Context, ledger_frame


def test_the_ledger_lists_asserting_sentences_only_not_a_captions_credit():
    text = ("Party wins most seats\n\nThe Unity Party won 19 of the 52 seats, the commission said on Friday.\n\n"
            "Voters queue outside a polling station on Tuesday.\n\n(Photo: Jane Roe/Harbour Times)\n\n"
            "The party's leader said talks would begin on Monday.")
    article = make_article(text, title="Party wins most seats", published=dt.date(2026, 3, 7))
    tables = extract(article)
    kinds = dict(zip(tables.claims["sentence_id"], tables.claims["kind"]))
    assert "furniture" in kinds.values()  # the credit line
    ledger = ledger_frame(Context(article=article, tables=tables, figures_dir=Path("."), parameters={}))
    assert {kinds[n] for n in ledger["#"]} <= {"claim", "gap", "background", "headline"}
    assert ledger["Certainty"].map(bool).all()  # every row says how surely


def test_a_key_point_leaves_off_the_dateline_its_sentence_opens_with():
    from claimbrief.sections import key_points

    text = ("Five die in bus crash\n\nLAGOS (Meridian) - Five people died when a bus overturned on Sunday, police said.\n\n"
            "US - Nigeria talks on road safety resumed on Monday, officials said.")
    article = make_article(text, title="Five die in bus crash", published=dt.date(2026, 3, 7))
    points = key_points(Context(article=article, tables=extract(article), figures_dir=Path("."), parameters={}))
    assert points[0].startswith("Five people died when a bus overturned on Sunday, police said. — ")
    assert points[1].startswith("US - Nigeria talks")  # (two capitals are no town's dateline)


def test_a_key_point_quoting_part_of_a_quotation_pairs_its_quotation_marks():
    from claimbrief.sections import key_points

    text = ("Schools to reopen\n\nThe governor said on Monday that 40 schools had been damaged. "
            "“We will rebuild every one of the 40 schools. Every road will reopen by March,” she said.")
    article = make_article(text, title="Schools to reopen", published=dt.date(2026, 3, 7))
    points = key_points(Context(article=article, tables=extract(article), figures_dir=Path("."), parameters={}))
    quoted = [p.split(" — ")[0] for p in points if "40 schools." in p or "by March" in p]
    assert quoted == ["“We will rebuild every one of the 40 schools.”", "“Every road will reopen by March,” she said."]


def test_a_range_is_one_row_of_the_figures_a_reader_sees_and_two_numbers_of_the_record(tmp_path):
    from claimbrief.sections import figures_frame, load_context

    text = ("Thousands flee rising river\n\nBetween 3,100 and 3,400 residents of Portville were evacuated on Monday, "
            "the district office said.\n\nFour people were hurt, it said.")
    path = tmp_path / "range.txt"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "range.yaml").write_text("title: Thousands flee rising river\npublished: 2026-03-10\n", encoding="utf-8")
    record = extract(make_article(text, title="Thousands flee rising river", published=dt.date(2026, 3, 10))).figures
    assert sorted(record["value"].dropna().tolist()) == [4, 3100, 3400]
    assert record["bound"].eq("upper").sum() == 1
    ctx = load_context(path, figures_dir=tmp_path / "figs")
    shown = figures_frame(ctx)
    assert shown["Figure"].tolist().count("3,100–3,400") == 1
    assert not shown["Mention"].isin(["3,400"]).any() and len(shown) == len(record) - 1

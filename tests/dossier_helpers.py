"""Small invented articles for the dossier tests, built as tables (no extraction)."""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

from claimbrief.dossier import DossierArticle
from claimbrief.tables import make_tables

FIXTURES = Path(__file__).parent / "fixtures"


def article(name: str, statements: list[dict], outlet: str = "Outlet", published: dt.date | None = None,
            reliability: str = "B", language: str = "en", figures: list[dict] | None = None,
            dates: list[dict] | None = None, places: list[dict] | None = None) -> DossierArticle:
    """An article whose sentences are ``statements`` ({text, claimant, certainty, via}) and
    whose figures/dates/places rows name their sentence by ``sentence`` (1-based)."""
    sentences, claims, pos = [], [], 0
    for i, s in enumerate(statements, start=1):
        text = s["text"]
        sentences.append({"id": i, "start": pos, "end": pos + len(text), "text": text, "block": "body"})
        claims.append({"sentence_id": i, "start": pos, "end": pos + len(text), "kind": s.get("kind", "claim"),
                       "claimant": s.get("claimant", "article"), "via": s.get("via"),
                       "certainty": s.get("certainty", "stated"), "cue": s.get("cue", "said"), "text": text})
        pos += len(text) + 1
    starts = {s["id"]: s["start"] for s in sentences}
    texts = {s["id"]: s["text"] for s in sentences}

    def spanned(rows):
        out = []
        for r in rows or []:
            r = dict(r)
            sid = r.pop("sentence")
            at = texts[sid].index(r["mention"])
            out.append({"sentence_id": sid, "start": starts[sid] + at, "end": starts[sid] + at + len(r["mention"]),
                        **r})
        return out

    tables = make_tables({"sentences": sentences, "claims": claims, "figures": spanned(figures),
                          "dates": spanned(dates), "places": spanned(places)})
    return DossierArticle(name=name, title=name, tables=tables, outlet=outlet, published=published,
                          reliability=reliability, language=language)


def figure(sentence: int, mention: str, value: float, measure: str, claimant: str, **extra) -> dict:
    """A figures row: people counted, named by its sentence."""
    return {"sentence": sentence, "mention": mention, "value": float(value), "approximate": False, "vague": False,
            "unit": "people", "class": "people", "measure": measure, "claimant": claimant,
            "certainty": "stated", **extra}


def fixture_sentences() -> list[str]:
    """Sentences of the test fixtures' paragraphs (as scripts/bench_extract.py takes them)."""
    found = []
    for path in sorted(FIXTURES.glob("*.txt")):
        paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        for p in paragraphs[1:]:
            found += [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", p) if len(s.split()) >= 6]
    return found


def generated_articles(count: int, seed: int = 7) -> list[DossierArticle]:
    """``count`` articles of about 20 statements each, drawn from the fixtures' sentences,
    every copy lightly edited (a word dropped) so that no two articles share a sentence
    verbatim: the worst case for matching, every copy has to be compared."""
    pool = fixture_sentences()
    claimants = ["article", "the ministry", "Jane Roe", "the police", "a witness", "the company"]
    rng = random.Random(seed)
    out = []
    for i in range(count):
        statements = []
        for _ in range(20):
            words = rng.choice(pool).split()
            del words[rng.randrange(len(words))]
            statements.append({"text": " ".join(words), "claimant": rng.choice(claimants)})
        out.append(article(f"gen{i:04d}", statements, outlet=f"Outlet {i % 37}",
                           published=dt.date(2025, 1, 1) + dt.timedelta(days=i % 300)))
    return out

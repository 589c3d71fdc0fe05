"""The shortcuts the claims stage and the people finder take for speed give exactly what the
long way gives (see also test_extract_speed_rules.py)."""

from __future__ import annotations

import copy
import random
from pathlib import Path

from claimbrief.extract import actors
from claimbrief.extract.sentences import split_sentences

FIXTURES = Path(__file__).parent / "fixtures"


def _texts() -> list[str]:
    # (the holdout stays unread: nothing is tried on it but the scores)
    return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt")) if "holdout" not in p.parts]


def _resolve_person_long_way(people, mention):
    """resolve_person as written before the last-word test: every word's skeleton worked out."""
    mention = actors._mentioned_name(mention)
    if not mention:
        return None
    tokens, skeletons = actors._name_words(mention)
    names, words, full_skeletons, last_skeletons = actors._people_index(people)[:4]
    if mention not in names and tokens[0] not in words and skeletons not in full_skeletons and \
            not (len(tokens) == 1 and skeletons in last_skeletons):
        return None
    for actor in people:
        if mention == actor.name or mention in actor.aliases:
            return actor
    for actor in people:
        parts = actors._name_words(actor.name)[0]
        if all(t in parts for t in tokens):
            actor.aliases.add(mention)
            return actor
    for actor in people:
        parts, part_skeletons = actors._name_words(actor.name)
        if (part_skeletons == skeletons and actors.same_person_spelling(mention, actor.name)) or \
                (len(tokens) == 1 and part_skeletons[-1:] == skeletons and actors.same_person_spelling(mention, parts[-1])):
            actor.aliases.add(mention)
            return actor
    if "-" in mention or any("-" in actor.name for actor in people):
        for actor in people:
            if actors.same_name_but_hyphens(mention, actor.name):
                actor.aliases.add(mention)
                return actor
    return None


_ODD_MENTIONS = ["", " ", "The", "Mr", "Hryhorenko", "Grigorenko", "Kim Jong-un", "Kim Jong Un", "Jong", "Lee",
                 "Muhammed", "Mohammad Ali", "Evgeny", "Yevgeny Petrov", "Minister Lee", "  Lee  Kim ", "O'Neil",
                 "Ms Ruiz", "Ruiz-Vega", "Dr. Jane Roe", "Roe", "Jane", "Seong Kweun", "Seong-kweun"]


def test_resolve_person_rejects_only_what_the_long_way_rejects():
    rng = random.Random(11)
    texts = _texts()
    for text in texts[::3]:
        actors.forget_article()
        people = actors.find_people(text, split_sentences(text, text.split("\n", 1)[0]))
        extra = [actors.Actor(name, "person") for name in ("Oleh Hryhorenko", "Kim Jong Un", "Mohammad Ali", "Lee Seong-kweun")]
        for group in (people, people + extra, extra, []):
            runs = [run for _s, _e, run in actors.capitalised_runs(text)]
            mentions = runs + _ODD_MENTIONS + [" ".join(rng.sample(run.split(), len(run.split()))) for run in runs[::5]]
            short, long = copy.deepcopy(group), copy.deepcopy(group)
            for mention in mentions:
                found, expected = actors.resolve_person(short, mention), _resolve_person_long_way(long, mention)
                assert (found and found.name) == (expected and expected.name), mention
                assert [sorted(a.aliases) for a in short] == [sorted(a.aliases) for a in long], mention

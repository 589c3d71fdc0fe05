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
    first = mention.split(None, 1)[0]
    if first in actors._CAPITALISED_PARTICLES and " " in mention:  # ("Van Eerden" opening a sentence)
        found = _resolve_person_long_way(people, first.lower() + mention[len(first):])
        if found:
            found.aliases.add(mention)
            return found
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


def _sentence_cues_long_way(body: str):
    """_sentence_cues with every phrase tested on its own: a cue pattern can match where all
    the words of one of its phrases are words of the sentence."""
    from claimbrief.extract import claims

    if not body.isascii() and claims._IGNORECASE_ASCII_LOOKALIKES.search(body):
        return claims._EVERY_CUE
    low = body.lower()
    words = frozenset(claims._WORD_RUN.findall(low))
    _grouped, always, definition_words = claims._cue_index()
    cues = set(always)
    for key, phrases in claims._cue_phrases().items():
        if key == "definition" or key in always:
            continue
        for phrase in phrases:
            if {run.lower() for run in claims._WORD_RUN.findall(phrase)} <= words:
                cues.add(key)
    if any(word in low for word in definition_words):
        cues.add("definition")
    if not claims._NEGATION_WORDS.isdisjoint(words) or "n't" in low or "n’t" in low:
        cues.add("negation")
    return cues


def test_sentence_cues_are_those_whose_phrase_words_the_sentence_holds():
    from claimbrief.extract import claims
    from claimbrief.extract.sentences import split_sentences

    rng = random.Random(5)
    phrases = [phrase for key, listed in claims._cue_phrases().items() for phrase in listed]
    bodies = ["", " ", "said", "SAID", "was said", "not", "n’t", "Saïd said", "sa\u0130d", "\u017faid"]
    for text in _texts()[::6]:
        bodies += [s["text"] for s in split_sentences(text, text.split("\n", 1)[0])]
    bodies += [" ".join(rng.sample(phrases, 3)) for _ in range(400)]
    bodies += [" ".join(rng.choice(phrase.split()) for phrase in rng.sample(phrases, 4)) for _ in range(400)]
    for body in bodies:
        assert set(claims._sentence_cues(body)) == set(_sentence_cues_long_way(body)), body


def _name_skeleton_long_way(name: str) -> str:
    import unicodedata
    from itertools import groupby

    key = actors._NOT_LETTER.sub("", unicodedata.normalize("NFKD", name.lower()))
    for old, new in actors._TRANSLIT:
        key = key.replace(old, new)
    key = key.translate(str.maketrans("", "", "aeiouy"))
    return "".join(letter for letter, _ in groupby(key))


def test_name_skeletons_are_what_the_long_way_gives():
    rng = random.Random(3)
    words = {"", " ", "O'Neil", "Jong-un", "Saïd", "İstanbul", "Mc-Donald’s", "A.B.", "X", "Ü", "1st", "ǅ", "ﬁn", "KHAN",
             "Dzhokhar", "Tchaikovsky", "Schmidt", "Grigorenko", "Hryhorenko", "Yevgeny", "Evgeny", "Ksenia", "Xenia"}
    for text in _texts()[::4]:
        words.update(text.split()[:3000])
    alphabet = "abcdefghijklmnopqrstuvwxyzAEIOUYKHZG'-.’ éüİı0"
    words.update("".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 12))) for _ in range(3000))
    for word in words:
        assert actors.name_skeleton.__wrapped__(word) == _name_skeleton_long_way(word), word


def test_a_role_word_of_a_run_is_what_the_role_pattern_matches():
    role = actors._patterns()["role"]
    rng = random.Random(9)
    words = set(actors.lexicon()["role_words"])
    words.update(w for phrase in list(words) for w in phrase.split())
    for text in _texts()[::4]:
        words.update(text.split()[:3000])
    words.update(w.lower() for w in list(words)[:500])
    words.update(w + rng.choice(".-’s") for w in list(words)[:500])
    for word in words:
        for token in word.split():
            assert (token in actors._one_word_roles()) == bool(role.match(token)), token

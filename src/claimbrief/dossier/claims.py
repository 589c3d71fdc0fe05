"""Claims across articles: copies, the same fact, corroboration, contradiction, credibility.

A *statement* is one claim row (kind claim or headline) of one compared article.  The
rules, in the order they apply (the dossier's appendix repeats them):

1. **Copies.** Two statements are copies (a wire story reprinted, a sentence lightly
   edited) when they take the same stance (rule 3) and their folded texts
   (:func:`~claimbrief.dossier.text.fold_text`) are at least ``COPY_SIMILARITY`` similar by
   rapidfuzz's ``token_sort_ratio`` (word order ignored) with lengths within
   ``COPY_LENGTH`` of each other.  A statement is compared only with the copies already
   found that share one of its rarest word 3-grams (:mod:`~claimbrief.dossier.blocking`).
2. **The same fact.** Two sets of copies state the same fact in other words when, leaving
   out the story's own words, they share at least ``FACT_SHARED`` words and the shared
   words weigh at least ``FACT_OVERLAP`` of the lighter statement's words.  A statement's
   words are its content words (:func:`~claimbrief.dossier.text.content_words`, without
   the claimant's, conduit's and outlet's names) and its anchors (the values of its
   figures, its resolved dates); the story's own words are those in more than
   ``STORY_SHARE`` of the articles (in a dossier of ``STORY_ARTICLES`` or more: the dam,
   the town, the company, the day of the collapse are in every article and tell no claim
   from another; a figure's value is never one: a count most articles repeat is the fact
   they corroborate, not the story's subject); each other word weighs its rarity, log(1 + statements / statements holding
   it).  Two statements that give different values of one measure
   (:mod:`~claimbrief.dossier.figures`) never state the same fact (that is a conflict of
   figures).  Copies and facts of the same stance linked this way form one *claim*.
3. **Stance.** A statement whose certainty is ``denied`` denies; any other affirms.
4. **Sources.** A claim's independent sources are the distinct named sources
   (:mod:`~claimbrief.dossier.sources`) that affirm it: one claimant carried by three
   outlets is one source; an outlet's own voice is none; the party the claim is about (a
   source the other sources' statements of it name, not as a speaker: "warned Alpha Ferries of
   rust holes", not "Alpha Ferries reported") is no source of it unless it confirms it.
5. **Contradiction.** A named source's denial opposes another named source's affirming
   statement when the two state the same fact (rule 2 across stances), or when, in one
   article, the denial names that source (a word of its name that is no function word,
   no place and not in the denier's own name: "denied ignoring warnings from a trade
   union").  Each pair of opposed claims is listed once, with its first statements.
6. **Corroborated** when two or more independent sources affirm a claim; **relayed** when
   one source's statement is carried by two or more outlets.
7. **Credibility** (Admiralty 1-6), computed from the counts of independent sources that
   affirm (A) and deny (D) a claim, denials of opposed claims included: A = 0: 6 (cannot be
   judged); D >= A: 4 (doubtful) when equal, 5 (improbable) when more deny; A >= 2: 1
   (confirmed by independent sources), 2 (probably true) when some deny; A = 1: the best
   information credibility the carrying articles' metadata give (6, cannot be judged,
   unless an analyst graded them), never 1.  The grade is never better than the sources
   allow: a source's reliability for a claim is its register grade, else the best grade
   of the outlets that carry its statements of the claim (how the information reached
   us); confirmation whose second most reliable source is C is at best 2, D at best 3,
   E at best 4 (F, not graded, sets no bound).  The reliability letter shown with it is
   the best of the affirming sources'.
8. **First report**: the earliest statement of the claim in story order (an undated
   article's only when no dated article carries it).
9. **Reprint**: an article at least ``REPRINT_SHARE`` of whose statements (and at least
   ``REPRINT_MIN``) are copies of one earlier article's is that article's reprint; of two
   articles of the same day, the original is the one whose outlet the other names (a
   wire copy keeps its credit, "(Orbis) -").
"""

from __future__ import annotations

import math
import re
from collections import Counter

import pandas as pd
from rapidfuzz import fuzz

from ..article import CREDIBILITY
from ..measures import values_agree
from .blocking import Index, components
from .figures import _row, comparable, figure_key
from .inputs import records, typed
from .text import content_words, fold_text, hashed, name_words, shingles

STATEMENT_KINDS = ("claim", "headline")
COPY_SIMILARITY = 88
COPY_LENGTH = 0.7
FACT_SHARED = 2
FACT_OVERLAP = 0.3
STORY_SHARE = 0.5
STORY_ARTICLES = 4
REPRINT_SHARE = 0.6
REPRINT_MIN = 3
# the reliability of the second-best affirming source bounds the credibility (rule 7)
RELIABILITY_BOUND = {"A": 1, "B": 1, "C": 2, "D": 3, "E": 4, "F": 1}

STATEMENT_COLUMNS = {
    "statement": "Int64",       # row number in this table
    "claim": "Int64",           # the claim group (claim_groups.claim)
    "copy": "Int64",            # the set of copies it belongs to
    "article": "string",
    "order": "Int64",           # the article's place in story order
    "outlet": "string",
    "outlet_reliability": "string",
    "published": "string",
    "sentence_id": "Int64",
    "kind": "string",           # claim or headline
    "text": "string",
    "claimant_as_written": "string",
    "source": "string",         # canonical (sources.source)
    "named": "boolean",         # a named source (not the outlet's own voice)
    "via": "string",            # the conduit, canonical
    "certainty": "string",
    "stance": "string",         # affirms or denies
    "stated": "string",         # ISO date the statement was made (its own date, else published)
    "figures": "string",        # the numbers it gives, "; "-separated
    "dates": "string",          # resolved dates it gives
    "places": "string",         # canonical places it names
}
GROUP_COLUMNS = {
    "claim": "Int64",
    "text": "string",           # the first report's words
    "statements": "Int64",
    "articles": "Int64",
    "outlets": "Int64",
    "article_list": "string",   # "; "-separated, story order
    "outlet_list": "string",
    "first_article": "string",
    "first_published": "string",
    "first_source": "string",
    "sources": "Int64",         # independent named sources that affirm it
    "source_list": "string",
    "deniers": "Int64",         # independent named sources that deny it
    "denier_list": "string",
    "voices": "string",         # outlets whose own voice states it
    "corroborated": "boolean",
    "contradicted": "boolean",
    "relayed": "boolean",
    "reliability": "string",    # best affirming source's (A-F)
    "credibility": "Int64",     # 1-6 (rule 7)
    "grade": "string",          # e.g. B1
    "basis": "string",          # why that credibility, one sentence
}
CONTRADICTION_COLUMNS = {
    "affirms_claim": "Int64",   # the claim one source affirms
    "denies_claim": "Int64",    # the claim another source denies it with
    "rule": "string",           # "same fact" or "denial names the source" (rule 5)
    "affirms_source": "string", "affirms_article": "string", "affirms_statement": "Int64", "affirms_text": "string",
    "denies_source": "string", "denies_article": "string", "denies_statement": "Int64", "denies_text": "string",
}
REPRINT_COLUMNS = {
    "original": "string", "reprint": "string",
    "shared": "Int64",          # the reprint's statements that copy the original's
    "statements": "Int64",      # the reprint's statements
    "share": "Float64",
}


def _by_sentence(frame: pd.DataFrame) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {}
    for record in records(frame):
        out.setdefault(int(record["sentence_id"]), []).append(_row(record))
    return out


def stated_dates(articles) -> dict[tuple[str, int], object]:
    """(article, sentence_id) -> the date its claim was made: a date in the sentence whose
    event holds the claim's reporting word ("said on Monday")."""
    import datetime as dt

    found = {}
    for article in articles:
        if not article.compared:
            continue
        cues = {int(s): str(c).lower() for s, c in zip(article.tables.claims["sentence_id"],
                                                         article.tables.claims["cue"]) if isinstance(c, str)}
        for d in records(article.tables.dates):
            sid, resolved, event = int(d["sentence_id"]), d.get("resolved"), d.get("event")
            cue = cues.get(sid)
            if not cue or not isinstance(resolved, str) or d.get("precision") != "day" or not isinstance(event, str):
                continue
            if cue in event.lower() and (article.name, sid) not in found:
                try:
                    found[(article.name, sid)] = dt.date.fromisoformat(resolved)
                except ValueError:
                    continue
    return found


def statements_frame(articles, names, stated: dict) -> tuple[pd.DataFrame, list]:
    """One row per statement of the compared articles, in story order (columns:
    :data:`STATEMENT_COLUMNS`; ``claim`` and ``copy`` are filled by :func:`group_claims`),
    and for each statement its comparable figures as (figure key, figure) pairs."""
    rows = []
    for order, article in enumerate(articles, start=1):
        if not article.compared:
            continue
        tables = article.tables
        figures, dates, places = (_by_sentence(tables.figures), _by_sentence(tables.dates),
                                  _by_sentence(tables.places))
        published = article.published.isoformat() if article.published else None
        for record in records(tables.claims):
            c = _row(record)
            if c.get("kind") not in STATEMENT_KINDS or not c.get("claimant"):
                continue
            sid = int(c["sentence_id"])
            source, named = names.source(c["claimant"], article.outlet_name)
            when = stated.get((article.name, sid)) or article.published
            rows.append({
                "statement": len(rows), "claim": None, "copy": None, "article": article.name, "order": order,
                "outlet": article.outlet_name, "outlet_reliability": article.reliability, "published": published,
                "sentence_id": sid, "kind": c["kind"], "text": c.get("text"), "claimant_as_written": c["claimant"],
                "source": source, "named": named, "via": names.canonical(c.get("via")),
                "certainty": c.get("certainty"), "stance": "denies" if c.get("certainty") == "denied" else "affirms",
                "stated": when.isoformat() if when else None,
                "figures": "; ".join(f.get("mention") or "" for f in figures.get(sid, []) if comparable(f)) or None,
                "dates": "; ".join(dict.fromkeys(d["resolved"] for d in dates.get(sid, []) if d.get("resolved"))) or None,
                "places": "; ".join(dict.fromkeys(p["canonical"] for p in places.get(sid, []) if p.get("canonical")))
                or None,
                "_figures": [f for f in figures.get(sid, []) if comparable(f)]})
    keys = [[(figure_key(f, names), f) for f in r.pop("_figures")] for r in rows]
    return typed(rows, STATEMENT_COLUMNS), keys


def _same_copy(a: str, b: str) -> bool:
    if min(len(a), len(b)) < COPY_LENGTH * max(len(a), len(b)):
        return False
    return fuzz.token_sort_ratio(a, b, score_cutoff=COPY_SIMILARITY) > 0


class _Facts:
    """What rule 2 compares of a statement: content words, anchors, figures."""

    def __init__(self, statements: pd.DataFrame, keys: list):
        self.words, self.anchors, self.figures = [], [], []
        for r, fig_keys in zip(records(statements), keys):
            drop = name_words(r["claimant_as_written"]) | name_words(r["source"]) | name_words(r["via"]) \
                | name_words(r["outlet"])
            self.words.append(set(content_words(r["text"], frozenset(drop))))
            anchors = {f"d:{d}" for d in str(r["dates"] or "").split("; ") if d}
            anchors |= {f"v:{f.get('value')}" for _, f in fig_keys if f.get("value") is not None}
            self.anchors.append(anchors)
            self.figures.append(fig_keys)

    def weigh(self, statements: list[int], articles: list[str]) -> None:
        """Weigh each word by its rarity among ``statements`` (the first of each set of
        copies): log(1 + n / statements holding it); words of the story (``articles`` gives
        each statement's article; never a figure's value) weigh nothing."""
        counts: Counter = Counter()
        per_article: dict[str, set[str]] = {}
        for i in statements:
            words = self.words[i] | self.anchors[i]
            counts.update(words)
            per_article.setdefault(articles[i], set()).update(words)
        story: Counter = Counter()
        for words in per_article.values():
            story.update(w for w in words if not w.startswith("v:"))
        n = max(len(statements), 2)
        self.story = {w for w, c in story.items() if c > STORY_SHARE * len(per_article)} \
            if len(per_article) >= STORY_ARTICLES else set()
        self.weight = {w: math.log(1 + n / c) for w, c in counts.items() if w not in self.story}

    def _weight(self, words) -> float:
        return sum(self.weight.get(w, 0.0) for w in words)

    def same(self, i: int, j: int) -> bool:
        """Rule 2: whether statements ``i`` and ``j`` state the same fact."""
        a = (self.words[i] | self.anchors[i]) - self.story
        b = (self.words[j] | self.anchors[j]) - self.story
        if not a or not b:
            return False
        shared = a & b
        if len(shared) < FACT_SHARED or self.disagree(i, j):
            return False
        lighter = min(self._weight(a), self._weight(b))
        return lighter > 0 and self._weight(shared) / lighter >= FACT_OVERLAP

    def disagree(self, i: int, j: int) -> bool:
        """Whether the two give different values of one measure."""
        for key_a, fa in self.figures[i]:
            for key_b, fb in self.figures[j]:
                if key_a == key_b and not values_agree(fa, fb):
                    return True
        return False


def group_claims(statements: pd.DataFrame, figure_keys: list | None = None
                 ) -> tuple[pd.DataFrame, list[tuple[int, int, str]], int]:
    """The statements with ``copy`` and ``claim`` filled (rules 1-2); the oppositions
    (affirming statement, denying statement, rule) of rule 5; the number of pairs compared.
    ``figure_keys`` as :func:`statements_frame` gives them."""
    n = len(statements)
    if not n:
        return statements, [], 0
    recs = records(statements)
    folded = [fold_text(r["text"]) for r in recs]
    # rule 1: copies (identical folded texts need no comparison)
    features = [shingles(f.split()) for f in folded]
    index = Index.of(features)
    copy = [-1] * n
    reps: list[int] = []
    exact: dict[tuple[str, str], int] = {}
    for i, r in enumerate(recs):
        key = (folded[i], r["stance"])
        if key in exact:
            copy[i] = copy[exact[key]]
            continue
        exact[key] = i
        for c in index.candidates(features[i]):
            rep = reps[c]
            if recs[rep]["stance"] == r["stance"] and _same_copy(folded[i], folded[rep]):
                copy[i] = c
                break
        else:
            copy[i] = len(reps)
            reps.append(i)
            index.add(copy[i], features[i])
    compared = index.comparisons
    # rule 2: the same fact, between the first statements of the sets of copies; a link
    # between an affirming and a denying statement is an opposition (rule 5), not a link
    facts = _Facts(statements, figure_keys or [[] for _ in range(n)])
    facts.weigh(reps, [r["article"] for r in recs])
    words = [hashed(facts.words[rep]) for rep in reps]
    fact_index = Index.of(words)
    links, opposed = [], []
    for c, rep in enumerate(reps):
        for other in fact_index.candidates(words[c]):
            o = reps[other]
            if not facts.same(rep, o):
                continue
            if recs[rep]["stance"] == recs[o]["stance"]:
                links.append((c, other))
            elif recs[rep]["named"] and recs[o]["named"] and recs[rep]["source"] != recs[o]["source"]:
                pair = (rep, o) if recs[rep]["stance"] == "affirms" else (o, rep)
                opposed.append((*pair, "same fact"))
        fact_index.add(c, words[c])
    compared += fact_index.comparisons
    opposed += _named_denials(recs)
    claim_of_copy = components(len(reps), links)
    out = statements.copy()
    out["copy"] = pd.array(copy, dtype="Int64")
    out["claim"] = pd.array([claim_of_copy[c] for c in copy], dtype="Int64")
    return out, opposed, compared


def _named_denials(records: list[dict]) -> list[tuple[int, int, str]]:
    """Rule 5's second half: in one article, a named source's denial that names another
    named source (a word of its name that is no function word, no place and not in the
    denier's own name) opposes that source's affirming statements in the article."""
    place_words = set()
    for r in records:
        for place in str(r["places"] or "").split("; "):
            place_words |= name_words(place)
    by_article: dict[str, list[dict]] = {}
    for r in records:
        if r["named"]:
            by_article.setdefault(r["article"], []).append(r)
    found = []
    for rows in by_article.values():
        for d in rows:
            if d["stance"] != "denies":
                continue
            said = set(fold_text(d["text"]).split())
            own = name_words(d["source"]) | name_words(d["claimant_as_written"])
            for a in rows:
                if a["stance"] != "affirms" or a["source"] == d["source"]:
                    continue
                names = (name_words(a["source"]) | name_words(a["claimant_as_written"])) - own - place_words
                if set(content_words(" ".join(names))) & said or names & said - _function_words():
                    found.append((a["statement"], d["statement"], "denial names the source"))
    return found


def _function_words() -> frozenset[str]:
    from .text import _vocabulary

    return _vocabulary()[0]


def _reliability(source: str, rows: list[dict], reliability: dict[str, str]) -> str:
    """A source's reliability for one claim: its register grade, else the best grade of
    the outlets that carry its statements of the claim (the way the information reached us)."""
    graded = reliability.get(source)
    if graded and graded != "F":
        return graded
    outlets = [r["outlet_reliability"] or "F" for r in rows if r["source"] == source]
    return min(outlets, default="F")


def credibility(affirming: list[str], denying: list[str], grades: dict[str, str],
                metadata: list[int]) -> tuple[int, str]:
    """A claim's information credibility (rule 7) and the sentence that says why;
    ``grades`` maps each affirming source to its reliability for this claim."""
    n_aff, n_den = len(affirming), len(denying)
    if n_aff == 0:
        return 6, "No named source affirms it: it cannot be judged."
    if n_den >= n_aff:
        grade = 4 if n_den == n_aff else 5
        return grade, (f"{n_aff} independent source{'s' if n_aff > 1 else ''} affirm{'s' if n_aff == 1 else ''} it "
                       f"and {n_den} den{'ies' if n_den == 1 else 'y'} it: {CREDIBILITY[grade]}.")
    if n_aff == 1:
        best = min([m for m in metadata if isinstance(m, int) and 2 <= m <= 6] or [6])
        if best == 6:
            return 6, "One source only, not confirmed by another independent source: it cannot be judged."
        return best, f"One source only; the articles' metadata grade its information {best}."
    grade, basis = 1, f"Confirmed by {n_aff} independent sources"
    if n_den:
        grade, basis = 2, basis + f" but denied by {n_den}"
    letters = sorted(grades.get(s, "F") for s in affirming)
    bound = RELIABILITY_BOUND.get(letters[1], 1)
    if bound > grade:
        return bound, (f"{basis}; the second most reliable of them reaches us graded {letters[1]}: "
                       f"at best {bound}, {CREDIBILITY[bound]}.")
    return grade, f"{basis}: {CREDIBILITY[grade]}."


_NAME_WORD = re.compile(r"[A-Z][\w'’-]{3,}")
# a name told as a speaker, not as the party a claim is about: "the ministry reported …",
# "according to the ministry", "citing Alpha"
_SAYS_AFTER = re.compile(r"\s*(?:\([A-Z][\w.&-]{1,9}\)\s*)?(?:,[^,]{0,60},\s*)?(?:has\s+|had\s+|also\s+)?"
                         r"(?:said|says|reported|reports|told|tells|confirmed|announced|stated|estimated|recorded|put|gave|released)\b")
_SAYS_BEFORE = re.compile(r"(?:according\s+to|citing|quoting|quoted\s+by|by)\s+(?:the\s+)?$")
_GENERIC_FIRST = frozenset({"national", "federal", "state", "central", "provincial", "regional", "united", "general", "royal",
                            "ministry", "department", "office", "agency", "government", "international", "world"})


def _party_named(source: str, named: list[dict], claim_rows: list[dict]) -> bool:
    """Whether the other named sources' statements of a claim name ``source`` as the party
    the claim is about (by its full name, or by the first word of a name of two or three
    words: "Alpha" for Alpha Ferries), not as a speaker ("the ministry reported …",
    "according to Alpha"), and ``source`` itself confirms none of them."""
    own = [r for r in named if r["source"] == source]
    if not own or any(r["certainty"] == "confirmed" for r in own):
        return False
    words = source.split()
    marks = {source} | ({words[0]} if 2 <= len(words) <= 3 and _NAME_WORD.fullmatch(words[0])
                        and words[0].lower() not in _GENERIC_FIRST else set())
    for r in named:
        if r["source"] == source:
            continue
        for mark in marks:
            for m in re.finditer(rf"\b{re.escape(mark)}\b", r["text"]):
                text = r["text"]
                if mark != source and text.startswith(source, m.start()):
                    continue  # (the whole name, read as such)
                if not _SAYS_AFTER.match(text, m.end()) and not _SAYS_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
                    return True
    return False


def claim_groups(statements: pd.DataFrame, opposed: list[tuple[int, int, str]], reliability: dict[str, str],
                 metadata: dict[str, int]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(claim groups, contradictions) of the grouped statements (columns:
    :data:`GROUP_COLUMNS`, :data:`CONTRADICTION_COLUMNS`).  ``opposed`` as
    :func:`group_claims` gives it; ``reliability`` maps a source to its register grade
    A-F, ``metadata`` an article to its metadata information credibility."""
    groups, contradictions = [], []
    recs = records(statements)
    by_id = {r["statement"]: r for r in recs}
    by_claim: dict[int, list[dict]] = {}
    for r in recs:
        by_claim.setdefault(int(r["claim"]), []).append(r)
    # rule 5: oppositions between claims, each pair once, the first statements of each side
    against: dict[int, set[str]] = {}
    pairs: dict[tuple[int, int], tuple[dict, dict, str]] = {}
    for a_id, d_id, rule in opposed:
        a, d = by_id[a_id], by_id[d_id]
        key = (int(a["claim"]), int(d["claim"]))
        if key[0] == key[1]:
            continue
        against.setdefault(key[0], set()).add(d["source"])
        earlier = pairs.get(key)
        if earlier is None or (a["order"], a["sentence_id"]) < (earlier[0]["order"], earlier[0]["sentence_id"]):
            pairs[key] = (a, d, rule)
    involved = {c for pair in pairs for c in pair}
    for claim in sorted(by_claim):
        rows = sorted(by_claim[claim], key=lambda r: (r["order"], r["sentence_id"]))
        first = rows[0]
        named = [r for r in rows if r["named"]]
        affirming = list(dict.fromkeys(r["source"] for r in named if r["stance"] == "affirms"))
        denying = list(dict.fromkeys(r["source"] for r in named if r["stance"] == "denies"))
        # an opposition read from another claim does not outweigh a source's own affirmation of
        # this one (the engineer who saw the cracks and "never had contact with the union")
        # the party a claim is about does not corroborate it by being grouped with it: a source
        # the other sources' statements of the claim name ("the union warned Alpha of rust holes")
        # whose own words are no confirmation ("every report was logged and inspected")
        affirming = [s for s in affirming if not _party_named(s, named, claim_rows=rows)]
        denying += [s for s in sorted(against.get(claim, ())) if s not in denying and s not in affirming]
        # a source that both affirms and denies (a retraction) is counted once, as denying
        affirming = [s for s in affirming if s not in denying]
        grades = {s: _reliability(s, rows, reliability) for s in affirming}
        grade, basis = credibility(affirming, denying, grades, [metadata.get(r["article"]) for r in rows])
        outlets_by_source: dict[str, set[str]] = {}
        for r in named:
            outlets_by_source.setdefault(r["source"], set()).add(r["outlet"])
        best = min(grades.values(), default=None) or min((r["outlet_reliability"] or "F" for r in rows), default="F")
        article_list = list(dict.fromkeys(r["article"] for r in rows))
        outlet_list = list(dict.fromkeys(r["outlet"] for r in rows))
        groups.append({
            "claim": claim, "text": first["text"], "statements": len(rows),
            "articles": len(article_list), "outlets": len(outlet_list),
            "article_list": "; ".join(article_list), "outlet_list": "; ".join(outlet_list),
            "first_article": first["article"], "first_published": first["published"], "first_source": first["source"],
            "sources": len(affirming), "source_list": "; ".join(affirming) or None,
            "deniers": len(denying), "denier_list": "; ".join(denying) or None,
            "voices": "; ".join(dict.fromkeys(r["outlet"] for r in rows if not r["named"])) or None,
            "corroborated": len(affirming) >= 2, "contradicted": claim in involved or bool(affirming and denying),
            "relayed": any(len(v) >= 2 for v in outlets_by_source.values()),
            "reliability": best, "credibility": grade, "grade": f"{best}{grade}", "basis": basis})
    for (a_claim, d_claim), (a, d, rule) in sorted(pairs.items()):
        contradictions.append({
            "affirms_claim": a_claim, "denies_claim": d_claim, "rule": rule,
            "affirms_source": a["source"], "affirms_article": a["article"], "affirms_statement": a["statement"],
            "affirms_text": a["text"], "denies_source": d["source"], "denies_article": d["article"],
            "denies_statement": d["statement"], "denies_text": d["text"]})
    return typed(groups, GROUP_COLUMNS), typed(contradictions, CONTRADICTION_COLUMNS)


def reprints(statements: pd.DataFrame) -> pd.DataFrame:
    """Articles that reprint an earlier one (rule 9; columns: :data:`REPRINT_COLUMNS`)."""
    rows = []
    if not len(statements):
        return typed(rows, REPRINT_COLUMNS)
    recs = records(statements)
    info: dict[str, dict] = {}
    for r in recs:
        a = info.setdefault(r["article"], {"order": r["order"], "published": r["published"], "outlet": r["outlet"],
                                           "text": [], "copies": Counter()})
        a["text"].append(r["text"] or "")
        a["copies"][int(r["copy"])] += 1
    holders: dict[int, set[str]] = {}
    for name, a in info.items():
        for c in a["copies"]:
            holders.setdefault(c, set()).add(name)
    for name, a in sorted(info.items(), key=lambda kv: kv[1]["order"]):
        counts: Counter = Counter()
        for c, n in a["copies"].items():
            for other in holders[c] - {name}:
                if _precedes(info[other], a):
                    counts[other] += n
        if not counts:
            continue
        original, shared = max(counts.items(), key=lambda kv: (kv[1], -info[kv[0]]["order"]))
        total = sum(a["copies"].values())
        if shared >= REPRINT_MIN and shared / total >= REPRINT_SHARE:
            rows.append({"original": original, "reprint": name, "shared": shared, "statements": total,
                         "share": round(shared / total, 3)})
    return typed(rows, REPRINT_COLUMNS)


def _precedes(a: dict, b: dict) -> bool:
    """Whether article ``a`` can be the original of ``b``: published earlier; on the same
    day (or both undated), the one whose outlet the other names ("(Orbis) -"), else the
    earlier in story order."""
    if a["published"] != b["published"]:
        return a["published"] is not None and (b["published"] is None or a["published"] < b["published"])
    a_named = _names(a["outlet"], b["text"])
    b_named = _names(b["outlet"], a["text"])
    if a_named != b_named:
        return a_named
    return a["order"] < b["order"]


def _names(outlet, texts: list[str]) -> bool:
    import re

    if not outlet:
        return False
    pattern = re.compile(rf"(?<!\w){re.escape(outlet)}(?!\w)")
    return any(pattern.search(t) for t in texts)

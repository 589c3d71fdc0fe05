"""Claims: for each sentence its kind, claimant, conduit (via), certainty and cue.

The rules, in the order they decide:

1. The block decides headlines and captions; a term followed by "refers to"/"means"
   makes a definition.
2. "according to X" makes X the claimant with certainty *reported*.
3. A reporting verb with a person, organisation or state as its subject ("Kim told",
   "He also predicts", "X, who ..., said", "said X") makes that actor the claimant; the
   verb's group in the lexicon gives the certainty.  A neutral verb ("said") whose
   complement speaks of the future or hedges becomes *predicted* or *hedged*.
4. Otherwise the article speaks: the earliest hedge, report, prediction or denial cue sets
   the certainty ("reports indicate" also makes the claimant *unattributed reports*).
5. A sentence naming what is not known is a *gap*; an article-voice sentence with no cue,
   figure or date is *background*; everything else is a check-worthy *claim*.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import alternation, lexicon, words
from .actors import Actor, capitalised_runs, is_geo_name, is_news_organisation, is_organisation, resolve_person

ARTICLE = "article"
UNATTRIBUTED = "unattributed reports"

_AUX = r"(?:has|have|had|also|previously|later|then|again|further|repeatedly|publicly|once|already|first|recently|earlier|had\s+earlier|would|will|did|does|do|not|never|reportedly|now|still|just|even|only|initially|separately|privately|openly|himself|herself|itself|themselves)"


@lru_cache(maxsize=1)
def _patterns() -> dict:
    lex = lexicon()
    verb_group = {}
    for group, verbs in lex["reporting_verbs"].items():
        for verb in verbs:
            verb_group[verb.lower()] = group
    return {
        "verb_group": verb_group,
        "verb": re.compile(rf"\b(?:{alternation(verb_group)})\b", re.IGNORECASE),
        "according": re.compile(rf"\b(?:{alternation(lex['according_phrases'])})\s+", re.IGNORECASE),
        "hedged": re.compile(rf"\b(?:{alternation(lex['hedge_phrases'])})\b", re.IGNORECASE),
        "reported": re.compile(rf"\b(?:{alternation(lex['reported_phrases'])})\b", re.IGNORECASE),
        "predicted": re.compile(rf"\b(?:{alternation(lex['predicted_phrases'])})\b", re.IGNORECASE),
        "denied": re.compile(rf"\b(?:{alternation(lex['denied_phrases'])})\b", re.IGNORECASE),
        "gap": re.compile(rf"\b(?:{alternation(lex['gap_phrases'])})\b", re.IGNORECASE),
        "definition": re.compile(
            rf"^\W*(?:the\s+term\s+)?[“\"‘']?[\w\s\-’']{{1,40}}?[”\"’']?\s*(?:\([^)]*\)\s*)?(?:{alternation(lex['definition_phrases'])})\b",
            re.IGNORECASE),
        "unnamed": re.compile(rf"^(?:the\s+|some\s+|many\s+|other\s+|several\s+|local\s+|western\s+|military\s+|unnamed\s+|unconfirmed\s+|earlier\s+)*(?:{alternation(lex['unnamed_sources'])})$", re.IGNORECASE),
        "pronoun": re.compile(rf"^(?:{alternation(lex['person_pronouns'])})$", re.IGNORECASE),
        "conduit": re.compile(rf"\b(?:{alternation(lex['conduit_phrases'])})\s+", re.IGNORECASE),
        "media_prefix": re.compile(rf"^(?:the\s+)?(?:[A-Z][\w-]*\s+)*?(?:{alternation(lex['media_nouns'])})\s+", re.IGNORECASE),
        "aux_tail": re.compile(rf"(?:[\s,]+{_AUX})*[\s,]*$", re.IGNORECASE),
    }


class Context:
    """What claim attribution carries from one sentence to the next."""

    def __init__(self, people: list[Actor], organisations: list[str] | None = None):
        self.people = people
        self.organisations = organisations or []
        self.last_person: Actor | None = None


def _resolve(np: str, ctx: Context) -> tuple[str, str | None] | None:
    """Turn a subject noun phrase into (claimant, role), or None if it is not an actor."""
    np = np.strip(" ,“”\"'’‘")
    if not np:
        return None
    pats = _patterns()
    if pats["pronoun"].match(np):
        if ctx.last_person:
            return ctx.last_person.name, ctx.last_person.role
        return None
    if pats["unnamed"].match(np):
        return UNATTRIBUTED, None
    person = resolve_person(ctx.people, np)
    if person:
        ctx.last_person = person
        return person.name, person.role
    name = np.removeprefix("the ").removeprefix("The ")
    if is_organisation(name) or is_geo_name(name):
        return name, None
    lower = np.lower()
    for org in ctx.organisations:  # "the ministry" -> the ministry named before
        if lower.split()[-1] in org.lower().split():
            return org, None
    if re.match(r"^(?:the\s+)?(?:[a-z]+\s+){0,3}(?:ministry|government|company|police|army|military|spokesperson|spokesman|spokeswoman|statement|authorities|agency|office|department|court|officials?|commission|council|committee|prosecutors?|investigators?|firm|group|organisation|organization|party|campaign|union|embassy|kremlin|white house|pentagon)$", np, re.IGNORECASE):
        return np[0].upper() + np[1:] if not np.lower().startswith("the ") else np[4:5].upper() + np[5:], None
    return None


def _subject_before(text: str, sent_start: int, verb_start: int, ctx: Context) -> tuple[str, str | None] | None:
    """The actor that is the subject of a verb at verb_start, looking left in its clause."""
    left = text[sent_start:verb_start]
    left = _patterns()["aux_tail"].sub("", left)
    # "X, who ..., said" / "X, the company's chief, said": skip one comma-delimited clause
    appositive = re.search(r"([^,]+),\s+(?:who|which|whose|the|a|an|its|his|her)\b[^,]*,?$", left)
    candidates = [left]
    if appositive:
        candidates.append(left[: appositive.end(1)])
    for chunk in candidates:
        chunk = chunk.rstrip(" ,")
        pronoun = re.search(r"\b(he|she|He|She)$", chunk)
        if pronoun:
            return _resolve(pronoun.group(1), ctx)
        runs = list(capitalised_runs(chunk, max(0, len(chunk) - 80)))
        if runs and runs[-1][1] == len(chunk):
            found = _resolve(runs[-1][2], ctx)
            if found:
                return found
        np = re.search(r"((?:[Tt]he\s+|[Ss]ome\s+|[Mm]any\s+)?(?:[\w’'-]+\s+){0,3}[\w’'-]+)$", chunk)
        if np:
            # try the shortest tail first: "... when police" -> "police"
            tokens = np.group(1).split()
            for k in range(1, len(tokens) + 1):
                found = _resolve(" ".join(tokens[-k:]), ctx)
                if found:
                    return found
    return None


def _subject_after(text: str, verb_end: int, sent_end: int, ctx: Context) -> tuple[str, str | None] | None:
    """The subject of a post-posed verb: '..., said John Smith' or '..., said the ministry'."""
    right = text[verb_end:sent_end]
    match = re.match(r"\s+((?:the\s+)?[A-Z][^,.;:]{0,60}?|he|she|the\s+[a-z]+(?:\s+[a-z]+)?)(?=[,.;:]|\s+(?:on|in|at|who|after|before|during)\b|$)", right)
    if match:
        np = match.group(1)
        runs = list(capitalised_runs(np))
        if runs:
            return _resolve(runs[0][2] if runs[0][0] == 0 else np, ctx) or _resolve(np, ctx)
        return _resolve(np, ctx)
    return None


def _conduit(sentence: str) -> str | None:
    """The news organisation that carried the claim: 'in an interview with X', 'told X'."""
    pats = _patterns()
    for match in pats["conduit"].finditer(sentence):
        rest = sentence[match.end():]
        rest = pats["media_prefix"].sub("", rest, count=1)
        runs = list(capitalised_runs(rest, 0, min(len(rest), 80)))
        if runs and runs[0][0] <= 12:
            name = runs[0][2]
            if is_news_organisation(name):
                return name
    return None


def _complement_certainty(text: str) -> str | None:
    pats = _patterns()
    if pats["predicted"].search(text):
        return "predicted"
    if pats["hedged"].search(text):
        return "hedged"
    return None


def classify_sentence(sentence: dict, text: str, ctx: Context, has_figure: bool, has_date: bool) -> dict:
    """One row of the claims table for one sentence."""
    s, e = sentence["start"], sentence["end"]
    body = text[s:e]
    row = {"sentence_id": sentence["id"], "start": s, "end": e, "text": body, "kind": None,
           "claimant": None, "claimant_role": None, "via": None, "certainty": None, "cue": None}
    pats = _patterns()
    if sentence["block"] == "caption":
        row["kind"] = "caption"
        return row
    if sentence["block"] != "headline" and pats["definition"].match(body):
        row["kind"] = "definition"
        return row

    attribution = None  # (claimant, role, certainty, cue)
    according = pats["according"].search(body)
    if according:
        rest = body[according.end():]
        runs = list(capitalised_runs(rest, 0, min(len(rest), 80)))
        np = runs[0][2] if runs and runs[0][0] == 0 else re.match(r"[\w’' -]{1,40}?(?=[,.;]|$)", rest).group(0) if re.match(r"[\w’' -]{1,40}?(?=[,.;]|$)", rest) else ""
        found = _resolve(np, ctx) or (_resolve(np.split()[-1], ctx) if np.split() else None)
        if found:
            attribution = (found[0], found[1], "reported", according.group(0).strip())
    if attribution is None:
        for verb in pats["verb"].finditer(body):
            vs, ve = s + verb.start(), s + verb.end()
            word = verb.group(0).lower()
            before = body[: verb.start()].rstrip()
            passive = re.search(r"\b(?:was|were|is|are|been|be|being)(?:\s+\w+ly)?$", before, re.IGNORECASE)
            if sentence["block"] != "headline" and verb.group(0)[0].isupper() and verb.start() > 0:
                continue  # a capitalised verb inside body text is a name ("Said", "Claims")
            group = pats["verb_group"][word]
            if passive:
                agent = re.match(r"\s+by\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)", body[verb.end():])
                found = _resolve(agent.group(1), ctx) if agent else None
                if found:
                    attribution = (found[0], found[1], group, f"{passive.group(0)} {word} by")
                    break
                continue
            found = _subject_before(text, s, vs, ctx) or _subject_after(text, ve, e, ctx)
            if found:
                certainty = group
                if group == "stated":
                    certainty = _complement_certainty(body[verb.end():]) or group
                attribution = (found[0], found[1], certainty, word)
                break
    if attribution and attribution[0] == UNATTRIBUTED:
        attribution = (UNATTRIBUTED, None, "reported", attribution[3])

    if attribution is None:
        cues = []
        for certainty in ("hedged", "reported", "predicted", "denied"):
            match = pats[certainty].search(body)
            if match:
                cues.append((match.start(), certainty, match.group(0)))
        passive_verb = re.search(rf"\b(?:was|were|is|are|has been|have been|had been)\s+(?:{alternation(pats['verb_group'])})\b", body, re.IGNORECASE)
        if cues:
            _, certainty, cue = min(cues)
            claimant = UNATTRIBUTED if certainty == "reported" else ARTICLE
            attribution = (claimant, None, certainty, cue)
        elif passive_verb:
            group = pats["verb_group"][passive_verb.group(0).split()[-1].lower()]
            attribution = (ARTICLE, None, group if group in ("confirmed", "denied") else "stated", passive_verb.group(0))
        else:
            attribution = (ARTICLE, None, "stated", None)

    row["claimant"], row["claimant_role"], row["certainty"], row["cue"] = attribution
    if row["claimant"] not in (ARTICLE, UNATTRIBUTED):
        row["via"] = _conduit(body)
        if row["via"] == row["claimant"]:
            row["via"] = None
    if sentence["block"] == "headline":
        row["kind"] = "headline"
    elif pats["gap"].search(body) and not has_figure:
        row["kind"] = "gap"
    elif row["claimant"] == ARTICLE and row["cue"] is None and not has_figure and not has_date:
        row["kind"] = "background"
    else:
        row["kind"] = "claim"
    return row


def extract_claims(text: str, sentences: list[dict], people: list[Actor],
                   figure_sentences: set[int], date_sentences: set[int],
                   organisations: list[str] | None = None) -> list[dict]:
    """Rows of the claims table, one per sentence, in order."""
    ctx = Context(people, organisations)
    rows = []
    for sentence in sentences:
        rows.append(classify_sentence(sentence, text, ctx, sentence["id"] in figure_sentences,
                                      sentence["id"] in date_sentences))
        # the last person named in a sentence is who "he"/"she" means next
        for r_start, _r_end, run in capitalised_runs(text, sentence["start"], sentence["end"]):
            person = resolve_person(people, run)
            if person:
                ctx.last_person = person
    return rows

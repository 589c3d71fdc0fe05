"""The extraction stage: an :class:`~claimbrief.article.Article` in, six tables out.

Pure functions only; reading the article and writing the CSV files happen at the edges
(:mod:`claimbrief.article`, :mod:`claimbrief.tables`).  Importing this stage loads neither
matplotlib nor the notebook stack.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from collections import Counter
from functools import lru_cache

from ..article import Article
from ..language import ENGLISH
from ..lexicon import word_set
from ..tables import Tables, make_valid_tables
from .actors import (_MIXED_CASE_ACRONYM, Actor, _big_city, _country_names, _verb_follows, article_memo, capitalised_runs, clipped_name,
                     compass_words, find_people, forget_article,
                     government_name, in_capitals, is_demonym, is_geo_name, is_news_organisation, is_organisation, locate)
from .claims import ARTICLE, UNATTRIBUTED, UNNAMED_HOLDER_HEADS, UNRESOLVED, _SENTENCE_STOP, _is_point, extract_claims
from .dates import NO_PUBLICATION, date_span, extract_dates
from .figures import extract_figures
from .gazetteer import country_name, demonym_index, fold, country_index, capital_index, national_currencies
from .gazetteer import load as load_indexes
from .places import extract_places
from .sentences import split_sentences

__all__ = ["extract", "extract_rows"]

# Fixed patterns, compiled once (a pattern passed to re.search() as a string is looked up
# in the re module's cache on every call).
_BASED = re.compile(r"-(?:based|born|headquartered)$")
_SPACES = re.compile(r"\s+")
_AFTER_DATELINE_WORD = re.compile(r"\s*(?:,|\(|—|–|--?\s|:)")
_JOINING_WORDS = re.compile(r"\s+(?:of|for|on)\s+(?:the\s+)?")
# "on" before a day or a month dates what the body did, it names no part of it ("Tata
# Industries Ltd on Thursday", "the Bombay High Court on March 3")
_ON_DATE = re.compile(r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
                      r"|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct"
                      r"|Nov|Dec)\b)")
_NON_SPACE = re.compile(r"\S+")
_SPACES_OR_HYPHENS = re.compile(r"[\s\-]+")
_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}")
_ACRONYM_IN_BRACKETS = re.compile(r"\s*\(([A-Z][A-Za-z.&-]{1,9})\)")
_CAPITALS_IN_BRACKETS = re.compile(r"\s*\([A-Z]{2,9}\)")


def _organisations(text: str, people: list[Actor]) -> list[Actor]:
    person_spans = [span for p in people for span in p.spans]
    found: dict[str, Actor] = {}
    org_words = _ORG_WORDS()
    # (a "person" the text names only as the second field of a body's name is no person:
    # "Ministry of Agriculture and Rural Development", every time after "… and ")
    named_apart = [span for p in people if p.role or not all(_AFTER_AND_CAPITAL.search(text, max(0, s - 40), s)
                                                             for s, _e in p.spans) for span in p.spans]
    for start, end, run in _joined_runs(text, named_apart):
        tokens = run.split()
        # a name the text follows with its own initials in brackets is an organisation's,
        # whatever word it ends in ("Harbour Rights Forum (HRF)"): people are given no acronyms
        bracket = _ACRONYM_IN_BRACKETS.match(text, end, end + 14) if text.startswith("(", end) or \
            text[end:end + 2].lstrip().startswith("(") else None
        if bracket and not any(s <= start < e for s, e in person_spans):
            # the initials may spell more than the run: "Board of Water Supply (BWS)", whose
            # "of" splits it into two runs (the name is then the words they spell)
            start, run = _spelled_by(text, start, end, run, _undotted(bracket.group(1)))
            name = _SPACES.sub(" ", run[4:] if run.startswith("The ") else run)
            if len(name.split()) >= 2 and _initials(name) == _undotted(bracket.group(1)):
                where = locate(run, name)
                if where:
                    found.setdefault(name, Actor(name=name, kind="organisation")).spans.append(
                        (start + where[0], start + where[1]))
                    continue
            listed = _FIELDS_BEFORE_BRACKET.search(text, max(0, start - 90), end)
            name = _SPACES.sub(" ", _LEADING_THE_WORD.sub("", listed.group("name"))) if listed else ""
            if listed and (is_organisation(name) or _BODY_OF_FIELDS.match(name)):
                # "The Meteorology, Climatology and Geophysics Agency (BMKG)": the fields a body's
                # name lists, whatever language its acronym is in, are one name
                lo, hi = listed.end("name") - len(name), listed.end("name")
                found.setdefault(name, Actor(name=name, kind="organisation")).spans.append((lo, hi))
                for inner in [k for k, a in found.items() if k != name and a.spans and all(lo <= s and e <= hi for s, e in a.spans)]:
                    del found[inner]  # (its first field, read before as a name of its own: "National Centre for Soils")
                continue
        if 2 <= len(tokens) <= 5 and tokens[-1].lower() in _country_names() and tokens[0] not in ("The", "A", "An", "In", "On", "At") \
                and not is_geo_name(run) and not any(is_geo_name(t) or t.lower() in compass_words() or t in _STATE_WORDS for t in tokens[:-1]) \
                and not any(s <= start < e for s, e in person_spans) \
                and (_verb_follows(text[end:end + 40].split("\n", 1)[0]) or _BODY_ASIDE_AFTER.match(text, end)):
            # "Transparency Alphaland said", "Amnesty Alphaland said": a body's branch in a country,
            # by its whole name, not the country's government
            found.setdefault(run, Actor(name=run, kind="organisation")).spans.append((start, end))
            continue
        if 2 <= len(tokens) <= 4 and in_capitals(run) and all(t.isalpha() for t in tokens) \
                and not is_geo_name(run.title()) and not any(s <= start < e for s, e in person_spans) \
                and (text.startswith(("'s ", "’s "), end) or _verb_follows(text[end:end + 40].split("\n", 1)[0])):
            # "ROAD SAFE said", "ROAD SAFE's estimate": a body's name written in capitals, as
            # some agencies write their own (a line in capitals has no verb after its words)
            found.setdefault(run, Actor(name=run, kind="organisation")).spans.append((start, end))
            continue
        # the organisation is the tail of the run that ends in an organisation word
        owned = _state_owner(tokens) if "s " in run else 0
        for i, first in enumerate(tokens):
            if first in ("The", "A", "An", "In", "On", "At") or "-" in first and _BASED.search(first):
                continue  # "Lisbon-based Marlin Shipping" is Marlin Shipping
            if i < owned:
                continue  # "Chile's National Intelligence Bureau" is the National Intelligence Bureau
            name = " ".join(tokens[i:])
            # (where the name stands is looked for only when it is needed)
            if i == len(tokens) - 1 and (name.lower() in org_words or (
                    name.isupper() and len(name) >= 3
                    and (_dateline_at(text, start + (locate(run, name) or (0, 0))[0], name)
                         or " " in run and _dateline_at(text, start, run)))):  # ("KUALA LUMPUR, March 3")
                break  # "the Company" (a defined term), "LOBITO, Angola, March 3 --" (a dateline)
            if name.isupper() and (_tag_or_zone(text, start, end, name) or _capitals_no_body(text, name)):
                break  # "(LEAD)", "(END)": a wire tag; "10:42 GMT": a clock's time zone; "CHF", "EBITDA"
            # (or a newspaper's title after its article: "The Portville Ledger", "the Valley Globe")
            where = (is_organisation(name) or (i and tokens[i - 1] == "The" or not i and text[max(0, start - 4):start] == "the ")
                     and len(tokens) - i >= 2 and is_news_organisation(name)) and locate(run, name)
            if where and not any(s <= start < e for s, e in person_spans):
                name = _SPACES.sub(" ", name)  # a name broken over two lines is one name
                kind = "organisation"
                actor = found.setdefault(name, Actor(name=name, kind=kind))
                actor.spans.append((start + where[0], start + where[1]))
                if owned and i == owned:
                    # the name as written with its owner is one of its names ("Chile's Defense Ministry")
                    actor.aliases.add(_SPACES.sub(" ", " ".join(tokens[1 if tokens[0] == "The" else 0:])))
                if is_news_organisation(name):
                    actor.role = "news organisation"
                break
    _short_names_in_brackets(text, found, person_spans)
    return list(found.values())


# a body's short name in brackets after its name that is no initials a name could be taken for:
# a long run of capitals ("(TAPIPOC)") or one capitalised word ("the Polling Service (Fripol)",
# "the National Meteorology Institute (Inmet)"), as Spanish, Portuguese and Nordic bodies are known
_SHORT_NAME_IN_BRACKETS = re.compile(r"\s*\(([A-Z](?:[A-Z]{6,9}|[a-z]{2,11}))\)")


# a short form of several words in brackets: "Statistics Alphaland (Stats AL)"
_SHORT_FORM_IN_BRACKETS = re.compile(r"\s*\(([A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]*){1,2})\)")


def _abbreviates(short: str, name: str) -> bool:
    """Whether each word of a short form is the name's next word clipped ("Stats" for
    "Statistics") or the initials of its next words ("SA" for "South Africa"), to its end."""
    words = [w for w in _SPACES_OR_HYPHENS.split(name) if w and w.lower() not in _ACRONYM_SKIP]
    i = 0
    for token in short.split():
        if len(token) >= 3 and i < len(words) and token != words[i] and words[i].startswith(token[:3]) \
                and _subsequence(token.lower(), words[i].lower()):
            i += 1
        elif token.isupper() and "".join(w[:1] for w in words[i:i + len(token)]) == token:
            i += len(token)
        else:
            return False
    return i == len(words)


def _subsequence(short: str, word: str) -> bool:
    """Whether the letters of a clipped word come in order in the word ("stats", "statistics")."""
    letters = iter(word)
    return all(c in letters for c in short)


def _short_form_after(text: str, end: int, name: str) -> str | None:
    """The short form in brackets right after a body's name, if it abbreviates the name."""
    short = _SHORT_FORM_IN_BRACKETS.match(text, end, end + 24)
    return short.group(1) if short and _abbreviates(short.group(1), name) else None


def _short_names_in_brackets(text: str, found: dict[str, Actor], person_spans: list) -> None:
    """Each body whose name the text follows with such a short name in brackets: the short
    name, wherever else the text writes it ("The Fripol said", "TAPIPOC said"), is a body of
    its own, which the acronyms' merge then makes one of the body's aliases."""
    if "(" not in text:
        return
    from .places import _vocabulary

    for org in list(found.values()):
        if not is_organisation(org.name):
            continue  # (a place before a bracket is no body: "Portville (Metro)")
        for _start, end in org.spans:
            short = _SHORT_NAME_IN_BRACKETS.match(text, end, end + 16)
            word = short.group(1) if short else _short_form_after(text, end, org.name)
            if not word:
                continue
            if word in found or is_geo_name(word) or word.lower() in _vocabulary() or is_news_organisation(word):
                break
            spans = [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w’'(-]){word}(?![\w’'-])", text)
                     if not any(s <= m.start() < e for s, e in person_spans)]
            if spans:
                found[word] = Actor(name=word, kind="organisation", spans=spans)
            break


_POSSESSIVE_S = re.compile(r"[’']s$")


def _state_owner(tokens: list[str]) -> int:
    """How many tokens a place's possessive opening a run takes ("New Zealand's National
    Water Bureau", "Chile's …"): the place owns the body, it is no part of its
    name; 0 when there is none."""
    i = 1 if tokens and tokens[0] == "The" else 0
    for j in range(i, min(i + 3, len(tokens) - 1)):
        if _POSSESSIVE_S.search(tokens[j]):
            owner = _POSSESSIVE_S.sub("", " ".join(tokens[i:j + 1]))
            # (a big city owns its body too: "Istanbul's Kandilli Observatory")
            return j + 1 if is_geo_name(owner) or _big_city(owner) else 0
    return 0


# words that make a country's name its state's, not a body's in it: "Republic of", "Government"
_STATE_WORDS = frozenset({"Republic", "Government", "Kingdom", "State", "Federal", "People's", "Democratic", "Islamic",
                          "United", "Union", "Commonwealth", "Sultanate", "Emirate", "Principality", "Greater", "Mainland"})
# an aside after a body's name: ", which deployed observers", ", a watchdog,"
_BODY_ASIDE_AFTER = re.compile(r",\s+(?:which|a|an)\s")
_LEADING_THE_WORD = re.compile(r"^The\s+")
# a body's name that lists its fields, ending in its kind, just before a bracket: "Meteorology,
# Climatology and Geophysics Agency", "Kenya Medical Practitioners, Pharmacists and Dentists Union"
_FIELDS_BEFORE_BRACKET = re.compile(r"(?P<name>(?:[A-Z][\w’'-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,3}[A-Z][\w’'-]*(?:,\s+(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)+,?\s+"
                                    r"and\s+(?:[A-Z][\w’'-]*\s+){0,3}(?P<last>[A-Z][\w’'-]*))\s*$")
# (or a body's kind first, then the fields it is "of" or "for": "National Centre for Soils, Crop
# Protection and Irrigation (NCS)", "Institute of Geology, Hydrology and Mining Studies")
_BODY_OF_FIELDS = re.compile(r"^(?:(?:National|Federal|Central|State|Regional|Provincial)\s+)?(?:Institute|Center|Centre|Ministry|"
                             r"Department|Office|Directorate(?:\s+General)?|Agency|Bureau|Commission|Council|Authority|"
                             r"Administration|Service|Secretariat)\s+(?:of|for)\s")
# up to six words before a bracketed acronym, linked by "of", "and", "for", "the" (no comma)
# (a comma may part the fields a name lists: "the Coastal, Marine and Inland Waters Authority (CMIWA)")
_WORDS_BEFORE_ACRONYM = re.compile(r"(?:[A-Z][\w’'-]*|of|and|for|on|the|&)(?:,?\s+(?:[A-Z][\w’'-]*|of|and|for|on|the|&)){1,7}$")


def _spelled_by(text: str, start: int, end: int, run: str, acronym: str) -> tuple[int, str]:
    """The start and words of the name a bracketed acronym spells when its run alone does not
    ("Board of Water Supply (BWS)", "Flood Warning and Forecast Centre (FWFC)"): the
    shortest stretch of capitalised words and joining words ending at the run whose initials
    it is; else the run as it was."""
    if not acronym.isupper() or _initials(run) == acronym or len(acronym) <= len(run.split()):
        return start, run
    before = _WORDS_BEFORE_ACRONYM.search(text, max(0, end - 90), end)
    if not before:
        return start, run
    words = list(_NON_SPACE.finditer(text, before.start(), end))
    for i in range(len(words) - 2, -1, -1):
        name = text[words[i].start():end]
        if name[:1].isupper() and _initials(name) == acronym:
            return words[i].start(), name
    return start, run


@lru_cache(maxsize=1)
def _ORG_WORDS() -> frozenset[str]:  # noqa: N802 - a constant, loaded once
    from ..lexicon import lexicon

    return frozenset(w.lower() for w in lexicon()["organisation_words"] + lexicon()["actor_nouns"])


_CLOCK_AT_END = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _wire_tags() -> frozenset[str]:
    from ..lexicon import lexicon

    return frozenset(lexicon()["wire_tags"])


def _tag_or_zone(text: str, start: int, end: int, name: str) -> bool:
    """Whether a word in capitals is a wire service's bracketed tag ("(LEAD)", "(2ND LD)",
    "(END)") or the time zone of a clock time before it ("10:42 GMT"), not an acronym."""
    if text[start - 1:start] == "(" and text[end:end + 1] == ")" and (
            name.split()[-1] in _wire_tags() or text[start:end].isupper() and " " in text[start:end]):
        return True  # ("(PHOTO NOT FOR SALE)": a tag of words in capitals, no body's name)
    return _CLOCK_AT_END.search(text, max(0, start - 12), start) is not None


def _capitals_no_body(text: str, name: str) -> bool:
    """Whether a word in capitals names no body: a currency's code ("CHF 1.84 billion"), a
    measure's or a disease's initials ("EBITDA", "GDP", "RSV"), or a word the story also writes
    in lower case ("PHOTO", "VOTES": a label or a kicker in capitals)."""
    if " " in name or "." in name:
        return False
    if f"({name})" in text:
        # (one the text gives a body as its initials: "the Ghana Health Service (GHS)"; but the
        # initials of a term in lower case are a measure's: "all-in sustaining cost (AISC)";
        # read where they follow words, not where they only mark a figure: "up 4% (CER)")
        terms = [_TERM_BEFORE_BRACKET.search(text, max(0, m.start() - 40), m.start())
                 for m in re.finditer(re.escape(f"({name})"), text)
                 if text[:m.start()].rstrip()[-1:].isalpha()]
        return all(t and t.group(1).lower() not in _ORG_WORDS() for t in terms)
    if name in _no_body_capitals() or _ROMAN_NUMERAL.fullmatch(name):
        return True
    if len(name) < 4:
        return False  # ("WHO", "MAP": a body's initials that spell a word)
    from .places import _vocabulary

    return name.lower() in _vocabulary() or re.search(rf"(?<![\w-]){name.lower()}(?![\w-])", text) is not None


_ROMAN_NUMERAL = re.compile(r"[IVX]{2,4}")
# two words in lower case just before a bracket ("sustaining cost (", "frequency rate ("): a term's,
# unless the last is a body's kind ("military intelligence agency (HUR)")
_TERM_BEFORE_BRACKET = re.compile(r"(?<![\w’'-])[a-z][\w’'-]*\s+([a-z][a-z-]*)\s*$")



@lru_cache(maxsize=1)
def _no_body_capitals() -> frozenset[str]:
    from ..lexicon import lexicon

    lex = lexicon()
    codes = {code for code in lex["currency_prefixes"].values() if len(code) == 3}
    months = {m.upper() for m in lex["month_abbreviations"]}  # ("NOV 17": a stamp's month)
    # (a region's type word in capitals: "Baruten LGA", "in 16 LGAs")
    types = {w for w in lex["region_words"] if w.isupper() or w[:-1].isupper() and w.endswith("s")}
    return frozenset(lex["measure_initials"]) | codes | months | types


def _dateline_at(text: str, pos: int, word: str) -> bool:
    """Whether a word in capitals opens a paragraph as a dateline ("LOBITO, Angola, March 3 --")."""
    line_start = text.rfind("\n", 0, pos) + 1
    return word.isupper() and len(word) >= 3 and not text[line_start:pos].strip() and \
        _AFTER_DATELINE_WORD.match(text[pos + len(word):pos + len(word) + 4]) is not None


# a body's name that has begun listing its fields: "Institute for International", "Ministry of Water"
_FIELD_LIST_RUN = re.compile(r"\b(?:Institute|Institution|Centre|Center|Council|Foundation|Society|Ministry|Department|Office|"
                             r"Commission|Agency|Authority|Academy|School|College|Bureau)\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w-]*$")


def _and_inside_name(text: str, end: int, following: tuple, run: str, org_words) -> bool:
    """Whether "and" joins two runs into one organisation's name ("Earthquake Monitoring and
    Research Centre"): the second ends in an organisation word and the first ends in none
    ("Health Ministry and Finance Ministry" are two bodies), unless the text writes the
    initials of the whole ("Securities and Investments Commission" … "ASIC")."""
    if text.startswith(" and ", end) and following[0] == end + 5 and _FIELD_LIST_RUN.search(run) \
            and len(following[2].split()) <= 2 \
            and not following[2].isupper() and not is_geo_name(following[2]):
        # "the German Institute for International and Security Affairs": the fields of one body's name
        return True
    if text.startswith(" and ", end) and following[0] == end + 5 and " " not in run and run.lower() in org_words \
            and following[2].split()[-1].lower() in org_words and _CAPITALS_IN_BRACKETS.match(text, following[1]):
        # "the Police and Border Guard Board (PXA)": one body, the initials given to the whole
        return True
    if not (text.startswith(" and ", end) and following[0] == end + 5
            # ("Disaster and Emergency Management Presidency", "Food and Drug Administration": a
            # one-word field that is no place and no body of its own opens the name)
            and (len(run.split()) >= 2 or run.lower() in _generic_name_words()
                 or run.isalpha() and run[1:].islower() and run.lower() not in org_words and not is_geo_name(run)
                 and not is_demonym(run) and not _big_city(run, 0))  # ("Ennis, Nenagh and St John's Hospital")
            and following[2].split()[-1].lower() in org_words):
        return False
    if run.split()[-1].lower() not in org_words:
        return True
    initials = _initials(f"{run} and {following[2]}")
    return len(initials) >= 3 and re.search(rf"\b{initials}\b", text) is not None


def _joined_runs(text: str, person_spans: list[tuple[int, int]] = ()):
    """Capitalised runs, with "of"/"for"/"on" (and "the") joining a run that ends in an
    organisation word to the next: "Ministry of Water Supply", "Bank of the North"."""
    runs = list(capitalised_runs(text))
    org_words = _ORG_WORDS()
    i = 0
    while i < len(runs):
        start, end, run = runs[i]
        while i + 1 < len(runs) and ((run.split()[-1].lower() in org_words
                                      or " ".join(run.split()[-2:]).lower() in org_words)  # ("Directorate General")
                                     and _JOINING_WORDS.fullmatch(text[end:runs[i + 1][0]])
                                     and not _ON_DATE.match(text, end, runs[i + 1][0] + 10)
                                     or _romance_field(text, end, runs[i + 1], run)
                                     or _and_inside_name(text, end, runs[i + 1], run, org_words)
                                     or _second_field(text, start, end, runs[i + 1], run, org_words, person_spans)
                                     or _field_of_study(text, end, runs[i + 1], run, org_words)
                                     or text[end:runs[i + 1][0]] == " & " and is_organisation(runs[i + 1][2])):
            # ("Alpha Steel & Wire Co.": an ampersand inside a firm's name)
            i += 1
            end = runs[i][1]
            run = text[start:end]
        listed = _listed_in_name(text, runs, i) if " of " in run and text.startswith(",", end) else 0
        if listed:  # "Ministry of Food, Agriculture and Light Industry": one body
            i += listed
            end = runs[i][1]
            run = text[start:end]
        yield start, end, run
        i += 1


_ROMANCE_AND = re.compile(r"\s+(?:y|e|et|ed)\s+")


def _romance_field(text: str, end: int, following: tuple, run: str) -> bool:
    """Whether "y"/"e"/"et" joins a second field to a body's name that opens with its kind
    ("Instituto Portuario de Obras y Servicios", "Ministério da Ciência e Tecnologia")."""
    from .actors import _patterns

    match = _ROMANCE_AND.match(text, end)
    return bool(match and match.end() == following[0] and len(following[2].split()) <= 3
                and _patterns()["org_head"].match(_LEADING_THE_WORD.sub("", run)))


_AFTER_AND_CAPITAL = re.compile(r"[A-Z][\w’'-]*\s+and\s+$")


def _field_of_study(text: str, end: int, following: tuple, run: str, org_words) -> bool:
    """Whether "of" goes on with a body's name whose field is a noun with its own complement
    ("Institute for the Study of War", "Centre for the Prevention of Torture"): a run that
    opens with an organisation word and names its field after "for", and one capitalised word
    after "of" that is no place (a state's name after it is the owner, not the name)."""
    if not text.startswith(" of ", end) or following[0] != end + 4 or " for " not in run or " " in following[2]:
        return False
    words = run.split()
    first = words[1] if words[0] == "The" and len(words) > 1 else words[0]
    return first.lower() in org_words and words[-1].lower() not in org_words and not is_geo_name(following[2])


_HEAD_BEFORE_FIELD = re.compile(r"(\S+)\s+(?:of|for)\s")


def _second_field(text: str, start: int, end: int, following: tuple, run: str, org_words, person_spans) -> bool:
    """Whether "and" joins a body's second field to its name ("Department of Public Works
    and Highways", "Ministry of Agriculture and Rural Development"): a run that opens with an
    organisation word and names its field after "of", and a short run after "and" that is no
    person, place, post or body of its own ("Ministry of Defence and Foreign Minister Jana
    Roe", "… and Chile", "… and Ministry of Finance" stay apart)."""
    if not text.startswith(" and ", end) or following[0] != end + 5 or (" of " not in run and " for " not in run):
        return False
    first, words = run.split()[0], following[2].split()
    # (the body's word before its field: "Ministry of …", "the Nigeria Centre for Disease Control and Prevention")
    head = _HEAD_BEFORE_FIELD.search(run)
    if first.lower() not in org_words and not (first == "The" and len(run.split()) > 1 and run.split()[1].lower() in org_words) \
            and not (head and head.group(1).lower() in org_words):
        return False
    if len(words) > 3 or any(w.lower() in org_words or w in _role_words() for w in words) or _states_in_run(following[2]):
        return False
    if " of " not in run and len(words) > 1 and not (run.split()[-1][:1].isupper() and text.startswith(" (", following[1])):
        # (after "for", one more field only: "… for Disease Control and Prevention"; more where
        # the name's initials follow it: "Centre for Seismology and Coastal Hazard Mitigation (PSBP)")
        return False
    return not any(s < following[1] and following[0] < e for s, e in person_spans)


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    from ..lexicon import lexicon

    return frozenset(w for role in lexicon()["role_words"] for w in role.split())


_LIST_COMMA = re.compile(r",\s+")
_LIST_AND = re.compile(r",?\s+(?:and|&)\s+")


def _listed_in_name(text: str, runs: list, i: int) -> int:
    """How many runs after runs[i] a name's list of fields takes in ("Ministry of Food,
    Agriculture and Light Industry", "Department of Agriculture, Forestry and Fisheries"):
    runs of at most three words joined by commas, the last by "and"; 0 when there is none."""
    j = i
    while j + 1 < len(runs) and len(runs[j + 1][2].split()) <= 3:
        gap = text[runs[j][1]:runs[j + 1][0]]
        if _LIST_AND.fullmatch(gap):
            return j + 1 - i
        if not _LIST_COMMA.fullmatch(gap) or j - i >= 4:
            return 0
        j += 1
    return 0


def _states(text: str) -> list[Actor]:
    """States named in the text by name, demonym or capital, each with the words used."""
    states: dict[str, Actor] = {}
    for start, _end, run in capitalised_runs(text):
        for code, at, words in _states_in_run(run):
            name = government_name(code)  # a state as a source is its government
            actor = states.setdefault(code, Actor(name=name, kind="state"))
            actor.aliases.add(words)
            actor.spans.append((start + at, start + at + len(words)))
    return list(states.values())


@article_memo  # a country's name comes back run after run
def _states_in_run(run: str) -> tuple[tuple[str, int, str], ...]:
    """The states a capitalised run names, by name, demonym or capital, from the left, the
    longest name (up to four words) first: (alpha-2, where in the run, the words used)."""
    countries, demonyms, capitals = country_index(), demonym_index(), capital_index()
    # (most runs are one word: no whitespace, and none of the unprintable kinds)
    tokens = [(0, len(run))] if " " not in run and run.isprintable() else \
        [match.span() for match in _NON_SPACE.finditer(run)]
    found = []
    i = 0
    while i < len(tokens):
        opens, alone = _word_state(run[tokens[i][0]:tokens[i][1]])
        for n in range(min(4, len(tokens) - i) if opens else 1, 1, -1):
            a, b = tokens[i][0], tokens[i + n - 1][1]
            words = run[a:b].rstrip("’'s").rstrip("’'")
            key = fold(words)
            code = (countries.get(key) or (None,))[0] or demonyms.get(key) or capitals.get(key)
            if code:
                found.append((code, a, words))
                i += n
                break
        else:
            if alone:  # the token alone names a state
                found.append((alone[0], tokens[i][0], alone[1]))
            i += 1
    return tuple(found)


@lru_cache(maxsize=8192)  # a pure function of a word, asked of every word of every run
def _word_state(word: str) -> tuple[bool, tuple[str, str] | None]:
    """What :func:`_states_in_run` reads of one token: whether a name of two words or more
    may open with it (such a name begins with the first word of the token's key: when none
    begins so, only the token alone is tried), and (alpha-2, the words used) of the state
    the token alone names by name, demonym or capital, or None."""
    head = fold(word).split()
    opens = not head or head[0] in _first_words_of_states()
    words = word.rstrip("’'s").rstrip("’'")
    key = fold(words)
    code = (country_index().get(key) or (None,))[0] or demonym_index().get(key) or capital_index().get(key)
    return opens, ((code, words) if code else None)


@lru_cache(maxsize=1)
def _first_words_of_states() -> frozenset[str]:
    """The first words of every country name, demonym and capital as the indexes key them."""
    keys = [*country_index(), *demonym_index(), *capital_index()]
    return frozenset(key.split()[0] for key in keys if key.split())


def extract_rows(article: Article) -> dict[str, list[dict]]:
    """The six tables as lists of row dicts (the pure core of :func:`extract`).  An article
    not in English gets its sentences only: the rules read English, and an empty table
    says "not extracted" more truthfully than every sentence shown as the article's own
    unhedged statement."""
    text = article.text
    forget_article()  # the memos of names are kept for one article
    sentences = split_sentences(text, article.meta.title)
    if article.language[0] != ENGLISH:
        return {"sentences": sentences, "claims": [], "figures": [], "dates": [], "places": [], "actors": []}
    load_indexes()  # (once per process)
    people = find_people(text, sentences)
    organisations = _organisations(text, people)
    if ", " in text:
        _merge_legal_forms(text, organisations, [])  # (for "the company" to find the firm)
    if any(" and " in o.name for o in organisations):
        # a "name" every mention of which is a part of a body's name is no person ("Ministry of
        # Food, Agriculture and Light Industry": no Mr Light Industry)
        inside = [span for o in organisations if " and " in o.name for span in o.spans]
        people = [p for p in people if not all(any(a <= s and e <= b for a, b in inside) for s, e in p.spans)]
    furniture = {s["id"] for s in sentences if s["block"] == "furniture"}
    # page furniture ("($1 = 1,300.0 won)", "Tel: +264 61 …") counts nothing the story says
    figures = [f for f in extract_figures(text, sentences) if f["sentence_id"] not in furniture]
    dates = extract_dates(text, sentences, article.published)
    for date in dates:
        if date["sentence_id"] in furniture:
            # a byline's or a time stamp's date dates the page, not an event of the story
            date["event"] = "publication (the page's date line)"
    states = _states(text)
    written: dict[str, set[str]] = {}
    # (a sentence is checkable for what it counts; "for weeks" alone counts nothing to check)
    counting = {f["sentence_id"] for f in figures if not (f["vague"] and f.get("class") == "duration")}
    claims = extract_claims(text, sentences, people, counting,
                            {d["sentence_id"] for d in dates if d["resolved"] or d["note"] == NO_PUBLICATION},
                            organisations,
                            historical_sentences=_historical_sentences(dates, article.published,
                                                                       counting, text, sentences),
                            future_sentences=_future_sentences(dates, article.published),
                            states=states, written=written)
    _bodies_named_by_initials(text, people, organisations)
    _merge_acronyms(text, organisations, claims, written)
    _defined_terms(text, organisations, claims, written, people)
    if ", " in text:
        _merge_legal_forms(text, organisations, claims)
    _merge_short_names(organisations, claims)
    _merge_qualified_names(organisations, claims, text.find("\n"), text)
    _merge_generic_names(text, organisations, claims)
    _name_unnamed_sources(claims, written)
    _headline_figures_sourced(claims, figures, {s["id"]: s["block"] for s in sentences})
    _table_rows_sourced(text, claims, sentences, organisations)
    _headline_subject_sourced(claims, {s["id"]: s for s in sentences}, written)
    _own_outlet_voice(claims, article.meta.outlet)
    by_sentence = {c["sentence_id"]: c for c in claims}
    for figure in figures:
        claim = by_sentence.get(figure["sentence_id"], {})
        figure["claimant"] = claim.get("claimant") or ARTICLE
        figure["certainty"] = claim.get("certainty")
    blocked = [span for actor in people + organisations for span in actor.spans]
    places = extract_places(text, sentences, blocked)
    _local_currency(figures, places)
    actors = _actor_rows(people, organisations, states, claims, written)
    return {"sentences": sentences, "claims": claims, "figures": figures, "dates": dates,
            "places": places, "actors": actors}


# "A WHO official said", "officials said": a source the text does not name, under its
# description ("unnamed WHO official"); the head nouns of the sources that go unnamed
# (the heads of one holder the claims stage takes as unnamed, and a spokesperson or adviser)
_UNNAMED_SOURCE = re.compile(r"^(?:(?:[Aa]n?|[Aa]nother)\s+(?P<one>(?:[\w’'.&-]+\s+){0,5}?(?:"
                             + "|".join(sorted(UNNAMED_HOLDER_HEADS | {"spokesman", "spokeswoman", "spokesperson", "adviser", "advisor"}))
                             + r"))|(?P<many>[Oo]fficials))$")


def _name_unnamed_sources(claims: list[dict], written: dict[str, set[str]]) -> None:
    """A source the text describes but does not name ("A WHO official said", "Officials
    said") is one source under its description with "unnamed" before it ("unnamed WHO
    official", "unnamed officials"), as an analyst lists it; the words the text wrote stay
    its aliases."""
    rename: dict[str, str] = {}
    for name in dict.fromkeys(c[k] for c in claims for k in ("claimant", "via")):
        match = _UNNAMED_SOURCE.match(name) if name else None
        if match:
            rename[name] = "unnamed " + (match.group("one") or "officials")
    for claim in claims:
        for key in ("claimant", "via"):
            if claim[key] in rename:
                claim[key] = rename[claim[key]]
    for old, new in rename.items():
        written.setdefault(new, set()).update(written.pop(old, set()) | {old, new[len("unnamed "):]})


def _headline_figures_sourced(claims: list[dict], figures: list[dict], blocks: dict[int, str]) -> None:
    """A headline that gives a count with no source ("Floods kill 14 in Tarnow") is
    sourced by the body's first claim of that count, when a named body or person makes it
    ("Fourteen people died ..., the state civil defence said"): the headline condenses that
    claim.  Not where the body's source is unnamed ("officials said") or the article's own."""
    values: dict[int, set[float]] = {}
    for figure in figures:
        if not figure["vague"] and figure["value"] is not None:
            values.setdefault(figure["sentence_id"], set()).add(round(float(figure["value"]), 3))
    body = [c for c in claims if blocks.get(c["sentence_id"]) == "body" and c["kind"] == "claim" and c["sentence_id"] in values]
    for claim in claims:
        if blocks.get(claim["sentence_id"]) != "headline" or claim["kind"] != "headline" or claim["claimant"] != ARTICLE \
                or claim["sentence_id"] not in values or _RESULT_VERB.search(claim["text"]):
            continue  # ("Roe wins 53 seats": the article's report of a count, whoever declared it)
        told = next((c for c in body if c["sentence_id"] > claim["sentence_id"]
                     and c["sentence_id"] in values and values[c["sentence_id"]] & values[claim["sentence_id"]]), None)
        source = told["claimant"] if told else None
        if source and source not in (ARTICLE, UNATTRIBUTED) and source[:1].isupper() \
                and not source.startswith(("unnamed ", "Unnamed ")) and told.get("claimant_role") != UNRESOLVED:
            claim["claimant"], claim["claimant_role"] = source, told.get("claimant_role")


# a table's source line under it: "Source: Tarnow Electoral Commission", "Sources: IEC; party
# agents", "Source: NDRA/DGE" (the first it names speaks for the rows)
_SOURCE_LINE = re.compile(r"Sources?\s*:\s*(?P<first>[^,;/|]+?)\s*(?:[,;/|].*)?\.?$")


def _row_above_source(text: str, sentence: dict) -> bool:
    """Whether a sentence is a row of the table a source line closes: a point of a list or a
    table's row, or a longer line of figures with no sentence's stop ("Ward 4, Portville
    (EC): Alpha gain from Beta, 44.6% (Beta 40.2%); turnout 27.5%")."""
    line = sentence["text"].strip()
    return _is_point(text, sentence["start"]) or "\n" not in line and len(line) <= 180 \
        and any(c.isdigit() for c in line) and not _SENTENCE_STOP.search(line)


def _table_rows_sourced(text: str, claims: list[dict], sentences: list[dict], organisations: list[Actor]) -> None:
    """The rows of a table the story prints, in its own voice, are the body its source line
    names ("Source: Tarnow Electoral Commission" under the results by ward): the body, by the
    name the story gives it (an acronym, or its full name, of an organisation it names)."""
    by_id = {s["id"]: s for s in sentences}
    rows = {c["sentence_id"]: c for c in claims}
    ids = [s["id"] for s in sentences]
    for k, sentence in enumerate(sentences):
        line = sentence["text"].strip()
        if not line.startswith("Source") or "\n" in line:
            continue
        found = _SOURCE_LINE.fullmatch(line)
        if not found or k == 0:
            continue
        name = found.group("first").strip()
        body = next((o.name for o in organisations if name == o.name or name in o.aliases), None) \
            or (name if is_organisation(name) else None)
        if body is None or is_news_organisation(body) or is_news_organisation(name):
            continue  # ("Source: Reuters/AFP": the wires the story is from, not the table's maker)
        j = k - 1
        while j >= 0 and by_id[ids[j]]["block"] == "body" and _row_above_source(text, by_id[ids[j]]):
            claim = rows.get(ids[j])
            if claim and claim["claimant"] == ARTICLE and claim["kind"] == "claim":
                claim["claimant"], claim["claimant_role"] = body, None
            j -= 1


# a result told of a candidate or a company ("Roe wins", "Acme beats estimates"): the article's
# report of the count, whoever declared it
_RESULTS = r"wins|takes|beats|misses|trails|leads|heads|secures|retains|sweeps|bags|clinches"
_RESULT_VERB = re.compile(rf"\b(?:{_RESULTS})\b")
# a headline's verb after its subject, in the present: "cuts", "orders", "quashes", "records"
# (and not a result, nor a move of its own figures: "Acme falls 3%", "Roe edges ahead")
_HEADLINE_VERB = re.compile(rf"\s+(?:(?:again|also|now)\s+)?(?!(?:{_RESULTS}|tops|holds|loses|edges|gets|falls|rises)\b)"
                            r"[a-z]+(?<!ss)(?<!ous)(?<!is)s\b")


# an outlet's description after its name in the metadata: "The Ledger (Portville daily)"
_OUTLET_GLOSS = re.compile(r"\s*[(\[].*$|\s+[-–—|]\s.*$")


def _own_outlet_voice(claims: list[dict], outlet: str | None) -> None:
    """What the publishing news outlet itself counted or found ("By the Ledger's calculations,
    …", "according to a Ledger tally") is the article's own statement, not a source it cites
    (a company's or a ministry's own release stays the issuer's: it speaks for itself there)."""
    name = _OUTLET_GLOSS.sub("", outlet or "").strip()
    if len(name) < 3 or not is_news_organisation(name):
        return
    name = name.lower()
    name = name[4:] if name.startswith("the ") else name
    for claim in claims:
        claimant = (claim.get("claimant") or "").lower()
        if (claimant[4:] if claimant.startswith("the ") else claimant) == name:
            claim["claimant"] = ARTICLE
            if claim.get("certainty") == "reported":
                claim["certainty"] = "stated"


def _headline_subject_sourced(claims: list[dict], sentences: dict[int, dict], written: dict[str, set[str]]) -> None:
    """A headline that opens with a source the body quotes, acting in the present ("Acme cuts
    its outlook again", "Supreme Court overturns approval of ..."), is that source's news."""
    body = [c["claimant"] for c in claims if sentences[c["sentence_id"]]["block"] == "body"
            and c["claimant"] not in (None, ARTICLE, UNATTRIBUTED) and c.get("claimant_role") != UNRESOLVED]
    for claim in claims:
        sentence = sentences[claim["sentence_id"]]
        if sentence["block"] != "headline" or claim["kind"] != "headline" or claim["claimant"] != ARTICLE:
            continue
        text = sentence["text"]
        for source in dict.fromkeys(body):
            names = sorted({source, *written.get(source, ())}, key=len, reverse=True)
            name = next((n for n in names if n[:1].isupper() and "'" not in n and "’" not in n and text.startswith(n)
                         and _HEADLINE_VERB.match(text, len(n))), None)
            if name:
                claim["claimant"] = source
                claim["claimant_role"] = next(c.get("claimant_role") for c in claims if c["claimant"] == source)
                break


_ACRONYM_SKIP = {"of", "the", "and", "for", "on", "in", "de", "du", "la"}


def _initials(name: str) -> str:
    words = [w for w in _SPACES_OR_HYPHENS.split(name) if w and w.lower() not in _ACRONYM_SKIP]
    return "".join(w[0] for w in words if w[0].isupper()) if len(words) >= 2 else ""


def _undotted(name: str) -> str:
    """"U.N." -> "UN": dotted and undotted forms of an acronym are one key; a mixed-case one
    keys by its capitals, the initials of the name it spells ("MoD" -> "MD", "Ministry of Defence")."""
    if _MIXED_CASE_ACRONYM.fullmatch(name):
        return "".join(c for c in name if c.isupper())
    return name.replace(".", "") if _DOTTED_ACRONYM.fullmatch(name) else name


def _acronym_in_brackets(text: str, org: Actor) -> str | None:
    """The acronym a text gives in brackets after the organisation's name: "the Federal
    Emergency Agency (FEA)", even when its letters are not the name's initials."""
    for _start, end in org.spans:
        found = _ACRONYM_IN_BRACKETS.match(text[end:end + 14])
        if found and (found.group(1).replace(".", "").isupper() or _MIXED_CASE_ACRONYM.fullmatch(found.group(1))):
            return _undotted(found.group(1))
        short = _SHORT_NAME_IN_BRACKETS.match(text, end, end + 16) if is_organisation(org.name) else None
        if short:
            return short.group(1)  # ("the Polling Service (Fripol)"; not "Portville (Metro)")
        form = _short_form_after(text, end, org.name) if is_organisation(org.name) else None
        if form:
            return form  # ("Statistics Alphaland (Stats AL)")
    return None


def _bodies_named_by_initials(text: str, people: list[Actor], organisations: list[Actor]) -> None:
    """A name the people finder took for a person's ("Harbour Rights Forum", no organisation
    word at its end) that the text follows with its own initials in brackets ("(HRF)") is an
    organisation's: people are not given acronyms.  It joins the organisations (where its
    acronym is merged with it), without the one-word aliases it got as a surname.  (Initials
    only, or an acronym that is no news agency's: "Jane Roe (AFP)" is a photo credit;
    "Doctors Without Borders (MSF)" a body with the initials of its French name.)"""
    for person in list(people):
        key = _initials(person.name)
        if not key or f"({key})" not in text:
            if f"{person.name} (" not in text:
                continue  # (the cheap test first: the initials, or a bracket after the name, anywhere)
            key = None
        # (a person the claims found by name has no spans: where the text names it)
        spans = person.spans or [(m.start(), m.end()) for m in re.finditer(re.escape(person.name), text)]
        acronyms = {_acronym_in_brackets(text, Actor(name=person.name, kind="person", spans=[span])) for span in spans}
        if key is not None and key in acronyms or key is None and any(
                a and len(a) >= 2 and not is_news_organisation(a) and a not in _wire_tags() and a not in word_set("photo_agencies")
                for a in acronyms):
            people.remove(person)
            words = set(person.name.split())
            organisations.append(Actor(name=person.name, kind="organisation",
                                       aliases={a for a in person.aliases if a not in words}, spans=spans))


# a firm's name, a comma, and its legal form: "Alpha Cement, S.A.B. de C.V.", "Beta Foods, Inc."
_LEGAL_FORM_AFTER_COMMA = re.compile(
    r"(?P<name>[A-Z][\w&’'.-]*(?:[ \t]+(?:de[ \t]+|del[ \t]+|y[ \t]+|&[ \t]+)?[A-Z][\w&’'.-]*){0,5}),[ \t]+"
    r"(?P<form>S\.\s?A\.(?:\s?B\.)?(?:\s+de\s+C\.\s?V\.)?|S\.\s?A\.\s?S\.|S\.p\.A\.|N\.\s?V\.|Inc\.|Ltd\.|LLC|PLC|plc|AG|SE|SA)(?![\w.])")


_LEGAL_FORM_HINT = re.compile(r",\s+(?:S\.|N\.\s?V|Inc\.|Ltd\.|(?:LLC|PLC|plc|AG|SE|SA)(?!\w))")


def _merge_legal_forms(text: str, organisations: list[Actor], claims: list[dict]) -> None:
    """A firm named with its legal form after a comma ("Alpha Cement, S.A.B. de C.V.
    reported …") is the firm: the legal form's words ("S.A.", "C.V.", "Inc.") taken for a
    body of their own give it their mentions and other names (a ticker in brackets), and
    its claims; the name with its form is one of its aliases, and it is a company.  Run
    before the claims (for "the company" to find it) and after (for the claims to move)."""
    if not _LEGAL_FORM_HINT.search(text):
        return  # (most stories name no firm so: the full pattern is read only where one may be)
    rename: dict[str, str] = {}
    for match in _LEGAL_FORM_AFTER_COMMA.finditer(text):
        a, b = match.start("form"), match.end("form")
        form = _SPACES.sub(" ", match.group("form"))
        parts = [o for o in organisations if o.name == form or any(a <= start < b for start, _ in o.spans)]
        name = match.group("name")
        for claim in claims:  # ("Beta Foods, Inc. said": "Inc." taken for the sentence's source)
            if claim["start"] <= a < claim["end"] and claim["claimant"] and \
                    claim["claimant"] in form and claim["claimant"] not in (ARTICLE, UNATTRIBUTED):
                rename.setdefault(claim["claimant"], name)
        if not parts and not rename:
            continue
        firm = next((o for o in organisations if o.name == name), None)
        if firm is None:
            firm = Actor(name=name, kind="organisation", spans=[(match.start("name"), match.end("name"))])
            organisations.append(firm)
        for part in parts:
            if part is not firm:
                forms = {part.name} | {x for x in part.aliases if _LEGAL_FORM_AFTER_COMMA.fullmatch(f"{name}, {x}")}
                firm.aliases |= part.aliases - forms
                firm.spans.extend(part.spans)
                firm.role = firm.role or part.role
                organisations.remove(part)
                rename[part.name] = name
        firm.aliases.add(_SPACES.sub(" ", match.group(0)))
        firm.role = firm.role or "company"  # (its legal form says so: "the company" is it)
    _rename_claimants(claims, rename)


def _merge_short_names(organisations: list[Actor], claims: list[dict]) -> None:
    """An organisation named by the first words of a longer name the article also gives
    ("Lumeta" for "Lumeta Copper", "Meridian" for "Meridian News") is that organisation, when the
    longer name is the only one those words begin: one source, the short name an alias."""
    rename: dict[str, str] = {}
    for short in [o for o in organisations if not _undotted(o.name).isupper() and not _place_name(o.name)]:
        # (a place opening a body's name is no short name of it: "Alberta" is no "Alberta Enterprise Council")
        longer = [o for o in organisations if o is not short and o.name.startswith(short.name + " ")
                  and len(o.name.split()) - len(short.name.split()) <= 2 and not _sub_body(short.name, o.name)]
        if len(longer) != 1 or short.name in rename.values():
            continue
        _merge_into(short, longer[0], organisations, rename)
    _rename_claimants(claims, rename)


# A currency written as one state writes it, read as that state's by default ("Rs" as India's,
# "K" as Malawi's), and the other states that write theirs the same way: their own currency
# where the story is set there.
_LOCAL_CURRENCIES = {"INR": {"PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR", "SC": "SCR"},
                     "MWK": {"ZM": "ZMW"}}


def _local_currency(figures: list[dict], places: list[dict]) -> None:
    """"Rs18.2 trillion" in a story whose places lie mostly in Pakistan is Pakistan's rupee,
    not India's: the sums written "Rs" or "rupees" (not "₹" or "INR") take the currency of
    the article's main country where it is a rupee of its own; so a kwacha written "K"
    ("K1.6 billion") in a story set in Zambia is Zambia's, not Malawi's."""
    countries = Counter(p["country"] for p in places if p.get("country"))
    main = countries.most_common(1)[0][0] if countries else None
    for figure in figures:
        local = _LOCAL_CURRENCIES.get(figure.get("unit"), {}).get(main)
        if local and "₹" not in figure["mention"] and "INR" not in figure["mention"]:
            figure["unit"] = local
        elif figure.get("class") == "money":
            figure["unit"] = _national_unit(figure, main) or figure["unit"]


def _national_unit(figure: dict, main: str | None) -> str | None:
    """The code of a currency many states name, written as its word ("300 million pesos",
    "some billions of shillings", "billions of pounds" without "£"): the state a demonym
    before the word names ("Swiss francs"), else the article's main country, where that
    state's unit has the name; None where neither has it ("pesos" in a Kenyan story)."""
    unit = (figure.get("unit") or "").lower()
    written = f"{figure['mention']} {figure.get('counts') or ''}".lower()
    if unit == "gbp" and "pound" in written and "£" not in written and "gbp" not in written \
            and "sterling" not in written and "british" not in written:
        word = "pound"
    elif unit in _CURRENCY_WORDS:
        word = _CURRENCY_WORDS[unit]
    else:
        return None
    demonyms = demonym_index()
    named = [demonyms[fold(w)] for w in re.findall(r"[a-z]+", written) if fold(w) in demonyms]
    for country in (*named[:1], main):
        code, name = national_currencies().get(country, (None, ""))
        if code and word in name.replace("riyal", "rial"):
            return code
    return None


# a unit's word as the extraction leaves it -> the word in GeoNames' currency names
_CURRENCY_WORDS = {"peso": "peso", "shilling": "shilling", "franc": "franc", "dinar": "dinar", "dirham": "dirham",
                   "riyal": "rial", "rial": "rial", "kwacha": "kwacha", "som": "som", "sol": "sol", "cedi": "cedi",
                   "leu": "leu", "lev": "lev", "lari": "lari", "manat": "manat", "colon": "colon", "krona": "krona",
                   "krone": "krone", "rupee": "rupee", "birr": "birr", "pula": "pula", "kip": "kip", "riel": "riel"}


def _place_name(name: str) -> bool:
    """Whether a name is a country's, a capital's or a first- or second-level region's."""
    from . import gazetteer as gz

    return is_geo_name(name) or any(region[3] <= 2 for region in gz.subdivisions().get(gz.fold(name), ()))


# an owner's possessive just before a name: "the state's ", "the county's "
_OWNER_AT_END = re.compile(r"\b(\w+)['’]s\s+$")


def _owned(text: str, short: Actor, longer: str = "") -> bool:
    """Whether a short name is written with an owner's possessive at every mention ("the
    state's Emergency Management Agency" beside the "Federal Emergency Management Agency"):
    that owner's own body, not the longer name's (whose own first word may own it: "Kenya's
    Red Cross" is the "Kenya Red Cross"; a state's possessive is read apart, by
    :func:`_state_before`)."""
    own = longer.split()[0].lower() if longer else None
    owners = [_OWNER_AT_END.search(text, max(0, a - 40), a) for a, _ in short.spans]
    return bool(owners) and all(o and o.group(1).lower() != own for o in owners)


def _merge_qualified_names(organisations: list[Actor], claims: list[dict], head_end: int = -1, text: str = "") -> None:
    """An organisation named by words inside a longer name the article also gives, its place or
    qualifier left off ("Red Cross" for "Kenya Red Cross" or "Nigerian Red Cross Society",
    "Relief Society" for "Lakeland Relief Society", "Coast Guard" for "Philippine Coast
    Guard"), is that organisation, when the longer name is the only one holding those words
    and adds no body of its own after them (the "United Nations" is not the "Ruritanian United
    Nations Association"): one source, the short name an alias. (The first words of a name are
    :func:`_merge_short_names`'; a name of one word, "Army", is no name of one body.)  A short
    name the story uses before it names the longer one with a state ("The Defense Ministry
    estimates …" in a Portville story that names "the Ruritanian Defense Ministry" further down) is
    its own body (``head_end``: where the headline ends, whose words come first anyway); so is
    one always written with an owner (:func:`_owned`)."""
    rename: dict[str, str] = {}
    function_words = word_set("function_words")
    for short in [o for o in organisations if " " in o.name and not _undotted(o.name).isupper()]:
        longer = []
        for o in organisations:
            at = f" {o.name} ".find(f" {short.name} ")
            if o is not short and at > 0 and 1 <= len(o.name.split()) - len(short.name.split()) <= 2 \
                    and not _sub_body(short.name, o.name[at:]) \
                    and not any(w.lower() in function_words for w in o.name[:at].split()):
                longer.append(o)  # (a heading's word is no qualifier: "About Harbour Line SA")
        if len(longer) != 1 or short.name in rename.values() or text and _owned(text, short, longer[0].name):
            continue
        qualifier = longer[0].name[:-len(short.name)].strip() if longer[0].name.endswith(" " + short.name) else ""
        body_spans = [a for a, _ in short.spans if a > head_end]
        if qualifier and is_geo_name(qualifier) and body_spans and longer[0].spans \
                and min(body_spans) < min(a for a, _ in longer[0].spans):
            continue
        _merge_into(short, longer[0], organisations, rename)
    _rename_claimants(claims, rename)


_COMPANY_SUFFIXES = frozenset({"group", "inc", "inc.", "ltd", "ltd.", "limited", "corp", "corp.", "corporation", "co", "co.",
                               "plc", "holdings", "company", "sa", "ag", "llc"})


def _sub_body(short: str, longer: str) -> bool:
    """Whether ``longer`` names a body inside the one ``short`` names in full ("United
    Nations" and the "United Nations Children's Fund"): the short name ends in a word for a
    body and the longer one adds another ("World Bank Group" is the World Bank)."""
    org_words = _ORG_WORDS()
    added = [w.lower() for w in longer[len(short):].split()]
    return short.split()[-1].lower() in org_words and any(
        w.rstrip("’'s") in org_words or w in org_words for w in added if w not in _COMPANY_SUFFIXES)


def _merge_into(short: Actor, full: Actor, organisations: list[Actor], rename: dict[str, str]) -> None:
    """``short`` is another name of ``full``: its names and mentions join it."""
    full.aliases.add(short.name)
    full.aliases |= short.aliases
    full.spans.extend(short.spans)
    full.role = full.role or short.role
    if short in organisations:
        organisations.remove(short)
    rename[short.name] = full.name


def _rename_claimants(claims: list[dict], rename: dict[str, str]) -> None:
    if rename:
        for claim in claims:
            for key in ("claimant", "via"):
                if claim.get(key) in rename:
                    claim[key] = rename[claim[key]]


@lru_cache(maxsize=1)
def _generic_name_words() -> frozenset[str]:
    """The words a body's generic name is made of ("Defense Intelligence", "Health
    Ministry"): its fields and the words for its kind, lower-cased."""
    from ..lexicon import lexicon
    lex = lexicon()
    return frozenset(w.lower() for w in lex["portfolio_words"] + lex["organisation_words"] + lex["generic_name_words"])


_NAME_JOINERS = frozenset({"the", "of", "for", "and", "on"})
_LEADING_THE = re.compile(r"^[Tt]he\s+")
_SPELLINGS = {"defence": "defense"}


def _body_words(name: str) -> tuple[str | None, frozenset[str], tuple[str, ...], bool] | None:
    """A body's name as (its state's code, its words, the words before its first "of" (the
    kind of body it is: "Main Intelligence Directorate"), whether every word is generic);
    None for a name of one word."""
    words = [w.strip(",") for w in _SPACES.split(name.strip()) if w.strip(",")]
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2:
        return None
    from .actors import geo_words
    code, kept, head, generic, in_head = None, [], [], True, True
    i = 0
    while i < len(words):
        pair = " ".join(words[i:i + 2]).lower()
        for span, key in ((2, pair), (1, words[i].lower().removesuffix("'s").removesuffix("’s"))):
            if words[i][:1].isupper() and key in geo_words() and (span == 1 or i + 1 < len(words)):
                code, i = geo_words()[key], i + span
                break
        else:
            word = _SPELLINGS.get(words[i].lower(), words[i].lower())
            if word == "of":
                in_head = False
            if word not in _NAME_JOINERS:
                kept.append(word)
                if in_head:
                    head.append(word)
                generic = generic and word in _generic_name_words()
            i += 1
    return (code, frozenset(kept), tuple(head), generic) if kept and head else None


def _state_before(text: str, actor: Actor) -> str | None:
    """The state the words just before an organisation's first mention give ("Ruritania's
    Defence Ministry", "the Ruritanian Health Ministry")."""
    from .actors import geo_words
    if not actor.spans:
        return None
    start = min(actor.spans)[0]
    before = text[max(0, start - 25):start].split()
    last = before[-1].lower().removesuffix("'s").removesuffix("’s") if before else ""
    return geo_words().get(last) if before and before[-1][:1].isupper() else None


# the words that set a court's tier apart from another of its field
_COURT_TIERS = frozenset({"appeal", "appeals", "appellate", "supreme", "high", "constitutional", "district", "magistrates",
                          "magistrate's", "superior", "cassation", "circuit", "regional"})


def _merge_generic_names(text: str, organisations: list[Actor], claims: list[dict]) -> None:
    """A body named by generic words alone ("Defense Intelligence", "the Health Ministry",
    "Defense Department") or by its seat ("the Pentagon", lexicon ``seats_of_bodies``) is the
    one organisation the article names in full with all those words and the generic name's
    kind among the words before its "of" ("Main Intelligence Directorate of the Ministry of
    Defense", "Ministry of Health", "U.S. Department of Defense"), and of no other state: one
    source, under its full name, the generic one an alias.  ("Defense Ministry" is not the
    "Intelligence Directorate of the Ministry of Defense": a ministry is no directorate; "the
    state's Emergency Management Agency" is its owner's, not the "Federal Emergency Management
    Agency".)"""
    from ..lexicon import lexicon
    seats = lexicon()["seats_of_bodies"]
    known = {o.name for o in organisations}
    shorts = [o for o in organisations if not _undotted(o.name).isupper()]
    for name in dict.fromkeys(c[k] for c in claims for k in ("claimant", "via")):  # "the Pentagon" as a group
        if name and name not in known and _LEADING_THE.sub("", name) in seats:
            seat = _LEADING_THE.sub("", name)  # (its mentions: where the text writes the seat)
            shorts.append(Actor(name=name, kind="organisation",
                                spans=[(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(seat)}\b", text)]))
    rename: dict[str, str] = {}
    for short in shorts:
        seat = seats.get(_LEADING_THE.sub("", short.name))
        described = _body_words(seat if seat else short.name)
        if not described or not (described[3] or seat) or short.name in rename.values():
            continue
        code, words, head, _generic = described
        code = code or _state_before(text, short)
        if code is None and not seat and _owned(text, short):
            continue
        kind = head[-1]  # "Defense Intelligence": an intelligence body; "Department of Defense": a department
        matches = []
        for full in organisations:
            if full is short or full.name in rename:
                continue
            other = _body_words(full.name)
            if not other or len(other[1]) < len(words) or not seat and len(other[1]) == len(words) and not (
                    " of " in full.name and " of " not in short.name):
                continue  # (of two names of the same words, "Department of Defense" is the full one)
            other_code = other[0] or _state_before(text, full)
            if {w.lower() for w in full.name.split()} - {w.lower() for w in short.name.split()} & _COURT_TIERS:
                continue  # ("Labour Court" is no "Labour Appeal Court": a court of another tier)
            if words <= other[1] and kind in other[2] and (code is None or other_code in (None, code)):
                matches.append(full)
        if len(matches) == 1:
            _merge_into(short, matches[0], organisations, rename)
    _rename_claimants(claims, rename)


_KNOWN_AS_ACRONYM = re.compile(r",?\s+(?:also\s+|better\s+)?known\s+(?:by\s+its\s+\w+\s+acronym\s+|as\s+)(?:the\s+)?([A-Z][A-Z.&-]{1,7})\b")


def _known_as_acronym(text: str, org: Actor) -> str | None:
    """The acronym a text says a body is known by after its name: "the Disaster and Emergency
    Management Authority, known as AFAD" (the initials of its name in another language)."""
    for _start, end in org.spans:
        if "known" in text[end:end + 24]:
            found = _KNOWN_AS_ACRONYM.match(text, end)
            if found:
                return _undotted(found.group(1))
    return None


def _merge_acronyms(text: str, organisations: list[Actor], claims: list[dict], written: dict[str, set[str]] | None = None) -> None:
    """An acronym of a named organisation ("PDMA" for "Provincial Disaster Management
    Authority"), dotted or not, before or after the full name, is the same actor: the
    claims name the organisation and the acronym becomes one of its aliases.  Two forms of
    one acronym with no full name ("U.N.", "UN") are one actor under the first form."""
    full_names = [o for o in organisations if not _undotted(o.name).isupper()]
    by_initials: dict[str, Actor] = {}
    for org in full_names:
        for key in filter(None, (_acronym_in_brackets(text, org), _initials(org.name), _known_as_acronym(text, org))):
            by_initials.setdefault(key, org)
    for short in organisations:
        if " " not in short.name and short.name not in by_initials:
            # a clipped compound of a body's name ("StatCan" after "Statistics Canada") is the body
            full = next((o for o in full_names if o is not short and clipped_name(short.name, o.name)), None)
            if full is not None:
                by_initials[short.name] = full
    rename: dict[str, str] = {}
    for acronym in [o for o in organisations if _undotted(o.name).isupper()
                    or by_initials.get(o.name, o) is not o and (" " not in o.name or _abbreviates(o.name, by_initials[o.name].name))]:
        key = _undotted(acronym.name)
        full = by_initials.get(key)
        if full is None:
            by_initials[key] = acronym  # the first form seen stands for the others
            continue
        if full is acronym:
            continue
        full.aliases.add(acronym.name)
        full.aliases |= acronym.aliases
        full.spans.extend(acronym.spans)
        organisations.remove(acronym)
        rename[acronym.name] = full.name
    for claim in claims:
        for key in ("claimant", "via"):
            name = claim.get(key)
            if not name:
                continue
            if " " not in name and name not in rename and _undotted(name) not in by_initials:
                # (a clipped name the claims stage took as a source of its own)
                full = next((o for o in full_names if clipped_name(name, o.name)), None)
                if full is not None:
                    by_initials[name] = full
                else:  # (or of a source only the claims name)
                    longer = next((c[k] for c in claims for k in ("claimant", "via") if c.get(k) and clipped_name(name, c[k])), None)
                    if longer:
                        rename[name] = longer
                        if written is not None:
                            written.setdefault(longer, set()).add(name)
            if name in rename:
                claim[key] = rename[name]
            elif (_undotted(name).isupper() or " " not in name) and _undotted(name) in by_initials:
                full = by_initials[_undotted(name)]
                if full.name != name:
                    full.aliases.add(name)  # (the actors table lists the initials it went by)
                claim[key] = full.name


# What a filing or a release writes in brackets after a body's name: its listing ("(ASX: MRG)",
# "(NYSE: HBK; TSX: HBK)") and the short names it will use ('("Marda Ridge" or "the Company")',
# '(the "Bank")', '(hereinafter "Harbour")')
# ("(Euronext Paris: ORM)": an exchange of up to three words)
_EXCHANGE_CODE = r"[A-Z][A-Za-z]{1,9}(?:\s+[A-Z][A-Za-z]{1,9}){0,2}\s*:\s*[A-Z][A-Z0-9.]{0,7}"
_LISTING = re.compile(rf"\s*\((?P<codes>{_EXCHANGE_CODE}(?:\s*[;,]\s*{_EXCHANGE_CODE})*)\)")
_DEFINED_TERMS = re.compile(r"\s*\((?P<terms>(?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?(?:the\s+)?[\"“][^()\"“”]{1,40}[\"”]"
                            r"(?:\s*(?:,|or|and|,\s*or)\s+(?:the\s+)?[\"“][^()\"“”]{1,40}[\"”]){0,3})\)")
# the name a listing follows: up to five capitalised words ending just before its bracket
_NAME_BEFORE_LISTING = re.compile(r"(?<![\w’'])([A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|de|du|des|di|van|von)){0,4})$")
_BASED_BEFORE = re.compile(r"^\S+-(?:based|headquartered|listed|owned|registered)\s+")
_DEFINED_TERM = re.compile(r"[\"“](?:[Tt]he\s+)?(?P<term>[^\"“”]+)[\"”]")


def _defined_terms(text: str, organisations: list[Actor], claims: list[dict], written: dict[str, set[str]],
                   people: list[Actor] | None = None) -> None:
    """The short names a text defines for a body in brackets after its name ('Marda Ridge Gold
    Limited (ASX: MRG) ("Marda Ridge" or "the Company")') and its exchange code are that body:
    "The Company expects …" is the firm's, and the actors table lists one source with those
    aliases, not a "Company" of its own.  A listed name no rule took for a body ("Ormont
    (Euronext Paris: ORM)") is the body its exchange code stands for, under that name (and no
    person of that one word)."""
    rename: dict[str, str] = {}
    for listing in _LISTING.finditer(text) if "(" in text else ():
        named = _NAME_BEFORE_LISTING.search(text, max(0, listing.start() - 60), listing.start())
        codes = {code.split(":")[1].strip() for code in re.split(r"[;,]", listing.group("codes"))}
        coded = next((o for o in organisations if o.name in codes), None)
        name = _BASED_BEFORE.sub("", named.group(1)) if named else ""  # ("Brisbane-based Kowari Foods": the firm's)
        if not name or coded is None or any(o.name in (name, named.group(1)) for o in organisations):
            continue
        rename[coded.name] = name
        coded.aliases.add(coded.name)
        coded.name = name
        for person in [p for p in people or () if p.name == name]:
            coded.spans.extend(person.spans)
            people.remove(person)
    for org in list(organisations):
        if org not in organisations or not org.spans:
            continue
        end = min(org.spans)[1]
        terms: list[str] = []
        listing = _LISTING.match(text, end)
        if listing:
            terms += [code.split(":")[1].strip() for code in re.split(r"[;,]", listing.group("codes"))]
            end = listing.end()
        defined = _DEFINED_TERMS.match(text, end)
        if defined:
            terms += [m.group("term").strip() for m in _DEFINED_TERM.finditer(defined.group("terms"))]
        if not terms:
            continue
        keys = {t.lower() for t in terms if t != org.name}
        org.aliases |= {t for t in terms if t != org.name}
        for other in list(organisations):
            name = other.name[4:] if other.name.startswith("The ") else other.name
            if other is not org and name.lower() in keys:
                _merge_into(other, org, organisations, rename)
        for claim in claims:
            for key in ("claimant", "via"):
                name = claim.get(key) or ""
                if name.lower().removeprefix("the ") in keys:
                    rename.setdefault(name, org.name)
    _rename_claimants(claims, rename)
    for old, new in rename.items():
        written.setdefault(new, set()).update(written.pop(old, set()))


# a figure's baseline just before a date: "down from 48% four years ago", "compared with 2.1
# million a year earlier", "than the 300 recorded in 2019"
_BASELINE_BEFORE = re.compile(r"\b(?:from|than|with|against|versus|vs\.?)\s+(?:the\s+)?[^.;:]{0,14}\d[^.;:]{0,22}$")
# Dates this long before publication make an article-voice sentence context, not news
# (about five months: "The seat fell vacant in June" in a November story is background; the
# training golds agree better with five months than with six, and no set falls)
_HISTORICAL_DAYS = 150


# a date in a clause that a subordinator or a relative opens ("…, whose company won the contract
# in 2020, received ten years", "is demanding a rise after the company booked record orders last
# year"), or the baseline of a comparison ("24.6 percent, up from 19.2 percent at the last
# election in January"): it dates the side remark, not the sentence's own news
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|whose|which|who|when|since|as|once|while|following|up\s+from|down\s+from|"
                                 r"compared\s+(?:with|to))\b(?:[^,;:.]|\.(?=\d))*$", re.IGNORECASE)


def _historical_sentences(dates: list[dict], published, figure_sentences: set[int],
                          text: str = "", sentences: list[dict] | None = None) -> set[int]:
    """Sentences whose resolved dates all end five months or more before publication.  A
    count "since" an old date runs up to now ("have attacked 80 vessels since November"),
    so it does not make its sentence history; nor does the date of a figure's baseline
    ("Turnout was 41%, down from 48% four years ago": the 41% is now); a date in a
    subordinate clause after the sentence's start does not count either way."""
    if published is None:
        return set()
    starts = {s["id"]: s["start"] for s in sentences or ()}
    ends: dict[int, list] = {}
    for d in dates:
        if not d["resolved"]:
            continue
        if d["sentence_id"] in figure_sentences and _BASELINE_BEFORE.search(text, max(0, d["start"] - 40), d["start"]):
            ends.setdefault(d["sentence_id"], []).append(published)
            continue
        opening = starts.get(d["sentence_id"])
        if opening is not None and d["start"] > opening and \
                _SUBORDINATE_BEFORE.search(text, max(opening, d["start"] - 100), d["start"]):
            continue
        if d["qualifier"] == "since" and d["sentence_id"] in figure_sentences:
            ends.setdefault(d["sentence_id"], []).append(published)
            continue
        # (a stretch of months ends with its last month: "sales for January-June")
        ends.setdefault(d["sentence_id"], []).append(_span_end(d.get("until") or d["resolved"]))
    limit = published - dt.timedelta(days=_HISTORICAL_DAYS)
    return {sid for sid, values in ends.items() if all(v < limit for v in values)}


def _future_sentences(dates: list[dict], published) -> set[int]:
    """Sentences whose resolved dates (none of them a bound: "until", "by", "since") all begin
    after publication: what they tell is still to come ("The trial starts on January 13")."""
    if published is None:
        return set()
    starts: dict[int, list] = {}
    for d in dates:
        if d["resolved"]:
            starts.setdefault(d["sentence_id"], []).append(date_span(d["resolved"])[0] if not d["qualifier"] else published)
    return {sid for sid, values in starts.items() if all(v > published for v in values)}


def _span_end(resolved: str) -> dt.date:
    """The last day of a YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD span."""
    return date_span(resolved)[1]


def _actor_rows(people: list[Actor], organisations: list[Actor], states: list[Actor], claims: list[dict],
                written: dict[str, set[str]] | None = None) -> list[dict]:
    """The actors table: every person, organisation and state named, and every other
    source a claim is attributed to ("Portville police", "the opposition"), each with
    every name the text uses for it."""
    claimed = {c["claimant"] for c in claims} | {c["via"] for c in claims}
    written = written or {}
    known = {a.name for a in people + organisations + states}
    for name in dict.fromkeys(c[key] for c in claims for key in ("claimant", "via")):
        if name and name not in known and name not in (ARTICLE, UNATTRIBUTED):
            role = next((c["claimant_role"] for c in claims if c["claimant"] == name and c["claimant_role"]), None)
            spans = [(c["start"], c["end"]) for c in claims if name in (c["claimant"], c["via"])]
            # (a name all in capitals, "ROAD SAFE", is a body's: an organisation, not a group)
            kind = "organisation" if in_capitals(name) else "group"
            organisations = organisations + [Actor(name=name, kind=kind, role=role, spans=spans[:1])]
            known.add(name)
    rows = []
    listed = set()  # the names given a row already
    conduits = {c["via"] for c in claims}
    for actor in people + organisations + states:
        if actor.name in listed:
            continue
        listed.add(actor.name)
        actor.aliases |= {w for w in written.get(actor.name, ()) if w != actor.name}
        if actor.kind == "person":
            # "Later Joris van Roe said": the adverb that opened the sentence is no part of a name
            names = actor.aliases | {actor.name}
            actor.aliases = {w for w in actor.aliases if not (" " in w and w.split(None, 1)[0] in _sentence_openers()
                                                              and w.split(None, 1)[1] in names)}
        role = actor.role
        if actor.kind == "organisation" and actor.name in conduits:
            role = "conduit"
        elif actor.kind == "person" and not role and actor.name in claimed:
            role = "claimant"
        first = min(actor.spans) if actor.spans else (None, None)
        rows.append({"name": actor.name, "role": role, "kind": actor.kind,
                     "aliases": "; ".join(sorted(actor.aliases)) or None,
                     "mentions": len(actor.spans), "start": first[0], "end": first[1]})
    return rows


@lru_cache(maxsize=1)
def _sentence_openers() -> frozenset[str]:
    """Capitalised words that open a sentence and never a name ("Later", "Separately", "The")."""
    return word_set("not_name_words") | word_set("opening_adverbs")


# While an article is extracted, the cyclic garbage collector's youngest generation is
# collected every 10,000 allocations instead of Python's 700: nearly all the rules make
# (rows, matches, tuples) dies young by reference counting, so most of those collections
# freed nothing and walked the same few live objects again (a tenth of what they cost).
_YOUNG_COLLECTION = 10_000


def extract(article: Article) -> Tables:
    """Extract and validate the six tables of one article."""
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], _YOUNG_COLLECTION), *thresholds[1:])
    try:
        return make_valid_tables(extract_rows(article), article.text)
    finally:
        gc.set_threshold(*thresholds)  # the process's own setting again

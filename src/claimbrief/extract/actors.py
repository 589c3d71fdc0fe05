"""Actors: people (with roles and aliases), organisations and states.

No statistical NER model is used (none may be downloaded); people are found from the
patterns news copy uses for them: a title before a name ("Defense Minister Kim
Jae-won"), the subject of a reporting verb ("Smith said"), an appositive ("Smith, the
company's chief executive, said").  A bare surname or any single part of a full name,
and "he"/"she", resolve to the person named before (see :func:`resolve_person`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby

from rapidfuzz.distance import Levenshtein

from ..lexicon import alternation, countries, lexicon, trie_alternation, word_set, words

# Initialisms ("U.S.") and company abbreviations ("Corp.") keep their periods.  Names are
# written with the letters of Latin Extended-A/B and Additional too ("Brâncuși", "Łukasz", "Đặng").
# A plural possessive inside a name keeps its apostrophe ("Dairy Farmers' Union");
# acronyms are words of a name ("SITE Intelligence Group"); a word capitalised inside
# ("BlackRock", "McDonald", "DeSantis") is one word of a name; so is an initial with no period
# before a name, as South Asian copy writes it ("Revenue Minister K Sasidharan", "M K Roe"; not
# "A" nor "I", an article and a pronoun far more often).
_NAME_PART = r"(?:(?:[A-Z]\.){2,}|(?:Corp|Inc|Ltd|Co|Bros|Jr|Sr|St|Mt|Ft|Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Rep|Sen|Gov|Rev)\.|[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zà-öø-ÿā-ɏḁ-ỿ’'\-]*[a-zà-öø-ÿā-ɏḁ-ỿ](?:[A-Z][a-zà-öø-ÿ]+)*(?:(?<=s)[’'](?=\s+[A-Z]))?|[A-Z]{2,}(?![\w-])|[A-Z]\.|[B-HJ-Z](?=[ \t]+[A-Z](?:[a-z]|[ \t]+[A-Z][a-z]))|(?:al|el|bin|ibn|de|da|del|della|do|das|des|dei|van|von|der|ter|ten|le|la|du|dos|di)(?=[\s-]))"
# (a name never runs over a line break: a byline's name is not the next paragraph's first word)
# (the look-ahead first: the letters a name part can begin with, capitals and the first
# letters of its particles, tested before the look-behind: most positions are ruled out by
# one character; a test checks it holds every first letter of _NAME_PART)
_NAME_START = "A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿabdeiltv"
# (words join by spaces or one hyphen, "Kim Jong-Un"; a dash between spaces is no name's:
# "Dec. 16 Meridian - Ukrainian President …")
_CAP_RUN = re.compile(rf"(?=[{_NAME_START}])(?<![\w’'.-]){_NAME_PART}(?:(?:[ \t]+|-)(?!-){_NAME_PART})*")


# The rules' fixed patterns, compiled once: a pattern given to re.search() as a string
# is looked up in the re module's cache on every call.
_THE_NAMES = re.compile(r"(?:United|Democratic|Central African|Dominican|Czech) ")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_NOT_LETTER = re.compile(r"[^a-z]")
_BROADCASTER_NAME = re.compile(r"(?:Radio|Television|TV|Channel)\s+[A-Z]\w+$")
_BROADCASTER = re.compile(r"(?:Radio|Television|TV|Channel)\s+[A-Z]")
_NEWS_TITLE_END = re.compile(r"\b(?:News|Times|Post|Journal|Herald|Tribune|Telegraph|Gazette|Press|Television|TV|Radio|Broadcasting|"
                             r"Courier|Observer|Chronicle|Standard|Mirror|Express|Examiner|Inquirer|Dispatch|Mail|Star|Globe|Sentinel|"
                             r"Bulletin|Record|Recorder|Register|Ledger|Advertiser|Argus|Clarion|Daily|Weekly)$")
_BASED = re.compile(r"-(?:based|born|headquartered)$")
_GENERIC_MEDIA_NOUNS = frozenset({"agency", "network", "outlet"})
_WORD_OR_MARK = re.compile(r"[\w’'-]+|[^\w\s]")
_WORD = re.compile(r"[\w’'-]+$")


_ARTICLE_MEMOS: list = []


def article_memo(func):
    """Memoise a pure function of the names and phrases of one article: the stages test the
    same names again and again within an article.  :func:`forget_article` (called by the
    extraction for each new article) empties the memo, so it never counts on one article
    repeating another's names, as the benchmark's generated articles do."""
    memo = lru_cache(maxsize=4096)(func)
    _ARTICLE_MEMOS.append(memo)
    return memo


def forget_article() -> None:
    """Empty the per-article memos (see :func:`article_memo`)."""
    for memo in _ARTICLE_MEMOS:
        memo.cache_clear()


@dataclass
class Actor:
    """One actor and where the text names it."""

    name: str
    kind: str  # person, organisation, state
    role: str | None = None
    aliases: set[str] = field(default_factory=set)
    spans: list[tuple[int, int]] = field(default_factory=list)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    lex = lexicon()
    verbs = [v for group in lex["reporting_verbs"].values() for v in group]
    # (the long lists as trees of shared prefixes: the same matches, each letter compared once)
    return {
        "role": re.compile(rf"^(?:{trie_alternation(lex['role_words'])})$"),
        "verb": re.compile(rf"^(?:{trie_alternation(verbs, True)})\b", re.IGNORECASE),
        # (a suffix with its full stop is one too: "Alpha Engineering Co.", "Beta Foods Inc.")
        "org_end": re.compile(rf"(?:^|\s)(?:{trie_alternation(lex['organisation_words'] + lex['company_suffixes'])})\.?$"),
        "news": re.compile(rf"^(?:the\s+)?(?:{trie_alternation(lex['news_organisations'], True)})$", re.IGNORECASE),
        "courtesy": re.compile(rf"(?:{alternation(lex['courtesy_titles'])})\s"),
        # ("Ministry of …", "Health Ministry for …", "Public Health Institute of …": more words
        # before the organisation word only before "of", "Perth Magistrates Court on Wednesday" is no name)
        "org_start": re.compile(rf"^(?:(?:[A-Z][\w’'-]*\s+)?(?:{trie_alternation(lex['organisation_words'])})\s+(?:of|for|on)"
                                rf"|(?:[A-Z][\w’'-]*\s+){{2,3}}(?:{trie_alternation(lex['organisation_words'])})\s+of)\s+(?:the\s+)?[A-Z]"),
        # ("Instituto Portuario de Obras", "Secretaría de Vivienda": a body's name that opens with its kind)
        "org_head": re.compile(rf"^(?:{trie_alternation(lex['romance_organisation_heads'])})\s+(?:(?:de|del|da|do|dos|das|di|della|du|des)\s+)?[A-ZÀ-ÖØ-Þ]"),
        "org_of": re.compile(rf"\b(?:{trie_alternation(lex['organisation_words'])})\s+(?:of|for|on)\s+(?:the\s+)?$"),
    }


@lru_cache(maxsize=1)
def _base_forms() -> frozenset[str]:
    """Reporting verbs in their base form: those whose -s form is also listed."""
    verbs = {v.lower() for group in lexicon()["reporting_verbs"].values() for v in group}
    return frozenset(v for v in verbs if v + "s" in verbs or v + "es" in verbs)


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    return frozenset(lexicon()["not_name_words"])


@lru_cache(maxsize=1)
def geo_words() -> dict[str, str]:
    """Lower-cased country names, aliases, demonyms and capitals -> ISO alpha-2."""
    table: dict[str, str] = {}
    for code, entry in countries().items():
        names = [entry.get("name"), *entry.get("aliases", []), *entry.get("demonyms", []),
                 entry.get("capital"), *entry.get("capital_aliases", [])]
        for name in names:
            if name:
                table.setdefault(name.lower().removeprefix("the "), code)
    return table


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Lower-cased names of countries, one word each ("kenya", "maldives"): no one's surname."""
    return frozenset(n.lower().removeprefix("the ") for entry in countries().values()
                     for n in (entry.get("name"), *entry.get("aliases", [])) if n and " " not in n.removeprefix("the "))


# countries whose names are also people's ("Michael Jordan", "Idriss Chad", "Tom Israel")
_COUNTRIES_AS_NAMES = frozenset({"Jordan", "Chad", "Georgia", "Israel", "India", "Kenya", "Malaysia", "Ireland", "Lebanon"})


def is_geo_name(name: str) -> bool:
    return name.lower().removeprefix("the ") in geo_words()


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    return frozenset(d.lower() for entry in countries().values() for d in entry.get("demonyms") or [])


def is_demonym(word: str) -> bool:
    """Whether a word is a people's adjective or noun ("Kenyan", "Kenyans"), not a state."""
    return word.lower() in _demonyms()


@lru_cache(maxsize=None)  # a few states per article, each asked for again and again
def government_name(code: str) -> str:
    """The canonical name of a state acting as a source: "Government of Freedonia"."""
    entry = countries().get(code) or {}
    name = entry.get("name") or code
    # "the Philippines", "the United Kingdom": the article the data or the name asks for
    the = f"the {name}".lower() in {a.lower() for a in entry.get("aliases") or []} or \
        _THE_NAMES.match(name) is not None
    return f"Government of {'the ' + name if the else name}"


def demonym(code: str) -> str:
    """The adjective for a state's people and things ("Philippine"), else its name."""
    import os

    entry = countries().get(code) or {}
    name = entry.get("name") or code
    forms = [d for d in entry.get("demonyms") or [] if not d.endswith("s") or d.endswith("ss")]
    # the adjective closest to the name ("Philippine", not "Filipino"), else the first given
    return max(forms, key=lambda d: len(os.path.commonprefix([d, name]))) if forms else name


@lru_cache(maxsize=1)
def _state_patterns() -> dict[str, re.Pattern]:
    lex = lexicon()
    return {
        # (and "the Russian side": a state's side in talks or a war, only with the state named)
        "body": re.compile(rf"^(?P<state>.+?)(?:[’']s)?\s+(?:{alternation(lex['state_bodies'] + ['side'])})$", re.IGNORECASE),
        "media": re.compile(rf"^(?P<state>.+?)(?:[’']s)?\s+state(?:-run|-owned|\s+run|\s+owned)?\s+(?P<noun>{alternation(lex['state_media_nouns'])})$",
                            re.IGNORECASE),
    }


@article_memo
def state_actor(phrase: str) -> str | None:
    """The canonical name of a state, a capital or a state's body used as a source:
    "Lisbon", "Portugal", "the Freedonian regime", "Freedonia's government" -> the
    government of that state; "Freedonian state television" -> a claimant of its own."""
    phrase = _LEADING_THE.sub("", phrase.strip())
    code = geo_words().get(phrase.lower()) if phrase[:1].isupper() else None
    # (a country's initials, "the U.S.", "the UK", are its name as a subject, though they
    # also stand before nouns like a demonym: "U.S. officials")
    if code and (not is_demonym(phrase) or phrase.replace(".", "").isupper()):
        return government_name(code)
    seat = lexicon()["seats_of_government"].get(phrase) if phrase[:1].isupper() else None
    if seat:  # "the Kremlin said": the seat of government speaks for the government
        return government_name(seat)
    pats = _state_patterns()
    media = pats["media"].match(phrase)
    if media and geo_words().get(media.group("state").lower()):
        return f"{demonym(geo_words()[media.group('state').lower()])} state {media.group('noun').lower()}"
    body = pats["body"].match(phrase)
    if body and geo_words().get(body.group("state").lower()):
        return government_name(geo_words()[body.group("state").lower()])
    return None


_VOWEL_BYTES = b"aeiouy"  # (the vowels a skeleton drops, y with them)
_DOUBLED_LETTER = re.compile(r"(.)\1")
_ASCII_NOT_LETTERS = str.maketrans("", "", "".join(chr(c) for c in range(128) if not "a" <= chr(c) <= "z"))
_TRANSLIT = [("kh", "h"), ("gh", "h"), ("ph", "f"), ("zh", "j"), ("dzh", "j"), ("dj", "j"),
             ("tch", "ch"), ("sch", "sh"), ("w", "v"), ("g", "h"), ("q", "k"), ("c", "k"), ("x", "ks")]


@article_memo  # the same few names are compared over and over in one article
def name_skeleton(name: str) -> str:
    """A spelling-independent key of a name: its consonants after folding the variants
    transliteration produces (kh/h/g, w/v, c/k/q; vowels, y and doubled letters dropped), so
    Hryhorenko and Grigorenko, Mohammad and Muhammed, Yevgeny and Evgeny share one."""
    if name.isascii():  # (NFKD changes no ASCII text)
        key = name.lower()
        if not key.isalpha():  # (an ASCII word of letters only has nothing to drop: most names)
            key = key.translate(_ASCII_NOT_LETTERS)
    else:  # the accents NFKD splits off go with every other character that is no letter a-z
        key = _NOT_LETTER.sub("", unicodedata.normalize("NFKD", name.lower()))
    for old, new in _TRANSLIT:
        key = key.replace(old, new)
    # (the key is letters a-z only: its bytes drop the vowels faster than the str's table)
    key = key.encode("ascii").translate(None, _VOWEL_BYTES).decode("ascii")
    # doubled letters once (most names have none: the quick search spares the join)
    return "".join(letter for letter, _ in groupby(key)) if _DOUBLED_LETTER.search(key) else key


@article_memo  # every capitalised run is compared with every person named
def same_person_spelling(a: str, b: str) -> bool:
    """Whether two written names are spellings of one name (transliteration variants):
    the same number of words, each word with the same skeleton and close in spelling."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or a == b:
        return False
    return all(name_skeleton(x) == name_skeleton(y) and len(name_skeleton(x)) >= 2
               and Levenshtein.normalized_similarity(x.lower(), y.lower()) >= 0.5 for x, y in zip(wa, wb))


@article_memo  # asked of every capitalised run and of each of its tails
def is_organisation(name: str) -> bool:
    """Whether a name is an organisation's: a news outlet, a name ending in an organisation
    word or company suffix ("Forest Service", "Marlin Shipping Ltd"), "Ministry of ...", a
    broadcaster ("Radio Foo") or a short acronym that is no place."""
    pats = _patterns()
    return bool(pats["news"].match(name) or pats["org_end"].search(name) or pats["org_start"].match(name)
                or pats["org_head"].match(name)
                or _BROADCASTER_NAME.match(name)
                # "Statistics Canada", "Statistics South Africa": a national statistics office
                or name.startswith("Statistics ") and is_geo_name(name[11:])
                or (name.isupper() and 2 <= len(name) <= 6 and not is_geo_name(name)
                    and name not in word_set("time_zones"))  # ("by 0915 GMT": a clock's zone)
                # (a ministry's or department's initials with its "of" in lower case: "MoD", "DoJ", "MoFA")
                or _MIXED_CASE_ACRONYM.fullmatch(name) is not None
                # a body's initials and the land it serves: "NHS England", "NHS Scotland"
                or _INITIALS_THEN_LAND.fullmatch(name) is not None
                and (is_geo_name(name.split()[1]) or is_region_name(name.split()[1])))


_INITIALS_THEN_LAND = re.compile(r"[A-Z]{2,5}\s+[A-Z][a-z]+")


_CLIPPED_PIECE = re.compile(r"[A-Z][a-z]+")
_CLIP_SKIP = frozenset({"of", "and", "the", "for", "on", "in", "&"})


def clipped_name(short: str, full: str) -> bool:
    """Whether a one-word name is a clipped compound of a longer name: its capitalised pieces
    open the longer name's words in turn ("StatCan" for "Statistics Canada", "FinMin" for
    "Finance Ministry"), every piece two letters or more."""
    pieces = _CLIPPED_PIECE.findall(short)
    if len(pieces) < 2 or "".join(pieces) != short:
        return False
    words = [w for w in re.split(r"[\s-]+", full) if w and w.lower() not in _CLIP_SKIP]
    return len(words) == len(pieces) and all(w.startswith(p) and w != p for w, p in zip(words, pieces))


def is_region_name(name: str) -> bool:
    """Whether a name is a country's region (a state, province or district of ISO 3166-2)."""
    from .gazetteer import fold, subdivisions

    return fold(name) in subdivisions()


# initials with a small word's letter in lower case between capitals, as British and US
# copy writes a ministry or a department: "MoD", "DoD", "DfE", "MoFA" (not "McCoy": one capital after)
_MIXED_CASE_ACRONYM = re.compile(r"(?:[A-Z][a-z]?){1,3}(?<=[a-z])[A-Z]{1,3}|[A-Z][a-z][A-Z][a-z][A-Z]")


@lru_cache(maxsize=1)
def _collective_openers() -> frozenset[str]:
    """Folded words that open a party's or a movement's name, never a person's ("Coalition",
    "Alliance", "Bloc", "Front", "Movement", "Union")."""
    return frozenset(w.lower() for w in ("Coalition", "Alliance", "Bloc", "Front", "Movement", "Union", "Rassemblement",
                                         "Mouvement", "Partido", "Parti", "Party", "Congress", "League", "Frente"))


@lru_cache(maxsize=1)
def _geo_feature_ends() -> frozenset[str]:
    """Last words of a natural feature's name that no surname has ("the Red Sea", "the
    Mekong Delta"), capitalised; and the type words of regions ("Shama District", "Ga South
    Municipal", "Upson County"), but for "Parish", a surname too."""
    return frozenset(w.title() for w in lexicon()["geo_feature_ends"]) | frozenset(
        w.title() for w in lexicon()["region_words"] if " " not in w and w.islower() and w != "parish")


@article_memo
def is_news_organisation(name: str) -> bool:
    """Whether a name is a news outlet's: a known one, a name ending in a media noun ("Foo
    Television"), a broadcaster ("Radio Foo") or a newspaper title ("The Portville Herald")."""
    return bool(_patterns()["news"].match(name)) or name.endswith(_media_endings()) or \
        bool(_BROADCASTER.match(name)) or bool(_NEWS_TITLE_END.search(name))


@lru_cache(maxsize=1)
def _media_endings() -> tuple[str, ...]:
    """" Television", " News Agency", ...: the media nouns as a name ends with them.  A bare
    "Agency" or "Network" ends a government body's or a charity's name as often ("Federal
    Emergency Agency", "Food Bank Network"): only their compounds ("News Agency") name news."""
    return tuple(" " + m.title() for m in words("media_nouns") if m.lower() not in _GENERIC_MEDIA_NOUNS)


def locate(run: str, name: str, last: bool = False) -> tuple[int, int] | None:
    """Where ``name`` (words joined by single spaces) stands in ``run``, whatever spacing
    or line break the text puts between its words: (start, end) inside ``run``."""
    if run.isprintable() and "  " not in run:
        # only single plain spaces in the run (no other whitespace is printable): the
        # pattern's matches are the name's own occurrences, found without compiling it
        name = " ".join(name.split())
        found = run.find(name) if name else -1
        if found < 0:
            return None
        if last:  # the last of the non-overlapping matches, as finditer would give them
            following = run.find(name, found + len(name))
            while following >= 0:
                found, following = following, run.find(name, following + len(name))
        return found, found + len(name)
    pattern = _spaced(name)
    found = list(pattern.finditer(run)) if pattern else []
    if not found:
        return None
    match = found[-1] if last else found[0]
    return match.start(), match.end()


@article_memo
def _spaced(name: str) -> re.Pattern | None:
    """``name`` as a pattern matching its words with any whitespace between them (compiled
    once per name: names are located again and again, and so many distinct patterns would
    push the rules' own patterns out of the ``re`` module's small cache)."""
    pattern = r"\s+".join(re.escape(word) for word in name.split())
    return re.compile(pattern) if pattern else None


@lru_cache(maxsize=256)
def capitalised_runs(text: str, start: int = 0, end: int | None = None) -> tuple[tuple[int, int, str], ...]:
    """The (start, end, words) of runs of capitalised words inside text[start:end].  Cached:
    the stages read the same sentences and the same whole text for names, states and places.
    Once the whole text has been read, a sentence's runs are taken from its runs where
    that gives what reading the sentence alone gives (:func:`_runs_inside`)."""
    stop = len(text) if end is None else end
    whole = _WHOLE_TEXT_RUNS.get(text)
    if whole is not None and (start or stop < len(text)):
        inside = _runs_inside(text, whole, start, stop)
        if inside is not None:
            return inside
    runs = tuple((match.start(), match.end(), match.group()) for match in _CAP_RUN.finditer(text, start, stop))
    if not start and stop >= len(text):
        if len(_WHOLE_TEXT_RUNS) >= 4:  # kept for the article being read
            _WHOLE_TEXT_RUNS.clear()
        _WHOLE_TEXT_RUNS[text] = ([run[0] for run in runs], runs)
    return runs


# text -> (where its runs start, its runs), for the last texts read whole
_WHOLE_TEXT_RUNS: dict[str, tuple[list[int], tuple]] = {}


def _runs_inside(text: str, whole: tuple[list[int], tuple], start: int, stop: int) -> tuple | None:
    """The runs the pattern finds in text[start:stop] alone, taken from the whole text's
    runs; None where they could differ.  They are the whole text's runs inside the span when
    no run of the whole text crosses either end or ends where the span does, and the span
    ends just before whitespace after a character that is none: every lookahead of the
    pattern that could look past the end of the span then sees what it sees at the end of
    a string.  (Sentences almost always qualify: each is then not read a second time.)"""
    if stop < len(text) and (not text[stop].isspace() or (stop > 0 and text[stop - 1].isspace())):
        return None
    starts, runs = whole
    first = bisect_left(starts, start)
    if first and runs[first - 1][1] > start:
        return None  # a run of the whole text crosses the start
    last = first
    while last < len(runs) and runs[last][0] < stop:
        if runs[last][1] >= stop:
            return None  # a run crosses the end or ends with the span
        last += 1
    return runs[first:last]


# the honorifics state media put before a leader's title ("the esteemed President")
_HONORIFICS = frozenset({"respected", "esteemed", "dear", "beloved", "great", "honourable", "honorable", "supreme"})


@lru_cache(maxsize=1)
def _leader_titles() -> frozenset[str]:
    """The titles of heads of state and government ("Supreme Leader", "Prime Minister")."""
    return frozenset(lexicon()["head_of_state_roles"] + lexicon()["head_of_government_roles"])


@lru_cache(maxsize=1)
def _one_word_roles() -> frozenset[str]:
    """The role words of one word: what the role pattern (the whole role list, spaces as
    whitespace, case kept) matches in a word of a run, which holds no whitespace; looked
    up in a set instead of running the pattern on each word of each run."""
    return frozenset(word for word in lexicon()["role_words"] if " " not in word)


@lru_cache(maxsize=1)
def _two_word_roles() -> frozenset[tuple[str, str]]:
    """The role words of two words whose second is no role of its own ("Detective Garda":
    "Garda" alone opens the force's names, "the Garda Síochána")."""
    return frozenset(tuple(r.split()) for r in lexicon()["role_words"]
                     if r.count(" ") == 1 and r.split()[1] not in _one_word_roles())


def _split_role(run: str) -> tuple[str | None, str]:
    """Split "Finance Minister Lee Jae-won" into (role, name)."""
    tokens = run.split()
    roles = _one_word_roles()
    last_role = -1
    for i, token in enumerate(tokens[:-1]):  # (the last word is the name's in any case)
        if token in roles or i and (tokens[i - 1], token) in _two_word_roles():
            last_role = i
    if last_role < 0:
        return None, run
    role = " ".join(tokens[: last_role + 1])
    if role in lexicon()["courtesy_titles"]:
        role = None
    return role, " ".join(tokens[last_role + 1:])


@article_memo  # each capitalised run is read by find_people and again by the claims stage
def _role_and_name(run: str) -> tuple[str | None, str]:
    """A capitalised run as (role, name): "Finance Minister Lee Jae-won" -> ("Finance
    Minister", "Lee Jae-won"), without the words that are no name."""
    role, name = _split_role(run)
    return role, _clean_name(name)


def role_and_name(run: str) -> tuple[str | None, str]:
    """A capitalised run as (role, name), without the words that are no name (public for the
    claims stage, which meets names the people finder did not take)."""
    return _role_and_name(run)


def _title_case(line: str) -> bool:
    """Whether a headline capitalises (nearly) every word, as many outlets set them."""
    words = [w for w in line.split() if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _clean_name(name: str) -> str:
    tokens = name.split()
    # (and the adverbs that open a sentence before its subject: "Separately Jan Roe said")
    skip = _not_name_words() | word_set("opening_adverbs")
    # "Lisbon-based Marlin Shipping": a hyphenated place modifier is not part of the name
    while tokens and (tokens[0] in skip or tokens[0].rstrip("’'s") in skip
                      or _BASED.search(tokens[0])):
        tokens.pop(0)
    while tokens and tokens[-1] in skip:
        tokens.pop()
    while len(tokens) > 1 and tokens[-1] in postnominals():
        tokens.pop()  # "Jane Roe SC", "Tom Roe KC": the name without its rank at the bar or honour
    return " ".join(tokens)


@lru_cache(maxsize=1)
def postnominals() -> frozenset[str]:
    """Letters after a name that are no part of it ("SC", "KC", "OBE")."""
    return frozenset(lexicon()["postnominal_titles"])


# posts written with the district they are of and no "of" ("Deputy Commissioner Diamer"), as
# South Asian and East African copy writes them
_JURISDICTION_TITLES = frozenset({"Commissioner", "Collector", "Magistrate"})
_NAME_IN_APPOSITION = re.compile(r",\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}\s*,")


_LOCATIVE_AT_END = re.compile(r"\b(?:in|from|at|near|to)\s+$")
_IN_OR_NEAR_AT_END = re.compile(r"\b(?:in|near)\s+$")


def _big_city(name: str, population: int = 100_000) -> bool:
    """Whether a name is a city of ``population`` people or more (100,000 unless told; 0: any
    town at all) by its own name in the gazetteer."""
    from . import gazetteer as gz

    return any(city.population >= population for city in gz.cities()[0].get(gz.fold(name), ()))


def find_people(text: str, sentences: list[dict]) -> list[Actor]:
    """People named in the text: titled names and subjects of reporting verbs, with aliases."""
    people: dict[str, Actor] = {}
    pats = _patterns()
    capitalised_runs(text)  # the whole text first: the sentences' runs are then taken from it
    for sentence in sentences:
        s, e = sentence["start"], sentence["end"]
        if sentence["block"] == "headline" and _title_case(text[s:e]):
            continue  # "Kim Inspects Munitions Enterprises": every word capitalised, no name ends anywhere
        held = None  # a post written with its district, for the name set beside it
        for r_start, r_end, run in capitalised_runs(text, s, e):
            role, name = _role_and_name(run)
            if name[-2:] in ("'s", "’s") and " " in name:
                name = name[:-2]  # "Justice Minister Jane Roe's spokesman": Jane Roe, not "Jane Roe's"
            after_place = False  # a name after the place a title is of ("Hero of Freedonia Tan Roe")
            if name.count(" ") >= 2 and _PREPOSITION_AT_END.search(text, max(s, r_start - 12), r_start):
                # "ambassador to New Zealand Harry Dean", "Vice Chairman of the State Affairs
                # Commission Tan Roe": the place or body a post is of, then the holder's name
                whole, name = name, _name_after_place_or_body(name)
                after_place = name != whole and is_geo_name(whole[:-len(name)].strip()) and \
                    text[max(s, r_start - 12):r_start].rstrip().endswith(" of") and \
                    text[max(s, r_start - 30):r_start].rstrip()[:-3].rstrip().split()[-1:][0][:1].isupper() \
                    if text[max(s, r_start - 30):r_start].rstrip()[:-3].strip() else False
            titled_of = _title_of_before(text, max(s, r_start - 100), r_start) if " of " in text[max(s, r_start - 100):r_start] else None
            portfolio = _portfolio_words(name) if titled_of and not role else 0
            if portfolio and len(name.split()) - portfolio >= 2:
                # "Minister of Foreign Affairs Jane Roe", "Deputy Chairman of the Council of Ministers
                # Jane Roe": the run opens with the rest of the title (the field a post covers)
                words = name.split()
                role, name = f"{titled_of} {' '.join(words[:portfolio])}", " ".join(words[portfolio:])
                if _verb_follows(text[r_end:e]) or _APPOSITIVE.match(text, r_end, e) or _SAID_BEFORE.search(text[s:r_start]):
                    found = locate(run, name, last=True)
                    if found:
                        _add_person(people, name, role, (r_start + found[0], r_start + found[1]))
                        people[_full_name_for(people, name) or name].aliases.add(" ".join(run.split()))
                continue
            multi = len(name.split()) >= 2
            if role and not multi and _patterns()["role"].match(name):
                continue  # "Deputy Chairman": a title alone, no name
            if role and not multi and role.split()[-1] in _JURISDICTION_TITLES and _NAME_IN_APPOSITION.match(text, r_end, e):
                # "Deputy Commissioner Diamer, Tariq Mehmood Awan,": the district the post is of,
                # then its holder, who holds the post
                held = (_NAME_IN_APPOSITION.match(text, r_end, e).start() + 2, f"{role} of {name}")
                continue
            if held and r_start == held[0] and not role:
                role = held[1]
            if multi and (name in _leader_titles() or name.split()[-1] in _one_word_roles()
                          and all(w.lower() in _HONORIFICS for w in name.split()[:-1])):
                continue  # "The Supreme Leader stressed …", "Esteemed President opens …": a title alone, no name
            # one word with no title is never taken as a person here (most runs: "The",
            # "Monday", a place), so the tests below are not even tried for it
            if not name or not (role or multi) or is_geo_name(name) or is_organisation(name):
                continue
            if multi and not role and in_capitals(name):
                continue  # "ROAD SAFE said": a body's name written in capitals, nobody's
            if multi and (name.split()[0].lower() in compass_words() or name.split()[-1] in _geo_feature_ends()):
                continue  # "North Kivu", "Western Cape", "the Red Sea": a place, nobody's name
            if multi and (run.split()[0] in ("The", "the") or text[max(s, r_start - 4):r_start] in ("The ", "the ")) \
                    and is_news_organisation(name):
                continue  # "told The Portville Ledger": a newspaper's title, nobody's name
            if multi and not role and name.split()[-1].lower() in _country_names() and name.split()[-1] not in _COUNTRIES_AS_NAMES:
                continue  # "Transparency Alphaland", "Amnesty Alphaland": a body's branch in a country, nobody's name
            if multi and name.split()[0].lower() in _collective_openers():
                continue  # "Coalition Avenir Québec", "Alliance Nationale Guinée": a party, nobody's name
            if multi and _POSSESSIVE_INSIDE.search(name):
                continue  # "Russia's Belgorod", "Seoul's Gangnam": an owner and its place, no one's name
            if multi and not role and _LOCATIVE_AT_END.search(text, max(s, r_start - 6), r_start) and (
                    _big_city(name) or _IN_OR_NEAR_AT_END.search(text, max(s, r_start - 6), r_start)
                    and text[r_end:r_end + 2] not in ("'s", "’s")):
                # "the embassy in Tel Aviv", "from Buenos Aires": a city where it stands; "a community
                # leader in Um Baru told": a place after "in", however small, no one's name
                continue
            if pats["org_of"].search(text[max(s, r_start - 40):r_start]):
                continue  # "Ministry of Water Supply": the rest of an organisation's name
            titled = multi and pats["courtesy"].match(run) is not None
            lower_role = _lower_role(text[max(s, r_start - 60):r_start], run) if multi else None
            if lower_role:  # "regional governor Oleh Roe", "chief spokeswoman Ana Diaz"
                role = f"{lower_role} {role}" if role else lower_role
            # a name without a title needs a reporting verb, an appositive or a later mention
            # (tried cheapest first, each only when the ones before it fail)
            if role or titled or (multi and after_place) or (multi and (_verb_follows(text[r_end:e]) or _SAID_BEFORE.search(text[s:r_start])
                                             or _APPOSITIVE.match(text, r_end, e) or _post_after_name().match(text, r_end, e)
                                             or text.startswith(",", r_end) and _POST_BEFORE_APPOSITION.search(text, max(s, r_start - 60), r_start)
                                             or (len(name.split()) <= 3 and _named_again(text, name, r_end)))):
                found = locate(run, name, last=True)
                if found:
                    _add_person(people, name, role, (r_start + found[0], r_start + found[1]))
    # Single-token subjects that are part of a known name become aliases ("Lee", "Moreau").
    return list(people.values())


@lru_cache(maxsize=1)
def compass_words() -> frozenset[str]:
    """Words that open a region's name and no person's ("North", "Southern", "Upper")."""
    return frozenset(w for w in lexicon()["directions"] if " " not in w) | {
        "north", "south", "east", "west", "upper", "lower"}


_PREPOSITION_AT_END = re.compile(r"\b(?:to|of|for|in|at)\s+(?:the\s+)?$")


def _name_after_place_or_body(name: str) -> str:
    """A name without the place or body that opens its run after a post's preposition:
    the words after a place (of one or two words) or after the last organisation word, when
    two words at least are left; else the name as it was."""
    tokens = name.split()
    for k in (2, 1):
        if len(tokens) - k >= 2 and is_geo_name(" ".join(tokens[:k])):
            return " ".join(tokens[k:])
    org_end = _patterns()["org_end"]
    for k in range(len(tokens) - 2, 0, -1):
        if org_end.search(" ".join(tokens[:k])):
            return " ".join(tokens[k:])
    return name


# a title that runs over "of": "Minister of ", "Deputy Chairman of the Council of "
_TITLE_OF = re.compile(r"(?P<title>(?P<first>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)\s+(?:of|for)\s+(?:the\s+)?"
                       r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s+(?:of|for|and)\s+(?:the\s+)?)*)$")


def _portfolio_words(run: str) -> int:
    """How many words opening a run name the field a post covers ("Foreign Affairs",
    "Mining", "Ministers"): the rest of a title that runs over "of"."""
    fields = _portfolios()
    count = 0
    for word in run.split():
        if word.lower() not in fields:
            break
        count += 1
    return count


@lru_cache(maxsize=1)
def _portfolios() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon()["portfolio_words"])


def _title_of_before(text: str, start: int, end: int) -> str | None:
    """The title written before a capitalised run when it runs over "of" and its first words
    end with a role word ("Minister of ", "Deputy Chairman of the Council of "), without
    the last "of"."""
    match = _TITLE_OF.search(text, start, end)
    if not match or not _patterns()["role"].match(match.group("first").split()[-1]):
        return None
    return " ".join(match.group("title").split())


# a post, then its holder between commas: "Our correspondent in Seoul, Jane Roe, will …"
_POST_BEFORE_APPOSITION = re.compile(r"\b(?:correspondent|reporter|editor|spokesman|spokeswoman|spokesperson|analyst|"
                                     r"researcher|economist|official|officer|director|chief|head|envoy|ambassador|lawyer|"
                                     r"presenter|anchor|producer|commander|governor|mayor)(?:\s+(?:in|for|at|of|on)\s+[^,.;]{1,40})?,\s+$")
_POSSESSIVE_INSIDE = re.compile(r"[’']s\s")
_AUX_BEFORE_VERB = re.compile(r"^(?:has|have|had|also|previously|later|then|again|further|\s)+\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added|noted|according to)\s*$")
# (an age: "Mary Roe, 61, said"; a post with no article: "Kim Roe, general secretary of the Party, …")
_APPOSITIVE = re.compile(r",\s+(?:the|a|an|who|whose)\b|,\s+\d{1,3},\s|,\s+(?:[a-z][a-z-]+\s+){0,2}?[a-z][a-z-]+\s+(?:of|for|to|at)\s+(?:the\s+)?[A-Z]")


@lru_cache(maxsize=1)
def post_in_capitals() -> str:
    """The regex of a post a release writes in capitals after a person's name ("Chairwoman and
    Chief Executive Officer"): capitalised words ending in one of the lexicon's ``post_heads``."""
    return rf"(?:[A-Z][a-z]+(?:\s+and)?\s+){{0,5}}?(?:{alternation(words('post_heads'))})"


@lru_cache(maxsize=1)
def _post_after_name() -> re.Pattern:
    # "Jane Roe, Chairwoman and Chief Executive Officer, said": an appositive post in capitals
    return re.compile(rf",\s+{post_in_capitals()}\b")


def _verb_follows(after: str) -> bool:
    """Whether a reporting verb follows a name ("Smith said", "Smith has also warned").  A
    base form ("state", "estimate") after a name is no singular subject's verb: "São Paulo
    state", "Analysts at Sakura Securities estimate"."""
    verb = _patterns()["verb"].match(_AUX_BEFORE_VERB.sub("", after.lstrip(" ,")).lstrip())
    return bool(verb) and verb.group(0).lower() not in _base_forms()


def _named_again(text: str, name: str, after: int) -> bool:
    r"""Whether the last word of a name stands alone later in the text ("Yerlan Roe has
    grown rice ..." then "Roe said"): how news copy refers back to a person.

    The rule, in patterns: the word alone (``(?<![\w’'-])WORD(?![\w’'-])``) and never after
    another capitalised word (``(?<![\w’'-])[A-Z][\w’'-]+\s+WORD(?![\w’'-])``), or as the
    subject of a verb (``(?<![A-Za-z’'-]\s)(?<![\w’'-])WORD\s+(?:said|...)\b``).  They are
    tested at each place the word is written instead of being compiled for every name:
    compiling them took milliseconds a name."""
    last = name.split()[-1]
    if len(last) < 3 or not last[0].isupper() or last.isupper() or last in _not_name_words():
        return False
    rest = text[after:]
    alone = in_name = False
    at = rest.find(last)
    while at >= 0:
        end = at + len(last)
        free_before = at == 0 or not is_name_char(rest[at - 1])
        if free_before and not (at >= 2 and rest[at - 1].isspace() and rest[at - 2] in _ASCII_NAME_CHARS) \
                and _SUBJECT_VERB.match(rest, end):
            return True
        if end == len(rest) or not is_name_char(rest[end]):
            alone = alone or free_before
            if not in_name:
                word_start, word_end = word_before(rest, at)
                in_name = word_end - word_start >= 2 and "A" <= rest[word_start] <= "Z"
        at = rest.find(last, at + 1)
    return alone and not in_name


_SUBJECT_VERB = re.compile(r"\s+(?:said|says|told|added|wrote|did|does|has|had|is|was|believes|expects)\b")
_ASCII_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz’'-")


def in_capitals(name: str) -> bool:
    """Whether every word of a name is written in capitals, none a lone letter ("ROAD SAFE"):
    how some bodies write their own names, and no person's name in running copy."""
    return all(len(w) > 1 and w.isupper() for w in name.split())


def is_name_char(char: str) -> bool:
    r"""Whether a character is one of ``[\w’'-]``, the characters of a word of a name."""
    return char.isalnum() or char in "_’'-"


def word_before(text: str, at: int) -> tuple[int, int]:
    r"""Where the run of ``[\w’'-]`` characters is that whitespace separates from
    ``text[at]`` (what ``[\w’'-]+\s+`` ending at ``at`` matches when no such character
    comes before it): (start, end), empty (start == end) when there is none."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == at:
        return at, at
    start = end
    while start > 0 and is_name_char(text[start - 1]):
        start -= 1
    return start, end


def _lower_role(before: str, run: str) -> str | None:
    """A role written in lower case right before a name: "county police commander" in
    "county police commander Jeremiah Roe".  The words back to a determiner, a
    preposition or punctuation, when the last of them is a role word."""
    words = _WORD_OR_MARK.findall(before)
    if not words or words[-1].lower() not in _lower_role_heads() or (words[-1][:1].isupper() and run.split()[0] in words):
        return None
    role = []
    stop = {"the", "a", "an", "and", "or", "of", "in", "at", "for", "by", "with", "to", "from", "on", "said", "told", "says"}
    for word in reversed(words):
        if not _WORD.match(word) or word.lower() in stop or len(role) >= 4:
            break
        role.insert(0, word)
    return " ".join(role) or None


@lru_cache(maxsize=1)
def _lower_role_heads() -> frozenset[str]:
    return frozenset(r.lower().rstrip(".") for r in lexicon()["role_words"] if " " not in r and not r.endswith("."))


def _add_person(people: dict[str, Actor], name: str, role: str | None, span: tuple[int, int]) -> None:
    if name.rsplit(None, 1)[-1] in word_set("post_heads"):
        return  # ("Chief Financial Officer": the last word of a post ends no one's name)
    full = _full_name_for(people, name)
    if full is None:
        people[name] = Actor(name=name, kind="person", role=role, spans=[span])
        return
    actor = people[full]
    if name != full:
        actor.aliases.add(name)
    if role and not actor.role:
        actor.role = role
    actor.spans.append(span)


def _full_name_for(people: dict[str, Actor], name: str) -> str | None:
    """The known full name that ``name`` refers to: itself, a full name containing it, or
    the same name in another transliteration ("Mohammed Rezaei" for "Mohammad Rezaei")."""
    if name in people:
        return name
    tokens = set(name.split())
    first = name.split(None, 1)[0]
    if first in _CAPITALISED_PARTICLES and " " in name:
        tokens = {first.lower()} | (tokens - {first})  # "Van Tarnow" opening a sentence: "van Tarnow"
    for full in people:
        full_tokens = full.split()
        if tokens <= set(full_tokens) or tokens <= {t.split("-")[0] for t in full_tokens}:
            return full
    for full in people:
        if same_person_spelling(name, full) or (len(name.split()) == 1 and same_person_spelling(name, full.split()[-1])) \
                or same_name_but_hyphens(name, full):
            return full
    # a longer name seen after a shorter one: promote
    for short in list(people):
        if set(short.split()) < tokens:
            actor = people.pop(short)
            actor.aliases.add(short)
            actor.name = name
            people[name] = actor
            return name
    return None


def _mentioned_name(mention: str) -> str:
    """The name in a mention, without its role and the words that are no name."""
    return _role_and_name(mention)[1]


@article_memo  # an article's names are compared with each of its capitalised runs
def _name_words(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A name's words and their skeletons (:func:`name_skeleton`)."""
    words = tuple(name.split())
    return words, tuple(name_skeleton(word) for word in words)


# the people list last indexed, what it held then, and its index (see _people_index)
_PEOPLE_INDEX: list = [None, None, None]


def _people_index(people: list[Actor]) -> tuple[set[str], set[str], set[tuple], set[tuple], set[str]]:
    """What a mention must be among to be one of ``people``: their names and aliases, the
    words of their names, the skeletons of their names and of their names' last words (as
    1-tuples, and as the skeletons themselves).  Made again only when the list, a name or
    the number of someone's aliases changes (aliases are only ever added)."""
    state = [(actor.name, len(actor.aliases)) for actor in people]
    if _PEOPLE_INDEX[0] is not people or _PEOPLE_INDEX[1] != state:
        names: set[str] = set()
        words: set[str] = set()
        full_skeletons: set[tuple] = set()
        last_skeletons: set[tuple] = set()
        for actor in people:
            names.add(actor.name)
            names |= actor.aliases
            parts, part_skeletons = _name_words(actor.name)
            words.update(parts)
            full_skeletons.add(part_skeletons)
            last_skeletons.add(part_skeletons[-1:])
        last_words = {last[0] for last in last_skeletons if last}
        _PEOPLE_INDEX[:] = [people, state, (names, words, full_skeletons, last_skeletons, last_words)]
    return _PEOPLE_INDEX[2]


def resolve_person(people: list[Actor], mention: str) -> Actor | None:
    """The person a mention (full name, surname or any part of the name) refers to."""
    mention = _mentioned_name(mention)
    if not mention:
        return None
    first = mention.split(None, 1)[0]
    if first in _CAPITALISED_PARTICLES and " " in mention:
        # "Van Tarnow said" opening a sentence: the surname of "Jan van Tarnow", its particle
        # capitalised as the sentence's first word
        found = resolve_person(people, first.lower() + mention[len(first):])
        if found:
            found.aliases.add(mention)
            return found
    names, words, full_skeletons, last_skeletons, last_words = _people_index(people)
    if mention not in names and mention.split(None, 1)[0] not in words and \
            name_skeleton(mention.rsplit(None, 1)[-1]) not in last_words:
        # (the test below, on the last word's skeleton alone: a mention whose skeletons are a
        # person's, or whose one word's is a last name's, ends with a last name's skeleton;
        # the skeletons of every word of a run that names nobody are not worked out)
        return None
    tokens, skeletons = _name_words(mention)
    if mention not in names and tokens[0] not in words and skeletons not in full_skeletons and \
            not (len(tokens) == 1 and skeletons in last_skeletons):
        return None  # none of the tests below can pass: most capitalised runs name nobody
    for actor in people:
        if mention == actor.name or mention in actor.aliases:
            return actor
    for actor in people:
        parts = _name_words(actor.name)[0]
        if all(t in parts for t in tokens):
            actor.aliases.add(mention)  # the text calls them so: "Lopez", "Kim"
            return actor
    for actor in people:  # another transliteration: "Grigorenko" for "Oleh Hryhorenko"
        # (two spellings of a name have the same skeletons: that cheap test comes first)
        parts, part_skeletons = _name_words(actor.name)
        if (part_skeletons == skeletons and same_person_spelling(mention, actor.name)) or \
                (len(tokens) == 1 and part_skeletons[-1:] == skeletons and same_person_spelling(mention, parts[-1])):
            actor.aliases.add(mention)
            return actor
    if "-" in mention or any("-" in actor.name for actor in people):
        for actor in people:
            if same_name_but_hyphens(mention, actor.name):
                actor.aliases.add(mention)
                return actor
    return None


_HYPHEN_OR_SPACE = re.compile(r"[\s-]+")
# the particles of surnames, as a sentence's first word capitalises them
_CAPITALISED_PARTICLES = frozenset({"Van", "Von", "De", "Der", "Den", "Da", "Di", "Du", "Le", "La", "Ter", "Ten", "Del", "Dos", "Das"})


def same_name_but_hyphens(a: str, b: str) -> bool:
    """Whether two names of two words or more differ only in how a given name is joined
    ("Kim Jong Un", "Kim Jong-un"; "Lee Seong-kweun", "Lee Seong Kweun"), or in a
    transliteration of it ("Kim Jong Eun")."""
    if "-" not in a and "-" not in b:
        return False
    flat_a, flat_b = _HYPHEN_OR_SPACE.sub(" ", a).lower(), _HYPHEN_OR_SPACE.sub(" ", b).lower()
    return len(flat_a.split()) > 1 and (flat_a == flat_b or len(flat_a.split()) == len(flat_b.split())
                                        and same_person_spelling(flat_a, flat_b))

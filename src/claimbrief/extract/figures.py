"""Figures: every number that counts something, with what it counts.

A figure is a numeral ("4,500", "3.2 billion", "$5m"), a number in words ("six",
"twenty-five", converted by text2num), a quantity word ("a dozen", "two-thirds") or a
vague quantity ("a few weeks", "hundreds of"), optionally with an approximator
("approximately", "more than"), a range ("between 10 and 12", "10-12"), a percent sign
or a currency.  Identifiers (S-60, No. 84, Boeing 737), years, ordinals, parts of dates
and clock times are not figures.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import islice

from ..lexicon import lexicon, trie_alternation
from .dates import _lower_case_pattern, _matches_by_lower_case
from .gazetteer import demonym_index, fold
from .sentences import FIGURE_CELL

# (South Asian grouping too: "10,94,350" is ten lakh ninety-four thousand; thousands set apart
# by a thin or no-break space, "12 214", as Southern African, French and Czech copy writes
# them; a decimal comma before a percent sign, "a turnout of 31,8%")
_GROUP_SPACES = "\u00a0\u202f\u2009"
_NUMERAL = (rf"\d{{1,3}}(?:[{_GROUP_SPACES}]\d{{3}})+(?!\d)(?:[.,]\d{{1,2}}(?=\s?%))?|\d{{1,3}},\d{{1,2}}(?=\s?%)|"
            r"\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
# thousands set apart by a plain space ("5 972 votes"), read as one number only in a text that
# never groups them with a comma, and never after a month ("March 15 200 people")
_SPACE_GROUPED = re.compile(r"(?<![\d,.])(?<!\d )\d{1,3}(?: \d{3})+(?![\d]|[.,]\d{3})")
_COMMA_GROUPED = re.compile(r"\d,\d{3}(?!\d)")
_NO_GROUP_SPACES = str.maketrans("", "", _GROUP_SPACES)
_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$")
# The compiled form of a literal pattern, made once.  The rules below run some hundred regex
# calls per figure; re's own cache costs a look-up per call and holds only 512 patterns for
# the whole program (the other stages' patterns push ours out, and they are compiled again).
# Only for patterns written in the code: a pattern built from text would grow it without end.
_rx = lru_cache(maxsize=None)(re.compile)
_MULTIPLIER = re.compile(r"twice|doubl|tripl|fold", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]+")
_SEPARATORS = re.compile("[\x1c-\x1f]")
# words that end the noun phrase a number counts
_NP_STOP_WORDS = frozenset((
    "in on at near from to with by for since during over as have has had were was are is will would been "
    "be who that which and or but than after before into across under while when because if per each of a "
    "an the said says told more less fewer whom whose its their his her could may might should can must "
    "did do does without among against through within"
).split())


# A superlative and the words of its noun phrase up to a following "in decades": "the worst
# drought the valley had seen in decades" (group "noun": the words after the superlative)
# words that open the clause after a superlative's noun ("the worst drought we had seen")
_PRONOUN_STOPS = frozenset("i we you he she it they that which who anyone ever".split())
_SUPERLATIVE_PHRASE = (r"\b(?:most|least|worst|best|first|(?!(?:inter|for|pro|con|harv|requ|arr|conqu|hon|mod|w|t|n|r|ch"
                       r"|gu|qu|p|v|cr|manif|sugg|dig|inv|unr|earn)est\b)[a-z]+est)(?P<noun>(?:\s+[\w’'-]+){1,6})\s+")


# Tests of a token's first character that would otherwise be a regex call each (hundreds per
# article): what re.match(r"[A-Za-zÀ-ÿ]", token) and re.match(r"[\wÀ-ÿ]", token) say (re's \w
# is str.isalnum() or "_").
def _letter_first(token: str) -> bool:
    char = token[:1]
    return "a" <= char <= "z" or "A" <= char <= "Z" or "À" <= char <= "ÿ"


def _word_first(token: str) -> bool:
    char = token[:1]
    return char.isalnum() or char == "_" or "À" <= char <= "ÿ"


# Quick tests of the end of the window before a number, each true whenever the search it
# guards could match ("$" matches at the end or before a final newline): most numbers
# follow a lower-case word and a space, and these searches try every position of the window.
# the numbers listed after an identifier word ("resolutions 1718 (2006) and 2270", "Articles 5, 6 and")
_IDENTIFIER_LIST_BEFORE = re.compile(r"\b(?:[Rr]esolutions?|Articles?|[Ss]ections?|[Cc]hapters?|[Cc]lauses?|[Pp]aragraphs?)\s+\d[\d.]*"
                                     r"(?:\s*\(\d{4}\))?(?:\s*,\s*\d[\d.]*(?:\s*\(\d{4}\))?)*\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)$")
# a share's code: its exchange after a stop ("9873.HK", "7203.T") or before a colon ("(HKEX: 9873)")
_TICKER_AFTER = re.compile(r"\.[A-Z]{1,2}\)")
_LISTING_BEFORE = re.compile(r"\((?:[A-Z]{2,8}|[A-Z][a-z]+\s+[A-Z][a-z]+)\s*:\s*$")


def _may_end_identifier(before: str, words: tuple[str, ...]) -> bool:
    """Whether "identifier_before" (an identifier word and spaces, a letter and a hyphen, a
    letter, or "#", at the end) may match ``before``."""
    last = (before[:-1] if before.endswith("\n") else before)[-1:]
    return bool(last) and (last.isascii() and last.isalpha() or last in "#-") or before.rstrip().endswith(words)


def _may_end_digit_run(before: str, words: tuple[str, ...]) -> bool:
    """Whether "digit_run_before" ("+", a digit and a space, or a phone word, a colon and
    spaces, at the end) may match ``before`` (``words``: the phone words, with and without
    the colon)."""
    for end in (before, before[:-1] if before.endswith("\n") else None):
        if end and (end.endswith("+") or len(end) > 1 and end[-1].isspace() and end[-2].isdecimal()):
            return True
    return before.rstrip().endswith(words)


def _np_stop(token: str) -> bool:
    """Whether a token is one of _NP_STOP_WORDS, as pats["np_stop"].match(token) says: a set
    look-up for an ASCII token (whose case lower() folds as the regex does)."""
    if token.isascii() and not token.endswith("\n"):  # ("$" also matches before a final newline)
        return token.lower() in _NP_STOP_WORDS
    return bool(_patterns()["np_stop"].match(token))


def _may_end_with(window: str, endings: tuple[str, ...]) -> bool:
    """Whether a search without case for a phrase ending in one of ``endings`` (lower case)
    and then whitespace, at the end of ``window``, may match: False only for an ASCII window
    whose words before its trailing whitespace end otherwise (see _may_hold)."""
    if not window.isascii():
        return True
    stripped = window.rstrip()
    return len(stripped) < len(window) and stripped.lower().endswith(endings)


def _may_hold(window: str, *words: str) -> bool:
    """Whether a search without case for any of ``words`` (lower case) may match in
    ``window``: False only for an ASCII window that holds none of them (beyond ASCII, re's
    case folding has cases lower() does not follow, such as "ſ" for "s")."""
    if not window.isascii():
        return True
    lower = window.lower()
    for word in words:  # (a loop: any() over a generator costs more than the tests, ~90 calls an article)
        if word in lower:
            return True
    return False


def _currency_word(currency: str) -> bool:
    """Whether a currency is written in words ("dollars", "US dollars", "U.S. dollars"), not a sign."""
    return currency.replace(" ", "").replace(".", "").isalpha()


@lru_cache(maxsize=1)
def _patterns() -> dict:
    lex = lexicon()
    number_word = trie_alternation(lex["number_words"], ignorecase=True)
    # "two thousand and fifty", but not "between seven and twelve": "and" only after a scale word
    # (and hyphenated through, as a broadcaster's script writes it: "six-hundred-and-twelve")
    # ("two hundred and six hundred", "a thousand and four thousand" are two numbers: what
    # follows "and" never has the scale before it, as "three hundred and fifty thousand" may)
    and_after = "|".join(rf"(?<={w})(?:\s+and\s+|-and-)(?!(?:{number_word})(?:[\s-]+(?:{number_word}))*?[\s-]+{w}\b)"
                         for w in ("hundred", "thousand", "million", "billion"))
    words_number = rf"(?:{number_word})(?:(?:{and_after}|\s+|-)(?:{number_word}))*"
    scale = trie_alternation(lex["scales"], ignorecase=True)
    currency_sign = trie_alternation([c for c in lex["currencies"] if not _currency_word(c)], ignorecase=True)
    # "Rs 12 crore", "USD 40 million": abbreviations, so their case is matched exactly
    # (a one-letter prefix, "R", "P", "N", before a bare one- or two-digit number is a name's:
    # "N95 masks", "the N1 highway", "R2 road"; "N5 million", "P350", "R61.20" are sums)
    letters = "".join(sorted(c for c in lex["currency_prefixes"] if len(c) == 1))
    currency_prefix = trie_alternation([c for c in lex["currency_prefixes"] if len(c) > 1]) + \
        rf"|[{letters}](?!\d{{1,2}}(?![\d.,])(?!\s?(?:{scale})\b))"
    atom = (
        # a crowd word first: "tens of thousands marched" is one crowd, not "tens of" + noun
        rf"(?P<crowd>(?:{trie_alternation(lex['vague_crowds'], ignorecase=True)}))(?=\s+(?!of\b)[a-z]|[,.;:]|[\"”’][,.;:]?(?:\s|$)|$)"
        # (a closing quote may stand between a vague word and its noun: 'sent into "several" assaults')
        rf"|(?P<vague>(?:{trie_alternation(lex['vague_quantities'], ignorecase=True)}))(?=[\"”’]?\s)"
        # "a hundred and twenty": a spoken number that begins with "a"
        rf"|(?P<aw>a\s+(?:hundred|thousand)(?:{and_after}|\s+)(?:{words_number}))\b"
        rf"|(?P<qty>(?:{trie_alternation(lex['quantity_words'], ignorecase=True)}))(?=[\s,.;:]|$)"
        # "two dozen missing", "3 dozen eggs": dozens counted
        rf"|(?P<dz>\d{{1,3}}|{words_number})[\s-]+dozen\b(?![\w-])"
        rf"|(?:(?P<cur>{currency_sign})\s?|(?-i:(?P<curw>{currency_prefix}))\s?)?(?P<num>{_NUMERAL})"
        # broadcasters hyphenate a spoken scale ("25-hundred", "40-thousand"), and the hundreds
        # after it ("11-thousand-500"); a hyphen before a one-letter scale is a unit ("a 5-m
        # wall"), hence the four letters
        rf"(?:(?:\s?|-(?=[a-z]{{4}}))(?P<scale>{scale})\b(?:(?<=thousand)-(?P<ntail>\d{{1,3}})(?![\d.,]))?)?"
        # "two-and-a-half thousand", "one and a half million": spoken copy's halves
        # "four point four million": a decimal read out
        # ("one-point-five percent", hyphenated through)
        rf"|(?P<point>{words_number})(?:\s+|-)point(?:\s+|-)(?P<decimals>(?:{number_word})(?:(?:\s+|-)(?:{number_word}))*?)(?:\s+(?P<pscale>{scale}))?\b"
        rf"|(?P<half>\d+|{words_number})[\s-]+and[\s-]+a[\s-]+half(?:(?:\s+|-)(?P<hscale>{scale}))?\b"
        rf"|(?P<words>{words_number})\b(?:(?<=thousand)-(?P<wtail>\d{{1,3}})(?![\d.,]))?"
        # "ten lakh rupees", "two crore": South Asian scales after a number in words
        rf"(?:[\s-](?P<wscale>lakhs?|crores?)\b)?"
    )
    # Where an atom can begin: a digit, the first character of a currency sign, or a word
    # (a run of letters, matched without case) that begins one of the phrases above.
    # _atoms tries the atom only there: the same matches, in about 60% of the time.
    first_words, first_signs = set(), set()
    for phrase in (*lex["vague_crowds"], *lex["vague_quantities"], *lex["quantity_words"], *lex["number_words"],
                   *(c for c in lex["currencies"] if not _currency_word(c)), *lex["currency_prefixes"]):
        run = _LETTERS.match(phrase)
        if run:
            first_words.add(run.group(0))
        else:
            first_signs.add(re.escape(phrase[0]))
    atom_start = rf"(?:{trie_alternation(first_words, ignorecase=True)})(?![^\W\d_])|\d|[{''.join(sorted(first_signs))}]"
    months = trie_alternation(["January", "February", "March", "April", "May", "June", "July", "August",
                               "September", "October", "November", "December", *lex["month_abbreviations"]])
    return {
        "atom": re.compile(rf"(?<![\w.,])(?:{atom})", re.IGNORECASE),
        "atom_start": re.compile(rf"(?<![\w.,])(?:{atom_start})", re.IGNORECASE),
        "atom_start_lower": re.compile(rf"(?<![\w.,])(?:{atom_start})", re.ASCII),  # all lower case: see _lowered
        # the last words of the approximators, for _may_end_with
        "approx_ends": tuple(sorted({a.lower().split()[-1] for a in lex["approximators"]})),
        "approx": re.compile(rf"(?:^|(?<=\W))(?:{trie_alternation(lex['approximators'], ignorecase=True)})\s+$", re.IGNORECASE),
        "between": re.compile(r"(?:between|from)\s+$", re.IGNORECASE),
        "range_join": re.compile(r"\s*(?:-|–|—|to|and)\s*|\s+or\s+", re.IGNORECASE),
        "compound_kind": re.compile(rf"^-(?:{trie_alternation(lex['not_count_compounds'], ignorecase=True)})(?![\w-])", re.IGNORECASE),
        "year_span": re.compile(r"(?<![\d,.])(?:1[89]|20)\d\d[-–/]$"),
        "mixed_fraction": re.compile(r"[-\s](\d)/(\d{1,2})(?![\d/])"),
        # "for a month", "more than a decade", "by a metre", "for decades", "the worst in decades" (see _unit_alone)
        "unit_alone": re.compile(r"\b(?:(?:for|within|over|after|by|lasting|lasted|took|take|takes|spent|spend)\s+"
                                 r"(?:(?P<approx>(?:more|less)\s+than|nearly|almost|about|around|roughly|at\s+least|just\s+over|just\s+under)\s+)?"
                                 r"|(?P<approx2>(?:more|less)\s+than|nearly|almost|at\s+least|up\s+to)\s+"
                                 # "the worst drought in decades": the time since a comparable one, vague
                                 rf"|(?P<since>{_SUPERLATIVE_PHRASE})in\s+(?=(?:decades|centuries)\b))"
                                 r"(?P<fig>(?:(?:an?|another)\s+(?P<u1>decade|century|year|month|fortnight|week|day|hour|minute|metre|meter|kilometre|kilometer|mile))"
                                 r"|(?P<u2>decades|centuries))"
                                 r"(?!\s+(?:ago|earlier|later|after|before|since|or\s+(?:so|two|more)|on\b)|[\w-])", re.IGNORECASE),
        # "for weeks", "just days", "a matter of hours" (see _unit_alone); never a time ("for
        # years ago"), a list of days ("for days 3 and 4") nor a noun's attribute ("for weeks' wages")
        "bare_span": re.compile(r"\b(?:for|just|only|(?:in\s+)?a\s+matter\s+of)\s+(?:(?:just|only)\s+)?(?P<fig>(?P<u>hours|days|weeks|months|years))"
                                r"(?![\w’'-]|\s+(?:ago|earlier|later|\d))", re.IGNORECASE),
        # "confirmed that one man was arrested": "that" is the conjunction, "one" counts the man
        "one_person": re.compile(r"\s+(?:man|woman|person|child|boy|girl|soldier|officer|worker|body|driver|passenger)\s+"
                                 r"(?:was|is|has|had|died|remains|remained)\b", re.IGNORECASE),
        "adverbs_before": frozenset(w.lower() for w in lex["figure_adverbs_before"]),
        "ago_after": re.compile(r"\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\s+ago\b", re.IGNORECASE),
        "one_pronoun": re.compile(r"\s*(?:[.!?]|[”\"]|$)|\s+(?:said|says|told|added|asked|wrote)\b"),
        "one_unit_of": re.compile(r"\s+(?:day|night|week|month|year|hour|minute)s?(?:\s+of\b|[’']s?\s)", re.IGNORECASE),
        "went_up": re.compile(r"\b(?:went|gone|goes|go|going|shot|moved|crept|edged|climbed|jumped|rose|risen|ticked)\s+$", re.IGNORECASE),
        "decade_before": re.compile(r"\bin\s+(?:his|her|their)\s+(?:(early|mid|late)[\s-]+)?$", re.IGNORECASE),
        "ranged_from": re.compile(r"\b(?:rang(?:e|es|ed|ing)|anywhere|estimates)\s+from\s+$", re.IGNORECASE),
        "by_before": re.compile(r"\bby\s+$", re.IGNORECASE),
        "percent": re.compile(rf"\s?(?:{trie_alternation(lex['percent_words'], ignorecase=True)})(?![\w])", re.IGNORECASE),
        "currency_word": re.compile(rf"\s+(?:{trie_alternation([c for c in lex['currencies'] if _currency_word(c)], ignorecase=True)})\b", re.IGNORECASE),
        "identifier_words": tuple(lex["identifier_words"]),
        "phone_words": tuple(w + tail for w in lex["phone_words"] for tail in ("", ":")),
        "identifier_before": re.compile(rf"(?:\b(?:{trie_alternation(lex['identifier_words'])})\s*|[A-Za-z]-|[A-Za-z]\d+[-–/]|[A-Za-z]|#)$"),
        # (and a brand in camel case: "iPhone 15", "eBay 2")
        "capital_before": re.compile(r"\b([A-Z][A-Za-z]+|[a-z]+[A-Z][A-Za-z]*)\s$"),
        "month_near": re.compile(rf"(?:\b(?:{months})\.?\s*$)"),
        "month_after": re.compile(rf"^\s*(?:{months})\b"),
        # a letter against the number makes it an identifier ("S60", "3rd"), unless it is a unit ("41C")
        "not_count": re.compile(rf"^\s*(?:{trie_alternation(lex['not_count_nouns'], ignorecase=True)})(?!\w)|^(?:st|nd|rd|th)\b|^:\d"
                                rf"|^(?!(?-i:{trie_alternation(lex['glued_units'])})(?![A-Za-z]))[A-Za-z]", re.IGNORECASE),
        "glued_unit": re.compile(rf"(?-i:{trie_alternation(lex['glued_units'])})(?![A-Za-z])"),
        # "Tel: +264 61 208 7000": digit groups of a phone number or a code
        "digit_run_before": re.compile(rf"(?:\+|\d\s|\b(?:{trie_alternation(lex['phone_words'])}):?\s*)$"),
        "digit_run_after": re.compile(r"^\s\d"),
        # ("a third year in a row"; but "a third was carried out", "a quarter live in poverty":
        # a verb or a conjunction after the fraction leaves it a share)
        "fraction_modifier": re.compile(r"^\s+(?!of\b|a\b|more\b|less\b|fewer\b|in\b|on\b|by\b|to\b|from\b|and\b|or\b|as\b|than\b|since\b|over\b|the\b"
                                        r"|because\b|but\b|while\b|when\b|if\b"
                                        r"|was\b|were\b|is\b|are\b|had\b|has\b|have\b|will\b|would\b|could\b|should\b|may\b|might\b|must\b|can\b"
                                        r"|remain|live|work|say|said|now\b|still\b|also\b|already\b)[a-z]+", re.IGNORECASE),
        "one_not_count": re.compile(rf"\b(?:{trie_alternation(lex['one_not_count'], ignorecase=True)})\b", re.IGNORECASE),
        "one_determiner": re.compile(rf"\b(?:{trie_alternation(lex['one_determiner_before'], ignorecase=True)})\s+$", re.IGNORECASE),
        "one_counts": re.compile(r"\s+(?:of|in|out\s+of)\s", re.IGNORECASE),
        "ordinal_before": re.compile(r"\b(?:first|second|third|fourth|final|last|latter|former)[\s-]+$", re.IGNORECASE),
        "duration_and": re.compile(r"\s+(?P<u>years?|months?|weeks?|days?|hours?|minutes?)\s+and\s+$", re.IGNORECASE),
        "duration_unit": re.compile(r"\s+(?P<u>years?|months?|weeks?|days?|hours?|minutes?)\b", re.IGNORECASE),
        "one_of_count": re.compile(rf"\s+of\s+(?:(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w’'-]+[’']s\s+)?(?:{number_word}|\d)|(?:them|us|those|these)\b)", re.IGNORECASE),
        "np_stop": re.compile(rf"^(?:{'|'.join(sorted(_NP_STOP_WORDS))})$", re.IGNORECASE),
    }


# a number written with the thousands points of continental Europe: two groups or more
# ("2.400.000"), or one group of three noughts ("14.000", which no English copy writes for 14)
_THOUSANDS_DOTS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}|\d{1,3}\.000")


def _value(match: re.Match) -> tuple[float | None, str | None]:
    """(value, currency) of one number atom; value None for vague quantities."""
    lex = lexicon()
    if match.group("vague") or match.group("crowd"):
        return None, None
    if match.group("qty"):
        key = _rx(r"\s+").sub(" ", match.group("qty").lower())
        return float(lex["quantity_words"][key]), None
    if match.group("num"):
        raw = match.group("num")
        if not raw.isdecimal():
            raw = raw.translate(_NO_GROUP_SPACES)
            if _DECIMAL_COMMA.fullmatch(raw):
                raw = raw.replace(",", ".")  # "31,8%" (a thousands comma has three digits after it)
            elif _THOUSANDS_DOTS.fullmatch(raw) and not match.group("scale"):
                raw = raw.replace(".", "")  # "some 9.000 to 10.000 soldiers", "2.400.000": a continental thousands point
            raw = raw.replace(",", "")
        value = float(raw)
        scale = match.group("scale")
        if scale:
            value = _scaled(value, lex["scales"][scale.lower()]) + (int(match.group("ntail")) if match.group("ntail") else 0)
        currency = lex["currencies"].get(match.group("cur")) if match.group("cur") else None
        if match.group("curw"):
            currency = lex["currency_prefixes"][match.group("curw")]
        return value, currency
    text2num = _words_to_number

    if match.group("point"):
        digits = {w: str(k) for k, w in enumerate("zero one two three four five six seven eight nine".split())}
        decimals = [digits.get(w) for w in _rx(r"-").sub(" ", match.group("decimals").lower()).split()]
        try:
            whole = float(text2num(_rx(r"-").sub(" ", match.group("point").lower()), "en"))
        except ValueError:
            return None, None
        if None in decimals:
            return None, None
        value = whole + float("0." + "".join(decimals))
        scale = match.group("pscale")
        return _scaled(value, lex["scales"][scale.lower()] if scale else 1), None
    if match.group("aw"):
        try:
            return float(text2num("one " + _rx(r"-").sub(" ", match.group("aw").lower())[2:], "en")), None
        except ValueError:
            return None, None
    if match.group("half"):
        whole = match.group("half")
        try:
            value = float(whole) if whole.isdecimal() else float(text2num(_rx(r"-").sub(" ", whole.lower()), "en"))
        except ValueError:
            return None, None
        scale = match.group("hscale")
        return _scaled(value + 0.5, lex["scales"][scale.lower()] if scale else 1), None
    if match.group("dz"):
        count = match.group("dz")
        try:
            count = int(count) if count.isdecimal() else text2num(_rx(r"-").sub(" ", count.lower()), "en")
        except ValueError:
            return None, None
        return float(count * 12), None
    phrase = _rx(r"-").sub(" ", match.group("words").lower())
    try:
        value = float(text2num(phrase, "en")) + (int(match.group("wtail")) if match.group("wtail") else 0)
    except ValueError:
        return None, None
    scale = match.group("wscale")
    return (_scaled(value, lex["scales"][scale.lower()]) if scale else value), None


def _scaled(value: float, scale: float) -> float:
    """value times its scale word, to the digits a float holds: 4.1 * 1e9 is
    4099999999.9999995 and 4.27 * 1e12 is 4269999999999.9995 in floating point, and "$4.1
    billion" is 4.1 billion (a sum written with a scale word never has 16 significant digits)."""
    return float(f"{value * scale:.15g}")


@lru_cache(maxsize=4096)  # a pure function of the words ("two", "three" in most articles), ~15 µs a call
def _words_to_number(phrase: str, language: str) -> int:
    """text_to_num's text2num (it raises ValueError for words that make no number)."""
    from text_to_num import text2num

    return text2num(phrase, language)


def _floor(match: re.Match) -> float | None:
    """The least a vague magnitude means, by ACLED's convention ("dozens" 12, "thousands"
    1,000), or None; kept as the figure's ``low`` while its value stays empty."""
    phrase = match.group("vague") or match.group("crowd")
    if not phrase:
        return None
    key = _rx(r"\s+of$").sub("", _rx(r"\s+").sub(" ", phrase.lower()))
    floor = lexicon()["vague_floors"].get(key)
    return None if floor is None else float(floor)


def _men_plural(lower: str) -> bool:
    """A plural in "-men" ("servicemen", "gunmen"), not a singular that ends so ("specimen")."""
    return lower.endswith("men") and len(lower) > 5 and lower not in ("specimen", "regimen", "abdomen", "acumen")


@lru_cache(maxsize=4096)  # a pure function of the word, asked for again and again
def _singular(word: str) -> str:
    lower = word.lower()
    if lower == "troops":
        return "troop"  # (a plural-only noun as a count's unit, but "2,000 troops" counts troop by troop)
    if lower in _plural_nouns() or lower in ("data", "news"):
        return lower
    if _men_plural(lower):
        return lower[:-3] + "man"  # "policemen", "fishermen", "gunmen"
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if _rx(r"(?:ss|sh|ch|x|z)es$").search(lower):
        return lower[:-2]
    if lower.endswith("s") and not lower.endswith("ss"):
        return lower[:-1]
    return lower


@lru_cache(maxsize=1)
def _plural_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon()["plural_nouns"])


def _is_plural(token: str) -> bool:
    lower = token.lower()
    if lower in _plural_nouns():
        return True
    if _men_plural(lower):
        return True  # "servicemen", "gunmen", "fishermen"
    return len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is")) \
        and not token.isupper() and "’" not in token and "'" not in token


# "the number of casualties (is|was put|rose) (in the|at|to)": a count of what "number of" names
_NUMBER_OF_BEFORE = re.compile(r"\bnumber\s+of\s+((?:[A-Za-z-]+\s+){0,2}?[a-z]+)\s+(?:[\w-]+\s+){0,6}?"
                               r"(?:at|in\s+the|into\s+the|to|is|was|stood\s+at)\s+(?:about\s+|around\s+|some\s+|nearly\s+"
                               r"|more\s+than\s+|at\s+least\s+|roughly\s+|over\s+)?(?:(?:low|high|mid|upper|lower)\s+)?$")


# "have taken casualties in the hundreds", "losses running into the thousands": the noun counted
_NOUN_IN_THE_BEFORE = re.compile(r"\b((?-i:[a-z]{3,}s))\s+(?:(?:numbering|running|ran|run|were|are|was|is)\s+)?(?:in|into)\s+the\s+"
                                 r"(?:(?:low|high|mid|upper|lower)\s+)?$")
_OF_PRONOUN = re.compile(r"\s+of\s+(?:them|those|these|us)\b")


def _counted(text: str, pos: int, end: int, plural: bool = False) -> tuple[str | None, str | None]:
    """(counts, head noun) of the noun phrase after a number; ``plural`` when the number
    counts more than one (the head is then the first plural noun)."""
    pats = _patterns()
    rest = text[pos:end]
    if rest[:1].isspace() and rest.lstrip().startswith("of"):
        rest = _rx(r"^\s+of\s+").sub(" ", rest)
    elif text[pos - 3:pos] == " of" and rest[:1].isspace():
        # "hundreds of the evacuees", "a considerable number of the troops": the group they come from
        rest = _rx(r"^\s+(?:the|these|those)\s+").sub(" ", rest)
    phrase: list[str] = []
    # up to eight tokens, read one by one (the rest of the sentence is not tokenised)
    if "-" in rest:  # (the substitution's template is read again at every call: only where it can match)
        rest = _rx(r"^(\s+[A-Za-z]+-)\s+(?:and|or|to)\s+").sub(r"\1 ", rest)  # (see "first- and" below)
    # "two more people", "three other schools": the group is the noun after the determiner
    if _may_open_with_determiner(rest):
        rest = _rx(r"^\s+(?:more|other|additional|further|extra)(?=\s+(?!(?:were|was|are|is|have|has|had|than|of|in|on|at|to)\b|[a-z]+ed\b)[a-z])",
                   re.IGNORECASE).sub("", rest)
    # (a dotted abbreviation is one word: "several U.S. officials", "two U.N. agencies")
    for found in islice(_rx(r"(?:[A-Z]\.){2,}|[A-Za-zÀ-ÿ][\w’'\-]*|[^\sA-Za-zÀ-ÿ]").finditer(rest), 8):
        token = found.group(0)
        if token in ("and", "or") and phrase and all(t[:1].isupper() for t in phrase) \
                and _rx(r"\s+[A-Z][a-z]").match(rest, found.end()):
            phrase.append(token)  # "several US and British newspapers": two qualifiers of one noun
            continue
        if not _letter_first(token) or _np_stop(token):
            break
        if not phrase and token.lower() in ("last", "this", "next", "that", "two", "three", "four", "five", "six",
                                            "seven", "eight", "nine", "ten", "earlier", "later", "ago"):
            break  # "up from 15,890 last night", "12,515 two years earlier": when, not what
        if token.endswith("-"):
            continue  # "first- and second-year teachers": the first half of a shared compound
        if phrase and not plural and (_verb_form(token) or token.endswith("ied") and len(token) > 3):
            break  # "one person died": a singular count's noun ends at its verb (a plural's at its first plural)
        phrase.append(token)
    if not phrase or plural and len(phrase) == 1 and phrase[0].lower() in _past_only():
        return None, None  # ("8,400 came", "250 went": the clause's verb, nothing counted after the number)
    if plural:
        # "farmers drove tractors", "constituencies simply": without a tagger, the head of
        # a plural count is its first plural noun; what follows it is the clause's verb.
        for k, token in enumerate(phrase):
            if _is_plural(token):
                # "staff positions", "police officers": a plural without -s used as a modifier
                if k + 1 < len(phrase) and token.lower() in _plural_nouns() and _is_plural(phrase[k + 1]):
                    k += 1
                phrase = phrase[:k + 1]
                break
    while len(phrase) > 1 and phrase[-1].lower().endswith("ly"):
        phrase.pop()  # an adverb ends the noun phrase
    head = phrase[-1]
    # "weeks of training": keep one "of"-complement for what is counted
    after = rest[rest.find(head) + len(head):] if head in rest else ""
    complement = _rx(r"\s+of\s+((?:[A-Za-z’'\-]+\s?){1,3})").match(after)
    counts = " ".join(phrase)
    if complement:
        comp = []
        for token in complement.group(1).split():
            if _np_stop(token) or comp and _verb_form(token) and token.endswith("ed"):
                break  # ("containers of munitions shipped to": the participle begins a reduced relative)
            comp.append(token)
        if comp:
            counts += " of " + " ".join(comp)
    if len(phrase) > 1 and phrase[-2].lower() in ("square", "sq", "cubic"):
        # "1,300 square kilometres" is an area, not a distance
        base = {"km": "kilometre", "m": "metre", "mi": "mile", "ft": "foot"}.get(head.lower(), _singular(head))
        return counts, ("cubic " if phrase[-2].lower() == "cubic" else "square ") + base
    return counts, _singular(head)


_DETERMINERS_AFTER_A_NUMBER = ("more", "other", "additional", "further", "extra")


def _may_open_with_determiner(rest: str) -> bool:
    """Whether the words after a number may open with one of _DETERMINERS_AFTER_A_NUMBER (as
    _counted's substitution reads them, without case): a quick test before the substitution,
    which runs for every figure (beyond ASCII, case folding is re's own: the test says yes)."""
    first = rest.lstrip()[:10]
    return not first.isascii() or first.lower().startswith(_DETERMINERS_AFTER_A_NUMBER)


_OR_SO = re.compile(r"\s+or\s+(?:so|more|thereabouts)\b")


_THE_TWO_PARTIES = re.compile(r"\s+(?:countries|nations|Koreas|Chinas|states|governments|leaders|presidents|sides|allies|"
                              r"neighbou?rs|capitals|armies|militaries)\b")


# a time of day in hours and minutes in words ("eleven-forty", "six-thirty"), after "at"
_CLOCK_IN_WORDS = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?:oh-)?"
                             r"(?:five|ten|fifteen|twenty|thirty|forty|fifty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?",
                             re.IGNORECASE)
_AT_BEFORE = re.compile(r"\bat\s+(?:about\s+|around\s+|approximately\s+)?$", re.IGNORECASE)
# a time zone after a time of day, as wires and Indonesian copy write it ("13.27 WIB", "0230 GMT")
_TIME_ZONE_AFTER = re.compile(r"\s?(?:WIB|WITA|WIT|GMT|UTC|CET|CEST|EST|EDT|BST|JST|KST|PST|PDT|EAT|WAT|SAST|AEST|AEDT|MSK)\b")
_CLOCK_NUMBER = re.compile(r"(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?|(?:[01]\d|2[0-3])[0-5]\d")
# a time of day in words: "six o'clock", "half past nine", "a quarter to ten"
_CLOCK_WORDS_AFTER = re.compile(r"\s+o['’]clock\b|\s+(past|to)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                r"midnight|noon)\b(?!\s+(?:percent|per\s+cent|times|of)\b)", re.IGNORECASE)
_CLOCK_WORDS_BEFORE = re.compile(r"\b(?:(?:half|quarter|five|ten|twenty|twenty-five)\s+past|(?:half|quarter)\s+to)\s+$", re.IGNORECASE)


# a verb with two objects, the first a name: "told Reuters 3,000 soldiers had died", "gave Kyiv
# 48 hours", "cost Northland 1,500 jobs" (after "the" only a speech verb: "told the BBC 200 were
# hurt", where "sold the Boeing 737 fleet" names a model)
_TWO_OBJECT_VERB = re.compile(r"\b(?:(?:told|tell|tells|telling)\s+(?:the\s+)?|(?:gave|give|gives|giving|cost|costs|costing|owe|owes|owed"
                              r"|offered|offers|promised|promises|handed|hands|paid|pays|sent|sends|sold|sells|lent|lends|granted"
                              r"|grants|awarded|awards)\s+)(?:[A-Z][\w.&’'-]*\s+){1,3}$")


# a calibre: millimetres of a gun or a shell, before the weapon ("240mm multiple rocket launchers")
_CALIBRE = re.compile(r"(?:mm|-mm|\s?mm|-millimet(?:re|er))\b[\s-]+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}?"
                      r"(?:guns?|howitzers?|shells?|rounds?|rockets?|launchers?|mortars?|cannons?|artillery|ammunition"
                      r"|calibre|caliber|rifles?|munitions?)\b")


@lru_cache(maxsize=1)
def _street_after() -> re.Pattern:
    """One to three capitalised words and a street word ("Lenin Street", "Baker St.") after a
    number, ending its phrase ("300 Main Street shops" counts shops)."""
    words = [*lexicon()["street_words"], "St", "Rd", "Ave", "Blvd", "Drive", "Dr"]
    return re.compile(rf"\s+(?:[A-Z][\w’'-]*\s+){{1,3}}(?:{trie_alternation(words)})\b(?!-)\.?"
                      r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|and|or|near|to|where|which|was|is|has|had|from)\b)")


def _house_number(text: str, end: int) -> bool:
    return _street_after().match(text, end, end + 60) is not None


def _named_object(text: str, lo: int, start: int, end: int, name_start: int) -> bool:
    """Whether the capitalised word before a number is the first object of a verb with two
    (see _TWO_OBJECT_VERB) and a count follows it: a lower-case word or a percent sign after
    the number, not another part of a model's name nor a determiner ("gave Windows 11 a
    poor review")."""
    return _rx(r"%|\s+(?:per\s+cent\b|(?!(?:a|an|the|its|his|her|their|this|that)\b)[a-z])").match(text, end) is not None \
        and _TWO_OBJECT_VERB.search(text, max(lo, name_start - 40), start) is not None


@lru_cache(maxsize=1)
def _day_list_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(after a month's first day, a list of days still to come, before a month) for _day_in_list."""
    months = trie_alternation(["January", "February", "March", "April", "May", "June", "July", "August",
                               "September", "October", "November", "December", *lexicon()["month_abbreviations"]])
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    join = r"(?:\s*,\s*(?:and|or|&)|\s+(?:and|or)|\s*&)\s*"
    return (re.compile(rf"\b(?:{months})\.?\s+{day}(?:\s*,\s*{day})*(?:{join}|\s*,\s*)$"),
            re.compile(rf"(?:\s*,\s*{day})*{join}{day}\b"),
            re.compile(rf"(?:\s*,\s*{day})*{join}{day}\s+(?:of\s+)?(?:{months})\b"))


def _day_in_list(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether a number of one or two digits is a day in a list of a month's days: a later one
    ("Dec. 14 and 15", "March 3, 4 and 5": after a comma only where "and" ends the list) or
    an earlier one ("14 and 15 December")."""
    month_day, later_days, before_month = _day_list_patterns()
    head = month_day.search(text, max(sentence_start, start - 40), start)
    if head and (not head.group(0).rstrip().endswith(",") or later_days.match(text, end)):
        return True
    return text[end:end + 1] in (",", " ") and before_month.match(text, end) is not None


# (the golds list "the past 24 hours" with the dates and never its number as a figure; "the
# next 48 hours" still counts a time to come)
_PAST_HOURS_BEFORE = re.compile(r"\b(?:past|previous|preceding|last)\s+$", re.IGNORECASE)

# (what a note's mark is glued to: the end of a word, a stop, a quote)
_NOTE_MARK_BEFORE = frozenset(".,;:!?\"”’)abcdefghijklmnopqrstuvwxyz")
_ROAD_CODE_AFTER = re.compile(r"[A-Z]-\d")

_PRONOUN_ONE = re.compile(r"\b(?:(?:an?|another)\s+[a-z]+|this|that)\s+$", re.IGNORECASE)  # ("a war like this one.")
# the generic "one" ("whom one asks", "if one looks at"): after a word that opens a clause, before its verb
_GENERIC_ONE_BEFORE = re.compile(r"\b(?:whom|who|which\s+[a-z]+|what|how|if|when|unless|where|wherever|whatever)\s+$", re.IGNORECASE)
_GENERIC_ONE_VERB = re.compile(r"\s+(?:asks|ask|says|looks|thinks|considers|counts|listens|reads|believes|might|would|could|"
                               r"can|may|must|should|has|gets|finds|sees|chooses|trusts)\b")
# "the South Korean one", "the official one": a stand-in for the noun before
_STAND_IN_ONE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-Z][a-z]+\s+){1,2}$|\b[Tt]he\s+(?:official|other|first|last|latest|earlier|"
                                  r"new|old|real|actual|higher|lower|smaller|larger|bigger)\s+$")
_NAMED_BY_NUMBER_BEFORE = re.compile(r"\b(?:Group\s+of|the)\s+$")
# a weekday and the bracket that gives its day of the month: "this Friday (9)"
_WEEKDAY_BRACKET_BEFORE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+\($")
_FORMATION_AFTER = re.compile(r"\s(?:Brigade|Division|Battalion|Regiment|Corps|Squadron|Fleet)\b")
_PRONOUN_ONE_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:that|which|who|is|was|and|but|than|as|at|in|for)\b")

_LIST_NUMBER = re.compile(r"[.)]\s+[A-Z“\"‘'(\[]")
# ("in the past week 45 people died": a week told as a stretch, not by its number)
_WEEK_NUMBER_BEFORE = re.compile(r"(?<!\bpast\s)(?<!\blast\s)(?<!\bthis\s)(?<!\bnext\s)(?<!\bsame\s)(?<!\bthat\s)(?<!\bthe\s)"
                                 r"(?<!\ba\s)(?<!\beach\s)(?<!\bevery\s)(?<!\bper\s)(?<!\bone\s)(?<!\bprevious\s)(?<!\bcoming\s)"
                                 r"\b[Ww]eeks?\s+$|\b[Ww]eeks\s+\d{1,2}\s*(?:and|to|or|-|–)\s*$")

# a sign before a change in a results box or a data table ("(40.4%, +40.4)", "-0.3%"): the sign
# stands apart from the word before it, and a decimal, a percent, a closing bracket or the
# end of a table's cell or line ("| -15 |", "| -15") follows
_SIGNED_AFTER = re.compile(r"\s?(?:%|pc\b|pp\b|per\s?cent\b|percent\b|percentage\s+points?\b)|[),;]|[ \t]*[|\n]|\s*$")


def _signed_change(text: str, start: int, end: int) -> bool:
    """Whether the number at start..end is signed ("+40.4", "-23.5", "−0.3%")."""
    if start < 1 or text[start - 1] not in "+-−":
        return False
    if start >= 2 and text[start - 2] not in " (\n\t,;[":
        return False  # "10-12", "A-3": a range or a code
    if start >= 3 and text[start - 2] == " " and text[start - 3].isdecimal():
        return False  # "3 -2": a score or a spaced range
    return "." in text[start:end] or _SIGNED_AFTER.match(text, end) is not None


_THOUSANDS_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _excluded(text: str, start: int, end: int, match: re.Match, sentence_start: int, name_ok: bool = False) -> bool:
    pats = _patterns()
    before = text[max(sentence_start, start - 20):start]
    after = text[end:end + 20]
    # (every alternative of "not_count" and "month_after" begins with ^: match is their search;
    # month names are capitalised, so a window with no capital holds none)
    months_before = not before.islower()
    if after[:1] == "-" and pats["compound_kind"].match(after):
        return True  # "a one-way ticket", "a four-day week": a kind of thing, not an amount
    if match.group("curw") == "P" and not match.group("scale") and not _rx(r"\d[,.]\d").search(match.group("num")):
        return True  # the peso's "P" only before a sum ("P312.5 million", "P50,000"): "level P3" is a name
    if match.group(0).lower() == "one" and _PRONOUN_ONE.search(before) and _PRONOUN_ONE_AFTER.match(after):
        return True  # "present the conflict as a global one that …": the noun's stand-in, no count
    named = _NAMED_BY_NUMBER_BEFORE.search(before) if match.group(0)[:1].isupper() and match.group(0).isalpha() \
        or before.endswith("of ") and match.group(0).isdigit() else None
    if named and (named.group(0)[:1] == "G" or after[1:2].isupper()) or _FORMATION_AFTER.match(after):
        # "the Group of Seven", "the Five Star Movement": a number in a name; "17 Brigade", "1
        # Division": a military formation's number
        return True
    if match.group("num"):
        raw = match.group("num")
        if before[-1:] == "(" and after[:1] == ")" and _WEEKDAY_BRACKET_BEFORE.search(before):
            return True  # "reported this Friday (9)": the day of the month the weekday falls on
        if len(raw) == 2 and before[-1:] in ("-", "–", "/") and pats["year_span"].search(before):
            return True  # "the 2025-26 school year": the end of a span of years
        # (a sign of currency makes an amount, even after a letter and a hyphen: "$15.9 million-$20.6 million")
        if not match.group("cur") and _may_end_identifier(before, pats["identifier_words"]) and pats["identifier_before"].search(before) \
                or pats["not_count"].match(after):
            return True
        if ("and " in before[-5:] or "or " in before[-4:] or ", " in before[-2:]) \
                and _IDENTIFIER_LIST_BEFORE.search(text, max(sentence_start, start - 60), start):
            return True  # "resolutions 1718 (2006) and 2270": the other identifiers of a list
        if not match.group("cur") and (_TICKER_AFTER.match(after) or before[-1:] in (":", " ") and _LISTING_BEFORE.search(before)):
            return True  # "Lanhai Auto (9873.HK)", "(HKEX: 9873)": a listed share's code
        if ("mm" in after[:4] or after.startswith("-millimet")) and _CALIBRE.match(text, end, end + 60):
            return True  # "240mm multiple rocket launchers", "a 155-mm howitzer": a calibre names the weapon
        if _may_hold(before, "photo", "image", "picture", "slide", "video") and _rx(r"\b(?:Photo|Image|Picture|Slide|Video)s?\s+(?:\d+\s+of\s+)?$", re.IGNORECASE) \
                .search(text, max(sentence_start, start - 30), start):
            return True  # "Photo 1 of 5": a gallery's numbering
        if after[1:2].isupper() and after[:1] == " " and _house_number(text, end) and not pats["approx"].search(before):
            return True  # "14 Lenin Street", "221 Baker St.": a house number, not a count
        capital = pats["capital_before"].search(before) if months_before else None  # (it needs a capital)
        if capital and not name_ok and capital.group(1) not in lexicon()["not_name_words"] and not match.group("cur") \
                and not pats["approx"].search(capital.group(0)) \
                and not (capital.group(1).endswith("ly") or capital.group(1).lower() in pats["adverbs_before"]) \
                and capital.group(1) != "Magnitude" and not pats["percent"].match(after) \
                and not _named_object(text, sentence_start, start, end, start - len(before) + capital.start(1)) \
                and not _THOUSANDS_GROUPED.fullmatch(raw):
            return True  # "Boeing 737", "Apollo 11": a name with a number is an identifier ("Magnitude 5.8 quake hits …" a
            # headline's measure; "CFR 3.4%" a share, no identifier has a per cent sign; nor has one its
            # thousands set apart: "Revenue 31,420" is a table's row)
        if before[-1:] == "[" and after[:1] == "]" and before[-2:-1] in _NOTE_MARK_BEFORE:
            return True  # "… on the record.[1]": a note's number, glued to the text it sources
        if _ROAD_CODE_AFTER.match(after) or match.group("scale") and _rx(r"-0\d\d\b").match(after):
            return True  # "the 38K-030 highway", "the P-255 road": a road's code
        if after.startswith(" hours") and _PAST_HOURS_BEFORE.search(before):
            return True  # "over the past 24 hours": the span a daily count covers, told as a date
        if "eek" in before[-16:] and _WEEK_NUMBER_BEFORE.search(before):
            return True  # "in epidemiological week 45", "week 13", "weeks 16 and 18": a bulletin's week of the year
        if len(raw) <= 2 and after[:1] in ".)" and _LIST_NUMBER.match(after) and (start == 0 or text[start - 1] == "\n"):
            return True  # "1. Roe confirmed …", "2) …": a list's numbering at the head of its line
        if before.endswith("per ") and raw in ("100", "1,000", "10,000", "100,000", "1000", "10000", "100000"):
            return True  # "140.2 cases per 100,000": the rate's base, told with the rate
        if months_before and pats["month_near"].search(before) or pats["month_after"].match(after) \
                or after[:1] in ("-", "–") and pats["month_after"].match(after[1:].lstrip("0123456789")):
            return True  # "December 16", "16 December", "2-3 December"
        if len(raw) <= 2 and raw.isdecimal() and _day_in_list(text, start, end, sentence_start):
            return True  # "on Dec. 14 and 15", "on 3, 4 and 5 March": the other days of a date
        if len(raw) == 4 and raw.isdecimal() and 1800 <= int(raw) <= 2100 and not (match.group("cur") or match.group("curw")) \
                and not match.group("scale") and not pats["percent"].match(after):
            return True  # a year
        if after[:1] in (".", ":", "/") and after[1:2].isdecimal() or before.endswith("/") \
                or before.endswith(":") and before[-2:-1].isdecimal():
            return True  # clock times ("09:00"), fractions of identifiers, scores
        if _TIME_ZONE_AFTER.match(after) and _CLOCK_NUMBER.fullmatch(raw):
            return True  # "at 13.27 WIB", "(0230 GMT)": a time of day in its zone
        if not match.group("cur") and (_may_end_digit_run(before, pats["phone_words"]) and pats["digit_run_before"].search(before)
                                       and not _signed_change(text, start, end)
                                       or pats["digit_run_after"].match(after)):
            return True  # phone numbers, codes
    if match.group("vague") and match.group("vague").lower() == "many":
        # "how many", "as many as"; and "many families have nothing left", "many arrive
        # late": "many" alone gives no size, and news copy's readers take it for none
        return True
    if match.group("qty") and match.group("qty").lower() in ("a third", "a quarter", "a fifth", "a tenth") \
            and pats["fraction_modifier"].match(after):
        return True  # "a third year in a row": an ordinal, not a share
    if match.group("qty") and match.group("qty").lower() == "half" and pats["ordinal_before"].search(before):
        return True  # "the second half of the match": a period, not a share
    if (match.group("num") or match.group("words")) and pats["ago_after"].match(after):
        return True  # "five years ago": when, not how long
    if (match.group("words") or match.group("qty")) and any(
            w in text[max(sentence_start, start - 14):end + 20] for w in ("past", " to ", "o'clock", "o’clock")):
        clock = _CLOCK_WORDS_AFTER.match(after)
        # ("five to ten people" is a range: "to" tells the time only after a quarter or a half)
        if clock and (clock.group(1) is None or clock.group(1).lower() == "past"
                      or (match.group("qty") or "").lower().split()[-1:] in (["quarter"], ["half"])) \
                or _CLOCK_WORDS_BEFORE.search(before):
            return True  # "at six o'clock", "half past nine", "a quarter to ten": a time of day as a broadcaster says it
    if match.group("words") and _CLOCK_IN_WORDS.fullmatch(match.group("words")) and _AT_BEFORE.search(before):
        return True  # "at around eleven-forty", "at six-thirty": hours and minutes in words
    if match.group("words"):
        phrase = match.group("words").lower()
        if phrase == "one" and pats["one_pronoun"].match(text, end):
            return True  # "she would not give one.", "One said that": a pronoun
        if phrase == "one" and (_GENERIC_ONE_BEFORE.search(before) and _GENERIC_ONE_VERB.match(text, end)
                                or _STAND_IN_ONE_BEFORE.search(before) and _PRONOUN_ONE_AFTER.match(after)
                                or _rx(r"\b(?:than|like|as)\s$").search(before) and _rx(r"\s+(?:[a-z]+ed|given|made|shown|"
                                                                                      r"seen|told|written|put)\b").match(after)
                                or before[-6:].lower() == "every " and _rx(r"\s+of\s").match(after)):
            # "depends on which capital one asks", "closer to the South Korean one than …",
            # "lower than one given by a US official", "every one of these numbers": a pronoun
            # or a stand-in for the noun before, no count
            return True
        if phrase == "one" and (_PRONOUN_ONE_AFTER.match(after) or _ONE_THEN_PHRASE.match(after)) \
                and _THE_OTHER.search(text, end, min(len(text), end + 80)):
            return True  # "two boats sank, one with its crew, the other …": one of a pair, no count
        if phrase == "one" and _rx(r"(?:\bis|\bwas|\bare|\bwere|\bbe|\bbeen|[’']s)\s+(?:just\s+|only\s+|simply\s+|merely\s+|yet\s+)?$").search(before) \
                and _rx(r"\s+(?:more|fewer|less)\s+[a-z]").match(after):
            return True  # "the closure is one more blow to the town", "is one fewer pair of hands": a figure of speech
        if phrase == "one" and _rx(r"\bthan\s$").search(before) and _rx(r"\s+(?:that|which|who)\s").match(after):
            return True  # "copes better than one that never raced": a stand-in for the noun before
        if phrase == "one" and _ONE_SPEAKER.match(text, end):
            return True  # "One official put the number at …", "one of the sources said": a speaker picked out, no count
        if phrase == "one" and _rx(r"\s*[,;:]").match(text, end) and _rx(r"\b(?:[Aa]n?|[Tt]he)\s+[a-z]+\s$").search(before):
            return True  # "a surprise, but a reasonable one, said": "one" stands for the noun before
        if phrase == "two" and before.endswith(("the ", "The ")) and (_THE_TWO_PARTIES.match(after)
                                                                   or before.lower().endswith("between the ")):
            # "the two countries", "the two Koreas", "the gap between the two tallies", "somewhere
            # between the two": the parties just named, not a count (golds 10 to 1)
            return True
        if phrase in ("hundred", "thousand", "million", "billion", "trillion"):
            return True  # a scale with no number before it ("N5 million" once "N5" is an identifier)
        if phrase == "one" and pats["one_not_count"].search(text[max(sentence_start, start - 6):end + 12]) \
                and not pats["one_of_count"].match(text, end) and not pats["one_unit_of"].match(text, end) \
                and not (before.endswith(("that ", "which ")) and pats["one_person"].match(text, end)):
            # "one of the", but "one of the plant's two lines" counts one line, and "attacks in
            # which one woman was hurt" one woman ("which" relates the clause, as "that" does)
            return True
        if phrase == "one" and before.endswith(("by ", "By ")) and _rx(r"\s+(?:count|tally|measure)\b").match(text, end):
            return True  # "by one count, 300 died": the source of a figure
        if phrase == "one" and pats["one_determiner"].search(before) and not pats["one_counts"].match(text, end):
            return True  # "in one incident": a determiner that picks out a case
        if pats["month_after"].match(after) or months_before and pats["month_near"].search(before):
            return True
        if pats["not_count"].match(after) and not after.startswith((" ", "-")):
            return True
        if before.endswith(("Number ", "number ", "No. ")) and before[:-1].rstrip().split()[-1:] != ["a"] \
                and _rx(r"(?:Signal|Level|Category|Alert|Grade|Stage|Phase|Number)\s+(?:[Nn]umber|No\.)\s$").search(before):
            return True  # "Signal Number Three", "Level No. 2": a named grade, not an amount
    return False


# "one" and then "the other" of a pair: "one with its crew, the other empty", "one is 31
# and the other 44"
_ONE_THEN_PHRASE = re.compile(r"\s+(?:with|without|from|run|led|owned|[a-z]+ing)\b")
_THE_OTHER = re.compile(r"\bthe\s+other\b", re.IGNORECASE)  # (not "another": "one died and another was hurt" counts)
# a speaker picked out by "one" (the golds list "One official", "One of them", "one of the
# sources" as no figure), or sources a vague word describes ("Several U.S. officials, speaking
# on the condition of anonymity, said"): the source's noun (or "of them"), then its verb of saying
_SOURCE_QUALIFIERS = (r"(?:\s+(?:[A-Z][\w.]*|senior|other|local|western|military|government|police|intelligence|security|"
                      r"defence|defense|foreign|former|top|diplomatic|regional|party|opposition|health)){0,3}")
_SOURCE_NOUNS = (r"(?:official|source|diplomat|analyst|officer|commander|member|resident|witness|lawmaker|aide|person|"
                 r"expert|survivor|candidate|economist|trader|engineer|doctor|nurse|soldier|villager|farmer|activist|"
                 r"academic|professor|researcher|scholar|historian|commentator|observer|specialist|veteran|spokesperson|"
                 r"spokesman|spokeswoman|journalist|reporter)(?:e?s)?"
                 r"|people\s+familiar\s+with\s+[\w\s]{1,30}?")
_SAYING_AFTER = (r"(?:,[^,.;]{1,120}?,)?\s+(?:also\s+|later\s+)?(?:said|says|say|told|tells|tell|put|puts|added|adds|described|"
                 r"explained|recalled|wrote|estimated|noted|warned|argued|insisted|claimed|spoke|believe|believed|expect|expected|"
                 r"suggested|suggests|reckoned|reckons|cautioned|cautions|predicted|predicts|conceded|acknowledged|confirmed)\b")
_ONE_SPEAKER = re.compile(rf"(?:\s+of\s+(?:them|those|these|the\s+[\w-]+s|its\s+[\w-]+s|their\s+[\w-]+s)"
                          rf"|{_SOURCE_QUALIFIERS}\s+(?:{_SOURCE_NOUNS}))\b{_SAYING_AFTER}")
_SPEAKERS_AFTER = re.compile(rf"{_SOURCE_QUALIFIERS}\s+(?:{_SOURCE_NOUNS})\b{_SAYING_AFTER}")


def _tally(text: str, match: re.Match, nxt: re.Match, join: re.Match, limit: int) -> list[dict] | None:
    """The rows of a score or a vote ("beat them 2-1", "voted 5-2", "held 0-0"): two whole
    numbers joined by a bare hyphen, the second not above the first (a range goes up), each
    its own figure (one for a tie); None for anything else."""
    if join.group(0) not in ("-", "–") or not match.group("num") or not nxt.group("num") \
            or match.group("scale") or nxt.group("scale") or match.group("cur") or match.group("curw") \
            or not match.group("num").isdecimal() or not nxt.group("num").isdecimal() \
            or _rx(r"\s?(?:%|percent|per cent)|/\d").match(text, nxt.end(), limit):
        return None  # (nor "2-1/2 feet", a whole and a fraction)
    first, second = float(match.group("num")), float(nxt.group("num"))
    if second > first or first > 999:
        return None
    if first == second == 50 and _rx(r"\s+(?:chance|chances|odds|split|basis|proposition|call|bet|shot)\b").match(text, nxt.end(), limit):
        return []  # "a 50-50 chance": even odds, no tally

    counted, head = _counted(text, nxt.end(), limit)
    unit = head if counted and head and head in ("vote", "ballot", "win", "victory", "defeat", "draw", "decision") else None
    if first == second:
        row = _row({"id": None}, text, match.start(), nxt.end(), first, unit)
        row["_tally"] = "tie"
        return [row]
    rows = [_row({"id": None}, text, match.start(), match.end(), first, unit),
            _row({"id": None}, text, nxt.start(), nxt.end(), second, unit)]
    rows[0]["_tally"], rows[1]["_tally"] = "for", "against"
    return rows


def _traded_measure(noun: str) -> str:
    """What a market figure measures: a share's or a stock's price, else the index, bond or
    currency itself."""
    noun = noun.lower()
    return "share price" if noun.startswith(("share", "stock")) else _singular(noun.split()[-1])


def _change_verb_before(text: str, lo: int, start: int) -> bool:
    """Whether the word before a number is a change verb ("rose $2 to $84": a change and the
    level it reached, not a range, when the level is far above the change; "rise 4 percent to
    7 percent" stays a range)."""
    word = _rx(r"([a-z]+)\s+$").search(text, max(lo, start - 16), start)
    return bool(word) and word.group(1) in _measure_patterns()["changes"]


def _decade_age(text: str, match: re.Match, sentence_start: int) -> dict | None:
    """The row of an age given by its decade ("in his 40s": 40 to 49, "in her early 30s": 30
    to 33), or None; the number alone, glued to its "s", is no count."""
    raw, end = match.group("num"), match.end()
    if not raw or not raw.endswith("0") or len(raw) != 2 or text[end:end + 1] != "s" or text[end + 1:end + 2].isalnum():
        return None
    before = _patterns()["decade_before"].search(text, max(sentence_start, match.start() - 24), match.start())
    if not before:
        return None
    value = float(raw)
    part = (before.group(1) or "").lower()
    low, high = {"early": (value, value + 3), "mid": (value + 3, value + 6), "late": (value + 6, value + 9)}.get(part, (value, value + 9))
    row = _row({"id": None}, text, before.start(), end + 1, value, "year")
    row.update(low=low, high=high, approximate=True)
    return row


def _in_share(text: str, match: re.Match, nxt: re.Match, limit: int) -> bool:
    """Whether "<a> in <b>" is a share ("1 in 5 soldiers", "2 in 3 of them"): two small whole
    numbers, the first smaller, then a noun that is no unit of time ("3 in 5 days" is a rate)."""
    # ("six in ten of the deaths", "three in 10 voters": small numbers in words too)
    first = match.group("num") or (str(int(_value(match)[0])) if match.group("words") and _value(match)[0] is not None
                                   and float(_value(match)[0]).is_integer() else None)
    second = nxt.group("num") or (str(int(_value(nxt)[0])) if nxt.group("words") and _value(nxt)[0] is not None
                                  and float(_value(nxt)[0]).is_integer() else None)
    if not first or not second or not first.isdecimal() or not second.isdecimal() or match.group("scale") or nxt.group("scale") \
            or match.group("cur") or nxt.group("cur") or not 0 < int(first) < int(second) <= 1000:
        return False
    noun = _rx(r"\s+(?:of\s+)?([a-z]+)").match(text, nxt.end(), limit)
    return noun is not None and _singular(noun.group(1)) not in lexicon()["duration_units"] \
        and noun.group(1) not in ("percent", "per", "decade", "decades")


def _compound_duration(text: str, atoms: list, i: int, value: float, end: int, limit: int):
    """(value, end, unit) of "five years and two months" added up in its smaller unit, or None
    ("between ten months and 5 years of age" is two ages, the smaller unit first)."""
    if i + 1 >= len(atoms):
        return None
    pats, units = _patterns(), lexicon()["duration_units"]
    joined = pats["duration_and"].match(text[end:atoms[i + 1].start()])
    if not joined or joined.end() != atoms[i + 1].start() - end:
        return None  # (tested first: most numbers are not followed by "years and")
    second, _ = _value(atoms[i + 1])
    tail = pats["duration_unit"].match(text, atoms[i + 1].end(), limit)
    if second is None or not tail:
        return None
    (base1, factor1), (base2, factor2) = units[_singular(joined.group("u"))], units[_singular(tail.group("u"))]
    if base1 != base2 or factor1 <= factor2:
        return None  # ("between ten months and 5 years": the smaller unit first is a span's ends)
    return value * factor1 + second * factor2, tail.end(), base1


def _row(sentence: dict, text: str, start: int, end: int, value: float, unit: str) -> dict:
    return {"sentence_id": sentence["id"], "start": start, "end": end, "mention": text[start:end],
            "value": value, "low": None, "high": None, "approximate": False, "vague": False,
            "unit": unit, "counts": None, "claimant": None, "certainty": None}


@lru_cache(maxsize=1024)
def _noun_after(noun: str) -> re.Pattern:
    # one pattern per counted noun, compiled once (re's own cache is shared and small)
    return re.compile(rf"\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(noun)}")


def _atoms(text: str, s: int, e: int) -> list[re.Match]:
    """The number atoms of text[s:e]: what ``atom.finditer(text, s, e)`` finds.  The atom is
    tried only where ``atom_start`` finds that one can begin (a match must begin with one of
    its phrases, whose first run of letters ends where the text's does: every phrase is
    followed by a space, a hyphen, punctuation, a digit or the end of the sentence)."""
    pats = _patterns()
    lowered = _lowered(text, s, e)
    if lowered:
        segment, shift = lowered
        starts = [m.start() + shift for m in pats["atom_start_lower"].finditer(segment, s - shift)]
    else:
        starts = [m.start() for m in pats["atom_start"].finditer(text, s, e)]
    # (a list, not a generator: all of them are read, and a sentence with none skips the call)
    return _matches_from(pats["atom"], text, starts, e) if starts else []


def _matches_from(pattern: re.Pattern, text: str, starts, hi: int) -> list[re.Match]:
    """What ``pattern.finditer(text, lo, hi)`` finds, given ``starts``: every position from
    ``lo`` where a match can begin, in order (more do no harm).  The pattern is tried at each
    as finditer would try it there (it sees the text before it); none matches empty."""
    found, pos = [], 0
    for start in starts:
        if start >= pos:
            match = pattern.match(text, start, hi)
            if match:
                found.append(match)
                pos = match.end()
    return found


def _lowered(text: str, lo: int, hi: int) -> tuple[str, int] | None:
    r"""(text[lo:hi] lower-cased, with the character before it for look-behinds; the shift to
    add to a position in it) when that is plain (ASCII and caseless marks: see _plain_ascii),
    else None.  In ASCII, lower() folds case
    one letter for one as re's IGNORECASE does, so a pattern in lower case matched with case
    there finds what the pattern matched without case finds in the text (much faster: the
    engine compares letters directly and skips alternatives by their first letter).  Those
    patterns are compiled with re.ASCII too (\w, \d, \b by table, not by Unicode look-up;
    see _plain_ascii)."""
    segment = text[lo - 1 if lo else lo:hi]
    return (segment.lower(), lo - 1 if lo else lo) if _plain_ascii(segment) else None


def _plain_ascii(segment: str) -> bool:
    r"""Whether a pattern compiled with re.ASCII matches in ``segment`` what it matches without
    it, and lower() folds its case one character for one as IGNORECASE does: ASCII and the
    caseless marks beyond it (_NOT_PLAIN), and none of \x1c-\x1f (which Unicode's \s
    matches and ASCII's does not)."""
    if segment.isascii():
        # (four substring tests, each a scan in C, cost a tenth of the search of the class)
        return "\x1c" not in segment and "\x1d" not in segment and "\x1e" not in segment and "\x1f" not in segment
    return not _NOT_PLAIN.search(segment)


def _caseless_marks() -> str:
    """Punctuation and symbols beyond ASCII (to the end of the letterlike block) that have no
    case and are no word character, digit or space: re matches them alike with and without
    IGNORECASE and re.ASCII, no letter folds to one, and lower() leaves them as they are.
    Curly quotes, dashes and currency signs are in most sentences of real copy, which would
    otherwise all be matched the slow way."""
    import unicodedata

    return "".join(char for char in map(chr, range(0x80, 0x2150))
                   if unicodedata.category(char)[0] in "PS" and char.lower() == char == char.upper() == char.casefold()
                   and not char.isalnum() and not char.isspace() and char != "_")


# a character that makes a segment not plain: a letter, digit or space beyond ASCII, or \x1c-\x1f
_NOT_PLAIN = re.compile(r"[^\x00-\x1b\x20-\x7f" + "".join(re.escape(c) for c in _caseless_marks()) + "]")


# units written with their scale, and the base unit and scale they count in
_SCALED_UNITS = {"kilotonne": (1e3, "tonne"), "megatonne": (1e6, "tonne"), "megatonne a year": (1e6, "tonne a year"),
                 "thousand ounce": (1e3, "ounce"), "million ounce": (1e6, "ounce")}
_SPOKEN_SCALE_AT_END = re.compile(r"(?<=[a-z]\s)(?:hundred|thousand|million|billion|trillion)$", re.IGNORECASE)

def extract_figures(text: str, sentences: list[dict]) -> list[dict]:
    """Rows of the figures table (claimant filled in later from the claims)."""
    grouped = [m for m in _SPACE_GROUPED.finditer(text) if not _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start())] \
        if " " in text and not _COMMA_GROUPED.search(text) else []
    if not grouped:
        return _upper_bounds(text, _extract_figures(text, sentences))
    # the text's own thousands grouping, read as a thin space's (the same length: every span holds)
    work = list(text)
    for m in grouped:
        for i in range(m.start(), m.end()):
            if work[i] == " ":
                work[i] = "\u2009"
    work = "".join(work)
    rows = _upper_bounds(work, _extract_figures(work, sentences))
    for row in rows:
        row["mention"] = text[row["start"]:row["end"]]
    return rows


def _upper_bounds(text: str, rows: list[dict]) -> list[dict]:
    """A range ("between 3,100 and 3,400 residents", "4% to 6%") gives two numbers, and the
    figures record lists every number the article counts with: after the range's row (its
    value the lower number, with low and high) comes its upper number's, of the same measure,
    marked ``bound`` "upper".  A reader is shown the range once
    (:func:`claimbrief.tables.ranges_once`).  A decade ("in his 40s") is one number."""
    out = []
    for row in rows:
        row.setdefault("bound", None)
        out.append(row)
        low, high = row["low"], row["high"]
        if row["vague"] or low is None or high is None or low == high or row["value"] != low:
            continue
        atoms = [m for m in _atoms(text, row["start"], row["end"]) if m.group(0).strip()]
        if len(atoms) > 1 and atoms[-1].start() > row["start"]:
            last = atoms[-1]
            # (what follows it in the range's words is its unit: "5%" of "3% to 5%", "70mph")
            out.append({**row, "start": last.start(), "mention": text[last.start():row["end"]], "value": high,
                        "bound": "upper"})
    return out


def _extract_figures(text: str, sentences: list[dict]) -> list[dict]:
    pats = _patterns()
    rows = []
    for sentence in sentences:
        s, e = sentence["start"], sentence["end"]
        atoms = [m for m in _atoms(text, s, e) if m.group(0).strip()]
        i = 0
        while i < len(atoms):
            match = atoms[i]
            start, end = match.start(), match.end()
            decade = _decade_age(text, match, s)
            if decade:
                rows.append(decade)
                rows[-1]["sentence_id"] = sentence["id"]
                i += 1
                continue
            if _excluded(text, start, end, match, s):
                # "beat Northtown Rovers 2-1": a score after a team's name is no "Boeing 737"
                nxt = atoms[i + 1] if i + 1 < len(atoms) else None
                join = pats["range_join"].match(text, end, nxt.start()) if nxt else None
                tally = _tally(text, match, nxt, join, e) if join and join.end() == nxt.start() \
                    and not _excluded(text, start, end, match, s, name_ok=True) else None
                if tally is not None:
                    for part in tally:
                        part["sentence_id"] = sentence["id"]
                    rows.extend(tally)
                    i += 2
                elif join and join.end() == nxt.start() and join.group(0) in ("-", "–", "/"):
                    i += 2  # "Boeing 737-800", "Route 66-1": the number after the hyphen is the identifier's too
                else:
                    i += 1
                continue
            value, currency = _value(match)
            vague = match.group("vague") is not None
            low, high = _floor(match), None
            approximate = False
            # (not "plus or minus 2.5 points": a tolerance either way, of 2.5)
            if value is not None and _may_hold(text[max(s, start - 8):start], "minus") \
                    and _rx(r"\bminus\s+$", re.IGNORECASE).search(text, max(s, start - 8), start) \
                    and not _rx(r"\bplus\s+or\s+minus\s+$", re.IGNORECASE).search(text, max(s, start - 20), start):
                start = _rx(r"\bminus\s+$", re.IGNORECASE).search(text, max(s, start - 8), start).start()
                value = -value  # "minus forty degrees"
            elif value is not None and match.group("num") and not match.group("cur") and _signed_change(text, start, end):
                start -= 1  # "(40.4%, -23.5)", "+0.5%": a change with its sign
                value = -value if text[start] in "-−" else value
            # "2-1/2 feet", "1 1/2 miles": a whole and a fraction, as US wire copy writes them
            mixed = pats["mixed_fraction"].match(text, end, e) if match.group("num") and not match.group("scale") \
                and text[end:end + 1] in ("-", " ") and match.group("num").isdecimal() else None
            if mixed and int(mixed.group(1)) < int(mixed.group(2)):
                value += round(int(mixed.group(1)) / int(mixed.group(2)), 3)
                end = mixed.end()
                while i + 1 < len(atoms) and atoms[i + 1].start() < end:
                    i += 1
            # "Rs 1.5 lakh crore", "Rs 12 thousand crore": South Asian copy stacks its scales
            crore = _rx(r"\s+crores?\b", re.IGNORECASE).match(text, end, e) \
                if match.group("num") and (match.group("scale") or "").lower() in ("lakh", "lakhs", "thousand", "hundred") else None
            if crore:
                value, end = _scaled(value, 1e7), crore.end()
            # "a quarter of a million", "three-quarters of a billion": a share of a scale is a number
            of_scale = _rx(r"\s+of\s+an?\s+(million|billion|trillion)\b", re.IGNORECASE).match(text, end, e) \
                if match.group("qty") and value is not None and value < 1 and text.startswith(" of a", end) else None
            if of_scale:
                value = round(value * lexicon()["scales"][of_scale.group(1).lower()], -3)
                end = of_scale.end()
                while i + 1 < len(atoms) and atoms[i + 1].start() < end:
                    i += 1
            # "1 in 5 soldiers", "2 in 3 households": a share in digits, as "one in five" is in words
            # ("nine out of ten", "nearly nine in every ten": a share of ten or fewer, as said aloud)
            joined = _rx(r" (in every|out of|in) ").match(text, end) if (match.group("num") or match.group("words")) \
                and value is not None and i + 1 < len(atoms) and text.startswith((" in ", " out of "), end) else None
            if joined and atoms[i + 1].start() == joined.end() and _in_share(text, match, atoms[i + 1], e) \
                    and (joined.group(1) == "in" or float(_value(atoms[i + 1])[0]) <= 10):
                second = float(_value(atoms[i + 1])[0])
                rows.append(_row(sentence, text, start, atoms[i + 1].end(), round(value / second * 100, 1), "percent"))
                rows[-1]["counts"] = _counted(text, atoms[i + 1].end(), e, plural=True)[0]
                i += 2
                continue
            # a range: "4,000-4,500", "between 10 and 12", "10 to 12"
            if i + 1 < len(atoms) and not vague:
                nxt = atoms[i + 1]
                # "3% to 5%", "4 percent to 6 percent": copy repeats the percent sign on both ends
                # of a range; it is read past when the second number has it too
                sign = pats["percent"].match(text, end, nxt.start()) if text[end:end + 1] in "% p" else None
                join_from = sign.end() if sign and pats["percent"].match(text, nxt.end(), e) else end
                join = pats["range_join"].match(text, join_from, nxt.start())
                tally = _tally(text, match, nxt, join, e) if join and join.end() == nxt.start() else None
                if tally is not None:
                    for part in tally:
                        part["sentence_id"] = sentence["id"]
                    rows.extend(tally)
                    i += 2
                    continue
                if join and join.end() == nxt.start() and nxt.group("vague") is None:
                    second, currency2 = _value(nxt)
                    between = pats["between"].search(text[max(s, start - 10):start])
                    word = join.group(0).strip().lower()
                    # "rose from $2 million to $30 million" is a change: two figures, not a range
                    # (but "estimates ranged from 4.7% to 5.0%" spans one); so is "fell by 1,240
                    # to 186,300", the change and the level it reached
                    change = word == "to" and (between is not None and between.group(0).lower().startswith("from")
                                               and not pats["ranged_from"].search(text, max(s, start - 30), start)
                                               or pats["by_before"].search(text, max(s, start - 4), start) is not None
                                               or _change_verb_before(text, s, start) and _value(nxt)[0] is not None
                                               and value is not None and _value(nxt)[0] > 3 * value)
                    # "two or three days", "10 or 12 people": a range given loosely, one figure (it must
                    # go up: "five or more" has no number after it, "20 or 2" is no range)
                    loose = word == "or"
                    if loose and (second is None or value is None or second <= value or between):
                        second = None
                    if second is not None and value is not None and (word != "and" or between) and not change \
                            and not _excluded(text, nxt.start(), nxt.end(), nxt, s):
                        if nxt.group("scale") and not match.group("scale") and value < second:
                            value = _scaled(value, lexicon()["scales"][nxt.group("scale").lower()])
                        elif not match.group("scale") and value < second and (spoken := _SPOKEN_SCALE_AT_END.search(nxt.group(0))) \
                                and not _SPOKEN_SCALE_AT_END.search(match.group(0)) \
                                and value * lexicon()["scales"][spoken.group(0).lower()] <= second:
                            # "two to three thousand": the scale spoken once, after both numbers
                            value = _scaled(value, lexicon()["scales"][spoken.group(0).lower()])
                        low, high = value, second
                        approximate = approximate or loose
                        end = nxt.end()
                        currency = currency or currency2
                        if between:
                            start = start - len(between.group(0))
                        i += 1
            compound = _compound_duration(text, atoms, i, value, end, e) if value is not None and low is None else None
            if compound:
                value, end, unit_word = compound
                rows.append(_row(sentence, text, start, end, value, unit_word))
                i += 2
                continue
            window = text[max(s, start - 30):start]
            approx = pats["approx"].search(window) if _may_end_with(window, pats["approx_ends"]) else None
            if approx and approx.group(0).lower().startswith("up") and pats["went_up"].search(window, 0, approx.start()):
                approx = None  # "the toll went up to eight": where it went, not "at most"
            if approx:
                start -= len(approx.group(0))
                approximate = True
            or_so = _OR_SO.match(text, end, e) if text.startswith(" or ", end) and not vague else None
            if or_so:
                end = or_so.end()  # "a dozen or so generals", "20 or more": about that many
                approximate = True
            elif value is not None and text[end:end + 1] in ("-", "+") and low is None:
                plus = _rx(r"(?:-(?:plus|odd)|\+)(?![\w+-])").match(text, end, e)
                if plus:
                    end = plus.end()  # "a 3,000-plus contingent", "10,000-odd troops", "500+ homes": at least about that many
                    approximate = True
            unit = currency
            glued = pats["glued_unit"].match(text, end, e) if match.group("num") and not currency else None
            if glued:
                end = glued.end()
                unit = lexicon()["glued_units"][glued.group(0)]
                if unit in _SCALED_UNITS and value is not None:
                    # "95.2Mt", "120kt", "1.4Moz": the base unit at its scale, as "95.2 million
                    # tonnes" is (both ends of a range given so: "180Mt to 190Mt")
                    factor, unit = _SCALED_UNITS[unit]
                    value = _scaled(value, factor)
                    low, high = (_scaled(low, factor) if low is not None else None,
                                 _scaled(high, factor) if high is not None else None)
            percent = pats["percent"].match(text, end, e)
            if percent:
                end = percent.end()
                unit = "percent"
            currency_word = pats["currency_word"].match(text, end, e) if not unit else None
            if currency_word:
                unit = lexicon()["currencies"][currency_word.group(0).strip().lower()]
                end = currency_word.end()
            crowd = match.group("crowd") is not None
            vague = vague or crowd
            scaled = False
            if vague and i + 1 < len(atoms) and atoms[i + 1].group("words") \
                    and atoms[i + 1].group("words").lower() in lexicon()["scales"] and _rx(r"\s+").fullmatch(text, end, atoms[i + 1].start()):
                end = atoms[i + 1].end()  # "a few hundred more", "several thousand people": one vague magnitude
                low = float(lexicon()["scales"][atoms[i + 1].group("words").lower()])  # at least the scale (ACLED)
                i += 1
                scaled = True
            quoted = (vague or crowd) and text[end:end + 1] in ('"', "”", "’")  # (the noun is read past the quote)
            quoted_of = _rx(r"\s+of\s+(?=[A-Za-z])").match(text, end + 1, e) if quoted and crowd else None
            # "tens of thousands of its youth", "hundreds of their men": the noun after the owner
            owned = _rx(r"(?:\s+of)?\s+(?:its|their|his|her|our)(?=\s+[a-z])").match(text, end + quoted, e) if vague else None
            counts, head = _counted(text, owned.end() if owned else quoted_of.end() - 1 if quoted_of else end + quoted, e,
                                    plural=vague or (value is not None and abs(value) > 1))
            bare = scaled and not head and not _rx(r"\s+more\b").match(text, end, e)
            # ('"dozens" of soldiers': the crowd word quoted, then what it counts)
            implied = crowd and not (head and (quoted_of or _is_plural(counts.split()[0])))
            if implied or bare:
                # "displace thousands", "thousands marched", "several hundred have died": a
                # bare crowd, or a vague magnitude standing alone, counts people (and has no
                # unit: the gold README's unit is "the unit word where there is one")
                head = counts = "people"
            elif vague and not head and _rx(r"\s+more\b").match(text, end, e):
                head = counts = "more"  # "a few hundred more": more of the group before
            elif vague and not head and not (currency_word and match.group("vague").lower().endswith(" of")):
                i += 1
                continue  # "several" alone counts nothing we can name ("billions of dollars" counts money)
            if vague and not crowd and _SPEAKERS_AFTER.match(text, end, e):
                i += 1
                continue  # "Several U.S. officials, speaking on condition of anonymity, said": the sources, no count
            named = None
            if vague and unit is None:
                named = (_NUMBER_OF_BEFORE.search(text, max(sentence["start"], start - 90), start)
                         if "number of" in text[max(sentence["start"], start - 90):start] else None) \
                    or _NOUN_IN_THE_BEFORE.search(text, max(sentence["start"], start - 40), start)
            if named:
                # "put the number of casualties in the hundreds", "the number of evacuees ran into
                # the thousands", "have taken casualties in the hundreds": a vague count is of the
                # noun the clause named before it
                counts2, head2 = _counted(text, named.start(1) - 1, named.end(1), plural=True)
                if head2:
                    counts, head = counts2, head2
                    implied = bare = False
            if match.group("qty") and value is not None and not of_scale and (value < 1 or _MULTIPLIER.search(match.group("qty"))):
                # "two-thirds of the ballots", "almost threefold": a share, whatever follows
                unit = "fraction" if value < 1 else "times"
            if unit is None and not bare and not implied and not (vague and _OF_PRONOUN.match(text, end, e)):
                # (a magnitude standing alone has no unit word: "several hundred"; nor has one of
                # a group a pronoun stands for: "only a few thousand of them")
                unit = head
            if vague and not crowd:  # "a few weeks": the mention carries the noun, there is no number
                # (to the head: "hundreds of North Korean soldiers", not "hundreds of North")
                noun = _noun_after(counts.split(" of ")[0].split()[-1]).match(text, end, e) if counts else None
                if noun:
                    end = noun.end()
                    # "hundreds of millions of dollars": a vague sum in the currency named after it;
                    # "tens of millions of people": a vague magnitude of the group named after it
                    scale_of = head in ("thousand", "million", "billion", "trillion") and text.startswith(" of ", end)
                    scale_word = head
                    money = pats["currency_word"].match(text, end + 3, e) if scale_of else None
                    if money:
                        unit = lexicon()["currencies"][money.group(0).strip().lower()]
                        end = money.end()
                    elif scale_of:
                        counts2, head2 = _counted(text, end, e, plural=True)
                        noun = _noun_after(counts2.split(" of ")[0].split()[-1]).match(text, end + 3, e) if counts2 else None
                        if noun:
                            counts, head, unit, end = counts2, head2, head2, noun.end()
                    if scale_of and (money or head != scale_word) and low is not None:
                        low = low * lexicon()["scales"][scale_word]  # "hundreds of millions": at least 100 million
                    while scale_of and i + 1 < len(atoms) and atoms[i + 1].start() < end:
                        i += 1  # ("millions of" is inside the mention)
            if head == "time" and unit in ("time", None):
                # "almost three times higher than", "several times the legal limit": a ratio, not
                # how often (the mention takes "times"; the unit is the multiplier's)
                ratio = _rx(r"(\s+times)?(?=\s+(?:higher|more|greater|larger|bigger|lower|less|fewer|smaller|as|the|what"
                            r"|that|normal|usual)\b)", re.IGNORECASE).match(text, end, e)
                if ratio and (ratio.group(1) or text[start:end].lower().endswith("times")):
                    end, unit = ratio.end(), "times"
            if unit == "point" and value is not None and value < 100 \
                    and _rx(r"\s+points?\s+(?:to|from)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?\d[\d.]*\s?(?:%|percent|per\s+cent)",
                            re.IGNORECASE).match(text, end, e):
                # "fell 4.5 points to 31.2%": a change of a share, in percentage points (an
                # index's "fell 300 points to 38,000" and a team's "41 points" stay points)
                unit = "percentage point"
                end = _rx(r"\s+points?").match(text, end).end()
            of_point = _rx(r"\s+of\s+a\s+(?:percentage[\s-]+)?point\b", re.IGNORECASE).match(text, end, e) \
                if unit == "fraction" and text.startswith(" of a", end) else None
            if of_point:
                end = of_point.end()  # "a fifth of a percentage point": 0.2 points
            if unit == "fraction" and "point" in text[start:end].lower():
                unit = "percentage point"  # "a quarter-point cut", "half a percentage point"
            elif unit == "fraction":
                # a share in words ("two-thirds of the ballots", "one in three trains") on the
                # percent scale, as annotators, the briefing and the other shares write it
                value, low, high = (None if x is None else round(x * 100, 1) for x in (value, low, high))
                unit = "percent"
            rows.append({
                "sentence_id": sentence["id"], "start": start, "end": end, "mention": text[start:end],
                "value": value, "low": low, "high": high, "approximate": approximate or vague,
                "vague": vague, "unit": unit, "counts": counts, "claimant": None, "certainty": None,
            })
            i += 1
        if _may_hold(text[s:e], "half", "quarter"):
            rows[:] = _fraction_of_a_unit(text, s, e, sentence["id"], rows)
        if "EF" in text[s:e] or "Intensity" in text[s:e] or "Level" in text[s:e]:
            found = _ratings(text, s, e, sentence["id"], rows)
            if found:
                rows.extend(found)
                rows.sort(key=lambda r: (r["start"] if r["sentence_id"] == sentence["id"] else -1))
        if _may_hold(text[s:e], "decade", "centur", "year", "month", "week", "day", "hour", "minute", "met", "mile"):
            found = _unit_alone(text, s, e, sentence["id"], rows)
            if found:
                rows.extend(found)
                rows.sort(key=lambda r: (r["start"] if r["sentence_id"] == sentence["id"] else -1))
    return describe_figures(text, sentences, _cents_as_money(rows))


def _cents_as_money(rows: list[dict]) -> list[dict]:
    """A sum in cents is money in the currency it divides: "a dividend of 38 cents" after
    "A$1.2 billion" is A$0.38; the currency is the last one a figure before it named (a cent
    of the dollar, euro or rand the article uses), else the US dollar.  (Pence keep their own
    unit: "down 45p at 320p".)"""
    last = None
    for row in rows:
        unit = row.get("unit")
        if unit and unit.isupper() and len(unit) == 3:
            last = unit
        if unit == "cent" and row["value"] is not None and not row.get("vague"):
            row["value"] = round(row["value"] / 100, 6)
            for key in ("low", "high"):
                if row.get(key) is not None:
                    row[key] = round(row[key] / 100, 6)
            row["unit"] = last if last and last not in ("GBP", "INR", "RUB", "JPY", "KRW") else "USD"
    return rows


# ("half a mile", "a half mile", "a quarter mile", "three quarters of an hour"; not "a quarter a
# year earlier", a share and a time)
_FRACTION_OF_A_UNIT = re.compile(r"\b(?:(?P<f>(?:a\s+)?half)[\s-]+(?:an?\s+)?|(?P<g>a\s+quarter|three[\s-]quarters)(?:[\s-]+|\s+of\s+an?\s+))"
                                 r"(?P<u>mile|kilometre|kilometer|km|metre|meter|hour|day|week|month|year)(?![\w-])", re.IGNORECASE)


def _fraction_of_a_unit(text: str, s: int, e: int, sentence_id, rows: list[dict]) -> list[dict]:
    """The rows of a sentence with "half a mile", "a quarter mile", "three quarters of an hour"
    read as that part of the unit (0.5 mile), not as a share; rows of other sentences kept."""
    out = rows
    for match in _finditer(_FRACTION_OF_A_UNIT, text, s, e):
        start, end = match.start(), match.end()
        fraction = (match.group("f") or match.group("g")).lower().split()[-1].replace("three-", "")
        value = {"half": 0.5, "quarter": 0.25, "quarters": 0.75}[fraction]
        unit = {"km": "kilometre", "kilometer": "kilometre", "meter": "metre"}.get(match.group("u").lower(), match.group("u").lower())
        out = [r for r in out if not (r["sentence_id"] == sentence_id and r["start"] < end and start < r["end"])]
        row = _row({"id": sentence_id}, text, start, end, value, unit)
        row["counts"] = unit
        out.append(row)
    return out


# a rating on a hazard's scale: a tornado's Enhanced Fujita rating ("a preliminary EF-3"), the
# shaking felt ("at Intensity VII"), a volcano's alert level in Roman numerals ("raised from Level
# III to Level IV": only where the sentence speaks of an alert or a status, as "a Level I trauma
# centre" is a kind of hospital)
_RATING = re.compile(r"\b(?:EF-?(?P<ef>[0-5])|(?P<scale>Intensity|Level)\s+(?P<roman>VIII|VII|VI|IV|IX|III|II|I|V|X))\b(?![-/])")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_RATING_MEASURES = {"EF rating": "tornado rating", "intensity": "shaking intensity", "alert level": "alert level"}
_ALERT_WORDS = re.compile(r"\b(?:alert|status|warning)\b", re.IGNORECASE)


def _ratings(text: str, s: int, e: int, sentence_id, rows: list[dict]) -> list[dict]:
    """Rows of the ratings on a hazard's scale (see _RATING), each a magnitude of its scale."""
    taken = [(r["start"], r["end"]) for r in rows if r["sentence_id"] == sentence_id]
    found = []
    for match in _finditer(_RATING, text, s, e):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        if match.group("ef") is not None:
            value, unit = float(match.group("ef")), "EF rating"
        elif match.group("scale") == "Level" and not _ALERT_WORDS.search(text, s, e):
            continue
        else:
            value = float(_ROMAN[match.group("roman")])
            unit = "intensity" if match.group("scale") == "Intensity" else "alert level"
        row = _row({"id": sentence_id}, text, match.start(), match.end(), value, unit)
        row["counts"] = unit
        found.append(row)
    return found


def _unit_alone(text: str, s: int, e: int, sentence_id, rows: list[dict]) -> list[dict]:
    """Rows of a unit that stands for its own one ("lasting a month", "out by a metre", "more
    than a decade": a decade is 10 years) and of "decades" or "centuries" (vague), after a
    preposition or an approximator that makes them a span; never a rate ("$3.1 million a
    year", "twice a day") nor a time ("a year ago", "a day after")."""
    taken = [(r["start"], r["end"]) for r in rows if r["sentence_id"] == sentence_id]
    found = []
    for match in _finditer(_patterns()["unit_alone"], text, s, e):
        start, end = match.start("fig"), match.end()
        if any(a < end and start < b for a, b in taken):
            continue
        unit = (match.group("u1") or match.group("u2")).lower()
        approx = "approx" if match.group("approx") else "approx2" if match.group("approx2") else None
        if match.group("since"):
            start = match.end("since")  # (the mention is "in decades")
        if unit in ("decades", "centuries"):
            row = _row({"id": sentence_id}, text, start, end, None, "decade" if unit == "decades" else "century")
            row.update(vague=True, approximate=True, low=10.0 if unit == "decades" else 100.0)
        else:
            value, base = {"decade": (10.0, "year"), "century": (100.0, "year"), "fortnight": (14.0, "day")}.get(unit, (1.0, unit))
            row = _row({"id": sentence_id}, text, start if not approx else match.start(approx), end, value, base)
            row["approximate"] = bool(approx)
        row["counts"] = row["unit"]
        found.append(row)
    # "ballot boxes arrived hours late", "the harvest was weeks away": a bare plural unit before
    # "late" or "away" says how long, vaguely (after a number or a quantity word it is that figure's)
    if _may_hold(text[s:e], " late", " away"):
        for match in _finditer(_rx(r"(?<=\s)(hours|days|weeks|months|years)\s+(?:late|away)\b", re.IGNORECASE), text, s, e):
            start, end = match.start(), match.end()
            previous = text[max(s, start - 24):start].split()[-1:]
            if any(a < end and start < b for a, b in taken) or not previous \
                    or not previous[0].isalpha() or _quantity_word(previous[0]):
                continue
            row = _row({"id": sentence_id}, text, start, end, None, match.group(1).lower()[:-1])
            row.update(vague=True, approximate=True, counts=row["unit"])
            found.append(row)
    # "fighting for weeks", "trained for just weeks", "a matter of days": a bare plural unit after
    # "for", "just", "only" or "a matter of" says how long, vaguely (the training golds list
    # it as a duration 19 times to 9; "within weeks" they read as a date, and is left to them)
    for match in _finditer(_patterns()["bare_span"], text, s, e):
        start, end = match.start(), match.end()
        if not any(a < end and start < b for a, b in taken):
            row = _row({"id": sentence_id}, text, start, end, None, match.group("u").lower()[:-1])
            row.update(vague=True, approximate=True, counts=row["unit"])
            found.append(row)
    return found


def _quantity_word(word: str) -> bool:
    """Whether a word gives a number or a quantity ("three", "several", "few", "of")."""
    return word.lower() in ("of", "some", "the", "a", "an", "more", "those", "these") or bool(_patterns()["atom"].fullmatch(word))


# --- what each figure measures ---------------------------------------------------------
# Everything below reads only the figure's own sentence (and the figure before it), so the
# cost per article stays a few short regex searches per figure.

# Measures that only a figure of these classes can have ("faces 20 years in prison on each
# of four counts": the four counts are no prison sentence).
_AUXILIARIES = re.compile(r"\b(?:were|was|have|has|had|been|being|are|is|be|also|reportedly|later|all|now)\b", re.IGNORECASE)
_MEASURE_CLASSES = {"prison sentence": {"duration"}, "seats won": {"objects"}, "share of the vote": {"share"},
                    "turnout": {"share"}, "age": {"age"}, "magnitude": {"magnitude"}, "inflation": {"share"},
                    "growth": {"share", "money"}, "rainfall": {"magnitude", "duration"}, "attendance": {"people"},
                    "GDP": {"share", "money"}, "valuation": {"money"}, "contract value": {"money"}, "fine": {"money"},
                    "seized": {"objects", "money", "magnitude", "people"}, "sold": {"objects", "money"},
                    "affected": {"people", "objects"}, "on board": {"people", "share"},
                    "exchange rate": {"money"}, "tailback": {"distance"}, "share price": {"share"}, "operated": {"objects"}, "farmed": {"duration", "magnitude"}, "revenue": {"money", "share", "objects"}}
# Measures that count people whatever noun (or none) goes with the number ("the toll stands at 47").
_PEOPLE_MEASURES = frozenset({"dead", "injured", "dead and injured", "missing", "rescued", "hospitalised", "arrested",
                              "displaced", "evacuated", "cases", "charged", "convicted", "protested"})


@lru_cache(maxsize=1)
def _measure_patterns() -> dict:
    lex = lexicon()
    surface = {}
    for measure, forms in lex["figure_measures"].items():
        for form in forms:
            surface.setdefault(form.lower(), measure)
    changes = {form: kind for kind, forms in lex["figure_change_words"].items() for form in forms}
    nouns = {}
    for cls, items in lex["figure_class_nouns"].items():
        for item in items:
            nouns.setdefault(item.lower(), cls)
    money = [f for m in ("revenue", "net profit", "operating profit", "loss", "investment", "fine", "price")
             for f in lex["figure_measures"][m]]
    # as tries (the same matches: no name is a prefix of another that could end where it
    # does), in their case for "place", which matches them with case
    month_names = ("January|February|March|April|May|June|July|August|September|October|November|December"
                   "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec").split("|")
    day_names = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday".split("|")
    months, days = trie_alternation(month_names), trie_alternation(day_names)
    # "date" is written in lower case and compiled twice: without case, and with case for a
    # lower-cased ASCII sentence (_lowered)
    months_lower, days_lower = trie_alternation(month_names, ignorecase=True), trie_alternation(day_names, ignorecase=True)
    place_prepositions = "in|at|near|across|throughout|inside|outside|around|off|from"
    date_prefix = trie_alternation(["since", "on", "in", "during", "by", "until", "through", "from", "before", "after",
                                    "as of", "between"], ignorecase=True)
    # the words a date can begin with, each a whole word (a digit may begin one too): the
    # prefixes, the first words of the alternatives below, and the month and day names.  As
    # a look-ahead it lets the engine pass over every other word at once, instead of trying
    # the prefixes and then every alternative there (the same matches; see
    # test_the_first_words_of_a_date_are_what_its_pattern_can_begin_with)
    date_first_words = ["since", "on", "in", "during", "by", "until", "through", "from", "before", "after", "as",
                        "between", "early", "mid", "late", "yesterday", "today", "overnight", "last", "this",
                        "next", "the", "first", "second", "third", "fourth", "a", "fiscal", "financial",
                        *month_names, *day_names]
    date = (rf"\b(?=(?:{trie_alternation(date_first_words, ignorecase=True)})\b|\d)"
            rf"(?:(?:{date_prefix})\s+(?:the\s+)?)?"
            rf"(?:(?:{days_lower})(?:\s+(?:night|morning|evening|afternoon))?|(?:early|mid|late)[\s-](?:{months_lower})"
            rf"|(?:\d{{1,2}}\s+)?(?:{months_lower})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?"
            r"|(?:18|19|20)\d\d|yesterday|today|overnight|(?:last|this|next|the\s+past|the\s+previous|the\s+same)\s+(?:\w+\s+)?(?:week|month|year|quarter|weekend|night|decade|\d+\s+\w+)"
            r"|(?:the\s+)?(?:first|second|third|fourth)\s+(?:quarter|half)(?:\s+of\s+(?:18|19|20)\d\d)?|a\s+year\s+(?:earlier|ago)|(?:fiscal|financial)\s+(?:year\s+)?(?:20)?\d\d)\b")
    agent_verbs = "won|took|secured|gained|got|captured|claimed|followed|came|trailed|finished|posted|reported|recorded|earned|made|lost|had|has|sent|deployed|spent|raised|sold|paid|received|polled|garnered|obtained|announced|invested|pledged|approved"
    name = r"[A-Z][\w&’'-]*(?:\.(?=\w))?(?:\s+(?:(?:of|de|del|du|la|al|and)\s+)?[A-Z][\w&’'-]*(?:\.(?=\w))?)*"
    return {
        "surface": surface,
        "longest": max(len(f.split()) for f in surface),
        "firsts": frozenset(f.split()[0] for f in surface),
        # first word -> the lengths in words of the phrases that begin with it, longest first:
        # the only lengths worth joining words for at a word
        "phrase_lengths": {first: tuple(sorted({len(f.split(" ")) for f in surface if f.split(" ")[0] == first}, reverse=True))
                           for first in {f.split(" ")[0] for f in surface}},
        "measure": re.compile(rf"(?<![\w-])(?:{trie_alternation(surface, ignorecase=True)})(?![\w-])", re.IGNORECASE),
        "change": re.compile(rf"(?<![\w-])(?:{trie_alternation(changes, ignorecase=True)})(?![\w-])", re.IGNORECASE),
        "changes": changes,
        "money_noun": re.compile(rf"(?<![\w-])(?:{trie_alternation(money, ignorecase=True)})(?![\w-])", re.IGNORECASE),
        "nouns": nouns,
        "pronoun": re.compile(rf"^(?:{trie_alternation(lex['figure_pronoun_counts'], ignorecase=True)})\b", re.IGNORECASE),
        "participle": re.compile(r"(?<![\w-])((?:been\s+|being\s+)?(?:[a-z]+ly\s+)?[a-z]{3,}ed(?:\s+(?:up|out|off|away|down|over))?)(?![\w-])"),
        "speed_after": re.compile(r"\s*(?:kilomet(?:re|er)s?|km|miles?|metres?|meters?|nautical\s+miles?)"
                                 r"\s*(?:(?:per|an|a)\s+hour\b|/h\b)", re.IGNORECASE),
        "age_after": re.compile(r"^(?:-year-old|\s+years?\s+old|-years?-old)|^\s*,\s*(?:was|is|who|had|has|\w+ed)\b|^\)"),
        "age_apposition": re.compile(r"^,\s*(?:said|says|told|of|from|a|an|the|and|who)\b"),
        # "in his 40s", "in their early 20s": an age given by its decade
        "decade_age": re.compile(r"in\s+(?:his|her|their)\s+(?:(?:early|mid|late)[\s-]+)?\d0s$"),
        "age_before": re.compile(r"(?:\baged\s+|\bage\s+(?:of\s+)?|[A-Z][\w’'-]+,\s+|\()$"),
        "whole_after": re.compile(rf"\s+(?:out\s+)?of\s+(?:the\s+|a\s+|its\s+)?(?:total\s+of\s+)?((?:{_NUMERAL})(?:\s+(?:{trie_alternation(lex['scales'], ignorecase=True)}))?|{trie_alternation(lex['number_words'], ignorecase=True)})\b", re.IGNORECASE),
        "part_before": re.compile(r"(?:\b(?:of\s+them|of\s+those|of\s+whom|among\s+them|among\s+those|including|of\s+these)[,:]?\s+(?:[\w-]+\s+){0,2})$", re.IGNORECASE),
        "possessive": re.compile(rf"({name})[’']s?\s+(?:[^\s,;]+\s+){{0,5}}$"),
        "agent": re.compile(rf"(?:^|[^\w’'])(?:the\s+)?({name})\s+(?:[a-z]+\s+){{0,3}}?(?:{agent_verbs})\b[^,;]{{0,60}}$"),
        # what "agent" cannot match without (a quick test before the slow search)
        "agent_verb": re.compile(trie_alternation(agent_verbs.split("|"))),
        "by_agent": re.compile(rf"[^,;]{{0,40}}?\b(?:won|taken|secured|held|sent|deployed|posted|reported|paid|invested|pledged)\s+by\s+(?:the\s+)?({name})"),
        # The lookaheads after the first \b of "place" and "date" say which letters can begin a
        # match; they change nothing matched, but the engine no longer tries every alternative
        # at every word's end and at words that cannot begin one (about 3x faster).
        "place": re.compile(rf"\b(?=(?i:[iantof]))(?i:{place_prepositions})\s+(?:the\s+)?((?!(?:{months}|{days})\b){name})"),
        # where "place" can begin, in a lower-cased ASCII sentence (see _lowered)
        "place_start": re.compile(rf"\b(?:{place_prepositions})\s", re.ASCII),
        "date": re.compile(date, re.IGNORECASE),
        # the same, all in lower case, for a lower-cased ASCII sentence (see _lowered)
        "date_lower": re.compile(date, re.ASCII),
        "not_name": frozenset(lex["not_name_words"]),
        # nouns that restate a figure said before ("an earlier forecast of 1.85 million")
        "inherit_nouns": frozenset(lex["figure_restating_nouns"]),
        "share_verbs": frozenset(lex["figure_share_verbs"]),
        # a verb that brings a count or a share to its level: "rose to", "topped", "stood at", "was"
        "level_verb": re.compile(r"(?<![\w-])(?:(?:rose|risen|rising|climbed|jumped|increased|grew|fell|fallen|dropped|declined|"
                                 r"soared|surged|swelled|swollen|edged\s+up|edged\s+down)\s+to|(?:stood|stands|stand|remained|remains)\s+at"
                                 r"|was|is|were|are|reached|reaches|reach|hit|hits|topped|tops|top|passed|passes|pass|exceeded|exceeds"
                                 r"|exceed|surpassed|surpasses|crossed|crosses|neared|nears)\s+"
                                 rf"(?:(?:{trie_alternation(lex['approximators'], ignorecase=True)})\s+)?$", re.IGNORECASE),
        # the last words of "level_verb" (its verbs' and its approximators'), for _may_end_with
        "level_verb_ends": tuple(sorted({"to", "at", *"was is were are reached reaches reach hit hits topped tops top passed "
                                         "passes pass exceeded exceeds exceed surpassed surpasses crossed crosses neared "
                                         "nears".split(), *(a.lower().split()[-1] for a in lex["approximators"])})),
        # "held its key interest rate at", "kept the rate unchanged at"
        "held_at": re.compile(r"\b(?:held|holds|hold|holding|kept|keeps|keep|keeping|left|leaves|leave|leaving|maintained|"
                              r"maintains|set|sets|fixed|pegged)\s+((?:(?:its|the|their|a)\s+)?(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
                              r"\s+(?:unchanged\s+|steady\s+)?at\s+$"),
        "change_in": re.compile(r"\s+(increase|rise|jump|gain|surge|fall|drop|decline|slump|cut|reduction|share)\s+(?:in|of)\s+"
                                r"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)"),
        # what makes "within N days" a deadline: the clause looks ahead or obliges
        "deadline_cue": re.compile(r"\b(?:will|would|must|should|shall|to\s+(?:be\s+)?[a-z]+|ordered|directed|instructed|asked|"
                                   r"told|required|expected|promised|pledged|vowed|deadline|given)\b", re.IGNORECASE),
        # a market's close: "Shares of X closed 1.2% higher (at 1,604 rupees)", "the index ended down 0.4%"
        "moved_after": re.compile(r"\s+(higher|lower|up|down)\b(?!\s+(?:to|from)\b)", re.IGNORECASE),
        "traded_before": re.compile(r"\b(shares|stocks?|stock\s+price|share\s+price|index|currency|bonds?|futures)"
                                    r"(?:\s+of\s+[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*)?\s+(?:closed|ended|finished|opened|traded|were|was|settled)\s+"
                                    r"(?:(up|down|higher|lower)\s+)?$", re.IGNORECASE),
        "traded_at": re.compile(r"\b(shares|stocks?|stock\s+price|share\s+price|index|bonds?|futures)"
                                r"(?:\s+of\s+[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*)?\s+(?:closed|ended|finished|opened|traded|settled)\s+"
                                r"(?:[^\s,;]+\s+(?:higher|lower|up|down)\s+|(?:higher|lower|up|down)\s+[^\s,;]+\s+)?at\s+$", re.IGNORECASE),
        "people_levels": frozenset(lex["figure_people_levels"]),
        "per_unit": re.compile(r"\s+(?:a|an|per)\s+(?:barrel|ounce|troy\s+ounce|tonne|ton|kilogram|kilo|kg|litre|liter|gallon|"
                               r"bushel|pound|megawatt-hour|kilowatt-hour|unit|square\s+metre|square\s+foot|bag|sack|crate)\b"),
        "part_gap": re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+which)\s+(?:\w+\s+)?$", re.IGNORECASE),
        "fronted_whole": re.compile(r"\s*(?:Of|Among)\s+(?:the|these|those)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*),"),
        "vote_words": re.compile(r"\b(?:votes?|ballots?|elections?|polls?|electoral)\b", re.IGNORECASE),
        "vote_cue": re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballots?|passed|approved|adopted|rejected|endorsed|ruled|majority)\b", re.IGNORECASE),
        "number_of": re.compile(r"\b(?:number|total|tally|count)\s+of\s+(?:the\s+)?", re.IGNORECASE),
        # words that say when or how important a level is, not what it is ("annual inflation", "its key rate")
        "level_qualifiers": frozenset(lex["figure_level_qualifiers"]),
        "put_number": re.compile(r"\b(?:put\s+(?:the|its|their)\s+(?:number|figure|total|count|toll)\s+at"
                                 r"|(?:bringing|brings|bring|brought|taking|takes|took)\s+(?:the|its|their)\s+(?:overall\s+|cumulative\s+)?"
                                 r"(?:number|figure|total|count|toll|tally)\s+to)\s+(?:\w+\s+){0,2}$", re.IGNORECASE),
        "period_of": lex["figure_period_of"],
        "distance_words": [(m, re.compile(rf"^\s*(?:{trie_alternation(forms)})\b")) for m, forms in lex["figure_distance_words"].items()],
        "put_at": re.compile(rf"\b({trie_alternation(lex['put_at_nouns'], ignorecase=True)}|capacity)\s+(?:of|at|was|is|stands\s+at|stood\s+at)\s+[\"“‘']?(?:{trie_alternation(lex['approximators'], ignorecase=True)}\s+)?$", re.IGNORECASE),
    }


def _nearest(pattern: re.Pattern, text: str, pos: int, lo: int, hi: int, before_end: int, allowed=None):
    """The match of ``pattern`` nearest to the figure: searched after it (``pos``..``hi``)
    and before it (``lo``..``before_end``); a tie goes to the match after (passive copy).
    ``allowed`` (a predicate on the match) skips matches that cannot be the answer."""
    # each pattern runs once per sentence (see _sentence_matches); here only its matches are sifted
    found = _sentence_matches(pattern, text)
    if not found:
        return None  # (most sentences hold no date, and many no place)
    after = next((m for m in found if m.start() >= pos and m.end() <= hi and (allowed is None or allowed(m))), None)
    before = None
    for match in found:
        if match.start() >= lo and match.end() <= before_end and (allowed is None or allowed(match)):
            before = match
    if after and before:
        # auxiliaries between the figure and its passive verb do not count ("were arrested")
        gap = _AUXILIARIES.sub("", text[pos:after.start()])
        return after if len(gap) <= before_end - before.end() else before
    return after or before


_SENTENCE: dict = {}


def _sentence_matches(pattern: re.Pattern, text: str) -> list:
    """All matches of ``pattern`` in the sentence being described, found once."""
    # keyed by the pattern's id: hashing a compiled pattern hashes its whole code (~10 µs for
    # the large alternations), and the patterns asked for here live as long as the module
    found = _SENTENCE.get(id(pattern))
    if found is None:
        lo, hi = _SENTENCE["bounds"]
        pats = _measure_patterns()
        lowered = _lowered(text, lo, hi) if pattern is pats["date"] or pattern is pats["place"] else None
        if pattern is pats["measure"]:
            found = _phrase_hits(text, lo, hi)
        elif lowered and pattern is pats["date"]:
            # found in the lower-cased sentence: the same spans, with the words as written (the
            # pattern has no group, and a date is read by its span and words only: see _scope)
            segment, shift = lowered
            found = [_Hit(m.start() + shift, m.end() + shift, text[m.start() + shift:m.end() + shift])
                     for m in pats["date_lower"].finditer(segment, lo - shift)]
        elif lowered:
            # a place begins with a preposition: found in the lower-cased sentence, the pattern
            # (whose name needs a capital) is tried there only
            segment, shift = lowered
            found = _matches_from(pattern, text, (m.start() + shift for m in pats["place_start"].finditer(segment, lo - shift)), hi)
        else:
            found = list(pattern.finditer(text, lo, hi))
        _SENTENCE[id(pattern)] = found
    return found


class _Hit:
    """A phrase found by dictionary look-up, with the three methods of a match used here."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str):
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _=0) -> str:
        return self._text


_WORD = re.compile(r"[\w’'-]+")


def _phrase_hits(text: str, lo: int, hi: int) -> list:
    """The measure phrases of a sentence, longest first at each word: the words are looked
    up in the synonym dictionary (a regex alternation of every phrase costs far more)."""
    pats = _measure_patterns()
    surface, lengths, firsts = pats["surface"], pats["phrase_lengths"], pats["firsts"]
    # the words in lower case, in one pass; their places only once a phrase is found (in
    # about a third of the sentences asked no word begins one)
    words = [w.lower() for w in _WORD.findall(text, lo, hi)]
    if firsts.isdisjoint(words):
        return []
    spans = None
    hits, k, count = [], 0, len(words)
    while k < count:
        word = words[k]
        if word not in firsts:
            k += 1
            continue
        for n in lengths.get(word, ()):
            if n > count - k:
                continue
            phrase = " ".join(words[k:k + n]) if n > 1 else word
            if phrase in surface:
                if spans is None:
                    spans = [m.span() for m in _WORD.finditer(text, lo, hi)]
                hits.append(_Hit(spans[k][0], spans[k + n - 1][1], phrase))
                k += n
                break
        else:
            k += 1
    return hits


def _figure_class(row: dict, head: str | None, text: str, sentence_start: int) -> str:
    """The class of what a figure measures (tables.FIGURE_CLASSES)."""
    pats = _measure_patterns()
    unit = (row["unit"] or "").lower()
    if unit == "times" and row["mention"][-5:].lower() == "times":
        return "magnitude"  # "almost three times higher": a ratio of two amounts ("twice", "double" stay shares)
    if unit == "percent" or unit in ("times", "fraction") or row.get("_fraction"):
        return "share"
    if len(row["unit"] or "") == 3 and row["unit"].isascii() and row["unit"].isalpha() and row["unit"].isupper():  # [A-Z]{3}
        return "money"
    after, before = text[row["end"]:row["end"] + 12], text[max(sentence_start, row["start"] - 14):row["start"]]
    # (the unit may be the year itself: "the soldier, who is 26 years old")
    if pats["age_after"].match(after) and row["value"] is not None and 0 < row["value"] < 120 and row["mention"][:1] != "+" \
            and (unit not in pats["nouns"] or unit == "year" and _rx(r"\s+years?\s+old\b").match(after)) \
            and not (after.startswith(")") and _bracketed_list(text, sentence_start, row["start"])) \
            or "aged" in before and _rx(r"\baged\s+$").search(before):
        return "age"
    if _speed(text, row["end"]):
        return "magnitude"  # "80 kilometres per hour": a speed, not a distance
    # a name's apposition: "Jane Doe, 58, said", "John Roe, 33, of Springfield"
    if after[:1] == "," and row["value"] is not None and 0 < row["value"] < 120 and not unit \
            and pats["age_apposition"].match(after) and _rx(r"[A-Z][\w’'-]+,\s+$").search(before):
        return "age"
    if row["mention"].startswith("in ") and pats["decade_age"].match(row["mention"]):
        return "age"  # "in his 40s"
    if _may_hold(before, "magnitude") and _rx(r"\bmagnitude[\s-]*$|\bmagnitude\s+of\s+$", re.IGNORECASE).search(before) \
            or _may_hold(text[row["end"]:row["end"] + 20], "magnitude", "on the richter") \
            and _rx(r"^[\s-]*(?:magnitude|on the richter)", re.IGNORECASE).match(text[row["end"]:row["end"] + 20]):
        return "magnitude"
    # the unit, the head, a unit hyphenated to the number ("an 18-month trial"), then the
    # counted group's first words ("km east of the city")
    hyphened = _rx(r"-([a-z]+)").match(after)
    words = [unit, head or "", hyphened.group(1) if hyphened else ""] \
        + [w.lower() for w in (row["counts"] or "").split()[:2]]
    if len(words) > 4 and (words[3] + " " + words[4] in pats["nouns"] or words[3] + " " + _singular(words[4]) in pats["nouns"]):
        return pats["nouns"].get(words[3] + " " + words[4]) or pats["nouns"][words[3] + " " + _singular(words[4])]
    if head == "round" and _rx(r"rounds?\s+of\s+(?:[a-z]+\s+)?(?:ammunition|shells?|munitions?)").search(row["counts"] or ""):
        return "objects"  # "20 million rounds of ammunition": things, not rounds of talks
    if hyphened and hyphened.group(1) in ("strong", "member", "person") and row["value"] is not None:
        # "a 40,000-strong force", "a 12-member panel": the size of a body of people, unless
        # its noun names things ("a 30-strong fleet of trawlers")
        noun = _rx(r"-[a-z]+\s+([a-z]+)").match(after + text[row["end"] + 12:row["end"] + 40])
        return pats["nouns"].get(_singular(noun.group(1)), "people") if noun else "people"
    for word in words:
        if word in pats["nouns"]:
            return pats["nouns"][word]
        singular = _singular(word) if word else ""
        if singular in pats["nouns"]:
            return pats["nouns"][singular]
    counts = row["counts"] or ""
    if counts[-1:] == "s" and _rx(r"(?:[A-Z][\w.’'-]*\s+)?[A-Z][\w’'-]*s").fullmatch(counts) and fold(counts) in demonym_index():
        return "people"  # "about 2,600 Hondurans", "3,000 Ukrainians": a people named by its country
    return "objects"


def _bracketed_list(text: str, lo: int, start: int) -> bool:
    """Whether a number in brackets after a name is one of a list of them ("Aldmoor (97),
    Brenfield (81), Cal Heights (64) and Dunmore (52) districts"): counts by place, not ages."""
    hi = text.find("\n", start)
    window = text[lo:hi if hi != -1 else len(text)]
    return len(_rx(r"[A-Z][\w’'-]*\s*\(\d{1,3}\)").findall(window)) >= 3


def _speed(text: str, end: int) -> bool:
    """Whether a distance unit per hour follows a number ("80 kilometres per hour", "100
    km/h", "120 km an hour")."""
    after = text[end:end + 32]
    return ("hour" in after or "/h" in after) and _measure_patterns()["speed_after"].match(after) is not None


def _noun_before_of(text: str, lo: int, start: int) -> str | None:
    """The noun a figure is put at: "a deficit of 2.1 billion", "at a depth of 10 km",
    "transfers of about €30,000" -> deficit, depth, transfers (None for "one of", "out of")."""
    before = text[max(lo, start - 120):start]
    # both searches end in whitespace: the words they need are tested first (a search that
    # must end the window tries every position of it)
    stripped = before.rstrip()
    if len(stripped) == len(before):
        return None
    stands = _rx(r"\s(?:stands?|stood|was|is|remains?|remained)\s+at\s+$"
                 r"|\s(?:is|was|are|were|has\s+been|had\s+been)\s+(?:now\s+)?(?:estimated|put|valued|measured|pegged)\s+at\s+$"
                 r"|\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimate|valued|values|pegged|pegs)\s+(?:the|its|their)?\s*"
                 # ("placed initial damage to crops at": the noun before what it is of or to)
                 r"((?:[a-z][\w-]*\s+)?[a-z][\w-]*)(?:\s+(?:to|of|for|on)\s+(?:the\s+)?[a-z][\w-]*)?\s+at\s+(?:\w+\s+){0,2}$").search(before) \
        if stripped.endswith("at") or "put" in before or "estimat" in before or "value" in before or "peg" in before or "plac" in before else None
    if stands and stands.group(1):
        return " ".join(w for w in stands.group(1).split() if w not in _DETERMINERS) or None  # "put the shortfall at"
    if stands:
        head = before[:stands.start()]
        subject = _subject_before(_tokens(head, 0, len(head)), len(_tokens(head, 0, len(head))))
        return subject.lower() if subject else None  # "the death toll from ... since July stands at"
    match = _rx(r"(?:^|[^\w’'-])((?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+of\s+$").search(before) \
        if stripped.endswith("of") else None
    if not match:
        return None
    words = [w for w in match.group(1).split() if w not in _DETERMINERS]
    if not words or words[-1] in _PREPOSITIONS or words[-1] in _AUX_WORDS or words[-1] in _CONJUNCTIONS \
            or words[-1] in ("out", "one", "some", "most", "many", "all", "none", "each", "both", "total",
                             "number", "put", "figure", "more", "less", "up") or _verb_form(words[-1]):
        return None
    if len(words) == 2 and (words[0] in _PREPOSITIONS or words[0] in _AUX_WORDS or _verb_form(words[0])
                            or words[0] in _CONJUNCTIONS or words[0].endswith("ly") or words[0] in _irregular()
                            or _rx(r"[a-z]+[^s]s").fullmatch(words[0]) and not words[1].endswith("s")):
        words = words[1:]
    return " ".join(words)


def _level_subject(text: str, lo: int, start: int) -> tuple[str, str] | None:
    """(noun phrase, how) of what a figure is the level of, from the verb that brings it
    there: "the number of flood evacuees rose to", "evacuees top", "confirmed cases exceeded",
    "the attrition rate was", "held its key interest rate at".  ``how`` is "level" for an
    intransitive level verb, "held" for a transitive one (its object is the noun phrase).
    For "the number (total, tally) of X" the noun phrase is X."""
    before = text[max(lo, start - 120):start]
    if not before[-1:].isspace():
        return None
    pats = _measure_patterns()
    held = pats["held_at"].search(before) if "at" in before[-4:] else None
    if held:
        phrase = " ".join(w for w in held.group(1).lower().split() if w not in _DETERMINERS)
        return (phrase, "held") if phrase and phrase not in _PRONOUNS else None  # not "leaving them at"
    # (it must end the window: only a window whose last word may end it is searched)
    verb = _search(pats["level_verb"], before) if _may_end_with(before, pats["level_verb_ends"]) else None
    if not verb:
        return None
    head = before[:verb.start()]
    tokens = _tokens(head, 0, len(head))
    k = len(tokens)
    # "was likely to pass", "has risen to", "is expected to top"
    while k and (tokens[k - 1][2].lower() in _AUX_WORDS | _ADVERBS or _adverb(tokens[k - 1][2].lower())
                 or tokens[k - 1][2].lower() in ("to", "likely", "expected", "set", "due", "forecast", "poised")):
        k -= 1
    if not k or not _word_first(tokens[k - 1][2]) or tokens[k - 1][2].lower() in _CONJUNCTIONS | _PRONOUNS | _RELATIVES \
            or tokens[k - 1][2].lower() in ("there", "it", "this", "they", "he", "she", "we", "i", "what", "which"):
        return None  # "there were almost twice that number": no noun phrase names the level
    head = head[:tokens[k - 1][1]]
    number_of = None
    for number_of in pats["number_of"].finditer(head):
        pass
    if number_of:
        words = [t[2] for t in _tokens(head, number_of.end(), len(head))]
        noun = []
        for word in words:
            if word.lower() in _PREPOSITIONS or word.lower() in _CONJUNCTIONS or not _word_first(word):
                break
            noun.append(word.lower())
        return (" ".join(noun), "level") if noun else None
    subject = _subject_before(tokens, k)
    return (subject, "level") if subject else None


def _search(pattern: re.Pattern, window: str) -> re.Match | None:
    """``pattern.search(window)`` for a pattern compiled with re.IGNORECASE: in plain ASCII,
    where it can match is found by its lower-case copy in the lower-cased window (see
    dates._matches_by_lower_case), which tries a window's every position much faster."""
    found = _matches_by_lower_case(pattern, _lower_copy(pattern), window, 0, len(window), first=True)
    return pattern.search(window) if found is None else found[0] if found else None


def _finditer(pattern: re.Pattern, text: str, lo: int, hi: int) -> list[re.Match]:
    """``pattern.finditer(text, lo, hi)`` as _search finds it, for a pattern (with re.IGNORECASE)
    that looks at most one character back (\\b)."""
    found = _matches_by_lower_case(pattern, _lower_copy(pattern), text, lo, hi)
    return list(pattern.finditer(text, lo, hi)) if found is None else found


def _lower_copy(pattern: re.Pattern) -> re.Pattern:
    lower = _LOWER_COPIES.get(id(pattern))
    if lower is None:
        lower = _LOWER_COPIES[id(pattern)] = re.compile(_lower_case_pattern(pattern.pattern), re.ASCII)
    return lower


# id of a pattern (one of the module's, which live as long as it) -> its lower-case copy
_LOWER_COPIES: dict[int, re.Pattern] = {}


def _level_measure(text: str, lo: int, start: int, cls: str) -> str | None:
    """The measure of a count that is the level something reached ("the number of evacuees
    rose to 23,415", "deaths pass 1,000"): the measure the counted noun names (evacuees ->
    evacuated), else None.  A share's level is named by its noun phrase ("the attrition rate
    was 13.9%", "held its key interest rate at 9.25%"), less words for its period or rank."""
    found = _level_subject(text, lo, start)
    if not found:
        return None
    phrase, how = found
    words = [w for w in phrase.split() if w not in _measure_patterns()["level_qualifiers"]]
    if not words:
        return None
    if cls == "share":
        return " ".join(words)
    levels = _PEOPLE_MEASURES | {"bodies recovered", "destroyed", "damaged", "seized", "launched"}
    measure = _dictionary_phrase(" ".join(words), cls) or _dictionary_phrase(words[-1], cls)
    if not (measure and measure in levels) and len(words) > 1:
        # "the number of displaced people": a modifier names it when the head does not
        measure = next((m for m in map(lambda w: _dictionary_phrase(w, cls), reversed(words[:-1])) if m in levels), None)
    return measure if measure and measure in levels else None


def _target_before(text: str, lo: int, start: int) -> str | None:
    """What is raised, cut or moved to the figure: "raised its policy rate to 10.25 percent",
    "extended the danger zone to six kilometres", "Revenue climbed 9% to", "the MPA's share
    slipped to" -> policy rate, danger zone, revenue, share."""
    before = text[max(lo, start - 120):start]
    to = _rx(r"\bto\s+$").search(before) if before.rstrip().endswith("to") else None  # tested first: see _noun_before_of
    if not to:
        return None
    head = before[:to.start()]
    # "narrowed by 60 basis points from the April-June quarter to": the change and the level
    # it came from are read past, the last first
    for _ in range(3):
        # (and a change in words or in points: "fell five percentage points to", "rose 3 points to")
        trimmed = _rx(r"\s+by\s+\S+(?:\s+(?:percent|per cent|%|basis points?|percentage points?|points?))?\s*,?\s*$"
                      r"|\s+(?:(?:more|less|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|some\s+|around\s+|roughly\s+|over\s+)?"
                      r"\S*\d\S*(?:\s+(?:percent|per cent|basis points?|percentage points?|points?))?\s*,?\s*$"
                      r"|\s+(?:(?:more|less|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|some\s+|around\s+|roughly\s+|over\s+)?"
                      r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|half\s+a)"
                      r"\s+(?:percent|per cent|basis points?|percentage points?|points?)\s*,?\s*$"
                      r"|\s+from\s+(?:the\s+|a\s+|an\s+|its\s+)?[\w-]+(?:\s+[\w-]+)?\s*$"
                      r"|\s+since\s+(?:the\s+)?[\w-]+\s*,?\s*$|\s+against\s+(?:the\s+)?[\w-]+\s*,?\s*$"
                      r"|\s+by\s+(?:about|around|nearly|almost|some|roughly|more\s+than|at\s+least)\s+\S+\s*,?\s*$").sub(" ", head)
        if trimmed == head:
            break
        head = trimmed
    # "the toll this year has risen to": when, not what
    head = _rx(r"\s+(?:this|last|so\s+far\s+this)\s+(?:year|month|week|season|quarter)(?=(?:\s+\S+){0,3}\s*$)").sub("", head)
    # "Core inflation, which strips out food prices, fell to": the relative clause is read past
    head = _rx(r",\s+(?:which|who|whose|that)\b[^,]*,\s*((?:[a-z]+\s+){0,2}[a-z]+\s*)$").sub(r" \1", head)
    tokens = _tokens(head, 0, len(head))
    if not tokens:
        return None
    changes = _measure_patterns()["changes"]
    last = tokens[-1][2].lower()
    if last in changes or last in ("risen", "fallen", "had", "has"):
        # an intransitive change: the subject before it, less its determiners and a prepositional phrase
        k = len(tokens) - 1
        while k >= 0 and (tokens[k][2].lower() in changes or tokens[k][2].lower() in _AUX_WORDS | _ADVERBS
                          or tokens[k][2].lower() in ("went", "gone", "goes", "go", "going", "shot", "crept", "ticked")):
            k -= 1  # ("went up to", "has shot up to")
        subject = _subject_before(tokens, k + 1)
        if subject and k >= 0 and not _as_dictionary(subject, "money"):
            # "Profit before tax jumped 23% to": the money noun the subject's phrase begins with
            money = _measure_patterns()["money_noun"].search(head, max(0, tokens[k][0] - 40), tokens[k][1])
            if money:
                return money.group(0).lower()
        return subject
    # a transitive verb and its object: "<verb> (its|the) <object> (for ...)? to"
    for k in range(len(tokens) - 1, max(-1, len(tokens) - 9), -1):
        word = tokens[k][2].lower()
        if (_verb_form(word) and not word.endswith("ing") or word in changes or word in _irregular()) and word not in _reporting():
            obj = [t[2] for t in tokens[k + 1:]]
            if "for" in obj:
                obj = obj[:obj.index("for")]
            obj = [w for w in obj if w.lower() not in _DETERMINERS and _word_first(w)]
            if len(obj) > 2 and obj[0].lower() in _measure_patterns()["inherit_nouns"] and obj[1].lower() == "of":
                obj = obj[2:]  # "lowered its estimate of economic growth to": what is estimated
            if obj and len(obj) <= 4 and not any(w.lower() in _PREPOSITIONS for w in obj):
                return " ".join(_singular(w) if i == len(obj) - 1 else w.lower() for i, w in enumerate(obj))
            return None
    return None


def _duration_measure(row: dict, end: int, text: str, lo: int, hi: int, sentence_lo: int, cls: str) -> str | None:
    """What lasts: "weeks of training" -> training, "an 18-month trial" -> trial, "a trial
    that lasted" -> trial, "two days later" -> elapsed, "three days late" -> delay, "three days
    to form a government" -> time to form government, "during the next 72 hours" -> period,
    "barred him from office for 10 years" -> barred."""
    pats = _measure_patterns()
    start = row["start"]
    after = text[end:min(hi, end + 60)]
    before = text[max(sentence_lo, start - 80):start]
    if row["vague"] and row["mention"].lower().endswith(" late"):
        return "delay"  # "arrived hours late"
    if row["vague"] and row["mention"].lower().endswith(" away"):
        # "weeks away from harvest": the time left until it
        until = _rx(r"\s+from\s+(?:the\s+|its\s+|their\s+|a\s+)?([a-z][\w-]*)").match(after)
        return "time to " + until.group(1) if until else "time remaining"
    if row["vague"] and row["unit"] in ("decade", "century") and row["mention"].startswith("in "):
        superlative = _rx(_SUPERLATIVE_PHRASE + "$").search(before + " ")
        if superlative:
            # "the largest deployment in decades", "the worst drought the valley had seen in
            # decades": the time since a comparable one (the head: the noun before any clause)
            words = superlative.group("noun").split()
            stop = next((i for i, w in enumerate(words) if w.lower() in _DETERMINERS or w.lower() in _PRONOUN_STOPS), len(words))
            if stop:
                return "since a comparable " + words[stop - 1].lower()
    hyphened = _rx(r"-[a-z]+(?:-[a-z]+)?\s+([a-z][\w-]*)").match(after)
    if hyphened and hyphened.group(1) not in _PREPOSITIONS and hyphened.group(1) not in _CONJUNCTIONS:
        return _dictionary_phrase(hyphened.group(1), cls) or hyphened.group(1)  # "an 18-month trial"
    of = _rx(r"\s+of\s+(?:the\s+)?([a-z][\w-]*)").match(after)
    if of and of.group(1) not in _DETERMINERS and of.group(1) not in ("year", "month", "week", "day", "season", "decade"):
        return of.group(1)  # "20 years of negotiations"
    lasted = _rx(r"\b([a-z][\w-]*),?\s+(?:that|which)\s+(?:has\s+|had\s+)?(?:lasted|lasting|lasts|ran|went on)\s+(?:for\s+)?$"
                       r"|\b([a-z][\w-]*)\s+(?:lasted|lasting|lasts)\s+(?:for\s+)?$").search(before)
    if lasted:
        return lasted.group(1) or lasted.group(2)
    for_before = _rx(r"\b(?:for|over)\s+(?:the\s+)?$").search(text[max(sentence_lo, start - 12):start]) \
        or _rx(r"over\s").match(text[start:start + 5])  # "over two days": read as an approximator, still a span
    if _rx(r"\s+(?:after|later|earlier|before|ago|on)\b").match(after) and not for_before:
        return "elapsed"
    if _rx(r"\s+(?:late|behind schedule|overdue)\b").match(after):
        return "delay"
    to_do = _rx(r"\s+to\s+([a-z]+)\s+((?:[a-z]+\s+){0,2}?[a-z]+)(?=\s+(?:before|after|or|and|by|in|if)\b|[,.;]|$)").match(after)
    # (an infinitive: no past or gerund, but an irregular verb's own base form: "to pay", "to leave")
    if to_do and (not _verb_form(to_do.group(1)) or _irregular().get(to_do.group(1), ("",))[0] == to_do.group(1)):
        if _rx(r"\b(?:gave|give|gives|given|giving|granted|grants|grant|allowed|allows|allow)\s+(?:[\w’'-]+\s+){0,4}$").search(before):
            return "deadline to " + to_do.group(1)  # "gave the firm 90 days to pay the refund": a time allowed
        return "time to " + to_do.group(1) + " " + " ".join(w for w in to_do.group(2).split() if w not in _DETERMINERS)
    prep = _rx(r"\b(for|over|in|during|within)\s+(?:the\s+)?(?:(next|first|past|last|coming|previous)\s+)?$") \
        .search(text[max(sentence_lo, row["start"] - 30):row["start"]]) \
        or _rx(r"(over)\s()").match(text[start:start + 5])
    clause_before = text[max(lo, start - 120):start]
    dictionary = [h for h in _sentence_matches(pats["measure"], text)
                  if lo <= h.start() and h.end() <= hi and cls in _MEASURE_CLASSES.get(pats["surface"][h.group(0).lower()], (cls,))]
    if dictionary:
        nearest = min(dictionary, key=lambda h: abs(h.start() - start))
        measure = pats["surface"][nearest.group(0).lower()]
        if measure == "prison sentence" or not prep:
            return measure
    if not prep:
        verb = _predicate_before(text, lo, start, cls, end, hi)
        if verb and verb not in ("duration",):
            return verb  # "we waited three weeks"
    if prep and prep.group(1) == "within" and pats["deadline_cue"].search(text, sentence_lo, start):
        return "deadline"  # "ordered checks within two weeks", "will appear within a month": a time allowed
    if prep and (prep.group(2) or prep.group(1) in ("in", "during", "within")):
        rain = _rx(r"\brain", re.IGNORECASE).search(text[lo:hi])
        kind = "rainfall" if rain else pats["period_of"].get(_money_measure(text, lo, hi) or "", None)
        return f"{kind} period" if kind else "period"
    if prep and prep.group(1) in ("for", "over"):
        # the verb of the clause before: "deliberated for about nine hours", "barred him from office for 10 years"
        clause_before = text[max(sentence_lo, start - 120):start]
        tokens = _tokens(clause_before, 0, len(clause_before))
        for k in range(len(tokens) - 1, -1, -1):
            word = tokens[k][2]
            if word in (",", ";", ":") or word.lower() in _CONJUNCTIONS - {"as"}:
                break
            if (_verb_form(word) or word.lower() in _irregular()) and word.lower() not in _reporting() \
                    and word.lower() not in _AUX_WORDS and word.lower() not in ("being", "having") \
                    and not (k and tokens[k - 1][2].lower() in _PREPOSITIONS):
                phrase = _verb_phrase(tokens, k, cls, object_after=False)
                if phrase and k + 1 < len(tokens) and tokens[k + 1][2].lower() == "without":
                    phrase += " " + " ".join(_complement(tokens, k + 1))
                return phrase
    return None


def _money_measure(text: str, lo: int, hi: int) -> str | None:
    pats = _measure_patterns()
    money = [m for m in _sentence_matches(pats["money_noun"], text) if lo <= m.start() and m.end() <= hi]
    return pats["surface"][money[0].group(0).lower()] if money else None


def _distance_measure(end: int, text: str, hi: int) -> str | None:
    """What a distance measures: "35 km east of" -> distance, "12 kilometres long" -> length,
    "240 metres underground" -> depth, "four kilometres into the sky" -> height."""
    after = text[end:min(hi, end + 40)].lower()
    for measure, pattern in _measure_patterns()["distance_words"]:
        if pattern.match(after):
            return measure
    return None


def _measure(row: dict, cls: str, head: str | None, text: str, lo: int, hi: int, sentence_lo: int,
             sentence_hi: int | None = None) -> str | None:
    """The normalised measure of a figure, from the predicate that goes with it in its clause."""
    pats = _measure_patterns()
    sentence_hi = hi if sentence_hi is None else sentence_hi
    start, end = row["start"], row["end"]
    counts = row["counts"] or ""
    # the predicate is searched after the counted words as the text has them ("others"), not inside them
    words = row.get("_raw_counts") or counts
    pos = end + (len(words) + 1 if words and text.startswith(words, end + 1) else 0)
    hyphened = _rx(r"-[a-z]+\s+[a-z]+\b").match(text[end:hi]) if pos == end else None
    if hyphened:
        pos = end + hyphened.end()  # "a 60-metre stretch ... was washed away": the predicate comes after the noun
    pos = min(pos, hi)
    window_hi, window_lo = min(hi, pos + 70), max(lo, start - (60 if counts else 100))
    if cls == "age":
        return "age"
    if cls == "magnitude" and (text.startswith("-magnitude", end) or _rx(r"\s+on\s+the\s+richter", re.IGNORECASE).match(text, end, hi)):
        return "magnitude"  # "a 7.8-magnitude quake", "6.1 on the Richter scale"
    if cls == "magnitude" and ((row["unit"] or "") in ("kph", "mph", "knot") or _speed(text, end)):
        return "speed"
    if cls == "magnitude" and (row["unit"] or "") in ("celsius", "fahrenheit", "degree"):
        return "temperature"  # "minus forty degrees", "41C": whatever verb goes with it
    # a unit written after the number ("35 km east of", "20 years of negotiations") is read past
    first = counts.split()[0] if counts else ""
    unit = _word_after(text, end, hi, first) \
        if first and (cls in ("duration", "distance", "magnitude") and (pats["nouns"].get(_singular(first)) or pats["nouns"].get(first.lower()))
                      or pats["nouns"].get(_singular(first)) == "money" or pats["nouns"].get(first.lower()) == "money") else None
    unit_end = unit or end
    if "=" in text[max(sentence_lo, start - 8):start] and _rx(r"\$\s?1\s*=\s*$").search(text[max(sentence_lo, start - 8):start]):
        return "exchange rate"  # "($1 = 1,300.0 won)"
    noun_of = _noun_before_of(text, sentence_lo, start)
    if noun_of and noun_of in pats["inherit_nouns"]:
        return None  # "an earlier forecast of 1.85 million": the measure of the figure before
    if cls == "share":
        near = text[pos:min(hi, pos + 25)].lower()
        if _rx(r"^\s*(?:of\s+)?(?:the\s+)?(?:valid\s+|popular\s+|total\s+)?(?:vote|votes|ballots)\s+(?:counted|tallied|processed)\b").match(near):
            return "ballots counted"  # "with two-thirds of the ballots counted": the progress of the count
        if _rx(r"^\s*(?:of\s+)?(?:the\s+)?(?:[a-z]+\s+)?(?:vote|votes|ballots)\b").match(near):
            return "share of the vote"
        if _rx(r"\bturn-?out\b").search(text[window_lo:start].lower() + near):
            return "turnout"
        moved = pats["moved_after"].match(text, end, sentence_hi)
        traded = pats["traded_before"].search(text, max(sentence_lo, start - 80), start) \
            if moved or _may_hold(text[max(sentence_lo, start - 12):start], "up", "down", "higher", "lower") else None
        direction = (moved.group(1) if moved else traded.group(2) if traded else None) or ""
        if traded and direction:
            # "Shares of X closed 1.2% higher", "the stock ended down 3%": the traded thing's change
            kind = "growth" if direction.lower() in ("higher", "up") else "fall"
            return f"{_traded_measure(traded.group(1))} {kind}"
        change_in = pats["change_in"].match(text, end, sentence_hi) if _may_hold(near, " in ", " of ") else None
        if change_in:
            # "a 33 percent increase in quarterly profit", "a 55 percent share of the smartphone market"
            phrase = []
            for w in change_in.group(2).lower().split():
                if w in _PREPOSITIONS or w in _CONJUNCTIONS or w in _AUX_WORDS or w in _DETERMINERS or w in _RELATIVES:
                    break  # "an increase in quarterly profit on Thursday"
                phrase.append(w)
            words = [w for w in phrase if w not in pats["level_qualifiers"]] or phrase
        if change_in and words:
            noun = _as_dictionary(" ".join(words), "money") or _as_dictionary(" ".join(words), cls) or " ".join(words)
            word = change_in.group(1).lower()
            if word == "share":
                return f"share of {words[-1]}"
            return f"{noun} {pats['changes'].get(word) or pats['changes'].get(_participle(word)) or word}"
        less = _rx(r"\s*(less|fewer|more)\s+([a-z]+)\b").match(text[end:sentence_hi])
        if less and less.group(2) not in _PREPOSITIONS and less.group(2) not in _DETERMINERS and less.group(2) != "than":
            # "received about 35 percent less water": a shortfall of water
            return f"{less.group(2)} {'shortfall' if less.group(1) != 'more' else 'increase'}"
        target = _target_before(text, sentence_lo, start)
        if target:
            return _with_change(target, text, sentence_lo, start)
        change = _change_before(text, sentence_lo, start, end, sentence_hi)
        if change:
            return change
        level = _level_measure(text, sentence_lo, start, cls)
        if level:
            return level  # "the attrition rate was 13.9%", "held its key interest rate at 9.25%"
        if noun_of:
            return _as_dictionary(noun_of, cls) or " ".join(w for w in noun_of.split() if w not in pats["level_qualifiers"]) \
                or noun_of  # "average inflation of 7 percent", "a basic pay rise of 7.8 percent"
        verb = _rx(r"\b([a-z]+)\s+(?:\w+ly\s+)?$").search(text[max(sentence_lo, start - 30):start])
        if verb and (_verb_form(verb.group(1)) or verb.group(1) in _irregular()) and verb.group(1) not in _reporting() \
                and verb.group(1) not in pats["share_verbs"]:
            after_whole = _rx(r"\s+of\s+(?:[\w’'-]+\s+){1,4}?([a-z]+ed)\b").match(text[end:sentence_hi])
            verb_measure = _dictionary_phrase(verb.group(1), cls) or _participle(verb.group(1))
            # "submerged a third of the country", "left more than half of his land unplanted"
            return f"{verb_measure} {after_whole.group(1)}" if after_whole else verb_measure
        after = _predicate_after(text, end, sentence_hi, cls) if _rx(r"\s+of\s").match(text[end:end + 5]) else None
        # (past an owner: "a quarter of the country's output" is a share of output, not of "the")
        whole = _rx(r"\s+of\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w-]+(?:[’']s|s[’'])\s+)?"
                    r"((?:[A-Za-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=[\s,.;]|$)").match(text[end:sentence_hi])
        if after and not (whole and _rx(r"(?:in|at|on)\b").match(after)):
            return after
        if whole and not _rx(r"(?:them|those|these|us)\b").match(whole.group(1)):
            noun = whole.group(1).split()[-1]
            longer = _rx(r"\s+of\s+(?:the\s+)?([a-z]+\s+[a-z]+\s+[a-z]+)").match(text[end:sentence_hi])
            if longer and _dictionary_phrase(longer.group(1), "money"):
                noun = longer.group(1)  # "a tenth of gross domestic product"
            measure = _dictionary_phrase(noun, "money") or _dictionary_phrase(noun, cls)
            if noun == "total":
                # "with Nimba accounting for more than half of the total": the total the sentence counts
                named = [pats["surface"][h.group(0).lower()] for h in _sentence_matches(pats["measure"], text)
                         if h.start() < start and _MEASURE_CLASSES.get(pats["surface"][h.group(0).lower()], {"people"}) & {"people", "objects"}]
                measure = named[0] if named else None
            return f"share of {measure or noun}"
        passive = _rx(r"\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:(?:ever|never|still|actually|only|later|eventually|also|already)\s+)?"
                      r"([a-z]+ed|built|spent|paid|done|made|sold|lost|kept|taken|given|shown|seen)(?:\s+(out|up|off|down|back))?\b").match(text, end, sentence_hi)
        if passive:
            # "of which only about a third was ever carried out": what was done to the share
            return " ".join(w for w in passive.groups() if w)
        change = _nearest(pats["change"], text, pos, window_lo, window_hi, start)
        money = _nearest(pats["money_noun"], text, pos, window_lo, window_hi, start)
        if change:
            kind = pats["changes"][change.group(0).lower()]
            base = pats["surface"][money.group(0).lower()] if money else None
            return f"{base} {kind}" if base else kind
    if cls == "duration":
        measure = _duration_measure(row, unit_end, text, lo, hi, sentence_lo, cls)
        if measure:
            return measure
    if cls == "distance":
        measure = _distance_measure(unit_end, text, sentence_hi)
        if measure:
            return measure
    if cls in ("magnitude", "distance", "objects"):
        # (what reaches a count of objects is not taken: the search is left out for them)
        reach = None if cls == "objects" else _rx(r"\b([a-z]+)\s+(?:(?:are|is|will|would|could|may|might|were|was)\s+)?(?:\w+ly\s+)?(?:(?:likely|expected|forecast|set)\s+to\s+)?(?:reach|hit|top|exceed|reached|hit)\s+(?:about\s+|around\s+|some\s+)?$") \
            .search(text[max(sentence_lo, start - 60):start])
        if reach and reach.group(1) not in _DETERMINERS:
            return _singular(reach.group(1))  # "temperatures are likely to reach 41C", "yields will barely reach"
        if cls == "magnitude" and _rx(r"-[a-z]+\s+[a-z]").match(text[end:end + 30]) and _magnitude_name(row, text, end) != "magnitude":
            return _magnitude_name(row, text, end)  # "a 50-kilogram sack": its weight
        complement = _rx(r"\s+of\s+([a-z]+)").match(text[unit_end:hi]) if cls == "magnitude" else None
        if complement and _dictionary_phrase(complement.group(1), cls):
            return _dictionary_phrase(complement.group(1), cls)  # "312.5 millimetres of rain"
    traded = pats["traded_at"].search(text, max(sentence_lo, start - 90), start) if cls == "money" and "at" in text[max(sentence_lo, start - 4):start] else None
    if traded:
        return _traded_measure(traded.group(1))  # "shares closed 1.2% higher at 1,604 rupees": the price
    if cls == "money" and pats["per_unit"].match(text, unit_end, hi):
        return "price"  # "$84 a barrel", "$2,450 an ounce": a price per unit of a commodity
    if cls == "money" and _rx(r"\s+(?:a|per)\s+(?:diluted\s+|basic\s+)?share\b").match(text, unit_end, hi):
        # "$1.12 a share": a dividend where the sentence pays one, else earnings; a dividend
        # of a kind is named by it ("a final dividend of 38 cents a share": final dividend)
        kind = _rx(r"\b(interim|final|special|quarterly|annual)\s+dividend", re.IGNORECASE).search(text, lo, hi)
        if kind:
            return kind.group(1).lower() + " dividend"
        return "dividend per share" if _rx(r"\bdividend", re.IGNORECASE).search(text, lo, hi) else "earnings per share"
    if cls == "money":
        modifier = _rx(r"\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)\b").match(text[unit_end:hi])
        if modifier and row.get("counts") and unit_end == end \
                and not _rx(r"\s+(?:a|an|the|in|of|for|to|from|on|at|by|per|each|and|or|was|is|were|are|has|had|have|will|would|this|last|next|year|month|week|day)\b").match(text[end:hi]):
            words = modifier.group(1).split()
            while words and (words[-1] in _PREPOSITIONS or words[-1] in _CONJUNCTIONS or words[-1] in _AUX_WORDS
                             or words[-1] in _DETERMINERS or words[-1] in _irregular()):
                words.pop()  # "a £1.4 million grant from", "a $50,000 surety put up by"
            noun = words[-1] if words else ""
            if noun and not _verb_form(noun):
                return _dictionary_phrase(noun, cls) or noun  # "a N$480 million borehole programme"
        verb = _predicate_before(text, lo, start, cls, end, sentence_hi) if text[unit_end:unit_end + 4] == " in " else None
        if verb and verb in pats["surface"].values():
            return verb  # "invested 4.5 million lei in new equipment": the verb's measure, not what it went into
        in_what = _rx(r"\s+(?:a\s+(?:year|month|week|day)\s+)?in\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)\b").match(text[unit_end:hi])
        if in_what and not _rx(r"(?:the|a|an|its|their|[A-Z])").match(in_what.group(1)) and in_what.group(1) not in ("cash", "total"):
            words = in_what.group(1).split()
            return " ".join(words[:1] if words[-1] in _PREPOSITIONS else words)  # "200 million soles a year in lost taxes"
        target = _target_before(text, sentence_lo, start)
        if target:
            return _dictionary_phrase(target, cls) or _dictionary_phrase(target.split()[-1], cls) or target
        if noun_of:
            return _dictionary_phrase(noun_of, cls) or _dictionary_phrase(noun_of.split()[-1], cls) or noun_of
    if cls in ("people", "objects"):
        level = _level_measure(text, sentence_lo, start, cls)
        if level:
            return level  # "the number of evacuees rose to 23,415", "deaths pass 1,000"
        if text[max(sentence_lo, start - 4):start].rstrip().endswith(" by") \
                and not _rx(r"\b(?:lost|won|beaten|defeated|trailed|led)\s+by\s+$").search(text, max(sentence_lo, start - 20), start):
            change = _change_before(text, sentence_lo, start, end, sentence_hi)
            if change and " " in change:
                return change  # "headcount fell by 1,240": a change of the noun before
    if cls in ("objects", "magnitude", "distance"):
        target = _target_before(text, sentence_lo, start)
        if target:
            found = _dictionary_phrase(target, cls) or _dictionary_phrase(target.split()[-1], cls)
            if found == "revenue" and cls != "money":
                found = "sold"  # "vehicle sales climbed to 418,500 units"
            return found or target
    if head in ("body", "bodies"):
        return "bodies recovered"
    # the counted noun is itself a measure ("2,318 cholera cases", "37 deaths", "22 wounded")
    partitive = _rx(r"\s+of\s").match(text[end:end + 4])
    head_measure = _dictionary_phrase(head or "", cls) or _dictionary_phrase(_plural(head) if head else "", cls)
    if counts and counts.lower() in pats["surface"] and counts.lower() not in ("won", "took") and not partitive:
        return pats["surface"][counts.lower()]
    if head_measure and not partitive and head_measure not in ("seats won", "seized", "took part"):
        if head_measure == "revenue" and cls != "money":
            return "sold"
        return head_measure
    if noun_of and _as_dictionary(noun_of, cls):
        return _as_dictionary(noun_of, cls)  # "the death toll stands at 47"
    if head in ("seat", "seats") or _rx(r"\s+(?:out\s+)?of\s+(?:the\s+)?\S+\s+seats\b").match(text[end:end + 30]):
        # seats: a verb of winning before or near, else the seats themselves ("141 of 300 seats")
        measure = _predicate_before(text, lo, start, cls, end, sentence_hi)
        if measure == "seats won":
            return measure
        if measure in ("lost", "fall", "reduction"):
            return "seats lost"  # "the ruling party lost 12 seats"
        won = lambda m: pats["surface"][m.group(0).lower()] == "seats won"  # noqa: E731
        match = _nearest(pats["measure"], text, pos, window_lo, window_hi, start, won)
        if not match and _rx(r"\s(?:and|with)\s").search(text, lo, start):
            # "took 31.5 percent of the vote and 48 seats": the verb before the first object
            match = _nearest(pats["measure"], text, start, max(sentence_lo, start - 80), start, start, won)
        return "seats won" if match else "seats"
    if cls in ("people", "objects", "events", "magnitude", "money", "distance"):
        hit, first = _dictionary_after(text, pos, min(sentence_hi, pos + 40), cls)
        if hit and _reduced_relative(_tokens(text, pos, sentence_hi), 0):
            # "soldiers deployed to Russia have been killed": the participle describes them,
            # the clause's own verb says what happened to them
            measure = _predicate_after(text, pos, sentence_hi, cls)
            if measure and measure in pats["surface"].values():
                return measure
        if hit:
            return hit[0]  # "left at least 23 people injured", "4,800 tractors took part"
        if cls == "people" and first is not None and _rx(r"[a-z]{3,}").fullmatch(first) \
                and _dictionary_phrase(_participle(first), cls):
            return _dictionary_phrase(_participle(first), cls)  # "Thousands march as": a headline's present tense
        if cls == "events" and head in ("time", "occasion"):
            measure = _clause_verb(text, lo, start, cls)
            if measure:
                return measure
        measure = _predicate_before(text, lo, start, cls, end, sentence_hi)
        if cls == "people" and _rx(r"\b(?:home\s+to|(?:city|town|village|country|nation|island|region|district|province)\s+of)\s+"
                                   r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|perhaps)\s+)?$").search(text, max(lo, start - 30), start):
            return "population"  # "Eastvik, home to about 3,700 people", "a city of 2 million people"
        if measure == "population" or head in ("resident", "inhabitant", "people") \
                and _rx(r"\b(?:had|has|have)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$").search(text[max(lo, start - 20):start]):
            return "population"  # "Bilopillia had about 16,000 residents"
        if head and not measure and cls in ("objects", "events") \
                and _rx(r"\b(?:had|has|have)\s+$").search(text, max(lo, start - 6), start):
            return _plural(head)  # "the pool had around 85,000 visits a year": what it had, not a verb after
        if measure:
            return measure
        participle = _rx(r"\s+([a-z]+ed)\s+[a-z]").match(text[end:hi])
        if participle and counts and counts.lower().startswith(participle.group(1)) and participle.group(1) != "armed":
            return participle.group(1)  # "18.9 million registered voters"
        if noun_of and noun_of not in ("number", "total") and cls in ("objects", "people") and not _verb_form(noun_of.split()[-1]) \
                and _singular(noun_of.split()[-1]) not in pats["nouns"] and noun_of.split()[-1] not in pats["nouns"]:
            return noun_of.split()[-1]  # "a poll of 14 brokerages", "a committee of five officials"
        measure = _predicate_after(text, pos, sentence_hi, cls)
        if measure and not (head_measure and measure not in pats["surface"].values()):
            return measure
        if head_measure:
            return head_measure  # "31 of the dead were in Palu"
        if noun_of and noun_of not in ("number", "total"):
            measure = _dictionary_phrase(noun_of, cls) or (noun_of if cls != "people" or noun_of in pats["nouns"] else None)
            if measure:
                return measure
    if cls == "money":
        # the money noun may stand before a change in between: "operating profit fell 12% to ¥286.4 billion"
        money = _nearest(pats["money_noun"], text, pos, max(sentence_lo, start - 100), window_hi, start)
        if money:
            return pats["surface"][money.group(0).lower()]

    def allowed(match: re.Match) -> bool:
        measure = pats["surface"][match.group(0).lower()]
        if measure == "seats won" and head not in ("seat", "party", None):
            return False
        return cls in _MEASURE_CLASSES.get(measure, (cls,))

    match = _nearest(pats["measure"], text, pos, window_lo, window_hi, start, allowed)
    if match:
        return pats["surface"][match.group(0).lower()]
    if head in ("seat", "seats") or _rx(r"-seats?\b").match(text, end, hi):
        return "seats"  # (and "the 600-seat assembly": its size)
    if cls in ("duration", "distance", "magnitude"):
        return {"duration": "duration", "distance": "distance"}.get(cls) or _magnitude_name(row, text, end)
    if cls == "share":
        # "passed with 52 percent support", "the 5% threshold", "a 25 percent stake": the noun it qualifies
        noun = _rx(r"\s+([a-z][a-z-]+)(?:\s+(rating|rate|threshold|limit|cap|target))?\b").match(text, end, sentence_hi)
        if noun and noun.group(1) in pats["changes"] and not noun.group(2):
            return pats["changes"][noun.group(1)]  # "a further quarter-point cut"
        if noun and noun.group(1) not in _PREPOSITIONS and noun.group(1) not in _CONJUNCTIONS \
                and noun.group(1) not in _AUX_WORDS and noun.group(1) not in _DETERMINERS and noun.group(1) not in _ADVERBS \
                and not _adverb(noun.group(1)) and not _verb_form(noun.group(1)) and noun.group(1) not in _irregular() \
                and noun.group(1) not in pats["level_qualifiers"] \
                and _singular(noun.group(1)) not in ("year", "month", "quarter", "week", "day", "time", "point") \
                and noun.group(1) not in ("higher", "lower", "more", "less", "last", "this", "next", "year-on-year", "what",
                                          "which", "how", "whatever", "its", "their"):
            return " ".join(w for w in noun.groups() if w)
        return None  # the figure before it, or the article's share measure, is its measure
    participle = pats["participle"].search(text, pos, min(hi, pos + 40))
    if not participle:
        # the verb before: "Kessler raised $48 million", "deliberated for about nine hours"
        for participle in pats["participle"].finditer(text, max(lo, start - 40), start):
            pass
    if participle:
        return _rx(r"^(?:been|being)\s+|\b[a-z]+ly\s+").sub("", participle.group(1))
    if cls in ("people", "objects", "events") and head:
        return head if head.endswith("s") else _plural(head)
    return None


_SPACES = re.compile(r"\s+")


def _word_after(text: str, pos: int, hi: int, word: str) -> int | None:
    r"""The end of ``word`` when whitespace and then ``word``, as a whole word, follow ``pos``
    (within ``hi``), else None: what ``re.match(rf"\s+{re.escape(word)}\b", text[pos:hi])``
    finds, without compiling a pattern for every word (``word`` holds no whitespace)."""
    spaces = _SPACES.match(text, pos, hi)
    if not spaces or not text.startswith(word, spaces.end()) or spaces.end() + len(word) > hi:
        return None
    end = spaces.end() + len(word)

    def is_word(char: str) -> bool:  # re's \w
        return char.isalnum() or char == "_"

    # \b: a word character on one side only (past ``hi`` there is none)
    return end if is_word(text[end - 1]) != (end < hi and is_word(text[end])) else None


def _as_dictionary(phrase: str, cls: str) -> str | None:
    """The canonical measure of a phrase or of its last word, if the synonym list has it."""
    found = _dictionary_phrase(phrase, cls) or _dictionary_phrase(phrase.split()[-1], cls)
    return "sold" if found == "revenue" and cls != "money" else found


def _magnitude_name(row: dict, text: str, end: int) -> str:
    """A magnitude with nothing else to name it: what its unit measures when the unit is
    hyphenated to a noun ("a 50-kilogram sack" -> weight), else "magnitude"."""
    hyphened = _rx(r"-([a-z]+)\s+[a-z]").match(text[end:end + 30])
    if hyphened:
        for measure, units in lexicon()["figure_unit_measures"].items():
            if _singular(hyphened.group(1)) in units:
                return measure
    return "magnitude"


def _with_change(target: str, text: str, lo: int, start: int) -> str:
    """"revenue" and the change that brought it to the figure, when the figure is a share."""
    pats = _measure_patterns()
    base = _dictionary_phrase(target, "share") or _dictionary_phrase(target, "money") \
        or _dictionary_phrase(target.split()[-1], "money")
    if base:
        return base
    # "annual inflation eased to": the level is inflation, whatever period it is taken over
    words = [w for w in target.split() if w not in pats["level_qualifiers"]]
    return " ".join(words) or target


def _subject_before(tokens: list, k: int) -> str | None:
    """The noun phrase that ends before token ``k``, less its determiners and any
    prepositional phrase after its head: "Net profit for the July-September quarter" -> net
    profit, "revenue in the six months to June" -> revenue, "the MPA's share" -> share."""
    words: list[str] = []
    k -= 1
    while k >= 0:
        word = tokens[k][2]
        lower = word.lower()
        if lower in _PREPOSITIONS:
            words = []
        elif lower in _DETERMINERS:
            if k and tokens[k - 1][2].lower() in _PREPOSITIONS:
                words = []
                k -= 2
                continue
            break
        elif _rx(r"\d").match(word) or word == "-":
            pass
        elif not _word_first(word) and word != "." or lower in _CONJUNCTIONS or lower in _RELATIVES \
                or lower in _reporting() or _rx(r"[’']s$").search(word):
            break
        elif word != ".":
            words.insert(0, lower if not word.isupper() else word)
        k -= 1
    return " ".join(words[-3:]) or None


def _change_before(text: str, lo: int, start: int, end: int, hi: int) -> str | None:
    """A share that is a change of something named before it: "net profit rose 41%",
    "income had fallen by nearly 30 percent", "pensions would be cut by up to 15 percent",
    "reduce output by another 5%", "consumer prices rose 8.6 percent" (inflation)."""
    pats = _measure_patterns()
    before = text[max(lo, start - 80):start]
    match = _rx(r"(?<![\w-])(?P<verb>[a-z]+)\s+(?:by\s+)?$").search(before)
    if match and match.group("verb") in ("up", "down") \
            and _rx(r"(?<![\w-])([a-z]+)\s+$").search(before, 0, match.start()) is not None \
            and _rx(r"(?<![\w-])([a-z]+)\s+$").search(before, 0, match.start()).group(1) in pats["share_verbs"]:
        return None  # "who make up about 60 percent of": a particle, no change
    if match and match.group("verb") not in pats["changes"]:
        match = _rx(r"(?<![\w-])(?P<verb>[a-z]+)\s+(?:up|down)\s+$").search(before) or match
    if match and match.group("verb") not in pats["changes"]:
        match = _rx(r"(?<![\w-])(?P<verb>[a-z]+)\s+(?P<object>[a-z]+)\s+(?:by\s+)?$").search(before)
    if match and match.group("verb") not in pats["changes"]:
        # "cut its benchmark rate by 25 basis points": the object after a determiner
        match = _rx(r"(?<![\w-])(?P<verb>[a-z]+)\s+(?:its|the|their|his|her)\s+(?P<object>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+by\s+$").search(before) or match
    if not match or match.group("verb") not in pats["changes"]:
        return None
    kind = pats["changes"][match.group("verb")]
    whole = _rx(r"\s+of\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?([a-z][\w-]*)\b").match(text, end, hi)
    if whole and whole.group(1) not in _DETERMINERS and _is_plural(whole.group(1)):
        return f"{whole.group(1)} {kind}"  # "lost more than half of their animals": a change of the whole
    obj = match.groupdict().get("object")
    if obj and obj not in _DETERMINERS and obj not in _PREPOSITIONS:
        subject = obj  # "reduce output by another 5%"
    else:
        head = before[:match.start("verb")]
        tokens = _tokens(head, 0, len(head))
        k = len(tokens)
        while k and (tokens[k - 1][2].lower() in _AUX_WORDS | _ADVERBS
                     or tokens[k - 1][2].lower() in ("to", "expected", "likely", "set", "forecast", "projected", "due")):
            k -= 1  # "sales are expected to grow 4%"
        subject = _subject_before(tokens, k)
        if not subject:
            return kind
        subject = " ".join(subject.lower().split()[-2:])
        subject = " ".join(w for w in subject.split() if w not in pats["level_qualifiers"]) or subject  # "basic pay"
    measure = _dictionary_phrase(subject, "share") or _dictionary_phrase(subject, "money") \
        or _dictionary_phrase(subject.split()[-1], "share") or _dictionary_phrase(subject.split()[-1], "money")
    if not measure and not obj:
        # "Profit before tax jumped 23%": the money noun heads a phrase the subject's last words end
        money = pats["money_noun"].search(before, max(0, match.start("verb") - 40), match.start("verb"))
        measure = pats["surface"][money.group(0).lower()] if money else None
    if measure in ("inflation",):
        return measure
    if measure == "price" and kind == "growth":
        return "inflation"  # prices rising: inflation
    if measure in ("growth",):
        return measure
    if measure == "GDP" and kind == "growth":
        return "GDP growth"
    return f"{measure or subject} {kind}"


def _clause_verb(text: str, lo: int, start: int, cls: str) -> str | None:
    """The verb after the last auxiliary before a count of times: "members had warned the
    ministry ... at least three times" -> warned ministry."""
    before = text[max(lo, start - 160):start]
    aux = list(_rx(r"\b(?:had|has|have)\s+(?:\w+ly\s+)?").finditer(before))
    if not aux:
        return None
    tokens = _tokens(before, aux[-1].end(), len(before))
    if tokens and (_verb_form(tokens[0][2]) or tokens[0][2].lower() in _irregular()):
        return _verb_phrase(tokens, 0, cls, reporting=True)
    return None


@lru_cache(maxsize=4096)  # a pure function of the word, asked for again and again
def _plural(noun: str) -> str:
    if noun in _plural_nouns():
        return noun
    if _rx(r"(?:s|sh|ch|x|z)$").search(noun):
        return noun + "es"
    if _rx(r"[^aeiou]y$").search(noun):
        return noun[:-1] + "ies"
    return noun + "s"


# --- the predicate that goes with a figure ------------------------------------------------
# No tagger: a word's part of speech is read from its place (the word after a subject noun
# phrase, after an auxiliary, before an object) and its form (-ed, -ing, an irregular form).

_DETERMINERS = frozenset("the a an its their his her our your this that these those another all some each "
                         "every both no any".split())
_PREPOSITIONS = frozenset("of in at near from on across inside outside around with by for under over to into "
                          "onto between among during since through throughout off toward towards within "
                          "without along beyond against".split())
_CONJUNCTIONS = frozenset("and or but while whereas as because when after before until if than so yet though "
                          "although unless whether where".split())
_AUX_WORDS = frozenset("is are was were be been being has have had will would could may might can should must "
                       "shall do does did".split())
_ADVERBS = frozenset("now still also all not never already later then just only both each reportedly even alone "
                     "currently allegedly since thus initially finally again once yet respectively either".split())
_RELATIVES = frozenset("that who which whom".split())
_MODALS = frozenset("will would could can may might should must shall".split())
# Verbs that make their object do something ("forced 200,000 people to flee"), and present-tense
# verbs of a state that a count is the subject of ("3.2 million people need aid"); neither has
# a form that marks it as a verb.
_CAUSATIVES = frozenset("force forced forces forcing order ordered orders prompt prompted prompts cause caused causes "
                        "drive drove driven leave left lead led".split())
_STATIVE_VERBS = frozenset("need needs face faces lack lacks live lives depend depends require requires rely relies".split())
_PRONOUNS = frozenset("him her them it us me you".split())
_PARTICLES = frozenset("up out off away down over aboard back aside".split())
_TOKEN = re.compile(r"[A-Za-z](?:\.[A-Za-z])+\.?|[A-Za-zÀ-ÿ][\w’'-]*[\w]|[A-Za-zÀ-ÿ]|\d[\d,.]*\d|\d|[^\sA-Za-zÀ-ÿ\d]")
_TOKEN_ASCII = re.compile(_TOKEN.pattern, re.ASCII)  # the same tokens in plain ASCII (_plain_ascii), found faster


@lru_cache(maxsize=1)
def _irregular() -> dict[str, tuple[str, str]]:
    """Irregular verb form -> (lemma, past participle), from the lexicon."""
    table = {}
    for lemma, forms in lexicon()["irregular_verbs"].items():
        participle = forms[1]
        table.setdefault(lemma, (lemma, participle))
        for form in forms:
            table.setdefault(form, (lemma, participle))
    return table


@lru_cache(maxsize=1)
def _past_only() -> frozenset[str]:
    """Irregular past forms that are no participle ("came", "went", "ran"): a verb, never a
    reduced relative after a noun ("the 40c paid a year ago" has a participle)."""
    return frozenset(forms[0] for forms in lexicon()["irregular_verbs"].values() if forms[0] != forms[1])


@lru_cache(maxsize=8192)
def verb_lemma(word: str) -> str:
    """The lemma of a verb form (irregular forms from the lexicon, regular ones by rule):
    "took" -> take, "deployed" -> deploy, "seizes" -> seiz(e); used to compare measures, so a
    regular stem need only be the same for every form of one verb ("seized", "seize" -> seiz)."""
    lower = word.lower()
    if lower in _irregular():
        return _irregular()[lower][0]
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ying", "y")):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            return lower[:-len(suffix)] + repl
    for suffix in ("ing", "ed", "es", "s", "e"):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2 and not lower.endswith(("ss", "us", "is")):
            stem = lower[:-len(suffix)]
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsaeiou":
                stem = stem[:-1]  # "stopped" -> stop
            return stem.rstrip("e")
    return lower


# participles that place a thing, no verb of what happened to it ("in neighbouring Beta")
_PLACE_ADJECTIVES = frozenset({"neighbouring", "neighboring", "adjoining", "surrounding", "bordering", "outlying"})


@lru_cache(maxsize=4096)  # a pure function of the word, asked for again and again
def _participle(word: str) -> str:
    """The past participle of a verb form, as measures are written ("farms" -> farmed)."""
    lower = word.lower()
    if lower in _irregular():
        return _irregular()[lower][1]
    if lower.endswith("ed"):
        return lower
    if lower.endswith("ing") and len(lower) > 5:
        lower = lower[:-3]
        if lower[-1] == lower[-2] and lower[-1] not in "ls":
            lower = lower[:-1]
        elif _rx(r"[^aeiou][aeiou][cdgkmnprstvz]$").search(lower) and not lower.endswith(("en", "er", "on")):
            lower += "e"  # "seizing" -> seize
    elif lower.endswith("ies") and len(lower) > 4:
        lower = lower[:-3] + "y"
    elif _rx(r"(?:ss|sh|ch|x|z)es$").search(lower):
        lower = lower[:-2]
    elif lower.endswith("s") and not lower.endswith(("ss", "us")):
        lower = lower[:-1]
    if lower.endswith("e"):
        return lower + "d"
    if _rx(r"[^aeiou]y$").search(lower):
        return lower[:-1] + "ied"
    return lower + "ed"


@lru_cache(maxsize=4096)  # a pure function of the word, asked for again and again
def _verb_form(word: str) -> bool:
    """Whether a word can only be read as a verb form here (past, participle, gerund, or an
    irregular form): "sang", "deployed", "sleeping" — not "province", "residents"."""
    lower = word.lower()
    if lower in _irregular() and lower not in ("put", "set", "hit", "cut", "run", "spread", "beat", "show", "lay"):
        return lower not in ("means", "deals", "leaves", "shows", "meeting", "building", "stands", "falls", "runs")
    return bool(_rx(r"[a-z]{3,}(?:ed|ing)").fullmatch(lower)) and lower not in ("need", "feed", "seed", "bed", "red",
                                                                                "hundred", "thing", "spring", "ring",
                                                                                "morning", "evening", "building")


def _adverb(word: str) -> bool:
    return word.endswith("ly") and len(word) > 4 and word not in ("supply", "family", "rally", "assembly", "anomaly",
                                                                   "monopoly", "italy", "july", "ally", "belly", "jelly")


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The tokens of text[lo:hi] as (start, end, token).  Inside the sentence being described
    they are cut from its tokens, found once: _TOKEN has no lookaround, so tokenising from a
    point between tokens up to ``hi`` gives the sentence's tokens that end by ``hi`` (unless
    ``lo`` or ``hi`` falls inside a token; then the range is tokenised as it is)."""
    if _SENTENCE.get("text") is text and _SENTENCE["bounds"][0] <= lo and hi <= _SENTENCE["bounds"][1]:
        shared = _SENTENCE.get("tokens")
        if shared is None:
            found, starts, ends = [], [], []
            pos = _SENTENCE["bounds"][0]
            sentence = text[pos:_SENTENCE["bounds"][1]]  # (_TOKEN looks neither behind nor ahead)
            for token in (_TOKEN_ASCII if _plain_ascii(sentence) else _TOKEN).findall(sentence):
                # only whitespace lies between tokens (any other character begins one), and
                # no token holds whitespace: the first occurrence from ``pos`` is the token
                start = text.find(token, pos)
                pos = start + len(token)
                found.append((start, pos, token))
                starts.append(start)
                ends.append(pos)
            shared = _SENTENCE["tokens"] = (found, starts, ends)
        tokens, starts, ends = shared
        i, j = bisect_left(starts, lo), bisect_right(ends, hi)
        if i == 0 or ends[i - 1] <= lo:
            if j == len(tokens) or starts[j] >= hi:
                return tokens[i:j]
            # ``hi`` cuts token j: what follows its start is tokenised as it is
            return tokens[i:j] + [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, max(lo, starts[j]), hi)]
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, lo, hi)]


def _reporting() -> frozenset[str]:
    return _reporting_words()


@lru_cache(maxsize=1)
def _reporting_words() -> frozenset[str]:
    words = set()
    for forms in lexicon()["reporting_verbs"].values():
        words.update(f.lower() for f in forms if " " not in f)
    words.update(w[:-1] + "ing" if w.endswith("e") else w + "ing" for w in list(words) if not w.endswith(("s", "ed")))
    words.update(("estimate", "estimates", "estimated", "believe", "believes", "believed", "expect", "expects",
                  "expected", "show", "shows", "showed", "put", "puts", "see", "saw", "surprised"))
    return frozenset(words)


def _dictionary_at(tokens: list, k: int, cls: str) -> tuple[str, int] | None:
    """(measure, words used) of the longest synonym phrase starting at token ``k``."""
    pats = _measure_patterns()
    words = [t[2].lower() for t in tokens[k:k + pats["longest"]]]
    if not words:
        return None
    # only the lengths of the phrases that begin with the first word (every length when a
    # "token" is itself several words)
    lengths = range(len(words), 0, -1) if any(" " in w for w in words) else pats["phrase_lengths"].get(words[0], ())
    for n in lengths:
        if n > len(words):
            continue
        measure = pats["surface"].get(" ".join(words[:n]))
        if measure and cls in _MEASURE_CLASSES.get(measure, (cls,)):
            return measure, n
    return None


def _dictionary_after(text: str, pos: int, hi: int, cls: str) -> tuple[tuple[str, int] | None, str | None]:
    """(what _dictionary_at finds at the first token of text[pos:hi], that token): the words
    are tokenised only when the first token, read alone, begins a measure phrase (_TOKEN
    looks neither behind nor ahead: its search from ``pos`` finds the range's first token)."""
    first = _TOKEN.search(text, pos, hi)
    if first is None:
        return None, None
    if first.group(0).lower() not in _measure_patterns()["phrase_lengths"]:
        return None, first.group(0)  # (no token holds a space: no phrase begins there)
    return _dictionary_at(_tokens(text, pos, hi), 0, cls), first.group(0)


def _complement(tokens: list, k: int, limit: int = 3) -> list[str]:
    """Up to ``limit`` content words of the object after a verb ("lack a reliable water
    supply" -> reliable water supply), stopping at a preposition (but "without"), a
    conjunction, a relative, punctuation or a number."""
    out: list[str] = []
    for _, _, word in tokens[k:]:
        lower = word.lower()
        if lower in _DETERMINERS or lower in _PRONOUNS:
            if out:
                break
            continue
        if not _letter_first(word) or lower in _CONJUNCTIONS or lower in _RELATIVES or lower in _AUX_WORDS \
                or (lower in _PREPOSITIONS and lower != "without") or _adverb(lower) or len(out) >= limit:
            break
        out.append(lower)
    return out


def _verb_phrase(tokens: list, k: int, cls: str, object_after: bool = True, reporting: bool = False) -> str | None:
    """The measure a verb at token ``k`` gives: a synonym phrase starting there, else its
    participle with a particle and, when ``object_after``, its object's words."""
    hit = _dictionary_at(tokens, k, cls)
    if hit:
        return hit[0]
    word = tokens[k][2]
    if not _rx(r"[A-Za-zÀ-ÿ][\w’'-]*").fullmatch(word) or (word.lower() in _reporting() and not reporting) or word[:1].isupper():
        return None
    if word.lower() in _PLACE_ADJECTIVES:
        return None  # "three in neighbouring Beta": where, not what happened
    j = k + 1
    while j < len(tokens) and (tokens[j][2].lower() in _ADVERBS or tokens[j][2].lower() in ("to", "be", "have", "been")):
        j += 1  # "believed still missing", "feared to be dead"
    complement = _dictionary_at(tokens, j, cls) if j < len(tokens) else None
    if complement:
        return complement[0]  # "were confirmed dead", "were reported missing"
    if k + 1 < len(tokens) and tokens[k + 1][2].lower() == "for" and word.lower() in ("treated", "hospitalised", "hospitalized"):
        for j in range(k + 2, min(len(tokens), k + 7)):
            condition = _dictionary_at(tokens, j, cls)
            if condition and condition[0] in ("injured", "cases"):
                return condition[0]  # "treated for gunshot and pellet wounds": injured
    phrase = [_participle(word)]
    j = k + 1
    if j < len(tokens) and tokens[j][2].lower() in _PARTICLES:
        phrase.append(tokens[j][2].lower())
        j += 1
        hit = _dictionary_at([(0, 0, " ".join(phrase))], 0, cls)
    if object_after:
        phrase += _complement(tokens, j)
    return " ".join(phrase)


def _predicate_after(text: str, pos: int, hi: int, cls: str) -> str | None:
    """The predicate of a figure that is the subject of its clause: "4,800 tractors took
    part", "19 people, including four officers, were treated in hospital", "a dozen centres
    are now full", "85 boreholes drilled under the old programme have broken down"."""
    rest = text[pos:hi]
    inserted = _rx(r"\s*(?:,\s*(?:including|among them|of whom|most of them)\b[^,]*,|\([^)]*\))").match(rest)
    if inserted:
        pos += inserted.end()
    tokens = _tokens(text, pos, hi)
    k, aux, in_phrase, relative, extra = 0, False, False, False, 0
    while k < len(tokens):
        word = tokens[k][2]
        lower = word.lower()
        if lower in _AUX_WORDS or lower in ("’s", "'s") and aux or lower in ("remain", "remains", "remained", "stay", "stays", "stayed"):
            aux = True
            in_phrase = False
        elif lower in _ADVERBS or _adverb(lower):
            pass
        elif aux:
            break
        elif lower in _RELATIVES and not relative:
            relative = True
        elif lower in _PREPOSITIONS and lower not in ("without",) and not aux:
            in_phrase = True
        elif in_phrase:
            if not _word_first(word) or lower in _CONJUNCTIONS:
                return None
            if k + 1 < len(tokens) and tokens[k + 1][2].lower() in ("a", "an", "the", "its", "their") \
                    and tokens[k - 1][2].lower() not in _PREPOSITIONS and tokens[k - 1][2].lower() not in _DETERMINERS:
                break  # a bare verb before its object: "clinics in the three regions still lack a reliable supply"
            if _verb_form(word) and not (k and tokens[k - 1][2].lower() in _DETERMINERS):
                if _reduced_relative(tokens, k):
                    in_phrase = True
                    k += 1
                    continue
                break
        elif not _word_first(word) or lower in _CONJUNCTIONS or lower in _DETERMINERS or word[:1].isdigit():
            return None
        elif _verb_form(word) and _reduced_relative(tokens, k):
            in_phrase = True  # "boreholes drilled under the previous programme have broken down"
        elif _verb_form(word) or word.lower() in _irregular() or relative or lower in _STATIVE_VERBS:
            break
        else:
            extra += 1  # a noun of the counted group the count left out ("21 crew members were")
            if extra > 3:
                return None
        k += 1
    if k >= len(tokens):
        return None
    word, lower = tokens[k][2], tokens[k][2].lower()
    if not _word_first(word) or lower in _CONJUNCTIONS or word[:1].isdigit() or lower in _DETERMINERS:
        return None
    if aux and (lower in _PREPOSITIONS or not _verb_form(word)):
        # a state after a copula: "are now full", "was in serious condition", "under water"
        hit = _dictionary_at(tokens, k, cls)
        if hit:
            return hit[0]
        if lower in _PREPOSITIONS and k + 1 < len(tokens) and (tokens[k + 1][2][:1].isupper() or tokens[k + 1][2].lower() == "the"
                                                               and k + 2 < len(tokens) and tokens[k + 2][2][:1].isupper()):
            return None  # "were in Palu": where they are, not what happened to them
        if lower == "among":
            group = _complement(tokens, k + 1)
            return " ".join(group) or None  # "were among the confirmed cases"
        words = [lower]
        for _, _, w in tokens[k + 1:k + 4]:
            if not _word_first(w) or w.lower() in _CONJUNCTIONS or w.lower() in ("since", "for", "after", "before", "until", "because") \
                    or w.lower() in _PREPOSITIONS and w.lower() != "of" or len(words) == 3 and words[1] not in _DETERMINERS:
                break  # "were in shelters on Monday night", "without power on Sunday"
            words.append(w.lower())  # (an article does not count: "are in a stable condition")
        if lower in _PREPOSITIONS and len(words) == 1:
            return None
        if lower in ("likely", "expected", "set", "due", "able", "unable"):
            return None
        return " ".join(w for w in words if w not in _DETERMINERS)
    if cls == "people" and lower in _SPEECH_VERBS:
        # "Two people familiar with the matter said the troops ...": who said it (its clause
        # is no object: not "said troops"); "told investigators" keeps its listener
        return "sources"
    return _verb_phrase(tokens, k, cls, reporting=bool(k + 1 < len(tokens) and tokens[k + 1][2].lower() not in ("that", ",")))


_SPEECH_VERBS = frozenset({"said", "say", "says", "added", "insisted"})


def _verb_measured(row: dict) -> bool:
    """Whether a figure's measure came from a verb, not from its own noun ("310 firefighters,
    nine aircraft and ... are fighting": a list of subjects whose verb comes after it)."""
    head = row.get("_head") or ""
    return bool(row["measure"]) and row["measure"] not in (head, _plural(head), row.get("counts"))


def _reduced_relative(tokens: list, k: int) -> bool:
    """Whether the participle at ``k`` opens a reduced relative clause that a later
    auxiliary and verb close ("85 boreholes drilled under X have broken down")."""
    word = tokens[k][2].lower()
    if not (word.endswith("ed") or word in _irregular() and _irregular()[word][1] == word):
        return False
    if k + 1 >= len(tokens) or tokens[k + 1][2].lower() not in _PREPOSITIONS:
        return False  # a reduced relative goes on with its phrase: "drilled under", "dug by"
    for _, _, w in tokens[k + 1:k + 10]:
        if not _word_first(w) or w.lower() in _CONJUNCTIONS:
            return False
        if w.lower() in _AUX_WORDS:
            return True
    return False


def _predicate_before(text: str, lo: int, start: int, cls: str, end: int, hi: int) -> str | None:
    """The verb whose object the figure is: "had cut approximately 1,100 jobs", "seize 3.4
    tonnes", "shot down 54 of", "asked for two planes", "freeing 14 miners from" (freed
    from), "pumped 1.2 million litres of water out of" (pumped out)."""
    tokens = _tokens(text, lo, start)
    k = len(tokens) - 1
    while k >= 0 and (tokens[k][2].lower() in _DETERMINERS - {"that", "this"} or tokens[k][2].lower() in _PRONOUNS):
        k -= 1  # "fined it 1.9 billion pesos"
    prep = None
    if k >= 0 and tokens[k][2].lower() in _PREPOSITIONS | _PARTICLES - {"of", "over"}:
        prep = tokens[k][2].lower()
        k -= 1
    if k < 0:
        return None
    word, lower = tokens[k][2], tokens[k][2].lower()
    if prep in ("in", "on", "at") and not (_verb_form(word) or lower in _irregular()) and k >= 2 \
            and tokens[k - 1][2].lower() in _DETERMINERS and _rx(r"[a-z]+").fullmatch(lower):
        verb = tokens[k - 2][2]
        if (_verb_form(verb) or verb.lower() in _irregular() or k >= 3 and tokens[k - 3][2].lower() in ("to", "would", "will"))\
                and verb.lower() not in _reporting() and verb.lower() not in _AUX_WORDS:
            # "challenge the results in two constituencies", "exceeded its permitted volume on four occasions"
            return f"{_participle(verb)} {lower}"
    if prep in _PARTICLES and prep not in _PREPOSITIONS:
        if not (_verb_form(word) or lower in _irregular()):
            return None
        return _dictionary_phrase(f"{_participle(word)} {prep}", cls) or f"{_participle(word)} {prep}"
    if prep:
        if not (_verb_form(word) or lower in _irregular()) or lower in _reporting():
            return None
        phrase = _dictionary_phrase(f"{lower} {prep}", cls) or _dictionary_phrase(f"{_participle(word)} {prep}", cls)
        if phrase or _dictionary_phrase(lower, cls):
            return phrase or _dictionary_phrase(lower, cls)  # "valued at $3.2 billion"
        # "struck by two drones", "cut in at least three places"; not "came from", "delivered to"
        return _participle(word) if prep in ("by", "in", "on") and word.lower().endswith(("ed", "ck", "t")) else None
    if lower in _reporting() or lower in _CONJUNCTIONS or lower in _PREPOSITIONS or lower in _AUX_WORDS \
            or not _rx(r"[a-z][\w’'-]*").fullmatch(word):
        return None
    if lower == "including":
        return None  # "may send more forces, including 2,000 soldiers": a part of what the clause's verb measures
    before = tokens[k - 1][2].lower() if k else ""
    if before in ("or", "and") and k >= 2:
        pair = _dictionary_phrase(f"{tokens[k - 2][2].lower()} {before} {lower}", cls)
        if pair:
            return pair  # "had killed or wounded 3,000": one count of both, not of the wounded
    if not (_verb_form(word) or lower in _irregular()):
        # a present-tense verb: after its subject, "to", a relative or an adverb ("customs seize",
        # "who farms", "to repay", "currently walk"); never after a determiner or a preposition
        # "will save $3.1 million": a bare verb after a modal (a quantity's own noun says more:
        # "could receive up to 200mm more" of the rain the sentence speaks of)
        modal = before in _MODALS and cls in ("money", "people", "objects", "events")
        if not k or before in _DETERMINERS - {"that"} or before in _PREPOSITIONS - {"to"} or before in _AUX_WORDS and not modal \
                or not _rx(r"[A-Za-z]").match(before) or lower in _plural_nouns() or lower.endswith(("tion", "ment", "ness")):
            return None
        subject_before = before in ("to", "who", "that", "which", "they", "we", "i", "it", "he", "she") or before.endswith("ly") \
            or before in _plural_nouns() or before == "customs" or modal \
            or lower.endswith("s") and not lower.endswith("ss") and (before.endswith("ing") or tokens[k - 1][2][:1].isupper())
        # "the firm employs": a singular noun before a verb in -s; not "told lawmakers", "lower galleries"
        singular_subject = lower.endswith("s") and not before.endswith("s") and k >= 2 \
            and tokens[k - 2][2].lower() in ("the", "a", "an", "its", "this") and not before.endswith(("er", "al", "ic", "ous", "ive", "ful"))
        if not (subject_before or singular_subject):
            return None
    hit = _dictionary_phrase(lower, cls)
    if not hit and lower in _CAUSATIVES:
        # "forced 200,000 people to flee", "ordered 5,000 residents to evacuate": what they were made to do
        to_do = _rx(r"(?:\s+[\w’'-]+){0,3}?\s+to\s+([a-z]+)\b").match(text, end, min(hi, end + 50))
        if to_do:
            return _dictionary_phrase(to_do.group(1), cls) or _participle(to_do.group(1))
        without = _rx(r"(?:\s+[\w’'-]+){0,2}?\s+(without\s+[a-z]+)\b").match(text, end, min(hi, end + 50)) \
            if lower in ("left", "leave", "leaves", "leaving") else None
        if without:
            return without.group(1)  # "left 300 families without shelter"
    # a particle after the object: "pulled 312 people from rooftops", "pumped ... out"
    after = _rx(r"(?:\s+(?:[\w’'-]+\s+){0,4}?)?(from|out)\b").match(text[end:min(hi, end + 50)])
    if after and not _rx(r"[,;]").search(after.group(0)):
        combined = _dictionary_phrase(f"{_participle(word)} {after.group(1)}", cls) \
            or _dictionary_phrase(f"{lower} {after.group(1)}", cls)
        if combined:
            return combined
        if after.group(1) == "out" and not hit:
            return f"{_participle(word)} out"
    return hit or _participle(word)


def _own_measure(text: str, end: int, hi: int, cls: str) -> str | None:
    """The measure a count names in the words right after it, when they end its noun phrase:
    "12 dead and 30 missing", "5 killed and 7 injured", "3 dead, 12 hurt" -> dead, missing,
    dead, injured; not "12 wounded soldiers" (an adjective before the noun counted)."""
    if cls not in ("people", "objects") or not text.startswith(" ", end):
        return None
    # the first token, alone: most are no first word of a measure phrase, and then the words
    # after it need not be tokenised (_TOKEN looks neither behind nor ahead: the first of the
    # range's tokens, when it begins at end + 1)
    first = _TOKEN.match(text, end + 1, min(hi, end + 40))
    if first is None or first.group(0).lower() not in _measure_patterns()["phrase_lengths"]:
        return None
    tokens = _tokens(text, end, min(hi, end + 40))
    if not tokens or tokens[0][0] != end + 1:
        return None
    hit = _dictionary_at(tokens, 0, cls)
    if not hit or hit[0] in ("seats won", "seized", "took part"):
        return None  # words that name these measures are verbs of a clause more often than a count's own
    if hit[1] < len(tokens) and not (hit[0] == "dead and injured" and hit[1] > 1):
        # ("1,100 killed and wounded soldiers": two states joined describe their noun, and still
        # name what happened to the count)
        word = tokens[hit[1]][2].lower()
        if _word_first(word) and word not in _CONJUNCTIONS and word not in _PREPOSITIONS \
                and word not in _AUX_WORDS and word not in _ADVERBS and word != "then" and not _adverb(word):
            return None  # a noun follows: the measure word only describes it
    return hit[0]


def _dictionary_phrase(phrase: str, cls: str) -> str | None:
    measure = _measure_patterns()["surface"].get(phrase.lower())
    if measure and cls in _MEASURE_CLASSES.get(measure, (cls,)):
        return measure
    return None


def _restates(text: str, row: dict, before: dict | None, lo: int) -> bool:
    """Whether a figure restates the measure of the figure before it in its sentence: the
    value it changed from ("up from 19.2 percent", "to 420 litres a second from 610"), a
    conversion in brackets ("340,000 soles (roughly $95,000)"), "the remaining 18"."""
    if before is None:
        return False
    gap = text[before["end"]:row["start"]]
    if _rx(r"\b(?:up|down|slowing|rising|falling|compared)?\s*(?:from|against|versus|than)\s+(?:the\s+)?(?:an?\s+)?$"
           r"|\bcompared\s+(?:with|to)\s+(?:the\s+)?(?:an?\s+)?$").search(gap):
        return True
    if _rx(r"\s*\(\s*(?:about|around|roughly|some|or|nearly|approximately)?\s*").fullmatch(gap):
        return True
    return bool(_rx(r"\b(?:the\s+)?remaining\s+$|\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+(?:\w+\s+)?$").search(gap))


def _subject(row: dict, counts: str, text: str, lo: int, hi: int) -> str | None:
    """Who or what holds the measure: a possessive ("Kaneda Motor's revenue"), the agent of
    the clause ("the Green League won 141 seats"), "won by X", or a demonym in the counted
    group ("Freedonian troops" -> Freedonia)."""
    pats = _measure_patterns()
    before = text[max(lo, row["start"] - 90):row["start"]]
    # each search only where it can match (they run over the window from every position, and
    # mostly find nothing): a name needs a capital, a possessive an apostrophe, an agent a verb
    named = not before.islower()
    # (the possessive's apostrophe is followed by words and spaces only: it lies after the
    # window's last comma or semicolon)
    tail = before[max(before.rfind(","), before.rfind(";")) + 1:] if named else ""
    for key, can_match in (("possessive", named and ("’" in tail or "'" in tail)),
                           ("agent", named and _may_hold_agent(before))):
        match = pats[key].search(before) if can_match else None
        if match:
            name = _trim_name(match.group(1))
            if name:
                return name
    match = pats["by_agent"].match(text, row["end"], hi) if "by" in text[row["end"]:hi] else None
    if match and _trim_name(match.group(1)):
        return _trim_name(match.group(1))
    first = counts.split()[0] if counts else ""
    if first[:1].isupper():
        from .gazetteer import demonym_index

        code = demonym_index().get(first.lower())
        if code:
            from ..lexicon import countries

            return countries()[code].get("name") or first
    return None


def _may_hold_agent(before: str) -> bool:
    """Whether "agent" may match at the end of ``before``: its verb is followed by at most 60
    characters (and a final line break) with no comma or semicolon before the end, so it
    lies after the last of those and begins in the window's last 75 characters; only there
    is it looked for (a search from every position of the whole window is what the quick
    test is to spare)."""
    tail = max(before.rfind(","), before.rfind(";")) + 1
    return _measure_patterns()["agent_verb"].search(before, max(tail, len(before) - 75)) is not None


def _trim_name(name: str) -> str | None:
    words = name.split()
    not_name = _measure_patterns()["not_name"]
    while words and (words[0] in not_name or words[0].lower() in ("of", "and", "de")):
        words.pop(0)
    while words and words[-1].lower() in ("of", "and", "de", "del", "du", "la", "al"):
        words.pop()
    return " ".join(words) or None


def _scope(pattern: re.Pattern, text: str, row: dict, lo: int, hi: int) -> str | None:
    match = _nearest(pattern, text, row["end"], lo, hi, row["start"])
    if not match:
        return None
    return (match.group(1) if pattern.groups else match.group(0)).strip()


# bodies of troops whose size is what was sent (see describe_figures)
_SENT_BODIES = frozenset({"force", "total force", "contingent", "deployment", "expeditionary force", "task force"})
# members of armed forces: a number of them put somewhere is the size of a deployment
_SERVICE_MEMBERS = frozenset("soldier troop troops trooper serviceman servicemen marine paratrooper infantryman "
                             "sailor reservist conscript mercenary peacekeeper".split())


def _put_at_group(text: str, lo: int, start: int) -> tuple[str, str, bool] | None:
    """(counted group, its head noun, whether a place follows it) when a number is what a
    source "put" a group "at": "put the number of police officers in the province at about
    4,000", "puts its total peacekeeping force at 9,000"; None otherwise."""
    before = text[max(lo, start - 120):start]
    if "put" not in before:
        return None
    put = _rx(r"\bput(?:s|ting)?\s+(?:the|its|their)\s+(?:(?:total\s+|overall\s+)?(?:number|size|strength)\s+of\s+(?:the\s+)?)?"
              r"((?:[\w’'-]+\s+){0,4}?[a-z][\w-]*)((?:\s+(?:in|inside)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?)?)"
              r"\s*at\s+[\"“]?(?:(?:about|around|roughly|some|nearly|almost|more\s+than|at\s+least|up\s+to|over|close\s+to)\s+)?$").search(before)
    if not put:
        return None
    group = put.group(1)
    return group, _singular(group.split()[-1].lower()), bool(put.group(2).strip())


_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")


def _column_header(text: str, at: int) -> tuple[str, str | None, tuple[str, float] | None] | None:
    """What the column of a table set with bars counts, for the figure at ``at``: the cell of
    its column in the nearest line above with as many bars and no figure alone in any cell
    ("State | Cases 2026 | Deaths 2026" over "Alpha | 2,310 | 9": "cases", "deaths"), in
    lower case, without its year, the year it names (or None), and the money its bare
    numbers are in (:func:`_table_money`, or None); None outside such a table."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    column, bars = text[line_start:at].count("|"), line.count("|")
    end = line_start - 1
    for _ in range(12):  # (a header a dozen rows up at most)
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        above = text[start:end]
        if not above.strip():
            end = start - 1
            continue  # (rows set a blank line apart, as paragraphs)
        if above.count("|") != bars:
            return None
        cells = [c.strip() for c in above.split("|")]
        if not any(FIGURE_CELL.fullmatch(c) for c in cells):
            # (what is counted, without when: "Cases same period 2025", "Deaths (2026)": cases, deaths)
            header = " ".join(_HEADER_WHEN.split(_YEAR_WORD.sub("", cells[column]).lower(), maxsplit=1)[0].strip(" :-").split())
            year = _YEAR_WORD.search(cells[column])
            if _PERIOD_CELL.fullmatch(cells[column]):
                # a column of a period ("3Q25", "Q3 2024", "H1", "Change"): the row's label says what
                # is counted; the table's money still scales its bare numbers
                return ("", year.group(0) if year else None, _table_money(text, start, cells, column))
            return (header, year.group(0) if year else None, _table_money(text, start, cells, column)) if header else None
        end = start - 1
    return None


# a table's column header that names a period or a change, not what is counted
_PERIOD_CELL = re.compile(r"(?i:[1-4]Q\s?\d{2,4}|Q[1-4](?:\s*(?:FY)?\d{2,4})?|[1-4]Q|H[12](?:\s*(?:FY)?\d{2,4})?|[1-9]M\s?\d{2,4}"
                          r"|FY\s?\d{2,4}|(?:19|20)\d\d|(?:first|second|third|fourth)\s+(?:quarter|half)(?:\s+\d{4})?"
                          r"|%\s*change|change(?:\s*\(?%\)?)?|y/y|yoy|q/q|chg)")
# a row's label that gives its own unit in brackets: "Cement (million tonnes)", "Margin (%)"
_LABEL_UNIT = re.compile(r"\((?:(?P<scale>thousand|million|billion)s?\s+)?(?P<unit>[^()\d]{1,20})\)\s*$", re.IGNORECASE)


def _table_money(text: str, header_start: int, cells: list[str], column: int) -> tuple[str, float] | None:
    """(currency, scale) a table's bare numbers are in, as its column's header cell, its
    first header cell or its title line just above the header writes it: "Sales (€ million)",
    "USD billions | H1 2026", "Results by unit, Q2 2026 (€ million)", "in millions of euros";
    None where none says so."""
    title, end = "", header_start - 1
    for _ in range(2):  # (the nearest line above the header with words, a blank line between at most)
        if end <= 0 or title:
            break
        start = text.rfind("\n", 0, end) + 1
        title, end = text[start:end].strip(), start - 1
    for place in (cells[column], cells[0], title if "|" not in title else ""):
        found = _money_scale().search(place)
        if found:
            return _money_of(found)
    return None


def _money_of(found: re.Match) -> tuple[str, float] | None:
    """(currency, scale) of a :func:`_money_scale` match; None for a currency no list names."""
    lex = lexicon()
    cur = found.group("cur") or found.group("cur2") or found.group("cur3")
    # (a currency many states name, "millions of pesos", is its word, as a sum in the text is)
    code = lex["currencies"].get(cur) or lex["currencies"].get(cur.lower()) or lex["currency_prefixes"].get(cur) \
        or (_singular(cur.lower()) if cur.lower() in _money_words() else None)
    scale = (found.group("scale") or found.group("scale2") or found.group("scale3")).lower()
    return (code, lex["scales"][scale if scale in lex["scales"] else scale.rstrip("s")]) if code else None


# a row of a table set as lines of a label and its figure, the year-ago one in brackets after
# it: "Revenue 31,420 (29,880)" (a label ending in its own unit, "Dividend per share, NOK", keeps it)
_LABEL_VALUE_ROW = re.compile(r"(?P<label>[A-Z][^\d\n|:]{1,60}?)[ \t]+[-+−]?\d[\d,.]*(?:[ \t]*\([-+−]?\d[\d,.]*\))?[ \t]*")


def _title_money(text: str, line_start: int) -> tuple[str, float] | None:
    """(currency, scale) the title over rows of labels and figures names ("Main figures,
    second quarter (NOK million)" over "Revenue 31,420 (29,880)"), the
    nearest line above that is no such row; None where it names none."""
    end = line_start - 1
    for _ in range(16):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        above = text[start:end].strip()
        end = start - 1
        if not above or _LABEL_VALUE_ROW.fullmatch(above):
            continue
        found = _money_scale().search(above) if len(above) <= 120 else None
        return _money_of(found) if found else None
    return None


@lru_cache(maxsize=1)
def _money_words() -> frozenset[str]:
    """The words of currencies many states name ("pesos", "shillings", "francs"), not their hundredths."""
    return frozenset(w.lower() for w in lexicon()["figure_class_nouns"]["money"] if not w.lower().startswith("cent"))


@lru_cache(maxsize=1)
def _money_scale() -> re.Pattern:
    lex = lexicon()
    currency = trie_alternation(list(lex["currencies"]) + list(lex["currency_prefixes"]) + sorted(_money_words()))
    scale = trie_alternation(list(lex["scales"]) + [f"{w}s" for w in ("thousand", "million", "billion", "trillion")])
    # "€ million", "USD billions", "US$m", "(€m)"; "millions of euros"; "(in billion won)"
    return re.compile(rf"(?<![\w$€£¥₹])(?P<cur>{currency})\s?(?P<scale>{scale})\b"
                      rf"|\b(?P<scale2>thousands|millions|billions)\s+of\s+(?:(?:US|U\.S\.)\s+)?(?P<cur2>{currency})\b"
                      rf"|\bin\s+(?P<scale3>thousand|million|billion|trillion)s?\s+(?P<cur3>{currency})\b",
                      re.IGNORECASE)


# a table's row written with a colon: a label, then its figure alone ("Alpha: 6,300")
_COLON_ROW = re.compile(r"[^:\n]{1,40}:[ \t]*[-+−–]?\d[\d.,]*[ \t]*%?")


def _table_title(text: str, line_start: int) -> str | None:
    """What the rows of a table written with colons count, from the title line above them
    ("Acres burned by county" over "Alpha: 6,300": "acres burned"): the nearest
    line above that is no row, has no figure and no sentence's stop; None where there is none."""
    end = line_start - 1
    for _ in range(16):  # (a title fifteen rows up at most)
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        above = text[start:end].strip()
        if not above:
            return None
        if not _COLON_ROW.fullmatch(above):
            if any(ch.isdigit() for ch in above) or above[-1:] in ".!?:" or len(above.split()) > 8:
                return None
            title = _HEADER_WHEN.split(_YEAR_WORD.sub("", above).lower(), maxsplit=1)[0]
            return " ".join(title.strip(" :-").split()) or None
        end = start - 1
    return None


_HEADER_WHEN = re.compile(r"\(|\b(?:same|this|last|previous|prior|in|by|per|for|at|on|to|week|month|year|quarter|ytd)\b")


def describe_figures(text: str, sentences: list[dict], rows: list[dict]) -> list[dict]:
    """Fill each figure's class, measure, counts (for "others"), subject, scope_place,
    scope_date and part_of from its sentence; rows are changed in place and returned."""
    pats = _measure_patterns()
    bounds = {s["id"]: (s["start"], s["end"]) for s in sentences}
    previous: dict | None = None
    vote_share = False  # the article has given a share of the vote: a bare "with 24.6 percent" is one too
    # each sentence's rows described so far, in order: what rows[:k] holds of row k's sentence,
    # without reading every earlier row of the article again at every row
    described: dict = {}
    for k, row in enumerate(rows):
        earlier = described.setdefault(row["sentence_id"], [])
        n_earlier = len(earlier)
        earlier.append(row)
        lo, hi = bounds[row["sentence_id"]]
        if _SENTENCE.get("bounds") != (lo, hi) or _SENTENCE.get("text") is not text:
            _SENTENCE.clear()
            _SENTENCE.update(bounds=(lo, hi), text=text)
        # a clause: from the figure before in the sentence to the one after
        clause_lo = max(lo, rows[k - 1]["end"]) if k and rows[k - 1]["sentence_id"] == row["sentence_id"] else lo
        clause_hi = min(hi, rows[k + 1]["start"]) if k + 1 < len(rows) and rows[k + 1]["sentence_id"] == row["sentence_id"] else hi
        counts = row["counts"] or ""
        if not counts and "|" in text[lo:hi]:
            # a row of a table set with bars: what its column counts, from the header above it
            header = _column_header(text, row["start"])
            if header:
                row["counts"] = counts = header[0]
                row["_column_year"] = header[1]
                label = text[lo:hi].split("|", 1)[0].strip()
                own = _LABEL_UNIT.search(label) if label.endswith(")") else None
                money = header[2] if not own or _money_scale().search(own.group(0)) else None
                if own and not money and row["unit"] is None and not row["vague"] and row["value"] is not None \
                        and own.group("scale") and pats["nouns"].get(_singular(own.group("unit").strip().lower())) in ("magnitude", "distance"):
                    # a row's own unit: "Cement sold (million tonnes) | 3.15" is 3.15 million tonnes
                    row["unit"] = _singular(own.group("unit").strip().lower())
                    scale = lexicon()["scales"][own.group("scale").lower()]
                    row.update({k: _scaled(row[k], scale) for k in ("value", "low", "high") if row[k] is not None})
                elif money and row["unit"] is None and not row["vague"] and row["value"] is not None:
                    # a bare number of a table "in € million" is that many millions of euros
                    row["unit"], scale = money
                    row.update({k: _scaled(row[k], scale) for k in ("value", "low", "high") if row[k] is not None})
                row["_row_label"] = label if label and not FIGURE_CELL.fullmatch(label) else None
        elif not counts and ":" in text[lo:row["start"]] and _COLON_ROW.fullmatch(text, lo, hi):
            # a table's row "Alpha: 6,300" under its title ("Acres burned by county"):
            # the title's unit is the row's, and the words after it its measure
            row["counts"] = counts = _table_title(text, lo) or ""
            row["_row_label"] = text[lo:hi].split(":", 1)[0].strip() if counts else None
            first, _, rest = counts.partition(" ")
            if row["unit"] is None and pats["nouns"].get(_singular(first)) in ("magnitude", "distance", "money"):
                row["unit"], row["_title_measure"] = _singular(first), rest or None
        elif not counts and row["unit"] is None and not row["vague"] and row["value"] is not None and "\n" not in text[lo:hi] \
                and (label_row := _LABEL_VALUE_ROW.fullmatch(text, lo, hi)) and not _rx(r".*,\s*\S+$").fullmatch(label_row.group("label")) \
                and (money := _title_money(text, lo)):
            # "Revenue 31,420 (29,880)" under "Main figures (NOK million)": millions of kroner
            row["unit"], scale = money
            row.update({k: _scaled(row[k], scale) for k in ("value", "low", "high") if row[k] is not None})
        row["_raw_counts"] = counts
        if (counts.endswith("ed") and _rx(r"\w+ed").fullmatch(counts) or counts.lower() in ("remain", "remains", "remained", "stay", "stayed")) \
                and counts.lower() not in pats["nouns"]:
            if row["unit"] and row["unit"].lower() in (counts.lower(), _singular(counts)):
                row["unit"] = None  # "fewer than 5,000 remain": no unit either
            row["counts"] = counts = ""  # "a crowd of about 28,000 watched": a verb, not a noun
        whole_noun = _rx(r"\s+of\s+(?:the|its|their|our|his|her|these|those)\s+(?:[\w’'-]+[’']s\s+)?"
                         r"(?:(?:new|latest|total|confirmed|reported|suspected|recorded|registered)\s+)?([a-z][\w-]*)\b") \
            .match(text[row["end"]:hi]) if not counts else None
        if whole_noun and _is_plural(whole_noun.group(1)):
            row["counts"] = counts = whole_noun.group(1)  # "300 of the club's supporters"
        # "14 of the injured": people, whatever their state is said to be
        of_people = bool(whole_noun) and not counts and pats["nouns"].get(whole_noun.group(1)) == "people"
        nxt = rows[k + 1] if k + 1 < len(rows) and rows[k + 1]["sentence_id"] == row["sentence_id"] else None
        if not counts and nxt and nxt["counts"] and row["unit"] is None \
                and _rx(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w’'-]+[’']s\s+)?"
                        r"(?:(?:last|first|next|past|previous|remaining|latest)\s+)?").fullmatch(text[row["end"]:nxt["start"]]):
            row["counts"] = counts = nxt["counts"]  # "about 9,000 of the yard's 11,500 production workers"
        if not counts and not row["vague"] and row["unit"] is None and previous and previous["class"] in ("people", "objects") \
                and _rx(r"\s+more\b(?!\s+than\b)").match(text, row["end"], hi):
            # "30 people died and 12 more were hurt", "214 more": the noun is
            # elided, and it is the one the figure before counted (a vague "dozens more" keeps
            # none: golds leave its unit empty)
            row["counts"] = counts = previous["counts"] or ""
            row["unit"] = previous["unit"]
        if not counts or row["vague"] and row["unit"] is None:
            put_at = pats["put_at"].search(text, max(lo, row["start"] - 40), row["start"])
            if put_at:
                counts = put_at.group(1)  # "a crowd of about 28,000": the crowd is what is counted
                if row["vague"] and row["unit"] is None and _is_plural(counts.split()[-1]):
                    # 'put casualties at "several hundred"': a vague magnitude of the noun put at it
                    row["counts"], row["unit"] = counts, _singular(counts.split()[-1])
        if row["unit"] is None and row["mention"][:1] in "+-−" and k and rows[k - 1]["sentence_id"] == row["sentence_id"] \
                and rows[k - 1]["unit"] == "percent" and _rx(r"\s*[,(]\s*").fullmatch(text[rows[k - 1]["end"]:row["start"]]):
            row["unit"] = "percentage point"  # "(40.4%, +40.4)", "14.2% (+1.1)": the change of the share before it
        head = _singular(counts.split(" of ")[0].split()[-1]) if counts else None
        if row["unit"] in ("fraction", "percent", "times") and not (row["unit"] == "times" and row["mention"][-5:].lower() == "times"):
            row["class"] = "share"
        elif counts and pats["pronoun"].match(counts):
            # "3,200 others were hurt": the group of the people figure before
            if previous and previous["class"] == "people":
                row["counts"] = previous["counts"]
                head = previous.get("_head")
            else:
                row["counts"], head = "people", "people"
            row["class"] = "people"
            if row["unit"] and pats["pronoun"].match(row["unit"]):
                row["unit"] = _singular(row["counts"].split()[-1]) if row["counts"] else None
        else:
            row["class"] = _figure_class(row, head, text, lo)
            if of_people and row["class"] == "objects":
                row["class"] = "people"
        if row["vague"] and row["class"] in ("people", "objects"):
            # "several hundred", "dozens of soldiers", "hundreds of homes": a vague count has no
            # unit, as the seed's gold gives none to its counts and the shared gold README's
            # units are unit words (week, percent, USD), not counted nouns; what is counted stays
            # in counts.  The blind golds since rw25 read it so, people 35 to 1 and things 22 to 2
            # (the older ones gave the noun)
            row["unit"] = None
        row["_head"] = head
        tally = row.pop("_tally", None)
        if tally:
            # a vote tally, else a score: votes for and against, or what each side scored
            voted = pats["vote_cue"].search(text, lo, hi) is not None
            row["class"] = "objects" if voted else "events"
            row["measure"] = ({"for": "votes for", "against": "votes against"}.get(tally, "votes")) if voted else "score"
            row["subject"] = row["scope_place"] = row["scope_date"] = row["part_of"] = None
            continue
        # "Five of the dead were women", "accounted for 389 of the new admissions": the whole names
        # what happened to the part, unless a state of its own is said ("14 of the injured were in
        # critical condition"); "Of the deaths, four were recorded in the capital": the same, fronted
        whole = whole_noun.group(1) if whole_noun else None
        # the group a part is taken from, for part_of below ("four of the dead": a subset of the dead)
        group_of = _rx(r"^\s+of\s+").sub("", whole_noun.group(0)) if whole_noun else None
        if not whole and row["class"] in ("objects", "people") and not row["counts"]:
            fronted = pats["fronted_whole"].match(text, lo, row["start"])
            whole = fronted.group(1) if fronted else None
        whole_measure = _dictionary_phrase(whole, "people") if whole else None
        if whole_measure and row["class"] == "objects" and whole_measure in _PEOPLE_MEASURES:
            row["class"] = "people"
        # a figure that names its own measure ("12 dead and 30 missing") keeps it: no list,
        # restatement or whole below may give it the measure of another figure
        own = _own_measure(text, row["end"], hi, row["class"]) or _RATING_MEASURES.get(row["unit"]) \
            or ("change" if row["unit"] == "percentage point" and row["mention"][:1] in "+-−" else None)
        row["measure"] = own or _measure(row, row["class"], head, text, clause_lo, clause_hi, lo, hi)
        if row.get("_title_measure") and row["measure"] in (None, row["class"]):
            row["measure"] = row["_title_measure"]  # "Acres burned by county": burned
        if row["measure"] is None and row["mention"][:1] in "+-−" and row["unit"] == "percent":
            row["measure"] = "growth" if row["mention"][0] == "+" else "fall"  # "Industrial output: +3.4%"
        if row["class"] == "people" and row["measure"] in ("people", "person"):
            row["measure"] = None  # (what is counted is no measure of it: "tens of thousands" with no predicate)
        elif row["class"] == "people" and row["measure"] in ("loss", "losses"):
            row["measure"] = "killed or wounded"  # "losses could climb into the thousands": troops lost are casualties
        if row["class"] == "objects" and not row["counts"] and not row["unit"] and row["measure"] \
                and row["measure"].startswith("in ") and row["measure"].endswith(" condition"):
            row["class"] = "people"  # "Two are in critical condition": only people are in a condition
        if whole_measure and not own and (row["measure"] is None or row["measure"] not in pats["surface"].values()
                                          and not row["measure"].startswith("in ")):
            row["measure"] = whole_measure
        # (a bare number, "including 1,010 in the capital", is elided against the count before: see _elided)
        bare = row["class"] == "objects" and not row["counts"] and not row["unit"]
        same = [r for r in earlier[:n_earlier] if r["measure"]
                and (r["class"] == row["class"] or bare and r["class"] == "people")]
        if row["measure"] == "followed" and same:
            row["measure"] = same[-1]["measure"]  # "8,210 evacuees, followed by Riverside with 5,640": a ranking, one measure
        generic = not own and (row["measure"] in (None, "duration", "distance", "magnitude", head, _plural(head) if head else None)
                               or row["measure"] in pats["inherit_nouns"]) \
            and row["measure"] not in ("cases", "deaths")
        restated = not own and _restates(text, row, same[-1] if same else None, lo) \
            and (generic or row["measure"] == "included" or not pats["part_gap"].search(text, same[-1]["end"] if same else lo, row["start"]))
        if same and (restated or generic and _rx(r"\s*(?:,|and|or|,\s*and)?\s*").fullmatch(text[same[-1]["end"]:row["start"]])):
            row["measure"] = same[-1]["measure"]  # "up from 19.2 percent", "(roughly $95,000)", "the remaining 18"
        elif generic and k and rows[k - 1]["sentence_id"] == row["sentence_id"] and rows[k - 1]["measure"] \
                and (rows[k - 1]["class"] == "share") == (row["class"] == "share") \
                and (_rx(r"\s*(?:[\w’'-]+\s+){0,2}?and\s+(?:about\s+|some\s+|around\s+|nearly\s+)?").fullmatch(
                    text[rows[k - 1]["end"]:row["start"]])
                     or _verb_measured(rows[k - 1]) and _rx(r"\s*(?:[\w’'-]+\s+){0,4}?(?:[\w’'-]+\s*,\s*(?:and\s+)?|and\s+)"
                                                           r"(?:about\s+|some\s+|around\s+|nearly\s+)?").fullmatch(
                    text[rows[k - 1]["end"]:row["start"]])):
            # "found 19 tanker trucks and about 340,000 soles"; "lost 22 tanks, 19 infantry fighting
            # vehicles and 41 artillery pieces": the items of a verb's list share its measure
            row["measure"] = rows[k - 1]["measure"]
        elif row["measure"] is None and same:
            row["measure"] = same[-1]["measure"]  # "50.8 percent of the vote, against 46.9% for X"
        elif generic and previous and pats["put_number"].search(text, max(lo, row["start"] - 40), row["start"]):
            row["measure"] = previous["measure"]  # "The association put the number at more than 6,000."
        elif row["measure"] in ("total", "number", "tally") and same:
            # "412 new cases, bringing the total this year to 9,870": a total of the same thing
            row["measure"] = same[-1]["measure"]
            row["class"], row["unit"] = same[-1]["class"], row["unit"] or same[-1]["unit"]
        elif row["class"] == "share" and generic and k and rows[k - 1]["sentence_id"] == row["sentence_id"] \
                and rows[k - 1].get("_head") in ("vote", "ballot") \
                and _rx(r"(?:\s+[\w-]+)?\s*,?\s*or\s+(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+over\s+|just\s+under\s+)?").fullmatch(text[rows[k - 1]["end"]:row["start"]]):
            row["measure"] = "share of the vote"  # "2.3 million votes, or 48 percent"
        elif row["class"] == "share" and generic and (vote_share or pats["vote_words"].search(text, lo, hi)) \
                and _rx(r"\b(?:with|on|won|took|polled)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$").search(text[max(lo, row["start"] - 20):row["start"]]):
            row["measure"] = "share of the vote"  # "Civic Alliance came first with 24.6 percent"
        before_row = rows[k - 1] if k and rows[k - 1]["sentence_id"] == row["sentence_id"] else None
        if before_row and head and not own and before_row["class"] == row["class"] \
                and _rx(r"\s*(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+[’']s\s+)?") \
                .fullmatch(text[before_row["end"]:row["start"]]):
            # the whole in "92 of the 276 constituencies": what it counts, or what was done to it
            # ("54 of the 78 drones launched")
            done = _rx(r"\s+(?:[\w’'-]+\s+){0,2}?([a-z]+ed)\b").match(text[row["end"]:hi])
            row["measure"] = done.group(1) if done and head in text[row["end"]:row["end"] + done.start(1)] else _plural(head)
        which = _rx(r"\s+of\s+(?:which|whom)\b").match(text[row["end"]:hi])
        if which and previous and previous["measure"] in ("cases",) and row["measure"] not in _measure_patterns()["surface"].values():
            row["measure"] = f"{row['measure']} cases" if row["measure"] else "cases"  # "38 of which had been confirmed"
        if row["measure"] == "magnitude" and row["class"] == "objects" and not row["unit"]:
            row["class"] = "magnitude"  # "put the magnitude at 6.5": a reading on a scale, no count of things
        vote_share = vote_share or row["measure"] == "share of the vote"
        if row["class"] == "events" and head and not own and row["measure"] in _PEOPLE_MEASURES | {"sent"} \
                and _rx(r"\b(?:into|in|during|across)\s+[\"“‘']?$", re.IGNORECASE).search(text, max(lo, row["start"] - 10), row["start"]):
            # 'sent into "several" infantry assaults', "killed in three attacks": the verb is the
            # people's; the events counted after a preposition are measured as themselves
            row["measure"] = _plural(head)
        if _may_hold(text[max(lo, row["start"] - 16):row["start"]], "minus", "±") \
                and _rx(r"(?:\bplus\s+or\s+minus|±)\s*$", re.IGNORECASE).search(text, max(lo, row["start"] - 16), row["start"]):
            # "inflation of 5 percent, plus or minus 2.5 percentage points": a band either side
            row["measure"] = "margin of error" if _rx(r"margin\s+of\s+error", re.IGNORECASE).search(
                text, max(lo, row["start"] - 60), row["start"]) else "tolerance band"
        if row["class"] == "magnitude" and row["unit"] == "times" and not own and row["measure"] in (None, "times", "time", "magnitude"):
            row["measure"] = "ratio"  # "almost three times the earlier estimate"
        if not own and (not row["counts"] and row["class"] == "objects" or row["class"] == "people") and row["measure"] in _SENT_BODIES:
            # "put the contingent at about 2,600", "a force of roughly 2,600", "estimates the
            # deployment at 4,300 soldiers": the size of a body of troops sent somewhere, with no verb of its own
            row["class"], row["measure"] = "people", "sent"
        elif not own and row["class"] == "objects" and not row["counts"] and not row["unit"] and row["measure"] is None:
            put = _put_at_group(text, lo, row["start"])
            if put and (put[1] in _SENT_BODIES or pats["nouns"].get(put[1]) == "people"):
                # "put the number of marines in the Gulf at about 3,000", "put its peacekeeping
                # force at 9,000": people; service members placed somewhere (or a body of them) deployed
                row["class"], row["counts"] = "people", put[0]
                if put[1] in _SENT_BODIES or put[1] in _SERVICE_MEMBERS and put[2]:
                    row["measure"] = "deployed"
        if row["class"] == "objects" and row["measure"] in _PEOPLE_MEASURES and (head or "") not in pats["nouns"]:
            row["class"] = "people"  # "the toll stands at 47", "killing at least 84"
        elif row["class"] == "objects" and not row["counts"] and row["measure"] \
                and row["measure"].split()[0] in pats["people_levels"]:
            row["class"] = "people"  # "headcount fell by 1,240 to 186,300": a number of people
        row["subject"] = _subject(row, row["counts"] or "", text, lo, hi)
        row["scope_place"] = _scope(pats["place"], text, row, lo, hi)
        row["scope_date"] = _scope(pats["date"], text, row, lo, hi)
        if row.get("_row_label"):
            # a table's row names what its figures are of ("Alpha | 2,310 | 9"), and its column
            # header the year ("Cases 2024"): rows of one column are no two values of one measure
            row["subject"] = row["subject"] or row["_row_label"]
            row["scope_date"] = row["scope_date"] or row.get("_column_year")
        whole = pats["whole_after"].match(text, row["end"], hi)
        if whole:
            row["part_of"] = whole.group(1)
        elif previous and _may_hold(text[max(lo, row["start"] - 40):row["start"]], "them", "those", "whom", "including", "these") \
                and pats["part_before"].search(text, max(lo, row["start"] - 40), row["start"]):
            row["part_of"] = previous["mention"]
        elif group_of and whole_measure:
            row["part_of"] = group_of  # "four of the dead were children": a part of the dead, not another toll
        else:
            row["part_of"] = None
        if row["class"] in ("people", "objects", "money", "share"):
            previous = row
    for k in range(len(rows) - 2, -1, -1):
        row, nxt = rows[k], rows[k + 1]
        head = row.get("_head")
        nxt_head = nxt.get("_head")
        if nxt["sentence_id"] == row["sentence_id"] and nxt["measure"] and row["class"] in ("people", "objects") \
                and nxt["measure"] not in (nxt_head, _plural(nxt_head) if nxt_head else None) \
                and row["measure"] in (None, head, _plural(head) if head else None) \
                and (row["measure"] or "") not in _measure_patterns()["surface"].values() \
                and _rx(r"(?:\s+[\w’'-]+){0,3}?\s*(?:,|\s+and|\s+or|,\s+and)\s+").fullmatch(text[row["end"]:nxt["start"]]):
            row["measure"] = nxt["measure"]  # "400 tents and 900 food packets had been dispatched"
    for k, row in enumerate(rows):
        if row["class"] == "objects" and not row["counts"] and not row["unit"]:
            _elided(rows, k, text)
    _SENTENCE.clear()
    for row in rows:
        row.pop("_head", None)
        row.pop("_raw_counts", None)
        row.pop("_title_measure", None)
        row.pop("_row_label", None)
        row.pop("_column_year", None)
    return rows


def _elided(rows: list[dict], k: int, text: str) -> None:
    """A bare number takes the class and unit of the figure it is elided against: "12 and
    eight years" (the one after), "to 420 litres a second from 610", "almost six against
    four tonnes" (the one before)."""
    row = rows[k]
    nxt = rows[k + 1] if k + 1 < len(rows) and rows[k + 1]["sentence_id"] == row["sentence_id"] else None
    prev = rows[k - 1] if k and rows[k - 1]["sentence_id"] == row["sentence_id"] else None
    source = None
    if nxt and _rx(r"\s*(?:and|or|to|-|–)\s*").fullmatch(text[row["end"]:nxt["start"]]):
        source = nxt
    elif prev and _rx(r"\b(?:from|against|than|versus|vs|compared with)\s+$|\bto\s+[A-Z][\w’'-]*(?:[’']s?)?\s+$").search(text[prev["end"]:row["start"]]):
        source = prev
    elif prev and prev["class"] == "people" and prev["end"] < row["start"] and text[row["end"]:row["end"] + 1] != "-":
        source = prev  # "had about 16,000 residents; fewer than 5,000 remain"
    if source:
        row["class"], row["unit"] = source["class"], source["unit"]
        generic = (None, row["counts"], _plural(row["counts"]) if row["counts"] else None)
        if source is prev and row["measure"] in generic and source["measure"]:
            row["measure"] = source["measure"]  # "four tonnes a hectare, against almost six"
        if source["class"] == "people" and source is prev and not row["measure"]:
            row["counts"] = source["counts"]

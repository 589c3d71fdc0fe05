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
from functools import lru_cache

from ..lexicon import alternation, lexicon

_NUMERAL = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MULTIPLIER = re.compile(r"twice|doubl|tripl|fold", re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> dict:
    lex = lexicon()
    number_word = alternation(lex["number_words"])
    words_number = rf"(?:{number_word})(?:(?:\s+and\s+|\s+|-)(?:{number_word}))*"
    scale = alternation(lex["scales"])
    currency_sign = alternation([c for c in lex["currencies"] if not c.isalpha()])
    # "Rs 12 crore", "USD 40 million": abbreviations, so their case is matched exactly
    currency_prefix = alternation(lex["currency_prefixes"])
    atom = (
        # a crowd word first: "tens of thousands marched" is one crowd, not "tens of" + noun
        rf"(?P<crowd>(?:{alternation(lex['vague_crowds'])}))(?=\s+(?!of\b)[a-z]|[,.;:]|$)"
        rf"|(?P<vague>(?:{alternation(lex['vague_quantities'])}))(?=\s)"
        rf"|(?P<qty>(?:{alternation(lex['quantity_words'])}))(?=[\s,.;:]|$)"
        rf"|(?:(?P<cur>{currency_sign})\s?|(?-i:(?P<curw>{currency_prefix}))\s?)?(?P<num>{_NUMERAL})"
        # broadcasters hyphenate a spoken scale ("25-hundred", "40-thousand"); a hyphen before
        # a one-letter scale is a unit ("a 5-m wall"), hence the four letters
        rf"(?:(?:\s?|-(?=[a-z]{{4}}))(?P<scale>{scale})\b)?"
        rf"|(?P<words>{words_number})\b"
    )
    months = alternation(["January", "February", "March", "April", "May", "June", "July", "August",
                          "September", "October", "November", "December", *lex["month_abbreviations"]])
    return {
        "atom": re.compile(rf"(?<![\w.,])(?:{atom})", re.IGNORECASE),
        "approx": re.compile(rf"(?:^|(?<=\W))(?:{alternation(lex['approximators'])})\s+$", re.IGNORECASE),
        "between": re.compile(r"(?:between|from)\s+$", re.IGNORECASE),
        "range_join": re.compile(r"\s*(?:-|–|—|to|and)\s*", re.IGNORECASE),
        "percent": re.compile(rf"\s?(?:{alternation(lex['percent_words'])})(?![\w])", re.IGNORECASE),
        "currency_word": re.compile(rf"\s+(?:{alternation([c for c in lex['currencies'] if c.isalpha()])})\b", re.IGNORECASE),
        "identifier_before": re.compile(rf"(?:\b(?:{alternation(lex['identifier_words'])})\s*|[A-Za-z]-|[A-Za-z]|#)$"),
        "capital_before": re.compile(r"\b([A-Z][A-Za-z]+)\s$"),
        "month_near": re.compile(rf"(?:\b(?:{months})\.?\s*$)"),
        "month_after": re.compile(rf"^\s*(?:{months})\b"),
        # a letter against the number makes it an identifier ("S60", "3rd"), unless it is a unit ("41C")
        "not_count": re.compile(rf"^\s*(?:{alternation(lex['not_count_nouns'])})(?!\w)|^(?:st|nd|rd|th)\b|^:\d"
                                rf"|^(?!(?-i:{alternation(lex['glued_units'])})(?![A-Za-z]))[A-Za-z]", re.IGNORECASE),
        "glued_unit": re.compile(rf"(?-i:{alternation(lex['glued_units'])})(?![A-Za-z])"),
        # "Tel: +264 61 208 7000": digit groups of a phone number or a code
        "digit_run_before": re.compile(rf"(?:\+|\d\s|\b(?:{alternation(lex['phone_words'])}):?\s*)$"),
        "digit_run_after": re.compile(r"^\s\d"),
        "not_many": re.compile(rf"\b(?:{alternation(lex['not_many_before'])})\s+$", re.IGNORECASE),
        "fraction_modifier": re.compile(r"^\s+(?!of\b|a\b|more\b|less\b|fewer\b|in\b|on\b|by\b|to\b|from\b|and\b|or\b|as\b|than\b|since\b|over\b|the\b)[a-z]+", re.IGNORECASE),
        "one_not_count": re.compile(rf"\b(?:{alternation(lex['one_not_count'])})\b", re.IGNORECASE),
        "one_determiner": re.compile(rf"\b(?:{alternation(lex['one_determiner_before'])})\s+$", re.IGNORECASE),
        "one_counts": re.compile(r"\s+(?:of|in|out\s+of)\s", re.IGNORECASE),
        "ordinal_before": re.compile(r"\b(?:first|second|third|fourth|final|last|latter|former)[\s-]+$", re.IGNORECASE),
        "duration_and": re.compile(r"\s+(?P<u>years?|months?|weeks?|days?|hours?|minutes?)\s+and\s+$", re.IGNORECASE),
        "duration_unit": re.compile(r"\s+(?P<u>years?|months?|weeks?|days?|hours?|minutes?)\b", re.IGNORECASE),
        "one_of_count": re.compile(rf"\s+of\s+(?:(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w’'-]+[’']s\s+)?(?:{number_word}|\d)|(?:them|us|those|these)\b)", re.IGNORECASE),
        "np_stop": re.compile(r"^(?:in|on|at|near|from|to|with|by|for|since|during|over|as|have|has|had|were|was|are|is|will|would|been|be|who|that|which|and|or|but|than|after|before|into|across|under|while|when|because|if|per|each|of|a|an|the|said|says|told|more|less|fewer|whom|whose|its|their|his|her|could|may|might|should|can|must|did|do|does)$", re.IGNORECASE),
    }


def _value(match: re.Match) -> tuple[float | None, str | None]:
    """(value, currency) of one number atom; value None for vague quantities."""
    lex = lexicon()
    if match.group("vague") or match.group("crowd"):
        return None, None
    if match.group("qty"):
        key = re.sub(r"\s+", " ", match.group("qty").lower())
        return float(lex["quantity_words"][key]), None
    if match.group("num"):
        value = float(match.group("num").replace(",", ""))
        scale = match.group("scale")
        if scale:
            value *= lex["scales"][scale.lower()]
        currency = lex["currencies"].get(match.group("cur")) if match.group("cur") else None
        if match.group("curw"):
            currency = lex["currency_prefixes"][match.group("curw")]
        return value, currency
    from text_to_num import text2num

    phrase = re.sub(r"-", " ", match.group("words").lower())
    try:
        return float(text2num(phrase, "en")), None
    except ValueError:
        return None, None


def _floor(match: re.Match) -> float | None:
    """The least a vague magnitude means, by ACLED's convention ("dozens" 12, "thousands"
    1,000), or None; kept as the figure's ``low`` while its value stays empty."""
    phrase = match.group("vague") or match.group("crowd")
    if not phrase:
        return None
    key = re.sub(r"\s+of$", "", re.sub(r"\s+", " ", phrase.lower()))
    floor = lexicon()["vague_floors"].get(key)
    return None if floor is None else float(floor)


def _singular(word: str) -> str:
    lower = word.lower()
    if lower in _plural_nouns() or lower in ("data", "news"):
        return lower
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if re.search(r"(?:ss|sh|ch|x|z)es$", lower):
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
    return len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is")) \
        and not token.isupper() and not re.search(r"[’']", token)


def _counted(text: str, pos: int, end: int, plural: bool = False) -> tuple[str | None, str | None]:
    """(counts, head noun) of the noun phrase after a number; ``plural`` when the number
    counts more than one (the head is then the first plural noun)."""
    pats = _patterns()
    rest = text[pos:end]
    rest = re.sub(r"^\s+of\s+", " ", rest)
    tokens = re.findall(r"[A-Za-zÀ-ÿ][\w’'\-]*|[^\sA-Za-zÀ-ÿ]", rest)
    phrase: list[str] = []
    for token in tokens[:8]:
        if not re.match(r"[A-Za-zÀ-ÿ]", token) or pats["np_stop"].match(token):
            break
        phrase.append(token)
    if not phrase:
        return None, None
    if plural:
        # "farmers drove tractors", "constituencies simply": without a tagger, the head of
        # a plural count is its first plural noun; what follows it is the clause's verb.
        for k, token in enumerate(phrase):
            if _is_plural(token):
                phrase = phrase[:k + 1]
                break
    while len(phrase) > 1 and phrase[-1].lower().endswith("ly"):
        phrase.pop()  # an adverb ends the noun phrase
    head = phrase[-1]
    # "weeks of training": keep one "of"-complement for what is counted
    after = rest[rest.find(head) + len(head):] if head in rest else ""
    complement = re.match(r"\s+of\s+((?:[A-Za-z’'\-]+\s?){1,3})", after)
    counts = " ".join(phrase)
    if complement:
        comp = []
        for token in complement.group(1).split():
            if pats["np_stop"].match(token):
                break
            comp.append(token)
        if comp:
            counts += " of " + " ".join(comp)
    return counts, _singular(head)


def _excluded(text: str, start: int, end: int, match: re.Match, sentence_start: int) -> bool:
    pats = _patterns()
    before = text[max(sentence_start, start - 20):start]
    after = text[end:end + 20]
    if match.group("num"):
        raw = match.group("num")
        if pats["identifier_before"].search(before) or pats["not_count"].search(after):
            return True
        capital = pats["capital_before"].search(before)
        if capital and capital.group(1) not in lexicon()["not_name_words"] and not match.group("cur") \
                and not pats["approx"].search(capital.group(0)):
            return True  # "Boeing 737", "Apollo 11": a name with a number is an identifier
        if pats["month_near"].search(before) or pats["month_after"].search(after):
            return True  # "December 16", "16 December"
        if re.fullmatch(r"\d{4}", raw) and 1800 <= int(raw) <= 2100 and not (match.group("cur") or match.group("curw")) \
                and not match.group("scale") and not pats["percent"].match(after):
            return True  # a year
        if re.match(r"^[.:]\d", after) or re.match(r"^/\d", after) or before.endswith("/"):
            return True  # clock times, fractions of identifiers, scores
        if not match.group("cur") and (pats["digit_run_before"].search(before) or pats["digit_run_after"].match(after)):
            return True  # phone numbers, codes
    if match.group("vague") and match.group("vague").lower() == "many" and pats["not_many"].search(before):
        return True  # "how many", "as many as"
    if match.group("qty") and match.group("qty").lower() in ("a third", "a quarter", "a fifth", "a tenth") \
            and pats["fraction_modifier"].match(after):
        return True  # "a third year in a row": an ordinal, not a share
    if match.group("qty") and match.group("qty").lower() == "half" and pats["ordinal_before"].search(before):
        return True  # "the second half of the match": a period, not a share
    if match.group("words"):
        phrase = match.group("words").lower()
        if phrase == "one" and pats["one_not_count"].search(text[max(sentence_start, start - 6):end + 8]) \
                and not pats["one_of_count"].match(text, end):
            return True  # "one of the", but "one of the plant's two lines" counts one line
        if phrase == "one" and pats["one_determiner"].search(before) and not pats["one_counts"].match(text, end):
            return True  # "in one incident": a determiner that picks out a case
        if pats["month_after"].search(after) or pats["month_near"].search(before):
            return True
        if pats["not_count"].search(after) and not after.startswith((" ", "-")):
            return True
    return False


def _compound_duration(text: str, atoms: list, i: int, value: float, end: int, limit: int):
    """(value, end, unit) of "six years and eight months" added up in its smaller unit, or None."""
    if i + 1 >= len(atoms):
        return None
    pats, units = _patterns(), lexicon()["duration_units"]
    joined = pats["duration_and"].match(text[end:atoms[i + 1].start()])
    second, _ = _value(atoms[i + 1])
    tail = pats["duration_unit"].match(text, atoms[i + 1].end(), limit)
    if not joined or second is None or not tail or joined.end() != atoms[i + 1].start() - end:
        return None
    (base1, factor1), (base2, factor2) = units[_singular(joined.group("u"))], units[_singular(tail.group("u"))]
    if base1 != base2:
        return None
    return value * factor1 + second * factor2, tail.end(), base1


def _row(sentence: dict, text: str, start: int, end: int, value: float, unit: str) -> dict:
    return {"sentence_id": sentence["id"], "start": start, "end": end, "mention": text[start:end],
            "value": value, "low": None, "high": None, "approximate": False, "vague": False,
            "unit": unit, "counts": None, "claimant": None, "certainty": None}


def extract_figures(text: str, sentences: list[dict]) -> list[dict]:
    """Rows of the figures table (claimant filled in later from the claims)."""
    pats = _patterns()
    rows = []
    for sentence in sentences:
        s, e = sentence["start"], sentence["end"]
        atoms = [m for m in pats["atom"].finditer(text, s, e) if m.group(0).strip()]
        i = 0
        while i < len(atoms):
            match = atoms[i]
            start, end = match.start(), match.end()
            if _excluded(text, start, end, match, s):
                i += 1
                continue
            value, currency = _value(match)
            vague = match.group("vague") is not None
            low, high = _floor(match), None
            approximate = False
            # a range: "4,000-4,500", "between 10 and 12", "10 to 12"
            if i + 1 < len(atoms) and not vague:
                join = pats["range_join"].match(text, end, atoms[i + 1].start())
                nxt = atoms[i + 1]
                if join and join.end() == nxt.start() and nxt.group("vague") is None:
                    second, currency2 = _value(nxt)
                    between = pats["between"].search(text[max(s, start - 10):start])
                    word = join.group(0).strip().lower()
                    # "rose from $2 million to $30 million" is a change: two figures, not a range
                    change = word == "to" and between is not None and between.group(0).lower().startswith("from")
                    if second is not None and value is not None and (word != "and" or between) and not change \
                            and not _excluded(text, nxt.start(), nxt.end(), nxt, s):
                        if nxt.group("scale") and not match.group("scale") and value < second:
                            value *= lexicon()["scales"][nxt.group("scale").lower()]
                        low, high = value, second
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
            approx = pats["approx"].search(text[max(s, start - 30):start])
            if approx:
                start -= len(approx.group(0))
                approximate = True
            unit = currency
            glued = pats["glued_unit"].match(text, end, e) if match.group("num") and not currency else None
            if glued:
                end = glued.end()
                unit = lexicon()["glued_units"][glued.group(0)]
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
            counts, head = _counted(text, end, e, plural=vague or (value is not None and value > 1))
            if crowd and not (head and _is_plural(counts.split()[0])):
                # "displace thousands", "thousands marched": a bare crowd word counts people
                head = counts = "people"
            elif vague and not head:
                i += 1
                continue  # "several" alone counts nothing we can name
            if match.group("qty") and value is not None and (value < 1 or _MULTIPLIER.search(match.group("qty"))):
                # "two-thirds of the ballots", "almost threefold": a share, whatever follows
                unit = "fraction" if value < 1 else "times"
            if unit is None:
                unit = head
            if vague and not crowd:  # "a few weeks": the mention carries the noun, there is no number
                noun = re.match(rf"\s+(?:[\w’'-]+\s+){{0,2}}?{re.escape(counts.split()[0])}", text[end:e])
                if noun:
                    end += noun.end()
            rows.append({
                "sentence_id": sentence["id"], "start": start, "end": end, "mention": text[start:end],
                "value": value, "low": low, "high": high, "approximate": approximate or vague,
                "vague": vague, "unit": unit, "counts": counts, "claimant": None, "certainty": None,
            })
            i += 1
    return describe_figures(text, sentences, rows)


# --- what each figure measures ---------------------------------------------------------
# Everything below reads only the figure's own sentence (and the figure before it), so the
# cost per article stays a few short regex searches per figure.

# Measures that only a figure of these classes can have ("faces 20 years in prison on each
# of four counts": the four counts are no prison sentence).
_AUXILIARIES = re.compile(r"\b(?:were|was|have|has|had|been|being|are|is|be|also|reportedly|later|all|now)\b", re.IGNORECASE)
_MEASURE_CLASSES = {"prison sentence": {"duration"}, "seats won": {"objects"}, "share of the vote": {"share"},
                    "turnout": {"share"}, "age": {"age"}, "magnitude": {"magnitude"}, "inflation": {"share"},
                    "growth": {"share", "money"}}
# Measures that count people whatever noun (or none) goes with the number ("the toll stands at 47").
_PEOPLE_MEASURES = frozenset({"dead", "injured", "missing", "rescued", "hospitalised", "arrested", "displaced",
                              "evacuated", "cases", "charged", "convicted", "protested"})


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
    months = ("January|February|March|April|May|June|July|August|September|October|November|December"
              "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
    days = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    name = r"[A-Z][\w&’'-]*(?:\.(?=\w))?(?:\s+(?:(?:of|de|del|du|la|al|and)\s+)?[A-Z][\w&’'-]*(?:\.(?=\w))?)*"
    return {
        "surface": surface,
        "longest": max(len(f.split()) for f in surface),
        "firsts": frozenset(f.split()[0] for f in surface),
        "measure": re.compile(rf"(?<![\w-])(?:{alternation(surface)})(?![\w-])", re.IGNORECASE),
        "change": re.compile(rf"(?<![\w-])(?:{alternation(changes)})(?![\w-])", re.IGNORECASE),
        "changes": changes,
        "money_noun": re.compile(rf"(?<![\w-])(?:{alternation(money)})(?![\w-])", re.IGNORECASE),
        "nouns": nouns,
        "pronoun": re.compile(rf"^(?:{alternation(lex['figure_pronoun_counts'])})\b", re.IGNORECASE),
        "participle": re.compile(r"(?<![\w-])((?:been\s+|being\s+)?(?:[a-z]+ly\s+)?[a-z]{3,}ed(?:\s+(?:up|out|off|away|down|over))?)(?![\w-])"),
        "age_after": re.compile(r"^(?:-year-old|\s+years?\s+old|-years?-old)|^\s*,\s*(?:was|is|who|had|has|\w+ed)\b|^\)"),
        "age_before": re.compile(r"(?:\baged\s+|\bage\s+(?:of\s+)?|[A-Z][\w’'-]+,\s+|\()$"),
        "whole_after": re.compile(rf"\s+(?:out\s+)?of\s+(?:the\s+|a\s+|its\s+)?(?:total\s+of\s+)?((?:{_NUMERAL})(?:\s+(?:{alternation(lex['scales'])}))?|{alternation(lex['number_words'])})\b", re.IGNORECASE),
        "part_before": re.compile(r"(?:\b(?:of\s+them|of\s+those|of\s+whom|among\s+them|among\s+those|including|of\s+these)[,:]?\s+(?:[\w-]+\s+){0,2})$", re.IGNORECASE),
        "possessive": re.compile(rf"({name})[’']s?\s+(?:[^\s,;]+\s+){{0,5}}$"),
        "agent": re.compile(rf"(?:^|[^\w’'])(?:the\s+)?({name})\s+(?:[a-z]+\s+){{0,3}}?(?:won|took|secured|gained|got|captured|claimed|followed|came|trailed|finished|posted|reported|recorded|earned|made|lost|had|has|sent|deployed|spent|raised|sold|paid|received|polled|garnered|obtained|announced|invested|pledged|approved)\b[^,;]{{0,60}}$"),
        "by_agent": re.compile(rf"[^,;]{{0,40}}?\b(?:won|taken|secured|held|sent|deployed|posted|reported|paid|invested|pledged)\s+by\s+(?:the\s+)?({name})"),
        "place": re.compile(rf"\b(?i:in|at|near|across|throughout|inside|outside|around|off|from)\s+(?:the\s+)?((?!(?:{months}|{days})\b){name})"),
        "date": re.compile(
            rf"\b(?:(?:since|on|in|during|by|until|through|from|before|after|as\s+of|between)\s+(?:the\s+)?)?"
            rf"(?:(?:{days})(?:\s+(?:night|morning|evening|afternoon))?|(?:early|mid|late)[\s-](?:{months})|(?:\d{{1,2}}\s+)?(?:{months})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?"
            r"|(?:18|19|20)\d\d|yesterday|today|overnight|(?:last|this|next|the\s+past|the\s+previous|the\s+same)\s+(?:\w+\s+)?(?:week|month|year|quarter|weekend|night|decade|\d+\s+\w+)"
            r"|(?:the\s+)?(?:first|second|third|fourth)\s+(?:quarter|half)(?:\s+of\s+(?:18|19|20)\d\d)?|a\s+year\s+(?:earlier|ago)|(?:fiscal|financial)\s+(?:year\s+)?(?:20)?\d\d)\b",
            re.IGNORECASE),
        "not_name": frozenset(lex["not_name_words"]),
        "put_at": re.compile(rf"\b({alternation(lex['put_at_nouns'])}|capacity)\s+(?:of|at|was|is|stands\s+at|stood\s+at)\s+(?:{alternation(lex['approximators'])}\s+)?$", re.IGNORECASE),
    }


def _nearest(pattern: re.Pattern, text: str, pos: int, lo: int, hi: int, before_end: int, allowed=None):
    """The match of ``pattern`` nearest to the figure: searched after it (``pos``..``hi``)
    and before it (``lo``..``before_end``); a tie goes to the match after (passive copy).
    ``allowed`` (a predicate on the match) skips matches that cannot be the answer."""
    # each pattern runs once per sentence (see _sentence_matches); here only its matches are sifted
    found = _sentence_matches(pattern, text)
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
    found = _SENTENCE.get(pattern)
    if found is None:
        lo, hi = _SENTENCE["bounds"]
        if pattern is _measure_patterns()["measure"]:
            found = _phrase_hits(text, lo, hi)
        else:
            found = list(pattern.finditer(text, lo, hi))
        _SENTENCE[pattern] = found
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
    surface, longest = _measure_patterns()["surface"], _measure_patterns()["longest"]
    words = [(m.start(), m.end(), m.group(0).lower()) for m in _WORD.finditer(text, lo, hi)]
    hits, k = [], 0
    firsts = _measure_patterns()["firsts"]
    while k < len(words):
        if words[k][2] not in firsts:
            k += 1
            continue
        for n in range(min(longest, len(words) - k), 0, -1):
            phrase = " ".join(w for _, _, w in words[k:k + n])
            if phrase in surface:
                hits.append(_Hit(words[k][0], words[k + n - 1][1], phrase))
                k += n
                break
        else:
            k += 1
    return hits


def _figure_class(row: dict, head: str | None, text: str, sentence_start: int) -> str:
    """The class of what a figure measures (tables.FIGURE_CLASSES)."""
    pats = _measure_patterns()
    unit = (row["unit"] or "").lower()
    if unit == "percent" or unit in ("times", "fraction") or row.get("_fraction"):
        return "share"
    if re.fullmatch(r"[A-Z]{3}", row["unit"] or ""):
        return "money"
    after, before = text[row["end"]:row["end"] + 12], text[max(sentence_start, row["start"] - 14):row["start"]]
    if pats["age_after"].match(after) and row["value"] is not None and 0 < row["value"] < 120 and unit not in pats["nouns"] \
            or re.search(r"\baged\s+$", before):
        return "age"
    if re.search(r"\bmagnitude[\s-]*$|\bmagnitude\s+of\s+$", before, re.IGNORECASE) \
            or re.match(r"^[\s-]*(?:magnitude|on the richter)", after, re.IGNORECASE):
        return "magnitude"
    # the unit, the head, a unit hyphenated to the number ("an 18-month trial"), then the
    # counted group's first words ("km east of the city")
    hyphened = re.match(r"-([a-z]+)", after)
    words = [unit, head or "", hyphened.group(1) if hyphened else ""] \
        + [w.lower() for w in (row["counts"] or "").split()[:2]]
    if len(words) > 4 and words[3] + " " + words[4] in pats["nouns"]:
        return pats["nouns"][words[3] + " " + words[4]]
    for word in words:
        if word in pats["nouns"]:
            return pats["nouns"][word]
        singular = _singular(word) if word else ""
        if singular in pats["nouns"]:
            return pats["nouns"][singular]
    return "objects"


def _measure(row: dict, cls: str, head: str | None, text: str, lo: int, hi: int, sentence_lo: int) -> str | None:
    """The normalised measure of a figure, from the predicate nearest to it in its clause."""
    pats = _measure_patterns()
    start, end = row["start"], row["end"]
    counts = row["counts"] or ""
    # the predicate is searched after the counted words as the text has them ("others"), not inside them
    words = row.get("_raw_counts") or counts
    pos = end + (len(words) + 1 if words and text.startswith(words, end + 1) else 0)
    pos = min(pos, hi)
    window_hi, window_lo = min(hi, pos + 70), max(lo, start - (60 if counts else 100))
    if cls == "age":
        return "age"
    if cls == "share":
        near = text[pos:min(hi, pos + 25)].lower()
        if re.match(r"^\s*(?:of\s+)?(?:the\s+)?(?:valid\s+|popular\s+|total\s+)?(?:vote|votes|ballots)\b", near):
            return "share of the vote"
        if re.search(r"\bturn-?out\b", text[window_lo:start].lower() + near):
            return "turnout"
        change = _nearest(pats["change"], text, pos, window_lo, window_hi, start)
        money = _nearest(pats["money_noun"], text, pos, window_lo, window_hi, start)
        if change:
            kind = pats["changes"][change.group(0).lower()]
            base = pats["surface"][money.group(0).lower()] if money else None
            return f"{base} {kind}" if base else kind
    if cls == "money":
        # the money noun may stand before a change in between: "operating profit fell 12% to ¥286.4 billion"
        money = _nearest(pats["money_noun"], text, pos, max(sentence_lo, start - 100), window_hi, start)
        if money:
            return pats["surface"][money.group(0).lower()]
    if head in ("body", "bodies"):
        return "bodies recovered"
    if counts and counts.lower() in pats["surface"] and counts.lower() not in ("won", "took"):
        return pats["surface"][counts.lower()]  # "22 wounded", "six dead"

    def allowed(match: re.Match) -> bool:
        measure = pats["surface"][match.group(0).lower()]
        if measure == "seats won" and head not in ("seat", "party", None):
            return False
        return cls in _MEASURE_CLASSES.get(measure, (cls,))

    match = _nearest(pats["measure"], text, pos, window_lo, window_hi, start, allowed)
    if match:
        return pats["surface"][match.group(0).lower()]
    if head in ("seat", "seats"):
        return "seats"
    participle = pats["participle"].search(text, pos, min(hi, pos + 40))
    if not participle:
        # the verb before: "Kessler raised $48 million", "deliberated for about nine hours"
        for participle in pats["participle"].finditer(text, max(lo, start - 40), start):
            pass
    if participle:
        return re.sub(r"^(?:been|being)\s+|\b[a-z]+ly\s+", "", participle.group(1))
    if cls in ("people", "objects", "events") and head:
        return head if head.endswith("s") else _plural(head)
    return {"duration": "duration", "distance": "distance", "magnitude": "magnitude"}.get(cls)


def _plural(noun: str) -> str:
    if noun in _plural_nouns():
        return noun
    if re.search(r"(?:s|sh|ch|x|z)$", noun):
        return noun + "es"
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    return noun + "s"


def _subject(row: dict, counts: str, text: str, lo: int, hi: int) -> str | None:
    """Who or what holds the measure: a possessive ("Kaneda Motor's revenue"), the agent of
    the clause ("the Green League won 141 seats"), "won by X", or a demonym in the counted
    group ("Freedonian troops" -> Freedonia)."""
    pats = _measure_patterns()
    before = text[max(lo, row["start"] - 90):row["start"]]
    for key in ("possessive", "agent"):
        match = pats[key].search(before)
        if match:
            name = _trim_name(match.group(1))
            if name:
                return name
    match = pats["by_agent"].match(text, row["end"], hi)
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


def describe_figures(text: str, sentences: list[dict], rows: list[dict]) -> list[dict]:
    """Fill each figure's class, measure, counts (for "others"), subject, scope_place,
    scope_date and part_of from its sentence; rows are changed in place and returned."""
    pats = _measure_patterns()
    bounds = {s["id"]: (s["start"], s["end"]) for s in sentences}
    previous: dict | None = None
    for k, row in enumerate(rows):
        lo, hi = bounds[row["sentence_id"]]
        if _SENTENCE.get("bounds") != (lo, hi) or _SENTENCE.get("text") is not text:
            _SENTENCE.clear()
            _SENTENCE.update(bounds=(lo, hi), text=text)
        # a clause: from the figure before in the sentence to the one after
        clause_lo = max(lo, rows[k - 1]["end"]) if k and rows[k - 1]["sentence_id"] == row["sentence_id"] else lo
        clause_hi = min(hi, rows[k + 1]["start"]) if k + 1 < len(rows) and rows[k + 1]["sentence_id"] == row["sentence_id"] else hi
        counts = row["counts"] or ""
        row["_raw_counts"] = counts
        if re.fullmatch(r"\w+ed", counts) and counts.lower() not in pats["nouns"]:
            row["counts"] = counts = ""  # "a crowd of about 28,000 watched": a verb, not a noun
        whole_noun = re.match(r"\s+of\s+(?:the|its|their|our|his|her|these|those)\s+(?:[\w’'-]+[’']s\s+)?([a-z][\w-]*)\b",
                              text[row["end"]:hi]) if not counts else None
        if whole_noun and _is_plural(whole_noun.group(1)):
            row["counts"] = counts = whole_noun.group(1)  # "300 of the club's supporters"
        if not counts:
            put_at = pats["put_at"].search(text, max(lo, row["start"] - 40), row["start"])
            if put_at:
                counts = put_at.group(1)  # "a crowd of about 28,000": the crowd is what is counted
        head = _singular(counts.split(" of ")[0].split()[-1]) if counts else None
        if row["unit"] in ("fraction", "percent", "times"):
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
                row["unit"] = row["counts"].split()[-1] if row["counts"] else None
        else:
            row["class"] = _figure_class(row, head, text, lo)
        row["_head"] = head
        row["measure"] = _measure(row, row["class"], head, text, clause_lo, clause_hi, lo)
        same = [r for r in rows[:k] if r["sentence_id"] == row["sentence_id"] and r["class"] == row["class"] and r["measure"]]
        if row["measure"] is None and same:
            row["measure"] = same[-1]["measure"]  # "50.8 percent of the vote, against 46.9% for X"
        if row["class"] == "objects" and row["measure"] in _PEOPLE_MEASURES and (head or "") not in pats["nouns"]:
            row["class"] = "people"  # "the toll stands at 47", "killing at least 84"
        row["subject"] = _subject(row, row["counts"] or "", text, lo, hi)
        row["scope_place"] = _scope(pats["place"], text, row, lo, hi)
        row["scope_date"] = _scope(pats["date"], text, row, lo, hi)
        whole = pats["whole_after"].match(text, row["end"], hi)
        if whole:
            row["part_of"] = whole.group(1)
        elif pats["part_before"].search(text, max(lo, row["start"] - 40), row["start"]) and previous:
            row["part_of"] = previous["mention"]
        else:
            row["part_of"] = None
        if row["class"] in ("people", "objects", "money", "share"):
            previous = row
    for k, row in enumerate(rows):
        if row["class"] == "objects" and not row["counts"] and not row["unit"]:
            _elided(rows, k, text)
    _SENTENCE.clear()
    for row in rows:
        row.pop("_head", None)
        row.pop("_raw_counts", None)
    return rows


def _elided(rows: list[dict], k: int, text: str) -> None:
    """A bare number takes the class and unit of the figure it is elided against: "12 and
    eight years" (the one after), "to 420 litres a second from 610", "almost six against
    four tonnes" (the one before)."""
    row = rows[k]
    nxt = rows[k + 1] if k + 1 < len(rows) and rows[k + 1]["sentence_id"] == row["sentence_id"] else None
    prev = rows[k - 1] if k and rows[k - 1]["sentence_id"] == row["sentence_id"] else None
    source = None
    if nxt and re.fullmatch(r"\s*(?:and|or|to|-|–)\s*", text[row["end"]:nxt["start"]]):
        source = nxt
    elif prev and re.search(r"\b(?:from|against|than|versus|vs|compared with)\s+$", text[prev["end"]:row["start"]]):
        source = prev
    elif prev and prev["class"] == "people" and prev["end"] < row["start"]:
        source = prev  # "had about 16,000 residents; fewer than 5,000 remain"
    if source:
        row["class"], row["unit"] = source["class"], source["unit"]
        if source["class"] == "people" and source is prev and not row["measure"]:
            row["counts"] = source["counts"]

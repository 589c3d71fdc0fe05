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
    return rows

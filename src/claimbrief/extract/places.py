"""Places: toponyms used as locations, resolved through the offline gazetteer.

A name counts as a place when it is used locatively: after a locative preposition
("in", "near", "into the"), as a region ("Tver region", "western Poland"), or as a
demonym with a place noun ("the Polish coast").  States and capitals used as
actors ("fighting for Freedonia", "Portville's side", "Portville is gathering") and event names
("the Freedonia conflict") are not places.  Unknown names in a locative slot are matched
fuzzily against city names ("Mariopul" -> Mariupol); a name several cities share is
resolved by the countries the article talks about, then by population.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..lexicon import UPPER, lexicon, trie_alternation, word_set
from . import gazetteer as gz
from .actors import capitalised_runs
from .sentences import turn_labels

# the capital letters a place's name may open with, in a character class: A-Z and the accented
# capitals of Latin-1 and Latin Extended-A ("Ávila", "Łódź", "Çelikhan"; the range Ā-Ž holds
# that block's small letters too, which no name opens with)
_CAP = "A-ZÀ-ÖØ-ÞĀ-Ž"

_POSSESSIVE = re.compile(r"^(?:’s|'s|’|')(?=\W)")
_BIG_TOWN = 100000  # a town this big is what its name means after a locative
_LOWER_AFTER_POSSESSIVE = re.compile(r"\s+(?!(?:view|views|stance|position|side|opinion|behalf|favour|favor|interest|"
                                     r"interests|name|bid|call|push|decision|refusal|demand|demands|eyes|case)\b)[a-z0-9][\w-]*")


@lru_cache(maxsize=1)
def _patterns() -> dict:
    lex = lexicon()
    direction = trie_alternation(lex["directions"], ignorecase=True)
    definite = rf"((?:{trie_alternation(lex['definite_places']['capital'] + lex['definite_places']['country'], ignorecase=True)}))\b(?![’'-])"
    compass_parts = (rf"the\s+((?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)ern|(?:east|west)(?=\s+coast))"
                     rf"(?:\s+(?:coastal|border|rural|mountainous|central|coast))?\s+"
                     rf"(?:(?:{trie_alternation(w for w in lex['region_words'] if w.endswith('s'))}|areas|parts)\b"
                     # ("in the northern region", not "the northern region of Alpha": that names Alpha)
                     rf"|(?:region|province|district|state|area|part)\b(?!\s+of\b|\s+[A-Z]|[’'-]))")
    credit = rf"(?:{trie_alternation(lex['caption_cues'])})\s*:\s*([^.!?:\n]{{1,60}})$"
    settlement_list = (rf"(?P<l>(?:{_list_name()})(?:\s*,\s*(?:{_list_name()}))*\s*,?\s+(?:and|or)\s+(?:{_list_name()}))\s+"
                       rf"(?P<w>villages|towns|communities|settlements|hamlets)\b")
    return {
        "locative": re.compile(
            # ("in Russian-occupied Alpha", "from rebel-held Beta": who holds it, then the name)
            rf"\b(?:{trie_alternation(lex['locative_prepositions'], ignorecase=True)})\s+(?:the\s+)?(?:(?:{direction})\s+)?(?:part\s+of\s+)?"
            rf"(?:[\w’'.]+-(?:{trie_alternation(lex['held_compounds'], ignorecase=True)})\s+)?$"
            # ("ward 12 of the Portville Local Municipality": a numbered part of the place)
            r"|\b(?:ward|precinct|district|zone|sector|block)\s+(?:no\.?\s*)?\d{1,3}\s+of\s+(?:the\s+)?$",
            re.IGNORECASE),
        "hazard_before": re.compile(
            rf"\b(?:{trie_alternation(lex['hazard_nouns'], ignorecase=True)})\s+(?:(?:that|which|has|have|had|also|again|would|will|could|may|might|is|was|expected|set|to)\s+){{0,3}}"
            # ("floods in Freedonia hit Alpha", "the cyclone, packing strong winds, hit Beta")
            rf"(?:[^.;:!?\s][^.;:!?]{{0,40}}?\s)?"
            rf"(?:{trie_alternation(lex['impact_verbs'], ignorecase=True)})\s+(?:(?:parts|much|most|large\s+parts|swathes)\s+of\s+)?"
            rf"(?:the\s+)?(?:(?:{direction})\s+)?(?:[\w’'.]+-(?:{trie_alternation(lex['held_compounds'], ignorecase=True)})\s+)?$",
            re.IGNORECASE),
        # a name that a hazard befell: "Benin City was also hit", "Alpha and Beta were
        # flooded" (not "was hit with sanctions": a state punished is an actor)
        "struck_after": re.compile(
            # ("Alpha has so far been spared": what a hazard spared is a place too)
            r"\s+(?:was|were|(?:has|have)\s+(?:(?:so\s+far|also|not|yet|largely)\s+)?been)\s+"
            r"(?:also\s+|badly\s+|worst\s+|hardest\s+|severely\s+|heavily\s+|largely\s+)?"
            r"(?:hit|flooded|battered|struck|ravaged|inundated|submerged|lashed|pounded|devastated|cut\s+off|spared|evacuated|shelled|"
            r"affected|damaged|destroyed|isolated|captured|seized|recaptured|retaken|liberated|encircled|overrun)\b"
            r"(?!\s+with\b)"),
        # ("rebels seized Alpha", "troops entered the town of Beta")
        "taking_before": re.compile(rf"\b(?:{trie_alternation(lex['taking_verbs'])})\s+$"),
        "actor_before": re.compile(rf"\b(?:{trie_alternation(lex['actor_prepositions'], ignorecase=True)})\s+(?:the\s+)?$", re.IGNORECASE),
        "actor_after": re.compile(rf"\s+(?:{trie_alternation(lex['actor_verbs'], ignorecase=True)})\b", re.IGNORECASE),
        "event_after": re.compile(rf"\s+(?:{trie_alternation(lex['event_nouns'], ignorecase=True)})\b", re.IGNORECASE),
        # ("Freedonia's annual inflation", "Freedonia's October inflation", "Freedonia's benchmark
        # FPI consumer price index": a month or an index's acronym among the words before)
        "economy_after": re.compile(rf"\s*(?:(?:[a-z0-9-]+|{_MONTH}|[A-Z]{{2,6}})\s+){{0,3}}?"
                                    rf"(?:{trie_alternation(lex['economy_nouns'])})\b"),
        # ("Portville's main hospitals", "Portville's 23 wards", "Portville's low-lying districts")
        "possessive_place": re.compile(rf"\s+(?:[a-z0-9-]+\s+){{0,2}}(?:{trie_alternation(lex['possessive_place_nouns'], ignorecase=True)})\b", re.IGNORECASE),
        "region_after": re.compile(rf"\s+({trie_alternation(lex['region_words'], ignorecase=True)})\b", re.IGNORECASE),
        "direction_before": re.compile(rf"\b((?:{direction}))\s+$", re.IGNORECASE),
        "place_noun_after": re.compile(rf"\s+(?:{trie_alternation(lex['place_nouns'], ignorecase=True)})\b", re.IGNORECASE),
        "region_locative": re.compile(rf"\b(?:{trie_alternation(lex['region_prepositions'], ignorecase=True)})\s+(?:the\s+)?$", re.IGNORECASE),
        # ("in Alpha and north Beta": a compass word before the next name of the list)
        # (and after a type word the place before left out of its name: "in Alpha town and Beta")
        # (and after a count: "Alpha with six and Beta with four")
        "list_joiner": re.compile(rf"^(?:\s+(?:town|city|village|district|county|province|region|state|island))?"
                                  rf"(?:\s+with\s+(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)(?:\s+(?:each|apiece))?)?"
                                  # (or a count in brackets: "in Alpha (6), Beta (4) and Gamma (2)")
                                  rf"{_COUNT}"
                                  rf"\s*(?:{trie_alternation(lex['list_joiners'], ignorecase=True)})\s*(?:the\s+)?"
                                  rf"(?:(?:{direction}|{trie_alternation(lex['name_compass_words'], ignorecase=True)})\s+)?$",
                                  re.IGNORECASE),
        "compound_after": re.compile(rf"^-(?:{trie_alternation(lex['place_compounds'], ignorecase=True)})\b", re.IGNORECASE),
        "held_suffix": re.compile(rf"-(?:{trie_alternation(lex['held_compounds'], ignorecase=True)})$", re.IGNORECASE),
        "compound_suffix": re.compile(rf"-(?:{trie_alternation(lex['place_compounds'], ignorecase=True)})$", re.IGNORECASE),
        "direction_word": re.compile(rf"^(?:{direction})$", re.IGNORECASE),
        "attributive_before": re.compile(r"\b(?:of|a|an|the)\s+$"),
        "feature_after": re.compile(rf"^\s+((?:{trie_alternation(lex['feature_words'], ignorecase=True)}))\b", re.IGNORECASE),
        "feature_name": re.compile(rf"^(?:{trie_alternation(lex['feature_heads'])})\s+(\S.*)$"),
        # "Alpha and Beta Gamma villages": towns listed before a plural settlement noun
        "settlement_list": re.compile(rf"\b{settlement_list}"),
        "settlement_list_core": re.compile(settlement_list),  # (without the \b: see _core_matches)
        "region_list": re.compile(
            rf"\b(?P<l>(?:{_list_name()}){_COUNT}(?:\s*,\s*(?:{_list_name()}){_COUNT})*\s*,?\s+(?:and|or)\s+(?:{_list_name()}){_COUNT})\s+"
            rf"(?P<w>(?:{trie_alternation(w for w in lex['region_words'] if w.endswith('s'))}))\b"),
        # the plural first: "the worst-hit districts were Alpha, Beta and Gamma", "counties
        # including Alpha and Beta", "provinces such as Alpha, Beta and Gamma"
        "region_list_after": re.compile(
            rf"\b(?P<w>(?:{trie_alternation(w for w in lex['region_words'] if w.endswith('s'))}))(?:\s+|\s*,\s+(?=in|su|li|na))"
            rf"(?:were|are|include|included|including|such\s+as|like|namely|of|:)\s+"
            rf"(?P<l>(?:{_list_name()}){_COUNT}(?:\s*,\s*(?:{_list_name()}){_COUNT})*\s*,?\s+(?:and|or)\s+(?:{_list_name()}){_COUNT})"),
        "list_name": re.compile(_list_name()),
        "region_word_end": re.compile(rf"\s+({trie_alternation(w for w in lex['region_words'] if not w.endswith('s'))})$",
                                      re.IGNORECASE),
        "particle_join": re.compile(rf"\s+(?:{trie_alternation(lex['name_particles'])})\s+"),
        "plural_region": re.compile(rf"\b(?:{trie_alternation(w for w in lex['region_words'] if w.endswith('s'))})\b"),
        "multi_country": re.compile(rf"\b(?:{trie_alternation(lex['multi_country_regions'])})\b"),
        "definite": re.compile(rf"\b{definite}", re.IGNORECASE),
        "compass_parts": re.compile(rf"\b{compass_parts}"),
        # the two without their opening \b, which makes the re module try a pattern at every
        # position of the text: these open with a phrase's letters or "the", which it scans
        # for fast (see _core_matches)
        "definite_core": re.compile(definite, re.IGNORECASE),
        "compass_parts_core": re.compile(compass_parts),
        "capital_of": re.compile(r"\b([" + _CAP + r"][\w.-]*(?:\s+[" + _CAP + r"][\w.-]*){0,3})[’']s\s+capital\b"),
        "facility_after": re.compile(rf"\s+(?:{trie_alternation(lex['facility_words'])})\b"),
        "building_after": re.compile(rf"\s+(?:{trie_alternation(lex['building_words'], ignorecase=True)})\b", re.IGNORECASE),
        "possessive_zone": re.compile(
            rf"\s*(?:(?:{trie_alternation(lex['zone_adjectives'])})\s+)?"
            rf"(?:({trie_alternation(w for w in lex['possessive_zones'] if ' ' not in w and w.islower() and w[0] in 'nsew')})"
            rf"(?![\w-]|\s+(?!and\b|or\b)[a-z]|\s+[A-Z])|(?:{trie_alternation(w for w in lex['possessive_zones'] if ' ' in w)})(?![\w-]))"),
        # "Forsby, in northern Ruritania,", "Forsby, a fishing village near Portville": the name
        # before the comma is a place, in the country of the place named after it
        "located_after": re.compile(
            # ("X and Y, two villages in Z": a count and the plural)
            rf"^,\s+(?:(?:a|an|the|two|three|four|five|six|both|all|several)\s+(?:[\w-]+\s+){{0,2}}"
            rf"(?:{trie_alternation(lex['apposition_nouns'] + lex['region_words'])})s?\s+"
            # ("X, a village of about 300 people near Y", "X, a town of 5,000 in Y")
            rf"(?:of\s+(?:(?:about|some|around|roughly|nearly|over|more\s+than|fewer\s+than|just|only)\s+)?"
            rf"\d[\d,.]*(?:\s+(?:people|residents|inhabitants|souls))?\s+)?)?"
            # ("X, some 500 km north of Y", "X, 50 km (30 miles) from Y")
            rf"(?:(?:(?:some|about|around|roughly|nearly|approximately|just|over|more\s+than)\s+)?\d[\d,.]*\s*"
            rf"(?:km|kilometres|kilometers|miles|mi)\b(?:\s*\([^()]{{1,20}}\))?\s+"
            rf"(?:from\s+|(?:{trie_alternation(lex['located_prepositions'])})\s+)"
            rf"|(?:{trie_alternation(lex['located_prepositions'])})\s+)(?:the\s+)?(?:(?:{direction})\s+)?(?=[{_CAP}])"
            # ("X, the capital of Y": "of" after the noun only; "Jane Doe, of Portville," is a resident)
            rf"|^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}(?:{trie_alternation(lex['apposition_nouns'] + lex['region_words'])})\s+of\s+"
            rf"(?:the\s+)?(?=[{_CAP}])"),
        # "in Kampung X, Portville.": an unknown name in a locative slot, then the known
        # place it lies in
        # ("in Alphatown, western Portville,": the host with its part)
        "host_after": re.compile(rf"^,\s+(?:(?:{direction})\s+)?(?=[{_CAP}])"),
        "apposition": re.compile(rf"\b(?:{trie_alternation(lex['apposition_nouns'], ignorecase=True)}),\s+$", re.IGNORECASE),
        # and without the comma after "the": "in the capital Islamabad", "the border town Alpha"
        "apposition_bare": re.compile(rf"\bthe\s+(?:[a-z-]+\s+)?(?:{trie_alternation(lex['apposition_nouns'])})\s+$"),
        "far_part": re.compile(r"(?:\bthe\s+)?\b(far\s+(north|south|east|west|northeast|northwest|southeast|southwest)"
                               r"\s+of)\s+$", re.IGNORECASE),
        "owner_after": re.compile(
            rf"\s+(?:{trie_alternation(lex['owner_nouns'] + lex['company_nouns'] + [n + 's' for n in lex['company_nouns']])})\b"),
        "near_slot": re.compile(rf"\b(?:{trie_alternation(lex['near_prepositions'], ignorecase=True)})\s+$", re.IGNORECASE),
        "company_slot": re.compile(rf"\b(?:{trie_alternation(lex['company_slots'], ignorecase=True)})(?=\s+[A-Z])", re.IGNORECASE),
        "holding_slot": re.compile(rf"\b(?:{trie_alternation(lex['holding_slots'], ignorecase=True)})\s+$", re.IGNORECASE),
        "list_slot": re.compile(rf"\b(?:{trie_alternation(lex['list_prepositions'], ignorecase=True)})\s+$", re.IGNORECASE),
        "typed_slot": re.compile(rf"\b({trie_alternation(lex['typed_slots'], ignorecase=True)})\s+(?:the\s+)?$", re.IGNORECASE),
        # a person's home town in apposition: "Jane Doe, 33, of Portville," (court copy)
        "residence_before": re.compile(r",\s+(?:aged\s+)?(?:\d{1,3},\s+)?of\s+$"),
        "resident_before": re.compile(r"\b[Aa]n?\s+$"),
        "resident_after": re.compile(rf"\s+(?:{trie_alternation(lex['resident_nouns'])})\b"),
        # a photo credit: "Photo: Eastbrook Sport", "Photo: Jane Doe/Portville Ledger"
        "credit": re.compile(rf"(?m)\b{credit}"),
        "credit_core": re.compile(rf"(?m){credit}"),  # (without the \b: see _core_matches)
        "addressee_before": re.compile(
            rf"(?:\b(?:{trie_alternation(lex['request_verbs'], ignorecase=True)})\b[^.;:!?]{{0,60}}\bfrom"
            rf"|\b(?:{trie_alternation(lex['appeal_phrases'] + lex['actor_slots'], ignorecase=True)}))\s+(?:the\s+)?$",
            re.IGNORECASE),
    }


@lru_cache(maxsize=1)
def _end_words() -> dict[str, int]:
    """For the patterns anchored at the end of the text before a name: how many runs of
    non-space characters a match can span at most (the longest phrase of their lists,
    and one run for each word the pattern adds)."""
    lex = lexicon()

    def longest(phrases) -> int:
        return max(len(phrase.split()) for phrase in phrases)

    return {"direction_before": longest(lex["directions"]),
            "region_locative": longest(lex["region_prepositions"]) + 1,  # "the"
            "apposition": longest(lex["apposition_nouns"]),
            "apposition_bare": longest(lex["apposition_nouns"]) + 2,  # "the", an adjective
            "taking_before": longest(lex["taking_verbs"]),
            "typed_slot": longest(lex["typed_slots"]) + 1,  # "the"
            "near_slot": longest(lex["near_prepositions"]),
            "list_slot": longest(lex["list_prepositions"]),
            "holding_slot": longest(lex["holding_slots"]),
            "far_part": 4}  # "the far north of"


def _search_end(pats: dict, name: str, text: str) -> re.Match | None:
    """``pats[name].search(text)`` for a pattern that matches only at the end of ``text``:
    the search starts at the first of the last runs of non-space characters a match can
    span (:func:`_end_words`), as no earlier position can start one.  A search tries the
    pattern at every position, and with a long alternation each try costs.  Where the
    pattern's last word is one of a list (:func:`_end_endings`), it is not searched for at
    all when the text does not end in space after such a word, as most texts before a name
    do not (in plain ASCII, where ignoring case is lower-casing)."""
    endings = _end_endings().get(name)
    if endings is not None:
        if not text[-1:].isspace():
            return None  # (each such pattern ends in r"\s+$")
        last = text.rsplit(None, 1)[-1:]
        if not last or last[0].isascii() and not last[0].lower().endswith(endings):
            return None
    words = _end_words()[name]
    parts = text.rsplit(None, words)
    return pats[name].search(text, 0 if len(parts) <= words else text.index(parts[1], len(parts[0])))


@lru_cache(maxsize=1)
def _end_endings() -> dict[str, tuple[str, ...]]:
    """For the patterns of :func:`_end_words` that end in a word of a list and then the
    text's closing space: the lower-case words the last run of non-space characters of a text they
    match ends with (the last word of each phrase of the list; "the" where the pattern
    allows it after the phrase; the comma after the noun of an apposition).  A pattern whose
    list holds a word not in plain ASCII is left out (ignoring case, such a word may match
    ASCII letters)."""
    lex = lexicon()

    def last(phrases) -> tuple[str, ...]:
        return tuple(sorted({phrase.split()[-1].lower() for phrase in phrases}))

    endings = {"direction_before": last(lex["directions"]),
               "region_locative": last(lex["region_prepositions"] + ["the"]),
               "apposition": tuple(word + "," for word in last(lex["apposition_nouns"])),
               "apposition_bare": last(lex["apposition_nouns"]),
               "taking_before": last(lex["taking_verbs"]),
               "typed_slot": last(list(lex["typed_slots"]) + ["the"]),
               "near_slot": last(lex["near_prepositions"]),
               "list_slot": last(lex["list_prepositions"]),
               "holding_slot": last(lex["holding_slots"]),
               "far_part": ("of",)}
    return {name: words for name, words in endings.items() if all(word.isascii() for word in words)}


@lru_cache(maxsize=1)
def _locative_endings() -> tuple[str, ...]:
    """The words a locative phrase can end with: the last word of a preposition ("near",
    "outskirts of"), "the", the last word of a compass word, "of" ("part of")."""
    lex = lexicon()
    return tuple(sorted({p.split()[-1].lower() for p in lex["locative_prepositions"] + lex["directions"]
                         + lex["impact_verbs"] + lex["held_compounds"]} | {"the", "of"}))


def _locative_before(pats: dict, text: str) -> bool:
    """Whether ``text`` ends in a locative phrase ("in", "near the", "in northern"):
    ``pats["locative"].search(text)`` (or a hazard noun and its verb: "floods hit"), skipped
    where :func:`_may_end_locative` says no."""
    return _may_end_locative(text) and (pats["locative"].search(text) is not None
                                        or pats["hazard_before"].search(text) is not None)


def _may_end_locative(text: str) -> bool:
    """Whether ``pats["locative"]`` can match at the end of ``text``: not when the text does
    not end in space (the phrase is followed by space up to the name) or when its last word
    (in plain ASCII, where ignoring case is lower-casing) ends with no word such a phrase
    can end with, as most words before a name do not (the search tries every position)."""
    if not text[-1:].isspace():
        return False
    last = text.rsplit(None, 1)[-1:]
    return bool(last) and not (last[0].isascii() and not last[0].lower().endswith(_locative_endings()))


# A count in parentheses after a listed name: "in Alpha (97), Beta (81) and Gamma (52) districts".
_COUNT = r"(?:\s*\(\d[\d,.]*\))?"
# A capitalised name inside a list pattern: one to four capitalised words.
_NAME = r"[" + _CAP + r"][\w'’.-]+(?:\s+[" + _CAP + r"][\w'’.-]+){0,3}"
# A dateline at the head of a paragraph: "PORTVILLE —", "PORTVILLE, Freedonia, March 3
# (Agency) -", "Portville:".  A place in mixed case needs a country, a date, an agency
# or the colon after it (a capitalised word and a dash starts ordinary sentences too).
_DATELINE = re.compile(
    # (two bureaus' datelines joined by a slash: "PORTVILLE/EASTBROOK, March 3 (Agency) -")
    # (up to four words: "SAN PEDRO DE CAJAS —")
    # (a place's words stand on one line: "Staff Correspondent" above "Portville, Aug 11" is no part of it)
    rf"(?m)^(?P<place>[{UPPER}][{UPPER}'’.\-]*[{UPPER}](?:[ \t][{UPPER}][{UPPER}'’.\-]*[{UPPER}]){{0,3}}"
    rf"(?:/[{UPPER}][{UPPER}'’.\-]*[{UPPER}](?:[ \t][{UPPER}][{UPPER}'’.\-]*[{UPPER}]){{0,2}})?"
    r"|[" + _CAP + r"][\w'’.\-]*[^\W\d_A-Z](?:[ \t][" + _CAP + r"][\w'’.\-]*[^\W\d_A-Z]){0,2})"
    # ("GOMA, Democratic Republic of the Congo —": a country's name with "of", "the", "and")
    r"(?:,\s*(?P<country>[" + _CAP + r"][\w.]+(?:\s(?:(?:of|and)\s)?(?:the\s)?[" + _CAP + r"][\w.]+){0,3}))?"
    r"(?P<date>,\s*(?:[" + _CAP + r"][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[" + _CAP + r"][a-z]{2,8})(?:,?\s+\d{4})?)?"
    # (South Asian agencies put a comma before their parentheses, and the date inside them,
    # then a colon glued to the text: "PORTVILLE, (Agency / News - 3rd Aug, 2023 ) :Rains";
    # some sites set the dateline off by a bar: "Portville, Freedonia | ...")
    # (an em dash glued to the text after it: "PORTVILLE—The ...")
    # (Russian agencies: "PORTVILLE, March 3. /Agency/.")
    # (or standing on a line of its own: "Aktau, March 12 (Agency).")
    # (Indian agencies put no dash after a date and their parentheses: "Portville, March 3
    # (Agency) Rains lashed ..."; only with both, as "Ann Lee (Labour) won" has neither)
    r"\s*,?\s*(?:\((?P<agency>[^()\n]{2,80})\))?\s*(?:(?P<dash>—|–|--|-|:|\||\.\s*/[" + _CAP + r"][\w -]{1,20}/\.?)(?:\s|(?<=[:—])(?=[" + _CAP + r"]))"
    # (or with a stop after them, its own sentence before the lede's: "Lima, Apr. 15 (Agency). Peru …")
    # (a press release's place and full date, a stop after its year: "Portville, 17 December 2024. The …")
    r"|(?(date)(?<=\d{4})\.(?=[ \t]+[" + _CAP + r"])|(?!))"
    r"|\.?[ \t]*(?=\n|\Z)|(?(date)(?(agency)(?<=\) )(?=[" + _CAP + r"])|(?!))|(?!))|(?(date)(?(agency)(?<=\))\.(?=[ \t]+[A-Z])|(?!))|(?!)))")


_RUN_BREAK = re.compile(r"\s*\n[\s\-–—•*]*|\s+[\-–—]+\s*|[\-–—]+\s+")
# The rules' small fixed patterns, compiled once (the re module's cache of 512 patterns is
# too small for all the stages' patterns, so patterns written inline were compiled again).
_OF_JOIN = re.compile(r"\s+of\s+(?:the\s+)?")
_NON_SPACE = re.compile(r"\S+")
_COMMA_GAP = re.compile(r",\s*")
_APPOSITION_GAP = re.compile(r",?\s*")  # "in the capital, Monrovia", "in the capital Islamabad"
_SPACE_CAPITAL = re.compile(r"\s+[A-Z]")
# a compass part after a demonym: "the Russian Far East", "the Canadian far north"
_FAR_PART = re.compile(r"\s+far\s+(north|south|east|west)\b", re.IGNORECASE)
# an elided French or Italian particle and the capitalised name it is glued to: " d'Ivoire"
_ELIDED_AFTER = re.compile(r"\s+[dl][’'][" + _CAP + r"][\w’'-]*")
_ELIDED_WORD = re.compile(r"[dl][’'][A-Z]")
_ELIDED_GATE = re.compile(r"[dl](?=[’'][A-Z])")  # where _ELIDED_AFTER can match (see _place_runs)
_OF_CAPITAL = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+(?:of|city of)\b")
# what every match of the capital_of pattern ends in ("Freedonia's capital")
_CAPITAL_POSSESSIVE = re.compile(r"[’']s\s+capital\b")


@lru_cache(maxsize=1)
def _list_name() -> str:
    """A name in a list of regions: capitalised words, with the lower-case particles
    place names carry between them ("Rio de Janeiro", "Foz do Iguaçu")."""
    particles = trie_alternation(lexicon()["name_particles"])
    # (a name may open with an accented capital: "Écija", "Łódź")
    # (never a day or a month after "on": "Alpha and Portville on Sunday")
    return rf"[{UPPER}][\w'’.-]+(?:\s+(?:(?:{particles})\s+(?!{_DAY_OR_MONTH}))?[{UPPER}][\w'’.-]+){{0,3}}"


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
_DAY_OR_MONTH = rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|{_MONTH})"
_POSSESSIVE_SPACE = re.compile(r"[’']s\s+")
_THE_BEFORE = re.compile(r"\bthe\s+$")
_OF_NEXT = re.compile(r"\s+of\b")
_BORDER_AREA = re.compile(r"\s+border\s+(?:area|region)")
_POSSESSIVE_BEFORE = re.compile(r"[’']s\s+$")
_SPACE_LOWER = re.compile(r"\s+[a-z]")
# (a hyphenated village name: "Nikolayevo-Darino")
_PLAIN_NAME_WORD = re.compile(r"[" + _CAP + r"][a-zà-ÿ\u0100-\u024f\u1e00-\u1eff'’-]+(?:-[" + _CAP + r"][a-zà-ÿ\u0100-\u024f\u1e00-\u1eff'’]+)*")
_JOINERS = "-'’"
# a letter the names' pattern does not read (beyond Latin-1); words, and the gap inside a name
_BEYOND_LATIN1 = re.compile(r"[^\x00-\xff]")
_WIDE_WORDS = re.compile(r"(?<![\w’'.-])[^\W\d_][\w’'-]*\w|(?<![\w’'.-])[^\W\d_]\b")
_WIDE_GAP = re.compile(r"[ \t]+")
_HOST_BEFORE = re.compile(r"([" + _CAP + r"][\w.-]*(?:\s+[" + _CAP + r"][\w.-]*){0,3})[’']s\s+$")
_LOCATED = re.compile(r"\s+(?:is|was)\s+(?:located|situated|home)\b"
                      # a place's figures told as its state: "Thanh Hoa and Phu Tho were up 18%",
                      # "Sindh was the worst hit", "Kisumu was among the counties …"
                      r"|\s+(?:is|was|are|were)\s+(?:up|down|higher|lower|among|the\s+(?:worst|hardest|most|least|highest|lowest))\b")
_LOWER_WORD = re.compile(r"[a-z]{3,}")
_HOST_NAME = re.compile(r"[" + _CAP + r"][\w'’.-]*(?:\s+[" + _CAP + r"][\w'’.-]*){0,3}")
# the endings of English adjectives of place ("Andean", "Amazonian", "Pacific", "Kurdish")
_ADJECTIVE_END = re.compile(r"(?:an|ese|ic|ish)$")
# ("the governor of X": a governor governs a region)
_REGION_OF_BEFORE = re.compile(r"\b(region|province|oblast|state|county|district|prefecture|governorate|krai|"
                               r"territory|canton|voivodeship|regency|municipality|governor)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?([" + _CAP + r"][\w'’.-]*(?:\s+[" + _CAP + r"][\w'’.-]*){0,3})")
_HOST_END = re.compile(r"\s*(?:[,.;:)]|$)")
_OF_END = re.compile(r"\bof\s+$")
# a name listed after a locative: "in Alpha and the ", "across Alpha, Beta and "
_LISTED_AFTER_LOCATIVE = re.compile(r"\b(?:in|into|across|near|at|to|from|throughout)\s+(?:the\s+)?"
                                    r"(?:[" + _CAP + r"][\w'’-]*\s*(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?)+$")
_UKRAINIAN_REGION_ENDINGS = ("shchyna", "chchyna", "shchina", "chchina")
# "the North", "the South" standing alone (not "the North Sea", "the South's")
_COMPASS_STATE = re.compile(r"\bthe (North|South)\b(?![\w'’-]|\s+[A-Z])")
# A military axis named by a town: "the Alpha direction", "the Alpha and Beta directions",
# "on the Alpha axis" (war copy and defence ministries' reports).
_FRONT_AFTER = re.compile(r"(\s+(?:and|or)\s+[" + _CAP + r"][\w'’-]+)?\s+(?:direction|directions|axis|axes|sector|sectors|front)\b")


@lru_cache(maxsize=1)
def _not_place_words() -> frozenset[str]:
    """Capitalised function words, months and weekdays: never a place, however many towns
    share the name ("Sunday", "August")."""
    return frozenset(lexicon()["not_name_words"])


def _whole_word_runs(text: str, runs, start: int, end: int):
    """The runs with their last word whole: the names' pattern reads letters up to "ÿ", so
    "Brașov" or "Neamț" (Latin letters of Central European, Turkish and Vietnamese
    names) are cut inside a word; such a run goes on to the end of its word (and of a word
    joined to it by a hyphen), over any run that starts there."""
    if _BEYOND_LATIN1.search(text, start, end):
        runs = _wide_runs(text, runs, start, end)
    out: list[tuple[int, int, str]] = []
    for a, b, run in runs:
        if out and a < out[-1][1]:
            continue  # taken by the run before, carried over its cut word
        if b < end and text[b].isalpha():
            while b < end and (text[b].isalpha() or text[b] in _JOINERS and b + 1 < end and text[b + 1].isalpha()):
                b += 1
            run = text[a:b]
        out.append((a, b, run))
    return out


def _wide_runs(text: str, runs, start: int, end: int):
    """The runs, with the names whose letters the names' pattern does not read at all
    ("Łódź", "Đà Nẵng") added: runs of words that open with a capital
    letter, each replacing the runs it covers."""
    wide = []
    for m in _WIDE_WORDS.finditer(text, start, end):
        a, b = m.span()
        if text[a].isupper() and text[a:b] not in _not_place_words():
            if wide and _WIDE_GAP.fullmatch(text, wide[-1][1], a):
                wide[-1] = (wide[-1][0], b)
            else:
                wide.append((a, b))
    # the names the pattern missed or cut: not ASCII, and inside no run of the pattern
    wide = [(a, b) for a, b in wide if not text[a:b].isascii() and not any(r[0] <= a and b <= r[1] for r in runs)]
    if not wide:
        return runs
    kept = [r for r in runs if not any(a <= r[0] and r[1] <= b for a, b in wide)]
    return sorted(kept + [(a, b, text[a:b]) for a, b in wide])


# what a possessive ends with (see _possessive_end)
_POSSESSIVE_ENDINGS = ("’s", "'s", "’", "'")


def _possessive_end(word: str) -> int:
    """The length of the possessive ending of a word with no whitespace in it ("’s", "'s",
    "’" or "'"), else 0: what the pattern r"(?:[’']s|[’'])$" matches at its end, told by
    str.endswith (a search for the pattern tries it at every character)."""
    if word.endswith(("’s", "'s")):
        return 2
    return 1 if word.endswith(("’", "'")) else 0


def _without_possessive(name: str) -> str:
    """``name`` without its possessive ending ("Freedonia's" -> "Freedonia")."""
    return name[:len(name) - _possessive_end(name)]


def _place_runs(text: str, start: int, end: int):
    """Capitalised runs, with runs joined by "of"/"of the" merged: "Isle of Man",
    "Gulf of Aden" are one name."""
    runs = []
    for a, b, run in _whole_word_runs(text, capitalised_runs(text, start, end), start, end):
        # a line break or a free-standing dash ends a name ("near Limni\n- Residents")
        at = 0
        # (each break holds a line break or a dash: without one the run is not searched)
        breaks = _RUN_BREAK.finditer(run) if "\n" in run or "-" in run or "–" in run or "—" in run else ()
        for cut in [*breaks, None]:
            until = cut.start() if cut else len(run)
            if until > at:
                runs.append((a + at, a + until, run[at:until]))
            at = cut.end() if cut else at
    # an elided particle and the name it opens ends a name: "Côte d'Ivoire", "Val d'Or" (the
    # runs of capitalised words stop before the lower-case particle)
    # (every such particle is found by the scan for its letter before an apostrophe and a
    # capital first, which the re module runs fast; the full pattern opens with whitespace,
    # and is tried at every space)
    if _ELIDED_GATE.search(text, start, end) and _ELIDED_AFTER.search(text, start, end):
        extended = []
        for a, b, run in runs:
            elided = _ELIDED_AFTER.match(text, b, end)
            extended.append((a, elided.end(), text[a:elided.end()]) if elided else (a, b, run))
        runs = extended
    merged: list[tuple[int, int]] = []
    particle = _patterns()["particle_join"]
    for a, b, _ in runs:
        if merged and (_OF_JOIN.fullmatch(text, merged[-1][1], a) and not _town_of_its_unit(text, merged[-1], (a, b))
                       or particle.fullmatch(text, merged[-1][1], a) and _known_key(gz.fold(text[merged[-1][0]:b]))):
            # "Rio de Janeiro": runs joined by a particle where the whole is a known place
            merged[-1] = (merged[-1][0], b)
        elif merged and particle.fullmatch(text, merged[-1][1], a) \
                and (opener := _OPENING_PREPOSITION.match(text, merged[-1][0], merged[-1][1])) \
                and _known_key(gz.fold(text[opener.end():b])):
            # "In Dar es Salaam, …": the sentence's capitalised preposition is no part of the name
            merged[-1] = (opener.end(), b)
        elif merged and particle.fullmatch(text, merged[-1][1], a) \
                and text[merged[-1][0]:merged[-1][1]].split()[0] in word_set("street_heads"):
            # "Place de la Concorde", "Plaza de Mayo": a square's name, its type first
            merged[-1] = (merged[-1][0], b)
        elif merged and _DE_JOIN.fullmatch(text, merged[-1][1], a) and _town_of_host(text[merged[-1][0]:b]):
            # "Alpha de Beta": a town named with the province (or town) it lies in
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return [(a, b, text[a:b]) for a, b in merged]


_DE_JOIN = re.compile(r"\s+(?:de|del|do|da)\s+")
_OPENING_PREPOSITION = re.compile(r"(?:In|At|From|Near|Outside|Around|Across|Inside|To)\s+(?=[A-Z])")
# the unit a town's host is named with, after its name: "Birgunj of Parsa district"
_HOST_UNIT_AFTER = re.compile(r"\s+(?:district|province|county|municipality|tehsil|upazila|regency|division|governorate|prefecture)\b")


def _town_of_its_unit(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two runs joined by "of" are a town and the unit it lies in ("Birgunj of Parsa
    district", "Khost village of Harnai district"): two places, not one name ("Isle of Man")."""
    name = text[first[0]:first[1]]
    return _HOST_UNIT_AFTER.match(text, second[1]) is not None and " " not in name and name.lower() not in _place_type_words()


@lru_cache(maxsize=1)
def _place_type_words() -> frozenset[str]:
    return frozenset({"republic", "kingdom", "isle", "gulf", "bay", "city", "district", "province", "county", "state",
                      "municipality", "sea", "cape", "lake", "mount", "port", "strait", "island", "islands", "region"})


def _town_of_host(name: str) -> gz.City | None:
    """The town of a name of the form "<town> de <province or town>" ("Alpha de Beta",
    Beta a province), where a town of that name lies in the country of the place after "de"."""
    parts = _DE_JOIN.split(name, maxsplit=1)
    if len(parts) != 2:
        return None
    by_name, _ = gz.cities()
    host = gz.fold(parts[1])
    codes = {m[0][:2] for m in gz.subdivisions().get(host, ())} | {c.country for c in by_name.get(host, ())}
    return next((c for c in by_name.get(gz.fold(parts[0]), ()) if c.country in codes), None)


def _known_key(key: str) -> bool:
    """Whether a folded name is a town's or a region's in the gazetteer."""
    by_name, by_alias = gz.cities()
    return key in by_name or key in by_alias or key in gz.subdivisions()


@lru_cache(maxsize=1)
def _subdivision_words() -> dict[str, set[str]]:
    """Folded word of a first-level region's name -> countries: "sulawesi" -> {ID}, so that
    "Central Java" (ISO: Jawa Tengah) is known to lie in Indonesia."""
    index: dict[str, set[str]] = {}
    for key, matches in gz.subdivisions().items():
        for word in key.split():
            if len(word) >= 4:
                index.setdefault(word, set()).update(m[0][:2] for m in matches if m[3] == 1)
    return {word: found for word, found in index.items() if found}


@lru_cache(maxsize=1)
def _subdivision_heads() -> dict[str, set[str]]:
    """Folded first word of a region's ISO name -> countries: "guangdong" (Guangdong Sheng)
    -> {CN}.  Compass words and type words are left out."""
    lex = lexicon()
    skip = {gz.fold(w) for w in lex["directions"] + lex["region_words"]}
    index: dict[str, set[str]] = {}
    for key, matches in gz.subdivisions().items():
        words = key.split()
        if len(words) >= 2 and len(words[0]) >= 4 and words[0] not in skip:
            index.setdefault(words[0], set()).update(m[0][:2] for m in matches if m[3] == 1)
    return {word: found for word, found in index.items() if found}


def _by_context(context: Counter):
    """The sort key of a subdivision by its country: how often the article names it, then
    whether a place found before lies in it ("Jos, Plateau State": Nigeria's, not Benin's
    Plateau, though neither country is named)."""
    placed = {r["country"] for r in getattr(context, "placed", ())}
    return lambda m: (context.get(m[0][:2], 0), m[0][:2] in placed)


def _region(name: str, context: Counter, pats) -> tuple[str, str] | None:
    """(canonical, country) of a first-level region named ``name``: an ISO 3166-2 name or
    English exonym, or a compass word before a word of region names found in one country
    only ("Central Java", "Western Cape")."""
    key = gz.fold(name)
    matches = gz.subdivisions().get(key)
    # (a name of three letters only as a first-level region of the article's own country:
    # "carried Olt and Giurgiu" in a Romanian story)
    if matches and (len(key) >= 4 or len(key) == 3 and context
                    and any(m[0][:2] == _main_country(context) and m[3] == 1 for m in matches)):
        best = max(matches, key=_by_context(context))
        if context and best[0][:2] not in context and key in _name_compass_words():
            # "customers in the South East" of a story set elsewhere than Botswana: that part of
            # the country the story is in
            return name, _main_country(context)
        if context and best[0][:2] not in context and " " in key:
            # "the Central Region" of a story set in Ghana: Ghana's region "Central" of type
            # Region, not Malawi's "Central Region", the only one whose ISO name has the word
            head, word = key.rsplit(" ", 1)
            typed = [m for m in gz.subdivisions().get(head, ()) if gz.fold(m[2]) == word and m[0][:2] in context]
            if typed:
                return name, max(typed, key=_by_context(context))[0][:2]
        code, local = best[:2]
        return (name if gz.fold(local) != key else local), code[:2]
    words = key.split()
    if len(words) == 1 and len(_subdivision_heads().get(key, ())) == 1:
        return name, next(iter(_subdivision_heads()[key]))  # "Guangdong" (ISO: Guangdong Sheng)
    if len(words) == 1 and context:
        # "Sussex" of a story in a country whose regions are "East Sussex" and "West Sussex": the
        # land they split, where the article is
        halves = {m[0][:2] for part in ("east", "west", "north", "south") for m in gz.subdivisions().get(f"{part} {key}", ())}
        if len(halves) == 1 and next(iter(halves)) in context:
            return name, halves.pop()
    if len(words) >= 2 and (pats["direction_word"].match(words[0]) or words[0] in _name_compass_words()):
        countries = set()
        for word in words[1:]:
            countries |= _subdivision_words().get(word, set())
        # one country's, and one the article names if it names any ("the Central Highlands"
        # of a story set elsewhere is not that country's)
        if len(countries) == 1 and (not context or next(iter(countries)) in context):
            return name, countries.pop()
    return None


class _Context(Counter):
    """How often the article names each country, and the places found so far (for the
    country of the nearest earlier place)."""

    placed: list[dict]
    home_regions: dict[str, tuple]


# a state's name before a thing of its own law or office: "Georgia law", "Georgia voters"
_ATTRIBUTIVE_STATE = re.compile(r"\s+(?:law|laws|voters|residents|officials|counties|legislature|election|elections)\b")


# a town smaller than this gives way to a first-level region of its name in a country the
# story names ("Scotland", "Victoria" as a state)
_TOWN_UNDER_REGION = 20_000
# a town this big abroad that bears a region's name halves what the name says of the country
_TOWN_SIGN = 5000


def _context_countries(text: str) -> _Context:
    """How often the article names each country (by name, demonym or capital, or by a
    first-level region found in one country only: "Eastern Cape")."""
    counts = _Context()
    counts.placed = []
    countries, demonyms, capitals = gz.country_index(), gz.demonym_index(), gz.capital_index()
    regions, vocabulary = gz.subdivisions(), _vocabulary()
    by_name = gz.cities()[0]
    heads, tails = _feature_keys()
    named = Counter()  # how often each country's own name is used
    local = Counter()  # how often a region or capital in one country only is named
    for _, end, run in capitalised_runs(text):
        if text[end:end + 1] == "$" and " " not in run:
            continue  # "US$88 a tonne", "A$14": a currency's mark, no sign of the country
        tokens, folded, opens = zip(*map(_context_token, run.split()))
        if folded[0] in heads:
            continue  # "Lake Victoria" is no sign of the Seychelles' capital
        # nor is the name before a feature or region word ("Victoria Falls"); the country
        # earlier in the run is ("Freedonia's Northern Province")
        core_end = len(tokens) - 1 if folded[-1] in tails else -1
        for n in range(min(4, len(tokens)), 0, -1):
            for i in range(len(tokens) - n + 1):
                if not opens[i]:
                    continue
                key = folded[i] if n == 1 else gz.fold(" ".join(tokens[i:i + n]))  # (one token: folded)
                if i + n >= core_end >= 0 and key not in countries:
                    continue  # (a state's own name may end in such a word: "the Dominican Republic")
                code = (countries.get(key) or (None,))[0] or demonyms.get(key)
                if code:
                    counts[code] += 1
                    if key in countries:
                        named[key] += 1
                elif key in capitals:
                    # "Victoria" is a capital, and a lake; and a state of another country, whose
                    # half of the sign it shares
                    other = {m[0][:2] for m in regions.get(key, ()) if m[3] == 1} - {capitals[key]}
                    weight = 0.25 if len(other) == 1 else 0.5
                    counts[capitals[key]] += weight
                    local[capitals[key]] += weight
                    if len(other) == 1:
                        counts[next(iter(other))] += weight
                elif n > 1 or len(key) >= 6 and key not in vocabulary:
                    found = {m[0][:2] for m in regions.get(key, ()) if m[3] == 1}
                    if len(found) == 1:
                        code = found.pop()
                        # (a region's name that a town of another country bears is half a sign:
                        # "Ararat" is Armenia's province and a Victorian town)
                        towns = {c.country for c in by_name.get(key, ()) if c.population >= _TOWN_SIGN} - {code}
                        weight = 0.25 if towns else 0.5
                        counts[code] += weight
                        local[code] += weight
        if core_end >= 1:
            # "Bibb County": a county (district, ...) of one country only is a sign of where
            # the story lies, for the names of states that are also countries' (below)
            for i in range(max(0, core_end - 2), core_end):
                found = {m[0][:2] for m in regions.get(gz.fold(" ".join(tokens[i:])), ())}
                if len(found) == 1:
                    local[found.pop()] += 0.5
                    break
    for sign, code in _CURRENCY_COUNTRIES:
        if sign in text:
            # "a pre-tax loss of £112.6m", "₹2,104 crore": a sign of the country whose money it is
            # (worth one mention of the country's name, however often the sign stands)
            counts[code] += 1
    counts.home_regions = _home_regions(named, local, counts)
    return counts


# currency signs of one country each: "£" (the pound), "₹", "₦", "R$", "A$", "C$", "NZ$", "₱", "৳"
_CURRENCY_COUNTRIES = (("£", "GB"), ("₹", "IN"), ("₦", "NG"), ("R$", "BR"), ("A$", "AU"), ("C$", "CA"),
                       ("NZ$", "NZ"), ("₱", "PH"), ("৳", "BD"), ("₩", "KR"), ("₺", "TR"))


def _home_regions(named: Counter, local: Counter, counts: Counter) -> dict[str, tuple]:
    """The country names the article uses for a first-level region of another country it
    places things in ("Georgia" in a story of Bibb and Monroe counties): {key: subdivision};
    their counts move to that country.  A story that names a town, region or the capital of
    the state of that name keeps it a state."""
    homes = {}
    for key, n in named.items():
        code = gz.country_index()[key][0]
        if local[code]:
            continue
        regions = {m[0][:2]: m for m in gz.subdivisions().get(key, ()) if m[3] == 1 and m[0][:2] != code}
        home = max(regions, key=lambda c: local[c], default=None)
        if home and local[home] >= 1:
            homes[key] = regions[home]
            counts[code] -= n
            counts[home] += n
            if counts[code] <= 0:
                del counts[code]
    return homes


@lru_cache(maxsize=8192)  # a pure function of a word, asked of every word of every run
def _context_token(token: str) -> tuple[str, str, bool]:
    """What :func:`_context_countries` reads of one word of a run: the word without its
    possessive ("Freedonia's Northern Province": the possessive is not the country's name),
    that folded, and whether an n-gram opening with it can be a key of the indexes (a
    folded n-gram starts with the first word of its first token folded: where no key of
    the indexes starts with that word, no n-gram from there names anything)."""
    token = _without_possessive(token) or token
    folded = gz.fold(token)
    return token, folded, not folded or folded.split(" ", 1)[0] in _index_first_words()


@lru_cache(maxsize=1)
def _index_first_words() -> frozenset[str]:
    """The first word of every key of the country, demonym, capital and region indexes."""
    keys = [*gz.country_index(), *gz.demonym_index(), *gz.capital_index(), *gz.subdivisions()]
    return frozenset(key.split(" ", 1)[0] for key in keys)


def _pick_city(candidates: list[gz.City], context: Counter) -> tuple[gz.City, bool]:
    """The city meant: prominence (population) plus the article's countries. Returns
    (city, whether context decided it)."""
    def score(city: gz.City) -> float:
        size, capital = _prominence(city)
        return size + 2.0 * math.log1p(context.get(city.country, 0)) + capital
    best = max(candidates, key=score)
    return best, best is not candidates[0] or len({c.country for c in candidates}) > 1


@lru_cache(maxsize=16384)  # a pure function of a city: each name's namesakes are scored again and again
def _prominence(city: gz.City) -> tuple[float, float]:
    """The parts of a city's score in :func:`_pick_city` that the article does not change: its
    size, and 1.5 for a national capital (what a bare name means far more often than its
    namesakes), else 0."""
    capital = 1.5 if gz.capital_index().get(gz.fold(city.name)) == city.country else 0.0
    return math.log10(max(city.population, 10)), capital


def _type_title(word: str) -> str:
    """A region's type word as a canonical name ends in it: "Province", but "LGA" in capitals."""
    return _capital_types().get(word.lower()) or word.title()


@lru_cache(maxsize=1)
def _capital_types() -> dict[str, str]:
    """Type words the lexicon writes in capitals, by their lower case ("lga" -> "LGA")."""
    return {w.lower(): w for w in lexicon()["region_words"] if w.isupper()}


def _subdivision(stem: str, context: Counter, word: str) -> tuple[str, str, str | None] | None:
    """(canonical, country, namesake key) for "<stem> region": ISO 3166-2 first, then a
    namesake city's country."""
    key = gz.fold(stem)
    full = [m for m in gz.subdivisions().get(f"{key} {gz.fold(word)}", ())
            if not context or m[0][:2] in context]
    if full:  # "Northern Province" (ISO), not some country's "Northern"
        code, local = max(full, key=_by_context(context))[:2]
        return local, code[:2], code
    matches = gz.subdivisions().get(key, [])
    if not matches:
        matches = [m for k in _keys_starting(key) for m in gz.subdivisions()[k]] if len(key) >= 4 else []
    if matches and context and not any(m[0][:2] in context for m in matches):
        # a region of that name lies in none of the article's countries; unless the type
        # word is its own ("Aichi prefecture" in copy naming only Seoul: Japan's)
        # (one region under several spellings of its key is one: a transliterated name with
        # and without its apostrophe)
        matches = [m for m in matches if gz.fold(word) in gz.fold(m[2]) or m[0][:2] in _type_countries(word)] \
            if len({m[0] for m in matches}) == 1 else []
    if matches:
        # (the namesake whose type the word gives: "Plateau State" is the Nigerian state,
        # not Benin's Plateau department)
        matches = [m for m in matches if gz.fold(word) in gz.fold(m[2])] or matches
        code, local = max(matches, key=_by_context(context))[:2]
        local_f = gz.fold(local)
        if "oblast" in local_f:
            suffix = "Oblast"
        elif "kray" in local_f or "krai" in local_f:
            suffix = "Krai"
        else:
            suffix = _type_title(word)
        return f"{stem} {suffix}", code[:2], code
    found = _region(stem, context, _patterns())
    if found and (not context or found[1] in context):
        return f"{stem} {_type_title(word)}", found[1], None
    by_name, by_alias = gz.cities()
    towns = by_name.get(key) or []
    if context and not any(c.country in context for c in towns):
        # another spelling of a big town of the article's countries ("Zaporozhye region"); of
        # the country it names most where others are named less (a Vietnamese district's name
        # is also the Vietnamese name of a Chinese city)
        main = _main_country(context)
        towns = [c for c in by_alias.get(key, ()) if c.country in context and c.population >= _small_town()
                 and (c.country == main or context[c.country] * 2 >= context[main])] or towns
    if towns:
        city, _ = _pick_city(towns, context)
        if context and city.country not in context and city.country not in _type_countries(word):
            # a namesake town abroad: the article's country holds the region; unless the type
            # word is one few countries use and the town's is one ("Alpha Oblast", "Beta
            # prefecture" in copy that never names the town's country)
            return None
        return f"{stem} {_type_title(word)}", city.country, None
    return None


_TYPE_SPELLINGS = {"krai": "kray", "voivodeship": "voivodship", "oblys": "oblast", "voblast": "oblast"}


def _type_countries(word: str) -> frozenset[str]:
    """The countries whose first-level regions a type word names ("oblast": three states of
    the former Soviet Union), if it is distinctive (five countries or fewer use it in their regions' types
    or local names); empty for "region", "province", "state"."""
    word = gz.fold(word)
    return _type_word_index().get(_TYPE_SPELLINGS.get(word, word), frozenset())


@lru_cache(maxsize=1)
def _type_word_index() -> dict[str, frozenset[str]]:
    """Each word of the regions' types and local names -> the countries using it, for the
    words five countries or fewer use."""
    index: dict[str, set[str]] = {}
    for matches in gz.subdivisions().values():
        for m in matches:
            for w in set(_WORD.findall(gz.fold(f"{m[2]} {m[1]}"))):
                index.setdefault(w, set()).add(m[0][:2])
    return {w: frozenset(found) for w, found in index.items() if len(found) <= 5}


_WORD = re.compile(r"[a-z]+")


def _keys_starting(prefix: str) -> list[str]:
    """Region keys that start with ``prefix`` and go on with a word or an adjective's ending,
    by bisection of the sorted keys (no scan)."""
    import bisect

    keys = _sorted_region_keys()
    found = []
    for i in range(bisect.bisect_left(keys, prefix), len(keys)):
        if not keys[i].startswith(prefix):
            break
        if _KEY_GOES_ON.match(keys[i], len(prefix)):
            found.append(keys[i])
    return found


# what may follow a stem in a region's key: more words ("shasta county"), or a Slavic
# adjective's ending ("kurskaya oblast", "lvivska oblast"); not more of another name
# ("kabal" is not "kabale")
_KEY_GOES_ON = re.compile(r"\s|(?:s?'?k)?(?:aya|a|iy|yy|yi|ij|ii|ya|yy)(?:\s|'|$)")


@lru_cache(maxsize=1)
def _sorted_region_keys() -> list[str]:
    return sorted(gz.subdivisions())


def _namesake_point(stem: str, country: str) -> tuple[float | None, float | None]:
    """A region's point: its namesake town's (a region is often named after its chief town),
    if that town is of some size (a hamlet of a state's name may lie in another state:
    "Florida", New York), else its country's."""
    by_name, by_alias = gz.cities()
    for city in by_name.get(gz.fold(stem), []) + by_alias.get(gz.fold(stem), []):
        if city.country == country and city.population >= _small_town():
            return city.lat, city.lon
    return gz.country_point(country)



@lru_cache(maxsize=4096)  # a pure function of a word; the capitalised words no index knows
# ("Analysts", "Turnout") come back article after article, and each costs a scan of its buckets
def _fuzzy_city(token: str) -> gz.City | None:
    """A city whose name is one edit (two for long names) from a misspelt token."""
    if len(token) < 5:
        return None
    limit = 1 if len(token) <= 8 else 2
    key = gz.fold(token)
    by_name, by_alias = gz.cities()
    best = None
    for length in range(len(key) - limit, len(key) + limit + 1):
        names = _fuzzy_buckets().get((key[0], length))
        if not names:
            continue
        # the comparisons run in rapidfuzz's C loop; only the near names come back
        for name, distance, _ in process.extract_iter(key, names, scorer=OSA.distance, score_cutoff=limit):
            alias = name not in by_name
            if distance <= (1 if alias else limit):  # alternate names are many: one edit only
                city = (by_alias if alias else by_name)[name][0]
                if city.population >= gz.FUZZY_POPULATION and (best is None or (distance, -city.population) < best[0]):
                    best = ((distance, -city.population), city)
    return best[1] if best else None


@lru_cache(maxsize=1)
def _fuzzy_buckets() -> dict[tuple[str, int], list[str]]:
    """The names a misspelling may be matched to (official and alternate names of big
    places: a misspelling may be nearer a common English spelling than the official one),
    by first letter and length, so a token is compared with a few hundred names only."""
    buckets: dict[tuple[str, int], list[str]] = {}
    for name in gz.fuzzy_keys():
        buckets.setdefault((name[:1], len(name)), []).append(name)
    return buckets


# compass words written after a town's name to name a district of it ("Ede North", "Ga South")
_UNIT_COMPASS = frozenset({"North", "South", "East", "West", "Central"})


def _row(sentence: dict, start: int, end: int, text: str, canonical: str, country: str, kind: str,
         lat, lon, resolution: str) -> dict:
    return {"sentence_id": sentence["id"], "start": start, "end": end, "mention": text[start:end],
            "canonical": canonical, "country": country, "kind": kind, "lat": lat, "lon": lon,
            "resolution": resolution}


def extract_places(text: str, sentences: list[dict], blocked_spans: list[tuple[int, int]] = ()) -> list[dict]:
    """Rows of the places table.  ``blocked_spans`` are names already known to be people
    or organisations (never places)."""
    pats = _patterns()
    context = _context_countries(text)
    countries, demonyms, capitals = gz.country_index(), gz.demonym_index(), gz.capital_index()
    by_name, by_alias = gz.cities()
    common = _common_words(text)
    not_words = _not_place_words()
    rows: list[dict] = []
    # The spans taken: each character of a span inside the text is marked in ``covered``
    # (free() of a span of the text then looks at its own characters only, instead of at
    # every span taken); empty spans and spans reaching outside the text are kept in
    # ``odd`` and compared one by one, as ``taken`` holds them all for an odd query.
    taken: list[tuple[int, int]] = []
    odd: list[tuple[int, int]] = []
    covered = bytearray(len(text))

    def take(a: int, b: int) -> None:
        taken.append((a, b))
        if 0 <= a < b <= len(covered):
            covered[a:b] = b"\x01" * (b - a)
        else:
            odd.append((a, b))

    def free(a: int, b: int) -> bool:
        if not 0 <= a < b <= len(covered):
            return all(b <= s or a >= e for s, e in taken)
        return covered.find(1, a, b) < 0 and (not odd or all(b <= s or a >= e for s, e in odd))

    for m in _core_matches(pats["credit"], pats["credit_core"], text) if ":" in text else ():
        take(m.start(1), m.end(1))  # who took a photo, not where

    def add(row: dict | None) -> None:
        if row and free(row["start"], row["end"]):
            rows.append(row)
            take(row["start"], row["end"])

    # wire agencies named in a dateline are organisations wherever the article names them
    datelines, agencies = _datelines(text, sentences, context)
    for row in datelines:
        context[row["country"]] += 3  # where the story is filed is the article's country
    for name in agencies:
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            take(m.start(), m.end())
    for row in datelines:
        add(row)
    # after the datelines: a dateline's town in capitals ("PORTVILLE —") is a place even
    # where the names of people and organisations took its last word for an acronym
    regions = gz.subdivisions()
    for a, b in blocked_spans:
        key = gz.fold(text[a:b])
        if key in countries:
            continue  # a state's formal name is an actor or a place, told here
        # ("in Alpha and the Eastern Cape, the ministry said", "on the Alpha Peninsula, the agency
        # said": a region or feature the names took for a body named before "the agency said")
        if " " in key and " of " not in key and (key in regions or key.rsplit(" ", 1)[-1] in _feature_keys()[1]) \
                and (_locative_before(pats, text[max(0, a - 40):a])
                     or _LISTED_AFTER_LOCATIVE.search(text, max(0, a - 80), a)) \
                and not pats["addressee_before"].search(text, max(0, a - 80), a):
            # (but "according to the Freedonia Weather Department": the "to" of a source's
            # slot puts a body there, whatever type word closes its name)
            continue
        owner = _POSSESSIVE_SPACE.search(key)
        if owner and key[:owner.start()] in countries and _locative_before(pats, text[max(0, a - 40):a]):
            # "in northern Freedonia's Alpha region": a state's possessive in a locative slot
            # hosts a place, whatever the names of people made of the words after it
            continue
        if key.count(" ") == 1 and key.rsplit(" ", 1)[-1] in regions and _LISTED_AFTER_LOCATIVE.search(text, max(0, a - 80), a):
            # "relief centres in Besut and Hulu Terengganu": a name listed after a locative
            # and ending in a region's name is a district, not a person the names took it for
            continue
        towns = by_name.get(key) or [c for c in by_alias.get(key, ()) if c.population >= _BIG_TOWN] \
            if " " in key else None
        if towns and (
                any(context.get(c.country, 0) >= 1 or c.population >= _BIG_TOWN for c in towns)
                and _locative_before(pats, text[max(0, a - 40):a])
                or _search_end(pats, "typed_slot", text[max(0, a - 30):a])):
            # "In Alpha Beta, police said": two capitalised words the names of people took
            # for a person, after a locative and a town of a country the article names or a
            # big town ("the mayor of Alpha City said": a city's name, not its council) (or
            # any town after a settlement's type: "residents of Alpha Bank", no bank)
            continue
        if " " in key and text[b:b + 1] == "," and _OPENING_IN.fullmatch(text, max(0, a - 40), a):
            continue  # "In Alpha Beta, rescuers ...": no person opens a sentence so
        venue = _venue_place(text, sentences, a, b, context, pats) if " " in key else None
        if venue:
            # "appeared at Perth Magistrates Court", "Galway County Council said": a building
            # or body named after the place it stands in or governs; the place is a place,
            # the rest stays the body's name
            add(venue)
            a = venue["end"]
        take(a, b)
    for name in _held_companies(text, pats):
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])", text):
            take(m.start(), m.end())
    # the sentences' runs of capitalised words, read once for the inference and the rules
    sentence_runs = [_place_runs(text, sentence["start"], sentence["end"]) for sentence in sentences]
    for code, votes in _inferred_countries(text, [r for runs in sentence_runs for r in runs], context, pats,
                                           common).items():
        context[code] += votes
    for sentence in sentences[:8]:
        if sentence.get("block") == "furniture" and sentence["text"].startswith("From ") and "," in sentence["text"]:
            # "From Jane Roe, Portville": a byline's writer, whom "from" puts in no place
            take(sentence["start"] + 5, sentence["start"] + sentence["text"].index(","))
    for row in _byline_places(text, sentences, context):
        add(row)
    for row in _phrase_rows(text, sentences, context, pats):
        add(row)
    for row in _town_list_rows(text, sentences, context, common):
        for r in row:
            add(r)
    context.placed = rows
    # names the article places by their type or dateline: the same place wherever named
    memory = {gz.fold(r["mention"]): r for r in rows
              if r["country"] and r["kind"] in ("city", "region") and r["mention"][:1].isupper()}

    for sentence, runs in zip(sentences, sentence_runs):
        s, e = sentence["start"], sentence["end"]
        last: dict | None = None  # the last place of this sentence, and whether it was a region slot
        last_region_slot = last_listed = False
        for r_start, r_end, run in runs:
            tokens = []
            # (most runs are one word: no space, and none of the unprintable kinds of whitespace)
            words = [(0, len(run))] if run and " " not in run and run.isprintable() else \
                [m.span() for m in _NON_SPACE.finditer(run)]
            for start, end in words:
                word = run[start:end]
                a, b = start + r_start, end + r_start
                cut = _possessive_end(word)
                if not cut and "-" in word:
                    compound = pats["compound_suffix"].search(word)  # "Lisbon-based"
                    cut = len(compound.group()) if compound else 0
                tokens.append((a, b - cut, bool(cut)))
            i = 0
            while i < len(tokens):
                matched = False
                for n in range(min(6, len(tokens) - i), 0, -1):
                    if n > 1 and any(tokens[k][2] for k in range(i, i + n - 1)) \
                            and (inner := gz.fold(text[tokens[i][0]:tokens[i + n - 1][1]])) not in countries \
                            and inner not in regions:
                        # a possessive inside: "Indonesia's Central" is not one name (a state's
                        # formal name may hold one: "Democratic People's Republic of Korea")
                        continue
                    a, b = tokens[i][0], tokens[i + n - 1][1]
                    if text[a].islower() or text[tokens[i + n - 1][0]].islower() \
                            and not _ELIDED_WORD.match(text, tokens[i + n - 1][0]):
                        continue  # "of the Alpha": a name starts and ends with a capitalised word
                    name = text[a:b]
                    key = gz.fold(name)
                    if not free(a, b) or not key or name in not_words:
                        continue
                    if n == 2 and text[tokens[i + 1][0]:b] in _UNIT_COMPASS and not tokens[i][2] \
                            and text[tokens[i][1]:tokens[i + 1][0]] == " " and gz.fold(text[a:tokens[i][1]]) in by_name \
                            and key not in by_name:  # (a town named so whole is that town: "Palmerston North")
                        # "won in Ede North, Ede South and Iwo", "took Ilesa West": a district named by
                        # its town and a compass word after it (Nigeria's local government areas,
                        # Ghana's and Kenya's constituencies) is that district, where the town is
                        town = _resolve_name(text, sentence, a, tokens[i][1], gz.fold(text[a:tokens[i][1]]), context, pats,
                                             countries, demonyms, capitals, by_name, by_alias, listed=last is not None
                                             and pats["list_joiner"].match(text[last["end"]:a]) is not None,
                                             common=common, memory=memory)
                        if town and town["end"] == tokens[i][1] and town["kind"] in ("city", "region") and town["country"]:
                            row = _row(sentence, a, b, text, name, town["country"], "region", town["lat"], town["lon"],
                                       town["resolution"])
                            rows.append(row)
                            take(a, b)
                            memory.setdefault(key, row)
                            last, last_region_slot, last_listed = row, False, False
                            i += n
                            matched = True
                            break
                    if n > 1 and not _may_name_place(key, name, text[b:b + 40], pats) \
                            and not (n <= 3 and (_search_end(pats, "near_slot", text[max(s, a - 30):a])
                                                 # ("the village of Novyi Alpha", "residents of Kfar Beta")
                                                 or _search_end(pats, "typed_slot", text[max(s, a - 30):a]))):
                        continue  # most runs of several words are names of people and bodies
                    if n > 1 and text[a:tokens[i][1]] in not_words and not _known_key(key) \
                            and key not in countries:
                        continue  # "The West Coast region" opening a sentence: the name is "West Coast"
                    if n == 1 and i + 1 < len(tokens) and not tokens[i][2] and not _STRONG_LOCATIVE_BEFORE.search(text, max(s, a - 12), a) \
                            and _names_a_person(text, tokens[i + 1], key, countries, by_name, not_words):
                        break  # "from Vladimir Kostenko": a first name a town shares, its surname after it
                        # (but "in tambon Wiang Phang Kham": a place's unlisted name; "at" is left out, as
                        # "at Virginia Tech" and "at Capivari Investimentos" name no place)
                    # (the place before may be one the passes before this loop found: "in
                    # Scandinavia and Poland", a region of several states)
                    joined = " and " in text[max(s, a - 5):a + 1] or " or " in text[max(s, a - 4):a + 1]
                    prior = max((r for r in rows if s <= r["start"] and r["end"] <= a
                                 and (last is None or r["end"] > last["end"])), key=lambda r: r["end"], default=last) \
                        if joined else last
                    listed = prior is not None and pats["list_joiner"].match(text[prior["end"]:a]) is not None \
                        and (prior is last or re.search(r"\b(?:and|or)\b", text[prior["end"]:a]) is not None
                             and _locative_before(pats, text[max(s, prior["start"] - 40):prior["start"]]))
                    if listed and prior is not last:
                        last, last_region_slot, last_listed = prior, False, False
                    if listed and not last_listed and _CLAUSE_AND.match(text, last["end"], a) \
                            and pats["actor_after"].match(text, b, min(e, b + 40)):
                        # "fighting in Alpha, and Portville has not commented": a comma and
                        # "and" after a lone place open a clause; its subject shares no locative
                        listed = False
                    # a name listed after a region is a region too ("in Texas and Florida")
                    region_slot = _search_end(pats, "region_locative", text[max(s, a - 40):a]) is not None or \
                        (listed and (last_region_slot or last["kind"] == "region"))
                    row = _resolve_name(text, sentence, a, b, key, context, pats, countries, demonyms,
                                        capitals, by_name, by_alias, listed=listed, region_slot=region_slot,
                                        common=common, memory=memory,
                                        inside_run=_inside_name(text, tokens, i, n),
                                        # (a name goes on with a capitalised word: "Freedonia
                                        # Coast Monitor"; "the Alpha Valley of Beta" is the valley)
                                        continued=i + n < len(tokens) and not tokens[i + n - 1][2]
                                        and not text[tokens[i + n][0]].islower())
                    if row and free(row["start"], row["end"]):
                        rows.append(row)
                        take(row["start"], row["end"])
                        if row["country"] and row["kind"] in ("city", "region") and row["mention"][:1].isupper():
                            memory.setdefault(gz.fold(row["mention"]), row)
                        last, last_region_slot, last_listed = row, region_slot, listed
                        i += n
                        matched = True
                        break
                    if key in countries or key in demonyms or key in by_name or key in capitals:
                        i += n  # a known name, used as an actor or event: consumed, not a place
                        matched = True
                        break
                if not matched:
                    i += 1
    rows.sort(key=lambda r: r["start"])
    rows = _towns_with_their_region(text, sentences, rows, blocked_spans)
    rows = _unplaced_pairs(text, rows, context)
    _place_regions_by_towns(rows)
    _listed_namesakes(text, rows, context)
    rows = _rest_of_listed_towns(text, sentences, rows, blocked_spans, common)
    _first_village_by_what_follows(text, rows)
    _villages_listed_together(text, rows)
    _capital_by_last_named(text, rows)
    _lonely_namesakes_abroad(rows, context)
    _short_names_of_named_towns(rows, context)
    _regions_over_town_aliases(rows)
    twice = _listed_in_full(rows)
    for r in rows:
        r.pop("_typed", None)
    # "in the capital, Monrovia": the name in apposition is the place the description names
    return [r for i, r in enumerate(rows) if id(r) not in twice and not (
        r["resolution"] == "context" and r["mention"][:1].islower() and i + 1 < len(rows)
        and _APPOSITION_GAP.fullmatch(text, r["end"], rows[i + 1]["start"]))
        # "the Gilgit-Baltistan Chief Minister", "the Alpha Scouts": a post's or a force's name, no location
        and not _ATTRIBUTIVE_AFTER.match(text, r["end"])
        # "the Kent County Council elections": the council's name, not a county of its own
        and not (r["mention"].endswith((" County", " District", " Borough")) and _COUNCIL_AFTER.match(text, r["end"]))
        and not (" " in r["mention"] and r["mention"] in _not_place_names())  # ("County Hall": no county of Hall)
        # "Juanda International Airport in Sidoarjo": an airport placed by the town after it is
        # no place of its own, as the golds read it (the town is; "Malang airport" is Malang; an
        # unlisted air base near a town stays one: see _venue_place)
        and not (r["canonical"] == r["mention"] and " " in r["mention"]
                 and gz.fold(r["mention"]).endswith(" airport"))
        # "the White House", "the Kremlin": a seat of government, the institution (and its
        # building), not a toponym (nor the town of White House, Tennessee)
        and _LEADING_THE_WORD.sub("", r["mention"]) not in lexicon()["seats_of_government"]
        # "(Reporting by Jane Roe in Portville and Ann Lee in Eastfield; Editing by …)": a wire's
        # credits place only the towns after "in" (the rest are its reporters' names)
        and not (_CREDIT_LINE.match(text, _line_start(text, r["start"])) and text[max(0, r["start"] - 4):r["start"]] != " in ")]


_BYLINE_BY = re.compile(r"(?:^|\n)[ \t]*By[ \t]+$")
_CREDIT_LINE = re.compile(r"[(\[]?(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting)\s+by\s")


def _line_start(text: str, at: int) -> int:
    """Where the line holding ``at`` begins."""
    return text.rfind("\n", 0, at) + 1


_STRONG_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|outside|inside|tambon|village|town|of)\s+$")


def _names_a_person(text: str, following: tuple[int, int, bool], key: str, countries, by_name, not_words) -> bool:
    """Whether a one-word town's name is a person's first name, by the word that follows it in
    one run: a capitalised word that is no place, no common word and no place type ("Vladimir
    Kostenko"; but "Portville Oblast", "Lagos State", "Tarnow Monday")."""
    if key in countries or " " in text[following[0] - 2:following[0] - 1] or following[1] - following[0] < 3:
        return False  # (a country is never a first name; two spaces part two names)
    word = text[following[0]:following[1]]
    folded = gz.fold(word)
    if folded.rstrip("s") in ("convention", "accord", "protocol", "declaration", "format"):
        return False  # "the Geneva Conventions", "the Minsk Accords": named after where they were signed
    return word[:1].isupper() and word[1:].islower() and folded not in by_name and folded not in countries \
        and word not in not_words and folded not in _vocabulary() and folded not in _place_type_words() \
        and folded not in lexicon()["region_words"] and not _known_key(folded)


_HELD_NAME = re.compile(r"\s+([" + _CAP + r"][\w'’.-]+(?:\s+[" + _CAP + r"][\w'’.-]+){0,3})")


def _held_companies(text: str, pats) -> set[str]:
    """Names a company slot puts a company on ("Shares in Alpha Beta fell"), where no
    country, region, capital or town of some size has the name: a village's namesake there
    is the firm wherever the article names it ("the company's Alpha Beta brand")."""
    if " in " not in text and " on " not in text:
        return set()
    by_name, _ = gz.cities()
    countries, capitals, regions = gz.country_index(), gz.capital_index(), gz.subdivisions()
    names = set()
    for slot in pats["company_slot"].finditer(text):
        m = _HELD_NAME.match(text, slot.end())
        if not m:
            continue
        name = _without_possessive(m.group(1)) or m.group(1)
        key = gz.fold(name)
        if key in countries or key in capitals or key in regions or name in _not_place_words() \
                or pats["multi_country"].fullmatch(name) \
                or any(c.population >= _small_town() for c in by_name.get(key, ())):
            continue
        names.add(name)
    return names


@lru_cache(maxsize=1)
def _venue_words() -> frozenset[str]:
    """Folded last words of a building's or facility's name: "court", "hospital", "airport"."""
    lex = lexicon()
    return frozenset(gz.fold(w).split()[-1] for w in lex["building_words"] + lex["place_facility_words"])


@lru_cache(maxsize=1)
def _seat_words() -> frozenset[str]:
    """Folded last words of the bodies a place's name opens wherever they stand: the court
    sits there, the council governs it ("Perth Magistrates Court", "Galway County Council")."""
    return frozenset(gz.fold(w) for w in lexicon()["seat_words"])


def _venue_place(text: str, sentences: list[dict], a: int, b: int, context: Counter, pats) -> dict | None:
    """The town (or region) a building's name opens with, where the building stands in a
    locative slot ("taken to Kherson Regional Hospital", "flights from Alpha International
    Airport"), or a court's or council's name wherever it stands (the court sits there, the
    council governs it: "Perth Magistrates Court", "Galway County Council said").  Another
    body named after its town ("the Lagos State Government said", "a spokesman for the Alpha
    Regional Administration") places nothing."""
    words = text[a:b].split()
    last = gz.fold(words[-1]) if len(words) >= 2 else ""
    seat = last in _seat_words()
    if not seat and last not in _venue_words():
        return None
    before = text[max(0, a - 40):a]
    if not seat and not _locative_before(pats, before):
        return None
    sentence = _sentence_at(sentences, a)
    if sentence is None:
        return None
    by_name, by_alias = gz.cities()
    for n in range(min(3, len(words) - 1), 0, -1):
        name = " ".join(words[:n])
        key = gz.fold(name)
        if name in _not_place_names() or name in _not_place_words() or key in gz.country_index() \
                or key in gz.demonym_index() or name.isupper():  # ("UN Security Council": an acronym)
            continue
        if n == 1 and name.lower() in _vocabulary():
            continue  # ("One Town Council member said": a word, no town of that name)
        end = a + len(name)
        found = [c for c in by_name.get(key, []) + by_alias.get(key, [])
                 if c.population >= _small_town() or c.country in context]
        if found:
            city, by_context = _pick_city(found, context)
            return _row(sentence, a, end, text, city.name, city.country, "city", city.lat, city.lon,
                        "context" if by_context else "exact")
        region = _region(name, context, pats)
        if region and (not context or region[1] in context):  # (not "Mayo Hospital" in Lahore: a county abroad)
            lat, lon = _namesake_point(name, region[1])
            return _row(sentence, a, end, text, region[0], region[1], "region", lat, lon, "exact")
    return None


def _place_regions_by_towns(rows: list[dict]) -> None:
    """A region (or unlisted village) the gazetteer has no point for (it got its
    country's point) is drawn at the nearest town of its country named within two
    sentences of it ("Portville, the capital of Alpha province"), which copy names
    because it lies there; where none is named it keeps its country's point."""
    for row in rows:
        code = row["country"]
        # (and a village no gazetteer lists, placed by the article's country: "in Kampung X, Portville")
        if not (row["kind"] == "region" or row["kind"] == "city" and row["resolution"] == "context") or not code \
                or (row["lat"], row["lon"]) != gz.country_point(code) or row["canonical"] == gz.country_name(code):
            continue
        near = [t for t in rows if t["country"] == code and abs(t["sentence_id"] - row["sentence_id"]) <= 2
                and (t["lat"], t["lon"]) != gz.country_point(code) and t["kind"] in ("city", "region")]
        # (else a region with a point of its own: "in tambon Mon Pin, Fang district" of a story
        # on Chiang Rai province is drawn there, not at the country's middle)
        towns = [t for t in near if t["kind"] == "city"] or near
        compass = _compass_part(row["canonical"].split()[0]) if row["kind"] == "region" else None
        part = gz.part_point(code, compass) if compass and not any(t["sentence_id"] == row["sentence_id"] for t in towns) \
            else None
        if part and part != gz.country_point(code):
            # "Eastern Province | 84 cases" in a table under rows naming the capital: the part of
            # the country its compass word names, not a town of another row
            row["lat"], row["lon"] = part
            continue
        if towns:
            town = min(towns, key=lambda t: (abs(t["sentence_id"] - row["sentence_id"]), abs(t["start"] - row["start"])))
            row["lat"], row["lon"] = town["lat"], town["lon"]



# how often an article names one country before it is plainly that country's story
_NAMED_OFTEN = 5


def _inferred_countries(text: str, runs, context: Counter, pats, common) -> dict[str, int]:
    """Countries the article never names but whose places it names: local copy says
    "in Portville ... at Eastbrook" and never the country's name.  Each name in a locative
    slot (after a preposition, at the start of a run of capitalised words, or listed after
    one: "in Portville and Eastbrook") votes for the country of the place it most likely
    means (the most populous, or a first-level region of one country); a country that two
    or more distinct names vote for is the article's, weighted by their number (so that a
    town sharing its name with a big city abroad, among three towns of one state, is that
    state's).  A single name is no evidence (a lone village abroad), nor is a common word
    ("Hope").  The slot is tested only for runs that open with a known name (dictionary
    look-ups are cheap; the locative pattern is not)."""
    votes: dict[str, set[str]] = {}
    last_end = -1  # the end of the last voting run: a list continues it
    if context and max(context.values()) >= _NAMED_OFTEN:
        # copy that names its country again and again is no local copy that never names it,
        # and names its own villages, which the gazetteer may lack and which share their names
        # with towns abroad (two villages of one story's country, named like towns of another,
        # are no sign of that other)
        return {}
    for a, b, run in runs:
        words = run.split()
        for n in range(min(4, len(words)), 0, -1):
            found = _voting_name(" ".join(words[:n]) if n > 1 else words[0])
            if found is None or found[0] in common:
                continue
            key, code, region_countries = found
            if code not in context and any(c in context for c in region_countries):
                break  # "Kent" in copy naming England: that county, no vote for a town abroad
            if _may_end_locative(text[max(0, a - 40):a]) and pats["locative"].search(text, max(0, a - 40), a) or \
                    last_end >= 0 and a - last_end < 12 and pats["list_joiner"].match(text[last_end:a]):
                votes.setdefault(code, set()).add(key)
                last_end = b
            break
    return {code: len(keys) for code, keys in votes.items() if len(keys) >= 2 and code not in context}


@lru_cache(maxsize=8192)  # a pure function of a name, asked of the opening words of every run
def _voting_name(name: str) -> tuple[str, str, tuple[str, ...]] | None:
    """What :func:`_inferred_countries` reads of a name opening a run: its folded key, the
    country of the place it most likely means, and the countries of the regions of its
    name; None where it can cast no vote whatever the article (no known place, a
    country's name or demonym, a common function word or a name that is no place's)."""
    if name.endswith(_POSSESSIVE_ENDINGS):  # (few names end so: the call is spared)
        name = _without_possessive(name)
    key = gz.fold(name)
    if not key or key in gz.country_index() or key in gz.demonym_index():
        return None
    by_name, by_alias = gz.cities()
    regions = gz.subdivisions()
    # the gazetteer lists namesakes most populous first (the country only: no City made)
    code = by_name.first_country(key)
    if code is None:
        code = by_alias.first_country(key)
    if code is None:
        found = {m[0][:2] for m in regions.get(key, ()) if m[3] == 1} if len(key) >= 4 else ()
        code = next(iter(found)) if len(found) == 1 else None
    if code is None or name in _not_place_words() or name in _not_place_names():
        return None
    return key, code, tuple(m[0][:2] for m in regions.get(key, ()))


def _inside_name(text: str, tokens: list, i: int, n: int) -> bool:
    """Whether tokens[i:i+n] stand inside a longer name: a capitalised word right before
    or after them, with no possessive between ("Vanua Levu", not "Kenya's Kitui" nor
    "Residents of Kerasia")."""
    before = i > 0 and text[tokens[i - 1][0]].isupper() and not tokens[i - 1][2] \
        and not _patterns()["held_suffix"].search(text, tokens[i - 1][0], tokens[i - 1][1]) \
        and not (i == 1 and text[tokens[0][0]:tokens[0][1]] in _not_place_words()
                 and not (_ADJECTIVE_END.search(text[tokens[i][0]:tokens[i][1]])
                          and not _sizeable_place(text[tokens[i][0]:tokens[i][1]])))
    # ("Russian-occupied Alpha"; and "In Alpha, ...": a preposition or article capitalised
    # at a sentence's start opens the run but is no part of the name after it; a word ending
    # like an adjective is one ("In English, ..."), unless it is a town of some size or a
    # region: "In Multan, police ...", "In Kurdistan, ...")
    after = i + n < len(tokens) and text[tokens[i + n][0]].isupper() and not tokens[i + n - 1][2]
    return bool(before or after)


def _sizeable_place(word: str) -> bool:
    """Whether a single word is a town of some size, a first-level region or a country of
    the gazetteer ("Multan", "Kurdistan"; not "English", a hamlet's name)."""
    key = gz.fold(word)
    if gz.demonym_index().get(key) and key not in gz.country_index():
        return False  # "In German, ...": a language
    return key in gz.subdivisions() or key in gz.country_index() \
        or any(c.population >= _small_town() for c in gz.cities()[0].get(key, ()))


def _may_name_place(key: str, name: str, after: str, pats) -> bool:
    """Whether a name of several words can be a place at all: a key of an index, a feature
    or compass word in it, or a region or feature word after it (a cheap test, so the
    rules run on few of the n-grams of a long run of capitalised words)."""
    by_name, by_alias = gz.cities()
    if (key in by_name or key in by_alias or key in gz.subdivisions() or key in gz.country_index()
            or key in gz.demonym_index() or key in gz.capital_index()):
        return True
    if " de" in name and _town_of_host(name):
        return True  # "Alpha de Beta", Beta a province
    words = key.split()
    heads, tails = _feature_keys()
    return (words[0] in heads or words[0] in ("county", "co.", "greater") or name.split(" ", 1)[0] in word_set("settlement_heads") or words[0] in _direction_words() or words[0] in _name_compass_words()
            or words[-1] in tails or " ".join(words[-2:]) in tails
            or name.rsplit(" ", 1)[-1] in word_set("street_words") or name.split(" ", 1)[0] in word_set("street_heads")  # "Alpha Road"
            or pats["feature_after"].match(after) is not None or pats["region_after"].match(after) is not None
            or after[:1] == ",")  # "in Kampung X, Portville": a village, placed by its host


@lru_cache(maxsize=1)
def _feature_keys() -> tuple[frozenset[str], frozenset[str]]:
    """Folded words that open a feature's or region's name (Lake, Mount, compass words) and
    that close one (valley, island, region)."""
    lex = lexicon()
    heads = {gz.fold(w).split()[0] for w in lex["feature_heads"]}
    tails = {gz.fold(w) for w in lex["feature_words"] + lex["region_words"]}
    return frozenset(heads), frozenset(tails)


def _regions_over_town_aliases(rows: list[dict]) -> None:
    """A region's own name that is only another name of its chief town ("Alpha" for "Alpha
    City"): the region, which the name names first."""
    by_name, _ = gz.cities()
    regions = gz.subdivisions()
    for row in rows:
        key = gz.fold(row["mention"])
        if row["resolution"] != "alias" or row["kind"] != "city" or key in by_name or key not in regions:
            continue
        same = [r for r in regions[key] if r[0][:2] == row["country"]]
        if same:
            row["canonical"], row["kind"], row["resolution"] = same[0][1], "region", "exact"
            row["lat"], row["lon"] = _namesake_point(row["mention"], row["country"])


_AND_ONLY = re.compile(r"\s+(?:and|&)\s+")


# a name set off before a region by a comma, as US and Mexican copy place a town: "Dayton, Ohio,"
_TOWN_BEFORE_COMMA = re.compile(r"(?<![\w’'-])(?P<town>[" + _CAP + r"][\w’'.-]+(?:[ \t]+[" + _CAP + r"][\w’'.-]+){0,2}),[ \t]+$")
# (how far a town may lie from its region's point: the widest states and provinces)
_REGION_REACH_KM = 900


@lru_cache(maxsize=1)
def _town_then_abbreviation() -> re.Pattern:
    """A town, a comma and its state's short form ("Wausau, Wis.", "Mérida, Yuc.")."""
    forms = sorted(lexicon()["region_abbreviations"], key=len, reverse=True)
    return re.compile(r"(?<![\w’'-])(?P<town>[" + _CAP + r"][\w’'-]+(?:[ \t]+[" + _CAP + r"][\w’'-]+){0,2}),[ \t]+(?P<abbr>"
                      + "|".join(re.escape(f) for f in forms) + r")(?=[\s,;:)]|$)")


def _towns_with_their_region(text: str, sentences: list[dict], rows: list[dict], blocked_spans=()) -> list[dict]:
    """"Dayton, Ohio", "Wausau, Wis.", "Mérida, Yuc.": a town named with its region after a
    comma is a place wherever the sentence puts it ("Mérida, Yuc., led with …"), when a town
    of that name lies in that region (near the region's point, or in the state the short
    form names).  A short form read as a town of its own ("Okla") is dropped."""
    by_name, _ = gz.cities()
    taken = [(r["start"], r["end"]) for r in rows] + list(blocked_spans)
    added, dropped = [], set()

    def add(a: int, b: int, cities: list) -> None:
        sentence = _sentence_at(sentences, a)
        if cities and sentence is not None and not any(x < b and a < y for x, y in taken):
            city = max(cities, key=lambda c: c.population)
            added.append(_row(sentence, a, b, text, city.name, city.country, "city", city.lat, city.lon, "exact"))
            taken.append((a, b))

    for row in rows:
        if row["kind"] == "region" and row["country"] and row["lat"] is not None \
                and (found := _TOWN_BEFORE_COMMA.search(text, max(0, row["start"] - 60), row["start"])) \
                and gz.fold(found.group("town")) != gz.fold(row["mention"]):
            add(found.start("town"), found.end("town"),
                [c for c in by_name.get(gz.fold(found.group("town")), ()) if c.country == row["country"]
                 and gz.distance_km((c.lat, c.lon), (row["lat"], row["lon"])) <= _REGION_REACH_KM])
    for found in _town_then_abbreviation().finditer(text):
        codes = lexicon()["region_abbreviations"][found.group("abbr")]
        cities = [c for c in by_name.get(gz.fold(found.group("town")), ())
                  if any(c.country == code[:2] and (code[:2] != "US" or c.admin1 == code[3:]) for code in codes)]
        add(found.start("town"), found.end("town"), cities)
        if cities:
            dropped |= {id(r) for r in rows if found.start("abbr") <= r["start"] < found.end("abbr") and r["kind"] == "city"}
    if not added and not dropped:
        return rows
    return sorted([r for r in rows if id(r) not in dropped] + added, key=lambda r: r["start"])


def _unplaced_pairs(text: str, rows: list[dict], context: Counter) -> list[dict]:
    """"Alpha and Beta" where Alpha is a town of a country the article never names, taken
    by its locative, and Beta no town of that country, only listed after it, and no other
    place of that country in the sentence: a firm or a partnership named after two people
    ("sales at Alpha and Beta rose"), no places."""
    by_name, _ = gz.cities()
    drop = set()
    for i in range(len(rows) - 1):
        first, second = rows[i], rows[i + 1]
        if first["kind"] != "city" or first["resolution"] != "context" or context.get(first["country"], 0) \
                or second["resolution"] != "context" or second["country"] != first["country"] \
                or not _AND_ONLY.fullmatch(text, first["end"], second["start"]):
            continue
        if not any(c.country == first["country"] for c in by_name.get(gz.fold(first["mention"]), ())) \
                or any(c.country == first["country"] for c in by_name.get(gz.fold(second["mention"]), ())):
            continue  # (two towns of that country: "in Alpha and Beta"; villages placed by another)
        if any(r["sentence_id"] == first["sentence_id"] and r["country"] == first["country"]
               for r in rows[:i] + rows[i + 2:]):
            continue  # ("Alpha and Beta, near Gamma": placed by a town named with them)
        drop |= {i, i + 1}
    return [row for i, row in enumerate(rows) if i not in drop] if drop else rows


_PAIR_JOINER = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _listed_namesakes(text: str, rows: list[dict], context: Counter) -> None:
    """A town listed next to a town of one country (its namesakes elsewhere a tenth of its
    size at most), with a namesake of some size in
    that country, is that namesake ("Valencia and Alicante": the Spanish Valencia, though
    Venezuela's is bigger); not a national capital nor a town ten times its namesake's size
    ("Washington and Leeds" keeps the American capital).  ``rows`` sorted by start."""
    by_name, _ = gz.cities()
    capitals = gz.capital_index()
    for i, row in enumerate(rows):
        if row["kind"] != "city" or capitals.get(gz.fold(row["canonical"])) == row["country"]:
            continue
        towns = by_name.get(gz.fold(row["mention"]), ())
        if len({c.country for c in towns}) < 2:
            continue
        current = max((c.population for c in towns if c.country == row["country"]), default=0)
        for other in (rows[i - 1] if i else None, rows[i + 1] if i + 1 < len(rows) else None):
            if other is None or other["kind"] != "city" or other["country"] == row["country"] \
                    or other["sentence_id"] != row["sentence_id"]:
                continue
            a, b = (other["end"], row["start"]) if other["start"] < row["start"] else (row["end"], other["start"])
            if not _PAIR_JOINER.fullmatch(text, a, b):
                continue
            theirs = by_name.get(gz.fold(other["mention"]), ())
            own = max((c.population for c in theirs if c.country == other["country"]), default=0)
            if not own or any(c.population * 10 > own for c in theirs if c.country != other["country"]) \
                    and any(c.country == row["country"] for c in theirs):
                # (the other town is as ambiguous: none of its namesakes a tenth its size, and
                # one of them shares this town's country; where none does, the pair can lie
                # together only in the other's country: "Alpha and Beta", Alpha in Freedonia
                # and Ruritania, Beta in Freedonia and a bigger Beta in Elbonia)
                continue
            namesake = max((c for c in towns if c.country == other["country"]), key=lambda c: c.population, default=None)
            if namesake is None and not context.get(row["country"], 0) and context.get(other["country"], 0):
                # "Residents of Chelmsford and Azilda" in a story of one Canadian city that names
                # nothing in England: a place beside its pair, of a size no list holds
                rows[i] = _row({"id": row["sentence_id"]}, row["start"], row["end"], text, row["mention"],
                               other["country"], "city", other["lat"], other["lon"], "context")
                break
            if namesake is None or namesake.population < max(_small_town(), current / 10) \
                    or context.get(row["country"], 0) > context.get(other["country"], 0):
                continue
            rows[i] = _row({"id": row["sentence_id"]}, row["start"], row["end"], text, namesake.name,
                           namesake.country, "city", namesake.lat, namesake.lon, "context")
            break


def _first_village_by_what_follows(text: str, rows: list[dict]) -> None:
    """A village the gazetteer does not know, named before any place the text locates (a
    headline's "Elbonian assault near Alpha"), was placed in the country the article names
    most, often by its people's demonym ("Elbonian"); it lies where the first place located
    after it lies ("… in Ruritania's Eastbrook region"), and so do the article's other mentions
    of it that followed it there.  ``rows`` sorted by start."""
    by_name, _ = gz.cities()
    for i, row in enumerate(rows):
        if row["resolution"] != "context" or row["kind"] != "city" or gz.fold(row["mention"]) in by_name:
            if row["country"]:
                return  # (a place located before: the villages after it were placed by it)
            continue
        after = next((r for r in rows[i + 1:] if r["resolution"] != "context" and r["country"]), None)
        if after is None or after["country"] == row["country"]:
            return
        old = row["country"]
        for k in range(i, len(rows)):
            other = rows[k]
            if other["resolution"] == "context" and other["country"] == old and gz.fold(other["mention"]) == gz.fold(row["mention"]):
                rows[k] = _row({"id": other["sentence_id"]}, other["start"], other["end"], text, other["mention"],
                               after["country"], "city", after["lat"], after["lon"], "context")
        return


_HOST_AFTER_LIST = re.compile(r",?\s+(?:in|near|of)\s+(?:the\s+)?[" + _CAP + r"]")
# a town this small, listed among villages the gazetteer does not know, may be their namesake
_LISTED_VILLAGE_POPULATION = 20000


# the next name of a list after a town: ", Beta", ", Beta and Gamma", " and Gamma", up to what ends the list
_LIST_NEXT = re.compile(rf"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P<name>[{_CAP}][\w’'-]+(?:\s+[{_CAP}][\w’'-]+){{0,2}})"
                        r"(?=\s*,|\s+(?:and|or|in|on|at|near|spent|were|was|had|have|are|which|where|who|after|before|during)\b|\s*[.;:)]|\s*$)")
# a name right before the locative: "Jane Roe in Oslo and Jan Tarnow", reporters and where they are
_NAME_THEN_IN = re.compile(rf"[\w,]\s+[{_CAP}][\w’'-]+\s+(?:in|at)\s+$")
# what opens a list of places: a locative, "residents of", "including"
_LIST_OPENER = re.compile(r"\b(?:in|at|near|from|around|across|residents\s+of|villages\s+of|towns\s+of|including)\s+(?:the\s+)?$",
                          re.IGNORECASE)


def _rest_of_listed_towns(text: str, sentences: list[dict], rows: list[dict], blocked_spans, common) -> list[dict]:
    """The names listed after a town the text placed, in a list a locative opens ("residents
    of Portville, Alpha Junction and Beta", "its base in Eastbrook, Gamma Hilir and Delta"):
    towns of the same country, though the gazetteer knows none of them.  Names
    of people or bodies, countries and peoples, and words of the language are left alone.
    ``rows`` sorted by start; returns them, with the names added, sorted again."""
    countries, demonyms = gz.country_index(), gz.demonym_index()
    by_sentence = {s["id"]: s for s in sentences}
    taken = [(r["start"], r["end"]) for r in rows] + list(blocked_spans)
    added = []
    for row in rows:
        if row["kind"] != "city" or not row["country"] or not row["mention"][:1].isupper() \
                or by_sentence[row["sentence_id"]].get("block") != "body" \
                or not _LIST_OPENER.search(text, max(0, row["start"] - 30), row["start"]) \
                or _NAME_THEN_IN.search(text, max(0, row["start"] - 40), row["start"]):
            continue
        end, limit = row["end"], by_sentence[row["sentence_id"]]["end"]
        while (m := _LIST_NEXT.match(text, end, limit)):
            a, b = m.span("name")
            if any(a < e and s < b for s, e in taken):
                if not any(r["start"] == a for r in rows + added):
                    break  # a person or a body named in the list: it is no list of towns
                end = next(r["end"] for r in rows + added if r["start"] == a)
                continue
            name = m.group("name")
            key = gz.fold(name)
            if key in countries or key in demonyms or " " not in name and name.lower() in common \
                    or " " not in name and len(name) <= 4 and text[b:b + 1] == ".":
                # (nor a province's short form, "Kingston, Ont.")
                break
            added.append(_row({"id": row["sentence_id"]}, a, b, text, name, row["country"], "city",
                              row["lat"], row["lon"], "context"))
            taken.append((a, b))
            end = b
    return sorted(rows + added, key=lambda r: r["start"]) if added else rows


def _villages_listed_together(text: str, rows: list[dict]) -> None:
    """Villages listed together lie in one country: that of the first of them the gazetteer does
    not know and the text placed, or of the last where a host follows the list ("near the
    villages of Alpha, Beta and Gamma" after Ruritania's Eastbrook region: Alpha there, so a
    small Freedonian town named Beta is a namesake of an Eastbrook village, and Gamma, placed
    after it, is there too).  A town the gazetteer knows keeps its country unless it is small.
    ``rows`` sorted by start."""
    by_name, _ = gz.cities()
    i = 0
    while i < len(rows):
        head = rows[i]
        j = i + 1
        while j < len(rows) and rows[j]["kind"] == "city" and rows[j]["sentence_id"] == head["sentence_id"] \
                and _PAIR_JOINER.fullmatch(text, rows[j - 1]["end"], rows[j]["start"]):
            j += 1
        unknown = [rows[k] for k in range(i, j) if rows[k]["kind"] == "city" and rows[k]["resolution"] == "context"
                   and rows[k]["country"] and gz.fold(rows[k]["mention"]) not in by_name]
        if j - i > 1 and unknown:
            # (the first, placed by what the text named before; but a host after the list, "… and
            # Gamma in Ruritania's Eastbrook region", places the list, as it did its last name)
            placed = unknown[-1] if _HOST_AFTER_LIST.match(text, rows[j - 1]["end"]) else unknown[0]
            for k in range(i, j):
                row = rows[k]
                if row["country"] == placed["country"]:
                    continue
                if row["resolution"] == "context" and gz.fold(row["mention"]) not in by_name or all(
                        c.population < _LISTED_VILLAGE_POPULATION for c in by_name.get(gz.fold(row["mention"]), ())):
                    rows[k] = _row({"id": row["sentence_id"]}, row["start"], row["end"], text, row["mention"],
                                   placed["country"], "city", placed["lat"], placed["lon"], "context")
        i = j


def _capital_by_last_named(text: str, rows: list[dict]) -> None:
    """"the capital" after a national capital named as a place in the same or one of the two
    sentences before is that capital ("Analysts in Portville said … who teaches in the
    capital"), not the capital of the article's main country.  ``rows`` sorted by start."""
    capitals, words = gz.capital_index(), _capital_words()
    for i, row in enumerate(rows):
        if row["resolution"] != "context" or not row["mention"][:1].islower() or gz.fold(row["mention"]) not in words:
            continue
        for prev in reversed(rows[:i]):
            if prev["sentence_id"] < row["sentence_id"] - 2:
                break
            if prev["kind"] == "city" and prev["country"] and capitals.get(gz.fold(prev["canonical"])) == prev["country"]:
                if prev["country"] != row["country"]:
                    named = _capital_row(text, {"id": row["sentence_id"]}, row["start"], row["end"], prev["country"])
                    if named:
                        rows[i] = named
                break


# a comma and "and" between two names: a clause of its own opens after a lone place
_CLAUSE_AND = re.compile(r"\s*,\s+and\s+$")


# the population under which a namesake abroad that nothing else in the article points to
# is taken for an unlisted village of the article's country (GeoNames lists few villages)
_LONELY_NAMESAKE = 15000


def _lonely_namesakes_abroad(rows: list[dict], context: Counter) -> None:
    """A village resolved to a small namesake in a country the article never names, nor
    any other place in it, is an unlisted village of the article's own country."""
    main = _main_country(context) if context else None
    if not main:
        return
    by_name, by_alias = gz.cities()
    for r in rows:
        code = r["country"]
        if r["kind"] != "city" or not code or code == main or code in context \
                or any(o["country"] == code and o["mention"] != r["mention"] for o in rows):
            continue
        key = gz.fold(r.get("canonical") or r["mention"])
        sizes = [c.population for c in by_name.get(key, []) + by_alias.get(key, []) if c.country == code]
        if sizes and max(sizes) < _LONELY_NAMESAKE:
            r["country"] = main
            r["lat"], r["lon"] = gz.country_point(main)
            r["resolution"] = "context"


def _short_names_of_named_towns(rows: list[dict], context: Counter) -> None:
    """A town named short after its full name ("Alpha de Beta", then "Alpha"), that reads as a
    namesake in a country the article names only through that namesake (a capital counts its
    country once), is the town named in full."""
    for r in rows:
        if r["kind"] != "city" or not r["country"] or context.get(r["country"], 0) > 1:
            continue  # (a country the article names once at most: as the namesake's own capital counts it)
        full = next((o for o in rows if o is not r and o["kind"] == "city" and o["country"] and o["country"] != r["country"]
                     and context.get(o["country"], 0) > context.get(r["country"], 0)
                     and gz.fold(o.get("canonical") or o["mention"]).startswith(gz.fold(r["mention"]) + " ")), None)
        if full:
            r.update(canonical=full.get("canonical"), country=full["country"], lat=full["lat"], lon=full["lon"], resolution="context")


def _main_country(context: Counter, at: int | None = None) -> str | None:
    """The country the article names most: where its unplaced descriptions point.  With
    ``at``, the country of the nearest place before that position, if any ("the
    Krasnopillia community" lies where the last place named lies)."""
    if at is not None:
        before = [r for r in getattr(context, "placed", ()) if r["start"] < at and r["country"]]
        # (a capital is named as much for its government as for a place: "stories written in
        # Portville" says less of where unknown villages lie than the town or region named before it)
        # (nor is a country's name: "said Ukraine's army" says less of where a village lies
        # than "the Portville region" named before it)
        capitals = gz.capital_index()
        if before:
            nearest = max(before, key=lambda r: r["start"])
            if nearest["kind"] == "country" or \
                    capitals.get(gz.fold(nearest.get("canonical") or nearest["mention"])) == nearest["country"]:
                local = [r for r in before if r["kind"] != "country"
                         and capitals.get(gz.fold(r.get("canonical") or r["mention"])) != r["country"]]
                nearest = max(local, key=lambda r: r["start"]) if local else nearest
            return nearest["country"]
    return context.most_common(1)[0][0] if context else None


@lru_cache(maxsize=1)
def _place_facility_words() -> frozenset[str]:
    return frozenset(lexicon()["place_facility_words"])


@lru_cache(maxsize=1)
def _water_words() -> frozenset[str]:
    return frozenset(lexicon()["water_words"])


def _compass_part(word: str) -> str | None:
    """The part of a country a compass word opening a region's name names, as the boundaries
    know it ("North" and "Northern" -> "northern", "South-East" -> "southeastern"); None for
    any other word."""
    key = gz.fold(word)
    if key not in _direction_keys() and key not in _name_compass_words():
        return None
    key = key.replace("-", "")
    return key if key.endswith("ern") or key == "central" else key + "ern"


@lru_cache(maxsize=1)
def _direction_keys() -> frozenset[str]:
    return frozenset(gz.fold(w) for w in lexicon()["directions"])


@lru_cache(maxsize=1)
def _name_compass_words() -> frozenset[str]:
    """Folded compass words that open regions' names: "east" of "East Java"."""
    return frozenset(gz.fold(w) for w in lexicon()["name_compass_words"])


@lru_cache(maxsize=1)
def _direction_words() -> frozenset[str]:
    """First words of compass phrases: "north" of "north-eastern", "far" of "far eastern"."""
    return frozenset(gz.fold(w).split()[0] for w in lexicon()["directions"])


def _sentence_at(sentences: list[dict], position: int) -> dict | None:
    for sentence in sentences:
        if sentence["end"] > position:
            return sentence
    return None


def _datelines(text: str, sentences: list[dict], context: Counter) -> tuple[list[dict], list[str]]:
    """The places of datelines ("PORTVILLE, Freedonia, March 3 (Agency) -"), with the
    country named in them, and the agencies named in their parentheses."""
    rows, agencies = [], []
    countries = gz.country_index()
    by_name, by_alias = gz.cities()
    for m in _DATELINE.finditer(text):
        place = m.group("place")
        if m.start() == 0 or (not place.isupper() and not (m.group("country") or m.group("date")
                                                          or m.group("agency") or m.group("dash") == ":"
                                                          or _table_row(text, m))
                              and not (text[m.end():m.end() + 1].isupper()
                                       and _big_city_dateline(place, m.group("dash")))):
            continue  # the headline, or a capitalised word and a dash opening a sentence
        sentence = _sentence_at(sentences, m.start())
        key = gz.fold(place)
        if sentence is None or place.title() in _not_place_names() or place in _not_place_words():
            continue
        if _speaker_label(place, m.group("dash"), sentence) or m.group("dash") == ":" and place in turn_labels(text):
            continue  # (a transcript's "ROE:", turn after turn, is a speaker)
        main = _main_country(context) if _table_row(text, m) else None
        if m.group("agency"):
            agencies.append(m.group("agency").strip())
        named = countries.get(gz.fold(m.group("country") or ""))
        found = False
        at = m.start("place")
        for part in place.split("/"):
            a, b, key = at, at + len(part), gz.fold(part)
            at = b + 1
            if key in countries:
                code = countries[key][0]
                lat, lon = gz.country_point(code)
                rows.append(_row(sentence, a, b, text, gz.country_name(code), code, "country", lat, lon, "exact"))
                continue
            candidates = by_name.get(key) or by_alias.get(key) or []
            if named:
                candidates = [c for c in candidates if c.country == named[0]] or candidates
            if main and all(c.country != main for c in candidates):
                # a table's row ("Alpha: 4,100"): the region of the story's country, not a town abroad
                region = _region(part, context, _patterns())
                if region and region[1] == main:
                    lat, lon = _namesake_point(part, main)
                    rows.append(_row(sentence, a, b, text, region[0], main, "region", lat, lon, "context"))
                    continue
            if not candidates:
                continue
            city, _ = _pick_city(candidates, context)
            if named and city.country != named[0]:
                continue
            if not named and city.population < _small_town() and city.country not in context:
                continue
            if m.group("dash") == "|" and main and city.country != main:
                continue  # (a table's label abroad is the table's word: "Care | 12.4 | 3%" in a Swiss firm's results)
            rows.append(_row(sentence, a, b, text, city.name, city.country, "city", city.lat, city.lon, "exact"))
            found = True
        if named and found:
            c_a, c_b = m.start("country"), m.end("country")
            lat, lon = gz.country_point(named[0])
            rows.append(_row(sentence, c_a, c_b, text, gz.country_name(named[0]), named[0], "country",
                             lat, lon, named[1]))
    return rows, agencies


# a byline's parts: the writers' names, their post or desk, and the town they file from,
# set off by commas, bars or "in" ("By Jane Roe, Portville", "Staff Correspondent | Portville",
# "By Jane Roe in Portville")
_BYLINE_PARTS = re.compile(r"\s*(?:,|\||/|\bin\b|\band\b)\s*")
# a byline that names a desk, not a writer: "Chronicle News Service | Portville/Tarnow"
_BYLINE_DESK = re.compile(r"^[^|]*\b(?:[Cc]orrespondents?|[Rr]eporters?|News\s+Service|News\s+Desk|[Bb]ureau|[Nn]ewsroom)\s*\|")
_BYLINE_PLACE = re.compile(r"[" + _CAP + r"][\w'’.-]*(?:[ -][" + _CAP + r"][\w'’.-]*){0,2}")


def _byline_places(text: str, sentences: list[dict], context: Counter) -> list[dict]:
    """The town a byline's writer files from ("By Jane Roe, Portville", "From Jane Roe, Portville",
    "Staff Correspondent | Portville", "Chronicle News Service | Portville/Tarnow"): a part of a byline line after the
    first that is a capital or a town of some size the gazetteer knows, whole, before the
    byline's date if it has one."""
    rows: list[dict] = []
    by_name = gz.cities()[0]
    for sentence in sentences[:8]:
        line = sentence["text"]
        if sentence.get("block") != "furniture" or not (line.startswith(("By ", "From ")) or "orrespondent" in line
                                                         or _BYLINE_DESK.match(line)):
            continue
        head = re.split(r"\s+(?:Published|Updated|Posted)\b|\s+\d|\s+(?:January|February|March|April|May|June|July|"
                        r"August|September|October|November|December)\b", line, maxsplit=1)[0]
        at = 0
        for index, part in enumerate(_BYLINE_PARTS.split(head)):
            at = head.find(part, at)
            if index == 0 or not _BYLINE_PLACE.fullmatch(part) or part.isupper():
                at += len(part)
                continue
            key = gz.fold(part)
            towns = [c for c in by_name.get(key, ()) if c.population >= _small_town()]
            if len({c.country for c in towns}) > 1 and not any(c.country in context for c in towns):
                towns = []  # (a name towns of several states bear, none of them the article's)
            if key in gz.capital_index() or towns:
                city, _ = _pick_city(towns, context) if towns else (None, False)
                if city is None:
                    code = gz.capital_index()[key]
                    city = next((c for c in by_name.get(key, ()) if c.country == code), None)
                if city is not None:
                    a = sentence["start"] + at
                    rows.append(_row(sentence, a, a + len(part), text, city.name, city.country, "city",
                                     city.lat, city.lon, "context"))
            at += len(part)
    return rows


def _speaker_label(place: str, dash: str, sentence: dict) -> bool:
    """"Tokyo: about 300 sailors missing" heading a live page's entry: a capital or a
    state in mixed case before a colon, in a headline line, labels what its government
    says (as "Kremlin: ..." does), no dateline; a body paragraph's "Tokyo: Heavy rains
    lashed ..." and a town's "Portville: two killed in a strike" keep their place."""
    if dash != ":" or place.isupper() or sentence.get("block") != "headline":
        return False
    key = gz.fold(place)
    return key in gz.capital_index() or key in gz.country_index()


# what follows a table row's label: figures and their marks, no word ("12,400", "4 / 120 / 2,050", "38.5%")
_FIGURES_ONLY = re.compile(r"[ \t]*\d[\d.,%/|()+ \t–-]*(?:[a-z]{1,4}\.?)?[ \t]*$", re.MULTILINE)


# what follows a table row's label after a dash: counts and the nouns they count ("341 cases, 11 deaths")
_COUNTS_ONLY = re.compile(r"[ \t]*\d[\d.,]*%?(?:[ \t]+[a-z]+){1,2}(?:(?:,|[ \t]+and|;)[ \t]+\d[\d.,]*%?(?:[ \t]+[a-z]+){1,2})*[ \t]*$",
                          re.MULTILINE)


# a row's counts after its label's colon, the first opening the line: "12,300 displaced; …"
_COUNT_FIRST = re.compile(r"[ \t]*\d[\d.,]*%?[ \t]+[a-z]+[^\n]*\d")


def _table_row(text: str, m: re.Match) -> bool:
    """"Alpha: 12,400" or "Alpha | 12,400 | 7" on a line of its own: a table's row, not a dateline, its label a
    place the story's context must place (a department of the story's country, not the
    biggest town abroad of that name)."""
    if m.group("dash") == "|" and not m.group("place").isupper():
        # (a cell of words and figures after it, set off by bars: "Alpha | Jane Roe (UP) 53.6% | Tom Jones 46.4%")
        line = text[m.end():text.find("\n", m.end()) % (len(text) + 1)]
        return _FIGURES_ONLY.match(text, m.end()) is not None or "|" in line and any(c.isdigit() for c in line)
    if m.group("dash") in ("—", "–") and not m.group("place").isupper():
        # (or set off by a dash, its figures counting what they name: "Alpha — 341 cases, 11 deaths")
        return _COUNTS_ONLY.match(text, m.end()) is not None
    # ("Alpha: 12,400", or its counts with what they count: "Alpha: 12,300 displaced; 98,000 in need")
    return m.group("dash") == ":" and not m.group("place").isupper() and (
        _FIGURES_ONLY.match(text, m.end()) is not None or _COUNT_FIRST.match(text, m.end()) is not None)


def _big_city_dateline(place: str, dash: str) -> bool:
    """"Portville - More than ...": a dateline in mixed case, told from an ordinary
    sentence's first word and a dash by the name being a capital or a big city's (and by
    a sentence opening after the dash)."""
    if dash not in ("—", "–", "-", "--"):
        return False
    key = gz.fold(place)
    if key in gz.capital_index():
        return True
    cities = gz.cities()[0].get(key)
    return bool(cities) and cities[0].population >= gz.FUZZY_POPULATION * 4


# a list of three or more names of one or two words: "Alpha, Beta, Gamma and Delta"
_LIST_WORD = r"[" + _CAP + r"][a-z\u00e0-\u024f'’-]+"
# a town of one or two names, or two joined by a particle ("Foz do Iguaçu", "Ciudad del Este"),
# with its count in brackets as bulletins list them ("Alpha (17), Beta (11) and Gamma (8)")
_LIST_MEMBER = rf"{_LIST_WORD}(?:\s(?:(?:do|da|dos|das|de|del|di|du|la|am|an|der)\s)?{_LIST_WORD})?(?:\s\(\d[\d,.]*\))?"
_COUNT_IN_BRACKETS = re.compile(r"\s\(\d[\d,.]*\)$")
_TOWN_LIST = re.compile(rf"(?<![\w'’.-])({_LIST_MEMBER}(?:,\s+{_LIST_MEMBER}){{1,10}},?\s+(?:and|or)\s+{_LIST_MEMBER})(?![\w'’-])")
_TOWN_LIST_SPLIT = re.compile(r",\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def _town_list_rows(text: str, sentences: list[dict], context: Counter, common) -> list[list[dict]]:
    """Lists of three or more towns of one country the article names, wherever they stand
    ("Alpha, Beta, Gamma and Delta reported no deaths"): each member a town of some size
    of that country in the gazetteer, or a region of it, none a common word or a country;
    a list of people or firms seldom names three towns of one country.  A member no
    gazetteer knows at all takes the others' country where they are most of the list
    ("Alpha, Beta and Gamma", Beta a district).  One list of rows per list."""
    if ", " not in text or not context:
        return []
    by_name, by_alias = gz.cities()
    countries, demonyms, regions = gz.country_index(), gz.demonym_index(), gz.subdivisions()
    found = []
    for m in _TOWN_LIST.finditer(text):
        sentence = _sentence_at(sentences, m.start())
        if sentence is None or m.end() > sentence["end"]:
            continue
        members, at = [], m.start(1)  # (start, end, towns, regions by country), towns None if unknown
        for part in _TOWN_LIST_SPLIT.split(m.group(1)):
            part = _COUNT_IN_BRACKETS.sub("", part) if part.endswith(")") else part
            a = text.index(part, at)
            at = a + len(part)
            key = gz.fold(part)
            if key in common or key in countries or key in demonyms or part in _not_place_names() \
                    or part in _not_place_words() or any(gz.fold(word) in common for word in part.split() if word[0].isupper()):
                break
            towns = [c for c in by_name.get(key, ()) if c.population >= _small_town()] \
                or [c for c in by_alias.get(key, ()) if c.population >= _small_town()]
            region = {r[0][:2]: r for r in regions.get(key, ()) if r[3] <= 2}
            if not towns and not region and (by_name.get(key) or by_alias.get(key)):
                break  # a hamlet's name: as likely a person's
            members.append((a, at, key, towns, region))
        else:
            known = [{c.country for c in towns} | set(region) for _, _, _, towns, region in members
                     if towns or region]
            if len(known) < 2 or 2 * len(known) < len(members):
                continue
            shared = set.intersection(*known)
            home = max(shared, key=lambda code: context.get(code, 0), default=None)
            if home is None or not context.get(home):
                continue  # (a country the article names: "Alpha" is a town of many)
            rows, unit = [], _local_unit_word(text)
            for a, b, key, towns, region in members:
                if unit and not region:
                    # an article counting by districts lists districts ("Alpha district has
                    # reported eight deaths ... Beta, Gamma and Delta two each")
                    lat, lon = _namesake_point(key, home)
                    rows.append(_row(sentence, a, b, text, f"{text[a:b]} {_type_title(unit)}", home, "region", lat, lon,
                                     "context"))
                    continue
                namesakes = {c.country for c in towns}
                towns = [c for c in towns if c.country == home]
                if towns:
                    city = max(towns, key=lambda c: c.population)
                    rows.append(_row(sentence, a, b, text, city.name, home, "city", city.lat, city.lon,
                                     "exact" if len(namesakes) == 1 else "context"))
                elif home in region:
                    lat, lon = _namesake_point(key, home)
                    rows.append(_row(sentence, a, b, text, region[home][1], home, "region", lat, lon, "exact"))
                else:
                    lat, lon = gz.country_point(home)
                    rows.append(_row(sentence, a, b, text, text[a:b], home, "city", lat, lon, "context"))
            found.append(rows)
    return found


_LOCAL_UNIT = re.compile(r"(?<=[a-z]) (district|county|regency|municipality)\b(?! of)")


def _local_unit_word(text: str) -> str | None:
    """The type word of local units an article names twice or more after a name ("Alpha
    district ... Beta district"), if one: the unit its bare names of towns then mean."""
    counts = Counter(m.group(1) for m in _LOCAL_UNIT.finditer(text) if text[m.start() - 1:m.start()].isalpha()
                     and _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start() + 1))
    word, n = counts.most_common(1)[0] if counts else (None, 0)
    return word if n >= 2 else None


# a US legislator's party and home town after the name: "Tom Roe, R-Oshkosh," "(D-Fall River)"
_PARTY_HOMETOWN = re.compile(r"(?:(?<=, )|(?<=\())[RDI]-(?P<town>[" + _CAP + r"][a-z]+(?:\s[" + _CAP + r"][a-z]+)?)(?=[,)])")


def _phrase_rows(text: str, sentences: list[dict], context: Counter, pats) -> list[dict]:
    """Places named by a phrase rather than a name: regions spanning several countries
    ("the Sahel"), a list of regions sharing one type word ("Kitui, Makueni and Machakos
    counties"), "X's capital", and definite descriptions used locatively ("in the capital").
    Each pattern runs once over the whole text."""
    starts = [sentence["start"] for sentence in sentences]

    def sentence_of(position: int) -> dict | None:
        i = bisect.bisect_right(starts, position) - 1
        return sentences[i] if i >= 0 and position < sentences[i]["end"] else None

    rows = []
    by_name = gz.cities()[0] if "-" in text else {}
    for m in _PARTY_HOMETOWN.finditer(text) if "-" in text else ():
        # "Assembly Speaker Tom Roe, R-Oshkosh, said": a US legislator's party and home town
        # (the town in the United States, its biggest namesake there)
        town = max((c for c in by_name.get(gz.fold(m.group("town")), ()) if c.country == "US"),
                   key=lambda c: c.population, default=None)
        sentence = sentence_of(m.start("town"))
        if town and sentence:
            rows.append(_row(sentence, m.start("town"), m.end("town"), text, town.name, "US", "city", town.lat, town.lon,
                             "exact"))
    for m in _core_matches(pats["multi_country"], _multi_country_core(), text):
        sentence = sentence_of(m.start())
        # ("the Gulf of Aden", "the Amazon basin of Peru": a longer name, not the region alone)
        if sentence and not _SPACE_CAPITAL.match(text, m.end(), m.end() + 3) \
                and not _OF_CAPITAL.match(text, m.end(), m.end() + 8) \
                and not ((noun := _COUNTRY_NOUN_AFTER.match(text, m.end()))
                         and not _OF_AFTER.match(text, noun.end(), sentence["end"])):  # "Sahel Dispatch": a name; "the Pacific island nation": one state
            canonical = _LEADING_THE.sub("", m.group())
            demonym = _NAME_BEFORE.search(text, max(sentence["start"], m.start() - 30), m.start()) \
                if m.group()[:1].isupper() else None
            code = gz.demonym_index().get(gz.fold(demonym.group(1))) if demonym else None
            if code and not _region_as_actor(text, sentence, demonym.start(1), m.end(), pats):
                # "the Peruvian Andes", "the Brazilian Amazon": one state's part of the region
                lat, lon = gz.country_point(code)
                rows.append(_row(sentence, demonym.start(1), m.end(), text, canonical, code, "region", lat, lon,
                                 "context"))
                continue
            coast = _COAST_AFTER.match(text, m.end(), sentence["end"])
            code = _main_country(context, m.start()) if coast else None
            if code and not _OF_AFTER.match(text, coast.end(), sentence["end"]):
                # "controls on the Pacific coast have tightened" of a story set in one
                # country: that country's shore on the sea (not "the Atlantic coast of Alpha")
                lat, lon = gz.country_point(code)
                rows.append(_row(sentence, m.start(), coast.end(), text, f"{canonical} coast of {gz.country_name(code)}",
                                 code, "region", lat, lon, "context"))
                continue
            if _region_as_actor(text, sentence, m.start(), m.end(), pats):
                continue  # "Europe has to answer", "pressure from Europe": its states, acting
            rows.append(_row(sentence, m.start(), m.end(), text, canonical, None, "region", None, None, "exact"))
    listed = set()
    for word in pats["plural_region"].finditer(text):
        sentence = sentence_of(word.start())
        if sentence is None or sentence["id"] in listed:
            continue
        listed.add(sentence["id"])
        for m in pats["region_list"].finditer(text, sentence["start"], sentence["end"]):
            rows += _region_list_rows(text, sentence, m, context)
        for m in pats["region_list_after"].finditer(text, sentence["start"], sentence["end"]):
            rows += _region_list_rows(text, sentence, m, context)
    for word in ("villages", "towns", "communities", "settlements", "hamlets"):
        if f" {word}" in text:
            for m in _core_matches(pats["settlement_list"], pats["settlement_list_core"], text):
                rows += _settlement_list_rows(text, sentence_of(m.start()), m, context, pats)
            break
    for word in ("villages,", "towns,", "communities,", "settlements,", "hamlets,"):
        if f" {word}" in text:
            # "contact with three towns, Alpha, Beta and Gamma, is lost": the list set off
            # after the plural names the settlements
            for m in _SETTLEMENT_APPOSITION.finditer(text):
                rows += _settlement_list_rows(text, sentence_of(m.start()), m, context, pats)
            break
    # (the first "-" and capital, then an article before one from there on: see _ARTICLE_TAIL)
    hyphen = _HYPHEN_CAPITAL.search(text)
    for m in _ARTICLE_NAME.finditer(text) if hyphen and _ARTICLE_TAIL.search(text, max(0, hyphen.start() - 3)) else ():
        # "al-Bab", "Deir el-Balah": a name with the Arabic article in lower case, which the
        # runs of capitalised words cut (a known town or region only)
        sentence = sentence_of(m.start())
        row = _article_name_row(text, sentence, m, context) if sentence else None
        if row:
            rows.append(row)
    routes = list(_ROUTE_PAIR.finditer(text)) if _ROUTE_TAIL.search(text) else []
    if " border" in text or " frontier" in text:
        routes += _core_matches(_BORDER_PAIR, _BORDER_PAIR_CORE, text)  # "the Alpha and Beta border"
    for m in routes:
        # "the Kathmandu-Pokhara road", "the Alpha-Beta highway": both ends are places
        sentence = sentence_of(m.start())
        ends = [_route_end(text, sentence, m.start(i), m.end(i), context) for i in (1, 2)] if sentence else []
        if ends and all(ends):
            rows += ends
    for m in _core_matches(_AND_NAME, _AND_NAME_CORE, text) if " and " in text else ():
        # "in Jammu and Kashmir", "in Trinidad and Tobago": one state's or region's name with
        # "and" inside it, where a locative puts it (the runs of capitalised words split it)
        row = _and_name_row(text, sentence_of(m.start()), m, context, pats)
        if row:
            rows.append(row)
    for m in _COMPASS_STATE.finditer(text) if "the North" in text or "the South" in text else ():
        # "shipped from the North": the state named "North X" that the article names (copy
        # on a divided country shortens it so), where a locative puts it
        sentence = sentence_of(m.start())
        if sentence is None or not _locative_before(pats, text[max(sentence["start"], m.start() - 40):m.start()]):
            continue
        named = [code for code in context if context[code] >= 1
                 and gz.country_name(code).startswith(m.group(1) + " ")]
        if len(named) == 1:
            lat, lon = gz.country_point(named[0])
            rows.append(_row(sentence, m.start(), m.end(), text, gz.country_name(named[0]), named[0], "country",
                             lat, lon, "context"))
    main = _main_country(context)
    for m in _core_matches(pats["compass_parts"], pats["compass_parts_core"], text) if main else ():
        # "in the southern coastal districts", "across the northern provinces": parts of the
        # article's country named by a compass word and a plural type word
        sentence = sentence_of(m.start())
        top = context.most_common(2)
        if not m.group().endswith("s") and len(top) > 1 and top[1][1] >= top[0][1]:
            continue  # "the northern region" of a story on two countries named alike: whose, unknown
        if _OF_CAPITAL.match(text, m.end(), m.end() + 8):
            continue  # "the northern counties of Alpha, Beta and Gamma": the names after it are the places
        if sentence and _locative_before(pats, text[max(sentence["start"], m.start() - 40):m.start()]):
            lat, lon = gz.part_point(main, m.group(1).lower() + ("" if m.group(1).lower().endswith("ern") else "ern"))
            rows.append(_row(sentence, m.start(), m.end(), text, m.group(0), main, "region", lat, lon, "context"))
    # (every match ends in "'s capital", which opens with a quote the re module scans for
    # fast; the pattern itself opens with \b and a name, tried at every position)
    for m in pats["capital_of"].finditer(text) if "capital" in text and _CAPITAL_POSSESSIVE.search(text) else ():
        code = (gz.country_index().get(gz.fold(m.group(1))) or (None,))[0]
        sentence = sentence_of(m.start())
        if code and sentence:
            rows.append(_capital_row(text, sentence, m.start(), m.end(), code))
    if main:
        capital_words = _capital_words()
        for m in _core_matches(pats["definite"], pats["definite_core"], text):
            sentence = sentence_of(m.start())
            if sentence is None or _OF_AFTER.match(text, m.end(), sentence["end"]):
                continue  # "the capital of X": X is the place
            if not _locative_before(pats, text[max(sentence["start"], m.start() - 40):m.start()]):
                continue
            capital = gz.fold(m.group(1)) in capital_words
            area = _AREA_AFTER.match(text, m.end(1)) if capital else None
            if area:
                # "schools closed in the capital area": the region around the capital
                row = _capital_row(text, sentence, m.start(1), m.end(1) + area.end() - area.start(), main)
                if row:
                    row["kind"] = "region"
                rows.append(row)
                continue
            if _named_before(text, m.start(), main, capital):
                # "Malawi ... cases across the country", "Dhaka ... outside the capital": an
                # anaphor of a place the article has named, listed under its name
                continue
            if capital:
                rows.append(_capital_row(text, sentence, m.start(1), m.end(1), main))
            else:
                lat, lon = gz.country_point(main)
                rows.append(_row(sentence, m.start(1), m.end(1), text, gz.country_name(main), main, "country",
                                 lat, lon, "context"))
        # "across the West African nation", "in the Andean country": a description with a
        # regional adjective, used locatively, is the article's main country (or the
        # country its adjective is the demonym of)
        for m in _DESCRIBED_COUNTRY.finditer(text) if " nation" in text or " country" in text else ():
            sentence = sentence_of(m.start())
            # (the pattern opens with "the", which the re module scans for fast; the word
            # start is checked here)
            if sentence is None or m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_") \
                    or _OF_AFTER.match(text, m.end(), sentence["end"]) \
                    or not _locative_before(pats, text[max(sentence["start"], m.start() - 40):m.start()]):
                continue
            code = gz.demonym_index().get(gz.fold(m.group(1).replace("-", " ").strip())) or main
            lat, lon = gz.country_point(code)
            rows.append(_row(sentence, m.start(), m.end(), text, gz.country_name(code), code, "country",
                             lat, lon, "context"))
    return [r for r in rows if r]


# the verbs of :func:`_actor_use` that make a region of several states their governments
# acting ("Europe must act", "Asia has to respond", "Europe warned"), less those a place
# takes too ("Europe is warming", "Asia will see more rain", "Europe lost 3% of its glaciers")
_REGION_ACTOR_SKIP = frozenset({"is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can",
                                "may", "might", "did", "does", "gained", "gains", "lost", "loses", "stands",
                                "stood", "continues", "continued", "struck", "strikes", "also", "still",
                                "already", "reportedly", "expected", "expects", "needs", "needed", "stands to"})


@lru_cache(maxsize=1)
def _region_actor_after() -> re.Pattern:
    verbs = [v for v in lexicon()["actor_verbs"] if v not in _REGION_ACTOR_SKIP] + ["has to", "have to", "needs to"]
    return re.compile(rf"\s+(?:{trie_alternation(verbs)})\b")


def _region_as_actor(text: str, sentence: dict, a: int, b: int, pats) -> bool:
    """Whether a region of several states ("Europe", "the Gulf states") stands for their
    governments: the subject of an act ("Europe has to answer with sanctions", "Europe
    must") or in a source's or addressee's slot ("according to Europe", "pressure from
    Europe"); "in Europe" stays a place."""
    before = text[max(sentence["start"], a - 60):a]
    if pats["addressee_before"].search(before):
        return True
    return _region_actor_after().match(text, b, sentence["end"]) is not None and not _locative_before(pats, before)


# a plural word for a state's parts after its possessive, behind up to two lower-case words
_PARTS_AFTER = re.compile(r"\s*(?:(?:[a-z-]+|\d{1,3}(?:,\d{3})+|\d{1,4})\s+){0,2}(?:regions|provinces|states|districts|counties|departments|"
                          r"municipalities|areas|towns|cities|villages|islands|volcanoes|rivers|lakes|mountains|mines)\b")
# a superlative after a state's possessive: what ranks among the state's own things
# ("Freedonia's deadliest storm", "Freedonia's fifth-largest bank", "Freedonia's last major outbreak")
_RANK_AFTER = re.compile(r"\s*(?:(?:[a-z]+-)?(?:largest|biggest|deadliest|worst|busiest|poorest|richest)\b|last\s+major\b)")
# the physical parts of a town after its possessive, which place it wherever it stands
# ("Alpha's streets were empty", "Beta's northern suburbs were shelled", "Alpha's base station
# recorded 44.9C"): the town, not its government ("Alpha's decision")
_TOWN_PARTS_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:streets|outskirts|suburbs|downtown|neighbourhoods|neighborhoods|"
                               r"districts|harbour|harbor|old town|city centre|city center|airport|roads|"
                               # (and its weather: "Alpha's base station recorded 44.9C", "Beta's skies")
                               r"(?:weather\s+|base\s+)?station|temperatures?|skies|rainfall)\b")
_NAME_BEFORE = re.compile(r"(?<![\w'’-])([" + _CAP + r"][\w'’-]+)\s+$")  # a capitalised word right before
_COAST_AFTER = re.compile(r"\s+(?:coast|coastline|seaboard|shore)\b")
_SETTLEMENT_APPOSITION = re.compile(
    rf"\b(?P<w>villages|towns|communities|settlements|hamlets),\s+(?P<l>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|or)\s+{_NAME})"
    r"(?=\s*[,.;:)]|\s+[-–—])")
_AREA_AFTER = re.compile(r"\s+(?:metropolitan\s+)?(?:area|region)\b")


def _named_before(text: str, at: int, code: str, capital: bool) -> bool:
    """Whether the text names country ``code`` by its name (or, with ``capital``, its
    capital by the capital's name) before ``at``."""
    if not capital:
        return code in _named_countries(text, 0, at)
    entry = gz.countries().get(code, {})
    names = [n for n in [entry.get("capital"), *(entry.get("capital_aliases") or [])] if n]
    return any(re.search(rf"\b{re.escape(n)}\b", text[:at]) for n in names)


# "the West African nation", "the Andean country", "the Pacific island nation"; and what
# follows a region's name when it describes one state of it
_COUNTRY_NOUN_AFTER = re.compile(r"\s+(?:island\s+)?(?:nation|country|kingdom|republic)\b")
_DESCRIBED_COUNTRY = re.compile(
    r"the\s+((?:[" + _CAP + r"][a-z]+[\s-]){1,2})(?:island\s+|landlocked\s+|oil-rich\s+)?(?:nation|country|kingdom|republic)\b(?![’'-])")


@lru_cache(maxsize=1)
def _multi_country_core() -> re.Pattern:
    """The multi_country pattern without its \\b: it opens with a letter of its phrases' first
    letters, which the re module scans for fast (see :func:`_core_matches`)."""
    return re.compile(trie_alternation(lexicon()["multi_country_regions"]))


def _core_matches(pattern: re.Pattern, core: re.Pattern, text: str):
    """``pattern.finditer(text)`` for a pattern that matches only where ``core`` matches too
    (``core`` is the pattern without the \\b it opens with): ``pattern`` is tried only
    where ``core`` is found, from the left and without overlap as finditer takes its
    matches (none is empty).  A pattern opening with \\b is tried at every position of the
    text; one opening with a letter of a few is found by the re module's fast scan."""
    at = 0
    while True:
        found = core.search(text, at)
        if found is None:
            return
        match = pattern.match(text, found.start())
        if match:
            yield match
            at = match.end()
        else:
            at = found.start() + 1


# A name with the Arabic article written in lower case and joined by a hyphen, with the
# capitalised word before it if any: "al-Bab", "Deir el-Balah", "Ras al-Ain".
_ARTICLE_NAME = re.compile(r"(?:\b([" + _CAP + r"][a-z'’]+)\s+)?(?<![\w-])(?:al|el|ad|ar|as|ash|az|at|an|ed|er|es)-[" + _CAP + r"][\w'’]+")
# What every match of _ARTICLE_NAME holds ("l-B" of "al-Bab"), and its hyphen and capital
# alone: _ARTICLE_NAME opens with an optional word and a look-behind, so the re module
# tries it at every position of the text; these open with fixed characters it scans for
# fast, and tell whether the text holds such a name at all (few do).
_ARTICLE_TAIL = re.compile(r"(?:al|el|ad|ar|as|ash|az|at|an|ed|er|es)-[A-Z]")
_HYPHEN_CAPITAL = re.compile(r"-[A-Z]")


def _article_name_row(text: str, sentence: dict, m: re.Match, context: Counter) -> dict | None:
    """The town or region "al-Bab" or "Deir el-Balah" names: the form with the capitalised
    word before it first; where that word is a name of its own and the whole is unknown
    ("Ras al-Ain"), not the other town the tail alone names."""
    by_name, by_alias = gz.cities()
    starts = [m.start()]
    if m.group(1):
        starts = [m.start()]
        if m.group(1).lower() in lexicon()["function_words"]:  # "In al-Bab": the tail alone
            starts = [m.start(1) + len(m.group(1)) + 1]
    for a in starts:
        while a < m.end() and text[a].isspace():
            a += 1
        name = text[a:m.end()]
        key = gz.fold(name)
        found = [c for c in by_name.get(key, []) + by_alias.get(key, [])
                 if c.population >= _small_town() or c.country in context]
        if found:
            city, _ = _pick_city(found, context)
            return _row(sentence, a, m.end(), text, city.name, city.country, "city", city.lat, city.lon, "exact")
        region = _region(name, context, _patterns())
        if region:
            lat, lon = _namesake_point(name, region[1])
            return _row(sentence, a, m.end(), text, region[0], region[1], "region", lat, lon, "exact")
    return None


_AND_NAME = re.compile(r"\b([" + _CAP + r"][\w'’-]+(?:\s[" + _CAP + r"][\w'’-]+)?)\s+and\s+([" + _CAP + r"][\w'’-]+(?:\s[" + _CAP + r"][\w'’-]+){0,2})")
_AND_NAME_CORE = re.compile(_AND_NAME.pattern[2:])  # (without the \b: see _core_matches)


def _and_name_row(text: str, sentence: dict | None, m: re.Match, context: Counter, pats) -> dict | None:
    """A country or first-level region whose name holds "and" ("Jammu and Kashmir"), in a
    locative slot."""
    if sentence is None or not _locative_before(pats, text[max(sentence["start"], m.start() - 40):m.start()]):
        return None
    words = m.group(2).split()
    for n in range(len(words), 0, -1):
        end = m.start(2) + len(" ".join(words[:n]))
        key = gz.fold(text[m.start():end])
        country = gz.country_index().get(key)
        if country:
            lat, lon = gz.country_point(country[0])
            return _row(sentence, m.start(), end, text, gz.country_name(country[0]), country[0], "country",
                        lat, lon, country[1])
        matches = gz.subdivisions().get(key)
        if matches:
            code, local = max(matches, key=_by_context(context))[:2]
            lat, lon = _namesake_point(text[m.start(1):m.end(1)], code[:2])
            return _row(sentence, m.start(), end, text, local, code[:2], "region", lat, lon, "exact")
    return None


# Two towns joined by a hyphen before a word for what links them.
_ROUTE_TOWN = r"([" + _CAP + r"][a-z\u00c0-\u024f'’]+(?:\s[" + _CAP + r"][a-z\u00c0-\u024f'’]+)?)"
_ROUTE_LINK = (r"\s+"
               # ("the Alpha-Beta passenger train", "the Alpha-Beta standard gauge line")
               r"(?:[a-z]+\s+){0,2}"
               r"(?:road|highway|motorway|expressway|railway|rail\s+line|line|route|corridor|pipeline|"
               r"flight|flights|bus|train|ferry|bridge|"
               # ("the Alpha-Beta border", "the Alpha/Beta area": both sides, both places)
               r"border|borders|frontier|boundary|area|areas|axis|sector)\b")
_ROUTE_PAIR = re.compile(rf"\b{_ROUTE_TOWN}[-–/]{_ROUTE_TOWN}{_ROUTE_LINK}")
# What every match of _ROUTE_PAIR holds from its hyphen on.  A pattern opening with \b
# is tried at every position of the text; one opening with a hyphen or dash is found by
# the re module's fast scan for its first character, so this one tells cheaply whether
# the text holds a route at all (few do).
_ROUTE_TAIL = re.compile(rf"[-–/]{_ROUTE_TOWN}{_ROUTE_LINK}")
_BORDER_PAIR = re.compile(rf"\b{_ROUTE_TOWN}\s+and\s+{_ROUTE_TOWN}\s+(?:border|borders|frontier)\b")
_BORDER_PAIR_CORE = re.compile(_BORDER_PAIR.pattern[2:])  # (without the \b: see _core_matches)


def _route_end(text: str, sentence: dict, a: int, b: int, context: Counter) -> dict | None:
    """A place at one end of a route or border: a country, or a town of some size or of a
    country the article names."""
    by_name, by_alias = gz.cities()
    key = gz.fold(text[a:b])
    country = gz.country_index().get(key)
    if country:
        lat, lon = gz.country_point(country[0])
        return _row(sentence, a, b, text, gz.country_name(country[0]), country[0], "country", lat, lon, country[1])
    found = by_name.get(key) or by_alias.get(key) or []
    found = [c for c in found if c.population >= _small_town() or c.country in context]
    if not found or text[a:b] in _not_place_names():
        return None
    city, _ = _pick_city(found, context)
    return _row(sentence, a, b, text, city.name, city.country, "city", city.lat, city.lon, "exact")


def _region_list_rows(text: str, sentence: dict, m, context: Counter) -> list[dict]:
    """The regions of "Kitui, Makueni and Machakos counties", each typed by the plural."""
    rows = []
    word = _singular(m.group("w"))
    for name in _patterns()["list_name"].finditer(m.group("l")):
        a, b = m.start("l") + name.start(), m.start("l") + name.end()
        while b > a and text[b - 1] == ".":
            b -= 1  # the sentence's full stop after the last name of the list
        host = _POSSESSIVE_SPACE.search(text, a, b)
        if host:  # "Freedonia's Alpha, Beta and Gamma counties"
            a = host.end()
        while text[a:b].split()[0] in _not_place_words() and " " in text[a:b]:
            a = text.index(" ", a) + 1
        if text[a:b].split()[0] in _not_place_words():
            continue
        row = _typed_region(text, sentence, a, b, context, word)
        if row is None and rows and rows[-1]["country"]:
            # a name no gazetteer knows, listed with regions found: in their country
            code = rows[-1]["country"]
            lat, lon = _namesake_point(text[a:b], code)
            row = _row(sentence, a, b, text, f"{text[a:b]} {_type_title(word)}", code, "region", lat, lon, "context")
        if row:
            row["_typed"] = word
            rows.append(row)
    return rows


def _listed_in_full(rows: list[dict]) -> set[int]:
    """The ids of the rows of a typed list ("in Alpha and Beta counties") whose place the
    article also names in full ("Alpha County"): one place, under the name that says what it
    is (the list's bare name would count it twice)."""
    full = {gz.fold(r["mention"]) for r in rows if "_typed" not in r}
    return {id(r) for r in rows if "_typed" in r and (gz.fold(f"{r['mention']} {r['_typed']}") in full
                                                     or gz.fold(f"{r['_typed']} of {r['mention']}") in full)}


_PEOPLES = frozenset({"indigenous", "aboriginal", "native", "tribal", "black", "white", "muslim", "christian", "hindu",
                      "buddhist", "jewish", "catholic", "sikh", "rural", "urban", "coastal", "farming", "fishing", "mining"})


def _people_word(name: str) -> bool:
    """Whether a capitalised word names a people, a faith or a kind of community, not a
    place: "Indigenous", "Afro-Colombian", "Kenyan", "Muslim", "Coastal"."""
    key = gz.fold(name)
    return key in _PEOPLES or key in gz.demonym_index() or key.rsplit(" ", 1)[-1] in gz.demonym_index()


def _settlement_list_rows(text: str, sentence: dict | None, m, context: Counter, pats) -> list[dict]:
    """The towns of "Alpha and Beta Gamma villages in the Portville region": each a town of
    the country the place after the list lies in, else of the article's named country."""
    if sentence is None:
        return []
    by_name, _ = gz.cities()
    code = _list_host(text[m.end("l"):sentence["end"]], context, pats)
    main = _main_country(context)
    code = code or (main if main and context[main] >= 1 else None)
    rows = []
    for name in pats["list_name"].finditer(m.group("l")):
        a, b = m.start("l") + name.start(), m.start("l") + name.end()
        words = text[a:b].split()
        if words[0] in _not_place_words() or text[a:b] in _not_place_names():
            return []  # "The Alpha and Beta villages" opening a sentence: no list of names
        if _people_word(text[a:b]):
            return []  # "Indigenous and Afro-Colombian communities": peoples, no places
        here = [c for c in by_name.get(gz.fold(text[a:b]), []) if c.country == code]
        if here:
            rows.append(_row(sentence, a, b, text, here[0].name, code, "city", here[0].lat, here[0].lon, "context"))
        elif code:
            lat, lon = gz.country_point(code)
            rows.append(_row(sentence, a, b, text, text[a:b], code, "city", lat, lon, "context"))
    return rows


@lru_cache(maxsize=1)
def _capital_words() -> frozenset[str]:
    return frozenset(gz.fold(w) for w in lexicon()["definite_places"]["capital"])


def _capital_row(text: str, sentence: dict, a: int, b: int, code: str) -> dict | None:
    """A row for the capital city of country ``code`` (None if the gazetteer has none)."""
    capital = gz.countries().get(code, {}).get("capital")
    if not capital:
        return None
    by_name, by_alias = gz.cities()
    for city in by_name.get(gz.fold(capital), []) + by_alias.get(gz.fold(capital), []):
        if city.country == code:
            return _row(sentence, a, b, text, city.name, code, "city", city.lat, city.lon, "context")
    lat, lon = gz.country_point(code)
    return _row(sentence, a, b, text, capital, code, "city", lat, lon, "context")


def _singular(word: str) -> str:
    word = word.lower()
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def _typed_region(text: str, sentence: dict, a: int, b: int, context: Counter, word: str) -> dict | None:
    """A region whose type the text gives ("Chitral district"): ISO 3166-2 or a namesake
    place first, else a region of the article's main country."""
    name = text[a:b]
    found = _subdivision(name, context, word)
    if found and (not context or found[1] in context):
        canonical, country, _ = found
        lat, lon = _namesake_point(name, country)
        return _row(sentence, a, b, text, canonical, country, "region", lat, lon, "alias")
    main = _main_country(context, a)
    if not main:
        return None
    lat, lon = _namesake_point(name, main)
    return _row(sentence, a, b, text, f"{name} {_type_title(word)}", main, "region", lat, lon, "context")


@lru_cache(maxsize=1)
def _not_place_names() -> frozenset[str]:
    return frozenset(lexicon()["not_place_names"])


@lru_cache(maxsize=1)
def _small_town() -> int:
    return int(lexicon()["small_town_population"])


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Single words of the lexicon's lists, folded: common words of news English."""
    words: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            words.update(gz.fold(w) for w in value.split() if w.isalpha())
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
    lex = lexicon()
    for key, value in lex.items():
        if key not in ("multi_country_regions", "news_organisations"):
            walk(value)
    return frozenset(words)


class _CommonWords:
    """Words that are common nouns or adjectives here: the lexicon's, and the article's
    own lower-case words of three letters or more ("hope" written somewhere makes "Hope" a
    word, not a town).  A word is looked for in the text when asked about (the rules ask
    about a few names per article; listing all the text's words cost more), and the
    lexicon's thousands are not copied for every article."""

    __slots__ = ("lexicon", "text")

    def __init__(self, text: str) -> None:
        self.lexicon = _vocabulary()
        self.text = text

    def __contains__(self, word: str) -> bool:
        if word in self.lexicon:
            return True
        if not _LOWER_WORD.fullmatch(word):
            return False
        # an occurrence with no letter, digit or underscore on either side
        text, at = self.text, self.text.find(word)
        while at >= 0:
            end = at + len(word)
            if not (at and _is_word_char(text[at - 1]) or end < len(text) and _is_word_char(text[end])):
                return True
            at = text.find(word, at + 1)
        return False


def _is_word_char(char: str) -> bool:
    """What ``\\w`` matches."""
    return char.isalnum() or char == "_"


def _common_words(text: str) -> _CommonWords:
    """The common words of ``text`` (see :class:`_CommonWords`)."""
    return _CommonWords(text)


def _feature(name: str, after: str, pats) -> tuple[str, int, bool] | None:
    """(core name, characters of ``after`` the feature takes, whether the feature word is
    part of the name) for "Hunza valley", "Ndere Island", "Lake Victoria"."""
    head = pats["feature_name"].match(name)
    if head:
        return head.group(1), 0, True
    words = name.split()
    if len(words) >= 2:
        tail = pats["feature_after"].match(" " + words[-1])
        if tail and tail.end() == len(words[-1]) + 1:
            return " ".join(words[:-1]), 0, True
    after_word = pats["feature_after"].match(after)
    if after_word:
        return name, after_word.end(), False
    return None


def _feature_row(text, sentence, a, b, feature, context, pats, before, listed, region_slot) -> dict | None:
    """A named feature ("Hunza valley", "Lake Victoria", "the Portville air base"): where
    its namesake place lies in a country the article names, else in its main country.  A
    lower-case feature word needs a locative slot or a known namesake ("the Muslim
    community" is people)."""
    core, extra, in_name = feature
    core_key = gz.fold(core)
    tail = gz.fold(text[a:b].split()[-1]) if in_name else ""
    if in_name and tail in _water_words() and core_key in {"north", "south", "east", "west"}:
        # "the East Sea": the waters off the country the sentence names, else the article's
        code = _main_country(_context_countries(text[sentence["start"]:sentence["end"]])) or _main_country(context)
        if code is None:
            return None
        lat, lon = gz.country_point(code)
        return _row(sentence, a, b, text, text[a:b], code, "region", lat, lon, "context")
    if in_name and _water_head(text[a:b]):
        # "the Gulf of Aden", "the Strait of Hormuz", "the Bay of Bengal": waters several
        # states' shores bound (no country), unless named after a country the article
        # names ("the Gulf of Thailand")
        code = (gz.country_index().get(core_key) or (None,))[0]
        code = code if code and context.get(code, 0) >= 1 else None
        lat, lon = gz.country_point(code) if code else (None, None)
        return _row(sentence, a, b, text, text[a:b], code, "region", lat, lon, "context" if code else "exact")
    if not core_key or core_key in _vocabulary() and core.lower() == core_key or core.title() in _not_place_names() \
            or core.isupper() or core_key in _direction_keys():  # ("Russia's Far Eastern port"): a compass word
        return None  # a word ("the Muslim community"); "Aïr" with its diaeresis is a name
    by_name, by_alias = gz.cities()
    # a country the article names, not one whose capital shares a word ("Lake Victoria")
    found = [c for c in by_name.get(core_key, []) + by_alias.get(core_key, []) if context.get(c.country, 0) >= 1]
    if not found and not pats["feature_name"].match(text[a:b]):  # (not "Lake Victoria": a head names no town)
        # "the Alpha border region": a city big enough to be what the name means, though the
        # article names no country of it (its main country would put the area across the border)
        big = by_name.first(core_key)
        if big is not None and big.population >= gz.FUZZY_POPULATION and core.title() not in _not_place_names():
            found = [big]
    codes = lexicon()["named_type_countries"].get(text[a:b].split()[-1]) if in_name else None
    if codes:
        # "Alpha Township": capitalised, the civil division of the countries that name theirs
        # so; a namesake there, not a bigger town of that name abroad
        there = [c for c in by_name.get(core_key, []) + by_alias.get(core_key, []) if c.country in codes]
        found = there or found
    region = _region(core, context, pats)
    locative = bool(_locative_before(pats, before) or listed or region_slot
                    or _POSSESSIVE_BEFORE.search(before) and _hosted_locative(pats, before, gz.country_index(), context))
    end = b + extra
    word = text[b:end].strip().lower()
    # "the Alpha air base", "Beta airport": named after the place they lie in
    facility = not in_name and word in _place_facility_words()
    # "after the Lamone river burst its banks": a river by its name and the word, whatever
    # the slot (no body or people are called "the X river")
    river = not in_name and word in ("river", "river's") and _THE_BEFORE.search(before) is not None
    if not (in_name or locative or found or region and region[1] in context or facility or river):
        return None
    # "the Alpha Valley of Portville", "the Great Plains of Freedonia": the place after "of"
    # says where the feature lies, whatever namesakes its words have elsewhere
    of_host = _OF_NAME.match(text, end, sentence["end"]) if in_name and " of " in text[end:end + 5] else None
    of_code = _located_in(", in " + of_host.group(1), context, pats) if of_host else None
    if of_code:
        found = [c for c in found if c.country == of_code]
        region = region if region and region[1] == of_code else None
    # "the Canary Islands", "the Alpha Valley" whose whole name is a region the gazetteer
    # knows: that region's country, not the country of the place named before it
    whole = _region(text[a:b], context, pats) if in_name and not of_code and gz.fold(text[a:b]) in gz.subdivisions() \
        else None
    if of_code and not found and not region:
        code = of_code
        lat, lon = gz.country_point(code)
    elif whole and not found:
        code = whole[1]
        lat, lon = _namesake_point(core, code)
    elif found:
        city, _ = _pick_city(found, context)
        code, lat, lon = city.country, city.lat, city.lon
    elif region and (not context or region[1] in context):
        code = region[1]
        lat, lon = _namesake_point(core, code)
    elif core_key in gz.demonym_index():
        code = gz.demonym_index()[core_key]  # "the Scottish Highlands": that country's
        lat, lon = gz.country_point(code)
    else:
        # (a facility placed by what follows it: "the Alpha air base near Portville")
        code = (facility and (_list_host(" " + text[end:sentence["end"]].lstrip(), context, pats)
                              or _located_in("," + text[end:sentence["end"]], context, pats))) \
            or _main_country(context, a)
        if code is None:
            return None
        lat, lon = gz.country_point(code)
    if word in lexicon()["region_words"]:
        return _typed_region(text, sentence, a, b, context, word) if not found else \
            _row(sentence, a, end, text, text[a:end], code, "region", lat, lon, "context")
    if found and pats["facility_after"].match(" " + word):  # "the Portville air base": Portville
        # (a works named after its town, "the Sorocaba factory": the town alone, as the
        # article names it elsewhere)
        return _row(sentence, a, end if word in _feature_word_set() else b, text, city.name, code, "city",
                    lat, lon, "context")
    return _row(sentence, a, end, text, text[a:end], code, "region", lat, lon, "context")


@lru_cache(maxsize=1)
def _feature_word_set() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon()["feature_words"])


@lru_cache(maxsize=1)
def _water_heads() -> tuple[str, ...]:
    """The feature heads that name waters ("Gulf of ", "Strait of "): a head ending in "of"
    whose first word is a water word."""
    water = _water_words()
    return tuple(h + " " for h in lexicon()["feature_heads"] if h.endswith(" of") and h.split()[0].lower() in water)


def _water_head(name: str) -> bool:
    return name.startswith(_water_heads())


# the rest of a short list of names: "(Alpha), Beta and Gamma"
_LISTED_NAMES = re.compile(r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[" + _CAP + r"][\w'’-]+(?:\s+[" + _CAP + r"][\w'’-]+){0,2}){1,6}")


# the words for a part of a state that may stand between its possessive and a place in it
_PART_ADJECTIVES = re.compile(r"\s+(?:(?:(?:far|north|south|upper|lower)[ -]?)?(?:north|south|east|west)(?:ern|-?central)|central|"
                              r"(?:north|south)-?(?:east|west)ern|remote|restive|coastal|mountainous|rural|"
                              r"(?:north|south|east|west)ernmost)\s+")


def _host_of_place(after: str, context: Counter, pats) -> bool:
    """A possessive followed by a place: "India's Kerala", "Indonesia's Central Java"."""
    possessive = _POSSESSIVE.match(after)
    if not possessive:
        return False
    runs = list(capitalised_runs(after, possessive.end(), min(len(after), possessive.end() + 60)))
    if not runs or after[possessive.end():runs[0][0]].strip() and not _PART_ADJECTIVES.fullmatch(after, possessive.end(), runs[0][0]):
        return False  # (a part of it may come between: "Peru's central Junin region")
    words = runs[0][2].split()
    listed = _LISTED_NAMES.match(after, runs[0][1])
    if len(words) <= 3 and (pats["region_after"].match(after, runs[0][1])
                            or listed and pats["region_after"].match(after, listed.end())):
        # "Kerala's Wayanad district": a typed region, whether or not a gazetteer lists it;
        # so are the names of a typed list ("Kerala's Wayanad and Idukki districts")
        return True
    by_name, by_alias = gz.cities()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        # (or a town of some size by another spelling: "Haryana's Yamunanagar", Yamuna Nagar)
        if _region(name, context, pats) or gz.fold(name) in by_name \
                or any(c.population >= _small_town() for c in by_alias.get(gz.fold(name), ())):
            # "Freedonia's Alpha regional administration said": the state's possessive owns
            # a body named by its region, and neither is a location
            return not (runs[0][2].startswith(name) and _TIER_BODY_AFTER.match(after, runs[0][0] + len(name)))
    return False


def _hosted_country(after: str) -> str | None:
    """The country of the town or region named first in ``after`` (the text after a
    host's possessive), by the gazetteer's most populous namesake."""
    run = _HOST_NAME.match(after.lstrip())
    if not run:
        return None
    by_name, _ = gz.cities()
    words = run.group().split()
    for n in range(len(words), 0, -1):
        key = gz.fold(" ".join(words[:n]))
        code = by_name.first_country(key)
        if code:
            return code
        found = {m[0][:2] for m in gz.subdivisions().get(key, ())}
        if len(found) == 1:
            return found.pop()
    return None


# a region's figure after its name: "Quebec posted the highest rate", "Alberta had the lowest",
# "Ontario came in at 2.5 per cent", "Nova Scotia was at 2.1 per cent"
_DIGIT = re.compile(r"\d")
_STATISTIC_AFTER = re.compile(r"\s*\(\s*\d[\d.,]*\s*(?:%|per\s*cent|percent|pc)\s*\)"  # "Kogi (10.41 per cent)": its figure in brackets
                              # (its rate alone, the verb left out, or "at" it: "Rio rose 0.35% and Alpha
                              # 0.22%", "Fortaleza followed at 0.58% and Recife at 0.41%")
                              r"|\s+(?:followed\s+(?:at|with)\s+|at\s+)?[+-]?\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b)"
                              # (a town described between commas first: "Belém, capital of the state of Pará, recorded")
                              # (or by a clause: "Alpha, which adopted the euro in January, recorded 3.8%")
                              r"|(?:,\s+(?:the\s+)?(?:capital|seat|largest|biggest|second-largest)\s+(?:city\s+)?(?:of|in)\s+[^,;:]{3,50},"
                              r"|,\s+(?:which|where|whose)\s+[^,;:]{3,60},)?"
                              r"(?:,?\s+(?:and\s+)?[" + _CAP + r"][\w'’-]*(?:\s+[" + _CAP + r"][\w'’-]*){0,2}){0,3}"  # (the list it ends: "Alpha and Beta were up")
                              # (after its auxiliary too: "Greater Accra has recorded 398 cases")
                              r"\s+(?:(?:has|have|had)\s+(?:now\s+|so\s+far\s+|also\s+)?(?=recorded|registered|logged|reported\s+\d|confirmed\s+\d))?"
                              r"(?:posted|recorded|registered|logged|saw|came\s+in\s+at|(?:was|is|stood)\s+at|"
                              r"(?:had|remained|remains|was|is)\s+the\s+(?:highest|lowest|most|fewest|largest|smallest|biggest|fastest|slowest)|"
                              r"(?:had|reported|confirmed)\s+\d|accounted\s+for|(?:(?:was|were)\s+)?(?:up|down)\s+(?:by\s+)?\d|"
                              r"(?:rose|fell|grew|jumped|climbed|dropped|declined|increased|decreased|slipped|gained|slumped|"
                              r"surged|plunged|advanced|eased)\s+(?:by\s+)?\d)\b")


# what befalls a country or where it lies, after its name as the subject: where things happen,
# not a state acting ("Freedonia has seen repeated outbreaks", "Freedonia sits on fault lines")
_UNDERGOES_AFTER = re.compile(r"(?:,?\s+(?:and\s+)?[" + _CAP + r"][\w'’-]*(?:\s+[" + _CAP + r"][\w'’-]*){0,2}){0,3}"  # (the list it ends)
                              r"\s+(?:(?:both|also|all)\s+)?(?:borders?\s+(?!on\b|control|guards?|crossings?|police)|"
                              r"(?:(?:(?:has|have|had)\s+(?:also\s+)?(?:seen|witnessed)|saw|witnessed)(?!\s+(?:\w+\s+as\b|[\x22“]?(?:the\s+|any\s+|no\s+)?(?:[a-z]+\s+)?"
                              r"(?:reports?|evidence|signs?|no|nothing|any|little|indications?|intelligence|footage|images?|videos?|"
                              r"documents?|proof|need|reason|merit|value)\b))|"
                              r"(?:has|have|had)\s+(?:also\s+)?(?:experienced|endured)|experienced|endured|(?:is|was)\s+(?:home|host)\s+to|sits\s+(?:on|in|along|astride)|"
                              r"lies\s+(?:on|in|along|astride)))\b")


def _counted_in(after: str) -> bool:
    """Whether the words after a name make it the subject of its own figure, with the figure
    or a ranking in them ("recorded 78,412 cases", "remained the lowest at 1.2%"; not "saw
    Freedonia as a threat")."""
    found = _STATISTIC_AFTER.match(after)
    return bool(found) and bool(_DIGIT.search(after, 0, found.end() + 40) or _RANKED.match(after, found.start()))


_RANKED = re.compile(r".{0,40}?\bthe\s+(?:highest|lowest|most|fewest|largest|smallest|biggest|fastest|slowest)\b")


def _home_region(key: str, name: str, context, by_name, statistic: bool = False) -> bool:
    """Whether ``key`` names a region (of the first two levels) of the country the article
    is about, and is no common word nor a big city's name of that country (a city speaks for
    its authorities: "Washington has warned"), unless a figure of its own follows it
    (``statistic``: "Quebec posted the highest rate", the province, not Quebec City)."""
    if name in _not_place_names() or not name[:1].isupper() or not context:
        return False
    home = context.most_common(1)[0][0]
    town = [t for t in by_name.get(key, ()) if t.country == home]
    if town and town[0].population >= 100000 and not statistic:
        return False
    return any(level <= 2 and code[:2] == home for code, _n, _t, level in gz.subdivisions().get(key, ()))


# a list of places opened by their plural type and a colon or dash: "in five counties:
# Alpha, Beta and Gamma", "three provinces - Alpha, ...", "the municipalities of ... were: Alpha"
_TYPED_LIST_BEFORE = re.compile(
    r"\b(?:districts|provinces|counties|sub-counties|regions|states|towns|villages|municipalities|cities"
    r"|communities|prefectures|governorates|departments|neighbourhoods|neighborhoods|barangays|regencies)"
    r"(?:\s+(?:were|are))?\s*(?::|\s[-–—])\s+$")


# a number right after a name: "Route 9", "Highway 401"
_NUMBER_AFTER = re.compile(r" \d")


_NAME_WORDS = re.compile(r"[" + _CAP + r"][\w'’-]*(?:\s[" + _CAP + r"][\w'’-]*){0,3}")


@lru_cache(maxsize=1)
def _local_head_before() -> re.Pattern:
    """A lower-case local unit's type word right before a name: "in tambon Alpha"."""
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in lexicon()["local_type_heads"]) + r")(?: of)? $", re.IGNORECASE)


@lru_cache(maxsize=1)
def _type_head_before() -> re.Pattern:
    """A capitalised type word and "of" right before a name: "the Shire of Alpha"."""
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in lexicon()["named_type_heads"]) + r") of $")


# nothing but the opening of a sentence, a bullet or a table's cell before a word
_OPENING = re.compile(r"(?:^|[\n|])[\W\d_]*$")


def _resolve_name(text, sentence, a, b, key, context, pats, countries, demonyms, capitals, by_name, by_alias,
                  listed=False, region_slot=False, common=frozenset(), memory=None, inside_run=False,
                  continued=False):
    s, e = sentence["start"], sentence["end"]
    # the right-anchored tests need only the words just before the name
    before, after = text[max(s, a - 60):a], text[b:e]
    name = text[a:b]
    if " " not in name and key not in countries and (name in _not_place_names() or name.isalpha() and name.isupper()):
        return None  # a common word or an acronym, however many towns share it
    if " " not in name and key in common and key not in capitals and _OPENING.search(before):
        return None  # "Sales rose 4%", "| Sales |": a word the story writes in lower case too, capitalised where it opens

    if after[:1] == "$":
        return None  # "US$420 million", "NZ$": a currency
    head = _type_head_before().search(before)
    if head and not _actor_use(before, after, pats, listed):
        # "bushfires in the Shire of Alpha": a local government area of the countries that
        # name theirs so; its namesake town there, else a place of the one such country
        codes = lexicon()["named_type_heads"][head.group(1)]
        # (the area by its full name: "Shire of Alpha")
        there = [c for c in by_name.get(key, []) + by_alias.get(key, []) if c.country in codes]
        start = a - len(head.group(0))
        if there:
            town = max(there, key=lambda c: c.population)
            return _row(sentence, start, b, text, text[start:b], town.country, "region", town.lat, town.lon, "exact")
        if len(codes) == 1 and len(name.split()) <= 3:
            lat, lon = gz.country_point(codes[0])
            return _row(sentence, start, b, text, text[start:b], codes[0], "region", lat, lon, "context")
    unit = _local_head_before().search(before) if before[-1:] == " " and before[-2:-1].islower() else None  # ("the douar of Tinmel")
    if unit and not _actor_use(before, after, pats, listed):
        # "in tambon Mon Pin", "barangay San Roque": a local unit named after its type word in
        # the languages that put it first, a place of the country whose word it is
        codes = lexicon()["local_type_heads"][unit.group(1).lower()]
        here = [c for c in codes if c in context] or (codes if len(codes) == 1 else [])
        if here:
            # (the whole name, however the runs were cut: "tambon Thoet Thai", "Wiang Phang Kham")
            whole = _NAME_WORDS.match(text, a, e)
            b = max(b, whole.end()) if whole else b
            # (drawn near the places named with it: a town of its name elsewhere in the country,
            # "Ko Chang" the island, is not this unit; see _place_regions_by_towns)
            lat, lon = gz.country_point(here[0])
            return _row(sentence, a, b, text, text[a:b], here[0], "region", lat, lon, "context")
    if _NUMBER_AFTER.match(after) and name.rsplit(" ", 1)[-1] in word_set("numbered_road_words"):
        return None  # "a crash on Route 9": a road's number, not a village named Route
    if _PRONOUN_CONTRACTION.fullmatch(name):
        return None  # "along Alpha Road, and I'm not ...": a pronoun opening a clause
    town = _town_of_host(name) if " d" in name and key not in by_name else None
    if town and (_locative_before(pats, before) or listed) and not _actor_use(before, after, pats, listed):
        # "raids in Alpha de Beta": the town Alpha of the country of Beta, a province
        return _row(sentence, a, b, text, town.name, town.country, "city", town.lat, town.lon, "alias")
    if _COUNTY_FIRST.match(name):
        return _county_first(text, sentence, a, b, context, pats)
    if " " in name and name.split(" ", 1)[0] in word_set("settlement_heads"):
        return _headed_settlement(text, sentence, a, b, context, pats, after)
    if name.startswith("Greater ") and " " in name:
        # "Greater Buenos Aires": the metropolitan area of the biggest town of that name
        town = max(by_name.get(gz.fold(name[8:]), []) + by_alias.get(gz.fold(name[8:]), []),
                   key=lambda c: (c.country in context, c.population), default=None)
        # (a town outside the story's countries must be a metropolis to lend its name so:
        # "the Greater Hunter" in a Freedonian story is no district of another country)
        if town and town.population >= _small_town() and (town.country in context or town.population >= 500_000):
            if _BODY_AFTER.match(after) or pats["event_after"].match(after) or pats["actor_after"].match(after) \
                    and not _STATISTIC_AFTER.match(after):
                return None  # "Greater Portville Police said": a body ("Greater Accra has recorded 398 cases": a place)
            return _row(sentence, a, b, text, name, town.country, "region", town.lat, town.lon, "alias")
    front = _FRONT_AFTER.match(after) if key in by_name and ("direction" in after[:40] or "ax" in after[:40]
                                                             or "sector" in after[:40] or "front" in after[:40]) else None
    if front:
        # an axis of a front is where the fighting is, whatever precedes it ("for the Alpha
        # direction"); the first of a pair stops at its own name
        city, by_context = _pick_city(by_name[key], context)
        inside = _SECTOR_IN.match(after)
        host = _in_host_code(after[inside.end() - 1:], context, pats, typed=True) if inside else None
        if host and host != city.country and any(c.country == host for c in by_name[key]):
            # "in the Alpha and Beta sectors in Portville Oblast": the sector's town in that region's country
            city, by_context = max((c for c in by_name[key] if c.country == host), key=lambda c: c.population), True
        end = b if front.group(1) else b + front.end()
        return _row(sentence, a, end, text, city.name, city.country, "city", city.lat, city.lon,
                    "context" if by_context else "exact")
    if " " not in name and name.endswith(_UKRAINIAN_REGION_ENDINGS):
        # "Kharkivshchyna", "Donechchyna": Ukrainian copy names an oblast after its chief town
        # with this ending; the town's stem with its own ending is the town ("Sumshchyna" -> Sumy)
        stem = key[:-len(next(e for e in _UKRAINIAN_REGION_ENDINGS if name.endswith(e)))]
        for ending in ("", "sk", "y", "a", "sa", "ia", "iv"):
            town = by_name.first(stem + ending) or by_alias.first(stem + ending)
            if town and town.population >= gz.FUZZY_POPULATION and (not context or town.country in context) \
                    and not _actor_use(before, after, pats, listed):
                return _row(sentence, a, b, text, f"{town.name} Oblast", town.country, "region", town.lat, town.lon,
                            "alias")
        return None
    if " " not in name and key in _direction_keys() and not pats["region_after"].match(after):
        return None  # "the Northern People's Alliance": a compass word alone names no place
    if " " in name and (name.rsplit(" ", 1)[1] in word_set("street_words") or name.split(" ", 1)[0] in word_set("street_heads")) \
            and (_locative_before(pats, before) or listed or _search_end(pats, "typed_slot", before)) \
            and not _actor_use(before, after, pats, listed):
        # "homes along Alpha Creek Road", "residents of Beta Lane": a road or a square where a
        # locative slot puts it, in the country of the place named last (the town a road is
        # named after may be a namesake abroad)
        code = _main_country(context, a)
        if code:
            lat, lon = gz.country_point(code)
            return _row(sentence, a, b, text, name, code, "region", lat, lon, "context")
    if key in countries or key in demonyms:
        feature = None
    elif key in by_name:  # a town's facility: "the Portville air base"; "the Portville border area"
        facility = pats["facility_after"].match(after)
        if _facility_elsewhere(key, after, pats):
            return None  # "the Alpha coal mine in Beta": Alpha names the mine, Beta is where it is
        feature = _feature(name, after, pats) if facility or _BORDER_AREA.match(after) else None
        if feature is None and facility:
            feature = (name, facility.end(), False)  # "the company's Chennai plant": the town's
        if feature is None and " " in name and _THE_BEFORE.search(before) and context \
                and _feature(name, after, pats) and gz.fold(name.rsplit(" ", 1)[1]) not in _water_words() \
                and _locative_before(pats, before) and not _actor_use(before, after, pats, listed):
            # "raids in the Central Plateau" of a story set elsewhere: a town takes no article,
            # and one abroad of this name is no more than a namesake of the feature here,
            # which lies in the country of the place named last (and of the article); not a sea
            # ("in the North Sea off Norway" is no one country's)
            code = _main_country(context, a)
            if code and code == _main_country(context) and all(c.country != code for c in by_name[key]):
                lat, lon = gz.country_point(code)
                return _row(sentence, a, b, text, name, code, "region", lat, lon, "context")
    else:
        feature = _feature(name, after, pats)
    if feature and key not in demonyms and not continued:  # "Freedonia Coast Monitor" is a body
        row = _feature_row(text, sentence, a, b, feature, context, pats, before, listed, region_slot)
        if row:
            return row
    if key not in demonyms and before[-1:] == " " and before[-7:-1].islower():
        row = _lower_compass_region(text, sentence, a, b, before, after, context, pats)
        if row:
            return row
    # "the western region of <Name>", "the district of <Name>": the region, not a town of that name
    typed_before = _REGION_OF_BEFORE.search(before, max(0, len(before) - 40)) if " of " in before[-9:] else None
    if typed_before and key not in countries and key not in demonyms:
        word = typed_before.group(1).lower()
        found = _subdivision(name, context, "region" if word == "governor" else word)
        if found:
            canonical, country, _ = found
            lat, lon = _namesake_point(name, country)
            return _row(sentence, a, b, text, canonical, country, "region", lat, lon, "alias")
    # "<Name> region" is a first-level region whatever precedes it
    region = pats["region_after"].match(after)
    if region and _THE_BEFORE.search(before) and _OF_NEXT.match(after, region.end()) \
            and key not in gz.subdivisions() and (key in demonyms or _ADJECTIVE_END.search(key)):
        region = None  # "the Andean department of X": an adjective, X is the region
        # (but "the Alpha province of Freedonia", "the Beta region of Freedonia" name the region)
    if region and (pats["event_after"].match(after, region.end()) or _BODY_AFTER.match(after, region.end())):
        return None  # "the Lagos State Government said", "the X State Police Command": a body
    if region and pats["region_word_end"].match(" " + name):
        return None  # "at the State Department", "the Region Department": a type word names no region
    if region and name.split()[-1] == "Metropolitan" and region.group(1) == "Municipality":
        return None  # "the Izmir Metropolitan Municipality said": a city's government, a body
    homes = lexicon()["type_word_countries"].get(region.group(1).lower()) if region else None
    if homes and (" of " in name or name.split()[-1].endswith("s") or len(name.split()) > 2
                  or not any(code in context for code in homes)):
        return None  # "the Transport Workers union": workers', not Bangladesh's "Lalua union"
    if region and " of " in name and region.group(1)[:1].isupper() and region.group(1).endswith("s"):
        # "the Community of Alpha States", "the Organisation of Beta Provinces": a plural type
        # word closing a name with "of" names a body of several, never one region
        return None
    if region and key not in demonyms:
        found = _subdivision(name, context, region.group(1))
        if found:
            canonical, country, _ = found
            lat, lon = _namesake_point(name, country)
            # ("in the Alpha state assembly": the type word goes with the body, a state
            # assembly; the place named is Alpha)
            end = b if region.group(1).islower() and _TIER_BODY_NOUN_AFTER.match(after, region.end()) else b + region.end()
            return _row(sentence, a, end, text, canonical, country, "region", lat, lon, "alias")
        # (a namesake town abroad does not stop it: "the Kaya chiefdom in Freedonia")
        abroad = key in by_name and context and not any(c.country in context for c in by_name[key])
        # (a word before the type word names no region the gazetteer lacks: "in the
        # Consumer Care Division", "in the Overseas region" of a firm's accounts)
        if key not in countries and (key not in by_name or abroad) and not (" " not in key and key in common) \
                and (_locative_before(pats, before) or listed
                                                            or _of_country(after, region.end())
                                                            # ("the headquarters of Alpha district")
                                                            or region.group(1).islower() and _OF_END.search(before)
                                                            # ("the Alpha municipality south of Portville")
                                                            or region.group(1).islower() and _located_in(
                                                                "," + after[region.end():], context, pats) is not None
                                                            or _hosted_locative(pats, before, countries, context)):
            # a region the gazetteer does not know, of the type the text gives ("Gupis tehsil")
            row = _typed_region(text, sentence, a, b, context, _singular(region.group(1)))
            if row is None and region.group(1).islower():
                # no country named before it: the country of the place it is said to lie by
                code = _located_in("," + after[region.end():], context, pats)
                if code:
                    lat, lon = gz.country_point(code)
                    row = _row(sentence, a, b, text, f"{name} {_type_title(_singular(region.group(1)))}", code, "region",
                               lat, lon, "context")
            if row:
                row["end"] = b + region.end()
                row["mention"] = text[a:row["end"]]
                return row
    # "<Demonym> terrain" is a location in that country
    if key in demonyms and pats["place_noun_after"].match(after):
        code = demonyms[key]
        noun = pats["place_noun_after"].match(after)
        end = b + noun.end()
        named = _TOWN_NAMED.match(after, noun.end())
        if named and noun.group().strip().lower() in ("capital", "city", "town", "port", "village"):
            # "the Bolivian capital La Paz", "the Nigerian city of Kaduna": the town named is the place
            town = next((c for c in by_name.get(gz.fold(named.group(1)), []) + by_alias.get(gz.fold(named.group(1)), [])
                         if c.country == code), None)
            if town:
                a2, b2 = b + named.start(1), b + named.end(1)
                return _row(sentence, a2, b2, text, town.name, code, "city", town.lat, town.lon, "exact")
        main = _main_country(context)
        if _BORDER_AREA.match(noun.group()) and main and main != code \
                and not any(r["country"] == code for r in getattr(context, "placed", ())):
            # "the Tanzanian border area" of a story set in Mozambique: its side; but where the
            # article has placed something in that country already ("Portville, the Ruritanian
            # border region") the demonym's own side is meant
            code = main
        if noun.group().strip().lower() == "capital" and code == demonyms[key]:
            # "in the Freedonian capital": that state's capital city
            row = _capital_row(text, sentence, a, end, code)
            if row:
                return row
        part = _FAR_PART.match(noun.group())
        if part:  # "the Russian Far East": a region of that country, not the country
            lat, lon = gz.part_point(code, part.group(1).lower() + "ern")
            return _row(sentence, a, end, text, text[a:end], code, "region", lat, lon, "alias")
        lat, lon = gz.country_point(code)
        return _row(sentence, a, end, text, gz.country_name(code), code, "country", lat, lon, "alias")
    if key in demonyms and key not in countries:
        return None
    if pats["event_after"].match(after):
        return None
    if _TIER_BODY_AFTER.match(after) and not _locative_before(pats, before):
        return None  # "the Alpha regional administration said": a body named by its region
    host = _host_of_place(after, context, pats)
    possessive = _POSSESSIVE.match(after)
    if possessive and key in countries and not host:
        zone = pats["possessive_zone"].match(after[possessive.end():])
        if zone:  # "Freedonia's exclusive economic zone", "Freedonia's north": a part of it
            code = countries[key][0]
            end = b + possessive.end() + zone.end()
            lat, lon = gz.part_point(code, zone.group(1) + "ern") if zone.group(1) else gz.country_point(code)
            return _row(sentence, a, end, text, text[a:end], code, "region", lat, lon, "context")
        if pats["economy_after"].match(after, possessive.end()) or _PARTS_AFTER.match(after, possessive.end()) \
                or _RANK_AFTER.match(after, possessive.end()):
            # "Freedonia's annual inflation", "Freedonia's coast"; "one of Freedonia's main
            # mining regions", "Freedonia's border towns": its parts lie in it; "Freedonia's
            # worst floods", "Freedonia's third-largest lender": what ranks first in it is there
            code, how = countries[key]
            lat, lon = gz.country_point(code)
            return _row(sentence, a, b, text, gz.country_name(code), code, "country", lat, lon, how)
    if possessive and not host and not pats["possessive_place"].match(after[possessive.end():]) \
            and not (key not in countries and key not in capitals and _locative_before(pats, before)
                     and any(m[3] == 1 for m in gz.subdivisions().get(key, ()))
                     and _LOWER_AFTER_POSSESSIVE.match(after, possessive.end())):
        # (but "turnout in Alpha's first phase", "counting in Beta's 288 seats": a state or
        # province after a locative holds what it owns; regions seldom act as a state does)
        return None
    # a locative slot: after a preposition, listed with a place, "Lisbon-based", or the
    # host of a place ("India's Kerala"); a possessive place right after its host
    locative = bool(_locative_before(pats, before) or listed or pats["compound_after"].match(after) or host
                    or _TYPED_LIST_BEFORE.search(before)
                    or _ranked_after_place(before, sentence, a, context)
                    or pats["struck_after"].match(after)
                    or possessive and key not in countries and _TOWN_PARTS_AFTER.match(after, possessive.end())
                    or _POSSESSIVE_BEFORE.search(before) and key not in countries and (_is_place_host(before, countries)
                                                              or _hosted_locative(pats, before, countries, context)
                                                              or _described_host_locative(pats, before))
                    or _search_end(pats, "apposition", before)
                    or before[-1:] == " " and _search_end(pats, "apposition_bare", before)
                    or before[-1:] == " " and before[-2:-1].isalpha() and _search_end(pats, "taking_before", before)
                    and not _taken_attribute(after)
                    or after[:1] == "," and _located_in(after, context, pats) is not None
                    or after[:1] == " " and _listed_located_in(after, context, pats) is not None
                    or key not in countries and (
                        pats["residence_before"].search(before) and after[:1] in (",", ".", ";", "")
                        or pats["resident_before"].search(before) and pats["resident_after"].match(after)))
    if locative and (key in countries or key in capitals) and before.endswith("in ") and _REGIME_IN.search(before):
        return None  # "the regime in Portville", "the leadership in Eastbrook": the state's rulers, an actor
    direction = _search_end(pats, "direction_before", before)
    if key in countries and (listed or region_slot) and getattr(context, "placed", None):
        # "Florida and Georgia", "in Texas, Georgia and Alabama": a state's name that is also
        # a country's, listed with regions of one country, is that country's region
        last = context.placed[-1]
        home = [m for m in gz.subdivisions().get(key, ()) if m[0][:2] == last["country"]] \
            if last["kind"] == "region" and last["sentence_id"] == sentence["id"] else []
        if home and not _actor_use(before, after, pats, listed):
            lat, lon = _namesake_point(name, last["country"])
            return _row(sentence, a, b, text, home[0][1], last["country"], "region", lat, lon, "context")
    if key in countries and not locative and not possessive and (
            _counted_in(after) or _UNDERGOES_AFTER.match(after)):
        # "Indonesia recorded 78,412 dengue cases", "Freedonia has seen repeated outbreaks":
        # the country whose count or whose events they are, a place
        locative = True
    home = context.home_regions.get(key) if key in countries and getattr(context, "home_regions", None) else None
    if home and (locative or pats["compound_after"].match(after) or _ATTRIBUTIVE_STATE.match(after)):
        # "Under Georgia law", "in Georgia" in a story of that state's counties: the state
        lat, lon = _namesake_point(name, home[0][:2])
        return _row(sentence, a, b, text, home[1], home[0][:2], "region", lat, lon, "context")
    if key in countries:
        code, how = countries[key]
        if direction:
            start = a - len(direction.group(0))
            lat, lon = gz.part_point(code, direction.group(1))
            return _row(sentence, start, b, text, gz.country_name(code), code, "region", lat, lon, how)
        far = _search_end(pats, "far_part", before)
        if far:  # "the far north of Freedonia": a part of it
            start = a - len(far.group(0)) + far.start(1) - far.start()
            lat, lon = gz.part_point(code, far.group(2) + "ern")
            return _row(sentence, start, b, text, text[start:b], code, "region", lat, lon, how)
        if not locative or _actor_use(before, after, pats, listed) or pats["owner_after"].match(after):
            return None  # "for Freedonia", "from Freedonian carmakers"
        lat, lon = gz.country_point(code)
        return _row(sentence, a, b, text, gz.country_name(code), code, "country", lat, lon, how)
    attributive = (not locative and " " in name and key in by_name and key not in capitals
                   and pats["attributive_before"].search(before) and _SPACE_LOWER.match(after)
                   and by_name[key][0].population >= 50000)
    if attributive:
        locative = True  # "the founder of Mountain View startup X": a city naming where X is
    if not locative and memory and key in memory and key not in capitals and not possessive \
            and memory[key]["kind"] in ("city", "region"):
        # a town or district the article has placed is a place wherever it names it again
        # ("Portville is the worst hit, followed by Eastbrook"), unless used as an actor
        locative = True
    statistic = False
    if not locative and key not in countries and key not in capitals and not _BODY_AFTER.match(after) \
            and _home_region(key, name, context, by_name, _STATISTIC_AFTER.match(after) is not None):
        # a region of the article's own country as the subject of a figure or a state
        # ("Gauteng recorded 3.1%", "Limpopo had the highest rate"): data copy's places
        locative = True
        statistic = _STATISTIC_AFTER.match(after) is not None
    town_figure = _STATISTIC_AFTER.match(after) if not locative and key in by_name and not possessive and context \
        and not _BODY_AFTER.match(after) and any(c.country in context for c in by_name[key]) else None
    if town_figure and (key not in capitals or _DIGIT.search(after, 0, town_figure.end() + 30)):
        # a town of the article's country as the subject of its own figure ("Belém, capital of
        # the state of Pará, recorded the highest rate", "Curitiba posted 0.08%", "and Brasília
        # 0.22%"): data copy's places, not their authorities speaking (a capital only with its
        # figure: "Lima had recorded the first deaths" is the government's count)
        locative = statistic = True
    if not locative and key in by_name and key not in capitals and not possessive \
            and _in_own_host(key, after, context, pats, by_name):
        # "troops retook Alpha in Beta province": a town placed by the region or country of
        # its own that "in" names right after it is a location, whatever verb precedes it
        locative = True
    if not locative and key in by_name and key not in capitals and not possessive \
            and key not in common and not _BODY_AFTER.match(after) and not _NAME_WORD_AFTER.match(after) \
            and not _ABBREVIATED_HOST_AFTER.match(after) \
            and not ((word := _CAPITALISED_WORD_AT_END.search(before)) and word.group(1) not in word_set("not_name_words")) \
            and (main := _main_country(context)) \
            and any(c.country == main and c.population >= _BIG_TOWN for c in by_name[key]):
        # a big town of the article's own country, whatever the slot ("kept the city halls of
        # Alpha and Beta", "held Alpha by a wide margin"): its name means the town (a word the
        # story also writes in lower case, a body named after it, or a name run with a
        # capitalised word beside it, "Maria Lisboa", "By Ken Nagoya", does not; one
        # before its state's abbreviation is left to what reads that: "Mérida, Yuc.")
        locative = True
    if not locative or not statistic and _actor_use(before, after, pats, listed):
        return None
    if memory and key in memory and key not in capitals:
        # a name the article places elsewhere ("Ghizer and Nagar districts") is that place
        known = memory[key]
        return _row(sentence, a, b, text, known["canonical"], known["country"], known["kind"],
                    known["lat"], known["lon"], "context")
    if region_slot or " " in key:
        found = _region(name, context, pats)
        if found and (region_slot or key not in by_name):
            canonical, code = found
            lat, lon = _namesake_point(name, code)
            return _row(sentence, a, b, text, canonical, code, "region", lat, lon, "exact")
    if key in capitals and key not in by_name and key not in by_alias:
        return None
    candidates = by_name.get(key)
    how = "exact"
    if candidates and context and not any(c.country in context for c in candidates):
        # a spelling that is a hamlet's name abroad and another spelling of a big town of
        # the article's countries ("Lugansk", "Odessa", "Zaporozhye" in copy on Ukraine)
        other = [c for c in by_alias.get(key, ()) if c.country in context and c.population >= _small_town()]
        if other:
            candidates, how = other, "alias"
    if not candidates and key in capitals:
        candidates = [c for c in by_alias.get(key, []) if c.country == capitals[key]]
        how = "alias"
    if not candidates:
        candidates = by_alias.get(key)
        how = "alias"
        if candidates and max(context.values(), default=0) >= 1:
            # an alternate name (often another language's spelling) of a town abroad, in an
            # article that names its countries: English copy names that town otherwise
            candidates = [c for c in candidates if c.country in context]
    if candidates and possessive and host and len({c.country for c in candidates}) > 1:
        # "Valencia's Paiporta suburb": the host is the namesake in the country of the place it hosts
        hosted = _hosted_country(after[possessive.end():])
        there = [c for c in candidates if c.country == hosted]
        if there:
            candidates = there
    hosted_by = None  # the country of the host named after the comma, where it holds a namesake
    if candidates and after[:1] == "," and len({c.country for c in candidates}) > 1:
        # "Georgetown, Kentucky", "Valencia, Carabobo state": the namesake in the country of
        # the place named after the comma
        code = _located_in(after, context, pats, host_only=True) or _located_in(after, context, pats)
        there = [c for c in candidates if c.country == code]
        if there:
            candidates, hosted_by = there, code
    owner = _HOST_BEFORE.search(before) if candidates and not hosted_by and before[-2:-1] in "s'’" else None
    if owner and _locative_before(pats, before[:owner.start()]):
        # "in Portville's Alpha", "hit Beta State's Gamma": the town of that name in the
        # country of the town or region whose possessive hosts it
        code = _located_in(", " + owner.group(1) + ",", context, pats, host_only=True)
        there = [c for c in candidates if c.country == code]
        if there:
            candidates, hosted_by = there, code
    host = _list_host(after, context, pats) if candidates else None
    if host:
        # the villages of a list placed by the region after it ("in the Portville region"):
        # their namesakes there, or unlisted villages of its country rather than namesakes abroad
        there = [c for c in candidates if c.country == host]
        if there:
            # (a village there is that village: "in Gonzaga and Santa Ana in Alpha province")
            candidates, hosted_by = there, host
        elif all(c.population < _small_town() for c in candidates):
            lat, lon = gz.country_point(host)
            return _row(sentence, a, b, text, name, host, "city", lat, lon, "context")
    if candidates and context:
        candidates, how = _home_first(key, candidates, context, capitals, by_alias, how)
    if candidates:
        city, by_context = _pick_city(candidates, context)
        if context and city.population < _TOWN_UNDER_REGION and not hosted_by and not inside_run and key not in common:
            # "families settled in Scotland" in a story that names Britain and America: the
            # first-level region of a country the story names, not a small town of its name in
            # another it names
            found = _region(name, context, pats)
            if found and found[1] != city.country and found[1] in context and city.country != _main_country(context):
                lat, lon = _namesake_point(name, found[1])
                return _row(sentence, a, b, text, found[0], found[1], "region", lat, lon, "context")
        main = _main_country(context) if context and not hosted_by and not inside_run and key not in common else None
        if main and city.country != main and context.get(city.country, 0) < context[main] - _own_votes(text, name, key, main):
            # "across Sussex, Kent and Surrey" in a story of English pounds: the land of the
            # country the story is in, not a town of its name in a country it names less
            found = _region(name, context, pats)
            if found and found[1] == main:
                lat, lon = _namesake_point(name, main)
                return _row(sentence, a, b, text, found[0], main, "region", lat, lon, "context")
        if hosted_by and city.country == hosted_by and not inside_run:
            # "in San Juan, Batangas", "Santa Ana, Cagayan": the town its host after the
            # comma (or after its list) places, not a namesake province abroad the article
            # never names, nor a village abroad
            return _row(sentence, a, b, text, city.name, city.country, "city", city.lat, city.lon, "context")
        if context and city.country not in context and not inside_run:
            # "Cornwall and Devon in England": a region of a country the article names, not
            # a namesake town abroad
            home = [m for m in gz.subdivisions().get(key, ()) if m[0][:2] in context
                    and context[m[0][:2]] > _own_votes(text, name, key, m[0][:2])]
            if home and key not in common:
                code, local = max(home, key=_by_context(context))[:2]
                lat, lon = _namesake_point(name, code[:2])
                return _row(sentence, a, b, text, name if gz.fold(local) == key else local, code[:2], "region",
                            lat, lon, "context")
        # (the town's country named, not only counted by this very name as a capital's)
        province = None if inside_run or key in common or context.get(city.country, 0) >= 1 \
            else _province(key, city, context)
        if province:
            canonical, code = province
            lat, lon = _namesake_point(name, code)
            return _row(sentence, a, b, text, canonical, code, "region", lat, lon, "exact")
        if (city.country not in context and (city.population < _small_town() or key in common or inside_run
                                             or _unnamed_abroad(city, context))
                or pats["building_after"].match(after) and city.country != _main_country(context)):
            # a village abroad, or a word: thousands of towns share names with both; a
            # town abroad inside a longer name ("Vanua Levu") or naming a building ("the
            # San Roque church") is that name's; a first-level region of that name is
            # what it means (a nation or province, not a hamlet of its name abroad)
            found = None if inside_run or key in common else _region(name, context, pats)
            if found:
                canonical, code = found
                lat, lon = _namesake_point(name, code)
                return _row(sentence, a, b, text, canonical, code, "region", lat, lon, "exact")
            if not context and not inside_run and " " in name and key not in common \
                    and _lone_town_here(city, candidates) and _locative_before(pats, before) \
                    and not _actor_use(before, after, pats, listed):
                # "Police in Alpha Beta charged a man", in an article that names no country nor
                # any place of one: a locative slot holding a town of two words or more (one
                # word may as well be a club, a firm or a person: "from Alpha") whose namesakes
                # abroad are all under half its size is that town, however small
                return _row(sentence, a, b, text, city.name, city.country, "city", city.lat, city.lon, how)
            if not inside_run and key not in common and (city.population < _small_town()
                                                         or city.country not in context and _unnamed_abroad(city, context)):
                # a hamlet abroad sharing its name with an unlisted village here ("in
                # neighbouring X", "X, in northern Freedonia"): placed as an unlisted village;
                # so is a town abroad of a country the article never names, where its slot
                # places it here ("in Alpha and X", Alpha an unlisted village)
                return _unlisted_town(text, sentence, a, b, context, pats, before, after, common)
            return None
        direction = _search_end(pats, "direction_before", before)
        if direction and direction.group(1).islower():  # "upper Hunza": a part of the place
            return _row(sentence, a - len(direction.group(0)), b, text, city.name, city.country, "region",
                        city.lat, city.lon, "context" if by_context else how)
        return _row(sentence, a, b, text, city.name, city.country, "city", city.lat, city.lon,
                    "context" if by_context else how)
    found = _region(name, context, pats)
    if found:
        canonical, code = found
        lat, lon = _namesake_point(name, code)
        return _row(sentence, a, b, text, canonical, code, "region", lat, lon, "exact")
    if _search_end(pats, "holding_slot", before):
        return None  # "shares in Alpha", "investors in Alpha and Beta": companies, unless a gazetteer knows a town
    row = None if inside_run else (_compass_region(text, sentence, a, b, context)
                                   or _unknown_place(text, sentence, a, b, context, pats, before, listed, common))
    if row:
        return row
    if " " not in name and name[0].isupper() and name[1:].islower() and not inside_run \
            and not _THE_BEFORE.search(before):  # (a town takes no article: "in the Games" is no misspelt town)
        city = _fuzzy_city(name)
        # a misspelling is of a town of the country the sentence's places lie in, if it
        # names any ("in Portville and Eastbrook": an unknown district, no city abroad)
        near = {r["country"] for r in getattr(context, "placed", ()) if r["sentence_id"] == sentence["id"]}
        # and where the sentence names a country by name, of that country ("arrived from
        # Forsby ... in Freedonia" is no misspelt city abroad)
        named = (_named_countries(text, s, e) or _named_countries(text, 0, len(text))) if city else set()
        # and where the text places the name in a known place right after it ("Mathare,
        # Nairobi", "the Mathare neighbourhood of Nairobi"), of that place's country
        host = _host_after(after, context, pats) if city else None
        if city and (not near or city.country in near) and (not named or city.country in named) \
                and (host is None or city.country == host):
            return _row(sentence, a, b, text, city.name, city.country, "city", city.lat, city.lon, "fuzzy")
    return None if inside_run else _unlisted_town(text, sentence, a, b, context, pats, before, after, common)


_LOWER_COMPASS_BEFORE = re.compile(r"(?<![\w-])(north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+$")
_LOWER_COMPASS_JOINED_BEFORE = re.compile(r"(?<![\w-])(?:north|south|east|west|north-?east|north-?west|south-?east|"
                                          r"south-?west|central)\s+(?:and|or|&)\s+$")


def _lower_compass_region(text, sentence, a, b, before, after, context, pats) -> dict | None:
    """"in north Hamgyong province", "south Kivu": copy (translated copy, wires) writes the
    compass word of a region's name in lower case; with it the name is a first-level region
    (of a country the article names, if it names any), without it no place or a namesake."""
    compass = _LOWER_COMPASS_BEFORE.search(before)
    if not compass:
        return None
    full = f"{compass.group(1).title()} {text[a:b]}"
    country = gz.country_index().get(gz.fold(text[a:b]))
    if country:
        # "killed 12 in south Alpha": a part of that country where a locative puts it (not
        # "south Sudan", another state's name written so)
        # (and two compass words joined: "over north and east Alpha")
        first = _LOWER_COMPASS_JOINED_BEFORE.search(before, 0, compass.start())
        opening = first.start() if first else compass.start()
        if gz.fold(full) in gz.country_index() or not _locative_before(pats, before[:opening]):
            return None
        code = country[0]
        lat, lon = gz.part_point(code, compass.group(1).replace("-", "") + "ern")
        return _row(sentence, a - len(before) + opening, b, text, gz.country_name(code), code, "region",
                    lat, lon, country[1])
    matches = gz.subdivisions().get(gz.fold(full), ())
    if context and len({m[0][:2] for m in matches}) > 1:
        matches = [m for m in matches if m[0][:2] in context]  # (a name of one country's region only: its)
    if matches:
        code, local = max(matches, key=_by_context(context))[:2]
        found = (local, code[:2])
    elif gz.fold(text[a:b]) in gz.subdivisions():
        return None  # "north Karnataka": a part of a region that has the name alone
    else:
        found = _region(full, context, pats)
    if not found:
        return None
    start = a - len(before) + compass.start()
    region = pats["region_after"].match(after)
    end = b + region.end() if region else b
    lat, lon = _namesake_point(text[a:b], found[1])
    return _row(sentence, start, end, text, found[0], found[1], "region", lat, lon, "alias")


def _own_votes(text: str, name: str, key: str, code: str) -> float:
    """What a region's name counted for country ``code`` by itself in :func:`_context_countries`
    (half a vote a mention where only that country has a first-level region of the name):
    "from Manchester" alone is no sign that the article is about Jamaica."""
    if len(key) < 6 or {m[0][:2] for m in gz.subdivisions().get(key, ()) if m[3] == 1} != {code}:
        return 0.0
    return 0.5 * len(re.findall(rf"\b{re.escape(name)}\b", text))


_NEXT_LOWER = re.compile(r"\s+([a-z]+)\b")
_TIME_ADVERBS = frozenset({"overnight", "early", "late", "yesterday", "today", "completely", "entirely", "fully",
                           "briefly", "quickly", "twice", "once"})


def _taken_attribute(after: str) -> bool:
    """Whether the name after a taking verb qualifies the noun after it ("seized Toyota
    cars", "captured Alpha fighters"): the object is the noun, not the place."""
    word = _NEXT_LOWER.match(after)
    return bool(word) and word.group(1) not in _function_words() and word.group(1) not in _TIME_ADVERBS


def _unnamed_abroad(city: gz.City, context: Counter) -> bool:
    """Whether a town is too small to be meant bare in a country the article never names,
    where the article does name its country: a capitalised word ("from Benfica", "shares in
    Alpha") that a town of some size abroad happens to share is more often a club, a firm
    or a person than that town."""
    main = _main_country(context)
    return bool(main) and context[main] >= 1 and city.population < _abroad_town() \
        and gz.capital_index().get(gz.fold(city.name)) != city.country  # (a capital is meant bare: "talks in Apia")


@lru_cache(maxsize=1)
def _abroad_town() -> int:
    return int(lexicon()["abroad_town_population"])


def _home_first(key: str, candidates: list, context: Counter, capitals, by_alias, how: str) -> tuple[list, str]:
    """The article's country first: where the town a name would mean by size lies in a
    country the article does not name, and a town of some size (or one of that spelling's
    other towns) of that name lies in the country it names most, copy means the latter
    ("in Valencia" of a story on the Philippines, "in Santiago" of one on the Dominican
    Republic).  A national capital abroad keeps its name unless the town at home is a city."""
    pick = max(candidates, key=lambda c: c.population)
    main = _main_country(context)
    if context.get(pick.country, 0) >= 1 or not main or context[main] < 1:
        return candidates, how
    home = [c for c in candidates if c.country == main and c.population >= _small_town()]
    if not home:
        home = [c for c in by_alias.get(key, ()) if c.country == main and c.population >= _small_town()]
        how = "alias" if home else how
    if not home or capitals.get(key) == pick.country and max(c.population for c in home) < _big_city():
        return candidates, how
    return home, how


@lru_cache(maxsize=1)
def _big_city() -> int:
    return int(lexicon()["big_city_population"])


@lru_cache(maxsize=8)
def _named_countries(text: str, start: int, end: int) -> frozenset[str]:
    """The countries text[start:end] names by name (not by demonym): "in Portvile" near
    "Ruritanian positions" may be a town of another country, "Forsby" in a story naming Freedonia is no
    misspelt city of Ruritania."""
    index = gz.country_index()
    found = set()
    for _, _, run in capitalised_runs(text, start, end):
        words = [_without_possessive(w) or w for w in run.split()]
        for i in range(len(words)):
            for n in (3, 2, 1):
                key = gz.fold(" ".join(words[i:i + n]))
                if key in index:
                    found.add(index[key][0])
                    break
    return frozenset(found)


# nothing but the sentence's opening quote before a word (``before`` holds the sentence's start)
_OPENING_WORD = re.compile(r"(?:^|.*[.!?]\s+|.*\n)[\"“‘']?", re.DOTALL)
_OPENING_IN = re.compile(_OPENING_WORD.pattern + r"In\s+", re.DOTALL)
_ABSTRACT_END = re.compile(r"(?:ism|ity|ics|ment|ness|tion|an|ese|ic|ish)$")  # "In Islam,", "In Economics,": no place


# the quarter a district is named by after its town's or people's name ("Ga South", "Nairobi West")
_UNIT_QUARTERS = frozenset({"North", "South", "East", "West", "Central"})


def _unlisted_town(text, sentence, a, b, context, pats, before, after, common) -> dict | None:
    """A name no gazetteer knows (a village, a hamlet, a station) where copy places it: right
    after "near" or "outside" (the country of the nearest place before it), or in a locative
    slot and followed by the place it lies in ("in Kampung X, Portville", "X, in northern
    Freedonia"; that place's country).  Tried after a misspelling of a known town."""
    words = text[a:b].split()
    if len(words) == 2 and words[1] in _UNIT_QUARTERS and _PLAIN_NAME_WORD.fullmatch(words[0]) \
            and gz.fold(words[0]) not in common and words[0] not in _not_place_names() and _locative_before(pats, before) \
            and (main := _main_country(context)) and context[main] >= 2:
        # "concentrated in Ga South, Weija-Gbawe and Ashaiman", "mainly in Ahanta West": a
        # district named by its quarter, of the country the article is about
        lat, lon = gz.country_point(main)
        return _row(sentence, a, b, text, text[a:b], main, "region", lat, lon, "context")
    if (len(words) > 3 or not all(_PLAIN_NAME_WORD.fullmatch(w) for w in words)
            or any(gz.fold(w) in common or w in _not_place_names() for w in words)):
        return None
    if len(words) == 1 and after[:1] == "," and _OPENING_WORD.fullmatch(before) \
            and (words[0].endswith("ly") or words[0] in word_set("opening_adverbs")):
        # "Separately, in Alpha, ...", "Elsewhere, in Beta province, ...": an adverb opening
        # the sentence, set off by its comma, not a village placed by the place after it
        return None
    code = None
    placed = getattr(context, "placed", None)
    if placed and placed[-1]["sentence_id"] == sentence["id"] and placed[-1]["resolution"] == "context" \
            and placed[-1]["kind"] == "city" and placed[-1]["end"] < a \
            and pats["list_joiner"].match(text[placed[-1]["end"]:a]):
        code = placed[-1]["country"]  # listed after an unlisted village: "across Alpha and Beta"
    if code is None and after[:1] == "," and not _BYLINE_BY.search(before):
        # (or described by its town's possessive: "in X, Portville's oldest district")
        # (not a byline's writer: "By Jane Roe, in Portville")
        code = _host_after(after, context, pats)
    if code is None and after[:1] == "," and _OPENING_IN.fullmatch(before) and len(words) <= 2 \
            and gz.fold(text[a:b]) not in gz.demonym_index() and not _ABSTRACT_END.search(words[-1]):
        # "In Alpha, rescuers ...": a sentence opened by "In" and a name set off by a comma
        # places what follows there, in the country the article names most
        main = _main_country(context)
        code = main if main and context[main] >= 1 else None
    if code is None and _search_end(pats, "near_slot", before):
        # the country of a place named before it in its sentence, else of the nearest town or
        # region named before it: a town named in the sentence before may lie abroad ("felt as
        # far away as Portville. In neighbouring X, ...")
        here = [r for r in getattr(context, "placed", ()) if r["sentence_id"] == sentence["id"]
                and r["start"] < a and r["country"]]
        code = here[-1]["country"] if here else _main_country(context, a)
    if code is None:
        return None
    lat, lon = gz.country_point(code)
    return _row(sentence, a, b, text, text[a:b], code, "city", lat, lon, "context")


def _lone_town_here(city: gz.City, candidates: list) -> bool:
    """Whether a town stands alone among its namesakes: every namesake in another country
    under half its size (a town of a name no bigger town abroad shares)."""
    return all(c.population * 2 < city.population for c in candidates if c.country != city.country)


def _province(key: str, city: gz.City, context: Counter) -> tuple[str, str] | None:
    """(canonical, country) of a province or state named ``key`` in another country than
    ``city``, its namesake town abroad, where that province is what the name means: its
    country is the article's, or the town is no big city (a province is better known than
    a town of a few hundred thousand people in a country the article never names)."""
    matches = [m for m in gz.subdivisions().get(key, ()) if m[0][:2] != city.country and _is_major(m[2])]
    if not matches:
        return None
    code, local = max(matches, key=lambda m: (context.get(m[0][:2], 0), -m[3]))[:2]
    if context.get(code[:2], 0) <= 0 and city.population >= int(lexicon()["major_city_population"]):
        return None
    if context.get(code[:2], 0) <= 0 and city.population >= _small_town() and any(
            m[0][:2] == city.country for m in gz.subdivisions().get(key, ())):
        return None  # a town and a region of its own country by one name ("Gaza"): not the region abroad
    return local, code[:2]


@lru_cache(maxsize=256)
def _is_major(kind: str) -> bool:
    """Whether an ISO 3166-2 subdivision type is a province's ("Province", "Autonomous
    community"), not a municipality's or a district's."""
    kind = kind.lower()
    return any(word in kind for word in lexicon()["major_region_types"]) and "municipal" not in kind \
        and "city" not in kind


def _compass_region(text: str, sentence: dict, a: int, b: int, context: Counter) -> dict | None:
    """A region named by a compass word and a type or land word ("the Northern Province",
    "the Central Highlands", "Eastern Region") that no gazetteer lists: a part of the
    country of the nearest place before it (else the article's main country)."""
    words = [gz.fold(w) for w in text[a:b].split()]
    if not 2 <= len(words) <= 3 or not (words[0] in _direction_keys() or words[0] in _name_compass_words()):
        return None
    if words[-1] not in _feature_keys()[1] or words[-1] in _water_words():
        return None  # "the North Sea" is a sea's name, "Northern Star" no place
    known = gz.subdivisions().get(" ".join(words[:-1])) if len(words) == 3 else None
    if known:  # "North Hamgyong Province": a region the gazetteer knows without its type word
        code = max(known, key=_by_context(context))[0][:2]
        lat, lon = _namesake_point(" ".join(text[a:b].split()[:-1]), code)
        return _row(sentence, a, b, text, text[a:b], code, "region", lat, lon, "alias")
    code = _main_country(context, a)
    if code is None:
        return None
    part = _compass_part(words[0]) or ""
    lat, lon = gz.part_point(code, part)
    return _row(sentence, a, b, text, text[a:b], code, "region", lat, lon, "context")


def _unknown_place(text, sentence, a, b, context, pats, before, listed, common) -> dict | None:
    """A name no gazetteer knows, where only a place can stand: "the island of X", "the
    village of X", "residents of X", or listed with a town ("in Karimabad and X").  It lies
    in the country of the nearest place before it."""
    name = text[a:b]
    words = name.split()
    # ("the Lower Shire", "the Upper Nile": a compass word opening a region's name)
    compass = len(words) >= 2 and (gz.fold(words[0]) in _direction_keys() or gz.fold(words[0]) in _name_compass_words())
    if (len(words) > 3 or not all(_PLAIN_NAME_WORD.fullmatch(w) for w in words)
            or any(gz.fold(w) in common or w in _not_place_names() for w in words[1 if compass else 0:])
            # ("in Portville, the Director-General of the agency said": a title, no place listed)
            or name in _role_names()):
        return None
    typed = _search_end(pats, "typed_slot", before)
    last = context.placed[-1] if listed and getattr(context, "placed", None) else None
    host = _list_host(text[b:sentence["end"]], context, pats)
    if typed:
        kind = lexicon()["typed_slots"][typed.group(1).lower()]
    elif len(words) == 1 and name.endswith("s") and name not in _not_place_plurals() and _THE_BEFORE.search(before) \
            and (_search_end(pats, "list_slot", before[:-4]) or listed and last is not None
                 and last["sentence_id"] == sentence["id"] and last["kind"] == "region"):
        # "across the Alps and the Pyrenees", "the Pampas in Freedonia": a plural name with
        # "the" in a locative slot is a range or a land where a place after it says where it
        # lies, or a preposition of terrain ("across", "over") stands before it; else it
        # spans several countries ("in the Games", "in the Sixties" are no places)
        if host is None and (of_host := _OF_NAME.match(text, b, sentence["end"])):
            host = _located_in(", in " + of_host.group(1), context, pats)
        if host is None and not (_TERRAIN_BEFORE.search(before) or listed and last is not None
                                 and last["sentence_id"] == sentence["id"] and last["kind"] == "region"):
            return None
        lat, lon = gz.country_point(host) if host else (None, None)
        return _row(sentence, a, b, text, name, host, "region", lat, lon, "context" if host else "exact")
    elif last is not None and last["kind"] in ("city", "region") and last["sentence_id"] == sentence["id"]:
        kind = last["kind"]
    elif host and (listed or _locative_before(pats, before)):
        kind = "city"  # "toward Alpha and Beta in the Portville region": villages the region places
    elif _THE_BEFORE.search(before) and _locative_before(pats, before) \
            and (of_host := _OF_NAME.match(text, b, sentence["end"])) \
            and (of_code := _located_in(", in " + of_host.group(1), context, pats)):
        # "in the Outback of Freedonia": a name only a place can have there, in that place
        kind, host = "region", of_code
    elif compass and _locative_before(pats, before):
        rest = gz.fold(" ".join(words[1:]))
        if rest in gz.demonym_index() or rest.endswith(("asian", "african", "european", "american")):
            return None  # "a lecturer in East Asian security": a region's adjective, no place
        kind = "region"  # "the outbreak that began in the Lower Shire": a part of the country
        host = gz.country_index()[rest][0] if rest in gz.country_index() else host  # "to North Vietnam in 1967": that land
    elif (slot := _search_end(pats, "list_slot", before)) and _unknown_list_after(
            text, b, sentence["end"], common, slot.group().split()[0].lower() in _list_source_words()):
        # "sites across Alpha and Beta between 2019 and 2024", "centres in Alpha and Beta Gamma,":
        # a list of names in a locative slot, none of them a person's or a body's, is a list of places
        kind = "city"
    else:
        return None
    code = host or _main_country(context, a)
    if code is None:
        return None
    lat, lon = gz.country_point(code)
    return _row(sentence, a, b, text, name, code, kind, lat, lon, "context")


# The rest of a list that a name opens, and what follows it: "and Beta between", ", Beta and Gamma,".
_UNKNOWN_LIST_REST = re.compile(r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([" + _CAP + r"][\w'’-]+(?:\s+[" + _CAP + r"][\w'’-]+){0,2}))+"
                                r"(?=\s*[,.;:)]|\s*$|\s+([a-z]+)\b)")


def _unknown_list_after(text: str, b: int, end: int, common, known: bool = False) -> bool:
    """Whether the name ending at ``b`` opens a list of plain names ("and Beta", ", Beta and
    Gamma") that ends at punctuation or a function word (not "Alpha and Beta posts": a
    name used as a modifier); with ``known``, one of the names after it must be a town's or a
    region's a gazetteer knows."""
    match = _UNKNOWN_LIST_REST.match(text, b, end)
    if not match:
        return False
    if match.group(2) and match.group(2) not in _function_words():
        return False
    names = [n.strip(" ,") for n in _LIST_SPLIT.split(text[b:match.end()]) if n.strip(" ,")]
    if known and not any(_known_key(gz.fold(n)) for n in names):
        return False
    return all(all(_PLAIN_NAME_WORD.fullmatch(w) and gz.fold(w) not in common and w not in _not_place_names()
                   and w not in _not_place_words() for w in n.split()) for n in names)


# prepositions of terrain before "the" and a range's or a land's plural name: "across the Alps"
_TERRAIN_BEFORE = re.compile(r"\b(?:across|throughout|through|over|along|crossing|crossed)\s+the\s+$", re.IGNORECASE)
_LIST_SPLIT = re.compile(r",|\band\b|\bor\b")


@lru_cache(maxsize=1)
def _list_source_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon()["list_source_prepositions"])


@lru_cache(maxsize=1)
def _not_place_plurals() -> frozenset[str]:
    return frozenset(lexicon()["not_place_plurals"])


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(lexicon()["function_words"])


def _of_country(after: str, at: int) -> bool:
    """Whether a country is named right after ``at``: "the Darfur region of Sudan", "the
    Alpha chiefdom in Freedonia"."""
    match = _OF_NAME.match(after, at) or _IN_NAME.match(after, at)
    if not match:
        return False
    words = _without_possessive(match.group(1).rstrip(".")).split()
    return any(gz.fold(" ".join(words[:n])) in gz.country_index() for n in range(len(words), 0, -1))


_NOUN_OF = re.compile(r"\s+(?:[a-z]+\s+){1,2}of\s+(?=[" + _CAP + r"])")


_OWNER_AFTER = re.compile(r",\s+([" + _CAP + r"][\w.-]*(?:\s+(?:de\s+)?[" + _CAP + r"][\w.-]*){0,3})[’']s\s+[a-z]")


def _host_after(after: str, context: Counter, pats) -> str | None:
    """The country of the place named right after a name as the place it lies in: ", in
    X", ", X." or " <noun> of X" ("the Alpha neighbourhood of Portville")."""
    if after[:1] == ",":
        found = _located_in(after, context, pats) or _located_in(after, context, pats, host_only=True)
        owner = None if found else _OWNER_AFTER.match(after)
        if owner:
            # "Tondo, Manila's most crowded district": the town whose possessive describes it
            found = _located_in(", " + owner.group(1) + ",", context, pats, host_only=True)
        return found
    noun_of = _NOUN_OF.match(after)
    return _located_in(", in " + after[noun_of.end():], context, pats) if noun_of else None


# The rest of a list of names, then "in" and the place they all lie in: "(Alpha), Beta and
# Gamma in the Portville region of Freedonia".
_LIST_THEN_IN = re.compile(r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[" + _CAP + r"][\w'’-]+(?:\s+[" + _CAP + r"][\w'’-]+){0,2})*"
                           # (", two villages in the Portville region": what they are, then where)
                           r"(?:,\s+(?:a|an|the|two|three|four|five|six|both|all|several)\s+(?:[\w-]+\s+){0,2}?[a-z]+)?"
                           # ("near Alpha and elsewhere in the Portville district", "Alpha and other
                           # villages in Beta": the list goes on unnamed, then where)
                           r"(?:,?\s+and\s+(?:elsewhere|(?:other|nearby|surrounding|neighbouring|neighboring)\s+[a-z]+))?"
                           # ("Alpha, Beta and Gamma, near Portville": the list, then where)
                           r",?\s+(?:in|near|outside)\s+(?=(?:the\s+)?[" + _CAP + r"])")
# The rest of a list of names up to the comma after its last: "(Alpha) and Beta, two villages in Gamma".
_LIST_TO_COMMA = re.compile(r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[" + _CAP + r"][\w'’-]+(?:\s+[" + _CAP + r"][\w'’-]+){0,2})+(?=,)")


def _listed_located_in(after: str, context: Counter, pats) -> str | None:
    """The country of the place the list a name opens is said to lie in after its last
    name: "Alpha and Beta, two villages in Gamma" (see :func:`_located_in`)."""
    if not (after.startswith((" and ", " or ")) and "," in after[:80]):
        return None
    match = _LIST_TO_COMMA.match(after)
    return _located_in(after[match.end():], context, pats) if match else None


def _list_host(after: str, context: Counter, pats) -> str | None:
    """The country of the place a name (or the list it opens or continues) is said to lie in
    right after it: "near the villages of Alpha, Beta and Gamma in the Portville region":
    war and disaster copy lists villages a gazetteer confuses with namesakes across a border,
    then names the region that places them all."""
    if " in " not in after[:120] and " near " not in after[:120] and " outside " not in after[:120]:
        return None
    match = _LIST_THEN_IN.match(after)
    return _located_in(", in " + after[match.end():], context, pats) if match else None


def _in_own_host(key: str, after: str, context: Counter, pats, by_name) -> bool:
    """Whether "in" right after a town's name names a region or a country that holds a
    town of that name ("Alpha in Beta", Beta a province with a town Alpha)."""
    code = _in_host_code(after, context, pats)
    return code is not None and any(c.country == code for c in by_name[key])


# "in" and a capitalised name right after a town's name: "Alpha in Beta province"
# (a particle may join its words: "Porto Alegre in Rio Grande do Sul")
_IN_HOST = re.compile(r" in ([" + _CAP + r"][\w'’.-]*(?:\s+(?:(?:de|do|da|dos|das|del|di|du)\s+)?[" + _CAP + r"][\w'’.-]*){0,3})")
# the rest of a front's sectors before "in" ("Alpha and Beta sectors in Gamma Oblast")
_SECTOR_IN = re.compile(r"[^.;:!?]{0,60}?\b(?:sectors?|directions?|axes|axis|fronts?)\s(?=in\s+[A-Z])")


def _in_host_code(after: str, context: Counter, pats, typed: bool = False) -> str | None:
    """The country of the country or region named by " in X" at the start of ``after``
    (with ``typed``, also a region named by its stem and type word: "in Portville Oblast")."""
    run = _IN_HOST.match(after)
    if not run:
        return None
    name = run.group(1).rstrip(".")
    if name.split()[0] in _not_place_words():
        return None  # "Alpha in March": a month
    host = gz.fold(name)
    code = (gz.country_index().get(host) or (None,))[0]
    if code is None and len(host) >= 4:
        region = _region(name, context, pats)
        if region is None and typed and " " in name:
            stem, word = name.rsplit(" ", 1)
            region = _subdivision(stem, context, word) if word.lower() in lexicon()["region_words"] else None
        code = region[1] if region else None
    return code


def _located_in(after: str, context: Counter, pats, host_only: bool = False) -> str | None:
    """The country of the place a name is said to lie in right after it: "X, in northern
    Freedonia", "X, a town near Portville" (with ``host_only``: "X, Portville." too), or
    None.  The place after is a country, a region or a town of some size (or of a country
    the article names)."""
    match = (pats["host_after"] if host_only else pats["located_after"]).match(after)
    if not match:
        return None
    run = _HOST_NAME.match(after, match.end())
    if not run:
        return None
    name = run.group().rstrip(".")  # the sentence's full stop is not the name's ("Kampung Baru.")
    if name.split()[0] in _not_place_words():
        return None  # "near Alpha in March": a month, not a town
    # ("in Freedonia's Alpha region": the country before the possessive, if nothing longer)
    words = [_without_possessive(word) for word in name.split()]
    typed = pats["region_after"].match(after, run.start() + len(name)) if host_only else None
    if host_only and not _HOST_END.match(after, typed.end() if typed else run.start() + len(name)):
        # "in Alpha, Beta lawmakers ...": not a place after a place; but the host may carry
        # its type word ("San Juan, Batangas province,")
        return None
    countries, (by_name, by_alias) = gz.country_index(), gz.cities()
    for n in range(len(words), 0, -1):
        if host_only and n < len(words):
            break  # the whole name up to the punctuation is the host
        name = " ".join(words[:n])
        key = gz.fold(name)
        if key in countries:
            return countries[key][0]
        region = _region(name, context, pats) if len(key) >= 4 else None
        if region is None and len(words[:n]) > 1 and pats["region_word_end"].search(name):
            # "X, Busia County,": the host is the region its stem names
            found = _subdivision(pats["region_word_end"].sub("", name), context, pats["region_word_end"].search(name).group(1))
            region = found[:2] if found else None
            if region:
                return region[1]
        if region:
            return region[1]
        cities = by_name.get(key) or by_alias.get(key)
        if cities:
            city, _ = _pick_city(cities, context)
            if city.population >= _small_town() or city.country in context:
                return city.country
    return None


# The town named after "<Demonym> capital/city/town": "La Paz", ", Nairobi", "of Kaduna".
_TOWN_NAMED = re.compile(r",?\s+(?:(?:city|town)\s+)?(?:of\s+)?([" + _CAP + r"][\w'’-]+(?:\s+[" + _CAP + r"][\w'’-]+){0,2})(?=[\s,.;:)]|$)")
# Lower-case bodies after "<Name> state" that take the type word: "the Alpha state assembly".
_TIER_BODY_NOUN_AFTER = re.compile(r"\s+(?:assembly|legislature|parliament|election|elections|polls)\b")
_LEADING_THE_WORD = re.compile(r"^[Tt]he\s+")
# A capitalised post or force after a name that makes the name part of it ("the Gilgit-Baltistan
# Chief Minister", "Dyfed-Powys Police said", "the Alpha Scouts"): where the post or force
# serves, said of it, not a location (the name is a place where the text also uses it as one)
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?:Chief\s+Minister|Deputy\s+Chief\s+Minister|Governor|Lieutenant\s+Governor|Premier|Mayor|"
                                r"Scouts|Rangers|Police|Constabulary)\b(?!\s+(?:Station|Headquarters|Academy|Lines|Post)\b)")
_COUNCIL_AFTER = re.compile(r"\s+Council\b")
# A pronoun and its verb, capitalised as a name is: "I'm", "We'll", "They've".
_PRONOUN_CONTRACTION = re.compile(r"(?:I|We|You|They|He|She|It|That|There)[’'](?:m|ll|re|ve|d|s)")
# Capitalised words after "<Name> State" that make the whole the name of a body.
_BODY_AFTER = re.compile(r"\s+(?:Police|House\s+of\s+Assembly|Assembly|Government|Ministry|Command|Council)\b")
# a tier of government and its body after a name: "Alpha regional military administration",
# "Beta city council", "the Gamma provincial government" (not a governor: a person's title
# names the place he governs)
_TIER_BODY_AFTER = re.compile(
    r"\s+(?:regional|provincial|oblast|city|municipal|district|county|state|prefectural)\s+"
    r"(?:(?:military|civil|civil-military|state)\s+)?(?:administration|council|government|authorities|police)\b",
    re.IGNORECASE)
# "County Tyrone in Northern Ireland": the place a name is said to lie in.
_IN_NAME = re.compile(r",?\s+in\s+(?:the\s+)?([" + _CAP + r"][\w'’.-]*(?:\s+[" + _CAP + r"][\w'’.-]*){0,3})")
# Irish and British copy writes the type word first: "County Kerry", "Co. Mayo".
_COUNTY_FIRST = re.compile(r"(?:County|Co\.)\s+([" + _CAP + r"][\w'’-]+(?:\s+[" + _CAP + r"][\w'’-]+)?)$")


@lru_cache(maxsize=1)
def _role_names() -> frozenset[str]:
    """The lexicon's roles as written: "Director-General", "Governor"."""
    return frozenset(lexicon()["role_words"])


@lru_cache(maxsize=1)
def _role_first_words() -> frozenset[str]:
    """The first words of the lexicon's roles: "Captain", "Chairman", "Secretary"."""
    return frozenset(w.split()[0] for w in lexicon()["role_words"])


def _headed_settlement(text: str, sentence: dict, a: int, b: int, context: Counter, pats, after: str) -> dict | None:
    """"Barangay Alpha", "Sitio Beta", "Kampung Gamma", "Kibbutz Delta": a village or ward
    named after its type word, a place wherever the text names it (not the body it names:
    "Barangay Alpha Council").  Its country: the host named after it ("Barangay Alpha,
    Portville", "Sitio Beta in Portville"), else the nearest place's before it, else the
    article's."""
    name = text[a:b]
    if _BODY_AFTER.match(after) or _TIER_BODY_AFTER.match(after):
        return None
    if name.split()[1] in _role_first_words():
        return None  # "Barangay Captain Jane Doe", "Barangay Chairman X": a title, not a ward
    # (no namesake's point: a ward's name is a saint's or a plant's, shared by hundreds; it
    # is drawn at the nearest town named with it, see _place_regions_by_towns)
    code = (after[:1] == "," and _host_after(after, context, pats)
            or after[:1] == " " and _located_in("," + after, context, pats)  # ("Sitio Alpha in Portville")
            or _main_country(context, a))
    if code is None:
        return None
    lat, lon = gz.country_point(code)
    return _row(sentence, a, b, text, name, code, "city", lat, lon, "context")


def _county_first(text: str, sentence: dict, a: int, b: int, context: Counter, pats) -> dict | None:
    """"County Kerry": the county ISO 3166-2 lists under the name after the type word,
    else (the historic counties it does not list) a county of the nearest place's country
    or the article's."""
    rest = _COUNTY_FIRST.match(text, a, b).group(1)
    found = _region(rest, context, pats)
    if not found and gz.fold(rest.split()[0]) in _vocabulary():
        return None  # ("the County Assembly clerk", "County Road 12": a county's body or road, no county's name)
    if found:
        code = found[1]
        lat, lon = _namesake_point(rest, code)
    else:
        # "County Tyrone in Northern Ireland": the place it is said to lie in, else the
        # nearest place's country, else the article's
        host = _IN_NAME.match(text, b, sentence["end"])
        host_name = host.group(1).rstrip(".") if host else ""
        code = (_region(host_name, context, pats) or (None, None))[1] if host else None
        if host and code is None:
            code = (gz.country_index().get(gz.fold(host_name)) or (None,))[0]
        code = code or _main_country(context, a)
        if code is None:
            return None
        lat, lon = gz.country_point(code)
    return _row(sentence, a, b, text, f"County {found[0] if found else rest}", code, "region", lat, lon,
                "alias" if found else "context")


def _facility_elsewhere(key: str, after: str, pats) -> bool:
    """Whether the facility after a town's name is said to lie in another town: "the Alpha
    coal mine in Beta, a county-level city" (a town, not a country or region, that the town
    of the facility's name is not)."""
    modifiers = _MODIFIERS.match(after)
    facility = modifiers and pats["facility_after"].match(after, modifiers.start(1)) \
        or pats["facility_after"].match(after)  # ("the Alpha coal mine", "the Alpha mine")
    host = _IN_NAME.match(after, facility.end()) if facility else None
    if not host:
        return False
    host_key = gz.fold(host.group(1).rstrip("."))
    by_name, by_alias = gz.cities()
    return host_key != key and (host_key in by_name or host_key in by_alias) and host_key not in gz.country_index() \
        and host_key not in gz.subdivisions()


def _hosted_locative(pats: dict, before: str, countries, context: Counter) -> bool:
    """Whether a known country or region's possessive stands in a locative slot right before
    the name: "in Freedonia's Alpha district", "near Beta Province's Gamma county"; the
    host places the typed name as a preposition would (its country comes from the host)."""
    match = _HOST_BEFORE.search(before)
    if not match or not _locative_before(pats, before[:match.start()]):
        return False
    host = gz.fold(match.group(1))
    if host in countries or _region(match.group(1), context, pats) is not None:
        return True
    # a town of some size hosts its districts ("in Portville's Alpha area")
    by_name, _ = gz.cities()
    return any(c.population >= _small_town() for c in by_name.get(host, ()))


# a place described, not named, owning the name after it: "the province's", "the country's"
_DESCRIBED_HOST_BEFORE = re.compile(
    r"\bthe\s+(?:country|nation|province|state|region|island|county|district|prefecture|city|capital)[’']s\s+$")


def _described_host_locative(pats: dict, before: str) -> bool:
    """Whether a place's description owns the name in a locative slot: "a mine flooded in
    the province's Alpha city", "in the country's Beta region" (the host is a place, so the
    name is a place within it)."""
    match = _DESCRIBED_HOST_BEFORE.search(before)
    return bool(match) and _locative_before(pats, before[:match.start()])


# two lower-case words after a name, the second opening at group 1: " coal mine", " power plant"
_MODIFIERS = re.compile(r"\s+[a-z]+(\s+[a-z]+)")
_FOLLOWED_BY = re.compile(r"\bfollowed\s+by\s+$")


def _ranked_after_place(before: str, sentence: dict, a: int, context) -> bool:
    """Whether the name comes next in a ranking of places: "Alpha district had the most
    deaths, followed by Beta" (a place of the sentence named before it)."""
    return bool(_FOLLOWED_BY.search(before)) and any(
        r["sentence_id"] == sentence["id"] and r["start"] < a and r["kind"] in ("city", "region")
        for r in getattr(context, "placed", ()))


def _is_place_host(before: str, countries) -> bool:
    """Whether the possessive right before a name is a country's ("India's Kerala")."""
    match = _HOST_BEFORE.search(before)
    return bool(match) and gz.fold(match.group(1)) in countries


# arms supplied or sent to a state: "supplying weapons to", "sending air defence systems directly to"
_ARMS_TO = re.compile(
    r"\b(?:suppl(?:y|ies|ying|ied)|send(?:s|ing)?|sent|deliver(?:s|ing|ed)?|provid(?:e|es|ing|ed)|giv(?:e|es|ing)|gave"
    r"|sell(?:s|ing)?|sold|ship(?:s|ping|ped)?|transfer(?:s|ring|red)?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:weapons|arms|munitions|ammunition|missiles|shells|tanks|jets|systems)\s+(?:[\w-]+\s+){0,2}?to\s+(?:the\s+)?$",
    re.IGNORECASE)


# the rulers of a state named by where they sit ("the regime in Portville"); not its
# officials or authorities, who are placed there ("officials in Portville")
_REGIME_IN = re.compile(r"\b(?:regime|leadership|rulers|junta|dictatorship)\s+in\s+$", re.IGNORECASE)


# a capitalised word just before a name, and one just after it: the name is part of a longer one
_CAPITALISED_WORD_AT_END = re.compile(r"(?:^|[\s(])([A-Z][\w’'.-]*)\s+$")
_NAME_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]")
_ABBREVIATED_HOST_AFTER = re.compile(r",\s+[A-Z][A-Za-z]{0,4}\.")


def _actor_use(before: str, after: str, pats, listed: bool = False) -> bool:
    """A state or capital used for its government: "for Russia", "Moscow said", "asked
    for planes from Freedonia", "turned to Freedonia for help"."""
    if pats["addressee_before"].search(before):
        return True
    if before.endswith(("to ", "to the ")) and _ARMS_TO.search(before):
        return True  # "supplying weapons to Freedonia": the state armed, its government
    if pats["actor_after"].match(after) and not _LOCATED.match(after) and not pats["struck_after"].match(after) \
            and not _UNDERGOES_AFTER.match(after):
        # "camps on the outskirts of Lagos are struggling": after a locative it is a place,
        # and so is the last of a list that a locative opens ("bogs in Freedonia or Ruritania will");
        # a name after a bare comma opens a clause of its own ("to go to Alpha, Portville said")
        return not (listed and not before.endswith((", ", ",")) or _locative_before(pats, before))
    return False

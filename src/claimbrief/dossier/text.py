"""Words as the dossier compares them: folded text for copies, content words for facts.

Two statements are compared twice (see :mod:`claimbrief.dossier.claims`): as text, to
find copies (a wire story reprinted, a sentence lightly edited), and by content words, to
find the same fact told in other words.  The content words of a sentence are its words
in lower case without the lexicon's ``function_words``, reporting verbs and negators,
with each ``figure_measures`` synonym mapped to its measure ("killed", "deaths" -> dead)
and a plural or past ending cut ("villages" -> village, "shelled" -> shell), so the same
fact in two wordings shares its words.  Every word list is data in the lexicon.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache

from ..lexicon import lexicon

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def fold_text(text) -> str:
    """A sentence as copies are compared: lower case, quotes and dashes plain, only words
    and numbers, single spaces."""
    text = str(text or "").translate(_QUOTES).lower()
    return " ".join(_WORD.findall(text))


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], dict[str, str]]:
    lex = lexicon()
    dropped = {w.lower() for w in lex.get("function_words", [])}
    for forms in lex["reporting_verbs"].values():
        dropped |= {f.lower() for f in forms if " " not in f}
    dropped |= {w.lower() for w in lex["negators"] if " " not in w and "'" not in w}
    synonyms = {}
    for measure, forms in lex["figure_measures"].items():
        for form in forms:
            if " " not in form:
                synonyms[form.lower()] = measure
    return frozenset(dropped), synonyms


def _stem(word: str) -> str:
    """A crude English stem: enough that "villages"/"village" and "shelled"/"shelling"
    meet; not a linguistic analysis."""
    if word.isdigit() or len(word) <= 4:
        return word
    for ending, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(ending) and len(word) - len(ending) >= 3 and not word.endswith("ss"):
            return word[: len(word) - len(ending)] + keep
    return word


def content_words(text, drop: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """The content words of ``text`` in order (see the module docstring); ``drop`` adds
    words to leave out (the claimant's own name, say)."""
    dropped, synonyms = _vocabulary()
    out = []
    for word in _WORD.findall(str(text or "").translate(_QUOTES).lower()):
        word = word.replace("'s", "").strip("'")
        if not word or word in dropped or word in drop or word.isdigit():
            continue
        word = synonyms.get(word, word)
        out.append(_stem(word) if " " not in word else word)
    return out


def name_words(name) -> set[str]:
    """The words of a name, lower case (left out of a statement's content words)."""
    return {w.lower() for w in _WORD.findall(str(name or "").translate(_QUOTES))}


def hashed(items) -> set[int]:
    """Stable 32-bit hashes of strings (the same in every process, unlike ``hash``)."""
    return {zlib.crc32(item.encode("utf-8")) for item in items}


def shingles(words: list[str], size: int = 3) -> set[int]:
    """Hashed word n-grams of a folded text (a short text: the text itself)."""
    if len(words) < size:
        return hashed([" ".join(words)]) if words else set()
    return hashed(" ".join(words[i:i + size]) for i in range(len(words) - size + 1))

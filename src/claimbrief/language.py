"""Language: which language an article is written in, and whether the rules can read it.

The extraction rules read English.  An article's language comes from its metadata
(``language``); when the metadata says nothing, it is identified from the text.  Most
articles are English, and English is recognised cheaply by its function words; only a
text that fails that test is handed to py3langid (a maintained language identifier
whose model ships inside the package: nothing is downloaded), whose model takes most of
a second to load.
"""

from __future__ import annotations

import re
from functools import lru_cache

ENGLISH = "en"

# English function words: in English news copy they make up a third or more of the words,
# in other languages written in the Latin script a few percent ("a", "in", "no" are shared).
_ENGLISH_WORDS = frozenset(
    "the of and to in that is was for on with as by at from it its he she they said says "
    "has have had were are be been will would not this which who".split())
_ENGLISH_SHARE = 0.18
_WORD = re.compile(r"[^\W\d_]+")


def identify_language(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in (``en`` for English)."""
    words = _WORD.findall(text[:20000].lower())
    if not words:
        return ENGLISH  # nothing to read either way: the rules will find nothing
    if sum(w in _ENGLISH_WORDS for w in words) / len(words) >= _ENGLISH_SHARE:
        return ENGLISH
    code, probability = _identifier()(text[:20000])
    # a short text of names ("Soldiers killed near Plekhovo, Nikolaevo-Darino, Belgorod region")
    # gives the identifier little to go on: only a confident answer turns the rules off
    return code if probability >= _CONFIDENT else ENGLISH


# how sure the identifier must be (its normalised probability) before a text that failed the
# English test is taken for another language
_CONFIDENT = 0.8


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True).classify


def article_language(meta_language: str | None, text: str) -> tuple[str, str]:
    """(language code, how it is known: ``metadata`` or ``identified``)."""
    if meta_language:
        return meta_language.strip().lower().split("-")[0], "metadata"
    return identify_language(text), "identified"


def language_name(code: str) -> str:
    """The English name of a language code ("fr" -> "French"), else the code itself."""
    import pycountry

    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code)
    return found.name if found else code


def not_extracted_note(code: str, basis: str) -> str:
    """The sentence that tells a reader why an article's tables are empty."""
    how = "according to its metadata" if basis == "metadata" else "as identified from its text"
    return (f"The article is in {language_name(code)} ({how}); claimbrief's extraction reads English, "
            "so its claims, figures, dates, places and actors were not extracted.")

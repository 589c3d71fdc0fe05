"""Sentences: boundaries and blocks (headline, caption, body).

syntok does the segmentation (abbreviations, quotes, decimals); the rules here add
what news copy needs on top: every line of a paragraph-less headline or caption is
its own unit, sentences glued without a space ("Oct. 8.In a statement") are split,
a title abbreviation ("Lt. Gen. Ivan Roe") never ends a sentence, a caption is
recognised by its photo credit, and page furniture (bylines, wire tags such as
"(Reporting by ...)", sign-offs such as "(end)", "Read more" link lists, contacts,
time stamps standing alone, cross-heads, a broadcaster's station ident) is a block of
its own, which the claims stage labels furniture and never reads as a claim.
"""

from __future__ import annotations

import re
from functools import lru_cache

from syntok import segmenter
from syntok._segmentation_states import State

from ..lexicon import alternation, words

_PARAGRAPH = re.compile(r"\n\s*\n")
# A sentence end glued to the next sentence: "8.In", "troops.The" (not "U.S.", "e.g.").
_LINE_ENDS = ".!?\"”’:)"
# "Rescue under way The army said ...": a heading of up to seven words run into the sentence
# after it, found by a capitalised function word mid-line before a lower-case word.
_GLUED_HEAD = re.compile(r"(?P<head>[A-Z][\w’'-]*(?:[ ][\w’'-]+){1,6}?)[ ](?=(?:The|A|An|In|On|At|After|But|Meanwhile|However|"
                         r"Officials|Police|Authorities)[ ][a-z])")
_GLUED = re.compile(r"(?<=[a-z0-9]{2}[.!?])(?=[A-Z][a-z])|(?<=\d[.!?])(?=[A-Z][a-z])")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    months = alternation(words("month_abbreviations"))
    cues = alternation(words("caption_cues"))
    wires = alternation(words("news_organisations") + words("photo_agencies"))
    by_cues = [c for c in words("furniture_cues") if c.lower().endswith(" by") or c == "By"]
    other_cues = [c for c in words("furniture_cues") if c not in by_cues]
    # a name of two words or more ("By Tuesday, the talks ..." is no byline)
    name = r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|da|van|von|al|el|bin))+"
    return {
        "ends_with_title": re.compile(rf"\b(?:{alternation(words('title_abbreviations'))})$"),
        "byline": re.compile(rf"^\(?(?:{alternation(by_cues)}|Translated\s+from\s+\w+\s+by)\s+{name}\s*(?:$|[.,;|/–—)-]|\s+(?:and|in|at|for)\b)"),
        "bracketed": re.compile(r"^\([^()]{1,80}\)\.?$"),  # "($1 = 1,425.6 won)", "(Meridian)"
        "bar_line": re.compile(r"^[^.!?]{1,80}\s\|\s[^.!?]{0,80}$"),  # "Live | Last updated 14:20 GMT"
        "label": re.compile(r"^[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,2}:$"),  # "Key points:"
        "shouting": re.compile(r"^[A-Z][A-Z ’'&-]{3,40}$"),  # "FOR IMMEDIATE RELEASE"
        "relay_line": re.compile(r"^[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}\s+via\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}$"),
        "furniture_cue": re.compile(rf"^(?:{alternation(other_cues)})\s*(?:$|[:|–—]|\s+-\s)", re.IGNORECASE),
        "stamp_cue": re.compile(r"^(?:Updated|Last updated|Published|First published|Posted)\b[^.!?]{0,50}$", re.IGNORECASE),
        "signoff": re.compile(rf"^(?:{alternation(words('furniture_signoffs'))})$", re.IGNORECASE),
        "time_alone": re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2})?)?(?:,?\s+[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?)?$"),
        "contact": re.compile(r"^(?:(?:Tel|Phone|Mobile|Email|E-mail)\b.{0,60}|\S+@\S+\.\w+.{0,40}|[+(]?\d[\d\s().-]{7,})$", re.IGNORECASE),
        "ident": re.compile(rf"^(?:{alternation(words('broadcast_idents'))})\b", re.IGNORECASE),
        "ident_station": re.compile(r"\b(?:Service|Radio|News|Television|TV|Channel|FM|news|reports|bulletin|coverage|"
                                    r"programme|program|show|broadcast|podcast)\b"),
        "ends_with_month": re.compile(rf"\b(?:{months})\.$"),
        "caption_cue": re.compile(rf"(?:^|[\s(\[|/])(?:{cues})\s*[:,/|)\]]", re.IGNORECASE),
        "credit_line": re.compile(rf"[.!?]\s+(?:{wires})(?:\s*/\s*[A-Z][\w.’' -]+)?\s*\.*\s*$", re.IGNORECASE),
    }


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs.  Blank lines separate paragraphs; inside a block, each line is
    its own paragraph (news copy puts headline, caption and paragraphs on lines of their
    own) unless the block is hard-wrapped prose, whose lines mostly end mid-sentence."""
    spans = []
    pos = 0
    for match in _PARAGRAPH.finditer(text + "\n\n"):
        start, end = pos, match.start()
        pos = match.end()
        lines = text[start:end].split("\n")
        open_lines = sum(1 for ln in lines[:-1] if ln.rstrip() and ln.rstrip()[-1] not in _LINE_ENDS)
        # hard-wrapped prose has long lines; short open lines are a list (bullets, contacts)
        long_lines = sum(1 for ln in lines[:-1] if len(ln.strip()) >= 45 and not re.match(r"\s*[-•*–]\s", ln))
        if len(lines) > 2 and open_lines > (len(lines) - 1) / 2 and long_lines > (len(lines) - 1) / 2:
            spans.append((start, end))
            continue
        line_start = start
        for line in lines:
            if line.strip():
                spans.append((line_start, line_start + len(line)))
            line_start += len(line) + 1
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# What syntok splits a paragraph at: its terminals (".!?;" and the like) and opening brackets;
# a paragraph may end in a run of terminals, closing quotes and closing brackets.
_SPLITS = re.compile("[" + re.escape("".join(t for t in State.terminals if len(t) == 1) + "".join(State.opening_brackets)) + "]")
_TAIL = re.compile("[" + re.escape("".join(t for t in State.terminals if len(t) == 1) + "".join(State.closing_quotes)
                                   + "".join(State.closing_brackets)) + "]*$")
# whitespace other than the usual kinds (and the zero-width space syntok takes for a space)
_ODD_SPACE = re.compile(r"[^\S \t\n\r\f\v\xa0]|\u200b")


def _one_sentence(chunk: str) -> bool:
    """Whether syntok would keep this paragraph whole: no terminal or opening bracket but
    in the run of them that ends it ('... said.”'), no blank line (syntok's paragraph
    break) and no unusual space.  Most paragraphs of news copy are one sentence, and
    syntok costs more than all the rules that follow it."""
    body = chunk.rstrip()
    head = body[:_TAIL.search(body).start()]
    return not _SPLITS.search(head) and not _ODD_SPACE.search(chunk) and not _PARAGRAPH.search(chunk)


def _segment(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph, by syntok, then glued sentences split."""
    chunk = text[start:end]
    raw = []
    if _one_sentence(chunk):
        if chunk.strip():  # the span syntok gives it: from the first to the last character
            raw.append(_strip(text, start, end))
    else:
        for paragraph in segmenter.analyze(chunk):
            for sentence in paragraph:
                tokens = list(sentence)
                if tokens:
                    raw.append((start + tokens[0].offset, start + tokens[-1].offset + len(tokens[-1].value)))
    # syntok sometimes leaves characters between its sentences (closing quotes): absorb them.
    spans = []
    for i, (s, e) in enumerate(raw):
        nxt = raw[i + 1][0] if i + 1 < len(raw) else end
        gap = text[e:nxt]
        if gap.strip():
            e = e + len(gap.rstrip())
        spans.append((s, e))
    spans = _merge_abbreviated_dates(text, spans)
    spans = _merge_titles(text, spans)
    out = []
    for s, e in spans:
        cut = s
        for match in _GLUED.finditer(text, s, e):
            out.append((cut, match.start()))
            cut = match.start()
        out.append((cut, e))
    if out:  # a cross-head that lost its line break opens the paragraph's first sentence
        first_start, first_end = out[0]
        head = _GLUED_HEAD.match(text, first_start, first_end)
        if head and not re.search(r"\b(?:of|and|for|the|in|on|at|to)\s+$", head.group("head")):
            out[0:1] = [(first_start, head.end("head")), (head.end("head"), first_end)]
    return [_strip(text, s, e) for s, e in out if text[s:e].strip()]


def _merge_abbreviated_dates(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join "… on Oct." + "8. …": a month abbreviation never ends a sentence before a day number."""
    ends_with_month = _patterns()["ends_with_month"]
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and ends_with_month.search(text[merged[-1][0]:merged[-1][1]]) and re.match(r"\d", text[s:e]):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _merge_titles(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join "… Lt." + "Gen. Ivan Roe said …": a title abbreviation never ends a sentence
    before a capitalised word."""
    ends_with_title = _patterns()["ends_with_title"]
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and ends_with_title.search(text[merged[-1][0]:merged[-1][1]]) and text[s:s + 1].isupper():
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def is_furniture(paragraph: str) -> bool:
    """A line that is page furniture, not the story: a byline or wire tag ("By Jane Roe",
    "(Reporting by ...; Editing by ...)"), a cue with a colon ("Read more:", "Media
    contact:"), a sign-off ("(end)"), a time stamp or contact line standing alone."""
    line = paragraph.strip()
    pats = _patterns()
    byline = pats["byline"].search(line)
    if byline and not set(line.split()[1:3]) & _not_name_words():
        return True
    return any(pats[name].search(line) for name in ("signoff", "furniture_cue", "stamp_cue", "time_alone", "contact",
                                                    "bracketed", "bar_line", "label", "shouting", "relay_line"))


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    from ..lexicon import lexicon

    return frozenset(lexicon()["not_name_words"])


def _is_ident(sentence: str) -> bool:
    """A broadcaster's station ident or hand-over ("This is the English Service of Radio X",
    "I'm Jane Roe with the news", "Our correspondent John Doe reports from ...")."""
    pats = _patterns()
    head = pats["ident"].match(sentence)
    return bool(head) and len(sentence.split()) <= 16 and (
        head.group(0).lower().startswith("our") or bool(pats["ident_station"].search(sentence)))


def _is_crosshead(paragraph: str, following: str | None) -> bool:
    """A short line with no closing punctuation between paragraphs of the story ("Rescue
    under way"): a cross-head."""
    line = paragraph.strip()
    return following is not None and 1 <= len(line.split()) <= 8 and line[-1:] not in _LINE_ENDS + ",;" \
        and line[:1].isupper() and not re.search(r"\d", line)


def _is_credit(sentence: str) -> bool:
    """A sentence of a caption that is only its credit: "Photo: Jane Roe/Harbour Times",
    "KCNA via Meridian", "Reuters"."""
    line = sentence.strip()
    return _is_credit_only(line) or bool(_patterns()["relay_line"].match(line)) or \
        bool(re.fullmatch(rf"(?:{alternation(words('photo_agencies') + words('news_organisations'))})\.*", line, re.IGNORECASE))


def _is_credit_only(paragraph: str) -> bool:
    """A caption line that is only a credit ("Picture: Jane Roe/Harbour Times"): furniture."""
    line = paragraph.strip()
    return bool(re.match(rf"^(?:{alternation(words('caption_cues'))})\s*[:,|]\s*[^.!?]{{0,60}}$", line, re.IGNORECASE)) \
        and len(line.split()) <= 8


def is_caption(paragraph: str) -> bool:
    """A paragraph that carries a photo credit is a caption."""
    pats = _patterns()
    last = paragraph.strip().rsplit(". ", 1)[-1]
    return pats["caption_cue"].search(paragraph) is not None or pats["relay_line"].match(last) is not None or \
        re.search(r"\((?:AP|AFP|Reuters|Getty Images|EPA)[^)]*\)\s*\.?$", paragraph) is not None or \
        pats["credit_line"].search(paragraph) is not None
    # (the last: a credit standing as the paragraph's last "sentence": ". REUTERS/Maya Ortiz", ". Reuters.")


def split_sentences(text: str, title: str | None = None) -> list[dict]:
    """Rows of the sentences table: id, start, end, text, block."""
    rows = []
    paragraphs = _paragraphs(text)
    link_list = False  # inside the lines after "Read more:", "Related:"
    for index, (p_start, p_end) in enumerate(paragraphs):
        paragraph = text[p_start:p_end]
        following = text[paragraphs[index + 1][0]:paragraphs[index + 1][1]] if index + 1 < len(paragraphs) else None
        ends_open = paragraph.rstrip()[-1:] not in _LINE_ENDS
        if index == 0 and _looks_like_headline(paragraph, title):
            block = "headline"
        elif index <= 3 and is_caption(paragraph):
            block = "furniture" if _is_credit_only(paragraph) else "caption"
        elif is_furniture(paragraph) or (link_list and (ends_open or re.match(r"\s*[-•*]\s", paragraph))) or \
                (index > 1 and _is_crosshead(paragraph, following)):
            block = "furniture"
        else:
            block = "body"
        link_list = block == "furniture" and (link_list or _patterns()["furniture_cue"].match(paragraph.strip()) is not None)
        spans = [(p_start, p_end)] if block == "headline" else _segment(text, p_start, p_end)
        for number, (s, e) in enumerate(spans):
            s, e = _strip(text, s, e)
            if s < e:
                kind = block
                if block == "body" and number == 0 and len(spans) > 1 and text[e - 1] not in _LINE_ENDS + ",;" \
                        and len(text[s:e].split()) <= 7:
                    kind = "furniture"  # a cross-head split from the sentence it ran into
                if block == "body" and _is_ident(text[s:e]) or block == "caption" and _is_credit(text[s:e]):
                    kind = "furniture"  # a station ident; a caption's credit line ("Photo: Jane Roe/Wire")
                rows.append({"id": len(rows) + 1, "start": s, "end": e, "text": text[s:e], "block": kind})
    return rows


def _looks_like_headline(paragraph: str, title: str | None) -> bool:
    line = paragraph.strip()
    if title and _normalise(title) and _normalise(line).startswith(_normalise(title)[:40]):
        return True
    return "\n" not in line and len(line.split()) <= 25 and not re.search(r"[.!?][\"”’]?\s+[A-Z]", line.rstrip(".!? "))


def _normalise(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()

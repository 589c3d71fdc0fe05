"""Sentences: boundaries and blocks (headline, caption, body).

syntok does the segmentation (abbreviations, quotes, decimals); the rules here add
what news copy needs on top: every line of a paragraph-less headline or caption is
its own unit, sentences glued without a space ("Oct. 8.In a statement") are split,
and a caption is recognised by its photo credit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from syntok import segmenter

from ..lexicon import alternation, words

_PARAGRAPH = re.compile(r"\n\s*\n")
# A sentence end glued to the next sentence: "8.In", "troops.The" (not "U.S.", "e.g.").
_LINE_ENDS = ".!?\"”’:)"
_GLUED = re.compile(r"(?<=[a-z0-9]{2}[.!?])(?=[A-Z][a-z])|(?<=\d[.!?])(?=[A-Z][a-z])")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    months = alternation(words("month_abbreviations"))
    cues = alternation(words("caption_cues"))
    wires = alternation(words("news_organisations") + words("photo_agencies"))
    return {
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
        if len(lines) > 2 and open_lines > (len(lines) - 1) / 2:
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


def _segment(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph, by syntok, then glued sentences split."""
    chunk = text[start:end]
    raw = []
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
    out = []
    for s, e in spans:
        cut = s
        for match in _GLUED.finditer(text, s, e):
            out.append((cut, match.start()))
            cut = match.start()
        out.append((cut, e))
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


def is_caption(paragraph: str) -> bool:
    """A paragraph that carries a photo credit is a caption."""
    pats = _patterns()
    return pats["caption_cue"].search(paragraph) is not None or \
        re.search(r"\((?:AP|AFP|Reuters|Getty Images|EPA)[^)]*\)\s*\.?$", paragraph) is not None or \
        pats["credit_line"].search(paragraph) is not None
    # (the last: a credit standing as the paragraph's last "sentence": ". REUTERS/Maya Ortiz", ". Reuters.")


def split_sentences(text: str, title: str | None = None) -> list[dict]:
    """Rows of the sentences table: id, start, end, text, block."""
    rows = []
    paragraphs = _paragraphs(text)
    for index, (p_start, p_end) in enumerate(paragraphs):
        paragraph = text[p_start:p_end]
        if index == 0 and _looks_like_headline(paragraph, title):
            block = "headline"
        elif index <= 3 and is_caption(paragraph):
            block = "caption"
        else:
            block = "body"
        spans = [(p_start, p_end)] if block == "headline" else _segment(text, p_start, p_end)
        for s, e in spans:
            s, e = _strip(text, s, e)
            if s < e:
                rows.append({"id": len(rows) + 1, "start": s, "end": e, "text": text[s:e], "block": block})
    return rows


def _looks_like_headline(paragraph: str, title: str | None) -> bool:
    line = paragraph.strip()
    if title and _normalise(title) and _normalise(line).startswith(_normalise(title)[:40]):
        return True
    return "\n" not in line and len(line.split()) <= 25 and not re.search(r"[.!?][\"”’]?\s+[A-Z]", line.rstrip(".!? "))


def _normalise(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()

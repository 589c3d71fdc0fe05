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
from collections import Counter
from functools import lru_cache

from syntok import segmenter
from syntok._segmentation_states import State

from ..lexicon import UPPER, alternation, words

_PARAGRAPH = re.compile(r"\n\s*\n")
# A sentence end glued to the next sentence: "8.In", "troops.The" (not "U.S.", "e.g.").
_LINE_ENDS = ".!?\"”’:)"
# "Rescue under way The army said ...": a heading of up to seven words run into the sentence
# after it, found by a capitalised function word mid-line before a lower-case word.
_GLUED_HEAD = re.compile(r"(?P<head>[A-Z][\w’'-]*(?:[ ][\w’'-]+){1,6}?)[ ](?=(?:The|A|An|In|On|At|After|But|Meanwhile|However|"
                         r"Officials|Police|Authorities)[ ][a-z])")
# (It matches the terminal and the cut is at its end: the same places as the look-arounds
# alone, "(?<=[a-z0-9]{2}[.!?])(?=[A-Z][a-z])|(?<=\d[.!?])(?=[A-Z][a-z])", but a pattern that
# begins with a character set lets the regex engine skip to the terminals, a tenth of the time.)
_GLUED = re.compile(r"[.!?](?:(?<=[a-z0-9]{2}[.!?])|(?<=\d[.!?]))(?=[A-Z][a-z])")


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
        # ("Text by: Jane Roe with AFP": a colon may follow the cue)
        # (and a live page's entry credit: "From MCN's Jane Roe in Portville")
        # (and its writer's post before the name: "By Asia correspondent Jane Roe")
        "byline": re.compile(rf"^\(?(?:(?i:{alternation(by_cues)})|Translated\s+from\s+(?:the\s+)?\w+\s+by|From\s+[A-Z][\w.&-]*['’]s):?\s+"
                             rf"(?:(?:[A-Z][\w-]+\s+){{1,2}}(?:correspondent|reporter|editor)\s+)?{name}\s*"
                             rf"(?:$|[.,;|/–—)-]|\s+(?:and|in|at|for|with)\b|\s+(?:\d|(?:{months})\.?\s+\d|[A-Z][a-z]+\s+\d{{1,2}},\s+\d{{4}}))"),
        "bracketed": re.compile(r"^(?:\([^()]{1,80}\)|\[[^\[\]]{1,80}\]|\((?=[^()]*\b(?:[Rr]eporting|[Ee]diting|[Ww]riting)\s+by\b)[^()]{81,240}\)"
                                # (a wire's note to editors: "(ATTN: UPDATES with comments in paras 9-12)")
                                r"|\((?:ATTN|ATTENTION|EDS|EDITORS?)\s*:[^()]{1,240}\))\.?$"),
        # a source note at a report's foot: "[1] Meridian News, December 1, 2024."
        "footnote": re.compile(r"^\[\d{1,3}\]\s+[^\n]{1,200}?\b(?:1[89]|20)\d\d\b[^\n]{0,60}$"),  # "($1 = 1,300.0 won)", "(Meridian)", "[Editing by …]"
        "bar_line": re.compile(r"^[^.!?]{1,80}\s\|\s[^.!?]{0,80}$"),  # "Live | Last updated 14:20 GMT"
        # "Key points:", "Here is what we know so far:" (not "Kovalenko said:", which introduces a quote)
        # (nor "It went on:", "The statement read:", which go on to the quotation)
        "label": re.compile(r"^(?!.*\b(?:said|says|say|told|tells|added|adds|wrote|writes|stated|states|declared|declares|continued|"
                            r"continues|explained|warned|insisted|noted|replied|asked|posted|tweeted|went\s+on|goes\s+on|read|reads|"
                            r"concluded|concludes|announced|announces|argued|argues|claimed|claims|alleged|urged|reported)\b)[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,7}:$"),
        "shouting": re.compile(r"^[A-Z][A-Z ’'&-]{3,40}$"),  # "FOR IMMEDIATE RELEASE"
        "relay_line": re.compile(r"^[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}\s+via\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}$"),
        "furniture_cue": re.compile(rf"^(?:{alternation(other_cues)})\s*(?:\.?$|[:|–—]|\s+-\s)", re.IGNORECASE),
        # (and a release's or a ruling's date line: "Issued on 17 December 2024", "Embargoed until
        # 00:01 GMT", "Data as of 17 December", "Judgment delivered on 3 March 2025")
        "stamp_cue": re.compile(r"^(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+)?(?:Updated|Last updated|Published|First published|Posted|Issued|Released|Embargoed|Dated|"
                                r"Data\s+(?:as\s+(?:of|at)|up\s+to)|Judgment\s+(?:delivered|handed\s+down)|Delivered)\b[^.!?]{0,80}$",
                                re.IGNORECASE),
        # a document's field line: a label from the list, maybe a number, and a short value
        # ("Next release: 15 January", "Table 1: Consumer prices", "Figure 2. Cases by week",
        # "Situation report No. 12", "Case No. 123/2024", "Page 2 of 4", "Counsel for the State: X")
        "field_line": re.compile(rf"^(?:{alternation(words('field_labels'))})(?:\s+for\s+the\s+\w+)?"
                                 r"(?:(?:\s+(?:No\.?\s*)?(?-i:[\dIVX])[\w/.-]*(?:\s+of\s+\d+)?)(?:[.:]\s+[^!?]{1,120}|\s*[:.–—|-]?)"
                                 r"|\s*[:–—|]\s*[^!?]{1,120})$", re.IGNORECASE),
        # a law report's neutral citation: "[2024] ZAGPPHC 1234"
        "citation": re.compile(r"^\[\d{4}\]\s+[A-Z]{2,12}(?:\s+[A-Z][a-z]{0,5})?\s+\d{1,5}$"),
        # (and a wire's end mark with its code: "==Meridian", "== MW")
        # (and a French wire's staff initials closing its story: "bur-ol/jpk/sbk")
        "signoff": re.compile(rf"^(?:{alternation(words('furniture_signoffs'))}|={{2,}}\s*[A-Z][\w.-]{{0,20}}(?:\s+[A-Z][\w.-]{{0,20}})?"
                              r"|(?-i:[a-z]{2,5}(?:-[a-z]{2,5})*(?:/[a-z]{2,5}(?:-[a-z]{2,5})*)+)"
                              # (and a German wire's slug line: "mwa ab/cd xx n2 ef")
                              r"|(?-i:[a-z]{2,5}\s+[a-z]{2,4}/[a-z]{2,4}(?:\s+[a-z0-9]{2,5}){1,4}))$", re.IGNORECASE),
        "time_alone": re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2})?)?(?:,?\s+[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?)?$"),
        # (and a writer's name with the address: "Jane Roe | jroe@example.org")
        "contact": re.compile(r"^(?:(?:Tel|Phone|Mobile|Email|E-mail)\b.{0,60}|\S+@\S+\.\w+.{0,40}|[+(]?\d[\d\s().-]{7,}"
                              r"|[A-Z][\w.’' -]{1,40}?\s*[|:,–—-]\s*\S+@\S+\.\w+\.?)$", re.IGNORECASE),
        "ident": re.compile(rf"^(?:{alternation(words('broadcast_idents'))})\b", re.IGNORECASE),
        "ident_station": re.compile(r"\b(?:Service|Radio|News|Television|TV|Channel|FM|news|reports|bulletin|coverage|"
                                    r"programme|program|show|broadcast|podcast)\b"),
        "signoff_ident": re.compile(r"(?:,\s+I['’]m\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}(?:\s+(?:in|at|for|with)\s+[^.!?]{1,40})?|"
                                    r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}(?:,\s+|\s+reporting\s+(?:for|from)\s+)"
                                    r"(?:Radio|TV|Television)\b[^.!?]{0,40}|"
                                    # "Jane Roe, Harbour TV News.", "Jane Roe, Meridian News, Seoul."
                                    r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3},\s+(?:[A-Z][\w&'’-]*\s+){0,3}(?:News|Radio|TV|Television|"
                                    r"Service|Broadcasting)(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?|^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s+reports?"
                                    r"|^(?:That['’]s\s+all\s+for|Stay\s+(?:with\s+us|tuned))\b(?:[^.!?]|(?<=\d)\.(?=\d)){0,80})\.?$"),
        # the hand-over to a reporter: "Reporter Jane Roe has the details.", "Jane Roe has more
        # from Seoul.", "This is Jane Roe with a rundown on the latest." (matched at the start only)
        "handover": re.compile(r"(?:(?:(?:Our\s+)?(?:[A-Z][\w'’-]+\s+)?(?:[Rr]eporter|[Cc]orrespondent|[Ee]ditor)\s+)?[A-Z][\w'’-]+"
                                    r"(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:has|brings\s+us)\s+(?:more|the\s+details|the\s+story|this\s+report)"
                                    r"(?:\s+(?:from|on)\s+[^.!?]{1,40})?"
                                    r"|This\s+is\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s+(?:with|reporting|in|for)\b[^.!?]{0,60})\.?$"),
        "ends_with_month": re.compile(rf"\b(?:{months})\.$"),
        # one sentence in the present that closes on the day it shows, no one saying it
        # ("The minister answers reporters' questions at the ministry on December 3.")
        # the same, closed by a bracketed credit of the page's own ("Attorney Jane Roe speaks to
        # reporters outside the court on Tuesday after the verdict. (Lakeshore 7 News)")
        # (never a story's first line under its dateline: "PORTVILLE — Jane Roe will be …")
        "bracket_closed_caption": re.compile(r"^(?!.*\b(?:said|says|say|told|tells|according)\b)(?![A-Z][A-Z.,' -]{2,40}\s[—–-]\s)[A-Z][^.!?\"“”\n]{10,200}?\b[a-z]{3,}s\b"
                                             r"[^!?\"“”\n]{0,200}\.\s+\([A-Z][\w.&’' -]{1,40}\)$"),
        "uncredited_caption": re.compile(r"^(?!.*\b(?:said|says|say|told|tells|according)\b)(?![A-Z][A-Z.,' -]{2,40}\s[—–-]\s)[A-Z][^.!?\"“”\n]{10,200}?\b[a-z]{3,}s\b"
                                         r"[^.!?\"“”\n]{0,160}\bon\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                                         rf"|(?:{months}|May)[a-z]*\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?)\.$"),
        # (mid-line, the cue is capitalised: "… in Palu Photo: Jane Roe", not "… and streaming video, head to …")
        "caption_cue": re.compile(rf"(?:^|[(\[|/]|\s(?=(?-i:[A-Z])))(?:{cues})\s*[:,/|)\]]", re.IGNORECASE),
        # a caption's credit after its cue ("Photo: Jane Roe/Wire"), and an agency's name alone ("Wire", "(Wire)")
        "cue_credit": re.compile(rf"^[(\[]?(?:{cues})\s*[:,|]\s*((?:\b[A-Z]\.|[^.!?]){{0,60}})[)\]]?(\.?)$", re.IGNORECASE),
        "agency_alone": re.compile(rf"[(\[]?(?:{wires})[)\]]?\.*", re.IGNORECASE),
        "credit_line": re.compile(rf"[.!?]\s+(?:{wires})(?:\s*/\s*[A-Z][\w.’' -]+)?\s*\.*\s*$", re.IGNORECASE),
        # a photo's credit that ends a caption wherever it stands: "(Jane Roe/AFP)", "(AP Photo/Jane
        # Roe, File)", "REUTERS/Jane Roe", "Jane Roe/AFP via Getty Images", "Photograph: Jane Roe/EPA"
        "strong_credit": re.compile(r"(?:\(\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s*/\s*[A-Z][\w.&’' -]{1,40}"
                                    r"(?:,\s*[Ff]ile)?\s*\)|\b[A-Z]{2,}(?:\s[A-Z]{2,})?/[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}"
                                    r"|\bvia\s+Getty\s+Images|/\s*(?:AFP|AP|EPA|EPA-EFE|Reuters|REUTERS|Getty\s+Images|Shutterstock|Alamy)"
                                    r"|(?:^|[.!?]\s+|\[)(?:Photo|Photograph|Picture|Image)(?:\s+credit)?\s*:\s*[^.!?\]]{2,60}\]?)\s*\.?$"),
        # a photo's credit in the forms picture desks write it, standing alone or closing a
        # caption after its last stop (see _credit_patterns)
        **_credit_patterns(wires),
        # (and a page's own label on it: "Image caption, Rescuers search …", "Media caption: …")
        "caption_opener": re.compile(rf"^(?:{alternation(words('caption_openers'))})\s*:\s*\S|"
                                     r"^[(\[]?(?:Image|Media|Video|Photo|Picture|Audio)\s+caption\s*[:,]\s*\S|"
                                     # ("Illustration - Firefighters on a ridge …", "File photo – …": a picture's label and a dash)
                                     r"^(?:Illustration|Illustrative\s+(?:image|photo)|File\s+(?:photo|picture|image)|Representational\s+(?:image|photo))"
                                     r"\s+[-–—]\s+[A-Z]|"
                                     r"^(?:This|The|A|In\s+this)\s+(?:(?:file|handout|undated|recent)\s+)?(?:photo|picture|image|photograph|"
                                     r"screenshot|screen\s+grab|still)\b[^.!?]{0,120}?\b(?:shows?|showing|taken|released|provided)\b"),
        # "Jane Roe contributed reporting from Kyiv.", "The Meridian agency contributed to this report."
        "contributed": re.compile(r"^(?:[-–—]+\s*)?[A-Z][^.!?]{0,120}?\bcontributed(?:\s+(?:reporting|research|additional\s+reporting)"
                                  r"|\s+to\s+th(?:is|e)\s+(?:report|story|article))?(?:\s+(?:from|in)\s+[^.!?]{1,60})?\s*\.?$"),
        # the correspondents' line at the foot: "Jane Roe reported from Portville and John Doe from
        # Eastbrook.", "Meridian's Jane Roe reported from Portville."
        "reported_from": re.compile(r"^(?:[A-Z][\w.&-]*[’']s\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}\s+reported\s+from\s+"
                                    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?:(?:,|,?\s+and)\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}"
                                    r"\s+(?:reported\s+)?from\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})*\.?$"),
        # what the page says about itself: "This story has been updated …", "This is a developing
        # story.", "An earlier version of this article …", "We will update this page …"
        # (an interview's or a transcript's note too, and what was not done to it: "This interview
        # has been condensed and edited for clarity.", "(This story has not been edited by our staff.)")
        "story_note": re.compile(r"^\(?(?:This\s+(?:story|article|report|page|piece|post|commentary|analysis|op-ed|column|essay|"
                                 r"publication|brief|interview|transcript|conversation|Q&A|video|podcast|episode|live\s+(?:page|blog)|"
                                 r"blog|feed)\s+(?:has(?:\s+not)?\s+been|have(?:\s+not)?\s+been|was(?:\s+not)?|is\s+being|will\s+be|"
                                 r"is(?:\s+not)?)\s+(?:updated|corrected|amended|translated|originally|first|produced|published|adapted|"
                                 r"part\s+of|condensed|edited|abridged|shortened|lightly\s+edited|auto-generated|automatically|generated|"
                                 r"(?:now\s+)?closed|(?:being\s+)?updated)\b|This\s+is\s+an?\s+(?:developing|breaking)(?:\s+news)?\s+(?:story|situation)\b|"
                                 r"(?:This\s+(?:story|article|report|piece|commentary|analysis|op-ed|column|essay)\s+)?"
                                 r"(?:[Oo]riginally|first)\s+(?:appeared|published|ran)\b|"
                                 # "The interview has been edited for length and clarity.", an
                                 # explainer's signpost "Here's what we know so far."
                                 r"The\s+(?:interview|transcript|conversation|exchange)\s+(?:has|have)\s+been\s+(?:lightly\s+)?"
                                 r"(?:edited|condensed|abridged|shortened|translated)\b|"
                                 r"Here(?:['’]s|\s+is)\s+what\s+(?:we|you)\s+(?:know|need\s+to\s+know)(?:\s+so\s+far)?\s*[.:]?\)?$|"
                                 # "This report by The Dominion Press was first published Feb. 17",
                                 # "Published in the print edition of …", "X will continue to update this story"
                                 r"This\s+(?:story|article|report)\s+by\s+[^.!?]{1,60}?\s+was\s+(?:first\s+|originally\s+)?published\b|"
                                 r"(?:Published|Printed|Appeared)\s+in\s+the\s+print\s+edition\b|"
                                 r"[^.!?\"“]{1,60}\bwill\s+(?:continue\s+to\s+)?update\s+this\s+(?:story|article|page|report)\b|"
                                 # a think tank's notes on its commentary: "Commentary is produced by
                                 # X, a nonpartisan institution.", "X does not take specific policy positions."
                                 r"(?:Commentary|Analysis|Opinion)\s+is\s+produced\s+by\b|"
                                 # a translation's note: "Translated from Russian.", "Original in Kazakh.",
                                 # "Machine translation, edited by staff."
                                 r"\(?(?:Translated|Translation)\s+from\s+(?:the\s+)?[A-Z][a-z]+\)?\.?$|"
                                 r"Original(?:ly)?\s+(?:in|published\s+in|written\s+in)\s+[A-Z][a-z]+\.?$|"
                                 r"Machine[- ]translat(?:ed|ion)\b[^.!?]{0,60}[.!]?$|"
                                 r"[^.!?]{0,80}\bdoes\s+not\s+take\s+(?:specific\s+|institutional\s+)?(?:policy\s+)?positions\b|"
                                 r"[^.!?]{0,60}\b(?:views|opinions)\b[^.!?]{0,80}\bexpressed\b[^.!?]{0,120}\b(?:authors?|writers?|contributors?)\b|"
                                 r"(?:A|An)\s+(?:previous|earlier)\s+version\s+of\s+this\s+(?:story|article|report|page)\b|"
                                 r"(?:We|We'll|We’ll)\s+(?:will\s+)?(?:update|be\s+updating)\s+this\s+(?:story|article|page|report)\b|"
                                 r"For\s+(?:media|press|further|more)\s+(?:enquiries|inquiries|information|details)\b|"
                                 r"(?:Sign\s+up|Subscribe|Register)\s+(?:for|to|now|here|today)\b[^.!?]{0,80}[.!]?$|"
                                 # "The views expressed are the author's own.", "Contact the author: …",
                                 # "Follow us on Telegram for updates."
                                 r"(?:The\s+)?(?:views|opinions)\s+expressed\b[^.!?]{0,100}\b(?:author|writer|contributor)s?[’']?s?\b|"
                                 r"(?:Contact|Write\s+to|Reach|E-?mail)\s+(?:the\s+(?:author|writer|reporter|editor)s?|us)\b[^!?]{0,80}$|"
                                 r"Follow\s+(?:us|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+on\s+(?:X|Twitter|Facebook|Instagram|Telegram|"
                                 r"LinkedIn|Bluesky|Threads|WhatsApp|YouTube|TikTok)\b[^.!?]{0,80}[.!]?$|"
                                 # a pointer to another page: "Read the full report here.", "Click here to …"
                                 r"(?:Read|Click|See|Watch|Listen|Download|Find)\b[^.!?]{0,80}\bhere\b[^.!?]{0,100}[.!]?$|"
                                 # a translated edition's note: "This article is a translation of the French
                                 # edition.", "Only the original French text is authoritative."
                                 r"This\s+(?:story|article|report|piece|page)\s+is\s+a\s+(?:translation|translated\s+version)\b|"
                                 # a newsletter's own lines: "Good morning.", "Not a subscriber?", "Was this
                                 # forwarded to you?", "Today's newsletter was edited by Jane Roe."
                                 r"(?:Good\s+(?:morning|afternoon|evening)|Hello)(?:,\s+[\w ]{1,30})?[.!]?$|Not\s+a\s+subscriber\?|"
                                 r"Was\s+this\s+(?:newsletter\s+|email\s+)?forwarded\s+to\s+you\?|"
                                 r"(?:Today['’]s|This)\s+(?:newsletter|edition|briefing)\s+was\s+(?:edited|written|compiled|produced)\s+by\b|"
                                 # a disclaimer: "This article is for information only and does not constitute financial advice."
                                 r"[^.!?]{0,60}\bfor\s+(?:general\s+)?information(?:al)?\s+(?:purposes\s+)?only\b|"
                                 r"[^.!?]{0,80}\bdoes\s+not\s+constitute\s+(?:financial|investment|legal|tax)\s+advice\b|"
                                 # a date line and the desk's initials with its agencies: "Date 02.12.2024", "ab/lh (Meridian, dpa, AFP)"
                                 r"Date:?\s+\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|[a-z]{2,3}(?:/[a-z]{2,3})+(?:\s+\([^()]{1,60}\))?$|"
                                 r"Only\s+the\s+original\s+[A-Z][a-z]+\s+(?:text|version)\s+is\s+(?:authoritative|binding)\b)"),
        # a note on the writer at the story's foot: "Jane Roe is the Harbour Times' Seoul bureau
        # chief.", "Jane Roe covers North Korea for the Harbour Times."
        "author_note": re.compile(r"^(?:The\s+(?:author|writer)s?\s+(?:is|are|was|were)\s+[^.!?]{1,160}\.?$|"
                                  r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}\s+(?:(?:is|was)\s+(?:a|an|the|our)\s+[^.!?]{0,60}?\b"
                                  r"(?:correspondent|reporter|journalist|writer|editor|columnist|bureau\s+chief|contributor|producer|"
                                  r"freelancer|freelance\s+\w+)\b|(?:covers|reports\s+on|writes\s+(?:on|about))\s+[^.!?]{1,60}\s+for\s+)"
                                  r"[^.!?]{0,80}\.?$"
                                  # (and how to reach the writer: "Reach him at jroe@x.example.")
                                  r"|(?:Reach|Contact|Email|E-mail|Follow)\s+(?:him|her|them|the\s+(?:author|writer|reporter))\s+"
                                  r"(?:at|on|via)\s+\S+\.?$)"),
        # a commentary's note on its writer: "Jane Roe is a senior fellow at the Centre for X."
        # (furniture only at the foot and for a name the story has not used before)
        # ("Jane Roe is director of …", "Jane Roe, a senior fellow at X, is the author of …",
        # "Jane Roe previously served as …")
        "bio_note": re.compile(r"^(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})(?:,\s+(?:a|an|the)\s+[^,]{1,100},)?\s+"
                               r"(?:(?:is|was)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:fellow|director|researcher|analyst|professor|"
                               r"lecturer|scholar|associate|head|chair|founder|adviser|advisor|president|dean|author)\b"
                               r"|(?:previously|formerly|has|had)\s+(?:served|worked)\s+as\b)[^.!?]{0,120}\.?$"),
        # a pointer to another page: "Full results and table, page 46", "Continued on page 5"
        "page_pointer": re.compile(r"^(?:(?:See|Continued\s+on|More\s+on|Turn\s+to)\b[^.!?]{0,60}|[^.!?]{0,60},)\s+pages?\s+\d{1,3}\.?$",
                                   re.IGNORECASE),
        # (some East Asian outlets' circled c: "Copyright ⓒ Harbour News.")
        # (the holder before the year: "Copyright The Harbour Times, 2026", "(c) Meridian Wire 2025")
        "copyright": re.compile(r"^(?:Copyright\s*(?:[©ⓒ]|\([Cc]\)|\d{4}|[A-Z][^\n]{0,60}?\b(?:19|20)\d\d\b)|[©ⓒ]"
                                r"|\([Cc]\)\s*(?:\d{4}|[A-Z][^\n]{0,60}?\b(?:19|20)\d\d\b))"),
        # a sign-off naming the desk: "— Harbour Times staff", "-- Meridian"
        # (after a single hyphen only a news agency: "- Meridian"; "- Schools Closed" may be a list item)
        # (after a single hyphen, a desk: "- Harbour Times staff, wires", "- With agency inputs")
        "sign_line": re.compile(rf"^(?:(?:--|—|–)\s*[A-Z][\w.&’' -]{{1,40}}|-\s*(?:{wires})\.?|-\s*[A-Z][\w.&’' ,-]{{0,40}}"
                                rf"\b(?:staff|wires|agencies|agency\s+inputs|inputs|desk|bureau)\.?)$"),
        # a writer's name and post with no "By": "Jane Roe, Seoul correspondent", "Jane Roe | Staff Writer"
        "name_post": re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s*[,|–—-]\s*(?:[A-Z][\w'’-]*\s+|[a-z][\w'’-]*\s+){0,4}"
                                r"(?:[Cc]orrespondents?|[Rr]eporters?|[Ee]ditors?|[Ww]riters?|[Cc]olumnists?|[Bb]ureau\s+[Cc]hief|"
                                r"[Cc]ontributors?|[Pp]roducers?|[Jj]ournalists?)\.?$"),
        # a page's trail of sections: "Home > World > Asia", "News / World / Asia-Pacific"
        "breadcrumb": re.compile(r"^(?:(?:Home|News)(?:\s+[>/»›]\s+[\w’'&-]+(?:\s[\w’'&-]+){0,3}){1,6}"
                                 r"|[\w’'&-]+(?:\s[\w’'&-]+){0,3}(?:\s+[>/»›]\s+[\w’'&-]+(?:\s[\w’'&-]+){0,3}){2,6})$"),
        # a rule between parts of the page ("___", "* * *", "---") and an address standing alone
        "rule_or_url": re.compile(r"^(?:[^\w\s]{3,}|_{3,}|(?:[*•·#=~-]\s+){2,}[*•·#=~-]|(?:https?://|www\.|pic\.)\S+"
                                  # an embedded post's footer: "— Jane Roe (@janeroe) December 17, 2024",
                                  # "A post shared by Jane Roe (@janeroe)"
                                  r"|(?:[—–-]+\s*|A\s+post\s+shared\s+by\s+)[^()]{1,60}\(@\w+\)(?:\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})?)$"),
        # a page's counters: "5 Comments", "Comments (12)", "1.2K shares"
        # an agency's slug under its story: desk, writer and editor initials and a time ("DNA/MR/SK/1805")
        "slug_code": re.compile(r"^[A-Z]{2,6}(?:/[A-Z0-9]{1,6}){2,5}$"),
        "counter": re.compile(r"^(?:[\d.,]+[KkMm]?\s+)?(?:Comments?|Replies|Responses|Shares|Likes|Views|Reactions)(?:\s*\(\d+\))?$",
                              re.IGNORECASE),
        # a dateline standing on a line of its own: "SEOUL, Dec. 23 (Meridian) --", "Seoul, December 23"
        "dateline_alone": re.compile(rf"^(?:[{UPPER}][{UPPER}.’' -]{{1,30}}(?:/[{UPPER}][{UPPER}.’' -]{{1,30}})*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
                                     rf"(?:,?\s*(?:[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}|\d{{1,2}}\s+[A-Z][a-z]{{2,8}}\.?)(?:,?\s*\d{{4}})?)?"
                                     rf"\s*(?:\([^()]{{1,40}}\))?\s*(?:--|—|–|-|:)?"
                                     rf"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,|\s+[—–-])\s+(?:(?:{months}|[A-Z][a-z]{{2,8}})\.?\s+\d{{1,2}}|\d{{1,2}}\s+[A-Z][a-z]{{2,8}}\.?)"
                                     rf"(?:,?\s*\d{{4}})?(?:\s*\([^()]{{1,40}}\))?\.?\s*(?:--|—|–)?"
                                     # "Almaty. March 12. KazTAG –": town, date and agency each with a stop
                                     rf"|[A-Z][a-z]+\.\s+(?:{months}|[A-Z][a-z]{{2,8}})\.?\s+\d{{1,2}}\.\s+[A-Z][\w-]{{1,20}}\s*(?:--|—|–|-)?"
                                     rf")\s*$"),
    }


def _credit_patterns(wires: str) -> dict[str, re.Pattern]:
    """A photo's credit as picture desks write it: "(Photo by Jane Roe/Wire)", "[Photo: Jane
    Roe]", "(Courtesy of the ministry)", "(File photo)", "(Supplied: Wire)", "(Illustrative purposes only)",
    "[WIRE/WIRE]", "Photo courtesy of X", "© Jane Roe", "Wire photo", "Harbour Times file",
    "Representational image", "Screengrab/Telegram", "Sputnik / Jane Roe". "credit_alone" is
    a line or sentence that is only such a credit; "credit_tail" one that closes a caption,
    in brackets or after its last stop; "wire_tail" a bare agency closing it ("… 2024.
    (Wire)", "… front line — Wire"), which in a story's body may be its source instead and
    is trusted only above the story."""
    cue = (r"(?:(?:File|Handout|Supplied|Archive|Representational|Representative|Illustrative|Illustration|Courtesy|Credits?|Photos?|"
           r"Photographs?|Pictures?|Pics?|Images?|Videos?|Screenshot|Screengrab|Screen\s+grab|Video\s+grab|Still)\b)")
    # (a name may open with an accented capital: "ÉLODIE ROE / AGENCE PORTVILLE")
    name = r"[A-ZÀ-ÖØ-Þ][\w.&’'-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w.&’'-]*|of|the|de|al)){0,5}"
    owner = rf"(?:the\s+)?{name}"
    person = r"[A-ZÀ-ÖØ-Þ][\w-]+(?:[’'][A-Z][\w-]+)?(?:\s+[A-ZÀ-ÖØ-Þ][\w-]+(?:[’'][A-Z][\w-]+)?){1,2}"  # (no possessive: "Kim's Soldiers")
    # with a picture desk's word; "(Jane Roe/Wire)", "(John Doe / Special to the Portville Ledger)";
    # an outlet and its photographer, "(Wire: Jane Roe)", "(Jane Roe for The Portville Ledger)"
    bracketed = rf"[(\[]\s*{cue}[^()\[\]]{{0,80}}[)\]]|\(\s*{name}\s*/\s*(?:Special\s+to\s+)?{owner}\s*\)" \
        rf"|\(\s*{name}\s*:\s*{person}\s*\)|\(\s*{person}\s+for\s+(?:[Tt]he\s+)?{name}\s*\)"
    # (in square brackets only after a caption's stop: "… on Sunday. [Portville Post/Jane Roe]"; on
    # a line of its own, "[Jane Roe / Unity Party]" names a transcript's speaker)
    square = rf"\[\s*{name}\s*/\s*{name}\s*\]"
    # ("(PNA photo/Jane Roe)": an agency's picture desk word in lower case)
    # ("(AA Photo)": an agency's picture desk word alone)
    bracketed += r"|\(\s*[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,2}\s+(?:[Pp]hoto|[Pp]icture|pic|[Ii]mage)s?(?:\s*[/:]\s*[^()]{1,60})?\)"
    credit = (rf"(?:{bracketed}"
              r"|\[[A-Z][A-Z0-9 .&/-]{1,40}\]"  # "[WIRE/WIRE]", "[WIRE]"
              # (the credited is a name, so "Pictures by residents showed …" stays a sentence)
              rf"|(?:(?:Photos?|Photographs?|Pictures?|Images?|Videos?)\s+(?:by|©)|[Cc]ourtesy(?:\s+of)?"
              rf"|©)\s*{owner}(?:\s*(?:/|,|for|via)\s*{owner})?(?:\s+(?:archive|file|handout))?"  # (with a year, "© 2024 X", a copyright; "© Wire archive")
              r"|(?i:photos?|photographs?|pictures?|images?|videos?)\s+(?i:courtesy)\b[^.!?()]{2,60}"  # (in capitals too)
              rf"|{name}\s+(?:[Pp]ics?|[Pp]ictures?|[Pp]hotos?)\s+by\s+{owner}"  # "MalayaPost pic by Jane Roe"
              rf"|{name}\s+(?:[Pp]hotos?|PHOTOS?|[Ff]ile(?:\s+[Pp]hoto)?|[Hh]andout)(?:\s+{person})?"  # "Wire photo", "Harbour Times file", "HTN Photo Jane Roe"
              # a photographer and the outlet or agency they shot for: "Jane Roe for The
              # Portville Ledger", "JANE ROE (EFE)", "KCNA VIA WIRE", "Supplied: Portville Council"
              rf"|{person}\s+for\s+(?:[Tt]he\s+{name}|(?:{wires}))|{person}\s+\((?:{wires})\)|[A-Z]{{2,}}(?:\s+[A-Z]{{2,}})*\s+VIA\s+[A-Z]{{2,}}(?:\s+[A-Z]{{2,}})*"
              rf"|(?:Supplied|Handout)\s*:\s*{owner}"
              r"|(?:File|Representational|Representative|Illustrative|Archive|Handout)\s+(?:photo|picture|image|pic|photograph)"
              rf"(?:\s*:\s*{owner})?"  # "Archive photo: Harbour Times"
              r"|(?:Screengrab|Screenshot|Screen\s+grab|Video\s+grab)(?:\s*(?:from|:|/|via)\s*[^.!?()]{1,60})?"
              rf"|[A-ZÀ-ÖØ-Þ][\w.&’'-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.&’'-]*){{0,3}}\s*/\s*{name}(?:\s+via\s+{name})?"  # "Sputnik / Jane Roe", "Jane Roe/Wire via Getty Images"
              # a desk's credit after a bar, in capitals: "| KCNA / VIA WIRE", "PHOTO | FILE", "PHOTO | JANE ROE | SENTINEL"
              r"|(?:(?:PHOTO|PICTURE|IMAGE)\s*)?\|\s*[A-Z][A-Z0-9 .&/’'|-]{1,40})")
    return {
        "credit_alone": re.compile(rf"^{credit}\.?$"),
        "square_credit": re.compile(rf"{square}\.?"),
        # (after the caption's last stop any of them; after a space only a bracketed one: a square-
        # bracketed tag, "[ABC]", may be a word the writer put in brackets and needs the stop)
        # (a dash may stand before it: "… last night. — MalayaPost pic by Jane Roe")
        "credit_tail": re.compile(rf"(?:[.!?][\"”’)]?\s+(?:[—–-]+\s*)?(?:{credit}|{square})|\s(?:{bracketed}))\s*\.?$"),
        "wire_tail": re.compile(rf"(?:\s\((?:{wires})(?:\s*(?:/|via)\s*[^()]{{1,40}})?\)|[^.!?]\s+[—–-]+\s*(?:{wires}))\s*\.?$"),
    }


_LABELLED_LINE = re.compile(r"\s*[A-Z][\w ()&/’'-]{1,40}:\s+\S")


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
        # (nor are lines that each open with a label and its colon: "Operating income: 4.2 billion pesos, up 9% on the year")
        long_lines = sum(1 for ln in lines[:-1] if len(ln.strip()) >= 45 and not re.match(r"\s*[-•*–]\s", ln)
                         and not _LABELLED_LINE.match(ln))
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


# syntok (1.4, pinned in uv.lock) reads a paragraph as tokens and decides at each terminal token (".", ";", …)
# and opening bracket whether a sentence ends there, by rules that look at the token before
# and the tokens after.  It costs more than all the other rules of this stage, and most
# paragraphs of news copy are one or two plain sentences whose decisions the few tests
# below settle exactly as syntok's own rules do (the same spans, checked against syntok on
# every fixture and on made-up paragraphs by the tests); syntok reads what they cannot settle.

# What syntok splits a paragraph at: its terminals and opening brackets; a paragraph may
# end in a run of terminals, closing quotes and closing brackets.
_SPLITS = re.compile("[" + re.escape("".join(t for t in State.terminals if len(t) == 1) + "".join(State.opening_brackets)) + "]")
# (the characters themselves: a paragraph's tail is what str.rstrip of them leaves off, which
# costs a tenth of a search for the pattern "[...]*$")
_TAIL_CHARS = "".join(t for t in State.terminals if len(t) == 1) + "".join(State.closing_quotes) + \
    "".join(State.closing_brackets)
# whitespace other than the usual kinds (and the zero-width space syntok takes for a space):
# the characters r"[^\S \t\n\r\f\v\xa0]|\u200b" matches, listed (checked on every code point by
# the tests), as a plain character set lets the regex engine skip to them instead of
# testing each character's category
_ODD_SPACE = re.compile("[\x1c-\x1f\x85\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000]")
_OPENING = re.compile("[" + re.escape("".join(State.opening_brackets)) + "]")
_OPENING_CHARS = frozenset(State.opening_brackets)
_BRACKET = re.compile("[" + re.escape("".join(State.opening_brackets) + "".join(State.closing_brackets)) + "]")
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
# A terminal that ends a word, maybe a closing quote, then a space: syntok's decision there
# depends only on the token before it, the token after it and whether the sentence has
# gone past its first token, when those have the shapes below.
_TERMINAL = re.compile(r"[.!?;](?=[\"”’']?\s)")
# the token before: a word, a dotted abbreviation ("U.S"), a number ("2,500", "9.8"), or
# the "'s" of a possessive (syntok's tokenizer makes "year's" two tokens), after a space
# and maybe an opening quote
_TOKEN_BEFORE = re.compile(r"(?P<quote>[\"“‘'])?(?:(?P<word>[A-Za-z][a-z]*|[A-Z]+|[A-Za-z](?:\.[A-Za-z])+|[0-9]+(?:[.,][0-9]+)*)"
                           r"|(?:[A-Za-z][a-z]*|[A-Z]+)(?P<possessive>['’]s))")
_LOWER_DOT_UPPER = re.compile(r"[a-z]\.[A-Z]")  # syntok's tokenizer cuts "a.B" into three tokens
# after the terminal (and its closing quote): a comma or colon, or a space and then a
# lower-case word, a word or number that is a token of its own ("Kessler's", "Long-term"),
# an opening quote before a word, or an opening bracket before a capitalised word
_TOKEN_AFTER = re.compile(r"(?P<quote>[\"”’'])?(?:(?P<inner>[,:])(?!\S)|\s+(?:(?P<lower>[a-z])"
                          r"|(?P<word>[A-Z][a-z]*|[A-Z]+|[0-9]+)(?=-[A-Za-z]|['’](?:s|m|d|re|ve|ll)\b|[^\w\s]*(?!\S))"
                          r"|(?P<open>[\"“‘])(?=[^\W_])|(?P<bracket>\()(?=[A-Z][a-z]*(?!\w))))")
# what may follow a bracket syntok steps over without a decision: a word, a comma, a colon, a dash
_AFTER_BRACKET = re.compile(r"[ ]+[A-Za-z0-9]|[,:]|[ ]+[-–—]+(?!\S)")


def _chunk_start(text: str, at: int) -> int:
    """Where the run of non-space characters holding text[at] starts."""
    while at > 0 and not text[at - 1].isspace():
        at -= 1
    return at


# what may follow a clock time's "a.m."/"p.m." in its own sentence: a day, a month or a time zone
_AFTER_CLOCK = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Eastern",
                          "Central", "Pacific", "Mountain", "Atlantic", "Greenwich", "Local", "Today", "Tomorrow",
                          "Yesterday", "Tonight", "January", "February", "March", "April", "June", "July",
                          "August", "September", "October", "November", "December"})
_TIME_WORD_AFTER = re.compile(r"\s+(?:[Tt]ime|[Ss]tandard|[Dd]aylight|[Ss]ummer)\b")
_CLOCK_THEN_CAPITAL = re.compile(r"\b[ap]\.m\.(?=\s+(?P<word>[A-Z][a-z]+)\b)")


_NUMERAL_THEN_CAPITAL = re.compile(r"\b[A-Z][a-z]{2,} (?:I{1,3}|IV|VI{1,3}|IX|XI{0,3})\.(?=\s+[A-Z][a-z]+\b)")


def _split_after_clock(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut where a clock time's "a.m."/"p.m." ends one sentence and a capitalised
    word opens the next, which syntok keeps together ("Power returned at 8 a.m. Classes
    remain suspended"); a word naming the day, the month or the zone stays with the hour
    ("at 6 p.m. Monday", "at 9 a.m. Eastern", "at 7 a.m. Moscow time")."""
    pieces, cut = [], start
    for match in _CLOCK_THEN_CAPITAL.finditer(text, start, end):
        word = match.group("word")
        if word in _AFTER_CLOCK or word in State.months or _TIME_WORD_AFTER.match(text, match.end("word")):
            continue
        pieces.append((cut, match.end()))
        cut = match.end()
    if "I." in text[start:end]:
        # a name's Roman numeral ends a sentence that syntok keeps going: "since World War II.
        # Western officials said", "the reign of Charles III. The palace said"
        for match in _NUMERAL_THEN_CAPITAL.finditer(text, cut, end):
            pieces.append((cut, match.end()))
            cut = match.end()
    pieces.append((cut, end))
    return pieces


def _decision(text: str, at: int) -> tuple[str, int] | None:
    """syntok's decision at the terminal ``text[at]``: ("split" or "keep", the end of the
    terminal and its closing quote), or None when the tokens around it are not of the
    simple shapes this knows.  Its rules, in its order: a lower-case word, a comma or a
    colon after the terminal keeps the sentence going; a sentence starter ("The",
    "However") splits; then an abbreviation before it ("Dr", "etc"), "no" before a number,
    a number of three digits or more after it, a day number before a month ("5. May") or a
    month before a number, a dotted word ("U.S", "9.8") before it keep the sentence going;
    a capital letter or Roman numeral keeps it, and a lone letter or digit at the start of a
    sentence too; a lone consonant keeps it; anything else splits.  (Its rules on brackets
    and spacing cannot apply to these shapes.)"""
    if not text[at - 1:at].isalnum():
        return None  # the terminal is not a token of its own after a word
    after = _TOKEN_AFTER.match(text, at + 1)
    if after is None:
        return None
    end = after.end("quote") if after.group("quote") else at + 1
    if after.group("lower") or after.group("inner"):
        return "keep", end
    start = _chunk_start(text, at)
    before = _TOKEN_BEFORE.fullmatch(text, start, at)
    if before is None or before.group("word") and _LOWER_DOT_UPPER.search(before.group("word")):
        return None
    word = before.group("word") or before.group("possessive")
    following = after.group("word") or after.group("open") or after.group("bracket")
    # past the sentence's first token: a word or an opening quote stands right before this one
    while start > 0 and text[start - 1].isspace():
        start -= 1
    inner = bool(before.group("quote")) or text[start - 1:start].isalnum()
    single = len(word) == 1 or word in State.roman_numerals
    if following in State.starters:
        return ("split", end) if inner or not single else None
    if (word in State.abbreviations or word in ("no", "No", "NO") and following.isdigit()
            or following.isdigit() and len(following) > 2 or word.isdigit() and following in State.months
            or word in State.months and following.isdigit() or "." in word
            or single and word.isupper() or len(word) == 1 and word.isalpha() and word not in State.vowels):
        # (after a kept terminal syntok reads an opening bracket as a word, not over it)
        return ("keep", end) if not after.group("bracket") else None
    if after.group("bracket") and not _no_comma_after_bracket(text, after.start("bracket")):
        return None
    # (an opening bracket before a capitalised word: its rule on brackets splits unless
    # a comma, semicolon or colon follows the bracket)
    return ("split", end) if inner or not single else None


def _no_comma_after_bracket(text: str, at: int) -> bool:
    """Whether the bracket opened at ``text[at]`` is not followed by ",", ";" or ":" as
    syntok reads it: the next bracket closes it and is a token of its own, and the next
    character that is not a space is none of these (or no bracket closes it)."""
    close = _BRACKET.search(text, at + 1)
    if close is None:
        return True
    if close.group() in _OPENING_CHARS or not _in_word(text, close.start()):
        return False
    following = text[close.end():].lstrip()[:1]
    return following not in (",", ";", ":")


def _one_sentence(chunk: str) -> bool:
    """Whether syntok would keep this paragraph whole: no blank line (syntok's paragraph
    break) or unusual space, and before the run of terminals, closing quotes and brackets
    that ends it ('... said.”') only a dot inside a word ("3.5", "U.S.A": no token of its
    own), terminals where syntok keeps the sentence going (:func:`_decision`) and brackets
    syntok steps over without looking inside: at most 48 characters with no bracket inside,
    after the first two tokens, each bracket in a word (else it is no token of its own),
    followed by a word, a comma, a colon or the closing run."""
    if _ODD_SPACE.search(chunk) or _PARAGRAPH.search(chunk):
        return False
    body = chunk.rstrip()
    tail = len(body.rstrip(_TAIL_CHARS))  # (no newline ends the stripped body, as "$" would allow)
    found = _SPLITS.search(body, 0, tail)
    if found and _OPENING.search(body, found.start(), tail) and len(body[:found.start()].split()) < 2:
        return False  # a decision among the first two tokens, then a bracket: syntok's rules at a sentence's start
    while found:
        at = found.start()
        char, before, after = body[at], body[at - 1:at], body[at + 1:at + 2]
        if char in "([{":
            close = _BRACKET.search(body, at + 1)
            if close is None or close.group() not in ")]}" or close.start() - at >= 48 \
                    or not (_in_word(body, at) and _in_word(body, close.start())):
                return False
            end = close.end()
            if end < tail and not _AFTER_BRACKET.match(body, end):
                return False
        elif char == "." and before in _ASCII_ALNUM and after in _ASCII_ALNUM and not (before.islower() and after.isupper()):
            end = at + 1
        else:
            decided = _decision(body, at)
            if decided is None or decided[0] != "keep":
                return False
            end = at + 1
        found = _SPLITS.search(body, end, tail)
    return True


def _in_word(text: str, at: int) -> bool:
    """Whether the run of non-space characters around ``at`` has a letter or digit: syntok
    makes a token of each bracket there, and of a run without one a single token."""
    end = at + 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return any(c.isalnum() for c in text[_chunk_start(text, at):end])


def _brackets_closed(text: str, start: int, at: int) -> bool:
    """Whether syntok looks no further than the word before ``text[at]`` from any opening
    bracket in text[start:at]: each is closed by the next bracket, both tokens of their
    own, and a run of words stands between the closing one and that word (syntok looks
    two tokens past a closed bracket at most; past an open one, 50 tokens)."""
    word = _chunk_start(text, at)
    for bracket in _OPENING.finditer(text, start, at):
        close = _BRACKET.search(text, bracket.end())
        if bracket.group() not in "([{" or close is None or close.group() not in ")]}" or close.start() >= word \
                or not (_in_word(text, bracket.start()) and _in_word(text, close.start())) \
                or not text[close.end():word].split():
            return False
    return True


def _syntok_spans(chunk: str) -> list[tuple[int, int]]:
    """The spans of the sentences syntok finds in one paragraph (offsets in ``chunk``)."""
    spans = []
    for paragraph in segmenter.analyze(chunk):
        for sentence in paragraph:
            tokens = list(sentence)
            if tokens:
                spans.append((tokens[0].offset, tokens[-1].offset + len(tokens[-1].value)))
    return spans


def _sentence_spans(chunk: str) -> list[tuple[int, int]]:
    """The spans syntok gives the sentences of one paragraph, running syntok only on what
    the cheap tests cannot settle.  The paragraph is first cut where syntok splits for sure
    (:func:`_decision`); after such a cut syntok starts afresh, as on a new paragraph, and
    no decision before it looks past the word before it, brackets before it included where
    :func:`_brackets_closed` says so.  Each piece is then one sentence (from its first to
    its last character) if :func:`_one_sentence` says so, else handed to syntok."""
    pieces, start = [], 0
    if not _ODD_SPACE.search(chunk) and not _PARAGRAPH.search(chunk):
        for terminal in _TERMINAL.finditer(chunk):
            if not _brackets_closed(chunk, start, terminal.start()):
                break
            decided = _decision(chunk, terminal.start())
            if decided and decided[0] == "split":
                pieces.append((start, decided[1]))
                start = decided[1]
    pieces.append((start, len(chunk)))
    spans = []
    for a, b in pieces:
        piece = chunk[a:b]
        if _one_sentence(piece):
            if piece.strip():  # the span syntok gives it: from the first to the last character
                spans.append((a + len(piece) - len(piece.lstrip()), a + len(piece.rstrip())))
        else:
            spans += [(a + s, a + e) for s, e in _syntok_spans(piece)]
    return spans


# a span of figures only: "-2.4     0.5", "12.4%"
_FIGURES_ONLY = re.compile(r"[-+−]?\d[\d,.]*%?(?:\s+[-+−]?\d[\d,.]*%?)*")


def _segment(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph, by syntok, then glued sentences split; a table set
    with bars, every line with as many bars, one line each."""
    if text.count("|", start, end) >= 4 and "\n" in text[start:end]:
        lines = [(m.start(), m.end()) for m in _LINE.finditer(text, start, end) if text[m.start():m.end()].strip()]
        if len(lines) > 1 and len({text.count("|", a, b) for a, b in lines}) == 1 and text.count("|", *lines[0]) >= 2:
            return [_strip(text, a, b) for a, b in lines]
    raw = [(start + s, start + e) for s, e in _sentence_spans(text[start:end])]
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
    # a table row's figures cut from its label after a bracket ("Exports (goods)   -2.4   0.5"):
    # one row, the figures on its label's line
    for i in range(len(spans) - 1, 0, -1):
        if _FIGURES_ONLY.fullmatch(text, *spans[i]) and "\n" not in text[spans[i - 1][1]:spans[i][0]]:
            spans[i - 1:i + 1] = [(spans[i - 1][0], spans[i][1])]
    if len(spans) > 1 and text[spans[1][0]:spans[1][0] + 1] == "/" and _AGENCY_DATELINE.fullmatch(text, spans[0][0], spans[1][1]):
        spans[0:2] = [(spans[0][0], spans[1][1])]  # "MOSCOW, December 17. /TASS/.": one dateline
    if len(spans) > 1 and _dateline_head(text[spans[0][0]:spans[0][1]], text[spans[1][0]:spans[1][1]]):
        # "LAGOS (Wire) - Gunmen killed five people.": syntok cuts after the agency's bracket,
        # but a dateline opens the story's first sentence, as the gold writes it
        spans[0:2] = [(spans[0][0], spans[1][1])]
    spans = [piece for s, e in spans for piece in _split_after_clock(text, s, e)]
    out = []
    for s, e in spans:
        cut = s
        # (from the character before the span: a cut at its very start is found, as before)
        for match in _GLUED.finditer(text, max(s - 1, 0), e):
            out.append((cut, match.end()))
            cut = match.end()
        out.append((cut, e))
    if out:  # a cross-head that lost its line break opens the paragraph's first sentence
        first_start, first_end = out[0]
        head = _GLUED_HEAD.match(text, first_start, first_end)
        if head and not re.search(r"\b(?:of|and|for|the|in|on|at|to)\s+$", head.group("head")) \
                and not _dateline_head(head.group("head"), "") \
                and not (text.startswith(("Police", "Officials", "Authorities"), head.end("head") + 1)
                         and head.group("head").split()[-1][:1].isupper()
                         and (head.group("head").split()[0] in ("The", "A", "An")
                              or all(w[:1].isupper() for w in head.group("head").split()))):
            # (not "The National Police said …", "A spokesman for the Federal Police said …",
            # "West Midlands Police said …": a body's name, its first words capitalised, runs on
            # into "Police")
            out[0:1] = [(first_start, head.end("head")), (head.end("head"), first_end)]
    return [_strip(text, s, e) for s, e in out if text[s:e].strip()]


_LINE = re.compile(r"[^\n]+")


def _dateline_head(head: str, following: str) -> bool:
    """Whether a paragraph's first piece is a dateline that runs into the story's first
    sentence: "COLOMBO -" (its dash closing it) or "LAGOS (Wire)" before "- Gunmen killed …"
    (the dash opening what follows). A capitalised heading with no dash ("BACKGROUND") is
    not one: a cross-head stays apart."""
    head = head.strip()
    return (head[-1:] in "-—–" or following.lstrip()[:1] in ("-", "—", "–")) and head[:2].isupper() \
        and _patterns()["dateline_alone"].match(head) is not None


_DASH_AFTER_HEAD = re.compile(r"\s(?:--|—|–|-)\s+")


def dateline_end(sentence: str) -> int:
    """Where the story's first sentence begins after the dateline that opens it ("LAGOS
    (Wire) - Gunmen killed …" -> the offset of "Gunmen"), or 0 when no dateline opens it."""
    dash = _DASH_AFTER_HEAD.search(sentence, 0, 90)
    # (a town's name, three capitals at least: "US - China talks" opens with no dateline)
    if dash and sentence[:3].isalpha() and sentence[:3].isupper() and _dateline_head(sentence[:dash.start()] + " -", ""):
        return dash.end()
    return 0


# a state agency's dateline, its own sentence at the head of the story: "MOSCOW, December 17.
# /TASS/.", "BEIJING, Dec. 3 /Xinhua/" (page furniture: its place and date are still read)
# a dateline standing as a sentence of its own before the lede's: "Lima, Apr. 15 (AAN)."
_DATELINE_SENTENCE = re.compile(r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2},\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
                                r"(?:(?:,\s*\d{4})?\s*\([A-Z][\w&-]{1,15}\)\s*[.:]|,?\s*\d{4}\.)")  # (or its year alone: "Portville, 3 March 2025.")
_AGENCY_DATELINE = re.compile(rf"[{UPPER}][{UPPER} .’'-]{{1,30}}(?:/[{UPPER}][{UPPER} .’'-]{{1,30}})*,\s*(?:[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}|\d{{1,2}}\s+[A-Z][a-z]{{2,8}})"
                              r"\.?\s*/[A-Z][\w-]{1,12}/\.?")


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


# A string each of these patterns' matches holds: a line without it is not searched (they
# backtrack over the whole line, and most lines have no "|", no ":" and no "via").
_NEEDED = {"bar_line": "|", "label": ":", "relay_line": "via", "slug_code": "/", "contributed": "contributed", "page_pointer": "page", "footnote": "[",
           "reported_from": "reported from"}
_STAMP_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_DIGIT = re.compile(r"\d")
_ZONE = re.compile(r"[A-Z]{2,5}")


_SEGMENT_BREAK = re.compile(r"\s+[|•·/]\s+|\s+[-–—]\s+(?=\S)")
_NAME_SEGMENT = re.compile(r"[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|the|and|&)){0,4}")
# a part that credits the page: "Story by Meridian", "Translation by Jane Roe", "Jane Roe and
# news agencies", "Press service of the Ministry of Defence", "Published: 12.19.24, 18:05"
_CREDIT_SEGMENT = re.compile(r"(?:[A-Z][a-z]+\s+)?by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
                             r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:and|with)\s+(?:news\s+)?agencies"
                             r"|Press\s+(?:service|office)(?:\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|the|and)){0,8})?"
                             r"|(?:Published|Updated|Posted|Last\s+updated)\s*:?\s+[\d.:/, ]{4,24}")


def _segmented_stamp(line: str) -> bool:
    """A line of parts set apart by bars, bullets or slashes, each a time stamp, a name (an
    agency, a writer, a town) or a section, and one of them a stamp: "Meridian | Dec. 17,
    2024", "Kyiv • 17 December 2024, 14:22", "Dec. 17, 2024, 3:04 AM EST / Updated Dec. 17,
    2024, 9:12 AM EST", "MERIDIAN NEWS - Dec 17, 2024 - 14:22 | World, All"."""
    if len(line) > 160 or not _DIGIT.search(line) or not ("|" in line or "•" in line or "·" in line or " / " in line
                                                          or " - " in line or " – " in line or " — " in line):
        return False
    parts = [p.strip(" ,") for p in _SEGMENT_BREAK.split(line)]
    if len(parts) < 2 or not any(_stamp_only(p) for p in parts):
        return False
    return all(_stamp_only(p) or _NAME_SEGMENT.fullmatch(p) or _CREDIT_SEGMENT.fullmatch(p)
               or all(_NAME_SEGMENT.fullmatch(w.strip()) for w in p.split(",")) for p in parts if p)


# a cell of a table that is a figure alone: "2,310", "12.5%", "-3" (the figures stage reads
# the same cells)
FIGURE_CELL = re.compile(r"[-+−–]?\d[\d.,]*\s*%?")


# the dashes between a table's cells set as a line ("Alpha – 1,204,113 – 30.2% – 61")
_DASH_CELLS = re.compile(r"\s[–—]\s")


def _table_row(line: str) -> bool:
    """A row of a table set with bars, two of its cells or more figures alone ("Alpha | 2,310 |
    9 | 4,102"): the story's counts, not a bar of the page's furniture."""
    return sum(1 for cell in line.split("|") if FIGURE_CELL.fullmatch(cell.strip())) >= 2


def _table_line(line: str) -> bool:
    """A row of a table set with bars or with dashes between its cells ("Alpha | 2,310 | 9",
    "Alpha – 1,204,113 – 30.2% – 61"): the story's counts, no stamp of the page's."""
    return "|" in line and _table_row(line) or (" – " in line or " — " in line) and _table_row(_DASH_CELLS.sub("|", line))


# a number with a decimal point, and a clock's time written with one ("10.42 GMT")
_DECIMAL = re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])")
_DOTTED_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")


def _stamp_only(line: str) -> bool:
    """A line that is only a time stamp: "Tue 24 Dec 2024 10.42 GMT", "Dec. 24, 2024 at
    10:42 a.m. EST", "Last modified on 24 December 2024", "2 hours ago", "5 min read"."""
    if len(line) > 90 or not _DIGIT.search(line):
        return False
    if any(not _DOTTED_CLOCK.fullmatch(m.group()) for m in _DECIMAL.finditer(line)):
        return False  # a figure with decimals is no clock's time: a table's row, "June 34.2", "CPI 1.3 4.6"
    tokens = _STAMP_TOKEN.findall(line)
    if len(tokens) > 16:
        return False
    allowed = _stamp_words()
    return all(t.isdigit() or t.lower() in allowed or _ZONE.fullmatch(t) for t in tokens) and \
        sum(1 for t in tokens if _ZONE.fullmatch(t) and t.lower() not in allowed) <= 1


@lru_cache(maxsize=1)
def _stamp_words() -> frozenset[str]:
    from ..lexicon import lexicon

    return frozenset(lexicon()["stamp_words"])


def is_furniture(paragraph: str) -> bool:
    """A line that is page furniture, not the story: a byline or wire tag ("By Jane Roe",
    "(Reporting by ...; Editing by ...)"), a cue with a colon ("Read more:", "Media
    contact:"), a sign-off ("(end)"), a time stamp or contact line standing alone."""
    line = paragraph.strip()
    if line[:1] in "*_" and line[-1:] in "*_":
        line = line.strip("*_ ")  # "*This story has been updated.*": emphasis around the line
        if not line:
            return True  # a rule: "___", "***"
    pats = _patterns()
    if (">" in line or " / " in line or "»" in line or "›" in line) and pats["breadcrumb"].match(line):
        return True
    if line[:2] in ("- ", "– ", "— ") and (any(pats[name].match(line[2:].strip()) for name in ("byline", "furniture_cue", "signoff"))
                                         or _agency_list(line[2:].strip())):
        # a credit set after a dash at the story's foot: "- Additional reporting by Jane Roe",
        # "- Staff reporter", "- Wire, Meridian" (not a bulleted line of the story's own)
        return True
    byline = pats["byline"].search(line)
    if byline and not set(line.split()[1:3]) & _not_name_words():
        return True
    table = _table_line(line)  # (its bars are no stamp's nor a page bar's)
    if not table and _segmented_stamp(line) or _OTHER_FURNITURE.match(line):
        return True
    return any(pats[name].search(line) for name in ("signoff", "furniture_cue", "stamp_cue", "time_alone", "contact",
                                                    "bracketed", "bar_line", "label", "shouting", "relay_line", "name_post",
                                                    "field_line", "citation", "footnote")
               if _NEEDED.get(name, "") in line and not (table and name == "bar_line")) or \
        len(line) <= _SHORT_LINE and (any(pats[name].match(line) for name in _SHORT_LINE_PATTERNS
                                          if _NEEDED.get(name, "") in line) or not table and _stamp_only(line))


# More lines of the page's own: an analysis's byline with its article ("An analysis by Jane
# Roe"), a translator's note ("Translated from Ruritanian by the editors"), a pointer to more
# of the outlet ("More world news on Meridian News"), a photo's courtesy ("Photo courtesy of
# the MDRRMO"), an embed still loading ("Loading..."), the page's signposts
_OTHER_FURNITURE = re.compile(r"(?:An?\s+)?(?:[Aa]nalysis|[Oo]pinion|[Cc]ommentary|[Ee]xplainer|[Rr]eport)\s+by\s+[A-Z]"
                              r"|Translated\s+from\s+(?:the\s+)?[A-Z]\w+\s+by\b"
                              r"|More\s+(?:[\w-]+\s+){0,2}(?:news|stories|coverage)\s+(?:on|at|from)\s+[A-Z]"
                              r"|(?i:(?:photos?|pictures?|images?|video)\s+courtesy\s+of)\s"
                              r"|Loading(?:\.{3}|…)?$"
                              # (the page's own signposts: "Story continues below advertisement",
                              # "Continue reading the main story", "Catch all the latest news on …")
                              r"|(?:Story|Article)\s+continues\s+(?:below|after)\b|Continue\s+reading(?:\s+the\s+main\s+story)?\s*$"
                              r"|Catch\s+(?:all\s+)?the\s+latest\b"
                              # (a radio site's lines: "Heard on Morning Edition", "toggle caption", "Enlarge this image")
                              r"|Heard\s+on\s+[A-Z]|(?i:(?:toggle|hide)\s+caption|enlarge\s+this\s+image)\s*$"
                              # (a link to the outlet's other story: "More from Meridian Radio: How …")
                              r"|More\s+from\s+(?:[A-Z][\w’'&.-]*\s+){0,4}[A-Z][\w’'&.-]*\s*:\s"
                              # (the page talking to its reader: "Sign up for our newsletter", "Click here to see
                              # the map", "Email the newsdesk.", "Contact Jane Roe at jroe@…", "Watch video 2:14",
                              # "See all the results: …", "If you have found a mistake, …", "Have an idea for
                              # a piece? Send a short pitch to the editors.", "Got a tip? Email the news desk.")
                              r"|(?:Sign\s+up|Subscribe)\s+(?:to|for|now)\b|Click\s+here\b|Watch\s+(?:the\s+)?video\b"
                              r"|Email\s+(?:the\s+)?(?:newsdesk|news\s+desk|editors?|editorial\s+team)\b|Contact\s+[A-Z][\w.’' -]{1,40}?\s+at\s+\S+@"
                              r"|See\s+(?:all|more|the\s+full)\b[^.!?:]{0,40}:\s"
                              r"|If\s+you\s+(?:have\s+)?(?:found|find|spot|spotted|notice|noticed)\s+(?:a|an)\s+(?:mistake|error|typo)\b"
                              r"|(?:Have|Got)\s+an?\s+(?:idea|story|tip)\b[^.!?]{0,80}\?(?:\s|$)|Send\s+(?:us\s+)?(?:a\s+)?(?:short\s+)?(?:pitch|tip|story\s+idea)\b"
                              r"|Follow\s+(?:us\b|[^.!?]{1,80}?\s+on\s+(?:Telegram|Twitter|X|Facebook|Instagram|WhatsApp|YouTube|TikTok|LinkedIn|Threads|Bluesky)\b)"
                              # (a release's own note, "This announcement has been authorised for release by the
                              # Board", and a paper's, "A version of this article appears in print on …")
                              r"|This\s+(?:announcement|release|report)\s+(?:has\s+been|was)\s+(?:authori[sz]ed|approved)\s+for\s+(?:release|lodgement)\b"
                              r"|A\s+version\s+of\s+this\s+(?:article|story)\s+appear"
                              # (a link to another story: "Read more Storm cuts power in Eastbrook", a tabloid's
                              # "Storm cuts power [LATEST]", an agency's "Storm cuts power in Eastbrook (Mar. 2)")
                              r"|Read\s+(?:more|also|next)\s+(?=[A-Z])[^.!?]*$|[^.!?]{10,150}\s\[[A-Z]{4,12}\]$"
                              r"|[A-Z][^.!?]{10,150}\s\((?:\d{1,2}\.\d{1,2}\.\d{4}|[A-Z][a-z]{2,4}\.?\s+\d{1,2})\)$")


# What only a short line can be (a note on the page, a sign-off, a dateline or a stamp
# standing alone): a paragraph of the story is longer, and is not searched for them.
_SHORT_LINE = 160
_SHORT_LINE_PATTERNS = ("contributed", "reported_from", "story_note", "copyright", "sign_line", "dateline_alone", "page_pointer", "counter",
                        "rule_or_url", "slug_code")


# a transcript's turn: its speaker's name in capitals before a colon, opening a line ("ROE: I do. …")
TURN_LABEL = re.compile(r"(?m)^(?P<name>[A-Z][A-Z’'-]{1,20}(?:[ \t]+[A-Z][A-Z’'-]{1,20}){0,2}):[ \t]+(?=\S)")
# a transcript's speaker label on a line of its own, the turn below it: "JANE ROE [00:02:10]",
# "TOM JONES (12:04)", "JANE ROE:" (a cross-head in capitals has neither the time nor the colon)
LABEL_LINE = re.compile(r"(?m)^(?P<name>[A-Z][A-Z’'-]{1,20}(?:[ \t]+[A-Z][A-Z’'-]{1,20}){0,2})[ \t]*"
                        r"(?:[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]|:)[ \t]*$")


@lru_cache(maxsize=4)
def turn_labels(text: str) -> frozenset[str]:
    """The speakers' labels of an interview set as a transcript: names in capitals before a
    colon that open two or more lines of the text ("JONES: …?" … "ROE: …" … "JONES: …"), or
    that stand on lines of their own with the time or a colon ("ROE [00:02:10]"); a
    lone "UPDATE: …" or "PORTVILLE: …" is none.  Such a label is a speaker, never a
    dateline's place.  (Read once per article: the places and the claims both ask.)"""
    if ":" not in text:
        return frozenset()
    found = Counter(m.group("name") for m in TURN_LABEL.finditer(text)) if ": " in text else Counter()
    found.update(m.group("name") for m in LABEL_LINE.finditer(text))
    return frozenset(name for name, count in found.items() if count >= 2)


# the breaks between the items of a list of sources: "Wire, Meridian", "Portville Radio News / Wire / Meridian"
_LIST_BREAK = re.compile(r"\s*(?:,|/|&|\band\b)\s*")


def _agency_list(line: str) -> bool:
    """A line that only lists sources, one of them a news agency: "Wire, Meridian"."""
    items = _LIST_BREAK.split(line.rstrip("."))
    return len(items) >= 2 and all(_NAME_SEGMENT.fullmatch(i) for i in items) \
        and any(_patterns()["agency_alone"].fullmatch(i) for i in items)


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    from ..lexicon import lexicon

    return frozenset(lexicon()["not_name_words"])


# The page talking to its reader about itself, never the story: a prompt to join, follow,
# download or support it ("Join our WhatsApp channel for the latest news.", "Get the latest
# news delivered to your inbox.", "Support independent journalism."), a question that offers
# it ("Have a news tip?", "Want more stories like this?"), an appeal for money ("Your support
# helps us …", "please consider subscribing"), and a live page on its own coverage ("We'll
# bring you the latest updates …", "Thank you for following our coverage.", "This live page
# is now closed.").  (A quotation or a reported sentence is the story's: "said" excludes it.)
_PAGE_NOUNS = (r"(?:newsletters?|inbox|podcasts?|our\s+(?:[\w-]+\s+){0,2}(?:channel|app|newsletter|podcast|coverage|journalism|"
               r"website|site|page|newsroom|community|live\s+blog|reporting)|(?:the|our)\s+app|us\s+(?:on|at)\b|us$|"
               r"independent\s+journalism|subscribers?|subscriptions?|here|(?<=Join )us\b)")
_PAGE_TALK = re.compile(
    r"^(?:Please\s+)?(?:Join|Catch|Get|Download|Stay|Subscribe|Sign\s+up|Follow|Support|Donate|Read|Watch|Listen|E-?mail|Contact|"
    rf"Send|Share|Like|Click|Tap|Visit|Install|Bookmark|Register|Become|Consider|Don[’']t\s+miss)\b[^.!?\"“]{{0,120}}?\b{_PAGE_NOUNS}"
    r"[^.!?\"“]{0,60}[.!]?$"
    r"|^(?:Check\s+back|Refresh\s+(?:this|the)\s+page|Stay\s+with\s+[^.!?]{1,40}?\s+for|Keep\s+(?:it\s+)?(?:here|checking))\b"
    r"[^.!?\"“]{0,80}[.!]?$|^For\s+the\s+latest\b[^\"“]{0,120}$|^More\s+(?:details|information|updates)\s+(?:to\s+come|soon)\.?$"
    r"|^By\s+(?:subscribing|donating|becoming\s+an?\s+(?:member|subscriber|supporter))\b[^\"“]{0,100}$"
    r"|^[^\"“]{0,100}\b(?:quality|independent|trusted)\s+journalism\b(?=[^\"“]*\b(?:than\s+ever|[Oo]ur|us|[Yy]ou|[Yy]our|[Ww]e)\b)"
    r"[^\"“]{0,80}$"
    r"|^(?:Please\s+)?Donate\b[^.!?\"“]{0,40}[.!]?$|^Become\s+an?\s+(?:member|subscriber|supporter|patron)\b[^.!?\"“]{0,60}[.!]?$"
    r"|^(?:Want|Have|Got|Do\s+you\s+have|Did\s+you\s+(?:enjoy|like))\b[^.!?\"“]{0,60}\b(?:stor(?:y|ies)|tip|news|newsletter|"
    r"this\s+(?:article|story)|feedback|photos|videos|pictures|footage)\b[^.!?\"“]{0,30}\?$"
    r"|^(?:Send|Email|Share|Upload)\s+(?:them|it|yours|your\s+[\w\s]{1,30}?)\s+(?:to|with)\s+us\b[^\"“]{0,60}[.!]?$"
    r"|^[^\"“]{0,80}\b(?:[Yy]our\s+(?:support|donation|subscription|contribution)s?|consider\s+(?:subscribing|donating|supporting))\b"
    r"[^\"“]{0,120}[.!]?$"
    r"|^(?:[^\"“]{0,80}\b(?:our|this|the)\s+(?:previous\s+|earlier\s+)?live\s+(?:coverage|updates|blog|page)|"
    r"[^\"“]{0,40}\b(?:bring(?:ing)?\s+you|following\s+our\s+coverage|keep\s+(?:you|this\s+page)\s+updated)|"
    r"(?:Thank\s+you|Thanks)\s+for\s+(?:following|reading|joining|watching|listening))\b[^\"“]{0,100}[.!]?$")
# (and its terms of reuse: "Any use of materials is allowed only with a hyperlink to the
# source.", "Reproduction in any form is prohibited without permission.", "This material may
# not be published, broadcast, rewritten or redistributed.", "All content is subject to copyright.")
_RIGHTS_NOTICE = re.compile(
    r"^(?=.*\b(?:(?:[Aa]ny|[Oo]ur|[Aa]ll|[Tt]his|[Tt]hese)\s+(?:materials?|content|articles?|stor(?:y|ies)|page)|hyperlinks?|"
    r"[Uu]nauthori[sz]ed)\b)"
    r"(?=.*\b(?:[Rr]eproduc\w*|[Rr]edistribut\w*|[Rr]epubli\w*|rewritten|[Cc]opying|[Cc]iting|[Uu]se\s+of|published)\b)"
    r".*\b(?:prohibited|not\s+(?:be\s+)?(?:allowed|permitted)|mandatory|required|permission|hyperlink|may\s+not\s+be)\b"
    r"|^(?:All\s+)?(?:content|materials?)\b[^.!?]{0,40}\bcopyright"
    # (the short form under some outlets' copyright: "Reproduction and redistribution prohibited.")
    r"|^(?:Unauthori[sz]ed\s+)?(?:[Rr]eproduction|[Rr]edistribution|[Rr]eprinting)(?:,?\s+(?:and|or)\s+[a-z]+)?\s+(?:is\s+|are\s+)?(?:strictly\s+)?prohibited\.?$"
    # ("We are following developments as they unfold": the page on itself)
    r"|^(?:We\s+are|We're|We['’]re)\s+(?:following|tracking|monitoring)\s+(?:developments|the\s+situation|events|the\s+latest)\b[^\"“]{0,80}[.!]?$"
    # ("Reporting from our teams in Portville will appear here throughout the day", "Updates
    # will be posted here": what the page will carry; "What we're covering", "What we know
    # about the deployment": a live page's own headings, with no stop)
    r"|^[^\"“]{0,100}\bwill\s+(?:appear|be\s+(?:posted|added|updated|published))\s+(?:here|on\s+this\s+page|below)\b[^\"“]{0,40}[.!]?$"
    r"|^What\s+(?:we|you)(?:\s+(?:know|need\s+to\s+know|are\s+covering)|['’]re\s+covering)\b[^.!?\"“]{0,60}$"
    r"|^Where\s+things\s+stand\s*:?$"
    # an embed that did not load: "Please enable JavaScript to view this content.", "This
    # content is not available in your region.", "Allow cookies to view this content."
    r"|^[^\"“]{0,60}\b(?:JavaScript|cookies|your\s+browser|[Tt]his\s+(?:content|video|embed|media|post))\b[^\"“]{0,80}"
    r"\b(?:enable|enabled|to\s+(?:view|watch|see|play)|not\s+available|unavailable|allow|accept|loading|supported)\b")
_PAGE_TALK_GATE = re.compile(r"\b(?:JavaScript|cookies|browser|content|video|embed|prohibited|permission|hyperlink|mandatory|developments|"
                             r"copyright|redistributed|[Oo]ur|[Yy]ou|[Yy]our|us|Become|[Tt]hank|[Tt]hanks|newsletters?|inbox|"
                             r"podcasts?|app|journalism|Donate|subscribing|donating|becoming|tips?|stor(?:y|ies)|updates?|latest|details|information|"
                             r"photos|videos|pictures|footage|"
                             r"subscri\w*|live\s+\w+|here|know|covering|stand)\b")
_SAID_ANYWHERE = re.compile(r"\b(?:said|says|say|told|tells|according)\b")


# a live page or a bulletin minding its own business: greeting, pausing, moving, telling its
# reader how to read it ("Good afternoon and welcome back", "We're pausing the page now.", "Our live
# page has moved here.", "This is how Monday's events unfolded.", "All times are Tarnow time.",
# "More news after the break.", "Translated from the Freedonian original.")
_HOUSEKEEPING = re.compile(
    r"^(?:Good\s+(?:morning|afternoon|evening|night)|Welcome)\b(?:\s+and\s+welcome)?[^.!?\"“]{0,60}[.!]?$"
    r"|^(?:We\s+are|We['’]re|We\s+will\s+be|We['’]ll\s+be)\s+(?:closing|pausing|ending|wrapping\s+up|leaving)\b[^\"“]{0,80}[.!]?$"
    r"|^[^\"“]{0,80}\b(?:has|have)\s+moved\s+(?:here|to\s+(?:a\s+)?new\s+(?:page|blog))\b[^\"“]{0,40}[.!]?$"
    r"|^[^\"“]{0,40}\bhow\s+(?:the\s+day|[\w'’\s]{0,30}\bevents?)\s+unfolded\b[^\"“]{0,40}[.!]?$"
    r"|^(?:Stick|Stay)\s+with\s+us\b[^\"“]{0,60}[.!]?$|^(?:The\s+)?(?:newest|latest)\s+(?:entries|posts|updates)\s+(?:are\s+)?at\s+the\s+top\b"
    r"|^(?:All\s+)?[Tt]imes\s+(?:are|in|given\s+(?:are|in))\s+(?:local|[A-Z]{2,5}\b|[A-Z][\w\s]{0,30}?\b[Tt]ime\b)[^\"“]{0,30}$"
    r"|^(?:The\s+news\s+continues|[Mm]ore\s+news|[Ss]tay\s+with\s+us)\s+after\s+(?:this|the)\s+break\b|^After\s+the\s+break\b[^\"“]{0,120}$"
    r"|^That['’]s\s+(?:all|it)\s+(?:from\s+(?:us|me)|for\s+(?:today|now|tonight))\b[^\"“]{0,80}$"
    r"|^Here\s+(?:are|is)\s+(?:the\s+main|a\s+round-?up\s+of\s+the)\s+(?:[a-z]+\s+)?(?:stories|headlines|news)\b[^\"“]{0,40}$"
    r"|^Translated(?:\s+and\s+(?:adapted|edited))?\s+(?:from\s+(?:the\s+)?[A-Z]\w+|by\s+)[^\"“]{0,60}$")


def _is_page_talk(sentence: str) -> bool:
    """The page talking to its reader about itself (see _PAGE_TALK, _HOUSEKEEPING)."""
    if len(sentence) > 220 or _SAID_ANYWHERE.search(sentence):
        return False
    if _HOUSEKEEPING.match(sentence.strip()):
        return True
    if _PAGE_TALK_GATE.search(sentence) is None:
        return False
    return _PAGE_TALK.search(_EMAIL.sub("email", sentence) if "@" in sentence else sentence) is not None or \
        _RIGHTS_NOTICE.search(sentence) is not None


_EMAIL = re.compile(r"\S+@\S+\.\w+")


# What may follow the story's last sentence in its own paragraph: a wire's tag, a link, a
# contributor's line, a note on the story, a copyright, a sign-off ("… no figure. (Reporting
# by Jane Roe; Editing by John Doe)", "… Read more: …", "… Jane Roe contributed reporting.")
_GLUED_FURNITURE = ("furniture_cue", "signoff", "contributed", "story_note", "copyright", "sign_line")


def _glued_furniture(sentence: str) -> bool:
    """A sentence after the first of a paragraph that is page furniture (see _GLUED_FURNITURE)."""
    line = sentence.strip()
    if len(line) > 240:
        return False
    pats = _patterns()
    byline = pats["byline"].search(line)
    if byline and line[:1] == "(" or byline and not set(line.split()[1:3]) & _not_name_words() and \
            re.match(r"\(?(?:Reporting|Additional|Writing|Editing|Compiled|Edited|Written|Translated)\b", line):
        return True
    return any(_NEEDED.get(name, "") in line and pats[name].match(line) for name in _GLUED_FURNITURE) or \
        line[:1] in "([" and pats["agency_alone"].fullmatch(line) is not None  # "… to lawmakers. (Wire)"


def _is_ident(sentence: str) -> bool:
    """A broadcaster's station ident or hand-over ("This is the English Service of Radio X",
    "I'm Jane Roe with the news", "Our correspondent John Doe reports from ...") or sign-off
    ("For Radio X, I'm Jane Roe in Seoul.", "Jane Roe reporting for Radio X.")."""
    pats = _patterns()
    if len(sentence) <= 120 and (pats["signoff_ident"].search(sentence) or pats["handover"].match(sentence)):
        return True
    head = pats["ident"].match(sentence)
    return bool(head) and len(sentence.split()) <= 16 and (
        head.group(0).lower().startswith("our") or bool(pats["ident_station"].search(sentence)))


def _is_crosshead(paragraph: str, following: str | None, interview: bool = False) -> bool:
    """A short line with no closing punctuation between paragraphs of the story ("Rescue
    under way"): a cross-head; in a story that is no interview, a short question over its
    answer ("How many troops has Freedonia sent?") too."""
    line = paragraph.strip()
    if not interview and following is not None and line.endswith("?") and 2 <= len(line.split()) <= 14 \
            and line[:1].isupper() and not _SENTENCE_STOP.search(line[:-1]) and not _QUOTE_OR_YOU.search(line):
        return True  # (not an interviewer's question, nor a quoted one)
    # (a French wire sets its cross-heads between dashes, "- Seoul's count -", and a paper may
    # quote one, "'A clear mandate'": what is inside is the cross-head)
    line = _crosshead_core(line)
    # (one with a sentence's stop inside is a sentence with something glued after it)
    return following is not None and 1 <= len(line.split()) <= 8 and line[-1:] not in _LINE_ENDS + ",;" \
        and line[:1].isupper() and not re.search(r"\d", line) and not _SENTENCE_STOP.search(line)


_DASHED_CROSSHEAD = re.compile(r"[-–—]\s+(.+?)\s+[-–—]")


def _crosshead_core(line: str) -> str:
    """A line without the dashes or quotation marks a cross-head may be set in."""
    dashed = _DASHED_CROSSHEAD.fullmatch(line)
    line = dashed.group(1) if dashed else line
    if len(line) > 2 and line[0] in "'‘\"“" and line[-1] in "'’\"”":
        line = line[1:-1].strip()
    return line


_INTERVIEW_PAGE = re.compile(r"\b[Ii]nterview\b(?!\s+(?:with|to|published|broadcast|aired|given|on|in)\b)|\bQ&A\b")
_YOU_QUESTION = re.compile(r"\b(?:you|your)\b[^\n?]{0,200}\?", re.IGNORECASE)
_QUOTE_OR_YOU = re.compile(r"[\"“”]|\b(?:you|your|yours|yourself)\b|^Q\b", re.IGNORECASE)


def _is_credit(sentence: str) -> bool:
    """A sentence of a caption that is only its credit: "Photo: Jane Roe/Harbour Times",
    "KCNA via Meridian", "Reuters"."""
    line = sentence.strip().lstrip("—–- ")  # ("— MalayaPost pic by Jane Roe": after the caption's dash)
    return _is_credit_only(line) or bool(_patterns()["relay_line"].match(line)) or _patterns()["credit_alone"].match(line) is not None or \
        _patterns()["agency_alone"].fullmatch(line) is not None or _OWNER_PHOTO.fullmatch(line) is not None


# a caption's credit in brackets that names whose picture it is: "(Courier file photo)", "(Lakeshore 7 News)"
_OWNER_PHOTO = re.compile(r"\([A-Z][\w.&’'-]*(?:\s+[\w.&’'-]+){0,4}?(?:\s+(?:file\s+)?(?:photo|picture|image|photograph))?\)\.?")


_CREDIT_SMALL_WORDS = frozenset({"of", "the", "via", "and", "for", "by", "courtesy", "/"})


def _is_credit_only(paragraph: str) -> bool:
    """A caption line that is only a credit ("Picture: Jane Roe/Harbour Times", "| Photo: Jane
    Roe"): furniture."""
    line = paragraph.strip().lstrip("|—–- ")
    # (the credit may stand in brackets and hold initials: "(Photo: L. Roe/ESO)"; it ends in a
    # stop only when it names no more than a source: "Photo: Reuters.", never "Photo: Rescuers
    # search the rubble.")
    found = _patterns()["cue_credit"].match(line)
    if found and found.group(2) and any(w[:1].islower() and w not in _CREDIT_SMALL_WORDS for w in found.group(1).split()):
        return False
    return (bool(found) or _patterns()["credit_alone"].match(line) is not None) and len(line.split()) <= 8


# what a caption may not be: a quotation, a reported statement
_SAID = re.compile(r"\b(?:said|says|told|according\s+to)\b|^[\"“‘']")


def _above_credit(paragraph: str, following: str, top: bool) -> bool:
    """A paragraph of one or two sentences with a photo's credit on the line under it
    ("Rescuers search the rubble on Tuesday." over "Photo: Jane Roe/Wire", "(Photo:
    Ministry)", "Wire photo", "Jane Roe/Wire"): the photo's caption.  A bare agency's name
    under it ("Wire", "(Wire)") or a caption closed by one ("… on Tuesday. (Wire)") may be the
    story's source line instead: trusted only above the story, with more of it to follow."""
    credit = following.strip()
    if len(credit) > 100 or len(credit.split()) > 8:
        return False  # (the cheap test first: most paragraphs have a paragraph under them, not a credit)
    line = paragraph.strip()
    if len(line.split()) > 60 or line[-1:] not in _LINE_ENDS or len(_SENTENCE_STOP.findall(line)) > 1 or _SAID.search(line):
        return False
    pats = _patterns()
    credited = _is_credit_only(credit) or pats["credit_alone"].match(credit) is not None or \
        "/" in credit and pats["strong_credit"].match(credit) is not None and "\n" not in credit or \
        top and (pats["wire_tail"].search(line, max(0, len(line) - 60)) is not None
                 or _is_credit(credit) and credit.strip("()[]. ") != "")
    return credited and not is_furniture(line)


def is_caption(paragraph: str, last_paragraph: bool = True) -> bool:
    """A paragraph that carries a photo credit is a caption (one closed by a bare agency's
    name, "… on Tuesday. (Wire)", only with more of the story after it and no "said" in it:
    a story's last paragraph may end in its source's name so)."""
    pats = _patterns()
    last = paragraph.strip().rsplit(". ", 1)[-1]
    if not last_paragraph and pats["wire_tail"].search(paragraph, max(0, len(paragraph) - 60)) and not _SAID.search(paragraph):
        return True
    return pats["caption_cue"].search(paragraph) is not None or pats["relay_line"].match(last) is not None or \
        pats["caption_opener"].match(paragraph.strip()) is not None or is_credited(paragraph) or \
        not last_paragraph and re.search(r"\((?:AP|AFP|Reuters|Getty Images|EPA)[^)]*\)\s*\.?$", paragraph) is not None or \
        pats["credit_line"].search(paragraph) is not None
    # (the last: a credit standing as the paragraph's last "sentence": ". REUTERS/Maya Ortiz", ". Reuters.")


def is_credited(paragraph: str) -> bool:
    """A paragraph that ends in a photographer's or picture agency's credit ("… on Tuesday.
    (Jane Roe/AFP)", "… REUTERS/Jane Roe"), or opens as captions do ("Pictured: …"): a caption
    wherever it stands in the story."""
    pats = _patterns()
    line = paragraph.strip()
    # (a credit ends its paragraph: only the paragraph's tail is searched)
    return ("/" in line or ":" in line) and pats["strong_credit"].search(line, max(0, len(line) - 100)) is not None \
        or pats["caption_opener"].match(line) is not None or _CUE_OPENED_CAPTION.match(line) is not None or pats["credit_tail"].search(line, max(0, len(line) - 120)) is not None


# a caption opened by its cue, a sentence of nine words or more after it ("Photo: The court hears
# arguments in the case at the Capitol on Oct. 14. (Courier file photo)"): a credit line is shorter
_CUE_OPENED_CAPTION = re.compile(r"^(?:Photo|Picture|Image|Photograph|Pictured)\s*:\s+[A-Z][\w’'-]*(?:\s+\S+){8,}")
_SENTENCE_STOP = re.compile(r"[a-z][.!?]\s")
# a wire tag standing as a sentence of its own: "(END)", "(LEAD)", "[VIDEO]"
_BRACKET_TAG = re.compile(r"[(\[][A-Z0-9][A-Z0-9 .&/-]{1,40}[)\]]\.?")


def split_sentences(text: str, title: str | None = None) -> list[dict]:
    """Rows of the sentences table: id, start, end, text, block."""
    rows = []
    paragraphs = _paragraphs(text)
    link_list = False  # inside the lines after "Read more:", "Related:"
    heads = _headline_lines(text, paragraphs, title)
    # an interview's questions are the interviewer's, not cross-heads ("In an interview, …",
    # "How did you …?" somewhere)
    # (not one a source gave an outlet: "Speaking to Meridian in an interview published Sunday")
    interview = "?" in text and (_INTERVIEW_PAGE.search(text, 0, 1500) is not None or _YOU_QUESTION.search(text) is not None)
    foot = _foot(text, paragraphs)
    for index, (p_start, p_end) in enumerate(paragraphs):
        paragraph = text[p_start:p_end]
        following = text[paragraphs[index + 1][0]:paragraphs[index + 1][1]] if index + 1 < len(paragraphs) else None
        ends_open = paragraph.rstrip()[-1:] not in _LINE_ENDS
        if index in heads:
            block = "headline"
        elif index > 0 and following is not None and _entry_headline(paragraph, text[paragraphs[index - 1][0]:paragraphs[index - 1][1]]) \
                and not is_furniture(paragraph):
            block = "headline"  # a live page's entry: "14:20 GMT" over "Kremlin: 'nothing to add'"
        elif index > 0 and following is not None and (paragraph.lstrip()[:1] == "[" or paragraph.lstrip()[:1].isdigit()) \
                and (stamp := INLINE_STAMP.match(paragraph)) \
                and (_GREETING.match(paragraph, stamp.end()) or _entry_headline(paragraph[stamp.end():], stamp.group(2))):
            # its stamp on its line: "[18:30] NIS: 'Dozens' killed", "18:30 GMT — NIS: …" ("[09:30] Good morning" greets)
            block = "furniture" if _GREETING.match(paragraph, stamp.end()) else "headline"
        elif heads and index < min(heads):
            block = "furniture"  # a kicker over the headline: "BREAKING", "Analysis", "World | Asia"
        elif heads and index == max(heads) + 1 and following is not None and len(paragraph.split()) <= 8 \
                and paragraph.rstrip()[-1:] not in ".!?\"”" and not _SENTENCE_STOP.search(paragraph):
            block = "furniture"  # the byline's slot under the headline: "Jane Roe, Seoul correspondent"
        elif index > len(paragraphs) - 4 and _author_notes(paragraph) or index > len(paragraphs) - 8 and _bio_note(text, paragraph):
            # (a commentary's note may stand above a disclaimer and a list of links: the note
            # checks that nothing of the story follows it)
            block = "furniture"  # the writer's note at the foot: "Jane Roe is our Seoul correspondent."
        elif index <= 3 and is_caption(paragraph, index + 2 >= len(paragraphs)) or index > 3 and is_credited(paragraph):
            # (a list of sources after a dash is the story's, not a photo's: "- Portville Radio / Wire")
            block = "furniture" if _is_credit_only(paragraph) or _agency_list(paragraph.strip().lstrip("|—–- ")) else "caption"
        elif following is not None and _above_credit(paragraph, following, index <= 3 and index + 2 < len(paragraphs)):
            block = "caption"  # the line over a photo's credit: "Rescuers search the rubble." + "Photo: Wire"
        elif heads and max(heads) < index <= max(heads) + 5 and rows and rows[-1]["block"] == "furniture" \
                and all(r["block"] in ("headline", "furniture") for r in rows) \
                and following is not None and (_patterns()["uncredited_caption"].match(paragraph.strip())
                                               or _patterns()["bracket_closed_caption"].match(paragraph.strip())):
            # a photo's line with no credit, between the page's furniture and the story: "The
            # minister answers reporters' questions at the ministry on December 3."
            block = "caption"
        elif index > 1 and index < foot and not link_list and not is_furniture(paragraph) \
                and _claiming_crosshead(paragraph) and _is_crosshead(paragraph, following, interview):
            block = "headline"  # a cross-head that says something of someone: "Portville denies", "APC rejects outcome"
        elif is_furniture(paragraph) or (link_list and (ends_open or re.match(r"\s*[-•*]\s", paragraph)
                                                        or _linked_question(paragraph))) or \
                (index > 1 and (index >= foot or _is_crosshead(paragraph, following, interview))):
            block = "furniture"
        else:
            block = "body"
        if block == "headline" and (not heads or index != min(heads)) and _is_page_talk(paragraph.strip()):
            block = "furniture"  # a live page's own heading, "What we're covering", is no deck nor entry
        elif block == "body" and rows and rows[-1]["block"] == "furniture" and following is not None \
                and len(paragraph.split()) <= 4 and paragraph.rstrip()[-1:] not in _LINE_ENDS \
                and all(r["block"] in ("headline", "furniture") for r in rows) \
                and (is_furniture(following) or _stamp_only(following.strip())):
            block = "furniture"  # a short line between the byline and the time stamp: "8News Digital"
        # (a live page's summary box, "Key points", heads the story's own lines, not links)
        link_list = block == "furniture" and not _SUMMARY_HEAD.match(paragraph.strip()) and \
            (link_list or _patterns()["furniture_cue"].match(paragraph.strip()) is not None
             or _LINK_HEAD.match(paragraph.strip().strip("[]")) is not None
             or paragraph.strip().isupper() and _LINK_HEAD.match(paragraph.strip().strip("[]").capitalize()) is not None)
        # the headline is one unit whatever its stops; a standfirst under it, sentence by sentence
        # and a wire's sign-off is one line however its credits are joined ("Reporting by Jane
        # Roe; Editing by John Doe")
        spans = [(p_start, p_end)] if block == "headline" and heads and index == min(heads) or block == "furniture" \
            and _SIGN_OFF.match(paragraph) else _segment(text, p_start, p_end)
        for number, (s, e) in enumerate(spans):
            s, e = _strip(text, s, e)
            if s < e:
                kind = block
                if block == "body" and number == 0 and len(spans) > 1 and text[e - 1] not in _LINE_ENDS + ",;" \
                        and len(text[s:e].split()) <= 7:
                    kind = "furniture"  # a cross-head split from the sentence it ran into
                if block == "body" and (_is_ident(text[s:e]) or _is_page_talk(text[s:e]) or _BRACKET_TAG.fullmatch(text, s, e)
                                        or number > 0 and _glued_furniture(text[s:e])
                                        or number == 0 and "/" in text[s:e] and _AGENCY_DATELINE.fullmatch(text, s, e)
                                        or number == 0 and len(spans) > 1 and text[e - 1:e] in ".:" and (")" in text[s:e] or text[e - 2:e - 1].isdigit())
                                        and _DATELINE_SENTENCE.fullmatch(text, s, e)) \
                        or block == "caption" and (_is_credit(text[s:e]) or _patterns()["square_credit"].fullmatch(text, s, e) is not None):
                    kind = "furniture"  # a station ident; a caption's credit line ("Photo: Jane Roe/Wire")
                rows.append({"id": len(rows) + 1, "start": s, "end": e, "text": text[s:e], "block": kind})
    return rows


# (a live page's own summary of its entries too: "Top stories on this page")
_SUMMARY_HEAD = re.compile(r"(?:Key\s+(?:points|facts|events|highlights|takeaways)|Highlights|At\s+a\s+glance|In\s+short|Top\s+stories\s+on\s+this\s+page)\b", re.IGNORECASE)
_SIGN_OFF = re.compile(r"\s*\(?(?:Additional\s+)?(?:Reporting|Writing|Editing)\s+by\s[^.!?]*;\s*(?:Additional\s+)?"
                       r"(?:reporting|writing|editing)\s+by\s[^.!?]*$", re.IGNORECASE)


# A heading over a list of links to other pages, without a colon: "Related article", "More
# from World", "Read next", "Most read", "Recommended for you", "You may also like", "Watch
# more"; the lines under it that end open are the links' titles.
_LINK_HEAD = re.compile(r"(?:Related(?:\s+[\w-]+){0,2}|Read\s+(?:more|also|next)(?:\s+[\w-]+){0,3}|Also\s+read|See\s+also|"
                        r"More\s+(?:on|from|about|in|stories|news|coverage|videos|headlines)(?:\s+[\w’'-]+){0,6}|More\s+[\w-]+\s+(?:news|stories|headlines)$|Recommended(?:\s+[\w-]+){0,2}|"
                        r"Further\s+reading|Must\s+(?:read|watch)|Most\s+(?:read|viewed|popular|shared|watched)|Trending(?:\s+[\w-]+){0,2}|"
                        r"Top\s+(?:stories|news|videos)(?:\s+today)?|Editor[’']?s[’']?\s+picks?|(?:Stories\s+)?You\s+may\s+(?:also\s+)?like|"
                        r"Sponsored(?:\s+[\w-]+){0,2}|Promoted(?:\s+[\w-]+){0,2}|From\s+around\s+the\s+web|"
                        r"Watch\s+(?:more|next|also|related)|Latest\s+(?:news|stories|videos|headlines))\s*$", re.IGNORECASE)


# a live entry's time stamp opening its headline's line, in brackets or before a dash:
# "[21:40] ", "17:10 KST -- ", "09:25 GMT — " (group 2: the stamp)
INLINE_STAMP = re.compile(r"\s*(\[)?(\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)(?(1)\]|\s+(?:--|[—–-]))\s+")
# a live page's greeting or sign-off as an entry: "Good morning", "Welcome to our live coverage"
_GREETING = re.compile(r"(?:Good\s+(?:morning|afternoon|evening)|Welcome\b|Hello\b|That's\s+all\b|We(?:'re|\s+are)\s+(?:closing|pausing|ending))", re.IGNORECASE)


# the agencies a page credits, on a line of their own: "AMP and APN", "AFP, Reuters"
_AGENCY_LIST = re.compile(r"[A-Z][A-Za-z]{1,7}(?:(?:,\s*|\s+and\s+|\s*/\s*)[A-Z][A-Za-z]{1,7}){1,3}")
# a year in a line over the headline: a section's date line
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a person's name alone on its line: two or three capitalised words, no verb or number
_BARE_NAME = re.compile(r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}")


def _entry_headline(paragraph: str, above: str) -> bool:
    """The headline of a live page's entry: a line that reads as a headline (no stop inside or
    at its end, up to 20 words, capitalised, not furniture) right under the entry's time stamp
    ("20:55 GMT", "1h ago", "Posted at 13:05") - the entry's own first sentence ends in a stop."""
    line = paragraph.strip()
    if not 2 <= len(line.split()) <= 20 or line[-1:] in ".!,;:" or not line[:1].isupper() or _SENTENCE_STOP.search(line) \
            or "\n" in line or _BARE_NAME.fullmatch(line) or line[:3] == "By " or _AGENCY_LIST.fullmatch(line):
        return False  # (a name alone under a stamp, "Nosipho Khumalo", a byline, "By the Asia desk",
        # and the agencies credited, "AMP and APN", are the byline's)
    stamp = above.strip()
    pats = _patterns()
    if _table_line(stamp) or _table_line(line):
        return False  # rows of a table, one under the other
    return len(stamp) <= 60 and _DIGIT.search(stamp) is not None and \
        (pats["time_alone"].match(stamp) is not None or _stamp_only(stamp) or pats["stamp_cue"].match(stamp) is not None) \
        and not is_furniture(line) and not _LINK_HEAD.match(line) and not is_caption(line, False)


@lru_cache(maxsize=1)
def _crosshead_verbs() -> frozenset[str]:
    from ..lexicon import lexicon

    return frozenset(lexicon()["headline_acts"]) | {"says", "confirms", "warns", "claims", "insists", "admits", "estimates",
                                                    "sees", "see", "expects", "fears", "rules"}


# a cross-head that quotes its speaker after a colon, or the speaker's words after it: "Tarnow:
# 'A dangerous widening'", "Council 'cannot confirm' toll", "Tarnow 'not aware'"
_SPEAKER_COLON_QUOTE = re.compile(r"^[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?::\s*[‘'\"“]|\s+[‘'\"“][^‘’'\"“”]{2,40}[’'\"”](?:\s|$))")


def _claiming_crosshead(paragraph: str) -> bool:
    """A cross-head that is a small headline of its own, saying what someone did or said
    ("Portville denies", "Ruritania urges talks", "Tarnow: 'A dangerous widening'"), not a topic's
    label ("Funding gap", "What comes next"): the golds read the first as headlines."""
    line = paragraph.strip()
    words = line.split()
    return bool(_SPEAKER_COLON_QUOTE.match(line)) or len(words) >= 2 and words[0][:1].isupper() \
        and any(w.strip(",;") in _crosshead_verbs() for w in words[1:])


def _linked_question(paragraph: str) -> bool:
    """A linked page's title that asks ("Why is Kim sending troops?"): one short question."""
    line = paragraph.strip()
    return line.endswith("?") and len(line.split()) <= 20 and not _SENTENCE_STOP.search(line) and not _QUOTE_OR_YOU.search(line)


def _foot(text: str, paragraphs: list[tuple[int, int]]) -> int:
    """Where the page's foot begins: the last paragraphs that are short lines with no
    closing punctuation ("Most Read", "Jane Roe in Seoul", "With inputs from agencies",
    "What happens next"), or furniture among them. The story's own last paragraph ends in a
    stop or a quote; a short line after it is the page's, not the story's (a line with a
    number may be a result or a table's row, and is left to the story)."""
    foot = len(paragraphs)
    for index in range(len(paragraphs) - 1, 1, -1):
        line = text[paragraphs[index][0]:paragraphs[index][1]].strip()
        if 1 <= len(line.split()) <= 10 and line[-1:] not in _LINE_ENDS + ",;" and line[:1].isupper() \
                and "\n" not in line and not _DIGIT.search(line):
            foot = index
        elif not is_furniture(line):
            break
    return foot


def _author_notes(paragraph: str) -> bool:
    """The writers' notes at the foot, one or several in a paragraph ("Jane Roe is a Pentagon
    correspondent for X. John Doe is a national security reporter for X.")."""
    note = _patterns()["author_note"]
    return all(note.match(part) for part in _NOTE_BREAK.split(paragraph.strip()) if part)


_NOTE_BREAK = re.compile(r"(?<=[a-z]\.)\s+(?=[A-Z])")


def _bio_note(text: str, paragraph: str) -> bool:
    """A note on a commentary's writer at its foot ("Jane Roe is a senior fellow at X."):
    a name the story has not used before this paragraph but in its byline, with nothing of
    the story after it (an expert quoted in the story and described at its end is the
    story's)."""
    if " is " not in paragraph and " was " not in paragraph and " served " not in paragraph and " worked " not in paragraph:
        return False
    found = _patterns()["bio_note"].match(paragraph.strip())
    if not found:
        return False
    surname = found.group("name").split()[-1]
    at = text.find(paragraph)
    before, after = text[:at], text[at + len(paragraph):]
    # named before only in the byline ("By Jane Roe"), if at all: the writer; and the story
    # goes on no further (an expert introduced in the last paragraphs and quoted after is its)
    if not all(is_furniture(line) for line in before.split("\n") if surname in line):
        return False
    for line in after.split("\n"):
        if _LINK_HEAD.fullmatch(line.strip()):
            return True  # "Related publications" and its links: the page's, not the story's
        if line.strip() and not (is_furniture(line) or _patterns()["bio_note"].match(line.strip())):
            return False
    return True


def _headline_lines(text: str, paragraphs: list[tuple[int, int]], title: str | None) -> set[int]:
    """Which of the first paragraphs are the headline: the first, or the second under a
    kicker ("BREAKING", "Analysis", "World | Asia", a wire tag); and the line right under it
    when that line is a deck, a second headline without a full stop ("Shares rise 6%")."""
    lines = [text[s:e].strip() for s, e in paragraphs[:8]]
    if not lines:
        return set()

    def titled(line: str) -> bool:
        return title is not None and _normalise(title) != "" and _normalise(line).startswith(_normalise(title)[:40])

    # The headline is the title's line when page furniture stands over it ("Skip to main
    # content", "Home > World > Asia", "World", "LIVE", a time stamp); else the first line,
    # or the first under labels over it: kickers ("BREAKING", "Analysis", "World | Asia", a wire
    # tag), one after another, and furniture ("Advertisement", "Updated 5 minutes ago").  A
    # first line that reads as furniture is the headline all the same when the title is it,
    # or when the line under it is furniture too ("NORTH KOREA LOSES 100 TROOPS" over "By Jane
    # Roe", "Watch: …" over a time stamp); a kicker from the list is never the headline.
    first = 0
    at = next((i for i, line in enumerate(lines[:6]) if titled(line)), None)
    if at and all(_is_kicker(line) or is_furniture(line) or len(line.split()) <= 3 and line[-1:] not in ".!?"
                  # (a section and date line over it: "General News of Wednesday, 2 September 2026")
                  or len(line.split()) <= 12 and line[-1:] not in ".!?\"”" and _YEAR.search(line) is not None
                  for line in lines[:at]):
        first = at
    else:
        while first + 1 < min(len(lines), 6) and (
                _is_kicker(lines[first]) or is_furniture(lines[first]) and not titled(lines[first])
                and not is_furniture(lines[first + 1])) \
                and _looks_like_headline(lines[first + 1], title) and \
                (lines[first + 1][-1:] not in ".!?" or titled(lines[first + 1])):
            first += 1
        if first == 0 and (not _looks_like_headline(lines[0], title) or not titled(lines[0]) and _no_headline(lines[0])
                           # (a first line that is not the title and reads as a lede: "Dozens of
                           # soldiers were killed, officials said.")
                           or title is not None and not titled(lines[0]) and lines[0].endswith(".")
                           and not lines[0].endswith("..") and _SAID_ANYWHERE.search(lines[0]) is not None):
            return set()
    heads = {first}
    deck = lines[first + 1] if first + 1 < len(lines) else None
    if deck and first + 2 < len(paragraphs) and deck[-1:] not in _LINE_ENDS + ",;" and 4 <= len(deck.split()) <= 30 \
            and deck[:1].isupper() and sum(1 for w in deck.split() if w[:1].islower()) >= 2 \
            and deck.split()[0].lower() not in _NOT_DECK_OPENERS \
            and not is_furniture(deck) and not is_caption(deck, False) and _looks_like_headline(deck, None) \
            and not _is_page_talk(deck):  # ("Continue reading the main story" under the headline)
        heads.add(first + 1)
    elif deck and first + 2 < len(lines) and deck[-1:] in ".!?" and len(deck.split()) <= 60 and deck[:1].isupper() \
            and not is_furniture(deck) and not is_caption(deck) and is_furniture(lines[first + 2]) \
            and _patterns()["byline"].search(lines[first + 2]) and not _DATELINE_OPENING.match(deck):
        # a standfirst: sentences between the headline and the byline ("Kim has sent thousands
        # of soldiers. The first casualties are now being counted." then "By Jane Roe")
        heads.add(first + 1)
    return heads


def _no_headline(line: str) -> bool:
    """A first line that cannot be a headline, when the text has none of its own: a byline
    ("By Jane Roe"), a time stamp ("December 17, 2024"), a photo's credit ("Photo: Wire"), a
    contact or copyright line, or the story's first paragraph opening with a dateline
    ("PORTVILLE, Dec. 17 (Wire) -- Rescuers …")."""
    pats = _patterns()
    return bool(pats["byline"].search(line) and not set(line.split()[1:3]) & _not_name_words()) or _stamp_only(line) \
        or pats["time_alone"].match(line) is not None or _is_credit_only(line) or pats["contact"].match(line) is not None \
        or pats["copyright"].match(line) is not None \
        or _DATELINE_OPENING.match(line) is not None and _DATELINE_DASH.search(line, 0, 80) is not None


# the dash or agency tag that closes a dateline: "SEOUL -- ", "SEOUL, Dec. 17 (Wire) -", "KYIV (Wire) —"
_DATELINE_DASH = re.compile(r"\s(?:--|—|–)\s|\)\s*(?:--|—|–|-)\s")


# a paragraph that opens with a dateline is the story's first, never a standfirst
_DATELINE_OPENING = re.compile(r"^[A-Z][A-Z .'’/-]{2,}(?:,|\s+[—–-]|\s+\()")


# A line under the headline that opens so is furniture, never a deck ("From our correspondent
# in Seoul", "Listen to this story").
_NOT_DECK_OPENERS = frozenset({"from", "by", "with", "listen", "watch", "read", "share", "follow", "sign", "subscribe",
                               "click", "posted", "published", "updated", "filed", "reporting", "written", "edited",
                               "download", "tap", "join", "visit", "install", "donate", "become"})


def _is_kicker(line: str) -> bool:
    """A label over a headline: a section, a format or a wire tag, never news itself."""
    from ..lexicon import lexicon

    bare = re.sub(r"^[(\[]|[)\]:]$", "", line.strip()).strip()
    kickers = lexicon()["kickers"]
    return bare.lower() in kickers or bool(_patterns()["bar_line"].search(line)) and len(line.split()) <= 6 \
        or bare.upper() in lexicon()["wire_tags"] \
        or _SECTION_PATH.fullmatch(bare) is not None and any(p.strip().lower() in kickers for p in _SECTION_BREAK.split(bare))


# a section and its part over a headline: "World / Asia", "Asia-Pacific › Korea", "News • World"
_SECTION_PATH = re.compile(r"[\w&'’ -]{1,25}(?:\s*[/>»›•·]\s*[\w&'’ -]{1,25}){1,3}")
_SECTION_BREAK = re.compile(r"\s*[/>»›•·]\s*")


def _looks_like_headline(paragraph: str, title: str | None) -> bool:
    line = paragraph.strip()
    if title and _normalise(title) and _normalise(line).startswith(_normalise(title)[:40]):
        return True
    # (an initial's stop ends no sentence: "N. Korean troops …", "U.S. envoy …")
    return "\n" not in line and len(line.split()) <= 25 and not _HEADLINE_STOP.search(line.rstrip(".!? "))


_HEADLINE_STOP = re.compile(r"(?<!\b[A-Z])[.!?][\"”’]?\s+[A-Z]")


def _normalise(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()

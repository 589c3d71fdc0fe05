"""Claims: for each sentence its kind, claimant, conduit (via), certainty and cue.

The rules, in the order they decide:

1. The block decides headlines and captions; a term followed by "refers to"/"means"
   makes a definition.
2. "according to X" makes X the claimant with certainty *reported*.
3. A reporting verb with a person, organisation or state as its subject ("Kim told",
   "He also predicts", "X, who ..., said", "said X") makes that actor the claimant; the
   verb's group in the lexicon gives the certainty.  A neutral verb ("said") whose
   complement speaks of the future or hedges becomes *predicted* or *hedged*.
4. Otherwise the article speaks: the earliest hedge, report, prediction or denial cue sets
   the certainty ("reports indicate" also makes the claimant *unattributed reports*).
5. A sentence naming what is not known is a *gap*; an article-voice sentence with no cue,
   figure, date or past event, or one whose dates all lie half a year or more before
   publication, is *background*; everything else is a check-worthy *claim*.
6. A quotation spread over several sentences belongs to whoever the sentence that closes
   it attributes it to; a whole-sentence quote after an attributed quote keeps its speaker.
7. Figures the story goes on giving in its own voice are their source's: a release its lede
   names (a firm's results named by their period), a press release's issuer, and the rows
   of a table whose title, lead-in or source line names a source (or breaks a count down,
   the story's latest source's).  A table's title, a question in the story's own voice and
   a page's lines about itself claim nothing (no claimant).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from ..lexicon import lexicon, trie_alternation, word_set, words
from .actors import (_collective_openers, Actor, article_memo, capitalised_runs, clipped_name, compass_words, demonym, geo_words, government_name,
                     in_capitals, is_demonym, is_geo_name, is_news_organisation, is_organisation, is_region_name, post_in_capitals,
                     postnominals, resolve_person, role_and_name, state_actor, word_before)
from ..lexicon import countries as countries_by_name
from .sentences import INLINE_STAMP, LABEL_LINE, TURN_LABEL, turn_labels

ARTICLE = "article"
UNATTRIBUTED = "unattributed reports"

# (a time between subject and verb, "Lumeta Copper on Friday denied", "Jane Roe has for the first
# time confirmed", is skipped like an auxiliary)
_WHEN = r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this|earlier\s+this|late\s+on)\s+(?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|overnight|in\s+a\s+statement|for\s+the\s+(?:first|second|third|last)\s+time)"
_AUX = r"(?:has|have|had|also|previously|later|then|again|further|repeatedly|publicly|however|meanwhile|once|already|first|recently|earlier|had\s+earlier|would|will|did|does|do|not|never|reportedly|now|still|just|even|only|long|initially|so\s+far|thus\s+far|separately|privately|openly|himself|herself|itself|themselves|" + _WHEN + r")"

# The rules' fixed patterns, compiled once (a pattern passed to re.search() as a string is
# looked up in the re module's cache on every call, and that cache is small enough for the
# stages' patterns to push each other out of it).
# - noun phrases (_resolve_np, _resolve, _common_actor, _surname_subject, _placed_group)
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+")
_LEADING_THE_ANY_CASE = re.compile(r"^[Tt]he\s+")
_LEADING_A_ANY_CASE = re.compile(r"^[Aa]n?\s+")
_BRACKETS_AT_END = re.compile(r"\s*\([^()]*\)$")
# a body's initials and then the region its office serves: "the Provincial Disaster Management Authority (PDMA) Sindh"
_ACRONYM_THEN_REGION = re.compile(r"^(?P<body>.+?\([A-Z][A-Za-z]{1,9}\))\s+(?P<region>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)$")
# (words of the noun phrase: no preposition, "an official at the Ministry of …" is the official)
_NP_WORD = r"(?!(?:at|of|for|in|from|with|by|on|to|and|or|who|that)\s)[a-z][\w-]*\s+"
_LOWER_MODIFIERS = re.compile(rf"^(?:[Aa]n?|[Tt]he)\s+(?:{_NP_WORD}){{1,3}}(?=[A-Z])")
_CONTACT_RELATIVE = re.compile(rf"^(?:[Aa]n?|[Tt]he)\s+(?:{_NP_WORD}){{1,2}}(?=(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){{0,2}}[A-Z])")
_THAT_RELATIVE = re.compile(rf"^(?:[Aa]n?|[Tt]he)\s+(?:{_NP_WORD}){{1,2}}(?:that|which)\s+(?=\S)")
_ACRONYM_AT_END = re.compile(r"\s*\(([A-Z][A-Z.&]{1,9})\)$")
_BASED_PREFIX = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w.’'-]*-(?:based|born|headquartered)\s+")
# a body named before its office, or its office in a town: "the Freedonian Weather Service's
# office in Portville", "the Relief Agency's country office in Eastbrook", "the Relief Agency's
# regional office"
_OFFICE_IN_PLACE = re.compile(r"^(?:[Tt]he\s+)?(?P<org>[A-Z][^,;]*?)(?:[’']s)?(?P<office>\s+(?:(?:country|regional|local|field|district|"
                              r"provincial|state|city|forecast|press)\s+)?(?:office|bureau|branch|headquarters))?(?:\s+in\s+"
                              r"(?P<place>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}))?$")
_DASH_ASIDE_AT_END = re.compile(r"(?<=\S)\s[–—]\s[^–—\"“”]{2,140}?\s[–—]\s*$")
_BASED_ANYWHERE = re.compile(r"\b[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?-(?:based|headquartered)\s+(?=[A-Z])")
_CONJUNCTION_PREFIX = re.compile(r"^(?:though|although|but|and|while|whereas|as|so)\s+", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_STATE_POSSESSIVE = re.compile(r"^(?:the\s+)?(?P<state>[A-Z][\w .-]*?)[’']s\s+(?P<body>[a-z][a-z -]{2,40})$")
_COUNTRYS_BODY = re.compile(r"^[Tt]he\s+(?:country|nation)[’']s\s+(?P<body>[a-z][a-z -]{2,40})$")
_STATE_BODY_END = re.compile(r"\b(?:intelligence|military|forces|army|navy|police|ministry|government|security service)$")
_HEAD_AND_COMPLEMENT = re.compile(r"^(?P<head>.+?)\s+(?P<prep>in|at|from|of|for|with|by|among|near|outside|around|across|along|inside)\s+(?P<comp>(?:the\s+)?.+)$")
_SURNAME = re.compile(r"[A-Z][a-zà-ÿ’'-]{2,}")
_POSSESSIVE_OR_HYPHEN = re.compile(r"[’']s?$|-")
_APOSTROPHE = re.compile(r"[’']")
# - the subject of a reporting verb (_subject_before, _subject_after)
# (an age is an appositive too: "Mary Roe, 61, said", "Tom Roe, 45, a fisherman, said")
# (and so is a participle's phrase: "Roe, speaking to reporters at the port, said", "Roe, asked
# about the talks on Friday, said": how copy puts the question a source answered)
# (a post without an article is one too: "Jana Roe, commander of the eastern group, said",
# "Tom Roe, spokesman for the ministry, said"; and an age may come before any of them:
# "Tom Roe, 62, who served as minister, denied …", and a post of a common noun: "Amal Roe,
# director of disease control, said", "Tom Roe, head of communications, said"; a state's description of it too: "The
# SIB, Ruritania's main spy agency, said")
_APPOSITIVE_CLAUSE = re.compile(r"([^,]+),\s+(?:\d{1,3},\s+)?(?:\d{1,3}(?:,\s+(?:a|an|the)\b[^,]*)?|(?:who|which|whose|the|a|an|its|his|her|[a-z]{3,}ing|quoted\s+by|cited\s+by|"
                                r"(?:[a-z][a-z-]+\s+){0,2}?[a-z][a-z-]+\s+(?:of|for|to|at)\s+(?=the\b|an?\s|[A-Z]|[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2},?$)|"
                                # (its field or region named in capitals: "chief UK and European economist at")
                                r"[a-z][a-z-]+\s+(?:[\w-]+\s+){1,3}?[a-z][a-z-]+\s+(?:for|at)\s+(?=the\b|[A-Z])|"
                                r"(?:along|together)\s+with|as\s+well\s+as|"  # "Roe, along with her deputy, said": Roe
                                # a post written in capitals: "Dr. Efua Mensah-Bonsu, Director of Public Health at the GHS, said"
                                r"(?:(?:Deputy|Acting|Assistant|Senior|Chief|Executive|Managing|General|Regional|National)\s+)?"
                                r"(?:Director|Head|Minister|Secretary|Commissioner|Chair(?:man|woman|person)?|Spokes(?:man|woman|person)|"
                                r"Manager|Officer|Coordinator|Co-ordinator|President|Administrator|Registrar|Superintendent)(?:-General)?\s+(?:of|for|at)\s+|"
                                r"(?:based|headquartered|located)\s+in|"  # "Hallbrook, based in Dayton, Ohio, said": the firm
                                r"for\s+the\s+(?=[A-Z])|"  # "Counsel Jane Roe, for the Office of the Prosecutor, said": Roe, who acts for it
                                # (and counsel's side or client: "Jane Roe SC, for Mr Doe, told", "…, for the defence, said")
                                r"for\s+(?=(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z])|for\s+the\s+(?:defen[cs]e|prosecution|accused|applicants?|"
                                r"appellants?|respondents?|plaintiffs?|claimants?|petitioners?|complainants?|state)\b|"
                                r"of\s+(?=the\s|[A-Z])|"  # "Jane Roe, of the consultancy Riesgo Norte, said": Roe, who works there
                                # the name it goes by: "The office, known in Spanish as the Fiscalía, said",
                                # "The Water Services Regulation Authority, as Ofwat is formally known, said"
                                # (a bare "known as the DIF" after a description names the speaker: _KNOWN_AS)
                                r"(?:formally\s+|officially\s+|locally\s+)?known\s+in\s+[A-Z]\w+\s+as|(?:formally|officially)\s+known\s+as|"
                                r"as\s+[^,]{2,50}\s+is\s+(?:also\s+|better\s+|formally\s+|officially\s+|locally\s+)?known|"
                                # a sentence adverb set off: "The ministry, for its part, said", "The army, however, said"
                                r"for\s+(?:its|his|her|their|our)\s+part|however|meanwhile|in\s+turn|though|moreover|in\s+response|"
                                r"by\s+contrast|in\s+contrast|likewise|separately|similarly|nevertheless|on\s+the\s+other\s+hand|"
                                r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}[’']s\s+[a-z]+|"  # "The SIB, Ruritania's main spy agency, said": the SIB
                                r"(?:many|some|most|all|several|one|two|three|none|few|each|both|half)\s+of\s+(?:whom|which|them)|"
                                r"(?:asked|pressed|questioned|contacted|reached|approached|interviewed)\s+(?:about|on|by|over|for|whether|if|at|after)|(?:in|on|at|during)\s+(?:an?|the|his|her|its|their|comments|remarks)\b)\b(?:"
                                # (a town's state after its comma: "Hallbrook, which is based in Dayton, Ohio, said")
                                r"(?<=\s)[A-Z][a-z]+,(?=\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?,?$)|[^,]|,(?=\d{3}\b)|"
                                # (a list of names: "The lender, which has branches in Alpha, Beta and Gamma, said")
                                r",(?=\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)*,?\s+(?:and|or)\s+[A-Z]))*),?$")
_PRONOUN_AT_END = re.compile(r"\b(he|she|He|She)$")
# a denial coordinated with the speaker's statement: the denial is what the row must show
_DENIAL_VERBS = r"denied|rejected|refuted|dismissed"
_AND_DENIED = re.compile(rf"\band\s+(?:also\s+|flatly\s+|strongly\s+)?(?:{_DENIAL_VERBS})\b")
_DENIAL_VERB = re.compile(_DENIAL_VERBS)  # what _AND_DENIED needs, found fast
# what a forecast expected someone or something to do: "… the bank to hold", "… prices to fall"
# (someone else's act: "had promised to finish" is the subject's own word, overtaken)
_ACT_EXPECTED = re.compile(r"\s+(?:[\w’'.-]+\s+){1,4}?to\s+(?!the\b|an?\b|its\b|their\b)[a-z]{2,}\b")
_HAD_AT_END = re.compile(r"\bhad(?:\s+\w+ly)?$")
# "Figures from the agency, seen by Radio X, show", "documents seen by the newspaper show":
# a document an outlet has seen, and whose it is
_SEEN_BY = re.compile(r"(?:^|[,;:]\s*)(?P<doc>[^,;:]{3,80}?),?\s+seen\s+by\s+(?P<outlet>(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4}),?$")
_DOCUMENT_OWNER = re.compile(r"\b(?:from|by|of)\s+((?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+|for\s+)?[A-Z][\w’'.&-]*)*)$")
_INDEFINITE_ARTICLE = re.compile(r"^(?:an?|some)\s+", re.IGNORECASE)
_PREPOSITION_AFTER = re.compile(r"\s+(?:at|in|from|of|by|with|about|into|under|over|during|since|and|or)\b")
# "It is the third ferry accident on the lake this year", "It was the worst storm since 2009":
# how copy sets the news in its series, context rather than a claim of its own
_NTH_OF_ITS_KIND = re.compile(r"^\W*(?:It|This|That)\s+(?:is|was|marks|marked)\s+the\s+(?:(?:first|second|third|fourth|fifth|sixth|"
                              r"seventh|eighth|ninth|tenth|latest|last|largest|biggest|worst|deadliest|longest|highest|lowest|"
                              r"most\s+\w+)\b|\d+(?:st|nd|rd|th)\b)")
_SPEECH_VERBS = frozenset({"said", "says", "say", "told", "tells", "tell"})  # verbs that are never anything but speech
_PLACE_BEFORE_NAME = re.compile(r"\b(?:in|at|from|near|across|outside)\s+(?:the\s+)?$")
# a relative clause left open up to the verb: "X, which runs … and says"
_OPEN_RELATIVE = re.compile(r",\s+(?:which|who)\b[^,]*$")
# ("X, who … denied every count …, was led away": the relative clause closes and the
# main clause follows; its verb is no attribution)
_CLOSED_RELATIVE = re.compile(r",\s+(?:was|were|is|are|has|have|had|will|would|did|does|remains|remained)\b")
_AND_AT_END = re.compile(r"[^,]\s+(?:and|but)\s*$")
# (after a comma too, for the subject of the second verb: "The bank kept its rate at 4.5 percent,
# as expected, but signalled it could cut")
_COMMA_AND_AT_END = re.compile(r",\s+(?:and|but)$")
# the subject that opens a sentence, up to its first verb (an auxiliary or a past tense)
# (or an irregular past: "The bank kept its rate at 4.5 percent, but signalled …")
_OPENING_SUBJECT = re.compile(r"^(?P<np>[^,;:“”\"]{2,60}?)\s+(?:has|have|had|was|were|is|are|will|would|also|said|says|told|tells|[a-z]{3,}ed|"
                              r"kept|held|left|made|took|gave|won|lost|sold|paid|rose|fell|began|grew|saw|met|sent|spent|brought|"
                              r"bought|struck|stood|found|ran|cut|set|put|hit|shut)\b")
# (the body may be introduced by what it is, "of the rights group Voice of the People", and
# have short particles in its name, "Chama cha Haki")
_NAMED_COMPLEMENT_AT_END = re.compile(r"\s+(?:of|at|from|with)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+|[a-z]{1,3}\s+)?[A-Z][\w’'.-]*)*$")
_COMMON_COMPLEMENT_AT_END = re.compile(r"\s+(?:of|from|at|with)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*$")
_PLACE_PREPOSITION_AT_END = re.compile(r"\b(?:in|at|from|near|into|to|for|on|by|of|with|across|outside)\s+(?:the\s+)?$")
_OF_AT_END = re.compile(r"\b(?:of|at|for|with)\s+(?:the\s+)?$")
_THE_AT_END = re.compile(r"\b[Tt]he\s+$")
_CLAUSE_START_AT_END = re.compile(r"(?:^\s*[-•*]?|[,”\"’:;—–•]|--|\s-|\b(?:and|but|while)\s)\s*$")  # (a dateline's dash, a list's bullet)
# (a hyphen between spaces is a dash too: "MANILA, Philippines - The Department of Health said")
_LAST_WORDS = re.compile(r"((?:[\w’'.()-]+\s+){0,7}[\w’'.()-]+)$")
# people of a body before its name: "Analysts at", "an expert at", "researchers from", "Forecasters with"
_MEMBERS_AT_END = re.compile(r"(?:^\s*|[,”\"’:;—–]\s*)(?:(?:an?|some|several|two|three|other)\s+)?(?:[a-z]+\s+)?"
                             r"(?:analysts?|experts?|researchers?|scholars?|economists?|scientists?|fellows?|staff|"
                             r"forecasters?|meteorologists?|seismologists?|engineers?|inspectors?|investigators?|officials?)\s+"
                             r"(?:at|from|with)\s+$", re.IGNORECASE)
# "A spokeswoman for the Growers Union of Freedonia said": the body, by its whole name (not the state ending it)
_SPOKESPERSON_FOR_AT_END = re.compile(r"(?:^\s*|[,”\"’:;—–]\s*)(?:an?\s+)?(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|representative)\s+for\s+$",
                                      re.IGNORECASE)
_IN_FROM_AT = re.compile(r"\s(?:in|from|at)\s")  # what the placed_group pattern needs, found fast
_PART_OF = re.compile(r"^\w+\s+of\s+the\s+")
# ('…, said an official', '…, said a senior union official', '…, said one resident': a source
# described, up to three words, and what makes it anonymous ('said a diplomat familiar with the
# talks'); '…, said one of the officials')
# (a name may follow its role without an article: "…, said resident Mary Cole", "said local councillor Sam Pike")
_INDEFINITE_AFTER = re.compile(r"\s+(?:an?|one)\s+")
# verbs of saying whose subject copy puts after them ("…, said a district official"; "told a
# press conference" has its listener there)
_INVERTING_VERBS = frozenset({"said", "says", "added", "adds", "noted", "explained", "wrote", "warned", "stressed", "insisted"})
_POSTPOSED_SUBJECT = re.compile(r"\s+((?:the\s+)?[A-Z][^,.;:]{0,60}?|he|she|"
                                r"(?:(?!(?:on|in|at|during|after|before|with|to|from|by|for|of|and|that|than|as)\s)[a-z][a-z-]+\s+){1,3}[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}|"
                                r"the\s+[a-z]+(?:\s+[a-z]+)?(?:\s+of\s+the\s+[a-z]+(?:\s+[a-z]+)?)?|(?:an?|one)\s+(?:[A-Z][\w’'&.-]*\s+){0,3}[a-z]+(?:\s+[a-z]+){0,2}(?:\s+(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|privy\s+to)(?:\s+[a-z]+){1,3})?|"
                                r"(?:one|two|three|some|several|many|most)\s+of\s+the\s+[a-z]+)(?=[,.;:]|\s+(?:on|in|at|who|after|before|during)\b|$)")
# - a reporting verb and its complement (_verb_attribution, _nested_attribution, _complement_certainty, _predicts, _hedges)
_PASSIVE_AT_END = re.compile(r"\b(?:was|were|is|are|been|be|being)(?:\s+\w+ly)?$", re.IGNORECASE)
_ARTICLE_AT_END = re.compile(r"\b(?:a|an|the|its|their)\s+$")
# a verb's base form that is also a noun, after a determiner and one modifier: "A third state,
# Negeri Sembilan, returned …", "The neighbouring state declared …" (a noun, no verb of saying)
_BASE_VERB_NOUNS = frozenset({"state", "report", "claim", "estimate", "statement", "update", "forecast", "plan", "pledge",
                              "promise", "warning", "call", "note", "comment", "remark", "reply"})
# (or right after a possessive: "a spokesperson for Tarnow's state police", "the
# ministry's report": no verb follows a possessive)
_POSSESSIVE_AT_END = re.compile(r"\w(?:[’']s|s[’'])\s+$")
_DETERMINER_WORD_AT_END = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Ee]ach|[Ee]very|[Aa]nother|[Tt]his|[Tt]hat)\s+[a-z][\w-]+\s+$"
                                     # (or a superlative's words: "the most detailed official estimate")
                                     r"|\b[Tt]he\s+(?:most|least|latest|newest|highest|lowest|first|last|only)\s+(?:[a-z][\w-]+\s+){0,3}$")
# "the accused", "A third accused, Jane Roe, …", "a co-accused": one charged, no accusation made
_ACCUSED_NOUN_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Aa]nother|[Ff]ellow|[Aa]ll|[Bb]oth|[Oo]ther|[Rr]emaining|[Mm]ain|"
                                  r"[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Cc]o)[\s-]+$")
# (or after a possessive or a determiner and up to three modifiers, with a comma after it: "Minas
# Gerais, Brazil's second most populous state, has recorded …")
_DESCRIBED_NOUN_AT_END = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)|\w[’']s)\s+(?:[a-z][\w-]+\s+){1,3}$")
# the figure a passive verb of estimating gives before its agent: "(was estimated) at 40 million (by …)"
_AT_FIGURE_BEFORE_AGENT = re.compile(r"\s+at\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?"
                                     r"[A-Z$€£₱]{0,3}\d[\d,.]*(?:\s*(?:million|billion|bn|mn|m|percent|per\s+cent|%))?(?=\s+by\s)")
_AGENT = re.compile(r"\s+by\s+((?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*|(?:[a-z]+\s+){0,2}[a-z]+))(?=[\s,.;]|$)")
# what a firm or a unit "posts" that is no message: its results
_RESULT_POSTED = re.compile(r"\s+(?:an?\s+|its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:loss|losses|profit|profits|gain|gains|deficit|"
                            r"surplus|rise|increase|decline|drop|fall|growth|revenue|revenues|sales|results|earnings|record|"
                            r"return|returns|margin|income|turnover)\b")
_NAME_AT_END = re.compile(r"\b[A-Z][\w.&’'-]*\s*$")
_COUNT_ADDED = re.compile(r"\s+(?:a\s+(?:net\s+|further\s+|record\s+)?|another\s+|more\s+|some\s+|about\s+|nearly\s+|almost\s+|roughly\s+|over\s+)?"
                          r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b|more\s+[a-z]+\b)")
_PASSIVE_CUES = ("was ", "is ", "has been ", "had been ", "have been ")
# a count's passive "reported" and the place or state after it: "were reported from Alphaville",
# "have been reported in nine provinces", "were reported missing"
_PASSIVE_COUNT_CUE = re.compile(r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+reported", re.IGNORECASE)
_COUNT_IN_SUBJECT = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|"
                              r"thousands|no|cases|deaths|infections|fatalities|injuries|patients)\b", re.IGNORECASE)
_COUNT_PLACE_AFTER = re.compile(r"\s+(?:(?:so\s+far|also)\s+)?(?:in|from|among|across|at|missing|dead|killed|injured|hurt)\b"
                                r"|\s+(?:so\s+far|this\s+year|since)\b|[.,;]")
_EXPLETIVE_IT = re.compile(r"^\W*It\s+(?:was|is|has\s+been|had\s+been|have\s+been)(?:\s+\w+ly)?$")
_REPORTEDLY_AT_END = re.compile(r"\b(?:reportedly|allegedly)\s+$", re.IGNORECASE)
# (a straight single mark closes a quotation only after what ends the words said: "'We will
# respond,' says Roe", British and headline copy; an apostrophe ends a word: "the ministers' ")
_QUOTE_OR_COMMA_AT_END = re.compile(r"(?:[,”\"’]|[,.?!]')\s*$")
_THAT_CLAUSE = re.compile(r"\s*(?:that\b|,|on\s+\w+\s+that\b)")
_CLAUSE_SUBJECT = re.compile(r"\s*(?:that|he|she|it|they|we|I|there|his|her|its|their)\b")
_FINITE_AUX = re.compile(r"\b(?:will|would|had|has|have|was|were|is|are|could|may|might|must|should|can)\b")
_NESTED_CLAUSE = re.compile(r"\s+(?:on\s+\w+\s+|in\s+a\s+statement\s+|that\s+)*(?:that\s+)?(?P<np>(?:the\s+|a\s+|an\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,5}?"
                            # (with its initials after it: "the National Intelligence Service (NIS)")
                            r"(?:\s+\([A-Z][\w.&-]{1,9}\))?)\s+"
                            # ("said the bureau had not traced …": what it has not found or confirmed, denied)
                            r"(?:(?:had|has|have)\s+(?P<neg>(?:not|never)\s+(?:yet\s+)?)?)?(?:(?:also|now|still|firmly|strongly|privately)\s+)?(?P<verb>[a-z]+(?:\s+that)?)\b")
# a colon and the opening mark of the quotation a speaker's verb introduces: 'He added: "…'
_COLON_QUOTE_OPENING = re.compile(r"\s*:\s*[“\"]")
# ("Lawmakers said the spy agency had confirmed that …": a perfect tense of the inner verb)
_NESTED_PUT = re.compile(_NESTED_CLAUSE.pattern.replace(r"(?P<verb>[a-z]+(?:\s+that)?)\b", r"(?P<verb>puts?)\b"))
_NOTHING_HAS = re.compile(r"\s*(?:that\s+)?(?:no|none\s+of)\s+(?:[\w-]+\s+){0,5}?(?:had|has|have|was|were|is|are|will)\b", re.IGNORECASE)
# A main clause that asserts something is not so ("Clients are not cancelling", "There are no
# such talks", "Nobody here is talking about it", "he did not enter a plea"): denied.  Only the
# first clause counts (a negation after a comma belongs to a clause of its own), one that opens
# with a subordinator is not the main clause, and a modal ("will not", "could not") stays a
# prediction or a hedge.
_CLAUSE_WORDS = (r"(?:(?!\b(?:because|that|which|who|whom|when|if|after|before|since|although|though|while|unless|until|where|but|and)\b)"
                 r"[^,;:“”\"])*?")
# (what is negated must be an event, not a standing state: "did not", "has not", "was not
# charged", "are not cancelling" deny something happened; "is not a tourist attraction", "do not
# know", "there is no immediate danger" describe how things are, and stay statements)
_PARTICIPLE = r"(?:\w+ly\s+)?(?:[a-z]+(?:ing|ed|en|wn)|made|held|found|told|hurt|built|paid|sold|left|kept|set|shut|put|cut|hit|struck|brought|caught|bought|sent|spent|lost|won)\b"
# ("Our order book has never been stronger", "have not been so high since 1991": a record, no denial)
_COMPARATIVE = r"(?:so|as|more|less|better|worse|stronger|weaker|higher|lower|bigger|smaller|greater|larger|faster|slower|cheaper|closer|deeper|busier|worse)"
_NEGATED_CLAUSE = re.compile(
    r"^[\W]*(?:that\s+)?(?!(?:although|though|while|if|when|whenever|because|as|since|after|before|unless|whether|even|once|until|where|who|which)\b)"
    # ("Nobody came to reinforce the tunnel", "Neither is in critical condition", "Neither of
    # them was hurt": no one of them did or is)
    r"(?:(?:no|nobody|nothing|none|neither(?=\s+(?:is|was|are|were|of\s+them|of\s+the)\b))\b(?!\s+(?:doubt|longer|later|matter|less|more|sooner)\b)"
    r"(?:(?!\b(?:will|would|should|could|may|might|must|can|shall)\b)[^,;:])*?\b(?:is|are|was|were|has|have|had|did|does|do|[a-z]+ed"
    r"|came|went|saw|got|made|took|gave|knew|found|told|left|fell|ran|broke|stole|heard|brought|paid|lost|won)\b"
    r"|there\s+(?:(?:is|are|was|were)\s+no\s+(?:such\b|[\w-]+\s+" + _PARTICIPLE + r"|(?:reports?|signs?|evidence|indication)\s+(?:of|that)\b)"
    r"|(?:has|have|had)\s+been\s+no\b)"
    r"|" + _CLAUSE_WORDS + r"\b(?:(?:did|has|have|had)\s+(?:not|never)|(?:didn|hasn|haven|hadn)[’']t)\b"
    r"(?!\s+(?:only|just|yet\s+(?:been\s+)?(?:known|clear|disclosed|confirmed|verified)|been\s+" + _COMPARATIVE + r"\b))"
    r"|" + _CLAUSE_WORDS + r"\b(?:(?:is|are|was|were|am)\s+(?:not|never)|(?:isn|aren|wasn|weren)[’']t)\s+(?!thought\b|believed\b|expected\b"
    # ("is not going away", "are not backing down", "is not getting better": a trend or a
    # resolve described, no event said not to have happened)
    r"|(?:going|getting|coming)\b|[a-z]+ing\s+(?:away|anywhere|down|up|back)\b)" + _PARTICIPLE + r")",
    re.IGNORECASE)
# "…, no delivery has been delayed": a coordinated clause that says nothing happened
_NOTHING_HAS_COORDINATED = re.compile(r"[,;]\s+(?:and|but)\s+no\s+(?:[\w-]+\s+){0,5}?(?:had|has|have|was|were)\s+(?:yet\s+)?been\b", re.IGNORECASE)
_DETERMINER_AT_END = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that|our)\s+$", re.IGNORECASE)
_BE_AT_END = re.compile(r"\b(?:been|was|were|is|are)\s+$")
_SPEAKER_PRONOUN_AT_END = re.compile(r"\b(?:it|he|she|they|we|I)\s+(?:also\s+|still\s+)?$", re.IGNORECASE)
_RELATIVE_AT_END = re.compile(r"\b(?:that|which|who)\s+$", re.IGNORECASE)
_QUOTE_THEN_SPEAKER = re.compile(r"^\s*[“\"][^“”\"]+[,.?!]\s*[”\"]\s+[^“”\"]{0,80}$")
_CLOSED_QUOTE_THEN_SPEAKER = re.compile(r"[\w.,?!][,.?!]?\s*[”\"]\s+(?:he|she|they|it|we|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|the\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+)$")
_PARENTHETICAL_SPEAKER = re.compile(r"\w[,”\"]\s+(?:he|she|they|it|we|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|the\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+)$")
# (a word of a records' owner: "O'Brien" keeps its apostrophe, "the bank's" gives it to the possessive)
_OWNER_WORD = r"[\w.&-]+(?:[’'][\w.&-]{2,})?"
# a body's own account, whatever its noun: "the bureau's index of shop prices"
_POSSESSED_THING = re.compile(rf"^(?P<owner>(?:the\s+)?{_OWNER_WORD}(?:\s+[A-Z][\w.&-]*)*?)[’']s\s+(?:[a-z][\w-]*\s+){{0,3}}(?P<head>[a-z][\w-]*)$")
_INDEFINITE = re.compile(r"^(?:a|an)\s", re.IGNORECASE)
# inside a quotation: an indefinite subject just before the verb ('"At last a tribunal has found …"'),
# and the speaker as listener after it ('"Farmers keep telling me …"'): the speaker's own account
_QUOTED_INDEFINITE_AT_END = re.compile(r"(?:^|[“\"]|[,;:]\s)\s*(?:(?:now|then|so|and|but|even|yet|today)\s+)?(?:a|an)\s+"
                                       r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?:\s+(?:has|have|had|will|would|could|may|might))?\s*$",
                                       re.IGNORECASE)
# a present perfect before "said" inside a quotation ('"The tribunal has now said clearly that our
# members were right," Roe said'): the speaker's reading of what was said, not the body's statement
_QUOTED_PERFECT_AT_END = re.compile(r"\b(?:has|have)(?:\s+(?:now|already|finally|clearly|also|\w+ly))*\s*$")
_ME_OR_US_AFTER = re.compile(r"\s+(?:me|us)\b(?!\s+(?:to|about)\b)")
_FINITE_FORM = re.compile(r"(?:s|ed)$|^(?:said|told|thought|wrote|found|saw|knew)$")
# "Contrary to reports circulating on social media, no coach fell …": set against a report, a denial
_CONTRARY = re.compile(r"^\W*contrary\s+to\b", re.IGNORECASE)
# a reporting participle after the main clause: '…, saying its own laboratory had measured …'
_NOT_RULED_OUT = re.compile(r"\b(?:(?:has|have|had|did|do|does|would|will|could|can)\s+)?(?:not|never|n[’']t)\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:ruled?|ruling)\s+out\b",
                            re.IGNORECASE)
# a concessive clause after a main clause that withholds something ("would not say whether …,
# although the radio reported …") is an aside: the sentence stays the gap
_CONCESSIVE = re.compile(r",\s+(?:though|although|but|while|whereas)\s")
_PAST_WORD_AT_END = re.compile(r"\b[a-z]{2,}ed\s+$")
# a plural noun followed by a verb of saying is that verb's subject, not a verb itself
_TOPIC_AFTER = re.compile(r"\s+(?:of|about|against)\s")
# a figure's movement or state after a plural noun that is also a verb of saying ("claims
# fell", "estimates were", "reports rose"): the noun is its subject
_MOVEMENT_AFTER = re.compile(r"\s+(?:rose|fell|jumped|climbed|dropped|declined|slipped|surged|edged|eased|slowed|soared|"
                             r"plunged|remained|stood|totalled|totaled|touched|hit|reached|were|are)\b")
_SPEECH_AFTER = re.compile(r"\s+(?:said|say|says|suggest|suggested|indicate|indicated|show|showed|claim|claimed)\b")
_REPORTING_PARTICIPLE = re.compile(r",\s+(saying|insisting|adding|arguing|noting|warning|claiming|stressing|explaining|"
                                   r"alleging|accusing|urging|describing|asserting|complaining|vowing|pledging|promising|"
                                   r"acknowledging|admitting|conceding|denying|estimating|"
                                   # (naming a thing by words quoted: "…, calling the tariff plan “a bad joke”")
                                   r"calling(?=\s+(?:[\w’'-]+\s+){1,6}?[“\"])|"
                                   # (a court's finding: "set aside the order, holding that …")
                                   r"holding(?=\s+that\b)|ruling(?=\s+that\b)|finding(?=\s+that\b)|"
                                   # (a body's act that tells: "approved the final results, confirming that …")
                                   r"confirming(?=\s+that\b)|announcing(?=\s+that\b)|"
                                   # ("…, telling reporters that …": speech; not "telling residents to leave")
                                   r"telling(?=\s+(?:[\w’'-]+\s+){1,3}?that\b))\b")
# the participles whose verb is no neutral statement: their group decides, as the finite verb's would
_PARTICIPLE_GROUP = {"vowing": "predicted", "pledging": "predicted", "promising": "predicted", "acknowledging": "confirmed",
                     "admitting": "confirmed", "conceding": "confirmed", "denying": "denied", "estimating": "hedged",
                     "confirming": "confirmed"}
_LEADING_DESCRIPTION = re.compile(r"^((?:The|the)\s+[a-z]+)\b")
_EMBEDDED_QUESTION_AT_END = re.compile(r"\b(?:how|whether|what|why|where)\s+(?:[\w’'-]+\s+){0,5}$", re.IGNORECASE)
# what a court hands down, and the word that names a court
_COURT_DOCUMENT = re.compile(r"^(?:the|its)\s+(?:(?:written|full|final|\d+-page)\s+)?(?:ruling|judgment|judgement|verdict|decision)$", re.IGNORECASE)
_COURT_NAME_WORD = re.compile(r"\b(?:Court|Tribunal|Bench)\b")
# what a listed company files or shows investors ("according to its investor presentation", "its
# stock exchange filing"): the company's own account
_COMPANY_DOCUMENT = re.compile(r"^(?:an?|the|its)\s+(?:(?:latest|quarterly|annual|half-yearly)\s+)?(?:(?:investor|earnings|results|analyst)\s+"
                               r"(?:presentation|release|briefing)|(?:regulatory|stock[- ]exchange|exchange|securities)\s+filing)$",
                               re.IGNORECASE)
_DEFINITE_DOCUMENT = re.compile(r"^the\s+(?:[a-z]+\s+)?(?:notice|statement|filing|release|bulletin|order|circular|announcement|briefing|assessment)$")
# (not a unit or a currency named by its country: "per US dollar", "per Swiss franc")
_SOURCE_AFTER_PER = re.compile(r"(?:the\s|[A-Z])(?!(?:[\w.]*\s+){1,2}(?:dollars?|euros?|francs?|pounds?|yen|yuan|rupees?|"
                               r"pesos?|rand|roubles?|rubles?|won|lira|dirhams?|shillings?|tenge|dong|barrels?|tonnes?|tons?)\b)")
# (or a second reporting verb: "said the storm destroyed 3,000 homes, and warned that the river could rise")
_SECOND_THAT_CLAUSE = re.compile(r",?\s+and\s+(?:[a-z]+ed\s+|also\s+[a-z]+ed\s+)?that\s")
# "said it had halted the trains and would help investigators": a second predicate after one that
# reports what was done does not re-grade it (like a second "and that" clause)
# (however long the first: "had already obtained a preservation order over assets worth R12
# million, including two properties, and would now apply for …"; "was remanded last month and
# is expected to apply for bail")
_SECOND_MODAL_PREDICATE = re.compile(r"\b(?:had|has|have|was|were)\s+(?:[\w’'\"”,-]+\s+){1,25}?(?P<and>and)\s+(?:now\s+|also\s+|then\s+|later\s+)?"
                                     r"(?:would|will|could|may|might|(?:is|are)\s+(?:expected|set|due|scheduled)\s+to)\b")
# a modal of what may come, not of what may have been ("could send", not "could have sent")
_MODAL_AHEAD = re.compile(r"\b(?:could|might|may)\s+(?!have\b|not\b)")
_NEGATION_WORD = re.compile(r"\b(?:not|never|no|nobody|nothing|none)\b|n[’']t\b", re.IGNORECASE)
_NEGATION_WORDS = frozenset({"not", "never", "no", "nobody", "nothing", "none"})  # its whole words
_POSSESSIVE_OPENER = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}[’']s\s+[a-z]")
_NAME_ONLY = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w’'.&-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'.&-]*){0,3}$")
_NEGATION_AFTER = re.compile(r"\s+(?:not|never)\b|n[’']t")
# - other sentences (_according, _headline_subject, _defines_term)
# (a time after the source ends it too: "… the city's electoral office shortly after 9 p.m.")
_ACCORDING_PHRASE = re.compile(r"(.+?)(?=\s+(?:on|in|at|last|this|earlier|late|early|during|since|as\s+of|as\s+at)\s|\s+(?:which|who|that)\b"
                               r"|\s+(?:(?:shortly|soon|just|hours|minutes)\s+)?(?:after|before)\s+(?:\d|midnight|noon|the\s+polls)"
                               r"|[;:]|,\s+(?!and\b|[A-Z][a-z]+\s+and\b)|\s+[–—]\s+|\.?$)")  # (or a dash: "– 2,871, by the bulletin's count –")
_SHORT_PHRASE = re.compile(r"[\w’' -]{1,40}?(?=[,.;]|$)")
_HEADLINE_SUBJECT = re.compile(r"^(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s+(?P<verb>[a-z]+s)\b")
_FIRST_PERSON_AFTER = re.compile(r"\b(?:we|our|I|this|these|it)\b", re.IGNORECASE)


# verbs that give a figure of the speaker's own ("offered a higher estimate of …")
_FIGURE_GIVING_VERBS = ("offered", "offers", "gave", "gives", "given", "provided", "provides", "issued", "issues")
# verbs by which a body gives out, changes or ends a warning of its own
# a place below a state, by the unit its name ends in ("Eastern district", "Lake County")
_PLACE_UNIT_NAME = re.compile(r"^(?:[Nn]eighbouring\s+|[Nn]eighboring\s+|[Nn]earby\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:[Dd]istrict|[Cc]ounty|[Pp]rovince|"
                              r"[Rr]egion|[Ss]tate|[Cc]ity|[Tt]own|[Vv]illage|[Mm]unicipality|[Pp]refecture|[Pp]arish|[Oo]blast|"
                              # ("Dhaka division", "Sylhet division": a country's first-level unit; "the
                              # Fraud Division" of a police force is a body; so for "Alpha department"
                              # against "the Health Department")
                              r"division|department|[Gg]overnorate|upazila|[Cc]ommune)$")
_COUNT_VERBS = frozenset({"reported", "reports", "recorded", "records", "registered", "confirmed"})
_COUNT_AFTER = re.compile(r"\s+(?:a\s+further\s+|another\s+|more\s+than\s+|nearly\s+|about\s+|some\s+|at\s+least\s+|over\s+|up\s+to\s+)?"
                          r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\b"
                          r"|the\s+(?:highest|most|largest|lowest|fewest|second-highest)\b)")  # ("reported the highest number of deaths")
# a list of names as the subject ("Ashby, Corran, Dalmore and Kell (Metro) have reported two deaths each"):
# the places of a bulletin's table
_NAME_LIST_SUBJECT = re.compile(r"^\W*(?:In\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:\s+\([^()]{1,20}\))?(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:\s+\([^()]{1,20}\))?)+"
                                r",?\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:\s+\([^()]{1,20}\))?\s+(?:have\s+|had\s+|each\s+|also\s+)*$")
_MEASURING_VERBS = ("recorded", "measured", "registered", "logged", "tallied", "counted")
_ALERT_VERBS = ("issued", "issues", "raised", "raises", "extended", "extends", "upgraded", "upgrades", "lifted", "lifts")


@lru_cache(maxsize=1)
def _patterns() -> dict:
    lex = lexicon()
    verb_group = {}
    for group, verbs in lex["reporting_verbs"].items():
        for verb in verbs:
            verb_group[verb.lower()] = group
    # "The association put the number at 6,000": a source giving its own figure (stated)
    # ("put the number of injured at 17", "put the number of people detained at 60", "put the
    # total crowd at 8,000": the noun may take a complement or be a compound's first word;
    # "put the number of Ruritanian troops in Alpha province at 3,500", "put the number of
    # Ruritanian workers moved to the new Portville plant at about 1,200": a longer one, names in it)
    # ("placed the damage at 45 million", "pegged the loss at 1.2 billion": the same giving of a
    # figure, in other words)
    put_at = rf"(?:puts?|plac(?:ed|es)|pegg?(?:ed|s))\s+(?:(?:(?:the|its|their|his|her)\s+(?:own\s+)?)?(?:[a-z-]+\s+){{0,2}}?(?:{trie_alternation(lex['put_at_nouns'], True)})(?:\s+(?:of\s+)?[a-z-]+(?:\s+[a-z-]+){{0,3}}|\s+of\s+[\w’'-]+(?:\s+[\w’'-]+){{0,8}}?)?\s+(?:at|in\s+the\s+[“\"]?(?:low\s+|high\s+|several\s+|many\s+)?(?:dozens|hundreds|thousands|tens|millions|billions)|(?:far\s+|much\s+|even\s+|slightly\s+)?(?:higher|lower)|[“\"]?(?:closer|nearer|close)\s+to|as\s+(?:high|low)\s+as)" \
        rf"|(?:(?:the|its|their)\s+)?(?:[a-z-]+\s+){{1,3}}(?:[a-z-]+\s+\([A-Z]{{2,6}}\)\s+)?(?:in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+)?at\s+(?=(?:about|around|some|nearly|almost|roughly|approximately|an\s+estimated|close\s+to|between|more\s+than|fewer\s+than|less\s+than|over|up\s+to|at\s+least|[$€£]|\d|(?-i:[A-Z][a-z]{{0,2}}\$?\.?\s?\d))))"
    # ("Damage was placed at P18.6 million by the regional office": the passive, its agent after the figure)
    put_at += r"|(?:(?<=\swas\s)|(?<=\swere\s)|(?<=\sis\s)|(?<=\sare\s)|(?<=\sbeen\s))(?:put|placed|pegged)(?=\s+at\s)"
    # ("put the attack rate (AR) at 3.6 per cent", "put the flooded land in Alpha at 8,700
    # hectares": a measure's short form, or its place, before the figure)
    # ("put the number of casualties in the hundreds": a vague figure of its own, too)
    # ("put annual inflation at 88.6%", "puts the number of displaced at 8,000": any measure
    # the source gives a number for)
    # ("put the toll far higher": a figure of its own, against another's; "puts initial crop
    # losses at 1.2 billion": no determiner)
    # "lowered its estimate", "cut its full-year forecast": the source's own figure, its group by the noun
    revised = [n for nouns in lex["revised_nouns"].values() for n in nouns]
    revise = rf"(?:{trie_alternation(lex['revision_verbs'], True)})\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{trie_alternation(revised, True)})"
    # "offered a higher estimate of about 1,100", "gave a figure of 40": a figure of its own
    revise += rf"|(?:{'|'.join(_FIGURE_GIVING_VERBS)})\s+(?:an?|its|their|his|her|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{trie_alternation(revised, True)})(?=\s+of\s)"
    # "the elders gave estimates ranging from 30 to 75": figures of their own, a range after them
    revise += rf"|(?:{'|'.join(_FIGURE_GIVING_VERBS)})\s+(?:(?:an?|its|their|his|her|the)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{trie_alternation(revised, True)})(?=\s+(?:ranging|between)\s)"
    # "gave its assessment to lawmakers", "gave its latest estimate.": its own, given to someone
    revise += rf"|(?:{'|'.join(_FIGURE_GIVING_VERBS)})\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?:{trie_alternation(revised, True)})(?=\s+to\s|\s*[.:])"
    # "gave a far smaller figure", "offers a higher estimate", "gave its own count", "put its own
    # number on the damage": a figure of its own, set against another's, however it goes on
    revise += (rf"|(?:{'|'.join(_FIGURE_GIVING_VERBS)}|put|puts)\s+(?:an?|its|their|his|her)\s+(?:own\s+|(?:(?:far|much|considerably|"
               rf"significantly|slightly|even)\s+)?(?:more\s+)?(?:lower|higher|smaller|larger|bigger|conservative|cautious|grimmer|"
               rf"bleaker|rosier)\s+)(?:{trie_alternation(revised, True)}|picture|number|numbers)\b")
    # "The weather office issued a red alert", "raised its alert to the second-highest level":
    # a warning given out is its giver's statement, as "warned" is
    # "The weather service had recorded gusts of 60 km/h", "The team measured water levels":
    # what a body found by measuring is its claim (not a place's: "Malawi recorded 40 deaths")
    measure = rf"(?:{'|'.join(_MEASURING_VERBS)})(?=\s+(?:up\s+to\s+|about\s+|more\s+than\s+|nearly\s+|some\s+|between\s+\d|around\s+\d|roughly\s+\d|an?\s+|the\s+|its\s+|their\s+|\d|[a-z]+\s+[a-z]))"
    # "Councillor Roe asked why the survey had missed the damage": a question that asserts what it asks about
    ask = r"ask(?:ed|s)\s+(?:why|how)\b"
    # "Jane Roe went further, telling …", "The agency went considerably further last week": a
    # source saying more than another did (what it said follows, in this sentence or the next)
    further = r"(?:went|goes|go|gone)\s+(?:(?:even|much|considerably|significantly|a\s+step|one\s+step)\s+)?further\b(?!\s+(?:than|into|to|down|up|back|inland|north|south|east|west|afield|along|ahead)\b)"
    alert = rf"(?:{'|'.join(_ALERT_VERBS)})\s+(?:its|their|the|an?)\s+(?:[\w-]+\s+){{0,3}}?(?:alert|warning|advisory|watch)s?\b"
    return {
        "verb_group": verb_group,
        # ("a Washington think tank": a noun, no verb of thinking)
        # (a revision first: "maintained its guidance" is the forecast kept, not "maintained" that)
        "verb": re.compile(rf"\b(?:{revise}|{trie_alternation(verb_group, True)}|{put_at}|{alert}|{measure}|{ask}|{further})\b(?![ -]tanks?\b)", re.IGNORECASE),
        "according": re.compile(rf"\b(?:{trie_alternation(lex['according_phrases'], True)})\s+", re.IGNORECASE),
        "hedged": re.compile(rf"\b(?:{trie_alternation(lex['hedge_phrases'], True)})\b(?![ -]tanks?\b)", re.IGNORECASE),
        "reported": re.compile(rf"\b(?:{trie_alternation(lex['reported_phrases'], True)})\b", re.IGNORECASE),
        "predicted": re.compile(rf"\b(?:{trie_alternation(lex['predicted_phrases'], True)})\b", re.IGNORECASE),
        "denied": re.compile(rf"\b(?:{trie_alternation(lex['denied_phrases'] + lex['absence_phrases'], True)})\b", re.IGNORECASE),
        # (a comma or the subject follows the opening: "At the time, …", "For years the town …")
        "backstory": re.compile(rf"^\W*(?:{trie_alternation(lex['backstory_openings'], True)})\b(?!\s+(?:of|that|when|as)\b)", re.IGNORECASE),
        "standing": re.compile(rf"\b(?:{trie_alternation(lex['standing_phrases'], True)})\b", re.IGNORECASE),
        "gap": re.compile(rf"\b(?:{trie_alternation(lex['gap_phrases'], True)})\b", re.IGNORECASE),
        "definition": re.compile(
            # ("no means of", "a means to", "by any means": the noun, not the verb)
            rf"^\W*(?:the\s+term\s+)?[“\"‘']?[\w\s\-’']{{1,40}}?[”\"’']?\s*(?:\([^)]*\)\s*)?"
            rf"(?<!\bno\s)(?<!\ba\s)(?<!\bany\s)(?<!\bthe\s)(?<!\bby\s)(?<!\bsome\s)(?<!\bother\s)(?<!\bits\s)(?<!\btheir\s)"
            rf"(?:{trie_alternation(lex['definition_phrases'], True)})\b",
            re.IGNORECASE),
        "unnamed": re.compile(rf"^(?:the\s+|some\s+|many\s+|other\s+|several\s+|local\s+|western\s+|military\s+|unnamed\s+|unconfirmed\s+|earlier\s+)*(?:{trie_alternation(lex['unnamed_sources'], True)})$", re.IGNORECASE),
        "anonymous": re.compile(rf"\b(?:{trie_alternation(lex['anonymity_phrases'], True)})\b", re.IGNORECASE),
        "pronoun": re.compile(rf"^(?:{trie_alternation(lex['person_pronouns'], True)})$", re.IGNORECASE),
        "conduit": re.compile(rf"\b(?:{trie_alternation(lex['conduit_phrases'], True)})\s+", re.IGNORECASE),
        "media_prefix": re.compile(rf"^(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+)*?(?:{trie_alternation(lex['media_nouns'], False)})\s+"),
        "aux_tail": re.compile(rf"(?:[\s,]+{_AUX})*[\s,]*$", re.IGNORECASE),
        "actor_np": re.compile(
            rf"^(?:(?:the|a|an|his|her|its|their|our|some|local|several)\s+)?(?:[\w’'.()-]+\s+){{0,5}}"
            rf"(?:{trie_alternation(lex['actor_nouns'], True)}|[a-z]{{2,}}(?:{trie_alternation(lex['actor_noun_endings'], True)}))$",
            re.IGNORECASE),
        "statement_np": re.compile(
            rf"^(?P<owner>.+?)[’']s?\s+(?:[a-z]+\s+){{0,2}}(?:{trie_alternation(lex['statement_nouns'], False)})"
            # (to whom it went: "the agency's report to parliament")
            rf"(?:\s+(?:to|before)\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}})?$"),
        "document": re.compile(
            rf"^(?:the\s+|a\s+)?(?:(?:[a-z]+(?:-[a-z]+)?|(?:19|20)\d\d)\s+){{0,2}}(?:{trie_alternation(lex['document_nouns'], True)})\s+"
            # (its participle, and when: "returns released late by", "precinct-level figures posted by")
            rf"(?:(?:(?!as\s)[a-z]+\s+)?(?:(?:overnight|late|early|jointly|online|\w+ly)\s+)?(?:by|from|of)|attributed\s+to)\s+",
            re.IGNORECASE),
        "passive_verb": re.compile(rf"\b(?:was|were|is|are|has been|have been|had been)\s+(?:{trie_alternation(verb_group, True)})\b", re.IGNORECASE),
        "negated": re.compile(rf"\b(?:{trie_alternation(lex['negators'], True)})\s+(?:yet\s+|publicly\s+|immediately\s+)?$", re.IGNORECASE),
        # (\b before the look-behinds: the same matches, but inside words, at most
        # positions, the test fails before they are tried)
        "event": re.compile(rf"\b(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bget\s)(?<!\bgot\s)(?:{trie_alternation(lex['event_verbs'], False)})\b"),
        # ("has sent", "have spent"; "has so far been spared", "have already been evacuated": the
        # perfect passive of something done, not "has been a …", "has been known as")
        "perfect": re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?!been\b|not\b|yet\b|no\b)[a-z]+(?:ed|en|wn|ght|ade|ept|ld|id|ne|ck|un|ot|nt)\b"
                              r"|\b(?:has|have)\s+(?:(?:so\s+far|already|now|also|just|since|\w+ly)\s+)*been\s+(?:\w+ly\s+)?"
                              r"(?!(?:based|located|known|named|called|considered|regarded|seen|used|linked|involved)\b)"
                              r"(?:[a-z]{3,}ed|hit|cut|shut|set|put|left|lost|held|sent|found|built|told|paid|sold|kept|struck|brought|caught|taken|given|shot|stolen|torn|swept)\b"),
        "progressive_passive": re.compile(r"\b(?:is|are|was|were)\s+being\s+[a-z]+"),
        "function_word": re.compile(r"^(?:when|while|after|before|as|that|which|who|and|but|or|because|if|since|until|than|said|says|told|where|whom|whose|to|into|with|by|for|on|over|under|is|are|was|were|be|been|has|have|had|of|in|at|from|among|amongst|between|against|during)$", re.IGNORECASE),
        "not_a_verb": re.compile(rf"^(?:-|\s+)(?:run|owned|media|television|tv|radio|news|broadcaster|newspaper|agency|"
                                 rf"department|of|secretary|councillor|council|legislature|assembly|card|plan|{trie_alternation(lex['state_media_nouns'], True)})\b",
                                 re.IGNORECASE),
        "placed_group": re.compile(rf"(?<![\w-])(?P<np>(?i:the\s+|local\s+)?(?i:{trie_alternation(lex['placed_groups'], True)})\s+(?:in|from|at)\s+(?:the\s+)?"
                                   # ("Aid workers in Alpha and Beta say": the group of both places)
                                   rf"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}}(?:(?:,\s+|,?\s+and\s+)[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,2}}){{0,3}})$"),
        # ("No injuries were reported": none happened, though the passive names a report)
        "no_has_been": re.compile(r"^(?:\W*\w+\W+){0,3}?no\s+(?:[\w-]+\s+){0,4}?(?:(?:has|have|had)\s+(?:yet\s+)?been|was|were)\b", re.IGNORECASE),
        "owned_record": re.compile(rf"^(?:an?\s+(?=[A-Z]))?(?P<owner>(?:the\s+)?{_OWNER_WORD}(?:\s+{_OWNER_WORD}){{0,3}}?)(?:\s+\([A-Z][\w.&-]+\))?(?P<possessive>[’']s)?\s+(?P<clock>\d{{1,2}}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm|GMT|UTC|local\s+time)?\s+)?(?P<kind>[a-z]+\s+|(?<=s\s)[A-Z][\w-]*\s+)?(?:{trie_alternation(lex['record_nouns'], True)})$"),
        "bare_record": re.compile(rf"^(?:[a-z]+\s+)?(?:{trie_alternation(lex['record_nouns'], True)})$", re.IGNORECASE),
        "polled": re.compile(rf"(?:^|(?<=[\s,]))(?:[A-Za-z]+\s+of\s+(?:the\s+)?\d+\s+)?(?P<group>(?i:{trie_alternation(lex['polled_groups'], True)}))\s+"
                             # ("Economists interviewed by the Harbour Times think …": asked, as a poll asks)
                             r"(?P<asked>polled|surveyed|contacted|consulted|interviewed|canvassed|questioned)(?P<by>\s+by\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4})?"
                             r"(?:\s+(?:this|last)\s+\w+)?(?:\s+(?:had|have|has|on\s+average|also))*\s*$"),
        "bare_state_media": re.compile(rf"^(?:the\s+)?[Ss]tate(?:-run|-owned|\s+run|\s+owned)?\s+(?P<noun>{trie_alternation(lex['state_media_nouns'], True)})$",
                                       re.IGNORECASE),
        "term_definition": re.compile(r"^(?P<term>[A-Z][a-z]+(?:[ -][a-z]+){0,2})\s+(?:is|are)\s+(?:a|an|the)\s+[a-z]"),
        # "…, the study found.": research or a document closing its sentence with what it found
        # (a headline drops the article: "…, study finds")
        # _NESTED_CLAUSE with its verb a reporting verb (the noun phrase before it runs up to one)
        "nested_reporting": re.compile(_NESTED_CLAUSE.pattern.replace(r"(?P<verb>[a-z]+(?:\s+that)?)\b",
                                                                      rf"(?P<verb>(?:{trie_alternation(verb_group, True)})(?:\s+that)?)\b")),
        "finding": re.compile(rf",\s+(?P<np>(?:(?:the|its|their)\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:{trie_alternation(lex['research_nouns'] + lex['issued_documents'], True)}))"
                              rf"\s+(?:{trie_alternation(lex['finding_verbs'], True)})(?:\s+(?:on|in|last|this)\s+\w+)?\s*[.!]?\s*$", re.IGNORECASE),
    }


# A cue list's pattern is run over a sentence only where the sentence has, as whole words,
# all the words of one of the list's phrases: a match holds them so (each pattern starts with
# \b, and its phrases' words are set off by spaces, apostrophes or hyphens and end at \b or
# whitespace), in any case.  The definition pattern, whose phrase may follow a word without a
# space, needs a phrase's key word (its longest) anywhere in the sentence.  The four
# characters re.IGNORECASE also takes for an ASCII letter ("ſ" for "s", the Kelvin sign for
# "k", dotted and dotless i) leave it unknown which patterns can match (all can).
_WORD_RUN = re.compile(r"\w+")
# (the same words in an ASCII sentence, found by table rather than by Unicode look-ups)
_WORD_RUN_ASCII = re.compile(r"\w+", re.ASCII)
_IGNORECASE_ASCII_LOOKALIKES = re.compile("[\u0130\u0131\u017f\u212a]")


def _sentence_cues(body: str) -> Collection[str]:
    """The cue patterns (see :func:`_cue_index`) that can match a sentence, and "negation"
    where _NEGATION_WORD can; all of them when not known.  (Lower-casing the whole sentence
    changes no character's length or word-ness but the dotted capital I's, one of the four
    excluded.)"""
    ascii_only = body.isascii()  # (then none of the four is in it)
    if not ascii_only and _IGNORECASE_ASCII_LOOKALIKES.search(body):
        return _EVERY_CUE
    low = body.lower()
    phrases_of, always, definition_words = _cue_index()
    cues = set(always)
    words = _words_of(low, ascii_only)
    for word in _cue_key_words().intersection(words):  # (a frozenset's, quicker than the dict's keys')
        for key, needed in phrases_of[word]:
            if key not in cues and needed <= words:
                cues.add(key)
    if any(word in low for word in definition_words):
        cues.add("definition")
    if not _NEGATION_WORDS.isdisjoint(words) or "n't" in low or "n’t" in low:
        cues.add("negation")
    return cues


@article_memo  # (the cue patterns' shortcut asks again for the sentence's words)
def _words_of(low: str, ascii_only: bool) -> frozenset[str]:
    """The whole words (runs of \\w) of a lower-cased text, ``ascii_only`` if it is ASCII."""
    return frozenset((_WORD_RUN_ASCII if ascii_only else _WORD_RUN).findall(low))


def _cue_matches(key: str, text: str):
    """``_patterns()[key].finditer(text)`` for a cue pattern ("verb", "hedged", ...: those
    of :func:`_cue_phrases` but "definition"), the pattern tried only where a word opening
    one of its phrases is written (:func:`_cue_first_words`): a match opens at a word
    boundary with such a word, whole (a space, a hyphen, an apostrophe or the end of the
    phrase follows it in every phrase), in any case.  Searched for, the long patterns were
    tried at every position of the sentence (the verb pattern's was the costliest test of
    the claims).  Matches are taken from the left and do not overlap, as finditer takes
    them; a text holding one of the four characters re.IGNORECASE also takes for an ASCII
    letter is searched as before."""
    pattern, firsts = _patterns()[key], _cue_first_words(key)
    ascii_only = text.isascii()
    if firsts is None or not ascii_only and _IGNORECASE_ASCII_LOOKALIKES.search(text):
        yield from pattern.finditer(text)
        return
    low = text.lower()  # (as long as the text: no dotted capital I in it)
    starts = []
    for word in firsts & _words_of(low, ascii_only):
        at = low.find(word)
        while at >= 0:
            end = at + len(word)
            if not (at and _is_word_char(low[at - 1]) or end < len(low) and _is_word_char(low[end])):
                starts.append(at)
            at = low.find(word, at + 1)
    taken = 0  # where the last match ended
    for start in sorted(starts):
        if start >= taken:
            match = pattern.match(text, start)
            if match:
                yield match
                taken = match.end()


def _cue_search(key: str, text: str) -> re.Match | None:
    """``_patterns()[key].search(text)`` (see :func:`_cue_matches`)."""
    return next(_cue_matches(key, text), None)


@lru_cache(maxsize=None)
def _cue_first_words(key: str) -> frozenset[str] | None:
    """The first words (lower-case runs of \\w) of a cue pattern's phrases; None if a phrase
    opens with no word or with letters beyond ASCII (the shortcut would not hold)."""
    firsts = [_WORD_RUN.match(phrase.lower()) for phrase in _cue_phrases()[key]]
    return frozenset(first.group() for first in firsts) if all(first and first.group().isascii() for first in firsts) \
        else None


@lru_cache(maxsize=1)
def _cue_phrases() -> dict[str, list[str]]:
    """The phrases of each cue pattern, by the key :func:`_sentence_cues` gives it."""
    lex = lexicon()
    verbs = [*_patterns()["verb_group"]]
    return {"verb": [*verbs, "put", "puts", "placed", "places", "pegged", "pegs", *lex["revision_verbs"], *_FIGURE_GIVING_VERBS, *_ALERT_VERBS, *_MEASURING_VERBS, "asked", "asks",
                     "went further", "goes further", "go further", "gone further"], "according": lex["according_phrases"],
            "hedged": lex["hedge_phrases"], "reported": lex["reported_phrases"],
            "predicted": lex["predicted_phrases"], "denied": lex["denied_phrases"] + lex["absence_phrases"],
            "gap": lex["gap_phrases"],
            "conduit": lex["conduit_phrases"],
            "passive_verb": [f"{be} {verb}" for be in ("was", "were", "is", "are", "has been", "have been", "had been")
                             for verb in verbs],
            "definition": lex["definition_phrases"], "standing": lex["standing_phrases"]}


# every key _sentence_cues can give: what may match a text nothing is known of
_EVERY_CUE = frozenset({"verb", "according", "hedged", "reported", "predicted", "denied", "gap", "conduit",
                        "passive_verb", "definition", "negation", "standing"})


@lru_cache(maxsize=1)
def _cue_index() -> tuple[dict[str, tuple[tuple[str, frozenset[str]], ...]], frozenset[str], tuple[str, ...]]:
    """For :func:`_sentence_cues`: each key word -> (cue pattern, all the words of the
    phrase) for each phrase it is the key word of (a sentence lacking one of them cannot
    hold the phrase either); the patterns that can always match (a phrase without an ASCII
    key word would make the test inexact); the definition phrases' key words."""
    lex = lexicon()
    lists = _cue_phrases()
    phrases_of: dict[str, set[tuple[str, frozenset[str]]]] = {}
    always = set()
    for key, phrases in lists.items():
        runs = [[run.lower() for run in _WORD_RUN.findall(phrase)] for phrase in phrases]
        if not all(words and all(word.isascii() for word in words) for words in runs):
            always.add(key)
        elif key != "definition":
            for words in runs:
                phrases_of.setdefault(max(reversed(words), key=len), set()).add((key, frozenset(words)))
    definition_words = () if "definition" in always else \
        tuple(max(reversed(_WORD_RUN.findall(phrase)), key=len).lower() for phrase in lex["definition_phrases"])
    return {word: tuple(sorted(entries)) for word, entries in phrases_of.items()}, frozenset(always), definition_words


@lru_cache(maxsize=1)
def _cue_key_words() -> frozenset[str]:
    """The key words of :func:`_cue_index` (the keys of its first dict), as a frozenset."""
    return frozenset(_cue_index()[0])


def _verb_group(verb: str) -> str:
    """The certainty group of a matched reporting verb ("put the toll at" is stated, "cut its
    forecast" predicted)."""
    key = _SPACES.sub(" ", verb.lower())
    group = _patterns()["verb_group"].get(key)
    if group:
        return group
    return "predicted" if key.split()[-1] in lexicon()["revised_nouns"]["predicted"] else "stated"


class Context:
    """What claim attribution carries from one sentence to the next."""

    def __init__(self, people: list[Actor], organisations: list[Actor] | None = None, text: str = ""):
        self.people = people
        self.org_actors = organisations or []
        self.organisations = [o.name for o in self.org_actors]
        self.last_person: Actor | None = None
        self.last_speaker: Actor | None = None  # the person the sentence before was attributed to
        self.text = text
        self.pos = 0  # where the sentence being read starts: descriptions look back from here
        # where "the next lines" start for a description named later (the sentence's start; a
        # headline's, the story's: it looks back over the whole story, and ahead from its top)
        self.ahead: int | None = None
        self.last_org: str | None = None  # the organisation "it" refers back to
        self.previous: tuple[int, int] | None = None  # the sentence before the current one, in its block
        self.last_group: str | None = None  # the group source "they" refers back to: the last one a claim was put to
        self.last_sources: str | None = None  # the described sources "the sources" refers back to
        self.state_actors: list[Actor] = []
        self.written: dict[str, set[str]] = {}  # claimant -> the words the text used for it
        # a name the text says a source goes by ("The office, known in Spanish as the
        # Fiscalía, said"), lower-cased -> that source: a later "the Fiscalía" is it
        self.known_as: dict[str, tuple[str, str | None]] = {}
        # head noun -> the fuller common-noun actor it refers back to ("army" -> "Chadian army")
        self.heads: dict[str, str] = {}
        # sentence id -> (name, role) of who speaks a sentence whose claim is another's ("'The
        # agency told us …,' Roe said": the agency claims, Roe speaks the quotation around it)
        self.speakers: dict[int, tuple[str, str | None]] = {}
        # the sources claims were put to, in the order the text gives them (what "the official"
        # or "the spy agency" refers back to when no named actor of that kind precedes it)
        self.claimants: list[str] = []
        # the unnamed holder of a post the sentence before was attributed to ("A Ukrainian
        # commander told us …"): who a "he said" right after it is
        self.last_unnamed: tuple[str, str | None] | None = None
        # the body or person the last spokesperson named spoke for ("A spokesperson for the
        # Forest Service said … . The spokesperson said …": the service again)
        self.spoken_for: tuple[str, str | None] | None = None
        # person's name -> the words of the posts the text gave them in apposition ("Jane Roe,
        # the health minister, said": "the minister" later is her)
        self.posts: dict[str, list[frozenset[str]]] = {}

    def nearest(self, actors: list[Actor], test) -> Actor | None:
        """The actor passing ``test`` that the text names last before the current sentence."""
        best, best_pos = None, -1
        for actor in actors:
            named = [a for a, _ in actor.spans if a < self.pos]
            if named and max(named) > best_pos and test(actor):
                best, best_pos = actor, max(named)
        return best


UNRESOLVED = "unresolved description: no actor of this kind named before it"
# what an outlet calls itself ("this newspaper found"): the article's own voice
_OWN_OUTLET_NOUNS = frozenset({"newspaper", "paper", "website", "site", "publication", "outlet", "broadcaster",
                               "magazine", "programme", "program", "newsroom"})


def _description(np: str, ctx: Context) -> tuple[str, str | None] | None:
    """A definite description ("the agency", "the ministry", "the minister", "the
    company") as the actor it refers back to: the nearest organisation or person of a
    matching kind named before it; else the description itself, marked unresolved."""
    words = np.split()
    definite = bool(words) and words[0].lower() in ("the", "this", "that")
    if definite and words[0].lower() == "this" and len(words) == 2 and words[1].lower() in _OWN_OUTLET_NOUNS:
        return ARTICLE, None  # "by a count this newspaper made": the outlet's own count, the article's
    if definite:
        words = words[1:]
    if definite and 2 <= len(words) <= 3 and words[-1].lower() in word_set("generic_role_heads") and \
            all(w[:1].isupper() for w in words[:-1]):
        # "Kremlin Spokesman Jane Roe said … . … the Kremlin official told reporters": the one
        # whose post that body gives ("a Kremlin official" stays an unnamed insider)
        body = " ".join(words[:-1]).lower()
        person = ctx.nearest(ctx.people, lambda p: bool(p.role) and body in p.role.lower())
        if person:
            person.aliases.add(np)
            ctx.last_person = person
            return person.name, person.role
    if not words or len(words) > 3 or any(w[:1].isupper() for w in words) or \
            any(_patterns()["function_word"].match(w) for w in words):
        return None
    lex = lexicon()
    head, modifiers = words[-1].lower(), {w.lower() for w in words[:-1]}
    phrase = " ".join(words)
    if head == "officer" and modifiers and ctx.posts:
        # "The returning officer, Professor Jane Doe, announced … . … announced by the returning
        # officer": the one given that post ("officer" alone is no post: "chief executive officer")
        person = ctx.nearest(ctx.people, lambda p: any(head in words and modifiers <= words for words in ctx.posts.get(p.name, ())))
        if person:
            person.aliases.add(np)
            ctx.last_person = person
            return person.name, person.role
    if head in _role_heads():
        wanted = phrase.lower()
        same_post = {head, *lex["role_synonyms"].get(head, ())}  # "the judge": Justice Jane Roe
        person = ctx.nearest(ctx.people, lambda p: bool(p.role) and wanted in p.role.lower()) or \
            (ctx.nearest(ctx.people, lambda p: bool(p.role) and not same_post.isdisjoint(p.role.lower().split()))
             if not modifiers else None)
        if not person and ctx.posts:
            # "Jane Roe, the health minister, said … . The minister said": the person given that post
            person = ctx.nearest(ctx.people, lambda p: any(head in words and modifiers <= words for words in ctx.posts.get(p.name, ())))
        if not person and not modifiers and head in lex["generic_role_heads"] and ctx.claimants and \
                ctx.claimants[-1].lower().split()[-1] == head and not any(p.name == ctx.claimants[-1] for p in ctx.people):
            return ctx.claimants[-1], None  # "A senior election official said … . The official said": that one
        if not person and not modifiers and head in lex["generic_role_heads"]:
            # "Deputy Mayor Jane Roe said … . The official added …": any holder of a post
            person = ctx.nearest(ctx.people, lambda p: bool(p.role))
        if not person and (modifiers or ctx.ahead is not None):
            # ("Mayor warns of …" over "The mayor of Portville, Ana Costa, said": a headline's
            # post is its holder named in the story)
            person = _holder_named_next(wanted, ctx)
        if person:
            person.aliases.add(np)
            ctx.last_person = person
            return person.name, person.role
        if ctx.spoken_for and not modifiers and head in _SPOKESPERSON_HEADS:
            return ctx.spoken_for  # "A spokesperson for the Forest Service said … . The spokesperson said": the service
        earlier = _earlier_claimant(head, modifiers, ctx)
        if earlier:
            return earlier, None
        return phrase, UNRESOLVED
    if head in lex["state_bodies"] and not modifiers:  # "the regime", "the administration"
        # the state the story is about (named most), not one just named in passing ("broadcasting from abroad"),
        # nor one named only for the other side of a meeting ("spoke with his French counterpart")
        state = max((a for a in ctx.state_actors if any(not _COUNTERPART_AFTER.match(ctx.text, end) for _, end in a.spans)),
                    key=lambda a: len(a.spans), default=None) if ctx.state_actors else None
        if state:
            return state.name, None
    types = lex["description_types"]
    if head in lex["company_nouns"]:
        suffixes = set(lex["company_suffixes"])
        # (or a name with the noun's own mark anywhere in it: "the bank" after "the Bank of Corvia")
        marks = {w.lower() for w in types.get(head, ()) if w != "*"}

        def test(org):
            return org.name.split()[-1].rstrip(".") in suffixes or org.role == "company" \
                or not marks.isdisjoint(org.name.lower().split())
    elif head in types and types[head] == ["*"]:
        def test(org):
            return not is_news_organisation(org.name)
    elif head in types:
        marks = {w.lower() for w in types[head]}

        def test(org):
            return bool(marks & set(org.name.lower().split())) or any(" " in m and m in org.name.lower() for m in marks)
    else:
        # "The Lakeland Institute, a Portville-based think tank, said … . The think tank said":
        # a description the text gave a source it named (:func:`_described_as`)
        earlier = _earlier_claimant(head, modifiers, ctx) if definite else None
        return (earlier, None) if earlier else None
    if head == "court" and modifiers <= _TOP_COURT_WORDS:
        # "The court also ordered …" after a ruling that named the lower court it upheld: the
        # court whose word the sentences before gave, not the court named last; "the apex
        # court", "the country's highest court": the top court the text names
        courts = [n for n in ctx.organisations if _TOP_COURT.search(n)] if modifiers else reversed(ctx.claimants)
        court = next((n for n in courts if "court" in n.lower().split()), None)
        if court:
            return court, None
    same = _said_the_same(modifiers)  # "the spy agency": a name that says "intelligence" says the same
    # "Sales at Brenmor Foods fell 3 percent, the company said": a description closing the
    # sentence refers back to a body named in the sentence before it, too
    sentence_start, closing = ctx.pos, _closing_description(ctx, np)
    if closing is not None:
        ctx.pos = closing
    try:
        org = ctx.nearest(ctx.org_actors, lambda o: test(o) and (not modifiers or modifiers <= set(o.name.lower().split())
                                                                 or bool(same & set(o.name.lower().split()))))
    finally:
        ctx.pos = sentence_start
    if org:
        org.aliases.add(np)
        return org.name, None
    earlier = _earlier_claimant(head, modifiers, ctx)
    if earlier:
        return earlier, None
    if (head in lex["company_nouns"] or head == "group") and modifiers.isdisjoint(lex["public_body_modifiers"]):
        earlier = _earlier_firm(ctx)  # "Freedonian drugmaker Alpha said … . The Portville-based group expects …"
        if earlier:
            return earlier, None
    # "the electoral body said …" in a lede, "The Electoral Commission (EC) said …" next
    named = _named_next(phrase.lower(), ctx) if len(words) == 2 else None
    if named:
        ctx.written.setdefault(named, set()).add(np)
        return named, None
    if modifiers:
        return None  # "the provincial disaster office": a body of its own, named as written
    if head in ctx.heads:  # "the army" after "the Malian army"
        return ctx.heads[head], None
    if head in lex["national_bodies"] and ctx.state_actors:  # "police said" in a Bolivian story
        code = _main_state_code(ctx)
        if code:
            return f"{demonym(code)} {phrase}", None
    return phrase, UNRESOLVED


_SPOKESPERSON_HEADS = frozenset({"spokesperson", "spokesman", "spokeswoman"})


def _closing_description(ctx: Context, np: str) -> int | None:
    """Where a description stands after a comma or a closing quote in the current paragraph
    ("…, the company said"), if it does there; else None."""
    line_end = ctx.text.find("\n", ctx.pos)
    end = min(line_end if line_end >= 0 else len(ctx.text), ctx.pos + 400)
    found = re.search(r"[,”\"]\s+(?:[Tt]he\s+)?" + re.escape(_LEADING_THE_ANY_CASE.sub("", np)) + r"\b", ctx.text[ctx.pos:end])
    return ctx.pos + found.start() if found else None


def _post(words: str) -> str:
    # one spelling of a post on both sides of the Atlantic ("defense minister", "defence minister")
    return words.lower().replace("defense", "defence")


def _holder_named_next(post: str, ctx: Context) -> Actor | None:
    """The holder of a post a lede describes before naming ("Ruritania's defence minister
    told lawmakers …" … "Jane Roe, the defence minister, said" or "Defence Minister Jane
    Roe"): the one person given that post, by title or in apposition, first named within the
    next few lines.  (Called only when nobody with the post was named before.)"""
    start = ctx.pos if ctx.ahead is None else ctx.ahead
    post, window = _post(post), start + 400
    found = []
    for person in ctx.people:
        first = min(person.spans, default=None)
        if first is None or not start <= first[0] < window:
            continue
        after = _post(ctx.text[first[1]:first[1] + len(post) + 40])
        # ("The mayor of Portville, Ana Costa, said": the post in apposition before the name)
        before = _post(ctx.text[max(0, first[0] - len(post) - 40):first[0]]).rstrip()
        if (person.role and post in _post(person.role)) or (after.startswith(", ") and post in after.split(",")[1]) \
                or before.endswith(",") and post in before.rsplit(".", 1)[-1].rsplit(",", 2)[-2:][0]:
            found.append(person)
    return found[0] if len(found) == 1 else None


# a headline's "expert" ("…, says Portville expert", "expert says"), and the posts of the one it
# stands for: an academic's or an analyst's, given in apposition to the name ("Jane Roe, a
# senior lecturer in naval history at the University of Portville, said")
_EXPERT_WORDS = frozenset({"expert", "analyst", "academic", "scholar", "researcher", "specialist"})
_EXPERT_POST = re.compile(r"\b(?:professor|lecturer|researcher|analyst|fellow|expert|scholar|specialist|academic|director\s+of\s+studies)\b",
                          re.IGNORECASE)


def _expert_named_next(place: str | None, ctx: Context) -> Actor | None:
    """The one person of the story whose apposition or role makes them an expert (of the
    place the headline gives, if it gives one): whom a headline's "expert says" quotes."""
    found = []
    for person in ctx.people:
        first = min(person.spans, default=None)
        if first is None:
            continue
        after = ctx.text[first[1]:first[1] + 160]
        apposition = after.split(",")[1] if after.startswith(", ") and after.count(",") >= 2 else ""
        post = " ".join(filter(None, (person.role, apposition)))
        if _EXPERT_POST.search(post) and (not place or place.lower() in post.lower()):
            found.append(person)
    return found[0] if len(found) == 1 else None


def _said_the_same(modifiers) -> set[str]:
    """A description's modifiers and the words a body's name says the same thing with
    ("spy" -> "intelligence", "security"; lexicon ``description_modifier_names``)."""
    names = lexicon()["description_modifier_names"]
    return {w for word in modifiers for w in (word, *names.get(word, ()))}


def _named_next(body: str, ctx: Context, code: str | None = None) -> str | None:
    """The organisation a state's body described by common nouns ("Ruritania's spy agency")
    turns out to be, when the text makes it plain: the one organisation of the description's
    kind (its head noun's types, its modifier in the name or said the same way there) first
    named within the next few lines and not before ("… The State Intelligence Bureau (SIB)
    told lawmakers …").  ``code``: the state the description gives ("Ruritania's spy
    agency"): another state's body is not it."""
    words = body.lower().split()
    types = lexicon()["description_types"].get(words[-1]) if len(words) == 2 else None
    if not types:
        return None
    marks = {w.lower() for w in types}
    same = _said_the_same(words[:1])
    start = ctx.pos if ctx.ahead is None else ctx.ahead
    window = start + 400
    found = []
    for org in ctx.org_actors:
        first = min((a for a, _ in org.spans), default=-1)
        name = set(org.name.lower().split())
        kind = (marks & name if types != ["*"] else not is_news_organisation(org.name)) and same & name
        if kind and code is not None and _org_state(org, ctx) not in (None, code):
            continue  # ("Ukraine's military intelligence" is not the South Korean service named next)
        if start <= first < window and kind:
            found.append(org)
        elif 0 <= first < start and kind:
            return None  # one of its kind named before: the description may be either
    if len(found) != 1:
        return None
    return found[0].name


# the heads of a state's bodies a demonym can stand before without an article ("South
# Korean intelligence said", "Ukrainian military intelligence believes")
_STATE_BODY_HEADS = frozenset({"intelligence"})


# words of a think tank's or a university's name: no state's body, whatever its field
_SCHOLARLY_WORDS = frozenset({"studies", "university", "college", "academy", "think", "foundation", "research"})


_OVERSIGHT_HEADS = frozenset({"committee", "subcommittee", "assembly", "parliament", "council", "caucus", "panel"})


def _named_before(body: str, code: str | None, ctx: Context) -> str | None:
    """The organisation a state's body described by common nouns ("spy agency", "military
    intelligence") refers back to: the nearest one named before it of the description's kind
    (its head noun's types, its modifier in the name or said the same way there) that is no
    other state's (by the state its name or the words just before it give)."""
    words = body.lower().split()
    for claimant in reversed(ctx.claimants):  # "…'s military intelligence agency, known as the HUR"
        if any(body.lower() in desc.lower() for desc in ctx.written.get(claimant, ())):
            return claimant
    lex = lexicon()
    types = lex["description_types"].get(words[-1]) if words and len(words) <= 3 else None
    if not types:
        return None
    marks = {w.lower() for w in types}
    same = _said_the_same(words[:-1])

    def fits(org: Actor) -> bool:
        name = set(org.name.lower().split())
        if not marks & name or (same and not same & name and not (words[-1] in name)):
            return False
        if org.name.split()[-1].lower() in _OVERSIGHT_HEADS:
            return False  # ("the National Assembly's Intelligence Committee" oversees intelligence; it is none)
        owner = _org_state(org, ctx)
        if owner is None and code is not None and name & _SCHOLARLY_WORDS:
            return False  # ("the Harcourt Institute for Security Studies" is no state's spy agency)
        return owner is None or code is None or owner == code

    org = ctx.nearest(ctx.org_actors, fits)
    return org.name if org else None


def _org_state(org: Actor, ctx: Context) -> str | None:
    """The state an organisation belongs to, when its name or the words just before its
    first mention say so ("South Korea's National Intelligence Service", "the Ukrainian
    Main Directorate of Intelligence")."""
    first = min((a for a, _ in org.spans), default=None)
    before = ctx.text[max(0, first - 30):first] if first is not None else ""
    # (the words just before it in its own sentence, nearest first: not "Russia" of a line before)
    before = re.split(r"\n|[.!?]\s", before)[-1]
    # (and the descriptions the text gave it: "South Korea's spy agency" for the NIS)
    for words in (org.name, before, *sorted(org.aliases), *sorted(ctx.written.get(org.name, ()))):
        runs = re.findall(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?", words)
        for run in (reversed(runs) if words is before else runs):
            for candidate in (run, run.split()[0]):
                code = geo_words().get(candidate.lower().removesuffix("'s").removesuffix("’s"))
                if code:
                    return code
    return None


# "Ruritania's military intelligence agency, known as the MIA, said": the description and
# the name it is known by are one source
_KNOWN_AS = re.compile(r"\b(?P<desc>(?:[A-Z][\w-]*[’']s\s+)?(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),\s+(?:known\s+as|also\s+known\s+as|called)\s+"
                       r"(?:the\s+)?(?P<name>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,5})")


def _known_as(body: str, claimant: str, ctx: Context) -> None:
    """Remember a description the sentence says its claimant is known by, for a later
    "the agency" to find it (:func:`_earlier_claimant`)."""
    for match in _KNOWN_AS.finditer(body):
        name = match.group("name")
        if name == claimant or name in ctx.written.get(claimant, ()) or claimant.endswith(name):
            ctx.written.setdefault(claimant, set()).add(match.group("desc"))


# "…, a US-based think tank, said", "…, the state grid operator, said": a description set
# off by commas after a name
_DESCRIBED_AS = re.compile(r",\s+(?:a|an|the)\s+(?P<desc>(?:[\w’'-]+\s+){0,3}?[a-z][a-z-]+),")


def _described_as(body: str, claimant: str, ctx: Context) -> None:
    """Remember the description an appositive gives a body the sentence names and gives its
    claim to ("The Lakeland Institute, a Portville-based think tank, said"), for a later
    "the think tank" to find it (:func:`_earlier_claimant`)."""
    names = {claimant} | ctx.written.get(claimant, set())
    for match in _DESCRIBED_AS.finditer(body):
        before = _BRACKETS_AT_END.sub("", body[:match.start()]).rstrip()
        if any(before.endswith(name) for name in names) and not any(w in match.group("desc").split() for w in ("of", "and", "for", "in")):
            ctx.written.setdefault(claimant, set()).add(match.group("desc"))


def _appositive_post(body: str, name: str, ctx: Context) -> None:
    """Remember the post a sentence gives its speaker in apposition, next to the name as
    written in full or by surname ("Jane Roe, the health minister, said", "The agency's
    director, Tom Vale, said", "Tom Vale, director of the water agency, said")."""
    for written in (name, name.split()[-1]):
        at = body.find(written)
        if at < 0:
            continue
        after = _POST_AFTER_NAME.match(body, at + len(written))
        before = _POST_BEFORE_NAME.search(body, 0, at)
        for found in (after, before):
            if found:
                words = {w.lower() for w in found.group("post").split()}
                if words & _role_heads() or len(words) >= 2 and "officer" in words:  # ("the returning officer")
                    ctx.posts.setdefault(name, []).append(frozenset(words))
        return


# "…, the health minister, said", "…, director of the water agency, said": a post after a name
_POST_AFTER_NAME = re.compile(r",\s+(?:the\s+|an?\s+)?(?:[A-Z][\w-]*[’']s\s+)?(?P<post>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?:\s+(?:of|at|for)\s+[^,]{2,60})?,")
# "The agency's director, Tom Vale, said", "the health minister, Jane Roe,": a post before it
_POST_BEFORE_NAME = re.compile(r"(?:^|[,;]\s+|\b[Tt]he\s+)(?:(?:[\w-]+|the\s+[a-z]+)[’']s\s+)?(?P<post>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),\s+(?:(?:Professor|Prof\.|Dr\.?|Justice|Judge)\s+)?$")


def _earlier_claimant(head: str, modifiers: set[str], ctx: Context) -> str | None:
    """The source a definite description refers back to when no named actor of its kind
    precedes it: the latest earlier claimant known by a common noun with the same head and
    every modifier ("A senior defence official said …" … "the official said": one source;
    "Ruritania's border agency said …" … "the border agency said")."""
    for name in reversed(ctx.claimants):
        if any(p.name == name for p in ctx.people):
            continue
        # its name, or a description the text gave it ("Ruritania's spy agency" for the bureau)
        for words in [name.lower().split()] + [w.lower().split() for w in ctx.written.get(name, ())]:
            if len(words) >= 2 and words[-1] == head and modifiers <= set(words[:-1]):
                return name
            # ("The Alphan embassy in Portville issued a note …" … "the embassy added": its head
            # before the place it is in)
            at = words.index(head) if head in words[1:-2] else -1
            if at > 0 and words[at + 1] in ("in", "at") and modifiers <= set(words[:at]):
                return name
    return None


_WORD_BEFORE = re.compile(r"([A-Za-z-]+)\W{0,2}$")


def _introduced_as_firm(org: Actor, ctx: Context) -> bool:
    """Whether the text puts a business's common noun right before the organisation's name
    ("copper miner Alpha Norte", "the carmaker Beta"): a firm, whatever its name ends in."""
    nouns = lexicon()["company_nouns"]
    for start, _ in org.spans:
        before = _WORD_BEFORE.search(ctx.text[max(0, start - 30):start])
        if before and before.group(1).lower() in nouns:
            return True
    return False


def _earlier_firm(ctx: Context) -> str | None:
    """The latest earlier claimant the text introduced as a business by a common noun before
    its name ("drugmaker Alpha", "Swedish truck maker Beta Trucks"): what "the company" or
    "the group" means when no organisation of that kind is named."""
    nouns = set(lexicon()["company_nouns"]) | {"group"}
    for name in reversed(ctx.claimants):
        if any(p.name == name for p in ctx.people) or name.startswith("Government of "):
            continue
        for written in ctx.written.get(name, ()):
            words = written.split()
            if len(words) > len(name.split()) and words[-len(name.split()) - 1].lower() in nouns and written.endswith(name):
                return name
    return None


_COUNTERPART_AFTER = re.compile(r"\s+counterparts?\b")


def _main_state_code(ctx: Context) -> str | None:
    """The ISO code of the state the story names most, if it names any."""
    if not ctx.state_actors:
        return None
    main = max(ctx.state_actors, key=lambda a: len(a.spans))
    return next((c for c in countries_by_name() if government_name(c) == main.name), None)


@lru_cache(maxsize=1)
def _role_heads() -> frozenset[str]:
    """Last words of role titles, lower-cased ("minister", "governor", "spokesman")."""
    heads = {r.split()[-1].lower().rstrip(".") for r in lexicon()["role_words"] if not r.endswith(".")}
    return frozenset(heads - {"head", "leader", "chief", "officer", "executive", "for", "mr", "mrs", "ms", "miss",
                              "sir", "lord", "dame", "doctor", "dr", "prof"})


def _placed_group(head: str, place: str) -> str | None:
    """"police" + "Portville" -> "Portville police"; "authorities" + "the Philippines" ->
    "Philippine authorities": the group, known by its place."""
    head = head.strip()
    words = head.split()
    if words and words[0].lower() in ("the", "some", "local"):
        head = " ".join(words[1:])
    if head.lower() not in lexicon()["placed_groups"]:
        return None
    place = _LEADING_THE.sub("", place.strip())
    if not place[:1].isupper():
        return None
    code = geo_words().get(place.lower())
    if code and not is_demonym(place):
        from .gazetteer import capital_index, fold

        if capital_index().get(fold(place)) != code:  # a country ("Philippine"), not its capital
            place = demonym(code)
    return f"{place} {head.lower()}"


# a pronoun and its auxiliary in one word: "I've", "we're", "they'd"
_CONTRACTED_PRONOUN = re.compile(r"^(?:I|we|you|they|he|she|it)['’](?:ve|m|d|ll|re|s)$", re.IGNORECASE)


def _resolve(np: str, ctx: Context) -> tuple[str, str | None] | None:
    """Turn a subject noun phrase into (claimant, role), or None if it is not an actor; the
    words used are remembered as one of the actor's names."""
    owned = np.strip(" ,“”\"'’‘") if "'s " in np or "’s " in np else None
    if owned:
        # "Istanbul's Kandilli Observatory": a body written with its owner, as the names of
        # organisations found it (the owner is no part of its name)
        body = next((o.name for o in ctx.org_actors if owned in o.aliases), None)
        if body:
            ctx.last_org = body
            return body, None
    staff = _BODY_STAFF.fullmatch(np.strip()) if np.endswith("staff") else None
    found = _resolve_np(staff.group("body"), ctx) if staff else None
    if found and found[0] not in (ARTICLE, UNATTRIBUTED) and found[1] != UNRESOLVED and not any(p.name == found[0] for p in ctx.people):
        # ("ECB staff projected …": the body its staff work for, named by its initials; "staff"
        # is no name of it, which a later "hospital staff" would take for the body)
        ctx.last_org = found[0]
        return found
    if np[:1].isupper() and np.rstrip(" ,").endswith((" data", " figures", " statistics")):
        # "Central Bank of Alpha (CBA) data show …": the keeper of the records, not a body named "… data"
        kept = _owned_records(_ACRONYM_BRACKET.sub("", np.strip(" ,")), ctx)
        if kept:
            return kept
    found = _resolve_np(np, ctx)
    if found and found[0] not in (ARTICLE, UNATTRIBUTED):
        # (without the conjunction its clause opens with: "…, although Peru's interior ministry
        # says …" writes the body "Peru's interior ministry")
        written = _CONJUNCTION_PREFIX.sub("", _SPACES.sub(" ", np.strip(" ,“”\"'’‘")))
        if written and written.lower() not in ("he", "she", "it", "they", "we", "i") and written != found[0]:
            ctx.written.setdefault(found[0], set()).add(written)
        if not any(p.name == found[0] for p in ctx.people) and not found[0].startswith("Government of ") \
                and not (found[1] == UNRESOLVED and found[0].split()[-1].lower() in _role_heads()):
            ctx.last_org = found[0]  # "it" is the last body (not person, not state) a claim was put to
    return found


_BODY_STAFF = re.compile(r"(?:[Tt]he\s+)?(?P<body>[A-Z][A-Z&]{1,7})\s+staff")
# "The respected General Secretary", "The esteemed President": a title with the honorifics
# state media give the holder
_HONORIFIC_TITLE = re.compile(r"^[Tt]he\s+(?P<honour>(?:(?:respected|esteemed|dear|beloved|great|honourable|honorable)\s+)*)"
                              r"(?P<title>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}|(?<=\s)[a-z]+(?:\s+[a-z]+)?)$")
# (the honorific may open the title the name follows: "the esteemed President of Freedonia, Hero of Freedonia Tan Roe")
_HONORIFIC_BEFORE = re.compile(r"\b(?:(?:respected|esteemed|dear|beloved|honourable|honorable)\s+(?:[\w’'-]+,?\s+){0,7}"
                               r"|(?:great|Comrade|Supreme\s+Leader)\s+)$", re.IGNORECASE)


def _honoured_leader(ctx: Context) -> Actor | None:
    """The person state-media copy names with honorifics ("the respected Comrade Tan Roe"):
    the leader a bare "the Supreme Leader" or "the respected General Secretary" stands for."""
    def honoured(person: Actor) -> bool:
        return any(_HONORIFIC_BEFORE.search(ctx.text, max(0, start - 80), start) for start, _end in person.spans if start < ctx.pos)
    return ctx.nearest(ctx.people, honoured)


def _head_of_state_person(ctx: Context, dem: str | None = None) -> Actor | None:
    """The person named with a head of state's post ("President Jane Roe", "Head of State
    Jane Roe") and no other state's demonym in it: who "the leader" or "the President" of
    the story is when no holder is named with the very words."""
    titles = [r.lower() for r in lexicon()["head_of_state_roles"]] + ["head of state"]

    def holds(person: Actor) -> bool:
        role = (person.role or "").lower()
        return any(t in role for t in titles) and not any(is_demonym(w) and (dem is None or w.lower() != dem.lower())
                                                          for w in (person.role or "").split())
    return ctx.nearest(ctx.people, holds)


def _titled_holder(title: str, ctx: Context) -> Actor | None:
    """The person named before with that title, as role or in apposition ("Tan Roe,
    general secretary of the Unity Party, …"), the one named last."""
    def holds(person: Actor) -> bool:
        if person.role and title in person.role.lower():
            return True
        return any(ctx.text.startswith(", ", end) and title in ctx.text[end + 2:end + 80].lower().split(",")[0]
                   for _start, end in person.spans if end < ctx.pos)
    return ctx.nearest(ctx.people, holds)


_OTHER_PRONOUN = {"he": "She", "she": "He"}


def _pronoun_person(np: str, ctx: Context) -> Actor | None:
    """Who "he" or "she" opening a clause is: the person who spoke in the sentence before
    (news copy goes on about its last speaker: "Ruiz, who toured the town with President
    Vega, said … . She said …"), else the person named last; not one the text has called
    by the other pronoun."""
    other = _OTHER_PRONOUN.get(np.lower())
    for person in (ctx.last_speaker, ctx.last_person):
        if person and not (other in person.aliases and np[0].upper() + np[1:].lower() not in person.aliases):
            return person
    return ctx.last_person


_HEAD_OF = re.compile(r"^(?:the\s+)?head\s+of\s+(state|government)$", re.IGNORECASE)
# "its website", "their latest assessment", "its Telegram channel": a record owned by a pronoun
_PRONOUN_RECORD = re.compile(r"^(?P<owner>[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){0,3}(?P<noun>[a-z]+)$")


@lru_cache(maxsize=1)
def _owned_record_nouns() -> frozenset[str]:
    lex = lexicon()
    return frozenset(w for key in ("record_nouns", "statement_nouns", "issued_documents", "research_nouns")
                     for w in lex[key] if " " not in w)


def _pronoun_record(np: str, ctx: Context) -> tuple[str, str | None] | None:
    """Whose "its website" or "their data" is: the body "it" would be (the subject of the
    sentence before, else the body named last before the sentence); "their", also the group
    last quoted.  A record speaks for its owner, not for itself."""
    owned = _PRONOUN_RECORD.match(np)
    if not owned or owned.group("noun") not in _owned_record_nouns():
        return None
    found = _previous_subject(ctx)
    if found:
        return found
    if owned.group("owner").lower() == "their" and ctx.last_group:
        return ctx.last_group, None
    named = ctx.nearest(ctx.org_actors, lambda o: True)
    return (named.name, None) if named else ((ctx.last_org, None) if ctx.last_org else None)


def _previous_subject(ctx: Context) -> tuple[str, str | None] | None:
    """The organisation that opens the sentence before the current one ("The watchdog
    declined to answer questions."), which "it" then stands for."""
    if not ctx.previous:
        return None
    body = ctx.text[ctx.previous[0]:ctx.previous[1]]
    opening = _OPENING_SUBJECT.match(body)
    if not opening or len(opening.group("np").split()) > 6 or opening.group("np").strip(" “\"").lower() == "it":
        return None  # (a sentence before that opens with "it" too names nobody: it would ask itself again)
    found = _resolve_np(opening.group("np"), ctx)
    if not found or found[0] in (ARTICLE, UNATTRIBUTED) or any(p.name == found[0] for p in ctx.people) or \
            found[0].startswith("Government of ") or found[1] == UNRESOLVED and found[0].split()[-1].lower() in _role_heads() \
            or is_geo_name(found[0]) or _PLACE_UNIT_NAME.match(found[0]):
        return None  # (nor a place: "Dhaka division recorded 198 admissions, the directorate said")
    return found


_INSIDER_HEADS = frozenset({"official", "officials", "source", "sources", "aide", "aides", "insider", "insiders",
                            "employee", "employees", "staffer", "staffers", "officer", "officers"})
# an unnamed source inside a body: "a source", "a senior official", "an aide" (before "in the …")
_UNNAMED_INSIDER = re.compile(r"^(?:(?:[Aa]n?|[Oo]ne)\s+)?(?:(?:senior|junior|high-ranking|top|former|local|second)\s+)?"
                              r"(?P<own>(?:(?!at\b|in\b|from\b|with\b|within\b)[a-z][a-z-]+\s+){0,2}?)(?:source|official|aide|insider|employee|staffer|officer)$")


@lru_cache(maxsize=1)
def _ORG_HEADS() -> frozenset[str]:  # noqa: N802 - a constant, loaded once
    """Organisation words that open a name ("Ministry of Health"): its kind, lower-cased."""
    return frozenset(w.lower() for w in lexicon()["organisation_words"] if " " not in w)


# an unnamed spokesperson of a body named by its proper name ("A Port Authority spokesperson")
def _described_acronym(np: str, ctx: Context) -> tuple[str, None] | None:
    """"the country's customs agency (CXA)": a description followed by the acronym of
    an organisation the text names by it is that organisation (one source, not two); the
    description's head noun ("the agency" later) refers back to it."""
    acronym = _ACRONYM_AT_END.search(np)
    if not acronym or acronym.group(1) not in ctx.organisations:
        return None
    words = np[:acronym.start()].split()
    if not words or not words[-1].islower():
        return None  # "the Provincial Disaster Management Authority (PDMA)": a name, merged with its acronym later
    ctx.heads[words[-1].lower()] = acronym.group(1)
    written = " ".join(words).strip(" ,“”\"'’‘")
    ctx.written.setdefault(acronym.group(1), set()).add(written)
    return acronym.group(1), None


# an unnamed spokesperson of a body named by a common noun ("a federal police spokeswoman")
# (or its press service: "the Defence Ministry's press service said", "the army's press office")
_SPEAKING_UNIT = r"(?:spokesperson|spokesman|spokeswoman|representative|press\s+secretary|press\s+service|press\s+office|media\s+office|press\s+department|information\s+office)"
_BODY_SPEAKER = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+(?P<org>[a-z][\w’'.&-]*(?:\s+[a-z][\w’'.&-]*){0,2})\s+" + _SPEAKING_UNIT + "$")
_SPEAKER_FOR = re.compile(r"^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[a-z]+\s+)?" + _SPEAKING_UNIT + r"\s+(?:for|of|at)\s+(?P<org>(?:the\s+)?\S.*)$")
_OWNER_SPEAKER = re.compile(r"^(?P<org>(?:[Tt]he\s+)?[A-Z][^’']*?|the\s+[a-z][\w -]*?)[’']s\s+(?:[a-z]+\s+)?" + _SPEAKING_UNIT + "$")
_OWNED_SPEAKER = re.compile(r"^(his|her|its|their)\s+(?:spokesperson|spokesman|spokeswoman)$", re.IGNORECASE)
# (the body may own its spokesperson: "the Port Authority's spokesman", "the ministry's spokeswoman")
_POSSESSIVE_S_AT_END = re.compile(r"[’']s$")
# (and where it spoke: "A WHO spokesperson in Geneva")
_NAMED_BODY_SPEAKER = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+(?P<org>[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w’'.&-]*)*)\s+" + _SPEAKING_UNIT +
                                 r"(?:\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?$")


# anonymous sources the text describes by the place they speak from ("hospital sources", "police
# sources"): a source of their own, not "unattributed reports" (sources of a government or its
# intelligence stay unattributed: the unit tests' convention; "people familiar with the matter"
# are a group of their own, see _FAMILIAR_GROUP)
_DESCRIBED_ANONYMOUS = re.compile(r"^(?:(?:[Tt]wo|[Tt]hree|[Ss]everal|[Aa]\s+few)\s+)?(?P<src>(?!(?:[Tt]he|[Ss]ome|[Mm]any|[Oo]ther|[Ss]everal|"
                                  r"[Ll]ocal|[Ww]estern|[Mm]ilitary|[Uu]nnamed|[Uu]nconfirmed|[Ee]arlier|[Mm]edia|[Nn]ews|[Pp]ress|"
                                  r"[Aa]nonymous|[Uu]nidentified|[Dd]iplomatic|[Ii]ntelligence|[Gg]overnment|[Oo]fficial)\b)[A-Za-z][a-z-]+\s+sources)$")
# sources described by the state and the arm of it they speak from: "Freedonian government
# sources", "Ruritanian military sources", "intelligence sources"
_STATE_SOURCES = re.compile(r"^(?P<src>(?:[A-Z][a-z]+\s+){0,2}(?:[Gg]overnment|[Mm]ilitary|[Ii]ntelligence|[Dd]iplomatic|"
                            r"[Ss]ecurity|[Dd]efen[cs]e)\s+sources)$")
_THE_SOURCES = re.compile(r"^(?:the|these|those)\s+(?:(?:government|military|intelligence|diplomatic|security|defen[cs]e)\s+)?sources$",
                          re.IGNORECASE)
_BULLETS = frozenset("-•*–—")
# a common-noun description, then the name: "state news agency KCNA"
_DESCRIBED_NAME = re.compile(r"^(?P<desc>(?:the\s+)?(?:[a-z][\w-]*\s+){1,4})(?P<name>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})$")


_AGED_EPITHET = re.compile(r"^[Tt]he\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old(?:\s+[a-z][a-z-]*){0,2}$")  # "the 54-year-old farmer"
_SO_CALLED = re.compile(r"(?i)^(the\s+|a\s+)?so-called\s+")
_ACRONYM_OFFICE = re.compile(r"^(?:[Tt]he\s+)?(?P<name>[A-Z]{2,}[A-Z0-9&]*-[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)?)$")  # "OCD-Bicol", "DSWD-Caraga"


# a local government named by its kind and its place: "the Shire of Broome", "the City of
# Tshwane", "the Provincial Municipality of Arequipa", "the Town of Milton"
_LOCAL_BODY_OF = re.compile(r"^(?:[Tt]he\s+)?(?P<body>(?:(?:Provincial|District|Metropolitan|Local|Regional|Rural|Urban)\s+)?"
                            r"(?:Shire|Municipality|City|County|Borough|Town|Township|Regency|Parish|Village)\s+of\s+"
                            r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})$")


def _named_before_pos(name: str, ctx: Context) -> bool:
    """Whether the organisation ``name`` is named in the text before the sentence being read
    (a body the text has not named yet is not the one a shorter name refers back to)."""
    actor = next((a for a in ctx.org_actors if a.name == name), None)
    return actor is None or not actor.spans or min(a for a, _ in actor.spans) < ctx.pos


# a verb of counting: what a place "reported" or "recorded" was counted there
_COUNTED_VERB = re.compile(r"(?:reported|recorded|registered|logged|reports|records|registers)\b")
# the endings of occupations written before a name ("Virologist", "Economist", "Researcher")
_OCCUPATION_ENDINGS = ("ist", "ian", "er", "or")


def _clause_start(chunk: str, at: int) -> int:
    """Where the clause holding ``chunk[at]`` opens: after the last comma, semicolon, colon or
    quotation mark before it, past the spaces (0 when none)."""
    start = max(chunk.rfind(c, 0, at) for c in ",;:“”\"") + 1
    return start + len(chunk[start:at]) - len(chunk[start:at].lstrip())


# a place named by its type word, the whole noun phrase: "Shama District", "Ga South Municipal",
# "Kisumu County" (not a body: "Cascade Ridge School District", "the Local Municipality")
# a person's name, then "of" or "with" and the body they work for, ending the subject
_PERSON_OF_BODY_AT_END = re.compile(r"(?P<person>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:of|with)\s+(?:the\s+)?"
                                    r"[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|the|de|del|la)){0,6}$")
_PLACE_BY_TYPE = re.compile(r"^(?:[Tt]he\s+)?(?!(?:[A-Z][\w'’-]*\s+)*?(?:School|Local|Water|Health|Police|Court|Council|Board|"
                            r"Electoral|Election|Hospital|Government)\b)"
                            r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:District|Municipal|Metropolitan|County|Province|Sub-County)$")


# the office of a post whose title has "of" in it: "the Georgia Secretary of State's office"
_POST_OFFICE = re.compile(r"^(?:[Tt]he\s+)?(?P<office>(?:[A-Z][\w-]*\s+){1,3}of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*[’']s\s+office)$")


@lru_cache(maxsize=1)
def _described_owner_record() -> re.Pattern:
    """A record of a body described by a common noun: "the agency's labour force survey"."""
    lex = lexicon()
    nouns = trie_alternation([*lex["record_nouns"], *lex["research_nouns"], *lex["document_nouns"]], True)
    return re.compile(rf"^(?P<owner>[Tt]he\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)[’']s\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})$")


# the places a body's branch is said to be in by a common noun ("the APC in the state")
_PLACE_NOUNS = frozenset({"state", "country", "region", "province", "district", "county", "city", "capital", "town", "area",
                          "north", "south", "east", "west"})
# a body named by where it sits, which its place tells apart from the others of its kind
_INDEFINITE_OR_SITED = re.compile(r"^(?:An?|One|Another)\s|\b(?:[Ee]mbass(?:y|ies)|[Cc]onsulates?|[Mm]issions?|[Cc]ourts?|[Oo]ffices?|"
                                  r"[Bb]ranch(?:es)?|[Bb]ureaus?|[Cc]hapters?|[Cc]ampus|[Hh]ospitals?|[Ss]tations?)$")


@lru_cache(maxsize=1)
def _group_nouns() -> frozenset[str]:
    """Nouns of groups and bodies known by their kind ("authorities", "officials", "police"):
    a group in a place is that place's group (:func:`_placed_group`), not a named body."""
    return frozenset(w.lower() for w in lexicon()["actor_nouns"] + lexicon()["placed_groups"])


def _body_in_place(head: str, place: str, ctx: Context) -> tuple[str, str | None] | None:
    """A named body "in" a place, as the subject of a claim ("The Red Cross in Lagos said", "The
    APC in the state rejected …"): the body itself, which speaks there."""
    body = _LEADING_THE_ANY_CASE.sub("", head.strip())
    place = _LEADING_THE_ANY_CASE.sub("", place.strip())
    if _INDEFINITE_OR_SITED.search(body) or body.split()[-1].lower() in _group_nouns():
        return None  # "A senior official in …", "the Freedonian embassy in Bangkok", "the High Court in Nakuru": the one there
    if not body[:1].isupper() or not (place.lower() in _PLACE_NOUNS or _PLACE_NAME_ONLY.fullmatch(place) and not is_demonym(place)
                                      and (is_geo_name(place) or is_region_name(place) or _big_town(place))):
        return None
    found = _resolve_np(body, ctx)
    if found and found[0] not in (ARTICLE, UNATTRIBUTED) and found[1] != UNRESOLVED and not found[0].startswith("Government of ") \
            and not any(p.name == found[0] for p in ctx.people):
        return found
    return None


# an owner's determiner before a body's capitalised name: "Its Regional Relief Board said"
_OWNER_DETERMINER = re.compile(r"(?:Its|Their|His|Her|Our)\s+(?=[A-Z])")


# a gloss on what the sentence said, whose relative clause has the speaker: "…, a trend the
# ministry said showed …", "…, a figure the agency says is rising"
_GLOSS_THEN_SUBJECT = re.compile(r"^an?\s+(?:[a-z]+\s+)?(?:pattern|figure|number|rise|fall|trend|sign|level|rate|toll|move|step|"
                                 r"decision|development|situation|shortfall|increase|decrease|drop|jump|record|total)\s+(?=the\s)")


def _resolve_np(np: str, ctx: Context) -> tuple[str, str | None] | None:
    np = np.strip(" ,“”\"'’‘")
    determiner = _OWNER_DETERMINER.match(np) if np[:1] in "ITHO" else None
    if determiner:
        np = np[determiner.end():]  # the body by its name, not "Its Regional Council"
    if _CONTRACTED_PRONOUN.match(np):
        return None  # "I've told the team …": a pronoun with its verb, no name
    if np.endswith((" there", " here")) and 2 <= len(np.split()) <= 3 and _is_actor_np(np.rsplit(" ", 1)[0]):
        np = np.rsplit(" ", 1)[0]  # "officials there said": the officials (of the place just told)
    if ctx.known_as and _LEADING_THE_ANY_CASE.sub("", np).lower() in ctx.known_as:
        return ctx.known_as[_LEADING_THE_ANY_CASE.sub("", np).lower()]  # "the Fiscalía": the office known so
    if np[:1] in _BULLETS:  # "- South Korea's spy agency said …": an item of a list
        np = np.lstrip("".join(_BULLETS) + " ")
    if np[:2] in ("a ", "an") and (gloss := _GLOSS_THEN_SUBJECT.match(np)):
        np = np[gloss.end():]  # "…, a trend the ministry said showed …": the ministry
    # (the patterns need a ")" and a "-": only then are they run)
    if ")" in np:  # "the Provincial Disaster Management Authority (PDMA)"
        regional = _ACRONYM_THEN_REGION.match(np)
        if regional and (is_region_name(regional.group("region")) or is_geo_name(regional.group("region"))):
            np = regional.group("body")  # "… (PDMA) Sindh": the body, its province's name after its initials
        described = _described_acronym(np, ctx)
        if described:
            return described
        np = _BRACKETS_AT_END.sub("", np)
    if " and the " in np and not any(o == np.removeprefix("the ").removeprefix("The ") for o in ctx.organisations):
        # "the World Health Organization (WHO) and the United Nations Children's Fund": two
        # bodies, the first named (a row has one source)
        first = _resolve_np(np.split(" and the ", 1)[0], ctx)
        if first and first[0] not in (ARTICLE, UNATTRIBUTED) and first[1] != UNRESOLVED:
            return first
    np = _BASED_PREFIX.sub("", np) if "-" in np else np  # "Lisbon-based X"
    office = _OFFICE_IN_PLACE.match(np) if " in " in np or "office" in np or "bureau" in np or "branch" in np \
        or "headquarters" in np else None
    if office and office.group("org") in ctx.organisations and (office.group("office") or office.group("place")) \
            and not _INDEFINITE_OR_SITED.search(office.group("org")) and (
            not office.group("place") or is_geo_name(office.group("place")) or is_region_name(office.group("place"))
            or _big_town(office.group("place"), 1000)):
        # "The Freedonian Weather Service office in Portville", "the Relief Agency in Eastbrook":
        # the body named, which speaks through its office there (written so, one of its names;
        # not "the High Court in Portville", a court there: see _body_in_place)
        ctx.written.setdefault(office.group("org"), set()).add(_LEADING_THE_ANY_CASE.sub("", np))
        return office.group("org"), None
    described = _LOWER_MODIFIERS.match(np) if np[:1] in "aAtT" else None
    if described and np[described.end():] in ctx.organisations:
        return np[described.end():], None  # "the opposition Citizens Coalition for Change": the body named
    contact = _CONTACT_RELATIVE.match(np) if np[:1] in "aAtT" else None
    if contact:
        # "…, a result the opposition Unity Party has vowed to challenge": the subject of the
        # clause that describes the noun ("that" left out), not the noun
        found = _resolve_np(np[contact.end():], ctx)
        if found and found[0] not in (ARTICLE, UNATTRIBUTED) and found[1] != UNRESOLVED:
            return found
    relative = _THAT_RELATIVE.match(np) if " that " in np or " which " in np else None
    if relative:
        # "…, a sum that opposition lawmakers have called too low": the relative clause's subject
        # speaks, or nobody the sentence names (never the noun and its clause as one name)
        return _resolve_np(np[relative.end():], ctx)
    if "so-called" in np.lower():
        np = _SO_CALLED.sub(r"\1", np)  # "the so-called Ukrainian military intelligence": a label, not the name
    np = _CONJUNCTION_PREFIX.sub("", np)
    aged = _AGED_EPITHET.match(np) if "-year-old" in np else None
    if aged and ctx.last_person:
        # "Ali Musa lost his herd. … the 54-year-old farmer said": the person named before, by age
        return ctx.last_person.name, ctx.last_person.role
    if not np or _DIGIT.search(np):
        return None  # "Q3 showed": no actor has a number in its name here
    if np.lower() == "one" and ctx.last_group:
        return ctx.last_group, None  # "Two former guards told us … . One said …": one of that group
    if np.lower() in _number_words():
        return None  # "Nine confirmed dead as …": a headline's count, not a source
    pats = _patterns()
    if np.lower() == "it":
        # "The regulator would not comment. In a statement, it said": the body that opened the
        # sentence before, else the body a claim was last put to
        opener = _previous_subject(ctx)
        if opener:
            return opener
        if ctx.last_org:
            return ctx.last_org, None
    if np[:3] in ("its", "Its", "the", "The") and np[:5].lower() in ("its ", "their"):
        owned = _pronoun_record(np, ctx)  # "its website said", "According to their data"
        if owned:
            return owned
    owned = _described_owner_record().match(np) if np[:4] in ("the ", "The ") and ("’s " in np or "'s " in np) else None
    if owned:
        # "The agency's labour force survey showed": the body the description stands for
        found = _resolve_np(owned.group("owner"), ctx)
        if found and found[0] not in (ARTICLE, UNATTRIBUTED) and found[1] != UNRESOLVED:
            return found
    head_of = _HEAD_OF.match(np) if "ead" in np else None
    if head_of:  # "the head of state said": the president (or king) the story names
        roles = lexicon()["head_of_state_roles" if head_of.group(1).lower() == "state" else "head_of_government_roles"]
        person = ctx.nearest(ctx.people, lambda p: bool(p.role) and any(r.lower() in p.role.lower() for r in roles)) or \
            (_honoured_leader(ctx) if head_of.group(1).lower() == "state" else None)  # (state media's leader, by honorifics)
        if person:
            ctx.last_person = person
            return person.name, person.role
    if np.lower() in ("they", "another", "one of them", "a second", "others") and ctx.last_group:
        # "Officials in Portville say … . …, they said": the same officials; "Two former
        # guards told us … . One said …": one of that group, who speaks for it; "Some
        # analysts say … . Others warn …": the same kind of source
        return ctx.last_group, None
    part = _PART_OF_GROUP.match(np) if " of " in np and ctx.last_group else None
    if part and part.group("head") in ctx.last_group.lower().split()[:2]:
        return ctx.last_group, None  # "People familiar with the matter said … . Two of the people said …": that group
    if pats["pronoun"].match(np) and ctx.last_unnamed and np.lower() in ("he", "she"):
        return ctx.last_unnamed  # 'A Ukrainian commander told us … . "They keep coming," he said.'
    if pats["pronoun"].match(np):
        person = _pronoun_person(np, ctx)
        if person:
            ctx.last_person = person
            person.aliases.add(np[0].upper() + np[1:].lower())
            return person.name, person.role
        return None
    described = (_DESCRIBED_ANONYMOUS.match(np) or _STATE_SOURCES.match(np)) if "sources" in np else None
    if described:
        # "hospital sources said", "police sources said", "Freedonian government sources said": a
        # source described by where it is, of its own
        ctx.last_sources = described.group("src")[0].lower() + described.group("src")[1:] \
            if described.re is _DESCRIBED_ANONYMOUS or not described.group("src")[0].isupper() else described.group("src")
        return ctx.last_sources, None
    if ctx.last_sources and _THE_SOURCES.match(np):
        return ctx.last_sources, None  # "… , the sources said": the ones just described
    if np.lower() == "the report" and ctx.last_org and not is_news_organisation(ctx.last_org) \
            and any(o.name == ctx.last_org for o in ctx.org_actors):
        return ctx.last_org, None  # "…, the report said" after a health service's figures: its report
    if pats["unnamed"].match(np) or pats["anonymous"].search(np):
        return UNATTRIBUTED, None
    owned_speaker = _OWNED_SPEAKER.match(np) if "spokes" in np else None
    if owned_speaker:  # "Her spokesman said", "its spokeswoman said": whom the spokesperson speaks for
        owner = owned_speaker.group(1).lower()
        if owner in ("his", "her"):
            person = _pronoun_person("he" if owner == "his" else "she", ctx)
            if person:
                return person.name, person.role
        elif ctx.last_org:
            return ctx.last_org, None
    speaking = "spokes" in np or " press " in np or " media office" in np or " information office" in np \
        or np.endswith(" representative")  # ("A FIS representative told …": the body, as its spokesperson)
    speaker = _NAMED_BODY_SPEAKER.match(np) if speaking else None
    if speaker:  # "A Port Authority spokesperson said": the body speaks through its spokesperson
        found = _resolve_np(_POSSESSIVE_S_AT_END.sub("", speaker.group("org")), ctx)
        if found and found[0] not in (ARTICLE, UNATTRIBUTED) and found[1] != UNRESOLVED \
                and not any(p.name == found[0] for p in ctx.people):
            return found
    if speaking and not speaker and not pats["anonymous"].search(ctx.text, ctx.pos, _sentence_end(ctx.text, ctx.pos)):
        # "A spokesperson for the court said", "Justice Minister Jane Roe's spokesman said": the
        # body or the person the spokesperson speaks for
        of = _SPEAKER_FOR.match(np) or (_OWNER_SPEAKER.match(np) if "s " in np else None)
        found = _resolve_np(of.group("org"), ctx) if of else None
        if found and found[0] not in (ARTICLE, UNATTRIBUTED) and found[1] != UNRESOLVED:
            return found
        if found and found[1] == UNRESOLVED and of.group("org")[:4].lower() == "the " and " " not in found[0] \
                and found[0] in lexicon()["actor_nouns"]:
            # "A spokesperson for the hospital confirmed": the body, by its description, when
            # the story names none it could be
            return found[0], None
    speaker = _BODY_SPEAKER.match(np) if speaking and not speaker else None
    org = _POSSESSIVE_S_AT_END.sub("", speaker.group("org")) if speaker else ""
    if speaker and pats["actor_np"].match(org) and \
            not pats["anonymous"].search(ctx.text, ctx.pos, _sentence_end(ctx.text, ctx.pos)):
        # "A federal police spokeswoman said", "a ministry spokesman said": the body, as for a
        # named one (one who "asked not to be named" is an unnamed source of its own)
        found = _resolve_np(org, ctx)
        if found and found[0] not in (ARTICLE, UNATTRIBUTED) and not any(p.name == found[0] for p in ctx.people):
            return found
    if _LEADING_THE_ANY_CASE.sub("", np) in lexicon()["seats_of_government"]:
        return state_actor(np), None  # "Downing Street said": the seat, before a "person" of its name
    local = _LOCAL_BODY_OF.match(np) if " of " in np else None
    if local:  # "The Shire of Broome said", "the Municipality of San Jose": the local government, by its name
        return local.group("body"), None
    post_office = _POST_OFFICE.match(np) if " of " in np else None
    if post_office:  # "the Georgia Secretary of State's office": the office of a post named with "of"
        return post_office.group("office"), None
    office = _ACRONYM_OFFICE.match(np) if "-" in np else None
    if office:
        # "OCD-Bicol said", "the DSWD-Caraga said": a body's acronym joined to its region, one
        # regional office of it (the full name the text gave it with that acronym, if it did)
        bare = office.group("name")
        named = next((o.name for o in ctx.org_actors if bare in o.aliases), None)
        return (named or bare), None
    person = resolve_person(ctx.people, np)
    if person:
        ctx.last_person = person
        return person.name, person.role
    titled = _HONORIFIC_TITLE.match(np if np[:4] in ("The ", "the ") else "the " + np) \
        if np[:4] in ("The ", "the ") or np in word_set("head_of_state_roles") else None
    if titled and not titled.group("honour") and titled.group("title") not in word_set("head_of_state_roles"):
        titled = None  # (a bare title is a leader's only when it is a head of state's: "the Supreme Leader")
    if titled and titled.group("title").islower() and titled.group("title").split()[-1] not in _role_heads() | {"leader"}:
        titled = None  # ("the great majority", "the dear leader": only the second is a post)
    if titled:  # "The respected General Secretary", "the esteemed President": state media's honorific titles
        # (state media's own titles for the leader they honour: "the Supreme Leader" after "the
        # respected Comrade Tan Roe", who has no such title in the text)
        person = _titled_holder(titled.group("title").lower(), ctx) or _honoured_leader(ctx) or \
            (_head_of_state_person(ctx) if titled.group("title") in word_set("head_of_state_roles") else None)
        if person:
            ctx.last_person = person
            return person.name, person.role
    state = state_actor(np)
    if state:
        return state, None
    described = _DESCRIBED_NAME.match(np) if np[-1:].isupper() or " " in np and np.rsplit(" ", 1)[1][:1].isupper() else None
    if described and pats["actor_np"].match(described.group("desc").strip()):
        # "state news agency KCNA", "public broadcaster NHK": the name its description goes before
        found = _resolve_np(described.group("name"), ctx)
        if found and found[0] not in (ARTICLE, UNATTRIBUTED):
            return found
        if not found and not is_geo_name(described.group("name")) and not is_demonym(described.group("name")) \
                and described.group("name") not in word_set("not_name_words"):
            # "the housing charity Shelterwise": a name no list knows, an actor by the description before it
            return described.group("name"), None
    if described and described.group("desc").split()[-1] in lexicon()["company_nouns"] and described.group("name")[:1].isupper() \
            and not is_geo_name(described.group("name")) and not state_actor(described.group("name")):
        # "…, carrier SkyJet said", "chipmaker Orion said": a firm the text names only so
        return described.group("name"), None
    media = pats["bare_state_media"].match(np) if "tate" in np else None
    if media:  # "State television reported": the state media of the state the story is about
        code = _main_state_code(ctx)
        noun = media.group("noun").lower()
        return (f"{demonym(code)} state {noun}" if code else f"state {noun}"), None
    name = np.removeprefix("the ").removeprefix("The ")
    if " " not in name and name.lower() in lexicon()["description_types"]:
        return _description(name.lower(), ctx)  # "Ministry launches ..." in a headline
    if " " not in name and name[:1].isupper() and name in ctx.organisations and not is_organisation(name):
        return name, None  # "TAPIPOC said", "The Fripol said": a body's short name the text gave it in brackets
    if np[:4] in ("the ", "The ") and name[:1].isupper() and f"Office of the {name}" in ctx.organisations:
        return f"Office of the {name}", None  # "the Ombudsman said" after "the Office of the Ombudsman": that office
    owner = _STATE_POSSESSIVE_PREFIX.match(name) if "s " in name else None
    if owner and (is_geo_name(_APOSTROPHE.split(owner.group(0))[0].removeprefix("the ").strip())
                  or owner.group(0)[:7] in ("country", "nation")) and is_organisation(name[owner.end():]):
        # "Mexico's National Water Commission", "the country's Joint Chiefs of Staff": the body, of that state
        return name[owner.end():], None
    if is_organisation(name) and not (name[:1].islower() and " " in name) and not _RECORD_OF.match(name) \
            and not ("s " in name and pats["statement_np"].match(name)):  # ("the Ministry of Finance's latest report": below)
        # ("preliminary results from the Central Election Commission": a record, below)
        # "the Defence Ministry" after "the Russian Defence Ministry": the body named with its
        # state before, one source (not when another state's body of that name is named too)
        fuller = [org for org in ctx.organisations if org.endswith(" " + name) and is_geo_name(org[:-len(name)].strip())]
        if len(fuller) == 1 and not _named_before_pos(fuller[0], ctx):
            # ("The Defense Ministry estimates …" in a Portville story that names "the Ruritanian
            # Defense Ministry" only later: not that body)
            fuller = []
        return (fuller[0] if len(fuller) == 1 else name), None
    if is_geo_name(name):
        return None  # a demonym alone ("Kenyan") names no source
    national = _DEMONYM_ROLE.match(np) if " " in np else None
    if national and is_demonym(national.group("dem")) and (national.group("rest").split()[-1].lower() in _role_heads()
                                                            or national.group("rest").lower() == "leader"):
        return _national_role(national.group("dem"), national.group("rest"), ctx)
    if national and is_demonym(national.group("dem")) and national.group("rest").split()[-1].lower() in _STATE_BODY_HEADS:
        # "South Korean intelligence", "Ukrainian military intelligence": that state's body,
        # the one the text named before if it did ("… National Intelligence Service (NIS)")
        code = geo_words().get(national.group("dem").lower())
        earlier = _named_before(national.group("rest"), code, ctx) if code else None
        return (earlier or f"{national.group('dem')} {national.group('rest')}"), None
    described = _description(np, ctx)
    if described:
        return described
    prefix, undotted = name + " ", name.rstrip(".")
    # (but a place opening a firm's name is no short name of it: "the Hebei provincial
    # government" after "Hebei Tarnow Mining Co." is the province's)
    short = not (" " not in name and (is_geo_name(name) or is_region_name(name)))
    for org in ctx.organisations if short else ():  # "Acme" for "Acme Motor Corp." named before
        if (org.startswith(prefix) or org.rstrip(".") == undotted) and len(org.split()) > 1:
            return org, None
    # "The army's first statement": the statement's owner claims
    statement = pats["statement_np"].match(np)
    if statement:
        return _resolve(statement.group("owner"), ctx)
    issued = _BODY_DOCUMENT.match(np) if np[:1] in "AaT" else None
    if issued and issued.group("doc").lower() in word_set("issued_documents") and pats["actor_np"].match(issued.group("owner")):
        found = _resolve(issued.group("owner"), ctx)  # "A police statement said": the police's
        if found and found[0] not in (ARTICLE, UNATTRIBUTED):
            return found
    # "Ruritania's military intelligence": a body of that state
    owned = _STATE_POSSESSIVE.match(np)
    if owned and (owned.group("body").split()[-1] in _role_heads() or owned.group("body") == "leader") \
            and geo_words().get(owned.group("state").lower()) and not is_demonym(owned.group("state")):
        # "Ukraine's president says": the holder of that state's post, as "the Ukrainian president"
        return _national_role(demonym(geo_words()[owned.group("state").lower()]), owned.group("body"), ctx)
    if owned and geo_words().get(owned.group("state").lower()) and not is_demonym(owned.group("state")) \
            and pats["actor_np"].match(owned.group("body")) or (owned and _STATE_BODY_END.search(owned.group("body"))
                                                               and geo_words().get(owned.group("state").lower())):
        code = geo_words()[owned.group("state").lower()]
        named = _named_next(owned.group("body"), ctx, code)
        if named:
            return named, None
        earlier = _named_before(owned.group("body"), code, ctx)
        if earlier:
            return earlier, None
        return f"{demonym(code)} {owned.group('body')}", None
    national = _COUNTRYS_BODY.match(np) if "’s " in np or "'s " in np else None
    if national:  # "the country's disaster agency": the main state's body, named next or before
        code = _main_state_code(ctx)
        named = _named_next(national.group("body"), ctx, code) or _named_before(national.group("body"), code, ctx)
        if named:
            return named, None
    if owned and not geo_words().get(owned.group("state").lower()) and " " not in owned.group("state") \
            and owned.group("state") not in ctx.organisations and not any(p.name.endswith(owned.group("state")) for p in ctx.people):
        # "Korea's spy agency said … . The National Intelligence Service (NIS) …": a state the
        # gazetteer cannot tell by that name, its body named next all the same
        named = _named_next(owned.group("body"), ctx)
        if named:
            return named, None
    # "Police in Bremen", "Investigators from the Forest Service", "engineers at
    # the provincial irrigation department"
    complement = _HEAD_AND_COMPLEMENT.match(np)
    if complement and complement.group("prep") == "in" and (complement.group("head")[:1].isupper() or np[:4] == "the ") \
            and (named_body := _body_in_place(complement.group("head"), complement.group("comp"), ctx)):
        return named_body  # "The APC in the state rejected the result", "The Red Cross in Lagos said": the body
    if complement and _UNNAMED_INSIDER.match(complement.group("head")) and complement.group("prep") in ("in", "at", "from", "within", "with"):
        # "a source in the prosecutor's office", "a senior official at the Health Ministry": an
        # unnamed insider, known by the body it is in ("unnamed prosecutor's office source", "unnamed ministry official")
        body = _BRACKETS_AT_END.sub("", _LEADING_THE_ANY_CASE.sub("", complement.group("comp"))).strip()
        if body[:1].isupper():
            first = body.split()[0]
            body = first.lower() if first.lower() in _ORG_HEADS() and " of " in body else body
        own = _UNNAMED_INSIDER.match(complement.group("head")).group("own").strip()
        if own:  # "a police official at the Chilas police station": the holder as described
            return f"unnamed {own} {complement.group('head').split()[-1].lower()}", None
        return f"unnamed {body} {complement.group('head').split()[-1].lower()}", None
    if complement and complement.group("head").split()[-1].lower() in lexicon()["document_nouns"]:
        bare = _LEADING_THE.sub("", complement.group("comp"))
        if bare[:1].isupper():
            return _resolve(bare, ctx)  # "final results from the Interior Ministry showed"
        if complement.group("prep") in ("from", "by", "of") and pats["actor_np"].match(complement.group("comp")):
            found = _resolve(complement.group("comp"), ctx)  # "Separate data from the labour ministry showed"
            if found and found[0] not in (ARTICLE, UNATTRIBUTED):
                return found
    if complement and (complement.group("prep") in ("in", "near", "on", "from") or complement.group("prep") == "of"
                       and complement.group("head").split()[-1].lower() in _RESIDENT_NOUNS) \
            and complement.group("head")[:2] in ("A ", "a ", "An", "an") and not pats["actor_np"].match(complement.group("head")):
        # "A Peruvian commander in the Alpha region told …", "A Freedonian diplomat in Portville
        # said", "a farmer from Portville", "a resident of Portville": the one described, wherever
        # he is (a common place stays in the description: "A fisherman in the village said")
        found = _resolve_np(complement.group("head"), ctx)
        desc = complement.group("head").split(None, 1)[1] if " " in complement.group("head") else ""
        place = _BRACKETS_AT_END.sub("", complement.group("comp")).strip()
        if not found and place[:1].isupper() and desc.islower() and _singular_word(desc.split()[-1]) in _people_nouns() \
                and not is_organisation(place) and place not in ctx.organisations:
            # "a nurse in Portville", "a retired baker from Portville": a person of the
            # place, unnamed (as a gold writes "unnamed nurse in Portville")
            return f"unnamed {desc} {complement.group('prep')} {place}", None
        found = found or (_unnamed_described(complement.group("head"), ctx) if complement.group("comp")[:1].isupper() else None)
        if found and found[0] not in (ARTICLE, UNATTRIBUTED):
            return found
    if complement and pats["actor_np"].match(complement.group("head")):
        comp = _BRACKETS_AT_END.sub("", complement.group("comp"))
        bare = _LEADING_THE.sub("", comp)
        if is_organisation(bare) or bare in ctx.organisations:
            return bare, None
        if complement.group("prep") in ("in", "from", "at") and not is_organisation(bare):
            placed = _placed_group(complement.group("head"), comp)
            if placed:
                return placed, None
            body = _LEADING_THE_ANY_CASE.sub("", complement.group("head").strip())
            if complement.group("prep") == "in" and body.islower() and len(body.split()) >= 2 and body.split()[-1] in _ORG_HEADS() \
                    and _PLACE_NAME_ONLY.fullmatch(bare) and not is_demonym(bare) and (is_geo_name(bare) or _big_town(bare) or is_region_name(bare)):
                return f"{bare} {body}", None  # "the health ministry in Gaza": the Gaza health ministry
        if bare[:1].isupper():
            if complement.group("prep") == "of" and np[:4].lower() == "the " and np[4:5].islower():
                # "the provincial health division of North Kivu": a body known by its place,
                # which "the division" later refers back to
                named = np[4:]
                ctx.heads.setdefault(complement.group("head").split()[-1].lower(), named)
                return named, None
            return np, None  # a named place or body: keep the phrase as written
        comp = bare
        return _common_actor(complement.group("head"), ctx), None
    both = _COORDINATED_STATES.match(np) if " and " in np else None
    if both and all(geo_words().get(both.group(k).lower()) or _REGION_ADJECTIVE.match(both.group(k)) for k in ("a", "b")) \
            and not all(_REGION_ADJECTIVE.match(both.group(k)) for k in ("a", "b")) and pats["actor_np"].match(both.group("noun")):
        return np, None  # "Chilean and Peruvian officials": the officials of both, as written
    post = _OWNED_POST.match(np) if "s " in np else None
    if post and post.group("head") in _post_heads():
        # "FEA's chief said", "Eastbrook's mayor said": the holder of a post of a body or a place
        # named by its possessive, no holder named with it
        holder = _owned_post_holder(post.group("owner"), post.group("post"), np, ctx)
        if holder:
            return holder
    if pats["actor_np"].match(np) and not any(pats["function_word"].match(w) for w in np.split()):
        return _common_actor(np, ctx), None
    if np.lower() in _role_heads():  # "Minister praises rescuers": the minister named in the story
        return _description(np.lower(), ctx)
    full = _full_name(np, ctx)
    if full:
        return full.name, full.role
    lone = _THE_ONE_NAME.fullmatch(np) if np[:4] in ("the ", "The ") else None
    if lone and not _common_word_name(lone.group(1)):
        return lone.group(1), None  # "the Sejm said", "the Storting said": a body known by one name
    return None


# a body named by one capitalised word after "the" ("the Sejm", "the Storting")
_THE_ONE_NAME = re.compile(r"[Tt]he\s+([A-Z][a-zà-ÿ]{3,})")


def _is_actor_np(np: str) -> bool:
    """Whether a noun phrase is one of the common nouns that name a source ("officials")."""
    return _patterns()["actor_np"].match(np) is not None


def _common_word_name(word: str) -> bool:
    """Whether a capitalised word is a place, a people, a post, a kind of body or a word that
    opens no name: no body known by that one name."""
    lex = lexicon()
    lower = word.lower()
    return is_geo_name(word) or is_region_name(word) or is_demonym(word) or word in lex["not_name_words"] \
        or lower in _role_heads() or lower in lex["description_types"] or lower in lex["company_nouns"] \
        or lower in lex["state_bodies"] or lower in _number_words()


# "Chilean and Peruvian officials": a group of two states, by their names or demonyms
# ("South Korean and Western intelligence agencies": the shared noun may have a modifier of its own)
_COORDINATED_STATES = re.compile(r"^(?P<a>[A-Z][\w.’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+and\s+(?P<b>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+"
                                 r"(?P<noun>(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)$")
# "the Chilean president", "A Peruvian deputy interior minister": a post described by its state
# (or an acronym's post: "a South Korean MP")
_DEMONYM_ROLE = re.compile(r"^(?:[Tt]he\s+|[Aa]n?\s+)?(?P<dem>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?P<rest>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}|MP|MEP)$")


# a post of a body or a place by its owner's possessive: "TEA's chief", "the FEA's director"
_OWNED_POST = re.compile(r"^(?:[Tt]he\s+)?(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})[’']s\s+"
                         r"(?P<post>(?:[a-z-]+\s+){0,2}(?P<head>[a-z-]+))$")


@lru_cache(maxsize=1)
def _post_heads() -> frozenset[str]:
    """Last words of the posts a body or a place has one holder of ("chief", "mayor")."""
    return _role_heads() | {"chief", "head", "leader"}


def _owned_post_holder(owner: str, post: str, np: str, ctx: Context) -> tuple[str, str | None] | None:
    """The holder of "Owner's post": a state's post as "the Ruritanian army chief"; else the
    person the text names with that post of that owner; else the post of a body or a place
    the text knows ("chief of FEA"), the phrase as written one of its names; else None."""
    code = geo_words().get(owner.lower())
    if code and not is_demonym(owner):
        return _national_role(demonym(code), post, ctx)
    names = {owner.lower()} | {a.lower() for o in ctx.org_actors if owner == o.name or owner in o.aliases
                               for a in (o.name, *o.aliases)}
    head = post.split()[-1]
    person = ctx.nearest(ctx.people, lambda p: bool(p.role) and head in p.role.lower().split()
                         and any(n in p.role.lower() for n in names))
    if person:
        ctx.last_person = person
        return person.name, person.role
    if len(names) == 1 and owner not in ctx.organisations and not is_geo_name(owner) and not _big_town(owner, 0):
        return None  # ("Ruritania's defence minister": a state the gazetteer cannot tell, its holder named later)
    name = f"{post} of {owner}"
    ctx.written.setdefault(name, set()).add(_LEADING_THE_ANY_CASE.sub("", np))
    return name, None


def _national_role(dem: str, rest: str, ctx: Context) -> tuple[str, str | None]:
    """The holder of a post described by its state ("the Chilean president"): the person
    named with that post of that state, or with the post and no other state; else the
    description itself, with its state ("Peruvian deputy interior minister"), unresolved."""
    wanted, head = f"{dem} {rest}".lower(), rest.split()[-1].lower()
    if head == "leader":
        # "the Chilean leader": the head of state or government the story names for that state
        heads = [r.lower() for r in lexicon()["head_of_state_roles"] + lexicon()["head_of_government_roles"]]
        person = ctx.nearest(ctx.people, lambda p: bool(p.role) and dem.lower() in p.role.lower()
                             and any(r in p.role.lower() for r in heads)) or \
            (_head_of_state_person(ctx, dem) if geo_words().get(dem.lower()) == _main_state_code(ctx) else None)
        # (a holder whose post names no state is the story's own state's leader, not another's)
        if person:
            ctx.last_person = person
            return person.name, person.role

    def holds(person: Actor) -> bool:
        role = (person.role or "").lower()
        if wanted in role:
            return True
        return head in role.split() and not any(is_demonym(w) or is_geo_name(w) for w in (person.role or "").split())

    person = ctx.nearest(ctx.people, lambda p: bool(p.role) and wanted in p.role.lower()) or \
        ctx.nearest(ctx.people, lambda p: bool(p.role) and holds(p))
    if not person:
        # described before being named: "The Ukrainian leader said …" … "President Jana Roe made
        # the remarks …"; "Ukraine's president says …" … "Jana Roe, the president, …"
        posts = [r.lower() for r in lexicon()["head_of_state_roles"] + lexicon()["head_of_government_roles"]] \
            if head == "leader" else [rest.lower()]
        window = ctx.pos + 400
        found = [p for p in ctx.people if p.role and any(ctx.pos <= a < window for a, _ in p.spans)
                 and any(post in _post(p.role) for post in posts)
                 and not any(is_demonym(w) and w.lower() != dem.lower() for w in p.role.split())]  # not another state's
        person = found[0] if len(found) == 1 else None
    if person:
        ctx.last_person = person
        return person.name, person.role
    return f"{dem} {rest}", UNRESOLVED


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    return frozenset(lexicon()["number_words"]) | {"dozens", "hundreds", "thousands", "millions", "scores"}


def _surname_subject(np: str, ctx: Context) -> tuple[str, str | None] | None:
    """A capitalised word standing alone as the subject of a reporting verb ("Okoro wrote")
    and written nowhere in full: a person known by one name."""
    if _CONTRACTED_PRONOUN.match(np):
        return None  # "I've told the team …": a pronoun with its verb, no name
    if ctx.ahead is not None:
        # a headline's word the story never names as a person is none ("Flood updates"); a
        # common noun the story gives a person as their post is that person ("Engineer says …"
        # over "Dr Jane Roe, a geotechnical engineer, …")
        holder = _holder_named_next(np.lower(), ctx) if np[1:].islower() else None
        if holder:
            ctx.last_person = holder
            return holder.name, holder.role
        return None
    camel = _CAMEL_CASE.fullmatch(np)
    if camel and not camel.group("prefix"):
        return np, None  # "BlackRock said", "MarketLens said": a firm's one-word name, not a person's
    if not (_SURNAME.fullmatch(np) or camel) or np in lexicon()["not_name_words"] or np.lower() in _number_words() or \
            is_geo_name(np) or is_organisation(np) or np.lower() in _role_heads():
        return None
    if _big_town(np):
        # "Belgorod announced a curfew": a city speaking is its authorities, never a person
        return f"{np} authorities", None
    actor = Actor(name=np, kind="person")
    ctx.people.append(actor)
    ctx.last_person = actor
    return actor.name, None


# a word capitalised inside: a surname with its prefix ("McAllister", "DeSantis", "LaRue"),
# else a firm's or a product's name ("BlackRock", "PayPal")
_CAMEL_CASE = re.compile(r"(?P<prefix>Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]+|[A-Z][a-z]+(?:[A-Z][a-z]+)+")


# a town this big named alone as a subject is the town (its authorities), not a one-name person
_BIG_TOWN = 100_000


def _big_town(word: str, population: int = _BIG_TOWN) -> bool:
    """Whether the gazetteer knows a town of this name of at least ``population`` people."""
    from .gazetteer import cities, fold

    by_name, _ = cities()
    return any(city.population >= population for city in by_name.get(fold(word), ()))


def _new_person(run: str, ctx: Context) -> tuple[str, str | None] | None:
    """A name of two or three capitalised words (after its title) that is no place, state or
    organisation, taken as a person the text has not named before."""
    role, name = role_and_name(run)
    tokens = name.split()
    if 2 <= len(tokens) <= 3 and not role and in_capitals(name):
        return name, None  # "ROAD SAFE said": a body's name in capitals, not a person's
    if not 2 <= len(tokens) <= 3 or any(t in lexicon()["not_name_words"] for t in tokens) or \
            is_geo_name(name) or is_organisation(name) or state_actor(name) or any(is_geo_name(t) for t in tokens):
        return None
    actor = Actor(name=name, kind="person", role=role)
    ctx.people.append(actor)
    ctx.last_person = actor
    return actor.name, actor.role


@lru_cache(maxsize=1)
def _public_modifiers() -> frozenset[str]:
    return frozenset(lexicon()["public_body_modifiers"])


# the adjective of a level of government -> the nouns that name a place of that level
_PLACE_LEVELS = {"provincial": {"province"}, "regional": {"region", "oblast"}, "district": {"district"},
                 "county": {"county"}, "state": {"state"}, "municipal": {"municipality", "city", "town"},
                 "city": {"city"}, "local": set()}


_GROUP_QUANTIFIERS = frozenset({"most", "many", "some", "several", "few", "all"})
# the level of government a body's name or description gives ("the state health department" is
# not the National Health Mission)
_LEVEL_WORDS = frozenset({"national", "federal", "state", "regional", "provincial", "municipal", "county", "district", "city"})
# the type words of a public body a description ends in ("the state road agency")
_BODY_TYPE_HEADS = frozenset({"agency", "service", "department", "authority", "office", "bureau", "directorate",
                              "regulator", "watchdog"})


def _common_actor(np: str, ctx: Context) -> str:
    """The name for a common-noun actor: an acronym it contains ("the EMSA agency"), the
    organisation named before that it refers back to ("the disaster agency"), else the
    phrase as written ("the provincial government"), without "the" before a name
    ("the Chadian army" -> "Chadian army")."""
    words = np.split()
    head = words[-1].lower()
    if len(words) > 1 and words[0].lower() in _GROUP_QUANTIFIERS and _plural_word(words[-1]):
        # "Most economists expect", "Many analysts say": the group, however much of it speaks
        group = " ".join(words[1:])
        ctx.written.setdefault(group, set()).add(np)
        return group
    if len(words) > 1 and (words[0].lower() in _number_words() or words[0].isdigit()) and _plural_word(words[-1]):
        # "Two residents said": the group, its count one of the names the text gives it (as for
        # a group of no actor noun, "Two fishermen")
        group = " ".join(words[1:])
        ctx.written.setdefault(group, set()).add(np)
        return group
    for word in words[:-1]:
        bare = word.strip("()")
        if bare.isupper() and 2 <= len(bare) <= 6 and bare.isalpha() and not is_geo_name(bare):
            # ("a BWS official" is an insider of the body, not the body: the gold of real copy
            # keeps unnamed officials apart from the organisation that has a spokesperson)
            return f"{bare} {head}" if head in _INSIDER_HEADS else bare
    if head in ctx.heads and len(words) <= 2 and (len(words) == 1 or words[0].lower() in ("the", "its", "their")
                                                   or words[0].lower() in ctx.heads[head].lower().split()):
        # ("Peruvian intelligence" is not the "Mexican military intelligence" before it, nor
        # "intelligence officials" the "defence officials": a modifier of its own is another body)
        return ctx.heads[head]
    modifiers = {w.lower() for w in words[:-1]} - {"the", "a", "an", "its", "their"}
    if modifiers and all(m in _PLACE_LEVELS for m in modifiers):
        # "Police in Sindh province said … . The provincial police said": the group named with
        # its place before (its unit's noun, or a place's name, before the same head)
        for name in reversed(ctx.claimants):
            named = name.split()
            if len(named) >= 2 and named[-1].lower() == head and not any(p.name == name for p in ctx.people) \
                    and all(_PLACE_LEVELS[m] & {w.lower() for w in named[:-1]} or m == "local" and named[0][:1].isupper()
                            and any(" in " in w for w in ctx.written.get(name, ())) for m in modifiers):
                # (not a state's own: "Kenyan police", "the Ruritanian government" are no provincial body)
                return name
    if head in lexicon()["company_nouns"]:  # "the Osaka-based company": the firm named before
        firms = [org for org in ctx.org_actors if (org.name.split()[-1].rstrip(".") in lexicon()["company_suffixes"]
                                                    or _introduced_as_firm(org, ctx))
                 and not (modifiers & _public_modifiers()) - set(org.name.lower().split())]
        # (not "the central bank" for a mining firm: a public body is no firm; and the firm
        # named before, not an analyst's broker named further down: "tin miner Alpha Norte
        # lifted its output …, the Portville-quoted company added" is Alpha Norte, not "Beta
        # Securities" quoted at the foot; a headline looks at the whole story)
        before = ctx.nearest(firms, lambda org: True)
        if before:
            return before.name
        earlier = _earlier_firm(ctx) if modifiers.isdisjoint(_public_modifiers()) else None
        if earlier:
            return earlier
        if firms and ctx.ahead is not None:
            return firms[0].name
    named = [org for org in ctx.organisations if head in org.lower().split()]
    if named:
        best = max(named, key=lambda org: len(modifiers & set(org.lower().split())))
        if (len(named) == 1 and not modifiers) or modifiers & set(best.lower().split()):
            return best
    field = modifiers - _public_modifiers() - _PLACE_LEVELS.keys() if head in _BODY_TYPE_HEADS and not named else None
    if field:
        # "the state road agency" after "ROAD SAFE said": the one body named before whose name
        # has the field the description gives it, though not its type word
        # (every word of the field, a type word of its kind or none, and no other level of
        # government: not "the regional electoral office" for an electoral observatory, nor
        # "Freedonian military intelligence" for another state's intelligence service)
        fielded = [org for org in ctx.organisations if field <= set(org.lower().split())
                   and (_BODY_TYPE_HEADS & set(org.lower().split()) or org.isupper() or is_geo_name(org.split()[-1]))
                   and not (set(org.lower().split()) & word_set("actor_nouns")) - _BODY_TYPE_HEADS - field
                   and not (_LEVEL_WORDS & set(org.lower().split())) - modifiers]
        if len(fielded) == 1:
            return fielded[0]
    if words[0].lower() == "the" and len(words) > 2 and words[1][:1].isupper() and not _POSSESSIVE_OR_HYPHEN.search(words[1]):
        np = " ".join(words[1:])
    np = _LEADING_THE_ANY_CASE.sub("", np)  # "the opposition" is the opposition
    bare = _LEADING_A_ANY_CASE.sub("", np) if len(words) >= 2 else np
    if bare != np:  # "An obscure faction claimed …": "obscure faction" is one of its names
        ctx.written.setdefault(np, set()).add(bare)
    if len(words) >= 2 and not _APOSTROPHE.search(np):
        ctx.heads[head] = np  # the latest group of that kind: "the officials" after two are named is the second
    if len(words) == 1 and np[1:].islower():
        # "…, authorities said" and then "Authorities in both states said" opening a sentence:
        # one group, named as the text first named it
        earlier = next((name for name in ctx.claimants if name != np and name.lower() == np.lower()), None)
        if earlier:
            ctx.written.setdefault(earlier, set()).add(np)
            return earlier
    return np


def _full_name(token: str, ctx: Context) -> Actor | None:
    """A surname used alone ("Mensah-Bonsu said") for the full name written elsewhere in the
    text ("Kofi Mensah-Bonsu"); the person is remembered for later mentions."""
    if not _NAME_WORD.fullmatch(token) or token in lexicon()["not_name_words"]:
        return None
    before = _words_before_name(ctx.text, token)
    if before and before.split()[0][-2:] in ("'s", "’s"):
        # (a party's possessive is no first name: "Radical's Adriana Roe" is Adriana Roe, and
        # "UP's Roe wins" in a headline the party's Roe, whose name is looked for elsewhere)
        before = before.split(None, 1)[1] if " " in before.strip() else _words_before_name(
            re.sub(rf"[A-Z][\w’'-]*[’']s(?=\s+{re.escape(token)}\b)", lambda m: " " * len(m.group()), ctx.text), token)
    if not before:
        return None
    first = before.split()
    while first and first[0] in lexicon()["not_name_words"]:
        first.pop(0)
    if not first or is_geo_name(first[-1]) or is_organisation(" ".join(first + [token])) \
            or first[0].lower() in compass_words() or token.lower() in word_set("geo_feature_ends") \
            or first[0].lower() in _collective_openers():
        return None  # ("North Kivu": a region, no Mr Kivu; "the Red Sea": no Mr Sea; "Coalition Avenir Québec": a party)
    actor = Actor(name=" ".join(first + [token]), kind="person", aliases={token})
    ctx.people.append(actor)
    ctx.last_person = actor
    return actor


_NAME_WORD = re.compile(r"[A-Z][\w’'-]+")
# a name's word and the space after it: a line break may fall inside a name, a paragraph
# break may not ("10:42 GMT" over a live page's entry is no first name of its speaker)
_CAPITALISED_WORD = re.compile(r"[A-Z][\w’'-]+(?:[ \t]+|[ \t]*\n[ \t]*(?![\n\r]))")
_CAPITAL_AT_WORD_START = re.compile(r"\b[A-Z]")
_POSSESSIVE_BEFORE_NOUN = re.compile(r"[’']s\s+[a-z]")


def _words_before_name(text: str, token: str) -> str | None:
    r"""The one or two capitalised words written before ``token`` at its first place in
    ``text`` as the end of a name: what ``\b((?:[A-Z][\w’'-]+\s+){1,2})TOKEN\b(?![’']s\s+[a-z])``
    captures at its first match.  The pattern is not compiled for each token (that took
    about a millisecond each time): the places where a match could start, the capitals
    among the two words before each place the token is written, are tried in order with
    the parts of the pattern compiled once."""

    def ends_name(at: int) -> bool:  # TOKEN\b(?![’']s\s+[a-z]) at ``at``
        end = at + len(token)
        return text.startswith(token, at) and \
            _is_word_char(text[end - 1]) != (end < len(text) and _is_word_char(text[end])) and \
            not _POSSESSIVE_BEFORE_NOUN.match(text, end)

    starts: set[int] = set()
    at = text.find(token)
    while at >= 0:
        if ends_name(at):
            near, _ = word_before(text, at)
            if near < at:
                far, far_end = word_before(text, near)
                starts.update(m.start() for m in _CAPITAL_AT_WORD_START.finditer(text, far if far < far_end else near, at))
        at = text.find(token, at + 1)
    for start in sorted(starts):  # the first match is the one starting first
        one = _CAPITALISED_WORD.match(text, start)
        if not one:
            continue
        two = _CAPITALISED_WORD.match(text, one.end())  # two words are tried before one
        if two and ends_name(two.end()):
            return text[start:two.end()]
        if ends_name(one.end()):
            return text[start:one.end()]
    return None


def _is_word_char(char: str) -> bool:
    r"""Whether a character is one of ``\w``."""
    return char.isalnum() or char == "_"


# Every word an auxiliary or time phrase of _AUX is made of, lower-cased
_ADVERBS_AFTER_COMMA = re.compile(rf",\s+(?:{_AUX}\s+)*{_AUX}\s*$", re.IGNORECASE)
_AUX_WORDS = frozenset(re.findall(r"[a-z]+", _AUX.lower().replace(r"\s+", " ")))


def _without_aux_tail(left: str) -> str:
    """``left`` without the auxiliaries, adverbs and times that end it ("Smith has also",
    "the company on Friday"): the aux_tail pattern's substitution.  The pattern is run only
    from the end of the last word that is none of _AUX_WORDS, found from the right: run
    over all of ``left`` it tried every comma and space of it, where no match can start
    (a match is separators and words of _AUX to the end)."""
    if left.rstrip().endswith(")"):
        left = _DAY_IN_BRACKETS.sub("", left.rstrip())  # "The court yesterday (11)": the day's date after its word
    start = len(left)
    while True:
        end = start
        while end and (left[end - 1].isspace() or left[end - 1] == ","):
            end -= 1
        start = end
        while start and not (left[start - 1].isspace() or left[start - 1] == ","):
            start -= 1
        if start == end:
            break  # the beginning of ``left``
        if left[start:end].lower() not in _AUX_WORDS and not _IGNORECASE_ASCII_LOOKALIKES.search(left[start:end]):
            start = end  # no auxiliary: the match starts after it
            break
    left = left[:start] + _patterns()["aux_tail"].sub("", left[start:])
    if " on " in left[-24:]:
        # a calendar date between subject and verb ("Kremlin spokesman Jane Roe on Dec. 17
        # called …", "The ministry on 3 March said …"), skipped as a weekday is
        date = _DATE_AT_END.search(left)
        if date:
            return _without_aux_tail(left[:date.start()])
    return left


# the day of the month in brackets after "yesterday" or "today", as South Asian papers write it
_DAY_IN_BRACKETS = re.compile(r"\s+\(\d{1,2}\)$")
# "on Dec. 17", "on December 17, 2024", "on 17 December": a date ending the words before a verb
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
          r"|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE_AT_END = re.compile(rf"[\s,]+on\s+(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)$")


def _last_words(text: str) -> re.Match | None:
    """``_LAST_WORDS.search(text)``, begun at the eighth run of non-space characters from the
    end: a match is up to eight words parted by whitespace, ending the text, so none starts
    before that run (from every position before it, the pattern read on to the end and
    backtracked over every word)."""
    parts = text.rsplit(None, 8)
    return _LAST_WORDS.search(text, 0 if len(parts) <= 8 else text.index(parts[1], len(parts[0])))


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding ``at`` ends, near enough: the next full stop, or 300 characters on."""
    end = text.find(".", at)
    return min(end if end >= 0 else len(text), at + 300)


_OWNER_AT_END = re.compile(r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:\s+[a-z][\w-]*)?|(?<=[Tt]he\s)(?:country|nation))[’']s\s+$")


def _without_owner(before: str) -> str:
    """The words before a name without a state's or place's possessive that owns it
    ("Chile's " before "Joint Staff Command")."""
    owner = _OWNER_AT_END.search(before) if "s " in before[-3:] else None
    if not owner:
        return before
    words = owner.group("owner")
    # "Chile's", or a state's body named by its demonym: "the South Korean military's"
    # ("the country's": the state the story is about)
    known = geo_words().get(words.lower()) or words in ("country", "nation") or \
        words.split()[-1].islower() and geo_words().get(words.rsplit(" ", 1)[0].lower())
    return before[:owner.start()] if known else before


# "Lars Moen and Ida Berg said", "The army and the police said": a subject of two conjuncts,
# the first opening its clause (no comma inside: "Moen, who …, and Berg" is left alone)
_COMPOUND_SUBJECT = re.compile(r"(?:^|[;:“”\"]\s*|,\s+)(?P<a>[^,;:“”\"]{2,80}?)\s+and\s+(?P<b>[^,;:“”\"]{2,80})$")


def _subject_before(text: str, sent_start: int, verb_start: int, ctx: Context,
                    speech: bool = True) -> tuple[str, str | None] | None:
    """The actor that is the subject of a verb at verb_start (:func:`_clause_subject`); of a
    subject of two actors of one kind ("Lars Moen and Ida Berg said", "The army and the
    police said"), the first named: the one the sentence puts forward (a row has one source)."""
    found = _clause_subject(text, sent_start, verb_start, ctx, speech)
    if found and found[0] not in (ARTICLE, UNATTRIBUTED) and " and " in text[sent_start:verb_start]:
        first = _first_conjunct(text[sent_start:verb_start], found, ctx)
        if first:
            return first
    return found


# a fronted phrase naming the medium a speaker used, to its comma: "In an interview with X
# published on Sunday,", "In a statement released late on Monday,"
_FRONTED_MEDIUM = re.compile(r"In\s+(?:an?|his|her|their|its)\s+(?:[\w-]+\s+)?(?:interview|statement|post|video|address|speech|"
                             r"letter|article|op-ed|comments?|remarks|message|briefing)\b[^,;:]{0,120},", re.IGNORECASE)
# "what Ruritania", "what the ministry": the naming clause's subject ("what X calls its …")
# (not a pronoun: "declined to comment on what he called 'unverified numbers'" is the speaker's own word)
_WHAT_X_AT_END = re.compile(r"\bwhat\s+(?!(?:he|she|they|it|we|I)$)(?:[\w’'-]+\s+){0,3}[\w’'-]+$")
# a determiner or an ordinal before "suspect": the noun ("the second suspect", "a murder suspect")
_SUSPECT_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|one|two|three|four|five|second|third|fourth|main|prime|chief|key|other|another|"
                                  r"first|last|fellow|murder|robbery|terror|male|female|alleged|possible|potential|\d+)\s*$", re.IGNORECASE)
# the first field of a post over two ("Agriculture and Forestry Minister …", "Culture and Tourism Secretary …")
_PORTFOLIO_PAIR = re.compile(r"^(?:[Tt]he\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:,\s+[A-Z][a-z]+)*$")
_PORTFOLIO_TITLE = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Minister|Secretary|Commissioner|Director|Chief|Secretary-General)\b")


def _first_conjunct(left: str, found: tuple[str, str | None], ctx: Context) -> tuple[str, str | None] | None:
    """The first of two coordinated subjects when both are actors of the kind the second
    (``found``) is: people both, or bodies both."""
    left = _without_aux_tail(left).rstrip(" ,")
    if " by " in left and _RUN_BY_ASIDE.match(left.strip(" “\"")):
        return None  # "The CPP, run by the government and the Red Crescent, said": the aside's "and"
    compound = _COMPOUND_SUBJECT.search(left)
    if not compound or " and " in found[0] or any(" and " in o and left.endswith(o) for o in ctx.organisations):
        return None  # ("the Department of Public Works and Highways": one body's name)
    a = compound.group("a")
    if found[0] not in compound.group("b") and found[0] != (_clause_subject(compound.group("b"), 0, len(compound.group("b")), ctx, True)
                                                            or (None,))[0]:
        return None  # ("The RSF, the group fighting the army and allied movements, denied": the subject comes before both)
    if _PORTFOLIO_PAIR.match(a.strip()) and _PORTFOLIO_TITLE.match(compound.group("b")):
        return None  # "Agriculture and Forestry Minister Kemal Roe said": one minister of two fields
    if not (a[:1].isupper() or _patterns()["actor_np"].match(_BRACKETS_AT_END.sub("", a).rstrip())) or _CLAUSE_BREAK.search(a):
        return None  # (a name, "The …" or a body's common noun opens the first conjunct, "police and
        # rescue officials said", "the disaster agency (FDA) and the UN said"; no verb or clause inside it)
    first = _clause_subject(a, 0, len(a), ctx, True)
    if not first or first[0] in (ARTICLE, UNATTRIBUTED, found[0]) or \
            first[1] == UNRESOLVED and not (found[0][:1].islower() and first[0][:1].islower()):
        return None  # (a description no earlier actor stands for comes first only before another common noun)
    people = {p.name for p in ctx.people}
    if first[0] in people and found[0][:1].islower() and found[0].split()[0] in ("other", "fellow", "several", "some"):
        return first  # "Marchetti and other analysts said": the one named, with others of her kind
    return first if (first[0] in people) == (found[0] in people) else None


# a subject and a participle aside on who runs it: "The CPP, run jointly by the government and …,"
_RUN_BY_ASIDE = re.compile(r"^(?P<np>[^,]{2,80}),\s+(?:run|owned|operated|led|backed|funded|founded|created|set\s+up|managed|"
                           r"chaired|headed|financed|supported)\s+(?:jointly\s+|mainly\s+|largely\s+|partly\s+)?by\b[^,]*,?$")


# the name a body goes by in another language, set off by commas after it: ", known in Spanish
# as the Fiscalía,"
_KNOWN_IN_LANGUAGE = re.compile(r",\s+(?:formally\s+|officially\s+|locally\s+)?known\s+in\s+[A-Z]\w+\s+as\s+(?:the\s+)?"
                                r"(?P<name>[A-Z][^,]{1,60}?),?\s*$")
# a description, then the name it goes by set off by commas: "The ministry, known as the Quai
# d'Orsay, said"
_DESCRIPTION_KNOWN_AS = re.compile(r"^(?P<desc>[Tt]he\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}),\s+(?:also\s+|widely\s+|locally\s+)?known\s+as\s+"
                                   r"(?:the\s+)?(?P<name>[A-Z][^,]{1,60}?),?\s*$")
# the speaker before an aside naming the aide who issued the words: "Governor Jane Roe, in a
# statement by her Special Adviser on Media, Tom Doe, condemned …", "…, in a statement signed
# by his spokesman Tom Doe, said"
_STATEMENT_BY_ASIDE = re.compile(r"^(?P<np>[^,]{2,80}),\s+in\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:statement|post|message|letter|"
                                 r"release|communiqu[eé]|video)\s+(?:(?:signed|issued|released|posted|read)\s+)?by\s+"
                                 r"(?:his|her|their|its)\s+[^,]{2,80}(?:,\s+[^,]{2,60})?,?\s*$")
# a gloss in lower case in brackets after a word: "director (disease control)", "Brig Gen (retd)"
_LOWER_GLOSS = re.compile(r"(?<=\S)\s+\((?:retd\.?|[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})\)")
# a prepositional phrase opening a sentence, to its comma: "In a statement issued on Sunday night, "
# (or a participle's: "Asked about the deployment in October, Roe did not deny it and said …")
_PREPOSITIONAL_OPENER = re.compile(r"^\W*(?:In|At|On|During|After|Before|Following|Earlier|Later|Asked|Pressed|Questioned|"
                                   r"Speaking|Responding|Addressing|Commenting|Writing)\s[^,;:“”\"]{1,80},\s+(?=[a-zA-Z])")
# an adverb set off by a comma at the head of a sentence (the lexicon's list, as places reads it)
_OPENING_WORD = re.compile(r"^\W*([A-Z][a-z]+),\s+")
# (with no comma, before a determiner: "Now the administration says", "Still the ministry says")
_FRONTED_DAY_BARE = re.compile(r"^\W*(?:(?:On|By|(?:Late|Early|Earlier|Later)\s+on|By\s+(?:late|early))\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                               r"(?:\s+(?:morning|afternoon|evening|night))?|(?:Last|This|Earlier\s+this)\s+(?:week|month|year)"
                               # (a span before or after another event: "A few hours earlier", "Two days later")
                               r"|(?:(?:An?|One|Two|Three|Four|Five|Six|Several|A\s+few|\d{1,2})\s+)?(?:[Mm]inutes?|[Hh]ours?|[Dd]ays?|[Ww]eeks?|[Mm]onths?)"
                               r"\s+(?:later|earlier|before|after))"
                               # (and with its comma: "A day earlier, Freedonia's spy agency, the FSA, said")
                               r",?\s+(?=(?:the|a|an|its|their)\s|[A-Z])")
# the word that ends a span told from another event ("Hours later", "Two days earlier"): worth
# trying the fronted pattern for
_SPAN_WORD = re.compile(r"\s(?:later|earlier|before|after)[\s,]")
_OPENING_WORD_BARE = re.compile(r"^\W*(?:(?:But|And|Yet|So)\s+(?=[a-z]))?([A-Za-z][a-z]+)\s+(?=(?:the|a|an|its|their)\s)")


@lru_cache(maxsize=1)
def _post_nominal_after_name() -> re.Pattern:
    """A rank's letters right after a name, before a comma or the verb ("Jane Roe SC, for …")."""
    return re.compile(rf"(?<=[a-z’'])\s+(?:{trie_alternation(sorted(postnominals()))})(?=,|\s*$)")


# a rank, honour or degree written after a name between commas ("…, SAN,", "…, QC,", "…, MP,")
@lru_cache(maxsize=1)
def _post_nominal_at_end() -> re.Pattern:
    """A rank after a name, set off by commas ("Mr Olusegun Ogundipe, SAN, told …"), or a
    release's post in capitals ("Jane Roe, Chairwoman and Chief Executive Officer of Alpha
    Group, said"): no part of the subject."""
    return re.compile(rf",\s+(?:{trie_alternation(sorted(postnominals()))}|MP|MLA|MPP|MEP|Jr\.?|Sr\.?|III|II|"
                      r"\(?[Rr]etd\.?\)?|\(?[Rr]td\.?\)?"
                      rf"|{post_in_capitals()}(?:\s+(?:of|at)\s+(?:the\s+)?[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){{0,5}})?)$")


# a group from two or more places named, closing the words before a verb: "residents of Alpha and Beta"
_GROUP_OF_PLACES_AT_END = re.compile(r"(?:^|,\s+|\bthe\s+)(?P<np>(?P<head>[A-Za-z]+)\s+(?:of|from)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"
                                     r"(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)*,?\s+(?:and|or)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s*$")


def _clause_subject(text: str, sent_start: int, verb_start: int, ctx: Context,
                    speech: bool = True) -> tuple[str, str | None] | None:
    """The actor that is the subject of a verb at verb_start, looking left in its clause.
    ``speech``: the verb is surely one of saying here (a verb of speech, or one followed by
    what is said or closing its sentence), so that a subject known only by its description
    can be taken ("…, the secretariat said"; not "The flooding adds to …")."""
    left = _without_aux_tail(text[sent_start:verb_start])
    if (" and " in left or " or " in left) and (placed := _GROUP_OF_PLACES_AT_END.search(left)) \
            and placed.group("head").lower() in lexicon()["placed_groups"]:
        # "…, residents of Alpha and Beta said": the group from those places, not the last place
        return _SPACES.sub(" ", placed.group("np")), None
    if "(" in left:
        # "Dr Jane Roe, director (disease control) at the directorate, told …": a bracketed
        # gloss in lower case is no part of the subject (blanked, so places in the text stay)
        left = _LOWER_GLOSS.sub(lambda m: " " * len(m.group(0)), left)
    if " – " in left or " — " in left:
        # "The HUR – formally the Main Intelligence Directorate – added": an aside set off by
        # dashes, as one set off by commas, is no part of the subject
        left = _DASH_ASIDE_AT_END.sub(lambda m: " " * len(m.group(0)), left)
    if ", " in left and (post := _post_nominal_at_end().search(left.rstrip(" ,"))) \
            and not any(" " in p.name and left.rstrip(" ,").endswith(" " + p.name) for p in ctx.people):
        # "Mr Olusegun Ogundipe, SAN, told …", "Jane Roe, QC, said": a rank after the name, set off
        # by commas, is no part of the subject (but a post and its holder's name after the comma
        # are the subject itself: "…, President of Freedonia Jane Roe said")
        left = left[:post.start()]
    if " " in left and (post := _post_nominal_after_name().search(left)):
        # "Jane Roe SC, for the defence, argued", "Tom Roe KC told": the letters of a rank after
        # a name, with no comma, are no part of it either (blanked)
        left = left[:post.start()] + " " * (post.end() - post.start()) + left[post.end():]
    if "-based " in left or "-headquartered " in left:
        # "The Brussels-based Centre for Eurasian Studies (CES) estimated": the place it is based
        # in is no part of the name (blanked, as the gloss is)
        left = _BASED_ANYWHERE.sub(lambda m: " " * len(m.group(0)), left)
    opener = _OPENING_WORD.match(left) if ", " in left[:16] else _OPENING_WORD_BARE.match(left)
    if opener and opener.group(1).capitalize() in word_set("opening_adverbs") and left[opener.end():].strip():
        # "Separately, the ministry, which …, said": the adverb opens the sentence, no subject
        # (after a conjunction too: "But now the council says")
        left = " " * opener.end() + left[opener.end():]
    when = _FRONTED_DAY_BARE.match(left) if left[:8].lstrip("“\" ").startswith(("On ", "Last ", "This ", "Earlier ", "Late ", "By ")) \
        or _SPAN_WORD.search(left, 0, 40) else None
    if when:
        # "On Tuesday a senior US official put …": the day told first, with no comma, is no subject
        left = " " * when.end() + left[when.end():]
    # "The CPP, run jointly by the government and the Red Crescent, said": the body the aside
    # describes, not the ones that run it; "Governor Jane Roe, in a statement by her Special
    # Adviser on Media, Tom Doe, said": the one the aide speaks for
    for aside in (_RUN_BY_ASIDE, _STATEMENT_BY_ASIDE) if " by " in left else ():
        by = aside.match(left.strip(" “\""))
        found = _resolve(by.group("np"), ctx) if by else None
        if found and found[0] not in (ARTICLE, UNATTRIBUTED):
            return found
    known = _DESCRIPTION_KNOWN_AS.match(left.strip(" “\"")) if " known as " in left else None
    if known:
        # "The ministry, known as the Quai d'Orsay, said": the name it goes by, else the
        # description (what "the ministry" stands for)
        found = _resolve(known.group("name"), ctx)
        if not found or found[0] in (ARTICLE, UNATTRIBUTED) or found[1] == UNRESOLVED:
            found = _resolve(known.group("desc"), ctx)
        if found and found[0] not in (ARTICLE, UNATTRIBUTED):
            return found
    under = _UNDER_BODY.match(left.strip(" “\"")) if " under " in left else None
    if under:
        # "The Disaster Risk Office (DRO) under the Ministry of Defence said": the office, which
        # belongs to the ministry
        found = _resolve(under.group("body"), ctx)
        if found and found[0] not in (ARTICLE, UNATTRIBUTED):
            return found
    anonymous = _ANONYMITY_TAIL.search(left) if speech and (" who " in left or " speaking " in left) else None
    holder = _TRAILING_UNNAMED.search(left, 0, anonymous.start()) if anonymous else None
    if holder and holder.group("head").lower() in _UNNAMED_SOURCE_HEADS():
        # "…, a water board official who asked not to be named told Reuters": an unnamed source
        # of its own, as written (the clause that makes it anonymous is no part of its name)
        return holder.group("np"), None
    reduced = _REDUCED_PASSIVE.match(left) if speech and " by " in left else None
    if reduced and not _CLAUSE_BREAK.search(reduced.group("head")):
        # "Lawmakers briefed by the spy agency said …", "Residents evacuated by the army told …":
        # the group a passive participle describes, not its agent (a document's agent is its
        # issuer, "a report published by the agency said": the head must be a group or a name)
        found = _by_participle_head(reduced.group("head"), ctx)
        if not found and _patterns()["document"].match(left):
            agent = _resolve(left[reduced.end():].strip(" ,"), ctx)  # "A report published by the agency said": its issuer
            found = agent if agent and agent[0] not in (ARTICLE, UNATTRIBUTED) and agent[1] != UNRESOLVED else None
        if found:
            return found
    signed = _DOCUMENT_SIGNED_FOR.match(left) if speech and "signed by" in left else None
    if signed:
        # "The statement, signed by the EFCC's Head of Media and Publicity, Sanusi Adeyemi,
        # said": the body the signer speaks for issued it
        agent = _resolve(signed.group("owner"), ctx)
        if agent and agent[0] not in (ARTICLE, UNATTRIBUTED) and agent[1] != UNRESOLVED:
            return agent
    issued_by = _DOCUMENT_ISSUED_BY.match(left) if speech and " by " in left else None
    if issued_by:
        # "The report, published by the Institute for War Studies on Monday, said": its issuer
        agent = _resolve(issued_by.group("agent"), ctx)
        if agent and agent[0] not in (ARTICLE, UNATTRIBUTED) and agent[1] != UNRESOLVED:
            return agent
    if speech and " attributed to " in left:  # "A statement attributed to the ministry said": its issuer
        document = _patterns()["document"].match(left)
        if document and document.group(0).rstrip().endswith(" to"):
            agent = _resolve(left[document.end():].strip(" ,"), ctx)
            if agent and agent[0] not in (ARTICLE, UNATTRIBUTED) and agent[1] != UNRESOLVED:
                return agent
    if ")" in left:  # "the Forest Service (USFS) believe"
        described = _described_acronym(_LAST_WORDS.search(left.rsplit(",", 1)[-1].strip()).group(1), ctx) \
            if left.endswith(")") else None
        if described:
            return described
        left = _BRACKETS_AT_END.sub("", left)
    # "X, who ..., said" / "X, the company's chief, said": skip one comma-delimited clause
    # (only where a comma closes it before the verb: "…, the hospital said" is no appositive)
    # ("Most economists, however, now expect", "The ministry, for its part, also said": the
    # adverbs after the comma are no part of the clause)
    before_verb = text[sent_start:verb_start].rstrip()
    appositive = _APPOSITIVE_CLAUSE.search(left) \
        if before_verb.endswith(",") or "," in before_verb[-24:] and _ADVERBS_AFTER_COMMA.search(before_verb) else None
    candidates = [left]
    if appositive:  # the subject is what the appositive describes, not a name inside it
        candidates.insert(0, left[: appositive.end(1)])
        if ", " in candidates[0] and (post := _post_nominal_at_end().search(candidates[0].rstrip(" ,"))):
            candidates[0] = candidates[0][:post.start()]  # "Tom Jones, SAN, who leads the defence, said": Jones
        other_name = _KNOWN_IN_LANGUAGE.match(left, appositive.end(1)) if " known in " in left else None
        if other_name:
            # "The office, known in Spanish as the Fiscalía, said": the office, which a later
            # "the Fiscalía" names too
            found = _resolve(candidates[0], ctx)
            if found and found[0] not in (ARTICLE, UNATTRIBUTED) and found[1] != UNRESOLVED:
                ctx.known_as[other_name.group("name").lower()] = found
        inner = _APPOSITIVE_CLAUSE.search(candidates[0]) if "," in candidates[0] else None
        if inner:
            # two asides: "Hannah Roe, an Asia specialist at the institute, which is better known
            # by its acronym SWP, thinks": the name before both
            candidates.insert(0, candidates[0][: inner.end(1)])
        unnamed = _UNNAMED_HOLDER.match(candidates[0]) if speech else None
        if unnamed and unnamed.group("np")[:4] in ("The ", "the ") and not _INDEFINITE_COMPLEMENT.search(candidates[0]):
            unnamed = None  # ("The official, who asked not to be named, said": the one met before)
        if unnamed and unnamed.group("named") and unnamed.group("head").lower() not in _PROFESSION_HEADS:
            unnamed = None  # ("An official with the Freedonian Weather Service, …, said": the service's word)
        if unnamed and _patterns()["anonymous"].search(left, appositive.end(1)) and \
                unnamed.group("head").lower() in _UNNAMED_SOURCE_HEADS():
            # "A WHO official, who asked not to be named, said", "The chief executive of a mid-sized
            # lender, speaking on condition of anonymity, said": an unnamed source of its own, as written
            # (not the person or body its description would otherwise stand for)
            return unnamed.group("np"), None
        named = candidates[0].strip(" “\"")
        if speech and named[:4] != "The " and _NAME_ONLY.match(named) and not is_geo_name(named) and not is_demonym(named) \
                and named not in word_set("not_name_words") and not resolve_person(ctx.people, named) \
                and named not in ctx.organisations and not state_actor(named):
            description = left[appositive.end(1):].strip(" ,")
            described = _resolve_np(description.split()[-1], ctx) if description and description[:1].islower() \
                or _POSSESSIVE_OPENER.match(description) else None
            if described and described[1] == UNRESOLVED:
                # "K-Electric, Karachi's power utility, denied …": a name no list knows, which the
                # description between commas says is a body of that kind
                ctx.written.setdefault(named, set()).add(left[appositive.end(1):].strip(" ,"))
                return named, None
    relative = _OPEN_RELATIVE.search(left) if ", wh" in left and not text[sent_start:verb_start].rstrip().endswith(",") \
        and not _CLOSED_RELATIVE.search(text, verb_start, _sentence_end(text, verb_start)) else None
    if relative:
        # "… run by Harbour Line SA, which runs … and says": the relative clause's
        # verb speaks for what the clause describes
        antecedent = left[:relative.start()]
        runs = capitalised_runs(antecedent, max(0, len(antecedent) - 80))
        last = _last_words(antecedent.rsplit(",", 1)[-1].strip())
        if runs and runs[-1][1] == len(antecedent):  # a name, unless a place ("an analyst based in Lagos, who …")
            np = "" if _PLACE_BEFORE_NAME.search(antecedent[:runs[-1][0]]) else runs[-1][2]
        else:
            np = last.group(1) if last else ""
        found = _resolve(np, ctx) if np else None
        if found:
            return found
    if speech and (_AND_AT_END.search(left) or left.endswith(("but", "and")) and _COMMA_AND_AT_END.search(left)):
        # "The bureau has raised its alert and said …": the second verb shares the
        # subject that opens the sentence (after an opening phrase set off by its comma: "In a
        # statement issued on Sunday night, the authority asked … and urged …")
        opener = _PREPOSITIONAL_OPENER.match(left)
        shared = " " * opener.end() + left[opener.end():] if opener else left
        runs = capitalised_runs(shared, 0, min(len(shared), 80))
        named = runs[0][2] if runs and not shared[:runs[0][0]].strip(" “\"") else None  # a name opens it
        opening = _OPENING_SUBJECT.match(shared)
        inner = [r for r in runs if opening and 0 < r[0] and r[1] <= opening.end("np")]
        person = resolve_person(ctx.people, inner[-1][2]) if inner and inner[-1][1] == opening.end("np") else None
        if person:  # "Unity Party leader Jane Roe conceded but blamed …": the person after her role
            return _resolve(person.name, ctx) or (person.name, person.role)
        for np in filter(None, (named, opening and opening.group("np"))):
            found = _resolve(np, ctx) or _described_subject(np, ctx)
            if found:
                return found
        if named and opening and named == opening.group("np").strip(" “\""):
            # "Chancellor Tom Roe arrived in Portville and pledged …": a person the story names
            # here for the first time
            found = _new_person(named, ctx)
            if found:
                return found
    if speech and left.endswith("they") and not ctx.last_group and ctx.last_org and ctx.claimants \
            and ctx.claimants[-1] == ctx.last_org and _THEY_CLOSING.search(left) \
            and (_members_of(ctx.last_org) or ctx.previous and _members_of(ctx.text[ctx.previous[0]:ctx.previous[1]].lstrip(" “\"-"))):
        # "Officials at the Ministry of Agriculture said … . Swarms had destroyed crops, they
        # said": the body whose people the last claim was put to (not a firm that spoke
        # itself: "Northland Mining reported … . …, they said" names nobody)
        return ctx.last_org, None
    for chunk in candidates:
        chunk = chunk.rstrip(" ,")
        chunk = _BRACKETS_AT_END.sub("", chunk) if ")" in chunk else chunk
        listed = next((o for o in ctx.organisations if "," in o and chunk.endswith(o)), None) if "," in chunk else None
        if listed:
            # a body whose name lists its fields ("an official at the Ministry of Food, Agriculture
            # and Light Industry"): the clause before the name, and the whole name, not its last field
            found = _resolve(chunk[:-len(listed)].rsplit(",", 1)[-1].strip() + " " + listed, ctx) \
                if chunk[:-len(listed)].strip() else _resolve(listed, ctx)
            if found:
                return found
        post = _CAPITALISED_POST.search(chunk) if chunk[-1:].isalpha() and chunk[-1:].islower() else None
        found = _post_holder(post.group("post"), ctx) if post else None
        if found:
            return found
        pronoun = _PRONOUN_AT_END.search(chunk)
        if pronoun:
            return _resolve(pronoun.group(1), ctx)
        # "Authorities in the Philippines say": the group, known by its place
        placed = _patterns()["placed_group"].search(chunk) if _IN_FROM_AT.search(chunk) else None
        if placed:
            found = _resolve(placed.group("np"), ctx)
            if found:
                return found
        # a known person of a body ("Analyst Jane Roe of the University of Alpha said", "Tom Kay
        # with the Alpha Rangers said"): the person, who works there, not the body or its place
        of_body = _PERSON_OF_BODY_AT_END.search(chunk, max(0, len(chunk) - 120)) \
            if " of " in chunk[-100:] or " with " in chunk[-100:] else None
        words = of_body.group("person").split() if of_body else []
        person = next((p for p in (resolve_person(ctx.people, " ".join(words[k:])) for k in range(len(words) - 1)) if p), None) \
            if of_body else None
        if person and " " in person.name:
            return _resolve(person.name, ctx) or (person.name, person.role)
        if of_body and not person and of_body.start() == _clause_start(chunk, of_body.start()):
            # a name no list knows yet, its occupation before it ("Virologist Jane Roe of …")
            if len(words) >= 3 and (words[0].lower() in _role_heads() or words[0].endswith(_OCCUPATION_ENDINGS)):
                words = words[1:]
            titled = any(w.lower().rstrip(".") in _role_heads() or w in word_set("role_words") or w in word_set("courtesy_titles")
                         for w in words)
            found = _new_person(" ".join(words), ctx) if not titled and not set(words) & word_set("organisation_words") else None
            if found:
                return found
        # a known person's name ending the clause is the subject ("… of the Council of Ministers Jane Roe")
        tail = capitalised_runs(chunk, max(0, len(chunk) - 60))
        if tail and tail[-1][1] == len(chunk) and _PLACE_BY_TYPE.match(tail[-1][2]) and " of " not in chunk[-80:]:
            # "Ahanta West Municipal and Shama District reported new clusters": where the cases
            # were counted, no source; "Nairobi County said" is the county's government speaking
            return None if _COUNTED_VERB.match(text, verb_start) else _resolve(tail[-1][2], ctx) or (tail[-1][2], None)
        if tail and tail[-1][1] == len(chunk) and resolve_person(ctx.people, tail[-1][2]):
            of_body = _PERSON_OF_BODY_AT_END.search(chunk, max(0, len(chunk) - 120)) if " of " in chunk[-80:] else None
            person = resolve_person(ctx.people, of_body.group("person")) if of_body else None
            if person and person.name != resolve_person(ctx.people, tail[-1][2]).name:
                # "Analyst Jane Roe of Riesgo Norte said": the person, who works there (not a
                # second "person" the body's unknown name was taken for)
                return _resolve(person.name, ctx) or (person.name, person.role)
            return _resolve(tail[-1][2], ctx)
        # a known person's full name ending a run that opens with the place or body of a post
        # ("ambassador to New Zealand Harry Dean", "… of the State Affairs Commission Tan Roe")
        holder = next((p for p in ctx.people if " " in p.name and tail[-1][2].endswith(" " + p.name)), None) \
            if tail and tail[-1][1] == len(chunk) and tail[-1][2].count(" ") >= 2 else None
        if holder:
            return _resolve(holder.name, ctx)
        # an organisation the text names in full ending the clause (no person's) ("the Joint Chiefs of Staff",
        # "the … Warning and Forecast Centre"): its whole name, not the last run of capitals
        # (the name opens its clause: "Roe of the opposition Democratic Party" is Roe)
        named = next((o for o in ctx.organisations if " " in o and chunk.endswith(o)
                      and (_CLAUSE_START_AT_END.search(_THE_AT_END.sub("", _without_owner(chunk[:-len(o)])))
                           or " " in chunk[:-len(o)] and (_MEMBERS_AT_END.search(_THE_AT_END.sub("", chunk[:-len(o)]))
                                                          or _SPOKESPERSON_FOR_AT_END.search(_THE_AT_END.sub("", chunk[:-len(o)]))))), None)
        if named:
            return _resolve(named, ctx)
        placed = _OFFICE_PLACE_AT_END.search(chunk) if " in " in chunk else None
        if placed:  # "Forecasters with the National Weather Service in Sacramento said": the service (its office's place aside)
            head = chunk[:placed.start()]
            named = next((o for o in ctx.organisations if " " in o and head.endswith(o) and " " in head[:-len(o)]
                          and _MEMBERS_AT_END.search(_THE_AT_END.sub("", head[:-len(o)]))), None)
            if named:
                return _resolve(named, ctx)
            # "Analysts at Ibis Capital in Portville said": a firm its analysts speak for, known or not
            runs = capitalised_runs(head, max(0, len(head) - 60))
            if runs and runs[-1][1] == len(head) and " " in runs[-1][2] \
                    and _MEMBERS_AT_END.search(_THE_AT_END.sub("", head[:runs[-1][0]])):
                return _resolve(runs[-1][2], ctx) or (runs[-1][2], None)
        # "Rep. Jane Roe of the opposition said", "Roe of the ruling party": the person named, not the party
        common = _COMMON_COMPLEMENT_AT_END.search(chunk) if " of " in chunk else None
        if common:
            runs = capitalised_runs(chunk, max(0, common.start() - 80), common.start())
            if runs and runs[-1][1] == common.start() and resolve_person(ctx.people, runs[-1][2]):
                return _resolve(runs[-1][2], ctx)
        # "Dr. Jane Roe of the University of Leeds expects": the person, not the body
        complement = _NAMED_COMPLEMENT_AT_END.search(chunk)
        if complement:
            runs = list(capitalised_runs(chunk, max(0, complement.start() - 80), complement.start()))
            if runs and runs[-1][1] == complement.start():
                if resolve_person(ctx.people, runs[-1][2]):
                    return _resolve(runs[-1][2], ctx)
                # a full name opening its clause before "of the …" is a person not met before
                # (so is one after a description opening the sentence: "Political scientist Jana
                # Roe of the University of Alpha said")
                if _CLAUSE_START_AT_END.search(chunk[:runs[-1][0]]) or \
                        " " in runs[-1][2] and _DESCRIPTION_OPENING.match(chunk[:runs[-1][0]]):
                    found = _new_person(runs[-1][2], ctx)
                    if found:
                        return found
        station = _NUMBERED_STATION_AT_END.search(chunk) if chunk[-1:].isdigit() or "News" in chunk[-10:] else None
        if station and _CLAUSE_START_AT_END.search(_without_owner(chunk[:station.start()]).rstrip() + " ") is not None \
                or station and re.search(r"\b(?:broadcaster|channel|station|network|radio|television)\s+$", chunk[:station.start()]):
            return station.group("name"), None  # "…, Channel 9 reported", "France 24 said": a station named with its number
        runs = list(capitalised_runs(chunk, max(0, len(chunk) - 80)))
        if runs and runs[-1][1] == len(chunk) and \
                _PLACE_PREPOSITION_AT_END.search(chunk[:runs[-1][0]]) \
                and not _OF_AT_END.search(chunk[:runs[-1][0]]):
            runs = []  # "an analyst based in Dakar believes": the analyst, not the capital
        if runs and runs[-1][1] == len(chunk):
            found = _resolve(runs[-1][2], ctx)
            if not found and _CLAUSE_START_AT_END.search(chunk[:runs[-1][0]]) and \
                    not any(" and " in o and chunk.endswith(o) for o in ctx.organisations):
                # (not the last field of a body's name: "… at the Department of Water and Sanitation")
                fields = chunk[:runs[-1][0]].rstrip()
                named = next((o for o in ctx.organisations if " of " in o and fields.endswith(o + " and")), None) \
                    if fields.endswith(" and") and " " not in runs[-1][2] else None
                # ("the Institute of Volcanology and Seismology", its name found only to the "and"):
                # the body, with its second field
                found = (f"{named} and {runs[-1][2]}", None) if named else _surname_subject(runs[-1][2], ctx)
            if found:
                return found
        segment = chunk.rsplit(",", 1)[-1] if "," in chunk and not appositive else chunk
        research = _RESEARCH_OF.match(chunk.strip(" “\"")) if " of " in chunk else None
        if research and research.group("noun").lower() in lexicon()["research_nouns"]:
            # "A survey of purchasing managers showed", "a poll of 1,200 voters found": the
            # research, as written (not the group it asked)
            return _SPACES.sub(" ", research.group("rest")), None
        familiar = _FAMILIAR_GROUP.match(segment.strip()) if speech and "familiar with" in segment else None
        if familiar:
            # "People familiar with the matter said", "Two people familiar with the plans told":
            # the group as described (its count aside), a source of its own that says what follows
            group = familiar.group("group")
            return _SPACES.sub(" ", group[0].lower() + group[1:]), None
        # (after a quotation's close: '"…," a senior Freedonian Weather Service scientist said')
        described = segment.strip(" “”\"")
        holder = _INDEFINITE_HOLDER.fullmatch(described) if speech and described[:1] in "AaO" else None
        if holder and holder.group("head") in UNNAMED_HOLDER_HEADS and any(w[:1].isupper() for w in described.split()[1:-1]) \
                and not _patterns()["anonymous"].search(segment):
            # "In Brussels, a senior European Union diplomat said": one source the text leaves
            # unnamed, as written (listed as "unnamed senior European Union diplomat")
            return described, None
        np = _last_words(segment.strip())
        if np:
            # the longest noun phrase that names an actor: "the Chadian army", not "army"
            tokens = np.group(1).split()
            for k in range(len(tokens), 0, -1):
                if k > 1 and _patterns()["function_word"].match(tokens[-k]):
                    continue
                if k < len(tokens) and tokens[-k - 1].lower() in ("in", "at", "from", "near", "into", "to", "on", "across"):
                    break  # "an analyst based in Dakar": a place after a preposition is not the subject
                found = _resolve(" ".join(tokens[-k:]), ctx)
                if found:
                    return found
        owned = _pronoun_record(segment.strip(), ctx) if segment.strip()[:3] in ("Its", "its", "The", "the") else None
        if owned:  # "Its statement said …": the body whose statement it is
            return owned
        if speech and segment.strip()[:4] in ("The ", "the ") and _DEFINITE_DOCUMENT.match(segment.strip().lower()) \
                and ctx.previous and re.search(rf"\b(?:issued|released|published|put\s+out|sent|posted)\s+(?:an?|its)\s+(?:[\w-]+\s+)?"
                                               rf"{segment.split()[-1].lower()}\b", ctx.text[ctx.previous[0]:ctx.previous[1]]):
            issuer = _previous_subject(ctx)
            if issuer:  # "The ministry issued a statement on Friday. The statement said …": its issuer, the
                return issuer  # body opening the sentence before ("…, the bulletin showed" after a district's count is not)
        # records named by their keeper are a source whatever follows their verb ("Red Cross
        # figures show 2,300 homes have been damaged", "Police data showed thefts rose"): the keeper
        described = _described_subject(segment.strip(), ctx) if speech or _OWNED_RECORDS.match(segment.strip()) else None
        if described:
            return described
        bare = _bare_source(segment.strip(), ctx) if speech and " " in segment.strip() else None
        if bare:  # "Tribal elders said", "Senior commanders told": the group the subject describes, as written
            return bare
    if _SUBJECT_PRONOUN_AT_END.search(left):
        return None  # "…, and they have told Putrajaya": the pronoun is the subject, no noun before it
    if speech and _RESTRICTIVE_RELATIVE.search(left):
        # "Volunteers with a relief group that took part in the rescue told …", "Officials who
        # visited the site said …": the subject is what the relative clause describes
        head = left[:_RESTRICTIVE_RELATIVE.search(left).start()].strip(" ,")
        head = head[_CONNECTIVE_OPENER.match(head).end():] if _CONNECTIVE_OPENER.match(head) else head
        # ("However, volunteers with a relief group that … told": the connective opens the sentence, not the subject)
        if head and not _CLAUSE_BREAK.search(head) and not _PARTICIPLE_OPENER.match(head):
            return _resolve(head, ctx) or _described_subject(head, ctx)
    return None


# a body of capitalised words (and its acronym) that belongs to another: "the Epidemiology and
# Disease Control Division (EDCD) under the Department of Health Services"
_UNDER_BODY = re.compile(r"(?:[Tt]he\s+)?(?P<body>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|and|for|on|&))*?\s+[A-Z][\w’'-]*)"
                         r"(?:\s+\([A-Z]{2,8}\))?\s+under\s+(?:the\s+)?[A-Z][^,;:]*(?=[,;:]|$)")
_SUBJECT_PRONOUN_AT_END = re.compile(r"(?:^|[\s,;“\"])(?:they|we|I|you|They|We|You)\s*$")
_THEY_CLOSING = re.compile(r"\w[,”\"]\s*they$")  # "…, they said": a clause closed, then its speakers
_MEMBERS_OF = re.compile(r"^(?:[Tt]he\s+|[Ss]ome\s+|[Ss]enior\s+)?(?P<group>[A-Za-z][a-z-]+)\s+(?:at|in|from|with|of|for)\s+(?:the\s+)?[A-Z]")


def _members_of(name: str) -> bool:
    """Whether a source's name is a group of a body's people ("Officials at the Ministry of
    Agriculture", "Doctors at Kamuzu Central Hospital"): a plural actor noun before its body."""
    found = _MEMBERS_OF.match(name)
    return bool(found) and _plural_word(found.group("group")) and bool(_patterns()["actor_np"].match(found.group("group")))


# a post written with capitals and no name after it, opening its clause: "The Chief Medical
# Officer said", "Scotland's Director of Public Health said", "The Minister for Housing said"
_CAPITALISED_POST = re.compile(r"(?:^|[,;:“”\"—–(]|\s-)\s*(?:[Tt]he\s+)?(?:(?:[A-Z][\w-]*|[Tt]he\s+[a-z]+)[’']s\s+)?"
                               r"(?P<post>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*"
                               r"(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})?)$")


def _post_holder(post: str, ctx: Context) -> tuple[str, str | None] | None:
    """The source a capitalised post with no name stands for: the person the story gives that
    post, else the post as written (one source, known by its office: "Chief Medical Officer");
    None when it is no post (its words before "of"/"for" do not end in a role word) or a body."""
    parts = re.split(r"\s+(?:of|for)\s+(?:the\s+)?", post, maxsplit=1)
    head, fields = parts[0].split(), parts[1] if len(parts) > 1 else ""
    if len(post.split()) < 2 or head[-1] not in _post_words() or post in ctx.organisations or is_organisation(post):
        return None
    if any(post.endswith(" " + p.name.split()[-1]) and p.name.split()[-1] not in _post_words() and p.name != fields
           for p in ctx.people):  # (not a "person" the finder made of the post's own words: "Public Works")
        return None  # "Minister of Foreign Affairs John Smith said": a post with its holder's name after it
    person = ctx.nearest(ctx.people, lambda p: bool(p.role) and post.lower() in p.role.lower())
    if person:
        return person.name, person.role
    return post, None


@lru_cache(maxsize=1)
def _post_words() -> frozenset[str]:
    """The one-word role titles a post ends its head in ("Officer", "Director", "Minister"), not
    the courtesy titles and honorifics that go before a name only."""
    courtesy = set(lexicon()["courtesy_titles"]) | {"Doctor", "Prof", "Leader", "Head", "Founder", "Comrade", "Excellency"}
    return frozenset(w for w in lexicon()["role_words"] if " " not in w and not w.endswith(".") and w not in courtesy)


# a broadcaster or station whose name carries a number ("Channel 9", "Radio 1", "France 24", "TV5",
# "7News"): the capitalised runs stop at the digits
_NUMBERED_STATION = (r"(?P<name>(?:[A-Z][\w’'.-]*\s+){0,2}(?:Channel|Radio|TV|Television|Canal|Kanal|Network|FM)\s+\d{1,3}"
                     r"|[A-Z][\w’'.-]*\s+24|[A-Z]{2,5}\d{1,2}|\d{1,2}News)")
_NUMBERED_STATION_AT_END = re.compile(r"(?<![\w’'.-])" + _NUMBERED_STATION + r"$")
_NUMBERED_STATION_FIRST = re.compile(r"^(?:the\s+)?" + _NUMBERED_STATION + r"(?![\w’'-])")


# a subject a passive participle describes ("Lawmakers briefed by the agency"); the head opens the clause
_REDUCED_PASSIVE = re.compile(r"^\W*(?P<head>[^,;:“”\"]{2,60}?)\s+(?:[a-z]{3,}ed|told|sent|held|shown|given|taken|seen)\s+by\s")


def _by_participle_head(head: str, ctx: Context) -> tuple[str, str | None] | None:
    """The source a head noun phrase before "… by …" names: a group ("lawmakers", "Chilean
    officials") or a name, never a record or document (whose agent is its source)."""
    if not (head[:1].isupper() and capitalised_runs(head) and capitalised_runs(head)[-1][1] == len(head)) \
            and not _patterns()["actor_np"].match(head):
        return None
    found = _resolve(head, ctx)
    if not found or found[0] in (ARTICLE, UNATTRIBUTED) or found[1] == UNRESOLVED:
        return None
    return found


# a relative clause inside a subject, opened without a comma ("a group that took part in …")
_RESTRICTIVE_RELATIVE = re.compile(r"(?<=[a-z])\s+(?:that|who|whose|which)\s+(?!said\b|says\b|told\b)[a-z]")
# the hearer after a verb of telling, before the clause told ("told reporters that …", "told the
# BBC no one …", "assured them there was …")
_TELLING_VERBS = frozenset({"told", "tells", "tell", "informed", "informs", "assured", "assures", "reminded", "reminds"})
_TOLD_OBJECT = re.compile(r"^\s+(?:him|her|them|us|me|you|reporters|journalists|parliament|lawmakers|investors|analysts|"
                          r"(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4}|the\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)"
                          r"(?:\s+on\s+[A-Z][a-z]+day)?(?=\s+that\b|\s+(?:no|none|nobody|nothing|there|he|she|it|they|we)\b)")
_ADJUNCT_BEFORE_THAT = re.compile(r"^\s+(?:in|on|at|during|after|via|through|to|from|late|early|last|this|earlier)\b[^,;:“”\"]{0,60}?(?=\s+that\b)")
# what opens a clause after a verb ("that", a subject pronoun, a noun then a finite verb: "believes
# the toll is higher"), not an object alone ("showed no remorse")
# (not a clause hung on the verb: '"Moscow denies until it can no longer deny," Roe said')
_QUOTED_CLAUSE_AFTER = re.compile(r"\s+(?!(?:until|unless|when|whenever|while|because|if|before|after|once)\b)(?:that\b|(?:he|she|it|they|we|I|there)\s|(?:[\w’'-]+\s+){1,4}?(?:is|are|was|were|has|have|had|will|would|could|may|might|can)\b)")
# a lower-case description opening the sentence before a name ("Political scientist ", "Senior economist ")
_DESCRIPTION_OPENING = re.compile(r"^\W*[A-Za-z][a-z-]+(?:\s+[a-z][a-z-]+){0,3}\s+$")
# some of a group named before: "Two of the people", "One of the officials"
_PART_OF_GROUP = re.compile(r"^(?:[Tt]wo|[Tt]hree|[Oo]ne|[Ss]ome|[Mm]ost|[Aa]ll|[Ss]everal|[Bb]oth|[Ee]ach|[Aa]nother)\s+of\s+(?:the|those|these)\s+(?P<head>[a-z]+)$")
# people described by what they know, the subject of a speech verb ("Two people familiar with the matter")
_FAMILIAR_GROUP = re.compile(r"^\W*(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|\d{1,2}|[Aa]n?)\s+)?"
                             r"(?P<group>[A-Za-z][a-z-]+(?:\s+[a-z-]+){0,2}?\s+familiar\s+with\s+(?:the\s+|their\s+|its\s+)?[a-z][\w -]{2,40})$")
# a person's refusal to say, after the subject: "declined to comment", "would not give a figure"
_REFUSAL = re.compile(r"(?<=\w)\s+(?:(?:also|again|repeatedly|later|however|then)\s+)?(?:declined|declines|refused|refuses|would\s+not|wouldn[’']t|"
                      r"will\s+not|won[’']t)\s+(?:to\s+)?(?:comment|say|give|discuss|confirm|provide|disclose|identify|name|elaborate|"
                      r"answer|break|specify|reveal|offer|put|be\s+drawn|speculate)\b"
                      # ("has repeatedly referred questions about it to the ministry": passed on, unanswered)
                      r"|(?<=\w)\s+(?:(?:has|have|had)\s+)?(?:(?:also|again|repeatedly|later|then)\s+)?(?:referred|refers|refer)\s+(?:all\s+)?(?:questions|queries)\b")
# a body's refusal to comment at all (not to confirm a report, nor to answer detailed questions)
_BODY_REFUSES = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:(?:also|again|repeatedly|later|however|then)\s+)?(?:declined|declines|refused|refuses)\s+"
                           r"to\s+(?:comment|be\s+drawn|discuss)\b")
# a connective adverb opening a sentence before its subject ("However,", "Meanwhile,", "Separately,")
_CONNECTIVE_OPENER = re.compile(r"^\W*(?:However|Meanwhile|Still|Yet|Moreover|Furthermore|Instead|Elsewhere|Nonetheless|Nevertheless|"
                                r"Later|Earlier|Previously|Then|Also|[A-Z][a-z]+ly),\s+(?=[a-z])")
# "Neither Moscow nor Minsk has confirmed …": subjects that both did not
_NEITHER_NOR = re.compile(r"(?:^|[,;:]\s*(?:and\s+|but\s+)?)[“\"]?[Nn]either\s+[^,;]{1,60}\s+nor\s+[^,;]{1,60}$")
_NEITHER_GAP = re.compile(r"^\W*Neither\s+[^,;]{1,60}\s+nor\s+[^,;]{1,60}?\s+(?:(?:has|have|had|did|does|do|is|are|was|were)\s+)?"
                          r"(?:yet\s+|immediately\s+|publicly\s+|officially\s+|formally\s+)?(?:confirmed|commented|said|acknowledged|disclosed|"
                          r"released|responded|announced|revealed|explained|given|gave|provided|comment|confirm|say|acknowledge)\b")
# the one a thing worries, after the verb: a name or a pronoun ("it worries Portville"), not a
# clause ("worries that prices will rise") nor a topic ("worried about the dam")
_WORRIED_ONE_AFTER = re.compile(r"\s+(?:[A-Z][\w’'-]+\b(?!\s+(?:will|would|could|may|might|is|are|was|were|has|have)\b)"
                                r"|(?:him|her|them|us|me|you)\b)")
# "Neither Portville nor Freedonia has acknowledged the deployment": what both parties have not
# owned up to, asserted not so in the article's voice (the blind golds read it as a denial, 7 to
# 1; "has yet to confirm", "has commented" and "Neither side has said" stay gaps)
_NEITHER_DENIAL = re.compile(r"^\W*Neither\s+[^,;]{1,60}\s+nor\s+[^,;]{1,60}?\s+(?:has|have)\s+"
                             r"(?:ever\s+)?(?:publicly\s+|officially\s+|formally\s+)?(?:confirmed|acknowledged|admitted)\b")
# a clause that ends a sentence whose own claim came before it
_TRAILING_CLAUSE_AT_END = re.compile(r"\w[\w”\"’')]*\s*,?\s+(?:but|although|though)\s+(?:[\w’'-]+\s+){0,5}$", re.IGNORECASE)
# a speaker's own name withheld in a relative clause about them ("One resident, who declined to
# give her name, said …"): what makes the source anonymous, not a gap in what is told
_WHO_AT_END = re.compile(r",\s+who\s+(?:[\w’'-]+\s+){0,2}$")
_OWN_NAME_AFTER = re.compile(r"\s+(?:(?:his|her|their)\s+(?:full\s+|last\s+|first\s+|real\s+|family\s+)?(?:names?|surnames?)|himself|herself|themselves)\b")
# "Neither side has given casualty figures", "Neither country has confirmed the deployment":
# what no party has said
_NEITHER_SIDE_GAP = re.compile(r"^\W*Neither\s+(?:[\w’'-]+\s+){1,4}?(?:(?:has|have|had|did)\s+)?(?:yet\s+|immediately\s+|publicly\s+|officially\s+|formally\s+|even\s+)?"
                               r"(?:confirmed|commented|said|acknowledged|disclosed|released|responded|announced|revealed|"
                               r"given|gave|provided|published|comment|confirm|say|acknowledge|give)\b")
# ("Neither side gave details", "Neither the club nor the player commented": the simple past too)
# "Asked who was to blame, …": a participle opening the sentence, no subject
_PARTICIPLE_OPENER = re.compile(r"^[A-Z][a-z]+ed\b")
# what a subject cannot hold: a verb of saying, a clause's own comma or conjunction
_CLAUSE_BREAK = re.compile(r"\b(?:said|says|told|tells|that|and|but)\b|[,;:“”\"]")


# "the county relief secretariat", "A Harbour Line executive", "a nurse there", "A
# Western security analyst based in Lagos": a source described, not named, standing alone as
# the subject of its clause (news copy names a source by its description when it has no name
# or the reader needs none; the head noun can be any, so no list of them is asked for)
# (a modal or auxiliary among the words makes them a clause: "The plant will close, said an
# official" is what was said, not a source)
_DESCRIBED_SOURCE = re.compile(r"^(?P<det>[Tt]he|[Aa]n?|[Oo]ne|(?P<count>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Mm]any|\d{1,3}))\s+"
                               r"(?P<mods>(?:(?!(?:will|would|can|could|may|might|shall|should|must|is|are|was|were|has|have|had|did|does|do|not)\s)[\w’'.-]+\s+){0,4}?)(?P<head>[a-z][a-z-]{2,})"
                               r"(?P<post>\s+(?:there|here|based\s+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}))?"
                               r"(?P<where>\s+(?:at|in|from|of)\s+(?:the|a|an|this|that)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)?$")


_ARTICLES = frozenset({"a", "an", "the", "A", "An", "The"})
# a post and the place (by a common noun) it is held in: "the mayor of the town", "the governor of the region"
_POST_OF_A_PLACE = re.compile(r"^[Tt]he\s+(?P<post>(?:[a-z][\w-]*\s+){0,2}[a-z]+)\s+of\s+(?P<place>(?:the|this|that)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)$")


_RESEARCH_OF = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+(?P<rest>(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]+)\s+of\s+(?:[\w,’'-]+\s+){0,4}?[\w’'-]+)$")


def _unnamed_described(np: str, ctx: Context) -> tuple[str, str | None] | None:
    """An unnamed source the words describe ("a Freedonian diplomat"), a person by the noun,
    and nothing else a description could be ("an increase")."""
    found = _described_subject(np, ctx)
    return found if found and (found[0].startswith("unnamed ") or _person_noun(found[0].split()[-1])) else None


def _described_subject(np: str, ctx: Context) -> tuple[str, str | None] | None:
    """The source a description that is the whole subject of a reporting verb stands for: an
    issued document's issuer (the body named last: "…, the statement said"), research as
    itself ("the study"), a definite description as a common-noun actor ("the secretariat"),
    an indefinite one as written ("A Harbour Line executive": an unnamed source)."""
    np = np.strip(" ,“”\"'’‘")
    if " " not in np and np.lower() in lexicon()["research_nouns"]:
        return np.lower(), None  # "…, study finds" in a headline
    post_of = _POST_OF_A_PLACE.match(np) if " of " in np else None
    if post_of and post_of.group("post").split()[-1] in _role_heads():
        if _patterns()["actor_np"].match(post_of.group("place")):
            return _resolve(post_of.group("place"), ctx)  # "said the chairman of the port authority": the body,
            # as before the verb ("The head of the exporters' association said")
        # "The mayor of the town said", "said the governor of the region": the holder of the post
        # named before, else the post as written
        found = _resolve("the " + post_of.group("post"), ctx)
        if found and found[1] != UNRESOLVED:
            return found
        return np[4:], found[1] if found else None
    match = _DESCRIBED_SOURCE.match(np)
    if match and match.group("where") and (match.group("det").lower() == "the" or match.group("count")
                                            or not _speaking_noun(match.group("head"))):
        match = None  # (where one works or lives, after an indefinite speaker only: "A doctor at the
        # hospital said", "a farmer in the village said"; not "A rise in the cost of living suggests")
    if not match:
        return _owned_records(np, ctx) if " " in np else None
    words = (match.group("mods") + match.group("head")).split()
    pats = _patterns()
    head = match.group("head")
    if any(pats["function_word"].match(w) or _DIGIT.search(w) or w in _ARTICLES for w in words) or head in _number_words() \
            or pats["pronoun"].match(head):
        return None  # (an article inside is a clause's object: "The strike hit a depot, said Kyiv")
    lex = lexicon()
    if head in lex["issued_documents"] and match.group("det").lower() != "the":
        issuer = _issuer_named_by(words[:-1], ctx) if len(words) > 1 else None
        if issuer:
            return issuer  # "A police statement said", "a ministry statement said": the body that issued it
        return " ".join(words), None  # "an internal memo shows": a document the article has seen, not a statement
    if head in lex["figure_records"] and match.group("det").lower() == "the" and \
            all(w.lower() in _RECORD_STATES for w in words[:-1]):
        # "…, the data showed": the records of the body that last gave a claim (not a group
        # polled or quoted, not the press)
        keeper = next((name for name in reversed(ctx.claimants) if not any(p.name == name for p in ctx.people)
                       and " polled" not in name and not is_news_organisation(name)
                       and not _plural_source(name, ctx.people)), None)
        if keeper:
            return keeper, None
    if head in lex["issued_documents"]:
        issuer = ctx.last_org or getattr(ctx.nearest(ctx.org_actors, lambda o: not is_news_organisation(o.name)), "name", None)
        return (issuer, None) if issuer else None
    if head in lex["research_nouns"]:
        return " ".join(words), None
    if match.group("det").lower() == "the":
        return _resolve(np, ctx) or (_common_actor(np, ctx), None)
    if match.group("count"):  # "Two former guards, who asked not to be named, told us": the group, not its count
        if not _plural_word(words[-1]):
            return None
        group = " ".join(words) + (match.group("post") or "")
        ctx.written.setdefault(group, set()).add(np)  # (the words the text used, the count with them, are its name too)
        return group, None
    # "A retired surveyor said …": the source as written, its words without the indefinite
    # article ("retired surveyor", as an analyst lists it) one of its names
    bare = _LEADING_A_ANY_CASE.sub("", np)
    if bare != np:
        ctx.written.setdefault(np, set()).add(bare)
    return np, None


_ONE_DESCRIBED = re.compile(r"^(?:[Aa]n?|[Oo]ne)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z][a-z-]+)$")
_UNNAMED_POST_HEADS = frozenset({"chief", "official", "officer", "executive", "head", "leader"})


def _one_unnamed_speaker(claimant: str, role: str | None) -> bool:
    """Whether a row's claimant is one person the text does not name, whom a "he" or "she"
    in the next sentence stands for: a post no holder was found for ("the minister", "the fire
    chief"), or one described ("A local official", "a doctor")."""
    last = claimant.split()[-1].lower()
    if role == UNRESOLVED or role is None and claimant.islower():  # ("the fire chief": a post as written)
        return last in _role_heads() or last in _UNNAMED_POST_HEADS
    described = _ONE_DESCRIBED.match(claimant) if role is None else None
    return bool(described) and _speaking_noun(described.group("head")) and not _plural_word(described.group("head"))


def _speaking_noun(head: str) -> bool:
    """A noun for one who speaks: an actor noun, or the singular of one ("doctor", "engineer",
    "fisherman"), or a role's head ("minister")."""
    actor_np = _patterns()["actor_np"]
    return bool(actor_np.match(head) or actor_np.match(head + "s") or head.endswith("man") and actor_np.match(head[:-3] + "men")) \
        or head in _role_heads()


def _plural_word(word: str) -> bool:
    """A plural head noun: in "-s", in "-men" ("Two fishermen told …", "Three firemen said")
    or one of the irregular plurals ("Two crew", "Several staff")."""
    lower = word.lower()
    return lower.endswith("s") or (lower.endswith("men") and len(lower) > 5 and lower not in _MEN_SINGULARS) \
        or lower in word_set("plural_nouns")


_MEN_SINGULARS = frozenset({"specimen", "regimen", "abdomen", "acumen"})  # singulars that end in "-men"

# a source described by what it is, with no name and no determiner or with "a": "Moldovan field
# commanders", "a police source", "shop owners" (a demonym or modifiers, then the head noun)
_BARE_DESCRIPTION = re.compile(r"^(?:(?P<det>[Aa]n?)\s+)?(?P<mods>(?:[A-Za-z][a-z’'-]+\s+){0,3}?)(?P<head>[a-z][a-z-]{2,})$")


def _person_noun(word: str) -> bool:
    """A head noun for people who can be a source: an unnamed insider's ("source", "aide"), a
    post's ("commander", "minister"), or an actor noun for people, singular or plural."""
    lower = word.lower()
    singular = lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower
    return bool(lower in _INSIDER_HEADS or singular in _INSIDER_HEADS or singular in _role_heads()
                or lower in _role_heads() or (lower in lexicon()["actor_nouns"] and _plural_word(lower)))


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """Nouns for people that can be a source when described ("a farmer", "a dock worker"):
    the figures' people nouns, without those for the dead, the hurt and counted things."""
    return frozenset(lexicon()["figure_class_nouns"]["people"]) - {
        "case", "death", "casualty", "body", "bodies", "life", "lives", "family", "household", "dead", "injured",
        "wounded", "missing", "others", "contact", "people", "person", "staff", "personnel", "police", "crew"}


def _singular_word(word: str) -> str:
    """A plural noun's singular, as far as an "s" tells it ("farmers" -> "farmer")."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# the people a place is home to: "a resident of Portville" is a person, not a part of the town
_RESIDENT_NOUNS = frozenset({"resident", "native", "citizen", "villager", "inhabitant"})


def _body_plural(word: str) -> bool:
    """A plural head noun for bodies ("departments", "agencies", "groups"): described bodies
    that can be a source together, as people can."""
    lower = word.lower()
    singular = lower[:-3] + "y" if lower.endswith("ies") else lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else ""
    return bool(singular) and singular in _ORG_HEADS()


def _described_sources(np: str, ctx: Context) -> tuple[str, None] | None:
    """Two described sources joined by "and" ("residents and rights groups", "local officials
    and aid agencies"): the pair as written, when each is a source by itself."""
    parts = np.strip(" ,“”\"'’‘").split(" and ")
    if len(parts) != 2:
        return None
    for part in parts:
        head = part.split()[-1] if part.split() else ""
        found = _bare_source(part, ctx)
        if not found or not (_person_noun(head) or _body_plural(head)):
            return None
    written = " ".join(np.strip(" ,“”\"'’‘").split())
    return written[0].lower() + written[1:] if written[:1].isupper() and not is_demonym(written.split()[0]) else written, None


def _bare_source(np: str, ctx: Context) -> tuple[str, str | None] | None:
    """A described source with no determiner before a plural head ("Moldovan field commanders",
    "shop owners", "tribal elders"), or with "a" before a person's noun ("a police source"):
    the source as written.  ``None`` for a record or a document ("preliminary figures") or any
    phrase with a function word, a number or a name that is not a demonym in it."""
    match = _BARE_DESCRIPTION.match(np.strip(" ,“”\"'’‘"))
    if not match:
        return None
    words = (match.group("mods") + match.group("head")).split()
    lex = lexicon()
    head = match.group("head")
    if any(_patterns()["function_word"].match(w) for w in words) or head in _number_words() \
            or any(w[:1].isupper() and not is_demonym(w) and i for i, w in enumerate(words)) \
            or any(head in lex[k] or head.rstrip("s") in lex[k] for k in ("document_nouns", "record_nouns", "research_nouns",
                                                                          "statement_nouns", "issued_documents", "figure_records")):
        return None
    first = words[0]
    if first[:1].isupper() and not is_demonym(first):
        words[0] = first.lower()  # (the capital a sentence opens with)
    if match.group("det"):
        return (" ".join([match.group("det").lower(), *words]), None) if _person_noun(head) else None
    return (" ".join(words), None) if _plural_word(head) else None


# what a release's figures are called by when and how they came, not by whose they are ("the
# latest data", "the provisional figures", "official data"): the records of the source at hand
_RECORD_STATES = frozenset({"latest", "new", "official", "provisional", "preliminary", "final", "revised", "updated",
                            "daily", "weekly", "monthly", "quarterly", "annual", "latest official"})
# records named by their keeper without an article: "Health ministry data showed", "…, Labour
# Department figures showed", "government data showed on Tuesday", "official data showed"
_OWNED_RECORDS = re.compile(r"^(?P<owner>(?!(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hese|[Tt]hose|[Ss]ome|[Oo]ur)\s)"
                            r"[A-Za-z][\w’'.&-]*(?:\s+[A-Za-z][\w’'.&-]*){0,3}?)\s+(?P<head>data|figures|statistics)"
                            r"(?:\s+(?:released|published|issued)(?:\s+(?:on|last|this|earlier|late)\b[^,]{0,30})?)?$")  # (and when they came)


_STATISTICS_OFFICE = re.compile(r"\b(?:Statistics|Statistical|Statistic|Census)\b")


_ACRONYM_BRACKET = re.compile(r"\s*\([A-Z][A-Za-z.&-]{1,9}\)")


def _owned_records(np: str, ctx: Context) -> tuple[str, str | None] | None:
    """The keeper of records a subject names without an article ("Health ministry data",
    "Labour Department figures", "government data"): the body its words name (with "the"
    before a common noun's), or, for records named only by how they came ("official data",
    "provisional figures"), the body whose release the story is giving, if one gave a claim."""
    match = _OWNED_RECORDS.match(np)
    if not match:
        return None
    owner = match.group("owner")
    # ("District-wise figures show 91 deaths in …": the release's breakdown, by how it is cut)
    if all(w.lower() in _RECORD_STATES or w.lower().endswith("-wise") for w in owner.split()):
        keeper = next((name for name in reversed(ctx.claimants) if not any(p.name == name for p in ctx.people)
                       and " polled" not in name and not is_news_organisation(name)
                       and not _plural_source(name, ctx.people)), None)
        if keeper is None:
            # ("prices climbed 3%, official figures show" in a lede: the one statistics office the
            # story names, though later)
            offices = {o.name for o in ctx.org_actors if _STATISTICS_OFFICE.search(o.name)}
            keeper = next(iter(offices)) if len(offices) == 1 else None
        return (keeper, None) if keeper else None
    if owner.split()[0].lower() in _RECORD_STATES:
        owner = owner.split(None, 1)[1]  # "official government data": the government's
    found = _resolve(owner, ctx) if owner[:1].isupper() and not owner.islower() and capitalised_runs(owner) \
        and capitalised_runs(owner)[-1][1] == len(owner) and (" " in owner or owner.isupper()) else None  # ("KNBS data")
    if not found and _patterns()["actor_np"].match("the " + owner.lower()):
        found = _resolve("the " + owner.lower(), ctx)
    if not found or found[0] in (ARTICLE, UNATTRIBUTED):
        return None
    return found


def _issuer_named_by(modifiers: list[str], ctx: Context) -> tuple[str, str | None] | None:
    """The body a document's modifiers name ("police" in "a police statement", "Health
    Ministry" in "a Health Ministry notice"), if they name one."""
    owner = " ".join(modifiers)
    if owner.islower():
        found = _resolve("the " + owner, ctx) if _patterns()["actor_np"].match("the " + owner) else None
    else:
        found = _resolve(owner, ctx)
    if not found or found[0] in (ARTICLE, UNATTRIBUTED) or found[1] == UNRESOLVED or any(p.name == found[0] for p in ctx.people):
        return None
    return found


# a name after a lower-case role noun that ends a description ("… Research analyst Brian Marshall")
_NAME_AFTER_ROLE_NOUN = re.compile(r"[A-Za-z]\s+[a-z][a-z-]+\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})$")
_NAME_AFTER_TITLE = re.compile(r",\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\s*[.,]?\s*$")


# (or its owner's: "…, said its treasurer, Ana Lind, 67, of Portville.")
_TITLE_THEN_NAME_AFTER = re.compile(r"\s+(?:the|its|their|his|her)\s+[^,;:“”\"]{2,80},\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})"
                                    r"(?:\s*[.,]?\s*$|,\s+(?:\d{1,3},\s+)?(?:of|from|an?|the|who)\s[^;:“”\"]*$)")
# a full name right after a post-posed verb, then an apposition or the end ("…, said Jana Roe, an analyst …")
_FULL_NAME_AFTER = re.compile(r"\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}\s*(?:,|\.?\s*$)")


# what follows a one-word name after a post-posed verb that makes it a person's: an apposition, a
# relative clause, an age, or the sentence's end ("…, said Fatima, a mother of four", "said Maria, 61.")
_LONE_NAME_AFTER = re.compile(r"\s*(?:,\s+(?:an?|the|who|\d{1,3}(?=[,.\s]|$))\b|\.?\s*$)")
# a name after its initials: "…, said N. Tsogt, the …", "said A. K. Roy on Monday"
_INITIALS_NAME_AFTER = re.compile(r"\s+((?:[A-Z]\.\s?){1,3}[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*)?)"
                                  r"(?=\s*(?:[,.;:]|$)|\s+(?:on|in|at|who|after|before|during)\b)")
_TITLE_ABBREVIATION_AFTER = re.compile(r"\s+(?:the\s+)?([A-Z][a-z]{1,4}\.)\s+(?=[A-Z])")


# a nickname in quotation marks between a first name and a surname
_NICKNAME_AFTER = re.compile(r"\s+[A-Z][\w’'-]+\s+(?P<nick>[\"“][A-Z][\w’'-]+[\"”]\s+)(?=[A-Z])")
# the two or three words of a name right after a title's short form: "(DIG) Jan Roe, …"
_FULL_NAME_FIRST = re.compile(r"\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?=\s*(?:[,.;:]|$)|\s+(?:on|in|at|who)\b)")
_TITLE_ACRONYM_NAME_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,5}?(?P<acronym>\s*\([A-Z]{2,6}\))(?=\s+[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)")


def _subject_after(text: str, verb_end: int, sent_end: int, ctx: Context) -> tuple[str, str | None] | None:
    """The subject of a post-posed verb: '..., said John Smith' or '..., said the ministry'."""
    right = text[verb_end:sent_end]
    bracketed = _TITLE_ACRONYM_NAME_AFTER.match(right) if "(" in right[:60] else None
    if bracketed:
        # "…, said Deputy Inspector General (DIG) Jan Roe, …": the title's short form between
        # the title and the name is no part of either
        name = _FULL_NAME_FIRST.match(right, bracketed.end("acronym"))
        right = right[:bracketed.start("acronym")] + right[bracketed.end("acronym"):].lstrip(" ")
        found = (_resolve(name.group(1), ctx) or _new_person(name.group(1), ctx)) if name else None
        if found:
            return found
    abbreviation = _TITLE_ABBREVIATION_AFTER.match(right) if "." in right[:12] else None
    if abbreviation and abbreviation.group(1) in word_set("title_abbreviations"):
        # "…, said Dr. Jane Roe, the ministry's …": the name after its title (whose full stop
        # would end the subject at the title)
        right = " " * abbreviation.end() + right[abbreviation.end():]
    initials = _INITIALS_NAME_AFTER.match(right) if "." in right[:5] else None
    if initials:  # (the name's initials would end the subject at their first full stop)
        found = _resolve(initials.group(1), ctx) or _new_person(initials.group(1), ctx)
        if found:
            return found
    nickname = _NICKNAME_AFTER.match(right) if "“" in right[:30] or '"' in right[:30] else None
    if nickname:  # 'said Thomas "Tom" Kay': the name without the name he goes by
        right = right[:nickname.start("nick")] + right[nickname.end("nick"):]
        name = _FULL_NAME_FIRST.match(right)
        found = (_resolve(name.group(1), ctx) or _new_person(name.group(1), ctx)) if name else None
        if found:
            return found
    titled = _TITLE_THEN_NAME_AFTER.match(right) if right.startswith((" the ", " its ", " their ", " his ", " her ")) else None
    if titled:  # "…, said the head of the regional administration, Ivan Fedorov."
        found = _resolve(titled.group(1), ctx) or _new_person(titled.group(1), ctx)
        if found:
            return found
    match = _POSTPOSED_SUBJECT.match(right)
    if match:
        np = match.group(1)
        named = _NAME_AFTER_TITLE.match(right, match.end(1)) if np[:4].lower() == "the " else None
        if named:  # "said the Minister of Works, Hon. Jane Roe": the holder named after the title
            role, name = role_and_name(named.group(1))
            person = resolve_person(ctx.people, name) if name else None
            if person or len(name.split()) >= 2:
                return _resolve(name, ctx) or _new_person(named.group(1), ctx)
        runs = list(capitalised_runs(np))
        if np[:1].islower() and runs and runs[-1][1] == len(np) and np.split()[0] not in ("he", "she", "the", "a", "an") \
                and not _patterns()["function_word"].match(np.split()[0]):
            # "said resident Mary Cole": the name after its role
            role, name = role_and_name(runs[-1][2])
            person = resolve_person(ctx.people, name) if name else None
            return _resolve(person.name if person else runs[-1][2], ctx) or _new_person(runs[-1][2], ctx)
        of_body = _PERSON_OF_BODY_AT_END.search(np) if " of " in np and np[:1].isupper() else None
        person = resolve_person(ctx.people, of_body.group("person")) if of_body and of_body.start() <= 20 else None
        if person:
            # "…, said Professor Jane Roe of Tarnow University": the person, who works there, as
            # "Jane Roe of Tarnow University said" is
            return _resolve(person.name, ctx) or (person.name, person.role)
        named = _NAME_AFTER_ROLE_NOUN.search(np) if len(runs) >= 2 else None
        if named and runs[-1][1] == len(np):
            # "said American Technology Research analyst Brian Marshall": the analyst, not the firm
            found = _resolve(named.group(1), ctx) or _new_person(named.group(1), ctx)
            if found:
                return found
        if runs:
            found = _resolve(runs[0][2] if runs[0][0] == 0 else np, ctx) or _resolve(np, ctx)
            if not found and " " not in np and _LONE_NAME_AFTER.match(right, match.end(1)):
                # '"Prices have doubled," said Fatima, a mother of four': a person known by one name
                found = _surname_subject(np, ctx)
            if not found and np.split()[0] in ("a", "an", "one"):
                found = _described_subject(np, ctx)  # "…, said a Freedonian officer": the unnamed source described
            return found
        np = _PART_OF.sub("the ", np) if " of the " in np else np  # "…, said one of the officials": the officials
        return _resolve(np, ctx) or _described_subject(np, ctx)  # "…, said the union leader"
    return None


# an outlet's earlier report the sentence relays: "As Meridian reported,", "As reported by the
# Harbour Times,", "As Radio X first reported on Monday," (a report, not a source's statement)
_AS_REPORTED = re.compile(r"^[Aa]s\s+(?:(?:was\s+|first\s+|previously\s+|earlier\s+)?(?P<verb>reported)\s+by\s+(?P<outlet>(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})"
                          r"|(?P<outlet2>(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})\s+(?:has\s+|had\s+)?(?:first\s+|previously\s+|earlier\s+)?(?P<verb2>reported|reports|wrote|writes))"
                          r"(?:\s+(?:on|last|earlier|this)\s+\w+(?:\s+\w+)?)?\s*,\s*")


def _conduit(sentence: str, can_match: Collection[str] = _EVERY_CUE) -> str | None:
    """The news organisation that carried the claim: 'in an interview with X', 'told X'.
    ``can_match``: the cue patterns that can match the sentence (:func:`_sentence_cues`), if known."""
    pats = _patterns()
    if "conduit" not in can_match:
        return None
    for match in _cue_matches("conduit", sentence):
        rest = sentence[match.end():]
        rest = pats["media_prefix"].sub("", rest, count=1)
        # "in an interview with France's Orbis news agency": the outlet after its country's possessive
        rest = _STATE_POSSESSIVE_PREFIX.sub("", rest, count=1) if "'s " in rest[:30] or "’s " in rest[:30] else rest
        station = _NUMBERED_STATION_FIRST.match(rest)
        if station:
            return station.group("name")  # "told Channel 9", "in an interview with France 24"
        runs = list(capitalised_runs(rest, 0, min(len(rest), 80)))
        if runs and runs[0][0] <= 12:
            name = runs[0][2]
            # (over "of": "told the Press Trust of India")
            whole = _OF_NAME_AFTER.match(rest, runs[0][1])
            if whole and is_news_organisation(name + whole.group(0)):
                return name + whole.group(0)
            if is_news_organisation(name) or _MEDIA_NOUN_AFTER.match(rest, runs[0][1]):
                return name
    return None


_OF_NAME_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}")


_STATE_POSSESSIVE_PREFIX = re.compile(r"^(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|country|nation)[’']s\s+(?=[A-Z])")
# "Orbis news agency", "the Harbour daily": an outlet named by what it is
_MEDIA_NOUN_AFTER = re.compile(r"\s+(?:news\s+agency|news\s+service|newspaper|daily|broadcaster|television|radio|news\s+site)\b")


# a counterfactual: "would have" under a condition that did not hold, "would" after an opening
# "Without X," (X is there)
_WITHOUT_OPENING = re.compile(r"^\W*(?:that\s+)?(?:but\s+)?without\b", re.IGNORECASE)
_HAVE_AFTER = re.compile(r"\s+(?:not\s+|never\s+|also\s+)?have\b")
_CONDITION = re.compile(r"\b(?:without|if|otherwise|but\s+for|had\s+(?:it|they|we|he|she|I)\s+not)\b", re.IGNORECASE)


# "against his will", "the will of the people", "political will": the noun, no future
_WILL_NOUN_BEFORE = re.compile(r"\b(?:the|his|her|its|their|our|my|your|own|free|good|ill|political|popular|last|sovereign|"
                               r"against|of)\s+$", re.IGNORECASE)
# "He would later become president", "would go on to win": the past told from further back, no
# forecast; "We would rather hold share than chase margin": a preference, stated
_NARRATIVE_WOULD_AFTER = re.compile(r"\s+(?:later|eventually|subsequently|go\s+on\s+to|soon\s+after|rather)\b")
# a non-restrictive relative clause opened before a cue (", which will employ 500 workers"):
# a side remark on a noun, not the sentence's own predicate
_OPEN_SIDE_CLAUSE = re.compile(r",\s+(?:which|who|whose|[\w-]+\s+of\s+(?:whom|which))\b[^,;:“”\"]*$")
# after "is due to", a noun phrase ("due to heavy rain", "due to the strike") rather than a verb
_NOT_A_VERB_AFTER = re.compile(r"\s+(?:(?:the|a|an|its|their|his|her|this|that|these|those|some|bad|poor|heavy|high|low|strong|weak)\b"
                               r"|[a-z]+(?:ing|ed|er)\b|[a-z]+[^su\W]s\b)")
_POSSESSIVE_BEFORE = re.compile(r"[’']s?\s+$")
_OPENING_DETERMINER = re.compile(r"^\W*(?:the|a|an|its|their|his|her)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"[’']s\b")
_AHEAD_OF_AT_END = re.compile(r"\b(?:ahead\s+of|before|until|till|prior\s+to|in\s+the\s+run-up\s+to)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
# what follows "Will" as a word of a party's name: "Civic Will-Blue", "Popular Will Party"
_PARTY_WILL_AFTER = re.compile(r"-[A-Z]|\s+(?:Party|Movement|Alliance|Front|Union|Coalition|List|Bloc)\b")
# "The government is to blame": a verdict, not a plan
_TO_BLAME_AFTER = re.compile(r"\s+blame\b")


def _side_clause_cue(text: str, at: int, end: int) -> bool:
    """Whether the cue at ``at`` stands in a relative clause set off by a comma ("The factory,
    which will employ 500, opened on Monday"; "has shipped 350,000 doses, which are expected
    to arrive next month"): a remark on a noun, not the sentence's own predicate."""
    return bool(_OPEN_SIDE_CLAUSE.search(text, max(0, at - 80), at))


def _predicts(text: str, can_match: Collection[str] = _EVERY_CUE) -> re.Match | None:
    """The first prediction cue, skipping the conditional "would" of a relative clause
    ("rules that would be illegal here"), the noun "will", the narrative "would later", and
    a cue inside a relative clause set off by commas.  ``can_match``: the cue patterns that
    can match the text (:func:`_sentence_cues`)."""
    if "predicted" not in can_match:
        return None
    for match in _cue_matches("predicted", text):
        word = match.group(0).lower()
        if word == "would" and _RELATIVE_AT_END.search(text[:match.start()]):
            continue
        if word == "will" and _WILL_NOUN_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "held against his will"
        if match.group(0) == "Will" and match.start() and _PARTY_WILL_AFTER.match(text, match.end()):
            continue  # "Civic Will-Blue Party | 3 | 1", "the Popular Will Party": a word of a name, no modal
        if word == "would" and _NARRATIVE_WOULD_AFTER.match(text, match.end()):
            continue  # "would later become"
        if word in ("is to", "are to") and _TO_BLAME_AFTER.match(text, match.end()):
            continue
        if word in ("is due to", "are due to") and _NOT_A_VERB_AFTER.match(text, match.end()):
            continue  # "The delay is due to heavy rain": a cause, not a schedule
        if word == "would" and _HAVE_AFTER.match(text, match.end()):
            continue  # "would not have survived without air cover": what did not happen, no forecast
        if word in ("plan to", "plans to") and (_POSSESSIVE_BEFORE.search(text, max(0, match.start() - 4), match.start())
                                                 or _OPENING_DETERMINER.match(text[:match.start()])) \
                and _PAST_OR_PERFECT.search(text, match.end()):
            continue  # "The government's plan to raise taxes was dropped": the subject's noun, its sentence's verb decides
        if "," in text[:match.start()] and _side_clause_cue(text, match.start(), match.end()):
            continue  # "The dam, which will supply 3 million people, was completed"
        if word.startswith(("next", "in the coming")) and (_POSSESSIVE_AFTER.match(text, match.end())
                                                          or _AHEAD_OF_AT_END.search(text, max(0, match.start() - 40), match.start())):
            continue  # "met on Monday ahead of next week's summit": the time of another event, not of the claim
        if match.group(0).lower() == "would" and (_HAVE_AFTER.match(text, match.end()) and _CONDITION.search(text, 0, match.start())
                                                   or _WITHOUT_OPENING.match(text)):
            continue  # "Without the levee, the river would be in the square", "If …, it would have …": what is not so
        if _EMBEDDED_QUESTION_AT_END.search(text[max(0, match.start() - 60):match.start()]):
            continue  # "cannot tell us how bogs elsewhere will behave": an open question, no forecast
        if word.endswith(("effect", "force")) and _BEGUN_TO_AT_END.search(text, max(0, match.start() - 20), match.start()):
            continue  # "the price rises have started to take effect": under way, no forecast
        return match
    return None


# a start told before "to take effect", "to come into force": "have started to", "began to"
_BEGUN_TO_AT_END = re.compile(r"\b(?:started|starting|starts|begun|began|beginning|begins)\s+to\s+$", re.IGNORECASE)
# "has not only …", "have not been higher since": a negation that denies nothing
_NOT_A_DENIAL_AFTER = re.compile(r"\s+(?:only|just|merely|least|been\s+" + _COMPARATIVE + r")\b", re.IGNORECASE)


_PASSIVE_DENIAL_WORDS = frozenset({"rejected", "dismissed", "denied", "refused", "turned down"})
_PASSIVE_AUX_AT_END = re.compile(r"\b(?:was|were|been|be|being|is|are)\s+(?:\w+ly\s+|also\s+|later\s+)?$", re.IGNORECASE)
_BY_AGENT_AFTER = re.compile(r"\s+(?:\w+ly\s+)?by\b")


def _denial_cue(text: str, can_match: Collection[str] = _EVERY_CUE) -> re.Match | None:
    """The first denial cue of the denied and absence phrases, skipping one inside a relative
    clause set off by a comma ("lost contact with the unit, which has not reported since
    Friday": the sentence's own predicate is what is claimed) and a negation that denies
    nothing ("has not only", "have not been higher")."""
    if "denied" not in can_match:
        return None
    for match in _cue_matches("denied", text):
        if _NOT_A_DENIAL_AFTER.match(text, match.end()) and match.group(0).lower().endswith("not"):
            continue
        if match.group(0).lower() in _PASSIVE_DENIAL_WORDS and _PASSIVE_AUX_AT_END.search(text, max(0, match.start() - 24), match.start()) \
                and not _BY_AGENT_AFTER.match(text, match.end()):
            continue  # "212 ballots were rejected", "was dismissed in May": a thing done to the subject, no denial
        if "," in text[:match.start()] and _OPEN_SIDE_CLAUSE.search(text, max(0, match.start() - 80), match.start()):
            continue
        return match
    return None


def _hedges(text: str, backshifted: bool = False, can_match: Collection[str] = _EVERY_CUE) -> re.Match | None:
    """The first hedge cue, skipping the month ("in May") where "may" is capitalised, and
    "could" of inability ("could not") or, after a past reporting verb, the past of "can"
    ("told jurors the machines could run a dozen tests").  ``can_match``: the cue patterns that can match the text (:func:`_sentence_cues`)."""
    if "hedged" not in can_match:
        return None
    for match in _cue_matches("hedged", text):
        if match.group(0) == "May" and match.start() > 0:
            continue
        if match.group(0).lower() == "could" and (_PERCEPTION_AFTER.match(text, match.end())
                                                   or _BEFORE_ABLE_AT_END.search(text, max(0, match.start() - 60), match.start())):
            continue  # "Residents could see smoke", "before rescuers could reach the village": what was so, or able
        if match.group(0).lower() == "could" and (_NEGATION_AFTER.match(text[match.end():]) or backshifted and not (
                _POSSIBILITY_AFTER.match(text, match.end()) or _OPEN_FUTURE.search(text, match.end())
                or _CHANGE_AFTER.match(text, match.end()))):
            continue
        return match
    return None


def _negated(text: str, can_match: Collection[str] = _EVERY_CUE) -> re.Match | None:
    """The negated main clause of ``text`` (_NEGATED_CLAUSE), tried only where a negation
    word occurs at all (most sentences have none, and the clause pattern is the costlier).
    ``can_match``: the cue patterns that can match the text (:func:`_sentence_cues`)."""
    return _NEGATED_CLAUSE.match(text) if "negation" in can_match and _NEGATION_WORD.search(text) else None


# "could hear gunfire", "could be seen for miles": what was perceived, no doubt put on it ("we
# could see a second wave", "could feel the pinch" are what may come)
_PERCEPTION_AFTER = re.compile(r"\s+(?:still\s+|clearly\s+|only\s+)?(?:be\s+(?:seen|heard|felt|smelled|smelt)|hear|smell|make\s+out)\b")
# "before rescuers could reach them", "until they could leave": what happened next, or did not
_BEFORE_ABLE_AT_END = re.compile(r"\b(?:before|until|till|so\s+that)\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
# after a past reporting verb "could" is a possibility, not the past of "can", where it says
# what may be ("could be far higher") or looks ahead ("could reduce output next year
# if …"); "told jurors the machines could run a dozen tests" is what they were able to do
_POSSIBILITY_AFTER = re.compile(r"\s+(?:also\s+|still\s+|even\s+)?(?:be|have)\b")
_OPEN_FUTURE = re.compile(r"\b(?:if|unless|next|coming|tomorrow|later|soon|future)\b")
# … or a change still to come ("said the losses could push him to …", "could climb into the
# thousands"): what may happen, not what something was able to do
_CHANGE_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:rise|climb|reach|push|fall|grow|increase|spread|reduce|hit|lead|cause|trigger|"
                           r"drive|exceed|double|triple|worsen|escalate|prompt|force|mean|lose|become|top|surge|soar|jump|"
                           r"drop|decline|slow|delay|derail|spark|fuel|undermine|threaten|affect|face|see|cost|prove|"
                           # (what may follow for others: "could make it harder", "could damage morale")
                           r"make|damage|hurt|harm|weaken|complicate|strain|destabilise|destabilize|embolden|deepen)\b")
# "its full-year revenue forecast", "their plans": a noun after a possessive, not a verb
_POSSESSIVE_NP_AT_END = re.compile(r"\b(?:its|their|his|her|our|my|your)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# "a wedding planned a year before": a participle after a preposition's noun, not a verb of the speaker
_REDUCED_RELATIVE_AT_END = re.compile(r"\b(?:for|of|with|on|in|at|to|from|by|after|before|under)\s+(?:(?:a|an|the|its|his|her|their|some)\s+)?(?:[\w-]+\s+){0,2}$")
# "…, with teams from two more provinces expected on Tuesday": a phrase of "with" and its noun's
# participle, however long the noun, no verb of a source
_WITH_PHRASE_AT_END = re.compile(r"(?:^|,\s+)with\s+(?:[\w’'.-]+\s+){1,6}$")
# "admitted to hospital", "admitted to the isolation ward": taken in, not acknowledging
_PASSIVE_BE_AT_END = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:(?:also|later|then|since)\s+)?$")
_ADMITTED_TO_PLACE = re.compile(r"\s+to\s+(?:a\s+|an\s+|the\s+|hospital\b|intensive\b|care\b)")
_TESTED_AFTER = re.compile(r"\s+(?:by|through|in)\s+(?:\w+\s+){0,2}?(?:tests?|testing|laborator(?:y|ies)|lab|labs|DNA|analysis|autops(?:y|ies))\b", re.IGNORECASE)
# ("If serious violations are confirmed, the firm faces fines": a condition, nothing confirmed)
_SUBORDINATOR_IN_CLAUSE = re.compile(r"\b(?:since|when|after|before|once|until|if|unless|whether)\b[^,;:“”\"]*$", re.IGNORECASE)
# "more than expected", "than analysts had forecast", "as planned": a comparison with a forecast
_COMPARED_AT_END = re.compile(r"\b(?:than|as)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
# a first-person subject, pronoun or "our data": the speaker's own verb
_FIRST_PERSON_SUBJECT_AT_END = re.compile(r"\b(?:our|my)\s+[\w-]+\s+$", re.IGNORECASE)


def _not_a_verb_here(text: str, verb: re.Match) -> bool:
    """Whether a matched reporting verb is a noun or a participle of another noun here:
    "its revenue forecast", "a wedding planned a year before", "admitted to hospital"."""
    word = verb.group(0).lower()
    before = text[max(0, verb.start() - 60):verb.start()]
    if _COMPARED_AT_END.search(before) and _verb_group(word) == "predicted":
        return True  # "rose more than expected", "went ahead as planned": measured against a forecast, none made
    if word.endswith("ed"):
        return bool(_REDUCED_RELATIVE_AT_END.search(before)) or \
            (word == "admitted" and (bool(_ADMITTED_TO_PLACE.match(text, verb.end()))
                                     or bool(_PASSIVE_BE_AT_END.search(before))))  # "40 patients were admitted": to a ward
    if " " in word:  # "narrowed its forecast": the speaker's own act, told with the news, not what it says will be
        return word.split()[0] in lexicon()["revision_verbs"]
    # ("its plans to" is an intent: kept)
    return (word in _verb_nouns() or word.removesuffix("s") in _verb_nouns()) and \
        bool(_POSSESSIVE_NP_AT_END.search(before)) and not text.startswith(" to ", verb.end())


_GENERIC_YOU_AFTER = re.compile(r"\s+(?:you|us)\s+(?:that|how|what|why|where|who|something|a\s+lot|everything|all)\b")
# how much a thing tells the generic "you": "tells you less than …", "tells us very little"
_TELLS_YOU_AMOUNT = re.compile(r"\s+(?:you|us)\s+(?:(?:very|rather|much|far|a\s+lot)\s+)?(?:less|more|little|much|nothing|a\s+great\s+deal)\b")
_THING_AT_END = re.compile(r"(?:^|\W)(?:[Ii]t|[Tt]hat|[Tt]his|[Ww]hich)(?:\s+(?:also|really|only|already))?$")
# verbs of what evidence shows, whose subject is a thing ("The figures suggest", "The use of
# conscripts shows")
_EVIDENCE_VERBS = frozenset({"shows", "showed", "show", "suggests", "suggested", "suggest", "indicates", "indicated",
                             "indicate", "reflects", "reflected", "proves", "proved", "demonstrates", "demonstrated",
                             "underlines", "underlined", "underscores", "underscored", "signals", "signalled", "signaled"})
# a verb whose subject follows a conjunction of time or condition, and that tells someone to do
# a thing: "leave when the police tell them to", "until the army orders residents to return"
_CONDITION_SUBJECT_AT_END = re.compile(r"\b(?:when|whenever|until|unless|if|once|as\s+soon\s+as)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}[\w'’-]+$")
_INFINITIVE_OR_OBJECT_TO_AFTER = re.compile(r"\s+(?:(?:them|him|her|us|you|it|people|residents|everyone)\s+)?(?:to\b|so\b)")
# an article or a possessive determiner, and at most one word not plural, before a word: "The
# seasonal demand", "a firm pledge", "its plan" (not "The workers demand", whose verb it is)
_DETERMINED_NOUN_AT_END = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y)"
                                       r"(?:\s+[a-z]+(?<!s))?$")


@lru_cache(maxsize=1)
def _verb_nouns() -> frozenset[str]:
    return frozenset(lexicon()["verb_nouns"])


_PAST_PASSIVE_AT_END = re.compile(r"\b(?:was|were|been)\s+$")
_TO_OR_FOR = re.compile(r"\s+(?:to|for)\b")
# an emphatic "never" that says how much there is: "have never seen so many patients", "had never
# known anything like it", "have never had a harvest like this"
_NEVER_SO_MANY = re.compile(r"\bnever\s+(?:before\s+)?(?:seen|had|known|experienced|witnessed|faced|heard)\s+(?:so\s+(?:many|much)\b|such\b|"
                            r"anything\s+(?:like|so)\b|(?:an?\s+)?(?:[\w-]+\s+){0,3}?like\s+(?:this|that|it)\b)", re.IGNORECASE)
# what "were expected" closes on when it is the reported "are expected" ("said more arrests were
# expected", "… were expected soon", "… was expected on Friday"): a thing still to come
_EXPECTED_AHEAD = re.compile(r"\s*(?:[.;:”\"]|$)|\s+(?:soon|shortly|later|within|tomorrow|next|in\s+the\s+coming|by\s+(?!the\b|an?\b|[A-Z])|"
                             r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")


def _complement_certainty(text: str, backshifted: bool = False, can_match: Collection[str] = _EVERY_CUE) -> str | None:
    """The certainty a neutral verb's complement gives: "said it plans", "said the toll was
    expected to rise" (predicted), "said outbreaks had been confirmed", "may have" (hedged).
    ``can_match``: the cue patterns that can match the text, or a sentence it is a part of
    that cuts no word (:func:`_part_cues`)."""
    pats = _patterns()
    cues = []
    # "said it had suspended the licence, and that it may widen the recall": the first reported
    # clause is the claim the row stands for; a second "and that" clause does not re-grade it
    second = _SECOND_THAT_CLAUSE.search(text)
    modal = _SECOND_MODAL_PREDICATE.search(text) if " and " in text else None
    cut = min(second.start() if second else len(text), modal.start("and") if modal else len(text))
    text = text[:cut]
    left_open = _NOT_RULED_OUT.search(text) if "out" in text else None
    if left_open:
        # "said … they have not ruled out sabotage": a possibility left open, not a denial
        cues.append((left_open.start(), "hedged"))
        text = text[:left_open.start()] + " " * len(left_open.group(0)) + text[left_open.end():]
    emphatic = _NEVER_SO_MANY.search(text) if "never" in text else None
    if emphatic:
        # "We have never seen so many burns", "never had a winter like this": how much, not a denial
        text = text[:emphatic.start()] + " " * len(emphatic.group(0)) + text[emphatic.end():]
    if _NOTHING_HAS.match(text) or _negated(text, can_match) or _CONTRARY.match(text):
        return "denied"  # "said no debris had fallen", '"We have not won anything yet," he said'
    nothing = _NOTHING_HAS_COORDINATED.search(text)
    if nothing:
        cues.append((nothing.start(), "denied"))
    # "said there was no evidence of foul play", "said the report was false": what the
    # source reports is that something is not so
    denial = _denial_cue(text, can_match)
    if denial:
        cues.append((denial.start(), "denied"))
    predicted = _predicts(text, can_match)
    if predicted:
        cues.append((predicted.start(), "predicted"))
    hedge = _hedges(text, backshifted, can_match)
    if hedge:
        cues.append((hedge.start(), "hedged"))
    for verb in _cue_matches("verb", text) if "verb" in can_match else ():
        if _DETERMINER_AT_END.search(text[max(0, verb.start() - 8):verb.start()]) or _not_a_verb_here(text, verb):
            continue  # "a promise", "the plan": nouns
        group = _verb_group(verb.group(0))
        if group == "predicted" and _PAST_PASSIVE_AT_END.search(text[max(0, verb.start() - 12):verb.start()]) \
                and not _TO_OR_FOR.match(text, verb.end()) \
                and not (verb.group(0).lower() == "expected" and _EXPECTED_AHEAD.match(text, verb.end())):
            continue  # "the attack was planned abroad": done, not foreseen ("was expected to rise" still is)
        if group == "predicted" and verb.group(0).lower() == "planned" and not _TO_OR_FOR.match(text, verb.end()):
            continue  # "the man had planned the attack": a deed told, no plan still ahead ("planned to", "planned for" are)
        if group == "predicted":
            cues.append((verb.start(), "predicted"))
        elif group == "confirmed" and _BE_AT_END.search(text[:verb.start()]) and not _TESTED_AFTER.match(text, verb.end()) \
                and not ("," in text[:verb.start()] and _side_clause_cue(text, verb.start(), verb.end())) \
                and not _SUBORDINATOR_IN_CLAUSE.search(text, max(0, verb.start() - 60), verb.start()):
            # ("41 have been confirmed by laboratory tests", "…, 38 of which had been confirmed",
            # "since the first case was confirmed": a test's result or a side remark, stated)
            cues.append((verb.start(), "confirmed"))
        elif group == "confirmed" and _SPEAKER_PRONOUN_AT_END.search(text[:verb.start()]):
            cues.append((verb.start(), "confirmed"))  # "The agency said it confirmed that …": the speaker's own confirmation
        elif group == "denied" and (_SPEAKER_PRONOUN_AT_END.search(text[:verb.start()])
                                    or _FIRST_PERSON_SUBJECT_AT_END.search(text[max(0, verb.start() - 30):verb.start()])):
            cues.append((verb.start(), "denied"))  # '"We reject any suggestion …," he said': the speaker's own denial
        elif group == "hedged" and (_SPEAKER_PRONOUN_AT_END.search(text[:verb.start()])
                                    or _FIRST_PERSON_SUBJECT_AT_END.search(text[max(0, verb.start() - 30):verb.start()])):
            cues.append((verb.start(), "hedged"))  # "said it believes", '"Our figures suggest …"': the speaker's own belief
    # the first cue is the speaker's own verb or modal: "we fear what we will find" is hedged
    return min(cues)[1] if cues else None


# "Western estimates", "Arab diplomats": a region's adjective, no body of its own
_REGION_ADJECTIVE = re.compile(r"^(?:Western|Eastern|Northern|Southern|Central|European|Asian|African|Arab|Latin|Nordic|Baltic|Gulf)$")
# "American, South Korean and Ukrainian officials": a group of several states, listed
_LISTED_STATES_GROUP = re.compile(r"(?P<states>[A-Z][\w.’'-]*(?:\s+[A-Z][\w’'-]*)?(?:,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w’'-]*)?)+,?\s+and\s+"
                                  r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)(?=[\s,.;]|$)")
# a record with no owner named before it: "the police report", "preliminary results",
# "customs data released on Friday", "the indictment", "one estimate"
_HELD_RECORD = re.compile(r"^(?:(?P<det>the|a|an|one|some|its|their)\s+)?(?:(?P<adj>latest|preliminary|provisional|official|final|initial|"
                          r"early|new|recent|partial|unofficial|first|last)\s+)?(?:(?P<mod>[a-z][a-z-]+)\s+)?(?P<noun>results|count|tally|"
                          r"figures|data|statistics|estimates?|indictment|charge\s+sheet|readout|records|documents|report|reports|"
                          r"projections|calculations)(?:\s+(?:released|published|compiled|issued|obtained|seen|collected|reviewed|"
                          r"posted|filed|presented)\b.*)?$", re.IGNORECASE)
# "according to the governor of the province, Jana Roe, …": a post described, then its holder
# (or a post of a body or place named with its possessive, the holder closing the sentence:
# "according to Eastbrook's mayor, Jane Roe.")
_DESCRIPTION_THEN_NAME = re.compile(r"(?:the\s+|an?\s+)?(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}[’']s\s+)?[a-z][^,;:“”\"]{2,60},\s+"
                                    r"(?P<name>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\s*(?:,|\.?\s*$)")
_CLAUSE_END = re.compile(r"[,;:]")
_POST_ON = re.compile(r"(?:an?|the)\s+(?:[a-z]+\s+)?(?:post|posts|message|video|statement)\s+(?:posted\s+)?on\s+(?=the\s|[A-Z])")
_INSIDER_PLACE = re.compile(r"\s+(?:at|in|from|with)\s+(?:the\s+)?[\w’'-]")
_COUNTED_SOURCE = re.compile(r"(?:two|three|four|five|six|seven|eight|nine|ten|several|\d{1,3})\s+(?P<group>(?:(?:[a-z][a-z-]*|[A-Z][a-z]+(?=\s+[a-z]))\s+){0,2}?[a-z][a-z-]*s)\b(?!\s+(?:of|per)\b)")
_PLAIN_GROUP = re.compile(r"^(?:the\s+|local\s+)?[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}\s*$")


# a record opening a sentence, of a body named after it: "Data from the National Statistics Office",
# "Figures released by the Central Bank" (the record's keeper speaks, below)
_RECORD_OF = re.compile(r"^(?:[A-Z][a-z-]+\s+)?(?:[Dd]ata|[Ff]igures|[Rr]esults|[Ss]tatistics|[Ee]stimates|[Nn]umbers|[Rr]ecords|[Dd]ocuments|"
                        r"[Ss]urvey|[Pp]oll|[Rr]eport|[Aa]nalysis|[Ss]tudy)\s+(?:\w+\s+)?(?:from|by|of)\s")
# a body's statement and what it says: "Harbour Police issued a statement saying two men were
# arrested", "The ministry released a bulletin that said …"
_ISSUED_SAYING = re.compile(r"^\W*(?P<np>[^,;:]{2,80}?)\s+(?:(?:has|have|had)\s+)?(?:issued|released|put\s+out|published|posted|sent\s+out)\s+"
                            r"(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|notice|communiqu[eé]|bulletin|press\s+release|release)"
                            r"(?:\s+on\s+\w+)?\s*,?\s+(?:saying|stating|that\s+said|which\s+said|that)\b")
# "according to" and up to five words just before a word: the source phrase it is in
_ACCORDING_TO_AT_END = re.compile(r"\baccording\s+to\s+(?:[\w’'-]+\s+){0,5}[\w’'-]+$", re.IGNORECASE)
# estimates of two states or camps pooled: "Chilean and Western estimates"
_POOLED_ESTIMATES = re.compile(r"(?:the\s+)?(?P<a>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+and\s+(?P<b>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+"
                               r"(?:intelligence\s+|official\s+)?"
                               r"(?:estimates|assessments|figures|intelligence)\b")
# what "according to" can be followed by that is no source: "according to plan", "according to the law"
_NOT_A_SOURCE = re.compile(r"^(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:plans?|schedule|tradition|custom|protocol|"
                           r"law|laws|rules?|constitution|regulations?|procedures?|script|expectations?|rank|size|age|need|"
                           r"merit|instructions?|guidelines?)\b", re.IGNORECASE)


# a subject set off by a comma before "cited by" / "quoted by": "A U.S. official, cited by …"
_SUBJECT_THEN_COMMA = re.compile(r"\W*(?:[A-Z][\w.’'-]*|an?|the|The|A|An)(?:\s+[\w.’'-]+){0,6},\s*(?:as\s+)?$")
# "citing the party's own count": a body's own tally, which the speaker for it bases a claim on
_CITED_OWN_COUNT = re.compile(r"(?:the\s+)?[\w’'-]+[’']s\s+own\s+(?:count|tally|figures|data|estimates?|records?|survey)\b")
# material cited with no owner of its own ("citing preliminary data", "citing preliminary figures
# from his army commander", "citing intercepted radio traffic")
_CITED_OWN_MATERIAL = re.compile(r"[\"“‘']?(?:(?:preliminary|initial|early|latest|new|updated|official|operational|battlefield|"
                                 r"intelligence|intercepted|radio|satellite|its|his|her|their|own|various|several|multiple)\s+){0,3}"
                                 r"(?:data|figures|statistics|estimates|calculations|information|traffic|intercepts|"
                                 r"communications|imagery|footage|intelligence(?:\s+(?:sources|reports|assessments))?|sources\s+of\s+intelligence)\b"
                                 r"(?!\s+(?:of|by|released|published|compiled|that|from\s+(?:the\s+)?[A-Z]))")
# the words cited up to a clause break: "citing a failed mutiny, a step …"
_CITED_WORDS = re.compile(r"\s*((?:an?\s+|the\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})(?=\s*[,.;:]|\s+(?:as|and|in|on|for|after|amid)\b|$)")


def _cited_event(rest: str) -> bool:
    """Whether what follows "citing" is a common noun phrase that names no source and no
    record: an event or a state of things given as the reason ("citing a failed mutiny",
    "citing weak demand"), not "citing officials" or "citing preliminary data"."""
    words = _CITED_WORDS.match(rest)
    if not words:
        return False
    np = words.group(1)
    head = np.split()[-1]
    lex = lexicon()
    if re.search(r"\b(?:from|by|of|at|with)\b", np) or head in ("source", "sources"):
        return False  # ("citing a report from the commander", "citing an army source in Alpha")
    return not _patterns()["actor_np"].match(np) and head not in lex["record_nouns"] and head not in lex["document_nouns"] \
        and head not in lex["statement_nouns"] and head not in lex["research_nouns"] and head not in lex["issued_documents"] \
        and head not in word_set("unnamed_sources") and head not in lex["media_nouns"] and not head.endswith(("ers", "ists", "ians"))


# what "citing" gives as a motive rather than a source: "resigned citing personal reasons",
# "withdrew, citing security concerns", "citing a lack of funds"
_CITED_MOTIVE = re.compile(r"(?:an?\s+|the\s+)?(?:(?:personal|health|family|security|safety|economic|financial|technical|"
                           r"procedural|political|unspecified|undisclosed|other|growing|ongoing|rising|high)\s+)*"
                           r"(?:reasons?|concerns?|grounds|fears?|health|ill[\s-]health|security|safety|costs?|lack|shortages?|"
                           r"need|pressures?|difficulties|problems|commitments|conflicts?\s+of\s+interest|exhaustion|threats?|"
                           r"delays?|risks?)\b")


# a fronted count a source owns: "By the board's count,", "By Portville's own estimate,", "By its tally,"
_BY_OWNERS_COUNT = re.compile(r"^\W*By\s+(?P<owner>its|their|(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,3}?(?=[’']s?\s))(?:[’']s?)?\s+"
                              r"(?:own\s+|latest\s+|official\s+|preliminary\s+)?(?:count|estimate|tally|reckoning|calculations?|figures)\s*,")


def _according(body: str, ctx: Context, can_match: Collection[str] = _EVERY_CUE
               ) -> tuple[tuple[str, str | None] | None, str]:
    """The source after "according to" ("according to the AAA motoring club", "according to
    provisional results released by the election board"), and the cue.  ``can_match``: the
    cue patterns that can match the sentence, if known."""
    pats = _patterns()
    # "per" gives a source only before one ("per the ministry", "per Reuters"), not a unit ("per kilogram")
    according = next((m for m in _cue_matches("according", body)
                      if m.group(0).strip().lower() != "per" or _SOURCE_AFTER_PER.match(body, m.end())),
                     None) if "according" in can_match else None
    if not according:
        counted = _BY_OWNERS_COUNT.match(body) if body.lstrip("“\"'‘ ")[:3] == "By " else None
        if counted:
            # "By the board's count, …", "By Portville's estimate, …": the one whose count it is, relayed
            owner = counted.group("owner")
            found = (ctx.last_org, None) if owner.lower() in ("its", "their") and ctx.last_org else \
                _resolve(owner, ctx) if owner.lower() not in ("its", "their", "his", "her", "our", "my") else None
            if found and found[0] not in (ARTICLE, UNATTRIBUTED):
                return found, "according to"
        return None, ""
    rest = body[according.end():]
    if according.group(0)[:1] in "cC" and (_CITED_MOTIVE.match(rest) or _cited_event(rest)):
        return None, ""  # "resigned citing personal reasons": a motive given, no source
        # (nor "closed the port, citing a failed mutiny": an event given as the reason)
    if according.group(0)[:1] in "cC" and (_CITED_OWN_MATERIAL.match(rest) or _CITED_OWN_COUNT.match(rest)):
        # "Roe said, citing preliminary data", "the FIS said, citing intercepted radio
        # traffic": what the speaker bases it on, no source of its own (the main verb's)
        return None, ""
    if according.group(0).lower().endswith(" by") and _SUBJECT_THEN_COMMA.match(body, 0, according.start()):
        # "A U.S. official, cited by American media, put the number at …": the subject speaks,
        # the medium only carried it (the main clause's verb gives the claim)
        return None, ""
    listed = _LISTED_STATES_GROUP.match(rest) if "," in rest[:60] else None
    if listed and all(geo_words().get(w.strip().lower()) for w in re.split(r",\s*|\s+and\s+", listed.group("states"))):
        # "according to American, South Korean and Ukrainian officials": the group of them all, as written
        return (" ".join(listed.group(0).split()), None), according.group(0).strip()
    pooled = _POOLED_ESTIMATES.match(rest) if " and " in rest[:40] else None
    if pooled and all(geo_words().get(w.lower()) or w.lower() == "western" for w in (pooled.group("a"), pooled.group("b"))):
        # "according to Chilean and Western estimates": the estimates of several states
        # pooled, no one source's
        return (UNATTRIBUTED, None), according.group(0).strip()
    document = pats["document"].match(rest) or (_POST_ON.match(rest) if " on " in rest[:40] else None)
    if document:
        rest = rest[document.end():]  # ("a post on the ministry's Signal channel": the channel's owner)
    issued = _RECORD_THEN_ISSUER.match(rest) if "according" in according.group(0).lower() else None
    if issued:
        # "according to data the Freedonian Red Cross published on Monday": the record's issuer
        # (or "numbers it issued in March": the body "it" is, the last one named)
        if issued.group("who") == "it":
            body = ctx.nearest(ctx.org_actors, lambda o: not is_news_organisation(o.name))
            found = (body.name, None) if body else None
        else:
            found = _resolve(issued.group("who"), ctx)
        if found and found[0] not in (ARTICLE, UNATTRIBUTED) and found[1] != UNRESOLVED:
            return found, according.group(0).strip()
    under = _UNDER_BODY.match(rest) if " under " in rest[:120] else None
    if under:
        # "according to the Epidemiology and Disease Control Division (EDCD) under the Department
        # of Health Services": the division, which belongs to the department
        found = _resolve(under.group("body"), ctx)
        if found and found[0] not in (ARTICLE, UNATTRIBUTED):
            return found, according.group(0).strip()
    # the phrase up to a clause break or a trailing time ("on Sunday")
    phrase = _ACCORDING_PHRASE.match(rest)
    candidates = []
    if phrase:
        candidates.append(phrase.group(1))
    station = _NUMBERED_STATION_FIRST.match(rest) if rest[:12].strip()[:1].isupper() or rest[:1].isdigit() else None
    if station:  # "according to Channel 9", "according to France 24": the station, its number with its name
        return (station.group("name"), None), according.group(0).strip()
    runs = list(capitalised_runs(rest, 0, min(len(rest), 80)))
    if runs and runs[0][0] <= 4:
        # (the owner of what is named after it: "the Interior Ministry's results platform")
        candidates.append(_POSSESSIVE_S_AT_END.sub("", runs[0][2]))
    simple = _SHORT_PHRASE.match(rest)
    if simple:
        candidates.append(simple.group(0))
    cue = according.group(0).strip()
    if cue.lower() == "quoting":
        cue = "citing"  # the same conduit's word: "the agency said, quoting officials"
    familiar = _FAMILIAR_GROUP.match(_CLAUSE_END.split(rest, 1)[0].rstrip(" .")) if "familiar with" in rest[:60] else None
    if familiar:
        # "according to three people familiar with the talks": the group as described, as
        # when it is the subject of "said"
        group = familiar.group("group")
        return (_SPACES.sub(" ", group[0].lower() + group[1:]), None), cue
    pronoun = _OBJECT_PRONOUN_FIRST.match(rest) if rest[:1] in "hHt" else None
    if pronoun:  # "According to him, …": the person "he" would be
        found = _resolve(_OBJECT_PRONOUNS[pronoun.group(1).lower()], ctx)
        return (found, cue) if found else (None, cue)
    holder = _DESCRIPTION_THEN_NAME.match(rest) if ", " in rest[:80] else None
    if holder and not is_geo_name(holder.group("name")):
        # "according to the governor of the province, Jana Roe, …": the holder named after the post
        found = _resolve(holder.group("name"), ctx) or _new_person(holder.group("name"), ctx)
        if found:
            return found, cue
    if phrase and _UNNAMED_INSIDER.match(phrase.group(1)) and _INSIDER_PLACE.match(rest, phrase.end(1)):
        # "according to a senior official at the interior ministry": the insider of that body
        # (the phrase stopped at "at", as it does before a time or a news conference)
        insider = _CLAUSE_END.split(rest, 1)[0].rstrip(" .")
        tail = _ANONYMITY_TAIL.search(insider)
        found = _resolve(insider[:tail.start()] if tail else insider, ctx)  # ("… who was not authorized to speak")
        if found and found[0] not in (ARTICLE, UNATTRIBUTED):
            return found, cue
    reduced = _REDUCED_PASSIVE.match(phrase.group(1) + " ") if phrase and " by " in phrase.group(1) \
        and (document or not _COUNTED_SOURCE.match(rest)) else None  # ("three residents reached by phone": the group counted, below)
    if reduced and document and not _CLAUSE_BREAK.search(reduced.group("head")):
        # "according to a poll of 14 brokerages compiled by data provider MarketLens": the record's
        # compiler, not the group it asked
        agent = _ACCORDING_PHRASE.match(phrase.group(1), reduced.end())
        name = agent.group(1).strip() if agent else ""
        tail = _CAPITALISED_TAIL.search(name) if not name[:1].isupper() else None
        name = tail.group(0) if tail else name  # ("data provider X": X)
        found = _resolve(name, ctx) if name else None
        if not found and _NAME_ONLY.match(name) and not is_geo_name(name):
            found = (name, None)
        if found and found[0] not in (ARTICLE, UNATTRIBUTED) and found[1] != UNRESOLVED:
            return found, cue
    if reduced and not _CLAUSE_BREAK.search(reduced.group("head")):
        found = _by_participle_head(reduced.group("head"), ctx)  # "according to lawmakers briefed by the agency"
        if found:
            return found, cue
    # "according to StreetLine data", "according to the league's match data": the owner of the
    # records is the source; "according to court documents": the documents themselves are
    record = phrase.group(1) if phrase else ""
    owned = _pronoun_record(record, ctx) if record[:3] in ("its", "Its", "the", "The") else None
    if owned:  # "according to its website": the body "it" is
        return owned, cue
    owned = pats["owned_record"].match(record)
    # ("as per the Election Commission of India (ECI) data": the body's name after its "the")
    if owned and (owned.group("possessive") or owned.group("owner").removeprefix("the ")[:1].isupper()):
        found = _resolve(owned.group("owner"), ctx)
        if found and found[0] not in (ARTICLE, UNATTRIBUTED):
            return found, cue
        owner = owned.group("owner").removeprefix("the ")
        found = _resolve(owner, ctx) if owner != owned.group("owner") and owner[:1].isupper() else None
        if found and found[0] not in (ARTICLE, UNATTRIBUTED):
            return found, cue
        if _NAME_ONLY.match(owner) and not is_geo_name(owner) and not is_demonym(owner) and not _REGION_ADJECTIVE.match(owner):
            return (owner, None), cue
        kind = (owned.group("kind") or "").strip()
        if is_demonym(owner) and kind and pats["actor_np"].match(kind):
            # "according to a Peruvian intelligence assessment": that state's intelligence
            found = _resolve(f"{owner} {kind}", ctx)
            if found and found[0] not in (ARTICLE, UNATTRIBUTED):
                return found, cue
        if is_demonym(owner) and geo_words().get(owner.lower()):
            return (government_name(geo_words()[owner.lower()]), None), cue  # "according to Ukrainian estimates": Ukraine's
    possessed = _POSSESSED_THING.match(record) if "'s " in record or "’s " in record else None
    if possessed and not _person_noun(possessed.group("head")) and possessed.group("head").lower() not in _ORG_HEADS() \
            and not _body_plural(possessed.group("head")):
        # "according to the bureau's index of shop prices", "the ministry's provincial
        # breakdown": whatever a body's own account is called, the body is the source (not
        # its lawyer or its office, which speak for themselves)
        found = _resolve(possessed.group("owner"), ctx)
        if found and found[0] not in (ARTICLE, UNATTRIBUTED) and found[1] != UNRESOLVED and not is_geo_name(found[0]):
            return found, cue
    if _VOTE_RESULTS.fullmatch(record):
        # "according to partial results": the body counting the vote the story named before
        counter = ctx.nearest(ctx.org_actors, lambda o: bool(_ELECTORAL_BODY.search(o.name)))
        if counter:
            return (counter.name, None), cue
    if ctx.last_org and _RECORD_RELEASED.match(rest) and not is_news_organisation(ctx.last_org) \
            and any(o.name == ctx.last_org for o in ctx.org_actors):
        return (ctx.last_org, None), cue  # "according to numbers issued on Friday": the last body's
    if pats["bare_record"].match(record):
        if record.lower() in ("reports", "media reports", "news reports", "press reports", "local reports", "unconfirmed reports"):
            return (UNATTRIBUTED, None), cue  # "according to reports": no source named
        if record[:4].lower() == "the " and len(record.split()) == 2 and ctx.last_org:
            return (ctx.last_org, None), cue  # "according to the figures": those of the body that last gave any
        return (record.lower(), None), cue
    if _COURT_DOCUMENT.match(record):
        # "According to the judgment, the bribes went through a shell firm": the court that ruled, the last named
        court = ctx.nearest(ctx.org_actors, lambda o: bool(_COURT_NAME_WORD.search(o.name)))
        if court:
            return (court.name, None), cue
    if _COMPANY_DOCUMENT.match(record) and ctx.last_org:
        return (ctx.last_org, None), cue  # "according to its investor presentation": the company's, whose results these are
    if _DEFINITE_DOCUMENT.match(record):
        # "according to the notice": the body that issued it, the last one named before
        issuer = ctx.last_org or getattr(ctx.nearest(ctx.org_actors, lambda o: not is_news_organisation(o.name)), "name", None)
        if issuer:
            return (issuer, None), cue
    held = _HELD_RECORD.match(record) if cue.lower() != "citing" else None
    if held and held.group("noun").lower() == "report" and (held.group("det") or "").lower() == "the" \
            and not held.group("mod") and not held.group("adj") and ctx.last_org:
        return (ctx.last_org, None), cue  # "According to the report, …": the one the body that last spoke issued
    if held and (held.group("mod") or held.group("adj") or held.group("noun").lower() not in ("report", "reports")):
        # ("according to reports", "a report": reports nobody is named for, below)
        # "according to the police report", "customs data released on Friday", "the
        # indictment", "preliminary results": a record whose keeper the words name, else the
        # body that issued the last claim (a definite record), else the record itself
        keeper = held.group("mod") and _resolve(held.group("mod"), ctx)
        if keeper and keeper[0] not in (ARTICLE, UNATTRIBUTED):
            return keeper, cue
        if held.group("det") and held.group("det").lower() == "the" and not held.group("mod") and ctx.last_org:
            return (ctx.last_org, None), cue
        return (" ".join(filter(None, (held.group("adj"), held.group("mod"), held.group("noun")))), None), cue
    if runs and runs[0][0] <= 4 and resolve_person(ctx.people, runs[0][2]):
        # "according to Rep. Lee Seong-kweun of the ruling party": the person, not the phrase
        return _resolve(runs[0][2], ctx), cue
    both = _described_sources(phrase.group(1), ctx) if phrase and cue.lower() == "according to" and " and " in phrase.group(1) else None
    if both:  # "according to residents and rights groups": the sources together, as written
        return both, cue
    unnamed = None  # (a record's noun alone, "report", names nobody: a later candidate may name its owner)
    for np in candidates:
        # (a name's last word alone, unless it is a place's that another body's name ends
        # with: "the Junta de Andalucía" is no "Adelante Andalucía")
        last = np.split()[-1] if np.split() else ""
        post_office = _POST_OFFICE_AT_END.search(np) if last == "office" else None
        # ("numbers from the county treasurer's office": that office, as written, not any "office")
        found = _resolve(np, ctx) if not post_office else \
            _resolve("the " + post_office.group("body"), ctx) or (post_office.group("body"), None)
        # (or any body's noun: "according to the port police")
        described = _WRITTEN_BODY_AT_END.search(np) if not found and (last.lower() in lexicon()["description_types"]
                                                                       or last.lower() in _ORG_HEADS()) else None
        if described:
            # "according to a projection by the district water office": the body that
            # description names (an earlier one it fits, else as written), not any "office"
            found = _resolve("the " + described.group("body"), ctx) or (described.group("body"), None)
        if not found and last:
            found = _resolve(last, ctx)
            if found and (is_geo_name(last) or is_region_name(last)) and not np.endswith(found[0]):
                ctx.written.get(found[0], set()).discard(last)  # (nor is it that body's name)
                found = None
        if found and found[0] == UNATTRIBUTED:
            unnamed = unnamed or found
        elif found:
            return found, cue
    if unnamed:
        return unnamed, cue
    counted = _COUNTED_SOURCE.match(rest)
    if counted and counted.group("group").split()[-1] not in _number_words():
        # "according to two committee members who briefed reporters", "citing three residents
        # reached by phone": the group counted, whatever its noun
        group = counted.group("group")
        ctx.written.setdefault(group, set()).add(counted.group(0))
        return (group, None), cue
    if cue.lower() == "citing" and simple and _PLAIN_GROUP.match(simple.group(0)) \
            and not (document and document.group(0).rstrip().endswith(" of")):
        # (not what a document cited is of: "citing a transcript of the hearing" names no source)
        # "citing stallholders", "citing hospital staff": what follows "citing" is a source,
        # whatever its noun (one no list has is the group as written)
        return (_LEADING_THE.sub("", simple.group(0).strip()), None), cue
    if cue.lower() == "according to" and runs and runs[0][0] == 0 and _NAME_ONLY.match(runs[0][2]) \
            and not is_geo_name(runs[0][2]) and runs[0][2] not in word_set("not_name_words"):
        # "According to Meridian, the deal was signed": a name no list knows is the source
        return (runs[0][2], None), cue
    bare = _bare_source(phrase.group(1), ctx) if phrase and cue.lower() == "according to" else None
    if bare and (_person_noun(phrase.group(1).split()[-1]) or _body_plural(phrase.group(1).split()[-1])):
        # "according to Moldovan field commanders", "according to a police source", "according
        # to provincial health departments": the source as described (a source's noun:
        # "according to preliminary estimates" stays unattributed)
        return bare, cue
    if phrase and cue.lower() == "according to" and not _NOT_A_SOURCE.match(phrase.group(1)):
        # "according to a preliminary assessment", "according to the 2020 census": a record
        # nobody is named for, relayed
        return (UNATTRIBUTED, None), cue
    return None, cue


# a record and then its issuer's clause, no "by": "data the Freedonian Red Cross published"
_RECORD_THEN_ISSUER = re.compile(r"\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:figures|data|numbers|results|estimates|statistics|count|tally)\s+"
                                 r"(?P<who>(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4}|it)\s+(?:has\s+|had\s+)?"
                                 r"(?:released|published|issued|provided|compiled|gave|presented|shared)\b")
# a record released with no one named as its issuer: "an early estimate issued at midweek",
# "revised numbers issued with Friday's release"
_RECORD_RELEASED = re.compile(r"\s*(?:the\s+|an?\s+)?(?:[a-z]+(?:-[a-z]+)?\s+){0,2}(?:figures|data|numbers|results|estimates?|statistics|count|tally)\s+"
                              r"(?:released|published|issued|posted)\b(?!\s+(?:\w+\s+)?(?:by|to)\b)")
# the results of a vote as a record, with no one named for them: "according to partial results"
_VOTE_RESULTS = re.compile(r"(?:the\s+)?(?:(?:preliminary|partial|provisional|final|official|latest|early)\s+)?(?:results|returns)", re.IGNORECASE)
# the body that counts a vote, by its name: "Alpha Electoral Commission", "Beta Office of Voting Services"
_ELECTORAL_BODY = re.compile(r"\b(?:Elect(?:ion|ions|oral)|Vot(?:e|es|ing)|Ballot|Canvass\w*|Registr\w*)\b")
# a post's office in lowercase words at the end of a source phrase: "the county treasurer's office"
_POST_OFFICE_AT_END = re.compile(r"\b[Tt]he\s+(?P<body>(?:[a-z]+\s+){0,3}[a-z]+['’]s\s+office)$")
# a body described in lowercase words after its "the", at the end of a source phrase: "(a
# projection by) the district water office", "the Portville municipal roads office"
_WRITTEN_BODY_AT_END = re.compile(r"\b[Tt]he\s+(?P<body>(?:[A-Z][\w-]*\s+)?(?:(?!(?:of|the|an?|for|to|in|at|by|from|with|on)\s)[a-z][\w-]*\s+){1,6}[a-z]+)$")


# an unnamed holder of a post: "A WHO official", "A senior official at the ministry", "The chief
# executive of a mid-sized lender"
# ("Still, a nurse at Portville General Hospital, who asked not to be identified, said":
# after an opening adverb, at a body named in capitals)
_UNNAMED_HOLDER = re.compile(r"^\W*(?:[A-Z][a-z]+,\s+)?(?P<np>(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[A-Z]{2,}\s+|[A-Z][a-z]+-[a-z]+\s+|[a-z][\w-]*\s+){0,3}?(?P<head>[a-z]+)"
                             r"(?:\s+(?:of|at|in|from|with)\s+(?:(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*"
                             r"|(?P<named>(?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w’'&-]*){0,6})))?)\s*$")
# (not "what he said is true"'s "what", nor a quote's end: a noun ends the words before the verb)
_PRONOUN_OR_NAME_BEFORE_BE = re.compile(r"\b(?:what|whatever|all|everything|that)\s+\S+$", re.IGNORECASE)
_NOUN_AT_END = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,3}[\w-]+\s+(?:the\s+|its\s+|[A-Z][\w.-]*\s+)?[\w.-]+$")
# a relative clause left open before a verb ("Another analyst, who asked not to be named
# because his firm advises"), and the comma that closes it before the subject's verb of speech
_INSIDE_RELATIVE = re.compile(r",\s+(?:who|whose|which)\s[^,;:“”\"]*$")
_CLOSED_THEN_SPEECH = re.compile(r"[^,;:“”\"]*,\s+(?:(?:has|had|have)\s+)?(?:said|says|told|tells|added|adds)\b")
# a clause that keeps a source unnamed, with no comma before it: "(a ministry official) who
# asked not to be named", "(a source) speaking on condition of anonymity"
_ANONYMITY_TAIL = re.compile(r"\s+(?:(?:who|that)\s+(?:asked|requested|declined|did\s+not\s+want|was\s+not|were\s+not|is\s+not|are\s+not)\b"
                             r"|speaking\s+(?:on\s+condition|anonymously)\b)[^,;]*$")
# the indefinite description of one source that ends a clause: "a water board official"
_TRAILING_UNNAMED = re.compile(r"(?:^|[,;:—–]\s*|\s)(?P<np>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[A-Z]{2,}\s+|[A-Z][a-z]+-[a-z]+\s+|[a-z][\w-]*\s+){0,4}?(?P<head>[a-z]+))\s*$")


# one holder of a post described with its body's name: "a senior European Union diplomat"
# (a spokesperson speaks for the body, a minister holds a post of a state: see _resolve_np)
# (a professional speaks for no body: "a doctor at Portville General Hospital" is the doctor, where
# "an official at the Freedonian Weather Service" speaks for the service)
_PROFESSION_HEADS = frozenset({"expert", "scientist", "doctor", "physician", "epidemiologist", "researcher"})
UNNAMED_HOLDER_HEADS = frozenset({"diplomat", "official", "source", "aide", "insider", "analyst", "economist", "strategist",
                           "lawmaker", "legislator", "banker", "trader", "executive", "investigator", "officer"}) | _PROFESSION_HEADS
_INDEFINITE_HOLDER = re.compile(r"(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:(?:[A-Z][\w.’'&-]*|[a-z][\w-]*)\s+){0,5}?(?P<head>[a-z]+)")


@lru_cache(maxsize=1)
def _UNNAMED_SOURCE_HEADS() -> frozenset[str]:  # noqa: N802 - a constant, loaded once
    """Head nouns of one source a text may leave unnamed: a post's ("minister"), an insider's
    ("source", "official"), a profession's that speaks on a story ("analyst", "economist")."""
    return _role_heads() | UNNAMED_HOLDER_HEADS


# a document named by its issuer's common noun: "A police statement", "the army bulletin"
_BODY_DOCUMENT = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+(?:(?:new|brief|short|joint|later|earlier|written|separate)\s+)?(?P<owner>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+"
                            r"(?P<doc>[a-z]+(?:\s+release)?)$")
# a document set off with its issuer: "The report, published by the institute on Monday,"
_DOCUMENT_ISSUED_BY = re.compile(r"^\W*(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:report|study|survey|assessment|analysis|statement|"
                                 r"bulletin|review|audit|paper|poll|document|letter|notice|update)\s*,\s+(?:[a-z]+\s+)?"
                                 r"(?:published|released|issued|compiled|prepared|produced|written|commissioned|carried\s+out|conducted)\s+by\s+"
                                 r"(?P<agent>[^,]+?)(?:\s+(?:on|in|last|this|earlier)\s+[\w-]+(?:\s+\d{1,2})?)?\s*,?\s*$")
_DOCUMENT_SIGNED_FOR = re.compile(r"^\W*(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|notice|release|"
                                  r"communiqu[eé]|memo|circular)\s*,\s+signed\s+by\s+(?:the\s+)?"
                                  r"(?P<owner>[A-Z][\w.&’'-]*(?:\s+(?:[A-Z][\w.&’'-]*|of|and|for)){0,6}?)['’]s\s+[^,]{1,80},"
                                  r"\s+[A-Z][^,]{1,60}?,?\s*$")
_PLACE_NAME_ONLY = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}")
_INDEFINITE_COMPLEMENT = re.compile(r"\s(?:of|at|in|from|with)\s+an?\s")
# (a town's particles: "in Rio de Janeiro", "in Ciudad del Este")
_OFFICE_PLACE_AT_END = re.compile(r"\s+in\s+[A-Z][\w’'-]*(?:\s+(?:(?:de|do|da|dos|das|del|la|el|al)\s+)?[A-Z][\w’'-]*){0,2}$")
_PLACE_BEFORE_STATES = re.compile(r"\b[A-Z][\w’'-]*$")
_NAME_AFTER_COMMA_AT_END = re.compile(r"(?:^|[,“”\"])\s*(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*$")
_NOTHING_SAID_AFTER = re.compile(r"\s*[,.;]|\s+and\s")
# "have said nothing about the deaths", "has said little": nothing told (not "said nothing
# could stop it", where "nothing" opens the clause said)
_SAID_NOTHING = re.compile(r"\s+(?:nothing|little)\b(?!\s+(?:else\s+)?(?:could|can|will|would|had|has|have|was|is|were|are|should|must|may|might|"
                           r"did|does|do|happened|changed|remained|new\s+(?:had|has|was)))")
_NEITHER_SUBJECT_AT_END = re.compile(r"(?:^|[.;:”\"]\s*)\W*Neither(?:\s+(?:of\s+them|side|one|party|government|country))?(?:\s+(?:has|have|had))?"
                                     r"(?:\s+(?:yet|even|publicly|officially|formally))?$")
# what is declared by doing it: a state of emergency, a dividend, a curfew ("declared a 14-day
# emergency", "declared an interim dividend of 12 rupees"), not what is said to be so
_DECLARED_ACT = re.compile(r"\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:emergency|emergencies|dividends?|curfew|holiday|"
                           r"ceasefire|truce|lockdown|war|mourning|bankruptcy|insolvency|martial\s+law|state\s+of|disaster\s+zone|"
                           r"moratorium|amnesty|independence|quarantine)\b")
_PASSIVE_AUX = re.compile(r"^(?:was|were|is|are|has been|have been|had been)\s+")
# what a disaster "claimed": lives, not words ("claimed six lives", "claimed the lives of 12")
_CLAIMED_LIVES = re.compile(r"\s+(?:(?:the|his|her|their|its|many|more\s+than|at\s+least|nearly|some|over|about|another|a|one)\s+)?"
                            r"(?:[\w,.-]+\s+)?(?:more\s+)?(?:lives|life)\b(?!\s+(?:were|are|was|is|had|have|has|could|would|will|may|might|must|should)\b)")
# what is recalled when the verb is an act, not a memory told: goods, a count of them, an envoy
_RECALLED_GOODS = re.compile(r"\s+(?:an?\s+|the\s+|its\s+|their\s+|some\s+|about\s+|more\s+than\s+|nearly\s+|over\s+|up\s+to\s+|all\s+)?"
                             r"(?:[\d,.]+(?:\s|$)|(?:[\w’'-]+\s+){0,3}?(?:products?|batch(?:es)?|units|vehicles|cars|jars|packets|bottles|"
                             r"tins|cans|lots|models|devices|tablets|medicines?|doses|items|brands?|goods|ambassadors?|envoys?|"
                             r"diplomats?|troops|staff|workers|parliament)\b)")
# a reporting verb's stem and the object that makes it an act, not words said: "declared a 14-day
# emergency", "The board declared an interim dividend"; "floods claimed six lives", "claimed the
# lives of 12"; "The company recalled 4,800 jars", "recalled its ambassador"
# what a court or an official "dismisses": a case, not a claim ("the tribunal may dismiss the protest")
# (or people let go: "dismissed them", "dismissed 80 miners", "dismissed its nurses")
_DISMISSED_CASE = re.compile(r"\s+(?:(?:them|him)\b(?!\s+as\b)|(?:an?\s+|the\s+|its\s+|their\s+|his\s+|her\s+|\d[\d,]*\s+)?(?:[\w-]+\s+){0,2}?(?:protests?|case|cases|petitions?|"
                             r"appeals?|charges?|suits?|lawsuits?|applications?|motions?|complaints?|claims?\s+against|staff|"
                             r"workers|employees|officials?|ministers?|officers?|commanders?|coach|manager|chief|"
                             r"mineworkers|miners|nurses|doctors|teachers|drivers|guards|soldiers|people)\b)")
# what a court "admits" to bail, or a hospital "admits": people let in, no admission of a fact
# ("admitted both accused to bail", "admitted 40 patients")
_ADMITTED_PEOPLE = re.compile(r"\s+(?:(?:him|her|them|each|both|all|the|two|three|\d+)\b[^.;,]{0,60}?\s+to\s+(?:bail|hospital|the\s+hospital|care)\b"
                              r"|(?:\d[\d,]*|dozens\s+of|hundreds\s+of)\s+(?:\w+\s+)?(?:patients|people|children|cases)\b)")
_ACT_OBJECTS = (("declare", _DECLARED_ACT), ("claim", _CLAIMED_LIVES), ("recall", _RECALLED_GOODS), ("dismiss", _DISMISSED_CASE),
                ("admit", _ADMITTED_PEOPLE))
# a reporting verb inside a relative clause whose pronoun is what is said (", which prosecutors
# said he received", ", which the ministry said was the worst"), set after a main clause's words
_OBJECT_RELATIVE_SPEAKER = re.compile(r"\w\s*,\s+(?:which|whom)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+$")
# the same without the pronoun, after a noun set beside the main clause: "…, a figure health
# experts say is a key sign of late treatment", "…, a toll officials say could rise"
_CONTACT_RELATIVE_SPEAKER = re.compile(r"\w\s*,\s+(?:a|an|the|one)\s+[a-z][\w-]*\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*$")
_BE_OR_MODAL_AFTER = re.compile(r"\s+(?:is|was|are|were|has|had|have|could|may|might|will|would)\b")
# (or a figure's infinitive: "…, a figure the office expects to rise")
_BE_MODAL_OR_CHANGE_AFTER = re.compile(r"\s+(?:is|was|are|were|has|had|have|could|may|might|will|would"
                                       r"|to\s+(?:rise|fall|grow|increase|climb|drop|reach|exceed|double|remain|be))\b")
_CAPITALISED_TAIL = re.compile(r"(?<!\S)[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*$")
_CITING_AFTER = re.compile(r",\s+(?:citing|quoting)\s")
_BEFORE_OPENING_SOURCE = re.compile(r"^\s*(?:that\s*)?,?\s*$")
# (not an apposition of the source: "…, the agency said, according to Roe, a member of the committee.")
_CLAUSE_AFTER_SOURCE = re.compile(r"[,;]\s+(?!(?:a|an|the|who|whose|which|one|its|his|her|their)\s)\w"
                                  # (or a subject with "the" and its verb: "…, according to the agency, the troops were …")
                                  r"|[,;]\s+the\s+(?:[\w’'-]+\s+){0,4}?(?:were|was|is|are|had|have|has|will|would|could|can|may|might)\b")


def _according_opens_complement(body: str, verb: str | None, cue: str) -> bool:
    """Whether "according to" opens the clause a reporting verb introduces: "said that,
    according to the agency, …" (nothing but "that" and a comma between them)."""
    at = body.find(cue)
    if not verb or at < 0:
        return False
    verb_at = body.rfind(verb, 0, at)
    # a clause must follow the source ("… the agency, 40 boats had been seized"): one closing its
    # sentence ('"We will win," he said, according to Radio Orbis.') carries the speaker's words
    return verb_at >= 0 and bool(_BEFORE_OPENING_SOURCE.match(body[verb_at + len(verb):at])) \
        and bool(_CLAUSE_AFTER_SOURCE.search(body, at + len(cue)))


_QUOTE_OPENS_WITH_ACCORDING = re.compile(r"^\W{0,2}[“\"]\s*According\s+to\s")


def _according_opens_quote(body: str, verb: str | None) -> bool:
    """Whether "according to" opens the quotation its speaker's verb closes ('"According to
    the agency, the troops lack drones," Roe said'): the source's account, the speaker passing it on."""
    if not verb or not _QUOTE_OPENS_WITH_ACCORDING.match(body):
        return False
    close = max(body.rfind("”"), body.rfind('"'))
    return close > 0 and body.find(verb, close) > close


@lru_cache(maxsize=1)
def _object_claim_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon()["object_claim_verbs"])


# a storm forecast with no forecaster in the sentence: "It is expected to make landfall …"
_PASSIVE_FORECAST_CUE = re.compile(r"(?:is|are|was|were)\s+(?:expected|forecast|projected|predicted)$", re.IGNORECASE)
_WEATHER_SUBJECT = re.compile(r"^\W*(?:It|(?:The\s+)?(?:[Ss]torm|[Tt]yphoon|[Cc]yclone|[Hh]urricane|[Tt]ropical\s+(?:storm|depression)|"
                              r"[Dd]epression|[Ll]ow[\s-]pressure\s+area|[Hh]eatwave|[Hh]eat\s+wave|[Mm]onsoon|[Rr]ains?|[Ww]inds?))\b")
_FORECASTER_NAME = re.compile(r"Meteorolog|Weather|Atmospheric|Hydromet|Met\s+Office|Climatolog|Geophysic|PAGASA|\bIMD\b|\bKMD\b|\bBMKG\b")


def _forecaster(ctx: Context) -> str | None:
    """The weather service the text named last before the sentence being read, if any."""
    named = [(max(a for a, _ in o.spans if a < ctx.pos), o.name) for o in ctx.org_actors
             if _FORECASTER_NAME.search(o.name) and any(a < ctx.pos for a, _ in o.spans)]
    return max(named)[1] if named else None


# a counted noun just before a participle of counting: "(with more than) 9,000 cases (reported)"
_COUNT_PARTICIPLES = frozenset({"reported", "recorded", "registered", "confirmed", "logged"})
# a noun, its participle and the participle's agent: "the nine industries followed by the bureau"
_AGENT_OF_PARTICIPLE_AT_END = re.compile(r"\b[a-z]{3,}s\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\s+by\s+(?:the\s+|its\s+|their\s+)?"
                                         r"[\w’'-]+(?:\s+[\w’'-]+){0,3}$")
_COUNTED_NOUN_AT_END = re.compile(r"(?<![\w.,])\d[\d,.]*\s+(?:new\s+|more\s+|suspected\s+|confirmed\s+)?[a-z]+$")
# a document that "read" what it says: '"…," the statement read', "The notice reads"
_DOCUMENT_BEFORE_READ = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa])\s+(?:[a-z]+\s+)?(?:statement|letter|notice|message|release|"
                                   r"communiqu[eé]|post|bulletin|memo|circular|note|sign|banner|placard|order|decree)\s*$")
# "state" before the noun it modifies: "Congress state chief", "the party's state unit"
# (over a field or two: "Kerala state revenue minister Tom Kay told reporters", "the state health department")
_STATE_MODIFIES = re.compile(r"\s+(?:party\s+)?(?:[a-z]+\s+){0,2}?(?:chief|president|secretary|leader|unit|chapter|head|spokes(?:man|woman|person)|"
                             r"chairman|chairwoman|chairperson|chair|coordinator|commissioner|governor|legislators?|lawmakers?|"
                             r"government|governments|assembly|assemblies|level|minister|ministers|media|television|broadcaster|"
                             r"news|polls?|elections?|capital|department|agency|budget|funds?|officials?|ministry|authority|"
                             r"authorities|police|office|board|commission|council|committee|bureau|service)\b")
# the speaker who closes a sentence after a comma: "…, she added.", "…, Roe said."
_SPEAKER_CLOSES_SENTENCE = re.compile(r",\s+(?:he|she|they|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})\s+"
                                      r"(?:said|says|added|adds|noted|explained)[.!]?$")
# a verb inside a concessive clause after the main one: "…, though some airlines warned"
_CONCESSIVE_CLAUSE_AT_END = re.compile(r",\s+(?:though|although|while|whereas|even\s+though)\s+[^,;:“”\"]{1,60}$")


# a modal just before a verb: what the subject will or would do ("would publish")
_MODAL_JUST_BEFORE = re.compile(r"\b(?:would|will|could|may|might|should|shall|must)(?:\s+(?:\w+ly|not|soon))?\s*$")
# a speaker closing an unquoted sentence after a comma: "…, a government source said on Sunday."
# (a participle of its own may follow: "…, he said, warning that …")
_CLOSING_SPEAKER = re.compile(r",\s+(?P<np>(?:[\w’'.-]+\s+){0,7}?[\w’'.-]+)\s+(?P<verb>said|says|told)\b[^,;:“”\"]{0,40}"
                              r"(?:[.!]?\s*$|,\s+(?:warning|adding|saying|insisting|noting|stressing)\b)")


# a verb asking someone to act, its object, and the "to" of the act asked
_ASKED_TO_AT_END = re.compile(r"\b(?:asked|asks|ask|told|tells|urged|urges|ordered|orders|invited|invites|allowed|allows|encouraged|"
                              r"instructed|directed|requested|requests|called\s+on|calls\s+on)\s+(?:[\w’'-]+\s+){1,6}to$")


# "means" defines a term only when the term is set apart: quoted, named as a term, or a word
# alone ("'Cannon fodder' means …", "The word hromada means …", "Kharif means the monsoon crop
# season"); "A longer war means higher prices", "It means voters …" are claims
_TERM_MEANS = re.compile(r"^\W*(?:(?:[Tt]he\s+)?(?:term|word|phrase|acronym|abbreviation|expression)\s+)?"
                         r"(?:[“\"‘'][^”\"’']{1,40}[”\"’']|(?<=term\s)\S+|(?<=word\s)\S+|(?<=phrase\s)\S+"
                         r"|(?!(?:It|This|That|Which|What|He|She|They|We|Everything|Nothing)\b)[A-Z][\w’'-]+)"
                         r"\s*(?:\([^)]*\)\s*)?,?\s*means\b")


# a participle after its noun with an infinitive after it ("troops thought to be in the region",
# "the 12 people believed to have died"): a passive, no one's reporting verb
_PASSIVE_BEFORE_INFINITIVE = frozenset({"thought", "believed", "estimated", "said", "reported", "understood",
                                        "alleged", "feared", "suspected", "known"})
_INFINITIVE_AFTER = re.compile(r"\s+to\s+(?:be|have)\b")
_NOUN_BEFORE_PARTICIPLE = re.compile(r"(?<![’'])\b(?!(?:he|she|it|they|we|I|who|which|that|and|or|is|are|was|were|be|been|being|"
                                     r"has|have|had|also|now|still|widely|generally|not|never)$)[a-z][a-z-]*$")


# reporting verbs that are nouns after a preposition ("without dispute", "beyond doubt")
_NOUN_AFTER_PREPOSITION = frozenset({"dispute", "doubt", "contest", "estimate", "report", "claim", "concern", "fear",
                                     "warning", "comment", "note", "denial"})
_PREPOSITION_AT_END = re.compile(r"\b(?:without|in|under|beyond|of|no|any|for)$")


_MODAL_AT_END = re.compile(r"\b(?:will|would|may|might|could|can|should|shall|won[’']t|wouldn[’']t)\s+(?:\w+\s+)?$")
# a body's formal wish to speak before its reporting verb: "wishes to inform", "would like to
# update", "is pleased to announce", "regrets to inform" ("Kyiv wants to show": an aim, no statement)
_WISH_TO_AT_END = re.compile(r"\s(?:wish(?:es)?|would\s+like|(?:is|are)\s+(?:pleased|glad|happy)|regrets?)\s+to$")
# a table row's label after a participle: "Total counted wards | 88", "Total reported cases: 1,204"
_TABLE_CELL_AFTER = re.compile(r"\s+[a-z]+(?:\s+[a-z]+)?\s*(?:[|:\t]|\d)")
# a question left open before the subject: "It remained unclear whether the regulator intends …"
_UNCLEAR_QUESTION_AT_END = re.compile(r"\b(?:not\s+(?:yet\s+)?(?:clear|known)|unclear|unknown)\s+(?:how|whether|what|why|when|if|who|which)\b[^,;.]*$",
                                      re.IGNORECASE)
# words that open a clause with no source for its subject: a question's ("What the parties say") or a bidding's ("Let …")
_NO_SUBJECT_OPENERS = frozenset({"What", "How", "Why", "Where", "When", "Whether", "Which", "Let"})
# a subject that neither of a pair is: "Neither office said …", "Neither Freedonia nor Alpha has confirmed …"
_NEITHER_SUBJECT = re.compile(r"^\W*Neither\s+[^,;:]{1,80}$")
_FORMAL_SPEECH = frozenset({"inform", "update", "announce", "notify", "advise", "confirm", "assure", "clarify",
                            "state", "remind", "alert", "report"})


def _verb_attribution(sentence: dict, text: str, ctx: Context, can_match: Collection[str] = _EVERY_CUE) -> tuple | None:
    """(claimant, role, certainty, cue) from the first reporting verb with an actor subject.
    ``can_match``: the cue patterns that can match the sentence (:func:`_sentence_cues`), if known."""
    s, e = sentence["start"], sentence["end"]
    body = text[s:e]
    pats = _patterns()
    withheld_at = None  # where a negated reporting verb ("did not say") ended
    quoted = '"' in body or "”" in body  # (only then can a verb stand inside a quotation)
    last_org = ctx.last_org  # (what resolving a subject that proves no source must not change)
    # where a quotation opened before the sentence closes at its end, nothing after the mark
    # ('… and the board will tell us less."'), a verb after a modal before it is the quoted
    # words' own, no attribution ('"… It said 40 died."' stays the nested source's)
    inside_end = None
    if quoted and _quote_state(body) == (False, True):
        last = max(body.rfind("”"), body.rfind('"'))
        inside_end = last if not body[last + 1:].strip(" .,;:!?") else None
    for verb in _cue_matches("verb", body) if "verb" in can_match else ():
        if inside_end is not None and verb.start() < inside_end and _MODAL_AT_END.search(body, 0, verb.start()):
            continue
        vs, ve = s + verb.start(), s + verb.end()
        word = verb.group(0).lower()
        if word in _NOUN_OR_VERB and (_AUX_NEXT.match(body, verb.end()) or _PARTICIPLE_BY_NEXT.match(body, verb.end())):
            continue  # "the VRS reports filed by the opposition had been altered": the reports, a noun
        if word.startswith("maintain") and _TIES_AFTER.match(body, verb.end()):
            continue  # "Freedonia maintains diplomatic relations with both": a state's ties, nothing said
        before = body[: verb.start()].rstrip()
        near = before[-60:]  # the right-anchored tests below need only the words before the verb
        if word.endswith("ed") and _WITH_PHRASE_AT_END.search(body, max(0, verb.start() - 60), verb.start()):
            continue  # ("…, with teams from two more provinces expected on Tuesday": a participle, no source's verb)
        if sentence["block"] != "headline" and verb.group(0)[0].isupper() and verb.start() > 0:
            continue  # a capitalised verb inside body text is a name ("Said", "Claims")
        if word == "states" and _PLACE_BEFORE_STATES.search(near) and _NOTHING_SAID_AFTER.match(body, verb.end()) \
                and not _NAME_AFTER_COMMA_AT_END.search(near):  # ("The plan failed, Ana Roe states.": her verb)
            continue  # "sold in Paraná and São Paulo states, the company said": the plural of a state, no verb
            # (a name's verb "states" has what is stated after it)
        if word in _COUNT_PARTICIPLES and _COUNTED_NOUN_AT_END.search(near):
            continue  # "with more than 9,000 cases reported since …": a count's participle, no speaker
        if word in _COUNT_PARTICIPLES and _AGENT_OF_PARTICIPLE_AT_END.search(near):
            continue  # "Four of the industries followed by the bureau recorded gains": the agent of the
            # noun's participle is no subject of the verb; the things counted record it
        if word in _PASSIVE_BEFORE_INFINITIVE and _INFINITIVE_AFTER.match(body, verb.end()) \
                and _NOUN_BEFORE_PARTICIPLE.search(near):
            continue  # "the 11,000 troops thought to be in the region": a passive after its noun, nobody's verb
        if word in ("read", "reads") and not _DOCUMENT_BEFORE_READ.search(near):
            continue  # "read the report", "Read more": a document "reads" what it says, nobody else
        if any(word.startswith(stem) and act.match(body, verb.end()) for stem, act in _ACT_OBJECTS):
            continue  # "declared an emergency", "claimed six lives", "recalled 4,800 jars": an act, no claim
        if word in _NOUN_AFTER_PREPOSITION and _PREPOSITION_AT_END.search(near):
            continue  # "passed without dispute", "the land in dispute": a noun, no denial
        if word == "state" and _STATE_MODIFIES.match(body, verb.end()):
            continue  # "Congress state chief Amarjit Singh Brar said": the state's chief, no verb
        if word in ("calls", "called", "call", "describes", "described") and _WHAT_X_AT_END.search(near):
            continue  # "from what Ruritania calls its 'Storm Corps'": a name it uses, no claim
        if word in ("suspect", "suspects") and _SUSPECT_NOUN_BEFORE.search(near):
            continue  # "The second suspect, a 19-year-old, was released": a person held, no verb
        if word in ("worry", "worries", "worried") and _WORRIED_ONE_AFTER.match(body, verb.end()):
            continue  # "far more than it worries Portville": whom a thing troubles, no worry of a source
        if body[:3] in ("In ", "in ") and (fronted := _FRONTED_MEDIUM.match(body)) and verb.start() < fronted.end():
            continue  # "In an interview with the Harbour Times published on Sunday, Roe said": the medium's, no claim
        if word in ("says", "said", "say", "believes", "believe", "believed", "thinks", "think", "claims", "claimed") \
                and _BE_OR_MODAL_AFTER.match(body, verb.end()) and not _PRONOUN_OR_NAME_BEFORE_BE.search(near) \
                and _NOUN_AT_END.search(near):
            continue  # "under an austerity package the government says is needed": a side remark
            # inside a noun phrase ("says" with no subject of its own after it), not the main clause
        if ", " in near and _CONTACT_RELATIVE_SPEAKER.search(near) and _BE_MODAL_OR_CHANGE_AFTER.match(body, verb.end()):
            continue  # "…, a figure health experts say is a key sign": a side remark on the main clause's noun
        if ", wh" in near and _INSIDE_RELATIVE.search(near) and _CLOSED_THEN_SPEECH.match(body, verb.end()):
            continue  # "Another analyst, who asked not to be named because his firm advises the company,
            # said …": a verb inside the clause that describes the subject, not the subject's own
        if ", wh" in near and _OBJECT_RELATIVE_SPEAKER.search(near):
            continue  # "ordered him to repay €418,000, which prosecutors said he received …": a side remark
            # on the main clause's noun; the main clause is the sentence's claim
        if word.endswith(" out") and _verb_group(word) == "denied" and \
                pats["negated"].search(body[max(0, verb.start() - 40): verb.start()]):
            found = _subject_before(text, s, vs, ctx, True)  # "did not rule out foul play": a possibility left open
            if found:
                return (found[0], found[1], "hedged", "not " + word)
            continue
        if pats["negated"].search(body[max(0, verb.start() - 40): verb.start()]) or \
                " nor " in before and _NEITHER_NOR.search(before) or \
                " " not in word and _SAID_NOTHING.match(body, verb.end()) or _NEITHER_SUBJECT_AT_END.search(near):
            withheld_at = verb.end() if withheld_at is None else withheld_at
            continue  # "has not said", "declined to comment", "Neither X nor Y has confirmed": nobody claims anything
        if withheld_at is not None and _CONCESSIVE.search(body, withheld_at, verb.start()):
            return None  # "… would not say whether …, although the radio reported …": the gap is the sentence's
        closing = _SPEAKER_CLOSES_SENTENCE.search(body, verb.end()) if ", " in near else None
        if closing and _CONCESSIVE_CLAUSE_AT_END.search(near):
            continue  # "…, though some airlines warned of delays, she added.": the speaker who closes
            # the sentence says it all (a verb opening a clause inside a quotation stays relayed
            # by the quotation's speaker: _speaker_after_quote)
        if (" " not in word and word not in _SPEECH_VERBS and pats["not_a_verb"].match(body[verb.end():])
                and not (word.endswith("ed") and _TOPIC_AFTER.match(body, verb.end()))  # "warned of": a verb
                and (sentence["block"] == "headline" or not body[verb.end():].lstrip(" -")[:1].isupper())) \
                or _ARTICLE_AT_END.search(before[-12:] + " ") \
                or " " not in word and word in _BASE_VERB_NOUNS and (
                    _DETERMINER_WORD_AT_END.search(before[-40:] + " ") or _POSSESSIVE_AT_END.search(before[-4:] + " ")
                    or body[verb.end():verb.end() + 1] == "," and _DESCRIBED_NOUN_AT_END.search(before[-60:] + " ")) \
                or word == "accused" and _ACCUSED_NOUN_BEFORE.search(before[-30:] + " "):
            continue  # "state media", "a state", "the report", "a third accused": nouns, not verbs (a phrase, "cut its estimate of", is a verb's)
            # ("told Radio Meridian", "reported Radio X": a verb before the name of a station)
        if near.endswith(" to") and _ASKED_TO_AT_END.search(near):
            continue  # "We have asked fishermen in the area to inform us": what others were asked to do
        if word[:3] == "add" and _COUNT_ADDED.match(body, verb.end()):
            continue  # "Alberta added 9,200 jobs", "the economy adds more jobs": a count grown, no words added
        if word.startswith("post") and _RESULT_POSTED.match(body, verb.end()) and not _NAME_AT_END.search(_BRACKETS_AT_END.sub("", _without_aux_tail(near))):
            continue  # "The division posted an operating loss": a unit's results, not words (a firm named
            # posting its results states them: "Ostmark Aero Co posted first-quarter profits")
        if word.endswith("s") and word[:-1] in _verb_nouns() and _PREPOSITION_AFTER.match(body, verb.end()) \
                and not _COUNT_AFTER.match(body, verb.end()):
            continue  # "read the test reports for this newspaper": a plural noun before a preposition
            # ("The army estimates about 1,100 dead": "about" before a number is no preposition)
        if (word in _verb_nouns() or word[:-1] in _verb_nouns()) and (_POSSESSIVE_NP_AT_END.search(near + " ")
                                                                    or near.endswith(("'s", "’s", "s'", "s’"))) \
                and not (word.endswith("s") and (_COUNT_AFTER.match(body, verb.end()) or body.startswith(" that ", verb.end()))):
            # ("South Korea's military estimates about 1,100 …", "… estimates that …": a verb, its count or clause after it)
            continue  # "has not mentioned the troops in its daily reports", "Ukraine's claims": a noun after a possessive
        if word in ("tells", "tell", "told") and _GENERIC_YOU_AFTER.match(body, verb.end()) and _THING_AT_END.search(near):
            continue  # "That tells you how little Tarnow values them": what a thing shows, no source's words
        if word in ("tells", "tell") and _TELLS_YOU_AMOUNT.match(body, verb.end()):
            continue  # "The map tells you less than the weather does": how much a thing shows, no telling
        if word in _EVIDENCE_VERBS and _CLOSING_SPEAKER.search(body, verb.end()):
            continue  # "The use of conscripts shows how little Freedonia values them, Defence Minister Jane Roe said":
            # what the evidence shows is the speaker's reading of it
        if _INFINITIVE_OR_OBJECT_TO_AFTER.match(body, verb.end()) and _CONDITION_SUBJECT_AT_END.search(near):
            continue  # "should leave when the district administration tells them to": a condition, not its words
        if word in _verb_nouns() and _DETERMINED_NOUN_AT_END.search(near):
            continue  # "The seasonal demand we expect", "a firm pledge": the noun after its article
        if (word in _verb_nouns() or word[:-1] in _verb_nouns()) and _ACCORDING_TO_AT_END.search(near):
            continue  # "according to Chilean and Western estimates": the source's noun, no verb
        if (word.endswith("s") or word in _verb_nouns()) and _SPEECH_AFTER.match(body, verb.end()):
            continue  # "Media reports said …", "Initial estimates suggest …", "A leaked police report said": the noun is the subject
        if (word.endswith("s") and word[:-1] in _verb_nouns() or word == "demand") and _MOVEMENT_AFTER.match(body, verb.end()):
            continue  # "Jobless claims fell to 210,000", "Analysts' estimates were cut", "Peak demand touched a
            # record": a noun, whose figure moved
        if word.endswith("s") and _PAST_WORD_AT_END.search(body, max(0, verb.start() - 24), verb.start()):
            continue  # "The deal raised fears that …", "sparked claims": a noun, the object of the verb before it
        group = _verb_group(word)
        closing = _CLOSING_SPEAKER.search(body, verb.end()) if group == "predicted" and not quoted \
            and body.startswith(" to ", verb.end()) and ", " in body[verb.end():] else None
        if closing and closing.group("np").lower() not in ("it", "they"):
            speaker = _subject_before(text, s, s + closing.start("verb"), ctx, True)
            ctx.last_org = last_org
            if speaker and speaker[0] != ARTICLE:
                continue  # "Jana Kolar plans to resign, a government source said": her plan is what the
                # speaker closing the sentence says, not her own claim ("The ministry plans to …, it said": its own)
        closing = _CLOSING_SPEAKER.search(body, verb.end()) if _MODAL_JUST_BEFORE.search(near) \
            and not (quoted and _inside_quote(body, verb.start()) is not None) else None
        if closing and closing.group("np").lower() not in ("it", "they"):
            continue  # "Tarnow would publish a count once it had the evidence, he said": what a subject
            # will do is the closing speaker's word, not a report of the subject's
        passive = _PASSIVE_AT_END.search(near)
        if not passive and group != "reported" and word.endswith("ed") and body.startswith(" by ", verb.end()) \
                and not _QUOTE_OR_COMMA_AT_END.search(near):
            continue  # "A report published by the agency said …": a participle inside the subject, not its verb
        if word.endswith("ed") and " with " in near and _MEDIUM_WITH_AT_END.search(near):
            continue  # "made the remarks in an interview with Meridian News published on Sunday": the
            # interview was published; the outlet that ran it is no speaker
        if word.endswith("ed") and word not in _SPEECH_VERBS and near.endswith(",") and \
                _SET_OFF_PARTICIPLE_AFTER.match(body, verb.end()):
            continue  # "The summit, planned for months, collapsed": a participle set off by commas, not the subject's verb

        if passive:
            # (after the figure it was given: "was placed at P18.6 million by the regional office")
            figure = _AT_FIGURE_BEFORE_AGENT.match(body, verb.end()) if not body.startswith(" by ", verb.end()) else None
            at = figure.end() if figure else verb.end()
            agent = _AGENT.match(body[at:])
            # (the agent's whole name, over "of": "by the Ministry of Health on Friday")
            # (or the name after its description: "by state news agency KCNA")
            whole = _ACCORDING_PHRASE.match(body, at + agent.start(1)) \
                if agent and (body.startswith(" of ", at + agent.end(1)) or agent.group(1)[-1:].islower()
                              and body[at + agent.end(1) + 1:][:1].isupper()) else None
            found = (_resolve(whole.group(1), ctx) if whole else None) or (_resolve(agent.group(1), ctx) if agent else None)
            if found:
                return (found[0], found[1], group, f"{passive.group(0)} {word} by")
            if _EXPLETIVE_IT.match(before):
                # "It was reported last week that …, though the secretariat said …": the report
                # opens the sentence, and nobody is named for it
                certainty = (_complement_certainty(body[verb.end():]) if group == "stated" else None) or \
                    ("reported" if group in ("stated", "reported") else group)  # ("It was noted that … will")
                return (UNATTRIBUTED, None, certainty, f"{passive.group(0)} {word}")
            continue
        if _REPORTEDLY_AT_END.search(body[max(0, verb.start() - 20): verb.start()]):
            return (UNATTRIBUTED, None, "reported", "reportedly " + word)
        # a subject after the verb only where the attribution is post-posed: '..., said X'
        post_posed = _QUOTE_OR_COMMA_AT_END.search(near) or verb.start() == 0
        polled = pats["polled"].search(near) if _ASKED_WORD.search(near) else None
        seen = _SEEN_BY.search(near) if "seen by" in near else None
        if seen:  # "Figures from the agency, seen by Radio X, show …": the agency's, relayed by the outlet
            doc = seen.group("doc")
            owner = _DOCUMENT_OWNER.search(doc)
            bare = _LEADING_THE_ANY_CASE.sub("", _INDEFINITE_ARTICLE.sub("", doc)).strip()
            if bare[1:].islower():
                bare = bare[:1].lower() + bare[1:]  # "Documents seen by …" opening the sentence: a common noun
            found = (_resolve(owner.group(1), ctx) if owner else None) or (bare, None)
            outlet = _LEADING_THE_ANY_CASE.sub("", seen.group("outlet"))
            return (found[0], found[1], "reported", "seen by " + outlet, outlet)
        inverted = False  # the subject follows the verb ('…, said the ministry')
        if polled:  # "Analysts polled by X had expected …": the poll's respondents, not the pollster
            asked = "polled" if polled.group("asked") == "surveyed" else polled.group("asked")
            found = (polled.group("group") + " " + asked + (polled.group("by") or ""), None)
            written = near[:polled.end("by") if polled.group("by") else polled.end("asked")].strip(" ,")  # (without "had")
            if written != found[0] and written[:1].isupper() and ("," not in written):
                ctx.written.setdefault(found[0], set()).add(written)  # ("Most analysts contacted by …": as written)
        else:
            after = body[verb.end():]
            # ("warned of flooding", "complained about delays", "cautioned against travel": what was said)
            speech = word in _SPEECH_VERBS or bool(post_posed) or bool(_THAT_CLAUSE.match(after) or _CLAUSE_SUBJECT.match(after)) \
                or bool(_TOPIC_AFTER.match(after)) \
                or len(after.split()) < 6 and not _FINITE_AUX.search(after) \
                or word in _object_claim_verbs()  # ("blamed the delay on the rain": the object is the claim)
            # ("The ministry wishes to inform the public that …": the body speaks, the wish is no part of it)
            wish = _WISH_TO_AT_END.search(near) if near.endswith(" to") and word in _FORMAL_SPEECH else None
            if not wish and sentence["block"] == "headline" and near.endswith((" to", " than")):
                continue  # "Vote 'far harder to explain' than polls, analyst says": an infinitive, no verb of a subject
            if sentence["block"] == "headline" and body[verb.end():verb.end() + 2].lstrip().startswith(":"):
                continue  # "Election LIVE Updates: …": a page's label before its colon, no verb
            if _NEITHER_SUBJECT.match(body, 0, verb.start()):
                continue  # "Neither ministry explained …", "Neither Freedonia nor Alpha has confirmed …": what
                # neither did, nobody's claim
            found = _subject_before(text, s, vs - (len(near) - wish.start()) - 1 if wish else vs, ctx, speech)
            if found and post_posed and verb.start() > 0 and near.endswith(",") and _FULL_NAME_AFTER.match(after) \
                    and not any(p.name == found[0] for p in ctx.people):
                # "The troops lack drones, said Oleksandr Kovalenko, …": what was said, then its
                # speaker; the clause before the comma is no subject
                named = _subject_after(text, ve, e, ctx)
                found = named if named and any(p.name == named[0] for p in ctx.people) else found
            elif found and post_posed and verb.start() > 0 and near.endswith(",") and word in _INVERTING_VERBS \
                    and _INDEFINITE_AFTER.match(after):
                # "…, Fang district, whose home was hit, said a district official who …": the
                # source described after the verb, not a place in the clause before it
                named = _subject_after(text, ve, e, ctx)
                found = named if named and named[0] not in (ARTICLE, UNATTRIBUTED) else found
            inverted = not found and bool(post_posed)
            found = found or (_subject_after(text, ve, e, ctx) if post_posed else None)
        if found and (word in _COUNT_VERBS or word == "posted" and found[0].endswith(" authorities")) \
                and not found[0].startswith("Government of ") and \
                (is_geo_name(found[0]) or _PLACE_UNIT_NAME.match(found[0]) or _NAME_LIST_SUBJECT.match(before + " ")
                 or is_region_name(found[0]) and not is_organisation(found[0])
                 or found[0] in _PLACE_NOUNS  # ("the country had reported 7,050 cases": a place's noun)
                 or found[0].endswith(" authorities") and _big_town(found[0][:-12])) \
                and _COUNT_AFTER.match(body, verb.end()):
            if ctx.last_org == found[0]:
                ctx.last_org = last_org  # (no body "it" can stand for)
            continue  # "Eastern district reported 212 cases", "Lake County recorded 46 homes lost": a count
            # where it happened (a bulletin's, or the story's), not the place as a source
        if found and (is_geo_name(found[0]) or _PLACE_UNIT_NAME.match(found[0])
                      or found[0].endswith(" authorities") and _big_town(found[0][:-12])) \
                and not found[0].startswith("Government of ") \
                and next((m for m in _cue_matches("according", body) if m.start() > verb.end()), None) is not None:
            if ctx.last_org == found[0]:
                ctx.last_org = last_org
            continue  # "Lilongwe district confirmed two cases, according to the district health
            # office": the place the cases are in; the office the sentence cites is the source
        if found and word in _MEASURING_VERBS and (found[0] in (ARTICLE, UNATTRIBUTED)
                                                   or found[1] == UNRESOLVED and found[0].lower() not in word_set("placed_groups")
                                                   or found[0].startswith("Government of ") or is_geo_name(found[0])
                                                   or _PLACE_UNIT_NAME.match(found[0])
                                                   or found[0].endswith(" authorities") and _big_town(found[0][:-12])
                                                   or any(p.name == found[0] for p in ctx.people)
                                                   or not (found[0] in ctx.organisations or pats["actor_np"].match(found[0]))):
            if ctx.last_org == found[0]:
                ctx.last_org = last_org  # (no body "it" could stand for)
            continue  # "Malawi recorded 40 deaths", "the district registered 12 cases": a count where it happened
            # (a body measures; a person who "recorded a song", or "Seismographs recorded", states nothing)
        if found and found[0] in ("New", "Fresh", "Further", "Additional") and verb.group(0).lower() in ("suspected", "confirmed", "reported"):
            continue  # "New suspected cases by state": a count's adjective, no one's name
        if found and found[0] in ("Total", "Totals", "Subtotal") and _TABLE_CELL_AFTER.match(body, verb.end()):
            continue  # "Total counted wards | 88": a table's total row, its participle no verb
        if found and _UNCLEAR_QUESTION_AT_END.search(near):
            if ctx.last_org == found[0]:
                ctx.last_org = last_org
            continue  # "It remained unclear whether the regulator intends to appeal": a question left open, nobody's claim
        if found and found[0].split()[0] in _NO_SUBJECT_OPENERS:
            continue  # "What the parties say, and what they won't": a question's clause, no source
            # ("Let the agency … tell us": a bidding, no source either)
        if found and any(w.lower() in ("our", "my") for w in found[0].split()[:2]):
            ctx.last_org = last_org  # (no body "it" can stand for)
            continue  # '"Afterwards our commander told us they were foreigners."': the speaker's own account
            # of what was told, no source the article names (nor '"By noon our engineers had counted …"')
        if found:
            # a reporting verb inside a quotation whose speaker the sentence names after it
            # ('"The agency believes …," Roe said'): the verb's subject claims, the speaker relays
            speaker = _speaker_after_quote(sentence, text, verb.start(), ctx) if quoted else None
            if quoted and not speaker:
                speaker = _speaker_before_colon_quote(body, verb.start(), ctx)
            if speaker and " " not in word and word not in _SPEECH_VERBS and not _QUOTED_CLAUSE_AFTER.match(body, verb.end()):
                continue  # '"The defendant showed no remorse," she added': a verb with an object, no clause
                # said, inside the quotation: the speaker's words, not a source of its own
            if speaker and not (found[0] in ctx.organisations or found[0].startswith("Government of ")
                                or found[1] == UNRESOLVED or pats["actor_np"].match(found[0])
                                or any(p.name == found[0] for p in ctx.people)):
                continue  # '"The weather data tells us …," Roe said', '"… now the council says it will," he
                # said': a subject the article names as no source, inside the quotation, is the speaker's word
            if speaker and (_QUOTED_INDEFINITE_AT_END.search(near)
                            or word == "said" and _QUOTED_PERFECT_AT_END.search(near)
                            or (_ME_OR_US_AFTER.match(body, verb.end()) and found[0] not in ctx.organisations
                                and found[1] != UNRESOLVED and not any(p.name == found[0] for p in ctx.people))
                            or (" " not in found[0] and found[0][:1].isupper() and not found[0].isupper()
                                and found[0] not in ctx.organisations
                                and not any(p.name.endswith(" " + found[0]) for p in ctx.people))):
                continue  # '"At last a tribunal has found …," a spokeswoman said', '"Farmers keep telling me …," Roe
                # said', '"Experience shows …," she said': a tribunal, farmers or a word the story names no one by,
                # inside the quotation, is the speaker's own account, no source of its own ('"The
                # agency told us …," Roe said' stays the agency's)
            nested = None if speaker else _nested_attribution(body, verb.end(), s, found, ctx)
            if nested:
                ctx.speakers[sentence["id"]] = found[:2]
                return nested
            certainty = group
            if group == "reported" and not _is_press(found[0]) and found[0] != UNATTRIBUTED and \
                    not _THAT_CLAUSE.match(body[verb.end():]):
                group = certainty = "stated"  # "the company reported a 41% rise": its own figures
            if group == "stated":
                # the complement is what follows the verb, or the quote or clause before it
                # ('"We will appeal," Smith said'; 'The party will challenge ..., he said')
                after = body[verb.end():]
                # '..., Smith said on Monday.': the words after the verb are no clause of their own
                post_posed = len(after.split()) < 6 and not _CLAUSE_SUBJECT.match(after) and not _FINITE_AUX.search(after)
                # '…, said an official who asked not to be named': the speaker after the verb, what
                # was said before it, however long the speaker's description
                post_posed = post_posed or inverted
                # a quote that opens the sentence and closes before its speaker is what the
                # speaker says ('"…," Deshpande told analysts on a call after the results'), and
                # so is the clause before a parenthetical attribution ('No one was hurt, she said, and …')
                # ('"We will deliver," said the Minister of Health, Dr. Jane Roe': the quote before the verb)
                quote_first = before.lstrip()[:1] in "“\"" and before.rstrip()[-1:] in "”\"" and before.count("“") + before.count('"') <= 2
                # ('… ambitious," Veld said in a note to investors on Friday': the quotation closing
                # before its speaker is what was said, however long the words after the verb)
                post_posed = post_posed or quote_first or bool(_QUOTE_THEN_SPEAKER.match(before)) or \
                    bool(_CLOSED_QUOTE_THEN_SPEAKER.search(before[-80:])) or \
                    (bool(_PARENTHETICAL_SPEAKER.search(before)) and (
                        after.lstrip().startswith(",") or not _CLAUSE_SUBJECT.match(after)
                        and not _FINITE_AUX.search(after.split(",", 1)[0])))  # '…, the agency said on Friday, a smaller drop …'

                if post_posed and not inverted and not quote_first and not _CLAUSE_MARK.search(before) \
                        and not _PAST_OR_PERFECT.search(before) and not _FINITE_AUX.search(before) and not _AND_AT_END.search(before):
                    post_posed = False  # "The ministry said the vaccines arrive next month": before the verb, its subject only
                complement = before if post_posed else after
                start = 0 if post_posed else verb.end()
                told = _TOLD_OBJECT.match(after) if not post_posed and word in _TELLING_VERBS else None
                # ("said in a statement that …", "said on Monday that …": the clause after the adjunct)
                told = told or (_ADJUNCT_BEFORE_THAT.match(after) if not post_posed and " that " in after[:80] else None)
                if told:  # "told reporters that no team had reached the shaft": the clause after the hearer
                    complement, start = after[told.end():], verb.end() + told.end()
                past = word in ("said", "told", "wrote", "added", "noted", "explained")
                certainty = _complement_certainty(complement, backshifted=past and not post_posed,
                                                  can_match=_part_cues(body, start, start + len(complement), can_match)) or group
                if word in ("warned", "warns", "warn") and certainty == "hedged" and _MODAL_AHEAD.search(complement):
                    # "He warned that the enemy could send more troops": a warning of what may come is
                    # a prediction (of the 17 training golds' warnings so worded, 14 are predicted)
                    certainty = "predicted"
                # (its verbs are needed: the pattern, opening with \b, tried every position)
                if _DENIAL_VERB.search(after) and _AND_DENIED.search(after):
                    certainty = "denied"  # "The army said it had hit depots … and denied shelling homes"
                elif word in _LABEL_VERBS and (_FALSE_LABEL.match(after) or _denial_cue(after.split(",", 1)[0])):
                    certainty = "denied"  # "The company called the allegations false": it says they are not so
            elif group == "predicted" and _HAD_AT_END.search(near) and not _ACT_EXPECTED.match(body, verb.end()):
                certainty = "stated"  # "Analysts had expected 3.1%": an expectation the facts have overtaken
                # (but "had expected the bank to hold the rate": a forecast of what someone would do)
            if " " in word and certainty == "stated" and (participle := _REPORTING_PARTICIPLE.search(body, verb.end())):
                # "gave a far smaller figure, estimating that about 600 …": a figure given as the
                # participle after it grades it
                certainty = _PARTICIPLE_GROUP.get(participle.group(1), certainty)
            if speaker and speaker[0] not in (found[0], ARTICLE, UNATTRIBUTED):
                ctx.speakers[sentence["id"]] = speaker[:2]
                return (found[0], found[1], certainty, word, speaker[0])
            return (found[0], found[1], certainty, word)
    return None


# "called for calm", "called on voters", "called the result a fraud", "called it unfair": a call
# that says something (not "called the winner to congratulate him")
_CALL_AS_SAYING = re.compile(r"\s+(?:for|on|upon)\b|\s+(?:[\w’'-]+\s+){1,4}?(?:an?|the)\s+[\w’'-]+\s*[.,;]|"
                             r"\s+(?:it|them|this|that|the\s+[\w’'-]+|the\s+[\w’'-]+\s+[\w’'-]+)\s+(?:\w+ly\s+)?[a-z]+(?:ful|ous|ic|al|ent|ant|able|ible|ive|ed|less)?\s*[.,;]")
_CLAUSE_MARK = re.compile(r"[,;:“”\"]")
# "called the allegations false", "described the report as a fabrication": a claim said to be untrue
_LABEL_VERBS = frozenset({"call", "calls", "called", "describe", "describes", "described"})
_FALSE_LABEL = re.compile(r"\s+(?:(?:the|these|those|such|its|their|his|her|this|that|it|them)\s+)?(?:[\w’'-]+\s+){0,4}?(?:as\s+)?[“\"‘']?"
                          r"(?:(?:completely|totally|entirely|utterly|absolutely|simply|patently|wholly)\s+)?"
                          r"(?:(?:another|more|just|pure|yet\s+another)\s+)?"  # ("called the reports another fake")
                          r"(?:false|untrue|fake|groundless|baseless|fabricated|unfounded|an?\s+(?:lie|fabrication|hoax|fiction)|lies|nonsense|"
                          r"propaganda|disinformation|misinformation|fabrications|fakes|slander)\b",
                          re.IGNORECASE)


# an interview and the outlet it was given to, before the participle that tells when it ran
_MEDIUM_WITH_AT_END = re.compile(r"\b(?:interview|conversation|podcast|talk)\s+with\s+(?:(?:the|a|an|[A-Z][\w-]*[’']s)\s+)?"
                                 r"[\w.&-]+(?:\s+[\w.&-]+){0,3}$")
# a preposition phrase and a closing comma after a participle: "…, planned for months, …",
# "…, revised on Monday, …"
_SET_OFF_PARTICIPLE_AFTER = re.compile(r"\s+(?:for|in|on|by|since|over|at|last|this|earlier|until)\b[^,;:“”\"]{0,60},")


def _inside_quote(body: str, at: int) -> int | None:
    """Where the quotation holding ``body[at]`` closes, if ``at`` is inside one that closes in
    this sentence (opened in it or in a sentence before: a quote running over sentences)."""
    if "”" in body:
        close = body.find("”", at)
        opened = body.rfind("“", 0, at)
        inside = close >= 0 and (opened > body.rfind("”", 0, at) or body.count("”") > body.count("“")
                                 and body.rfind("”", 0, at) < 0 and opened < 0)
        return close if inside else None
    if '"' in body:
        before = body.count('"', 0, at)
        continues = body.count('"') % 2 == 1 and body.lstrip()[:1] != '"'
        close = body.find('"', at)
        return close if close >= 0 and (before + continues) % 2 == 1 else None
    return None


def _speaker_after_quote(sentence: dict, text: str, at: int, ctx: Context) -> tuple | None:
    """The attribution that follows the quotation holding ``body[at]`` ('…," Roe told
    reporters.'), when the sentence has one: who speaks the quotation."""
    close = _inside_quote(text[sentence["start"]:sentence["end"]], at)
    if close is None:
        return None
    # (from the closing quote mark: '”, said Roe' is then post-posed as in a sentence of its own)
    rest = {**sentence, "start": sentence["start"] + close}
    if rest["start"] + 1 >= sentence["end"]:
        return None
    found = _verb_attribution(rest, text, ctx)
    return found if found and found[0] not in (ARTICLE, UNATTRIBUTED) else None


def _is_press(name: str) -> bool:
    """Whether a claimant is the press: a news organisation, or a description ending in a
    media noun ("local media", "Russian media", "state television"), whose "reported" relays
    what others told it (a company's "reported" gives its own figures)."""
    head = name.rsplit(None, 1)[-1].lower()
    return is_news_organisation(name) or head in _press_heads() or head[:-1] in _press_heads() \
        or bool(_DIGIT.search(name)) and bool(_NUMBERED_STATION_FIRST.fullmatch(name))  # ("Channel 4", "France 24", "7News")


@lru_cache(maxsize=1)
def _press_heads() -> frozenset[str]:
    # one-word media nouns only: "the agency" is as often a government's as a news agency
    return frozenset(w.lower() for w in lexicon()["state_media_nouns"] if " " not in w)


# "Jane Roe was quoted by Orbis as saying …", "…, Jane Roe was quoted as saying."; the outlet
# after the verb too ("Jane Roe was quoted as saying by state radio that …"), or one named by
# what it is ("state radio", "local media")
_QUOTING_OUTLET = (r"(?:the\s+)?(?:[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*|\s+news\s+agency){0,4}|"
                   r"(?:state|local|national|official|public)\s+(?:[a-z]+\s+){0,2}?(?:radio|television|TV|media|news\s+agency|newspaper|broadcaster))")
_QUOTED_AS_SAYING = re.compile(r"\s(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?(?:quoted|cited)"
                               rf"(?:\s+by\s+(?P<via>{_QUOTING_OUTLET}))?"
                               r"(?:\s+(?:on\s+\w+|in\s+an?\s+\w+))?\s+as\s+saying\b"
                               rf"(?:\s+by\s+(?P<via_after>{_QUOTING_OUTLET})(?=[\s,.;:]|$))?")


# "Orbis quoted Jane Roe as saying …", "…, lawmakers quoted the agency as saying.": the active
# form, as agencies and broadcasters relay a source (the quoted source claims, the quoter carries it)
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_OBJECT_PRONOUN_FIRST = re.compile(r"(him|her|them)\b(?!\s+[A-Za-z])", re.IGNORECASE)  # (not "her ministry's data")
_QUOTED_SOURCE_AS_SAYING = re.compile(r"\s(?:also\s+)?(?:quoted|cited|quotes|cites)\s+(?P<source>[^,;:“”\"]{2,80}?|[^;:“”\"]{2,120}?,)\s+as\s+saying\b")


def _quoted_as_saying(sentence: dict, text: str, ctx: Context) -> tuple | None:
    """"Jane Roe was quoted by Orbis as saying …": Jane Roe claims, relayed by Orbis (reported);
    without an outlet, what she is quoted as saying, graded by its own words.  "Orbis quoted
    Jane Roe as saying …": Jane Roe claims, Orbis is the conduit, graded by what she said.
    Returns (claimant, role, certainty, cue, via)."""
    s, e = sentence["start"], sentence["end"]
    body = text[s:e]
    match = _QUOTED_AS_SAYING.search(body)
    if not match:
        return _quoted_source_as_saying(sentence, text, ctx)
    found = _subject_before(text, s, s + match.start(), ctx, True)
    if not found or found[0] in (ARTICLE, UNATTRIBUTED):
        return None
    after = body[match.end():]
    said = after if after.strip(" .,;:”\"") else body[:match.start()]  # '…, Roe was quoted as saying.'
    outlet = match.group("via") or match.group("via_after")
    via = _LEADING_THE_ANY_CASE.sub("", outlet) if outlet else None
    certainty = "reported" if via else (_complement_certainty(said, backshifted=True) or "stated")
    return (found[0], found[1], certainty, "quoted as saying", via)


def _quoted_source_as_saying(sentence: dict, text: str, ctx: Context) -> tuple | None:
    """The active form of :func:`_quoted_as_saying`: "X quoted Y as saying …" is Y's claim
    with X its conduit, graded by what Y is quoted as saying (stated unless hedged, …)."""
    s, e = sentence["start"], sentence["end"]
    body = text[s:e]
    match = _QUOTED_SOURCE_AS_SAYING.search(body)
    if not match:
        return None
    np = match.group("source").rstrip(" ,")
    # "Lt. Gen. Jane Roe, a commander of the bureau,": the source before its appositive
    np = np.split(",", 1)[0] if "," in np else np
    # "The agency quoted him as saying …": the object pronoun is the person "he" would be
    np = _OBJECT_PRONOUNS.get(np, np)
    source = _resolve(np, ctx) or _described_subject(np, ctx)
    if not source or source[0] == ARTICLE:
        return None
    quoter = _subject_before(text, s, s + match.start(), ctx, True)
    via = quoter[0] if quoter and quoter[0] not in (ARTICLE, UNATTRIBUTED, source[0]) else None
    after = body[match.end():]
    said = after if after.strip(" .,;:”\"") else body[:match.start()]
    if source[0] == UNATTRIBUTED:
        return (UNATTRIBUTED, None, "reported", "quoted as saying", via)
    certainty = _complement_certainty(said, backshifted=True) or "stated"
    return (source[0], source[1], certainty, "quoted as saying", via)


_SPEAKING_UNIT_AFTER = re.compile(r"\s+" + _SPEAKING_UNIT + r"\b")
# a setting a sentence opens with, before its subject: "At a briefing on Friday, ", "On Monday, "
_OPENING_SETTING = re.compile(r"^\W*(?:At|On|In|During|Later|Earlier)\b[^,;:“”\"]{0,60},\s+")


# what a court does by its ruling, told as its act: "The court ordered him to repay …", "Justice
# Roe set aside the tribunal's decision", "The High Court on Monday sentenced Tom Jones to …"
_RULING_VERB = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in words("ruling_verbs")) + r")\b")
# what may stand between a court and its ruling: "The court also ordered", "The High Court of
# Portville on Thursday afternoon sentenced", "The Supreme Court yesterday (24) held"
_BEFORE_RULING = re.compile(r"(?:\s+(?:has|have|had|also|further|then|unanimously|yesterday|today|(?:on|last)\s+[A-Z][a-z]+"
                            r"(?:\s+(?:morning|afternoon|evening|night))?|\(\d{1,2}\)))*\s*$")
# a court named in the subject: its own word, or a judge's title
_COURT_SUBJECT = re.compile(rf"\b(?i:{'|'.join(words('court_words'))})\b")


def _court_ruling(body: str, sentence: dict, text: str, ctx: Context) -> tuple | None:
    """(court, role, "stated", verb) when the main clause's subject is a court or a judge and
    its verb one a court rules by ("ordered", "sentenced", "set aside", "found … guilty"):
    the order is the court's word (training golds: 14 of the 21 sentences this reads are the
    court's, the other 7 in older sets the article's; a jury's verdict, an adjournment, a
    court's past act, "had convicted", and an unnamed "a court in X" stay the article's)."""
    s = sentence["start"]
    for verb in _RULING_VERB.finditer(body):
        before = body[:verb.start()]
        if len(before) > 160 or not (_COURT_SUBJECT.search(before) or _PRONOUN_THEN.match(before)):
            continue
        if verb.group(0) == "found" and not _GUILTY_AFTER.match(body, verb.end()):
            continue  # "The court found that …" is the court's finding by the verbs of saying
        if _HAD.search(before) or _SAME_COURT.search(before):
            # "The court had convicted him in 2019", "The same court threw out a similar bylaw
            # in 2021": the case's history, the article's
            return None
        left = _BEFORE_RULING.search(before)
        subject = before[:left.start()] if left else before
        aside = _PARTICIPLE_ASIDE.search(subject) if ", " in subject else None
        if aside:
            subject = subject[:aside.start()]  # ("Justice Jane Roe, reading out her judgment, also barred …")
        sited = _ACRONYM_THEN_SEAT.search(subject) if ") " in subject else None
        if sited:
            subject = subject[:sited.start() + 1]  # ("The Labour Court (FLC) in Portville": the court, its seat aside)
        if not _COURT_NP.fullmatch(subject):
            return None  # the verb of a clause after the main one ("The bank appealed after the court ordered …")
        last_org, heads = ctx.last_org, dict(ctx.heads)
        # ("A bench of Justices Jane Roe and Tom Poe directed …": the court they sit for, not a judge)
        # ("It also ordered …": the court whose ruling the sentences before gave, not the lower
        # court its ruling named last)
        court = next((name for name in reversed(ctx.claimants) if _COURT_SUBJECT.search(name)), None) \
            if subject.startswith("It") and _PRONOUN_THEN.match(subject) else None
        # ("She ordered that …": the judge the sentences before named)
        judge = ctx.last_person if subject.startswith(("He", "She")) and _PRONOUN_THEN.match(subject) and ctx.last_person \
            and _COURT_SUBJECT.search(ctx.last_person.role or "") else None
        if court:
            found = (court, None)
        elif judge:
            found = (judge.name, judge.role)
        elif _BENCH_OF.match(subject):
            found = _resolve("the court", ctx)
        else:
            found = _subject_before(text, s, s + len(subject), ctx, False)
        if not found or found[0] in (ARTICLE, UNATTRIBUTED) or found[1] == UNRESOLVED:
            ctx.last_org, ctx.heads = last_org, heads  # (resolving what proves no court changes nothing)
            return None
        named = _COURT_SUBJECT.search(found[0]) or _COURT_SUBJECT.search(found[1] or "")
        return (found[0], found[1], "stated", verb.group(0)) if named else None
    return None


_HAD = re.compile(r"\bhad\b")
_ACRONYM_THEN_SEAT = re.compile(r"\)\s+(?:in|at)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s*$")
# an aside after a judge's or a court's name, set off by commas: ", reading out her judgment,"
_PARTICIPLE_ASIDE = re.compile(r",\s+[a-z]+ing\b[^,]{0,80},\s*$")
_SAME_COURT = re.compile(r"\b[Tt]he\s+same\s+(?:court|bench|tribunal|judge)\b")
_TOP_COURT_WORDS = frozenset({"apex", "top", "highest", "country's", "nation's", "country’s", "nation’s"})
_TOP_COURT = re.compile(r"\b(?:Supreme|Constitutional|Cassation)\b")
_PRONOUN_THEN = re.compile(r"(?:It|He|She)(?:\s+\w+)?\s*$")
_BENCH_OF = re.compile(r"(?:In\s[^,]{3,80},\s+)?[Aa]\s+(?:[\w-]+\s+)?bench\s+(?:of|comprising)\s")
# the subject a ruling verb's clause opens with: a dateline or a fronted phrase to its comma,
# then a court's name or a judge's ("PORTVILLE: The Tarnow High Court (THC)", "In a 40-page
# ruling, the court", "Justice Jane Roe", "The court")
# ("In its judgment, the apex court", "A bench of Justices Jane Roe and Tom Poe": the court's
# own lowercase words before its noun, and a bench named by its judges; "It also ordered …":
# the court the sentences before speak of, when "it" is a court)
_COURT_NP = re.compile(r"(?:[A-Z][\w .,'’()-]{0,60}?(?::|\s[-–—])\s+|In\s[^,]{3,80},\s+)?"
                       r"(?:It|He|She|(?:A\s+(?=(?:[\w-]+\s+)?bench\s+(?:of|comprising)\s)|(?!An?\s)(?:[Tt]he\s+|[Pp]residing\s+)?)"
                       r"(?:[A-Z][\w’'.-]*\s+|(?:court|judge|bench|tribunal|justice|magistrate)\s+|[a-z][\w-]*\s+(?=(?:[a-z][\w-]*\s+)?(?:court|bench|tribunal)\b))*"
                       r"(?:[A-Z][\w’'.-]*|court|judge|bench|tribunal|magistrate)(?:\s+(?:of|in|at|for|and|comprising)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)*"
                       r"(?:\s+\([A-Z]{2,8}\))?(?:\s+(?:in|at)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)?)\s*")
_GUILTY_AFTER = re.compile(r"\s+(?:[\w’'.-]+\s+){1,8}?(?:not\s+)?guilty\b")


def _participle_attribution(sentence: dict, text: str, ctx: Context) -> tuple | None:
    """"Magistrate Jane Roe refused the application, saying …", "The coach was furious about
    the corner, insisting …": a reporting participle speaks for the sentence's subject, a
    person named in its opening words or the definite description it opens with."""
    s, e = sentence["start"], sentence["end"]
    body = text[s:e]
    participle = _REPORTING_PARTICIPLE.search(body)
    if not participle:
        return None
    found = None
    # ("At a briefing on Friday, army spokesman Tom Roe declined …, saying": the subject after
    # the setting the sentence opens with)
    opening = _OPENING_SETTING.match(body)
    skip = opening.end() if opening and opening.end() < participle.start() else 0
    head = body[:min(participle.start(), skip + 60)]
    # the subject's head is its last name before any comma ("Mariners coach Salim Abdallah")
    for r_start, r_end, run in capitalised_runs(text, s + skip, s + len(head)):
        if "," in text[s + skip:r_start]:
            break  # past the subject: an apposition or an earlier clause
        opens = text[s + skip:r_start].strip(" “\"") in ("", "The")
        named = _resolve(run, ctx)
        if named and any(p.name == named[0] for p in ctx.people):
            found = named
        elif named and opens and named[0] in ctx.organisations and not _SPEAKING_UNIT_AFTER.match(text, r_end):
            # (not "Army spokesman Tom Roe declined …, saying": the spokesman named next speaks)
            found = named  # "The Weather Bureau (WB) issued an alert, warning …": the body that opens it
            break
    if not found:
        described = _LEADING_DESCRIPTION.match(body[skip:])
        found = _resolve(described.group(1), ctx) if described else None
    if not found or found[1] == UNRESOLVED:
        # (a post by its owner or its state is its holder, named or not, as before "said")
        found = _possessive_subject(body[skip:participle.start()], ctx) or found
        if found and found[1] == UNRESOLVED and _POSSESSIVE_SUBJECT.match(body, skip):
            found = (found[0], None)
    if not found or found[0] in (ARTICLE, UNATTRIBUTED) or found[1] == UNRESOLVED:
        return None
    word = participle.group(1)
    # (a warning is of what may come: its "could" is a possibility, not the past of "can")
    certainty = _PARTICIPLE_GROUP.get(word) or \
        _complement_certainty(body[participle.end():], backshifted=word != "warning") or "stated"
    return (found[0], found[1], certainty, word)


# a subject of a body's or a place's post or unit, by the owner's possessive: "The Pentagon's
# press secretary put …", "Tarnow's mayor went …" (the words after it, one of which ends it)
# (or by its state's adjective: "A Ruritanian deputy foreign minister went …")
_POSSESSIVE_SUBJECT = re.compile(r"^\W*(?P<owner>(?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}[’']s|(?:[Tt]he|An?)\s+[A-Z][a-z]+)"
                                 r"\s+(?P<words>(?:[a-z-]+\s+){1,3})")


def _possessive_subject(head: str, ctx: Context) -> tuple[str, str | None] | None:
    """The speaker a sentence opens with as "Owner's post" or "a Ruritanian post" before a
    verb of its own, the post's last word the one that ends the subject ("The Pentagon's
    press secretary put", "A Ruritanian deputy foreign minister went")."""
    subject = _POSSESSIVE_SUBJECT.match(head)
    if not subject:
        return None
    words = subject.group("words").split()
    ends = _post_heads() | _actor_noun_words()
    for k in range(len(words), 0, -1):
        if words[k - 1] in ends:
            return _resolve(f"{subject.group('owner')} {' '.join(words[:k])}", ctx)
    return None


@lru_cache(maxsize=1)
def _actor_noun_words() -> frozenset[str]:
    """The one-word head nouns of common-noun actors ("ministry", "spokesman", "secretary")."""
    return frozenset(n for n in lexicon()["actor_nouns"] if " " not in n) | {"secretary"}


# "She went on: "…"", "Roe continued: "…"": a quotation its speaker introduces with a colon,
# whatever the verb that leads to it
# 'Roe put it this way to reporters: "…"', 'Roe put it bluntly: "…"'
_PUT_IT_QUOTE = re.compile(r"^\W*(?P<np>[^:;,“”\"]{2,60}?)\s+(?P<verb>put\s+it)\s+(?:this\s+way|that\s+way|another\s+way|bluntly|"
                           r"simply|plainly|starkly|succinctly|more\s+bluntly|more\s+simply)(?:\s+(?:to|for|in)\s+[\w’' -]{2,40}?)?\s*:\s*[“\"]")
_COLON_QUOTE = re.compile(r"^\W*(?P<np>[^:;,“”\"]{2,60}?)\s+(?P<verb>[a-z]{3,}(?:\s+on)?)\s*:\s*[“\"]")
# 'The minister did not mince her words: "…"': the idiom of plain speech introducing the quotation
_PLAIN_WORDS_QUOTE = re.compile(r"^\W*(?P<np>[^:;,“”\"]{2,60}?)\s+(?P<verb>(?:did\s+not|didn['’]t)\s+mince\s+(?:his|her|their|its|any)\s+words"
                                r"|minced\s+no\s+words|was\s+(?:more\s+)?(?:blunt|direct|frank|candid))"
                                r"(?:\s+(?:to|with|in)\s+[\w’' -]{2,40}?)?\s*:\s*[“\"]")


def _colon_intro(body: str) -> re.Match | None:
    """The speaker and the words that introduce a quotation after a colon, opening the sentence."""
    return _PUT_IT_QUOTE.match(body) or _PLAIN_WORDS_QUOTE.match(body) or _COLON_QUOTE.match(body)


def _speaker_before_colon_quote(body: str, at: int, ctx: Context) -> tuple | None:
    """The speaker who opens the sentence and introduces, after a colon, the quotation that
    holds ``body[at]`` ('Roe put it this way: "The agency thinks …"'), if one."""
    match = _colon_intro(body)
    if not match or match.end() > at + 1 or _patterns()["function_word"].match(match.group("verb")):
        return None
    found = _resolve(match.group("np"), ctx)
    return found if found and found[0] not in (ARTICLE, UNATTRIBUTED) and found[1] != UNRESOLVED else None


def _colon_quote_attribution(body: str, ctx: Context) -> tuple | None:
    """A quotation introduced by a colon after its speaker and a verb the lists lack."""
    match = _colon_intro(body)
    if not match or _patterns()["function_word"].match(match.group("verb")):
        return _clause_then_colon_quote(body, ctx)
    found = _resolve(match.group("np"), ctx)
    if not found or found[0] in (ARTICLE, UNATTRIBUTED) or found[1] == UNRESOLVED:
        return None
    quote = body[match.end():]
    return (found[0], found[1], _complement_certainty(quote) or "stated", match.group("verb"))


# '"We must respond," she went on to say.', '…," Roe continued.': the words before a speaker who
# goes on speaking, closing the sentence ("She continued her work" is no such verb: nothing follows)
_CONTINUED_SPEAKER = re.compile(r"(?:[,.?!]\s*[”\"]|\w,)\s+(?P<np>he|she|they|it|we|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|"
                                r"the\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+)\s+(?P<verb>continued|went\s+on(?:\s+to\s+(?:say|add|note|tell\s+[^,.;]{2,40}))?)"
                                r"(?:\s+(?:on\s+)?[A-Za-z]+)?\s*[.!]?\s*$")


def _continued_attribution(body: str, ctx: Context) -> tuple | None:
    """The speaker who "continued" or "went on" after the words before him (:data:`_CONTINUED_SPEAKER`)."""
    match = _CONTINUED_SPEAKER.search(body)
    found = _resolve(match.group("np"), ctx) if match else None
    if not found or found[0] in (ARTICLE, UNATTRIBUTED) or found[1] == UNRESOLVED:
        return None
    return (found[0], found[1], _complement_certainty(body[:match.start() + 1]) or "stated", match.group("verb").split()[0])


_QUOTE_CLOSER = re.compile(r"[,.?!]\s*[”\"]\s+(?P<np>he|she|they|it|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|the\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+)"
                           r"\s+(?P<verb>observed|submitted|pleaded|remarked|noted|countered|quipped|recalled|reasoned|held)\b")
_COLON_THEN_QUOTE = re.compile(r":\s*[“\"]")
_NAME_BEFORE_ASIDE = re.compile(r"^\s*(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),\s+(?:who|a|an|the|whose)\s")
_NAME_OPENS_CLAUSE = re.compile(r"^\s*(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+[a-z]")


def _clause_then_colon_quote(body: str, ctx: Context) -> tuple | None:
    """'Asked who was to blame, Roe did not hesitate: "…"', 'Roe was blunt: "…"': a quotation
    after a colon, to the sentence's end, is the speaker the clause before the colon opens
    with (a person the story names), whatever that clause's words."""
    colon = _COLON_THEN_QUOTE.search(body)
    rest = body[colon.end() - 1:] if colon else ""
    # (the quotation may run on past the sentence: 'Roe put it bluntly: "These are light troops.'
    # with its closing mark in the next one)
    if not colon or not (_whole_quote(rest) or not any(mark in rest[1:] for mark in _CLOSE)):
        return None
    clause = body[:colon.start()].rsplit(",", 1)[-1]
    named = _NAME_OPENS_CLAUSE.match(clause)
    if not named and clause.lstrip()[:1].islower():
        # "Jane Roe, who studies the army, put it bluntly: …": the name before the aside
        named = _NAME_BEFORE_ASIDE.match(body)
    person = resolve_person(ctx.people, named.group("np")) if named else None
    if not person:
        return None
    return (person.name, person.role, _complement_certainty(body[colon.end():]) or "stated", ":")


def _part_cues(body: str, start: int, end: int, can_match: Collection[str]) -> Collection[str]:
    """The cue patterns that can match body[start:end]: those that can match the sentence
    when the part cuts none of its words in two (its words are then some of the
    sentence's), else all of them."""
    cut = (0 < start < len(body) and _is_word_char(body[start - 1]) and _is_word_char(body[start])) or \
        (0 < end < len(body) and _is_word_char(body[end - 1]) and _is_word_char(body[end]))
    return _EVERY_CUE if cut else can_match


def _headline_subject(body: str, ctx: Context) -> tuple | None:
    """A headline in the present tense speaks for its subject: "Minister praises rescuers",
    "Ministry launches borehole programme"."""
    quoted = _HEADLINE_QUOTED_WORDS.match(body)
    if quoted:
        # 'Tarnow "deeply alarmed" after …', "Agency 'will not speculate' on toll": the words
        # quoted after the subject are the subject's
        found = _resolve(quoted.group("np"), ctx) if not is_demonym(quoted.group("np")) else None
        if found and found[0] not in (ARTICLE, UNATTRIBUTED) and found[1] != UNRESOLVED:
            return (found[0], found[1], "stated", "quoted")
    match = _HEADLINE_SUBJECT.match(body)
    if not match:
        match = _TITLE_CASE_SUBJECT.match(body)  # "Agency Commentary Slams Smear Campaign": every word capitalised
        if not match or not body.istitle() and sum(w[:1].isupper() for w in body.split()) < 0.7 * len(body.split()):
            return None
    verb = match.group("verb").lower()
    if verb not in _headline_acts():
        return None  # "Party wins most seats" reports an event; "Minister praises" a statement
    np = match.group("np")
    found = _resolve(np, ctx)
    if (not found or found[0] in (ARTICLE, UNATTRIBUTED)) and " " in np and np.split()[-1].lower() in _statement_words():
        found = _resolve(np.rsplit(None, 1)[0], ctx)  # "Agency Commentary Slams …": the commentary's owner
    if not found or found[0] in (ARTICLE, UNATTRIBUTED) or found[1] == UNRESOLVED:
        return None
    return (found[0], found[1], "stated", verb)


# a report's title in capitals with nothing after its noun but a dash, a colon, a period or a year
_REPORT_TITLE = re.compile(r"^(?:[A-Z][\w’'&-]*\s+){1,4}(?:Report|Update|Statement|Review|Results)"
                           r"(?:\s*(?:[–—:|]|-\s)|\s*$|\s+(?:for\s+)?(?:the\s+)?(?:\d|(?:[A-Z][a-z]+\s+)?(?:Quarter|Half|Year)\b))")
# a headline's subject and the words quoted right after it: 'Tarnow "deeply alarmed"'
# (words, not a word in scare quotes: 'Freedonian "volunteers" killed' names no speaker)
_HEADLINE_QUOTED_WORDS = re.compile(r"^(?P<np>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+['\"“‘][^'\"”’\s]+\s[^'\"”’]{2,40}['\"”’]")
_TITLE_CASE_SUBJECT = re.compile(r"^(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}?)\s+(?P<verb>[A-Z][a-z]+s)\b")


_PUT_AT_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){1,4}?at\s+(?:close\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|least\s+|more\s+than\s+)?[$€£]?\d")


def _headline_description(body: str, ctx: Context) -> tuple | None:
    """A headline whose subject is a post or a body described by common nouns ("Army chief
    warns of …", "Chile's spy agency says …"): the one holder of the post, or body of the
    kind, the story names first in its opening lines."""
    match = _HEADLINE_DESCRIBED.match(body)
    # ("Spy agency puts wounded at close to 1,000": a figure the body gives, as "put … at" in the story)
    if not match or match.group("verb") not in _headline_acts() and \
            not (match.group("verb") == "puts" and _PUT_AT_AFTER.match(body, match.end())):
        return None
    owner, words = match.group("owner"), match.group("words")
    if owner and not geo_words().get(owner.lower()):
        return None  # ("Roe's lawyer says": a person's, not a state's)
    words = words[0].lower() + words[1:]
    if any(_patterns()["function_word"].match(w) for w in words.split()):
        return None
    person = _holder_named_next(words, ctx)
    if person:
        return (person.name, person.role, "stated", match.group("verb"))
    named = _named_next(words, ctx) if len(words.split()) == 2 else None
    return (named, None, "stated", match.group("verb")) if named else None


# a headline's subject described, not named: "Army chief warns …", "Chile's spy agency says …"
_HEADLINE_DESCRIBED = re.compile(r"^(?:(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)[’']s\s+)?(?P<words>[A-Za-z][a-z-]+(?:\s+[a-z][a-z-]+){1,2})\s+(?P<verb>[a-z]+s)\b")


@lru_cache(maxsize=1)
def _statement_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon()["statement_nouns"])


# "Agency: troops suffered losses", "Roe: 'We will appeal'": a headline that names its source
# before a colon (the name, up to four capitalised words, then the colon)
# ("Ruritanian intelligence: …": a demonym and the body's common nouns)
_BULLET = re.compile(r"^\s*[-•*–—▪►]\s+")
_HEADLINE_SOURCE = re.compile(r"^(?P<np>[A-Z][\w.&’'-]*(?:(?:\s+[A-Z][\w.&’'-]*){0,3}|(?:\s+[a-z][\w-]*){1,2}))\s*:\s+\S")


# the wire agencies' form: the source after a final colon ("Floods cut off 12 villages: FEA")
# (or after a dash set off by spaces: "Troops suffering heavy losses – Roe")
_HEADLINE_SOURCE_AT_END = re.compile(r"\S(?:\s*:|\s+[–—-])\s+(?P<np>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\s*$")


_EXPLAINER_TAIL = re.compile(r"\s*:\s*(?:what\s+we\s+know(?:\s+so\s+far)?|what\s+to\s+know|what\s+you\s+need\s+to\s+know|"
                            r"the\s+latest|explained|live\s+updates|live)\s*$", re.IGNORECASE)
_LABEL_BEFORE_COLON = re.compile(r"^\s*([A-Za-z&]+(?:\s+[A-Za-z&]+)?)\s*:\s+")
_STORM_NAME = re.compile(r"(?:Cyclone|Typhoon|Hurricane|Storm|Tropical\s+Storm|Super\s+Typhoon|Severe\s+Cyclonic\s+Storm)\s+[A-Z]")


def _headline_source(body: str, ctx: Context) -> tuple | None:
    """A headline that opens with its source and a colon speaks for that source, when the
    story names it as a person or an organisation (not a place or a label: "Chile: …",
    "Live: …", "Analysis: …")."""
    opening = _HEADLINE_SOURCE.match(body) if ":" in body[:60] else None
    closing = _HEADLINE_SOURCE_AT_END.search(body) \
        if ":" in body[-50:] or " – " in body[-50:] or " — " in body[-50:] or " - " in body[-50:] else None  # "Ferry sinks off the coast: FEA"
    # (a label before the colon, then the source at the end: "Cholera: Death toll rises to 58 – GHS")
    for match in filter(None, (opening, closing)):
        found = _headline_source_named(body, match, ctx)
        if found:
            return found
    return None


def _headline_source_named(body: str, match: re.Match, ctx: Context) -> tuple | None:
    """The source a headline names before its colon or after its final colon or dash
    (see :func:`_headline_source`), when the story names it."""
    if match.group("np").lower() in _headline_labels():
        return None
    if match.start() == 0 and (is_geo_name(match.group("np")) or _STORM_NAME.match(match.group("np"))):
        return None  # "Malawi: measles outbreak spreads", "Cyclone Arnab: 9 dead": the story's place or storm, a label
    found = _resolve(match.group("np"), ctx)
    if not found or found[0] in (ARTICLE, UNATTRIBUTED) or found[1] == UNRESOLVED:
        return None
    if ":" not in match.group(0) and is_news_organisation(found[0]):
        return None  # "… - Reuters": the page's outlet after its title, no source
    # (the words before the colon must be the source's name, its acronym or a person's surname:
    # "Live" is no name of a "Blue Lagoon Live" blog)
    np = match.group("np")
    # ("Ukrainian intelligence: …" for the intelligence body the story names: a state's body
    # described by its demonym is a name enough)
    described = len(np.split()) > 1 and np.split()[-1].islower() and is_geo_name(np.split()[0])
    named = any(p.name == found[0] and p.name.split()[-1] == np.split()[-1] for p in ctx.people) or \
        (found[0] == np or np.isupper() or described) and any(o.name == found[0] or np in o.aliases for o in ctx.org_actors) or \
        match.start() > 0 and any(a.name == found[0] for a in ctx.state_actors)  # "… – Seoul" at the end: its government
    return (found[0], found[1], "stated", ":") if named else None


# a headline's source described by bare common nouns, headline style with no article, after
# its verb at the end ("…, says defence minister", "'…,' says spy agency"), after a dash at
# the end ("… – spy agency") or before a colon at the start ("Spy agency: …", "Minister: …"); a
# place may stand before the description ("…, says Portville intelligence chief")
_HEADLINE_PLACE = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w’'-]+)?"  # "Portville", "New Ruritanian", "US", "N. Ruritanian"
_HEADLINE_DESCRIBED_AT_END = re.compile(r"(?:[,”\"’!?]|[,.?!]')\s+(?:(?P<verb>[a-z]+s)\s+)?(?:(?P<place>" + _HEADLINE_PLACE + r")\s+)?"
                                        r"(?P<words>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})\s*$"
                                        r"|\S(?:\s*:|\s+[–—-])\s+(?:(?P<place2>" + _HEADLINE_PLACE + r")\s+)?(?P<words2>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})\s*$"
)
# ('"…," district chief warns': the description before its verb)
_HEADLINE_DESCRIBED_THEN_VERB = re.compile(r"(?:[,”\"’!?]|[,.?!]')\s+(?:(?P<place3>" + _HEADLINE_PLACE + r")\s+)?"
                                           r"(?P<words3>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}?)\s+(?P<verb3>[a-z]+s)\s*$")
_HEADLINE_DESCRIBED_FIRST = re.compile(r"^(?:(?P<place>" + _HEADLINE_PLACE + r")\s+(?=[a-z]))?"
                                       r"(?P<words>[A-Za-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})\s*:\s+\S")


def _headline_described_source(body: str, ctx: Context) -> tuple | None:
    """A headline whose source is described by common nouns with no article ("…, says defence
    minister", "Spy agency: …"): the one holder of that post, or body of that kind, the
    story names (see _HEADLINE_DESCRIBED_AT_END)."""
    candidates = []  # (description, place before it, the verb or mark)
    match = _HEADLINE_DESCRIBED_FIRST.match(body) if ":" in body[:40] else None
    if match:
        words, place = match.group("words"), match.group("place")
        if place and not (is_geo_name(place) or is_demonym(place)):
            words, place = f"{place} {words}", None  # ("Spy agency: …": no place, a description)
        if words.lower() not in _headline_labels() and (place or words[:1].isupper()):  # ("Live updates: …")
            candidates.append((words, place, ":"))
    match = _HEADLINE_DESCRIBED_AT_END.search(body)
    if match and not match.group("verb") and not match.group("words2"):
        match = _HEADLINE_DESCRIBED_THEN_VERB.search(body)
    end = {k: v for k, v in match.groupdict().items() if v} if match else {}
    verb = end.get("verb") or end.get("verb3")
    if end and ("words2" in end or verb in _headline_acts()):
        # ("…, police in riot gear": no verb, no source)
        place = end.get("place") or end.get("place2") or end.get("place3")
        words = end.get("words") or end.get("words2") or end.get("words3")
        # (a town's expert: "…, says Portville expert", the academic there the story quotes)
        if not place or is_geo_name(place) or is_demonym(place) or words in _EXPERT_WORDS:
            candidates.append((words, place, verb or "–"))
    for words, place, verb in candidates:
        found = _described_headline_source(words.lower(), place, ctx)
        if found:
            return (found[0], found[1], "stated", verb)
    return None


def _described_headline_source(words: str, place: str | None, ctx: Context) -> tuple[str, str | None] | None:
    """The person or body a headline's description (with the place before it, if any) stands for."""
    expert = words.split()[-1] in _EXPERT_WORDS and len(words.split()) <= 2
    person = _expert_named_next(" ".join(words.split()[:-1]) or place, ctx) if expert else None
    if person:  # ("…, says Portville expert": the academic the story quotes, not Portville's university)
        return (person.name, person.role)
    if place:
        # "…: Ruritanian intelligence", "US official: …": the body or person the story names so
        found = _resolve(f"{place} {words}", ctx)
        if found and (any(o.name == found[0] for o in ctx.org_actors) or any(p.name == found[0] for p in ctx.people)):
            return found
    if any(_patterns()["function_word"].match(w) for w in words.split()):
        return None
    person = _holder_named_next(words, ctx)
    if person:
        return (person.name, person.role)
    named = _named_next(words, ctx) if len(words.split()) == 2 else None
    if named:
        return (named, None)
    found = _resolve("the " + words, ctx)
    if found and found[0] not in (ARTICLE, UNATTRIBUTED) and found[1] != UNRESOLVED and \
            not found[0].startswith("Government of "):
        return found
    return None


@lru_cache(maxsize=1)
def _headline_labels() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon()["headline_labels"])


# a headline's clause set off before its source speaks: "…; PH concedes", "…, governor signals
# pause until July": a semicolon, or a comma with the source's words going on after its verb
_HEADLINE_CLAUSE_BREAK = re.compile(r";\s+|,\s+")
_WORD = re.compile(r"[\w'’-]+")


def _source_after_own_clause(body: str) -> bool:
    """Whether a headline tells a fact of its own and then, in a clause after it, what a
    source says: "Court finds X guilty; defence says it will appeal", "Polish central bank
    cuts rates, governor signals pause until July projection" (the fact is the article's).
    A source that closes the headline speaks for all of it: "Two killed as drones hit
    Bilopillia, regional chief says", "…, spy agency tells lawmakers"."""
    singular, plural = _headline_saying_verbs()
    for brk in _HEADLINE_CLAUSE_BREAK.finditer(body):
        words = _WORD.findall(body[:brk.start()])
        if not any(w[:1].islower() for w in words):
            continue  # a list of names is one subject, no clause of its own: "Portville, Eastbrook claim …"
        head = [w.lower() for w in words]
        if ":" in body[:brk.start()] or any(w in singular for w in head) or \
                any(w in plural and words[k - 1][:1].isupper() for k, w in enumerate(head) if k):
            # the source spoke first ("Agency: …", "Freedonia says …; Ruritania disputes range",
            # "Portville, Eastbrook claim …; Westport, Northgate reject reports")
            return False
        tail = _WORD.findall(body[brk.end():])
        # the source's short name, then its verb ("health officials blame", "PH concedes")
        verb = next((i for i, w in enumerate(tail[:5]) if i and (w.lower() in singular or w.lower() in plural)), None)
        if verb is not None:
            if _SOURCE_CLOSES_BEFORE_SUBORDINATE.match(body, brk.end()):
                return False  # "Soldiers killed, Roe says, as Portville warns of escalation": the source closes the claim
            return ";" in brk.group() or len(tail) - verb - 1 >= 2
    return False


# a headline's source and its verb, then a comma and a subordinate clause of its own
_SOURCE_CLOSES_BEFORE_SUBORDINATE = re.compile(r"\s*(?:[\w'’.-]+\s+){1,4}?(?:says|say|said|claims|claim|confirms|confirm|tells|warns|warn)"
                                               r"\s*,\s*(?:as|while|amid|after|with|following|despite|but)\b")


@lru_cache(maxsize=1)
def _headline_saying_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """The one-word present-tense reporting verbs, singular and plural ("says", "warns",
    "concedes"; "economists warn", "officials blame")."""
    words = {v.lower() for group in lexicon()["reporting_verbs"].values() for v in group if " " not in v}
    singular = frozenset(w for w in words if w.endswith("s"))
    return singular, frozenset(w for w in words if w + "s" in singular or w + "es" in singular)


# "Harbour Line to build new terminal", "Town pool to stay shut until 2027": a headline's
# subject "to" a verb is what will happen (headlines drop "is set")
_HEADLINE_TO = re.compile(r"^(?P<np>[^:;,]{2,80}?)\s+to\s+(?!(?:the|a|an|his|her|its|their|this|that)\b)[a-z]{2,}\b")


def _headline_future(body: str) -> bool:
    """Whether a headline says its subject is to do something ("X to build …"), not that
    something moved to a level ("Prices rise to …", "Sales fell to …")."""
    match = _HEADLINE_TO.match(body)
    if not match:
        return False
    words = match.group("np").split()
    last = words[-1]
    if len(words) >= 2 and last.islower() and _PLURAL_NOUN.match(words[-2]):
        return False  # "Officials respond to claims", "Residents return to homes": a plural subject's present-tense verb
    return not (last.islower() and (last.endswith(("s", "ed", "ing")) or last in lexicon()["not_before_headline_to"]))


_PLURAL_NOUN = re.compile(r"^[A-Za-z]{3,}[^s’'\W]s$")


@lru_cache(maxsize=1)
def _headline_acts() -> frozenset[str]:
    """Present-tense verbs by which a headline's subject says or announces something."""
    verbs = {v.lower() for group in lexicon()["reporting_verbs"].values() for v in group if v.endswith("s")}
    return frozenset(verbs | set(lexicon()["headline_acts"]))


# who was told, before what: "told reporters that", "told the committee that", "told Reuters that"
# (the listener may be followed by when or where it was told: "told reporters after the session that")
_LISTENER_THAT = re.compile(r"^\s+(?:(?:the|a|an)\s+)?(?:(?:[a-z][\w-]*\s+){1,3}?|[A-Z][\w.&-]*\s+)"
                            r"(?:(?:after|at|during|outside|following)\s+(?:the|a|an|its|their)\s+[a-z][\w-]*\s+)?that\s")


# those a speaker tells, with no "that" before what they were told: "told MPs the bureau thinks …"
_LISTENER_NO_THAT = re.compile(r"^\s+(?:reporters|journalists|lawmakers|legislators|parliament|MPs|(?:the\s+)?(?:committee|assembly|press|media))"
                               r"\s+(?=(?:the|a|an)\s)")
_NOTHING_FOUND = re.compile(r"\s+(?:no|nothing)\b")


_COORDINATOR_AT_END = re.compile(r"\s(?:and|but|yet|or)$")


_HAD_BEFORE_VERB = re.compile(r"\bhad\s+(?:\w+ly\s+|already\s+|repeatedly\s+)?$")


# what a body relayed so does: it said, found, or put a figure at a value
_RELAYED_VERBS = ("put", "puts", "attributed", "attributes", "told", "said", "says", "estimated", "estimates",
                  "believes", "believed", "assessed", "assesses", "reported", "confirmed", "informed")


@lru_cache(maxsize=1)
def _according_then_subject() -> re.Pattern:
    """"According to the lawmaker, the agency (also) put …", "… the FIS has also detected …": the
    subject after the source, up to the first verb of saying or finding."""
    verbs = trie_alternation([*_RELAYED_VERBS, *word_set("gathering_verbs")])
    return re.compile(
        r"According\s+to\s+[^,]{2,80},\s+(?P<np>the\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?|(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4}?)"
        rf"\s+(?:(?:also|further|then|later|had|has|have)\s+){{0,2}}(?P<verb>{verbs})\b")


def _relayed_subject(body: str, source: tuple, ctx: Context) -> tuple | None:
    """The body that said or found what a sentence opened by "According to X," tells, as its
    subject ("According to the lawmaker, the agency put the toll down to …"): (claimant, role,
    certainty, cue), X passing it on; None when the subject is X's own judgment of a thing ("the
    spy agency's figure is …") or no body the text names."""
    m = _according_then_subject().match(body)
    if not m:
        return None
    verb, np = m.group("verb"), m.group("np")
    found = _resolve(np, ctx)
    people = {p.name for p in ctx.people}
    if found and " " not in np and not np.isupper() and " " not in found[0]:
        return None  # ("According to the report, Tarnow recorded …": a town's name, a place the report counts)
    if not found or found[0] in (source[0], ARTICLE, UNATTRIBUTED) or found[1] == UNRESOLVED \
            or not (found[0] in ctx.organisations or found[0] in people):
        return None  # (a place that "recorded" a rate is the report's subject, not its source)
    group = _verb_group(verb) if verb in _patterns()["verb_group"] else "reported"
    return (found[0], found[1], "hedged" if group == "hedged" else "reported", verb)


# a body's numbers, which show what a speaker reads in them ("the bureau's figures indicated"): no
# believer of their own
_OWNED_EVIDENCE_AT_END = re.compile(r"\w(?:[’']s|s[’'])\s+(?:(?:own|latest|new|preliminary|official|provisional)\s+)?"
                                    r"(?:data|figures|numbers|statistics|results|records|count|tally)$")
_EVIDENCE_VERBS = frozenset({"suggested", "suggest", "suggests", "showed", "show", "shows", "indicated", "indicate",
                             "indicates", "pointed", "points"})


# a reporting verb that is also a plural noun, and an auxiliary after it: the noun is a
# subject of its own ("the agency's reports had been …", "the claims were …")
_NOUN_OR_VERB = frozenset({"reports", "claims", "estimates", "forecasts", "findings", "statements", "accounts"})
_AUX_NEXT = re.compile(r"\s+(?:had|have|has|were|was|are|is|will|would|could|can|may|might|did|do)\b")
_PARTICIPLE_BY_NEXT = re.compile(r"\s+[a-z]+ed\s+by\b")
# what a state keeps up, no claim: "maintains diplomatic relations", "has maintained close ties"
_TIES_AFTER = re.compile(r"\s+(?:(?:an?|its|their|the|diplomatic|close|friendly|good|normal|formal|economic|trade|military|"
                         r"strong|cordial|warm)\s+){0,3}(?:relations|ties|contacts|links|embassy|embassies|presence)\b")


def _nested_attribution(body: str, verb_end: int, s: int, speaker: tuple, ctx: Context) -> tuple | None:
    """"A said the agency believes …": the believer claims, A only passes it on, and the
    believer's verb sets the certainty.  Returns (claimant, role, certainty, cue, via)."""
    after = body[verb_end:]
    opened = _COLON_QUOTE_OPENING.match(after) if ":" in after[:4] else None
    if opened:  # 'He added: "The agency thinks the toll will rise."': the quotation's first clause
        after = " " + after[opened.end():]
    listener = _LISTENER_THAT.match(after) if " that " in after[:50] else None
    if listener and listener.group(0).split()[-2] in _patterns()["verb_group"]:
        listener = None  # ("said the agency estimated that …": the words before "that" end in its verb, no listener)
    listener = listener or _LISTENER_NO_THAT.match(after)  # "told MPs the bureau thinks …"
    if listener:  # "told reporters that the agency had confirmed …": past the listener
        after = after[listener.end() - 1:]
    inner = _NESTED_CLAUSE.match(after)
    if inner and inner.group("verb").split()[0] in word_set("gathering_verbs") and not _INDEFINITE.match(inner.group("np")):
        # "said the agency had tracked more than 20,000 containers": what a body found out is
        # that body's claim, the speaker passing it on
        found = _resolve(inner.group("np"), ctx) if inner.group("np")[:1].isupper() or inner.group("np")[:4] == "the " else None
        if found and found[0] != speaker[0] and found[0] in ctx.organisations and not is_news_organisation(found[0]) \
                and any(p.name == speaker[0] for p in ctx.people):  # (a body the text names, not "the troops")
            # ("had seen no sign of …", "had detected no movement": it found nothing happened)
            certainty = "denied" if inner.group("neg") or _NOTHING_FOUND.match(after, inner.end()) \
                else _complement_certainty(after[inner.end():]) or "stated"
            return (found[0], found[1], certainty, inner.group("verb"), speaker[0])
    put_at = inner is not None and inner.group("verb") in ("put", "puts") and \
        _patterns()["verb"].match(after, inner.start("verb")) is not None  # "said the agency put the toll at 40"
    if not put_at and (not inner or inner.group("verb").split()[0] not in _patterns()["verb_group"]):
        # the first word after a short noun phrase was no reporting verb: the phrase may be
        # longer ("said intelligence services believe …"), up to the first reporting verb
        longer = _patterns()["nested_reporting"].match(after) if inner else None
        if longer is None and inner is not None:
            # "said the spy agency put the number at 4,300": a longer phrase that puts a figure at a value
            put = _NESTED_PUT.match(after)
            if put and _patterns()["verb"].match(after, put.start("verb")) is not None:
                longer = put
        inner = longer
        if not inner or _FINITE_AUX.search(inner.group("np")):
            return None  # ("said the plant would close and workers believe": a clause, no phrase)
        if _COORDINATOR_AT_END.search(inner.group("np")):
            return None  # "accused the commission of fraud but said he would …": a second verb of the
            # sentence's own subject, not one of a phrase inside its object
    np = inner.group("np")
    verb = inner.group("verb").split()[0]
    if verb in _NOUN_OR_VERB and (_AUX_NEXT.match(after, inner.end("verb")) or _PARTICIPLE_BY_NEXT.match(after, inner.end("verb"))):
        return None  # "ruled that the VRS reports had been altered": the reports, a noun, no one reporting
    if verb in _EVIDENCE_VERBS and _OWNED_EVIDENCE_AT_END.search(np):
        # "said the bureau's figures indicated …": the speaker reads the body's numbers and claims
        # what they show, as surely as the verb of the reading says
        return (speaker[0], speaker[1], "stated" if verb.startswith("show") else "hedged", verb)
    if verb in _LABEL_VERBS and verb.startswith("call") and not _CALL_AS_SAYING.match(after, inner.end()):
        return None  # "said Adu had called the winner to congratulate him": a telephone call, no claim
    if _INDEFINITE.match(np) and not _FINITE_FORM.search(verb):
        return None  # "denied a media report that …": "a media report" is a noun phrase, not a clause
    if np.lower() in ("it", "they", "we", "i", "you", "this", "that", "he", "she", "there") or _patterns()["pronoun"].match(np) or _patterns()["function_word"].match(np.split()[0]) and np.split()[0].lower() not in ("the", "a", "an"):
        return None
    words = np.split()
    if len(words) == 2 and words[0].lower() == "the" and words[1].islower() and speaker[0] in ctx.organisations \
            and words[1] in (speaker[0].split()[-1].lower(), "administration", "government"):
        return None  # "A Harbour Department spokesperson said the department (the administration) intends …": the body itself
    found = _resolve(np, ctx)
    if not found or found[0] in (speaker[0], ARTICLE):
        return None
    if found[0] == UNATTRIBUTED and np.split()[0].lower() in ("the", "these", "those"):
        return None  # "the office said these reports showed …": reports the story told of, read by the speaker, the speaker's claim
    if np.islower() and found[0] not in ctx.organisations and _HAD_BEFORE_VERB.search(after, 0, inner.start("verb")):
        return None  # "said workers had reported cracks": what a group did before, in the speaker's account
    if listener and np.islower() and (found[0] not in ctx.organisations or _executive(speaker, ctx)):
        return None  # ("told Reuters that the company expects …": its officer speaks for it, as "said the company expects" does not;
        # but "Rep. Jane Roe told reporters that the agency estimated …": a body the text named, a person with no post in it)
    if np[:4].lower() == "the " and np[4:].islower() and _member_of(speaker, found[0], np.split()[-1], body[:verb_end], ctx):
        return None  # "WHO representative Jane Roe said the organisation believed …", "Acme's chief
        # executive said the company expects …": one of the body's own speaks for it, and claims
    group = "denied" if inner.group("neg") else _verb_group(inner.group("verb").split()[0])
    if group == "stated":
        # "… said the agency told the committee that the North might send more troops": a
        # neutral inner verb leaves the certainty to what it says, as the outer one does
        group = _complement_certainty(after[inner.end():]) or group
    return (found[0], found[1], "reported" if found[0] == UNATTRIBUTED else group, inner.group("verb").split()[0], speaker[0])


_EXECUTIVE_WORDS = frozenset({"officer", "executive", "chief", "ceo", "cfo", "coo", "chairman", "chairwoman", "chairperson",
                              "chair", "president", "director", "manager", "spokesman", "spokeswoman", "spokesperson",
                              "head", "founder", "governor", "minister", "secretary", "commissioner", "treasurer"})


def _executive(speaker: tuple, ctx: Context) -> bool:
    """Whether a speaker is no named person, or one whose title is a post that runs or speaks
    for a body ("Chief Financial Officer Ken Ogata"): one who may speak for "the company"."""
    person = next((p for p in ctx.people if p.name == speaker[0]), None)
    if person is None:
        return True
    words = set(re.findall(r"[a-z]+", f"{person.role or ''} {speaker[1] or ''}".lower()))
    return bool(words & _EXECUTIVE_WORDS)


# titles of the head or the voice of a body, and the bodies they speak for ("Governor Jane Roe said
# the bank expected …"; not "Interior Minister Jan Roe said the fire service believes …")
_FIRM_HEADS = frozenset({"company", "firm", "group", "bank", "board", "organisation", "organization", "agency", "institute", "fund"})
_BODY_HEAD_TITLES = {"governor": frozenset({"bank"}), "minister": frozenset({"ministry", "government"}),
                     "ceo": _FIRM_HEADS, "executive": _FIRM_HEADS, "chairman": _FIRM_HEADS, "chairwoman": _FIRM_HEADS,
                     "chairperson": _FIRM_HEADS, "director": _FIRM_HEADS, "director-general": _FIRM_HEADS,
                     "representative": frozenset({"organisation", "organization", "agency", "fund", "office"}),
                     "commissioner": frozenset({"commission"}),
                     "secretary-general": frozenset({"organisation", "organization", "alliance", "union"})}


def _member_of(speaker: tuple, body_name: str, head: str, subject: str, ctx: Context) -> bool:
    """Whether a named person speaks as one of a body's own: the body's name, acronym or
    another of its names is in the person's title or in the words that name them before the
    verb ("WHO country representative Jane Roe", "Tom Roe, Acme's chief executive,")."""
    person = next((p for p in ctx.people if p.name == speaker[0]), None)
    if person is None:
        return False
    if person.role and head.lower() in _BODY_HEAD_TITLES.get(person.role.split()[-1].lower(), ()):
        return True  # "Governor Jane Roe said the bank expected …": the head of a body speaks for it
    org = next((o for o in ctx.org_actors if o.name == body_name), None)
    names = {body_name} | (org.aliases if org else set()) | ctx.written.get(body_name, set())
    words = body_name.split()
    names.add("".join(w[0] for w in words if w[:1].isupper()))  # its initials ("WHO"), merged with it only later
    if len(words) > 2 and words[-1] in word_set("company_suffixes"):
        names.add(" ".join(words[:-1]))  # "Acme Foods" for "Acme Foods Ltd"
    where = f"{person.role or ''} {subject}"
    return any(len(n) >= 2 and re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", where) for n in names
               if n[:1].isupper())


# A wire dateline with the agency's tag before the lede's subject: "SEOUL, Dec. 19 (Agency) --
# South Korea's spy agency said …", "New Delhi, Dec 18 (Agency) The ministry said …": the
# subject's clause opens after it (a name with its acronym, "The Health Organization (THO)
# Director said", has neither a date nor a dash after its brackets)
_AGENCY_DATELINE_LEAD = re.compile(
    r"[A-Z][\w’'.\-]*(?:[ /][A-Z][\w’'.\-]*){0,3}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3})?"
    r"(?P<date>,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?)?"
    r"\s*\([A-Z][^()\n]{1,40}\)\s*(?P<dash>--|—|–|-|:)?\s+(?=[A-Z\"“‘'])")


# information given out, with its giver as the agent of a passive: "The figures were shared by
# the country's military", "These estimates were provided to lawmakers by the spy agency" (the
# giver is the source; no verb of speech is needed for that)
_SHARED_BY = re.compile(r"^\W*(?:(?:the|these|those|this|that|such|its|their|his|her|new|latest|updated|initial|)\s*)+"
                        r"(?:[\w-]+\s+){0,3}?(?:figures?|numbers?|data|estimates?|information|details|assessments?|"
                        r"intelligence|findings|statistics|tolls?|tally|count|images|footage|videos?|photos|photographs|"
                        r"documents?|accounts?|reports?|casualty\s+figures)\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)"
                        r"\s+(?:\w+ly\s+|also\s+|first\s+|later\s+)?(?P<verb>shared|provided|released|given|supplied|presented|"
                        r"published|compiled|made\s+public|passed\s+on|relayed|disclosed|issued|circulated|posted|confirmed|"
                        r"announced|revealed)\s+(?:(?:to|with)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?)?by\s", re.IGNORECASE)


# listeners told something by an agent: "Lawmakers were told by the spy agency that …"
_TOLD_BY = re.compile(r"\b(?:was|were|had\s+been|have\s+been|has\s+been|being)\s+(?:\w+ly\s+)?(?P<verb>told|briefed|informed|assured)"
                      r"\s+(?:\w+\s+){0,3}?by\s+")


# a source's view as the subject: "The agency's assessment is that …", "Seoul's view is that …"
_OWNED_VIEW = re.compile(r"^\W*(?:[Tt]he\s+)?(?P<owner>[A-Z][\w.&-]*(?:\s+(?:of\s+)?[A-Z][\w.&-]*){0,5}|[a-z]+(?:\s+[a-z]+)?)[’']s?\s+"
                         r"(?:(?:latest|own|current|initial|preliminary|official|working|best|central|revised)\s+)?(?P<noun>assessment|view|estimate|conclusion|"
                         r"position|understanding|analysis|belief|judgment|judgement|finding|expectation|figure|count|tally|reckoning)\s+is\s+that\s")


# listeners a source briefed, then passing on what they heard: "Lawmakers briefed by the
# agency said …", "Senators informed by the ministry told reporters …"
_BRIEFED_GROUP = re.compile(r"^\W*(?P<group>[^,;:“”\"]{2,60}?)\s+(?:briefed|informed|debriefed|updated)\s+"
                            r"(?:\w+ly\s+)?by\s+(?P<agent>[^,;:“”\"]{2,60}?)\s+(?:said|say|says|told|tell|tells)\b")


# one who tells reporters what a closed briefing told them: "Lee, a member of the intelligence
# committee, told reporters after a closed-door briefing (by the agency) that …"
_AFTER_BRIEFING = re.compile(r"\b(?:told|tells|said\s+to)\s+(?:reporters|journalists|the\s+press)\s+(?:on\s+\w+\s+)?after\s+(?:a|the)\s+"
                             r"(?:[\w-]+\s+){0,2}?briefing(?:\s+by\s+(?P<agent>(?:the\s+)?[A-Z][^,;:“”\"]{1,60}?))?"
                             r"(?=\s+(?:on|in|at|that)\b|,|\s*$)")


def _briefed_group(body: str, attribution: tuple, ctx: Context) -> tuple | None:
    """A group that speaks for what a source briefed it on relays the source's claim: the
    source claims, reported, via the group (nested form: claimant, role, certainty, cue, via).
    So does one who tells reporters what a closed briefing told: the briefing's source named
    after "by", or the body the story named last before the sentence."""
    match = _BRIEFED_GROUP.match(body)
    if not match:
        told = _AFTER_BRIEFING.search(body) if "briefing" in body else None
        if not told or attribution[0] in (ARTICLE, UNATTRIBUTED):
            return None
        named = ctx.nearest(ctx.org_actors, lambda actor: True) if not told.group("agent") else None
        agent = _resolve(told.group("agent"), ctx) if told.group("agent") else ((named.name, None) if named else None)
        if not agent or agent[0] in (ARTICLE, UNATTRIBUTED, attribution[0]) or agent[1] == UNRESOLVED:
            return None
        return (agent[0], agent[1], "reported", attribution[3], attribution[0])
    agent = _resolve(match.group("agent"), ctx)
    if not agent or agent[0] in (ARTICLE, UNATTRIBUTED, attribution[0]) or agent[1] == UNRESOLVED:
        return None
    return (agent[0], agent[1], "reported", attribution[3], attribution[0])


# a condition opening its sentence (or its quotation) and a modal in the clause after it
_CONDITIONAL_MODAL = re.compile(r"^\W*(?:If|Unless|Should)\s[^.;:]{3,160}?,\s+(?:[\w’'-]+\s+){0,6}?(?:could|may|might|would|can)\s+(?!have\b|not\b)")
# the hedging verbs that are a source's own doubt, which a condition does not turn into a forecast
_HEDGING_VERBS_OWN = frozenset({"believe", "believes", "believed", "think", "thinks", "thought", "suspect", "suspects",
                                "suspected", "estimate", "estimates", "estimated", "assess", "assesses", "assessed",
                                "suggest", "suggests", "suggested", "fear", "fears", "feared"})


def classify_sentence(sentence: dict, text: str, ctx: Context, has_figure: bool, has_date: bool,
                      historical: bool = False, future: bool = False) -> dict:
    """One row of the claims table for one sentence.  ``historical``: every date in it lies
    well before publication (context, not news); ``future``: every date in it lies after
    publication (what is still to come)."""
    s, e = sentence["start"], sentence["end"]
    body = text[s:e]
    row = {"sentence_id": sentence["id"], "start": s, "end": e, "text": body, "kind": None,
           "claimant": None, "claimant_role": None, "via": None, "certainty": None, "cue": None}
    pats = _patterns()
    if sentence["block"] in ("caption", "furniture"):
        row["kind"] = sentence["block"]
        return row
    lead = _AGENCY_DATELINE_LEAD.match(body) if "(" in body[:100] and sentence["block"] == "body" else None
    if lead and (lead.group("date") or lead.group("dash")):
        # the dateline is no part of the clause: what follows it is read as the sentence
        s += lead.end()
        body = text[s:e]
        sentence = {**sentence, "start": s}
    label = _LABEL_BEFORE_COLON.match(body) if sentence["block"] == "headline" and ":" in body[:30] else None
    if label and _SPACES.sub(" ", label.group(1)).lower() in _headline_labels():
        # "LIVE UPDATES: Roe confirms …": the format's label, no subject of a verb ("UPDATES")
        s += label.end()
        body = text[s:e]
        sentence = {**sentence, "start": s}
    tail = _EXPLAINER_TAIL.search(body) if sentence["block"] == "headline" and ":" in body[-40:] else None
    if tail:
        # "Soldiers have died, Roe says: what we know": the format's label after the headline's claim
        e = s + tail.start()
        body = text[s:e]
        sentence = {**sentence, "end": e}
    can_match = _sentence_cues(body)  # lets most cue patterns be skipped (see _cue_index)
    if sentence["block"] != "headline" and ("definition" in can_match and pats["definition"].match(body)
                                            or " means " in body and _TERM_MEANS.match(body)
                                            or _defines_term(body, has_figure, has_date)):
        row["kind"] = "definition"
        return row

    source, according_cue = _according(body, ctx, can_match)
    relayed = _AS_REPORTED.match(body) if body[:3] in ("As ", "as ") else None
    if relayed:  # "As Meridian reported, the minister said …": the minister's words, via the outlet
        outlet = _LEADING_THE_ANY_CASE.sub("", relayed.group("outlet") or relayed.group("outlet2"))
        attribution = _verb_attribution(dict(sentence, start=s + relayed.end()), text, ctx)
        if attribution and attribution[0] not in (ARTICLE, UNATTRIBUTED, outlet):
            row["via"] = outlet
        else:  # "As Meridian reported, the plant closed in March": the outlet's report
            attribution = (outlet, None, "reported", relayed.group("verb") or relayed.group("verb2"))
    else:
        attribution = (_quoted_as_saying(sentence, text, ctx) if " as saying" in body else None) or \
            _verb_attribution(sentence, text, ctx, can_match)
    if attribution and len(attribution) == 4 and (" by " in body[:120] or "briefing" in body):
        attribution = _briefed_group(body, attribution, ctx) or attribution
    if attribution and len(attribution) == 5:  # nested: the believer claims, the speaker relays
        row["via"] = attribution[4]
        attribution = attribution[:4]
    if source and according_cue.lower() in ("according to", "per") and ("citing" in body or "quoting" in body):
        # "According to Meridian, citing the Joint Staff, …": the one cited claims, the outlet relays
        at = body.find(according_cue)
        citing = _CITING_AFTER.search(body, at, at + len(according_cue) + 80) if at >= 0 else None
        cited = _according(body[citing.start() + 1:], ctx, can_match)[0] if citing else None
        if cited and cited[0] not in (source[0], ARTICLE, UNATTRIBUTED) and cited[1] != UNRESOLVED:
            row["via"] = source[0]
            source, according_cue = cited, "citing"
            if attribution and attribution[0] in (ARTICLE, UNATTRIBUTED):
                attribution = None
    if source and attribution and attribution[0] not in (UNATTRIBUTED, ARTICLE) and _CITED_OWN_MATERIAL.fullmatch(source[0]):
        # "Roe wrote that, according to preliminary data, …": data no one else is named for are
        # what Roe bases the claim on, Roe's own
        source = None
    if source and attribution and attribution[0] not in (source[0], UNATTRIBUTED, ARTICLE) and \
            according_cue.lower() in ("according to", "per") and (_according_opens_complement(body, attribution[3], according_cue)
                                                                  or _according_opens_quote(body, attribution[3])):
        # "Roe said that, according to the agency, the troops lacked drones": the agency's account,
        # Roe passing it on (the source opens what was said, not closes it as in "Roe said …,
        # according to the agency", where the agency carries Roe's words)
        row["via"] = attribution[0]
        attribution = (source[0], source[1], "reported", according_cue)
        source = None
    if source and attribution and according_cue.lower() == "citing" and attribution[0] not in (source[0], ARTICLE):
        # "Meridian TV reported, citing a senior official": the official's claim, via the outlet
        row["via"] = attribution[0] if attribution[0] != UNATTRIBUTED else None
        attribution = (source[0], source[1], "reported", according_cue)
    elif source:
        if attribution and attribution[0] not in (source[0], UNATTRIBUTED, ARTICLE) and \
                not (attribution[0].split()[0].lower() in word_set("polled_groups") and source[0][:1].isupper()):
            # "X claimed ..., according to Y": X's claim, carried by Y (but "Analysts had expected …,
            # according to LSEG data": a consensus the data provider compiled is the provider's)
            attribution = (attribution[0], attribution[1], "reported", according_cue)
            row["via"] = source[0]
        else:
            # "No arrests were made, according to a police spokesman": the source says it did not happen
            denies = according_cue.lower() != "citing" and _negated(body, can_match)
            # (the outlet's own count, "by a count this newspaper made", is the article's statement)
            attribution = (source[0], source[1], "denied" if denies else "stated" if source[0] == ARTICLE else "reported",
                           according_cue)
            relayed_body = _relayed_subject(body, source, ctx) if according_cue.lower() == "according to" else None
            if relayed_body:
                # "According to the lawmaker, the agency put the toll down to …": what the body
                # said or found, the lawmaker passing it on (golds: the body, 10 to 2)
                row["via"] = source[0]
                attribution = relayed_body
    if attribution and attribution[0] == UNATTRIBUTED and not (
            attribution[2] == "predicted" and str(attribution[3]).startswith(_PASSIVE_CUES)):
        # (but "It was noted that the plant will open in 2028": a prediction nobody is named for)
        attribution = (UNATTRIBUTED, None, "reported", attribution[3])
    if attribution is None and (" told by " in body or " briefed by " in body or " informed by " in body or " assured by " in body):
        # "Lawmakers were told by the spy agency that …": the agent speaks, the listeners hear
        told = _TOLD_BY.search(body)
        agent = _ACCORDING_PHRASE.match(body, told.end()) if told else None
        found = _resolve(agent.group(1), ctx) if agent else None
        if found and found[0] not in (ARTICLE, UNATTRIBUTED) and found[1] != UNRESOLVED:
            rest = body[told.end():]
            attribution = (found[0], found[1], _complement_certainty(rest) or "stated", f"{told.group('verb')} by")
    if attribution is None and " by " in body:
        shared = _SHARED_BY.match(body)  # "The figures were shared by the Joint Chiefs of Staff": the agent's figures
        agent = _ACCORDING_PHRASE.match(body, shared.end()) if shared else None  # (up to a time, a place or a clause)
        found = _resolve(agent.group(1), ctx) if agent else None
        if found and found[0] not in (ARTICLE, UNATTRIBUTED) and found[1] != UNRESOLVED:
            attribution = (found[0], found[1], "stated", f"{shared.group('verb')} by")
    if attribution is None and " is that " in body:
        view = _OWNED_VIEW.match(body)  # "The agency's assessment is that …": the owner's own view
        found = _resolve(view.group("owner"), ctx) if view else None
        if found and found[0] not in (ARTICLE, UNATTRIBUTED):
            rest = body[view.end():]
            # (a figure or a count it works with is told as its own: "Portville's working figure is that …")
            certainty = "stated" if view.group("noun").lower() in ("position", "conclusion", "finding", "figure", "count", "tally") else "hedged"
            attribution = (found[0], found[1], _complement_certainty(rest) if certainty == "stated" and _complement_certainty(rest)
                           else certainty, view.group("noun"))
    if attribution is None and ("statement" in body or "release" in body or "notice" in body or "bulletin" in body):
        issued = _ISSUED_SAYING.match(body)  # "Harbour Police issued a statement saying …": the issuer's words
        found = _resolve(issued.group("np"), ctx) if issued else None
        if found and found[0] not in (ARTICLE, UNATTRIBUTED):
            rest = body[issued.end():]
            attribution = (found[0], found[1], _complement_certainty(rest) or "stated", "statement saying")
    if attribution is None and sentence["block"] == "body":
        attribution = _participle_attribution(sentence, text, ctx)
    if attribution is None and ":" in body and sentence["block"] == "body":
        attribution = _colon_quote_attribution(body, ctx)
    if attribution is None and sentence["block"] == "body" and (" continued" in body or " went on" in body):
        attribution = _continued_attribution(body, ctx)
    if attribution is None and sentence["block"] == "body" and ("”" in body or '"' in body):
        closer = _QUOTE_CLOSER.search(body)
        found = _resolve(closer.group("np"), ctx) if closer else None
        if found and found[0] not in (ARTICLE, UNATTRIBUTED) and found[1] != UNRESOLVED:
            # '…," the Bench observed on Tuesday', '…," he submitted': a court's and counsel's
            # verbs that close a quotation (alone they may be no speech: "observed a silence")
            attribution = (found[0], found[1], "stated", closer.group("verb"))
    if attribution is None and sentence["block"] == "body" and _RULING_VERB.search(body):
        attribution = _court_ruling(body, sentence, text, ctx)
    if attribution is None and "," in body:
        finding = pats["finding"].search(body)  # "…, the study found.": the research's claim
        found = _described_subject(finding.group("np"), ctx) if finding else None
        if found:
            attribution = (found[0], found[1], _complement_certainty(body[:finding.start()]) or "stated", "found")

    # a gap names what is unknown; a sentence of figures that only mentions a gap later is a claim
    gap_cue = _cue_search("gap", body) if "gap" in can_match else None
    # (so does a claim that withholds something only in a clause it ends with: "The owner was
    # arrested on Sunday, officials said, without giving his name", "confirmed that losses were
    # far above last year, but declined to give a number")
    gap = bool(gap_cue) and (not has_figure or not _DIGIT.search(body[:gap_cue.start()])) and \
        not (gap_cue.group(0).lower().startswith("without") or _TRAILING_CLAUSE_AT_END.search(body, max(0, gap_cue.start() - 50), gap_cue.start())
             or _OWN_NAME_AFTER.match(body, gap_cue.end()) and _WHO_AT_END.search(body, max(0, gap_cue.start() - 40), gap_cue.start())) or \
        " nor " in body and _NEITHER_GAP.match(body) is not None and _NEITHER_DENIAL.match(body) is None or \
        body.lstrip()[:7] == "Neither" and _NEITHER_SIDE_GAP.match(body) is not None and _NEITHER_DENIAL.match(body) is None
    if attribution is None:
        cues = []
        for certainty in ("hedged", "reported", "predicted", "denied"):
            if certainty == "hedged":
                match = _hedges(body, can_match=can_match)
            elif certainty == "predicted":
                match = _predicts(body, can_match)
                second = _SECOND_MODAL_PREDICATE.search(body) if match and " and " in body else None
                if second and match.start() >= second.start("and"):
                    match = None  # "He was remanded last month and is expected to apply for bail": what was done
            elif certainty == "denied":
                match = _denial_cue(body, can_match)
            else:
                match = _cue_search(certainty, body) if certainty in can_match else None
                if match and "," in body[:match.start()] and _side_clause_cue(body, match.start(), match.end()):
                    match = None  # "Dozens gathered …, some of whom are reportedly union members": a remark on a noun
            if match:
                cues.append((match.start(), certainty, match.group(0)))
        nothing = pats["no_has_been"].search(body)
        if nothing and not gap:  # "No arrest has been made": it has not happened
            cues.append((nothing.start(), "denied", nothing.group(0).strip()))
        negated = _negated(body, can_match)
        if negated and not gap:  # "He did not enter a plea": the article says it did not happen
            cues.append((negated.end(), "denied", negated.group(0)[-12:].strip()))
        elif not gap and " nor " in body:
            neither = _NEITHER_DENIAL.match(body)
            if neither:
                cues.append((neither.end(), "denied", "neither … nor"))
        if any(c[1] == "hedged" and "ruled out" in c[2].lower() for c in cues):
            # "Excessive speed has not been ruled out": a possibility left open, not a denial
            cues = [c for c in cues if c[1] != "denied"]
        passive_verb = _cue_search("passive_verb", body) if not cues and not gap and "passive_verb" in can_match else None
        if passive_verb and passive_verb.group(0).lower().endswith("admitted") and _ADMITTED_TO_PLACE.match(body, passive_verb.end()):
            passive_verb = None  # "was admitted to hospital"
        if cues and not gap:
            at, certainty, cue = min(cues)
            claimant = UNATTRIBUTED if certainty == "reported" else ARTICLE
            attribution = (claimant, None, certainty, cue)
            if claimant == UNATTRIBUTED and ctx.last_org and _PASSIVE_COUNT_CUE.fullmatch(cue) \
                    and _COUNT_PLACE_AFTER.match(body, at + len(cue)) \
                    and _COUNT_IN_SUBJECT.search(re.split(r"[,;—–]", body[:at].rstrip(" ,"))[-1]) \
                    and (" " in ctx.last_org or ctx.last_org.isupper()) and not is_news_organisation(ctx.last_org):
                # "five further infections were reported from Alphaville", "Infections have been
                # reported in 12 districts": a count the body giving the story's figures made (golds:
                # the body, 10 to 4), not a rumour ("It was reported that …", "were reported to be charging")
                attribution = (ctx.last_org, None, "stated", cue)
        elif passive_verb and not gap:
            # (the verb after its auxiliary, of one word or more: "was confirmed", "has been ruled out")
            verb_words = _PASSIVE_AUX.sub("", _SPACES.sub(" ", passive_verb.group(0).lower()))
            group = pats["verb_group"].get(verb_words) or pats["verb_group"].get(verb_words.split()[-1], "stated")
            if group == "denied" and verb_words.split()[-1] in _PASSIVE_DENIAL_WORDS \
                    and not _BY_AGENT_AFTER.match(body, passive_verb.end()):
                group = "stated"  # "212 ballots were rejected", "he was denied bail": done to the subject, no one denies
            attribution = (ARTICLE, None, group if group in ("confirmed", "denied") else "stated", passive_verb.group(0))
        else:
            # a gap states what is not known: in the article's voice that is a statement
            attribution = (ARTICLE, None, "stated", min(cues)[2] if cues else None)
            refusal = _REFUSAL.search(body) if gap and sentence["block"] == "body" else None
            person = _clause_subject(text, s, s + refusal.start(), ctx) if refusal else None
            if person and person[0] not in (ARTICLE, UNATTRIBUTED) and (
                    any(p.name == person[0] for p in ctx.people) or person[0].split()[-1].lower() in _role_heads() | _INSIDER_HEADS
                    or person[1] != UNRESOLVED and _BODY_REFUSES.match(refusal.group(0)) and "," not in body[:refusal.start()]):
                # "The official declined to break the figure down", "He would not give a breakdown":
                # a person who refuses to say speaks; so does a body that the sentence opens with
                # and that declines to comment or to be drawn ("The Palace again refused to be
                # drawn", "The DHSC declined to comment on the dispute": over the training golds 10
                # such refusals are the body's, 2 the article's).  A body that "would not confirm"
                # a report stays the article's note of what is unknown.
                attribution = (person[0], person[1], "stated", refusal.group(0).strip())
    elif gap and sentence["block"] == "body" and attribution[3] and (refusal := _REFUSAL.search(body)) \
            and refusal.end() <= body.find(attribution[3], refusal.end()):
        # "He would not speculate on whether Ruritania planned to send more": the verb inside
        # the question refused is no one's claim; whoever refused to answer speaks
        person = _clause_subject(text, s, s + refusal.start(), ctx)
        if person and person[0] not in (ARTICLE, UNATTRIBUTED) and any(p.name == person[0] for p in ctx.people):
            attribution = (person[0], person[1], "stated", refusal.group(0).strip())

    if sentence["block"] == "body" and attribution[0] == ARTICLE and ":" in body[:50] and (bullet := _BULLET.match(body)):
        # "- FEA: some 1,100 people are still in shelters": a listed point that names its source before
        # a colon speaks for it, as a headline so written does
        found = _headline_source(body[bullet.end():], ctx)
        if found:
            attribution = (found[0], found[1], attribution[2], found[3])
    if sentence["block"] == "headline" and attribution[1] == UNRESOLVED:
        # "Minister praises …" with no minister in the story (what the verb's clause says of
        # certainty stands: "Minister says claims untrue")
        attribution = (ARTICLE, None, attribution[2], None)
    if sentence["block"] == "headline" and attribution[0] != ARTICLE and _HEADLINE_QUOTED_WORDS.match(body):
        # 'Tarnow "deeply alarmed" after Jan Roe confirms sinking': the quoted words open the
        # headline and are its subject's, whoever acts in the clause after them
        attribution = _headline_subject(body, ctx) or attribution
    if sentence["block"] == "headline" and attribution[0] == ARTICLE and attribution[2] == "stated":
        attribution = _headline_subject(body, ctx) or _headline_source(body, ctx) or \
            _headline_description(body, ctx) or _headline_described_source(body, ctx) or attribution
    elif sentence["block"] == "headline" and attribution[0] == ARTICLE:
        # a headline whose words set a certainty ("Ministry calls reports fake news", "Minister
        # is to visit …") still has its subject for a source; the certainty stays the cue's
        found = _headline_subject(body, ctx) or _headline_source(body, ctx) or _headline_description(body, ctx) or \
            _headline_described_source(body, ctx)
        if found:
            attribution = (found[0], found[1], attribution[2] if found[2] == "stated" else found[2], found[3])
    if sentence["block"] == "headline" and attribution[0] not in (ARTICLE, UNATTRIBUTED) and body.startswith(attribution[0]) \
            and all(w.islower() for w in attribution[0].split()[1:]) and attribution[0][1:2].islower() \
            and not any(a.name == attribution[0] for a in ctx.org_actors) \
            and not re.search(rf"\b[Tt]he\s+{re.escape(attribution[0])}\b", ctx.text[sentence["end"]:]):
        # ("Pentagon says …" where the story writes "the Pentagon": a name, not a description)
        # "Spy agency says …", "Company reports …": a description in a headline's sentence case
        # is the body the story names, as the story would write it ("the spy agency")
        found = _headline_description(body, ctx) or _resolve("the " + attribution[0][0].lower() + attribution[0][1:], ctx)
        if found and found[0] not in (ARTICLE, UNATTRIBUTED) and found[1] != UNRESOLVED:
            attribution = (found[0], found[1], attribution[2], attribution[3])
    if sentence["block"] == "headline" and attribution[0].startswith("Government of ") and attribution[3] in _headline_acts():
        # "…, says Portville intelligence chief": the place before the description says whose chief,
        # the chief the story names is the source
        found = _headline_described_source(body, ctx)
        if found:
            attribution = (found[0], found[1], attribution[2], attribution[3])
    if sentence["block"] == "headline" and attribution[0] not in (ARTICLE, UNATTRIBUTED) and _REPORT_TITLE.match(body):
        # "Quarterly Activities Report – September 2025 Quarter": a document's title, no one reporting
        attribution = (ARTICLE, None, "stated", None)
    if sentence["block"] == "headline" and attribution[0] not in (ARTICLE, UNATTRIBUTED) and _source_after_own_clause(body):
        attribution = (ARTICLE, None, "stated", None)
    if sentence["block"] == "headline" and attribution[2] == "stated" and attribution[3] is None and _headline_future(body):
        attribution = (attribution[0], attribution[1], "predicted", "to")  # "Harbour Line to build new terminal"
    if attribution[0] == UNATTRIBUTED and attribution[3] and _PASSIVE_FORECAST_CUE.match(attribution[3]) \
            and _WEATHER_SUBJECT.match(body):
        # "It is expected to leave the Philippine Area of Responsibility on Wednesday": a storm's
        # track is the forecast of the weather service the story named
        forecaster = _forecaster(ctx)
        if forecaster:
            attribution = (forecaster, None, "predicted", attribution[3])
    if future and attribution[0] == ARTICLE and attribution[2] == "stated" and sentence["block"] == "body" \
            and not _PAST_OR_PERFECT.search(body):
        # "The trial starts on January 13", "The team travels on Wednesday": a present tense
        # with a date still to come tells what is scheduled, not what has happened
        attribution = (ARTICLE, None, "predicted", "future date")
    if sentence["block"] == "body" and (view := _FOR_PERSON_VIEW.match(body)) \
            and (person := _resolve(view.group("name"), ctx)) and any(p.name == person[0] for p in ctx.people):
        # "For Jane Roe, who teaches security at Tarnow, the admission matters more …": the
        # view of the person the sentence opens with and describes (a place opening it, "For
        # Seoul, the stakes are …", is what the view is about)
        attribution = (person[0], person[1], "stated", "for")
    elif attribution[0] not in (ARTICLE, UNATTRIBUTED) and attribution[3] and attribution[3].lower() in _thought_verbs() \
            and (verb := re.search(rf"\b{re.escape(attribution[3])}\b", body)) \
            and _MODAL_BEFORE_CUE.search(body[:verb.start()]):
        modal = _MODAL_BEFORE_CUE.search(body[:verb.start()])
        # "Tarnow will expect to be paid", "That should worry Portville", "every side will dispute
        # it": a verb of thought or denial under a modal is what the sentence foresees of its
        # subject, not what the subject holds (in a quotation, its speaker's: see _attribute_quotes)
        attribution = (ARTICLE, None, "predicted" if modal.group("modal").lower() in ("will", "would", "'ll", "’ll")
                       else "hedged", modal.group("modal"))
    row["claimant"], row["claimant_role"], row["certainty"], row["cue"] = attribution
    if row["certainty"] == "hedged" and (row["cue"] or "").lower() not in _HEDGING_VERBS_OWN \
            and _CONDITIONAL_MODAL.search(body):
        # "If the rain returns, the river could burst its banks": what follows on a condition
        # is foreseen (golds read such sentences 42 to 6 as predicted); a source's own hedging
        # verb still decides ("Roe believes that, if …, the army could …")
        row["certainty"] = "predicted"
    if gap and row["certainty"] in ("denied", "predicted"):
        # "He said the agency had not given a figure", "The ministry said it would not comment":
        # what is withheld, stated, neither denied nor foreseen
        row["certainty"] = "stated"
    if row["claimant"] not in (ARTICLE, UNATTRIBUTED) and not row["via"]:
        row["via"] = _conduit(body, can_match)
        if row["via"] == row["claimant"]:
            row["via"] = None
    article_voice = row["claimant"] == ARTICLE and row["certainty"] == "stated"
    if sentence["block"] == "headline":
        row["kind"] = "headline"
    elif gap:
        row["kind"] = "gap"
    elif article_voice and (historical or not has_date and _PAST_DECADE.search(body)):
        # "Floods in 2022 submerged a third of the country"; "Much of the bog was ploughed in
        # the 1980s" (a decade or a century gone: history, though no day can be given it)
        row["kind"] = "background"
    elif article_voice and ("reat" in body or "act" in body or "ccord" in body or "orce" in body) and _TREATY_CONTEXT.search(body):
        # "Freedonia and Ruritania signed a mutual defence treaty in June", "The pact took effect
        # on Dec. 4", "It entered into force on December 4": the compact the news plays out under
        row["kind"] = "background"
    elif (pats["backstory"].match(body) or body.lstrip()[:5] == "Under" and _UNDER_RULE.match(body)) and row["certainty"] != "predicted":
        row["kind"] = "background"  # "At the time, the council estimated repairs at €1.2 million": the story's past
    elif article_voice and row["cue"] is None and _NTH_OF_ITS_KIND.match(body):
        row["kind"] = "background"  # "It is the third ferry accident on the lake this year": context for the news
    elif article_voice and row["cue"] is None and not has_figure and not has_date and not _reports_event(body):
        row["kind"] = "background"
    elif (article_voice and row["cue"] is None or row["certainty"] == "reported" and row["cue"] and
          row["cue"].lower() == "according to") and not has_date and _standing_fact(body):
        # "It employs more than 2,400 people", "… draws 40,000 visitors each winter", "Around
        # a third of the workforce depends on herding, according to government statistics"
        row["kind"] = "background"
    else:
        row["kind"] = "claim"
    return row


# "Under the constitution, the winning party has three days …", "Under Romanian law, the agency
# can fine …": the rules the news plays out under, background
_UNDER_RULE = re.compile(r"^\W*Under\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w’'-]*\s+|new\s+|current\s+|existing\s+|federal\s+|national\s+)?"
                         r"(?:law|laws|constitution|rules|regulations|treaty|charter|legislation|statute|code)\b")
_TREATY_CONTEXT = re.compile(r"\b(?:(?:signed|ratified|concluded)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,5}?(?:treaty|pact|accord)\b"
                             r"|(?:[Tt]reaty|[Pp]act|[Aa]ccord|^\W*It)\b[^.;]{0,80}?\b(?:took|takes|came|comes)\s+(?:into\s+)?(?:effect|force)\b"
                             r"|(?:[Tt]reaty|[Pp]act|[Aa]ccord|^\W*It)\b[^.;]{0,80}?\b(?:entered|enters)\s+into\s+force\b)")
_PAST_DECADE = re.compile(r"\b(?:1[0-9][0-9]0s|20[01]0s|\d{1,2}(?:st|nd|rd|th)\s+century)\b")


@lru_cache(maxsize=1)
def _thought_verbs() -> frozenset[str]:
    """Verbs of thought, foresight and denial (the lexicon's hedged, predicted and denied
    reporting verbs): "believe", "expect", "dispute"; and of a publication to come ("The
    office will publish its data on Friday", "It will report full-year results": a schedule
    the article tells, 6 to 3 in the training golds)."""
    groups = lexicon()["reporting_verbs"]
    return frozenset(w.lower() for group in ("hedged", "predicted", "denied") for w in groups[group]) \
        | {"publish", "report", "release"}


# "For Jane Roe, who teaches …, the …" / "For Jane Roe, a professor of …, the …"
_FOR_PERSON_VIEW = re.compile(r"^\W*For\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),\s+(?:who\s|an?\s+[a-z]|the\s+[a-z])"
                              r"[^,;“”\"]{3,160},\s+(?:the|a|an|this|that|it|its|what|[A-Z][a-z]+)\b")
# a modal right before a verb of thought or denial (see the attribution's end)
_MODAL_BEFORE_CUE = re.compile(r"(?<![\w’'])(?P<modal>will|would|may|might|could|should|must|[’']ll)\s+(?:not\s+|also\s+|\w+ly\s+)?$",
                               re.IGNORECASE)
# a past or perfect verb ("was adjourned until", "has set the hearing for"): something already done
_PAST_OR_PERFECT = re.compile(r"\b(?:was|were|had|did|has|have|said|told|[a-z]{3,}ed)\b", re.IGNORECASE)


_TIME_AGO_AFTER = re.compile(r"\s+(?:earlier|ago|before|after|later|on|since|from|into)\b", re.IGNORECASE)
_TIME_SPAN_BEFORE = re.compile(r"\b(?:from|than|over|within|in|for|half|about|nearly|almost|than|after|before|since|of)\s+$", re.IGNORECASE)


def _standing_fact(body: str) -> bool:
    """Whether a sentence tells a standing or recurring fact in the present ("employs", "is
    home to", "… a year") and nothing done, foreseen or under way."""
    if "standing" not in _sentence_cues(body) or _PAST_OR_PERFECT.search(body) or _patterns()["progressive_passive"].search(body):
        return False
    for match in _cue_matches("standing", body):
        if match.group(0).lower().startswith("a ") and (_TIME_AGO_AFTER.match(body, match.end())
                                                        or _TIME_SPAN_BEFORE.search(body, max(0, match.start() - 12), match.start())):
            continue  # "up 12% from a year earlier", "higher than a year ago": a comparison's baseline, not a recurrence
        return True
    return False


def _reports_event(body: str) -> bool:
    """Whether an article-voice sentence says something happened (a past event verb, a
    present perfect, an ongoing passive) rather than describing a standing state."""
    pats = _patterns()
    return bool(pats["event"].search(body) or pats["perfect"].search(body) or pats["progressive_passive"].search(body)
                or (" was " in body or " were " in body) and _PAST_PASSIVE_EVENT.search(body)
                or ("ing" in body and _ONGOING.search(body))
                or " found " in body and _VERDICT.search(body))


# "The jury found Vance guilty on all counts", "found the company liable": a verdict given
_VERDICT = re.compile(r"\bfound\s+(?:[\w’'.-]+\s+){1,4}?(?:not\s+)?(?:guilty|liable|innocent)\b")


# "Rescue teams were deployed", "The company itself was fined", "Power was cut": something done
# to someone (not "was based in", "was known as", "was born in": what a thing is)
_PAST_PASSIVE_EVENT = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+|also\s+|then\s+)?(?!(?:based|located|known|named|called|considered|"
                                 r"regarded|seen|designed|intended|supposed|situated|married|born|used|expected|scheduled|due|"
                                 r"thought|believed|described|headed|led|owned|run|made\s+up|composed|related|linked|aware|able|"
                                 r"unable|interested|involved|concerned|worried|pleased|satisfied|surprised|determined|prepared|"
                                 r"ready|entitled|required)\b)"
                                 r"(?:[a-z]{3,}ed|cut|hit|shut|put|set|held|sent|told|shot|struck|left|lost|taken|given|"
                                 r"thrown|torn|found|brought|caught|kept|built|sold|paid|beaten|stolen|driven|blown|sworn|"
                                 r"withdrawn|overrun|swept|spread)\b")
# "Water levels are still rising", "Hundreds are sheltering in schools": something under way
_ONGOING = re.compile(r"\b(?:is|are)\s+(?:still\s+|now\s+|already\s+)?(?!(?:some|no|any|every)thing\b|morning\b|evening\b|"
                      r"building\b|ceiling\b|during\b|king\b|ring\b|spring\b|string\b|wing\b|willing\b|"
                      r"interesting\b|amazing\b|outstanding\b|going\s+to\b)[a-z]{2,}ing\b")


# "Tarnowka is the worst hit", "Turnout is the second factor": a rank, no definition
_RANK_AFTER_IS = re.compile(r"(?:the\s+)?(?:worst|best|most|least|largest|biggest|smallest|first|second|third|fourth|fifth|"
                            r"last|only|main|latest|next|highest|lowest|[a-z]+est)\b")
# "A suspected case is a patient who has …": a kind of thing defined by what makes one
_GENERIC_TERM_DEFINITION = re.compile(r"^(?:An?)\s+[a-z]+(?:[ -][a-z]+){0,2}\s+(?:is|means)\s+(?:a|an|any|the)\s+[a-z]+"
                                      r"(?:\s+[a-z]+)?\s+(?:who|that|which|in\s+which|whose|where)\b")
# "The attack rate (AR) is the share of …": a term and its initials, then what it is
_ACRONYM_TERM_DEFINITION = re.compile(r"^The\s+[a-z]+(?:[ -][a-z]+){0,4}\s+\([A-Z]{2,6}\)\s+(?:is|are)\s+(?:a|an|the)\s+"
                                      r"[a-z]+\s+(?:of|in|for|that|which|who)\b")


def _defines_term(body: str, has_figure: bool, has_date: bool) -> bool:
    """"Cholera is an acute diarrhoeal infection ...", "Wire fraud is the use of ...": a bare
    common-noun term (no article, no name) said to be a kind of thing."""
    if not has_figure and not has_date and (_GENERIC_TERM_DEFINITION.match(body) or _ACRONYM_TERM_DEFINITION.match(body)):
        return True
    match = _patterns()["term_definition"].match(body)
    if not match or has_figure or has_date or _RANK_AFTER_IS.match(body, match.end() - 1):
        return False
    term = match.group("term")
    first = term.split()[0]
    if first in lexicon()["not_name_words"] or is_geo_name(term) or is_organisation(term):
        return False
    return not _FIRST_PERSON_AFTER.search(body[match.end():])


def extract_claims(text: str, sentences: list[dict], people: list[Actor],
                   figure_sentences: set[int], date_sentences: set[int],
                   organisations: list[Actor] | None = None,
                   states: list[Actor] | None = None, written: dict[str, set[str]] | None = None,
                   historical_sentences: set[int] | None = None, future_sentences: set[int] | None = None) -> list[dict]:
    """Rows of the claims table, one per sentence, in order.  ``future_sentences``: those
    whose every date lies after publication."""
    original = sentences
    text, sentences = _double_quoted(text, sentences)
    text, sentences = _without_party_tags(text, sentences)
    ctx = Context(people, organisations, text)
    ctx.state_actors = states or []
    if written is not None:
        ctx.written = written  # the caller keeps the names the text used for each claimant
    historical_sentences = historical_sentences or set()
    future_sentences = future_sentences or set()
    rows = []
    named_before = []  # the person last named before each sentence: who an unattributed quote is likeliest to be
    for sentence in sentences:
        named_before.append(ctx.last_person)
        ctx.previous = (rows[-1]["start"], rows[-1]["end"]) if rows and sentences[len(rows) - 1]["block"] == sentence["block"] else None
        # a description looks back from its sentence; a headline's, over the whole story
        ctx.pos = len(text) if sentence["block"] == "headline" else sentence["start"]
        ctx.ahead = sentence["end"] if sentence["block"] == "headline" else None
        rows.append(classify_sentence(sentence, text, ctx, sentence["id"] in figure_sentences,
                                      sentence["id"] in date_sentences, sentence["id"] in historical_sentences,
                                      sentence["id"] in future_sentences))
        claimant = rows[-1]["claimant"]
        if claimant and claimant not in (ARTICLE, UNATTRIBUTED) and rows[-1]["claimant_role"] != UNRESOLVED:
            ctx.claimants.append(claimant)
            if " as " in rows[-1]["text"] or "called" in rows[-1]["text"]:
                _known_as(rows[-1]["text"], claimant, ctx)
            if (", a " in rows[-1]["text"] or ", an " in rows[-1]["text"] or ", the " in rows[-1]["text"]) \
                    and not any(p.name == claimant for p in people):
                _described_as(rows[-1]["text"], claimant, ctx)
        if claimant and "," in rows[-1]["text"] and any(p.name == claimant for p in people):
            _appositive_post(rows[-1]["text"], claimant, ctx)
        if claimant and claimant not in (ARTICLE, UNATTRIBUTED) and rows[-1]["claimant_role"] != UNRESOLVED \
                and "spokes" in rows[-1]["text"] and not any(p.name == claimant for p in people):
            ctx.spoken_for = (claimant, rows[-1]["claimant_role"])  # whom "the spokesperson" speaks for next
        if claimant and claimant not in (ARTICLE, UNATTRIBUTED):
            # a source other than a person or a state is what a later "they" can stand for
            ctx.last_group = claimant if _plural_source(claimant, people) else None
            if not any(p.name == claimant for p in people) and not claimant.startswith("Government of ") and \
                    rows[-1]["claimant_role"] != UNRESOLVED and claimant.split()[-1] not in lexicon()["research_nouns"]:
                ctx.last_org = claimant  # the body the claim was put to, whatever else was tried on the way
        if sentence["block"] == "body":
            ctx.last_speaker = next((p for p in people if p.name == claimant), None) if claimant else None
            ctx.last_unnamed = (claimant, rows[-1]["claimant_role"]) if claimant and _one_unnamed_speaker(claimant, rows[-1]["claimant_role"]) else None
        # the last person named in a sentence is who "he"/"she" means next
        for r_start, _r_end, run in capitalised_runs(text, sentence["start"], sentence["end"]):
            person = resolve_person(people, run)
            if person:
                ctx.last_person = person
    _unsay_quoted_verbs(text, sentences, rows)
    _attribute_quotes(sentences, rows, text, ctx.speakers)
    _attribute_quote_paragraphs(text, sentences, rows, named_before, ctx.speakers)
    if "Q:" in text:
        _attribute_answers(text, sentences, rows, named_before)
    elif text.count("?") >= 2:
        _attribute_unmarked_answers(text, sentences, rows, named_before)
    _attribute_listed_points(text, sentences, rows, ctx)
    _table_titles(text, sentences, rows)
    if "?" in text:
        _questions_asked(sentences, rows)
    if ":\n" in text:
        _attribute_quoted_documents(text, sentences, rows)
    _attribute_release_figures(text, sentences, rows, figure_sentences, ctx.org_actors)
    if "Of " in text:
        _attribute_subsets(sentences, rows, figure_sentences)
    if "reported" in text or "posted" in text:
        _attribute_reported_results(text, sentences, rows, figure_sentences)
    _attribute_quoted_headline(sentences, rows, people)
    _attribute_headline_group(sentences, rows)
    if "It " in text:
        _attribute_relayed_it(sentences, rows)
    if "live" in text.lower()[:300]:
        _attribute_entry_headlines(sentences, rows)
    if "other " in text or "remaining " in text or "rest " in text:
        _attribute_rest_of_group(sentences, rows)
    _speak_for_the_issuer(text, sentences, rows, ctx.org_actors)
    if "/" in text:
        _attribute_speaker_labels(text, sentences, rows, people)
    _attribute_transcript_turns(text, sentences, rows, people)
    if ":" in text or "[" in text:
        _transcript_courtesies(sentences, rows)
    if "This" in text or "That" in text:
        _attribute_back_references(text, sentences, rows)
    if sentences is not original:
        for row, sentence in zip(rows, original):
            row["text"] = sentence["text"]  # (the sentence as the article writes it)
    return rows


# a transcript's lines that say nothing: a speaker's label alone with the time it is said at
# ("JANE ROE [00:01:18]"), and a turn of greeting or thanks ("HOST: Good evening.", "ROE: Thank
# you for inviting me.", "HOST: Dr Jane Roe, thank you.", "HOST: You're watching …")
_TRANSCRIPT_COURTESY = re.compile(
    r"^\W{0,2}(?P<label>[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,3})"
    r"(?:\s*\[\d{1,2}:\d{2}(?::\d{2})?\]\s*$"
    r"|:\s+(?:(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*,\s+)?(?:thank\s+you|thanks(?!\s+to\b))\b[^.?!]{0,30}[.!]?\s*$"
    r"|:\s+(?:(?:good\s+)?(?:morning|evening|afternoon)|hello|hi|welcome)\b[^.?!]{0,20}[.!]?\s*$"
    r"|:\s+you[’']re\s+(?:listening\s+to|watching)\b)", re.IGNORECASE)


def _transcript_courtesies(sentences: list[dict], rows: list[dict]) -> None:
    """A transcript's lines that carry no claim, a speaker's label alone or a greeting or
    thanks, are background in nobody's voice (the training golds 25 of 25)."""
    for sentence, row in zip(sentences, rows):
        found = _TRANSCRIPT_COURTESY.match(sentence["text"]) if sentence["block"] == "body" and row["kind"] != "furniture" else None
        if found and found.group("label").upper() == found.group("label"):
            row.update(kind="background", claimant=None, claimant_role=None, via=None, certainty=None)


# quotation marks in single quotes, as British and South Asian copy sets them: "'We told the
# panchayat," (an opening mark before a capital, after a space or a line's start; a closing
# one after a stop or a comma, before a space or the line's end)
_STRAIGHT_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–]))'(?=[A-Z0-9])", re.MULTILINE)
_STRAIGHT_CLOSE = re.compile(r"(?<=[.,?!])'(?=[\s)\]]|$)", re.MULTILINE)


def _double_quoted(text: str, sentences: list[dict]) -> tuple[str, list[dict]]:
    """The text and its sentences with quotation marks in single quotes written as double
    ones (one character for one: every offset stays), when the text quotes its speakers in
    single marks (two opening marks and two closing ones at least); else both unchanged.
    The rules for quotations read double marks; an apostrophe ("don't", "farmers' union")
    is never taken for a mark."""
    if text.count("'") < 4:
        return text, sentences
    opening = [m.start() for m in _STRAIGHT_OPEN.finditer(text)]
    closing = [m.start() for m in _STRAIGHT_CLOSE.finditer(text)]
    if len(opening) < 2 or len(closing) < 2:
        return text, sentences
    chars = list(text)
    for at in opening + closing:
        chars[at] = '"'
    quoted = "".join(chars)
    return quoted, [dict(s, text=quoted[s["start"]:s["end"]]) for s in sentences]


# an American legislator's party and state set off after the name: "Sen. Jane Roe, R-Mont.,
# said", "Rep. Tom Kay, D-Ore., wrote"
_PARTY_TAG = re.compile(r",\s+[DRI]-[A-Z][A-Za-z.]{1,6},(?=\s)")


def _without_party_tags(text: str, sentences: list[dict]) -> tuple[str, list[dict]]:
    """The text and its sentences with a legislator's party-and-state tag blanked (spaces for
    its characters: every offset stays), so the name before it is the verb's subject."""
    if "-" not in text or not _PARTY_TAG.search(text):
        return text, sentences
    blank = _PARTY_TAG.sub(lambda m: " " * len(m.group(0)), text)
    return blank, [dict(s, text=blank[s["start"]:s["end"]]) for s in sentences]


# a sentence that names the source of what the paragraph said before it: "This was stated by
# President Jane Roe in her evening address", "This was reported by the ministry on
# Telegram", "This is according to the General Staff" (Ukrainian and other outlets' form)
_BACK_REFERENCE = re.compile(r"^\W*(?:This|That|This\s+information|The\s+information)\s+(?:(?:was|is|has\s+been)\s+(?:\w+ly\s+)?"
                             r"(?:stated|said|reported|announced|confirmed|declared|noted|written|posted|claimed|disclosed)\s+by"
                             r"|is\s+according\s+to)\s"
                             r"|^\W*(?:This|That)[’']s\s+according\s+to\s")  # ("That's according to the ministry": broadcast copy)


def _attribute_back_references(text: str, sentences: list[dict], rows: list[dict]) -> None:
    """Give the sentences of a paragraph before "This was stated by X" (in the article's
    voice so far) to X, with the certainty that sentence gives its source's words."""
    for i, (sentence, row) in enumerate(zip(sentences, rows)):
        if not i or sentence["block"] != "body" or row["claimant"] in (None, ARTICLE, UNATTRIBUTED) \
                or not _BACK_REFERENCE.match(text[sentence["start"]:sentence["start"] + 60]):
            continue
        j = i
        while j > 0 and "\n" not in text[sentences[j - 1]["end"]:sentences[j]["start"]]:
            j -= 1
            before = rows[j]
            if sentences[j]["block"] != "body" or before["claimant"] != ARTICLE or before["kind"] not in ("claim", "background"):
                break
            before.update(claimant=row["claimant"], claimant_role=row["claimant_role"], via=row["via"], kind="claim",
                          certainty=row["certainty"] if before["certainty"] == "stated" else before["certainty"])


# a broadcast transcript's caption naming who speaks next: "[Jane Roe / Unity Party]",
# "Jane Roe / Deputy Minister", or with the words inside it: "[Jane Roe / Minister: "…"]"
_SPEAKER_LABEL = re.compile(r"^\W{0,2}?\[?\s*(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s*/\s*"
                            r"(?P<role>[^\]\n:/“”\"]{2,80}?)\s*(?:\]\s*$|$|:\s*[“\"])")


def _attribute_speaker_labels(text: str, sentences: list[dict], rows: list[dict], people: list[Actor]) -> None:
    """A transcript's speaker caption ("[Jane Roe / Unity Party]") gives the paragraph after
    it, which has no attribution of its own, to that speaker; a caption with the words in
    it is the speaker's too.  Sentences attributed to someone else are left alone."""
    speaker = None  # (name, role) of the caption before, while its paragraph lasts
    for i, (sentence, row) in enumerate(zip(sentences, rows)):
        body = text[sentence["start"]:sentence["end"]]
        label = _SPEAKER_LABEL.match(body) if "/" in body[:60] else None
        if label and (sentence["block"] == "caption" or is_news_organisation(label.group("role").strip())
                      or label.group("role").strip() in word_set("photo_agencies")
                      or row["kind"] == "furniture" and (label.group("name").isupper() or is_news_organisation(label.group("name"))
                                                         or body.lstrip()[:1] == "(")):
            # "Jane Roe / AFP", "THE MAPLE WIRE/Jane Roe", "(Jane Roe/Gulf Coast Ledger)": a
            # photographer's credit, no speaker
            label = None
        if label and not is_geo_name(label.group("name")) and not is_organisation(label.group("name")):
            person = resolve_person(people, label.group("name"))
            who = (person.name, person.role) if person else (label.group("name"), label.group("role").strip())
            if label.group(0).rstrip().endswith(("“", '"')) and row["kind"] not in ("headline",):
                if row["claimant"] in (None, ARTICLE, UNATTRIBUTED):  # "[Jane Roe / Minister: "…"]"
                    row.update(claimant=who[0], claimant_role=who[1], kind="claim" if row["kind"] == "furniture" else row["kind"])
                    if row["certainty"] is None:
                        row["certainty"] = _complement_certainty(body[label.end():]) or "stated"
                speaker = None
            else:
                speaker = who
            continue
        if speaker is None:
            continue
        gap = text[sentences[i - 1]["end"]:sentence["start"]] if i else ""
        if sentence["block"] != "body" or row["kind"] == "furniture" or ("\n" in gap and not _SPEAKER_LABEL.match(
                text[sentences[i - 1]["start"]:sentences[i - 1]["end"]])):
            speaker = None  # the caption's paragraph is over
            continue
        if row["claimant"] in (ARTICLE, UNATTRIBUTED):
            row.update(claimant=speaker[0], claimant_role=speaker[1], via=None)
            if row["certainty"] == "reported":
                row["certainty"] = "stated"
            if row["kind"] == "background":
                row["kind"] = "claim"


def _attribute_transcript_turns(text: str, sentences: list[dict], rows: list[dict], people: list[Actor]) -> None:
    """An interview set as a transcript, each turn opened by its speaker's surname in capitals
    ("JONES: Does that surprise you?" … "ROE: Not at all. …"): a turn's paragraphs, up to the
    next label, are the speaker's, when the label names a person the story names.  The
    interviewer, whose turns are all questions, is left alone; so is a sentence another source
    is given, and a paragraph naming the speaker in the third person ends the turn (the story's
    own voice again: "The agency, where Roe served, does not comment …")."""
    labels = turn_labels(text)
    if not labels:
        return  # (one "WARNING: …" or "UPDATE: …" is no transcript)
    turns = []  # (first sentence of the turn, the person, the label's sentence)
    for i, sentence in enumerate(sentences):
        if i == 0 or "\n" in text[sentences[i - 1]["end"]:sentence["start"]]:
            label = TURN_LABEL.match(text, sentence["start"], sentence["end"]) if sentence["block"] == "body" else None
            # (a label on a line of its own, "ROE [00:02:10]": the turn is the lines below it; the
            # first, under the title, may read as page furniture)
            alone = None if label else LABEL_LINE.match(text, sentence["start"], sentence["end"])
            label = label or alone
            if label and label.group("name") in labels:
                # (the label is the speaker's surname or whole name, not any part of it: "KIM:"
                # is no turn of a "Kim Jong Un" the story names)
                person = resolve_person(people, label.group("name").title())
                # (or the first word of a name written family name first, its given name joined
                # by a hyphen: "PARK:" for "Park Sang-ho")
                named = person is not None and (label.group("name") in (person.name.upper(), person.name.split()[-1].upper())
                                                or " " in person.name and "-" in person.name.split()[-1]
                                                and label.group("name") == person.name.split()[0].upper())
                if not named and alone and " " in label.group("name").strip():
                    # a whole name labelling a turn on its own line is a speaker, named or not
                    # in the story's prose ("Welcome back. I'm Jane Roe.")
                    person, named = Actor(name=" ".join(label.group("name").title().split()), kind="person"), True
                turns.append((i + 1 if alone else i, person if named else None, i))
    asks = {}  # a speaker -> whether every turn of theirs ends in a question
    for k, (i, person, _) in enumerate(turns):
        end = turns[k + 1][2] if k + 1 < len(turns) else len(sentences)
        if person is not None and i < end:
            last = max(j for j in range(i, end) if j == i or "\n" not in text[sentences[i]["end"]:sentences[j]["start"]])
            asks[person.name] = asks.get(person.name, True) and text[sentences[last]["start"]:sentences[last]["end"]].rstrip().endswith("?")
    for k, (i, person, _) in enumerate(turns):
        if person is None or asks.get(person.name):
            continue
        surname = person.name.split()[-1]
        end = turns[k + 1][2] if k + 1 < len(turns) else len(sentences)
        for j in range(i, end):
            sentence, row = sentences[j], rows[j]
            if sentence["block"] != "body" or j > i and "\n" in text[sentences[j - 1]["end"]:sentence["start"]] \
                    and surname in text[sentence["start"]:sentence["end"]]:
                break  # (the turn is over)
            if row["claimant"] in (ARTICLE, UNATTRIBUTED):
                row.update(claimant=person.name, claimant_role=person.role, via=None)
                if row["certainty"] == "reported":
                    row["certainty"] = "stated"


# a source's periodic release of figures, named in the lede: "…, the agency said in its
# latest update", "In its monthly report, the bureau said …", "the firm reported a rise in
# quarterly profit"
_DATA_RELEASE = re.compile(r"\b(?:in|released|published|issued)\s+(?:its|their|a|the)\s+(?:(?:latest|daily|weekly|monthly|quarterly|"
                           r"annual|regular|situation|half-yearly|final|preliminary|provisional|official|initial|full|interim|half-year|first-half|nine-month|(?:first|second|third|fourth)-quarter|trading|business)\s+)*(?:bulletin|update|situation\s+report|report|results|earnings|filing|data)\b"
                           # ("In its six o'clock bulletin, the council says …", "According to the department's daily bulletin, …")
                           r"|\b(?:[Ii]n|[Aa]ccording\s+to)\s+(?:its|their|the)\s+(?:[\w’'-]+\s+){0,3}?(?:bulletin|situation\s+report)\b"
                           # ("The board approved the final results of …", "declared the official results")
                           # (not "announced the results": on the training golds that gave a firm's release to the
                           # firm where its gold has the story's voice, and a returning officer's count to him, not
                           # to his commission)
                           r"|\b(?:approved|confirmed|declared|certified)\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?results\b"
                           # ("…, its latest situation report shows")
                           r"|\b(?:its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:bulletin|situation\s+report|update)\s+(?:shows|showed|says|said)\b"
                           r"|\breported\b.{0,60}\b(?:results|profit|loss|revenue)"
                           # a statistics office's release: "…, Statistics Canada said Friday"
                           r"|(?-i:\bStatistics\s+[A-Z]|\b(?:Bureau|Office|Institute|Agency|Department)\s+(?:of|for)\s+(?:[A-Z]\w+\s+)?Statistics\b)",
                           re.IGNORECASE)


# a firm's results in the lede, by the period they cover and what they measure: "Alpha reported
# a 12% drop in third-quarter operating income", "Beta said its first-half profit doubled"
_RESULTS_PERIOD = re.compile(r"\b(?:(?:first|second|third|fourth)[- ]quarter|(?:first|second)[- ]half|nine[- ]month|full[- ]year|"
                             r"half[- ]year(?:ly)?|quarterly|Q[1-4]|H[12]|fiscal|financial[- ]year|(?:the\s+)?(?:July|April|October|January)-"
                             r"(?:September|June|December|March)\s+(?:quarter|period)|12\s+months\s+to)\b", re.IGNORECASE)
_RESULTS_MEASURE = re.compile(r"\b(?:profits?|loss|revenues?|sales|(?:net|operating)\s+income|earnings|EBITD?A|EBIT|results)\b", re.IGNORECASE)


# a firm's officer, who speaks for it in the release of its results
_EXECUTIVE_POST = re.compile(r"\b(?:chief\s+\w+\s+officer|chief\s+executive|CEO|CFO|COO|finance\s+director|chair(?:man|woman|person)?|"
                             r"managing\s+director|president)\b", re.IGNORECASE)


def _results_lede(text: str) -> bool:
    return bool(_RESULTS_PERIOD.search(text) and _RESULTS_MEASURE.search(text))


@lru_cache(maxsize=1)
def _market_reaction_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon()["market_reaction_words"])


# the market's forecast a release is set against: "Analysts polled by Alpha had expected …",
# "the consensus forecast of economists"
_CONSENSUS = re.compile(r"\bpolled\s+by\b|\bconsensus\b|\b(?:analysts|economists)\s+had\s+(?:on\s+average\s+)?(?:expected|forecast)\b", re.IGNORECASE)


# the last word of a party's or a list's name
_CONTENDER_END = re.compile(r"\b(?:Party|Coalition|Alliance|Front|Movement|List|Bloc|Union|Congress)$")


def _opens_with_another_body(sentence: str, source: str, bodies: list[Actor]) -> bool:
    """Whether a sentence opens with a body other than the source, or its possessive: "The
    Alpha Reserve Bank kept its rate at 6%", "The Reserve Bank's own outlook was 2.7%"."""
    if "|" in sentence:
        return False  # (a table's row names what it counts: "Beta Party | 5 | 9 | 14")
    for body in bodies:
        if body.name == source or clipped_name(body.name, source) or clipped_name(source, body.name) \
                or _CONTENDER_END.search(body.name):
            continue  # (a party the results count is no other voice: "The Alpha Party won 44 seats")
        for name in {body.name} | {a for a in body.aliases if a[:1].isupper()}:
            if sentence.lstrip(" “\"'").startswith((name, f"The {name}")) and \
                    not sentence.lstrip(" “\"'").removeprefix("The ").removeprefix(name)[:1].isalnum():
                return True
    return False


def _attribute_release_figures(text: str, sentences: list[dict], rows: list[dict], figure_sentences: set[int],
                               bodies: list[Actor] = ()) -> None:
    """A story written from a source's release of figures (its lede: "…, the agency said in
    its latest update") goes on giving that release's figures in its own voice ("Three of the
    dead were children.", "Sales grew 8%."): those sentences are the source's, until the
    story turns to another voice (a second source named, after which the figures may be
    anyone's).  A forecast ("More rain is forecast for the next three days") is no count the
    release gives.  Measured on the training gold: 11 such sentences, all the release's."""
    body = [i for i, s in enumerate(sentences) if s["block"] == "body" and rows[i]["kind"] != "furniture"]
    # (the story's first sentences, not the points of a summary above it: "* Sales up 3%")
    opening = [i for i in body if not _LIST_POINT.match(sentences[i]["text"])][:3]
    lede = next((i for i in opening if rows[i]["claimant"] not in (ARTICLE, UNATTRIBUTED, None)
                 and rows[i]["claimant_role"] != UNRESOLVED
                 and (_DATA_RELEASE.search(rows[i]["text"]) or _results_lede(rows[i]["text"]))), None)
    if lede is None:
        return
    source = rows[lede]
    results = _results_lede(rows[lede]["text"])
    _attribute_release_headlines(sentences, rows, lede, source, figure_sentences)
    for i in body[body.index(lede) + 1:]:
        row = rows[i]
        if _CONSENSUS.search(row["text"]):
            continue  # ("Analysts polled by Alpha had expected 48 million": the forecast it is set against)
        if row["claimant"] not in (ARTICLE, UNATTRIBUTED, None, source["claimant"]) and \
                f"{source['claimant']} ({row['claimant']})" not in text and not clipped_name(row["claimant"], source["claimant"]) \
                and not (results and _EXECUTIVE_POST.search(row["claimant_role"] or "")):
            # another voice: the release's account is over (not the firm's own chief executive
            # speaking in the release of its results) (the source's acronym, given in
            # brackets after its name, is the source: "… Flood Agency (FA)" … "the FA said")
            return
        if row["claimant"] == ARTICLE and row["kind"] == "claim" and sentences[i]["id"] in figure_sentences \
                and row["certainty"] != "predicted" and not _opens_with_another_body(row["text"], source["claimant"], bodies) \
                and not any(q in row["text"] for q in _OPEN) \
                and not _market_reaction_words().intersection(_WORD_RUN.findall(row["text"].lower())):
            row["claimant"], row["claimant_role"], row["via"] = source["claimant"], source["claimant_role"], source["via"]
            row["cue"] = "release"


# the story setting a release against the market's view in its own voice ("Alpha beats
# estimates", "Profit misses forecasts"): the article's reading, not the release
_AGAINST_FORECASTS = re.compile(r"\b(?:beats?|beating|miss(?:es|ed)?|tops?|topping|lags?|trails?|falls?\s+short\s+of|exceeds?|"
                                r"ahead\s+of|below|above)\b.{0,40}\b(?:estimates?|forecasts?|expectations?|consensus|views?|projections?)\b",
                                re.IGNORECASE)


# what an office's release measures: "Jobs grew by 7,300", "Yearly inflation eased to 2.8%"
_RELEASED_MEASURE = re.compile(r"\b(?:inflation|unemployment|jobless|employment|GDP|gross\s+domestic\s+product|economy|"
                               r"economic\s+activity|output|exports|imports|prices|payrolls|wages)\b", re.IGNORECASE)


def _attribute_release_headlines(sentences: list[dict], rows: list[dict], lede: int, source: dict,
                                 figure_sentences: set[int]) -> None:
    """The headline, standfirst and opening sentences above a release's lede that give its
    results in the story's voice ("Alpha Air posts first-half profit", "Alpha Air Pcl swung back
    to a profit in the first half", "Joblessness falls to 5.2%") are the release's.  Measured
    on the training gold: of the 35 such sentences in stories whose lede names the release,
    29 were the release's; 5 of the other 6 set the results against forecasts."""
    for i in range(lede):
        row, sentence = rows[i], sentences[i]
        if sentence["block"] not in ("headline", "body") or row["claimant"] != ARTICLE \
                or row["kind"] not in ("claim", "headline") or row["certainty"] != "stated":
            continue
        text = row["text"]
        if sentence["block"] == "body" and not _RESULTS_MEASURE.search(text) and not _RELEASED_MEASURE.search(text):
            continue  # (the story's own account of an event above the lede: "The river burst its banks before dawn")
        if not (sentence["id"] in figure_sentences or _RESULTS_MEASURE.search(text)) \
                or any(q in text for q in _OPEN) or _CONSENSUS.search(text) or _AGAINST_FORECASTS.search(text) \
                or _market_reaction_words().intersection(_WORD_RUN.findall(text.lower())):
            continue
        row.update(claimant=source["claimant"], claimant_role=source["claimant_role"], via=source["via"], cue="release")


# a firm reporting its results in its own words: "X reported net income of 212 million", "posted a loss of"
_RESULTS_REPORTED = re.compile(r"\b(?:reported|posted)\b.{0,40}\b(?:results|profit|loss|revenue|net\s+income|earnings|sales)\b", re.IGNORECASE)


def _attribute_reported_results(text: str, sentences: list[dict], rows: list[dict], figure_sentences: set[int]) -> None:
    """The figures a paragraph goes on giving after a firm "reported net income of …" ("Net
    revenue rose 4.1%.", "The margin narrowed to 9.8%.") are the firm's results, to the end
    of the paragraph or another voice (measured on the training gold: the 2 such sentences
    are the firm's; figures in a later paragraph are left to the article, as the gold has them)."""
    source = None
    for i, (sentence, row) in enumerate(zip(sentences, rows)):
        if i and "\n" in text[sentences[i - 1]["end"]:sentence["start"]]:
            source = None  # the paragraph is over
        if row["claimant"] not in (ARTICLE, UNATTRIBUTED, None):
            source = row if row["claimant_role"] != UNRESOLVED and row["cue"] in ("reported", "posted") \
                and _RESULTS_REPORTED.search(row["text"]) else None
            continue
        if source is not None and sentence["block"] == "body" and row["claimant"] == ARTICLE and row["kind"] == "claim" \
                and sentence["id"] in figure_sentences and row["certainty"] == "stated" and not any(q in row["text"] for q in _OPEN) \
                and not _market_reaction_words().intersection(_WORD_RUN.findall(row["text"].lower())):
            # (the market's reaction, "Shares fell 3%", is no result the firm gives)
            row.update(claimant=source["claimant"], claimant_role=source["claimant_role"], via=source["via"], cue="results")


# a sentence that breaks down the figure of the sentence before it: "Of these, 21,907 families
# …", "Of them, 141 have been confirmed", "Of the 41 deaths, 26 were in Sindh"
_SUBSET_OPENING = re.compile(r"^\W*Of\s+(?:these|those|them|the\s+(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)(?:\s+[a-z-]+){0,2}),\s", re.IGNORECASE)


def _attribute_subsets(sentences: list[dict], rows: list[dict], figure_sentences: set[int]) -> None:
    """A figure broken down in the article's voice right after a source gave it ("The council
    said 52,000 families were affected. Of these, 21,907 families were still in evacuation
    centres.") is that source's breakdown.  Measured on the training gold: the 4 such
    sentences left to the article all had the source of the sentence before."""
    for i in range(1, len(rows)):
        row, before = rows[i], rows[i - 1]
        if sentences[i]["block"] != "body" or sentences[i - 1]["block"] != "body" or row["claimant"] != ARTICLE \
                or row["kind"] not in ("claim", "background") or sentences[i]["id"] not in figure_sentences \
                or sentences[i - 1]["id"] not in figure_sentences \
                or before["claimant"] in (ARTICLE, UNATTRIBUTED, None) or before["claimant_role"] == UNRESOLVED \
                or not _SUBSET_OPENING.match(row["text"]):
            continue
        row["claimant"], row["claimant_role"], row["via"] = before["claimant"], before["claimant_role"], before["via"]
        row["cue"] = "subset"
        if row["kind"] == "background":
            row["kind"] = "claim"


# a point of a list: a bullet or a number opens its line ("- 40 people died", "• …", "2) …")
_LIST_POINT = re.compile(r"^\s*(?:[-•*–—▪·]|\d{1,2}[.)])\s")


# a row of a table set as lines: a label and its figures, with no sentence's stop at its end
# ("Alpha: 6,300", "Unity Party 52,300 (12.4%)", "Cost per tonne: EUR 41.20")
_TABLE_LINE = re.compile(r"[^\n]{0,60}?\d[^\n]{0,40}")
_SENTENCE_STOP = re.compile(r"(?<!\d)[.!?][\"”’')]*$|[\"”’]$")


# the marks between a table's cells: "Alpha | Jane Roe | 5,318", "Alpha: 9 / 730 / 12,450",
# "Alpha: 4 dead; 8,100 houses flooded"
_CELL_MARK = re.compile(r"\s*(?:\||;|\s/\s|\s[—–]\s|\t)\s*")


# a cell that is a figure, not a column's name ("H1 2026", "Change"): "5,318", "+7%",
# "8,100 houses flooded"
_FIGURE_CELL = re.compile(r"[-+−]?(?:[$€£¥]|[A-Z]{1,3}\$?\s?)?(?!(?:19|20)\d\d\b)\d[\d,.]*(?:\s*%|\s+[a-z]|\s*$)")


def _is_point(text: str, at: int) -> bool:
    """Whether the line at ``at`` is a point of a list or a row of a table: a short line with
    a figure and no sentence's stop, or a longer one cut into short cells by bars, slashes,
    dashes or semicolons.  A line ending in a colon leads a list in; it is none of its points."""
    if _LIST_POINT.match(text, at):
        return True
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    line = text[at:end].rstrip()
    if _SENTENCE_STOP.search(line) or line.endswith(":"):
        return False
    if _TABLE_LINE.fullmatch(line) is not None and len(line.split()) <= 12:
        return True
    cells = [c for c in _CELL_MARK.split(line) if c]
    return len(cells) > 1 and len(line) <= 200 and all(len(c.split()) <= 8 for c in cells) \
        and any(_FIGURE_CELL.match(c) for c in cells)


# a list's figures introduced as a source's in the story's voice: "Figures compiled by the
# agency for each district were:", "The breakdown, according to the ministry:",
# "Figures from the agency's operations desk:"
_LIST_RELEASED_BY = re.compile(r"\b(?i:figures|data|numbers|results|toll|tally|counts?|breakdown|details)\b[^:]{0,60}?"
                               r"\b(?:(?:released|issued|published|compiled|provided|supplied|given)\s+by|according\s+to|from)\s+"
                               r"(?P<np>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w’'-]*)*)")


# a list's source giving it in the lead-in's own clause: "The NRO released these totals per ward,
# the sheltered first:", "The agency has published its tallies:"
_LIST_GIVEN_BY = re.compile(r"^(?P<np>(?:[Tt]he\s+)?[A-Z][\w&.’'-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w&.’'-]*){0,5}"
                            r"|[Tt]he\s+[a-z]+)\s+(?:(?:has|have|had)\s+)?(?:gave|given|gives|released|releases|published|publishes|"
                            r"issued|issues|provided|provides|listed|lists|shared|shares|posted|posts|put\s+out)\b")


# a list's source in brackets at the end of its lead-in: "Cases by state, week 36 (TDMA):",
# "Damage by district (TDMA data at noon):", "New cases by state (Ministry of Health)"
_LIST_SOURCE_IN_BRACKETS = re.compile(r"\((?:[^(),:]*\d[^(),:]*,\s+)?"  # (after the period it covers: "(June 2026, Alpha)")
                                      r"(?:[Ss]ource:\s*|as\s+(?:declared|announced|released|given|reported)\s+by\s+(?:the\s+)?|per\s+(?:the\s+)?)?"
                                      r"(?P<np>[A-Z][\w&.’'-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w&.’'-]*){0,5})"
                                      # (and when: "(TDA, as of 6 pm Monday)")
                                      # (or the period it covers: "(FDA, 2 March - 9 May 2026)")
                                      r"(?:\s+(?:data|figures|count|tally|estimates?)\b[^()]*|,\s+(?:(?:as\s+(?:of|at)|at|on|until|to)\s|\d|[A-Z][a-z]+\.?\s+\d)[^()]*)?\)\s*:?\s*$")
# a list's source owning its lead-in: "The agency's breakdown at noon (…):"
_LIST_SOURCE_OWNS = re.compile(r"^(?:The\s+)?(?P<np>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,5})['’]s\s+(?:[a-z-]+\s+){0,2}"
                               r"(?:breakdown|figures|data|count|tally|results|table|update|list|totals?)\b"
                               # (its issuer before a bulletin's name, and the hour: "Fire service bulletin - 6 p.m. Friday")
                               r"|^(?:The\s+)?(?P<issuer>[A-Z][\w&.’'-]*(?:\s+[a-zA-Z][\w&.’'-]*){0,3}?)\s+(?:bulletin|update|situation\s+report|sitrep)\s*(?:[-–—:,(]|$)")
# a lead-in that names what the rows count ("Total losses so far (approximately):",
# "According to the count, the towns hit are:"): rows of the story's latest source
_LIST_OF_COUNTS = re.compile(r"\b(?:figures|results|losses|toll|cases|deaths|votes|totals?|breakdown|affected|tally|count)\b", re.IGNORECASE)

# a table's title that says it breaks a count down ("Cases counted by district, as of
# May 4:", "The results of the constituencies are as follows:"): its rows are the figures
# of the source the story has been giving
_BREAKDOWN_TITLE = re.compile(r"\bby\s+(?:region|province|district|county|counties|state|department|municipality|municipalities|"
                              r"constituenc(?:y|ies)|township|commune|governorate|division|prefecture|oblast|area|ward|"
                              r"parish|island|city|cities|town|village|sub-count(?:y|ies)|upazila|local\s+government\s+area|"
                              r"party|parties|candidate|sector|segment|industry|age|sex)s?\b"
                              r"|\bas\s+follows\b", re.IGNORECASE)
# a table's row of column names: "Region | Cases | Deaths"
_COLUMN_NAMES = re.compile(r"^[^\d\n]*(?:\|[^\d\n]*){2,}$|^[^\d\n]*(?:\t[^\d\n]*){2,}$")


# the body a table's source line names first: "Source: TDA weekly bulletin"
# ("Source: Office of Roads and Bridges": a name may hold "and")
_SOURCE_LINE_BODY = re.compile(r"(?i:sources?)\s*:\s*(?:the\s+)?(?P<np>[A-Z][\w&.’'-]*(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?[A-Z][\w&.’'-]*){0,6})")
# a number of its own in a title, other than a year: "Seats of the 2024 council" has none
_OWN_NUMBER = re.compile(r"(?<![\w.,-])(?!(?:19|20)\d\d(?![\d,.]))\d[\d,.]*(?![\w-])")
# a day of a month in a title, no figure of its own: "Infections, week to 12 March"
_DAY_OF_MONTH = re.compile(rf"\b\d{{1,2}}\s+{_MONTH}\b|\b{_MONTH}\s+\d{{1,2}}\b")
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|shows?|showed)\b")


def _table_titles(text: str, sentences: list[dict], rows: list[dict]) -> None:
    """A table's title or its row of column names, in the story's voice ("Main figures (in
    million crowns)", "Votes by list (all districts)", "Town | Cases | Deaths"): a
    short line with no sentence's stop, no verb and no number of its own but a year, on a line
    of its own above the table's rows, says nothing itself: background with no claimant, as the
    golds give a table's title (a caption of the table, not furniture of the page)."""
    for i in range(len(rows) - 1):
        row, line = rows[i], rows[i]["text"].strip()
        if sentences[i]["block"] != "body" or row["claimant"] != ARTICLE or row["kind"] not in ("claim", "background") \
                or len(line.split()) > 14 or _SENTENCE_STOP.search(line) or line.endswith((":", ".")) \
                or _LIST_POINT.match(line) or _FINITE_VERB.search(line) or _OWN_NUMBER.search(_DAY_OF_MONTH.sub("", line)):
            continue
        if "\n" not in text[sentences[i]["end"]:sentences[i + 1]["start"]] or "\n" not in text[max(0, sentences[i]["start"] - 1):sentences[i]["start"] + 1] \
                and sentences[i]["start"] > 0 and i and "\n" not in text[sentences[i - 1]["end"]:sentences[i]["start"]]:
            continue  # (a line of its own)
        if _is_point(text, sentences[i + 1]["start"]) or i + 2 < len(rows) and _COLUMN_NAMES.match(rows[i + 1]["text"].strip()) \
                and _is_point(text, sentences[i + 2]["start"]):
            row.update(kind="background", claimant=None, claimant_role=None, certainty=None, cue="table title")


def _questions_asked(sentences: list[dict], rows: list[dict]) -> None:
    """A question in the story's own voice, outside quotation marks ("Why do the counts differ
    so much?", a host's "HOST: Can those counts be trusted?"), asks and claims nothing:
    no claimant, as an interviewer's questions have none (measured on the training golds: 13 such
    questions with no claimant to 2 the article's)."""
    for sentence, row in zip(sentences, rows):
        line = row["text"].strip()
        if sentence["block"] == "body" and row["claimant"] == ARTICLE and row["kind"] in ("claim", "background") \
                and line.endswith("?") and line[:1] not in _OPEN and not any(q in line for q in _OPEN):
            row.update(kind="background", claimant=None, claimant_role=None, certainty=None, cue="question")


# a unit in brackets: "Results by unit (USD million):"
_UNIT_IN_BRACKETS = re.compile(r"\((?:[A-Z]{3}|US\$|[$€£¥])?\s*(?:million|billion|thousand|bn|mln|m|%|percent)\b", re.IGNORECASE)
# a line with no number of its own, only one inside a word, and no label's mark: a title
_TITLE_NOT_ROW = re.compile(r"[^\d:|—–]*?(?:\w-?\d[\d,.]*-\w+|\d+-[a-z]+)[^\d:|—–]*")


def _list_lead_source(text: str, sentences: list[dict], rows: list[dict], at: int, ctx: Context | None) -> dict | None:
    """The source of the list whose first point is sentence ``at``, from its lead-in: a
    named claimant's line ending in a colon, a line that says whose the figures are ("Figures
    compiled by the agency:", "Cases by region (source: TDA)"), or a table's title saying it
    breaks a count down, whose rows are the figures of the story's latest source (not a
    person's, who gives no table)."""
    lead = at - 1
    if lead >= 1 and _COLUMN_NAMES.match(rows[lead]["text"].strip()) and "\n" in text[sentences[lead - 1]["end"]:sentences[lead]["start"]]:
        lead -= 1  # (past the row of column names, to the table's title)
    if lead >= 1 and len(rows[lead]["text"].split()) <= 5 and not any(c.isdigit() for c in rows[lead]["text"]) \
            and not _SENTENCE_STOP.search(rows[lead]["text"].rstrip()) and rows[lead - 1]["text"].rstrip().endswith(":"):
        lead -= 1  # (past a section's heading inside the list, "North Region", to its lead-in)
    row, line = rows[lead], rows[lead]["text"].rstrip()
    titled = line.endswith(":") or _BREAKDOWN_TITLE.search(line) or _LIST_SOURCE_IN_BRACKETS.search(line) \
        or _LIST_SOURCE_OWNS.match(line)
    # (a table's title in capitals reads as a cross-head: "ALL RESULTS (as declared by the commission)")
    # (or set as a standfirst under the date line, when it names its source: "Key figures (WHO, 2025)")
    if sentences[lead]["block"] != "body" and not (titled and sentences[lead]["block"] == "furniture") \
            and not (lead and sentences[lead]["block"] == "headline" and sentences[lead - 1]["block"] == "furniture"
                     and _LIST_SOURCE_IN_BRACKETS.search(line)) \
            or _LIST_POINT.match(line) or _is_point(text, sentences[lead]["start"]) and not titled:
        return None  # (a title with a date in it reads as a row: "Cases by town, as of May 4:")
    if line.endswith(":") and row["claimant"] not in (ARTICLE, UNATTRIBUTED, None):
        return row
    if row["claimant"] not in (ARTICLE, UNATTRIBUTED, None) or ctx is None:
        return None
    if line.endswith(":") or not _SENTENCE_STOP.search(line):
        released = (_LIST_RELEASED_BY.search(line) or _LIST_GIVEN_BY.match(line) if line.endswith(":") else None) \
            or _LIST_SOURCE_IN_BRACKETS.search(line) or _LIST_SOURCE_OWNS.match(line)
        found = _resolve(released.group("np") or _issuer_words(released.group("issuer")), ctx) if released else None
        if found is None and released and released.group("np") and " " not in released.group("np"):
            # (a short name the story gave in brackets after the body's own: "(June 2026, Alpha)"
            # after "the Alpha Statistics Institute (Alpha) said")
            spelled = re.search(r"([A-Z][\w’'-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'-]*)){1,7})\s+\(" + re.escape(released.group("np")) + r"\)", text)
            found = _resolve(spelled.group(1), ctx) if spelled else None
        if found and found[0] not in (ARTICLE, UNATTRIBUTED) and found[1] != UNRESOLVED:
            return {"claimant": found[0], "claimant_role": found[1], "via": None}
        after = next((r["text"] for j, r in enumerate(rows[at:], at) if not _is_point(text, sentences[j]["start"])), "").strip()
        if after.startswith(("Source", "SOURCE")):
            # the table's own source line after it names whose it is: a body ("Source: TEC
            # bulletin"), or news agencies, which are no source of the figures
            named = _SOURCE_LINE_BODY.match(after)
            found = _resolve(named.group("np"), ctx) if named else None
            if named and " and " in named.group("np") and (found is None or found[1] == UNRESOLVED):
                found = _resolve(named.group("np").split(" and ")[0], ctx)  # ("Source: TDA and Red Cross")
            if found and found[0] not in (ARTICLE, UNATTRIBUTED) and found[1] != UNRESOLVED and not is_news_organisation(found[0]):
                return {"claimant": found[0], "claimant_role": found[1], "via": None}
            return None
        if _BREAKDOWN_TITLE.search(line) or line.endswith(":") and len(line.split()) >= 4 and _LIST_OF_COUNTS.search(line) \
                and not _UNIT_IN_BRACKETS.search(line):
            # (a body the text names, not a description, nor the market's forecast: "analysts had expected")
            people = {p.name for p in ctx.people}
            return next((r for r in reversed(rows[:lead]) if r["claimant"] not in (ARTICLE, UNATTRIBUTED, None)
                         and r["claimant"] not in people and r["claimant_role"] != UNRESOLVED and r["kind"] != "headline"
                         and not _CONSENSUS.search(r["text"])
                         and not r["text"].rstrip().endswith(":")), None)
    return None


def _issuer_words(issuer: str) -> str:
    """A bulletin's issuer as a description: "Civil defence" -> "the civil defence" (a name in
    capitals, "NDMA", or one capitalised throughout, "Civil Defence", as written)."""
    words = issuer.split()
    return "the " + issuer[0].lower() + issuer[1:] if len(words) > 1 and all(w[:1].islower() for w in words[1:]) else issuer


def _attribute_listed_points(text: str, sentences: list[dict], rows: list[dict], ctx: Context | None = None) -> None:
    """The points of a list, or the rows of a table, a source introduces with a colon ("The
    agency said in its update:" then "- 40 people have died" …, or "Alpha: 6,300" …, or "The
    figures compiled by the agency were:") are that source's, to the last one; a list after a
    bare label ("Key points:") has no source and stays the article's."""
    source = None  # the row that introduced the list, while its points last
    for i, (sentence, row) in enumerate(zip(sentences, rows)):
        gap = text[sentences[i - 1]["end"]:sentence["start"]] if i else "\n"
        if "\n" in gap:
            if source is not None and (not _is_point(text, sentence["start"]) or _TITLE_NOT_ROW.fullmatch(row["text"].strip())):
                source = None  # the list is over (at a title of another: "Projected seats on the 31-member council")
            elif source is None and i and _is_point(text, sentence["start"]):
                source = _list_lead_source(text, sentences, rows, i, ctx)
        if source is not None and sentence["block"] == "body" and row["claimant"] == ARTICLE \
                and row["kind"] in ("claim", "background"):
            _inherit(row, _speaking(source, None))
            row["cue"] = "list"


# "Police say three arrested", "Two hurt in tram crash, police say": a headline's source
# named by a bare common noun, first or after the last comma
_HEADLINE_GROUP_FIRST = (re.compile(r"^(?P<np>[A-Z][a-z]+)\s+(?P<verb>[a-z]+)\b"),
                         re.compile(r"^(?P<np>[A-Z][a-z]+\s+[a-z]+)\s+(?P<verb>[a-z]+)\b"))
_HEADLINE_GROUP_LAST = re.compile(r",\s+(?P<np>[a-z]+(?:\s+[a-z]+)?)\s+(?P<verb>[a-z]+)\s*$")


def _attribute_headline_group(sentences: list[dict], rows: list[dict]) -> None:
    """A headline's source named by a bare common noun ("Police say …", "…, officials say")
    is the group the story names with that noun: the first body claimant whose name ends in
    it ("Portville police").  (The headline is read before the story, so its "police" could
    not be resolved then.)"""
    verb_group = _patterns()["verb_group"]
    for sentence, row in zip(sentences, rows):
        if sentence["block"] != "headline" or row["claimant"] != ARTICLE:
            continue
        body = row["text"].rstrip(" .")
        matches = [pattern.match(body) for pattern in _HEADLINE_GROUP_FIRST] + [_HEADLINE_GROUP_LAST.search(body)]
        match = next((m for m in matches if m and m.group("verb") in verb_group), None)
        if not match:
            continue
        head = match.group("np").split()[-1].lower()
        source = next((r for r in rows if r["claimant"] not in (None, ARTICLE, UNATTRIBUTED)
                       and r["claimant"].split()[-1].lower() == head and r is not row), None)
        if source:
            row["claimant"], row["claimant_role"] = source["claimant"], source["claimant_role"]
            group = _verb_group(match.group("verb"))
            if group not in ("stated", "reported") or row["certainty"] == "stated":
                # ("Halvorsen says the dam will hold": a neutral verb leaves its clause's certainty)
                row["certainty"] = group if group != "reported" else "stated"
            row["cue"] = match.group("verb")


_IT_OPENS = re.compile(r"^\W*It\s+(?!(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:not\s+)?(?:clear|unclear|known|unknown|likely|possible|too|the|a|an)\b)")


def _attribute_relayed_it(sentences: list[dict], rows: list[dict]) -> None:
    """"Roe said the agency had seen no sign of a second wave. It could not rule out more,
    he added.": the "it" of a clause the relaying speaker goes on with is the body whose
    claim he relayed in the sentence before, as that claim is, he passing it on."""
    for i in range(1, len(rows)):
        row, before = rows[i], rows[i - 1]
        if sentences[i]["block"] != "body" or sentences[i - 1]["block"] != "body" or before["via"] in (None, ARTICLE, UNATTRIBUTED) \
                or row["claimant"] != before["via"] or not _IT_OPENS.match(row["text"]):
            # (a relay by nobody named, "…, according to a government source.", hands on no body:
            # "It was announced on Friday that …" stays unattributed)
            continue
        row["claimant"], row["claimant_role"], row["via"] = before["claimant"], before["claimant_role"], before["via"]


# the time stamp over a live page's entry: "17:10 GMT", "9.05am", "14:20 CET"
_ENTRY_TIME = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*$")


# an entry headline that names its speaker before a colon: "Seoul: 1,100 casualties"
_ENTRY_SPEAKER = re.compile(r"^[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,4}:\s+\S")


def _attribute_entry_headlines(sentences: list[dict], rows: list[dict]) -> None:
    """A live page's entry headline under its time stamp that names its speaker before a
    colon ("17:10 GMT" / "Seoul: 1,100 casualties" / "South Korea's Joint Chiefs of Staff
    said …"), left in the article's voice, is the source the entry's first sentence names
    (the JCS's).  An entry headline that sums up the entry in the page's own words
    ("Harbour shelled overnight") stays the article's."""
    for i in range(1, len(rows) - 1):
        row, first = rows[i], rows[i + 1]
        inline = INLINE_STAMP.match(row["text"])  # "[18:30] NIS: 'Dozens' killed": the stamp on the headline's line
        if sentences[i]["block"] != "headline" or row["claimant"] != ARTICLE or sentences[i + 1]["block"] != "body" \
                or not inline and (sentences[i - 1]["block"] != "furniture" or not _ENTRY_TIME.match(rows[i - 1]["text"])):
            continue
        headline = row["text"][inline.end():] if inline else row["text"]
        speaker = _ENTRY_SPEAKER.match(headline)
        if first["claimant"] in (ARTICLE, UNATTRIBUTED, None) or first["claimant_role"] == UNRESOLVED or not speaker:
            continue
        # the entry's source the label names ("Roe: …" over "In an interview with the Harbour Times, Roe
        # said …"), else the source of its first sentence
        label = headline[:headline.index(":")].strip()
        entry = [r for r, sent in zip(rows[i + 1:], sentences[i + 1:]) if sent["block"] == "body"][:4]
        source = next((r for r in entry if r["claimant"] not in (ARTICLE, UNATTRIBUTED, None)
                       and r["claimant_role"] != UNRESOLVED and _names_label(r["claimant"], label)), first)
        row["claimant"], row["claimant_role"], row["via"] = source["claimant"], source["claimant_role"], source["via"]
        row["cue"] = "entry"
        if row["certainty"] == "stated":
            # what the headline's own words say of it: "NSC to meet Tuesday", "Dozens believed killed"
            rest = headline[len(label) + 1:].strip()
            row["certainty"] = "predicted" if _headline_future(rest) else _HEADLINE_CUES.get(
                next((m.group(0).lower() for m in _HEADLINE_CUE.finditer(rest)), ""), "stated")


# a headline's participle that grades it without its auxiliary: "Dozens believed killed",
# "first casualties confirmed", "reports denied"
_HEADLINE_CUES = {"believed": "hedged", "feared": "hedged", "suspected": "hedged", "likely": "hedged",
                  "confirmed": "confirmed", "confirms": "confirmed", "denied": "denied", "denies": "denied"}
_HEADLINE_CUE = re.compile(r"\b(?:believed|feared|suspected|likely|confirm(?:ed|s)|den(?:ied|ies))\b", re.IGNORECASE)


def _names_label(name: str, label: str) -> bool:
    """Whether a source's name is what a live entry's label calls it: the label's last word
    in the name ("Roe" of "Jane Roe", "office" of "Presidential Office of …"),
    or the name's initials ("NIS")."""
    words = name.lower().split()
    last = label.lower().split()[-1].removesuffix("'s").removesuffix("’s")
    return last in words or label == "".join(w[0] for w in name.split() if w[:1].isupper())


_NUMBER_WORD = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|most|some)"
_ASKED_WORD = re.compile(r"\b(?:polled|surveyed|contacted|consulted|interviewed|canvassed|questioned)\b")
# a sentence whose subject is a counted part of a group: "Eight of 11 analysts polled …", "Six economists …"
_COUNTED_SUBJECT = re.compile(r"^\W*(?i:" + _NUMBER_WORD + r")\s+(?:of\s+(?:the\s+)?(?:\d{1,3}|[a-z]+)\s+)?[a-z]")
# the rest of that group, and its verb: "The other three forecast …", "The remaining two economists expect …"
_REST_OF_GROUP = re.compile(r"^\W*(?:The\s+(?:other|remaining)\s+(?i:" + _NUMBER_WORD + r")|The\s+rest)\s+(?P<w1>[a-z]+)(?:\s+(?P<w2>[a-z]+))?\b")


def _attribute_rest_of_group(sentences: list[dict], rows: list[dict]) -> None:
    """"Eight of 11 analysts polled … expected a hold. The other three forecast a cut.": the
    rest of a counted group the sentence before attributed is that group, its verb the certainty."""
    verb_group = _patterns()["verb_group"]
    for i in range(1, len(rows)):
        row, before = rows[i], rows[i - 1]
        # (the rest may have been taken for a source of its own: "remaining two economists")
        if sentences[i]["block"] != "body" or sentences[i - 1]["block"] != "body" or \
                row["claimant"] != ARTICLE and not (row["claimant"] or "").lower().startswith(("other ", "remaining ", "rest ")) \
                or before["claimant"] in (ARTICLE, UNATTRIBUTED, None) or not _COUNTED_SUBJECT.match(before["text"]):
            continue
        rest = _REST_OF_GROUP.match(row["text"])
        verb = next((w for w in ("w1", "w2") if rest and rest.group(w) in verb_group), None)  # ("… two economists expect")
        if not verb:
            continue
        group = _verb_group(rest.group(verb))
        row["claimant"], row["claimant_role"], row["via"] = before["claimant"], before["claimant_role"], before["via"]
        row["certainty"] = (_complement_certainty(row["text"][rest.end(verb):]) or "stated") if group == "stated" else group
        row["cue"] = rest.group(verb)
        if row["kind"] == "background":
            row["kind"] = "claim"


def _plural_source(claimant: str, people: list[Actor]) -> bool:
    """Whether a source is a group a later "they" can stand for: a plural noun ("Portville
    officials", "researchers") or a group noun ("police"), not a person, state or firm."""
    if any(p.name == claimant for p in people) or claimant.startswith("Government of "):
        return False
    head = claimant.split()[-1]
    if " familiar with " in claimant:
        head = claimant.split()[0]  # "people familiar with the matter": the people, not the matter
    if " " not in claimant and claimant[1:].islower() and _patterns()["actor_np"].match(claimant) \
            and not is_news_organisation(claimant):
        # "Farmers say … . The losses could run into millions, they say.": a group noun that
        # opened its sentence, written with a capital only for that
        head = claimant.lower()
    return head.islower() and (_plural_word(head) or head in lexicon()["placed_groups"])  # ("fishermen", "crew")


_OPEN = "“\"‘"
_CLOSE = "”\"’"


_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(—–-]))‘")
_SINGLE_CLOSE = re.compile(r"(?<=[.,?!;:])’")


def _quote_state(body: str) -> tuple[bool, bool]:
    """(opens a quotation it does not close, closes one it did not open)."""
    curly_open, curly_close = body.count("“"), body.count("”")
    straight = body.count('"')
    starts = body.lstrip()[:1] in _OPEN
    if curly_open or curly_close:
        return curly_open > curly_close, curly_close > curly_open
    if not straight and ("‘" in body or "’" in body):
        # single quotation marks (British copy): "’" is an apostrophe too, so a mark closes a
        # quotation only after the punctuation that ends what was said ("…home,’ he said")
        opened, closed = len(_SINGLE_OPEN.findall(body)), len(_SINGLE_CLOSE.findall(body))
        return opened > closed, closed > opened
    if straight % 2:
        # (a mark a word follows opens, 'said: "The wards', one that ends a word closes, 'home."')
        last = body.rfind('"')
        opening = starts or (last + 1 < len(body) and body[last + 1].isalnum() and (last == 0 or not body[last - 1].isalnum()))
        return opening, not opening
    return False, False


def _whole_quote(body: str) -> bool:
    """Whether a sentence is one quotation from end to end: in double or curly marks, or in
    straight single marks ("'We have 500 soldiers ready.'": an apostrophe opens no sentence)."""
    first, last = body.lstrip()[:1], body.rstrip(" .")[-1:]
    return (first in _OPEN and last in _CLOSE) or (first == "'" and last == "'")


def _speaking(row: dict, speakers: dict[int, tuple[str, str | None]] | None) -> dict:
    """Whose words a row's quotation is: its claimant's, or the speaker who relays another's
    claim in it ('"The crews are tired. The agency told us …," Roe said': the quote is Roe's)."""
    speaker = speakers.get(row["sentence_id"]) if speakers else None
    return {"claimant": speaker[0], "claimant_role": speaker[1], "via": None} if speaker else row


def _attribute_quotes(sentences: list[dict], rows: list[dict], text: str = "",
                      speakers: dict[int, tuple[str, str | None]] | None = None) -> None:
    """Give the sentences of a multi-sentence quotation the speaker of the sentence that
    closes it ('“Sales were weak. Rates are high,” Smith said'),
    and a whole-sentence quote with no speaker the speaker of the quote before it."""
    speaking = {"claim", "background", "gap"}
    i = 0
    while i < len(rows):
        opens, _ = _quote_state(rows[i]["text"])
        if opens and rows[i]["kind"] in speaking:
            for j in range(i + 1, min(i + 6, len(rows))):
                if sentences[j]["block"] != sentences[i]["block"]:
                    break
                _, closes = _quote_state(rows[j]["text"])
                if closes:
                    source = rows[j]
                    if source["claimant"] not in (ARTICLE, UNATTRIBUTED, None):
                        for k in range(i, j):
                            _inherit(rows[k], _speaking(source, speakers))
                    elif source["claimant"] == ARTICLE and i > 0 and sentences[i - 1]["block"] == sentences[i]["block"] \
                            and rows[i - 1]["claimant"] not in (ARTICLE, UNATTRIBUTED, None) \
                            and (any(q in rows[i - 1]["text"] for q in _OPEN)
                                 or _speaker_opens(rows[i - 1]["text"], rows[i - 1]["claimant"])) \
                            and "\n" not in text[sentences[i - 1]["end"]:sentences[i]["start"]]:
                        # '"…," said Dr Jane Roe. "Wards are full. Come early."':
                        # a quote that goes on after its attribution, in the same paragraph, is the same speaker's
                        # (so is one after the speaker's own words told: 'She said the losses would not
                        # change his mind. "He is not counting. He is measuring what he gets back."')
                        for k in range(i, j + 1):
                            _inherit(rows[k], _speaking(rows[i - 1], speakers))
                    elif source["claimant"] == ARTICLE and rows[i]["claimant"] not in (ARTICLE, UNATTRIBUTED, None) \
                            and rows[i]["text"].lstrip()[:1] not in _OPEN:
                        # 'She said: "The wards are full. We are asking people to stay home."': a
                        # quotation its speaker opens runs on, hers, to its closing mark
                        for k in range(i + 1, j + 1):
                            if rows[k]["claimant"] == ARTICLE:
                                _inherit(rows[k], _speaking(rows[i], speakers))
                    i = j
                    break
            else:
                # the quote runs on past its paragraph (it closes further down, or with its last
                # paragraph's own "he said"): what its speaker goes on to say, to the end of this
                # paragraph: '"…," he said. "In May the river ran dry.' or 'She said: "The
                # roads are gone. We are asking …'
                opener = rows[i]["claimant"] == ARTICLE and rows[i]["text"].lstrip()[:1] in _OPEN and _said_before(i, sentences, rows, text)
                speaker_opens = rows[i]["claimant"] not in (ARTICLE, UNATTRIBUTED, None) and rows[i]["text"].lstrip()[:1] not in _OPEN
                if speaker_opens and text:
                    k = i + 1
                    while k < len(rows) and "\n" not in text[sentences[k - 1]["end"]:sentences[k]["start"]] \
                            and rows[k]["claimant"] == ARTICLE and sentences[k]["block"] == sentences[i]["block"] \
                            and rows[k]["kind"] in speaking:
                        _inherit(rows[k], _speaking(rows[i], speakers))
                        k += 1
                if opener:
                    k = i
                    while k < len(rows) and (k == i or "\n" not in text[sentences[k - 1]["end"]:sentences[k]["start"]]) \
                            and rows[k]["claimant"] == ARTICLE and sentences[k]["block"] == sentences[i]["block"]:
                        _inherit(rows[k], _speaking(rows[i - 1], speakers))
                        k += 1
        elif i > 0 and (rows[i]["claimant"] == ARTICLE or _it_says(rows[i])) and rows[i]["kind"] in speaking \
                and _whole_quote(rows[i]["text"]) \
                and rows[i - 1]["claimant"] not in (ARTICLE, UNATTRIBUTED, None) \
                and (any(q in rows[i - 1]["text"] for q in _OPEN) or rows[i - 1]["text"].lstrip()[:1] == "'"):
            _inherit(rows[i], _speaking(rows[i - 1], speakers))
        elif i + 1 < len(rows) and rows[i]["claimant"] == ARTICLE and rows[i]["kind"] in speaking \
                and _whole_quote(rows[i]["text"]) and text and sentences[i]["block"] == sentences[i + 1]["block"] == "body" \
                and "\n" not in text[sentences[i]["end"]:sentences[i + 1]["start"]] \
                and rows[i + 1]["claimant"] not in (ARTICLE, UNATTRIBUTED, None) \
                and _speaker_opens(rows[i + 1]["text"], rows[i + 1]["claimant"]):
            # '"The roads are gone." She said more trucks would come.': a quotation standing alone,
            # then its speaker, named or "he"/"she", going on in the same paragraph
            _inherit(rows[i], _speaking(rows[i + 1], speakers))
        i += 1


def _unsay_quoted_verbs(text: str, sentences: list[dict], rows: list[dict]) -> None:
    """A sentence said from end to end inside a quotation has no speaker of its own: a verb of
    saying in it is what the speaker talks of ('"Boats are ready. If the office warns us twice,
    we will sail."': the office is no source).  The sentence goes back to the article,
    for the quotation's own speaker to be found around it."""
    for i, row in enumerate(rows):
        if row["claimant"] in (ARTICLE, UNATTRIBUTED, None) or row["kind"] not in ("claim", "background", "gap") \
                or sentences[i]["block"] != "body" or row.get("cue") == "quotation":
            continue
        body = row["text"].strip()
        k = i
        while k > 0 and sentences[k - 1]["block"] == "body" and "\n" not in text[sentences[k - 1]["end"]:sentences[k]["start"]]:
            k -= 1
        before = " ".join(r["text"] for r in rows[k:i])
        opened = bool(before) and _quote_state(before)[0]
        if opened:
            # (inside a quotation opened before it: it says nothing outside the marks, or
            # closes the quotation only at its very end)
            marks = _double_marks(body)
            whole = marks == 0 or (marks == 1 and body.rstrip()[-1:] in _CLOSE)
        else:
            whole = _whole_quote(body) and _double_marks(body) == 2
        if whole:
            row["claimant"], row["claimant_role"], row["via"] = ARTICLE, None, None
            row["certainty"] = _complement_certainty(body) or "stated"


def _double_marks(body: str) -> int:
    """How many double quotation marks, straight or curly, a sentence holds."""
    return body.count('"') + body.count("“") + body.count("”")


def _it_says(row: dict) -> bool:
    """Whether a quotation's own verb of saying has "it", "this" or "that" for its subject
    ('"That is costly, and it tells you the fleet is desperate."'): the speaker's figure of
    speech, no source of the words (the quote stays its speaker's)."""
    cue = row.get("cue") or ""
    return bool(cue) and " " not in cue and re.search(rf"\b(?:it|this|that)\s+(?:\w+ly\s+)?{re.escape(cue)}\b",
                                                       row["text"]) is not None


_SPEAKER_PRONOUN_FIRST = re.compile(r"^\W*(?:He|She|They)\s+(?:also\s+|later\s+|then\s+)?(?:said|says|added|adds|told|went\s+on)\b")


def _speaker_opens(body: str, claimant: str) -> bool:
    """Whether a sentence opens with its speaker as the subject of a verb of speech: "She
    said …", "He added …", or the speaker's surname ("Roe said …")."""
    if _SPEAKER_PRONOUN_FIRST.match(body):
        return True
    opening = body.lstrip(" “\"")
    for name in (claimant.split()[-1], claimant):  # ("Roe said …", "Jane Roe said …")
        if opening.startswith(name + " ") and \
                re.match(r"\s+(?:also\s+|later\s+|then\s+)?(?:said|says|added|adds|told)\b", opening[len(name):]):
            return True
    return False


def _said_before(i: int, sentences: list[dict], rows: list[dict], text: str) -> bool:
    """Whether the sentence before a quotation, in the same paragraph, is a quotation its
    speaker is named for ('"…," he said.' or 'Roe said: "…"')."""
    return i > 0 and bool(text) and sentences[i - 1]["block"] == sentences[i]["block"] \
        and "\n" not in text[sentences[i - 1]["end"]:sentences[i]["start"]] \
        and rows[i - 1]["claimant"] not in (ARTICLE, UNATTRIBUTED, None) \
        and any(q in rows[i - 1]["text"] for q in _OPEN) and not _quote_state(rows[i - 1]["text"])[0]


_QUOTE_LABEL = re.compile(r"\W*(?:Quote|Direct\s+speech)\s*:\s*", re.IGNORECASE)


def _attribute_quote_paragraphs(text: str, sentences: list[dict], rows: list[dict],
                                named_before: list[Actor | None] | None = None,
                                speakers: dict[int, tuple[str, str | None]] | None = None) -> None:
    """A paragraph that is a direct quotation with no attribution of its own belongs to the
    speaker of the adjacent attributed quotation: the one that closes it when the quote runs
    on into the next paragraph, else the previous paragraph's speaker (news copy opens
    every paragraph of a long quote with a quote mark and closes only the last).  With no
    attributed quotation beside it, the quote is the person the text named last before it
    (a profile or interview quotes its subject paragraph after paragraph: "She began with
    the numbers. / "We are pumping more water than the rain puts back …")."""
    paragraphs: list[list[int]] = []
    for i, sentence in enumerate(sentences):
        if i and "\n" not in text[sentences[i - 1]["end"]:sentence["start"]] and paragraphs:
            paragraphs[-1].append(i)
        else:
            paragraphs.append([i])

    def speaker(indices: list[int]) -> dict | None:
        quoted = any(q in rows[i]["text"] for i in indices for q in _OPEN + _CLOSE)
        named = [rows[i] for i in indices if rows[i]["claimant"] not in (ARTICLE, UNATTRIBUTED, None)
                 and rows[i]["kind"] in ("claim", "background", "gap")]
        return _speaking(named[-1], speakers) if quoted and named else None

    for p, indices in enumerate(paragraphs):
        first = rows[indices[0]]
        # (a live page may label the quotation: 'Quote: "The occupiers are …"')
        label = _QUOTE_LABEL.match(first["text"])
        if sentences[indices[0]]["block"] != "body" or first["text"][label.end() if label else 0:].lstrip()[:1] not in _OPEN:
            continue
        body = " ".join(rows[i]["text"] for i in indices)[label.end() if label else 0:]
        # (in a paragraph that is quotation through and through, a subject inside the quotes is
        # what the speaker talks of, not who speaks: '"The agency considers its numbers
        # conservative. It counted only casualties it could cross-check.')
        inside = _quote_state(body)[0] and _only_quotation(body)
        # (a speaker's own withholding inside the quotation is the speaker's too: "I cannot give a number yet.")
        # (a cue of hearsay inside the quotation, "reports", "it is said", is the speaker's: the
        # paragraph is still unattributed)
        if any(rows[i]["claimant"] not in (ARTICLE, UNATTRIBUTED, None) and not inside
               or rows[i]["kind"] not in ("claim", "background", "gap") for i in indices):
            continue
        runs_on = _quote_state(body)[0] or (body.count("“") == 0 and body.count('"') % 2 == 1)
        before = speaker(paragraphs[p - 1]) if p else None
        after = speaker(paragraphs[p + 1]) if p + 1 < len(paragraphs) and \
            rows[paragraphs[p + 1][0]]["text"].lstrip()[:1] in _OPEN else None
        source = (after or before) if runs_on else (before or after)
        opened = " ".join(rows[i]["text"] for i in paragraphs[p - 1]) if before and runs_on else ""
        if opened and _COLON_THEN_QUOTE.search(opened) and _quote_state(opened)[0]:
            # 'The minister did not mince her words: "These conscripts … / "They go in without …':
            # the quotation a speaker opened with a colon, still open, runs on from that speaker
            source = before
        if not source and p and rows[paragraphs[p - 1][-1]]["text"].rstrip().endswith(":"):
            # "He added:" / "It went on:" on a line of its own introduces the quotation below it:
            # its speaker, or (a bare "It went on:") the speaker of the quotation before it
            named = [rows[i] for i in paragraphs[p - 1] if rows[i]["claimant"] not in (ARTICLE, UNATTRIBUTED, None)]
            source = _speaking(named[-1], speakers) if named else (speaker(paragraphs[p - 2]) if p > 1 else None)
            intro = rows[paragraphs[p - 1][-1]]
            if source and not named and intro["claimant"] == ARTICLE and len(paragraphs[p - 1]) == 1:
                # the bare "It went on:" is the speaker's too (it says nothing itself: its kind stays)
                intro["claimant"], intro["claimant_role"], intro["via"] = \
                    source["claimant"], source["claimant_role"], source["via"]
        person = named_before[indices[0]] if named_before and not source and _only_quotation(body) else None
        if person:
            source = {"claimant": person.name, "claimant_role": person.role, "via": None}
        if source:
            for i in indices:
                _inherit(rows[i], source)


# a line of its own that introduces a document quoted below it: "The statement reads in
# full:", "Its communique said:", "The full text of the letter reads as follows:"
_DOCUMENT_READS = re.compile(r"^\W*(?:The|Its|Their|His|Her)\s+(?:(?:full|whole|entire|complete|original)\s+)?"
                             r"(?:text\s+of\s+the\s+)?(?:[a-z]+\s+)?(?P<noun>statement|communiqu[eé]|release|message|post|letter|"
                             r"announcement|declaration|notice|bulletin|update|decree|resolution|text)\s+"
                             r"(?:reads|read|says|said|states|stated|runs|ran)(?:\s+in\s+(?:full|part)|\s+as\s+follows)?\s*:$")


def _quotation_end(text: str, start: int, limit: int) -> int | None:
    """Where a quotation opened at ``start`` closes, over as many paragraphs as it runs (a
    paragraph may open again with a mark of its own, news copy's way): the end of its
    closing mark, or None when it does not close before ``limit``."""
    depth = 0
    for at in range(start, min(limit, len(text))):
        char = text[at]
        if char not in "“”\"":
            continue
        before = text[at - 1] if at else "\n"
        opening = char == "“" or (char == '"' and (before.isspace() or before in "(—–-") and
                                  at + 1 < len(text) and not text[at + 1].isspace())
        if opening:
            if depth and before == "\n":
                continue  # the next paragraph of the same quotation, opened again
            depth += 1
        else:
            depth -= 1
            if depth <= 0:
                return at + 1
    return None


def _attribute_quoted_documents(text: str, sentences: list[dict], rows: list[dict]) -> None:
    """A document quoted in full below a line that introduces it ("The statement reads in
    full:") is its issuer's words from its opening mark to its closing one, paragraph after
    paragraph, whatever bodies it names inside: the issuer is the source the text last said
    put out such a document ("The ministry said in a statement …")."""
    for i, sentence in enumerate(sentences):
        if sentence["block"] != "body" or i + 1 >= len(sentences) or not rows[i]["text"].rstrip().endswith(":"):
            continue
        match = _DOCUMENT_READS.match(rows[i]["text"].strip())
        opening = sentences[i + 1]["start"]
        if not match or text[opening] not in "“\"" or "\n" not in text[sentence["end"]:opening]:
            continue
        noun = match.group("noun")
        issuer = next((rows[j] for j in range(i - 1, max(-1, i - 6), -1)
                       if rows[j]["claimant"] not in (ARTICLE, UNATTRIBUTED, None) and sentences[j]["block"] == "body"
                       and noun in rows[j]["text"].lower()), None)
        end = _quotation_end(text, opening, opening + 6000)
        if issuer is None or end is None:
            continue
        for k in range(i + 1, len(sentences)):
            if sentences[k]["start"] >= end:
                break
            if rows[k]["kind"] in ("claim", "background", "gap"):
                _inherit(rows[k], issuer)


# the paragraphs of a question-and-answer interview: "Q: …" asked, "A: …" answered
_QUESTION_MARK = re.compile(r"\s*Q\s?[:.]\s")
_ANSWER_MARK = re.compile(r"\s*A\s?[:.]\s")


def _attribute_answers(text: str, sentences: list[dict], rows: list[dict], named_before: list) -> None:
    """An interview printed as questions and answers ("Q: …" / "A: …"): every sentence of an
    answer paragraph is the interviewee's, the person named last before the first question
    (a question may name someone else)."""
    interviewee = None
    answering = False
    for i, sentence in enumerate(sentences):
        paragraph = text.rfind("\n", 0, sentence["start"]) + 1
        if paragraph == sentence["start"] or not text[paragraph:sentence["start"]].strip():
            # (a paragraph's first sentence says whether the paragraph is a question or an answer)
            if _QUESTION_MARK.match(text, paragraph):
                interviewee = interviewee or named_before[i]
                answering = False
                continue
            answering = bool(_ANSWER_MARK.match(text, paragraph)) and interviewee is not None
        if answering and sentence["block"] == "body" and rows[i]["claimant"] in (ARTICLE, None) \
                and rows[i]["kind"] in ("claim", "background"):
            _inherit(rows[i], {"claimant": interviewee.name, "claimant_role": interviewee.role, "via": None})


_YOU = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
# the paragraph that sets up an interview printed as questions over answers ("The desk asked
# Jane Roe, a researcher at …, what the confirmation means.  The interview has been edited
# for length and clarity."): the questions below it are put to the person it names
_INTERVIEW_SETUP = re.compile(r"\b(?:asked|spoke\s+(?:to|with)|talked\s+(?:to|with)|interviewed|sat\s+down\s+with|"
                              r"put\s+(?:these\s+|some\s+|our\s+)?questions\s+to|in\s+conversation\s+with|"
                              r"edited\s+for\s+(?:length|clarity|brevity)|Q&A)\b")


def _attribute_unmarked_answers(text: str, sentences: list[dict], rows: list[dict], named_before: list) -> None:
    """An interview whose questions are paragraphs of their own with no "Q:" ("Why did you
    raise taxes?"), each answered by the paragraphs below it: those are the interviewee's,
    the person named last before the first question.  (Two questions at least, one put to
    "you": a rhetorical question in a story asks nobody; a quoted one is the speaker's.)"""
    paragraphs: list[list[int]] = []
    for i, sentence in enumerate(sentences):
        if i and paragraphs and "\n" not in text[sentences[i - 1]["end"]:sentence["start"]]:
            paragraphs[-1].append(i)
        else:
            paragraphs.append([i])

    def asks(indices: list[int]) -> bool:
        return all(sentences[i]["block"] == "body" and rows[i]["text"].rstrip(" ”\"’")[-1:] == "?"
                   and rows[i]["text"].lstrip()[:1] not in _OPEN for i in indices)

    questions = [p for p, indices in enumerate(paragraphs) if asks(indices)]
    if len(questions) < 2:
        return
    setup = questions[0] > 0 and _INTERVIEW_SETUP.search(
        text, sentences[paragraphs[questions[0] - 1][0]]["start"], sentences[paragraphs[questions[0] - 1][-1]]["end"])
    if not setup and not any(_YOU.search(rows[i]["text"]) for p in questions for i in paragraphs[p]):
        return
    interviewee = named_before[paragraphs[questions[0]][0]]
    if interviewee is None:
        return
    source = {"claimant": interviewee.name, "claimant_role": interviewee.role, "via": None}
    for p in range(questions[0], len(paragraphs)):
        if p in questions:  # (the interviewer's questions assert nothing: furniture, as cross-heads are)
            for i in paragraphs[p]:
                # (one with a number in it too: "Is 9,000 a credible figure?" asks, claims nothing)
                if setup and rows[i]["claimant"] in (ARTICLE, None) and rows[i]["kind"] in ("background", "claim"):
                    rows[i].update(kind="furniture", claimant=None, claimant_role=None, certainty=None)
            continue
        for i in paragraphs[p]:
            if sentences[i]["block"] == "body" and rows[i]["claimant"] in (ARTICLE, None) \
                    and rows[i]["kind"] in ("claim", "background"):
                _inherit(rows[i], source)


# a headline that opens with a quotation and then says whose it is: '"…": a hydrologist
# on …', "'…' - a rice farmer on …"
_QUOTED_HEADLINE = re.compile(r"^\s*[“\"‘'][^“”\"]{8,}[”\"’']\s*[:—–-]\s*\S")


def _attribute_quoted_headline(sentences: list[dict], rows: list[dict], people: list[Actor]) -> None:
    """A headline that quotes someone and then describes them is the quote of the person the
    story quotes most (an interview's or profile's subject)."""
    for sentence, row in zip(sentences, rows):
        if sentence["block"] != "headline" or row["claimant"] != ARTICLE:
            continue
        names = {p.name: p for p in people}
        if _whole_quote(row["text"]):
            # '"Nothing will go unanswered"': a headline that is only a quotation is the words of
            # the person the lede names as speaking (its first three sentences)
            lede = [r for s, r in zip(sentences, rows) if s["block"] == "body" and r["kind"] != "furniture"][:3]
            speaker = next((names[r["claimant"]] for r in lede if r["claimant"] in names), None)
            if speaker:
                row["claimant"], row["claimant_role"], row["cue"] = speaker.name, speaker.role, "quotation"
            continue
        if not _QUOTED_HEADLINE.match(row["text"]):
            continue
        counts: dict[str, int] = {}
        for other in rows:
            if other["claimant"] in names:
                counts[other["claimant"]] = counts.get(other["claimant"], 0) + 1
        if counts:
            speaker = names[max(counts, key=counts.get)]
            row["claimant"], row["claimant_role"], row["cue"] = speaker.name, speaker.role, "quotation"


def _only_quotation(paragraph: str) -> bool:
    """Whether a paragraph that opens with a quote mark is all quotation: nothing but a
    full stop after the quote closes ('"…," KCNA quoted X as saying' has its speaker)."""
    last_close = max(paragraph.rfind("”"), paragraph.rfind('"', 1))
    return last_close <= 0 or len(paragraph[last_close + 1:].split()) <= 1


_MARK_PARTS = re.compile(r"\s+[–—-]\s+|\s*\|\s*")


def _speak_for_the_issuer(text: str, sentences: list[dict], rows: list[dict], organisations: list[Actor]) -> None:
    """A press release speaks in its issuer's voice: what it asserts as its own is the
    issuer's claim, not an independent article's.  A release says it is one in a line of
    its own near the top ("PRESS RELEASE", "FOR IMMEDIATE RELEASE"); its issuer is the
    organisation its first paragraph of news names first.  A story that prints a release in
    full below its own words ("Its full text follows." … "PRESS STATEMENT") gives
    the issuer what follows the mark."""
    marks = _release_marks()
    # (alone on its line, or one part of a line of them: "NEWS RELEASE – FOR IMMEDIATE PUBLICATION",
    # "Corporate News | Portville, 12 May 2025")
    head = [s for s in sentences if len(s["text"]) < 70
            and any(part.strip(" *-_").lower() in marks for part in _MARK_PARTS.split(s["text"]))]
    if not head:
        return
    # (the story's own words before the mark: the release is what follows it)
    told = any(s["block"] == "body" and r["kind"] != "furniture" and s["start"] < head[0]["start"] for s, r in zip(sentences, rows))
    after = head[0]["start"] if told else -1
    # (its first paragraph of news, not a title in capitals: "UPDATE ON THE OUTBREAK")
    lead = next((s for s in sentences if s["start"] > head[0]["start"] and s["block"] == "body" and not s["text"].isupper()), None)
    if lead is None:
        return
    named = [(min(a for a, _ in org.spans if a >= lead["start"]), org) for org in organisations
             if any(lead["start"] <= a < lead["end"] for a, _ in org.spans) and not is_news_organisation(org.name)]
    if not named:
        return
    issuer = min(named, key=lambda pair: pair[0])[1]
    for sentence, row in zip(sentences, rows):
        if row["claimant"] == ARTICLE and row["kind"] not in ("furniture", "caption") and sentence["start"] > after:
            row["claimant"], row["claimant_role"] = issuer.name, None


@lru_cache(maxsize=1)
def _release_marks() -> frozenset[str]:
    return frozenset(m.lower() for m in lexicon()["press_release_marks"])


def _inherit(row: dict, source: dict) -> None:
    row["claimant"], row["claimant_role"], row["via"] = source["claimant"], source["claimant_role"], source["via"]
    row["certainty"] = _complement_certainty(row["text"]) or "stated"
    row["cue"] = "quotation"
    if row["kind"] == "background":
        row["kind"] = "claim"

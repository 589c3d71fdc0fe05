"""Dates: every temporal expression, resolved against the publication date at its real
precision (a month stays a month), with its qualifier ("as early as July" -> no later
than July) and the event it dates.

Absolute dates are parsed with dateutil; relative ones ("last week", "on Thursday",
"three days ago") are resolved with relativedelta from the publication date, and
anchored ones ("two days later", "that day") from the date before them in the text.
A date without a year, a bare weekday or quarter lies before publication unless the
verb nearest to it points to the future ("will be sworn in on January 13").  Spans
ahead ("the next 72 hours") resolve at the precision that is certain: the day, month or
year that holds their end.  Quarters resolve to ``YYYY-Qn``.
A stretch that runs up to publication ("over the past week", "in the last 12 months") is a
figure to date, dated to the day it ends, as "the 24 hours to 8am" is.  A stretch of months
told as one ("between February and June", "March-May") is one row, dated from its first month,
its last in the note; three months that make a quarter are the quarter.
Without a publication date, relative expressions are kept unresolved and the note says why.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from dateutil.relativedelta import MO, SA, SU, relativedelta
from text_to_num import text2num

from ..lexicon import lexicon, trie_alternation

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1, "several": None, "a few": None}
# an epidemiological week's number as an ordinal word: "the ninth epidemiological week"
_ORDINAL_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORDINAL_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                  "eighteenth", "nineteenth"]
_ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}
_TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_WEEK_ORDINAL_WORDS = ("(?:(?:twenty|thirty|forty|fifty)[- ](?:" + "|".join(_ORDINAL_UNITS) + ")|"
                       + "|".join(_ORDINAL_TEENS + list(_ORDINAL_TENS) + _ORDINAL_UNITS) + ")")


def _week_ordinal(word: str) -> int:
    """17 for "17th", "seventeenth"; 23 for "twenty-third"."""
    word = word.lower()
    if word[:1].isdigit():
        return int(word[:-2])
    if word in _ORDINAL_TENS:
        return _ORDINAL_TENS[word]
    if word in _ORDINAL_TEENS:
        return 10 + _ORDINAL_TEENS.index(word)
    tens, _, unit = word.replace(" ", "-").rpartition("-")
    return _TENS_WORDS.get(tens, 0) + _ORDINAL_UNITS.index(unit) + 1


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_CLOCK_HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_WITH_PHRASE = re.compile(r",\s+(?:with|after|before|while|when)\s")
_RANGE_BEFORE = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:to|or|-|–)\s*$", re.IGNORECASE)
# a part of the day named on its own (not "that morning", which needs the day told before it)
_DAY_PART = re.compile(r"^(?!that\b|the\b|later\b|earlier\b).*\b(?:dawn|daybreak|first\s+light|noon|midday|midnight|"
                       r"morning|afternoon|evening|dusk|sunset|nightfall|hours|lunchtime)$", re.IGNORECASE)
# a turning point of the day is a time, like a clock's: beside a date in its sentence ("before
# dawn on Monday") it adds nothing to that date
_TURNING_POINT = re.compile(r"\b(?:dawn|daybreak|first\s+light|noon|midday|midnight|dusk|sunset|nightfall)$", re.IGNORECASE)
# a word in -ed after a determiner or a compound modifier is an adjective ("a three-month
# closed season", "the revised figure"), not a past verb
# (and after a verb of staying, whose tense is the state's: "will remain closed until Monday",
# "is expected to stay closed", "remains closed")
_ADJECTIVE_SLOT = re.compile(r"(?:\b(?:a|an|the|its|their|his|her|our|this|that|remain|remains|remaining|stay|stays|staying)"
                             r"|\w-\w+)\s+$", re.IGNORECASE)
# what follows a verb, not a noun an adjective stands before: "that arrived in", "that reached the"
_VERB_COMPLEMENT_AFTER = re.compile(r"\s+(?:in|on|at|by|from|to|into|for|during|last|earlier|this|after|before|since|the|an?)\b")
# a perfect that looks ahead, and its object, before a participle: "will have the fire (contained)"
_HAVE_AHEAD_BEFORE = re.compile(r"\b(?:will|would|shall|to)\s+have\s+(?:[\w%’'-]+\s+){0,5}$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b")
# "at the time of the attack": the story's event, named by a common noun, on the day it was told
_OF_THE_EVENT = re.compile(r"\s+of\s+the\s+(?-i:[a-z]{3,})\b(?!\s+of\b)")
_DURATION_BEFORE = re.compile(r"\b(?:for|over|lasted|spent|took|last)\s+$", re.IGNORECASE)
# an infinitive: what a past verb set out to do ("was expected to reopen", "pledged to restore")
_INFINITIVE_BEFORE = re.compile(r"\bto\s+(?:be\s+)?(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|our\b|this\b|that\b|these\b"
                                r"|those\b|record\b|date\b)(?-i:[a-z]{2,})\b(?!\s+(?:of|and)\b)", re.IGNORECASE)
# a comparison just before "a year ago": "higher than a year ago", "compared with a year ago"
_COMPARED_BEFORE = re.compile(r"\b(?:from|than|with|on|over|versus|vs\.?)\s+$", re.IGNORECASE)
# and the figure compared with just before it: "compared with 5.8 billion dinars a year ago",
# "up from 8% a year ago"
_COMPARED_FIGURE_BEFORE = re.compile(r"\b(?:from|than|with|versus|vs\.?|against)\s+"
                                     # (the figure named first: "compared with a net profit of $15 million a year ago")
                                     r"(?:an?\s+(?:[a-z]+\s+){0,2}of\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?"
                                     # (a figure since revised: "against a revised 1.9%")
                                     r"(?:an?\s+(?:(?:downwardly|upwardly)\s+)?(?:revised|preliminary|provisional|initial)\s+)?"
                                     # (a sign with letters too: "R$520 million", "Sh2 billion", "N450 million")
                                     # (and up to five words of what it was: "from 74.2% in the first round on")
                                     # (a scale glued to it: "up from R1.9bn at the end of June", "from 273c")
                                     # (or spaced from it: "from Rs 158 a year ago", "from Rs. 158")
                                     r"(?:[A-Z][A-Za-z]{0,2}\.?\s?)?[$€£¥₩₹]?\d[\d.,]*(?:bn|mn|tn|m|k|c|pct|pc|bps|bp)?%?(?:\s+(?!a\b|an\b)[A-Za-z$%-]+\.?){0,5}"
                                     # (and the figure per share after it: "versus $1.1 billion, or
                                     # 45 cents a share, a year ago")
                                     r"(?:,\s+or\s+[^,;:]{1,30},)?\s+$", re.IGNORECASE)
_PAST_COMMITMENT = re.compile(r"(?:promised|pledged|vowed|threatened)\s+to$", re.IGNORECASE)
# a stretch of hours lasted ("for about two hours after", "in the 24 hours before", "less
# than three hours after") and a time told earlier in its sentence ("at 6pm on Tuesday, about
# two hours before …")
_HOURS_SPAN_BEFORE = re.compile(r"\b(?:for|in|under|within|less\s+than)\s+(?:the\s+)?(?:(?:about|around|some|nearly|"
                                r"almost|roughly|just|over|more\s+than|at\s+least)\s+)?$", re.IGNORECASE)
_TIME_TOLD = re.compile(r"\d\s*(?:[ap]\.?m\b|GMT|UTC|WIB)|\b\d{1,2}[:.]\d\d\b|"
                        r"\bon\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.IGNORECASE)
# what stands before a phrase that opens its sentence: the end of the one before, a line
# break, an opening quote or a conjunction ("And two days after the vote, ...")
_FRONTED_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n\s*|[\"“]|\b(?:And|But)\s+)$")
# the date a reported quarter ends on: "(for) the quarter ended Sept. 30", "the three months to June"
_QUARTER_ENDED_BEFORE = re.compile(r"\b(?:quarter|three\s+months|3\s+months)\s+(?:that\s+)?(?:ended|ending|to|through)\s+(?:on\s+)?$",
                                   re.IGNORECASE)
# the end of a period counted to a day: "(in) the year to (June 30)", "the 12 months ended (March 31)"
_PERIOD_END_BEFORE = re.compile(r"\b(?:year|quarter|half|months|period|week)\s+(?:that\s+)?(?:ended|ending|to|through)\s+(?:on\s+)?$",
                                re.IGNORECASE)
# a word that points ahead somewhere before a date in its sentence, whatever verb is nearer it
# ("would meet the heads of every party that entered parliament from Monday")
_FUTURE_WORD_BEFORE = re.compile(r"\b(?:will|would|shall|expects?|expected|forecasts?|forecasters?|warn(?:s|ed)?\s+of|"
                                 r"hop(?:es|ed)\s+to|plans?\s+to|planned\s+to)\b", re.IGNORECASE)
# a modal's perfect: "would not have left before Sunday" tells what had or had not happened
_PERFECT_BEFORE = re.compile(r"\bhave\s+(?:\w+\s+)?\w+(?:ed|en|t)\b", re.IGNORECASE)
# a period whose end "up to" or "until" gives: "for the week up to Friday"
_PERIOD_BEFORE_BOUND = re.compile(r"\b(?:year|quarter|half|months|period|week)\s+$", re.IGNORECASE)
# "earlier in the year" (month, week): with no date told before, publication's
_IN_THE_PERIOD = re.compile(r"(?:earlier|later)\s+in\s+the\s+(?:year|month|week)$", re.IGNORECASE)
_SAME_OF_ANOTHER = re.compile(r"\s+(?:last|next|previous|a|one|of|in)\b", re.IGNORECASE)
# month names, for the patterns below that need them before _patterns() is built
_MONTH_WORDS = r"January|February|March|April|May|June|July|August|September|October|November|December"
# a part of a period told after a span: "the last week of November", "the past month of the year"
_PART_OF_PERIOD_AFTER = re.compile(rf"\s+of\s+(?:{_MONTH_WORDS}|the\s+(?:month|year)\b|(?:19|20)\d\d\b)")
# an event named after a span of its parts: "(the last weeks) of the campaign", "of their tour"
_OF_AN_EVENT_AFTER = re.compile(r"\s+of\s+(?:the|their|its|his|her|our)\s+(?-i:[a-z]{3,})\b")
# a date named as a day set aside ("declared Saturday a day of mourning", "... a public holiday")
_DAY_SET_ASIDE = re.compile(r"\s+(?:as\s+)?an?\s+(?:national\s+|official\s+|public\s+|special\s+)?(?:day|holiday)\b", re.IGNORECASE)
# a deadline's time before its weekday: "until 6 a.m. Friday", "by noon on Saturday" (the
# weekday is bound by the deadline word, as "until Friday" is)
_DEADLINE_TIME_BEFORE = re.compile(r"\b(?:until|till|through|by)\s+(?:about\s+|around\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*"
                                   r"(?:a\.m\.|p\.m\.|am|pm)?|noon|midday|midnight)(?:\s+local\s+time)?,?\s+(?:on\s+)?$",
                                   re.IGNORECASE)
# the words that bind a date as a deadline ("until Friday", "by Friday"), not "as early as"
_DEADLINE_WORDS = frozenset({"until", "till", "through", "by", "up to", "until at least", "through at least"})
# what stands between a clock time and the day it is of: "11 p.m. (on) Sunday", "3:40 a.m.
# local time on Monday", "11:47 p.m. (1802 GMT) Tuesday"; "on Monday(,) at 3:40 a.m."
# ("10 a.m. Korea time Monday", "3 p.m. EST Friday": a zone named by its place or letters)
# ("6:41 PM GMT+8, December 12, 2024": a zone given by its offset)
_CLOCK_THEN_DAY = re.compile(r"(?:\s+(?:local|(?-i:[A-Z][a-z]+))\s+time|\s+(?-i:[A-Z]{2,4})(?:[+-]\d{1,2}(?::?\d\d)?)?)?"
                             r"(?:\s*\([^()]{1,24}\))?,?\s+(?:on\s+)?",
                             re.IGNORECASE)
_DAY_THEN_CLOCK = re.compile(r",?\s+")
# a local time and its conversion to GMT in brackets, with the GMT day: "at 4:17 a.m. local time
# (1917 GMT Tuesday)"; east of Greenwich the local morning is a day after the GMT evening, and
# any zone's clock is ahead of America's
_CLOCK_CONVERSION = re.compile(r"(?:\s+(?:local|(?-i:[A-Z][a-z]+))\s+time|\s+(?-i:[A-Z]{2,4}))?\s*\(\s*(?:on\s+)?"
                               r"(?P<h>[01]?\d|2[0-3])[:.]?(?P<m>[0-5]\d)?\s*(?:(?P<ap>a\.m\.|p\.m\.|am|pm)\s*)?"
                               # (or to an American zone: "(9:06 a.m. PDT Friday)")
                               r"(?P<zone>(?-i:GMT|UTC)|(?-i:[ECMP][SD]?T))\b",
                               re.IGNORECASE)
# the day of a clock time's conversion to another zone, "(2250 GMT Wednesday)": the day
# in Greenwich, not one the story moves to
_CONVERSION_DAY_BEFORE = re.compile(r"\(\s*(?:on\s+)?(?:[01]?\d|2[0-3])[:.]?(?:[0-5]\d)?\s*(?:(?:a\.m\.|p\.m\.|am|pm)\s*)?"
                                    r"(?-i:GMT|UTC|[ECMP][SD]?T),?\s+(?:on\s+)?$", re.IGNORECASE)
_CLOCK_HOUR = re.compile(r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?\s*(?P<ap>a\.m\.|p\.m\.|am|pm)?", re.IGNORECASE)
# between a part of the day and the date it is of: "in the early morning (of) Dec. 14"
_PART_OF_DAY = re.compile(r"\s+(?:(?:of|on)\s+)?")
_DAY_PART_WORDS = ("morning", "afternoon", "evening", "night", "hours")
# the words that bound a date at the end of a month: "by the end of March" is March 31 at the
# latest ("at the end of March" and "since the end of March" stay the month)
_END_BOUNDS = frozenset({"by", "until", "till", "through", "before", "no later than", "prior to", "ahead of", "up to"})
# the opening of an aside about a thing just named, up to a date in it: ", built in", ", who
# took power in", ", which opened in"
_ASIDE_BEFORE = re.compile(r",\s+(?:who|which|whose|(?-i:[a-z]{2,}ed)|built|born|made|begun|held|won|set\s+up)\b"
                           r"(?:[^,;:.]|(?<=\d)[,.](?=\d))*$")
# a preposition that makes "the next year" a stretch counted from now ("over the next year")
_SPAN_PREP_BEFORE = re.compile(r"\b(?:over|in|within|during|for|throughout|through|into|across|of)\s+$", re.IGNORECASE)
# the end of a phrase: punctuation or a conjunction
_PHRASE_END = re.compile(r"\s*(?:[,;:)]|\.(?!\d)|$)|\s+(?:and|but|as|after|before)\b")
# how far into a text a stamp still heads the story (a headline, a deck and a byline)
_HEAD_CHARS = 600
# a capitalised word right after a bare month: a surname or the rest of a name ("June Lee")
_NAME_AFTER = re.compile(r"\s(?-i:([A-Z][a-z]+))\b")
# what makes a clock time recur: "by 6 p.m. daily", "at 9 a.m. every day"
_RECURRING_AFTER = re.compile(r"\s*(?:daily|nightly|every\s+(?:day|night|morning|evening)|each\s+(?:day|night|morning|evening))\b",
                              re.IGNORECASE)
# a lower-case word right after a year: the noun the year modifies ("the 2018 summit")
_NOUN_AFTER = re.compile(r"\s(?-i:[a-z]{3,})\b")
# (a comma between digits is a thousands separator: "which sent 11,000 troops,")
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|whose|whom)\b(?:[^,;:]|(?<=\d),(?=\d))*,")
# a relative clause still open where the date stands: "the governor, who leaves office (on Jan. 20)"
_PARTICIPLE_ASIDE = re.compile(r",\s+(?-i:[a-z]{2,}ed|built|born|made|begun|held|won|hit|sent|set|taken|given|seen|known|found"
                               r"|struck|shot|sold|bought|led|left|lost|kept|brought|caught|written|chosen|spent)\s+(?:in|on|by|at|for|last|earlier|this|after|before|during|since)\b"
                               r"(?:[^,;:]|(?<=\d),(?=\d))*,")
_OPEN_RELATIVE = re.compile(r",\s+(?:who|which|whose|whom)\b(?:[^,;:]|(?<=\d),(?=\d))*$")
# a modal verb, which makes a stretch counted from an event a rule or a deadline ("petitions
# can be filed within 21 days of the results")
_MODAL = re.compile(r"\b(?:can|may|must|should|shall|will|would|(?:has|have)\s+to)\b", re.IGNORECASE)
# the event a story reports, after a deadline's "of": "within 14 days of the ruling" counts
# from the day the story first tells ("the court ruled on Friday")
_STORY_EVENT_AFTER = re.compile(r"\s+(?:the\s+)?(?:announcement\s+of\s+the\s+results?|declaration\s+of\s+the\s+results?"
                                r"|elections?|polls?|polling|vote|voting|ballot|judgm?ent|ruling|verdict|declaration)\b(?!\s+(?:of|on|in)\b)",
                                re.IGNORECASE)
# what may stand before a clause's first word: spaces, quotes, a bracket, a dash
_OPENERS = " \"“‘'(—–-"
# a relative clause in the present just before a date: "… that disappears in the spring"
_PRESENT_RELATIVE_AT_END = re.compile(r"\b(?:that|which|who)\s+(?:also\s+|usually\s+|often\s+|normally\s+)?"
                                      r"(?!was\b|has\b|is\b|as\b|this\b|its\b|his\b|us\b)(?-i:[a-z]+[^s\W]s)\b[^,;:]*$",
                                      re.IGNORECASE)
# a condition in the present before a date: "If the tariffs are raised in the autumn"
_IF_PRESENT_AT_END = re.compile(r"(?:^|[\s\"“(])[Ii]f\s+[^,;:]*?\b(?:is|are|gets|get|comes|come|goes|go)\b[^,;:]*$")
_PERFECT_ADVERB_BEFORE = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|also\s+|already\s+|now\s+|just\s+){1,2}$", re.IGNORECASE)
_SUBORDINATOR = re.compile(r"\b(?:before|until|till|once|unless|if)\s", re.IGNORECASE)
# a quotation's closing mark: what was said inside it is no clause of the verb after it ('"…
# can come down quickly if it rains," he told reporters on Sunday')
_QUOTE_MARK = re.compile(r"[\"”]")
# a past perfect right after a date: "(the vote on Jan. 20) had been rigged"
_HAD_AFTER = re.compile(r",?\s+(?:had|hadn['’]t)\b", re.IGNORECASE)
# a participle that follows its noun, then a preposition: "units used in", "people hurt by"
_REDUCED_RELATIVE = re.compile(r"(?-i:[a-z]+ed)\s+(?:in|by|for|on|at|as|to)\b", re.IGNORECASE)
# a stretch of hours or days up to the day told: "the past 24 hours", "the past three days"
_PAST_DAYS = re.compile(r"(?:\w+\s+)?the\s+(?:past|last|previous)\s+(?:\w+\s+)?(?:hour|day|week|month|year)s?$", re.IGNORECASE)
# a page's copyright mark before its year ("© 2025 Alpha Wire", "Copyright 2024", "(c) 2023"):
# the year the page dates itself to
_COPYRIGHT_BEFORE = re.compile(r"(?:©|ⓒ|\([Cc]\)|\b[Cc]opyright)\s*(?:©\s*)?$")
# the lexicon's spans told from the day the sentence before told ("… told reporters on Friday. A day
# later, …"), as "Two days later" is
_SPAN_FROM_TOLD = frozenset({"a day later", "a day earlier", "a week later", "a week earlier"})
# what "overnight" qualifies in the money market: a rate, a loan, a swap ("the overnight deposit
# rate", "overnight index swaps", "the overnight lending facility")
_OVERNIGHT_MARKET = re.compile(r"\s+(?:(?:deposit|lending|interbank|repo|reverse\s+repo|policy|call|money|index|borrowing|"
                               r"funding|facility|financing|reference|benchmark|swap|swaps|rate|rates|loan|loans)\b)", re.IGNORECASE)
# the night before a day, dated to the day it ends on ("overnight", "rescuers worked through the night")
_NIGHT_WORDS = frozenset({"overnight", "during the night", "through the night", "throughout the night"})
# a present passive just before a date: "(the ballots) are counted (on Monday)"
_PRESENT_PASSIVE_BEFORE = re.compile(r"\b(?:is|are)\s+(?-i:[a-z]{2,}ed)\s+$", re.IGNORECASE)
# a present copula just before a weekday: "(the hearing) is (on Friday)", "(the finals) are again
# (on Sunday)": what is on a day in the present tense is set for the coming one (a past one "was")
_COPULA_BEFORE = re.compile(r"\b(?-i:is|are)\s+(?:again\s+|also\s+|now\s+|still\s+)?$")
_INTO_DATE = re.compile(r"\s+(?:on|into|to)\s+|\s+")
_OVER_BEFORE = re.compile(r"\b(?:over|through|throughout|across)\s+$", re.IGNORECASE)
# the first word of a day's name that is no weekday of this week: "Black Friday", "Cyber
# Monday", "Super Tuesday"
_NAMED_WEEKDAY_BEFORE = re.compile(r"\b(?-i:Black|Cyber|Super)\s+$")
# the stretch of days around a holiday: "(over) the (Christmas) holidays", "(before) the (Easter) break"
_HOLIDAY_STRETCH_BEFORE = re.compile(r"\b(?:over|during|through|throughout|across|since|after|before|until|ahead\s+of)\s+the\s+$",
                                     re.IGNORECASE)
# the days told around a holiday: "in the run-up to (Christmas)", "in the weeks before (Easter)",
# "the days after (New Year's Day)"
_HOLIDAY_AROUND_BEFORE = re.compile(r"\b(?:(?:run|build|lead)-up\s+to|(?:days|weeks)\s+(?:before|after|around|leading\s+up\s+to))\s+$",
                                    re.IGNORECASE)
_HOLIDAY_STRETCH_AFTER = re.compile(r"\s+(?:holiday|holidays|period|break|weekend|season|recess)\b", re.IGNORECASE)
# the second month of a pair and its year: "(March) and September 2025", "(May) to July 2024"
_SHARED_YEAR = re.compile(r"\s*(?:and|to|through|until|till|or|-|–)\s*(?:January|February|March|April|May|June|July|"
                          r"August|September|October|November|December)\s+((?:19|20)\d\d)\b")
# the first month of a pair before the second: "between January (and March)", "from May (to July)"
_MONTH_PAIR_BEFORE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|"
                                r"November|December)\s*(?:and|to|through|until|till|or|-|–)\s*$")
# and the second after the first: "between (March) and May", "(May) to July"
_MONTH_PAIR_AFTER = re.compile(r"\s*(?:and|to|through|until|till|or|-|–)\s*(?:January|February|March|April|May|June|July|"
                               r"August|September|October|November|December)\b")
# the other end of a range of days in one month, which the date pattern leaves out: "(March 3)
# to 5", "(March 3)-5" after the date; "3 to (5 March)", "between 14 and (16 June)" before it.
# The number must end its phrase ("from March 3 to 5 percent" is no day).
# (nor is a clock's hour: "June 3, 2024 - 4:15 p.m.")
_DAY_RANGE_AFTER = re.compile(r"\s*(?:-|–|to|through|until|and)\s*(\d{1,2})(?:st|nd|rd|th)?"
                              r"(?=\s*(?:[,;)]|:(?!\d)|\.(?!\d)|$)|\s+(?:in|at|on|when|with|as|after|before|for|while|near|by|from|around"
                              r"|across|along|against|inside|outside|during|within|into|were|was|saw"
                              # ("rain fell on December 30 and 31 and again on January 2")
                              r"|and|or|but)\b|,?\s+(?:19|20)\d\d\b)")
_MONTH_SPAN = re.compile(rf"\b({_MONTH_WORDS})\s?[-–]\s?({_MONTH_WORDS})\b(?:,?\s+((?:19|20)\d\d)\b)?")
# the same in a table's or a list's short form: "Jan-Sep 2025", "Jan–Aug"
_MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_SHORT_MONTH_SPAN = re.compile(rf"\b({_MONTH_ABBREVIATIONS})\s?[-–]\s?({_MONTH_ABBREVIATIONS})\b(?:\s+((?:19|20)\d\d)\b)?")
_DAY_PAIR_BEFORE = re.compile(r"(?<![\d.,/-])(\d{1,2})\s?[-–]\s?(\d{1,2})\s+$")
_DAY_RANGE_BEFORE = re.compile(r"\b(?:from|between|on)\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|through|until|and)\s*$")
# a span of years written with a hyphen: "2022-2023", "1998–2005" (each end a date)
_YEAR_RANGE = re.compile(r"(?<![\w.,-])((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?![\w-])")
_CLAUSE_COLON = re.compile(r";|(?<!\d):|:(?!\d)")
_CLAUSE_BREAK = re.compile(r"[.;:!?]\s")
_AFTER_CLAUSE_END = re.compile(r"[,;:.]|(?:^|\s)(?:and|but)\s")
# A wire dateline at the head of a paragraph, with its date: "PORTVILLE, Dec. 23 (Agency) --",
# "Portville, Freedonia, 23 December -", "PORTVILLE, March 3, 2025 —".  The story was written
# that day: its "on Tuesday" and "yesterday" are told from it, not from a page dated later.
# (an agency's tag may open the line, "(LEAD) SEOUL, Dec. 23 (Agency) --", and broadcasters and
# South Asian agencies close it with a colon: "Portville, December 23:")
# (some agencies end the place with a point, "PORTVILLE. Dec 23 (Agency) -", press-release
# wires set their name between slashes, "PORTVILLE, Dec. 23, 2024 /Newswire/ --", and South
# Asian agencies start the story right after their tag: "Portville, Dec 23 (Agency) The ...")
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:\([A-Za-z0-9 .]{1,24}\)\s*)?[A-Z][\w.'’-]*(?:[ /][A-Z][\w.'’-]*){0,3}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?(?:[,.]|\s[–—-])\s*"
    rf"(?:(?P<m1>{_MONTH_WORDS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+(?P<d1>\d{{1,2}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_WORDS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?))\b"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d))?\s*(?:(?:\([^()\n]{1,60}\)|/[A-Za-z][^/\n]{0,40}/)\s*(?:--?|—|–|:\s)"
    r"|\([^()\n]{1,60}\)[ \t]+(?=[A-Z\"“])|--?|—|–|:\s)")
# a dateline without a place, made one by the agency's tag: "Nov. 3 (Agency) --"
_DATELINE_BARE = re.compile(
    rf"(?m)^[ \t]*(?:(?P<m1>{_MONTH_WORDS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+(?P<d1>\d{{1,2}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_WORDS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?))\b"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d))?\s*\([^()\n]{1,60}\)\s*(?:--?|—|–)")
# how many days before publication (or one after it, a time zone away) a dateline's date may
# lie to be the day the story was written; a date further off is no dateline of this story
_DATELINE_DAYS = (-1, 14)
# what a live page's time stamp holds besides its date: a clock time, a zone, a stamp word
# (and how long ago it was updated, and the zone's offset: "GMT+9 Updated 2 hours ago")
# (and the reading time some sites give: "2 min read")
# (a stamp word may follow the time without a space, as some sites run them together:
# "Written: 2024-12-23 08:29:06Updated: ...")
_STAMP_REST = re.compile(r"(?:[\s\d:.,|()/–—+•·-]|a\.m\.|p\.m\.|(?<![^\W\d_])(?:updated|posted|published|written|date|last|modified|at|on|am|pm"
                         r"|ago|hours?|hrs?|minutes?|mins?|read"
                         r"|local\s+time|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|(?-i:[A-Z]{2,5}))\b)*",
                         re.IGNORECASE)
# a byline or a place before a stamp's date: "By Jane Roe |", "Jane Roe, Staff Reporter", "Seoul,"
# (a byline may give the writer and the agency apart, "Jane Roe | Agency | Dec 23, 2024", or run
# into the stamp's word, "By Jane Roe Published on Dec 23, 2024", or into the date itself:
# "Jane Roe December 23, 2024")
_STAMP_BYLINE = re.compile(r"(?:\s*(?:By\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
                           r"(?:\s*[|,·•/–—-]|(?=\s+(?:Published|Updated|Posted)\b)|\s*$)){1,3}")
# the outlet after a stamp: "December 23, 2024 / 10:15 PM / Daily Planet", "December 23, 2024
# (Daily Planet)"
_STAMP_OUTLET = re.compile(r"\s*(?:[|/·•]\s*[A-Z][\w.'’&-]*(?:,?\s+[A-Z][\w.'’&-]*){0,3}"
                           r"|\(\s*[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\s*\))\s*$")
NO_PUBLICATION = "no publication date to resolve against"
UNDATABLE = "not datable from the text"
NO_ANCHOR = "no earlier date in the text to count from"
FROM_AN_EVENT = "counted from an event the text does not date"
PRECISIONS = ("day", "week", "month", "quarter", "year")
# The rules' small fixed patterns, compiled once (the re module's cache of 512 patterns is
# too small for all the stages' patterns, so patterns written inline were compiled again).
_SPACES = re.compile(r"\s+")
# (a comma between digits is a thousands separator, not a clause break: "11,000 soldiers")
# (runs of other characters are taken whole, not one character per repetition of the group:
# the same matches, found several times faster)
_CLAUSE = re.compile(r"(?:[^,;:]+|(?<=\d),(?=\d))+")
_CLAUSE_END = re.compile(r"[,;:.]")
_LEADING_CONJUNCTION = re.compile(r"^(?:and|but|when|while|after|as|which|that|following)\s+", re.IGNORECASE)
_AFTER_QUANTITY = re.compile(r"\d\S*\s+[a-z]+\s+$")
_COMPARISON_AFTER = re.compile(r"\s+(?:than|this|in|on)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|that)\s+$", re.IGNORECASE)
_PERIOD_BEFORE = re.compile(r"\b(?:from|than|on)\s+a\s+(?:year|month|quarter|week)\s+$", re.IGNORECASE)
# "set for March", "planned for May", "the year to March": a month a plan is set for, or a
# stretch runs to (not "March" or "May" alone)
_FOR_BEFORE = re.compile(r"\b(?:for|(?:year|months|weeks|days|quarter|period|half|season)\s+to)\s+$", re.IGNORECASE)
# a year of our times by its shape: "2022's invasion" (a count takes no possessive), and a
# sentence's subject: "2023 was the hottest year on record"
_YEAR_SHAPE_AFTER = re.compile(r"['’]s\b")
_YEAR_SUBJECT_AFTER = re.compile(r"\s+(?:was|is|saw|marked|brought|will|has|had|proved|became|began|ended)\b")
_LEAD_WORDS = {"in", "on", "during", "of", "at", "the", "early", "late", "mid", "about", "around",
               "approximately", "least", "end", "start", "beginning", "middle"}


def _prefilter(lex: dict) -> str:
    """A look-ahead every date expression passes: up to four lead words ("since the",
    "at the end of") and then a word that only date expressions use, or a digit.  Most
    words start no date, and this rejects them faster than the whole alternation can."""
    phrases = [*lex["date_qualifiers"], *lex["relative_dates"], *lex["anchored_dates"], *lex["undatable"],
               *lex["fiscal_words"], *lex["year_ago_quarters"], *lex["seasons"], *lex["month_abbreviations"],
               *lex["relative_quarters"]]
    words = {w for phrase in phrases for w in re.split(r"[\s-]+", phrase.lower())}
    words |= {name.split()[0].lower().split("'")[0].split("’")[0] for name in [*lex["holidays"], *lex["easter_holidays"]]}
    words |= set(_MONTHS) | set(_WEEKDAYS) | set(_NUMBER_WORDS) | set(_ORDINALS)
    words |= {*_ORDINAL_UNITS, *_ORDINAL_TEENS, *_ORDINAL_TENS, *_TENS_WORDS}  # "the ninth epidemiological week"
    words |= {"this", "last", "next", "within", "epidemiological", "epidemiologic", "epi", "q", "fy", "several",
              "weekend", "fortnight", "quarter", "half", "past", "final", "h1", "h2", "previous", "coming", "each", "every", "start", "beginning"}
    lead = {w for w in words | _LEAD_WORDS if w in _LEAD_WORDS or w in lex["date_qualifiers"]}
    core = {w for w in words if w and w not in lead} | {"end", "start", "beginning", "middle"} & words
    return (rf"(?=(?:(?:{trie_alternation(lead, True)})[\s-]+){{0,4}}(?:\d|(?:{trie_alternation(core, True)})(?![a-z])))")


def _lower_case_pattern(pattern: str) -> str:
    r"""``pattern`` (compiled with re.IGNORECASE) for lower-cased text, compiled without it:
    its letters in lower case (not those of escapes such as \b, \d, \s, \w), its named
    groups plain ones, and its case-sensitive parts ("(?-i:Q...)") without case.  In a
    lower-cased ASCII text it matches wherever the pattern matches in the text as written,
    and more only where such a part wants a capital ("q3"; none stands in a negative
    look-around, where it would match less)."""
    def lower(m: re.Match) -> str:
        return "(?:" if m.group(0)[0] == "(" else m.group(0) if m.group(0)[0] == "\\" else m.group(0).lower()
    return re.sub(r"\\.|\(\?P<\w+>|\(\?-i:|[A-Z]", lower, pattern)


@lru_cache(maxsize=1)
def _patterns() -> dict:
    lex = lexicon()
    month = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
    weekday = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    qualifier = trie_alternation(lex["date_qualifiers"], True)
    # "mid-February", "end-2025": the hyphen joins "mid" or "end" to its month or year
    lead = (rf"(?:(?P<qual>{qualifier})\s+)?(?:(?:in|on|during|of|early|late|mid|(?:at\s+)?the\s+end\s+of|"
            rf"(?:at\s+)?the\s+start\s+of|(?:at\s+)?the\s+beginning\s+of|the\s+middle\s+of)\s+|(?:mid|end)[-–])?")
    ordinal = r"(?:st|nd|rd|th)?"
    count = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an"
    expressions = [
        # "2024-09-14" (ISO, as releases and tables write it) and a numeric date whose order
        # its numbers tell: "14/09/2024" (a day over 12 first), "09/14/2024" (second)
        ("numeric", r"(?P<ny>(?:19|20)\d\d)-(?P<nm>0[1-9]|1[0-2])-(?P<nd>0[1-9]|[12]\d|3[01])(?![\d-])"
                    r"|(?P<na>\d{1,2})/(?P<nb>\d{1,2})/(?P<ny2>(?:19|20)\d\d)(?![\d/])"
                    # "2024/12/20" (year first, as East Asian copy writes it) and "23.12.2024"
                    # (day first, as European copy writes it)
                    r"|(?P<ny3>(?:19|20)\d\d)[/.](?P<nm3>0?[1-9]|1[0-2])[/.](?P<nd3>0?[1-9]|[12]\d|3[01])(?![\d/]|\.\d)"
                    r"|(?P<ed>0?[1-9]|[12]\d|3[01])\.(?P<em>0?[1-9]|1[0-2])\.(?P<ey>(?:19|20)\d\d)(?!\d|[.,]\d)"
                    # ("03.05.21": a Ukrainian or German release's day, month and two-digit year, padded)
                    r"|(?<![\d.])(?P<ed2>0[1-9]|[12]\d|3[01])\.(?P<em2>0[1-9]|1[0-2])\.(?P<ey2>\d\d)(?!\d|[.,]\d)"),
        # (North Korean state media give the year in their own calendar and then in brackets:
        # "April 10, Juche 109 (2020)")
        # ("Dec.23,2024": some East Asian sites' stamps run the abbreviation, day and year together)
        # (a span of days in one month is dated by its first: "April 28-29", "14-15 December",
        # "14 and 15 December"; "between 14 and 16 June" gives both its ends)
        # (a day of the month, not a figure after the month's name in a table: "June 34.2")
        ("mdy", rf"(?:{weekday},?\s+)?(?P<m1>{month})(?:\s+|(?<=\.)(?=\d))(?P<d1>3[01]|[12]\d|0?[1-9]){ordinal}\b(?!\.\d)"
                # (and two days joined by "and" before their year: "February 6 and 7, 2024")
                rf"(?:[-–]\d{{1,2}}\b(?![-–/.:]\d)|\s+and\s+\d{{1,2}}(?=,?\s+(?:19|20)\d\d\b))?"
                rf"(?:(?:,?\s+|,)(?:Juche\s+\d{{2,3}}\s+\()?(?P<y1>(?:19|20)\d\d)\b\)?"
                rf"|\s+(?P<mdrel>last|next|this)\s+year\b)?"),
        ("dmy", rf"(?:{weekday},?\s+)?(?:the\s+)?(?:(?P<d2r>\d{{1,2}})(?:[-–]|(?<!between\s\d)(?<!between\s\d\d)\s+and\s+)(?=\d))?(?<![\d.,])(?P<d2>3[01]|[12]\d|0?[1-9]){ordinal}\s+(?:of\s+)?(?P<m2>{month})(?:,?\s+(?P<y2>(?:19|20)\d\d)"
                rf"|\s+(?P<dmrel>last|next|this)\s+year)?\b"),
        # the analysts' short forms: "3Q24", "Q3'24" (a quarter), "H1 2024", "1H24" (a half, dated
        # to its year)
        ("qshort", r"(?P<qsn>[1-4])(?-i:Q)(?P<qsy>\d\d)\b|(?-i:Q)(?P<qsn2>[1-4])\s?['’](?P<qsy2>\d\d)\b"),
        ("hshort", r"(?-i:H)[12]\s?(?P<hsy>(?:19|20)\d\d)\b|[12](?-i:H)(?P<hsy2>\d\d)\b"),
        # "the third quarter (of 2024)", "Q3 2025": a capital Q, as companies write it
        ("quarter", rf"(?:the\s+)?(?:(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter|(?-i:Q(?P<qnum>[1-4]))"
                    # "the final quarter of 2023": the fourth (not a match's "final quarter")
                    rf"|(?P<qfinal>final|last)[\s-]quarter(?=,?\s+of\s+(?:(?:19|20)\d\d|last\s+year|this\s+year|next\s+year)\b)"
                    # ("the July-to-September period", as statistics offices write it)
                    rf"|(?P<qm>{month})(?:[-–]|-to-)(?P<qm2>{month})(?:\s+quarter)?"
                    # "the September quarter": the quarter that ends in that month, as Indian
                    # and Australian companies name it; "the three months to September", as
                    # British releases do ("the quarter to September" too, its day not told)
                    rf"|(?<=the\s)(?P<qend>{month})\s+quarter"
                    r"|(?<=the\s)(?:(?:three|3)\s+months|quarter)\s+(?:to|ended|ending|through|until)\s+(?:the\s+end\s+of\s+)?"
                    r"(?P<qend2>March|June|September|December|Mar\.?|Jun\.?|Sept?\.?|Dec\.?)(?!\.?\s+\d{1,2}\b))"
                    r"(?:,?\s+(?:of\s+)?(?:(?P<qy>(?:19|20)\d\d)|(?P<qrel>last|this|next)\s+year"
                    # "the second quarter of fiscal 2027": a quarter of a financial year
                    rf"|(?:{trie_alternation(lex['fiscal_words'], True)})\s?(?P<qfy>(?:19|20)\d\d|\d\d)(?![/-]\d)))?\b"),
        # "first-half profit", "the second half of 2024", "full-year output", "the first nine
        # months of the year": parts of a (financial) year, dated to the year
        ("half", rf"(?:the\s+)?(?:(?P<hn>first|second)(?:-half\b|\s+half\s+of\s+(?:(?P<hy>(?:19|20)\d\d)|the\s+year|this\s+year|the\s+(?:fiscal|financial)\s+year)"
                 rf"|(?P<hbare>\s+half\b(?!\s+of\b|-)))"
                 rf"|first\s+(?:{count})\s+months\s+of\s+(?:the|this)\s+year"
                 # "in the first nine months": of the year a results story tells (not "the first
                 # six months of the war", nor "its first six months in office")
                 rf"|(?<=the\s)first\s+(?P<hmb>three|six|nine|3|6|9)\s+months\b(?!\s+(?:of|in|since|after)\b)"
                 # "H1 revenue", "a stronger H2": the analysts' name of a half without its year
                 # (not "H1N1", "H2-powered", nor "H1 2024", read above)
                 r"|(?-i:H)(?P<hn2>[12])(?![\w-]|\s?['’]?\d))"),
        # (a bare "week 13" only where the text numbers epidemiological weeks: see _resolve)
        ("epiweek", r"(?:(?:epidemiological|epidemiologic|epi)\s+weeks?|(?P<ewbare>(?-i:[Ww])eeks?))\s+(?P<ew>\d{1,2})"
                    # ("from 69 in week 6 to 81 in week 7": a count after "to", no second week)
                    r"(?:\s+(?:and|to|-|–)\s+(?P<ew2>[1-4]?\d|5[0-3])\b(?!\s+in\b))?(?:,?\s+(?:of\s+)?(?P<ewy>(?:19|20)\d\d))?\b"
                    # "the 23rd epidemiological week of 2025", "the ninth epidemiological week of the year"
                    rf"|(?<=the\s)(?P<ewo>\d{{1,2}}(?:st|nd|rd|th)|{_WEEK_ORDINAL_WORDS})\s+(?:epidemiological|epidemiologic|epi)\s+week"
                    r"(?:\s+of\s+(?:the\s+year\b|(?P<ewoy>(?:19|20)\d\d)\b))?"),
        # "this monsoon season": a season named by what happens in it, dated to its year
        # ("this monsoon": the rainy season named by its own word, dated to its year too)
        ("namedseason", r"(?P<nsrel>this|last|next)\s+(?:(?-i:[a-z]+)\s+season|monsoon)\b"),
        ("season", rf"(?P<srel>this|last|next)\s+(?P<sname>{trie_alternation(lex['seasons'], True)})\b"
                   rf"|(?P<sname2>{trie_alternation(lex['seasons'], True)})\s+(?:of\s+)?(?P<sy>(?:19|20)\d\d)\b"
                   # "in the summer", "by the spring": the season nearest publication in the
                   # direction of the verb, when it ends its phrase ("the fall of the city",
                   # "the winter offensive" and "the summer of 2024" are not this form)
                   rf"|the\s+(?P<sname3>{trie_alternation(lex['seasons'], True)})"
                   r"(?=\s*(?:[,;:)]|\.(?!\d)|$)|\s+(?:and|or|when|while|as|after|before|to|that|with|because|but|so|if|until|amid|despite|for|at)\b)"),
        # "the three months to 30 September", "the three months ended June 30": a company's or
        # an agency's quarter, named by the day it ends
        ("threemonths", rf"(?:the\s+)?(?:three|3)\s+months\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?"
                        # (with its day: "the three months to September" is read with its month, below)
                        rf"(?:\d{{1,2}}\s+(?P<tm_m1>{month})|(?P<tm_m2>{month})\s+\d{{1,2}})(?:,?\s+(?P<tm_y>(?:19|20)\d\d))?\b"),
        # "at the same point in 2024", "the same time last year": the story's month, a year (or
        # the year named) before
        # ("down 7% on the same period last year": the period compared with, a year before)
        ("samepoint", r"(?:(?:at|by)\s+)?the\s+same\s+(?:point|time|stage|period(?!\s+a\s+year))\s+(?:(?:in|of)\s+(?P<sp_y>(?:19|20)\d\d)\b"
                      r"|last\s+year\b|a\s+year\s+(?:earlier|ago|before)\b)"),
        # "by mid-year", "at midyear": the middle of the year, its June (not "midyear exams")
        ("midyear", r"(?:(?:by|at|in|until|before|around|toward|towards)\s+)?(?:the\s+)?mid-?year\b"
                    r"(?!\s+(?:exams?|examinations?|review|reviews|report|reports|budget|results?|figures?|holidays?|break)\b)"),
        ("weekend", r"(?P<wkrel>the\s+coming|this\s+coming|the|this\s+past|this|last|past|next)\s+weekend\b"
                    # "losses in weekend fighting": the weekend as a modifier, after a preposition
                    r"|(?:in|of)\s+weekend(?=\s+(?-i:[a-z]{3,})\b)"),
        ("fiscal", rf"(?:{trie_alternation(lex['fiscal_words'], True)})\s?(?P<fy>(?:19|20)\d\d|\d\d)(?:[/-](?P<fy2>(?:19|20)?\d\d))?\b"
                   # "the 2026-27 fiscal year", "the 2025/26 financial year": named, as "fiscal
                   # 2026-27" is, by the year it ends in
                   r"|(?P<fy3>(?:19|20)\d\d)[/–-](?P<fy4>(?:19|20)?\d\d)\s+(?:fiscal|financial|budget)\s+year\b"),
        # "the previous financial year", "the fiscal year": a company's financial year told
        # from the one the story reports (not "the fiscal year ending March 2026", read above)
        ("fyrel", r"the\s+(?:(?P<fyr>previous|prior|preceding|last|next|coming|same)\s+)?(?:fiscal|financial)\s+year\b"
                  r"(?!-|\s+(?:ending|ended|ends|to|that|which|through|of)\b)"),
        # "the same quarter of 2025", "the same month in 2024": the quarter (month) just
        # told, in the year named
        ("samein", r"the\s+same\s+(?P<si_unit>quarter|month)\s+(?:of|in)\s+(?P<si_y>(?:19|20)\d\d)\b"),
        ("yearago", rf"(?P<ya>{trie_alternation(lex['year_ago_quarters'], True)})\b"),
        # ("in the quarter ended December 31" names its quarter by the date that follows)
        # "food prices climbed 0.9% in the month": the month a statistics story reports
        ("relmonth", r"(?:in|during|for)\s+the\s+month\b(?!-|\s+(?:of|ended|ending|to|through|since)\b|\s+(?:before|after)\s+the\b)"),
        ("relquarter", rf"(?P<rq>{trie_alternation(lex['relative_quarters'], True)})\b(?!-|\s+(?:ended|ending|to|through)\b)"),
        # "until Christmas": a fixed-date holiday, after a preposition (not "Christmas trees")
        ("holiday", rf"(?P<hol>{trie_alternation([*lex['holidays'], *lex['easter_holidays']], True)})\b"),
        # "March 2025", "last March", "March last year", "March of next year"
        ("my", rf"(?:(?P<mrel>last|next|this)\s+)?(?P<m3>{month})(?:,?\s+(?P<y3>(?:19|20)\d\d)"
               rf"|\s+(?:of\s+)?(?P<myrel>last|next|this)\s+year)?\b"),
        ("ago", r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|several|a few)\s+(?P<unit>day|week|fortnight|month|year|decade)s?\s+ago\b"
                # "hours ago", "days ago": a few of them, dated as far as is certain
                r"|(?P<ago_few>hour|day|week|month|year)s\s+ago\b"),
        ("weekday", rf"(?P<rel>last|this\s+coming|this|next|coming|on|late|early|overnight)?\s*(?P<wd>{weekday})(?:\s+(?P<part>morning|afternoon|evening|night))?"
                    # "Tuesday of last week", "Friday next week" (not "Monday next week's vote")
                    rf"(?:\s+(?:of\s+)?(?P<wk>last|this|next)\s+week\b(?![’']))?\b"),
        ("relative", rf"(?P<phrase>{trie_alternation(lex['relative_dates'], True)})\b"),
        # "two days later" counts on from the date before it; "two days after the flood" dates
        # the flood two days before the date of its clause
        ("anchored", rf"(?P<an>{trie_alternation(lex['anchored_dates'], True)})\b"
                     # ("an hour after the strike": the same day as the date told; minutes are
                     # a match's or a flight's, told as lengths of time; "two decades later": twenty years)
                     rf"|(?P<an_n>{count})\s+(?P<an_unit>hour|day|week|month|year|decade)s?\s+(?P<an_dir>later|earlier|after|before)\b(?!\s+than)"
                     # "days later", "weeks after the flood": a few of them, dated as far as is certain
                     r"|(?P<an_few>hour|day|week)s\s+(?P<an_dir2>later|earlier|after|before)\b(?!\s+than)"),
        # "over the past week", "the next 72 hours": a stretch of time counted from publication
        ("span", rf"the\s+(?P<sp_dir>past|last|previous|next|coming)\s+(?:(?P<sp_n>{count}|few|several|couple\s+of)\s+)?(?P<sp_unit>hour|day|week|fortnight|month|year|decade)(?P<sp_pl>s)?\b"),
        # "three days from now", "two weeks away": counted from publication, whatever the verb
        # ("two days away by road" is a distance)
        ("fromnow", rf"(?P<fn_n>{count})\s+(?P<fn_unit>day|week|month|year)s?\s+(?:from\s+(?:now|today)|away(?!\s+(?:by|from|on\s+foot)\b)|hence)\b"),
        # "in five years": a date only when the verb points to the future ("will pay off in five years")
        # ("within 21 days of the results being declared": a deadline counted from an event)
        ("within", rf"(?:in|within)\s+(?P<in_n>{count})\s+(?P<in_unit>hour|day|week|fortnight|month|year)s?\b(?:(?P<in_of>\s+of)\b)?(?!\s+(?:of|ago)\b)"),
        # "at about 6:40 a.m." dates its event to the day being told; a live page's time
        # stamp ("13:05 GMT") to the day of publication
        # ("2.55pm BST": British copy parts the hour with a point)
        # (not the minutes of "14:05:00 GMT": a clock time starts with its hour)
        ("clock", r"(?P<clock_at>at\s+(?:about\s+|around\s+|approximately\s+)?)?(?<![\d:.])\d{1,2}(?:[:.]\d\d(?::\d\d)?)?\s*"
                  # (Indonesia's zones after a time with a full stop, as its copy writes it: "13.27 WIB")
                  r"(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|local\s+time\b|(?-i:WIB|WITA|WIT)\b)"
                  # "(1802 GMT)", "at 0230 GMT": the wires' four-digit time (not "2024 GMT")
                  # ("around 0300 local time", "at 1400 local time": the military's and the wires' own)
                  # ("shares were up 1.2% by 0830 GMT", "trading halted until 1400 GMT": a market report's bound)
                  r"|(?P<clock_wire>(?<=\()|(?:at|by|before|after|until|from)\s+(?:about\s+|around\s+)?|(?:about|around|approximately)\s+)"
                  r"(?:[01]\d|2[0-3])[0-5]\d\s?(?:(?-i:GMT|UTC)|local\s+time)\b"
                  # "at 09:00", "at about 14:30": a 24-hour time after "at", as agencies write it
                  r"|(?P<clock_at24>at\s+(?:about\s+|around\s+|approximately\s+)?"
                  # (or after a bound: "suspended from 06:00", "in force until 18:00 on Sunday")
                  r"|(?:(?:shortly\s+|just\s+|soon\s+)?(?:after|before)|from|until|till|since|by)\s+)(?:[01]?\d|2[0-3]):[0-5]\d\b(?![.,:]\d)"
                  # (with its half of the day: "shortly after 10:30 p.m.")
                  r"(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b))?"
                  # a live page's entry stamp, a time alone on its line ("21:35")
                  # (or in brackets opening its entry's headline: "[21:40] NSC to meet Tuesday")
                  # (or before a dash, with its zone: "17:10 KST -- Agency: dam to be inspected")
                  # (with its zone too: "16:05 CET" alone on its line)
                  r"|(?P<clock_line>(?<=\n)|(?<=\n\[))(?:[01]\d|2[0-3]):[0-5]\d(?:[ \t]+(?-i:[A-Z]{2,5}))?(?=[ \t]*(?:\n|$)|\]\s)"
                  r"|(?P<clock_entry>(?<=\n))(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s+(?-i:[A-Z]{2,4}))?(?=\s+(?:--|[—–-])\s+\S)"
                  # "at six o'clock", "around half past nine", "a quarter to ten": a broadcaster's time in words
                  # ("a quarter to ten" only after "at": "rose by a quarter to ten million" is a change)
                  r"|(?P<clock_atw>at\s+(?:about\s+|around\s+|approximately\s+)?|(?:about|around)\s+)?"
                  r"(?:(?:half|(?:a\s+)?quarter|five|ten|twenty|twenty-five)\s+past\s+"
                  rf"(?:{_CLOCK_HOUR_WORDS}|midnight|noon)(?!\s+(?:percent|per\s+cent|times|of)\b)|(?:{_CLOCK_HOUR_WORDS})\s+o['’]clock)\b"
                  rf"|(?P<clock_atw2>at\s+(?:about\s+|around\s+|approximately\s+)?)(?:half|(?:a\s+)?quarter)\s+to\s+(?:{_CLOCK_HOUR_WORDS}|midnight|noon)\b"
                  # "at around eleven-forty", "at six-thirty": hour and minutes in words, after "at"
                  rf"|(?P<clock_atw3>at\s+(?:about\s+|around\s+|approximately\s+)?)(?:{_CLOCK_HOUR_WORDS})-(?:oh-)?"
                  r"(?:five|ten|fifteen|twenty|thirty|forty|fifty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?\b(?!-)"),
        # (a year of the 19th century only after a preposition: "since records began in 1884")
        ("year", rf"(?<![\d,.$])(?P<y4>(?:19|20)\d\d|18\d\d(?!s))(?![\d%]|,\d)(?:s\b)?"),
        ("undatable", rf"(?P<und>{trie_alternation(lex['undatable'], True)})\b"
                      # a time that recurs ("each winter", "every year") is a temporal
                      # expression with no one date, as "previously" is (a daily round, "every
                      # day", "each night", "every morning", is how often, as "daily" is: no time)
                      rf"|(?P<recur>(?:each|every)\s+(?:year|month|week|weekend|season"
                      rf"|{trie_alternation(lex['seasons'], True)}|{weekday}))\b(?!-)"
                      # "since the end of the civil war", "since the start of winter": a time
                      # told by an event the text does not date (a date there is read first)
                      r"|(?P<since_event>since\s+the\s+(?:start|end|beginning|outbreak|onset)\s+of\s+"
                      r"(?>(?:the\s+)?(?-i:[a-z]+(?:-[a-z]+)*)(?:\s+(?!in\b|on\b|at\b)(?-i:[a-z]+(?:-[a-z]+)*))?))\b(?!-|\s+(?:in|on)\s+(?:[A-Z]|\d))"),
    ]
    body = "|".join(f"(?P<{name}>{pattern})" for name, pattern in expressions)
    date = rf"(?<![\w-]){_prefilter(lex)}{lead}(?:{body})"
    pats = {
        # the first word of every form, checked first: most words start no date, and one
        # look-ahead rejects them faster than the whole alternation can
        "date": re.compile(date, re.IGNORECASE),
        # the same, for a plain ASCII sentence (_plain_ascii), whose matches it finds faster
        # (\w, \s, \b and case by table instead of Unicode look-ups)
        "date_ascii": re.compile(date, re.IGNORECASE | re.ASCII),
        # the same in lower case, without groups, for the lower-cased plain sentence: where a
        # date can begin (see _date_matches)
        "date_lower": re.compile(_lower_case_pattern(date), re.ASCII),
        # "less than expected" compares, it does not point ahead
        # (a cue after a verb of comparison is a noun: "beat forecasts", "missed expected")
        # (nor does a compound's part: "better-than-expected", "long-planned")
        "future": re.compile(rf"\b(?<!-)(?<!\bthan\s)(?<!\bas\s)(?<!\bbeat\s)(?<!\bmissed\s)(?<!\btopped\s)"
                             rf"(?<!\bbeats\s)(?<!\bmisses\s)(?<!\btops\s)(?<!\bexceeds\s)(?<!\bmeets\s)"
                             rf"(?<!\bexceeded\s)(?<!\babove\s)(?<!\bbelow\s)(?<!\bmet\s)"
                             # (and after its participle: "Alpha adds 900 staff in May, beating forecasts")
                             rf"(?<!\bbeating\s)(?<!\bmissing\s)(?<!\btopping\s)(?<!\bexceeding\s)"
                             # a plan told in the past tense ("was expected to announce it on
                             # Tuesday", "had planned", "were due to", "had been set for") is no
                             # longer ahead
                             rf"(?<!\bwas\s)(?<!\bwere\s)(?<!\bhad\s)(?<!\bhad\sbeen\s)"
                             # (as is the plan a new date replaced: "the vote, initially set for
                             # Dec. 14, was pushed back")
                             rf"(?<!\binitially\s)(?<!\boriginally\s)(?<!\bpreviously\s)(?<!\bformerly\s)"
                             rf"(?:{trie_alternation([*lex['future_cues'], *lex['scheduled_verbs']], True)}"
                             # what is next is ahead: "its next meeting is on January 19" (not "the
                             # next day", told from a day before)
                             # ("next to the station", "next door" are places)
                             r"|next(?!\s+(?:day|morning|afternoon|evening|night|week|weekend|month|year|time|few|two|"
                             r"three|several|couple|to|door)\b|-)"
                             # "is due on Friday", "talks due to resume": a time set; "cancelled
                             # due to heavy snow", "due to a strike" give a cause
                             r"|(?<!ed\s)(?<!,\s)due(?!\s+(?:process|diligence|course|care|respect|regard)\b)"
                             r"(?!\s+to\s+(?:(?:the|a|an|its|their|his|her|our|this|that|these|those|some|bad|heavy|poor|"
                             r"high|low|severe|strong|technical|security|safety|lack|concerns?|fears?)\b|\d|[a-z]*[a-rt-z]s\b|"
                             r"[a-z]+(?:ing|ion|ity|ness|ment)\b)))\b"
                             # a modal before "have" looks back: "could have been killed on Tuesday"
                             r"(?!(?:(?<=could)|(?<=would)|(?<=should)|(?<=might)|(?<=must)|(?<=may))\s+(?:not\s+|never\s+)?have\b)"
                             # "could" of the senses tells what was perceived: "explosions could be
                             # heard late Friday night", "residents could hear gunfire on Monday"
                             r"(?!(?<=could)\s+(?:(?:not\s+|still\s+|clearly\s+|also\s+)?be\s+(?:heard|seen|felt|smelled|smelt)"
                             r"|(?:not\s+|still\s+|clearly\s+|also\s+)?(?:hear|smell)\b))",
                             re.IGNORECASE),
        # a verb that moves an event, then the new date's preposition, just before the date:
        # "was postponed to", "was adjourned until", "was set for"
        "moved_to": re.compile(rf"\b(?:{trie_alternation(lex['moving_verbs'], True)})\s+(?:[\w'’-]+\s+){{0,4}}?"
                               r"(?:to|until|till|for)(?:\s+(?:on\s+)?)?$", re.IGNORECASE),
        # a verb that sets a date, just before it: "fixed 3 February for the sitting"
        "moved_then_for": re.compile(rf"\b(?:{trie_alternation(lex['moving_verbs'], True)})\s+$", re.IGNORECASE),
        # a scheduled event after a preposition that looks toward it, just before its day
        # ("ahead of the vote on", "pointed to the inauguration on") or just after it ("to the
        # <day> inauguration"): the day hangs on the noun, not on the clause's verb
        # (or the subject of a clause told after a verb of saying, whose past tense is the
        # saying's, not the event's: "said the inauguration on Jan. 20 offered a chance")
        "event_before": re.compile(rf"\b(?:{trie_alternation(lex['toward_event_prepositions'], True)}"
                                   rf"|(?P<say>{trie_alternation(lex['saying_verbs'], True)})(?:\s+that)?)\s+"
                                   r"(?P<np>(?:(?:the|a|an|its|their|his|her|this|next|[\w-]+['’]s)\s+)?(?:[\w'’-]+\s+){0,2}?)"
                                   rf"(?:{trie_alternation(lex['scheduled_event_nouns'], True)})"
                                   # (what it is of, where or with whom it is held may stand between:
                                   # "before the handover of power on", "ahead of talks in Geneva on",
                                   # "before the summit with Japan on")
                                   r"(?:\s+of\s+(?:the\s+)?(?-i:[a-z])[\w'’-]*)?"
                                   r"(?:\s+(?:in|at|with|between)\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’.-]*){0,3})?"
                                   r",?\s+(?:on|of|in)\s+$", re.IGNORECASE),
        "event_det_before": re.compile(rf"\b(?:{trie_alternation(lex['toward_event_prepositions'], True)}"
                                       rf"|(?:{trie_alternation(lex['saying_verbs'], True)})(?:\s+that)?)\s+"
                                       r"(?:the|a|an|its|their|this|next|[\w-]+['’]s)\s+$", re.IGNORECASE),
        "event_after": re.compile(rf"\s+(?:[\w'’-]+\s+){{0,2}}?(?:{trie_alternation(lex['scheduled_event_nouns'], True)})\b",
                                  re.IGNORECASE),
        "record": re.compile(rf"\b(?:{trie_alternation(lex['record_words'], True)})\b", re.IGNORECASE),
        "decision": re.compile(rf"\b(?:{trie_alternation(lex['decision_verbs'], True)})\b", re.IGNORECASE),
        "deadline": re.compile(rf"\b(?:{trie_alternation(lex['deadline_verbs'], True)})\b", re.IGNORECASE),
        "result_word": re.compile(rf"\b(?:{trie_alternation(lex['period_result_words'], True)})\b", re.IGNORECASE),
        "fiscal_end": re.compile(rf"\b(?:{trie_alternation(lex['fiscal_year_phrases'], True)})\s+(?:in\s+|on\s+)?(?P<fm>{month})\b"
                                 # "fiscal 2027, which ends on March 31"
                                 rf"|\b(?:{trie_alternation(lex['fiscal_words'], True)})\s?(?:19|20)?\d\d,?\s+(?:which|that)\s+ends\s+"
                                 rf"(?:in\s+|on\s+)?(?P<fm2>{month})\b",
                                 re.IGNORECASE),
        # an ordinal quarter told with its months in one sentence
        "quarter_pair": re.compile(
            rf"\b(?P<o1>first|second|third|fourth)[\s-]quarter\b(?:[^.;!?]|\.(?=\d)){{0,140}}?\b(?:quarter|three\s+months)\s+end(?:ed|ing)\s+(?:on\s+)?(?P<e1>{month})"
            # (the ordinal quarter's own end: "its fiscal fourth quarter ended March 31")
            rf"|\b(?P<o4>first|second|third|fourth)\s+quarter\s+(?:that\s+)?end(?:ed|ing)\s+(?:on\s+)?(?P<e2>{month})"
            rf"|\b(?P<m1>{month})[-–](?P<m2>{month})\s+(?:quarter|period),?\s+(?:the\s+)?(?P<o2>first|second|third|fourth)[\s-]quarter\b"
            rf"|\b(?P<o3>first|second|third|fourth)[\s-]quarter\s*[(,]\s*(?:the\s+)?(?P<m3>{month})[-–](?P<m4>{month})\b",
            re.IGNORECASE),
        # what every pair above holds: "quarter ended" or a month after a dash (a search of
        # the whole text each, starting at a literal), and an ordinal quarter.  The pair's
        # own search, whose every alternative is tried at every position, runs only where all
        # are found (most articles that say "quarter" state no pair)
        # "the July-September quarter": a quarter named by its months
        "month_pair_quarter": re.compile(rf"\b(?P<m1>{month})(?:[-–]|-to-)(?P<m2>{month})\s+(?:quarter|period)\b", re.IGNORECASE),
        "quarter_pair_parts": (re.compile(r"(?:quarter|three\s+months)\s+(?:that\s+)?end(?:ed|ing)", re.IGNORECASE),
                               re.compile(rf"[-–]{month}", re.IGNORECASE),
                               re.compile(r"(?:first|second|third|fourth)[\s-]quarter", re.IGNORECASE)),
        "hypothetical": re.compile(rf"\b(?:{trie_alternation(lex['hypothetical_cues'], True)})\b[^,;:.]*$", re.IGNORECASE),
        # a past verb: a listed irregular form or a lower-case word in -ed ("hundred" is not
        # one, nor a present in -eed: "losses will exceed 4,000 in February", "need", "feed")
        # (a participle after "be" is not past: "will be sentenced", "would be repaired"; nor
        # is a present passive: "once he is inaugurated on Jan. 20", "the shops are closed")
        # (both begin at \b, tested once and before the look-behinds: the same matches, but
        # at most positions, inside words, the test fails before anything else is tried)
        # (a listed form that is also the base one is no past after "to" or a modal: "are
        # expected to hit 30C on Saturday", "will hit the coast on Friday")
        # (a past form glued to a word before it is an adjective: "the hardest-hit parishes")
        "past": re.compile(rf"\b(?<!-)(?:(?<!\bbe\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bcan\s)(?<!\bmay\s)"
                           rf"(?<!\bmight\s)(?<!\bmust\s)(?<!\bshould\s)(?:{trie_alternation(lex['past_cues'], True)})\b|(?<!\bbe\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bis\s)(?<!\bare\s)(?<!\bam\s)(?!hundred\b|indeed\b|(?:ex|suc|pro)ceed\b|(?:n|f|sp|br|bl|h|s|w|d|gr|cr|st|r)eed\b)(?-i:[a-z]{{2,}}ed)\b)", re.IGNORECASE),
        # a year of our times after a determiner or a comparison ("a 2018 summit", "Russia's
        # 2022 invasion", "the forecast for 2025", "compared with 2023"): a count there is
        # written with its thousands comma, and so rarely falls in these years
        "year_context_near": re.compile(r"(?:\b(?:a|an|its|their|his|her|our|for|with|against|versus|vs\.?|born|at|both|unlike)|['’]s)\s+$",
                                        re.IGNORECASE),
        # (and the second of two years told as alternatives after a preposition: "in 2027 or 2028")
        # ("could slip into 2028": a year something moves into)
        # ("calendar 2025 sales": a calendar year named against a financial one)
        "year_context": re.compile(r"(?:\b(?:in|since|by|until|of|from|during|early|late|mid|before|after|through|into|the|year|fiscal|calendar|between|and|to)\s+|[-–]\s*"
                                   r"|\b(?:in|by|until|since|from|before|after|during)\s+(?:19|20)\d\d\s+or\s+)$", re.IGNORECASE),
    }
    # the tense cues' lower-case copies, for plain ASCII clauses (see _matches_by_lower_case)
    pats.update({f"{name}_lower": re.compile(_lower_case_pattern(pats[name].pattern), re.ASCII) for name in ("future", "past")})
    return pats


@lru_cache(maxsize=1)
def _holidays() -> dict:
    return {name.lower(): tuple(md) for name, md in lexicon()["holidays"].items()}


@lru_cache(maxsize=1)
def _easter_holidays() -> dict:
    return {name.lower(): days for name, days in lexicon()["easter_holidays"].items()}


def _easter(year: int) -> dt.date:
    """Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _month(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


def _past_year(published: dt.date, month: int, day: int = 1) -> int:
    """The year of the most recent (month, day) on or before publication."""
    return published.year if (month, day) <= (published.month, published.day) else published.year - 1


def _future_year(published: dt.date, month: int, day: int = 1) -> int:
    """The year of the first (month, day) on or after publication."""
    return published.year if (month, day) >= (published.month, published.day) else published.year + 1


def _nearest_year(published: dt.date, first: dt.date, last: dt.date) -> int:
    """The year of the stretch first..last (given in any year) that lies nearest publication,
    this year's, last year's or next year's: without a verb to point it, "meets on Dec. 19"
    in early December is this December, "inflation in November" in December last month."""
    def gap(year: int) -> int:
        # (the stretch is given in a leap year: February's last day is the 28th in others)
        a, b = (d.replace(year=year, day=min(d.day, calendar.monthrange(year, d.month)[1])) for d in (first, last))
        if a <= published <= b:
            return 0
        # news tells what happened more often than what will: a date about as far ahead
        # as behind is the one behind
        return (published - b).days if b < published else 2 * (a - published).days
    return min((published.year - 1, published.year, published.year + 1), key=gap)


def _year_by_direction(published: dt.date, direction: str | None, month: int, day: int) -> int:
    """The year of a (month, day) without one: after publication when the verb points to
    the future, before it when it points to the past, else the nearest."""
    if direction == "future":
        return _future_year(published, month, day)
    if direction == "past":
        return _past_year(published, month, day)
    try:
        when = dt.date(2000, month, day)  # a leap year, so 29 February is a date
    except ValueError:
        return _past_year(published, month, day)
    if (month, day) == (2, 29):
        return _past_year(published, month, day)
    return _nearest_year(published, when, when)


def _month_just_ahead(match: re.Match, published: dt.date) -> bool:
    """Whether a month named without its year ("in early December") is one of the two
    after publication's."""
    return not (match.group("y3") or match.group("mrel") or match.group("myrel")) and \
        (_month(match.group("m3")) - published.month) % 12 in (1, 2)


def _count(word: str) -> int | None:
    """A small count written in digits or words ("3", "three", "a"); None when vague."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word in ("a", "an"):
        return 1
    try:
        return int(text2num(word, "en"))
    except ValueError:
        return None


def date_span(resolved: str, precision: str | None = None) -> tuple[dt.date, dt.date]:
    """(first day, last day) of a resolved date: YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD
    (a week is the seven days from its Monday)."""
    if "-Q" in resolved:
        year, quarter = int(resolved[:4]), int(resolved[-1])
        first = dt.date(year, 3 * quarter - 2, 1)
        return first, first + relativedelta(months=3, days=-1)
    parts = [int(p) for p in resolved.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        return first, first + relativedelta(months=1, days=-1)
    day = dt.date(*parts)
    return day, day + dt.timedelta(days=6 if precision == "week" else 0)


def _certain(first: dt.date, last: dt.date) -> tuple[str | None, str | None, str | None]:
    """The finest of day, month, quarter and year that holds the whole stretch first..last."""
    if first == last:
        return first.isoformat(), "day", None
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}", "month", None
    if first.year == last.year and (first.month - 1) // 3 == (last.month - 1) // 3:
        return _quarter(first.year, (first.month - 1) // 3 + 1)
    if first.year == last.year:
        return f"{first.year:04d}", "year", None
    return None, None, UNDATABLE


def _quarter(year: int, quarter: int) -> tuple[str, str, None]:
    return f"{year:04d}-Q{quarter}", "quarter", None


# scheduled verbs whose base form is a noun too: "prominent play", "a host of", "the face of"
_NOUN_TOO = frozenset({"play", "face", "host", "meet", "travel", "resume"})
_NOUN_DETERMINER_AT_END = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|that|more|much|little|fair|foul|[a-z]+(?:ent|ant|al|ive|ous|ic|ful))\s+$",
                                     re.IGNORECASE)


# a hope or plan told in the past, up to its verb: "hoped to return", "wanted to be home"; an
# undertaking too ("agreed to hold a vote", "promised to reply")
_PAST_HOPE_TO = re.compile(r"\b(?P<verb>hoped|wanted|planned|intended|aimed|wished|(?:was|were)\s+hoping"
                           r"|agreed|promised|pledged|vowed|undertook|offered|decided)\s+to\s+\w+")
# a bidding told in the past, its object and the verb of what was bidden: "invited him to begin
# the transition", "ordered the firm to pay", "asked residents to leave"
_PAST_BIDDING_TO = re.compile(r"\b(?P<verb>invited|asked|ordered|urged|instructed|directed|summoned|allowed|permitted|"
                              r"authori[sz]ed|required|encouraged|called\s+on)\s+(?:him|her|them|us|me|it|"
                              r"(?:the|its|their|his|her|all)\s+(?:[\w-]+\s+){0,2}?[\w-]+|[a-z]+s|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+to\s+[a-z]+")
# odds given for something, which is still to come: "even odds of a hike at"
_ODDS_OF = re.compile(r"\b(?:chance|chances|odds|probability|likelihood|bets)\s+(?:of|on|that)\b", re.IGNORECASE)
# a plan told in the pluperfect: "had originally been scheduled for"
# a plan as a participle after its noun: "an inspection planned for the valley in", "the vote scheduled for"
_PLAN_PARTICIPLE = re.compile(r"\b[a-z]{3,}\s+(?P<verb>planned|scheduled|slated)\s+(?:for\s+)?[^,;]{0,60}$")
_HAD_BEEN_AT_END = re.compile(r"\bhad\s+(?:\w+ly\s+)?been\s+$", re.IGNORECASE)
# a condition in the present after the date: "… on Dec. 14 if no candidate wins"
_IF_PRESENT_AFTER = re.compile(r"\s*,?\s*(?:if|unless)\s+[^,;:.]*?\b(?:[a-z]+s|is|are|get|come|go|need|fail|win|lose)\b")
# (not "was expected to announce it on Tuesday, but …": a plan to do, told as past, is past)
_PAST_PLAN = re.compile(r"\b(?:was|were)\s+(?:expected|due|scheduled|slated)\b(?!\s+to\b)")
# a plan to act, told after a verb of saying: "said the teams were expected to reach …"
_SAID_PLAN_TO = re.compile(r"\b(?:said|says|told\s+\w+|added)\s+(?:that\s+)?(?:[\w-]+\s+){1,8}?"
                           r"(?P<plan>(?:was|were)\s+(?:expected|due|scheduled|slated)\s+to)\b")


# a verb of saying, then the subject of what is said (two words or more, no date word first)
_SAYING_THEN_SUBJECT = re.compile(r"(?:said|says|told\s+\w+|added|warned|argued)\s+(?:(?:that\s+)?(?!on\b|last\b|this\b|in\b|at\b|earlier\b|late\b|early\b)"
                                  r"(?:an?|the|its|their|his|her|some|any|further|more)\s+[\w-]+(?:\s+[\w-]+){0,5}\s+(?:in|on|by|at|from|until|before)?\s*$"
                                  # (or the date first in what was said: "told reporters on Friday that in March
                                  # the plant would reopen …")
                                  r"|(?:(?:on|last)\s+[A-Z]?[a-z]+\s+)?that\s+(?:(?:from|in|on|by|until|before|after|starting)\s*)?$)")


# a table's note on its figures, no condition: "(€ million unless stated)", "unless otherwise noted"
_UNLESS_NOTE = re.compile(r"unless\s+(?:otherwise\s+)?(?:stated|noted|indicated|specified|shown)\b", re.IGNORECASE)


# what a date set for something is for: "fixed 3 February for the next sitting", "… as the date"
_FOR_AFTER_DATE = re.compile(r"\s+(?:for|as)\b")


# a forecast's participle just before its date: "the 84 billion forecast in August" (not "will forecast in")
_FORECAST_PARTICIPLE_AT_END = re.compile(r"(?<!will )(?<!to )\bforecast\s+(?:(?:in|on|at)\s+)?$", re.IGNORECASE)


def _direction(text: str, sentence: dict, start: int, end: int) -> str | None:
    """"future" or "past" by the nearest tense cue before the date in its sentence (else
    the first after it, up to the end of its clause); None when nothing says."""
    if sentence.get("block") == "furniture":
        return None  # a link's headline tells past news in the present: "Index ends February up 3%"
    pats = _patterns()
    # the date's own clause; a phrase opened by ", with" ("..., with a record date of
    # Oct. 24") or a clause by ", after" ("..., after deferring the round from April") is
    # not told in the tense of the clause before it
    # (a colon between digits is a clock's, no clause break: "suspended from 06:00 on Sunday")
    before = _WITH_PHRASE.split(_CLAUSE_COLON.split(text[sentence["start"]:start])[-1])[-1]
    if ", " in before:
        # a relative clause set off by commas tells its own time, not the main verb's: "the
        # senator, who lost his seat in November, leaves office on Jan. 3"; so does a reduced
        # one, a participle and its phrase: "the aid, promised in November, arrives on Feb. 5"
        before = _PARTICIPLE_ASIDE.sub(",", _RELATIVE_CLAUSE.sub(",", before))
        # and a relative clause still open at the date is its own clause: the tense is its
        # verb's, not the main verb's ("travelled home for the holiday, which falls on Feb.
        # 17": the nearest Feb. 17, not the last)
        relative = _OPEN_RELATIVE.search(before)
        if relative:
            before = before[relative.start():]
    best, kind, last_future = -1, None, -1
    caption = sentence.get("block") == "caption"
    for name in ("future", "past"):
        # (in plain ASCII, found by the lower-case copy of the pattern: see _date_matches)
        found = _matches_by_lower_case(pats[name], pats[name + "_lower"], before, 0, len(before))
        for m in pats[name].finditer(before) if found is None else found:
            if name == "future":
                if m.group() == "May":
                    continue  # the month ("KISUMU, May 4 -"), not the verb
                if caption and _SPACES.sub(" ", m.group().lower()) in _scheduled_verbs():
                    continue  # a caption tells what a photo shows in the present: "meets X on Monday"
                if before[m.start() - 1:m.start()] == " " and m.group().lower() in _NOUN_TOO \
                        and _NOUN_DETERMINER_AT_END.search(before, max(0, m.start() - 16), m.start()):
                    continue  # "gave the claim prominent play over the weekend": a noun, not a fixture's verb
                last_future = m.end()
            if name == "past" and before[m.start()].isupper() and before[:m.start()].strip(_OPENERS):
                continue  # a capital inside the clause is a name, not a verb: "the Fed", "Rose"
            if name == "past" and m.group().lower() in ("followed", "preceded") and before.startswith(" by", m.end()):
                continue  # "talks will open on 3 March, followed by a second round on 17 March": an order, no tense
            if name == "past" and _PERFECT_ADVERB_BEFORE.search(before, max(0, m.start() - 30), m.start()):
                continue  # "has effectively closed the door for the second quarter": a present perfect, no past
            if name == "past" and "have " in before[max(0, m.start() - 60):m.start()] \
                    and _HAVE_AHEAD_BEFORE.search(before, max(0, m.start() - 60), m.start()):
                continue  # "will have the fire contained by the weekend", "hoped to have it done": done by then, ahead
            if m.start() > best and not (name == "past" and _adjectival(before, m)):
                best, kind = m.start(), name
    if kind == "past" and " " in before:
        plans = list(_PAST_PLAN.finditer(before))
        if plans and plans[-1].start() <= best < plans[-1].end():
            # "Survey crews were expected in the county on Thursday": where someone was to be,
            # told in the past, is the nearest such day (tomorrow's Thursday, yesterday's Tuesday)
            return "nearest"
        plans = list(_PAST_HOPE_TO.finditer(before))
        if plans and plans[-1].start() <= best < plans[-1].end("verb"):
            # "She said she hoped to return home before Christmas": what was hoped or planned
            # then is still to come, or came since; the nearest such day
            return "nearest"
        plans = list(_PAST_BIDDING_TO.finditer(before))
        if plans and plans[-1].start() <= best < plans[-1].end("verb"):
            # "The mayor asked crews to reopen the bridge on Friday": what was bidden then
            # is still to come, or came since; the nearest such day
            return "nearest"
        plans = list(_SAID_PLAN_TO.finditer(before))
        if plans and plans[-1].start("plan") <= best < plans[-1].end():
            # "He said two teams were expected to reach the town on Saturday": a plan passed on
            # in the tense of its saying is still the nearest such day, as a bare plan is
            return "nearest"
    if kind == "past" and _ODDS_OF.search(before, best):
        # "traders priced in even odds of a hike at the June 3 sitting": what the odds
        # are given for has not happened yet, whenever they were given; the nearest such day
        return "nearest"
    if kind == "past" and _PRESENT_RELATIVE_AT_END.search(before, best):
        # "a base effect that disappears in the spring": the date's own verb, in the present
        # after the past one, says nothing of which spring; the nearest
        return None
    if kind is None and _IF_PRESENT_AT_END.search(before):
        # "If the tariffs are raised in the autumn, inflation could jump": a condition in the
        # present is still to be met
        return "future"
    if kind == "past" and last_future >= 0 and (_SUBORDINATOR.search(before, last_future, best)
                                                or _REDUCED_RELATIVE.match(before, best) and "," not in before[last_future:best]) \
            and not _QUOTE_MARK.search(before, last_future, best):
        # "could not begin before tenders were returned in March": a clause hung on a verb
        # that points ahead is as far ahead as that verb; so is a participle after its noun
        # ("would not be surprised to see units used in assaults by late January"; not past a
        # comma: "…will have to find allies, according to the tally finished late on Saturday")
        return "future"
    if kind == "past" and _SAYING_THEN_SUBJECT.match(before, best):
        # "said a further cut in December could not be ruled out": a verb of saying and then
        # the subject of what was said; the date's own verb, after it in its clause, decides
        # (not "said on Tuesday the plant would close": the saying's own day)
        ahead = _AFTER_CLAUSE_END.split(text[end:sentence["end"]], maxsplit=1)[0]
        future, past = pats["future"].search(ahead), pats["past"].search(ahead)
        if future and (not past or future.start() < past.start()):
            return "future"
    if kind == "future" and _HAD_BEEN_AT_END.search(before, max(0, best - 30), best):
        # "Promulgation had originally been scheduled for Jan. 20 but was reset": a plan of
        # the past, the nearest such day (as "was expected on Thursday" is)
        return "nearest"
    if kind == "future" and (plan := _PLAN_PARTICIPLE.search(before)) and plan.start("verb") == best \
            and pats["past"].search(_AFTER_CLAUSE_END.split(text[end:sentence["end"]], maxsplit=1)[0]):
        # "an inspection planned for the valley in June never took place": a plan that its clause's
        # own verb, in the past, says came to its time (or failed to); the nearest such month
        return "nearest"
    if kind == "future" and _FORECAST_PARTICIPLE_AT_END.search(before):
        # "now expects sales of 80 billion, short of the 84 billion forecast in August": the
        # forecast made then (a participle after its figure), not the expectation's future
        return "past"
    if kind:
        return kind
    if _IF_PRESENT_AFTER.match(text, end, sentence["end"]):
        # "a runoff on Dec. 14 if no candidate wins a majority": what a condition still to be
        # met would bring is ahead
        return "future"
    # a fronted date's verb comes after its comma ("In March, it withdrew ...")
    # (up to a coordinated verb: "... until Friday and said" is not the date's verb)
    # (in a relative clause, its own verb: "the envoy, who in March visited Portville, said"; the verb
    # after its closing comma is the main clause's: "the governor, who leaves office on Jan. 20, approved")
    rest = text[end:sentence["end"]]
    if ('"' in rest or "”" in rest) and _inside_quote(text, sentence["start"], start):
        # (a date inside a quotation takes no tense from the verb that says who said it:
        # '"… closed the door for the second quarter," said Marta Roe')
        rest = rest[:min(i for i in (rest.find('"'), rest.find("”")) if i >= 0)]
    after = _AFTER_CLAUSE_END.split(rest if _OPEN_RELATIVE.search(before) else rest.lstrip(" ,"), maxsplit=1)[0]
    best = len(after) + 1
    for name in ("future", "past"):
        found = _matches_by_lower_case(pats[name], pats[name + "_lower"], after, 0, len(after), first=True)
        m = pats[name].search(after) if found is None else found[0] if found else None
        if m and (m.group() == "May" or caption and _SPACES.sub(" ", m.group().lower()) in _scheduled_verbs()
                  or name == "past" and after[m.start()].isupper() or _UNLESS_NOTE.match(after, m.start())
                  or name == "past" and _UNLESS_NOTE.search(after, max(0, m.start() - 20), m.end())):
            m = None  # ("third quarter (€ million unless stated)": a table's note, no condition nor past)
        if m and m.start() < best:
            best, kind = m.start(), name
            if name == "future" and _PAST_COMMITMENT.match(m.group()):
                # "Speaking on Sunday night, Roe promised to present a plan": the promise, made
                # then, is the fronted date's verb, not what was promised
                kind = "past"
    return kind


# the units a span before an event is counted back in from the day told ("four days before
# the blaze"); a span of years before one dates the event ("three years before the census")
_SHORT_UNITS = frozenset({"hour", "day", "week", "month"})


def _looks_back(match: re.Match) -> bool:
    """Whether the match looks back from the time being told ("the previous day", "a year
    earlier", "the year-ago quarter"): an aside the story does not move to, as it does to
    "the next day" or "two days later"."""
    if match.group("yearago") or match.group("samein"):
        return True
    if match.group("ago") and (match.group("unit") or "").lower() == "year" and _count(match.group("n") or "") == 1:
        # "compared with 1.02 trillion won a year ago": the period compared with, as "a year
        # earlier" is (a later "a year earlier" is told from the period reported, not from it)
        return _compared_year_ago(match)
    if match.group("an"):
        return lexicon()["anchored_dates"][_SPACES.sub(" ", match.group("an").lower())][1] < 0
    if match.group("an_dir") or match.group("an_dir2"):
        # ("the pump was serviced four days before the blaze": an aside back from the day told)
        return (match.group("an_dir") or match.group("an_dir2")).lower() in ("earlier", "after") \
            or (match.group("an_dir") or "").lower() == "before" and (match.group("an_unit") or "").lower() in _SHORT_UNITS
    if match.group("rq"):
        return lexicon()["relative_quarters"][_SPACES.sub(" ", match.group("rq").lower())] < 0
    return False


# the month before another, told from it ("a month earlier", "the previous month")
_MONTH_BEFORE = frozenset({"a month earlier", "the previous month", "the preceding month", "the month before"})


def _compared_year_ago(match: re.Match) -> bool:
    """Whether "a year ago" is the other side of a comparison ("rose 12% from a year ago",
    "compared with 1.1 billion a year ago", "higher than a year ago")."""
    return (match.group("qual") or "").lower() == "from" or \
        _COMPARED_BEFORE.search(match.string, max(0, match.start() - 20), match.start()) is not None or \
        _COMPARED_FIGURE_BEFORE.search(match.string, max(0, match.start() - 60), match.start()) is not None


def _compared_quarter(match: re.Match) -> bool:
    """Whether a year told from a quarter is the other side of a comparison ("rose 18% from
    the previous year", "compared with the same quarter the previous year")."""
    text, at = match.string, match.start()
    return (match.group("qual") or "").lower() == "from" or \
        _COMPARED_BEFORE.search(text, max(0, at - 20), at) is not None or \
        _COMPARED_FIGURE_BEFORE.search(text, max(0, at - 60), at) is not None or \
        "quarter" in _CLAUSE_BREAK.split(text[max(0, at - 25):at])[-1]


def _said_before(text: str, sentence_start: int, at: int) -> bool:
    """Whether a verb of saying stands just before the date, a few words back in its clause
    ("said on Tuesday", "told reporters late on Friday", "said in a statement on Monday")."""
    # (the last five words before it, split: a regex anchored at the end would be tried at
    # every position of the window)
    words = text[max(sentence_start, at - 48):at].split()[-5:]
    for word in reversed(words):
        if word.lower() in _saying_verbs():
            return True
        if word[-1:] in ",;:.!?\"”)":
            return False  # the verb's clause has ended
    return False


@lru_cache(maxsize=1)
def _scheduled_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon()["scheduled_verbs"])


@lru_cache(maxsize=1)
def _arrival_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon()["arrival_verbs"])


@lru_cache(maxsize=1)
def _saying_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon()["saying_verbs"])


@lru_cache(maxsize=1)
def _reported_plan() -> re.Pattern:
    """A plan or forecast in reported speech's past tense, up to the date after it: "said winds
    were likely to ease on", "said the bridge was due to reopen on", "said more rain was
    expected (from Wednesday)"."""
    saying = trie_alternation(lexicon()["saying_verbs"], True)
    return re.compile(rf"\b(?:{saying})\s+(?:that\s+)?(?:[\w'’-]+\s+){{1,4}}(?:was|were)\s+"
                      r"(?:likely|unlikely|expected|due|set|scheduled|going)\s+(?:to\s+[^.;:!?\"“”]{1,140}|(?:for\s+)?)$")


def _deadline_before(match: re.Match, saying: bool = True) -> bool:
    """Whether a verb that sets a deadline stands before the match in its clause (not counting
    the verbs of saying among them, "told", unless ``saying``)."""
    text, at = match.string, match.start()
    clause = _CLAUSE_BREAK.split(text[max(0, at - 120):at])[-1]
    return any(saying or m.group().lower() not in _saying_verbs() for m in _patterns()["deadline"].finditer(clause))


def _record_before(match: re.Match) -> bool:
    """Whether a record word stands before "in <n> years" in its clause: "the first time in
    twelve years", "its lowest level in five years"."""
    if not match.group("within").lower().startswith("in"):
        return False
    text, at = match.string, match.start()
    clause = _CLAUSE_BREAK.split(text[max(0, at - 80):at])[-1]
    return _patterns()["record"].search(clause) is not None


def _adjectival(text: str, m: re.Match) -> bool:
    """Whether a past cue in -ed is an adjective where it stands ("a closed season")."""
    word = m.group().lower()
    slot = _ADJECTIVE_SLOT.search(text, max(0, m.start() - 30), m.start()) \
        if word.endswith("ed") and word not in _past_cue_words() else None
    if slot and slot.group(0).strip().lower() == "that" and _VERB_COMPLEMENT_AFTER.match(text, m.end()):
        return False  # "grain that landed at the port in May": a relative clause's verb, not "that closed season"
    return slot is not None


@lru_cache(maxsize=1)
def _past_cue_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon()["past_cues"])


def _resolve_month(match: re.Match, published: dt.date | None, direction: str | None) -> tuple[str | None, str | None, str | None]:
    """A month named with or without its year ("March 2025", "last March", "in March")."""
    g, future = match, direction == "future"
    month = _month(g["m3"])
    if g["y3"]:
        return f"{int(g['y3']):04d}-{month:02d}", "month", None
    if (g["myrel"] or g["mrel"]) and published is None:
        return None, "month", NO_PUBLICATION
    if g["myrel"]:  # "March last year"
        return f"{published.year + {'last': -1, 'this': 0, 'next': 1}[g['myrel'].lower()]:04d}-{month:02d}", "month", None
    if g["mrel"]:
        # "last March": the latest March before this month; "next March": the first after it
        rel = g["mrel"].lower()
        if rel == "this":
            year = published.year
        elif rel == "last":
            year = published.year if month < published.month else published.year - 1
        else:
            year = published.year if month > published.month else published.year + 1
        return f"{year:04d}-{month:02d}", "month", None
    shared = _SHARED_YEAR.match(match.string, match.end())
    if shared:  # "between March and September 2025": the year the pair shares
        return f"{int(shared.group(1)):04d}-{month:02d}", "month", None
    if published is None:
        return None, "month", NO_PUBLICATION
    if direction in (None, "nearest"):
        # (a plan told in the past, "talks were expected to begin in January": the nearest January too)
        year = _nearest_year(published, dt.date(2000, month, 1), dt.date(2000, month, 1) + relativedelta(months=1, days=-1))
    elif month == published.month:
        year = published.year  # "will publish its final October figures" late in October: this month's, not next year's
    else:
        year = _future_year(published, month, 28) if future else _past_year(published, month)
    return f"{year:04d}-{month:02d}", "month", None


def _numeric_reading_near(a: int, b: int, year: int, published: dt.date | None) -> dt.date | None:
    """Of a numeric date's two readings ("02/12/2024": 2 December or 12 February), the one in
    the fortnight up to publication, when the other is not (a page's own stamp, a story's
    days): the order the outlet writes dates in.  None when both or neither are."""
    if published is None:
        return None
    near = []
    for month, day in ((b, a), (a, b)):
        try:
            reading = dt.date(year, month, day)
        except ValueError:
            continue
        if dt.timedelta(0) <= published - reading <= dt.timedelta(days=14):
            near.append(reading)
    return near[0] if len(near) == 1 else None


def _epi_week_start(year: int, week: int) -> dt.date:
    """The Sunday an epidemiological week of the year begins on, as the Americas' bulletins
    count them (week 1 is the one holding 4 January; Europe's ISO weeks begin a day later)."""
    jan4 = dt.date(year, 1, 4)
    return jan4 - dt.timedelta(days=(jan4.weekday() + 1) % 7) + dt.timedelta(weeks=week - 1)


def _entry_day(context: dict) -> str | None:
    """The day of the timeline entry a sentence stands in ("March 3: … . The ministry declines
    to comment the same day"): the entry runs to its paragraph's end."""
    entry = context.get("timeline")
    if not entry or "sentence_start" not in context or not context.get("text"):
        return None
    return entry[0] if context["text"].rfind("\n", 0, context["sentence_start"]) == entry[1] else None


def _stretch_in_days_or_weeks(unit: str, count: int) -> tuple[str, int]:
    """A stretch "within" counts, in a unit relativedelta adds: "within 72 hours" is the day
    the last of them falls on (three days), "in a fortnight" two weeks."""
    if unit == "hour":
        return "day", -(-count // 24)
    if unit == "fortnight":
        return "week", 2 * count
    return unit, count


# the words a story tells its event with, by the noun a deadline counts from
_EVENT_STEMS = (
    (re.compile(r"announc", re.IGNORECASE), re.compile(r"\bannounc", re.IGNORECASE)),
    (re.compile(r"declar", re.IGNORECASE), re.compile(r"\bdeclar", re.IGNORECASE)),
    (re.compile(r"elect|poll|vot|ballot", re.IGNORECASE), re.compile(r"\b(?:by-)?(?:elect|poll|vot|ballot)", re.IGNORECASE)),
    (re.compile(r"judg|rul|verdict", re.IGNORECASE), re.compile(r"\b(?:judg|rul(?:ed|ing)|verdict|acquit|convict|sentenc)", re.IGNORECASE)),
)


def _event_day(text: str, noun: str, days_told: list) -> str | None:
    """The day a story tells the event a deadline counts from: the first day told in a sentence
    that names it ("within 30 days of the announcement" after "…, the returning officer
    announced at about 4:40 p.m. on Sunday"), else the story's first day told."""
    for named, told in _EVENT_STEMS:
        if named.search(noun):
            first = next((s for s, e, d in days_told if told.search(text, s, e)), None)
            if first is not None:
                # (the last day that sentence tells: a clock told before its day, "at about
                # 4:40 p.m. on Sunday", is first dated by the sentence before)
                return [d for s, e, d in days_told if s == first][-1]
            break
    return days_told[0][2] if days_told else None


# a result told in the past tense: what only a quarter that has ended can show
_CLAUSE_BREAK = re.compile(r"\.\s|;\s|,\s+(?:and|but|while|whereas)\s")
_RESULT_TOLD = re.compile(r"\b(?:fell|rose|grew|shrank|declined|increased|decreased|contracted|expanded|jumped|slipped|dropped|"
                          r"climbed|slumped|surged|posted|reported|recorded|reached|totalled|totaled|stood|was|were)\b")


def _resolve(match: re.Match, published: dt.date | None, direction: str | None = None,
             context: dict | None = None) -> tuple[str | None, str | None, str | None]:
    """(resolved ISO string, precision, note) for one match.  ``direction`` is where the
    verb points ("future" or "past"); ``context`` holds the last date and quarter of the
    text before the match (``anchor``: (resolved, precision); ``quarter``: YYYY-Qn)."""
    g = match  # its groups by name, as groupdict() would give them without building the dict
    context = context or {}
    future = direction == "future"
    if g["numeric"]:
        if g["ny"] or g["ny3"]:
            year, month, day = int(g["ny"] or g["ny3"]), int(g["nm"] or g["nm3"]), int(g["nd"] or g["nd3"])
        elif g["ey"]:
            year, month, day = int(g["ey"]), int(g["em"]), int(g["ed"])
        elif g["ey2"]:
            year, month, day = 2000 + int(g["ey2"]), int(g["em2"]), int(g["ed2"])
        else:
            a, b = int(g["na"]), int(g["nb"])
            if (a > 12) == (b > 12) and a != b:
                near = _numeric_reading_near(a, b, int(g["ny2"]), published)
                if near:
                    return near.isoformat(), "day", None  # "02/12/2024" on a page of 2 December 2024
                return f"{int(g['ny2']):04d}", "year", None  # "04/05/2024": only the year is certain
            day, month, year = (a, b, int(g["ny2"])) if a > 12 or a == b else (b, a, int(g["ny2"]))
        try:
            return dt.date(year, month, day).isoformat(), "day", None
        except ValueError:
            return None, "day", "not a real date"
    if g["mdy"] or g["dmy"]:
        month = _month(g["m1"] or g["m2"])
        day = int(g["d1"] or g["d2r"] or g["d2"])
        year = g["y1"] or g["y2"]
        rel = g["mdrel"] or g["dmrel"]  # "on March 3 last year"
        if year is None:
            if published is None:
                return None, "day", NO_PUBLICATION
            year = published.year + {"last": -1, "this": 0, "next": 1}[rel.lower()] if rel else \
                _year_by_direction(published, direction, month, day)
        try:
            return dt.date(int(year), month, day).isoformat(), "day", None
        except ValueError:
            return None, "day", "not a real date"
    if g["holiday"]:
        if published is None:
            return None, "day", NO_PUBLICATION
        name = re.sub(r"\s+", " ", g["hol"].lower())
        if name in _easter_holidays():
            # a feast that moves with Easter: this year's, last year's or next year's, by the verb
            shift = dt.timedelta(days=_easter_holidays()[name])
            days = [_easter(year) + shift for year in (published.year - 1, published.year, published.year + 1)]
            if direction == "past":
                return max(d for d in days if d <= published).isoformat(), "day", None
            if direction == "future":
                return min(d for d in days if d >= published).isoformat(), "day", None
            return min(days, key=lambda d: abs((d - published).days)).isoformat(), "day", None
        month, day = _holidays()[name]
        return dt.date(_year_by_direction(published, direction, month, day), month, day).isoformat(), "day", None
    if g["my"]:
        resolved, precision, note = _resolve_month(match, published, direction)
        lead = match.group(0)[:match.start("m3") - match.start()].lower()
        if precision == "month" and resolved and "end of" in lead and (
                "at the end of" in lead or g["qual"] and _SPACES.sub(" ", g["qual"].lower()) in _END_BOUNDS):
            # "by the end of March", "until the end of June": a bound at the month's last day;
            # "at the end of March" is that day too (a month's end is its last day, as a
            # year's is its December: the finer value still holds the month)
            year, month = int(resolved[:4]), int(resolved[5:7])
            return dt.date(year, month, calendar.monthrange(year, month)[1]).isoformat(), "day", None
        return resolved, precision, note
    if g["year"]:
        if match.group(0).lower().endswith("s"):
            return None, None, "a decade"  # "in the 1980s": no one year
        lead = match.group(0)[:match.start("y4") - match.start()].lower()
        if "end of" in lead:
            return f"{g['y4']}-12", "month", None  # "the end of 2026": its December
        if "start of" in lead or "beginning of" in lead:
            return f"{g['y4']}-01", "month", None
        if lead.rstrip(" -").endswith(("late", "early")):
            # "in late 2021", "early 2023": the year's last or first quarter (the quarter still
            # holds the year)
            return _quarter(int(g["y4"]), 4 if lead.rstrip(" -").endswith("late") else 1)
        if lead.rstrip(" -").endswith("mid"):
            return f"{g['y4']}-06", "month", None  # "by mid-2026": its June, as "by mid-year" is (the month still holds the year)
        return g["y4"], "year", None
    if g["qshort"]:
        return _quarter(2000 + int(g["qsy"] or g["qsy2"]), int(g["qsn"] or g["qsn2"]))
    if g["hshort"]:
        return (g["hsy"] or f"20{g['hsy2']}"), "year", None
    if g["half"]:
        which = (g["hn"] or "").lower() or {"1": "first", "2": "second"}.get(g["hn2"] or "")
        if g["hy"]:
            return g["hy"], "year", None
        if published is None:
            return None, "year", NO_PUBLICATION
        if g["hmb"] and context.get("fiscal_start", 1) == 1:
            months = _count(g["hmb"])
            return f"{published.year - (published.month <= months and not future):04d}", "year", None
        if _FIRST_THREE_MONTHS.search(g["half"]) and context.get("fiscal_start", 1) == 1:
            # "the first three months of the year": its first quarter (the last one to end)
            return _quarter(published.year - (published.month <= 3 and not future), 1)
        if context.get("fiscal_start", 1) != 1 and not g["hy"]:
            start = (context["fiscal_start"] + (6 if which == "second" else 0) - 1) % 12 + 1
            if start > 7:  # a financial half that straddles two calendar years has no one date
                return None, None, UNDATABLE
            if start != 7:  # "the first half of the fiscal year" from April: the last such half to end
                return f"{published.year - (published.month <= start + 5 and not future):04d}", "year", None
        if which == "first" and not future and published.month <= 6:
            return f"{published.year - 1:04d}", "year", None  # the last first half to have ended
        return f"{published.year:04d}", "year", None
    if g["fiscal"]:
        # "fiscal 2024-25", "FY2024/25": a financial year is named by the year it ends in
        year = g["fy2"] or g["fy"] or g["fy4"]
        return (f"{int(year) + 2000:04d}" if len(year) == 2 else year), "year", None
    if g["undatable"]:
        if published is not None and _SPACES.sub(" ", (g["und"] or "").lower()) == "in recent days":
            # the last few days before publication (as "several days ago" counts them), dated
            # as far as is certain: their month, unless they may cross into the one before
            return _certain(published - dt.timedelta(days=9), published - dt.timedelta(days=1))
        ahead = _COMING_STRETCH.get(_SPACES.sub(" ", (g["und"] or "").lower()))
        if published is not None and ahead:
            # "in the coming days", "in the weeks ahead": the days (or weeks) after publication,
            # dated as far as is certain: their month, unless they may cross into the next
            return _coming_month(published, ahead)
        return None, None, UNDATABLE
    if g["fyrel"]:
        # the financial year that holds the quarter the story reports (else publication), named
        # by the year it ends in, and the one before or after it
        base = context.get("reported_quarter")
        anchor = context.get("anchor")
        if base is None and (g["fyr"] or "").lower() == "same" and anchor and anchor[0] and \
                anchor[1] in ("year", "quarter", "month", "week", "day"):
            # "paid in 2019 ... other contracts awarded in the same financial year": the year
            # just told, where no reported quarter gives the story's own financial year
            return anchor[0][:4], "year", None
        if base is None and published is None:
            return None, "year", NO_PUBLICATION
        day, start = date_span(base)[0] if base else published, context.get("fiscal_start", 1)
        offset = {"previous": -1, "prior": -1, "preceding": -1, "last": -1, "next": 1, "coming": 1}.get((g["fyr"] or "").lower(), 0)
        return f"{day.year + (start != 1 and day.month >= start) + offset:04d}", "year", None
    if g["quarter"]:
        if g["qm"] or g["qend"] or g["qend2"]:
            quarter = (_month(g["qm"] or g["qend"] or g["qend2"]) - 1) // 3 + 1
        else:
            quarter = _ORDINALS[g["qord"].lower()] if g["qord"] else 4 if g["qfinal"] else int(g["qnum"])
            start = context.get("fiscal_start", 1)
            if start != 1 and (start - 1) % 3 == 0:
                # the article's financial year starts in another calendar quarter: its Q2
                # from April is the calendar's third
                quarter = ((start - 1) // 3 + quarter - 1) % 4 + 1
        if g["qy"]:
            return _quarter(int(g["qy"]), quarter)
        if g["qfy"]:
            # a financial year is named by the year it ends in: its quarters from a start
            # month after January begin the calendar year before
            fiscal_year = int(g["qfy"]) + (2000 if len(g["qfy"]) == 2 else 0)
            start = context.get("fiscal_start", 1)
            first = dt.date(fiscal_year - (start != 1), start, 1) + relativedelta(months=3 * (int(
                _ORDINALS[g["qord"].lower()] if g["qord"] else g["qnum"] or 1) - 1))
            return _quarter(first.year, (first.month - 1) // 3 + 1) if not (g["qm"] or g["qend"] or g["qend2"]) else \
                _quarter(first.year, quarter)
        if published is None:
            return None, "quarter", NO_PUBLICATION
        if g["qrel"]:
            return _quarter(published.year + {"last": -1, "this": 0, "next": 1}[g["qrel"].lower()], quarter)
        # the last such quarter to have ended by publication, or the next to end after it
        ended = published >= date_span(f"{published.year}-Q{quarter}")[1]
        if direction is None:
            first, last = date_span(f"2000-Q{quarter}")
            return _quarter(_nearest_year(published, first, last), quarter)
        if future:
            last_end = date_span(f"{published.year - (0 if ended else 1)}-Q{quarter}")[1]
            if context.get("results_sentence") and (published - last_end).days <= 100:
                # "will release results for the December quarter" in February: a quarter's
                # results come out after it ends, so the one just ended
                return _quarter(last_end.year, quarter)
            return _quarter(published.year + (1 if ended else 0), quarter)
        # (a quarter under way at publication is this year's, as the golds read it 20 to 0: "The
        # company gave guidance for the fourth quarter" in October; unless a result is told of it,
        # which only a quarter ended can have: "Output fell in the fourth quarter")
        # (the result told in the quarter's own clause: "Margins were thin, and the fourth quarter
        # is often the busiest" tells none of it)
        started = published >= date_span(f"{published.year}-Q{quarter}")[0] and (ended or not _RESULT_TOLD.search(
            _CLAUSE_BREAK.split(match.string[max(0, match.start() - 100):match.start()])[-1]))
        return _quarter(published.year - (0 if started else 1), quarter)
    if g["samein"]:
        told = context.get("quarter") if g["si_unit"].lower() == "quarter" else \
            context.get("sentence_month") or context.get("reported_month")
        if not told:
            return g["si_y"], "year", None  # no quarter (month) told: the year it is of
        return (_quarter(int(g["si_y"]), int(told.split("-Q")[1])) if "-Q" in told
                else (f"{g['si_y']}{told[4:7]}", "month", None))
    if g["yearago"]:
        anchor = context.get("anchor")
        if "month" in g["ya"].lower():
            # the month the sentence (else the story) reports, a year before
            base = context.get("sentence_month") or context.get("reported_month") or \
                (anchor[0] if anchor and anchor[1] == "month" else None)
            if base:
                return f"{int(base[:4]) - 1:04d}{base[4:7]}", "month", None
            # (no month told: the year before publication's, as "last year" is)
            return _shift(published, "year", -1) if published else (None, None, NO_ANCHOR)
        if "period" in g["ya"].lower() and anchor and anchor[1] in ("year", "month"):
            # "the same period a year earlier" after "the first nine months of the year": the
            # stretch just told, a year before
            first, _ = date_span(anchor[0], anchor[1])
            return (f"{first.year - 1:04d}", "year", None) if anchor[1] == "year" else \
                (f"{first.year - 1:04d}-{first.month:02d}", "month", None)
        if "period" in g["ya"].lower() and anchor and anchor[1] == "day" and not context.get("quarter"):
            # "613c in the six months to December 31, from 273c in the year-earlier period": the
            # stretch that ended on the day told, a year before (its months unsaid: the year)
            return f"{int(anchor[0][:4]) - 1:04d}", "year", None
        # the quarter its own sentence names, else the one the story reports (not the last
        # one named: "… from Q3 2024 … than in the year-ago quarter" is a year before the
        # story's quarter, not before its comparison's)
        base = context.get("sentence_quarter") or context.get("reported_quarter") or context.get("quarter")
        if not base:
            return None, None, NO_ANCHOR
        year, quarter = base.split("-Q")
        return _quarter(int(year) - 1, int(quarter))
    if g["relmonth"]:
        base = context.get("sentence_month") or context.get("reported_month")
        return (base, "month", None) if base else (None, None, NO_ANCHOR)
    if g["relquarter"]:
        # the quarter named in its own sentence ("third-quarter growth ... from 1.8% in the
        # previous quarter"), else the one the article reports
        base = context.get("sentence_quarter") or context.get("reported_quarter")
        if not base:
            return None, None, NO_ANCHOR
        year, quarter = (int(x) for x in base.split("-Q"))
        index = year * 4 + quarter - 1 + lexicon()["relative_quarters"][re.sub(r"\s+", " ", g["rq"].lower())]
        return _quarter(index // 4, index % 4 + 1)
    if g["anchored"]:
        if g["an_n"] and _RANGE_BEFORE.search(match.string, max(0, match.start() - 20), match.start()):
            return None, None, UNDATABLE  # "two to four years after rewetting": no one date
        anchor = context.get("anchor")
        if anchor and anchor[1] != "day" and published and _SPACES.sub(" ", (g["an"] or "").lower()) in ("earlier in the week", "later in the week"):
            # "tallies released earlier in the week" after a month told in passing ("the turnout
            # of the election in March"): the week of the last day the story told, else publication's
            anchor = context.get("day_anchor") or (published.isoformat(), "day")
        if anchor and anchor[1] != "day" and context.get("day_anchor") and (
                (g["an_unit"] or "").lower() in ("hour", "day", "week") or (g["an_few"] or "").lower() == "hour"
                or g["an"] and lexicon()["anchored_dates"][_SPACES.sub(" ", g["an"].lower())][0] == "day"):
            # days (and weeks) are counted from a day: "two days later", "a week after", "in the
            # late afternoon" after a month or year told in passing are of the last day the story told
            anchor = context["day_anchor"]
        # (the sentence before's day only for hours that open their sentence: "Hours later, …")
        told = context.get("sentence_day") or (context.get("last_sentence_day") if _OPENS_SENTENCE.match(
            match.string, context.get("sentence_start", 0), match.start()) else None)
        if told and ((g["an_unit"] or "").lower() == "hour" or (g["an_few"] or "").lower() == "hour"
                     or g["an"] and g["an"].lower().startswith(("hours ", "only hours ", "just hours "))):
            # "said on Monday that …, hours after Tarnow's figure", "… told lawmakers on Thursday.
            # Hours later, the Pentagon …": hours count from the day its own sentence (or the one
            # before) told, whatever date the story moved to before (a caption's, a speech's)
            anchor = (told, "day")
        elif told and not context.get("sentence_day") and ((g["an_unit"] or "").lower() in ("day", "week")
                                                            and g["an_dir"].lower() in ("later", "earlier")
                                                            or _SPACES.sub(" ", (g["an"] or "").lower()) in _SPAN_FROM_TOLD):
            # "… said on Oct. 18 that troops had been shipped. Five days later, …": days counted
            # at the head of a sentence from the day the sentence before told, the saying's too
            anchor = (told, "day")
        period = context.get("sentence_quarter") or context.get("sentence_month") or context.get("results_quarter")
        year_earlier = g["an_n"] and _count(g["an_n"]) == 1 and g["an_unit"].lower() == "year" and g["an_dir"].lower() == "earlier"
        if year_earlier and not period and context.get("reported_quarter") and _compared_year_ago(match):
            # "deliveries rose to 1,200 from 900 a year earlier" in a results story: the
            # quarter it reports, a year before, whatever the thing counted
            period = context["reported_quarter"]
        if year_earlier and not period and anchor and anchor[1] == "month" and context.get("reported_month") \
                and context.get("anchor_sentence") != context.get("sentence_id"):
            # "… lower than the rate recorded in September. On a year-on-year basis, it was below
            # the 33.7% recorded a year earlier": the month the story reports, a year before, not
            # the month the sentence before compared it with
            period = context["reported_month"]
        if g["an_n"] and (g["an_unit"] or "").lower() == "year" and g["an_dir"].lower() == "earlier" and not period \
                and published and anchor and anchor[1] == "year" and context.get("anchor_sentence") != context.get("sentence_id") \
                and _compared_year_ago(match):
            # "… 41.2% in Portville, compared with 44.0% four years earlier", paragraphs after "ran
            # the council from 1986": a figure's other side is years before the story's own time,
            # not before a year told in passing
            anchor = (str(published.year), "year")
        if period and year_earlier and not (anchor and anchor[1] in ("quarter", "month")
                                            and context.get("anchor_sentence") == context.get("sentence_id")):
            # "quarterly profit fell 20% compared with a year earlier" after "said on Tuesday":
            # the period being reported a year before, not the day it was said
            anchor = (period, "quarter" if "-Q" in period else "month")
        if g["an"] and g["an"].lower() == "at the time" and _OF_THE_EVENT.match(match.string, match.end()):
            # "at the time of the attack": the day of the event the story told, not a year in passing
            anchor = context.get("day_anchor")
            if anchor is None:
                return None, None, NO_ANCHOR
        if g["an_n"] and g["an_dir"].lower() == "after" and anchor and context.get("anchor_sentence") != context.get("sentence_id") \
                and _FRONTED_BEFORE.search(match.string, max(0, match.start() - 8), match.start()):
            # "Voters went to the polls on Oct. 27. Two days after the vote, the commission ...":
            # a fronted "after" opens a new event after the one just told, which it names, so it
            # dates that event, as told ("three days after X told ..." dates X)
            return anchor[0], anchor[1], None
        if g["an_n"] and g["an_dir"].lower() == "before" and g["an_unit"].lower() in _SHORT_UNITS and anchor \
                and context.get("anchor_sentence") == context.get("sentence_id"):
            # "Jane Roe left on Friday, a day before the gale reached Alpha", "the bureau reports on
            # June 3, a day before the board meets": the day its own clause told, which is
            # that long before the event named after it
            return anchor[0], anchor[1], None
        if g["an"] and g["an"].lower().endswith(("same day", "that day")) and _entry_day(context):
            # "March 3: … over the weekend. The ministry declines to comment the same day": the entry's day
            return _entry_day(context), "day", None
        said_day = context.get("sentence_day") or context.get("said_day")
        if g["an"] and said_day and g["an"].lower().endswith(("same day", "that day")) \
                and _SAID_THEN.search(match.string, context.get("sentence_start", 0), match.start()):
            # "On Monday, the agency said thirty were killed over the weekend. … The spokesman said
            # later the same day": the day of the saying told before, not of the events it told of
            return said_day, "day", None
        if g["an"] and "same day" in g["an"].lower() and context.get("told_day") \
                and context["told_day"][1] != context.get("sentence_id"):
            # "The president said on Monday that … The army put the number the same day at 1,100": the
            # day just told, even a day something was said on (no anchor of the events told)
            return context["told_day"][0], "day", None
        if g["an"] and lexicon()["anchored_dates"][_SPACES.sub(" ", g["an"].lower())][0] == "story":
            if context.get("story_day"):
                return context["story_day"]
            return (published.isoformat(), "day", None) if published else (None, None, NO_PUBLICATION)
        if published and g["an"] and g["an"][:6].lower() == "since " and _DAY_PART.search(g["an"]) and \
                context.get("anchor_sentence") != context.get("sentence_id"):
            # "We have not heard from the town since midnight": a stretch that runs to the time
            # of telling starts on the day of publication, not on a day an earlier sentence told
            return published.isoformat(), "day", None
        if published and g["an"] and g["an"].lower() in _STRETCH_OF_THE_DAY and \
                _WILL_BEFORE.search(match.string, context.get("sentence_start", 0), match.start()):
            # "Reports will appear here throughout the day": the day still being lived, publication's
            return published.isoformat(), "day", None
        if published and g["an"] and _DAY_PART.search(g["an"]) and context.get("anchor_sentence") != context.get("sentence_id") \
                and _MARKET_MOVE.search(match.string, context.get("sentence_start", 0), match.start()):
            # "Shares fell 3% by noon", "the stock was up 2% at midday": the market's day, the
            # story's, not the day a period of its results ended on
            return published.isoformat(), "day", None
        if g["an"] and _SPACES.sub(" ", g["an"].lower()) in _MONTH_BEFORE and context.get("reported_month") \
                and _compared_year_ago(match):
            # "climbed 0.8% from May, compared with 0.9% a month earlier", "… easing from 14.6%
            # a month earlier" in a story on a month's data: the month before the one the
            # story reports, not before a comparison's month or a month told in passing
            year, month = (int(x) for x in context["reported_month"].split("-"))
            return (f"{year - (month == 1):04d}-{(month - 2) % 12 + 1:02d}", "month", None)
        return _anchored(g, anchor, published)
    if g["epiweek"] and g["ewbare"] and "pidemiolog" not in match.string:
        return None, None, NO_ANCHOR  # "week 13 of the season": no bulletin's week of the year, no date
    told_year = g["epiweek"] and (g["ewy"] or g["ewoy"])
    if g["epiweek"] and (told_year or published):
        week = _week_ordinal(g["ewo"]) if g["ewo"] else int(g["ew"])
        last = int(g["ew2"] or week)
        # (this year's, unless it is still weeks ahead of a page that tells no future)
        year = int(told_year) if told_year else published.year - (
            not future and _epi_week_start(published.year, week) > published + dt.timedelta(weeks=3))
        start, end = _epi_week_start(year, week), _epi_week_start(year, last) + dt.timedelta(days=6)
        if start.year != year and week > 1 or last < week or last > 53:
            return None, None, "not a real date"
        if last == week:
            return start.isoformat(), "week", None  # the week from its Sunday, as bulletins count it
        resolved = _certain(start, end)  # "between epidemiological weeks 16 and 18": what stays certain
        return resolved if resolved[0] else (f"{year:04d}", "year", None)
    if published is None:
        return None, None, NO_PUBLICATION
    if g["namedseason"]:
        return f"{published.year + {'last': -1, 'this': 0, 'next': 1}[g['nsrel'].lower()]:04d}", "year", None
    if g["season"]:
        return _season(g, published, direction)
    if g["threemonths"]:
        month = _month(g["tm_m1"] or g["tm_m2"])
        year = int(g["tm_y"]) if g["tm_y"] else _year_by_direction(published, direction or "past", month, 28)
        if month % 3:
            return f"{year:04d}-{month:02d}", "month", None  # three months to a month that ends no quarter
        return f"{year:04d}-Q{month // 3}", "quarter", None
    if g["samepoint"]:
        quarter = context.get("sentence_quarter") or context.get("results_quarter") or context.get("reported_quarter")
        if quarter and not g["sp_y"] and "period" in match.group(0).lower():
            # "sales fell 7% against the same period last year" in a story on a quarter's results:
            # that quarter, a year before
            return _quarter(int(quarter[:4]) - 1, int(quarter[-1]))
        base = context.get("sentence_month") or context.get("reported_month")
        if base is None and published is None:
            return None, None, NO_PUBLICATION
        year, month = (int(base[:4]), int(base[5:7])) if base else (published.year, published.month)
        return f"{int(g['sp_y']) if g['sp_y'] else year - 1:04d}-{month:02d}", "month", None
    if g["midyear"]:
        # this year's, unless it is past and the verb points ahead (then next year's)
        year = published.year + (future and published.month > 6)
        return f"{year:04d}-06", "month", None
    if g["weekend"]:
        rel = (g["wkrel"] or "").lower()
        told = _entry_day(context) or context.get("sentence_day")
        if not future and told and told < published.isoformat() and rel == "the":
            # "March 3: Freedonia's army says … over the weekend", "On March 3, the
            # agency said … over the weekend": the weekend before the day the sentence tells
            return (dt.date.fromisoformat(told) + relativedelta(weekday=SA(-1))).isoformat(), "day", None
        # "this past weekend" looks back whatever the verb
        saturday = published + relativedelta(weekday=SA(+1) if future and "past" not in rel or rel == "next" or "coming" in rel
                                             else SA(-1))
        if direction == "nearest" and rel == "the":
            ahead = published + relativedelta(weekday=SA(+1))
            if (ahead - published).days <= (published - saturday).days:
                saturday = ahead  # (a Sunday's weekend is its own)
        if rel == "last" and published.weekday() >= 5:
            saturday -= dt.timedelta(days=7)
        if (match.group("qual") or "").lower().startswith("through"):
            # "floods through the weekend": the stretch runs to the weekend's end, its Sunday
            return (saturday + dt.timedelta(days=1)).isoformat(), "day", None
        return saturday.isoformat(), "day", None
    if g["fromnow"]:
        count = _count(g["fn_n"])
        if count is None:
            return None, None, UNDATABLE
        unit = g["fn_unit"].lower()
        when = published + relativedelta(**{unit + "s": count})
        if unit == "year":
            return f"{when.year:04d}", "year", None
        if unit == "month":
            return f"{when.year:04d}-{when.month:02d}", "month", None
        return when.isoformat(), "day", None
    if g["within"]:
        count = _count(g["in_n"])
        # a deadline set in the clause ("ordered inspections within two weeks") is counted from
        # publication whatever the tense of the order; "reached the roof within two hours" is
        # a length of time
        deadline = match.group("within").lower().startswith("within") and _deadline_before(match)
        if g["in_of"]:
            # "appeals may be lodged within 30 days of the ruling being published": a deadline
            # counted from an event the text does not date ("rose within three years of the
            # ditches being blocked" is a length of time, no row)
            clause = _CLAUSE_BREAK.split(match.string[max(0, match.start() - 120):match.start()])[-1]
            if (future or deadline or _MODAL.search(clause)) and match.group("within").lower().startswith("within"):
                event = _STORY_EVENT_AFTER.match(match.string, match.end())
                story_day = event and _event_day(match.string, event.group(0), context.get("days_told") or [])
                if story_day and count is not None:
                    unit, count = _stretch_in_days_or_weeks(g["in_unit"].lower(), count)
                    when = dt.date.fromisoformat(story_day) + relativedelta(**{unit + "s": count})
                    return when.isoformat(), "day", None
                return None, None, FROM_AN_EVENT
            return None, None, UNDATABLE
        if not (future or deadline) and count is not None and _record_before(match):
            # "the highest in five years": the last such time, that many years ago
            unit = g["in_unit"].lower()
            if unit in ("year", "month"):
                return _shift(published, unit, -count)
        if not (future or deadline) or count is None:
            return None, None, UNDATABLE
        unit, count = _stretch_in_days_or_weeks(g["in_unit"].lower(), count)
        # counted from the day the sentence tells ("said on Tuesday she would testify within a
        # month"), else from publication
        start = dt.date.fromisoformat(context["sentence_day"]) if context and context.get("sentence_day") else published
        when = start + relativedelta(**{unit + "s": count})
        if unit == "year":
            return f"{when.year:04d}", "year", None
        if unit == "month" and not match.group("within").lower().startswith("within"):
            return f"{when.year:04d}-{when.month:02d}", "month", None
        return when.isoformat(), "day", None  # "within a month": the day the month runs out
    if g["ago"] and (g["ago_few"] or (g["n"] or "").lower() in ("several", "a few")):
        # "hours ago", "several days ago": a few of them, dated as far as is certain
        low, high = {"hour": (0, 0), "day": (2, 9), "week": (14, 42)}.get((g["ago_few"] or g["unit"]).lower(), (None, None))
        if low is None:
            return None, None, UNDATABLE  # "years ago": no one date
        return _certain(published - dt.timedelta(days=high), published - dt.timedelta(days=low))
    if g["ago"]:
        n = g["n"].lower()
        count = int(n) if n.isdigit() else _NUMBER_WORDS.get(n)
        unit = g["unit"].lower()
        if count is None:
            return None, None, UNDATABLE
        period = context.get("sentence_quarter") or context.get("sentence_month") or context.get("results_quarter") \
            or context.get("reported_quarter")
        if unit == "year" and count == 1 and period and _compared_year_ago(match):
            # "third-quarter profit rose 12% from a year ago", "sales in October were 3% higher
            # than a year ago": the period being reported, a year before
            if "-Q" in period:
                return _quarter(int(period[:4]) - 1, int(period[-1]))
            return f"{int(period[:4]) - 1:04d}{period[4:]}", "month", None
        if unit == "year":
            # "a year ago", "five years ago": the same month that many years back (its year
            # still holds, and the month is as certain: a comparison "with a year ago" is of
            # this month's figure with that one's)
            return f"{published.year - count:04d}-{published.month:02d}", "month", None
        if unit == "decade":
            unit, count = "year", 10 * count
        if unit == "fortnight":  # "a fortnight ago": two weeks back
            unit, count = "week", 2 * count
        if unit == "week":
            # "two weeks ago": that many weeks before the day told (the week's Monday would
            # name another day, and often another month)
            return (published - dt.timedelta(weeks=count)).isoformat(), "day", None
        return _shift(published, unit, -count)
    if g["weekday"]:
        weekday = _WEEKDAYS[g["wd"].lower()]
        rel = (g["rel"] or "").lower()
        if "coming" in rel:  # "this coming Friday": the next one
            future = True
        if g["wk"]:  # "Tuesday of last week": that day of the week named
            monday = published + relativedelta(weekday=MO(-1))
            week = {"last": -1, "this": 0, "next": 1}[g["wk"].lower()]
            return (monday + dt.timedelta(weeks=week, days=weekday)).isoformat(), "day", None
        if rel == "this" and direction is None:
            # "this Sunday" with no verb to point it: that day of publication's week
            monday = published + relativedelta(weekday=MO(-1))
            return (monday + dt.timedelta(days=weekday)).isoformat(), "day", None
        if rel == "next" or (future and rel != "last"):
            delta = (weekday - published.weekday()) % 7
            if rel == "next" and delta == 0:
                delta = 7
            return (published + dt.timedelta(days=delta)).isoformat(), "day", None
        delta = (published.weekday() - weekday) % 7
        page_day = context.get("page_day")
        if delta == 6 and rel != "last" and page_day and (page_day - published).days == 1:
            # a wire dated the day before its page, a time zone behind the place it is filed
            # from ("SEOUL, Dec 18 (Agency) - ... struck on Thursday" on a page of Thursday
            # Dec 19): the weekday after the dateline is the page's own day, not six days before
            return page_day.isoformat(), "day", None
        if direction == "nearest" and 7 - delta < delta:  # (a deadline's weekday: see extract_dates)
            return (published + dt.timedelta(days=7 - delta)).isoformat(), "day", None
        if rel == "last" and delta == 0:
            delta = 7
        return (published - dt.timedelta(days=delta)).isoformat(), "day", None
    if g["relative"]:
        unit, offset = lexicon()["relative_dates"][_SPACES.sub(" ", g["phrase"].lower())]
        if unit == "year_start" and (g["qual"] or "").lower() == "since":
            # "since the start of the year": from its first day (a month's gold compares the same)
            return f"{published.year + offset:04d}-01-01", "day", None
        if future and g["phrase"].lower() in _NIGHT_WORDS:
            # "winds are expected to ease overnight": the night to come, ending the next day
            return (published + dt.timedelta(days=1)).isoformat(), "day", None
        if unit == "year":
            # "at the start of next year", "the end of last year": its January or its December
            lead = match.group(0)[:match.start("phrase") - match.start()].lower()
            unit = "year_end" if "end of" in lead else "year_start" if "start of" in lead or "beginning of" in lead else unit
            edge = _EARLY_OR_LATE.search(lead) if unit == "year" else None
            if edge:  # "early next year", "late last year": its first or its last quarter
                return _quarter(published.year + offset, 1 if edge.group(1) == "early" else 4)
            months = _FIRST_OR_LAST_MONTHS.search(match.string, max(0, match.start() - 40), match.start() + len(lead)) \
                if unit == "year" and "of" in lead else None
            if months:  # "in the first months of next year", "the final months of last year": the same
                return _quarter(published.year + offset, 1 if months.group(1).lower() in ("first", "early", "opening") else 4)
        if unit == "whole_year":
            return _whole_year(published, context)
        if unit == "quarter" and offset == 0 and direction == "past" and context.get("reported_quarter") \
                and context["reported_quarter"] < _shift(published, "quarter", 0)[0]:
            # '"We did not chase numbers this quarter," the chief executive said' of results out
            # after their quarter: the quarter the story reports, told in the past
            return context["reported_quarter"], "quarter", None
        if unit == "week" and g["phrase"].lower().startswith("later this"):
            # "later this week": after the day told, by the week's Sunday at the latest
            return (published + relativedelta(weekday=SU(0))).isoformat(), "day", None
        if unit == "month" and "end of" in match.group(0)[:match.end("phrase") - match.start()].lower() and g["qual"] and \
                _SPACES.sub(" ", g["qual"].lower()) in _END_BOUNDS:
            # "until the end of the month", "by the end of next month": a bound at the month's
            # last day, as "until the end of June" is
            first = published.replace(day=1) + relativedelta(months=offset + 1)
            return (first - dt.timedelta(days=1)).isoformat(), "day", None
        return _shift(published, unit, offset)
    if g["span"]:
        return _span(g, published)
    if g["clock"]:
        if _RECURRING_AFTER.match(match.string, match.end()):
            return None, None, UNDATABLE  # "markets must shut by 6 p.m. daily": every day, no one day
        anchor = context.get("anchor")
        # (a clock time naming a thing of that hour, "in its 7 p.m. update", "the 6 a.m.
        # bulletin", is told of the day the story tells, as "at 7 p.m." is)
        modifier = _DETERMINER_BEFORE.search(match.string, max(0, match.start() - 6), match.start()) is not None and \
            _NOUN_AFTER.match(match.string, match.end()) is not None
        # (and one after a bound: "conceded shortly after 8 p.m.", "until 6 p.m.")
        bounded = _CLOCK_BOUND.match(match.string, match.start()) is not None
        if (g["clock_at"] or g["clock_at24"] or g["clock_wire"] is not None or g["clock_atw"] or g["clock_atw2"] or modifier
                or bounded) and anchor and anchor[1] == "day":
            if future and anchor[0] < published.isoformat():
                # "The Security Council will meet at 10 a.m." after "fired a missile on Monday":
                # what is still to come is not of a day gone by, but of publication's
                return published.isoformat(), "day", None
            if bounded and _SMALL_HOURS_AFTER.match(match.string, match.start()) and anchor[0] < published.isoformat():
                # "polls closed on Thursday … declared shortly after 1am": counting that ran past
                # midnight ends on the day after the one told
                return (dt.date.fromisoformat(anchor[0]) + dt.timedelta(days=1)).isoformat(), "day", None
            return _evening_of_lead_day(match, anchor[0], published, context, future), "day", None
        return _evening_of_lead_day(match, published.isoformat(), published, context, future), "day", None
    return None, None, UNDATABLE


def _evening_of_lead_day(match: re.Match, day: str, published: dt.date, context: dict, future: bool) -> str:
    """The day of a clock time given no day of its own: an evening's hour ("admitted defeat just
    after 10:30 p.m.") read as publication's is of the evening before, when the story's body
    opened with that day (results night, told the next morning); else ``day``."""
    lead = context.get("lead_day")
    if future or day != published.isoformat() or lead != (published - dt.timedelta(days=1)).isoformat():
        return day
    hour = _CLOCK_HOUR.search(match.group(0))
    late = _minutes(hour.group("h"), hour.group("m"), hour.group("ap")) >= _EVENING if hour and hour.group("ap") \
        else "midnight" in match.group(0).lower() and "before" in match.string[max(0, match.start() - 20):match.start()].lower()
    return lead if late else day


# the stretches to come that a story names without a count, and how far ahead they may run
_COMING_STRETCH = {"in the coming days": 9, "in the days ahead": 9, "in the coming weeks": 21, "in the weeks ahead": 21}


def _coming_month(published: dt.date, days: int) -> tuple[str | None, str | None, str | None]:
    """The month of the days to come after publication, when they cannot cross into the next."""
    end = published + dt.timedelta(days=days)
    if (end.year, end.month) != (published.year, published.month):
        return None, None, UNDATABLE
    return f"{published.year:04d}-{published.month:02d}", "month", None


# a bound before a clock time: "shortly after 8 p.m.", "until 6 p.m.", "by 10 a.m."
# the hour from which a clock time is the evening's (7 p.m.)
_EVENING = 19 * 60
_SMALL_HOURS_AFTER = re.compile(r"(?:(?:shortly|just|soon|well|long)\s+)?after\s+(?:12|[1-4])(?:[:.][0-5]\d)?\s*(?:a\.m\.|am\b)",
                                re.IGNORECASE)
_CLOCK_BOUND = re.compile(r"(?:(?:shortly|just|soon|well|long)\s+)?(?:after|before|until|till|by|from|since)\s+\d", re.IGNORECASE)


def _span(g: dict, published: dt.date) -> tuple[str | None, str | None, str | None]:
    """"the past week", "the next 72 hours": the stretch from or to publication."""
    unit = g["sp_unit"].lower()
    if (g["sp_n"] is None or g["sp_n"].lower() == "few") and g["sp_pl"] and unit in ("day", "week") \
            and g["sp_dir"].lower() in ("next", "coming"):
        # "in the coming days", "over the next few weeks": dated as far as is certain (their
        # month, unless they may cross into the next), as "in the weeks ahead" is
        return _coming_month(published, _COMING_STRETCH[f"in the coming {unit}s"])
    if g["sp_n"] is None and g["sp_pl"] or unit == "decade":  # (a decade spans years: no one date)
        return None, None, UNDATABLE  # "in the coming days": how many is not said
    count = _count(g["sp_n"]) if g["sp_n"] else 1
    if count is None:
        return None, None, UNDATABLE
    if unit == "fortnight":  # "over the past fortnight": the two weeks to publication
        unit, count = "week", 2 * count
    if g["sp_dir"].lower() not in ("next", "coming") and (
            unit == "hour" and count <= 24 or unit in ("day", "week")
            or unit == "month" and count <= 12 or unit == "year" and count == 1):
        # "in the past 24 hours", "over the past day": a count that ends at publication is
        # dated to the day it ends, as "the 24 hours to 8am" is (so is a count of days: "treated
        # 80 patients over the past three days" runs up to the day told; and of weeks, months
        # or a year: "1,000 casualties over the past week", "attrition over the last 12
        # months", "the stock fell 11% over the past year": a figure to date)
        return published.isoformat(), "day", None
    if unit == "hour":
        length = relativedelta(days=-(-count // 24))
    else:
        length = relativedelta(**{unit + "s": count})
    if unit == "year":
        # "over the next three years": a plan that runs to a year, dated to that year; "over
        # the past five years" looks back over several, no one of them ("the past year" is
        # the one before)
        ahead = g["sp_dir"].lower() in ("next", "coming")
        if not ahead and count > 1:
            return None, None, UNDATABLE
        return f"{(published + length).year if ahead else (published - length).year:04d}", "year", None
    if g["sp_dir"].lower() in ("next", "coming"):
        # "the next 24 hours", "over the coming month": a stretch from now is dated by its end,
        # no later than which it runs (at the precision of its unit, as "the next three years" is)
        end = published + length
        return (end.isoformat(), "day", None) if unit in ("hour", "day", "week") else (f"{end.year:04d}-{end.month:02d}", "month", None)
    return _certain(published - length, published)


def _season(g: dict, published: dt.date, direction: str | None = None) -> tuple[str | None, str | None, str | None]:
    """"this spring", "winter of 2024", "in the summer": the season's months, at the
    precision that is certain."""
    name = (g["sname"] or g["sname2"] or g["sname3"]).lower()
    first_month, last_month = lexicon()["seasons"][name]
    spans = [(dt.date(y, first_month, 1),
              dt.date(y + (first_month > last_month), last_month, 1) + relativedelta(months=1, days=-1))
             for y in (published.year - 2, published.year - 1, published.year, published.year + 1)]
    rel = (g["srel"] or "").lower()
    if rel == "last":  # "last summer" in December: the latest to have ended, as "last March" is
        return _certain(*[s for s in spans if s[1] < published][-1])
    if rel == "next":  # the first to begin after publication
        return _certain(*next(s for s in spans if s[0] > published))
    if g["sname3"]:
        # the latest such season begun by publication when the verb looks back, the first
        # not yet over when it looks ahead, else the one that holds publication or is nearest
        if direction == "past":
            first, last = [s for s in spans if s[0] <= published][-1]
        elif direction == "future":
            first, last = next(s for s in spans if s[1] >= published)
        else:
            first, last = min(spans, key=lambda s: 0 if s[0] <= published <= s[1] else
                              (published - s[1]).days if s[1] < published else 2 * (s[0] - published).days)
        return _certain(first, last)
    if g["sy"]:
        year = int(g["sy"])
    else:
        year = published.year
        if first_month > last_month and published.month <= last_month:
            year -= 1  # "this winter" in February began last December
    first = dt.date(year, first_month, 1)
    last = dt.date(year + (first_month > last_month), last_month, 1) + relativedelta(months=1, days=-1)
    return _certain(first, last)


# a quarter of a named financial year: "Q2 FY26", "the second quarter of fiscal 2026"
_FISCAL_QUARTER = re.compile(r"\bQ(?P<n>[1-4])\s*(?:FY|fiscal\s+)[-\s]?'?(?P<y>(?:19|20)?\d\d)\b"
                             r"|\b(?P<o>first|second|third|fourth)[\s-]quarter\s+(?:of\s+)?(?:the\s+)?"
                             r"(?:fiscal(?:\s+year)?|financial\s+year|FY)\s?'?(?P<y2>(?:19|20)?\d\d)\b", re.IGNORECASE)


# a timeline's entry opening with its date: "March 3: Freedonia's army says …"
_TIMELINE_LABEL = re.compile(r"\s*[:—–-]\s+(?=[A-Z])")
_HEADLINE_QUARTER = re.compile(r"(?<![\w-])(?-i:Q)(?P<n>[1-4])(?![\w-]|\s?['’]?\d)")


def _fiscal_start_of_headline_quarter(text: str) -> int | None:
    """The first month of the financial year a results story names its quarter in: "Q2" in
    the headline and "the July-September quarter" in the lede make July-September the second
    quarter of a year that starts in April.  Both must be told near the top (the first 1,500
    characters), and the story must speak of a financial year (the caller's test)."""
    top = text[:1500]
    quarter = _HEADLINE_QUARTER.search(top)
    months = quarter and _patterns()["month_pair_quarter"].search(top)
    if not months:
        return None
    return (_month(months.group("m2")) - 3 * int(quarter.group("n"))) % 12 + 1


def _fiscal_start_of_reported_quarter(text: str, published: dt.date) -> int | None:
    """The first month of the article's financial year, from the first quarter of a named
    financial year it tells ("Q2 FY26" in a story of October 2025), where the calendar's
    reading would put that quarter after publication: results are told of a quarter that
    has ended, so the year starts in the month (January, April, July or October) that makes
    it the last to end by publication (April: July-September 2025)."""
    match = _FISCAL_QUARTER.search(text)
    if not match:
        return None
    ordinal = int(match.group("n")) if match.group("n") else _ORDINALS[match.group("o").lower()]
    year = int(match.group("y") or match.group("y2"))
    year += 2000 if year < 100 else 0
    ends = {}
    for start in (1, 4, 7, 10):
        first = dt.date(year - (start != 1), start, 1) + relativedelta(months=3 * (ordinal - 1))
        ends[start] = first + relativedelta(months=3) - dt.timedelta(days=1)
    if ends[1] <= published:
        return None  # the calendar's quarter has ended: nothing says the year is another
    ended = {start: end for start, end in ends.items() if end <= published and (published - end).days <= 120}
    return max(ended, key=ended.get) if ended else None


# a market's move told in the sentence before a time of day: "shares fell 3% by noon"
_MARKET_MOVE = re.compile(r"\b(?:shares|stock|stocks|index|traded|trading)\b", re.IGNORECASE)


def _anchored(g: dict, anchor: tuple[str, str] | None,
              published: dt.date | None = None) -> tuple[str | None, str | None, str | None]:
    """"two days later", "that day": counted from the date before it in the text, at the
    precision that stays certain after the shift.  A part of the day ("before dawn", "in
    the afternoon", "during the day") with no date before it is of the day of publication."""
    if anchor is None and published and g["an"] and (_DAY_PART.search(g["an"]) or g["an"].lower() in _STRETCH_OF_THE_DAY):
        return published.isoformat(), "day", None
    if anchor is None and published and g["an"] and \
            tuple(lexicon()["anchored_dates"][_SPACES.sub(" ", g["an"].lower())]) == ("year", -1):
        # "exports rose 5% from the previous year" with no year told before: the year before
        # publication's, the one a comparison of this year's figures looks back to
        return _shift(published, "year", -1)
    if anchor is None and published and g["an"] and _IN_THE_PERIOD.match(g["an"]):
        # "talks collapsed earlier in the year" with no date told before: publication's year
        unit, _ = lexicon()["anchored_dates"][_SPACES.sub(" ", g["an"].lower())]
        return _shift(published, unit, 0)
    if anchor is None:
        return None, None, NO_ANCHOR
    if g["an"]:
        unit, offset = lexicon()["anchored_dates"][_SPACES.sub(" ", g["an"].lower())]
        if unit == "same":  # "at the time": the date told before, as it was told
            return anchor[0], anchor[1], None
    elif g["an_few"]:
        # a few days (two to nine) or weeks (two to six) from the date told: what is certain
        # (hours: the day told)
        low, high = {"hour": (0, 0), "day": (2, 9)}.get(g["an_few"].lower(), (14, 42))
        sign = 1 if g["an_dir2"].lower() == "later" else -1  # ("days before the vote": before it)
        first, last = date_span(*anchor)
        ends = sorted([first + dt.timedelta(days=sign * low), first + dt.timedelta(days=sign * high),
                       last + dt.timedelta(days=sign * low), last + dt.timedelta(days=sign * high)])
        return _certain(ends[0], ends[-1])
    else:
        count = _count(g["an_n"])
        if count is None:
            return None, None, UNDATABLE
        # ("four days before the blaze" the story told: that long before it; "two days after
        # the vote" is dated above, by the event it names; years before an event date the event:
        # "a blow to Alpha three years before the next census" is the census's year)
        unit, direction = g["an_unit"].lower(), g["an_dir"].lower()
        offset = count if direction == "later" or direction == "before" and unit not in _SHORT_UNITS else -count
        if unit == "hour":  # "an hour after the strike": the day of the date told
            unit, offset = "day", 0
        elif unit == "decade":  # "opened in 2001 and closed a decade later": ten years on
            unit, offset = "year", 10 * offset
    resolved, precision = anchor
    first, last = date_span(resolved, precision)
    # "the following month", "later that year" name a whole month or year ("a month later",
    # "a year earlier" count that far from the date told, at its precision)
    whole = g["an"] and not g["an"].lower().startswith(("a ", "an "))
    if precision == "quarter" and unit == "year" and (not whole or _compared_quarter(g)):
        # "up from a quarter a year earlier", "rose 18% from the previous year": the quarter
        # compared with (a year told on from a quarter, "the following year", is a year)
        return _quarter(first.year + offset, (first.month - 1) // 3 + 1)
    if unit == "week" and precision in ("day", "week"):
        monday = first + relativedelta(weekday=MO(-1), weeks=offset)
        return monday.isoformat(), "week", None
    if whole and unit == "month" and precision in ("day", "week"):
        first, last = first.replace(day=1), first.replace(day=1) + relativedelta(months=1, days=-1)
    elif whole and unit == "year" and precision != "year":
        first, last = first.replace(month=1, day=1), first.replace(month=12, day=31)
    shift = relativedelta(**{unit + "s": offset})
    return _certain(first + shift, last + shift)


# nothing but a quote mark or "A few"/"Only"/"Just" between a sentence's start and its hours
# a part of the day told as a stretch ("during the day"), and a future verb before it in its sentence
_STRETCH_OF_THE_DAY = frozenset({"during the day", "throughout the day", "during the morning", "during the afternoon",
                                 "during the evening", "all night"})
_WILL_BEFORE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:going|set|expected)\s+to)\b(?:\s+[\w’'-]+){0,6}\s+$", re.IGNORECASE)
# a saying just before a day told from another ("said later the same day", "told reporters that day")
_SAID_THEN = re.compile(r"\b(?:said|told\s+(?:[a-z]+\s+){0,2}|announced|added|wrote|posted|confirmed|stated)\s+(?:later\s+)?$")
_OPENS_SENTENCE = re.compile(r"[\s“\"']*(?:(?:[Aa]\s+few|[Oo]nly|[Jj]ust|[Ss]ome)\s+)?$")
_FIRST_THREE_MONTHS = re.compile(r"\bfirst\s+(?:three|3)\s+months\b", re.IGNORECASE)
_FIRST_OR_LAST_MONTHS = re.compile(r"\b(first|early|opening|last|final|closing)\s+(?:few\s+)?months\s+of\s*$", re.IGNORECASE)
_EARLY_OR_LATE = re.compile(r"\b(early|late)\b(?:\s+in)?\s*$")


# results come out within about a quarter of the period they report
_RESULTS_LAG = dt.timedelta(days=75)


def _whole_year(published: dt.date, context: dict) -> tuple[str, str, None]:
    """"For the full year", "no dividend for the year": the year being lived; in a story of
    results, the year of the period reported (the year just ended, in January's fourth-quarter
    results), and with a financial year, that year, by the month it ends in ("the full year"
    of interims to December, in a year ending in June: that June)."""
    results = context.get("results_story") or context.get("reported_quarter") or "fiscal_start" in context
    day = published - _RESULTS_LAG if results else published
    if "fiscal_start" not in context or context["fiscal_start"] == 1:
        return f"{day.year:04d}", "year", None
    end_month = (context["fiscal_start"] - 2) % 12 + 1
    year = day.year + (day.month > end_month)
    return f"{year:04d}-{end_month:02d}", "month", None


def _shift(published: dt.date, unit: str, offset: int) -> tuple[str, str, None]:
    if unit == "day":
        return (published + dt.timedelta(days=offset)).isoformat(), "day", None
    if unit == "week":
        monday = published + relativedelta(weekday=MO(-1)) + dt.timedelta(weeks=offset)
        return monday.isoformat(), "week", None
    if unit == "month":
        first = published.replace(day=1) + relativedelta(months=offset)
        return f"{first.year:04d}-{first.month:02d}", "month", None
    if unit == "quarter":
        index = published.year * 4 + (published.month - 1) // 3 + offset
        return _quarter(index // 4, index % 4 + 1)
    if unit == "year_end":
        return f"{published.year + offset:04d}-12", "month", None
    if unit == "year_start":
        return f"{published.year + offset:04d}-01", "month", None
    if unit == "new_year":  # the year that has begun or is about to: next year from July on
        return f"{published.year + (published.month >= 7):04d}", "year", None
    return f"{published.year + offset:04d}", "year", None


# a whole year that the words after it name or qualify: "for the year ended March 31", "for
# the year to June", "the full year 2025", "for the year-ago quarter"
_WHOLE_YEAR_NAMED_AFTER = re.compile(r"(?:\s+(?:ended|ending|to|through|thru|until|before|ago|earlier|of|that|which|in\s+which"
                                     r"|starting|beginning|from|(?:19|20)\d\d)\b|[-–]|['’]s\b)", re.IGNORECASE)
_COMPARED_DAY_BEFORE = re.compile(r"\b(?:than|compared\s+with|compared\s+to|against)\s+(?:on\s+)?$", re.IGNORECASE)
_FOR_WEEKDAY_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
# a warning set for a day: "issued a red alert for hydraulic risk for Tuesday"
_WARNING_FOR_BEFORE = re.compile(r"\b(?:alert|warning|forecast|risk|watch|advisory|alarm)s?\b(?:\s+[\w-]+){0,4}?\s+for\s+$", re.IGNORECASE)
_AFTER_GERUND_BEFORE = re.compile(r"\b[Aa]fter\s+(?-i:[a-z]+ing)\b[^,;:.]*$")
# a month named before a noun, after an article or a possessive: "the bank's March projection"
_ATTRIBUTIVE_BEFORE = re.compile(r"(?:\b[Tt]he|\w['’]s)\s+$")
_MONTH_NOUN_AFTER = re.compile(r"\s+(?!(?:of|on|to|in|into|through|for|past|with|and|or|from|by|at|"
                               r"said|says|told|added|warned|wrote)\b)[a-z]{3,}\b")


def _is_date_context(text: str, match: re.Match, sentence_start: int, sentence_end: int | None = None,
                     fiscal: bool = False) -> bool:
    """Reject matches that are not dates: "May" the verb, a bare number, a figure."""
    g = match  # its groups by name, as groupdict() would give them without building the dict
    if g["my"] and not g["y3"]:
        word = g["m3"]
        has_lead = bool(g["qual"]) or bool(g["myrel"]) or match.group(0)[: match.start("m3") - match.start()].strip() != ""
        if word.lower() in ("may", "march") and not has_lead and not _SHARED_YEAR.match(text, match.end()) \
                and not _FOR_BEFORE.search(text, max(sentence_start, match.start() - 12), match.start()) \
                and not _MONTH_PAIR_BEFORE.search(text, max(sentence_start, match.start() - 30), match.start()) \
                and not (word[0].isupper() and _MONTH_PAIR_AFTER.match(text, match.end())) \
                and not (word[0].isupper() and _ATTRIBUTIVE_BEFORE.search(text, max(sentence_start, match.start() - 6), match.start())
                         and _MONTH_NOUN_AFTER.match(text, match.end())):
            # ("the bank's March projection", "the May elections": a month before its noun is no verb)
            # ("between March and May": the month that opens a pair of months is no verb)
            return False
        if not word[0].isupper():
            return False
        if word.endswith(".") is False and len(word) <= 4 and word.lower() not in ("may", "june", "july") and not has_lead:
            return False  # "Jan" alone is a name more often than a month
        name = None if has_lead else _NAME_AFTER.match(text, match.end())
        if name and name.group(1).lower() not in _MONTHS and name.group(1).lower() not in _WEEKDAYS and \
                not _MONTH_PAIR_BEFORE.search(text, max(sentence_start, match.start() - 30), match.start()):
            return False  # "June Lee, a spokeswoman", "the October Revolution": a name, not a month
    if g["year"]:
        before = text[max(sentence_start, match.start("y4") - 25):match.start("y4")]
        if g["y4"].startswith("18") and not _OLD_YEAR_BEFORE.search(before):
            return False  # "1850 homes", "a score of 1890": a count (but "founded in 1887", "since 1850")
        has_lead = bool(g["qual"]) or match.start("y4") > match.start()
        if not has_lead and not _patterns()["year_context"].search(before) and not _COPYRIGHT_BEFORE.search(before) and \
                not ("1980" <= g["y4"] < "2050" and not g["y4"].endswith("00")  # (a round 2000 is a count)
                     and (_patterns()["year_context_near"].search(before)
                          or _YEAR_SHAPE_AFTER.match(text, match.end("y4"))
                          or before.endswith("(") and text.startswith(")", match.end("y4"))
                          or (not before.strip() or before.rstrip()[-1:] in ".!?\n")
                          and _YEAR_SUBJECT_AFTER.match(text, match.end("y4")))):
            return False
    if g["weekday"] and (not g["wd"][0].isupper()
                         or _patterns()["hypothetical"].search(text, max(sentence_start, match.start() - 80), match.start())
                         # "Black Friday sales", "Super Tuesday": a day's name, not the weekday
                         or _NAMED_WEEKDAY_BEFORE.search(text, max(sentence_start, match.start() - 8), match.start("wd"))):
        return False
    if g["season"] and g["sname3"] and not (g["qual"] or match.start("season") > match.start()
                                            or _OVER_BEFORE.search(text, max(sentence_start, match.start() - 12), match.start())
                                            or _FOR_BEFORE.search(text, max(sentence_start, match.start() - 12), match.start())):
        return False  # "the summer" dates only after a preposition ("the summer was hot" is no date)
    if g["half"] and (g["hbare"] or g["hn2"] or g["hn"] and not g["hy"] and "-half" in g["half"].lower()) and \
            not (fiscal or _patterns()["result_word"].search(text, sentence_start, sentence_end)):
        return False  # "in the first half", "a first-half goal" of a match: a half-year only in a story of results
    if g["span"] and not g["sp_n"] and _PART_OF_PERIOD_AFTER.match(text, match.end()):
        return False  # "in the last week of November": a week of the month named after it
    if g["span"] and not g["sp_n"] and g["sp_pl"] and g["sp_dir"].lower() == "last" and _OF_AN_EVENT_AFTER.match(text, match.end()):
        return False  # "the last weeks of the campaign": the end of an event named after it, not weeks to now
    if g["relative"] and g["phrase"][:4].lower() == "last" and g["phrase"].lower().endswith("quarter") and \
            _DETERMINER_BEFORE.search(text, max(sentence_start, match.start() - 8), match.start()):
        return False  # "in the last quarter" of a match is no quarter of the year
    if g["relative"] and g["phrase"][-8:].lower() == "new year" and text[match.end():match.end() + 2] in ("'s", "’s"):
        return False  # "in the New Year's Day speech": the holiday's, read as its own
    if g["relative"] and g["phrase"].lower() == "overnight" and re.search(
            r"\b(?:not|never)\b[^,;:]*$|n't\b[^,;:]*$", text[max(sentence_start, match.start() - 60):match.start()], re.IGNORECASE):
        return False  # "we did not get here overnight": suddenly, not a time
    if g["relative"] and g["phrase"][-4:].lower() == "year" and _WHOLE_YEAR_NAMED_AFTER.match(text, match.end()) \
            and lexicon()["relative_dates"].get(_SPACES.sub(" ", g["phrase"].lower()), ("",))[0] == "whole_year":
        return False  # "for the year ended March 31", "the full-year outlook": told by the words after it
    if g["relative"] and g["phrase"].lower() == "overnight" and _OVERNIGHT_MARKET.match(text, match.end()):
        return False  # "the overnight deposit rate", "overnight index swaps": a term of the money market
    if g["holiday"] and (not g["hol"][0].isupper() or not (
            g["qual"] or match.start("hol") > match.start()
            # "over Christmas", "during the Christmas holidays", "before the New Year's Day break":
            # the stretch around a holiday is told by its day
            or _OVER_BEFORE.search(text, max(sentence_start, match.start() - 12), match.start())
            or _HOLIDAY_AROUND_BEFORE.search(text, max(sentence_start, match.start() - 30), match.start())
            or _HOLIDAY_STRETCH_BEFORE.search(text, max(sentence_start, match.start() - 20), match.start())
            and _HOLIDAY_STRETCH_AFTER.match(text, match.end()))):
        return False  # "Christmas shopping": a holiday names a date after a preposition
    if g["quarter"] and g["qm"]:
        first, last = _month(g["qm"]), _month(g["qm2"])
        if (first - 1) % 3 or last != first + 2:
            return False  # "May-July" is a span of months, not a quarter
    if g["anchored"] and g["an"] and g["an"][-4:].lower() in ("onth", "week") and "same" in g["an"].lower() and \
            _SAME_OF_ANOTHER.match(text, match.end()):
        # "the same month last year", "the same week of 2023": not the one just told ("the same
        # year a war began", "the same year in which" still are)
        return False
    if g["anchored"] and g["an"] and g["an"].lower() == "at the time" and _OF_AFTER.match(text, match.end()) and \
            not _OF_THE_EVENT.match(text, match.end()):
        return False  # "at the time of writing", "at the time of his death": not the time just told
    if g["anchored"] and g["an"] and g["an"][:7].lower() == "on the " and g["an"][-4:].lower() == " day" and \
            g["an"].lower() != "on the day" and not _PHRASE_END.match(text, match.end()):
        # "on the first day of the year", "come on the first day of fever": a day of something
        # else named, not of the event just told
        return False
    if g["anchored"] and g["an"] and g["an"].lower() == "on the day" and not _PHRASE_END.match(text, match.end()) and \
            not (text.startswith(" that ", match.end()) and _said_before(text, sentence_start, match.start())):
        # "on the day of the vote", "on the day he died": a day the text names, not the one told
        # ("said on the day that ..." is)
        return False
    if g["anchored"] and (g["an_n"] or g["an_few"]) and \
            _DURATION_BEFORE.search(text, max(sentence_start, match.start() - 12), match.start()):
        return False  # "deliberated for two days before reaching a verdict": a length of time, then "before"
    if g["anchored"] and g["an_n"] and g["an_dir"].lower() == "after" and g["an_unit"].lower() in ("month", "year", "decade") \
            and not _RANGE_BEFORE.search(text, max(sentence_start, match.start() - 20), match.start()):
        # "The floods come two years after the storm of 2024", "Two months after the first
        # units arrived": the gap between two events, which dates neither
        return False
    if g["anchored"] and g["an_n"] and g["an_unit"].lower() == "hour" and g["an_dir"].lower() in ("after", "before") and (
            _HOURS_SPAN_BEFORE.search(text, max(sentence_start, match.start() - 40), match.start())
            or _TIME_TOLD.search(text, sentence_start, match.start())):
        # "at 16:00 on Sunday, about two hours after the eruption began", "in the 24 hours
        # before the eruption", "in under two hours after polls closed": a gap of hours that
        # lasted, or beside the time its sentence tells, is no date of its own
        return False
    if g["anchored"] and g["an_n"] and g["an_n"].lower() in ("a", "an") and g["an_dir"].lower() in ("before", "after") and \
            _AFTER_QUANTITY.search(text[max(sentence_start, match.start() - 30):match.start()]):
        return False  # "40,000 patients a year before it shut": a rate, then "before"
    if g["und"] and g["und"].lower() == "previously" and _AFTER_QUANTITY.search(text[max(sentence_start, match.start() - 30):match.start()]):
        return False  # "from 340 tonnes previously": a comparison, not a time
    if g["und"] and g["und"].lower() in ("earlier", "later") and (
            _COMPARISON_AFTER.match(text[match.end():match.end() + 6])
            or _DETERMINER_BEFORE.search(text[max(sentence_start, match.start() - 8):match.start()])
            or _PERIOD_BEFORE.search(text[max(sentence_start, match.start() - 20):match.start()])):
        return False  # "earlier than", "an earlier forecast", "up 2% from a year earlier"
    return True


# a space the date words left before a comma or a stop
_SPACE_BEFORE_MARK = re.compile(r" (?=[,;:.])")


def _event(text: str, sentence: dict, start: int, end: int) -> str:
    """A short description of what the date dates: its clause, without the date words."""
    s, e = sentence["start"], sentence["end"]
    clause = next((text[m.start():m.end()] for m in _CLAUSE.finditer(text, s, e) if m.start() <= start < m.end() + 1), text[s:e])
    clause = clause.replace(text[start:end], " ").strip(" .,;:“”\"")
    clause = _SPACES.sub(" ", clause)
    clause = _LEADING_CONJUNCTION.sub("", clause)
    if len(clause.split()) < 4:
        clause = _SPACES.sub(" ", text[s:e].replace(text[start:end], " ")).strip(" .")
    clause = _SPACE_BEFORE_MARK.sub("", clause)  # ("down from 52 on Friday, it said": no "52 ,")
    if len(clause) > 110:
        clause = clause[:107].rsplit(" ", 1)[0] + "…"
    return clause[:1].upper() + clause[1:]


def _dateline_day(text: str, published: dt.date | None) -> dt.date | None:
    """The day of the story's wire dateline ("SEOUL, Dec. 23 (Agency) --") when it lies a few
    days before publication: a page dated later (a weekly's edition, a site's update, a
    reprint) still tells its weekdays and "yesterday" from the day the story was filed."""
    if published is None:
        return None
    head = text[:3000]  # (a dateline opens the story: the headline, a deck and a byline come before it)
    if not any(c in head for c in "-—–:()/"):
        return None
    found = [m for m in (_DATELINE.search(head), _DATELINE_BARE.search(head) if "(" in head else None) if m]
    if not found:
        return None
    m = min(found, key=lambda m: m.start())
    month, day = _month(m.group("m1") or m.group("m2")), int(m.group("d1") or m.group("d2"))
    try:
        if m.group("y"):
            filed = dt.date(int(m.group("y")), month, day)
        else:
            filed = dt.date(_past_year(published + dt.timedelta(days=-_DATELINE_DAYS[0]), month, day), month, day)
    except ValueError:
        return None
    return filed if _DATELINE_DAYS[0] <= (published - filed).days <= _DATELINE_DAYS[1] else None


def extract_dates(text: str, sentences: list[dict], published: dt.date | None,
                  _head_day: dt.date | None = None) -> list[dict]:
    """Rows of the dates table.  (``_head_day``: the day of the stamp under the headline, for
    the lines above it; see below.)"""
    rows = []
    page_date = published
    # relative dates are told from the day the story was filed, when its dateline says so
    published = _head_day or _dateline_day(text, published) or published
    stamped = False
    qualifiers = lexicon()["date_qualifiers"]
    context: dict = {"text": text}  # the last date and quarter told so far, for anchored expressions
    if page_date and published and page_date != published:
        context["page_day"] = page_date  # the page's own date, when the story's is a dateline's
    # (a plain substring test first: few articles state a financial year, and the
    # pattern's search over the whole text costs more than the test)
    fiscal_end = (any(key in text for key in ("ear end", "ear to ", "ear that end", "ear which end", "hich end", "hat end"))
                  and _patterns()["fiscal_end"].search(text))
    if fiscal_end:  # the article's financial year, wherever it says so
        context["fiscal_start"] = _month(fiscal_end.group("fm") or fiscal_end.group("fm2")) % 12 + 1
    elif "quarter" in text:
        ended, dash_month, ordinal_quarter = _patterns()["quarter_pair_parts"]
        pair = _patterns()["quarter_pair"].search(text) if (ended.search(text) or dash_month.search(text)) \
            and ordinal_quarter.search(text) else None
        if pair:
            # "the July-September period, the second quarter", "third-quarter profit ... in the
            # quarter ended December 31": the financial year's start that the pair implies
            ordinal = _ORDINALS[(pair.group("o1") or pair.group("o2") or pair.group("o3") or pair.group("o4")).lower()]
            last = _month(pair.group("e1") or pair.group("m2") or pair.group("m4") or pair.group("e2"))
            context["fiscal_start"] = (last - 3 * ordinal) % 12 + 1
    if "fiscal_start" not in context and published and ("FY" in text or "iscal" in text or "inancial year" in text):
        start = _fiscal_start_of_reported_quarter(text, published) or _fiscal_start_of_headline_quarter(text)
        if start:
            context["fiscal_start"] = start
    for sentence in sentences:
        sentence_rows = []
        context.pop("sentence_quarter", None)
        context.pop("sentence_month", None)
        # (the day the sentence before told, "said on Monday", for "Hours later" opening this one)
        context["last_sentence_day"] = context.pop("sentence_day", None) if sentence.get("block", "body") == "body" else None
        context["last_sentence_spoken"] = context.pop("sentence_day_spoken", False)
        if context["last_sentence_day"]:
            context["said_day"] = context["last_sentence_day"]  # (the last day of a saying told, for "said later that day")
        context.pop("results_quarter", None)
        context.pop("event_day", None)
        context["sentence_id"] = sentence["id"]
        context["sentence_start"] = sentence["start"]
        # (results and earnings are reported after their period has ended; either case; so
        # are a statistics office's data and figures: "fourth-quarter GDP data are due on Feb. 27")
        context["results_sentence"] = any(w in text[sentence["start"]:sentence["end"]]
                                          for w in ("esults", "arnings", " data ", " figures ", "GDP"))
        if context.get("reported_quarter") and _patterns()["result_word"].search(text, sentence["start"], sentence["end"]):
            context["results_quarter"] = context["reported_quarter"]  # "profit rose 12% from a year ago"
        for match in _date_matches(text, sentence["start"], sentence["end"]):
            if not _is_date_context(text, match, sentence["start"], sentence["end"],
                                    "fiscal_start" in context or "results_story" in context):
                continue
            start, end = match.start(), match.end()
            while end > start and text[end - 1] in " ,":
                end -= 1
            direction = _direction(text, sentence, start, end) if _needs_direction(match) else None
            qual = match.group("qual")
            if direction == "past" and qual and _SPACES.sub(" ", qual.lower()) in ("until at least", "through at least"):
                direction = "future"  # "was probable until at least June": an end not yet known lies ahead
            if direction and text.startswith(" a", end) and _DAY_SET_ASIDE.match(text, end):
                direction = "future"  # "declared Monday a day of mourning": a day set aside is to come
            if direction == "past" and (match.group("mdy") or match.group("dmy") or match.group("my")) and \
                    _patterns()["moved_to"].search(text, max(sentence["start"], start - 60),
                                                   match.end("qual") if qual else start):
                # "the vote was postponed to January 19": a new date, ahead or behind, the nearest
                direction = None
            if direction == "past" and (match.group("mdy") or match.group("dmy")) and not qual \
                    and _patterns()["moved_then_for"].search(text, max(sentence["start"], start - 30), start) \
                    and _FOR_AFTER_DATE.match(text, end):
                # "The bench fixed 3 February for the next sitting": the day set, the nearest one
                direction = None
            if direction == "past" and any(w in text[max(sentence["start"], start - 200):start] for w in (" to ", " expected ", " due ")) and \
                    _reported_plan().search(text, max(sentence["start"], start - 200), start):
                # "forecasters said winds were likely to ease on Wednesday": reported speech puts
                # a plan or forecast in the past tense, yet it may still lie ahead: the nearer day
                direction = "nearest"
            if direction and match.group("my") and not (match.group("y3") or match.group("mrel") or match.group("myrel")) \
                    and not match.group("qual") and match.start("m3") == start \
                    and _DETERMINER_BEFORE.search(text, max(sentence["start"], start - 8), start) and _NOUN_AFTER.match(text, end):
                # a month that names a thing ("below its June forecast", "the October data")
                # takes no tense from the clause's verb ("expected ... below its June forecast"):
                # the nearest such month
                direction = None
            if direction and match.group("mdy") and not (match.group("y1") or match.group("mdrel") or match.group("qual")) \
                    and match.start("m1") == start and text[max(sentence["start"], start - 2):start] == "a " \
                    and _NOUN_AFTER.match(text, end):
                # "setting up a June 16 runoff", "a Dec. 3 deadline": a day that names an event
                # takes no tense from the verb of the clause: the nearest such day
                direction = None
            # (and after a decision in the present perfect, which names no tense: "the council
            # has ordered schools to close from Friday")
            if direction in ("past", None) and qual and qualifiers.get(_SPACES.sub(" ", qual.lower())) == "from" and \
                    _patterns()["decision"].search(_CLAUSE_BREAK.split(text[max(sentence["start"], start - 80):start])[-1]):
                # "declared a state of emergency starting Wednesday": what a decision sets going
                # may start after it, the nearest such day
                direction = "nearest"
            if direction is None and match.group("weekday") and \
                    _PRESENT_PASSIVE_BEFORE.search(text, max(sentence["start"], start - 30), start):
                # "postal votes, which are counted on Monday": a present passive tells what is
                # done on a set day, the nearest such day (not the last one, as with no verb)
                direction = "nearest"
            if qual and (direction is None and qualifiers.get(_SPACES.sub(" ", qual.lower())) != "until"
                         or direction == "past" and _FUTURE_WORD_BEFORE.search(text, sentence["start"], start)
                         and not _PERFECT_BEFORE.search(text, max(sentence["start"], start - 60), start)) \
                    and (match.group("weekday") and not match.group("wk") and not match.group("rel")
                                                 or match.group("weekend") and (match.group("wkrel") or "").lower() == "the") \
                    and qualifiers.get(_SPACES.sub(" ", qual.lower())) in ("from", "until", "before") \
                    and not (match.group("weekday") and text.startswith(("'s", "’s"), end)):
                # "the weather office expects showers from Thursday", "talks with every party elected
                # would open from Monday", "gales through the weekend": a bare day
                # that starts or ends a stretch mostly lies ahead, whatever verb is nearest it
                # (the golds, from, until, through, till and before a bare day or weekend: 89 after
                # publication, 7 before, 3 on its day); the nearest such day
                direction = "nearest"
            if direction == "future" and _AFTER_GERUND_BEFORE.search(text, max(sentence["start"], start - 80), start):
                # "will keep rates on hold after cutting them on Wednesday": what is done before
                # the verb's time is not as far ahead as the verb: the nearest such day
                direction = "nearest"
            if direction is None and match.group("weekday") and not match.group("wk") and not match.group("rel") and \
                    _FOR_WEEKDAY_BEFORE.search(text, max(sentence["start"], start - 5), start) and \
                    not text.startswith(("'s", "’s"), end):
                # "a very high fire risk for Wednesday", "the forecast for Friday": what is set
                # for a weekday with no verb to point it lies ahead
                direction = "future"
            elif direction == "past" and match.group("weekday") and not match.group("wk") and not match.group("rel") and \
                    _WARNING_FOR_BEFORE.search(text, max(sentence["start"], start - 60), start):
                # "issued a red alert for Tuesday" on a Monday: a warning is for a day to come or
                # being lived, whatever the verb that issued it: the nearest such day
                direction = "nearest"
            if direction != "future" and match.group("weekday") and not match.group("wk") and \
                    text[start:start + 3].lower() == "on " and _COPULA_BEFORE.search(text, max(sentence["start"], start - 20), start):
                # "the company's annual meeting is on Thursday" in Wednesday's paper: the day ahead
                # (the copula is the date's own verb, nearer than a saying verb after it: "the
                # hearing is on Friday, his lawyer said")
                direction = "future"
            if direction == "past" and _on_scheduled_event(text, sentence["start"], match):
                direction = None  # "pointed to the inauguration on Jan. 20": the nearest such day
            if qual and qualifiers.get(_SPACES.sub(" ", qual.lower())) == "since":
                direction = "past"  # "since" looks back, whatever the verb
            elif qual and qualifiers.get(_SPACES.sub(" ", qual.lower())) == "until":
                # "has extended its warning until Friday"; after a past verb, a state that runs
                # until a day and month may still run: "was remanded until November 28" a
                # fortnight ahead is the nearest such date
                direction = "future" if direction is None else \
                    None if direction == "past" and (match.group("mdy") or match.group("dmy")) else direction
            if qual and qual.lower() in ("by", "until", "till") and direction == "past" and text[sentence["start"]:start].strip() and \
                    (match.group("mdy") or match.group("dmy") or match.group("my")) and not match.group("mrel") and \
                    (_INFINITIVE_BEFORE.search(_CLAUSE_BREAK.split(text[max(sentence["start"], start - 80):start])[-1])
                     # ("demanded the region back by January", "ordered the units out by March")
                     or _deadline_before(match, saying=False)):
                # "the bridge was expected to reopen by March", "were due to finish by March": a
                # deadline for what was still to be done, as is one set or wanted ("demanded the
                # region back by January"): the nearest such date ("had reached the
                # river by March", "was completed by March" are done by then)
                direction = None
            elif direction == "past" and not qual and (match.group("mdy") or match.group("dmy") or match.group("my")
                                                       and published is not None and _month_just_ahead(match, published)) and \
                    _INFINITIVE_BEFORE.search(_CLAUSE_BREAK.split(text[max(sentence["start"], start - 80):start])[-1]):
                # "the minister hoped to meet him after the inauguration on Jan. 20": the day of what a
                # past verb aimed at may lie either side of publication, the nearer one (so may a
                # month just ahead: "were told to prepare for a peak in early December" at the end
                # of November; "was sentenced to five years in March" is still the last March)
                direction = None
            if direction != "future" and match.group("weekday") and not match.group("wk") and \
                    (match.group("rel") or "").lower() in ("", "on", "late", "early", "overnight") and (
                    qual and _SPACES.sub(" ", qual.lower()) in _DEADLINE_WORDS and not (
                        qual.lower() == "by" and not text[sentence["start"]:start].strip())
                    or _DEADLINE_TIME_BEFORE.search(text, max(sentence["start"], start - 40), start)):
                # a weekday bound as a deadline points ahead ("have until noon on Saturday");
                # after a past verb ("extended the order until Friday", "were told to leave
                # by Friday", "stays closed until 6 a.m. Friday") it may lie either side of
                # publication: the nearer of the two ("By Friday, the toll had risen", fronted,
                # is told after the day)
                timed = _DEADLINE_TIME_BEFORE.search(text, max(sentence["start"], start - 40), start)
                bound = timed.start() if timed else start  # ("by 10 a.m. Thursday": from its "by")
                clause = _CLAUSE_BREAK.split(text[max(sentence["start"], bound - 80):bound])[-1]
                if not (direction == "past" and text[bound:bound + 3].lower() == "by " and not _INFINITIVE_BEFORE.search(clause)
                        and not any(m.group().lower() not in _saying_verbs() for m in _patterns()["deadline"].finditer(clause))):
                    # (what a past verb tells done by a weekday was done by the last one, as by a
                    # month: "crews had restored power by Thursday", "the river flooded homes by
                    # Thursday evening" on a Wednesday's page; "were told to leave by Friday" is
                    # still a deadline)
                    direction = "future" if direction is None else "nearest"
            if (match.group("an_n") and match.group("an_unit").lower() == "year" and match.group("an_dir").lower() == "earlier"
                    or match.group("ago") and (match.group("unit") or "").lower() == "year") and \
                    _count(match.group("an_n") or match.group("n") or "") == 1 and \
                    not (context.get("sentence_quarter") or context.get("sentence_month")):
                # "profit rose 12% from a year earlier to 9.2 billion dinars in the July-September
                # period": the period compared is named after it in the sentence
                ahead = _period_ahead(text, sentence, match, published, context)
                if ahead:
                    context["sentence_quarter" if "-Q" in ahead else "sentence_month"] = ahead
            told = context
            if (match.group("anchored") or match.group("clock")) and published and context.get("anchor") and context.get("past_anchor") and \
                    date_span(*context["anchor"])[0] > published and _direction(text, sentence, start, end) == "past":
                # "... will leave on Saturday. A reception was given on the same day": what has
                # happened is counted from the last date told that had come by publication (a
                # clock time too: "Schools shut on Thursday. … had recorded one at 5:12 a.m.")
                told = {**context, "anchor": context["past_anchor"], "day_anchor": context.get("past_day_anchor")}
            resolved, precision, note = _resolve(match, published, direction, told)
            if match.group("an") and published and resolved and precision == "day" and resolved < published.isoformat() \
                    and _TURNING_POINT.search(match.group("an")) and not sentence_rows \
                    and _inside_quote(text, sentence["start"], start) and not _past_in_quote(text, sentence, start, end):
                # '"Our divers go back in at first light," he said': a turning point in a speaker's
                # own words, not told in the past, is of the day they speak, not of the day the
                # story told before the quote
                resolved = published.isoformat()
            if match.group("span") and context.get("anchor") and match.group("sp_dir").lower() == "next" and \
                    not match.group("sp_n") and not match.group("sp_pl") and \
                    not _SPAN_PREP_BEFORE.search(text, max(sentence["start"], start - 12), start) and \
                    _direction(text, sentence, start, end) == "past":
                # "elected in 2016, he was impeached the next year": in a story told in the past,
                # the one after the date just told, as "the following year" is (not "over the
                # next year", a stretch from publication)
                resolved, precision, note = _next_after(context["anchor"], match.group("sp_unit").lower()) or \
                    (resolved, precision, note)
            counted = match.group("an_n") and match.group("an_dir").lower() in ("after", "before") and \
                match.group("an_unit").lower() in ("hour", "day", "week") or \
                (match.group("an_few") or "").lower() == "hour" and match.group("an_dir2").lower() in ("after", "before")
            if counted:
                # "a day after the attack on Monday", "hours after the quake on Sunday": counted
                # from the date of the event named after it
                following = _following_day(text, sentence, match, published) if published else None
                if following:
                    count = _count(match.group("an_n")) if match.group("an_n") else 0
                    unit = (match.group("an_unit") or match.group("an_few")).lower()
                    shift = {"hour": 0, "day": count, "week": 7 * (count or 0)}[unit] if count is not None else None
                    if shift is not None:
                        when = following + dt.timedelta(
                            days=shift if (match.group("an_dir") or match.group("an_dir2")).lower() == "after" else -shift)
                        resolved, precision, note = when.isoformat(), "day", None
                else:
                    # "the ministry said on Monday ..., a day after the envoy's visit": counted from the day
                    # its own sentence told, not from a date of an earlier sentence
                    own = next((r for r in reversed(sentence_rows) if r["precision"] == "day" and r["resolved"]
                                and not r["clock"]), None)
                    if own and context.get("anchor") != (own["resolved"], "day"):
                        resolved, precision, note = _anchored(match, (own["resolved"], "day"), published)
            if note == NO_ANCHOR and match.group("an") and match.group("an").lower() == "since then":
                resolved, precision, note = None, None, UNDATABLE  # (a time pointed back to, no date told before it)
            if note == NO_ANCHOR or (match.group("within") and resolved is None and note != FROM_AN_EVENT):
                continue  # "that day" with no date before it, "in five years" as a length of time
            # "from Monday's earthquake": the word before a possessive date is not its bound
            qualifier = qualifiers.get(_SPACES.sub(" ", qual.lower())) if qual and text[end:end + 2] not in ("'s", "’s") else None
            if match.group("clock_at24") and not qualifier:
                qualifier = qualifiers.get(match.group("clock_at24").split()[0].lower())  # "until 18:00"
            if match.group("an") and match.group("an")[:6].lower() == "since " and resolved and not qualifier:
                qualifier = qualifiers.get("since")  # ("has fallen since then": from the time told)
            if (resolved or note == FROM_AN_EVENT) and (match.group("within") and match.group("within").lower().startswith("within")
                             or match.group("span") and match.group("sp_dir").lower() in ("next", "coming")):
                qualifier = qualifier or "no later than"  # a deadline, or a stretch to come: by then at the latest
            sentence_rows.append({
                "sentence_id": sentence["id"], "start": start, "end": end, "mention": text[start:end],
                "resolved": resolved, "precision": precision, "qualifier": qualifier,
                "event": _event(text, sentence, start, end), "note": note,
                # (a live entry's stamp is a date of its own: "[21:40] NSC to meet Tuesday" tells two)
                "clock": bool(match.group("clock") and match.group("clock_line") is None and match.group("clock_entry") is None
                              or match.group("an") and _TURNING_POINT.search(match.group("an"))),
                "anchored": bool(match.group("anchored")),
                "ahead": direction == "future",
            })
            if resolved and precision == "day" and not sentence_rows[-1]["clock"]:
                context["told_day"] = (resolved, context.get("sentence_id"))
            if resolved and precision == "day" and sentence.get("block", "body") == "body" and direction != "future":
                # the days the story tells and the sentences that tell them, for a deadline
                # counted from its event ("within 30 days of the announcement")
                context.setdefault("days_told", []).append((sentence["start"], sentence["end"], resolved))
            if resolved and not sentence_rows[-1]["clock"]:
                # the day something was said ("the ministry said on Tuesday that ...") is not
                # the day of the events told: "in the late afternoon", "two days later" and a
                # clock time after it still count from the event's day
                said = precision == "day" and _said_before(text, sentence["start"], start)
                # (a year or month told in passing after the day of the sentence's event, "the
                # strike on Saturday hit a school built in 1998", does not move the story off that
                # day: "At the time, 200 pupils were inside")
                passing = precision in ("year", "month") and context.get("event_day") is not None
                if precision in ("year", "month") and context.get("day_anchor") is not None and "aside_anchor" not in context \
                        and (text.startswith(",", end) and _ASIDE_BEFORE.search(text, max(sentence["start"], start - 60), start)
                             # (or a year that modifies a noun: "Ruritania's 2022 invasion", "the 2018 summit")
                             or match.group("year") and start == match.start("y4") and _NOUN_AFTER.match(text, end)):
                    # a year told in an aside set off by commas, about a thing the story names ("The
                    # depot, built in 1998, held fuel"), dates what its own sentence counts from it
                    # ("Its leader, who took office in September, dissolved parliament days later")
                    # but does not move the story off its day: "At the time, 20 workers were inside"
                    context["aside_anchor"] = context.get("anchor")
                # (a deadline's day is no day the story moves to, whether the deadline word is
                # the weekday's or its clock time's: "told to leave by 10 a.m. Thursday"; the start
                # of a stretch that runs to now still is: "searching since Sunday. At the time, ...")
                bound = qualifier in ("until", "no later than") or match.group("weekday") and \
                    _DEADLINE_TIME_BEFORE.search(text, max(sentence["start"], start - 40), start) is not None
                # (nor a clock time's day in another zone: "at 7:50 a.m. local time (2250 GMT Wednesday)")
                # (a cheap test first: the zone's capital T stands just before the day)
                converted = "T" in text[max(0, start - 8):start] and \
                    _CONVERSION_DAY_BEFORE.search(text, max(sentence["start"], start - 30), start) is not None
                # (and one still to come is no anchor even for the first date told: what the story
                # tells after it happened before it)
                future_bound = bound and published is not None and date_span(resolved, precision)[0] > published
                # (nor the date a record is measured back to: "the lowest reading since April
                # 2024" compares, the story does not move there: "down from 6.3% the month before")
                record = qualifier == "since" and _patterns()["record"].search(
                    _CLAUSE_BREAK.split(text[max(sentence["start"], start - 60):start])[-1]) is not None
                # (nor the other side of a comparison: "slowed to 4.2% in December from 4.6% in
                # November" tells December)
                compared = _COMPARED_FIGURE_BEFORE.search(text, max(sentence["start"], start - 60), start) is not None
                # (nor the last day of a period a figure is counted over: "averaged $88 a tonne in
                # the year to June 30"; "By midday, shares were up 3%" is still the story's day)
                period_end = precision == "day" and (
                    _PERIOD_END_BEFORE.search(text, max(sentence["start"], start - 30), start) is not None
                    # ("the report, for the week up to Friday, lists nine villages hit, up from five
                    # a week earlier": the day the period ends, which its sentence counts from)
                    or qualifier == "until" and _PERIOD_BEFORE_BOUND.search(text, max(sentence["start"], start - 30), start) is not None)
                bound = bound and not period_end
                # (nor a day of the speaker's own present in a quotation, "this morning",
                # "yesterday": the narration after the quote goes on from the story's day)
                speaker_day = match.group("relative") and precision == "day" and \
                    _inside_quote(text, sentence["start"], start, sentence["end"])
                if period_end and context.get("anchor"):
                    # (it dates what its own sentence counts from it: "US$103 a year earlier")
                    context.setdefault("period_restore", {k: context.get(k) for k in
                                                          ("anchor", "day_anchor", "past_anchor", "past_day_anchor")})
                # (nor a night still to come: "winds should ease overnight" dates no later event of the page)
                night_ahead = direction == "future" and match.group("relative") and match.group("phrase").lower() in _NIGHT_WORDS
                if not (context.get("anchor") and (_looks_back(match) or bound or said or passing or record or compared or speaker_day
                                                   or night_ahead)
                        or future_bound or converted):
                    context["anchor"] = (resolved, precision)
                    context["anchor_sentence"] = sentence["id"]
                    if published and date_span(resolved, precision)[0] <= published:
                        context["past_anchor"] = context["anchor"]
                        if precision == "day":
                            context["past_day_anchor"] = context["anchor"]
                    if precision == "day":
                        context["day_anchor"] = context["anchor"]
                        context.setdefault("story_day", (resolved, "day", None))  # the first day told
                        if sentence.get("block", "body") == "body" and not sentence_rows[-1]["clock"]:
                            context.setdefault("lead_day", resolved)  # (the first the story's body tells)
                        if not said:
                            context["event_day"] = resolved
                if precision == "day" and (text[start:start + 3].lower() == "on " or _TIMELINE_LABEL.match(text, end)
                                           and not text[sentence["start"]:start].strip()) and not compared and not record:
                    # "said on Tuesday": the day told; a timeline's entry, "March 3: … over the
                    # weekend; … the same day", is told from the day it opens with
                    context["sentence_day"] = resolved
                    context["sentence_day_spoken"] = _SPOKEN.search(text, sentence["start"], sentence["end"]) is not None
                    if text[start:start + 3].lower() != "on ":
                        context["timeline"] = (resolved, text.rfind("\n", 0, start))  # (the entry's day, to its paragraph's end)
                if precision == "quarter" and (match.group("quarter") or match.group("qshort") or match.group("relative")) \
                        and not compared and not _COMPARED_DAY_BEFORE.search(text, max(sentence["start"], start - 20), start):
                    # the quarter a results story reports, as it names it; "the year-ago
                    # quarter", "a year earlier" and "the previous quarter" are told from it
                    # and do not replace it (nor does the quarter it is compared with: "up 1%
                    # compared with the third quarter of 2024")
                    context["quarter"] = resolved
                    # the first quarter named is the one a results story reports ("deals
                    # signed in the quarter"), whatever quarters it compares it with later
                    context.setdefault("reported_quarter", resolved)
                    if _patterns()["result_word"].search(text, sentence["start"], sentence["end"]):
                        # a quarter's results told: a story of results, whose "first half" in a
                        # later sentence is a half-year ("cut its fleet in the first half")
                        context["results_story"] = True
                    context["sentence_quarter"] = resolved
                if resolved and precision in ("day", "month") \
                        and _QUARTER_ENDED_BEFORE.search(text, max(sentence["start"], start - 40), start):
                    # "for the quarter ended Sept. 30", "the three months to June": the quarter
                    # that ends on that date is the one the story reports, as if it were named
                    day = date_span(resolved, precision)[1]
                    context["quarter"] = context["sentence_quarter"] = f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
                    context.setdefault("reported_quarter", context["quarter"])
                if precision == "month" and match.group("my"):
                    context.setdefault("reported_month", resolved)  # as for quarters
                    context["sentence_month"] = resolved
        if "aside_anchor" in context:
            context["anchor"] = context.pop("aside_anchor")
        if "period_restore" in context:
            context.update(context.pop("period_restore"))
        if "the " in text[sentence["start"]:sentence["end"]].lower():
            _spelled_days(text, sentence_rows)
            _ordinal_days(text, sentence, sentence_rows, context, published, qualifiers)
        sentence_rows = sorted(sentence_rows + _range_ends(text, sentence, sentence_rows, published), key=lambda r: r["start"])
        if len(sentence_rows) > 1 and "into " in text[sentence["start"]:sentence["end"]]:
            _into_weekdays(text, sentence_rows)
        if rows or len(sentence_rows) > 1:
            _anchored_weekdays(text, sentence_rows, rows)
        if len(sentence_rows) > 1:
            _month_pair_years(text, sentence_rows)
            _attributive_month_years(text, sentence_rows)
        if len(sentence_rows) > 1 and _MONTH_RANGE.search(text, sentence["start"], sentence["end"]):
            sentence_rows = _recurring_ranges(text, sentence, sentence_rows)
        if len(sentence_rows) > 1:
            sentence_rows = _month_stretches(text, sentence, sentence_rows)
        if "day" in text[sentence["start"]:sentence["end"]].lower():
            sentence_rows = sorted(sentence_rows + _polling_days(text, sentence, rows, sentence_rows), key=lambda r: r["start"])
        told = next((r for r in sentence_rows if r["precision"] == "quarter" and r["resolved"]), None)
        if told:
            sentence_rows = sorted(sentence_rows + [r for r in _elided_quarters(text, sentence, told) if not any(
                o["start"] < r["end"] and r["start"] < o["end"] for o in sentence_rows)], key=lambda r: r["start"])
        if published and sentence_rows and any(q in text[sentence["start"]:sentence["end"]] for q in "\"“”"):
            _quoted_days(text, sentence, sentence_rows, published,
                         context.get("last_sentence_day") if context.get("last_sentence_spoken") else None)
        for row, nxt in zip(sentence_rows, sentence_rows[1:]):
            if row["mention"].lower() in _NIGHT_WORDS and nxt["resolved"] and \
                    _INTO_DATE.fullmatch(text, row["end"], nxt["start"] + (3 if nxt["mention"][:3].lower() == "on " else 0)):
                # "overnight on Dec. 1", "overnight into Friday": the night of the date after it
                row.update(resolved=nxt["resolved"], precision=nxt["precision"])
                if " into " in text[row["end"] - 1:nxt["start"] + 1]:
                    # (one expression, as a reader marks it: "overnight into Monday")
                    row.update(end=nxt["end"], mention=text[row["start"]:nxt["end"]])
                    nxt["_merged"] = True
        sentence_rows = [r for r in sentence_rows if not r.pop("_merged", False)]
        if published and len(sentence_rows) > 1:
            said = next((r for r in sentence_rows if r["precision"] == "day" and r["resolved"] and not r["clock"]
                         and r["mention"].lower() not in _NIGHT_WORDS and _said_before(text, sentence["start"], r["start"])), None)
            if said and -3 <= (dt.date.fromisoformat(said["resolved"]) - published).days < 0:
                for row in sentence_rows:
                    if row["mention"].lower() in _NIGHT_WORDS and row["resolved"] == published.isoformat():
                        # "drones attacked overnight, the air force said on Monday": the night
                        # that ended on the day it was told, not the page's later date
                        row["resolved"] = said["resolved"]
        if published and len(sentence_rows) > 1:
            for i, row in enumerate(sentence_rows):
                if row["resolved"] == published.isoformat() and _PAST_DAYS.match(row["mention"]):
                    told = next((r for r in reversed(sentence_rows[:i]) if r["precision"] == "day" and r["resolved"]
                                 and not r["clock"] and text[r["start"]:r["start"] + 3].lower() == "on "), None)
                    if told and -3 <= (dt.date.fromisoformat(told["resolved"]) - published).days < 0:
                        # "the ministry claimed on Monday that 40 soldiers were lost over the past
                        # day": a count of hours or days runs up to the day told before it in its
                        # sentence, not to the page's later date
                        row["resolved"] = told["resolved"]
        if len(sentence_rows) > 1:
            sentence_rows = _join_day_parts(text, sentence_rows)
            # "Earlier, on 16 December, ...": the adverb leads the date after it, no time of its own
            sentence_rows = [r for r, nxt in zip(sentence_rows, sentence_rows[1:] + [None])
                             if not (nxt and r["resolved"] is None and r["note"] == UNDATABLE and nxt["resolved"]
                                     and r["mention"].lower() in ("earlier", "later", "previously", "recently")
                                     and _DAY_THEN_CLOCK.fullmatch(text, r["end"], nxt["start"]))]
        if published and len(sentence_rows) > 1:
            _pair_weekdays(text, sentence_rows, published)
        if sum(r["clock"] for r in sentence_rows) > 1:
            sentence_rows = _join_clock_ranges(text, sentence_rows)
        if any(not r["clock"] for r in sentence_rows):
            # a clock time beside a date in its sentence adds nothing to that date
            sentence_rows = _join_clocks(text, sentence_rows, sentence.get("block") == "furniture", sentence)
        for row in sentence_rows:
            del row["clock"]
            row.pop("anchored", None)
            row.pop("ahead", None)
            owner = _PREPOSITION_THEN_NAME.fullmatch(row["mention"]) if "s" in text[row["end"]:row["end"] + 2] else None
            if owner and _POSSESSIVE_S_AFTER.match(text, row["end"]):
                # "in Sunday's vote": the date is "Sunday's", the preposition the vote's
                end = _POSSESSIVE_S_AFTER.match(text, row["end"]).end()
                row.update(start=row["start"] + owner.start(1), end=end, mention=text[row["start"] + owner.start(1):end])
        rows += sentence_rows
        if page_date and sentence_rows and all(r["precision"] == "day" for r in sentence_rows) and \
                sentence["end"] - sentence["start"] <= 60 * len(sentence_rows):
            # a live page's time stamp standing alone ("Monday 23 December 2024", "Dec 23,
            # 2024, 9:15 PM EST"): the entries under it tell "today", "this evening" and their
            # weekdays from its day, not from the page's last update
            stamp = _stamp_day(text, sentence, sentence_rows, page_date)
            if stamp and not stamped and _head_day is None and stamp != published and \
                    sentence["start"] < _HEAD_CHARS and any(r["sentence_id"] != sentence["id"] for r in rows):
                # the stamp under a headline and deck ("By Jane Roe / Dec 23, 2024") dates them
                # too: the lines above it were written with the story
                return extract_dates(text, sentences, page_date, _head_day=stamp)
            stamped = stamped or bool(stamp)
            if stamp:
                published = stamp
    if published:
        _quoted_tonight(text, sentences, rows, published)
        _today_of_the_saying(text, sentences, rows, published)
        if context.get("lead_day"):
            _quoted_today(text, sentences, rows, published, dt.date.fromisoformat(context["lead_day"]))
        if "\n" in text and ":" in text:
            _entries_over_midnight(text, rows)
    return rows


# a live page's entry stamp alone on its line ("23:40", "00:15 CET"), and the times and days
# its entry tells from where the reporter stands ("by 18:00", "tonight")
_ENTRY_STAMP = re.compile(r"(?:[01]?\d|2[0-3])[:.]([0-5]\d)(?:\s+[A-Z]{2,5})?")
_ENTRY_SAID_DAY = re.compile(r"(?i:(?:(?:at|by|after|before|from|until|since|shortly\s+(?:after|before))\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d"
                             r"(?:\s*(?:a\.m\.|p\.m\.|am|pm))?|today|tonight|this\s+(?:morning|afternoon|evening))")


def _minute_of_day(stamp: str) -> int:
    """"23:40" -> 1420; "7:45 PM" -> 1185 (a 12-hour clock's half of the day read)."""
    hour, minute = int(re.match(r"\d+", stamp).group(0)), int(_ENTRY_STAMP.fullmatch(stamp).group(1))
    half = stamp.split()[-1].upper() if " " in stamp else ""
    if half in ("AM", "PM"):
        hour = hour % 12 + (12 if half == "PM" else 0)
    return hour * 60 + minute


def _entries_over_midnight(text: str, rows: list[dict]) -> None:
    """A live page's entries whose stamps cross midnight ("00:50", "00:15", then "23:40" …,
    newest first; or "22:05" … "00:30", oldest first) are of two days: the newest on the day
    the page dates them, those before midnight on the day before, with the times and "tonight"
    their entries tell."""
    stamps = [r for r in rows if r["precision"] == "day" and r["resolved"] and _ENTRY_STAMP.fullmatch(r["mention"])
              and (r["start"] == 0 or text[r["start"] - 1] == "\n") and text[r["end"]:text.find("\n", r["end"]) % (len(text) + 1)].strip() == ""]
    if len(stamps) < 3 or len({r["resolved"] for r in stamps}) != 1:
        return
    minutes = [_minute_of_day(r["mention"]) for r in stamps]
    falls = sum(b < a for a, b in zip(minutes, minutes[1:]))
    rises = len(minutes) - 1 - falls
    if not falls or not rises or falls == rises:
        return  # (no midnight crossed, or no order to read it by)
    day = dt.date.fromisoformat(stamps[0]["resolved"])
    shifts = [0] * len(stamps)
    if falls > rises:  # newest first: each rise going down the page is a midnight crossed back
        for i in range(1, len(stamps)):
            shifts[i] = shifts[i - 1] - (minutes[i] > minutes[i - 1])
    else:  # oldest first: each fall going up the page
        for i in range(len(stamps) - 2, -1, -1):
            shifts[i] = shifts[i + 1] - (minutes[i] > minutes[i + 1])
    if min(shifts) < -1:
        return  # (one night at most: a page of several days gives its days)
    bounds = [r["start"] for r in stamps] + [len(text) + 1]
    for i, stamp in enumerate(stamps):
        if not shifts[i]:
            continue
        moved, was = (day + dt.timedelta(days=shifts[i])).isoformat(), stamp["resolved"]
        for row in rows:
            if bounds[i] <= row["start"] < bounds[i + 1] and row["resolved"] == was and row["precision"] == "day" \
                    and (row is stamp or _ENTRY_SAID_DAY.fullmatch(row["mention"].strip())):
                row["resolved"] = moved


# a weekday or month after a preposition, and the possessive after it
_PREPOSITION_THEN_NAME = re.compile(r"(?i:in|of|at|for|from|by|after|before|during|since|until|on)\s+"
                                    r"((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                                    r"April|May|June|July|August|September|October|November|December))")
_POSSESSIVE_S_AFTER = re.compile(r"[’']s\b")

# the days a speaker names from where they stand
_SPEAKERS_TODAY = frozenset({"today", "this morning", "this afternoon", "this evening", "tonight"})


def _today_of_the_saying(text: str, sentences: list[dict], rows: list[dict], published: dt.date) -> None:
    """'"Divers found the hull this morning," she told reporters on Sunday': the speaker's
    own today, in a quotation, is the day the sentence says the words were spoken."""
    day, by_id = published.isoformat(), {s["id"]: s for s in sentences}
    for row in rows:
        if row["resolved"] != day or row["mention"].lower() not in _SPEAKERS_TODAY:
            continue
        sentence = by_id.get(row["sentence_id"])
        if sentence is None or not _inside_quote(text, sentence["start"], row["start"], sentence["end"]):
            continue
        said = next((r for r in rows if r["sentence_id"] == row["sentence_id"] and r is not row and r["precision"] == "day"
                     and r["resolved"] and r["resolved"] < day
                     and not _inside_quote(text, sentence["start"], r["start"], sentence["end"])
                     and _SPOKEN.search(text, max(sentence["start"], r["start"] - 40), r["start"])), None)
        if said:
            row["resolved"] = said["resolved"]


_LAST_NIGHT = frozenset({"last night", "yesterday", "late yesterday", "yesterday evening", "last evening"})


def _quoted_tonight(text: str, sentences: list[dict], rows: list[dict], published: dt.date) -> None:
    """'"… they have told Putrajaya that loudly tonight," he told reporters': a story that
    tells its evening as "last night", "yesterday" or "on Tuesday night" was written the morning after, so the
    "tonight" its quotations carry is that evening, not the page's day."""
    eve = (published - dt.timedelta(days=1)).isoformat()
    by_id = {s["id"]: s for s in sentences}
    if not any(r["resolved"] == eve and (r["mention"].lower() in _LAST_NIGHT or r["mention"].lower().endswith((" night", " evening")))
               for r in rows):
        return
    for row in rows:
        if row["resolved"] == published.isoformat() and row["mention"].lower() in ("tonight", "this evening"):
            sentence = by_id.get(row["sentence_id"])
            if sentence and _inside_quote(text, sentence["start"], row["start"], sentence["end"]) \
                    and not _WILL.search(text, sentence["start"], sentence["end"]):
                row["resolved"] = eve  # (not a night still ahead of the speaker: "Tonight we will sleep outside")


def _quoted_today(text: str, sentences: list[dict], rows: list[dict], published: dt.date, lead: dt.date) -> None:
    """'"Today the judge said our loss counted," she said': a story that opens on a day before its
    page's ("was sentenced Tuesday" on a Wednesday page) and tells nothing of the page's own
    day was written the day after, so the "today" of its quotations, said when the story
    happened, is the day it opens on.  (Not where the page's day has news of its own: a
    live page's "We have no count yet today" is said on the day it is posted.)"""
    if (published - lead).days != 1:
        return  # (a story two days on is no longer the next morning's)
    day, by_id = published.isoformat(), {s["id"]: s for s in sentences}
    quoted = []
    for row in rows:
        if row["resolved"] != day or row["precision"] != "day":
            continue
        sentence = by_id.get(row["sentence_id"])
        if sentence is None or sentence.get("block") == "furniture":
            continue
        if row["mention"].lower() != "today" or not _inside_quote(text, sentence["start"], row["start"], sentence["end"]):
            return  # the page's day told of itself
        if not _WILL.search(text, sentence["start"], sentence["end"]):
            quoted.append(row)  # (not a day still ahead of the speaker: "today we will decide")
    for row in quoted:
        row["resolved"] = lead.isoformat()


# a saying or a speaker's occasion told in a sentence: its day is when the quotation after it
# was said ("told analysts on Thursday evening."; not "early voting ended on Sept. 28.")
_SPOKEN = re.compile(r"\b(?:said|says|told|tells|spoke|speaks|speaking|addressed|briefed|announced|added|interview|"
                     r"statement|remarks|press\s+conference|news\s+conference|wrote|posted|speech|address)\b", re.IGNORECASE)
_WILL = re.compile(r"\b(?:will|shall|going\s+to)\b|['’]ll\b")


def _period_ahead(text: str, sentence: dict, match: re.Match, published: dt.date | None, context: dict) -> str | None:
    """The first quarter or month named after the match in its sentence ("... from a year
    earlier to 9.2 billion dinars in the third quarter"), resolved as it stands."""
    for m in _date_matches(text, match.end(), sentence["end"]):
        if not (m.group("quarter") or m.group("qshort") or m.group("my")) or \
                not _is_date_context(text, m, sentence["start"], sentence["end"], "fiscal_start" in context):
            continue
        if _COMPARISON_BETWEEN.search(text, match.end(), m.start()):
            return None  # "0.8% lower than a year earlier, a smaller fall than September's": the other side of a comparison
        if _SECOND_BASE_BETWEEN.search(text, match.end(), m.start()):
            return None  # "… a year earlier, and were up 3% from Rs 8,860 crore in the June quarter": another base
        resolved, precision, _ = _resolve(m, published, None, context)
        return resolved if resolved and precision in ("quarter", "month") else None
    return None


# a second comparison's base between a comparison and a period named after it
_SECOND_BASE_BETWEEN = re.compile(r"\b(?:from|over|on)\s+(?:[A-Z][a-z]{0,3}\.?\s*|[$€£¥₹]\s*)?\d", re.IGNORECASE)
_COMPARISON_BETWEEN = re.compile(r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?)\s", re.IGNORECASE)


def _next_after(anchor: tuple[str, str], unit: str) -> tuple[str, str, None] | None:
    """The year (month, week) after the one of the date told, when that date is as fine."""
    first = date_span(*anchor)[0]
    if unit == "year":
        return f"{first.year + 1:04d}", "year", None
    if unit == "month" and anchor[1] in ("day", "week", "month"):
        following = first.replace(day=1) + relativedelta(months=1)
        return f"{following.year:04d}-{following.month:02d}", "month", None
    if unit == "week" and anchor[1] in ("day", "week"):
        return (first + relativedelta(weekday=MO(-1), weeks=1)).isoformat(), "week", None
    return None


def _following_day(text: str, sentence: dict, match: re.Match, published: dt.date) -> dt.date | None:
    """The day of the event named after "two days after" in its phrase ("a day after the
    attack on Monday"), when that phrase gives one: a date of day precision before any comma."""
    end = _CLAUSE_END.search(text, match.end(), sentence["end"])
    phrase_end = end.start() if end else sentence["end"]
    if phrase_end - match.end() > 60:
        phrase_end = match.end() + 60
    for m in _date_matches(text, match.end(), phrase_end):
        if m.group("weekday") or m.group("mdy") or m.group("dmy"):
            if not _is_date_context(text, m, sentence["start"], sentence["end"]):
                continue
            # (the event is told as past: "after the attack on Monday")
            resolved, precision, _ = _resolve(m, published, "past")
            return dt.date.fromisoformat(resolved) if resolved and precision == "day" else None
        return None
    return None


# two weekdays told together: "on Saturday and Sunday", "for Friday and Saturday", "Monday to Wednesday"
_WEEKDAY_ALONE = re.compile(r"(?:(?:on|for|from|by|until|through)\s+)?(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.IGNORECASE)
_WEEKDAYS_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or|to|through|until|-|–)\s*")


def _pair_weekdays(text: str, rows: list[dict], published: dt.date) -> None:
    """Two bare weekdays told together are days of one week, the second after the first: when
    either lies ahead of publication, both do ("Even rain on Saturday and Sunday could
    trigger slides", "an orange alert for Friday and Saturday"), whatever tense cue the
    first was read by."""
    for first, second in zip(rows, rows[1:]):
        a = _WEEKDAY_ALONE.fullmatch(first["mention"])
        b = _WEEKDAY_ALONE.fullmatch(second["mention"])
        if not (a and b and first["resolved"] and second["resolved"] and first["precision"] == second["precision"] == "day"
                and first["end"] <= second["start"] and _WEEKDAYS_JOINED.fullmatch(text, first["end"], second["start"])):
            continue
        one, two = dt.date.fromisoformat(first["resolved"]), dt.date.fromisoformat(second["resolved"])
        if 0 < (two - one).days < 7:
            continue  # (already one week's)
        if one >= published and (two - one).days < 0:
            pass  # ("for Friday and Saturday" on a Friday: today and tomorrow)
        elif one > published or two > published:
            one = published + dt.timedelta(days=(one.weekday() - published.weekday() - 1) % 7 + 1)
        else:
            two = one + dt.timedelta(days=(two.weekday() - one.weekday() - 1) % 7 + 1)
            if two > published:
                continue  # (told as past: the pair cannot end after publication)
        two = one + dt.timedelta(days=(two.weekday() - one.weekday() - 1) % 7 + 1)
        first["resolved"], second["resolved"] = one.isoformat(), two.isoformat()


# "between 7:00am and 2:30pm", "from 9 p.m. to 6 a.m.": one stretch of hours
_CLOCK_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
# hours kept, not lived: "urged people to stay indoors between …", "a curfew from … will"
_STANDING_HOURS_BEFORE = re.compile(r"\b(?:to\s+[a-z]+(?:\s+[a-z]+)?|will|would|should|must|avoid\w*|curfew)\s+(?:[a-z]+\s+){0,3}$",
                                    re.IGNORECASE)
_CLOCK_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|-|–|—)\s*", re.IGNORECASE)


def _join_clock_ranges(text: str, rows: list[dict]) -> list[dict]:
    """A sentence's rows with a stretch of hours as one: "were found between 7:00am and 2:30pm"
    (then joined to the day after it, "between 2:15 p.m. and 6:30 p.m. on April 9").  A stretch
    of hours its sentence gives no day, or one kept rather than lived ("urged people to stay
    indoors between 11am and 4pm", "a curfew from 8 p.m. to 6 a.m."), is a time of every day
    it holds, no date."""
    out: list[dict] = []
    for row in rows:
        first = out[-1] if out else None
        if first and first["clock"] and row["clock"] and first["end"] <= row["start"] \
                and _CLOCK_RANGE_JOIN.fullmatch(text, first["end"], row["start"]) \
                and (_CLOCK_RANGE_BEFORE.search(text, max(0, first["start"] - 9), first["start"])
                     or first["qualifier"] in ("from", "between")):
            first.update(end=row["end"], mention=text[first["start"]:row["end"]], _range=True)
            continue
        out.append(row)
    dayless = not any(not r["clock"] and r["precision"] == "day" for r in out)
    out = [r for r in out if not (r.get("_range") and (dayless or _STANDING_HOURS_BEFORE.search(
        text, max(0, r["start"] - 60), r["start"])))]
    for row in out:
        row.pop("_range", None)
    return out


def _join_day_parts(text: str, rows: list[dict]) -> list[dict]:
    """A part of the day told of the date after it ("in the early morning of Dec. 14", "in the
    afternoon on Monday") is one expression with that date, not a time of the day told before."""
    joined = []
    for row, nxt in zip(rows, rows[1:] + [None]):
        if nxt and row.get("anchored") and row["mention"].lower().endswith(_DAY_PART_WORDS) and \
                nxt["precision"] == "day" and nxt["resolved"] and _PART_OF_DAY.fullmatch(text, row["end"], nxt["start"]):
            nxt.update(start=row["start"], mention=text[row["start"]:nxt["end"]], qualifier=nxt["qualifier"] or row["qualifier"])
            continue
        joined.append(row)
    return joined


def _minutes(hour: str, minute: str | None, half: str | None) -> int:
    """Minutes after midnight of a clock time ("4:17", "p.m.")."""
    h = int(hour) % 12 + (12 if half and half[0].lower() == "p" else 0) if half else int(hour)
    return 60 * h + int(minute or 0)


def _converted_day(text: str, clock: dict, days: list[dict]) -> str | None:
    """The local day of a clock time followed by its GMT conversion with a day ("at 4:17 a.m.
    local time (1917 GMT Tuesday)"): the GMT day, moved by a day when the two clocks lie more
    than half a day apart (no zone is more than 12 hours west or 14 east of Greenwich); or
    its conversion to an American zone, the day after when the local clock reads earlier."""
    conversion = _CLOCK_CONVERSION.match(text, clock["end"])
    if not conversion:
        return None
    gmt = next((r for r in days if conversion.start("h") <= r["start"] < conversion.end() + 12), None)
    local = _CLOCK_HOUR.search(clock["mention"])
    if gmt is None or local is None:
        return None
    diff = _minutes(local.group("h"), local.group("m"), local.group("ap")) - \
        _minutes(conversion.group("h"), conversion.group("m"), conversion.group("ap"))
    if conversion.group("zone") in ("GMT", "UTC"):
        shift = 1 if diff < -12 * 60 else -1 if diff > 14 * 60 else 0
    else:  # a story told from abroad converts its time to America's, behind it
        shift = 1 if diff < 0 else 0
    return (dt.date.fromisoformat(gmt["resolved"]) + dt.timedelta(days=shift)).isoformat()


# what parts a page's date from its hour in a time stamp: "Thursday, 20 August 2026 | 6:40 PM"
_STAMP_SEPARATOR = re.compile(r",?\s+|\s*[|/·•–-]\s*")


_REPORTED_THAT = re.compile(r"\bthat\b")


def _join_clocks(text: str, rows: list[dict], stamp: bool = False, sentence: dict | None = None) -> list[dict]:
    """The rows of a sentence with a date, its clock times joined to the day they tell:
    "11 p.m. on Sunday", "7 a.m. Tuesday", "on Monday at 3:40 a.m." are one temporal
    expression, and its mention spans both (a reader marks the whole).  A clock time away
    from the sentence's days adds nothing to them and is left out.  In a page's time stamp
    (``stamp``) the hour of posting joins its day across the stamp's own separators too:
    "June 3, 2024 - 4:15 p.m. CST", "March 19, 2026 | 5:10 PM" (golds mark the time too);
    a stamp that names one day twice, posted and updated, leaves its hours out."""
    kept, extra = [r for r in rows if not r["clock"]], []
    # (a stamp of posting and updating on one day, "March 4, 2025, 8:10 AM CET / Updated
    # March 4, 2025, 11:25 AM CET", names that day twice: its hours are left out, so it is one)
    twice = stamp and len({r["resolved"] for r in kept if r["precision"] == "day"}) < len([r for r in kept if r["precision"] == "day"])
    for clock in (r for r in rows if r["clock"]):
        for row in kept:
            if row["precision"] != "day" or not row["resolved"]:
                continue
            if twice and (clock["end"] <= row["start"] and _CLOCK_THEN_DAY.fullmatch(text, clock["end"], row["start"]) or
                          row["end"] <= clock["start"] and _STAMP_SEPARATOR.fullmatch(text, row["end"], clock["start"])):
                break
            if clock["end"] <= row["start"] and _CLOCK_THEN_DAY.fullmatch(text, clock["end"], row["start"]) or \
                    row["end"] <= clock["start"] and (_STAMP_SEPARATOR if stamp else _DAY_THEN_CLOCK).fullmatch(text, row["end"], clock["start"]):
                start, end = min(clock["start"], row["start"]), max(clock["end"], row["end"])
                row.update(start=start, end=end, mention=text[start:end],
                           qualifier=row["qualifier"] if clock["start"] > row["start"] else clock["qualifier"] or row["qualifier"])
                break
        else:
            days = [r for r in kept if r["precision"] == "day" and r["resolved"] and not r.get("anchored")]
            if stamp and days:
                # a page's stamp line with a day: its other hours, "| Updated 4:05 PM", "— 6:00am",
                # are the stamp's and add no date
                continue
            converted = _converted_day(text, clock, days)
            if converted:
                extra.append({**clock, "resolved": converted})
            elif days:
                # a clock time apart from the sentence's day ("hit at 4 a.m., the ministry
                # said on Monday") is still a time of it: that day, the nearest one named
                # (not one counted from another, "two days before": the clock is of the day
                # the count ends on, or of none)
                # (a day named as an event's, "Thursday's election", is not the day the clause
                # tells when another day is: "took the lead on Monday as officials counted
                # ballots from Thursday's election, with results declared by 8 a.m.")
                # (nor is a day compared against: "trading at 4.21 by 1545 GMT, 0.3% stronger than on
                # Wednesday evening")
                days = [r for r in days if not _COMPARED_DAY_BEFORE.search(text, max(0, r["start"] - 20), r["start"])]
                # (nor is a day told inside what was said at the clock's time: "said in a post at
                # about 3pm that troops were killed on Dec 14": the post's hour, not Dec 14's)
                days = [r for r in days if not (clock["end"] <= r["start"] and _REPORTED_THAT.search(text, clock["end"], r["start"]))]
                # (nor is the speaker's own day inside a quotation, when the clock is the narration's:
                # '"… and tonight they got it," she told supporters shortly after 11 p.m.')
                if sentence is not None and not _inside_quote(text, sentence["start"], clock["start"], sentence["end"]):
                    days = [r for r in days if not _inside_quote(text, sentence["start"], r["start"], sentence["end"])]
                if not days:
                    extra.append(clock)  # the clock's own day
                    continue
                told = [r for r in days if text[r["end"]:r["end"] + 2] not in ("'s", "’s")] or days
                day = min(told, key=lambda r: abs(r["start"] - clock["start"]))
                # (a time still to come is not of a day gone by: "the council will meet at 10
                # a.m., the ministry said on Monday")
                ahead = clock.get("ahead") and clock["resolved"] and day["resolved"] < clock["resolved"]
                extra.append({**clock, "resolved": clock["resolved"] if ahead else day["resolved"]})
            elif clock["resolved"] and _TURNING_POINT.search(clock["mention"]) and any(
                    r.get("anchored") and r["precision"] == "day" for r in kept) and all(
                    r["resolved"] == clock["resolved"] for r in kept if r["precision"] == "day"):
                # a turning point of the day beside a part of the same day, both told of the day
                # before them: "bodies were recovered by noon and two more in the afternoon"
                extra.append(clock)
    return sorted(kept + extra, key=lambda r: r["start"])


def _stamp_day(text: str, sentence: dict, rows: list[dict], page_date: dt.date) -> dt.date | None:
    """The day of a line that is only a date and a time ("Dec 23, 2024, 9:15 PM EST",
    "Posted at 08:12 24 Dec"), when it lies a few days before publication (or one after).
    A line that gives two ("Published: Dec. 23, 2024 - 15:44 Updated: Dec. 23, 2024 - 16:00",
    "December 23, 2024 10:15 PM GMT+9 Updated 2 hours ago") is dated by its first."""
    row = rows[0]
    head = text[sentence["start"]:row["start"]]
    byline = _STAMP_BYLINE.match(head)  # "By Jane Roe | Dec 23, 2024", "Seoul, December 23, 2024"
    tail = text[rows[-1]["end"]:sentence["end"]]
    outlet = _STAMP_OUTLET.search(tail)
    rest = " ".join([head[byline.end() if byline else 0:],
                     *(text[a["end"]:b["start"]] for a, b in zip(rows, rows[1:])),
                     tail[:outlet.start()] if outlet else tail])
    if not row["resolved"] or not any(c.isdigit() for c in row["mention"]) or not _STAMP_REST.fullmatch(rest):
        return None  # (a stamp writes its date out: "Yesterday." alone is no stamp)
    day = dt.date.fromisoformat(row["resolved"])
    return day if _DATELINE_DAYS[0] <= (page_date - day).days <= _DATELINE_DAYS[1] else None


# the close of a quotation in single marks: a stop or a comma, then the mark, then a space
_SINGLE_CLOSE = re.compile(r"[,.!?]['’](?=\s|$)")


def _inside_quote(text: str, sentence_start: int, at: int, sentence_end: int | None = None) -> bool:
    """Whether a quotation opened in its sentence is still open at ``at`` (or, given the
    sentence's end, one opened in a sentence before closes after it: '... difficult. Seas are
    calmer this morning."')."""
    before = text[sentence_start:at]
    if before.count('"') % 2 == 1 or before.count("“") > before.count("”"):
        return True
    if before.lstrip()[:1] in ("'", "‘") and _SINGLE_CLOSE.search(text, at, sentence_end or len(text)) \
            and not _SINGLE_CLOSE.search(before):
        return True  # "'Divers found the hull this morning,' she said": a quotation in single marks
    if sentence_end is None or '"' in before or "“" in before or "”" in before:
        return False
    after = text[at:sentence_end]
    return after.count('"') % 2 == 1 or after.count("”") > after.count("“")


def _past_in_quote(text: str, sentence: dict, start: int, end: int) -> bool:
    """Whether the quotation around ``start..end`` tells something in the past (its own
    words only, not the "he said" after it)."""
    opened = max(text.rfind('"', sentence["start"], start), text.rfind("“", sentence["start"], start))
    closes = [i for i in (text.find('"', end, sentence["end"]), text.find("”", end, sentence["end"])) if i >= 0]
    quote = text[opened + 1:min(closes) if closes else sentence["end"]]
    return _patterns()["past"].search(quote) is not None


def _quoted_days(text: str, sentence: dict, rows: list[dict], published: dt.date, told_before: str | None = None) -> None:
    """"'We struck them yesterday,' the commander said on Friday": a "today" or "yesterday"
    inside a quotation is told from the day it was said, when the sentence says that day, or
    when the sentence before told it and this one says none ("told analysts on Thursday
    evening." then '"... the forecast we have given you today ..."')."""
    # (a clock of the saying, outside the quotation, tells its day too: '"… and tonight they got
    # it," she told supporters shortly after 11 p.m.')
    said = next((r for r in rows if r["precision"] == "day" and r["resolved"]
                 and (not r["clock"] or not _inside_quote(text, sentence["start"], r["start"], sentence["end"]))
                 and _said_before(text, sentence["start"], r["start"])), None)
    if said is None and told_before and not any(r["precision"] == "day" and r["resolved"] and not r["clock"]
                                                and not _inside_quote(text, sentence["start"], r["start"], sentence["end"])
                                                for r in rows):
        said = {"resolved": told_before}
    if said is None or said["resolved"] == published.isoformat():
        return
    day, relative = dt.date.fromisoformat(said["resolved"]), lexicon()["relative_dates"]
    for row in rows:
        unit, offset = relative.get(_SPACES.sub(" ", row["mention"].lower()), (None, 0))
        if unit != "day" or row is said:
            continue
        if _inside_quote(text, sentence["start"], row["start"], sentence["end"]):
            row["resolved"] = (day + dt.timedelta(days=offset)).isoformat()


def _date_matches(text: str, lo: int, hi: int) -> list[re.Match]:
    """What the date pattern's finditer(text, lo, hi) finds.  In a plain ASCII sentence the
    lower-case copy of the pattern (date_lower), matched in the lower-cased sentence without
    re.IGNORECASE, finds where a date can begin at a third of the cost (the engine compares
    letters directly and skips alternatives by their first letter); the pattern is matched
    in the text only there, as finditer would match it at that position."""
    pats = _patterns()
    found = _matches_by_lower_case(pats["date_ascii"], pats["date_lower"], text, lo, hi)
    return list(pats["date"].finditer(text, lo, hi)) if found is None else found


def _matches_by_lower_case(pattern: re.Pattern, finder: re.Pattern, text: str, lo: int, hi: int,
                           first: bool = False) -> list[re.Match] | None:
    """What ``pattern.finditer(text, lo, hi)`` finds (only the first match if ``first``), when
    text[lo - 1:hi] is plain ASCII (else None): ``finder``, the lower-case copy of the pattern
    (_lower_case_pattern), finds in the lower-cased text every place where the pattern can
    match, and the pattern is tried there only.  No match of the pattern is empty, and its
    look-behinds (and \\b) see at most one character back unless ``lo`` is 0: the lower-cased
    copy holds one character before ``lo``."""
    shift = max(lo - 1, 0)
    segment = text[shift:hi]  # (look-behinds see one back)
    if not _plain_ascii(segment, 0, len(segment)):
        return None
    lowered, found, pos = segment.lower(), [], lo
    while True:
        candidate = finder.search(lowered, pos - shift)
        if candidate is None:
            return found
        match = pattern.match(text, candidate.start() + shift, hi)
        if match:
            found.append(match)
            if first:
                return found
            pos = match.end()
        else:
            pos = candidate.start() + shift + 1


# Unicode's \s matches these four, re.ASCII's does not
_SEPARATORS = re.compile("[\x1c-\x1f]")


def _plain_ascii(text: str, start: int, end: int) -> bool:
    r"""Whether the date pattern compiled with re.ASCII matches in text[start:end] what it
    matches without it: ASCII (no letter IGNORECASE folds to an ASCII one, no Unicode word
    character or digit) and none of \x1c-\x1f."""
    segment = text[start:end]
    # (four substring tests, each a scan in C, cost a tenth of the search of the class)
    return segment.isascii() and "\x1c" not in segment and "\x1d" not in segment and "\x1e" not in segment \
        and "\x1f" not in segment


_DAY_WORDS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 1)}
_DAY_WORDS.update({f"twenty-{w}": 20 + i for w, i in list(_DAY_WORDS.items())[:9]})
_DAY_WORDS.update({"thirtieth": 30, "thirty-first": 31})
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# a day in words or "the 3rd" after its month, as broadcasters write it: "the twelfth of March",
# "March the third", "March the 3rd" (the date pattern reads the month alone)
_SPELLED_DAY = re.compile(rf"\bthe\s+(?P<dw>{'|'.join(sorted(_DAY_WORDS, key=len, reverse=True))})\s+of\s+(?P<m>{_MONTH_NAMES})\b"
                          rf"|\b(?P<m2>{_MONTH_NAMES})\s+the\s+(?:(?P<dw2>{'|'.join(sorted(_DAY_WORDS, key=len, reverse=True))})"
                          rf"|(?P<dn>\d{{1,2}})(?:st|nd|rd|th))\b"
                          # (the day ends its phrase: "in March the third wave" is no day)
                          rf"(?=\s*(?:[,;:)]|\.(?!\d)|$)|\s+(?:in|at|on|and|when|with|as|after|before|for|while|this|last|next|(?:19|20)\d\d)\b)",
                          re.IGNORECASE)


# a day of the month by its ordinal alone, as translated copy writes it ("said on the 23rd
# that", "on the morning of the 18th"); the ordinal ends its phrase ("the 18th century", "the
# 47th Brigade", "the 20th anniversary" are no days)
_ORDINAL_DAY = re.compile(r"\b(?P<lead>on|of|since|until|till|by|from|before|after)\s+the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
                          r"(?=\s*(?:[,;:)]|\.(?!\d)|$)|\s+(?:that|when|and|in|at|as|after|before|while|with|to|but|amid|"
                          r"following|he|she|it|we|they|the|a|an|its|his|her|their|of\s+(?:this|last|next|the)\s+month)\b)", re.IGNORECASE)


_DIGIT_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")


def _ordinal_days(text: str, sentence: dict, rows: list[dict], context: dict, published: dt.date | None,
                  qualifiers: dict) -> None:
    """Rows for days named by their ordinal alone ("on the 23rd"): that day of the month last
    told, else of publication's month (or the month before, when the day has not yet come
    and the verb does not point ahead)."""
    lo, hi = sentence["start"], sentence["end"]
    if not _DIGIT_ORDINAL.search(text, lo, hi):
        return
    for m in _ORDINAL_DAY.finditer(text, lo, hi):
        start, end = m.start() if m.group("lead").lower() != "of" else m.start() + 3, m.end()
        if any(r["start"] < end and start < r["end"] for r in rows):
            continue
        day, anchor = int(m.group("d")), context.get("anchor")
        ahead = _direction(text, sentence, start, end) == "future"
        if anchor and anchor[1] in ("day", "week", "month") and not (
                ahead and published and (int(anchor[0][:4]), int(anchor[0][5:7]), day) < published.timetuple()[:3]):
            year, month = int(anchor[0][:4]), int(anchor[0][5:7])
        elif published:
            year, month = published.year, published.month
            if day > published.day and not ahead:
                year, month = (year - 1, 12) if month == 1 else (year, month - 1)
            elif day < published.day and ahead:
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        else:
            continue
        if day > calendar.monthrange(year, month)[1]:
            continue
        resolved = dt.date(year, month, day).isoformat()
        rows.append({"sentence_id": sentence["id"], "start": start, "end": end, "mention": text[start:end],
                     "resolved": resolved, "precision": "day",
                     "qualifier": qualifiers.get(m.group("lead").lower()) if m.group("lead").lower() not in ("on", "of") else None,
                     "event": _event(text, sentence, start, end), "note": None, "clock": False})
        context["anchor"] = context["day_anchor"] = (resolved, "day")


# a range of months with no year ("between June and September", "from April to October") and
# what makes it a stretch that comes round each year: a recurrence word, or the season it
# spells out ("the growing season, from April to October")
_MONTH_RANGE = re.compile(rf"\b(?:between|from)\s+(?:{_MONTH_WORDS})\s+(?:and|to|through|until)\s+(?:{_MONTH_WORDS})\b"
                          r"(?!,?\s+(?:\d|last\b|this\b|next\b))")
_RECURRENCE_BEFORE = re.compile(r"(?:\b(?:every|each)\s+(?:year|season)|\b(?:usually|typically|normally|generally|annually))"
                                r"(?:\s+(?-i:[a-z]+)){0,2}\s+$|\bseason,\s+$"
                                # ("the rainy season, which runs from November to April": a
                                # season told in the present runs so each year)
                                r"|\bseason,?\s+(?:(?:which|that)\s+)?(?:usually\s+|typically\s+|normally\s+)?"
                                r"(?:runs|lasts|stretches|extends)\s+$", re.IGNORECASE)


def _recurring_ranges(text: str, sentence: dict, rows: list[dict]) -> list[dict]:
    """A range of months that recurs each year ("outbreaks are reported almost every year
    between June and September", "the growing season, from April to October") is one temporal
    expression with no one date, as "each winter" is: one row, undated, in place of its
    months' rows and of the recurrence word's own."""
    for m in _MONTH_RANGE.finditer(text, sentence["start"], sentence["end"]):
        cue = _RECURRENCE_BEFORE.search(text, max(sentence["start"], m.start() - 30), m.start())
        if not cue:
            continue
        start, end = m.start(), m.end()
        rows = [r for r in rows if not (r["start"] < end and start < r["end"] or
                                        r["resolved"] is None and cue.start() <= r["start"] and r["end"] <= start)]
        rows.append({"sentence_id": sentence["id"], "start": start, "end": end, "mention": text[start:end],
                     "resolved": None, "precision": None, "qualifier": None, "event": _event(text, sentence, start, end),
                     "note": UNDATABLE, "clock": False})
    return sorted(rows, key=lambda r: r["start"])


# the day of a vote named by the vote alone, and a day the text tells as the vote's:
# "scuffles on polling day" after "Saturday's state elections" / "the election on Saturday"
_POLLING_DAY = re.compile(r"\b(?:on|since|before|after|by)\s+(?:polling|election|voting)\s+day\b", re.IGNORECASE)
_VOTE_AFTER_DAY = re.compile(r"(?:['’]s)?\s+(?:(?-i:[a-z]+)\s+){0,2}(?:elections?|vote|polls|ballot)\b", re.IGNORECASE)
_VOTE_BEFORE_DAY = re.compile(r"\b(?:elections?|vote|polls|ballot)\s+(?:was\s+|were\s+)?(?:held\s+)?$", re.IGNORECASE)


def _polling_days(text: str, sentence: dict, rows: list[dict], own: list[dict]) -> list[dict]:
    """Rows for "on polling day", "on election day": the day the text told as the vote's
    ("Saturday's state elections", "the vote on Sunday"), when it told one."""
    found = []
    for m in _POLLING_DAY.finditer(text, sentence["start"], sentence["end"]):
        if any(r["start"] < m.end() and m.start() < r["end"] for r in own):
            continue
        vote = next((r for r in rows + own if r["precision"] == "day" and r["resolved"] and r["end"] <= m.start() and (
            _VOTE_AFTER_DAY.match(text, r["end"]) or _VOTE_BEFORE_DAY.search(text, max(0, r["start"] - 30), r["start"]))), None)
        if vote:
            found.append({"sentence_id": sentence["id"], "start": m.start(), "end": m.end(), "mention": m.group(0),
                          "resolved": vote["resolved"], "precision": "day", "qualifier": None,
                          "event": _event(text, sentence, m.start(), m.end()), "note": None, "clock": False})
    return found


# a quarter named again by its ordinal alone, its noun left out: "... in the second quarter
# from 5.0 percent in the first"
_ELIDED_QUARTER = re.compile(r"\b(?:in|from|than|with|over|to)\s+the\s+(?P<o>first|second|third|fourth)(?=\s*(?:[,;:)]|\.(?!\d)|$))",
                             re.IGNORECASE)


def _elided_quarters(text: str, sentence: dict, quarter: dict) -> list[dict]:
    """Rows for quarters named by their ordinal alone after a quarter told in full in the
    sentence ("growth slowed in the second quarter from 5.0 percent in the first"): that
    quarter of the same year."""
    if not quarter["resolved"] or "-Q" not in quarter["resolved"]:
        return []
    rows = []
    for m in _ELIDED_QUARTER.finditer(text, quarter["end"], sentence["end"]):
        start = m.start()
        rows.append({"sentence_id": sentence["id"], "start": start, "end": m.end(), "mention": m.group(0),
                     "resolved": _quarter(int(quarter["resolved"][:4]), _ORDINALS[m.group("o").lower()])[0],
                     "precision": "quarter", "qualifier": None, "event": _event(text, sentence, start, m.end()),
                     "note": None, "clock": False})
    return rows


def _spelled_days(text: str, rows: list[dict]) -> None:
    """Make the month rows of "the twelfth of March" / "March the 3rd" the day they name, in
    the year their month was given."""
    for row in rows:
        if row["precision"] != "month" or not row["resolved"]:
            continue
        m = _SPELLED_DAY.search(text, max(0, row["start"] - 24), min(len(text), row["end"] + 20))
        if not m or not (m.start() < row["end"] and row["start"] < m.end()):
            continue
        word = (m.group("dw") or m.group("dw2") or "").lower()
        day = _DAY_WORDS.get(word) or int(m.group("dn") or 0)
        year, month = int(row["resolved"][:4]), int(row["resolved"][5:7])
        if 1 <= day <= calendar.monthrange(year, month)[1]:
            start, end = min(m.start(), row["start"]), max(m.end(), row["end"])
            row.update(start=start, end=end, mention=text[start:end], resolved=dt.date(year, month, day).isoformat(),
                       precision="day")


_MONTH_PAIR_GAP = re.compile(r"\s*(?:and|to|through|until|till|-|–)\s*")
_NO_YEAR_MONTH = re.compile(rf"^(?:(?:from|between|in|since|of|early|late|mid|mid-)\s+)*(?:{_MONTH_WORDS})$", re.IGNORECASE)


def _month_pair_years(text: str, rows: list[dict]) -> None:
    """A pair of months told as a stretch ("from March to May", "between March and May last
    year") runs forward: a first month with no year of its own that its verb's tense put after
    the second (March of this year, May of the last, on a page of mid-March) is the one of the
    second's year, or of the year before when the stretch crosses a new year."""
    for first, second in zip(rows, rows[1:]):
        if first["precision"] != "month" or second["precision"] != "month" or not first["resolved"] \
                or not second["resolved"] or not _NO_YEAR_MONTH.match(first["mention"]) \
                or not _MONTH_PAIR_GAP.fullmatch(text, first["end"], second["start"]):
            continue
        if first["resolved"] > second["resolved"]:
            year, month, last = int(second["resolved"][:4]), int(first["resolved"][5:7]), int(second["resolved"][5:7])
            first["resolved"] = f"{year - (month > last):04d}-{month:02d}"


_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


# a reporting period's noun, or the end of the phrase, after a stretch of months (and its year)
_PERIOD_NOUN_OR_END_AFTER = re.compile(r"(?:,?\s+(?:19|20)\d\d)?(?:\s+(?:moving\s+|rolling\s+)?(?:quarter|period|trimester)\b"
                                       r"|\s*(?:[,.;:()|]|$)|\s+(?:as|from|and|in|to|against|compared|versus|vs|when|while|with|"
                                       r"than|after|before|was|were|is|are|rose|fell)\b)")


def _month_stretches(text: str, sentence: dict, rows: list[dict]) -> list[dict]:
    """A stretch of months told as one ("between February and June", "from April to August",
    "February–August 2024", "between November and February") is one temporal expression, not
    two dates: one row in place of its two months' rows, dated from its first month (its end in
    the row's note), or as the quarter its three months make ("April to June").  ("in March
    and April" and "March or April" name two months, not a stretch.)"""
    out: list[dict] = []
    for row in rows:
        first = out[-1] if out else None
        gap = _MONTH_PAIR_GAP.fullmatch(text, first["end"], row["start"]) if first else None
        if not gap or first["precision"] != "month" or row["precision"] != "month" or not first["resolved"] \
                or not row["resolved"] or not _NO_YEAR_MONTH.match(first["mention"]) \
                or first["mention"].lower().startswith(("early", "late", "mid", "in ", "since", "of ")):
            out.append(row)
            continue
        between = _BETWEEN_BEFORE.search(text, max(0, first["start"] - 10), first["start"])
        if gap.group(0).strip() == "and" and not (between or first["mention"].lower().startswith("between")):
            out.append(row)
            continue
        y1, m1 = int(first["resolved"][:4]), int(first["resolved"][5:7])
        y2, m2 = int(row["resolved"][:4]), int(row["resolved"][5:7])
        start = between.start() if between else first["start"]
        if not (y1 == y2 and m1 < m2 or y2 == y1 + 1 and m1 > m2):
            out.append(row)
            continue
        stretch = {"start": start, "end": row["end"], "mention": text[start:row["end"]],
                   "event": _event(text, sentence, start, row["end"])}
        if y1 == y2 and m1 % 3 == 1 and m2 == m1 + 2:
            stretch.update(resolved=f"{y1:04d}-Q{(m1 + 2) // 3}", precision="quarter", qualifier=None)
        elif y1 == y2 and m2 - m1 == 2 and gap.group(0).strip() in ("-", "–") and not between \
                and _PERIOD_NOUN_OR_END_AFTER.match(text, row["end"]):
            # a moving quarter written with a dash ("in the May-July quarter", "May-July 2026:")
            # is known by its last month, as statistics offices date it (not a season: "the
            # March-May rains")
            stretch.update(resolved=row["resolved"], precision="month", qualifier=None)
        else:
            stretch.update(resolved=first["resolved"], precision="month", qualifier="from",
                           note=f"a stretch of months, to {row['resolved']}", until=row["resolved"])
        out[-1] = {**first, **stretch}
    return out


# a month or a stretch of months naming a thing, then the thing's year: "the March-May rains of
# 2024", "the June floods in 2022"
_THING_OF_YEAR_AFTER = re.compile(rf"(?:\s*[-–]\s*(?:{_MONTH_WORDS}))?\s+(?P<noun>(?:[a-z][a-z-]+\s+){{0,3}}?)(?:of|in)\s+(?P<year>(?:19|20)\d\d)\b")
_THING_MONTH_BEFORE = re.compile(r"(?:\b[Tt]he\s+|\b[A-Z][a-z]+\s*[-–]\s*)$")


def _attributive_month_years(text: str, rows: list[dict]) -> None:
    """A month with no year of its own and the year told right after it ("in May of 2023"), or
    after the noun it names ("the March-May rains of 2024": March and May of 2024, whatever
    the verb's tense)."""
    for row in rows:
        if row["precision"] != "month" or not row["resolved"] or not _NO_YEAR_MONTH.match(row["mention"]):
            continue
        thing = _THING_OF_YEAR_AFTER.match(text, row["end"])
        if thing and (not thing.group("noun") or _THING_MONTH_BEFORE.search(text, max(0, row["start"] - 20), row["start"])):
            row["resolved"] = f"{thing.group('year')}-{row['resolved'][5:7]}"


# the preposition a year of the 19th century is told after: "(founded) in (1887)", "since (1850)"
_OLD_YEAR_BEFORE = re.compile(r"\b(?:in|since|from|until|till|before|after|between|and)\s+$", re.IGNORECASE)
# a weekday a spell runs on into: "(rain is possible tonight and) into (Friday)"
_INTO_BEFORE = re.compile(r"\binto\s+$", re.IGNORECASE)


# a weekday counted from the day told before it: "(charged) the following (Monday)", "(had
# been arrested) the previous (Sunday)"
_ANCHORED_WEEKDAY_BEFORE = re.compile(r"\bthe\s+(following|next|previous|preceding)\s+$", re.IGNORECASE)


def _anchored_weekdays(text: str, sentence_rows: list[dict], rows: list[dict]) -> None:
    """A weekday told as "the following", "the next", "the previous" or "the preceding" one
    counts from the last day told before it, in its sentence or an earlier one ("arrested on
    March 3 and charged the following Monday": the Monday after March 3, not the one before
    publication; "next Tuesday" with no "the" stays the one after publication).  In place."""
    for i, row in enumerate(sentence_rows):
        if row["precision"] != "day" or not row["resolved"]:
            continue
        words = row["mention"].split()
        if len(words) > 1 and words[0].lower() == "next" and words[1].lower() in _WEEKDAYS and \
                re.search(r"\bthe\s+$", text[max(0, row["start"] - 6):row["start"]], re.IGNORECASE):
            later, weekday = True, _WEEKDAYS[words[1].lower()]
        else:
            lead = _ANCHORED_WEEKDAY_BEFORE.search(text, max(0, row["start"] - 20), row["start"])
            if not lead or words[0].lower() not in _WEEKDAYS:
                continue
            later, weekday = lead.group(1).lower() in ("following", "next"), _WEEKDAYS[words[0].lower()]
        told = next((r for r in [*reversed(sentence_rows[:i]), *reversed(rows)]
                     if r["precision"] == "day" and r["resolved"] and not r.get("clock")), None)
        if told is None:
            continue
        day = dt.date.fromisoformat(told["resolved"])
        shift = (weekday - day.weekday() - 1) % 7 + 1 if later else -((day.weekday() - weekday - 1) % 7 + 1)
        row["resolved"] = (day + dt.timedelta(days=shift)).isoformat()


def _into_weekdays(text: str, rows: list[dict]) -> None:
    """A weekday that a spell runs on into, after a day told before it in its sentence, is
    the first such weekday after that day ("snow is likely tonight and into Saturday morning"
    on a Wednesday: the coming Saturday; "fighting went on through Saturday and into Sunday":
    the day after).  In place."""
    for i, row in enumerate(rows):
        if not i or row["precision"] != "day" or not row["resolved"] or \
                not _INTO_BEFORE.search(text, max(0, row["start"] - 10), row["start"]):
            continue
        weekday = _WEEKDAYS.get(row["mention"].split()[0].lower())
        before = next((r for r in reversed(rows[:i]) if r["precision"] == "day" and r["resolved"]), None)
        if weekday is None or before is None or rows[i - 1]["mention"].lower() in _NIGHT_WORDS:
            continue  # ("overnight into Monday": the night that ends on that Monday, told as it is)
        day = dt.date.fromisoformat(before["resolved"])
        row["resolved"] = (day + dt.timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)).isoformat()


def _range_ends(text: str, sentence: dict, rows: list[dict], published: dt.date | None = None) -> list[dict]:
    """The ends of ranges the date pattern reads as one date or none: the other day of a
    range of days in one month ("from March 3 to 5", "March 3-5", "between 14 and 16 June")
    and both years of a hyphenated span ("2022-2023"), each its own row as the gold format
    gives a range (start and end)."""
    extra = []

    def add(start: int, end: int, resolved: str, precision: str, like: dict | None) -> None:
        extra.append({"sentence_id": sentence["id"], "start": start, "end": end, "mention": text[start:end],
                      "resolved": resolved, "precision": precision, "qualifier": None,
                      "event": like["event"] if like else _event(text, sentence, start, end), "note": None,
                      "clock": False})

    for row in rows:
        if row["precision"] == "month" and row["resolved"] and row["mention"][:1].isupper() and \
                text[row["start"] - 1:row["start"]] == " ":
            # "on 2-3 December": the date pattern reads only the month after the pair of days
            pair = _DAY_PAIR_BEFORE.search(text, max(sentence["start"], row["start"] - 12), row["start"])
            year, month = int(row["resolved"][:4]), int(row["resolved"][5:7])
            if pair and 1 <= int(pair.group(1)) < int(pair.group(2)) <= calendar.monthrange(year, month)[1]:
                add(pair.start(1), pair.end(1), dt.date(year, month, int(pair.group(1))).isoformat(), "day", row)
                row.update(start=pair.start(2), mention=text[pair.start(2):row["end"]], precision="day",
                           resolved=dt.date(year, month, int(pair.group(2))).isoformat())
            continue
        if row["precision"] != "day" or not row["resolved"] or row["clock"]:
            continue
        first = dt.date.fromisoformat(row["resolved"])
        # "March 3" ends in its day, "3 March" (after its lead word) starts with it
        day_last = row["mention"][-1:].isdigit()
        day_first = row["mention"].split()[-2 if len(row["mention"].split()) > 2 else 0][:1].isdigit()
        after = _DAY_RANGE_AFTER.match(text, row["end"], sentence["end"]) if day_last else None
        if after and first.day < int(after.group(1)) <= calendar.monthrange(first.year, first.month)[1]:
            add(after.start(1) if text[row["end"]:after.start(1)].strip() in ("-", "–") else row["end"] + 1,
                after.end(), first.replace(day=int(after.group(1))).isoformat(), "day", row)
            continue
        before = _DAY_RANGE_BEFORE.search(text, max(sentence["start"], row["start"] - 20), row["start"])
        if before and day_first and 1 <= int(before.group(1)) < first.day:
            add(before.start(), before.end(1), first.replace(day=int(before.group(1))).isoformat(), "day", row)
    if "-" in text[sentence["start"]:sentence["end"]] or "–" in text[sentence["start"]:sentence["end"]]:
        taken = [(r["start"], r["end"]) for r in rows]
        for m in _YEAR_RANGE.finditer(text, sentence["start"], sentence["end"]):
            if int(m.group(1)) >= int(m.group(2)):
                continue
            # "the 2022-2023 outbreak": one stretch of years, dated from its first (as the golds
            # write it), not two dates
            if not any(a < m.end() and m.start() < b for a, b in taken):
                add(m.start(1), m.end(2), m.group(1), "year", None)
        for m in _MONTH_SPAN.finditer(text, sentence["start"], sentence["end"]):
            # "in January-September": a span of months that is no quarter, each end its month
            # (the two are then told as one stretch: _month_stretches)
            first, last = _month(m.group(1)), _month(m.group(2))
            if (first - 1) % 3 == 0 and last == first + 2 or first >= last or \
                    any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if m.group(3):
                year = int(m.group(3))
            elif published:
                year = published.year - (last > published.month)  # the last such span to end
            else:
                continue
            add(m.start(1), m.end(1), f"{year:04d}-{first:02d}", "month", None)
            add(m.start(2), m.end(3) if m.group(3) else m.end(2), f"{year:04d}-{last:02d}", "month", None)
        for m in _SHORT_MONTH_SPAN.finditer(text, sentence["start"], sentence["end"]):
            # "Jan-Sep 2025" heading a table's column: the reporting period, one row; a moving
            # quarter by its last month (as _month_stretches dates a dashed one of full names), a
            # longer span by its year (as the golds write a table's "Jan-Sep 2025")
            first, last = _month(m.group(1)), _month(m.group(2))
            if first >= last or any(a < m.end() and m.start() < b for a, b in taken):
                continue
            year = int(m.group(3)) if m.group(3) else published.year - (last > published.month) if published else None
            if year is None:
                continue
            if (first - 1) % 3 == 0 and last == first + 2:
                add(m.start(), m.end(), f"{year:04d}-Q{(first + 2) // 3}", "quarter", None)
            elif last - first == 2:
                add(m.start(), m.end(), f"{year:04d}-{last:02d}", "month", None)  # a moving quarter
            else:
                add(m.start(), m.end(), f"{year:04d}", "year", None)  # "Jan-Sep 2025": the year's nine months
    return extra


def _on_scheduled_event(text: str, sentence_start: int, match: re.Match) -> bool:
    """Whether a day (or month) without a year hangs on a scheduled event that a preposition looks
    toward ("ahead of the vote on Feb. 9", "pointed to the Jan. 20 inauguration"), not on
    the clause's verb: its tense does not place the event."""
    g = match
    if not ((g["mdy"] and not g["y1"] and not g["mdrel"]) or (g["dmy"] and not g["y2"] and not g["dmrel"])
            or (g["my"] and not g["y3"] and not g["myrel"] and not g["mrel"])):
        return False
    core = g.start("m1") if g["mdy"] else g.start("d2") if g["dmy"] else g.start("m3")
    pats = _patterns()
    m = pats["event_before"].search(text, max(sentence_start, core - 90), core)
    if m:
        verb = text[max(sentence_start, m.start() - 20):m.start()].split()[-1:]
        if m.group().lower().startswith("to ") and verb and verb[0].lower() in _arrival_verbs():
            # "to" after a verb of going is where one went, dated by that verb's tense ("voters
            # went to the polls on May 18"), not an event looked toward ("pointed to the vote")
            return False
        # (the words before the noun are its modifiers, not a clause: "said it held talks on")
        np = m.group("np")
        if np and any(p.search(np) for p in (pats["past"], pats["future"])):
            return False
        # (a past perfect after a reported event still puts it behind: "said the vote on
        # Jan. 20 had been rigged")
        return not (m.group("say") and _HAD_AFTER.match(text, g.end()))
    return pats["event_det_before"].search(text, max(sentence_start, core - 40), core) is not None and \
        pats["event_after"].match(text, g.end()) is not None


def _needs_direction(match: re.Match) -> bool:
    """Whether the match leaves its year (or week) to the tense of its verb."""
    g = match  # its groups by name, as groupdict() would give them without building the dict
    return bool((g["mdy"] and not g["y1"] and not g["mdrel"]) or (g["dmy"] and not g["y2"] and not g["dmrel"])
                or (g["my"] and not g["y3"] and not g["myrel"] and not g["mrel"])
                or (g["weekday"] and not g["wk"]) or g["holiday"] or (g["quarter"] and not g["qy"] and not g["qrel"])
                or g["weekend"] or g["midyear"] or (g["threemonths"] and not g["tm_y"]) or g["within"] or (g["half"] and not g["hy"]) or (g["season"] and g["sname3"])
                or g["clock"] or (g["relative"] and g["phrase"].lower() in _NIGHT_WORDS | _THIS_QUARTER))


# "this quarter" in a story of results told in the past is the quarter reported (see _resolve)
_THIS_QUARTER = frozenset({"this quarter", "the current quarter"})

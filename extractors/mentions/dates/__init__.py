"""Date mentions: find every date expression in news text and normalise it TIMEX-style.

This package owns `find_dates` (text -> DateMention list) and `parse_published` (a front-matter value
-> the calendar date as written). It is pure: no I/O, no clock; "today" means the publication date.

Values follow TIMEX3 (TempEval-3) conventions; `granularity` tells which shape a value has:

    granularity   value examples                      from
    -----------   ---------------------------------   ---------------------------------------------
    day           2021-07-04, XXXX-09-30, XXXX-XX-17   "July 4", "Sept. 30" (undated), "on the 17th"
                  XXXX-WXX-5                          "on Friday" without a publication date
    part_of_day   2021-07-09TMO                       "Friday morning", "last night", "tonight"
    week          2021-W26, XXXX-WXX                  "last week", "three weeks ago"
    weekend       2021-W27-WE                         "this weekend"
    month         2021-06, XXXX-03, XXXX-XX           "last month", "in March" (undated)
    quarter       2021-Q1                             "the first quarter", "Q1 2021"
    half          2020-H2                             "the second half of 2020"
    season        2020-SP                             "spring 2020", "last summer"
    year          2021, XXXX                          "in 2018", "last year", "fiscal 2020"
    decade        199                                 "the 1990s", "the '90s"
    century       20                                  "the 21st century"

Rules worth knowing:
- Relative and year-less mentions are resolved against `published`. Without it the open parts stay
  `X` ("in March" -> XXXX-03, "last month" -> XXXX-XX, "Friday" -> XXXX-WXX-5): they are still
  reported, but never carry an invented year. No year is borrowed from other mentions in the text.
- Which side of the publication date a year-less mention falls on is decided by the nearest tense
  cue in its clause: a future cue ("will", "expected", "next", "takes effect", ...) or a past cue
  ("said", "was", "ago", any -ed verb, ...). With no cue, a weekday, quarter, half or "the 17th" is
  the most recent one (news is mostly past tense); a month or month-day is the nearer occurrence,
  the coming one only if it is FUTURE_BIAS times nearer ("Dec. 5" in an Oct. 31 piece is this
  December, "in December" in a July piece last December).
- Skipped on purpose: durations ("three years", "the past year"), vague references ("now",
  "recently", "in recent years", "a few days ago", "a year or so ago"), recurrences ("every
  Monday"), clock times, and "N days after <event>" (TimeBank tags the duration there).
- Anchored mentions ("two days later", "the next day", "the same day", "a year earlier", "the
  following week") lean on the date named just before them, and "the year" / "the quarter" on the
  period under discussion; see extractors/dates/anchored.py for when they are resolved and why a
  month anchor in an undated piece is not.
- Text inside URLs, file paths, e-mail addresses and file names is never tagged; callers should
  still strip markup first, as mentions are only as good as the sentences around them.
- A bare 4-digit number is a year only in a year context: 1900-2099 after "in", "since", "the",
  "a", a possessive, ... or before "'s"; 1800-1899 only right after a preposition of time
  ("founded in 1889"). Never after a currency sign, "No." or "a total of", nor before "million",
  "%", "employees", "GMT" and the like.

Modules: tagger (find_dates: runs the patterns, settles overlaps), absolute and relative (the patterns
and their handlers), anchored (mentions resolved against another mention), resolve (calendar
arithmetic), context (the words around a match), lexicon (regex building blocks), masking (URLs and
file names), published (parse_published). Word tables live in extractors/date_words.py.
"""
from __future__ import annotations

from extractors.mentions.dates.published import parse_published
from extractors.mentions.dates.tagger import DateMention, find_dates

__all__ = ["DateMention", "find_dates", "parse_published"]

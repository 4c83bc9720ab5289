"""Date mentions: find every date expression in news text and normalise it TIMEX-style.

This module owns `find_dates` (text -> DateMention list) and `parse_published` (a front-matter value
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
  Monday"), clock times, and anchored expressions ("a month later", "two days after", "the same
  day"): their anchor is an event, not the publication date, and a wrong guess costs more than a miss.
- Text inside URLs, file paths, e-mail addresses and file names is never tagged; callers should
  still strip markup first, as mentions are only as good as the sentences around them.
- A bare 4-digit number is a year only in a year context: 1900-2099 after "in", "since", "the",
  "a", a possessive, ... or before "'s"; 1800-1899 only right after a preposition of time
  ("founded in 1889"). Never after a currency sign, "No." or "a total of", nor before "million",
  "%", "employees", "GMT" and the like.
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from extractors.date_words import (
    AMBIGUOUS_MONTHS, CURRENCY_SYMBOLS, DAY_PARTS, FULL_MONTHS, FUTURE_CUES, HISTORIC_YEAR_CUES, HOLIDAYS,
    MONTHS, NAMED_ON_WEEKDAY, NAMED_WEEKDAY_PREFIXES, NON_YEAR_PREFIXES, NUMBER_WORDS, ORDINAL_WORDS, PAST_CUES,
    QUANTITY_BEFORE_OF, QUANTITY_WORDS, RECURRENCE_WORDS, SEASON_START_MONTH, SEASONS, STRONG_YEAR_CUES,
    UNITS, WEAK_YEAR_CUES, WEEKDAY_DATE_CUES, WEEKDAYS, YEAR_FOLLOWERS,
)

__all__ = ["DateMention", "find_dates", "parse_published"]

# Which side of the publication date a year-less mention falls on. UNCUED: the clause has no tense cue.
PAST, UNCUED, FUTURE = -1, 0, 1
# Without a cue a month or month-day is read as the nearer occurrence, but news looks back more than
# ahead: the coming one wins only when it is this many times nearer than the past one.
FUTURE_BIAS = 2


@dataclass(frozen=True)
class DateMention:
    start: int          # offsets into the text passed in; text[start:end] == self.text
    end: int
    text: str
    value: str          # TIMEX3-style value, see the module docstring
    granularity: str    # day | part_of_day | week | weekend | month | quarter | half | season | year | decade | century


@dataclass(frozen=True)
class _Cand:
    start: int
    end: int
    value: str
    granularity: str


# ---------------------------------------------------------------------------------------------
# Patterns. Each one starts with a required, case-sensitive trigger (a word in its lower, Title and
# UPPER forms, or a digit) so the regex engine can skip ahead to candidate positions; optional words
# before the trigger ("early", "last", "the") and left word boundaries are checked in Python, on a
# short window before the match. Every quantifier is bounded or runs over a class that cannot
# overlap what follows, so a scan is linear in the text (no catastrophic backtracking).
# ---------------------------------------------------------------------------------------------

SP = r"[ \t\u00a0]{1,3}"   # the gap between the words of one expression: same line, short


def _forms(phrase: str) -> set[str]:
    words = phrase.split()
    forms = {phrase.lower(), phrase.upper(), phrase[:1].upper() + phrase[1:].lower(),
             " ".join(w[:1].upper() + w[1:].lower() for w in words)}
    return forms | {f.replace("'", "’") for f in forms}


def _cases(phrases: Iterable[str]) -> str:
    """An alternation of the phrases in lower, Title and UPPER case, longest first."""
    forms = set().union(*(_forms(p) for p in phrases))
    ordered = sorted(forms, key=len, reverse=True)
    return "|".join(SP.join(re.escape(w) for w in f.split()) for f in ordered)


def _titled(words: Iterable[str]) -> str:
    """Title and UPPER forms only: month names must be capitalised ("may" is a verb)."""
    forms = {w.title() for w in words} | {w.upper() for w in words}
    return "|".join(sorted(forms, key=len, reverse=True))


# One flat alternation (fast to scan for); a dot after a full name is the sentence's, see _h_month_first.
MONTH = rf"(?:{_titled(MONTHS)})\.?(?![A-Za-z])"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|[.,]\d|\s?%)"
YEAR4 = r"[12]\d{3}(?!\d)"
PARTS = r"(?i:morning|afternoon|evening|night)"

# "Dec. 18", "April 22, 2021", "November 2020", "November of 2020", and "March" alone.
_MONTH_FIRST = re.compile(rf"(?P<mon>{MONTH})(?:[ \t\u00a0]{{0,3}}(?P<day>{DAY})(?:,?{SP}(?P<year>{YEAR4}))?"
                          rf"|,?{SP}(?:(?i:of){SP})?(?P<myear>{YEAR4}))?")
# "4 July 2021", "17th of March".
_DAY_FIRST = re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:{SP}(?i:of))?{SP}(?P<mon>{MONTH})"
                        rf"(?:,?{SP}(?P<year>{YEAR4}))?")
_ISO = re.compile(r"(?P<year>[12]\d{3})(?P<sep>[-/.])(?P<mon>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d/]|[-.]\d)")
_NUMERIC = re.compile(r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<year>[12]\d{3}|\d\d)(?![\d/]|[-.]\d)")
_YEAR_PAIR = re.compile(r"(?P<y1>(?:19|20)\d\d)(?P<sep>[-–/])(?P<y2>(?:19|20)\d\d|\d\d)(?![\d/]|[-.,]\d)")
_YEAR = re.compile(r"(?P<year>(?:18|19|20)\d\d)(?![\w]|[.,]\d)(?P<poss>['’]s(?![A-Za-z]))?")
_DECADE = re.compile(r"(?P<dec>1[5-9]\d|20\d)0['’]?s(?![A-Za-z])")
_DECADE_SHORT = re.compile(r"['’‘](?P<yy>\d)0['’]?s(?![A-Za-z])")
_CENTURY = re.compile(rf"(?:{_cases(('century',))})(?![\w])")
_FISCAL = re.compile(r"FY[ \t]?'?(?P<year>(?:19|20)\d\d|\d\d)(?![\w])")
_CODE_YEAR = r"(?:[ \t-]?(?P<year>(?:19|20)\d\d)|[-/'’]?(?P<yy>\d\d))?(?![\w])"
_QCODE = re.compile(rf"Q(?P<q>[1-4]){_CODE_YEAR}")
_QCODE_AFTER = re.compile(rf"(?P<q>[1-4])Q{_CODE_YEAR}")
_HCODE = re.compile(rf"H(?P<h>[12]){_CODE_YEAR}")
_WEEKDAY = re.compile(rf"(?P<wd>{_cases(WEEKDAYS)})(?![\w-])(?:(?:['’]s)?[ \t]{{1,3}}(?P<part>{PARTS})(?![\w-]))?")
_DEICTIC = re.compile(rf"(?P<word>{_cases(('today', 'yesterday', 'tomorrow', 'tonight'))})(?![\w-])"
                      rf"(?:(?:['’]s)?[ \t]{{1,3}}(?P<part>{PARTS})(?![\w-]))?")
_DAY_PART = re.compile(rf"(?P<part>{_cases(DAY_PARTS)})(?![\w-])")
_WEEKEND = re.compile(rf"(?:{_cases(('weekend',))})(?![\w-])")
_RELATIONS = ("this past", "this", "last", "next", "the coming", "the current", "current", "coming")
_RELATIVE = re.compile(rf"(?P<rel>{_cases(_RELATIONS)})"
                       r"[ \t]{1,3}(?P<unit>(?i:weekend|week|month|year|quarter|decade))(?![\w-])")
_AGO = re.compile(rf"(?:{_cases(('ago',))})(?![\w-])")
_QUARTER = re.compile(rf"(?P<ord>{_cases(ORDINAL_WORDS)})[ \t-]{{1,3}}(?P<unit>(?i:quarter|half))(?![\w])"
                      r"(?i:[ \t]{1,3}(?:of[ \t]{1,3})?(?:(?:fiscal[ \t]{1,3}(?:year[ \t]{1,3})?)?"
                      r"(?P<year>(?:19|20)\d\d)(?![\w])|(?P<rel>this|last|next|the)[ \t]year))?")
_SEASON = re.compile(rf"(?P<season>{_cases(SEASONS)})(?![\w-])(?:[ \t]{{1,3}}(?:(?i:of)[ \t]{{1,3}})?"
                     r"(?P<year>(?:19|20)\d\d)(?!\d))?")
_HOLIDAY = re.compile(rf"(?P<name>{_cases(HOLIDAYS)})(?![\w-])(?:[ \t]{{1,3}}(?P<year>(?:19|20)\d\d)(?!\d))?")
_END_OF = re.compile(rf"(?:{_cases(('end', 'beginning', 'start', 'middle', 'close'))})"
                     r"[ \t]of[ \t](?i:the|this)[ \t](?P<unit>(?i:year|month|quarter))(?![\w-])")
_YEAR_END = re.compile(rf"(?:{_cases(('year',))})[- ]end(?![\w-])")
_NTH_DAY = re.compile(r"(?:the|The|THE)[ \t]{1,3}(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)"
                      r"(?=[ \t]*(?:[.,;:!?)\"”]|$))")

# Optional words before a trigger, matched on a short window ending where the trigger starts. Each
# names the words it can end with, so most triggers are turned down without running the regex.


@dataclass(frozen=True)
class _Prefix:
    pattern: re.Pattern[str]            # anchored with \Z
    last_words: frozenset[str] | None   # lower-cased word right before the trigger; None: any


def _words(*words: str) -> frozenset[str]:
    return frozenset(words)


_MOD_WORDS = (r"early|mid|late|the[ \t]end[ \t]of|end[ \t]of|the[ \t]beginning[ \t]of|the[ \t]start[ \t]of"
              r"|the[ \t]middle[ \t]of")
_MOD_LAST = _words("early", "mid", "late", "of")
_MONTH_PREFIX = _Prefix(re.compile(rf"(?i)(?<![\w-])(?:(?P<mod>{_MOD_WORDS})[ \t-]{{1,3}})?"
                                   r"(?:(?P<rel>last|next|this|coming)[ \t]{1,3})?\Z"),
                        _MOD_LAST | _words("last", "next", "this", "coming"))
_MOD_PREFIX = _Prefix(re.compile(rf"(?i)(?<![\w-])(?P<mod>{_MOD_WORDS})[ \t-]{{1,3}}\Z"), _MOD_LAST)
_REL_MOD_PREFIX = _Prefix(re.compile(rf"(?i)(?<![\w-])(?P<mod>earlier|later|{_MOD_WORDS})[ \t-]{{1,3}}\Z"),
                          _MOD_LAST | _words("earlier", "later"))
_YEAR_MOD_PREFIX = _Prefix(re.compile(r"(?i)(?<![\w-])(?:(?P<mod>early|mid|late)[ \t-]{1,3}|end-)\Z"),
                           _words("early", "mid", "late", "end"))
_WEEKDAY_PREFIX = _Prefix(
    re.compile(r"(?i)(?<![\w-])(?P<rel>this[ \t]past|last|next|this|coming|past)[ \t]{1,3}\Z"),
    _words("past", "last", "next", "this", "coming"))
_THE_PREFIX = _Prefix(re.compile(r"(?i)(?<![\w-])the[ \t]{1,3}\Z"), _words("the"))
_QUARTER_PREFIX = _Prefix(re.compile(r"(?i)(?<![\w-])(?:(?P<pyear>(?:19|20)\d\d)(?:['’]s)?[ \t]{1,3})?"
                                     r"(?:the[ \t]{1,3})?(?:fiscal[ \t]{1,3})?\Z"), None)
_SEASON_PREFIX = _Prefix(re.compile(r"(?i)(?<![\w-])(?:(?P<mod>early|late|mid)[ \t-]{1,3})?"
                                    r"(?:(?P<rel>this|last|next|the[ \t]coming|the)[ \t]{1,3})?\Z"),
                         _words("early", "late", "mid", "this", "last", "next", "coming", "the"))
_CENTURY_PREFIX = _Prefix(
    re.compile(r"(?i)(?<![\w-])(?:the[ \t]{1,3})?(?P<n>\d{1,2})(?:st|nd|rd|th)[ \t-]\Z"), None)
_PART_PREFIX = _Prefix(re.compile(r"(?i)(?<![\w-])(?P<rel>this|last)[ \t]{1,3}\Z"), _words("this", "last"))
_WEEKEND_PREFIX = _Prefix(re.compile(r"(?i)(?<![\w-])(?:over|during|on|at)[ \t]{1,3}(?P<the>the)[ \t]{1,3}\Z"),
                          _words("the"))
_NTH_DAY_PREFIX = _Prefix(re.compile(r"(?i)(?<![\w-])(?:on|by|until|till|since|from|before|after)[ \t]{1,3}\Z"),
                          _words("on", "by", "until", "till", "since", "from", "before", "after"))
_NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_AGO_PREFIX = _Prefix(re.compile(rf"(?i)(?<![\w-])(?P<num>{_NUMBER_WORD}|\d{{1,3}})"
                                 r"[ \t-]{1,3}(?P<unit>days?|weeks?|months?|years?|decades?)[ \t]{1,3}\Z"), None)
_PREFIX_REACH = 40   # characters before a trigger that the prefix patterns may cover

# URL-ish tokens: found from their marker ("://", "www.", "@", "=", "/", a file extension), then
# widened to the surrounding run of non-delimiters. A token with "/" is a path only if it has a
# letter: "07/04/2021" is a date, "assets/images/24-12-2020/photo.jpg" is not.
_URL_MARKER = re.compile(r"://|www\.|@|=|/"
                         r"|(?<=[A-Za-z0-9])\.(?i:jpe?g|png|gif|webp|svg|pdf|html?|php|aspx?|mp4)(?![A-Za-z])")
_TOKEN_DELIMITERS = frozenset(" \t\n\r\f\v\u00a0<>\"'()[]{}“”‘’")
_TOKEN_REST = re.compile(r"[^\s<>\"'()\[\]{}“”‘’]*")
_TOKEN_REACH = 400   # how far back a URL token is widened; longer tokens are masked from there on
_LETTER = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic
# ---------------------------------------------------------------------------------------------

def _quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _ymd(d: date) -> str:
    return d.isoformat()


def _valid_day(year: int | None, month: int, day: int) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    last = calendar.monthrange(year if year else 2000, month)[1]  # leap year stands in when unknown
    return day <= last


def _pick_side(past_distance: int, future_distance: int, orient: int) -> int:
    """PAST or FUTURE for a year-less month or month-day, given how far each occurrence is from `pub`."""
    if orient != UNCUED:
        return orient
    return FUTURE if future_distance * FUTURE_BIAS < past_distance else PAST


def _resolve_day(month: int, day: int, pub: date | None, orient: int) -> str:
    """A month-day with no year: the occurrence on the side of `pub` that `orient` (or distance) says."""
    if pub is None:
        return f"XXXX-{month:02d}-{day:02d}"
    past = _occurrence(month, day, pub, -1)
    future = _occurrence(month, day, pub, 1)
    if past is None or future is None:
        return f"XXXX-{month:02d}-{day:02d}"
    side = _pick_side((pub - past).days, (future - pub).days, orient)
    return _ymd(past if side == PAST else future)


def _occurrence(month: int, day: int, pub: date, step: int) -> date | None:
    """The nearest `month`-`day` on or before (step -1) or on or after (step 1) `pub`; Feb 29 skips to a leap year."""
    year = pub.year
    for _ in range(9):
        if _valid_day(year, month, day):
            d = date(year, month, day)
            if (d <= pub) if step < 0 else (d >= pub):
                return d
        year += step
    return None


def _resolve_month(month: int, pub: date | None, orient: int) -> str:
    if pub is None:
        return f"XXXX-{month:02d}"
    side = _pick_side((pub.month - month) % 12, (month - pub.month) % 12, orient)
    if side == PAST:
        year = pub.year - (month > pub.month)
    else:
        year = pub.year + (month < pub.month)
    return f"{year:04d}-{month:02d}"


def _resolve_weekday(weekday: int, pub: date | None, orient: int, rel: str) -> str:
    if pub is None:
        return f"XXXX-WXX-{weekday}"
    today = pub.isoweekday()
    if rel == "this":
        d = pub + timedelta(days=weekday - today)
    elif rel in ("last", "past", "this past"):
        d = pub - timedelta(days=(today - weekday) % 7 or 7)
    elif rel in ("next", "coming"):
        d = pub + timedelta(days=(weekday - today) % 7 or 7)
    elif orient == FUTURE:
        d = pub + timedelta(days=(weekday - today) % 7)
    else:
        d = pub - timedelta(days=(today - weekday) % 7)
    return _ymd(d)


def _resolve_quarter(q: int, pub: date | None, orient: int) -> str:
    if pub is None:
        return f"XXXX-Q{q}"
    current = _quarter_of(pub)
    year = pub.year
    if orient != FUTURE and q > current:
        year -= 1
    elif orient == FUTURE and q < current:
        year += 1
    return f"{year:04d}-Q{q}"


def _resolve_half(h: int, pub: date | None, orient: int) -> str:
    if pub is None:
        return f"XXXX-H{h}"
    current = 1 if pub.month <= 6 else 2
    year = pub.year
    if orient != FUTURE and h > current:
        year -= 1
    elif orient == FUTURE and h < current:
        year += 1
    return f"{year:04d}-H{h}"


def _shift_unit(unit: str, pub: date | None, delta: int) -> tuple[str, str]:
    """The period `delta` units away from the one holding `pub`: ("2021-06", "month") for last month."""
    if unit == "year":
        return (f"{pub.year + delta:04d}" if pub else "XXXX"), "year"
    if unit == "month":
        if pub is None:
            return "XXXX-XX", "month"
        y, m = _add_months(pub.year, pub.month, delta)
        return f"{y:04d}-{m:02d}", "month"
    if unit == "quarter":
        if pub is None:
            return "XXXX-QX", "quarter"
        y, m = _add_months(pub.year, pub.month, 3 * delta)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}", "quarter"
    if unit == "week":
        return (_iso_week(pub + timedelta(weeks=delta)) if pub else "XXXX-WXX"), "week"
    if unit == "weekend":
        return (_iso_week(pub + timedelta(weeks=delta)) + "-WE" if pub else "XXXX-WXX-WE"), "weekend"
    if unit == "day":
        return (_ymd(pub + timedelta(days=delta)) if pub else "XXXX-XX-XX"), "day"
    if unit == "decade":
        return (f"{(pub.year + 10 * delta) // 10:03d}" if pub else "XXX"), "decade"
    if unit == "decade_ago":   # "a decade ago" is a year, ten before this one
        return (f"{pub.year + 10 * delta:04d}" if pub else "XXXX"), "year"
    if unit == "last_weekend":   # the weekend just gone: this week's if today is one, else last week's
        if pub is None:
            return "XXXX-WXX-WE", "weekend"
        back = 0 if pub.isoweekday() >= 6 else 7
        return _iso_week(pub - timedelta(days=back)) + "-WE", "weekend"
    if unit == "next_weekend":
        if pub is None:
            return "XXXX-WXX-WE", "weekend"
        return _iso_week(pub + timedelta(days=7 if pub.isoweekday() == 7 else 0)) + "-WE", "weekend"
    raise ValueError(unit)


# ---------------------------------------------------------------------------------------------
# Context: the words around a match
# ---------------------------------------------------------------------------------------------

_NUMBER_EDGE = frozenset("$€£¥₹#@/\\.-_")   # a number right after one of these is not a date


def _left_clear(text: str, pos: int, hyphen: bool = True) -> bool:
    """No letter, digit or underscore (nor, unless `hyphen` is False, a hyphen) right before `pos`."""
    if pos == 0:
        return True
    c = text[pos - 1]
    return not (c.isalnum() or c == "_" or (hyphen and c == "-"))


def _number_clear(text: str, pos: int) -> bool:
    """A number starting at `pos` is not glued to a word, a path, a price or another number."""
    if pos == 0:
        return True
    c = text[pos - 1]
    if c.isalnum() or c in _NUMBER_EDGE:
        return False
    return not (c == "," and pos >= 2 and text[pos - 2].isdigit())


def _last_word(text: str, pos: int) -> str:
    """The letters right before `pos`, past spaces and hyphens, lower-cased ("mid-June" -> "mid")."""
    floor = max(0, pos - 24)
    end = pos
    while end > floor and text[end - 1] in " \t\u00a0-":
        end -= 1
    start = end
    while start > floor and text[start - 1].isalpha():
        start -= 1
    return text[start:end].lower()


def _prefix(text: str, pos: int, prefix: _Prefix) -> re.Match[str] | None:
    """`prefix` matched on the short window that ends at `pos`; None if it is absent or empty."""
    if prefix.last_words is not None and _last_word(text, pos) not in prefix.last_words:
        return None
    m = prefix.pattern.search(text, max(0, pos - _PREFIX_REACH), pos)
    return m if m is not None and m.start() < pos else None


def _words_before(text: str, pos: int, span: int = 80) -> list[str]:
    """Lower-cased words of the clause before `pos`, nearest last."""
    window = text[max(0, pos - span):pos]
    cut = None
    for cut in _SENTENCE_END.finditer(window):
        pass
    if cut is not None:
        window = window[cut.end():]
    return [w.lower() for w in _WORD.findall(window)]


def _words_after(text: str, pos: int, span: int = 60) -> list[str]:
    window = text[pos:pos + span]
    cut = _SENTENCE_END.search(window)
    if cut is not None:
        window = window[:cut.start()]
    return [w.lower() for w in _WORD.findall(window)]


def _is_past_word(word: str) -> bool:
    return word in PAST_CUES or (len(word) > 4 and word.endswith("ed") and word not in FUTURE_CUES)


def _cue(word: str) -> int:
    if word in FUTURE_CUES:
        return FUTURE
    return PAST if _is_past_word(word) else UNCUED


def _orient(text: str, start: int, end: int) -> int:
    """PAST or FUTURE from the nearest tense cue in the clause around [start, end); UNCUED if none."""
    before = list(reversed(_words_before(text, start)[-8:]))
    after = _words_after(text, end)[:6]
    for dist in range(max(len(before), len(after))):
        for words in (before, after):   # on a tie the word before wins: "will ... on Friday"
            if dist < len(words) and _cue(words[dist]) != UNCUED:
                return _cue(words[dist])
    return UNCUED


def _prev_token(text: str, pos: int) -> str:
    """The whitespace-delimited token before `pos`, lower-cased, trailing punctuation kept."""
    parts = text[max(0, pos - 30):pos].split()
    return parts[-1].lower() if parts else ""


def _next_word(text: str, pos: int) -> str:
    m = _WORD.match(text[pos:pos + 30].lstrip(" \t\u00a0"))
    return m.group(0).lower() if m else ""


def _next_char(text: str, pos: int) -> str:
    return text[pos:pos + 8].lstrip(" \t\u00a0")[:1]


_NON_YEAR_PREFIXES = frozenset(p.rstrip(".") for p in NON_YEAR_PREFIXES)


def _money_or_id_before(text: str, pos: int) -> bool:
    window = text[max(0, pos - 6):pos].rstrip(" \t\u00a0")
    if window and window[-1] in CURRENCY_SYMBOLS:
        return True
    return _prev_token(text, pos).strip(".:,") in _NON_YEAR_PREFIXES


def _quantity_after(text: str, pos: int) -> bool:
    if _next_char(text, pos) == "%":
        return True
    return _next_word(text, pos) in QUANTITY_WORDS


_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d['’]?s?[ \t,]{0,3}(?:and|or|to|through|thru|than|vs\.?|versus|-|–|—)?"
                          r"[ \t]{0,3}\Z", re.I)
_MONTH_BEFORE = re.compile(rf"(?:{MONTH}|\d)[ \t,]{{0,3}}(?:and|or|to|through|until|till|-|–)[ \t]{{0,3}}\Z")
_LINKS = frozenset(("to", "and", "or", "than", "vs", "vs.", "versus", "through", "thru", "–", "-", "—"))


def _year_context(text: str, start: int, end: int, possessive: bool) -> bool:
    """Whether a bare 4-digit number is used as a year (see module docstring): 1900-2099 in a year
    context, 1800-1899 only right after a preposition of time ("founded in 1889")."""
    if _money_or_id_before(text, start) or _quantity_after(text, end):
        return False
    prev = _prev_token(text, start).strip("\"“(,")
    if text[start:start + 2] == "18":
        return prev in HISTORIC_YEAR_CUES and not text.startswith(("'s", "’s"), end)
    if possessive:
        return True
    if prev == "of":   # "a total of 2000" is a quantity, "the crash of 1987" a year
        before_of = text[max(0, start - 40):start].split()[-2:-1]
        return not before_of or before_of[0].lower().strip(",") not in QUANTITY_BEFORE_OF
    if prev in STRONG_YEAR_CUES:
        return True
    if prev in _LINKS:   # "from 2009 to 2010", "2015 and 2016"
        return _YEAR_BEFORE.search(text, max(0, start - 24), start) is not None
    if prev in WEAK_YEAR_CUES or prev.endswith(("'s", "’s", "s'", "s’")):
        return True
    if _next_word(text, end) in YEAR_FOLLOWERS:
        return True
    # A year in a list: "in 2015, 2016 and 2017".
    if _prev_token(text, start).endswith(","):
        head = text[max(0, start - 24):start].rstrip(" \t,")
        return _YEAR_BEFORE.search(head) is not None
    return False


_MONTH_CUES = frozenset((
    "in", "since", "until", "till", "by", "through", "from", "early", "mid", "late", "last", "next",
    "this", "of", "during", "before", "after", "around", "end", "beginning", "start", "middle",
    "between", "for", "throughout", "into",
))


def _lone_month_ok(text: str, start: int, end: int, name: str, dotted: bool) -> bool:
    """A month without day or year is a date only in a date context ("in March", "early November")."""
    prev = _prev_token(text, start).strip("\"“(")
    if prev in ("and", "or", "to", "through", "until", "till", "-", "–"):
        return _MONTH_BEFORE.search(text, max(0, start - 30), start) is not None
    if prev in _MONTH_CUES:
        return True
    if text.startswith(("'s", "’s"), end):
        return True
    if name in AMBIGUOUS_MONTHS or dotted:
        return False
    # "September" alone is a month unless it starts a name ("Rodrigo October Pérez").
    following = text[end:end + 40].lstrip(" \t")
    return not (following[:1].isupper() and text[end:end + 1] in " \t")


# ---------------------------------------------------------------------------------------------
# Handlers: one per pattern, each turns a match into zero or more candidates
# ---------------------------------------------------------------------------------------------

Handler = Callable[[re.Match[str], str, "date | None"], list[_Cand]]


def _month_number(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


def _day_number(token: str) -> int:
    return int(token.rstrip("stndrh"))


def _one(start: int, end: int, value: str, gran: str) -> list[_Cand]:
    return [_Cand(start, end, value, gran)]


def _h_month_first(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    """"Dec. 18", "April 22, 2021", "November 2020", or a month alone."""
    if not _left_clear(text, m.start(), hyphen=False):
        return []
    token = m.group("mon")
    month = _month_number(token)
    if token.endswith(".") and token[:-1].lower() in FULL_MONTHS and (m.group("day") or m.group("myear")):
        return []   # "March. 5": a sentence ends between them
    if m.group("day"):
        return _month_day(text, m.start(), m.end(), pub, month, _day_number(m.group("day")), m.group("year"))
    if m.group("myear"):
        if _quantity_after(text, m.end()):
            return []
        mod = _prefix(text, m.start(), _MOD_PREFIX)
        start = mod.start() if mod else m.start()
        return _one(start, m.end(), f"{int(m.group('myear')):04d}-{month:02d}", "month")
    return _lone_month(m, text, pub, month)


def _month_day(text: str, start: int, end: int, pub: date | None, month: int, day: int,
               year: str | None) -> list[_Cand]:
    if year:
        if not _valid_day(int(year), month, day):
            return []
        return _one(start, end, f"{int(year):04d}-{month:02d}-{day:02d}", "day")
    if not _valid_day(None, month, day) or _quantity_after(text, end):
        return []
    rel = _prefix(text, start, _WEEKDAY_PREFIX)
    forced = {"next": FUTURE, "coming": FUTURE, "last": PAST}.get(rel.group("rel").lower()) if rel else None
    if rel is not None and forced is not None:   # "next November 5th"
        return _one(rel.start(), end, _resolve_day(month, day, pub, forced), "day")
    return _one(start, end, _resolve_day(month, day, pub, _orient(text, start, end)), "day")


def _lone_month(m: re.Match[str], text: str, pub: date | None, month: int) -> list[_Cand]:
    token = m.group("mon")
    dotted = token.endswith(".")
    name = token.rstrip(".").lower()
    if name in FULL_MONTHS:   # a dot after "March" ends the sentence
        return _lone_month_at(text, m.start(), m.start() + len(name), pub, month, name, False)
    if not dotted:            # "Jan" alone is a name, "Jan." a month
        return []
    return _lone_month_at(text, m.start(), m.end(), pub, month, name, dotted)


def _lone_month_at(text: str, start: int, end: int, pub: date | None, month: int, name: str,
                   dotted: bool) -> list[_Cand]:
    prefix = _prefix(text, start, _MONTH_PREFIX)
    rel = (prefix.group("rel") or "").lower() if prefix else ""
    mod = prefix.group("mod") if prefix else None
    first = prefix.start() if prefix else start
    if not (rel or mod) and not _lone_month_ok(text, start, end, name, dotted):
        return []
    if _prev_token(text, first) in RECURRENCE_WORDS:
        return []
    if rel:
        return _one(first, end, _relative_month(month, pub, rel), "month")
    return _one(first, end, _resolve_month(month, pub, _orient(text, start, end)), "month")


def _relative_month(month: int, pub: date | None, rel: str) -> str:
    """"last March" is the March strictly before the publication month, "next March" strictly after."""
    if pub is None:
        return f"XXXX-{month:02d}"
    if rel == "this":
        return f"{pub.year:04d}-{month:02d}"
    if rel == "last":
        return f"{pub.year - (month >= pub.month):04d}-{month:02d}"
    return f"{pub.year + (month <= pub.month):04d}-{month:02d}"


def _h_day_first(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    if not _number_clear(text, m.start()) or _money_or_id_before(text, m.start()):
        return []
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return []
    the = _prefix(text, m.start(), _THE_PREFIX)
    start = the.start() if the else m.start()
    year = m.group("year")
    month = _month_number(m.group("mon"))
    if year:
        if not _valid_day(int(year), month, day):
            return []
        return _one(start, m.end(), f"{int(year):04d}-{month:02d}-{day:02d}", "day")
    if not _valid_day(None, month, day) or _quantity_after(text, m.end()):
        return []
    return _one(start, m.end(), _resolve_day(month, day, pub, _orient(text, start, m.end())), "day")


def _h_iso(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    year, month, day = int(m.group("year")), int(m.group("mon")), int(m.group("day"))
    if not _number_clear(text, m.start()) or not _valid_day(year, month, day):
        return []
    return _one(m.start(), m.end(), f"{year:04d}-{month:02d}-{day:02d}", "day")


def _day_first(a: int, b: int, sep: str) -> bool:
    """dd-mm-yyyy vs mm/dd/yyyy: a number over 12 is the day; otherwise hyphens and dots are read
    day-first (Indian and European sites), slashes month-first (US)."""
    if a > 12:
        return True
    if b > 12:
        return False
    return sep != "/"


def _h_numeric(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    """"24-12-2020", "07/04/2021", and with slashes only "10/26/89" (years 1950-2049)."""
    if not _number_clear(text, m.start()):
        return []
    a, b, sep, year_text = int(m.group("a")), int(m.group("b")), m.group("sep"), m.group("year")
    if len(year_text) == 2:
        if sep != "/":   # "1.2.20" is more often a version or a score than a date
            return []
        year = 1900 + int(year_text) if int(year_text) >= 50 else 2000 + int(year_text)
    else:
        year = int(year_text)
    day, month = (a, b) if _day_first(a, b, sep) else (b, a)
    if not _valid_day(year, month, day):
        return []
    return _one(m.start(), m.end(), f"{year:04d}-{month:02d}-{day:02d}", "day")


def _h_year_pair(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    """"2009-2010", "2019-20", "2019/20" are two years; "2020-11" is November 2020."""
    if not _number_clear(text, m.start()) or _money_or_id_before(text, m.start()) or _quantity_after(text, m.end()):
        return []
    y1, y2s, sep = int(m.group("y1")), m.group("y2"), m.group("sep")
    if len(y2s) == 4:
        y2 = int(y2s)
    else:
        step = (int(y2s) - y1 % 100) % 100
        y2 = y1 + step if 1 <= step <= 9 else 0
    if y1 < y2 <= y1 + 50:
        return [_Cand(m.start("y1"), m.end("y1"), f"{y1:04d}", "year"),
                _Cand(m.start("y2"), m.end("y2"), f"{y2:04d}", "year")]
    if sep == "-" and len(y2s) == 2 and 1 <= int(y2s) <= 12:
        return _one(m.start(), m.end(), f"{y1:04d}-{int(y2s):02d}", "month")
    return []


def _h_year(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    mod = _prefix(text, m.start(), _YEAR_MOD_PREFIX)   # "mid-2019", "late 2020"
    if mod is not None:
        if _quantity_after(text, m.end("year")):
            return []
        return _one(mod.start(), m.end("year"), m.group("year"), "year")
    if not _number_clear(text, m.start()):
        return []
    if not _year_context(text, m.start(), m.end("year"), bool(m.group("poss"))):
        return []
    return _one(m.start(), m.end("year"), m.group("year"), "year")


def _h_decade(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    mod = _prefix(text, m.start(), _YEAR_MOD_PREFIX)
    if mod is None and (not _number_clear(text, m.start()) or _money_or_id_before(text, m.start())):
        return []
    value = m.groupdict().get("dec") or f"19{m.group('yy')}"   # "the '90s" are the 1990s
    return _one(mod.start() if mod else m.start(), m.end(), value, "decade")


def _h_century(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    ordinal = _prefix(text, m.start(), _CENTURY_PREFIX)
    if ordinal is None or not 1 <= int(ordinal.group("n")) <= 21:
        return []
    return _one(ordinal.start(), m.end(), f"{int(ordinal.group('n')) - 1:02d}", "century")


def _h_fiscal(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    if not _left_clear(text, m.start()):
        return []
    year = m.group("year")
    full = int(year) if len(year) == 4 else 2000 + int(year)
    return _one(m.start(), m.end(), f"{full:04d}", "year")


def _with_part(value: str, gran: str, part: str | None) -> tuple[str, str]:
    if part and gran == "day" and "X" not in value:
        return value + DAY_PARTS[part.lower()], "part_of_day"
    return value, gran


_CAPITALISED_WORD = re.compile(r"[ \t]{1,3}(?P<word>[A-Z][a-z]+)")


def _names_something(text: str, m: re.Match[str]) -> bool:
    """"Black Monday", "the Sunday Telegraph", "The Mail on Sunday": a weekday in a name."""
    before = text[max(0, m.start() - 20):m.start()].split()
    if before and before[-1] in NAMED_WEEKDAY_PREFIXES:
        return True
    if " ".join(before[-2:]).lower() in NAMED_ON_WEEKDAY:
        return True
    if m.group("part") is not None or (before and before[-1].lower() in WEEKDAY_DATE_CUES):
        return False
    nxt = _CAPITALISED_WORD.match(text, m.end())
    return nxt is not None and nxt.group("word").lower() not in MONTHS


def _h_weekday(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    if not _left_clear(text, m.start()):
        return []
    prefix = _prefix(text, m.start(), _WEEKDAY_PREFIX)
    rel = " ".join(prefix.group("rel").lower().split()) if prefix else ""
    if not rel and (_names_something(text, m) or _prev_token(text, m.start()) in RECURRENCE_WORDS):
        return []
    weekday = WEEKDAYS[m.group("wd").lower()]
    orient = FUTURE if rel in ("next", "coming") else _orient(text, m.start(), m.end())
    value, gran = _with_part(_resolve_weekday(weekday, pub, orient, rel), "day", m.group("part"))
    return _one(prefix.start() if prefix else m.start(), m.end(), value, gran)


_SENTENCE_OPENERS = ".!?:;\"“”‘’'(—–-\n"


def _is_title(text: str, m: re.Match[str]) -> bool:
    """"USA Today", "Yesterday" as a song: capitalised mid-sentence, so a name."""
    if not m.group("word")[0].isupper():
        return False
    before = text[max(0, m.start() - 20):m.start()].rstrip(" \t\u00a0")
    return bool(before) and before[-1] not in _SENTENCE_OPENERS


def _h_deictic(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    if not _left_clear(text, m.start()) or _is_title(text, m):
        return []
    word = m.group("word").lower()
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    value, gran = _shift_unit("day", pub, offset)
    part = "night" if word == "tonight" else m.group("part")
    return _one(m.start(), m.end(), *_with_part(value, gran, part))


def _h_weekend(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    """"over the weekend": the weekend just gone, or the coming one in future tense."""
    prefix = _prefix(text, m.start(), _WEEKEND_PREFIX)
    if prefix is None or not _left_clear(text, m.start()):
        return []
    start = prefix.start("the")
    future = _orient(text, start, m.end()) == FUTURE
    return _one(start, m.end(), *_shift_unit("next_weekend" if future else "last_weekend", pub, 0))


def _h_day_part(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    """"this morning", "last night"."""
    prefix = _prefix(text, m.start(), _PART_PREFIX)
    if prefix is None or not _left_clear(text, m.start()):
        return []
    value, gran = _shift_unit("day", pub, -1 if prefix.group("rel").lower() == "last" else 0)
    return _one(prefix.start(), m.end(), *_with_part(value, gran, m.group("part")))


def _h_relative(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    if not _left_clear(text, m.start()):
        return []
    rel = " ".join(m.group("rel").lower().split())
    mod = _prefix(text, m.start(), _REL_MOD_PREFIX)
    # "the next year", "over the last month": spans of time, not calendar periods.
    if rel in ("last", "next") and mod is None and _prev_token(text, m.start()) == "the":
        return []
    delta = {"this": 0, "current": 0, "the current": 0, "last": -1, "this past": -1, "next": 1,
             "coming": 1, "the coming": 1}[rel]
    value, gran = _shift_unit(UNITS[m.group("unit").lower()], pub, delta)
    return _one(mod.start() if mod else m.start(), m.end(), value, gran)


def _h_ago(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    """"two years ago", "a week ago"; vague counts ("a few", "several") match no number word."""
    if not _left_clear(text, m.start()):
        return []
    amount = _prefix(text, m.start(), _AGO_PREFIX)
    if amount is None:
        return []
    num = amount.group("num").lower()
    n = NUMBER_WORDS[num] if num in NUMBER_WORDS else int(num)
    unit = amount.group("unit").lower().rstrip("s")
    return _one(amount.start(), m.end(), *_shift_unit("decade_ago" if unit == "decade" else unit, pub, -n))


def _h_quarter(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    if not _left_clear(text, m.start()):
        return []
    n = ORDINAL_WORDS[m.group("ord").lower()]
    half = m.group("unit").lower() == "half"
    if half and n > 2:
        return []
    gran, letter = ("half", "H") if half else ("quarter", "Q")
    prefix = _prefix(text, m.start(), _QUARTER_PREFIX)
    start = prefix.start() if prefix else m.start()
    year = m.group("year") or (prefix.group("pyear") if prefix else None)
    if year:
        return _one(start, m.end(), f"{year}-{letter}{n}", gran)
    rel = (m.group("rel") or "").lower()
    if rel and pub is not None:
        y = pub.year + {"this": 0, "the": 0, "last": -1, "next": 1}[rel]
        return _one(start, m.end(), f"{y:04d}-{letter}{n}", gran)
    orient = _orient(text, start, m.end())
    return _one(start, m.end(), _resolve_half(n, pub, orient) if half else _resolve_quarter(n, pub, orient), gran)


def _h_qcode(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    """"Q1 2021", "1Q21", "Q3", "H2 2020"."""
    if not _left_clear(text, m.start()):
        return []
    year = m.group("year") or m.group("yy")
    h = m.groupdict().get("h")
    if h and not year:   # "H1" alone is more often a visa or a chip than a half-year
        return []
    if h:
        full = int(year) if len(year) == 4 else 2000 + int(year)
        return _one(m.start(), m.end(), f"{full:04d}-H{h}", "half")
    q = int(m.group("q"))
    if not year:
        return _one(m.start(), m.end(), _resolve_quarter(q, pub, _orient(text, m.start(), m.end())), "quarter")
    full = int(year) if len(year) == 4 else 2000 + int(year)
    return _one(m.start(), m.end(), f"{full:04d}-Q{q}", "quarter")


def _h_season(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    if not _left_clear(text, m.start()):
        return []
    code = SEASONS[m.group("season").lower()]
    prefix = _prefix(text, m.start(), _SEASON_PREFIX)
    start = prefix.start() if prefix else m.start()
    year = m.group("year")
    if year:
        return _one(start, m.end(), f"{year}-{code}", "season")
    rel = " ".join((prefix.group("rel") or "").lower().split()) if prefix else ""
    if rel in ("", "the"):   # "the summer", "fall" alone: too often not a date
        return []
    if pub is None:
        return _one(start, m.end(), f"XXXX-{code}", "season")
    start_month = SEASON_START_MONTH[code]
    if rel == "this":
        y = pub.year
    elif rel == "last":
        y = pub.year if pub.month >= start_month + 3 else pub.year - 1
    else:
        y = pub.year if pub.month < start_month else pub.year + 1
    return _one(start, m.end(), f"{y:04d}-{code}", "season")


def _h_holiday(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    if not _left_clear(text, m.start()):
        return []
    key = " ".join(m.group("name").lower().replace("’", "'").split())
    month, day = HOLIDAYS[key]
    if m.group("year"):
        return _one(m.start(), m.end(), f"{m.group('year')}-{month:02d}-{day:02d}", "day")
    return _one(m.start(), m.end(), _resolve_day(month, day, pub, _orient(text, m.start(), m.end())), "day")


def _h_end_of(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    """"the end of the year", "the beginning of this month": the period itself."""
    if not _left_clear(text, m.start()):
        return []
    the = _prefix(text, m.start(), _THE_PREFIX)
    return _one(the.start() if the else m.start(), m.end(), *_shift_unit(m.group("unit").lower(), pub, 0))


def _h_year_end(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    if not _left_clear(text, m.start()):
        return []
    return _one(m.start(), m.end(), *_shift_unit("year", pub, 0))


def _h_nth_day(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    """"on the 17th": a day of the publication month (or the one before, in past tense)."""
    if not _left_clear(text, m.start()) or _prefix(text, m.start(), _NTH_DAY_PREFIX) is None:
        return []
    day = int(m.group("day"))
    start, end = m.start(), m.end()
    if pub is None:
        return _one(start, end, f"XXXX-XX-{day:02d}", "day")
    orient = _orient(text, start, end)
    y, mo = pub.year, pub.month
    if orient != FUTURE and day > pub.day:
        y, mo = _add_months(y, mo, -1)
    elif orient == FUTURE and day < pub.day:
        y, mo = _add_months(y, mo, 1)
    if not _valid_day(y, mo, day):
        return []
    return _one(start, end, f"{y:04d}-{mo:02d}-{day:02d}", "day")


# Order matters only for ties: on equal start and length the earlier pattern wins.
_PATTERNS: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (_ISO, _h_iso),
    (_NUMERIC, _h_numeric),
    (_MONTH_FIRST, _h_month_first),
    (_DAY_FIRST, _h_day_first),
    (_QUARTER, _h_quarter),
    (_QCODE, _h_qcode),
    (_QCODE_AFTER, _h_qcode),
    (_HCODE, _h_qcode),
    (_SEASON, _h_season),
    (_HOLIDAY, _h_holiday),
    (_END_OF, _h_end_of),
    (_YEAR_END, _h_year_end),
    (_RELATIVE, _h_relative),
    (_AGO, _h_ago),
    (_DEICTIC, _h_deictic),
    (_DAY_PART, _h_day_part),
    (_WEEKEND, _h_weekend),
    (_WEEKDAY, _h_weekday),
    (_NTH_DAY, _h_nth_day),
    (_CENTURY, _h_century),
    (_DECADE, _h_decade),
    (_DECADE_SHORT, _h_decade),
    (_FISCAL, _h_fiscal),
    (_YEAR_PAIR, _h_year_pair),
    (_YEAR, _h_year),
)


# ---------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------

def _masked_spans(text: str) -> tuple[list[int], list[int]]:
    """Sorted, disjoint spans of URL-ish tokens (see _URL_MARKER)."""
    starts: list[int] = []
    ends: list[int] = []
    covered = 0
    while (marker := _URL_MARKER.search(text, covered)) is not None:
        start = marker.start()
        floor = max(covered, start - _TOKEN_REACH)
        while start > floor and text[start - 1] not in _TOKEN_DELIMITERS:
            start -= 1
        rest = _TOKEN_REST.match(text, marker.end())
        end = rest.end() if rest else marker.end()
        covered = end
        if marker.group(0) == "/" and not _LETTER.search(text, start, end):
            continue
        starts.append(start)
        ends.append(end)
    return starts, ends


def _in_mask(c: _Cand, starts: list[int], ends: list[int]) -> bool:
    i = bisect_right(starts, c.start) - 1
    if i >= 0 and ends[i] > c.start:
        return True
    return i + 1 < len(starts) and starts[i + 1] < c.end


def _candidates(text: str, pub: date | None) -> Iterator[_Cand]:
    for pattern, handler in _PATTERNS:
        for m in pattern.finditer(text):
            try:
                yield from handler(m, text, pub)
            except (ValueError, OverflowError, KeyError):
                # Calendar arithmetic past year 1 or 9999, or a token a table lacks: not a date we can state.
                continue


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Leftmost-longest, non-overlapping; on a tie the earlier pattern wins."""
    ranked = sorted(range(len(cands)), key=lambda i: (cands[i].start, cands[i].start - cands[i].end, i))
    chosen: list[_Cand] = []
    for i in ranked:
        c = cands[i]
        if c.end > c.start and (not chosen or c.start >= chosen[-1].end):
            chosen.append(c)
    return chosen


_BRIDGE = re.compile(r"[ \t]{0,3}[,(]?[ \t]{0,3}")


def _merge_weekday_dates(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """"Tuesday (Dec 29)", "Tuesday, Dec. 29, 2020": one mention, the explicit date's value."""
    out: list[_Cand] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        if (nxt is not None and c.granularity in ("day", "part_of_day") and nxt.granularity == "day"
                and text[c.start:c.end].split()[-1].lower() in WEEKDAYS and "W" not in nxt.value):
            bridge = _BRIDGE.fullmatch(text, c.end, nxt.start)
            if bridge is not None:
                end = nxt.end
                if "(" in bridge.group(0) and text[end:end + 1] == ")":
                    end += 1
                out.append(_Cand(c.start, end, nxt.value, nxt.granularity))
                i += 2
                continue
        out.append(c)
        i += 1
    return out


def _as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return None


def find_dates(text: str, published: date | None = None) -> list[DateMention]:
    """Every date mention in `text`, sorted by start and non-overlapping.

    `published` (the document creation time) resolves relative and year-less mentions; a datetime
    is taken by its calendar date.
    """
    if not text:
        return []
    pub = _as_date(published)
    starts, ends = _masked_spans(text)
    cands = [c for c in _candidates(text, pub) if not _in_mask(c, starts, ends)]
    chosen = _merge_weekday_dates(text, _select(cands))
    return [DateMention(c.start, c.end, text[c.start:c.end], c.value, c.granularity) for c in chosen]


# ---------------------------------------------------------------------------------------------
# Publication dates from front matter
# ---------------------------------------------------------------------------------------------

_PUB_YMD = re.compile(r"\s*(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")
_PUB_DMY = re.compile(r"\s*(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)")
_PUB_DIGITS = re.compile(r"\s*(?P<n>\d{8,13})(?:\.\d+)?\s*")


def _epoch_date(n: float) -> date | None:
    """Seconds or milliseconds since 1970, read in UTC (an epoch has no local calendar to keep)."""
    seconds = n / 1000 if abs(n) >= 1e11 else n
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc).date()
    except (OverflowError, OSError, ValueError):
        return None


def _safe_date(y: int, m: int, d: int) -> date | None:
    return date(y, m, d) if 1 <= y and _valid_day(y, m, d) else None


def _parse_published_str(s: str) -> date | None:
    m = _PUB_YMD.match(s)
    if m:
        return _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    m = _PUB_DMY.match(s)
    if m:
        a, b = int(m["a"]), int(m["b"])
        day, month = (a, b) if _day_first(a, b, m["sep"]) else (b, a)
        return _safe_date(int(m["y"]), month, day)
    m = _PUB_DIGITS.fullmatch(s)
    if m:
        digits = m["n"]
        if len(digits) == 8:   # 20210710
            return _safe_date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        return _epoch_date(float(s))
    for mention in find_dates(s[:200]):   # "July 10, 2021", "Sat, 10 Jul 2021 08:22:00 GMT"
        if mention.granularity == "day" and "X" not in mention.value:
            return date.fromisoformat(mention.value)
    return None


def parse_published(value: object) -> date | None:
    """A front-matter date value -> the calendar date as written, or None.

    Accepts date/datetime objects, epoch seconds or milliseconds (int/float), and strings:
    ISO 8601 with any time and offset, "2016-06-01 02:55:05", "31-12-2020 14:26:35 +05:30",
    "07/04/2021", "July 10, 2021", "10 July 2021", RFC 2822 ("Sat, 10 Jul 2021 08:22:00 GMT").
    The date is never shifted to UTC: "2020-12-31 23:30 +05:30" is 2020-12-31. Day/month order in
    all-numeric dates: see `_day_first` (a number over 12 is the day; hyphens and dots day-first,
    slashes month-first).
    """
    if isinstance(value, bool) or value is None:
        return None
    as_date = _as_date(value)
    if as_date is not None:
        return as_date
    if isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            return None
        return _epoch_date(value)
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if isinstance(value, str):
        try:
            return _parse_published_str(value)
        except (ValueError, OverflowError):
            return None
    return None

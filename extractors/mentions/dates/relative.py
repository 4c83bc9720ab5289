"""Mentions relative to the publication date: weekdays, "yesterday", "last month", "two years ago",
quarters, seasons, holidays, "the end of the year", "the 17th"."""
from __future__ import annotations

import re
from datetime import date

from extractors.mentions.date_words import DAY_PARTS, HOLIDAYS, MONTHS, NAMED_ON_WEEKDAY, NAMED_WEEKDAY_PREFIXES, NUMBER_WORDS, ORDINAL_WORDS, RECURRENCE_WORDS, SEASON_START_MONTH, SEASONS, UNITS, WEEKDAY_DATE_CUES, WEEKDAYS
from extractors.mentions.dates.candidate import _Cand, _one
from extractors.mentions.dates.context import _left_clear, _orient, _prefix, _prev_token
from extractors.mentions.dates.lexicon import _AGO_PREFIX, _cases, _NTH_DAY_PREFIX, _PART_PREFIX, PARTS, _QUARTER_PREFIX, _REL_MOD_PREFIX, _SEASON_PREFIX, _THE_PREFIX, _WEEKDAY_PREFIX, _WEEKEND_PREFIX
from extractors.mentions.dates.resolve import _add_months, FUTURE, _resolve_day, _resolve_half, _resolve_quarter, _resolve_weekday, _shift_unit, _valid_day

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
# "the 15th of next month".
_NTH_OF_MONTH = re.compile(r"(?:the|The|THE)[ \t]{1,3}(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)[ \t]{1,3}of[ \t]{1,3}"
                           r"(?P<rel>next|last|this|the[ \t]following|the[ \t]previous)[ \t]{1,3}month(?![\w-])")
_NTH_DAY = re.compile(r"(?:the|The|THE)[ \t]{1,3}(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)"
                      r"(?=[ \t]*(?:[.,;:!?)\"”]|$))")


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



def _h_nth_of_month(m: re.Match[str], text: str, pub: date | None) -> list[_Cand]:
    """"the 15th of next month": a day of the month before, of or after the publication's."""
    if not _left_clear(text, m.start()):
        return []
    day = int(m.group("day"))
    if pub is None:
        return _one(m.start(), m.end(), f"XXXX-XX-{day:02d}", "day")
    rel = m.group("rel").lower()
    delta = 1 if rel.endswith(("next", "following")) else -1 if rel.endswith(("last", "previous")) else 0
    y, mo = _add_months(pub.year, pub.month, delta)
    if not _valid_day(y, mo, day):
        return []
    return _one(m.start(), m.end(), f"{y:04d}-{mo:02d}-{day:02d}", "day")

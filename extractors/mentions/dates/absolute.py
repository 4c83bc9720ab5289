"""Dates that carry their own year or need at most a year: "April 22, 2021", "in March", "2019-20",
"the 1990s", "FY21", "Q1 2021"."""
from __future__ import annotations

import re
from datetime import date

from extractors.mentions.date_words import FULL_MONTHS, MONTHS, RECURRENCE_WORDS
from extractors.mentions.dates.candidate import _Cand, _one
from extractors.mentions.dates.context import _left_clear, _lone_month_ok, _money_or_id_before, _number_clear, _orient, _prefix, _prev_token, _quantity_after, _year_context
from extractors.mentions.dates.lexicon import _cases, _CENTURY_PREFIX, _FISCAL_PREFIX, DAY, _MOD_PREFIX, MONTH, _MONTH_PREFIX, SP, _THE_PREFIX, _WEEKDAY_PREFIX, YEAR4, _YEAR_MOD_PREFIX
from extractors.mentions.dates.resolve import FUTURE, PAST, _resolve_day, _resolve_month, _valid_day

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


def _month_number(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


def _day_number(token: str) -> int:
    return int(token.rstrip("stndrh"))



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
    token = m.group("mon")
    month = _month_number(token)
    end = m.end()
    if not year and token.endswith(".") and token[:-1].lower() in FULL_MONTHS:
        end -= 1   # "the 1st of June.": the dot ends the sentence
    return _month_day(text, start, end, pub, month, day, year)


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
    fiscal = _prefix(text, m.start(), _FISCAL_PREFIX)   # "fiscal 2020", "fiscal year 2020"
    return _one(fiscal.start() if fiscal else m.start(), m.end("year"), m.group("year"), "year")


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



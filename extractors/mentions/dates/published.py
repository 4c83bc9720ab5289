"""parse_published: a front-matter date value -> the calendar date as written."""
from __future__ import annotations

import re
from datetime import date, datetime, timezone

from extractors.mentions.dates.absolute import _day_first
from extractors.mentions.dates.resolve import _valid_day
from extractors.mentions.dates.tagger import _as_date, find_dates

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

"""The days a TIMEX value covers: the one reading of "2021-04-10", "2021-Q1", "2021-H2", "2021-W26" or "2021"
as a (first day, last day) interval, shared by the FX rate choice and the event date checks."""
from __future__ import annotations

import re
from datetime import date, timedelta

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_YEAR = re.compile(r"(\d{4})")


def period(when: str | date | int | None) -> tuple[date, date] | None:
    """The days a TIMEX value ("2021-04-10", "2021-04", "2021-Q1", "2021-H2", "2021-W26", "2021") or a
    date covers; None for what names no year ("XXXX-03") or is no valid date."""
    if when is None or isinstance(when, bool):
        return None
    if isinstance(when, date):
        return when, when
    if isinstance(when, int):
        when = f"{when:04d}"
    value = when.strip()
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _QUARTER.fullmatch(value):
            q = int(m[2])
            return date(int(m[1]), 3 * q - 2, 1), _month_end(int(m[1]), 3 * q)
        if m := _HALF.fullmatch(value):
            h = int(m[2])
            return date(int(m[1]), 6 * h - 5, 1), _month_end(int(m[1]), 6 * h)
        if m := _WEEK.fullmatch(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + timedelta(days=6)
        if m := _MONTH.fullmatch(value):
            return date(int(m[1]), int(m[2]), 1), _month_end(int(m[1]), int(m[2]))
        if m := _YEAR.match(value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    except ValueError:
        return None
    return None


def _month_end(year: int, month: int) -> date:
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)

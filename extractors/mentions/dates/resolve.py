"""Calendar arithmetic: year-less and relative mentions resolved against the publication date."""
from __future__ import annotations

import calendar
from datetime import date, timedelta

# Which side of the publication date a year-less mention falls on. UNCUED: the clause has no tense cue.
PAST, UNCUED, FUTURE = -1, 0, 1
# Without a cue a month or month-day is read as the nearer occurrence, but news looks back more than
# ahead: the coming one wins only when it is this many times nearer than the past one.
FUTURE_BIAS = 2


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


def _resolve_part(n: int, current: int, label: str, pub: date | None, orient: int) -> str:
    """Part n of a year (quarter "Q", half "H") with no year said: the latest one not after the publication
    date, or the next one when the sentence looks forward."""
    if pub is None:
        return f"XXXX-{label}{n}"
    year = pub.year
    if orient != FUTURE and n > current:
        year -= 1
    elif orient == FUTURE and n < current:
        year += 1
    return f"{year:04d}-{label}{n}"


def _resolve_quarter(q: int, pub: date | None, orient: int) -> str:
    return _resolve_part(q, _quarter_of(pub) if pub else 0, "Q", pub, orient)


def _resolve_half(h: int, pub: date | None, orient: int) -> str:
    return _resolve_part(h, (1 if pub.month <= 6 else 2) if pub else 0, "H", pub, orient)


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


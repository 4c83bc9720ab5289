"""USD equivalents of stated amounts at the yearly average rates shipped in extractors/mentions/fx_rates.csv.

Owns reading that table (once, lazily; no network) and choosing the year: the stated year, else the
nearest year in the table, else the latest. The rates themselves are data: edit the CSV, not this file.
"""

from __future__ import annotations

import csv
import math
from functools import cache
from pathlib import Path

RATES_FILE = Path(__file__).with_name("fx_rates.csv")


@cache
def rates() -> dict[str, dict[int, float]]:
    """ISO code -> {year: units of that currency per 1 USD}."""
    with RATES_FILE.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(line for line in f if line.strip() and not line.startswith("#"))
        table: dict[str, dict[int, float]] = {}
        for row in rows:
            year = int(row.pop("year"))
            for code, rate in row.items():
                if rate:
                    table.setdefault(code, {})[year] = float(rate)
    return table


def _nearest_year(years: dict[int, float], year: int | None) -> int:
    if year is None:
        return max(years)
    return min(years, key=lambda y: (abs(y - year), -y))


def _format_rate(rate: float) -> str:
    return f"{rate:.2f}" if rate >= 1 else f"{rate:.4f}"


def to_usd(amount: float, currency: str, year: int | None) -> tuple[float | None, str | None]:
    """USD equivalent of `amount` at the shipped yearly average rate, and the basis of that figure.

    The year's rate, else the nearest year in the table, else (year None) the latest year. Basis reads
    e.g. 'fx_rates.csv yearly average 2020 (CNY per USD 6.90)'. USD gives (amount, 'stated'); an unknown
    currency gives (None, None).
    """
    code = (currency or "").strip().upper()
    if code == "USD":
        return amount, "stated"
    years = rates().get(code)
    if not years or not math.isfinite(amount):
        return None, None
    used = _nearest_year(years, year)
    rate = years[used]
    basis = f"{RATES_FILE.name} yearly average {used} ({code} per USD {_format_rate(rate)})"
    if year is not None and used != year:
        basis += f"; nearest to {year}"
    return amount / rate, basis

"""to_usd and the shipped yearly rate table it reads."""

from __future__ import annotations

import pytest

from extractors.mentions.fx import rates, to_usd

REQUIRED = (
    "EUR GBP CNY JPY HKD INR SGD AUD CAD TWD KRW CHF TRY BRL RUB MXN ZAR THB MYR IDR PHP SEK NOK DKK NZD "
    "AED SAR ILS PLN"
).split()

# Loose bands each yearly average must fall in: catches a typo, a swapped column or an inverted quote.
BANDS = {
    "EUR": (0.6, 1.1), "GBP": (0.55, 0.85), "CNY": (6.0, 7.4), "JPY": (75, 160), "HKD": (7.7, 7.9),
    "INR": (40, 90), "SGD": (1.2, 1.45), "AUD": (0.9, 1.6), "CAD": (0.95, 1.45), "TWD": (27, 34),
    "KRW": (1000, 1450), "CHF": (0.85, 1.1), "TRY": (1.3, 40), "BRL": (1.5, 6), "RUB": (28, 100),
    "MXN": (12, 22), "ZAR": (7, 20), "THB": (29, 37), "MYR": (2.9, 4.8), "IDR": (8500, 16500),
    "PHP": (40, 60), "SEK": (6.3, 11), "NOK": (5.5, 11), "DKK": (5.2, 7.5), "NZD": (1.2, 1.7),
    "AED": (3.67, 3.68), "SAR": (3.74, 3.76), "ILS": (3.2, 4.0), "PLN": (2.9, 4.6),
}


def test_yuan_fine_of_2023_is_about_a_billion_dollars() -> None:
    usd, basis = to_usd(7.1e9, "CNY", 2023)
    assert usd == pytest.approx(1.0e9, rel=0.05)
    assert basis is not None and "2023" in basis and "CNY per USD" in basis


def test_basis_names_file_year_and_rate() -> None:
    _, basis = to_usd(1.0, "CNY", 2020)
    assert basis == "fx_rates.csv yearly average 2020 (CNY per USD 6.90)"


def test_usd_passes_through_as_stated() -> None:
    assert to_usd(5e9, "USD", 2016) == (5e9, "stated")
    assert to_usd(5e9, "usd", None) == (5e9, "stated")


def test_unknown_currency_gives_nothing() -> None:
    assert to_usd(100.0, "XYZ", 2020) == (None, None)
    assert to_usd(100.0, "", 2020) == (None, None)


def test_year_outside_the_table_uses_the_nearest_year() -> None:
    last, first = max(rates()["EUR"]), min(rates()["EUR"])
    later, later_basis = to_usd(1e6, "EUR", last + 2)
    assert later == to_usd(1e6, "EUR", last)[0]
    assert later_basis is not None
    assert f"yearly average {last}" in later_basis and f"nearest to {last + 2}" in later_basis
    assert to_usd(1e6, "EUR", 1999)[0] == to_usd(1e6, "EUR", first)[0]


def test_no_year_uses_the_latest() -> None:
    latest = max(rates()["JPY"])
    assert to_usd(1e9, "JPY", None) == to_usd(1e9, "JPY", latest)


def test_non_finite_amount_gives_nothing() -> None:
    assert to_usd(float("inf"), "EUR", 2020) == (None, None)


def test_table_covers_every_required_currency_for_every_year_from_2010() -> None:
    table = rates()
    last = max(max(years) for years in table.values())
    assert last >= 2024
    for code in REQUIRED:
        assert sorted(table[code]) == list(range(2010, last + 1)), code


@pytest.mark.parametrize("code", REQUIRED)
def test_rates_fall_in_plausible_bands(code: str) -> None:
    low, high = BANDS[code]
    for year, rate in rates()[code].items():
        assert low <= rate <= high, f"{code} {year}: {rate}"

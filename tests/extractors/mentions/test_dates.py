"""Tests for extractors.mentions.dates: the case table, properties that hold for any text, and parse_published."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.mentions.dates import DateMention, find_dates, parse_published
from tests.extractors.spans import assert_spans
from tests.extractors.mentions.cases_dates import ROWS, XFAIL, Row


def _param(row: Row) -> object:
    sentence = row[0]
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[sentence])] if sentence in XFAIL else []
    return pytest.param(*row, id=sentence[:70], marks=marks)


@pytest.mark.parametrize(("sentence", "published", "expected"), [_param(r) for r in ROWS])
def test_case(sentence: str, published: date | None, expected: list[tuple[str, str]]) -> None:
    got = [(m.text, m.value) for m in find_dates(sentence, published)]
    assert got == expected


def _check_invariants(text: str, mentions: list[DateMention]) -> None:
    assert_spans(text, mentions)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert m.value and m.granularity


# Text made of the pieces dates are built from, so the patterns actually fire, plus anything at all.
_PIECES = st.sampled_from([
    " ", "  ", ", ", ". ", "-", "/", "'", "’", "(", ")", "$", "%", "in ", "the ", "on ", "last ", "next ",
    "early ", "mid-", "of ", "ago", "a ", "two ", "years ", "week", "month", "year", "quarter", "first ",
    "fiscal ", "Friday", "Monday ", "morning", "today", "May", "March ", "Sept.", "Dec ", "December",
    "2020", "1999", "20", "31", "12", "4th", "17th", "s", "Q1", "FY", "http://", "www.", ".jpg",
    "Christmas", "spring", "weekend", "century", "end of the year", "\n", "\u00a0",
])
_TEXT = st.one_of(st.text(max_size=300), st.lists(_PIECES, max_size=40).map("".join))
_DATES = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


@settings(max_examples=400, deadline=None)
@given(text=_TEXT, published=_DATES)
def test_never_raises_and_spans_are_valid(text: str, published: date | None) -> None:
    _check_invariants(text, find_dates(text, published))


@settings(max_examples=100, deadline=None)
@given(published=st.datetimes(timezones=st.none() | st.just(timezone.utc)))
def test_datetime_publication_is_taken_by_its_date(published: datetime) -> None:
    text = "He left yesterday, on Friday, in March."
    assert find_dates(text, published) == find_dates(text, published.date())


def test_two_megabyte_line_completes() -> None:
    # Timing lives in bench/bench_dates.py; this only proves a long single line is handled.
    sentence = ("Ant Group was fined on Friday, Nov. 3, in 2020 and again in mid-2021 (see "
                "https://x.com/2021/07/05/a) — 2,000 stores, $2015, the 1990s, last month. "
                "The regulator said the company had improved its governance and would comply with "
                "the terms of the penalty, according to people familiar with the matter who asked "
                "not to be named because the talks were private. ")
    text = (sentence * (2_000_000 // len(sentence) + 1))[:2_000_000]
    mentions = find_dates(text, date(2021, 7, 10))
    _check_invariants(text, mentions)
    assert len(mentions) > 10_000
    for pathological in ("1" * 200_000, "/" * 200_000, "May " * 50_000, "2020-" * 40_000, "'" * 200_000):
        _check_invariants(pathological, find_dates(pathological, None))


@pytest.mark.parametrize(("value", "expected"), [
    ("2021-07-10T08:22:00.000Z", date(2021, 7, 10)),
    ("2016-06-01 02:55:05", date(2016, 6, 1)),
    ("2025-05-02T00:00:00", date(2025, 5, 2)),
    ("2025-05-28T13:21:52.434980", date(2025, 5, 28)),
    ("2020-10-31T21:05:37+00:00", date(2020, 10, 31)),
    ("31-12-2020 14:26:35 +05:30", date(2020, 12, 31)),
    ("24-12-2020 12:23:43 +05:30 ", date(2020, 12, 24)),
    ("08-09-2020 10:23:29", date(2020, 9, 8)),        # hyphens: day first
    ("07/04/2021", date(2021, 7, 4)),                 # slashes: month first (US)
    ("25/12/2020", date(2020, 12, 25)),               # a first number over 12 is the day
    ("2020-12-31 23:30 +05:30", date(2020, 12, 31)),  # never shifted to UTC
    ("July 10, 2021", date(2021, 7, 10)),
    ("10 July 2021", date(2021, 7, 10)),
    ("Sat, 10 Jul 2021 08:22:00 GMT", date(2021, 7, 10)),
    ("20210710", date(2021, 7, 10)),
    ("1625905320000", date(2021, 7, 10)),
    (1625905320000, date(2021, 7, 10)),               # epoch milliseconds
    (1625905320, date(2021, 7, 10)),                  # epoch seconds
    (date(2021, 7, 10), date(2021, 7, 10)),
    (datetime(2020, 12, 31, 23, 30, tzinfo=timezone(timedelta(hours=5, minutes=30))), date(2020, 12, 31)),
    ("", None),
    ("not a date", None),
    ("2021-02-30", None),
    ("July 2021", None),
    (None, None),
    (True, None),
    (float("nan"), None),
    (["2021-07-10"], None),
])
def test_parse_published(value: object, expected: date | None) -> None:
    assert parse_published(value) == expected


@settings(max_examples=300, deadline=None)
@given(value=st.one_of(st.text(max_size=60), st.integers(), st.floats(), st.none(), st.booleans(),
                       st.datetimes(), st.dates(), st.binary(max_size=40)))
def test_parse_published_never_raises(value: object) -> None:
    result = parse_published(value)
    assert result is None or isinstance(result, date)

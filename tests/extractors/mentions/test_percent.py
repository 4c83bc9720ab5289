"""find_percents against real sentences (seeds, dev audit lines) and hand-made fraction cases, plus the
same any-text properties as money."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.mentions.percent import Percent, find_percents
from tests.extractors.scaling import assert_scales_linearly
from tests.extractors.spans import assert_spans

# (sentence, [(text as written, value, qualifier[, value_high])])
SEEDS = [
    (
        "Shares for Alibaba—which owns a 33% stake in Ant Group—rose over 6% as of 10 a.m. on Friday.",
        [("33%", 33, "exact"), ("over 6%", 6, "at_least")],
    ),
    (
        "According to its IPO prospectus, Ant gets less than 5% of its revenue from outside China.",
        [("less than 5%", 5, "at_most")],
    ),
    ("NATO Allies Split on Trump's Proposal for 5% Defense Spending Increase", [("5%", 5, "exact")]),
]

DEV = [
    (
        "Softbank's stake in Alibaba will fall to about 28 percent from 32.2 percent in March",
        [("about 28 percent", 28, "approx"), ("32.2 percent", 32.2, "exact")],
    ),
    ("Shares of Alibaba fell 2.8 percent in extended trading.", [("2.8 percent", 2.8, "exact")]),
    ("Yahoo's 15 percent stake in Alibaba", [("15 percent", 15, "exact")]),
    (
        "The company said it completes more than 11 million rides a day, with more than 87 percent of the market",
        [("more than 87 percent", 87, "at_least")],
    ),
    (
        "Ant Financial is seeking to buy a 20 percent stake in Ascend Money, and has an option to increase its "
        "stake in Ascend to 30 percent at a later date.",
        [("20 percent", 20, "exact"), ("30 percent", 30, "exact")],
    ),
    (
        "Hong Kong-listed shares in Tencent closed up 0.24 percent at HK$165.70 on Monday",
        [("0.24 percent", 0.24, "exact")],
    ),
    (
        "The Korean company's shares firmed 1.2 percent, versus the broader market's 0.3 percent rise, on "
        "expectations of a 17.4 percent rise in quarterly profit.",
        [("1.2 percent", 1.2, "exact"), ("0.3 percent", 0.3, "exact"), ("17.4 percent", 17.4, "exact")],
    ),
    (
        "Shares in Samsung SDI jumped more than 8 percent in early trading in Seoul",
        [("more than 8 percent", 8, "at_least")],
    ),
    (
        "The Commission can fine firms up to 10 percent of their annual sales",
        [("up to 10 percent", 10, "at_most")],
    ),
    (
        "said on Friday it currently has about a 1 percent stake in mobile payments company Square Inc",
        [("about a 1 percent", 1, "approx")],
    ),
    (
        "Visa would hold at most a 9.99 percent stake in the share class.",
        [("at most a 9.99 percent", 9.99, "at_most")],
    ),
    (
        "underpriced their 2013 $24.9 billion buyout of Dell Inc by about 22 percent",
        [("about 22 percent", 22, "approx")],
    ),
    ("Jack Ma, who holds 50.5 percent of the shares", [("50.5 percent", 50.5, "exact")]),
    (
        "its most lucrative credit business that contributed close to 40% of Ant's revenue in the first half "
        "of the year.",
        [("close to 40%", 40, "approx")],
    ),
    ("  https://www.whenitson.com/visas-investment-in-square-represents-about-1-percent-stake/", []),
]

EDGE = [
    ("The fund holds 33 % of the shares.", [("33 %", 33, "exact")]),
    ("The fund holds 28 per cent of the shares.", [("28 per cent", 28, "exact")]),
    ("The fund holds 28 pct of the shares.", [("28 pct", 28, "exact")]),
    # the British press's "pc" glued to the digits; a computer ("4 PCs", "a PC") is none
    ("The break-up left her with a 4pc stake in Amazon.", [("4pc", 4, "exact")]),
    ("The office bought 40 PCs and a PC for the lab.", []),
    ("The fund holds ten percent of the shares.", [("ten percent", 10, "exact")]),
    ("The fund holds twenty-five per cent of the shares.", [("twenty-five per cent", 25, "exact")]),
    ("The fund bought a 9.9% stake.", [("9.9%", 9.9, "exact")]),
    ("Margins were 5-10% last year.", [("5-10%", 5, "exact", 10)]),
    ("Margins were 5% to 10% last year.", [("5% to 10%", 5, "exact", 10)]),
    ("Margins were 5 to 10 percent last year.", [("5 to 10 percent", 5, "exact", 10)]),
    ("Margins were between 5 and 10 percent.", [("5 and 10 percent", 5, "exact", 10)]),
    (
        "The stake rose from 5% to 10% last year.",
        [("5%", 5, "exact"), ("10%", 10, "exact")],
    ),
    (
        "Turnover grew 5% and profit 10%.",
        [("5%", 5, "exact"), ("10%", 10, "exact")],
    ),
    ("Tencent bought a fifth of the company.", [("a fifth", 20, "exact")]),
    ("Tencent bought one-fifth of the company.", [("one-fifth", 20, "exact")]),
    ("Tencent bought a third of the company.", [("a third", 33.33, "exact")]),
    ("Tencent bought one-third of the company.", [("one-third", 33.33, "exact")]),
    ("Tencent bought one third of the company.", [("one third", 33.33, "exact")]),
    ("Tencent holds two-thirds of the company.", [("two-thirds", 66.67, "exact")]),
    ("Tencent bought a quarter of the company.", [("a quarter", 25, "exact")]),
    ("Tencent bought one-quarter of the company.", [("one-quarter", 25, "exact")]),
    ("Tencent bought three-quarters of the company.", [("three-quarters", 75, "exact")]),
    ("Tencent bought half of the company.", [("half", 50, "exact")]),
    ("Tencent bought a half stake in the company.", [("a half", 50, "exact")]),
    ("Tencent bought nearly a third of the company.", [("nearly a third", 33.33, "approx")]),
    ("The unit makes more than half of its revenue abroad.", [("more than half", 50, "at_least")]),
    ("Profit rose in the first quarter of 2020.", []),
    ("Profit rose in a quarter of 2020 alone.", []),
    ("Profit rose in the first half of the year.", []),
    ("Profit rose in the second half.", []),
    ("Profit rose in the half-year to June.", []),
    ("The meeting lasted half an hour.", []),
    ("Apple invested half a billion dollars.", []),
    ("Profit rose in H1 and in the third quarter.", []),
    ("It was a third time lucky for the bidder.", []),
    ("The price was cut in half.", []),
    ("For a quarter of a century the firm grew.", []),
    ("Huawei sells 5G equipment to 30 countries.", []),
    ("COVID-19% is not a percentage.", []),
    ("See https://x.com/a%20b/100%25 for details.", []),
    ("Rates rose 25 basis points, or 0.25 percentage points.", []),
]


def _rows() -> list:
    groups = {"seeds": SEEDS, "dev": DEV, "edge": EDGE}
    return [pytest.param(s, e, id=f"{g}: {s[:70]}") for g, cases in groups.items() for s, e in cases]


def _as_row(p: Percent) -> tuple:
    return (p.text, round(p.value, 4), p.qualifier, None if p.value_high is None else round(p.value_high, 4))


def _expected(row: tuple) -> tuple:
    text, value, qualifier, *high = row
    return (text, round(float(value), 4), qualifier, round(float(high[0]), 4) if high else None)


@pytest.mark.parametrize("sentence, expected", _rows())
def test_percent_table(sentence: str, expected: list[tuple]) -> None:
    found = find_percents(sentence)
    assert [_as_row(p) for p in found] == [_expected(e) for e in expected]


_FRAGMENTS = st.sampled_from(
    [
        "5", "33", "9.99", "1,000", "%", " %", " percent", " per cent", "pct", "-", " to ", " and ", "between ",
        "from ", "a ", "one-", "third", "half", "quarter", " of ", " stake", " the year", "first ", "about ",
        "up to ", "~", "ten", "twenty-", "five", " ", "\n", "https://x.com/a%20/", "x", "1.",
    ]
)


def _assert_invariants(text: str, found: list[Percent]) -> None:
    assert_spans(text, found)
    for p in found:
        assert math.isfinite(p.value) and p.value >= 0
        assert p.value_high is None or p.value_high >= p.value


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_find_percents_holds_on_any_text(text: str) -> None:
    _assert_invariants(text, find_percents(text))


@settings(max_examples=1000, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_FRAGMENTS, max_size=25).map("".join))
def test_find_percents_holds_on_percent_like_text(text: str) -> None:
    _assert_invariants(text, find_percents(text))




@pytest.mark.parametrize("unit", ["%", "x%", "5%", "5-", "1%-", "percent ", "a third of ", "5 to ", "half of "])
def test_adversarial_lines_scale_linearly(unit: str) -> None:
    # Ten times the text must cost about ten times the time, not a hundred.
    assert_scales_linearly(find_percents, unit)

def test_fraction_guard_words_cover_every_fraction() -> None:
    """_fraction_percents skips a text with none of FRACTION_WORDS: every fraction the pattern reads holds one."""
    from extractors.mentions.percent import _FRACTION_RE, FRACTION_WORDS, FRACTIONS
    assert all(any(w in key for w in FRACTION_WORDS) for key in FRACTIONS)
    for text in ("a half", "two-thirds", "THREE QUARTERS", "four fifths", "one tenth", "a third"):
        assert _FRACTION_RE.search(text) and any(w in text.lower() for w in FRACTION_WORDS)

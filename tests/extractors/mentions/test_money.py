"""find_money against the table of real sentences in cases_money.py, plus properties that must hold on
any text (never raises, spans true to the text, finite amounts, sorted and non-overlapping)."""

from __future__ import annotations

import math
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.mentions.money import Money, find_money, group_equivalents, parse_money
from tests.extractors.scaling import assert_scales_linearly
from tests.extractors.spans import assert_spans
from tests.extractors.mentions.cases_money import (
    CONTEXT,
    CROWNS,
    DEV,
    EDGE,
    INDIAN,
    KNOWN_FAILURES,
    NATIONAL,
    NOT_MONEY,
    RESTATED,
    SEEDS,
)

SHARED = Path(__file__).resolve().parents[4] / "shared"  # the checkout's sibling, as in bench/


def _id(group: str, sentence: str) -> str:
    return f"{group}: {sentence[:70]}"


def _rows() -> list:
    groups = {
        "seeds": SEEDS,
        "dev": DEV,
        "edge": EDGE,
        "crowns": CROWNS,
        "national": NATIONAL,
        "indian": INDIAN,
        "context": CONTEXT,
        "not-money": NOT_MONEY,
    }
    rows = [pytest.param(s, e, id=_id(g, s)) for g, cases in groups.items() for s, e in cases]
    return rows + KNOWN_FAILURES


def _as_row(m: Money) -> tuple:
    # Nine significant digits: 1.19e9 from "1.19 billion" compares equal however it was computed.
    high = None if m.amount_high is None else float(f"{m.amount_high:.9g}")
    return (m.text, float(f"{m.amount:.9g}"), m.currency, m.qualifier, high)


def _expected(mention: tuple) -> tuple:
    text, amount, currency, qualifier, *high = mention
    return (text, float(f"{amount:.9g}"), currency, qualifier, float(f"{high[0]:.9g}") if high else None)


@pytest.mark.parametrize("sentence, expected", _rows())
def test_money_table(sentence: str, expected: list[tuple]) -> None:
    found = find_money(sentence)
    assert [_as_row(m) for m in found] == [_expected(e) for e in expected]
    for m in found:
        assert sentence[m.start : m.end] == m.text


@pytest.mark.parametrize("sentence, expected", [pytest.param(s, e, id=s[:70]) for s, e in RESTATED])
def test_the_first_stated_sum_is_the_original(sentence: str, expected: list) -> None:
    groups = group_equivalents(sentence, find_money(sentence))
    assert [(main.text, [e.text for e in eq]) for main, eq in groups] == [(m, eqs) for m, eqs in expected]


def test_parse_money_gives_span_relative_to_the_expression() -> None:
    m = parse_money("nearly $985 million")
    assert m is not None
    assert (m.start, m.end, m.amount, m.currency, m.qualifier) == (0, 19, 985e6, "USD", "approx")
    assert "nearly $985 million"[m.number_start : m.number_end] == "985"


def test_parse_money_returns_none_without_currency() -> None:
    assert parse_money("28 million shares") is None
    assert parse_money("") is None


def test_number_span_is_the_digits_as_written() -> None:
    text = "was 7.1 billion renminbi (nearly $985 million)"
    assert [text[m.number_start : m.number_end] for m in find_money(text)] == ["7.1", "985"]


def test_non_text_input_gives_nothing() -> None:
    assert find_money(None) == []  # type: ignore[arg-type]


def _assert_invariants(text: str, found: list[Money]) -> None:
    assert_spans(text, found)
    for m in found:
        assert m.start <= m.number_start < m.number_end <= m.end
        assert math.isfinite(m.amount) and m.amount >= 0
        assert m.amount_high is None or (math.isfinite(m.amount_high) and m.amount_high >= m.amount)
        assert m.qualifier in {"exact", "approx", "at_least", "at_most"}
        assert len(m.currency) == 3 and m.currency.isupper()


_FRAGMENTS = st.sampled_from(
    [
        "$", "US$", "HK$", "€", "£", "¥", "₹", "Rs.", "Rs ", "RMB", "USD ", " USD", "TL", "PHP ",
        "1", "5", "7.1", "1,234", "1,50,000", "999999999999999999999", "0", ".", ",", "-", "–", "/", "%",
        " billion", " million", "bn", "m", "M", "k", " crore", " lakh", " lakh crore", "-billion",
        " dollars", " euros", " euro", " yuan", " won", " Hong Kong dollars", " pesos", " rand", " pounds",
        " to ", " and ", "between ", "from ", "range from ", "about ", "more than ", "up to ", "~", "a ",
        "half a", "one", " ", "\n", "(", ")", "https://x.com/a/b/", "www.", ".jpg", "x", "id", "G", "½",
        "1.234,5", "1.000.000", ",5", "'234", "’850", "\u00a0000", " 500,50", " Mio.", " Mrd.", " €", "; ",
        " forints", " lei", "HUF ",
    ]
)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_find_money_holds_on_any_text(text: str) -> None:
    _assert_invariants(text, find_money(text))


@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_FRAGMENTS, max_size=25).map("".join))
def test_find_money_holds_on_money_like_text(text: str) -> None:
    _assert_invariants(text, find_money(text))


def _article_text() -> str:
    paths = sorted((SHARED / "seeds").glob("*")) + sorted((SHARED / "eval" / "dev" / "raw").glob("*"))
    if not paths:
        pytest.skip("shared/ articles not present")
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in paths)


def test_a_2mb_single_line_is_read_in_linear_time() -> None:
    line = _article_text().replace("\n", " ")
    big = (line * (2_000_000 // len(line) + 1))[:2_000_000]
    t0 = time.process_time()
    found = find_money(big)
    elapsed = time.process_time() - t0
    _assert_invariants(big, found)
    assert elapsed < 20, f"{elapsed:.1f}s for 2 MB"  # about 0.5 s here; the bound only catches blow-ups




@pytest.mark.parametrize(
    "unit",
    [
        "9", "5-", "1 ", "$1", "$5 ", "1,", "1.", "a/", "x1", "Rs.", "$5 to ", "a billion dollars ",
        "€1,5 ", "1.000.", "9'999'", "1 000 ", "5 € ", " 000", "\u00a0000", ".000", "'000", "€1\u00a0000",
    ],
)
def test_adversarial_lines_scale_linearly(unit: str) -> None:
    # Ten times the text must cost about ten times the time, not a hundred.
    assert_scales_linearly(find_money, unit)


def test_currency_table_is_consistent() -> None:
    from extractors.mentions import currencies as c

    isos = [*c.SYMBOLS.values(), *c.CODES.values()]
    isos += [iso for name in c.NAMES.values() for iso in [name.default, *name.countries.values()] if iso]
    assert all(len(iso) == 3 and iso.isupper() and iso.isalpha() for iso in isos)
    assert c.CODES_NEEDING_SCALE <= set(c.CODES)
    assert set(c.SYMBOL_GIVES_WAY_TO) <= set(c.SYMBOLS)
    assert all(name == name.lower() for name in c.NAMES)
    assert set(c.QUALIFIERS.values()) == {c.APPROX, c.AT_LEAST, c.AT_MOST}


@pytest.mark.parametrize("text", [
    "see https://x.io now", "FTP://host/a", "visit WWW.example.com", "a/b/c paths", "photo.JPEG here", "file.aſpx",
    "report.PdF", "index.HTML", "and/or", "no links at all, $5 million", "K.png", "page.php?id=3",
])
def test_url_guard_never_hides_a_zone(text: str) -> None:
    """A text the cheap guard lets skip holds no URL-like zone the full scan would find."""
    from extractors.mentions.money import _URLISH_RE, _may_hold_urls
    assert _may_hold_urls(text) or _URLISH_RE.search(text) is None

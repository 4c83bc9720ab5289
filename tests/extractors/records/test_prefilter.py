"""prefilter.finditer gives exactly pattern.finditer's matches, for every cue table, on the case tables' passages."""
from __future__ import annotations

import re

import pytest

from extractors import prefilter
from extractors.records import cues
from tests.extractors.records import cases_records

PATTERNS = {name: rx for name, rx in vars(cues).items() if isinstance(rx, re.Pattern)}


def _passages() -> list[str]:
    out = [row[0] for value in vars(cases_records).values() if isinstance(value, list)
           for row in value if isinstance(row, tuple) and row and isinstance(row[0], str)]
    # case variants and the characters IGNORECASE folds to ASCII letters ("ſ" ~ "s", the Kelvin sign ~ "k")
    extra = [p.upper() for p in out[:200]] + [p.replace("s", "ſ").replace("k", "\u212a") for p in out[:200]]
    extra += ["FINED ſettled charges İPO", "Ipo ıpo =", "", "a", "valued=worth|", "pre-IPO IPOs I.P.O.s"]
    return out + extra


PASSAGES = _passages()


def _spans(matches) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    return [(m.start(), m.end(), m.group()) for m in matches]


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_same_matches_as_the_whole_pattern(name: str) -> None:
    rx = PATTERNS[name]
    assert len(PASSAGES) > 100
    for text in PASSAGES:
        assert _spans(prefilter.finditer(rx, text)) == _spans(rx.finditer(text)), (name, text[:80])


@pytest.mark.parametrize("source, alternatives", [
    ("a|b", ["a", "b"]),
    (r"(?:a|b)|[|(]|\|c", ["(?:a|b)", "[|(]", r"\|c"]),
    (r"[]|]x|y", ["[]|]x", "y"]),
    ("(a|b", None),
])
def test_top_level_alternatives(source: str, alternatives: list[str] | None) -> None:
    assert prefilter._top_level_alternatives(source) == alternatives


@pytest.mark.parametrize("alternative, prefix", [
    (r"\bfine[sd]?\b", "fine"), (r"(?<!pre-)(?<!pre)\bIPOs?\b", "ipo"), (r"\b(?:rose|rise)\b", "r"),
    (r"\bvalu(?:ed|ing)", "valu"), (r"(?:\bsettle(?:d|s)?\b)", "settle"), (r"\s+x", ""), ("=", "="),
])
def test_literal_prefix(alternative: str, prefix: str) -> None:
    assert prefilter._literal_prefix(alternative, re.I) == prefix


def test_unsplittable_patterns_run_whole() -> None:
    for source in (r"(a)\1|b", "(?i)a|b", "(?P<x>a)(?P=x)|b"):
        rx = re.compile(source)
        assert prefilter.narrow(rx, "aa b") is rx


def test_may_occur_never_hides_a_date() -> None:
    """The date tagger skips a pattern where `may_occur` says no: then the pattern finds nothing in the text."""
    from extractors.mentions.dates.tagger import _PATTERNS
    from tests.extractors.mentions import cases_dates
    texts = PASSAGES + [row[0] for value in vars(cases_dates).values() if isinstance(value, list)
                        for row in value if isinstance(row, tuple) and row and isinstance(row[0], str)]
    texts += ["the WEEKEND", "two decades ago", "ſummer 2020", "the 21st century", "Q3 FY24", "H1 2025", "'90s"]
    assert len(texts) > 300
    for pattern, _ in _PATTERNS:
        for text in texts:
            assert prefilter.may_occur(pattern, prefilter.lowered(text)) or pattern.search(text) is None, text


@pytest.mark.parametrize("source, openings", [
    (r"\bfine", ("fine",)), (r"(?i)(?P<w>weekend|Weekend)\b", ("weekend",)), (r"(?P<w>Weekend|WEEKEND)", ("w",)),
    (r"\b(?:fell|\d+)", ()),
    (r"(?:a|)b", ()), (r"\d{4}", ()),
])
def test_pattern_openings(source: str, openings: tuple[str, ...]) -> None:
    assert prefilter.pattern_openings(re.compile(source)) == openings

"""Percent mentions: "33%", "28 per cent", "ten percent", "5-10%", "a fifth", "two-thirds", with qualifier.

Owns reading a percentage and its span; whether it is a stake, a share-price move or a legal cap is
the record layer's call. Qualifier words and URL zones are shared with extractors/money.py.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from extractors import prefilter
from extractors.mentions.money import NUMBER, Zones, is_change_not_range, zones_of, qualifier_before, without_overlaps, words_before


@dataclass(frozen=True)
class Percent:
    start: int
    end: int
    text: str
    value: float
    qualifier: str
    value_high: float | None = None  # upper end of a range ("5-10%"); value is the low end


# Spelled percentages ("ten percent", "twenty-five per cent"): units, teens and tens.
_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_WORDS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_UNITS)},
    **{w: i + 10 for i, w in enumerate(_TEENS)},
    **{w: (i + 2) * 10 for i, w in enumerate(_TENS)},
    "a hundred": 100,
    "one hundred": 100,
}

# Word fractions as percentages; keys are the fraction without "a"/"one" and with single spaces.
FRACTIONS: dict[str, float] = {
    "half": 50.0,
    "third": 33.33,
    "quarter": 25.0,
    "fifth": 20.0,
    "tenth": 10.0,
    "two thirds": 66.67,
    "three quarters": 75.0,
    "two fifths": 40.0,
    "three fifths": 60.0,
    "four fifths": 80.0,
}
# A bare "a third" or "half" is a share only when it is a share of something, or a stake.
_SHARE_AFTER_RE = re.compile(r"[^\S\n]+(?:of|stake|interest|share|shares|holding|ownership|equity)\b", re.I)
# "a quarter of 2020", "half of the year", "a quarter of a century" are stretches of time.
_TIME_AFTER_RE = re.compile(
    r"""[^\S\n]+of[^\S\n]+(?:(?:the|a|an|this|last|next|that|its)[^\S\n]+)?
        (?:(?:fiscal|financial|calendar|current|same|previous|following)[^\S\n]+)?
        (?:year|month|century|decade|day|hour|minute|week|season|term|fiscal|FY|[0-9]{2,4}\b)""",
    re.I | re.X,
)
# "first half", "second quarter": an ordinal before the fraction makes it a period.
_PERIOD_WORDS = frozenset(
    {"first", "second", "third", "fourth", "last", "latter", "former", "back", "other", "front"}
)

_SPACE = r"[^\S\n]"
# "a 4pc stake": the British press's "pc", lower case and right after the digits (never "PC", a computer)
_UNIT_RE = re.compile(r"%|(?<![A-Za-z])(?:percent|per[^\S\n]?cent|pct)(?![A-Za-z])|(?<=[0-9])(?-i:pc)(?![A-Za-z])", re.I)
_SEP = r"(?:[^\S\n]|-)"  # "two-thirds", "two thirds", "twenty-five"
_WORD_NUMBER = (
    rf"(?:(?:{'|'.join(_TENS)})(?:{_SEP}(?:{'|'.join(_UNITS)}))?"
    rf"|(?:a|one){_SPACE}hundred|{'|'.join(_TEENS)}|{'|'.join(_UNITS)})"
)
# The number right before a unit: digits (not the tail of a longer number) or number words.
_DIGITS_BEFORE_RE = re.compile(rf"(?<![0-9])(?<![0-9][.,])(?P<num>{NUMBER})(?:{_SPACE}|-)?\Z")
_WORDS_BEFORE_RE = re.compile(rf"(?<![A-Za-z-])(?P<word>{_WORD_NUMBER})(?:{_SPACE}|-)?\Z", re.I)
_WINDOW = 40
_WORDS_WINDOW = 24
# The low end of a range written once before the unit: "5-10%", "5 to 10 percent", "between 5 and 10%".
_RANGE_HEAD_RE = re.compile(
    rf"(?<![0-9])(?<![0-9][.,])(?P<num>{NUMBER})(?P<conn>{_SPACE}*[-–—]{_SPACE}*|{_SPACE}+(?:to|and){_SPACE}+)\Z"
)
_CONNECTOR_RE = re.compile(rf"{_SPACE}*[-–—]{_SPACE}*|{_SPACE}+(?:to|and){_SPACE}+")
_WORD_SPLIT_RE = re.compile(r"[-\s]+")
_FRACTION_RE = re.compile(
    rf"""(?<![A-Za-z-])
         (?P<frac>(?:(?:a|one){_SEP})?(?:half|third|quarter|fifth|tenth)
                 |two{_SEP}thirds|three{_SEP}quarters|(?:two|three|four){_SEP}fifths)
         (?![A-Za-z-])""",
    re.I | re.X,
)


def _word_value(word: str) -> float:
    parts = _WORD_SPLIT_RE.split(word.lower())
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS:
        return float(_NUMBER_WORDS[parts[0]] + _NUMBER_WORDS[parts[1]])
    return float(_NUMBER_WORDS[" ".join(parts)])


def _joins_as_range(text: str, low_start: int, conn: str, low: float, high: float, lo: int) -> bool:
    conn = conn.strip()
    if conn == "and" and words_before(text, low_start, lo, 1) != ["between"]:
        return False
    if conn == "to" and is_change_not_range(text, low_start, lo):
        return False
    return low <= high


def _numeric_percents(text: str, zones: Zones) -> list[Percent]:
    found: list[Percent] = []
    last_end = 0
    for unit in _UNIT_RE.finditer(text):
        us, ue = unit.span()
        last = text[us - 1 : us]
        if last in (" ", "-", "\t", "\u00a0"):
            last = text[us - 2 : us - 1]
        if last.isdigit():
            m = _DIGITS_BEFORE_RE.search(text, max(last_end, us - _WINDOW), us)
        elif last.isalpha():
            m = _WORDS_BEFORE_RE.search(text, max(last_end, us - _WORDS_WINDOW), us)
        else:
            continue  # cheap exit before the regexes: no number ends here
        if m is None or zones.covers(m.start()):
            continue
        ns = m.start()
        before = text[ns - 1 : ns]
        if before.isalnum() or before == "_" or (before == "-" and text[ns - 2 : ns - 1].isalpha()):
            continue  # "COVID-19%", "A4%": a number glued to a word
        digits = m.groupdict().get("num")
        value = float(digits.replace(",", "")) if digits else _word_value(m.group("word"))
        if not math.isfinite(value):
            continue
        previous = found[-1] if found else None
        if (
            previous is not None
            and previous.value_high is None
            and _CONNECTOR_RE.fullmatch(text, previous.end, ns)
            and _joins_as_range(text, previous.start, text[previous.end : ns], previous.value, value, 0)
        ):
            # "5% to 10%": the low end was already read; widen it.
            start = previous.start
            found[-1] = Percent(start, ue, text[start:ue], previous.value, previous.qualifier, value)
            last_end = ue
            continue
        head = _RANGE_HEAD_RE.search(text, max(last_end, ns - _WINDOW), ns)
        low, start_of_number = value, ns
        high: float | None = None
        if head is not None and not zones.covers(head.start()):
            head_value = float(head.group("num").replace(",", ""))
            if _joins_as_range(text, head.start(), head.group("conn"), head_value, value, last_end):
                low, high, start_of_number = head_value, value, head.start()
        qualifier, start = qualifier_before(text, start_of_number, last_end)
        found.append(Percent(start, ue, text[start:ue], low, qualifier, high))
        last_end = ue
    return found


# one of these is in every match of _FRACTION_RE: a text with none of them is not scanned
FRACTION_WORDS = ("half", "third", "quarter", "fifth", "tenth")


def _fraction_percents(text: str, zones: Zones) -> list[Percent]:
    low = prefilter.lowered(text)
    if low is not None and not any(w in low for w in FRACTION_WORDS):
        return []
    found: list[Percent] = []
    for m in _FRACTION_RE.finditer(text):
        fs, fe = m.span()
        if zones.covers(fs) or _TIME_AFTER_RE.match(text, fe):
            continue
        words = _WORD_SPLIT_RE.split(m.group("frac").lower())
        hyphenated = "-" in m.group("frac")
        if words[0] in ("a", "one"):
            words = words[1:]
        elif words[0] in ("third", "quarter", "fifth", "tenth"):
            continue  # "the third quarter", "a fifth" needs its "a": bare ordinals are not shares
        if not hyphenated and not _SHARE_AFTER_RE.match(text, fe):
            continue  # "a third time", "cut in half", "three quarters in a row"
        if words == ["half"] and set(words_before(text, fs, 0, 1)) & _PERIOD_WORDS:
            continue  # "the second half"
        qualifier, start = qualifier_before(text, fs)
        found.append(Percent(start, fe, text[start:fe], FRACTIONS[" ".join(words)], qualifier))
    return found


def find_percents(text: str) -> list[Percent]:
    """Every percentage in `text`, sorted by start and non-overlapping."""
    if not isinstance(text, str) or not text:
        return []
    zones = zones_of(text)
    return without_overlaps(_numeric_percents(text, zones) + _fraction_percents(text, zones))

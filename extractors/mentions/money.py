"""Money mentions: amounts with currency, scale and qualifier, found in English news text.

Owns the grammar `[qualifier] [symbol|code] number [scale] [country] [currency name|code]`, ranges of
two such amounts ("$5-6 billion", "between 100 and 110 dollars"), spelled amounts ("half a billion
dollars") and the URL/path zones where nothing is read. The tables live in extractors/currencies.py.
Numbers in the English form ("1,234.5", Indian "12,34,567") are read here; a number written in a national
form English cannot read ("1.234,5", "€1,5 billion", "1'234.50", "1 234,56") is handed to price-parser,
which reads its separators. price-parser does not read the rest: it drops scale words, reads "1.234
billion" as 1234 and knows no currency names, ranges or qualifiers, so those stay here.
Also owns which amounts restate another ("2m euros ($2.6m; £1.4m)"): `group_equivalents`.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple, Protocol, TypeVar

from price_parser import Price

from extractors.mentions.currencies import (
    CHANGE_WORDS,
    CODES,
    CODES_NEEDING_SCALE,
    EXACT,
    NAMES,
    QUALIFIERS,
    RANGE_WORDS,
    SCALE_ABBREVIATIONS,
    SCALE_LETTERS,
    SCALE_WORDS,
    SPELLED_NUMBERS,
    SUFFIX_SYMBOLS,
    SYMBOLS,
    SYMBOL_GIVES_WAY_TO,
)


@dataclass(frozen=True)
class Money:
    start: int  # span in the text passed in, qualifier word and currency marks included
    end: int
    text: str  # text[start:end]
    amount: float  # in units of the currency: "7.1 billion renminbi" -> 7.1e9; the low end of a range
    currency: str  # ISO 4217
    qualifier: str  # "exact" | "approx" | "at_least" | "at_most"
    amount_high: float | None = None  # high end of a range ("$5-6 billion")
    number_start: int = 0  # span of just the digits as written ("7.1")
    number_end: int = 0


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so "US$" wins over "$" and "no more than" over "more than"."""
    escaped = (re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))
    return "|".join(escaped)


# Grouped thousands, Indian lakh grouping ("1,50,000"), or plain digits; ASCII digits only.
NUMBER = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}|[0-9]+)(?:\.[0-9]+)?"
# Not the tail of a longer number ("1.234.567", "v1.2.3").
NUMBER_RE = re.compile(rf"(?<![0-9])(?<![0-9][.,]){NUMBER}")

_SPACE = r"[^\S\n]"  # any blank but a line break: an amount never spans lines

_SYMBOL_OR_CODE = _alternation([*SYMBOLS, *CODES])
_PREFIX_RE = re.compile(rf"(?<![A-Za-z0-9])(?P<mark>{_SYMBOL_OR_CODE}){_SPACE}?\Z")
_PREFIX_WINDOW = 12
_MARK_ENDINGS = frozenset(mark[-1] for mark in [*SYMBOLS, *CODES])

_SCALE_RE = re.compile(
    rf"""(?:{_SPACE}?|-)(?P<word>{_alternation(SCALE_WORDS)})(?![A-Za-z])
       |{_SPACE}?(?P<abbr>{_alternation(SCALE_ABBREVIATIONS)})(?![A-Za-z])
       |(?P<letter>[{''.join(SCALE_LETTERS)}])(?![A-Za-z0-9])""",
    re.X | re.I,
)
# "Rs 2 lakh crore", "5 thousand crore", "₹1-lakh-crore": a second scale word multiplies the first.
_SECOND_SCALE_RE = re.compile(rf"(?:{_SPACE}+|-)(?P<word>{_alternation(SCALE_WORDS)})(?![A-Za-z])", re.I)
_SCALES: dict[str, int] = {k.lower(): v for k, v in {**SCALE_WORDS, **SCALE_ABBREVIATIONS, **SCALE_LETTERS}.items()}

_COUNTRIES = {country for name in NAMES.values() for country in name.countries}
_SUFFIX_RE = re.compile(
    rf"""(?:{_SPACE}+|-)
         (?:(?P<code>{_alternation(CODES)})(?![A-Za-z0-9])
           |(?i:(?:(?P<country>{_alternation(_COUNTRIES)}){_SPACE}+)?(?P<name>{_alternation(NAMES)}))(?![A-Za-z]))""",
    re.X,
)
# "1.234,5 Mio. €", "500 €": a sign after the number, unless it opens the next amount ("5 € 6").
_SUFFIX_SYMBOL_RE = re.compile(rf"{_SPACE}?(?P<sym>{_alternation(SUFFIX_SYMBOLS)})(?!{_SPACE}?[0-9])")
_NAMES_FOLDED = {k.lower(): v for k, v in NAMES.items()}
_COUNTRY_ISO = {
    (form.lower(), country.lower()): iso for form, name in NAMES.items() for country, iso in name.countries.items()
}

# "Rs 1 730 crore", "€1 000 million": blanks as thousands separators, read only after a currency mark
# and before a scale word, where they cannot be two numbers.
# At most six groups (10^18 and up is junk): a bounded match keeps a long run of groups linear to scan.
_BLANK_GROUPS_RE = re.compile(r"(?:[ \u00a0\u202f][0-9]{3}){1,6}(?![ \u00a0\u202f]?[0-9])(?:\.[0-9]+)?(?![0-9])")

_DIGIT_SEPARATORS_RE = re.compile(r"[,\s]")

# "€12, 642,000": a stray blank after the first thousands comma, where the groups after it are a well-formed
# grouped number (two groups or more, so that a list "€12, 642 and 700" is not joined); read after a currency mark.
_STRAY_BLANK_GROUPS_RE = re.compile(r",[ \u00a0]([0-9]{3}(?:,[0-9]{3})+)(?:\.[0-9]+)?(?![0-9]|[.,][0-9])")

# National forms English cannot read, tried only where the English reading stops at a separator and
# digits go on: dot thousands ("1.000.000", "1.234,5"), apostrophe thousands ("1'234.50"), blank
# thousands before a decimal comma ("1 234,56") or no-break blanks ("1\u00a0234\u00a0567"), and a
# decimal comma ("1,5"). Group counts are bounded (10^18 and up is junk) so that a long run of groups is
# rejected at once, not re-read from each of its groups.
_NATIONAL_RE = re.compile(
    r"""(?:[0-9]{1,3}(?:\.[0-9]{3}){2,6}(?:,[0-9]{1,6})?
         |[0-9]{1,3}\.[0-9]{3},[0-9]{1,6}
         |[0-9]{1,3}(?:['’][0-9]{3}){1,6}(?:\.[0-9]{1,6})?
         |[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3}){1,6},[0-9]{1,2}
         |[0-9]{1,3}(?:[\u00a0\u202f][0-9]{3}){1,6}(?:,[0-9]{1,6})?
         |[0-9]{1,18},[0-9]{1,2})
       (?![0-9]|[.,'’ \u00a0\u202f][0-9])""",
    re.X,
)
# "1.234 €": one dot before three digits, a sign after the number and no scale word is the continental
# thousands dot (English writes "€1,234"; "1.234 euros" stays 1.234, as an exchange-rate note has it).
_ONE_DOT_THOUSANDS_RE = re.compile(r"[0-9]{1,3}\.[0-9]{3}")
_NATIONAL_STARTS = frozenset(".,'’ \u00a0\u202f")

# A number that runs on oddly ("1.234.567", "3,50") or is a percentage is not an amount.
_BAD_TAIL_RE = re.compile(r"[.,][0-9]")
_PERCENT_TAIL_RE = re.compile(rf"{_SPACE}?%|[\s-]?(?:percent|per{_SPACE}?cent|pct)\b", re.I)

_QUALIFIER_WORDS = [q for q in QUALIFIERS if q.isascii() and q[0].isalpha()]
_QUALIFIERS_FOLDED = {q.lower(): kind for q, kind in QUALIFIERS.items()}
_QUALIFIER_RE = re.compile(
    rf"(?:(?<![A-Za-z])(?P<word>{_alternation(_QUALIFIER_WORDS)})(?:{_SPACE}+an?)?{_SPACE}+|(?P<tilde>~){_SPACE}*)\Z",
    re.I,
)
_QUALIFIER_WINDOW = 40

_CONNECTOR_RE = re.compile(
    rf"(?P<conn>{_SPACE}*[-–—]{_SPACE}*|{_SPACE}+(?:to|and){_SPACE}+)(?:{_SYMBOL_OR_CODE})?{_SPACE}?(?=[0-9])"
)
_WORD_RE = re.compile(r"[A-Za-z]+")

# URLs, paths with two or more slashes, and file names: numbers there are never amounts. Each
# alternative starts at a run boundary (the lookbehinds) so a 2 MB token is scanned once, not per char.
_URLISH_RE = re.compile(
    r"""(?:https?://|ftp://|www\.)\S*+
      |(?<![\w.~/%$-])[\w.~%$-]*+(?:/[\w.~%$?=&#+-]*+){2,}
      |(?<![\w.~%$-])[\w.~%$-]+\.(?:jpe?g|png|gif|webp|svg|pdf|html?|php|aspx?)\b""",
    re.X | re.I,
)

_SPELLED_SCALE_RE = re.compile(r"(?<![A-Za-z-])(?:thousand|million|billion|trillion)(?![A-Za-z-])", re.I)
_SPELLED_NUMBER_RE = re.compile(rf"(?<![A-Za-z-])(?P<num>{_alternation(SPELLED_NUMBERS)}){_SPACE}+\Z", re.I)
_SPELLED_FOLDED = {k.lower(): v for k, v in SPELLED_NUMBERS.items()}


# what every match of _URLISH_RE holds: "://" or "www.", two slashes, or a file name's extension; a text with none
# of them (most articles) is not scanned (the scan is the costliest of money reading); the four characters
# IGNORECASE folds to ASCII letters ("ſ", the Kelvin sign ...) send a text to the scan whatever it holds
_URL_EXTENSIONS = (".jp", ".png", ".gif", ".webp", ".svg", ".pdf", ".htm", ".php", ".asp")
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def _may_hold_urls(text: str) -> bool:
    if text.count("/") >= 2 or "://" in text or _FOLDS_TO_ASCII.search(text):
        return True
    low = text.lower()
    return "www." in low or any(e in low for e in _URL_EXTENSIONS)


class Zones:
    """Spans of text where no amount is read (URLs, paths, file names)."""

    def __init__(self, text: str) -> None:
        spans = [m.span() for m in _URLISH_RE.finditer(text)] if _may_hold_urls(text) else []
        self._starts = [s for s, _ in spans]
        self._ends = [e for _, e in spans]

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]


@lru_cache(maxsize=4)  # money and percent read the same text's zones; bounded, so memory stays flat
def zones_of(text: str) -> Zones:
    return Zones(text)


def qualifier_before(text: str, start: int, lo: int = 0) -> tuple[str, int]:
    """The qualifier said right before `start` and where it begins; (EXACT, start) if none."""
    tail = text[max(lo, start - 2) : start].rstrip()
    if not tail or not (tail[-1].isalpha() or tail[-1] in ".~"):
        return EXACT, start  # cheap exit: every qualifier ends in a letter, "." or "~"
    m = _QUALIFIER_RE.search(text, max(lo, start - _QUALIFIER_WINDOW), start)
    if m is None:
        return EXACT, start
    word = m.group("word")
    key = " ".join(word.lower().split()) if word else "~"
    return _QUALIFIERS_FOLDED[key], m.start()


def words_before(text: str, start: int, lo: int = 0, count: int = 2) -> list[str]:
    """The last `count` words before `start`, lower-cased ("range", "from")."""
    return [w.lower() for w in _WORD_RE.findall(text, max(lo, start - 30), start)[-count:]]


def is_change_not_range(text: str, start: int, lo: int = 0) -> bool:
    """'from X to Y' and 'by X to Y' are changes, unless a range word comes first."""
    words = words_before(text, start, lo)
    if not words or words[-1] not in CHANGE_WORDS:
        return False
    return not (len(words) == 2 and words[0] in RANGE_WORDS)


_M = TypeVar("_M", bound="_Spanned")


class _Spanned(Protocol):
    start: int
    end: int


# No sum in any currency reaches 10^18 units outside hyperinflation tables; such "amounts" are typos or junk.
MAX_AMOUNT = 1e18


class _Amount(NamedTuple):
    """One number with the currency marks around it, before ranges are joined."""

    start: int
    end: int
    number_start: int
    number_end: int
    digits: str
    exp: int
    has_scale: bool
    currency: str | None


def _value(digits: str, exp: int) -> float:
    # Parsing "7.1e9" rounds once, so 1.19 billion is exactly 1190000000.0.
    return float(f"{digits}e{exp}")


class _Mark(NamedTuple):
    start: int
    mark: str  # as in the tables: "US$", "Rs.", "USD"
    iso: str


def _prefix(text: str, ns: int, lo: int) -> _Mark | None:
    """The symbol or code written right before the number, if any."""
    last = text[ns - 1] if ns > lo else ""
    if last.isspace() and ns - 2 >= lo:
        last = text[ns - 2]
    if last not in _MARK_ENDINGS:
        return None  # cheap exit before the regex: no symbol or code ends here
    m = _PREFIX_RE.search(text, max(lo, ns - _PREFIX_WINDOW), ns)
    if m is None:
        return None
    mark = m.group("mark")
    return _Mark(m.start(), mark, SYMBOLS.get(mark) or CODES[mark])


def _scale(text: str, pos: int) -> tuple[int, int] | None:
    """(power of ten, end) of the scale words after a number."""
    m = _SCALE_RE.match(text, pos)
    if m is None:
        return None
    exp = _SCALES[(m.group("word") or m.group("abbr") or m.group("letter")).lower()]
    m2 = _SECOND_SCALE_RE.match(text, m.end())
    if m2 is not None and m.group("word"):
        return exp + _SCALES[m2.group("word").lower()], m2.end()
    return exp, m.end()


def _suffix(text: str, pos: int, has_scale: bool) -> tuple[str, int] | None:
    """(ISO code, end) of a currency code or name after the number and scale."""
    m = _SUFFIX_RE.match(text, pos)
    if m is None:
        sign = _SUFFIX_SYMBOL_RE.match(text, pos)
        return (SYMBOLS[sign.group("sym")], sign.end()) if sign is not None else None
    code = m.group("code")
    if code is not None:
        if code in CODES_NEEDING_SCALE and not has_scale:
            return None
        return CODES[code], m.end()
    form = " ".join(m.group("name").lower().split())
    name = _NAMES_FOLDED[form]
    country = m.group("country")
    if country is not None:
        iso = _COUNTRY_ISO.get((form, " ".join(country.lower().split())))
        if iso is not None:
            return iso, m.end()
    if name.default is None or (name.needs_scale and not has_scale):
        return None
    return name.default, m.end()


def _blank_grouped(text: str, ne: int, prefixed: bool) -> tuple[int, tuple[int, int] | None]:
    """(number end, scale) when blank-separated groups continue the number at `ne`: before a scale word
    after a currency mark ("Rs 1 730 crore"), or before a currency written after it ("900 000 €",
    "10 000 euros", "1 730 crore rupees"); else (ne, None)."""
    m = _BLANK_GROUPS_RE.match(text, ne)
    if m is None:
        return ne, None
    scale = _scale(text, m.end())
    if prefixed:
        return (m.end(), scale) if scale is not None else (ne, None)
    if _suffix(text, scale[1] if scale is not None else m.end(), scale is not None) is None:
        return ne, None
    return m.end(), scale


def _national(text: str, ns: int, ne: int) -> tuple[int, str] | None:
    """(number end, digits) of a number in a national form that starts at `ns`, read by price-parser."""
    if text[ne : ne + 1] not in _NATIONAL_STARTS:
        return None  # cheap exit: the English reading ends at the number's end
    m = _NATIONAL_RE.match(text, ns)
    if m is None or m.end() <= ne:
        return None
    # price-parser knows the ASCII apostrophe as a thousands separator, not the typographic one
    price = Price.fromstring(m.group().replace("’", "'"))
    if price.amount is None:
        return None
    return m.end(), format(price.amount, "f")


def _read_amount(text: str, ns: int, ne: int, lo: int) -> _Amount | None:
    """The amount around the number text[ns:ne], with currency None if none is written."""
    if text[ns] == "0" and ne - ns > 1 and text[ns + 1].isdigit():
        return None  # "000 €" is the tail of "900 000 €"; no amount is written with a leading zero
    digits = None
    national = _national(text, ns, ne)
    if national is not None:
        ne, digits = national
    elif _BAD_TAIL_RE.match(text, ne):
        return None
    prefix = _prefix(text, ns, lo)
    if prefix is not None and digits is None and ne - ns <= 3:
        stray = _STRAY_BLANK_GROUPS_RE.match(text, ne)
        if stray is not None:
            digits = text[ns:ne] + _DIGIT_SEPARATORS_RE.sub("", text[stray.start(1):stray.end()])
            ne = stray.end()
    scale = _scale(text, ne)
    if scale is None and ne - ns <= 3 and digits is None:
        ne, scale = _blank_grouped(text, ne, prefix is not None)
    if prefix is not None and prefix.mark in CODES_NEEDING_SCALE and scale is None:
        prefix = None
    before = text[ns - 1] if ns > 0 else " "
    if (before.isalnum() or before in "._") and prefix is None:
        return None  # "idUSKCN0YM2MA", "5G-2": digits glued to a word that is no currency
    exp, pos = scale if scale is not None else (0, ne)
    after = text[pos : pos + 1]
    if after.isalnum() or after == "_" or _PERCENT_TAIL_RE.match(text, pos):
        return None
    currency = prefix.iso if prefix is not None else None
    suffix = _suffix(text, pos, scale is not None)
    if suffix is not None and (
        prefix is None or suffix[0] == prefix.iso or suffix[0] in SYMBOL_GIVES_WAY_TO.get(prefix.mark, ())
    ):
        if prefix is None and scale is None and digits is None and _ONE_DOT_THOUSANDS_RE.fullmatch(text, ns, ne):
            read = Price.fromstring(text[ns : suffix[1]]).amount
            if text[ne : suffix[1]].strip() in SUFFIX_SYMBOLS and read is not None:
                digits = format(read, "f")
        currency, pos = suffix
    return _Amount(
        start=prefix.start if prefix is not None else ns,
        end=pos,
        number_start=ns,
        number_end=ne,
        digits=digits if digits is not None else _DIGIT_SEPARATORS_RE.sub("", text[ns:ne]),
        exp=exp,
        has_scale=scale is not None,
        currency=currency,
    )


def _second_of_range(text: str, first: _Amount) -> tuple[_Amount, str] | None:
    """The amount after "-", "to" or "and" that may close a range opened by `first`."""
    m = _CONNECTOR_RE.match(text, first.end)
    if m is None:
        return None
    n = NUMBER_RE.match(text, m.end())
    if n is None:
        return None
    second = _read_amount(text, n.start(), n.end(), m.end("conn"))
    return (second, m.group("conn").strip()) if second is not None else None


def _join_range(text: str, first: _Amount, second: _Amount, conn: str, lo: int) -> tuple[float, float] | None:
    """(low, high) if `first` and `second` read as one range, else None."""
    if conn == "and" and words_before(text, first.start, lo, 1) != ["between"]:
        return None  # "$534 million and $1.19 billion respectively" are two amounts
    if conn == "to" and is_change_not_range(text, first.start, lo):
        return None
    if first.currency and second.currency and first.currency != second.currency:
        return None
    if second.currency is None:
        if first.currency is None or (first.has_scale and not second.has_scale):
            return None
        if not second.has_scale and conn not in ("-", "–", "—"):
            return None  # "$5 to 10 people"
    exp = first.exp
    if not first.has_scale and second.has_scale:
        exp = second.exp  # "$5 to $6 billion": the scale is said once
    low, high = _value(first.digits, exp), _value(second.digits, second.exp)
    if not first.has_scale and not second.has_scale and re.fullmatch(r"\d{1,3}", first.digits) \
            and re.fullmatch(r"\d{1,3},000", text[second.number_start:second.number_end]) and low * 1000 <= high:
        low *= 1000  # "penalties of between $50-100,000": the thousands are said once, on the high end
    if not (math.isfinite(low) and math.isfinite(high)) or low > high:
        return None
    return low, high


def _money_at(text: str, ns: int, ne: int, lo: int) -> Money | None:
    first = _read_amount(text, ns, ne, lo)
    if first is None:
        return None
    pair = _second_of_range(text, first)
    if first.currency is None and pair is None:
        return None  # a bare number, the common case: leave before any arithmetic
    end, low, high = first.end, _value(first.digits, first.exp), None
    joined = _join_range(text, first, pair[0], pair[1], lo) if pair is not None else None
    currency = first.currency
    if joined is not None and pair is not None:
        low, high = joined
        end = pair[0].end
        currency = currency or pair[0].currency
    if currency is None or not math.isfinite(low) or (high or low) > MAX_AMOUNT:
        return None
    qualifier, start = qualifier_before(text, first.start, lo)
    return Money(start, end, text[start:end], low, currency, qualifier, high, first.number_start, first.number_end)


def _spelled_money(text: str, zones: Zones) -> list[Money]:
    """"a billion dollars", "half a billion euros": a spelled number, a scale word and a currency name."""
    found: list[Money] = []
    for m in _SPELLED_SCALE_RE.finditer(text):
        number = _SPELLED_NUMBER_RE.search(text, max(0, m.start() - 20), m.start())
        if number is None or zones.covers(number.start()):
            continue
        if not text[m.end() : m.end() + 1].isspace():
            continue  # "a billion-dollar fine" is a size class, not an amount
        suffix = _suffix(text, m.end(), True)
        if suffix is None:
            continue
        digits = _SPELLED_FOLDED[" ".join(number.group("num").lower().split())]
        qualifier, start = qualifier_before(text, number.start())
        end = suffix[1]
        amount = _value(digits, _SCALES[m.group().lower()])
        number_span = number.span("num")
        found.append(Money(start, end, text[start:end], amount, suffix[0], qualifier, None, *number_span))
    return found


def without_overlaps(items: list[_M]) -> list[_M]:
    """Mentions sorted by start; of two that overlap, the one starting first (then the longer) wins."""
    kept: list[_M] = []
    for item in sorted(items, key=lambda x: (x.start, -x.end)):
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return kept


_RESTATING_QUALIFIER = r"(?:about|around|roughly|nearly|some|approximately|approx\.?|~|more\s+than|over|or)"
# Between a sum and the first restatement of it: "7.1 billion renminbi (nearly $985 million)", "16.2
# billion euros, or more than $18 billion", "€5m / $5.6m".
_FIRST_RESTATEMENT_RE = re.compile(
    rf"\s*\(\s*(?:{_RESTATING_QUALIFIER}\s*)?|,?\s+or\s+(?:{_RESTATING_QUALIFIER}\s+)?|\s*/\s*", re.I
)
# Between two restatements inside one bracket: "2m euros ($2.6m; £1.4m)", "($2.6m, £1.4m)", "($2.6m or £1.4m)".
_NEXT_RESTATEMENT_RE = re.compile(
    rf"\s*[;,/]\s*(?:{_RESTATING_QUALIFIER}\s+)?|\s+or\s+(?:{_RESTATING_QUALIFIER}\s+)?", re.I
)


def group_equivalents(text: str, found: list[Money]) -> list[tuple[Money, tuple[Money, ...]]]:
    """Each sum as the text states it first, with the same sum restated in other currencies right after it.

    The first-stated amount is the original ("2m euros ($2.6m; £1.4m)" is EUR 2m; the dollars and pounds
    are equivalents), never the other way round. A restatement is in another currency than the original
    and every earlier restatement, and follows in brackets, after "or" or a slash; further ones follow
    inside the same bracket after ";", ",", "/" or "or", or after another slash ("€5m / $5.6m / £4m"). `found` is find_money's output (sorted).
    """
    groups: list[tuple[Money, tuple[Money, ...]]] = []
    i = 0
    while i < len(found):
        main = found[i]
        currencies = {main.currency}
        equivalents: list[Money] = []
        opener = ""  # how the first restatement was introduced: "(", "/" or "or"
        j = i + 1
        while j < len(found) and found[j].currency not in currencies:
            gap = text[found[j - 1].end : found[j].start]
            if not equivalents and _FIRST_RESTATEMENT_RE.fullmatch(gap):
                opener = "(" if "(" in gap else "/" if "/" in gap else "or"
            elif not equivalents or not (
                (opener == "(" and _NEXT_RESTATEMENT_RE.fullmatch(gap)) or (opener == "/" and gap.strip() == "/")
            ):
                break
            equivalents.append(found[j])
            currencies.add(found[j].currency)
            j += 1
        groups.append((main, tuple(equivalents)))
        i = j
    return groups


# Which country a text is about decides two marks that several currencies share: "¥" is the yen's and the yuan's
# sign, and Philippine papers write the peso "P1.0 billion".
_CHINA_WORDS_RE = re.compile(r"\b(?:China|Chinese|yuan|renminbi|RMB|Beijing|Shanghai|Shenzhen)\b")
_JAPAN_WORDS_RE = re.compile(r"\b(?:Japan|Japanese|yen|Tokyo|Osaka)\b")
_PHILIPPINE_WORDS_RE = re.compile(r"\b(?:Philippines?|Filipino|pesos?|Manila|Bangko\s+Sentral)\b")
_PESO_P_RE = re.compile(r"(?<![A-Za-z0-9.,'’$-])P(?=[0-9])")
_YEN_SIGNS = frozenset("¥￥")
_YEN_OR_YUAN_AFTER_RE = re.compile(r"\b(?:yen|yuan|renminbi|JPY|CNY|RMB)\b", re.I)


def _yen_sign_is_yuan(text: str) -> bool:
    """A text that names China more often than Japan writes the yuan with "¥" ("fined Ant ¥7.1 billion")."""
    return len(_CHINA_WORDS_RE.findall(text)) > len(_JAPAN_WORDS_RE.findall(text))


def find_money(text: str) -> list[Money]:
    """Every money mention in `text`, sorted by start and non-overlapping."""
    if not isinstance(text, str) or not text:
        return []
    zones = zones_of(text)
    # "P1.0 billion" in a Philippine text is the peso sign written as a letter: read it as "₱" (one character for
    # one, so every span stays the same), where a scale word or grouped digits make it an amount
    pesos = "P" in text and _PESO_P_RE.search(text) is not None and _PHILIPPINE_WORDS_RE.search(text) is not None
    scan = _PESO_P_RE.sub("₱", text) if pesos else text
    found: list[Money] = []
    last_end = 0
    for m in NUMBER_RE.finditer(scan):
        ns, ne = m.span()
        if ns < last_end or zones.covers(ns):
            continue
        money = _money_at(scan, ns, ne, last_end)
        if money is not None and pesos and text[money.start:money.number_start].endswith("P"):
            if money.number_end == money.end and "," not in money.text:
                continue  # "P2", "P30": a model or a code, not a sum
            money = replace(money, text=text[money.start:money.end])
        if money is not None:
            found.append(money)
            last_end = money.end
    if any(f.currency == "JPY" for f in found) and _yen_sign_is_yuan(text):
        found = [replace(f, currency="CNY") if f.currency == "JPY" and text[f.start:f.number_start].strip()[-1:] in _YEN_SIGNS
                 and not _YEN_OR_YUAN_AFTER_RE.search(text, f.number_end, f.end) else f for f in found]
    return without_overlaps(found + _spelled_money(text, zones))


def parse_money(s: str) -> Money | None:
    """The first money mention in one expression ("about $35 billion"), span relative to `s`."""
    found = find_money(s)
    return found[0] if found else None

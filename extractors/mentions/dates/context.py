"""The words around a match: boundaries, prefixes, tense cues, year and month contexts."""
from __future__ import annotations

import re

from extractors.mentions.date_words import AMBIGUOUS_MONTHS, MONTH_NOUNS, CURRENCY_SYMBOLS, FUTURE_CUES, HISTORIC_YEAR_CUES, NON_YEAR_PREFIXES, PAST_CUES, QUANTITY_BEFORE_OF, QUANTITY_WORDS, STRONG_YEAR_CUES, WEAK_YEAR_CUES, YEAR_FOLLOWERS
from extractors.mentions.dates.lexicon import MONTH, _Prefix, _PREFIX_REACH, _SENTENCE_END, _WORD
from extractors.mentions.dates.resolve import FUTURE, PAST, UNCUED

_NUMBER_EDGE = frozenset("$€£¥₹#@/\\.-_")   # a number right after one of these is not a date


def _left_clear(text: str, pos: int, hyphen: bool = True) -> bool:
    """No letter, digit or underscore (nor, unless `hyphen` is False, a hyphen) right before `pos`."""
    if pos == 0:
        return True
    c = text[pos - 1]
    return not (c.isalnum() or c == "_" or (hyphen and c == "-"))


def _number_clear(text: str, pos: int) -> bool:
    """A number starting at `pos` is not glued to a word, a path, a price or another number."""
    if pos == 0:
        return True
    c = text[pos - 1]
    if c.isalnum() or c in _NUMBER_EDGE:
        return False
    return not (c == "," and pos >= 2 and text[pos - 2].isdigit())


def _last_word(text: str, pos: int) -> str:
    """The letters right before `pos`, past spaces and hyphens, lower-cased ("mid-June" -> "mid")."""
    floor = max(0, pos - 24)
    end = pos
    while end > floor and text[end - 1] in " \t\u00a0-":
        end -= 1
    start = end
    while start > floor and text[start - 1].isalpha():
        start -= 1
    return text[start:end].lower()


def _prefix(text: str, pos: int, prefix: _Prefix) -> re.Match[str] | None:
    """`prefix` matched on the short window that ends at `pos`; None if it is absent or empty."""
    if prefix.last_words is not None and _last_word(text, pos) not in prefix.last_words:
        return None
    m = prefix.pattern.search(text, max(0, pos - _PREFIX_REACH), pos)
    return m if m is not None and m.start() < pos else None


def _words_before(text: str, pos: int, span: int = 80) -> list[str]:
    """Lower-cased words of the clause before `pos`, nearest last."""
    window = text[max(0, pos - span):pos]
    cut = None
    for cut in _SENTENCE_END.finditer(window):
        pass
    if cut is not None:
        window = window[cut.end():]
    return [w.lower() for w in _WORD.findall(window)]


def _words_after(text: str, pos: int, span: int = 60) -> list[str]:
    window = text[pos:pos + span]
    cut = _SENTENCE_END.search(window)
    if cut is not None:
        window = window[:cut.start()]
    return [w.lower() for w in _WORD.findall(window)]


def _is_past_word(word: str) -> bool:
    return word in PAST_CUES or (len(word) > 4 and word.endswith("ed") and word not in FUTURE_CUES)


def _cue(word: str) -> int:
    if word in FUTURE_CUES:
        return FUTURE
    return PAST if _is_past_word(word) else UNCUED


def _orient(text: str, start: int, end: int) -> int:
    """PAST or FUTURE from the nearest tense cue in the clause around [start, end); UNCUED if none."""
    before = list(reversed(_words_before(text, start)[-8:]))
    after = _words_after(text, end)[:6]
    for dist in range(max(len(before), len(after))):
        for words in (before, after):   # on a tie the word before wins: "will ... on Friday"
            if dist < len(words) and _cue(words[dist]) != UNCUED:
                return _cue(words[dist])
    return UNCUED


def _prev_token(text: str, pos: int) -> str:
    """The whitespace-delimited token before `pos`, lower-cased, trailing punctuation kept."""
    parts = text[max(0, pos - 30):pos].split()
    return parts[-1].lower() if parts else ""


def _next_word(text: str, pos: int) -> str:
    m = _WORD.match(text[pos:pos + 30].lstrip(" \t\u00a0"))
    return m.group(0).lower() if m else ""


def _next_char(text: str, pos: int) -> str:
    return text[pos:pos + 8].lstrip(" \t\u00a0")[:1]


_NON_YEAR_PREFIXES = frozenset(p.rstrip(".") for p in NON_YEAR_PREFIXES)


def _money_or_id_before(text: str, pos: int) -> bool:
    window = text[max(0, pos - 6):pos].rstrip(" \t\u00a0")
    if window and window[-1] in CURRENCY_SYMBOLS:
        return True
    return _prev_token(text, pos).strip(".:,") in _NON_YEAR_PREFIXES


def _quantity_after(text: str, pos: int) -> bool:
    if _next_char(text, pos) == "%":
        return True
    return _next_word(text, pos) in QUANTITY_WORDS


_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d['’]?s?[ \t,]{0,3}(?:and|or|to|through|thru|than|vs\.?|versus|-|–|—)?"
                          r"[ \t]{0,3}\Z", re.I)
_MONTH_BEFORE = re.compile(rf"(?:{MONTH}|\d)[ \t,]{{0,3}}(?:and|or|to|through|until|till|-|–)[ \t]{{0,3}}\Z")
_LINKS = frozenset(("to", "and", "or", "than", "vs", "vs.", "versus", "through", "thru", "–", "-", "—"))


def _year_context(text: str, start: int, end: int, possessive: bool) -> bool:
    """Whether a bare 4-digit number is used as a year (see module docstring): 1900-2099 in a year
    context, 1800-1899 only right after a preposition of time ("founded in 1889")."""
    if _money_or_id_before(text, start) or _quantity_after(text, end):
        return False
    prev = _prev_token(text, start).strip("\"“(,")
    if text[start:start + 2] == "18":
        return prev in HISTORIC_YEAR_CUES and not text.startswith(("'s", "’s"), end)
    if possessive:
        return True
    if prev == "of":   # "a total of 2000" is a quantity, "the crash of 1987" a year
        before_of = text[max(0, start - 40):start].split()[-2:-1]
        return not before_of or before_of[0].lower().strip(",") not in QUANTITY_BEFORE_OF
    if prev in STRONG_YEAR_CUES:
        return True
    if prev in _LINKS:   # "from 2009 to 2010", "2015 and 2016"
        return _YEAR_BEFORE.search(text, max(0, start - 24), start) is not None
    if prev in WEAK_YEAR_CUES or prev.endswith(("'s", "’s", "s'", "s’")):
        return True
    if _next_word(text, end) in YEAR_FOLLOWERS:
        return True
    # A year in a list: "in 2015, 2016 and 2017".
    if _prev_token(text, start).endswith(","):
        head = text[max(0, start - 24):start].rstrip(" \t,")
        return _YEAR_BEFORE.search(head) is not None
    return False


_MONTH_CUES = frozenset((
    "in", "since", "until", "till", "by", "through", "from", "early", "mid", "late", "last", "next",
    "this", "of", "during", "before", "after", "around", "end", "beginning", "start", "middle",
    "between", "for", "throughout", "into",
))


def _lone_month_ok(text: str, start: int, end: int, name: str, dotted: bool) -> bool:
    """A month without day or year is a date only in a date context ("in March", "early November")."""
    prev = _prev_token(text, start).strip("\"“(")
    if prev in ("and", "or", "to", "through", "until", "till", "-", "–"):
        return _MONTH_BEFORE.search(text, max(0, start - 30), start) is not None
    if prev in _MONTH_CUES:
        return True
    if text.startswith(("'s", "’s"), end):
        return True
    if _next_word(text, end) in MONTH_NOUNS:   # "May sales", "March retail sales"
        return True
    if name in AMBIGUOUS_MONTHS or dotted:
        return False
    # "September" alone is a month unless it starts a name ("Rodrigo October Pérez").
    following = text[end:end + 40].lstrip(" \t")
    return not (following[:1].isupper() and text[end:end + 1] in " \t")



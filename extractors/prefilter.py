"""Scan a sentence with only the cue alternatives that can match in it: same matches, a fraction of the time.

A cue table is one big alternation ("fine|penalty|levied|..."); Python's regex engine tries every alternative at
every position, so a scan costs about the number of alternatives. Most alternatives open with a literal word ("\\bfine",
"\\bpenalt"): where that literal (case folded) is nowhere in the sentence, the alternative matches nowhere in it, and
dropping it changes no match: at each position the first alternative that matches is the same one. `narrow` returns
the pattern made of the alternatives that remain (compiled once per set), None where none remain, or the pattern
itself where it cannot split it safely. `may_occur` answers the same question for a whole pattern over a whole text:
False only where no string that every match must open with is in it.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache, wraps
from itertools import compress
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, TypeVar

T = TypeVar("T")

# the characters other than ASCII that IGNORECASE matches to an ASCII letter ("ſ" to "s", the Kelvin sign to "k"):
# where a sentence has one, `str.lower` is no safe test for a literal, and the whole pattern runs
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


# the patterns the caches below have seen, by id: held here, so no id is reused while a cache holds an entry for it
_SEEN: dict[int, re.Pattern[str]] = {}
_CLEARS: list[Callable[[], None]] = []


def pattern_cache(maxsize: int) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """functools.lru_cache for a function whose first argument is a compiled pattern, keyed on the pattern's identity:
    hashing a compiled pattern hashes its whole program (microseconds for a cue table), and these caches are asked
    hundreds of thousands of times per thousand articles."""
    def wrap(fn: Callable[..., T]) -> Callable[..., T]:
        @lru_cache(maxsize=maxsize)
        def by_id(pid: int, *rest: Any) -> T:
            return fn(_SEEN[pid], *rest)
        _CLEARS.append(by_id.cache_clear)

        @wraps(fn)
        def call(pattern: re.Pattern[str], *rest: Any) -> T:
            pid = id(pattern)
            if _SEEN.get(pid) is not pattern:
                if len(_SEEN) >= 4096:  # patterns made on the fly: start afresh rather than grow
                    _SEEN.clear()
                    for clear in _CLEARS:
                        clear()
                _SEEN[pid] = pattern
            return by_id(pid, *rest)
        call.cache_clear = by_id.cache_clear  # type: ignore[attr-defined]
        return call
    return wrap


def _class_end(source: str, open_at: int) -> int | None:
    """Index just past the "]" closing the character class opened at source[open_at] ("[", "[^", "[]...]" forms);
    None where it is never closed."""
    j = open_at + 1
    if source[j:j + 1] == "^":
        j += 1
    if source[j:j + 1] == "]":
        j += 1
    while j < len(source) and source[j] != "]":
        j += 2 if source[j] == "\\" else 1
    return j + 1 if j < len(source) else None


def _structure(source: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth after it) for each "(", ")" and "|" of `source` from `start`, escapes and classes
    skipped; ("", -1) as the last item where a class is never closed."""
    depth, i = 0, start
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            after = _class_end(source, i)
            if after is None:
                yield i, "", -1
                return
            i = after
            continue
        if c in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[c]
            yield i, c, depth
        i += 1


def _top_level_alternatives(source: str) -> list[str] | None:
    """`a|(?:b|c)|[|]` -> ["a", "(?:b|c)", "[|]"]; None where the source is not plain enough to split."""
    out: list[str] = []
    depth, start = 0, 0
    for i, c, depth in _structure(source):
        if not c:
            return None
        if c == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
    out.append(source[start:])
    return out if depth == 0 else None


def _literal_prefix(alternative: str, flags: int) -> str:
    """The ASCII literal (lower case) every match of the alternative opens with, past zero-width tests ("" if none)."""
    items = list(_parser.parse(alternative, flags).data)
    out = ""
    while items:
        op, av = items[0]
        if not out and op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            items.pop(0)  # "\b", "(?<!pre-)": they consume nothing
        elif not out and op is C.SUBPATTERN:
            items = list(av[3].data) + items[1:]  # "(?:fine)": the group's own items come first
        elif op is C.LITERAL and av < 128:
            out += chr(av).lower()
            items.pop(0)
        else:
            break
    return out


@pattern_cache(maxsize=256)
def _split(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    source = pattern.pattern
    # group numbers, back references and global inline flags would change meaning in a subset
    if pattern.flags & re.VERBOSE or re.search(r"\\\d|\(\?P=|\(\?[aiLmsux]+\)", source):
        return None
    alternatives = _top_level_alternatives(source)
    if not alternatives or len(alternatives) < 2:
        return None
    try:
        prefixes = tuple(_literal_prefix(a, pattern.flags) for a in alternatives)
    except re.error:
        return None
    return tuple(alternatives), prefixes  # an alternative with no literal opening ("") stays in every subset


@pattern_cache(maxsize=2048)  # a few dozen sets per cue table in practice; bounded, so memory stays flat
def _subset(pattern: re.Pattern[str], keep: tuple[int, ...]) -> re.Pattern[str] | None:
    if not keep:
        return None
    split = _split(pattern)
    assert split is not None
    if len(keep) == len(split[0]):
        return pattern
    return re.compile("|".join(split[0][i] for i in keep), pattern.flags)


def narrow(pattern: re.Pattern[str], sentence: str) -> re.Pattern[str] | None:
    """The alternatives of `pattern` that may match in `sentence` (None: none may)."""
    split = _split(pattern)
    if split is None or _FOLDS_TO_ASCII.search(sentence):
        return pattern
    low = sentence.lower()
    return _subset(pattern, tuple(compress(range(len(split[1])), map(low.__contains__, split[1]))))


def finditer(pattern: re.Pattern[str], sentence: str) -> tuple[re.Match[str], ...]:
    """`tuple(pattern.finditer(sentence))`, the same matches (spans and text), scanned with `narrow`'s pattern."""
    narrowed = narrow(pattern, sentence)
    return () if narrowed is None else tuple(narrowed.finditer(sentence))


def _openings(items: list) -> tuple[str, ...]:  # type: ignore[type-arg]
    """ASCII strings (lower case) one of which every match of the parsed `items` opens with, past zero-width tests
    (r"\bfine" -> ("fine",), r"\b(?:rose|fell)" -> ("rose", "fell")); () where there is none to test."""
    items = list(items)
    out = ""
    while items:
        op, av = items[0]
        if not out and op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            items.pop(0)
        elif not out and op is C.SUBPATTERN:
            items = list(av[3].data) + items[1:]
        elif op is C.LITERAL and av < 128:
            out += chr(av).lower()
            items.pop(0)
        elif not out and op is C.BRANCH:
            found: list[str] = []
            for branch in av[1]:
                opening = _openings(list(branch.data))
                if not opening:
                    return ()  # a branch with no literal opening: no test for the whole
                found.extend(opening)
            return tuple(dict.fromkeys(found))
        else:
            break
    return (out,) if out else ()


@pattern_cache(maxsize=256)
def pattern_openings(pattern: re.Pattern[str]) -> tuple[str, ...]:
    try:
        return _openings(list(_parser.parse(pattern.pattern, pattern.flags).data))
    except re.error:
        return ()


def lowered(text: str) -> str | None:
    """The text in lower case for `may_occur`, or None where `str.lower` is no safe test (see _FOLDS_TO_ASCII)."""
    return None if _FOLDS_TO_ASCII.search(text) else text.lower()


def may_occur(pattern: re.Pattern[str], low: str | None) -> bool:
    """False only where `pattern` cannot match the text whose `lowered` form is `low`."""
    openings = pattern_openings(pattern)
    return low is None or not openings or any(map(low.__contains__, openings))


# -- anchored alternations: `^(?:a|b|...)rest`, tried at the start of a line ------------------------------------
# Matched at a line's start, only the alternatives that can open with the line's first character can match; a table of
# eighty line patterns ("advertisement", "share this", "(reporting by ...") is mostly dropped by that one character.


def _closing_paren(source: str, open_at: int) -> int | None:
    """Index of the ")" closing the group opened at source[open_at] ("(" ), escapes and classes skipped."""
    for i, c, depth in _structure(source, open_at):
        if not c:
            return None  # an unterminated class: no group closes
        if c == ")" and depth == 0:
            return i
    return None


def _first_set(items: list) -> tuple[set[str] | None, bool]:  # type: ignore[type-arg]
    """(lower-case ASCII characters one of which a match of the parsed `items` opens with, or None where any may;
    whether the items can match the empty string)."""
    out: set[str] = set()
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero width: it only narrows what may follow
        if op is C.LITERAL:
            if av >= 128:
                return None, False  # a character outside ASCII: its case folding is not str.lower's
            out.add(chr(av).lower())
            return out, False
        if op is C.SUBPATTERN:
            sub, nullable = _first_set(list(av[3].data))
        elif op is C.BRANCH:
            sub, nullable = set(), False
            for branch in av[1]:
                found, empty = _first_set(list(branch.data))
                if found is None:
                    return None, False
                sub |= found
                nullable = nullable or empty
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)):
            sub, nullable = _first_set(list(av[2].data))
            nullable = nullable or av[0] == 0
        else:
            return None, False  # a class, any character, a category ...: no cheap test
        if sub is None:
            return None, False
        out |= sub
        if not nullable:
            return out, False
    return out, True


@pattern_cache(maxsize=64)
def _anchored_split(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], tuple[frozenset[str] | None, ...], str] | None:
    """(alternatives, the first characters each may open with (None: any), what follows the group), for a pattern
    `^(?:a|b|...)rest`; None for any other shape."""
    source = pattern.pattern
    if not source.startswith("^(?:") or pattern.flags & re.VERBOSE or re.search(r"\\\d|\(\?P=|\(\?[aiLmsux]+\)", source):
        return None
    close = _closing_paren(source, 1)
    alternatives = None if close is None else _top_level_alternatives(source[4:close])
    if not alternatives or len(alternatives) < 2:
        return None
    firsts: list[frozenset[str] | None] = []
    try:
        for alternative in alternatives:
            found, nullable = _first_set(list(_parser.parse(alternative, pattern.flags).data))
            firsts.append(None if found is None or nullable else frozenset(found))
    except re.error:
        return None
    return tuple(alternatives), tuple(firsts), source[close + 1:]  # type: ignore[index]


@pattern_cache(maxsize=1024)  # one per pattern and opening character: bounded by the ASCII characters
def _anchored_subset(pattern: re.Pattern[str], first: str) -> re.Pattern[str] | None:
    split = _anchored_split(pattern)
    assert split is not None
    alternatives, firsts, rest = split
    keep = [a for a, f in zip(alternatives, firsts) if f is None or first in f]
    if not keep:
        return None
    if len(keep) == len(alternatives):
        return pattern
    return re.compile("^(?:" + "|".join(keep) + ")" + rest, pattern.flags)


def line_matches(pattern: re.Pattern[str], line: str) -> bool:
    """`pattern.match(line) is not None`, for `^(?:a|b|...)rest` run with only the alternatives that may open with the
    line's first character (an ASCII one: outside ASCII, IGNORECASE folds as str.lower does not, and all run)."""
    split = _anchored_split(pattern)
    if split is None or not line or not line[0].isascii():
        return pattern.match(line) is not None
    narrowed = _anchored_subset(pattern, line[0].lower())
    return narrowed is not None and narrowed.match(line) is not None

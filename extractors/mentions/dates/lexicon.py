"""Regex building blocks shared by the patterns, and the optional words matched before a trigger."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from extractors.mentions.date_words import MONTHS, NUMBER_WORDS

# ---------------------------------------------------------------------------------------------
# Patterns. Each one starts with a required, case-sensitive trigger (a word in its lower, Title and
# UPPER forms, or a digit) so the regex engine can skip ahead to candidate positions; optional words
# before the trigger ("early", "last", "the") and left word boundaries are checked in Python, on a
# short window before the match. Every quantifier is bounded or runs over a class that cannot
# overlap what follows, so a scan is linear in the text (no catastrophic backtracking).
# ---------------------------------------------------------------------------------------------

SP = r"[ \t\u00a0]{1,3}"   # the gap between the words of one expression: same line, short


def _forms(phrase: str) -> set[str]:
    words = phrase.split()
    forms = {phrase.lower(), phrase.upper(), phrase[:1].upper() + phrase[1:].lower(),
             " ".join(w[:1].upper() + w[1:].lower() for w in words)}
    return forms | {f.replace("'", "’") for f in forms}


def _cases(phrases: Iterable[str]) -> str:
    """An alternation of the phrases in lower, Title and UPPER case, longest first."""
    forms = set().union(*(_forms(p) for p in phrases))
    ordered = sorted(forms, key=len, reverse=True)
    return "|".join(SP.join(re.escape(w) for w in f.split()) for f in ordered)


def _titled(words: Iterable[str]) -> str:
    """Title and UPPER forms only: month names must be capitalised ("may" is a verb)."""
    forms = {w.title() for w in words} | {w.upper() for w in words}
    return "|".join(sorted(forms, key=len, reverse=True))


# One flat alternation (fast to scan for); a dot after a full name is the sentence's, see _h_month_first.
MONTH = rf"(?:{_titled(MONTHS)})\.?(?![A-Za-z])"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|[.,]\d|\s?%)"
YEAR4 = r"[12]\d{3}(?!\d)"
PARTS = r"(?i:morning|afternoon|evening|night)"


# Optional words before a trigger, matched on a short window ending where the trigger starts. Each
# names the words it can end with, so most triggers are turned down without running the regex.


@dataclass(frozen=True)
class _Prefix:
    pattern: re.Pattern[str]            # anchored with \Z
    last_words: frozenset[str] | None   # lower-cased word right before the trigger; None: any


def _words(*words: str) -> frozenset[str]:
    return frozenset(words)


_MOD_WORDS = (r"early|mid|late|the[ \t]end[ \t]of|end[ \t]of|the[ \t]beginning[ \t]of|the[ \t]start[ \t]of"
              r"|the[ \t]middle[ \t]of")
_MOD_LAST = _words("early", "mid", "late", "of")
_MONTH_PREFIX = _Prefix(re.compile(rf"(?i)(?<![\w-])(?:(?P<mod>{_MOD_WORDS})[ \t-]{{1,3}})?"
                                   r"(?:(?P<rel>last|next|this|coming)[ \t]{1,3})?\Z"),
                        _MOD_LAST | _words("last", "next", "this", "coming"))
_MOD_PREFIX = _Prefix(re.compile(rf"(?i)(?<![\w-])(?P<mod>{_MOD_WORDS})[ \t-]{{1,3}}\Z"), _MOD_LAST)
_REL_MOD_PREFIX = _Prefix(re.compile(rf"(?i)(?<![\w-])(?P<mod>earlier|later|{_MOD_WORDS})[ \t-]{{1,3}}\Z"),
                          _MOD_LAST | _words("earlier", "later"))
_YEAR_MOD_PREFIX = _Prefix(re.compile(r"(?i)(?<![\w-])(?:(?P<mod>early|mid|late)[ \t-]{1,3}|end-)\Z"),
                           _words("early", "mid", "late", "end"))
_WEEKDAY_PREFIX = _Prefix(
    re.compile(r"(?i)(?<![\w-])(?P<rel>this[ \t]past|last|next|this|coming|past)[ \t]{1,3}\Z"),
    _words("past", "last", "next", "this", "coming"))
_THE_PREFIX = _Prefix(re.compile(r"(?i)(?<![\w-])the[ \t]{1,3}\Z"), _words("the"))
_QUARTER_PREFIX = _Prefix(re.compile(r"(?i)(?<![\w-])(?:(?P<pyear>(?:19|20)\d\d)(?:['’]s)?[ \t]{1,3})?"
                                     r"(?:the[ \t]{1,3})?(?:fiscal[ \t]{1,3})?\Z"), None)
_SEASON_PREFIX = _Prefix(re.compile(r"(?i)(?<![\w-])(?:(?P<mod>early|late|mid)[ \t-]{1,3})?"
                                    r"(?:(?P<rel>this|last|next|the[ \t]coming|the)[ \t]{1,3})?\Z"),
                         _words("early", "late", "mid", "this", "last", "next", "coming", "the"))
_CENTURY_PREFIX = _Prefix(
    re.compile(r"(?i)(?<![\w-])(?:the[ \t]{1,3})?(?P<n>\d{1,2})(?:st|nd|rd|th)[ \t-]\Z"), None)
_PART_PREFIX = _Prefix(re.compile(r"(?i)(?<![\w-])(?P<rel>this|last)[ \t]{1,3}\Z"), _words("this", "last"))
_WEEKEND_PREFIX = _Prefix(re.compile(r"(?i)(?<![\w-])(?:over|during|on|at)[ \t]{1,3}(?P<the>the)[ \t]{1,3}\Z"),
                          _words("the"))
_NTH_DAY_PREFIX = _Prefix(re.compile(r"(?i)(?<![\w-])(?:on|by|until|till|since|from|before|after)[ \t]{1,3}\Z"),
                          _words("on", "by", "until", "till", "since", "from", "before", "after"))
_NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_AGO_PREFIX = _Prefix(re.compile(rf"(?i)(?<![\w-])(?P<num>{_NUMBER_WORD}|\d{{1,3}})"
                                 r"[ \t-]{1,3}(?P<unit>days?|weeks?|months?|years?|decades?)[ \t]{1,3}\Z"), None)
_FISCAL_PREFIX = _Prefix(re.compile(r"(?i)(?<![\w-])fiscal(?:[ \t]{1,3}year)?[ \t]{1,3}\Z"),
                         _words("fiscal", "year"))
_PREFIX_REACH = 40   # characters before a trigger that the prefix patterns may cover


_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")


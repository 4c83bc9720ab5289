"""Anchored and anaphoric mentions: "two days later", "the next day", "the same day", "a year earlier",
"the following week", "the quarter", "the year".

They are resolved after the other patterns, against the mention they lean on (TempEval-3 practice):
- "N days/weeks/months/years later|earlier|after|before", "the next|following|previous|same day", "the
  day before|after", "that day", "the following|previous week|month|year|quarter", "year-earlier":
  the anchor is the last fully specified mention ending before it in the same or the previous sentence.
  The anchor must be a day (or a part of one) unless the document has a publication date: in an undated
  piece "in November 2020 ... A month later" stays untagged, since there the month is a guess about an
  event the writer did not date, and a wrong year-carrying value costs more than a miss.
- "N units after|before" followed by words ("two days after the regulator opened an investigation")
  is left alone: the anchor is that event, and TimeBank tags the duration ("two days"), not a date.
- "a year earlier" / "year-earlier" with no anchor, in a dated piece: the year before the publication.
- "the year", "the quarter", "the month" (anaphoric) are resolved only in a dated piece: to a matching
  mention in the same or previous sentence, for "the quarter" to the last quarter the piece named, else
  to the publication's year, its last completed quarter (current one in future tense), its month.
  Names ("person of the year") and spans ("the year ended June 30", "the year before the vote") are
  not dates.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta

from extractors.mentions.date_words import ANAPHORA_OF_HEADS, NUMBER_WORDS, PERIOD_AFTER_STOPS, SPAN_BEFORE_WORDS
from extractors.mentions.dates.candidate import _Cand
from extractors.mentions.dates.context import _orient, _prev_token
from extractors.mentions.dates.lexicon import MONTH
from extractors.mentions.dates.resolve import FUTURE, _add_months, _iso_week, _quarter_of

_NUM = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_UNIT = r"(?:day|week|month|year|quarter)s?"
_ANCHORED = re.compile(
    r"(?i)(?<![\w-])(?:"
    rf"(?P<num>{_NUM}|\d{{1,2}})[ \t-](?P<unit>{_UNIT})[ \t](?P<dir>later|earlier|after|before|afterwards?)"
    r"|the[ \t](?P<rel>next|following|previous|prior|preceding|same)[ \t](?P<runit>day|week|month|year|quarter)"
    r"|(?P<det>the|a)[ \t](?P<bunit>day|week|month|year)[ \t](?P<bdir>before|after|earlier)"
    r"|that[ \t](?P<tunit>day|week|month)"
    r"|(?P<yago>year-(?:earlier|ago))"
    r"|the[ \t](?:(?:latest|most[ \t]recent)[ \t](?=quarter))?(?P<ana>year|quarter|month)"
    r")(?![\w-])")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“A-Z0-9])|\n")
_ANCHOR_REACH = 400   # characters back that an anchor may lie
_TRAILING_WORD = re.compile(r"[ \t]{1,3}(?P<word>[A-Za-z]+|\d)")
_DIGITS = re.compile(r"\d{4}")
_SPAN_TO = re.compile(rf"[ \t]{{1,3}}to[ \t]{{1,3}}(?:{MONTH}|\d|(?i:end|date))")   # "the year to March 31"

_DELTA_SIGN = {"later": 1, "after": 1, "afterward": 1, "afterwards": 1, "earlier": -1, "before": -1}
_REL_SIGN = {"next": 1, "following": 1, "previous": -1, "prior": -1, "preceding": -1, "same": 0}


def anchored_mentions(text: str, chosen: list[_Cand], pub: date | None) -> list[_Cand]:
    """Anchored and anaphoric mentions not overlapping `chosen`; `chosen` is sorted by start."""
    out: list[_Cand] = []
    known = list(chosen)
    for m in _ANCHORED.finditer(text):
        if _overlaps(known, m.start(), m.end()):
            continue
        try:
            c = _resolve(m, text, known, pub)
        except (ValueError, OverflowError):
            c = None
        if c is not None:
            out.append(c)
            _insert(known, c)
    return out


def _overlaps(known: list[_Cand], start: int, end: int) -> bool:
    i = bisect_left(known, end, key=_start)   # mentions are disjoint: only the one before can reach in
    return i > 0 and known[i - 1].end > start


def _insert(known: list[_Cand], c: _Cand) -> None:
    known.insert(bisect_left(known, c.start, key=_start), c)


def _start(c: _Cand) -> int:
    return c.start


def _anchor(text: str, known: list[_Cand], pos: int, grans: tuple[str, ...] | None = None,
            any_distance: bool = False) -> _Cand | None:
    """The last fully specified mention ending before `pos` in the same or the previous sentence."""
    for i in range(bisect_left(known, pos, key=_start) - 1, -1, -1):
        c = known[i]
        if c.end > pos or "X" in c.value or not c.value[:1].isdigit():
            continue
        if grans is not None and c.granularity not in grans:
            continue
        if any_distance:
            return c
        if pos - c.end > _ANCHOR_REACH:
            return None
        breaks = sum(1 for _ in _SENTENCE_BREAK.finditer(text, c.end, pos))
        return c if breaks <= 1 else None
    return None


def _next_word(text: str, pos: int) -> str:
    m = _TRAILING_WORD.match(text, pos)
    return m.group("word").lower() if m else ""


def _resolve(m: re.Match[str], text: str, known: list[_Cand], pub: date | None) -> _Cand | None:
    start, end = m.start(), m.end()
    if m.group("num"):
        unit = m.group("unit").lower().rstrip("s")
        direction = m.group("dir").lower()
        if direction in ("after", "before") and _next_word(text, end):
            return None   # "two days after the vote": a duration before an event
        num = m.group("num").lower()
        n = NUMBER_WORDS[num] if num in NUMBER_WORDS else int(num)
        return _shifted(text, known, pub, start, end, unit, n * _DELTA_SIGN[direction])
    if m.group("rel"):
        rel, unit = m.group("rel").lower(), m.group("runit").lower()
        if rel == "next" and _prev_token(text, start) in SPAN_BEFORE_WORDS:
            return None   # "over the next year": a span
        if rel == "same" and unit != "day":
            return None
        return _shifted(text, known, pub, start, end, unit, _REL_SIGN[rel])
    if m.group("bunit"):
        if _next_word(text, end):
            return None   # "the day before the vote"
        unit = m.group("bunit").lower()
        sign = 1 if m.group("bdir").lower() == "after" else -1
        if m.group("det").lower() == "a" and unit == "day":
            return None
        return _shifted(text, known, pub, start, end, unit, sign)
    if m.group("tunit"):
        anchor = _anchor(text, known, start)
        unit = m.group("tunit").lower()
        if anchor is None or not _fits(anchor, unit):
            return None
        return _shifted(text, known, pub, start, end, unit, 0)
    if m.group("yago"):
        return _shifted(text, known, pub, start, end, "year", -1)
    return _anaphoric(m, text, known, pub)


def _fits(anchor: _Cand, unit: str) -> bool:
    if unit == "day":
        return anchor.granularity in ("day", "part_of_day")
    if unit == "week":
        return anchor.granularity in ("day", "part_of_day", "week")
    if unit == "month":
        return anchor.granularity in ("day", "part_of_day", "month")
    if unit == "quarter":
        return anchor.granularity == "quarter"
    return anchor.granularity != "decade" and anchor.granularity != "century"


def _shifted(text: str, known: list[_Cand], pub: date | None, start: int, end: int, unit: str,
             delta: int) -> _Cand | None:
    anchor = _anchor(text, known, start)
    if anchor is not None and not _fits(anchor, unit):
        anchor = None
    if anchor is not None and anchor.granularity not in ("day", "part_of_day") and pub is None:
        return None   # a month or year anchor in an undated piece: see the module docstring
    if anchor is None:
        if unit == "year" and delta == -1 and pub is not None:   # "a year earlier", "the prior year"
            return _Cand(start, end, f"{pub.year - 1:04d}", "year")
        return None
    value, gran = _shift(anchor, unit, delta)
    return _Cand(start, end, value, gran)


def _shift(anchor: _Cand, unit: str, delta: int) -> tuple[str, str]:
    v = anchor.value
    if unit == "day":
        return (date.fromisoformat(v[:10]) + timedelta(days=delta)).isoformat(), "day"
    if unit == "week":
        if anchor.granularity == "week":
            y, w = int(v[:4]), int(v[6:8])
            return _iso_week(date.fromisocalendar(y, w, 1) + timedelta(weeks=delta)), "week"
        return _iso_week(date.fromisoformat(v[:10]) + timedelta(weeks=delta)), "week"
    if unit == "month":
        y, mo = _add_months(int(v[:4]), int(v[5:7]), delta)
        return f"{y:04d}-{mo:02d}", "month"
    if unit == "quarter":
        y, mo = _add_months(int(v[:4]), (int(v[6]) - 1) * 3 + 1, 3 * delta)
        return f"{y:04d}-Q{(mo - 1) // 3 + 1}", "quarter"
    year = int(v[:4]) + delta   # a year away: the same quarter or half ("a year earlier"), else the year
    if anchor.granularity in ("quarter", "half"):
        return f"{year:04d}{v[4:]}", anchor.granularity
    return f"{year:04d}", "year"


def _anaphoric(m: re.Match[str], text: str, known: list[_Cand], pub: date | None) -> _Cand | None:
    """"the year", "the quarter", "the month": the period the piece is talking about."""
    if pub is None:
        return None
    start, end = m.start(), m.end()
    unit = m.group("ana").lower()
    after = text[end:end + 3]
    if after[:1] in ("-", "’", "'") and not after.startswith(("'s", "’s")):
        return None
    nxt = _next_word(text, end)
    if nxt in PERIOD_AFTER_STOPS or _DIGITS.match(nxt) or _SPAN_TO.match(text, end):
        return None
    prev = _prev_token(text, start)
    if prev == "of":
        head = text[max(0, start - 40):start].split()[-2:-1]
        if not head or head[0].lower() not in ANAPHORA_OF_HEADS:
            return None   # "person of the year"
    if unit == "quarter":
        anchor = _anchor(text, known, start, ("quarter",), any_distance=True)
        if anchor is not None:
            return _Cand(start, end, anchor.value, "quarter")
        y, mo = _add_months(pub.year, pub.month, 0 if _orient(text, start, end) == FUTURE else -3)
        return _Cand(start, end, f"{y:04d}-Q{_quarter_of(date(y, mo, 1))}", "quarter")
    if unit == "month":
        anchor = _anchor(text, known, start, ("day", "part_of_day", "month"))
        value = anchor.value[:7] if anchor is not None else f"{pub.year:04d}-{pub.month:02d}"
        return _Cand(start, end, value, "month")
    anchor = _anchor(text, known, start)
    year = anchor.value[:4] if anchor is not None and anchor.granularity not in ("decade", "century") else None
    return _Cand(start, end, year or f"{pub.year:04d}", "year")

"""find_dates: every pattern run over the text, overlaps settled, weekday-date pairs merged."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from extractors import prefilter
from extractors.mentions.date_words import WEEKDAYS
from extractors.mentions.dates.absolute import _CENTURY, _DAY_FIRST, _DECADE, _DECADE_SHORT, _FISCAL, _h_century, _h_day_first, _h_decade, _h_fiscal, _h_iso, _h_month_first, _h_numeric, _h_year, _h_year_pair, _HCODE, _ISO, _MONTH_FIRST, _NUMERIC, _QCODE, _QCODE_AFTER, _YEAR, _YEAR_PAIR
from extractors.mentions.dates.anchored import anchored_mentions
from extractors.mentions.dates.candidate import _Cand, Handler
from extractors.mentions.dates.masking import _in_mask, _masked_spans
from extractors.mentions.dates.relative import _AGO, _DAY_PART, _DEICTIC, _END_OF, _h_ago, _h_day_part, _h_deictic, _h_end_of, _h_holiday, _h_nth_day, _h_nth_of_month, _h_qcode, _h_quarter, _h_relative, _h_season, _h_weekday, _h_weekend, _h_year_end, _HOLIDAY, _NTH_DAY, _NTH_OF_MONTH, _QUARTER, _RELATIVE, _SEASON, _WEEKDAY, _WEEKEND, _YEAR_END

@dataclass(frozen=True)
class DateMention:
    start: int          # offsets into the text passed in; text[start:end] == self.text
    end: int
    text: str
    value: str          # TIMEX3-style value, see the module docstring
    granularity: str    # day | part_of_day | week | weekend | month | quarter | half | season | year | decade | century



# Order matters only for ties: on equal start and length the earlier pattern wins.
_PATTERNS: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (_ISO, _h_iso),
    (_NUMERIC, _h_numeric),
    (_MONTH_FIRST, _h_month_first),
    (_DAY_FIRST, _h_day_first),
    (_QUARTER, _h_quarter),
    (_QCODE, _h_qcode),
    (_QCODE_AFTER, _h_qcode),
    (_HCODE, _h_qcode),
    (_SEASON, _h_season),
    (_HOLIDAY, _h_holiday),
    (_END_OF, _h_end_of),
    (_YEAR_END, _h_year_end),
    (_RELATIVE, _h_relative),
    (_AGO, _h_ago),
    (_DEICTIC, _h_deictic),
    (_DAY_PART, _h_day_part),
    (_WEEKEND, _h_weekend),
    (_WEEKDAY, _h_weekday),
    (_NTH_OF_MONTH, _h_nth_of_month),
    (_NTH_DAY, _h_nth_day),
    (_CENTURY, _h_century),
    (_DECADE, _h_decade),
    (_DECADE_SHORT, _h_decade),
    (_FISCAL, _h_fiscal),
    (_YEAR_PAIR, _h_year_pair),
    (_YEAR, _h_year),
)



def _candidates(text: str, pub: date | None) -> Iterator[_Cand]:
    low = prefilter.lowered(text)
    for pattern, handler in _PATTERNS:
        if not prefilter.may_occur(pattern, low):
            continue  # "weekend", "ago", "century" ...: none of the words the pattern opens with is in the text
        for m in pattern.finditer(text):
            try:
                yield from handler(m, text, pub)
            except (ValueError, OverflowError, KeyError):
                # Calendar arithmetic past year 1 or 9999, or a token a table lacks: not a date we can state.
                continue


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Leftmost-longest, non-overlapping; on a tie the earlier pattern wins."""
    ranked = sorted(range(len(cands)), key=lambda i: (cands[i].start, cands[i].start - cands[i].end, i))
    chosen: list[_Cand] = []
    for i in ranked:
        c = cands[i]
        if c.end > c.start and (not chosen or c.start >= chosen[-1].end):
            chosen.append(c)
    return chosen


_BRIDGE = re.compile(r"[ \t]{0,3}[,(]?[ \t]{0,3}")


def _merge_weekday_dates(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """"Tuesday (Dec 29)", "Tuesday, Dec. 29, 2020": one mention, the explicit date's value."""
    out: list[_Cand] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        if (nxt is not None and c.granularity in ("day", "part_of_day") and nxt.granularity == "day"
                and text[c.start:c.end].split()[-1].lower() in WEEKDAYS and "W" not in nxt.value):
            bridge = _BRIDGE.fullmatch(text, c.end, nxt.start)
            if bridge is not None:
                end = nxt.end
                if "(" in bridge.group(0) and text[end:end + 1] == ")":
                    end += 1
                out.append(_Cand(c.start, end, nxt.value, nxt.granularity))
                i += 2
                continue
        out.append(c)
        i += 1
    return out


def _start(c: _Cand) -> int:
    return c.start


def _as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return None


def find_dates(text: str, published: date | None = None) -> list[DateMention]:
    """Every date mention in `text`, sorted by start and non-overlapping.

    `published` (the document creation time) resolves relative and year-less mentions; a datetime
    is taken by its calendar date.
    """
    if not text:
        return []
    pub = _as_date(published)
    starts, ends = _masked_spans(text)
    cands = [c for c in _candidates(text, pub) if not _in_mask(c, starts, ends)]
    chosen = _merge_weekday_dates(text, _select(cands))
    anchored = [c for c in anchored_mentions(text, chosen, pub) if not _in_mask(c, starts, ends)]
    if anchored:
        chosen = sorted(chosen + anchored, key=_start)
    return [DateMention(c.start, c.end, text[c.start:c.end], c.value, c.granularity) for c in chosen]



"""Which kind of fact a money figure states: the nearest cue in its sentence decides, unless a
not-a-record context (revenue, loan, per-share price, buyback ...) sits closer to the figure."""
from __future__ import annotations

import re

from extractors.records import cues

KINDS = {"fines": cues.FINE, "valuations": cues.VALUATION, "offerings": cues.OFFERING,
         "investments": cues.INVESTMENT}


def _distance(m: re.Match[str], start: int, end: int) -> int:
    if m.end() <= start:
        return start - m.end()
    if m.start() >= end:
        return m.start() - end
    return 0


def nearest(pattern: re.Pattern[str], sentence: str, start: int, end: int) -> tuple[int, re.Match[str] | None]:
    best: tuple[int, re.Match[str] | None] = (10**9, None)
    for m in pattern.finditer(sentence):
        d = _distance(m, start, end)
        if d < best[0]:
            best = (d, m)
    return best


def classify(sentence: str, start: int, end: int) -> tuple[str | None, re.Match[str] | None]:
    """The record kind for the money at sentence[start:end], with the cue that decided it, or (None, None)."""
    found = {kind: nearest(rx, sentence, start, end) for kind, rx in KINDS.items()}
    found = {k: v for k, v in found.items() if v[1] is not None}
    if not found:
        return None, None
    if "offerings" in found and "investments" in found and cues.RAISE_ONLY.match(found["investments"][1].group()):
        del found["investments"]
    kind = min(found, key=lambda k: (found[k][0], list(KINDS).index(k)))
    dist, cue = found[kind]
    block_dist, block = nearest(cues.NOT_MONEY_RECORD, sentence, start, end)
    if block is not None and block_dist < dist:
        # "a buyback worth $2 billion" beats a far "investment"; but "fined ... for its sales practices" does not
        # beat a cue glued to the figure
        if not (dist <= 2 and block_dist > 0):
            return None, None
    if dist > 160:
        return None, None
    return kind, cue

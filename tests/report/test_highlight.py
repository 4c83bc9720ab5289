"""The marked span inside its evidence sentence: one row per way offsets and evidence can meet."""
from __future__ import annotations

import pytest

from report.highlight import mark_span

TEXT = ("EU fines TikTok. The regulator fined TikTok $600 million on Friday. Analysts expect more. "
        "The regulator fined TikTok $600 million on Friday.")
EV = "The regulator fined TikTok $600 million on Friday."
FIRST = TEXT.index("$600 million")
SECOND = TEXT.rindex("$600 million")

CASES = [
    # (why, text, evidence, start, end, expected before, span, after, located)
    ("span inside the one occurrence of its sentence", "Intro. SEBI levied a penalty of Rs.5 crores on NDTV.",
     "SEBI levied a penalty of Rs.5 crores on NDTV.", 32, 43, "SEBI levied a penalty of ", "Rs.5 crores", " on NDTV.", True),
    ("a repeated sentence: the first occurrence holds the span", TEXT, EV, FIRST, FIRST + 12,
     "The regulator fined TikTok ", "$600 million", " on Friday.", True),
    ("a repeated sentence: the second occurrence holds the span", TEXT, EV, SECOND, SECOND + 12,
     "The regulator fined TikTok ", "$600 million", " on Friday.", True),
    ("evidence not a verbatim slice (spaces changed): the span's text is found in it",
     "The  regulator fined Meta $1.3 billion.", "The regulator fined Meta $1.3 billion.", 26, 38,
     "The regulator fined Meta ", "$1.3 billion", ".", True),
    ("offsets outside the text: the evidence whole, nothing marked", "Short.", "Short.", 50, 60, "Short.", "", "", False),
    ("empty evidence: the span alone", "Ant Group raised $34.5 billion.", "", 17, 30, "", "$34.5 billion", "", False),
]


@pytest.mark.parametrize("why,text,ev,start,end,before,span,after,located", CASES, ids=[c[0] for c in CASES])
def test_mark_span(why, text, ev, start, end, before, span, after, located):
    m = mark_span(text, ev, start, end)
    assert (m.before, m.span, m.after, m.located) == (before, span, after, located)
    if located:
        assert m.before + m.span + m.after == ev

"""Where a record's span sits inside its evidence sentence, so the page can mark exactly those characters."""
from __future__ import annotations

from typing import NamedTuple


class Marked(NamedTuple):
    before: str
    span: str
    after: str
    located: bool  # False: the offsets did not fall inside the evidence; `span` is the document's text there


def mark_span(text: str | None, evidence: str, start: int, end: int) -> Marked:
    """Split the evidence around text[start:end].

    The evidence is a sentence of the document; the occurrence that contains the span is the one meant
    (a sentence can repeat). When the offsets point outside every occurrence, the span's own text is
    looked up in the evidence; failing that the evidence is shown whole and the span beside it.
    """
    text = text or ""
    span = text[start:end] if 0 <= start <= end <= len(text) else ""
    if evidence:
        pos = text.find(evidence)
        while pos != -1:
            if pos <= start and end <= pos + len(evidence):
                a, b = start - pos, end - pos
                return Marked(evidence[:a], evidence[a:b], evidence[b:], True)
            if pos > start:
                break
            pos = text.find(evidence, pos + 1)
        if span and (i := evidence.find(span)) != -1:
            return Marked(evidence[:i], span, evidence[i + len(span):], True)
    return Marked(evidence, span, "", False)

"""The invariant every mention finder keeps: spans quote the text exactly, sorted, never overlapping."""
from __future__ import annotations


def assert_spans(text: str, found: list) -> None:
    previous_end = 0
    for m in found:
        assert text[m.start:m.end] == m.text
        assert m.start >= previous_end
        previous_end = m.end

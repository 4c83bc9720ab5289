"""A record before identity and merging: its kind, fields and the span it rests on."""
from __future__ import annotations

from dataclasses import dataclass, field

from extractors.records.context import MoneyGroup, SentenceMentions


@dataclass
class Draft:
    """A record before identity and merging: the kind, its fields, and where it rests."""

    kind: str
    fields: dict
    start: int
    end: int
    sentence_index: int
    money: MoneyGroup | None = None
    extra: dict = field(default_factory=dict)


def draft(kind: str, sm: SentenceMentions, g: MoneyGroup, **fields) -> Draft:
    return Draft(kind, fields, g.main.start, g.end, sm.index, g)

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
    # which cue and which role pattern made it, "fines:fined/object-payer": a wrong row points at its rule
    rule: str | None = None


def draft(kind: str, sm: SentenceMentions, g: MoneyGroup, rule: str | None = None, **fields) -> Draft:
    return Draft(kind, fields, g.main.start, g.end, sm.index, g, rule=rule)


def cue_name(cue) -> str:  # type: ignore[no-untyped-def]
    """A cue match as a rule's name: its first three words, lower case ("to resolve all", "fined")."""
    return " ".join(cue.group().lower().split()[:3])

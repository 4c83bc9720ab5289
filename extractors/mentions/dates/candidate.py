"""What a pattern handler produces: a candidate mention, before overlaps are settled."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class _Cand:
    start: int
    end: int
    value: str
    granularity: str



Handler = Callable[[re.Match[str], str, "date | None"], list[_Cand]]


def _one(start: int, end: int, value: str, gran: str) -> list[_Cand]:
    return [_Cand(start, end, value, gran)]


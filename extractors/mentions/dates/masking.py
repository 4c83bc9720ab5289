"""Text that is never tagged: URLs, file paths, e-mail addresses and file names."""
from __future__ import annotations

import re
from bisect import bisect_right

from extractors.mentions.dates.candidate import _Cand

# URL-ish tokens: found from their marker ("://", "www.", "@", "=", "/", a file extension), then
# widened to the surrounding run of non-delimiters. A token with "/" is a path only if it has a
# letter: "07/04/2021" is a date, "assets/images/24-12-2020/photo.jpg" is not.
_URL_MARKER = re.compile(r"://|www\.|@|=|/"
                         r"|(?<=[A-Za-z0-9])\.(?i:jpe?g|png|gif|webp|svg|pdf|html?|php|aspx?|mp4)(?![A-Za-z])")
_TOKEN_DELIMITERS = frozenset(" \t\n\r\f\v\u00a0<>\"'()[]{}“”‘’")
_TOKEN_REST = re.compile(r"[^\s<>\"'()\[\]{}“”‘’]*")
_TOKEN_REACH = 400   # how far back a URL token is widened; longer tokens are masked from there on
_LETTER = re.compile(r"[A-Za-z]")


def _masked_spans(text: str) -> tuple[list[int], list[int]]:
    """Sorted, disjoint spans of URL-ish tokens (see _URL_MARKER)."""
    starts: list[int] = []
    ends: list[int] = []
    covered = 0
    while (marker := _URL_MARKER.search(text, covered)) is not None:
        start = marker.start()
        floor = max(covered, start - _TOKEN_REACH)
        while start > floor and text[start - 1] not in _TOKEN_DELIMITERS:
            start -= 1
        rest = _TOKEN_REST.match(text, marker.end())
        end = rest.end() if rest else marker.end()
        covered = end
        if marker.group(0) == "/" and not _LETTER.search(text, start, end):
            continue
        starts.append(start)
        ends.append(end)
    return starts, ends


def _in_mask(c: _Cand, starts: list[int], ends: list[int]) -> bool:
    i = bisect_right(starts, c.start) - 1
    if i >= 0 and ends[i] > c.start:
        return True
    return i + 1 < len(starts) and starts[i + 1] < c.end



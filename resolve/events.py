"""Rows in, event ids out: rows of different articles that state one fact share an event id.

Two rows state the same fact when they are of one kind, their parties resolve to the same companies, their
amounts agree in one currency within the rounding the less precise figure shows (or both state the same USD
figure), and their dates do not conflict. Two rows of one article share an event only on that positive evidence
(the article named one payer two ways); otherwise an article's rows are distinct facts. Clustering is
complete-linkage on conflicts: a row joins an event through one agreeing row and only if it contradicts none of
the others, so "$1bn from Apple" and "$1bn from Tencent" never meet through a third row that names no investor,
while "€530 million" and "$600 million" meet through a row that states both.
"""
from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from datetime import date

from extractors.mentions.dates.period import period

# same figure: within this share of the amount, or within the rounding the less precise figure shows
REL_TOLERANCE = 0.005
MAX_ROUNDING_TOLERANCE = 0.025
PERCENT_TOLERANCE = 0.051
# event dates further apart than this are two facts ("years apart")
MAX_DATE_GAP_DAYS = 366


@dataclass(frozen=True, slots=True)  # one per record or name of the warehouse: no __dict__ each
class EventRow:
    kind: str                     # the record table
    record_id: str
    doc_id: str
    party: str | None             # the resolved id that blocks: payer, company
    other: str | None = None      # a second party that must agree when both rows name it: investor, holder
    amount: float | None = None
    currency: str | None = None
    amount_usd: float | None = None
    usd_stated: bool = False
    percent: float | None = None
    date: str | None = None       # TIMEX value of event_date / as_of
    published: date | None = None


def event_id_for(kind: str, record_id: str) -> str:
    return "ev_" + hashlib.sha256(f"{kind}\x1f{record_id}".encode()).hexdigest()[:16]


@lru_cache(maxsize=65_536)
def significant_digits(x: float) -> int:
    """2.4e9 → 2, 2.42e9 → 3, 530e6 → 2, 5.64e6 → 3."""
    if not x:
        return 1
    s = f"{abs(x):.12g}"
    mant = s.split("e")[0].replace(".", "").lstrip("0").rstrip("0")
    return max(1, len(mant))


def _half_unit(x: float) -> float:
    """Half a unit of the last digit the figure states: 2.4e9 → 5e7."""
    if not x:
        return 0.0
    exp = math.floor(math.log10(abs(x))) - significant_digits(x) + 1
    return 0.5 * 10 ** exp


def amounts_agree(a: float, b: float) -> bool:
    if a <= 0 or b <= 0:
        return a == b
    diff, big = abs(a - b), max(a, b)
    if diff <= REL_TOLERANCE * big:
        return True
    less_precise = a if significant_digits(a) < significant_digits(b) else b
    return diff <= _half_unit(less_precise) and diff <= MAX_ROUNDING_TOLERANCE * big


@lru_cache(maxsize=65_536)
def date_interval(value: str | None) -> tuple[date, date] | None:
    """A TIMEX value as the days it may mean: "2017" → the year; "2025-04" → April; "2025-W17" → that week."""
    return period(value) if value else None


def dates_conflict(a: str | None, b: str | None) -> bool:
    ia, ib = date_interval(a), date_interval(b)
    if ia is None or ib is None:
        return False
    gap = max(ia[0].toordinal() - ib[1].toordinal(), ib[0].toordinal() - ia[1].toordinal(), 0)
    return gap > MAX_DATE_GAP_DAYS


def conflict(a: EventRow, b: EventRow) -> bool:
    """The two rows cannot state one fact: other parties, other amounts in one currency, other stated USD
    figures, dates a year apart, or one article's two rows without evidence they are one fact."""
    if a.kind != b.kind or a.party != b.party or a.party is None:
        return True
    if a.other is not None and b.other is not None and a.other != b.other:
        return True
    if a.doc_id == b.doc_id:
        return not compatible(a, b)
    if dates_conflict(a.date, b.date):
        return True
    if a.kind == "stakes":
        return not compatible(a, b)
    if a.amount is not None and b.amount is not None and a.currency and a.currency == b.currency \
            and not amounts_agree(a.amount, b.amount):
        return True
    return bool(a.usd_stated and b.usd_stated and a.amount_usd and b.amount_usd
                and not amounts_agree(a.amount_usd, b.amount_usd))


def compatible(a: EventRow, b: EventRow) -> bool:
    """Positive evidence that two rows state one fact."""
    if a.kind != b.kind or a.party is None or a.party != b.party:
        return False
    if a.other is not None and b.other is not None and a.other != b.other:
        return False
    if dates_conflict(a.date, b.date):
        return False
    if a.kind == "stakes":
        return a.percent is not None and b.percent is not None and abs(a.percent - b.percent) <= PERCENT_TOLERANCE
    if a.amount is not None and b.amount is not None and a.currency and a.currency == b.currency:
        return amounts_agree(a.amount, b.amount)
    # stated equivalents: "€530 million ($600 million)" and "$600 million"
    if a.usd_stated and b.usd_stated and a.amount_usd and b.amount_usd:
        return amounts_agree(a.amount_usd, b.amount_usd)
    return False


def _closeness(a: EventRow, b: EventRow) -> tuple:
    exact = (a.amount == b.amount and a.currency == b.currency) if a.kind != "stakes" else a.percent == b.percent
    days = (abs(a.published.toordinal() - b.published.toordinal()) if a.published and b.published else 10 ** 6)
    return (not exact, days, a.record_id, b.record_id)


def resolve_events(rows: Iterable[EventRow], previous: Mapping[str, str] | None = None,
                   split: Iterable[str] = ()) -> dict[str, str]:
    """record_id → event_id. `previous`: the last resolve's record_id → event_id (an event keeps its id as
    articles join it); `split`: records an analyst took out of their event (each is an event of its own)."""
    previous = previous or {}
    split = set(split)
    blocks: dict[tuple, list[EventRow]] = defaultdict(list)
    singles: list[EventRow] = []
    for r in rows:
        if r.party is None or r.record_id in split:
            singles.append(r)
        else:
            blocks[(r.kind, r.party)].append(r)
    clusters: list[list[EventRow]] = [[r] for r in singles]
    for block in blocks.values():
        clusters += _cluster(block)
    return _name_events(clusters, previous, split)


def _cluster(block: list[EventRow]) -> list[list[EventRow]]:
    block = sorted(block, key=lambda r: r.record_id)
    n = len(block)
    # only rows whose figures agree can be compatible: those pairs come from a window over the sorted figures,
    # not from every pair of the block (a company fined in thousands of articles is one block). Each pair is kept
    # as one int that sorts as _closeness does: (not exact, days apart, first row, second row)
    keys: list[int] = []
    for i, j in _candidate_pairs(block):
        a, b = block[i], block[j]
        if not conflict(a, b) and compatible(a, b):
            not_exact, days = _closeness(a, b)[:2]
            keys.append(((not_exact * _DAYS_BASE + days) * n + i) * n + j)
    keys.sort()
    # complete linkage: two groups merge only if no row of one contradicts a row of the other. Conflicts are
    # checked when a pair would merge two groups, not for every pair beforehand (a block where thousands of
    # figures agree in a chain would be millions of pairs); a group only grows, so two groups found in conflict
    # stay so and are not compared again
    group = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    apart: set[tuple[int, int]] = set()
    for key in keys:
        rest, j = divmod(key, n)
        i = rest % n
        ga, gb = group[i], group[j]
        if ga == gb or (ga, gb) in apart:
            continue
        if _groups_conflict(block, members[ga], members[gb]):
            apart.add((ga, gb))
            apart.add((gb, ga))
            continue
        for x in members[gb]:
            group[x] = ga
        members[ga] += members.pop(gb)
    return [[block[x] for x in m] for m in members.values()]


# above any "days apart" _closeness gives (two dates' distance, or 10 ** 6 when one is missing): the key's base
_DAYS_BASE = max(10 ** 6, date.max.toordinal()) + 1


def _groups_conflict(block: list[EventRow], ga: list[int], gb: list[int]) -> bool:
    """Some row of one group contradicts some row of the other (each pair compared in record order)."""
    for x in ga:
        a = block[x]
        for y in gb:
            if conflict(a, block[y]) if x < y else conflict(block[y], a):
                return True
    return False


# two figures that agree differ by at most this share of the larger (amounts_agree, PERCENT_TOLERANCE), with a
# margin for float rounding: the window is a superset, compatible() decides
_WINDOW_SHARE = MAX_ROUNDING_TOLERANCE * 1.01
_PERCENT_WINDOW = PERCENT_TOLERANCE * 1.01


def _candidate_pairs(block: list[EventRow]) -> Iterator[tuple[int, int]]:
    """(i, j), i < j, of every pair of rows that compatible() may accept, each once: stakes whose percents are
    within the tolerance, amounts in one currency or stated USD figures within the rounding tolerance. Yielded
    as found, never collected: a company fined in thousands of articles has hundreds of thousands of them."""
    by_percent: list[tuple[float, int]] = []
    by_amount: dict[str, list[tuple[float, int]]] = defaultdict(list)
    by_usd: list[tuple[float, int]] = []
    for i, r in enumerate(block):
        if r.kind == "stakes":
            if r.percent is not None and math.isfinite(r.percent):
                by_percent.append((r.percent, i))
            continue
        if _has_amount(r):
            by_amount[r.currency].append((r.amount, i))  # type: ignore[index]
        if r.usd_stated and r.amount_usd and math.isfinite(r.amount_usd):
            by_usd.append((r.amount_usd, i))
    yield from _window(by_percent, lambda x, y: y - x <= _PERCENT_WINDOW)
    for values in by_amount.values():
        yield from _window(values, _amounts_near)
    for i, j in _window(by_usd, _amounts_near):
        a, b = block[i], block[j]
        # a pair the amounts' window gave already (the same currency, figures as near): not again
        if not (_has_amount(a) and _has_amount(b) and a.currency == b.currency
                and _amounts_near(min(a.amount, b.amount), max(a.amount, b.amount))):  # type: ignore[type-var]
            yield i, j


def _has_amount(r: EventRow) -> bool:
    return r.amount is not None and bool(r.currency) and math.isfinite(r.amount)


def _amounts_near(x: float, y: float) -> bool:
    """x <= y: y within the window of x (equal figures always)."""
    return y == x or (x > 0 and y - x <= _WINDOW_SHARE * y)


def _window(values: list[tuple[float, int]], near) -> Iterator[tuple[int, int]]:
    """Pairs of sorted values, each value with the following ones while `near` holds."""
    values.sort()
    n = len(values)
    for k in range(n):
        x, i = values[k]
        for m in range(k + 1, n):
            y, j = values[m]
            if not near(x, y):
                break
            yield (i, j) if i < j else (j, i)


def _name_events(clusters: list[list[EventRow]], previous: Mapping[str, str], split: set[str]) -> dict[str, str]:
    """An event keeps the id most of its rows had; a new one is named after its first row."""
    claims = []
    for i, c in enumerate(clusters):
        if len(c) == 1 and c[0].record_id in split:
            continue
        for eid, n in Counter(previous[r.record_id] for r in c if r.record_id in previous).items():
            claims.append((-n, eid, i))
    names: dict[int, str] = {}
    taken: set[str] = set()
    for _, eid, i in sorted(claims):
        if i not in names and eid not in taken:
            names[i] = eid
            taken.add(eid)
    out: dict[str, str] = {}
    for i, c in enumerate(clusters):
        first = min(c, key=lambda r: r.record_id)
        eid = names.get(i) or event_id_for(first.kind, first.record_id)
        if eid in taken and i not in names:
            eid = event_id_for(first.kind, first.record_id + "+split")
        taken.add(eid)
        for r in c:
            out[r.record_id] = eid
    return out

"""One fact told twice → one record. Drafts of the same kind about the same parties whose sums agree (in any
currency the text states them) merge; the merged record keeps the most informative telling of each field."""
from __future__ import annotations

import math
import re
from collections import defaultdict
from typing import TYPE_CHECKING

from extractors.mentions.organisations import core_words

if TYPE_CHECKING:  # records imports merge; a runtime import back would be circular
    from extractors.records.drafts import Draft

PARTIES = {"fines": ("payer",), "valuations": ("company",), "offerings": ("company",),
           "investments": ("investor", "company"), "stakes": ("holder", "company")}


def _same_party(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True  # a telling that leaves the party out ("Visa's 1 percent stake is ...") is the same fact
    ca, cb = set(core_words(a)), set(core_words(b))
    return bool(ca) and (ca <= cb or cb <= ca) or _initials(a, b) or _initials(b, a)


def _initials(short: str, full: str) -> bool:
    """"ADM" for "Archer Daniels Midland Co.": an abbreviation made of the full name's initials is that name."""
    return bool(re.fullmatch(r"[A-Z]{2,6}", short.strip())) and _initials_of(full) == short.strip().lower()


def _initials_of(name: str) -> str | None:
    """The initials of a name of two words or more ("adm"), None for one word."""
    words = core_words(name)
    return "".join(w[0] for w in words) if len(words) >= 2 else None


def _sums(d: Draft) -> list[tuple[str, float]]:
    f = d.fields
    out = [(f["currency"], f["amount"])]
    if f.get("amount_usd") is not None:
        out.append(("USD", f["amount_usd"]))
    return out


def _close(d1: Draft, d2: Draft) -> bool:
    if d1.kind == "stakes":
        return abs(d1.fields["percent"] - d2.fields["percent"]) < 0.01
    if d1.kind in ("investments", "offerings") and d1.fields.get("investor") is None \
            and d2.fields.get("investor") is None and (_within_bound(d1, d2) or _within_bound(d2, d1)):
        return True
    loose = "approx" in (d1.fields.get("qualifier"), d2.fields.get("qualifier"))
    tol = 0.06 if loose else 0.015
    return any(c1 == c2 and abs(v1 - v2) <= tol * max(abs(v1), abs(v2))
               for c1, v1 in _sums(d1) for c2, v2 in _sums(d2))


def _within_bound(bound: Draft, d: Draft) -> bool:
    """"raised more than $1 billion" ... "had raised $1.2 billion": a round told as a floor and then as a figure
    at or above it (within half again) is one round."""
    if bound.fields.get("qualifier") != "at_least":
        return False
    return any(c1 == c2 and v1 <= v2 <= 1.5 * v1 for c1, v1 in _sums(bound) for c2, v2 in _sums(d))


def _richness(d: Draft) -> tuple[int, int, int]:
    f = d.fields
    stated_pair = int(f.get("currency") not in (None, "USD") and f.get("usd_basis") == "stated")
    digits = len(str(f.get("amount") or f.get("percent") or "").rstrip("0").rstrip("."))
    return stated_pair, int(f.get("qualifier") == "exact"), digits


# sums within 6% of each other fall in the same or a neighbouring bucket (buckets are ~9.5% wide)
_BUCKET = math.log(1.1)


def _keys(d: Draft) -> set[tuple]:
    """Where a draft's twins can be: kind, currency, order of magnitude, and a word of each named party
    (twins share one: their names' core words nest) or None for a party left out."""
    if d.kind == "stakes":
        sums = {("%", round(d.fields["percent"] * 10))}
    else:
        sums = {(cur, math.floor(math.log(v) / _BUCKET)) for cur, v in _sums(d) if v and v > 0}
        if d.fields.get("qualifier") == "at_least" and d.kind in ("investments", "offerings"):
            sums |= {(cur, b + k) for cur, b in sums for k in range(1, 5)}  # up to half again: see _within_bound
    party = d.fields.get(PARTIES[d.kind][0])
    words = set(core_words(party)) if party else {None}
    if party and _initials_of(party):
        words.add(_initials_of(party))  # filed under its initials too: "ADM" finds it
    return {(d.kind, cur, b, w) for cur, b in sums for w in words}


def _near(key: tuple, party_words: set) -> list[tuple]:
    """Keys a twin of this key's draft may be filed under: neighbouring buckets; any word, if unnamed."""
    kind, cur, b, w = key
    words = {w, None} if w is not None else party_words | {None}
    return [(kind, cur, b + k, x) for k in (-1, 0, 1) for x in words]


def merge(drafts: list[Draft]) -> list[Draft]:
    """Each draft joins the first earlier one that tells the same fact; candidates come from a bucket index,
    so an article with thousands of figures is not compared pair by pair."""
    kept: list[Draft] = []
    index: dict[tuple, list[int]] = defaultdict(list)
    party_words: dict[str, set] = defaultdict(set)  # every party word filed so far, per kind
    for d in drafts:
        slots = sorted({i for key in _keys(d) for near in _near(key, party_words[d.kind])
                        for i in index.get(near, ())})
        slot = next((i for i in slots if _close(kept[i], d)
                     and all(_same_party(kept[i].fields.get(p), d.fields.get(p)) for p in PARTIES[d.kind])), None)
        if slot is None:
            kept.append(d)
            _file(index, party_words, d, len(kept) - 1)
            continue
        twin = kept[slot]
        best, other = (d, twin) if _richness(d) > _richness(twin) else (twin, d)
        fields = dict(best.fields)
        for key, value in other.fields.items():
            if fields.get(key) is None and value is not None:
                fields[key] = value
        for p in PARTIES[d.kind]:  # the longer telling of a name is the fuller one
            names = [x for x in (twin.fields.get(p), d.fields.get(p)) if x]
            if names:
                fields[p] = max(names, key=len)
        best.fields = fields
        best.rule = best.rule or other.rule
        kept[slot] = best
        _file(index, party_words, best, slot)
    return kept


def _file(index: dict[tuple, list[int]], party_words: dict[str, set], d: Draft, slot: int) -> None:
    for key in _keys(d):
        if slot not in index[key]:
            index[key].append(slot)
        if key[3] is not None:
            party_words[d.kind].add(key[3])


def drop_float_sizes(drafts: list[Draft]) -> list[Draft]:
    """"Air China in $1bn London listing" (a headline) and "plans to raise $1bn from the flotation": where the article
    tells the sum as what the listing raises, the float's size read as a valuation is that same fact, not a value."""
    offered = [d for d in drafts if d.kind == "offerings"]
    def told_as_offering(v: Draft) -> bool:
        cue = (v.rule or "").split(":", 1)[-1].split("/", 1)[0]
        return bool(re.search(r"\b(?:float|flotation|listing)\b", cue)) and any(
            _same_party(o.fields.get("company"), v.fields.get("company")) and o.fields.get("company")
            and _close(o, v) for o in offered)
    return [d for d in drafts if d.kind != "valuations" or not told_as_offering(d)]

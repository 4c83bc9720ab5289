"""One fact told twice → one record. Drafts of the same kind about the same parties whose sums agree (in any
currency the text states them) merge; the merged record keeps the most informative telling of each field."""
from __future__ import annotations

from typing import TYPE_CHECKING

from extractors.organisations import core_words

if TYPE_CHECKING:  # records imports merge; a runtime import back would be circular
    from extractors.records.money_records import Draft

PARTIES = {"fines": ("payer",), "valuations": ("company",), "offerings": ("company",),
           "investments": ("investor", "company"), "stakes": ("holder", "company")}


def _same_party(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True  # a telling that leaves the party out ("Visa's 1 percent stake is ...") is the same fact
    ca, cb = set(core_words(a)), set(core_words(b))
    return bool(ca) and (ca <= cb or cb <= ca)


def _sums(d: Draft) -> list[tuple[str, float]]:
    f = d.fields
    out = [(f["currency"], f["amount"])]
    if f.get("amount_usd") is not None:
        out.append(("USD", f["amount_usd"]))
    return out


def _close(d1: Draft, d2: Draft) -> bool:
    if d1.kind == "stakes":
        return abs(d1.fields["percent"] - d2.fields["percent"]) < 0.01
    loose = "approx" in (d1.fields.get("qualifier"), d2.fields.get("qualifier"))
    tol = 0.06 if loose else 0.015
    return any(c1 == c2 and abs(v1 - v2) <= tol * max(abs(v1), abs(v2))
               for c1, v1 in _sums(d1) for c2, v2 in _sums(d2))


def _richness(d: Draft) -> tuple[int, int, int]:
    f = d.fields
    stated_pair = int(f.get("currency") not in (None, "USD") and f.get("usd_basis") == "stated")
    digits = len(str(f.get("amount") or f.get("percent") or "").rstrip("0").rstrip("."))
    return stated_pair, int(f.get("qualifier") == "exact"), digits


def merge(drafts: list[Draft]) -> list[Draft]:
    kept: list[Draft] = []
    for d in drafts:
        twin = next((k for k in kept if k.kind == d.kind and _close(k, d)
                     and all(_same_party(k.fields.get(p), d.fields.get(p)) for p in PARTIES[d.kind])), None)
        if twin is None:
            kept.append(d)
            continue
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
        kept[kept.index(twin)] = best
    return kept

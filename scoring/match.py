"""The matching rules: when a predicted row is the gold record (names, amounts, percentages), and P/R/F1.

Names match when, after normalisation (case, punctuation, possessives, corporate suffixes), a gold alias
equals the prediction, or the alias's words are all in the prediction and the prediction has at most two
more words. Amounts match within 1.5 percent in the same ISO-4217 currency; percentages within 0.01 points.
"""
from __future__ import annotations

import re

SUFFIXES = {
    "group", "holding", "holdings", "ltd", "limited", "inc", "incorporated", "corp",
    "corporation", "co", "company", "llc", "plc", "sa", "ag", "nv", "the", "management",
}
# record type → (the name scored for it, the second name reported on, if any)
TYPES = {
    "fines": ("payer", "authority"),
    "valuations": ("company", None),
    "offerings": ("company", None),
    "investments": ("investor", "company"),
    "stakes": ("holder", "company"),
}
AMOUNT_TOLERANCE = 0.015
PERCENT_TOLERANCE = 0.01


def words(name: str | None) -> list[str]:
    if not name:
        return []
    s = name.lower().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    return [w for w in s.split() if w not in SUFFIXES]


def name_match(pred: str | None, aliases: list[str] | None) -> bool:
    """None as the gold aliases means any name is accepted."""
    if aliases is None:
        return True
    p = words(pred)
    if not p:
        return False
    for alias in aliases:
        a = words(alias)
        if not a:
            continue
        if p == a:
            return True
        if set(a) <= set(p) and len(p) <= len(a) + 2:
            return True
    return False


def amount_match(cur: str | None, amt: float | None, options: list) -> bool:
    if cur is None or amt is None:
        return False
    for c, v in options:
        if c == cur.upper() and abs(float(amt) - v) <= AMOUNT_TOLERANCE * abs(v):
            return True
    return False


def percent_match(pred: float | None, gold: float) -> bool:
    return pred is not None and abs(float(pred) - gold) <= PERCENT_TOLERANCE


def record_match(kind: str, pred: dict, gold: dict) -> bool:
    if kind == "stakes":
        if not (name_match(pred["holder"], gold["holder"]) and name_match(pred["company"], gold["company"])):
            return False
        return gold.get("percent") is None or percent_match(pred["percent"], gold["percent"])
    if kind == "investments":
        return (name_match(pred["investor"], gold["investor"]) and name_match(pred["company"], gold["company"])
                and amount_match(pred["currency"], pred["amount"], gold["amounts"]))
    key = TYPES[kind][0]
    return name_match(pred[key], gold[key]) and amount_match(pred["currency"], pred["amount"], gold["amounts"])


def greedy(kind: str, preds: list[dict], golds: list[dict]) -> tuple[int, int, int, list[tuple[dict, dict]]]:
    """(tp, fp, fn, matched pairs): each prediction takes the first unused gold record it matches.
    Optional gold records absorb a prediction without counting."""
    used: set[int] = set()
    pairs = []
    fp = 0
    for p in preds:
        hit = next((i for i, g in enumerate(golds) if i not in used and record_match(kind, p, g)), None)
        if hit is None:
            fp += 1
        else:
            used.add(hit)
            pairs.append((p, golds[hit]))
    tp = sum(1 for i in used if not golds[i].get("optional"))
    fn = sum(1 for i, g in enumerate(golds) if i not in used and not g.get("optional"))
    return tp, fp, fn, pairs


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1; an empty side counts as perfect (nothing claimed, nothing missed)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f

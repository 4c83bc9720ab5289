"""Pairwise link precision / recall / F1 of "share an event_id" for fines, against labelled articles.

Gold events: gold fines in different articles whose payer aliases and amounts agree (an alias in common after
the scorer's normalisation; an amount in common in one currency within 1.5 %). Predicted rows are tied to gold
fines with the scorer's own matching (`../shared/eval/score.py`, imported, not copied). Two measures:
- linkage: pairs among rows that matched a gold fine (how well resolve links what extraction found);
- end to end: also counts gold pairs whose rows extraction missed, and links that touch unmatched rows.

    .venv/bin/python bench/link_eval.py --db X.duckdb --gold ../shared/eval/dev.gold.json ../shared/eval/dev2.gold.json
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from itertools import combinations
from pathlib import Path

import duckdb

SHARED_EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def _scorer(path: Path = SHARED_EVAL / "score.py"):
    spec = importlib.util.spec_from_file_location("newsledger_gold_scorer", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _gold_linked(score, a: dict, b: dict) -> bool:
    names_a = {tuple(score.words(x)) for x in a["payer"] or []} - {()}
    names_b = {tuple(score.words(x)) for x in b["payer"] or []} - {()}
    if not names_a & names_b:
        return False
    return any(ca == cb and abs(va - vb) <= 0.015 * max(abs(va), abs(vb))
               for ca, va in a["amounts"] for cb, vb in b["amounts"])


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def link_scores(db: str, gold_paths: list[str]) -> dict:
    score = _scorer()
    con = duckdb.connect(db, read_only=True)
    by_name = {os.path.basename(p): d for d, p in con.execute("SELECT doc_id, source_path FROM documents").fetchall()}
    rows = [dict(zip(("record_id", "doc_id", "payer", "authority", "amount", "currency", "event_id"), r)) for r in
            con.execute("SELECT record_id, doc_id, payer, authority, amount, currency, event_id FROM fines "
                        "WHERE record_id NOT IN (SELECT record_id FROM corrections WHERE action = 'reject' "
                        "AND record_id IS NOT NULL)").fetchall()]
    con.close()
    preds_by_doc: dict[str, list[dict]] = {}
    for r in rows:
        preds_by_doc.setdefault(r["doc_id"], []).append(r)
    golds: list[dict] = []          # each gold fine, with the doc it is in
    matched: dict[str, int] = {}    # record_id → index into golds
    for path in gold_paths:
        for gd in json.load(open(path, encoding="utf-8"))["docs"]:
            doc_id = by_name.get(gd["doc"])
            base = len(golds)
            golds += [{**g, "doc": gd["doc"]} for g in gd.get("fines", [])]
            if doc_id is None:
                continue
            _, _, _, pairs = score.greedy("fines", preds_by_doc.get(doc_id, []), gd.get("fines", []))
            for p, g in pairs:
                matched[p["record_id"]] = base + next(i for i, x in enumerate(gd["fines"]) if x is g)
    gold_pairs = {(i, j) for i, j in combinations(range(len(golds)), 2)
                  if golds[i]["doc"] != golds[j]["doc"] and _gold_linked(score, golds[i], golds[j])}
    found = set(matched.values())
    pred_links = [(a, b) for a, b in combinations(rows, 2)
                  if a["doc_id"] != b["doc_id"] and a["event_id"] and a["event_id"] == b["event_id"]]
    tp = fp = fp_unmatched = 0
    hit: set[tuple[int, int]] = set()
    wrong = []
    for a, b in pred_links:
        ga, gb = matched.get(a["record_id"]), matched.get(b["record_id"])
        if ga is None or gb is None:
            fp_unmatched += 1
            continue
        pair = (min(ga, gb), max(ga, gb))
        if pair in gold_pairs:
            tp += 1
            hit.add(pair)
        else:
            fp += 1
            wrong.append((a["payer"], a["amount"], a["currency"], b["payer"], b["amount"], b["currency"]))
    fn_linkage = sum(1 for p in gold_pairs - hit if p[0] in found and p[1] in found)
    missed = [(golds[i]["doc"][:40], golds[j]["doc"][:40], golds[i]["payer"][0], golds[i]["amounts"][0])
              for i, j in sorted(gold_pairs - hit)]
    return {"linkage": _prf(tp, fp, fn_linkage), "end_to_end": _prf(tp, fp + fp_unmatched, len(gold_pairs - hit)),
            "gold_pairs": len(gold_pairs), "wrong_links": wrong, "missed_links": missed}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--gold", nargs="+", required=True)
    args = ap.parse_args(argv)
    s = link_scores(args.db, args.gold)
    for k in ("linkage", "end_to_end"):
        m = s[k]
        print(f"{k:11} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}  "
              f"(tp {m['tp']}, fp {m['fp']}, fn {m['fn']}; {s['gold_pairs']} gold pairs)")
    for w in s["wrong_links"]:
        print("  wrong link:", w)
    for m in s["missed_links"]:
        print("  missed link:", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Totals over a gold file: per record type and for dates, fine-authority and metadata accuracy, must-nots.

Pure: takes the gold file's content, the warehouse's documents and its predicted rows (see
`warehouse.reads.scoring_rows`) and returns the report as plain data. Documents are matched to gold
entries by the file name of `source_path`. A record type (or "dates") a gold document leaves out is not
scored for that document.
"""
from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path

from scoring.match import TYPES, amount_match, greedy, name_match, prf

_DATED = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_META = (("title", "title"), ("author", "author"), ("published", "published"), ("url", "source_url"))


def load_gold(path: str | Path) -> dict:
    """Read a gold file; ValueError with the reason when it is not one."""
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"cannot read gold file {path}: {exc}") from exc
    if not isinstance(gold, dict) or not isinstance(gold.get("docs"), list) or \
            not all(isinstance(d, dict) and "doc" in d for d in gold["docs"]):
        raise ValueError(f"{path} is not a gold file: expected {{\"docs\": [{{\"doc\": FILE NAME, ...}}, ...]}}")
    return gold


def _by_doc(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in rows:
        out.setdefault(r["doc_id"], []).append(r)
    return out


def _violations(name: str, must_not: list[dict], preds: dict[str, list[dict]], dates: Counter) -> list[str]:
    found = []
    for m in must_not:
        if "money" in m:
            c, v = m["money"]
            for kind in ("fines", "valuations", "offerings", "investments"):
                found += [f"{name}: {kind} holds {c} {v:g} ({m.get('note', '')})"
                          for p in preds[kind] if amount_match(p["currency"], p["amount"], [[c, v]])]
        if "percent" in m:
            found += [f"{name}: stakes holds {m['percent']}% ({m.get('note', '')})"
                      for p in preds["stakes"] if p["percent"] is not None and abs(float(p["percent"]) - m["percent"]) < 0.01]
        if "date" in m and dates.get(m["date"]):
            found.append(f"{name}: date_mentions holds {m['date']} ({m.get('note', '')})")
    return found


def score(gold: dict, docs: list[dict], preds: dict[str, list[dict]]) -> dict:
    """The report: `types` (tp, fp, fn, precision, recall, f1 per record type and dates), `records` (the five
    types together), `authority_accuracy`, `metadata_accuracy`, `violations`, `missing_docs`, `per_doc`."""
    by_name = {os.path.basename(str(d["source_path"])): d for d in docs}
    pred = {kind: _by_doc(rows) for kind, rows in preds.items()}
    totals = {k: [0, 0, 0] for k in (*TYPES, "dates")}
    authority = [0, 0]
    meta = [0, 0]
    violations: list[str] = []
    missing_docs: list[str] = []
    per_doc: list[dict] = []
    for gd in gold["docs"]:
        d = by_name.get(gd["doc"])
        if d is None:
            missing_docs.append(gd["doc"])
            for kind in TYPES:
                totals[kind][2] += sum(1 for g in gd.get(kind, []) if not g.get("optional"))
            totals["dates"][2] += len(gd.get("dates", []))
            continue
        did = d["doc_id"]
        line: dict = {"doc": gd["doc"]}
        for kind in TYPES:
            if kind not in gd:
                continue
            tp, fp, fn, pairs = greedy(kind, pred.get(kind, {}).get(did, []), gd[kind])
            for i, n in enumerate((tp, fp, fn)):
                totals[kind][i] += n
            line[kind] = (tp, fp, fn)
            if kind == "fines":
                for p, g in pairs:
                    if g.get("authority"):
                        authority[1] += 1
                        authority[0] += name_match(p["authority"], g["authority"])
        # dates: a multiset of the values that carry a year, where the gold labels dates
        got = Counter(r["value"] for r in pred.get("dates", {}).get(did, [])
                      if r["value"] and _DATED.match(str(r["value"])))
        if "dates" not in gd:
            got = Counter()
        want = Counter(gd.get("dates", []))
        optional = Counter(gd.get("optional_dates", []))
        tp, fp, fn = sum((want & got).values()), sum(((got - want) - optional).values()), sum((want - got).values())
        for i, n in enumerate((tp, fp, fn)):
            totals["dates"][i] += n
        line["dates"] = (tp, fp, fn)
        doc_preds = {kind: pred.get(kind, {}).get(did, []) for kind in TYPES}
        violations += _violations(gd["doc"], gd.get("must_not", []), doc_preds, got)
        for field, col in _META:
            want_v = gd.get("meta", {}).get(field)
            if want_v is None:
                continue
            meta[1] += 1
            got_v = d.get(col)
            if field == "published":
                got_v = (got_v or "")[:10]
            accepted = want_v if isinstance(want_v, list) else [want_v]
            meta[0] += any(str(got_v or "").strip() == w.strip() for w in accepted)
        per_doc.append(line)

    report: dict = {"types": {}, "authority_accuracy": None, "metadata_accuracy": None,
                    "violations": violations, "missing_docs": missing_docs, "per_doc": per_doc}
    all_tp = all_fp = all_fn = 0
    for kind, (tp, fp, fn) in totals.items():
        p, r, f = prf(tp, fp, fn)
        report["types"][kind] = {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}
        if kind != "dates":
            all_tp, all_fp, all_fn = all_tp + tp, all_fp + fp, all_fn + fn
    p, r, f = prf(all_tp, all_fp, all_fn)
    report["records"] = {"tp": all_tp, "fp": all_fp, "fn": all_fn, "precision": p, "recall": r, "f1": f}
    if authority[1]:
        report["authority_accuracy"] = authority[0] / authority[1]
    if meta[1]:
        report["metadata_accuracy"] = meta[0] / meta[1]
    return report

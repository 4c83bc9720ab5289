"""`newsledger eval`: precision, recall and F1 per record type against hand-labelled gold documents."""
from __future__ import annotations

import json
from typing import Annotated, Optional

import typer
from rich.table import Table

from flows.cli.app import EXIT_CODES, EXIT_OK, EXIT_USAGE, DbOption, ReadLockTimeout, app, err, out, warehouse_errors

GOLD_FORMAT = ('The gold file is JSON: {"docs": [{"doc": FILE NAME, "fines": [{"payer": [ALIASES], "authority": '
               '[ALIASES], "amounts": [[CURRENCY, AMOUNT]]}], "valuations": [...], "stakes": [...], ...}]}, '
               "as in ../shared/eval/dev.gold.json; a document is matched by the file name of its source_path.")


@app.command(name="eval", epilog="Example: newsledger eval --gold ../shared/eval/dev.gold.json --db newsledger.duckdb"
                                 "\n\n" + GOLD_FORMAT + "\n\n" + EXIT_CODES)
@warehouse_errors
def eval_(
    gold: Annotated[str, typer.Option(help="labelled documents (JSON)")],
    db: DbOption = "newsledger.duckdb",
    json_out: Annotated[Optional[str], typer.Option("--json", help="also write the full report (per document) here")] = None,
    lock_timeout: ReadLockTimeout = 10.0,
) -> int:
    """Score the warehouse's records against gold labels: precision, recall, F1 per record type."""
    from scoring import load_gold, score
    from warehouse import Warehouse, reads

    try:
        labels = load_gold(gold)
    except ValueError as exc:
        err.print(f"newsledger eval: {exc}", markup=False, highlight=False)
        return EXIT_USAGE
    with Warehouse(db, read_only=True, lock_timeout=lock_timeout) as wh:
        docs, preds = reads.scoring_rows(wh)
    rep = score(labels, docs, preds)
    print_report(rep)
    if json_out:
        with open(json_out, "w", encoding="utf-8") as fh:
            json.dump(rep, fh, indent=1, default=str)
    return EXIT_OK


def print_report(rep: dict) -> None:
    t = Table(title="records against the gold labels", title_justify="left")
    for c in ("type", "tp", "fp", "fn", "precision", "recall", "F1"):
        t.add_column(c, justify="left" if c == "type" else "right")
    rows = [(k, v) for k, v in rep["types"].items() if k != "dates"] + [("all records", rep["records"])]
    if rep["types"]["dates"]["tp"] + rep["types"]["dates"]["fn"]:  # dates only where the gold labels them
        rows.append(("dates", rep["types"]["dates"]))
    for kind, s in rows:
        t.add_row(kind, str(s["tp"]), str(s["fp"]), str(s["fn"]), f"{s['precision']:.3f}", f"{s['recall']:.3f}",
                  f"{s['f1']:.3f}", style="bold" if kind == "all records" else None)
    out.print(t)
    if rep["authority_accuracy"] is not None:
        out.print(f"fine authority accuracy: {rep['authority_accuracy']:.3f}", highlight=False)
    if rep["metadata_accuracy"] is not None:
        out.print(f"metadata accuracy: {rep['metadata_accuracy']:.3f}", highlight=False)
    for v in rep["violations"]:
        out.print(f"must not be a record: {v}", markup=False, highlight=False)
    for m in rep["missing_docs"]:
        out.print(f"not in the warehouse: {m}", markup=False, highlight=False)

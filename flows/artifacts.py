"""What each flow run tells the Prefect UI: a markdown summary and tables (rows per table, largest fines,
rejected files), published as artifacts on the run. Reads go through `warehouse.reads`."""
from __future__ import annotations

import sys

from warehouse import reads
from warehouse.store import Warehouse

MAX_REJECTED = 200  # a run over a broken folder should not post thousands of rows to the UI


def md_cell(v: object) -> str:
    """A value as one markdown table cell: no line breaks, pipes and angle brackets shown as text."""
    s = "" if v is None else str(v)
    return " ".join(s.split()).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def _md_table(header: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(md_cell(v) for v in r) + " |" for r in rows]
    return "\n".join(lines)


def _usd(v: float | None) -> str:
    return "" if v is None else f"{v:,.0f}"


def run_markdown(summary, fines: list[dict], rejected: list[tuple[str, str, str]]) -> str:
    """The run in a few lines, then its tables, as markdown."""
    s = summary
    parts = [
        "# newsledger run",
        f"Warehouse `{md_cell(s.db)}`: **{s.seen}** files seen, **{s.loaded}** documents loaded, "
        f"**{s.skipped_unchanged}** unchanged (skipped), **{s.replaced}** replaced, **{len(s.rejected)}** rejected.",
        "## Rows per table", _md_table(["table", "rows"], [[t, n] for t, n in s.table_rows.items()]),
        "## Ten largest fines in USD",
        _md_table(["payer", "authority", "amount", "currency", "USD", "document"],
                  [[f["payer"], f["authority"], f"{f['amount']:,.0f}" if f["amount"] is not None else "",
                    f["currency"], _usd(f["amount_usd"]), f["title"] or f["source_path"]] for f in fines])
        if fines else "No fine with a USD figure in the warehouse.",
        "## Rejected files in this run",
        _md_table(["file", "stage", "reason"], [list(r) for r in rejected[:MAX_REJECTED]]) if rejected else "None.",
    ]
    if len(rejected) > MAX_REJECTED:
        parts.append(f"… and {len(rejected) - MAX_REJECTED} more (see the `load_errors` table).")
    return "\n\n".join(parts) + "\n"


def publish_run_artifacts(summary, wh: Warehouse) -> None:
    """Post the run's artifacts to the current flow run (keys keep each artifact's history across runs).
    The run's data is committed before this is called: a Prefect API failure here is reported, not raised."""
    try:
        _publish(summary, wh)
    except Exception as exc:  # noqa: BLE001 - the artifacts describe the run; losing them must not fail it
        print(f"newsledger: could not publish the run's Prefect artifacts: {type(exc).__name__}: {exc}",
              file=sys.stderr, flush=True)


def _publish(summary, wh: Warehouse) -> None:
    from prefect.artifacts import create_markdown_artifact, create_table_artifact

    fines = wh.retry_out_of_memory(lambda: reads.largest_fines(wh, 10))  # a read: again with more memory
    rejected = list(summary.rejected)
    create_markdown_artifact(markdown=run_markdown(summary, fines, rejected), key="newsledger-run-summary",
                             description="What this newsledger run did")
    create_table_artifact(table=[{"table": t, "rows": n} for t, n in summary.table_rows.items()],
                          key="newsledger-table-rows", description="Rows per warehouse table after the run")
    create_table_artifact(table=[{k: f[k] for k in ("payer", "authority", "amount", "currency", "amount_usd", "title")}
                                 for f in fines],
                          key="newsledger-largest-fines", description="The ten largest fines in USD in the warehouse")
    create_table_artifact(table=[{"file": p, "stage": st, "reason": why} for p, st, why in rejected[:MAX_REJECTED]],
                          key="newsledger-rejected-files", description="Files this run rejected, with the reasons")

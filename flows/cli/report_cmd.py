"""`newsledger report`: write the review page, one self-contained HTML file, from the warehouse."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated

import typer

from flows.cli.app import EXIT_CODES, EXIT_OK, DbOption, ReadLockTimeout, app, out, warehouse_errors


def build_report(db: str, lock_timeout: float = 10.0) -> str:
    """Read everything the page shows (read-only) and render it."""
    from report import ReportData, render
    from warehouse import Warehouse
    from warehouse import reads

    with Warehouse(db, read_only=True, lock_timeout=lock_timeout) as wh:
        records = reads.records(wh, reads.RECORD_TABLES)
        data = ReportData(
            db=str(Path(db).resolve()),
            generated_at=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            headline=reads.headline(wh),
            fines=reads.fines_usd(wh),
            valuations=reads.valuations_usd(wh),
            investments=reads.investments_dated(wh),
            records=records,
            documents=reads.documents(wh, sorted({r["doc_id"] for r in records})),
            rejected=reads.rejected_files(wh),
        )
    return render(data)


@app.command(epilog="Example: newsledger report --db newsledger.duckdb --out report.html\n\n" + EXIT_CODES)
@warehouse_errors
def report(
    db: DbOption = "newsledger.duckdb",
    out_path: Annotated[str, typer.Option("--out", help="the HTML file to write")] = "report.html",
    lock_timeout: ReadLockTimeout = 10.0,
) -> int:
    """Write the review page: headline figures, charts, every record with its evidence marked, rejected files.

    One HTML file with no outside references: open it from disk, mail it, or publish it as it is.
    """
    page = build_report(db, lock_timeout)
    target = Path(out_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page, encoding="utf-8")
    out.print(f"newsledger report: wrote {target} ({len(page.encode()) // 1024} KB)", markup=False, highlight=False)
    return EXIT_OK

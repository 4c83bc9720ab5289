"""`newsledger query` and `newsledger export`: read the warehouse without writing to it."""
from __future__ import annotations

import csv
import io
import json
import sys
from enum import Enum
from typing import Annotated

import typer
from rich.table import Table

from warehouse.values import plain

from flows.cli.app import EXIT_CODES, EXIT_OK, EXIT_QUERY, app, err, out, warehouse_errors


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command(epilog='Example: newsledger query "SELECT payer, amount, currency FROM fines" --format csv\n\n'
                    + EXIT_CODES)
@warehouse_errors
def query(
    sql: Annotated[str, typer.Argument(help='e.g. "SELECT payer, amount, currency FROM fines"')],
    db: Annotated[str, typer.Option(help="warehouse file")] = "newsledger.duckdb",
    format: Annotated[Format, typer.Option("--format", "-f", help="table on a terminal, or csv / json (one object per row)")] = Format.table,
    lock_timeout: Annotated[float, typer.Option(help="seconds to wait for a writer")] = 10.0,
) -> int:
    """Run SQL against the warehouse (opened read-only) and print the result."""
    import duckdb

    from warehouse import Warehouse

    with Warehouse(db, read_only=True, lock_timeout=lock_timeout) as wh:
        try:
            cols, rows = wh.query(sql)
        except duckdb.Error as exc:
            err.print(f"newsledger query: {exc}", markup=False, highlight=False)
            return EXIT_QUERY
    if format is Format.csv:
        sys.stdout.write(to_csv(cols, rows))
    elif format is Format.json:
        sys.stdout.write(to_json(cols, rows) + "\n")
    else:
        out.print(rich_table(cols, rows))
        out.print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", highlight=False)
    return EXIT_OK


@app.command(epilog="Example: newsledger export --db newsledger.duckdb --out export/\n\n" + EXIT_CODES)
@warehouse_errors
def export(
    db: Annotated[str, typer.Option(help="warehouse file")] = "newsledger.duckdb",
    out_dir: Annotated[str, typer.Option("--out", help="folder for the Parquet files")] = "export",
    lock_timeout: Annotated[float, typer.Option(help="seconds to wait for a writer")] = 30.0,
) -> int:
    """Write every table and view to Parquet: a snapshot for dashboards."""
    from warehouse import Warehouse

    with Warehouse(db, read_only=True, lock_timeout=lock_timeout) as wh:
        for path in wh.export(out_dir):
            out.print(path, markup=False, highlight=False)
    return EXIT_OK


def rich_table(cols: list[str], rows: list[tuple], max_width: int = 60) -> Table:
    t = Table(show_lines=False)
    for c in cols:
        t.add_column(c, overflow="ellipsis", max_width=max_width)
    for r in rows:
        t.add_row(*("NULL" if v is None else str(v).replace("\n", " ") for v in r))
    return t


def to_csv(cols: list[str], rows: list[tuple]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    w.writerows([["" if v is None else (json.dumps(plain(v)) if isinstance(v, (list, dict)) else plain(v))
                  for v in r] for r in rows])
    return buf.getvalue()


def to_json(cols: list[str], rows: list[tuple]) -> str:
    return json.dumps([{c: plain(v) for c, v in zip(cols, r)} for r in rows], ensure_ascii=False, default=str)

"""`newsledger run`: extract files into the warehouse and print what the run did."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from flows.cli.app import EXIT_CODES, EXIT_OK, app, out, warehouse_errors
from flows.discover import DEFAULT_MAX_BYTES


@app.command(epilog="Example: newsledger run --input seeds more/articles --db newsledger.duckdb\n\n" + EXIT_CODES)
@warehouse_errors
def run(
    input: Annotated[Optional[list[str]], typer.Option("--input", help="files or folders to read (repeatable; default: seeds/)")] = None,
    extra: Annotated[Optional[list[str]], typer.Argument(help="more files or folders, as after --input", show_default=False)] = None,
    db: Annotated[str, typer.Option(help="warehouse file")] = "newsledger.duckdb",
    batch_size: Annotated[int, typer.Option(min=1, help="files per extraction task")] = 50,
    max_bytes: Annotated[int, typer.Option(min=1, help="reject files larger than this")] = DEFAULT_MAX_BYTES,
    lock_timeout: Annotated[float, typer.Option(help="seconds to wait for another writer to finish")] = 30.0,
    force: Annotated[bool, typer.Option("--force", help="re-extract files even if their bytes are already loaded")] = False,
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="show Prefect's logs")] = False,
) -> int:
    """Clean and extract every file under the inputs and load it into the warehouse.

    Files already loaded with the same bytes are skipped; a changed file's rows are replaced.
    """
    from flows.settings import apply_prefect_defaults

    apply_prefect_defaults(verbose=verbose)
    from flows.run import run_flow

    inputs = [*(input or []), *(extra or [])] or ["seeds"]
    s = run_flow(inputs=inputs, db=db, batch_size=batch_size, max_bytes=max_bytes, force=force,
                 lock_timeout=lock_timeout)
    print_summary(s)
    return EXIT_OK


def print_summary(s) -> None:
    out.print(f"newsledger run: {s.seen} files seen, {s.loaded} documents loaded, {s.skipped_unchanged} unchanged "
              f"(skipped), {s.replaced} replaced, {len(s.rejected)} rejected, in {s.seconds:.1f} s",
              markup=False, highlight=False)
    t = Table(title=f"warehouse {Path(s.db).resolve()}", title_justify="left")
    t.add_column("table")
    t.add_column("rows", justify="right")
    for table, n in s.table_rows.items():
        t.add_row(table, str(n))
    out.print(t)
    if s.rejected:
        r = Table(title="rejected files", title_justify="left")
        for c in ("file", "stage", "reason"):
            r.add_column(c, overflow="fold")
        for path, stage, reason in s.rejected:
            r.add_row(repr(path), stage, reason)
        out.print(r)

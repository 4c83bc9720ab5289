"""`newsledger run`: extract files into the warehouse and print what the run did."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from flows.cli.app import EXIT_CODES, EXIT_OK, EXIT_USAGE, app, err, out, warehouse_errors
from flows.discover import DEFAULT_MAX_BYTES


@app.command(epilog="Example: newsledger run --input seeds more/articles --db newsledger.duckdb --workers 4\n\n"
                     "On a Dask cluster: newsledger run --input /shared/articles --dask-address tcp://HOST:8786\n\n"
                     + EXIT_CODES)
@warehouse_errors
def run(
    input: Annotated[Optional[list[str]], typer.Option("--input", help="files or folders to read (repeatable; default: seeds/)")] = None,
    extra: Annotated[Optional[list[str]], typer.Argument(help="more files or folders, as after --input", show_default=False)] = None,
    db: Annotated[str, typer.Option(help="warehouse file")] = "newsledger.duckdb",
    batch_size: Annotated[int, typer.Option(min=1, help="files per extraction task")] = 50,
    workers: Annotated[Optional[int], typer.Option(min=1, help="worker processes extracting in parallel (default: the machine's cores)", show_default=False)] = None,
    dask_address: Annotated[Optional[str], typer.Option(help="extract on an existing Dask cluster, e.g. tcp://HOST:8786; its workers must read the inputs at the same paths", show_default=False)] = None,
    max_bytes: Annotated[int, typer.Option(min=1, help="reject files larger than this")] = DEFAULT_MAX_BYTES,
    lock_timeout: Annotated[float, typer.Option(help="seconds to wait for another writer to finish")] = 30.0,
    force: Annotated[bool, typer.Option("--force", help="re-extract files even if their bytes are already loaded")] = False,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="print only the summary (no progress)")] = False,
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="show Prefect's logs")] = False,
) -> int:
    """Clean and extract every file under the inputs and load it into the warehouse.

    Files already loaded with the same bytes are skipped (by size and mtime, else by content hash); a
    changed file's rows are replaced. On a terminal a progress bar shows files done, docs/s, ETA and
    rejections; elsewhere one log line per committed batch goes to stderr.
    """
    import os
    import time

    from flows.settings import apply_prefect_defaults

    t0 = time.monotonic()
    apply_prefect_defaults(verbose=verbose)
    server = None
    if not os.environ.get("PREFECT_API_URL"):
        # our own temporary server: it boots while Prefect is imported, and dies with this process
        from flows.prefect_server import TemporaryServer

        server = TemporaryServer()
        os.environ["PREFECT_API_URL"] = server.url
    from flows import progress
    from flows.run import run_flow

    if server is not None:
        server.wait_ready()
    startup = time.monotonic() - t0
    inputs = [*(input or []), *(extra or [])] or ["seeds"]
    if quiet:
        reporter: progress.Reporter = progress.Reporter()
    elif err.is_terminal:
        reporter = progress.Bar(err)
    else:
        reporter = progress.LogLines()
    from flows.executors import ClusterUnavailable

    try:
        with progress.use(reporter):
            s = run_flow(inputs=inputs, db=db, batch_size=batch_size, max_bytes=max_bytes, force=force,
                         lock_timeout=lock_timeout, workers=workers, dask_address=dask_address)
    except ClusterUnavailable as exc:
        err.print(f"newsledger: {exc}", markup=False, highlight=False)
        return EXIT_USAGE
    finally:
        if server is not None:
            os.environ.pop("PREFECT_API_URL", None)
    print_summary(s)
    out.print(f"time: {startup:.1f} s start-up (imports, Prefect server"
              f"{'' if server else ' at PREFECT_API_URL'}), {s.seconds:.1f} s in the flow "
              f"(first commit at {s.first_commit_seconds or 0:.1f} s), {s.workers} "
              f"{'Dask cluster' if dask_address else 'worker process' + ('es' if s.workers > 1 else '')}",
              markup=False, highlight=False)
    return EXIT_OK


def print_summary(s) -> None:
    out.print(f"newsledger run: {s.seen} files seen, {s.loaded} documents loaded, {s.skipped_unchanged} unchanged "
              f"(skipped), {s.duplicates} duplicates of content already loaded, {s.replaced} replaced, "
              f"{len(s.rejected)} rejected, in {s.seconds:.1f} s",
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

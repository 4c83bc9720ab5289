"""`newsledger serve`: keep the flow deployed on a schedule (Prefect's `serve`) until stopped."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from flows.cli.app import EXIT_CODES, EXIT_OK, EXIT_USAGE, DbOption, app, err, warehouse_errors

EXAMPLE = ('Example: prefect server start   (in another terminal; the UI is at http://127.0.0.1:4200)\n\n'
           '  PREFECT_API_URL=http://127.0.0.1:4200/api newsledger serve --input articles/ --db newsledger.duckdb '
           '--cron "0 * * * *"')


@app.command(epilog=EXAMPLE + "\n\n" + EXIT_CODES)
@warehouse_errors
def serve(
    input: Annotated[list[str], typer.Option("--input", help="files or folders to read on each run (repeatable)")],
    db: DbOption = "newsledger.duckdb",
    cron: Annotated[str, typer.Option(help="when to run, as a cron expression (UTC)")] = "0 * * * *",
    name: Annotated[str, typer.Option(help="the deployment's name (shown as newsledger-run/NAME)")] = "newsledger",
    batch_size: Annotated[int, typer.Option(min=1, help="files per extraction task")] = 50,
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="show Prefect's logs")] = False,
) -> int:
    """Serve the run flow as a Prefect deployment on a cron schedule; runs also start from the Prefect UI.

    Blocks until stopped (Ctrl-C). Paths are made absolute, so each scheduled run reads the same files
    wherever the runner's working directory is.
    """
    from flows.settings import apply_prefect_defaults

    apply_prefect_defaults(verbose=verbose)
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=cron)
    except ValueError as exc:
        err.print(f"newsledger serve: --cron {cron!r} is not a cron expression: {exc}", markup=False, highlight=False)
        return EXIT_USAGE
    if not os.environ.get("PREFECT_API_URL"):
        err.print("newsledger serve: PREFECT_API_URL is not set, so the schedule lives on a temporary server that "
                  "stops with this command; start `prefect server start` and set "
                  "PREFECT_API_URL=http://127.0.0.1:4200/api to see it in the UI", markup=False, highlight=False)
    from prefect.types.entrypoint import EntrypointType

    from flows.run import run_flow

    params = {"inputs": [str(Path(p).resolve()) for p in input], "db": str(Path(db).resolve()),
              "batch_size": batch_size}
    # the module path, not a file path: the runner imports the installed package from any directory
    run_flow.serve(name=name, cron=cron, parameters=params, entrypoint_type=EntrypointType.MODULE_PATH,
                   description=f"newsledger run of {', '.join(params['inputs'])} into {params['db']}")
    return EXIT_OK

"""The `newsledger` command, built with Typer: one module per group of commands, all on one `app`."""
from __future__ import annotations

from flows.cli.app import EXIT_BUSY, EXIT_OK, EXIT_QUERY, EXIT_USAGE, EXIT_WAREHOUSE, app, main

# each module registers its commands on `app` when imported
from flows.cli import correct, eval_cmd, report_cmd, run_cmd, serve_cmd, warehouse_cmds  # noqa: E402,F401

__all__ = ["app", "main", "EXIT_OK", "EXIT_QUERY", "EXIT_USAGE", "EXIT_BUSY", "EXIT_WAREHOUSE"]

"""The Typer application, its exit codes and the one place warehouse errors become exit codes."""
from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Annotated, TypeVar

import typer
from rich.console import Console

EXIT_OK, EXIT_QUERY, EXIT_USAGE, EXIT_BUSY, EXIT_WAREHOUSE = 0, 1, 2, 3, 4
EXIT_CODES = ("exit codes: 0 done (rejected files are listed and recorded in load_errors, not a failure); "
              "1 the SQL failed; 2 bad arguments; 3 the warehouse is held by another writer past --lock-timeout; "
              "4 the warehouse cannot be opened or written")

app = typer.Typer(name="newsledger", help="Turn news articles into typed facts in DuckDB.", epilog=EXIT_CODES,
                  no_args_is_help=True, add_completion=False, rich_markup_mode="rich",
                  context_settings={"help_option_names": ["-h", "--help"]})
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

F = TypeVar("F", bound=Callable[..., int])

# options every reading command shares
DbOption = Annotated[str, typer.Option(help="warehouse file")]
ReadLockTimeout = Annotated[float, typer.Option(help="seconds to wait for a writer")]


def warehouse_errors(fn: F) -> F:
    """Map the warehouse's errors to the documented exit codes; a command returns its own code otherwise."""
    @wraps(fn)
    def wrapper(*args, **kwargs):
        from warehouse import LockTimeout, WarehouseError

        try:
            code = fn(*args, **kwargs)
        except LockTimeout as exc:
            err.print(f"newsledger: {exc}", markup=False, highlight=False)
            code = EXIT_BUSY
        except WarehouseError as exc:
            err.print(f"newsledger: {exc}", markup=False, highlight=False)
            code = EXIT_WAREHOUSE
        raise typer.Exit(code or EXIT_OK)
    return wrapper  # type: ignore[return-value]


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (usage errors are 2, as Click makes them)."""
    try:
        app(args=argv if argv is not None else sys.argv[1:], prog_name="newsledger")
    except SystemExit as exc:  # standalone mode: every command, --help and usage errors end here
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return EXIT_OK

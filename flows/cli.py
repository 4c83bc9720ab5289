"""The `newsledger` command: run the flow, query the warehouse, export a snapshot for readers."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from flows.settings import apply_prefect_defaults

EXIT_OK, EXIT_QUERY, EXIT_USAGE, EXIT_BUSY, EXIT_WAREHOUSE = 0, 1, 2, 3, 4
EPILOG = ("exit codes: 0 done (rejected files are listed and recorded in load_errors, not a failure); "
          "1 the SQL failed; 2 bad arguments; 3 the warehouse is held by another writer past --lock-timeout; "
          "4 the warehouse cannot be opened or written")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsledger", description="Turn news articles into typed facts in DuckDB.",
                                epilog=EPILOG)
    sub = p.add_subparsers(dest="command", required=True, metavar="{run,query,export}")
    r = sub.add_parser("run", help="extract articles into the warehouse", epilog=EPILOG,
                       description="Clean and extract every file under the inputs and load it into the warehouse. "
                                   "Files already loaded with the same bytes are skipped.")
    r.add_argument("--input", nargs="+", action="extend", metavar="PATH",
                   help="files or folders to read (default: seeds/)")
    r.add_argument("--db", default="newsledger.duckdb", help="warehouse file (default: %(default)s)")
    r.add_argument("--batch-size", type=_positive, default=50, help="files per extraction task (default: %(default)s)")
    r.add_argument("--max-bytes", type=_positive, default=20 * 1024 * 1024,
                   help="reject files larger than this (default: %(default)s)")
    r.add_argument("--lock-timeout", type=float, default=30.0,
                   help="seconds to wait for another writer to finish (default: %(default)s)")
    r.add_argument("--force", action="store_true", help="re-extract files even if their bytes are already loaded")
    r.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs")
    q = sub.add_parser("query", help="run SQL against the warehouse and print a table", epilog=EPILOG)
    q.add_argument("sql", help='e.g. "SELECT payer, amount, currency FROM fines"')
    q.add_argument("--db", default="newsledger.duckdb", help="warehouse file (default: %(default)s)")
    q.add_argument("--lock-timeout", type=float, default=10.0, help="seconds to wait for a writer (default: %(default)s)")
    e = sub.add_parser("export", help="write every table to Parquet, a snapshot for dashboards", epilog=EPILOG)
    e.add_argument("--db", default="newsledger.duckdb", help="warehouse file (default: %(default)s)")
    e.add_argument("--out", default="export", help="folder for the Parquet files (default: %(default)s)")
    e.add_argument("--lock-timeout", type=float, default=30.0, help="seconds to wait for a writer (default: %(default)s)")
    return p


def _positive(s: str) -> int:
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError("must be a positive integer")
    return v


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from warehouse import LockTimeout, WarehouseError

    try:
        if args.command == "run":
            return cmd_run(args)
        if args.command == "query":
            return cmd_query(args)
        return cmd_export(args)
    except LockTimeout as exc:
        print(f"newsledger: {exc}", file=sys.stderr)
        return EXIT_BUSY
    except WarehouseError as exc:
        print(f"newsledger: {exc}", file=sys.stderr)
        return EXIT_WAREHOUSE


def cmd_run(args: argparse.Namespace) -> int:
    apply_prefect_defaults(verbose=args.verbose)
    from flows.run import run_flow

    inputs = args.input or ["seeds"]
    s = run_flow(inputs=inputs, db=args.db, batch_size=args.batch_size, max_bytes=args.max_bytes,
                 force=args.force, lock_timeout=args.lock_timeout)
    print(f"newsledger run: {s.seen} files seen, {s.loaded} documents loaded, {s.skipped_unchanged} unchanged "
          f"(skipped), {s.replaced} replaced, {len(s.rejected)} rejected, in {s.seconds:.1f} s")
    print(f"warehouse {Path(s.db).resolve()}:")
    for table, n in s.table_rows.items():
        print(f"  {table:<14}{n:>8}")
    if s.rejected:
        print("rejected files:")
        for path, stage, reason in s.rejected:
            print(f"  {path!r} [{stage}] {reason}")
    return EXIT_OK


def cmd_query(args: argparse.Namespace) -> int:
    import duckdb

    from warehouse import Warehouse

    with Warehouse(args.db, read_only=True, lock_timeout=args.lock_timeout) as wh:
        try:
            cols, rows = wh.query(args.sql)
        except duckdb.Error as exc:
            print(f"newsledger query: {exc}", file=sys.stderr)
            return EXIT_QUERY
    print(format_table(cols, rows))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from warehouse import Warehouse

    with Warehouse(args.db, read_only=True, lock_timeout=args.lock_timeout) as wh:
        for path in wh.export(args.out):
            print(path)
    return EXIT_OK


def format_table(cols: list[str], rows: list[tuple], max_width: int = 60) -> str:
    def cell(v: object) -> str:
        s = "NULL" if v is None else str(v).replace("\n", " ")
        return s if len(s) <= max_width else s[: max_width - 1] + "…"

    body = [[cell(v) for v in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in body]) for i, c in enumerate(cols)]
    line = lambda vals: " | ".join(v.ljust(w) for v, w in zip(vals, widths))  # noqa: E731
    out = [line(cols), "-+-".join("-" * w for w in widths)] + [line(r) for r in body]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())

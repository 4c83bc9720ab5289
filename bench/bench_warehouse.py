"""Warehouse load throughput: synthetic extractions loaded in batches into a DuckDB file in a temp dir.

    python bench/bench_warehouse.py [--docs N] [--batch-size B]

Prints documents/s and record rows/s for `Warehouse.load` (one transaction per batch, column-wise
UNNEST inserts), and the time of a second load of the same batches (replacement path). Asserts nothing.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extractors.pipeline import extract  # noqa: E402
from warehouse import Warehouse  # noqa: E402

TEMPLATE = ("Company{i} Ltd was fined ${m} million by the Securities and Exchange Commission on March {d}, 2020. "
            "Holder{i} owns a {p}% stake in Company{i} Ltd. Company{i} is valued at ${v} billion.\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--batch-size", type=int, default=50)
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    exs = [extract(TEMPLATE.format(i=i, m=i + 1, d=i % 28 + 1, p=i % 50 + 1, v=i % 90 + 1).encode(), f"a{i}.txt")
           for i in range(a.docs)]
    t_extract = time.perf_counter() - t0
    rows = sum(len(e.records) for e in exs)
    batches = [exs[i:i + a.batch_size] for i in range(0, len(exs), a.batch_size)]
    with tempfile.TemporaryDirectory() as tmp, Warehouse(Path(tmp) / "b.duckdb") as wh:
        t0 = time.perf_counter()
        for b in batches:
            wh.load(b)
        t_load = time.perf_counter() - t0
        t0 = time.perf_counter()
        for b in batches:
            wh.load(b)
        t_reload = time.perf_counter() - t0
    print(f"documents            {a.docs} in {len(batches)} batches of {a.batch_size}; {rows} record rows")
    print(f"extract (pure)       {a.docs / t_extract:10.0f} docs/s")
    print(f"load (first)         {a.docs / t_load:10.0f} docs/s  {rows / t_load:10.0f} record rows/s")
    print(f"load (replace same)  {a.docs / t_reload:10.0f} docs/s  {rows / t_reload:10.0f} record rows/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

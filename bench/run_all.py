"""`make bench`: every benchmark in turn; each prints its own numbers (nothing here asserts on time)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = ("bench_extraction.py", "bench_money.py", "bench_dates.py", "bench_warehouse.py", "bench_resolve.py")

if __name__ == "__main__":
    status = 0
    for name in BENCHES:
        print(f"== {name}", flush=True)
        status |= subprocess.call([sys.executable, str(HERE / name)])
    sys.exit(status)

"""`make bench`: every benchmark in turn; each prints its own numbers (nothing here asserts on time).

Arguments are passed to bench_scale.py: `make bench BENCH_ARGS=--big` adds the 100k corpus.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = ("bench_extraction.py", "bench_money.py", "bench_dates.py", "bench_warehouse.py", "bench_resolve.py",
           "bench_scale.py")

if __name__ == "__main__":
    status = 0
    for name in BENCHES:
        print(f"== {name}", flush=True)
        args = sys.argv[1:] if name == "bench_scale.py" else []
        status |= subprocess.call([sys.executable, str(HERE / name), *args])
    sys.exit(status)

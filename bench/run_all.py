"""`make bench`: every benchmark in turn; each prints its own numbers (nothing here asserts on time).

    python bench/run_all.py [--cleaning-bench PATH] [--big]

`--big` is passed to bench_scale.py (`make bench BENCH_ARGS=--big` adds the 100k corpus).

The cleaning bench needs a checkout of scrapinghub/article-extraction-benchmark on disk (`make bench
CLEANING_BENCH=PATH`); without one it prints a line saying it was skipped.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = ("bench_extract.py", "bench_extraction.py", "bench_money.py", "bench_dates.py", "bench_warehouse.py",
           "bench_resolve.py", "bench_scale.py")

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cleaning-bench", type=Path, default=None,
                        help="a checkout of scrapinghub/article-extraction-benchmark")
    parser.add_argument("--big", action="store_true", help="bench_scale.py adds the 100k corpus")
    args = parser.parse_args()
    status = 0
    for name in BENCHES:
        print(f"== {name}", flush=True)
        extra = ["--big"] if args.big and name == "bench_scale.py" else []
        status |= subprocess.call([sys.executable, str(HERE / name), *extra])
    print("== bench_cleaning.py", flush=True)
    if args.cleaning_bench is None:
        print("skipped: pass CLEANING_BENCH=/path/to/article-extraction-benchmark (a checkout of "
              "github.com/scrapinghub/article-extraction-benchmark) to score whole-page cleaning", flush=True)
    else:
        status |= subprocess.call([sys.executable, str(HERE / "bench_cleaning.py"), str(args.cleaning_bench)])
    sys.exit(status)

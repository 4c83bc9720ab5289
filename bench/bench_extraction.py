"""What date tagging costs inside extraction: build_document + extract_records with and without it.

    python bench/bench_extraction.py [--repeat N] [DIR ...]

DIRs default to seeds/ and ../shared/eval/dev/raw; every file in them is read as bytes. Each pass runs
`extractors.clean.document.build_document` and `extractors.records.extract_records` over every file, N times:
(a) as shipped, (b) with `find_dates` replaced by a function returning [] (patched in this process
only, at `extractors.records.context.find_dates`). Prints ms per document for each and their ratio
(a / b: how many times slower extraction is with dates); asserts nothing. The issue's budget is a
ratio of at most 2.0 (dates cost no more than the rest of extraction).
"""
from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:   # run as a script, the repository root is not on the path
    sys.path.insert(0, str(ROOT))

import extractors.records.context as records_context  # noqa: E402
from extractors.clean.document import build_document  # noqa: E402
from extractors.exceptions import LoadFailure  # noqa: E402
from extractors.records import extract_records  # noqa: E402

DEFAULT_DIRS = (ROOT / "seeds", ROOT.parent / "shared" / "eval" / "dev" / "raw")


def _files(dirs: list[Path]) -> list[tuple[str, bytes]]:
    files = []
    for d in dirs:
        if d.is_dir():
            files += [(str(p), p.read_bytes()) for p in sorted(d.iterdir()) if p.is_file()]
    return files


def _extract_all(files: list[tuple[str, bytes]]) -> int:
    records = 0
    for path, raw in files:
        try:
            doc = build_document(raw, path)
        except LoadFailure:   # the pipeline records these as load errors
            continue
        records += len(extract_records(doc))
    return records


def _time(files: list[tuple[str, bytes]], repeat: int) -> tuple[list[float], list[float]]:
    """Seconds per pass with dates and without, the two interleaved so machine drift hits both alike."""
    real: Callable[..., object] = records_context.find_dates
    with_dates: list[float] = []
    without_dates: list[float] = []
    _extract_all(files)   # warm up: imports, regex caches
    try:
        for _ in range(repeat):
            for patched, sink in ((False, with_dates), (True, without_dates)):
                records_context.find_dates = _no_dates if patched else real   # type: ignore[assignment]
                t0 = time.perf_counter()
                _extract_all(files)
                sink.append(time.perf_counter() - t0)
    finally:
        records_context.find_dates = real   # type: ignore[assignment]
    return with_dates, without_dates


def _no_dates(*_args: object, **_kwargs: object) -> list[object]:
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, default=list(DEFAULT_DIRS))
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args(argv)
    files = _files(args.dirs)
    if not files:
        print("bench_extraction: no files found in", ", ".join(map(str, args.dirs)))
        return 1
    with_dates, without_dates = _time(files, args.repeat)
    n = len(files)
    a_mean, a_best = sum(with_dates) / len(with_dates) / n, min(with_dates) / n
    b_mean, b_best = sum(without_dates) / len(without_dates) / n, min(without_dates) / n
    size = sum(len(raw) for _, raw in files)
    print(f"documents              {len(files)} ({size:,} bytes), {args.repeat} passes; mean (best) ms/doc")
    print(f"(a) with dates         {a_mean * 1000:.2f} ({a_best * 1000:.2f})")
    print(f"(b) without dates      {b_mean * 1000:.2f} ({b_best * 1000:.2f})")
    print(f"dates alone            {(a_mean - b_mean) * 1000:.2f} ({(a_best - b_best) * 1000:.2f})")
    print(f"ratio (b -> a)         {a_mean / b_mean:.2f}x ({a_best / b_best:.2f}x)  (budget: 2.00x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark for extractors.mentions.dates.find_dates: throughput on real articles and on one 2 MB line.

    python bench/bench_dates.py [--repeat N] [DIR ...]

DIRs default to ../shared/eval/dev/raw and ../shared/seeds next to the repository; every file in
them is read as text and tagged N times. Prints chars/s and ms per document; asserts nothing.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:   # run as a script, the repository root is not on the path
    sys.path.insert(0, str(ROOT))

from extractors.mentions.dates import find_dates  # noqa: E402

DEFAULT_DIRS = (ROOT.parent / "shared" / "eval" / "dev" / "raw", ROOT.parent / "shared" / "seeds")
PUBLISHED = date(2021, 7, 10)   # a fixed date, so relative mentions are resolved too
LONG_LINE_CHARS = 2_000_000


def _documents(dirs: list[Path]) -> list[str]:
    docs = []
    for d in dirs:
        if d.is_dir():
            docs += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(d.iterdir()) if p.is_file()]
    return docs


def _time_documents(docs: list[str], repeat: int) -> tuple[float, list[float]]:
    per_doc_ms: list[float] = []
    total = 0.0
    for _ in range(repeat):
        for text in docs:
            t0 = time.perf_counter()
            find_dates(text, PUBLISHED)
            elapsed = time.perf_counter() - t0
            total += elapsed
            per_doc_ms.append(elapsed * 1000)
    return total, per_doc_ms


def _time_long_line(docs: list[str]) -> tuple[float, int]:
    line = " ".join(" ".join(docs).split())
    line = (line * (LONG_LINE_CHARS // max(len(line), 1) + 1))[:LONG_LINE_CHARS]
    t0 = time.perf_counter()
    mentions = find_dates(line, PUBLISHED)
    return time.perf_counter() - t0, len(mentions)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, default=list(DEFAULT_DIRS))
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    docs = _documents(args.dirs)
    if not docs:
        print("bench_dates: no documents found in", ", ".join(map(str, args.dirs)))
        return 1
    chars = sum(map(len, docs))
    find_dates(docs[0], PUBLISHED)   # warm up: regex compilation happens at import, caches here
    total, per_doc_ms = _time_documents(docs, args.repeat)
    mentions = sum(len(find_dates(d, PUBLISHED)) for d in docs)
    print(f"documents        {len(docs)} ({chars:,} chars, {mentions} mentions), repeated {args.repeat}x")
    print(f"throughput       {chars * args.repeat / total:,.0f} chars/s")
    print(f"per document     mean {statistics.mean(per_doc_ms):.2f} ms, "
          f"median {statistics.median(per_doc_ms):.2f} ms, max {max(per_doc_ms):.2f} ms")
    seconds, found = _time_long_line(docs)
    print(f"one 2 MB line    {seconds:.2f} s ({LONG_LINE_CHARS / seconds:,.0f} chars/s, {found} mentions)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Resolve cost against extraction cost on an archive of N documents (default 10,000).

    python bench/bench_resolve.py [--docs N]

The documents are the labelled real articles (../shared/eval/dev, dev2, or seeds/ where those are absent) copied
with their organisation names varied per copy (so there are many companies, and each fine is told by several
copies), extracted and loaded into a DuckDB file in a temp dir, then resolved twice (a first resolve, which reads
every article's text, and the resolve after a run that loaded nothing new, which reads the kept name facts). Prints the times and the ratio resolve / extraction. Asserts nothing.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extractors.pipeline import extract  # noqa: E402
from flows.resolve_step import resolve_warehouse  # noqa: E402
from warehouse import Warehouse  # noqa: E402

SOURCES = [ROOT.parent / "shared" / "eval" / "dev" / "raw", ROOT.parent / "shared" / "eval" / "dev2" / "raw"]
NAMES = re.compile(r"\b(TikTok|Apple|Google|Alibaba|Meta|Microsoft|Amazon|Replika|Luka|OpenAI|Didi|Uber|Ant|"
                   r"Softbank|SoftBank|Samsung|Tencent|Volkswagen|Herbalife|NDTV|Starling|Visa|Square|Airbnb)\b")


def corpus(n: int) -> list[tuple[bytes, str]]:
    files = [p for d in SOURCES if d.is_dir() for p in sorted(d.iterdir()) if p.is_file()]
    files = files or sorted((ROOT / "seeds").iterdir())
    texts = [p.read_bytes().decode("utf-8", "replace") for p in files]
    out = []
    for i in range(n):
        base = texts[i % len(texts)]
        # copy k of every article names its companies with suffix k: each copy is a document of its own (other
        # bytes), and within copy k the articles that told one fact still tell it together
        group = i // len(texts)
        varied = NAMES.sub(lambda m: f"{m.group()}{group:03d}" if group else m.group(), base)
        out.append((varied.encode(), f"copy{i}/{files[i % len(files)].name}"))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    a = ap.parse_args(argv)
    docs = corpus(a.docs)
    t0 = time.perf_counter()
    exs = [extract(raw, path) for raw, path in docs]
    t_extract = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp, Warehouse(Path(tmp) / "r.duckdb") as wh:
        t0 = time.perf_counter()
        for i in range(0, len(exs), 200):
            wh.load(exs[i:i + 200])
        t_load = time.perf_counter() - t0
        t0 = time.perf_counter()
        s = resolve_warehouse(wh, quiet=True)
        t_resolve = time.perf_counter() - t0
        t0 = time.perf_counter()
        resolve_warehouse(wh, quiet=True)
        t_again = time.perf_counter() - t0
    records = sum(s.records.values())
    print(f"documents          {a.docs}; {records} records; {s.names} names → {s.companies} companies; "
          f"{sum(s.events.values())} events")
    print(f"extract (pure)     {t_extract:8.1f} s  ({1000 * t_extract / a.docs:.2f} ms/doc, one core)")
    print(f"load               {t_load:8.1f} s")
    print(f"resolve (first)    {t_resolve:8.1f} s  = {t_resolve / t_extract:.1%} of extraction")
    print(f"resolve (again)    {t_again:8.1f} s  = {t_again / t_extract:.1%} of extraction")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How well whole scraped pages are cleaned: newsledger's Document text against a hand-marked article body.

    python bench/bench_cleaning.py PATH/TO/article-extraction-benchmark [--worst N] [--variants]

PATH is a checkout of the public ScrapingHub article-extraction-benchmark (MIT): `html/*.html.gz` (181 news
pages from many sites) and `ground-truth.json` (each page's `articleBody`). Two extractors run on every page:
(a) newsledger: `extractors.clean.document.build_document` on the page's raw bytes, the code the flow runs;
a page it rejects (a `LoadFailure`) counts as an empty text and as a load error;
(b) trafilatura alone, called as the benchmark's own `extractors/run_trafilatura.py` calls it.
The score is the benchmark's `evaluate.py`: precision and recall of word 4-gram shingles per page, each page
weighted alike, averaged over pages, F1 from the two means. Prints P, R, F1, ms/page (CPU time of this
process, scoring included, so a busy shared machine skews it less than wall time) and load errors; asserts
nothing (`make bench` prints it beside the other benches).
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:   # run as a script, the repository root is not on the path
    sys.path.insert(0, str(ROOT))

from extractors.clean.document import build_document  # noqa: E402
from extractors.exceptions import LoadFailure  # noqa: E402

# -- the benchmark's evaluate.py, restated (same tokens, shingles, normalisation and averaging) ------------
_TOKEN = re.compile(r"\w+", re.UNICODE)


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    t, p = _shingles(true), _shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def scores(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    p = statistics.mean(_precision(*c) for c in counts if c[0] + c[1] > 0)
    r = statistics.mean(_recall(*c) for c in counts if c[0] + c[2] > 0)
    return p, r, 2 * p * r / (p + r)


# -- the extractors --------------------------------------------------------------------------------------
def _newsledger(raw: bytes, key: str) -> str | None:
    try:
        return build_document(raw, f"{key}.html").text
    except LoadFailure:
        return None


def _trafilatura(**options: object) -> Callable[[bytes, str], str | None]:
    import trafilatura

    def run(raw: bytes, _key: str) -> str | None:
        return trafilatura.extract(raw.decode("utf-8"), include_comments=False, **options)
    return run


def load(folder: Path) -> list[tuple[str, bytes, str]]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    return [(key, gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()), item.get("articleBody", ""))
            for key, item in sorted(truth.items())]


def measure(pages: list[tuple[str, bytes, str]], extract: Callable[[bytes, str], str | None]) -> dict:
    counts, failed, per_page = [], 0, []
    extract(pages[0][1], pages[0][0])   # warm up: imports, regex caches
    t0 = time.process_time()
    for key, raw, truth in pages:
        text = extract(raw, key)
        failed += text is None
        c = tp_fp_fn(truth, text or "")
        counts.append(c)
        per_page.append((key, _precision(*c), _recall(*c)))
    ms = (time.process_time() - t0) * 1000 / len(pages)
    p, r, f1 = scores(counts)
    return {"p": p, "r": r, "f1": f1, "ms": ms, "failed": failed, "pages": per_page}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a checkout of scrapinghub/article-extraction-benchmark")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages newsledger scores worst on")
    parser.add_argument("--variants", action="store_true", help="also score trafilatura's precision/recall modes")
    args = parser.parse_args(argv)
    if not (args.folder / "ground-truth.json").is_file() or not (args.folder / "html").is_dir():
        print(f"bench_cleaning: {args.folder} has no ground-truth.json and html/ (the article-extraction-benchmark)")
        return 1
    pages = load(args.folder)
    runs = [("newsledger", _newsledger), ("trafilatura alone", _trafilatura())]
    if args.variants:
        runs += [("trafilatura favor_precision", _trafilatura(favor_precision=True)),
                 ("trafilatura favor_recall", _trafilatura(favor_recall=True))]
    print(f"{len(pages)} pages; token 4-gram shingles as the benchmark's evaluate.py scores them")
    print(f"{'':<30}{'P':>7}{'R':>7}{'F1':>7}{'cpu ms/page':>12}  load errors")
    ours = None
    for name, extract in runs:
        m = measure(pages, extract)
        ours = ours or m
        failed = f"{m['failed']}" if name == "newsledger" else f"({m['failed']} empty)"
        print(f"{name:<30}{m['p']:>7.3f}{m['r']:>7.3f}{m['f1']:>7.3f}{m['ms']:>12.1f}  {failed}", flush=True)
    if args.worst and ours:
        worst = sorted(ours["pages"], key=lambda x: min(x[1], x[2]))[:args.worst]
        for key, p, r in worst:
            print(f"  {key[:16]}  P {p:.2f}  R {r:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

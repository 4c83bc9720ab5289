"""Extraction alone, in one process: CPU ms per document of `extractors.pipeline.extract`, with a per-stage split.

    python bench/bench_extract.py [--n 500] [--repeat 3] [--labelled] [--profile N] [--against DIR]

The documents are the first --n of the generated bench corpus (`bench_scale.build_corpus`: the seeds and dev
articles with other digits and names in every copy); --labelled adds the labelled sets (seeds, dev, dev2, blind,
blind2). Files are read once, before timing. Time is CPU time of this process (`time.process_time`), so other jobs
on the machine stretch it less than wall time; the best of --repeat passes is the figure to compare.

The split is exclusive time (a stage's own, its callees' stages subtracted) of: cleaning (bytes -> Document),
sentence splitting, money, percent, dates and names (the mentions DocContext finds), the rest of DocContext,
record rules (money drafts, stake drafts), completion/merge/record models, and the Extraction model. --profile N
prints cProfile's top N functions by own time over one pass instead.

--against DIR (another checkout, e.g. `git worktree add /tmp/base main`) compares two versions in the same run: one
worker process per version, their passes alternated so that the machine's load hits both alike; it prints each
version's best and median ms/doc and the ratio. Asserts nothing.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:   # run as a script, the repository root is not on the path
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_scale import build_corpus  # noqa: E402

SHARED = ROOT.parent / "shared"
LABELLED = (SHARED / "seeds", SHARED / "eval" / "dev" / "raw", SHARED / "eval" / "dev2" / "raw",
            ROOT / "eval" / "blind" / "raw", ROOT / "eval" / "blind2" / "raw")

# (module, attribute, stage): the functions timed, by where the caller looks them up
STAGES = (("extractors.pipeline", "build_document", "clean"),
          ("extractors.records.context", "split_sentences", "sentences"),
          ("extractors.records.context", "find_money", "money"),
          ("extractors.records.context", "group_money", "money"),
          ("extractors.records.context", "find_percents", "percent"),
          ("extractors.records.context", "find_dates", "dates"),
          ("extractors.records.context", "find_names", "names"),
          ("extractors.records", "DocContext", "context (rest)"),
          ("extractors.records", "money_drafts", "rules: money drafts"),
          ("extractors.records", "stake_drafts", "rules: stake drafts"),
          ("extractors.pipeline", "extract_records", "complete, merge, models"),
          ("extractors.pipeline", "Extraction", "Extraction model"))


class _Split:
    """Exclusive CPU time per stage: a wrapper's elapsed time, minus what wrappers called inside it took."""

    def __init__(self) -> None:
        self.own: dict[str, float] = defaultdict(float)
        self._stack: list[list[float]] = []

    def wrap(self, stage: str, fn: Callable) -> Callable:
        def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
            self._stack.append([0.0])
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                dt = time.process_time() - t0
                inner = self._stack.pop()[0]
                self.own[stage] += dt - inner
                if self._stack:
                    self._stack[-1][0] += dt
        return timed


def _documents(n: int, labelled: bool) -> list[tuple[str, bytes]]:
    corpus = build_corpus(Path(tempfile.gettempdir()) / "newsledger-bench", max(n, 1000))
    paths = sorted(p for p in corpus.rglob("*") if p.is_file() and not p.name.startswith("."))[:n]
    if labelled:
        for d in LABELLED:
            if d.is_dir():
                paths += sorted(p for p in d.rglob("*") if p.is_file())
    return [(str(p), p.read_bytes()) for p in paths]


def _pass(docs: list[tuple[str, bytes]]) -> float:
    from extractors.pipeline import extract
    t0 = time.process_time()
    for path, raw in docs:
        extract(raw, path)
    return time.process_time() - t0


def _stages(docs: list[tuple[str, bytes]]) -> tuple[dict[str, float], float]:
    """One pass with every stage wrapped (the wrappers add a little; the shares are what counts)."""
    import importlib
    split = _Split()
    saved = [(importlib.import_module(mod), attr) for mod, attr, _ in STAGES]
    saved = [(mod, attr, getattr(mod, attr)) for mod, attr in saved]
    try:
        for (mod, attr, fn), (_, _, stage) in zip(saved, STAGES):
            setattr(mod, attr, split.wrap(stage, fn))
        total = _pass(docs)
    finally:
        for mod, attr, fn in saved:
            setattr(mod, attr, fn)
    split.own["outside stages"] = total - sum(split.own.values())
    return split.own, total


def _worker(docs: list[tuple[str, bytes]]) -> int:
    """--worker: one pass per "pass" line read, its CPU seconds written back."""
    _pass(docs[:50])
    import extractors
    print("ready", Path(extractors.__file__).parent.parent, flush=True)
    for line in sys.stdin:
        if line.strip() == "pass":
            print(repr(_pass(docs)), flush=True)
    return 0


def _against(other: Path, args: argparse.Namespace, n: int) -> int:
    cmd = [sys.executable, __file__, "--worker", "--n", str(args.n)] + (["--labelled"] if args.labelled else [])
    procs = {label: subprocess.Popen(cmd + ["--root", str(root)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True)
             for label, root in (("this", ROOT), ("other", other.resolve()))}
    for label, proc in procs.items():
        assert proc.stdout is not None
        ready = proc.stdout.readline().split()
        assert ready[:1] == ["ready"], ready
        print(f"{label:5} imports extractors from {ready[1]}", flush=True)
    times: dict[str, list[float]] = {label: [] for label in procs}
    for k in range(args.repeat * 2):
        order = list(procs) if k % 2 == 0 else list(reversed(procs))   # neither always goes first
        for label in order:
            proc = procs[label]
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write("pass\n")
            proc.stdin.flush()
            times[label].append(float(proc.stdout.readline()) / n * 1000)
    for proc in procs.values():
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait()
    for label, root in (("this", ROOT), ("other", other.resolve())):
        t = sorted(times[label])
        print(f"{label:5} {str(root):40} CPU ms/doc best {t[0]:.2f} median {statistics.median(t):.2f} "
              f"({len(t)} passes)")
    ratio = min(times["this"]) / min(times["other"])
    ratios = sorted(a / b for a, b in zip(times["this"], times["other"]))
    print(f"this/other: best {ratio:.3f}, median of paired passes {statistics.median(ratios):.3f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500, help="documents of the generated corpus (default 500)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--labelled", action="store_true", help="add the labelled sets' articles")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="cProfile's top N by own time")
    parser.add_argument("--against", type=Path, default=None, metavar="DIR", help="another checkout to compare")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.root))   # the checkout whose extractors are timed
    docs = _documents(args.n, args.labelled)
    n = len(docs)
    if args.worker:
        return _worker(docs)
    if args.against is not None:
        return _against(args.against, args, n)
    size = sum(len(raw) for _, raw in docs)
    _pass(docs[:50])   # warm up: imports, compiled regexes
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        _pass(docs)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.profile)
        return 0
    passes = [_pass(docs) for _ in range(args.repeat)]
    best, mean = min(passes) / n * 1000, sum(passes) / len(passes) / n * 1000
    print(f"documents {n} ({size:,} bytes), {args.repeat} passes; CPU ms/doc: best {best:.2f}, mean {mean:.2f}")
    own, total = _stages(docs)
    print(f"{'stage':28} {'ms/doc':>7} {'share':>6}")
    for stage, sec in sorted(own.items(), key=lambda kv: -kv[1]):
        print(f"{stage:28} {sec / n * 1000:7.2f} {sec / total:6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

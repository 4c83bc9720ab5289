"""Output identity guard for speed work: extract every article of the labelled sets and a generated bench corpus,
serialise the results deterministically and compare with a snapshot.

    python bench/check_identical.py --snapshot FILE   # write the snapshot (before a change)
    python bench/check_identical.py FILE              # compare (after); exit 1 on the first differing document
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_scale import build_corpus  # noqa: E402
from extractors.pipeline import extract  # noqa: E402

SHARED = ROOT.parent / "shared"
DIRS = (SHARED / "seeds", SHARED / "eval" / "dev" / "raw", SHARED / "eval" / "dev2" / "raw",
        ROOT / "eval" / "blind" / "raw", ROOT / "eval" / "blind2" / "raw", ROOT / "eval" / "blind3" / "raw")


def files(bench_n: int) -> list[Path]:
    out: list[Path] = []
    for d in DIRS:
        if d.is_dir():
            out += sorted(p for p in d.rglob("*") if p.is_file())
    corpus = build_corpus(Path(tempfile.gettempdir()) / "newsledger-bench", bench_n)
    out += sorted(p for p in corpus.rglob("*") if p.is_file() and not p.name.startswith("."))
    return out


def digest(path: Path) -> str:
    ex = extract(path.read_bytes(), str(path))
    blob = ex.model_dump_json()
    return hashlib.sha256(blob.encode()).hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("file", type=Path)
    ap.add_argument("--snapshot", action="store_true")
    ap.add_argument("--bench", type=int, default=1000)
    a = ap.parse_args()
    result = {str(p): digest(p) for p in files(a.bench)}
    if a.snapshot:
        a.file.write_text(json.dumps(result, indent=0, sort_keys=True))
        print(f"snapshot of {len(result)} documents -> {a.file}")
        return 0
    old = json.loads(a.file.read_text())
    bad = [k for k in sorted(set(old) | set(result)) if old.get(k) != result.get(k)]
    print(f"{len(result)} documents, {len(bad)} differ")
    for k in bad[:20]:
        print("  DIFF", k)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())

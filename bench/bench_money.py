"""Throughput of find_money and find_percents over the seed and dev articles, read as plain text.

    .venv/bin/python bench/bench_money.py [--repeat N] [--shared PATH]

Prints characters per second for each finder, and for both in turn, over the articles concatenated N
times, and over the same text as one single line (no newlines), the shape a minified page arrives in.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere, without installing the project

from extractors.mentions.money import find_money  # noqa: E402
from extractors.mentions.percent import find_percents  # noqa: E402


def _articles(shared: Path) -> str:
    paths = sorted((shared / "seeds").glob("*")) + sorted((shared / "eval" / "dev" / "raw").glob("*"))
    if not paths:
        raise SystemExit(f"no articles under {shared}/seeds or {shared}/eval/dev/raw")
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in paths)


def _rate(finder: Callable[[str], list], text: str) -> tuple[float, int]:
    """(chars per second, mentions found), best of three runs."""
    best, found = float("inf"), 0
    for _ in range(3):
        t0 = time.perf_counter()
        found = len(finder(text))
        best = min(best, time.perf_counter() - t0)
    return len(text) / best, found


def _both(text: str) -> list:
    return find_money(text) + find_percents(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="times the articles are concatenated")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared/ folder")
    args = parser.parse_args()
    text = _articles(args.shared) * args.repeat
    for shape, sample in (("articles", text), ("one line", text.replace("\n", " "))):
        for name, finder in (("find_money", find_money), ("find_percents", find_percents), ("both", _both)):
            rate, found = _rate(finder, sample)
            print(f"{name:14s} {shape:9s} {len(sample):>10,} chars  {rate / 1e6:6.2f} M chars/s  {found:>6} found")


if __name__ == "__main__":
    main()

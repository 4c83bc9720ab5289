"""CPU time of a finder on a text, for the checks that ten times the text costs about ten times the time."""
from __future__ import annotations

import time
from collections.abc import Callable


def best_cpu_time(finder: Callable[[str], list], text: str) -> float:
    """Best of three, in CPU time of this process: the other processes on a shared machine do not count."""
    times = []
    for _ in range(3):
        t0 = time.process_time()
        finder(text)
        times.append(time.process_time() - t0)
    return min(times)


def assert_scales_linearly(finder: Callable[[str], list], unit: str) -> None:
    small, large = unit * (10_000 // len(unit)), unit * (100_000 // len(unit))
    t_small, t_large = best_cpu_time(finder, small), best_cpu_time(finder, large)
    assert t_large < 30 * max(t_small, 0.05), f"{unit!r}: {t_small:.3f}s then {t_large:.3f}s"

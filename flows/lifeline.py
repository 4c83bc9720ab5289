"""Children that die with their parent: a SIGKILLed run (OOM killer, pre-empted node) leaves no process behind.

Linux delivers a chosen signal to a process when its parent dies (prctl PR_SET_PDEATHSIG); elsewhere a
watchdog thread polls the parent's pid. Both are armed by the child itself, first thing after it starts.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int | None = None, sig: int = signal.SIGKILL) -> None:
    """Arm this process to get `sig` when its parent exits; exit now if the parent is already gone."""
    armed = False
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
            armed = libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0) == 0
        except (OSError, AttributeError):
            armed = False
    expected = parent_pid if parent_pid is not None else os.getppid()
    if os.getppid() != expected or expected == 1:  # the parent died before the signal was armed
        os._exit(1)
    if not armed:
        threading.Thread(target=_watch, args=(expected,), daemon=True, name="parent-watchdog").start()


def _watch(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(1.0)
    os._exit(1)

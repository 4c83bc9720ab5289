"""Imported only by the multiprocessing forkserver (as its preload): it dies with the run that started it.

The forkserver is the parent of the local worker processes, which die with it (flows.worker arms them);
it exits by itself when the run closes its pipe, but a run killed with SIGKILL must not depend on that.
Importing flows.worker here also means each worker is forked with the pure core already imported.
"""
from flows.lifeline import die_with_parent
from flows import worker  # noqa: F401  (preloaded for the workers)

die_with_parent()

"""Imported only by the multiprocessing forkserver (as its preload): it dies with the run that started it.

The forkserver is the parent of the local worker processes, which die with it (flows.worker arms them);
it exits by itself when the run closes its pipe, but a run killed with SIGKILL must not depend on that.
It imports nothing else: the fork server stays small (each worker imports the pure core as it starts).
"""
from flows.lifeline import die_with_parent

die_with_parent()

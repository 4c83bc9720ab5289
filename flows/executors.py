"""Where extraction runs: inline, in a local pool of worker processes, or on an existing Dask cluster.

Prefect's process-pool and Dask task runners run Prefect's task engine inside each worker, and with no
PREFECT_API_URL every worker then starts a temporary Prefect server of its own (1.4-1.8 GB in all on two
workers). So the flow keeps Prefect in its own process: each Prefect task hands the pure function
`flows.worker.extract_files` to one of these executors and waits for its result. Workers import only the
pure core (`flows.worker`), never Prefect.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, Callable



def extract_files(paths: list[str]) -> list:
    """`flows.worker.extract_files`, imported where it runs: the run process submits this by reference and
    never imports the extraction code itself (only the workers need it)."""
    from flows.worker import extract_files as extract

    return extract(paths)


def _init_local_worker() -> None:
    from flows.worker import init_local_worker  # the extraction code is imported once, as the worker starts

    init_local_worker()


class ClusterUnavailable(RuntimeError):
    """The Dask scheduler named by --dask-address cannot be reached; the message says which and why."""


class InlineExecutor(Executor):
    """One worker: run in the calling thread (no process to start, nothing to pickle)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        fut: Future = Future()
        try:
            fut.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # handed to whoever waits on the future, as a pool would
            fut.set_exception(exc)
        return fut


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))  # the cores this process may use (containers, taskset)
    except AttributeError:
        return os.cpu_count() or 1


@contextmanager
def open_executor(workers: int, dask_address: str | None = None) -> Iterator[Executor]:
    """The executor for a run; shut down (workers stopped) when the block ends, however it ends."""
    if dask_address:
        try:
            from distributed import Client
        except ImportError as exc:  # an optional extra: `pip install 'newsledger[cluster]'`
            raise RuntimeError("--dask-address needs the `distributed` package: "
                               "pip install 'newsledger[cluster]'") from exc
        try:
            client = Client(dask_address, set_as_default=False, timeout="15s")
        except (OSError, TimeoutError) as exc:
            raise ClusterUnavailable(f"cannot reach the Dask scheduler at {dask_address} ({exc}); start one with "
                                     "`dask scheduler` and check the address and port") from exc
        try:
            yield client.get_executor(pure=False)
        finally:
            client.close()
        return
    if workers <= 1:
        yield InlineExecutor()
        return
    # forkserver: workers fork from a clean, small server (no Prefect, no threads of ours, no DuckDB connection
    # inherited) and each imports the pure core as it starts; spawn where fork is unavailable
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        ctx.set_forkserver_preload(["flows.forkserver_preload"])
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_local_worker)
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)

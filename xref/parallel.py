"""Run one function over many files in worker processes, the results in input order."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

__all__ = ["AUTO_MIN_FILES", "cpu_count", "map_ordered", "workers_for"]

T = TypeVar("T")
R = TypeVar("R")

# Below this many files a worker's start-up (importing pandas and xref,
# compiling the pattern tables: about a second) costs more than it saves.
AUTO_MIN_FILES = 200


def cpu_count() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def workers_for(jobs: int, n_items: int) -> int:
    """How many worker processes ``jobs`` means for ``n_items`` files.

    ``jobs`` 1 is no workers (everything in this process); a number above 1
    is that many workers; 0 is automatic: one per CPU, once there are
    :data:`AUTO_MIN_FILES` files or more.
    """
    if jobs < 0:
        raise ValueError("jobs must be 0 (automatic) or a positive number")
    if jobs == 0:
        jobs = cpu_count() if n_items >= AUTO_MIN_FILES else 1
    return max(1, min(jobs, n_items))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # killed but not yet reaped by its own parent: a zombie is dead too
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[-1].split()[0] != b"Z"
    except OSError:
        return True


def _watch(pid: int) -> None:
    """Run in each worker: end it once the process that started the work is gone.

    A build killed with SIGKILL cannot stop its workers; without this they
    would go on, orphaned, holding CPU and memory.
    """
    def watch() -> None:
        while _alive(pid):
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="xref-watch-parent", daemon=True).start()


def map_ordered(fn: Callable[[T], R], items: Sequence[T], workers: int,
                ahead: int = 4) -> Iterator[R]:
    """``fn`` applied to each item, yielded in the order of ``items``.

    With ``workers`` above 1 the calls run in that many processes (``fn``
    and the items must pickle); the order, and so every table built from
    the results, is the same as a run in this process. At most ``ahead``
    items a worker are under way or waiting to be taken, so the results of
    a large corpus never pile up in memory. Should a worker die (killed for
    memory, say), the items not yet done are run here instead; should this
    process die, the workers end within a second.
    """
    if workers <= 1:
        yield from map(fn, items)
        return
    methods = multiprocessing.get_all_start_methods()
    # forkserver starts workers from a clean process: no threads inherited.
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    done = 0
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_watch,
                                 initargs=(os.getpid(),)) as pool:
            pending: deque[Future[R]] = deque()
            queued = 0
            while done < len(items):
                while queued < len(items) and queued - done < workers * ahead:
                    pending.append(pool.submit(fn, items[queued]))
                    queued += 1
                result = pending.popleft().result()
                done += 1
                yield result
    except BrokenProcessPool:
        yield from map(fn, items[done:])

"""What every worker process of a pool starts with (imports, checks, bulk
keys): Ctrl-C left to the application, which cancels; and an exit as soon as
the application's process ends, however it ends. A worker holds the write end
of its own call queue, so it would never see the pipe close and would stay
(using memory until logout) after the application was killed - by the Task
Manager, the out-of-memory killer or a crash."""

from __future__ import annotations

import atexit
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing import get_context
from typing import Any


def start_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        # The sentinel is a pipe on POSIX and a process handle on Windows.
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def spawn_pool(workers: int, initializer: Callable[[], None] = start_worker) -> ProcessPoolExecutor:
    """A pool of *workers* processes started with ``spawn``, never ``fork``
    (the caller may be a GUI process with threads); *initializer* must call
    ``start_worker``."""
    return ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=initializer)


#: Seconds an idle shared pool is kept for the next use (an import plans, then
#: writes: starting a worker process costs a second or more of CPU - Python,
#: our modules, the pinyin dictionaries).
IDLE_S = 120.0

_shared_lock = threading.Lock()
_shared: dict[str, Any] = {"pool": None, "workers": 0, "busy": False, "timer": None}


def _usable(pool: ProcessPoolExecutor) -> bool:
    # A worker that died (killed, out of memory) breaks the whole pool.
    return not getattr(pool, "_broken", False) and not getattr(pool, "_shutdown_thread", False)


@contextmanager
def shared_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A spawn pool of *workers* processes (``spawn_pool``), the one an earlier
    block left if it is still there, so that consecutive steps of one piece of
    work start their workers once. It is shut down after ``IDLE_S`` seconds
    unused, and at exit. A block running while another holds the shared pool
    gets a pool of its own, shut down when it ends."""
    with _shared_lock:
        pool = None
        if not _shared["busy"]:
            _cancel_timer()
            pool = _shared["pool"]
            if pool is not None and (_shared["workers"] != workers or not _usable(pool)):
                pool.shutdown(wait=False, cancel_futures=True)
                pool = None
            if pool is None:
                pool = spawn_pool(workers)
                _shared.update(pool=pool, workers=workers)
            _shared["busy"] = True
            own = False
        else:
            own = True
    if own:
        pool = spawn_pool(workers)
    assert pool is not None
    try:
        yield pool
    finally:
        if own:
            pool.shutdown(wait=True, cancel_futures=True)
        else:
            with _shared_lock:
                _shared["busy"] = False
                if _usable(pool):
                    timer = threading.Timer(IDLE_S, release_shared_pool)
                    timer.daemon = True
                    timer.start()
                    _shared["timer"] = timer
                else:
                    _shared["pool"] = None
                    pool.shutdown(wait=False, cancel_futures=True)


def _cancel_timer() -> None:
    timer = _shared["timer"]
    if timer is not None:
        timer.cancel()
        _shared["timer"] = None


def release_shared_pool() -> None:
    """Shut the shared pool down unless it is in use (idle time out, exit)."""
    with _shared_lock:
        pool = _shared["pool"]
        if pool is None or _shared["busy"]:
            return
        _cancel_timer()
        _shared["pool"] = None
    pool.shutdown(wait=True, cancel_futures=True)


atexit.register(release_shared_pool)

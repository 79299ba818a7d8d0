"""What every worker process of a pool starts with (imports, checks, bulk
keys): Ctrl-C left to the application, which cancels; and an exit as soon as
the application's process ends, however it ends. A worker holds the write end
of its own call queue, so it would never see the pipe close and would stay
(using memory until logout) after the application was killed - by the Task
Manager, the out-of-memory killer or a crash."""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context


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

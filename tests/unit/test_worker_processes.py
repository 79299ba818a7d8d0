"""The shared pool of worker processes: one start for consecutive steps, a
pool of its own for a step that runs meanwhile, a broken pool replaced."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool

import pytest

from app import worker_processes as wp


@pytest.fixture(autouse=True)
def no_shared_pool_left() -> Iterator[None]:
    wp.release_shared_pool()
    yield
    wp.release_shared_pool()


def test_consecutive_blocks_share_the_worker_processes() -> None:
    with wp.shared_pool(1) as first:
        pid = first.submit(os.getpid).result()
    with wp.shared_pool(1) as second:
        assert second is first
        assert second.submit(os.getpid).result() == pid
    assert wp._shared["timer"] is not None  # shut down when left unused
    wp.release_shared_pool()
    assert wp._shared["pool"] is None


def test_a_block_running_meanwhile_gets_its_own_pool() -> None:
    with wp.shared_pool(1) as shared, wp.shared_pool(1) as own:
        assert own is not shared
        assert own.submit(os.getpid).result() != shared.submit(os.getpid).result()
    assert wp._shared["pool"] is shared


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kills a worker with SIGKILL")
def test_a_pool_whose_worker_died_is_not_given_again() -> None:
    with wp.shared_pool(1) as pool:
        pid = pool.submit(os.getpid).result()
        os.kill(pid, signal.SIGKILL)
        with pytest.raises(BrokenProcessPool):
            pool.submit(os.getpid).result()
    with wp.shared_pool(1) as fresh:
        assert fresh is not pool
        assert fresh.submit(os.getpid).result() != pid

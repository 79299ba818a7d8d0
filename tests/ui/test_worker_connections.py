"""A task run through ui/workers.py gets its own connection, with every pragma."""

from __future__ import annotations

import threading
from pathlib import Path

from app.db import DB
from tests.unit.test_connections import EXPECTED, read_pragmas
from ui.workers import Task, TaskState


def _pragmas_in_worker(_state: TaskState) -> tuple[int, bool, dict]:
    return threading.get_ident(), DB.is_closed(), read_pragmas()


def test_a_worker_task_reads_the_pragmas_back(qtbot, db_path: Path):
    task = Task(_pragmas_in_worker)
    with qtbot.waitSignal(task.signals.succeeded, timeout=10_000) as blocker:
        task.start()
    thread_id, closed, pragmas = blocker.args[0]
    assert thread_id != threading.get_ident()  # really off the UI thread
    assert closed is False  # Task opened a connection for it
    assert pragmas == EXPECTED

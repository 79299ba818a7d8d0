"""The one way to run app/ work off the UI thread.

A ``Task`` runs a plain function in the global QThreadPool. The function gets
a ``TaskState`` to report progress and to check for cancellation; it must not
touch widgets. Result, error and progress come back to the UI thread as
signals. Database access in the function opens its own peewee connection
(connections are per thread)."""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.db import DB

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class TaskState:
    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()


class Task(QRunnable):
    """``Task(fn, *args)``: ``fn(state, *args)`` runs in a worker thread."""

    def __init__(self, fn: Callable[..., Any], *args: Any, use_db: bool = True) -> None:
        super().__init__()
        self.signals = _Signals()
        self.state = TaskState(self.signals)
        self._fn = fn
        self._args = args
        self._use_db = use_db
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            if self._use_db:
                with DB.connection_context():
                    result = self._fn(self.state, *self._args)
            else:
                result = self._fn(self.state, *self._args)
        except Cancelled:
            self._emit(self.signals.cancelled)
        except Exception as exc:  # reported to the UI, which decides how to show it
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            log.debug("task failed", exc_info=True)
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.succeeded, result)
        finally:
            self._emit(self.signals.finished)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            # The application is closing and took the signals' object with it:
            # nobody is left to tell (an uncaught error here would abort Python).
            log.debug("task finished after the application closed", exc_info=True)

    def start(self, pool: QThreadPool | None = None) -> Task:
        # Kept alive until finished, whoever started it: a task whose owner is
        # gone must still be able to emit from its thread.
        _RUNNING.add(self)
        self.signals.finished.connect(lambda: _RUNNING.discard(self))
        (pool or QThreadPool.globalInstance()).start(self)
        return self


_RUNNING: set[Task] = set()

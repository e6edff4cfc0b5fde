"""One helper for slow work off the GUI thread (loading tables now; exports and PDFs later)."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class Cancelled(Exception):
    pass


class Task(QRunnable):
    """Runs ``fn(*args, progress=callback)`` on the pool; results come back as signals."""

    def __init__(self, fn: Callable[..., Any], *args, with_progress: bool = False):
        super().__init__()
        self.signals = _Signals()
        self._fn, self._args, self._with_progress = fn, args, with_progress
        self.cancelled = False
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self.cancelled = True

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled()
        self.signals.progressed.emit(done, total)

    def run(self) -> None:
        try:
            kwargs = {"progress": self._progress} if self._with_progress else {}
            result = self._fn(*self._args, **kwargs)
        except Cancelled:
            return
        except Exception as exc:  # delivered to the GUI thread, which shows it
            exc.traceback_text = traceback.format_exc()
            self.signals.failed.emit(exc)
            return
        if not self.cancelled:
            self.signals.finished.emit(result)


_running: set[Task] = set()


def run_task(fn: Callable[..., Any], *args, on_done: Callable[[Any], None],
             on_error: Callable[[Exception], None], with_progress: bool = False) -> Task:
    task = Task(fn, *args, with_progress=with_progress)
    _running.add(task)
    task.signals.finished.connect(on_done)
    task.signals.failed.connect(on_error)
    task.signals.finished.connect(lambda _r: _running.discard(task))
    task.signals.failed.connect(lambda _e: _running.discard(task))
    QThreadPool.globalInstance().start(task)
    return task

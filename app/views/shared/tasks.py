"""One helper for slow work off the GUI thread (loading tables now; exports and PDFs later)."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


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


class _AfterPaint(QObject):
    """Calls ``fn`` once: after the widget's next paint, or after ``at_most_ms`` if it is not painted by then."""

    def __init__(self, widget: QWidget, fn: Callable[[], Any], at_most_ms: int):
        super().__init__(widget)
        self._fn = fn
        widget.installEventFilter(self)
        QTimer.singleShot(at_most_ms, self, self._call)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._call)  # the paint pass has finished by then
        return False

    def _call(self) -> None:
        fn, self._fn = self._fn, None
        if fn is not None:
            self.parent().removeEventFilter(self)
            self.deleteLater()
            fn()


def after_paint(widget: QWidget, fn: Callable[[], Any], at_most_ms: int = 250) -> None:
    """Run ``fn`` once the widget has painted what it now shows (at once if it is hidden): background work started
    meanwhile would hold Python's lock while the GUI thread paints, and the rows would show later."""
    if widget.isVisible():
        _AfterPaint(widget, fn, at_most_ms)
    else:
        fn()


SHOW_PROGRESS_MS = 400  # work that ends sooner shows no progress window


def delayed_progress(text: str, cancel: str, title: str, name: str, stop: threading.Event,
                     parent: QWidget | None = None) -> QProgressDialog:
    """A progress window for work of unknown length on the worker, shown only if it is still running after
    ``SHOW_PROGRESS_MS``; its Cancel sets ``stop``. End it with ``end_progress``."""
    progress = QProgressDialog(text, cancel, 0, 0, parent)
    progress.setObjectName(name)
    progress.setWindowTitle(title)
    if parent is not None:
        progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(60 * 60 * 1000)  # shown by the timer below, not by Qt's own (after four seconds)
    progress.canceled.connect(stop.set)
    QTimer.singleShot(SHOW_PROGRESS_MS, progress, lambda: None if progress.property("ended") else progress.show())
    return progress


def end_progress(progress: QProgressDialog) -> None:
    progress.setProperty("ended", True)
    progress.reset()
    progress.deleteLater()

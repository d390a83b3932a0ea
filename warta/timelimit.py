"""A time limit for one document: past it, the running stage is interrupted (SIGALRM), so no document
can hang a run. Alarms exist only on Unix and in a process's main thread (the CLI and its coding
processes); elsewhere (the HTTP API's threads) the limit is checked between stages instead.

C code (a regular expression, a parser) is interrupted only when it returns to Python; the stages
bound their inputs so that it always returns soon (clean.MAX_CHARS, sentences.MAX_SENTENCE_CHARS).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

__all__ = ["Expired", "alarm_available", "time_limit"]


class Expired(BaseException):
    """The time limit passed. A BaseException, like KeyboardInterrupt, so that no `except Exception` in
    a stage or a library it calls swallows it; the pipeline turns it into a Skip."""


_armed = threading.local()


def alarm_available() -> bool:
    """Whether this thread can be interrupted by an alarm."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _ring(signum: int, frame: FrameType | None) -> None:
    if getattr(_armed, "on", False):  # a late signal after the limit was lifted does nothing
        _armed.on = False
        raise Expired


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise `Expired` in this block once `seconds` have passed (where alarms are available)."""
    if seconds is None or seconds <= 0 or not alarm_available():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _ring)
    _armed.on = True
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        _armed.on = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

"""The signals that stop a command: SIGTERM unwinds as Ctrl-C does (`Terminated`), and both
wait while a temporary file is made or removed (`held`), so that a stop never leaves one
behind: Python runs a signal's handler between any two steps, including the step after a file
is created and before its name is known to the code that would remove it."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from salonbot.errors import Terminated

_held = 0  # how many `held` blocks the main thread is in
_pending: list[type[BaseException]] = []  # the stops that came while held


def _stop(kind: type[BaseException]) -> None:
    if _held:
        _pending.append(kind)
        return
    raise kind


def _terminate(signum: int, frame: object) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second SIGTERM must not cut the clean-up
    _stop(Terminated)


def _interrupt(signum: int, frame: object) -> None:
    _stop(KeyboardInterrupt)


@contextmanager
def installed() -> Iterator[None]:
    """SIGTERM raises Terminated, and Ctrl-C KeyboardInterrupt (unless the process was started
    with it ignored), both held by `held`, for the block; the previous handlers after it. Only
    the main thread has signal handlers: elsewhere this does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous: dict[int, Callable[..., Any] | int | None] = {
        signal.SIGTERM: signal.signal(signal.SIGTERM, _terminate)}
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        previous[signal.SIGINT] = signal.signal(signal.SIGINT, _interrupt)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        _pending.clear()


@contextmanager
def held() -> Iterator[None]:
    """A stop that comes during the block is raised at its end, not inside it. For short steps
    that must happen together (a file created and its name kept, a file removed); in the main
    thread only (a worker thread never runs a handler: nothing to hold there)."""
    global _held
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _held += 1
    try:
        yield
    finally:
        _held -= 1
        if not _held and _pending:
            kind = _pending[0]
            _pending.clear()
            raise kind

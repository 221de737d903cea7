"""Stopping a read that is blocked on a silent server: from a deadline, or from another thread.

A blocked socket read ends only when data arrives, the read timeout passes, or the socket is shut
down. The read timeout is fixed for a whole response body, so a stream's own deadlines (time to
first token, idle time between events, the bounded drain after `[DONE]`) are kept by shutting the
socket down when they pass: the reader then sees the connection end and reports why.

`SyncWatchdog` is one daemon thread for the whole process, woken only when the earliest deadline
changes. `watch_async` uses the running event loop's timer. Both work on any `Watched` object: a
deadline (monotonic seconds, or None) and a callback to run when it passes.
"""

from __future__ import annotations

import contextlib
import math
import socket
import threading
import time
import weakref
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import httpx

__all__ = ["SyncWatchdog", "Timer", "Watched", "shutdown", "watch_async", "watchdog"]


class Watched(Protocol):
    """Something with a deadline that must be stopped when the deadline passes."""

    @property
    def deadline(self) -> float | None:
        """When to act, in `time.monotonic()` seconds; None when there is nothing to watch."""

    def expire(self) -> None:
        """The deadline passed: stop the blocked read (called from the watchdog)."""


def _socket(response: httpx.Response) -> Any:
    """The response's socket (`socket.socket`, or asyncio's wrapper of one), if it has one."""
    stream = response.extensions.get("network_stream")
    get_extra_info = getattr(stream, "get_extra_info", None)
    if get_extra_info is None:
        return None
    sock = get_extra_info("socket")
    return sock if callable(getattr(sock, "shutdown", None)) else None


def has_socket(response: httpx.Response) -> bool:
    """Whether the response is read from a socket this module can stop."""
    return _socket(response) is not None


def shutdown(response: httpx.Response) -> bool:
    """Shut the response's socket down so that a read blocked on it returns at once.

    Returns False when the transport has no socket (an in-process transport, for example).
    """
    sock = _socket(response)
    if sock is None:
        return False
    with contextlib.suppress(OSError):  # already closed: the reader has its answer
        sock.shutdown(socket.SHUT_RDWR)
    return True


class SyncWatchdog:
    """One daemon thread that expires the watched objects whose deadline has passed."""

    def __init__(self) -> None:
        self._watched: weakref.WeakSet[Any] = weakref.WeakSet()  # never keeps a stream alive
        self._wake = threading.Condition()
        self._wake_at = math.inf  # when the thread looks next
        self._thread: threading.Thread | None = None

    def watch(self, item: Watched) -> None:
        """Watch `item`; cheap when it is watched already and its deadline only moved later."""
        deadline = item.deadline
        if deadline is not None and deadline >= self._wake_at and item in self._watched:
            return  # the thread wakes before this deadline and reads it again then
        with self._wake:
            self._watched.add(item)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="openrouter-watchdog", daemon=True
                )
                self._thread.start()
            self._wake.notify()

    def discard(self, item: Watched) -> None:
        with self._wake:
            self._watched.discard(item)

    def _run(self) -> None:
        with self._wake:
            while True:
                now = time.monotonic()
                item: Any = None
                watched = list(self._watched)
                due = [w for w in watched if w.deadline is not None and w.deadline <= now]
                for item in due:
                    self._watched.discard(item)
                pending = [w.deadline for w in watched if w.deadline is not None and w not in due]
                if due:
                    self._wake.release()
                    try:
                        for item in due:
                            item.expire()
                    finally:
                        self._wake.acquire()
                    continue
                # Deadlines move later as data arrives; waking at the earliest one and checking
                # again costs nothing per event. With nothing to watch, wait to be told.
                self._wake_at = min(pending) if pending else math.inf
                del watched, due, item  # while waiting, hold no stream: a dropped one is freed
                self._wake.wait(self._wake_at - now if pending else None)


_WATCHDOG = SyncWatchdog()


def watchdog() -> SyncWatchdog:
    """The process-wide watchdog for blocking reads."""
    return _WATCHDOG


def watch_async(item: Watched) -> Timer | None:
    """Expire `item` when its deadline passes, on the running loop (None: no deadline)."""
    deadline = item.deadline
    return None if deadline is None else Timer(item, deadline)


class Timer:
    """A timer on the running loop that follows a moving deadline and expires the item at it.

    Attributes:
        finished: the timer fired (or was cancelled) and watches no more.
    """

    __slots__ = ("_handle", "_item", "_loop", "finished")

    def __init__(self, item: Watched, deadline: float) -> None:
        import asyncio  # only async streams get here: `import openrouter` does not pay for it

        self._item = item
        self._loop = asyncio.get_running_loop()
        self.finished = False
        self._handle = self._loop.call_later(max(0.0, deadline - time.monotonic()), self._check)

    def _check(self) -> None:
        current = self._item.deadline
        if current is not None:
            remaining = current - time.monotonic()
            if remaining > 0:  # the deadline moved later since the timer was set
                self._handle = self._loop.call_later(remaining, self._check)
                return
            self._item.expire()
        self.finished = True

    def cancel(self) -> None:
        self._handle.cancel()
        self.finished = True

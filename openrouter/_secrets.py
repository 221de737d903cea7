"""Secrets: refuse header values that could split a request, and mask keys in any text.

`mask(text)` hides the key of every live client (by value) and anything shaped like an
OpenRouter key or a bearer token (by shape), wherever the text came from: a request, an error
body a server or proxy echoed, a response header. Exceptions, log lines and cassettes use it.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections import deque
from collections.abc import Mapping
from typing import Any

from openrouter_api.types import REDACTED, redact

__all__ = [
    "MIN_MASKED_LENGTH",
    "PLACEHOLDER",
    "check_header_value",
    "check_headers",
    "hold_secret",
    "mask",
    "mask_data",
    "mask_live",
]

PLACEHOLDER = REDACTED
#: Configured keys shorter than this are not masked by value: a placeholder key such as "k" would
#: blank out that letter in every message. Real keys are far longer (and key-shaped anyway).
MIN_MASKED_LENGTH = 8

# C0 controls and DEL: CR and LF would end the header line (and inject headers); the others
# are never valid in a value this client sends.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")


class _LiveSecrets:
    """The configured keys of live clients, counted: a key is forgotten with its last holder.

    A holder's finalizer may run inside any allocation, including one made while the lock is
    held (garbage collection), so it only queues the release; the next `hold` or `pattern`
    applies it under the lock.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[str, int] = {}
        self._released: deque[str] = deque()  # appended by finalizers, without the lock
        self._pattern: re.Pattern[str] | None = None

    def hold(self, owner: object, secret: str) -> None:
        with self._lock:
            self._apply_releases()
            self._counts[secret] = self._counts.get(secret, 0) + 1
            self._pattern = None
        weakref.finalize(owner, self._released.append, secret)

    def _apply_releases(self) -> None:
        while self._released:
            secret = self._released.popleft()
            left = self._counts.get(secret, 0) - 1
            if left > 0:
                self._counts[secret] = left
            else:
                self._counts.pop(secret, None)
            self._pattern = None

    def pattern(self) -> re.Pattern[str] | None:
        pattern = self._pattern
        if pattern is not None and not self._released:
            return pattern
        with self._lock:
            self._apply_releases()
            if self._pattern is None and self._counts:
                # Longest first, so a key that contains another is masked whole.
                alternatives = sorted(self._counts, key=len, reverse=True)
                self._pattern = re.compile("|".join(map(re.escape, alternatives)))
            return self._pattern


_LIVE = _LiveSecrets()


def hold_secret(owner: object, secret: str | None) -> None:
    """Mask `secret` everywhere for as long as `owner` (a client configuration) is alive."""
    if secret and len(secret) >= MIN_MASKED_LENGTH:
        _LIVE.hold(owner, secret)


def mask_live(text: str, placeholder: str = PLACEHOLDER) -> str:
    """`text` with the key of every live client replaced by `placeholder`."""
    known = _LIVE.pattern()
    return text if known is None else known.sub(placeholder, text)


def mask(text: str) -> str:
    """`text` with every live client's key and everything key-shaped replaced by a placeholder."""
    return redact(mask_live(text))


def mask_data(value: Any) -> Any:
    """`mask` applied to every string inside decoded JSON (dicts, lists, tuples); the rest as is."""
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {mask(k) if isinstance(k, str) else k: mask_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(mask_data(item) for item in value)
    return value


def check_header_value(parameter: str, value: str | bytes) -> None:
    """Refuse a header value with a control character (CR/LF would split the request), or a
    non-ASCII one (httpx would fail at send time).

    The error names the parameter and never repeats the value, which may be a key.
    """
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    if _CONTROL.search(text):
        raise ValueError(f"{parameter} contains a control character (CR, LF, ...)")
    if isinstance(value, str) and not value.isascii():
        raise ValueError(f"{parameter} contains a non-ASCII character (header values are ASCII)")


def check_headers(parameter: str, headers: Mapping[str, Any]) -> None:
    """`check_header_value` for each value of a headers mapping, and a check of each name."""
    for name, value in headers.items():
        if not isinstance(name, str) or not _TOKEN.match(name):
            raise ValueError(f"{parameter} has an invalid header name {name!r}")
        if isinstance(value, str | bytes):
            check_header_value(f"{parameter}[{name!r}]", value)

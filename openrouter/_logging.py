"""Debug logging with redaction.

`OPENROUTER_LOG=debug` turns it on; bodies are logged only with `OPENROUTER_LOG_BODIES=1`.

Only method, URL, status, timing, retries and generation ids are logged by default. Nothing that
looks like a key is ever written, even inside a body.
"""

from __future__ import annotations

import logging
import os
import re

__all__ = ["log_bodies", "logger", "redact"]

logger = logging.getLogger("openrouter")

_KEY_PATTERN = re.compile(r"sk-or-[A-Za-z0-9_-]+|Bearer\s+[A-Za-z0-9._~+/=-]+")


def redact(text: str) -> str:
    """Mask anything key-shaped (OpenRouter keys, bearer tokens)."""
    return _KEY_PATTERN.sub("[REDACTED]", text)


def log_bodies() -> bool:
    """Whether request/response bodies may be logged (explicit opt-in)."""
    return os.environ.get("OPENROUTER_LOG_BODIES", "") in ("1", "true", "yes")


def _configure_from_env() -> None:
    level = os.environ.get("OPENROUTER_LOG", "").strip().lower()
    if level not in ("debug", "info"):
        return
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        logger.addHandler(handler)


_configure_from_env()

"""Debug logging with redaction.

`OPENROUTER_LOG=debug` turns it on; bodies are logged only with `OPENROUTER_LOG_BODIES=1`.

Only method, URL, status, timing, retries and generation ids are logged by default. No key is
ever written, even inside a body or an echoed error message: a filter on the `openrouter` logger
masks every record's final text (see `_secrets.mask`).
"""

from __future__ import annotations

import logging
import os

from ._secrets import mask

__all__ = ["log_bodies", "logger", "redact"]

logger = logging.getLogger("openrouter")


def redact(text: str) -> str:
    """Mask every live client's key and anything key-shaped (OpenRouter keys, bearer tokens)."""
    return mask(text)


class _MaskSecrets(logging.Filter):
    """Masks the formatted message of each record; it runs only for records that are emitted."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        masked = mask(text)
        if masked != text:
            record.msg, record.args = masked, None
        return True


logger.addFilter(_MaskSecrets())


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

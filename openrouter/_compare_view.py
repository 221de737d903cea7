"""How `openrouter compare` shows a comparison: a live line per model, then a table.

On a terminal each model has a line that is redrawn as its answer streams in; elsewhere (a pipe,
a log, a test) one line is printed as each model finishes. Both are plain text on a stream.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from decimal import Decimal
from typing import TextIO

from ._compare import CompareProgress, Comparison, ModelResult

__all__ = ["LiveProgress", "table"]


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}s"


def _cost(value: Decimal | None) -> str:
    return "-" if value is None else f"${value:.6f}"


def _short(text: str | None, width: int) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _status(progress: CompareProgress) -> str:
    result = progress.result
    if progress.status == "started":
        return "waiting"
    if progress.status == "streaming":
        return f"streaming ({progress.chars} chars)"
    if result is not None and result.error is not None:
        return f"failed: {_short(str(result.error), 60)}"
    if result is not None:
        return f"done in {_seconds(result.latency)}, {_cost(result.cost)}"
    return progress.status


class LiveProgress:
    """An `on_progress` callback drawing a line per model on `stream` (thread-safe)."""

    def __init__(self, stream: TextIO, models: Sequence[str], *, live: bool | None = None) -> None:
        self._stream = stream
        self._models = list(dict.fromkeys(models))
        self._lines = {m: "queued" for m in self._models}
        self._live = stream.isatty() if live is None else live
        self._lock = threading.Lock()
        self._drawn = False
        self._width = max(len(m) for m in self._models) if self._models else 0

    def __call__(self, progress: CompareProgress) -> None:
        with self._lock:
            self._lines[progress.model] = _status(progress)
            if self._live:
                self._draw()
            elif progress.status in ("done", "failed"):
                line = f"{progress.model.ljust(self._width)}  {self._lines[progress.model]}\n"
                self._stream.write(line)
                self._stream.flush()

    def _draw(self) -> None:
        if self._drawn:
            self._stream.write(f"\x1b[{len(self._models)}F")  # back to the first line
        for model in self._models:
            self._stream.write(f"\x1b[2K{model.ljust(self._width)}  {self._lines[model]}\n")
        self._drawn = True
        self._stream.flush()


_HEADERS = ("model", "first token", "latency", "tokens in/out", "cost", "provider", "finish")


def _row(result: ModelResult) -> tuple[str, ...]:
    if result.error is not None:
        return (result.model, "-", "-", "-", "-", "-", type(result.error).__name__)
    tokens = f"{result.prompt_tokens or 0}/{result.completion_tokens or 0}"
    return (
        result.model,
        _seconds(result.time_to_first_token),
        _seconds(result.latency),
        tokens,
        _cost(result.cost),
        result.provider or "-",
        result.finish_reason or "-",
    )


def table(comparison: Comparison, *, output_width: int = 100) -> str:
    """The comparison as a text table, then each model's answer (or error) below it."""
    rows = [_HEADERS, *(_row(r) for r in comparison.results)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_HEADERS))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
             for row in rows]  # fmt: skip
    lines.insert(1, "  ".join("-" * w for w in widths))
    if comparison.repeats > 1:
        lines.append(f"(medians of {comparison.repeats} runs per model)")
    lines.append("")
    for result in comparison.results:
        text = str(result.error) if result.error is not None else result.output
        lines.append(f"{result.model}: {_short(text, output_width)}")
    return "\n".join(lines) + "\n"

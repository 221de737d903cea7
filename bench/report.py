"""Rows of results, their targets, the printed table and the JSON record.

Every row holds the samples of each client measured in the same run; the table shows medians,
ratios to raw httpx, the target with PASS/MISS, and whether this library beats openai-python
(compared on the same HTTP stack: this library on httpx2 against openai, which ships on httpx2).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Any

from clients import CLIENTS

LIB, FLOOR, PEER = "openrouter", "httpx", "openai"
SUCCESSOR = "httpx2"  # raw httpx2: the floor this library can reach on the faster stack
LIB2 = "openrouter-httpx2"  # this library on httpx2


@dataclass(frozen=True)
class Target:
    """A row's target for this library.

    kind: `ratio_max` (median / httpx median <= value), `ratio_min` (>= value), `delta_max`
    (median - httpx median <= value, in the row's unit) or `max` (median <= value).
    """

    kind: str
    value: float

    def text(self, unit: str) -> str:
        if self.kind == "ratio_max":
            return f"<= {self.value:g}x"
        if self.kind == "ratio_min":
            return f">= {self.value:g}x"
        if self.kind == "delta_max":
            return f"<= httpx+{self.value:g} {unit}"
        return f"<= {self.value:g} {unit}"

    def met(self, lib: float, floor: float) -> bool:
        if self.kind == "ratio_max":
            return floor > 0 and lib / floor <= self.value
        if self.kind == "ratio_min":
            return floor > 0 and lib / floor >= self.value
        if self.kind == "delta_max":
            return lib - floor <= self.value
        return lib <= self.value


@dataclass
class Row:
    """One measured quantity for every client."""

    suite: str
    label: str
    unit: str
    better: str = "lower"  # or "higher"
    target: Target | None = None
    ratios: bool = True  # False where a ratio to httpx means nothing (growth counts)
    samples: dict[str, list[float]] = field(default_factory=lambda: {c: [] for c in CLIENTS})
    extra: dict[str, Any] = field(default_factory=dict)

    def add(self, client: str, value: float) -> None:
        self.samples[client].append(value)

    def median(self, client: str) -> float | None:
        values = self.samples.get(client) or []
        return statistics.median(values) if values else None

    def paired(self, client: str, other: str) -> float | None:
        """The median of the paired ratios client / other, one per repeat.

        Samples of one repeat were taken next to each other, so pairing them cancels most of
        the drift of a noisy machine; unpaired samples fall back to the ratio of medians.
        """
        values, others = self.samples.get(client) or [], self.samples.get(other) or []
        if not values or not others:
            return None
        if len(values) == len(others) and all(others):
            return statistics.median(v / o for v, o in zip(values, others, strict=True))
        base = statistics.median(others)
        return statistics.median(values) / base if base else None

    def ratio(self, client: str, floor: str = FLOOR) -> float | None:
        """The client's paired ratio to raw httpx, or to `floor` (None where it means nothing)."""
        return self.paired(client, floor) if self.ratios else None

    def result(self) -> str:
        lib, floor = self.median(LIB), self.median(FLOOR)
        if self.target is None or lib is None or floor is None:
            return "-"
        if self.target.kind in ("ratio_max", "ratio_min"):
            ratio = self.ratio(LIB)
            return "-" if ratio is None else "PASS" if self.target.met(ratio, 1.0) else "MISS"
        return "PASS" if self.target.met(lib, floor) else "MISS"

    def beats_openai(self) -> bool | None:
        """Whether this library on httpx2 does better than openai (which runs on httpx2)."""
        lib, peer = self.median(LIB2), self.median(PEER)
        if lib is None or peer is None:
            return None
        if not self.ratios:  # counts (growth): a tie is not a loss
            return lib <= peer
        versus = self.paired(LIB2, PEER)
        if versus is None:
            return None
        return versus < 1 if self.better == "lower" else versus > 1

    def to_json(self) -> dict[str, Any]:
        return {
            "suite": self.suite,
            "label": self.label,
            "unit": self.unit,
            "better": self.better,
            "median": {c: self.median(c) for c in CLIENTS},
            "ratio_to_httpx": {c: self.ratio(c) for c in CLIENTS},
            "ratio_to_httpx2": {c: self.ratio(c, SUCCESSOR) for c in CLIENTS},
            "openrouter_to_openai": self.paired(LIB, PEER) if self.ratios else None,
            "openrouter_httpx2_to_openai": self.paired(LIB2, PEER) if self.ratios else None,
            "target": None
            if self.target is None
            else {"kind": self.target.kind, "value": self.target.value},
            "result": self.result(),
            "beats_openai": self.beats_openai(),
            "samples": self.samples,
            **({"extra": self.extra} if self.extra else {}),
        }


def _num(value: float | None) -> str:
    if value is None:
        return "-"
    size = abs(value)
    if size >= 1000:
        return f"{value:,.0f}"
    if size >= 100:
        return f"{value:.0f}"
    if size >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}x"


def _versus(row: Row) -> str:
    beats = row.beats_openai()
    if beats is None:
        return "-"
    word = "yes" if beats else "NO"
    versus = row.paired(LIB2, PEER) if row.ratios else None
    if versus:
        factor = 1 / versus if row.better == "lower" else versus
        return f"{word} ({factor:.2f}x)"
    return word


HEADERS = (
    "suite",
    "measure",
    "unit",
    "httpx",
    "httpx2",
    "openrouter",
    LIB2,
    "openai",
    "httpx2/httpx",
    "or/httpx",
    "or2/httpx",
    "or2/httpx2",
    "openai/httpx",
    "target",
    "result",
    "beats openai",
)


def table(rows: list[Row]) -> str:
    """The rows as an aligned plain-text table."""
    lines = [list(HEADERS)]
    for row in rows:
        lines.append(
            [
                row.suite,
                row.label,
                row.unit,
                _num(row.median(FLOOR)),
                _num(row.median(SUCCESSOR)),
                _num(row.median(LIB)),
                _num(row.median(LIB2)),
                _num(row.median(PEER)),
                _ratio(row.ratio(SUCCESSOR)),
                _ratio(row.ratio(LIB)),
                _ratio(row.ratio(LIB2)),
                _ratio(row.ratio(LIB2, SUCCESSOR)),
                _ratio(row.ratio(PEER)),
                "-" if row.target is None else row.target.text(row.unit),
                row.result(),
                _versus(row),
            ]
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEADERS))]
    numeric = set(range(3, 13))
    out = []
    for index, line in enumerate(lines):
        cells = [
            cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i])
            for i, cell in enumerate(line)
        ]
        out.append("  ".join(cells).rstrip())
        if index == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def summary(rows: list[Row]) -> str:
    """One line: targets met and rows where this library beats openai-python."""
    judged = [r for r in rows if r.result() != "-"]
    passed = sum(r.result() == "PASS" for r in judged)
    compared = [r for r in rows if r.beats_openai() is not None]
    beats = sum(bool(r.beats_openai()) for r in compared)
    misses = [f"{r.suite}. {r.label}" for r in judged if r.result() == "MISS"]
    losses = [f"{r.suite}. {r.label}" for r in compared if not r.beats_openai()]
    text = f"targets: {passed}/{len(judged)} PASS; beats openai on {beats}/{len(compared)} rows"
    if misses:
        text += "\nMISS: " + "; ".join(misses)
    if losses:
        text += "\nnot faster than openai: " + "; ".join(losses)
    return text

"""Rows of results, their targets, the printed table and the JSON record.

Every row holds the samples of each client measured in the same run; the table shows medians,
ratios to raw httpx, the target with PASS/MISS, and whether this library beats openai-python
and the official OpenRouter SDK, each compared on its own HTTP stack: this library on httpx2
against openai (which ships on httpx2), on httpx against the SDK (which runs on httpx).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Any

from clients import CLIENTS

LIB, FLOOR, PEER = "openrouter", "httpx", "openai"
SUCCESSOR = "httpx2"  # raw httpx2: the floor this library can reach on the faster stack
LIB2 = "openrouter-httpx2"  # this library on httpx2
SDK = "openrouter-sdk"  # the official OpenRouter SDK (on httpx)


def _limit(value: float) -> str:
    return f"{value:g}" if value >= 100 else f"{value:.3g}"  # 1024, 1.05, 1.82 (1/0.55)


@dataclass(frozen=True)
class Target:
    """A row's target for this library, on each HTTP stack.

    kind: `ratio_max` (the paired ratio to raw httpx <= value), `ratio_min` (>= value) or `max`
    (the median itself <= value, in the row's unit). `value` is the target of `openrouter` (this
    library on httpx) and `value2` that of `openrouter-httpx2` (on httpx2; the same when not
    given). Both are against raw httpx: the httpx2 target is how much faster than httpx this
    library must be once it runs on the faster stack.
    """

    kind: str
    value: float
    value2: float | None = None

    def limit(self, client: str) -> float:
        return self.value2 if client == LIB2 and self.value2 is not None else self.value

    def text(self, unit: str) -> str:
        suffix = " " + unit if self.kind == "max" else "x"
        values = _limit(self.value) + suffix
        if self.value2 is not None and self.value2 != self.value:
            values += f" / {_limit(self.value2)}{suffix}"
        return (">= " if self.kind == "ratio_min" else "<= ") + values

    def met(self, client: str, value: float) -> bool:
        """Whether `value` (a ratio to httpx, or the median for `max`) meets the client's target."""
        limit = self.limit(client)
        return value >= limit if self.kind == "ratio_min" else value <= limit


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

    def met(self, client: str) -> bool | None:
        """Whether `client` (one of ours) meets the row's target (None: nothing to judge)."""
        if self.target is None:
            return None
        value = self.median(client) if self.target.kind == "max" else self.ratio(client)
        return None if value is None else self.target.met(client, value)

    def result(self) -> str:
        """PASS when every one of our clients measured meets its target, else MISS (and which)."""
        judged = {name: self.met(client) for name, client in (("or", LIB), ("or2", LIB2))}
        missed = [name for name, met in judged.items() if met is False]
        if all(met is None for met in judged.values()):
            return "-"
        if not missed:
            return "PASS"
        return "MISS (both)" if len(missed) == 2 else f"MISS ({missed[0]})"

    def beats_openai(self) -> bool | None:
        """Whether this library on httpx2 does better than openai (which runs on httpx2)."""
        return self.beats(LIB2, PEER)

    def beats_sdk(self) -> bool | None:
        """Whether this library on httpx does better than the official SDK (on httpx)."""
        return self.beats(LIB, SDK)

    def beats(self, lib_client: str, peer_client: str) -> bool | None:
        lib, peer = self.median(lib_client), self.median(peer_client)
        if lib is None or peer is None:
            return None
        if not self.ratios:  # counts (growth): a tie is not a loss
            return lib <= peer
        versus = self.paired(lib_client, peer_client)
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
            "openrouter_to_sdk": self.paired(LIB, SDK) if self.ratios else None,
            "target": None
            if self.target is None
            else {
                "kind": self.target.kind,
                LIB: self.target.limit(LIB),
                LIB2: self.target.limit(LIB2),
            },
            "result": self.result(),
            "met": {LIB: self.met(LIB), LIB2: self.met(LIB2)},
            "beats_openai": self.beats_openai(),
            "beats_sdk": self.beats_sdk(),
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


def _versus(row: Row, lib: str, peer: str) -> str:
    beats = row.beats(lib, peer)
    if beats is None:
        return "-"
    word = "yes" if beats else "NO"
    versus = row.paired(lib, peer) if row.ratios else None
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
    SDK,
    "httpx2/httpx",
    "or/httpx",
    "or2/httpx",
    "or2/httpx2",
    "openai/httpx",
    "sdk/httpx",
    "target",
    "result",
    "beats openai",
    "beats sdk",
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
                _num(row.median(SDK)),
                _ratio(row.ratio(SUCCESSOR)),
                _ratio(row.ratio(LIB)),
                _ratio(row.ratio(LIB2)),
                _ratio(row.ratio(LIB2, SUCCESSOR)),
                _ratio(row.ratio(PEER)),
                _ratio(row.ratio(SDK)),
                "-" if row.target is None else row.target.text(row.unit),
                row.result(),
                _versus(row, LIB2, PEER),
                _versus(row, LIB, SDK),
            ]
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEADERS))]
    numeric = set(range(3, 15))
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
    """Targets met, and the rows where this library beats openai-python and the official SDK."""
    judged = [r for r in rows if r.result() != "-"]
    passed = sum(r.result() == "PASS" for r in judged)
    misses = [f"{r.suite}. {r.label} {r.result()[5:]}" for r in judged if r.result() != "PASS"]
    text = f"targets: {passed}/{len(judged)} PASS"
    losses = {}
    for peer, lib, word in ((PEER, LIB2, "openai"), (SDK, LIB, "the official SDK")):
        compared = [r for r in rows if r.beats(lib, peer) is not None]
        if compared:
            beats = sum(bool(r.beats(lib, peer)) for r in compared)
            text += f"; beats {word} on {beats}/{len(compared)} rows"
            losses[word] = [f"{r.suite}. {r.label}" for r in compared if not r.beats(lib, peer)]
    if misses:
        text += "\nMISS: " + "; ".join(misses)
    for word, lost in losses.items():
        if lost:
            text += f"\nnot better than {word}: " + "; ".join(lost)
    return text

"""`CostRecord`: one billed call, as the ledger and cost scopes keep it.

Its own module so that the class is created by the first record, not by every client: creating a
dataclass costs about a millisecond of a fresh process's start (see `Ledger.note`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal

__all__ = ["CostRecord"]


@dataclass(frozen=True, slots=True)
class CostRecord:
    """One billed call."""

    generation_id: str | None
    model: str | None
    provider: str | None
    prompt_tokens: int | None
    completion_tokens: int | None
    cost: Decimal
    labels: tuple[str, ...] = ()
    operation: str = ""
    streamed: bool = False
    failed: bool = False
    estimated: bool = False  # the call failed after it may have been billed: cost is our estimate
    at: float = field(default_factory=time.time)

from __future__ import annotations

from enum import StrEnum
from typing import Any


class BenchmarkType(StrEnum):
    GPQA_DIAMOND = "gpqa_diamond"
    SEARCH_BROWSECOMP = "search_browsecomp"
    SEARCH_DSQA = "search_dsqa"
    SEARCH_HLE = "search_hle"
    SEARCH_WIDESEARCH = "search_widesearch"
    TAU_BENCH_VERIFIED_AIRLINE = "tau_bench_verified_airline"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> BenchmarkType:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]

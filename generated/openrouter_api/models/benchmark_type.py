from enum import StrEnum


class BenchmarkType(StrEnum):
    GPQA_DIAMOND = "gpqa_diamond"
    SEARCH_BROWSECOMP = "search_browsecomp"
    SEARCH_DSQA = "search_dsqa"
    SEARCH_HLE = "search_hle"
    SEARCH_WIDESEARCH = "search_widesearch"
    TAU_BENCH_VERIFIED_AIRLINE = "tau_bench_verified_airline"

    def __str__(self) -> str:
        return str(self.value)

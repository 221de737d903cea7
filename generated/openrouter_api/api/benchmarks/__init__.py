"""Resources for the operations tagged "benchmarks" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.benchmark_arena import BenchmarkArena
    from ...models.benchmark_search_surface import BenchmarkSearchSurface
    from ...models.benchmark_source import BenchmarkSource
    from ...models.benchmark_task_type import BenchmarkTaskType
    from ...models.benchmark_type import BenchmarkType
    from ...models.benchmarks_response import BenchmarksResponse

__all__ = [
    "BenchmarksResource",
    "AsyncBenchmarksResource",
    "LIST_BENCHMARKS",
]

LIST_BENCHMARKS = Operation(
    id="list_benchmarks",
    tag="benchmarks",
    method="GET",
    path="/benchmarks",
    requires_auth=True,
)


class BenchmarksResource:
    """Operations tagged "benchmarks"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        source: BenchmarkSource | Unset = UNSET,
        task_type: BenchmarkTaskType | Unset = UNSET,
        benchmark_type: BenchmarkType | Unset = UNSET,
        include_run_config: bool | Unset = UNSET,
        search_engine: str | Unset = UNSET,
        search_surface: BenchmarkSearchSurface | Unset = UNSET,
        arena: BenchmarkArena | Unset = UNSET,
        category: str | Unset = UNSET,
        max_results: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BenchmarksResponse:
        """Benchmark scores from Artificial Analysis, Design Arena and OpenRouter's own evals. (`GET /benchmarks`, operation `list_benchmarks`).

        One endpoint for every benchmark source. Each item's `source` (and, for OpenRouter's
        evals, `benchmark_type`) tells which shape it has. Filter by `source` for a single
        source, or by `task_type` to compare models for a kind of work.

        Args:
            source (BenchmarkSource | Unset):
            task_type (BenchmarkTaskType | Unset):
            benchmark_type (BenchmarkType | Unset): OpenRouter's own evaluations.
            include_run_config (bool | Unset):
            search_engine (str | Unset):
            search_surface (BenchmarkSearchSurface | Unset):
            arena (BenchmarkArena | Unset):
            category (str | Unset):
            max_results (int | Unset):
        """
        from . import list_benchmarks as _operation

        return self._transport.request(
            LIST_BENCHMARKS,
            _operation.build_request(
                source=source,
                task_type=task_type,
                benchmark_type=benchmark_type,
                include_run_config=include_run_config,
                search_engine=search_engine,
                search_surface=search_surface,
                arena=arena,
                category=category,
                max_results=max_results,
            ),
            _operation.parse_response,
            options,
        )


class AsyncBenchmarksResource:
    """Awaitable operations tagged "benchmarks"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def list(
        self,
        *,
        source: BenchmarkSource | Unset = UNSET,
        task_type: BenchmarkTaskType | Unset = UNSET,
        benchmark_type: BenchmarkType | Unset = UNSET,
        include_run_config: bool | Unset = UNSET,
        search_engine: str | Unset = UNSET,
        search_surface: BenchmarkSearchSurface | Unset = UNSET,
        arena: BenchmarkArena | Unset = UNSET,
        category: str | Unset = UNSET,
        max_results: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BenchmarksResponse:
        """Benchmark scores from Artificial Analysis, Design Arena and OpenRouter's own evals. (`GET /benchmarks`, operation `list_benchmarks`).

        One endpoint for every benchmark source. Each item's `source` (and, for OpenRouter's
        evals, `benchmark_type`) tells which shape it has. Filter by `source` for a single
        source, or by `task_type` to compare models for a kind of work.

        Args:
            source (BenchmarkSource | Unset):
            task_type (BenchmarkTaskType | Unset):
            benchmark_type (BenchmarkType | Unset): OpenRouter's own evaluations.
            include_run_config (bool | Unset):
            search_engine (str | Unset):
            search_surface (BenchmarkSearchSurface | Unset):
            arena (BenchmarkArena | Unset):
            category (str | Unset):
            max_results (int | Unset):
        """
        from . import list_benchmarks as _operation

        return await self._transport.request(
            LIST_BENCHMARKS,
            _operation.build_request(
                source=source,
                task_type=task_type,
                benchmark_type=benchmark_type,
                include_run_config=include_run_config,
                search_engine=search_engine,
                search_surface=search_surface,
                arena=arena,
                category=category,
                max_results=max_results,
            ),
            _operation.parse_response,
            options,
        )

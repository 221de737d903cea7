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

__all__ = ["BenchmarksResource", "AsyncBenchmarksResource"]

_LIST_BENCHMARKS = Operation(
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
        """Benchmark scores from Artificial Analysis, Design Arena and OpenRouter's own evals. (`GET /benchmarks`, operation `list_benchmarks`)."""
        from . import list_benchmarks as _operation

        return self._transport.request(
            _LIST_BENCHMARKS,
            _operation._get_kwargs(
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
            _operation._parse_ok,
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
        """Benchmark scores from Artificial Analysis, Design Arena and OpenRouter's own evals. (`GET /benchmarks`, operation `list_benchmarks`)."""
        from . import list_benchmarks as _operation

        return await self._transport.request(
            _LIST_BENCHMARKS,
            _operation._get_kwargs(
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
            _operation._parse_ok,
            options,
        )

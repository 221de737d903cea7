from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, Unset, response_json

__all__ = ["build_request", "parse_response"]


from ...models.benchmark_arena import BenchmarkArena
from ...models.benchmark_search_surface import BenchmarkSearchSurface
from ...models.benchmark_source import BenchmarkSource
from ...models.benchmark_task_type import BenchmarkTaskType
from ...models.benchmark_type import BenchmarkType
from ...models.benchmarks_response import BenchmarksResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx


def build_request(
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
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, query, headers, body)."""

    params: dict[str, Any] = {}

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source.value

    params["source"] = json_source

    json_task_type: str | Unset = UNSET
    if not isinstance(task_type, Unset):
        json_task_type = task_type.value

    params["task_type"] = json_task_type

    json_benchmark_type: str | Unset = UNSET
    if not isinstance(benchmark_type, Unset):
        json_benchmark_type = benchmark_type.value

    params["benchmark_type"] = json_benchmark_type

    params["include_run_config"] = include_run_config

    params["search_engine"] = search_engine

    json_search_surface: str | Unset = UNSET
    if not isinstance(search_surface, Unset):
        json_search_surface = search_surface.value

    params["search_surface"] = json_search_surface

    json_arena: str | Unset = UNSET
    if not isinstance(arena, Unset):
        json_arena = arena.value

    params["arena"] = json_arena

    params["category"] = category

    params["max_results"] = max_results

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/benchmarks",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> BenchmarksResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = BenchmarksResponse.from_dict(response_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)

from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.benchmark_arena import BenchmarkArena
from ...models.benchmark_search_surface import BenchmarkSearchSurface
from ...models.benchmark_source import BenchmarkSource
from ...models.benchmark_task_type import BenchmarkTaskType
from ...models.benchmark_type import BenchmarkType
from ...models.benchmarks_response import BenchmarksResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BenchmarksResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BenchmarksResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BenchmarksResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    source: BenchmarkSource | Unset = UNSET,
    task_type: BenchmarkTaskType | Unset = UNSET,
    benchmark_type: BenchmarkType | Unset = UNSET,
    include_run_config: bool | Unset = UNSET,
    search_engine: str | Unset = UNSET,
    search_surface: BenchmarkSearchSurface | Unset = UNSET,
    arena: BenchmarkArena | Unset = UNSET,
    category: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Response[BenchmarksResponse | ErrorResponse]:
    """Benchmark scores from Artificial Analysis, Design Arena and OpenRouter's own evals.

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BenchmarksResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        source=source,
        task_type=task_type,
        benchmark_type=benchmark_type,
        include_run_config=include_run_config,
        search_engine=search_engine,
        search_surface=search_surface,
        arena=arena,
        category=category,
        max_results=max_results,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    source: BenchmarkSource | Unset = UNSET,
    task_type: BenchmarkTaskType | Unset = UNSET,
    benchmark_type: BenchmarkType | Unset = UNSET,
    include_run_config: bool | Unset = UNSET,
    search_engine: str | Unset = UNSET,
    search_surface: BenchmarkSearchSurface | Unset = UNSET,
    arena: BenchmarkArena | Unset = UNSET,
    category: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> BenchmarksResponse | ErrorResponse | None:
    """Benchmark scores from Artificial Analysis, Design Arena and OpenRouter's own evals.

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BenchmarksResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        source=source,
        task_type=task_type,
        benchmark_type=benchmark_type,
        include_run_config=include_run_config,
        search_engine=search_engine,
        search_surface=search_surface,
        arena=arena,
        category=category,
        max_results=max_results,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    source: BenchmarkSource | Unset = UNSET,
    task_type: BenchmarkTaskType | Unset = UNSET,
    benchmark_type: BenchmarkType | Unset = UNSET,
    include_run_config: bool | Unset = UNSET,
    search_engine: str | Unset = UNSET,
    search_surface: BenchmarkSearchSurface | Unset = UNSET,
    arena: BenchmarkArena | Unset = UNSET,
    category: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Response[BenchmarksResponse | ErrorResponse]:
    """Benchmark scores from Artificial Analysis, Design Arena and OpenRouter's own evals.

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BenchmarksResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        source=source,
        task_type=task_type,
        benchmark_type=benchmark_type,
        include_run_config=include_run_config,
        search_engine=search_engine,
        search_surface=search_surface,
        arena=arena,
        category=category,
        max_results=max_results,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    source: BenchmarkSource | Unset = UNSET,
    task_type: BenchmarkTaskType | Unset = UNSET,
    benchmark_type: BenchmarkType | Unset = UNSET,
    include_run_config: bool | Unset = UNSET,
    search_engine: str | Unset = UNSET,
    search_surface: BenchmarkSearchSurface | Unset = UNSET,
    arena: BenchmarkArena | Unset = UNSET,
    category: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> BenchmarksResponse | ErrorResponse | None:
    """Benchmark scores from Artificial Analysis, Design Arena and OpenRouter's own evals.

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BenchmarksResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            source=source,
            task_type=task_type,
            benchmark_type=benchmark_type,
            include_run_config=include_run_config,
            search_engine=search_engine,
            search_surface=search_surface,
            arena=arena,
            category=category,
            max_results=max_results,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> BenchmarksResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = BenchmarksResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)

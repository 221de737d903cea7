from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_ranking_category import AppRankingCategory
from ...models.app_ranking_sort import AppRankingSort
from ...models.app_ranking_subcategory import AppRankingSubcategory
from ...models.app_rankings_response import AppRankingsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    category: AppRankingCategory | Unset = UNSET,
    subcategory: AppRankingSubcategory | Unset = UNSET,
    sort: AppRankingSort | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    json_subcategory: str | Unset = UNSET
    if not isinstance(subcategory, Unset):
        json_subcategory = subcategory.value

    params["subcategory"] = json_subcategory

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/app-rankings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppRankingsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AppRankingsResponse.from_dict(response.json())

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
) -> Response[AppRankingsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    category: AppRankingCategory | Unset = UNSET,
    subcategory: AppRankingSubcategory | Unset = UNSET,
    sort: AppRankingSort | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[AppRankingsResponse | ErrorResponse]:
    """Rank public apps by token usage in a date window.

     The public app leaderboard (openrouter.ai/apps) as data. Tokens are prompt plus
    completion tokens; hidden and private apps are left out and aliases of an app are
    merged into it.

    Args:
        category (AppRankingCategory | Unset):
        subcategory (AppRankingSubcategory | Unset):
        sort (AppRankingSort | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppRankingsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        category=category,
        subcategory=subcategory,
        sort=sort,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    category: AppRankingCategory | Unset = UNSET,
    subcategory: AppRankingSubcategory | Unset = UNSET,
    sort: AppRankingSort | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> AppRankingsResponse | ErrorResponse | None:
    """Rank public apps by token usage in a date window.

     The public app leaderboard (openrouter.ai/apps) as data. Tokens are prompt plus
    completion tokens; hidden and private apps are left out and aliases of an app are
    merged into it.

    Args:
        category (AppRankingCategory | Unset):
        subcategory (AppRankingSubcategory | Unset):
        sort (AppRankingSort | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppRankingsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        category=category,
        subcategory=subcategory,
        sort=sort,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    category: AppRankingCategory | Unset = UNSET,
    subcategory: AppRankingSubcategory | Unset = UNSET,
    sort: AppRankingSort | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[AppRankingsResponse | ErrorResponse]:
    """Rank public apps by token usage in a date window.

     The public app leaderboard (openrouter.ai/apps) as data. Tokens are prompt plus
    completion tokens; hidden and private apps are left out and aliases of an app are
    merged into it.

    Args:
        category (AppRankingCategory | Unset):
        subcategory (AppRankingSubcategory | Unset):
        sort (AppRankingSort | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppRankingsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        category=category,
        subcategory=subcategory,
        sort=sort,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    category: AppRankingCategory | Unset = UNSET,
    subcategory: AppRankingSubcategory | Unset = UNSET,
    sort: AppRankingSort | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> AppRankingsResponse | ErrorResponse | None:
    """Rank public apps by token usage in a date window.

     The public app leaderboard (openrouter.ai/apps) as data. Tokens are prompt plus
    completion tokens; hidden and private apps are left out and aliases of an app are
    merged into it.

    Args:
        category (AppRankingCategory | Unset):
        subcategory (AppRankingSubcategory | Unset):
        sort (AppRankingSort | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppRankingsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            category=category,
            subcategory=subcategory,
            sort=sort,
            start_date=start_date,
            end_date=end_date,
            limit=limit,
            offset=offset,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> AppRankingsResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = AppRankingsResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)

from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.rankings_category import RankingsCategory
from ...models.rankings_context_bucket import RankingsContextBucket
from ...models.rankings_daily_response import RankingsDailyResponse
from ...models.rankings_language_type import RankingsLanguageType
from ...models.rankings_modality import RankingsModality
from ...models.rankings_period import RankingsPeriod
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    period: RankingsPeriod | Unset = UNSET,
    modality: RankingsModality | Unset = UNSET,
    context_bucket: RankingsContextBucket | Unset = UNSET,
    category: RankingsCategory | Unset = UNSET,
    language_type: RankingsLanguageType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period.value

    params["period"] = json_period

    json_modality: str | Unset = UNSET
    if not isinstance(modality, Unset):
        json_modality = modality.value

    params["modality"] = json_modality

    json_context_bucket: str | Unset = UNSET
    if not isinstance(context_bucket, Unset):
        json_context_bucket = context_bucket.value

    params["context_bucket"] = json_context_bucket

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    json_language_type: str | Unset = UNSET
    if not isinstance(language_type, Unset):
        json_language_type = language_type.value

    params["language_type"] = json_language_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/rankings-daily",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RankingsDailyResponse | None:
    if response.status_code == 200:
        response_200 = RankingsDailyResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | RankingsDailyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    period: RankingsPeriod | Unset = UNSET,
    modality: RankingsModality | Unset = UNSET,
    context_bucket: RankingsContextBucket | Unset = UNSET,
    category: RankingsCategory | Unset = UNSET,
    language_type: RankingsLanguageType | Unset = UNSET,
) -> Response[ErrorResponse | RankingsDailyResponse]:
    """Token totals of the top 50 models per day, week or month.

     The data behind openrouter.ai/rankings: for each period the top 50 public models by
    prompt plus completion tokens, and one `other` row that adds up the rest. `modality` and
    `context_bucket` select exact datasets; `category` and `language_type` select sampled,
    weekly-aggregated estimates and cannot be combined with the first two.

    Args:
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        period (RankingsPeriod | Unset):
        modality (RankingsModality | Unset):
        context_bucket (RankingsContextBucket | Unset):
        category (RankingsCategory | Unset):
        language_type (RankingsLanguageType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RankingsDailyResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        period=period,
        modality=modality,
        context_bucket=context_bucket,
        category=category,
        language_type=language_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    period: RankingsPeriod | Unset = UNSET,
    modality: RankingsModality | Unset = UNSET,
    context_bucket: RankingsContextBucket | Unset = UNSET,
    category: RankingsCategory | Unset = UNSET,
    language_type: RankingsLanguageType | Unset = UNSET,
) -> ErrorResponse | RankingsDailyResponse | None:
    """Token totals of the top 50 models per day, week or month.

     The data behind openrouter.ai/rankings: for each period the top 50 public models by
    prompt plus completion tokens, and one `other` row that adds up the rest. `modality` and
    `context_bucket` select exact datasets; `category` and `language_type` select sampled,
    weekly-aggregated estimates and cannot be combined with the first two.

    Args:
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        period (RankingsPeriod | Unset):
        modality (RankingsModality | Unset):
        context_bucket (RankingsContextBucket | Unset):
        category (RankingsCategory | Unset):
        language_type (RankingsLanguageType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RankingsDailyResponse
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        period=period,
        modality=modality,
        context_bucket=context_bucket,
        category=category,
        language_type=language_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    period: RankingsPeriod | Unset = UNSET,
    modality: RankingsModality | Unset = UNSET,
    context_bucket: RankingsContextBucket | Unset = UNSET,
    category: RankingsCategory | Unset = UNSET,
    language_type: RankingsLanguageType | Unset = UNSET,
) -> Response[ErrorResponse | RankingsDailyResponse]:
    """Token totals of the top 50 models per day, week or month.

     The data behind openrouter.ai/rankings: for each period the top 50 public models by
    prompt plus completion tokens, and one `other` row that adds up the rest. `modality` and
    `context_bucket` select exact datasets; `category` and `language_type` select sampled,
    weekly-aggregated estimates and cannot be combined with the first two.

    Args:
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        period (RankingsPeriod | Unset):
        modality (RankingsModality | Unset):
        context_bucket (RankingsContextBucket | Unset):
        category (RankingsCategory | Unset):
        language_type (RankingsLanguageType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RankingsDailyResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        period=period,
        modality=modality,
        context_bucket=context_bucket,
        category=category,
        language_type=language_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    period: RankingsPeriod | Unset = UNSET,
    modality: RankingsModality | Unset = UNSET,
    context_bucket: RankingsContextBucket | Unset = UNSET,
    category: RankingsCategory | Unset = UNSET,
    language_type: RankingsLanguageType | Unset = UNSET,
) -> ErrorResponse | RankingsDailyResponse | None:
    """Token totals of the top 50 models per day, week or month.

     The data behind openrouter.ai/rankings: for each period the top 50 public models by
    prompt plus completion tokens, and one `other` row that adds up the rest. `modality` and
    `context_bucket` select exact datasets; `category` and `language_type` select sampled,
    weekly-aggregated estimates and cannot be combined with the first two.

    Args:
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        period (RankingsPeriod | Unset):
        modality (RankingsModality | Unset):
        context_bucket (RankingsContextBucket | Unset):
        category (RankingsCategory | Unset):
        language_type (RankingsLanguageType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RankingsDailyResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            period=period,
            modality=modality,
            context_bucket=context_bucket,
            category=category,
            language_type=language_type,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> RankingsDailyResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = RankingsDailyResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)

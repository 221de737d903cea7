from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.model_list_response import ModelListResponse
from ...models.model_list_sort import ModelListSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    output_modalities: str | Unset = UNSET,
    sort: ModelListSort | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["output_modalities"] = output_modalities

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models/user",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ModelListResponse | None:
    if response.status_code == 200:
        response_200 = ModelListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ModelListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    output_modalities: str | Unset = UNSET,
    sort: ModelListSort | Unset = UNSET,
) -> Response[ErrorResponse | ModelListResponse]:
    """List the models this key may actually use.

     The model list after the caller's provider preferences, privacy settings and guardrails
    are applied. Like `GET /models` it returns text-output models unless `output_modalities`
    asks for others. On a regional host (`eu.` / `us.`) only models that can be served in
    that region are listed.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        output_modalities (str | Unset):
        sort (ModelListSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ModelListResponse]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        output_modalities=output_modalities,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    output_modalities: str | Unset = UNSET,
    sort: ModelListSort | Unset = UNSET,
) -> ErrorResponse | ModelListResponse | None:
    """List the models this key may actually use.

     The model list after the caller's provider preferences, privacy settings and guardrails
    are applied. Like `GET /models` it returns text-output models unless `output_modalities`
    asks for others. On a regional host (`eu.` / `us.`) only models that can be served in
    that region are listed.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        output_modalities (str | Unset):
        sort (ModelListSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ModelListResponse
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        output_modalities=output_modalities,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    output_modalities: str | Unset = UNSET,
    sort: ModelListSort | Unset = UNSET,
) -> Response[ErrorResponse | ModelListResponse]:
    """List the models this key may actually use.

     The model list after the caller's provider preferences, privacy settings and guardrails
    are applied. Like `GET /models` it returns text-output models unless `output_modalities`
    asks for others. On a regional host (`eu.` / `us.`) only models that can be served in
    that region are listed.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        output_modalities (str | Unset):
        sort (ModelListSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ModelListResponse]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        output_modalities=output_modalities,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    output_modalities: str | Unset = UNSET,
    sort: ModelListSort | Unset = UNSET,
) -> ErrorResponse | ModelListResponse | None:
    """List the models this key may actually use.

     The model list after the caller's provider preferences, privacy settings and guardrails
    are applied. Like `GET /models` it returns text-output models unless `output_modalities`
    asks for others. On a regional host (`eu.` / `us.`) only models that can be served in
    that region are listed.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        output_modalities (str | Unset):
        sort (ModelListSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ModelListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            output_modalities=output_modalities,
            sort=sort,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> ModelListResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = ModelListResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)

from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_models_distillable import ListModelsDistillable
from ...models.list_models_region import ListModelsRegion
from ...models.list_models_use_rss import ListModelsUseRss
from ...models.list_models_use_rss_chat_links import ListModelsUseRssChatLinks
from ...models.list_models_zdr import ListModelsZdr
from ...models.model_category import ModelCategory
from ...models.model_list_response import ModelListResponse
from ...models.model_list_sort import ModelListSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    category: ModelCategory | Unset = UNSET,
    supported_parameters: str | Unset = UNSET,
    output_modalities: str | Unset = UNSET,
    input_modalities: str | Unset = UNSET,
    sort: ModelListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    context: int | Unset = UNSET,
    min_price: float | Unset = UNSET,
    max_price: float | Unset = UNSET,
    min_output_price: float | Unset = UNSET,
    max_output_price: float | Unset = UNSET,
    arch: str | Unset = UNSET,
    model_authors: str | Unset = UNSET,
    providers: str | Unset = UNSET,
    distillable: ListModelsDistillable | Unset = UNSET,
    zdr: ListModelsZdr | Unset = UNSET,
    region: ListModelsRegion | Unset = UNSET,
    min_age_days: int | Unset = UNSET,
    max_age_days: int | Unset = UNSET,
    min_intelligence_index: float | Unset = UNSET,
    max_intelligence_index: float | Unset = UNSET,
    min_coding_index: float | Unset = UNSET,
    max_coding_index: float | Unset = UNSET,
    min_agentic_index: float | Unset = UNSET,
    max_agentic_index: float | Unset = UNSET,
    min_tool_success_rate: float | Unset = UNSET,
    max_tool_success_rate: float | Unset = UNSET,
    use_rss: ListModelsUseRss | Unset = UNSET,
    use_rss_chat_links: ListModelsUseRssChatLinks | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    params["supported_parameters"] = supported_parameters

    params["output_modalities"] = output_modalities

    params["input_modalities"] = input_modalities

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["q"] = q

    params["context"] = context

    params["min_price"] = min_price

    params["max_price"] = max_price

    params["min_output_price"] = min_output_price

    params["max_output_price"] = max_output_price

    params["arch"] = arch

    params["model_authors"] = model_authors

    params["providers"] = providers

    json_distillable: str | Unset = UNSET
    if not isinstance(distillable, Unset):
        json_distillable = distillable.value

    params["distillable"] = json_distillable

    json_zdr: str | Unset = UNSET
    if not isinstance(zdr, Unset):
        json_zdr = zdr.value

    params["zdr"] = json_zdr

    json_region: str | Unset = UNSET
    if not isinstance(region, Unset):
        json_region = region.value

    params["region"] = json_region

    params["min_age_days"] = min_age_days

    params["max_age_days"] = max_age_days

    params["min_intelligence_index"] = min_intelligence_index

    params["max_intelligence_index"] = max_intelligence_index

    params["min_coding_index"] = min_coding_index

    params["max_coding_index"] = max_coding_index

    params["min_agentic_index"] = min_agentic_index

    params["max_agentic_index"] = max_agentic_index

    params["min_tool_success_rate"] = min_tool_success_rate

    params["max_tool_success_rate"] = max_tool_success_rate

    json_use_rss: str | Unset = UNSET
    if not isinstance(use_rss, Unset):
        json_use_rss = use_rss.value

    params["use_rss"] = json_use_rss

    json_use_rss_chat_links: str | Unset = UNSET
    if not isinstance(use_rss_chat_links, Unset):
        json_use_rss_chat_links = use_rss_chat_links.value

    params["use_rss_chat_links"] = json_use_rss_chat_links

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models",
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
    category: ModelCategory | Unset = UNSET,
    supported_parameters: str | Unset = UNSET,
    output_modalities: str | Unset = UNSET,
    input_modalities: str | Unset = UNSET,
    sort: ModelListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    context: int | Unset = UNSET,
    min_price: float | Unset = UNSET,
    max_price: float | Unset = UNSET,
    min_output_price: float | Unset = UNSET,
    max_output_price: float | Unset = UNSET,
    arch: str | Unset = UNSET,
    model_authors: str | Unset = UNSET,
    providers: str | Unset = UNSET,
    distillable: ListModelsDistillable | Unset = UNSET,
    zdr: ListModelsZdr | Unset = UNSET,
    region: ListModelsRegion | Unset = UNSET,
    min_age_days: int | Unset = UNSET,
    max_age_days: int | Unset = UNSET,
    min_intelligence_index: float | Unset = UNSET,
    max_intelligence_index: float | Unset = UNSET,
    min_coding_index: float | Unset = UNSET,
    max_coding_index: float | Unset = UNSET,
    min_agentic_index: float | Unset = UNSET,
    max_agentic_index: float | Unset = UNSET,
    min_tool_success_rate: float | Unset = UNSET,
    max_tool_success_rate: float | Unset = UNSET,
    use_rss: ListModelsUseRss | Unset = UNSET,
    use_rss_chat_links: ListModelsUseRssChatLinks | Unset = UNSET,
) -> Response[ErrorResponse | ModelListResponse]:
    """List the models available through OpenRouter.

     Returns models with their pricing, context length, modalities and supported
    parameters. `output_modalities` defaults to `text`, so image, audio or embedding models
    only show up when asked for (or with `all`). When both `offset` and `limit` are omitted
    the whole list comes back. With `use_rss=true` the answer is an RSS feed
    (`application/rss+xml`) instead of JSON.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        category (ModelCategory | Unset):
        supported_parameters (str | Unset):
        output_modalities (str | Unset):
        input_modalities (str | Unset):
        sort (ModelListSort | Unset):
        q (str | Unset):
        context (int | Unset):
        min_price (float | Unset):
        max_price (float | Unset):
        min_output_price (float | Unset):
        max_output_price (float | Unset):
        arch (str | Unset):
        model_authors (str | Unset):
        providers (str | Unset):
        distillable (ListModelsDistillable | Unset):
        zdr (ListModelsZdr | Unset):
        region (ListModelsRegion | Unset):
        min_age_days (int | Unset):
        max_age_days (int | Unset):
        min_intelligence_index (float | Unset):
        max_intelligence_index (float | Unset):
        min_coding_index (float | Unset):
        max_coding_index (float | Unset):
        min_agentic_index (float | Unset):
        max_agentic_index (float | Unset):
        min_tool_success_rate (float | Unset):
        max_tool_success_rate (float | Unset):
        use_rss (ListModelsUseRss | Unset):
        use_rss_chat_links (ListModelsUseRssChatLinks | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ModelListResponse]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        category=category,
        supported_parameters=supported_parameters,
        output_modalities=output_modalities,
        input_modalities=input_modalities,
        sort=sort,
        q=q,
        context=context,
        min_price=min_price,
        max_price=max_price,
        min_output_price=min_output_price,
        max_output_price=max_output_price,
        arch=arch,
        model_authors=model_authors,
        providers=providers,
        distillable=distillable,
        zdr=zdr,
        region=region,
        min_age_days=min_age_days,
        max_age_days=max_age_days,
        min_intelligence_index=min_intelligence_index,
        max_intelligence_index=max_intelligence_index,
        min_coding_index=min_coding_index,
        max_coding_index=max_coding_index,
        min_agentic_index=min_agentic_index,
        max_agentic_index=max_agentic_index,
        min_tool_success_rate=min_tool_success_rate,
        max_tool_success_rate=max_tool_success_rate,
        use_rss=use_rss,
        use_rss_chat_links=use_rss_chat_links,
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
    category: ModelCategory | Unset = UNSET,
    supported_parameters: str | Unset = UNSET,
    output_modalities: str | Unset = UNSET,
    input_modalities: str | Unset = UNSET,
    sort: ModelListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    context: int | Unset = UNSET,
    min_price: float | Unset = UNSET,
    max_price: float | Unset = UNSET,
    min_output_price: float | Unset = UNSET,
    max_output_price: float | Unset = UNSET,
    arch: str | Unset = UNSET,
    model_authors: str | Unset = UNSET,
    providers: str | Unset = UNSET,
    distillable: ListModelsDistillable | Unset = UNSET,
    zdr: ListModelsZdr | Unset = UNSET,
    region: ListModelsRegion | Unset = UNSET,
    min_age_days: int | Unset = UNSET,
    max_age_days: int | Unset = UNSET,
    min_intelligence_index: float | Unset = UNSET,
    max_intelligence_index: float | Unset = UNSET,
    min_coding_index: float | Unset = UNSET,
    max_coding_index: float | Unset = UNSET,
    min_agentic_index: float | Unset = UNSET,
    max_agentic_index: float | Unset = UNSET,
    min_tool_success_rate: float | Unset = UNSET,
    max_tool_success_rate: float | Unset = UNSET,
    use_rss: ListModelsUseRss | Unset = UNSET,
    use_rss_chat_links: ListModelsUseRssChatLinks | Unset = UNSET,
) -> ErrorResponse | ModelListResponse | None:
    """List the models available through OpenRouter.

     Returns models with their pricing, context length, modalities and supported
    parameters. `output_modalities` defaults to `text`, so image, audio or embedding models
    only show up when asked for (or with `all`). When both `offset` and `limit` are omitted
    the whole list comes back. With `use_rss=true` the answer is an RSS feed
    (`application/rss+xml`) instead of JSON.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        category (ModelCategory | Unset):
        supported_parameters (str | Unset):
        output_modalities (str | Unset):
        input_modalities (str | Unset):
        sort (ModelListSort | Unset):
        q (str | Unset):
        context (int | Unset):
        min_price (float | Unset):
        max_price (float | Unset):
        min_output_price (float | Unset):
        max_output_price (float | Unset):
        arch (str | Unset):
        model_authors (str | Unset):
        providers (str | Unset):
        distillable (ListModelsDistillable | Unset):
        zdr (ListModelsZdr | Unset):
        region (ListModelsRegion | Unset):
        min_age_days (int | Unset):
        max_age_days (int | Unset):
        min_intelligence_index (float | Unset):
        max_intelligence_index (float | Unset):
        min_coding_index (float | Unset):
        max_coding_index (float | Unset):
        min_agentic_index (float | Unset):
        max_agentic_index (float | Unset):
        min_tool_success_rate (float | Unset):
        max_tool_success_rate (float | Unset):
        use_rss (ListModelsUseRss | Unset):
        use_rss_chat_links (ListModelsUseRssChatLinks | Unset):

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
        category=category,
        supported_parameters=supported_parameters,
        output_modalities=output_modalities,
        input_modalities=input_modalities,
        sort=sort,
        q=q,
        context=context,
        min_price=min_price,
        max_price=max_price,
        min_output_price=min_output_price,
        max_output_price=max_output_price,
        arch=arch,
        model_authors=model_authors,
        providers=providers,
        distillable=distillable,
        zdr=zdr,
        region=region,
        min_age_days=min_age_days,
        max_age_days=max_age_days,
        min_intelligence_index=min_intelligence_index,
        max_intelligence_index=max_intelligence_index,
        min_coding_index=min_coding_index,
        max_coding_index=max_coding_index,
        min_agentic_index=min_agentic_index,
        max_agentic_index=max_agentic_index,
        min_tool_success_rate=min_tool_success_rate,
        max_tool_success_rate=max_tool_success_rate,
        use_rss=use_rss,
        use_rss_chat_links=use_rss_chat_links,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    category: ModelCategory | Unset = UNSET,
    supported_parameters: str | Unset = UNSET,
    output_modalities: str | Unset = UNSET,
    input_modalities: str | Unset = UNSET,
    sort: ModelListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    context: int | Unset = UNSET,
    min_price: float | Unset = UNSET,
    max_price: float | Unset = UNSET,
    min_output_price: float | Unset = UNSET,
    max_output_price: float | Unset = UNSET,
    arch: str | Unset = UNSET,
    model_authors: str | Unset = UNSET,
    providers: str | Unset = UNSET,
    distillable: ListModelsDistillable | Unset = UNSET,
    zdr: ListModelsZdr | Unset = UNSET,
    region: ListModelsRegion | Unset = UNSET,
    min_age_days: int | Unset = UNSET,
    max_age_days: int | Unset = UNSET,
    min_intelligence_index: float | Unset = UNSET,
    max_intelligence_index: float | Unset = UNSET,
    min_coding_index: float | Unset = UNSET,
    max_coding_index: float | Unset = UNSET,
    min_agentic_index: float | Unset = UNSET,
    max_agentic_index: float | Unset = UNSET,
    min_tool_success_rate: float | Unset = UNSET,
    max_tool_success_rate: float | Unset = UNSET,
    use_rss: ListModelsUseRss | Unset = UNSET,
    use_rss_chat_links: ListModelsUseRssChatLinks | Unset = UNSET,
) -> Response[ErrorResponse | ModelListResponse]:
    """List the models available through OpenRouter.

     Returns models with their pricing, context length, modalities and supported
    parameters. `output_modalities` defaults to `text`, so image, audio or embedding models
    only show up when asked for (or with `all`). When both `offset` and `limit` are omitted
    the whole list comes back. With `use_rss=true` the answer is an RSS feed
    (`application/rss+xml`) instead of JSON.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        category (ModelCategory | Unset):
        supported_parameters (str | Unset):
        output_modalities (str | Unset):
        input_modalities (str | Unset):
        sort (ModelListSort | Unset):
        q (str | Unset):
        context (int | Unset):
        min_price (float | Unset):
        max_price (float | Unset):
        min_output_price (float | Unset):
        max_output_price (float | Unset):
        arch (str | Unset):
        model_authors (str | Unset):
        providers (str | Unset):
        distillable (ListModelsDistillable | Unset):
        zdr (ListModelsZdr | Unset):
        region (ListModelsRegion | Unset):
        min_age_days (int | Unset):
        max_age_days (int | Unset):
        min_intelligence_index (float | Unset):
        max_intelligence_index (float | Unset):
        min_coding_index (float | Unset):
        max_coding_index (float | Unset):
        min_agentic_index (float | Unset):
        max_agentic_index (float | Unset):
        min_tool_success_rate (float | Unset):
        max_tool_success_rate (float | Unset):
        use_rss (ListModelsUseRss | Unset):
        use_rss_chat_links (ListModelsUseRssChatLinks | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ModelListResponse]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        category=category,
        supported_parameters=supported_parameters,
        output_modalities=output_modalities,
        input_modalities=input_modalities,
        sort=sort,
        q=q,
        context=context,
        min_price=min_price,
        max_price=max_price,
        min_output_price=min_output_price,
        max_output_price=max_output_price,
        arch=arch,
        model_authors=model_authors,
        providers=providers,
        distillable=distillable,
        zdr=zdr,
        region=region,
        min_age_days=min_age_days,
        max_age_days=max_age_days,
        min_intelligence_index=min_intelligence_index,
        max_intelligence_index=max_intelligence_index,
        min_coding_index=min_coding_index,
        max_coding_index=max_coding_index,
        min_agentic_index=min_agentic_index,
        max_agentic_index=max_agentic_index,
        min_tool_success_rate=min_tool_success_rate,
        max_tool_success_rate=max_tool_success_rate,
        use_rss=use_rss,
        use_rss_chat_links=use_rss_chat_links,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    category: ModelCategory | Unset = UNSET,
    supported_parameters: str | Unset = UNSET,
    output_modalities: str | Unset = UNSET,
    input_modalities: str | Unset = UNSET,
    sort: ModelListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    context: int | Unset = UNSET,
    min_price: float | Unset = UNSET,
    max_price: float | Unset = UNSET,
    min_output_price: float | Unset = UNSET,
    max_output_price: float | Unset = UNSET,
    arch: str | Unset = UNSET,
    model_authors: str | Unset = UNSET,
    providers: str | Unset = UNSET,
    distillable: ListModelsDistillable | Unset = UNSET,
    zdr: ListModelsZdr | Unset = UNSET,
    region: ListModelsRegion | Unset = UNSET,
    min_age_days: int | Unset = UNSET,
    max_age_days: int | Unset = UNSET,
    min_intelligence_index: float | Unset = UNSET,
    max_intelligence_index: float | Unset = UNSET,
    min_coding_index: float | Unset = UNSET,
    max_coding_index: float | Unset = UNSET,
    min_agentic_index: float | Unset = UNSET,
    max_agentic_index: float | Unset = UNSET,
    min_tool_success_rate: float | Unset = UNSET,
    max_tool_success_rate: float | Unset = UNSET,
    use_rss: ListModelsUseRss | Unset = UNSET,
    use_rss_chat_links: ListModelsUseRssChatLinks | Unset = UNSET,
) -> ErrorResponse | ModelListResponse | None:
    """List the models available through OpenRouter.

     Returns models with their pricing, context length, modalities and supported
    parameters. `output_modalities` defaults to `text`, so image, audio or embedding models
    only show up when asked for (or with `all`). When both `offset` and `limit` are omitted
    the whole list comes back. With `use_rss=true` the answer is an RSS feed
    (`application/rss+xml`) instead of JSON.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        category (ModelCategory | Unset):
        supported_parameters (str | Unset):
        output_modalities (str | Unset):
        input_modalities (str | Unset):
        sort (ModelListSort | Unset):
        q (str | Unset):
        context (int | Unset):
        min_price (float | Unset):
        max_price (float | Unset):
        min_output_price (float | Unset):
        max_output_price (float | Unset):
        arch (str | Unset):
        model_authors (str | Unset):
        providers (str | Unset):
        distillable (ListModelsDistillable | Unset):
        zdr (ListModelsZdr | Unset):
        region (ListModelsRegion | Unset):
        min_age_days (int | Unset):
        max_age_days (int | Unset):
        min_intelligence_index (float | Unset):
        max_intelligence_index (float | Unset):
        min_coding_index (float | Unset):
        max_coding_index (float | Unset):
        min_agentic_index (float | Unset):
        max_agentic_index (float | Unset):
        min_tool_success_rate (float | Unset):
        max_tool_success_rate (float | Unset):
        use_rss (ListModelsUseRss | Unset):
        use_rss_chat_links (ListModelsUseRssChatLinks | Unset):

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
            category=category,
            supported_parameters=supported_parameters,
            output_modalities=output_modalities,
            input_modalities=input_modalities,
            sort=sort,
            q=q,
            context=context,
            min_price=min_price,
            max_price=max_price,
            min_output_price=min_output_price,
            max_output_price=max_output_price,
            arch=arch,
            model_authors=model_authors,
            providers=providers,
            distillable=distillable,
            zdr=zdr,
            region=region,
            min_age_days=min_age_days,
            max_age_days=max_age_days,
            min_intelligence_index=min_intelligence_index,
            max_intelligence_index=max_intelligence_index,
            min_coding_index=min_coding_index,
            max_coding_index=max_coding_index,
            min_agentic_index=min_agentic_index,
            max_agentic_index=max_agentic_index,
            min_tool_success_rate=min_tool_success_rate,
            max_tool_success_rate=max_tool_success_rate,
            use_rss=use_rss,
            use_rss_chat_links=use_rss_chat_links,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> ModelListResponse:
    """Parse a success (2xx) response; the caller has already turned error statuses into exceptions."""
    if response.status_code == 200:
        response_200 = ModelListResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)

"""Resources for the operations tagged "models" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.list_models_distillable import ListModelsDistillable
    from ...models.list_models_region import ListModelsRegion
    from ...models.list_models_use_rss import ListModelsUseRss
    from ...models.list_models_use_rss_chat_links import ListModelsUseRssChatLinks
    from ...models.list_models_zdr import ListModelsZdr
    from ...models.model_category import ModelCategory
    from ...models.model_count_response import ModelCountResponse
    from ...models.model_list_response import ModelListResponse
    from ...models.model_list_sort import ModelListSort
    from ...models.model_response import ModelResponse

__all__ = [
    "ModelsResource",
    "AsyncModelsResource",
    "COUNT_MODELS",
    "GET_MODEL",
    "LIST_MODELS",
    "LIST_USER_MODELS",
]

COUNT_MODELS = Operation(
    id="count_models",
    tag="models",
    method="GET",
    path="/models/count",
    requires_auth=True,
)
GET_MODEL = Operation(
    id="get_model",
    tag="models",
    method="GET",
    path="/model/{author}/{slug}",
    requires_auth=True,
)
LIST_MODELS = Operation(
    id="list_models",
    tag="models",
    method="GET",
    path="/models",
    requires_auth=True,
)
LIST_USER_MODELS = Operation(
    id="list_user_models",
    tag="models",
    method="GET",
    path="/models/user",
    requires_auth=True,
)


class ModelsResource:
    """Operations tagged "models"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def count(
        self,
        *,
        output_modalities: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ModelCountResponse:
        """Count the available models. (`GET /models/count`, operation `count_models`).

        Args:
            output_modalities (str | Unset):
        """
        from . import count_models as _operation

        return self._transport.request(
            COUNT_MODELS,
            _operation.build_request(
                output_modalities=output_modalities,
            ),
            _operation.parse_response,
            options,
        )

    def get(
        self,
        author: str,
        slug: str,
        **options: Unpack[RequestOptions],
    ) -> ModelResponse:
        """Fetch one model by author and slug. (`GET /model/{author}/{slug}`, operation `get_model`).

        Returns the full catalogue entry of one model. The slug may carry a variant suffix
        (`gpt-4:free`), and known slug aliases are resolved to the model they point at.

        Args:
            author (str):
            slug (str):
        """
        from . import get_model as _operation

        return self._transport.request(
            GET_MODEL,
            _operation.build_request(
                author=author,
                slug=slug,
            ),
            _operation.parse_response,
            options,
        )

    def list(
        self,
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
        **options: Unpack[RequestOptions],
    ) -> ModelListResponse:
        """List the models available through OpenRouter. (`GET /models`, operation `list_models`).

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
        """
        from . import list_models as _operation

        return self._transport.request(
            LIST_MODELS,
            _operation.build_request(
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
            ),
            _operation.parse_response,
            options,
        )

    def list_user(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        output_modalities: str | Unset = UNSET,
        sort: ModelListSort | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ModelListResponse:
        """List the models this key may actually use. (`GET /models/user`, operation `list_user_models`).

        The model list after the caller's provider preferences, privacy settings and guardrails
        are applied. Like `GET /models` it returns text-output models unless `output_modalities`
        asks for others. On a regional host (`eu.` / `us.`) only models that can be served in
        that region are listed.

        Args:
            offset (int | Unset):
            limit (int | Unset):
            output_modalities (str | Unset):
            sort (ModelListSort | Unset):
        """
        from . import list_user_models as _operation

        return self._transport.request(
            LIST_USER_MODELS,
            _operation.build_request(
                offset=offset,
                limit=limit,
                output_modalities=output_modalities,
                sort=sort,
            ),
            _operation.parse_response,
            options,
        )


class AsyncModelsResource:
    """Awaitable operations tagged "models"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def count(
        self,
        *,
        output_modalities: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ModelCountResponse:
        """Count the available models. (`GET /models/count`, operation `count_models`).

        Args:
            output_modalities (str | Unset):
        """
        from . import count_models as _operation

        return await self._transport.request(
            COUNT_MODELS,
            _operation.build_request(
                output_modalities=output_modalities,
            ),
            _operation.parse_response,
            options,
        )

    async def get(
        self,
        author: str,
        slug: str,
        **options: Unpack[RequestOptions],
    ) -> ModelResponse:
        """Fetch one model by author and slug. (`GET /model/{author}/{slug}`, operation `get_model`).

        Returns the full catalogue entry of one model. The slug may carry a variant suffix
        (`gpt-4:free`), and known slug aliases are resolved to the model they point at.

        Args:
            author (str):
            slug (str):
        """
        from . import get_model as _operation

        return await self._transport.request(
            GET_MODEL,
            _operation.build_request(
                author=author,
                slug=slug,
            ),
            _operation.parse_response,
            options,
        )

    async def list(
        self,
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
        **options: Unpack[RequestOptions],
    ) -> ModelListResponse:
        """List the models available through OpenRouter. (`GET /models`, operation `list_models`).

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
        """
        from . import list_models as _operation

        return await self._transport.request(
            LIST_MODELS,
            _operation.build_request(
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
            ),
            _operation.parse_response,
            options,
        )

    async def list_user(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        output_modalities: str | Unset = UNSET,
        sort: ModelListSort | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ModelListResponse:
        """List the models this key may actually use. (`GET /models/user`, operation `list_user_models`).

        The model list after the caller's provider preferences, privacy settings and guardrails
        are applied. Like `GET /models` it returns text-output models unless `output_modalities`
        asks for others. On a regional host (`eu.` / `us.`) only models that can be served in
        that region are listed.

        Args:
            offset (int | Unset):
            limit (int | Unset):
            output_modalities (str | Unset):
            sort (ModelListSort | Unset):
        """
        from . import list_user_models as _operation

        return await self._transport.request(
            LIST_USER_MODELS,
            _operation.build_request(
                offset=offset,
                limit=limit,
                output_modalities=output_modalities,
                sort=sort,
            ),
            _operation.parse_response,
            options,
        )

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_region_known import DataRegionKnown
from ..models.generation_api_type_known import GenerationApiTypeKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="Generation")


@_attrs_define
class Generation:
    """Stored statistics of one generation.

    Attributes:
        id (str):
        total_cost (float): Total charged in USD.
        created_at (datetime.datetime):
        model (str):
        upstream_id (None | str | Unset): The provider's own id for the generation.
        usage (float | Unset): Credits used in USD.
        cache_discount (float | None | Unset): Amount saved through prompt caching (USD).
        upstream_inference_cost (float | None | Unset): What the provider charged on your own key (BYOK only).
        app_id (int | None | Unset):
        streamed (bool | None | Unset):
        cancelled (bool | None | Unset):
        provider_name (None | str | Unset):
        latency (float | None | Unset): Total latency in milliseconds.
        moderation_latency (float | None | Unset): Milliseconds spent in moderation.
        generation_time (float | None | Unset): Milliseconds spent generating.
        finish_reason (None | str | Unset):
        native_finish_reason (None | str | Unset):
        tokens_prompt (int | None | Unset):
        tokens_completion (int | None | Unset):
        native_tokens_prompt (int | None | Unset):
        native_tokens_completion (int | None | Unset):
        native_tokens_completion_images (int | None | Unset):
        native_tokens_reasoning (int | None | Unset):
        native_tokens_cached (int | None | Unset):
        num_media_prompt (int | None | Unset):
        num_input_audio_prompt (int | None | Unset):
        num_media_completion (int | None | Unset):
        num_search_results (int | None | Unset):
        num_fetches (int | None | Unset):
        web_search_engine (None | str | Unset):
        origin (str | Unset):
        is_byok (bool | Unset):
        router (None | str | Unset): Router that picked the model, for example `openrouter/auto`.
        http_referer (None | str | Unset):
        user_agent (None | str | Unset):
        external_user (None | str | Unset):
        session_id (None | str | Unset):
        request_id (None | str | Unset): Groups all generations made for one API request.
        preset_id (None | str | Unset):
        workspace_id (None | str | Unset):
        api_type (GenerationApiTypeKnown | None | str | Unset):
        data_region (DataRegionKnown | None | str | Unset):
        service_tier (None | str | Unset): Tier the provider reports having used.
        response_cache_source_id (None | str | Unset): For a response-cache hit, the id of the generation that was
            replayed.
        provider_responses (list[GenerationProviderResponse] | None | Unset): Every provider attempt, fallbacks
            included.
    """

    id: str
    total_cost: float
    created_at: datetime.datetime
    model: str
    upstream_id: None | str | Unset = UNSET
    usage: float | Unset = UNSET
    cache_discount: float | None | Unset = UNSET
    upstream_inference_cost: float | None | Unset = UNSET
    app_id: int | None | Unset = UNSET
    streamed: bool | None | Unset = UNSET
    cancelled: bool | None | Unset = UNSET
    provider_name: None | str | Unset = UNSET
    latency: float | None | Unset = UNSET
    moderation_latency: float | None | Unset = UNSET
    generation_time: float | None | Unset = UNSET
    finish_reason: None | str | Unset = UNSET
    native_finish_reason: None | str | Unset = UNSET
    tokens_prompt: int | None | Unset = UNSET
    tokens_completion: int | None | Unset = UNSET
    native_tokens_prompt: int | None | Unset = UNSET
    native_tokens_completion: int | None | Unset = UNSET
    native_tokens_completion_images: int | None | Unset = UNSET
    native_tokens_reasoning: int | None | Unset = UNSET
    native_tokens_cached: int | None | Unset = UNSET
    num_media_prompt: int | None | Unset = UNSET
    num_input_audio_prompt: int | None | Unset = UNSET
    num_media_completion: int | None | Unset = UNSET
    num_search_results: int | None | Unset = UNSET
    num_fetches: int | None | Unset = UNSET
    web_search_engine: None | str | Unset = UNSET
    origin: str | Unset = UNSET
    is_byok: bool | Unset = UNSET
    router: None | str | Unset = UNSET
    http_referer: None | str | Unset = UNSET
    user_agent: None | str | Unset = UNSET
    external_user: None | str | Unset = UNSET
    session_id: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    preset_id: None | str | Unset = UNSET
    workspace_id: None | str | Unset = UNSET
    api_type: GenerationApiTypeKnown | None | str | Unset = UNSET
    data_region: DataRegionKnown | None | str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    response_cache_source_id: None | str | Unset = UNSET
    provider_responses: list[GenerationProviderResponse] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        total_cost = self.total_cost

        created_at = self.created_at.isoformat()

        model = self.model

        upstream_id: None | str | Unset
        if isinstance(self.upstream_id, Unset):
            upstream_id = UNSET
        else:
            upstream_id = self.upstream_id

        usage = self.usage

        cache_discount: float | None | Unset
        if isinstance(self.cache_discount, Unset):
            cache_discount = UNSET
        else:
            cache_discount = self.cache_discount

        upstream_inference_cost: float | None | Unset
        if isinstance(self.upstream_inference_cost, Unset):
            upstream_inference_cost = UNSET
        else:
            upstream_inference_cost = self.upstream_inference_cost

        app_id: int | None | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        streamed: bool | None | Unset
        if isinstance(self.streamed, Unset):
            streamed = UNSET
        else:
            streamed = self.streamed

        cancelled: bool | None | Unset
        if isinstance(self.cancelled, Unset):
            cancelled = UNSET
        else:
            cancelled = self.cancelled

        provider_name: None | str | Unset
        if isinstance(self.provider_name, Unset):
            provider_name = UNSET
        else:
            provider_name = self.provider_name

        latency: float | None | Unset
        if isinstance(self.latency, Unset):
            latency = UNSET
        else:
            latency = self.latency

        moderation_latency: float | None | Unset
        if isinstance(self.moderation_latency, Unset):
            moderation_latency = UNSET
        else:
            moderation_latency = self.moderation_latency

        generation_time: float | None | Unset
        if isinstance(self.generation_time, Unset):
            generation_time = UNSET
        else:
            generation_time = self.generation_time

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        else:
            finish_reason = self.finish_reason

        native_finish_reason: None | str | Unset
        if isinstance(self.native_finish_reason, Unset):
            native_finish_reason = UNSET
        else:
            native_finish_reason = self.native_finish_reason

        tokens_prompt: int | None | Unset
        if isinstance(self.tokens_prompt, Unset):
            tokens_prompt = UNSET
        else:
            tokens_prompt = self.tokens_prompt

        tokens_completion: int | None | Unset
        if isinstance(self.tokens_completion, Unset):
            tokens_completion = UNSET
        else:
            tokens_completion = self.tokens_completion

        native_tokens_prompt: int | None | Unset
        if isinstance(self.native_tokens_prompt, Unset):
            native_tokens_prompt = UNSET
        else:
            native_tokens_prompt = self.native_tokens_prompt

        native_tokens_completion: int | None | Unset
        if isinstance(self.native_tokens_completion, Unset):
            native_tokens_completion = UNSET
        else:
            native_tokens_completion = self.native_tokens_completion

        native_tokens_completion_images: int | None | Unset
        if isinstance(self.native_tokens_completion_images, Unset):
            native_tokens_completion_images = UNSET
        else:
            native_tokens_completion_images = self.native_tokens_completion_images

        native_tokens_reasoning: int | None | Unset
        if isinstance(self.native_tokens_reasoning, Unset):
            native_tokens_reasoning = UNSET
        else:
            native_tokens_reasoning = self.native_tokens_reasoning

        native_tokens_cached: int | None | Unset
        if isinstance(self.native_tokens_cached, Unset):
            native_tokens_cached = UNSET
        else:
            native_tokens_cached = self.native_tokens_cached

        num_media_prompt: int | None | Unset
        if isinstance(self.num_media_prompt, Unset):
            num_media_prompt = UNSET
        else:
            num_media_prompt = self.num_media_prompt

        num_input_audio_prompt: int | None | Unset
        if isinstance(self.num_input_audio_prompt, Unset):
            num_input_audio_prompt = UNSET
        else:
            num_input_audio_prompt = self.num_input_audio_prompt

        num_media_completion: int | None | Unset
        if isinstance(self.num_media_completion, Unset):
            num_media_completion = UNSET
        else:
            num_media_completion = self.num_media_completion

        num_search_results: int | None | Unset
        if isinstance(self.num_search_results, Unset):
            num_search_results = UNSET
        else:
            num_search_results = self.num_search_results

        num_fetches: int | None | Unset
        if isinstance(self.num_fetches, Unset):
            num_fetches = UNSET
        else:
            num_fetches = self.num_fetches

        web_search_engine: None | str | Unset
        if isinstance(self.web_search_engine, Unset):
            web_search_engine = UNSET
        else:
            web_search_engine = self.web_search_engine

        origin = self.origin

        is_byok = self.is_byok

        router: None | str | Unset
        if isinstance(self.router, Unset):
            router = UNSET
        else:
            router = self.router

        http_referer: None | str | Unset
        if isinstance(self.http_referer, Unset):
            http_referer = UNSET
        else:
            http_referer = self.http_referer

        user_agent: None | str | Unset
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        else:
            user_agent = self.user_agent

        external_user: None | str | Unset
        if isinstance(self.external_user, Unset):
            external_user = UNSET
        else:
            external_user = self.external_user

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        preset_id: None | str | Unset
        if isinstance(self.preset_id, Unset):
            preset_id = UNSET
        else:
            preset_id = self.preset_id

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        api_type: None | str | Unset
        if isinstance(self.api_type, Unset):
            api_type = UNSET
        elif isinstance(self.api_type, GenerationApiTypeKnown):
            api_type = self.api_type.value
        else:
            api_type = self.api_type

        data_region: None | str | Unset
        if isinstance(self.data_region, Unset):
            data_region = UNSET
        elif isinstance(self.data_region, DataRegionKnown):
            data_region = self.data_region.value
        else:
            data_region = self.data_region

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        response_cache_source_id: None | str | Unset
        if isinstance(self.response_cache_source_id, Unset):
            response_cache_source_id = UNSET
        else:
            response_cache_source_id = self.response_cache_source_id

        provider_responses: list[dict[str, Any]] | None | Unset
        if isinstance(self.provider_responses, Unset):
            provider_responses = UNSET
        elif isinstance(self.provider_responses, list):
            provider_responses = []
            for provider_responses_type_0_item_data in self.provider_responses:
                provider_responses_type_0_item = provider_responses_type_0_item_data.to_dict()
                provider_responses.append(provider_responses_type_0_item)

        else:
            provider_responses = self.provider_responses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "total_cost": total_cost,
                "created_at": created_at,
                "model": model,
            }
        )
        if upstream_id is not UNSET:
            field_dict["upstream_id"] = upstream_id
        if usage is not UNSET:
            field_dict["usage"] = usage
        if cache_discount is not UNSET:
            field_dict["cache_discount"] = cache_discount
        if upstream_inference_cost is not UNSET:
            field_dict["upstream_inference_cost"] = upstream_inference_cost
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if streamed is not UNSET:
            field_dict["streamed"] = streamed
        if cancelled is not UNSET:
            field_dict["cancelled"] = cancelled
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if latency is not UNSET:
            field_dict["latency"] = latency
        if moderation_latency is not UNSET:
            field_dict["moderation_latency"] = moderation_latency
        if generation_time is not UNSET:
            field_dict["generation_time"] = generation_time
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if native_finish_reason is not UNSET:
            field_dict["native_finish_reason"] = native_finish_reason
        if tokens_prompt is not UNSET:
            field_dict["tokens_prompt"] = tokens_prompt
        if tokens_completion is not UNSET:
            field_dict["tokens_completion"] = tokens_completion
        if native_tokens_prompt is not UNSET:
            field_dict["native_tokens_prompt"] = native_tokens_prompt
        if native_tokens_completion is not UNSET:
            field_dict["native_tokens_completion"] = native_tokens_completion
        if native_tokens_completion_images is not UNSET:
            field_dict["native_tokens_completion_images"] = native_tokens_completion_images
        if native_tokens_reasoning is not UNSET:
            field_dict["native_tokens_reasoning"] = native_tokens_reasoning
        if native_tokens_cached is not UNSET:
            field_dict["native_tokens_cached"] = native_tokens_cached
        if num_media_prompt is not UNSET:
            field_dict["num_media_prompt"] = num_media_prompt
        if num_input_audio_prompt is not UNSET:
            field_dict["num_input_audio_prompt"] = num_input_audio_prompt
        if num_media_completion is not UNSET:
            field_dict["num_media_completion"] = num_media_completion
        if num_search_results is not UNSET:
            field_dict["num_search_results"] = num_search_results
        if num_fetches is not UNSET:
            field_dict["num_fetches"] = num_fetches
        if web_search_engine is not UNSET:
            field_dict["web_search_engine"] = web_search_engine
        if origin is not UNSET:
            field_dict["origin"] = origin
        if is_byok is not UNSET:
            field_dict["is_byok"] = is_byok
        if router is not UNSET:
            field_dict["router"] = router
        if http_referer is not UNSET:
            field_dict["http_referer"] = http_referer
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if external_user is not UNSET:
            field_dict["external_user"] = external_user
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if preset_id is not UNSET:
            field_dict["preset_id"] = preset_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if api_type is not UNSET:
            field_dict["api_type"] = api_type
        if data_region is not UNSET:
            field_dict["data_region"] = data_region
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if response_cache_source_id is not UNSET:
            field_dict["response_cache_source_id"] = response_cache_source_id
        if provider_responses is not UNSET:
            field_dict["provider_responses"] = provider_responses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        total_cost = d.pop("total_cost")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        model = d.pop("model")

        upstream_id = cast("None | str | Unset", d.pop("upstream_id", UNSET))

        usage = d.pop("usage", UNSET)

        cache_discount = cast("float | None | Unset", d.pop("cache_discount", UNSET))

        upstream_inference_cost = cast(
            "float | None | Unset", d.pop("upstream_inference_cost", UNSET)
        )

        app_id = cast("int | None | Unset", d.pop("app_id", UNSET))

        streamed = cast("bool | None | Unset", d.pop("streamed", UNSET))

        cancelled = cast("bool | None | Unset", d.pop("cancelled", UNSET))

        provider_name = cast("None | str | Unset", d.pop("provider_name", UNSET))

        latency = cast("float | None | Unset", d.pop("latency", UNSET))

        moderation_latency = cast("float | None | Unset", d.pop("moderation_latency", UNSET))

        generation_time = cast("float | None | Unset", d.pop("generation_time", UNSET))

        finish_reason = cast("None | str | Unset", d.pop("finish_reason", UNSET))

        native_finish_reason = cast("None | str | Unset", d.pop("native_finish_reason", UNSET))

        tokens_prompt = cast("int | None | Unset", d.pop("tokens_prompt", UNSET))

        tokens_completion = cast("int | None | Unset", d.pop("tokens_completion", UNSET))

        native_tokens_prompt = cast("int | None | Unset", d.pop("native_tokens_prompt", UNSET))

        native_tokens_completion = cast(
            "int | None | Unset", d.pop("native_tokens_completion", UNSET)
        )

        native_tokens_completion_images = cast(
            "int | None | Unset", d.pop("native_tokens_completion_images", UNSET)
        )

        native_tokens_reasoning = cast(
            "int | None | Unset", d.pop("native_tokens_reasoning", UNSET)
        )

        native_tokens_cached = cast("int | None | Unset", d.pop("native_tokens_cached", UNSET))

        num_media_prompt = cast("int | None | Unset", d.pop("num_media_prompt", UNSET))

        num_input_audio_prompt = cast("int | None | Unset", d.pop("num_input_audio_prompt", UNSET))

        num_media_completion = cast("int | None | Unset", d.pop("num_media_completion", UNSET))

        num_search_results = cast("int | None | Unset", d.pop("num_search_results", UNSET))

        num_fetches = cast("int | None | Unset", d.pop("num_fetches", UNSET))

        web_search_engine = cast("None | str | Unset", d.pop("web_search_engine", UNSET))

        origin = d.pop("origin", UNSET)

        is_byok = d.pop("is_byok", UNSET)

        router = cast("None | str | Unset", d.pop("router", UNSET))

        http_referer = cast("None | str | Unset", d.pop("http_referer", UNSET))

        user_agent = cast("None | str | Unset", d.pop("user_agent", UNSET))

        external_user = cast("None | str | Unset", d.pop("external_user", UNSET))

        session_id = cast("None | str | Unset", d.pop("session_id", UNSET))

        request_id = cast("None | str | Unset", d.pop("request_id", UNSET))

        preset_id = cast("None | str | Unset", d.pop("preset_id", UNSET))

        workspace_id = cast("None | str | Unset", d.pop("workspace_id", UNSET))

        def _parse_api_type(data: object) -> GenerationApiTypeKnown | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                api_type_type_0 = GenerationApiTypeKnown._parse(data)

                return api_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("GenerationApiTypeKnown | None | str | Unset", data)

        api_type = _parse_api_type(d.pop("api_type", UNSET))

        def _parse_data_region(data: object) -> DataRegionKnown | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_region_type_0 = DataRegionKnown._parse(data)

                return data_region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("DataRegionKnown | None | str | Unset", data)

        data_region = _parse_data_region(d.pop("data_region", UNSET))

        service_tier = cast("None | str | Unset", d.pop("service_tier", UNSET))

        response_cache_source_id = cast(
            "None | str | Unset", d.pop("response_cache_source_id", UNSET)
        )

        def _parse_provider_responses(
            data: object,
        ) -> list[GenerationProviderResponse] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                provider_responses_type_0 = []
                _provider_responses_type_0 = data
                for provider_responses_type_0_item_data in _provider_responses_type_0:
                    provider_responses_type_0_item = GenerationProviderResponse.from_dict(
                        provider_responses_type_0_item_data
                    )

                    provider_responses_type_0.append(provider_responses_type_0_item)

                return provider_responses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[GenerationProviderResponse] | None | Unset", data)

        provider_responses = _parse_provider_responses(d.pop("provider_responses", UNSET))

        generation = cls(
            id=id,
            total_cost=total_cost,
            created_at=created_at,
            model=model,
            upstream_id=upstream_id,
            usage=usage,
            cache_discount=cache_discount,
            upstream_inference_cost=upstream_inference_cost,
            app_id=app_id,
            streamed=streamed,
            cancelled=cancelled,
            provider_name=provider_name,
            latency=latency,
            moderation_latency=moderation_latency,
            generation_time=generation_time,
            finish_reason=finish_reason,
            native_finish_reason=native_finish_reason,
            tokens_prompt=tokens_prompt,
            tokens_completion=tokens_completion,
            native_tokens_prompt=native_tokens_prompt,
            native_tokens_completion=native_tokens_completion,
            native_tokens_completion_images=native_tokens_completion_images,
            native_tokens_reasoning=native_tokens_reasoning,
            native_tokens_cached=native_tokens_cached,
            num_media_prompt=num_media_prompt,
            num_input_audio_prompt=num_input_audio_prompt,
            num_media_completion=num_media_completion,
            num_search_results=num_search_results,
            num_fetches=num_fetches,
            web_search_engine=web_search_engine,
            origin=origin,
            is_byok=is_byok,
            router=router,
            http_referer=http_referer,
            user_agent=user_agent,
            external_user=external_user,
            session_id=session_id,
            request_id=request_id,
            preset_id=preset_id,
            workspace_id=workspace_id,
            api_type=api_type,
            data_region=data_region,
            service_tier=service_tier,
            response_cache_source_id=response_cache_source_id,
            provider_responses=provider_responses,
        )

        generation.additional_properties = d
        return generation

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.generation_provider_response import GenerationProviderResponse  # noqa: E402

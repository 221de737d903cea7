from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.data_region_known import DataRegionKnown
from ..models.generation_api_type_known import GenerationApiTypeKnown
from ..types import ReadModel as _ReadModel
from ..types import read_datetime


class Generation(_ReadModel):
    """Stored statistics of one generation.

    Attributes:
        id (str):
        total_cost (float): Total charged in USD.
        created_at (datetime.datetime):
        model (str):
        upstream_id (None | str): The provider's own id for the generation.
        usage (float | None): Credits used in USD.
        cache_discount (float | None): Amount saved through prompt caching (USD).
        upstream_inference_cost (float | None): What the provider charged on your own key (BYOK only).
        app_id (int | None):
        streamed (bool | None):
        cancelled (bool | None):
        provider_name (None | str):
        latency (float | None): Total latency in milliseconds.
        moderation_latency (float | None): Milliseconds spent in moderation.
        generation_time (float | None): Milliseconds spent generating.
        finish_reason (None | str):
        native_finish_reason (None | str):
        tokens_prompt (int | None):
        tokens_completion (int | None):
        native_tokens_prompt (int | None):
        native_tokens_completion (int | None):
        native_tokens_completion_images (int | None):
        native_tokens_reasoning (int | None):
        native_tokens_cached (int | None):
        num_media_prompt (int | None):
        num_input_audio_prompt (int | None):
        num_media_completion (int | None):
        num_search_results (int | None):
        num_fetches (int | None):
        web_search_engine (None | str):
        origin (str | None):
        is_byok (bool | None):
        router (None | str): Router that picked the model, for example `openrouter/auto`.
        http_referer (None | str):
        user_agent (None | str):
        external_user (None | str):
        session_id (None | str):
        request_id (None | str): Groups all generations made for one API request.
        preset_id (None | str):
        workspace_id (None | str):
        api_type (GenerationApiTypeKnown | None | str):
        data_region (DataRegionKnown | None | str):
        service_tier (None | str): Tier the provider reports having used.
        response_cache_source_id (None | str): For a response-cache hit, the id of the generation that was replayed.
        provider_responses (list[GenerationProviderResponse] | None): Every provider attempt, fallbacks included.
    """

    __slots__ = (
        "id",
        "total_cost",
        "created_at",
        "model",
        "upstream_id",
        "usage",
        "cache_discount",
        "upstream_inference_cost",
        "app_id",
        "streamed",
        "cancelled",
        "provider_name",
        "latency",
        "moderation_latency",
        "generation_time",
        "finish_reason",
        "native_finish_reason",
        "tokens_prompt",
        "tokens_completion",
        "native_tokens_prompt",
        "native_tokens_completion",
        "native_tokens_completion_images",
        "native_tokens_reasoning",
        "native_tokens_cached",
        "num_media_prompt",
        "num_input_audio_prompt",
        "num_media_completion",
        "num_search_results",
        "num_fetches",
        "web_search_engine",
        "origin",
        "is_byok",
        "router",
        "http_referer",
        "user_agent",
        "external_user",
        "session_id",
        "request_id",
        "preset_id",
        "workspace_id",
        "api_type",
        "data_region",
        "service_tier",
        "response_cache_source_id",
        "provider_responses",
        "additional_properties",
    )

    id: str
    total_cost: float
    created_at: datetime.datetime
    model: str
    upstream_id: None | str
    usage: float | None
    cache_discount: float | None
    upstream_inference_cost: float | None
    app_id: int | None
    streamed: bool | None
    cancelled: bool | None
    provider_name: None | str
    latency: float | None
    moderation_latency: float | None
    generation_time: float | None
    finish_reason: None | str
    native_finish_reason: None | str
    tokens_prompt: int | None
    tokens_completion: int | None
    native_tokens_prompt: int | None
    native_tokens_completion: int | None
    native_tokens_completion_images: int | None
    native_tokens_reasoning: int | None
    native_tokens_cached: int | None
    num_media_prompt: int | None
    num_input_audio_prompt: int | None
    num_media_completion: int | None
    num_search_results: int | None
    num_fetches: int | None
    web_search_engine: None | str
    origin: str | None
    is_byok: bool | None
    router: None | str
    http_referer: None | str
    user_agent: None | str
    external_user: None | str
    session_id: None | str
    request_id: None | str
    preset_id: None | str
    workspace_id: None | str
    api_type: GenerationApiTypeKnown | None | str
    data_region: DataRegionKnown | None | str
    service_tier: None | str
    response_cache_source_id: None | str
    provider_responses: list[GenerationProviderResponse] | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        total_cost: float,
        created_at: datetime.datetime,
        model: str,
        upstream_id: None | str = None,
        usage: float | None = None,
        cache_discount: float | None = None,
        upstream_inference_cost: float | None = None,
        app_id: int | None = None,
        streamed: bool | None = None,
        cancelled: bool | None = None,
        provider_name: None | str = None,
        latency: float | None = None,
        moderation_latency: float | None = None,
        generation_time: float | None = None,
        finish_reason: None | str = None,
        native_finish_reason: None | str = None,
        tokens_prompt: int | None = None,
        tokens_completion: int | None = None,
        native_tokens_prompt: int | None = None,
        native_tokens_completion: int | None = None,
        native_tokens_completion_images: int | None = None,
        native_tokens_reasoning: int | None = None,
        native_tokens_cached: int | None = None,
        num_media_prompt: int | None = None,
        num_input_audio_prompt: int | None = None,
        num_media_completion: int | None = None,
        num_search_results: int | None = None,
        num_fetches: int | None = None,
        web_search_engine: None | str = None,
        origin: str | None = None,
        is_byok: bool | None = None,
        router: None | str = None,
        http_referer: None | str = None,
        user_agent: None | str = None,
        external_user: None | str = None,
        session_id: None | str = None,
        request_id: None | str = None,
        preset_id: None | str = None,
        workspace_id: None | str = None,
        api_type: GenerationApiTypeKnown | None | str = None,
        data_region: DataRegionKnown | None | str = None,
        service_tier: None | str = None,
        response_cache_source_id: None | str = None,
        provider_responses: list[GenerationProviderResponse] | None = None,
    ) -> None:
        self.id = id
        self.total_cost = total_cost
        self.created_at = created_at
        self.model = model
        self.upstream_id = upstream_id
        self.usage = usage
        self.cache_discount = cache_discount
        self.upstream_inference_cost = upstream_inference_cost
        self.app_id = app_id
        self.streamed = streamed
        self.cancelled = cancelled
        self.provider_name = provider_name
        self.latency = latency
        self.moderation_latency = moderation_latency
        self.generation_time = generation_time
        self.finish_reason = finish_reason
        self.native_finish_reason = native_finish_reason
        self.tokens_prompt = tokens_prompt
        self.tokens_completion = tokens_completion
        self.native_tokens_prompt = native_tokens_prompt
        self.native_tokens_completion = native_tokens_completion
        self.native_tokens_completion_images = native_tokens_completion_images
        self.native_tokens_reasoning = native_tokens_reasoning
        self.native_tokens_cached = native_tokens_cached
        self.num_media_prompt = num_media_prompt
        self.num_input_audio_prompt = num_input_audio_prompt
        self.num_media_completion = num_media_completion
        self.num_search_results = num_search_results
        self.num_fetches = num_fetches
        self.web_search_engine = web_search_engine
        self.origin = origin
        self.is_byok = is_byok
        self.router = router
        self.http_referer = http_referer
        self.user_agent = user_agent
        self.external_user = external_user
        self.session_id = session_id
        self.request_id = request_id
        self.preset_id = preset_id
        self.workspace_id = workspace_id
        self.api_type = api_type
        self.data_region = data_region
        self.service_tier = service_tier
        self.response_cache_source_id = response_cache_source_id
        self.provider_responses = provider_responses
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("total_cost", "total_cost", True, "float"),
        ("created_at", "created_at", True, "datetime.datetime"),
        ("model", "model", True, "str"),
        ("upstream_id", "upstream_id", False, "None | str"),
        ("usage", "usage", False, "float"),
        ("cache_discount", "cache_discount", False, "float | None"),
        ("upstream_inference_cost", "upstream_inference_cost", False, "float | None"),
        ("app_id", "app_id", False, "int | None"),
        ("streamed", "streamed", False, "bool | None"),
        ("cancelled", "cancelled", False, "bool | None"),
        ("provider_name", "provider_name", False, "None | str"),
        ("latency", "latency", False, "float | None"),
        ("moderation_latency", "moderation_latency", False, "float | None"),
        ("generation_time", "generation_time", False, "float | None"),
        ("finish_reason", "finish_reason", False, "None | str"),
        ("native_finish_reason", "native_finish_reason", False, "None | str"),
        ("tokens_prompt", "tokens_prompt", False, "int | None"),
        ("tokens_completion", "tokens_completion", False, "int | None"),
        ("native_tokens_prompt", "native_tokens_prompt", False, "int | None"),
        ("native_tokens_completion", "native_tokens_completion", False, "int | None"),
        ("native_tokens_completion_images", "native_tokens_completion_images", False, "int | None"),
        ("native_tokens_reasoning", "native_tokens_reasoning", False, "int | None"),
        ("native_tokens_cached", "native_tokens_cached", False, "int | None"),
        ("num_media_prompt", "num_media_prompt", False, "int | None"),
        ("num_input_audio_prompt", "num_input_audio_prompt", False, "int | None"),
        ("num_media_completion", "num_media_completion", False, "int | None"),
        ("num_search_results", "num_search_results", False, "int | None"),
        ("num_fetches", "num_fetches", False, "int | None"),
        ("web_search_engine", "web_search_engine", False, "None | str"),
        ("origin", "origin", False, "str"),
        ("is_byok", "is_byok", False, "bool"),
        ("router", "router", False, "None | str"),
        ("http_referer", "http_referer", False, "None | str"),
        ("user_agent", "user_agent", False, "None | str"),
        ("external_user", "external_user", False, "None | str"),
        ("session_id", "session_id", False, "None | str"),
        ("request_id", "request_id", False, "None | str"),
        ("preset_id", "preset_id", False, "None | str"),
        ("workspace_id", "workspace_id", False, "None | str"),
        ("api_type", "api_type", False, "GenerationApiTypeKnown | None | str"),
        ("data_region", "data_region", False, "DataRegionKnown | None | str"),
        ("service_tier", "service_tier", False, "None | str"),
        ("response_cache_source_id", "response_cache_source_id", False, "None | str"),
        (
            "provider_responses",
            "provider_responses",
            False,
            "list[GenerationProviderResponse] | None",
        ),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        id = d.pop("id", None)
        total_cost = d.pop("total_cost", None)
        _created_at = d.pop("created_at", None)
        created_at: Any = read_datetime(_created_at)
        model = d.pop("model", None)
        upstream_id = d.pop("upstream_id", None)
        usage = d.pop("usage", None)
        cache_discount = d.pop("cache_discount", None)
        upstream_inference_cost = d.pop("upstream_inference_cost", None)
        app_id = d.pop("app_id", None)
        streamed = d.pop("streamed", None)
        cancelled = d.pop("cancelled", None)
        provider_name = d.pop("provider_name", None)
        latency = d.pop("latency", None)
        moderation_latency = d.pop("moderation_latency", None)
        generation_time = d.pop("generation_time", None)
        finish_reason = d.pop("finish_reason", None)
        native_finish_reason = d.pop("native_finish_reason", None)
        tokens_prompt = d.pop("tokens_prompt", None)
        tokens_completion = d.pop("tokens_completion", None)
        native_tokens_prompt = d.pop("native_tokens_prompt", None)
        native_tokens_completion = d.pop("native_tokens_completion", None)
        native_tokens_completion_images = d.pop("native_tokens_completion_images", None)
        native_tokens_reasoning = d.pop("native_tokens_reasoning", None)
        native_tokens_cached = d.pop("native_tokens_cached", None)
        num_media_prompt = d.pop("num_media_prompt", None)
        num_input_audio_prompt = d.pop("num_input_audio_prompt", None)
        num_media_completion = d.pop("num_media_completion", None)
        num_search_results = d.pop("num_search_results", None)
        num_fetches = d.pop("num_fetches", None)
        web_search_engine = d.pop("web_search_engine", None)
        origin = d.pop("origin", None)
        is_byok = d.pop("is_byok", None)
        router = d.pop("router", None)
        http_referer = d.pop("http_referer", None)
        user_agent = d.pop("user_agent", None)
        external_user = d.pop("external_user", None)
        session_id = d.pop("session_id", None)
        request_id = d.pop("request_id", None)
        preset_id = d.pop("preset_id", None)
        workspace_id = d.pop("workspace_id", None)
        _api_type = d.pop("api_type", None)
        api_type: Any = _read_api_type(_api_type)
        _data_region = d.pop("data_region", None)
        data_region: Any = _read_data_region(_data_region)
        service_tier = d.pop("service_tier", None)
        response_cache_source_id = d.pop("response_cache_source_id", None)
        _provider_responses = d.pop("provider_responses", None)
        provider_responses: Any = _read_provider_responses(_provider_responses)
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


def _read_api_type(data: Any) -> Any:
    if isinstance(data, str):
        if data in GenerationApiTypeKnown._value2member_map_:
            return GenerationApiTypeKnown._value2member_map_[data]
    return data


def _read_data_region(data: Any) -> Any:
    if isinstance(data, str):
        if data in DataRegionKnown._value2member_map_:
            return DataRegionKnown._value2member_map_[data]
    return data


def _read_provider_responses(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [
                GenerationProviderResponse.from_dict(i0) if isinstance(i0, dict) else i0
                for i0 in data
            ]
            if isinstance(data, list)
            else data
        )
    return data


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.generation_provider_response import GenerationProviderResponse  # noqa: E402

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..models.data_region_known import DataRegionKnown
from ..models.generation_api_type_known import GenerationApiTypeKnown
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_
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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.id = _json_get_("id")
        _new_model_.total_cost = _json_get_("total_cost")
        _created_at = _json_get_("created_at")
        created_at: Any = read_datetime(_created_at)
        _new_model_.created_at = created_at
        _new_model_.model = _json_get_("model")
        _new_model_.upstream_id = _json_get_("upstream_id")
        _new_model_.usage = _json_get_("usage")
        _new_model_.cache_discount = _json_get_("cache_discount")
        _new_model_.upstream_inference_cost = _json_get_("upstream_inference_cost")
        _new_model_.app_id = _json_get_("app_id")
        _new_model_.streamed = _json_get_("streamed")
        _new_model_.cancelled = _json_get_("cancelled")
        _new_model_.provider_name = _json_get_("provider_name")
        _new_model_.latency = _json_get_("latency")
        _new_model_.moderation_latency = _json_get_("moderation_latency")
        _new_model_.generation_time = _json_get_("generation_time")
        _new_model_.finish_reason = _json_get_("finish_reason")
        _new_model_.native_finish_reason = _json_get_("native_finish_reason")
        _new_model_.tokens_prompt = _json_get_("tokens_prompt")
        _new_model_.tokens_completion = _json_get_("tokens_completion")
        _new_model_.native_tokens_prompt = _json_get_("native_tokens_prompt")
        _new_model_.native_tokens_completion = _json_get_("native_tokens_completion")
        _new_model_.native_tokens_completion_images = _json_get_("native_tokens_completion_images")
        _new_model_.native_tokens_reasoning = _json_get_("native_tokens_reasoning")
        _new_model_.native_tokens_cached = _json_get_("native_tokens_cached")
        _new_model_.num_media_prompt = _json_get_("num_media_prompt")
        _new_model_.num_input_audio_prompt = _json_get_("num_input_audio_prompt")
        _new_model_.num_media_completion = _json_get_("num_media_completion")
        _new_model_.num_search_results = _json_get_("num_search_results")
        _new_model_.num_fetches = _json_get_("num_fetches")
        _new_model_.web_search_engine = _json_get_("web_search_engine")
        _new_model_.origin = _json_get_("origin")
        _new_model_.is_byok = _json_get_("is_byok")
        _new_model_.router = _json_get_("router")
        _new_model_.http_referer = _json_get_("http_referer")
        _new_model_.user_agent = _json_get_("user_agent")
        _new_model_.external_user = _json_get_("external_user")
        _new_model_.session_id = _json_get_("session_id")
        _new_model_.request_id = _json_get_("request_id")
        _new_model_.preset_id = _json_get_("preset_id")
        _new_model_.workspace_id = _json_get_("workspace_id")
        _api_type = _json_get_("api_type")
        api_type: Any = (
            GenerationApiTypeKnown._value2member_map_.get(_api_type, _api_type)
            if isinstance(_api_type, str)
            else _api_type
        )
        _new_model_.api_type = api_type
        _data_region = _json_get_("data_region")
        data_region: Any = (
            DataRegionKnown._value2member_map_.get(_data_region, _data_region)
            if isinstance(_data_region, str)
            else _data_region
        )
        _new_model_.data_region = data_region
        _new_model_.service_tier = _json_get_("service_tier")
        _new_model_.response_cache_source_id = _json_get_("response_cache_source_id")
        _provider_responses = _json_get_("provider_responses")
        provider_responses: Any = _read_provider_responses(_provider_responses)
        _new_model_.provider_responses = provider_responses
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
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
    )
)


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


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.generation_provider_response import GenerationProviderResponse  # noqa: E402
else:
    GenerationProviderResponse = _Deferred_(
        globals(), "..models.generation_provider_response", "GenerationProviderResponse"
    )

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..models.model_parameter_known import ModelParameterKnown
from ..models.quantization_known import QuantizationKnown
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_
from ..types import read_enum_list


class ModelEndpoint(_ReadModel):
    """One provider's deployment of a model.

    Attributes:
        name (str):
        model_id (str): Permanent slug of the model.
        model_name (str):
        context_length (int):
        pricing (ModelPricing): Prices as decimal strings in USD per token (or per unit where noted); "0" means free.
        provider_name (str): Display name of the provider, for example `OpenAI` or `DeepInfra`.
        tag (str): Provider slug usable in `provider.order`, `only` and `ignore`.
        supported_parameters (list[ModelParameterKnown | str]):
        quantization (None | QuantizationKnown | str):
        max_completion_tokens (int | None):
        max_prompt_tokens (int | None):
        status (int | None): Health code; 0 is normal, negative values (-1, -2, -3, -5, -10) mean degraded or
            unavailable.
        uptime_last_5m (float | None): Uptime percentage over the last 5 minutes.
        uptime_last_30m (float | None): Uptime percentage over the last 30 minutes.
        uptime_last_1d (float | None): Uptime percentage over the last day.
        latency_last_30m (None | PercentileStats): Time to first token in milliseconds over the last 30 minutes.
        throughput_last_30m (None | PercentileStats): Tokens per second over the last 30 minutes.
        perf_last_30m_by_workload (ModelEndpointWorkloadPerformance | None): Recent performance keyed by workload kind
            (`text_generation`, `image_generation`, `embeddings`, ...).
        supports_implicit_caching (bool | None):
        supports_tool_choice (ModelEndpointToolChoiceSupport | None): Which `tool_choice` values passed testing on this
            endpoint.
        supports_voice_cloning (bool | None): Text-to-speech endpoint accepts reference audio for voice cloning.
        supports_image_reference (bool | None): Text-to-speech endpoint accepts an image describing the voice.
        supports_multiple_audio_references (bool | None):
        supports_diarization (bool | None): Speech-to-text endpoint can label speakers.
        service_tier (None | str): Tier this endpoint sells (`flex`, `priority`, `ultrafast`), null for standard.
        native_tools (ModelEndpointNativeTools | None): Server tools this endpoint runs with the provider's own
            implementation, keyed by `openrouter:*` name.
    """

    __slots__ = (
        "name",
        "model_id",
        "model_name",
        "context_length",
        "pricing",
        "provider_name",
        "tag",
        "supported_parameters",
        "quantization",
        "max_completion_tokens",
        "max_prompt_tokens",
        "status",
        "uptime_last_5m",
        "uptime_last_30m",
        "uptime_last_1d",
        "latency_last_30m",
        "throughput_last_30m",
        "perf_last_30m_by_workload",
        "supports_implicit_caching",
        "supports_tool_choice",
        "supports_voice_cloning",
        "supports_image_reference",
        "supports_multiple_audio_references",
        "supports_diarization",
        "service_tier",
        "native_tools",
        "additional_properties",
    )

    name: str
    model_id: str
    model_name: str
    context_length: int
    pricing: ModelPricing
    provider_name: str
    tag: str
    supported_parameters: list[ModelParameterKnown | str]
    quantization: None | QuantizationKnown | str
    max_completion_tokens: int | None
    max_prompt_tokens: int | None
    status: int | None
    uptime_last_5m: float | None
    uptime_last_30m: float | None
    uptime_last_1d: float | None
    latency_last_30m: None | PercentileStats
    throughput_last_30m: None | PercentileStats
    perf_last_30m_by_workload: ModelEndpointWorkloadPerformance | None
    supports_implicit_caching: bool | None
    supports_tool_choice: ModelEndpointToolChoiceSupport | None
    supports_voice_cloning: bool | None
    supports_image_reference: bool | None
    supports_multiple_audio_references: bool | None
    supports_diarization: bool | None
    service_tier: None | str
    native_tools: ModelEndpointNativeTools | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        model_id: str,
        model_name: str,
        context_length: int,
        pricing: ModelPricing,
        provider_name: str,
        tag: str,
        supported_parameters: list[ModelParameterKnown | str],
        quantization: None | QuantizationKnown | str = None,
        max_completion_tokens: int | None = None,
        max_prompt_tokens: int | None = None,
        status: int | None = None,
        uptime_last_5m: float | None = None,
        uptime_last_30m: float | None = None,
        uptime_last_1d: float | None = None,
        latency_last_30m: None | PercentileStats = None,
        throughput_last_30m: None | PercentileStats = None,
        perf_last_30m_by_workload: ModelEndpointWorkloadPerformance | None = None,
        supports_implicit_caching: bool | None = None,
        supports_tool_choice: ModelEndpointToolChoiceSupport | None = None,
        supports_voice_cloning: bool | None = None,
        supports_image_reference: bool | None = None,
        supports_multiple_audio_references: bool | None = None,
        supports_diarization: bool | None = None,
        service_tier: None | str = None,
        native_tools: ModelEndpointNativeTools | None = None,
    ) -> None:
        self.name = name
        self.model_id = model_id
        self.model_name = model_name
        self.context_length = context_length
        self.pricing = pricing
        self.provider_name = provider_name
        self.tag = tag
        self.supported_parameters = supported_parameters
        self.quantization = quantization
        self.max_completion_tokens = max_completion_tokens
        self.max_prompt_tokens = max_prompt_tokens
        self.status = status
        self.uptime_last_5m = uptime_last_5m
        self.uptime_last_30m = uptime_last_30m
        self.uptime_last_1d = uptime_last_1d
        self.latency_last_30m = latency_last_30m
        self.throughput_last_30m = throughput_last_30m
        self.perf_last_30m_by_workload = perf_last_30m_by_workload
        self.supports_implicit_caching = supports_implicit_caching
        self.supports_tool_choice = supports_tool_choice
        self.supports_voice_cloning = supports_voice_cloning
        self.supports_image_reference = supports_image_reference
        self.supports_multiple_audio_references = supports_multiple_audio_references
        self.supports_diarization = supports_diarization
        self.service_tier = service_tier
        self.native_tools = native_tools
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("name", "name", True, "str"),
        ("model_id", "model_id", True, "str"),
        ("model_name", "model_name", True, "str"),
        ("context_length", "context_length", True, "int"),
        ("pricing", "pricing", True, "ModelPricing"),
        ("provider_name", "provider_name", True, "str"),
        ("tag", "tag", True, "str"),
        ("supported_parameters", "supported_parameters", True, "list[ModelParameterKnown | str]"),
        ("quantization", "quantization", False, "None | QuantizationKnown | str"),
        ("max_completion_tokens", "max_completion_tokens", False, "int | None"),
        ("max_prompt_tokens", "max_prompt_tokens", False, "int | None"),
        ("status", "status", False, "int"),
        ("uptime_last_5m", "uptime_last_5m", False, "float | None"),
        ("uptime_last_30m", "uptime_last_30m", False, "float | None"),
        ("uptime_last_1d", "uptime_last_1d", False, "float | None"),
        ("latency_last_30m", "latency_last_30m", False, "None | PercentileStats"),
        ("throughput_last_30m", "throughput_last_30m", False, "None | PercentileStats"),
        (
            "perf_last_30m_by_workload",
            "perf_last_30m_by_workload",
            False,
            "ModelEndpointWorkloadPerformance",
        ),
        ("supports_implicit_caching", "supports_implicit_caching", False, "bool"),
        ("supports_tool_choice", "supports_tool_choice", False, "ModelEndpointToolChoiceSupport"),
        ("supports_voice_cloning", "supports_voice_cloning", False, "bool"),
        ("supports_image_reference", "supports_image_reference", False, "bool"),
        ("supports_multiple_audio_references", "supports_multiple_audio_references", False, "bool"),
        ("supports_diarization", "supports_diarization", False, "bool"),
        ("service_tier", "service_tier", False, "None | str"),
        ("native_tools", "native_tools", False, "ModelEndpointNativeTools"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.name = _json_get_("name")
        _new_model_.model_id = _json_get_("model_id")
        _new_model_.model_name = _json_get_("model_name")
        _new_model_.context_length = _json_get_("context_length")
        _pricing = _json_get_("pricing")
        pricing: Any = ModelPricing.from_dict(_pricing) if isinstance(_pricing, dict) else _pricing
        _new_model_.pricing = pricing
        _new_model_.provider_name = _json_get_("provider_name")
        _new_model_.tag = _json_get_("tag")
        _supported_parameters = _json_get_("supported_parameters")
        supported_parameters: Any = read_enum_list(
            ModelParameterKnown._value2member_map_, _supported_parameters
        )
        _new_model_.supported_parameters = supported_parameters
        _quantization = _json_get_("quantization")
        quantization: Any = (
            QuantizationKnown._value2member_map_.get(_quantization, _quantization)
            if isinstance(_quantization, str)
            else _quantization
        )
        _new_model_.quantization = quantization
        _new_model_.max_completion_tokens = _json_get_("max_completion_tokens")
        _new_model_.max_prompt_tokens = _json_get_("max_prompt_tokens")
        _new_model_.status = _json_get_("status")
        _new_model_.uptime_last_5m = _json_get_("uptime_last_5m")
        _new_model_.uptime_last_30m = _json_get_("uptime_last_30m")
        _new_model_.uptime_last_1d = _json_get_("uptime_last_1d")
        _latency_last_30m = _json_get_("latency_last_30m")
        latency_last_30m: Any = (
            PercentileStats.from_dict(_latency_last_30m)
            if isinstance(_latency_last_30m, dict)
            else _latency_last_30m
        )
        _new_model_.latency_last_30m = latency_last_30m
        _throughput_last_30m = _json_get_("throughput_last_30m")
        throughput_last_30m: Any = (
            PercentileStats.from_dict(_throughput_last_30m)
            if isinstance(_throughput_last_30m, dict)
            else _throughput_last_30m
        )
        _new_model_.throughput_last_30m = throughput_last_30m
        _perf_last_30m_by_workload = _json_get_("perf_last_30m_by_workload")
        perf_last_30m_by_workload: Any = (
            ModelEndpointWorkloadPerformance.from_dict(_perf_last_30m_by_workload)
            if isinstance(_perf_last_30m_by_workload, dict)
            else _perf_last_30m_by_workload
        )
        _new_model_.perf_last_30m_by_workload = perf_last_30m_by_workload
        _new_model_.supports_implicit_caching = _json_get_("supports_implicit_caching")
        _supports_tool_choice = _json_get_("supports_tool_choice")
        supports_tool_choice: Any = (
            ModelEndpointToolChoiceSupport.from_dict(_supports_tool_choice)
            if isinstance(_supports_tool_choice, dict)
            else _supports_tool_choice
        )
        _new_model_.supports_tool_choice = supports_tool_choice
        _new_model_.supports_voice_cloning = _json_get_("supports_voice_cloning")
        _new_model_.supports_image_reference = _json_get_("supports_image_reference")
        _new_model_.supports_multiple_audio_references = _json_get_(
            "supports_multiple_audio_references"
        )
        _new_model_.supports_diarization = _json_get_("supports_diarization")
        _new_model_.service_tier = _json_get_("service_tier")
        _native_tools = _json_get_("native_tools")
        native_tools: Any = (
            ModelEndpointNativeTools.from_dict(_native_tools)
            if isinstance(_native_tools, dict)
            else _native_tools
        )
        _new_model_.native_tools = native_tools
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
        "name",
        "model_id",
        "model_name",
        "context_length",
        "pricing",
        "provider_name",
        "tag",
        "supported_parameters",
        "quantization",
        "max_completion_tokens",
        "max_prompt_tokens",
        "status",
        "uptime_last_5m",
        "uptime_last_30m",
        "uptime_last_1d",
        "latency_last_30m",
        "throughput_last_30m",
        "perf_last_30m_by_workload",
        "supports_implicit_caching",
        "supports_tool_choice",
        "supports_voice_cloning",
        "supports_image_reference",
        "supports_multiple_audio_references",
        "supports_diarization",
        "service_tier",
        "native_tools",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.model_endpoint_native_tools import ModelEndpointNativeTools  # noqa: E402
    from ..models.model_endpoint_tool_choice_support import ModelEndpointToolChoiceSupport  # noqa: E402
    from ..models.model_endpoint_workload_performance import ModelEndpointWorkloadPerformance  # noqa: E402
    from ..models.model_pricing import ModelPricing  # noqa: E402
    from ..models.percentile_stats import PercentileStats  # noqa: E402
else:
    ModelEndpointNativeTools = _Deferred_(
        globals(), "..models.model_endpoint_native_tools", "ModelEndpointNativeTools"
    )
    ModelEndpointToolChoiceSupport = _Deferred_(
        globals(), "..models.model_endpoint_tool_choice_support", "ModelEndpointToolChoiceSupport"
    )
    ModelEndpointWorkloadPerformance = _Deferred_(
        globals(),
        "..models.model_endpoint_workload_performance",
        "ModelEndpointWorkloadPerformance",
    )
    ModelPricing = _Deferred_(globals(), "..models.model_pricing", "ModelPricing")
    PercentileStats = _Deferred_(globals(), "..models.percentile_stats", "PercentileStats")

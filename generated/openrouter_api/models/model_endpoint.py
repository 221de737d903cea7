from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_parameter_known import ModelParameterKnown
from ..models.quantization import Quantization
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelEndpoint")


@_attrs_define
class ModelEndpoint:
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
        quantization (None | Quantization | str | Unset):
        max_completion_tokens (int | None | Unset):
        max_prompt_tokens (int | None | Unset):
        status (int | Unset): Health code; 0 is normal, negative values (-1, -2, -3, -5, -10) mean degraded or
            unavailable.
        uptime_last_5m (float | None | Unset): Uptime percentage over the last 5 minutes.
        uptime_last_30m (float | None | Unset): Uptime percentage over the last 30 minutes.
        uptime_last_1d (float | None | Unset): Uptime percentage over the last day.
        latency_last_30m (None | PercentileStats | Unset): Time to first token in milliseconds over the last 30 minutes.
        throughput_last_30m (None | PercentileStats | Unset): Tokens per second over the last 30 minutes.
        perf_last_30m_by_workload (ModelEndpointWorkloadPerformance | Unset): Recent performance keyed by workload kind
            (`text_generation`, `image_generation`, `embeddings`, ...).
        supports_implicit_caching (bool | Unset):
        supports_tool_choice (ModelEndpointToolChoiceSupport | Unset): Which `tool_choice` values passed testing on this
            endpoint.
        supports_voice_cloning (bool | Unset): Text-to-speech endpoint accepts reference audio for voice cloning.
        supports_image_reference (bool | Unset): Text-to-speech endpoint accepts an image describing the voice.
        supports_multiple_audio_references (bool | Unset):
        supports_diarization (bool | Unset): Speech-to-text endpoint can label speakers.
        service_tier (None | str | Unset): Tier this endpoint sells (`flex`, `priority`, `ultrafast`), null for
            standard.
        native_tools (ModelEndpointNativeTools | Unset): Server tools this endpoint runs with the provider's own
            implementation, keyed by `openrouter:*` name.
    """

    name: str
    model_id: str
    model_name: str
    context_length: int
    pricing: ModelPricing
    provider_name: str
    tag: str
    supported_parameters: list[ModelParameterKnown | str]
    quantization: None | Quantization | str | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    max_prompt_tokens: int | None | Unset = UNSET
    status: int | Unset = UNSET
    uptime_last_5m: float | None | Unset = UNSET
    uptime_last_30m: float | None | Unset = UNSET
    uptime_last_1d: float | None | Unset = UNSET
    latency_last_30m: None | PercentileStats | Unset = UNSET
    throughput_last_30m: None | PercentileStats | Unset = UNSET
    perf_last_30m_by_workload: ModelEndpointWorkloadPerformance | Unset = UNSET
    supports_implicit_caching: bool | Unset = UNSET
    supports_tool_choice: ModelEndpointToolChoiceSupport | Unset = UNSET
    supports_voice_cloning: bool | Unset = UNSET
    supports_image_reference: bool | Unset = UNSET
    supports_multiple_audio_references: bool | Unset = UNSET
    supports_diarization: bool | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    native_tools: ModelEndpointNativeTools | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        model_id = self.model_id

        model_name = self.model_name

        context_length = self.context_length

        pricing = self.pricing.to_dict()

        provider_name = self.provider_name

        tag = self.tag

        supported_parameters = []
        for supported_parameters_item_data in self.supported_parameters:
            supported_parameters_item: str
            if isinstance(supported_parameters_item_data, ModelParameterKnown):
                supported_parameters_item = supported_parameters_item_data.value
            else:
                supported_parameters_item = supported_parameters_item_data
            supported_parameters.append(supported_parameters_item)

        quantization: None | str | Unset
        if isinstance(self.quantization, Unset):
            quantization = UNSET
        elif isinstance(self.quantization, Quantization):
            quantization = self.quantization.value
        else:
            quantization = self.quantization

        max_completion_tokens: int | None | Unset
        if isinstance(self.max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
            max_completion_tokens = self.max_completion_tokens

        max_prompt_tokens: int | None | Unset
        if isinstance(self.max_prompt_tokens, Unset):
            max_prompt_tokens = UNSET
        else:
            max_prompt_tokens = self.max_prompt_tokens

        status = self.status

        uptime_last_5m: float | None | Unset
        if isinstance(self.uptime_last_5m, Unset):
            uptime_last_5m = UNSET
        else:
            uptime_last_5m = self.uptime_last_5m

        uptime_last_30m: float | None | Unset
        if isinstance(self.uptime_last_30m, Unset):
            uptime_last_30m = UNSET
        else:
            uptime_last_30m = self.uptime_last_30m

        uptime_last_1d: float | None | Unset
        if isinstance(self.uptime_last_1d, Unset):
            uptime_last_1d = UNSET
        else:
            uptime_last_1d = self.uptime_last_1d

        latency_last_30m: dict[str, Any] | None | Unset
        if isinstance(self.latency_last_30m, Unset):
            latency_last_30m = UNSET
        elif isinstance(self.latency_last_30m, PercentileStats):
            latency_last_30m = self.latency_last_30m.to_dict()
        else:
            latency_last_30m = self.latency_last_30m

        throughput_last_30m: dict[str, Any] | None | Unset
        if isinstance(self.throughput_last_30m, Unset):
            throughput_last_30m = UNSET
        elif isinstance(self.throughput_last_30m, PercentileStats):
            throughput_last_30m = self.throughput_last_30m.to_dict()
        else:
            throughput_last_30m = self.throughput_last_30m

        perf_last_30m_by_workload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.perf_last_30m_by_workload, Unset):
            perf_last_30m_by_workload = self.perf_last_30m_by_workload.to_dict()

        supports_implicit_caching = self.supports_implicit_caching

        supports_tool_choice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supports_tool_choice, Unset):
            supports_tool_choice = self.supports_tool_choice.to_dict()

        supports_voice_cloning = self.supports_voice_cloning

        supports_image_reference = self.supports_image_reference

        supports_multiple_audio_references = self.supports_multiple_audio_references

        supports_diarization = self.supports_diarization

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        native_tools: dict[str, Any] | Unset = UNSET
        if not isinstance(self.native_tools, Unset):
            native_tools = self.native_tools.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "model_id": model_id,
                "model_name": model_name,
                "context_length": context_length,
                "pricing": pricing,
                "provider_name": provider_name,
                "tag": tag,
                "supported_parameters": supported_parameters,
            }
        )
        if quantization is not UNSET:
            field_dict["quantization"] = quantization
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_prompt_tokens is not UNSET:
            field_dict["max_prompt_tokens"] = max_prompt_tokens
        if status is not UNSET:
            field_dict["status"] = status
        if uptime_last_5m is not UNSET:
            field_dict["uptime_last_5m"] = uptime_last_5m
        if uptime_last_30m is not UNSET:
            field_dict["uptime_last_30m"] = uptime_last_30m
        if uptime_last_1d is not UNSET:
            field_dict["uptime_last_1d"] = uptime_last_1d
        if latency_last_30m is not UNSET:
            field_dict["latency_last_30m"] = latency_last_30m
        if throughput_last_30m is not UNSET:
            field_dict["throughput_last_30m"] = throughput_last_30m
        if perf_last_30m_by_workload is not UNSET:
            field_dict["perf_last_30m_by_workload"] = perf_last_30m_by_workload
        if supports_implicit_caching is not UNSET:
            field_dict["supports_implicit_caching"] = supports_implicit_caching
        if supports_tool_choice is not UNSET:
            field_dict["supports_tool_choice"] = supports_tool_choice
        if supports_voice_cloning is not UNSET:
            field_dict["supports_voice_cloning"] = supports_voice_cloning
        if supports_image_reference is not UNSET:
            field_dict["supports_image_reference"] = supports_image_reference
        if supports_multiple_audio_references is not UNSET:
            field_dict["supports_multiple_audio_references"] = supports_multiple_audio_references
        if supports_diarization is not UNSET:
            field_dict["supports_diarization"] = supports_diarization
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if native_tools is not UNSET:
            field_dict["native_tools"] = native_tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        model_id = d.pop("model_id")

        model_name = d.pop("model_name")

        context_length = d.pop("context_length")

        pricing = ModelPricing.from_dict(d.pop("pricing"))

        provider_name = d.pop("provider_name")

        tag = d.pop("tag")

        def _parse_supported_parameters_item(data: object) -> ModelParameterKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_model_parameter_type_0 = ModelParameterKnown._parse(data)

                return componentsschemas_model_parameter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ModelParameterKnown | str", data)

        supported_parameters = []
        _supported_parameters = d.pop("supported_parameters")
        for supported_parameters_item_data in _supported_parameters:
            supported_parameters_item = _parse_supported_parameters_item(
                supported_parameters_item_data
            )
            supported_parameters.append(supported_parameters_item)

        def _parse_quantization(data: object) -> None | Quantization | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quantization_type_0 = Quantization._parse(data)

                return quantization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Quantization | str | Unset", data)

        quantization = _parse_quantization(d.pop("quantization", UNSET))

        max_completion_tokens = cast("int | None | Unset", d.pop("max_completion_tokens", UNSET))

        max_prompt_tokens = cast("int | None | Unset", d.pop("max_prompt_tokens", UNSET))

        status = d.pop("status", UNSET)

        uptime_last_5m = cast("float | None | Unset", d.pop("uptime_last_5m", UNSET))

        uptime_last_30m = cast("float | None | Unset", d.pop("uptime_last_30m", UNSET))

        uptime_last_1d = cast("float | None | Unset", d.pop("uptime_last_1d", UNSET))

        def _parse_latency_last_30m(data: object) -> None | PercentileStats | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latency_last_30m_type_0 = PercentileStats.from_dict(data)

                return latency_last_30m_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PercentileStats | Unset", data)

        latency_last_30m = _parse_latency_last_30m(d.pop("latency_last_30m", UNSET))

        def _parse_throughput_last_30m(data: object) -> None | PercentileStats | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                throughput_last_30m_type_0 = PercentileStats.from_dict(data)

                return throughput_last_30m_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PercentileStats | Unset", data)

        throughput_last_30m = _parse_throughput_last_30m(d.pop("throughput_last_30m", UNSET))

        _perf_last_30m_by_workload = d.pop("perf_last_30m_by_workload", UNSET)
        perf_last_30m_by_workload: ModelEndpointWorkloadPerformance | Unset
        if isinstance(_perf_last_30m_by_workload, Unset):
            perf_last_30m_by_workload = UNSET
        else:
            perf_last_30m_by_workload = ModelEndpointWorkloadPerformance.from_dict(
                _perf_last_30m_by_workload
            )

        supports_implicit_caching = d.pop("supports_implicit_caching", UNSET)

        _supports_tool_choice = d.pop("supports_tool_choice", UNSET)
        supports_tool_choice: ModelEndpointToolChoiceSupport | Unset
        if isinstance(_supports_tool_choice, Unset):
            supports_tool_choice = UNSET
        else:
            supports_tool_choice = ModelEndpointToolChoiceSupport.from_dict(_supports_tool_choice)

        supports_voice_cloning = d.pop("supports_voice_cloning", UNSET)

        supports_image_reference = d.pop("supports_image_reference", UNSET)

        supports_multiple_audio_references = d.pop("supports_multiple_audio_references", UNSET)

        supports_diarization = d.pop("supports_diarization", UNSET)

        service_tier = cast("None | str | Unset", d.pop("service_tier", UNSET))

        _native_tools = d.pop("native_tools", UNSET)
        native_tools: ModelEndpointNativeTools | Unset
        if isinstance(_native_tools, Unset):
            native_tools = UNSET
        else:
            native_tools = ModelEndpointNativeTools.from_dict(_native_tools)

        model_endpoint = cls(
            name=name,
            model_id=model_id,
            model_name=model_name,
            context_length=context_length,
            pricing=pricing,
            provider_name=provider_name,
            tag=tag,
            supported_parameters=supported_parameters,
            quantization=quantization,
            max_completion_tokens=max_completion_tokens,
            max_prompt_tokens=max_prompt_tokens,
            status=status,
            uptime_last_5m=uptime_last_5m,
            uptime_last_30m=uptime_last_30m,
            uptime_last_1d=uptime_last_1d,
            latency_last_30m=latency_last_30m,
            throughput_last_30m=throughput_last_30m,
            perf_last_30m_by_workload=perf_last_30m_by_workload,
            supports_implicit_caching=supports_implicit_caching,
            supports_tool_choice=supports_tool_choice,
            supports_voice_cloning=supports_voice_cloning,
            supports_image_reference=supports_image_reference,
            supports_multiple_audio_references=supports_multiple_audio_references,
            supports_diarization=supports_diarization,
            service_tier=service_tier,
            native_tools=native_tools,
        )

        model_endpoint.additional_properties = d
        return model_endpoint

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
from ..models.model_endpoint_native_tools import ModelEndpointNativeTools  # noqa: E402
from ..models.model_endpoint_tool_choice_support import ModelEndpointToolChoiceSupport  # noqa: E402
from ..models.model_endpoint_workload_performance import ModelEndpointWorkloadPerformance  # noqa: E402
from ..models.model_pricing import ModelPricing  # noqa: E402
from ..models.percentile_stats import PercentileStats  # noqa: E402

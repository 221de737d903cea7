from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_parameter_known import ModelParameterKnown
from ..types import UNSET, Unset

T = TypeVar("T", bound="Model")


@_attrs_define
class Model:
    """A model as listed in the catalogue.

    Attributes:
        id (str): The slug used as `model` in requests, for example `openai/gpt-4o`.
        canonical_slug (str): Permanent slug of this exact model version.
        name (str):
        created (int): Unix time in seconds when the model was added.
        context_length (int | None): Context window in tokens.
        architecture (ModelArchitecture):
        pricing (ModelPricing): Prices as decimal strings in USD per token (or per unit where noted); "0" means free.
        top_provider (ModelTopProvider): Limits of the model's main provider.
        supported_parameters (list[ModelParameterKnown | str]): Request parameters at least one endpoint of the model
            supports.
        hugging_face_id (None | str | Unset):
        description (str | Unset):
        per_request_limits (ModelPerRequestLimits | None | Unset):
        default_parameters (ModelDefaultParameters | None | Unset):
        supported_voices (list[str] | None | Unset): Voice ids for text-to-speech models; null for other models.
        reasoning (ModelReasoning | Unset): Reasoning capabilities; absent for non-reasoning models.
        benchmarks (ModelBenchmarks | Unset): Third-party benchmark results, when available.
        knowledge_cutoff (None | str | Unset): Training data cutoff as `YYYY-MM-DD`, when known.
        expiration_date (None | str | Unset): Date (`YYYY-MM-DD`) after which the model may be removed.
        alias_target (ModelAliasTarget | Unset): The concrete model a `~author/family-latest` alias currently points to.
        links (ModelLinks | Unset):
    """

    id: str
    canonical_slug: str
    name: str
    created: int
    context_length: int | None
    architecture: ModelArchitecture
    pricing: ModelPricing
    top_provider: ModelTopProvider
    supported_parameters: list[ModelParameterKnown | str]
    hugging_face_id: None | str | Unset = UNSET
    description: str | Unset = UNSET
    per_request_limits: ModelPerRequestLimits | None | Unset = UNSET
    default_parameters: ModelDefaultParameters | None | Unset = UNSET
    supported_voices: list[str] | None | Unset = UNSET
    reasoning: ModelReasoning | Unset = UNSET
    benchmarks: ModelBenchmarks | Unset = UNSET
    knowledge_cutoff: None | str | Unset = UNSET
    expiration_date: None | str | Unset = UNSET
    alias_target: ModelAliasTarget | Unset = UNSET
    links: ModelLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        canonical_slug = self.canonical_slug

        name = self.name

        created = self.created

        context_length: int | None
        context_length = self.context_length

        architecture = self.architecture.to_dict()

        pricing = self.pricing.to_dict()

        top_provider = self.top_provider.to_dict()

        supported_parameters = []
        for supported_parameters_item_data in self.supported_parameters:
            supported_parameters_item: str
            if isinstance(supported_parameters_item_data, ModelParameterKnown):
                supported_parameters_item = supported_parameters_item_data.value
            else:
                supported_parameters_item = supported_parameters_item_data
            supported_parameters.append(supported_parameters_item)

        hugging_face_id: None | str | Unset
        if isinstance(self.hugging_face_id, Unset):
            hugging_face_id = UNSET
        else:
            hugging_face_id = self.hugging_face_id

        description = self.description

        per_request_limits: dict[str, Any] | None | Unset
        if isinstance(self.per_request_limits, Unset):
            per_request_limits = UNSET
        elif isinstance(self.per_request_limits, ModelPerRequestLimits):
            per_request_limits = self.per_request_limits.to_dict()
        else:
            per_request_limits = self.per_request_limits

        default_parameters: dict[str, Any] | None | Unset
        if isinstance(self.default_parameters, Unset):
            default_parameters = UNSET
        elif isinstance(self.default_parameters, ModelDefaultParameters):
            default_parameters = self.default_parameters.to_dict()
        else:
            default_parameters = self.default_parameters

        supported_voices: list[str] | None | Unset
        if isinstance(self.supported_voices, Unset):
            supported_voices = UNSET
        elif isinstance(self.supported_voices, list):
            supported_voices = self.supported_voices

        else:
            supported_voices = self.supported_voices

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        benchmarks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.benchmarks, Unset):
            benchmarks = self.benchmarks.to_dict()

        knowledge_cutoff: None | str | Unset
        if isinstance(self.knowledge_cutoff, Unset):
            knowledge_cutoff = UNSET
        else:
            knowledge_cutoff = self.knowledge_cutoff

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = self.expiration_date

        alias_target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alias_target, Unset):
            alias_target = self.alias_target.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "canonical_slug": canonical_slug,
                "name": name,
                "created": created,
                "context_length": context_length,
                "architecture": architecture,
                "pricing": pricing,
                "top_provider": top_provider,
                "supported_parameters": supported_parameters,
            }
        )
        if hugging_face_id is not UNSET:
            field_dict["hugging_face_id"] = hugging_face_id
        if description is not UNSET:
            field_dict["description"] = description
        if per_request_limits is not UNSET:
            field_dict["per_request_limits"] = per_request_limits
        if default_parameters is not UNSET:
            field_dict["default_parameters"] = default_parameters
        if supported_voices is not UNSET:
            field_dict["supported_voices"] = supported_voices
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if benchmarks is not UNSET:
            field_dict["benchmarks"] = benchmarks
        if knowledge_cutoff is not UNSET:
            field_dict["knowledge_cutoff"] = knowledge_cutoff
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if alias_target is not UNSET:
            field_dict["alias_target"] = alias_target
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        canonical_slug = d.pop("canonical_slug")

        name = d.pop("name")

        created = d.pop("created")

        context_length = cast("int | None", d.pop("context_length"))

        architecture = ModelArchitecture.from_dict(d.pop("architecture"))

        pricing = ModelPricing.from_dict(d.pop("pricing"))

        top_provider = ModelTopProvider.from_dict(d.pop("top_provider"))

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

        hugging_face_id = cast("None | str | Unset", d.pop("hugging_face_id", UNSET))

        description = d.pop("description", UNSET)

        def _parse_per_request_limits(data: object) -> ModelPerRequestLimits | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                per_request_limits_type_0 = ModelPerRequestLimits.from_dict(data)

                return per_request_limits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ModelPerRequestLimits | None | Unset", data)

        per_request_limits = _parse_per_request_limits(d.pop("per_request_limits", UNSET))

        def _parse_default_parameters(data: object) -> ModelDefaultParameters | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_parameters_type_0 = ModelDefaultParameters.from_dict(data)

                return default_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ModelDefaultParameters | None | Unset", data)

        default_parameters = _parse_default_parameters(d.pop("default_parameters", UNSET))

        def _parse_supported_voices(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_voices_type_0 = cast("list[str]", data)

                return supported_voices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        supported_voices = _parse_supported_voices(d.pop("supported_voices", UNSET))

        _reasoning = d.pop("reasoning", UNSET)
        reasoning: ModelReasoning | Unset
        if isinstance(_reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = ModelReasoning.from_dict(_reasoning)

        _benchmarks = d.pop("benchmarks", UNSET)
        benchmarks: ModelBenchmarks | Unset
        if isinstance(_benchmarks, Unset):
            benchmarks = UNSET
        else:
            benchmarks = ModelBenchmarks.from_dict(_benchmarks)

        knowledge_cutoff = cast("None | str | Unset", d.pop("knowledge_cutoff", UNSET))

        expiration_date = cast("None | str | Unset", d.pop("expiration_date", UNSET))

        _alias_target = d.pop("alias_target", UNSET)
        alias_target: ModelAliasTarget | Unset
        if isinstance(_alias_target, Unset):
            alias_target = UNSET
        else:
            alias_target = ModelAliasTarget.from_dict(_alias_target)

        _links = d.pop("links", UNSET)
        links: ModelLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ModelLinks.from_dict(_links)

        model = cls(
            id=id,
            canonical_slug=canonical_slug,
            name=name,
            created=created,
            context_length=context_length,
            architecture=architecture,
            pricing=pricing,
            top_provider=top_provider,
            supported_parameters=supported_parameters,
            hugging_face_id=hugging_face_id,
            description=description,
            per_request_limits=per_request_limits,
            default_parameters=default_parameters,
            supported_voices=supported_voices,
            reasoning=reasoning,
            benchmarks=benchmarks,
            knowledge_cutoff=knowledge_cutoff,
            expiration_date=expiration_date,
            alias_target=alias_target,
            links=links,
        )

        model.additional_properties = d
        return model

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
from ..models.model_alias_target import ModelAliasTarget  # noqa: E402
from ..models.model_architecture import ModelArchitecture  # noqa: E402
from ..models.model_benchmarks import ModelBenchmarks  # noqa: E402
from ..models.model_default_parameters import ModelDefaultParameters  # noqa: E402
from ..models.model_links import ModelLinks  # noqa: E402
from ..models.model_per_request_limits import ModelPerRequestLimits  # noqa: E402
from ..models.model_pricing import ModelPricing  # noqa: E402
from ..models.model_reasoning import ModelReasoning  # noqa: E402
from ..models.model_top_provider import ModelTopProvider  # noqa: E402

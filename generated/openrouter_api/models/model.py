from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..models.model_parameter_known import ModelParameterKnown
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_
from ..types import read_enum_list


class Model(_ReadModel):
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
        hugging_face_id (None | str):
        description (str | None):
        per_request_limits (ModelPerRequestLimits | None):
        default_parameters (ModelDefaultParameters | None):
        supported_voices (list[str] | None): Voice ids for text-to-speech models; null for other models.
        reasoning (ModelReasoning | None): Reasoning capabilities; absent for non-reasoning models.
        benchmarks (ModelBenchmarks | None): Third-party benchmark results, when available.
        knowledge_cutoff (None | str): Training data cutoff as `YYYY-MM-DD`, when known.
        expiration_date (None | str): Date (`YYYY-MM-DD`) after which the model may be removed.
        alias_target (ModelAliasTarget | None): The concrete model a `~author/family-latest` alias currently points to.
        links (ModelLinks | None):
    """

    __slots__ = (
        "id",
        "canonical_slug",
        "name",
        "created",
        "context_length",
        "architecture",
        "pricing",
        "top_provider",
        "supported_parameters",
        "hugging_face_id",
        "description",
        "per_request_limits",
        "default_parameters",
        "supported_voices",
        "reasoning",
        "benchmarks",
        "knowledge_cutoff",
        "expiration_date",
        "alias_target",
        "links",
        "additional_properties",
    )

    id: str
    canonical_slug: str
    name: str
    created: int
    context_length: int | None
    architecture: ModelArchitecture
    pricing: ModelPricing
    top_provider: ModelTopProvider
    supported_parameters: list[ModelParameterKnown | str]
    hugging_face_id: None | str
    description: str | None
    per_request_limits: ModelPerRequestLimits | None
    default_parameters: ModelDefaultParameters | None
    supported_voices: list[str] | None
    reasoning: ModelReasoning | None
    benchmarks: ModelBenchmarks | None
    knowledge_cutoff: None | str
    expiration_date: None | str
    alias_target: ModelAliasTarget | None
    links: ModelLinks | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        canonical_slug: str,
        name: str,
        created: int,
        context_length: int | None,
        architecture: ModelArchitecture,
        pricing: ModelPricing,
        top_provider: ModelTopProvider,
        supported_parameters: list[ModelParameterKnown | str],
        hugging_face_id: None | str = None,
        description: str | None = None,
        per_request_limits: ModelPerRequestLimits | None = None,
        default_parameters: ModelDefaultParameters | None = None,
        supported_voices: list[str] | None = None,
        reasoning: ModelReasoning | None = None,
        benchmarks: ModelBenchmarks | None = None,
        knowledge_cutoff: None | str = None,
        expiration_date: None | str = None,
        alias_target: ModelAliasTarget | None = None,
        links: ModelLinks | None = None,
    ) -> None:
        self.id = id
        self.canonical_slug = canonical_slug
        self.name = name
        self.created = created
        self.context_length = context_length
        self.architecture = architecture
        self.pricing = pricing
        self.top_provider = top_provider
        self.supported_parameters = supported_parameters
        self.hugging_face_id = hugging_face_id
        self.description = description
        self.per_request_limits = per_request_limits
        self.default_parameters = default_parameters
        self.supported_voices = supported_voices
        self.reasoning = reasoning
        self.benchmarks = benchmarks
        self.knowledge_cutoff = knowledge_cutoff
        self.expiration_date = expiration_date
        self.alias_target = alias_target
        self.links = links
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("canonical_slug", "canonical_slug", True, "str"),
        ("name", "name", True, "str"),
        ("created", "created", True, "int"),
        ("context_length", "context_length", True, "int | None"),
        ("architecture", "architecture", True, "ModelArchitecture"),
        ("pricing", "pricing", True, "ModelPricing"),
        ("top_provider", "top_provider", True, "ModelTopProvider"),
        ("supported_parameters", "supported_parameters", True, "list[ModelParameterKnown | str]"),
        ("hugging_face_id", "hugging_face_id", False, "None | str"),
        ("description", "description", False, "str"),
        ("per_request_limits", "per_request_limits", False, "ModelPerRequestLimits | None"),
        ("default_parameters", "default_parameters", False, "ModelDefaultParameters | None"),
        ("supported_voices", "supported_voices", False, "list[str] | None"),
        ("reasoning", "reasoning", False, "ModelReasoning"),
        ("benchmarks", "benchmarks", False, "ModelBenchmarks"),
        ("knowledge_cutoff", "knowledge_cutoff", False, "None | str"),
        ("expiration_date", "expiration_date", False, "None | str"),
        ("alias_target", "alias_target", False, "ModelAliasTarget"),
        ("links", "links", False, "ModelLinks"),
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
        _new_model_.canonical_slug = _json_get_("canonical_slug")
        _new_model_.name = _json_get_("name")
        _new_model_.created = _json_get_("created")
        _new_model_.context_length = _json_get_("context_length")
        _architecture = _json_get_("architecture")
        architecture: Any = (
            ModelArchitecture.from_dict(_architecture)
            if isinstance(_architecture, dict)
            else _architecture
        )
        _new_model_.architecture = architecture
        _pricing = _json_get_("pricing")
        pricing: Any = ModelPricing.from_dict(_pricing) if isinstance(_pricing, dict) else _pricing
        _new_model_.pricing = pricing
        _top_provider = _json_get_("top_provider")
        top_provider: Any = (
            ModelTopProvider.from_dict(_top_provider)
            if isinstance(_top_provider, dict)
            else _top_provider
        )
        _new_model_.top_provider = top_provider
        _supported_parameters = _json_get_("supported_parameters")
        supported_parameters: Any = read_enum_list(
            ModelParameterKnown._value2member_map_, _supported_parameters
        )
        _new_model_.supported_parameters = supported_parameters
        _new_model_.hugging_face_id = _json_get_("hugging_face_id")
        _new_model_.description = _json_get_("description")
        _per_request_limits = _json_get_("per_request_limits")
        per_request_limits: Any = (
            ModelPerRequestLimits.from_dict(_per_request_limits)
            if isinstance(_per_request_limits, dict)
            else _per_request_limits
        )
        _new_model_.per_request_limits = per_request_limits
        _default_parameters = _json_get_("default_parameters")
        default_parameters: Any = (
            ModelDefaultParameters.from_dict(_default_parameters)
            if isinstance(_default_parameters, dict)
            else _default_parameters
        )
        _new_model_.default_parameters = default_parameters
        _new_model_.supported_voices = _json_get_("supported_voices")
        _reasoning = _json_get_("reasoning")
        reasoning: Any = (
            ModelReasoning.from_dict(_reasoning) if isinstance(_reasoning, dict) else _reasoning
        )
        _new_model_.reasoning = reasoning
        _benchmarks = _json_get_("benchmarks")
        benchmarks: Any = (
            ModelBenchmarks.from_dict(_benchmarks) if isinstance(_benchmarks, dict) else _benchmarks
        )
        _new_model_.benchmarks = benchmarks
        _new_model_.knowledge_cutoff = _json_get_("knowledge_cutoff")
        _new_model_.expiration_date = _json_get_("expiration_date")
        _alias_target = _json_get_("alias_target")
        alias_target: Any = (
            ModelAliasTarget.from_dict(_alias_target)
            if isinstance(_alias_target, dict)
            else _alias_target
        )
        _new_model_.alias_target = alias_target
        _links = _json_get_("links")
        links: Any = ModelLinks.from_dict(_links) if isinstance(_links, dict) else _links
        _new_model_.links = links
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
        "canonical_slug",
        "name",
        "created",
        "context_length",
        "architecture",
        "pricing",
        "top_provider",
        "supported_parameters",
        "hugging_face_id",
        "description",
        "per_request_limits",
        "default_parameters",
        "supported_voices",
        "reasoning",
        "benchmarks",
        "knowledge_cutoff",
        "expiration_date",
        "alias_target",
        "links",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.model_alias_target import ModelAliasTarget  # noqa: E402
    from ..models.model_architecture import ModelArchitecture  # noqa: E402
    from ..models.model_benchmarks import ModelBenchmarks  # noqa: E402
    from ..models.model_default_parameters import ModelDefaultParameters  # noqa: E402
    from ..models.model_links import ModelLinks  # noqa: E402
    from ..models.model_per_request_limits import ModelPerRequestLimits  # noqa: E402
    from ..models.model_pricing import ModelPricing  # noqa: E402
    from ..models.model_reasoning import ModelReasoning  # noqa: E402
    from ..models.model_top_provider import ModelTopProvider  # noqa: E402
else:
    ModelAliasTarget = _Deferred_(globals(), "..models.model_alias_target", "ModelAliasTarget")
    ModelArchitecture = _Deferred_(globals(), "..models.model_architecture", "ModelArchitecture")
    ModelBenchmarks = _Deferred_(globals(), "..models.model_benchmarks", "ModelBenchmarks")
    ModelDefaultParameters = _Deferred_(
        globals(), "..models.model_default_parameters", "ModelDefaultParameters"
    )
    ModelLinks = _Deferred_(globals(), "..models.model_links", "ModelLinks")
    ModelPerRequestLimits = _Deferred_(
        globals(), "..models.model_per_request_limits", "ModelPerRequestLimits"
    )
    ModelPricing = _Deferred_(globals(), "..models.model_pricing", "ModelPricing")
    ModelReasoning = _Deferred_(globals(), "..models.model_reasoning", "ModelReasoning")
    ModelTopProvider = _Deferred_(globals(), "..models.model_top_provider", "ModelTopProvider")

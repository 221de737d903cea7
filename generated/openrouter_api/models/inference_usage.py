from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class InferenceUsage(_ReadModel):
    """Token counts and cost of an image generation or a batch.

    Attributes:
        prompt_tokens (int):
        completion_tokens (int):
        total_tokens (int):
        cost (float | None): Total charged, in USD.
        cost_details (CostDetails | None):
        is_byok (bool | None): True when the request ran on your own provider key.
        prompt_tokens_details (InferenceUsagePromptDetails | None):
        completion_tokens_details (InferenceUsageCompletionDetails | None):
        server_tool_use (InferenceUsageServerToolUse | None):
        cache_creation (InferenceUsageCacheCreation | None):
        iterations (list[InferenceUsageIteration] | None): Per-iteration usage reported by Anthropic models.
        service_tier (None | str):
        speed (None | str): Anthropic speed mode, e.g. `fast` or `standard`.
    """

    __slots__ = (
        "prompt_tokens",
        "completion_tokens",
        "total_tokens",
        "cost",
        "cost_details",
        "is_byok",
        "prompt_tokens_details",
        "completion_tokens_details",
        "server_tool_use",
        "cache_creation",
        "iterations",
        "service_tier",
        "speed",
        "additional_properties",
    )

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    cost: float | None
    cost_details: CostDetails | None
    is_byok: bool | None
    prompt_tokens_details: InferenceUsagePromptDetails | None
    completion_tokens_details: InferenceUsageCompletionDetails | None
    server_tool_use: InferenceUsageServerToolUse | None
    cache_creation: InferenceUsageCacheCreation | None
    iterations: list[InferenceUsageIteration] | None
    service_tier: None | str
    speed: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        prompt_tokens: int,
        completion_tokens: int,
        total_tokens: int,
        cost: float | None = None,
        cost_details: CostDetails | None = None,
        is_byok: bool | None = None,
        prompt_tokens_details: InferenceUsagePromptDetails | None = None,
        completion_tokens_details: InferenceUsageCompletionDetails | None = None,
        server_tool_use: InferenceUsageServerToolUse | None = None,
        cache_creation: InferenceUsageCacheCreation | None = None,
        iterations: list[InferenceUsageIteration] | None = None,
        service_tier: None | str = None,
        speed: None | str = None,
    ) -> None:
        self.prompt_tokens = prompt_tokens
        self.completion_tokens = completion_tokens
        self.total_tokens = total_tokens
        self.cost = cost
        self.cost_details = cost_details
        self.is_byok = is_byok
        self.prompt_tokens_details = prompt_tokens_details
        self.completion_tokens_details = completion_tokens_details
        self.server_tool_use = server_tool_use
        self.cache_creation = cache_creation
        self.iterations = iterations
        self.service_tier = service_tier
        self.speed = speed
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("prompt_tokens", "prompt_tokens", True, "int"),
        ("completion_tokens", "completion_tokens", True, "int"),
        ("total_tokens", "total_tokens", True, "int"),
        ("cost", "cost", False, "float | None"),
        ("cost_details", "cost_details", False, "CostDetails | None"),
        ("is_byok", "is_byok", False, "bool"),
        (
            "prompt_tokens_details",
            "prompt_tokens_details",
            False,
            "InferenceUsagePromptDetails | None",
        ),
        (
            "completion_tokens_details",
            "completion_tokens_details",
            False,
            "InferenceUsageCompletionDetails | None",
        ),
        ("server_tool_use", "server_tool_use", False, "InferenceUsageServerToolUse | None"),
        ("cache_creation", "cache_creation", False, "InferenceUsageCacheCreation | None"),
        ("iterations", "iterations", False, "list[InferenceUsageIteration] | None"),
        ("service_tier", "service_tier", False, "None | str"),
        ("speed", "speed", False, "None | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.prompt_tokens = _json_get_("prompt_tokens")
        _new_model_.completion_tokens = _json_get_("completion_tokens")
        _new_model_.total_tokens = _json_get_("total_tokens")
        _new_model_.cost = _json_get_("cost")
        _cost_details = _json_get_("cost_details")
        cost_details: Any = (
            CostDetails.from_dict(_cost_details)
            if isinstance(_cost_details, dict)
            else _cost_details
        )
        _new_model_.cost_details = cost_details
        _new_model_.is_byok = _json_get_("is_byok")
        _prompt_tokens_details = _json_get_("prompt_tokens_details")
        prompt_tokens_details: Any = (
            InferenceUsagePromptDetails.from_dict(_prompt_tokens_details)
            if isinstance(_prompt_tokens_details, dict)
            else _prompt_tokens_details
        )
        _new_model_.prompt_tokens_details = prompt_tokens_details
        _completion_tokens_details = _json_get_("completion_tokens_details")
        completion_tokens_details: Any = (
            InferenceUsageCompletionDetails.from_dict(_completion_tokens_details)
            if isinstance(_completion_tokens_details, dict)
            else _completion_tokens_details
        )
        _new_model_.completion_tokens_details = completion_tokens_details
        _server_tool_use = _json_get_("server_tool_use")
        server_tool_use: Any = (
            InferenceUsageServerToolUse.from_dict(_server_tool_use)
            if isinstance(_server_tool_use, dict)
            else _server_tool_use
        )
        _new_model_.server_tool_use = server_tool_use
        _cache_creation = _json_get_("cache_creation")
        cache_creation: Any = (
            InferenceUsageCacheCreation.from_dict(_cache_creation)
            if isinstance(_cache_creation, dict)
            else _cache_creation
        )
        _new_model_.cache_creation = cache_creation
        _iterations = _json_get_("iterations")
        iterations: Any = _read_iterations(_iterations)
        _new_model_.iterations = iterations
        _new_model_.service_tier = _json_get_("service_tier")
        _new_model_.speed = _json_get_("speed")
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
        "prompt_tokens",
        "completion_tokens",
        "total_tokens",
        "cost",
        "cost_details",
        "is_byok",
        "prompt_tokens_details",
        "completion_tokens_details",
        "server_tool_use",
        "cache_creation",
        "iterations",
        "service_tier",
        "speed",
    )
)


def _read_iterations(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [InferenceUsageIteration.from_dict(i0) if isinstance(i0, dict) else i0 for i0 in data]
            if isinstance(data, list)
            else data
        )
    return data


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.cost_details import CostDetails  # noqa: E402
    from ..models.inference_usage_cache_creation import InferenceUsageCacheCreation  # noqa: E402
    from ..models.inference_usage_completion_details import InferenceUsageCompletionDetails  # noqa: E402
    from ..models.inference_usage_iteration import InferenceUsageIteration  # noqa: E402
    from ..models.inference_usage_prompt_details import InferenceUsagePromptDetails  # noqa: E402
    from ..models.inference_usage_server_tool_use import InferenceUsageServerToolUse  # noqa: E402
else:
    CostDetails = _Deferred_(globals(), "..models.cost_details", "CostDetails")
    InferenceUsageCacheCreation = _Deferred_(
        globals(), "..models.inference_usage_cache_creation", "InferenceUsageCacheCreation"
    )
    InferenceUsageCompletionDetails = _Deferred_(
        globals(), "..models.inference_usage_completion_details", "InferenceUsageCompletionDetails"
    )
    InferenceUsageIteration = _Deferred_(
        globals(), "..models.inference_usage_iteration", "InferenceUsageIteration"
    )
    InferenceUsagePromptDetails = _Deferred_(
        globals(), "..models.inference_usage_prompt_details", "InferenceUsagePromptDetails"
    )
    InferenceUsageServerToolUse = _Deferred_(
        globals(), "..models.inference_usage_server_tool_use", "InferenceUsageServerToolUse"
    )

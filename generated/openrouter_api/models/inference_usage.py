from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


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
        d = dict(src_dict)
        prompt_tokens = d.pop("prompt_tokens", None)
        completion_tokens = d.pop("completion_tokens", None)
        total_tokens = d.pop("total_tokens", None)
        cost = d.pop("cost", None)
        _cost_details = d.pop("cost_details", None)
        cost_details: Any = _read_cost_details(_cost_details)
        is_byok = d.pop("is_byok", None)
        _prompt_tokens_details = d.pop("prompt_tokens_details", None)
        prompt_tokens_details: Any = _read_prompt_tokens_details(_prompt_tokens_details)
        _completion_tokens_details = d.pop("completion_tokens_details", None)
        completion_tokens_details: Any = _read_completion_tokens_details(_completion_tokens_details)
        _server_tool_use = d.pop("server_tool_use", None)
        server_tool_use: Any = _read_server_tool_use(_server_tool_use)
        _cache_creation = d.pop("cache_creation", None)
        cache_creation: Any = _read_cache_creation(_cache_creation)
        _iterations = d.pop("iterations", None)
        iterations: Any = _read_iterations(_iterations)
        service_tier = d.pop("service_tier", None)
        speed = d.pop("speed", None)
        inference_usage = cls(
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            total_tokens=total_tokens,
            cost=cost,
            cost_details=cost_details,
            is_byok=is_byok,
            prompt_tokens_details=prompt_tokens_details,
            completion_tokens_details=completion_tokens_details,
            server_tool_use=server_tool_use,
            cache_creation=cache_creation,
            iterations=iterations,
            service_tier=service_tier,
            speed=speed,
        )
        inference_usage.additional_properties = d
        return inference_usage

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


def _read_cost_details(data: Any) -> Any:
    if isinstance(data, dict):
        return CostDetails.from_dict(data)
    return data


def _read_prompt_tokens_details(data: Any) -> Any:
    if isinstance(data, dict):
        return InferenceUsagePromptDetails.from_dict(data)
    return data


def _read_completion_tokens_details(data: Any) -> Any:
    if isinstance(data, dict):
        return InferenceUsageCompletionDetails.from_dict(data)
    return data


def _read_server_tool_use(data: Any) -> Any:
    if isinstance(data, dict):
        return InferenceUsageServerToolUse.from_dict(data)
    return data


def _read_cache_creation(data: Any) -> Any:
    if isinstance(data, dict):
        return InferenceUsageCacheCreation.from_dict(data)
    return data


def _read_iterations(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [InferenceUsageIteration.from_dict(i0) if isinstance(i0, dict) else i0 for i0 in data]
            if isinstance(data, list)
            else data
        )
    return data


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.cost_details import CostDetails  # noqa: E402
from ..models.inference_usage_cache_creation import InferenceUsageCacheCreation  # noqa: E402
from ..models.inference_usage_completion_details import InferenceUsageCompletionDetails  # noqa: E402
from ..models.inference_usage_iteration import InferenceUsageIteration  # noqa: E402
from ..models.inference_usage_prompt_details import InferenceUsagePromptDetails  # noqa: E402
from ..models.inference_usage_server_tool_use import InferenceUsageServerToolUse  # noqa: E402

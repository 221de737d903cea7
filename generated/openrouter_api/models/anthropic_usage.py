from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class AnthropicUsage(_ReadModel):
    """Token counts and cost of a message.

    Attributes:
        input_tokens (int):
        output_tokens (int):
        cache_creation_input_tokens (int | None): Input tokens written to the prompt cache.
        cache_read_input_tokens (int | None): Input tokens read from the prompt cache.
        cache_creation (AnthropicCacheCreation | None):
        inference_geo (None | str):
        output_tokens_details (AnthropicOutputTokensDetails | None):
        server_tool_use (AnthropicServerToolUsage | None):
        service_tier (None | str): `standard`, `priority` or `batch` (open set).
        speed (None | str):
        iterations (list[AnthropicUsageIterationsItem] | None): Per-step usage when several model calls made up the
            message.
        cost (float | None): Amount charged in USD.
        is_byok (bool | None): Whether the request ran on the caller's own provider key.
        cost_details (CostDetails | None):
    """

    __slots__ = (
        "input_tokens",
        "output_tokens",
        "cache_creation_input_tokens",
        "cache_read_input_tokens",
        "cache_creation",
        "inference_geo",
        "output_tokens_details",
        "server_tool_use",
        "service_tier",
        "speed",
        "iterations",
        "cost",
        "is_byok",
        "cost_details",
        "additional_properties",
    )

    input_tokens: int
    output_tokens: int
    cache_creation_input_tokens: int | None
    cache_read_input_tokens: int | None
    cache_creation: AnthropicCacheCreation | None
    inference_geo: None | str
    output_tokens_details: AnthropicOutputTokensDetails | None
    server_tool_use: AnthropicServerToolUsage | None
    service_tier: None | str
    speed: None | str
    iterations: list[AnthropicUsageIterationsItem] | None
    cost: float | None
    is_byok: bool | None
    cost_details: CostDetails | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        input_tokens: int,
        output_tokens: int,
        cache_creation_input_tokens: int | None = None,
        cache_read_input_tokens: int | None = None,
        cache_creation: AnthropicCacheCreation | None = None,
        inference_geo: None | str = None,
        output_tokens_details: AnthropicOutputTokensDetails | None = None,
        server_tool_use: AnthropicServerToolUsage | None = None,
        service_tier: None | str = None,
        speed: None | str = None,
        iterations: list[AnthropicUsageIterationsItem] | None = None,
        cost: float | None = None,
        is_byok: bool | None = None,
        cost_details: CostDetails | None = None,
    ) -> None:
        self.input_tokens = input_tokens
        self.output_tokens = output_tokens
        self.cache_creation_input_tokens = cache_creation_input_tokens
        self.cache_read_input_tokens = cache_read_input_tokens
        self.cache_creation = cache_creation
        self.inference_geo = inference_geo
        self.output_tokens_details = output_tokens_details
        self.server_tool_use = server_tool_use
        self.service_tier = service_tier
        self.speed = speed
        self.iterations = iterations
        self.cost = cost
        self.is_byok = is_byok
        self.cost_details = cost_details
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("input_tokens", "input_tokens", True, "int"),
        ("output_tokens", "output_tokens", True, "int"),
        ("cache_creation_input_tokens", "cache_creation_input_tokens", False, "int | None"),
        ("cache_read_input_tokens", "cache_read_input_tokens", False, "int | None"),
        ("cache_creation", "cache_creation", False, "AnthropicCacheCreation | None"),
        ("inference_geo", "inference_geo", False, "None | str"),
        (
            "output_tokens_details",
            "output_tokens_details",
            False,
            "AnthropicOutputTokensDetails | None",
        ),
        ("server_tool_use", "server_tool_use", False, "AnthropicServerToolUsage | None"),
        ("service_tier", "service_tier", False, "None | str"),
        ("speed", "speed", False, "None | str"),
        ("iterations", "iterations", False, "list[AnthropicUsageIterationsItem]"),
        ("cost", "cost", False, "float | None"),
        ("is_byok", "is_byok", False, "bool"),
        ("cost_details", "cost_details", False, "CostDetails | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        input_tokens = d.pop("input_tokens", None)
        output_tokens = d.pop("output_tokens", None)
        cache_creation_input_tokens = d.pop("cache_creation_input_tokens", None)
        cache_read_input_tokens = d.pop("cache_read_input_tokens", None)
        _cache_creation = d.pop("cache_creation", None)
        cache_creation: Any = _read_cache_creation(_cache_creation)
        inference_geo = d.pop("inference_geo", None)
        _output_tokens_details = d.pop("output_tokens_details", None)
        output_tokens_details: Any = _read_output_tokens_details(_output_tokens_details)
        _server_tool_use = d.pop("server_tool_use", None)
        server_tool_use: Any = _read_server_tool_use(_server_tool_use)
        service_tier = d.pop("service_tier", None)
        speed = d.pop("speed", None)
        _iterations = d.pop("iterations", None)
        iterations: Any = (
            [
                AnthropicUsageIterationsItem.from_dict(i0) if isinstance(i0, dict) else i0
                for i0 in _iterations
            ]
            if isinstance(_iterations, list)
            else _iterations
        )
        cost = d.pop("cost", None)
        is_byok = d.pop("is_byok", None)
        _cost_details = d.pop("cost_details", None)
        cost_details: Any = _read_cost_details(_cost_details)
        anthropic_usage = cls(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            cache_creation_input_tokens=cache_creation_input_tokens,
            cache_read_input_tokens=cache_read_input_tokens,
            cache_creation=cache_creation,
            inference_geo=inference_geo,
            output_tokens_details=output_tokens_details,
            server_tool_use=server_tool_use,
            service_tier=service_tier,
            speed=speed,
            iterations=iterations,
            cost=cost,
            is_byok=is_byok,
            cost_details=cost_details,
        )
        anthropic_usage.additional_properties = d
        return anthropic_usage

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


def _read_cache_creation(data: Any) -> Any:
    if isinstance(data, dict):
        return AnthropicCacheCreation.from_dict(data)
    return data


def _read_output_tokens_details(data: Any) -> Any:
    if isinstance(data, dict):
        return AnthropicOutputTokensDetails.from_dict(data)
    return data


def _read_server_tool_use(data: Any) -> Any:
    if isinstance(data, dict):
        return AnthropicServerToolUsage.from_dict(data)
    return data


def _read_cost_details(data: Any) -> Any:
    if isinstance(data, dict):
        return CostDetails.from_dict(data)
    return data


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.anthropic_cache_creation import AnthropicCacheCreation  # noqa: E402
from ..models.anthropic_output_tokens_details import AnthropicOutputTokensDetails  # noqa: E402
from ..models.anthropic_server_tool_usage import AnthropicServerToolUsage  # noqa: E402
from ..models.anthropic_usage_iterations_item import AnthropicUsageIterationsItem  # noqa: E402
from ..models.cost_details import CostDetails  # noqa: E402

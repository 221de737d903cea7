from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.input_tokens = _json_get_("input_tokens")
        _new_model_.output_tokens = _json_get_("output_tokens")
        _new_model_.cache_creation_input_tokens = _json_get_("cache_creation_input_tokens")
        _new_model_.cache_read_input_tokens = _json_get_("cache_read_input_tokens")
        _cache_creation = _json_get_("cache_creation")
        cache_creation: Any = (
            AnthropicCacheCreation.from_dict(_cache_creation)
            if isinstance(_cache_creation, dict)
            else _cache_creation
        )
        _new_model_.cache_creation = cache_creation
        _new_model_.inference_geo = _json_get_("inference_geo")
        _output_tokens_details = _json_get_("output_tokens_details")
        output_tokens_details: Any = (
            AnthropicOutputTokensDetails.from_dict(_output_tokens_details)
            if isinstance(_output_tokens_details, dict)
            else _output_tokens_details
        )
        _new_model_.output_tokens_details = output_tokens_details
        _server_tool_use = _json_get_("server_tool_use")
        server_tool_use: Any = (
            AnthropicServerToolUsage.from_dict(_server_tool_use)
            if isinstance(_server_tool_use, dict)
            else _server_tool_use
        )
        _new_model_.server_tool_use = server_tool_use
        _new_model_.service_tier = _json_get_("service_tier")
        _new_model_.speed = _json_get_("speed")
        _iterations = _json_get_("iterations")
        if isinstance(_iterations, list):
            iterations: Any = []
            for _list_item_ in _iterations:
                iterations.append(
                    AnthropicUsageIterationsItem.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            iterations = _iterations
        _new_model_.iterations = iterations
        _new_model_.cost = _json_get_("cost")
        _new_model_.is_byok = _json_get_("is_byok")
        _cost_details = _json_get_("cost_details")
        cost_details: Any = (
            CostDetails.from_dict(_cost_details)
            if isinstance(_cost_details, dict)
            else _cost_details
        )
        _new_model_.cost_details = cost_details
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
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.anthropic_cache_creation import AnthropicCacheCreation  # noqa: E402
    from ..models.anthropic_output_tokens_details import AnthropicOutputTokensDetails  # noqa: E402
    from ..models.anthropic_server_tool_usage import AnthropicServerToolUsage  # noqa: E402
    from ..models.anthropic_usage_iterations_item import AnthropicUsageIterationsItem  # noqa: E402
    from ..models.cost_details import CostDetails  # noqa: E402
else:
    AnthropicCacheCreation = _Deferred_(
        globals(), "..models.anthropic_cache_creation", "AnthropicCacheCreation"
    )
    AnthropicOutputTokensDetails = _Deferred_(
        globals(), "..models.anthropic_output_tokens_details", "AnthropicOutputTokensDetails"
    )
    AnthropicServerToolUsage = _Deferred_(
        globals(), "..models.anthropic_server_tool_usage", "AnthropicServerToolUsage"
    )
    AnthropicUsageIterationsItem = _Deferred_(
        globals(), "..models.anthropic_usage_iterations_item", "AnthropicUsageIterationsItem"
    )
    CostDetails = _Deferred_(globals(), "..models.cost_details", "CostDetails")

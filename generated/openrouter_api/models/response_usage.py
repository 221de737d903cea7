from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ResponseUsage(_ReadModel):
    """Token counts and cost of a response.

    Attributes:
        input_tokens (int):
        output_tokens (int):
        total_tokens (int):
        input_tokens_details (ResponseInputTokensDetails | None):
        output_tokens_details (ResponseOutputTokensDetails | None):
        cost (float | None): Amount charged in USD.
        is_byok (bool | None): Whether the request ran on the caller's own provider key.
        cost_details (ResponseCostDetails | None): Breakdown of the upstream cost in USD.
        server_tool_use_details (None | ServerToolUseDetails):
    """

    __slots__ = (
        "input_tokens",
        "output_tokens",
        "total_tokens",
        "input_tokens_details",
        "output_tokens_details",
        "cost",
        "is_byok",
        "cost_details",
        "server_tool_use_details",
        "additional_properties",
    )

    input_tokens: int
    output_tokens: int
    total_tokens: int
    input_tokens_details: ResponseInputTokensDetails | None
    output_tokens_details: ResponseOutputTokensDetails | None
    cost: float | None
    is_byok: bool | None
    cost_details: ResponseCostDetails | None
    server_tool_use_details: None | ServerToolUseDetails
    additional_properties: dict[str, Any]

    def __init__(
        self,
        input_tokens: int,
        output_tokens: int,
        total_tokens: int,
        input_tokens_details: ResponseInputTokensDetails | None = None,
        output_tokens_details: ResponseOutputTokensDetails | None = None,
        cost: float | None = None,
        is_byok: bool | None = None,
        cost_details: ResponseCostDetails | None = None,
        server_tool_use_details: None | ServerToolUseDetails = None,
    ) -> None:
        self.input_tokens = input_tokens
        self.output_tokens = output_tokens
        self.total_tokens = total_tokens
        self.input_tokens_details = input_tokens_details
        self.output_tokens_details = output_tokens_details
        self.cost = cost
        self.is_byok = is_byok
        self.cost_details = cost_details
        self.server_tool_use_details = server_tool_use_details
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("input_tokens", "input_tokens", True, "int"),
        ("output_tokens", "output_tokens", True, "int"),
        ("total_tokens", "total_tokens", True, "int"),
        ("input_tokens_details", "input_tokens_details", False, "ResponseInputTokensDetails"),
        ("output_tokens_details", "output_tokens_details", False, "ResponseOutputTokensDetails"),
        ("cost", "cost", False, "float | None"),
        ("is_byok", "is_byok", False, "bool"),
        ("cost_details", "cost_details", False, "ResponseCostDetails"),
        (
            "server_tool_use_details",
            "server_tool_use_details",
            False,
            "None | ServerToolUseDetails",
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
        _new_model_.input_tokens = _json_get_("input_tokens")
        _new_model_.output_tokens = _json_get_("output_tokens")
        _new_model_.total_tokens = _json_get_("total_tokens")
        _input_tokens_details = _json_get_("input_tokens_details")
        input_tokens_details: Any = (
            ResponseInputTokensDetails.from_dict(_input_tokens_details)
            if isinstance(_input_tokens_details, dict)
            else _input_tokens_details
        )
        _new_model_.input_tokens_details = input_tokens_details
        _output_tokens_details = _json_get_("output_tokens_details")
        output_tokens_details: Any = (
            ResponseOutputTokensDetails.from_dict(_output_tokens_details)
            if isinstance(_output_tokens_details, dict)
            else _output_tokens_details
        )
        _new_model_.output_tokens_details = output_tokens_details
        _new_model_.cost = _json_get_("cost")
        _new_model_.is_byok = _json_get_("is_byok")
        _cost_details = _json_get_("cost_details")
        cost_details: Any = (
            ResponseCostDetails.from_dict(_cost_details)
            if isinstance(_cost_details, dict)
            else _cost_details
        )
        _new_model_.cost_details = cost_details
        _server_tool_use_details = _json_get_("server_tool_use_details")
        server_tool_use_details: Any = (
            ServerToolUseDetails.from_dict(_server_tool_use_details)
            if isinstance(_server_tool_use_details, dict)
            else _server_tool_use_details
        )
        _new_model_.server_tool_use_details = server_tool_use_details
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
        "total_tokens",
        "input_tokens_details",
        "output_tokens_details",
        "cost",
        "is_byok",
        "cost_details",
        "server_tool_use_details",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.response_cost_details import ResponseCostDetails  # noqa: E402
    from ..models.response_input_tokens_details import ResponseInputTokensDetails  # noqa: E402
    from ..models.response_output_tokens_details import ResponseOutputTokensDetails  # noqa: E402
    from ..models.server_tool_use_details import ServerToolUseDetails  # noqa: E402
else:
    ResponseCostDetails = _Deferred_(
        globals(), "..models.response_cost_details", "ResponseCostDetails"
    )
    ResponseInputTokensDetails = _Deferred_(
        globals(), "..models.response_input_tokens_details", "ResponseInputTokensDetails"
    )
    ResponseOutputTokensDetails = _Deferred_(
        globals(), "..models.response_output_tokens_details", "ResponseOutputTokensDetails"
    )
    ServerToolUseDetails = _Deferred_(
        globals(), "..models.server_tool_use_details", "ServerToolUseDetails"
    )

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class AnthropicToolUseBlock(_ReadModel):
    """
    Attributes:
        type (Literal['tool_use']):
        id (str):
        name (str):
        input (Any): The tool arguments as a JSON object.
        caller (AnthropicToolUseBlockCallerType0 | None):
    """

    __slots__ = (
        "type",
        "id",
        "name",
        "input",
        "caller",
        "additional_properties",
    )

    type: Literal["tool_use"]
    id: str
    name: str
    input: Any
    caller: AnthropicToolUseBlockCallerType0 | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["tool_use"],
        id: str,
        name: str,
        input: Any = None,
        caller: AnthropicToolUseBlockCallerType0 | None = None,
    ) -> None:
        self.type = type
        self.id = id
        self.name = name
        self.input = input
        self.caller = caller
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['tool_use']"),
        ("id", "id", True, "str"),
        ("name", "name", True, "str"),
        ("input", "input", False, "Any"),
        ("caller", "caller", False, "AnthropicToolUseBlockCallerType0 | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.type = _json_get_("type")
        _new_model_.id = _json_get_("id")
        _new_model_.name = _json_get_("name")
        _new_model_.input = _json_get_("input")
        _caller = _json_get_("caller")
        caller: Any = (
            AnthropicToolUseBlockCallerType0.from_dict(_caller)
            if isinstance(_caller, dict)
            else _caller
        )
        _new_model_.caller = caller
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
        "type",
        "id",
        "name",
        "input",
        "caller",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.anthropic_tool_use_block_caller_type_0 import AnthropicToolUseBlockCallerType0  # noqa: E402
else:
    AnthropicToolUseBlockCallerType0 = _Deferred_(
        globals(),
        "..models.anthropic_tool_use_block_caller_type_0",
        "AnthropicToolUseBlockCallerType0",
    )

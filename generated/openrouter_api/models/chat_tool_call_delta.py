from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ChatToolCallDelta(_ReadModel):
    """A fragment of a tool call; concatenate `function.arguments` of fragments with the same `index`.

    Attributes:
        index (int):
        id (str | None):
        type (Literal['function'] | None):
        function (ChatToolCallDeltaFunction | None):
    """

    __slots__ = (
        "index",
        "id",
        "type",
        "function",
        "additional_properties",
    )

    index: int
    id: str | None
    type: Literal["function"] | None
    function: ChatToolCallDeltaFunction | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        index: int,
        id: str | None = None,
        type: Literal["function"] | None = None,
        function: ChatToolCallDeltaFunction | None = None,
    ) -> None:
        self.index = index
        self.id = id
        self.type = type
        self.function = function
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("index", "index", True, "int"),
        ("id", "id", False, "str"),
        ("type", "type", False, "Literal['function']"),
        ("function", "function", False, "ChatToolCallDeltaFunction"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.index = _json_get_("index")
        _new_model_.id = _json_get_("id")
        _new_model_.type = _json_get_("type")
        _function = _json_get_("function")
        function: Any = (
            ChatToolCallDeltaFunction.from_dict(_function)
            if isinstance(_function, dict)
            else _function
        )
        _new_model_.function = function
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
        "index",
        "id",
        "type",
        "function",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.chat_tool_call_delta_function import ChatToolCallDeltaFunction  # noqa: E402
else:
    ChatToolCallDeltaFunction = _Deferred_(
        globals(), "..models.chat_tool_call_delta_function", "ChatToolCallDeltaFunction"
    )

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ResponseNamespaceTool(_ReadModel):
    """A named group of function and custom tools.

    Attributes:
        type (Literal['namespace']):
        name (str):
        description (str):
        tools (list[ResponseCustomTool | ResponseFunctionTool]):
    """

    __slots__ = (
        "type",
        "name",
        "description",
        "tools",
        "additional_properties",
    )

    type: Literal["namespace"]
    name: str
    description: str
    tools: list[ResponseCustomTool | ResponseFunctionTool]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["namespace"],
        name: str,
        description: str,
        tools: list[ResponseCustomTool | ResponseFunctionTool],
    ) -> None:
        self.type = type
        self.name = name
        self.description = description
        self.tools = tools
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['namespace']"),
        ("name", "name", True, "str"),
        ("description", "description", True, "str"),
        ("tools", "tools", True, "list[ResponseCustomTool | ResponseFunctionTool]"),
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
        _new_model_.name = _json_get_("name")
        _new_model_.description = _json_get_("description")
        _tools = _json_get_("tools")
        if isinstance(_tools, list):
            tools: Any = []
            for _list_item_ in _tools:
                tools.append(_read_tools_item(_list_item_))
        else:
            tools = _tools
        _new_model_.tools = tools
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
        "name",
        "description",
        "tools",
    )
)


def _read_tools_item(data: Any) -> Any:
    if isinstance(data, dict):
        if data.get("type") == "function":
            return ResponseFunctionTool.from_dict(data)
        if data.get("type") == "custom":
            return ResponseCustomTool.from_dict(data)
        return data
    return data


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.response_custom_tool import ResponseCustomTool  # noqa: E402
    from ..models.response_function_tool import ResponseFunctionTool  # noqa: E402
else:
    ResponseCustomTool = _Deferred_(
        globals(), "..models.response_custom_tool", "ResponseCustomTool"
    )
    ResponseFunctionTool = _Deferred_(
        globals(), "..models.response_function_tool", "ResponseFunctionTool"
    )

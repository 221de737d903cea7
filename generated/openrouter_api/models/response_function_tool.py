from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..models.response_function_tool_allowed_callers_item_known import (
    ResponseFunctionToolAllowedCallersItemKnown,
)
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_
from ..types import read_enum_list


class ResponseFunctionTool(_ReadModel):
    """A function the caller implements; the model answers with `function_call` items.

    Attributes:
        type (Literal['function']):
        name (str):
        description (None | str):
        parameters (None | ResponseFunctionToolParametersType0): JSON Schema of the arguments.
        strict (bool | None): Enforce the schema exactly, where supported.
        allowed_callers (list[ResponseFunctionToolAllowedCallersItemKnown | str] | None):
        async_ (bool | None): Let the model continue without waiting for the result.
        defer_loading (bool | None): Hide the tool until the tool-search server tool finds it.
        output_schema (None | ResponseFunctionToolOutputSchemaType0):
    """

    __slots__ = (
        "type",
        "name",
        "description",
        "parameters",
        "strict",
        "allowed_callers",
        "async_",
        "defer_loading",
        "output_schema",
        "additional_properties",
    )

    type: Literal["function"]
    name: str
    description: None | str
    parameters: None | ResponseFunctionToolParametersType0
    strict: bool | None
    allowed_callers: list[ResponseFunctionToolAllowedCallersItemKnown | str] | None
    async_: bool | None
    defer_loading: bool | None
    output_schema: None | ResponseFunctionToolOutputSchemaType0
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["function"],
        name: str,
        description: None | str = None,
        parameters: None | ResponseFunctionToolParametersType0 = None,
        strict: bool | None = None,
        allowed_callers: list[ResponseFunctionToolAllowedCallersItemKnown | str] | None = None,
        async_: bool | None = None,
        defer_loading: bool | None = None,
        output_schema: None | ResponseFunctionToolOutputSchemaType0 = None,
    ) -> None:
        self.type = type
        self.name = name
        self.description = description
        self.parameters = parameters
        self.strict = strict
        self.allowed_callers = allowed_callers
        self.async_ = async_
        self.defer_loading = defer_loading
        self.output_schema = output_schema
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['function']"),
        ("name", "name", True, "str"),
        ("description", "description", False, "None | str"),
        ("parameters", "parameters", False, "None | ResponseFunctionToolParametersType0"),
        ("strict", "strict", False, "bool | None"),
        (
            "allowed_callers",
            "allowed_callers",
            False,
            "list[ResponseFunctionToolAllowedCallersItemKnown | str] | None",
        ),
        ("async_", "async", False, "bool"),
        ("defer_loading", "defer_loading", False, "bool"),
        ("output_schema", "output_schema", False, "None | ResponseFunctionToolOutputSchemaType0"),
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
        _parameters = _json_get_("parameters")
        parameters: Any = (
            ResponseFunctionToolParametersType0.from_dict(_parameters)
            if isinstance(_parameters, dict)
            else _parameters
        )
        _new_model_.parameters = parameters
        _new_model_.strict = _json_get_("strict")
        _allowed_callers = _json_get_("allowed_callers")
        allowed_callers: Any = _read_allowed_callers(_allowed_callers)
        _new_model_.allowed_callers = allowed_callers
        _new_model_.async_ = _json_get_("async")
        _new_model_.defer_loading = _json_get_("defer_loading")
        _output_schema = _json_get_("output_schema")
        output_schema: Any = (
            ResponseFunctionToolOutputSchemaType0.from_dict(_output_schema)
            if isinstance(_output_schema, dict)
            else _output_schema
        )
        _new_model_.output_schema = output_schema
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
        "parameters",
        "strict",
        "allowed_callers",
        "async",
        "defer_loading",
        "output_schema",
    )
)


def _read_allowed_callers(data: Any) -> Any:
    if isinstance(data, list):
        return read_enum_list(ResponseFunctionToolAllowedCallersItemKnown._value2member_map_, data)
    return data


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.response_function_tool_output_schema_type_0 import (
        ResponseFunctionToolOutputSchemaType0,  # noqa: E402
    )
    from ..models.response_function_tool_parameters_type_0 import (
        ResponseFunctionToolParametersType0,  # noqa: E402
    )
else:
    ResponseFunctionToolOutputSchemaType0 = _Deferred_(
        globals(),
        "..models.response_function_tool_output_schema_type_0",
        "ResponseFunctionToolOutputSchemaType0",
    )
    ResponseFunctionToolParametersType0 = _Deferred_(
        globals(),
        "..models.response_function_tool_parameters_type_0",
        "ResponseFunctionToolParametersType0",
    )

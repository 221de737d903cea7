from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ResponseFunctionCall(_ReadModel):
    """The model asks the caller to run a function.

    Attributes:
        type (Literal['function_call']):
        call_id (str): Echo this in the matching `function_call_output`.
        name (str):
        arguments (str): The arguments as a JSON string.
        id (None | str):
        namespace (None | str):
        async_ (bool | None):
        status (None | str):
    """

    __slots__ = (
        "type",
        "call_id",
        "name",
        "arguments",
        "id",
        "namespace",
        "async_",
        "status",
        "additional_properties",
    )

    type: Literal["function_call"]
    call_id: str
    name: str
    arguments: str
    id: None | str
    namespace: None | str
    async_: bool | None
    status: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["function_call"],
        call_id: str,
        name: str,
        arguments: str,
        id: None | str = None,
        namespace: None | str = None,
        async_: bool | None = None,
        status: None | str = None,
    ) -> None:
        self.type = type
        self.call_id = call_id
        self.name = name
        self.arguments = arguments
        self.id = id
        self.namespace = namespace
        self.async_ = async_
        self.status = status
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['function_call']"),
        ("call_id", "call_id", True, "str"),
        ("name", "name", True, "str"),
        ("arguments", "arguments", True, "str"),
        ("id", "id", False, "None | str"),
        ("namespace", "namespace", False, "None | str"),
        ("async_", "async", False, "bool | None"),
        ("status", "status", False, "None | str"),
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
        _new_model_.call_id = _json_get_("call_id")
        _new_model_.name = _json_get_("name")
        _new_model_.arguments = _json_get_("arguments")
        _new_model_.id = _json_get_("id")
        _new_model_.namespace = _json_get_("namespace")
        _new_model_.async_ = _json_get_("async")
        _new_model_.status = _json_get_("status")
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
        "call_id",
        "name",
        "arguments",
        "id",
        "namespace",
        "async",
        "status",
    )
)

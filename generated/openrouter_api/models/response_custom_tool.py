from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ResponseCustomTool(_ReadModel):
    """A free-form tool whose input is plain text, optionally constrained by a grammar.

    Attributes:
        type (Literal['custom']):
        name (str):
        description (str | None):
        format (ResponseCustomToolFormat | None): `{type: text}` or `{type: grammar, syntax: lark|regex, definition}`.
        async_ (bool | None):
        defer_loading (bool | None):
    """

    __slots__ = (
        "type",
        "name",
        "description",
        "format",
        "async_",
        "defer_loading",
        "additional_properties",
    )

    type: Literal["custom"]
    name: str
    description: str | None
    format: ResponseCustomToolFormat | None
    async_: bool | None
    defer_loading: bool | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["custom"],
        name: str,
        description: str | None = None,
        format: ResponseCustomToolFormat | None = None,
        async_: bool | None = None,
        defer_loading: bool | None = None,
    ) -> None:
        self.type = type
        self.name = name
        self.description = description
        self.format = format
        self.async_ = async_
        self.defer_loading = defer_loading
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['custom']"),
        ("name", "name", True, "str"),
        ("description", "description", False, "str"),
        ("format", "format", False, "ResponseCustomToolFormat"),
        ("async_", "async", False, "bool"),
        ("defer_loading", "defer_loading", False, "bool"),
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
        _format_ = _json_get_("format")
        format_: Any = (
            ResponseCustomToolFormat.from_dict(_format_) if isinstance(_format_, dict) else _format_
        )
        _new_model_.format = format_
        _new_model_.async_ = _json_get_("async")
        _new_model_.defer_loading = _json_get_("defer_loading")
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
        "format",
        "async",
        "defer_loading",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.response_custom_tool_format import ResponseCustomToolFormat  # noqa: E402
else:
    ResponseCustomToolFormat = _Deferred_(
        globals(), "..models.response_custom_tool_format", "ResponseCustomToolFormat"
    )

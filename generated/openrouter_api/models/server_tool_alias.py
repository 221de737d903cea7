from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..models.server_tool_api_format import ServerToolApiFormat
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_
from ..types import read_enum_list


class ServerToolAlias(_ReadModel):
    """One accepted `tools[].type` spelling.

    Attributes:
        type (str):
        api_formats (list[ServerToolApiFormat | str]):
        output_names (list[ServerToolOutputName]):
    """

    __slots__ = (
        "type",
        "api_formats",
        "output_names",
        "additional_properties",
    )

    type: str
    api_formats: list[ServerToolApiFormat | str]
    output_names: list[ServerToolOutputName]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: str,
        api_formats: list[ServerToolApiFormat | str],
        output_names: list[ServerToolOutputName],
    ) -> None:
        self.type = type
        self.api_formats = api_formats
        self.output_names = output_names
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "str"),
        ("api_formats", "api_formats", True, "list[ServerToolApiFormat | str]"),
        ("output_names", "output_names", True, "list[ServerToolOutputName]"),
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
        _api_formats = _json_get_("api_formats")
        api_formats: Any = read_enum_list(ServerToolApiFormat._value2member_map_, _api_formats)
        _new_model_.api_formats = api_formats
        _output_names = _json_get_("output_names")
        if isinstance(_output_names, list):
            output_names: Any = []
            for _list_item_ in _output_names:
                output_names.append(
                    ServerToolOutputName.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            output_names = _output_names
        _new_model_.output_names = output_names
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
        "api_formats",
        "output_names",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.server_tool_output_name import ServerToolOutputName  # noqa: E402
else:
    ServerToolOutputName = _Deferred_(
        globals(), "..models.server_tool_output_name", "ServerToolOutputName"
    )

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ResponseTextConfig(_ReadModel):
    """Output text format and verbosity.

    Attributes:
        format (ResponseTextFormatJsonObject | ResponseTextFormatJsonSchema | ResponseTextFormatText | None):
        verbosity (None | str): `low`, `medium`, `high`, `xhigh` or `max` (open set in responses).
    """

    __slots__ = (
        "format",
        "verbosity",
        "additional_properties",
    )

    format: (
        ResponseTextFormatJsonObject | ResponseTextFormatJsonSchema | ResponseTextFormatText | None
    )
    verbosity: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        format: ResponseTextFormatJsonObject
        | ResponseTextFormatJsonSchema
        | ResponseTextFormatText
        | None = None,
        verbosity: None | str = None,
    ) -> None:
        self.format = format
        self.verbosity = verbosity
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        (
            "format",
            "format",
            False,
            "ResponseTextFormatJsonObject | ResponseTextFormatJsonSchema | ResponseTextFormatText",
        ),
        ("verbosity", "verbosity", False, "None | str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _format_ = _json_get_("format")
        format_: Any = _read_format_(_format_)
        _new_model_.format = format_
        _new_model_.verbosity = _json_get_("verbosity")
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
        "format",
        "verbosity",
    )
)


def _read_format_(data: Any) -> Any:
    if isinstance(data, dict):
        if data.get("type") == "json_schema":
            return ResponseTextFormatJsonSchema.from_dict(data)
        if data.get("type") == "json_object":
            return ResponseTextFormatJsonObject.from_dict(data)
        if data.get("type") == "text":
            return ResponseTextFormatText.from_dict(data)
        return data
    return data


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.response_text_format_json_object import ResponseTextFormatJsonObject  # noqa: E402
    from ..models.response_text_format_json_schema import ResponseTextFormatJsonSchema  # noqa: E402
    from ..models.response_text_format_text import ResponseTextFormatText  # noqa: E402
else:
    ResponseTextFormatJsonObject = _Deferred_(
        globals(), "..models.response_text_format_json_object", "ResponseTextFormatJsonObject"
    )
    ResponseTextFormatJsonSchema = _Deferred_(
        globals(), "..models.response_text_format_json_schema", "ResponseTextFormatJsonSchema"
    )
    ResponseTextFormatText = _Deferred_(
        globals(), "..models.response_text_format_text", "ResponseTextFormatText"
    )

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..models.reasoning_detail_format_known import ReasoningDetailFormatKnown
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ReasoningDetailText(_ReadModel):
    """
    Attributes:
        type (Literal['reasoning.text']):
        text (None | str):
        signature (None | str): Provider signature that must be returned with the text.
        id (None | str):
        index (int | None):
        format (None | ReasoningDetailFormatKnown | str): Which provider family produced the block.
    """

    __slots__ = (
        "type",
        "text",
        "signature",
        "id",
        "index",
        "format",
        "additional_properties",
    )

    type: Literal["reasoning.text"]
    text: None | str
    signature: None | str
    id: None | str
    index: int | None
    format: None | ReasoningDetailFormatKnown | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["reasoning.text"],
        text: None | str = None,
        signature: None | str = None,
        id: None | str = None,
        index: int | None = None,
        format: None | ReasoningDetailFormatKnown | str = None,
    ) -> None:
        self.type = type
        self.text = text
        self.signature = signature
        self.id = id
        self.index = index
        self.format = format
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['reasoning.text']"),
        ("text", "text", False, "None | str"),
        ("signature", "signature", False, "None | str"),
        ("id", "id", False, "None | str"),
        ("index", "index", False, "int"),
        ("format", "format", False, "None | ReasoningDetailFormatKnown | str"),
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
        _new_model_.text = _json_get_("text")
        _new_model_.signature = _json_get_("signature")
        _new_model_.id = _json_get_("id")
        _new_model_.index = _json_get_("index")
        _format_ = _json_get_("format")
        format_: Any = (
            ReasoningDetailFormatKnown._value2member_map_.get(_format_, _format_)
            if isinstance(_format_, str)
            else _format_
        )
        _new_model_.format = format_
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
        "text",
        "signature",
        "id",
        "index",
        "format",
    )
)

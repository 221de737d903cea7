from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class ResponseTextFormatJsonObject(_ReadModel):
    """
    Attributes:
        type (Literal['json_object']):
    """

    __slots__ = (
        "type",
        "additional_properties",
    )

    type: Literal["json_object"]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["json_object"],
    ) -> None:
        self.type = type
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['json_object']"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        response_text_format_json_object = cls(
            type=type_,
        )
        response_text_format_json_object.additional_properties = d
        return response_text_format_json_object

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class AnthropicFileSource(_Model):
    """
    Attributes:
        type (Literal['file']):
        file_id (str):
    """

    __slots__ = (
        "type",
        "file_id",
        "additional_properties",
    )

    type: Literal["file"]
    file_id: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["file"],
        file_id: str,
    ) -> None:
        self.type = type
        self.file_id = file_id
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "file_id": file_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["file"]', d.pop("type"))
        if type_ != "file":
            raise ValueError(f"type must match const 'file', got '{type_}'")

        file_id = d.pop("file_id")

        anthropic_file_source = cls(
            type=type_,
            file_id=file_id,
        )

        anthropic_file_source.additional_properties = d
        return anthropic_file_source

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

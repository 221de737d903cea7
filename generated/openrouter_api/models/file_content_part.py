from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import Model as _Model


class FileContentPart(_Model):
    """A document such as a PDF; models without native support get it through the file-parser plugin.

    Attributes:
        type (Literal['file']):
        file (FileInput):
    """

    __slots__ = (
        "type",
        "file",
        "additional_properties",
    )

    type: Literal["file"]
    file: FileInput
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["file"],
        file: FileInput,
    ) -> None:
        self.type = type
        self.file = file
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        file = self.file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "file": file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast('Literal["file"]', d.pop("type"))
        if type_ != "file":
            raise ValueError(f"type must match const 'file', got '{type_}'")

        file = FileInput.from_dict(d.pop("file"))

        file_content_part = cls(
            type=type_,
            file=file,
        )

        file_content_part.additional_properties = d
        return file_content_part

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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.file_input import FileInput  # noqa: E402

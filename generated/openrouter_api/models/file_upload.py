from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self

from .. import types
from ..types import (
    File,
)
from ..types import Model as _Model


class FileUpload(_Model):
    """
    Attributes:
        file (File): The file to store (at most 100 MB).
    """

    __slots__ = (
        "file",
        "additional_properties",
    )

    file: File
    additional_properties: dict[str, Any]

    def __init__(
        self,
        file: File,
    ) -> None:
        self.file = file
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        file_upload = cls(
            file=file,
        )

        file_upload.additional_properties = d
        return file_upload

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

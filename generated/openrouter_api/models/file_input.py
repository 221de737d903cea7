from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import UNSET, Unset
from ..types import Model as _Model


class FileInput(_Model):
    """
    Attributes:
        filename (str | Unset):
        file_data (str | Unset): A base64 data URL (for example `data:application/pdf;base64,...`) or a public URL.
        file_id (str | Unset): Id of a file uploaded through the Files API.
    """

    __slots__ = (
        "filename",
        "file_data",
        "file_id",
        "additional_properties",
    )

    filename: str | Unset
    file_data: str | Unset
    file_id: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        filename: str | Unset = UNSET,
        file_data: str | Unset = UNSET,
        file_id: str | Unset = UNSET,
    ) -> None:
        self.filename = filename
        self.file_data = file_data
        self.file_id = file_id
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        file_data = self.file_data

        file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filename is not UNSET:
            field_dict["filename"] = filename
        if file_data is not UNSET:
            field_dict["file_data"] = file_data
        if file_id is not UNSET:
            field_dict["file_id"] = file_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        filename = d.pop("filename", UNSET)

        file_data = d.pop("file_data", UNSET)

        file_id = d.pop("file_id", UNSET)

        file_input = cls(
            filename=filename,
            file_data=file_data,
            file_id=file_id,
        )

        file_input.additional_properties = d
        return file_input

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

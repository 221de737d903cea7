from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StoredFileAnthropic")


@_attrs_define
class StoredFileAnthropic:
    """A file in Anthropic's file store.

    Attributes:
        field_shape (Literal['anthropic']):
        id (str):
        type_ (Literal['file']):
        filename (str):
        mime_type (str):
        size_bytes (int):
        created_at (str): Creation time as an ISO 8601 timestamp string.
        downloadable (bool):
    """

    field_shape: Literal["anthropic"]
    id: str
    type_: Literal["file"]
    filename: str
    mime_type: str
    size_bytes: int
    created_at: str
    downloadable: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_shape = self.field_shape

        id = self.id

        type_ = self.type_

        filename = self.filename

        mime_type = self.mime_type

        size_bytes = self.size_bytes

        created_at = self.created_at

        downloadable = self.downloadable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_shape": field_shape,
                "id": id,
                "type": type_,
                "filename": filename,
                "mime_type": mime_type,
                "size_bytes": size_bytes,
                "created_at": created_at,
                "downloadable": downloadable,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_shape = cast('Literal["anthropic"]', d.pop("_shape"))
        if field_shape != "anthropic":
            raise ValueError(f"_shape must match const 'anthropic', got '{field_shape}'")

        id = d.pop("id")

        type_ = cast('Literal["file"]', d.pop("type"))
        if type_ != "file":
            raise ValueError(f"type must match const 'file', got '{type_}'")

        filename = d.pop("filename")

        mime_type = d.pop("mime_type")

        size_bytes = d.pop("size_bytes")

        created_at = d.pop("created_at")

        downloadable = d.pop("downloadable")

        stored_file_anthropic = cls(
            field_shape=field_shape,
            id=id,
            type_=type_,
            filename=filename,
            mime_type=mime_type,
            size_bytes=size_bytes,
            created_at=created_at,
            downloadable=downloadable,
        )

        stored_file_anthropic.additional_properties = d
        return stored_file_anthropic

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

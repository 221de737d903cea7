from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class StoredFileOpenRouter(_ReadModel):
    """A file in OpenRouter storage.

    Attributes:
        field_shape (Literal['openrouter']):
        id (str):
        type (Literal['file']):
        filename (str):
        mime_type (str):
        size_bytes (int):
        created_at (str): Creation time as an ISO 8601 timestamp string.
        downloadable (bool): True for server-created files, whose content can be downloaded.
    """

    __slots__ = (
        "field_shape",
        "id",
        "type",
        "filename",
        "mime_type",
        "size_bytes",
        "created_at",
        "downloadable",
        "additional_properties",
    )

    field_shape: Literal["openrouter"]
    id: str
    type: Literal["file"]
    filename: str
    mime_type: str
    size_bytes: int
    created_at: str
    downloadable: bool
    additional_properties: dict[str, Any]

    def __init__(
        self,
        field_shape: Literal["openrouter"],
        id: str,
        type: Literal["file"],
        filename: str,
        mime_type: str,
        size_bytes: int,
        created_at: str,
        downloadable: bool,
    ) -> None:
        self.field_shape = field_shape
        self.id = id
        self.type = type
        self.filename = filename
        self.mime_type = mime_type
        self.size_bytes = size_bytes
        self.created_at = created_at
        self.downloadable = downloadable
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("field_shape", "_shape", True, "Literal['openrouter']"),
        ("id", "id", True, "str"),
        ("type", "type", True, "Literal['file']"),
        ("filename", "filename", True, "str"),
        ("mime_type", "mime_type", True, "str"),
        ("size_bytes", "size_bytes", True, "int"),
        ("created_at", "created_at", True, "str"),
        ("downloadable", "downloadable", True, "bool"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        field_shape = d.pop("_shape", None)
        id = d.pop("id", None)
        type_ = d.pop("type", None)
        filename = d.pop("filename", None)
        mime_type = d.pop("mime_type", None)
        size_bytes = d.pop("size_bytes", None)
        created_at = d.pop("created_at", None)
        downloadable = d.pop("downloadable", None)
        stored_file_open_router = cls(
            field_shape=field_shape,
            id=id,
            type=type_,
            filename=filename,
            mime_type=mime_type,
            size_bytes=size_bytes,
            created_at=created_at,
            downloadable=downloadable,
        )
        stored_file_open_router.additional_properties = d
        return stored_file_open_router

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..models.open_ai_file_purpose_known import OpenAIFilePurposeKnown
from ..types import ReadModel as _ReadModel


class StoredFileOpenAI(_ReadModel):
    """A file in OpenAI's file store.

    Attributes:
        field_shape (Literal['openai']):
        id (str):
        object (Literal['file']):
        filename (str):
        bytes (int):
        created_at (int): Unix seconds.
        purpose (OpenAIFilePurposeKnown | str):
        status (str): Processing state (`processed`).
    """

    __slots__ = (
        "field_shape",
        "id",
        "object",
        "filename",
        "bytes",
        "created_at",
        "purpose",
        "status",
        "additional_properties",
    )

    field_shape: Literal["openai"]
    id: str
    object: Literal["file"]
    filename: str
    bytes: int
    created_at: int
    purpose: OpenAIFilePurposeKnown | str
    status: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        field_shape: Literal["openai"],
        id: str,
        object: Literal["file"],
        filename: str,
        bytes: int,
        created_at: int,
        purpose: OpenAIFilePurposeKnown | str,
        status: str,
    ) -> None:
        self.field_shape = field_shape
        self.id = id
        self.object = object
        self.filename = filename
        self.bytes = bytes
        self.created_at = created_at
        self.purpose = purpose
        self.status = status
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("field_shape", "_shape", True, "Literal['openai']"),
        ("id", "id", True, "str"),
        ("object", "object", True, "Literal['file']"),
        ("filename", "filename", True, "str"),
        ("bytes", "bytes", True, "int"),
        ("created_at", "created_at", True, "int"),
        ("purpose", "purpose", True, "OpenAIFilePurposeKnown | str"),
        ("status", "status", True, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        field_shape = d.pop("_shape", None)
        id = d.pop("id", None)
        object_ = d.pop("object", None)
        filename = d.pop("filename", None)
        bytes_ = d.pop("bytes", None)
        created_at = d.pop("created_at", None)
        _purpose = d.pop("purpose", None)
        purpose: Any = _read_purpose(_purpose)
        status = d.pop("status", None)
        stored_file_open_ai = cls(
            field_shape=field_shape,
            id=id,
            object=object_,
            filename=filename,
            bytes=bytes_,
            created_at=created_at,
            purpose=purpose,
            status=status,
        )
        stored_file_open_ai.additional_properties = d
        return stored_file_open_ai

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


def _read_purpose(data: Any) -> Any:
    if isinstance(data, str):
        if data in OpenAIFilePurposeKnown._value2member_map_:
            return OpenAIFilePurposeKnown._value2member_map_[data]
    return data

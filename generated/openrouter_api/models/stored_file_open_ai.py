from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_file_purpose_known import OpenAIFilePurposeKnown

T = TypeVar("T", bound="StoredFileOpenAI")


@_attrs_define
class StoredFileOpenAI:
    """A file in OpenAI's file store.

    Attributes:
        field_shape (Literal['openai']):
        id (str):
        object_ (Literal['file']):
        filename (str):
        bytes_ (int):
        created_at (int): Unix seconds.
        purpose (OpenAIFilePurposeKnown | str):
        status (str): Processing state (`processed`).
    """

    field_shape: Literal["openai"]
    id: str
    object_: Literal["file"]
    filename: str
    bytes_: int
    created_at: int
    purpose: OpenAIFilePurposeKnown | str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_shape = self.field_shape

        id = self.id

        object_ = self.object_

        filename = self.filename

        bytes_ = self.bytes_

        created_at = self.created_at

        purpose: str
        if isinstance(self.purpose, OpenAIFilePurposeKnown):
            purpose = self.purpose.value
        else:
            purpose = self.purpose

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_shape": field_shape,
                "id": id,
                "object": object_,
                "filename": filename,
                "bytes": bytes_,
                "created_at": created_at,
                "purpose": purpose,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_shape = cast('Literal["openai"]', d.pop("_shape"))
        if field_shape != "openai":
            raise ValueError(f"_shape must match const 'openai', got '{field_shape}'")

        id = d.pop("id")

        object_ = cast('Literal["file"]', d.pop("object"))
        if object_ != "file":
            raise ValueError(f"object must match const 'file', got '{object_}'")

        filename = d.pop("filename")

        bytes_ = d.pop("bytes")

        created_at = d.pop("created_at")

        def _parse_purpose(data: object) -> OpenAIFilePurposeKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                purpose_type_0 = OpenAIFilePurposeKnown._parse(data)

                return purpose_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("OpenAIFilePurposeKnown | str", data)

        purpose = _parse_purpose(d.pop("purpose"))

        status = d.pop("status")

        stored_file_open_ai = cls(
            field_shape=field_shape,
            id=id,
            object_=object_,
            filename=filename,
            bytes_=bytes_,
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

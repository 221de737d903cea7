from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FileDeletionOpenAI")


@_attrs_define
class FileDeletionOpenAI:
    """
    Attributes:
        field_shape (Literal['openai']):
        id (str):
        object_ (Literal['file']):
        deleted (bool):
    """

    field_shape: Literal["openai"]
    id: str
    object_: Literal["file"]
    deleted: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_shape = self.field_shape

        id = self.id

        object_ = self.object_

        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_shape": field_shape,
                "id": id,
                "object": object_,
                "deleted": deleted,
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

        deleted = d.pop("deleted")

        file_deletion_open_ai = cls(
            field_shape=field_shape,
            id=id,
            object_=object_,
            deleted=deleted,
        )

        file_deletion_open_ai.additional_properties = d
        return file_deletion_open_ai

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

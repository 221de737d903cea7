from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FileDeletionOpenRouter")


@_attrs_define
class FileDeletionOpenRouter:
    """
    Attributes:
        field_shape (Literal['openrouter']):
        id (str):
        type_ (Literal['file_deleted']):
    """

    field_shape: Literal["openrouter"]
    id: str
    type_: Literal["file_deleted"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_shape = self.field_shape

        id = self.id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_shape": field_shape,
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_shape = cast('Literal["openrouter"]', d.pop("_shape"))
        if field_shape != "openrouter":
            raise ValueError(f"_shape must match const 'openrouter', got '{field_shape}'")

        id = d.pop("id")

        type_ = cast('Literal["file_deleted"]', d.pop("type"))
        if type_ != "file_deleted":
            raise ValueError(f"type must match const 'file_deleted', got '{type_}'")

        file_deletion_open_router = cls(
            field_shape=field_shape,
            id=id,
            type_=type_,
        )

        file_deletion_open_router.additional_properties = d
        return file_deletion_open_router

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImagePartialImageEvent")


@_attrs_define
class ImagePartialImageEvent:
    """An intermediate rendering.

    Attributes:
        type_ (Literal['image_generation.partial_image']):
        b64_json (str):
        partial_image_index (int): Zero-based position of this partial image in the stream.
    """

    type_: Literal["image_generation.partial_image"]
    b64_json: str
    partial_image_index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        b64_json = self.b64_json

        partial_image_index = self.partial_image_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "b64_json": b64_json,
                "partial_image_index": partial_image_index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["image_generation.partial_image"]', d.pop("type"))
        if type_ != "image_generation.partial_image":
            raise ValueError(
                f"type must match const 'image_generation.partial_image', got '{type_}'"
            )

        b64_json = d.pop("b64_json")

        partial_image_index = d.pop("partial_image_index")

        image_partial_image_event = cls(
            type_=type_,
            b64_json=b64_json,
            partial_image_index=partial_image_index,
        )

        image_partial_image_event.additional_properties = d
        return image_partial_image_event

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

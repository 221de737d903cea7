from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatGeneratedImage")


@_attrs_define
class ChatGeneratedImage:
    """
    Attributes:
        image_url (ChatGeneratedImageUrl):
        type_ (Literal['image_url'] | Unset):
    """

    image_url: ChatGeneratedImageUrl
    type_: Literal["image_url"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = ChatGeneratedImageUrl.from_dict(d.pop("image_url"))

        type_ = cast('Literal["image_url"] | Unset', d.pop("type", UNSET))
        if type_ != "image_url" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'image_url', got '{type_}'")

        chat_generated_image = cls(
            image_url=image_url,
            type_=type_,
        )

        chat_generated_image.additional_properties = d
        return chat_generated_image

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
from ..models.chat_generated_image_url import ChatGeneratedImageUrl  # noqa: E402

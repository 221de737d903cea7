from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageCompletedEvent")


@_attrs_define
class ImageCompletedEvent:
    """The final image, with usage.

    Attributes:
        type_ (Literal['image_generation.completed']):
        b64_json (str):
        created (int): Unix seconds.
        media_type (str | Unset):
        usage (InferenceUsage | Unset): Token counts and cost of an image generation or a batch.
    """

    type_: Literal["image_generation.completed"]
    b64_json: str
    created: int
    media_type: str | Unset = UNSET
    usage: InferenceUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        b64_json = self.b64_json

        created = self.created

        media_type = self.media_type

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "b64_json": b64_json,
                "created": created,
            }
        )
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["image_generation.completed"]', d.pop("type"))
        if type_ != "image_generation.completed":
            raise ValueError(f"type must match const 'image_generation.completed', got '{type_}'")

        b64_json = d.pop("b64_json")

        created = d.pop("created")

        media_type = d.pop("media_type", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: InferenceUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = InferenceUsage.from_dict(_usage)

        image_completed_event = cls(
            type_=type_,
            b64_json=b64_json,
            created=created,
            media_type=media_type,
            usage=usage,
        )

        image_completed_event.additional_properties = d
        return image_completed_event

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
from ..models.inference_usage import InferenceUsage  # noqa: E402
